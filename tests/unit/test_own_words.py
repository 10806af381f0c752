"""The practitioner's own spelling dictionary in the vault: a word is stored exactly as added
or refused naming the field, adding it twice changes nothing, the change record says so, and
the words are inside the encrypted database (they survive a lock, a backup and a restore, and
no byte of them is readable in any file of the vault folder or the backup)."""

from __future__ import annotations

from pathlib import Path

import pytest

from forensic import needle_forms, scan
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.backup_file import copy_database_out, read_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE

WORD = "Kanarieordet7q"  # a client's unusual name, as a practitioner would add it


def test_an_added_word_is_stored_as_written_and_reported(vault: Vault) -> None:
    change = vault.journal.add_own_word("Anna-Lena")
    assert change.kind is ChangeKind.OWN_WORD_ADDED and change.added
    assert change.stored == "Anna-Lena" and not change.affects_lists
    vault.journal.add_own_word("anna-lena")  # another spelling: kept apart, never folded
    assert sorted(vault.journal.own_words()) == ["Anna-Lena", "anna-lena"]


def test_adding_a_word_twice_changes_nothing(vault: Vault) -> None:
    vault.journal.add_own_word("Ödmjukhetsövning")
    again = vault.journal.add_own_word("Ödmjukhetsövning")
    assert not again.added
    assert vault.journal.own_words() == ["Ödmjukhetsövning"]


@pytest.mark.parametrize("bad", ["", "två ord", " Anna", "rad\nbrytning", "x" * 101, "tab\there"])
def test_what_is_not_one_word_is_refused_naming_the_field(vault: Vault, bad: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        vault.journal.add_own_word(bad)
    assert refused.value.field == "word"
    assert vault.journal.own_words() == []


def test_a_word_can_be_removed_and_a_missing_one_is_refused(vault: Vault) -> None:
    vault.journal.add_own_word("Tillfälligt")
    change = vault.journal.remove_own_word("Tillfälligt")
    assert change.kind is ChangeKind.OWN_WORD_REMOVED and vault.journal.own_words() == []
    with pytest.raises(NotFound):
        vault.journal.remove_own_word("Tillfälligt")


def test_the_words_survive_a_lock(vault: Vault) -> None:
    vault.journal.add_own_word(WORD)
    folder = vault.folder
    vault.lock()
    again = Vault.unlock(folder, PASSPHRASE)
    try:
        assert again.journal.own_words() == [WORD]
    finally:
        again.lock()


def test_the_words_survive_backup_and_restore_and_are_encrypted_in_both(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    vault.journal.add_own_word(WORD)
    record = create_backup(vault, tmp_path / "b.journalbackup")
    forms = needle_forms(WORD)
    for path in [record.path, *(p for p in vault.folder.rglob("*") if p.is_file())]:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path
    # Control: decrypted with the data key, the backup's database does hold the word.
    copy = tmp_path / "copy.db"
    copy_database_out(read_backup(record.path), copy)
    assert scan(copy, vault.data_key, [WORD]).has(WORD)
    assert scan(vault.folder / "journal.db", vault.data_key, [WORD]).has(WORD)
    restore_backup(record.path, tmp_path / "restored", PASSPHRASE, clock=clock)
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE, clock=clock)
    try:
        assert restored.journal.own_words() == [WORD]
    finally:
        restored.lock()


def test_a_word_added_about_a_client_leaves_no_trace_when_the_client_is_erased(
        vault: Vault) -> None:
    from forensic import add_marked_client
    from journal_app.core.vault.vault import DB_NAME

    journal = vault.journal
    gone, _ = add_marked_client(journal, "Ordlista Raderasson", "ordgone")
    kept, _ = add_marked_client(journal, "Ordlista Behallsson", "ordkept")
    journal.add_own_word("Raderassonska7", gone.id)  # the client's name, from their note
    journal.add_own_word("Behallssonska7", kept.id)
    journal.add_own_word("Terapiordet7")  # added with no client open: the practitioner's own
    assert journal.own_words_linked() == {"Raderassonska7": gone.id, "Behallssonska7": kept.id}
    db_file = Path(vault.folder) / DB_NAME
    needles = ["Raderassonska7", "Behallssonska7", "Terapiordet7"]
    assert all(scan(db_file, vault.data_key, needles).has(n) for n in needles)

    journal.erase_client(gone.id)

    assert journal.own_words() == ["Behallssonska7", "Terapiordet7"]
    after = scan(db_file, vault.data_key, needles)
    assert not after.has("Raderassonska7"), after.found
    assert after.has("Behallssonska7") and after.has("Terapiordet7")  # the controls


def test_a_word_linked_to_an_unknown_client_is_refused(vault: Vault) -> None:
    with pytest.raises(NotFound):
        vault.journal.add_own_word("Namnet", "no-such-client")
    assert vault.journal.own_words() == []
