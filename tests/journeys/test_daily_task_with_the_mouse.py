"""Journey: the day's work with the mouse. A new client with a personnummer, a package of
three sessions, three sessions each with a note typed with å, ä and ö that saves itself,
marked held and signed. Every step is a click; the keyboard only types words into the field
the click put the cursor in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.ui.dialogs.client_dialog import ClientDialog
from journal_app.ui.dialogs.package_dialog import PackageDialog, SessionDialog
from journal_app.ui.main_window import MainWindow

NAME = "Åsa Öberg-Ängström"
NOTES = [
    "Första samtalet: Åsa berättade om sömnen och oron inför våren.",
    "Andra samtalet: övningarna hjälper; mindre ängslan på morgonen.",
    "Tredje samtalet: vi sammanfattade och såg framåt, målen är nådda.",
]


def select_field_with_the_mouse(person, field) -> None:  # type: ignore[no-untyped-def]
    """A double-click on a one-word field selects what it holds; typing then replaces it."""
    person.click_on(field)
    person.qtbot.mouseDClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert field.selectedText() == field.text()


def add_client(person, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    person.click_on(window.workspace.client_list.new_client)
    dialog = person.dialog(window, ClientDialog)
    person.click_on(dialog.name)
    person.type(NAME, into=dialog.name)
    person.click_on(dialog.id_number)
    person.type("19121212-1212", into=dialog.id_number)
    assert dialog.id_hint.text() == "Valid personnummer: 19121212-1212"
    person.click_button(dialog, "Save")
    person.wait_for(lambda: not dialog.isVisible(), "the client dialog to close")


def add_package_of_three(person, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    person.click_on(window.workspace.client_view.add_package)
    dialog = person.dialog(window, PackageDialog)
    select_field_with_the_mouse(person, dialog.sessions)
    person.type("3", into=dialog.sessions)
    assert dialog.name.text() == "3-session package"
    person.click_button(dialog, "OK")
    person.wait_for(lambda: not dialog.isVisible(), "the package dialog to close")


def write_and_sign(person, window: MainWindow, text: str, clock: ManualClock, *,
                   completes: bool) -> None:  # type: ignore[no-untyped-def]
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.click_on(view.add_session)
    dialog = person.dialog(window, SessionDialog)
    assert dialog.start.text() == clock.now().strftime("%Y-%m-%d %H:%M")  # now, unambiguous
    person.click_button(dialog, "OK")
    person.wait_for(lambda: not dialog.isVisible(), "the session dialog to close")
    # The new session is open in the editor: a click below the text puts the cursor at its
    # end, and the words follow.
    person.wait_for(lambda: editor.title.text().startswith(NAME), "the new session's note")
    area = editor.text.viewport().rect()
    person.click_on(editor.text.viewport(), QPoint(area.center().x(), area.bottom() - 4))
    person.type(text, into=editor.text)
    person.wait_for(lambda: editor.saved.text().startswith("Saved "), "the autosave")
    person.click_on(view.mark_held)
    person.wait_for(lambda: editor.state.text().startswith("Draft"), "the draft state")
    with person.answering("Yes") as question:
        person.click_on(editor.sign_button)
    assert question.title == "Sign note"
    person.wait_for(editor.text.isReadOnly, "the signed note")
    if completes:  # the last signature completes the package: the erase prompt comes
        person.wait_for(lambda: window.findChild(QDialog, "eraseDialog") is not None,
                        "the erase prompt")
        prompt = window.findChild(QDialog, "eraseDialog")
        person.wait_for(prompt.isVisible, "the erase prompt to show")
        person.click_on(prompt.later_button)
        person.wait_for(lambda: not prompt.isVisible(), "the prompt to close")


def test_a_day_with_the_mouse_new_client_package_three_notes_signed(
        make_window, person, empty_vault, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view = window.workspace.client_view
    add_client(person, window)
    person.wait_for(lambda: view.name.text() == NAME, "the new client to open")
    clients = window.workspace.client_list.table
    assert [i.data() for i in clients.selectionModel().selectedRows()] == [NAME]
    add_package_of_three(person, window)
    assert view.packages.model().index(0, 1).data() == "0 of 3"

    for number, text in enumerate(NOTES, start=1):
        write_and_sign(person, window, text, clock, completes=number == len(NOTES))
        clock.advance(dt.timedelta(days=7))  # a week passes before the next session

    # Seen: three held sessions with signed notes; the package completed.
    model = view.sessions.model()
    assert [(model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())] == [("Held", "Signed")] * 3
    assert view.packages.model().index(0, 1).data() == "3 of 3 · completed"

    # Stored: the client as typed, the package of 3, each note signed as typed.
    journal = window.controller.journal
    (client,) = journal.clients.all()
    assert (client.name, client.id_number) == (NAME, "19121212-1212")
    (package,) = journal.packages.for_client(client.id)
    assert package.sessions_total == 3 and package.completed
    sessions = journal.packages.sessions(client_id=client.id)
    assert [s.status for s in sessions] == [SessionStatus.HELD] * 3
    for session, text in zip(sessions, NOTES, strict=True):
        note = journal.notes.for_session(session.id)
        assert note is not None and note.state is NoteState.SIGNED
        assert note.text.endswith(text)
