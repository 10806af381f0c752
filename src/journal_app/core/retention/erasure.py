"""Erase a client's notes for good, and check that nothing refers to them afterwards.

Everything happens in ONE transaction (rollback journal, synchronous=FULL): a kill at any
moment leaves the client untouched or fully erased, and running the erase again completes it.
SQLCipher's secure_delete zeroes freed cells and pages; the search index has FTS5's
`secure-delete` option on, so removed entries are overwritten in its segments rather than
shadowed by delete markers. The rollback journal holding the old pages is deleted at commit
(journal_mode=DELETE); the check afterwards makes sure no -journal or -wal file is left.

What goes: the notes of the erased packages with every revision and draft, their search index
rows, the sessions and the packages. When no package of the client is left, the client row
and its search row go too: each paid package first gets a billing record (billing.py) that
holds its own copy of the contact data bokföringslagen needs, so the client row is never
kept just for billing. What stays: an erasure receipt (client id, when, how many notes, policy,
reason; no name, no content) and the access log, whose entries name the client only by its
random id. The log rows are not rewritten (that would break the hash chain); once the client
row is gone that id is a pseudonym.

`erase_client` works on any Database opened with the vault key: the live vault or a backup copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from journal_app.core.domain.clock import Clock, utc_iso
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, JournalError, NotFound, PolicyRefusal
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import Message
from journal_app.core.retention.billing import detach_client, snapshot_packages
from journal_app.core.retention.erasure_record import EraseReason as EraseReason  # callers import it here
from journal_app.core.retention.policy import (
    IvoDecision,
    check_erase_allowed,
    current_policy,
    last_entry,
    today,
)
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database


class ErasureIncomplete(JournalError):
    """Something still refers to erased notes; the message says what. Loud on purpose."""


@dataclass(frozen=True)
class ErasureReceipt:
    id: str
    client_id: str
    erased_at: dt.datetime
    notes_count: int
    policy: RetentionPolicy
    reason: str  # EraseReason value, with the IVO reference and date when there is one
    package_ids: tuple[str, ...]  # what was erased, so a backup copy can erase the same
    whole_client: bool  # the client row is gone too
    billing_records: int  # written by this erase


@dataclass(frozen=True)
class _Target:
    client_id: str
    packages: tuple[str, ...]
    sessions: tuple[str, ...]
    notes: tuple[str, ...]
    whole_client: bool


def _marks(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def _ids(conn: sqlcipher3.Connection, sql: str, params: Sequence[str]) -> tuple[str, ...]:
    return tuple(str(r[0]) for r in conn.execute(sql, tuple(params)).fetchall())


def _target(
    conn: sqlcipher3.Connection, client_id: str, package_ids: Collection[str] | None
) -> _Target:
    if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
        raise NotFound("erase.client_not_found", id=client_id)
    owned = _ids(conn, "SELECT id FROM packages WHERE client_id = ?", (client_id,))
    if package_ids is None:
        packages = owned
    else:
        strangers = set(package_ids) - set(owned)
        foreign = [p for p in strangers
                   if conn.execute("SELECT 1 FROM packages WHERE id = ?", (p,)).fetchone()]
        if foreign:
            raise InvalidInput("erase.foreign_package")
        # A backup copy may predate some packages: those are simply not there to erase.
        packages = tuple(p for p in owned if p in set(package_ids))
    whole = set(packages) == set(owned)
    sessions = _ids(conn, f"SELECT id FROM sessions WHERE package_id IN ({_marks(packages)})",
                    packages) if packages else ()
    notes = _ids(conn, f"SELECT id FROM notes WHERE session_id IN ({_marks(sessions)})",
                 sessions) if sessions else ()
    if whole:  # belt and braces: any note filed under the client, whatever its session
        extra = _ids(conn, "SELECT id FROM notes WHERE client_id = ?", (client_id,))
        notes = tuple(dict.fromkeys(notes + extra))
    return _Target(client_id, packages, sessions, notes, whole)


def _pointed_rows(
    conn: sqlcipher3.Connection, table: str, kind: str, ids: Sequence[str]
) -> list[int] | None:
    """The index rows the owners point at (`search_rowid`, schema V5), each confirmed to be
    that owner's entry; None when a pointer is missing or wrong, so the caller scans."""
    columns = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
    if "search_rowid" not in columns:
        return None  # an older copy (a backup) before schema V5
    rows: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = tuple(ids[start:start + 500])
        pointers = conn.execute(
            f"SELECT id, search_rowid FROM {table} WHERE id IN ({_marks(chunk)})", chunk
        ).fetchall()
        if any(p[1] is None for p in pointers):
            return None
        found = dict(conn.execute(
            f"SELECT rowid, ref_id FROM search_index WHERE kind = ? AND rowid IN"
            f" ({_marks([str(p[1]) for p in pointers])})",
            (kind, *[p[1] for p in pointers]),
        ).fetchall()) if pointers else {}
        if any(found.get(p[1]) != p[0] for p in pointers):
            return None
        rows.extend(int(p[1]) for p in pointers)
    return rows


def _search_rows(conn: sqlcipher3.Connection, target: _Target) -> tuple[list[int], bool]:
    """Row ids of the index entries about the target (its notes, and the client's own entry
    when the whole client goes), and whether they were found by scanning the whole index.
    The owners' pointers make this a few lookups; a missing or stale pointer means one scan
    (the id columns of an FTS5 table have no index)."""
    notes = _pointed_rows(conn, "notes", "note", target.notes)
    own: list[int] | None = []
    if target.whole_client:
        own = _pointed_rows(conn, "clients", "client", (target.client_id,))
    if notes is not None and own is not None:
        return notes + own, False
    wanted = set(target.notes)
    rows = conn.execute(
        "SELECT rowid, kind, ref_id FROM search_index WHERE client_id = ? OR"
        f" (kind = 'note' AND ref_id IN ({_marks(target.notes)}))",
        (target.client_id, *target.notes),
    ).fetchall()
    return [int(r[0]) for r in rows
            if target.whole_client or (r[1] == "note" and r[2] in wanted)], True


def _delete_in(conn: sqlcipher3.Connection, sql: str, values: Sequence[str | int]) -> None:
    for start in range(0, len(values), 500):  # well under SQLite's variable limit
        chunk = tuple(values[start:start + 500])
        conn.execute(sql.format(marks=_marks([str(v) for v in chunk])), chunk)


def reason_text(
    reason: EraseReason, ivo: IvoDecision | None, packages: Sequence[str] | None
) -> str:
    """The receipt's reason: `package_completed`, or with details `ivo_decision; ref=...;
    date=...; packages=a,b`. Packages are named only for a partial erase (the client stays),
    so replaying the receipt on a backup copy erases exactly the same."""
    parts = [reason.value]
    if ivo is not None:
        parts += [f"ref={ivo.reference}", f"date={ivo.decided.isoformat()}"]
    if packages is not None:
        parts.append(f"packages={','.join(packages)}")
    return "; ".join(parts)


def parse_reason(text: str) -> tuple[EraseReason, IvoDecision | None, tuple[str, ...] | None]:
    """The inverse of `reason_text`, for replaying a stored receipt."""
    head, *details = text.split("; ")
    try:
        reason = EraseReason(head.strip())
    except ValueError:
        raise InvalidInput("erase.unknown_reason", reason=head) from None
    fields = dict(d.split("=", 1) for d in details if "=" in d)
    ivo = None
    if "ref" in fields and "date" in fields:
        try:
            ivo = IvoDecision(fields["ref"], dt.date.fromisoformat(fields["date"]))
        except ValueError:
            raise InvalidInput("ivo.stored_date_invalid") from None
    packages = tuple(p for p in fields["packages"].split(",") if p) if "packages" in fields \
        else None
    return reason, ivo, packages


def erase_client(
    db: Database,
    clock: Clock,
    client_id: str,
    *,
    reason: EraseReason | str,
    policy: RetentionPolicy,
    ivo: IvoDecision | None = None,
    package_ids: Collection[str] | None = None,
    mark_backups: bool = False,
) -> ErasureReceipt:
    """Erase the client's notes for good: all of them (`package_ids=None`, the client row goes
    too) or those of the given packages. Checked before commit (a failed check rolls the whole
    erase back) and after it. Raises PolicyRefusal under PDL before the ten years unless `ivo`.

    `reason` may also be a stored receipt's reason text (backup copies replay erasures): its
    IVO decision and package list then apply as if passed here. `mark_backups` (the live
    vault) marks every listed backup made until now as holding erased data, in the erase's own
    transaction, so no backup is forgotten whatever happens after the commit."""
    if not isinstance(reason, EraseReason):
        reason, stored_ivo, stored_packages = parse_reason(str(reason))
        ivo = ivo or stored_ivo
        package_ids = stored_packages if package_ids is None else package_ids
    policy = RetentionPolicy(policy)
    if ivo is not None:
        reason = EraseReason.IVO_DECISION
    if ivo is not None and ivo.decided > today(clock):
        raise InvalidInput("ivo.date_in_future")
    if db.conn.in_transaction:
        raise InvalidInput("erase.in_transaction")
    audit = AuditLog(db, clock)
    now = clock.now()
    with db.write() as conn:
        check_erase_allowed(db, clock, client_id, policy, ivo)
        target = _target(conn, client_id, package_ids)
        billing = snapshot_packages(conn, clock, client_id, target.packages)
        search_rows, scanned = _search_rows(conn, target)
        _delete_in(conn, "DELETE FROM search_index WHERE rowid IN ({marks})", search_rows)
        _delete_in(conn, "DELETE FROM note_revisions WHERE note_id IN ({marks})", target.notes)
        _delete_in(conn, "DELETE FROM notes WHERE id IN ({marks})", target.notes)
        _delete_in(conn, "DELETE FROM sessions WHERE id IN ({marks})", target.sessions)
        _delete_in(conn, "DELETE FROM packages WHERE id IN ({marks})", target.packages)
        if target.whole_client:
            detach_client(conn, client_id)
            conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        receipt = ErasureReceipt(
            id=new_id(), client_id=client_id, erased_at=now, notes_count=len(target.notes),
            policy=policy, package_ids=target.packages,
            reason=reason_text(reason, ivo, None if target.whole_client else target.packages),
            whole_client=target.whole_client, billing_records=billing,
        )
        conn.execute(
            "INSERT INTO erasure_receipts (id, client_id, erased_at, notes_count, policy, reason)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (receipt.id, client_id, utc_iso(now), receipt.notes_count, policy.value,
             receipt.reason),
        )
        if mark_backups:
            conn.execute("UPDATE backups SET holds_erased = 1 WHERE created_at <= ?",
                         (utc_iso(now),))
        audit.append_in(conn, Action.ERASE, client_id,
                        f"notes={receipt.notes_count} policy={policy.value} {receipt.reason}")
        # Before commit: a failure rolls everything back. A scan found the rows? Scan again.
        _check(conn, target, search_rows, scan_index=scanned)
    with db.read() as conn:
        _check(conn, target, search_rows, scan_index=False)
    check_no_journal_files(db.path)
    return receipt


def _check(
    conn: sqlcipher3.Connection, target: _Target, search_rows: Sequence[int], *,
    scan_index: bool,
) -> None:
    """Raise ErasureIncomplete naming every place that still refers to the erased notes.
    Indexed lookups only, unless `scan_index`: then the whole search index is read too."""
    left: list[str] = []

    def count(label: str, sql: str, values: Sequence[str | int]) -> None:
        total = 0
        for start in range(0, len(values), 500):
            chunk = tuple(values[start:start + 500])
            total += int(conn.execute(sql.format(marks=_marks([str(v) for v in chunk])),
                                      chunk).fetchone()[0])
        if total:
            left.append(f"{total} {label}")

    count("notes", "SELECT count(*) FROM notes WHERE id IN ({marks})", target.notes)
    count("note revisions", "SELECT count(*) FROM note_revisions WHERE note_id IN ({marks})",
          target.notes)
    count("sessions", "SELECT count(*) FROM sessions WHERE id IN ({marks})", target.sessions)
    count("packages", "SELECT count(*) FROM packages WHERE id IN ({marks})", target.packages)
    count("search index rows", "SELECT count(*) FROM search_index WHERE rowid IN ({marks})",
          search_rows)
    if scan_index:
        count("search index rows about erased notes", "SELECT count(*) FROM search_index"
              " WHERE kind = 'note' AND ref_id IN ({marks})", target.notes)
    if target.whole_client:
        one = (target.client_id,)
        for label, sql in (
            ("client rows", "SELECT count(*) FROM clients WHERE id IN ({marks})"),
            ("notes filed under the client",
             "SELECT count(*) FROM notes WHERE client_id IN ({marks})"),
            ("sessions of the client",
             "SELECT count(*) FROM sessions WHERE client_id IN ({marks})"),
            ("packages of the client",
             "SELECT count(*) FROM packages WHERE client_id IN ({marks})"),
            ("billing records still linked to the client",
             "SELECT count(*) FROM billing_records WHERE client_id IN ({marks})"),
        ):
            count(label, sql, one)
    if left:
        raise ErasureIncomplete("erase.incomplete", client=target.client_id, left=", ".join(left))


def check_no_journal_files(db_path: Path) -> None:
    """After commit no rollback journal or WAL may hold old pages next to the database."""
    for suffix in ("-journal", "-wal"):
        leftover = Path(f"{db_path}{suffix}")
        if leftover.exists():
            raise ErasureIncomplete("erase.leftover", what=leftover)


def receipts(db: Database, *, client_id: str | None = None) -> list[ErasureReceipt]:
    """The stored receipts. Package ids and billing counts are not stored (they read empty and
    0); `whole_client` reads True when the client row is gone now."""
    where, params = ("WHERE client_id = ?", (client_id,)) if client_id else ("", ())
    with db.read() as conn:
        rows = conn.execute(
            "SELECT id, client_id, erased_at, notes_count, policy, reason FROM erasure_receipts"
            f" {where} ORDER BY erased_at",
            params,
        ).fetchall()
        present = {str(r[0]) for r in conn.execute("SELECT id FROM clients").fetchall()}
    return [
        ErasureReceipt(
            id=r[0], client_id=r[1], erased_at=dt.datetime.fromisoformat(r[2]),
            notes_count=r[3], policy=RetentionPolicy(r[4]), reason=r[5], package_ids=(),
            whole_client=r[1] not in present, billing_records=0,
        )
        for r in rows
    ]


def erase_in_journal(
    journal: Journal, client_id: str, *, completed_only: bool = False,
    ivo: IvoDecision | None = None,
) -> ErasureReceipt:
    """The erase as the app and the CLI ask for it, under the vault's own policy: the notes of
    the client's completed packages (`completed_only`, the completion prompt), or everything
    (a request under GDPR art. 17, the end of PDL's ten years, or under PDL a client without
    a journal entry: nothing was kept, so the receipt must not say a retention period ended)."""
    policy = current_policy(journal.db)
    packages = journal.packages.for_client(client_id)
    ids: list[str] | None = None
    if completed_only:
        ids = [p.id for p in packages if p.completed]
        if not ids:
            raise InvalidInput("erase.nothing_completed")
    if ivo is not None:
        reason = EraseReason.IVO_DECISION
    elif policy is RetentionPolicy.PDL:  # the ten years ran out, or never began: no entry
        kept = last_entry(journal.db, client_id) is not None
        reason = EraseReason.PDL_RETENTION_ENDED if kept else EraseReason.NO_JOURNAL_ENTRIES
    elif packages and (completed_only or all(p.completed for p in packages)):
        reason = EraseReason.PACKAGE_COMPLETED
    else:
        reason = EraseReason.CLIENT_REQUEST
    return erase_client(journal.db, journal.clock, client_id, reason=reason, policy=policy,
                        ivo=ivo, package_ids=ids, mark_backups=True)


@dataclass(frozen=True)
class ErasePreview:
    """What an erase would remove, for the prompt to say before anyone confirms."""

    client_name: str
    notes: int
    whole_client: bool  # the contact data goes too
    billed_packages: int  # paid packages whose billing record is kept
    refusal: Message | None  # under PDL: why the erase is refused now; None when allowed


def erase_preview(
    journal: Journal, client_id: str, *, completed_only: bool = False
) -> ErasePreview:
    client = journal.clients.get(client_id)
    packages = journal.packages.for_client(client_id)
    chosen = [p for p in packages if p.completed] if completed_only else packages
    chosen_ids = {p.id for p in chosen}
    notes = sum(1 for s in journal.packages.sessions(client_id=client_id)
                if s.package_id in chosen_ids and s.note_state is not None)
    try:
        check_erase_allowed(journal.db, journal.clock, client_id,
                            current_policy(journal.db), None)
        refusal = None
    except PolicyRefusal as exc:
        refusal = exc.message
    return ErasePreview(client.name, notes, len(chosen) == len(packages),
                        sum(1 for p in chosen if (p.price_ore or 0) > 0), refusal)
