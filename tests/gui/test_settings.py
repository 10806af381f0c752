"""Settings reach the vault; QSettings keeps only the language and window geometry."""

from __future__ import annotations

from pathlib import Path

from journal_app.ui.controllers.idle_lock import ScreenLockWatcher
from journal_app.ui.controllers.settings_controller import SettingsController
from journal_app.ui.dialogs.settings_dialog import SettingsDialog


def test_settings_change_the_template_idle_time_and_language(
        qtbot, make_window, seeded, unlock, ui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window._confirm = lambda *_args: False  # "switch the language now?" no: at the next start
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert dialog.template.toPlainText().startswith("Samtalets innehåll")
    dialog.template.setPlainText("Tema\n\nPlan\n")
    dialog.idle_minutes.setValue(12)
    assert dialog.backup_days.value() == 7  # the vault's default
    dialog.backup_days.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    stored = window.controller.journal.settings.load()
    assert (stored.note_template, stored.idle_lock_minutes) == ("Tema\n\nPlan\n", 12)
    assert stored.backup_reminder_days == 3
    assert "next start" in window.statusBar().currentMessage()
    assert window._idle_minutes() == 12

    window.close()  # saves geometry
    ini = (tmp_path / "ui.ini").read_text(encoding="utf-8")
    assert "language=sv" in ini and "geometry" in ini  # the control: the file was written
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


def test_the_practitioner_field_follows_the_practice_name_and_a_long_one_is_refused(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.journal.update_settings(practitioner="Anna Andersson, leg. psykolog")
    dialog = SettingsDialog(window)
    controller = SettingsController(dialog, window.controller, window.ui_settings)
    assert dialog.practitioner.text() == "Anna Andersson, leg. psykolog"  # filled from the vault
    assert dialog.practitioner.accessibleName() == "Journal kept by (name, title)"
    assert dialog.practice.nextInFocusChain() is dialog.practitioner  # in reading order
    assert dialog.practitioner.nextInFocusChain() is dialog.late_counts
    dialog.practitioner.setText("x" * 201)
    dialog.idle_minutes.setValue(17)
    controller.save()
    assert "Journal kept by (name, title) is longer than 200" in dialog.error.text()
    stored = window.controller.journal.settings.load()
    assert (stored.practitioner, stored.idle_lock_minutes) == ("Anna Andersson, leg. psykolog", 5)


def test_screen_lock_signal_locks_only_when_the_screen_locks(qtbot) -> None:  # type: ignore[no-untyped-def]
    watcher = ScreenLockWatcher()  # no session bus here: must stay silent, never raise
    seen: list[bool] = []
    watcher.screenLocked.connect(lambda: seen.append(True))
    watcher._on_active_changed(False)
    assert seen == []
    watcher._on_active_changed(True)
    watcher._on_lock()
    assert seen == [True, True]


def test_policy_change_is_confirmed_logged_and_erases_nothing(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core.domain.models import RetentionPolicy

    window = make_window()
    unlock(window)
    journal = window.controller.journal
    before = len(journal.clients.all())
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return next(answers)

    dialog = SettingsDialog(window)
    controller = SettingsController(dialog, window.controller, window.ui_settings, confirm)
    start = journal.policy()
    target = (RetentionPolicy.PDL if start is RetentionPolicy.ERASE_ON_COMPLETION
              else RetentionPolicy.ERASE_ON_COMPLETION)
    dialog.policy_choice.setCurrentIndex(dialog.policy_choice.findData(target.value))
    controller.save()  # "No": nothing changes, the choice snaps back
    assert journal.policy() is start
    assert dialog.policy_choice.currentData() == start.value
    dialog.policy_choice.setCurrentIndex(dialog.policy_choice.findData(target.value))
    controller.save()  # "Yes"
    assert journal.policy() is target
    assert len(asked) == 2 and "Nothing is erased" in asked[1]
    assert len(journal.clients.all()) == before
    assert [e.action for e in journal.audit.entries(action="policy_change")] == ["policy_change"]


def _save_language(qtbot, window, language: str, template: str | None = None) -> str:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    if template is not None:
        dialog.template.setPlainText(template)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None, timeout=10_000)
    return window.controller.journal.settings.load().note_template


def test_the_untouched_default_template_follows_the_language(
        qtbot, make_window, seeded, unlock, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core.domain.models import DEFAULT_TEMPLATE_EN, DEFAULT_TEMPLATE_SV

    ui_settings.setValue("ui/language", "sv")
    window = make_window()
    unlock(window)
    window._confirm = lambda *_args: False  # the language waits for the next start
    assert window.controller.journal.settings.load().note_template == DEFAULT_TEMPLATE_SV
    assert _save_language(qtbot, window, "en") == DEFAULT_TEMPLATE_EN
    assert _save_language(qtbot, window, "en") == DEFAULT_TEMPLATE_EN  # no change, no swap
    assert _save_language(qtbot, window, "sv") == DEFAULT_TEMPLATE_SV
    own = "Tema\n\nPlan\n"
    assert _save_language(qtbot, window, "en", own) == own  # the practitioner's own stays


def test_the_same_language_by_another_name_is_no_change(
        qtbot, make_window, seeded, unlock, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui import i18n

    window = make_window()
    unlock(window)
    asked: list[str] = []
    window._confirm = lambda _parent, title, _text: asked.append(title) or False
    system = i18n.system_language()  # "As the system" means this one
    _save_language(qtbot, window, system)
    assert asked == [] and window.statusBar().currentMessage() == "Settings saved."
