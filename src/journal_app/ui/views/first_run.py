"""First run: no vault yet. Choose a passphrase, the retention policy and the practice's name;
then see the recovery key once and confirm it is written down."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Slot
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

from journal_app.core.domain.models import DEFAULT_TEMPLATES, RetentionPolicy
from journal_app.core.errors import JournalError, WeakPassphrase
from journal_app.core.keys.passphrase import Strength, assess, check_passphrase
from journal_app.ui import i18n
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs.recovery_dialog import save_sheet_as


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


class FirstRunController(QObject):
    """Checks the passphrase as it is typed and creates the vault off the GUI thread."""

    def __init__(self, page: FirstRunPage, key_page: RecoveryKeyPage, app: AppController) -> None:
        super().__init__(page)
        self.page = page
        self.key_page = key_page
        self.app = app
        self._connect_signals()
        self._update_strength()

    def _connect_signals(self) -> None:
        self.page.passphrase.textChanged.connect(self._update_strength)
        self.page.repeat.textChanged.connect(self._update_strength)
        self.page.create_button.clicked.connect(self.submit)
        self.page.repeat.returnPressed.connect(self.submit)
        self.app.busyChanged.connect(self._on_busy)
        self.app.createFailed.connect(self._show_error)
        self.app.created.connect(self._show_key)
        self.key_page.confirm.toggled.connect(self.key_page.continue_button.setEnabled)
        self.key_page.continue_button.clicked.connect(self._finish)
        self.key_page.save_sheet.clicked.connect(self.save_sheet)

    def _strength_names(self) -> dict[Strength, str]:
        return {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak"),
            Strength.FAIR: self.tr("Fair"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }

    def refusal(self) -> str | None:
        """Why the passphrase cannot be used yet, in plain words; None when it can."""
        first, second = self.page.passphrase.text(), self.page.repeat.text()
        try:
            check_passphrase(first)
        except WeakPassphrase:
            if len(first) < 12:
                return self.tr("Use at least 12 characters; you have %1. A few unrelated words "
                               "make a long passphrase that is easy to remember.").replace(
                                   "%1", str(len(first)))
            if first != first.strip():
                return self.tr("The passphrase starts or ends with a space, which is easy to "
                               "lose.")
            return self.tr("Use more different characters; this one repeats too few.")
        if first != second:
            return self.tr("The two passphrases are not the same yet.")
        return None

    @Slot()
    def _update_strength(self) -> None:
        level = assess(self.page.passphrase.text()).strength
        self.page.strength.setValue(int(level))
        self.page.strength.setFormat(self._strength_names()[level])
        reason = self.refusal()
        self.page.reason.setText(reason or self.tr("This passphrase can be used."))
        self.page.create_button.setEnabled(reason is None and not self.app.busy)

    @Slot()
    def submit(self) -> None:
        reason = self.refusal()
        if reason is not None:
            self._show_error(reason)
            return
        self.page.error.clear()
        policy = RetentionPolicy(self.page.policy.currentData())
        self.app.create(self.page.passphrase.text(), self.page.practice.text(), policy)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.page.busy.setVisible(busy)
        for widget in (self.page.passphrase, self.page.repeat, self.page.practice,
                       self.page.policy, self.page.create_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_strength()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.page.error.setText(message)
        self.page.passphrase.setFocus()

    @Slot(str)
    def _show_key(self, recovery_key: str) -> None:
        self.page.passphrase.clear()
        self.page.repeat.clear()
        self._set_template()
        self.key_page.sheet_status.clear()
        self.key_page.key.setText(recovery_key)
        self.key_page.confirm.setChecked(False)
        self.key_page.confirm.setFocus()

    def _set_template(self) -> None:
        """The core's default note template is Swedish; a new vault gets the template in the
        language the app speaks."""
        template = DEFAULT_TEMPLATES[i18n.current_language()]
        with contextlib.suppress(JournalError):  # else the Swedish default stays
            self.app.apply(lambda journal: journal.update_settings(note_template=template))

    @Slot()
    def save_sheet(self) -> None:
        """The printable recovery-key sheet, the paper copy of the key shown once here."""
        key = self.key_page.key.text()
        if not key or not self.app.is_unlocked:
            return
        vault = self.app.vault
        saved = save_sheet_as(self.key_page, key, vault_id=vault.header.vault_id,
                              practice_name=vault.journal.vault_settings().practice_name,
                              issued=self.app.clock.now(), language=i18n.current_language())
        if saved is not None:
            self.key_page.sheet_status.setText(
                self.tr("The sheet was saved: %1. Print it, then delete the file.")
                .replace("%1", str(saved)))

    @Slot()
    def _finish(self) -> None:
        self.key_page.key.clear()  # shown once only
        self.key_page.sheet_status.clear()
        self.app.finish_first_run()
