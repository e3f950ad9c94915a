"use client";

import { CopyIcon, TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { Button } from "~/components/button";
import { handleApiTokenSecretCopy, type ApiTokensEffects } from "./events";
import type { CreatedApiToken } from "./types";

/** The new token's secret, shown this once: the server keeps only its hash. */
export function NewTokenSecret({ created, effects, onDone }: { created: CreatedApiToken; effects: ApiTokensEffects; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const secretId = useId();
  // Bring it into view (and to screen readers) the moment it appears, above the form that made it.
  useEffect(() => panel.current?.focus(), []);

  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="region"
      aria-labelledby={titleId}
      data-testid="new-token"
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-3 outline-none focus-visible:ring-2 focus-visible:ring-brand-600 sm:p-4"
    >
      <div className="flex gap-2 text-amber-800">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div className="min-w-0 text-sm">
          <p id={titleId} className="font-semibold break-words">
            {t("secretTitle", { name: created.token.name })}
          </p>
          <p>{t("secretNote")}</p>
        </div>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={secretId} className="sr-only">
          {t("secretLabel")}
        </label>
        {/* A textarea, not an input: on a phone the whole secret wraps into view instead of scrolling out of it. */}
        <textarea
          id={secretId}
          readOnly
          rows={2}
          value={created.secret}
          data-testid="new-token-secret"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 flex-1 resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 shadow-sm outline-none focus:ring-2 focus:ring-brand-600 sm:h-10 sm:overflow-hidden"
        />
        <Button variant="secondary" onClick={() => void handleApiTokenSecretCopy(created.secret, effects)}>
          <CopyIcon aria-hidden className="size-4" />
          {t("copy")}
        </Button>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-amber-800">{t("secretUse")}</p>
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
    </div>
  );
}
