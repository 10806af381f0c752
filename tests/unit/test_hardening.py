"""Core dumps are off once the app starts (libc's prctl found without ctypes.util)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import resource
from journal_app.core.files.hardening import disable_core_dumps, is_dumpable
before = is_dumpable()
disable_core_dumps()
print(before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE is Linux's")
def test_disable_core_dumps_makes_the_process_not_dumpable() -> None:
    # In a child: the test process itself stays dumpable (debuggers, crash reports).
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["True", "False", "0"]  # the control: dumpable before
