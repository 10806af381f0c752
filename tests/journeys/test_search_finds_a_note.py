"""Journey: find a note by a word in it. Ctrl+F puts the keyboard in the search field; typing a
word shows the notes that hold it; clicking the hit opens that client and that note, with its
session row highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal_app.core.storage.audit import Action


def test_ctrl_f_type_a_word_click_the_hit_and_the_note_opens(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    panel = window.workspace.client_list
    view, editor = window.workspace.client_view, window.workspace.note_editor
    # Start from another client, so the hit has to switch clients.
    person.click_row(panel.table, seeded.client_name)
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the first client")

    person.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    person.expect_focus(panel.search)
    person.type("fjällvandringen", into=panel.search)

    hits = panel.hits
    person.wait_for(lambda: hits.isVisible() and hits.model().rowCount() == 1, "one note hit")
    assert panel.hits_label.text() == "Notes (1)"
    shown = hits.model().index(0, 0).data()
    assert shown.startswith(f"{seeded.other_name} · 2026-02-20 13:00"), shown
    assert "fjällvandringen" in shown.casefold()
    # No client is called that: the client list shows none.
    assert panel.table.model().rowCount() == 0

    person.click_index(hits, hits.model().index(0, 0))

    person.wait_for(lambda: view.name.text() == seeded.other_name, "the hit's client to open")
    person.wait_for(lambda: editor.text.toPlainText() == seeded.other_text, "the hit's note")
    assert editor.title.text().startswith(seeded.other_name)
    assert "2026-02-20 13:00" in editor.title.text()
    # Its session row is the highlighted one.
    sessions = view.sessions
    selected = sessions.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [0]
    assert sessions.model().index(0, 0).data().startswith("2026-02-20 13:00")
    assert sessions.currentIndex().row() == 0
    # The keyboard is in the note, ready to go on writing the draft.
    person.expect_focus(editor.text)
    assert not editor.text.isReadOnly()

    # Stored: opening the journal through the hit is in the access log.
    opened = window.controller.journal.audit.entries(action=Action.OPEN_JOURNAL,
                                                     client_id=seeded.other)
    assert len(opened) == 1
