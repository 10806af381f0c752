"""`journal-app --smoke-test`: prove that a built app works, headless, without a person.

A bundle can start and still be broken: a Qt plugin, the SQLCipher extension, the Argon2
library, the translations or the icons left out. The smoke run touches each of them once: it
creates a throw-away vault with the production key derivation in a temporary folder, writes and
reads a client, checks a Swedish and an English word with the spelling dictionaries and that
ReportLab runs its C speed-ups, opens
the main window on that folder, unlocks it (when the window runs on the
app's controller), closes it and removes the folder. It
never touches the practitioner's vault or settings. One line per step goes to stdout; the exit
code is 0 only if every step passed.

`ui/app.py`'s `run_app` checks for SMOKE_FLAG itself (so this module is imported only for a
smoke run) and then calls `run_smoke_test` with a function that builds the same main window
run_app builds for `--vault folder`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEventLoop, QSettings, QTimer, QTranslator, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import journal_app

if TYPE_CHECKING:  # imported on use: ui/app.py imports this module at every start
    from journal_app.core.keys.kdf import KdfPolicy

SMOKE_FLAG = "--smoke-test"
RESOURCES = Path(journal_app.__file__).resolve().parent / "resources"
SMOKE_CLIENT = "Smoke Test Client"
UNLOCK_WAIT_MS = 60_000  # production Argon2id takes about a second; a slow CI box, more


class SmokeFailure(Exception):
    """One step of the smoke run failed; the message names what is missing."""


def smoke_requested(args: Sequence[str]) -> bool:
    return SMOKE_FLAG in args


def without_smoke_flag(args: Sequence[str]) -> list[str]:
    """For run_app's own argument parsing, which need not know the flag."""
    return [arg for arg in args if arg != SMOKE_FLAG]


def run_smoke_test(
    open_window: Callable[[Path], QWidget],
    *,
    kdf_policy: KdfPolicy | None = None,
    out: TextIO | None = None,
    require_translations: bool | None = None,
) -> int:
    """Run every step; return 0 if all passed, 1 otherwise. `kdf_policy` is for tests only:
    the app always smoke-tests the production key derivation it will use for real vaults."""
    stream = out if out is not None else sys.stdout
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        print("smoke: FAILED: no QApplication", file=stream)
        return 1
    # A frozen bundle must carry the compiled translations; a source checkout may not have
    # compiled them yet.
    need_qm = bool(getattr(sys, "frozen", False)) if require_translations is None else require_translations
    import secrets  # here, not at the top: ui/app.py imports this module at every start
    import tempfile

    with tempfile.TemporaryDirectory(prefix="journal-app-smoke-") as tmp:
        folder = Path(tmp)
        # Whatever the window saves on close (geometry, language) goes to the temporary folder.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "settings"))
        passphrase = secrets.token_urlsafe(24)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("qt", lambda: _check_qt(app)),
            ("icons", _check_icons),
            ("translations", lambda: _check_translations(need_qm)),
            ("spelling", _check_spelling),
            ("pdf", _check_pdf_speedups),
            ("vault", lambda: _check_vault(folder / "vault", kdf_policy, passphrase)),
            ("window", lambda: _check_window(folder / "vault", passphrase, open_window, app)),
        ]
        for name, step in steps:
            try:
                detail = step()
            except Exception as exc:  # report and stop: one line, never a traceback
                print(f"smoke: {name}: FAILED: {type(exc).__name__}: {exc}", file=stream)
                return 1
            print(f"smoke: {name}: ok ({detail})", file=stream)
    print("smoke: passed", file=stream)
    return 0


def _check_pdf_speedups() -> str:
    """ReportLab's C speed-ups travelled with the app. ReportLab imports them by name inside
    exec(), which a bundler cannot see, and falls back to slower pure Python without a word."""
    from reportlab.lib import rl_accel

    missing = sorted(rl_accel._py_funcs)
    if missing:
        raise RuntimeError(f"ReportLab runs pure-Python fallbacks: {', '.join(missing)}")
    return f"{len(rl_accel._c_funcs)} C functions"


def _check_qt(app: QApplication) -> str:
    return f"platform {app.platformName()}, Qt {qVersion()}"


def _check_icons() -> str:
    from PySide6.QtSvg import QSvgRenderer

    svg = RESOURCES / "app-icon.svg"
    if not QSvgRenderer(str(svg)).isValid():
        raise SmokeFailure(f"the app icon {svg} cannot be read (QtSvg missing?)")
    # QIcon goes through the SVG icon engine plugin, which the window title bar uses.
    if QIcon(str(svg)).pixmap(64, 64).isNull():
        raise SmokeFailure("the SVG icon engine plugin is missing")
    return "app-icon.svg"


def _check_translations(required: bool) -> str:
    found = sorted((RESOURCES / "translations").glob("*.qm"))
    if required and not any(path.stem.endswith("_sv") for path in found):
        raise SmokeFailure(f"no Swedish .qm in {RESOURCES / 'translations'}")
    for path in found:
        if not QTranslator().load(str(path)):
            raise SmokeFailure(f"{path.name} does not load")
    return ", ".join(path.name for path in found) or "none compiled"


def _check_spelling() -> str:
    """Both dictionaries and the Hunspell binding travelled with the app: a right word passes,
    a slip is caught and the right word is suggested, in Swedish and in English."""
    from journal_app.ui.spell_engine import ENGLISH, SWEDISH, Speller, dictionary_folder

    found = []
    for language, right, slip in ((SWEDISH, "sömnsvårigheter", "ångset"),
                                  (ENGLISH, "anxiety", "anxeity")):
        speller = Speller(language)
        if not speller.correct(right) or speller.correct(slip):
            raise SmokeFailure(f"the {language} dictionary judges {right!r}/{slip!r} wrongly")
        if (right if language == ENGLISH else "ångest") not in speller.suggest(slip):
            raise SmokeFailure(f"no {language} suggestion for {slip!r}")
        found.append(f"{dictionary_folder(language)[1]}")
    return ", ".join(found)


def _check_vault(folder: Path, kdf_policy: KdfPolicy | None, passphrase: str) -> str:
    from journal_app.core.vault.vault import Vault

    vault, _recovery = Vault.create(folder, passphrase, kdf_policy=kdf_policy)
    try:
        vault.journal.add_client(SMOKE_CLIENT)
    finally:
        vault.lock()
    vault = Vault.unlock(folder, passphrase)
    try:
        names = [summary.name for summary in vault.journal.client_list()]
    finally:
        vault.lock()
    if names != [SMOKE_CLIENT]:
        raise SmokeFailure(f"the vault read back {names!r}")
    return f"created, written, locked, unlocked (Argon2id t={vault.header.kdf.time_cost})"


def _check_window(
    folder: Path, passphrase: str, open_window: Callable[[Path], QWidget], app: QApplication
) -> str:
    window = open_window(folder)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise SmokeFailure("the main window did not show")
    unlocked = _unlock_through(window, passphrase)
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"{title!r} opened{', unlocked' if unlocked else ''} and closed"


def _unlock_through(window: QWidget, passphrase: str) -> bool:
    """Unlock the way a person does, when the window runs on the app's controller."""
    from journal_app.ui.controllers.controller import AppController

    controller = getattr(window, "controller", None)
    if not isinstance(controller, AppController):
        return False
    outcome: list[str] = []
    loop = QEventLoop()

    def answer(message: str) -> None:
        outcome.append(message)
        loop.quit()

    controller.unlocked.connect(lambda: answer(""))
    controller.unlockFailed.connect(lambda message: answer(str(message) or "failed"))
    QTimer.singleShot(UNLOCK_WAIT_MS, loop.quit)
    controller.unlock(passphrase)
    if not outcome:
        loop.exec()
    if outcome != [""] or not controller.is_unlocked:
        raise SmokeFailure(f"the window did not unlock: {outcome[0] if outcome else 'no answer'}")
    controller.lock()
    return True
