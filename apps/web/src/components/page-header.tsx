import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  description?: string;
  actions?: ReactNode;
  /** Phones get a smaller title, no description, and the actions on the title's row (the calendar's grid should start near the top). */
  compactOnPhone?: boolean;
};

export function PageHeader({ title, description, actions, compactOnPhone = false }: PageHeaderProps) {
  return (
    <div
      className={`flex justify-between ${compactOnPhone ? "mb-3 items-center gap-3 sm:mb-6 sm:flex-wrap sm:items-end sm:gap-4" : "mb-6 flex-wrap items-end gap-4"}`}
    >
      <div className={compactOnPhone ? "shrink-0" : undefined}>
        <h1 className={`font-semibold tracking-tight ${compactOnPhone ? "text-xl sm:text-2xl" : "text-2xl"}`}>{title}</h1>
        {description && <p className={`mt-1 text-sm text-slate-600 ${compactOnPhone ? "hidden sm:block" : ""}`}>{description}</p>}
      </div>
      {compactOnPhone && actions ? <div className="min-w-0 flex-1 sm:flex-none">{actions}</div> : actions}
    </div>
  );
}
