"""The own spelling dictionary in the interchange file: exported exactly as stored and imported
back the same, merged into a vault that already has words (none lost); a bad word refuses the
whole file, naming where it is, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from support import FAST_KDF, PASSPHRASE

WORDS = ["Anna-Lena", "KBT-terapeut", "ÅSA", "åsa", "Ödmjukhetsövning"]


def _other(tmp_path: Path, clock: ManualClock) -> Vault:
    created, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return created


def test_the_words_round_trip_exactly(vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    for word in WORDS:
        vault.journal.add_own_word(word)
    document = export_document(vault.journal)
    assert sorted(document["dictionary"]["words"]) == sorted(WORDS)
    other = _other(tmp_path, clock)
    try:
        import_document(other.journal, json.loads(json.dumps(document)))
        assert export_document(other.journal)["dictionary"] == document["dictionary"]
        assert other.journal.own_words() == vault.journal.own_words()
    finally:
        other.lock()


def test_an_import_merges_with_the_words_the_vault_has(vault: Vault) -> None:
    vault.journal.add_own_word("Redan")
    import_document(vault.journal, {"format": "journal-app/1", "clients": [],
                                    "dictionary": {"words": ["Redan", "Ny"]}})
    assert vault.journal.own_words() == ["Ny", "Redan"]


@pytest.mark.parametrize(("words", "where"), [
    (["bra", "två ord"], "dictionary.words[1]"),
    (["bra", 7], "dictionary.words[1]"),
    (["", "bra"], "dictionary.words[0]"),
    (["samma", "samma"], "dictionary.words[1]"),
    (["x" * 101], "dictionary.words[0]"),
])
def test_a_bad_word_refuses_the_file_naming_it(vault: Vault, words: list[Any], where: str) -> None:
    document = {"format": "journal-app/1", "clients": [
        {"name": "Ska Inte In", "packages": []}], "dictionary": {"words": words}}
    with pytest.raises(InvalidInput) as refused:
        import_document(vault.journal, document)
    assert where in str(refused.value.message)
    assert vault.journal.own_words() == [] and vault.journal.client_list() == []


def test_a_file_without_a_dictionary_imports_no_words(vault: Vault) -> None:
    import_document(vault.journal, {"format": "journal-app/1", "clients": []})
    assert vault.journal.own_words() == []


def test_a_word_linked_to_a_client_keeps_its_link_through_the_file(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    client = vault.journal.clients.add("Zlatan Kvarnström")
    vault.journal.add_own_word("Kvarnström", client.id)
    vault.journal.add_own_word("KBT")
    document = export_document(vault.journal)
    assert document["dictionary"]["linked"] == {"Kvarnström": client.id}
    other = _other(tmp_path, clock)
    try:
        import_document(other.journal, json.loads(json.dumps(document)))
        assert other.journal.own_words_linked() == {"Kvarnström": client.id}
        other.journal.erase_client(client.id)  # the word still goes with the client
        assert other.journal.own_words() == ["KBT"]
    finally:
        other.lock()


@pytest.mark.parametrize("linked", [{"Ord": "nobody"}, {"Saknas": "c1"}, {"Ord": 7}, ["Ord"]])
def test_a_link_to_no_client_of_the_file_refuses_it(vault: Vault, linked: Any) -> None:
    document = {"format": "journal-app/1", "clients": [
        {"id": "c1", "name": "Ska Inte In", "packages": []}],
        "dictionary": {"words": ["Ord"], "linked": linked}}
    with pytest.raises(InvalidInput) as refused:
        import_document(vault.journal, document)
    assert "dictionary.linked" in str(refused.value.message)
    assert vault.journal.own_words() == [] and vault.journal.client_list() == []
