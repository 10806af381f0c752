"""What an unlock has to say, gathered by one core call (Journal.unlock_notices): the failed
attempts, billing records past their keeping time (purged by the call, a write with its change
record), the days without a backup, the clients past PDL's ten years, and the erase prompts
still due, each with its decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from forensic import add_marked_client
from journal_app.core.backup.backup import create_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, UnlockNotices
from journal_app.core.journal.changes import ChangeKind, UnlockChange
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault

UTC = dt.UTC


def test_a_fresh_vault_has_nothing_to_say(vault: Vault) -> None:
    change = vault.journal.unlock_notices()
    assert isinstance(change, UnlockChange) and change.kind is ChangeKind.UNLOCK_NOTICES
    assert not change.affects_lists and change.stored is change.notices
    assert change.notices == UnlockNotices(failed_attempts=0, billing_purged=0,
                                           days_without_backup=None, pdl_expired=0,
                                           due_erasures=())


def test_it_says_everything_due_and_purges_the_expired_billing_records(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    paid, _ = add_marked_client(journal, "Faktura Gammalsson", "gammalfaktura",
                                price_ore=30000, purchased="2026-01-15")
    journal.erase_client(paid.id)
    waiting, event = add_marked_client(journal, "Vantar Beslutsson", "vantarbeslut")
    assert event is not None
    clock.set(dt.datetime(2034, 1, 2, tzinfo=UTC))  # the billing record's seven years are over
    change = journal.unlock_notices(failed_attempts=3)
    notices = change.notices
    assert notices.failed_attempts == 3
    assert notices.billing_purged == 1 and journal.billing_records() == []
    purges = [e.detail for e in journal.audit.entries(limit=5) if e.action == Action.ERASE]
    assert purges[0] == "billing_records_purged=1"
    # Never backed up: counted from the vault's first log entry, 2 March 2026 at 09:00.
    assert notices.days_without_backup == 2862
    assert notices.pdl_expired == 0  # erase policy, nothing written under PDL
    (due,) = notices.due_erasures
    assert due == event and due.client_id == waiting.id and due.decision.due
    # Purged once: the next unlock has nothing more to delete.
    assert journal.unlock_notices().notices.billing_purged == 0


def test_a_recent_backup_silences_the_reminder(vault: Vault, clock: ManualClock,
                                               tmp_path: Path) -> None:
    journal = vault.journal
    journal.clients.add("Första Klienten")
    clock.advance(dt.timedelta(days=8))
    assert journal.unlock_notices().notices.days_without_backup == 8
    create_backup(vault, tmp_path / "b.journalbackup")
    assert journal.unlock_notices().notices.days_without_backup is None


def test_pdl_clients_past_ten_years_are_counted(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    journal.change_policy(RetentionPolicy.PDL)
    add_marked_client(journal, "Tio Årsson", "tioarnotis")
    add_marked_client(journal, "Annan Årsson", "annanarnotis")
    assert journal.unlock_notices().notices.pdl_expired == 0
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=UTC))
    notices = journal.unlock_notices().notices
    assert notices.pdl_expired == 2
    assert notices.due_erasures == ()  # under PDL no completion prompt is raised again
