"""Practice details: the seller as every invoice shows it (core/storage/practice.py FIELDS).

Layout only: each field is a plain text field, a check box or a choice, read as typed by
PracticeController, which hands the core only what changed; the core stores it as typed or
refuses it naming the field, and the cursor goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.invoicing import PracticeDetails, VatStatus
from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.modal import widen_fields

ACCOUNTS = ("receivables", "sales_vat_25", "sales_exempt", "output_vat_25", "bank")
FLAGS = ("f_skatt", "ocr_length_digit", "print_id_number")


class PracticeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDialog")
        self.setWindowTitle(self.tr("Practice details"))
        # field name (as the core knows it) -> the widget, and the label that names it
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(72)
        self.vat_status = QComboBox(self)
        self.vat_status.addItem(self.tr("25 % VAT (counselling, coaching)"),
                                VatStatus.VAT_25.value)
        self.vat_status.addItem(self.tr("Exempt: health care by a licensed practitioner"
                                        " (ML 10 kap. 6–7 §§)"),
                                VatStatus.EXEMPT_HEALTH_CARE.value)
        self.vat_status.addItem(self.tr("Exempt: small business under the threshold"
                                        " (ML 18 kap.)"),
                                VatStatus.EXEMPT_SMALL_BUSINESS.value)
        seller = self._group(self.tr("Seller"), [
            ("legal_name", self.tr("&Legal name:"), self._edit("legal_name")),
            ("org_number", self.tr("&Organisation number:"), self._edit(
                "org_number", self.tr("556677-8899, or a sole trader's personnummer"))),
            ("address", self.tr("&Address:"), self.address),
            ("email", self.tr("&Email:"), self._edit("email")),
            ("phone", self.tr("P&hone:"), self._edit("phone")),
            ("vat_status", self.tr("&VAT:"), self.vat_status),
            ("vat_number", self.tr("VAT &number:"), self._edit(
                "vat_number", self.tr("SE556677889901, where registered"))),
            ("f_skatt", "", self._check("f_skatt", self.tr("Approved for &F-skatt"))),
        ])
        payment = self._group(self.tr("Payment"), [
            ("bankgiro", self.tr("&Bankgiro:"), self._edit("bankgiro", "5050-1055")),
            ("plusgiro", self.tr("Plus&giro:"), self._edit("plusgiro")),
            ("swish_number", self.tr("&Swish number:"), self._edit("swish_number",
                                                                     "123 456 78 90")),
            ("payment_terms_days", self.tr("Payment &terms (days):"),
             self._edit("payment_terms_days")),
            ("series_start", self.tr("First invoice n&umber:"), self._edit("series_start")),
            ("ocr_length_digit", "", self._check(
                "ocr_length_digit", self.tr("OCR reference with a length digit"))),
            ("print_id_number", "", self._check(
                "print_id_number", self.tr("Print the client's personnummer on invoices"))),
        ])
        accounts = self._group(self.tr("Accounts for the accountant (BAS)"), [
            (f"account_{name}", text, self._edit(f"account_{name}")) for name, text in (
                ("receivables", self.tr("Accounts receivable:")),
                ("sales_vat_25", self.tr("Sales, 25 % VAT:")),
                ("sales_exempt", self.tr("Sales, VAT exempt:")),
                ("output_vat_25", self.tr("Output VAT 25 %:")),
                ("bank", self.tr("Bank:")))
        ])
        self.error = QLabel(self)
        self.error.setObjectName("practiceErrorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(seller, 1)
        right = QVBoxLayout()
        right.addWidget(payment)
        right.addWidget(accounts)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        widen_fields(self)
        set_reading_order([*self.fields.values(), self.buttons])  # seller, then payment
        for name in (f"account_{a}" for a in ACCOUNTS):
            self.fields[name].setMinimumWidth(80)
        for name in ("payment_terms_days", "series_start"):
            self.fields[name].setMinimumWidth(120)

    def _edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"practice_{name}")
        edit.setPlaceholderText(placeholder)
        return edit

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(f"practice_{name}")
        self.labels[name] = text.replace("&", "")
        return box

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        for name, text, widget in rows:
            self.fields[name] = widget
            widget.setObjectName(f"practice_{name}")
            if text:
                label = QLabel(text, group)
                label.setBuddy(widget)
                self.labels[name] = text.replace("&", "").rstrip(":")
                widget.setAccessibleName(self.labels[name])
                form.addRow(label, widget)
            else:
                form.addRow("", widget)
        return group

    # Values ----------------------------------------------------------------------------------

    def show_details(self, practice: PracticeDetails) -> None:
        for name, value in as_texts(practice).items():
            widget = self.fields[name]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value == "yes")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def typed(self) -> dict[str, str]:
        """Every field as typed (a check box as yes/no, the VAT choice as its code)."""
        out: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[name] = "yes" if widget.isChecked() else "no"
            elif isinstance(widget, QComboBox):
                out[name] = str(widget.currentData())
        return out


def field_labels() -> dict[str, str]:
    """Each detail's label as the dialog shows it, in the app's language (for a message that
    names details the person has not seen in the dialog yet)."""
    dialog = PracticeDialog()
    labels = dict(dialog.labels)
    dialog.deleteLater()
    return labels


def as_texts(practice: PracticeDetails) -> dict[str, str]:
    """The stored details as the dialog's fields show them (the core's field names)."""
    out = {name: str(getattr(practice, name)) for name in (
        "legal_name", "org_number", "address", "email", "phone", "vat_number", "bankgiro",
        "plusgiro", "swish_number", "payment_terms_days", "series_start")}
    out["vat_status"] = practice.vat_status.value
    for flag in FLAGS:
        out[flag] = "yes" if getattr(practice, flag) else "no"
    for name in ACCOUNTS:
        out[f"account_{name}"] = str(getattr(practice.accounts, name))
    return out
