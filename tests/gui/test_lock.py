"""Idle lock on the injected clock, Ctrl+L, the clipboard, and unlocking back to the same note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE


def _open_note(qtbot, window, client: str, session_id: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.workspace.client_list
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data() == client:
            panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    assert window.workspace_controller.select_session(session_id)


def test_idle_lock_saves_clears_every_view_and_unlock_returns_to_the_note(
        qtbot, make_window, seeded, unlock, clock: ManualClock, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_note(qtbot, window, "Karin Lindström", seeded["second"])
    editor = window.workspace.note_editor
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Skrivet strax innan paus.")  # not yet autosaved
    assert window.workspace_controller.notes.autosave_timer.isActive()
    assert editor.text.document().isUndoAvailable()
    window.idle_lock.check()
    assert window.controller.is_unlocked  # no time has passed
    clock.advance(5 * 60 + 1)
    window.idle_lock.check()

    assert not window.controller.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    assert window.workspace.client_list.model.rowCount() == 0
    assert window.workspace.client_view.sessions_model.rowCount() == 0
    assert window.workspace.client_view.name.text() == ""
    assert editor.text.toPlainText() == ""
    assert not editor.text.document().isUndoAvailable()
    # The draft reached the vault before it closed.
    vault = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    try:
        note = vault.journal.notes.for_session(seeded["second"])
        assert note is not None and note.text == "Skrivet strax innan paus."
    finally:
        vault.lock()

    unlock(window)
    assert window.workspace.client_view.name.text() == "Karin Lindström"
    assert window.workspace_controller.notes.session_id == seeded["second"]
    assert editor.text.toPlainText() == "Skrivet strax innan paus."


def test_input_keeps_the_vault_open(qtbot, make_window, seeded, unlock, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    clock.advance(4 * 60)
    QApplication.sendEvent(window.workspace.client_list.search,
                           QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.advance(2 * 60)
    window.idle_lock.check()
    assert window.controller.is_unlocked
    clock.advance(5 * 60)
    window.idle_lock.check()
    assert not window.controller.is_unlocked


def test_lock_clears_a_clipboard_holding_journal_text_only(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    clipboard = QGuiApplication.clipboard()
    unlock(window)
    _open_note(qtbot, window, "Karin Lindström", seeded["first"])
    clipboard.setText("a shopping list")  # not from the journal: left alone
    window.lock_action.trigger()
    assert clipboard.text() == "a shopping list"
    unlock(window)
    editor = window.workspace.note_editor
    assert "trädgården" in editor.text.toPlainText()
    editor.text.selectAll()
    editor.text.copy()
    assert "trädgården" in clipboard.text()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert clipboard.text() == ""
    assert window.pages.currentWidget() is window.unlock_page


def test_unlock_says_when_pdl_journals_may_be_erased(
        qtbot, make_window, seeded, unlock, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    """Under PDL nothing is offered before ten years; after them the unlock says so."""
    from journal_app.core.domain.models import RetentionPolicy

    window = make_window()
    unlock(window)
    window.controller.journal.change_policy(RetentionPolicy.PDL)
    window.controller.lock()
    unlock(window)  # returns once the notices are back
    assert "Patientdatalagen" not in window.statusBar().currentMessage()
    window.controller.lock()
    clock.advance(dt.timedelta(days=365 * 11))
    unlock(window)  # returns once the notices are back
    assert "past the 10 years of Patientdatalagen" in window.statusBar().currentMessage()
