"""The interchange file's journal card (docs/interchange.md, "journal_card"): every part of
every client's card with every revision exactly as stored (ids, authors, times), so importing
into an empty vault reproduces it.

On import each record is checked first (path-naming refusals, as interchange_plan.py): its
client must be in the file, its part one of the five, each client's part only once, its
revisions numbered 1, 2, 3 … in the shape a card part's history has (as a note's), and each
revision's fields those of its part (core/storage/card.py check_fields). Nothing is written
unless all are sound.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from journal_app.core.domain.card import (
    MAX_DIAGNOSIS,
    CardEntry,
    CardPart,
    CardRevision,
)
from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.domain.text import MAX_NOTE
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.card import check_fields
from journal_app.core.storage.importer import ClientPlan
from journal_app.export.interchange_plan import MAX_REVISIONS
from journal_app.export.interchange_record import Record, fail, kind_of, show

PART_KEYS = frozenset({"id", "client_id", "part", "created_at", "revisions"})
REVISION_KEYS = frozenset({"revision", "text", "diagnosis", "measures", "evaluate_on", "author",
                           "saved_at", "signed_at", "superseded_at"})
MAX_AUTHOR = 200


def _when(moment: dt.datetime | None) -> str | None:
    return utc_iso(moment) if moment is not None else None


def card_out(journal: Journal) -> list[dict[str, Any]]:
    return [{
        "id": e.id, "client_id": e.client_id, "part": e.part.value,
        "created_at": utc_iso(e.created_at),
        "revisions": [{
            "revision": r.revision, "text": r.fields.text, "diagnosis": r.fields.diagnosis,
            "measures": r.fields.measures,
            "evaluate_on": r.fields.evaluate_on.isoformat() if r.fields.evaluate_on else None,
            "author": r.author, "saved_at": utc_iso(r.saved_at),
            "signed_at": _when(r.signed_at), "superseded_at": _when(r.superseded_at),
        } for r in e.revisions],
    } for e in journal.all_card_entries()]


def _revision(part: CardPart, raw: object, path: str, number: int) -> CardRevision:
    r = Record(raw, path, REVISION_KEYS)
    if r.integer("revision", 1, MAX_REVISIONS) != number:
        fail("record.revision_number", r.at("revision"), expected=number)
    evaluate_on = r.day("evaluate_on") if r.given("evaluate_on") else None
    try:
        fields = check_fields(part, r.text("text", limit=MAX_NOTE),
                              r.line("diagnosis", limit=MAX_DIAGNOSIS),
                              r.text("measures", limit=MAX_NOTE), evaluate_on)
    except InvalidInput as refused:
        fail("record.card_field", path, reason=refused.message)
    signed = r.moment("signed_at")
    if signed is not None and fields.empty:
        fail("record.empty_signed", r.at("signed_at"))
    superseded = r.moment("superseded_at")
    return CardRevision(
        revision=number, fields=fields, author=r.line("author", limit=MAX_AUTHOR),
        saved_at=parse_utc(r.moment("saved_at", required=True) or ""),
        signed_at=parse_utc(signed) if signed else None,
        superseded_at=parse_utc(superseded) if superseded else None)


def _check_history(path: str, revisions: list[CardRevision]) -> None:
    """As a note's (interchange_plan.check_history): every revision but the last signed, each
    superseded exactly when the one after it was signed, the last never superseded."""
    for i, rev in enumerate(revisions[:-1]):
        if rev.signed_at is None:
            fail("record.unsigned_revision", f"{path}[{i}].signed_at")
        if (rev.superseded_at is not None) != (revisions[i + 1].signed_at is not None):
            fail("record.superseded_mismatch", f"{path}[{i}].superseded_at")
    if revisions[-1].superseded_at is not None:
        fail("record.last_superseded", f"{path}[{len(revisions) - 1}].superseded_at")


def card_plan(document: Mapping[str, Any], clients: tuple[ClientPlan, ...],
              in_vault: frozenset[str] = frozenset()) -> list[CardEntry]:
    """The file's card parts, checked; `in_vault` the part ids the vault already holds."""
    raw = document.get("journal_card")
    if raw is None:
        return []
    if not isinstance(raw, list):
        fail("record.not_a_list", "journal_card", kind=kind_of(raw))
    known = {c.id for c in clients}
    seen: set[tuple[str, str]] = set()
    ids: set[str] = set()
    entries: list[CardEntry] = []
    for n, item in enumerate(raw):
        r = Record(item, f"journal_card[{n}]", PART_KEYS)
        client_id = r.line("client_id", required=True, limit=64)
        if client_id not in known:
            fail("record.card_unknown_client", r.at("client_id"), value=show(client_id))
        name = r.line("part", required=True, limit=40)
        try:
            part = CardPart(name)
        except ValueError:
            fail("record.card_part", r.at("part"), value=show(name))
        if (client_id, part.value) in seen:
            fail("record.card_twice", r.at("part"), value=show(name))
        seen.add((client_id, part.value))
        part_id = r.line("id", required=True, limit=64)
        if part_id in ids:
            fail("record.card_id_twice", r.at("id"), value=show(part_id))
        if part_id in in_vault:
            fail("record.card_id_in_vault", r.at("id"), value=show(part_id))
        ids.add(part_id)
        items = r.items("revisions")
        if not items:
            fail("record.no_revisions", r.at("revisions"))
        if len(items) > MAX_REVISIONS:
            fail("record.too_many_revisions", r.at("revisions"), limit=MAX_REVISIONS)
        revisions = [_revision(part, raw_rev, r.at(f"revisions[{i}]"), i + 1)
                     for i, raw_rev in enumerate(items)]
        _check_history(r.at("revisions"), revisions)
        created = r.moment("created_at", required=True) or ""
        entries.append(CardEntry(part_id, client_id, part, parse_utc(created),
                                 tuple(revisions)))
    return entries
