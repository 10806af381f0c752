"""Dialogs and the small helpers every dialog uses."""
