"""Wrong passphrases and wrong recovery keys, many times: the vault's files stay byte for byte
as they were. The one file allowed to change is unlock-attempts.json, and it must count."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from _support import count, data_files, run_cli

from journal_app.core.errors import WrongPassphrase
from journal_app.core.keys.attempts import read_attempts
from journal_app.core.keys.recovery import new_recovery_key
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE

TRIES = 60


def test_wrong_passphrases_change_no_vault_file(vault: Vault, vault_dir: Path) -> None:
    vault.journal.clients.add("Orörd Klient")
    vault.lock()
    before = data_files(vault_dir)
    rng = random.Random(4)
    alphabet = string.ascii_letters + string.digits + " åäöÅÄÖ🌷\t"
    wrong = [PASSPHRASE[:-1], PASSPHRASE + " ", PASSPHRASE.upper(), "", "\x00" * 20]
    wrong += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 80)))
              for _ in range(TRIES - len(wrong))]
    for n, secret in enumerate(wrong, start=1):
        with pytest.raises(WrongPassphrase) as caught:
            Vault.unlock(vault_dir, secret)
        assert str(caught.value) == "Wrong passphrase."
        assert data_files(vault_dir) == before
        attempts = read_attempts(vault_dir)
        assert attempts is not None and attempts.count == n
    count("wrong passphrases", len(wrong))
    unlocked = Vault.unlock(vault_dir, PASSPHRASE)  # the right one still works, and is told
    try:
        assert unlocked.failed_attempts is not None and unlocked.failed_attempts.count == TRIES
    finally:
        unlocked.lock()


def test_wrong_recovery_keys_change_no_vault_file(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    before = data_files(vault_dir)
    malformed = ["", "x", "0" * 32, "ABCD-" * 8, "\u202e" + "A" * 32]
    well_formed = [new_recovery_key()[0] for _ in range(TRIES)]
    counted = 0
    for secret in well_formed + malformed + [k.lower() for k in well_formed[:5]]:
        with pytest.raises(WrongPassphrase) as caught:
            Vault.unlock_with_recovery(vault_dir, secret)
        assert str(caught.value).startswith("Wrong recovery key")
        assert data_files(vault_dir) == before
        counted += 1
        attempts = read_attempts(vault_dir)
        assert attempts is not None and attempts.count == counted
    count("wrong recovery keys", counted)


def test_wrong_passphrase_through_the_cli_is_one_line(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    before = data_files(vault_dir)
    for command in (["verify"], ["clients"], ["backup", "--to", str(vault_dir.parent)],
                    ["passwd"], ["export", str(vault_dir.parent / "x.json")]):
        done = run_cli(["--vault", str(vault_dir), *command], stdin="fel lösenord\n")
        assert done.returncode == 2, done.stderr
        assert done.stderr == "journal-app: Wrong passphrase.\n"
        assert data_files(vault_dir) == before
        count("wrong passphrases (CLI)")
    assert not (vault_dir.parent / "x.json").exists()
