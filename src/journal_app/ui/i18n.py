"""Language: Swedish when the system is Swedish, English otherwise, or what the practitioner
chose in settings (kept in QSettings, which holds no client data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import journal_app

LANGUAGES = ("sv", "en")
SETTINGS_KEY = "ui/language"  # "", "sv" or "en"; "" follows the system

_installed: list[QTranslator] = []


def system_language() -> str:
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def chosen_language(settings: QSettings) -> str:
    return effective_language(str(settings.value(SETTINGS_KEY, "") or ""))


def effective_language(setting: str) -> str:
    """The language a stored setting means ("" follows the system)."""
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    """The language the app speaks now (after install_language)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def qm_path(language: str) -> str:
    # A plain path, as in ui/icons.py: importlib.resources costs ~4 ms of every start.
    folder = Path(journal_app.__file__).parent / "resources" / "translations"
    return str(folder / f"journal_app_{language}.qm")


def install_language(language: str) -> bool:
    """Replace the app's translators and default locale; True when our catalogue loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    loaded = ours.load(qm_path(language))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own strings: OK/Cancel buttons, context menus
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    # Dates follow the system's conventions when it speaks the chosen language.
    system = QLocale.system()
    same = system.language() != QLocale.Language.C and (
        (system.language() == QLocale.Language.Swedish) == (language == "sv"))
    QLocale.setDefault(system if same else QLocale(
        QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
        QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom,
    ))
    return loaded
