"""The erase prompt: shown when a package completes, again at every unlock while an erase is
overdue, and when a client asks for erasure (GDPR art. 17).

It shows the core's erase decision (EraseDecision: what goes, what stays, the reason, any
refusal) and asks: export the journal PDF for the client, erase now, remind me later, in
that order. Erasing needs the client's name typed in: an erase cannot be undone, so it never
happens on one stray click. When the decision is a refusal (PDL's ten years) the prompt
explains the rule instead of offering the erase. It decides nothing itself.

Its writes (the erase, "remind me later") go through the app's one write entry, so the views
refresh from the app's `changed` signal.

    dialog = EraseDialog(app, event)            # app: AppController; event: PackageCompleted
    dialog = EraseDialog(app, None, decision=app.journal.erase_decision(client_id))
    dialog = EraseDialog.for_request(app, client_id)     # the same, in one call
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.models import EraseDecision, EraseReason, PackageCompleted
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import ErasureChange
from journal_app.core.vault.vault import Vault
from journal_app.ui.accessibility import announce
from journal_app.ui.core_messages import error_text, localise

if TYPE_CHECKING:  # the controller opens this dialog: its type only
    from journal_app.ui.controllers.controller import AppController

# Exports the client's journal PDF; returns the saved file, or None when nothing was saved.
ExportHandler = Callable[[QWidget, Vault, str], Path | None]
REMIND_LATER = 2  # the dialog's result code for "remind me later" (Accepted = erased)


def export_journal_pdf(parent: QWidget, vault: Vault, client_id: str) -> Path | None:
    """The PDF issue's export, imported when used: the prompt works without it loaded."""
    export_dialog = importlib.import_module("journal_app.ui.dialogs.export_dialog")
    saved: Path | None = export_dialog.export_journal_pdf(parent, vault, client_id)
    return saved


def names_match(typed: str, name: str) -> bool:
    return bool(typed.strip()) and " ".join(typed.split()).casefold() == " ".join(
        name.split()).casefold()


class EraseDialog(QDialog):
    erased = Signal(object)  # ErasureReceipt
    postponed = Signal(str)  # package id

    def __init__(
        self,
        app: AppController,
        event: PackageCompleted | None,
        parent: QWidget | None = None,
        *,
        decision: EraseDecision | None = None,
        export_handler: ExportHandler | None = None,
    ) -> None:
        """`event`: a completed package, with its decision; None for a request, whose
        `decision` the caller got from the core (Journal.erase_decision)."""
        super().__init__(parent)
        self.app = app
        self.vault = app.vault  # for the PDF export
        self.completion = event
        chosen = event.decision if event is not None else decision
        if chosen is None:
            raise ValueError("an erase prompt needs the core's decision")
        self.decision: EraseDecision = chosen
        self.client_id = self.decision.client_id
        self._export = export_handler or export_journal_pdf
        self._build()
        self._connect_signals()
        self._show_choices()

    @classmethod
    def for_request(cls, app: AppController, client_id: str, parent: QWidget | None = None,
                    *, export_handler: ExportHandler | None = None) -> EraseDialog:
        """"Radera klientens anteckningar…": the client asked for erasure."""
        return cls(app, None, parent, decision=app.journal.erase_decision(client_id),
                   export_handler=export_handler)

    # Layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase the client's notes"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("erasePages")

        choices = QWidget(self.pages)
        choices.setObjectName("choicePage")
        self.explanation = QLabel(choices)
        self.explanation.setObjectName("explanationLabel")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export the journal as PDF for the client…"))
        self.export_button.setObjectName("exportButton")
        self.erase_button = QPushButton(self.tr("Erase now…"))
        self.erase_button.setObjectName("eraseButton")
        self.later_button = QPushButton(self.tr("Remind me later"))
        self.later_button.setObjectName("laterButton")
        self.pdf_saved = QLabel(choices)  # says the client's copy exists, once it does
        self.pdf_saved.setObjectName("pdfSavedLabel")
        self.pdf_saved.setWordWrap(True)
        self.pdf_saved.setTextFormat(Qt.TextFormat.PlainText)  # a file name
        self.pdf_saved.setVisible(False)
        column = QVBoxLayout(choices)
        column.addWidget(self.explanation)
        column.addWidget(self.export_button)
        column.addWidget(self.pdf_saved)
        for button in (self.erase_button, self.later_button):
            column.addWidget(button)

        confirm = QWidget(self.pages)
        confirm.setObjectName("confirmPage")
        self.confirm_label = QLabel(confirm)
        self.confirm_label.setObjectName("confirmLabel")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_edit = QLineEdit(confirm)
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setAccessibleName(self.tr("The client's name, to confirm the erase"))
        self.confirm_button = QPushButton(self.tr("Erase for good"))
        self.confirm_button.setObjectName("confirmEraseButton")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        column = QVBoxLayout(confirm)
        column.addWidget(self.confirm_label)
        column.addWidget(self.confirm_edit)
        column.addLayout(row)

        self.pages.addWidget(choices)
        self.pages.addWidget(confirm)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self._on_export)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.later_button.clicked.connect(self._on_later)
        self.back_button.clicked.connect(self._show_choices)
        self.confirm_edit.textChanged.connect(self._on_typed)
        self.confirm_edit.returnPressed.connect(self._on_confirm)
        self.confirm_button.clicked.connect(self._on_confirm)

    # What it says ----------------------------------------------------------------------------

    def _explain(self) -> str:
        p = self.decision
        if p.refusal is not None:
            return self.tr(
                "Your retention policy is the patient journal under Patientdatalagen: notes are"
                " kept at least 10 years after the last entry (PDL 3 kap 17 §), and only IVO can"
                " decide on an earlier destruction (8 kap 4 §). The app will offer the erase"
                " when the 10 years are over.\n\n{reason}\n\nYou can still export the journal"
                " as a PDF for the client."
            ).format(reason=localise(p.refusal))
        parts = []
        if self.completion is not None:
            parts.append(self.tr(
                "{name} has completed the package \u201c{package}\u201d. The practice's privacy"
                " notice promises that the notes are now erased."
            ).format(name=p.client_name, package=self.completion.package_name))
        elif p.reason is EraseReason.PACKAGE_COMPLETED:  # the reason the receipt will give
            parts.append(self.tr(
                "Every package of {name} is completed. The practice's privacy notice promises"
                " that the notes are erased."
            ).format(name=p.client_name))
        else:
            parts.append(self.tr(
                "{name} has asked for their notes to be erased (GDPR art. 17)."
            ).format(name=p.client_name))
        parts.append(self.tr(
            "Erasing removes for good %n note(s) with every earlier version and draft,"
            " and their search entries.", "", p.notes))
        if p.whole_client:
            parts.append(self.tr(
                "The client's contact details and journal card are removed too."))
        if p.billing_records_kept:
            parts.append(self.tr(
                "A billing record of each paid package (name, identity number, address, e-mail,"
                " phone, package, price, date; no notes) is kept until the end of the seventh"
                " year, as bokföringslagen requires."
            ))
        if p.receipt_kept:
            parts.append(self.tr(
                "An erasure receipt without name or content records that the erase was done."
                " Offer the client the journal as a PDF first: an erase cannot be undone."
            ))
        return " ".join(parts[:1]) + "\n\n" + " ".join(parts[1:])

    @Slot()
    def _show_choices(self) -> None:
        self.explanation.setText(self._explain())
        postponable = self._postponable()
        self.erase_button.setVisible(self.decision.allowed)
        self.later_button.setText(self.tr("Remind me later") if postponable else self.tr("Close"))
        self.confirm_edit.clear()
        self.pages.setCurrentIndex(0)

    # Actions ---------------------------------------------------------------------------------

    @Slot()
    def _on_export(self) -> None:
        try:
            saved = self._export(self, self.vault, self.client_id)
        except ImportError:
            self.status.setText(self.tr("The PDF export is not available in this build."))
            return
        except JournalError as exc:
            self.status.setText(error_text(exc))
            return
        if saved is not None:  # cancelled or failed: an earlier saved copy still stands
            self._show_saved(saved)

    def _show_saved(self, path: Path) -> None:
        self.pdf_saved.setText(self.tr("PDF saved: %1").replace("%1", path.name))
        self.pdf_saved.setToolTip(str(path))
        self.pdf_saved.setVisible(True)
        self.export_button.setText(self.tr("Save the PDF again…"))
        # A new line in a dialog of wrapped text: grow, or the explanation is cut off.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    @Slot()
    def _on_erase_clicked(self) -> None:
        self.confirm_label.setText(self.tr(
            "To erase %n note(s) of {name} for good, type the client's name: {name}", "",
            self.decision.notes).format(name=self.decision.client_name))
        self.confirm_button.setEnabled(False)
        self.pages.setCurrentIndex(1)
        self.confirm_edit.setFocus()

    @Slot(str)
    def _on_typed(self, text: str) -> None:
        self.confirm_button.setEnabled(names_match(text, self.decision.client_name))

    @Slot()
    def _on_confirm(self) -> None:
        if not names_match(self.confirm_edit.text(), self.decision.client_name):
            return
        self.confirm_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.status.setText(self.tr("Erasing and checking…"))
        client_id, only = self.client_id, self.decision.completed_only
        self.app.apply_in_background(
            lambda journal: journal.erase_client(client_id, completed_only=only),
            self._on_erased, self._on_failed)

    def _on_erased(self, change: ErasureChange) -> None:
        self.status.setText(self.tr("Erased and checked: nothing refers to the notes any more."))
        announce(self.status, self.status.text())
        self.erased.emit(change.receipt)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.back_button.setEnabled(True)
        self._on_typed(self.confirm_edit.text())
        self.status.setText(message)
        announce(self.status, message, urgent=True)  # the erase failed

    def _postponable(self) -> bool:
        """"Remind me later" postpones a completed package's erase the core says is due and
        allowed; otherwise the button only closes the prompt."""
        return self.completion is not None and self.decision.due and self.decision.allowed

    @Slot()
    def _on_later(self) -> None:
        if self._postponable() and self.completion is not None:
            package_id = self.completion.package_id
            try:
                self.app.apply(lambda journal: journal.postpone_erase(package_id))
            except JournalError as exc:
                self.status.setText(error_text(exc))
                return
            self.postponed.emit(self.completion.package_id)
            self.done(REMIND_LATER)
            return
        self.reject()


def overdue_prompts(app: AppController, parent: QWidget | None = None,
                    due: Sequence[PackageCompleted] | None = None) -> list[EraseDialog]:
    """At every unlock: one prompt per completed package whose erase is still waiting
    (postponed, or never answered): `due`, from the unlock's notices, or asked of the core.
    The caller shows them, one after the other."""
    events = app.journal.due_erasures() if due is None else due
    return [EraseDialog(app, event, parent) for event in events]
