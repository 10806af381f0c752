"""What a restore has to say (here: invoices recorded after the backup are not in it) is told
in a warning at the next unlock, as the unlock's own notices are: the restore ends with the
vault locked, and no prompt stays over the unlock page. The control: a restore with nothing
to say shows no box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journal_app.core.backup.restore import RestoreResult
from journal_app.core.messages import Message


def _notice_boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [b for b in window.findChildren(QMessageBox, "vaultNoticeBox") if b.isVisible()]


@pytest.mark.parametrize("told", [True, False], ids=["notice", "control"])
def test_a_restore_notice_is_shown_at_the_next_unlock(
    qtbot, make_window, seeded, unlock, vault_dir: Path, told: bool,  # type: ignore[no-untyped-def]
) -> None:
    notices = (Message("restore.invoices_not_carried",
                       {"made": "2026-03-01T09:00:00Z", "next": 1002}),) if told else ()
    window = make_window()
    window.features._after_restore(RestoreResult(vault_dir, None, "2026-03-01T09:00:00Z", True,
                                                 notices=notices))
    unlock(window)
    if told:
        qtbot.waitUntil(lambda: bool(_notice_boxes(window)), timeout=10_000)
        (box,) = _notice_boxes(window)
        assert "goes on from number 1002" in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
        window.controller.lock()
        unlock(window)  # said once
    qtbot.wait(50)
    assert _notice_boxes(window) == []
