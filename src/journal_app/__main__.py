"""Entry point: a command runs the CLI; no command opens the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from journal_app.core.files.hardening import disable_core_dumps, keep_debuggers_out


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        # Answered before the parser is built (its ~30 commands, the default vault folder):
        # the line the parser's own --version prints, in a few times a bare Python's start
        # (bench/bench_cli.py).
        from journal_app.cli import VERSION

        print(VERSION)
        return 0
    if wants_gui(args):
        return open_app(args)  # the window keeps debuggers out once it is built
    keep_debuggers_out()
    # Imported only now: the CLI's modules (ReportLab and more) would otherwise slow every
    # start of the desktop app (bench/bench_ui.py).
    from journal_app.cli.main import run

    return run(args)


def open_app(args: list[str]) -> int:
    from journal_app.ui.app import run_app

    return run_app(args)


def wants_gui(args: list[str]) -> bool:
    """The GUI opens when no word is given besides the --vault folder (`journal-app`,
    `journal-app --vault DIR`). Any other word goes to the CLI, which runs the command or says
    that no command has that name: a typo must never open a window instead."""
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if arg in ("-h", "--help", "--version"):
            return False
        if arg == "--vault":
            skip_next = True
            continue
        if not arg.startswith("-"):
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
