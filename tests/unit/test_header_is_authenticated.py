"""The vault header is authenticated: an edited header (weakened key derivation, a junk
passphrase wrap, any changed field, an old version without a MAC) is refused as altered, not
taken for a wrong passphrase, and a sound second copy stands in for an altered first. A new
passphrase is wrapped with production key-derivation parameters unless the key holder asks for
others, so a weak header never passes its weakness on."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import VaultDamaged, WrongPassphrase
from journal_app.core.keys import header as header_mod
from journal_app.core.keys.kdf import KdfParams, KdfPolicy
from journal_app.core.vault import vault as vault_mod
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot

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


def test_downgraded_header_is_refused_after_recovery_unlock(tmp_path: Path) -> None:
    """Weak Argon2 parameters and a junk passphrase wrap written into both copies by someone
    with write access: the recovery key still unwraps, but the MAC shows the header was
    altered."""
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
