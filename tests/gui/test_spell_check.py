"""Spell checking in a plain-text editor (ui/views/spell_check.py): misspelt words get Qt's
spell-check underline in the language asked for and correct ones none; a right-click on one
offers suggestions (taking one replaces the word in one undo step) and "Add to my dictionary",
after which the word is underlined nowhere; an extra per-paragraph format is kept under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from journal_app.ui.views.spell_check import SpellChecking, attach_spell_checking

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(editor: QPlainTextEdit) -> list[str]:
    """The words drawn with the spell-check underline, in order."""
    out: list[str] = []
    block = editor.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == WAVY:
                out.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return out


def checked(qtbot, text: str, language: str = "sv", added: list[str] | None = None,  # type: ignore[no-untyped-def]
            **kw) -> tuple[QPlainTextEdit, SpellChecking]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(500, 300)
    editor.show()
    words = added if added is not None else []

    def add(word: str) -> bool:
        words.append(word)
        return True

    checking = attach_spell_checking(editor, lambda: language, add_word=add, **kw)
    editor.setPlainText(text)
    qtbot.waitUntil(lambda: checking.check.ready and not checking.checking, timeout=10_000)
    return editor, checking


def open_menu(editor: QPlainTextEdit, word: str) -> QMenu:
    """The menu a right-click on `word`, where it is drawn, opens."""
    cursor = editor.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    pos = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos))
    QApplication.sendEvent(editor.viewport(), event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_misspelt_swedish_words_are_underlined_and_correct_ones_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "Klienten berättade om sin ångset och sömnsvårigheter.\n"
                               "Vi pratde om KBT-terapi och PHQ-9.")
    assert underlined(editor) == ["ångset", "pratde"]


def test_english_is_checked_with_the_english_dictionary(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "The client reported anxeity and klienten.", language="en")
    assert underlined(editor) == ["anxeity", "klienten"]


def test_a_suggestion_replaces_the_word_in_one_undo_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "Hon beskrev sin ångset igen.")
    menu = open_menu(editor, "ångset")
    texts = [a.text() for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert texts and texts[0] == "ångest", texts
    next(a for a in menu.actions() if a.text() == "ångest").trigger()
    menu.close()
    assert editor.toPlainText() == "Hon beskrev sin ångest igen."
    qtbot.waitUntil(lambda: underlined(editor) == [])
    editor.undo()
    assert editor.toPlainText() == "Hon beskrev sin ångset igen."


def test_added_words_are_underlined_nowhere_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    added: list[str] = []
    editor, _ = checked(qtbot, "Samtal med Zlatanovic.\n\nZlatanovic kom i tid.", added=added)
    assert underlined(editor) == ["Zlatanovic", "Zlatanovic"]
    menu = open_menu(editor, "Zlatanovic")
    add = next(a for a in menu.actions() if a.objectName() == "addToDictionaryAction")
    add.trigger()
    menu.close()
    assert added == ["Zlatanovic"]
    qtbot.waitUntil(lambda: underlined(editor) == [])


def test_own_words_from_the_vault_count_as_correct(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, checking = checked(qtbot, "Zlatanovic mår bättre.")
    assert underlined(editor) == ["Zlatanovic"]
    checking.set_own_words(["Zlatanovic"])
    qtbot.waitUntil(lambda: underlined(editor) == [])
    checking.forget()  # a lock: the words leave memory
    checking.recheck_all()
    qtbot.waitUntil(lambda: underlined(editor) == ["Zlatanovic"])


def test_a_signed_note_offers_no_replacement(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "Hon beskrev sin ångset.")
    editor.setReadOnly(True)
    menu = open_menu(editor, "ångset")
    names = [a.objectName() for a in menu.actions()]
    menu.close()
    assert "spellingSuggestion" not in names and "addToDictionaryAction" in names


def test_a_correct_word_gets_the_editors_own_menu(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "Hon mår bra.")
    cursor = editor.document().find("bra")
    pos = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos))
    assert not SpellChecking.eventFilter(editor.findChild(SpellChecking), editor.viewport(), event)


def test_a_line_with_an_extra_format_is_drawn_with_it_and_left_unchecked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The extra format marks a template's heading: the template's own text, drawn bold and
    not checked; the lines under it are checked as always."""
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)

    def headings(text: str) -> list[tuple[int, int, QTextCharFormat]]:
        return [(0, len(text), bold)] if text.endswith(":") else []

    editor, _ = checked(qtbot, "Bedömnnig:\nInget att sägaa.", extra_format=headings)
    ranges = editor.document().firstBlock().layout().formats()
    assert [(r.start, r.length) for r in ranges if r.format.fontWeight() == QFont.Weight.Bold] \
        == [(0, len("Bedömnnig:"))]
    assert underlined(editor) == ["sägaa"]
    second = editor.document().firstBlock().next().layout().formats()
    assert QColor(second[0].format.underlineColor()).red() > 150


def test_checking_many_misspelt_words_does_not_drain_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 on Python 3.11 takes a reference from None at every setFormat; a long note
    full of underlines would end in a fatal none_dealloc unless the highlighter gives them back."""
    import sys

    editor, checking = checked(qtbot, "")
    before = sys.getrefcount(None)
    for _ in range(3):
        editor.document().setPlainText("ångset pratde " * 300)
        checking.highlighter.rehighlight()
        qtbot.waitUntil(lambda: not checking.checking, timeout=10_000)
    assert len(underlined(editor)) == 600
    # The fault took one per underline (1,800 here); None's count also moves by a few dozen
    # as objects holding it come and go, so only a loss near the fault's size fails.
    assert sys.getrefcount(None) >= before - 300


def test_the_word_being_typed_is_judged_when_the_cursor_leaves_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _ = checked(qtbot, "Hon mår bra.")
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Hon pratde")
    qtbot.wait(20)
    assert underlined(editor) == []  # still being typed: no red line under each letter
    qtbot.keyClicks(editor, " ")
    qtbot.waitUntil(lambda: underlined(editor) == ["pratde"])
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # back at its end: held again
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Home)  # the cursor leaves it
    qtbot.waitUntil(lambda: underlined(editor) == ["pratdex"])
