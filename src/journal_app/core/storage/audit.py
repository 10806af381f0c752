"""The access log: append-only, each entry chained to the one before by SHA-256.

Entries name a client only by its random id (never a name or any note text), so once a client is
erased the id that remains is a pseudonym. `verify_chain` finds an edited, removed or reordered
entry. The chain is only as strong as the vault key: someone holding the key could rewrite the
whole chain, which is why backups matter.

A chain cut at its end is still a valid chain, so the log's last entry is also kept outside the
database (the anchor in erasures.json, written by the vault through `AnchorKeeper`): after
every export, erase, backup and the like, and at every unlock and lock. An unlock that finds the
database behind its anchor records what was lost in a ROLLBACK entry; `verify_chain` reports
both that (`gaps`) and an anchor the log no longer holds (`missing_anchor`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import sqlcipher3

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.storage.db import Database

GENESIS = "0" * 64


class Action(StrEnum):
    UNLOCK = "unlock"
    LOCK = "lock"
    OPEN_JOURNAL = "open_journal"
    CLIENT_CREATED = "client_created"
    CLIENT_CHANGED = "client_changed"
    NOTE_CREATED = "note_created"
    NOTE_SIGNED = "note_signed"
    NOTE_CORRECTED = "note_corrected"
    EXPORT_PDF = "export_pdf"
    EXPORT_EXTRACT = "export_extract"
    EXPORT_INTERCHANGE = "export_interchange"
    EXPORT_CALENDAR = "export_calendar"  # planned sessions as an .ics (how many; never names)
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    ERASE = "erase"
    POLICY_CHANGE = "policy_change"
    PASSPHRASE_CHANGE = "passphrase_change"
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    RECOVERY_UNLOCK = "recovery_unlock"
    FAILED_UNLOCKS = "failed_unlocks"  # wrong passphrases counted while locked (attempts.py)
    EXPORT_LOG = "export_log"  # a copy of log entries handed out (HSLF-FS 2016:40 4 kap 9 §)
    BACKUP_ERASURE = "backup_erasure"  # an erased client removed from a listed backup
    PACKAGE_CHANGED = "package_changed"  # a running package corrected (which fields, no values)
    PACKAGE_REMOVED = "package_removed"  # a package without sessions, added by mistake
    # journal.db found older than its anchor at unlock: what was lost, erasures applied again
    ROLLBACK = "rollback"
    ANCHOR_MISSING = "anchor_missing"  # erasures.json missing or unreadable: nothing to check
    HEADER_REPAIRED = "header_repaired"  # vault.json rewritten from its verified copy
    MEASURE_RECORDED = "measure_recorded"  # an outcome measure entered (which one, no answers)
    MEASURE_FLAG_ACKNOWLEDGED = "measure_flag_acknowledged"  # PHQ-9 item 9 seen and acknowledged
    CARD_WRITTEN = "card_written"  # a journal card part started (which part, no text)
    CARD_SIGNED = "card_signed"
    CARD_CORRECTED = "card_corrected"


# After these the anchor is brought up to date (once the entry is committed): what an older
# copy of journal.db put back must not hide.
ANCHORED = frozenset({
    Action.EXPORT_PDF, Action.EXPORT_EXTRACT, Action.EXPORT_INTERCHANGE, Action.EXPORT_LOG,
    Action.EXPORT_CALENDAR, Action.BACKUP, Action.ERASE, Action.BACKUP_ERASURE, Action.IMPORT,
    Action.RESTORE, Action.POLICY_CHANGE, Action.PASSPHRASE_CHANGE, Action.RECOVERY_KEY_REPLACED,
    Action.ROLLBACK, Action.ANCHOR_MISSING, Action.HEADER_REPAIRED,
})


class AnchorKeeper(Protocol):
    """The record of the log's end kept outside the database (core/vault/anchor.py)."""

    def recorded(self) -> tuple[int, str] | None:
        """The anchored (seq, hash), when there is a readable record."""

    def update(self) -> bool:
        """Bring the record up to the committed log; never raises. Whether it was written."""


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    action: str
    client_id: str | None
    detail: str
    hash: str


@dataclass(frozen=True)
class LogGap:
    """Entries lost when journal.db went back to an older copy (or its log was cut): those
    after entry `after`, numbered `first`..`last` when they were written. `first` and `after`
    are None when the log was replaced up to `last` (the old entries cannot be counted).
    `noticed_seq`/`noticed_at`: the ROLLBACK entry that recorded it; None when not yet noticed
    by an unlock (verify on a locked vault)."""

    after: int | None
    first: int | None
    last: int
    noticed_seq: int | None = None
    noticed_at: dt.datetime | None = None

    @property
    def count(self) -> int | None:
        return None if self.first is None else self.last - self.first + 1


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_break: int | None  # seq of the first entry whose hash does not match
    # The anchored entry (erasures.json's log_anchor) when the log no longer holds it as
    # recorded: entries were cut from the end (or the file rolled back to an older copy).
    missing_anchor: int | None = None
    # What that means, and every earlier loss an unlock recorded (ROLLBACK entries).
    gaps: tuple[LogGap, ...] = ()
    last_seq: int | None = None

    @property
    def intact(self) -> bool:
        return self.first_break is None and self.missing_anchor is None and not self.gaps


_LOST = re.compile(r"\bafter=(\d+) lost=(\d+)-(\d+)\b")
_REPLACED = re.compile(r"\breplaced_to=(\d+)\b")


def gap_detail(gap: LogGap) -> str:
    """The ROLLBACK entry's words for a gap (parsed back by `_gap_of`)."""
    if gap.first is None or gap.after is None:
        return f"replaced_to={gap.last}"
    return f"after={gap.after} lost={gap.first}-{gap.last}"


def unrecorded_gap(anchor: tuple[int, str], last_seq: int | None) -> LogGap:
    """What an anchor the log no longer holds says was lost."""
    end = last_seq or 0
    if end < anchor[0]:
        return LogGap(end, end + 1, anchor[0])
    return LogGap(None, None, anchor[0])


def _gap_of(seq: int, at: str, detail: str) -> LogGap | None:
    if (lost := _LOST.search(detail)) is not None:
        return LogGap(int(lost[1]), int(lost[2]), int(lost[3]), seq, parse_utc(at))
    if (replaced := _REPLACED.search(detail)) is not None:
        return LogGap(None, None, int(replaced[1]), seq, parse_utc(at))
    return None


def entry_hash(prev: str, seq: int, at: str, action: str, client_id: str | None, detail: str) -> str:
    payload = json.dumps([prev, seq, at, action, client_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_entry_in(conn: sqlcipher3.Connection) -> tuple[int, str] | None:
    """The log's last (seq, hash) on an open connection (a vault's, a backup's, a restore's)."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def holds_entry_in(conn: sqlcipher3.Connection, seq: int, digest: str) -> bool:
    """Whether the log on `conn` still holds the entry (seq, hash) as it was recorded."""
    return conn.execute(
        "SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?", (seq, digest)
    ).fetchone() is not None


class AuditLog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.keeper: AnchorKeeper | None = None  # set by the open vault
        self._anchor_due = False

    def append(self, action: Action, client_id: str | None = None, detail: str = "") -> None:
        with self._db.write() as conn:
            self.append_in(conn, action, client_id, detail)
        self.anchor_if_due()

    def anchor_if_due(self) -> None:
        """Bring the anchor up to date when an ANCHORED entry was committed since the last
        time. Callers that append inside a longer transaction (an erase, a backup) call this
        after it commits; inside a transaction it waits (the entry may still roll back)."""
        if not self._anchor_due or self.keeper is None or not self._db.is_open:
            return
        if self._db.conn.in_transaction:
            return
        self._anchor_due = False
        self.keeper.update()

    def recorded_anchor(self) -> tuple[int, str] | None:
        return self.keeper.recorded() if self.keeper is not None else None

    def append_in(
        self,
        conn: sqlcipher3.Connection,
        action: Action,
        client_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Append inside the caller's transaction, so the entry commits with the change."""
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = utc_iso(self._clock.now())
        digest = entry_hash(prev, seq, at, str(action), client_id, detail)
        conn.execute(
            "INSERT INTO audit_log (seq, at, action, client_id, detail, hash)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (seq, at, str(action), client_id, detail, digest),
        )
        if action in ANCHORED:
            self._anchor_due = True

    def first_entry_at(self) -> dt.datetime | None:
        """When the log began (the vault's creation, for a vault never backed up)."""
        with self._db.read() as conn:
            # The first entry written (the vault's creation), found by the key: min(at) read
            # every entry of the log (0.2 s at 200,000 notes, on every unlock).
            row = conn.execute(
                "SELECT at FROM audit_log WHERE seq >= 1 ORDER BY seq LIMIT 1").fetchone()
        first = row[0] if row else None
        return parse_utc(first) if first else None

    def entries(
        self,
        *,
        client_id: str | None = None,
        action: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        limit: int = 10_000,
    ) -> list[AuditEntry]:
        clauses: list[str] = []
        params: list[object] = []
        if client_id is not None:
            clauses.append("client_id = ?")
            params.append(client_id)
        if action is not None:
            clauses.append("action = ?")
            params.append(action)
        if since is not None:
            clauses.append("at >= ?")
            params.append(utc_iso(since))
        if until is not None:
            clauses.append("at < ?")
            params.append(utc_iso(until))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT seq, at, action, client_id, detail, hash FROM audit_log {where}"
                " ORDER BY seq DESC LIMIT ?",
                (*params, limit),
            ).fetchall()
        return [AuditEntry(r[0], parse_utc(r[1]), r[2], r[3], r[4], r[5]) for r in rows]

    def verify_chain(self, anchor: tuple[int, str] | None = None) -> ChainReport:
        """Recompute every link. `anchor` (seq, hash), recorded outside the database, must
        still be in the log: a chain cut at its end is otherwise still a valid chain. Losses an
        unlock recorded (ROLLBACK entries) are reported as gaps."""
        prev = GENESIS
        count = 0
        expected_seq = 1
        gaps: list[LogGap] = []
        first_break: int | None = None
        missing: int | None = None
        with self._db.read() as conn:
            if anchor is not None and not holds_entry_in(conn, *anchor):
                missing = anchor[0]
            last = last_entry_in(conn)
            rows = conn.execute(
                "SELECT seq, at, action, client_id, detail, hash FROM audit_log ORDER BY seq"
            )
            # Each hash covers the previous one, so an entry removed, changed or moved breaks
            # the next link (schema V12 dropped the stored copy of the previous hash).
            for seq, at, action, client_id, detail, digest in rows:
                count += 1
                recomputed = entry_hash(prev, seq, at, action, client_id, detail)
                if first_break is None and (seq != expected_seq or digest != recomputed):
                    first_break = seq
                if action == Action.ROLLBACK and (gap := _gap_of(seq, at, detail)) is not None:
                    gaps.append(gap)
                prev = digest
                expected_seq += 1
        last_seq = last[0] if last else None
        if anchor is not None and missing is not None:
            gaps.append(unrecorded_gap(anchor, last_seq))
        return ChainReport(count, first_break, missing, tuple(gaps), last_seq)
