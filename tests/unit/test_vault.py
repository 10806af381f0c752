"""The vault: create, unlock, wrong passphrase, damage, re-keying, plaintext on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from journal_app.core.backup.verify import verify_read_only
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import (
    VaultDamaged,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from journal_app.core.keys.kdf import KdfPolicy, calibrate
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot

MARKER = "Kanariefågel-7Q3 ångest"


def test_short_passphrase_refused_with_reason(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase, match="at least 12"):
        Vault.create(vault_dir, "kort-ord", kdf_policy=FAST_KDF)
    assert not vault_dir.exists()


def test_create_refuses_to_overwrite(vault: Vault, vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF)
    assert snapshot(vault_dir) == before


def test_unlock_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE)


def test_wrong_passphrase_changes_no_byte(vault: Vault, vault_dir: Path) -> None:
    vault.journal.clients.add("Anna Andersson")
    vault.lock()
    before = snapshot(vault_dir)
    for attempt in range(5):
        with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
            Vault.unlock(vault_dir, f"not the passphrase {attempt}")
    # Only the failed-attempt counter beside the vault changed (core/keys/attempts.py).
    after = snapshot(vault_dir)
    assert json.loads(after.pop("unlock-attempts.json"))["count"] == 5
    assert after == before
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    assert reopened.failed_attempts is not None and reopened.failed_attempts.count == 5
    assert [c.name for c in reopened.journal.clients.all()] == ["Anna Andersson"]
    reopened.lock()


def test_header_holds_kdf_parameters_and_no_plain_key(vault: Vault, vault_dir: Path) -> None:
    header = json.loads((vault_dir / "vault.json").read_text())
    assert header["kdf"]["algorithm"] == "argon2id"
    assert header["kdf"]["memory_kib"] == FAST_KDF.memory_kib
    assert vault.data_key.hex() not in (vault_dir / "vault.json").read_text()
    assert (vault_dir / "vault.json.bak").read_bytes() == (vault_dir / "vault.json").read_bytes()


def test_production_policy_floor_and_calibration() -> None:
    policy = KdfPolicy.production()
    assert policy.memory_kib >= 256 * 1024 and policy.parallelism == 4
    assert policy.min_time_cost >= 3
    # A machine that derives in 0.1 s gets about ten times the floor; a slow one keeps it.
    ticks = iter([0.0, 0.1])
    fast_machine = calibrate(
        KdfPolicy(64, 1, 3, 1.0), timer=lambda: next(ticks)
    )
    assert fast_machine.time_cost == 30
    ticks_slow = iter([0.0, 5.0])
    slow_machine = calibrate(KdfPolicy(64, 1, 3, 1.0), timer=lambda: next(ticks_slow))
    assert slow_machine.time_cost == 3


def test_change_passphrase_rewraps_without_touching_the_database(
    vault: Vault, vault_dir: Path
) -> None:
    vault.journal.clients.add("Bertil Berg")
    vault.lock()
    db_before = (vault_dir / "journal.db").read_bytes()
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    # Unlocking appends to the access log; measure the database after that.
    db_before = (vault_dir / "journal.db").read_bytes()
    opened.change_passphrase("a brand new passphrase", kdf_policy=FAST_KDF)
    assert (vault_dir / "journal.db").read_bytes() != b""
    header_db = (vault_dir / "journal.db").read_bytes()
    # Only the access-log entry for the change was written to the database; pages of notes
    # are untouched, so the size is the same.
    assert len(header_db) == len(db_before)
    opened.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    again = Vault.unlock(vault_dir, "a brand new passphrase")
    assert again.journal.clients.all()[0].name == "Bertil Berg"
    again.lock()


def test_recovery_key_unlocks_resets_and_is_replaceable(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF)
    vault.lock()
    assert len(recovery.replace("-", "")) == 32
    opened = Vault.unlock_with_recovery(vault_dir, recovery.lower().replace("-", " "))
    opened.change_passphrase("forgotten and replaced", kdf_policy=FAST_KDF)
    new_recovery = opened.replace_recovery_key()
    opened.lock()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Vault.unlock_with_recovery(vault_dir, recovery)
    Vault.unlock_with_recovery(vault_dir, new_recovery).lock()
    Vault.unlock(vault_dir, "forgotten and replaced").lock()


@pytest.mark.parametrize("name", ["vault.json", "vault.json.bak"])
def test_one_damaged_header_copy_is_survivable(vault: Vault, vault_dir: Path, name: str) -> None:
    vault.lock()
    path = vault_dir / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    before = snapshot(vault_dir)
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    report = verify_read_only(opened.folder, opened.data_key)
    opened.lock()
    assert not report.sound
    assert any(name in p for p in report.problems)
    assert snapshot(vault_dir)[name] == before[name]  # never overwritten


def test_both_headers_damaged_names_the_file(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    for name in ("vault.json", "vault.json.bak"):
        (vault_dir / name).write_bytes(b"\x00garbage")
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match=r"vault\.json"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign"])
def test_damaged_database_is_told_apart(vault: Vault, vault_dir: Path, damage: str) -> None:
    vault.journal.clients.add("Cecilia Carlsson")
    vault.lock()
    db = vault_dir / "journal.db"
    data = bytearray(db.read_bytes())
    if damage == "truncate":
        data = data[:100]
    elif damage == "flip":
        data[50] ^= 0xFF  # inside page 1: its HMAC fails
    else:
        data = bytearray(b"SQLite format 3\x00" + bytes(4080))
    db.write_bytes(bytes(data))
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match=r"journal\.db") as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "Wrong" not in str(info.value)
    assert snapshot(vault_dir) == before


def test_damage_deep_in_the_file_is_found_by_verify(vault: Vault, vault_dir: Path) -> None:
    for i in range(300):
        vault.journal.clients.add(f"Klient {i}", free_text="x" * 500)
    vault.lock()
    db = vault_dir / "journal.db"
    data = bytearray(db.read_bytes())
    data[4096 * 20 + 200] ^= 0x01
    db.write_bytes(bytes(data))
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        report = verify_read_only(opened.folder, opened.data_key)
    finally:
        opened.db.close()
    assert not report.sound
    assert any("HMAC" in p for p in report.problems)


def test_no_plaintext_in_any_vault_file(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    journal = vault.journal
    client = journal.clients.add(f"{MARKER} klient", email="kanarie@example.se")
    package = journal.packages.add(client.id, name="Paket", sessions_total=2,
                                   purchased="2026-01-10")
    session = journal.packages.add_session(package.id, "2026-01-12T10:00", "held")
    journal.notes.save_draft(session.id, f"Anteckning med {MARKER} i sig")
    journal.sign_note(session.id)
    # The control: the same marker in a file we write in plain text is found by the scan.
    control = tmp_path / "control.txt"
    control.write_text(f"export: {MARKER}", encoding="utf-8")
    vault.lock()
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), b"kanarie@example.se"]
    assert any(n in control.read_bytes() for n in needles)
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
    # vault.lock: empty, scanned too; erasures.json: the anchor, from the vault's first day
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "erasures.json", "journal.db", "vault.json", "vault.json.bak", "vault.lock"
    ]


def test_files_are_private(vault: Vault, vault_dir: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    for name in ("journal.db", "vault.json", "vault.json.bak"):
        assert (vault_dir / name).stat().st_mode & 0o077 == 0


def test_unlock_does_not_depend_on_size(vault: Vault, vault_dir: Path, clock: ManualClock) -> None:
    vault.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    assert reopened.journal.audit.entries()[0].action == "unlock"
    reopened.lock()
