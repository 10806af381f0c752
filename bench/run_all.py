"""Run every bench/bench_*.py and print one combined table.

    python -m bench.run_all [--quick] [--only core,ui] [--fail-on-miss] [-- args for every script]

It first prints the machine (CPU, RAM, disk, Python, SQLite/SQLCipher, PySide6): a figure means
little without it. `--quick` gives each script its own short mode (fewer repetitions).

Each script runs in its own process (`python -m bench.<name>`, from the repository root, with
src/ on the path). Its output is shown as it comes; the rows it emits through bench.report are
collected into the table at the end. A script that fails or emits no rows is listed as such.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench.bigvault import SIZES
from bench.report import ROW_PREFIX, Row, format_table, growth_table

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# Each script's own short mode, for --quick.
QUICK = {"bench_core": ["--quick"], "bench_pdf": ["--quick"], "bench_ui": ["--quick"],
         "bench_erase": ["--clients", "2"], "bench_backup": ["--repeat", "1"],
         "bench_cli": ["--quick"], "bench_unlock": ["--repeat", "1"],
         "bench_measures": ["--quick"], "bench_spelling": ["--quick"]}
# The figures that grow with the vault run at every benchmark size, for the growth table.
SIZED = {"bench_core", "bench_backup", "bench_unlock", "bench_agenda", "bench_measures"}


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def machine() -> list[str]:
    """What the figures were measured on."""
    import sqlcipher3
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'x'")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
    conn.close()
    mem_kib = _first("/proc/meminfo", "MemTotal").split()[0]
    ram = f"{int(mem_kib) / 2**20:.1f} GiB" if mem_kib.isdigit() else "?"
    disk = "?"
    device = os.stat(BENCH).st_dev
    mounts = Path("/proc/mounts")
    for line in mounts.read_text(encoding="utf-8").splitlines() if mounts.exists() else []:
        source, point, kind = line.split()[:3]
        if os.path.isdir(point) and os.stat(point).st_dev == device:
            name = Path(source).name.rstrip("0123456789")
            rotational = Path(f"/sys/block/{name}/queue/rotational")
            flag = rotational.read_text().strip() if rotational.exists() else "?"
            disk = f"{source} ({kind}, rotational={flag})"
    return [
        f"machine: {platform.platform()}; {os.cpu_count()} CPUs: "
        f"{_first('/proc/cpuinfo', 'model name')}; RAM {ram}; disk {disk}",
        f"Python {platform.python_version()}; SQLite {sqlcipher3.sqlite_version} with SQLCipher "
        f"{cipher} ({provider}); PySide6 {pyside}, Qt {qVersion()}; load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}",
    ]


def scripts(only: set[str] | None) -> list[Path]:
    found = sorted(BENCH.glob("bench_*.py"))
    if only:
        found = [p for p in found if p.stem.removeprefix("bench_") in only or p.stem in only]
    return found


def run(script: Path, extra: list[str]) -> tuple[list[Row], int, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", f"bench.{script.stem}", *extra], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )
    rows: list[Row] = []
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(ROW_PREFIX):
            row = Row.from_json(line[len(ROW_PREFIX):])
            rows.append(row if row.script else Row(**{**row.__dict__, "script": script.stem}))
        else:
            print(f"  {line}", end="", flush=True)
    return rows, process.wait(), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated names: core,pdf,erase,backup,ui")
    parser.add_argument("--quick", action="store_true", help="each script's short mode")
    parser.add_argument("--fail-on-miss", action="store_true",
                        help="exit 1 when a target is missed, not only when a script fails")
    parser.add_argument("extra", nargs="*", help="arguments passed to every script")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    all_rows: list[Row] = []
    failures: list[str] = []
    for line in machine():
        print(line, flush=True)
    for script in scripts(only):
        extra = [*QUICK.get(script.stem, []), *args.extra] if args.quick else args.extra
        for size in SIZES if script.stem in SIZED else (None,):
            sized = [*extra, "--notes", str(size)] if size else extra
            print(f"== {script.stem} {' '.join(sized)}", flush=True)
            rows, code, seconds = run(script, sized)
            print(f"== {script.stem}: exit {code}, {len(rows)} rows, {seconds:.0f} s", flush=True)
            if code != 0:
                failures.append(f"{script.stem} {' '.join(sized)} exited with {code}")
            elif not rows:
                failures.append(f"{script.stem} reported no rows (does it call bench.report.emit?)")
            all_rows.extend(rows)
    print()
    print(format_table(all_rows, with_script=True))
    print()
    print(growth_table(all_rows))
    missed = [r for r in all_rows if r.met is False]
    print(f"\n{len(all_rows)} figures: {sum(r.met is True for r in all_rows)} met, "
          f"{len(missed)} missed, {sum(r.met is None for r in all_rows)} without a target")
    for failure in failures:
        print(f"FAILED: {failure}")
    if failures or (args.fail_on_miss and missed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
