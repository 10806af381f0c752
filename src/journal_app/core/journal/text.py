"""Checks on text that comes from a person or a file, before it reaches the database."""

from __future__ import annotations

import re

from journal_app.core.errors import InvalidInput

MAX_NAME = 200
MAX_FIELD = 2_000
MAX_NOTE = 16 * 1024 * 1024  # a pasted 10 MB text still fits

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(value: str, *, field: str, required: bool = False, limit: int = MAX_FIELD) -> str:
    """A one-line field: trimmed, no control characters, bounded."""
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text.")
    text = value.strip()
    if required and not text:
        raise InvalidInput(f"{field} must not be empty.")
    if len(text) > limit:
        raise InvalidInput(f"{field} is longer than {limit} characters.")
    if _CONTROL.search(text):
        raise InvalidInput(f"{field} contains control characters (such as a line break or NUL).")
    return text


def clean_multiline(value: str, *, field: str, limit: int = MAX_FIELD) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text.")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise InvalidInput(f"{field} is longer than {limit} characters.")
    if _NOTE_CONTROL.search(text):
        raise InvalidInput(f"{field} contains control characters other than line breaks and tabs.")
    return text


def clean_note(value: str) -> str:
    """Note text keeps every line break and tab; other control characters (a stray NUL from a
    paste) are dropped rather than refusing a note someone is in the middle of writing."""
    if not isinstance(value, str):
        raise InvalidInput("The note must be text.")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE // (1024 * 1024)} million characters.")
    return _NOTE_CONTROL.sub("", text)
