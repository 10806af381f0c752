"""Argon2id key derivation: parameters, calibration and derivation.

Calibration follows KeePassXC's idea: measure this machine when the vault is created and pick the
time cost that makes one derivation take about a second. RFC 9106's second recommendation
(64 MiB, t=3) is the floor for every real vault; only tests pass a weaker `KdfPolicy`. A header
read from disk must also stay under the ceilings below (docs/security.md, "Keys"): parameters
far beyond what the app writes are damage, refused before any derivation.
"""

from __future__ import annotations

import contextlib
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw

from journal_app.core.errors import JournalError
from journal_app.core.messages import Message

KEY_BYTES = 32
SALT_BYTES = 16

# Ceilings when reading a header, far beyond anything this app writes (every vault gets
# 256 MiB and 4 lanes; calibration stops at MAX_TIME_COST). A header asking for more is damage,
# refused before any derivation: 4 GiB with t=1000 would hold the unlock for hours.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: four times what a vault gets
MAX_TIME_COST = 64  # the most calibration ever picks
MAX_PARALLELISM = 16  # four times the 4 lanes a vault gets
# memory x passes: the most calibration can pick (256 MiB x 64); a header within each ceiling
# but past this one (1 GiB x 64) would still take minutes to derive.
MAX_WORK_KIB = 256 * 1024 * MAX_TIME_COST
MIN_KIB_PER_LANE = 8  # Argon2 itself needs at least 8 KiB of memory for every lane


class KeyDerivationFailed(JournalError):
    """Argon2 refused or failed (memory it could not allocate): said plainly, never as an
    internal error."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes

    def problem(self) -> Message | None:
        """Why these parameters are not ones this app could have written, or None."""
        if len(self.salt) != SALT_BYTES or min(self.memory_kib, self.time_cost,
                                               self.parallelism) < 1:
            return Message("damage.header_kdf_range")
        beyond = (self.memory_kib > MAX_MEMORY_KIB or self.time_cost > MAX_TIME_COST
                  or self.parallelism > MAX_PARALLELISM
                  or self.memory_kib * self.time_cost > MAX_WORK_KIB)
        if beyond:
            return Message("damage.header_kdf_beyond", self.describe())
        if self.memory_kib < MIN_KIB_PER_LANE * self.parallelism:
            return Message("damage.header_kdf_lanes", self.describe())
        return None

    def is_sane(self) -> bool:
        return self.problem() is None

    def describe(self) -> dict[str, object]:
        """The fields the catalogue's kdf messages name: memory in MiB (or KiB), passes, lanes."""
        memory = (f"{self.memory_kib // 1024} MiB" if self.memory_kib >= 1024
                  else f"{self.memory_kib} KiB")
        return {"memory": memory, "time_cost": self.time_cost, "lanes": self.parallelism}


@dataclass(frozen=True)
class KdfPolicy:
    """How strong new vaults are. The app only ever uses `KdfPolicy.production()`."""

    memory_kib: int
    parallelism: int
    min_time_cost: int
    target_seconds: float
    calibrate: bool = True

    @staticmethod
    def production() -> KdfPolicy:
        return KdfPolicy(memory_kib=256 * 1024, parallelism=4, min_time_cost=3, target_seconds=1.0)


def derive_key(secret: bytes, params: KdfParams) -> bytes:
    """Argon2id of a passphrase (UTF-8). Every passphrase-derived key passes here, so this is
    where the NFC normalisation is guaranteed (passphrase.passphrase_bytes does it too): a
    passphrase typed with decomposed letters must give the same key."""
    with contextlib.suppress(UnicodeDecodeError):  # not text: derive from the bytes as they are
        secret = unicodedata.normalize("NFC", secret.decode("utf-8")).encode("utf-8")
    try:
        return hash_secret_raw(
            secret=secret,
            salt=params.salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except HashingError as exc:  # e.g. "Memory allocation error": the words argon2 gives
        raise KeyDerivationFailed("vault.kdf_failed", reason=str(exc) or "argon2",
                                  **params.describe()) from None
    except MemoryError:
        raise KeyDerivationFailed("vault.kdf_failed", reason=Message("vault.kdf_no_memory"),
                                  **params.describe()) from None


def calibrate(
    policy: KdfPolicy, *, timer: Callable[[], float] = time.perf_counter
) -> KdfParams:
    """Pick the time cost for about `policy.target_seconds` per derivation on this machine."""
    salt = os.urandom(SALT_BYTES)
    time_cost = policy.min_time_cost
    if policy.calibrate:
        probe = KdfParams(policy.memory_kib, policy.min_time_cost, policy.parallelism, salt)
        start = timer()
        derive_key(b"calibration", probe)
        elapsed = max(timer() - start, 1e-3)
        # Cost grows about linearly with t once the memory is allocated; round down so the
        # first unlock is not slower than promised, and never go below the floor.
        scaled = int(policy.min_time_cost * policy.target_seconds / elapsed)
        ceiling = max(policy.min_time_cost, min(MAX_TIME_COST, MAX_WORK_KIB // policy.memory_kib))
        time_cost = min(max(policy.min_time_cost, scaled), ceiling)
    return KdfParams(policy.memory_kib, time_cost, policy.parallelism, salt)
