"""Spell checking in a plain-text editor: misspelt words underlined with a red wavy line, and on
a right-click the suggestions and "Add to my dictionary" above the editor's own menu.

    checking = attach_spell_checking(editor, language=current_language, add_word=...)

`add_word(word)` stores the word (the controller writes it to the vault through the facade) and
returns whether it did; `checking.add_own_word(word)` then makes every editor use it at once.
Typing never waits for the checker (docs/spelling.md): the dictionary loads off the GUI thread
before the first key (in the app: when an unlock starts, spelling_controller.py);
QSyntaxHighlighter re-checks only the paragraph that changed; answers are cached per word; a
big change (a note opened, a paste) is checked for a few milliseconds and the rest a slice at
a time from the event loop, the paragraphs on screen first; suggestions are computed only when
the menu is asked for.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit

from journal_app.ui.spell_engine import (
    Span,
    Speller,
    WordCheck,
    load_speller,
    loaded_speller,
    words_in,
)
from journal_app.ui.tasks import run_task
from journal_app.ui.theme import colour, watcher
from journal_app.ui.views.measure_chart import restore_none_refs

# A hook for other per-paragraph formatting (headings): (start, length, format) runs.
ExtraFormat = Callable[[str], list[tuple[int, int, QTextCharFormat]]]
SLICE_MS = 8  # the longest a background re-check runs before it lets the event loop go on
BURST_MS = 8  # the checking one big change (a note opened, a paste) may do before deferring


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of each paragraph Qt asks about (while typing, only the
    paragraph that changed). `extra_format` adds other formatting first; the wavy line is laid
    over it. A big change at once (a note opened, a long paste) gets BURST_MS of checking; the
    paragraphs past that are handed to `defer` and checked a slice at a time afterwards."""

    def __init__(self, document: QTextDocument, check: WordCheck,
                 extra_format: ExtraFormat | None = None,
                 defer: Callable[[list[QTextBlock]], None] | None = None) -> None:
        super().__init__(document)
        self.check = check
        self.extra_format = extra_format
        self.defer = defer
        self.sweeping = False  # set while the background re-check runs: never deferred then
        # The column of the cursor when it is in this paragraph, typing (None otherwise).
        self.hold_back: Callable[[QTextBlock], int | None] | None = None
        self._spent: float = 0.0
        self._deferred: list[QTextBlock] = []
        self._burst_open = False

    def highlightBlock(self, text: str) -> None:
        before = sys.getrefcount(None)
        try:
            self._highlight(text)
        finally:
            # PySide6 6.12 on Python 3.11: setFormat returns None without counting a reference
            # (measure_chart.py has the story); typing drains None to a fatal none_dealloc.
            restore_none_refs(before)

    def _highlight(self, text: str) -> None:
        marked = self.extra_format(text) if self.extra_format is not None else []
        for start, length, fmt in marked:
            self.setFormat(start, length, fmt)
        if marked or not self.check.ready:  # a marked line (a heading) is the template's text
            return
        if not self.sweeping:
            if not self._burst_open:
                self._burst_open = True
                QTimer.singleShot(0, self._end_burst)
            if self._spent > BURST_MS / 1000 and self.defer is not None:
                self._deferred.append(self.currentBlock())
                return
        began = time.perf_counter()
        held = self.hold_back(self.currentBlock()) if self.hold_back is not None else None
        for span in self.check.misspelt(text):
            if held is not None and span.start < held == span.start + span.length:
                continue  # the word being typed: judged once the cursor leaves it
            fmt = QTextCharFormat(self.format(span.start))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(colour("misspelt"))  # the scheme's, at each drawing
            self.setFormat(span.start, span.length, fmt)
        if not self.sweeping:
            self._spent += time.perf_counter() - began

    @property
    def deferring(self) -> bool:
        return bool(self._deferred)

    def _end_burst(self) -> None:
        self._burst_open, self._spent = False, 0.0
        deferred, self._deferred = self._deferred, []
        if deferred and self.defer is not None:
            self.defer(deferred)


class SpellChecking(QObject):
    """Spell checking attached to one editor. `language()` is asked whenever the editor gets a
    new text to show (`refresh`) and when it takes the focus."""

    ready = Signal()  # the dictionary is loaded and the text checked (tests wait for it)

    def __init__(self, editor: QPlainTextEdit, language: Callable[[], str],
                 add_word: Callable[[str], bool], extra_format: ExtraFormat | None = None,
                 load_now: bool = True) -> None:
        super().__init__(editor)
        self.editor = editor
        self.language = language
        self.add_word = add_word
        self.check = WordCheck()
        self.highlighter = SpellHighlighter(editor.document(), self.check, extra_format,
                                            defer=self._recheck)
        # A change of light/dark scheme redraws the lines in the new scheme's red.
        watcher().schemeChanged.connect(self.highlighter.rehighlight)
        self._pending: list[QTextBlock] = []
        self._sweep = QTimer(self)
        self._sweep.setInterval(0)
        self._sweep.timeout.connect(self._check_a_slice)
        self._wanted = ""
        self._held: tuple[int, int] | None = None  # (paragraph, column) of the word held back
        self.highlighter.hold_back = self._typing_column
        editor.cursorPositionChanged.connect(self._cursor_moved)
        self._viewport = editor.viewport()  # compared by identity: no call into a dying editor
        self._viewport.installEventFilter(self)
        editor.installEventFilter(self)
        if load_now:
            self.refresh()

    # The language and its dictionary -----------------------------------------------------------

    def refresh(self) -> None:
        """Use the dictionary of the language the text is in now; load it off the GUI thread."""
        language = self.language()
        if self.check.speller is not None and self.check.speller.language == language:
            return
        speller = loaded_speller(language)
        if speller is not None:
            self._use(speller)
            return
        self.check.use(None)
        if self._wanted != language:
            self._wanted = language
            run_task(lambda: load_speller(language), self._loaded, lambda _reason: None)

    def _loaded(self, speller: Speller) -> None:
        if not shiboken6.isValid(self.editor):  # the editor closed while the dictionary loaded
            return
        if self.language() == speller.language:
            self._use(speller)

    def _use(self, speller: Speller) -> None:
        self.check.use(speller)
        self.recheck_all()

    # The practitioner's own words ---------------------------------------------------------------

    def set_own_words(self, words: list[str]) -> None:
        self.check.set_own_words(words)
        self.recheck_all()

    def add_own_word(self, word: str) -> None:
        """A word now in the vault's dictionary: used at once, where it is written."""
        self.check.add_own_word(word)
        self.recheck_where(word)

    def forget(self) -> None:
        """At a lock: the own words and the cached answers leave memory."""
        self.check.forget()
        self._pending.clear()

    # Re-checking without a stall ---------------------------------------------------------------

    def recheck_all(self) -> None:
        self._recheck([b for b in _blocks(self.editor.document())])

    def recheck_where(self, word: str) -> None:
        self._recheck([b for b in _blocks(self.editor.document()) if word.casefold()
                       in b.text().casefold()])

    def _recheck(self, blocks: list[QTextBlock]) -> None:
        """The paragraphs on screen first, then the rest, a slice at a time."""
        top = self.editor.firstVisibleBlock().blockNumber()
        blocks.sort(key=lambda b: (b.blockNumber() < top, abs(b.blockNumber() - top)))
        known = {b.blockNumber() for b in blocks}
        self._pending = blocks + [b for b in self._pending if b.blockNumber() not in known]
        self._sweep.start()

    def _check_a_slice(self) -> None:
        end = time.perf_counter() + SLICE_MS / 1000
        self.highlighter.sweeping = True
        try:
            while self._pending and time.perf_counter() < end:
                block = self._pending.pop(0)
                if block.isValid():
                    self.highlighter.rehighlightBlock(block)
        finally:
            self.highlighter.sweeping = False
        if not self._pending:
            self._sweep.stop()
            if self.check.ready:
                self.ready.emit()

    @property
    def checking(self) -> bool:
        """A re-check is still going on in the background (or waits to begin)."""
        return bool(self._pending) or self.highlighter.deferring

    # The word being typed ---------------------------------------------------------------------

    def _typing_column(self, block: QTextBlock) -> int | None:
        """Where the cursor is typing in `block`: a word ending there is not underlined yet
        (a red line under every half-written word would flicker at each key)."""
        if not self.editor.hasFocus() or self.editor.isReadOnly():
            return None
        cursor = self.editor.textCursor()
        if cursor.hasSelection() or cursor.blockNumber() != block.blockNumber():
            return None
        self._held = (block.blockNumber(), cursor.positionInBlock())
        return cursor.positionInBlock()

    def _cursor_moved(self) -> None:
        """The cursor left the word it was typing: check that paragraph again, now."""
        if self._held is None:
            return
        number, column = self._held
        cursor = self.editor.textCursor()
        if cursor.blockNumber() == number and cursor.positionInBlock() == column:
            return
        block = cursor.block()
        if cursor.blockNumber() == number and cursor.positionInBlock() > column:
            text = block.text()[column:cursor.positionInBlock()]
            if text.isalpha():  # still typing the same word
                return
        self._held = None
        held_block = self.editor.document().findBlockByNumber(number)
        if held_block.isValid():
            self.highlighter.rehighlightBlock(held_block)

    def _focus_gone(self) -> None:
        """Nothing is being typed now: the word held back is judged."""
        if self._held is None or self.editor.hasFocus():
            return
        number, self._held = self._held[0], None
        block = self.editor.document().findBlockByNumber(number)
        if block.isValid():
            self.highlighter.rehighlightBlock(block)

    # The right-click menu ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.refresh()
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and self._held:
            QTimer.singleShot(0, self._focus_gone)
        if watched is self._viewport and event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            return self._context_menu(event.pos(), event.globalPos())
        # From the keyboard (the Menu key, Shift+F10): the word at the text cursor.
        if watched is self.editor and (
                (event.type() == QEvent.Type.ContextMenu
                 and isinstance(event, QContextMenuEvent)
                 and event.reason() == QContextMenuEvent.Reason.Keyboard)
                or (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and _asks_for_menu(event))):
            rect = self.editor.cursorRect()
            return self._context_menu(rect.center(), self._viewport.mapToGlobal(rect.bottomLeft()))
        return False

    def misspelt_at(self, pos: QPoint) -> tuple[QTextCursor, Span] | None:
        """The misspelt word drawn at `pos` in the viewport, and a cursor in its paragraph."""
        cursor = self.editor.cursorForPosition(pos)
        block, column = cursor.block(), cursor.positionInBlock()
        for span in words_in(block.text()):
            if span.start <= column <= span.start + span.length:
                return (cursor, span) if not self.check.correct(span.word) else None
        return None

    def _context_menu(self, pos: QPoint, global_pos: QPoint) -> bool:
        found = self.misspelt_at(pos) if self.check.ready else None
        if found is None:
            return False  # the editor's own menu
        cursor, span = found
        menu = self.editor.createStandardContextMenu(pos)
        menu.setObjectName("spellingMenu")
        first = menu.actions()[0]  # the standard menu always has Select All
        block_start = cursor.block().position()
        # A signed note is read-only: it can teach the dictionary a word, never change.
        suggestions = [] if self.editor.isReadOnly() else self.check.suggestions(span.word)
        for text in suggestions:
            action = menu.addAction(text)
            action.setObjectName("spellingSuggestion")
            action.triggered.connect(lambda _=False, t=text: self.replace(block_start, span, t))
            menu.insertAction(first, action)
        if not suggestions and not self.editor.isReadOnly():
            none = menu.addAction(self.tr("No suggestions"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(self.tr("Add to my dictionary"))
        add.setObjectName("addToDictionaryAction")
        add.triggered.connect(lambda _=False, w=span.word: self._add(w))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        menu.aboutToHide.connect(menu.deleteLater)  # after the action it triggered
        menu.popup(global_pos)
        return True

    def replace(self, block_start: int, span: Span, text: str) -> None:
        """Put a suggestion in place of the word: one edit, one undo step."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(block_start + span.start)
        cursor.setPosition(block_start + span.start + span.length,
                           QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != span.word:
            return  # the text moved under the open menu: leave it alone
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    def _add(self, word: str) -> None:
        if self.add_word(word):
            self.add_own_word(word)


def _asks_for_menu(event: QKeyEvent) -> bool:
    """The keys that open a context menu: the Menu key, and Shift+F10."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier) or (
        event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    out, block = [], document.firstBlock()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def attach_spell_checking(editor: QPlainTextEdit, language: Callable[[], str], *,
                          add_word: Callable[[str], bool] = lambda _word: False,
                          extra_format: ExtraFormat | None = None,
                          load_now: bool = True) -> SpellChecking:
    """Spell check `editor` in `language()` ("sv" or "en"); see the module's docstring.
    `load_now=False` leaves loading the dictionary to the first `refresh()` (or focus)."""
    return SpellChecking(editor, language, add_word, extra_format, load_now)
