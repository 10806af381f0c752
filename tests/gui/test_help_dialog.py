"""Help and About: the policy in force, the vault folder, versions and licences from metadata,
and the privacy-notice tab."""

from __future__ import annotations

from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal_app import __version__
from journal_app.about import (
    NOT_FOUND,
    bundled_components,
    distribution_component,
    licence_from_metadata,
)
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.retention.privacy_notice import privacy_notice_for
from journal_app.ui.dialogs.help_dialog import HelpDialog

FOLDER = Path("/home/kim/.local/share/journal-app/vault")


def make(qtbot: QtBot, policy: RetentionPolicy, **kwargs: object) -> HelpDialog:
    dialog = HelpDialog(None, FOLDER, policy, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_help_names_the_vault_folder_and_the_erase_policy(qtbot: QtBot) -> None:
    dialog = make(qtbot, RetentionPolicy.ERASE_ON_COMPLETION)
    text = dialog.help_text.toPlainText()
    assert str(FOLDER) in text
    assert "Erase when the package is completed" in text
    assert "Patient Data Act" not in text
    for heading in ("Encryption", "What erase means", "What an erase cannot reach", "Backups",
                    "The recovery key"):
        assert heading in text


def test_help_under_pdl_says_ten_years_and_not_erase_on_completion(qtbot: QtBot) -> None:
    dialog = make(qtbot, RetentionPolicy.PDL)
    text = dialog.help_text.toPlainText()
    assert "Patient Data Act" in text and "ten years" in text and "IVO" in text
    assert "Erase when the package is completed" not in text


def test_about_shows_the_version_and_every_bundled_licence(qtbot: QtBot) -> None:
    dialog = make(qtbot, RetentionPolicy.PDL, show_about=True)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "About"
    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and __version__ in version.text()
    table = dialog.components_text.toPlainText()
    for name in ("PySide6", "Qt", "SQLCipher", "OpenSSL", "argon2-cffi", "cryptography", "ReportLab",
                 "DejaVu", "pypdf", "platformdirs", "Python", "Hunspell", "hunspell-sv"):
        assert name in table
    for licence in ("LGPL-3.0", "BSD", "Apache-2.0", "MIT"):
        assert licence in table


def test_versions_come_from_the_installed_metadata() -> None:
    by_name = {c.name: c for c in bundled_components("6.x")}
    assert by_name["cryptography"].version == metadata.version("cryptography")
    assert by_name["PySide6"].version == metadata.version("PySide6_Essentials")
    assert by_name["argon2-cffi"].licence == "MIT"  # its License-Expression
    assert by_name["ReportLab"].licence == "BSD License"  # from its trove classifier
    assert by_name["pypdf"].version == metadata.version("pypdf")
    assert by_name["SQLCipher"].version.startswith("SQLite 3.")


def test_a_missing_package_falls_back_to_the_known_licence() -> None:
    component = distribution_component("Ghost", "no-such-distribution-journal-app", "MIT")
    assert (component.version, component.licence) == (NOT_FOUND, "MIT")


def test_licence_fields_in_order_of_trust() -> None:
    meta = Message()
    meta["License"] = "A very long licence text\nspanning lines"
    meta["Classifier"] = "License :: OSI Approved :: MIT License"
    assert licence_from_metadata(meta) == "MIT License"  # type: ignore[arg-type]
    meta["License-Expression"] = "Apache-2.0"
    assert licence_from_metadata(meta) == "Apache-2.0"  # type: ignore[arg-type]
    assert licence_from_metadata(Message()) is None  # type: ignore[arg-type]


def test_privacy_notice_tab_switches_language_and_copies(qtbot: QtBot) -> None:
    name, pdl = "Mottagning Lind", RetentionPolicy.PDL
    dialog = make(qtbot, pdl, practice_name=name)
    index = {dialog.notice_language.itemData(i): i for i in range(dialog.notice_language.count())}
    dialog.notice_language.setCurrentIndex(index["sv"])
    assert dialog.notice_text.toPlainText() == privacy_notice_for(name, pdl, "sv")
    dialog.notice_language.setCurrentIndex(index["en"])
    assert dialog.notice_text.toPlainText() == privacy_notice_for(name, pdl, "en")
    dialog.copy_notice.click()
    assert QGuiApplication.clipboard().text() == dialog.notice_text.toPlainText()


class _Marking(QTranslator):
    """Marks every HelpDialog string, so a string that bypasses tr() stays unmarked."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»" if context == "HelpDialog" else ""


@pytest.fixture
def marking() -> object:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_strings_go_through_tr(qtbot: QtBot, marking: object) -> None:
    dialog = make(qtbot, RetentionPolicy.ERASE_ON_COMPLETION)
    assert dialog.windowTitle() == "«Help»"
    assert [dialog.tabs.tabText(i) for i in range(4)] == [
        "«Help»", "«Keyboard shortcuts»", "«About»", "«Privacy notice»"]
    assert "«Erase when the package is completed." in dialog.help_text.toPlainText()
    assert "«Your vault is the folder " + str(FOLDER) in dialog.help_text.toPlainText()


def test_while_locked_both_policies_are_explained_and_no_notice_is_made(qtbot: QtBot) -> None:
    dialog = make(qtbot, None)
    text = dialog.help_text.toPlainText()
    assert "Unlock the vault to see which" in text
    assert "Erase when the package is completed" in text and "Patient Data Act (PDL). Notes" in text
    assert dialog.notice_text.toPlainText().startswith("Unlock the vault")
    assert not dialog.copy_notice.isEnabled()
