"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { LineIcon } from "~/components/line-icon";
import { FormAlert } from "~/components/form-alert";

/** The file picker, and a zone a file can be dropped on. */
export function FileDrop({ onFile, busy, error }: { onFile: (file: File) => void; busy: boolean; error?: string }) {
  const t = useTranslations("calendarImport");
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The label opens the browser's file picker before the page's script has run;
  // a file chosen then raised its change event before React listened (a slow
  // phone, a slow connection). Read once the page is interactive.
  const onFileAtMount = useRef(onFile);
  useEffect(() => {
    const input = inputRef.current;
    const file = input?.files?.[0];
    if (!input || !file) return;
    input.value = "";
    onFileAtMount.current(file);
  }, []);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div className="space-y-3">
      <div
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-6 text-center transition ${over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
      >
        <LineIcon name="upload" className="size-8 text-slate-400">
          <path d="M12 15V3" />
          <path d="m7 8 5-5 5 5" />
          <path d="M20 15v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-4" />
        </LineIcon>
        <p className="text-sm font-medium text-slate-800">{busy ? t("reading") : t("dropHere")}</p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".ics,text/calendar"
          aria-describedby={hintId}
          disabled={busy}
          className="peer sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) onFile(file);
          }}
        />
        <label
          htmlFor={inputId}
          aria-busy={busy || undefined}
          className={`inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 ${busy ? "cursor-wait opacity-60" : "cursor-pointer hover:bg-slate-100"}`}
        >
          {busy && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-slate-600" />}
          {t("chooseFile")}
        </label>
        <p id={hintId} className="max-w-md text-xs text-slate-500">
          {t("fileHint")}
        </p>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
