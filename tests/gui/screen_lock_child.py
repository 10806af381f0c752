"""Child process for test_screen_lock_dbus.py: the real app window on a vault with the test
KDF, unlocked, connected to whatever D-Bus the environment names. Prints `ready` when
unlocked, `signal` for each screen-lock signal the watcher passes on, `locked` each time the
vault locks (then unlocks again and prints `unlocked`), and exits when its stdin closes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier
from PySide6.QtWidgets import QApplication

from journal_app.core.vault.vault import Vault
from journal_app.ui.main_window import MainWindow
from support import FAST_KDF, PASSPHRASE


def say(line: str) -> None:
    print(line, flush=True)


def main(folder: Path) -> int:
    app = QApplication(sys.argv[:1])
    Vault.create(folder, PASSPHRASE, practice_name="Mottagningen", kdf_policy=FAST_KDF)[0].lock()
    settings = QSettings(str(folder.parent / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder, kdf_policy=FAST_KDF, ui_settings=settings)
    window.show()

    def unlock() -> None:
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.passphrase.returnPressed.emit()

    first = [True]

    def on_unlocked() -> None:
        say("ready" if first[0] else "unlocked")
        first[0] = False

    def on_locked() -> None:
        say("locked")
        unlock()

    window.controller.unlocked.connect(on_unlocked)
    window.controller.locked.connect(on_locked)
    window.screen_lock.screenLocked.connect(lambda: say("signal"))
    say(f"watching {window.screen_lock.connected}")
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.readline() or app.quit())
    unlock()
    code = app.exec()
    window.controller.lock()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
