"""Frozen dataclasses handed to callers. Views get these, never a cursor or a row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from journal_app.core.messages import Message


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    LATE_CANCELLED = "late_cancelled"
    NO_SHOW = "no_show"


class RetentionPolicy(StrEnum):
    ERASE_ON_COMPLETION = "erase_on_completion"
    PDL = "pdl"


class NoteState(StrEnum):
    DRAFT = "draft"  # never signed; edited in place
    SIGNED = "signed"  # locked
    CORRECTING = "correcting"  # signed before; a correction draft is open


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    id_number: str | None
    id_kind: str | None
    email: str
    phone: str
    address: str
    free_text: str
    created_at: dt.datetime
    archived_at: dt.datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class Package:
    id: str
    client_id: str
    name: str
    sessions_total: int
    purchased: dt.date
    price_ore: int | None
    created_at: dt.datetime
    completed_at: dt.datetime | None
    sessions_counted: int
    erase_postponed_at: dt.datetime | None = None
    notes_to_sign: int = 0  # held sessions whose note is unwritten or unsigned

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def waiting_for_signatures(self) -> bool:
        """Every session held, but the package completes only once their notes are signed."""
        return (not self.completed and self.sessions_counted >= self.sessions_total
                and self.notes_to_sign > 0)


@dataclass(frozen=True)
class Session:
    id: str
    package_id: str
    client_id: str
    start: dt.datetime  # the appointment's local wall time, naive
    status: SessionStatus
    created_at: dt.datetime
    note_state: NoteState | None  # None: no note written yet


@dataclass(frozen=True)
class NoteRevision:
    revision: int
    body: str
    saved_at: dt.datetime
    signed_at: dt.datetime | None
    superseded_at: dt.datetime | None


class _Signable(Protocol):
    @property
    def signed_at(self) -> dt.datetime | None: ...
    @property
    def superseded_at(self) -> dt.datetime | None: ...


R = TypeVar("R", bound=_Signable)


class RevisionHistory(Generic[R]):
    """What a note and a journal card part share: revisions, oldest first (never empty), the
    last one current; signed, or a draft, or a correction in progress."""

    revisions: tuple[R, ...]

    @property
    def current(self) -> R:
        return self.revisions[-1]

    @property
    def state(self) -> NoteState:
        if self.current.signed_at is not None:
            return NoteState.SIGNED
        return NoteState.CORRECTING if len(self.revisions) > 1 else NoteState.DRAFT

    @property
    def earlier(self) -> tuple[R, ...]:
        """Signed revisions replaced by a later one: shown struck through, with their dates."""
        return tuple(r for r in self.revisions[:-1] if r.superseded_at is not None)


@dataclass(frozen=True)
class Note(RevisionHistory[NoteRevision]):
    id: str
    session_id: str
    client_id: str
    created_at: dt.datetime
    revisions: tuple[NoteRevision, ...]  # oldest first; never empty

    @property
    def text(self) -> str:
        return self.current.body


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list: enough to draw it without loading any journal."""

    id: str
    name: str
    id_number: str | None
    archived: bool
    package_name: str | None
    sessions_counted: int
    sessions_total: int
    awaiting_erase: bool  # a completed package whose notes the policy says to erase
    erase_postponed: bool
    last_session: dt.datetime | None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "client", "note" or "card" (a journal card part: no session)
    client_id: str
    client_name: str
    session_id: str | None
    session_start: dt.datetime | None
    snippet: str


class EraseReason(StrEnum):
    """The head word of an erasure receipt's reason (retention/erasure.py adds the details).
    Stored in the database and in erasures.json and replayed on backups: a code, once
    written, stays valid."""

    PACKAGE_COMPLETED = "package_completed"  # the practice's notice: erase on completion
    CLIENT_REQUEST = "client_request"  # GDPR art. 17, at any time (erase policy)
    PDL_RETENTION_ENDED = "pdl_retention_ended"  # 10 years after the last entry have passed
    NO_JOURNAL_ENTRIES = "no_journal_entries"  # under PDL: no entry, so nothing had to be kept
    IVO_DECISION = "ivo_decision"  # PDL 8 kap 4 §: destruction decided by IVO


@dataclass(frozen=True)
class EraseDecision:
    """Whether a client's notes go now, and what an erase would take and leave: decided once
    in the core (retention/decision.py) and handed to the prompt, which only shows it.

    `due`: the policy says the notes go now: a completed package under erase-on-completion,
    or a client's own request. A `refusal` may still hold them (PDL's ten years, also for
    notes written while PDL was in force); the prompt then explains it instead of erasing."""

    client_id: str
    client_name: str
    policy: RetentionPolicy  # the policy it was decided under (read once for the flow)
    completed_only: bool  # the notes of the completed packages (the client stays), or all
    due: bool
    reason: EraseReason  # what the receipt will record
    notes: int  # what goes: notes, each with every revision, draft and search entry
    whole_client: bool  # what goes: the contact details too (no package is left)
    billing_records_kept: int  # what stays: a billing record for each paid package
    receipt_kept: bool  # what stays: an erasure receipt without name or content
    refusal: Message | None  # why the erase is refused now; None when it is allowed
    postponed: bool = False  # "remind me later" was chosen for this completed package

    @property
    def allowed(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class PackageCompleted:
    """The one event the UI hangs the erase prompt on (a change record's `completed`), with
    the core's erase decision. Two events are equal when they name the same package."""

    package_id: str
    client_id: str
    client_name: str
    package_name: str
    decision: EraseDecision = field(compare=False)


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
class UnlockNotices:
    """What the app says after an unlock, gathered in one core call (Journal.unlock_notices)
    that runs off the GUI thread."""

    failed_attempts: int  # wrong passphrases typed since the last unlock
    billing_purged: int  # billing records past their keeping time, deleted by this call
    days_without_backup: int | None  # set when the backup reminder is due
    pdl_expired: int  # clients past PDL's ten years: their notes may now be erased
    due_erasures: tuple[PackageCompleted, ...]  # erase prompts to raise again, oldest first


@dataclass(frozen=True)
class VaultSettings:
    practice_name: str
    retention_policy: RetentionPolicy
    late_cancellation_counts: bool
    note_template: str
    idle_lock_minutes: int
    backup_reminder_days: int
    practitioner: str = ""  # "Name, title": who keeps the journal (PDL 3 kap 10 §)


DEFAULT_TEMPLATE_SV = "Samtalets innehåll\n\n\nMående\n\n\nÖverenskommelser\n\n\nTill nästa gång\n\n"
DEFAULT_TEMPLATE_EN = "Session content\n\n\nWellbeing\n\n\nAgreements\n\n\nNext time\n\n"
# The template a new vault gets, by the language the app speaks ("sv", "en").
DEFAULT_TEMPLATES = {"sv": DEFAULT_TEMPLATE_SV, "en": DEFAULT_TEMPLATE_EN}
