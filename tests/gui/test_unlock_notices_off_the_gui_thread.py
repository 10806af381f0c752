"""What an unlock has to say is gathered off the GUI thread: the window answers while the core
works through a large vault (PDL's ten years over 200,000 notes took 1.5 s), and the notices
and the erase prompts still due appear when the work is done."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.retention import policy
from journal_app.core.vault.vault import Vault
from journal_app.ui.main_window import MainWindow
from support import PASSPHRASE


def _complete_the_package(vault_dir: Path, clock: ManualClock, session_id: str) -> None:
    """The seeded package's last session held and signed, then locked without an answer to
    the erase prompt: it is due again at the next unlock."""
    vault = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    try:
        journal = vault.journal
        journal.set_session_status(session_id, "held")  # type: ignore[arg-type]
        journal.save_draft(session_id, "Sista samtalet.")
        assert journal.sign_note(session_id).completed is not None
    finally:
        vault.lock()


def _unlock_without_waiting_for_the_notices(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.controller.unlocked, timeout=10_000):
        window.unlock_page.passphrase.returnPressed.emit()


def test_unlock_gathers_its_notices_on_a_worker_thread(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, seeded, vault_dir: Path, clock: ManualClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _complete_the_package(vault_dir, clock, seeded["second"])
    threads: list[threading.Thread] = []
    release = threading.Event()
    real = policy.pdl_expired

    def slow_pdl_expired(repos, current: RetentionPolicy):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(10)  # a large vault: the window must answer meanwhile
        return real(repos, current)

    monkeypatch.setattr(policy, "pdl_expired", slow_pdl_expired)
    window = make_window()
    _unlock_without_waiting_for_the_notices(qtbot, window)
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads[0] is not threading.main_thread()  # the core call runs on a worker
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)  # the GUI thread is free meanwhile
    assert window.findChild(QDialog, "eraseDialog") is None  # nothing shown before it is back
    with qtbot.waitSignal(window.controller.changed, timeout=10_000,
                          check_params_cb=lambda c: c.kind is ChangeKind.UNLOCK_NOTICES):
        release.set()
    # The prompt still due comes up after the unlock, as it always did.
    qtbot.waitUntil(lambda: window.findChild(QDialog, "eraseDialog") is not None,
                    timeout=10_000)
    prompt = window.findChild(QDialog, "eraseDialog")
    assert prompt.completion is not None
    assert prompt.completion.package_id == seeded["package"]
    assert threads == [threads[0]]  # one call for all the notices


def test_the_unlock_notices_are_shown_when_they_are_back(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, seeded, unlock, clock: ManualClock) -> None:
    clock.advance(dt.timedelta(days=30))  # no backup for a month
    window = make_window()
    unlock(window)  # returns once the notices are back
    assert "No backup for 30 day" in window.statusBar().currentMessage()
