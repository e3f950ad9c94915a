"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { lazyResolver } from "~/kit/lazy-resolver";
import { handlePasswordChangeSubmit, type SettingsEffects } from "./events";
import type { PasswordForm as PasswordFormFields, PasswordValues } from "./types";

const EMPTY: PasswordFormFields = { currentPassword: "", newPassword: "", confirmPassword: "", revokeTokens: false };

/** Current, new and again; this browser stays logged in, every other one is logged out; API tokens too if asked. */
export function PasswordForm({ username, effects }: { username: string; effects: SettingsEffects }) {
  const t = useTranslations("settings");
  const form = useForm<PasswordFormFields, unknown, PasswordValues>({ resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.changePasswordInput)), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit((values) =>
    handlePasswordChangeSubmit(values, username, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      clear: () => form.reset(EMPTY),
    }),
  );

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-label={t("changePasswordForm")} className="space-y-4">
      <FormAlert message={formError} />
      {/* For password managers: which account this is. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2 sm:max-w-[calc(50%-0.5rem)]">
          <Field label={t("currentPassword")} type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register("currentPassword")} />
        </div>
        <Field
          label={t("newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_BYTES })}
          error={errors.newPassword?.message}
          {...form.register("newPassword")}
        />
        <Field label={t("confirmNewPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      </div>
      <div className="flex items-start gap-3">
        <input
          id="revokeTokens"
          type="checkbox"
          aria-describedby="revokeTokens-hint"
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          {...form.register("revokeTokens")}
        />
        <div className="min-w-0 text-sm">
          <label htmlFor="revokeTokens" className="cursor-pointer font-medium text-slate-700">
            {t("revokeTokens")}
          </label>
          <p id="revokeTokens-hint" className="text-xs text-slate-500">
            {t("revokeTokensHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-slate-500">{t("otherDevicesNote")}</p>
        <Button type="submit" pending={isSubmitting} pendingLabel={t("changing")}>
          {t("changePassword")}
        </Button>
      </div>
    </form>
  );
}
