"""The export dialog: suggested name, password typed twice, render off the GUI thread, Open."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PasswordType, PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.core.domain.models import SessionStatus
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs import export_dialog
from journal_app.ui.dialogs.export_dialog import (
    ExportDialog,
    ExportKind,
    make_export_dialog,
    password_problem,
    suggested_file_name,
)
from journal_app.ui.tasks import wait_for_tasks

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def client_id(vault: Vault) -> str:
    journal = vault.journal
    client = journal.clients.add("Anna Andersson")
    package = journal.packages.add(client.id, name="Paket 3", sessions_total=3,
                                   purchased="2026-02-01")
    session = journal.packages.add_session(package.id, "2026-02-02T10:00", SessionStatus.HELD)
    journal.notes.save_draft(session.id, "Vi pratade om trädgården och sömnen.")
    journal.sign_note(session.id)
    return client.id


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """The native save dialog, answered with a path in tmp_path; records what it suggested."""
    seen: dict[str, Any] = {"answer": str(tmp_path / "kopia.pdf")}

    def fake(_parent: Any, _title: str, suggested: str, _filter: str, mode: str = "save") -> str:
        seen["suggested"] = suggested
        return str(seen["answer"])

    monkeypatch.setattr(export_dialog, "choose_path", fake)
    return seen


def shown(qtbot: QtBot, vault: Vault, client_id: str,
          kind: ExportKind = ExportKind.JOURNAL) -> ExportDialog:
    dialog = make_export_dialog(None, vault, client_id, kind, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_suggested_names() -> None:
    day = dt.date(2026, 11, 25)
    assert suggested_file_name(ExportKind.JOURNAL, "Anna Andersson", day, "sv") == (
        "Journal – Anna Andersson – 2026-11-25.pdf")
    assert suggested_file_name(ExportKind.EXTRACT, "Åsa Öberg", day, "sv") == (
        "Registerutdrag – Åsa Öberg – 2026-11-25.pdf")
    assert suggested_file_name(ExportKind.EXTRACT, "Åsa", day, "en").startswith("Register extract")
    assert suggested_file_name(ExportKind.JOURNAL, "A/B: <C>", day, "sv") == (
        "Journal – A B C – 2026-11-25.pdf")
    assert password_problem(False, "", "") is None
    assert password_problem(True, "", "") == "empty"
    assert password_problem(True, "a", "a") == "short"
    assert password_problem(True, "123456789", "123456789") == "short"  # one short of ten
    assert password_problem(True, "1234567890", "1234567899") == "differ"
    assert password_problem(True, "1234567890", "1234567890") is None


def test_export_renders_off_thread_and_opens(
    qtbot: QtBot, vault: Vault, client_id: str, save_dialog: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = shown(qtbot, vault, client_id)
    assert "never send it in the same e-mail" in dialog.hint.text()
    assert not dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(save_dialog["suggested"]).name == "Journal – Anna Andersson – 2026-03-02.pdf"
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    out = Path(save_dialog["answer"])
    assert "kopia.pdf" in dialog.status.text() and "not encrypted" in dialog.status.text()
    reader = PdfReader(out)
    assert not reader.is_encrypted
    assert "trädgården" in reader.pages[0].extract_text()
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == [QUrl.fromLocalFile(str(out))]
    assert vault.journal.audit.entries(client_id=client_id, action=str(Action.EXPORT_PDF))


def test_password_must_be_typed_twice(
    qtbot: QtBot, vault: Vault, client_id: str, save_dialog: dict[str, Any],
) -> None:
    dialog = shown(qtbot, vault, client_id, ExportKind.EXTRACT)
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    assert dialog.password.isEnabled() and dialog.repeat.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Type a password" in dialog.status.text()
    dialog.password.setText("lösen")
    dialog.repeat.setText("lösen")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "at least 10 characters" in dialog.status.text()
    assert "suggested" not in save_dialog  # no file dialog until the rules are met
    dialog.password.setText("lösen nummer ett")
    dialog.repeat.setText("lösen nummer två")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "differ" in dialog.status.text()
    assert "suggested" not in save_dialog
    dialog.repeat.setText("lösen nummer ett")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(save_dialog["suggested"]).name.startswith("Registerutdrag – Anna Andersson")
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    data = Path(save_dialog["answer"]).read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("lösen nummer två") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt("lösen nummer ett") != PasswordType.NOT_DECRYPTED
    assert "Registerutdrag" in reader.pages[0].extract_text()
    assert "in person" in dialog.status.text()


def test_cancelled_save_dialog_writes_nothing_and_errors_are_shown(
    qtbot: QtBot, vault: Vault, client_id: str, save_dialog: dict[str, Any], tmp_path: Path,
) -> None:
    dialog = shown(qtbot, vault, client_id)
    save_dialog["answer"] = ""
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "suggested" in save_dialog  # control: the dialog was asked
    assert not list(tmp_path.glob("*.pdf"))
    save_dialog["answer"] = str(tmp_path / "no-such-folder" / "x.pdf")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "Could not write" in dialog.status.text(), timeout=20_000)
    assert dialog.save_button.isEnabled() and not dialog.open_button.isVisible()
    wait_for_tasks()


def test_escape_is_ignored_while_busy(qtbot: QtBot, vault: Vault, client_id: str) -> None:
    dialog = shown(qtbot, vault, client_id)
    dialog.set_busy(True)
    dialog.reject()
    assert dialog.isVisible()
    dialog.set_busy(False)
    dialog.reject()
    assert not dialog.isVisible()


def test_suggest_a_password_fills_both_fields_readably_and_protects(
    qtbot: QtBot, vault: Vault, client_id: str, save_dialog: dict[str, Any],
) -> None:
    dialog = shown(qtbot, vault, client_id)
    assert not dialog.protect.isChecked()
    qtbot.mouseClick(dialog.suggest, LEFT)
    suggested = dialog.password.text()
    assert dialog.protect.isChecked() and dialog.repeat.text() == suggested
    assert len(suggested) >= 10 and suggested.count("-") == 4
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Normal  # to be read out
    qtbot.mouseClick(dialog.suggest, LEFT)
    assert dialog.password.text() != suggested  # a fresh one each time
    suggested = dialog.password.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    reader = PdfReader(Path(save_dialog["answer"]))
    assert reader.is_encrypted and reader.decrypt(suggested) != PasswordType.NOT_DECRYPTED
    assert "trädgården" in reader.pages[0].extract_text()
    # Typing one's own hides the field again; unticking clears both.
    dialog2 = shown(qtbot, vault, client_id)
    qtbot.mouseClick(dialog2.suggest, LEFT)
    qtbot.keyClicks(dialog2.password, "x")
    assert dialog2.password.echoMode() == QLineEdit.EchoMode.Password
    dialog2.protect.setChecked(False)
    assert dialog2.password.text() == "" and dialog2.repeat.text() == ""
