"""erase, due, policy: erasing notes for good and what the retention policy says is due.

The core is imported inside each command (see commands_vault)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from journal_app.cli.prompt import open_vault

if TYPE_CHECKING:
    from journal_app.core.backup.backup import CarryReport
    from journal_app.core.retention import policy

# The RetentionPolicy values (core/domain/models.py), as strings: that module is not imported
# to build the parser. A StrEnum member finds its words by its value.
POLICY_NAMES = {"erase": "erase_on_completion", "pdl": "pdl"}
POLICY_WORDS = {
    "erase_on_completion": "erase: notes are erased when the client's package is"
    " completed (GDPR art. 5(1)(e)); billing records kept 7 years (bokföringslagen 7 kap 2 §)",
    "pdl": "pdl: patient journal under Patientdatalagen, kept at least 10 years"
    " after the last entry (3 kap 17 §); destroyed earlier only on IVO's decision (8 kap 4 §)",
}


def register(sub: Any) -> None:
    erase = sub.add_parser(
        "erase", help="erase a client's notes for good (asks for confirmation)",
        description="Erase a client's notes, revisions and drafts for good, with their search"
        " entries; billing records of paid packages are kept as bokföringslagen requires."
        " Under the PDL policy the erase is refused before 10 years after the last entry,"
        " unless IVO decided the destruction (--ivo-decision and --ivo-date).",
    )
    erase.add_argument("--client", required=True, metavar="ID", help="the client's id")
    erase.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    erase.add_argument("--completed-only", action="store_true",
                       help="only the notes of completed packages; the client stays")
    erase.add_argument("--ivo-decision", metavar="REF", help="IVO's reference (diarienummer)")
    erase.add_argument("--ivo-date", metavar="YYYY-MM-DD", help="the date of IVO's decision")
    erase.set_defaults(func=cmd_erase)

    due = sub.add_parser(
        "due", help="completed packages waiting for erasure, billing records past their time",
        description="List what the retention policy says is due. Billing records past their"
        " keeping time are purged after they are listed.",
    )
    due.set_defaults(func=cmd_due)

    pol = sub.add_parser("policy", help="show or change the retention policy (never erases)")
    pol.add_argument("--set", choices=sorted(POLICY_NAMES), dest="new_policy",
                     help="change the policy; logged, and nothing is erased by the change")
    pol.set_defaults(func=cmd_policy)


def _ivo(args: argparse.Namespace) -> policy.IvoDecision | None:
    import datetime as dt

    from journal_app.core.errors import InvalidInput
    from journal_app.core.retention import policy

    if args.ivo_decision is None and args.ivo_date is None:
        return None
    if not args.ivo_decision or not args.ivo_date:
        raise InvalidInput("cli.ivo_incomplete")
    try:
        decided = dt.date.fromisoformat(args.ivo_date)
    except ValueError:
        raise InvalidInput("cli.ivo_not_a_date", value=args.ivo_date) from None
    return policy.IvoDecision(args.ivo_decision, decided)


def _confirm(name: str) -> None:
    from journal_app.core.errors import InvalidInput

    if not sys.stdin.isatty():
        raise InvalidInput("cli.erase_needs_yes")
    print(f"Type the client's name ({name}) or yes to erase for good: ", end="", flush=True)
    answer = sys.stdin.readline().strip()
    if answer.casefold() not in {name.strip().casefold(), "yes"}:
        raise InvalidInput("cli.erase_not_confirmed")


def cmd_erase(args: argparse.Namespace) -> int:
    from journal_app.core.backup.backup import carry_erasures
    from journal_app.core.errors import InvalidInput, PolicyRefusal

    ivo = _ivo(args)
    vault = open_vault(args)
    try:
        journal = vault.journal
        client = journal.client(args.client)
        decision = journal.erase_decision(client.id, completed_only=args.completed_only, ivo=ivo)
        # Refuse under PDL before asking anything: the reason is what the person needs.
        if decision.refusal is not None:
            raise PolicyRefusal(decision.refusal.code, **decision.refusal.fields)
        if args.completed_only and not any(p.completed for p in journal.packages_of(client.id)):
            raise InvalidInput("cli.no_completed_package")
        what = "and the client's data" if decision.whole_client else "of its completed packages"
        print(f"This erases for good {decision.notes} note(s) of {client.name} {what}, with every"
              " revision, draft and search entry. Billing records of paid packages are kept"
              " until the end of the seventh year (bokföringslagen).")
        if not args.yes:
            _confirm(client.name)
        receipt = journal.erase_client(client.id, completed_only=args.completed_only,
                                       ivo=ivo).receipt
        print(f"Erased {receipt.notes_count} note(s) of client {receipt.client_id}; checked:"
              f" nothing refers to them any more. Receipt {receipt.id} ({receipt.reason}).",
              flush=True)
        report = carry_erasures(vault)
    finally:
        vault.lock()
    print(describe_carry(report))
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def describe_carry(report: CarryReport) -> str:
    """What happened to the backups and before-restore folders, in one or two lines."""
    parts = [f"The erased notes were removed from {_count(len(report.updated), 'backup')}"
             if report.updated else "No reachable backup held them"]
    if report.marked:
        parts.append(f"{_count(len(report.marked), 'backup')} not reachable, marked: it is"
                     " cleaned at the next unlock that can reach it ("
                     + ", ".join(report.marked) + ")")
    if report.fallbacks_cleaned:
        parts.append(f"also from {_count(len(report.fallbacks_cleaned), 'before-restore folder')}")
    if report.fallbacks_failed:
        parts.append("could not be carried into " + ", ".join(report.fallbacks_failed)
                     + ": delete that folder once the vault is checked")
    if not report.sidecar_written:
        parts.append("the erasure record beside the vault (erasures.json) could not be"
                     " written; it is retried at the next unlock")
    return "; ".join(parts) + "."


def _print_due(due: policy.Due) -> None:
    print(f"Policy: {POLICY_WORDS[due.policy]}")
    for item in due.erasures:
        state = f"postponed {item.postponed_at:%Y-%m-%d}" if item.postponed_at else "waiting"
        print(f"erase\t{item.client_id}\t{item.client_name}\t{item.package_name}\t"
              f"completed {item.completed_at:%Y-%m-%d}\t{item.notes} note(s)\t{state}")
    for expired in due.pdl_expired:
        print(f"erase (PDL: 10 years over)\t{expired.client_id}\t{expired.client_name}\t"
              f"last entry {expired.last_entry:%Y-%m-%d}\tkept until {expired.keep_until}")
    for record in due.billing_expired:
        print(f"billing record past its time\t{record.name}\t{record.package_name}\t"
              f"{record.purchased}\tkept until {record.keep_until}")
    if due.empty:
        print("Nothing is due.")
    elif due.erasures:
        print("To erase the notes of a client's completed packages (a running package stays):"
              " journal-app erase --client ID --completed-only")


def cmd_due(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        journal = vault.journal
        _print_due(journal.due())
        purged = journal.purge_expired_billing().purged
    finally:
        vault.lock()
    if purged:
        print(f"Purged {purged} billing record(s) past their keeping time.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from journal_app.core.domain.models import RetentionPolicy

    vault = open_vault(args)
    try:
        journal = vault.journal
        if args.new_policy:
            chosen = RetentionPolicy(POLICY_NAMES[args.new_policy])
            if journal.policy() is chosen:
                print("The policy was already that; nothing changed.")
            else:
                journal.change_policy(chosen)
                print("Policy changed (logged); nothing was erased.")
        current = journal.policy()
        kept = journal.pdl_kept_notice()  # journals written under PDL stay kept
    finally:
        vault.lock()
    print(POLICY_WORDS[current])
    if kept:
        print(kept)
    return 0
