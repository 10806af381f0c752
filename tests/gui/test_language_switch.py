"""Switching the language at once: asked first; the vault locks (the draft saved), the window
comes back in the new language, and unlocking returns to the same client and note. Declined,
the new language waits for the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from test_workspace_flow import _open_client, _open_session

from journal_app.ui import i18n
from journal_app.ui.dialogs.settings_dialog import SettingsDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import wait_for_tasks
from support import PASSPHRASE


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.install_language("en")


def _forget_deleted(request: pytest.FixtureRequest) -> None:
    """pytest-qt closes every widget a test registered, before fixtures end; the replaced
    window is deleted already."""
    request.node.qt_widgets = [(ref, close) for ref, close in request.node.qt_widgets
                               if ref() is None or shiboken6.isValid(ref())]


def _choose(qtbot, window, language: str) -> None:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def _other_window(old: MainWindow) -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget is not old and widget.isVisible():
            return widget
    return None


def test_the_window_comes_back_in_the_new_language_where_it_was(
        qtbot, make_window, seeded, unlock, confirmations, back_to_english,
        request) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    window.workspace.note_editor.text.setPlainText("Skrivet före bytet.")
    _choose(qtbot, window, "sv")
    assert confirmations == ["Change the language"]
    qtbot.waitUntil(lambda: _other_window(window) is not None, timeout=10_000)
    successor = _other_window(window)
    qtbot.addWidget(successor)
    assert not window.controller.is_unlocked  # locked: the keys went with the old window
    assert successor.unlock_page.title.text() == "Journalen är låst"
    assert successor.vault_menu.title() == "&Valv"
    page = successor.unlock_page
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(successor.controller.unlocked, timeout=10_000):
        page.passphrase.returnPressed.emit()
    assert successor.workspace.client_view.name.text() == "Karin Lindström"
    assert successor.workspace_controller.notes.session_id == seeded["second"]
    assert successor.workspace.note_editor.text.toPlainText() == "Skrivet före bytet."
    successor.controller.lock()
    wait_for_tasks()
    _forget_deleted(request)


def test_declined_the_language_waits_for_the_next_start(
        qtbot, make_window, seeded, unlock, ui_settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window._confirm = lambda *_args: False
    _choose(qtbot, window, "sv")
    qtbot.wait(50)
    assert _other_window(window) is None and window.controller.is_unlocked
    assert "next start" in window.statusBar().currentMessage()
    assert ui_settings.value("ui/language") == "sv"

