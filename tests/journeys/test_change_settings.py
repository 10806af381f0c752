"""Journey: open Settings from the Vault menu, type a new idle-lock time and practice name, save;
both are stored in the vault."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs.settings_dialog import SettingsDialog


def test_settings_typed_in_are_stored(make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    person.menu(window, "Vault", "Settings…")
    dialog = person.dialog(window, SettingsDialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.idle_minutes.text() == "5 min"
    assert dialog.practice.text() == "Mottagningen"

    person.select_all_and_type(dialog.idle_minutes, "12")
    assert dialog.idle_minutes.text() == "12 min"
    person.select_all_and_type(dialog.practice, "Mottagningen på Väster")
    assert dialog.practice.text() == "Mottagningen på Väster"
    person.click_button(dialog, "Save")
    person.wait_for(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    "Settings to close")
    assert window.statusBar().currentMessage() == "Settings saved."

    stored = window.controller.journal.settings.load()
    assert stored.idle_lock_minutes == 12
    assert stored.practice_name == "Mottagningen på Väster"

    # Lock (Ctrl+L); the core reads the same from the vault on disk.
    person.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    vault = Vault.unlock(window.controller.folder, seeded.passphrase)
    try:
        on_disk = vault.journal.settings.load()
        assert on_disk.idle_lock_minutes == 12
        assert on_disk.practice_name == "Mottagningen på Väster"
    finally:
        vault.lock()
    # And the window's title names the practice after the next unlock.
    person.unlock(window)
    assert window.windowTitle() == "Journal — Mottagningen på Väster"
