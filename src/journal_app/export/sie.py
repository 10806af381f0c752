"""The year's invoicing for the accountant: an SIE 4 file, and a CSV of the year's invoices.

SIE 4 (SIE-gruppen's format, which Swedish bookkeeping programs import): one line per record,
`#LABEL` then fields separated by spaces, text in quotes (a quote inside escaped with a
backslash), the character set IBM PC 8-bit, code page 437 (`#FORMAT PC8`), lines ended by CR LF.
The file opens with the identification records (#FLAGGA, #PROGRAM, #FORMAT, #GEN, #SIETYP,
#ORGNR, #FNAMN, #RAR), lists the accounts it uses (#KONTO), then one voucher (#VER with its
#TRANS rows in braces) per invoice, credit note and payment, each balanced to zero:

    invoice (25 %)   debit receivables = total; credit sales 25 % = net; credit output VAT = VAT
    invoice (exempt) debit receivables = total; credit exempt sales = total
    credit note      the same rows with the credit note's (negative) amounts
    payment          debit bank = amount; credit receivables = amount

The BAS accounts are the practice's (settings; defaults 1510, 3001, 3004, 2611, 1930). The
accounting year is taken to be the calendar year. Voucher texts name the invoice number only,
never the client: the accountant finds the buyer on the invoice itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from journal_app import __version__
from journal_app.core.domain.invoicing import (
    BasAccounts,
    Invoice,
    InvoiceKind,
    Payment,
    PracticeDetails,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.files.atomic import write_atomic
from journal_app.core.journal.facade import Journal

SERIES = "A"
ACCOUNT_NAMES = {
    "receivables": "Kundfordringar",
    "sales_vat_25": "Försäljning inom Sverige, 25 % moms",
    "sales_exempt": "Försäljning inom Sverige, momsfri",
    "output_vat_25": "Utgående moms på försäljning inom Sverige, 25 %",
    "bank": "Företagskonto",
}


@dataclass(frozen=True)
class Voucher:
    day: dt.date
    text: str
    rows: tuple[tuple[str, int], ...]  # (account, öre): debit positive, credit negative


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def amount(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100}.{abs(ore) % 100:02d}"


def invoice_voucher(invoice: Invoice, accounts: BasAccounts) -> Voucher:
    rows: list[tuple[str, int]] = [(accounts.receivables, invoice.total_ore)]
    exempt = sum(x.amount_ore for x in invoice.lines if x.vat_rate_percent == 0)
    taxed = invoice.net_ore - exempt
    if taxed:
        rows.append((accounts.sales_vat_25, -taxed))
    if exempt:
        rows.append((accounts.sales_exempt, -exempt))
    if invoice.vat_ore:
        rows.append((accounts.output_vat_25, -invoice.vat_ore))
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        text = f"Kreditfaktura {invoice.number} avser faktura {invoice.refers_to_number}"
    else:
        text = f"Faktura {invoice.number}"
    return Voucher(invoice.issue_date, text, tuple(rows))


def payment_voucher(payment: Payment, accounts: BasAccounts) -> Voucher:
    return Voucher(payment.paid_on, f"Inbetalning faktura {payment.invoice_number}"
                   f" ({payment.method.value})",
                   ((accounts.bank, payment.amount_ore),
                    (accounts.receivables, -payment.amount_ore)))


def vouchers_of(journal: Journal, year: int) -> list[Voucher]:
    accounts = journal.practice().accounts
    out = [invoice_voucher(i, accounts) for i in journal.invoices(year=year)]
    out += [payment_voucher(p, accounts) for p in journal.payments_in(year)]
    return sorted(out, key=lambda v: v.day)  # stable: invoices by number, then payments


def sie_text(practice: PracticeDetails, year: int, vouchers: Iterable[Voucher],
             generated: dt.date) -> str:
    vouchers = list(vouchers)
    names = {getattr(practice.accounts, role): name for role, name in ACCOUNT_NAMES.items()}
    used = sorted({account for v in vouchers for account, _ in v.rows})
    lines = [
        "#FLAGGA 0",
        f"#PROGRAM {quoted('journal-app')} {quoted(__version__)}",
        "#FORMAT PC8",
        f"#GEN {generated:%Y%m%d}",
        "#SIETYP 4",
    ]
    if practice.org_number:
        lines.append(f"#ORGNR {practice.org_number}")
    lines += [f"#FNAMN {quoted(practice.legal_name)}",
              f"#RAR 0 {year:04d}0101 {year:04d}1231"]
    lines += [f"#KONTO {account} {quoted(names.get(account, 'Konto ' + account))}"
              for account in used]
    for n, voucher in enumerate(vouchers, start=1):
        lines.append(f"#VER {SERIES} {n} {voucher.day:%Y%m%d} {quoted(voucher.text)}")
        lines.append("{")
        lines += [f"   #TRANS {account} {{}} {amount(ore)}" for account, ore in voucher.rows]
        lines.append("}")
    return "\r\n".join(lines) + "\r\n"


def check_year(year: int) -> None:
    if not 1900 <= year <= 9999:
        raise InvalidInput("sie.year", field="year", value=year)


def write_sie(journal: Journal, year: int, out: Path) -> int:
    """Write the year's SIE 4 file; returns how many vouchers it holds."""
    check_year(year)
    vouchers = vouchers_of(journal, year)
    text = sie_text(journal.practice(), year, vouchers, journal.today())
    write_atomic(out, text.encode("cp437", errors="replace"))
    return len(vouchers)


CSV_HEADER = ("number", "kind", "refers_to", "issue_date", "due_date", "buyer", "net", "vat",
              "total", "vat_status", "status", "paid_on", "payment_method")


def invoices_csv(journal: Journal, year: int) -> str:
    """The year's invoices and credit notes, one row each; amounts in kronor with a point."""
    check_year(year)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for invoice in journal.invoices(year=year):
        last = invoice.payments[-1] if invoice.payments else None
        writer.writerow((
            invoice.number, invoice.kind.value, invoice.refers_to_number or "",
            invoice.issue_date.isoformat(),
            invoice.due_date.isoformat() if invoice.due_date else "", invoice.buyer.name,
            amount(invoice.net_ore), amount(invoice.vat_ore), amount(invoice.total_ore),
            invoice.vat_status.value, journal.invoice_status(invoice).value,
            last.paid_on.isoformat() if last else "", last.method.value if last else "",
        ))
    return buffer.getvalue()


def write_invoices_csv(journal: Journal, year: int, out: Path) -> int:
    text = invoices_csv(journal, year)
    write_atomic(out, text.encode("utf-8"))
    return text.count("\r\n") - 1
