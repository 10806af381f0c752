"""An invoice, credit note or payment reminder as a PDF: the layout of an `InvoiceDocument`.

    write_invoice_pdf(document, out) -> pages
    render_invoice(document) -> bytes

The core decides every number (totals, VAT, the OCR reference, the due date); this module only
lays them out, with the journal PDF's fonts, styles and page furniture (pdf_styles.py) and
Babel's formatting of money and dates (money.py). The page reads as a Swedish invoice does: the
seller top left, the title with the number and dates top right, the buyer's address, the lines,
the totals flush right, and the payment box (bankgiro, OCR, Swish QR code) at the foot of the
last page. Every item mervärdesskattelagen (2023:200) 17 kap. 24 § asks of a full invoice is
printed: date of issue, serial number, the seller's VAT number where registered, both parties'
names and addresses, what was supplied and when, the amount without VAT per line, the rate, the
VAT amount, or the exemption's reference when no VAT is charged. The file is written beside the
target and renamed into place (core/files/atomic.py), as every export is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from journal_app.core.files.atomic import write_atomic
from journal_app.export import money
from journal_app.export.fonts import TextCleaner, register_fonts
from journal_app.export.invoice_blocks import (
    CELL_PADDING,
    AtFoot,
    InvoiceStyles,
    box_style,
    grid_style,
    make_invoice_styles,
    swish_drawing,
)
from journal_app.export.invoice_document import DocumentKind, InvoiceDocument, InvoiceLine, Party
from journal_app.export.invoice_labels import (
    InvoiceLabels,
    invoice_labels_for,
    is_organisation_number,
)
from journal_app.export.pdf_styles import DocInfo, PageDecor, content_width, paragraph, render
from journal_app.export.swish import swish_payload

# Shares of the content width: description, date of supply, quantity, unit price, VAT, amount.
# The figures' columns hold "SEK 999,999.00" and "Belopp exkl. moms" on one line.
LINE_COLUMNS = (0.33, 0.145, 0.075, 0.175, 0.08, 0.195)
BOX_PADDING = 7  # points inside the amount box
TITLE_SIZE = 24  # points, as the journal's title; a longer title is set smaller to fit one line


class InvoiceWriter:
    """Builds the flowables of one invoice, credit note or reminder."""

    def __init__(self, document: InvoiceDocument) -> None:
        self.doc = document
        self.labels: InvoiceLabels = invoice_labels_for(document.language)
        self.text = TextCleaner(register_fonts())
        self.styles: InvoiceStyles = make_invoice_styles()

    # Small pieces ---------------------------------------------------------------------------

    def para(self, markup: str, style_name: str = "body") -> Paragraph:
        return paragraph(markup, getattr(self.styles, style_name))

    def money(self, ore: int) -> str:
        return money.money(ore, self.doc.language)

    def date(self, day: dt.date) -> str:
        return money.date(day, self.doc.language)

    def lines_of(self, value: str) -> str:
        """Text that may hold line breaks (a description) as markup with its breaks kept."""
        return "<br/>".join(self.text.markup(line) for line in self.text.clean(value).split("\n"))

    @property
    def title(self) -> str:
        labels, kind = self.labels, self.doc.kind
        if kind is DocumentKind.CREDIT_NOTE:
            return labels.credit_title
        if kind is DocumentKind.REMINDER:
            return labels.reminder_title
        return labels.invoice_title

    @property
    def payable(self) -> bool:
        return self.doc.kind is not DocumentKind.CREDIT_NOTE

    # The head: seller, title and dates, buyer, amount due -----------------------------------

    def party_block(self, party: Party, heading: str | None, *, seller: bool) -> list[Flowable]:
        labels, text = self.labels, self.text
        out: list[Flowable] = []
        if heading:
            out.append(self.para(heading.upper(), "caption"))
        out.append(self.para(f"<b>{text.line(party.name)}</b>",
                             "seller_name" if seller else "party_name"))
        address = "<br/>".join(text.line(line) for line in party.address_lines if line.strip())
        if address:
            out.append(self.para(address, "party"))
        facts: list[str] = []
        if party.id_number:
            kind = (labels.org_number if seller else labels.organisationsnummer
                    if is_organisation_number(party.id_number) else labels.personnummer)
            facts.append(f"{kind} {text.line(party.id_number)}")
        if seller and self.doc.seller_vat_number:
            facts.append(f"{labels.vat_number} {text.line(self.doc.seller_vat_number)}")
        if seller and self.doc.f_skatt:
            facts.append(labels.f_skatt)
        if party.email:
            facts.append(f"{labels.email} {text.line(party.email)}")
        if party.phone:
            facts.append(f"{labels.phone} {text.line(party.phone)}")
        if facts:
            out.append(self.para("<br/>".join(facts), "party_facts"))
        return out

    def meta_rows(self) -> list[tuple[str, str]]:
        """The numbers and dates beside the title, label and value."""
        labels, doc, text = self.labels, self.doc, self.text
        number = text.line(doc.number)
        if doc.kind is DocumentKind.CREDIT_NOTE:
            rows = [(labels.credit_number, number), (labels.date, self.date(doc.issue_date))]
            if doc.refers_to_number:
                rows.append((labels.refers_to, text.line(doc.refers_to_number)))
            return rows
        if doc.kind is DocumentKind.REMINDER:
            rows = [(labels.invoice_number, number), (labels.date, self.date(doc.issue_date))]
            if doc.reminder_of_due_date:
                rows.append((labels.original_due_date, self.date(doc.reminder_of_due_date)))
            if doc.due_date:
                rows.append((labels.pay_by, self.date(doc.due_date)))
        else:
            rows = [(labels.invoice_number, number), (labels.invoice_date,
                                                      self.date(doc.issue_date))]
            if doc.due_date:
                rows.append((labels.due_date, self.date(doc.due_date)))
        rows.append((labels.payment_terms, labels.terms_days.format(
            days=money.quantity(doc.payment_terms_days, doc.language))))
        if doc.payment.ocr_reference:
            rows.append((labels.ocr, text.line(doc.payment.ocr_reference)))
        return rows

    def title_block(self) -> list[Flowable]:
        half = content_width() / 2
        rows = [[self.para(label, "meta_label"), self.para(value, "meta_value")]
                for label, value in self.meta_rows()]
        meta = Table(rows, colWidths=[half * 0.56, half * 0.44], hAlign="RIGHT")
        meta.setStyle(grid_style(valign="BOTTOM"))  # a label on its value's baseline
        return [paragraph(self.text.markup(self.title), self.title_style(half)), meta]

    def title_style(self, width: float) -> ParagraphStyle:
        """The title's style, set smaller when the title would not fit `width` on one line
        ("Betalningspåminnelse" in the right half of the page)."""
        style = self.styles.doc_title
        needed = stringWidth(self.title, style.fontName, TITLE_SIZE)
        if needed <= width:
            return style
        size = TITLE_SIZE * width / needed * 0.98
        return ParagraphStyle(f"{style.name}-fitted", parent=style, fontSize=size,
                              leading=size * 1.2)

    def amount_box(self) -> Table:
        """The shaded box beside the buyer: what to pay and by when (what was credited)."""
        labels, doc = self.labels, self.doc
        if doc.kind is DocumentKind.CREDIT_NOTE:
            rows = [[self.para(labels.credited, "box_label")],
                    [self.para(self.money(doc.total_ore), "box_amount")]]
            if doc.refers_to_number:
                rows.append([self.para(labels.refers_to_line.format(
                    number=self.text.line(doc.refers_to_number)), "box_label")])
        else:
            rows = [[self.para(labels.to_pay, "box_label")],
                    [self.para(self.money(doc.total_ore), "box_amount")]]
            if doc.due_date:
                due = labels.pay_by if doc.kind is DocumentKind.REMINDER else labels.due_date
                rows.append([self.para(f"{due} <b>{self.date(doc.due_date)}</b>", "box_label")])
        style = self.styles.box_amount
        widest = stringWidth(self.money(doc.total_ore), style.fontName, style.fontSize)
        box = Table(rows, colWidths=[max(content_width() * 0.42, widest + 2 * BOX_PADDING + 1)],
                    hAlign="RIGHT")
        box.setStyle(box_style(padding=BOX_PADDING))
        return box

    def head(self) -> list[Flowable]:
        width = content_width()
        doc, labels = self.doc, self.labels
        top = Table([[self.party_block(doc.seller, None, seller=True), self.title_block()]],
                    colWidths=[width / 2, width / 2])
        top.setStyle(grid_style(valign="TOP"))
        heading = labels.customer if doc.kind is DocumentKind.CREDIT_NOTE else labels.bill_to
        middle = Table([[self.party_block(doc.buyer, heading, seller=False), self.amount_box()]],
                       colWidths=[width / 2, width / 2])
        middle.setStyle(grid_style(valign="TOP", right_column=True))
        return [top, Spacer(0, 9), middle, Spacer(0, 6), *self.notices()]

    def notices(self) -> list[Flowable]:
        labels, doc, text = self.labels, self.doc, self.text
        if doc.kind is DocumentKind.CREDIT_NOTE and doc.refers_to_number:
            return [self.para(labels.credit_notice.format(
                number=text.line(doc.refers_to_number)), "notice")]
        if doc.kind is DocumentKind.REMINDER and doc.reminder_of_due_date:
            return [self.para(labels.reminder_notice.format(
                number=text.line(doc.number), due=self.date(doc.reminder_of_due_date)),
                "notice")]
        return []

    # The lines and the totals ---------------------------------------------------------------

    def supplied(self, line: InvoiceLine) -> str:
        start, end = self.date(line.supplied_from), self.date(line.supplied_to)
        return start if start == end else f"{start} –<br/>{end}"

    def lines_table(self) -> Table:
        labels, language = self.labels, self.doc.language
        head = [self.para(labels.description, "cell_head"),
                self.para(labels.supplied, "cell_head"),
                *(self.para(word, "cell_head_num") for word in (
                    labels.quantity, labels.unit_price, labels.vat_rate, labels.amount))]
        figures = [(money.quantity(line.quantity, language), self.money(line.unit_price_ore),
                    money.vat_rate(line.vat_rate_percent, language), self.money(line.amount_ore))
                   for line in self.doc.lines]
        rows: list[list[Flowable]] = [head]
        for line, row in zip(self.doc.lines, figures, strict=True):
            rows.append([self.para(self.lines_of(line.description), "cell"),
                         self.para(self.supplied(line), "cell"),
                         *(self.para(figure, "cell_num") for figure in row)])
        table = Table(rows, colWidths=self.line_widths(figures), repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style(lines=True))
        return table

    def line_widths(self, figures: Sequence[Sequence[str]]) -> list[float]:
        """LINE_COLUMNS, with a figures' column widened to hold its widest figure on one line
        (an amount is never broken); the description gives up the room."""
        width, style = content_width(), self.styles.cell_num
        widths = [width * share for share in LINE_COLUMNS]
        for column in range(2, len(LINE_COLUMNS)):
            widest = max((stringWidth(row[column - 2], style.fontName, style.fontSize)
                          for row in figures), default=0.0)
            padding = 0 if column == len(LINE_COLUMNS) - 1 else CELL_PADDING
            widths[column] = max(widths[column], widest + padding + 1)
        widths[0] = width - sum(widths[1:])
        return widths

    def vat_rows(self) -> list[tuple[str, int]]:
        """The VAT by rate: one row for one rate (the document's total), a row per rate and
        the total when the lines carry several, a zero row when none is charged."""
        labels, language = self.labels, self.doc.language
        rates = sorted({line.vat_rate_percent for line in self.doc.lines
                        if line.vat_rate_percent}, reverse=True)
        if len(rates) <= 1:
            label = (labels.vat_at.format(rate=money.vat_rate(rates[0], language)) if rates
                     else labels.vat_rate)
            return [(label, self.doc.vat_ore)]
        by_rate = [(labels.vat_at.format(rate=money.vat_rate(rate, language)),
                    sum(line.vat_ore for line in self.doc.lines if line.vat_rate_percent == rate))
                   for rate in rates]
        return [*by_rate, (labels.vat_total, self.doc.vat_ore)]

    def totals(self) -> list[Flowable]:
        labels, doc = self.labels, self.doc
        rows: list[list[Flowable]] = [
            [self.para(labels.net_total, "total_label"), self.para(self.money(doc.net_ore),
                                                                   "total_value")]]
        rows += [[self.para(label, "total_label"), self.para(self.money(ore), "total_value")]
                 for label, ore in self.vat_rows()]
        final = labels.to_pay if self.payable else labels.credited
        rows.append([self.para(final, "grand_label"),
                     self.para(self.money(doc.total_ore), "grand_value")])
        width, style = content_width(), self.styles.grand_value
        widest = max(stringWidth(self.money(ore), style.fontName, style.fontSize)
                     for ore in (doc.net_ore, doc.vat_ore, doc.total_ore))
        table = Table(rows, colWidths=[width * 0.3, max(width * 0.2, widest + 1)],
                      hAlign="RIGHT")
        table.setStyle(grid_style(total_row=True))
        out: list[Flowable] = [Spacer(0, 6), table]
        if doc.vat_exemption_text:
            out.append(self.para(f"<b>{self.lines_of(doc.vat_exemption_text)}</b>", "exemption"))
        if doc.note and doc.note.strip():
            out += [self.para(labels.note.upper(), "caption"),
                    self.para(self.lines_of(doc.note.strip()), "body")]
        return out

    # How to pay -----------------------------------------------------------------------------

    def payment_rows(self) -> list[tuple[str, str]]:
        labels, doc, text = self.labels, self.doc, self.text
        pay = doc.payment
        rows: list[tuple[str, str]] = []
        if pay.bankgiro:
            rows.append((labels.bankgiro, text.line(pay.bankgiro)))
        if pay.plusgiro:
            rows.append((labels.plusgiro, text.line(pay.plusgiro)))
        if pay.ocr_reference:
            rows.append((labels.ocr, text.line(pay.ocr_reference)))
        rows.append((labels.to_pay, self.money(doc.total_ore)))
        if doc.due_date:
            due = labels.pay_by if doc.kind is DocumentKind.REMINDER else labels.due_date
            rows.append((due, self.date(doc.due_date)))
        return rows

    def swish_code(self) -> list[Flowable]:
        """The Swish QR code and its number, when the practice has Swish and there is
        something to pay; the message is the OCR reference, or else the invoice number."""
        pay, doc = self.doc.payment, self.doc
        if not pay.swish_number or doc.total_ore <= 0:
            return []
        message = pay.ocr_reference or doc.number
        drawing = swish_drawing(swish_payload(pay.swish_number, doc.total_ore, message))
        return [drawing,
                self.para(f"<b>{self.labels.swish}</b> {self.text.line(pay.swish_number)}",
                          "qr_caption"),
                self.para(self.labels.swish_hint, "qr_hint")]

    def payment_box(self) -> Flowable:
        labels, doc = self.labels, self.doc
        width = content_width()
        rows = [[self.para(label, "pay_label"), self.para(value, "pay_value")]
                for label, value in self.payment_rows()]
        facts = Table(rows, colWidths=[width * 0.2, width * 0.32], hAlign="LEFT")
        facts.setStyle(grid_style(valign="BOTTOM"))
        hint = (labels.ocr_hint if doc.payment.ocr_reference
                else labels.number_hint.format(number=self.text.line(doc.number)))
        left: list[Flowable] = [self.para(labels.payment.upper(), "caption"), facts,
                                Spacer(0, 4), self.para(hint, "small")]
        qr = self.swish_code()
        box = Table([[left, qr]], colWidths=[width * 0.6, width * 0.4])
        box.setStyle(box_style(padding=9, qr_column=bool(qr)))
        return AtFoot(box, gap=12)

    # The whole document ---------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = [*self.head(), Spacer(0, 8), self.lines_table(), *self.totals()]
        if self.payable:
            out.append(self.payment_box())
        return out

    def decor(self) -> PageDecor:
        doc, text = self.doc, self.text
        number = text.display(text.clean(doc.number))
        date_label = (self.labels.invoice_date if doc.kind is DocumentKind.INVOICE
                      else self.labels.date)
        return PageDecor(
            header_left=text.display(text.clean(doc.seller.name).replace("\n", " ")),
            header_right=text.display(f"{self.title} {number}"),
            footer_left=text.display(
                f"{self.title} {number} · {date_label} {self.date(doc.issue_date)}"),
            page_of=self.labels.page_of,
        )

    def info(self) -> DocInfo:
        number = self.text.clean(self.doc.number)
        seller = self.text.clean(self.doc.seller.name)
        return DocInfo(
            title=f"{self.title} {number}", author=seller,
            subject=self.labels.subject.format(title=self.title, number=number, seller=seller),
            language=self.doc.language,
        )


def render_pages(document: InvoiceDocument) -> tuple[bytes, int]:
    writer = InvoiceWriter(document)
    rendered = render(writer.flowables(), writer.info(), writer.decor())
    return rendered.data, rendered.pages


def render_invoice(document: InvoiceDocument) -> bytes:
    """The PDF of `document` in memory (its language is `document.language`)."""
    return render_pages(document)[0]


def write_invoice_pdf(document: InvoiceDocument, out: Path) -> int:
    """Render `document`, write it beside `out` and rename it into place; the page count."""
    data, pages = render_pages(document)
    write_atomic(out, data)
    return pages


__all__ = ["InvoiceWriter", "render_invoice", "write_invoice_pdf"]
