"""The two derived structures of schema V10 and V11 never drift from the data they derive from.

- `client_summary` (kept by triggers) equals the summary computed afresh from the tables, after
  every kind of write: clients added, renamed, archived; packages added, changed, completed,
  their erase postponed; sessions added and their status changed; notes written, signed,
  corrected; a package's notes erased; a whole client erased.
- The contentless search index holds exactly the words of the owners' current text (read with
  FTS5's own vocabulary table and compared with a plain index built afresh from the same text):
  no word of an old draft, a renamed client or an erased note stays behind.
"""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.facade import Journal
from journal_app.core.storage import schema_scale, search
from journal_app.core.vault.vault import Vault

Words = set[tuple[int, str]]


def stored_summaries(journal: Journal) -> list[tuple[object, ...]]:
    with journal.db.read() as conn:
        return sorted(tuple(r) for r in conn.execute(
            f"SELECT {schema_scale._COLUMNS} FROM client_summary").fetchall())


def fresh_summaries(journal: Journal) -> list[tuple[object, ...]]:
    with journal.db.read() as conn:
        return sorted(tuple(r) for r in conn.execute(schema_scale._SUMMARY_OF).fetchall())


def indexed_words(journal: Journal) -> Words:
    with journal.db.read() as conn:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_words"
                     " USING fts5vocab(main, 'search_index', 'instance')")
        return {(r[0], r[1]) for r in conn.execute("SELECT doc, term FROM temp.index_words")}


def expected_words(journal: Journal) -> Words:
    """A plain FTS5 index, same tokenizer, built in memory from each entry's current text."""
    with journal.db.read() as conn:
        entries = [(r[0], search.indexed_text(conn, r[1], r[2])) for r in conn.execute(
            "SELECT rowid, kind, ref_id FROM search_index").fetchall()]
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh USING fts5(body,"
                     " tokenize = 'unicode61 remove_diacritics 0', detail = none)")
        conn.execute("DELETE FROM temp.fresh")
        conn.executemany("INSERT INTO temp.fresh (rowid, body) VALUES (?, ?)", entries)
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh_words"
                     " USING fts5vocab(temp, 'fresh', 'instance')")
        words = {(r[0], r[1]) for r in conn.execute("SELECT doc, term FROM temp.fresh_words")}
        conn.execute("DELETE FROM temp.fresh")
        return words


def check(journal: Journal) -> None:
    assert stored_summaries(journal) == fresh_summaries(journal)
    journal.search("x")  # re-indexes what autosave left stale, as every search does first
    words = indexed_words(journal)
    assert words  # the control: the vocabulary table does read the index
    assert words == expected_words(journal)


def test_summaries_and_index_follow_every_kind_of_write(vault: Vault) -> None:
    journal = vault.journal
    anna = journal.clients.add("Anna Andersson", id_number="19800101-1231")
    bo = journal.clients.add("Bo Berg")
    check(journal)
    first = journal.packages.add(anna.id, name="Första", sessions_total=2, purchased="2026-01-05")
    s1 = journal.packages.add_session(first.id, "2026-01-07T09:00", SessionStatus.HELD)
    journal.notes.save_draft(s1.id, "kanelbullar och oro")
    journal.notes.save_draft(s1.id, "blåbär och sömn")  # the first text must leave the index
    check(journal)
    s2 = journal.packages.add_session(first.id, "2026-01-14T09:00", SessionStatus.PLANNED)
    journal.set_session_status(s2.id, SessionStatus.HELD)
    journal.notes.save_draft(s2.id, "andra samtalet")
    journal.sign_note(s1.id)
    journal.sign_note(s2.id)  # the package completes; its notes await erase
    check(journal)
    journal.clients.update(anna.id, name="Anna Lind")  # the old surname leaves the index
    journal.notes.start_correction(s1.id)
    journal.notes.save_draft(s1.id, "rättad text om ilska")
    check(journal)
    journal.notes.discard_correction(s1.id)
    check(journal)
    second = journal.packages.add(anna.id, name="Andra", sessions_total=3, purchased="2026-02-01")
    journal.packages.add_session(second.id, "2026-02-03T09:00", SessionStatus.LATE_CANCELLED)
    journal.packages.update(second.id, name="Andra paketet", sessions_total=4,
                            purchased="2026-02-01", price_ore=None)
    journal.packages.postpone_erase(first.id)
    check(journal)
    journal.clients.set_archived(bo.id, True)
    check(journal)
    journal.erase_client(anna.id, completed_only=True)  # the completed package's notes go
    check(journal)
    journal.erase_client(anna.id)
    assert all(r[0] != anna.id for r in stored_summaries(journal))
    check(journal)


def test_the_index_holds_no_text(vault: Vault) -> None:
    journal = vault.journal
    client = journal.clients.add("Cilla Ceder")
    package = journal.packages.add(client.id, name="P", sessions_total=1, purchased="2026-01-05")
    session = journal.packages.add_session(package.id, "2026-01-07T09:00", SessionStatus.HELD)
    journal.notes.save_draft(session.id, "hemlig anteckning")
    hits = journal.search("hemlig")
    assert [h.snippet for h in hits if h.kind == "note"] == ["[hemlig] anteckning"]
    with journal.db.read() as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        bodies = conn.execute("SELECT body FROM search_index").fetchall()
    assert "search_index_content" in tables  # the control: the unindexed columns' table
    assert bodies and all(b[0] is None for b in bodies)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("ett två tre", ["två"], "ett [två] tre"),
    (" ".join(f"ord{i}" for i in range(40)) + " målet slut", ["mål"],
     "…ord30 ord31 ord32 ord33 ord34 ord35 ord36 ord37 ord38 ord39 [målet] slut"),
    ("Början med träff och " + " ".join(["mer"] * 30), ["bör"],
     "[Början] med träff och mer mer mer mer mer mer mer mer…"),
])
def test_a_snippet_shows_the_words_around_the_first_match(
    text: str, words: list[str], expected: str
) -> None:
    assert search.snippet(text, words) == expected


def test_the_pdl_mark_and_last_entry_follow_a_policy_change(vault: Vault) -> None:
    journal = vault.journal
    client = journal.clients.add("Dora Dal")
    package = journal.packages.add(client.id, name="P", sessions_total=3, purchased="2026-01-05")
    first = journal.packages.add_session(package.id, "2026-01-07T09:00", SessionStatus.HELD)
    journal.notes.save_draft(first.id, "före bytet")
    check(journal)
    journal.change_policy(RetentionPolicy.PDL)
    second = journal.packages.add_session(package.id, "2026-01-14T09:00", SessionStatus.HELD)
    journal.notes.save_draft(second.id, "under PDL")  # marks the note, and so the client
    journal.sign_note(second.id)
    assert [r[-1] for r in stored_summaries(journal)] == [1]
    check(journal)


def test_the_index_is_merged_once_a_day_at_unlock_and_stays_exact(
    vault: Vault, clock: ManualClock
) -> None:
    journal = vault.journal
    client = journal.clients.add("Eva Ek")
    package = journal.packages.add(client.id, name="P", sessions_total=3, purchased="2026-01-05")
    for day in (17, 24):
        session = journal.packages.add_session(package.id, f"2026-01-{day}T09:00",
                                               SessionStatus.HELD)
        journal.notes.save_draft(session.id, f"samtal {day} om vårdnad")
    journal.search("samtal")  # (each search's re-index is a write of its own: more segments)
    journal.unlock_notices()  # the unlock's maintenance merges the index into one segment
    assert journal.keep_search_merged() is False  # once a day
    check(journal)  # the merged index holds exactly the owners' words
    assert [h.kind for h in journal.search("vårdnad")] == ["note", "note"]
    clock.advance(dt.timedelta(days=1))
    assert journal.keep_search_merged() is True
