"""Over a thousand corruptions of journal.db, vault.json (+ its copy) and a backup file: bit
flips, truncations, zeroed pages, swapped pages and another vault's files. Each one is detected
with a clear error naming the file (a JournalError, or a problem verify reports), never a crash
or traceback, and the damaged file is never overwritten.

The one outcome allowed besides detection: bytes that carry no meaning. The header's checksum
covers its parsed content (canonical JSON), so re-indenting vault.json changes no meaning; such
cases must open AND verify with identical content, and are counted apart."""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from _support import count, new_vault

from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.backup_file import DIGEST
from journal_app.core.backup.restore import restore_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.errors import JournalError, VaultDamaged, WrongPassphrase
from journal_app.core.storage.db import DatabaseError
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

PAGE = 4096
FILES = ("journal.db", "vault.json", "vault.json.bak")


@dataclass(frozen=True)
class Pristine:
    files: dict[str, bytes]
    other_same_pass: dict[str, bytes]  # another vault, same passphrase
    other_new_pass: dict[str, bytes]  # another vault, another passphrase
    backup: bytes
    clients: int


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    root = tmp_path_factory.mktemp("pristine")
    vault, _ = new_vault(root / "vault")
    j = vault.journal
    for i in range(12):
        client = j.clients.add(f"Klient {i}", email=f"k{i}@example.se")
        package = j.packages.add(client.id, name="Paket", sessions_total=3,
                                 purchased="2026-01-01")
        for d in range(2):
            session = j.packages.add_session(package.id, f"2026-01-{d + 2:02d}T10:00", "held")
            j.notes.save_draft(session.id, f"Anteckning {i}.{d} " + "ord " * 250)
            j.sign_note(session.id)
    (root / "backups").mkdir()
    record = create_backup(vault, root / "backups" / "b.journalbackup")
    vault.lock()
    other, _ = new_vault(root / "other")
    other.lock()
    from journal_app.core.vault.vault import Vault as V
    third, _ = V.create(root / "third", "a different passphrase entirely", kdf_policy=FAST_KDF)
    third.lock()

    def read(folder: Path) -> dict[str, bytes]:
        return {name: (folder / name).read_bytes() for name in FILES}

    return Pristine(read(root / "vault"), read(root / "other"), read(root / "third"),
                    record.path.read_bytes(), 12)


def flip(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]


def truncate(data: bytes, rng: random.Random) -> bytes:
    choice = rng.random()
    if choice < 0.1:
        return b""
    if choice < 0.4 and len(data) > PAGE:
        return data[:PAGE * rng.randrange(1, len(data) // PAGE)]  # whole pages lost
    return data[:rng.randrange(len(data))]


def zero_range(data: bytes, rng: random.Random, size: int) -> bytes:
    if len(data) >= size * 2 and size == PAGE:
        at = PAGE * rng.randrange(len(data) // PAGE)
    else:
        at = rng.randrange(len(data))
    return data[:at] + b"\0" * len(data[at:at + size]) + data[at + size:]


def swap_pages(data: bytes, rng: random.Random) -> bytes:
    pages = [data[i:i + PAGE] for i in range(0, len(data), PAGE)]
    a, b = rng.sample(range(len(pages)), 2)
    pages[a], pages[b] = pages[b], pages[a]
    return b"".join(pages)


def same_meaning(data: bytes, pristine: bytes) -> bool:
    """Damage only to bytes without meaning (whitespace): the same JSON when parsed."""
    try:
        return bool(json.loads(data) == json.loads(pristine))
    except ValueError:
        return False


def attempt(folder: Path, damaged: list[str], files: dict[str, bytes]) -> str:
    """Lay the files down, try to open and verify. 'refused' or 'verify' (detected), or
    'sound'. Asserts the error is clear and names a damaged file, and nothing was overwritten."""
    for extra in folder.iterdir():
        extra.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    names = [str(folder / n) for n in damaged]
    try:
        vault = Vault.unlock(folder, PASSPHRASE)
    except WrongPassphrase:
        raise
    except JournalError as exc:
        message = str(exc)
        assert any(n in message for n in names), message
        assert "Traceback" not in message
        for name, data in files.items():  # a refused open writes nothing at all
            assert (folder / name).read_bytes() == data, f"{name} changed by a refused open"
        return "refused"
    try:
        report = verify_read_only(vault.folder, vault.data_key)
    finally:
        with contextlib.suppress(JournalError, DatabaseError):
            vault.lock()
    for name in damaged:
        if name != "journal.db":  # the open logs to the database, never to a header copy
            assert (folder / name).read_bytes() == files[name], f"{name} was overwritten"
    if report.sound:
        return "sound"
    assert any(n in p for p in report.problems for n in names), report.problems
    return "verify"


def test_database_corruptions_are_all_detected(pristine: Pristine, tmp_path: Path) -> None:
    rng = random.Random(1)
    folder = tmp_path / "v"
    folder.mkdir()
    db = pristine.files["journal.db"]
    kinds = {
        "bit flip": lambda: flip(db, rng),
        "truncation": lambda: truncate(db, rng),
        "zeroed page": lambda: zero_range(db, rng, PAGE),
        "zeroed bytes": lambda: zero_range(db, rng, rng.randrange(1, 64)),
        "swapped pages": lambda: swap_pages(db, rng),
    }
    outcomes: Counter[str] = Counter()
    for i in range(450):
        kind = list(kinds)[i % len(kinds)]
        damaged = kinds[kind]()
        if damaged == db:
            continue
        outcome = attempt(folder, ["journal.db"], {**pristine.files, "journal.db": damaged})
        assert outcome != "sound", f"{kind} #{i} went undetected"
        outcomes[f"journal.db {kind}: {outcome}"] += 1
    for other in (pristine.other_same_pass, pristine.other_new_pass):  # another vault's file
        outcome = attempt(folder, ["journal.db"], {**pristine.files,
                                                   "journal.db": other["journal.db"]})
        assert outcome == "refused"
        outcomes["journal.db swapped: refused"] += 1
    count("corruptions", sum(outcomes.values()))
    for key, n in outcomes.items():
        count(f"corruption outcome {key}", n)


def test_header_corruptions_are_all_detected(pristine: Pristine, tmp_path: Path) -> None:
    rng = random.Random(2)
    folder = tmp_path / "v"
    folder.mkdir()
    header = pristine.files["vault.json"]
    outcomes: Counter[str] = Counter()

    def damage() -> tuple[str, bytes]:
        kind = rng.choice(["bit flip", "truncation", "zeroed bytes"])
        data = {"bit flip": lambda: flip(header, rng),
                "truncation": lambda: truncate(header, rng),
                "zeroed bytes": lambda: zero_range(header, rng, rng.randrange(1, 32))}[kind]()
        return kind, data

    for i in range(360):
        which = ("vault.json", "vault.json.bak", "both")[i % 3]
        kind, data = damage()
        files = dict(pristine.files)
        names = ["vault.json", "vault.json.bak"] if which == "both" else [which]
        for name in names:
            files[name] = data if name == which or i % 2 else damage()[1]
        if all(same_meaning(files[n], header) for n in names):
            continue  # e.g. only the final newline cut off: see the test below
        outcome = attempt(folder, names, files)
        assert outcome != "sound", f"{which} {kind} #{i} went undetected"
        if which == "both":
            assert outcome == "refused"
        outcomes[f"{which} {kind}: {outcome}"] += 1
    # Another vault's header under vault.json: never opens this vault's database.
    for label, other in (("same passphrase", pristine.other_same_pass),
                         ("other passphrase", pristine.other_new_pass)):
        for names in (["vault.json"], ["vault.json", "vault.json.bak"]):
            files = {**pristine.files, **{n: other[n] for n in names}}
            if label == "other passphrase" and len(names) == 2:
                # A whole foreign header: for it, this IS the wrong passphrase, and nothing in
                # the folder can say otherwise before the key unwraps. Nothing is written.
                with pytest.raises(WrongPassphrase):
                    attempt(folder, names, files)
                assert {n: (folder / n).read_bytes() for n in FILES} == files
                outcomes["swapped header (other passphrase, both copies): wrong passphrase"] += 1
                continue
            outcome = attempt(folder, [*names, "journal.db"], files)
            assert outcome in ("refused", "verify"), (label, names, outcome)
            outcomes[f"swapped header ({label}, {len(names)} copies): {outcome}"] += 1
    count("corruptions", sum(outcomes.values()))
    for key, n in outcomes.items():
        count(f"corruption outcome {key}", n)


def test_meaningless_header_bytes_change_nothing(pristine: Pristine, tmp_path: Path) -> None:
    """Re-indented or re-spaced JSON: the checksum is over the parsed content, so these open
    and verify with the same content. Counted apart from the damage cases."""
    folder = tmp_path / "v"
    folder.mkdir()
    parsed = json.loads(pristine.files["vault.json"])
    variants = [json.dumps(parsed, indent=i, sort_keys=s).encode() + tail
                for i in (None, 0, 1, 4, "\t") for s in (True, False) for tail in (b"", b"\n\n")]
    for data in variants:
        files = {**pristine.files, "vault.json": data, "vault.json.bak": data}
        assert attempt(folder, ["vault.json"], files) == "sound"
        vault = Vault.unlock(folder, PASSPHRASE)
        try:
            assert len(vault.journal.clients.all()) == pristine.clients
        finally:
            vault.lock()
    count("meaningless header rewrites (opened and verified)", len(variants))


def test_backup_corruptions_are_all_detected(pristine: Pristine, tmp_path: Path) -> None:
    rng = random.Random(3)
    backup = pristine.backup
    source = tmp_path / "b.journalbackup"
    outcomes: Counter[str] = Counter()

    def resealed(data: bytes) -> bytes:
        """Damage the database copy and recompute the file checksum, as a forger would: the
        page HMACs must still catch it."""
        body = bytearray(data[:-DIGEST])
        at = rng.randrange(PAGE * 3)  # the first pages: read by every open
        body[at] ^= 1 << rng.randrange(8)
        return bytes(body) + hashlib.sha256(bytes(body)).digest()

    kinds = {
        "bit flip": lambda: flip(backup, rng),
        "truncation": lambda: truncate(backup, rng),
        "zeroed page": lambda: zero_range(backup, rng, PAGE),
        "swapped pages": lambda: swap_pages(backup, rng),
        "resealed flip": lambda: resealed(backup),
    }
    for i in range(300):
        kind = list(kinds)[i % len(kinds)]
        data = kinds[kind]()
        if data == backup:
            continue
        source.write_bytes(data)
        target = tmp_path / f"restored-{i}"
        with pytest.raises(VaultDamaged) as caught:
            restore_backup(source, target, PASSPHRASE)
        assert str(source) in str(caught.value)
        assert not target.exists()
        assert source.read_bytes() == data
        assert sorted(p.name for p in tmp_path.iterdir()) == ["b.journalbackup"]
        outcomes[f"backup {kind}: refused"] += 1
    count("corruptions", sum(outcomes.values()))
    for key, n in outcomes.items():
        count(f"corruption outcome {key}", n)
