"""The facade's journal card (PDL 3 kap 6 §): a client's background, assessment, treatment
plan, information given and choices made, and declined care.

A mixin of `Journal` (facade.py). Each part is written, signed and corrected like a note
(storage/card.py), each write logged and returning a change record. Who wrote a revision is
the practitioner's name and title in the settings at that moment (the practice's name when
none is set); a revision keeps what it recorded.
"""

from __future__ import annotations

import datetime as dt

from journal_app.core.domain.card import (
    CardEntry,
    CardPart,
    JournalCard,
    evaluation_overdue,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import CardChange, ChangeKind
from journal_app.core.journal.reads import JournalReads
from journal_app.core.retention.policy import today
from journal_app.core.storage.card import check_fields


def _part(part: CardPart | str) -> CardPart:
    try:
        return CardPart(part)
    except ValueError:
        raise InvalidInput("card.unknown_part", part=str(part)) from None


class JournalCardMixin(JournalReads):
    # Reads -------------------------------------------------------------------------------------

    def journal_card(self, client_id: str) -> JournalCard:
        """The client's card: its written parts in PDL order, and the treatment plan's
        planned evaluation date when it has passed."""
        self.clients.get(client_id)
        entries = tuple(self.repos.card.for_client(client_id))
        plan = next((e for e in entries if e.part is CardPart.PLAN), None)
        return JournalCard(client_id, entries, evaluation_overdue(plan, today(self.clock)))

    def all_card_entries(self) -> list[CardEntry]:
        """Every part of every client's card with every revision (the interchange file)."""
        return self.repos.card.all_entries()

    def _author(self) -> str:
        """The practitioner's "name, title" when set (PDL 3 kap 10 §), else the practice."""
        settings = self.settings.load()
        return settings.practitioner or settings.practice_name

    # Writes ------------------------------------------------------------------------------------

    def save_card_draft(self, client_id: str, part: CardPart | str, text: str, *,
                        diagnosis: str = "", measures: str = "",
                        evaluate_on: dt.date | str | None = None) -> CardChange:
        """Autosave one part: the first save creates it (CARD_CREATED), later ones overwrite
        the open draft (CARD_SAVED). What was typed is stored as typed, or refused naming
        the field with nothing changed."""
        which = _part(part)
        fields = check_fields(which, text, diagnosis, measures, evaluate_on)
        entry, created = self.repos.card.save_draft(client_id, which, fields, self._author())
        kind = ChangeKind.CARD_CREATED if created else ChangeKind.CARD_SAVED
        return CardChange(kind=kind, client_id=client_id, entry=entry)

    def sign_card_part(self, client_id: str, part: CardPart | str) -> CardChange:
        entry = self.repos.card.sign(client_id, _part(part), self._author())
        return CardChange(kind=ChangeKind.CARD_SIGNED, client_id=client_id, entry=entry)

    def start_card_correction(self, client_id: str, part: CardPart | str) -> CardChange:
        entry = self.repos.card.start_correction(client_id, _part(part), self._author())
        return CardChange(kind=ChangeKind.CARD_CORRECTION_STARTED, client_id=client_id,
                          entry=entry)

    def discard_card_correction(self, client_id: str, part: CardPart | str) -> CardChange:
        entry = self.repos.card.discard_correction(client_id, _part(part))
        return CardChange(kind=ChangeKind.CARD_CORRECTION_DISCARDED, client_id=client_id,
                          entry=entry)

    def restore_card(self, entries: list[CardEntry]) -> None:
        """An import's checked card parts (export/interchange_card.py), inside the import's
        transaction; the import's summary is its change record."""
        self.repos.card.restore(entries)
