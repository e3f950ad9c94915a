import Link from "next/link";
import { CheckIcon, ChevronRightIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { calendarDayHref } from "~/features/schedule/list-state";
import { formatLongDate, formatTimeRange, shiftDate, todayIn } from "~/features/schedule/zoned-time";
import { excerptAround } from "./highlight";
import { Highlighted } from "./highlighted";
import { todoListHref } from "./search-state";
import type { SearchDay, SearchResults as Results } from "./types";

const CALENDAR_PATH = "/calendar";

/** The results: schedules from today on and earlier ones, by day, then todos; each a link to where it lives. */
export function SearchResults({ results }: { results: Results }) {
  const t = useTranslations("search");
  const { query } = results;
  return (
    <div className="space-y-6" data-testid="search-results">
      {results.upcoming.length > 0 && (
        <ResultSection title={t("upcoming")} testId="search-upcoming" more={results.moreUpcoming}>
          <Days days={results.upcoming} results={results} />
        </ResultSection>
      )}
      {results.past.length > 0 && (
        <ResultSection title={t("past")} testId="search-past" more={results.morePast}>
          <Days days={results.past} results={results} />
        </ResultSection>
      )}
      {results.todos.length > 0 && (
        <ResultSection title={t("todos")} testId="search-todos" more={results.moreTodos}>
          <ul className="divide-y divide-slate-100">
            {results.todos.map((todo) => (
              <li key={todo.id}>
                <ResultLink href={todoListHref(todo.done)} testId="search-todo">
                  <span className={`min-w-0 flex-1 break-words ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>
                    {todo.done && <CheckIcon aria-hidden className="mr-1 inline size-4 align-[-2px]" />}
                    {todo.done && <span className="sr-only">{t("doneSr")}</span>}
                    <Highlighted text={todo.contents} query={query} />
                  </span>
                </ResultLink>
              </li>
            ))}
          </ul>
        </ResultSection>
      )}
    </div>
  );
}

function ResultSection({ title, testId, more, children }: { title: string; testId: string; more: boolean; children: React.ReactNode }) {
  const t = useTranslations("search");
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <h2 id={`${testId}-title`} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
      {more && <p className="mt-2 text-sm text-slate-600">{t("more")}</p>}
    </section>
  );
}

function Days({ days, results }: { days: SearchDay[]; results: Results }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const today = todayIn(results.timeZone);
  return (
    <ol className="divide-y divide-slate-100">
      {days.map((day) => (
        <li key={day.date} data-testid="search-day" data-date={day.date} className="py-2 first:pt-0 last:pb-0">
          <h3 className="mb-1 flex items-baseline gap-2 text-sm font-semibold text-slate-700">
            {day.date === today && <span className="rounded-md bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">{t("today")}</span>}
            {day.date === shiftDate(today, "days", 1) && <span className="text-xs font-semibold text-brand-700">{t("tomorrow")}</span>}
            {formatLongDate(day.date, locale)}
          </h3>
          <ul>
            {day.schedules.map((schedule) => {
              const memo = excerptAround(schedule.memo, results.query);
              const done = schedule.status === "CLOSED";
              return (
                <li key={schedule.id}>
                  <ResultLink href={calendarDayHref(CALENDAR_PATH, day.date)} testId="search-schedule">
                    <span className="w-full shrink-0 text-sm text-slate-600 tabular-nums sm:w-44">{formatTimeRange(schedule.startAt, schedule.endAt, results.timeZone, locale)}</span>
                    <span className="min-w-0 flex-1 break-words">
                      <span className={`block font-medium ${done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>
                        {done && <CheckIcon aria-hidden className="mr-1 inline size-4 align-[-2px]" />}
                        {done && <span className="sr-only">{t("doneSr")}</span>}
                        <Highlighted text={schedule.title} query={results.query} />
                      </span>
                      {memo && (
                        <span className="block text-sm text-slate-600">
                          <Highlighted text={memo} query={results.query} />
                        </span>
                      )}
                    </span>
                  </ResultLink>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** A whole result is the link: a big target on a phone. */
function ResultLink({ href, testId, children }: { href: string; testId: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      data-testid={testId}
      data-list-item
      className="-mx-2 flex flex-wrap items-center gap-x-3 gap-y-0.5 rounded-lg px-2 py-2 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:flex-nowrap"
    >
      {children}
      <ChevronRightIcon aria-hidden className="hidden size-4 shrink-0 text-slate-400 sm:block" />
    </Link>
  );
}
