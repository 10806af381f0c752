"""Invoices as the window shows them: the status in words, amounts through Babel
(export/money.py, the same formatting as the PDF), in the language the app speaks now."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journal_app.core.domain.invoicing import Invoice, InvoiceKind, InvoiceStatus
from journal_app.export import money
from journal_app.ui.i18n import current_language

if TYPE_CHECKING:
    from journal_app.core.journal.facade import Journal

_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def status_text(status: InvoiceStatus) -> str:
    return {
        InvoiceStatus.UNPAID: QCoreApplication.translate("Invoices", "unpaid"),
        InvoiceStatus.OVERDUE: QCoreApplication.translate("Invoices", "overdue"),
        InvoiceStatus.PAID: QCoreApplication.translate("Invoices", "paid"),
        InvoiceStatus.CREDITED: QCoreApplication.translate("Invoices", "credited"),
        InvoiceStatus.CREDIT_NOTE: QCoreApplication.translate("Invoices", "credit note"),
    }[status]


def kind_text(kind: InvoiceKind) -> str:
    if kind is InvoiceKind.CREDIT_NOTE:
        return QCoreApplication.translate("Invoices", "Credit note")
    return QCoreApplication.translate("Invoices", "Invoice")


def money_text(ore: int) -> str:
    """`1 200,00 kr` in Swedish, `SEK 1,200.00` in English."""
    return money.money(ore, current_language())


def package_invoice_text(number: int | None, status: InvoiceStatus | None) -> str:
    """What the client view says of a package's invoice: "Invoice 1001 · unpaid"."""
    if number is None or status is None:
        return QCoreApplication.translate("Invoices", "not invoiced")
    return QCoreApplication.translate("Invoices", "Invoice %1 · %2").replace(
        "%1", str(number)).replace("%2", status_text(status))


def package_invoices(journal: Journal, client_id: str) -> dict[str, tuple[int | None,
                                                                          InvoiceStatus]]:
    """package id -> (number, status) of the invoice in force, for the client view."""
    now = journal.today()
    return {i.package_id: (i.number, i.status(now))
            for i in journal.invoices(client_id=client_id)
            if i.package_id and i.kind is InvoiceKind.INVOICE and i.credited_by_number is None}


def pdf_name(invoice: Invoice, *, reminder: bool = False) -> str:
    """`Invoice 1001 – Åsa Öberg.pdf`; characters no file system accepts go."""
    if reminder:
        what = QCoreApplication.translate("Invoices", "Reminder")
    elif invoice.kind is InvoiceKind.CREDIT_NOTE:
        what = QCoreApplication.translate("Invoices", "Credit note")
    else:
        what = QCoreApplication.translate("Invoices", "Invoice")
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", invoice.buyer.name).split()).strip(" .")
    return f"{what} {invoice.number} – {name or '-'}.pdf"
