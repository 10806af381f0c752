"""Bytes that are not UTF-8 on stdin, and a terminal that cannot show a name: one clear line
and exit 2, or the output with "?" in place of what cannot be shown; never "internal error"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.vault.vault import Vault
from support import PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def locked(vault: Vault, vault_dir: Path) -> Path:
    vault.journal.clients.add("Åsa Öberg")
    vault.lock()
    return vault_dir


def _run(folder: Path, command: str, stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    paths = [str(SRC), os.environ.get("PYTHONPATH", "")]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths)), **env}
    return subprocess.run([sys.executable, "-m", "journal_app", "--vault", str(folder), command],
                          input=stdin, capture_output=True, env=environment, timeout=60)


@pytest.mark.parametrize("env", [{}, {"PYTHONIOENCODING": "ascii"},
                                 {"LC_ALL": "C", "PYTHONUTF8": "0"}])
def test_a_passphrase_that_is_not_utf8_is_one_clear_line(locked: Path, env: dict[str, str]) -> None:
    result = _run(locked, "clients", "café horse battery".encode("latin-1") + b"\n", **env)
    assert result.returncode == 2
    assert result.stderr == (b"journal-app: Could not read the passphrase: standard input is"
                             b" not UTF-8 text.\n")
    assert result.stdout == b""


def test_a_name_an_ascii_terminal_cannot_show_prints_replaced(locked: Path) -> None:
    result = _run(locked, "clients", PASSPHRASE.encode() + b"\n", PYTHONIOENCODING="ascii")
    assert (result.returncode, result.stderr) == (0, b"")
    assert b"?sa ?berg" in result.stdout
    control = _run(locked, "clients", PASSPHRASE.encode() + b"\n", PYTHONIOENCODING="utf-8")
    assert "Åsa Öberg".encode() in control.stdout  # the same name, shown where it can be
