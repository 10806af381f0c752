"""Frozen dataclasses handed to callers. Views get these, never a cursor or a row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


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


@dataclass(frozen=True)
class Note:
    id: str
    session_id: str
    client_id: str
    created_at: dt.datetime
    revisions: tuple[NoteRevision, ...]  # oldest first; never empty

    @property
    def current(self) -> NoteRevision:
        return self.revisions[-1]

    @property
    def text(self) -> str:
        return self.current.body

    @property
    def state(self) -> NoteState:
        if self.current.signed_at is not None:
            return NoteState.SIGNED
        return NoteState.CORRECTING if len(self.revisions) > 1 else NoteState.DRAFT

    @property
    def earlier(self) -> tuple[NoteRevision, ...]:
        """Signed revisions replaced by a later one: shown struck through, with their dates."""
        return tuple(r for r in self.revisions[:-1] if r.superseded_at is not None)


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
    kind: str  # "client" or "note"
    client_id: str
    client_name: str
    session_id: str | None
    session_start: dt.datetime | None
    snippet: str


@dataclass(frozen=True)
class PackageCompleted:
    """The one event the UI hangs the erase prompt on (a change record's `completed`)."""

    package_id: str
    client_id: str
    client_name: str
    package_name: str


@dataclass(frozen=True)
class VaultSettings:
    practice_name: str
    retention_policy: RetentionPolicy
    late_cancellation_counts: bool
    note_template: str
    idle_lock_minutes: int
    backup_reminder_days: int


DEFAULT_TEMPLATE_SV = "Samtalets innehåll\n\n\nMående\n\n\nÖverenskommelser\n\n\nTill nästa gång\n\n"
DEFAULT_TEMPLATE_EN = "Session content\n\n\nWellbeing\n\n\nAgreements\n\n\nNext time\n\n"
# The template a new vault gets, by the language the app speaks ("sv", "en").
DEFAULT_TEMPLATES = {"sv": DEFAULT_TEMPLATE_SV, "en": DEFAULT_TEMPLATE_EN}
