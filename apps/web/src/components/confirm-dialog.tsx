"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";
import { ModalDialog } from "./modal-dialog";

type ConfirmDialogProps = {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "danger";
  /** Runs as the dialog closes; the caller shows the outcome (optimistically, with a toast). */
  onConfirm: () => void;
  onClosed: () => void;
  testId?: string;
};

/** "Are you sure?" on the native dialog: Cancel has the focus, so Enter never confirms by accident. */
export function ConfirmDialog({ title, children, confirmLabel, tone = "primary", onConfirm, onClosed, testId }: ConfirmDialogProps) {
  const t = useTranslations("common");
  return (
    <ModalDialog title={title} onClosed={onClosed} testId={testId}>
      {(close) => (
        <div className="space-y-5">
          {children && <div className="space-y-2 text-sm text-slate-700">{children}</div>}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} data-autofocus>
              {t("cancel")}
            </Button>
            <Button
              variant={tone === "danger" ? "danger" : "primary"}
              onClick={() => {
                onConfirm();
                close();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
