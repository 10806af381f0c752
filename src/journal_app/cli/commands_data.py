"""import and export in the open interchange format (docs/interchange.md).

The exporter is imported inside each command (see commands_vault)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journal_app.cli.prompt import open_vault


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import", help="import clients and notes from a journal-app/1 JSON file (all records "
        "are checked first; nothing is imported if one is bad)",
    )
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=cmd_import)
    exp = sub.add_parser("export", help="export the whole vault as journal-app/1 JSON "
                         "(plaintext: keep the file safe)")
    exp.add_argument("file", type=Path)
    exp.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    exp.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from journal_app.export.interchange import import_from_file

    vault = open_vault(args)
    try:
        summary = import_from_file(vault.journal, args.file)
    finally:
        vault.lock()
    print(summary)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from journal_app.export.interchange import PLAINTEXT_WARNING, export_to_file

    vault = open_vault(args)
    try:
        count = export_to_file(vault.journal, args.file, overwrite=args.overwrite)
    finally:
        vault.lock()
    noun = "client" if count == 1 else "clients"
    print(f"Exported {count} {noun} to {args.file}.")
    print(f"Warning: {PLAINTEXT_WARNING}")
    return 0
