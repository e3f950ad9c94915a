"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { FieldFrame, fieldControlProps } from "~/components/field-frame";
import { TimeZonePicker } from "~/components/time-zone-picker/time-zone-picker";
import { lazyResolver } from "~/kit/lazy-resolver";
import { handleProfileSubmit, type SettingsEffects } from "./events";
import type { Account, ProfileForm as ProfileFormFields, ProfileValues } from "./types";

/** Name and time zone; the username and email are shown, not changed here. */
export function ProfileForm({ account, effects }: { account: Account; effects: SettingsEffects }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const form = useForm<ProfileFormFields, unknown, ProfileValues>({
    resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.updateProfileInput)),
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
    <form noValidate onSubmit={onSubmit} aria-label={t("profile")} className="space-y-4">
      <FormAlert message={formError} />
      <dl className="grid gap-3 rounded-lg bg-slate-50 px-3 py-2.5 text-sm sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{t("username")}</dt>
          <dd className="truncate text-slate-900">@{account.username}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{t("email")}</dt>
          <dd className="truncate text-slate-900">{account.email}</dd>
        </div>
      </dl>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} autoComplete="name" hint={t("nameHint")} error={errors.name?.message} {...form.register("name")} />
        <FieldFrame id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={errors.timeZone?.message} errorRole="alert">
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => {
              const { borderClassName: _border, ...control } = fieldControlProps("timeZone", errors.timeZone?.message, t("timeZoneHint"));
              return <TimeZonePicker {...control} value={field.value} onChange={(zone) => field.onChange(zone)} />;
            }}
          />
        </FieldFrame>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={isSubmitting} pendingLabel={tc("saving")} disabled={!isDirty}>
          {t("saveProfile")}
        </Button>
      </div>
    </form>
  );
}
