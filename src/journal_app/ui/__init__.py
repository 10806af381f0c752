"""The desktop app. PySide6 lives here and only here."""
