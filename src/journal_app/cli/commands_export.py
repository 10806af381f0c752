"""export-pdf and extract: a client's journal, or their register extract, as a PDF.

The passphrase is read first (as for every command); with --pdf-password-stdin the PDF
password follows, from the terminal without echo (asked twice) or as the next line of stdin.
Never from an argument, where other processes and the shell history would see it. With
--suggest-pdf-password the app makes up a passphrase and prints it once, to tell in person.
`journal-app clients` (commands_vault) lists the ids.

ReportLab and the core are imported inside the commands (see commands_vault).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.cli.prompt import open_vault, read_secret

if TYPE_CHECKING:
    from journal_app.export.pdf import ExportResult

# export.labels.LANGUAGES and export.pdf_password.MIN_PDF_PASSWORD, written out: the exporters
# (ReportLab, cryptography) are imported when a PDF is written, not to build the parser
# (tests/unit/test_cli_imports_only_what_it_uses.py checks that the two stay the same).
LANGUAGES = ("sv", "en")
MIN_PDF_PASSWORD = 10


def register(sub: Any) -> None:
    pdf = sub.add_parser(
        "export-pdf", help="write a client's journal as a PDF (to hand to the client)",
        description="Write the client's whole journal (packages, sessions, notes, corrections)"
        " as a PDF. The file is not encrypted unless --pdf-password-stdin is given.",
    )
    _options(pdf)
    pdf.set_defaults(func=cmd_export_pdf)

    extract = sub.add_parser(
        "extract", help="write a client's register extract (GDPR art. 15) as a PDF",
        description="Write everything the vault holds about the client: identity and contact"
        " data, packages, sessions and notes, billing records, erasures and the access log.",
    )
    _options(extract)
    extract.set_defaults(func=cmd_extract)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--client", required=True, metavar="ID",
                        help="the client's id (see `journal-app clients`)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the PDF to write")
    parser.add_argument("--language", choices=LANGUAGES, default="sv",
                        help="the document's language (default: sv)")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--pdf-password-stdin", action="store_true",
                        help="protect the PDF with a password (AES-256, at least"
                        f" {MIN_PDF_PASSWORD} characters), read after the passphrase from the"
                        " terminal or the next line of stdin")
    secret.add_argument("--suggest-pdf-password", action="store_true",
                        help="protect the PDF with a passphrase the app makes up (four words"
                        " and four digits), printed once when the PDF is written")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _check_target(out: Path, force: bool) -> None:
    from journal_app.core.errors import InvalidInput

    if out.is_dir():
        raise InvalidInput("cli.target_is_folder", path=out)
    if out.exists() and not force:
        raise InvalidInput("cli.target_exists", path=out)
    if not out.parent.is_dir():
        raise InvalidInput("cli.no_folder", path=out.parent)


def read_pdf_password() -> str:
    from journal_app.core.errors import InvalidInput
    from journal_app.export.pdf_password import check_pdf_password

    password = read_secret("PDF password: ")
    if not password:
        raise InvalidInput("cli.pdf_password_empty")
    check_pdf_password(password)
    if sys.stdin.isatty() and read_secret("Repeat the PDF password: ") != password:
        raise InvalidInput("cli.pdf_passwords_differ")
    return password


def _run(args: argparse.Namespace, what: str) -> int:
    from journal_app.export.extract import export_register_extract
    from journal_app.export.pdf import export_journal_pdf
    from journal_app.export.pdf_password import suggest_password

    out: Path = args.out.expanduser()
    _check_target(out, args.force)
    vault = open_vault(args)
    try:
        password: str | None = None
        if args.pdf_password_stdin:
            password = read_pdf_password()
        elif args.suggest_pdf_password:
            password = suggest_password()
        export = export_journal_pdf if what == "journal" else export_register_extract
        result: ExportResult = export(vault.journal, args.client, out, language=args.language,
                                      password=password)
    finally:
        vault.lock()
    print(f"Wrote {result.path} ({result.pages} page{'' if result.pages == 1 else 's'}).")
    if result.replaced:
        print(f"Characters the font cannot draw are shown as \ufffd: {result.replaced}.")
    if password is None:
        print("The PDF is not encrypted: keep it safe.")
    else:
        if args.suggest_pdf_password:
            print(f"PDF password: {password}")
        print("The PDF is encrypted (AES-256). Tell the password in person; never send it in"
              " the same e-mail as the file.")
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    return _run(args, "journal")


def cmd_extract(args: argparse.Namespace) -> int:
    return _run(args, "extract")
