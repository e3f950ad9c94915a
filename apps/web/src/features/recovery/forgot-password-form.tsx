"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetInput, type RequestPasswordResetInput, type RequestPasswordResetValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { Notice } from "~/components/notice";
import { SubmitButton } from "~/components/submit-button";
import { localizedResolver } from "~/kit/localized-resolver";
import { useTRPC } from "~/trpc/react";
import { handleForgotPasswordSubmit } from "./events";

/** "Forgot password?": an address in, the same answer out whether or not it has an account. */
export function ForgotPasswordForm({ mailAvailable }: { mailAvailable: boolean }) {
  const t = useTranslations("recovery");
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const [sentTo, setSentTo] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<RequestPasswordResetInput, unknown, RequestPasswordResetValues>({
    resolver: localizedResolver(requestPasswordResetInput),
    defaultValues: { email: "" },
  });
  const { errors, isSubmitting } = form.formState;

  if (!mailAvailable) {
    return (
      <div className="space-y-4">
        <Notice title={t("noMailTitle")}>{t("noMailBody")}</Notice>
        <BackToLogin />
      </div>
    );
  }
  if (sentTo) {
    return (
      <div className="space-y-4" role="status">
        <Notice title={t("sentTitle")}>{t("sentBody", { email: sentTo })}</Notice>
        <BackToLogin />
      </div>
    );
  }

  const onSubmit = form.handleSubmit((values) => {
    setFormError(undefined);
    return handleForgotPasswordSubmit(values, request.mutateAsync, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      showSent: setSentTo,
    });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("forgotTitle")}>
      <FormAlert message={formError} />
      <Field label={t("email")} type="email" autoComplete="email" autoFocus error={errors.email?.message} {...form.register("email")} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
      <BackToLogin />
    </form>
  );
}

export function BackToLogin() {
  const t = useTranslations("recovery");
  return (
    <p className="text-center text-sm">
      <Link href="/login" className="inline-block py-1 font-medium text-brand-600 hover:underline">
        {t("backToLogin")}
      </Link>
    </p>
  );
}
