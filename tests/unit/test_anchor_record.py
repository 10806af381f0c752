"""The anchor in erasures.json: written from a vault's first day, format 1 (before the anchor
carried the erasure generation) still read, and no false alarm where a restore or an older app
left receipts in the record that the database lacks."""

from __future__ import annotations

import json
from pathlib import Path

from backup_cases import two_clients
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.retention import erasure_record as record
from journal_app.core.retention import rollback
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE


def _document(folder: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((folder / "erasures.json").read_text())
    return data


def test_every_new_vault_has_its_anchor(vault: Vault) -> None:
    document = _document(vault.folder)
    assert document["format"] == 2 and document["generation"] == 0
    assert document["receipts"] == [] and document["log_anchor"] is None  # no entry yet
    assert vault.journal.settings.get_raw(rollback.ANCHOR_KEPT) == "1"
    vault.lock()
    assert _document(vault.folder)["log_anchor"] is not None  # the LOCK entry


def test_the_anchor_follows_exports_erases_and_backups(vault: Vault, tmp_path: Path) -> None:
    before = _document(vault.folder)["log_anchor"]
    _vault, _kept, gone = two_clients(vault)
    assert _document(vault.folder)["log_anchor"] == before  # ordinary writes: not yet
    vault.journal.erase_client(gone.id)
    after_erase = _document(vault.folder)
    assert after_erase["generation"] == 1
    assert after_erase["log_anchor"] == {"seq": vault.journal.access_log(limit=1)[0].seq,
                                         "hash": vault.journal.access_log(limit=1)[0].hash}
    create_backup(vault, tmp_path)
    assert _document(vault.folder)["log_anchor"]["seq"] == \
        vault.journal.access_log(limit=1)[0].seq  # type: ignore[index]


def _write_format_1(folder: Path, key: bytes, sidecar: record.Sidecar) -> None:
    """erasures.json as the previous version wrote it."""
    old = record.Sidecar(sidecar.vault_id, [record.Receipt(r.client_id, r.erased_at, r.policy,
                                                           r.reason) for r in sidecar.receipts],
                         sidecar.log_anchor, None, format=1)
    body = record._body(old)
    document = json.loads(body)
    assert "generation" not in document and "notes_count" not in document["receipts"][0]
    document["mac"] = record._mac(key, body).finalize().hex()
    (folder / "erasures.json").write_text(json.dumps(document))


def test_a_format_1_record_is_read_and_replaced(vault: Vault) -> None:
    _vault, _kept, gone = two_clients(vault)
    vault.journal.erase_client(gone.id)
    key = vault.data_key
    vault.lock()
    current = record.read_sidecar(vault.folder, key)
    assert current is not None
    _write_format_1(vault.folder, key, current)
    old = record.read_sidecar(vault.folder, key)
    assert old is not None and old.format == 1 and old.generation is None
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    opened.lock()
    assert opened.notices == []
    document = _document(vault.folder)
    assert document["format"] == 2 and document["generation"] == 1
    assert document["receipts"][0]["notes_count"] == 3  # type: ignore[index]


def test_a_restore_leaves_no_false_alarm(vault: Vault, tmp_path: Path,
                                         clock: ManualClock) -> None:
    """A client created after the backup and erased before the restore: the restored database
    never held it, yet it gets the receipt back, so it is not "older than its record"."""
    record_made = create_backup(vault, tmp_path / "b.journalbackup")
    _vault, _kept, gone = two_clients(vault)
    vault.journal.erase_client(gone.id)
    vault.lock()
    result = restore_backup(record_made.path, vault.folder, PASSPHRASE, overwrite=True,
                            clock=clock)
    assert result.erasures_reapplied == []  # the backup never held the client
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert opened.notices == []
        receipts = opened.journal.erasure_receipts(client_id=gone.id)
        assert len(receipts) == 1 and receipts[0].notes_count == 3
    finally:
        opened.lock()


def test_a_database_missing_receipts_is_older_even_with_its_log_intact(vault: Vault) -> None:
    """The erasure generation: receipts cut from the database while the log still holds the
    anchored entry (only the key holder can) are found and put back."""
    _vault, _kept, gone = two_clients(vault)
    vault.journal.erase_client(gone.id)
    vault.lock()
    control = Vault.unlock(vault.folder, PASSPHRASE)
    assert control.notices == []  # the control: untouched, nothing to say
    with control.db.write() as conn:
        conn.execute("DELETE FROM erasure_receipts")
    control.journal.audit.append(rollback.Action.LOCK)  # the log moves on; the anchor holds
    control._close()
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert len(opened.notices) == 1 and "older than the vault's record" in str(
            opened.notices[0])
        assert len(opened.journal.erasure_receipts(client_id=gone.id)) == 1
    finally:
        opened.lock()
