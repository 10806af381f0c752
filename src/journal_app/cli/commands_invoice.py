"""Invoicing from the command line: practice, invoice, invoices, paid, credit, reminder, sie.

    journal-app practice [--set FIELD=VALUE ...]
    journal-app invoice --client ID [--package ID | --number N] --out FILE.pdf
    journal-app invoice --client ID --session-on YYYY-MM-DD --price KR --out FILE.pdf
    journal-app invoices [--unpaid | --overdue]
    journal-app paid NUMBER --date YYYY-MM-DD [--method bankgiro|plusgiro|swish|...]
    journal-app credit NUMBER [--out FILE.pdf]
    journal-app reminder NUMBER --out FILE.pdf
    journal-app sie --year YYYY --out FILE.se [--csv FILE.csv]

The core, Babel and the PDF writer are imported inside the commands (see commands_vault).
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.cli.prompt import open_vault

if TYPE_CHECKING:
    from journal_app.core.domain.invoicing import Invoice
    from journal_app.export.invoice_document import InvoiceDocument

LANGUAGES = ("sv", "en")
# core.domain.invoicing.PaymentMethod, written out so the parser loads no core module.
METHODS = ("bankgiro", "plusgiro", "swish", "bank_transfer", "other")


def register(sub: Any) -> None:
    practice = sub.add_parser(
        "practice", help="show or set the practice's details printed on invoices",
        description="Without --set, print the details. FIELD is one of: legal_name,"
        " org_number, address (lines separated by \\n), email, phone, vat_status (vat_25,"
        " exempt_health_care, exempt_small_business), vat_number, f_skatt (yes/no), bankgiro,"
        " plusgiro, swish_number, payment_terms_days, series_start, ocr_length_digit,"
        " print_id_number, account_receivables, account_sales_vat_25, account_sales_exempt,"
        " account_output_vat_25, account_bank.")
    practice.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                          dest="values", help="set one detail (may be repeated)")
    practice.set_defaults(func=cmd_practice)

    invoice = sub.add_parser(
        "invoice", help="issue the invoice for a client's package and write it as a PDF",
        description="Issue an invoice for the client's latest package that has a price and no"
        " invoice yet (or --package), and write it; or write an issued one again (--number, or"
        " a --package that is invoiced already).")
    invoice.add_argument("--client", required=True, metavar="ID")
    which = invoice.add_mutually_exclusive_group()
    which.add_argument("--package", metavar="ID")
    which.add_argument("--number", type=int, metavar="N", help="write invoice N again")
    invoice.add_argument("--session-on", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                         help="charge the client's session of that day (held, cancelled late"
                         " or missed) as an invoice of its own, at --price")
    invoice.add_argument("--price", metavar="KR", help="the session's price in kronor, VAT"
                         " included (600 or 600,50)")
    _pdf_options(invoice, required=True)
    invoice.set_defaults(func=cmd_invoice)

    listing = sub.add_parser("invoices", help="list invoices and credit notes with status")
    only = listing.add_mutually_exclusive_group()
    only.add_argument("--unpaid", action="store_true", help="only unpaid ones (overdue too)")
    only.add_argument("--overdue", action="store_true", help="only overdue ones")
    listing.set_defaults(func=cmd_invoices)

    paid = sub.add_parser("paid", help="mark an invoice paid")
    paid.add_argument("number", type=int, metavar="NUMBER")
    paid.add_argument("--date", required=True, type=dt.date.fromisoformat,
                      metavar="YYYY-MM-DD", help="the day the money arrived")
    paid.add_argument("--method", choices=METHODS, default="bankgiro")
    paid.set_defaults(func=cmd_paid)

    credit = sub.add_parser("credit", help="credit an invoice in full (a credit note with its"
                            " own number); the package can then be invoiced again")
    credit.add_argument("number", type=int, metavar="NUMBER")
    _pdf_options(credit, required=False)
    credit.set_defaults(func=cmd_credit)

    reminder = sub.add_parser("reminder", help="write a payment reminder for an overdue"
                              " invoice as a PDF")
    reminder.add_argument("number", type=int, metavar="NUMBER")
    _pdf_options(reminder, required=True)
    reminder.set_defaults(func=cmd_reminder)

    sie = sub.add_parser("sie", help="write the year's invoices and payments as an SIE 4 file"
                         " for the accountant (and optionally a CSV)")
    sie.add_argument("--year", required=True, type=int, metavar="YYYY")
    sie.add_argument("--out", required=True, type=Path, metavar="FILE.se")
    sie.add_argument("--csv", type=Path, metavar="FILE.csv", help="also the year's invoices")
    sie.add_argument("--force", action="store_true", help="replace files that exist")
    sie.set_defaults(func=cmd_sie)


def _pdf_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--out", required=required, type=Path, metavar="FILE.pdf")
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the document's language (default: the invoice's own)")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _check_target(out: Path, force: bool) -> None:
    from journal_app.cli.commands_export import _check_target as check

    check(out, force)


def _pdf_writer() -> Any:
    """The invoice PDF writer, checked before anything is issued: without it no invoice is
    issued that could not be written."""
    import importlib

    try:
        module = importlib.import_module("journal_app.export.invoice_pdf")
    except ImportError:
        from journal_app.core.errors import InvalidInput

        raise InvalidInput("invoice.pdf_missing") from None
    return module.write_invoice_pdf


def _write(document: InvoiceDocument, out: Path, writer: Any) -> None:
    pages = int(writer(document, out))
    print(f"Wrote {out} ({pages} page{'' if pages == 1 else 's'}). The PDF is not encrypted:"
          " keep it safe.")


def money(ore: int) -> str:
    from babel.numbers import format_currency

    return str(format_currency(ore / 100, "SEK", locale="sv_SE"))


def describe(invoice: Invoice, status: str) -> str:
    kind = "credit note" if invoice.kind.value == "credit_note" else "invoice"
    refers = f" (credits {invoice.refers_to_number})" if invoice.refers_to_number else ""
    due = f" due {invoice.due_date.isoformat()}" if invoice.due_date else ""
    return (f"{invoice.number}  {kind}{refers}  {invoice.issue_date.isoformat()}{due}"
            f"  {money(invoice.total_ore)}  {status}  {invoice.buyer.name}")


def cmd_practice(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from journal_app.core.errors import InvalidInput

    values: dict[str, str] = {}
    for item in args.values:
        field, sep, value = item.partition("=")
        if not sep:
            raise InvalidInput("practice.unknown_field", field="practice", name=item,
                               known="FIELD=VALUE")
        values[field.strip()] = value.replace("\\n", "\n") if field.strip() == "address" \
            else value
    vault = open_vault(args)
    try:
        practice = (vault.journal.update_practice(values).practice if values
                    else vault.journal.practice())
    finally:
        vault.lock()
    for field, value in asdict(practice).items():
        if isinstance(value, dict):
            for name, account in value.items():
                print(f"account_{name}: {account}")
        else:
            shown = value.replace("\n", "\\n") if isinstance(value, str) else value
            print(f"{field}: {shown}")
    if values:
        print(f"Saved {len(values)} detail{'' if len(values) == 1 else 's'}.")
    return 0


def cmd_invoice(args: argparse.Namespace) -> int:
    from journal_app.core.errors import InvalidInput
    from journal_app.export.invoice_build import document_for

    out: Path = args.out.expanduser()
    _check_target(out, args.force)
    writer = _pdf_writer()
    vault = open_vault(args)
    try:
        journal = vault.journal
        journal.client(args.client)  # a wrong id is named before anything else
        if args.session_on is not None:
            invoice = journal.issue_invoice(
                args.client, language=args.language or "sv",
                charges=[_session_charge(journal, args)]).invoice
            issued = True
        elif args.number is not None:
            invoice = journal.invoice(args.number)
            issued = False
        else:
            package = args.package or journal.latest_uninvoiced_package(args.client)
            if package is None:  # everything is invoiced: the latest invoice, written again
                in_force = [i for i in journal.invoices(client_id=args.client)
                            if i.kind.value == "invoice" and i.credited_by_number is None
                            and i.package_id is not None]
                if not in_force:
                    raise InvalidInput("invoice.no_uninvoiced_package", field="package")
                package = in_force[-1].package_id
            existing = journal.package_invoice(package)
            issued = existing is None
            invoice = existing or journal.issue_invoice(
                args.client, package_id=package, language=args.language or "sv").invoice
        if invoice.client_id not in (None, args.client):
            raise InvalidInput("invoice.foreign_package", field="client")
        document = document_for(invoice, language=args.language)
    finally:
        vault.lock()
    print(("Issued" if issued else "Writing again") + f" invoice {invoice.number}: "
          f"{money(invoice.total_ore)}, due {invoice.due_date}, OCR {invoice.ocr_reference}.")
    _write(document, out, writer)
    return 0


def _session_charge(journal: Any, args: argparse.Namespace) -> Any:
    """The charge for the client's chargeable session on --session-on, at --price."""
    from babel.numbers import NumberFormatError, parse_decimal

    from journal_app.core.errors import InvalidInput

    try:
        kronor = parse_decimal(args.price or "", locale="sv_SE", strict=True)
    except NumberFormatError:
        raise InvalidInput("invoice.price_form", field="price", value=args.price) from None
    if kronor <= 0 or kronor != kronor.quantize(Decimal("0.01")):
        raise InvalidInput("invoice.price_form", field="price", value=args.price)
    sessions = [s for s in journal.sessions_of(client_id=args.client)
                if s.start.date() == args.session_on and s.status.value != "planned"
                and s.status.value != "cancelled"]
    if len(sessions) != 1:
        raise InvalidInput("invoice.session_on", field="session", day=args.session_on,
                           count=len(sessions))
    return journal.charge_for_session(sessions[0].id, int(kronor * 100), args.language or "sv")


def cmd_invoices(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        journal = vault.journal
        found = (journal.unpaid_invoices() if args.unpaid else
                 journal.overdue_invoices() if args.overdue else journal.invoices())
        lines = [describe(i, journal.invoice_status(i).value) for i in found]
    finally:
        vault.lock()
    for line in lines:
        print(line)
    if not lines:
        print("No invoices.")
    return 0


def cmd_paid(args: argparse.Namespace) -> int:
    from journal_app.core.domain.invoicing import PaymentMethod

    vault = open_vault(args)
    try:
        invoice = vault.journal.mark_paid(args.number, args.date,
                                          PaymentMethod(args.method)).invoice
    finally:
        vault.lock()
    print(f"Invoice {invoice.number} paid {args.date.isoformat()} ({args.method}):"
          f" {money(invoice.paid_ore)}.")
    return 0


def cmd_credit(args: argparse.Namespace) -> int:
    from journal_app.export.invoice_build import document_for

    writer = None
    if args.out is not None:
        _check_target(args.out.expanduser(), args.force)
        writer = _pdf_writer()
    vault = open_vault(args)
    try:
        credit = vault.journal.credit_invoice(args.number).invoice
        document = document_for(credit, language=args.language)
    finally:
        vault.lock()
    print(f"Credit note {credit.number} credits invoice {args.number}"
          f" ({money(credit.total_ore)}). The package can be invoiced again.")
    if writer is not None:
        _write(document, args.out.expanduser(), writer)
    return 0


def cmd_reminder(args: argparse.Namespace) -> int:
    from journal_app.export.invoice_build import reminder_for

    out: Path = args.out.expanduser()
    _check_target(out, args.force)
    writer = _pdf_writer()
    vault = open_vault(args)
    try:
        document = reminder_for(vault.journal, args.number, language=args.language)
    finally:
        vault.lock()
    print(f"Reminder for invoice {args.number}, new due date {document.due_date}.")
    _write(document, out, writer)
    return 0


def cmd_sie(args: argparse.Namespace) -> int:
    from journal_app.export.sie import check_year, write_invoices_csv, write_sie

    check_year(args.year)
    targets = [args.out.expanduser()] + ([args.csv.expanduser()] if args.csv else [])
    for target in targets:
        _check_target(target, args.force)
    vault = open_vault(args)
    try:
        count = write_sie(vault.journal, args.year, targets[0])
        rows = write_invoices_csv(vault.journal, args.year, targets[1]) if args.csv else None
    finally:
        vault.lock()
    print(f"Wrote {targets[0]}: {count} voucher{'' if count == 1 else 's'} for {args.year}"
          " (SIE 4, code page 437).")
    if rows is not None:
        print(f"Wrote {targets[1]}: {rows} invoice{'' if rows == 1 else 's'}.")
    print("The files name invoice numbers and (the CSV) clients: keep them safe.")
    return 0
