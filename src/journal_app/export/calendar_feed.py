"""The calendar feed: planned sessions as an iCalendar file (RFC 5545) for the phone.

The core decides what each event says (core/journal/agenda.py, `feed_events`): by default the
practitioner's word ("Session"), the time and the length, never the client. The `icalendar`
library writes the text (folding, escaping, line endings). Times are floating local times
(RFC 5545 3.3.5, form 1), as the vault stores them: the phone shows them at the same wall-clock
time. Each event's UID is stable, so importing a later export updates the events it already has.
The file is plaintext outside the vault: written atomically, readable by the owner only, and
the access log records the export (how many events, whether names went with them; no names).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal_app import __version__
from journal_app.core.files.atomic import write_atomic
from journal_app.core.journal.agenda import FeedEvent
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action

PRODID = f"-//journal-app//Agenda {__version__}//EN"


def calendar_bytes(events: tuple[FeedEvent, ...], stamp: dt.datetime) -> bytes:
    """The .ics text of the events. stamp: when the file was made (UTC), every DTSTAMP."""
    from icalendar import Calendar, Event  # on first use: only an export pays for it

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("dtstart", item.start)
        event.add("dtend", item.start + dt.timedelta(minutes=item.minutes))
        event.add("summary", item.summary)
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_calendar(journal: Journal, path: Path, *, from_day: dt.date | None = None) -> int:
    """Write the planned sessions from from_day (default today) on to path; returns how many."""
    events = journal.feed_events(from_day)
    data = calendar_bytes(events, journal.clock.now())
    write_atomic(Path(path), data, mode=0o600)
    names = journal.agenda_settings().names
    journal.audit.append(Action.EXPORT_CALENDAR, None, f"events={len(events)} names={names}")
    return len(events)
