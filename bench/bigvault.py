"""The benchmark vaults: fictional clients with 40 notes of about 1 KB each, at three sizes
(1,000, 20,000 and 200,000 notes: 25, 500 and 5,000 clients), so each figure's growth with the
vault can be read.

Built once through `bench.bulk_seed` (one transaction) and cached in bench/out/ under
a version string, so every later benchmark run reuses it. Every name, number and note is made
up. Next to the vault the cache keeps plaintext copies of the same database for the plain-SQLite
baselines: fictional data only, under bench/out/ (gitignored), never anything of a real vault.

    python -m bench.bigvault [--notes N]           # build (or reuse) and print where it is
    python -m bench.bigvault --notes N --rebuild
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import bulk_seed
from bench.bulk_seed import SeedClient, SeedNote, SeedPackage, SeedSession
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.demo import FIRST, LAST, STREETS, fictional_personnummer
from journal_app.core.keys.header import VERSION as HEADER_VERSION
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.storage.schema import LATEST
from journal_app.core.vault.vault import DB_NAME, Vault

# Bump DATA_VERSION when the shape of the data or the way it is seeded changes. The schema and
# header versions are part of the key too, so a new migration or header format rebuilds the
# cache instead of benchmarking a vault the app would migrate (or refuse) first.
DATA_VERSION = "v10"  # v10: pages carry HMAC-SHA256 (vaults made from December 2026)
VERSION = f"{DATA_VERSION}-schema{LATEST}-header{HEADER_VERSION}"
SIZES = (1_000, 20_000, 200_000)  # notes; the growth table reads a figure across these
LARGEST = SIZES[-1]
PACKAGES_PER_CLIENT = 4
SESSIONS_PER_PACKAGE = 10  # 4 x 10 held sessions = 40 notes a client, 200,000 in all
NOTE_CHARS = 1_000
SEED = 20260301
PASSPHRASE = "bänkprov med stora valvet 2026"
# Moderate on purpose: key derivation is measured apart and subtracted from the unlock time.
BENCH_KDF = KdfPolicy(memory_kib=64 * 1024, parallelism=1, min_time_cost=1, target_seconds=0.0,
                      calibrate=False)
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
COMMON_PREFIX = "käns"  # känslor, känslan, känslig: in most notes
RARE_WORD = "kanelbulleallergi"  # in exactly RARE_COUNT notes
RARE_COUNT = 3
OUT = Path(__file__).resolve().parent / "out"

COMMON_WORDS = (
    "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
    "inte", "om", "ett", "han", "hon", "men", "var", "jag", "sig", "från", "vi", "så", "kan",
    "man", "när", "år", "säger", "också", "efter", "eller", "nu", "sin", "där", "vid", "mot",
    "klienten", "samtalet", "känslor", "känslan", "känslig", "kände", "oro", "oron", "sömn",
    "sömnen", "arbetet", "chefen", "familjen", "mamma", "pappa", "barnen", "partnern", "vänner",
    "gränser", "skam", "skuld", "ilska", "sorg", "förlust", "ångest", "stress", "trötthet",
    "hopp", "mål", "övning", "andning", "promenader", "dagbok", "mönster", "tankar", "minnen",
    "relationen", "konflikt", "trygghet", "behov", "vardagen", "helgen", "veckan", "våren",
    "hösten", "berättar", "beskriver", "upplever", "märker", "vill", "behöver", "försöker",
    "pratade", "undersökte", "reflekterade", "återkom", "betonade", "lugnare", "bättre",
    "sämre", "tydligare", "viktigt", "svårt", "lättare", "mycket", "lite", "ofta", "sällan",
    "ibland", "fortfarande", "redan", "igen", "tillsammans", "själv", "hemma", "jobbet",
    "skolan", "träning", "mat", "alkohol", "skärmtid", "nätterna", "morgnarna", "kvällarna",
)
HEADINGS = ("Samtalets innehåll", "Mående", "Överenskommelser", "Till nästa gång")
SYLLABLES = ("ka", "la", "mo", "ri", "sä", "tö", "ve", "nu", "bå", "fi", "gö", "hy", "jä", "pe",
             "sto", "bru", "kli", "frå", "ste", "mar", "lin", "dor", "vik", "ång")


@dataclass(frozen=True)
class BigVault:
    folder: Path  # the vault folder
    plain_stdlib: Path  # plaintext copy, for Python's own sqlite3
    plain_engine: Path  # plaintext copy, for sqlcipher3 without a key (same SQLite version)
    passphrase: str
    draft_sessions: tuple[str, ...]
    clients: int
    notes: int
    build_seconds: float
    version: str


class NoteWriter:
    """About 1 KB of Swedish-looking note text: a Zipf-weighted core vocabulary and a long tail
    of made-up words, so the full-text index has the shape of real prose."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        made_up = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(40_000)}
        tail = sorted(made_up - set(COMMON_WORDS))
        rng.shuffle(tail)
        self._words = list(COMMON_WORDS) + tail
        # Zipf within each group; the everyday words carry three quarters of the text.
        common = [1.0 / (rank + 1) for rank in range(len(COMMON_WORDS))]
        rare = [1.0 / (rank + 1) for rank in range(len(tail))]
        weights = [0.75 * w / sum(common) for w in common] + [0.25 * w / sum(rare) for w in rare]
        self._cum = list(itertools.accumulate(weights))

    def note(self, extra: str = "") -> str:
        parts: list[str] = []
        per_section = NOTE_CHARS // len(HEADINGS)
        for heading in HEADINGS:
            words: list[str] = []
            length = 0
            while length < per_section - len(heading):
                chunk = self._rng.choices(self._words, cum_weights=self._cum, k=8)
                words.extend(chunk)
                length += sum(len(w) + 1 for w in chunk)
            text = " ".join(words).capitalize()
            parts.append(f"{heading}\n{text}.")
        if extra:
            parts.append(extra)
        return "\n\n".join(parts) + "\n"


def clients_for(notes: int) -> int:
    return notes // (PACKAGES_PER_CLIENT * SESSIONS_PER_PACKAGE)


def seed_clients(rng: random.Random, clients: int) -> Iterator[SeedClient]:
    writer = NoteWriter(rng)
    rare_at = {rng.randrange(clients) for _ in range(RARE_COUNT * 3)}
    rare_at = set(sorted(rare_at)[:RARE_COUNT])
    weeks = PACKAGES_PER_CLIENT * SESSIONS_PER_PACKAGE
    span_days = (NOW.date() - dt.date(2016, 1, 4)).days - 7 * (weeks + 2)
    for index in range(clients):
        first_name, last_name = rng.choice(FIRST), rng.choice(LAST)
        begin = dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange(span_days))
        hour = 8 + index % 9
        packages: list[SeedPackage] = []
        for number in range(PACKAGES_PER_CLIENT):
            sessions: list[SeedSession] = []
            last_package = number == PACKAGES_PER_CLIENT - 1
            for step in range(SESSIONS_PER_PACKAGE):
                day = begin + dt.timedelta(days=7 * (number * SESSIONS_PER_PACKAGE + step))
                start = dt.datetime.combine(day, dt.time(hour, 0))
                # The last note of each client is a draft still being written: the package
                # stays open, and the benchmark has drafts to save into.
                draft = last_package and step == SESSIONS_PER_PACKAGE - 1
                extra = f"Nämnde {RARE_WORD}." if index in rare_at and step == 0 and number == 0 \
                    else ""
                sessions.append(SeedSession(start, SessionStatus.HELD,
                                            SeedNote(writer.note(extra), signed=not draft)))
            packages.append(SeedPackage(
                name=f"Samtalspaket {SESSIONS_PER_PACKAGE}", sessions_total=SESSIONS_PER_PACKAGE,
                purchased=begin + dt.timedelta(days=7 * number * SESSIONS_PER_PACKAGE - 3),
                price_ore=rng.choice((650_000, 850_000, 1_100_000)), sessions=tuple(sessions),
            ))
        yield SeedClient(
            name=f"{first_name} {last_name}",
            id_number=fictional_personnummer(rng),
            email=f"klient{index}@example.se",
            phone=f"070-{rng.randrange(1_000_000, 9_999_999)}",
            address=f"{rng.choice(STREETS)} {rng.randrange(1, 80)}\n{rng.randrange(10000, 99999)} Uppsala",
            packages=tuple(packages),
        )


def cache_dir(notes: int = LARGEST, version: str = VERSION) -> Path:
    return OUT / f"bigvault-{version}-{notes}"


def load(notes: int = LARGEST, version: str = VERSION) -> BigVault | None:
    meta = cache_dir(notes, version) / "meta.json"
    if not meta.is_file():
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    for key in ("folder", "plain_stdlib", "plain_engine"):
        data[key] = Path(data[key])
    data["draft_sessions"] = tuple(data["draft_sessions"])
    return BigVault(**data)


def ensure(notes: int = LARGEST, *, rebuild: bool = False, log: bool = True) -> BigVault:
    """The cached benchmark vault of `notes` notes, built first if missing (about a minute for
    the largest)."""
    cached = None if rebuild else load(notes)
    if cached is not None:
        return cached
    return build(notes, log=log)


def build(notes: int = LARGEST, *, log: bool = True) -> BigVault:
    final = cache_dir(notes)
    work = OUT / f".building-{VERSION}-{notes}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    folder = work / "vault"
    vault, _recovery = Vault.create(
        folder, PASSPHRASE, practice_name="Bänkprovsmottagningen", kdf_policy=BENCH_KDF,
        retention_policy=RetentionPolicy.PDL, clock=ManualClock(NOW),
    )
    try:
        report = bulk_seed.seed(vault.journal,
                                seed_clients(random.Random(SEED), clients_for(notes)))
        # As the app keeps it: the index merged at the day's first unlock (keep_search_merged).
        vault.journal.keep_search_merged()
        seeded = time.perf_counter() - started
        if log:
            print(f"seeded {report.clients} clients, {report.notes} notes in {seeded:.1f} s",
                  file=sys.stderr)
        plain = work / "plain-stdlib.db"
        export_plaintext(vault, plain)
    finally:
        vault.lock()
    shutil.copyfile(plain, work / "plain-engine.db")
    for copy in (plain, work / "plain-engine.db"):
        copy.chmod(0o600)
    elapsed = time.perf_counter() - started
    big = BigVault(
        folder=final / "vault", plain_stdlib=final / "plain-stdlib.db",
        plain_engine=final / "plain-engine.db", passphrase=PASSPHRASE,
        draft_sessions=report.draft_sessions, clients=report.clients, notes=report.notes,
        build_seconds=round(elapsed, 1), version=VERSION,
    )
    meta = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(big).items()}
    (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    work.rename(final)
    if log:
        size = (final / "vault" / DB_NAME).stat().st_size / 1e6
        print(f"built {final} in {elapsed:.1f} s ({size:.0f} MB)", file=sys.stderr)
    return big


def export_plaintext(vault: Vault, target: Path) -> None:
    """Benchmark only: a plaintext copy of the fictional benchmark vault for the baselines."""
    with vault.db.read() as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
            conn.execute(f"PRAGMA plaintext.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE plaintext")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--notes", type=int, default=LARGEST, choices=SIZES)
    args = parser.parse_args()
    big = ensure(args.notes, rebuild=args.rebuild)
    print(f"{big.folder}  ({big.clients} clients, {big.notes} notes, built in "
          f"{big.build_seconds} s, {len(big.draft_sessions)} drafts)")


if __name__ == "__main__":
    main()
