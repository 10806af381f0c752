"""kill -9 of a process that keeps adding sessions and saving, overwriting and signing their
notes, at random moments (some inside a transaction): after each kill the vault opens, verify
finds it sound, every note the process reported saved is there with its text and signed state,
and the interrupted write leaves no file behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from journal_app.core.backup.verify import verify_read_only
from journal_app.core.vault.vault import VAULT_FILES, Vault
from support import PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"
KILLS = 24

# Shared by the parent (to know what each note must say) and the child (to write it).
NOTE_TEXT = '''
def note_text(n):
    text = f"Anteckning {n}: åäö ÅÄÖ 🌷\\n" + "rad med text\\t" * (n % 40)
    return text + "\\nändrad" if n % 3 == 0 else text
'''

CHILD = NOTE_TEXT + '''
import datetime as dt, sys
from pathlib import Path
from journal_app.core.vault.vault import Vault

folder, package_id, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
journal = Vault.unlock(folder, sys.stdin.readline().rstrip("\\n")).journal
print("ready", flush=True)
while True:
    session = journal.packages.add_session(
        package_id, dt.datetime(2026, 1, 1, 8, 0) + dt.timedelta(minutes=n), "held")
    if n % 3 == 0:  # a draft saved, then overwritten in place
        journal.notes.save_draft(session.id, "först")
    journal.notes.save_draft(session.id, note_text(n))
    if n % 4 == 0:
        journal.sign_note(session.id)
    print(f"committed {n} {session.id}", flush=True)
    n += 1
'''

namespace: dict[str, object] = {}
exec(NOTE_TEXT, namespace)
note_text = cast(Callable[[int], str], namespace["note_text"])


def run_child_until_killed(folder: Path, package_id: str, first: int, rng: random.Random,
                           env: dict[str, str]) -> dict[int, str]:
    """Start a writer, kill it with SIGKILL at a random moment; return what it said it saved."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), package_id, str(first)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=env,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    lines: list[str] = []
    ready = child.stdout.readline()
    assert ready == "ready\n", child.stderr.read()
    for _ in range(rng.randrange(0, 6)):
        line = child.stdout.readline()
        assert line.startswith("committed "), child.stderr.read()
        lines.append(line)
    time.sleep(rng.uniform(0, 0.004))  # land anywhere inside the next transaction
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    lines += child.stdout.read().splitlines(keepends=True)  # flushed before the kill: committed
    child.stdin.close()
    child.stdout.close()
    child.stderr.close()
    committed: dict[int, str] = {}
    for line in lines:
        _word, number, session_id = line.split()
        committed[int(number)] = session_id
    return committed


def test_kill_9_while_saving_loses_nothing_reported_saved(vault: Vault, vault_dir: Path) -> None:
    client = vault.journal.clients.add("Krasch Testsson")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=1000,
                                         purchased="2026-01-01")
    vault.lock()
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    rng = random.Random(20260302)
    saved: dict[int, str] = {}
    next_n = 0
    mid_write_kills = 0
    for _ in range(KILLS):
        committed = run_child_until_killed(vault_dir, package.id, next_n, rng, env)
        saved.update(committed)
        next_n = max([next_n - 1, *committed]) + 1
        # The killed transaction's session may have been written without its note: a later
        # child starts at the next number, so every number maps to one reported session.
        if (vault_dir / "journal.db-journal").exists():
            mid_write_kills += 1
        reopened = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            report = verify_read_only(reopened.folder, reopened.data_key)
            assert report.sound, report.problems
            for n, session_id in saved.items():
                note = reopened.journal.notes.for_session(session_id)
                assert note is not None, f"note {n} was reported saved but is gone"
                assert note.text == note_text(n)
                assert (note.current.signed_at is not None) == (n % 4 == 0)
        finally:
            reopened.lock()
        # The rollback journal of the killed write is gone once the vault was opened again.
        assert sorted(os.listdir(vault_dir)) == sorted(VAULT_FILES)
    assert len(saved) >= KILLS  # the children did write, so the kills did land among writes
    assert mid_write_kills > 0  # and some landed inside a transaction (a hot journal was left)
