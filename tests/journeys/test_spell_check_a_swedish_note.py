"""Journey: spell checking while writing a Swedish note. The app speaks Swedish; a misspelt word
typed into the note is underlined; a right-click on it, where it is drawn, offers suggestions and
a click on the first puts it in place, and the note saves itself with it. A client's name typed
is underlined until "Lägg till i min ordlista" from its menu; then no underline is left and the
word is in the vault's own dictionary. The same menu opens from the keyboard (Shift+F10, the
Menu key) for the word at the text cursor. (`swedish`, conftest.py: the app speaks Swedish.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(editor: QPlainTextEdit) -> list[str]:
    out: list[str] = []
    block = editor.document().firstBlock()
    while block.isValid():
        out += [block.text()[r.start:r.start + r.length] for r in block.layout().formats()
                if r.format.underlineStyle() == WAVY]
        block = block.next()
    return out


def where_drawn(editor: QPlainTextEdit, word: str) -> QPoint:
    """Inside the word's last letter on screen: the found word's cursor stands at its end."""
    found = editor.document().find(word)
    assert not found.isNull(), word
    return editor.cursorRect(found).center() - QPoint(3, 0)


def write(person, window, one_client, text: str) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    person.unlock(window)
    person.open_client(window, one_client.client_name)
    person.open_session(window, "2026-03-02")
    editor = window.workspace.note_editor.text
    person.click_on(editor.viewport(), editor.viewport().rect().center())
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=editor)
    person.type(text, into=editor)
    return editor


def test_right_click_a_misspelt_swedish_word_and_take_a_suggestion(
        swedish, make_window, person, one_client) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    editor = write(person, window, one_client, "\nHon beskriver sin ångset inför arbetet. ")
    person.wait_for(lambda: underlined(editor) == ["ångset"], "ångset underlined, nothing else")

    person.right_click(editor.viewport(), where_drawn(editor, "ångset"))
    person.popup_choice("ångest")
    person.wait_for(lambda: "sin ångest inför arbetet." in editor.toPlainText(), "the word replaced")
    assert "ångset" not in editor.toPlainText()
    person.wait_for(lambda: underlined(editor) == [], "no underline left")

    journal = window.controller.journal
    person.wait_for(lambda: "sin ångest inför" in (journal.notes.for_session(one_client.empty)
                                                     or type("n", (), {"text": ""})).text,
                    "the corrected note saved", timeout=10_000)


def test_add_a_clients_name_to_my_dictionary(
        swedish, make_window, person, one_client) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    editor = write(person, window, one_client, "\nSamtal med Zlatanovic om sömnen. ")
    person.wait_for(lambda: underlined(editor) == ["Zlatanovic"], "the name underlined")

    person.right_click(editor.viewport(), where_drawn(editor, "Zlatanovic"))
    person.popup_choice("Lägg till i min ordlista")
    person.wait_for(lambda: underlined(editor) == [], "the underline gone at once")
    assert window.controller.journal.own_words() == ["Zlatanovic"]
    # Added from this client's note: it goes with the client's erase.
    assert window.controller.journal.own_words_linked() == {"Zlatanovic": one_client.client}
    person.type("Zlatanovic kom i tid. ", into=editor)  # and it is known from now on
    person.wait(100)
    assert underlined(editor) == []


@pytest.mark.parametrize(("key", "modifier"), [
    (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
])
def test_open_the_spelling_menu_from_the_keyboard_and_take_a_suggestion(
        swedish, make_window, person, one_client, key, modifier) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    editor = write(person, window, one_client, "\nHon beskriver sin ångset")  # cursor after it
    person.press(key, modifier, into=editor)
    person.popup_key_until("ångest")
    person.wait_for(lambda: editor.toPlainText().endswith("sin ångest"), "the word replaced")
    assert "ångset" not in editor.toPlainText()
