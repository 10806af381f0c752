"""The agenda and its calendar feed: what a setting gets refused."""

from __future__ import annotations

AGENDA: dict[str, tuple[str, str]] = {
    "field.event_word": ("The calendar event's word", "Kalenderhändelsens ord"),
    "agenda.duration_range": (
        "A session's length in the calendar must be between {low} and {high} minutes.",
        "Sessionens längd i kalendern måste vara mellan {low} och {high} minuter.",
    ),
    "agenda.unknown_names": (
        "'{value}' is not a choice for names in the calendar (none, initials or names).",
        "'{value}' är inget val för namn i kalendern (none, initials eller names).",
    ),
    "agenda.not_a_date": ("'{value}' is not a date (YYYY-MM-DD).",
                          "'{value}' är inget datum (ÅÅÅÅ-MM-DD)."),
}
