"""The log view: filters by client, action and date, and exports one client's entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from journal_app.ui.views.log_view import LogView


def populate(vault: Vault, clock: ManualClock) -> tuple[str, str]:
    journal = vault.journal
    anna = journal.clients.add("Anna Andersson")
    clock.advance(dt.timedelta(days=3))
    bo = journal.clients.add("Bo Berg")
    journal.open_client(bo.id)
    journal.open_client(anna.id)
    return anna.id, bo.id


def test_filters_by_client_action_and_date(
    qtbot: QtBot, vault: Vault, clock: ManualClock
) -> None:
    anna, bo = populate(vault, clock)
    view = LogView(vault.journal)
    qtbot.addWidget(view)
    assert len(view.visible_entries()) == 4
    assert "intact" in view.chain_label.text()

    view.set_client(anna)
    assert {e.client_id for e in view.visible_entries()} == {anna}
    assert len(view.visible_entries()) == 2

    view.action_filter.setCurrentIndex(view.action_filter.findData("open_journal"))
    assert [e.client_id for e in view.visible_entries()] == [anna]

    view.set_client(None)
    assert {e.client_id for e in view.visible_entries()} == {anna, bo}

    view.action_filter.setCurrentIndex(0)
    day_two = clock.now().astimezone().date() - dt.timedelta(days=1)
    view.until_edit.setDate(QDate(day_two.year, day_two.month, day_two.day))
    view.until_check.setChecked(True)
    assert [e.action for e in view.visible_entries()] == ["client_created"]
    assert view.visible_entries()[0].client_id == anna


def test_erased_client_shows_as_pseudonym(qtbot: QtBot, vault: Vault, clock: ManualClock) -> None:

    anna, _bo = populate(vault, clock)
    vault.journal.erase_client(anna)
    view = LogView(vault.journal)
    qtbot.addWidget(view)
    labels = {view.model.client_label(e.client_id) for e in view.visible_entries()
              if e.client_id == anna}
    assert labels == {f"Former client {anna[:8]}"}


def test_export_writes_only_that_clients_entries(
    qtbot: QtBot, vault: Vault, clock: ManualClock, tmp_path: Path
) -> None:
    anna, bo = populate(vault, clock)
    view = LogView(vault.journal)
    qtbot.addWidget(view)
    assert not view.export_button.isEnabled()
    view.set_client(bo)
    assert view.export_button.isEnabled()
    target = tmp_path / "bo.csv"
    assert view.export_to(target) == 2
    text = target.read_text(encoding="utf-8-sig")
    assert bo in text and anna not in text
    assert "Bo Berg" not in text  # entries carry the id only
    assert vault.journal.audit.entries(action="export_log")[0].client_id == bo
    # The export itself now shows in the view.
    assert len(view.visible_entries()) == 3
