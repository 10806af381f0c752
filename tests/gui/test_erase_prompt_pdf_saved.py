"""The erase prompt shows that the client's PDF was saved, and only when it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from forensic import add_marked_client
from journal_app.core.errors import StorageError
from journal_app.core.vault.vault import Vault
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs import export_dialog
from journal_app.ui.dialogs.erase_dialog import EraseDialog, ExportHandler
from journal_app.ui.dialogs.export_dialog import ExportDialog
from journal_app.ui.tasks import wait_for_tasks

SAVED = "Journal – Dialog Klientsson – 2026-03-02.pdf"


def _prompt(qtbot: QtBot, vault: Vault, handler: ExportHandler) -> EraseDialog:
    _client, event = add_marked_client(vault.journal, "Dialog Klientsson", "dialogord",
                                      purchased="2025-12-20")
    assert event is not None
    app = AppController(vault.folder, clock=vault.clock)
    app.adopt(vault)
    dialog = EraseDialog(app, event, export_handler=handler)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot: QtBot, dialog: EraseDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)


def _saved_line(dialog: EraseDialog) -> QLabel:
    label = dialog.findChild(QLabel, "pdfSavedLabel")
    assert label is not None
    return label


def test_a_saved_pdf_shows_its_file_name_and_the_button_offers_saving_again(
        qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    dialog = _prompt(qtbot, vault, lambda _parent, _vault, _cid: tmp_path / SAVED)
    button = dialog.findChild(QPushButton, "exportButton")
    assert not _saved_line(dialog).isVisible()
    _export(qtbot, dialog)
    line = _saved_line(dialog)
    assert line.isVisible() and line.text() == f"PDF saved: {SAVED}"
    assert button.text() == "Save the PDF again…"
    assert dialog.isVisible()  # saving never erases or closes the prompt
    explanation = dialog.findChild(QLabel, "explanationLabel")  # the new line cuts none off
    assert explanation.height() >= explanation.heightForWidth(explanation.width())


def test_a_cancelled_export_claims_nothing(qtbot: QtBot, vault: Vault) -> None:
    dialog = _prompt(qtbot, vault, lambda _parent, _vault, _cid: None)
    button = dialog.findChild(QPushButton, "exportButton")
    before = button.text()
    _export(qtbot, dialog)
    assert not _saved_line(dialog).isVisible()
    assert "saved" not in _saved_line(dialog).text().casefold()
    assert button.text() == before


def test_a_failed_export_claims_nothing(qtbot: QtBot, vault: Vault) -> None:
    def fail(_parent: QWidget, _vault: Vault, _cid: str) -> Path | None:
        raise StorageError("The disk is full.")

    dialog = _prompt(qtbot, vault, fail)
    _export(qtbot, dialog)
    assert not _saved_line(dialog).isVisible()
    assert dialog.findChild(QLabel, "statusLabel").text()  # the error is said instead


@pytest.mark.parametrize("save", [True, False])
def test_the_export_dialog_reports_the_saved_file_or_none(
        qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        save: bool) -> None:
    """The real handler: the modal dialog stands in with a Save click (or a close)."""
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(export_dialog, "choose_path", lambda *_args, **_kw: str(target))

    def run(dialog: ExportDialog) -> int:
        if save:
            assert dialog.controller is not None
            dialog.save_button.click()
            wait_for_tasks()
            qtbot.waitUntil(lambda: dialog.controller is not None
                            and dialog.controller.result is not None, timeout=10_000)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", run)
    client, _event = add_marked_client(vault.journal, "Dialog Klientsson", "dialogord",
                                      purchased="2025-12-20")
    host = QWidget()
    qtbot.addWidget(host)
    result: Any = export_dialog.export_journal_pdf(host, vault, client.id)
    assert result == (target if save else None)
    assert target.exists() is save
