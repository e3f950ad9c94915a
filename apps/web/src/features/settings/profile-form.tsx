"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateProfileInput } from "@planner/domain";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SelectField } from "~/components/select-field";
import { TimeZoneOptions } from "~/components/time-zone-options";
import { handleProfileSubmit, type SettingsEffects } from "./events";
import type { Account, ProfileForm as ProfileFormFields, ProfileValues } from "./types";

/** Name and time zone; the username and email are shown, not changed here. */
export function ProfileForm({ account, effects }: { account: Account; effects: SettingsEffects }) {
  const form = useForm<ProfileFormFields, unknown, ProfileValues>({
    resolver: zodResolver(updateProfileInput),
    defaultValues: { name: account.name, timeZone: account.timeZone },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit((values) =>
    handleProfileSubmit(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      saved: (saved) => form.reset(saved),
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Profile" className="space-y-4">
      <FormAlert message={formError} />
      <dl className="grid gap-3 rounded-lg bg-slate-50 px-3 py-2.5 text-sm sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">Username</dt>
          <dd className="truncate text-slate-900">@{account.username}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">Email</dt>
          <dd className="truncate text-slate-900">{account.email}</dd>
        </div>
      </dl>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" autoComplete="name" hint="Shown in the header and to people you share your calendar with." error={errors.name?.message} {...form.register("name")} />
        <SelectField label="Time zone" hint="Your calendar and reminders use it." error={errors.timeZone?.message} {...form.register("timeZone")}>
          <TimeZoneOptions current={form.watch("timeZone") || account.timeZone} />
        </SelectField>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…" disabled={!isDirty}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
