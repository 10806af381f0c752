"""Shared helpers for the reliability suite: counts each test reports, child processes that
run the app's core with the weak test KDF, and vault snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

TESTS = Path(__file__).resolve().parents[1]
SRC = TESTS.parent / "src"

# name -> how many (kills, corruptions, fuzz cases...); printed by conftest's terminal summary.
COUNTS: Counter[str] = Counter()


def count(name: str, n: int = 1) -> None:
    COUNTS[name] += n


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: src/ and tests/ importable (so a child can take
    FAST_KDF from support.py), plus any overrides."""
    path = os.pathsep.join(filter(None, [str(SRC), str(TESTS), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def run_cli(args: list[str], stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`journal-app ARGS` in a child process, as a person runs it."""
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", errors="replace", env=env or child_env(), timeout=timeout,
    )


def new_vault(folder: Path) -> tuple[Vault, str]:
    return Vault.create(folder, PASSPHRASE, practice_name="Mottagningen", kdf_policy=FAST_KDF)


def data_files(folder: Path) -> dict[str, bytes]:
    """The vault's own files byte for byte (not the failed-attempt counter)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "unlock-attempts.json"}


def assert_no_traceback(text: str) -> None:
    assert "Traceback" not in text, text
    assert "internal error" not in text, text
