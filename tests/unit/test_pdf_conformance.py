"""Every PDF the app writes, checked by outside tools: qpdf --check (structure), pdffonts (every
font embedded, with a ToUnicode map), pdftotext (Swedish, emoji and right-to-left text come back
in reading order), for the journal, the register extract, the recovery sheet (with and
without a password) and an invoice and a credit note.

qpdf, pdffonts and pdftotext are system tools (Debian: qpdf, poppler-utils; .ci/run installs
them); a test that needs one skips, naming it, when it is missing. The checks that need no
outside tool (no standard-14 font, the file header, the ToUnicode maps) read the file with pypdf
and always run.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import invoice_samples
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journal_app.core.domain.models import SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.export.extract import render_register_extract
from journal_app.export.fonts import to_unicode_cmap
from journal_app.export.invoice_pdf import render_invoice
from journal_app.export.pdf import render_journal
from journal_app.export.recovery_sheet import render_recovery_sheet

PASSWORD = "sol-bro-katt-skog-4721"
SWEDISH = "Vi pratade om sömnen och ångest på jobbet, Åsa tyckte det hjälpte"
EMOJI = "Glad idag 😀 tack"
ARABIC = "مرحبا بك في العيادة اليوم"  # no lam-alef: see test_punctuation_brackets_and_lam_alef
HEBREW = "שלום עולם מה שלומך היום"
LONG_HEBREW = " ".join(["אני מרגיש טוב יותר היום אחרי השיחה הקודמת ואני רוצה להמשיך"] * 3)
MIXED = "Klienten sa שלום och مرحبا idag"
PUNCTUATED = "שלום עולם, מה שלומך היום?"
BRACKETS = "لا إله (في) العيادة"
MISSING = "中文 ܐܒ 🧠"  # CJK, Syriac and an emoji DejaVu Sans lacks
NOTE = "\n".join([SWEDISH, EMOJI, ARABIC, HEBREW, LONG_HEBREW, MIXED, PUNCTUATED, BRACKETS,
                  MISSING])
STANDARD_14 = re.compile(r"^/?(Helvetica|Times|Courier|Symbol|ZapfDingbats)")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install qpdf poppler-utils; "
                    ".ci/run installs them)")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=False)


def make_client(vault: Vault) -> str:
    journal = vault.journal
    client = journal.clients.add("Åsa Öberg", id_number="19121212-1212",
                                 address="Storgatan 1\nתל אביב יפו")
    package = journal.packages.add(client.id, name="Samtalspaket 5", sessions_total=5,
                                   purchased="2026-01-05")
    session = journal.packages.add_session(package.id, dt.datetime(2026, 1, 12, 10, 0),
                                           SessionStatus.HELD)
    journal.notes.save_draft(session.id, NOTE)
    journal.sign_note(session.id)
    return client.id


def sheet() -> bytes:
    return render_recovery_sheet("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", vault_id="0" * 32,
                                 practice_name="Mottagningen Ängen", issued=dt.datetime(
                                     2026, 3, 2, 9, 0, tzinfo=dt.UTC))


def documents(vault: Vault) -> dict[str, tuple[bytes, str | None]]:
    client_id = make_client(vault)
    out: dict[str, tuple[bytes, str | None]] = {
        "recovery-sheet": (sheet(), None),
        "invoice": (render_invoice(invoice_samples.invoice()), None),
        "credit-note": (render_invoice(invoice_samples.credit_note("en")), None),
    }
    renderers: dict[str, Callable[..., tuple[object, str]]] = {
        "journal": render_journal, "extract": render_register_extract}
    for name, render in renderers.items():
        for password in (None, PASSWORD):
            rendered, _ = render(vault.journal, client_id, password=password)
            label = f"{name}-encrypted" if password else name
            out[label] = (rendered.data, password)  # type: ignore[attr-defined]
    return out


@pytest.fixture
def pdfs(vault: Vault, tmp_path: Path) -> dict[str, tuple[Path, str | None]]:
    files = {}
    for name, (data, password) in documents(vault).items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        files[name] = (path, password)
    return files


def password_args(password: str | None, flag: str) -> list[str]:
    return [] if password is None else [f"{flag}{password}"]


def pdftotext(path: Path, password: str | None) -> str:
    result = run(tool("pdftotext"), "-enc", "UTF-8",
                 *(["-upw", password] if password else []), str(path), "-")
    assert result.returncode == 0, result.stderr
    return BIDI_CONTROLS.sub("", result.stdout)


# Outside tools -----------------------------------------------------------------------------


def test_qpdf_finds_no_error(pdfs: dict[str, tuple[Path, str | None]]) -> None:
    qpdf = tool("qpdf")
    for name, (path, password) in pdfs.items():
        result = run(qpdf, "--check", *password_args(password, "--password="), str(path))
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"
        assert "No syntax or stream encoding errors found" in result.stdout, name
        if password:
            assert "PDF Version: 1.7 extension level 8" in result.stdout, name
            assert "R = 6" in result.stdout, name
        else:
            assert "File is not encrypted" in result.stdout, name


def pdffonts_rows(path: Path, password: str | None) -> list[list[str]]:
    result = run(tool("pdffonts"), *(["-upw", password] if password else []), str(path))
    assert result.returncode == 0, result.stderr
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


def test_pdffonts_lists_only_embedded_fonts_with_unicode_maps(
    pdfs: dict[str, tuple[Path, str | None]],
) -> None:
    for name, (path, password) in pdfs.items():
        rows = pdffonts_rows(path, password)
        assert rows, name
        for row in rows:
            emb, _sub, uni = row[-5:-2]
            assert (emb, uni) == ("yes", "yes"), f"{name}: {' '.join(row)}"
            assert "DejaVuSans" in row[0] and not STANDARD_14.match(row[0]), name


def test_pdffonts_would_see_a_font_that_is_not_embedded(tmp_path: Path) -> None:
    """Control: the check above fails on a PDF that uses Helvetica."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica")
    canvas.save()
    path = tmp_path / "helvetica.pdf"
    path.write_bytes(buffer.getvalue())
    row = pdffonts_rows(path, None)[0]
    assert row[0] == "Helvetica" and row[-5] == "no"


@pytest.mark.parametrize("name", ["journal", "journal-encrypted", "extract", "extract-encrypted"])
def test_pdftotext_gives_back_the_text_in_reading_order(
    pdfs: dict[str, tuple[Path, str | None]], name: str
) -> None:
    path, password = pdfs[name]
    text = pdftotext(path, password)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in (SWEDISH, EMOJI, ARABIC, HEBREW, "Åsa Öberg"):
        assert expected in lines, f"{name}: {expected!r} not a line of {lines}"
    # A paragraph wrapped over lines reads from its first line down.
    assert " ".join(LONG_HEBREW.split()) in " ".join(lines)
    # A left-to-right line with Hebrew and Arabic words: the words in the order written.
    # (poppler moves the space at each edge of a right-to-left run into the run; spacing
    # aside, the order is what counts.)
    assert re.sub(r"\s", "", MIXED) in re.sub(r"\s", "", text)
    assert "�" in text  # the visible mark for what the fonts cannot draw


def test_pdftotext_reads_the_recovery_sheet(pdfs: dict[str, tuple[Path, str | None]]) -> None:
    text = pdftotext(*pdfs["recovery-sheet"])
    assert "Återställningsnyckel" in text and "Mottagningen Ängen" in text
    assert all(group in text for group in ["ABCD", "EFGH", "IJKL", "MNOP", "QRST", "UVWX", "YZ23", "4567"])


def test_an_address_line_keeps_its_own_direction(
    pdfs: dict[str, tuple[Path, str | None]],
) -> None:
    lines = [" ".join(line.split()) for line in pdftotext(*pdfs["extract"]).splitlines()]
    assert "Storgatan 1" in lines and "תל אביב יפו" in lines


# pypdf: always run -------------------------------------------------------------------------


def fonts_of(reader: PdfReader) -> list[dict[str, object]]:
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font", {}) if resources else {}
        found.extend(font.get_object() for font in fonts.get_object().values())
    return found


@pytest.mark.parametrize("encrypted", [False, True])
def test_no_standard_font_is_referenced_and_every_map_is_utf16(
    vault: Vault, encrypted: bool
) -> None:
    for name, (data, password) in documents(vault).items():
        if bool(password) != encrypted and name != "recovery-sheet":
            continue
        reader = PdfReader(io.BytesIO(data))
        if password:
            reader.decrypt(password)
        fonts = fonts_of(reader)
        assert fonts, name
        for font in fonts:
            assert not STANDARD_14.match(str(font["/BaseFont"])), f"{name}: {font['/BaseFont']}"
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
            blocks = re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL)
            targets = re.findall(r"<[0-9A-F]+> <([0-9A-F]+)>", "".join(blocks))
            assert targets and all(len(t) % 4 == 0 for t in targets), name
            assert all(int(n) <= 100 for n in re.findall(r"(\d+) beginbfchar", cmap)), name


def test_the_header_matches_the_encryption(vault: Vault) -> None:
    docs = documents(vault)
    for name, (data, password) in docs.items():
        if password is None:
            assert data.startswith(b"%PDF-1.4"), name
            continue
        assert data.startswith(b"%PDF-1.7\n"), name
        reader = PdfReader(io.BytesIO(data))
        assert reader.decrypt(password)
        assert reader.trailer["/Encrypt"]["/R"] == 6
        extension = reader.trailer["/Root"]["/Extensions"]["/ADBE"]
        assert (extension["/BaseVersion"], extension["/ExtensionLevel"]) == ("/1.7", 8)


def test_emoji_and_right_to_left_text_through_pypdf(vault: Vault) -> None:
    data, _ = documents(vault)["journal"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "😀" in text
    # Where an extractor puts a neutral at the end of a right-to-left line ("?") is its own
    # guess; the words and the punctuation between them come back in the order written.
    assert PUNCTUATED.rstrip("?") in text
    assert BRACKETS in text  # mirrored brackets map back to the bracket typed; lam-alef too


def test_the_notice_names_the_scripts_the_fonts_cannot_draw(vault: Vault) -> None:
    client_id = make_client(vault)
    for language, names in (("sv", ("CJK", "syriska", "emoji")),
                            ("en", ("CJK", "Syriac", "emoji"))):
        rendered, replaced = render_journal(vault.journal, client_id, language=language)
        assert replaced == "U+0710, U+0712, U+4E2D, U+6587, U+1F9E0"
        text = " ".join(" ".join(page.extract_text().split())
                        for page in PdfReader(io.BytesIO(rendered.data)).pages)
        assert all(name in text for name in names), (language, text[:400])
        assert replaced in text


def test_to_unicode_cmap_writes_utf16_in_blocks_of_at_most_100() -> None:
    cmap = to_unicode_cmap("AAAAAA+DejaVuSans", [0, 0x20, 0x1F600, 0xFEFB] + [0x41] * 200)
    assert "<02> <D83DDE00>" in cmap  # 😀 as a surrogate pair, not <1F600>
    assert "<03> <06440627>" in cmap  # ﻻ is lam, alef
    assert re.findall(r"(\d+) beginbfchar", cmap) == ["100", "100", "4"]
    assert "<00> <FF>" in cmap
