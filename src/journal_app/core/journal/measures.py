"""The facade's outcome measures: PHQ-9, GAD-7 and the practitioner's own scales.

A mixin of `Journal` (facade.py). A measure is entered for a session into its note's current
draft revision (storage/measures.py): it is signed with the note, and a correction carries it
into the new revision while the signed one keeps its own. A PHQ-9 with item 9 above 0 stays
flagged on the client until the practitioner acknowledges it (a logged write).
"""

from __future__ import annotations

from collections.abc import Sequence

from journal_app.core.domain.measures import Measure, MeasureSeries, Scale
from journal_app.core.journal.changes import ChangeKind, MeasureChange
from journal_app.core.journal.reads import JournalReads


class JournalMeasures(JournalReads):
    # Reads -------------------------------------------------------------------------------------

    def measure_scales(self) -> list[Scale]:
        return self.repos.measures.scales()

    def session_measures(self, session_id: str) -> list[Measure]:
        """The measures of the session's note as it stands (its current revision)."""
        return self.repos.measures.for_session(session_id)

    def revision_measures(self, note_id: str, revision: int) -> list[Measure]:
        return self.repos.measures.of_revision(note_id, revision)

    def client_measures(self, client_id: str) -> list[Measure]:
        """Every current measure of the client, oldest session first."""
        return [m for m, _ in self.repos.measures.for_client(client_id)]

    def client_measures_every_revision(self, client_id: str) -> list[Measure]:
        """Every measure the vault holds about the client, superseded revisions' too."""
        return self.repos.measures.every_revision(client_id)

    def measure_series(self, client_id: str) -> list[MeasureSeries]:
        """One chart per measure the client has: the totals over the sessions."""
        return self.repos.measures.series(client_id)

    def open_measure_flags(self, client_id: str) -> list[Measure]:
        """PHQ-9 answers above 0 on item 9 not yet acknowledged."""
        return self.repos.measures.open_flags(client_id)

    # Writes ------------------------------------------------------------------------------------

    def add_scale(self, name: str, low: object, high: object, *, low_label: str = "",
                  high_label: str = "") -> MeasureChange:
        scale = self.repos.measures.add_scale(name, low, high, low_label, high_label)
        return MeasureChange(kind=ChangeKind.SCALE_ADDED, scale=scale)

    def record_measure(self, session_id: str, instrument: str,
                       answers: Sequence[object]) -> MeasureChange:
        """Enter a measure item by item ("phq9", "gad7" or "scale:<id>"); each answer as typed,
        refused naming its item when it is not a whole number in range."""
        measure = self.repos.measures.record(session_id, instrument, answers)
        return MeasureChange(kind=ChangeKind.MEASURE_RECORDED, client_id=measure.client_id,
                             session_id=session_id, measure=measure)

    def restore_measures(self, scales: Sequence[Scale], measures: Sequence[Measure]) -> None:
        """An import's checked scales and measures (export/interchange_measures.py), inside
        the import's transaction; the import's summary is its change record."""
        self.repos.measures.restore(list(scales), list(measures))

    def all_measures(self) -> tuple[list[Scale], list[Measure]]:
        """Every scale, and every measure of every note revision (the interchange file)."""
        return self.repos.measures.all_rows()

    def acknowledge_measure_flag(self, measure_id: str) -> MeasureChange:
        measure = self.repos.measures.acknowledge(measure_id)
        return MeasureChange(kind=ChangeKind.MEASURE_FLAG_ACKNOWLEDGED,
                             client_id=measure.client_id, session_id=measure.session_id,
                             measure=measure)
