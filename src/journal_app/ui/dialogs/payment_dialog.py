"""Mark an invoice paid (the day the money came, and how), choose the year of an SIE file, and
give the price of one session charged on its own invoice.

Plain text fields read as typed when OK is pressed (typed_fields.py): a value that cannot be
taken is refused with a line naming the field, the cursor goes there, and nothing is stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.invoicing import PaymentMethod
from journal_app.ui.modal import widen_fields
from journal_app.ui.typed_fields import (
    FieldRefused,
    format_date_field,
    read_count,
    read_date,
    read_required_amount_ore,
)


def _error_label(dialog: QDialog, name: str) -> QLabel:
    error = QLabel(dialog)
    error.setObjectName(name)
    error.setWordWrap(True)
    error.setTextFormat(Qt.TextFormat.PlainText)
    return error


def _lay_out(dialog: QDialog, intro: str, rows: list[tuple[str, QWidget]],
             error: QLabel) -> QDialogButtonBox:
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text, dialog)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    head = QLabel(intro, dialog)
    head.setWordWrap(True)
    head.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(head)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    widen_fields(dialog)
    dialog.setMinimumWidth(440)
    return buttons


def refuse(error: QLabel, refusal: FieldRefused) -> None:
    error.setText(refusal.message)
    refusal.field.setFocus(Qt.FocusReason.OtherFocusReason)
    refusal.field.selectAll()


class PaymentDialog(QDialog):
    submitted = Signal()

    def __init__(self, number: int, amount: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.number = number
        self.setWindowTitle(self.tr("Mark invoice %1 paid").replace("%1", str(number)))
        self.paid_on = QLineEdit(format_date_field(today), self)
        self.paid_on.setObjectName("paidOnEdit")
        self.paid_on.setPlaceholderText(self.tr("year-month-day, like 2026-12-04"))
        self.method = QComboBox(self)
        self.method.setObjectName("paymentMethodCombo")
        for method, text in (
                (PaymentMethod.BANKGIRO, self.tr("Bankgiro")),
                (PaymentMethod.PLUSGIRO, self.tr("Plusgiro")),
                (PaymentMethod.SWISH, self.tr("Swish")),
                (PaymentMethod.BANK_TRANSFER, self.tr("Bank transfer")),
                (PaymentMethod.OTHER, self.tr("Other"))):
            self.method.addItem(text, method.value)
        self.error = _error_label(self, "paymentErrorLabel")
        intro = self.tr("Invoice %1: %2 received.").replace("%1", str(number)).replace(
            "%2", amount)
        buttons = _lay_out(self, intro, [(self.tr("&Paid on:"), self.paid_on),
                                         (self.tr("&Method:"), self.method)], self.error)
        buttons.accepted.connect(self.submitted)
        self.paid_on.textEdited.connect(self.error.clear)

    def read(self) -> tuple[dt.date, PaymentMethod] | None:
        """The date as typed and the method; None, with the reason shown, when the date
        cannot be taken."""
        try:
            day = read_date(self.paid_on, self.tr("Paid on"))
        except FieldRefused as refusal:
            refuse(self.error, refusal)
            return None
        return day, PaymentMethod(str(self.method.currentData()))


class SieDialog(QDialog):
    """The year whose invoices and payments go to the accountant."""

    submitted = Signal()

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sieDialog")
        self.setWindowTitle(self.tr("Export for the accountant (SIE)"))
        self.year = QLineEdit(str(year), self)
        self.year.setObjectName("sieYearEdit")
        self.error = _error_label(self, "sieErrorLabel")
        intro = self.tr("An SIE 4 file with one voucher per invoice, credit note and payment of"
                        " the year, on the BAS accounts of the practice details. It names"
                        " invoice numbers and amounts, no client.")
        self.with_csv = QCheckBox(self.tr("Also the year's invoices as a CSV file beside it"
                                          " (it names the clients: keep it safe)"), self)
        self.with_csv.setObjectName("sieWithCsvCheck")
        buttons = _lay_out(self, intro, [(self.tr("&Year:"), self.year),
                                         ("", self.with_csv)], self.error)
        buttons.accepted.connect(self.submitted)
        self.year.textEdited.connect(self.error.clear)

    def read(self) -> int | None:
        try:
            return read_count(self.year, self.tr("Year"), 1900, 9999)
        except FieldRefused as refusal:
            refuse(self.error, refusal)
            return None


class ChargeDialog(QDialog):
    """The price of one session (held, cancelled late, or missed) invoiced on its own."""

    submitted = Signal()

    def __init__(self, session_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chargeDialog")
        self.setWindowTitle(self.tr("Invoice this session"))
        self.price = QLineEdit(self)
        self.price.setObjectName("chargePriceEdit")
        self.price.setPlaceholderText(self.tr("kronor, VAT included"))
        self.error = _error_label(self, "chargeErrorLabel")
        intro = self.tr("%1 on an invoice of its own. The invoice is shown before it is"
                        " issued.").replace("%1", session_text)
        buttons = _lay_out(self, intro, [(self.tr("&Price (kr):"), self.price)], self.error)
        buttons.accepted.connect(self.submitted)
        self.price.textEdited.connect(self.error.clear)

    def read(self) -> int | None:
        try:
            return read_required_amount_ore(self.price, self.tr("Price"), MAX_CHARGE_KRONOR)
        except FieldRefused as refusal:
            refuse(self.error, refusal)
            return None


MAX_CHARGE_KRONOR = 1_000_000
