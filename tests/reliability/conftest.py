"""The reliability suite reports how much it did: kills, corruptions, fuzz cases."""

from __future__ import annotations

from typing import Any

from _support import COUNTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS:
        return
    terminalreporter.section("reliability counts")
    for name, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{name}: {n}")
