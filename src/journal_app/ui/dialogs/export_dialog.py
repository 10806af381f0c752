"""Exportera journal som PDF… / Registerutdrag…: save a client's journal or register extract.

Call from the main window, a client action or the erase prompt:

    export_journal_pdf(parent, vault, client_id, language=None)      # modal; returns when closed
    export_register_extract(parent, vault, client_id, language=None)

Both return the saved file's path, or None when nothing was saved (cancelled or failed), so
a caller such as the erase prompt can say that the client's copy exists.

`language` is "sv" or "en"; None follows the UI's current locale. The dialog offers an optional
PDF password (typed twice, at least 10 characters, or a suggested passphrase shown in clear to
read out) and says why it should be told in person; "Save as…" opens the
native save dialog with a suggested name such as `Journal – Anna Andersson – 2026-11-25.pdf`;
the PDF renders off the GUI thread (run_task) with a busy bar; when it is written, "Open" shows
it in the system's PDF viewer. `ExportDialog` lays out; `ExportController` decides.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.vault.vault import Vault
from journal_app.export.extract import export_register_extract as write_extract
from journal_app.export.pdf import ExportResult
from journal_app.export.pdf import export_journal_pdf as write_journal
from journal_app.export.pdf_password import MIN_PDF_PASSWORD, suggest_password
from journal_app.ui.accessibility import announce
from journal_app.ui.modal import choose_path, documents_path, run_modal
from journal_app.ui.tasks import run_task

_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


class ExportKind(StrEnum):
    JOURNAL = "journal"
    EXTRACT = "extract"


def ui_language() -> str:
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def suggested_file_name(kind: ExportKind, client_name: str, day: dt.date, language: str) -> str:
    """`Journal – Anna Andersson – 2026-11-25.pdf`; characters no file system accepts go."""
    if kind is ExportKind.JOURNAL:
        prefix = "Journal"
    else:
        prefix = "Registerutdrag" if language == "sv" else "Register extract"
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", client_name).split()).strip(" .") or "klient"
    return f"{prefix} – {name} – {day.isoformat()}.pdf"


def password_problem(protect: bool, first: str, second: str) -> str | None:
    """None when the choice is usable; otherwise which rule failed ("empty", "short" or
    "differ")."""
    if not protect:
        return None
    if not first:
        return "empty"
    if len(first) < MIN_PDF_PASSWORD:
        return "short"
    return None if first == second else "differ"


class ExportDialog(QDialog):
    """The view: widgets only, found by objectName in tests."""

    controller: ExportController | None = None

    def __init__(self, kind: ExportKind, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.busy = False
        journal = kind is ExportKind.JOURNAL
        self.setWindowTitle(self.tr("Export journal as PDF") if journal
                            else self.tr("Register extract"))
        intro = (self.tr("The whole journal of %1 (sessions, notes and corrections) will be saved"
                         " as a PDF to hand to the client.") if journal
                 else self.tr("Everything the vault holds about %1 (details, sessions, notes,"
                              " billing records and the access log) will be saved as a PDF."))
        self.intro = QLabel(intro.replace("%1", client_name), self)
        self.intro.setObjectName("exportIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # holds the client's name
        self.protect = QCheckBox(self.tr("Protect the PDF with a password"), self)
        self.protect.setObjectName("protectCheck")
        self.password = QLineEdit(self)
        self.password.setObjectName("pdfPassword")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("pdfPasswordRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setEnabled(False)
        self.suggest = QPushButton(self.tr("Suggest a password"), self)
        self.suggest.setObjectName("suggestPassword")
        self.hint = QLabel(self.tr("A password told in person is the safe way; never send it in"
                                   " the same e-mail as the file."), self)
        self.hint.setObjectName("passwordHint")
        self.hint.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy: the render reports no steps
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file names, error texts
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("closeButton")

        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow("", self.suggest)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        parts: tuple[QWidget, ...] = (self.hint, self.progress, self.status)
        for widget in parts:
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.save_button, self.close_button, self.protect, self.suggest):
            widget.setEnabled(not busy)
        for field in (self.password, self.repeat):
            field.setEnabled(not busy and self.protect.isChecked())
        self.status.setText(text)
        announce(self.status, text)  # writing, saved, or why not: said aloud
        if not busy and self.save_button.isVisible():
            self.save_button.setFocus()  # the disabled button that had it lost the keyboard

    def show_done(self, text: str) -> None:
        self.set_busy(False, text)
        self.save_button.setVisible(False)
        self.open_button.setVisible(True)
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.close_button.setText(self.tr("Close"))

    def reject(self) -> None:
        if not self.busy:  # the render writes into the chosen folder; let it finish
            super().reject()


class ExportController(QObject):
    """Decides: checks the password, asks where to save, runs the export, opens the file."""

    def __init__(self, dialog: ExportDialog, vault: Vault, client_id: str, kind: ExportKind,
                 language: str, client_name: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.vault = vault
        self.client_id = client_id
        self.kind = kind
        self.language = language
        self.client_name = client_name
        self.result: ExportResult | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        d = self.dialog
        d.protect.toggled.connect(self._protect_toggled)
        d.suggest.clicked.connect(self.suggest_password)
        d.password.textEdited.connect(self._hide_password)
        d.save_button.clicked.connect(self.save)
        d.open_button.clicked.connect(self.open_file)
        d.close_button.clicked.connect(d.reject)

    @Slot(bool)
    def _protect_toggled(self, on: bool) -> None:
        for field in (self.dialog.password, self.dialog.repeat):
            field.setEnabled(on)
            if not on:
                field.clear()
                field.setEchoMode(QLineEdit.EchoMode.Password)
        if on:
            self.dialog.password.setFocus()

    @Slot()
    def suggest_password(self) -> None:
        """Fill both fields with a made-up passphrase, shown in clear so it can be read out."""
        d = self.dialog
        d.protect.setChecked(True)
        password = suggest_password()
        for field in (d.password, d.repeat):
            field.setText(password)
            field.setEchoMode(QLineEdit.EchoMode.Normal)
        d.status.setText(QCoreApplication.translate(
            "ExportDialog", "Write the password down for the client, or tell it in person."))

    @Slot(str)
    def _hide_password(self, _text: str) -> None:
        # Typing their own: hide it again, as a typed password always is.
        for field in (self.dialog.password, self.dialog.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)

    def _choose_path(self) -> Path | None:
        today = self.vault.clock.now().astimezone().date()  # the practitioner's day, not UTC's
        name = suggested_file_name(self.kind, self.client_name, today, self.language)
        path = choose_path(
            self.dialog, QCoreApplication.translate("ExportDialog", "Save the PDF as"),
            str(documents_path(name)),
            QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"))
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")

    @Slot()
    def save(self) -> None:
        d = self.dialog
        protect = d.protect.isChecked()
        problem = password_problem(protect, d.password.text(), d.repeat.text())
        if problem == "empty":
            d.status.setText(QCoreApplication.translate(
                "ExportDialog", "Type a password, or untick the box."))
            return
        if problem == "short":
            d.status.setText(QCoreApplication.translate(
                "ExportDialog", "The password must be at least %1 characters long, or press"
                " Suggest a password.").replace("%1", str(MIN_PDF_PASSWORD)))
            return
        if problem == "differ":
            d.status.setText(QCoreApplication.translate("ExportDialog", "The two passwords differ."))
            return
        target = self._choose_path()
        if target is None:
            return
        password = d.password.text() if protect else None
        vault, client_id, language = self.vault, self.client_id, self.language
        write = write_journal if self.kind is ExportKind.JOURNAL else write_extract
        d.set_busy(True, QCoreApplication.translate("ExportDialog", "Writing the PDF…"))
        run_task(lambda: write(vault.journal, client_id, target, language=language,
                               password=password),
                 self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.result = result
        d = self.dialog
        text = QCoreApplication.translate(
            "ExportDialog", "Saved %1 (%n page(s)).", "", result.pages).replace("%1", str(result.path))
        if result.replaced:
            text += " " + QCoreApplication.translate(
                "ExportDialog", "Some characters the font cannot show are marked with \ufffd.")
        if self.dialog.protect.isChecked():
            text += " " + QCoreApplication.translate(
                "ExportDialog", "Tell the client the password in person.")
        else:
            text += " " + QCoreApplication.translate(
                "ExportDialog", "The file is not encrypted: keep it safe.")
        d.show_done(text)

    def _failed(self, message: str) -> None:
        self.dialog.set_busy(False, message)

    @Slot()
    def open_file(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))


def make_export_dialog(parent: QWidget | None, vault: Vault, client_id: str, kind: ExportKind,
                       language: str | None = None) -> ExportDialog:
    """The dialog with its controller attached (`dialog.controller`), not yet shown."""
    name = vault.journal.client(client_id).name
    dialog = ExportDialog(kind, name, parent)
    dialog.controller = ExportController(dialog, vault, client_id, kind,
                                         language or ui_language(), name)
    return dialog


def _run(dialog: ExportDialog) -> Path | None:
    """Show the dialog until it is closed; the file it wrote, if it wrote one."""
    run_modal(dialog)
    controller = dialog.controller
    return controller.result.path if controller and controller.result else None


def export_journal_pdf(parent: QWidget | None, vault: Vault, client_id: str,
                       language: str | None = None) -> Path | None:
    return _run(make_export_dialog(parent, vault, client_id, ExportKind.JOURNAL, language))


def export_register_extract(parent: QWidget | None, vault: Vault, client_id: str,
                            language: str | None = None) -> Path | None:
    return _run(make_export_dialog(parent, vault, client_id, ExportKind.EXTRACT, language))
