"""The access log across a restore, and what `verify` checks and leaves alone: entries written
after the backup are carried over into the restored log with the chain intact; a log cut at
its end is found through the anchor in erasures.json; verify writes nothing, sound or
damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backup_cases import TwoClients, cli, damage_page_one, two_clients
from journal_app.core.backup.backup import carry_erasures, create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE, snapshot


@pytest.fixture
def two(vault: Vault) -> TwoClients:
    return two_clients(vault)


def test_restore_carries_later_log_entries_over(
    two: TwoClients, tmp_path: Path, clock: ManualClock
) -> None:
    vault, kept, _gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.open_client(kept.id)
    vault.lock()
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.log_entries_carried >= 3  # backup, open_journal, lock
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        carried = [e for e in reopened.journal.audit.entries()
                   if "carried over from before restore" in e.detail]
        assert "open_journal" in [e.action for e in carried]
        assert any(e.client_id == kept.id for e in carried)
        assert reopened.journal.audit.verify_chain().intact
    finally:
        reopened.lock()


def test_verify_finds_a_cut_log_tail(
    two: TwoClients, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault, _kept, gone = two
    vault.journal.erase_client(gone.id)
    carry_erasures(vault)  # writes the sidecar and its log anchor
    vault.lock()
    folder = str(vault.folder)
    assert cli(monkeypatch, capsys, ["--vault", folder, "verify"])[0] == 0  # control
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    anchor = json.loads((vault.folder / "erasures.json").read_text())["log_anchor"]["seq"]
    with opened.db.write() as conn:
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchor - 1,))
    opened.db.close()  # no LOCK entry: the log now ends before the anchor
    code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, "verify"])
    assert code == 1 and "access log" in err and "removed" in err


def test_verify_writes_nothing(
    two: TwoClients, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = two[0]
    vault.lock()
    before = snapshot(vault.folder)
    code, out, _err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "verify"])
    assert code == 0 and "chain intact" in out
    assert snapshot(vault.folder) == before
    damage_page_one(vault.folder)
    damaged = snapshot(vault.folder)
    code, _out, err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "verify"])
    assert code == 1 and "DAMAGED" in err
    assert snapshot(vault.folder) == damaged
