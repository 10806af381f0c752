"""The recovery key: 160 random bits shown once as eight groups of four characters.

It wraps the same data key as the passphrase. Being random and long, it needs no slow key
derivation: HKDF-SHA256 turns it into the wrapping key.
"""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.core.errors import WrongPassphrase

RECOVERY_BYTES = 20
GROUP = 4
# Characters people misread for base32 letters (base32 has no 0, 1 or 8).
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> tuple[str, bytes]:
    """Return (the text shown to the practitioner, the raw secret)."""
    secret = os.urandom(RECOVERY_BYTES)
    return format_recovery_key(secret), secret


def format_recovery_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        raise WrongPassphrase("vault.recovery_key_form")
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise WrongPassphrase("vault.recovery_key_character") from None


def recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"journal-app recovery key v1"
    ).derive(secret)
