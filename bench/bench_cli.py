"""Command-line start time (issue "Scale"): `journal-app --version` and `journal-app --help`.

Each figure is a fresh process running the installed `journal-app` script (the venv's console
script, its very code when the script is missing), timed from spawn to exit. Baseline:
`python -c pass` with the same interpreter, in the same run. The contenders are interleaved
(one of each in turn) so that the drift of a shared, noisy machine hits them alike; the figures
are medians. Target: each command at most 5× the bare interpreter.

It also counts the modules each command leaves in sys.modules (a separate process, untimed),
and says whether ReportLab, PySide6 or the core's cryptography (argon2, sqlcipher3,
cryptography) were among them.

    python -m bench.bench_cli [--quick] [--repeat N] [--src DIR]

--src runs another checkout's code (its src/ goes first on PYTHONPATH), e.g. the code before a
change: `git worktree add /tmp/cli-before HEAD` then `--src /tmp/cli-before/src`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.report import Row, Stats, emit

ROOT = Path(__file__).resolve().parent.parent
MAX_RATIO = 5.0
COMMANDS = (["--version"], ["--help"])
# What a start must not pay for: shown in the detail of each row.
WATCHED = ("reportlab", "PySide6", "argon2", "sqlcipher3", "cryptography")

# The console script's own code (pip writes it into the venv's bin/).
SCRIPT_CODE = "import sys\nfrom journal_app.__main__ import main\nsys.exit(main())\n"
COUNT_CODE = """
import atexit, sys
def _count():
    names = sorted(sys.modules)
    watched = [w for w in {watched!r} if any(n == w or n.startswith(w + '.') for n in names)]
    sys.__stderr__.write(f"MODULES {{len(names)}} {{','.join(watched) or '-'}}\\n")
atexit.register(_count)
from journal_app.__main__ import main
sys.exit(main())
"""


def child_env(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    # An installed app starts from compiled bytecode; this shell may forbid writing it, which
    # would charge every start for compiling. The cache stays in bench/out/ (as bench_ui's).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    return env


def app_command() -> list[str]:
    script = Path(sys.executable).parent / "journal-app"
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", SCRIPT_CODE]


def spawn(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; output discarded (--help would otherwise fill the table)."""
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=60, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{argv} exited {done.returncode}: {done.stderr[-800:]!r}")
    return seconds


def modules(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    code = COUNT_CODE.format(watched=WATCHED)
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    for line in done.stderr.splitlines():
        if line.startswith("MODULES "):
            _, count, watched = line.split()
            return int(count), watched
    raise RuntimeError(f"no module count for {args}: {done.stderr[-800:]}")


def bench(repeat: int, src: Path) -> list[Row]:
    env = child_env(src)
    app = app_command()
    contenders = [[sys.executable, "-c", "pass"], *([*app, *args] for args in COMMANDS)]
    for argv in contenders:  # warm the page cache and write the bytecode, for all alike
        spawn(argv, env)
    samples: list[list[float]] = [[] for _ in contenders]
    for _ in range(repeat):  # interleaved: the machine's drift hits all alike
        for index, argv in enumerate(contenders):
            samples[index].append(spawn(argv, env))
    python, *commands = (Stats(tuple(s)) for s in samples)
    where = "" if src == ROOT / "src" else f"; code from {src}"
    rows = []
    for args, stats in zip(COMMANDS, commands, strict=True):
        count, watched = modules(args, env)
        rows.append(Row(
            f"journal-app {' '.join(args)} start to exit (median)", stats.median_ms, "ms",
            baseline=python.median_ms, baseline_name="python -c pass", max_ratio=MAX_RATIO,
            detail=f"p95 {stats.p95_ms:.1f} ms vs {python.p95_ms:.1f} ms; n={stats.n} fresh"
                   f" processes each, interleaved; {count} modules loaded; of {'/'.join(WATCHED)}:"
                   f" {watched}{where}",
        ))
    rows.append(Row("Python interpreter start alone (median)", python.median_ms, "ms",
                    detail=f"p95 {python.p95_ms:.1f} ms: the floor under the figures above"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer starts (10 of each)")
    parser.add_argument("--repeat", type=int, default=None, help="starts of each (default 40)")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the src/ folder whose journal_app runs (default: this checkout's)")
    args = parser.parse_args()
    repeat = args.repeat or (10 if args.quick else 40)
    emit(bench(repeat, args.src.resolve()), script="bench_cli")


if __name__ == "__main__":
    main()
