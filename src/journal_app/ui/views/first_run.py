"""First run: no vault yet. The pages where the practitioner chooses a passphrase, the retention
policy and the practice's name, then sees the recovery key once and confirms it is written down.
What they do is decided in ui/controllers/first_run_controller.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.keys.passphrase import Strength


def _centred(page: QWidget, card: QFrame) -> None:
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


class FirstRunPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        intro = QLabel(self.tr(
            "Your notes will be kept in an encrypted vault on this computer. The passphrase is "
            "the only way in: choose a few unrelated words that you will remember."), card)
        intro.setWordWrap(True)

        self.practice = QLineEdit(card)
        self.practice.setObjectName("practiceNameEdit")
        self.practice.setPlaceholderText(self.tr("Shown in the header of exported PDFs"))
        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("newPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(card)
        self.repeat.setObjectName("repeatPassphraseEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar(card)
        self.strength.setObjectName("strengthBar")
        self.strength.setRange(0, int(Strength.STRONG))
        self.strength.setTextVisible(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.reason = QLabel(card)
        self.reason.setObjectName("passphraseReasonLabel")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.policy = QComboBox(card)
        self.policy.setObjectName("retentionCombo")
        self.policy.addItem(self.tr("Erase a client's notes when their package is completed"),
                            RetentionPolicy.ERASE_ON_COMPLETION.value)
        self.policy.addItem(self.tr("Keep notes for 10 years (Patientdatalagen, licensed)"),
                            RetentionPolicy.PDL.value)
        policy_help = QLabel(self.tr(
            "Licensed practitioners whose journals fall under Patientdatalagen must keep notes "
            "for 10 years; everyone else erases them once the client's package is completed."),
            card)
        policy_help.setWordWrap(True)
        policy_help.setEnabled(False)
        self.error = QLabel(card)
        self.error.setObjectName("createErrorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.create_button = QPushButton(self.tr("&Create vault"), card)
        self.create_button.setObjectName("createVaultButton")
        self.create_button.setDefault(True)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Practice name:"), self.practice),
            (self.tr("Pass&phrase:"), self.passphrase),
            (self.tr("&Repeat passphrase:"), self.repeat),
            (self.tr("Strength:"), self.strength),
            (self.tr("R&etention:"), self.policy),
        ):
            label = QLabel(text, card)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            if widget is self.strength:
                form.addRow("", self.reason)
        form.addRow("", policy_help)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(_heading(self.tr("Welcome: create your journal vault"), card))
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.busy)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        _centred(self, card)


class RecoveryKeyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyPage")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        text = QLabel(self.tr(
            "If you forget your passphrase, this recovery key is the only other way into the "
            "vault. Write it down on paper now and keep it somewhere safe, away from the "
            "laptop. It is shown only this once."), card)
        text.setWordWrap(True)
        self.key = QLabel(card)
        self.key.setObjectName("recoveryKeyLabel")
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setBold(True)
        self.key.setFont(mono)
        self.key.setFrameShape(QFrame.Shape.Box)
        self.key.setMargin(12)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.save_sheet = QPushButton(self.tr("Save &printable sheet (PDF)…"), card)
        self.save_sheet.setObjectName("recoverySheetButton")
        self.sheet_status = QLabel(card)
        self.sheet_status.setObjectName("recoverySheetStatus")
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setTextFormat(Qt.TextFormat.PlainText)  # a path
        self.confirm = QCheckBox(self.tr("I have &written the recovery key down"), card)
        self.confirm.setObjectName("recoveryConfirmCheck")
        self.continue_button = QPushButton(self.tr("&Start using the journal"), card)
        self.continue_button.setObjectName("recoveryContinueButton")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(_heading(self.tr("Your recovery key"), card))
        inner.addWidget(text)
        inner.addWidget(self.key)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.save_sheet)
        sheet_row.addStretch(1)
        inner.addLayout(sheet_row)
        inner.addWidget(self.sheet_status)
        inner.addWidget(self.confirm)
        inner.addLayout(buttons)
        _centred(self, card)
