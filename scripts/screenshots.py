"""Render the app's main screens from a demo vault, offscreen, into docs/screenshots/.

    python scripts/screenshots.py            # Swedish and English
    python scripts/screenshots.py --lang sv

Everything shown is fictional (core/journal/demo.py). The vault lives in a temporary folder and is
deleted afterwards; the clock is fixed so the pictures do not change from run to run."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from journal_app.core.domain.clock import ManualClock  # noqa: E402
from journal_app.core.journal.demo import fill_demo_vault  # noqa: E402
from journal_app.ui import i18n  # noqa: E402
from journal_app.ui.controllers.settings_controller import SettingsController  # noqa: E402
from journal_app.ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.tasks import wait_for_tasks  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "fictional demo passphrase 42"
SIZE = (1280, 780)


def settle(app: QApplication) -> None:
    wait_for_tasks()
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(language: str, app: QApplication, tmp: Path) -> None:
    i18n.install_language(language)
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 40, tzinfo=dt.UTC))
    settings = QSettings(str(tmp / f"ui-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(tmp / f"vault-{language}", clock=clock, ui_settings=settings,
                        confirm=lambda *_: True)
    window.resize(*SIZE)
    window.show()
    page = window.first_run_page
    page.practice.setText("Samtalsmottagningen Ljusglimten")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    save(window, f"{language}-first-run", app)
    page.create_button.click()
    settle(app)
    save(window, f"{language}-recovery-key", app)
    window.recovery_page.confirm.setChecked(True)
    window.recovery_page.continue_button.click()
    fill_demo_vault(window.controller.journal, clients=14, sessions_per_client=5)
    window.controller.lock()
    window.unlock_page.passphrase.setText("not the passphrase")
    window.unlock.submit()
    settle(app)
    save(window, f"{language}-unlock", app)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock.submit()
    settle(app)

    controller = window.workspace_controller
    panel = window.workspace.client_list
    panel.table.setCurrentIndex(panel.proxy.index(2, 0))
    sessions = window.workspace.client_view.sessions_model.rows()
    open_ones = [s for s in sessions if s.note_state is None] or sessions
    controller.select_session(open_ones[0].id)
    editor = window.workspace.note_editor
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    controller.notes.save_now()
    save(window, f"{language}-workspace", app)

    signed = [s for s in sessions if s.note_state is not None]
    if signed:
        controller.select_session(signed[0].id)
        controller.notes.correct()
        editor.text.setPlainText(editor.text.toPlainText().replace("Mående", "Mående (rättat)"))
        controller.notes.save_now()
        controller.notes.sign()
        save(window, f"{language}-correction", app)

    panel.search.setText("sömn")
    controller.search.run_now()
    save(window, f"{language}-search", app)

    view = window.workspace.client_view
    view.packages.setCurrentIndex(view.packages_model.index(0, 0))
    view.edit_package_action.trigger()
    package_dialog = controller.package_editor.dialog
    if package_dialog is not None:
        save(package_dialog, f"{language}-package-edit", app)
        package_dialog.reject()

    dialog = SettingsDialog(window)
    SettingsController(dialog, window.controller, settings)
    dialog.show()
    save(dialog, f"{language}-settings", app)
    dialog.close()
    window.close()
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("sv", "en"), action="append")
    languages = parser.parse_args().lang or ["sv", "en"]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="journal-app-shots-") as tmp:
        for language in languages:
            render(language, app, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
