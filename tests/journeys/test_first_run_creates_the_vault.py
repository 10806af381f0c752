"""Journey: the very first start. No vault folder yet; the practitioner names the practice, types
a passphrase twice, chooses the retention policy, creates the vault, sees the recovery key once,
confirms it is written down, and lands in the empty workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.vault.vault import Vault

PASSPHRASE = "blåbär under fjällets vinter"
PRACTICE = "Samtalsrummet i Umeå"


def test_first_run_creates_the_vault_shows_the_key_once_and_opens_the_workspace(
        make_window, person, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert not vault_dir.exists()
    window = make_window()
    page = window.first_run_page
    assert window.pages.currentWidget() is page

    # The keyboard starts in the practice name.
    person.type(PRACTICE, into=page.practice)
    person.click_on(page.passphrase)
    person.type(PASSPHRASE, into=page.passphrase)
    assert "12 characters" not in page.reason.text()
    person.press(Qt.Key.Key_Tab)  # to the repeat field, as a person tabs on
    person.type(PASSPHRASE, into=page.repeat)
    assert page.reason.text() == "This passphrase can be used."
    assert page.strength.text() in ("Good", "Strong", "Fair")
    person.choose(page.policy, "Keep notes for 10 years (Patientdatalagen, licensed)")
    assert page.policy.currentText().startswith("Keep notes for 10 years")

    person.click_on(page.create_button)
    key_page = window.recovery_page
    person.wait_for(lambda: window.pages.currentWidget() is key_page, "the recovery key page")
    recovery_key = key_page.key.text()
    assert len(recovery_key.replace("-", "")) >= 24, recovery_key
    assert not key_page.continue_button.isEnabled()  # only after confirming it is written down
    person.click_on(key_page.confirm)
    assert key_page.confirm.isChecked()
    person.click_on(key_page.continue_button)

    # The empty workspace: no clients, the hint to add one, the practice in the title.
    person.wait_for(lambda: window.pages.currentWidget() is window.workspace, "the workspace")
    panel = window.workspace.client_list
    assert panel.table.model().rowCount() == 0
    assert window.workspace.empty.isVisible()
    assert "Choose a client" in window.workspace.empty.text()
    assert PRACTICE in window.windowTitle()
    assert window.statusBar().currentMessage() == "Unlocked."
    assert key_page.key.text() == ""  # shown once only

    # Stored, read in the app: the practice name and the policy.
    stored = window.controller.journal.settings.load()
    assert stored.practice_name == PRACTICE
    assert stored.retention_policy is RetentionPolicy.PDL

    # Lock (Ctrl+L), then the core opens the vault with the passphrase and with the key shown.
    person.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert vault_dir.is_dir()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        settings = vault.journal.settings.load()
        assert settings.practice_name == PRACTICE
        assert settings.retention_policy is RetentionPolicy.PDL
    finally:
        vault.lock()
    by_key = Vault.unlock_with_recovery(vault_dir, recovery_key)
    by_key.lock()
