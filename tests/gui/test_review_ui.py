"""Findings of the security review in the desktop app (7: an erased client stays on screen,
no excepthook; 13: client data rendered as HTML), and the usability defects seen under Xvfb:
the recovery-key sheet at first run, an identity-number error said twice, cramped dialogs,
focus lost after a dialog, and a Swedish note template in an English app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from test_workspace_flow import _open_client, _open_session

from journal_app.core.domain.models import DEFAULT_TEMPLATE_SV
from journal_app.core.errors import NotFound
from journal_app.core.retention.erasure import erase_in_journal
from journal_app.ui import app as app_module
from journal_app.ui import i18n
from journal_app.ui.controllers.tasks import wait_for_tasks
from journal_app.ui.dialogs import recovery_dialog
from journal_app.ui.dialogs.export_dialog import ExportDialog, ExportKind
from support import PASSPHRASE

HTML_NAME = '<b>Anna</b><img src="file:///etc/hostname">'


def _client_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    panel = window.workspace.client_list
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def _erase_karin_in_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.features.erase_on_request()
    dialog = window.features._showing
    qtbot.mouseClick(dialog.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    dialog.confirm_edit.setText("Karin Lindström")
    with qtbot.waitSignal(dialog.erased, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()


# Finding 7 -------------------------------------------------------------------------------------

def test_an_erased_client_leaves_the_screen_with_its_unsaved_draft(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    hits = window.workspace_controller.search.model
    hits.set_hits(window.controller.journal.search("trädgården"))  # as typed in the search
    assert hits.rowCount() == 1  # the control: Karin's note is found before the erase
    editor, notes = window.workspace.note_editor, window.workspace_controller.notes
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, "unsaved words typed just before the erase")
    assert editor.text.document().isUndoAvailable()
    _erase_karin_in_the_dialog(qtbot, window)

    assert "Karin Lindström" not in _client_names(window)
    assert "Erik Öberg" in _client_names(window)
    view = window.workspace.client_view
    assert (view.name.text(), view.details.text()) == ("", "")
    assert view.sessions_model.rowCount() == 0 and view.packages_model.rowCount() == 0
    assert window.workspace_controller.client is None
    assert editor.text.toPlainText() == "" and notes.session is None
    assert not editor.text.document().isUndoAvailable()
    assert editor.saved.text() == ""  # dropped, not "Not saved!"
    assert window.workspace_controller.search.model.rowCount() == 0
    assert not view.actions_menu.isEnabled()


def test_a_stale_row_of_an_erased_client_refreshes_instead_of_raising(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Erik Öberg")
    messages: list[str] = []
    window.workspace_controller.message.connect(messages.append)
    # Erased behind the window's back (not through AppController.apply): no `changed` signal,
    # so the list still shows the row.
    erase_in_journal(window.controller.journal, seeded["client"], completed_only=False)
    assert "Karin Lindström" in _client_names(window)
    panel = window.workspace.client_list
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data() == "Karin Lindström":
            panel.table.setCurrentIndex(panel.proxy.index(row, 0))  # pytest-qt fails on a raise
    assert "Karin Lindström" not in _client_names(window)
    assert messages == ["That client is no longer in the journal."]
    assert window.workspace.client_view.name.text() == "Erik Öberg"  # still the open client


def test_the_excepthook_shows_one_line_and_prints_no_traceback_or_client_data(
        qtbot, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    assert sys.excepthook is not app_module.excepthook  # importing the app installs nothing
    app_module.install_excepthook()
    assert sys.excepthook is app_module.excepthook
    try:
        raise NotFound("No client named Karin Lindström, 19121212-1212.")
    except NotFound as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.allWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "internalErrorBox"]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.text() == "Something went wrong: NotFound; nothing more was changed."
    assert box.textFormat() == Qt.TextFormat.PlainText
    err = capsys.readouterr().err
    assert err == "journal-app: internal error (NotFound); nothing more was changed.\n"
    box.close()


# Finding 13 ------------------------------------------------------------------------------------

def test_client_data_shows_literally_in_every_label(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.update_client(seeded["client"], name=HTML_NAME,
                                                      phone="<i>070</i>"))
    _open_client(qtbot, window, HTML_NAME)
    _open_session(window, seeded["first"])
    view = window.workspace.client_view
    assert view.name.text() == HTML_NAME
    assert view.name.textFormat() == Qt.TextFormat.PlainText
    intro = ExportDialog(ExportKind.JOURNAL, HTML_NAME, window)
    qtbot.addWidget(intro)
    labels = [w for w in QApplication.allWidgets()
              if isinstance(w, QLabel) and ("<b>Anna</b>" in w.text() or "<i>" in w.text())]
    names = {w.objectName() for w in labels}
    # The control: the sweep finds the header, the details, the note title and the export intro.
    assert {"clientNameLabel", "clientDetailsLabel", "noteTitleLabel", "exportIntro"} <= names
    rich = [w.objectName() for w in labels if w.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []


# Usability -------------------------------------------------------------------------------------

def _create_vault(qtbot, window, practice: str = "Samtalsrummet") -> None:  # type: ignore[no-untyped-def]
    page = window.first_run_page
    page.practice.setText(practice)
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.controller.created, timeout=10_000):
        page.create_button.click()


def test_the_first_run_key_page_saves_the_printable_sheet(
        qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _create_vault(qtbot, window)
    target = tmp_path / "out" / "recovery-key.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, title, suggested, _filter, mode="save"):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(target)

    monkeypatch.setattr(recovery_dialog, "choose_path", choose)
    key_page = window.recovery_page
    button = key_page.findChild(QPushButton, "recoverySheetButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["recovery-key.pdf"]  # a neutral name, never the practice's
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in key_page.sheet_status.text()
    key_page.confirm.setChecked(True)
    key_page.continue_button.click()
    assert key_page.sheet_status.text() == ""


def test_a_new_vault_gets_the_note_template_in_the_language_of_the_app(
        qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _create_vault(qtbot, window)
    template = window.controller.journal.settings.load().note_template
    assert template.startswith("Session content\n") and "Next time" in template


def test_a_swedish_app_keeps_the_swedish_template(
        qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_language("sv")
    try:
        window = make_window()
        _create_vault(qtbot, window)
        assert window.controller.journal.settings.load().note_template == DEFAULT_TEMPLATE_SV
    finally:
        i18n.install_language("en")


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


def test_focus_returns_to_the_table_after_a_dialog(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    sessions = window.workspace.client_view.sessions
    sessions.setFocus()
    qtbot.waitUntil(sessions.hasFocus, timeout=10_000)
    window.workspace_controller.add_package()
    dialog = window.workspace_controller.package_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10_000)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions, timeout=10_000)
