"""Passphrase rules and a plain strength estimate for the first-run guide."""

from __future__ import annotations

import math
import string
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from journal_app.core.errors import WeakPassphrase

MIN_LENGTH = 12
MAX_LENGTH = 1024


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    bits: float


def normalise(passphrase: str) -> str:
    """NFC: "å" typed as one code point (Windows, Linux) or as "a" plus a ring (macOS) is the
    same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_bytes(passphrase: str) -> bytes:
    """What key derivation is fed for a passphrase, everywhere one is derived or checked."""
    return normalise(passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase the vault should not be created with; the message says why."""
    passphrase = normalise(passphrase)
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase("passphrase.too_short", length=len(passphrase), minimum=MIN_LENGTH)
    if len(passphrase) > MAX_LENGTH:
        raise WeakPassphrase("passphrase.too_long", maximum=MAX_LENGTH)
    if passphrase != passphrase.strip():
        raise WeakPassphrase("passphrase.edge_space")
    if len(set(passphrase)) < 5:
        raise WeakPassphrase("passphrase.too_few_characters")


def assess(passphrase: str) -> Assessment:
    """A rough estimate (character pool size × length), shown as a meter; the refusal rules
    above are what is enforced."""
    if len(passphrase) < MIN_LENGTH:
        return Assessment(Strength.TOO_SHORT, 0.0)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 30
    distinct_ratio = len(set(passphrase)) / len(passphrase)
    bits = len(passphrase) * math.log2(max(pool, 2)) * min(1.0, 0.5 + distinct_ratio)
    if bits < 50:
        level = Strength.WEAK
    elif bits < 70:
        level = Strength.FAIR
    elif bits < 90:
        level = Strength.GOOD
    else:
        level = Strength.STRONG
    return Assessment(level, bits)
