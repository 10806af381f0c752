"""Journey: values that cannot be taken, typed into the package and session dialogs the way a
person types them (the values a trial saw altered without a word: 0 and 99999 sessions,
2031-02-31 25:99, a purchase in 1899). Each is refused with a line that names the field, the
cursor goes back to that field holding what was typed, and nothing is stored until it is
right; then the right value is stored exactly as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.dialogs.package_dialog import PackageDialog, SessionDialog

PACKAGE_REFUSALS = [
    ("sessions", "0", "Sessions: 0 is not between 1 and 1000."),
    ("sessions", "99999", "Sessions: 99999 is not between 1 and 1000."),
    ("sessions", "10000", "Sessions: 10000 is not between 1 and 1000."),
    ("sessions", "fem", "Sessions: “fem” is not a whole number; write one from 1 to 1000."),
    ("purchased", "1899-01-01",
     "The purchase date 1899-01-01 is before 2000-01-01; check the year."),
    ("purchased", "2026-02-30", "Bought on: “2026-02-30” is not a date; write it like 2026-12-04."),
    ("purchased", "2026-12-01", "The purchase date 2026-12-01 is in the future."),
    ("price", "1200,505", "Price: “1200,505” is not an amount; write it like 1200.50."),
    ("price", "-5", "Price: “-5” is not an amount in kronor and öre (at most two decimals, "
                    "not below zero)."),
]


def _open_the_client(person, window, seeded) -> None:  # type: ignore[no-untyped-def]
    person.click_row(window.workspace.client_list.table, seeded.client_name)
    person.wait_for(lambda: window.workspace.client_view.name.text() == seeded.client_name,
                    "the client to open")


def _retype(person, field, text: str) -> None:  # type: ignore[no-untyped-def]
    person.select_all_and_type(field, text)
    assert field.text() == text  # the field holds what was typed, key for key


@pytest.mark.parametrize(("field", "typed", "message"), PACKAGE_REFUSALS)
def test_a_package_value_that_cannot_be_taken_is_refused_naming_its_field(
        make_window, person, seeded, field: str, typed: str, message: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    _open_the_client(person, window, seeded)
    journal = window.controller.journal
    before = journal.packages.for_client(seeded.client)
    person.click_on(window.workspace.client_view.add_package)
    dialog = person.dialog(window, PackageDialog)
    widget = getattr(dialog, field)
    _retype(person, widget, typed)
    person.press(Qt.Key.Key_Return, into=widget)

    # Seen: the dialog stays, says which field and why; the cursor is back in that field.
    assert dialog.isVisible()
    assert dialog.error.text() == message
    person.expect_focus(widget)
    assert widget.text() == typed
    assert journal.packages.for_client(seeded.client) == before  # nothing stored

    # Corrected: the complaint goes at the first key, and the good value is stored as typed.
    good = {"sessions": "12", "purchased": "2026-02-28", "price": "1200.50"}[field]
    _retype(person, widget, good)
    assert dialog.error.text() == ""
    person.press(Qt.Key.Key_Return, into=widget)
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")
    (added,) = [p for p in journal.packages.for_client(seeded.client) if p not in before]
    stored = {"sessions": str(added.sessions_total), "purchased": added.purchased.isoformat(),
              "price": None if added.price_ore is None else f"{added.price_ore / 100:.2f}"}
    assert stored[field] == good


@pytest.mark.parametrize("typed", ["2031-02-31 25:99", "2026-03-02 24:00", "2026-03-02",
                                   "2/3 kl 10", "2026-03-02 10.00"])
def test_a_session_time_that_is_not_a_date_and_time_is_refused(
        make_window, person, seeded, typed: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    _open_the_client(person, window, seeded)
    journal = window.controller.journal
    before = journal.packages.sessions(client_id=seeded.client)
    person.click_on(window.workspace.client_view.add_session)
    dialog = person.dialog(window, SessionDialog)
    _retype(person, dialog.start, typed)
    person.press(Qt.Key.Key_Return, into=dialog.start)

    assert dialog.isVisible()
    assert dialog.error.text() == (f"Date and time: “{typed}” is not a date and time; write it "
                                   "like 2026-12-04 14:30.")
    person.expect_focus(dialog.start)
    assert journal.packages.sessions(client_id=seeded.client) == before

    _retype(person, dialog.start, "2031-02-28 23:59")
    person.press(Qt.Key.Key_Return, into=dialog.start)
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")
    added = [s for s in journal.packages.sessions(client_id=seeded.client) if s not in before]
    assert [s.start.isoformat(sep=" ", timespec="minutes") for s in added] == [
        "2031-02-28 23:59"]
    # Seen: the new session row, written the same unambiguous way.
    rows = window.workspace.client_view.sessions.model()
    assert "2031-02-28 23:59" in [rows.index(r, 0).data() for r in range(rows.rowCount())]
