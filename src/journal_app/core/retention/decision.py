"""Erase decisions: whether a client's notes go now, under which policy, with what reason, what
goes and what stays, and any refusal. Decided here once per flow and handed to the UI and the
CLI (`EraseDecision`), which show it and ask; they never derive it from settings themselves.

Where a decision travels: with a completed package (`PackageCompleted.decision`, the prompt
that opens on completion), with every erase still due at unlock (`pending_erasures`), and for
an erase a client asks for (`Journal.erase_decision`). The erase itself (erasure.py) records
the same reason (`erase_reason`).
"""

from __future__ import annotations

from journal_app.core.domain.models import EraseDecision, EraseReason, Package, RetentionPolicy
from journal_app.core.retention.policy import (
    Due,
    IvoDecision,
    PendingErasure,
    bookkeeping_keep_until,
    expired_billing_records,
    pdl_expired,
    pdl_refusal,
    today,
)
from journal_app.core.storage.repositories import Repositories


def erase_reason(
    repos: Repositories, client_id: str, policy: RetentionPolicy, packages: list[Package], *,
    completed_only: bool, ivo: IvoDecision | None,
) -> EraseReason:
    """The receipt's reason: IVO's decision; under PDL the end of the ten years, or no
    journal entry at all (nothing was kept, so no retention period ended); else the package
    completed (the completed packages, or every package is), or the client's request."""
    if ivo is not None:
        return EraseReason.IVO_DECISION
    if policy is RetentionPolicy.PDL:
        kept = repos.retention.last_entry(client_id) is not None
        return EraseReason.PDL_RETENTION_ENDED if kept else EraseReason.NO_JOURNAL_ENTRIES
    if packages and (completed_only or all(p.completed for p in packages)):
        return EraseReason.PACKAGE_COMPLETED
    return EraseReason.CLIENT_REQUEST


def decide(
    repos: Repositories, client_id: str, policy: RetentionPolicy, *,
    completion: bool = False, completed_only: bool | None = None,
    ivo: IvoDecision | None = None, postponed: bool = False,
) -> EraseDecision:
    """The decision for one client under `policy` (read once by the caller).

    `completion`: a package of the client completed (the prompt on completion, or raised again
    at unlock): due under erase-on-completion, and only the completed packages' notes go.
    Otherwise the client asked for the erase: due, and everything goes unless
    `completed_only`."""
    only = completion if completed_only is None else completed_only
    client = repos.clients.get(client_id)
    packages = repos.packages.for_client(client_id)
    chosen = [p for p in packages if p.completed] if only else packages
    chosen_ids = {p.id for p in chosen}
    notes = sum(1 for s in repos.packages.sessions(client_id=client_id)
                if s.package_id in chosen_ids and s.note_state is not None)
    now = today(repos.clock)
    billed = sum(1 for p in chosen if (p.price_ore or 0) > 0
                 and bookkeeping_keep_until(p.purchased) >= now)
    refusal = pdl_refusal(repos, client_id, policy, ivo)
    return EraseDecision(
        client_id=client_id, client_name=client.name, policy=policy, completed_only=only,
        due=policy is RetentionPolicy.ERASE_ON_COMPLETION if completion else True,
        reason=erase_reason(repos, client_id, policy, packages, completed_only=only, ivo=ivo),
        notes=notes, whole_client=len(chosen) == len(packages), billing_records_kept=billed,
        receipt_kept=refusal is None, refusal=None if refusal is None else refusal.message,
        postponed=postponed,
    )


def pending_erasures(
    repos: Repositories, policy: RetentionPolicy, *, postponed_only: bool = False
) -> list[PendingErasure]:
    """Completed packages still holding notes, under the erase-on-completion policy, each with
    its decision: what the app raises again at every unlock (erasures the practitioner
    postponed, and any completed package whose prompt was never answered: the app closed, or
    crashed). A client with notes written under PDL is not offered: PDL's ten years apply
    (pdl_expired)."""
    if policy is not RetentionPolicy.ERASE_ON_COMPLETION:
        return []
    return [
        PendingErasure(p.package_id, p.client_id, p.client_name, p.package_name,
                       p.completed_at, p.postponed_at, p.notes,
                       decide(repos, p.client_id, policy, completion=True,
                              postponed=p.postponed_at is not None))
        for p in repos.retention.completed_unmarked(postponed_only=postponed_only) if p.notes
    ]


def due(repos: Repositories) -> Due:
    """Everything the policy says is due, under the policy read once."""
    policy = repos.settings.retention_policy()
    return Due(
        policy=policy,
        erasures=tuple(pending_erasures(repos, policy)),
        pdl_expired=tuple(pdl_expired(repos, policy)),
        billing_expired=tuple(expired_billing_records(repos)),
    )
