"""The harness of the real-window journey (test_real_window.py): its own Xvfb, the app in a
child process with a read-only locator (real_window_app.py), and a person who acts only
through xdotool. See test_real_window.py's docstring for how and why."""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

import journal_app

T = TypeVar("T")

CHILD = Path(__file__).with_name("real_window_app.py")
TOOLS = ("Xvfb", "xdotool", "setxkbmap")
REQUIRED = os.environ.get("JOURNAL_APP_REAL_WINDOW", "") == "require"
APT_PACKAGES = (  # Debian 12 names
    "xvfb xdotool x11-xkb-utils xkb-data imagemagick libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 "
    "libxkbcommon-x11-0 libx11-xcb1 libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 "
    "fonts-dejavu-core")
BUDGET_S = 90.0


def unavailable(reason: str) -> None:
    message = f"real-window journey not run: {reason} (Debian/Ubuntu: apt-get install {APT_PACKAGES})"
    if REQUIRED:
        pytest.fail(message + "; JOURNAL_APP_REAL_WINDOW=require", pytrace=False)
    pytest.skip(message)


# The X server -------------------------------------------------------------------------------


class Display:
    """An Xvfb of our own; `close()` always stops it."""

    def __init__(self, folder: Path) -> None:
        read_end, write_end = os.pipe()
        self.log = folder / "xvfb.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True)
        os.close(write_end)
        try:
            number = _read_line(read_end, 15.0, "Xvfb to report its display number")
        except BaseException:
            _stop(self.process)
            raise AssertionError(
                f"Xvfb did not start: {self.log.read_text(errors='replace')}") from None
        finally:
            os.close(read_end)
        self.name = f":{number.strip()}"
        self.env = {**os.environ, "DISPLAY": self.name, "LC_ALL": "C.UTF-8"}

    def run(self, *args: str, timeout: float = 10.0) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    def xdotool(self, *args: str) -> None:
        self.run("xdotool", *args)

    def screenshot(self, path: Path) -> str:
        if shutil.which("import") is None:
            return f"(no screenshot: ImageMagick's import is missing; wanted {path})"
        try:
            self.run("import", "-window", "root", str(path), timeout=15.0)
        except (AssertionError, subprocess.TimeoutExpired) as exc:
            return f"(screenshot failed: {exc})"
        return str(path)

    def close(self) -> None:
        _stop(self.process)


def _read_line(fd: int, timeout: float, what: str) -> str:
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise AssertionError(f"end of output while waiting for {what}")
        data += chunk
    return data.decode()


def _stop(process: subprocess.Popen[Any]) -> None:
    """Terminate a child we started (its own process group: nothing else), then kill."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


# The app and its locator --------------------------------------------------------------------


class LocatorError(AssertionError):
    pass


class App:
    """The real app in a child process, and the read-only locator it answers on stdin/stdout."""

    def __init__(self, display: Display, vault_dir: Path, folder: Path) -> None:
        home = folder / "home"
        config = home / ".config"
        (config / "journal-app").mkdir(parents=True)
        # The practitioner chose English in Settings (ui/i18n.py: "ui/language").
        (config / "journal-app" / "journal-app.conf").write_text("[ui]\nlanguage=en\n")
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        env = {key: value for key, value in display.env.items()
               if not key.startswith(("LC_", "QT_", "DBUS_", "XDG_", "LANGUAGE"))}
        env.update({
            "HOME": str(home), "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(runtime),
            "LANG": "en_GB.UTF-8", "LC_CTYPE": "C.UTF-8", "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "1", "PYTHONUNBUFFERED": "1",
            # The app under test is the one this test imports (the checkout's src/).
            "PYTHONPATH": os.pathsep.join(
                [str(Path(journal_app.__file__).parent.parent)]
                + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]),
        })
        self.stderr_path = folder / "app-stderr.txt"
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(CHILD), "--vault", str(vault_dir)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env,
                cwd=folder, bufsize=0, start_new_session=True)
        self._buffer = b""

    def stderr_tail(self) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-1500:]
        except OSError:
            return ""

    def ask(self, *request: Any, timeout: float = 5.0) -> dict[str, Any]:
        if self.process.poll() is not None:
            raise AssertionError(f"the app exited ({self.process.returncode}): "
                                 f"{self.stderr_tail()}")
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write((json.dumps(list(request)) + "\n").encode())
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise AssertionError(f"the app did not answer {request} within {timeout} s "
                                     "(its event loop is blocked?)")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"the app closed its locator: {self.stderr_tail()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        if not answer.pop("ok"):
            raise LocatorError(answer["error"])
        return answer

    def close(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        _stop(self.process)
        if self.process.stdout is not None:
            self.process.stdout.close()


def wait_until(probe: Callable[[], T | None], what: str, timeout: float = 10.0) -> T:
    """Poll `probe` until it returns something truthy; a locator miss counts as not yet."""
    deadline = time.monotonic() + timeout
    last = ""
    while True:
        try:
            value = probe()
            if value:
                return value
            last = repr(value)
        except LocatorError as exc:
            last = str(exc)
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} "
                                 f"(last: {last})")
        time.sleep(0.05)


# The person at the keyboard -----------------------------------------------------------------


class Person:
    """Mouse and keyboard (xdotool only), looking at the screen through the locator."""

    def __init__(self, display: Display, app: App) -> None:
        self.display, self.app = display, app

    # Looking
    def sees(self, name: str) -> bool:
        try:
            self.app.ask("where", name)
        except LocatorError:
            return False
        return True

    def text(self, name: str) -> str:
        return str(self.app.ask("text", name)["text"])

    def rows(self, table: str) -> list[list[str]]:
        return list(self.app.ask("rows", table)["rows"])

    def focus(self) -> str | None:
        return self.app.ask("focus")["name"]

    def status(self) -> str:
        return str(self.app.ask("status")["text"])

    def windows(self) -> list[dict[str, Any]]:
        return list(self.app.ask("windows")["windows"])

    # Acting
    def click_at(self, where: dict[str, Any]) -> None:
        self.display.xdotool("mousemove", "--sync", str(where["x"]), str(where["y"]),
                             "click", "1")

    def click_on(self, name: str) -> None:
        self.click_at(wait_until(lambda: self.app.ask("where", name), f"{name} on screen"))

    def click_on_button(self, window: str | None, text: str) -> None:
        self.click_at(wait_until(lambda: self.app.ask("button", window, text),
                                 f"a {text!r} button"))

    def click_on_row(self, table: str, row: int) -> None:
        self.click_at(wait_until(lambda: self.app.ask("row", table, row),
                                 f"row {row} of {table}"))

    def type(self, text: str) -> None:
        self.display.xdotool("type", "--delay", "20", text)

    def key(self, *keys: str) -> None:
        self.display.xdotool("key", "--delay", "20", *keys)

    def give_keyboard_to(self, window: str) -> None:
        """What a window manager does for a window that opens: give it the keyboard."""
        def shown() -> dict[str, Any] | None:
            return next((w for w in self.windows() if w["name"] == window), None)

        found = wait_until(shown, f"the window {window!r}")
        if not found["active"]:
            self.display.xdotool("windowfocus", "--sync", str(found["winid"]))
        wait_until(lambda: next((w["active"] for w in self.windows() if w["name"] == window),
                                False), f"{window!r} to have the keyboard")

    def wait_focus(self, name: str) -> None:
        wait_until(lambda: self.focus() == name, f"the keyboard focus in {name}")

    def wait_gone(self, window: str) -> None:
        wait_until(lambda: all(w["name"] != window for w in self.windows()),
                   f"{window!r} to close")
