"""A value a dialog refuses is said once, where it belongs (an identity number's reason under
its field only), the refused field gets the cursor, nothing is saved (a package size of 0 is
not saved as another number), and the complaint goes as soon as the value is corrected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from test_workspace_flow import _open_client


def test_a_refused_identity_number_is_said_once(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.new_client_action.trigger()
    dialog = window.workspace_controller.client_dialog
    qtbot.keyClicks(dialog.name, "Anna Svensson")
    qtbot.keyClicks(dialog.id_number, "19121212-1213")
    dialog.buttons.accepted.emit()
    said = [w for w in dialog.findChildren(QLabel)
            if w.isVisible() and "check digit" in w.text()]
    assert [w.objectName() for w in said] == ["idNumberHint"]
    dialog.reject()


def test_a_refused_field_gets_the_cursor(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.new_client_action.trigger()
    dialog = window.workspace_controller.client_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Erik Epost")
    qtbot.keyClicks(dialog.email, "erik.example.se")
    dialog.name.setFocus()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "needs an @" in dialog.error.text()
    qtbot.waitUntil(dialog.email.hasFocus, timeout=10_000)
    dialog.reject()


def test_an_unacceptable_session_count_is_refused_not_saved_as_another(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    journal = window.controller.journal
    client_id = window.workspace_controller.client.id
    before = len(journal.packages.for_client(client_id))
    window.workspace_controller.add_package()
    dialog = window.workspace_controller.package_dialog
    qtbot.waitExposed(dialog)
    dialog.sessions.selectAll()
    qtbot.keyClicks(dialog.sessions, "0")
    dialog.submitted.emit()
    assert dialog.isVisible()
    assert dialog.error.text() == "Sessions: 0 is not between 1 and 1000."
    assert len(journal.packages.for_client(client_id)) == before
    qtbot.keyClicks(dialog.sessions, "3")  # now "03": the complaint goes
    assert dialog.error.text() == ""
    dialog.submitted.emit()
    assert not dialog.isVisible()
    assert [p.sessions_total for p in journal.packages.for_client(client_id)][-1] == 3
