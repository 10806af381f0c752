"""Invoices through the facade: practice details, numbers, VAT, OCR, credit notes, payments."""

from __future__ import annotations

import datetime as dt

import pytest

from invoicing_support import PRACTICE, client_with_package, set_up_practice
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import (
    Charge,
    InvoiceKind,
    InvoiceStatus,
    PaymentMethod,
    VatStatus,
    ocr_reference,
    split_vat,
)
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.vault.vault import Vault


def luhn_valid(digits: str) -> bool:
    """The textbook Luhn test over a whole number, check digit included."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


@pytest.mark.parametrize("number", [1, 9, 10, 1001, 12345678, 987654321])
@pytest.mark.parametrize("length_digit", [True, False])
def test_ocr_reference_passes_mod_10_and_carries_its_length(number: int,
                                                            length_digit: bool) -> None:
    ocr = ocr_reference(number, length_digit=length_digit)
    assert luhn_valid(ocr)
    assert ocr.startswith(str(number))
    if length_digit:
        assert int(ocr[-2]) == len(ocr) % 10
    assert not luhn_valid(ocr[:-1] + str((int(ocr[-1]) + 1) % 10))


@pytest.mark.parametrize("price", [1, 99, 100, 120_000, 99_999, -120_000])
def test_vat_split_adds_up_to_the_price(price: int) -> None:
    net, vat = split_vat(price, 25)
    assert net + vat == price
    assert abs(vat * 100 - net * 25) <= 100  # within one öre of 25 % of the net


def test_missing_practice_details_are_named_and_nothing_is_issued(vault: Vault) -> None:
    journal = vault.journal
    client_id, package_id = client_with_package(journal)
    with pytest.raises(InvalidInput) as info:
        journal.issue_invoice(client_id, package_id=package_id)
    assert info.value.code == "invoice.practice_missing"
    missing = str(info.value.fields["missing"])
    for field in ("legal_name", "org_number", "address", "vat_number", "bankgiro"):
        assert field in missing
    assert info.value.field == "practice.legal_name"
    assert journal.invoices() == []


def test_a_refused_practice_value_names_its_field_and_changes_nothing(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    with pytest.raises(InvalidInput) as info:
        journal.update_practice({"legal_name": "Ny AB", "bankgiro": "5050-1056"})
    assert info.value.field == "practice.bankgiro"
    assert journal.practice().legal_name == PRACTICE["legal_name"]
    assert journal.practice().bankgiro == "5050-1055"  # stored as typed


def test_package_invoice_with_vat_numbered_from_the_series_start(vault: Vault,
                                                                 clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    preview = journal.invoice_preview(client_id, package_id=package_id)
    change = journal.issue_invoice(client_id, package_id=package_id)
    invoice = change.invoice
    assert preview.number == invoice.number == 1001
    assert (invoice.net_ore, invoice.vat_ore, invoice.total_ore) == (96_000, 24_000, 120_000)
    assert invoice.lines[0].vat_rate_percent == 25
    assert invoice.issue_date == clock.now().date()
    assert invoice.due_date == invoice.issue_date + dt.timedelta(days=30)
    assert invoice.ocr_reference is not None and luhn_valid(invoice.ocr_reference)
    assert invoice.buyer.name == "Åsa Öberg" and invoice.buyer.id_number == "19121212-1212"
    assert invoice.seller.legal_name == PRACTICE["legal_name"]
    assert journal.package_invoice_statuses(client_id) == {package_id: InvoiceStatus.UNPAID}
    with pytest.raises(InvalidInput) as info:
        journal.issue_invoice(client_id, package_id=package_id)
    assert info.value.code == "invoice.package_invoiced"


def test_exempt_package_prints_the_law_and_charges_no_vat(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal, vat_status="exempt_health_care", vat_number="")
    client_id, package_id = client_with_package(journal)
    invoice = journal.issue_invoice(client_id, package_id=package_id).invoice
    assert (invoice.vat_ore, invoice.total_ore, invoice.vat_status) == (
        0, 120_000, VatStatus.EXEMPT_HEALTH_CARE)
    # Overridden for one package: taxable although the practice is exempt.
    _other, second = client_with_package(journal, name="Bo Berg")
    journal.set_package_vat(second, VatStatus.VAT_25)
    with pytest.raises(InvalidInput) as info:  # 25 % needs the VAT number
        journal.issue_invoice(_other, package_id=second)
    assert "vat_number" in str(info.value.fields["missing"])


def test_late_cancellation_charge_is_its_own_line(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    session = journal.add_session(package_id, "2026-03-01T10:00",
                                  SessionStatus.LATE_CANCELLED).session_id or ""
    charge = journal.charge_for_session(session, 60_000)
    invoice = journal.issue_invoice(client_id, charges=[charge]).invoice
    assert invoice.lines[0].description == "Sen avbokning 2026-03-01"
    assert invoice.total_ore == 60_000 and invoice.package_id is None
    assert journal.latest_uninvoiced_package(client_id) == package_id


def test_credit_note_takes_the_next_number_and_the_package_can_be_invoiced_again(
        vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    first = journal.issue_invoice(client_id, package_id=package_id).invoice
    credit = journal.credit_invoice(1001).invoice
    assert (credit.number, credit.kind, credit.refers_to_number) == (
        1002, InvoiceKind.CREDIT_NOTE, 1001)
    assert credit.total_ore == -first.total_ore and credit.due_date is None
    assert journal.invoice(1001).credited_by_number == 1002
    assert journal.invoice_status(journal.invoice(1001)) is InvoiceStatus.CREDITED
    with pytest.raises(InvalidInput):
        journal.credit_invoice(1001)
    corrected = journal.issue_invoice(client_id, package_id=package_id).invoice
    assert corrected.number == 1003
    with pytest.raises(InvalidInput) as info:
        journal.update_practice({"series_start": "1"})
    assert info.value.code == "practice.series_started"


def test_paid_unpaid_and_overdue(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    a, pa = client_with_package(journal)
    b, pb = client_with_package(journal, name="Bo Berg")
    journal.issue_invoice(a, package_id=pa)
    journal.issue_invoice(b, package_id=pb)
    assert [i.number for i in journal.unpaid_invoices()] == [1001, 1002]
    assert journal.overdue_invoices() == []
    clock.advance(dt.timedelta(days=31))
    assert [i.number for i in journal.overdue_invoices()] == [1001, 1002]
    paid = journal.mark_paid(1001, clock.now().date(), PaymentMethod.SWISH).invoice
    assert paid.payments[0].amount_ore == 120_000
    assert paid.payments[0].method is PaymentMethod.SWISH
    assert [i.number for i in journal.overdue_invoices()] == [1002]
    with pytest.raises(InvalidInput) as info:
        journal.mark_paid(1001, clock.now().date())
    assert info.value.code == "invoice.not_payable"
    with pytest.raises(InvalidInput):
        journal.mark_paid(1002, clock.now().date() + dt.timedelta(days=1))
    with pytest.raises(NotFound):
        journal.mark_paid(4711, clock.now().date())


def test_an_issued_invoice_cannot_be_changed_even_by_sql(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.issue_invoice(client_id, package_id=package_id)
    with pytest.raises(Exception, match="never changed"), vault.db.write() as conn:
        conn.execute("UPDATE invoices SET total_ore = 1, net_ore = 1, vat_ore = 0")
    assert journal.invoice(1001).total_ore == 120_000


def test_a_client_without_an_address_is_named_and_nothing_is_issued(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.update_client(client_id, address="")
    with pytest.raises(InvalidInput) as info:
        journal.issue_invoice(client_id, package_id=package_id)
    assert info.value.field == "client.address" and "Åsa Öberg" in str(info.value)
    assert journal.invoices() == []


def test_nothing_to_invoice_and_bad_charges_are_refused(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, _package = client_with_package(journal)
    with pytest.raises(InvalidInput, match="nothing to invoice"):
        journal.issue_invoice(client_id)
    with pytest.raises(InvalidInput):
        journal.issue_invoice(client_id, charges=[Charge("Samtal", dt.date(2026, 3, 1), 0)])
    assert journal.invoices() == []
