"""Dates, times and small labels shown to a person.

Every date reads the same in every language and country: ISO 8601, `2026-12-04`, and
`2026-12-04 14:30` with a 24-hour time. A locale's short format is ambiguous (04/12/2026 is
April in the US and December in the UK); the backups and the PDFs use the ISO form too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QKeySequence

from journal_app.core.domain.models import NoteState, SessionStatus

DATE_PATTERN = "yyyy-MM-dd"  # also for QDateEdit.setDisplayFormat
TIME_PATTERN = "HH:mm"
DATE_TIME_PATTERN = f"{DATE_PATTERN} {TIME_PATTERN}"


def _local(moment: dt.datetime) -> dt.datetime:
    """Stored instants are UTC; appointment times are naive local wall times."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    m = _local(moment)
    return QDateTime(QDate(m.year, m.month, m.day), QTime(m.hour, m.minute, m.second))


def _c_locale() -> QLocale:
    # The C locale writes ASCII digits whatever the practitioner's locale is.
    return QLocale.c()


def format_datetime(moment: dt.datetime) -> str:
    """`2026-12-04 14:30`."""
    return _c_locale().toString(to_qdatetime(moment), DATE_TIME_PATTERN)


def format_date(day: dt.date) -> str:
    """`2026-12-04`."""
    return _c_locale().toString(QDate(day.year, day.month, day.day), DATE_PATTERN)


def format_time(moment: dt.datetime) -> str:
    """`14:30`."""
    m = _local(moment)
    return _c_locale().toString(QTime(m.hour, m.minute), TIME_PATTERN)


def status_text(status: SessionStatus) -> str:
    return {
        SessionStatus.PLANNED: QCoreApplication.translate("Status", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("Status", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
        SessionStatus.LATE_CANCELLED: QCoreApplication.translate("Status", "Late cancellation"),
        SessionStatus.NO_SHOW: QCoreApplication.translate("Status", "No-show"),
    }[status]


def note_state_text(state: NoteState | None) -> str:
    if state is None:
        return QCoreApplication.translate("Status", "No note")
    return {
        NoteState.DRAFT: QCoreApplication.translate("Status", "Draft"),
        NoteState.SIGNED: QCoreApplication.translate("Status", "Signed"),
        NoteState.CORRECTING: QCoreApplication.translate("Status", "Being corrected"),
    }[state]


def progress_text(counted: int, total: int) -> str:
    """'3 of 5' (Swedish: '3 av 5')."""
    return QCoreApplication.translate("Status", "%1 of %2").replace("%1", str(counted)).replace(
        "%2", str(total)
    )


def identity_reason(code: str, text: str) -> str:
    """A translated reason for a refused identity number, from the core's stable code."""
    digits = sum(ch.isdigit() for ch in text)
    if code == "length":
        return QCoreApplication.translate(
            "Identity", "A personnummer has 10 or 12 digits; this has %1.").replace("%1", str(digits))
    reasons = {
        "characters": QCoreApplication.translate(
            "Identity", "Only digits and one '-' or '+' are allowed."),
        "separator": QCoreApplication.translate(
            "Identity", "Put the '-' just before the last four digits."),
        "century": QCoreApplication.translate("Identity", "The year of birth is not plausible."),
        "future": QCoreApplication.translate("Identity", "The date of birth is in the future."),
        "birth_number": QCoreApplication.translate(
            "Identity", "The birth number (the three digits after the date) runs from 001 to 999."),
        "date": QCoreApplication.translate(
            "Identity", "The date part is not a real date (year, month, day)."),
        "checksum": QCoreApplication.translate(
            "Identity", "The check digit (the last digit) does not match; look for a typo."),
    }
    fallback = QCoreApplication.translate("Identity", "This is not a valid identity number.")
    return reasons.get(code, fallback)


def key_text(keys: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A shortcut as this platform writes it ("Ctrl+F", on a Mac "⌘F"), for a text that names
    it: a hint never tells a Mac user to press Ctrl."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
