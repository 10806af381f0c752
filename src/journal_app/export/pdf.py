"""A client's journal as a PDF: the copy a client takes home (PDL 8 kap 2 §, GDPR art. 15).

    export_journal_pdf(journal, client_id, out, language="sv", password=None) -> ExportResult

renders the whole journal in memory with ReportLab platypus, writes it to a hidden temp file in
the target's own folder, renames it into place, and records an EXPORT_PDF entry in the access
log (the client's random id and the page count; never a name). Nothing else touches the disk.

The document: a title block (practice, who keeps the journal, client, identity number, date of
issue; pdf_title.py), the journal
card (PDL 3 kap 6 §, pdf_card.py), the packages,
the outcome measures (a chart and a table each, pdf_measures.py), then every session of every
package in order with its date, time and status, and the note.
Signed notes say when they were signed; a corrected note shows each earlier text struck
through with when it was signed and replaced. A note's template headings (those of the
template it was started from, or of every template for a note from before that was recorded)
are set as headings, and one with nothing written under it is left out. Every page says
"Sida 1 av 3" / "Page 1 of 3".
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Indenter, Paragraph, Spacer, Table

from journal_app.core.domain.card import CardEntry
from journal_app.core.domain.measures import MeasureSeries
from journal_app.core.domain.models import Client, Note, NoteRevision, NoteState, Package, Session
from journal_app.core.domain.models import SessionStatus as Status
from journal_app.core.files.atomic import write_atomic
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.export.fonts import REGULAR, TextCleaner, has_rtl, register_fonts, split_long_line
from journal_app.export.labels import Labels, labels_for
from journal_app.export.pdf_card import card_section
from journal_app.export.pdf_measures import measures_section
from journal_app.export.pdf_styles import (
    MUTED_HEX,
    DocInfo,
    PageDecor,
    Rendered,
    Styles,
    content_width,
    make_styles,
    paragraph,
    render,
    table_style,
)
from journal_app.export.pdf_title import title_block

MAX_LINE = 3_000  # characters per Paragraph; longer lines are split at spaces
INDENT = 10  # points: earlier versions of a corrected note sit a little to the right
GAP = 0.6  # a blank line in a note, in lines of its style's leading


@dataclass(frozen=True)
class JournalData:
    """Everything one client's journal PDF shows, read in one go."""

    practice_name: str
    client: Client
    packages: tuple[Package, ...]
    sessions: tuple[Session, ...]
    notes: dict[str, Note]  # by session id
    issued: dt.datetime
    headings: tuple[str, ...] = ()  # every template's headings: a note without an origin
    origins: dict[str, tuple[str, ...]] | None = None  # by note id: its template's headings
    measures: tuple[MeasureSeries, ...] = ()  # one chart and table each (pdf_measures.py)
    card: tuple[CardEntry, ...] = ()  # the journal card's written parts (pdf_card.py)
    practitioner: str = ""  # who keeps the journal, "name, title" (PDL 3 kap 10 §)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    replaced: str  # code points replaced by a visible mark ("" when none)


def load_journal(journal: Journal, client_id: str) -> JournalData:
    with journal.db.read():  # one consistent view, even while the GUI thread writes
        client = journal.clients.get(client_id)
        settings = journal.settings.load()
        return JournalData(
            practice_name=settings.practice_name,
            practitioner=settings.practitioner,
            client=client,
            packages=tuple(journal.packages.for_client(client_id)),
            sessions=tuple(journal.packages.sessions(client_id=client_id)),
            notes={note.session_id: note for note in journal.notes.for_client(client_id)},
            issued=journal.clock.now(),
            headings=tuple(sorted(journal.repos.templates.known_headings())),
            origins=journal.repos.templates.origins_of_client(client_id),
            measures=tuple(journal.measure_series(client_id)),
            card=journal.journal_card(client_id).written,
        )


def without_empty_headings(body: str, headings: Iterable[str]) -> str:
    """`body` without the template headings that have nothing written under them before
    the next heading or the end (the blank lines they stood on go with them). A line counts
    as a heading only when it is exactly one, spaces aside; every other line is kept."""
    known = _stripped(tuple(headings))
    if not known:
        return body
    lines = body.split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip() in known]
    if not starts:
        return body
    dropped: set[int] = set()
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        if not "".join(lines[start + 1:end]).strip():  # nothing but spaces under it
            dropped.update(range(start, end))
    if not dropped:
        return body
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped)


@functools.lru_cache(maxsize=64)  # a journal has a few templates and a thousand notes
def _stripped(headings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(h.strip() for h in headings if h.strip())


class JournalWriter:
    """Builds the flowables of a journal; the register extract reuses its parts."""

    def __init__(self, data: JournalData, labels: Labels) -> None:
        self.data = data
        self.labels = labels
        self.text = TextCleaner(register_fonts())
        self.styles: Styles = make_styles()
        self._gapped: dict[tuple[str, int], ParagraphStyle] = {}
        self._known: dict[tuple[str, ...], frozenset[str]] = {}  # cleaned headings, by template

    # Pieces ---------------------------------------------------------------------------------

    def para(self, markup: str, style_name: str = "body") -> Paragraph:
        return paragraph(markup, getattr(self.styles, style_name))

    def identity_line(self) -> str:
        client = self.data.client
        if not client.id_number:
            return ""
        kind = self.labels.identity.get(client.id_kind or "", self.labels.identity_generic)
        return f"{kind} {self.text.line(client.id_number)}"

    def title_block(self, title: str) -> list[Flowable]:
        return title_block(self, title)  # pdf_title.py

    def decor(self, title: str) -> PageDecor:
        labels, data = self.labels, self.data
        right = f"{title} – {self.text.clean(data.client.name)}"
        if data.client.id_number:
            right += f", {self.text.clean(data.client.id_number)}"
        return PageDecor(
            header_left=self.text.display(self.text.clean(data.practice_name).replace("\n", " ")),
            header_right=self.text.display(right.replace("\n", " ")),
            footer_left=labels.issued.format(date=labels.date(data.issued.astimezone().date())),
            page_of=labels.page_of,
        )

    def info(self, title: str, subject: str) -> DocInfo:
        return DocInfo(
            title=f"{title} – {self.text.clean(self.data.client.name)}",
            author=self.text.clean(self.data.practitioner.strip() or self.data.practice_name),
            subject=subject, language=self.labels.language,
        )

    def replaced_notice(self) -> list[Flowable]:
        if not self.text.replaced:
            return []
        note = self.labels.replaced_note.format(
            scripts=self.labels.script_names(self.text.scripts()), mark="\ufffd",
            codes=self.text.codes())
        return [self.para(self.text.markup(note), "notice")]

    def text_block(self, body: str, style_name: str = "body", *, strike: bool = False,
                   headings: Iterable[str] = ()) -> list[Flowable]:
        """A note's text, one Paragraph per line so a 10,000-line note splits across pages
        cheaply. A blank line becomes a gap, as the writer typed it: space before the next
        line rather than a Spacer of its own (fewer flowables to lay out, and no gap
        left at the top of a page). A line that is one of `headings` is set as a heading."""
        style = getattr(self.styles, style_name)
        heading_style = self.styles.earlier_heading if strike else self.styles.note_heading
        known = self.known_headings(headings)
        out: list[Flowable] = []
        blanks = 0
        text = self.text.clean(body)
        # A text without right-to-left letters has none in any line: no need to look again.
        rtl = None if has_rtl(text) else False
        for line in text.rstrip("\n").split("\n"):
            if not (stripped := line.strip()):
                blanks += 1
                continue
            line_style = heading_style if stripped in known else style
            for piece in split_long_line(line, MAX_LINE):
                markup = self.text.markup(piece)
                out.append(paragraph(f"<strike>{markup}</strike>" if strike else markup,
                                     self.gapped(line_style, blanks), rtl=rtl))
                blanks = 0
        if blanks:  # trailing blank lines (spaces only) keep their gap before what follows
            out.append(Spacer(0, style.leading * GAP * blanks))
        return out

    def known_headings(self, headings: Iterable[str]) -> frozenset[str]:
        """`headings` cleaned, spaces aside, as text_block compares lines; once per template."""
        key = tuple(headings)
        if (found := self._known.get(key)) is None:
            found = self._known[key] = frozenset(self.text.clean(h).strip() for h in key)
        return found

    def note_headings(self, note: Note) -> tuple[str, ...]:
        """The headings of the template the note was started from, else of every template."""
        origins = self.data.origins or {}
        return origins.get(note.id, self.data.headings)

    def written(self, body: str, note: Note) -> str:
        """What the practitioner wrote: the template's unfilled headings left out."""
        return without_empty_headings(body, self.note_headings(note))

    def gapped(self, style: ParagraphStyle, blanks: int) -> ParagraphStyle:
        """`style` with the gap of `blanks` blank lines before it; made once per document."""
        if not blanks:
            return style
        key = (style.name, blanks)
        if (found := self._gapped.get(key)) is None:
            found = self._gapped[key] = ParagraphStyle(
                f"{style.name}-gap{blanks}", parent=style,
                spaceBefore=style.spaceBefore + style.leading * GAP * blanks)
        return found

    # Sections -------------------------------------------------------------------------------

    def packages_table(self) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [self.para(labels.packages, "h1")]
        if not self.data.packages:
            return [*out, self.para(labels.no_packages)]
        head = [self.para(text, "cell_head") for text in
                (labels.package, labels.purchased, labels.sessions, labels.state)]
        rows: list[list[Flowable]] = [head]
        for package in self.data.packages:
            rows.append([
                self.para(self.text.line(package.name), "cell"),
                self.para(labels.date(package.purchased), "cell"),
                self.para(labels.sessions_held.format(counted=package.sessions_counted,
                                                      total=package.sessions_total), "cell"),
                self.para(self.package_state(package), "cell"),
            ])
        width = content_width()
        table = Table(rows, colWidths=[width * 0.34, width * 0.22, width * 0.2, width * 0.24],
                      repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        return [*out, table]

    def package_state(self, package: Package) -> str:
        if package.completed_at is None:
            return self.labels.package_open
        return self.labels.package_completed.format(
            when=self.labels.date(package.completed_at.astimezone().date()))

    def sessions_section(self) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [self.para(labels.sessions, "h1")]
        by_package: dict[str, list[Session]] = {}
        for session in self.data.sessions:
            by_package.setdefault(session.package_id, []).append(session)
        for package in self.data.packages:
            sessions = by_package.get(package.id, [])
            out.append(self.para(self.text.line(package.name), "h2"))
            summary = " · ".join((
                f"{labels.purchased} {labels.date(package.purchased)}",
                labels.sessions_held.format(counted=package.sessions_counted,
                                            total=package.sessions_total),
                self.package_state(package),
            ))
            out.append(self.para(summary, "small"))
            if not sessions:
                out.append(self.para(labels.no_sessions, "meta"))
            for session in sessions:
                out.extend(self.session_block(session))
        return out

    def session_block(self, session: Session) -> list[Flowable]:
        labels = self.labels
        status = labels.status_name(str(session.status))
        heading = (f"{labels.date_time(session.start)}"
                   f"<font name='{REGULAR}' color='{MUTED_HEX}'>"
                   f"\u2003{status}</font>")
        out: list[Flowable] = [self.para(heading, "session")]
        note = self.data.notes.get(session.id)
        if note is None:
            if session.status is Status.HELD:
                out.append(self.para(labels.no_note, "meta"))
            return out
        out.extend(self.note_block(note))
        return out

    def note_block(self, note: Note) -> list[Flowable]:
        labels = self.labels
        if note.state is NoteState.DRAFT:
            return [*self.text_block(self.written(note.text, note),
                                     headings=self.note_headings(note)),
                    self.para(labels.draft, "meta")]
        # While a correction is open, the signed text is still the valid one.
        shown = note.revisions[-2] if note.state is NoteState.CORRECTING else note.current
        earlier = [r for r in note.revisions if r.superseded_at is not None
                   and r.revision < shown.revision]
        out = self.text_block(self.written(shown.body, note), headings=self.note_headings(note))
        signed = labels.date_time(shown.signed_at) if shown.signed_at else ""
        meta = (labels.corrected if earlier else labels.signed).format(when=signed)
        out.append(self.para(meta, "meta"))
        if note.state is NoteState.CORRECTING:
            out.append(self.para(labels.correcting, "meta"))
        for revision in reversed(earlier):
            out.extend(self.earlier_block(revision, note))
        return out

    def earlier_block(self, revision: NoteRevision, note: Note) -> list[Flowable]:
        labels = self.labels
        label = labels.earlier_version.format(
            signed=labels.date_time(revision.signed_at) if revision.signed_at else labels.empty,
            replaced=labels.date_time(revision.superseded_at) if revision.superseded_at
            else labels.empty,
        )
        # Indenter, not leftIndent: ReportLab strikes wrapped lines from the unindented edge.
        return [Indenter(left=INDENT), self.para(label, "earlier_label"),
                *self.text_block(self.written(revision.body, note), "earlier", strike=True,
                                 headings=self.note_headings(note)),
                Indenter(left=-INDENT)]

    def journal_body(self) -> list[Flowable]:
        return [*card_section(self, self.data.card), *self.packages_table(),
                *measures_section(self.data.measures, self.styles, self.labels.language),
                *self.sessions_section()]


def assemble(writer: JournalWriter, title: str, body: Iterable[Flowable]) -> list[Flowable]:
    """Title block, the notice about replaced characters (known once the body is built), body."""
    built = list(body)
    head = writer.title_block(title)
    return [*head, *writer.replaced_notice(), *built]


def render_journal(
    journal: Journal, client_id: str, *, language: str = "sv", password: str | None = None
) -> tuple[Rendered, str]:
    """The journal PDF as bytes, and the code points that had to be replaced."""
    return render_journal_data(load_journal(journal, client_id), language=language,
                               password=password)


def render_journal_data(
    data: JournalData, *, language: str = "sv", password: str | None = None
) -> tuple[Rendered, str]:
    labels = labels_for(language)
    writer = JournalWriter(data, labels)
    rendered = render(
        assemble(writer, labels.journal_title, writer.journal_body()),
        writer.info(labels.journal_title, labels.journal_subject),
        writer.decor(labels.journal_title),
        password=password,
    )
    return rendered, writer.text.codes()


def write_export(
    journal: Journal, client_id: str, out: Path, rendered: Rendered, action: Action,
    *, encrypted: bool,
) -> None:
    """Write beside the target and rename; then log the hand-out (no names in the detail)."""
    write_atomic(out, rendered.data)
    journal.audit.append(action, client_id,
                         f"pages={rendered.pages} encrypted={'yes' if encrypted else 'no'}")


def export_journal_pdf(
    journal: Journal, client_id: str, out: Path, *, language: str = "sv",
    password: str | None = None,
) -> ExportResult:
    rendered, replaced = render_journal(journal, client_id, language=language, password=password)
    write_export(journal, client_id, out, rendered, Action.EXPORT_PDF, encrypted=bool(password))
    return ExportResult(path=out, pages=rendered.pages, replaced=replaced)
