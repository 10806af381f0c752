"""Argument parsing and the one place errors become a single line on stderr."""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from journal_app import __version__
from journal_app.cli import (
    commands_backup,
    commands_data,
    commands_erase,
    commands_export,
    commands_vault,
)
from journal_app.core.errors import JournalError
from journal_app.core.paths import default_vault_folder

# Each module has register(subparsers); a command sets func(args) -> exit code.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    commands_vault, commands_data, commands_backup, commands_erase, commands_export,
)

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal-app",
        description="An encrypted journal for counsellors and therapists. "
        "With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"journal-app {__version__}")
    parser.add_argument(
        "--vault", type=Path, default=None,
        help=f"the vault folder (default: {default_vault_folder()})",
    )
    parser.add_argument(
        "--recovery-key", action="store_true",
        help="read the recovery key instead of the passphrase (from the terminal or stdin)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.vault is None:
        args.vault = default_vault_folder()
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    _tolerant_output()
    try:
        code: int = args.func(args)
        return code
    except JournalError as exc:
        print(f"journal-app: {one_line(str(exc))}", file=sys.stderr)
        return exit_code_for(exc)
    except OSError as exc:  # a path the system refuses outright (a name too long, a loop)
        where = f" {exc.filename}" if exc.filename else ""
        print(f"journal-app: cannot use{one_line(str(where))}: {exc.strerror or exc}; nothing"
              " was changed.", file=sys.stderr)
        return EXIT_USAGE
    except UnicodeError as exc:  # bytes that are not text, where text was expected
        print(f"journal-app: text could not be read or written ({type(exc).__name__}); standard"
              " input must be UTF-8 text; nothing more was changed.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("journal-app: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except EOFError:  # Ctrl+D at a question
        print("journal-app: no answer was given; nothing more was changed.", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # never a traceback in front of a person
        print(f"journal-app: internal error ({type(exc).__name__}); nothing more was changed.",
              file=sys.stderr)
        return EXIT_INTERNAL


def _tolerant_output() -> None:
    """A name the terminal cannot show (an ASCII-only locale) prints with "?" in its place
    instead of ending the command halfway through its output."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def one_line(text: str) -> str:
    """Control characters shown as escapes: a file name holding a line break must not split
    the one error line (or forge a second one)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", lambda m: ascii(m.group())[1:-1], text)


def exit_code_for(exc: JournalError) -> int:
    from journal_app.core.errors import VaultDamaged

    return EXIT_DAMAGED if isinstance(exc, VaultDamaged) else EXIT_USAGE


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
