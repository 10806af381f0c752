"""The facade's agenda: planned sessions across all clients for a day or a week, Swedish
public holidays, and what the calendar feed may say (the events, decided here; the .ics file
itself is written by export/calendar_feed.py).

A mixin of `Journal` (facade.py), like reads.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from journal_app.core.domain.agenda import (
    Agenda,
    AgendaSettings,
    NamesInFeed,
    initials,
    swedish_holidays,
)
from journal_app.core.domain.clock import Clock
from journal_app.core.journal.changes import AgendaSettingsChange, ChangeKind
from journal_app.core.retention.policy import today
from journal_app.core.storage.repositories import Repositories

# Sessions are naive local times; the feed covers the planned ones from today on, to this day.
_FEED_END = dt.date(9999, 12, 31)


@dataclass(frozen=True)
class FeedEvent:
    """One calendar event as the feed writes it: nothing here but what the settings allow."""

    uid: str
    summary: str
    start: dt.datetime  # local wall-clock time, naive
    minutes: int


class JournalAgenda:
    repos: Repositories
    clock: Clock

    def agenda(self, first_day: dt.date, days: int = 7, *, language: str = "sv") -> Agenda:
        """Planned sessions starting on first_day and the days - 1 days after it."""
        end = first_day + dt.timedelta(days=days)
        entries = tuple(self.repos.agenda.planned(first_day, end))
        holidays = swedish_holidays(first_day, end - dt.timedelta(days=1), language)
        return Agenda(first_day=first_day, days=days, entries=entries, holidays=holidays)

    def agenda_settings(self) -> AgendaSettings:
        return self.repos.agenda.settings()

    def update_agenda_settings(self, *, event_word: str | None = None,
                               duration_minutes: int | None = None,
                               names: NamesInFeed | str | None = None,
                               show_after_unlock: bool | None = None) -> AgendaSettingsChange:
        settings = self.repos.agenda.update(event_word=event_word,
                                            duration_minutes=duration_minutes, names=names,
                                            show_after_unlock=show_after_unlock)
        return AgendaSettingsChange(kind=ChangeKind.AGENDA_SETTINGS_UPDATED, settings=settings)

    def feed_events(self, from_day: dt.date | None = None) -> tuple[FeedEvent, ...]:
        """The planned sessions from from_day (default today) on, as the feed's events. The
        summary is the practitioner's word, with the client's initials or name only when the
        settings say so; the UID is a keyed hash of the session's id, the same every export."""
        settings = self.agenda_settings()
        key = self.repos.agenda.uid_key()
        entries = self.repos.agenda.planned(from_day or today(self.clock), _FEED_END)
        events = []
        for entry in entries:
            summary = settings.event_word
            if settings.names is NamesInFeed.INITIALS:
                summary = f"{summary} {initials(entry.client_name)}"
            elif settings.names is NamesInFeed.NAMES:
                summary = f"{summary} {entry.client_name}"
            digest = hmac.new(key, entry.session_id.encode(), hashlib.sha256).hexdigest()
            events.append(FeedEvent(uid=f"{digest[:32]}@journal-app", summary=summary,
                                    start=entry.start, minutes=settings.duration_minutes))
        return tuple(events)
