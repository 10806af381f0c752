"""The interchange file's outcome measures (docs/interchange.md, "measures"): the
practitioner's own scales and every measure of every note revision, exactly as stored, so
that importing into an empty vault reproduces them (ids, revisions, acknowledgements).

On import each record is checked first (path-naming refusals, as interchange_plan.py): the
note and revision it belongs to must be in the file, its answers must score under its
instrument (core/domain/measures.py), and nothing is written unless all are sound.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.domain.measures import (
    INSTRUMENTS,
    SCALE_PREFIX,
    Instrument,
    Measure,
    Scale,
    check_answers,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.importer import ClientPlan
from journal_app.export.interchange_record import Record, fail, show

MEASURES_KEYS = frozenset({"scales", "entries"})
SCALE_KEYS = frozenset({"id", "name", "low", "high", "low_label", "high_label"})
ENTRY_KEYS = frozenset({"id", "note_id", "revision", "instrument", "name", "answers",
                        "saved_at", "flag_acknowledged_at"})
MAX_NAME = 200


@dataclass(frozen=True)
class MeasuresPlan:
    scales: tuple[Scale, ...]
    measures: tuple[Measure, ...]


def measures_out(journal: Journal) -> dict[str, Any]:
    scales, measures = journal.all_measures()
    return {
        "scales": [{"id": s.id, "name": s.name, "low": s.low, "high": s.high,
                    "low_label": s.low_label, "high_label": s.high_label} for s in scales],
        "entries": [{"id": m.id, "note_id": m.note_id, "revision": m.revision,
                     "instrument": m.instrument, "name": m.name, "answers": list(m.answers),
                     "saved_at": utc_iso(m.saved_at),
                     "flag_acknowledged_at": utc_iso(m.flag_acknowledged_at)
                     if m.flag_acknowledged_at else None} for m in measures],
    }


def _notes(clients: tuple[ClientPlan, ...]) -> dict[str, tuple[str, str, int]]:
    """note id -> (session id, client id, highest revision) of the notes the file brings."""
    return {s.note.id: (s.id, c.id, len(s.note.revisions))
            for c in clients for p in c.packages for s in p.sessions if s.note is not None}


def measures_plan(document: Mapping[str, Any], clients: tuple[ClientPlan, ...]) -> MeasuresPlan:
    raw = document.get("measures")
    if raw is None:
        return MeasuresPlan((), ())
    top = Record(raw, "measures", MEASURES_KEYS)
    scales: dict[str, Scale] = {}
    for n, item in enumerate(top.items("scales")):
        r = Record(item, f"measures.scales[{n}]", SCALE_KEYS)
        low = r.integer("low", -1000, 1000) or 0
        high = r.integer("high", low + 1, low + 100) or 0
        made = Scale(r.line("id", required=True, limit=64), r.line("name", required=True,
                     limit=MAX_NAME), low, high, r.line("low_label", limit=MAX_NAME),
                     r.line("high_label", limit=MAX_NAME))
        scales[made.id] = made
    notes = _notes(clients)
    measures: list[Measure] = []
    seen: set[tuple[str, int, str]] = set()
    for n, item in enumerate(top.items("entries")):
        r = Record(item, f"measures.entries[{n}]", ENTRY_KEYS)
        note_id = r.line("note_id", required=True, limit=64)
        if note_id not in notes:
            fail("record.measure_unknown_note", r.at("note_id"), value=show(note_id))
        session_id, client_id, revisions = notes[note_id]
        revision = r.integer("revision", 1, revisions) or 1
        instrument = r.line("instrument", required=True, limit=80)
        scale = scales.get(instrument.removeprefix(SCALE_PREFIX))
        kind: Instrument | Scale
        if instrument in INSTRUMENTS:
            kind = INSTRUMENTS[instrument]
        elif scale is not None and instrument.startswith(SCALE_PREFIX):
            kind = scale
        else:
            fail("record.measure_unknown_instrument", r.at("instrument"), value=show(instrument))
        if (note_id, revision, instrument) in seen:
            fail("record.measure_twice", r.at("instrument"), value=show(instrument))
        seen.add((note_id, revision, instrument))
        try:
            answers = check_answers(kind, r.data.get("answers"))
        except InvalidInput as refused:
            fail("record.measure_answers", r.at("answers"), reason=refused.message)
        low, high = (0, kind.maximum) if isinstance(kind, Instrument) else (kind.low, kind.high)
        labels = ("", "") if isinstance(kind, Instrument) else (kind.low_label, kind.high_label)
        acknowledged = r.moment("flag_acknowledged_at")
        measures.append(Measure(
            id=r.line("id", required=True, limit=64), note_id=note_id, revision=revision,
            session_id=session_id, client_id=client_id, instrument=instrument,
            name=r.line("name", required=True, limit=MAX_NAME), answers=answers,
            low=low, high=high, low_label=labels[0], high_label=labels[1],
            saved_at=parse_utc(r.moment("saved_at", required=True) or ""),
            flag_acknowledged_at=parse_utc(acknowledged) if acknowledged else None))
    return MeasuresPlan(tuple(scales.values()), tuple(measures))
