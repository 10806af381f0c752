"""Start the desktop app: `journal-app` opens the default vault, `journal-app --vault DIR`
another one."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from journal_app.ui import i18n, theme
from journal_app.ui.icons import app_icon
from journal_app.ui.main_window import MainWindow

# Only what the unlock page needs is imported before the window is drawn; the core and the rest
# of the UI come after the first paint (MainWindow's deferred start, docs/performance.md).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from journal_app.core.domain.clock import Clock
    from journal_app.core.keys.kdf import KdfPolicy

# ui/smoke.py's SMOKE_FLAG, repeated so that ui/smoke.py is imported only for a smoke run
# (tests/gui/test_deferred_start.py keeps the two equal).
SMOKE_FLAG = "--smoke-test"


def parse_args(args: list[str]) -> Path:
    """`--vault DIR` or `--vault=DIR` (the last one counts); Qt's own options (-style, …) pass
    through. Scanned by hand: argparse's first parser costs ~2 ms of every start (gettext
    looking for catalogues, `locale`), before the window is drawn (docs/performance.md)."""
    vault = ""
    rest = iter(args)
    for arg in rest:
        if arg == "--vault":
            vault = next(rest, "")
            if not vault:
                raise SystemExit("journal-app: --vault needs a folder")
        elif arg.startswith("--vault="):
            vault = arg.removeprefix("--vault=")
    if vault:
        return Path(vault).expanduser()
    from journal_app.core.files.paths import default_vault_folder

    return default_vault_folder()


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("journal-app")
    QCoreApplication.setApplicationName("journal-app")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Journal"))
    app.setDesktopFileName("journal-app")
    app.setWindowIcon(app_icon())
    settings = QSettings()
    # Light or dark as the system is, and changing with it; the scheme itself is asked for
    # after the first paint (theme.settle_scheme, from the window's deferred build).
    theme.follow_system_scheme(settings)
    i18n.install_language(i18n.chosen_language(settings))
    return app


def build_window(folder: Path, *, clock: Clock | None = None,
                 kdf_policy: KdfPolicy | None = None, defer: bool = False) -> MainWindow:
    """The window `run_app` shows (with `defer`: the unlock page first, the rest after it is
    drawn); the clock and KDF policy are for tests and benchmarks."""
    return MainWindow(folder, clock=clock, kdf_policy=kdf_policy, defer=defer)


_error_boxes: list[QMessageBox] = []


def excepthook(exc_type: type[BaseException], _exc: BaseException,
               _tb: TracebackType | None) -> None:
    """An exception nothing caught, in the desktop app: one line in a message box, and the
    type's name on stderr. Never the traceback or the message: either may hold client data."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    print(f"journal-app: internal error ({exc_type.__name__}); nothing more was changed.",
          file=sys.stderr)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtCore import Qt  # not at the top: see ui/views/unlock_dialog.py's _set_enum
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "App", "Something went wrong: %1; nothing more was changed.").replace(
        "%1", exc_type.__name__)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Journal"),
                      text, QMessageBox.StandardButton.Ok, app.activeWindow())
    box.setObjectName("internalErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    _error_boxes.append(box)  # Python must keep it: it may have no parent to own it
    box.finished.connect(lambda _result: _error_boxes.remove(box))
    box.open()  # not exec(): the hook may run inside any slot


def install_excepthook() -> None:
    sys.excepthook = excepthook


def run_app(args: list[str]) -> int:
    app = make_application()
    install_excepthook()
    if SMOKE_FLAG in args:
        from journal_app.ui.smoke import run_smoke_test

        return run_smoke_test(lambda folder: build_window(folder))
    window = build_window(parse_args(args), defer=True)
    window.show()
    code = app.exec()
    from journal_app.ui.tasks import wait_for_tasks

    wait_for_tasks()
    return code
