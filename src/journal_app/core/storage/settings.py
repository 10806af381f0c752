"""Vault-wide settings kept inside the encrypted database (never in QSettings)."""

from __future__ import annotations

from journal_app.core.domain.models import DEFAULT_TEMPLATE_SV, RetentionPolicy, VaultSettings
from journal_app.core.errors import InvalidInput
from journal_app.core.storage.db import Database

DEFAULTS: dict[str, str] = {
    "practice_name": "",
    "retention_policy": RetentionPolicy.ERASE_ON_COMPLETION.value,
    "late_cancellation_counts": "0",
    "note_template": DEFAULT_TEMPLATE_SV,
    "idle_lock_minutes": "5",
    "backup_reminder_days": "7",
}
MAX_PRACTICE_NAME = 200
MAX_TEMPLATE = 10_000


def template_headings(template: str) -> tuple[str, ...]:
    """A note template's headings, in order: its non-blank lines, spaces trimmed. The
    template is headings each on its own line with room to write under each."""
    return tuple(line.strip() for line in template.split("\n") if line.strip())


class SettingsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> VaultSettings:
        with self._db.read() as conn:
            stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        values = {**DEFAULTS, **stored}
        return VaultSettings(
            practice_name=values["practice_name"],
            retention_policy=RetentionPolicy(values["retention_policy"]),
            late_cancellation_counts=values["late_cancellation_counts"] == "1",
            note_template=values["note_template"],
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
        if late_cancellation_counts is not None:
            changes["late_cancellation_counts"] = "1" if late_cancellation_counts else "0"
        if note_template is not None:
            if len(note_template) > MAX_TEMPLATE:
                raise InvalidInput("settings.template_too_long", limit=MAX_TEMPLATE)
            changes["note_template"] = note_template
        if idle_lock_minutes is not None:
            if not 1 <= idle_lock_minutes <= 240:
                raise InvalidInput("settings.idle_lock_range")
            changes["idle_lock_minutes"] = str(idle_lock_minutes)
        if backup_reminder_days is not None:
            if not 1 <= backup_reminder_days <= 365:
                raise InvalidInput("settings.backup_reminder_range")
            changes["backup_reminder_days"] = str(backup_reminder_days)
        with self._db.write():
            for key, value in changes.items():
                self.set_raw(key, value)
        return self.load()
