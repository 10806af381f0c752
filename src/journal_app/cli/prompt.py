"""Reading secrets: from the terminal without echo, or one line from stdin when piped.

Never from arguments or the environment, where other processes and shell history see them."""

from __future__ import annotations

import argparse
import getpass
import sys

from journal_app.core.errors import InvalidInput
from journal_app.core.vault import Vault


def read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise InvalidInput(f"Expected a line on standard input for: {prompt.strip(' :')}.")
    return line.rstrip("\r\n")


def read_new_passphrase() -> str:
    first = read_secret("New passphrase: ")
    if sys.stdin.isatty() and read_secret("Repeat the passphrase: ") != first:
        raise InvalidInput("The two passphrases differ; nothing was changed.")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    if args.recovery_key:
        return Vault.unlock_with_recovery(args.vault, read_secret("Recovery key: "))
    return Vault.unlock(args.vault, read_secret("Passphrase: "))
