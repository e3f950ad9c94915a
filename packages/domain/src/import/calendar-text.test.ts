import { describe, expect, it } from "vitest";
import { splitCalendar } from "./calendar-text";

describe("splitCalendar", () => {
  it("cuts a calendar into its events and time zones, alarms and folded lines kept inside their event", () => {
    const text = [
      "\uFEFFBEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:a",
      "DESCRIPTION:a long line that was folded and whose next line",
      " BEGIN:VEVENT looks like a component but is not one",
      "BEGIN:VALARM",
      "TRIGGER:-PT5M",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VTODO",
      "UID:t",
      "END:VTODO",
      "END:VCALENDAR",
      "BEGIN:VCALENDAR",
      "begin:vevent",
      "UID:b",
      "end:vevent",
      "END:VCALENDAR",
    ].join("\n");
    const parts = splitCalendar(text);
    expect(parts).toMatchObject({ otherComponents: 1, timeZones: ["BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE"] });
    if ("problem" in parts) throw new Error(parts.problem);
    expect(parts.events).toHaveLength(2);
    expect(parts.events[0]).toContain("END:VALARM\r\nEND:VEVENT");
    expect(parts.events[0]).toContain(" BEGIN:VEVENT looks like");
    expect(parts.events[1]).toBe("begin:vevent\r\nUID:b\r\nend:vevent");
  });

  it("says when the text is no calendar, or a calendar without events", () => {
    expect(splitCalendar("Subject,Start Date\nDentist,01/20/2027")).toEqual({ problem: "notICalendar" });
    expect(splitCalendar("")).toEqual({ problem: "notICalendar" });
    expect(splitCalendar("BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VCALENDAR")).toEqual({ problem: "noEvents" });
  });

  it("keeps the last event of a file cut short, for ical.js to call unreadable", () => {
    const parts = splitCalendar("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nSUMMARY:Cut");
    expect("events" in parts && parts.events).toEqual(["BEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT", "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Cut"]);
  });
});
