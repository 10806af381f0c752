"""First run, unlock, a wrong passphrase, and nothing of the journal before unlock."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from journal_app.core.vault.vault import vault_exists
from support import PASSPHRASE


def _visible_texts(window) -> str:  # type: ignore[no-untyped-def]
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)
             + window.findChildren(QAbstractButton)]
    model = window.workspace.client_list.model
    texts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    texts.append(window.workspace.note_editor.text.toPlainText())
    return "\n".join(texts)


def test_first_run_guides_to_a_vault_and_shows_the_recovery_key_once(
        qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.first_run_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.passphrase, "short")
    assert "12 characters" in page.reason.text()
    assert not page.create_button.isEnabled()
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    assert "not the same" in page.reason.text()
    assert not page.create_button.isEnabled()
    page.repeat.setText(PASSPHRASE)
    assert page.create_button.isEnabled()
    page.practice.setText("Samtalsrummet")
    with qtbot.waitSignal(window.controller.created, timeout=10_000):
        page.create_button.click()
    key_page = window.recovery_page
    assert window.pages.currentWidget() is key_page
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", key_page.key.text())
    assert not key_page.continue_button.isEnabled()
    key_page.confirm.setChecked(True)
    key_page.continue_button.click()
    assert window.pages.currentWidget() is window.workspace
    assert key_page.key.text() == ""  # shown once only
    assert vault_exists(vault_dir)
    assert window.controller.journal.settings.load().practice_name == "Samtalsrummet"


def test_wrong_passphrase_is_said_in_the_dialog_and_focus_returns(
        qtbot, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    page.passphrase.setText("not the passphrase at all")
    with qtbot.waitSignal(window.controller.unlockFailed, timeout=10_000):
        page.unlock_button.click()
    assert page.error.isVisible()
    assert "Wrong passphrase" in page.error.text()
    qtbot.waitUntil(page.passphrase.hasFocus, timeout=10_000)
    assert page.passphrase.selectedText() == "not the passphrase at all"
    assert not window.controller.is_unlocked


def test_nothing_of_the_journal_shows_before_unlock(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert "Karin" not in _visible_texts(window)
    assert not window.new_client_action.isEnabled()
    unlock(window)
    assert window.pages.currentWidget() is window.workspace
    assert "Karin" in _visible_texts(window)  # the control: the scan does find a name
    assert window.new_client_action.isEnabled()
