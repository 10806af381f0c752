"""Journeys: the day's work with the keyboard alone. Unlock, a new client (Ctrl+N) with a
personnummer, a package of three (Ctrl+Shift+P), three sessions (Ctrl+Shift+N), each note
typed with å, ä and ö, saved (Ctrl+S), marked held (Ctrl+Shift+H) and signed (Ctrl+Return,
the question answered with Alt+Y); the erase prompt closed with Escape; locked with Ctrl+L.
No mouse event at all: every key goes to the widget that has the keyboard."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.ui.accessibility import listen
from journal_app.ui.dialogs.agenda_dialog import AgendaDialog
from journal_app.ui.dialogs.client_dialog import ClientDialog
from journal_app.ui.dialogs.export_dialog import ExportDialog
from journal_app.ui.dialogs.help_dialog import HelpDialog
from journal_app.ui.dialogs.package_dialog import PackageDialog, SessionDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NAME = "Östen Ålund"
NOTES = [
    "Första: Östen beskrev sömnsvårigheter och oro på jobbet.",
    "Andra: andningsövningen fungerar; ängslan har minskat.",
    "Tredje: avslut, målen nådda och en plan för återfall.",
]


def answer_with_keys(qtbot, seen: list[str], key: Qt.Key, modifier: Qt.KeyboardModifier,  # type: ignore[no-untyped-def]
                     timeout_s: float = 10.0) -> None:
    """When the question box is up, press `key` into whatever in it has the keyboard (the
    box blocks the key that opened it, so this waits on a timer). A box that never comes
    leaves `seen` empty and the journey fails."""
    deadline = time.monotonic() + timeout_s

    def look() -> None:
        box = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if isinstance(box, QMessageBox) and focused is not None and box.isAncestorOf(focused):
            seen.append(box.windowTitle())
            qtbot.keyClick(focused, key, modifier)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_a_day_with_the_keyboard_only(make_window, person, empty_vault, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor

    person.press(Qt.Key.Key_N, CTRL)
    dialog = person.dialog(window, ClientDialog)
    person.type(NAME, into=dialog.name)
    person.press(Qt.Key.Key_Tab, into=dialog.name)
    person.type("191212121212", into=dialog.id_number)
    person.press(Qt.Key.Key_Return, into=dialog.id_number)
    person.wait_for(lambda: view.name.text() == NAME, "the new client to open")

    person.press(Qt.Key.Key_P, CTRL_SHIFT)
    package_dialog = person.dialog(window, PackageDialog)
    person.expect_focus(package_dialog.name)
    person.press(Qt.Key.Key_Tab, into=package_dialog.name)
    person.press(Qt.Key.Key_A, CTRL, into=package_dialog.sessions)
    person.type("3", into=package_dialog.sessions)
    person.press(Qt.Key.Key_Return, into=package_dialog.sessions)
    person.wait_for(lambda: not package_dialog.isVisible(), "the package dialog to close")
    assert view.packages.model().index(0, 0).data() == "3-session package"

    for number, text in enumerate(NOTES, start=1):
        person.press(Qt.Key.Key_N, CTRL_SHIFT)
        session_dialog = person.dialog(window, SessionDialog)
        person.wait_for(lambda d=session_dialog: d.isAncestorOf(QApplication.focusWidget()),
                        f"the session dialog to have the keyboard ({QApplication.focusWidget()})")
        person.press(Qt.Key.Key_Return)  # OK: now, planned
        person.wait_for(lambda d=session_dialog: not d.isVisible(), "the session dialog to close")
        person.expect_focus(editor.text)  # the new session's note has the keyboard
        person.press(Qt.Key.Key_End, CTRL, into=editor.text)
        person.type(text, into=editor.text)
        person.press(Qt.Key.Key_S, CTRL, into=editor.text)
        person.wait_for(lambda: editor.saved.text().startswith("Saved "), "the save")
        person.press(Qt.Key.Key_H, CTRL_SHIFT, into=editor.text)
        person.wait_for(lambda row=number - 1: view.sessions.model().index(row, 1).data()
                        == "Held", "the session marked held")
        seen: list[str] = []
        answer_with_keys(qtbot, seen, Qt.Key.Key_Y, ALT)
        person.press(Qt.Key.Key_Return, CTRL, into=editor.text)
        person.wait_for(lambda asked=seen: asked == ["Sign note"], "the sign question")
        person.wait_for(editor.text.isReadOnly, "the note to be signed")
        clock.advance(dt.timedelta(days=7))

    # The last signature completed the package: the prompt has the keyboard; Escape closes
    # it and the erase stays due.
    person.wait_for(lambda: window.findChild(QDialog, "eraseDialog") is not None,
                    "the erase prompt")
    prompt = window.findChild(QDialog, "eraseDialog")
    person.wait_for(lambda: (focused := QApplication.focusWidget()) is not None
                    and focused.window() is prompt, "the prompt to have the keyboard")
    person.press(Qt.Key.Key_Escape)
    person.wait_for(lambda: not prompt.isVisible(), "the prompt to close")

    # Seen and stored.
    rows = view.sessions.model()
    assert [(rows.index(r, 1).data(), rows.index(r, 2).data())
            for r in range(rows.rowCount())] == [("Held", "Signed")] * 3
    journal = window.controller.journal
    (client,) = journal.clients.all()
    assert (client.name, client.id_number) == (NAME, "19121212-1212")
    sessions = journal.packages.sessions(client_id=client.id)
    assert [s.status for s in sessions] == [SessionStatus.HELD] * 3
    for session, text in zip(sessions, NOTES, strict=True):
        note = journal.notes.for_session(session.id)
        assert note is not None and note.state is NoteState.SIGNED and note.text.endswith(text)

    person.press(Qt.Key.Key_L, CTRL)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert NAME not in person.visible_text(window)


# The whole day -------------------------------------------------------------------------------


def test_the_whole_day_with_the_keyboard_only(  # type: ignore[no-untyped-def]
        make_window, person, seeded, qtbot, tmp_path) -> None:
    """Unlock, find a client (Ctrl+F), add a package and a session, write the note and save
    it, look at the agenda and open the session from it, mark it held and sign it, export the
    journal as PDF through the file chooser, read the shortcuts in Help, lock. Keys only; and a
    screen reader is told that the note was saved and the journal locked."""
    heard: list[str] = []
    stop_listening = listen(heard.append)
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor

    # Find Erik: Ctrl+F, his name, Enter opens the first client found.
    person.press(Qt.Key.Key_F, CTRL)
    person.type("Erik", into=window.workspace.client_list.search)
    person.press(Qt.Key.Key_Return)
    person.wait_for(lambda: view.name.text() == seeded.other_name, "Erik's journal")

    # A second package of four sessions, then a session in it, now.
    person.press(Qt.Key.Key_P, CTRL_SHIFT)
    package_dialog = person.dialog(window, PackageDialog)
    person.expect_focus(package_dialog.name)
    person.press(Qt.Key.Key_Tab, into=package_dialog.name)
    person.press(Qt.Key.Key_A, CTRL, into=package_dialog.sessions)
    person.type("4", into=package_dialog.sessions)
    person.press(Qt.Key.Key_Return, into=package_dialog.sessions)
    person.wait_for(lambda: view.packages.model().rowCount() == 2, "the second package")
    sessions_before = view.sessions.model().rowCount()
    person.press(Qt.Key.Key_N, CTRL_SHIFT)
    session_dialog = person.dialog(window, SessionDialog)
    person.wait_for(lambda: session_dialog.isAncestorOf(QApplication.focusWidget()),
                    "the session dialog to have the keyboard")
    person.press(Qt.Key.Key_Return)
    person.wait_for(lambda: view.sessions.model().rowCount() == sessions_before + 1,
                    "the new session")

    # The note, saved with Ctrl+S: said aloud.
    person.expect_focus(editor.text)
    person.type("Erik berättade om våren; nästa gång: sömnen.", into=editor.text)
    person.press(Qt.Key.Key_S, CTRL, into=editor.text)
    person.wait_for(lambda: any(h.startswith("Saved ") for h in heard), "'Saved' said aloud")

    # The agenda (Ctrl+5): Tab to its table, down to today's session, Enter opens its note.
    person.press(Qt.Key.Key_5, CTRL, into=editor.text)
    agenda = person.dialog(window, AgendaDialog)
    table = agenda.table
    person.wait_for(lambda: agenda.isAncestorOf(QApplication.focusWidget()),
                    f"the agenda to have the keyboard, not {QApplication.focusWidget()}")
    person.press_until(lambda: QApplication.focusWidget() is table, Qt.Key.Key_Tab,
                 "the agenda's table")
    person.press_until(lambda: (item := table.item(table.currentRow(), 0)) is not None
                 and item.text() == "2026-03-02 09:00", Qt.Key.Key_Down, "today's session")
    assert table.item(table.currentRow(), 1).text() == seeded.other_name
    person.press(Qt.Key.Key_Return, into=table)
    person.wait_for(lambda: not agenda.isVisible(), "the agenda to close")
    person.wait_for(lambda: "2026-03-02 09:00" in editor.title.text(), "the session's note")

    # Held (Ctrl+Shift+H), signed (Ctrl+Return, Alt+Y).
    person.wait_for(lambda: QApplication.focusWidget() is not None, "the keyboard back")
    person.press(Qt.Key.Key_H, CTRL_SHIFT)
    seen: list[str] = []
    answer_with_keys(qtbot, seen, Qt.Key.Key_Y, ALT)
    person.press(Qt.Key.Key_Return, CTRL)
    person.wait_for(lambda: seen == ["Sign note"], "the sign question")
    person.wait_for(editor.text.isReadOnly, "the note to be signed")

    # The journal as PDF (Ctrl+P): Enter saves as…, the chooser takes a typed name, Escape
    # closes the finished export.
    pdf = tmp_path / "erik-journal.pdf"
    script = person.keys_in_dialogs([
        (ExportDialog, lambda box: box.save_button.isVisible(), [(Qt.Key.Key_Return,)]),
        (QFileDialog, lambda box: True, [(Qt.Key.Key_A, CTRL), str(pdf), (Qt.Key.Key_Return,)]),
        (ExportDialog, lambda box: box.open_button.isVisible(), [(Qt.Key.Key_Escape,)]),
    ])
    person.press(Qt.Key.Key_P, CTRL)
    person.wait_for(lambda: not script.steps, "the export to be done with keys")
    assert script.done == ["ExportDialog", "QFileDialog", "ExportDialog"]
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")

    # The shortcuts, in Help (Ctrl+/), closed with Escape.
    person.press(Qt.Key.Key_Slash, CTRL)
    help_dialog = person.dialog(window, HelpDialog)
    person.wait_for(lambda: help_dialog.isAncestorOf(QApplication.focusWidget()),
                    "Help to have the keyboard")
    assert ("Vault › Lock", "Ctrl+L") in help_dialog.shortcuts_listed()
    person.press(Qt.Key.Key_Escape)
    person.wait_for(lambda: not help_dialog.isVisible(), "Help to close")

    stored = window.controller.journal.notes.for_client(seeded.other)
    assert any(n.state is NoteState.SIGNED and "våren" in n.text for n in stored)

    person.press(Qt.Key.Key_L, CTRL)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert seeded.other_name not in person.visible_text(window)
    assert any(h.startswith("Locked.") for h in heard)
    stop_listening()
