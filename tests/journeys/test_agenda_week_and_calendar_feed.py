"""Journey: the week's agenda across clients, from the Go menu, with the mouse. A click on a
planned session opens its client and that session's note; the calendar feed exported from the
agenda holds no client's name, and holds the initials only after the warning is confirmed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs.agenda_dialog import AgendaDialog
from journal_app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog
from support import PASSPHRASE


@pytest.fixture
def planned(seeded, vault_dir: Path, clock: ManualClock):  # type: ignore[no-untyped-def]
    """The seeded vault (Karin, Erik) with a planned session each this week (2026-03-02 on)."""
    vault = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    try:
        j = vault.journal
        karin = j.packages.add_session(seeded.package, dt.datetime(2026, 3, 3, 10, 0))
        erik_package = j.packages_of(seeded.other)[0].id
        erik = j.packages.add_session(erik_package, dt.datetime(2026, 3, 5, 13, 0))
    finally:
        vault.lock()
    return seeded, karin.id, erik.id


def test_open_a_session_from_the_week_view(make_window, person, planned) -> None:  # type: ignore[no-untyped-def]
    seeded, karin_session, erik_session = planned
    window = make_window()
    person.unlock(window)
    person.menu(window, "Go", "Agenda")
    agenda = person.dialog(window, AgendaDialog)
    assert isinstance(agenda, AgendaDialog)
    table = agenda.table
    shown = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len([t for t in shown if t.startswith("2026-03-")]) == 2  # two planned sessions
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "2026-03-03 10:00")
    assert table.item(row, 1).text() == seeded.client_name
    assert "2 of 5" in table.item(row, 2).text()
    assert table.item(row, 3).text() == "1 unsigned note"  # the draft of 16 February

    person.click_row(table, "2026-03-05 13:00")
    person.wait_for(lambda: not agenda.isVisible(), "the agenda to close")
    view = window.workspace.client_view
    person.wait_for(lambda: view.name.text() == seeded.other_name, "Erik's journal to open")
    current = view.sessions.currentIndex()
    assert view.sessions_model.row_for(erik_session) == current.row()
    person.wait_for(lambda: "2026-03-05" in window.workspace.note_editor.title.text(),
                    "the planned session's note")
    assert karin_session != erik_session


def test_export_the_calendar_without_names_then_with_initials(  # type: ignore[no-untyped-def]
        make_window, person, planned, tmp_path: Path) -> None:
    seeded, _karin, _erik = planned
    window = make_window()
    person.unlock(window)
    person.menu(window, "Go", "Agenda")
    agenda = person.dialog(window, AgendaDialog)
    person.click_button(agenda, "Export to calendar…")
    feed = person.dialog(agenda, CalendarFeedDialog)
    target = tmp_path / "week.ics"
    with person.answering("Save", typing=str(target), press_enter=True,
                          dialog_type=QFileDialog):
        person.click_button(feed, "Save as…")
    person.wait_for(target.is_file, "the calendar file")
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    for word in (*seeded.client_name.split(), *seeded.other_name.split(), "19121212",
                 "trädgården", "Abisko"):
        assert word not in text
    assert "SUMMARY:Session" in text

    person.click_button(agenda, "Export to calendar…")
    feed = person.dialog(agenda, CalendarFeedDialog)
    person.choose(feed.names, "The client's initials")
    again = tmp_path / "initials.ics"
    with person.answering("Save", typing=str(again), press_enter=True,
                          dialog_type=QFileDialog), \
            person.answering("Yes", dialog_type=QMessageBox) as warning:
        person.click_button(feed, "Save as…")
    person.wait_for(again.is_file, "the calendar file with initials")
    assert "leaves the vault" in warning.text
    assert "SUMMARY:Session K. L." in again.read_text(encoding="utf-8")
    person.click_button(agenda, "Close")
    person.wait_for(lambda: not agenda.isVisible(), "the agenda to close")
