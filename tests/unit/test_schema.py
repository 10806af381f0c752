"""Schema migrations, from every older version to the latest, with data written at that version.

Raw SQL is deliberate here: it plays the part of an older app version writing its own rows."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.errors import VaultDamaged
from journal_app.core.journal.facade import Journal
from journal_app.core.storage import schema
from journal_app.core.storage.audit import GENESIS, Action, entry_hash
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import LATEST, current_version, migrate
from journal_app.core.vault.vault import DB_NAME, Vault
from support import PASSPHRASE

T0 = "2025-06-01T08:00:00+00:00"
T1 = "2025-06-02T09:30:00+00:00"
OLD_TEXT = "Första versionen nämnde kanelbullar"
NEW_TEXT = "Rättad version om blåbärspaj 🫐\nrad två"


@pytest.fixture
def raw_db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "journal.db"
    db = Database(connect(path, os.urandom(32), create=True), path)
    yield db
    db.close()


def write_rows_valid_at(db: Database, version: int) -> None:
    """What an app at `version` would have stored: the rows its schema allowed."""
    with db.write() as conn:
        if version >= 1:
            conn.execute("INSERT INTO settings (key, value) VALUES"
                         " ('late_cancellation_counts', '1'), ('practice_name', 'Mottagningen')")
            conn.execute(
                "INSERT INTO clients (id, name, id_number, id_kind, email, created_at)"
                " VALUES ('c1', 'Åsa Öberg', '19121212-1212', 'personnummer', 'a@b.se', ?)",
                (T0,))
            conn.execute("INSERT INTO clients (id, name, created_at, archived_at)"
                         " VALUES ('c2', 'Arkiverad Person', ?, ?)", (T0, T1))
            conn.execute(
                "INSERT INTO packages (id, client_id, name, sessions_total, purchased, price_ore,"
                " created_at) VALUES ('p1', 'c1', 'Samtalspaket 5', 5, '2025-06-01', 450000, ?)",
                (T0,))
            sessions = "INSERT INTO sessions (id, package_id, client_id, start, status, created_at)"
            conn.execute(f"{sessions} VALUES ('s1', 'p1', 'c1', '2025-06-02T09:00', 'held', ?)",
                         (T0,))
            conn.execute(f"{sessions} VALUES ('s2', 'p1', 'c1', '2025-06-09T09:00',"
                         " 'late_cancelled', ?)", (T0,))
            conn.execute("INSERT INTO notes (id, session_id, client_id, created_at)"
                         " VALUES ('n1', 's1', 'c1', ?)", (T0,))
            revisions = ("INSERT INTO note_revisions (note_id, revision, body, saved_at,"
                         " signed_at, superseded_at)")
            conn.execute(f"{revisions} VALUES ('n1', 1, ?, ?, ?, ?)", (OLD_TEXT, T0, T0, T1))
            conn.execute(f"{revisions} VALUES ('n1', 2, ?, ?, ?, NULL)", (NEW_TEXT, T1, T1))
        if 2 <= version < 11:  # the app kept the index itself from version 2 on
            conn.execute("INSERT INTO search_index (kind, ref_id, client_id, body) VALUES"
                         " ('client', 'c1', 'c1', 'Åsa Öberg 19121212-1212'),"
                         " ('client', 'c2', 'c2', 'Arkiverad Person '),"
                         " ('note', 'n1', 'c1', ?)", (NEW_TEXT,))
        elif version >= 11:  # contentless from V11: no client column, the text given apart
            conn.execute("INSERT INTO search_index (rowid, kind, ref_id, body) VALUES"
                         " (1, 'client', 'c1', 'Åsa Öberg 19121212-1212'),"
                         " (2, 'client', 'c2', 'Arkiverad Person '),"
                         " (3, 'note', 'n1', ?)", (NEW_TEXT,))
        if version >= 3:
            conn.execute("UPDATE packages SET erase_postponed_at = ? WHERE id = 'p1'", (T1,))
            link = ("package_id, ", "'p1', ") if version < 8 else ("", "")  # V8 drops it
            conn.execute(
                f"INSERT INTO billing_records (id, client_id, {link[0]}name, package_name,"
                f" purchased, keep_until) VALUES ('b1', 'c1', {link[1]}'Åsa Öberg',"
                " 'Samtalspaket 5', '2025-06-01', '2032-12-31')")
        if version >= 5:  # from version 5 on, each row points at its index entry
            for table, kind in (("clients", "client"), ("notes", "note")):
                conn.execute(f"UPDATE {table} SET search_rowid = (SELECT rowid FROM search_index"
                             f" WHERE kind = '{kind}' AND ref_id = {table}.id)")
        if version >= 4:
            conn.execute("INSERT INTO backups (id, path, created_at, size, sha256)"
                         " VALUES ('k1', '/backup/a.jvb', ?, 10, 'ab')", (T1,))
    if version >= 3:  # the log as the app wrote it then: before V12 a row kept the previous hash
        at, action = "2025-06-01T08:00:00+00:00", str(Action.OPEN_JOURNAL)
        digest = entry_hash(GENESIS, 1, at, action, "c1", "")
        prev = ("prev_hash, ", "?, ") if version < 12 else ("", "")
        with db.write() as conn:
            conn.execute(f"INSERT INTO audit_log (seq, at, action, client_id, detail, {prev[0]}hash)"
                         f" VALUES (1, ?, ?, 'c1', '', {prev[1]}?)",
                         (at, action, *([GENESIS] if prev[0] else []), digest))


@pytest.mark.parametrize("start", range(LATEST))
def test_migrates_from_every_older_version_keeping_data(raw_db: Database, start: int) -> None:
    assert migrate(raw_db, target=start) == start
    assert current_version(raw_db) == start
    write_rows_valid_at(raw_db, start)

    assert migrate(raw_db) == LATEST
    assert current_version(raw_db) == LATEST
    assert migrate(raw_db) == LATEST  # a second run is a no-op
    clock = ManualClock(dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC))
    journal = Journal(raw_db, clock)

    if start >= 1:
        client = journal.clients.get("c1")
        assert (client.name, client.id_number, client.email) == ("Åsa Öberg", "19121212-1212",
                                                                 "a@b.se")
        assert journal.clients.get("c2").archived
        package = journal.packages.get("p1")
        assert (package.sessions_total, package.price_ore) == (5, 450000)
        assert package.sessions_counted == 2  # the late cancellation counts, as set at v1
        assert (package.erase_postponed_at is not None) == (start >= 3)
        note = journal.notes.for_session("s1")
        assert note is not None and note.state is NoteState.SIGNED
        assert [r.body for r in note.revisions] == [OLD_TEXT, NEW_TEXT]
        assert note.earlier[0].superseded_at is not None
        # Search, added at v2, finds notes written at v1: the current text, not the old one.
        hits = journal.search("blåbärspaj")
        assert [(h.kind, h.client_id, h.session_id) for h in hits] == [("note", "c1", "s1")]
        assert journal.search("kanelbullar") == []
        assert [h.client_id for h in journal.search("Öberg")] == ["c1"]
        assert journal.settings.load().practice_name == "Mottagningen"
        # Changing a client replaces its index entry; no stale copy of the old name is left.
        journal.clients.update("c1", name="Åsa Lindqvist")
        assert journal.search("Öberg") == []
        assert [h.client_id for h in journal.search("Lindqvist")] == ["c1"]
    if start >= 3:
        assert len(journal.audit.entries(action=Action.OPEN_JOURNAL)) == 1
    if start >= 4:
        with raw_db.read() as conn:
            assert conn.execute("SELECT count(*) FROM backups").fetchone()[0] == 1

    # Later features work on the migrated file.
    journal.audit.append(Action.UNLOCK)
    assert journal.audit.verify_chain().intact
    new = journal.clients.add("Ny Klient")
    package = journal.packages.add(new.id, name="Paket", sessions_total=1, purchased="2026-01-01")
    session = journal.packages.add_session(package.id, "2026-01-02T10:00", SessionStatus.HELD)
    journal.notes.save_draft(session.id, "migrerad hallonsylt")
    assert journal.sign_note(session.id).completed is not None
    journal.packages.postpone_erase(package.id)
    assert [h.session_id for h in journal.search("hallonsylt")] == [session.id]
    with raw_db.read() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize("start", [1, LATEST - 1])
def test_note_revisions_become_a_rowid_table_with_a_unique_key(raw_db: Database,
                                                              start: int) -> None:
    """V6: ~1 KB bodies fit in a rowid table's pages; WITHOUT ROWID spilled each into an
    overflow page (bench/bench_core.py). Columns and the (note_id, revision) key are kept."""
    migrate(raw_db, target=start)
    with raw_db.read() as conn:
        before = [r[1] for r in conn.execute("PRAGMA table_info(note_revisions)")]
    write_rows_valid_at(raw_db, start)
    migrate(raw_db)
    with raw_db.read() as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"
                           " AND name = 'note_revisions'").fetchone()[0]
        assert "WITHOUT ROWID" not in sql.upper()
        assert [r[1] for r in conn.execute("PRAGMA table_info(note_revisions)")] == before
        rows = conn.execute("SELECT rowid, note_id, revision, body FROM note_revisions"
                            " ORDER BY revision").fetchall()  # rowid: fails WITHOUT ROWID
        assert [(r[1], r[2], r[3]) for r in rows] == [("n1", 1, OLD_TEXT), ("n1", 2, NEW_TEXT)]
        unique = [r[1] for r in conn.execute("PRAGMA index_list(note_revisions)") if r[2]]
        keys = [[c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")] for name in unique]
        assert ["note_id", "revision"] in keys
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "note_revisions_v6" not in tables
    with pytest.raises(Exception, match="UNIQUE"), raw_db.write() as conn:
        conn.execute("INSERT INTO note_revisions (note_id, revision, body, saved_at)"
                     " VALUES ('n1', 2, 'dubblett', ?)", (T1,))


def test_a_newer_schema_is_refused(raw_db: Database) -> None:
    migrate(raw_db)
    with raw_db.write() as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(VaultDamaged, match="newer version"):
        migrate(raw_db)
    assert current_version(raw_db) == LATEST + 1


def test_a_vault_from_a_newer_app_is_refused_on_unlock(vault: Vault, vault_dir: Path) -> None:
    key = vault.data_key
    vault.lock()
    conn = connect(vault_dir / DB_NAME, key, create=False)
    conn.execute(f"PRAGMA user_version = {LATEST + 7}")
    conn.close()
    with pytest.raises(VaultDamaged, match=f"newer version of the app \\(schema {LATEST + 7}\\)"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_failing_migration_leaves_the_version_and_data_as_they_were(
    raw_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate(raw_db)
    write_rows_valid_at(raw_db, LATEST)
    broken = "CREATE TABLE half_done (x TEXT);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    with pytest.raises(Exception, match="no_such_table"):
        migrate(raw_db, target=LATEST + 1)
    assert current_version(raw_db) == LATEST
    with raw_db.read() as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "clients" in tables


def test_statement_splitter_keeps_semicolons_inside_strings() -> None:
    script = "INSERT INTO t VALUES ('a;b');\nCREATE TABLE u (x);\n"
    assert schema._statements(script) == ["INSERT INTO t VALUES ('a;b');", "CREATE TABLE u (x);"]
