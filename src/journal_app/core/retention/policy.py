"""Retention: erase when a package is completed, or keep as a patient journal under PDL.

Two clocks run here, both on the injected Clock:
- PDL 3 kap 17 §: a patient journal is kept at least ten years after its last entry.
- Bokföringslagen 7 kap 2 §: accounting records are kept until the end of the seventh year
  after the calendar year they belong to (a billing record keeps only what that needs).

Nothing in this module erases notes. Changing the policy is logged and changes only what the
app offers from then on; the erase itself lives in erasure.py, behind an explicit confirmation.

A change away from PDL must not open a back door to erasing patient journals: every note written
while PDL was in force carries a mark (notes.under_pdl, set by triggers in schema V7 as the
revision is written), and a client with such a note keeps the ten years whatever the policy
says now. The new policy governs notes written from then on.

The facts come from the repositories (storage/retention_queries.py, the settings, the billing
records); whether a client's erase is due and allowed now is decided in decision.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import EraseDecision, PackageCompleted, RetentionPolicy
from journal_app.core.errors import InvalidInput, PolicyRefusal
from journal_app.core.storage.audit import Action
from journal_app.core.storage.repositories import Repositories

PDL_YEARS = 10
BOOKKEEPING_YEARS = 7
MAX_IVO_REFERENCE = 100


@dataclass(frozen=True)
class IvoDecision:
    """A destruction decided by IVO (PDL 8 kap 4 §): the only early erase under PDL."""

    reference: str
    decided: dt.date

    def __post_init__(self) -> None:
        reference = " ".join(self.reference.split())
        if not reference:
            raise InvalidInput("ivo.reference_missing")
        if ";" in reference or "=" in reference:
            raise InvalidInput("ivo.reference_characters")
        if len(reference) > MAX_IVO_REFERENCE:
            raise InvalidInput("ivo.reference_too_long", limit=MAX_IVO_REFERENCE)
        object.__setattr__(self, "reference", reference)


@dataclass(frozen=True)
class PendingErasure:
    """A completed package whose notes the erase-on-completion policy says to erase."""

    package_id: str
    client_id: str
    client_name: str
    package_name: str
    completed_at: dt.datetime
    postponed_at: dt.datetime | None
    notes: int  # in this package
    decision: EraseDecision  # the erase the prompt offers: every completed package's notes

    @property
    def postponed(self) -> bool:
        return self.postponed_at is not None

    def event(self) -> PackageCompleted:
        """The same event the erase prompt opens on when a package completes."""
        return PackageCompleted(self.package_id, self.client_id, self.client_name,
                                self.package_name, self.decision)


@dataclass(frozen=True)
class PdlExpired:
    """Under PDL: a client whose journal's ten years are over, so the app offers the erase."""

    client_id: str
    client_name: str
    last_entry: dt.datetime
    keep_until: dt.date


@dataclass(frozen=True)
class ExpiredBillingRecord:
    id: str
    name: str
    package_name: str
    purchased: dt.date
    keep_until: dt.date


@dataclass(frozen=True)
class Due:
    policy: RetentionPolicy
    erasures: tuple[PendingErasure, ...]
    pdl_expired: tuple[PdlExpired, ...]
    billing_expired: tuple[ExpiredBillingRecord, ...]

    @property
    def empty(self) -> bool:
        return not (self.erasures or self.pdl_expired or self.billing_expired)


# Dates ----------------------------------------------------------------------------------------


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later; 29 February moves to 1 March, the later date, so a retention
    period is never cut short by a day."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def pdl_keep_until(last_entry: dt.datetime) -> dt.date:
    """The first day the notes may be erased is the day after this one (PDL 3 kap 17 §)."""
    return add_years(last_entry.astimezone(dt.UTC).date(), PDL_YEARS)


def bookkeeping_keep_until(belongs_to: dt.date) -> dt.date:
    """31 December of the seventh year after the calendar year (bokföringslagen 7 kap 2 §)."""
    return dt.date(belongs_to.year + BOOKKEEPING_YEARS, 12, 31)


def today(clock: Clock) -> dt.date:
    return clock.now().astimezone(dt.UTC).date()


# The policy -----------------------------------------------------------------------------------


def change_policy(repos: Repositories, policy: RetentionPolicy) -> bool:
    """Switch policy, logged in the access log. Erases nothing: under the new policy the app
    only offers (and asks to confirm) what it says. Returns False when nothing changed."""
    policy = RetentionPolicy(policy)
    old = repos.settings.retention_policy()
    if old is policy:
        return False
    with repos.transaction():
        repos.settings.set_raw("retention_policy", policy.value)
        repos.audit.append(Action.POLICY_CHANGE, None, f"{old.value}->{policy.value}")
    return True


def pdl_kept_notice(repos: Repositories, policy: RetentionPolicy) -> str | None:
    """What to say after a change away from PDL while PDL journals exist; None otherwise."""
    if policy is RetentionPolicy.PDL:
        return None
    kept = repos.retention.clients_under_pdl()
    if not kept:
        return None
    return (f"{kept} client(s) have notes written under the PDL policy: they stay kept at least"
            " 10 years after their last entry (Patientdatalagen 3 kap 17 §) whatever the policy"
            " is; the new policy governs notes written from now on.")


def pdl_refusal(
    repos: Repositories, client_id: str, policy: RetentionPolicy, ivo: IvoDecision | None,
) -> PolicyRefusal | None:
    """Why PDL forbids erasing this client now, or None: under the PDL policy, or under any
    policy once a note of theirs was written while PDL was in force, until ten years after
    the last entry (unless IVO decided the destruction)."""
    if ivo is not None:
        return None
    under_pdl_now = policy is RetentionPolicy.PDL
    if not under_pdl_now and not repos.retention.written_under_pdl(client_id):
        return None
    last = repos.retention.last_entry(client_id)
    if last is None:
        return None  # no journal entry exists, so there is nothing PDL requires us to keep
    keep_until = pdl_keep_until(last)
    if today(repos.clock) > keep_until:
        return None
    code = "retention.pdl_keep" if under_pdl_now else "retention.pdl_written_keep"
    return PolicyRefusal(code, last=last.date().isoformat(), until=keep_until.isoformat())


def check_erase_allowed(
    repos: Repositories, client_id: str, policy: RetentionPolicy, ivo: IvoDecision | None,
) -> None:
    """Raise PolicyRefusal with the reason when PDL forbids erasing this client now."""
    refusal = pdl_refusal(repos, client_id, policy, ivo)
    if refusal is not None:
        raise refusal


# What is due ----------------------------------------------------------------------------------


def pdl_expired(repos: Repositories, policy: RetentionPolicy) -> list[PdlExpired]:
    """Clients whose notes are past PDL's ten years, so the app offers the erase: every client
    under the PDL policy; under another policy, those with notes written while PDL was in force."""
    only_marked = policy is not RetentionPolicy.PDL
    now = today(repos.clock)
    return [PdlExpired(e.client_id, e.client_name, e.last, pdl_keep_until(e.last))
            for e in repos.retention.last_entries(only_marked=only_marked)
            if now > pdl_keep_until(e.last)]


def expired_billing_records(repos: Repositories) -> list[ExpiredBillingRecord]:
    """Billing records, invoices and credit notes past their keeping time (the next unlock
    purges them); an invoice is named by its number where a record names its package."""
    day = today(repos.clock)
    records = [ExpiredBillingRecord(r.id, r.name, r.package_name, r.purchased, r.keep_until)
               for r in repos.billing.kept_until_before(day)]
    records += [ExpiredBillingRecord(i.id, i.buyer.name, f"#{i.number}", i.issue_date,
                                     i.keep_until)
                for i in repos.invoices.all() if i.keep_until < day]
    return records
