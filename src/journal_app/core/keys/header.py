"""The vault header (vault.json): format, KDF parameters, salt and the wrapped data keys.

The data key that encrypts the database never changes; the header holds it wrapped (AES key
wrap, RFC 3394) once by the passphrase-derived key and once by the recovery key. Changing the
passphrase only rewrites this small file. A SHA-256 checksum tells accidental damage apart from
a wrong passphrase, and a second copy (vault.json.bak) means a damaged header never costs the
vault.

Version 2 adds a MAC over every other field, HMAC-SHA256 keyed by HKDF from the data key. Only
someone who holds the data key can write a header that passes it, so a header whose Argon2
parameters were weakened (or any field changed) is caught right after the unwrap, before it can
be used or copied into a new header. Version 1 headers are refused: the app never shipped them.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from journal_app.core.errors import StorageError, VaultDamaged, WrongPassphrase
from journal_app.core.files.atomic import write_atomic
from journal_app.core.keys.kdf import KdfParams
from journal_app.core.messages import Message

FORMAT = "journal-app-vault"
VERSION = 2
HEADER_NAME = "vault.json"
HEADER_COPY_NAME = "vault.json.bak"
MAX_HEADER_BYTES = 64 * 1024
MAC_BYTES = 32
_MAC_INFO = b"journal-app header mac v2"


class HeaderAltered(VaultDamaged):
    """The key unwrapped but the MAC does not match: the header was changed by someone who does
    not hold the data key (or damaged in a way the checksum could not see)."""


class _Malformed(ValueError):
    """A fault found while parsing a header, with its catalogued reason."""

    def __init__(self, code: str, **fields: object) -> None:
        self.reason = Message(code, fields)
        super().__init__(str(self.reason))


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created: str
    kdf: KdfParams
    wrapped_by_passphrase: bytes
    recovery_salt: bytes
    wrapped_by_recovery: bytes
    mac: bytes = b""
    # The file it was read from, for error messages only (two copies compare equal).
    source: Path | None = field(default=None, compare=False, repr=False)

    def unwrap(self, kek: bytes, *, by_recovery: bool = False) -> bytes:
        """The data key, once the MAC proves the header is as its key holder wrote it."""
        wrapped = self.wrapped_by_recovery if by_recovery else self.wrapped_by_passphrase
        try:
            data_key = aes_key_unwrap(kek, wrapped)
        except InvalidUnwrap:
            raise WrongPassphrase("vault.wrong_recovery_key" if by_recovery
                                  else "vault.wrong_passphrase") from None
        verifier = _mac(data_key)
        verifier.update(_canonical(self._body()))
        try:
            verifier.verify(self.mac)
        except InvalidSignature:
            raise HeaderAltered(
                self.source or Path(HEADER_NAME),
                Message("damage.header_altered"),
            ) from None
        return data_key

    def mac_holds(self, data_key: bytes) -> bool:
        """Whether this header is as the holder of `data_key` wrote it (verify's check)."""
        verifier = _mac(data_key)
        verifier.update(_canonical(self._body()))
        try:
            verifier.verify(self.mac)
        except InvalidSignature:
            return False
        return True

    def same_secret(self, other: VaultHeader, *, by_recovery: bool) -> bool:
        """Whether `other` wraps the key for the same passphrase (or recovery key) as this one.
        Every new passphrase and every new recovery key gets a new salt, so a copy whose salt
        differs is an older or newer header (never tried in place of this one: a stale copy
        must not let a replaced passphrase in); with the same salt, any other difference is
        damage to one of the two."""
        if by_recovery:
            return self.recovery_salt == other.recovery_salt
        return self.kdf.salt == other.kdf.salt

    def sealed(self, data_key: bytes) -> VaultHeader:
        signer = _mac(data_key)
        signer.update(_canonical(self._body()))
        return replace(self, mac=signer.finalize())

    def with_passphrase_key(self, kdf: KdfParams, kek: bytes, data_key: bytes) -> VaultHeader:
        return replace(self, kdf=kdf, wrapped_by_passphrase=aes_key_wrap(kek, data_key)).sealed(
            data_key)

    def with_recovery_key(self, salt: bytes, kek: bytes, data_key: bytes) -> VaultHeader:
        return replace(
            self, recovery_salt=salt, wrapped_by_recovery=aes_key_wrap(kek, data_key)
        ).sealed(data_key)

    def to_bytes(self) -> bytes:
        body = self._body()
        body["mac"] = _b64(self.mac)
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": {
                "algorithm": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "time_cost": self.kdf.time_cost,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.kdf.salt),
            },
            "wrapped_keys": {
                "passphrase": _b64(self.wrapped_by_passphrase),
                "recovery": _b64(self.wrapped_by_recovery),
            },
            "recovery": {"algorithm": "hkdf-sha256", "salt": _b64(self.recovery_salt)},
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise _Malformed("damage.header_not_base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _mac(data_key: bytes) -> hmac.HMAC:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)
    return hmac.HMAC(mac_key, hashes.SHA256())


def parse_header(data: bytes, path: Path) -> VaultHeader:
    """Parse and check one header file; any fault is a VaultDamaged naming `path`."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise _Malformed("damage.header_not_object")
        if raw.get("format") != FORMAT:
            raise _Malformed("damage.header_not_ours")
        if raw.get("version") != VERSION:
            raise _Malformed("damage.header_version", version=raw.get("version"))
        stored_sum = raw.pop("checksum", None)
        if stored_sum != _checksum(raw):
            raise _Malformed("damage.header_checksum")
        kdf_raw = raw["kdf"]
        if kdf_raw.get("algorithm") != "argon2id":
            raise _Malformed("damage.header_kdf_unknown")
        kdf = KdfParams(
            memory_kib=int(kdf_raw["memory_kib"]),
            time_cost=int(kdf_raw["time_cost"]),
            parallelism=int(kdf_raw["parallelism"]),
            salt=_unb64(kdf_raw["salt"]),
        )
        # Weak parameters (below 64 MiB / t=3) are accepted here: a test vault has them, and the
        # MAC checked after the unwrap proves they were the key holder's choice. Parameters far
        # beyond what the app writes (kdf.py's ceilings) are damage: refused before deriving.
        problem = kdf.problem()
        if problem is not None:
            raise _Malformed(problem.code, **problem.fields)
        header = VaultHeader(
            vault_id=str(raw["vault_id"]),
            created=str(raw["created"]),
            kdf=kdf,
            wrapped_by_passphrase=_unb64(raw["wrapped_keys"]["passphrase"]),
            recovery_salt=_unb64(raw["recovery"]["salt"]),
            wrapped_by_recovery=_unb64(raw["wrapped_keys"]["recovery"]),
            mac=_unb64(raw["mac"]),
            source=path,
        )
        if len(header.wrapped_by_passphrase) != 40 or len(header.wrapped_by_recovery) != 40:
            raise _Malformed("damage.header_wrapped_key")
        if len(header.mac) != MAC_BYTES:
            raise _Malformed("damage.header_mac_length")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        reason = exc.reason if isinstance(exc, _Malformed) else str(exc) or type(exc).__name__
        raise VaultDamaged(path, reason) from None
    return header


def read_file_bounded(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_HEADER_BYTES + 1)
    if len(data) > MAX_HEADER_BYTES:
        raise VaultDamaged(path, Message("damage.header_too_large"))
    return data


@dataclass(frozen=True)
class HeaderReading:
    header: VaultHeader
    damaged: list[VaultDamaged]  # copies that could not be read (the other one was used)


def load_header(folder: Path) -> HeaderReading:
    """Read vault.json, falling back to vault.json.bak; raise only when neither is sound."""
    problems: list[VaultDamaged] = []
    for name in (HEADER_NAME, HEADER_COPY_NAME):
        path = folder / name
        try:
            return HeaderReading(parse_header(read_file_bounded(path), path), problems)
        except FileNotFoundError:
            problems.append(VaultDamaged(path, Message("damage.file_missing")))
        except VaultDamaged as exc:
            problems.append(exc)
        except OSError as exc:
            problems.append(VaultDamaged(path, exc.strerror or str(exc)))
    raise problems[0]


def save_header(folder: Path, header: VaultHeader) -> None:
    """Write both copies atomically, the primary first, so one sound copy always exists."""
    data = header.to_bytes()
    write_atomic(folder / HEADER_NAME, data)
    write_atomic(folder / HEADER_COPY_NAME, data)


def refresh_stale_copy(folder: Path, header: VaultHeader) -> None:
    """After an unlock with `header`: when vault.json holds it and vault.json.bak is a sound
    header that differs, a header write was cut off between its two renames (a crash). Bring
    the copy up to date, or a replaced passphrase would still open the vault through it. A
    damaged copy is left for verify to report."""
    primary, copy = folder / HEADER_NAME, folder / HEADER_COPY_NAME
    try:
        if parse_header(read_file_bounded(primary), primary) != header:
            return
        if parse_header(read_file_bounded(copy), copy) == header:
            return
    except (VaultDamaged, OSError):
        return
    with contextlib.suppress(StorageError):
        write_atomic(copy, header.to_bytes())
