// A schedule's fixed values and limits, without zod: pages that only show
// schedules load these, not the schemas (schemas.ts).

export const SCHEDULE_STATUSES = ["OPEN", "CLOSED"] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];
export const SCHEDULE_STATUS_LABELS: Record<ScheduleStatus, string> = { OPEN: "Planned", CLOSED: "Done" };

export const SCHEDULE_TITLE_MAX = 120;
export const SCHEDULE_MEMO_MAX = 2000;
/** The widest window `range` serves: a 6-week month grid plus slack. */
export const MAX_RANGE_DAYS = 100;

/** Which occurrences of a repeating schedule a change or delete applies to. */
export const OCCURRENCE_SCOPES = ["this", "following", "all"] as const;
export type OccurrenceScope = (typeof OCCURRENCE_SCOPES)[number];
