import type { ReactNode } from "react";
import { LineIcon } from "./line-icon";

/** A calm, informative note about the page (not an error), e.g. why something is read-only. */
export function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="note" aria-label={title} className="flex gap-3 rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
      <LineIcon name="info" className="mt-0.5 size-5 shrink-0">
        <circle cx="12" cy="12" r="10" />
        <path d="M12 16v-4" />
        <path d="M12 8h.01" />
      </LineIcon>
      <div>
        <p className="font-semibold">{title}</p>
        {children && <div className="mt-0.5 text-brand-700/90">{children}</div>}
      </div>
    </div>
  );
}
