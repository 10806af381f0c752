"""The journal PDF's "Journal card" section (PDL 3 kap 6 §), placed before the sessions: each
written part under its heading in the law's order, with who signed it and when, and a
corrected part's earlier texts struck through with when they were signed and replaced, as the
PDF shows a corrected note. A part with nothing written in it is left out.

The layout reuses the journal writer's pieces (export/pdf.py, `JournalWriter`): its text
blocks, its styles and its labels, so a card reads exactly as a note does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Indenter

from journal_app.core.domain.card import CardEntry, CardFields, CardPart, CardRevision
from journal_app.core.domain.models import NoteState
from journal_app.core.messages import template
from journal_app.export.pdf_styles import paragraph

if TYPE_CHECKING:  # (pdf.py imports this module; the writer is only a parameter here)
    from journal_app.export.pdf import JournalWriter

INDENT = 10  # points: earlier texts sit a little to the right, as a note's do


def _label(code: str, writer: JournalWriter) -> str:
    return template(code, writer.labels.language)


def fields_block(writer: JournalWriter, part: CardPart, fields: CardFields, *,
                 strike: bool = False) -> list[Flowable]:
    """One revision's fields: the diagnosis above an assessment's text; a plan's goals,
    planned measures and planned evaluation each under its own words."""
    style = "earlier" if strike else "body"
    base = getattr(writer.styles, style)
    # A field's words stay on the page of what follows them ("Mål" never alone at its foot).
    label_style = ParagraphStyle(f"{base.name}-label", parent=base, keepWithNext=1)
    out: list[Flowable] = []

    def line(markup: str, *, label: bool = False) -> None:
        text = f"<strike>{markup}</strike>" if strike else markup
        out.append(paragraph(text, label_style if label else base))

    if part is CardPart.ASSESSMENT and fields.diagnosis:
        code = writer.text.line(fields.diagnosis)
        line(f"<b>{_label('label.card_diagnosis', writer).format(code=code)}</b>",
             label=fields.text.strip() != "")
    if part is CardPart.PLAN:
        if fields.text.strip():
            line(f"<b>{writer.text.markup(_label('label.card_goals', writer))}</b>", label=True)
            out.extend(writer.text_block(fields.text, style, strike=strike))
        if fields.measures.strip():
            line(f"<b>{writer.text.markup(_label('label.card_measures', writer))}</b>",
                 label=True)
            out.extend(writer.text_block(fields.measures, style, strike=strike))
        if fields.evaluate_on is not None:
            day = writer.labels.date(fields.evaluate_on)
            line(f"<b>{_label('label.card_evaluate_on', writer).format(date=day)}</b>")
        return out
    if fields.text.strip():
        out.extend(writer.text_block(fields.text, style, strike=strike))
    return out


def _by(writer: JournalWriter, revision: CardRevision, text: str) -> str:
    """"Signerad 2026-03-02 10:00, Anna Andersson": the words and who wrote the revision (a
    label ending in a colon keeps it at the end)."""
    if not revision.author.strip():
        return text
    colon = ":" if text.endswith(":") else ""
    return f"{text.removesuffix(':')}, {writer.text.line(revision.author)}{colon}"


def part_block(writer: JournalWriter, entry: CardEntry) -> list[Flowable]:
    labels = writer.labels
    heading = _label(f"label.card_part:{entry.part.value}", writer)
    out: list[Flowable] = [writer.para(writer.text.markup(heading), "h2")]
    if entry.state is NoteState.DRAFT:
        out += fields_block(writer, entry.part, entry.fields)
        saved = f"{labels.draft} – {labels.date_time(entry.current.saved_at)}"
        out.append(writer.para(_by(writer, entry.current, saved), "meta"))
        return out
    # While a correction is open, the signed text is still the valid one.
    shown = entry.revisions[-2] if entry.state is NoteState.CORRECTING else entry.current
    earlier = [r for r in entry.revisions
               if r.superseded_at is not None and r.revision < shown.revision]
    out += fields_block(writer, entry.part, shown.fields)
    when = labels.date_time(shown.signed_at) if shown.signed_at else ""
    meta = (labels.corrected if earlier else labels.signed).format(when=when)
    out.append(writer.para(_by(writer, shown, meta), "meta"))
    if entry.state is NoteState.CORRECTING:
        out.append(writer.para(labels.correcting, "meta"))
    for revision in reversed(earlier):
        label = labels.earlier_version.format(
            signed=labels.date_time(revision.signed_at) if revision.signed_at else labels.empty,
            replaced=labels.date_time(revision.superseded_at) if revision.superseded_at
            else labels.empty)
        # Indenter, not leftIndent: ReportLab strikes wrapped lines from the unindented edge.
        out += [Indenter(left=INDENT),
                writer.para(_by(writer, revision, label), "earlier_label"),
                *fields_block(writer, entry.part, revision.fields, strike=True),
                Indenter(left=-INDENT)]
    return out


def card_section(writer: JournalWriter, entries: Sequence[CardEntry]) -> list[Flowable]:
    """Nothing when no part is written; else the heading and each written part, in order."""
    if not entries:
        return []
    out: list[Flowable] = [writer.para(writer.text.markup(_label("label.card_title", writer)),
                                       "h1")]
    for entry in entries:
        out += part_block(writer, entry)
    return out
