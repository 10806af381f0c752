"""Journey: a vault with one client. Unlock with the passphrase and Enter, click the client once,
click the session, click into the note and write it (å, ä, ö included); it saves by itself a
moment after the typing stops."""

from __future__ import annotations

from PySide6.QtCore import Qt

TYPED = "Klienten mår bättre; övningen gick fint. Nästa gång: sömn och ångest."


def test_unlock_open_the_client_and_write_a_note_that_saves_itself(
        make_window, person, one_client) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    assert window.statusBar().currentMessage() == "Unlocked."
    view, editor = window.workspace.client_view, window.workspace.note_editor
    clients = window.workspace.client_list.table
    assert clients.model().rowCount() == 1
    assert not view.isVisible()  # nothing is open until the practitioner chooses

    person.click_row(clients, one_client.client_name)  # one click
    person.wait_for(lambda: view.name.text() == one_client.client_name, "the client to open")
    assert view.isVisible()
    assert view.details.text().startswith("19121212-1212")
    assert view.sessions.model().rowCount() == 1

    person.click_index(view.sessions, view.sessions.model().index(0, 0))
    person.wait_for(lambda: editor.title.text().startswith(one_client.client_name), "the session's note")
    assert not editor.text.isReadOnly()
    assert editor.state.text() == "New note: it is saved as you type."
    template = editor.text.toPlainText()

    # Click below the template's text: the cursor goes to its end, where the note goes on.
    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    person.type("\n" + TYPED, into=editor.text)
    assert editor.text.toPlainText() == template + "\n" + TYPED
    assert editor.saved.text() == "Editing…"

    # Autosave: 1.5 s after the last key, nothing else done.
    journal = window.controller.journal
    person.wait_for(lambda: journal.notes.for_session(one_client.empty) is not None,
                    "the autosave", timeout=10_000)
    assert editor.saved.text().startswith("Saved ")
    stored = journal.notes.for_session(one_client.empty)
    assert stored is not None
    assert stored.text == template + "\n" + TYPED
    assert "mår bättre; övningen" in stored.text
    # The session row says there is a draft now.
    note_cell = view.sessions.model().index(0, 2).data()
    assert note_cell and note_cell != "—", note_cell
