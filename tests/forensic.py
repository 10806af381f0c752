"""Forensic reading of a vault file: decrypt every page ourselves, never through SQLite.

SQLCipher 4, raw key: pages of 4096 bytes, each ending in 80 bytes SQLite keeps free for
SQLCipher. Its IV and the page's HMAC close the page: 16 + 64 bytes with SQLCipher's default
HMAC-SHA512 (older vaults), 16 + 32 with HMAC-SHA256 (vaults made now; the 32 bytes before them
are encrypted with the page). The first 16 bytes of page 1 are the salt, stored in the clear;
the rest of a page up to the reserve is AES-256-CBC with that page's IV, under the raw data key.
Every page is decrypted, free pages and unused space included, so text that SQL can no longer
see but the file still holds is found. `cryptography` does the AES; nothing is hand-written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from journal_app.core.journal.demo import fictional_personnummer

PAGE_SIZE = 4096
HEADER_RESERVE = 80  # what the SQLite header names: SQLite only ever grows it
CIPHER_RESERVES = (48, 80)  # IV and tag: HMAC-SHA256, HMAC-SHA512
IV_SIZE = 16
SALT_SIZE = 16


class ForensicError(AssertionError):
    """The file is not what the scan expects (wrong key, wrong format)."""


def _decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def decrypt_page(raw: bytes, number: int, key: bytes, reserve: int) -> bytes:
    """The plaintext of one page (page 1 without its 16-byte salt)."""
    if len(raw) != PAGE_SIZE:
        raise ForensicError(f"page {number} is {len(raw)} bytes, not {PAGE_SIZE}")
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - reserve
    return _decrypt(key, raw[end:end + IV_SIZE], raw[start:end])


def check_header(page_one_plain: bytes) -> None:
    """Page 1 decrypted starts at file offset 16 of a normal SQLite header: page size 4096
    (big-endian), file format versions, 80 reserved bytes, payload fractions 64/32/32."""
    if page_one_plain[0:2] != PAGE_SIZE.to_bytes(2, "big"):
        raise ForensicError("page 1 does not decrypt to a SQLite header (wrong key?)")
    if page_one_plain[4:8] != bytes((HEADER_RESERVE, 64, 32, 32)):
        raise ForensicError(f"unexpected header bytes {page_one_plain[2:8].hex()}")


def page_reserve(page_one: bytes, key: bytes) -> int:
    """SQLCipher's share of the page end in this file: the one of CIPHER_RESERVES whose IV
    decrypts page 1 to a SQLite header."""
    for reserve in CIPHER_RESERVES:
        plain = decrypt_page(page_one, 1, key, reserve)
        if plain[0:2] == PAGE_SIZE.to_bytes(2, "big") and plain[4] == HEADER_RESERVE:
            return reserve
    raise ForensicError("page 1 does not decrypt to a SQLite header (wrong key?)")


def decrypted_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """Every page of the file, decrypted, numbered from 1. The header is checked first."""
    if len(key) != 32:
        raise ForensicError("SQLCipher 4 needs the raw 32-byte data key")
    data = path.read_bytes()
    if len(data) % PAGE_SIZE:
        raise ForensicError(f"{path} is {len(data)} bytes, not a whole number of pages")
    reserve = page_reserve(data[:PAGE_SIZE], key)
    for index in range(len(data) // PAGE_SIZE):
        plain = decrypt_page(data[index * PAGE_SIZE:(index + 1) * PAGE_SIZE], index + 1, key,
                             reserve)
        if index == 0:
            check_header(plain)
        yield index + 1, plain


def needle_forms(text: str) -> list[bytes]:
    """The byte strings a text can sit in the file as: as written and lower-cased (the
    full-text index keeps folded tokens), in UTF-8 (the database's encoding)."""
    forms = {text, text.lower()}
    return [f.encode("utf-8") for f in sorted(forms)]


@dataclass
class ScanResult:
    pages: int = 0
    found: dict[str, list[int]] = field(default_factory=dict)  # needle -> page numbers

    def has(self, needle: str) -> bool:
        return bool(self.found.get(needle))


HEX_DIGITS = frozenset(b"0123456789abcdef")
HEX_ID_RUN = 32  # a uuid4's hex is 32 characters; HMACs and digests are longer


def _hex_run(data: bytes, start: int, end: int) -> int:
    """The length of the run of hex characters around data[start:end]."""
    while start > 0 and data[start - 1] in HEX_DIGITS:
        start -= 1
    while end < len(data) and data[end] in HEX_DIGITS:
        end += 1
    return end - start


def holds(window: bytes, form: bytes, *, ending_after: int = 0) -> bool:
    """Whether `window` holds `form` in a place that ends past `ending_after` (the start of the
    page being scanned, when the window begins with the page before it). A form made only of
    hex characters (the four last digits of an identity number) sits by chance inside random
    row ids and HMACs about once in sixty vaults, so such a form counts only outside a hex run
    as long as an id; anywhere else it counts (the search index, a free page, the client row)."""
    hex_only = set(form) <= HEX_DIGITS
    at = window.find(form)
    while at >= 0:
        if at + len(form) > ending_after and (
                not hex_only or _hex_run(window, at, at + len(form)) < HEX_ID_RUN):
            return True
        at = window.find(form, at + 1)
    return False


def scan(path: Path, key: bytes, needles: Iterable[str]) -> ScanResult:
    """Find each needle (in any of its forms) in the decrypted pages; also across the boundary
    of two neighbouring pages, and in the raw file bytes, which must never hold plaintext."""
    wanted = {n: needle_forms(n) for n in needles}
    result = ScanResult(found={n: [] for n in wanted})
    previous = b""
    for number, plain in decrypted_pages(path, key):
        result.pages += 1
        window = previous + plain  # a needle across the boundary, and a whole hex run
        for needle, forms in wanted.items():
            if any(holds(window, form, ending_after=len(previous)) for form in forms):
                result.found[needle].append(number)
        previous = plain
    raw = path.read_bytes()
    for needle, forms in wanted.items():
        if any(holds(raw, form) for form in forms):
            result.found[needle].append(0)  # page 0: seen in the encrypted file as it is
    return result


# Building clients whose text a scan looks for ----------------------------------------------


@dataclass(frozen=True)
class MarkedClient:
    id: str
    name: str
    email: str
    phone: str
    id_number: str
    package_id: str
    note_words: tuple[str, ...]  # one distinctive word per note, found nowhere else
    card_words: tuple[str, ...] = ()  # the journal card's, each in a signed revision

    def needles(self) -> list[str]:
        """Everything about this client that must vanish with an erase (when unbilled): also
        each word of the name and the parts of the identity number, as the search index
        holds them one token at a time."""
        tokens = [t for t in (*self.name.split(), *self.id_number.split("-")) if len(t) >= 4]
        return [*self.note_words, *self.card_words, self.name, self.email, self.phone,
                self.id_number, *tokens]


def add_marked_client(
    journal: Any, name: str, marker: str, *, notes: int = 3, price_ore: int | None = None,
    purchased: str = "2026-01-10",
) -> tuple[MarkedClient, Any]:
    """A client with one package of `notes` held sessions, each with a signed note holding a
    distinctive word. Returns the client and the PackageCompleted event of the last signing."""
    first = name.split()[0].lower()
    rng = random.Random(marker)
    client = journal.clients.add(name, id_number=fictional_personnummer(rng),
                                 email=f"{first}.{marker}@example.se",
                                 phone=f"070-{rng.randrange(1_000_000, 9_999_999)}",
                                 address=f"{marker}gatan 1")
    package = journal.packages.add(client.id, name="Samtalspaket", sessions_total=notes,
                                   purchased=purchased, price_ore=price_ore)
    words = tuple(f"{marker}{chr(ord('a') + i)}ord" for i in range(notes))
    result = None
    for index, word in enumerate(words):
        start = dt.datetime(2026, 1, 1, 10, 0) + dt.timedelta(days=index)
        session = journal.packages.add_session(package.id, start, "held")
        journal.notes.save_draft(session.id, f"Samtal om sömn och oro. {word} Överenskommelse.")
        result = journal.sign_note(session.id)
    # The journal card (PDL 3 kap 6 §): a background signed then corrected (both revisions
    # stay), and an assessment whose diagnosis is free text.
    card = (f"{marker}bakgrund", f"{marker}rattelse", f"{marker}diagnos")
    journal.save_card_draft(client.id, "background", f"Bakgrund {card[0]}.")
    journal.sign_card_part(client.id, "background")
    journal.start_card_correction(client.id, "background")
    journal.save_card_draft(client.id, "background", f"Bakgrund {card[1]}.")
    journal.sign_card_part(client.id, "background")
    journal.save_card_draft(client.id, "assessment", "Bedömning.", diagnosis=card[2])
    journal.sign_card_part(client.id, "assessment")
    marked = MarkedClient(client.id, client.name, client.email, client.phone,
                          client.id_number or "", package.id, words, card)
    return marked, None if result is None else result.completed
