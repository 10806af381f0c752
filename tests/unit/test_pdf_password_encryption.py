"""A journal PDF with a password: AES-256 revision 6 (ISO 32000-2), encrypted in memory by
pypdf so only encrypted bytes reach the disk, a password of at least ten characters, and a
suggested passphrase on offer (also from the CLI)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from forensic import add_marked_client
from journal_app.cli.main import run
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export import pdf as pdf_module
from journal_app.export import pdf_styles
from journal_app.export.pdf import export_journal_pdf, render_journal
from journal_app.export.pdf_password import WORDS, check_pdf_password, suggest_password
from support import PASSPHRASE

PASSWORD = "hemligt lösenord 7"


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
