"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, signUpInput, type SignUpInput, type SignUpValues } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SubmitButton } from "~/components/submit-button";
import { useTRPC } from "~/trpc/react";
import { handleSignUpSubmit } from "./events";
import { sessionEffects } from "./session";
import { useFormUi } from "./use-form-ui";

export function SignUpForm() {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const form = useForm<SignUpInput, unknown, SignUpValues>({
    resolver: zodResolver(signUpInput),
    defaultValues: { username: "", email: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { ui, formError, clearFormError } = useFormUi<keyof SignUpValues>((field, message) => form.setError(field, { message }, { shouldFocus: true }));

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    return handleSignUpSubmit(values, signUp.mutateAsync, sessionEffects, ui);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign up">
      <FormAlert message={formError} />
      <Field label="Username" autoComplete="username" autoFocus hint="3–32 characters: a–z, 0–9, _ and -" error={errors.username?.message} {...form.register("username")} />
      <Field label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_BYTES} characters`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Field label="Confirm password" type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <SubmitButton pending={isSubmitting} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Log in
        </Link>
      </p>
    </form>
  );
}
