"""The slow half of an unlock: read the header, derive the key, unwrap, check the MAC; and the
diagnosis when that fails (which the GUI runs off its thread, then hands to `Vault.open`).

A wrong passphrase fails at the key unwrap, before the database is opened, so it cannot change a
byte of any vault file. Before the answer is "wrong passphrase", the other header copy is tried
when it holds the same passphrase's wrap (the same salt): then the first copy was altered (its
Argon2 parameters edited, say) and the second, verified by its MAC, opens the vault; the failure
is not counted and `Vault.open` rewrites the first copy from the second, reports it and logs it.
A copy with another salt is an older or newer header (a write cut off between its two renames)
and is never tried: a replaced passphrase must not open the vault through it. Parameters far
beyond what the app writes are refused when the header is read (kdf.py); Argon2's own errors
(memory it cannot get) are said plainly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.domain.clock import Clock, SystemClock
from journal_app.core.errors import JournalError, VaultDamaged, VaultMissing, WrongPassphrase
from journal_app.core.keys.attempts import record_failure
from journal_app.core.keys.header import (
    HEADER_COPY_NAME,
    HEADER_NAME,
    HeaderAltered,
    HeaderReading,
    VaultHeader,
    load_header,
    parse_header,
    read_file_bounded,
)
from journal_app.core.keys.kdf import KeyDerivationFailed, derive_key
from journal_app.core.keys.passphrase import passphrase_bytes
from journal_app.core.keys.recovery import parse_recovery_key, recovery_wrapping_key
from journal_app.core.messages import Message


def vault_exists(folder: Path) -> bool:
    return (folder / HEADER_NAME).exists() or (folder / HEADER_COPY_NAME).exists()


@dataclass(frozen=True)
class UnlockKey:
    """The result of the slow step (key derivation + unwrap), which the GUI runs off-thread."""

    folder: Path
    header: VaultHeader
    data_key: bytes
    by_recovery: bool
    # vault.json failed (its MAC, or the unwrap with the same passphrase's wrap) and
    # vault.json.bak opened: open() rewrites vault.json from it, reports it and logs it.
    primary_altered: bool = False
    # What the unlock has to say about the header copies (header_repaired, header_copy_used).
    notices: tuple[Message, ...] = ()


def derive_unlock_key(folder: Path, passphrase: str, *, clock: Clock | None = None) -> UnlockKey:
    reading = _read_header(folder)
    secret = passphrase_bytes(passphrase)
    try:
        return _unwrap_verified(folder, reading, lambda h: derive_key(secret, h.kdf), False)
    except WrongPassphrase:
        record_failure(folder, (clock or SystemClock()).now())
        _check_copies_agree(folder, reading.header)
        raise


def derive_recovery_unlock_key(
    folder: Path, recovery_key: str, *, clock: Clock | None = None
) -> UnlockKey:
    reading = _read_header(folder)
    try:
        secret = parse_recovery_key(recovery_key)
        return _unwrap_verified(
            folder, reading, lambda h: recovery_wrapping_key(secret, h.recovery_salt), True
        )
    except WrongPassphrase:
        record_failure(folder, (clock or SystemClock()).now())
        raise


def _unwrap_verified(
    folder: Path, reading: HeaderReading, kek_for: Callable[[VaultHeader], bytes],
    by_recovery: bool,
) -> UnlockKey:
    """Unwrap and check the MAC; on failure, try the other copy where it may stand in."""
    header = reading.header
    try:
        return UnlockKey(folder, header, header.unwrap(kek_for(header), by_recovery=by_recovery),
                         by_recovery, notices=_copy_used(reading))
    except (HeaderAltered, WrongPassphrase, KeyDerivationFailed) as failure:
        copy = _other_copy(folder, header)
        # After an altered MAC any sound copy of this vault may stand in; after a failed unwrap
        # or derivation only one that wraps the key for the same secret.
        if copy is None or copy == header or (
                not isinstance(failure, HeaderAltered)
                and not header.same_secret(copy, by_recovery=by_recovery)):
            raise
        try:
            data_key = copy.unwrap(kek_for(copy), by_recovery=by_recovery)
        except JournalError:
            raise failure from None
        repaired = Message("vault.header_repaired", {
            "path": header.source or folder / HEADER_NAME, "reason": _what_failed(failure),
            "copy": copy.source or folder / HEADER_COPY_NAME})
        return UnlockKey(folder, copy, data_key, by_recovery, primary_altered=True,
                         notices=(repaired,))


def _what_failed(failure: JournalError) -> Message:
    if isinstance(failure, VaultDamaged):
        reason = failure.fields.get("reason")
        return reason if isinstance(reason, Message) else Message("damage.header_altered")
    if isinstance(failure, KeyDerivationFailed):
        return failure.message
    return Message("vault.header_unwrap_failed")


def _other_copy(folder: Path, header: VaultHeader) -> VaultHeader | None:
    """vault.json.bak when `header` is vault.json, as a sound header of the same vault."""
    primary, copy_path = folder / HEADER_NAME, folder / HEADER_COPY_NAME
    if header.source is not None and header.source != primary:
        return None  # the copy is what we read: the first copy could not be read at all
    try:
        copy = parse_header(read_file_bounded(copy_path), copy_path)
    except (JournalError, OSError):
        return None
    return copy if copy.vault_id == header.vault_id else None


def _copy_used(reading: HeaderReading) -> tuple[Message, ...]:
    """vault.json could not be read at all and the copy opened: said, the file left as it is
    (a damaged header is never overwritten; verify says more)."""
    if not reading.damaged:
        return ()
    damaged = reading.damaged[0]
    return (Message("vault.header_copy_used", {
        "path": damaged.path, "reason": damaged.fields.get("reason", ""),
        "copy": reading.header.source}),)


def _check_copies_agree(folder: Path, header: VaultHeader) -> None:
    """When the key does not unwrap: if vault.json.bak is a sound header of ANOTHER vault, the
    files were mixed up (copied from another vault), which 'wrong passphrase' would hide."""
    copy = folder / HEADER_COPY_NAME
    try:
        other = parse_header(read_file_bounded(copy), copy)
    except (VaultDamaged, OSError):
        return
    if other.vault_id != header.vault_id:
        raise VaultDamaged(folder / HEADER_NAME, Message("damage.other_vault", {"other": copy}))


def _read_header(folder: Path) -> HeaderReading:
    if not folder.is_dir() or not vault_exists(folder):
        raise VaultMissing(folder)
    return load_header(folder)
