"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { handleProviderCodeSubmit } from "./events";
import { logInWithProviderCode } from "./provider-effects";

/** The second step after a provider's log-in, for an account with two-step verification on. */
export function ProviderCodeForm() {
  const t = useTranslations("auth");
  const tp = useTranslations("signInProviders");
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFieldError(undefined);
    setFormError(undefined);
    setPending(true);
    try {
      await handleProviderCodeSubmit(code, logInWithProviderCode, {
        setFieldError: (_field, message) => setFieldError(message),
        setFormError,
        navigate: (url) => window.location.assign(url),
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4" aria-label={t("loginTitle")}>
      <FormAlert message={formError} />
      <p className="text-sm text-slate-700" data-testid="second-step-intro">
        {tp("codeIntro")}
      </p>
      <Field
        label={t("code")}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      <SubmitButton pending={pending} pendingLabel={t("loggingIn")}>
        {t("verify")}
      </SubmitButton>
    </form>
  );
}
