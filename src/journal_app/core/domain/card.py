"""The journal card (journalkort): what Patientdatalagen 3 kap 6 § asks a patient journal to
hold beyond the session notes, one part each, in the law's order.

Each part is written, signed and corrected like a note (storage/card.py): a list of revisions
whose last is a draft or signed; a correction opens a new draft and, once signed, the signed
revision before it stays readable as replaced (PDL 3 kap 14 §). Each revision keeps the name
of who wrote it as the settings gave it then, so a later rename rewrites no history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from journal_app.core.domain.models import RevisionHistory


class CardPart(StrEnum):
    """The parts in PDL 3 kap 6 §'s order (the PDF and the card window keep it)."""

    BACKGROUND = "background"  # väsentliga uppgifter om bakgrunden till vården
    ASSESSMENT = "assessment"  # bedömning, ställd diagnos, anledning till åtgärder
    PLAN = "plan"  # vidtagna och planerade åtgärder: mål, åtgärder, utvärdering
    INFORMATION = "information"  # information given, the client's choices of treatment
    DECLINED = "declined"  # care the client declined


PART_ORDER: tuple[CardPart, ...] = tuple(CardPart)
MAX_DIAGNOSIS = 200  # an ICD-10-SE code, or a few words of free text


@dataclass(frozen=True)
class CardFields:
    """What the practitioner typed into one part. `diagnosis` (assessment only) is an
    ICD-10-SE code or free text, stored as typed; `measures` and `evaluate_on` belong to the
    treatment plan, whose `text` holds its goals."""

    text: str = ""
    diagnosis: str = ""
    measures: str = ""
    evaluate_on: dt.date | None = None

    @property
    def empty(self) -> bool:
        return not (self.text.strip() or self.diagnosis.strip() or self.measures.strip()
                    or self.evaluate_on is not None)

    def search_text(self) -> str:
        """What the part's search entry indexes: every word typed in it."""
        return "\n".join(t for t in (self.text, self.diagnosis, self.measures) if t)


@dataclass(frozen=True)
class CardRevision:
    revision: int
    fields: CardFields
    author: str  # the practitioner's name from the settings when it was saved or signed
    saved_at: dt.datetime
    signed_at: dt.datetime | None
    superseded_at: dt.datetime | None


@dataclass(frozen=True)
class CardEntry(RevisionHistory[CardRevision]):
    """One part of one client's card with every revision, oldest first (never empty)."""

    id: str
    client_id: str
    part: CardPart
    created_at: dt.datetime
    revisions: tuple[CardRevision, ...]

    @property
    def fields(self) -> CardFields:
        return self.current.fields

    @property
    def signed(self) -> CardRevision | None:
        """The revision in force: the current one when signed, else the last signed one."""
        return next((r for r in reversed(self.revisions) if r.signed_at is not None), None)


@dataclass(frozen=True)
class JournalCard:
    """A client's card: the parts written so far, in PDL order, and whether the treatment
    plan's planned evaluation date has passed (decided here, shown by the client view)."""

    client_id: str
    entries: tuple[CardEntry, ...]
    evaluation_overdue: dt.date | None = None  # the passed date, when it has passed

    def get(self, part: CardPart) -> CardEntry | None:
        return next((e for e in self.entries if e.part is part), None)

    @property
    def written(self) -> tuple[CardEntry, ...]:
        """The parts with anything in them, in PDL order (what the PDF shows)."""
        return tuple(e for e in self.entries
                     if any(not r.fields.empty for r in e.revisions))


def evaluation_overdue(plan: CardEntry | None, today: dt.date) -> dt.date | None:
    """The plan's planned evaluation date when it is before `today`, else None."""
    if plan is None or plan.fields.evaluate_on is None:
        return None
    return plan.fields.evaluate_on if plan.fields.evaluate_on < today else None
