"""The look of every exported PDF: page, styles, running header, "Page 1 of 3", metadata.

Layout is ReportLab platypus throughout; this module only configures it. Documents are
rendered into memory (BytesIO): nothing touches the disk until the caller writes the finished
bytes atomically beside the target.

Every font a page selects is an embedded one (fonts.py): the styles, every table cell (an empty
cell too: ReportLab selects the cell's font whatever it holds) and the canvas's initial font.
No standard-14 font (Helvetica) is ever referenced, so "all fonts embedded" holds.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from journal_app.export.fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    has_rtl,
    has_strong,
    starts_rtl,
    visual,
)
from journal_app.export.pdf_flow import JournalParagraph, KeepWithNext
from journal_app.export.pdf_password import check_pdf_password, encrypt_pdf

INK = colors.HexColor("#1f2328")
MUTED_HEX = "#5c6370"  # also used inside Paragraph markup
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#c9ced6")
ACCENT = colors.HexColor("#2f5d7c")
EARLIER = colors.HexColor("#6b6f76")
SHADE = colors.HexColor("#f2f4f7")
STRIKE = colors.HexColor("#8a9099")

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    session: ParagraphStyle
    body: ParagraphStyle
    prose: ParagraphStyle
    meta: ParagraphStyle
    earlier_label: ParagraphStyle
    earlier: ParagraphStyle
    note_heading: ParagraphStyle  # a template's heading inside a note
    earlier_heading: ParagraphStyle  # the same in an earlier, struck-through version
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    notice: ParagraphStyle
    body_leading: float


def make_styles() -> Styles:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=14.2, textColor=INK,
                          alignment=TA_LEFT)
    body = ParagraphStyle("body", parent=base)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24, leading=29,
                             textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=base, fontName=BOLD, fontSize=13, leading=17),
        h1=ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=13.5, leading=18,
                          textColor=ACCENT, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=15,
                          spaceBefore=12, spaceAfter=2, keepWithNext=1),
        session=ParagraphStyle("session", parent=base, fontName=BOLD, fontSize=10.5, leading=15,
                               spaceBefore=11, spaceAfter=3, keepWithNext=1),
        body=body,
        prose=ParagraphStyle("prose", parent=body, spaceAfter=5),
        meta=ParagraphStyle("meta", parent=base, fontName=ITALIC, fontSize=8.5, leading=12,
                            textColor=MUTED, spaceBefore=3),
        earlier_label=ParagraphStyle("earlier_label", parent=base, fontName=ITALIC, fontSize=8.5,
                                     leading=12, textColor=MUTED, spaceBefore=5,
                                     keepWithNext=1),
        # A thin, light strike keeps the replaced text readable, as a record must be.
        earlier=ParagraphStyle("earlier", parent=base, fontSize=9, leading=12.5,
                               textColor=EARLIER, strikeWidth=0.5,
                               strikeColor=STRIKE),
        note_heading=ParagraphStyle("note_heading", parent=base, fontName=BOLD, fontSize=10.5,
                                    leading=14.5, spaceBefore=4, keepWithNext=1),
        earlier_heading=ParagraphStyle("earlier_heading", parent=base, fontName=BOLD, fontSize=9,
                                       leading=12.5, textColor=EARLIER, strikeWidth=0.5,
                                       strikeColor=STRIKE, keepWithNext=1),
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        cell_head=ParagraphStyle("cell_head", parent=base, fontName=BOLD, fontSize=8.5,
                                 leading=11.5, textColor=MUTED),
        notice=ParagraphStyle("notice", parent=base, fontSize=8.5, leading=11.5,
                              textColor=INK, backColor=SHADE, borderPadding=(5, 6, 5, 6),
                              leftIndent=6, rightIndent=6,
                              spaceBefore=10, spaceAfter=6),
        body_leading=body.leading,
    )


def table_style(header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else an (empty) cell selects Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED))
    return TableStyle(commands)


class RtlParagraph(JournalParagraph):
    """A Paragraph holding right-to-left text (Hebrew, Arabic, already shaped by fonts.py).

    It is measured, wrapped and split across pages in the order the text was typed, as any
    Paragraph; each line is put in visual order (`fonts.visual`) only while it is drawn, so a
    paragraph of several lines reads from its first line down, each line right to left. A
    paragraph whose first strong letter is right-to-left runs right to left and is set flush
    right; otherwise it runs left to right with its Hebrew or Arabic words in place.
    (ReportLab's own bidi support needs `rlbidi`, which is not on PyPI.)"""

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.rtl = starts_rtl("".join(
            getattr(frag, "text", "") or " ".join(getattr(frag, "words", ()))
            for frag in self.frags))
        if self.rtl and style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:  # the rest of a paragraph keeps the paragraph's direction
            if isinstance(part, RtlParagraph) and part is not self:
                part.rtl, part.style = self.rtl, self.style
        return parts

    def drawPara(self, debug: int = 0) -> None:  # ReportLab's name
        logical: Any = cast(Any, self).blPara  # set by wrap(); ReportLab ships no types
        drawn: list[Any] = []
        rtl = self.rtl
        for index, line in enumerate(logical.lines):
            if index == 0 or getattr(logical.lines[index - 1], "lineBreak", False):
                # A hard line break (an address's next line) starts a new bidi paragraph.
                rtl = self._direction(logical.lines[index:], rtl)
            drawn.append(self._visual_line(line, rtl))
        self.blPara = logical.clone(lines=drawn)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical

    @staticmethod
    def _direction(lines: list[Any], default: bool) -> bool:
        """The direction of the hard line starting at `lines[0]`: its first strong letter's."""
        for line in lines:
            text = " ".join(line[1]) if isinstance(line, tuple) else "".join(
                getattr(frag, "text", "") for frag in line.words)
            if has_strong(text):
                return starts_rtl(text)
            if getattr(line, "lineBreak", False):
                break
        return default

    @staticmethod
    def _visual_line(line: Any, rtl: bool) -> Any:
        if isinstance(line, tuple):  # one style throughout: (extra space, words)
            extra, words = line
            return extra, [visual(" ".join(words), rtl)]
        frags = [frag.clone(text=visual(frag.text, rtl)) if getattr(frag, "text", "")
                 else frag for frag in line.words]
        if rtl:  # the pieces of a right-to-left line are drawn last first
            body = [frag for frag in frags if not getattr(frag, "lineBreak", False)]
            frags = body[::-1] + [frag for frag in frags if getattr(frag, "lineBreak", False)]
        return line.clone(words=frags)


def paragraph(markup: str, style: ParagraphStyle, *, rtl: bool | None = None) -> Paragraph:
    """A Paragraph of `markup` (from fonts.TextCleaner), right-to-left aware when it needs to be.
    `rtl=False` says the caller knows the markup holds no right-to-left letter (`has_rtl`)."""
    if rtl is None:
        rtl = has_rtl(markup)
    return RtlParagraph(markup, style) if rtl else JournalParagraph(markup, style)


def content_width() -> float:
    return float(PAGE[0] - 2 * MARGIN_X)


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides the flowables: plain text, cleaned and shaped, in the
    order it is drawn (fonts.TextCleaner.display)."""

    header_left: str  # the practice
    header_right: str  # the client and the document
    footer_left: str  # the date of issue
    page_of: str  # "Sida {page} av {total}"


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """Keeps each page until the end, so the footer can say "Page 1 of N" in one pass
    (ReportLab's NumberedCanvas pattern) instead of laying the document out twice.

    What every page repeats (the header from page 2 on, the footer's rule and date of issue)
    is drawn once, as two form XObjects each page refers to; only "Page 1 of N" is drawn per
    page. The pages look the same; a 300-page journal draws 2 strings, not 1,200."""

    _HEADER, _FOOTER = "pageHeader", "pageFooter"

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._draw_forms(header=total > 1)  # on the empty page after the last one
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        self._pages.clear()
        super().save()

    def _draw_forms(self, *, header: bool) -> None:
        width, height = PAGE
        decor = self._decor
        if header:
            self.beginForm(self._HEADER)
            y = height - MARGIN_TOP + 9 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.setFont(BOLD, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, decor.header_left)
            self.setFont(REGULAR, 8)
            self.drawRightString(width - MARGIN_X, y, decor.header_right)
            self.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
            self.endForm()
        self.beginForm(self._FOOTER)
        y = MARGIN_BOTTOM - 10 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, decor.footer_left)
        self.endForm()

    def _decorate(self, total: int) -> None:
        page = self.getPageNumber()
        self.saveState()
        if page > 1:
            self.doForm(self._HEADER)
        self.doForm(self._FOOTER)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE[0] - MARGIN_X, MARGIN_BOTTOM - 10 * mm,
                             self._decor.page_of.format(page=page, total=total))
        self.restoreState()


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str
    language: str  # "sv" or "en"


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int


def render(
    flowables: list[Flowable],
    info: DocInfo,
    decor: PageDecor,
    *,
    password: str | None = None,
) -> Rendered:
    """Lay out the flowables into an A4 PDF in memory; with a password, encrypted in memory
    (AES-256, R6: pdf_password.py) before anything reaches the disk. The list is used up."""
    if password is not None:
        check_pdf_password(password)  # before the work, so a short password costs nothing
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=info.title,
        author=info.author, subject=info.subject, creator="journal-app",
        lang="sv-SE" if info.language == "sv" else "en-GB",
        initialFontName=REGULAR, keepTogetherClass=KeepWithNext,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    # build() takes each flowable off the list once it is placed: with the caller holding no
    # other reference, a long journal's paragraphs are freed page by page, not at the end.
    doc.build(flowables, canvasmaker=functools.partial(_NumberedCanvas, decor=decor))
    data = buffer.getvalue()
    return Rendered(data=encrypt_pdf(data, password) if password is not None else data,
                    pages=doc.page)
