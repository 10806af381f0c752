"""A package whose sessions are all held but whose notes are not all signed says so, and the
practitioner can go straight to the notes that wait for a signature."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from test_workspace_flow import _open_client

from journal_app.core.domain.models import SessionStatus
from journal_app.ui import i18n
from journal_app.ui.views.table_models import BACKING_ROLE, PackageColumn


@pytest.fixture
def english_catalogue() -> Iterator[None]:
    """As the app does at start: English plurals ("1 note"); gone again after the test, as
    other tests read the untranslated source texts."""
    i18n.install_language("en")
    yield
    app = QCoreApplication.instance()
    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed.clear()


@pytest.mark.usefixtures("english_catalogue")
def test_held_but_unsigned_shows_the_notes_to_sign_and_leads_to_them(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    journal.notes.save_draft(seeded["second"], "Utkast")
    _open_client(qtbot, window, "Karin Lindström")
    view = window.workspace.client_view
    progress = view.packages_model.index(0, PackageColumn.PROGRESS)
    assert progress.data() == "1 of 2"
    assert not view.next_to_sign.isVisibleTo(view)
    rows = [view.sessions_model.index(r, 0).data(BACKING_ROLE) for r in range(2)]
    second_row = next(r for r, s in enumerate(rows) if s.id == seeded["second"])
    index = view.sessions_model.index(second_row, 0)
    qtbot.mouseClick(view.sessions.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.sessions.visualRect(index).center())
    qtbot.mouseClick(view.mark_held, Qt.MouseButton.LeftButton)
    progress = view.packages_model.index(0, PackageColumn.PROGRESS)
    assert progress.data() == "2 of 2 · 1 note to sign"
    assert window.statusBar().currentMessage() == (
        "All sessions of “Paket 2” are held; 1 note to sign before it is completed.")
    assert journal.packages.get(seeded["package"]).completed_at is None
    # Go elsewhere, then straight back to the note that waits.
    first_row = 1 - second_row
    qtbot.mouseClick(view.sessions.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.sessions.visualRect(view.sessions_model.index(first_row, 0)).center())
    assert window.workspace_controller.notes.session_id == seeded["first"]
    assert view.next_to_sign.isVisibleTo(view)
    qtbot.mouseClick(view.next_to_sign, Qt.MouseButton.LeftButton)
    assert window.workspace_controller.notes.session_id == seeded["second"]
    assert window.workspace.note_editor.text.toPlainText() == "Utkast"


def test_the_core_counts_held_sessions_whose_notes_are_unsigned(vault) -> None:  # type: ignore[no-untyped-def]
    journal = vault.journal
    client = journal.clients.add("Ida")
    package = journal.packages.add(client.id, name="P", sessions_total=2, purchased="2026-02-01")
    one = journal.packages.add_session(package.id, "2026-02-10T10:00", SessionStatus.HELD)
    two = journal.packages.add_session(package.id, "2026-02-17T10:00", SessionStatus.HELD)
    assert journal.packages.get(package.id).notes_to_sign == 2  # no note yet counts too
    assert journal.packages.get(package.id).waiting_for_signatures
    journal.notes.save_draft(one.id, "A")
    journal.sign_note(one.id)
    journal.notes.save_draft(two.id, "B")
    assert journal.packages.get(package.id).notes_to_sign == 1
    assert journal.sign_note(two.id).completed is not None
    done = journal.packages.get(package.id)
    assert done.notes_to_sign == 0 and not done.waiting_for_signatures
