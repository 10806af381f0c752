"""Invoices are bookkeeping records: an erase keeps them, seven years later the purge removes
them (bokföringslagen 7 kap 2 §), and an invoiced package gets no second billing record."""

from __future__ import annotations

import datetime as dt

from invoicing_support import client_with_package, set_up_practice
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import NotFound
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault


def complete(journal: Journal, package_id: str) -> None:
    session = journal.add_session(package_id, "2026-03-01T10:00",
                                  SessionStatus.HELD).session_id or ""
    journal.save_draft(session, "Samtal om oro och sömn")
    assert journal.sign_note(session).completed is not None


def table_count(vault: Vault, table: str) -> int:
    with vault.db.read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_erase_keeps_the_invoice_and_payment_and_the_purge_removes_them_after_seven_years(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.issue_invoice(client_id, package_id=package_id)
    journal.mark_paid(1001, clock.now().date())
    complete(journal, package_id)

    journal.erase_client(client_id)  # the whole client: notes, packages, the client row

    kept = journal.invoice(1001)
    assert (kept.client_id, kept.package_id) == (None, None)  # no link back to the pseudonym
    assert (kept.buyer.name, kept.buyer.id_number, kept.buyer.email, kept.buyer.phone) == (
        "Åsa Öberg", "19121212-1212", "asa@example.se", "070-123 45 67")
    assert kept.buyer.address == "Lillgatan 2\n123 45 Småstad"
    assert len(kept.payments) == 1
    assert journal.billing_records() == []  # one register: the invoice is the record
    assert kept.keep_until == dt.date(2033, 12, 31)

    clock.set(dt.datetime(2033, 12, 31, 23, 0, tzinfo=dt.UTC))
    assert journal.unlock_notices().notices.billing_purged == 0
    assert journal.invoice(1001).number == 1001

    clock.set(dt.datetime(2034, 1, 1, 9, 0, tzinfo=dt.UTC))
    assert journal.unlock_notices().notices.billing_purged == 1
    try:
        journal.invoice(1001)
        raise AssertionError("invoice 1001 outlived its seven years")
    except NotFound:
        pass
    for table in ("invoices", "invoice_lines", "invoice_payments"):
        assert table_count(vault, table) == 0, table


def test_a_payment_or_credit_note_in_a_later_year_keeps_the_invoice_longer(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.issue_invoice(client_id, package_id=package_id)
    _other, second = client_with_package(journal, name="Bo Berg")
    journal.issue_invoice(_other, package_id=second)
    clock.set(dt.datetime(2027, 1, 15, 9, 0, tzinfo=dt.UTC))
    journal.mark_paid(1001, dt.date(2027, 1, 10))
    journal.credit_invoice(1002)
    assert journal.invoice(1001).keep_until == dt.date(2034, 12, 31)
    assert journal.invoice(1002).keep_until == dt.date(2034, 12, 31)
    assert journal.invoice(1003).keep_until == dt.date(2034, 12, 31)
    clock.set(dt.datetime(2034, 6, 1, 9, 0, tzinfo=dt.UTC))
    journal.purge_expired_billing()
    assert [i.number for i in journal.invoices()] == [1001, 1002, 1003]
    clock.set(dt.datetime(2035, 1, 1, 9, 0, tzinfo=dt.UTC))
    journal.purge_expired_billing()
    assert journal.invoices() == []


def test_an_uninvoiced_paid_package_still_gets_its_billing_record(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    complete(journal, package_id)
    journal.erase_client(client_id)
    assert [r.package_name for r in journal.billing_records()] == ["Samtalspaket 5 samtal"]
    assert journal.invoices() == []


def test_erasing_only_the_completed_packages_keeps_the_client_link(vault: Vault) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.add_package(client_id, name="Nästa paket", sessions_total=3,
                        purchased="2026-03-02", price_ore=50_000)
    journal.issue_invoice(client_id, package_id=package_id)
    complete(journal, package_id)
    journal.erase_client(client_id, completed_only=True)
    kept = journal.invoice(1001)
    assert kept.client_id == client_id and kept.package_id is None
    assert [i.number for i in journal.invoices(client_id=client_id)] == [1001]


def test_due_lists_an_invoice_past_its_time_until_the_purge(vault: Vault,
                                                            clock: ManualClock) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    journal.issue_invoice(client_id, package_id=package_id)
    assert journal.due().billing_expired == ()
    clock.set(dt.datetime(2034, 1, 1, 9, 0, tzinfo=dt.UTC))
    assert [(r.name, r.package_name) for r in journal.due().billing_expired] == [
        ("Åsa Öberg", "#1001")]
    journal.purge_expired_billing()
    assert journal.due().billing_expired == ()
