"""What schema V5 and the faster search and client list changed (bench/bench_core.py measures
them): index entries replaced by rowid, autosave re-indexing deferred to the next search, the
ranking window, and the client list giving the same answers as before.

Raw SQL here only inspects the index, the way a reviewer would."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.facade import Journal
from journal_app.core.storage import search
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.vault import Vault

CORE = Path(search.__file__).parent
# The only modules that may write index entries themselves: search.py (everyone else calls
# search.index_entry, which keeps the rowid pointers), the migrations, and the bulk seeder,
# which hands out rowids and pointers together.
INDEX_WRITERS = {"search.py", "schema.py", "schema_scale.py", "bulk_seed.py"}
T0 = "2025-06-01T08:00:00+00:00"


def held_session(journal: Journal, name: str = "Åsa Öberg") -> tuple[str, str]:
    client = journal.clients.add(name)
    package = journal.packages.add(client.id, name="Paket", sessions_total=3,
                                   purchased="2026-01-10")
    session = journal.packages.add_session(package.id, "2026-01-12T10:00", SessionStatus.HELD)
    return client.id, session.id


def index_rows(journal: Journal, ref_id: str) -> list[tuple[int, str]]:
    """Each entry of the owner with the words the index holds for it, sorted (the index keeps
    words, not text: FTS5's own vocabulary table reads them)."""
    with journal.db.read() as conn:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words"
                     " USING fts5vocab(main, 'search_index', 'instance')")
        rowids = [r[0] for r in conn.execute(
            "SELECT rowid FROM search_index WHERE ref_id = ?", (ref_id,))]
        return [(rowid, " ".join(sorted({r[0] for r in conn.execute(
            "SELECT term FROM temp.search_words WHERE doc = ?", (rowid,))})))
            for rowid in rowids]


def test_autosave_defers_the_index_and_search_catches_up(vault: Vault) -> None:
    journal = vault.journal
    _cid, sid = held_session(journal)
    note = journal.notes.save_draft(sid, "Första utkastet om kanelbullar")
    assert [h.session_id for h in journal.search("kanelbull")] == [sid]
    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)
    journal.notes.save_draft(sid, "Andra utkastet om blåbärspaj")
    vault.db.conn.set_trace_callback(None)
    assert statements, "the trace saw nothing: the check below would pass vacuously"
    assert not [s for s in statements if "search_index" in s]
    # The next search re-indexes first: the new text is found, the old one is gone.
    assert [h.session_id for h in journal.search("blåbärs")] == [sid]
    assert journal.search("kanelbull") == []
    rows = index_rows(journal, note.id)
    assert len(rows) == 1 and "blåbärspaj" in rows[0][1]


def test_entry_is_replaced_in_place_by_its_rowid(vault: Vault) -> None:
    journal = vault.journal
    cid, sid = held_session(journal)
    note = journal.notes.save_draft(sid, "ett")
    journal.search("ett")
    (before,) = index_rows(journal, note.id)
    for text in ("två", "tre", "fyra"):
        journal.notes.save_draft(sid, text)
        journal.search(text)
    assert index_rows(journal, note.id) == [(before[0], "fyra")]
    journal.clients.update(cid, name="Åsa Lindström")
    (client_row,) = index_rows(journal, cid)
    assert client_row[1] == "lindström åsa"
    assert [h.kind for h in journal.search("lindström")] == ["client"]


def test_a_freed_rowid_is_never_overwritten(vault: Vault) -> None:
    """An erase removes entries by rowid and may leave a stale pointer; FTS5 may hand that rowid
    to someone else. Re-indexing must then add a new entry, not overwrite the other one."""
    journal = vault.journal
    _cid, sid = held_session(journal)
    note = journal.notes.save_draft(sid, "min anteckning")
    journal.search("min")
    (old_rowid, _) = index_rows(journal, note.id)[0]
    _other, other_sid = held_session(journal, "Björn Ek")
    with vault.db.write() as conn:
        search.remove_entry(conn, old_rowid)
        conn.execute("INSERT INTO search_index (rowid, kind, ref_id, body)"
                     " VALUES (?, 'note', 'someone-else', 'främmande text')", (old_rowid,))
    journal.notes.save_draft(sid, "ny anteckning")
    assert [h.session_id for h in journal.search("ny anteckning")] == [sid]
    assert index_rows(journal, "someone-else") == [(old_rowid, "främmande text")]
    assert [h.session_id for h in journal.search("främmande")] == []  # no such note
    assert other_sid not in [h.session_id for h in journal.search("ny")]


def test_only_search_py_writes_index_entries() -> None:
    pattern = re.compile(r"(INSERT\s+INTO|UPDATE)\s+search_index\s*\(?\s*(rowid|kind|SET)",
                         re.IGNORECASE)
    writers = {p.name for p in CORE.rglob("*.py") if pattern.search(p.read_text("utf-8"))}
    assert "search.py" in writers  # the control: the scan does find a writer
    assert writers <= INDEX_WRITERS


def test_ranking_window_keeps_clients_first_and_the_newest_notes(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = vault.journal
    client_id, _ = held_session(journal, "Sömnig Klient")
    package = journal.packages.active(client_id)
    assert package is not None
    sessions = []
    for day in range(1, 7):
        session = journal.packages.add_session(package.id, f"2026-02-0{day}T10:00")
        journal.notes.save_draft(session.id, f"sömn anteckning nummer {day}")
        sessions.append(session.id)
    full = journal.search("sömn")
    assert full[0].kind == "client" and len(full) == 7
    monkeypatch.setattr(search, "RECENT_WINDOW", 3)
    hits = journal.search("sömn", limit=3)
    assert [h.session_id for h in hits if h.kind == "note"] == list(reversed(sessions))[:3]
    assert journal.search("anteckning nummer 2") != []  # few matches: everything is ranked


def test_client_list_answers_are_unchanged(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    journal.settings.update(late_cancellation_counts=True)
    first = journal.clients.add("Anna Andersson")
    old = journal.packages.add(first.id, name="Gammalt", sessions_total=1, purchased="2025-01-01")
    s = journal.packages.add_session(old.id, "2025-01-02T09:00", SessionStatus.HELD)
    journal.notes.save_draft(s.id, "klar")
    assert journal.sign_note(s.id).completed is not None
    new = journal.packages.add(first.id, name="Nytt", sessions_total=4, purchased="2025-06-01")
    journal.packages.add_session(new.id, "2025-06-02T09:00", SessionStatus.HELD)
    journal.packages.add_session(new.id, "2025-06-09T09:00", SessionStatus.LATE_CANCELLED)
    journal.packages.add_session(new.id, "2025-06-16T09:00", SessionStatus.CANCELLED)
    journal.packages.add_session(new.id, "2027-01-05T09:00", SessionStatus.PLANNED)
    journal.clients.add("Bertil Utanpaket")
    summaries = {c.name: c for c in journal.client_list()}
    anna = summaries["Anna Andersson"]
    assert (anna.package_name, anna.sessions_counted, anna.sessions_total) == ("Nytt", 2, 4)
    assert anna.last_session == dt.datetime(2025, 6, 2, 9, 0)  # held: not cancelled, not planned
    assert anna.awaiting_erase  # the completed package still holds its signed note
    bertil = summaries["Bertil Utanpaket"]
    assert (bertil.package_name, bertil.sessions_counted, bertil.last_session) == (None, 0, None)
    assert [c.name for c in journal.client_list()] == ["Anna Andersson", "Bertil Utanpaket"]
    journal.settings.update(late_cancellation_counts=False)
    assert journal.client_list()[0].sessions_counted == 1
    pdl = journal.clients.summaries(RetentionPolicy.PDL)
    assert not pdl[0].awaiting_erase


def test_v5_gives_older_entries_their_pointers(tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / "journal.db"
    db = Database(connect(path, os.urandom(32), create=True), path)
    try:
        migrate(db, target=4)
        with db.write() as conn:  # what the app wrote before V5
            conn.execute("INSERT INTO clients (id, name, created_at) VALUES ('c1', 'Åsa', ?)", (T0,))
            conn.execute("INSERT INTO packages (id, client_id, name, sessions_total, purchased,"
                         " created_at) VALUES ('p1', 'c1', 'P', 5, '2025-06-01', ?)", (T0,))
            conn.execute("INSERT INTO sessions (id, package_id, client_id, start, status,"
                         " created_at) VALUES ('s1', 'p1', 'c1', '2025-06-02T09:00', 'held', ?)",
                         (T0,))
            conn.execute("INSERT INTO notes (id, session_id, client_id, created_at)"
                         " VALUES ('n1', 's1', 'c1', ?)", (T0,))
            conn.execute("INSERT INTO note_revisions (note_id, revision, body, saved_at)"
                         " VALUES ('n1', 1, 'gammal text', ?)", (T0,))
            conn.execute("INSERT INTO search_index (kind, ref_id, client_id, body)"
                         " VALUES ('client', 'c1', 'c1', 'Åsa '), ('note', 'n1', 'c1', 'gammal text')")
        migrate(db)
        journal = Journal(db, clock)
        with db.read() as conn:
            pointers = conn.execute(
                "SELECT (SELECT search_rowid FROM clients), (SELECT search_rowid FROM notes)"
            ).fetchone()
        assert None not in pointers
        journal.notes.save_draft("s1", "ny text")
        assert [h.session_id for h in journal.search("ny")] == ["s1"]
        assert journal.search("gammal") == []
        assert len(index_rows(journal, "n1")) == 1
    finally:
        db.close()


def test_the_client_list_shows_the_running_package(vault: Vault) -> None:
    """The package new sessions go to (the oldest open one), not merely the newest bought; with
    every package completed, the newest completed one."""
    journal = vault.journal
    client = journal.clients.add("Ali Olsson")
    running = journal.packages.add(client.id, name="Paket fyra", sessions_total=4,
                                   purchased="2026-01-05")
    journal.packages.add_session(running.id, "2026-01-06T10:00", SessionStatus.HELD)
    journal.packages.add(client.id, name="Nytt paket", sessions_total=5, purchased="2026-02-20")
    (summary,) = journal.client_list()
    assert (summary.package_name, summary.sessions_counted, summary.sessions_total) == (
        "Paket fyra", 1, 4)
    assert journal.packages.active(client.id).id == running.id  # the same one sessions go to
    other = journal.clients.add("Bo Klar")
    for n, bought in enumerate(("2025-01-01", "2025-06-01")):
        package = journal.packages.add(other.id, name=f"Klart {n}", sessions_total=1,
                                       purchased=bought)
        s = journal.packages.add_session(package.id, f"{bought}T10:00", SessionStatus.HELD)
        journal.notes.save_draft(s.id, "klart")
        journal.sign_note(s.id)
    bo = {c.name: c for c in journal.client_list()}["Bo Klar"]
    assert bo.package_name == "Klart 1"
