"""Note templates and phrases: what they are, the built-in templates, and the rules a
practitioner's own ones keep.

A template is headings, each on its own line, with room to write under each; its headings are
its non-blank lines. The built-in ones (the app's standard, SOAP, DAP, BIRP, in Swedish and
English) are constants here and read-only; the practitioner's own live in the vault
(storage/templates.py). A phrase is a text with a short abbreviation that the note editor
expands as it is typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.domain.models import DEFAULT_TEMPLATE_EN, DEFAULT_TEMPLATE_SV
from journal_app.core.domain.text import clean_line, clean_multiline
from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message

MAX_TEMPLATE = 10_000
MAX_TEMPLATE_NAME = 100
MAX_ABBREVIATION = 30
MAX_PHRASE = 10_000
BUILTIN_PREFIX = "builtin-"
# An own template's language of the notes: the app's (""), Swedish or English.
TEMPLATE_LANGUAGES = ("", "sv", "en")


@dataclass(frozen=True)
class NoteTemplate:
    id: str
    name: str
    body: str
    builtin: bool = False
    # The language its notes are written (and spell-checked) in: "sv" or "en"; "" for the
    # app's language (an own template may say either, schema 19; a built-in one always does).
    language: str = ""

    @property
    def headings(self) -> tuple[str, ...]:
        return template_headings(self.body)


@dataclass(frozen=True)
class Phrase:
    id: str
    abbreviation: str
    body: str
    created_at: dt.datetime


@dataclass(frozen=True)
class NoteOrigin:
    """What a note was started from: a template (its id) and its headings as they were then."""

    template_id: str
    headings: tuple[str, ...]


def headings_body(headings: tuple[str, ...]) -> str:
    """A template's text from its headings: each with two blank lines under it."""
    return "".join(f"{heading}\n\n\n" for heading in headings)[:-1]


def headings_in(text: str, known: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The lines of a note that are headings of `known`, in order, each once."""
    found: list[str] = []
    for line in text.split("\n"):
        if line.strip() in known and line.strip() not in found:
            found.append(line.strip())
    return tuple(found)


def template_headings(template: str) -> tuple[str, ...]:
    """A note template's headings, in order: its non-blank lines, spaces trimmed."""
    return tuple(line.strip() for line in template.split("\n") if line.strip())


def _body(*headings: str) -> str:
    """Headings with two blank lines under each, as the app's standard template has."""
    return headings_body(headings)


def _builtin(key: str, language: str, name: str, body: str) -> NoteTemplate:
    return NoteTemplate(f"{BUILTIN_PREFIX}{key}-{language}", name, body, True, language)


BUILTIN_TEMPLATES: tuple[NoteTemplate, ...] = (
    _builtin("standard", "sv", "Standard (svenska)", DEFAULT_TEMPLATE_SV),
    _builtin("soap", "sv", "SOAP (svenska)", _body("Subjektivt", "Objektivt", "Bedömning",
                                                   "Plan")),
    _builtin("dap", "sv", "DAP (svenska)", _body("Data", "Bedömning", "Plan")),
    _builtin("birp", "sv", "BIRP (svenska)", _body("Beteende", "Insats", "Respons", "Plan")),
    _builtin("standard", "en", "Standard (English)", DEFAULT_TEMPLATE_EN),
    _builtin("soap", "en", "SOAP (English)", _body("Subjective", "Objective", "Assessment",
                                                   "Plan")),
    _builtin("dap", "en", "DAP (English)", _body("Data", "Assessment", "Plan")),
    _builtin("birp", "en", "BIRP (English)", _body("Behavior", "Intervention", "Response",
                                                   "Plan")),
)
BUILTIN_BY_ID = {t.id: t for t in BUILTIN_TEMPLATES}
STANDARD_SV = "builtin-standard-sv"
STANDARD_EN = "builtin-standard-en"
STANDARD_BY_LANGUAGE = {"sv": STANDARD_SV, "en": STANDARD_EN}


def check_template(name: str, body: str) -> tuple[str, str]:
    """An own template's name (one line, required) and body (at least one heading)."""
    clean = clean_line(name, field=Message("field.template_name"), required=True,
                       limit=MAX_TEMPLATE_NAME)
    text = clean_multiline(body, field=Message("field.template_body"), limit=MAX_TEMPLATE)
    if not template_headings(text):
        raise InvalidInput("template.no_headings")
    return clean, text


def check_template_language(language: object) -> str:
    """An own template's language of the notes, stored as given or refused: "", "sv", "en"."""
    if not isinstance(language, str) or language not in TEMPLATE_LANGUAGES:
        raise InvalidInput("template.language", value=repr(language)[:40])
    return language


def check_phrase(abbreviation: str, body: str) -> tuple[str, str]:
    """A phrase's abbreviation (letters and digits only: a space or punctuation after it is
    what expands it) and its text (required). Stored as typed or refused."""
    field = Message("field.phrase_abbreviation")
    if not isinstance(abbreviation, str):
        raise InvalidInput("text.not_text", label=field)
    if not abbreviation.strip():
        raise InvalidInput("text.empty", label=field)
    if any(c.isspace() for c in abbreviation):
        raise InvalidInput("phrase.abbreviation_space")
    if len(abbreviation) > MAX_ABBREVIATION:
        raise InvalidInput("text.too_long", label=field, limit=MAX_ABBREVIATION)
    if not all(c.isalnum() for c in abbreviation):
        raise InvalidInput("phrase.abbreviation_characters")
    text = clean_multiline(body, field=Message("field.phrase_text"), limit=MAX_PHRASE)
    if not text.strip():
        raise InvalidInput("text.empty", label=Message("field.phrase_text"))
    return abbreviation, text
