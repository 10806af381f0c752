"""What the practitioner types into the package and session dialogs is taken as typed or
refused with a line naming the field: never clamped, rolled over or replaced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from test_workspace_flow import _open_client


def _retype(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert field.text() == text  # the field holds exactly what was typed


def _package_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.workspace.client_view.add_package, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace_controller.package_dialog is not None,
                    timeout=10_000)
    return window.workspace_controller.package_dialog


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("sessions", "0", "Sessions: 0 is not between 1 and 1000."),
    ("sessions", "99999", "Sessions: 99999 is not between 1 and 1000."),
    ("sessions", "10000", "Sessions: 10000 is not between 1 and 1000."),
    ("sessions", "3,5", "Sessions: “3,5” is not a whole number; write one from 1 to 1000."),
    ("purchased", "1899-01-01", "The purchase date 1899-01-01 is before 2000-01-01; check the year."),
    ("purchased", "2026-02-31", "Bought on: “2026-02-31” is not a date; write it like 2026-12-04."),
    ("purchased", "01/02/2026", "Bought on: “01/02/2026” is not a date; write it like 2026-12-04."),
    ("price", "12.345", "Price: “12.345” is not an amount in kronor and öre (at most two "
                        "decimals, not below zero)."),
    ("price", "tusen", "Price: “tusen” is not an amount; write it like 1200.50."),
])
def test_a_bad_package_value_is_refused_naming_its_field(
        qtbot, make_window, seeded, unlock, field: str, typed: str, message: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    journal, client_id = window.controller.journal, seeded["client"]
    before = journal.packages.for_client(client_id)
    dialog = _package_dialog(qtbot, window)
    widget = getattr(dialog, field)
    _retype(qtbot, widget, typed)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == message
    assert dialog.focusWidget() is widget and widget.text() == typed  # the cursor is there
    assert journal.packages.for_client(client_id) == before
    dialog.reject()


def test_good_package_values_are_stored_exactly_as_typed(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _package_dialog(qtbot, window)
    _retype(qtbot, dialog.sessions, "1000")
    assert dialog.name.text() == "1000-session package"  # the suggestion follows the count
    _retype(qtbot, dialog.purchased, "2026-01-31")
    _retype(qtbot, dialog.price, "12000.50")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (stored,) = [p for p in window.controller.journal.packages.for_client(seeded["client"])
                 if p.name != "Paket 2"]
    assert (stored.name, stored.sessions_total, str(stored.purchased), stored.price_ore) == (
        "1000-session package", 1000, "2026-01-31", 1_200_050)


def test_a_running_package_still_called_by_its_suggested_name_follows_a_new_size(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    journal.packages.add(seeded["other"], name="4-session package", sessions_total=4,
                         purchased="2026-03-01")
    _open_client(qtbot, window, "Erik Öberg")
    view = window.workspace.client_view
    index = view.packages_model.index(0, 0)
    where = view.packages.visualRect(index).center()
    # A double-click as the system delivers it: a click, then the second press as a double.
    qtbot.mouseClick(view.packages.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.packages.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.workspace_controller.package_editor.dialog is not None,
                    timeout=10_000)
    dialog = window.workspace_controller.package_editor.dialog
    _retype(qtbot, dialog.sessions, "6")
    assert dialog.name.text() == "6-session package"
    qtbot.keyClick(dialog.sessions, Qt.Key.Key_Return)
    assert journal.packages.for_client(seeded["other"])[0].name == "6-session package"


def test_a_name_of_ones_own_stays_when_the_size_changes(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _package_dialog(qtbot, window)
    _retype(qtbot, dialog.name, "Våren")
    _retype(qtbot, dialog.sessions, "8")
    assert dialog.name.text() == "Våren"
    dialog.reject()


@pytest.mark.parametrize("typed", ["2031-02-31 25:99", "2026-03-02 24:00", "2026-3-2 9",
                                   "02/03/2026 10:00", ""])
def test_a_session_time_that_is_not_a_date_and_time_is_refused(
        qtbot, make_window, seeded, unlock, typed: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    journal = window.controller.journal
    before = journal.packages.sessions(client_id=seeded["client"])
    qtbot.mouseClick(window.workspace.client_view.add_session, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace_controller.session_dialog is not None,
                    timeout=10_000)
    dialog = window.workspace_controller.session_dialog
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.start, typed)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == (f"Date and time: “{typed}” is not a date and time; write it "
                                   "like 2026-12-04 14:30.")
    assert journal.packages.sessions(client_id=seeded["client"]) == before
    dialog.reject()


def test_a_typed_session_time_is_stored_as_typed(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Erik Öberg")
    journal = window.controller.journal
    window.controller.apply(lambda j: j.add_package(seeded["other"], name="Paket",
                                                    sessions_total=3, purchased="2026-03-01"))
    qtbot.mouseClick(window.workspace.client_view.add_session, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace_controller.session_dialog is not None,
                    timeout=10_000)
    dialog = window.workspace_controller.session_dialog
    _retype(qtbot, dialog.start, "2031-02-28 23:59")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (session,) = journal.packages.sessions(client_id=seeded["other"])
    assert session.start.isoformat() == "2031-02-28T23:59:00"

