"""Security review, findings 8 and 10.

8: changing the policy away from PDL must not open a back door: notes written while PDL was in
   force stay kept ten years after the client's last entry (or until an IVO decision).
10: a PDF password means AES-256 revision 6 (ISO 32000-2), encrypted in memory by pypdf, at
   least ten characters, with a suggested passphrase on offer.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from forensic import add_marked_client
from journal_app.cli.main import run
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, PolicyRefusal
from journal_app.core.retention.erasure import erase_in_journal, erase_preview
from journal_app.core.retention.policy import (
    IvoDecision,
    change_policy,
    clients_kept_under_pdl,
    pdl_expired,
    pdl_kept_notice,
    pending_erasures,
    written_under_pdl,
)
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import LATEST, migrate
from journal_app.core.vault.vault import Vault
from journal_app.export import pdf as pdf_module
from journal_app.export import pdf_styles
from journal_app.export.pdf import export_journal_pdf, render_journal
from journal_app.export.pdf_password import WORDS, check_pdf_password, suggest_password
from support import PASSPHRASE

UTC = dt.UTC
PDL, ERASE = RetentionPolicy.PDL, RetentionPolicy.ERASE_ON_COMPLETION
PASSWORD = "hemligt lösenord 7"


# Finding 8 -------------------------------------------------------------------------------------


def test_the_two_step_bypass_is_refused(vault: Vault) -> None:
    """/tmp/rev/e3.py: PDL, a journal, change to erase-on-completion, erase."""
    journal = vault.journal
    change_policy(journal, PDL)
    client, _ = add_marked_client(journal, "Anna Andersson", "pdlx")
    with pytest.raises(PolicyRefusal):
        erase_in_journal(journal, client.id)
    assert change_policy(journal, ERASE)  # allowed: it governs notes written from now on
    with pytest.raises(PolicyRefusal, match=r"written under the PDL policy.*until 2036-03-02"):
        erase_in_journal(journal, client.id)
    with pytest.raises(PolicyRefusal):
        erase_in_journal(journal, client.id, completed_only=True)
    assert erase_preview(journal, client.id).refusal is not None
    assert len(journal.notes.for_client(client.id)) == 3  # nothing went
    # Its completed package is not offered for erasure under the new policy either.
    assert [p.client_id for p in pending_erasures(journal)] == []
    assert written_under_pdl(vault.db, client.id)
    assert clients_kept_under_pdl(vault.db) == 1


def test_a_client_written_after_the_switch_can_be_erased(vault: Vault) -> None:
    journal = vault.journal
    change_policy(journal, PDL)
    kept, _ = add_marked_client(journal, "Kvar Kvarsson", "kvarord")
    change_policy(journal, ERASE)
    new, _ = add_marked_client(journal, "Ny Nysson", "nyord")
    assert not written_under_pdl(vault.db, new.id)
    assert [p.client_id for p in pending_erasures(journal)] == [new.id]  # control: offered
    assert erase_preview(journal, new.id).refusal is None
    receipt = erase_in_journal(journal, new.id, completed_only=True)
    assert receipt.notes_count == 3
    assert len(journal.notes.for_client(kept.id)) == 3


def test_an_ivo_decision_still_erases(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    change_policy(journal, PDL)
    client, _ = add_marked_client(journal, "Ivo Ivosson", "ivoord")
    change_policy(journal, ERASE)
    clock.advance(dt.timedelta(days=30))
    ivo = IvoDecision("IVO 3.1.2-12345/2026", clock.now().date())
    receipt = erase_in_journal(journal, client.id, ivo=ivo)
    assert receipt.reason.startswith("ivo_decision") and receipt.notes_count == 3
    assert clients_kept_under_pdl(vault.db) == 0  # the marks went with the notes


def test_ten_years_after_the_last_entry_whatever_the_policy(
    vault: Vault, clock: ManualClock
) -> None:
    journal = vault.journal
    change_policy(journal, PDL)
    client, _ = add_marked_client(journal, "Tio Årsson", "tioord")
    clock.advance(dt.timedelta(days=400))
    change_policy(journal, ERASE)
    clock.set(dt.datetime(2036, 3, 2, 23, 59, tzinfo=UTC))  # the last day still kept
    with pytest.raises(PolicyRefusal, match="until 2036-03-02"):
        erase_in_journal(journal, client.id)
    assert pdl_expired(journal) == []
    clock.set(dt.datetime(2036, 3, 3, 0, 1, tzinfo=UTC))
    (expired,) = pdl_expired(journal)  # offered again once the ten years are over
    assert (expired.client_id, expired.keep_until) == (client.id, dt.date(2036, 3, 2))
    assert erase_in_journal(journal, client.id).notes_count == 3


def test_a_correction_written_under_pdl_counts(vault: Vault, clock: ManualClock) -> None:
    """Notes written before PDL are not PDL entries; a correction written under PDL is, and its
    date restarts the ten years."""
    journal = vault.journal
    client, _ = add_marked_client(journal, "Före Försson", "foreord")
    other, _ = add_marked_client(journal, "Orörd Orsson", "orordord")
    change_policy(journal, PDL)
    clock.advance(dt.timedelta(days=10))
    session = journal.packages.sessions(client_id=client.id)[0]
    journal.notes.start_correction(session.id)
    journal.notes.save_draft(session.id, "Rättelse skriven under PDL.")
    journal.sign_note(session.id)
    change_policy(journal, ERASE)
    assert written_under_pdl(vault.db, client.id) and not written_under_pdl(vault.db, other.id)
    with pytest.raises(PolicyRefusal, match="until 2036-03-12"):
        erase_in_journal(journal, client.id)
    assert erase_in_journal(journal, other.id).notes_count == 3  # control


def test_a_policy_set_by_import_marks_too(vault: Vault) -> None:
    """Interchange import and vault creation write the setting directly; the trigger sees it."""
    journal = vault.journal
    journal.settings.set_raw("retention_policy", PDL.value)
    client, _ = add_marked_client(journal, "Import Isson", "importord")
    journal.settings.set_raw("retention_policy", ERASE.value)
    with pytest.raises(PolicyRefusal):
        erase_in_journal(journal, client.id)


def test_the_cli_says_pdl_journals_stay_kept(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    change_policy(vault.journal, PDL)
    add_marked_client(vault.journal, "Cli Clisson", "cliord")
    assert pdl_kept_notice(vault.db) is None  # under PDL itself there is nothing to add
    vault.lock()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(["--vault", str(vault.folder), "policy", "--set", "erase"]) == 0
    out = capsys.readouterr().out
    assert "Policy changed" in out
    assert "1 client(s) have notes written under the PDL policy: they stay kept" in out


# The migration: notes written before V7, marked from the policy changes in the access log.

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


# Finding 10 ------------------------------------------------------------------------------------


def _readable_streams(data: bytes) -> int:
    """Streams that inflate without a key: every one of them, unencrypted; none, encrypted."""
    readable = 0
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            zlib.decompress(match.group(1))
        except zlib.error:
            continue
        readable += 1
    return readable


def test_the_pdf_is_aes_256_revision_6_and_opens_only_with_the_password(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Zlatana Qwertyson", "pdfq")
    rendered, _ = render_journal(vault.journal, client.id, password=PASSWORD)
    reader = PdfReader(io.BytesIO(rendered.data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/Filter"], encrypt["/V"], encrypt["/R"]) == ("/Standard", 5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert reader.decrypt("fel lösenord!") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt(PASSWORD) == PasswordType.USER_PASSWORD
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "pdfqaord" in text and "Zlatana Qwertyson" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Journal – Zlatana Qwertyson"
    assert reader.metadata.author == "Samtalsmottagningen"
    assert len(reader.pages) == rendered.pages
    # Nothing readable in the file without the password; the control (no password) is.
    assert b"Samtalsmottagningen" not in rendered.data and b"Zlatana" not in rendered.data
    assert _readable_streams(rendered.data) == 0
    plain = render_journal(vault.journal, client.id)[0].data
    assert b"Samtalsmottagningen" in plain and _readable_streams(plain) > 5
    assert "pdfqaord" in PdfReader(io.BytesIO(plain)).pages[0].extract_text()


def test_the_hand_patched_encryption_is_gone() -> None:
    assert not hasattr(pdf_styles, "Aes256Encryption")
    assert "pyaes" not in sys.modules or not any(
        getattr(m, "pyaes", None) for m in (pdf_styles, pdf_module))


def test_a_short_password_is_refused_and_nothing_written(vault: Vault, tmp_path: Path) -> None:
    client, _ = add_marked_client(vault.journal, "Kort Kortsson", "kortord")
    out = tmp_path / "kort.pdf"
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        export_journal_pdf(vault.journal, client.id, out, password="123456789")
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        export_journal_pdf(vault.journal, client.id, out, password="")
    assert not out.exists()
    check_pdf_password("1234567890")  # control: ten is enough
    export_journal_pdf(vault.journal, client.id, out, password="1234567890")
    assert out.exists()


def test_only_encrypted_bytes_reach_the_disk(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[bytes] = []
    real = pdf_module.write_atomic

    def spy(path: Path, data: bytes) -> None:
        written.append(data)
        real(path, data)

    monkeypatch.setattr(pdf_module, "write_atomic", spy)
    client, _ = add_marked_client(vault.journal, "Disk Disksson", "diskord")
    out = tmp_path / "ut" / "j.pdf"
    out.parent.mkdir()
    export_journal_pdf(vault.journal, client.id, out, password=PASSWORD)
    assert len(written) == 1 and written[0] == out.read_bytes()
    assert PdfReader(io.BytesIO(written[0])).is_encrypted
    assert sorted(p.name for p in out.parent.iterdir()) == ["j.pdf"]


def test_the_cli_refuses_a_short_password(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client, _ = add_marked_client(vault.journal, "Cli Kortsson", "clikort")
    vault.lock()
    out = tmp_path / "cli.pdf"
    argv = ["--vault", str(vault.folder), "export-pdf", "--client", client.id, "--out",
            str(out), "--pdf-password-stdin"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\nkort\n"))
    assert run(argv) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    assert not out.exists()


def test_the_cli_can_suggest_the_password(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client, _ = add_marked_client(vault.journal, "Cli Förslag", "cliforslag")
    vault.lock()
    out = tmp_path / "cli.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(["--vault", str(vault.folder), "export-pdf", "--client", client.id, "--out",
                str(out), "--suggest-pdf-password"]) == 0
    (password,) = re.findall(r"^PDF password: (\S+)$", capsys.readouterr().out, re.M)
    reader = PdfReader(out)
    assert reader.decrypt(password) == PasswordType.USER_PASSWORD
    assert "cliforslagaord" in reader.pages[0].extract_text()


def test_suggested_passwords_are_readable_and_random() -> None:
    seen = {suggest_password() for _ in range(50)}
    assert len(seen) == 50
    for password in seen:
        *words, digits = password.split("-")
        assert len(words) == 4 and all(word in WORDS for word in words)
        assert re.fullmatch(r"\d{4}", digits)
        check_pdf_password(password)
    assert len(set(WORDS)) == len(WORDS) == 256 and all(w.isascii() for w in WORDS)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_opens_it_with_the_password(vault: Vault, tmp_path: Path) -> None:
    client, _ = add_marked_client(vault.journal, "Poppler Popplersson", "poppord")
    out = tmp_path / "p.pdf"
    export_journal_pdf(vault.journal, client.id, out, password=PASSWORD)
    good = subprocess.run(["pdftotext", "-upw", PASSWORD, str(out), "-"],
                          capture_output=True, text=True, check=False)
    assert good.returncode == 0 and "poppordaord" in good.stdout
    bad = subprocess.run(["pdftotext", "-upw", "fel lösenord", str(out), "-"],
                         capture_output=True, text=True, check=False)
    assert bad.returncode != 0 and "poppordaord" not in bad.stdout
