"""init, verify, passwd, clients, demo.

The core is imported inside each command, never at the top: `journal-app --help` and
`--version` register every command and must not pay for the core's cryptography
(bench/bench_cli.py; tests/unit/test_cli_imports_only_what_it_uses.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.cli.prompt import open_vault, read_new_passphrase, read_secret

if TYPE_CHECKING:
    from journal_app.core.backup.verify import VerifyReport
    from journal_app.core.vault.vault import Vault

# The RetentionPolicy values (core/domain/models.py), as strings: that module is not imported
# to build the parser.
POLICIES = {"erase": "erase_on_completion", "pdl": "pdl"}
# Commands that create a vault: they read a new passphrase, so --recovery-key has no meaning.
CREATES_A_VAULT = frozenset({"init", "demo"})


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="create a new vault")
    _vault_options(init)
    init.set_defaults(func=cmd_init)

    verify = sub.add_parser("verify", help="check the vault: exit 0 sound, 1 damaged, 2 wrong "
                            "passphrase or usage")
    verify.set_defaults(func=cmd_verify)

    passwd = sub.add_parser("passwd", help="set a new passphrase (the data is not rewritten)")
    passwd.set_defaults(func=cmd_passwd)

    clients = sub.add_parser("clients", help="list client ids and names")
    clients.add_argument("--archived", action="store_true", help="include archived clients")
    clients.set_defaults(func=cmd_clients)

    demo = sub.add_parser("demo", help="create a vault filled with fictional clients")
    _vault_options(demo)
    demo.add_argument("--clients", type=int, default=12, help="how many (default 12)")
    demo.set_defaults(func=cmd_demo)


def _vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--practice-name", default="", help="shown in PDF headers")
    parser.add_argument(
        "--policy", choices=sorted(POLICIES), default="erase",
        help="erase: notes erased when a package is completed (default); "
        "pdl: patient journal under Patientdatalagen, kept 10 years",
    )


def _create(args: argparse.Namespace) -> Vault:
    from journal_app.core.domain.models import RetentionPolicy
    from journal_app.core.vault.vault import Vault

    passphrase = read_new_passphrase()
    vault, recovery_key = Vault.create(
        args.vault, passphrase, practice_name=args.practice_name,
        retention_policy=RetentionPolicy(POLICIES[args.policy]),
    )
    print(f"Created the vault in {args.vault}.")
    print("Your recovery key (shown only now; print it or write it down and keep it locked away;")
    print("it opens the vault if the passphrase is forgotten):")
    print(f"    {recovery_key}")
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    _create(args).lock()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from journal_app.core.journal.demo import fill_demo_vault

    vault = _create(args)
    try:
        count = fill_demo_vault(vault.journal, clients=max(1, min(args.clients, 10_000)))
    finally:
        vault.lock()
    print(f"Added {count} fictional clients.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Read-only: no migration, no log entry, nothing written into a vault being checked."""
    from journal_app.core.backup.verify import VerifyReport, check_header_copies
    from journal_app.core.errors import VaultDamaged
    from journal_app.core.vault.vault import derive_recovery_unlock_key, derive_unlock_key

    try:
        if args.recovery_key:
            key = derive_recovery_unlock_key(args.vault, read_secret("Recovery key: "))
        else:
            key = derive_unlock_key(args.vault, read_secret("Passphrase: "))
    except VaultDamaged as exc:  # e.g. both header copies damaged: report what can be seen
        report = VerifyReport()
        check_header_copies(args.vault, report)
        if str(exc) not in report.problems:
            report.problems.append(str(exc))
        return _print_report(report)
    return _print_report(verify_read_only(key.folder, key.data_key))


def verify_read_only(folder: Path, data_key: bytes) -> VerifyReport:
    """The core's read-only check, imported when verify runs (a name of this module, so that a
    test can stand in for it)."""
    from journal_app.core.backup import verify

    return verify.verify_read_only(folder, data_key)


def _print_report(report: VerifyReport) -> int:
    for line in report.checked:
        print(f"ok: {line}")
    for problem in report.problems:
        for line in problem.splitlines():  # SQLite's structure report comes one tree a line
            print(f"DAMAGED: {line}", file=sys.stderr)
    print("The vault is sound." if report.sound else "The vault is damaged.")
    return 0 if report.sound else 1


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        vault.change_passphrase(read_new_passphrase())
    finally:
        vault.lock()
    print("The passphrase is changed.")
    return 0


def cmd_clients(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        rows = vault.journal.client_list(include_archived=args.archived)
    finally:
        vault.lock()
    for row in rows:
        progress = f"{row.sessions_counted}/{row.sessions_total}" if row.sessions_total else "-"
        print(f"{row.id}\t{row.name}\t{row.id_number or ''}\t{progress}")
    return 0
