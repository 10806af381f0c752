"""Reading secrets: from the terminal without echo, or one line from stdin when piped.

Never from arguments or the environment, where other processes and shell history see them."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

# Imported when a secret is read, not to build the parser (`journal-app --help`).
if TYPE_CHECKING:
    from journal_app.core.vault.vault import Vault


def read_secret(prompt: str) -> str:
    from journal_app.core.errors import InvalidInput

    what = prompt.strip(" :")
    not_text = InvalidInput("cli.secret_not_text", what=what.lower())
    try:
        line = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    except UnicodeDecodeError:
        raise not_text from None
    except EOFError:  # Ctrl+D at the terminal's prompt
        raise InvalidInput("cli.secret_missing", what=what.lower()) from None
    if not line and not sys.stdin.isatty():
        raise InvalidInput("cli.secret_expected", what=what)
    try:
        # A UTF-8 locale reads undecodable bytes as lone surrogates (surrogateescape): such a
        # secret could never be typed again, and the key derivation would fail on it.
        line.encode("utf-8")
    except UnicodeEncodeError:
        raise not_text from None
    return line.rstrip("\r\n")


def read_new_passphrase() -> str:
    from journal_app.core.errors import InvalidInput

    first = read_secret("New passphrase: ")
    if sys.stdin.isatty() and read_secret("Repeat the passphrase: ") != first:
        raise InvalidInput("cli.passphrases_differ")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    from journal_app.core.messages import ENGLISH
    from journal_app.core.vault.vault import Vault

    if args.recovery_key:
        vault = Vault.unlock_with_recovery(args.vault, read_secret("Recovery key: "))
    else:
        vault = Vault.unlock(args.vault, read_secret("Passphrase: "))
    # What the unlock found (a header repaired from its copy, journal.db older than its record
    # and the erasures applied again): one line each on stderr, before the command's output.
    from journal_app.cli.main import one_line  # main imports the commands, which import this

    for notice in vault.notices:
        print(f"journal-app: {one_line(notice.render(ENGLISH))}", file=sys.stderr)
    return vault
