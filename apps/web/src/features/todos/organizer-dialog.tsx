"use client";

import { CheckIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DEFAULT_TODO_COLOR, LABEL_NAME_MAX, PROJECT_NAME_MAX, TODO_COLORS } from "@planner/domain";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import { FormAlert } from "~/components/form-alert";
import { handleLabelSave, handleProjectSave, type OrganizerEffects } from "./organizer-events";
import { toneOf } from "./tones";
import type { Label, Project } from "./types";

type OrganizerDialogProps =
  | { kind: "project"; existing: Project | null; effects: OrganizerEffects; onSaved: (saved: { id: string }, created: boolean) => void; onClosed: () => void }
  | { kind: "label"; existing: Label | null; effects: OrganizerEffects; onSaved: (saved: { id: string }, created: boolean) => void; onClosed: () => void };

/** Create a project or label, or rename and recolour one. */
export function OrganizerDialog({ kind, existing, effects, onSaved, onClosed }: OrganizerDialogProps) {
  const t = useTranslations("todos");
  const tc = useTranslations("common");
  const id = useId();
  const [name, setName] = useState(existing?.name ?? "");
  const [color, setColor] = useState<string>(existing?.color ?? DEFAULT_TODO_COLOR);
  const [errors, setErrors] = useState<{ name?: string; color?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const words = kind === "project" ? "projects" : "labels";
  const title = existing ? t(`${words}.edit`) : t(`${words}.new`);

  return (
    <ModalDialog title={title} onClosed={onClosed} testId={`${kind}-dialog`}>
      {(close) => (
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            setErrors({});
            setFormError(undefined);
            const ui = {
              setFieldError: (field: "name" | "color", message: string) => setErrors((current) => ({ ...current, [field]: message })),
              setFormError,
              setSaving,
              done: (saved: { id: string }) => {
                close();
                onSaved(saved, !existing);
              },
            };
            if (kind === "project") void handleProjectSave(existing, { name, color }, effects, ui);
            else void handleLabelSave(existing, { name, color }, effects, ui);
          }}
        >
          <div>
            <label htmlFor={`${id}-name`} className="mb-1 block text-sm font-medium text-slate-700">
              {t("projects.name")}
            </label>
            <input
              id={`${id}-name`}
              data-autofocus
              value={name}
              maxLength={(kind === "project" ? PROJECT_NAME_MAX : LABEL_NAME_MAX) + 8}
              onChange={(event) => {
                setName(event.target.value);
                setErrors({});
              }}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : undefined}
              className={`block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition focus:ring-2 ${
                errors.name ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
              }`}
            />
            {errors.name && (
              <p id={`${id}-name-error`} role="alert" className="mt-1 text-sm text-red-600">
                {errors.name}
              </p>
            )}
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-700">{t("projects.color")}</legend>
            <div className="flex flex-wrap gap-2">
              {TODO_COLORS.map((choice) => {
                const checked = choice === color;
                return (
                  <label
                    key={choice}
                    title={t(`colors.${choice}`)}
                    className={`grid size-9 cursor-pointer place-items-center rounded-full ring-offset-2 ring-offset-white transition has-focus-visible:outline-2 has-focus-visible:outline-offset-4 has-focus-visible:outline-brand-600 ${toneOf(choice).swatch} ${
                      checked ? "ring-2" : "ring-0 hover:ring-2"
                    }`}
                  >
                    <input type="radio" name="color" value={choice} checked={checked} onChange={() => setColor(choice)} className="sr-only" />
                    <span className="sr-only">{t(`colors.${choice}`)}</span>
                    {checked && <CheckIcon aria-hidden className="size-4.5 text-white" strokeWidth={3} />}
                  </label>
                );
              })}
            </div>
            {errors.color && (
              <p role="alert" className="mt-1 text-sm text-red-600">
                {errors.color}
              </p>
            )}
          </fieldset>
          <FormAlert message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              {tc("cancel")}
            </Button>
            <Button type="submit" pending={saving} pendingLabel={tc("saving")}>
              {existing ? t("projects.save") : t("projects.create")}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
