"""An unlock opens the vault and reads the client list off the GUI thread: on a large vault
those take tens of milliseconds, during which the window must keep answering
(bench/bench_unlock.py measures the stall in the real window)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault


def test_the_vault_is_opened_and_the_list_read_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, make_window, seeded, unlock, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, list[bool]] = {"open": [], "client_list": []}
    real_open, real_list = Vault.open.__func__, Journal.client_list  # type: ignore[attr-defined]

    def open_(cls: type[Vault], *args: Any, **kwargs: Any) -> Vault:
        threads["open"].append(threading.current_thread() is threading.main_thread())
        return real_open(cls, *args, **kwargs)  # type: ignore[no-any-return]

    def client_list(self: Journal, *args: Any, **kwargs: Any) -> Any:
        threads["client_list"].append(threading.current_thread() is threading.main_thread())
        return real_list(self, *args, **kwargs)

    monkeypatch.setattr(Vault, "open", classmethod(open_))
    monkeypatch.setattr(Journal, "client_list", client_list)
    window = make_window()
    unlock(window)
    assert threads == {"open": [False], "client_list": [False]}  # each once, never on the GUI's
    panel = window.workspace.client_list
    assert [panel.model.row_of(r).name for r in range(panel.model.rowCount())] == \
        ["Erik Öberg", "Karin Lindström"]  # what a person sees: the list read at unlock is the one shown
