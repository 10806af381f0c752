"""What a screen reader says where the screen shows a picture or a short form: the package bar
("3 of 5 sessions held"), the erase-pending marker, the lock state, and the status changes that
are announced (saved, locked, erased) — read through QAccessible where a person's screen reader
would read them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from journal_app.core.domain.models import ClientSummary, Package
from journal_app.ui.accessibility import listen
from journal_app.ui.views.table_models import (
    ClientColumn,
    ClientTableModel,
    PackageColumn,
    PackageTableModel,
)

TEXT, DESCRIPTION = Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _package(counted: int, total: int, *, to_sign: int = 0, done: bool = False) -> Package:
    return Package(id="p", client_id="c", name="Paket", sessions_total=total,
                   purchased=dt.date(2026, 2, 1), price_ore=None, created_at=NOW,
                   completed_at=NOW if done else None, sessions_counted=counted,
                   notes_to_sign=to_sign)


def test_the_package_bar_says_what_it_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    model = PackageTableModel()
    model.set_rows([_package(3, 5), _package(2, 2, done=True), _package(2, 2, to_sign=1)])
    cell = [model.index(row, PackageColumn.PROGRESS) for row in range(3)]
    assert cell[0].data() == "3 of 5"  # on screen, inside the bar
    assert cell[0].data(TEXT) == "3 of 5 sessions held"
    assert cell[1].data(TEXT) == "2 of 2 sessions held · completed"
    shown = cell[2].data()  # "2 of 2 · 1 note to sign" (the plural as the catalogue says it)
    assert shown.startswith("2 of 2 · 1 note") and shown.endswith("to sign")
    assert cell[2].data(TEXT) == "2 of 2 sessions held" + shown.removeprefix("2 of 2")


def test_the_erase_pending_marker_is_said(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ClientTableModel()
    due = ClientSummary(id="c", name="Maja", id_number=None, archived=False, package_name="P",
                        sessions_counted=3, sessions_total=3, awaiting_erase=True,
                        erase_postponed=False, last_session=None)
    model.set_rows([due])
    cell = model.index(0, ClientColumn.PACKAGE)
    assert cell.data(TEXT) == "3 of 3, erase pending"
    assert "wait to be erased" in cell.data(DESCRIPTION)
    assert model.index(0, ClientColumn.NAME).data(Qt.ItemDataRole.FontRole).bold()


def test_the_package_table_is_read_with_those_words(make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    listing = window.workspace.client_list.table
    row = next(r for r in range(listing.model().rowCount())
               if listing.model().index(r, 0).data() == "Karin Lindström")
    listing.setCurrentIndex(listing.model().index(row, 0))
    table = QAccessible.queryAccessibleInterface(window.workspace.client_view.packages)
    assert table is not None
    texts = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "1 of 2 sessions held" in texts, texts


def test_saved_locked_and_the_lock_state_are_told(make_window, seeded, unlock, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard: list[str] = []
    stop_listening = listen(heard.append)
    window = make_window()
    unlock(window)
    assert "Unlocked." in heard
    assert window.accessibleDescription() == "The journal is unlocked."
    window.workspace_controller.open_client(seeded["client"])
    window.workspace_controller.select_session(seeded["second"])
    editor = window.workspace.note_editor
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Nytt")
    window.workspace_controller.notes.save_now()
    assert any(h.startswith("Saved ") for h in heard)
    assert editor.saved.accessibleDescription().startswith("Saved ")
    window.controller.lock()
    assert heard[-1].startswith("Locked.")
    assert window.accessibleDescription() == "The journal is locked."
    assert window.statusBar().accessibleDescription().startswith("Locked.")
    stop_listening()


def test_an_erase_is_told(make_window, seeded, unlock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from test_erase_in_the_window import _erase_karin_in_the_dialog

    heard: list[str] = []
    stop_listening = listen(heard.append)
    window = make_window()
    unlock(window)
    window.workspace_controller.open_client(seeded["client"])
    _erase_karin_in_the_dialog(qtbot, window)
    qtbot.waitUntil(lambda: any(h.startswith("Erased ") for h in heard), timeout=10_000)
    assert "Erased and checked: nothing refers to the notes any more." in heard  # the dialog
    stop_listening()
