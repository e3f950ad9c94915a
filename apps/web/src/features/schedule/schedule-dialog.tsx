"use client";

import { CheckIcon, LockIcon, RepeatIcon, TrashIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { SCHEDULE_MEMO_MAX, SCHEDULE_TITLE_MAX, type WeekStart } from "@planner/domain";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { ModalDialog } from "~/components/modal-dialog";
import { TextAreaField } from "~/components/text-area-field";
import { localizedResolver } from "~/kit/localized-resolver";
import {
  handleScheduleCreateSubmit,
  handleScheduleDelete,
  handleScheduleDeleteClick,
  handleScheduleEditSubmit,
  handleScheduleStatusToggle,
  type AskScope,
  type ScheduleEffects,
  type ScheduleFormUi,
} from "./events";
import { AddToCalendarLink } from "./add-to-calendar-link";
import { allDayLabel } from "./all-day-label";
import { scheduleQuote } from "./labels";
import { recurrenceTextInWords, type RepeatTranslate } from "./recurrence-words";
import { RemindersField } from "./reminders-field";
import { RepeatField } from "./repeat-field";
import { SCHEDULE_FIELDS, draftOf, endFollowingStart, firstDayOf, switchAllDay, type ScheduleDraft, type ScheduleValues } from "./schedule-form";
import { scheduleFormSchema } from "./schedule-form-schema";
import { StatusBadge } from "./status-badge";
import type { Schedule } from "./types";
import { formatDay, formatTimeRange, localDateOf } from "./zoned-time";

export type ScheduleDialogState = { kind: "create"; draft: ScheduleDraft } | { kind: "schedule"; schedule: Schedule };

type ScheduleDialogProps = {
  state: ScheduleDialogState;
  timeZone: string;
  /** Whether the viewer may change this calendar at all (subscribers may not). */
  canWrite: boolean;
  effects: ScheduleEffects;
  /** Asks which occurrences of a repeating schedule a change is for. */
  askScope: AskScope;
  /** The day the viewer's weeks start on (0 = Sunday): the Repeat control's days follow it. */
  weekStart: WeekStart;
  onClosed: () => void;
};

/** The one dialog of the calendar: a new schedule, an existing one to edit, or one to read. */
export function ScheduleDialog({ state, timeZone, canWrite, effects, askScope, weekStart, onClosed }: ScheduleDialogProps) {
  const t = useTranslations("schedule");
  if (state.kind === "create") {
    return (
      <ModalDialog title={t("newSchedule")} description={<ZoneNote timeZone={timeZone} />} onClosed={onClosed} testId="schedule-dialog" size="wide">
        {(close) => <ScheduleForm mode={{ kind: "create" }} initial={state.draft} timeZone={timeZone} effects={effects} askScope={askScope} weekStart={weekStart} close={close} />}
      </ModalDialog>
    );
  }
  const { schedule } = state;
  if (!canWrite || schedule.readOnly) {
    return (
      <ModalDialog
        title={schedule.title}
        description={
          <span className="inline-flex items-center gap-1.5">
            <LockIcon className="size-4" />
            {t("readOnlyOwner", { name: schedule.owner.name })}
          </span>
        }
        onClosed={onClosed}
        testId="schedule-dialog"
      >
        {(close) => <ScheduleDetails schedule={schedule} timeZone={timeZone} close={close} />}
      </ModalDialog>
    );
  }
  return (
    <ModalDialog title={t("editSchedule")} description={<ZoneNote timeZone={timeZone} />} onClosed={onClosed} testId="schedule-dialog" size="wide">
      {(close) => (
        <ScheduleForm
          mode={{ kind: "edit", schedule }}
          initial={draftOf(schedule, timeZone)}
          timeZone={timeZone}
          effects={effects}
          askScope={askScope}
          weekStart={weekStart}
          close={close}
        />
      )}
    </ModalDialog>
  );
}

function ZoneNote({ timeZone }: { timeZone: string }) {
  const t = useTranslations("schedule");
  return <>{t("zoneNote", { timeZone })}</>;
}

type FormMode = { kind: "create" } | { kind: "edit"; schedule: Schedule };

/** "Repeats: weekly on Mon, Wed" for a schedule of a series. */
function RepeatsNote({ schedule, timeZone }: { schedule: Schedule; timeZone: string }) {
  const t = useTranslations("schedule");
  const tr = useTranslations("schedule.repeat");
  const locale = useLocale();
  const first = schedule.allDay && schedule.startDate ? schedule.startDate : localDateOf(schedule.startAt, timeZone);
  const words = recurrenceTextInWords(schedule.recurrence, first, timeZone, locale, tr as unknown as RepeatTranslate);
  if (!words) return null;
  return (
    <span className="inline-flex items-center gap-1.5" data-testid="schedule-repeats">
      <RepeatIcon className="size-4 shrink-0" aria-hidden />
      {t("repeats", { rule: words })}
    </span>
  );
}

function ScheduleForm({
  mode,
  initial,
  timeZone,
  effects,
  askScope,
  weekStart,
  close,
}: {
  mode: FormMode;
  initial: ScheduleDraft;
  timeZone: string;
  effects: ScheduleEffects;
  askScope: AskScope;
  weekStart: WeekStart;
  close: () => void;
}) {
  // The server's schema and time-slot rules, on the calendar's clock.
  const t = useTranslations("schedule");
  const tc = useTranslations("common");
  const locale = useLocale();
  const resolver = useMemo(() => localizedResolver(scheduleFormSchema(timeZone)), [timeZone]);
  const form = useForm<ScheduleDraft, unknown, ScheduleValues>({ resolver, defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string>();
  // Saved: the buttons stay busy until the dialog is gone.
  const [closing, setClosing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const pending = isSubmitting || closing;
  const schedule = mode.kind === "edit" ? mode.schedule : null;
  // The controls that follow what is typed (the dates, the Repeat control, the reminders).
  const draft = form.watch();
  // A start moved takes the end along (schedule-form.ts endFollowingStart).
  useEffect(() => {
    let before = form.getValues();
    const subscription = form.watch((values, { name }) => {
      const moved = name === "startAt" ? (["startAt", "endAt"] as const) : name === "startDate" ? (["startDate", "endDate"] as const) : null;
      if (moved) {
        const [start, end] = moved;
        const followed = endFollowingStart(before[start], values[start] ?? "", values[end] ?? "");
        if (followed) form.setValue(end, followed, { shouldDirty: true });
      }
      before = form.getValues();
    });
    return () => subscription.unsubscribe();
  }, [form]);
  const allDay = draft.allDay;

  const ui: ScheduleFormUi = {
    setFieldError: (field, message) => form.setError(field, { message }),
    setFormError,
    askScope,
    close: () => {
      setClosing(true);
      close();
    },
  };
  const submit = form.handleSubmit(async (values) => {
    if (schedule) await handleScheduleEditSubmit(schedule, values, timeZone, effects, ui);
    else await handleScheduleCreateSubmit(values, timeZone, effects, ui);
    // Refused: the first field in trouble gets the focus (and with it, its message).
    const first = SCHEDULE_FIELDS.find((field) => form.getFieldState(field).error);
    if (first && first !== "recurrence" && first !== "reminders") form.setFocus(first);
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFormError(undefined);
    void submit(event);
  };

  return (
    <form
      noValidate
      aria-label={schedule ? t("editNamed", { title: scheduleQuote(schedule.title) }) : t("newSchedule")}
      className="space-y-4"
      onSubmit={onSubmit}
    >
      <FormAlert message={formError} />
      {schedule && (
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <StatusBadge status={schedule.status} />
          <span>{allDayLabel(schedule, locale, t) ?? formatDay(schedule.startAt, timeZone, locale)}</span>
          <RepeatsNote schedule={schedule} timeZone={timeZone} />
          <span className="-mx-2 sm:ml-auto">
            <AddToCalendarLink schedule={schedule} />
          </span>
        </div>
      )}
      <Field
        label={t("title")}
        error={errors.title?.message}
        maxLength={SCHEDULE_TITLE_MAX + 20}
        autoComplete="off"
        placeholder={t("titlePlaceholder")}
        data-autofocus
        {...form.register("title")}
      />
      <label className="flex w-fit cursor-pointer items-center gap-2.5 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          role="switch"
          checked={allDay}
          onChange={(event) => form.reset(switchAllDay(form.getValues(), event.target.checked, timeZone), { keepDefaultValues: true })}
          className="peer sr-only"
        />
        <span
          aria-hidden
          className="switch-track relative h-6 w-10 rounded-full bg-slate-300 transition peer-checked:bg-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 after:absolute after:top-0.5 after:left-0.5 after:size-5 after:rounded-full after:bg-white after:shadow after:transition peer-checked:after:translate-x-4"
        />
        {t("allDay")}
      </label>
      {allDay ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("firstDay")} type="date" error={errors.startDate?.message} {...form.register("startDate")} />
          <Field label={t("lastDay")} type="date" min={draft.startDate} error={errors.endDate?.message} {...form.register("endDate")} />
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("starts")} type="datetime-local" step={1800} error={errors.startAt?.message} {...form.register("startAt")} />
          <Field label={t("ends")} type="datetime-local" step={1800} error={errors.endAt?.message} {...form.register("endAt")} />
        </div>
      )}
      <RepeatField
        value={draft.recurrence}
        onChange={(recurrence) => form.setValue("recurrence", recurrence, { shouldDirty: true })}
        start={firstDayOf(draft)}
        timeZone={timeZone}
        weekStart={weekStart}
        error={errors.recurrence?.message}
      />
      <RemindersField
        value={draft.reminders}
        onChange={(reminders) => form.setValue("reminders", reminders, { shouldDirty: true })}
        allDay={allDay}
        canUseDefaults={!schedule}
        error={errors.reminders?.message}
      />
      <TextAreaField
        label={t("memo")}
        hint={t("optional")}
        rows={3}
        error={errors.memo?.message}
        maxLength={SCHEDULE_MEMO_MAX + 200}
        {...form.register("memo")}
      />
      {schedule && confirmingDelete ? (
        <DeleteConfirmation
          schedule={schedule}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => void handleScheduleDelete(schedule, effects, { close })}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
          {schedule && (
            <>
              <button
                type="button"
                onClick={() => void handleScheduleDeleteClick(schedule, effects, { confirm: () => setConfirmingDelete(true), askScope, close })}
                disabled={pending}
                className="inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-medium text-red-600 transition hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:opacity-60"
              >
                <TrashIcon className="size-4" />
                {tc("delete")}
              </button>
              <button
                type="button"
                onClick={() => void handleScheduleStatusToggle(schedule, effects, { close })}
                disabled={pending}
                className="inline-flex items-center gap-1.5 rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
              >
                {schedule.status === "OPEN" && <CheckIcon className="size-4 text-emerald-600" />}
                {schedule.status === "OPEN" ? t("markDone") : t("markPlanned")}
              </button>
            </>
          )}
          <div className="ml-auto flex gap-2">
            <button
              type="button"
              onClick={close}
              className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {tc("cancel")}
            </button>
            <button
              type="submit"
              disabled={pending}
              aria-busy={pending || undefined}
              className="inline-flex items-center gap-2 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60"
            >
              {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
              {pending ? tc("saving") : schedule ? tc("save") : t("addSchedule")}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function DeleteConfirmation({ schedule, onCancel, onConfirm }: { schedule: Schedule; onCancel: () => void; onConfirm: () => void }) {
  const t = useTranslations("schedule");
  return (
    <div role="alertdialog" aria-label={t("confirmDelete")} className="rounded-xl border border-red-200 bg-red-50 p-4">
      <p className="text-sm font-medium text-red-800">{t("deleteQuestion", { title: scheduleQuote(schedule.title) })}</p>
      <div className="mt-3 flex justify-end gap-2">
        <button
          type="button"
          onClick={onCancel}
          className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 transition hover:bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t("keepIt")}
        </button>
        <button
          type="button"
          autoFocus
          onClick={onConfirm}
          className="inline-flex items-center gap-1.5 rounded-lg bg-red-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600"
        >
          <TrashIcon className="size-4" />
          {t("deleteSchedule")}
        </button>
      </div>
    </div>
  );
}

function ScheduleDetails({ schedule, timeZone, close }: { schedule: Schedule; timeZone: string; close: () => void }) {
  const t = useTranslations("schedule");
  const tc = useTranslations("common");
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-medium text-slate-500">{t("when")}</dt>
        <dd data-testid="schedule-when">
          {allDayLabel(schedule, locale, t) ?? (
            <>
              {formatDay(schedule.startAt, timeZone, locale)}, {formatTimeRange(schedule.startAt, schedule.endAt, timeZone, locale)}
              <span className="block text-xs text-slate-500">{timeZone}</span>
            </>
          )}
          {schedule.recurrence && (
            <span className="mt-1 block text-slate-600">
              <RepeatsNote schedule={schedule} timeZone={timeZone} />
            </span>
          )}
        </dd>
        <dt className="font-medium text-slate-500">{t("status")}</dt>
        <dd>
          <StatusBadge status={schedule.status} />
        </dd>
        <dt className="font-medium text-slate-500">{t("owner")}</dt>
        <dd data-testid="schedule-owner">
          {schedule.owner.name} <span className="text-slate-500">@{schedule.owner.username}</span>
        </dd>
        {schedule.memo && (
          <>
            <dt className="font-medium text-slate-500">{t("memo")}</dt>
            <dd className="whitespace-pre-wrap break-words">{schedule.memo}</dd>
          </>
        )}
      </dl>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-4">
        <span className="-mx-2">
          <AddToCalendarLink schedule={schedule} />
        </span>
        <button
          type="button"
          onClick={close}
          data-autofocus
          className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {tc("close")}
        </button>
      </div>
    </div>
  );
}
