"""The agenda's one query, and the calendar feed's settings and UID key.

Planned sessions are found through the partial index `sessions_planned` (schema_agenda.py),
which holds only planned sessions by their start: a week's agenda reads that week's rows and,
for each, a few keyed lookups (its client, its package, the package's counted sessions, the
client's earlier sessions and their notes), never a scan of a table that grows with the notes
(tests/unit/test_agenda.py checks SQLite's plan).
"""

from __future__ import annotations

import datetime as dt
import secrets

from journal_app.core.domain.agenda import (
    DURATION_RANGE,
    MAX_EVENT_WORD,
    AgendaEntry,
    AgendaSettings,
    NamesInFeed,
)
from journal_app.core.domain.text import clean_line
from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message
from journal_app.core.storage.db import Database
from journal_app.core.storage.packages import NOTE_STATE_SQL, counted_condition, late_counts
from journal_app.core.storage.settings import SettingsStore

_PLANNED_SQL = """
SELECT s.id, s.start, s.client_id, c.name, s.package_id, p.name, p.sessions_total,
       (SELECT count(*) FROM sessions h WHERE h.package_id = s.package_id AND {counted}),
       (SELECT count(*) FROM sessions e
        WHERE e.client_id = s.client_id AND e.start < s.start AND e.status = 'held'
          AND coalesce({note_state}, 'none') != 'signed')
FROM sessions s
JOIN clients c ON c.id = s.client_id
JOIN packages p ON p.id = s.package_id
WHERE s.status = 'planned' AND s.start >= ? AND s.start < ?
ORDER BY s.start, c.name
"""

_KEYS = {"event_word": "agenda_event_word", "duration_minutes": "agenda_duration_minutes",
         "names": "agenda_names", "show_after_unlock": "agenda_show_after_unlock"}
_UID_KEY = "calendar_uid_key"


def planned_sql(late_cancellation_counts: bool) -> str:
    counted = counted_condition(late_cancellation_counts)  # unqualified: the inner `h`
    # The inner subquery names its sessions `e`: the note-state lookup is about them.
    return _PLANNED_SQL.format(counted=counted,
                               note_state=NOTE_STATE_SQL.replace("s.id", "e.id"))


class AgendaStore:
    def __init__(self, db: Database, settings: SettingsStore) -> None:
        self._db = db
        self._settings = settings

    def planned(self, first: dt.date, last_exclusive: dt.date) -> list[AgendaEntry]:
        """Planned sessions starting on first .. last_exclusive - 1 day, earliest first."""
        with self._db.read() as conn:
            sql = planned_sql(late_counts(conn))
            rows = conn.execute(sql, (first.isoformat(), last_exclusive.isoformat())).fetchall()
        return [AgendaEntry(session_id=r[0], start=dt.datetime.fromisoformat(r[1]),
                            client_id=r[2], client_name=r[3], package_id=r[4],
                            package_name=r[5], sessions_total=r[6], sessions_counted=r[7],
                            unsigned_earlier=r[8]) for r in rows]

    def settings(self) -> AgendaSettings:
        raw = {name: self._settings.get_raw(key) for name, key in _KEYS.items()}
        defaults = AgendaSettings()
        return AgendaSettings(
            event_word=raw["event_word"] or defaults.event_word,
            duration_minutes=int(raw["duration_minutes"] or defaults.duration_minutes),
            names=NamesInFeed(raw["names"] or defaults.names),
            show_after_unlock=raw["show_after_unlock"] == "1",
        )

    def update(self, *, event_word: str | None = None, duration_minutes: int | None = None,
               names: NamesInFeed | str | None = None,
               show_after_unlock: bool | None = None) -> AgendaSettings:
        """Change the feed's settings; bad input is refused naming the field, nothing stored."""
        changes: dict[str, str] = {}
        if event_word is not None:
            changes["event_word"] = clean_line(event_word, field=Message("field.event_word"),
                                               required=True, limit=MAX_EVENT_WORD)
        if duration_minutes is not None:
            low, high = DURATION_RANGE
            if (isinstance(duration_minutes, bool) or not isinstance(duration_minutes, int)
                    or not low <= duration_minutes <= high):
                raise InvalidInput("agenda.duration_range", field="duration", low=low, high=high)
            changes["duration_minutes"] = str(duration_minutes)
        if names is not None:
            try:
                changes["names"] = NamesInFeed(names).value
            except ValueError:
                raise InvalidInput("agenda.unknown_names", value=str(names)) from None
        if show_after_unlock is not None:
            changes["show_after_unlock"] = "1" if show_after_unlock else "0"
        with self._db.write():
            for name, value in changes.items():
                self._settings.set_raw(_KEYS[name], value)
        return self.settings()

    def uid_key(self) -> bytes:
        """The secret that keys each event's UID: made once, kept inside the vault, so a UID
        says nothing about the session and stays the same from one export to the next."""
        with self._db.write():
            stored = self._settings.get_raw(_UID_KEY)
            if stored is None:
                stored = secrets.token_hex(32)
                self._settings.set_raw(_UID_KEY, stored)
        return bytes.fromhex(stored)
