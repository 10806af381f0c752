"""The agenda: planned sessions across all clients for a day or a week, Swedish public
holidays, and the settings of the calendar feed (what an exported event may say)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_EVENT_WORD = "Session"
DEFAULT_DURATION_MINUTES = 50
MAX_EVENT_WORD = 40
DURATION_RANGE = (5, 600)


class NamesInFeed(StrEnum):
    """What an exported event says about the client. Anything but NONE leaves the vault in a
    plaintext file on the phone and in its cloud: the practitioner turns it on knowingly."""

    NONE = "none"
    INITIALS = "initials"
    NAMES = "names"


@dataclass(frozen=True)
class AgendaSettings:
    event_word: str = DEFAULT_EVENT_WORD
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    names: NamesInFeed = NamesInFeed.NONE
    show_after_unlock: bool = False


@dataclass(frozen=True)
class AgendaEntry:
    """One planned session as the agenda shows it."""

    session_id: str
    start: dt.datetime  # local wall-clock time, naive (as sessions are stored)
    client_id: str
    client_name: str
    package_id: str
    package_name: str
    sessions_counted: int  # held (and late-cancelled when they count) in the package so far
    sessions_total: int
    unsigned_earlier: int  # the client's held sessions before this one whose note is unsigned


@dataclass(frozen=True)
class Agenda:
    first_day: dt.date
    days: int
    entries: tuple[AgendaEntry, ...]
    holidays: dict[dt.date, str]  # Swedish public holidays in the span, by their name

    @property
    def dates(self) -> tuple[dt.date, ...]:
        return tuple(self.first_day + dt.timedelta(days=n) for n in range(self.days))

    def on(self, day: dt.date) -> tuple[AgendaEntry, ...]:
        return tuple(e for e in self.entries if e.start.date() == day)


def week_of(day: dt.date) -> dt.date:
    """The Monday of the day's week (ISO weeks, as Swedish calendars count them)."""
    return day - dt.timedelta(days=day.weekday())


def initials(name: str) -> str:
    """'Åsa Maria Öberg' -> 'Å. M. Ö.'"""
    return " ".join(f"{part[0]}." for part in name.split() if part)


def swedish_holidays(first: dt.date, last: dt.date, language: str = "sv") -> dict[dt.date, str]:
    """Sweden's public holidays between first and last (inclusive), named in the language,
    from the `holidays` package (kept up to date upstream; no network)."""
    import holidays  # imported on first use: the agenda, not every start, pays for it

    years = range(first.year, last.year + 1)
    table = holidays.country_holidays("SE", years=years, language="sv" if language == "sv"
                                      else "en_US")
    return {day: str(name) for day, name in sorted(table.items()) if first <= day <= last}
