"""No network: every flow runs with the socket layer patched to record and refuse, and nothing
is attempted; a control proves the patch catches a real attempt. And a static check: no module
under src/ imports a network module (with a control that the check finds one)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from _support import SRC, child_env, count
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
        for who in ("Klient", "Raderad")]}
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
