"""Billing records: what bokföringslagen needs of a paid package, and nothing about health.

A record is written when the package's client data is about to be erased (erasure.py), as a
snapshot: name, identity number, address, e-mail, phone, package, price, date of purchase. It
never holds a note, a session date or a status; the fact that someone bought a package is
what the accounting already shows. It is kept until 31 December of the seventh year after the
purchase year (bokföringslagen 7 kap 2 §) and then purged by `purge_expired`, which the app
runs at every unlock (Journal.unlock_notices) and `journal-app due` runs too.

Only packages with a price above zero get a record: a free package is no business
transaction, and keeping a name for seven years for it would serve no purpose.

One register, not two: a package invoiced in the app (core/journal/invoicing.py) gets no
billing record, because its invoice already holds the same buyer data and is itself the
bookkeeping record; its credit notes and payments go with it. Invoices are kept by the same
rule (until the end of the seventh year after the latest of the invoice, its credit note and
its payment) and purged here with the billing records. A billing record remains for a paid
package that was never invoiced in the app (invoiced elsewhere, or before invoicing existed).
"""

from __future__ import annotations

from collections.abc import Sequence

from journal_app.core.retention.policy import bookkeeping_keep_until, today
from journal_app.core.storage.audit import Action
from journal_app.core.storage.billing import BillingRecord as BillingRecord  # callers read it here
from journal_app.core.storage.repositories import Repositories


def snapshot_packages(repos: Repositories, client_id: str, package_ids: Sequence[str]) -> int:
    """Inside the caller's transaction: a billing record for each paid package whose keeping
    time is not already over. Returns how many were written. Called once per package: the
    erase that calls it deletes the package in the same transaction."""
    now = today(repos.clock)
    written = 0
    for package_id in package_ids:
        paid = repos.billing.paid_package(client_id, package_id)
        if paid is None or repos.invoices.all(package_id=package_id):
            continue  # nothing paid, or its invoice is the record
        keep_until = bookkeeping_keep_until(paid.purchased)
        if keep_until < now:
            continue
        repos.billing.add(client_id, paid, keep_until)
        written += 1
    return written


def detach_client(repos: Repositories, client_id: str) -> None:
    """The client row is going: the records keep their own copy of the contact data, and lose
    the link, so the id left in the access log and the receipt cannot be tied to a name."""
    repos.billing.detach_client(client_id)
    repos.invoices.detach_client(client_id)


def purge_expired(repos: Repositories) -> int:
    """Delete every record past its keeping time (billing records, invoices and credit notes
    with their lines and payments), logged without names. Returns the count. secure_delete
    zeroes the freed cells, so the purged data leaves no trace in the file."""
    with repos.transaction():
        day = today(repos.clock)
        count = repos.billing.delete_kept_until_before(day)
        invoices = repos.invoices.delete_kept_until_before(day)
        if count:
            repos.audit.append(Action.ERASE, None, f"billing_records_purged={count}")
        if invoices:
            repos.audit.append(Action.ERASE, None, f"invoices_purged={invoices}")
    return count + invoices
