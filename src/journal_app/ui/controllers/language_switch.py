"""Switching the language at once. Every label is made in the language the app speaks when it
is built, so the window is built again: the vault locks first (the open note is saved, keys are
dropped), the new window shows the unlock page in the new language, and unlocking returns to
the same client and note. The practitioner may also wait for the next start."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from journal_app.ui import i18n
from journal_app.ui.modal import ask_yes_no

if TYPE_CHECKING:  # the window imports this module: no import cycle at run time
    from journal_app.ui.main_window import MainWindow


def language_name(language: str) -> str:
    names = {"sv": QCoreApplication.translate("LanguageSwitch", "Swedish"),
             "en": QCoreApplication.translate("LanguageSwitch", "English")}
    return names.get(language, language)


_successors: list[MainWindow] = []  # Python must keep the new window alive


def offer_switch(window: MainWindow, language: str,
                 ask: Callable[[QWidget, str, str], bool] = ask_yes_no) -> bool:
    """Ask whether to switch to `language` ("sv", "en") now; True when the switch is on its
    way (it runs from the event loop, after the settings dialog has closed)."""
    question = QCoreApplication.translate(
        "LanguageSwitch", "Switch to %1 now? The vault locks and the window opens again in the "
        "new language; unlock it with your passphrase to go on where you were. Otherwise the "
        "new language is used from the next start.").replace(
        "%1", language_name(language))
    title = QCoreApplication.translate("LanguageSwitch", "Change the language")
    if not ask(window, title, question):
        window.show_message(QCoreApplication.translate(
            "LanguageSwitch", "The new language is used from the next start."))
        return False
    QTimer.singleShot(0, lambda: switch_now(window, language))
    return True


def switch_now(window: MainWindow, language: str) -> MainWindow:
    """Lock, install `language`, and put a new window where `window` was."""
    workspace = window.workspace_controller
    window.controller.lock()  # saves the draft and notes where it was, like every lock
    resume = workspace.resume_point()
    window.save_layout()  # the new window opens with the same panel widths
    i18n.install_language(language)
    successor = window.build_successor()
    successor.workspace_controller.resume_at(*resume)
    successor.restoreGeometry(window.saveGeometry())
    successor.show()
    _successors.append(successor)
    successor.destroyed.connect(lambda: _successors.remove(successor))
    window.close()
    window.deleteLater()
    return successor
