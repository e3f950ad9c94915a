"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button, ButtonLink } from "~/components/button";
import { FormAlert } from "~/components/form-alert";
import { handleImportConfirm, handleImportFileChosen, itemsToSend, type ImportUi } from "./events";
import { FileDrop } from "./file-drop";
import { ImportPreviewPanel } from "./import-preview";
import { ImportProgress } from "./import-progress";
import type { ImportState } from "./types";
import { useImportEffects } from "./use-import-effects";

/** Settings → Import: choose an .ics file, see what it will import, import it with a progress bar, see what was done. */
export function ImportSection() {
  const t = useTranslations("calendarImport");
  const format = useFormatter();
  const effects = useImportEffects();
  const [state, setState] = useState<ImportState>({ step: "choose" });
  const ui = useMemo<ImportUi>(() => ({ show: setState }), []);
  const choose = (file: File) => void handleImportFileChosen(file, effects, ui);
  const restart = () => setState({ step: "choose" });

  switch (state.step) {
    case "choose":
    case "reading":
      return <FileDrop onFile={choose} busy={state.step === "reading"} error={state.step === "choose" ? state.error : undefined} />;
    case "preview": {
      const count = itemsToSend(state.preview.items).length;
      return (
        <div className="space-y-4">
          <ImportPreviewPanel fileName={state.fileName} summary={state.preview.summary} />
          <div className="flex flex-wrap gap-2">
            <Button disabled={count === 0} onClick={() => void handleImportConfirm(state.fileName, state.preview, effects, ui)}>
              {count === 0 ? t("nothingToImport") : t("importButton", { count })}
            </Button>
            <Button variant="secondary" onClick={restart}>
              {t("chooseAnother")}
            </Button>
          </div>
        </div>
      );
    }
    case "importing":
      return (
        <div className="space-y-3">
          <p className="text-sm font-medium break-all text-slate-900">{t("importing", { file: state.fileName })}</p>
          <ImportProgress done={state.done} total={state.total} />
        </div>
      );
    case "stopped":
      return (
        <div className="space-y-3">
          <ImportProgress done={state.done} total={state.total} />
          <FormAlert message={`${state.error} ${t("stopped", { done: format.number(state.done), total: format.number(state.total) })}`} />
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void handleImportConfirm(state.fileName, state.preview, effects, ui)}>{t("tryAgain")}</Button>
            <Button variant="secondary" onClick={restart}>
              {t("chooseAnother")}
            </Button>
          </div>
        </div>
      );
    case "done":
      return (
        <div className="space-y-3" data-testid="import-done">
          <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
            <p className="font-semibold">{t("doneTitle")}</p>
            <p className="mt-0.5">{t("doneBody", state.result)}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/calendar">{t("openCalendar")}</ButtonLink>
            <Button variant="secondary" onClick={restart}>
              {t("importAnother")}
            </Button>
          </div>
        </div>
      );
  }
}
