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
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from real_window_harness import BUDGET_S, TOOLS, App, Display, Person, unavailable, wait_until

from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

NAME = "Åsa Öberg-Ängström"
PERSONNUMMER = "19121212-1212"
PRACTICE = "Mottagningen Ekträdet"
NOTES = [
    "Första samtalet: sömnen är bättre, oron på jobbet kvar. Övning till nästa gång.",
    "Andra samtalet: vi gick igenom övningen; ångesten före mötena har minskat.",
    "Tredje samtalet: avslut. Åsa känner sig trygg att fortsätta på egen hand.",
]


# The journey --------------------------------------------------------------------------------


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[tuple[Display, App, Path]]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        unavailable(f"{', '.join(missing)} not installed")
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
                unavailable("Qt's xcb platform plugin cannot load (X libraries missing): "
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
