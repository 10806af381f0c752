"""Add a package (samtalspaket) and add a session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import Package, SessionStatus
from journal_app.ui.dialogs import MIN_FIELD_WIDTH, widen_fields
from journal_app.ui.formatting import progress_text, status_text


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


class PackageDialog(QDialog):
    """Add a package, or (given one) correct a running package; `removable` offers to remove
    it (only a package without sessions may go)."""

    submitted = Signal()
    removeRequested = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None, *,
                 package: Package | None = None, removable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.package = package
        self.setWindowTitle(self.tr("Add package") if package is None else self.tr("Edit package"))
        self.name = QLineEdit(self.tr("%1-session package").replace("%1", "5"), self)
        self.name.setObjectName("packageNameEdit")
        self.sessions = QSpinBox(self)
        self.sessions.setObjectName("packageSessionsSpin")
        self.sessions.setRange(1, 1000)
        self.sessions.setValue(5)
        self.purchased = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.purchased.setObjectName("packagePurchasedEdit")
        self.purchased.setCalendarPopup(True)
        # No maximum date: Qt would drop the keys of a later date typed in and keep a mixed-up
        # one; the core refuses a date after today with a message instead.
        self.price = QDoubleSpinBox(self)
        self.price.setObjectName("packagePriceSpin")
        self.price.setRange(0, 10_000_000)
        self.price.setDecimals(2)
        self.price.setSuffix(" kr")
        self.price.setSpecialValueText(self.tr("Not recorded"))
        if package is not None:
            self.sessions.setValue(package.sessions_total)
            self.name.setText(package.name)
            bought = package.purchased
            self.purchased.setDate(QDate(bought.year, bought.month, bought.day))
            self.price.setValue((package.price_ore or 0) / 100)
        self.error, buttons = _lay_out(self, [
            (self.tr("&Name:"), self.name),
            (self.tr("&Sessions:"), self.sessions),
            (self.tr("&Bought on:"), self.purchased),
            (self.tr("&Price:"), self.price),
        ], "packageErrorLabel", self.submitted)
        self.remove_button = buttons.addButton(self.tr("&Remove package"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removePackageButton")
        self.remove_button.setVisible(removable)
        self.remove_button.clicked.connect(self.removeRequested)
        self.sessions.valueChanged.connect(self._rename)
        for edit in (self.name, self.sessions.lineEdit(), self.price.lineEdit()):
            edit.textEdited.connect(self.error.clear)  # an old complaint never outlives its fix
        widen_fields(self)
        self.setMinimumWidth(420)
        self._auto_name = self.name.text() if package is None else ""

    def _rename(self, count: int) -> None:
        """Keep the suggested name in step with the count until the person edits it."""
        if self.name.text() == self._auto_name:
            self._auto_name = self.tr("%1-session package").replace("%1", str(count))
            self.name.setText(self._auto_name)

    def sessions_acceptable(self) -> bool:
        """False, with the reason shown and the cursor in the field, when the typed count is
        out of range ("0" typed: `value()` still says the earlier count)."""
        if self.sessions.hasAcceptableInput():
            return True
        self.error.setText(self.tr("A package holds between %1 and %2 sessions.").replace(
            "%1", str(self.sessions.minimum())).replace("%2", str(self.sessions.maximum())))
        self.sessions.setFocus()
        return False

    def purchased_date(self) -> dt.date:
        value = self.purchased.date()
        return dt.date(value.year(), value.month(), value.day())

    def price_ore(self) -> int | None:
        return round(self.price.value() * 100) if self.price.value() > 0 else None


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
        self.start = QDateTimeEdit(QDateTime(
            QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)), self)
        self.start.setObjectName("sessionStartEdit")
        self.start.setCalendarPopup(True)
        self.status = QComboBox(self)
        self.status.setObjectName("sessionStatusCombo")
        for status in (SessionStatus.PLANNED, SessionStatus.HELD):
            self.status.addItem(status_text(status), status.value)
        self.error, _buttons = _lay_out(self, [
            (self.tr("&Package:"), self.package),
            (self.tr("&Date and time:"), self.start),
            (self.tr("&Status:"), self.status),
        ], "sessionErrorLabel", self.submitted)
        self.package.setMinimumWidth(MIN_FIELD_WIDTH)
        self.setMinimumWidth(420)

    def start_time(self) -> dt.datetime:
        value = self.start.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def chosen_status(self) -> SessionStatus:
        return SessionStatus(self.status.currentData())
