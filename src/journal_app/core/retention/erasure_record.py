"""`erasures.json`: the erasure receipts kept a second time, outside the database.

A restore must erase again every client erased after the backup was made. The receipts live in
the database, but the usual reason to restore is a database that no longer opens; so each
receipt is also kept in this small file in the vault folder. It holds only what replaying an
erase needs: the client's random id, when, the policy, and the reason (the erased package ids
for a partial erase, an IVO reference). No name, no contact data, no note text.

It also holds the access log's last entry (seq and hash) as it was when the file was written:
a log that now ends before that entry lost its tail (`verify` says so).

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
from journal_app.core.storage.erasures import receipt_fields

SIDECAR_NAME = "erasures.json"
FORMAT = 1
MAX_BYTES = 16 * 1024 * 1024
_INFO = b"journal-app erasures.json v1"


@dataclass(frozen=True)
class Receipt:
    client_id: str
    erased_at: str
    policy: str
    reason: str  # an EraseReason value, with details


@dataclass(frozen=True)
class Sidecar:
    vault_id: str
    receipts: list[Receipt]
    log_anchor: tuple[int, str] | None  # the log's last (seq, hash) when written


def read_receipts(conn: Any) -> list[Receipt]:
    """The receipts stored in the database open on `conn`, oldest first."""
    return [Receipt(*fields) for fields in receipt_fields(conn)]


def last_log_entry(conn: Any) -> tuple[int, str] | None:
    return last_entry_in(conn)


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(data_key)


def _mac(data_key: bytes, body: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(_mac_key(data_key), hashes.SHA256())
    mac.update(body)
    return mac


def _body(sidecar: Sidecar) -> bytes:
    payload = {
        "format": FORMAT,
        "vault_id": sidecar.vault_id,
        "receipts": [r.__dict__ for r in sidecar.receipts],
        "log_anchor": ({"seq": sidecar.log_anchor[0], "hash": sidecar.log_anchor[1]}
                       if sidecar.log_anchor else None),
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=True).encode("ascii")


def write_sidecar(folder: Path, data_key: bytes, sidecar: Sidecar) -> None:
    body = _body(sidecar)
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
        anchor = document.get("log_anchor")
        sidecar = Sidecar(
            vault_id=str(document["vault_id"]),
            receipts=[Receipt(str(r["client_id"]), str(r["erased_at"]), str(r["policy"]),
                              str(r["reason"])) for r in document["receipts"]],
            log_anchor=(int(anchor["seq"]), str(anchor["hash"])) if anchor else None,
        )
        if document.get("format") != FORMAT:
            return None
        _mac(data_key, _body(sidecar)).verify(mac)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
        return None
    return sidecar


def merge(*groups: list[Receipt]) -> list[Receipt]:
    """Every distinct receipt, oldest first."""
    seen: dict[tuple[str, str, str], Receipt] = {}
    for group in groups:
        for receipt in group:
            seen.setdefault((receipt.client_id, receipt.erased_at, receipt.reason), receipt)
    return sorted(seen.values(), key=lambda r: r.erased_at)


def sync_sidecar(folder: Path, vault_id: str, data_key: bytes, conn: Any) -> None:
    """Write the sidecar from the open database (keeping receipts only the old file holds).
    A vault that never erased anything gets no file."""
    receipts = read_receipts(conn)
    anchor = last_log_entry(conn)
    old = read_sidecar(folder, data_key)
    if old is not None and old.vault_id == vault_id:
        receipts = merge(old.receipts, receipts)
        # Never move the anchor back over a cut log: verify must keep reporting the cut.
        if old.log_anchor is not None and not holds_entry_in(conn, *old.log_anchor):
            anchor = old.log_anchor
    elif not receipts and not (folder / SIDECAR_NAME).exists():
        return
    write_sidecar(folder, data_key, Sidecar(vault_id, receipts, anchor))
