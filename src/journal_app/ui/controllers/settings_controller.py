"""Settings: saves what the practitioner changed in the settings dialog, the vault's own
(inside the encrypted database) through the one write entry, and the language (QSettings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QMessageBox,
)

from journal_app.core.domain.models import DEFAULT_TEMPLATES, RetentionPolicy
from journal_app.core.errors import JournalError
from journal_app.ui import i18n
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.settings_dialog import SettingsDialog


class SettingsController(QObject):
    """Fills the dialog from the vault and QSettings, and saves it back through the app's one
    write entry (the views refresh from its `changed` signal)."""

    def __init__(self, dialog: SettingsDialog, app: AppController, ui_settings: QSettings,
                 confirm: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(dialog)
        self._confirm = confirm or self._ask
        self.dialog = dialog
        self.app = app
        self.ui_settings = ui_settings
        self.language_changed = False
        stored = app.journal.vault_settings()
        language = str(ui_settings.value(i18n.SETTINGS_KEY, "") or "")
        dialog.language.setCurrentIndex(max(0, dialog.language.findData(language)))
        dialog.idle_minutes.setValue(stored.idle_lock_minutes)
        dialog.backup_days.setValue(stored.backup_reminder_days)
        dialog.practice.setText(stored.practice_name)
        dialog.practitioner.setText(stored.practitioner)
        dialog.late_counts.setChecked(stored.late_cancellation_counts)
        dialog.template.setPlainText(stored.note_template)
        self._policy = stored.retention_policy
        dialog.policy_choice.setCurrentIndex(
            max(0, dialog.policy_choice.findData(stored.retention_policy.value)))
        dialog.policy.setText(
            self.tr("Notes are kept 10 years (Patientdatalagen).")
            if stored.retention_policy is RetentionPolicy.PDL
            else self.tr("A client's notes are erased when their package is completed."))
        kept = app.journal.pdl_kept_clients()  # written under PDL: kept whatever the policy
        if kept and stored.retention_policy is not RetentionPolicy.PDL:
            dialog.policy.setText(dialog.policy.text() + " " + self.tr(
                "%n client(s) have notes written under PDL; those are kept 10 years after the"
                " last entry.", "", kept))
        dialog.buttons.accepted.connect(self.save)

    def _template_for(self, language: str, before: str) -> str:
        """The template typed in the dialog; the untouched default of the old language becomes
        the new language's default (headings in the language the practitioner now reads)."""
        typed = self.dialog.template.toPlainText()
        old, new = (i18n.effective_language(x) for x in (before, language))
        return DEFAULT_TEMPLATES[new] if typed == DEFAULT_TEMPLATES[old] else typed

    @Slot()
    def save(self) -> None:
        d = self.dialog
        language = str(d.language.currentData())
        before = str(self.ui_settings.value(i18n.SETTINGS_KEY, "") or "")
        template = self._template_for(language, before)
        try:
            self.app.apply(lambda journal: journal.update_settings(
                practice_name=d.practice.text(),
                practitioner=d.practitioner.text(),
                late_cancellation_counts=d.late_counts.isChecked(),
                note_template=template,
                idle_lock_minutes=d.idle_minutes.value(),
                backup_reminder_days=d.backup_days.value(),
            ))
        except JournalError as exc:
            d.error.setText(error_text(exc))
            return
        if not self._save_policy(RetentionPolicy(str(d.policy_choice.currentData()))):
            return
        self.ui_settings.setValue(i18n.SETTINGS_KEY, language)
        self.language_changed = i18n.effective_language(language) != i18n.effective_language(before)
        d.accept()

    def _save_policy(self, chosen: RetentionPolicy) -> bool:
        """A change of policy is confirmed, logged, and never erases anything by itself."""
        if chosen is self._policy:
            return True
        if chosen is RetentionPolicy.PDL:
            text = self.tr("From now on, notes are kept at least 10 years after the last entry "
                           "and cannot be erased earlier, except by a decision of IVO. Nothing is "
                           "erased or changed now. Change the retention policy?")
        else:
            text = self.tr("From now on, a client's notes are offered for erasure when their "
                           "package is completed. Notes already written under PDL stay kept 10 "
                           "years after their last entry. Nothing is erased now. Change the "
                           "retention policy?")
        if not self._confirm(self.tr("Change the retention policy"), text):
            self.dialog.policy_choice.setCurrentIndex(
                max(0, self.dialog.policy_choice.findData(self._policy.value)))
            return False
        try:
            self.app.apply(lambda journal: journal.change_policy(chosen))
        except JournalError as exc:
            self.dialog.error.setText(error_text(exc))
            return False
        self._policy = chosen
        return True

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.dialog)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
