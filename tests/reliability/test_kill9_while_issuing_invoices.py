"""kill -9 of a process that keeps issuing invoices (and now and then a credit note), at random
moments, some inside the issuing transaction: after every kill the numbers in the vault run
without a gap from the series start, every number the process reported is there for the
invoice it reported, none is used twice, and the series goes on from the next number."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from _support import child_env, count

from invoicing_support import PRACTICE
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.domain.invoicing import InvoiceKind
from journal_app.core.vault.vault import VAULT_FILES, Vault
from support import PASSPHRASE

KILLS = 20
START = int(PRACTICE["series_start"])

CHILD = '''
import sys
from pathlib import Path
from journal_app.core.vault.vault import Vault

folder, client_id = Path(sys.argv[1]), sys.argv[2]
journal = Vault.unlock(folder, sys.stdin.readline().rstrip("\\n")).journal
print("ready", flush=True)
n = 0
while True:
    package = journal.add_package(client_id, name=f"Paket {n}", sessions_total=1,
                                  purchased="2026-03-01", price_ore=1000 + n).package_id
    invoice = journal.issue_invoice(client_id, package_id=package).invoice
    print(f"issued {invoice.number} {package}", flush=True)
    if n % 5 == 4:
        credit = journal.credit_invoice(invoice.number).invoice
        print(f"credited {credit.number} {package}", flush=True)
    n += 1
'''


def run_child_until_killed(folder: Path, client_id: str, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), client_id], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=child_env())
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline() == "ready\n", child.stderr.read()
    lines = [child.stdout.readline() for _ in range(rng.randrange(0, 5))]
    time.sleep(rng.uniform(0, 0.004))  # land anywhere inside the next transaction
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    lines += child.stdout.read().splitlines(keepends=True)
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    assert all(line.startswith(("issued ", "credited ")) for line in lines), lines
    return lines


def test_kill_9_while_issuing_loses_and_reuses_no_invoice_number(vault: Vault,
                                                                 vault_dir: Path) -> None:
    journal = vault.journal
    journal.update_practice(PRACTICE)
    client_id = journal.add_client("Krasch Testsson", address="Gatan 1").client_id or ""
    vault.lock()
    rng = random.Random(20261204)
    reported: dict[int, tuple[str, str]] = {}  # number -> (kind, package id)
    mid_write_kills = 0
    for _ in range(KILLS):
        for line in run_child_until_killed(vault_dir, client_id, rng):
            word, number, package = line.split()
            assert int(number) not in reported, f"number {number} reported twice"
            reported[int(number)] = (word, package)
        count("kill -9 while issuing invoices")
        if (vault_dir / "journal.db-journal").exists():
            mid_write_kills += 1
        reopened = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            report = verify_read_only(reopened.folder, reopened.data_key)
            assert report.sound, report.problems
            stored = reopened.journal.invoices()
            numbers = [i.number for i in stored]
            assert numbers == list(range(START, START + len(numbers))), "a gap in the series"
            for number, (word, package) in reported.items():
                invoice = reopened.journal.invoice(number)
                kind = InvoiceKind.INVOICE if word == "issued" else InvoiceKind.CREDIT_NOTE
                assert (invoice.kind, invoice.package_id) == (kind, package)
            # Every package has at most one invoice in force, and the next number follows on.
            in_force = [i.package_id for i in stored
                        if i.kind is InvoiceKind.INVOICE and i.credited_by_number is None]
            assert len(in_force) == len(set(in_force))
            if stored:
                preview_next = reopened.journal.repos.invoices.next_number(START)
                assert preview_next == numbers[-1] + 1
        finally:
            reopened.lock()
        assert sorted(os.listdir(vault_dir)) == sorted(VAULT_FILES)
    assert len(reported) >= KILLS  # the children did issue, so the kills landed among writes
    assert mid_write_kills > 0  # and some landed inside a transaction (a hot journal was left)
