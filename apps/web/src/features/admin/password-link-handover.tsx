"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/button";

/**
 * A password link made for someone else, shown once: to copy and hand over
 * (a chat, in person). Only its hash is kept, so it cannot be shown again.
 */
export function PasswordLinkHandover({ url, expiresAt, username }: { url: string; expiresAt: Date; username: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const [copied, setCopied] = useState(false);
  const until = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(expiresAt);

  return (
    <div className="space-y-3" data-testid="password-link">
      <p className="text-sm text-slate-700">{t("linkHandover", { username })}</p>
      <label htmlFor="password-link-url" className="block text-sm font-medium text-slate-700">
        {t("linkLabel")}
      </label>
      <div className="flex gap-2">
        <input
          id="password-link-url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
        />
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? <CheckIcon className="size-4" aria-hidden /> : <CopyIcon className="size-4" aria-hidden />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="text-xs text-slate-600">
        {t("linkExpires")} <time dateTime={expiresAt.toISOString()}>{until}</time>. {t("linkOnce")}
      </p>
    </div>
  );
}
