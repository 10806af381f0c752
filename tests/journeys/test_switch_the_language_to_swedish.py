"""Journey: choose Svenska in Settings, accept the offer to switch now; the vault locks, the window
comes back in Swedish, and unlocking lands on the same client and note."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.ui.dialogs.settings_dialog import SettingsDialog
from journal_app.ui.main_window import MainWindow


def _successor(old: MainWindow) -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget is not old and shiboken6.isValid(widget) \
                and widget.isVisible():
            return widget
    return None


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_switch_to_swedish_and_come_back_where_you_were(
        make_window, person, seeded, ui_settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    person.open_client(window, seeded.client_name)
    person.open_session(window, "2026-02-16")
    person.menu(window, "Vault", "Settings…")
    dialog = person.dialog(window, SettingsDialog)
    person.choose(dialog.language, "Svenska")

    with person.answering("Yes", dialog_type=QMessageBox) as offer:
        person.click_button(dialog, "Save")
    assert offer.title == "Change the language"
    assert offer.text.startswith("Switch to Swedish now?"), offer.text

    person.wait_for(lambda: _successor(window) is not None, "the window in Swedish")
    swedish = _successor(window)
    assert swedish is not None
    assert ui_settings.value("ui/language") == "sv"
    assert [_plain(a.text()) for a in swedish.menuBar().actions()][:2] == ["Valv", "Klient"]
    assert swedish.unlock_page.title.text() == "Journalen är låst"
    assert _plain(swedish.unlock_page.unlock_button.text()) == "Lås upp"
    assert seeded.client_name not in person.visible_text(swedish)  # locked for the switch
    assert not shiboken6.isValid(window) or not window.isVisible()  # the old one is gone

    person.unlock(swedish)
    view, editor = swedish.workspace.client_view, swedish.workspace.note_editor
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the same client")
    person.wait_for(lambda: editor.text.toPlainText() == seeded.draft_text, "the same note")
    assert "2026-02-16" in editor.title.text()
    assert editor.state.text().startswith("Utkast"), editor.state.text()
    # The status bar speaks Swedish too, and does not say the vault is locked.
    assert swedish.statusBar().currentMessage() == "Upplåst."
