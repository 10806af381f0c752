"""A new session goes to the package selected in the client view, even when an older open
package would be the default."""

from __future__ import annotations

from test_workspace_flow import _open_client


def test_a_new_session_goes_to_the_selected_package(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    client_id = window.workspace_controller.client.id
    newer = window.controller.apply(lambda j: j.add_package(
        client_id, name="Paket B", sessions_total=2, purchased="2026-02-20")).package
    view = window.workspace.client_view
    rows = [view.packages_model.index(r, 0).data() for r in range(view.packages_model.rowCount())]
    view.packages.setCurrentIndex(view.packages_model.index(rows.index("Paket B"), 0))
    window.workspace_controller.add_session()
    dialog = window.workspace_controller.session_dialog
    assert dialog.package.count() == 2  # both are open: the older one is still the default...
    assert dialog.package.currentData() == newer.id  # ...but the selected one is chosen
    dialog.reject()
