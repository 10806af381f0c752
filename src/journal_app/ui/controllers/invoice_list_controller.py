"""The Invoices dialog's decisions: which rows (all, unpaid, overdue), and what the selected one
allows: its PDF, marking it paid, a credit note, a reminder when it is overdue. Every write goes
through the app's one write entry; the list refreshes from the app's `changed` signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.invoicing import InvoiceKind, InvoiceStatus
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.journal.changes import Change, InvoiceChange
from journal_app.export.invoice_document import InvoiceDocument
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.invoices_dialog import OVERDUE, UNPAID, InvoicesDialog
from journal_app.ui.dialogs.payment_dialog import PaymentDialog
from journal_app.ui.invoice_text import money_text, pdf_name
from journal_app.ui.modal import ask_yes_no, choose_path, documents_path, open_dialog
from journal_app.ui.tasks import run_task
from journal_app.ui.views.table_models import InvoiceRow

PAYABLE = (InvoiceStatus.UNPAID, InvoiceStatus.OVERDUE)


def show_file(path: str) -> None:
    """The saved PDF in the system's viewer: from now on it is the practitioner's file."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def save_document(parent: QWidget, document: InvoiceDocument, suggested: str,
                  done: Callable[[str], None], failed: Callable[[str], None]) -> bool:
    """Ask where to save, then write the PDF off the GUI thread; False when cancelled. The
    file is the practitioner's from then on: it is not encrypted."""
    chosen = choose_path(parent, QCoreApplication.translate("Invoices", "Save as PDF"),
                         str(documents_path(suggested)),
                         QCoreApplication.translate("Invoices", "PDF files (*.pdf)"))
    if not chosen:
        return False
    from journal_app.export.invoice_pdf import write_invoice_pdf  # ReportLab: on first use

    target = Path(chosen)
    run_task(lambda: write_invoice_pdf(document, target), lambda _pages: done(str(target)),
             failed)
    return True


class InvoiceListController(QObject):
    def __init__(self, dialog: InvoicesDialog, app: AppController,
                 confirm: Callable[[QWidget, str, str], bool] = ask_yes_no) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.app = app
        self.confirm = confirm  # tests replace it; a modal question would block them
        self.payment_dialog: PaymentDialog | None = None
        dialog.filters.buttonClicked.connect(self.refresh)
        dialog.table.selectionModel().selectionChanged.connect(self._enable)
        dialog.open_pdf.clicked.connect(self.open_pdf)
        dialog.mark_paid.clicked.connect(self.open_payment)
        dialog.credit.clicked.connect(self.credit)
        dialog.reminder.clicked.connect(self.reminder)
        app.changed.connect(self._on_changed)
        self.refresh()

    # What is shown ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if not self.app.is_unlocked:
            return
        journal, d = self.app.journal, self.dialog
        chosen = d.chosen_filter()
        status = (PAYABLE if chosen == UNPAID else (InvoiceStatus.OVERDUE,)
                  if chosen == OVERDUE else None)
        keep = d.selected()
        rows = [InvoiceRow(i, journal.invoice_status(i))
                for i in reversed(journal.invoices(status=status))]  # the newest first
        d.model.set_rows(rows)
        d.empty.setVisible(not rows)
        unpaid = [r for r in rows if r.status in PAYABLE] if status is None else \
            [InvoiceRow(i, journal.invoice_status(i)) for i in journal.unpaid_invoices()]
        overdue = sum(r.status is InvoiceStatus.OVERDUE for r in unpaid)
        d.summary.setText(self.tr("Unpaid: %1 · overdue: %2").replace(
            "%1", money_text(sum(r.invoice.total_ore - r.invoice.paid_ore for r in unpaid)))
            .replace("%2", str(overdue)))
        if keep is not None:
            self.select(keep.invoice.number)
        self._enable()

    def select(self, number: int | None) -> None:
        row = self.dialog.model.row_for(number) if number is not None else None
        if row is not None:
            self.dialog.table.selectRow(row)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if isinstance(change, InvoiceChange):
            self.refresh()

    @Slot()
    def _enable(self) -> None:
        d = self.dialog
        row = d.selected()
        status = row.status if row is not None else None
        d.open_pdf.setEnabled(row is not None)
        d.mark_paid.setEnabled(status in PAYABLE)
        d.credit.setEnabled(row is not None and row.invoice.kind is InvoiceKind.INVOICE
                            and status is not InvoiceStatus.CREDITED)
        d.reminder.setEnabled(status is InvoiceStatus.OVERDUE)

    def _say(self, text: str) -> None:
        self.dialog.message.setText(text)

    # Actions ---------------------------------------------------------------------------------

    @Slot()
    def open_pdf(self) -> None:
        from journal_app.export.invoice_build import document_for

        row = self.dialog.selected()
        if row is not None:
            self._save(document_for(row.invoice), pdf_name(row.invoice))

    @Slot()
    def reminder(self) -> None:
        from journal_app.export.invoice_build import reminder_for

        row = self.dialog.selected()
        if row is None or row.invoice.number is None:
            return
        try:
            document = reminder_for(self.app.journal, row.invoice.number)
        except JournalError as exc:
            self._say(error_text(exc))
            return
        self._save(document, pdf_name(row.invoice, reminder=True))

    def _save(self, document: InvoiceDocument, name: str) -> None:
        def done(path: str) -> None:
            self._say(self.tr("Saved %1. The PDF is not encrypted: keep it safe.").replace(
                "%1", Path(path).name))
            show_file(path)

        save_document(self.dialog, document, name, done, self._say)

    @Slot()
    def open_payment(self) -> None:
        row = self.dialog.selected()
        if row is None or row.status not in PAYABLE:
            return
        invoice = row.invoice
        if invoice.number is None:
            return
        dialog = PaymentDialog(invoice.number, money_text(invoice.total_ore - invoice.paid_ore),
                               self.app.journal.today(), self.dialog)
        dialog.submitted.connect(lambda: self._pay(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.payment_dialog = dialog
        open_dialog(dialog)
        dialog.paid_on.setFocus()
        dialog.paid_on.selectAll()

    def _pay(self, dialog: PaymentDialog) -> None:
        typed = dialog.read()
        if typed is None:
            return
        day, method = typed
        number = dialog.number
        try:
            self.app.apply(lambda journal: journal.mark_paid(number, day, method),
                           before_announce=lambda _change: dialog.accept())
        except JournalError as exc:
            dialog.error.setText(error_text(exc))
            if isinstance(exc, InvalidInput) and exc.field == "date":
                dialog.paid_on.setFocus(Qt.FocusReason.OtherFocusReason)
                dialog.paid_on.selectAll()
            return
        self.payment_dialog = None
        self._say(self.tr("Invoice %1 marked paid on %2.").replace("%1", str(number)).replace(
            "%2", day.isoformat()))

    @Slot()
    def credit(self) -> None:
        row = self.dialog.selected()
        if row is None or row.invoice.number is None:
            return
        number = row.invoice.number
        question = self.tr(
            "Credit invoice %1 in full? A credit note with its own number cancels it; the"
            " invoice stays in the books, and its package can be invoiced again.").replace(
            "%1", str(number))
        if not self.confirm(self.dialog, self.tr("Credit invoice"), question):
            return
        if not self.app.is_unlocked:  # locked while the question was up
            return
        try:
            change = self.app.apply(lambda journal: journal.credit_invoice(number))
        except JournalError as exc:
            self._say(error_text(exc))
            return
        self.select(change.invoice.number)
        self._say(self.tr("Credit note %1 cancels invoice %2.").replace(
            "%1", str(change.invoice.number)).replace("%2", str(number)))
