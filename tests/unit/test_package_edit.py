"""Correcting a running package (a mistyped size, name, date or price) and removing one added by
mistake: what may change, what may not, what the log says, and when a smaller size completes."""

from __future__ import annotations

import pytest

from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault


def _client_with_package(vault: Vault, total: int = 5) -> tuple[str, str]:
    journal = vault.journal
    client = journal.clients.add("Petra Paketsson")
    package = journal.packages.add(client.id, name="5-samtalspaket", sessions_total=total,
                                   purchased="2026-01-10", price_ore=450_000)
    return client.id, package.id


def _held_signed(vault: Vault, package_id: str, start: str) -> str:
    session = vault.journal.packages.add_session(package_id, start, SessionStatus.HELD)
    vault.journal.notes.save_draft(session.id, "Samtalets innehåll\nHemligt ord rättelse.\n")
    vault.journal.sign_note(session.id)
    return session.id


def _log(vault: Vault, action: Action) -> list[str]:
    return [e.detail for e in vault.journal.audit.entries() if e.action == action]


def test_a_running_package_is_corrected_and_the_log_names_fields_not_values(vault: Vault) -> None:
    _client, package_id = _client_with_package(vault)
    change = vault.journal.update_package(package_id, name="Åtta samtal", sessions_total=8,
                                          purchased="2026-01-11", price_ore=None)
    assert (change.package.name, change.package.sessions_total, str(change.package.purchased),
            change.package.price_ore) == ("Åtta samtal", 8, "2026-01-11", None)
    assert change.completed is None
    (detail,) = _log(vault, Action.PACKAGE_CHANGED)
    assert detail == (f"package={package_id} name, sessions_total 5->8,"
                      " purchased 2026-01-10->2026-01-11, price 4500.00->none")
    assert "Åtta" not in detail and "5-samtal" not in detail  # the free-text name: never


def test_an_unchanged_package_writes_nothing_to_the_log(vault: Vault) -> None:
    _client, package_id = _client_with_package(vault)
    package = vault.journal.packages.get(package_id)
    vault.journal.update_package(package_id, name=package.name, sessions_total=5,
                                 purchased=package.purchased, price_ore=package.price_ore)
    assert _log(vault, Action.PACKAGE_CHANGED) == []


@pytest.mark.parametrize("total", [0, -1, 1001, True])
def test_a_size_out_of_range_changes_nothing(vault: Vault, total: int) -> None:
    _client, package_id = _client_with_package(vault)
    before = vault.journal.packages.get(package_id)
    with pytest.raises(InvalidInput):
        vault.journal.update_package(package_id, name="x", sessions_total=total,
                                     purchased="2026-01-10", price_ore=None)
    assert vault.journal.packages.get(package_id) == before
    assert _log(vault, Action.PACKAGE_CHANGED) == []


def test_it_cannot_hold_fewer_than_are_held_or_planned(vault: Vault) -> None:
    _client, package_id = _client_with_package(vault)
    _held_signed(vault, package_id, "2026-01-12T10:00")
    vault.journal.packages.add_session(package_id, "2026-01-19T10:00", SessionStatus.PLANNED)
    vault.journal.packages.add_session(package_id, "2026-01-26T10:00", SessionStatus.CANCELLED)
    with pytest.raises(InvalidInput, match="already has 2 session"):
        vault.journal.update_package(package_id, name="x", sessions_total=1,
                                     purchased="2026-01-10", price_ore=None)
    assert vault.journal.packages.get(package_id).sessions_total == 5
    change = vault.journal.update_package(package_id, name="x", sessions_total=2,
                                          purchased="2026-01-10", price_ore=None)
    assert change.package.sessions_total == 2 and change.completed is None  # one is planned


def test_a_smaller_size_that_is_all_held_and_signed_completes_the_package(vault: Vault) -> None:
    client_id, package_id = _client_with_package(vault)
    _held_signed(vault, package_id, "2026-01-12T10:00")
    _held_signed(vault, package_id, "2026-01-19T10:00")
    change = vault.journal.update_package(package_id, name="Två samtal", sessions_total=2,
                                          purchased="2026-01-10", price_ore=450_000)
    assert change.completed is not None
    assert (change.completed.package_id, change.completed.client_id) == (package_id, client_id)
    assert change.package.completed
    with pytest.raises(InvalidInput, match="completed; it can no longer change"):
        vault.journal.update_package(package_id, name="Tre", sessions_total=3,
                                     purchased="2026-01-10", price_ore=None)


def test_an_unsigned_note_keeps_a_smaller_package_open(vault: Vault) -> None:
    _client, package_id = _client_with_package(vault)
    session = vault.journal.packages.add_session(package_id, "2026-01-12T10:00",
                                                 SessionStatus.HELD)
    vault.journal.notes.save_draft(session.id, "utkast")
    change = vault.journal.update_package(package_id, name="Ett", sessions_total=1,
                                          purchased="2026-01-10", price_ore=None)
    assert change.completed is None and not change.package.completed


def test_only_a_package_without_sessions_can_be_removed(vault: Vault) -> None:
    client_id, package_id = _client_with_package(vault)
    other = vault.journal.packages.add(client_id, name="Av misstag", sessions_total=3,
                                       purchased="2026-01-10").id
    vault.journal.packages.add_session(package_id, "2026-01-19T10:00", SessionStatus.PLANNED)
    with pytest.raises(InvalidInput, match="without sessions"):
        vault.journal.packages.remove(package_id)
    vault.journal.packages.remove(other)
    assert [p.id for p in vault.journal.packages.for_client(client_id)] == [package_id]
    assert _log(vault, Action.PACKAGE_REMOVED) == [
        f"package={other} sessions_total=3 purchased=2026-01-10 price=none"]


def test_a_purchase_date_in_the_future_is_refused(vault: Vault) -> None:
    client_id, package_id = _client_with_package(vault)  # the clock says 2026-03-02
    with pytest.raises(InvalidInput, match="2999-01-01 is in the future"):
        vault.journal.update_package(package_id, name="x", sessions_total=5,
                                     purchased="2999-01-01", price_ore=None)
    with pytest.raises(InvalidInput, match="in the future"):
        vault.journal.packages.add(client_id, name="y", sessions_total=2, purchased="2026-03-10")
    vault.journal.packages.add(client_id, name="today", sessions_total=2, purchased="2026-03-02")
    assert str(vault.journal.packages.get(package_id).purchased) == "2026-01-10"
