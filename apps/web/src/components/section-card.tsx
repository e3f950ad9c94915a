import { useId, type ReactNode } from "react";

type SectionCardProps = {
  title: string;
  description?: ReactNode;
  /** Beside the title, e.g. a link or a count. */
  aside?: ReactNode;
  tone?: "default" | "danger";
  /** An anchor for links to this section. */
  id?: string;
  children: ReactNode;
};

/** A titled card of a settings or details page, named by its heading for screen readers. */
export function SectionCard({ title, description, aside, tone = "default", id, children }: SectionCardProps) {
  const headingId = useId();
  const danger = tone === "danger";
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`scroll-mt-24 rounded-xl border bg-white shadow-sm ${danger ? "border-red-200" : "border-slate-200"}`}
    >
      <div className={`flex flex-wrap items-start justify-between gap-x-4 gap-y-2 border-b px-4 py-4 sm:px-5 ${danger ? "border-red-100" : "border-slate-100"}`}>
        <div className="min-w-0">
          <h2 id={headingId} className={`text-base font-semibold ${danger ? "text-red-700" : "text-slate-900"}`}>
            {title}
          </h2>
          {description && <div className="mt-0.5 text-sm text-slate-600">{description}</div>}
        </div>
        {aside}
      </div>
      <div className="px-4 py-4 sm:px-5">{children}</div>
    </section>
  );
}
