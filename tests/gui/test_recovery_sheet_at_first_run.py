"""At first run, the recovery-key page saves the printable recovery sheet (a PDF under a
neutral file name, never the practice's) and says where it went; that line clears on continuing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from journal_app.ui.dialogs import recovery_dialog
from support import PASSPHRASE


def _create_vault(qtbot, window, practice: str = "Samtalsrummet") -> None:  # type: ignore[no-untyped-def]
    page = window.first_run_page
    page.practice.setText(practice)
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.controller.created, timeout=10_000):
        page.create_button.click()


def test_the_first_run_key_page_saves_the_printable_sheet(
        qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _create_vault(qtbot, window)
    target = tmp_path / "out" / "recovery-key.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, title, suggested, _filter, mode="save"):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(target)

    monkeypatch.setattr(recovery_dialog, "choose_path", choose)
    key_page = window.recovery_page
    button = key_page.findChild(QPushButton, "recoverySheetButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["recovery-key.pdf"]  # a neutral name, never the practice's
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in key_page.sheet_status.text()
    key_page.confirm.setChecked(True)
    key_page.continue_button.click()
    assert key_page.sheet_status.text() == ""
