"""The main window in the light and the dark colour scheme, from a demo vault, offscreen, into
docs/screenshots/{light,dark}-workspace.png, and the client's column alone at 200 % (icons and
text drawn at twice the pixels, as on a HiDPI screen): {light,dark}-client-column-200.png.

    python scripts/scheme_screenshots.py            # the whole window, 100 %
    python scripts/scheme_screenshots.py --scale 2  # the client's column, 200 %

The scheme is changed the way the desktop changes it (QStyleHints.colorSchemeChanged, which
ui/theme.py follows), on one running window: the pictures show that it changes while it runs.
Everything shown is fictional (core/journal/demo.py); the vault is deleted afterwards."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from journal_app.core.domain.clock import ManualClock  # noqa: E402
from journal_app.core.domain.models import SessionStatus  # noqa: E402
from journal_app.core.journal.demo import fill_demo_vault  # noqa: E402
from journal_app.core.vault.vault import Vault  # noqa: E402
from journal_app.ui import i18n, theme  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.tasks import wait_for_tasks  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "fictional demo passphrase 42"
SIZE = (1280, 780)
PHQ9 = [[2, 2, 1, 2, 1, 1, 2, 1, 1], [1, 2, 1, 1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 0, 1, 1, 0, 0],
        [0, 1, 0, 1, 0, 0, 1, 0, 1]]  # the last with item 9 above 0: the flag shows


def settle(app: QApplication) -> None:
    wait_for_tasks()
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication, crop: QRect | None = None) -> None:
    settle(app)
    image = widget.grab(crop) if crop is not None else widget.grab()
    path = OUT / f"{name}.png"
    image.save(str(path))
    print(path.relative_to(ROOT), image.width(), "x", image.height())


def demo_vault(folder: Path, clock: ManualClock) -> str:
    """A demo vault, and one more fictional client with four PHQ-9s (the charts and the item-9
    flag show); that client's id."""
    vault, _key = Vault.create(folder, PASSPHRASE, practice_name="Samtalsmottagningen Ljusglimten",
                               clock=clock)
    journal = vault.journal
    fill_demo_vault(journal, clients=14, sessions_per_client=5)
    client = journal.clients.add("Alva Lindqvist", id_number="19121212-1212")
    package = journal.packages.add(client.id, name="Samtalspaket 6", sessions_total=6,
                                   purchased=dt.date(2026, 1, 12))
    for week, answers in enumerate(PHQ9):
        start = dt.datetime(2026, 1, 13, 10, 0) + dt.timedelta(weeks=week)
        session = journal.packages.add_session(package.id, start, SessionStatus.HELD)
        journal.notes.save_draft(session.id, "Samtal om sömn, oro och vardagens rutiner.")
        journal.record_measure(session.id, "phq9", answers)
    vault.lock()
    return client.id


def main() -> int:
    scale = sys.argv[sys.argv.index("--scale") + 1] if "--scale" in sys.argv else "1"
    os.environ["QT_SCALE_FACTOR"] = scale  # read when the application is made
    suffix = "" if scale == "1" else f"-{int(float(scale) * 100)}"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    i18n.install_language("sv")
    theme.follow_system_scheme()
    hints = QGuiApplication.styleHints()
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 40, tzinfo=dt.UTC))
    with tempfile.TemporaryDirectory(prefix="journal-app-schemes-") as tmp:
        folder = Path(tmp) / "vault"
        client_id = demo_vault(folder, clock)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(folder, clock=clock, ui_settings=settings, confirm=lambda *_: True)
        window.resize(*SIZE)
        window.show()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock.submit()
        settle(app)
        controller = window.workspace_controller
        controller.open_client(client_id)
        sessions = window.workspace.client_view.sessions_model.rows()
        controller.select_session(sessions[0].id)
        window.workspace.note_editor.text.setFocus()
        column = window.workspace.client_view
        for scheme, name in ((Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Dark, "dark")):
            hints.colorSchemeChanged.emit(scheme)  # as the desktop says it
            if not suffix:
                save(window, f"{name}-workspace", app)
                continue
            crop = QRect(column.mapTo(window, column.rect().topLeft()), column.size())
            save(window, f"{name}-client-column{suffix}", app, crop)
        window.close()
        settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
