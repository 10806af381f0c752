"""What may go into the practitioner's own spelling dictionary: one word as it was written.

A word is stored exactly as given or refused, never trimmed or case-folded: "Anna-Lena" and
"anna-lena" are two spellings the practitioner may want told apart. It has no white space and
no control character, and is at most MAX_WORD characters (a pasted paragraph is not a word).
"""

from __future__ import annotations

import re

from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message

MAX_WORD = 100
_NOT_IN_A_WORD = re.compile(r"[\s\x00-\x1f\x7f]")


def check_own_word(value: object, *, field: str = "word") -> str:
    """The word as it will be stored, or InvalidInput naming the field."""
    label = Message("field.own_word")
    if not isinstance(value, str):
        raise InvalidInput("text.not_text", field=field, label=label)
    if not value:
        raise InvalidInput("text.empty", field=field, label=label)
    if len(value) > MAX_WORD:
        raise InvalidInput("text.too_long", field=field, label=label, limit=MAX_WORD)
    if _NOT_IN_A_WORD.search(value):
        raise InvalidInput("own_word.not_one_word", field=field, word=value[:40])
    return value
