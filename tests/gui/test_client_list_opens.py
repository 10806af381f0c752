"""The client list opens a client the way a person chooses one: a single click, a double-click,
Enter, the arrow keys. Focus alone opens (and logs) nothing, and the highlighted row is always
the open client."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from journal_app.core.audit import Action


def _row_centre(table: QTableView, name: str) -> QPoint:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == name:
            return table.visualRect(index).center()
    raise AssertionError(f"{name!r} is not in the list")


def _highlighted(table: QTableView) -> list[str]:
    return [index.data() for index in table.selectionModel().selectedRows()]


def _opened(window) -> list[str]:  # type: ignore[no-untyped-def]
    entries = window.controller.journal.audit.entries(action=Action.OPEN_JOURNAL)
    return [e.client_id for e in sorted(entries, key=lambda e: e.seq)]


def test_a_single_click_opens_the_client_and_highlights_it(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    table = window.workspace.client_list.table
    name = window.workspace.client_view.name
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=_row_centre(table, "Karin Lindström"))
    qtbot.waitUntil(lambda: name.text() == "Karin Lindström", timeout=10_000)
    assert _highlighted(table) == ["Karin Lindström"]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=_row_centre(table, "Erik Öberg"))
    qtbot.waitUntil(lambda: name.text() == "Erik Öberg", timeout=10_000)
    assert _highlighted(table) == ["Erik Öberg"]
    assert _opened(window) == [seeded["client"], seeded["other"]]


def test_a_double_click_on_the_only_client_opens_it(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    table = window.workspace.client_list.table
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                      pos=_row_centre(table, "Erik Öberg"))
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() == "Erik Öberg",
                    timeout=10_000)
    assert _highlighted(table) == ["Erik Öberg"]


def test_focus_alone_opens_nothing_and_enter_opens_the_current_row(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    table = window.workspace.client_list.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=10_000)
    qtbot.wait(50)
    assert window.workspace_controller.client is None
    assert _opened(window) == []
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace_controller.client is not None, timeout=10_000)
    shown = window.workspace.client_view.name.text()
    assert _highlighted(table) == [shown]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() != shown, timeout=10_000)
    assert _highlighted(table) == [window.workspace.client_view.name.text()]
