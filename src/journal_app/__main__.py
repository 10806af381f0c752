"""Entry point: a subcommand runs the CLI; no subcommand opens the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from journal_app.core.hardening import disable_core_dumps


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args, _command_names):
        from journal_app.ui.app import run_app

        return run_app(args)
    from journal_app.cli.main import run

    return run(args)


def _command_names() -> set[str]:
    # Imported only when a positional argument needs it: the CLI's modules (ReportLab and
    # more) would otherwise slow every start of the desktop app (bench/bench_ui.py).
    from journal_app.cli.main import command_names

    return command_names()


def wants_gui(args: list[str], commands: Callable[[], set[str]]) -> bool:
    """The GUI opens when no subcommand is named (`journal-app`, `journal-app --vault DIR`)."""
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
            return arg not in commands()
    return True


if __name__ == "__main__":
    sys.exit(main())
