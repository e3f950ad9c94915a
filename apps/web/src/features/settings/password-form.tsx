"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, changePasswordInput } from "@planner/domain";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { handlePasswordChangeSubmit, type SettingsEffects } from "./events";
import type { PasswordForm as PasswordFormFields, PasswordValues } from "./types";

const EMPTY: PasswordFormFields = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** Current, new and again; this browser stays logged in, every other one is logged out. */
export function PasswordForm({ username, effects }: { username: string; effects: SettingsEffects }) {
  const form = useForm<PasswordFormFields, unknown, PasswordValues>({ resolver: zodResolver(changePasswordInput), defaultValues: EMPTY });
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
    <form noValidate onSubmit={onSubmit} aria-label="Change password" className="space-y-4">
      <FormAlert message={formError} />
      {/* For password managers: which account this is. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2 sm:max-w-[calc(50%-0.5rem)]">
          <Field label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register("currentPassword")} />
        </div>
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_BYTES} characters`}
          error={errors.newPassword?.message}
          {...form.register("newPassword")}
        />
        <Field label="Confirm new password" type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-slate-500">Every other device and browser will have to log in again.</p>
        <Button type="submit" pending={isSubmitting} pendingLabel="Changing…">
          Change password
        </Button>
      </div>
    </form>
  );
}
