"use client";

import { TabLinks } from "~/components/tab-links";
import { handleScheduleFilterSelect } from "./events";
import { SCHEDULE_FILTERS, SCHEDULE_FILTER_LABELS, type ScheduleFilter } from "./filter";
import { scheduleListHref } from "./list-state";

/** All / Planned / Done for a list; the choice goes in the URL. */
export function ScheduleFilterTabs({ basePath, current }: { basePath: string; current: ScheduleFilter }) {
  return (
    <TabLinks
      label="Filter schedules"
      current={current}
      fullWidthOnPhone
      onSelect={(filter) => handleScheduleFilterSelect(filter, basePath, (url) => window.history.pushState(null, "", url))}
      tabs={SCHEDULE_FILTERS.map((filter) => ({ key: filter, label: SCHEDULE_FILTER_LABELS[filter], href: scheduleListHref(basePath, filter) }))}
    />
  );
}
