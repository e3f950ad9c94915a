"use client";

import { ShieldCheckIcon, ShieldOffIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ConfirmTwoFactorInput, ConfirmTwoFactorValues, DisableTwoFactorInput, DisableTwoFactorValues } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { Button } from "~/components/button";
import { ErrorState } from "~/components/error-state";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { RowSkeleton } from "~/components/row-skeleton";
import { absoluteTime } from "~/features/notifications/labels";
import { lazyResolver } from "~/kit/lazy-resolver";
import {
  handleRecoveryCodesCopy,
  handleRecoveryCodesDownload,
  handleTwoFactorConfirm,
  handleTwoFactorDisable,
  handleTwoFactorStart,
  type TwoFactorEffects,
  type TwoFactorEnrolment,
} from "./events";
import { useTwoFactor } from "./use-two-factor";

type Stage = { kind: "idle" } | { kind: "enrolling"; enrolment: TwoFactorEnrolment } | { kind: "codes"; codes: string[] } | { kind: "disabling" };

/** Settings → Security: two-step verification with an authenticator app, and its recovery codes. */
export function TwoFactorSection({ username }: { username: string }) {
  const t = useTranslations("security");
  const locale = useLocale();
  const { status, twoFactor, retry, effects } = useTwoFactor();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [starting, setStarting] = useState(false);

  if (stage.kind === "codes") {
    return <RecoveryCodes codes={stage.codes} effects={effects} onDone={() => setStage({ kind: "idle" })} />;
  }
  if (status === "loading") return <RowSkeleton label={t("twoFactorLoading")} leading="icon" rows={1} />;
  if (status === "error" || !twoFactor) return <ErrorState message={t("twoFactorLoadFailed")} onRetry={retry} />;

  if (stage.kind === "enrolling") {
    return (
      <Enrolment
        enrolment={stage.enrolment}
        effects={effects}
        onCancel={() => setStage({ kind: "idle" })}
        onConfirmed={(codes) => {
          setStage({ kind: "codes", codes });
          void effects.reload();
        }}
      />
    );
  }

  const start = async () => {
    setStarting(true);
    await handleTwoFactorStart(effects, { showEnrolment: (enrolment) => setStage({ kind: "enrolling", enrolment }) });
    setStarting(false);
  };

  return (
    <div className="space-y-4" data-testid="two-factor">
      <div className="flex flex-wrap items-center gap-3">
        <span aria-hidden className={`grid size-9 shrink-0 place-items-center rounded-lg ${twoFactor.enabled ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}>
          {twoFactor.enabled ? <ShieldCheckIcon className="size-5" /> : <ShieldOffIcon className="size-5" />}
        </span>
        <div className="min-w-0 flex-1 basis-48">
          <p className="text-sm font-medium text-slate-900" data-testid="two-factor-status">
            {twoFactor.enabled ? t("twoFactorOn") : t("twoFactorOff")}
          </p>
          <p className="text-xs text-slate-600">
            {twoFactor.enabled && twoFactor.enabledAt
              ? `${t("twoFactorSince", { date: absoluteTime(twoFactor.enabledAt, locale) })} · ${t("recoveryCodesLeft", { count: twoFactor.recoveryCodesLeft })}`
              : t("twoFactorOffNote")}
          </p>
        </div>
        {twoFactor.enabled ? (
          stage.kind !== "disabling" && (
            <Button variant="danger-outline" onClick={() => setStage({ kind: "disabling" })}>
              {t("turnOff")}
            </Button>
          )
        ) : (
          <Button onClick={() => void start()} pending={starting} pendingLabel={t("settingUp")}>
            {t("setUp")}
          </Button>
        )}
      </div>
      {twoFactor.enabled && stage.kind === "disabling" && (
        <DisableForm username={username} effects={effects} onCancel={() => setStage({ kind: "idle" })} onDone={() => setStage({ kind: "idle" })} />
      )}
    </div>
  );
}

function Enrolment({
  enrolment,
  effects,
  onCancel,
  onConfirmed,
}: {
  enrolment: TwoFactorEnrolment;
  effects: TwoFactorEffects;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const t = useTranslations("security");
  const form = useForm<ConfirmTwoFactorInput, unknown, ConfirmTwoFactorValues>({ resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.confirmTwoFactorInput)), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string>();
  const onSubmit = form.handleSubmit((values) =>
    handleTwoFactorConfirm(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      showRecoveryCodes: onConfirmed,
    }),
  );
  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-label={t("setUpForm")} className="space-y-4" data-testid="two-factor-enrolment">
      <FormAlert message={formError} />
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700">
        <li>
          <p>{t("scanStep")}</p>
          <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-start">
            {/* A data: URL made on the server; next/image has nothing to optimise in it. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={enrolment.qrDataUrl} alt={t("qrAlt")} width={176} height={176} className="size-44 shrink-0 rounded-lg border border-slate-200 bg-white p-1" />
            <div className="min-w-0">
              <p>{t("manualKey")}</p>
              <code data-testid="totp-secret" className="mt-1 block break-all rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm tracking-wider text-slate-900">
                {enrolment.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </div>
          </div>
        </li>
        <li>
          <p>{t("codeStep")}</p>
          <div className="mt-2 max-w-xs">
            <Field label={t("code")} autoComplete="one-time-code" inputMode="numeric" autoFocus error={errors.code?.message} {...form.register("code")} />
          </div>
        </li>
      </ol>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" pending={isSubmitting} pendingLabel={t("turningOn")}>
          {t("turnOn")}
        </Button>
      </div>
    </form>
  );
}

function RecoveryCodes({ codes, effects, onDone }: { codes: string[]; effects: TwoFactorEffects; onDone: () => void }) {
  const t = useTranslations("security");
  return (
    <div className="space-y-4" data-testid="recovery-codes-panel">
      <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
        <p className="font-semibold">{t("recoveryCodesTitle")}</p>
        <p>{t("recoveryCodesNote")}</p>
      </div>
      <ul aria-label={t("recoveryCodesTitle")} data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-3 font-mono text-sm text-slate-900 sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={() => void handleRecoveryCodesCopy(codes, effects)}>
          {t("copyCodes")}
        </Button>
        <Button variant="secondary" onClick={() => handleRecoveryCodesDownload(codes, effects)}>
          {t("downloadCodes")}
        </Button>
        <Button onClick={onDone}>{t("savedCodes")}</Button>
      </div>
    </div>
  );
}

function DisableForm({ username, effects, onCancel, onDone }: { username: string; effects: TwoFactorEffects; onCancel: () => void; onDone: () => void }) {
  const t = useTranslations("security");
  const form = useForm<DisableTwoFactorInput, unknown, DisableTwoFactorValues>({ resolver: lazyResolver(() => settingsSchemas.load().then((schemas) => schemas.disableTwoFactorInput)), defaultValues: { password: "", code: "" } });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string>();
  const onSubmit = form.handleSubmit((values) =>
    handleTwoFactorDisable(values, effects, {
      setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }),
      setFormError,
      done: onDone,
    }),
  );
  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-label={t("turnOffForm")} className="space-y-4 rounded-lg border border-slate-200 p-3">
      <FormAlert message={formError} />
      <p className="text-sm text-slate-700">{t("turnOffNote")}</p>
      {/* For password managers: which account this is. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("password")} type="password" autoComplete="current-password" autoFocus error={errors.password?.message} {...form.register("password")} />
        <Field label={t("codeOrRecovery")} autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} error={errors.code?.message} {...form.register("code")} />
      </div>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="danger" pending={isSubmitting} pendingLabel={t("turningOff")}>
          {t("turnOff")}
        </Button>
      </div>
    </form>
  );
}
