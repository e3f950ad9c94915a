import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";

type PaginationProps = {
  /** 1-based. */
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
};

const LINK =
  "grid h-9 min-w-9 place-items-center rounded-lg px-2 text-sm font-medium tabular-nums transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** Page numbers around the current one, with the first and last always in reach. */
export function Pagination({ page, pageCount, href, label }: PaginationProps) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t("pages")}>
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          <PageStep page={page - 1} disabled={page <= 1} href={href} label={t("previousPage")}>
            <ChevronLeftIcon className="size-4" />
          </PageStep>
        </li>
        {pageNumbers(page, pageCount).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden className="px-1 text-slate-400">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={href(number)}
                prefetch={false}
                aria-label={t("page", { number })}
                aria-current={number === page ? "page" : undefined}
                className={`${LINK} ${number === page ? "bg-brand-600 text-white shadow-sm" : "text-slate-700 hover:bg-slate-200/70"}`}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        <li>
          <PageStep page={page + 1} disabled={page >= pageCount} href={href} label={t("nextPage")}>
            <ChevronRightIcon className="size-4" />
          </PageStep>
        </li>
      </ul>
    </nav>
  );
}

function PageStep({ page, disabled, href, label, children }: { page: number; disabled: boolean; href: (page: number) => string; label: string; children: ReactNode }) {
  if (disabled) {
    return (
      <span aria-disabled className={`${LINK} cursor-not-allowed text-slate-300`} title={label}>
        <span className="sr-only">{label}</span>
        {children}
      </span>
    );
  }
  return (
    <Link href={href(page)} prefetch={false} aria-label={label} title={label} className={`${LINK} text-slate-700 hover:bg-slate-200/70`}>
      {children}
    </Link>
  );
}

/** 1 … 4 5 6 … 12: the current page with one either side, the ends, and gaps as null. */
function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((number) => number >= 1 && number <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const number of sorted) {
    const previous = result.at(-1);
    if (typeof previous === "number" && number - previous === 2) result.push(previous + 1);
    else if (typeof previous === "number" && number - previous > 2) result.push(null);
    result.push(number);
  }
  return result;
}
