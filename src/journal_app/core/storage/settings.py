"""Vault-wide settings kept inside the encrypted database (never in QSettings)."""

from __future__ import annotations

from journal_app.core.domain.clock import Clock, SystemClock, utc_iso
from journal_app.core.domain.models import RetentionPolicy, VaultSettings
from journal_app.core.domain.templates import MAX_TEMPLATE, template_headings
from journal_app.core.errors import InvalidInput
from journal_app.core.storage.db import Database
from journal_app.core.storage.templates import default_template, set_default_body

__all__ = ["DEFAULTS", "MAX_PRACTICE_NAME", "MAX_PRACTITIONER", "MAX_TEMPLATE", "SettingsStore",
           "is_one_line", "template_headings"]

DEFAULTS: dict[str, str] = {
    "practice_name": "",
    "practitioner": "",
    "retention_policy": RetentionPolicy.ERASE_ON_COMPLETION.value,
    "late_cancellation_counts": "0",
    "idle_lock_minutes": "5",
    "backup_reminder_days": "7",
}
MAX_PRACTICE_NAME = 200
MAX_PRACTITIONER = 200


def is_one_line(text: str) -> bool:
    """No line break of any kind (CR, LF, U+2028 ...) and no other control character but tab:
    the name the journal shows as its keeper is one line."""
    return "".join(text.splitlines()) == text and not any(
        (ord(c) < 32 and c != "\t") or 127 <= ord(c) < 160 for c in text)


class SettingsStore:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or SystemClock()

    def load(self) -> VaultSettings:
        with self._db.read() as conn:
            stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
            # The default template's text (schema 17 keeps templates in their own table).
            template = default_template(conn).body
        values = {**DEFAULTS, **stored}
        return VaultSettings(
            practice_name=values["practice_name"],
            practitioner=values["practitioner"],
            retention_policy=RetentionPolicy(values["retention_policy"]),
            late_cancellation_counts=values["late_cancellation_counts"] == "1",
            note_template=template,
            idle_lock_minutes=int(values["idle_lock_minutes"]),
            backup_reminder_days=int(values["backup_reminder_days"]),
        )

    def retention_policy(self) -> RetentionPolicy:
        """The policy alone (one row), for the rules that read it once per flow."""
        stored = self.get_raw("retention_policy")
        return RetentionPolicy(stored or DEFAULTS["retention_policy"])

    def get_raw(self, key: str) -> str | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_raw(self, key: str, value: str) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def update(
        self,
        *,
        practice_name: str | None = None,
        practitioner: str | None = None,
        late_cancellation_counts: bool | None = None,
        note_template: str | None = None,
        idle_lock_minutes: int | None = None,
        backup_reminder_days: int | None = None,
    ) -> VaultSettings:
        """Change ordinary settings. The retention policy has its own path (policy.py)."""
        changes: dict[str, str] = {}
        if practice_name is not None:
            name = practice_name.strip()
            if len(name) > MAX_PRACTICE_NAME:
                raise InvalidInput("settings.practice_name_too_long", limit=MAX_PRACTICE_NAME)
            changes["practice_name"] = name
        if practitioner is not None:  # stored as typed (PDL 3 kap 10 §: who keeps the journal)
            if len(practitioner) > MAX_PRACTITIONER:
                raise InvalidInput("settings.practitioner_too_long", limit=MAX_PRACTITIONER)
            if not is_one_line(practitioner):
                raise InvalidInput("settings.practitioner_line_break")
            changes["practitioner"] = practitioner
        if late_cancellation_counts is not None:
            changes["late_cancellation_counts"] = "1" if late_cancellation_counts else "0"
        if note_template is not None and len(note_template) > MAX_TEMPLATE:
            raise InvalidInput("settings.template_too_long", limit=MAX_TEMPLATE)
        if idle_lock_minutes is not None:
            if not 1 <= idle_lock_minutes <= 240:
                raise InvalidInput("settings.idle_lock_range")
            changes["idle_lock_minutes"] = str(idle_lock_minutes)
        if backup_reminder_days is not None:
            if not 1 <= backup_reminder_days <= 365:
                raise InvalidInput("settings.backup_reminder_range")
            changes["backup_reminder_days"] = str(backup_reminder_days)
        with self._db.write() as conn:
            for key, value in changes.items():
                self.set_raw(key, value)
            if note_template is not None:  # the default template's text (templates.py)
                set_default_body(conn, note_template, utc_iso(self._clock.now()))
        return self.load()
