"""The accountant's SIE 4 file and CSV, and the invoice as the PDF writer receives it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shlex
from decimal import Decimal
from pathlib import Path

import pytest

from invoicing_support import PRACTICE, client_with_package, set_up_practice
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import PaymentMethod, VatStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.export.invoice_build import document_for, reminder_for
from journal_app.export.invoice_document import DocumentKind
from journal_app.export.sie import invoices_csv, write_sie


def parse_sie(path: Path) -> tuple[dict[str, list[list[str]]], list[tuple[list[str], list[list[str]]]]]:
    """Records by label, and vouchers as (#VER fields, [#TRANS fields]), from the raw bytes."""
    raw = path.read_bytes()
    assert b"\r\n" in raw
    text = raw.decode("cp437")
    records: dict[str, list[list[str]]] = {}
    vouchers: list[tuple[list[str], list[list[str]]]] = []
    current: list[list[str]] | None = None
    for line in text.split("\r\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == "{":
            current = []
            continue
        if stripped == "}":
            assert current is not None
            vouchers[-1] = (vouchers[-1][0], current)
            current = None
            continue
        label, *fields = shlex.split(stripped.replace("{}", "OBJ"), posix=True)
        if current is not None:
            assert label == "#TRANS"
            current.append(fields)
        elif label == "#VER":
            vouchers.append((fields, []))
        else:
            records.setdefault(label, []).append(fields)
    return records, vouchers


def a_year_of_invoicing(journal: Journal, clock: ManualClock) -> None:
    set_up_practice(journal)
    a, pa = client_with_package(journal)
    b, pb = client_with_package(journal, price_ore=99_999, name='Bo "Bosse" Berg')
    c, pc = client_with_package(journal, price_ore=80_000, name="Cecilia Ek")
    journal.set_package_vat(pc, VatStatus.EXEMPT_HEALTH_CARE)
    journal.issue_invoice(a, package_id=pa)
    journal.issue_invoice(b, package_id=pb)
    journal.issue_invoice(c, package_id=pc)
    clock.advance(dt.timedelta(days=3))
    journal.mark_paid(1001, clock.now().date(), PaymentMethod.BANKGIRO)
    journal.credit_invoice(1002)
    journal.issue_invoice(b, package_id=pb)


def test_sie_file_has_the_spec_header_and_every_voucher_balances(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    journal = vault.journal
    a_year_of_invoicing(journal, clock)
    out = tmp_path / "bok.se"
    count = write_sie(journal, 2026, out)
    records, vouchers = parse_sie(out)
    assert out.read_bytes().startswith(b"#FLAGGA 0\r\n")
    assert records["#FORMAT"] == [["PC8"]]
    assert records["#SIETYP"] == [["4"]]
    assert records["#ORGNR"] == [[PRACTICE["org_number"]]]
    assert records["#FNAMN"] == [[PRACTICE["legal_name"]]]  # "Ö" survived code page 437
    assert records["#RAR"] == [["0", "20260101", "20261231"]]
    assert "#GEN" in records and "#PROGRAM" in records
    # 4 invoices, 1 credit note, 1 payment: one voucher each.
    assert count == len(vouchers) == 6
    accounts = {fields[0] for fields in records["#KONTO"]}
    for ver, trans in vouchers:
        assert ver[0] == "A" and len(ver[2]) == 8
        assert trans, ver
        assert sum(Decimal(t[2]) for t in trans) == 0, ver
        assert {t[0] for t in trans} <= accounts
    assert accounts == {"1510", "3001", "3004", "2611", "1930"}
    by_text = {ver[3]: trans for ver, trans in vouchers}
    assert by_text["Faktura 1001"] == [["1510", "OBJ", "1200.00"], ["3001", "OBJ", "-960.00"],
                                       ["2611", "OBJ", "-240.00"]]
    assert by_text["Faktura 1003"] == [["1510", "OBJ", "800.00"], ["3004", "OBJ", "-800.00"]]
    credit = by_text["Kreditfaktura 1004 avser faktura 1002"]
    assert credit[0] == ["1510", "OBJ", "-999.99"]
    assert by_text["Inbetalning faktura 1001 (bankgiro)"] == [
        ["1930", "OBJ", "1200.00"], ["1510", "OBJ", "-1200.00"]]
    assert b"Bosse" not in out.read_bytes()  # no client names in the books' texts


def test_sie_uses_the_practice_accounts_and_an_empty_year_is_empty(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    journal = vault.journal
    a_year_of_invoicing(journal, clock)
    journal.update_practice({"account_receivables": "1511", "account_bank": "1920"})
    write_sie(journal, 2026, tmp_path / "bok.se")
    records, vouchers = parse_sie(tmp_path / "bok.se")
    assert {"1511", "1920"} <= {f[0] for f in records["#KONTO"]}
    assert all(t[0] != "1510" for _ver, trans in vouchers for t in trans)
    assert write_sie(journal, 2025, tmp_path / "tom.se") == 0
    with pytest.raises(InvalidInput):
        write_sie(journal, 26, tmp_path / "x.se")


def test_csv_lists_the_years_invoices_with_status(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    a_year_of_invoicing(journal, clock)
    rows = list(csv.DictReader(io.StringIO(invoices_csv(journal, 2026))))
    assert [r["number"] for r in rows] == ["1001", "1002", "1003", "1004", "1005"]
    assert rows[0]["status"] == "paid" and rows[0]["paid_on"] == "2026-03-05"
    assert rows[1]["status"] == "credited" and rows[3]["refers_to"] == "1002"
    assert rows[1]["buyer"] == 'Bo "Bosse" Berg'
    assert rows[3]["total"] == "-999.99"


def test_invoice_document_carries_every_item_the_paper_needs(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal, swish_number="1231234567")
    client_id, package_id = client_with_package(journal)
    invoice = journal.issue_invoice(client_id, package_id=package_id).invoice
    doc = document_for(invoice)
    assert (doc.kind, doc.number, doc.language) == (DocumentKind.INVOICE, "1001", "sv")
    assert doc.seller.name == PRACTICE["legal_name"]
    assert doc.seller.address_lines == ("Storgatan 1", "123 45 Småstad")
    assert doc.seller.id_number == PRACTICE["org_number"]
    assert doc.seller_vat_number == PRACTICE["vat_number"] and doc.f_skatt
    assert doc.buyer.name == "Åsa Öberg" and doc.buyer.id_number == "19121212-1212"
    assert doc.buyer.address_lines == ("Lillgatan 2", "123 45 Småstad")
    assert (doc.net_ore, doc.vat_ore, doc.total_ore) == (96_000, 24_000, 120_000)
    assert sum(x.amount_ore + x.vat_ore for x in doc.lines) == doc.total_ore
    assert doc.payment.ocr_reference == invoice.ocr_reference
    assert doc.payment.bankgiro == "5050-1055" and doc.payment.swish_number == "1231234567"
    assert doc.due_date == invoice.due_date and doc.vat_exemption_text is None
    credit = document_for(journal.credit_invoice(1001).invoice, language="en")
    assert (credit.kind, credit.refers_to_number, credit.total_ore) == (
        DocumentKind.CREDIT_NOTE, "1001", -120_000)
    assert credit.payment.ocr_reference is None and credit.due_date is None


def test_exempt_invoice_document_prints_the_exemption(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal, vat_status="exempt_health_care", vat_number="",
                    print_id_number="no")
    client_id, package_id = client_with_package(journal)
    doc = document_for(journal.issue_invoice(client_id, package_id=package_id).invoice)
    assert doc.vat_exemption_text is not None
    assert "10 kap. 6–7 §§ mervärdesskattelagen (2023:200)" in doc.vat_exemption_text
    assert doc.buyer.id_number is None and doc.seller_vat_number is None


def test_reminder_only_for_an_overdue_invoice(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    invoice = journal.issue_invoice(client_id, package_id=package_id).invoice
    with pytest.raises(InvalidInput):
        reminder_for(journal, 1001)
    clock.advance(dt.timedelta(days=40))
    reminder = reminder_for(journal, 1001)
    assert reminder.kind is DocumentKind.REMINDER
    assert reminder.reminder_of_due_date == invoice.due_date
    assert reminder.issue_date == clock.now().date()
    assert reminder.due_date == clock.now().date() + dt.timedelta(days=30)
