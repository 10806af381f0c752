"""The package and client dialogs leave room for a name: their text fields are wide enough
to read one, and spin boxes keep their own, smaller size."""

from __future__ import annotations

from test_workspace_flow import _open_client


def test_dialogs_leave_room_for_a_name(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    window.workspace_controller.add_package()
    dialog = window.workspace_controller.package_dialog
    qtbot.waitExposed(dialog)
    assert dialog.name.width() >= 280
    assert dialog.sessions.width() < dialog.name.width() * 2  # spin boxes keep their own size
    dialog.reject()
    window.new_client_action.trigger()
    client = window.workspace_controller.client_dialog
    qtbot.waitExposed(client)
    assert client.name.width() >= 280 and client.email.width() >= 280
    client.reject()
