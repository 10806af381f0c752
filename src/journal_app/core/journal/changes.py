"""Change records: what one write through the facade changed.

Every write method of `Journal` returns one, a frozen dataclass: the kind of change, the ids it
touched (as applicable), the object as stored after it, and `completed` when the write completed
a package (the erase prompt hangs on that). The UI's one write entry (AppController.apply) emits
the record as `changed(Change)`; the views refresh from it, never by hand after a write.

    change = journal.sign_note(session_id)      # NoteChange
    change.note, change.session_id, change.completed
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from journal_app.core.domain.agenda import AgendaSettings
from journal_app.core.domain.card import CardEntry
from journal_app.core.domain.invoicing import Invoice, PracticeDetails
from journal_app.core.domain.measures import Measure, Scale
from journal_app.core.domain.models import (
    Client,
    ErasureReceipt,
    Note,
    Package,
    PackageCompleted,
    Session,
    UnlockNotices,
    VaultSettings,
)
from journal_app.core.domain.templates import NoteTemplate, Phrase
from journal_app.core.storage.backups import BackupRecord


class ChangeKind(StrEnum):
    CLIENT_ADDED = "client_added"
    CLIENT_UPDATED = "client_updated"
    CLIENT_ARCHIVED = "client_archived"
    CLIENT_UNARCHIVED = "client_unarchived"
    CLIENT_OPENED = "client_opened"  # only the access log grows (PDL 4 kap 3 §)
    PACKAGE_ADDED = "package_added"
    PACKAGE_UPDATED = "package_updated"
    PACKAGE_REMOVED = "package_removed"
    ERASE_POSTPONED = "erase_postponed"
    SESSION_ADDED = "session_added"
    SESSION_STATUS_SET = "session_status_set"
    NOTE_CREATED = "note_created"  # the first save of a session's note
    DRAFT_SAVED = "draft_saved"  # the text of a note that exists, saved again
    CORRECTION_STARTED = "correction_started"
    CORRECTION_DISCARDED = "correction_discarded"
    NOTE_SIGNED = "note_signed"
    SETTINGS_UPDATED = "settings_updated"
    POLICY_CHANGED = "policy_changed"
    ERASED = "erased"
    BILLING_PURGED = "billing_purged"
    UNLOCK_NOTICES = "unlock_notices"  # what the unlock says; it purges expired billing records
    BACKUP_FOLDER_SET = "backup_folder_set"
    BACKUP_FORGOTTEN = "backup_forgotten"  # no longer listed; the file is not touched
    PRACTICE_UPDATED = "practice_updated"  # the seller's details on invoices
    PACKAGE_VAT_SET = "package_vat_set"
    INVOICE_ISSUED = "invoice_issued"
    INVOICE_CREDITED = "invoice_credited"  # the record's invoice is the credit note
    INVOICE_PAID = "invoice_paid"
    AGENDA_SETTINGS_UPDATED = "agenda_settings_updated"  # the calendar feed's word, length, names
    MEASURE_RECORDED = "measure_recorded"  # an outcome measure entered or replaced
    MEASURE_FLAG_ACKNOWLEDGED = "measure_flag_acknowledged"  # PHQ-9 item 9 acknowledged
    SCALE_ADDED = "scale_added"  # a practitioner's own scale
    CARD_CREATED = "card_created"  # the first save of a journal card part
    CARD_SAVED = "card_saved"  # a journal card part's draft saved again
    CARD_SIGNED = "card_signed"
    CARD_CORRECTION_STARTED = "card_correction_started"
    CARD_CORRECTION_DISCARDED = "card_correction_discarded"
    TEMPLATE_ADDED = "template_added"  # a practitioner's own note template
    TEMPLATE_UPDATED = "template_updated"  # renamed or its headings rewritten
    TEMPLATE_DELETED = "template_deleted"
    DEFAULT_TEMPLATE_SET = "default_template_set"  # the template new notes start from
    PHRASE_ADDED = "phrase_added"
    PHRASE_UPDATED = "phrase_updated"
    PHRASE_DELETED = "phrase_deleted"
    OWN_WORD_ADDED = "own_word_added"  # a word in the practitioner's own spelling dictionary
    OWN_WORD_REMOVED = "own_word_removed"


# Writes that change nothing the client list, a client's packages or sessions show: the text of
# a note that already exists (autosave, every pause in typing), an access-log line, billing
# records past their keeping time (alone, or in what an unlock checks).
_OFF_THE_LISTS = frozenset({ChangeKind.DRAFT_SAVED, ChangeKind.CLIENT_OPENED,
                            ChangeKind.BILLING_PURGED, ChangeKind.UNLOCK_NOTICES,
                            ChangeKind.BACKUP_FOLDER_SET, ChangeKind.BACKUP_FORGOTTEN,
                            ChangeKind.PRACTICE_UPDATED, ChangeKind.AGENDA_SETTINGS_UPDATED,
                            ChangeKind.SCALE_ADDED, ChangeKind.CARD_SAVED,
                            ChangeKind.TEMPLATE_ADDED,
                            ChangeKind.TEMPLATE_UPDATED, ChangeKind.TEMPLATE_DELETED,
                            ChangeKind.DEFAULT_TEMPLATE_SET, ChangeKind.PHRASE_ADDED,
                            ChangeKind.PHRASE_UPDATED, ChangeKind.PHRASE_DELETED,
                            ChangeKind.OWN_WORD_ADDED, ChangeKind.OWN_WORD_REMOVED})


@dataclass(frozen=True, kw_only=True)
class Change:
    kind: ChangeKind
    client_id: str | None = None
    package_id: str | None = None
    session_id: str | None = None
    completed: PackageCompleted | None = None  # the package this write completed

    @property
    def stored(self) -> object:
        """The changed object as stored after the write (each subclass names it too)."""
        return None

    @property
    def affects_lists(self) -> bool:
        """Whether the client list, a client's packages or sessions may read differently now."""
        return self.kind not in _OFF_THE_LISTS


@dataclass(frozen=True, kw_only=True)
class ClientChange(Change):
    client: Client

    @property
    def stored(self) -> Client:
        return self.client


@dataclass(frozen=True, kw_only=True)
class PackageChange(Change):
    package: Package  # for PACKAGE_REMOVED: as it was before it went

    @property
    def stored(self) -> Package:
        return self.package


@dataclass(frozen=True, kw_only=True)
class SessionChange(Change):
    session: Session

    @property
    def stored(self) -> Session:
        return self.session


@dataclass(frozen=True, kw_only=True)
class NoteChange(Change):
    note: Note

    @property
    def stored(self) -> Note:
        return self.note


@dataclass(frozen=True, kw_only=True)
class CardChange(Change):
    """A journal card part written, signed or corrected, as stored after the write."""

    entry: CardEntry

    @property
    def stored(self) -> CardEntry:
        return self.entry


@dataclass(frozen=True, kw_only=True)
class AgendaSettingsChange(Change):
    settings: AgendaSettings

    @property
    def stored(self) -> AgendaSettings:
        return self.settings


@dataclass(frozen=True, kw_only=True)
class MeasureChange(Change):
    """A measure entered or its flag acknowledged (`measure`), or a scale added (`scale`)."""

    measure: Measure | None = None
    scale: Scale | None = None

    @property
    def stored(self) -> Measure | Scale | None:
        return self.measure if self.measure is not None else self.scale


@dataclass(frozen=True, kw_only=True)
class SettingsChange(Change):
    settings: VaultSettings

    @property
    def stored(self) -> VaultSettings:
        return self.settings


@dataclass(frozen=True, kw_only=True)
class ErasureChange(Change):
    receipt: ErasureReceipt

    @property
    def stored(self) -> ErasureReceipt:
        return self.receipt


@dataclass(frozen=True, kw_only=True)
class BillingChange(Change):
    purged: int  # billing records deleted

    @property
    def stored(self) -> int:
        return self.purged


@dataclass(frozen=True, kw_only=True)
class BackupsChange(Change):
    backups: tuple[BackupRecord, ...]  # the catalogue as it is now
    folder: Path | None  # where backups go by default

    @property
    def stored(self) -> tuple[tuple[BackupRecord, ...], Path | None]:
        return self.backups, self.folder


@dataclass(frozen=True, kw_only=True)
class UnlockChange(Change):
    notices: UnlockNotices  # what to say; its billing purge is this record's write

    @property
    def stored(self) -> UnlockNotices:
        return self.notices


@dataclass(frozen=True, kw_only=True)
class PracticeChange(Change):
    practice: PracticeDetails  # as stored after the write

    @property
    def stored(self) -> PracticeDetails:
        return self.practice


@dataclass(frozen=True, kw_only=True)
class InvoiceChange(Change):
    invoice: Invoice  # the invoice issued or paid, or the credit note written

    @property
    def stored(self) -> Invoice:
        return self.invoice


@dataclass(frozen=True, kw_only=True)
class TemplateChange(Change):
    template: NoteTemplate  # as stored after the write (the one deleted, for a delete)

    @property
    def stored(self) -> NoteTemplate:
        return self.template


@dataclass(frozen=True, kw_only=True)
class PhraseChange(Change):
    phrase: Phrase  # as stored after the write (the one deleted, for a delete)

    @property
    def stored(self) -> Phrase:
        return self.phrase


@dataclass(frozen=True, kw_only=True)
class OwnWordChange(Change):
    """A word added to (or removed from) the own dictionary; `added` is False when the word
    was there already and nothing changed."""

    word: str
    added: bool = True

    @property
    def stored(self) -> str:
        return self.word
