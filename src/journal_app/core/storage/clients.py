"""Clients: the repository's SQL for people, their contact data and identity numbers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.identity import IdentityError, parse_identity
from journal_app.core.domain.models import Client, ClientSummary, RetentionPolicy
from journal_app.core.domain.text import MAX_NAME, clean_line, clean_multiline
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.messages import Message
from journal_app.core.storage import search
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.db import Database, Row

CLIENT_COLUMNS = (
    "id, name, id_number, id_kind, email, phone, address, free_text, created_at, archived_at"
)


def client_from_row(row: Row) -> Client:
    return Client(
        id=row[0],
        name=row[1],
        id_number=row[2],
        id_kind=row[3],
        email=row[4],
        phone=row[5],
        address=row[6],
        free_text=row[7],
        created_at=parse_utc(row[8]),
        archived_at=parse_utc(row[9]) if row[9] else None,
    )


def new_id() -> str:
    return uuid.uuid4().hex


@contextmanager
def _about(field: str) -> Iterator[None]:
    """Name the field an InvalidInput raised inside is about."""
    try:
        yield
    except InvalidInput as exc:
        exc.field = field
        raise


class ClientRepository:
    def __init__(self, db: Database, clock: Clock, audit: AuditLog) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    def _validated(self, fields: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("name", "id_number", "email", "phone", "address", "free_text"):
            if key in fields:
                with _about(key):
                    self._validate(key, fields[key], out)
        return out

    def _validate(self, key: str, raw: Any, out: dict[str, Any]) -> None:
        if key == "name":
            out["name"] = clean_line(raw, field=Message("field.name"), required=True,
                                     limit=MAX_NAME)
        elif key == "id_number":
            if raw is None or not str(raw).strip():
                out["id_number"], out["id_kind"] = None, None
                return
            try:
                number = parse_identity(str(raw), today=self._clock.now().date())
            except IdentityError as exc:
                raise InvalidInput("client.identity_number", reason=str(exc)) from None
            out["id_number"], out["id_kind"] = number.normalised, str(number.kind)
        elif key in ("email", "phone"):
            label = Message("field.email" if key == "email" else "field.phone")
            out[key] = clean_line(raw or "", field=label)
            if key == "email" and out["email"] and "@" not in out["email"]:
                raise InvalidInput("client.email_needs_at")
        else:
            label = Message("field.address" if key == "address" else "field.free_text")
            out[key] = clean_multiline(raw or "", field=label)

    def add(
        self,
        name: str,
        *,
        id_number: str | None = None,
        email: str = "",
        phone: str = "",
        address: str = "",
        free_text: str = "",
        client_id: str | None = None,
        created_at: dt.datetime | None = None,
    ) -> Client:
        values = self._validated(
            {"name": name, "id_number": id_number, "email": email, "phone": phone,
             "address": address, "free_text": free_text}
        )
        cid = client_id or new_id()
        created = utc_iso(created_at or self._clock.now())
        with self._db.write() as conn:
            conn.execute(
                f"INSERT INTO clients ({CLIENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (cid, values["name"], values["id_number"], values["id_kind"], values["email"],
                 values["phone"], values["address"], values["free_text"], created),
            )
            self._index(conn, cid, values["name"], values["id_number"])
            self._audit.append_in(conn, Action.CLIENT_CREATED, cid)
        return self.get(cid)

    def update(self, client_id: str, **fields: Any) -> Client:
        allowed = {"name", "id_number", "email", "phone", "address", "free_text"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput("client.unknown_field", names=", ".join(sorted(unknown)))
        values = self._validated(fields)
        before = self.get(client_id)
        with self._db.write() as conn:
            for key, value in values.items():
                conn.execute(f"UPDATE clients SET {key} = ? WHERE id = ?", (value, client_id))
            row = conn.execute(
                "SELECT name, id_number FROM clients WHERE id = ?", (client_id,)
            ).fetchone()
            search.index_entry(conn, "client", client_id, search.client_text(row[0], row[1]),
                               indexed=search.client_text(before.name, before.id_number))
            self._audit.append_in(conn, Action.CLIENT_CHANGED, client_id, ",".join(sorted(values)))
        return self.get(client_id)

    @staticmethod
    def _index(conn: Any, client_id: str, name: str, id_number: str | None) -> None:
        search.index_entry(conn, "client", client_id, search.client_text(name, id_number))

    def get(self, client_id: str) -> Client:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {CLIENT_COLUMNS} FROM clients WHERE id = ?", (client_id,)
            ).fetchone()
        if row is None:
            raise NotFound("client.not_found", id=client_id)
        return client_from_row(row)

    def all(self, *, include_archived: bool = True) -> list[Client]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {CLIENT_COLUMNS} FROM clients {where} ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [client_from_row(r) for r in rows]

    def set_archived(self, client_id: str, archived: bool) -> Client:
        with self._db.write() as conn:
            self.get(client_id)
            if archived:
                open_packages = conn.execute(
                    "SELECT count(*) FROM packages WHERE client_id = ? AND completed_at IS NULL",
                    (client_id,),
                ).fetchone()[0]
                if open_packages:
                    raise InvalidInput("client.package_open")
            conn.execute(
                "UPDATE clients SET archived_at = ? WHERE id = ?",
                (utc_iso(self._clock.now()) if archived else None, client_id),
            )
            self._audit.append_in(conn, Action.CLIENT_CHANGED, client_id,
                                  "archived" if archived else "unarchived")
        return self.get(client_id)

    def summaries(self, policy: RetentionPolicy, *, include_archived: bool = False) -> list[
        ClientSummary
    ]:
        """The client list: each client's row and its summary row (schema V10), no note text.

        The summary is kept by triggers in every write's own transaction, so this reads two
        rows per client and its cost follows the number of clients alone."""
        where = "" if include_archived else "WHERE c.archived_at IS NULL"
        erase_policy = policy is RetentionPolicy.ERASE_ON_COMPLETION
        sql = f"""
            SELECT c.id, c.name, c.id_number, c.archived_at IS NOT NULL, s.package_name,
                   s.held + (s.late_cancelled * :late), s.sessions_total,
                   s.awaiting_erase, s.erase_postponed, s.last_held
            FROM clients c JOIN client_summary s ON s.client_id = c.id
            {where}
            ORDER BY c.name COLLATE NOCASE
        """
        with self._db.read() as conn:
            late = self._late_counts(conn)
            rows = conn.execute(sql, {"late": late}).fetchall()
        parse = dt.datetime.fromisoformat
        return [
            ClientSummary(
                id=r[0], name=r[1], id_number=r[2], archived=bool(r[3]), package_name=r[4],
                sessions_counted=r[5], sessions_total=r[6],
                awaiting_erase=erase_policy and bool(r[7]),
                erase_postponed=erase_policy and bool(r[8]),
                last_session=parse(r[9]) if r[9] else None,
            )
            for r in rows
        ]

    @staticmethod
    def _late_counts(conn: Any) -> int:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = 'late_cancellation_counts'"
        ).fetchone()
        return 1 if row and row[0] == "1" else 0
