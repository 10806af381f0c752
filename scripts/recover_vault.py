#!/usr/bin/env python3
"""Read a journal-app vault without journal-app, and write its content as interchange JSON.

    python3 recover_vault.py VAULT_FOLDER OUT.json                  # asks for the passphrase
    python3 recover_vault.py VAULT_FOLDER OUT.json --recovery-key   # asks for the recovery key
    python3 recover_vault.py VAULT_FOLDER - < secret.txt            # secret from stdin, JSON out

Everything it does is written down in docs/vault-format.md; this script is that document as
code, and it imports nothing from journal-app. It needs Python 3.11 and three packages:
argon2-cffi, cryptography and sqlcipher3 (`pip install argon2-cffi cryptography sqlcipher3`).

It only reads: the database is opened read-only and no file in the vault folder changes (so it
writes no access-log entry). The output is the interchange format `journal-app/1`
(docs/interchange.md): importing it into an empty vault gives the same clients, packages,
sessions and every revision of every note. It is NOT encrypted: it is written readable by you
only (mode 0600); keep it on an encrypted disk and delete it when done.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import getpass
import hashlib
import hmac
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

HEADER_FORMAT, HEADER_VERSION = "journal-app-vault", 2
HEADER_MAC_INFO = b"journal-app header mac v2"
RECOVERY_INFO = b"journal-app recovery key v1"
KNOWN_SCHEMA = 19  # PRAGMA user_version this script was written for
SETTINGS_DEFAULTS = {
    "practice_name": "",
    "practitioner": "",  # who keeps the journal, "name, title"
    "retention_policy": "erase_on_completion",
    "late_cancellation_counts": "0",
    "note_template": "Samtalets innehåll\n\n\nMående\n\n\nÖverenskommelser\n\n\nTill nästa gång\n\n",
    "idle_lock_minutes": "5",
    "backup_reminder_days": "7",
}
# The practice's details (settings rows "practice.<field>") and their defaults.
PRACTICE_DEFAULTS: dict[str, Any] = {
    "legal_name": "", "org_number": "", "address": "", "email": "", "phone": "",
    "vat_status": "vat_25", "vat_number": "", "f_skatt": False, "bankgiro": "", "plusgiro": "",
    "swish_number": "", "payment_terms_days": 30, "series_start": 1, "ocr_length_digit": True,
    "print_id_number": True, "account_receivables": "1510", "account_sales_vat_25": "3001",
    "account_sales_exempt": "3004", "account_output_vat_25": "2611", "account_bank": "1930",
}
PLAINTEXT_WARNING = (
    "This file is not encrypted: it holds client names, identity numbers and journal notes in"
    " plain text. Keep it safe and delete it when it is no longer needed."
)


class Refused(Exception):
    """What went wrong, in words for the person running the script."""


# The header -------------------------------------------------------------------------------


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_header(path: Path) -> dict[str, Any]:
    """One header file, its checksum checked (accidental damage; the MAC comes later)."""
    raw = json.loads(path.read_bytes().decode("utf-8"))
    if raw.get("format") != HEADER_FORMAT or raw.get("version") != HEADER_VERSION:
        raise Refused(f"{path}: not a version {HEADER_VERSION} journal-app vault header")
    stored = raw.pop("checksum", None)
    if stored != hashlib.sha256(canonical(raw)).hexdigest():
        raise Refused(f"{path}: its checksum does not match (the file is damaged)")
    if raw["kdf"]["algorithm"] != "argon2id" or raw["recovery"]["algorithm"] != "hkdf-sha256":
        raise Refused(f"{path}: an unknown key derivation")
    return raw


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def recovery_secret(text: str) -> bytes:
    """The recovery key as typed -> its 20 bytes: letters and digits only, upper case, the
    look-alikes 0, 1, 8 read as O, I, B, then RFC 4648 base32 (32 characters)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != 32:
        raise Refused("a recovery key has 32 letters and digits (eight groups of four)")
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise Refused("the recovery key holds a character base32 does not use") from None


def wrapping_key(header: dict[str, Any], secret: str, *, by_recovery: bool) -> bytes:
    if by_recovery:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=unb64(header["recovery"]["salt"]),
                    info=RECOVERY_INFO).derive(recovery_secret(secret))
    kdf = header["kdf"]  # the header's own parameters, so a test vault's weak ones work too
    return hash_secret_raw(
        secret=unicodedata.normalize("NFC", secret).encode("utf-8"), salt=unb64(kdf["salt"]),
        time_cost=int(kdf["time_cost"]), memory_cost=int(kdf["memory_kib"]),
        parallelism=int(kdf["parallelism"]), hash_len=32, type=Type.ID,
    )


def mac_ok(header: dict[str, Any], data_key: bytes) -> bool:
    body = {key: value for key, value in header.items() if key != "mac"}
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=HEADER_MAC_INFO).derive(data_key)
    expected = hmac.new(mac_key, canonical(body), hashlib.sha256).digest()
    return hmac.compare_digest(expected, unb64(header["mac"]))


def data_key(folder: Path, secret: str, *, by_recovery: bool) -> bytes:
    """Unwrap the data key with vault.json, else vault.json.bak."""
    problems: list[str] = []
    for name in ("vault.json", "vault.json.bak"):
        try:
            header = read_header(folder / name)
            slot = "recovery" if by_recovery else "passphrase"
            key = aes_key_unwrap(wrapping_key(header, secret, by_recovery=by_recovery),
                                 unb64(header["wrapped_keys"][slot]))
        except InvalidUnwrap:
            problems.append(f"{name}: the {'recovery key' if by_recovery else 'passphrase'}"
                            " does not open it")
            continue
        except (OSError, ValueError, KeyError, TypeError, Refused) as exc:
            problems.append(f"{name}: {exc}")
            continue
        if not mac_ok(header, key):
            problems.append(f"{name}: its MAC does not match (the header was changed)")
            continue
        return key
    raise Refused("; ".join(problems))


# The database -----------------------------------------------------------------------------


def open_database(folder: Path, key: bytes) -> Any:
    path = folder / "journal.db"
    if not path.is_file():
        raise Refused(f"{path} is missing")
    # Vaults are made with HMAC-SHA256 per page; older ones have SQLCipher's default, SHA-512.
    for algorithm in ("HMAC_SHA256", "HMAC_SHA512"):
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            problem = exc
    else:
        raise Refused(f"{path} does not open with this key ({problem}): it is damaged")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != KNOWN_SCHEMA:
        print(f"warning: schema version {version}, this script knows {KNOWN_SCHEMA}",
              file=sys.stderr)
    return conn


def utc(text: str | None) -> str | None:
    """A stored timestamp as the export writes it (UTC, seconds, +00:00)."""
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


# The built-in templates the app's default can name (core/domain/templates.py): the English
# standard; any other built-in one is written out by the app as its text, read here likewise.
BUILTIN_EN = "Session content\n\n\nWellbeing\n\n\nAgreements\n\n\nNext time\n\n"


def _has(conn: Any, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def default_template(conn: Any, values: dict[str, str]) -> str:
    """The default note template's text: the `note_template` row before schema 17; from
    16 on, the own template `default_template` names, or a built-in one."""
    if not _has(conn, "note_templates"):
        return values["note_template"]
    chosen = values.get("default_template", "")
    row = conn.execute("SELECT body FROM note_templates WHERE id = ?", (chosen,)).fetchone()
    if row is not None:
        return str(row[0])
    builtin = {"builtin-standard-en": BUILTIN_EN, "builtin-soap-sv": _body(
        "Subjektivt", "Objektivt", "Bedömning", "Plan"), "builtin-dap-sv": _body(
        "Data", "Bedömning", "Plan"), "builtin-birp-sv": _body(
        "Beteende", "Insats", "Respons", "Plan"), "builtin-soap-en": _body(
        "Subjective", "Objective", "Assessment", "Plan"), "builtin-dap-en": _body(
        "Data", "Assessment", "Plan"), "builtin-birp-en": _body(
        "Behavior", "Intervention", "Response", "Plan")}
    return builtin.get(chosen, SETTINGS_DEFAULTS["note_template"])


def _body(*headings: str) -> str:
    return "".join(f"{heading}\n\n\n" for heading in headings)[:-1]


def templates(conn: Any) -> dict[str, Any]:
    """The own templates, the default's id, the phrases and each note's template (schema 17
    on), as the app's export writes them."""
    if not _has(conn, "note_templates"):
        return {"default": "builtin-standard-sv", "own": [], "phrases": [], "origins": []}
    row = conn.execute("SELECT value FROM settings WHERE key = 'default_template'").fetchone()
    # Schema 19 gave an own template its notes' language; before, each was the app's ('').
    columns = {r[1] for r in conn.execute("PRAGMA table_info(note_templates)")}
    language = "language" if "language" in columns else "''"
    own = conn.execute(f"SELECT id, name, body, {language} FROM note_templates"
                       " ORDER BY created_at, name, id").fetchall()
    phrases = conn.execute("SELECT id, abbreviation, body, created_at FROM phrases"
                           " ORDER BY abbreviation, id").fetchall()
    origins = conn.execute("SELECT note_id, template_id, headings FROM note_origins"
                           " ORDER BY note_id").fetchall()
    default = row[0] if row else "builtin-standard-sv"
    if not default.startswith("builtin-") and default not in {r[0] for r in own}:
        default = "builtin-standard-sv"
    return {
        "default": default,
        "own": [{"id": r[0], "name": r[1], "body": r[2], "language": r[3]} for r in own],
        "phrases": [{"id": r[0], "abbreviation": r[1], "text": r[2], "created_at": utc(r[3])}
                    for r in phrases],
        "origins": [{"note_id": r[0], "template_id": r[1],
                     "headings": r[2].split("\n") if r[2] else []} for r in origins],
    }


def settings(conn: Any) -> dict[str, Any]:
    values = {**SETTINGS_DEFAULTS, **dict(conn.execute("SELECT key, value FROM settings"))}
    return {
        "practice_name": values["practice_name"],
        "practitioner": values["practitioner"],
        "retention_policy": values["retention_policy"],
        "late_cancellation_counts": values["late_cancellation_counts"] == "1",
        "note_template": default_template(conn, values),
        "idle_lock_minutes": int(values["idle_lock_minutes"]),
        "backup_reminder_days": int(values["backup_reminder_days"]),
    }


def session(conn: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    sid, start, status, created_at = row
    out: dict[str, Any] = {
        "id": sid,
        "start": dt.datetime.fromisoformat(start).isoformat(timespec="minutes"),
        "status": status, "created_at": utc(created_at),
    }
    note = conn.execute("SELECT id, created_at FROM notes WHERE session_id = ?", (sid,)).fetchone()
    if note is None:
        return out
    revisions = [
        {"revision": r[0], "body": r[1], "saved_at": utc(r[2]), "signed_at": utc(r[3]),
         "superseded_at": utc(r[4])}
        for r in conn.execute(
            "SELECT revision, body, saved_at, signed_at, superseded_at FROM note_revisions"
            " WHERE note_id = ? ORDER BY revision", (note[0],))
    ]
    out.update({"note": revisions[-1]["body"], "signed": revisions[-1]["signed_at"] is not None,
                "note_id": note[0], "note_created_at": utc(note[1]), "revisions": revisions})
    return out


def package(conn: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    pid, name, total, purchased, price, created_at, completed_at, postponed = row
    rows = conn.execute("SELECT id, start, status, created_at FROM sessions WHERE package_id = ?",
                        (pid,)).fetchall()
    rows.sort(key=lambda r: (dt.datetime.fromisoformat(r[1]), utc(r[3]), r[0]))
    return {
        "id": pid, "name": name, "sessions_total": total,
        "purchased": dt.date.fromisoformat(purchased).isoformat(), "price_ore": price,
        "created_at": utc(created_at), "completed_at": utc(completed_at),
        "erase_postponed_at": utc(postponed),
        "sessions": [session(conn, r) for r in rows],
    }


def client(conn: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    cid, name, id_number, email, phone, address, free_text, created_at, archived_at = row
    rows = conn.execute(
        "SELECT id, name, sessions_total, purchased, price_ore, created_at, completed_at,"
        " erase_postponed_at FROM packages WHERE client_id = ?", (cid,)).fetchall()
    rows.sort(key=lambda r: (dt.date.fromisoformat(r[3]), utc(r[5]), r[0]))
    return {
        "id": cid, "name": name, "personnummer": id_number, "email": email, "phone": phone,
        "address": address, "free_text": free_text, "created_at": utc(created_at),
        "archived_at": utc(archived_at), "packages": [package(conn, r) for r in rows],
    }


def practice(conn: Any) -> dict[str, Any]:
    stored = {k[len("practice."):]: v for k, v in conn.execute(
        "SELECT key, value FROM settings WHERE key LIKE 'practice.%'")}
    out = dict(PRACTICE_DEFAULTS)
    for field, default in PRACTICE_DEFAULTS.items():
        if field in stored:
            value = stored[field]
            out[field] = (value == "1" if isinstance(default, bool)
                          else int(value) if isinstance(default, int) else value)
    return out


def invoice(conn: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    (iid, number, kind, refers, client_id, package_id, issue, due, language, name, id_number,
     address, email, phone, seller, vat_status, net, vat, total, ocr, issued_at, keep) = row
    lines = [dict(zip(("description", "supplied_from", "supplied_to", "quantity",
                       "unit_price_ore", "amount_ore", "vat_rate_percent", "vat_ore"), r,
                      strict=True))
             for r in conn.execute(
                 "SELECT description, supplied_from, supplied_to, quantity, unit_price_ore,"
                 " amount_ore, vat_rate_percent, vat_ore FROM invoice_lines"
                 " WHERE invoice_id = ? ORDER BY position", (iid,))]
    payments = [{"id": r[0], "paid_on": r[1], "amount_ore": r[2], "method": r[3],
                 "recorded_at": utc(r[4])}
                for r in conn.execute(
                    "SELECT id, paid_on, amount_ore, method, recorded_at FROM invoice_payments"
                    " WHERE invoice_id = ? ORDER BY paid_on, recorded_at", (iid,))]
    return {
        "id": iid, "number": number, "kind": kind, "refers_to": refers, "client_id": client_id,
        "package_id": package_id, "issue_date": issue, "due_date": due, "language": language,
        "buyer": {"name": name, "id_number": id_number, "address": address, "email": email,
                  "phone": phone},
        "seller": json.loads(seller), "vat_status": vat_status, "net_ore": net,
        "vat_ore": vat, "total_ore": total, "ocr_reference": ocr, "issued_at": utc(issued_at),
        "keep_until": keep, "lines": lines, "payments": payments,
    }


def invoicing(conn: Any) -> dict[str, Any]:
    """Every invoice and credit note (schema 13 on), as the app's export writes them."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'invoices'").fetchone() is None:
        return {"next_number": None, "invoices": [], "package_vat": {}}
    rows = conn.execute(
        "SELECT i.id, i.number, i.kind, r.number, i.client_id, i.package_id, i.issue_date,"
        " i.due_date, i.language, i.buyer_name, i.buyer_id_number, i.buyer_address,"
        " i.buyer_email, i.buyer_phone, i.seller, i.vat_status, i.net_ore, i.vat_ore,"
        " i.total_ore, i.ocr_reference, i.issued_at, i.keep_until FROM invoices i"
        " LEFT JOIN invoices r ON r.id = i.refers_to ORDER BY i.number").fetchall()
    series = conn.execute("SELECT next_number FROM invoice_series").fetchone()
    overrides = conn.execute("SELECT id, vat_status FROM packages WHERE vat_status IS NOT NULL"
                             " ORDER BY id").fetchall()
    return {"next_number": series[0] if rows and series else None,
            "invoices": [invoice(conn, r) for r in rows], "package_vat": dict(overrides)}


def measures(conn: Any) -> dict[str, Any]:
    """The practitioner's scales and every outcome measure of every note revision (schema 15
    on), as the app's export writes them."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'measures'").fetchone() is None:
        return {"scales": [], "entries": []}
    scales = conn.execute("SELECT id, name, low, high, low_label, high_label FROM measure_scales"
                          " ORDER BY created_at, name").fetchall()
    rows = conn.execute(
        "SELECT id, note_id, revision, instrument, name, answers, saved_at, flag_acknowledged_at"
        " FROM measures ORDER BY client_id, session_id, revision, instrument").fetchall()
    return {
        "scales": [{"id": r[0], "name": r[1], "low": r[2], "high": r[3], "low_label": r[4],
                    "high_label": r[5]} for r in scales],
        "entries": [{"id": r[0], "note_id": r[1], "revision": r[2], "instrument": r[3],
                     "name": r[4], "answers": [int(a) for a in r[5].split(",") if a != ""],
                     "saved_at": utc(r[6]), "flag_acknowledged_at": utc(r[7])} for r in rows],
    }


def journal_card(conn: Any) -> list[dict[str, Any]]:
    """Every part of every client's journal card with every revision (schema 16 on), as the
    app's export writes them."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'card_parts'").fetchone() is None:
        return []
    out = []
    for part_id, client_id, part, created_at in conn.execute(
            "SELECT id, client_id, part, created_at FROM card_parts ORDER BY client_id, part"
    ).fetchall():
        revisions = conn.execute(
            "SELECT revision, body, diagnosis, measures, evaluate_on, author, saved_at,"
            " signed_at, superseded_at FROM card_revisions WHERE part_id = ? ORDER BY revision",
            (part_id,)).fetchall()
        out.append({"id": part_id, "client_id": client_id, "part": part,
                    "created_at": utc(created_at),
                    "revisions": [{"revision": r[0], "text": r[1], "diagnosis": r[2],
                                   "measures": r[3], "evaluate_on": r[4], "author": r[5],
                                   "saved_at": utc(r[6]), "signed_at": utc(r[7]),
                                   "superseded_at": utc(r[8])} for r in revisions]})
    return out
def dictionary(conn: Any) -> dict[str, Any]:
    """The practitioner's own spelling dictionary (schema 18 on), as the app's export writes
    it: every word as stored, sorted case-insensitively, and the words linked to a client."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'own_words'").fetchone() is None:
        return {"words": [], "linked": {}}
    rows = conn.execute("SELECT word, client_id FROM own_words").fetchall()
    words = [str(r[0]) for r in rows]
    linked = {str(r[0]): str(r[1]) for r in rows if r[1] is not None}
    return {"words": sorted(words, key=lambda w: (w.casefold(), w)),
            "linked": {word: linked[word] for word in sorted(linked)}}


def document(conn: Any) -> dict[str, Any]:
    rows = conn.execute(
        "SELECT id, name, id_number, email, phone, address, free_text, created_at, archived_at"
        " FROM clients").fetchall()
    rows.sort(key=lambda r: (r[1].casefold(), utc(r[7]), r[0]))
    return {
        "format": "journal-app/1",
        "exported_at": utc(dt.datetime.now(dt.UTC).isoformat()),
        "exported_by": "recover_vault.py (docs/vault-format.md)",
        "warning": PLAINTEXT_WARNING,
        "settings": settings(conn),
        "clients": [client(conn, r) for r in rows],
        "practice": practice(conn),
        "invoicing": invoicing(conn),
        "measures": measures(conn),
        "journal_card": journal_card(conn),
        "templates": templates(conn),
        "dictionary": dictionary(conn),
    }


# The command ------------------------------------------------------------------------------


def read_secret(by_recovery: bool) -> str:
    what = "Recovery key" if by_recovery else "Passphrase"
    if sys.stdin.isatty():
        return getpass.getpass(f"{what}: ")
    return sys.stdin.readline().rstrip("\r\n")


def write_output(target: str, doc: dict[str, Any]) -> None:
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", type=Path, help="the vault folder (holds vault.json)")
    parser.add_argument("output", help="the JSON file to write (must not exist), or - for stdout")
    parser.add_argument("--recovery-key", action="store_true",
                        help="the secret is the recovery key, not the passphrase")
    args = parser.parse_args(argv)
    try:
        key = data_key(args.vault, read_secret(args.recovery_key), by_recovery=args.recovery_key)
        conn = open_database(args.vault, key)
        try:
            doc = document(conn)
        finally:
            conn.close()
        write_output(args.output, doc)
    except (Refused, OSError) as exc:
        print(f"recover_vault: {exc}", file=sys.stderr)
        return 1
    if args.output != "-":
        print(f"Wrote {len(doc['clients'])} clients to {args.output}. It is not encrypted.",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
