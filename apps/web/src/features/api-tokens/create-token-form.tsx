"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { API_TOKEN_NAME_MAX, type ApiTokenScope } from "@planner/domain";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { SelectField } from "~/components/select-field";
import { handleApiTokenCreateSubmit, type ApiTokensEffects } from "./events";
import { TOKEN_EXPIRY_CHOICES, type CreateTokenForm as CreateTokenFields, type CreatedApiToken } from "./types";

const EXPIRY_LABELS = { "30": "expiry30", "90": "expiry90", "365": "expiry365", never: "expiryNever" } as const;

/** Name, access and lifetime of a new token. `scopes`: what this account may choose (a subscriber only reads). */
export function CreateTokenForm({
  scopes,
  effects,
  onCreated,
}: {
  scopes: readonly ApiTokenScope[];
  effects: ApiTokensEffects;
  onCreated: (created: CreatedApiToken) => void;
}) {
  const t = useTranslations("apiTokens");
  const empty: CreateTokenFields = { name: "", scope: scopes[0] ?? "READ", expiresInDays: "90" };
  const form = useForm<CreateTokenFields>({ defaultValues: empty });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    await handleApiTokenCreateSubmit(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      created: (created) => {
        form.reset(empty);
        onCreated(created);
      },
    });
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t("createForm")} className="space-y-4 rounded-lg border border-slate-200 p-3 sm:p-4" data-testid="create-token-form">
      <h3 className="text-sm font-semibold text-slate-900">{t("createTitle")}</h3>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="token-name" label={t("name")} hint={t("nameHint")} maxLength={API_TOKEN_NAME_MAX} autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <SelectField id="token-expiry" label={t("expiry")} error={errors.expiresInDays?.message} {...form.register("expiresInDays")}>
          {TOKEN_EXPIRY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(EXPIRY_LABELS[choice])}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset aria-describedby={errors.scope ? "token-scope-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("scope")}</legend>
        {scopes.length === 1 && <p className="mb-2 text-xs text-slate-600">{t("readOnlyAccount")}</p>}
        <div className="grid gap-2 sm:grid-cols-2">
          {scopes.map((scope) => (
            <label
              key={scope}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 transition hover:bg-slate-50 has-[:checked]:border-brand-300 has-[:checked]:bg-brand-50/60"
            >
              <input
                type="radio"
                value={scope}
                className="mt-0.5 size-5 shrink-0 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                {...form.register("scope")}
              />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-slate-900">{t(`scope${scope}`)}</span>
                <span className="block text-xs text-slate-600">{t(`scope${scope}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.scope?.message && (
          <p id="token-scope-error" role="alert" className="mt-1.5 text-sm text-red-700">
            {errors.scope.message}
          </p>
        )}
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("creating")}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
