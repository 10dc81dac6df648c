"""Events as iCalendar (.ics) for Outlook and Thunderbird: Europe/Stockholm with a VTIMEZONE."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from icalendar import Calendar
from icalendar import Event as IcsEvent

from asfdesk.db.models import Event
from asfdesk.db.types import STOCKHOLM, utcnow
from asfdesk.i18n import translate


def event_uid(event: Event) -> str:
    """Stable per event, so re-importing an updated file updates the calendar entry."""
    return f"asfdesk-event-{event.id}@asfdesk.local"


def events_to_ics(events: Iterable[Event]) -> bytes:
    """One VCALENDAR with a VEVENT per event. Times keep TZID=Europe/Stockholm.

    Outlook needs the VTIMEZONE block to resolve the TZID, so it is added from the zone data.
    """
    cal = Calendar()
    cal.add("prodid", "-//asfdesk//asfdesk//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = utcnow()
    for event in events:
        item = IcsEvent()
        item.add("uid", event_uid(event))
        item.add("dtstamp", stamp)
        starts = event.starts_at.astimezone(STOCKHOLM)
        ends = (event.ends_at or event.starts_at + timedelta(hours=1)).astimezone(STOCKHOLM)
        item.add("dtstart", starts)
        item.add("dtend", ends)
        item.add("summary", event.title)
        if event.location:
            item.add("location", event.location)
        elif event.online_url:
            item.add("location", event.online_url)
        if event.online_url:
            item.add("url", event.online_url)
        description = [event.description or ""]
        if event.organiser is not None:
            description.append(translate("Export", "Organiser: %1").replace("%1", event.organiser.name))
        text = "\n\n".join(part for part in description if part)
        if text:
            item.add("description", text)
        item.add("categories", [event.kind.label()])
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()
