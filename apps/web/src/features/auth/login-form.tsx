"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import type { LogInValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { handleLoginSubmit, type LoginUi } from "./events";
import { preloadSessionClient, sessionEffects } from "./session";
import { useFormUi } from "./use-form-ui";
import { useLoginFields } from "./use-login-fields";

/**
 * Login and password; for an account with two-step log-in on, then a second
 * step that asks for the code (the login and password stay in the form's
 * memory and are sent again with it).
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth");
  const form = useLoginFields();
  const { errors } = form;
  const [isSubmitting, setSubmitting] = useState(false);
  const { ui, formError, clearFormError } = useFormUi<keyof LogInValues>(form.setError);
  const [step, setStep] = useState<"password" | "code">("password");
  const [recovery, setRecovery] = useState(false);
  const loginUi: LoginUi = { ...ui, askForCode: () => setStep("code") };
  useEffect(preloadSessionClient, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const values = form.check();
    if (!values) return;
    clearFormError();
    setSubmitting(true);
    try {
      await handleLoginSubmit(values, callbackUrl, sessionEffects, loginUi);
    } finally {
      setSubmitting(false);
    }
  };

  const startOver = () => {
    form.reset();
    clearFormError();
    setRecovery(false);
    setStep("password");
  };

  return (
    // method="post": a submit before the page's script has run is the browser's own, and a
    // GET would put the password in the address (history, server logs); a POST keeps it in the body.
    <form method="post" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4" aria-label={t("loginTitle")}>
      <FormAlert message={formError} />
      {step === "password" ? (
        <>
          <Field label={t("login")} autoComplete="username" autoFocus error={errors.login} {...form.field("login")} />
          <div>
            <Field label={t("password")} type="password" autoComplete="current-password" error={errors.password} {...form.field("password")} />
            <p className="mt-1 text-right text-sm">
              <Link href="/forgot-password" className="inline-block py-1 font-medium text-brand-600 hover:underline">
                {t("forgotPassword")}
              </Link>
            </p>
          </div>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="second-step-intro">
            {recovery ? t("recoveryCodeIntro") : t("codeIntro")}
          </p>
          <Field
            key={recovery ? "recovery" : "app"}
            label={recovery ? t("recoveryCode") : t("code")}
            autoComplete="one-time-code"
            inputMode={recovery ? "text" : "numeric"}
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            error={errors.code}
            {...form.field("code")}
          />
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <button
              type="button"
              className="py-1 font-medium text-brand-600 hover:underline"
              onClick={() => {
                form.clearCode();
                setRecovery((value) => !value);
              }}
            >
              {recovery ? t("useAppCode") : t("useRecoveryCode")}
            </button>
            <button type="button" className="py-1 font-medium text-slate-600 hover:underline" onClick={startOver}>
              {t("startOver")}
            </button>
          </div>
        </>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel={t("loggingIn")}>
        {step === "code" ? t("verify") : t("logIn")}
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        {t("newHere")}{" "}
        <Link href="/signup" className="inline-block py-1 font-medium text-brand-600 hover:underline">
          {t("createAccountLink")}
        </Link>
      </p>
    </form>
  );
}
