"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { OCCURRENCE_SCOPES, type OccurrenceScope } from "@planner/domain";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import type { AskScope } from "./events";
import { scheduleQuote } from "./labels";

type Question = Parameters<AskScope>[0];

/**
 * The question a change or delete of an occurrence asks first: this event,
 * this and the following, or all. `askScope` resolves with the answer, or
 * null when the dialog is closed without one; `prompt` is the dialog to render.
 */
export function useOccurrenceScopePrompt(): { askScope: AskScope; prompt: ReactNode } {
  const [pending, setPending] = useState<{ question: Question; answer: (scope: OccurrenceScope | null) => void } | null>(null);
  const askScope = useCallback<AskScope>(
    (question) =>
      new Promise((resolve) => {
        setPending({ question, answer: resolve });
      }),
    [],
  );
  const prompt = pending && (
    <OccurrenceScopeDialog
      question={pending.question}
      onAnswer={(scope) => {
        pending.answer(scope);
        setPending(null);
      }}
    />
  );
  return { askScope, prompt };
}

function OccurrenceScopeDialog({ question, onAnswer }: { question: Question; onAnswer: (scope: OccurrenceScope | null) => void }) {
  const t = useTranslations("schedule.scope");
  const tc = useTranslations("common");
  const scopes = OCCURRENCE_SCOPES.filter((scope) => question.allowThis || scope !== "this");
  const [scope, setScope] = useState<OccurrenceScope>(scopes[0]!);
  const answered = useRef(false);
  const deleting = question.action === "delete";
  return (
    <ModalDialog
      title={deleting ? t("deleteTitle") : t("changeTitle")}
      description={t("description", { title: scheduleQuote(question.title) })}
      testId="scope-dialog"
      onClosed={() => {
        if (!answered.current) onAnswer(null);
      }}
    >
      {(close) => (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            answered.current = true;
            onAnswer(scope);
            close();
          }}
        >
          <fieldset className="space-y-2">
            <legend className="mb-2 text-sm font-medium text-slate-700">{t("legend")}</legend>
            {scopes.map((option) => (
              <label key={option} className="flex min-h-10 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                <input
                  type="radio"
                  name="scope"
                  value={option}
                  checked={scope === option}
                  onChange={() => setScope(option)}
                  data-autofocus={scope === option ? true : undefined}
                  className="size-4 accent-brand-600"
                />
                {t(option)}
              </label>
            ))}
          </fieldset>
          {!question.allowThis && <p className="text-sm text-slate-600">{t("ruleChanged")}</p>}
          <div className="flex justify-end gap-2 border-t border-slate-100 pt-4">
            <Button variant="secondary" onClick={close}>
              {tc("cancel")}
            </Button>
            <Button type="submit" variant={deleting ? "danger" : "primary"}>
              {deleting ? t("delete") : t("confirm")}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
