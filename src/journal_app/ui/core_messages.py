"""The core's error messages in the person's language.

The core never imports Qt, so it raises JournalError with an English sentence. Here each
raised message is matched against the templates in core_message_catalogue.py (the core's
f-strings with %1, %2 for their fields), translated with QCoreApplication.translate, and its
fields carried over. A field that is itself a catalogued text (a field name such as "The
name", a reason such as "the disk is full") is translated too. A message no template matches
is shown as it is: English is better than nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from journal_app.ui.core_message_catalogue import CONTEXT, TEMPLATES

_PLACEHOLDER = re.compile(r"%(\d)")
_NESTING = 2  # reason inside message inside message is as deep as the core goes


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position:match.start()]))
        number = match.group(1)
        # A field written twice in the template holds the same text both times.
        parts.append(f"(?P=f{number})" if number in seen else f"(?P<f{number}>.+?)")
        seen.add(number)
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # The template with the most fixed text wins, so "Wrong passphrase." beats "Wrong %1.".
    ordered = sorted(TEMPLATES, key=lambda t: (-len(_PLACEHOLDER.sub("", t)), t))
    return tuple((template, _pattern(template)) for template in ordered)


def match_template(message: str) -> tuple[str, dict[str, str]] | None:
    """The catalogue template the message was made from, and its fields by number."""
    for template, pattern in _compiled():
        found = pattern.fullmatch(message)
        if found:
            return template, {name[1:]: value for name, value in found.groupdict().items()}
    return None


def localise(message: str, _depth: int = 0) -> str:
    """`message` (a core error's str()) in the installed language, or unchanged."""
    found = match_template(message)
    if found is None:
        return message
    template, fields = found
    if _depth < _NESTING:
        fields = {number: localise(value, _depth + 1) for number, value in fields.items()}
    translated = QCoreApplication.translate(CONTEXT, template)
    # One pass, so a field whose text holds "%2" is never substituted again.
    return _PLACEHOLDER.sub(lambda m: fields.get(m.group(1), m.group(0)), translated)


def error_text(exc: BaseException) -> str:
    """What a person reads for a core error: str(exc), localised."""
    return localise(str(exc))
