"""Times are stored in UTC and shown in the reader's local time. The suite runs with TZ=UTC (its
fixed clocks expect it), so this test runs the formatting in child processes far east and far
west of UTC, where the local date differs from the UTC date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
SHOW = ("import datetime as dt; from journal_app.export.labels import labels_for; "
        "print(labels_for('sv').date_time(dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC)))")


@pytest.mark.parametrize(("zone", "shown"), [
    ("UTC", "2026-03-02\u00a023:30"),
    ("Pacific/Kiritimati", "2026-03-03\u00a013:30"),  # UTC+14: already the next day
    ("America/Adak", "2026-03-02\u00a013:30"),  # UTC-10
    ("Europe/Stockholm", "2026-03-03\u00a000:30"),
])
def test_a_stored_moment_is_shown_in_local_time(zone: str, shown: str) -> None:
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", SHOW], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout.strip()
    assert out == shown
