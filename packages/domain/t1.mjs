import ICAL from "ical.js";
const ev = `BEGIN:VEVENT\r\nUID:a@b\r\nDTSTART;TZID=America/New_York:20260302T093000\r\nDTEND;TZID=America/New_York:20260302T100000\r\nRRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20260601T035959Z;BYDAY=MO,WE\r\nEXDATE;TZID=America/New_York:20260309T093000,20260311T093000\r\nEXDATE:20260316T143000Z\r\nRECURRENCE-ID;TZID=America/New_York:20260311T093000\r\nSUMMARY:Hi\\, there\\nline\r\nDESCRIPTION:a\\nb\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H10M0S\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:20260302T090000Z\r\nEND:VALARM\r\nEND:VEVENT`;
const j = ICAL.parse(ev);
console.log(JSON.stringify(j).slice(0,800));
const c = new ICAL.Component(j);
const s = c.getFirstProperty("dtstart");
console.log(s.getParameter("tzid"), s.type, s.getFirstValue().toString(), s.getFirstValue().zone?.tzid, s.getFirstValue().timezone);
const ex = c.getAllProperties("exdate").map(p=>p.getValues().map(v=>[v.toString(), v.zone?.tzid, v.timezone]));
console.log(JSON.stringify(ex));
const r = c.getFirstPropertyValue("rrule");
console.log(r.toString(), r.freq, JSON.stringify(r.parts), r.until?.toString(), r.until?.zone?.tzid);
for (const a of c.getAllSubcomponents("valarm")) { const t=a.getFirstProperty("trigger"); console.log(t.type, t.getFirstValue().toString(), t.getFirstValue().toSeconds?.()); }
console.log(c.getFirstPropertyValue("summary"), JSON.stringify(c.getFirstPropertyValue("description")));
const allday = new ICAL.Component(ICAL.parse("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260315\r\nDTEND;VALUE=DATE:20260317\r\nEND:VEVENT"));
const d = allday.getFirstPropertyValue("dtstart"); console.log(d.isDate, d.toString(), d.zone?.tzid);
const fl = new ICAL.Component(ICAL.parse("BEGIN:VEVENT\r\nDTSTART:20260315T101000\r\nDURATION:PT45M\r\nEND:VEVENT"));
const f = fl.getFirstPropertyValue("dtstart"); console.log(f.isDate, f.toString(), f.zone?.tzid, fl.getFirstPropertyValue("duration").toSeconds());
try { ICAL.parse("hello"); } catch(e) { console.log("err", e.message); }
try { ICAL.parse("BEGIN:VEVENT\r\nDTSTART:2026031\r\nEND:VEVENT"); console.log("no err for bad date"); } catch(e) { console.log("err2", e.message); }
const bad = new ICAL.Component(ICAL.parse("BEGIN:VEVENT\r\nDTSTART:2026031\r\nEND:VEVENT")); try { console.log(bad.getFirstPropertyValue("dtstart")?.toString()); } catch(e) { console.log("err3", e.message); }
