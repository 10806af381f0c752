"""Check a parsed journal-app/1 document, record by record, and turn it into an ImportPlan.

Every refusal names the record and field by its path in the file (interchange_record.py), for
example `clients[3].packages[0].sessions[2].start`, so a person can find and fix it. Nothing here
touches the vault: the plan is written by core/journal/bulk_import.py, all at once.
"""

from __future__ import annotations

import datetime as dt
import re

from journal_app.core.domain.clock import utc_iso
from journal_app.core.domain.identity import IdentityError, parse_identity
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.domain.text import MAX_NAME, MAX_NOTE
from journal_app.core.journal.bulk_import import (
    ClientPlan,
    ImportPlan,
    NotePlan,
    PackagePlan,
    RevisionPlan,
    SessionPlan,
)
from journal_app.core.messages import Message
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.packages import MAX_SESSIONS_PER_PACKAGE
from journal_app.core.storage.settings import (
    MAX_PRACTICE_NAME,
    MAX_PRACTITIONER,
    MAX_TEMPLATE,
    is_one_line,
)
from journal_app.export.interchange_record import Record, fail, show

FORMAT = "journal-app/1"
MAX_REVISIONS = 10_000
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")

TOP_KEYS = frozenset({"format", "exported_at", "exported_by", "warning", "settings", "clients",
                      "practice", "invoicing",  # these two: interchange_invoicing.py
                      "measures",  # interchange_measures.py
                      "journal_card", "templates", "dictionary"})  # interchange_<name>.py
SETTINGS_KEYS = frozenset({"practice_name", "practitioner", "retention_policy",
                           "late_cancellation_counts", "note_template", "idle_lock_minutes",
                           "backup_reminder_days"})
CLIENT_KEYS = frozenset({"id", "name", "personnummer", "email", "phone", "address", "free_text",
                         "created_at", "archived_at", "packages"})
PACKAGE_KEYS = frozenset({"id", "name", "sessions_total", "purchased", "price_ore", "created_at",
                          "completed_at", "erase_postponed_at", "sessions"})
SESSION_KEYS = frozenset({"id", "start", "status", "created_at", "note", "signed", "note_id",
                          "note_created_at", "revisions"})
REVISION_KEYS = frozenset({"revision", "body", "saved_at", "signed_at", "superseded_at"})
STATUSES = tuple(s.value for s in SessionStatus)
_ENTITIES = {"client": Message("entity.client"), "package": Message("entity.package"),
             "session": Message("entity.session"), "note": Message("entity.note")}


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
            fail("record.not_an_id", record.at(key), value=show(raw))
        else:
            value = raw
        earlier = self.seen[kind].get(value)
        if earlier is not None:
            fail("record.duplicate_id", record.at(key), entity=_ENTITIES[kind], id=value,
                 first=earlier)
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
                fail("record.not_an_identity_number", r.at("personnummer"), value=show(number),
                     reason=str(exc))
            id_number, id_kind = parsed.normalised, parsed.kind.value
        email = r.line("email")
        if email and "@" not in email:
            fail("record.no_at", r.at("email"), value=show(email))
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
            fail("record.too_many_counted", r.at("sessions"), counted=counted, total=total)
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
            fail("record.not_a_status", r.at("status"), value=show(status),
                 statuses=", ".join(STATUSES))
        return SessionPlan(path=path, id=sid, start=start, status=str(status),
                           created_at=r.moment("created_at") or self.now, note=self.note(r))

    def note(self, r: Record) -> NotePlan | None:
        signed = r.flag("signed")
        text = r.text("note", limit=MAX_NOTE) if r.given("note") else None
        if r.given("revisions"):
            revisions = self.revisions(r)
            last = revisions[-1]
            if text is not None and text != last.body:
                fail("record.note_differs", r.at("note"))
            if signed is not None and signed != (last.signed_at is not None):
                fail("record.signed_disagrees", r.at("signed"))
        elif text is None:
            for key in ("signed", "note_id", "note_created_at"):
                if r.given(key) and r.data[key] is not False:
                    fail("record.without_note", r.at(key))
            return None
        else:
            if signed and not text.strip():
                fail("record.empty_signed", r.at("signed"))
            revisions = (RevisionPlan(1, text, self.now, self.now if signed else None, None),)
        return NotePlan(path=r.path, id=self.ident(r, "note_id", "note"),
                        created_at=r.moment("note_created_at") or revisions[0].saved_at,
                        revisions=revisions)

    def revisions(self, r: Record) -> tuple[RevisionPlan, ...]:
        items = r.items("revisions")
        if not items:
            fail("record.no_revisions", r.at("revisions"))
        if len(items) > MAX_REVISIONS:
            fail("record.too_many_revisions", r.at("revisions"), limit=MAX_REVISIONS)
        out: list[RevisionPlan] = []
        for i, raw in enumerate(items):
            rev = Record(raw, r.at(f"revisions[{i}]"), REVISION_KEYS)
            if rev.integer("revision", 1, MAX_REVISIONS) != i + 1:
                fail("record.revision_number", rev.at("revision"), expected=i + 1)
            body = rev.text("body", required=True, limit=MAX_NOTE)
            signed_at = rev.moment("signed_at")
            if signed_at is not None and not body.strip():
                fail("record.empty_signed", rev.at("signed_at"))
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
                fail("record.unsigned_revision", f"{path}[{i}].signed_at")
            later_signed = revisions[i + 1].signed_at is not None
            if (rev.superseded_at is not None) != later_signed:
                fail("record.superseded_mismatch", f"{path}[{i}].superseded_at")
        if revisions[-1].superseded_at is not None:
            fail("record.last_superseded", f"{path}[{len(revisions) - 1}].superseded_at")


def settings_rows(raw: object) -> tuple[dict[str, str], bool | None]:
    """The settings object as raw settings rows, and its late-cancellation rule if given."""
    r = Record(raw, "settings", SETTINGS_KEYS)
    rows: dict[str, str] = {}
    if r.given("practice_name"):
        # As lenient as settings.py, which keeps any text here, so every export re-imports.
        rows["practice_name"] = r.text("practice_name", limit=MAX_PRACTICE_NAME).strip()
    if r.given("practitioner"):  # as typed, and as settings.py keeps it: one line
        practitioner = r.text("practitioner", limit=MAX_PRACTITIONER)
        if not is_one_line(practitioner):
            fail("record.control_in_line", r.at("practitioner"))
        rows["practitioner"] = practitioner
    if r.given("retention_policy"):
        policy = r.data["retention_policy"]
        allowed = [p.value for p in RetentionPolicy]
        if policy not in allowed:
            fail("record.not_one_of", r.at("retention_policy"), value=show(policy),
                 allowed=", ".join(allowed))
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
        fail("record.wrong_format", "format", value=show(top.data.get("format")),
             format=show(FORMAT))
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
        fail("record.clients_required", "clients")
    builder = PlanBuilder(now, late)
    clients = tuple(builder.client(c, f"clients[{i}]") for i, c in enumerate(top.items("clients")))
    return ImportPlan(clients=clients, settings=settings)
