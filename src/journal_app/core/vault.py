"""Create, unlock, lock and re-key a vault: a folder holding journal.db and vault.json.

The database is encrypted with a random 256-bit data key that never changes; the header keeps it
wrapped by the passphrase (Argon2id) and by the recovery key (HKDF). A wrong passphrase fails at
the key unwrap, before the database is opened, so it cannot change a byte of any file.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from journal_app.core import db as dbmod
from journal_app.core.atomic import fsync_folder, remove_stale_temps
from journal_app.core.attempts import FailedAttempts, clear_attempts, read_attempts, record_failure
from journal_app.core.audit import Action
from journal_app.core.clock import Clock, SystemClock, utc_iso
from journal_app.core.db import DatabaseError
from journal_app.core.errors import JournalError, VaultDamaged, VaultExists, VaultMissing, WrongPassphrase
from journal_app.core.header import (
    HEADER_COPY_NAME,
    HEADER_NAME,
    VaultHeader,
    load_header,
    parse_header,
    read_file_bounded,
    refresh_stale_copy,
    save_header,
)
from journal_app.core.journal import Journal
from journal_app.core.kdf import KEY_BYTES, SALT_BYTES, KdfParams, KdfPolicy, calibrate, derive_key
from journal_app.core.models import RetentionPolicy
from journal_app.core.passphrase import check_passphrase
from journal_app.core.recovery import new_recovery_key, parse_recovery_key, recovery_wrapping_key
from journal_app.core.schema import migrate

DB_NAME = "journal.db"
VAULT_FILES = (DB_NAME, HEADER_NAME, HEADER_COPY_NAME)


def vault_exists(folder: Path) -> bool:
    return (folder / HEADER_NAME).exists() or (folder / HEADER_COPY_NAME).exists()


@dataclass(frozen=True)
class UnlockKey:
    """The result of the slow step (key derivation + unwrap), which the GUI runs off-thread."""

    folder: Path
    header: VaultHeader
    data_key: bytes
    by_recovery: bool


def derive_unlock_key(folder: Path, passphrase: str, *, clock: Clock | None = None) -> UnlockKey:
    header = _read_header(folder)
    kek = derive_key(passphrase.encode("utf-8"), header.kdf)
    try:
        data_key = header.unwrap(kek)
    except WrongPassphrase:
        record_failure(folder, (clock or SystemClock()).now())
        _check_copies_agree(folder, header)
        raise
    return UnlockKey(folder, header, data_key, by_recovery=False)


def _check_copies_agree(folder: Path, header: VaultHeader) -> None:
    """When the key does not unwrap: if vault.json.bak is a sound header of ANOTHER vault, the
    files were mixed up (copied from another vault), which 'wrong passphrase' would hide."""
    copy = folder / HEADER_COPY_NAME
    try:
        other = parse_header(read_file_bounded(copy), copy)
    except (VaultDamaged, OSError):
        return
    if other.vault_id != header.vault_id:
        raise VaultDamaged(folder / HEADER_NAME, f"it belongs to another vault than {copy}; "
                           "one of the two was copied from elsewhere")


def derive_recovery_unlock_key(
    folder: Path, recovery_key: str, *, clock: Clock | None = None
) -> UnlockKey:
    header = _read_header(folder)
    try:
        kek = recovery_wrapping_key(parse_recovery_key(recovery_key), header.recovery_salt)
        data_key = header.unwrap(kek, by_recovery=True)
    except WrongPassphrase:
        record_failure(folder, (clock or SystemClock()).now())
        raise
    return UnlockKey(folder, header, data_key, by_recovery=True)


def _read_header(folder: Path) -> VaultHeader:
    if not folder.is_dir() or not vault_exists(folder):
        raise VaultMissing(folder)
    return load_header(folder).header


class Vault:
    """An unlocked vault. `lock()` closes the database and drops the key."""

    def __init__(self, folder: Path, header: VaultHeader, data_key: bytes, clock: Clock) -> None:
        self.folder = folder
        self.header = header
        self.clock = clock
        self._data_key = bytearray(data_key)
        conn = dbmod.connect(folder / DB_NAME, bytes(self._data_key), create=False)
        self.db = dbmod.Database(conn, folder / DB_NAME)
        try:
            migrate(self.db)
        except BaseException:
            self.db.close()  # a damaged page met while migrating: no connection left open
            raise
        self.journal = Journal(self.db, clock)
        # Wrong passphrases counted since the last unlock (attempts.py); None when there were none.
        self.failed_attempts: FailedAttempts | None = None

    # Opening ---------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        practice_name: str = "",
        retention_policy: RetentionPolicy = RetentionPolicy.ERASE_ON_COMPLETION,
        kdf_policy: KdfPolicy | None = None,
        clock: Clock | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked and the recovery key to show once."""
        check_passphrase(passphrase)
        clock = clock or SystemClock()
        if vault_exists(folder) or (folder / DB_NAME).exists():
            raise VaultExists(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = os.urandom(KEY_BYTES)
        kdf = calibrate(kdf_policy or KdfPolicy.production())
        recovery_text, recovery_secret = new_recovery_key()
        recovery_salt = os.urandom(SALT_BYTES)
        header = VaultHeader(
            vault_id=uuid.uuid4().hex, created=utc_iso(clock.now()), kdf=kdf,
            wrapped_by_passphrase=b"", recovery_salt=recovery_salt, wrapped_by_recovery=b"",
        )
        header = header.with_passphrase_key(
            kdf, derive_key(passphrase.encode("utf-8"), kdf), data_key
        ).with_recovery_key(
            recovery_salt, recovery_wrapping_key(recovery_secret, recovery_salt), data_key
        )
        # The database first, then the header: a folder with a header always has its database.
        conn = dbmod.connect(folder / DB_NAME, data_key, create=True)
        conn.close()
        os.chmod(folder / DB_NAME, 0o600)
        save_header(folder, header)
        fsync_folder(folder)
        vault = cls(folder, header, data_key, clock)
        vault.journal.settings.set_raw("retention_policy", RetentionPolicy(retention_policy).value)
        vault.journal.settings.update(practice_name=practice_name)
        return vault, recovery_text

    @classmethod
    def open(cls, key: UnlockKey, *, clock: Clock | None = None) -> Vault:
        vault = cls(key.folder, key.header, key.data_key, clock or SystemClock())
        failed = read_attempts(key.folder)
        try:
            vault._log_unlock(key, failed)
        except BaseException:
            vault.db.close()  # e.g. a damaged page (VaultDamaged): never half open
            raise
        # Logged first, removed second: a crash between them reports the count twice, never 0.
        if failed is not None:
            clear_attempts(key.folder)
        # What a killed header or counter write left behind (atomic.py, header.py).
        remove_stale_temps(key.folder, r"(vault\.json|vault\.json\.bak|unlock-attempts\.json)")
        refresh_stale_copy(key.folder, key.header)
        vault.failed_attempts = failed
        return vault

    def _log_unlock(self, key: UnlockKey, failed: FailedAttempts | None) -> None:
        with self.db.write() as conn:
            if failed is not None:
                self.journal.audit.append_in(
                    conn, Action.FAILED_UNLOCKS, None,
                    f"count={failed.count} last={utc_iso(failed.last_failure)}",
                )
            self.journal.audit.append_in(
                conn, Action.RECOVERY_UNLOCK if key.by_recovery else Action.UNLOCK
            )

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, clock: Clock | None = None) -> Vault:
        return cls.open(derive_unlock_key(folder, passphrase, clock=clock), clock=clock)

    @classmethod
    def unlock_with_recovery(
        cls, folder: Path, recovery_key: str, *, clock: Clock | None = None
    ) -> Vault:
        return cls.open(derive_recovery_unlock_key(folder, recovery_key, clock=clock), clock=clock)

    # Keys ------------------------------------------------------------------------------------

    @property
    def data_key(self) -> bytes:
        """For backup and the forensic checks; never stored anywhere."""
        if not self.db.is_open:
            raise VaultDamaged(self.folder / DB_NAME, "the vault is locked")
        return bytes(self._data_key)

    def change_passphrase(self, new_passphrase: str, *, kdf_policy: KdfPolicy | None = None) -> None:
        """Re-wrap the data key under a new passphrase. Instant for the data: no note is
        rewritten; only vault.json and its copy are replaced, atomically."""
        check_passphrase(new_passphrase)
        kdf = calibrate(kdf_policy or _policy_like(self.header.kdf))
        kek = derive_key(new_passphrase.encode("utf-8"), kdf)
        header = self.header.with_passphrase_key(kdf, kek, self.data_key)
        save_header(self.folder, header)
        self.header = header
        self.journal.audit.append(Action.PASSPHRASE_CHANGE)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key; the old one stops working at once."""
        text, secret = new_recovery_key()
        salt = os.urandom(SALT_BYTES)
        header = self.header.with_recovery_key(
            salt, recovery_wrapping_key(secret, salt), self.data_key
        )
        save_header(self.folder, header)
        self.header = header
        self.journal.audit.append(Action.RECOVERY_KEY_REPLACED)
        return text

    # Closing ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the database and zero the key, even when the LOCK log entry cannot be written
        (a full disk or a damaged file must never keep the vault open)."""
        try:
            if self.db.is_open:
                self.journal.audit.append(Action.LOCK)
        except (JournalError, DatabaseError):
            pass  # locking matters more than logging that we locked
        finally:
            self.db.close()
            for i in range(len(self._data_key)):
                self._data_key[i] = 0

    @property
    def is_locked(self) -> bool:
        return not self.db.is_open


def _policy_like(params: KdfParams) -> KdfPolicy:
    """Keep a vault's memory and parallelism when its passphrase changes; recalibrate time."""
    production = KdfPolicy.production()
    if params.memory_kib >= production.memory_kib:
        return production
    # A test vault (weak parameters) stays weak; a real one never drops below production.
    return KdfPolicy(params.memory_kib, params.parallelism, params.time_cost, 0.0, calibrate=False)
