"""Spell checking's link to the vault: the practitioner's own words are read at unlock, added
through the one write entry (AppController.apply → Journal.add_own_word), used by every
attached editor as soon as the change record says so, and dropped from memory at a lock.

    spelling = SpellingController(app, parent)
    spelling.attach_to_notes(editor.text, notes.templates)  # the note editor
    spelling.attach(card_page.text)                          # the journal card's texts
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change, ChangeKind, OwnWordChange
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.i18n import current_language
from journal_app.ui.views.spell_check import ExtraFormat, SpellChecking, attach_spell_checking

if TYPE_CHECKING:
    from journal_app.ui.controllers.note_templates import NoteTemplates


class SpellingController(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, app: AppController, parent: QObject | None = None,
                 current_client: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self.app = app
        self.checkers: list[SpellChecking] = []
        # The client whose note or card is being written: a word added there, most often the
        # client's own name, is erased with the client.
        self.current_client = current_client
        app.busyChanged.connect(self._on_busy)
        app.unlocked.connect(self._on_unlocked)
        app.locked.connect(self._on_locked)
        app.changed.connect(self._on_changed)

    def attach(self, editor: QPlainTextEdit, extra_format: ExtraFormat | None = None,
               language: Callable[[], str | None] = lambda: None) -> SpellChecking:
        """Spell check `editor` in `language` (a template's), else in the language the app
        speaks, with the vault's own words."""
        checking = attach_spell_checking(editor, lambda: language() or current_language(),
                                         add_word=self.add_word,
                                         extra_format=extra_format, load_now=False)
        self.checkers.append(checking)
        # An editor of a dialog goes with the dialog: its checker leaves the list first.
        editor.destroyed.connect(lambda *_: self._forget_checker(checking))
        if self.app.is_unlocked:
            checking.refresh()
            checking.set_own_words(self.app.journal.own_words())
        return checking

    def attach_to_notes(self, editor: QPlainTextEdit, templates: NoteTemplates) -> SpellChecking:
        """The note editor: its template's headings are drawn by this highlighter (a document
        has one) and left unchecked; a note is checked in the language of the template it was
        started from (a built-in one's, or the one an own template was given), else the app's."""
        checking = self.attach(editor, templates.heading_marks.formats, lambda: templates.language)
        templates.heading_marks.redraw = checking.highlighter.rehighlight
        templates.language_known = checking.refresh
        return checking

    def _forget_checker(self, checking: SpellChecking) -> None:
        if checking in self.checkers:
            self.checkers.remove(checking)

    def _on_busy(self, busy: bool) -> None:
        """An unlock (or the first run) has begun: load the dictionary now. Hunspell holds the
        interpreter for a quarter of a second while it reads the files; during the key
        derivation nobody types, and the window's start is not delayed by it."""
        if busy:
            for checking in self.checkers:
                checking.refresh()

    def add_word(self, word: str) -> bool:
        client_id = self.current_client()  # the word goes with this client's erase
        try:
            self.app.apply(lambda journal: journal.add_own_word(word, client_id))
        except JournalError as error:
            self.message.emit(error_text(error))
            return False
        return True

    def _on_unlocked(self) -> None:
        words = self.app.journal.own_words()
        for checking in self.checkers:
            checking.refresh()
            checking.set_own_words(words)

    def _on_locked(self) -> None:
        for checking in self.checkers:
            checking.forget()

    def _on_changed(self, change: Change) -> None:
        if isinstance(change, OwnWordChange) and change.kind is ChangeKind.OWN_WORD_ADDED:
            for checking in self.checkers:
                checking.add_own_word(change.word)
        elif isinstance(change, OwnWordChange) and self.app.is_unlocked:
            self._on_unlocked()
