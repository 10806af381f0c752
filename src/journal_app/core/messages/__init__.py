"""The one message catalogue: a stable code -> its English and Swedish text.

Every face of the app reads the core's errors from here: the CLI prints `render(code, fields,
"en")`, the window renders in its own language, the PDF in the one it is written in. Nothing
ever translates by reading English text back.

A text names its fields as str.format does (`{path}`, `{count}`, `{value!r}`); both languages
of one entry use the same fields. A field whose value is a `Message` (a field name such as
"The name", a reason such as "the disk is full") is rendered first, in the same language.
Codes are "<area>.<what>": vault., passphrase., disk., damage., text., field., client.,
package., session., note., settings., retention., ivo., erase., privacy., path., backup.,
restore., import., export., pdf., practice., invoice., sie., record., kind., entity., json.,
task., agenda., measure., card., template., phrase., label. (the PDFs' words, read by
export/labels.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from journal_app.core.messages.agenda import AGENDA
from journal_app.core.messages.backup import BACKUP
from journal_app.core.messages.card import CARD
from journal_app.core.messages.cli import CLI
from journal_app.core.messages.damage import DAMAGE
from journal_app.core.messages.export import EXPORT
from journal_app.core.messages.interchange import INTERCHANGE
from journal_app.core.messages.invoicing import INVOICING
from journal_app.core.messages.journal import JOURNAL
from journal_app.core.messages.labels_extract import LABELS_EXTRACT
from journal_app.core.messages.labels_invoice import LABELS_INVOICE
from journal_app.core.messages.labels_journal import LABELS_JOURNAL
from journal_app.core.messages.measures import MEASURES
from journal_app.core.messages.retention import RETENTION
from journal_app.core.messages.spelling import SPELLING
from journal_app.core.messages.templates import TEMPLATES
from journal_app.core.messages.vault import VAULT

__all__ = ["ENGLISH", "LANGUAGES", "MESSAGES", "PLAIN", "SWEDISH", "Message", "message", "render",
           "template"]

ENGLISH = "en"
SWEDISH = "sv"
LANGUAGES = (SWEDISH, ENGLISH)

# A sentence from a caller that does not use codes yet: shown as it is, in every language.
PLAIN = "plain"


def _merged(*parts: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {PLAIN: ("{text}", "{text}")}
    for part in parts:
        clash = out.keys() & part.keys()
        if clash:
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        out.update(part)
    return out


MESSAGES: dict[str, tuple[str, str]] = _merged(
    VAULT, DAMAGE, JOURNAL, RETENTION, BACKUP, EXPORT, INTERCHANGE, LABELS_JOURNAL, LABELS_EXTRACT,
    LABELS_INVOICE, CLI, INVOICING, AGENDA, MEASURES, CARD, TEMPLATES, SPELLING,
)


@dataclass(frozen=True)
class Message:
    """A catalogued text and its fields, not yet in any language. str() is the English."""

    code: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in MESSAGES:
            raise ValueError(f"no message has the code {self.code!r}")

    def render(self, language: str) -> str:
        return render(self.code, self.fields, language)

    def __str__(self) -> str:
        return self.render(ENGLISH)


def message(code: str, **fields: object) -> Message:
    """Message(code, fields) with the fields as keywords: message("field.name")."""
    return Message(code, fields)


class _Fields(dict[str, object]):
    def __missing__(self, key: str) -> str:  # a field the raise forgot: shown, never a crash
        return "{" + key + "}"


def render(code: str, fields: Mapping[str, object], language: str) -> str:
    """The text for `code` in `language` ("sv" or "en"; anything else reads English)."""
    english, swedish = MESSAGES[code]
    template = swedish if language == SWEDISH else english
    values = _Fields({name: value.render(language) if isinstance(value, Message) else value
                      for name, value in fields.items()})
    return template.format_map(values)


def template(code: str, language: str) -> str:
    """The text for `code` in `language` with its fields still in braces, for a caller that
    fills them itself (the PDF's labels: "Sida {page} av {total}")."""
    english, swedish = MESSAGES[code]
    return swedish if language == SWEDISH else english
