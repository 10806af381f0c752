"""The journal PDF, read back with pypdf: text, page numbers, metadata, password, robustness,
and that the file is the only thing written."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from journal_app.cli.main import run
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import Client, SessionStatus
from journal_app.core.errors import NotFound, StorageError
from journal_app.core.journal.demo import fictional_personnummer
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.export.fonts import REPLACEMENT, TextCleaner, register_fonts, split_long_line
from journal_app.export.labels import labels_for
from journal_app.export.pdf import (
    JournalData,
    export_journal_pdf,
    load_journal,
    render_journal,
    render_journal_data,
)
from support import PASSPHRASE

NOTES = (
    "Samtalets innehåll\nVi pratade om sömnen och om oro på jobbet.\n\nMående\nBättre än sist.",
    "Klienten berättade om Émile och om sin ångest.\nÖverenskommelse: promenad varje dag.",
    "Fokus på gränser i vardagen; övning med konkreta exempel.",
)


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(data: bytes, password: str | None = None) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    return reader, [words(page.extract_text()) for page in reader.pages]


def add_client(journal: Journal, notes: tuple[str, ...] = NOTES, *, name: str = "Åsa Öberg",
               sign: bool = True) -> Client:
    client = journal.clients.add(name, id_number=fictional_personnummer(random.Random(3)))
    package = journal.packages.add(client.id, name="Samtalspaket 10", sessions_total=10,
                                   purchased="2026-01-05")
    for index, body in enumerate(notes):
        session = journal.packages.add_session(
            package.id, dt.datetime(2026, 1, 12, 10, 0) + dt.timedelta(days=7 * index),
            SessionStatus.HELD,
        )
        journal.notes.save_draft(session.id, body)
        if sign:
            journal.sign_note(session.id)
    return client


def test_every_note_with_swedish_letters_is_in_the_pdf(vault: Vault) -> None:
    client = add_client(vault.journal)
    rendered, replaced = render_journal(vault.journal, client.id)
    _, pages = pdf_text(rendered.data)
    text = " ".join(pages)
    for note in NOTES:
        for line in note.splitlines():
            assert words(line) in text
    assert "Åsa Öberg" in text and client.id_number in text
    assert "Samtalsmottagningen" in text
    assert "2026-01-12 10:00 Genomfört" in text
    assert "Signerad 2026-03-02 09:00" in text
    assert "Utskriven 2026-03-02" in text
    assert replaced == ""


def test_page_numbers_count_every_page(vault: Vault) -> None:
    long_note = "\n".join(f"Rad {n} med å, ä och ö." for n in range(1, 181))
    client = add_client(vault.journal, (long_note, *NOTES))
    rendered, _ = render_journal(vault.journal, client.id)
    reader, pages = pdf_text(rendered.data)
    assert rendered.pages == len(reader.pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in text
    assert "Rad 1 med" in pages[0] and "Rad 180 med å, ä och ö." in " ".join(pages)


def test_english_uses_english_words_and_dates(vault: Vault) -> None:
    client = add_client(vault.journal)
    rendered, _ = render_journal(vault.journal, client.id, language="en")
    _, pages = pdf_text(rendered.data)
    assert "Page 1 of 1" in pages[0]
    assert "2026-01-12 10:00 Held" in pages[0]
    assert "Issued 2026-03-02" in pages[0]
    assert "Sida" not in pages[0]


def test_metadata_names_the_practice(vault: Vault) -> None:
    client = add_client(vault.journal)
    rendered, _ = render_journal(vault.journal, client.id)
    meta = PdfReader(io.BytesIO(rendered.data)).metadata
    assert meta is not None
    assert meta.title == "Journal – Åsa Öberg"
    assert meta.author == "Samtalsmottagningen"
    assert meta.subject == "Kopia av journalen, utlämnad till klienten"
    assert meta.creator == "journal-app"


def test_a_correction_shows_the_earlier_text_and_when(vault: Vault, clock: ManualClock) -> None:
    client = add_client(vault.journal, ("Första lydelsen om ångest.",))
    session = vault.journal.packages.sessions(client_id=client.id)[0]
    clock.advance(dt.timedelta(days=2))
    vault.journal.notes.start_correction(session.id)
    vault.journal.notes.save_draft(session.id, "Rättad lydelse om oro.")
    vault.journal.sign_note(session.id)
    rendered, _ = render_journal(vault.journal, client.id)
    text = " ".join(pdf_text(rendered.data)[1])
    assert "Rättad lydelse om oro. Rättad 2026-03-04 09:00" in text
    assert "Tidigare lydelse, signerad 2026-03-02 09:00" in text
    assert "ersatt 2026-03-04 09:00" in text
    assert "Första lydelsen om ångest." in text


def test_drafts_corrections_in_progress_and_missing_notes_are_marked(vault: Vault) -> None:
    client = add_client(vault.journal, ("Ett utkast.",), sign=False)
    package = vault.journal.packages.for_client(client.id)[0]
    signed = vault.journal.packages.add_session(package.id, "2026-02-01T09:00",
                                                SessionStatus.HELD)
    vault.journal.notes.save_draft(signed.id, "Signerad text.")
    vault.journal.sign_note(signed.id)
    vault.journal.notes.start_correction(signed.id)
    vault.journal.notes.save_draft(signed.id, "Halvfärdig rättelse.")
    vault.journal.packages.add_session(package.id, "2026-02-08T09:00", SessionStatus.HELD)
    vault.journal.packages.add_session(package.id, "2026-02-15T09:00", SessionStatus.CANCELLED)
    text = " ".join(pdf_text(render_journal(vault.journal, client.id)[0].data)[1])
    assert "Ett utkast. Utkast, inte signerat" in text
    assert "Signerad text. Signerad 2026-03-02" in text
    assert "En rättelse pågår" in text and "Halvfärdig" not in text
    assert "2026-02-08 09:00 Genomfört Ingen anteckning." in text
    assert "2026-02-15 09:00 Avbokat" in text


def test_markup_and_control_characters_never_break_the_layout(vault: Vault) -> None:
    client = add_client(vault.journal, ("a < b && c > d <b>inte fet</b> &amp; </para>",))
    data = load_journal(vault.journal, client.id)
    note = next(iter(data.notes.values()))
    # Stored notes are already cleaned; feed the renderer control characters directly.
    dirty = note.current.body + "\nNUL\x00 ESC\x1b BEL\x07 DEL\x7f C1\x85 slut\ttab\u2028rad"
    revision = note.current.__class__(**{**note.current.__dict__, "body": dirty})
    forged = note.__class__(**{**note.__dict__, "revisions": (revision,)})
    rendered, _ = render_journal_data(
        JournalData(**{**data.__dict__, "notes": {forged.session_id: forged}})
    )
    text = " ".join(pdf_text(rendered.data)[1])
    assert "a < b && c > d <b>inte fet</b> &amp; </para>" in text
    assert "NUL ESC BEL DEL C1 slut tab rad" in text


def test_a_character_without_a_glyph_is_replaced_visibly(vault: Vault) -> None:
    client = add_client(vault.journal, ("Hon skrev 中文 i marginalen.",))
    rendered, replaced = render_journal(vault.journal, client.id)
    text = " ".join(pdf_text(rendered.data)[1])
    assert replaced == "U+4E2D, U+6587"
    assert f"Hon skrev {REPLACEMENT}{REPLACEMENT} i marginalen." in text
    assert "U+4E2D, U+6587" in text  # the notice says what was replaced
    assert "中" not in text


def test_text_cleaner_keeps_what_the_font_draws() -> None:
    cleaner = TextCleaner(register_fonts())
    assert cleaner.clean("Åäö É ß € — “x” ½") == "Åäö É ß € — “x” ½"
    assert cleaner.clean("e\u0301") == "é"  # decomposed letters are composed (NFC)
    assert cleaner.clean("bidi\u2066isolate") == "bidiisolate"  # invisible, and no glyph
    assert cleaner.clean("a\ud800b") == f"a{REPLACEMENT}b"  # a lone surrogate
    assert cleaner.markup("<&>  x") == "&lt;&amp;&gt; \u00a0x"
    assert cleaner.replaced == {"\ud800"}
    assert split_long_line("aaa bbb ccc", 8) == ["aaa bbb ", "ccc"]
    assert split_long_line("x" * 10, 4) == ["xxxx", "xxxx", "xx"]


def test_a_huge_note_is_split_across_pages(vault: Vault) -> None:
    huge = "\n".join(f"Rad {n}" for n in range(1, 10_001)) + "\n" + "ord " * 20_000
    client = add_client(vault.journal, (huge,))
    rendered, _ = render_journal(vault.journal, client.id)
    _, pages = pdf_text(rendered.data)
    assert rendered.pages == len(pages) > 100
    assert "Rad 1 " in pages[0] and "Rad 10000" in " ".join(pages[-40:])


def test_a_thousand_sessions_render(vault: Vault) -> None:
    journal = vault.journal
    with journal.db.write():
        client = journal.clients.add("Tusen Samtal")
        package = journal.packages.add(client.id, name="Stort paket", sessions_total=1000,
                                       purchased="2020-01-01")
        for index in range(1000):
            session = journal.packages.add_session(
                package.id, dt.datetime(2020, 1, 1, 9) + dt.timedelta(days=index),
                SessionStatus.HELD,
            )
            journal.notes.save_draft(session.id, f"Anteckning nummer {index + 1} om ångest.")
    rendered, _ = render_journal(journal, client.id)
    reader, pages = pdf_text(rendered.data)
    assert len(reader.pages) == rendered.pages > 20
    text = " ".join(pages)
    assert "Anteckning nummer 1 om ångest." in text
    assert "Anteckning nummer 1000 om ångest." in text
    assert f"Sida {rendered.pages} av {rendered.pages}" in pages[-1]


def test_a_password_protects_the_pdf(vault: Vault) -> None:
    client = add_client(vault.journal)
    rendered, _ = render_journal(vault.journal, client.id, password="hemligt lösen")
    reader = PdfReader(io.BytesIO(rendered.data))
    assert reader.is_encrypted
    assert reader.decrypt("fel lösen") == PasswordType.NOT_DECRYPTED
    opened, pages = pdf_text(rendered.data, password="hemligt lösen")
    assert words(NOTES[1].splitlines()[0]) in " ".join(pages)
    # Strings are encrypted too; each decrypts to exactly the title (no stray padding).
    assert opened.metadata is not None and opened.metadata.title == "Journal – Åsa Öberg"
    plain = PdfReader(io.BytesIO(render_journal(vault.journal, client.id)[0].data))
    assert not plain.is_encrypted  # control: without a password it is not


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_the_pdf_is_the_only_file_written(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch-tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    client = add_client(vault.journal)
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    (target_dir / "annat.txt").write_text("redan här")
    before_target, before_vault = listing(target_dir), listing(vault.folder)
    result = export_journal_pdf(vault.journal, client.id, target_dir / "journal.pdf")
    assert listing(target_dir) - before_target == {"journal.pdf"}
    assert listing(target_dir) >= before_target
    assert listing(vault.folder) == before_vault
    assert listing(scratch) == set()
    assert oct(os.stat(result.path).st_mode & 0o777) == "0o600"
    # Control: the scan does see a file dropped in the temp folder.
    handle, _ = tempfile.mkstemp()
    os.close(handle)
    assert len(listing(scratch)) == 1


def test_export_is_logged_without_names(vault: Vault, tmp_path: Path) -> None:
    client = add_client(vault.journal)
    result = export_journal_pdf(vault.journal, client.id, tmp_path / "j.pdf",
                                password="pw-tio-tecken")
    entries = vault.journal.audit.entries(client_id=client.id, action=str(Action.EXPORT_PDF))
    assert len(entries) == 1
    assert entries[0].detail == f"pages={result.pages} encrypted=yes"
    assert "Åsa" not in entries[0].detail


def test_unknown_client_or_missing_folder_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_journal_pdf(vault.journal, "nobody", tmp_path / "x.pdf")
    client = add_client(vault.journal)
    with pytest.raises(StorageError):
        export_journal_pdf(vault.journal, client.id, tmp_path / "missing" / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert not [name for name in listing(tmp_path) if name.endswith((".pdf", ".tmp"))]
    assert not vault.journal.audit.entries(client_id=client.id, action=str(Action.EXPORT_PDF))


def test_dates_and_money_per_language() -> None:
    sv, en = labels_for("sv"), labels_for("en")
    # The same unambiguous ISO 8601 form in both languages, as in the app.
    assert sv.date(dt.date(2026, 11, 25)) == en.date(dt.date(2026, 11, 25)) == "2026-11-25"
    assert sv.date_time(dt.datetime(2026, 5, 1, 8, 5)) == "2026-05-01\u00a008:05"
    assert en.date_time(dt.datetime(2026, 5, 1, 20, 5)) == "2026-05-01\u00a020:05"
    assert sv.money(450050) == "4\u00a0500,50\u00a0kr"
    assert en.money(450050) == "SEK 4,500.50"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d\u00a0\d\d:\d\d", en.date_time(dt.datetime.now(dt.UTC)))


def test_cli_export_pdf_with_a_password(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = add_client(vault.journal)
    vault.lock()
    out = tmp_path / "cli.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\nklientens lösen\n"))
    argv = ["--vault", str(vault.folder), "export-pdf", "--client", client.id, "--out",
            str(out), "--pdf-password-stdin", "--language", "en"]
    assert run(argv) == 0
    assert "AES-256" in capsys.readouterr().out
    _, pages = pdf_text(out.read_bytes(), password="klientens lösen")
    assert "Page 1 of 1" in pages[0]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(argv[:-3]) == 2  # the file exists: refused without --force
    assert "already exists" in capsys.readouterr().err
