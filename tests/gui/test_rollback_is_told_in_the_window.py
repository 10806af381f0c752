"""An older journal.db put back is told in the window at unlock, the erased client stays gone
from the client list, and the access log names the missing entries (issue 14). The control:
with the unlock's check switched off the erased client is listed again and nothing is said."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journal_app.core.retention import rollback
from journal_app.core.vault.vault import Vault
from journal_app.ui.views.log_view import LogView
from support import PASSPHRASE


def _put_back_after_erasing(vault_dir: Path, client_id: str, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy2(vault_dir / "journal.db", old)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.journal.erase_client(client_id)
    vault.lock()
    shutil.copy2(old, vault_dir / "journal.db")


def _listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.workspace.client_list.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def _notice_boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [b for b in window.findChildren(QMessageBox, "vaultNoticeBox") if b.isVisible()]


@pytest.mark.parametrize("guarded", [True, False], ids=["guarded", "control"])
def test_the_window_says_it_and_shows_no_erased_client(
    qtbot, make_window, seeded, unlock, vault_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, guarded: bool,
) -> None:
    _put_back_after_erasing(vault_dir, seeded["other"], tmp_path)
    if not guarded:
        monkeypatch.setattr(rollback, "compare", lambda *_a: rollback.AnchorCheck(
            rollback.State.CURRENT))
    window = make_window()
    unlock(window)
    if guarded:
        qtbot.waitUntil(lambda: bool(_notice_boxes(window)), timeout=10_000)
        (box,) = _notice_boxes(window)
        assert "older than the vault's record" in box.text()
        assert "erased again" in box.text()
        assert "Erik Öberg" not in _listed(window)
        box.button(QMessageBox.StandardButton.Ok).click()
        view = LogView(window.controller.journal)
        qtbot.addWidget(view)
        assert "are missing: the journal file was replaced by an older copy" \
            in view.chain_label.text()
    else:  # nothing guards: the erased client is back, and nothing is said
        assert "Erik Öberg" in _listed(window)
        assert _notice_boxes(window) == []
