"""No network: every flow runs with the socket layer patched to record and refuse, and nothing
is attempted; a control proves the patch catches a real attempt. And a static check: no module
under src/ imports a network module (with a control that the check finds one).

The one kind of socket the app does open: the GUI's D-Bus connections for the screen-lock signal
(ui/controllers/idle_lock.py ScreenLockWatcher: the session bus for the screensaver, the system
bus for logind), through Qt's D-Bus library, which the Python socket guard cannot see. A test
runs the real window connected to a private bus and reads the process's own socket table
(/proc/PID/fd against /proc/PID/net): every socket it holds is a local Unix-domain socket, none
is TCP or UDP. Its control: a process holding one TCP socket is caught by the same reading."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _support import SRC, TESTS, child_env, count
from test_canary import CHILD, MARKER

FORBIDDEN = ("socket", "http", "urllib.request", "urllib3", "requests", "ssl", "ftplib",
             "smtplib", "xmlrpc", "asyncio", "PySide6.QtNetwork", "PySide6.QtWebEngineCore")

# Runs a script with the socket layer replaced: every attempt is recorded and refused.
GUARD = r'''
import json, runpy, socket, sys
attempts = []

def refuse(name):
    def call(*args, **kwargs):
        attempts.append(f"{name}{args[:2]!r}")
        raise OSError(f"network disabled in this test: {name}")
    return call

for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server",
             "socketpair", "fromfd"):
    setattr(socket, name, refuse(name))
class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse("socket")(*args)
socket.socket = NoSocket
script, *rest = sys.argv[1:]
sys.argv = [script, *rest]
try:
    runpy.run_path(script, run_name="__main__")
finally:
    print("NETWORK-ATTEMPTS " + json.dumps(attempts), flush=True)
'''

CONTROL = r'''
import urllib.request
try:
    urllib.request.urlopen("http://192.0.2.1/", timeout=1)
except OSError:
    pass
'''


def guarded(tmp_path: Path, script: str, *args: str, **env: str) -> tuple[str, list[str]]:
    guard = tmp_path / "guard.py"
    guard.write_text(GUARD, encoding="utf-8")
    target = tmp_path / "target.py"
    target.write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(guard), str(target), *args], capture_output=True,
                          text=True, encoding="utf-8", env=child_env(**env), timeout=120,
                          cwd=tmp_path)
    line = [x for x in done.stdout.splitlines() if x.startswith("NETWORK-ATTEMPTS ")][-1]
    return done.stdout + done.stderr, json.loads(line.split(" ", 1)[1])


def test_the_guard_catches_a_real_attempt(tmp_path: Path) -> None:
    _out, attempts = guarded(tmp_path, CONTROL)
    assert attempts, "the control made a connection attempt the guard did not see"


def test_every_flow_opens_no_socket(tmp_path: Path) -> None:
    for name in ("input", "backups", "exports", "tmp", "config"):
        (tmp_path / name).mkdir()
    document = {"format": "journal-app/1", "clients": [
        {"name": f"{who} {MARKER}", "packages": [{"name": "P", "sessions_total": 2,
         "purchased": "2026-01-01", "sessions": [{"start": "2026-01-02T10:00", "status": "held",
                                                  "signed": True, "note": "Importerad."}]}]}
        for who in ("Klient", "Raderad")],
        "dictionary": {"words": [f"{MARKER}importord"]}}  # the canary's flow looks for it
    (tmp_path / "input" / "import.json").write_text(json.dumps(document), encoding="utf-8")
    out, attempts = guarded(tmp_path, CHILD, str(tmp_path), MARKER, TMPDIR=str(tmp_path / "tmp"),
                            XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    assert "done" in out.splitlines(), out
    assert attempts == []
    count("network: flows run under the socket guard", 1)


def network_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        found += [n for n in names for bad in FORBIDDEN if n == bad or n.startswith(bad + ".")]
    return found


def test_no_module_imports_network_code() -> None:
    assert network_imports("import socket\nfrom PySide6 import QtNetwork\n"
                           "from urllib.request import urlopen\n") == [
        "socket", "PySide6.QtNetwork", "urllib.request", "urllib.request.urlopen"]
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 50
    offenders = {str(p): found for p in modules
                 if (found := network_imports(p.read_text(encoding="utf-8")))}
    assert offenders == {}
    count("network: modules checked statically", len(modules))


# The sockets of a running process, by family ---------------------------------------------------

NET_TABLES = {"unix": ("unix",), "inet": ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6",
                                          "raw", "raw6")}


def socket_inodes(pid: int) -> set[int]:
    inodes: set[int] = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile
        if (found := re.fullmatch(r"socket:\[(\d+)\]", target)) is not None:
            inodes.add(int(found[1]))
    return inodes


def table_inodes(pid: int, family: str) -> set[int]:
    """Socket inodes of `family` ("unix" or "inet") in the process's network namespace."""
    inodes: set[int] = set()
    for name in NET_TABLES[family]:
        try:
            lines = Path(f"/proc/{pid}/net/{name}").read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        column = 6 if family == "unix" else 9  # where each table keeps the inode
        inodes |= {int(line.split()[column]) for line in lines if len(line.split()) > column}
    return inodes


def sockets_by_family(pid: int) -> dict[str, set[int]]:
    held = socket_inodes(pid)
    unix, inet = table_inodes(pid, "unix"), table_inodes(pid, "inet")
    return {"unix": held & unix, "inet": held & inet, "other": held - unix - inet}


LINUX_PROC = pytest.mark.skipif(not Path("/proc/self/net/unix").exists(),
                                reason="reads /proc/PID/net (Linux)")


@LINUX_PROC
def test_control_the_socket_reading_sees_a_tcp_socket() -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "s.bind(('127.0.0.1', 0)); s.listen()\n"
        "print('ready', flush=True); sys.stdin.readline()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        found = sockets_by_family(holder.pid)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert len(found["inet"]) == 1 and found["other"] == set()


@LINUX_PROC
@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon on this machine")
def test_the_windows_only_sockets_are_its_local_d_bus_connections(tmp_path: Path) -> None:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert daemon.stdout is not None
        bus = daemon.stdout.readline().strip()
        assert bus.startswith("unix:"), bus
        env = child_env(DBUS_SESSION_BUS_ADDRESS=bus, DBUS_SYSTEM_BUS_ADDRESS=bus,
                        XDG_SESSION_ID="7", QT_QPA_PLATFORM="offscreen")
        child = subprocess.Popen([sys.executable, str(TESTS / "gui" / "screen_lock_child.py"),
                                  str(tmp_path / "vault")], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, env=env)
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "watching True"
            assert child.stdout.readline().strip() == "ready"  # unlocked, the window up
            found = sockets_by_family(child.pid)
        finally:
            assert child.stdin is not None
            child.stdin.close()
            child.wait(timeout=60)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    assert found["unix"], "the watcher's D-Bus connection was not seen: the reading is blind"
    assert found["inet"] == set() and found["other"] == set(), found
    count("network: sockets of the running window checked", len(found["unix"]))
