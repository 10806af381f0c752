"""Desktop app speed (issue 3, "Speed"), offscreen.

1. Launch to the unlock window drawn, against a bare PySide6 window in the same run. Each
   launch is a fresh process; the parent notes CLOCK_MONOTONIC (one clock for every process on
   Linux) just before spawning it, the child prints it once its window's first paint pass is
   done (a zero timer queued from the first Paint event runs after the whole pass). The app
   child runs `journal_app.__main__.main(["--vault", DIR])`, the very code of
   `python -m journal_app --vault DIR`, with `build_window` wrapped only to watch the window.
2. Event-loop lag while typing: the benchmark vault (5,000 clients, 200,000 notes) unlocked in
   the real MainWindow; a 5 ms timer probe records how late the loop serves it while keys are
   typed into the note editor at a human pace, with pauses that let autosave fire, and with
   words typed into the search field (live client filter, then a full-text search). Baseline:
   the same probe in an idle bare QApplication, in the same process, before the window exists.

    python -m bench.bench_ui [--quick]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import bigvault
from bench.report import Row, Stats, emit

ROOT = Path(__file__).resolve().parent.parent
PROBE_MS = 5
STALL_LIMIT_MS = 50.0

# Both children stop the clock the same way: first Paint seen -> a zero timer -> print -> exit.
_CHILD_PROBE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class _FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not _FirstPaint.seen:
            _FirstPaint.seen = True
            QTimer.singleShot(0, _done)
        return False
def _done():
    sys.stdout.write(f"DRAWN {time.monotonic():.6f}\\n")
    sys.stdout.flush()
    os._exit(0)
"""

BARE_CHILD = _CHILD_PROBE + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1280, 800)
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

APP_CHILD = _CHILD_PROBE + """
import journal_app.ui.app as ui_app
from journal_app.__main__ import main
_build = ui_app.build_window
def _watched(folder, **kwargs):
    window = _build(folder, **kwargs)
    window._bench_probe = _FirstPaint(window)
    window.installEventFilter(window._bench_probe)
    return window
ui_app.build_window = _watched
sys.exit(main(["--vault", sys.argv[1]]))
"""

PYTHON_CHILD = """
import sys, time
sys.stdout.write(f"DRAWN {time.monotonic():.6f}\\n")
"""


def child_env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)  # no geometry or language from the person's settings
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    # An installed app starts from compiled bytecode; this shell may forbid writing it, which
    # would charge every launch for compiling the whole app. The cache stays in bench/out/.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bigvault.OUT / "pycache")
    return env


def launch(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to the child's "drawn" line."""
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("DRAWN "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"child drew nothing (exit {done.returncode}): {done.stderr[-800:]}")


def bench_startup(folder: Path, repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as config:
        env = child_env(Path(config))
        contenders = [(APP_CHILD, [str(folder)]), (BARE_CHILD, []), (PYTHON_CHILD, [])]
        for code, args in contenders:  # warm the page cache for every contender alike
            launch(code, args, env)
        samples: list[list[float]] = [[] for _ in contenders]
        for _ in range(repeat):  # interleaved: the machine's drift hits all alike
            for index, (code, args) in enumerate(contenders):
                samples[index].append(launch(code, args, env))
    app, bare, python = (Stats(tuple(s)) for s in samples)
    return [
        Row("launch to unlock window drawn (median)", app.median_ms, "ms",
            baseline=bare.median_ms, baseline_name="bare PySide6 QWidget", max_ratio=1.2,
            detail=f"p95 {app.p95_ms:.0f} ms vs {bare.p95_ms:.0f} ms; n={app.n} fresh processes"
                   " each, interleaved; offscreen"),
        Row("Python interpreter start alone (median)", python.median_ms, "ms",
            detail=f"p95 {python.p95_ms:.0f} ms: the floor under both figures above"),
    ]


# Event-loop lag ----------------------------------------------------------------------------


@dataclass
class LoopProbe:
    """A 5 ms precise timer; lateness = time between two firings beyond the 5 ms asked."""

    stamps: list[float] = field(default_factory=list)

    def run(self, seconds: float, during: Callable[[], Any] | None = None) -> list[float]:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        loop = QEventLoop()
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(PROBE_MS)
        timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        timer.start()
        if during is not None:
            during()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(self.stamps)]
        return [max(0.0, gap * 1000 - PROBE_MS) for gap in gaps]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass
class Timed:
    """Wraps a core call on the GUI thread to say what the stalls were made of."""

    name: str  # plural, for the summary
    one: str  # singular, for the stall log
    log: list[tuple[float, str]]  # (perf_counter at start, what), shared by every source
    seconds: list[float] = field(default_factory=list)

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds.append(time.perf_counter() - start)
                self.log.append((start, f"{self.one} {self.seconds[-1] * 1000:.0f} ms"))
        return timed

    def summary(self) -> str:
        if not self.seconds:
            return f"0 {self.name}"
        return (f"{len(self.seconds)} {self.name} (longest {max(self.seconds) * 1000:.0f} ms, "
                f"median {statistics.median(self.seconds) * 1000:.1f} ms)")


def worst_stalls(stamps: list[float], log: list[tuple[float, str]], count: int = 3) -> str:
    """The longest gaps between probe firings and what started inside each."""
    gaps = sorted(((b - a, a, b) for a, b in itertools.pairwise(stamps)),
                  reverse=True)[:count]
    parts = []
    for gap, begin, end in gaps:
        inside = sorted({what for at, what in log if begin <= at <= end and what not in
                         ("note", "search")})
        keys = sum(1 for at, what in log if begin <= at <= end and what in ("note", "search"))
        what = ", ".join(inside + ([f"{keys} key(s)"] if keys else [])) or "no action"
        parts.append(f"{gap * 1000:.0f} ms ({what})")
    return "; ".join(parts)


def typing_script(seconds: float, rng: random.Random) -> list[tuple[float, str, str]]:
    """(at, target, key): a sentence into the note at 6-12 keys a second; a pause long enough
    for autosave (1.5 s); Ctrl+F and a word into the search field (the client list filters
    at each key); back to the note at once, so the search (200 ms after the last key) runs
    while typing goes on. Every other lookup first clears the field (all 5,000 rows return)."""
    text = bigvault.NoteWriter(rng).note().replace("\n", " ")
    words = [bigvault.COMMON_PREFIX, "oro", bigvault.RARE_WORD[:6], "sömn", "mamma"]
    events: list[tuple[float, str, str]] = []
    at, position, lookups = 0.3, 0, 0
    while at < seconds - 0.5:
        for _ in range(rng.randint(18, 32)):  # a sentence
            events.append((at, "note", text[position % len(text)]))
            position += 1
            at += rng.uniform(0.08, 0.17)
        at += rng.uniform(1.8, 2.4)  # autosave fires in this pause
        if lookups % 2 == 1:
            events.append((at, "clear-search", ""))
            at += 0.3
        events.append((at, "focus-search", ""))  # focus leaves the note: it is saved
        for char in words[lookups % len(words)]:
            at += rng.uniform(0.12, 0.2)
            events.append((at, "search", char))
        lookups += 1
        at += 0.3
        events.append((at, "focus-note", ""))
        at += 0.2
    return [e for e in events if e[0] < seconds - 0.2]


def bench_typing(big: bigvault.BigVault, seconds: float, config: Path) -> list[Row]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(config)  # the window's geometry goes there, not home
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive to the end
    idle = LoopProbe().run(seconds)  # the bare QApplication: no window exists yet

    from journal_app.ui.app import build_window, make_application

    make_application()
    window = build_window(big.folder)
    window.show()
    loop = QEventLoop()
    window.controller.unlocked.connect(loop.quit)
    window.controller.unlockFailed.connect(lambda message: loop.exit(1))
    window.controller.unlock(big.passphrase)
    if loop.exec() != 0:
        raise RuntimeError("the benchmark vault did not unlock in the window")
    journal = window.controller.journal
    session_id = big.draft_sessions[4321]
    client_id = journal.packages.get_session(session_id).client_id
    original = journal.notes.for_session(session_id)
    assert original is not None
    log: list[tuple[float, str]] = []
    saves, searches = Timed("draft saves", "save", log), Timed("searches", "search", log)
    journal.notes.save_draft = saves.wrap(journal.notes.save_draft)  # type: ignore[method-assign]
    journal.search = searches.wrap(journal.search)  # type: ignore[method-assign]

    workspace = window.workspace
    editor, search_field = workspace.note_editor.text, workspace.client_list.search
    window.workspace_controller.open_note(client_id, session_id)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    LoopProbe().run(1.0)  # let the unlocked window lay out and paint before measuring

    events = typing_script(seconds, random.Random(31))
    started = [0.0]
    keys = [0]

    def act(target: str, key: str) -> None:
        log.append((time.perf_counter(), target))
        if target == "note":
            QTest.keyClick(editor, key)
            keys[0] += 1
        elif target == "search":
            QTest.keyClick(search_field, key)
            keys[0] += 1
        elif target == "focus-search":
            window.find_action.trigger()  # Ctrl+F: focus leaves the note, which saves it
        elif target == "clear-search":
            search_field.clear()
        elif target == "focus-note":
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    driver = QTimer()
    driver.setTimerType(Qt.TimerType.PreciseTimer)
    driver.setInterval(10)

    def tick() -> None:
        now = time.perf_counter() - started[0]
        if events and events[0][0] <= now:  # one action a tick: no unnatural bursts
            _at, target, key = events.pop(0)
            act(target, key)

    driver.timeout.connect(tick)

    def begin() -> None:
        started[0] = time.perf_counter()
        driver.start()

    probe = LoopProbe()
    lateness = probe.run(seconds, begin)
    driver.stop()
    window.workspace_controller.notes.save_now()
    typed = editor.toPlainText()
    journal.notes.save_draft(session_id, original.text)  # the cache stays as it was built
    window.controller.lock()
    window.close()
    if original.text not in typed or len(typed) <= len(original.text):
        raise RuntimeError("the keys did not reach the note editor")

    busy_max, busy_p99 = max(lateness), percentile(lateness, 0.99)
    idle_max, idle_p99 = max(idle), percentile(idle, 0.99)
    over = sum(1 for v in lateness if v > STALL_LIMIT_MS)
    detail = (f"{seconds:.0f} s, {len(lateness)} probes, {keys[0]} keys; {saves.summary()}; "
              f"{searches.summary()}; probes late > 50 ms: {over}; longest gaps between probes: "
              f"{worst_stalls(probe.stamps, log)}")
    return [
        Row("event-loop stall while typing (max)", busy_max, "ms", limit=STALL_LIMIT_MS,
            baseline=idle_max, baseline_name="idle bare QApplication", detail=detail),
        Row("event-loop lag while typing (p99)", busy_p99, "ms", limit=STALL_LIMIT_MS,
            baseline=idle_p99, baseline_name="idle bare QApplication",
            detail=f"median {statistics.median(lateness):.2f} ms vs "
                   f"{statistics.median(idle):.2f} ms idle"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer launches, shorter typing")
    parser.add_argument("--launch-only", action="store_true", help="no typing")
    args = parser.parse_args()
    big = bigvault.ensure()
    rows = bench_startup(big.folder, repeat=6 if args.quick else 25)
    if not args.launch_only:
        with tempfile.TemporaryDirectory(prefix="bench-ui-") as config:
            rows += bench_typing(big, seconds=12.0 if args.quick else 20.0, config=Path(config))
    emit(rows, script="bench_ui")


if __name__ == "__main__":
    main()
