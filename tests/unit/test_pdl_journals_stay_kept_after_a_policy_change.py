"""Changing the policy away from PDL opens no back door: notes written while PDL was in force
stay kept ten years after the client's last entry whatever the policy is now (or until an IVO
decision); notes written after the switch follow the new policy. The marks come from the
schema's triggers, and for notes older than schema V7 from the policy changes in the log."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from forensic import add_marked_client
from journal_app.cli.main import run
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import PolicyRefusal
from journal_app.core.retention.policy import IvoDecision, change_policy
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import LATEST, migrate
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE

UTC = dt.UTC
PDL, ERASE = RetentionPolicy.PDL, RetentionPolicy.ERASE_ON_COMPLETION


def test_the_two_step_bypass_is_refused(vault: Vault) -> None:
    """PDL, a journal, a change to erase-on-completion, then an erase: refused."""
    journal = vault.journal
    change_policy(journal.repos, PDL)
    client, _ = add_marked_client(journal, "Anna Andersson", "pdlx")
    with pytest.raises(PolicyRefusal):
        journal.erase_client(client.id)
    assert change_policy(journal.repos, ERASE)  # allowed: it governs notes written from now on
    with pytest.raises(PolicyRefusal, match=r"written under the PDL policy.*until 2036-03-02"):
        journal.erase_client(client.id)
    with pytest.raises(PolicyRefusal):
        journal.erase_client(client.id, completed_only=True)
    assert journal.erase_decision(client.id).refusal is not None
    assert len(journal.notes.for_client(client.id)) == 3  # nothing went
    # Its completed package is not offered for erasure under the new policy either.
    assert [p.client_id for p in journal.due().erasures] == []
    assert journal.repos.retention.written_under_pdl(client.id)
    assert journal.pdl_kept_clients() == 1


def test_a_client_written_after_the_switch_can_be_erased(vault: Vault) -> None:
    journal = vault.journal
    change_policy(journal.repos, PDL)
    kept, _ = add_marked_client(journal, "Kvar Kvarsson", "kvarord")
    change_policy(journal.repos, ERASE)
    new, _ = add_marked_client(journal, "Ny Nysson", "nyord")
    assert not journal.repos.retention.written_under_pdl(new.id)
    assert [p.client_id for p in journal.due().erasures] == [new.id]  # control: offered
    assert journal.erase_decision(new.id).refusal is None
    receipt = journal.erase_client(new.id, completed_only=True).receipt
    assert receipt.notes_count == 3
    assert len(journal.notes.for_client(kept.id)) == 3


def test_an_ivo_decision_still_erases(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    change_policy(journal.repos, PDL)
    client, _ = add_marked_client(journal, "Ivo Ivosson", "ivoord")
    change_policy(journal.repos, ERASE)
    clock.advance(dt.timedelta(days=30))
    ivo = IvoDecision("IVO 3.1.2-12345/2026", clock.now().date())
    receipt = journal.erase_client(client.id, ivo=ivo).receipt
    assert receipt.reason.startswith("ivo_decision") and receipt.notes_count == 3
    assert journal.pdl_kept_clients() == 0  # the marks went with the notes


def test_ten_years_after_the_last_entry_whatever_the_policy(
    vault: Vault, clock: ManualClock
) -> None:
    journal = vault.journal
    change_policy(journal.repos, PDL)
    client, _ = add_marked_client(journal, "Tio Årsson", "tioord")
    clock.advance(dt.timedelta(days=400))
    change_policy(journal.repos, ERASE)
    clock.set(dt.datetime(2036, 3, 2, 23, 59, tzinfo=UTC))  # the last day still kept
    with pytest.raises(PolicyRefusal, match="until 2036-03-02"):
        journal.erase_client(client.id)
    assert journal.due().pdl_expired == ()
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=UTC))
    (expired,) = journal.due().pdl_expired  # offered again once the ten years are over
    assert (expired.client_id, expired.keep_until) == (client.id, dt.date(2036, 3, 2))
    assert journal.erase_client(client.id).receipt.notes_count == 3


def test_a_correction_written_under_pdl_counts(vault: Vault, clock: ManualClock) -> None:
    """Notes written before PDL are not PDL entries; a correction written under PDL is, and its
    date restarts the ten years."""
    journal = vault.journal
    client, _ = add_marked_client(journal, "Före Försson", "foreord")
    other, _ = add_marked_client(journal, "Orörd Orsson", "orordord")
    change_policy(journal.repos, PDL)
    clock.advance(dt.timedelta(days=10))
    session = journal.packages.sessions(client_id=client.id)[0]
    journal.notes.start_correction(session.id)
    journal.notes.save_draft(session.id, "Rättelse skriven under PDL.")
    journal.sign_note(session.id)
    change_policy(journal.repos, ERASE)
    marks = journal.repos.retention
    assert marks.written_under_pdl(client.id) and not marks.written_under_pdl(other.id)
    with pytest.raises(PolicyRefusal, match="until 2036-03-12"):
        journal.erase_client(client.id)
    assert journal.erase_client(other.id).receipt.notes_count == 3  # control


def test_a_policy_set_by_import_marks_too(vault: Vault) -> None:
    """Interchange import and vault creation write the setting directly; the trigger sees it."""
    journal = vault.journal
    journal.settings.set_raw("retention_policy", PDL.value)
    client, _ = add_marked_client(journal, "Import Isson", "importord")
    journal.settings.set_raw("retention_policy", ERASE.value)
    with pytest.raises(PolicyRefusal):
        journal.erase_client(client.id)


def test_the_cli_says_pdl_journals_stay_kept(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    change_policy(vault.journal.repos, PDL)
    add_marked_client(vault.journal, "Cli Clisson", "cliord")
    assert vault.journal.pdl_kept_notice() is None  # under PDL itself there is nothing to add
    vault.lock()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(["--vault", str(vault.folder), "policy", "--set", "erase"]) == 0
    out = capsys.readouterr().out
    assert "Policy changed" in out
    assert "1 client(s) have notes written under the PDL policy: they stay kept" in out


# Notes written before schema V7 are marked from the policy changes in the access log.

@pytest.fixture
def v6_db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "journal.db"
    db = Database(connect(path, os.urandom(32), create=True), path)
    migrate(db, target=6)
    yield db
    db.close()


def _old_rows(db: Database, policy: str, changes: list[tuple[str, str]]) -> None:
    """Three notes saved on 1 Feb, 1 Apr and 1 Jun 2025, and the access log's policy changes."""
    with db.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('retention_policy', ?)",
                     (policy,))
        for n, month in enumerate(("02", "04", "06"), start=1):
            at = f"2025-{month}-01T10:00:00+00:00"
            conn.execute("INSERT INTO clients (id, name, created_at) VALUES (?, ?, ?)",
                         (f"c{n}", f"Klient {n}", at))
            conn.execute("INSERT INTO packages (id, client_id, name, sessions_total, purchased,"
                         " created_at) VALUES (?, ?, 'P', 1, '2025-01-01', ?)",
                         (f"p{n}", f"c{n}", at))
            conn.execute("INSERT INTO sessions (id, package_id, client_id, start, status,"
                         " created_at) VALUES (?, ?, ?, ?, 'held', ?)",
                         (f"s{n}", f"p{n}", f"c{n}", at, at))
            conn.execute("INSERT INTO notes (id, session_id, client_id, created_at)"
                         " VALUES (?, ?, ?, ?)", (f"n{n}", f"s{n}", f"c{n}", at))
            conn.execute("INSERT INTO note_revisions (note_id, revision, body, saved_at,"
                         " signed_at) VALUES (?, 1, 'text', ?, ?)", (f"n{n}", at, at))
        for seq, (at, detail) in enumerate(changes, start=1):
            conn.execute("INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash)"
                         " VALUES (?, ?, 'policy_change', ?, '', '')", (seq, at, detail))


def _marked(db: Database) -> list[str]:
    with db.read() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM notes WHERE under_pdl = 1 ORDER BY id")]


@pytest.mark.parametrize(("policy", "changes", "expected"), [
    # PDL from 1 Mar to 1 May: only the April note.
    ("erase_on_completion", [("2025-03-01T00:00:00+00:00", "erase_on_completion->pdl"),
                             ("2025-05-01T00:00:00+00:00", "pdl->erase_on_completion")], ["n2"]),
    # Created under PDL (no log entry for that), left it on 1 May.
    ("erase_on_completion", [("2025-05-01T00:00:00+00:00", "pdl->erase_on_completion")],
     ["n1", "n2"]),
    # Created under PDL and never changed: everything.
    ("pdl", [], ["n1", "n2", "n3"]),
    # Never PDL: nothing (the control).
    ("erase_on_completion", [], []),
    # Switched to PDL on 1 May and still there.
    ("pdl", [("2025-05-01T00:00:00+00:00", "erase_on_completion->pdl")], ["n3"]),
])
def test_the_migration_marks_notes_written_under_pdl(
    v6_db: Database, policy: str, changes: list[tuple[str, str]], expected: list[str]
) -> None:
    _old_rows(v6_db, policy, changes)
    assert migrate(v6_db) == LATEST
    assert _marked(v6_db) == expected
