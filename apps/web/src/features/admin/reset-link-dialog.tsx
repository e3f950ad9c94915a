"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/button";
import { FormAlert } from "~/components/form-alert";
import { ModalDialog } from "~/components/modal-dialog";
import { errorMessage } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";
import { PasswordLinkHandover } from "./password-link-handover";
import type { AdminUser } from "./types";

/** "Make a reset link": asked once, then a one-time link for the user to choose a new password. */
export function ResetLinkDialog({ user, onClosed }: { user: AdminUser; onClosed: () => void }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const makeLink = useMutation(trpc.admin.users.resetLink.mutationOptions());
  const [link, setLink] = useState<{ url: string; expiresAt: Date }>();
  const [error, setError] = useState<string>();

  const make = () => {
    setError(undefined);
    makeLink.mutateAsync({ userId: user.id }).then(setLink, (failure: unknown) => setError(errorMessage(failure)));
  };

  return (
    <ModalDialog title={t("resetLinkTitle", { name: user.name })} description={t("resetLinkDescription")} onClosed={onClosed} testId="reset-link-dialog">
      {(close) => (
        <div className="space-y-4">
          <FormAlert message={error} />
          {link ? (
            <PasswordLinkHandover url={link.url} expiresAt={link.expiresAt} username={user.username} />
          ) : (
            <p className="text-sm text-slate-700">{t("resetLinkBody", { username: user.username })}</p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {link ? tc("close") : tc("cancel")}
            </Button>
            {!link && (
              <Button data-autofocus onClick={make} pending={makeLink.isPending} pendingLabel={t("makingLink")}>
                {t("makeLink")}
              </Button>
            )}
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
