"""What the macOS app bundle says about itself: the Info.plist and the localized names.

Plain Python with no PyInstaller import, so journal-app.spec uses it at build time and the tests
check it on any system (tests/packaging/test_macos_bundle.py); only a Mac build runs BUNDLE.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

APP_ID = "se.journalapp.JournalApp"  # the same id as the Linux desktop file and metainfo
BUNDLE_NAME = "Journal App"  # the .app folder's name and the bundle's CFBundleName
# The name Finder, the Dock and Launchpad show, per language (the same as the desktop file's
# Name and Name[sv]). CFBundleDevelopmentRegion is Swedish: the app's users are Swedish.
DISPLAY_NAMES = {"sv": "Journalappen", "en": "Journal App"}
DEVELOPMENT_REGION = "sv"
# PySide6 6.7's wheels need macOS 11 or later; 12 is the oldest we would support (and test).
MINIMUM_MACOS = "12.0"


def info_plist(version: str) -> dict[str, Any]:
    """The keys the spec passes to BUNDLE(info_plist=...), merged over PyInstaller's own."""
    return {
        "CFBundleIdentifier": APP_ID,
        "CFBundleName": BUNDLE_NAME,
        "CFBundleDisplayName": DISPLAY_NAMES[DEVELOPMENT_REGION],
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": DEVELOPMENT_REGION,
        "CFBundleLocalizations": sorted(DISPLAY_NAMES),
        # Finder reads the localized names from <lang>.lproj/InfoPlist.strings only when this
        # is set (Apple's "Localizing the Bundle Display Name").
        "LSHasLocalizedDisplayName": True,
        "LSApplicationCategoryType": "public.app-category.medical",
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        # Qt follows the system's dark mode only when the bundle does not opt out of it.
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }


def strings_file(values: dict[str, str]) -> str:
    """An old-style .strings file ("key" = "value";), the format Apple's tools write."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return "".join(f"{quoted(key)} = {quoted(value)};\n" for key, value in sorted(values.items()))


def infoplist_strings(language: str) -> str:
    name = DISPLAY_NAMES[language]
    return strings_file({"CFBundleDisplayName": name, "CFBundleName": name})


def write_localizations(folder: Path) -> list[tuple[str, str]]:
    """Write sv.lproj/ and en.lproj/InfoPlist.strings under `folder`; return them as the spec's
    datas entries, which BUNDLE places in Contents/Resources/<lang>.lproj/."""
    datas = []
    for language in sorted(DISPLAY_NAMES):
        target = folder / f"{language}.lproj" / "InfoPlist.strings"
        target.parent.mkdir(parents=True, exist_ok=True)
        # UTF-8: macOS reads .strings files in UTF-8 or UTF-16; "ä" needs one of them.
        target.write_text(infoplist_strings(language), encoding="utf-8")
        datas.append((str(target), f"{language}.lproj"))
    return datas
