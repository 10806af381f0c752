"""What an unlock reads never scans a table that grows with the notes.

Everything after key derivation (opening the vault, the unlock notices: billing purge, backup
reminder, PDL expiry, due erasures; the client list) is traced, and SQLite's own query plan of
every statement is checked: a table that grows with the notes (notes, their revisions, sessions,
the access log, the search index) may only be searched through an index, never scanned. Tables
that grow with the clients (clients, their summaries, packages, billing records) may be read
whole: the client list shows every client.
"""

from __future__ import annotations

import re
from pathlib import Path

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

GROWS_WITH_NOTES = {"notes", "note_revisions", "sessions", "audit_log", "search_index",
                    "search_index_content", "search_pending"}
# A SEARCH without USING (an index, the rowid) is a scan too: SQLite plans min(x) over a column
# without an index that way.
SCAN = re.compile(r"\b(?:SCAN (\w+)|SEARCH (\w+)(?! USING))")
NAMED = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", re.IGNORECASE)
NOT_ALIASES = {"WHERE", "ON", "JOIN", "LEFT", "INNER", "CROSS", "GROUP", "ORDER", "LIMIT",
               "USING", "UNION", "NATURAL", "HAVING", "AS"}


def tables_by_alias(sql: str) -> dict[str, str]:
    """The plan names a table by its alias where the statement gives one."""
    names: dict[str, str] = {}
    for table, alias in NAMED.findall(sql):
        names[table] = table
        if alias and alias.upper() not in NOT_ALIASES:
            names[alias] = table
    return names


def seeded(folder: Path, clock: ManualClock, policy: RetentionPolicy) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, practice_name="M", kdf_policy=FAST_KDF,
                            retention_policy=policy, clock=clock)
    journal = vault.journal
    for number in range(3):
        client = journal.clients.add(f"Klient {number}")
        package = journal.packages.add(client.id, name="P", sessions_total=2,
                                       purchased="2026-01-05", price_ore=100_000)
        for day in (17, 24):
            session = journal.packages.add_session(package.id, f"2026-01-{day}T09:00",
                                                   SessionStatus.HELD)
            journal.notes.save_draft(session.id, f"anteckning {number} {day}")
            journal.sign_note(session.id)
    vault.lock()


def unlock_statements(folder: Path, clock: ManualClock) -> list[str]:
    statements: list[str] = []
    vault = Vault.unlock(folder, PASSPHRASE, clock=clock)
    try:
        vault.db.conn.set_trace_callback(statements.append)
        vault.journal.unlock_notices()
        vault.journal.client_list()
        vault.db.conn.set_trace_callback(None)
        return statements
    finally:
        vault.lock()


def scans_of(folder: Path, clock: ManualClock, statements: list[str]) -> dict[str, set[str]]:
    """Each table a statement scans, with the statements that scan it."""
    found: dict[str, set[str]] = {}
    vault = Vault.unlock(folder, PASSPHRASE, clock=clock)
    try:
        with vault.db.read() as conn:
            for sql in statements:
                if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue  # writes are by rowid or key; SQLite's trigger lines start "--"
                names = tables_by_alias(sql)
                for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall():
                    if (match := SCAN.search(row[-1])) is not None:
                        alias = match.group(1) or match.group(2)
                        table = names.get(alias, alias)
                        found.setdefault(table, set()).add(f"{row[-1]} in: {' '.join(sql.split())}")
    finally:
        vault.lock()
    return found


def test_an_unlock_searches_what_grows_with_the_notes_only_through_indexes(
    tmp_path: Path, clock: ManualClock
) -> None:
    for policy in (RetentionPolicy.PDL, RetentionPolicy.ERASE_ON_COMPLETION):
        folder = tmp_path / policy.value
        seeded(folder, clock, policy)
        statements = unlock_statements(folder, clock)
        assert len(statements) > 5  # the control: the trace saw the unlock's reads
        scans = scans_of(folder, clock, statements)
        assert "clients" in scans or "client_summary" in scans  # the control: a scan is seen
        assert {t: s for t, s in scans.items() if t in GROWS_WITH_NOTES} == {}
