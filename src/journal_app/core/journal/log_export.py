"""A copy of access-log entries for the practitioner or a client (HSLF-FS 2016:40 4 kap 9 §).

The file is plaintext by nature (it is handed out), so it is written only where the
practitioner chooses, atomically, and the handing-out is itself logged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from journal_app.core.domain.clock import utc_iso
from journal_app.core.files.atomic import write_atomic
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action, AuditEntry

CSV_HEADER = ("seq", "time_utc", "action", "client_id", "detail", "hash")


def entries_csv(entries: Sequence[AuditEntry]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in sorted(entries, key=lambda entry: entry.seq):
        writer.writerow((e.seq, utc_iso(e.at), e.action, e.client_id or "",
                         _neutral(e.detail), e.hash))
    # A byte-order mark so spreadsheet programs read å, ä and ö correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _neutral(text: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def export_log_csv(journal: Journal, target: Path, *, client_id: str | None = None) -> int:
    """Write the entries (all, or one client's) to `target`; returns how many."""
    entries = journal.audit.entries(client_id=client_id, limit=10_000_000)
    write_atomic(target, entries_csv(entries))
    journal.audit.append(Action.EXPORT_LOG, client_id, f"entries={len(entries)}")
    return len(entries)
