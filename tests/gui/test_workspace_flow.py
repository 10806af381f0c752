"""Clients, notes (autosave, sign, correct), search, and package completion, driven through
the window's widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from journal_app.core.domain.models import NoteState, SessionStatus


def _open_client(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.workspace.client_list
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0)
        if index.data() == name:
            panel.table.setCurrentIndex(index)
            break
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() == name, timeout=10_000)


def _open_session(window, session_id: str) -> None:  # type: ignore[no-untyped-def]
    assert window.workspace_controller.select_session(session_id)
    assert window.workspace_controller.notes.session_id == session_id


def test_new_client_explains_a_bad_personnummer_then_saves_a_good_one(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.new_client_action.trigger()
    dialog = window.workspace_controller.client_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Anna Svensson")
    qtbot.keyClicks(dialog.id_number, "19121212-1213")
    assert "check digit" in dialog.id_hint.text()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    # Said once, under the field (not again at the bottom), and the field has the keyboard.
    assert "check digit" in dialog.id_hint.text() and not dialog.error.isVisible()
    qtbot.waitUntil(dialog.id_number.hasFocus, timeout=10_000)
    assert "Anna Svensson" not in [c.name for c in window.controller.journal.client_list()]
    dialog.id_number.setText("19121212-1212")
    assert "Valid personnummer" in dialog.id_hint.text()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    saved = {c.name: c for c in window.controller.journal.client_list()}
    assert saved["Anna Svensson"].id_number == "19121212-1212"
    assert window.workspace.client_view.name.text() == "Anna Svensson"


def test_a_note_autosaves_signs_and_corrects_with_the_old_text_struck_through(
        qtbot, make_window, seeded, unlock, confirmations) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    notes, editor = window.workspace_controller.notes, window.workspace.note_editor
    assert editor.text.toPlainText().startswith("Samtalets innehåll")  # the template
    notes.autosave_timer.setInterval(50)  # the real pause is 1.5 s; the path is the same
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, "Talade om <b>oro</b> & somn.")
    journal = window.controller.journal

    def saved_text() -> str:
        note = journal.notes.for_session(seeded["second"])
        return note.text if note else ""

    qtbot.waitUntil(lambda: "Talade om <b>oro</b> & somn." in saved_text(), timeout=10_000)
    assert editor.saved.text().startswith("Saved ")
    editor.sign_button.click()
    # The session was still planned: the one question offers to mark it held and sign.
    assert confirmations == ["Mark held and sign"]
    assert journal.notes.for_session(seeded["second"]).state is NoteState.SIGNED
    assert journal.packages.get_session(seeded["second"]).status is SessionStatus.HELD
    assert editor.text.isReadOnly()
    assert editor.correct_button.isVisibleTo(editor) and not editor.sign_button.isVisibleTo(editor)

    editor.correct_button.click()
    assert not editor.text.isReadOnly()
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Rattad text.")
    editor.sign_action.trigger()  # Ctrl+Return
    note = journal.notes.for_session(seeded["second"])
    assert note.text == "Rattad text." and len(note.earlier) == 1
    assert editor.earlier.isVisibleTo(editor)
    html = editor.earlier.toHtml()
    assert "line-through" in html or "<s>" in html
    assert "&lt;b&gt;oro&lt;/b&gt;" in html  # escaped, not bold
    assert "Talade om <b>oro</b> & somn." in editor.earlier.toPlainText()


def test_insert_date_and_time_shortcut(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    editor = window.workspace.note_editor
    assert editor.insert_date_action.shortcut().toString() == "Ctrl+Shift+D"
    editor.text.setFocus()
    editor.insert_date_action.trigger()
    assert "2026-03-02 09:00" in editor.text.toPlainText()  # ISO, in every language


def test_search_finds_a_note_and_opens_it(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    panel = window.workspace.client_list
    assert panel.search.hasFocus()
    panel.search.setText("trädgården")  # keyClicks types ASCII only
    search = window.workspace_controller.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=10_000)
    assert panel.proxy.rowCount() == 0  # no client is called that
    panel.search.returnPressed.emit()  # Enter: no client matches, so the first note opens
    assert window.workspace.client_view.name.text() == "Karin Lindström"
    assert window.workspace_controller.notes.session_id == seeded["first"]
    assert "trädgården" in window.workspace.note_editor.text.toPlainText()


def test_the_client_filter_matches_as_you_type(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    panel = window.workspace.client_list
    assert panel.proxy.rowCount() == 2
    qtbot.keyClicks(panel.search, "berg")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Erik Öberg"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "19121212")
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == [
        "Karin Lindström"]


def test_package_completion_is_one_signal(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    events: list[object] = []
    window.controller.packageCompleted.connect(events.append)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    view, editor = window.workspace.client_view, window.workspace.note_editor
    view.mark_held.click()
    assert events == []  # held, but its note is not signed yet
    editor.text.setPlainText("Sista samtalet.")
    editor.sign_button.click()
    assert len(events) == 1
    assert events[0].client_name == "Karin Lindström"  # type: ignore[attr-defined]
    assert "completed" in window.statusBar().currentMessage()
    view.mark_held.click()  # nothing changes twice
    assert len(events) == 1
    progress = view.packages_model.index(0, 1).data()
    assert progress.startswith("2 of 2")


def test_archive_refuses_a_client_with_an_open_package(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    window.client_view.archive_action.trigger()
    assert "not completed" in window.statusBar().currentMessage()
    _open_client(qtbot, window, "Erik Öberg")
    window.client_view.archive_action.trigger()
    names = [c.name for c in window.controller.journal.client_list()]
    assert names == ["Karin Lindström"]


def test_keyboard_shortcuts_for_a_session(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window._workspace_actions}
    assert shortcuts["newClientAction"] == "Ctrl+N"
    assert shortcuts["lockAction"] == "Ctrl+L"
    assert shortcuts["saveNoteAction"] == "Ctrl+S"
    assert shortcuts["signNoteAction"] == "Ctrl+Return"
    assert shortcuts["addSessionAction"] == "Ctrl+Shift+N"
    assert len(set(shortcuts.values()) - {""}) == len([v for v in shortcuts.values() if v])
    assert Qt.Key.Key_Return  # the enum exists in this Qt binding
