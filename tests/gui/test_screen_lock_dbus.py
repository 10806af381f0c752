"""The screen lock, end to end on a real D-Bus: a private dbus-daemon stands in for both the
session bus and the system bus; this test owns the screensaver and logind names on it and sends
their signals; the app, in a child process, must lock for each real lock and for nothing else.

Needs the `dbus-daemon` program (Debian's dbus-daemon package); without it the test is skipped,
and the watcher's slots are still tested in test_settings.py."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from journal_app.ui.controllers.idle_lock import logind_session_path

TESTS = Path(__file__).resolve().parents[1]
SESSION_ID = "7"
LOGIND_PATH = "/org/freedesktop/login1"
pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None,
                                reason="no dbus-daemon on this machine")


class Lines:
    """A child's stdout, line by line, read on a thread so the test can wait with a limit."""

    def __init__(self, stream: Any) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self.queue.put(line.strip())

    def next(self, timeout: float = 30) -> str:
        return self.queue.get(timeout=timeout)

    def pending(self) -> list[str]:
        out: list[str] = []
        while not self.queue.empty():
            out.append(self.queue.get_nowait())
        return out


@pytest.fixture
def bus() -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    yield address
    daemon.terminate()
    daemon.wait(timeout=30)


def connection(address: str, name: str, owns: tuple[str, ...] = ()) -> QDBusConnection:
    conn = QDBusConnection.connectToBus(address, name)
    assert conn.isConnected(), conn.lastError().message()
    for service in owns:
        assert conn.registerService(service), service
    return conn


def signal(conn: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert conn.send(message)


def until_unlocked(lines: Lines, qtbot: Any) -> list[str]:
    """The child's lines up to its next `unlocked`, and any that come in the half second
    after (a second signal would be among them)."""
    seen = [lines.next()]
    while seen[-1] != "unlocked":
        seen.append(lines.next(timeout=60))
    qtbot.wait(500)
    return seen + lines.pending()


def test_the_app_locks_on_each_screen_lock_and_on_sleep_and_on_nothing_else(
    qtbot: Any, bus: str, tmp_path: Path
) -> None:
    desktop = connection(bus, "desktop", ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                                          "org.freedesktop.login1"))
    stranger = connection(bus, "stranger")  # owns no name: its signals must not count
    path = os.pathsep.join([str(TESTS.parent / "src"), str(TESTS)])
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus, "DBUS_SYSTEM_BUS_ADDRESS": bus,
           "XDG_SESSION_ID": SESSION_ID, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(TESTS / "gui" / "screen_lock_child.py"),
                              str(tmp_path / "vault")], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    lines = Lines(child.stdout)
    try:
        assert lines.next() == "watching True"
        assert lines.next(timeout=60) == "ready"
        ours = logind_session_path(SESSION_ID)
        locks = [
            (desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", True),
            (desktop, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True),
            (desktop, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True),
            (desktop, ours, "org.freedesktop.login1.Session", "Lock"),
            (desktop, LOGIND_PATH, "org.freedesktop.login1.Manager", "PrepareForSleep", True),
        ]
        not_locks = [
            (desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", False),
            (desktop, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False),
            (desktop, logind_session_path("8"), "org.freedesktop.login1.Session", "Lock"),
            (desktop, LOGIND_PATH, "org.freedesktop.login1.Manager", "PrepareForSleep", False),
            (stranger, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", True),
            (stranger, ours, "org.freedesktop.login1.Session", "Lock"),
        ]
        for sender, *what in locks:
            signal(sender, *what)
            assert until_unlocked(lines, qtbot) == ["locked", "signal", "unlocked"], what
        for sender, *what in not_locks:
            signal(sender, *what)
            # A lock after it, as a marker: had the one before passed, two signals would show.
            signal(desktop, ours, "org.freedesktop.login1.Session", "Lock")
            assert until_unlocked(lines, qtbot) == ["locked", "signal", "unlocked"], what
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)
    assert child.returncode == 0
