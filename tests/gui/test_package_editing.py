"""Correcting a running package from the client view: double-click, change, save; a size that
would drop booked sessions is refused in the dialog; a smaller size that completes the package
raises the one completion event; an empty package can be removed; locking closes the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_workspace_flow import _open_client

from journal_app.core.domain.models import SessionStatus


def _edit_first_package(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.workspace.client_view
    table = view.packages
    index = view.packages_model.index(0, 0)
    table.setCurrentIndex(index)
    table.doubleClicked.emit(index)
    dialog = window.workspace_controller.package_editor.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _set_sessions(qtbot, dialog, count: int) -> None:  # type: ignore[no-untyped-def]
    dialog.sessions.selectAll()
    qtbot.keyClicks(dialog.sessions, str(count))


def test_a_package_is_corrected_and_the_view_shows_it(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    assert dialog.windowTitle() == "Edit package"
    assert (dialog.name.text(), dialog.sessions.text()) == ("Paket 2", "2")
    assert not dialog.remove_button.isVisible()  # it has sessions
    _set_sessions(qtbot, dialog, 6)
    dialog.name.setText("Paket 6")
    dialog.submitted.emit()
    assert not dialog.isVisible()
    view = window.workspace.client_view
    assert view.packages_model.index(0, 0).data() == "Paket 6"
    assert view.packages_model.index(0, 1).data().startswith("1 of 6")


def test_fewer_than_booked_is_refused_in_the_dialog(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    _set_sessions(qtbot, dialog, 1)
    dialog.submitted.emit()
    assert dialog.isVisible()
    assert "already has 2 session(s) held or planned" in dialog.error.text()
    client_id = window.workspace_controller.client.id
    assert window.controller.journal.packages.for_client(client_id)[0].sessions_total == 2
    dialog.reject()


def test_a_smaller_size_can_complete_the_package_once(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    events: list[object] = []
    window.controller.packageCompleted.connect(events.append)
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.CANCELLED))
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    _set_sessions(qtbot, dialog, 1)
    dialog.submitted.emit()
    assert not dialog.isVisible()
    assert len(events) == 1 and events[0].client_name == "Karin Lindström"  # type: ignore[attr-defined]
    window.workspace.client_view.packages.doubleClicked.emit(
        window.workspace.client_view.packages_model.index(0, 0))
    assert window.workspace_controller.package_editor.dialog is None  # completed: no editing
    assert "can no longer change" in window.statusBar().currentMessage()


def test_an_empty_package_can_be_removed(qtbot, make_window, seeded, unlock, confirmations) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    client_id = window.workspace_controller.client.id
    window.controller.apply(lambda j: j.add_package(client_id, name="Av misstag",
                                                    sessions_total=3, purchased="2026-03-01"))
    view = window.workspace.client_view
    names = [view.packages_model.index(r, 0).data() for r in range(view.packages_model.rowCount())]
    index = view.packages_model.index(names.index("Av misstag"), 0)
    view.packages.setCurrentIndex(index)
    view.edit_package_action.trigger()
    dialog = window.workspace_controller.package_editor.dialog
    qtbot.waitExposed(dialog)
    assert dialog.remove_button.isVisible()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert confirmations == ["Remove package"]
    assert not dialog.isVisible()
    assert [p.name for p in window.controller.journal.packages.for_client(client_id)] == ["Paket 2"]


def test_locking_closes_the_package_dialog(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    window.controller.lock()
    assert not dialog.isVisible()
    assert window.workspace_controller.package_editor.dialog is None


def test_the_erase_prompt_after_a_shrink_has_the_keyboard(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QDialog

    window = make_window()
    unlock(window)
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.CANCELLED))
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    _set_sessions(qtbot, dialog, 1)
    dialog.submitted.emit()
    prompt = window.findChild(QDialog, "eraseDialog")
    qtbot.waitUntil(lambda: prompt is not None and prompt.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is prompt, timeout=10_000)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is prompt


def test_a_stored_price_of_zero_stays_zero(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    free = window.controller.apply(lambda j: j.add_package(
        seeded["client"], name="Gratis", sessions_total=2, purchased="2026-03-01",
        price_ore=0)).package
    _open_client(qtbot, window, "Karin Lindström")
    view = window.workspace.client_view
    names = [view.packages_model.index(r, 0).data() for r in range(view.packages_model.rowCount())]
    index = view.packages_model.index(names.index("Gratis"), 0)
    view.packages.setCurrentIndex(index)
    view.packages.doubleClicked.emit(index)
    dialog = window.workspace_controller.package_editor.dialog
    dialog.name.setText("Gratis (kampanj)")
    dialog.submitted.emit()
    assert journal.packages.get(free.id).price_ore == 0


def test_a_future_purchase_date_is_refused_with_a_message(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _edit_first_package(qtbot, window)
    dialog.purchased.selectAll()
    qtbot.keyClicks(dialog.purchased, "2026-12-01")  # the clock says 2026-03-02
    assert dialog.purchased.text() == "2026-12-01"  # the field takes it as typed...
    dialog.submitted.emit()
    assert dialog.isVisible() and "in the future" in dialog.error.text()  # ...the core says no
    client_id = window.workspace_controller.client.id
    assert str(window.controller.journal.packages.for_client(client_id)[0].purchased) == "2026-02-01"
    dialog.reject()
