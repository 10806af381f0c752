"""Invoicing in the window: the practice's details (Vault menu), "Invoice…" from a client's
package (the invoice shown before it is issued, then its PDF), the Invoices list (Go menu,
Ctrl+4) and the SIE file for the accountant (Vault menu).

The core decides everything (what is missing, the number, the figures, the status); this
controller asks it, shows what it said, and sends each write through the app's one write
entry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from journal_app.core.domain.models import Package, Session
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.messages import render
from journal_app.ui.controllers.invoice_list_controller import (
    InvoiceListController,
    save_document,
)
from journal_app.ui.controllers.practice_controller import PracticeController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
from journal_app.ui.dialogs.invoices_dialog import InvoicesDialog
from journal_app.ui.dialogs.payment_dialog import ChargeDialog, SieDialog
from journal_app.ui.dialogs.practice_dialog import PracticeDialog, field_labels
from journal_app.ui.formatting import format_datetime, status_text
from journal_app.ui.i18n import current_language
from journal_app.ui.invoice_text import money_text, pdf_name
from journal_app.ui.modal import ask_yes_no, choose_path, documents_path, open_dialog, warn
from journal_app.ui.tasks import run_task
from journal_app.ui.views.table_models import BACKING_ROLE

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class InvoicingActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.controller
        self.confirm = ask_yes_no  # tests replace it; a modal question would block them
        self.practice_dialog: PracticeDialog | None = None
        self.preview: InvoicePreviewDialog | None = None
        self.invoices_dialog: InvoicesDialog | None = None
        self.sie_dialog: SieDialog | None = None
        self.charge_dialog: ChargeDialog | None = None
        self.practice_action = self._action(self.tr("&Practice details…"), "practiceAction")
        self.sie_action = self._action(self.tr("Export for the &accountant (SIE)…"),
                                       "sieExportAction")
        self.invoices_action = self._action(self.tr("&Invoices"), "goInvoicesAction", "Ctrl+4")
        window.add_vault_action(self.practice_action)
        window.add_vault_action(self.sie_action)
        window.add_go_action(self.invoices_action)
        self.practice_action.triggered.connect(lambda: self.open_practice())
        self.sie_action.triggered.connect(self.export_sie)
        self.invoices_action.triggered.connect(self.open_invoices)
        window.client_view.invoice_package.clicked.connect(self.invoice_package)
        # The button's action in the menus too, so the keyboard finds it where it looks.
        self.package_invoice_action = self._action(self.tr("&Invoice the selected package…"),
                                                   "invoicePackageAction")
        window.client_view.add_client_action(self.package_invoice_action)
        window.add_go_action(self.package_invoice_action, into=window.client_menu)
        self.package_invoice_action.triggered.connect(self.invoice_package)
        self.session_charge_action = self._action(self.tr("Invoice the selected &session…"),
                                                  "invoiceSessionAction")
        window.client_view.add_client_action(self.session_charge_action)
        window.add_go_action(self.session_charge_action, into=window.client_menu)
        self.session_charge_action.triggered.connect(self.invoice_session)
        self.app.locked.connect(self._forget)

    def _action(self, text: str, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    @Slot()
    def _forget(self) -> None:
        """A lock closed every dialog (modal.close_for_lock)."""
        self.practice_dialog = self.preview = self.invoices_dialog = self.sie_dialog = None
        self.charge_dialog = None

    # Practice details ------------------------------------------------------------------------

    @Slot()
    def open_practice(self, focus: str = "legal_name") -> None:
        if not self.app.is_unlocked:
            return
        dialog = PracticeDialog(self.window)
        controller = PracticeController(dialog, self.app)
        controller.saved.connect(lambda: self.window.show_message(
            self.tr("Practice details saved.")))
        dialog.finished.connect(dialog.deleteLater)
        self.practice_dialog = dialog
        open_dialog(dialog)
        dialog.fields.get(focus, dialog.fields["legal_name"]).setFocus()

    # Invoice a package -----------------------------------------------------------------------

    def _chosen_package(self, client_id: str) -> str | None:
        """The selected package row; else the client's latest package not yet invoiced."""
        view = self.window.client_view
        index = view.packages.currentIndex()
        package = index.data(BACKING_ROLE) if index.isValid() else None
        if isinstance(package, Package):
            return package.id
        return self.app.journal.latest_uninvoiced_package(client_id)

    @Slot()
    def invoice_package(self) -> None:
        client_id = self.window.workspace_controller.current_client_id
        if client_id is None or not self.app.is_unlocked:
            return
        try:
            package_id = self._chosen_package(client_id)
            if package_id is None:
                raise InvalidInput("invoice.no_uninvoiced_package", field="package")
        except JournalError as exc:
            self._refused(exc)
            return
        self._open_preview(client_id, package_id, None)

    @Slot()
    def invoice_session(self) -> None:
        """One session (held, cancelled late, missed) charged on an invoice of its own: its
        price asked first, then the invoice shown before it is issued."""
        client_id = self.window.workspace_controller.current_client_id
        if client_id is None or not self.app.is_unlocked:
            return
        index = self.window.client_view.sessions.currentIndex()
        session = index.data(BACKING_ROLE) if index.isValid() else None
        if not isinstance(session, Session):
            self.window.show_message(self.tr("Choose a session first."))
            return
        dialog = ChargeDialog(f"{format_datetime(session.start)} · {status_text(session.status)}",
                              self.window)
        dialog.submitted.connect(lambda: self._charged(dialog, client_id, session.id))
        dialog.finished.connect(dialog.deleteLater)
        self.charge_dialog = dialog
        open_dialog(dialog)

    def _charged(self, dialog: ChargeDialog, client_id: str, session_id: str) -> None:
        price = dialog.read()
        if price is None:
            return
        dialog.accept()
        self.charge_dialog = None
        self._open_preview(client_id, None, (session_id, price))

    def _parts(self, language: str, package_id: str | None,
               charge: tuple[str, int] | None) -> dict[str, Any]:
        """What the invoice holds: the package, or one session's charge (in the language)."""
        charges = [self.app.journal.charge_for_session(charge[0], charge[1], language)] \
            if charge is not None else []
        return {"package_id": package_id, "charges": charges, "language": language}

    def _open_preview(self, client_id: str, package_id: str | None,
                      charge: tuple[str, int] | None) -> None:
        from journal_app.export.invoice_build import document_for

        try:  # missing details or address, a session that cannot be charged: the core says
            preview = self.app.journal.invoice_preview(
                client_id, **self._parts("sv", package_id, charge))
        except JournalError as exc:
            self._refused(exc)
            return
        dialog = InvoicePreviewDialog(document_for(preview), self.window)
        dialog.issueRequested.connect(
            lambda: self._issue(dialog, client_id, package_id, charge))
        dialog.languageChosen.connect(
            lambda language: self._redraw(dialog, client_id, package_id, charge, language))
        dialog.finished.connect(dialog.deleteLater)
        self.preview = dialog
        open_dialog(dialog)
        dialog.issue_button.setFocus()

    def _redraw(self, dialog: InvoicePreviewDialog, client_id: str, package_id: str | None,
                charge: tuple[str, int] | None, language: str) -> None:
        from journal_app.export.invoice_build import document_for

        try:
            preview = self.app.journal.invoice_preview(
                client_id, **self._parts(language, package_id, charge))
        except JournalError as exc:
            dialog.error.setText(error_text(exc))
            return
        dialog.show_document(document_for(preview))

    def _refused(self, exc: JournalError) -> None:
        """The core's reason; for missing practice details, named as the dialog names them,
        with the offer to fill them in now."""
        if not (isinstance(exc, InvalidInput) and exc.code == "invoice.practice_missing"):
            warn(self.window, self.tr("Invoice"), error_text(exc))
            return
        labels = field_labels()
        names = [labels.get(name.strip(), name.strip())
                 for name in str(exc.fields.get("missing", "")).split(",")]
        text = render(exc.code, {**exc.fields, "missing": ", ".join(names)},
                      current_language())
        if self.confirm(self.window, self.tr("Invoice"),
                        text + "\n\n" + self.tr("Fill in the practice details now?")):
            self.open_practice(focus=(exc.field or "").removeprefix("practice."))

    def _issue(self, dialog: InvoicePreviewDialog, client_id: str, package_id: str | None,
               charge: tuple[str, int] | None) -> None:
        try:
            parts = self._parts(dialog.document.language, package_id, charge)
            change = self.app.apply(
                lambda journal: journal.issue_invoice(client_id, **parts),
                before_announce=lambda _change: dialog.accept())
        except JournalError as exc:
            dialog.error.setText(error_text(exc))
            return
        self.preview = None
        invoice = change.invoice
        issued = self.tr("Invoice %1 issued: %2, due %3.").replace(
            "%1", str(invoice.number)).replace("%2", money_text(invoice.total_ore)).replace(
            "%3", str(invoice.due_date))
        self.window.show_message(issued)
        from journal_app.export.invoice_build import document_for

        def saved(path: str) -> None:
            self.window.show_message(issued + " " + self.tr(
                "Saved %1. The PDF is not encrypted: keep it safe.").replace(
                "%1", Path(path).name))

        if not save_document(self.window, document_for(invoice), pdf_name(invoice), saved,
                             self.window.show_message):
            self.window.show_message(issued + " " + self.tr(
                "Its PDF can be saved later from Go › Invoices."))

    # The Invoices list -----------------------------------------------------------------------

    @Slot()
    def open_invoices(self) -> None:
        if not self.app.is_unlocked:
            return
        if self.invoices_dialog is not None and self.invoices_dialog.isVisible():
            self.invoices_dialog.activateWindow()
            return
        dialog = InvoicesDialog(self.window)
        controller = InvoiceListController(dialog, self.app, self.confirm)
        self.invoice_list = controller
        dialog.finished.connect(dialog.deleteLater)
        self.invoices_dialog = dialog
        open_dialog(dialog)
        if dialog.model.rowCount():
            dialog.table.selectRow(0)
        dialog.table.setFocus()

    # SIE -------------------------------------------------------------------------------------

    @Slot()
    def export_sie(self) -> None:
        if not self.app.is_unlocked:
            return
        dialog = SieDialog(self.app.journal.today().year, self.window)
        dialog.submitted.connect(lambda: self._write_sie(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.sie_dialog = dialog
        open_dialog(dialog)
        dialog.year.setFocus()
        dialog.year.selectAll()

    def _write_sie(self, dialog: SieDialog) -> None:
        year = dialog.read()
        if year is None:
            return
        name = self.tr("Accounts %1.se").replace("%1", str(year))
        chosen = choose_path(dialog, self.tr("Save the SIE file"), str(documents_path(name)),
                             self.tr("SIE files (*.se *.si)"))
        if not chosen:
            return
        from journal_app.export.sie import write_invoices_csv, write_sie

        journal, target = self.app.journal, Path(chosen)
        csv_target = target.with_suffix(".csv") if dialog.with_csv.isChecked() else None
        dialog.accept()
        self.sie_dialog = None

        def write() -> int:
            count = write_sie(journal, year, target)
            if csv_target is not None:
                write_invoices_csv(journal, year, csv_target)
            return count

        def done(count: int) -> None:
            said = self.tr("Wrote %1: %n voucher(s) for %2.", "", count).replace(
                "%1", target.name).replace("%2", str(year))
            if csv_target is not None:
                said += " " + self.tr("And %1, which names the clients: keep it safe.").replace(
                    "%1", csv_target.name)
            self.window.show_message(said)

        run_task(write, done, self.window.show_message)
