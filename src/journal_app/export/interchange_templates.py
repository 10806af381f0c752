"""The interchange file's templates and phrases (docs/interchange.md, "templates"): the
practitioner's own note templates, the default template's id, the phrases, and for every note
the template it was started from with that template's headings as they were.

On import each record is checked first (path-naming refusals, as interchange_plan.py) and
nothing is written unless all are sound. Templates, phrases and the default go into an empty
vault only, as the settings do (a vault in use keeps its own; one it already has, by id or
abbreviation, stays as it is); the notes' origins come with the notes. A file from before
templates (only `settings.note_template`) makes that text the default template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.domain.templates import (
    BUILTIN_BY_ID,
    MAX_ABBREVIATION,
    MAX_PHRASE,
    MAX_TEMPLATE,
    MAX_TEMPLATE_NAME,
    TEMPLATE_LANGUAGES,
    NoteTemplate,
    Phrase,
    check_phrase,
    check_template,
    template_headings,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.importer import ClientPlan
from journal_app.export.interchange_record import Record, fail, kind_of, show

TEMPLATES_KEYS = frozenset({"default", "own", "phrases", "origins"})
TEMPLATE_KEYS = frozenset({"id", "name", "body", "language"})
PHRASE_KEYS = frozenset({"id", "abbreviation", "text", "created_at"})
ORIGIN_KEYS = frozenset({"note_id", "template_id", "headings"})


@dataclass(frozen=True)
class TemplatesPlan:
    own: tuple[NoteTemplate, ...]
    default: str | None  # None: the file names none (or the vault keeps its own)
    phrases: tuple[Phrase, ...]
    origins: tuple[tuple[str, str, str], ...]


def templates_out(journal: Journal) -> dict[str, Any]:
    own, default, phrases, origins = journal.all_templates()
    return {
        "default": default,
        "own": [{"id": t.id, "name": t.name, "body": t.body, "language": t.language}
                for t in own],
        "phrases": [{"id": p.id, "abbreviation": p.abbreviation, "text": p.body,
                     "created_at": utc_iso(p.created_at)} for p in phrases],
        "origins": [{"note_id": n, "template_id": t, "headings": h.split("\n") if h else []}
                    for n, t, h in origins],
    }


def _checked(at: str, check: Any, *values: str) -> Any:
    try:
        return check(*values)
    except InvalidInput as refused:
        fail("record.template_refused", at, reason=refused.message)


def _own(top: Record) -> dict[str, NoteTemplate]:
    own: dict[str, NoteTemplate] = {}
    for n, item in enumerate(top.items("own")):
        r = Record(item, f"templates.own[{n}]", TEMPLATE_KEYS)
        template_id = r.line("id", required=True, limit=64)
        if template_id in own or template_id in BUILTIN_BY_ID:
            fail("record.template_twice", r.at("id"), value=show(template_id))
        name, body = _checked(r.path, check_template, r.line("name", limit=MAX_TEMPLATE_NAME),
                              r.text("body", required=True, limit=MAX_TEMPLATE))
        own[template_id] = NoteTemplate(template_id, name, body, language=_language(r))
    return own


def _language(r: Record) -> str:
    """An own template's language of the notes: absent (a file from before schema 19) is the
    app's language, ""; anything but "", "sv" or "en" is refused, never guessed at."""
    language = r.data.get("language")
    if language is None:  # as every optional field of the file: null is absent
        return ""
    if language not in TEMPLATE_LANGUAGES:
        fail("record.not_one_of", r.at("language"), value=show(language),
             allowed=", ".join(show(code) for code in TEMPLATE_LANGUAGES))
    return str(language)


def _phrases(top: Record) -> list[Phrase]:
    phrases: list[Phrase] = []
    for n, item in enumerate(top.items("phrases")):
        r = Record(item, f"templates.phrases[{n}]", PHRASE_KEYS)
        abbreviation, text = _checked(
            r.path, check_phrase, r.text("abbreviation", required=True, limit=MAX_ABBREVIATION),
            r.text("text", required=True, limit=MAX_PHRASE))
        if any(p.abbreviation == abbreviation for p in phrases):
            fail("record.phrase_twice", r.at("abbreviation"), value=show(abbreviation))
        phrases.append(Phrase(r.line("id", required=True, limit=64), abbreviation, text,
                              parse_utc(r.moment("created_at", required=True) or "")))
    return phrases


def templates_plan(document: Mapping[str, Any], clients: tuple[ClientPlan, ...], *,
                   vault_empty: bool) -> TemplatesPlan:
    raw = document.get("templates")
    if raw is None:
        return TemplatesPlan((), None, (), ())
    top = Record(raw, "templates", TEMPLATES_KEYS)
    own, phrases = _own(top), _phrases(top)
    default = top.line("default", limit=64) or None
    if default is not None and default not in own and default not in BUILTIN_BY_ID:
        fail("record.template_default_unknown", top.at("default"), value=show(default))
    notes = {s.note.id for c in clients for p in c.packages for s in p.sessions
             if s.note is not None}
    origins: list[tuple[str, str, str]] = []
    for n, item in enumerate(top.items("origins")):
        r = Record(item, f"templates.origins[{n}]", ORIGIN_KEYS)
        note_id = r.line("note_id", required=True, limit=64)
        if note_id not in notes:
            fail("record.origin_unknown_note", r.at("note_id"), value=show(note_id))
        lines = r.items("headings")
        for bad in (h for h in lines if not isinstance(h, str)):
            fail("record.not_text", r.at("headings"), kind=kind_of(bad))
        headings = "\n".join(template_headings("\n".join(lines)))
        if len(headings) > MAX_TEMPLATE:
            fail("record.too_long", r.at("headings"), limit=MAX_TEMPLATE)
        origins.append((note_id, r.line("template_id", required=True, limit=64), headings))
    if not vault_empty:
        return TemplatesPlan((), None, (), tuple(origins))
    return TemplatesPlan(tuple(own.values()), default, tuple(phrases), tuple(origins))
