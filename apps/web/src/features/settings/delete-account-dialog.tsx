"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { ModalDialog } from "~/components/modal-dialog";
import { lazyResolver } from "~/kit/lazy-resolver";
import { handleAccountDeleteSubmit, type SettingsEffects } from "./events";
import type { DeleteAccountForm, DeleteAccountValues } from "./types";

/** "Delete my account", confirmed with the password. */
export function DeleteAccountDialog({ username, effects, onClosed }: { username: string; effects: SettingsEffects; onClosed: () => void }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const form = useForm<DeleteAccountForm, unknown, DeleteAccountValues>({ resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.deleteAccountInput)), defaultValues: { password: "" } });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const [formError, setFormError] = useState<string>();
  // After a delete the page is being left: keep the buttons busy until it is.
  const leaving = isSubmitSuccessful && !formError && !errors.password;

  const onSubmit = form.handleSubmit((values) =>
    handleAccountDeleteSubmit(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
    }),
  );

  return (
    <ModalDialog title={t("deleteDialogTitle")} description={t("cannotBeUndone")} onClosed={onClosed} testId="delete-account-dialog">
      {(close) => (
        <form method="post" noValidate onSubmit={onSubmit} aria-label={t("deleteDialogForm")} className="space-y-4">
          <FormAlert message={formError} />
          <p className="text-sm text-slate-700">
            {t.rich("deleteDialogBody", { username, strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
          </p>
          <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
          <Field
            label={t("yourPassword")}
            type="password"
            autoComplete="current-password"
            data-autofocus
            error={errors.password?.message}
            {...form.register("password")}
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={isSubmitting || leaving}>
              {tc("cancel")}
            </Button>
            <Button type="submit" variant="danger" pending={isSubmitting || leaving} pendingLabel={t("deleting")}>
              {t("deleteButton")}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
