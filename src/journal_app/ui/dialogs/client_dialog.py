"""New or edit client. The identity number is checked as it is typed, and the reason for a
refusal is said in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.models import Client
from journal_app.ui.modal import widen_fields


class ClientDialog(QDialog):
    submitted = Signal(dict)  # the fields; the controller saves them or calls show_error()

    def __init__(self, client: Client | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self.client = client
        self.setWindowTitle(self.tr("New client") if client is None else self.tr("Edit client"))
        self.name = QLineEdit(self)
        self.name.setObjectName("clientNameEdit")
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("idNumberEdit")
        self.id_number.setPlaceholderText(self.tr("YYYYMMDD-NNNN (optional)"))
        self.id_hint = QLabel(self)
        self.id_hint.setObjectName("idNumberHint")
        self.id_hint.setWordWrap(True)
        self.id_hint.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.email = QLineEdit(self)
        self.email.setObjectName("emailEdit")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phoneEdit")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("addressEdit")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(70)
        self.free_text = QPlainTextEdit(self)
        self.free_text.setObjectName("freeTextEdit")
        self.free_text.setTabChangesFocus(True)
        self.free_text.setMaximumHeight(90)
        self.error = QLabel(self)
        self.error.setObjectName("clientErrorLabel")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("clientDialogButtons")

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Identity number:"), self.id_number),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&Address:"), self.address),
            (self.tr("No&tes about the client:"), self.free_text),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            if widget is self.id_number:
                form.addRow("", self.id_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        widen_fields(self)
        if client is not None:
            self.name.setText(client.name)
            self.id_number.setText(client.id_number or "")
            self.email.setText(client.email)
            self.phone.setText(client.phone)
            self.address.setPlainText(client.address)
            self.free_text.setPlainText(client.free_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "id_number": self.id_number.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "address": self.address.toPlainText(),
            "free_text": self.free_text.toPlainText(),
        }

    def _submit(self) -> None:
        self.submitted.emit(self.fields())

    def show_error(self, message: str, focus: QWidget | None = None) -> None:
        """Say why the client cannot be saved (empty: the reason already shows at the field,
        as the identity number's hint does; one message in one place)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        (focus or self.name).setFocus(Qt.FocusReason.OtherFocusReason)
