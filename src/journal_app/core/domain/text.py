"""Checks on text that comes from a person or a file, before it reaches the database."""

from __future__ import annotations

import re

from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message

MAX_NAME = 200
MAX_FIELD = 2_000
MAX_NOTE = 16 * 1024 * 1024  # a pasted 10 MB text still fits

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(
    value: str, *, field: Message, required: bool = False, limit: int = MAX_FIELD
) -> str:
    """A one-line field: trimmed, no control characters, bounded. `field` is its field.* name."""
    if not isinstance(value, str):
        raise InvalidInput("text.not_text", label=field)
    text = value.strip()
    if required and not text:
        raise InvalidInput("text.empty", label=field)
    if len(text) > limit:
        raise InvalidInput("text.too_long", label=field, limit=limit)
    if _CONTROL.search(text):
        raise InvalidInput("text.control_in_line", label=field)
    return text


def clean_multiline(value: str, *, field: Message, limit: int = MAX_FIELD) -> str:
    if not isinstance(value, str):
        raise InvalidInput("text.not_text", label=field)
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise InvalidInput("text.too_long", label=field, limit=limit)
    if _NOTE_CONTROL.search(text):
        raise InvalidInput("text.control_in_text", label=field)
    return text


def clean_note(value: str) -> str:
    """Note text keeps every line break and tab; other control characters (a stray NUL from a
    paste) are dropped rather than refusing a note someone is in the middle of writing."""
    if not isinstance(value, str):
        raise InvalidInput("note.not_text")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_NOTE:
        raise InvalidInput("note.too_long", millions=MAX_NOTE // (1024 * 1024))
    return _NOTE_CONTROL.sub("", text)
