"""Retention policy: the 10-year and 7-year dates, policy changes, what is due, billing purge."""

from __future__ import annotations

import datetime as dt

import pytest

from forensic import add_marked_client, scan
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, PolicyRefusal
from journal_app.core.retention.policy import (
    IvoDecision,
    add_years,
    bookkeeping_keep_until,
    change_policy,
    check_erase_allowed,
    pdl_expired,
    pdl_keep_until,
)
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import DB_NAME, Vault

UTC = dt.UTC


def test_the_dates() -> None:
    assert pdl_keep_until(dt.datetime(2026, 3, 2, 23, 30, tzinfo=UTC)) == dt.date(2036, 3, 2)
    # A leap day moves to the later date, never cutting the ten years short.
    assert pdl_keep_until(dt.datetime(2028, 2, 29, 12, tzinfo=UTC)) == dt.date(2038, 3, 1)
    assert add_years(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)
    # Bokföringslagen: the end of the seventh year after the calendar year.
    assert bookkeeping_keep_until(dt.date(2026, 1, 1)) == dt.date(2033, 12, 31)
    assert bookkeeping_keep_until(dt.date(2026, 12, 31)) == dt.date(2033, 12, 31)


def test_pdl_refuses_until_ten_years_after_the_last_entry(
    vault: Vault, clock: ManualClock
) -> None:
    change_policy(vault.journal.repos, RetentionPolicy.PDL)
    client, _ = add_marked_client(vault.journal, "Tio Årsson", "tioarsord")
    last = vault.journal.repos.retention.last_entry(client.id)
    assert last == clock.now()
    clock.set(dt.datetime(2036, 3, 2, 23, 59, tzinfo=UTC))  # the last day still kept
    with pytest.raises(PolicyRefusal, match="until 2036-03-02"):
        check_erase_allowed(vault.journal.repos, client.id, RetentionPolicy.PDL, None)
    assert pdl_expired(vault.journal.repos, vault.journal.policy()) == []
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=UTC))
    check_erase_allowed(vault.journal.repos, client.id, RetentionPolicy.PDL, None)
    (expired,) = pdl_expired(vault.journal.repos, vault.journal.policy())
    assert (expired.client_id, expired.keep_until) == (client.id, dt.date(2036, 3, 2))
    receipt = vault.journal.erase_client(client.id).receipt
    assert receipt.reason == "pdl_retention_ended" and receipt.notes_count == 3
    assert pdl_expired(vault.journal.repos, vault.journal.policy()) == []


def test_a_correction_restarts_the_ten_years(vault: Vault, clock: ManualClock) -> None:
    change_policy(vault.journal.repos, RetentionPolicy.PDL)
    client, _ = add_marked_client(vault.journal, "Rätt Elsson", "rattord", notes=1)
    (session,) = vault.journal.packages.sessions(client_id=client.id)
    clock.set(dt.datetime(2030, 6, 1, tzinfo=UTC))
    vault.journal.notes.start_correction(session.id)
    vault.journal.notes.save_draft(session.id, "rättad text")
    vault.journal.notes.sign(session.id)
    clock.set(dt.datetime(2037, 1, 1, tzinfo=UTC))
    with pytest.raises(PolicyRefusal, match="until 2040-06-01"):
        vault.journal.erase_client(client.id)


def test_ivo_decision_is_validated(clock: ManualClock) -> None:
    with pytest.raises(InvalidInput):
        IvoDecision("   ", dt.date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        IvoDecision("a; packages=x", dt.date(2026, 1, 1))
    assert IvoDecision("  Dnr  5.1 ", dt.date(2026, 1, 1)).reference == "Dnr 5.1"


def test_changing_policy_is_logged_and_erases_nothing(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Byt Policysson", "bytord")
    assert change_policy(vault.journal.repos, RetentionPolicy.PDL)
    assert not change_policy(vault.journal.repos, RetentionPolicy.PDL)
    assert change_policy(vault.journal.repos, RetentionPolicy.ERASE_ON_COMPLETION)
    assert vault.journal.policy() is RetentionPolicy.ERASE_ON_COMPLETION
    changes = [e.detail for e in vault.journal.audit.entries(limit=100)
               if e.action == Action.POLICY_CHANGE]
    assert changes == ["pdl->erase_on_completion", "erase_on_completion->pdl"]
    assert len(vault.journal.notes.for_client(client.id)) == 3
    found = scan(vault.folder / DB_NAME, vault.data_key, list(client.note_words))
    assert all(found.has(w) for w in client.note_words)


def test_overdue_erasures_raise_postponed_and_unanswered_packages(vault: Vault) -> None:
    journal = vault.journal
    later, event = add_marked_client(journal, "Senare Påminsson", "senareord")
    unanswered, _ = add_marked_client(journal, "Obesvarad Klientsson", "obesvarord")
    ongoing = journal.clients.add("Pågående Paketsson")
    journal.packages.add(ongoing.id, name="Paket", sessions_total=5, purchased="2026-01-01")
    assert event is not None
    journal.packages.postpone_erase(event.package_id)
    overdue = {o.client_id: o for o in journal.due().erasures}
    assert set(overdue) == {later.id, unanswered.id}
    assert overdue[later.id].postponed and not overdue[unanswered.id].postponed
    assert overdue[later.id].event() == event
    summary = {s.id: s for s in journal.client_list()}
    assert summary[later.id].awaiting_erase and summary[later.id].erase_postponed
    assert not summary[ongoing.id].awaiting_erase
    journal.erase_client(later.id, completed_only=True)
    assert [o.client_id for o in journal.due().erasures] == [unanswered.id]
    change_policy(journal.repos, RetentionPolicy.PDL)
    assert journal.due().erasures == ()  # PDL: nothing is offered on completion


def test_billing_records_purged_after_the_seventh_year(vault: Vault, clock: ManualClock) -> None:
    paid, _ = add_marked_client(vault.journal, "Faktura Kundsson", "fakturord",
                                price_ore=450000, purchased="2026-01-15")
    free, _ = add_marked_client(vault.journal, "Gratis Kundsson", "gratisord", price_ore=0)
    vault.journal.erase_client(paid.id)
    vault.journal.erase_client(free.id)
    assert [r.name for r in vault.journal.billing_records()] == ["Faktura Kundsson"]
    clock.set(dt.datetime(2033, 12, 31, 22, 0, tzinfo=UTC))
    assert vault.journal.due().billing_expired == ()
    assert vault.journal.purge_expired_billing().purged == 0
    clock.set(dt.datetime(2034, 1, 1, 0, 0, 1, tzinfo=UTC))
    (expired,) = vault.journal.due().billing_expired
    assert expired.keep_until == dt.date(2033, 12, 31)
    assert vault.journal.purge_expired_billing().purged == 1
    assert vault.journal.billing_records() == []
    found = scan(vault.folder / DB_NAME, vault.data_key, [paid.name, paid.email, paid.phone])
    assert found.found == {paid.name: [], paid.email: [], paid.phone: []}
    purges = [e.detail for e in vault.journal.audit.entries(limit=5) if e.action == Action.ERASE]
    assert purges[0] == "billing_records_purged=1"


def test_billing_and_receipt_tables_have_no_room_for_health_data(vault: Vault) -> None:
    with vault.db.read() as conn:
        columns = {
            table: {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for table in ("billing_records", "erasure_receipts")
        }
    assert columns["billing_records"] == {
        "id", "client_id", "name", "id_number", "address", "email", "phone",
        "package_name", "price_ore", "purchased", "keep_until"}
    assert columns["erasure_receipts"] == {
        "id", "client_id", "erased_at", "notes_count", "policy", "reason"}


def test_billing_records_hold_no_package_id(vault: Vault) -> None:
    """The receipts and the log name erased packages by id: a record must not tie one to a name."""
    client, _ = add_marked_client(vault.journal, "Cecilia Carlsson", "bill", price_ore=50000)
    vault.journal.erase_client(client.id)
    with vault.db.read() as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(billing_records)")]
        rows = conn.execute("SELECT * FROM billing_records").fetchall()
    assert "name" in columns and len(rows) == 1  # the control: the record is there
    assert "package_id" not in columns
    assert not any(client.package_id in str(value) for value in rows[0])


def test_due_is_empty_on_a_fresh_vault(vault: Vault) -> None:
    report = vault.journal.due()
    assert report.empty and report.policy is RetentionPolicy.ERASE_ON_COMPLETION
