"use client";

import { KeyboardIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ModalDialog } from "~/components/modal-dialog";
import { SHORTCUT_GROUPS } from "./shortcut-list";
import { useShortcut } from "./use-shortcut";

/** `?` anywhere (and, where there is a keyboard, the header's button) opens the list of shortcuts. */
export function ShortcutsHelp() {
  const t = useTranslations("shortcuts");
  const [open, setOpen] = useState(false);
  useShortcut("shift+slash", () => setOpen(true));
  return (
    <>
      <button
        type="button"
        aria-label={t("title")}
        title={t("title")}
        aria-keyshortcuts="Shift+?"
        onClick={() => setOpen(true)}
        className="hidden size-9 place-items-center rounded-lg text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:grid"
      >
        <KeyboardIcon aria-hidden className="size-5" />
      </button>
      {open && (
        <ModalDialog title={t("title")} description={t("description")} testId="shortcuts-dialog" onClosed={() => setOpen(false)}>
          {() => <ShortcutTable />}
        </ModalDialog>
      )}
    </>
  );
}

function ShortcutTable() {
  const t = useTranslations("shortcuts");
  return (
    <div className="space-y-5">
      {SHORTCUT_GROUPS.map(({ group, shortcuts }) => (
        <section key={group} aria-labelledby={`shortcuts-${group}`}>
          <h3 id={`shortcuts-${group}`} className="mb-2 text-sm font-semibold text-slate-900">
            {t(group)}
          </h3>
          <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
            {shortcuts.map(({ keys, action }) => (
              <div key={action} className="flex items-center justify-between gap-4 px-3 py-2">
                <dt className="text-slate-700">{t(action)}</dt>
                <dd className="flex shrink-0 items-center gap-1.5">
                  {keys.map((key, index) => (
                    <span key={key} className="flex items-center gap-1.5">
                      {index > 0 && <span className="text-xs text-slate-600">{t("or")}</span>}
                      <kbd className="min-w-7 rounded-md border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs font-semibold text-slate-800 shadow-sm">
                        {key}
                      </kbd>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
