"""Journey in a REAL X11 window: a practitioner's day, by mouse and keyboard, under Xvfb.

What it proves that the offscreen GUI tests cannot: the app as `journal-app --vault DIR`
starts it (the console script's entry point, the xcb platform plugin, the deferred start, real
window-modal dialogs and a real modal question) can be used with a real mouse and keyboard,
Swedish letters included, and what the practitioner did is in the vault afterwards.

How it works
- Its own Xvfb on a display number the server picks itself (`-displayfd`: the server takes the
  first free number and reports it, so two runs at once never race for a lock file), a Swedish
  keyboard layout (`setxkbmap se`, so å ä ö Å Ä Ö are real keys a Swedish practitioner has),
  no window manager.
- A vault made beforehand with the test-only fast key derivation (its header keeps those
  parameters, so the real app unlocks it in milliseconds).
- The app in a child process: tests/journeys/real_window_app.py starts it through the console
  script's own entry point and adds a read-only locator on stdin/stdout that reports where a
  widget is on the screen, what it shows and where the focus is. Why a locator and not
  screenshots: positions from the widget tree are exact and independent of fonts, themes and
  translations, where template matching on pixels breaks on any of them; and the locator never
  acts (see its docstring), so every step still happens through the X server.
- Every action is `xdotool`: mouse moves and clicks at the reported centres, typed text, keys.
  Without a window manager nobody gives the first window the keyboard (Qt activates its
  dialogs itself), so for a window that lacks it the test does what a window manager would
  do: `xdotool windowfocus --sync` on that window.
- The assertions: what a person sees (via the locator: the client's name, the tables' cells,
  the status bar, the note editor) and, after Ctrl+Q, what the vault holds (opened with the
  core and the passphrase).

Skips with the reason when Xvfb, xdotool or setxkbmap is missing, or when Qt's xcb plugin
cannot load (missing X libraries). With JOURNAL_APP_REAL_WINDOW=require in the environment
(CI) those are failures instead, so a CI machine that lost a package does not pass silently.
Debian packages: see APT_PACKAGES below.
"""

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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

import journal_app
from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

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

NAME = "Åsa Öberg-Ängström"
PERSONNUMMER = "19121212-1212"
PRACTICE = "Mottagningen Ekträdet"
NOTES = [
    "Första samtalet: sömnen är bättre, oron på jobbet kvar. Övning till nästa gång.",
    "Andra samtalet: vi gick igenom övningen; ångesten före mötena har minskat.",
    "Tredje samtalet: avslut. Åsa känner sig trygg att fortsätta på egen hand.",
]


def _unavailable(reason: str) -> None:
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


# The journey --------------------------------------------------------------------------------


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[tuple[Display, App, Path]]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(f"{', '.join(missing)} not installed")
    vault_dir = tmp_path / "vault"
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, practice_name=PRACTICE,
                                    kdf_policy=FAST_KDF)
    vault.lock()
    display = Display(tmp_path)
    app: App | None = None
    try:
        display.run("setxkbmap", "-layout", "se")
        app = App(display, vault_dir, tmp_path)
        yield display, app, vault_dir
    finally:
        if app is not None:
            app.close()
        display.close()


@contextlib.contextmanager
def step(name: str, display: Display, app: App, shots: Path,
         shot: str | None = None) -> Iterator[None]:
    """A failure names the step, keeps a screenshot (a new one, or `shot` when the window is
    gone) and the app's stderr, for CI."""
    try:
        yield
    except Exception as exc:
        if shot is None:
            shot = display.screenshot(shots / f"failed-{name.replace(' ', '-')}.png")
        raise AssertionError(f"step '{name}' failed: {exc}\nscreenshot: {shot}\n"
                             f"app stderr: {app.stderr_tail()}") from exc


def test_a_day_with_a_new_client_by_mouse_and_keyboard_in_a_real_window(
        desktop: tuple[Display, App, Path], tmp_path: Path) -> None:
    started = time.monotonic()
    display, app, vault_dir = desktop
    me = Person(display, app)
    seen_notes: list[str] = []

    with step("start", display, app, tmp_path):
        try:
            wait_until(lambda: app.ask("where", "passphraseEdit"), "the unlock page", 20.0)
        except AssertionError:
            said = app.stderr_tail()
            if "Could not load the Qt platform plugin" in said:
                qt_lines = [line for line in said.splitlines() if line.startswith("qt.qpa")]
                _unavailable("Qt's xcb platform plugin cannot load (X libraries missing): "
                             + " ".join(qt_lines))
            raise
        me.give_keyboard_to("mainWindow")

    with step("unlock", display, app, tmp_path):
        me.click_on("passphraseEdit")
        me.wait_focus("passphraseEdit")
        me.type(PASSPHRASE)
        me.key("Return")
        wait_until(lambda: me.sees("newClientButton"), "the workspace after unlock")
        assert app.ask("title")["text"] == f"Journal — {PRACTICE}"
        assert me.text("newClientButton") == "Ne&w client…"  # English, as chosen
        assert me.rows("clientTable") == []

    with step("new client", display, app, tmp_path):
        me.click_on("newClientButton")
        me.give_keyboard_to("clientDialog")
        me.wait_focus("clientNameEdit")
        me.type(NAME)
        me.key("Tab")
        me.wait_focus("idNumberEdit")
        me.type(PERSONNUMMER)
        wait_until(lambda: "Valid personnummer" in me.text("idNumberHint"),
                   "the personnummer accepted")
        assert me.text("clientNameEdit") == NAME  # å ä ö as typed
        me.key("Return")  # the dialog's default button: Save
        me.wait_gone("clientDialog")
        wait_until(lambda: me.text("clientNameLabel") == NAME, "the new client open")
        assert PERSONNUMMER in me.text("clientDetailsLabel")
        assert me.status() == f"Saved {NAME}."
        assert [row[0] for row in me.rows("clientTable")] == [NAME]

    with step("add package", display, app, tmp_path):
        me.click_on("addPackageButton")
        me.give_keyboard_to("packageDialog")
        me.click_on("packageSessionsEdit")
        me.key("ctrl+a")
        me.type("3")
        wait_until(lambda: me.text("packageNameEdit") == "3-session package",
                   "the suggested name to follow the count")
        me.click_on_button("packageDialog", "OK")
        me.wait_gone("packageDialog")
        packages = wait_until(lambda: me.rows("packageTable"), "the package in the list")
        assert len(packages) == 1 and packages[0][0] == "3-session package", packages

    for row, note in enumerate(NOTES):
        with step(f"session {row + 1}", display, app, tmp_path):
            seen_notes.append(_hold_a_session_and_sign_its_note(me, row, note))

    with step("package completed", display, app, tmp_path):
        # The third signed note completes the package: the status bar says so, and the
        # erase prompt comes to the front.
        assert me.status() == f'{NAME} has completed the package "3-session package".'
        me.give_keyboard_to("eraseDialog")
        assert NAME in me.text("explanationLabel")
        me.click_on("laterButton")
        me.wait_gone("eraseDialog")
        assert me.rows("packageTable")[0][0] == "3-session package"
        assert [r[1:] for r in me.rows("sessionTable")] == [["Held", "Signed"]] * 3
        assert me.text("clientNameLabel") == NAME
        assert not any(w["class"] == "QMessageBox" or w["name"] == "internalErrorBox"
                       for w in me.windows())

    shot = display.screenshot(tmp_path / "shot.png")
    with step("quit", display, app, tmp_path):
        me.give_keyboard_to("mainWindow")
        me.key("ctrl+q")
        try:
            code = app.process.wait(timeout=15)
        except subprocess.TimeoutExpired as exc:
            raise AssertionError("the app did not quit on Ctrl+Q") from exc
        assert code == 0, app.stderr_tail()
        assert "internal error" not in app.stderr_tail()

    # What the vault holds, read with the core.
    with step("stored", display, app, tmp_path, shot=shot):
        vault = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            _check_stored(vault, seen_notes)
        finally:
            vault.lock()
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S, f"the journey took {elapsed:.0f} s (budget {BUDGET_S:.0f}); {shot}"


def _hold_a_session_and_sign_its_note(me: Person, row: int, note: str) -> str:
    """Add session number `row + 1`, write its note, mark it held, sign it; the note as the
    editor showed it."""
    me.click_on("addSessionButton")
    me.give_keyboard_to("sessionDialog")
    if row == 0:  # the first one is marked held right in the dialog
        me.click_on("sessionStatusCombo")
        me.key("Down", "Return")
        wait_until(lambda: me.text("sessionStatusCombo") == "Held", "Held chosen")
    else:
        assert me.text("sessionStatusCombo") == "Planned"
    me.click_on_button("sessionDialog", "OK")
    me.wait_gone("sessionDialog")
    wait_until(lambda: len(me.rows("sessionTable")) == row + 1, f"session {row + 1} in the list")
    me.click_on_row("sessionTable", row)  # a person points at the new session
    wait_until(lambda: me.app.ask("rows", "sessionTable")["current"] == row,
               "the new session chosen")
    assert me.rows("sessionTable")[row][2] == "No note"
    wait_until(lambda: me.text("noteTitleLabel").startswith(NAME), "its note open")

    me.click_on("noteEdit")
    me.wait_focus("noteEdit")
    me.key("ctrl+End", "Return")  # below the template's last heading
    me.type(note)
    wait_until(lambda: me.text("noteSavedLabel").startswith("Saved"), "the autosave", 8.0)
    assert me.rows("sessionTable")[row][2] == "Draft"
    shown = me.text("noteEdit")
    assert shown.rstrip().endswith(note), shown

    if row > 0:
        assert me.rows("sessionTable")[row][1] == "Planned"
        me.click_on("markHeldButton")
    wait_until(lambda: me.rows("sessionTable")[row][1] == "Held", "the session held")

    me.click_on("signButton")
    question = wait_until(
        lambda: next((w for w in me.windows() if w["class"] == "QMessageBox"), None),
        "the sign question")
    # The session shows Held (it was created held, or Held was clicked): the plain question.
    assert question["title"] == "Sign note", (
        f"the sign question is {question['title']!r} although the session list shows "
        f"{me.rows('sessionTable')[row][1]!r}")
    me.click_on_button(None, "Yes")  # No is the default: Enter would not sign
    wait_until(lambda: me.rows("sessionTable")[row][2] == "Signed", "the note signed")
    assert me.text("noteStateLabel").startswith("Signed")
    assert not me.sees("signButton") and me.sees("correctButton")
    return shown


def _check_stored(vault: Vault, seen_notes: list[str]) -> None:
    journal = vault.journal
    clients = journal.clients.all()
    assert [(c.name, c.id_number) for c in clients] == [(NAME, PERSONNUMMER)]
    packages = journal.packages.for_client(clients[0].id)
    assert [(p.name, p.sessions_total, p.sessions_counted, p.completed)
            for p in packages] == [("3-session package", 3, 3, True)]
    sessions = journal.packages.sessions(client_id=clients[0].id)
    assert [(s.status, s.note_state) for s in sessions] == \
        [(SessionStatus.HELD, NoteState.SIGNED)] * 3
    for session, typed, shown in zip(sessions, NOTES, seen_notes, strict=True):
        stored = journal.notes.for_session(session.id)
        assert stored is not None and stored.state is NoteState.SIGNED
        assert stored.text == shown and typed in stored.text  # what was on screen, signed
