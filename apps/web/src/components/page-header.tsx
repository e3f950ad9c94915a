import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  description?: string;
  actions?: ReactNode;
  /** Phones get a smaller title and no description (the calendar's grid should start near the top). */
  compactOnPhone?: boolean;
};

export function PageHeader({ title, description, actions, compactOnPhone = false }: PageHeaderProps) {
  return (
    <div className={`flex flex-wrap items-end justify-between gap-4 ${compactOnPhone ? "mb-3 sm:mb-6" : "mb-6"}`}>
      <div>
        <h1 className={`font-semibold tracking-tight ${compactOnPhone ? "text-xl sm:text-2xl" : "text-2xl"}`}>{title}</h1>
        {description && <p className={`mt-1 text-sm text-slate-600 ${compactOnPhone ? "hidden sm:block" : ""}`}>{description}</p>}
      </div>
      {actions}
    </div>
  );
}
