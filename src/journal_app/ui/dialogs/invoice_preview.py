"""The invoice before it is issued: what the paper will say, laid out as the paper is (seller
and number at the top, the buyer, the lines, the totals, how to pay), from the core's preview
(`Journal.invoice_preview` through export/invoice_build.py, the PDF's own data). Nothing is
computed here. "Issue" asks for the write; Cancel leaves no trace (no number is taken)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.export import money
from journal_app.export.invoice_document import InvoiceDocument, Party
from journal_app.export.invoice_labels import invoice_labels_for
from journal_app.ui.theme import PAPER


def _e(text: str | None) -> str:
    return escape(text or "")  # client data is shown as typed, never as markup


class InvoicePreviewDialog(QDialog):
    issueRequested = Signal()
    languageChosen = Signal(str)  # "sv" or "en": the controller shows the invoice again in it

    def __init__(self, document: InvoiceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicePreviewDialog")
        self.document = document
        self.setWindowTitle(self.tr("Invoice %1 (not issued yet)").replace("%1", document.number))
        self.explanation = QLabel(self.tr(
            "This is the invoice as it will be issued. Once issued it cannot be changed or"
            " deleted, only credited; its number is taken when you click Issue."), self)
        self.explanation.setWordWrap(True)
        # Each language in its own name, as a client reading it would call it.
        self.language = QComboBox(self)
        self.language.setObjectName("invoiceLanguage")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(document.language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.languageChosen.emit(str(self.language.currentData())))
        language_label = QLabel(self.tr("Invoice &language:"), self)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        self.paper = QLabel(self)
        self.paper.setObjectName("invoicePaper")
        self.paper.setTextFormat(Qt.TextFormat.RichText)
        self.paper.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paper.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.paper.setMargin(24)
        self.paper.setStyleSheet(  # paper in both schemes (ui/theme.py checks the contrast)
            f"QLabel#invoicePaper {{ background: {PAPER['paper']}; color: {PAPER['paper_text']}; }}")
        self.paper.setText(self.html())
        scroll = QScrollArea(self)
        scroll.setWidget(self.paper)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.error = QLabel(self)
        self.error.setObjectName("invoiceErrorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = self.buttons.addButton(self.tr("&Issue"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setObjectName("issueInvoiceButton")
        self.buttons.accepted.connect(self.issueRequested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(language_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self.issue_button.setFocus()

    def show_document(self, document: InvoiceDocument) -> None:
        """The same invoice drawn again (another language chosen)."""
        self.document = document
        self.paper.setText(self.html())

    # The paper -------------------------------------------------------------------------------

    def _money(self, ore: int) -> str:
        # The paper's language, not the window's: the preview shows what the client will read.
        return _e(money.money(ore, self.document.language))

    def words(self) -> dict[str, str]:
        """The paper's words, from the invoice PDF's own labels in the invoice's language."""
        x = invoice_labels_for(self.document.language)
        return {
            "From": "", "Org. no.": x.org_number, "VAT no.": x.vat_number,
            "Approved for F-skatt": x.f_skatt, "Invoice": x.invoice_title,
            "Number": x.invoice_number, "Date": x.invoice_date, "Due date": x.due_date,
            "To": x.bill_to, "Personnummer": x.personnummer, "What": x.description,
            "When": x.supplied, "Amount excl. VAT": x.amount, "VAT rate": x.vat_rate,
            "VAT": x.vat_total, "Net": x.net_total, "To pay": x.to_pay,
            "Bankgiro": x.bankgiro, "Plusgiro": x.plusgiro, "Swish": x.swish, "OCR": x.ocr,
            "Terms": x.payment_terms + " " + x.terms_days.replace(
                "{days}", str(self.document.payment_terms_days)),
        }

    def _party(self, title: str, party: Party, id_label: str) -> str:
        rows = [f"<b>{_e(party.name)}</b>", *(_e(x) for x in party.address_lines)]
        if party.id_number:
            rows.append(f"{_e(id_label)} {_e(party.id_number)}")
        rows += [_e(x) for x in (party.email, party.phone) if x]
        muted = PAPER["paper_muted"]
        return (f"<p style='color:{muted}'>{_e(title)}</p>" + "<br/>".join(rows))

    def html(self) -> str:
        d = self.document
        w = self.words()
        terms = w["Terms"]
        head = (f"<table width='100%'><tr><td valign='top'>"
                f"{self._party(w['From'], d.seller, w['Org. no.'])}"
                + (f"<br/>{_e(w['VAT no.'])} {_e(d.seller_vat_number)}"
                   if d.seller_vat_number else "")
                + (f"<br/>{_e(w['Approved for F-skatt'])}" if d.f_skatt else "")
                + "</td><td align='right' valign='top'>"
                f"<span style='font-size:20pt'><b>{_e(w['Invoice'])}</b></span><br/>"
                f"{_e(w['Number'])} <b>{_e(d.number)}</b><br/>"
                f"{_e(w['Date'])} {_e(str(d.issue_date))}<br/>"
                + (f"{_e(w['Due date'])} <b>{_e(str(d.due_date))}</b>"
                   if d.due_date else "")
                + "</td></tr></table>")
        buyer = (f"<p>{self._party(w['To'], d.buyer, w['Personnummer'])}</p>"
                 "<p></p>")
        cells = "".join(
            f"<tr><td>{_e(x.description)}</td>"
            f"<td>{_e(str(x.supplied_from))}"
            + (f" – {_e(str(x.supplied_to))}" if x.supplied_to != x.supplied_from else "")
            + f"</td><td align='right'>{self._money(x.amount_ore)}</td>"
            f"<td align='right'>{x.vat_rate_percent} %</td>"
            f"<td align='right'>{self._money(x.vat_ore)}</td></tr>" for x in d.lines)
        lines = ("<table width='100%' cellpadding='4' style='border-collapse:collapse'>"
                 f"<tr style='background:{PAPER['table_head']}'><th align='left'>{_e(w['What'])}</th>"
                 f"<th align='left'>{_e(w['When'])}</th>"
                 f"<th align='right'>{_e(w['Amount excl. VAT'])}</th>"
                 f"<th align='right'>{_e(w['VAT rate'])}</th>"
                 f"<th align='right'>{_e(w['VAT'])}</th></tr>{cells}</table>")
        totals = ("<table width='100%'><tr><td width='50%'></td><td>"
                  "<table width='100%' cellpadding='3'>"
                  f"<tr><td>{_e(w['Net'])}</td><td align='right'>"
                  f"{self._money(d.net_ore)}</td></tr>"
                  f"<tr><td>{_e(w['VAT'])}</td><td align='right'>"
                  f"{self._money(d.vat_ore)}</td></tr>"
                  f"<tr><td><b>{_e(w['To pay'])}</b></td><td align='right'><b>"
                  f"{self._money(d.total_ore)}</b></td></tr></table></td></tr></table>")
        exemption = (f"<p><i>{_e(d.vat_exemption_text)}</i></p>"
                     if d.vat_exemption_text else "")
        pay = d.payment
        ways = [f"{_e(label)} <b>{_e(value)}</b>" for label, value in (
            (w["Bankgiro"], pay.bankgiro), (w["Plusgiro"], pay.plusgiro),
            (w["Swish"], pay.swish_number), (w["OCR"], pay.ocr_reference))
            if value]
        box = PAPER["payment_box"]
        payment = (f"<p style='background:{box}; padding:6px'>{' &nbsp; · &nbsp; '.join(ways)}"
                   f"<br/>{_e(terms)}"
                   "</p>")
        return (head + "<hr/>" + buyer + lines + totals
                + exemption + payment)
