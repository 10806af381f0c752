"""Where things live by default. Only the vault folder ever holds client data."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_vault_folder() -> Path:
    return user_data_path("journal-app", appauthor=False) / "vault"
