"""Erase a client's notes for good, and check that nothing refers to them afterwards.

Everything happens in ONE transaction (rollback journal, synchronous=FULL): a kill at any
moment leaves the client untouched or fully erased, and running the erase again completes it.
SQLCipher's secure_delete zeroes freed cells and pages; the search index has FTS5's
`secure-delete` option on, so removed entries are overwritten in its segments rather than
shadowed by delete markers. The rollback journal holding the old pages is deleted at commit
(journal_mode=DELETE); the check afterwards makes sure no -journal or -wal file is left.

What goes: the notes of the erased packages with every revision and draft, their search index
rows, the sessions and the packages. When no package of the client is left, the client row
and its search row go too: each paid package first gets a billing record (billing.py) that
holds its own copy of the contact data bokföringslagen needs, so the client row is never
kept just for billing. What stays: an erasure receipt (client id, when, how many notes, policy,
reason; no name, no content) and the access log, whose entries name the client only by its
random id. The log rows are not rewritten (that would break the hash chain); once the client
row is gone that id is a pseudonym.

`erase_client` works on the repositories over any database opened with the vault key: the live
vault or a backup copy. The SQL is storage/erasures.py's; the rules and the order are here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path

from journal_app.core.domain.models import EraseReason as EraseReason  # callers import it here
from journal_app.core.domain.models import ErasureReceipt as ErasureReceipt
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.retention.billing import detach_client, snapshot_packages
from journal_app.core.retention.decision import erase_reason
from journal_app.core.retention.policy import IvoDecision, check_erase_allowed, today
from journal_app.core.storage.audit import Action
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.erasures import ErasureTarget, IndexRows
from journal_app.core.storage.repositories import Repositories


class ErasureIncomplete(JournalError):
    """Something still refers to erased notes; the message says what. Loud on purpose."""


def reason_text(
    reason: EraseReason, ivo: IvoDecision | None, packages: Sequence[str] | None
) -> str:
    """The receipt's reason: `package_completed`, or with details `ivo_decision; ref=...;
    date=...; packages=a,b`. Packages are named only for a partial erase (the client stays),
    so replaying the receipt on a backup copy erases exactly the same."""
    parts = [reason.value]
    if ivo is not None:
        parts += [f"ref={ivo.reference}", f"date={ivo.decided.isoformat()}"]
    if packages is not None:
        parts.append(f"packages={','.join(packages)}")
    return "; ".join(parts)


def parse_reason(text: str) -> tuple[EraseReason, IvoDecision | None, tuple[str, ...] | None]:
    """The inverse of `reason_text`, for replaying a stored receipt."""
    head, *details = text.split("; ")
    try:
        reason = EraseReason(head.strip())
    except ValueError:
        raise InvalidInput("erase.unknown_reason", reason=head) from None
    fields = dict(d.split("=", 1) for d in details if "=" in d)
    ivo = None
    if "ref" in fields and "date" in fields:
        try:
            ivo = IvoDecision(fields["ref"], dt.date.fromisoformat(fields["date"]))
        except ValueError:
            raise InvalidInput("ivo.stored_date_invalid") from None
    packages = tuple(p for p in fields["packages"].split(",") if p) if "packages" in fields \
        else None
    return reason, ivo, packages


def erase_client(
    repos: Repositories,
    client_id: str,
    *,
    reason: EraseReason | str,
    policy: RetentionPolicy,
    ivo: IvoDecision | None = None,
    package_ids: Collection[str] | None = None,
    mark_backups: bool = False,
) -> ErasureReceipt:
    """Erase the client's notes for good: all of them (`package_ids=None`, the client row goes
    too) or those of the given packages. Checked before commit (a failed check rolls the whole
    erase back) and after it. Raises PolicyRefusal under PDL before the ten years unless `ivo`.

    `reason` may also be a stored receipt's reason text (backup copies replay erasures): its
    IVO decision and package list then apply as if passed here. `mark_backups` (the live
    vault) marks every listed backup made until now as holding erased data, in the erase's own
    transaction, so no backup is forgotten whatever happens after the commit."""
    if not isinstance(reason, EraseReason):
        reason, stored_ivo, stored_packages = parse_reason(str(reason))
        ivo = ivo or stored_ivo
        package_ids = stored_packages if package_ids is None else package_ids
    policy = RetentionPolicy(policy)
    if ivo is not None:
        reason = EraseReason.IVO_DECISION
    if ivo is not None and ivo.decided > today(repos.clock):
        raise InvalidInput("ivo.date_in_future")
    if repos.erasures.in_transaction:
        raise InvalidInput("erase.in_transaction")
    now = repos.clock.now()
    with repos.transaction():
        check_erase_allowed(repos, client_id, policy, ivo)
        target = repos.erasures.target(client_id, package_ids)
        billing = snapshot_packages(repos, client_id, target.packages)
        index = repos.erasures.index_rows(target)
        if target.whole_client:
            detach_client(repos, client_id)
        repos.erasures.delete(target, index)
        receipt = ErasureReceipt(
            id=new_id(), client_id=client_id, erased_at=now, notes_count=len(target.notes),
            policy=policy, package_ids=target.packages,
            reason=reason_text(reason, ivo, None if target.whole_client else target.packages),
            whole_client=target.whole_client, billing_records=billing,
        )
        repos.erasures.add_receipt(receipt)
        if mark_backups:
            repos.backups.mark_holding_erased(now)
        repos.audit.append(Action.ERASE, client_id,
                           f"notes={receipt.notes_count} policy={policy.value} {receipt.reason}")
        # Before commit: a failure rolls everything back. A scan found the rows? Scan again.
        _check(repos, target, index, scan_index=index.scanned)
    _check(repos, target, index, scan_index=False)
    check_no_journal_files(repos.database_path)
    return receipt


def _check(repos: Repositories, target: ErasureTarget, index: IndexRows, *,
           scan_index: bool) -> None:
    """Raise ErasureIncomplete naming every place that still refers to the erased notes."""
    left = repos.erasures.left_behind(target, index, scan_index=scan_index)
    if left:
        raise ErasureIncomplete("erase.incomplete", client=target.client_id, left=", ".join(left))


def check_no_journal_files(db_path: Path) -> None:
    """After commit no rollback journal or WAL may hold old pages next to the database."""
    for suffix in ("-journal", "-wal"):
        leftover = Path(f"{db_path}{suffix}")
        if leftover.exists():
            raise ErasureIncomplete("erase.leftover", what=leftover)


def erase(
    repos: Repositories, client_id: str, *, completed_only: bool = False,
    ivo: IvoDecision | None = None,
) -> ErasureReceipt:
    """The erase as the app and the CLI ask for it, under the vault's own policy: the notes of
    the client's completed packages (`completed_only`, the completion prompt), or everything
    (a request under GDPR art. 17, the end of PDL's ten years, or under PDL a client without
    a journal entry: nothing was kept, so the receipt must not say a retention period ended)."""
    policy = repos.settings.retention_policy()
    packages = repos.packages.for_client(client_id)
    ids: list[str] | None = None
    if completed_only:
        ids = [p.id for p in packages if p.completed]
        if not ids:
            raise InvalidInput("erase.nothing_completed")
    reason = erase_reason(repos, client_id, policy, packages, completed_only=completed_only,
                          ivo=ivo)
    return erase_client(repos, client_id, reason=reason, policy=policy, ivo=ivo,
                        package_ids=ids, mark_backups=True)
