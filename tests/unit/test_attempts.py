"""Failed unlock attempts: counted beside the locked vault, reported once, logged, reset."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import WrongPassphrase
from journal_app.core.keys.attempts import ATTEMPTS_NAME, read_attempts
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE, snapshot

SECRET_NAME = "Anna Andersson"


def test_failures_are_counted_reported_logged_and_reset(
    vault: Vault, vault_dir: Path, clock: ManualClock
) -> None:
    vault.journal.clients.add(SECRET_NAME)
    vault.lock()
    vault_files = snapshot(vault_dir)
    for attempt in range(3):
        clock.advance(dt.timedelta(minutes=1))
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, f"wrong guess number {attempt}", clock=clock)
    last_failure = clock.now()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, "AAAA-" * 7 + "AAAA", clock=clock)
    counted = read_attempts(vault_dir)
    assert counted is not None and counted.count == 4
    assert counted.last_failure == last_failure
    # The vault's own files are untouched; the count file holds no client data.
    after = snapshot(vault_dir)
    assert {k: v for k, v in after.items() if k != ATTEMPTS_NAME} == vault_files
    raw = json.loads(after[ATTEMPTS_NAME])
    assert set(raw) == {"count", "last_failure"} and raw["count"] == 4
    assert SECRET_NAME.encode() not in after[ATTEMPTS_NAME]

    clock.advance(dt.timedelta(hours=1))
    opened = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    try:
        assert opened.failed_attempts is not None and opened.failed_attempts.count == 4
        assert "4 failed unlock attempts" in opened.failed_attempts.describe()
        [entry] = opened.journal.audit.entries(action="failed_unlocks")
        assert entry.detail.startswith("count=4 ")
        assert not (vault_dir / ATTEMPTS_NAME).exists()
    finally:
        opened.lock()
    again = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    try:
        assert again.failed_attempts is None
        assert len(again.journal.audit.entries(action="failed_unlocks")) == 1
    finally:
        again.lock()


def test_a_mangled_count_still_reports_something(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    (vault_dir / ATTEMPTS_NAME).write_bytes(b"\x00not json")
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert opened.failed_attempts is not None and opened.failed_attempts.count == 1
    finally:
        opened.lock()
    assert not (vault_dir / ATTEMPTS_NAME).exists()


def test_a_read_only_folder_still_says_wrong_passphrase(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.errors import StorageError
    from journal_app.core.keys import attempts

    vault.lock()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageError("read-only")

    monkeypatch.setattr(attempts, "write_atomic", refuse)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "wrong and read-only")
    assert read_attempts(vault_dir) is None
