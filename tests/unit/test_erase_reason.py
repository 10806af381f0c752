"""The reason an erase receipt gives must be true: under the PDL policy a client without a single
journal entry is erased because nothing was kept, not because a retention period ended."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.retention.erasure import EraseReason, parse_reason
from journal_app.core.retention.policy import change_policy
from journal_app.core.vault.vault import Vault
from journal_app.export.labels import LANGUAGES, labels_for


def test_pdl_erase_of_a_client_without_notes_does_not_claim_retention_ended(vault: Vault) -> None:
    journal = vault.journal
    change_policy(journal.repos, RetentionPolicy.PDL)
    client = journal.clients.add("Utan Anteckningar")
    package = journal.packages.add(client.id, name="Paket", sessions_total=2,
                                   purchased="2026-01-10")
    journal.packages.add_session(package.id, "2026-01-12T10:00", SessionStatus.HELD)

    receipt = journal.erase_client(client.id).receipt

    assert receipt.notes_count == 0
    assert receipt.reason != EraseReason.PDL_RETENTION_ENDED.value
    assert receipt.reason == EraseReason.NO_JOURNAL_ENTRIES.value
    (stored,) = vault.journal.erasure_receipts(client_id=client.id)
    assert stored.reason == "no_journal_entries"
    assert parse_reason(stored.reason)[0] is EraseReason.NO_JOURNAL_ENTRIES  # backups replay it


def test_pdl_erase_after_the_ten_years_still_says_retention_ended(
    vault: Vault, clock: ManualClock
) -> None:
    journal = vault.journal
    change_policy(journal.repos, RetentionPolicy.PDL)
    client = journal.clients.add("Tio År")
    package = journal.packages.add(client.id, name="Paket", sessions_total=1,
                                   purchased="2026-01-10")
    session = journal.packages.add_session(package.id, "2026-01-12T10:00", SessionStatus.HELD)
    journal.notes.save_draft(session.id, "en anteckning")
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=dt.UTC))

    receipt = journal.erase_client(client.id).receipt

    assert (receipt.reason, receipt.notes_count) == ("pdl_retention_ended", 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_erase_reason_has_words_in_every_language(language: str) -> None:
    labels = labels_for(language)
    for reason in EraseReason:
        assert labels.reason_name(reason.value) != reason.value, (language, reason)
    assert labels.reason_name("no_journal_entries") == {
        "sv": "Det fanns inga journalanteckningar att bevara",
        "en": "There were no journal entries to keep",
    }[language]
