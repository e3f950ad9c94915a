"""Every occurrence an iCalendar file has in a window, read by a second,
independent parser: Debian's python3-icalendar (4.0.3 parses but does not
expand recurrences), with RRULEs expanded by python3-dateutil's rrulestr
(a dependency of python3-icalendar), EXDATEs removed and RECURRENCE-ID
components put in place of the occurrences they change.

    python3 ics_occurrences.py FILE FROM TO     (FROM, TO: ISO 8601 UTC)

Prints a JSON list of {"uid", "summary", "start", "end"}: instants as
"2026-03-03T14:30:00Z", all-day dates as "2026-03-15" (end exclusive), for
every occurrence overlapping [FROM, TO).
"""

import json
import sys
from datetime import date, datetime, time, timedelta, timezone

from dateutil.rrule import rrulestr
from icalendar import Calendar
from icalendar.prop import vRecur

UTC = timezone.utc


def parse_utc(text):
    return datetime.strptime(text.replace(".000", ""), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def is_date(value):
    return isinstance(value, date) and not isinstance(value, datetime)


def localize(naive, tzinfo):
    """A wall-clock time in the zone of an aware datetime icalendar read (pytz or zoneinfo)."""
    if tzinfo is None:
        return naive.replace(tzinfo=UTC)
    if hasattr(tzinfo, "localize"):
        return tzinfo.localize(naive)
    return naive.replace(tzinfo=tzinfo)


def key(value):
    """What an occurrence start is compared by: the date, or the instant in UTC."""
    return value if is_date(value) else value.astimezone(UTC)


def out(value):
    return value.isoformat() if is_date(value) else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def exdates(component):
    found = set()
    prop = component.get("EXDATE")
    for lists in prop if isinstance(prop, list) else ([prop] if prop is not None else []):
        for item in lists.dts:
            found.add(key(item.dt))
    return found


def expand(component, window_from, window_to):
    """(start, end) of each occurrence of a component with an RRULE, wall clock kept in its zone."""
    start = component["DTSTART"].dt
    end = component["DTEND"].dt
    length = end - start
    recur = dict(component["RRULE"])
    until = recur.pop("UNTIL", [None])[0]
    text = vRecur(recur).to_ical().decode()
    if is_date(start):
        rule = rrulestr(text, dtstart=datetime.combine(start, time()))
        if until is not None:
            rule = rule.replace(until=datetime.combine(until if is_date(until) else until.date(), time()))
        lo = datetime.combine(window_from.date(), time()) - timedelta(days=400)
        hi = datetime.combine(window_to.date(), time()) + timedelta(days=1)
        return [(moment.date(), moment.date() + length) for moment in rule.between(lo, hi, inc=True)]
    zone = start.tzinfo
    # Expanded on the zone's wall clock (naive), then each start placed in the zone.
    rule = rrulestr(text, dtstart=start.replace(tzinfo=None))
    if until is not None:
        rule = rule.replace(until=until.astimezone(zone).replace(tzinfo=None) if zone is not None else until.replace(tzinfo=None))
    lo = window_from.replace(tzinfo=None) - timedelta(days=400)
    hi = window_to.replace(tzinfo=None) + timedelta(days=2)
    starts = [localize(moment, zone) for moment in rule.between(lo, hi, inc=True)]
    return [(moment, moment + length) for moment in starts]


def overlaps(start, end, window_from, window_to):
    if is_date(start):
        return start < window_to.date() and end > window_from.date()
    return start < window_to and end > window_from


def main():
    path, window_from, window_to = sys.argv[1], parse_utc(sys.argv[2]), parse_utc(sys.argv[3])
    with open(path, "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    events = list(calendar.walk("VEVENT"))
    changed = {}
    for component in events:
        if component.get("RECURRENCE-ID") is not None:
            changed.setdefault(str(component["UID"]), set()).add(key(component["RECURRENCE-ID"].dt))

    occurrences = []
    for component in events:
        uid, summary = str(component["UID"]), str(component.get("SUMMARY", ""))
        if component.get("RRULE") is not None:
            skip = exdates(component) | changed.get(uid, set())
            spans = [(start, end) for start, end in expand(component, window_from, window_to) if key(start) not in skip]
        else:
            spans = [(component["DTSTART"].dt, component["DTEND"].dt)]
        for start, end in spans:
            if overlaps(start, end, window_from, window_to):
                occurrences.append({"uid": uid, "summary": summary, "start": out(start), "end": out(end)})
    occurrences.sort(key=lambda item: (item["start"], item["uid"]))
    json.dump(occurrences, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
