import ICAL from "ical.js";

/**
 * ical.js (Mozilla's iCalendar library, STACK.md) in one place: it reads the
 * text (line folding, escapes, parameters, RRULE, durations, VTIMEZONE
 * definitions) and expands repeat rules the app cannot keep. Only its
 * per-component pieces are used: its Event class looks at the parent calendar
 * for every property (10,000 events took 40 s), and its TimezoneService is one
 * registry for the whole process, which one user's file must not change for another's.
 */
export { ICAL };
export type IcalComponent = InstanceType<typeof ICAL.Component>;
export type IcalTime = InstanceType<typeof ICAL.Time>;
export type IcalRecur = InstanceType<typeof ICAL.Recur>;
export type IcalTimezone = InstanceType<typeof ICAL.Timezone>;
