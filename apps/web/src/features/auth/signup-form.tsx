"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, signUpInput, type SignUpInput, type SignUpValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { localizedResolver } from "~/kit/localized-resolver";
import { useTRPC } from "~/trpc/react";
import { handleSignUpSubmit } from "./sign-up-events";
import { sessionEffects } from "./session";
import { useFormUi } from "./use-form-ui";

export function SignUpForm() {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const form = useForm<SignUpInput, unknown, SignUpValues>({
    resolver: localizedResolver(signUpInput),
    defaultValues: { username: "", email: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { ui, formError, clearFormError } = useFormUi<keyof SignUpValues>((field, message) => form.setError(field, { message }, { shouldFocus: true }));

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    return handleSignUpSubmit(values, signUp.mutateAsync, sessionEffects, ui);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("signupTitle")}>
      <FormAlert message={formError} />
      <Field label={t("username")} autoComplete="username" autoFocus hint={t("usernameHint")} error={errors.username?.message} {...form.register("username")} />
      <Field label={t("email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Field
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_BYTES })}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Field label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("creatingAccount")}>
        {t("createAccount")}
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/login" className="inline-block py-1 font-medium text-brand-600 hover:underline">
          {t("logIn")}
        </Link>
      </p>
    </form>
  );
}
