"""Erasing a client from the open window: the client, its open session and any unsaved words
leave every panel (list, client view, editor with its undo history, search hits); a row left
stale by an erase made elsewhere refreshes with a message instead of raising; and the status
bar says when the erase is done."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from test_workspace_flow import _open_client, _open_session

from journal_app.core.domain.models import SessionStatus
from journal_app.ui.tasks import wait_for_tasks


def _client_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    panel = window.workspace.client_list
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def _erase_karin_in_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.features.erase_on_request()
    dialog = window.features._showing
    qtbot.mouseClick(dialog.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    dialog.confirm_edit.setText("Karin Lindström")
    with qtbot.waitSignal(dialog.erased, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()


def test_an_erased_client_leaves_the_screen_with_its_unsaved_draft(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    hits = window.workspace_controller.search.model
    hits.set_hits(window.controller.journal.search("trädgården"))  # as typed in the search
    assert hits.rowCount() == 1  # the control: Karin's note is found before the erase
    editor, notes = window.workspace.note_editor, window.workspace_controller.notes
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, "unsaved words typed just before the erase")
    assert editor.text.document().isUndoAvailable()
    _erase_karin_in_the_dialog(qtbot, window)

    assert "Karin Lindström" not in _client_names(window)
    assert "Erik Öberg" in _client_names(window)
    view = window.workspace.client_view
    assert (view.name.text(), view.details.text()) == ("", "")
    assert view.sessions_model.rowCount() == 0 and view.packages_model.rowCount() == 0
    assert window.workspace_controller.client is None
    assert editor.text.toPlainText() == "" and notes.session is None
    assert not editor.text.document().isUndoAvailable()
    assert editor.saved.text() == ""  # dropped, not "Not saved!"
    assert window.workspace_controller.search.model.rowCount() == 0
    assert not view.actions_menu.isEnabled()


def test_a_stale_row_of_an_erased_client_refreshes_instead_of_raising(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Erik Öberg")
    messages: list[str] = []
    window.workspace_controller.message.connect(messages.append)
    # Erased behind the window's back (not through AppController.apply): no `changed` signal,
    # so the list still shows the row.
    window.controller.journal.erase_client(seeded["client"], completed_only=False)
    assert "Karin Lindström" in _client_names(window)
    panel = window.workspace.client_list
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data() == "Karin Lindström":
            panel.table.setCurrentIndex(panel.proxy.index(row, 0))  # pytest-qt fails on a raise
    assert "Karin Lindström" not in _client_names(window)
    assert messages == ["That client is no longer in the journal."]
    assert window.workspace.client_view.name.text() == "Erik Öberg"  # still the open client


def test_an_erase_says_it_is_done(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    journal.notes.save_draft(seeded["second"], "Sista samtalet.")
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.HELD))
    window.controller.apply(lambda j: j.sign_note(seeded["second"]))  # completes: the prompt
    prompt = window.findChild(QDialog, "eraseDialog")
    qtbot.waitUntil(lambda: prompt is not None and prompt.isVisible(), timeout=10_000)
    qtbot.mouseClick(prompt.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    prompt.findChild(QWidget, "confirmEdit").setText("Karin Lindström")  # QtTest types ASCII only
    with qtbot.waitSignal(prompt.erased, timeout=10_000):
        qtbot.mouseClick(prompt.findChild(QPushButton, "confirmEraseButton"),
                         Qt.MouseButton.LeftButton)
    wait_for_tasks()
    # "notes" where the English catalogue is installed, "note(s)" where not
    qtbot.waitUntil(lambda: re.match(r"Erased 2 note(s|\(s\)) for good",
                                     window.statusBar().currentMessage()) is not None,
                    timeout=10_000)
