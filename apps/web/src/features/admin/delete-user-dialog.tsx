"use client";

import { useTranslations } from "next-intl";

import { useState } from "react";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import { handleUserDeleteSubmit, type AdminUserEffects } from "./events";
import type { AdminUser } from "./types";

/** "Delete user", confirmed by typing the username: nothing of theirs can be brought back. */
export function DeleteUserDialog({ user, effects, onClosed }: { user: AdminUser; effects: AdminUserEffects; onClosed: () => void }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  return (
    <ModalDialog title={t("deleteQuestion", { name: user.name })} description={t("cannotBeUndone")} onClosed={onClosed} testId="delete-user-dialog">
      {(close) => (
        <form
          noValidate
          aria-label={t("deleteForm", { name: user.name })}
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void handleUserDeleteSubmit(user, typed, effects, { setError, setPending, close });
          }}
        >
          <p className="text-sm text-slate-700">
            {t.rich("deleteBody", { username: user.username, email: user.email ?? "—", strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
          </p>
          <div className="space-y-1">
            <label htmlFor="delete-confirm" className="block text-sm font-medium text-slate-700">
              {t.rich("typeToConfirm", {
                username: user.username,
                code: (chunks) => <span className="rounded bg-slate-100 px-1 font-mono text-slate-900">{chunks}</span>,
              })}
            </label>
            <input
              id="delete-confirm"
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setError(undefined);
              }}
              data-autofocus
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "delete-confirm-error" : undefined}
              className={`block w-full rounded-lg border bg-white px-3 py-2 font-mono text-slate-900 shadow-sm outline-none transition focus:ring-2 ${
                error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-red-500 focus:ring-red-100"
              }`}
            />
            {error && (
              <p id="delete-confirm-error" role="alert" className="text-sm text-red-600">
                {error}
              </p>
            )}
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" variant="danger" pending={pending} pendingLabel={t("deleting")}>
              {t("deleteUser")}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
