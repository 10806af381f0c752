"""Erase operations and erasure receipts: the repository's SQL. When an erase is allowed, what
its receipt says and the order of its steps are the rules of core/retention/erasure.py.

The search index is found through the owners' pointers (`search_rowid`, schema V5), a few
lookups; a missing or stale pointer means one scan (the id columns of an FTS5 table have no
index). Every list of ids goes in chunks well under SQLite's variable limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from journal_app.core.domain.clock import utc_iso
from journal_app.core.domain.models import ErasureReceipt, RetentionPolicy
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.storage import search
from journal_app.core.storage.db import Database
from journal_app.core.storage.schema_scale import REFRESH_ONE

CHUNK = 500


@dataclass(frozen=True)
class ErasureTarget:
    """What one erase removes."""

    client_id: str
    packages: tuple[str, ...]
    sessions: tuple[str, ...]
    notes: tuple[str, ...]
    whole_client: bool  # no package of the client is left: the client row goes too
    card_parts: tuple[str, ...] = ()  # the journal card's parts: they go with the whole client


@dataclass(frozen=True)
class IndexRows:
    """The search-index rows about a target, and whether finding them took a scan."""

    rows: tuple[int, ...]
    scanned: bool


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _ids(conn: sqlcipher3.Connection, sql: str, params: Sequence[str]) -> tuple[str, ...]:
    return tuple(str(r[0]) for r in conn.execute(sql, tuple(params)).fetchall())


def _chunks(values: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [tuple(values[start:start + CHUNK]) for start in range(0, len(values), CHUNK)]


def _delete_in(conn: sqlcipher3.Connection, sql: str, values: Sequence[object]) -> None:
    """One DELETE statement (`sql` with a `{marks}` list) over `values`, chunk by chunk."""
    for chunk in _chunks(values):
        conn.execute(sql.format(marks=_marks(chunk)), chunk)


def receipt_fields(conn: sqlcipher3.Connection) -> list[tuple[str, str, str, str]]:
    """(client id, erased at, policy, reason) of every receipt on an open connection (a
    vault's, or one a restore reads), oldest first: what replaying an erase needs."""
    rows = conn.execute(
        "SELECT client_id, erased_at, policy, reason FROM erasure_receipts ORDER BY erased_at"
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def _has_measures(conn: sqlcipher3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'measures'").fetchone() is not None


def _has_card(conn: sqlcipher3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'card_parts'").fetchone() \
        is not None


class ErasureStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # The target ------------------------------------------------------------------------------

    def target(self, client_id: str, package_ids: Collection[str] | None) -> ErasureTarget:
        """Everything of the client (`package_ids=None`) or of the given packages. A package
        of another client is refused; one this copy does not hold (a backup that predates it)
        is simply not there to erase."""
        with self._db.read() as conn:
            if conn.execute("SELECT 1 FROM clients WHERE id = ?",
                            (client_id,)).fetchone() is None:
                raise NotFound("erase.client_not_found", id=client_id)
            owned = _ids(conn, "SELECT id FROM packages WHERE client_id = ?", (client_id,))
            if package_ids is None:
                packages = owned
            else:
                strangers = set(package_ids) - set(owned)
                if any(conn.execute("SELECT 1 FROM packages WHERE id = ?", (p,)).fetchone()
                       for p in strangers):
                    raise InvalidInput("erase.foreign_package")
                packages = tuple(p for p in owned if p in set(package_ids))
            whole = set(packages) == set(owned)
            sessions = _ids(conn, f"SELECT id FROM sessions WHERE package_id IN"
                            f" ({_marks(packages)})", packages) if packages else ()
            notes = _ids(conn, f"SELECT id FROM notes WHERE session_id IN ({_marks(sessions)})",
                         sessions) if sessions else ()
            if whole:  # belt and braces: any note filed under the client, whatever its session
                extra = _ids(conn, "SELECT id FROM notes WHERE client_id = ?", (client_id,))
                notes = tuple(dict.fromkeys(notes + extra))
            # The journal card describes the whole course of care: it goes when the client
            # does (with a package still open, the care and its card go on).
            card = _ids(conn, "SELECT id FROM card_parts WHERE client_id = ?", (client_id,)) \
                if whole and _has_card(conn) else ()
        return ErasureTarget(client_id, packages, sessions, notes, whole, card)

    def holds(self, client_id: str, package_ids: Sequence[str] | None) -> bool:
        """Whether this copy still holds the client (`package_ids=None`) or any of the
        packages: a receipt replayed on a backup has something to erase there."""
        with self._db.read() as conn:
            if package_ids is None:
                return conn.execute("SELECT 1 FROM clients WHERE id = ?",
                                    (client_id,)).fetchone() is not None
            if not package_ids:
                return False
            return int(conn.execute(
                f"SELECT count(*) FROM packages WHERE id IN ({_marks(package_ids)})",
                tuple(package_ids)).fetchone()[0]) > 0

    # The search index ------------------------------------------------------------------------

    def index_rows(self, target: ErasureTarget) -> IndexRows:
        """Row ids of the index entries about the target: its notes, and the client's own
        entry when the whole client goes."""
        with self._db.read() as conn:
            notes = self._pointed_rows(conn, "notes", "note", target.notes)
            own: list[int] | None = []
            card: list[int] | None = []
            if target.whole_client:
                own = self._pointed_rows(conn, "clients", "client", (target.client_id,))
                if target.card_parts:
                    card = self._pointed_rows(conn, "card_parts", "card", target.card_parts)
            if notes is not None and own is not None and card is not None:
                return IndexRows(tuple(notes + own + card), False)
            wanted = set(target.notes) | set(target.card_parts)
            refs = (*target.notes, *target.card_parts)
            rows = conn.execute(
                "SELECT rowid, kind, ref_id FROM search_index WHERE (kind = 'client' AND ref_id = ?)"
                f" OR (kind IN ('note', 'card') AND ref_id IN ({_marks(refs)}))",
                (target.client_id, *refs),
            ).fetchall()
        return IndexRows(tuple(int(r[0]) for r in rows
                               if target.whole_client or (r[1] == "note" and r[2] in wanted)),
                         True)

    @staticmethod
    def _pointed_rows(
        conn: sqlcipher3.Connection, table: str, kind: str, ids: Sequence[str]
    ) -> list[int] | None:
        """The index rows the owners point at, each confirmed to be that owner's entry; None
        when a pointer is missing or wrong, so the caller scans."""
        columns = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
        if "search_rowid" not in columns:
            return None  # an older copy (a backup) before schema V5
        rows: list[int] = []
        for chunk in _chunks(ids):
            pointers = conn.execute(
                f"SELECT id, search_rowid FROM {table} WHERE id IN ({_marks(chunk)})", chunk
            ).fetchall()
            if any(p[1] is None for p in pointers):
                return None
            found = dict(conn.execute(
                f"SELECT rowid, ref_id FROM search_index WHERE kind = ? AND rowid IN"
                f" ({_marks(pointers)})",
                (kind, *[p[1] for p in pointers]),
            ).fetchall()) if pointers else {}
            if any(found.get(p[1]) != p[0] for p in pointers):
                return None
            rows.extend(int(p[1]) for p in pointers)
        return rows

    # The erase -------------------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        return bool(self._db.conn.in_transaction)

    def delete(self, target: ErasureTarget, index: IndexRows) -> None:
        """Delete the target's index entries, note revisions, notes, sessions and packages, and
        the client row when the whole client goes. The caller holds the transaction."""
        with self._db.write() as conn:
            # The client's summary is recounted once, at the end, not after every row.
            conn.execute("INSERT OR IGNORE INTO summary_deferred (flag) VALUES (1)")
            # The index keeps no text: each entry is removed with the text it was built from
            # (read before the revisions go), so secure-delete scrubs every token.
            for rowid in index.rows:
                search.remove_entry(conn, rowid)
            _delete_in(conn, "DELETE FROM search_pending WHERE note_id IN ({marks})",
                       target.notes)
            if _has_measures(conn):  # (a copy older than schema V15 has none)
                for chunk in _chunks(target.notes):  # (not a counted step of the erase's own)
                    conn.execute(f"DELETE FROM measures WHERE note_id IN ({_marks(chunk)})", chunk)
                if target.whole_client:
                    conn.execute("DELETE FROM measures WHERE client_id = ?", (target.client_id,))
            # The journal card (a few rows; not a counted step of the erase's own). Its index
            # entries went above, with their text.
            for chunk in _chunks(target.card_parts):
                for sql in ("DELETE FROM search_pending WHERE note_id IN ({marks})",
                            "DELETE FROM card_revisions WHERE part_id IN ({marks})",
                            "DELETE FROM card_parts WHERE id IN ({marks})"):
                    conn.execute(sql.format(marks=_marks(chunk)), chunk)
            _delete_in(conn, "DELETE FROM note_revisions WHERE note_id IN ({marks})",
                       target.notes)
            _delete_in(conn, "DELETE FROM notes WHERE id IN ({marks})", target.notes)
            _delete_in(conn, "DELETE FROM sessions WHERE id IN ({marks})", target.sessions)
            _delete_in(conn, "DELETE FROM packages WHERE id IN ({marks})", target.packages)
            if target.whole_client:
                conn.execute("DELETE FROM clients WHERE id = ?", (target.client_id,))
            conn.execute("DELETE FROM summary_deferred")
            if not target.whole_client:  # (a client erased whole took its summary with it)
                conn.execute(REFRESH_ONE, (target.client_id,))

    def left_behind(self, target: ErasureTarget, index: IndexRows, *,
                    scan_index: bool) -> list[str]:
        """What still refers to the erased notes ("2 notes", ...); empty when nothing does.
        Indexed lookups only, unless `scan_index`: then the whole search index is read too."""
        checks: list[tuple[str, str, Sequence[object]]] = [
            ("notes", "SELECT count(*) FROM notes WHERE id IN ({marks})", target.notes),
            ("note revisions", "SELECT count(*) FROM note_revisions WHERE note_id IN ({marks})",
             target.notes),
            ("sessions", "SELECT count(*) FROM sessions WHERE id IN ({marks})", target.sessions),
            ("packages", "SELECT count(*) FROM packages WHERE id IN ({marks})", target.packages),
            ("search index rows", "SELECT count(*) FROM search_index WHERE rowid IN ({marks})",
             index.rows),
            ("search texts awaiting re-indexing",
             "SELECT count(*) FROM search_pending WHERE note_id IN ({marks})", target.notes),
        ]
        if self._measures_present():
            checks.append(("measures", "SELECT count(*) FROM measures WHERE note_id IN ({marks})",
                           target.notes))
            if target.whole_client:
                checks.append(("measures of the client", "SELECT count(*) FROM measures WHERE"
                               " client_id IN ({marks})", (target.client_id,)))
        if scan_index:
            checks.append(("search index rows about erased notes", "SELECT count(*) FROM"
                           " search_index WHERE kind = 'note' AND ref_id IN ({marks})",
                           target.notes))
        if target.whole_client and self._card_present():
            checks += [
                ("journal card parts of the client", "SELECT count(*) FROM card_parts WHERE"
                 " client_id IN ({marks})", (target.client_id,)),
                ("journal card revisions", "SELECT count(*) FROM card_revisions WHERE part_id"
                 " IN ({marks})", target.card_parts),
                ("journal card texts awaiting re-indexing", "SELECT count(*) FROM"
                 " search_pending WHERE note_id IN ({marks})", target.card_parts),
            ]
            if scan_index:
                checks.append(("search index rows about the journal card", "SELECT count(*)"
                               " FROM search_index WHERE kind = 'card' AND ref_id IN ({marks})",
                               target.card_parts))
        if target.whole_client:
            one = (target.client_id,)
            checks += [
                ("client rows", "SELECT count(*) FROM clients WHERE id IN ({marks})", one),
                ("notes filed under the client",
                 "SELECT count(*) FROM notes WHERE client_id IN ({marks})", one),
                ("sessions of the client",
                 "SELECT count(*) FROM sessions WHERE client_id IN ({marks})", one),
                ("packages of the client",
                 "SELECT count(*) FROM packages WHERE client_id IN ({marks})", one),
                ("billing records still linked to the client",
                 "SELECT count(*) FROM billing_records WHERE client_id IN ({marks})", one),
            ]
        left: list[str] = []
        with self._db.read() as conn:
            for label, sql, values in checks:
                total = sum(int(conn.execute(sql.format(marks=_marks(chunk)),
                                             chunk).fetchone()[0]) for chunk in _chunks(values))
                if total:
                    left.append(f"{total} {label}")
        return left

    def _card_present(self) -> bool:
        with self._db.read() as conn:
            return _has_card(conn)

    def _measures_present(self) -> bool:
        with self._db.read() as conn:
            return _has_measures(conn)

    def vacuum(self) -> None:
        """Rewrite the file: no page of an erased client stays, not even a freed one."""
        with self._db.read() as conn:
            conn.execute("VACUUM")

    # Receipts --------------------------------------------------------------------------------

    def add_receipt(self, receipt: ErasureReceipt) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO erasure_receipts (id, client_id, erased_at, notes_count, policy,"
                " reason) VALUES (?, ?, ?, ?, ?, ?)",
                (receipt.id, receipt.client_id, utc_iso(receipt.erased_at),
                 receipt.notes_count, receipt.policy.value, receipt.reason),
            )

    def receipts(self, *, client_id: str | None = None) -> list[ErasureReceipt]:
        """The stored receipts. Package ids and billing counts are not stored (they read empty
        and 0); `whole_client` reads True when the client row is gone now."""
        where, params = ("WHERE client_id = ?", (client_id,)) if client_id else ("", ())
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, client_id, erased_at, notes_count, policy, reason"
                f" FROM erasure_receipts {where} ORDER BY erased_at",
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
