"""One opener at a time: a second unlock of an open vault, in this process or another, is
refused until the first locks it (a private, empty lock file); and an open vault never writes
its header over a newer one another writer left on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import JournalError, WrongPassphrase
from journal_app.core.keys import header as header_mod
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot

SRC = Path(__file__).resolve().parents[2] / "src"
NEW_PASSPHRASE = "a brand new passphrase 2026"


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


def test_two_windows_cannot_revive_a_replaced_recovery_key(tmp_path: Path) -> None:
    """A second window cannot open the vault while the first holds it, so it can never replace
    the recovery key behind the first one's back (the first, holding the old header, would
    write the old recovery wrap back at its next passphrase change)."""
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
