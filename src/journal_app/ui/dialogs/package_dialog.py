"""Add a package (samtalspaket) and add a session.

Every field is plain text, read as typed when OK is pressed (typed_fields.py): a value that
cannot be taken is refused with a line naming the field, and the cursor goes there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.invoicing import VatStatus
from journal_app.core.domain.models import Package, SessionStatus
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.storage.packages import MAX_SESSIONS_PER_PACKAGE
from journal_app.ui.core_messages import error_text
from journal_app.ui.formatting import progress_text, status_text
from journal_app.ui.modal import MIN_FIELD_WIDTH, widen_fields
from journal_app.ui.typed_fields import (
    FieldRefused,
    format_amount_ore,
    format_date_field,
    format_datetime_field,
    read_amount_ore,
    read_count,
    read_date,
    read_datetime,
)

MAX_PRICE_KRONOR = 10_000_000


def _form(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text, dialog)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)
    return form


def _lay_out(dialog: QDialog, rows: list[tuple[str, QWidget]], error_name: str,
             submitted: SignalInstance) -> tuple[QLabel, QDialogButtonBox]:
    """The form, an error line and OK/Cancel; returns the error label and the buttons."""
    error = QLabel(dialog)
    error.setObjectName(error_name)
    error.setWordWrap(True)
    error.setTextFormat(Qt.TextFormat.PlainText)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addLayout(_form(dialog, rows))
    layout.addWidget(error)
    layout.addWidget(buttons)
    buttons.accepted.connect(submitted)
    buttons.rejected.connect(dialog.reject)
    return error, buttons


@dataclass(frozen=True)
class PackageFields:
    name: str
    sessions_total: int
    purchased: dt.date
    price_ore: int | None
    vat: VatStatus | None = None  # None: the practice's VAT (the package overrides nothing)


def _refused(dialog: PackageDialog | SessionDialog, refusal: FieldRefused) -> None:
    dialog.error.setText(refusal.message)
    refusal.field.setFocus(Qt.FocusReason.OtherFocusReason)
    refusal.field.selectAll()


def show_core_refusal(dialog: PackageDialog | SessionDialog, error: JournalError) -> None:
    """The core refused what was typed: say why, and put the cursor in the field it names."""
    field = getattr(dialog, error.field or "", None) if isinstance(error, InvalidInput) else None
    if isinstance(field, QLineEdit):
        _refused(dialog, FieldRefused(field, error_text(error)))
    else:
        dialog.error.setText(error_text(error))


class PackageDialog(QDialog):
    """Add a package, or (given one) correct a running package; `removable` offers to remove
    it (only a package without sessions may go)."""

    submitted = Signal()
    removeRequested = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None, *,
                 package: Package | None = None, removable: bool = False,
                 vat: VatStatus | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.package = package
        self.setWindowTitle(self.tr("Add package") if package is None else self.tr("Edit package"))
        count = package.sessions_total if package is not None else 5
        self.name = QLineEdit(package.name if package is not None else self._default_name(count),
                              self)
        self.name.setObjectName("packageNameEdit")
        self.sessions = QLineEdit(str(count), self)
        self.sessions.setObjectName("packageSessionsEdit")
        self.sessions.setPlaceholderText(f"1–{MAX_SESSIONS_PER_PACKAGE}")
        bought = package.purchased if package is not None else today
        self.purchased = QLineEdit(format_date_field(bought), self)
        self.purchased.setObjectName("packagePurchasedEdit")
        self.purchased.setPlaceholderText(self.tr("year-month-day, like 2026-12-04"))
        price = package.price_ore if package is not None else None
        self.price = QLineEdit("" if price is None else format_amount_ore(price), self)
        self.price.setObjectName("packagePriceEdit")
        self.price.setPlaceholderText(self.tr("kronor; empty: not recorded"))
        # The invoice's VAT for this package (mervärdesskattelagen; docs/user-guide.md,
        # "Invoices"): the practice's unless the package says otherwise.
        self.vat = QComboBox(self)
        self.vat.setObjectName("packageVatCombo")
        for text, status in ((self.tr("As the practice's details say"), None),
                             (self.tr("25 % VAT"), VatStatus.VAT_25),
                             (self.tr("No VAT: health care by a licensed practitioner"),
                              VatStatus.EXEMPT_HEALTH_CARE),
                             (self.tr("No VAT: small business under the threshold"),
                              VatStatus.EXEMPT_SMALL_BUSINESS)):
            self.vat.addItem(text, status.value if status is not None else "")
        self.vat.setCurrentIndex(max(0, self.vat.findData(vat.value if vat else "")))
        self.error, buttons = _lay_out(self, [
            (self.tr("&Name:"), self.name),
            (self.tr("&Sessions:"), self.sessions),
            (self.tr("&Bought on:"), self.purchased),
            (self.tr("&Price (kr):"), self.price),
            (self.tr("&VAT on the invoice:"), self.vat),
        ], "packageErrorLabel", self.submitted)
        self.remove_button = buttons.addButton(self.tr("&Remove package"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removePackageButton")
        self.remove_button.setVisible(removable)
        self.remove_button.clicked.connect(self.removeRequested)
        # The suggested name follows the count until the person writes a name of their own;
        # a running package still called by its suggested name follows it too.
        self._auto_name = self.name.text() if self.name.text() == self._default_name(count) else ""
        self.sessions.textEdited.connect(self._rename)
        for edit in (self.name, self.sessions, self.purchased, self.price):
            edit.textEdited.connect(self.error.clear)  # an old complaint never outlives its fix
        widen_fields(self)
        self.setMinimumWidth(420)

    def _default_name(self, count: int) -> str:
        return self.tr("%1-session package").replace("%1", str(count))

    def _rename(self, typed: str) -> None:
        text = typed.strip()
        if self._auto_name and self.name.text() == self._auto_name and text.isdigit():
            self._auto_name = self._default_name(int(text))
            self.name.setText(self._auto_name)

    def read(self) -> PackageFields | None:
        """The fields as typed; None, with the reason shown and the cursor in the field, when
        one cannot be taken. The core still checks what it alone knows (dates, held count)."""
        try:
            return PackageFields(
                name=self.name.text(),
                sessions_total=read_count(self.sessions, self.tr("Sessions"), 1,
                                          MAX_SESSIONS_PER_PACKAGE),
                purchased=read_date(self.purchased, self.tr("Bought on")),
                price_ore=read_amount_ore(self.price, self.tr("Price"), MAX_PRICE_KRONOR),
                vat=VatStatus(self.vat.currentData()) if self.vat.currentData() else None)
        except FieldRefused as refusal:
            _refused(self, refusal)
            return None


class SessionDialog(QDialog):
    submitted = Signal()

    def __init__(self, packages: list[Package], when: dt.datetime,
                 parent: QWidget | None = None, *, preferred: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Add session"))
        self.package = QComboBox(self)
        self.package.setObjectName("sessionPackageCombo")
        for package in packages:
            label = f"{package.name} ({progress_text(package.sessions_counted, package.sessions_total)})"
            self.package.addItem(label, package.id)
        self.package.setCurrentIndex(max(0, self.package.findData(preferred)))
        self.start = QLineEdit(format_datetime_field(when), self)
        self.start.setObjectName("sessionStartEdit")
        self.start.setPlaceholderText(self.tr("year-month-day hour:minute, like 2026-12-04 14:30"))
        self.status = QComboBox(self)
        self.status.setObjectName("sessionStatusCombo")
        for status in (SessionStatus.PLANNED, SessionStatus.HELD):
            self.status.addItem(status_text(status), status.value)
        self.error, _buttons = _lay_out(self, [
            (self.tr("&Package:"), self.package),
            (self.tr("&Date and time:"), self.start),
            (self.tr("&Status:"), self.status),
        ], "sessionErrorLabel", self.submitted)
        self.start.textEdited.connect(self.error.clear)
        widen_fields(self)
        self.package.setMinimumWidth(MIN_FIELD_WIDTH)
        self.setMinimumWidth(420)

    def start_time(self) -> dt.datetime | None:
        """The typed start; None, with the reason shown, when it is not a date and time."""
        try:
            return read_datetime(self.start, self.tr("Date and time"))
        except FieldRefused as refusal:
            _refused(self, refusal)
            return None

    def chosen_status(self) -> SessionStatus:
        return SessionStatus(self.status.currentData())
