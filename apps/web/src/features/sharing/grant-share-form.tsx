"use client";

import { useTranslations } from "next-intl";

import { lazyResolver } from "~/kit/lazy-resolver";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { grantShareInput } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Button } from "~/components/button";
import { PlusIcon } from "lucide-react";
import { handleShareGrantSubmit, type SharingEffects } from "./events";

type GrantShareForm = z.input<typeof grantShareInput>;

/** A subscriber's username or email, and Share. */
export function GrantShareForm({ effects, fieldId }: { effects: SharingEffects; fieldId: string }) {
  const t = useTranslations("sharing");
  const form = useForm<GrantShareForm, unknown, z.output<typeof grantShareInput>>({
    resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.grantShareInput)),
    defaultValues: { subscriber: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const error = errors.subscriber?.message;
  const onSubmit = form.handleSubmit((values) =>
    handleShareGrantSubmit(values, effects, {
      setFieldError: (message) => form.setError("subscriber", { message }, { shouldFocus: true }),
      clear: () => form.reset({ subscriber: "" }),
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t("form")} className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
        {t("subscriberField")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={fieldId}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="send"
          placeholder={t("placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-${error ? "error" : "hint"}`}
          className={`block min-w-0 flex-1 rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${
            error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
          }`}
          {...form.register("subscriber")}
        />
        <Button type="submit" pending={isSubmitting} pendingLabel={t("sharingPending")}>
          <PlusIcon className="size-4" />
          {t("share")}
        </Button>
      </div>
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-500">
          {t("hint")}
        </p>
      )}
    </form>
  );
}
