"""Phrases expand as they are typed: an abbreviation followed by a space, a line break or a
punctuation mark becomes its text (as TerapiJournal's abbreviations do).

An event filter on the note editor. The typed space or mark goes in first as typing always
does, then the abbreviation is replaced in one edit block, so one Ctrl+Z gives back the
abbreviation as it was typed (with the space after it), and typing on does not expand it
again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_WORD_BEFORE = re.compile(r"([^\W_]+)$")  # letters and digits, as an abbreviation holds


def is_trigger(text: str) -> bool:
    """A character typed after an abbreviation that expands it."""
    return len(text) == 1 and (text in " \t\r\n" or unicodedata.category(text).startswith("P"))


class PhraseExpander(QObject):
    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.phrases: dict[str, str] = {}
        editor.installEventFilter(self)

    def set_phrases(self, phrases: Mapping[str, str]) -> None:
        self.phrases = dict(phrases)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress and self.phrases
                and not self.editor.isReadOnly() and isinstance(event, QKeyEvent)):
            blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if not event.modifiers() & blocked and is_trigger(event.text()):
                return self.expand(event.text())
        return False

    def expand(self, typed: str) -> bool:
        """Expand the abbreviation before the cursor, then `typed`; False when there is none
        (the key is then typed as usual)."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            return False
        before = cursor.block().text()[:cursor.positionInBlock()]
        found = _WORD_BEFORE.search(before)
        phrase = self.phrases.get(found.group(1)) if found else None
        if found is None or phrase is None:
            return False
        word = found.group(1)
        cursor.insertText("\n" if typed == "\r" else typed)  # as typing would: its own step
        after = cursor.position()
        start = after - 1 - len(word)
        cursor.beginEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(phrase)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        return True
