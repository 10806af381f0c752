"""Check a parsed journal-app/1 document, record by record, and turn it into an ImportPlan.

Every refusal names the record and field by its path in the file, for example
`clients[3].packages[0].sessions[2].start`, so a person can find and fix it. Nothing here
touches the vault: the plan is written by core/journal/bulk_import.py, all at once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, NoReturn

from journal_app.core.errors import InvalidInput
from journal_app.core.journal.bulk_import import (
    ClientPlan,
    ImportPlan,
    NotePlan,
    PackagePlan,
    RevisionPlan,
    SessionPlan,
)
from journal_app.core.journal.clock import utc_iso
from journal_app.core.journal.identity import IdentityError, parse_identity
from journal_app.core.journal.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.text import MAX_FIELD, MAX_NAME, MAX_NOTE
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.packages import MAX_SESSIONS_PER_PACKAGE
from journal_app.core.storage.settings import MAX_PRACTICE_NAME, MAX_TEMPLATE

FORMAT = "journal-app/1"
MAX_REVISIONS = 10_000
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEARS = range(1900, 2201)

TOP_KEYS = frozenset({"format", "exported_at", "exported_by", "warning", "settings", "clients"})
SETTINGS_KEYS = frozenset({"practice_name", "retention_policy", "late_cancellation_counts",
                           "note_template", "idle_lock_minutes", "backup_reminder_days"})
CLIENT_KEYS = frozenset({"id", "name", "personnummer", "email", "phone", "address", "free_text",
                         "created_at", "archived_at", "packages"})
PACKAGE_KEYS = frozenset({"id", "name", "sessions_total", "purchased", "price_ore", "created_at",
                          "completed_at", "erase_postponed_at", "sessions"})
SESSION_KEYS = frozenset({"id", "start", "status", "created_at", "note", "signed", "note_id",
                          "note_created_at", "revisions"})
REVISION_KEYS = frozenset({"revision", "body", "saved_at", "signed_at", "superseded_at"})
STATUSES = tuple(s.value for s in SessionStatus)


def fail(path: str, message: str) -> NoReturn:
    raise InvalidInput(f"{path or 'The file'}: {message} Nothing was imported.")


def show(value: object) -> str:
    """A value quoted for a message: JSON spelling, ASCII only, cut short."""
    text = json.dumps(value, ensure_ascii=True, default=repr)
    return text if len(text) <= 60 else text[:57] + "..."


def kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


class Record:
    """One JSON object of the file, with typed, path-naming accessors for its fields."""

    def __init__(self, value: object, path: str, allowed: frozenset[str]) -> None:
        if not isinstance(value, dict):
            fail(path, f"must be an object {{...}}, not {kind_of(value)}.")
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                fail(path, f"unknown field {show(key)}; the fields allowed here are"
                           f" {', '.join(sorted(allowed))}.")
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def given(self, key: str) -> bool:
        return self.data.get(key) is not None

    def _string(self, key: str, *, required: bool) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                fail(self.at(key), "is required.")
            return None
        if not isinstance(value, str):
            fail(self.at(key), f"must be text, not {kind_of(value)}.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            fail(self.at(key), "holds a character that is not valid Unicode (a lone surrogate).")
        return value

    def line(self, key: str, *, required: bool = False, limit: int = MAX_FIELD) -> str:
        """A one-line field: trimmed, bounded, and no control characters at all."""
        text = (self._string(key, required=required) or "").strip()
        if required and not text:
            fail(self.at(key), "must not be empty.")
        if len(text) > limit:
            fail(self.at(key), f"is longer than {limit} characters.")
        if _LINE_CONTROL.search(text):
            fail(self.at(key), "holds a control character (such as a line break, tab or NUL);"
                               " this field is one line.")
        return text

    def text(self, key: str, *, required: bool = False, limit: int = MAX_FIELD) -> str:
        """Multi-line text: line breaks and tabs kept (CR LF becomes LF), nothing else hidden."""
        raw = self._string(key, required=required) or ""
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > limit:
            fail(self.at(key), f"is longer than {limit} characters.")
        if _TEXT_CONTROL.search(text):
            fail(self.at(key), "holds a control character other than line breaks and tabs.")
        return text

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self.data.get(key)
        if value is None:
            if required:
                fail(self.at(key), "is required.")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            fail(self.at(key), f"must be a whole number, not {kind_of(value)}.")
        if not low <= value <= high:
            fail(self.at(key), f"{show(value)} is outside {low}..{high}.")
        return value

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, bool):
            fail(self.at(key), f"must be true or false, not {kind_of(value)}.")
        return value

    def moment(self, key: str, *, required: bool = False) -> str | None:
        """A timestamp with a time zone, stored as UTC to the second."""
        raw = self._string(key, required=required)
        if raw is None:
            return None
        try:
            value = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            fail(self.at(key), f"{show(raw)} is not a timestamp like 2026-01-12T09:00:00+00:00.")
        if value.tzinfo is None:
            fail(self.at(key), f"{show(raw)} has no time zone; write it like"
                               " 2026-01-12T09:00:00+00:00.")
        if value.year not in _YEARS:
            fail(self.at(key), f"{value.year} is not a plausible year.")
        return utc_iso(value)

    def day(self, key: str) -> str:
        raw = self._string(key, required=True) or ""
        try:
            value = dt.date.fromisoformat(raw.strip())
        except ValueError:
            fail(self.at(key), f"{show(raw)} is not a date like 2026-01-10.")
        if value.year not in _YEARS:
            fail(self.at(key), f"{value.year} is not a plausible year.")
        return value.isoformat()

    def start(self, key: str) -> str:
        """An appointment: local wall time, to the minute (as core/storage/packages.py keeps it)."""
        raw = self._string(key, required=True) or ""
        problem = f"{show(raw)} is not a date and time like 2026-01-12T10:00."
        if len(raw.strip()) <= len("2026-01-12"):  # a bare date has no time of day
            fail(self.at(key), problem)
        try:
            value = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            fail(self.at(key), problem)
        if value.year not in _YEARS:
            fail(self.at(key), f"{value.year} is not a plausible year for a session.")
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            fail(self.at(key), f"must be a list [...], not {kind_of(value)}.")
        return value


class PlanBuilder:
    """Walks the document once, checking each record and collecting the plan."""

    def __init__(self, now: dt.datetime, late_counts: bool) -> None:
        self.now = utc_iso(now)
        self.today = now.date()
        self.late_counts = late_counts
        self.seen: dict[str, dict[str, str]] = {"client": {}, "package": {}, "session": {},
                                                "note": {}}

    def ident(self, record: Record, key: str, kind: str) -> str:
        raw = record.data.get(key)
        if raw is None:
            value = new_id()
        elif not isinstance(raw, str) or not _ID.fullmatch(raw):
            fail(record.at(key), f"{show(raw)} is not an id (1 to 64 letters a-z, digits, - or _).")
        else:
            value = raw
        earlier = self.seen[kind].get(value)
        if earlier is not None:
            fail(record.at(key), f"the {kind} id {value} appears twice in the file"
                                 f" (first at {earlier}).")
        self.seen[kind][value] = record.path
        return value

    def client(self, raw: object, path: str) -> ClientPlan:
        r = Record(raw, path, CLIENT_KEYS)
        cid = self.ident(r, "id", "client")
        name = r.line("name", required=True, limit=MAX_NAME)
        id_number = id_kind = None
        number = r.line("personnummer")
        if number:
            try:
                parsed = parse_identity(number, today=self.today)
            except IdentityError as exc:
                fail(r.at("personnummer"),
                     f"{show(number)} is not a valid Swedish identity number: {exc}")
            id_number, id_kind = parsed.normalised, parsed.kind.value
        email = r.line("email")
        if email and "@" not in email:
            fail(r.at("email"), f"{show(email)} is not an e-mail address (it has no @).")
        packages = tuple(self.package(p, r.at(f"packages[{i}]"))
                         for i, p in enumerate(r.items("packages")))
        return ClientPlan(
            path=path, id=cid, name=name, id_number=id_number, id_kind=id_kind, email=email,
            phone=r.line("phone"), address=r.text("address"), free_text=r.text("free_text"),
            created_at=r.moment("created_at") or self.now, archived_at=r.moment("archived_at"),
            packages=packages,
        )

    def package(self, raw: object, path: str) -> PackagePlan:
        r = Record(raw, path, PACKAGE_KEYS)
        pid = self.ident(r, "id", "package")
        total = r.integer("sessions_total", 1, MAX_SESSIONS_PER_PACKAGE) or 1
        sessions = tuple(self.session(s, r.at(f"sessions[{i}]"))
                         for i, s in enumerate(r.items("sessions")))
        counting = {"held", "late_cancelled"} if self.late_counts else {"held"}
        counted = sum(1 for s in sessions if s.status in counting)
        if counted > total:
            fail(r.at("sessions"), f"{counted} sessions count towards this package but"
                                   f" sessions_total is {total}.")
        if "completed_at" in r.data:  # present, even as null: taken as it is (exact restore)
            completed_at = r.moment("completed_at")
        else:  # a simple file: completed when the app itself would have marked it so
            done = counted == total and all(
                s.note is not None and s.note.revisions[-1].signed_at is not None
                for s in sessions if s.status == "held"
            )
            completed_at = self.now if done else None
        return PackagePlan(
            path=path, id=pid, name=r.line("name", required=True, limit=MAX_NAME),
            sessions_total=total, purchased=r.day("purchased"),
            price_ore=r.integer("price_ore", 0, 10**12, required=False),
            created_at=r.moment("created_at") or self.now, completed_at=completed_at,
            erase_postponed_at=r.moment("erase_postponed_at"), sessions=sessions,
        )

    def session(self, raw: object, path: str) -> SessionPlan:
        r = Record(raw, path, SESSION_KEYS)
        sid = self.ident(r, "id", "session")
        start = r.start("start")
        status = r.data.get("status")
        if status not in STATUSES:
            fail(r.at("status"), f"{show(status)} is not a session status; use one of"
                                 f" {', '.join(STATUSES)}.")
        return SessionPlan(path=path, id=sid, start=start, status=str(status),
                           created_at=r.moment("created_at") or self.now, note=self.note(r))

    def note(self, r: Record) -> NotePlan | None:
        signed = r.flag("signed")
        text = r.text("note", limit=MAX_NOTE) if r.given("note") else None
        if r.given("revisions"):
            revisions = self.revisions(r)
            last = revisions[-1]
            if text is not None and text != last.body:
                fail(r.at("note"), "differs from the body of the last revision.")
            if signed is not None and signed != (last.signed_at is not None):
                fail(r.at("signed"), "disagrees with the last revision's signed_at.")
        elif text is None:
            for key in ("signed", "note_id", "note_created_at"):
                if r.given(key) and r.data[key] is not False:
                    fail(r.at(key), "is given, but the session has no note.")
            return None
        else:
            if signed and not text.strip():
                fail(r.at("signed"), "an empty note cannot be signed.")
            revisions = (RevisionPlan(1, text, self.now, self.now if signed else None, None),)
        return NotePlan(path=r.path, id=self.ident(r, "note_id", "note"),
                        created_at=r.moment("note_created_at") or revisions[0].saved_at,
                        revisions=revisions)

    def revisions(self, r: Record) -> tuple[RevisionPlan, ...]:
        items = r.items("revisions")
        if not items:
            fail(r.at("revisions"), "must hold at least one revision.")
        if len(items) > MAX_REVISIONS:
            fail(r.at("revisions"), f"holds more than {MAX_REVISIONS} revisions.")
        out: list[RevisionPlan] = []
        for i, raw in enumerate(items):
            rev = Record(raw, r.at(f"revisions[{i}]"), REVISION_KEYS)
            if rev.integer("revision", 1, MAX_REVISIONS) != i + 1:
                fail(rev.at("revision"), f"should be {i + 1}: revisions are numbered 1, 2, 3 ..."
                                         " oldest first.")
            body = rev.text("body", required=True, limit=MAX_NOTE)
            signed_at = rev.moment("signed_at")
            if signed_at is not None and not body.strip():
                fail(rev.at("signed_at"), "an empty note cannot be signed.")
            out.append(RevisionPlan(i + 1, body, rev.moment("saved_at", required=True) or "",
                                    signed_at, rev.moment("superseded_at")))
        self.check_history(r.at("revisions"), out)
        return tuple(out)

    @staticmethod
    def check_history(path: str, revisions: list[RevisionPlan]) -> None:
        """The shape notes.py leaves behind: every revision but the last was signed (a
        correction starts from a signed text), and each was superseded once the one after it
        was signed."""
        for i, rev in enumerate(revisions[:-1]):
            if rev.signed_at is None:
                fail(f"{path}[{i}].signed_at", "every revision before the last must be signed.")
            later_signed = revisions[i + 1].signed_at is not None
            if (rev.superseded_at is not None) != later_signed:
                fail(f"{path}[{i}].superseded_at", "must be set exactly when the next revision"
                                                   " is signed.")
        if revisions[-1].superseded_at is not None:
            fail(f"{path}[{len(revisions) - 1}].superseded_at",
                 "the last revision cannot be superseded.")


def settings_rows(raw: object) -> tuple[dict[str, str], bool | None]:
    """The settings object as raw settings rows, and its late-cancellation rule if given."""
    r = Record(raw, "settings", SETTINGS_KEYS)
    rows: dict[str, str] = {}
    if r.given("practice_name"):
        # As lenient as settings.py, which keeps any text here, so every export re-imports.
        rows["practice_name"] = r.text("practice_name", limit=MAX_PRACTICE_NAME).strip()
    if r.given("retention_policy"):
        policy = r.data["retention_policy"]
        allowed = [p.value for p in RetentionPolicy]
        if policy not in allowed:
            fail(r.at("retention_policy"), f"{show(policy)} is not one of {', '.join(allowed)}.")
        rows["retention_policy"] = str(policy)
    late = r.flag("late_cancellation_counts")
    if late is not None:
        rows["late_cancellation_counts"] = "1" if late else "0"
    if r.given("note_template"):
        rows["note_template"] = r.text("note_template", limit=MAX_TEMPLATE)
    for key, high in (("idle_lock_minutes", 240), ("backup_reminder_days", 365)):
        value = r.integer(key, 1, high, required=False)
        if value is not None:
            rows[key] = str(value)
    return rows, late


def build_plan(
    document: object, *, now: dt.datetime, vault_empty: bool, vault_late_counts: bool
) -> ImportPlan:
    """Check the whole document; raise InvalidInput naming the first bad record and field."""
    top = Record(document, "", TOP_KEYS)
    if top.data.get("format") != FORMAT:
        fail("format", f"{show(top.data.get('format'))} is not {show(FORMAT)}; this is not a"
                       " journal-app/1 file (or it comes from a newer version).")
    top.moment("exported_at")
    top.line("exported_by")
    top.text("warning")
    settings: dict[str, str] | None = None
    late = vault_late_counts
    if top.given("settings"):
        rows, file_late = settings_rows(top.data["settings"])
        # An empty vault takes the file's settings; a vault in use keeps its own.
        if vault_empty:
            settings = rows
            late = vault_late_counts if file_late is None else file_late
    if "clients" not in top.data:
        fail("clients", "is required (a list of clients, which may be empty).")
    builder = PlanBuilder(now, late)
    clients = tuple(builder.client(c, f"clients[{i}]") for i, c in enumerate(top.items("clients")))
    return ImportPlan(clients=clients, settings=settings)
