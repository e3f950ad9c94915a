"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { deleteAccountInput } from "@planner/domain";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { ModalDialog } from "~/components/modal-dialog";
import { handleAccountDeleteSubmit, type SettingsEffects } from "./events";
import type { DeleteAccountForm, DeleteAccountValues } from "./types";

/** "Delete my account", confirmed with the password. */
export function DeleteAccountDialog({ username, effects, onClosed }: { username: string; effects: SettingsEffects; onClosed: () => void }) {
  const form = useForm<DeleteAccountForm, unknown, DeleteAccountValues>({ resolver: zodResolver(deleteAccountInput), defaultValues: { password: "" } });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const [formError, setFormError] = useState<string>();
  // After a delete the page is being left: keep the buttons busy until it is.
  const leaving = isSubmitSuccessful && !formError && !errors.password;

  const onSubmit = form.handleSubmit((values) =>
    handleAccountDeleteSubmit(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
    }),
  );

  return (
    <ModalDialog title="Delete your account?" description="This cannot be undone." onClosed={onClosed} testId="delete-account-dialog">
      {(close) => (
        <form noValidate onSubmit={onSubmit} aria-label="Delete your account" className="space-y-4">
          <FormAlert message={formError} />
          <p className="text-sm text-slate-700">
            <strong className="font-semibold">@{username}</strong> is deleted with all your todos, schedules and notifications, and no one will see your
            calendar any more. You will be logged out.
          </p>
          <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
          <Field
            label="Your password"
            type="password"
            autoComplete="current-password"
            data-autofocus
            error={errors.password?.message}
            {...form.register("password")}
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={isSubmitting || leaving}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" pending={isSubmitting || leaving} pendingLabel="Deleting…">
              Delete my account
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
