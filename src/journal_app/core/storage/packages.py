"""Packages (samtalspaket) and their sessions, and when a package counts as completed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.models import NoteState, Package, Session, SessionStatus
from journal_app.core.domain.text import MAX_NAME, clean_line
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.messages import Message
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database, Row

MAX_SESSIONS_PER_PACKAGE = 1000
PACKAGE_COLUMNS = (
    "p.id, p.client_id, p.name, p.sessions_total, p.purchased, p.price_ore, p.created_at,"
    " p.completed_at, p.erase_postponed_at"
)
SESSION_COLUMNS = "s.id, s.package_id, s.client_id, s.start, s.status, s.created_at"
NOTE_STATE_SQL = """
    (SELECT CASE WHEN r.signed_at IS NOT NULL THEN 'signed'
                 WHEN r.revision > 1 THEN 'correcting' ELSE 'draft' END
     FROM notes n JOIN note_revisions r ON r.note_id = n.id
     WHERE n.session_id = s.id ORDER BY r.revision DESC LIMIT 1)
"""


# Held sessions of a package whose note is not signed (or not written): what holds back its
# completion, and what the client view shows as notes to sign.
_UNSIGNED_HELD_SQL = (
    f"SELECT count(*) FROM sessions s WHERE s.package_id = ? AND s.status = 'held'"
    f" AND coalesce({NOTE_STATE_SQL}, 'none') != 'signed'"
)

_EDITABLE = ("name", "sessions_total", "purchased", "price")
# A purchase date before this is a mistyped year, not a package: refused, never mended.
EARLIEST_PURCHASE = dt.date(2000, 1, 1)


def _refused(code: str, field: str, **fields: object) -> InvalidInput:
    """An InvalidInput about one field, so a form can put the cursor there."""
    return InvalidInput(code, field=field, **fields)


def _price(ore: int | None) -> str:
    return "none" if ore is None else f"{ore // 100}.{ore % 100:02d}"


def _change_text(field: str, old: object, new: object) -> str:
    """One corrected field for the access log: the size, date and price with their old and new
    values, so a correction can be followed; the name (free text) by its field name only."""
    if field == "name":
        return "name"
    if field == "price":
        old_ore, new_ore = (v if isinstance(v, int) else None for v in (old, new))
        return f"price {_price(old_ore)}->{_price(new_ore)}"
    return f"{field} {old}->{new}"


def _checked(name: str, sessions_total: int, purchased: dt.date | str,
             price_ore: int | None, today: dt.date) -> tuple[str, dt.date]:
    """A package's fields as the practitioner gave them, checked: the clean name and the date.
    A purchase date after today is refused: the billing record's keeping time counts from it."""
    clean_name = clean_line(name, field=Message("field.package_name"), required=True,
                            limit=MAX_NAME)
    if isinstance(sessions_total, bool) or not isinstance(sessions_total, int):
        raise InvalidInput("package.sessions_not_whole")
    if not 1 <= sessions_total <= MAX_SESSIONS_PER_PACKAGE:
        raise InvalidInput("package.sessions_out_of_range", maximum=MAX_SESSIONS_PER_PACKAGE)
    if isinstance(purchased, str):
        try:
            purchased = dt.date.fromisoformat(purchased.strip())
        except ValueError:
            raise InvalidInput("package.not_a_date", value=purchased) from None
    if purchased > today + dt.timedelta(days=1):  # a day's grace for time zones
        raise _refused("package.purchase_in_future", "purchased", date=purchased.isoformat())
    if purchased < EARLIEST_PURCHASE:
        raise _refused("package.purchase_too_early", "purchased", date=purchased.isoformat(),
                       earliest=EARLIEST_PURCHASE.isoformat())
    if price_ore is not None and (
        isinstance(price_ore, bool) or not isinstance(price_ore, int) or price_ore < 0
    ):
        raise InvalidInput("package.negative_price")
    return clean_name, purchased


def counted_condition(late_cancellation_counts: bool) -> str:
    return "(status = 'held' OR status = 'late_cancelled')" if late_cancellation_counts else (
        "status = 'held'"
    )


def late_counts(conn: Any) -> bool:
    row = conn.execute(
        "SELECT value FROM settings WHERE key = 'late_cancellation_counts'"
    ).fetchone()
    return bool(row and row[0] == "1")


def parse_start(value: dt.datetime | str) -> dt.datetime:
    """Appointment times are local wall-clock times, stored naive to the minute."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput("session.not_a_start", value=value) from None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    if not 1900 <= value.year <= 2200:
        raise InvalidInput("session.implausible_year", year=value.year)
    return value.replace(second=0, microsecond=0)


class PackageRepository:
    def __init__(self, db: Database, clock: Clock, audit: AuditLog) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    def _package_from_row(self, conn: Any, row: Row) -> Package:
        counted = conn.execute(
            f"SELECT count(*) FROM sessions WHERE package_id = ? AND "
            f"{counted_condition(late_counts(conn))}",
            (row[0],),
        ).fetchone()[0]
        to_sign = conn.execute(_UNSIGNED_HELD_SQL, (row[0],)).fetchone()[0]
        return Package(
            id=row[0], client_id=row[1], name=row[2], sessions_total=row[3],
            purchased=dt.date.fromisoformat(row[4]), price_ore=row[5],
            created_at=parse_utc(row[6]),
            completed_at=parse_utc(row[7]) if row[7] else None,
            sessions_counted=counted,
            erase_postponed_at=parse_utc(row[8]) if row[8] else None,
            notes_to_sign=to_sign,
        )

    def add(
        self,
        client_id: str,
        *,
        name: str,
        sessions_total: int,
        purchased: dt.date | str,
        price_ore: int | None = None,
        package_id: str | None = None,
    ) -> Package:
        clean_name, bought = _checked(name, sessions_total, purchased, price_ore,
                                      self._clock.now().date())
        pid = package_id or new_id()
        with self._db.write() as conn:
            if not conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone():
                raise NotFound("client.not_found", id=client_id)
            conn.execute(
                "INSERT INTO packages (id, client_id, name, sessions_total, purchased, price_ore,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (pid, client_id, clean_name, sessions_total, bought.isoformat(), price_ore,
                 utc_iso(self._clock.now())),
            )
        return self.get(pid)

    def update(
        self, package_id: str, *, name: str, sessions_total: int, purchased: dt.date | str,
        price_ore: int | None,
    ) -> Package:
        """Correct a package that is still running (a mistyped size, name, date or price). It
        may not hold fewer sessions than are already held or planned in it. The caller checks
        whether the new size completes it (Journal.update_package)."""
        clean_name, bought = _checked(name, sessions_total, purchased, price_ore,
                                      self._clock.now().date())
        with self._db.write() as conn:
            package = self.get(package_id)
            if package.completed:
                raise InvalidInput("package.completed_fixed")
            booked = conn.execute(
                f"SELECT count(*) FROM sessions s WHERE s.package_id = ? AND"
                f" (s.status = 'planned' OR {counted_condition(late_counts(conn))})",
                (package_id,),
            ).fetchone()[0]
            if sessions_total < booked:
                raise InvalidInput("package.fewer_than_booked", count=booked)
            new = (clean_name, sessions_total, bought, price_ore)
            old = (package.name, package.sessions_total, package.purchased, package.price_ore)
            changed = [(f, a, b) for f, a, b in zip(_EDITABLE, old, new, strict=True) if a != b]
            if not changed:
                return package
            conn.execute(
                "UPDATE packages SET name = ?, sessions_total = ?, purchased = ?, price_ore = ?"
                " WHERE id = ?",
                (clean_name, sessions_total, bought.isoformat(), price_ore, package_id),
            )
            self._audit.append_in(conn, Action.PACKAGE_CHANGED, package.client_id,
                                  f"package={package_id} " + ", ".join(
                                      _change_text(f, a, b) for f, a, b in changed))
        return self.get(package_id)

    def remove(self, package_id: str) -> None:
        """Remove a package added by mistake: only one that has no session yet."""
        with self._db.write() as conn:
            package = self.get(package_id)
            if conn.execute("SELECT 1 FROM sessions WHERE package_id = ?",
                            (package_id,)).fetchone():
                raise InvalidInput("package.not_empty")
            conn.execute("DELETE FROM packages WHERE id = ?", (package_id,))
            self._audit.append_in(
                conn, Action.PACKAGE_REMOVED, package.client_id,
                f"package={package_id} sessions_total={package.sessions_total}"
                f" purchased={package.purchased.isoformat()} price={_price(package.price_ore)}")

    def get(self, package_id: str) -> Package:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {PACKAGE_COLUMNS} FROM packages p WHERE p.id = ?", (package_id,)
            ).fetchone()
            if row is None:
                raise NotFound("package.not_found", id=package_id)
            return self._package_from_row(conn, row)

    def for_client(self, client_id: str) -> list[Package]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {PACKAGE_COLUMNS} FROM packages p WHERE p.client_id = ?"
                " ORDER BY p.purchased, p.created_at",
                (client_id,),
            ).fetchall()
            return [self._package_from_row(conn, r) for r in rows]

    def active(self, client_id: str) -> Package | None:
        """The package new sessions go to: the oldest one not yet completed."""
        open_ones = [p for p in self.for_client(client_id) if not p.completed]
        return open_ones[0] if open_ones else None

    # Sessions ------------------------------------------------------------------------------

    def add_session(
        self,
        package_id: str,
        start: dt.datetime | str,
        status: SessionStatus = SessionStatus.PLANNED,
        *,
        session_id: str | None = None,
    ) -> Session:
        when = parse_start(start)
        status = SessionStatus(status)
        sid = session_id or new_id()
        with self._db.write() as conn:
            package = self.get(package_id)
            if package.completed:
                raise InvalidInput("package.completed_add_new")
            conn.execute(
                f"INSERT INTO sessions ({SESSION_COLUMNS.replace('s.', '')})"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sid, package_id, package.client_id, when.isoformat(timespec="minutes"),
                 str(status), utc_iso(self._clock.now())),
            )
        return self.get_session(sid)

    def get_session(self, session_id: str) -> Session:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {SESSION_COLUMNS}, {NOTE_STATE_SQL} FROM sessions s WHERE s.id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            raise NotFound("session.not_found", id=session_id)
        return session_from_row(row)

    def sessions(self, *, client_id: str | None = None, package_id: str | None = None) -> list[
        Session
    ]:
        column, value = ("s.package_id", package_id) if package_id else ("s.client_id", client_id)
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {SESSION_COLUMNS}, {NOTE_STATE_SQL} FROM sessions s"
                f" WHERE {column} = ? ORDER BY s.start, s.created_at",
                (value,),
            ).fetchall()
        return [session_from_row(r) for r in rows]

    def set_status(self, session_id: str, status: SessionStatus) -> Session:
        status = SessionStatus(status)
        with self._db.write() as conn:
            session = self.get_session(session_id)
            package = self.get(session.package_id)
            if package.completed and status != session.status:
                raise InvalidInput("package.completed_sessions_fixed")
            conn.execute("UPDATE sessions SET status = ? WHERE id = ?", (str(status), session_id))
        return self.get_session(session_id)

    def mark_completed_if_done(self, package_id: str) -> bool:
        """Complete the package when N counted sessions are held and every held note is
        signed. Returns True only at the moment it becomes completed."""
        with self._db.write() as conn:
            package = self.get(package_id)
            if package.completed or package.sessions_counted < package.sessions_total:
                return False
            if package.notes_to_sign:
                return False
            conn.execute(
                "UPDATE packages SET completed_at = ? WHERE id = ?",
                (utc_iso(self._clock.now()), package_id),
            )
            return True

    def postpone_erase(self, package_id: str) -> None:
        with self._db.write() as conn:
            conn.execute(
                "UPDATE packages SET erase_postponed_at = ? WHERE id = ?",
                (utc_iso(self._clock.now()), package_id),
            )


def session_from_row(row: Row) -> Session:
    return Session(
        id=row[0], package_id=row[1], client_id=row[2],
        start=dt.datetime.fromisoformat(row[3]), status=SessionStatus(row[4]),
        created_at=parse_utc(row[5]), note_state=NoteState(row[6]) if row[6] else None,
    )
