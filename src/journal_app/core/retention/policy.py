"""Retention: erase when a package is completed, or keep as a patient journal under PDL.

Two clocks run here, both on the injected Clock:
- PDL 3 kap 17 §: a patient journal is kept at least ten years after its last entry.
- Bokföringslagen 7 kap 2 §: accounting records are kept until the end of the seventh year
  after the calendar year they belong to (a billing record keeps only what that needs).

Nothing in this module erases notes. Changing the policy is logged and changes only what the
app offers from then on; the erase itself lives in erasure.py, behind an explicit confirmation.

A change away from PDL must not open a back door to erasing patient journals: every note written
while PDL was in force carries a mark (notes.under_pdl, set by triggers in schema V7 as the
revision is written), and a client with such a note keeps the ten years whatever the policy
says now. The new policy governs notes written from then on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.domain.clock import Clock, parse_utc
from journal_app.core.domain.models import PackageCompleted, RetentionPolicy
from journal_app.core.errors import InvalidInput, PolicyRefusal
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.core.storage.db import Database

PDL_YEARS = 10
BOOKKEEPING_YEARS = 7
MAX_IVO_REFERENCE = 100


@dataclass(frozen=True)
class IvoDecision:
    """A destruction decided by IVO (PDL 8 kap 4 §): the only early erase under PDL."""

    reference: str
    decided: dt.date

    def __post_init__(self) -> None:
        reference = " ".join(self.reference.split())
        if not reference:
            raise InvalidInput("ivo.reference_missing")
        if ";" in reference or "=" in reference:
            raise InvalidInput("ivo.reference_characters")
        if len(reference) > MAX_IVO_REFERENCE:
            raise InvalidInput("ivo.reference_too_long", limit=MAX_IVO_REFERENCE)
        object.__setattr__(self, "reference", reference)


@dataclass(frozen=True)
class PendingErasure:
    """A completed package whose notes the erase-on-completion policy says to erase."""

    package_id: str
    client_id: str
    client_name: str
    package_name: str
    completed_at: dt.datetime
    postponed_at: dt.datetime | None
    notes: int

    @property
    def postponed(self) -> bool:
        return self.postponed_at is not None

    def event(self) -> PackageCompleted:
        """The same event the erase prompt opens on when a package completes."""
        return PackageCompleted(self.package_id, self.client_id, self.client_name,
                                self.package_name)


@dataclass(frozen=True)
class PdlExpired:
    """Under PDL: a client whose journal's ten years are over, so the app offers the erase."""

    client_id: str
    client_name: str
    last_entry: dt.datetime
    keep_until: dt.date


@dataclass(frozen=True)
class ExpiredBillingRecord:
    id: str
    name: str
    package_name: str
    purchased: dt.date
    keep_until: dt.date


@dataclass(frozen=True)
class Due:
    policy: RetentionPolicy
    erasures: tuple[PendingErasure, ...]
    pdl_expired: tuple[PdlExpired, ...]
    billing_expired: tuple[ExpiredBillingRecord, ...]

    @property
    def empty(self) -> bool:
        return not (self.erasures or self.pdl_expired or self.billing_expired)


# Dates ----------------------------------------------------------------------------------------


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later; 29 February moves to 1 March, the later date, so a retention
    period is never cut short by a day."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def pdl_keep_until(last_entry: dt.datetime) -> dt.date:
    """The first day the notes may be erased is the day after this one (PDL 3 kap 17 §)."""
    return add_years(last_entry.astimezone(dt.UTC).date(), PDL_YEARS)


def bookkeeping_keep_until(belongs_to: dt.date) -> dt.date:
    """31 December of the seventh year after the calendar year (bokföringslagen 7 kap 2 §)."""
    return dt.date(belongs_to.year + BOOKKEEPING_YEARS, 12, 31)


def today(clock: Clock) -> dt.date:
    return clock.now().astimezone(dt.UTC).date()


# The policy -----------------------------------------------------------------------------------


def current_policy(db: Database) -> RetentionPolicy:
    with db.read() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'retention_policy'").fetchone()
    return RetentionPolicy(row[0]) if row else RetentionPolicy.ERASE_ON_COMPLETION


def change_policy(journal: Journal, policy: RetentionPolicy) -> bool:
    """Switch policy, logged in the access log. Erases nothing: under the new policy the app
    only offers (and asks to confirm) what it says. Returns False when nothing changed."""
    policy = RetentionPolicy(policy)
    old = current_policy(journal.db)
    if old is policy:
        return False
    with journal.db.write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('retention_policy', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (policy.value,),
        )
        journal.audit.append_in(conn, Action.POLICY_CHANGE, None, f"{old.value}->{policy.value}")
    return True


def written_under_pdl(db: Database, client_id: str) -> bool:
    """Whether any of the client's notes was written while the PDL policy was in force."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT 1 FROM notes WHERE client_id = ? AND under_pdl = 1 LIMIT 1", (client_id,)
        ).fetchone()
    return row is not None


def clients_kept_under_pdl(db: Database) -> int:
    """How many clients have notes written under PDL: kept ten years under any policy."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT count(DISTINCT client_id) FROM notes WHERE under_pdl = 1"
        ).fetchone()
    return int(row[0])


def pdl_kept_notice(db: Database) -> str | None:
    """What to say after a change away from PDL while PDL journals exist; None otherwise."""
    kept = clients_kept_under_pdl(db)
    if not kept or current_policy(db) is RetentionPolicy.PDL:
        return None
    return (f"{kept} client(s) have notes written under the PDL policy: they stay kept at least"
            " 10 years after their last entry (Patientdatalagen 3 kap 17 §) whatever the policy"
            " is; the new policy governs notes written from now on.")


def last_entry(db: Database, client_id: str) -> dt.datetime | None:
    """The latest moment anything was written in the client's notes (any revision)."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT max(max(r.saved_at, coalesce(r.signed_at, ''),"
            " coalesce(r.superseded_at, ''))) FROM notes n"
            " JOIN note_revisions r ON r.note_id = n.id WHERE n.client_id = ?",
            (client_id,),
        ).fetchone()
    return parse_utc(row[0]) if row and row[0] else None


def check_erase_allowed(
    db: Database, clock: Clock, client_id: str, policy: RetentionPolicy,
    ivo: IvoDecision | None,
) -> None:
    """Raise PolicyRefusal with the reason when PDL forbids erasing this client now: under the
    PDL policy, or under any policy once a note of theirs was written while PDL was in force."""
    if ivo is not None:
        return
    under_pdl_now = policy is RetentionPolicy.PDL
    if not under_pdl_now and not written_under_pdl(db, client_id):
        return
    last = last_entry(db, client_id)
    if last is None:
        return  # no journal entry exists, so there is nothing PDL requires us to keep
    keep_until = pdl_keep_until(last)
    if today(clock) > keep_until:
        return
    if under_pdl_now:
        raise PolicyRefusal("retention.pdl_keep", last=last.date().isoformat(),
                            until=keep_until.isoformat())
    raise PolicyRefusal("retention.pdl_written_keep", last=last.date().isoformat(),
                        until=keep_until.isoformat())


# What is due ----------------------------------------------------------------------------------


def pending_erasures(journal: Journal, *, postponed_only: bool = False) -> list[PendingErasure]:
    """Completed packages still holding notes, under the erase-on-completion policy. A client
    with notes written under PDL is not offered: PDL's ten years apply (pdl_expired)."""
    if current_policy(journal.db) is not RetentionPolicy.ERASE_ON_COMPLETION:
        return []
    extra = "AND p.erase_postponed_at IS NOT NULL" if postponed_only else ""
    with journal.db.read() as conn:
        rows = conn.execute(
            f"""SELECT p.id, c.id, c.name, p.name, p.completed_at, p.erase_postponed_at,
                       (SELECT count(*) FROM notes n JOIN sessions s ON s.id = n.session_id
                        WHERE s.package_id = p.id)
                FROM packages p JOIN clients c ON c.id = p.client_id
                WHERE p.completed_at IS NOT NULL {extra}
                  AND NOT EXISTS (SELECT 1 FROM notes k
                                  WHERE k.client_id = c.id AND k.under_pdl = 1)
                ORDER BY p.completed_at, c.name COLLATE NOCASE""",
        ).fetchall()
    return [
        PendingErasure(r[0], r[1], r[2], r[3], parse_utc(r[4]),
                       parse_utc(r[5]) if r[5] else None, r[6])
        for r in rows if r[6]
    ]


def overdue_erasures(journal: Journal) -> list[PendingErasure]:
    """What the app raises again at every unlock: erasures the practitioner postponed, and any
    completed package whose prompt was never answered (the app closed, or crashed)."""
    return pending_erasures(journal)


def pdl_expired(journal: Journal) -> list[PdlExpired]:
    """Clients whose notes are past PDL's ten years, so the app offers the erase: every client
    under the PDL policy; under another policy, those with notes written while PDL was in force."""
    only_marked = current_policy(journal.db) is not RetentionPolicy.PDL
    having = " HAVING max(n.under_pdl) = 1" if only_marked else ""
    with journal.db.read() as conn:
        rows = conn.execute(
            "SELECT c.id, c.name, max(max(r.saved_at, coalesce(r.signed_at, ''),"
            " coalesce(r.superseded_at, '')))"
            " FROM clients c JOIN notes n ON n.client_id = c.id"
            f" JOIN note_revisions r ON r.note_id = n.id GROUP BY c.id{having}"
            " ORDER BY c.name COLLATE NOCASE"
        ).fetchall()
    now = today(journal.clock)
    out = []
    for client_id, name, last_text in rows:
        last = parse_utc(last_text)
        if now > pdl_keep_until(last):
            out.append(PdlExpired(client_id, name, last, pdl_keep_until(last)))
    return out


def expired_billing_records(db: Database, clock: Clock) -> list[ExpiredBillingRecord]:
    with db.read() as conn:
        rows = conn.execute(
            "SELECT id, name, package_name, purchased, keep_until FROM billing_records"
            " WHERE keep_until < ? ORDER BY keep_until, purchased",
            (today(clock).isoformat(),),
        ).fetchall()
    return [
        ExpiredBillingRecord(r[0], r[1], r[2], dt.date.fromisoformat(r[3]),
                             dt.date.fromisoformat(r[4]))
        for r in rows
    ]


def due(journal: Journal) -> Due:
    return Due(
        policy=current_policy(journal.db),
        erasures=tuple(pending_erasures(journal)),
        pdl_expired=tuple(pdl_expired(journal)),
        billing_expired=tuple(expired_billing_records(journal.db, journal.clock)),
    )

