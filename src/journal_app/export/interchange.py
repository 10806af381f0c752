"""The open interchange format "journal-app/1": a plain JSON file (docs/interchange.md).

Export writes the whole vault (clients, packages, sessions, every revision of every note, and
the practice settings) so that importing it into an empty vault reproduces it exactly, ids and
timestamps included. Import reads that, or a much simpler hand-written file, checks every
record first and writes nothing unless all of them are sound (the SQL is core/journal/bulk_import.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, cast

from journal_app import __version__
from journal_app.core.domain.clock import utc_iso
from journal_app.core.domain.models import Client, Note, Package, Session, VaultSettings
from journal_app.core.errors import InvalidInput
from journal_app.core.files.atomic import write_atomic
from journal_app.core.journal.bulk_import import ImportCounts, vault_is_empty, write_plan
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import Message
from journal_app.core.storage.audit import Action
from journal_app.export.interchange_card import card_out, card_plan
from journal_app.export.interchange_dictionary import dictionary_out, dictionary_plan
from journal_app.export.interchange_invoicing import (
    invoicing_out,
    invoicing_plan,
    practice_out,
)
from journal_app.export.interchange_measures import measures_out, measures_plan
from journal_app.export.interchange_plan import FORMAT, build_plan
from journal_app.export.interchange_templates import templates_out, templates_plan

MAX_FILE_BYTES = 200 * 1024 * 1024
PLAINTEXT_WARNING = (
    "This file is not encrypted: it holds client names, identity numbers and journal notes in"
    " plain text. Keep it safe and delete it when it is no longer needed."
)

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "export_document",
    "export_to_file",
    "import_document",
    "import_from_file",
    "load_document",
]


# Export ------------------------------------------------------------------------------------


def export_document(journal: Journal) -> dict[str, Any]:
    """The whole vault as one JSON-ready dict, in a stable order."""
    clients = sorted(
        journal.clients.all(include_archived=True),
        key=lambda c: (c.name.casefold(), c.created_at, c.id),
    )
    return {
        "format": FORMAT,
        "exported_at": utc_iso(journal.clock.now()),
        "exported_by": f"journal-app {__version__}",
        "warning": PLAINTEXT_WARNING,
        "settings": _settings_out(journal.settings.load()),
        "clients": [_client_out(journal, c) for c in clients],
        "practice": practice_out(journal.practice()),
        "invoicing": invoicing_out(journal),
        "measures": measures_out(journal),
        "journal_card": card_out(journal),
        "templates": templates_out(journal),
        "dictionary": dictionary_out(journal),
    }


def _settings_out(s: VaultSettings) -> dict[str, Any]:
    return {
        "practice_name": s.practice_name,
        "practitioner": s.practitioner,
        "retention_policy": s.retention_policy.value,
        "late_cancellation_counts": s.late_cancellation_counts,
        "note_template": s.note_template,
        "idle_lock_minutes": s.idle_lock_minutes,
        "backup_reminder_days": s.backup_reminder_days,
    }


def _when(moment: dt.datetime | None) -> str | None:
    return None if moment is None else utc_iso(moment)


def _client_out(journal: Journal, c: Client) -> dict[str, Any]:
    packages = sorted(journal.packages.for_client(c.id),
                      key=lambda p: (p.purchased, p.created_at, p.id))
    return {
        "id": c.id,
        "name": c.name,
        "personnummer": c.id_number,
        "email": c.email,
        "phone": c.phone,
        "address": c.address,
        "free_text": c.free_text,
        "created_at": _when(c.created_at),
        "archived_at": _when(c.archived_at),
        "packages": [_package_out(journal, p) for p in packages],
    }


def _package_out(journal: Journal, p: Package) -> dict[str, Any]:
    sessions = sorted(journal.packages.sessions(package_id=p.id),
                      key=lambda s: (s.start, s.created_at, s.id))
    return {
        "id": p.id,
        "name": p.name,
        "sessions_total": p.sessions_total,
        "purchased": p.purchased.isoformat(),
        "price_ore": p.price_ore,
        "created_at": _when(p.created_at),
        "completed_at": _when(p.completed_at),
        "erase_postponed_at": _when(p.erase_postponed_at),
        "sessions": [_session_out(s, journal.notes.for_session(s.id)) for s in sessions],
    }


def _session_out(s: Session, note: Note | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": s.id,
        "start": s.start.isoformat(timespec="minutes"),
        "status": s.status.value,
        "created_at": _when(s.created_at),
    }
    if note is not None:
        out.update({
            "note": note.text,
            "signed": note.current.signed_at is not None,
            "note_id": note.id,
            "note_created_at": _when(note.created_at),
            "revisions": [
                {"revision": r.revision, "body": r.body, "saved_at": _when(r.saved_at),
                 "signed_at": _when(r.signed_at), "superseded_at": _when(r.superseded_at)}
                for r in note.revisions
            ],
        })
    return out


def export_to_file(journal: Journal, path: Path, *, overwrite: bool = False) -> int:
    """Write the export atomically, readable by the owner only. Returns the client count."""
    target = Path(path)
    vault_folder = journal.db.path.parent.resolve()
    if vault_folder == target.resolve().parent or vault_folder in target.resolve().parents:
        raise InvalidInput("export.inside_vault", folder=vault_folder)
    if target.is_dir():
        raise InvalidInput("export.is_folder", path=target)
    if target.exists() and not overwrite:
        raise InvalidInput("export.exists", path=target)
    document = export_document(journal)
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_atomic(target, data, mode=0o600)
    count = len(document["clients"])
    journal.audit.append(Action.EXPORT_INTERCHANGE, None, f"clients={count}")
    return count


# Import ------------------------------------------------------------------------------------


def load_document(data: bytes) -> dict[str, Any]:
    """Parse the bytes of a file into a JSON object, or raise InvalidInput."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("import.not_utf8", byte=exc.start) from None
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput("import.not_json", problem=exc.msg, line=exc.lineno,
                           column=exc.colno) from None
    except RecursionError:
        raise InvalidInput("import.too_deep") from None
    except ValueError as exc:  # a duplicate key, NaN, or an integer with thousands of digits
        problem = exc.reason if isinstance(exc, _Refused) else str(exc)
        raise InvalidInput("import.invalid_json", problem=problem) from None
    if not isinstance(document, dict):
        raise InvalidInput("import.not_an_object", format=FORMAT)
    return document


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            # Two values for one field: which one was meant cannot be known.
            raise _Refused("json.duplicate_key", key=json.dumps(key))
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise _Refused("json.not_a_number", name=name)


class _Refused(ValueError):
    """Our own reason a file is not valid JSON, raised from inside json.loads."""

    def __init__(self, code: str, **fields: object) -> None:
        self.reason = Message(code, fields)
        super().__init__(str(self.reason))


def _too_big(size: int) -> InvalidInput:
    return InvalidInput("import.too_big", megabytes=size / 2**20, limit=MAX_FILE_BYTES // 2**20)


def import_document(journal: Journal, document: object) -> ImportCounts:
    """Validate every record, then write them all in one transaction (or nothing)."""
    empty = vault_is_empty(journal.db)
    plan = build_plan(
        document, now=journal.clock.now(), vault_empty=empty,
        vault_late_counts=journal.settings.load().late_cancellation_counts,
    )
    invoicing = invoicing_plan(
        cast(dict[str, Any], document),  # build_plan refused anything but an object
        vault_empty=empty, clients={c.id for c in plan.clients},
        packages={p.id for c in plan.clients for p in c.packages})
    measures = measures_plan(cast(dict[str, Any], document), plan.clients)
    card = card_plan(cast(dict[str, Any], document), plan.clients,
                     frozenset(e.id for e in journal.all_card_entries()))
    templates = templates_plan(cast(dict[str, Any], document), plan.clients, vault_empty=empty)
    words = dictionary_plan(cast(dict[str, Any], document), {c.id for c in plan.clients})
    with journal.db.write():
        counts = write_plan(journal.db, journal.audit, plan)
        if invoicing is not None:
            journal.restore_invoicing(invoicing.practice, invoicing.invoices,
                                      invoicing.next_number, invoicing.package_vat)
        journal.restore_measures(measures.scales, measures.measures)
        journal.restore_card(card)
        journal.restore_templates(templates.own, templates.default, templates.phrases,
                                  templates.origins)
        journal.restore_own_words(words.words, words.linked)
    return counts


def import_from_file(journal: Journal, path: Path) -> str:
    """Import a journal-app/1 file; returns a one-line summary for a person."""
    source = Path(path)
    try:
        size = os.stat(source).st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(size)
        with open(source, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise InvalidInput("import.is_folder", path=source) from None
    except FileNotFoundError:
        raise InvalidInput("import.no_file", path=source) from None
    except OSError as exc:
        raise InvalidInput("import.unreadable", path=source, reason=exc.strerror or str(exc)) from None
    document = load_document(data)
    counts = import_document(journal, document)
    return summary(counts, settings_in_file=document.get("settings") is not None)


def summary(counts: ImportCounts, *, settings_in_file: bool = False) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}" if count == 1 else f"{count} {word}s"

    text = (f"Imported {n(counts.clients, 'client')}, {n(counts.packages, 'package')},"
            f" {n(counts.sessions, 'session')}, {n(counts.notes, 'note')}.")
    if counts.settings_applied:
        text += " The practice settings were taken from the file."
    elif settings_in_file:
        text += " The vault already held clients, so its own settings were kept."
    return text
