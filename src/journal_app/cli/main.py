"""Argument parsing and the one place errors become a single line on stderr.

Building the parser imports no more than argparse, platformdirs and the command modules, which
import the core and the exporters inside their commands: `journal-app --version` and `--help`
start in a few times a bare Python's start (bench/bench_cli.py), and a command loads what it
uses, ReportLab only when it writes a PDF (tests/unit/test_cli_imports_only_what_it_uses.py).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO, cast

from journal_app.cli import (
    VERSION,
    commands_agenda,
    commands_backup,
    commands_data,
    commands_erase,
    commands_export,
    commands_invoice,
    commands_vault,
)
from journal_app.core.files.paths import default_vault_folder

if TYPE_CHECKING:
    from journal_app.core.errors import JournalError

# Each module has register(subparsers); a command sets func(args) -> exit code.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    commands_vault, commands_data, commands_backup, commands_erase, commands_export,
    commands_invoice, commands_agenda,
)

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class UnknownCommand(Exception):
    """A word where the command goes that names no command."""

    def __init__(self, word: str, commands: Iterable[str]) -> None:
        import difflib

        names = sorted(commands)
        close = difflib.get_close_matches(word, names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else "."
        super().__init__(f"unknown command '{one_line(word)}'{hint} The commands are:"
                         f" {', '.join(names)} (`journal-app --help` says what each does).")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # argparse itself finds the command word (after --vault DIR, --vault=DIR, an
        # abbreviated option); its own "invalid choice" names neither the closest command nor
        # a way on, so the unknown command is raised for run() to say.
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            raise UnknownCommand(str(value), action.choices)
        super()._check_value(action, value)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal-app",
        description="An encrypted journal for counsellors and therapists. "
        "With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=VERSION)
    _common_options(parser, vault=True, recovery_key=True, default=None)
    parser.set_defaults(recovery_key=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    # The same options after the command name (`journal-app init --vault DIR`), as the README
    # promises. SUPPRESS: a subcommand that is not given one leaves the value typed before the
    # command alone. restore has its own --vault (where to restore), kept as it is.
    for name, command in sub.choices.items():
        _common_options(command, vault="--vault" not in command._option_string_actions,
                        recovery_key=name not in commands_vault.CREATES_A_VAULT,
                        default=argparse.SUPPRESS)
    return parser


def _common_options(parser: argparse.ArgumentParser, *, vault: bool, recovery_key: bool,
                    default: Any) -> None:
    if vault:
        parser.add_argument("--vault", type=Path, default=default, metavar="DIR",
                            help=f"the vault folder (default: {default_vault_folder()})")
    if recovery_key:
        parser.add_argument(
            "--recovery-key", action="store_true", default=default,
            help="read the recovery key instead of the passphrase (from the terminal or stdin)",
        )


def run(argv: Sequence[str]) -> int:
    _tolerant_output()
    with _reader_may_leave():
        return _run(argv)


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except UnknownCommand as exc:
        print(f"journal-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.vault is None:
        args.vault = default_vault_folder()
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.recovery_key and args.command in commands_vault.CREATES_A_VAULT:
        parser.error(f"{args.command} creates a new vault and reads a new passphrase, never a"
                     " recovery key; leave out --recovery-key. Nothing was changed.")
    # Only now that a command runs: --version and --help end in parse_args, without the core.
    from journal_app.core.errors import JournalError
    from journal_app.core.messages import ENGLISH

    try:
        code: int = args.func(args)
        return code
    except JournalError as exc:
        # The catalogue's English (core/messages/): the CLI speaks English, as its --help does.
        print(f"journal-app: {one_line(exc.render(ENGLISH))}", file=sys.stderr)
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


class _ReaderGone:
    """Stands in for stdout or stderr while a command runs. When the program reading the output
    exits early (`journal-app policy --set pdl | head -1`), the rest of the output is dropped
    and the command runs to its end: a closed pipe must not stop an erase before its backups
    are cleaned, nor a new recovery key before its sheet is written, nor be reported as if
    nothing had changed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone and self.stream is not None:  # None: pythonw, no console at all
            try:
                return self.stream.write(text)
            except BrokenPipeError:
                self._drop_the_rest()
        return len(text)

    def flush(self) -> None:
        if not self.gone and self.stream is not None:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._drop_the_rest()

    def _drop_the_rest(self) -> None:
        self.gone = True
        # Python's advice for SIGPIPE (the signal module's documentation): point the
        # descriptor at devnull, so that the flush at exit does not fail again on what is
        # still buffered ("Exception ignored ... BrokenPipeError").
        try:
            fd = self.stream.fileno()
        except (OSError, ValueError):  # a stream without a descriptor (io.StringIO)
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:  # isatty, encoding, ... of the real stream
        return getattr(self.stream, name)


@contextmanager
def _reader_may_leave() -> Iterator[None]:
    """Exit codes stay the command's own: it ran to its end, so its code tells the truth about
    what was done. Neither Python's 1 nor the shell's 141 (killed by SIGPIPE) would: both
    tell a script the command failed when the policy did change."""
    saved = sys.stdout, sys.stderr
    out, err = _ReaderGone(sys.stdout), _ReaderGone(sys.stderr)
    sys.stdout, sys.stderr = cast(TextIO, out), cast(TextIO, err)
    try:
        yield
    finally:
        out.flush()  # here, not at exit: a block-buffered pipe fails only when flushed
        if out.gone:
            # True however the command ended (its own error line says if it failed).
            print("journal-app: the program reading the output closed it early; the rest was"
                  " not shown, and that did not stop the command.", file=err)
        err.flush()
        sys.stdout, sys.stderr = saved


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
