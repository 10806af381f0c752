"""Templates and phrases in the window: "Note templates…" and "Phrases…" in the Vault menu
open their dialogs; each save, delete or choice of default goes through the app's one write
entry, and a refusal (naming the field) is shown in the dialog with nothing changed. The
dialogs are closed by a lock like every other (modal.close_for_lock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change, PhraseChange, TemplateChange
from journal_app.core.journal.facade import Journal
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.phrases_dialog import PhrasesDialog
from journal_app.ui.dialogs.templates_dialog import NEW, TemplatesDialog
from journal_app.ui.modal import open_dialog

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class TemplatesActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.controller
        self.templates_dialog: TemplatesDialog | None = None
        self.phrases_dialog: PhrasesDialog | None = None
        self.templates_action = QAction(self.tr("Note &templates…"), window)
        self.templates_action.setObjectName("templatesAction")
        self.phrases_action = QAction(self.tr("P&hrases…"), window)
        self.phrases_action.setObjectName("phrasesAction")
        for action in (self.templates_action, self.phrases_action):
            window.add_vault_action(action)
        self.templates_action.triggered.connect(self.open_templates)
        self.phrases_action.triggered.connect(self.open_phrases)
        self.app.locked.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        self.templates_dialog = self.phrases_dialog = None

    def _write(self, dialog: TemplatesDialog | PhrasesDialog,
               write: Callable[[Journal], Change]) -> Change | None:
        try:  # as typed: the core refuses, naming the field, and stores nothing
            return self.app.apply(write)
        except JournalError as exc:
            dialog.show_error(error_text(exc))
            return None

    # Templates ---------------------------------------------------------------------------------

    @Slot()
    def open_templates(self) -> None:
        if not self.app.is_unlocked:
            return
        dialog = TemplatesDialog(self.window)
        dialog.save_requested.connect(self._save_template)
        dialog.delete_requested.connect(self._delete_template)
        dialog.default_requested.connect(self._set_default)
        self.templates_dialog = dialog
        self._refresh_templates()
        open_dialog(dialog)

    def _refresh_templates(self, select: str | None = None) -> None:
        if self.templates_dialog is not None:
            journal = self.app.journal
            self.templates_dialog.set_templates(journal.note_templates(),
                                                journal.default_template().id, select)

    def _save_template(self, template_id: str, name: str, body: str, language: str) -> None:
        dialog = self.templates_dialog
        if dialog is None:
            return
        change = self._write(dialog, (lambda j: j.add_template(name, body, language))
                             if template_id == NEW
                             else (lambda j: j.update_template(template_id, name, body,
                                                               language)))
        if isinstance(change, TemplateChange):
            self._refresh_templates(change.template.id)

    def _delete_template(self, template_id: str) -> None:
        dialog = self.templates_dialog
        if dialog is None or template_id == NEW:
            return
        if self._write(dialog, lambda j: j.delete_template(template_id)) is not None:
            self._refresh_templates("")

    def _set_default(self, template_id: str) -> None:
        dialog = self.templates_dialog
        if dialog is None or template_id == NEW:
            return
        if self._write(dialog, lambda j: j.set_default_template(template_id)) is not None:
            self._refresh_templates(template_id)

    # Phrases -----------------------------------------------------------------------------------

    @Slot()
    def open_phrases(self) -> None:
        if not self.app.is_unlocked:
            return
        dialog = PhrasesDialog(self.window)
        dialog.save_requested.connect(self._save_phrase)
        dialog.delete_requested.connect(self._delete_phrase)
        self.phrases_dialog = dialog
        phrases = self.app.journal.phrases()
        dialog.set_phrases(phrases, phrases[0].id if phrases else NEW)
        open_dialog(dialog)

    def _save_phrase(self, phrase_id: str, abbreviation: str, text: str) -> None:
        dialog = self.phrases_dialog
        if dialog is None:
            return
        change = self._write(dialog, (lambda j: j.add_phrase(abbreviation, text))
                             if phrase_id == NEW
                             else (lambda j: j.update_phrase(phrase_id, abbreviation, text)))
        if isinstance(change, PhraseChange):
            dialog.set_phrases(self.app.journal.phrases(), change.phrase.id)

    def _delete_phrase(self, phrase_id: str) -> None:
        dialog = self.phrases_dialog
        if dialog is None or phrase_id == NEW:
            return
        if self._write(dialog, lambda j: j.delete_phrase(phrase_id)) is not None:
            dialog.set_phrases(self.app.journal.phrases(), NEW)
