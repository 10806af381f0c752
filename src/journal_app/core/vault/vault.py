"""Create, unlock, lock and re-key a vault: a folder holding journal.db and vault.json.

The database is encrypted with a random 256-bit data key that never changes; the header keeps it
wrapped by the passphrase (Argon2id) and by the recovery key (HKDF), under a MAC keyed from the
data key (header.py). A wrong passphrase fails at the key unwrap, before the database is opened,
so it cannot change a byte of any file. An open vault holds an exclusive lock on vault.lock
(vault_lock.py), so a second window or program cannot open it and write a stale header.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from journal_app.core.domain.clock import Clock, SystemClock, utc_iso
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import JournalError, StorageError, VaultDamaged, VaultExists
from journal_app.core.files.atomic import fsync_folder, remove_stale_temps, write_atomic
from journal_app.core.files.vault_lock import LOCK_NAME, VaultLock
from journal_app.core.journal.facade import Journal
from journal_app.core.keys.attempts import FailedAttempts, clear_attempts, read_attempts
from journal_app.core.keys.header import (
    HEADER_COPY_NAME,
    HEADER_NAME,
    VaultHeader,
    parse_header,
    read_file_bounded,
    refresh_stale_copy,
    save_header,
)
from journal_app.core.keys.kdf import KEY_BYTES, SALT_BYTES, KdfPolicy, calibrate, derive_key
from journal_app.core.keys.passphrase import check_passphrase, passphrase_bytes
from journal_app.core.keys.recovery import new_recovery_key, recovery_wrapping_key
from journal_app.core.messages import Message
from journal_app.core.retention.erasure_record import SIDECAR_NAME
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.audit import Action
from journal_app.core.storage.db import DatabaseError
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.anchor import VaultAnchor

# The unlock's slow half and its diagnosis live in unlock.py; callers import them from here.
from journal_app.core.vault.unlock import UnlockKey as UnlockKey
from journal_app.core.vault.unlock import derive_recovery_unlock_key as derive_recovery_unlock_key
from journal_app.core.vault.unlock import derive_unlock_key as derive_unlock_key
from journal_app.core.vault.unlock import vault_exists as vault_exists

DB_NAME = "journal.db"
# vault.lock is empty; it is created the first time the vault opens and then stays.
# erasures.json: the anchor (and the erasure receipts), written from the vault's creation on.
VAULT_FILES = (DB_NAME, HEADER_NAME, HEADER_COPY_NAME, LOCK_NAME, SIDECAR_NAME)


class Vault:
    """An unlocked vault. `lock()` closes the database and drops the key."""

    def __init__(self, folder: Path, header: VaultHeader, data_key: bytes, clock: Clock) -> None:
        self.folder = folder
        self.header = header
        self.clock = clock
        self._data_key = bytearray(data_key)
        self._lock = VaultLock.acquire(folder)
        try:
            conn = dbmod.connect(folder / DB_NAME, bytes(self._data_key), create=False)
        except BaseException:
            self._lock.release()
            raise
        self.db = dbmod.Database(conn, folder / DB_NAME)
        try:
            migrate(self.db)
        except BaseException:
            self._close()  # a damaged page met while migrating: no connection left open
            raise
        self.journal = Journal(self.db, clock)
        self.anchor = VaultAnchor(folder, lambda: self.header.vault_id, lambda: self.data_key,
                                  self.db, self.journal)
        # Wrong passphrases counted since the last unlock (attempts.py); None when there were none.
        self.failed_attempts: FailedAttempts | None = None
        # What the unlock has to tell (a header repaired, journal.db older than its record...),
        # in the catalogue's words: the CLI prints them, the window shows them.
        self.notices: list[Message] = []

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
        if os.name == "posix":
            os.chmod(folder, 0o700)  # an existing folder keeps its mode through mkdir
        data_key = os.urandom(KEY_BYTES)
        kdf = calibrate(kdf_policy or KdfPolicy.production())
        recovery_text, recovery_secret = new_recovery_key()
        recovery_salt = os.urandom(SALT_BYTES)
        header = VaultHeader(
            vault_id=uuid.uuid4().hex, created=utc_iso(clock.now()), kdf=kdf,
            wrapped_by_passphrase=b"", recovery_salt=recovery_salt, wrapped_by_recovery=b"",
        )
        header = header.with_passphrase_key(
            kdf, derive_key(passphrase_bytes(passphrase), kdf), data_key
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
        vault.anchor.update()  # the record beside the database, from the first day on
        vault.journal.audit.keeper = vault.anchor
        return vault, recovery_text

    @classmethod
    def open(cls, key: UnlockKey, *, clock: Clock | None = None) -> Vault:
        vault = cls(key.folder, key.header, key.data_key, clock or SystemClock())
        failed = read_attempts(key.folder)
        try:
            # Before anything reads the data: a journal.db older than its record gets every
            # erasure made since applied again (rollback.py).
            finding = vault.anchor.check_at_unlock(vault.clock)
            vault._log_unlock(key, failed, anchor_missing=finding.record_missing)
        except BaseException:
            vault._close()  # e.g. a damaged page (VaultDamaged): never half open
            raise
        rolled = finding.notice(vault.db.path)
        vault.notices = [*key.notices, *([rolled] if rolled is not None else [])]
        vault.anchor.update(move=finding.moves_anchor)
        vault.journal.audit.keeper = vault.anchor
        # Logged first, removed second: a crash between them reports the count twice, never 0.
        if failed is not None:
            clear_attempts(key.folder)
        # What a killed header or counter write left behind (atomic.py, header.py).
        remove_stale_temps(key.folder, r"(vault\.json|vault\.json\.bak|unlock-attempts\.json|erasures\.json)")
        refresh_stale_copy(key.folder, key.header)
        if key.primary_altered:
            # The copy passed its MAC, so the altered vault.json holds nothing of the owner's.
            with contextlib.suppress(StorageError):
                write_atomic(key.folder / HEADER_NAME, key.header.to_bytes())
        vault.failed_attempts = failed
        return vault

    def _log_unlock(self, key: UnlockKey, failed: FailedAttempts | None, *,
                    anchor_missing: bool = False) -> None:
        """One transaction: a refused open (a damaged page met here) writes nothing."""
        with self.db.write() as conn:
            if anchor_missing:
                self.journal.audit.append_in(conn, Action.ANCHOR_MISSING)
            if key.primary_altered:
                self.journal.audit.append_in(conn, Action.HEADER_REPAIRED, None,
                                             f"file={HEADER_NAME} from={HEADER_COPY_NAME}")
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
            raise VaultDamaged(self.folder / DB_NAME, Message("damage.vault_locked"))
        return bytes(self._data_key)

    def change_passphrase(self, new_passphrase: str, *, kdf_policy: KdfPolicy | None = None) -> None:
        """Re-wrap the data key under a new passphrase. Instant for the data: no note is
        rewritten; only vault.json and its copy are replaced, atomically.

        The parameters come from `kdf_policy` (tests) or production, never from the header: a
        header someone weakened must not pass its weakness on. Backups made earlier keep the
        old header, so the old passphrase still opens them (docs/security.md)."""
        check_passphrase(new_passphrase)
        kdf = calibrate(kdf_policy or KdfPolicy.production())
        kek = derive_key(passphrase_bytes(new_passphrase), kdf)
        self._write_header(self.header.with_passphrase_key(kdf, kek, self.data_key))
        self.journal.audit.append(Action.PASSPHRASE_CHANGE)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key; the old one no longer opens this vault's header. Backups
        made earlier hold the old header and still open with the old key."""
        text, secret = new_recovery_key()
        salt = os.urandom(SALT_BYTES)
        self._write_header(self.header.with_recovery_key(
            salt, recovery_wrapping_key(secret, salt), self.data_key
        ))
        self.journal.audit.append(Action.RECOVERY_KEY_REPLACED)
        return text

    def _write_header(self, header: VaultHeader) -> None:
        """Write under the lock, after checking the disk still holds the header this vault was
        opened with: a stale header in memory must never overwrite a newer one."""
        sound: list[VaultHeader] = []
        for name in (HEADER_NAME, HEADER_COPY_NAME):
            path = self.folder / name
            try:
                on_disk = parse_header(read_file_bounded(path), path)
            except (VaultDamaged, OSError):
                continue  # damaged or missing: this write repairs it
            if on_disk.vault_id != self.header.vault_id:
                raise VaultDamaged(path, Message("damage.other_vault", {"other": self.folder}))
            sound.append(on_disk)
        if sound and self.header not in sound:
            raise JournalError("vault.header_changed")
        save_header(self.folder, header)
        self.header = header

    # Closing ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the database and zero the key, even when the LOCK log entry cannot be written
        (a full disk or a damaged file must never keep the vault open)."""
        try:
            if self.db.is_open:
                self.journal.audit.append(Action.LOCK)
                # erasures.json: the anchor (the log's last entry) and the receipts.
                self.anchor.update()
        except (JournalError, DatabaseError, OSError):
            pass  # locking matters more than logging that we locked
        finally:
            self._close()

    def _close(self) -> None:
        try:
            self.db.close()
        finally:
            self._lock.release()
            for i in range(len(self._data_key)):
                self._data_key[i] = 0

    @property
    def is_locked(self) -> bool:
        return not self.db.is_open
