import { momentOf, type IcalMoment } from "./ical-clock";
import { ICAL, type IcalComponent, type IcalRecur, type IcalTime } from "./ical-library";

/** A VALARM's trigger: seconds from the start (or end), negative before; null for a trigger at a fixed time. */
export type IcalAlarm = { seconds: number | null; related: "START" | "END" };

/** One VEVENT as the file has it: nothing resolved, checked or cut yet. */
export type IcalEvent = {
  uid: string | null;
  /** Set on a changed occurrence of a repeating event: the start it has in its series. */
  recurrenceId: IcalMoment | null;
  /** Which copy wins when the file has an event twice: the higher SEQUENCE, then the later LAST-MODIFIED (or DTSTAMP). */
  revision: { sequence: number; modified: number };
  summary: string;
  description: string;
  start: IcalMoment | null;
  end: IcalMoment | null;
  durationSeconds: number | null;
  rules: IcalRecur[];
  /** RDATE and EXRULE: extra starts and rules the app's repeat rules cannot say. */
  extraDates: IcalMoment[];
  hasExrule: boolean;
  exdates: IcalMoment[];
  cancelled: boolean;
  alarms: IcalAlarm[];
};

export type EventReading = { event: IcalEvent } | { unreadable: string };

const SUMMARY_LINE = /^SUMMARY[^:\r\n]*:(.*)$/im;

/**
 * Reads one VEVENT's text (see splitCalendar). ical.js reads values lazily
 * and throws on a malformed one, so everything is read here, at once: an
 * event that cannot be read is reported with what its SUMMARY line says.
 */
export function readEvent(text: string): EventReading {
  try {
    const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
    if (component.name !== "vevent") return { unreadable: summaryHint(text) };
    return { event: eventOf(component) };
  } catch {
    return { unreadable: summaryHint(text) };
  }
}

function summaryHint(text: string): string {
  return (SUMMARY_LINE.exec(text)?.[1] ?? "").replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, " ").trim();
}

function eventOf(component: IcalComponent): IcalEvent {
  const text = (name: string) => {
    const value: unknown = component.getFirstPropertyValue(name);
    return typeof value === "string" ? value : "";
  };
  const duration = component.getFirstPropertyValue("duration") as InstanceType<typeof ICAL.Duration> | null;
  const modified = (component.getFirstPropertyValue("last-modified") ?? component.getFirstPropertyValue("dtstamp")) as IcalTime | null;
  const sequence = Number(component.getFirstPropertyValue("sequence") ?? 0);
  return {
    uid: text("uid").trim() || null,
    recurrenceId: firstMoment(component, "recurrence-id"),
    revision: { sequence: Number.isFinite(sequence) ? sequence : 0, modified: modified ? modified.toUnixTime() : 0 },
    summary: text("summary"),
    description: text("description"),
    start: firstMoment(component, "dtstart"),
    end: firstMoment(component, "dtend"),
    durationSeconds: duration ? duration.toSeconds() : null,
    rules: component.getAllProperties("rrule").map((property) => property.getFirstValue() as IcalRecur),
    extraDates: allMoments(component, "rdate"),
    hasExrule: component.getAllProperties("exrule").length > 0,
    exdates: allMoments(component, "exdate"),
    cancelled: text("status").toUpperCase() === "CANCELLED",
    alarms: component.getAllSubcomponents("valarm").map(alarmOf),
  };
}

function tzidOf(property: InstanceType<typeof ICAL.Property>): string | null {
  const tzid: unknown = property.getParameter("tzid");
  return typeof tzid === "string" ? tzid : null;
}

function firstMoment(component: IcalComponent, name: string): IcalMoment | null {
  const property = component.getFirstProperty(name);
  const value = property?.getFirstValue() as IcalTime | null | undefined;
  return property && value ? momentOf(value, tzidOf(property)) : null;
}

/** Every value of every such property (EXDATE may list several, and come several times); periods count by their start. */
function allMoments(component: IcalComponent, name: string): IcalMoment[] {
  return component.getAllProperties(name).flatMap((property) => {
    const tzid = tzidOf(property);
    return property.getValues().map((value) => {
      const time = (value instanceof ICAL.Period ? value.start : value) as IcalTime;
      return momentOf(time, tzid);
    });
  });
}

function alarmOf(alarm: IcalComponent): IcalAlarm {
  const trigger = alarm.getFirstProperty("trigger");
  const related: unknown = trigger?.getParameter("related");
  const value: unknown = trigger?.getFirstValue();
  return {
    seconds: value instanceof ICAL.Duration ? value.toSeconds() : null,
    related: typeof related === "string" && related.toUpperCase() === "END" ? "END" : "START",
  };
}
