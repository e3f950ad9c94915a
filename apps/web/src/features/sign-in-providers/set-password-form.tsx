"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { showIssues } from "~/kit/form-errors";
import { toastNotices } from "~/kit/toast-notices";
import { handleSetPasswordSubmit } from "./events";

type Fields = "newPassword" | "confirmPassword";

/** A first password for an account a service made (it has none to give as the current one). */
export function SetPasswordForm({ setPassword, onDone }: { setPassword: (input: Record<Fields, string>) => Promise<unknown>; onDone: () => void }) {
  const t = useTranslations("signInProviders");
  const ts = useTranslations("settings");
  const [values, setValues] = useState<Record<Fields, string>>({ newPassword: "", confirmPassword: "" });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const ui = {
    setFieldError: (field: Fields, message: string) => setErrors((current) => ({ ...current, [field]: message })),
    setFormError,
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    setFormError(undefined);
    const { setPasswordInput } = settingsSchemas.now ?? (await settingsSchemas.load());
    const parsed = setPasswordInput.safeParse(values);
    if (!parsed.success) {
      showIssues(parsed.error.issues, ["newPassword", "confirmPassword"], ui);
      return;
    }
    setPending(true);
    try {
      await handleSetPasswordSubmit(parsed.data, setPassword, {
        ...ui,
        done: () => {
          toastNotices.success(t("passwordSetDone"));
          onDone();
        },
      });
    } finally {
      setPending(false);
    }
  };

  const field = (name: Fields) => ({
    name,
    id: `set-${name}`,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-3 rounded-xl border border-slate-200 p-4" aria-label={t("setPasswordTitle")}>
      <h3 className="font-semibold text-slate-800">{t("setPasswordTitle")}</h3>
      <p className="text-sm text-slate-600">{t("setPasswordIntro")}</p>
      <FormAlert message={formError} />
      <Field label={ts("newPassword")} type="password" autoComplete="new-password" {...field("newPassword")} />
      <Field label={ts("confirmNewPassword")} type="password" autoComplete="new-password" {...field("confirmPassword")} />
      <SubmitButton pending={pending} pendingLabel={t("settingPassword")}>
        {t("setPassword")}
      </SubmitButton>
    </form>
  );
}
