"""The invoice PDFs' own styles and building blocks, on top of the journal PDF's (pdf_styles.py).

Same fonts, colours and sizes as the journal; what an invoice adds: right-aligned figures, the
shaded boxes (amount due, how to pay), a flowable that sets the payment box at the foot of the
page, and the Swish QR code drawn with ReportLab's own QR widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle

from journal_app.export.fonts import BOLD, REGULAR
from journal_app.export.pdf_styles import ACCENT, INK, MUTED, RULE, SHADE, make_styles

QR_SIZE = 30 * mm  # with its quiet zone; Swish asks for a code large enough to scan at arm's length
CELL_PADDING = 6  # points right of every table cell but a row's last
QR_LEVEL = "M"  # error correction: survives a crease or a smudge on paper


@dataclass(frozen=True)
class InvoiceStyles:
    body: ParagraphStyle
    small: ParagraphStyle
    notice: ParagraphStyle
    caption: ParagraphStyle
    seller_name: ParagraphStyle
    party_name: ParagraphStyle
    party: ParagraphStyle
    party_facts: ParagraphStyle
    doc_title: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    box_label: ParagraphStyle
    box_amount: ParagraphStyle
    cell: ParagraphStyle
    cell_num: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_num: ParagraphStyle
    total_label: ParagraphStyle
    total_value: ParagraphStyle
    grand_label: ParagraphStyle
    grand_value: ParagraphStyle
    exemption: ParagraphStyle
    pay_label: ParagraphStyle
    pay_value: ParagraphStyle
    qr_caption: ParagraphStyle
    qr_hint: ParagraphStyle


def make_invoice_styles() -> InvoiceStyles:
    base = make_styles()
    body, small, cell = base.body, base.small, base.cell

    def right(style: ParagraphStyle, name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=style, alignment=TA_RIGHT, **changes)

    return InvoiceStyles(
        body=body,
        small=small,
        notice=base.notice,
        caption=ParagraphStyle("caption", parent=small, fontName=BOLD, fontSize=7.5,
                               leading=10, spaceAfter=2),
        seller_name=ParagraphStyle("seller_name", parent=body, fontSize=13, leading=17,
                                   textColor=ACCENT, spaceAfter=2),
        party_name=ParagraphStyle("party_name", parent=body, fontSize=11, leading=15),
        party=ParagraphStyle("party", parent=body, leading=13.5),
        party_facts=ParagraphStyle("party_facts", parent=small, spaceBefore=4),
        doc_title=right(base.title, "doc_title", fontSize=24, leading=29, spaceAfter=6),
        # Beside a larger value, bottom-aligned: leading minus size is the same for both, so
        # the label stands on the value's baseline.
        meta_label=ParagraphStyle("meta_label", parent=small, leading=12),
        meta_value=right(body, "meta_value", leading=13, fontName=BOLD, fontSize=9.5),
        box_label=ParagraphStyle("box_label", parent=small, textColor=INK),
        box_amount=ParagraphStyle("box_amount", parent=body, fontName=BOLD, fontSize=16,
                                  leading=21, textColor=ACCENT),
        cell=cell,
        cell_num=right(cell, "cell_num"),
        cell_head=base.cell_head,
        cell_head_num=right(base.cell_head, "cell_head_num"),
        total_label=right(body, "total_label", textColor=MUTED),
        total_value=right(body, "total_value"),
        grand_label=right(body, "grand_label", fontName=BOLD, fontSize=11.5, leading=16),
        grand_value=right(body, "grand_value", fontName=BOLD, fontSize=11.5, leading=16,
                          textColor=ACCENT),
        # The exemption's reference is a legal statement: printed where it cannot be missed.
        exemption=ParagraphStyle("exemption", parent=base.notice, fontSize=9.5, leading=13,
                                 borderColor=ACCENT, borderWidth=0.8, spaceBefore=14),
        pay_label=ParagraphStyle("pay_label", parent=small, textColor=INK, leading=12.5),
        pay_value=ParagraphStyle("pay_value", parent=body, fontName=BOLD, leading=14),
        qr_caption=ParagraphStyle("qr_caption", parent=small, alignment=TA_CENTER,
                                  textColor=INK),
        qr_hint=ParagraphStyle("qr_hint", parent=small, alignment=TA_CENTER, fontSize=7.5,
                               leading=10),
    )


def grid_style(*, valign: str = "TOP", lines: bool = False, total_row: bool = False,
               right_column: bool = False) -> TableStyle:
    """A layout table: every cell in the embedded font (an empty cell would select Helvetica),
    no padding at the edges; `lines` rules the rows under a heavier header rule; `total_row`
    sets the last row off with a rule above it; `right_column` sets what the last column holds
    flush right (a box narrower than its column)."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if lines:
        commands += [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
    if right_column:
        commands.append(("ALIGN", (-1, 0), (-1, -1), "RIGHT"))
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
                     ("TOPPADDING", (0, -1), (-1, -1), 5)]
    return TableStyle(commands)


def box_style(*, padding: float, qr_column: bool = False) -> TableStyle:
    """A shaded, ruled box; with a QR column, the code sits centred in the last column."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (0, 0), padding),
        ("BOTTOMPADDING", (0, -1), (-1, -1), padding),
        ("TOPPADDING", (0, 1), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -2), 0),
    ]
    if qr_column:
        commands += [("ALIGN", (-1, 0), (-1, -1), "CENTER"),
                     ("TOPPADDING", (-1, 0), (-1, 0), padding)]
    return TableStyle(commands)


def swish_drawing(payload: str) -> Drawing:
    """The QR code of `payload`, QR_SIZE square with its quiet zone, as a Drawing."""
    widget = QrCodeWidget(payload, barLevel=QR_LEVEL)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0,
                                                   QR_SIZE / (top - bottom), 0, 0])
    # White under the code and its quiet zone: a scanner needs the margin light, whatever the
    # box around it is shaded with.
    drawing.add(Rect(left, bottom, right - left, top - bottom, fillColor=colors.white,
                     strokeColor=None))
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    # A Drawing starts in Helvetica (a standard font, never embedded) unless told otherwise,
    # though the code draws no text: start it in the embedded font, as every page does.
    drawing.initialFontName = REGULAR
    return drawing


class AtFoot(Flowable):  # type: ignore[misc]  # ReportLab ships no types
    """Sets `content` at the foot of the frame it lands in, taking up the space above it: the
    payment box sits at the bottom of the last page, where a payer looks for it. When the rest
    of the page is too short for it (and `gap` above it), it goes to the next page, at the foot."""

    def __init__(self, content: Flowable, gap: float) -> None:
        super().__init__()
        self.content = content
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # ReportLab's names
        _, height = self.content.wrap(availWidth, availHeight)
        self.width = availWidth
        needed = height + self.gap
        self.height = availHeight if needed <= availHeight else needed
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never split: the whole box moves to the next page

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)
