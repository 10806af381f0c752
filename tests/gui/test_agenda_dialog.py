"""The agenda dialog: a week and a day, holidays marked, moving between weeks, opening after
unlock when the practitioner asked for it, and closing with a lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from journal_app.core.domain.clock import ManualClock
from journal_app.ui.dialogs.agenda_dialog import AgendaDialog
from journal_app.ui.theme import colour


def texts(dialog: AgendaDialog) -> list[str]:
    table = dialog.table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_week_day_and_holidays(qtbot, make_window, unlock, seeded,  # type: ignore[no-untyped-def]
                               clock: ManualClock) -> None:
    window = make_window()
    unlock(window)
    window.agenda.open_agenda()
    dialog = window.agenda.dialog
    assert dialog is not None
    rows = texts(dialog)
    assert rows[0] == "Monday 2026-03-02" and len([r for r in rows if "day 2026-03" in r]) == 7
    assert "2026-03-02 10:00" in rows
    assert dialog.title.text() == "Week 10: 2026-03-02 – 2026-03-08"

    dialog.show_day.click()
    assert texts(dialog)[:2] == ["Monday 2026-03-02", "2026-03-02 10:00"]
    for _ in range(55):  # back to Tuesday 6 January, a public holiday
        dialog.previous.click()
    row = texts(dialog)
    assert row[0] == "Tuesday 2026-01-06 — Epiphany"
    assert dialog.table.item(0, 0).foreground().color() == colour("holiday_text")
    assert row[1].strip() == "No planned sessions"
    dialog.today.click()
    assert texts(dialog)[0] == "Monday 2026-03-02"
    dialog.reject()


def test_the_agenda_opens_after_unlock_when_asked_and_a_lock_closes_it(  # type: ignore[no-untyped-def]
        qtbot, make_window, unlock, seeded) -> None:
    window = make_window()
    unlock(window)
    assert window.agenda.dialog is None  # off by default
    window.agenda.open_agenda()
    dialog = window.agenda.dialog
    assert dialog is not None
    dialog.show_after_unlock.click()
    assert window.controller.journal.agenda_settings().show_after_unlock
    window.controller.lock()
    qtbot.waitUntil(lambda: window.agenda.dialog is None)
    assert not any(isinstance(w, AgendaDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    unlock(window)
    qtbot.waitUntil(lambda: window.agenda.dialog is not None and window.agenda.dialog.isVisible())
    window.agenda.dialog.reject()


def test_a_planned_session_added_while_open_shows_at_once(  # type: ignore[no-untyped-def]
        qtbot, make_window, unlock, seeded) -> None:
    window = make_window()
    unlock(window)
    window.agenda.open_agenda()
    dialog = window.agenda.dialog
    assert dialog is not None
    window.controller.apply(lambda journal: journal.add_session(
        seeded["package"], dt.datetime(2026, 3, 4, 15, 0)))
    assert "2026-03-04 15:00" in texts(dialog)
    dialog.reject()
