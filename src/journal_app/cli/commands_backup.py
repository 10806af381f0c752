"""backup, backups, restore, log, recovery-key.

The core is imported inside each command (see commands_vault); ReportLab only when
recovery-key writes its sheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journal_app.cli.prompt import open_vault, read_secret


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write one encrypted backup file of the vault")
    backup.add_argument("--to", type=Path, default=None, metavar="FILE",
                        help="the backup file or a folder (default: the backup folder setting)")
    backup.set_defaults(func=cmd_backup)

    backups = sub.add_parser("backups", help="list the backups this vault has written")
    backups.set_defaults(func=cmd_backups)

    restore = sub.add_parser("restore", help="restore a backup into a vault folder, after "
                             "checking it; an existing vault is kept beside it")
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.add_argument("--vault", dest="restore_vault", type=Path, default=None, metavar="DIR",
                         help="where to restore (default: the vault folder)")
    restore.add_argument("--yes", action="store_true",
                         help="replace an existing vault there (it is kept, renamed)")
    restore.add_argument(
        "--accept-erased-may-return", action="store_true", dest="accept_unverified_erasures",
        help="restore even when no record of the erasures made after the backup can be read"
        " (the vault it came from is lost or damaged): clients erased since then come back"
        " and must be erased again",
    )
    restore.set_defaults(func=cmd_restore)

    log = sub.add_parser("log", help="show the access log (newest first)")
    log.add_argument("--client", default=None, metavar="ID", help="only this client's entries")
    log.add_argument("--action", default=None, metavar="ACTION", help="only this action")
    log.add_argument("--since", default=None, metavar="DATE", help="from this date (YYYY-MM-DD)")
    log.add_argument("--export", type=Path, default=None, metavar="FILE",
                     help="write the entries as CSV instead (plaintext: keep the file safe)")
    log.set_defaults(func=cmd_log)

    key = sub.add_parser("recovery-key", help="replace the recovery key (the old one stops "
                         "working) and print the new one")
    key.add_argument("--sheet", type=Path, default=None, metavar="FILE.pdf",
                     help="also write the printable recovery-key sheet here")
    key.set_defaults(func=cmd_recovery_key)


def cmd_backup(args: argparse.Namespace) -> int:
    from journal_app.core.backup.backup import create_backup
    from journal_app.core.errors import VaultDamaged
    from journal_app.core.messages import message
    from journal_app.core.vault.vault import DB_NAME

    vault = open_vault(args)
    try:
        record = create_backup(vault, args.to)
    except VaultDamaged as exc:
        if exc.path != vault.folder / DB_NAME:
            raise
        reason = exc.fields.get("reason", exc.reason)
        raise VaultDamaged(exc.path, message("cli.vault_itself_damaged", reason=reason)) from None
    finally:
        vault.lock()
    print(f"Backed up to {record.path} ({record.size // 1024} KiB, SHA-256 {record.sha256}).")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from journal_app.core.backup.backup import carry_erasures, list_backups
    from journal_app.core.domain.clock import utc_iso

    vault = open_vault(args)
    try:
        # Backups marked as holding erased data are cleaned now if they can be reached.
        carry_erasures(vault)
        records = list_backups(vault.journal)
    finally:
        vault.lock()
    for r in records:
        flags = [] if r.reachable else ["not reachable"]
        if r.holds_erased:
            flags.append("holds erased data")
        print(f"{r.id}\t{utc_iso(r.created_at)}\t{r.path}\t{', '.join(flags) or 'ok'}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.core.backup.restore import describe, restore_backup
    from journal_app.core.errors import VaultExists

    target = args.restore_vault or args.vault
    prompt = "Recovery key of the backup: " if args.recovery_key else "Passphrase of the backup: "
    secret = read_secret(prompt)
    try:
        result = restore_backup(args.source, target, secret, by_recovery=args.recovery_key,
                                overwrite=args.yes,
                                accept_unverified_erasures=args.accept_unverified_erasures)
    except VaultExists:
        raise VaultExists(target) from None
    print(describe(result))
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    import datetime as dt

    from journal_app.core.backup.verify import describe_gap
    from journal_app.core.domain.clock import utc_iso
    from journal_app.core.errors import InvalidInput
    from journal_app.core.journal.log_export import export_log_csv

    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since).replace(tzinfo=dt.UTC)
        except ValueError:
            raise InvalidInput("cli.since_not_a_date", value=args.since) from None
    vault = open_vault(args)
    try:
        if args.export is not None:
            count = export_log_csv(vault.journal, args.export, client_id=args.client)
            print(f"Wrote {count} entries to {args.export}. The file is not encrypted.")
            return 0
        entries = vault.journal.access_log(client_id=args.client, action=args.action,
                                           since=since, limit=10_000_000)
        chain = vault.journal.verify_access_log()
    finally:
        vault.lock()
    for e in entries:
        print(f"{e.seq}\t{utc_iso(e.at)}\t{e.action}\t{e.client_id or '-'}\t{e.detail}")
    # Checked against the record beside the vault: a log cut at its end is still a chain.
    for gap in chain.gaps:
        print(f"journal-app: access log: {describe_gap(gap)}.", file=sys.stderr)
    if chain.first_break is not None:
        print(f"journal-app: the access log's chain breaks at entry {chain.first_break}; "
              "it has been altered.", file=sys.stderr)
    return 0 if chain.intact else 1


def cmd_recovery_key(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        new_key = vault.replace_recovery_key()
        # Shown before the sheet is written: a failed write must not leave the key unknown.
        print("The old recovery key no longer opens this vault, but backups made before now still")
        print("open with it (and through them the vault): make a new backup and delete the older")
        print("ones if someone may know the old key. Your new recovery key (shown only now;")
        print("print it or write it down and keep it locked away):")
        print(f"    {new_key}", flush=True)
        if args.sheet is not None:
            from journal_app.export.recovery_sheet import save_recovery_sheet

            save_recovery_sheet(
                args.sheet, new_key, vault_id=vault.header.vault_id,
                practice_name=vault.journal.vault_settings().practice_name,
                issued=vault.clock.now(),
            )
            print(f"The printable sheet is in {args.sheet}.")
    finally:
        vault.lock()
    return 0
