"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { logInInput, type LogInInput, type LogInValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { handleLoginSubmit } from "./events";
import { sessionEffects } from "./session";
import { useFormUi } from "./use-form-ui";

export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const form = useForm<LogInInput, unknown, LogInValues>({ resolver: zodResolver(logInInput), defaultValues: { login: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const { ui, formError, clearFormError } = useFormUi<keyof LogInValues>((field, message) => form.setError(field, { message }, { shouldFocus: true }));

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    return handleLoginSubmit(values, callbackUrl, sessionEffects, ui);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Log in">
      <FormAlert message={formError} />
      <Field label="Username or email" autoComplete="username" autoFocus error={errors.login?.message} {...form.register("login")} />
      <Field label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <SubmitButton pending={isSubmitting} pendingLabel="Logging in…">
        Log in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        New here?{" "}
        <Link href="/signup" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
