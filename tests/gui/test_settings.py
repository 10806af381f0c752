"""Settings reach the vault; QSettings keeps only the language and window geometry."""

from __future__ import annotations

from pathlib import Path

from journal_app.ui.idle_lock import ScreenLockWatcher
from journal_app.ui.settings_dialog import SettingsController, SettingsDialog


def test_settings_change_the_template_idle_time_and_language(
        qtbot, make_window, seeded, unlock, ui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert dialog.template.toPlainText().startswith("Samtalets innehåll")
    dialog.template.setPlainText("Tema\n\nPlan\n")
    dialog.idle_minutes.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = window.controller.journal.settings.load()
    assert (stored.note_template, stored.idle_lock_minutes) == ("Tema\n\nPlan\n", 12)
    assert "next start" in window.statusBar().currentMessage()
    assert window._idle_minutes() == 12

    window.close()  # saves geometry
    ini = (tmp_path / "ui.ini").read_text(encoding="utf-8")
    assert "language=en" in ini and "geometry" in ini  # the control: the file was written
    for private in ("Karin", "Lindstr", "19121212", seeded["client"]):
        assert private not in ini


def test_a_refused_setting_is_explained_in_the_dialog(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    dialog = SettingsDialog(window)
    controller = SettingsController(dialog, window.controller, window.ui_settings)
    dialog.practice.setText("x" * 500)
    controller.save()
    assert "longer than" in dialog.error.text()


def test_screen_lock_signal_locks_only_when_the_screen_locks(qtbot) -> None:  # type: ignore[no-untyped-def]
    watcher = ScreenLockWatcher()  # no session bus here: must stay silent, never raise
    seen: list[bool] = []
    watcher.screenLocked.connect(lambda: seen.append(True))
    watcher._on_active_changed(False)
    assert seen == []
    watcher._on_active_changed(True)
    watcher._on_lock()
    assert seen == [True, True]
