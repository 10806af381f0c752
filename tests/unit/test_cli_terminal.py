"""The CLI at a real terminal (a pseudo-terminal): Ctrl+D at the passphrase prompt is a clear
refusal, never an internal error."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"


def _read_until(fd: int, wanted: bytes, limit: float = 60) -> bytes:
    seen = b""
    end = time.monotonic() + limit
    while wanted not in seen and time.monotonic() < end:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_ctrl_d_at_the_passphrase_prompt_is_a_clear_refusal(tmp_path: Path) -> None:
    Vault.create(tmp_path / "vault", PASSPHRASE, practice_name="M", kdf_policy=FAST_KDF)[0].lock()
    before = {p.name: p.read_bytes() for p in (tmp_path / "vault").iterdir()}
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen(
        [sys.executable, "-m", "journal_app", "--vault", str(tmp_path / "vault"), "verify"],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    try:
        assert b"Passphrase:" in _read_until(master, b"Passphrase:")
        os.write(master, b"\x04")  # Ctrl+D
        assert child.wait(timeout=60) == 2
        said = _read_until(master, b"nothing was changed")
    finally:
        os.close(master)
    assert b"No passphrase was given; nothing was changed." in said, said
    assert b"internal error" not in said and b"Traceback" not in said
    after = {p.name: p.read_bytes() for p in (tmp_path / "vault").iterdir()}
    assert after == before
