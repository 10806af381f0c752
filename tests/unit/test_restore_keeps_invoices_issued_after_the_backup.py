"""A restore over the same vault keeps the invoices, credit notes and payments recorded after
the backup (bookkeeping records, kept seven years) and never gives a number twice: the series
goes on after the higher number of the two copies. Without a copy of the vault to read, the
result says that later invoices are missing and where the series goes on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from invoicing_support import client_with_package, set_up_practice
from journal_app.core.backup import restore as restore_mod
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import InvoiceKind, InvoiceStatus
from journal_app.core.messages import SWEDISH
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE


def test_restore_keeps_later_invoices_credit_notes_and_payments_and_the_series_goes_on(
    vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    journal = vault.journal
    set_up_practice(journal)
    kept_client, kept_package = client_with_package(journal)
    gone_client, gone_package = client_with_package(journal, name="Rut Raderas")
    assert journal.issue_invoice(kept_client, package_id=kept_package).invoice.number == 1001
    record = create_backup(vault, tmp_path / "b.journalbackup")
    clock.advance(dt.timedelta(days=1))
    assert journal.issue_invoice(gone_client, package_id=gone_package).invoice.number == 1002
    journal.mark_paid(1002, journal.today())
    assert journal.credit_invoice(1001).invoice.number == 1003
    journal.erase_client(gone_client)  # after the backup: must still be applied
    vault.lock()

    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        restored = reopened.journal
        assert [i.number for i in restored.invoices()] == [1001, 1002, 1003]
        assert restored.invoice(1001).credited_by_number == 1003
        credit = restored.invoice(1003)
        assert credit.kind is InvoiceKind.CREDIT_NOTE and credit.refers_to_number == 1001
        assert [x.amount_ore for x in credit.lines] == [
            -x.amount_ore for x in restored.invoice(1001).lines]
        paid = restored.invoice(1002)
        assert restored.invoice_status(paid) is InvoiceStatus.PAID
        assert len(paid.payments) == 1
        # The erased client is gone again; the invoice stands on its own copy of the buyer.
        assert [c.name for c in restored.clients.all()] == ["Åsa Öberg"]
        assert paid.client_id is None and paid.buyer.name == "Rut Raderas"
        assert restored.invoice(1001).client_id == kept_client
        # No number is given twice: the credited package is invoiced again as 1004.
        again = restored.issue_invoice(kept_client, package_id=kept_package).invoice
        assert again.number == 1004
        assert restored.audit.verify_chain().intact
        restore_entry = [e for e in restored.audit.entries() if e.action == "restore"][-1]
        assert "invoices_carried=2 payments_carried=1" in restore_entry.detail
    finally:
        reopened.lock()
    assert result.invoices_carried == [1002, 1003]
    assert result.payments_carried == 1
    assert result.erasures_reapplied == [gone_client]
    assert result.notices == ()
    assert "2 invoice(s) or credit note(s) and 1 payment(s)" in restore_mod.describe(result)


def test_a_carried_invoice_of_a_client_the_backup_lacks_keeps_its_buyer_without_a_link(
    vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    journal = vault.journal
    set_up_practice(journal)
    old_client, old_package = client_with_package(journal)
    journal.issue_invoice(old_client, package_id=old_package)
    record = create_backup(vault, tmp_path / "b.journalbackup")
    new_client, new_package = client_with_package(journal, name="Nils Ny")
    journal.issue_invoice(new_client, package_id=new_package)
    clock.advance(dt.timedelta(days=365))  # paid the next year: kept a year longer
    journal.mark_paid(1001, journal.today())  # a later payment of an invoice the backup has
    keep_until = journal.invoice(1001).keep_until
    vault.lock()

    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert (result.invoices_carried, result.payments_carried) == ([1002], 1)
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        restored = reopened.journal
        carried = restored.invoice(1002)
        assert (carried.client_id, carried.package_id) == (None, None)
        assert carried.buyer.name == "Nils Ny" and carried.lines
        first = restored.invoice(1001)
        assert (first.client_id, first.package_id) == (old_client, old_package)
        assert restored.invoice_status(first) is InvoiceStatus.PAID
        assert first.keep_until == keep_until == dt.date(2034, 12, 31)
        assert restored.repos.invoices.next_number(1001) == 1003
    finally:
        reopened.lock()


def test_restore_without_the_vault_says_later_invoices_are_missing_and_where_the_series_goes(
    vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    journal = vault.journal
    set_up_practice(journal)
    client, package = client_with_package(journal)
    journal.issue_invoice(client, package_id=package)
    record = create_backup(vault, tmp_path / "b.journalbackup")
    journal.credit_invoice(1001)  # 1002, in the vault only
    vault.lock()

    result = restore_backup(record.path, tmp_path / "new machine", PASSPHRASE, clock=clock)
    assert result.invoices_carried == []
    assert [(n.code, n.fields["next"]) for n in result.notices] == [
        ("restore.invoices_not_carried", 1002)]
    assert "goes on from number 1002" in restore_mod.describe(result)
    assert "fortsätter från nummer 1002" in result.notices[0].render(SWEDISH)
    reopened = Vault.unlock(tmp_path / "new machine", PASSPHRASE, clock=clock)
    try:
        assert [i.number for i in reopened.journal.invoices()] == [1001]
    finally:
        reopened.lock()


def test_restore_over_the_same_vault_gives_no_invoice_notice_before_invoicing(
    vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    replaced = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert replaced.notices == ()
    elsewhere = restore_backup(record.path, tmp_path / "other", PASSPHRASE, clock=clock)
    assert [n.code for n in elsewhere.notices] == ["restore.invoices_not_carried_unstarted"]


def test_a_number_the_backup_gives_to_another_invoice_is_left_out_and_named(
    vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    """Two copies of one vault that went apart (a backup restored elsewhere without this
    vault, then invoiced there): the same number on two documents. The restore keeps the
    backup's and names the other, which stays in the before-restore folder."""
    journal = vault.journal
    set_up_practice(journal)
    client, package = client_with_package(journal)
    journal.issue_invoice(client, package_id=package)
    first = create_backup(vault, tmp_path / "first.journalbackup")
    journal.credit_invoice(1001)  # 1002 here
    vault.lock()
    restore_backup(first.path, tmp_path / "fork", PASSPHRASE, clock=clock)
    fork = Vault.unlock(tmp_path / "fork", PASSPHRASE, clock=clock)
    try:
        other_client, other_package = client_with_package(fork.journal, name="Nils Ny")
        assert fork.journal.issue_invoice(other_client,
                                          package_id=other_package).invoice.number == 1002
        forked = create_backup(fork, tmp_path / "fork.journalbackup")
    finally:
        fork.lock()

    result = restore_backup(forked.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.invoices_carried == []
    assert [(n.code, n.fields["numbers"]) for n in result.notices] == [
        ("restore.invoices_left_out", "1002")]
    assert str(result.previous) in str(result.notices[0])
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        assert reopened.journal.invoice(1002).buyer.name == "Nils Ny"
        assert reopened.journal.repos.invoices.next_number(1001) == 1003
    finally:
        reopened.lock()
