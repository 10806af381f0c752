"""`erasures.json`: the erasure receipts kept a second time, outside the database.

A restore must erase again every client erased after the backup was made. The receipts live in
the database, but the usual reason to restore is a database that no longer opens; so each
receipt is also kept in this small file in the vault folder. It holds only what replaying an
erase needs: the client's random id, when, the policy, and the reason (the erased package ids
for a partial erase, an IVO reference). No name, no contact data, no note text.

It is also the vault's anchor, the record a journal.db put back from an older copy cannot roll
back with it (docs/security.md, "Rollback"): the access log's last entry (seq and hash) and the
erasure generation (how many receipts the database held) as they were when the file was
written. Every vault has one from its creation on; it is brought up to date at every unlock and
lock and after every export, erase and backup (core/vault/anchor.py). A database whose log no
longer holds that entry, or that holds fewer receipts, is older than its record
(core/retention/rollback.py). Format 1 (before the generation and note counts) is still read.

The file is authenticated with HMAC-SHA256 under a key derived (HKDF-SHA256) from the vault's
data key, so only the key holder can write a file that a restore trusts. Someone holding the
data key can rewrite both the database and this file; it guards against damage and against an
old copy of journal.db put back without its matching sidecar, not against the key holder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.core.domain.models import EraseReason as EraseReason  # stored codes, see there
from journal_app.core.files.atomic import write_atomic
from journal_app.core.storage.audit import holds_entry_in, last_entry_in
from journal_app.core.storage.receipt_copies import ReceiptRow, receipt_count, receipt_rows

SIDECAR_NAME = "erasures.json"
FORMAT = 2
FORMATS = (1, 2)
MAX_BYTES = 16 * 1024 * 1024
_INFO = b"journal-app erasures.json v1"


@dataclass(frozen=True)
class Receipt:
    client_id: str
    erased_at: str
    policy: str
    reason: str  # an EraseReason value, with details
    notes_count: int | None = None  # None: read from a format 1 file, which did not keep it

    @property
    def key(self) -> tuple[str, str, str]:
        """What tells two erasures apart (the note count is not part of it)."""
        return (self.client_id, self.erased_at, self.reason)

    def row(self) -> ReceiptRow:
        return (self.client_id, self.erased_at, self.policy, self.reason, self.notes_count or 0)


@dataclass(frozen=True)
class Sidecar:
    vault_id: str
    receipts: list[Receipt]
    log_anchor: tuple[int, str] | None  # the log's last (seq, hash) when written
    # How many receipts the database held when written (never less than before); None in a
    # format 1 file.
    generation: int | None = None
    format: int = FORMAT


def read_receipts(conn: Any) -> list[Receipt]:
    """The receipts stored in the database open on `conn`, oldest first."""
    return [Receipt(*row) for row in receipt_rows(conn)]


def stored_generation(conn: Any) -> int:
    """The erasure generation of the database open on `conn`: how many receipts it holds."""
    return receipt_count(conn)


def last_log_entry(conn: Any) -> tuple[int, str] | None:
    return last_entry_in(conn)


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(data_key)


def _mac(data_key: bytes, body: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(_mac_key(data_key), hashes.SHA256())
    mac.update(body)
    return mac


def _receipt_fields(receipt: Receipt, form: int) -> dict[str, object]:
    fields: dict[str, object] = {"client_id": receipt.client_id, "erased_at": receipt.erased_at,
                                 "policy": receipt.policy, "reason": receipt.reason}
    if form >= 2:
        fields["notes_count"] = receipt.notes_count
    return fields


def _body(sidecar: Sidecar) -> bytes:
    payload: dict[str, object] = {
        "format": sidecar.format,
        "vault_id": sidecar.vault_id,
        "receipts": [_receipt_fields(r, sidecar.format) for r in sidecar.receipts],
        "log_anchor": ({"seq": sidecar.log_anchor[0], "hash": sidecar.log_anchor[1]}
                       if sidecar.log_anchor else None),
    }
    if sidecar.format >= 2:
        payload["generation"] = sidecar.generation
    return json.dumps(payload, sort_keys=True, ensure_ascii=True).encode("ascii")


def write_sidecar(folder: Path, data_key: bytes, sidecar: Sidecar) -> None:
    body = _body(Sidecar(sidecar.vault_id, sidecar.receipts, sidecar.log_anchor,
                         sidecar.generation, FORMAT))
    document = json.loads(body)
    document["mac"] = _mac(data_key, body).finalize().hex()
    text = json.dumps(document, sort_keys=True, indent=1) + "\n"
    write_atomic(folder / SIDECAR_NAME, text.encode("ascii"), mode=0o600)


def read_sidecar(folder: Path, data_key: bytes) -> Sidecar | None:
    """The sidecar when it is there and its MAC verifies under this data key; else None."""
    path = folder / SIDECAR_NAME
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        document = json.loads(path.read_bytes())
        mac = bytes.fromhex(str(document.pop("mac")))
        form = document.get("format")
        if form not in FORMATS:
            return None
        anchor = document.get("log_anchor")
        generation = document.get("generation") if form >= 2 else None
        sidecar = Sidecar(
            vault_id=str(document["vault_id"]),
            receipts=[Receipt(str(r["client_id"]), str(r["erased_at"]), str(r["policy"]),
                              str(r["reason"]), _count(r.get("notes_count")))
                      for r in document["receipts"]],
            log_anchor=(int(anchor["seq"]), str(anchor["hash"])) if anchor else None,
            generation=None if generation is None else int(generation),
            format=int(form),
        )
        _mac(data_key, _body(sidecar)).verify(mac)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
        return None
    return sidecar


def _count(value: object) -> int | None:
    return None if value is None else int(str(value))


def merge(*groups: list[Receipt]) -> list[Receipt]:
    """Every distinct receipt, oldest first (with its note count where one copy has it)."""
    seen: dict[tuple[str, str, str], Receipt] = {}
    for group in groups:
        for receipt in group:
            known = seen.get(receipt.key)
            if known is None or (known.notes_count is None and receipt.notes_count is not None):
                seen[receipt.key] = receipt
    return sorted(seen.values(), key=lambda r: r.erased_at)


def sync_sidecar(folder: Path, vault_id: str, data_key: bytes, conn: Any, *,
                 move_anchor: bool = False) -> None:
    """Write the sidecar from the open database (keeping receipts only the old file holds).

    The anchor never moves back over a cut or rolled-back log (verify and the next unlock must
    keep seeing it), unless `move_anchor`: the unlock that found it has recorded the loss in
    the log (a ROLLBACK entry) and applied the erasures again. The generation never goes down."""
    receipts = read_receipts(conn)
    anchor = last_log_entry(conn)
    generation = stored_generation(conn)
    old = read_sidecar(folder, data_key)
    if old is not None and old.vault_id == vault_id:
        receipts = merge(old.receipts, receipts)
        if not move_anchor:
            if old.log_anchor is not None and not holds_entry_in(conn, *old.log_anchor):
                anchor = old.log_anchor
            generation = max(generation, old.generation or 0)
    write_sidecar(folder, data_key, Sidecar(vault_id, receipts, anchor, generation))
