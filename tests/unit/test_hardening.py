"""Core dumps are off once the app starts (libc's prctl found without ctypes.util); the desktop
app keeps debuggers out once its window is built, before any passphrase is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import resource
from journal_app.core.files.hardening import disable_core_dumps, is_dumpable, keep_debuggers_out
before = is_dumpable()
disable_core_dumps()
keep_debuggers_out()
print(before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE is Linux's")
def test_disable_core_dumps_makes_the_process_not_dumpable() -> None:
    # In a child: the test process itself stays dumpable (debuggers, crash reports).
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["True", "False", "0"]  # the control: dumpable before


WINDOW_PROBE = """
import sys
from pathlib import Path
from journal_app.core.files.hardening import is_dumpable
from journal_app.ui.app import build_window, make_application
make_application()
window = build_window(Path(sys.argv[1]), defer=True)
drawn = is_dumpable()  # the unlock page is up; nothing secret is in memory yet
window.ensure_built()  # what a passphrase sent to the page, or the first paint, runs first
print(drawn, is_dumpable(), window.is_built)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE is Linux's")
def test_the_window_keeps_debuggers_out_once_built(vault_dir: Path, tmp_path: Path,
                                                   vault: object) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WINDOW_PROBE, str(vault_dir)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split()[-3:] == ["True", "False", "True"]
