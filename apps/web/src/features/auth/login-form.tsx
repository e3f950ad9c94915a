"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { logInInput, type LogInInput, type LogInValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { localizedResolver } from "~/kit/localized-resolver";
import { handleLoginSubmit } from "./events";
import { sessionEffects } from "./session";
import { useFormUi } from "./use-form-ui";

export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth");
  const form = useForm<LogInInput, unknown, LogInValues>({ resolver: localizedResolver(logInInput), defaultValues: { login: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const { ui, formError, clearFormError } = useFormUi<keyof LogInValues>((field, message) => form.setError(field, { message }, { shouldFocus: true }));

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    return handleLoginSubmit(values, callbackUrl, sessionEffects, ui);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("loginTitle")}>
      <FormAlert message={formError} />
      <Field label={t("login")} autoComplete="username" autoFocus error={errors.login?.message} {...form.register("login")} />
      <div>
        <Field label={t("password")} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
        <p className="mt-1 text-right text-sm">
          <Link href="/forgot-password" className="inline-block py-1 font-medium text-brand-600 hover:underline">
            {t("forgotPassword")}
          </Link>
        </p>
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel={t("loggingIn")}>
        {t("logIn")}
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
