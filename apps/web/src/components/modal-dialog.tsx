"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { IconButton } from "./icon-button";
import { XIcon } from "lucide-react";

type ModalDialogProps = {
  title: string;
  /** A line under the title, e.g. whose calendar this is. */
  description?: ReactNode;
  /** Called once the dialog has closed, however that happened (Escape, a button, the backdrop). */
  onClosed: () => void;
  /** Gets `close`, which closes the dialog the native way so focus goes back where it was. */
  children: (close: () => void) => ReactNode;
  testId?: string;
  /** "wide" for forms with fields side by side. */
  size?: "default" | "wide";
};

const WIDTHS = { default: "max-w-lg", wide: "max-w-xl" };

/**
 * A modal on the native <dialog>: shown with showModal(), so the page behind
 * is inert (focus stays inside), Escape closes it and the browser hands focus
 * back to whatever opened it. Mount it to open it; it calls onClosed when done.
 */
export function ModalDialog({ title, description, onClosed, children, testId, size = "default" }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Only a press that starts and ends on the backdrop closes (not a text selection dragged out of a field).
  const pressedBackdrop = useRef(false);
  const t = useTranslations("common");
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React's autoFocus runs before the dialog is open; mark the first field with data-autofocus instead.
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  const close = () => ref.current?.close();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onClose={onClosed}
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedBackdrop.current && event.target === event.currentTarget) close();
      }}
      className={`m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] ${WIDTHS[size]} overflow-visible rounded-2xl bg-transparent p-0 text-slate-900 backdrop:bg-black/40 backdrop:backdrop-blur-[1px]`}
    >
      <div className="max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-2xl bg-white shadow-xl ring-1 ring-slate-900/5">
        <div className="flex items-start gap-3 border-b border-slate-100 px-5 py-4">
          <div className="min-w-0 flex-1">
            <h2 id={titleId} className="text-lg font-semibold tracking-tight break-words">
              {title}
            </h2>
            {description && (
              <div id={descriptionId} className="mt-0.5 text-sm text-slate-600">
                {description}
              </div>
            )}
          </div>
          <IconButton label={t("close")} onClick={close} className="-mr-2 -mt-1">
            <XIcon className="size-5" />
          </IconButton>
        </div>
        <div className="px-5 py-4">{children(close)}</div>
      </div>
    </dialog>
  );
}
