"""One JSON object of a journal-app/1 file (docs/interchange.md) with typed accessors that
refuse a bad field by its path in the file (`clients[3].packages[0].start`), and the refusal
itself. interchange_plan.py and the interchange_<name>.py modules read their records with it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, NoReturn

from journal_app.core.domain.clock import utc_iso
from journal_app.core.domain.text import MAX_FIELD
from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message

_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEARS = range(1900, 2201)


def fail(code: str, at: str, **fields: object) -> NoReturn:
    """Refuse the file: `at` is the record's path in it ("" for the file as a whole), `code`
    one of the record.* details in core/messages/interchange.py."""
    raise InvalidInput("import.refused", where=at or Message("import.the_file"),
                       problem=Message(code, fields))


def show(value: object) -> str:
    """A value quoted for a message: JSON spelling, ASCII only, cut short."""
    text = json.dumps(value, ensure_ascii=True, default=repr)
    return text if len(text) <= 60 else text[:57] + "..."


def kind_of(value: object) -> Message:
    if value is None:
        return Message("kind.null")
    if isinstance(value, bool):
        return Message("kind.true_false")
    if isinstance(value, int | float):
        return Message("kind.number")
    if isinstance(value, str):
        return Message("kind.text")
    return Message("kind.list" if isinstance(value, list) else "kind.object")


class Record:
    """One JSON object of the file, with typed, path-naming accessors for its fields."""

    def __init__(self, value: object, path: str, allowed: frozenset[str]) -> None:
        if not isinstance(value, dict):
            fail("record.not_an_object", path, kind=kind_of(value))
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                fail("record.unknown_field", path, key=show(key),
                     allowed=", ".join(sorted(allowed)))
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def given(self, key: str) -> bool:
        return self.data.get(key) is not None

    def _string(self, key: str, *, required: bool) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                fail("record.required", self.at(key))
            return None
        if not isinstance(value, str):
            fail("record.not_text", self.at(key), kind=kind_of(value))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            fail("record.lone_surrogate", self.at(key))
        return value

    def line(self, key: str, *, required: bool = False, limit: int = MAX_FIELD) -> str:
        """A one-line field: trimmed, bounded, and no control characters at all."""
        text = (self._string(key, required=required) or "").strip()
        if required and not text:
            fail("record.empty", self.at(key))
        if len(text) > limit:
            fail("record.too_long", self.at(key), limit=limit)
        if _LINE_CONTROL.search(text):
            fail("record.control_in_line", self.at(key))
        return text

    def text(self, key: str, *, required: bool = False, limit: int = MAX_FIELD) -> str:
        """Multi-line text: line breaks and tabs kept (CR LF becomes LF), nothing else hidden."""
        raw = self._string(key, required=required) or ""
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > limit:
            fail("record.too_long", self.at(key), limit=limit)
        if _TEXT_CONTROL.search(text):
            fail("record.control_in_text", self.at(key))
        return text

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self.data.get(key)
        if value is None:
            if required:
                fail("record.required", self.at(key))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            fail("record.not_whole_number", self.at(key), kind=kind_of(value))
        if not low <= value <= high:
            fail("record.out_of_range", self.at(key), value=show(value), low=low, high=high)
        return value

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, bool):
            fail("record.not_true_false", self.at(key), kind=kind_of(value))
        return value

    def moment(self, key: str, *, required: bool = False) -> str | None:
        """A timestamp with a time zone, stored as UTC to the second."""
        raw = self._string(key, required=required)
        if raw is None:
            return None
        try:
            value = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            fail("record.not_a_timestamp", self.at(key), value=show(raw))
        if value.tzinfo is None:
            fail("record.no_time_zone", self.at(key), value=show(raw))
        if value.year not in _YEARS:
            fail("record.implausible_year", self.at(key), year=value.year)
        return utc_iso(value)

    def day(self, key: str) -> str:
        raw = self._string(key, required=True) or ""
        try:
            value = dt.date.fromisoformat(raw.strip())
        except ValueError:
            fail("record.not_a_date", self.at(key), value=show(raw))
        if value.year not in _YEARS:
            fail("record.implausible_year", self.at(key), year=value.year)
        return value.isoformat()

    def start(self, key: str) -> str:
        """An appointment: local wall time, to the minute (as core/storage/packages.py keeps it)."""
        raw = self._string(key, required=True) or ""
        if len(raw.strip()) <= len("2026-01-12"):  # a bare date has no time of day
            fail("record.not_a_start", self.at(key), value=show(raw))
        try:
            value = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            fail("record.not_a_start", self.at(key), value=show(raw))
        if value.year not in _YEARS:
            fail("session.implausible_year", self.at(key), year=value.year)
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            fail("record.not_a_list", self.at(key), kind=kind_of(value))
        return value
