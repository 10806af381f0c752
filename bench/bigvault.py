"""The benchmark vaults: fictional clients with 40 notes of about 1 KB each, at three sizes
(1,000, 20,000 and 200,000 notes: 25, 500 and 5,000 clients), so each figure's growth with the
vault can be read. The measures benchmark asks for the same vaults with outcome measures too
(`ensure(notes, with_measures=True)`, cached apart): every third client answered a PHQ-9 and a
GAD-7 at every session, as a practice that follows its clients' outcomes has them (80 measures
each, 133,360 at 200,000 notes). The other benchmarks use the vaults without them, so that the
storage figure compares the file with the note text it holds, as issue 13 defines it.

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
from bench.bulk_seed import SeedClient, SeedMeasure, SeedNote, SeedPackage, SeedSession
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.measures import GAD7, PHQ9, PHQ9_INSTRUMENT
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.demo import FIRST, LAST, STREETS, fictional_personnummer
from journal_app.core.keys.header import VERSION as HEADER_VERSION
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.storage.schema import LATEST
from journal_app.core.vault.vault import DB_NAME, Vault

# Bump DATA_VERSION when the shape of the data or the way it is seeded changes. The schema and
# header versions are part of the key too, so a new migration or header format rebuilds the
# cache instead of benchmarking a vault the app would migrate (or refuse) first.
# v11: a third of the clients have a PHQ-9 and a GAD-7 at every session, written in the order
# they were recorded (the measure charts were measured in a small fresh vault before;
# bench_measures reads them at scale now). v12: those measures only in the vaults built
# `with_measures` (version MEASURED_VERSION), the others as before v11.
DATA_VERSION = "v12"
VERSION = f"{DATA_VERSION}-schema{LATEST}-header{HEADER_VERSION}"
MEASURED_VERSION = f"{DATA_VERSION}-measures-schema{LATEST}-header{HEADER_VERSION}"
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
MEASURED_EVERY = 3  # every third client is followed with PHQ-9 and GAD-7 at each session
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
    measures: int
    measured_clients: tuple[str, ...]  # each with a PHQ-9 and a GAD-7 at all 40 sessions
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


def _spread(rng: random.Random, total: int, items: int) -> list[int]:
    """Answers 0..3 to `items` items that add up to `total`: `total` of the items' 3 x items
    steps, drawn without replacement."""
    answers = [0] * items
    for step in rng.sample(range(3 * items), total):
        answers[step // 3] += 1
    return answers


def _course(rng: random.Random, start: int, end: int, count: int, top: int) -> list[int]:
    """Totals over `count` sessions from about `start` to about `end`, with the ups and downs
    of real answers."""
    return [min(top, max(0, round(start + (end - start) * k / max(count - 1, 1)
                                  + rng.gauss(0, 2)))) for k in range(count)]


def seed_measures(rng: random.Random, count: int) -> list[tuple[SeedMeasure, ...]]:
    """A PHQ-9 and a GAD-7 for each of `count` sessions: a client who comes in with mild to
    severe symptoms and mostly improves. PHQ-9 item 9 is above 0 in a few answers, more often
    when the total is high, as in a counselling population."""
    phq_start = rng.randint(8, 22)
    gad_start = min(21, max(3, round(phq_start * 0.8) + rng.randint(-3, 3)))
    phq = _course(rng, phq_start, rng.randint(2, phq_start), count, 27)
    gad = _course(rng, gad_start, rng.randint(2, gad_start), count, 21)
    out: list[tuple[SeedMeasure, ...]] = []
    for phq_total, gad_total in zip(phq, gad, strict=True):
        item9 = 0
        if rng.random() < (0.15 if phq_total >= 15 else 0.03):
            item9 = 2 if rng.random() < 0.2 else 1
        rest = min(phq_total - item9, 24) if phq_total > item9 else 0
        items = len(PHQ9_INSTRUMENT.items_en) - 1
        phq_answers = (*_spread(rng, rest, items), item9)
        out.append((SeedMeasure(PHQ9, phq_answers),
                    SeedMeasure(GAD7, tuple(_spread(rng, gad_total, 7)))))
    return out


def seed_clients(rng: random.Random, clients: int, *, with_measures: bool = False
                 ) -> Iterator[SeedClient]:
    writer = NoteWriter(rng)
    # A stream of its own: the names, dates and notes stay those of the vaults without measures.
    measure_rng = random.Random(SEED + 18)
    rare_at = {rng.randrange(clients) for _ in range(RARE_COUNT * 3)}
    rare_at = set(sorted(rare_at)[:RARE_COUNT])
    weeks = PACKAGES_PER_CLIENT * SESSIONS_PER_PACKAGE
    span_days = (NOW.date() - dt.date(2016, 1, 4)).days - 7 * (weeks + 2)
    for index in range(clients):
        first_name, last_name = rng.choice(FIRST), rng.choice(LAST)
        begin = dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange(span_days))
        hour = 8 + index % 9
        weekly = (seed_measures(measure_rng, weeks)
                  if with_measures and index % MEASURED_EVERY == 0 else [()] * weeks)
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
                sessions.append(SeedSession(
                    start, SessionStatus.HELD, SeedNote(writer.note(extra), signed=not draft),
                    weekly[number * SESSIONS_PER_PACKAGE + step]))
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
    data["measured_clients"] = tuple(data["measured_clients"])
    return BigVault(**data)


def ensure(notes: int = LARGEST, *, rebuild: bool = False, log: bool = True,
           with_measures: bool = False) -> BigVault:
    """The cached benchmark vault of `notes` notes, built first if missing (about a minute for
    the largest); `with_measures`: the one whose followed clients have outcome measures."""
    version = MEASURED_VERSION if with_measures else VERSION
    cached = None if rebuild else load(notes, version)
    if cached is not None:
        return cached
    return build(notes, log=log, with_measures=with_measures)


def build(notes: int = LARGEST, *, log: bool = True, with_measures: bool = False) -> BigVault:
    version = MEASURED_VERSION if with_measures else VERSION
    final = cache_dir(notes, version)
    work = OUT / f".building-{version}-{notes}"
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
                                seed_clients(random.Random(SEED), clients_for(notes),
                                             with_measures=with_measures))
        # As the app keeps it: the index merged at the day's first unlock (keep_search_merged).
        vault.journal.keep_search_merged()
        if with_measures:
            check_measures(vault, report)
        elif report.measures:
            raise RuntimeError(f"{report.measures} measures seeded into a vault without them")
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
        measures=report.measures, measured_clients=report.measured_clients,
        build_seconds=round(elapsed, 1), version=version,
    )
    meta = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(big).items()}
    (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    work.rename(final)
    if log:
        size = (final / "vault" / DB_NAME).stat().st_size / 1e6
        print(f"built {final} in {elapsed:.1f} s ({size:.0f} MB)", file=sys.stderr)
    return big


def check_measures(vault: Vault, report: bulk_seed.SeedReport) -> None:
    """The seeded measures read back through the app: the charts' series, the open flags and the
    search, for the first and the last client followed."""
    weeks = PACKAGES_PER_CLIENT * SESSIONS_PER_PACKAGE
    expected = len(range(0, report.clients, MEASURED_EVERY))
    if report.measures != 2 * weeks * expected or len(report.measured_clients) != expected:
        raise RuntimeError(f"seeded {report.measures} measures for "
                           f"{len(report.measured_clients)} clients, not {expected}")
    journal = vault.journal
    for client_id in (report.measured_clients[0], report.measured_clients[-1]):
        series = journal.measure_series(client_id)
        shape = [(s.name, len(s.points)) for s in series]
        if shape != [("PHQ-9", weeks), ("GAD-7", weeks)]:
            raise RuntimeError(f"the app reads {shape} for a seeded client")
        journal.open_measure_flags(client_id)
        sessions = [p.session_id for p in series[0].points]
        if [len(journal.session_measures(s)) for s in sessions] != [2] * weeks:
            raise RuntimeError("a seeded session does not read back its two measures")
    if not journal.search("PHQ-9", limit=5):
        raise RuntimeError("the seeded measures are not in the search index")


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
    parser.add_argument("--with-measures", action="store_true",
                        help="the vault bench_measures reads (outcome measures for every third client)")
    args = parser.parse_args()
    big = ensure(args.notes, rebuild=args.rebuild, with_measures=args.with_measures)
    print(f"{big.folder}  ({big.clients} clients, {big.notes} notes, built in "
          f"{big.build_seconds} s, {len(big.draft_sessions)} drafts)")


if __name__ == "__main__":
    main()
