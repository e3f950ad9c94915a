"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, resetPasswordInput, type ResetPasswordInput, type ResetPasswordValues } from "@planner/domain";
import { ErrorState } from "~/components/error-state";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { localizedResolver } from "~/kit/localized-resolver";
import { useTRPC } from "~/trpc/react";
import { useFormUi } from "../auth/use-form-ui";
import { handleResetPasswordSubmit, isDeadLink, tokenFromFragment } from "./events";
import { BackToLogin } from "./forgot-password-form";

/**
 * The page a password link opens: whose link it is (or that it no longer
 * works), then the new password. The token is read from the fragment.
 */
export function ResetPasswordScreen() {
  const t = useTranslations("recovery");
  const trpc = useTRPC();
  // undefined until the fragment has been read (it exists only in the browser).
  const [token, setToken] = useState<string | null>();
  const [linkDead, setLinkDead] = useState(false);
  useEffect(() => setToken(tokenFromFragment(window.location.hash)), []);
  const link = useQuery({ ...trpc.auth.passwordLink.queryOptions({ token: token ?? "" }), enabled: Boolean(token), retry: false });

  if (token === undefined || (token && link.isPending)) {
    return (
      <div role="status" aria-live="polite" className="space-y-3">
        <h1 className="text-xl font-semibold">{t("resetHeading")}</h1>
        <p className="text-sm text-slate-600">{t("checking")}</p>
        <div aria-hidden className="h-10 animate-pulse rounded-lg bg-slate-200" />
        <div aria-hidden className="h-10 animate-pulse rounded-lg bg-slate-200" />
      </div>
    );
  }
  if (!token || linkDead || (link.isError && isDeadLink(link.error))) return <DeadLink />;
  if (link.isError || !link.data) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">{t("resetHeading")}</h1>
        <ErrorState message={t("linkLoadFailed")} onRetry={() => void link.refetch()} />
      </>
    );
  }
  const firstPassword = link.data.purpose === "SET_PASSWORD";
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{firstPassword ? t("setHeading") : t("resetHeading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t(firstPassword ? "setIntro" : "resetIntro", { username: link.data.username })}</p>
      <NewPasswordForm token={token} username={link.data.username} onLinkDead={() => setLinkDead(true)} />
    </>
  );
}

function NewPasswordForm({ token, username, onLinkDead }: { token: string; username: string; onLinkDead: () => void }) {
  const t = useTranslations("recovery");
  const ta = useTranslations("auth");
  const trpc = useTRPC();
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const form = useForm<ResetPasswordInput, unknown, ResetPasswordValues>({
    resolver: localizedResolver(resetPasswordInput),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { ui, formError, clearFormError } = useFormUi<"newPassword" | "confirmPassword">((field, message) =>
    form.setError(field, { message }, { shouldFocus: true }),
  );
  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    return handleResetPasswordSubmit(values, reset.mutateAsync, { ...ui, showLinkDead: onLinkDead });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("resetTitle")}>
      <FormAlert message={formError} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Field
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        autoFocus
        hint={ta("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_BYTES })}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <Field label={ta("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
      <BackToLogin />
    </form>
  );
}

function DeadLink() {
  const t = useTranslations("recovery");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
      <p className="text-sm text-slate-600">{t("invalidBody")}</p>
      <Link
        href="/forgot-password"
        className="flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {t("askAgain")}
      </Link>
      <BackToLogin />
    </div>
  );
}
