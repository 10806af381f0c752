"""The client list opens a client the way a person chooses one: a single click, a double-click,
Enter, the arrow keys. Focus alone opens (and logs) nothing, and the highlighted row is always
the open client."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from journal_app.core.storage.audit import Action


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


def test_a_double_click_opens_the_client(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    table = window.workspace.client_list.table
    where = _row_centre(table, "Erik Öberg")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
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


def test_after_a_lock_and_unlock_the_status_bar_no_longer_says_locked(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert "Locked" in window.statusBar().currentMessage()  # the control: it did say so
    unlock(window)
    assert "Locked" not in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage() == "Unlocked."


def test_a_client_saved_during_a_search_that_hides_it_is_listed_and_highlighted(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    panel = window.workspace.client_list
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "Karin")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace_controller.client_dialog is not None, timeout=10_000)
    dialog = window.workspace_controller.client_dialog
    qtbot.waitUntil(dialog.name.hasFocus, timeout=10_000)
    qtbot.keyClicks(dialog.name, "Nils Ny")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() == "Nils Ny", timeout=10_000)
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert "Nils Ny" in shown
    assert _highlighted(panel.table) == ["Nils Ny"]


def test_the_highlight_follows_the_open_client_through_lock_unlock_and_erase(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    table = window.workspace.client_list.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=_row_centre(table, "Erik Öberg"))
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() == "Erik Öberg",
                    timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    unlock(window)
    assert window.workspace.client_view.name.text() == "Erik Öberg"
    assert _highlighted(table) == ["Erik Öberg"]
    # Erased while open, through the app's write entry (as the erase prompt does).
    window.controller.apply(lambda j: j.erase_client(seeded["other"]))
    assert window.workspace_controller.client is None
    assert _highlighted(table) == []
    assert "Erik Öberg" not in [table.model().index(r, 0).data()
                                for r in range(table.model().rowCount())]
