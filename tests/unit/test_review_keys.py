"""Security review findings 5, 6 and 15 (keys, header, lock): each test reproduces the attack or
fault the reviewer found and checks it no longer works."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import check_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import JournalError, VaultDamaged, WrongPassphrase
from journal_app.core.keys import header as header_mod
from journal_app.core.keys.kdf import KdfParams, KdfPolicy
from journal_app.core.vault import vault as vault_mod
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot

SRC = Path(__file__).resolve().parents[2] / "src"
NEW_PASSPHRASE = "a brand new passphrase 2026"


def _edit_header(path: Path, edit: Any) -> None:
    """What an attacker with write access can do: change fields, then recompute the (unkeyed)
    checksum so the file still looks sound."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.pop("checksum", None)
    edit(raw)
    raw["checksum"] = header_mod._checksum(raw)
    path.write_text(json.dumps(raw), encoding="utf-8")


def _downgrade(raw: dict[str, Any]) -> None:
    raw["kdf"].update(memory_kib=8, time_cost=1, parallelism=1)
    raw["wrapped_keys"]["passphrase"] = base64.b64encode(os.urandom(40)).decode("ascii")


def _new_created(raw: dict[str, Any]) -> None:
    raw["created"] = "2020-01-01T00:00:00Z"


# Finding 5: the header is authenticated ------------------------------------------------------


def test_downgraded_header_is_refused_after_recovery_unlock(tmp_path: Path) -> None:
    """The reviewer's attack: weak Argon2 parameters and a junk passphrase wrap in both copies;
    the recovery key still unwraps, but the MAC shows the header was altered."""
    folder = tmp_path / "v"
    created, recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    for name in ("vault.json", "vault.json.bak"):
        _edit_header(folder / name, _downgrade)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(VaultDamaged, match=r"vault\.json") as info:
        Vault.unlock_with_recovery(folder, recovery)
    assert info.value.path.name == "vault.json"
    assert "altered" in str(info.value)


def test_altered_primary_falls_back_to_the_verified_copy(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    created, _recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    good = (folder / "vault.json.bak").read_bytes()
    _edit_header(folder / "vault.json", _new_created)
    assert (folder / "vault.json").read_bytes() != good  # the control: the edit happened
    opened = Vault.unlock(folder, PASSPHRASE)
    assert opened.header.created != "2020-01-01T00:00:00Z"
    opened.lock()
    assert (folder / "vault.json").read_bytes() == good  # repaired from the sound copy


def test_altered_header_in_both_copies_is_damage_not_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    created, _recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    for name in ("vault.json", "vault.json.bak"):
        _edit_header(folder / name, _new_created)
    before = snapshot(folder)
    with pytest.raises(VaultDamaged, match="altered"):
        Vault.unlock(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_every_unwrap_checks_the_mac(vault: Vault, vault_dir: Path) -> None:
    """restore.check_backup and the unlock paths all unwrap through VaultHeader.unwrap, so the
    MAC check there covers a backup's header too."""
    vault.lock()
    sound = header_mod.load_header(vault_dir).header
    kek = vault_mod.derive_key(PASSPHRASE.encode("utf-8"), sound.kdf)
    sound.unwrap(kek)  # the control: the untouched header unwraps
    altered = replace(sound, created="2020-01-01T00:00:00Z")
    with pytest.raises(VaultDamaged, match="altered"):
        altered.unwrap(kek)


def test_version_1_headers_are_refused(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    for name in ("vault.json", "vault.json.bak"):
        _edit_header(vault_dir / name, lambda raw: (raw.update(version=1), raw.pop("mac", None)))
    with pytest.raises(VaultDamaged, match="version"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_change_passphrase_never_inherits_header_parameters(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without an explicit policy the new wrap uses production parameters, whatever the header
    says (a weak header must not pass its weakness on). Production Argon2 is replaced by a
    recorder here so the test stays fast."""
    seen: list[KdfPolicy] = []

    def fake_calibrate(policy: KdfPolicy) -> KdfParams:
        seen.append(policy)
        return KdfParams(policy.memory_kib, policy.min_time_cost, policy.parallelism, b"s" * 16)

    monkeypatch.setattr(vault_mod, "calibrate", fake_calibrate)
    monkeypatch.setattr(vault_mod, "derive_key", lambda secret, params: b"k" * 32)
    assert vault.header.kdf.memory_kib < KdfPolicy.production().memory_kib  # a weak test vault
    vault.change_passphrase(NEW_PASSPHRASE)
    vault.change_passphrase(NEW_PASSPHRASE + "!", kdf_policy=FAST_KDF)
    assert seen == [KdfPolicy.production(), FAST_KDF]


def test_weak_parameters_made_by_the_key_holder_are_accepted(vault: Vault, vault_dir: Path) -> None:
    vault.change_passphrase(NEW_PASSPHRASE, kdf_policy=FAST_KDF)
    vault.lock()
    opened = Vault.unlock(vault_dir, NEW_PASSPHRASE)
    assert opened.header.kdf.memory_kib == FAST_KDF.memory_kib
    opened.lock()


# Finding 6: one opener at a time; never write a stale header ------------------------------------


def test_second_opener_in_this_process_is_refused(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(JournalError, match="open in another window or program"):
        Vault.unlock(vault_dir, PASSPHRASE)
    vault.lock()
    again = Vault.unlock(vault_dir, PASSPHRASE)  # released at lock()
    again.lock()
    lock_file = vault_dir / "vault.lock"
    assert lock_file.read_bytes() == b""
    if os.name == "posix":
        assert lock_file.stat().st_mode & 0o077 == 0


def test_second_opener_in_another_process_is_refused(vault: Vault, vault_dir: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from journal_app.core.errors import JournalError\n"
        "from journal_app.core.vault.vault import Vault\n"
        "try:\n"
        "    Vault.unlock(Path(sys.argv[1]), sys.argv[2]).lock()\n"
        "except JournalError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(2)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = [sys.executable, "-c", code, str(vault_dir), PASSPHRASE]
    busy = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert busy.returncode == 2, busy.stderr
    assert "open in another window or program" in busy.stdout
    vault.lock()
    free = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert free.returncode == 0, free.stdout + free.stderr


def test_reviewer_two_windows_cannot_revive_a_replaced_recovery_key(tmp_path: Path) -> None:
    """e9: a second window replaced the recovery key; the first, holding the old header, then
    changed the passphrase and wrote the old recovery wrap back."""
    folder = tmp_path / "v"
    first, old_recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    with pytest.raises(JournalError):
        Vault.unlock(folder, PASSPHRASE)
    first.lock()
    second = Vault.unlock(folder, PASSPHRASE)
    second.replace_recovery_key()
    second.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(folder, old_recovery)


def test_stale_header_in_memory_never_overwrites_a_newer_one(vault: Vault, vault_dir: Path) -> None:
    """Another writer (not this app's lock-holder, e.g. a restore or an older copy of the app)
    changed the header on disk: the open vault refuses to write its stale copy over it."""
    newer = vault.header.with_recovery_key(os.urandom(16), os.urandom(32), vault.data_key)
    header_mod.save_header(vault_dir, newer)
    on_disk = snapshot(vault_dir)
    with pytest.raises(JournalError, match="changed on disk"):
        vault.change_passphrase(NEW_PASSPHRASE, kdf_policy=FAST_KDF)
    with pytest.raises(JournalError, match="changed on disk"):
        vault.replace_recovery_key()
    assert {k: v for k, v in snapshot(vault_dir).items() if k.startswith("vault.json")} == {
        k: v for k, v in on_disk.items() if k.startswith("vault.json")
    }


# Finding 15: NFC passphrases, private folder --------------------------------------------------

NFC = unicodedata.normalize("NFC", "Kärlek på ön, åtta år senare")
NFD = unicodedata.normalize("NFD", NFC)


def test_passphrase_typed_decomposed_opens_the_vault(tmp_path: Path, clock: ManualClock) -> None:
    assert NFC != NFD  # the control: the two spellings differ as code points
    folder = tmp_path / "v"
    created, _recovery = Vault.create(folder, NFC, kdf_policy=FAST_KDF, clock=clock)
    record = create_backup(created, tmp_path / "b.journalbackup")
    created.lock()
    Vault.unlock(folder, NFD, clock=clock).lock()
    check_backup(record.path, NFD)
    opened = Vault.unlock(folder, NFC, clock=clock)
    opened.change_passphrase(NFD + " igen", kdf_policy=FAST_KDF)
    opened.lock()
    Vault.unlock(folder, NFC + " igen", clock=clock).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, NFC, clock=clock)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_create_makes_an_existing_empty_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert folder.stat().st_mode & 0o077 != 0  # the control: readable by others before
    created, _recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    assert folder.stat().st_mode & 0o777 == 0o700
