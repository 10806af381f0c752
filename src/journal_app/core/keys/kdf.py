"""Argon2id key derivation: parameters, calibration and derivation.

Calibration follows KeePassXC's idea: measure this machine when the vault is created and pick the
time cost that makes one derivation take about a second. RFC 9106's second recommendation
(64 MiB, t=3) is the floor for every real vault; only tests pass a weaker `KdfPolicy`.
"""

from __future__ import annotations

import contextlib
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16

# Sanity bounds when reading a header: anything outside is damage, not a choice someone made.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 1000
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes

    def is_sane(self) -> bool:
        return (
            8 <= self.memory_kib <= MAX_MEMORY_KIB
            and 1 <= self.time_cost <= MAX_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
            and len(self.salt) == SALT_BYTES
        )


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
    return hash_secret_raw(
        secret=secret,
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


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
        time_cost = min(max(policy.min_time_cost, scaled), MAX_TIME_COST)
    return KdfParams(policy.memory_kib, time_cost, policy.parallelism, salt)
