"use client";

import { useTranslations } from "next-intl";
import { TabLinks } from "~/components/tab-links";
import { handleScheduleFilterSelect } from "./events";
import { SCHEDULE_FILTERS, SCHEDULE_FILTER_KEYS, type ScheduleFilter } from "./filter";
import { scheduleListHref } from "./list-state";

/** All / Planned / Done for a list; the choice goes in the URL. */
export function ScheduleFilterTabs({ basePath, current }: { basePath: string; current: ScheduleFilter }) {
  const t = useTranslations();
  return (
    <TabLinks
      label={t("schedule.filterLabel")}
      current={current}
      fullWidthOnPhone
      onSelect={(filter) => handleScheduleFilterSelect(filter, basePath, (url) => window.history.pushState(null, "", url))}
      tabs={SCHEDULE_FILTERS.map((filter) => ({ key: filter, label: t(SCHEDULE_FILTER_KEYS[filter]), href: scheduleListHref(basePath, filter) }))}
    />
  );
}
