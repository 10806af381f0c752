"""The erase decision, made once in the core: whether a client's notes go now, under which
policy, with what reason, what goes and what stays, and any refusal. It travels with a
completed package's event, with each erase still due at unlock, and answers a request."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from forensic import add_marked_client
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import EraseDecision, EraseReason, RetentionPolicy
from journal_app.core.vault.vault import Vault

ERASE, PDL = RetentionPolicy.ERASE_ON_COMPLETION, RetentionPolicy.PDL


def test_a_completed_package_under_the_erase_policy_is_due(vault: Vault) -> None:
    client, event = add_marked_client(vault.journal, "Klar Klientsson", "klarord",
                                      price_ore=90000)
    assert event is not None
    decision = event.decision
    assert isinstance(decision, EraseDecision)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.due = False  # type: ignore[misc]
    assert (decision.client_id, decision.client_name) == (client.id, "Klar Klientsson")
    assert decision.policy is ERASE and decision.due and decision.allowed
    assert decision.reason is EraseReason.PACKAGE_COMPLETED and decision.completed_only
    assert decision.notes == 3 and decision.whole_client  # its one package: the client goes
    assert decision.billing_records_kept == 1 and decision.receipt_kept
    assert decision.refusal is None and not decision.postponed
    # The erase it offers removes what it said, with the reason it said.
    receipt = vault.journal.erase_client(client.id, completed_only=True).receipt
    assert receipt.notes_count == decision.notes and receipt.reason.startswith(decision.reason)
    assert receipt.whole_client == decision.whole_client
    assert receipt.billing_records == decision.billing_records_kept


def test_only_the_completed_packages_go_and_a_free_one_keeps_no_record(vault: Vault) -> None:
    journal = vault.journal
    client, event = add_marked_client(journal, "Två Paketsson", "tvaord", notes=2)
    running = journal.packages.add(client.id, name="Nytt", sessions_total=4,
                                   purchased="2026-02-20", price_ore=50000)
    session = journal.packages.add_session(running.id, "2026-03-01T10:00", "held")
    journal.notes.save_draft(session.id, "pagaende")
    assert event is not None and event.decision.billing_records_kept == 0  # a free package
    decision = journal.erase_decision(client.id, completed_only=True)
    assert decision.notes == 2 and not decision.whole_client
    assert decision.reason is EraseReason.PACKAGE_COMPLETED
    everything = journal.erase_decision(client.id)  # a request: every package goes
    assert everything.notes == 3 and everything.whole_client and everything.due
    assert everything.reason is EraseReason.CLIENT_REQUEST  # a package is still running
    assert everything.billing_records_kept == 1


def test_under_pdl_a_completion_is_not_due_and_the_erase_is_refused(vault: Vault) -> None:
    vault.journal.change_policy(PDL)
    client, event = add_marked_client(vault.journal, "Pdl Patientsson", "pdlbeslut")
    assert event is not None
    decision = event.decision
    assert decision.policy is PDL and not decision.due and not decision.allowed
    assert decision.refusal is not None and decision.refusal.code == "retention.pdl_keep"
    assert "2036-03-02" in str(decision.refusal)  # ten years after the last entry
    assert not decision.receipt_kept
    request = vault.journal.erase_decision(client.id)
    assert request.refusal == decision.refusal and request.due
    assert request.reason is EraseReason.PDL_RETENTION_ENDED  # what it would say, once over


def test_notes_written_under_pdl_are_refused_under_the_erase_policy_too(vault: Vault) -> None:
    vault.journal.change_policy(PDL)
    client, _ = add_marked_client(vault.journal, "Kvar Pdlsson", "kvarpdl")
    vault.journal.change_policy(ERASE)
    decision = vault.journal.erase_decision(client.id)
    assert decision.policy is ERASE and decision.due
    assert decision.refusal is not None and decision.refusal.code == "retention.pdl_written_keep"


def test_a_client_without_notes_under_pdl_may_go(vault: Vault) -> None:
    journal = vault.journal
    journal.change_policy(PDL)
    client = journal.clients.add("Utan Anteckningsson")
    journal.packages.add(client.id, name="Paket", sessions_total=3, purchased="2026-02-01")
    decision = journal.erase_decision(client.id)
    assert decision.allowed and decision.refusal is None and decision.receipt_kept
    assert decision.reason is EraseReason.NO_JOURNAL_ENTRIES  # nothing had to be kept
    assert decision.notes == 0 and decision.whole_client
    receipt = journal.erase_client(client.id).receipt
    assert receipt.reason == EraseReason.NO_JOURNAL_ENTRIES.value


def test_pdl_allows_the_erase_once_the_ten_years_are_over(
        vault: Vault, clock: ManualClock) -> None:
    vault.journal.change_policy(PDL)
    client, _ = add_marked_client(vault.journal, "Tio Årsson", "tioarbeslut")
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=dt.UTC))
    decision = vault.journal.erase_decision(client.id)
    assert decision.allowed and decision.reason is EraseReason.PDL_RETENTION_ENDED


def test_a_postponed_erase_is_due_again_and_says_so(vault: Vault) -> None:
    journal = vault.journal
    later, event = add_marked_client(journal, "Senare Klientsson", "senarebeslut")
    unanswered, _ = add_marked_client(journal, "Obesvarad Beslutsson", "obesvarbeslut")
    assert event is not None
    journal.postpone_erase(event.package_id)
    due = {e.client_id: e for e in journal.due_erasures()}
    assert set(due) == {later.id, unanswered.id}
    assert due[later.id] == event  # the same package's event...
    assert due[later.id].decision.postponed  # ...now postponed
    assert not due[unanswered.id].decision.postponed
    for item in due.values():
        assert item.decision.due and item.decision.allowed and item.decision.notes == 3
        assert item.decision.reason is EraseReason.PACKAGE_COMPLETED
    journal.change_policy(PDL)
    assert journal.due_erasures() == ()  # PDL: nothing is offered on completion
