"""First run: checks the passphrase as it is typed, creates the vault off the GUI thread, shows
the recovery key once and saves its sheet."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Slot

from journal_app.core.domain.models import DEFAULT_TEMPLATES, RetentionPolicy
from journal_app.core.errors import JournalError, WeakPassphrase
from journal_app.core.keys.passphrase import Strength, assess, check_passphrase
from journal_app.ui import i18n
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs.recovery_dialog import save_sheet_as
from journal_app.ui.views.first_run import FirstRunPage, RecoveryKeyPage


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
