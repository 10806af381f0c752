"""Journey: back up the vault from the Vault menu to a file of one's choosing and see it listed;
later restore it. The UI restores over the open vault (it offers no other target folder): the
vault locks, the backup replaces it, the replaced vault is kept in a folder beside it, and
unlocking shows what the backup held."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QTableWidget

from journal_app.core.backup.backup import list_backups
from journal_app.ui.dialogs.backup_dialog import BackupDialog

AFTER_BACKUP = " Skrivet efter säkerhetskopian."


def _open_backups(person, window) -> BackupDialog:  # type: ignore[no-untyped-def]
    person.menu(window, "Vault", "Back up and restore…")
    return person.dialog(window, BackupDialog)


def _back_up(person, dialog: BackupDialog, target: Path) -> None:  # type: ignore[no-untyped-def]
    """"Back up now…", type the file's path into the file chooser, Enter."""
    with person.answering("Save", typing=str(target), replace=True, press_enter=True,
                          dialog_type=QFileDialog) as chooser:
        person.click_on(dialog.backup_button)
    assert chooser.title == "Back up to" and chooser.typed_into == "fileNameEdit"
    person.wait_for(lambda: dialog.status.text().startswith("Backed up to"), "the backup")


def _close(person, dialog: BackupDialog) -> None:  # type: ignore[no-untyped-def]
    person.click_button(dialog, "Close")
    person.wait_for(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    "the Backups dialog to close")


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _kept_folders(vault_dir: Path) -> list[Path]:
    return [p for p in vault_dir.parent.iterdir() if p.name.startswith("vault.before-restore-")]


def test_back_up_from_the_vault_menu_and_see_it_listed(
        make_window, person, seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    dialog = _open_backups(person, window)
    assert dialog.table.rowCount() == 0
    assert dialog.folder_label.text().startswith("No backup folder chosen yet")
    target = tmp_path / "usb" / "journal-backup.jbak"
    target.parent.mkdir()

    _back_up(person, dialog, target)

    assert dialog.status.text() == f"Backed up to {target}."
    rows = _rows(dialog.table)
    assert len(rows) == 1, rows
    made, file, state = rows[0]
    assert made.startswith("2026-03-02") and file == str(target) and state == "OK", rows
    assert target.is_file() and target.stat().st_size > 0
    # Stored: the vault lists the backup.
    assert [r.path for r in list_backups(window.controller.journal)] == [target]
    _close(person, dialog)


def test_restore_a_backup_brings_back_what_it_held(
        make_window, person, seeded, tmp_path: Path, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    person.open_client(window, seeded.client_name)
    person.open_session(window, "2026-02-16")
    editor = window.workspace.note_editor
    assert editor.text.toPlainText() == seeded.draft_text
    dialog = _open_backups(person, window)
    target = tmp_path / "journal-backup.jbak"
    _back_up(person, dialog, target)
    _close(person, dialog)

    # Written after the backup (Ctrl+S saves at once): the restore takes it away again.
    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    person.type(AFTER_BACKUP, into=editor.text)
    person.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    journal = window.controller.journal
    person.wait_for(lambda: journal.notes.for_session(seeded.draft).text
                    == seeded.draft_text + AFTER_BACKUP, "the later text saved")

    # "Restore…": choose the file, type the backup's passphrase, confirm the replacement.
    dialog = _open_backups(person, window)
    with person.answering("Yes", dialog_type=QMessageBox) as replace, \
            person.answering("OK", typing=seeded.passphrase, press_enter=True,
                             dialog_type=QInputDialog) as secret, \
            person.answering("Open", typing=str(target), replace=True, press_enter=True,
                             dialog_type=QFileDialog) as chooser:
        person.click_on(dialog.restore_button)
    assert chooser.title == "Restore from" and chooser.typed_into == "fileNameEdit"
    assert secret.title == "Restore"
    assert replace.title == "Replace the open vault?"

    # The vault locks for the restore, which runs in the background; the replaced vault is
    # kept beside the restored one, and the status bar says what to do next.
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page,
                    "the unlock page after the restore")
    person.wait_for(lambda: _kept_folders(vault_dir), "the restore to finish")
    assert len(_kept_folders(vault_dir)) == 1
    person.wait_for(lambda: "restored" in window.statusBar().currentMessage(),
                    "the status bar to say the backup was restored (it says "
                    f"{window.statusBar().currentMessage()!r})", timeout=3_000)
    assert window.statusBar().currentMessage() == (
        "The backup was restored. Unlock it with the passphrase it was made with.")
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()

    person.unlock(window)
    view = window.workspace.client_view
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the client again")
    person.wait_for(lambda: editor.text.toPlainText() == seeded.draft_text,
                    "the note as it was in the backup")
    assert window.controller.journal.notes.for_session(seeded.draft).text == seeded.draft_text
