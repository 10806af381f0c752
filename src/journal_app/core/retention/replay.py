"""Apply again, inside a database opened with the vault key, the erasures the vault recorded:
in a backup copy, a restored database, a before-restore folder, or the live journal.db when it
turned out older than its record (rollback.py).

Each receipt whose client (or, for a partial erase, one of whose packages) the copy still holds
is erased there again through `erasure.erase_client`, with all of the erase's own guarantees
(one transaction, the checks before and after commit, no rollback journal left); the file is
vacuumed afterwards so no freed page of an erased client stays. The copy then holds exactly one
receipt for every erasure the vault made: the replayed erase's receipt is given the original
erase's time and reason, and a receipt for a client the copy never held is put back as it was.
"""

from __future__ import annotations

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.retention.erasure import erase_client, parse_reason
from journal_app.core.retention.erasure_record import Receipt, read_receipts
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.receipt_copies import put_back_receipt, restate_receipt
from journal_app.core.storage.repositories import Repositories


def replay_erasures(db: dbmod.Database, clock: Clock, receipts: list[Receipt]) -> list[str]:
    """Erase again what `receipts` name and `db` still holds; put back the receipts it lacks.
    Returns the client ids erased here (each once), in the receipts' order."""
    repos = Repositories(db, clock)
    with db.read() as conn:
        present = {r.key for r in read_receipts(conn)}
    erased: list[str] = []
    for receipt in receipts:
        _reason, _ivo, packages = parse_reason(receipt.reason)
        if repos.erasures.holds(receipt.client_id, packages):
            done = erase_client(repos, receipt.client_id, reason=receipt.reason,
                                policy=RetentionPolicy(receipt.policy))
            if receipt.key not in present:  # else the new receipt records a second erase
                with db.write() as conn:
                    restate_receipt(conn, done.id, receipt.erased_at, receipt.reason)
            if receipt.client_id not in erased:
                erased.append(receipt.client_id)
        elif receipt.key not in present:
            with db.write() as conn:
                put_back_receipt(conn, new_id(), receipt.row())
        present.add(receipt.key)
    if erased:
        repos.erasures.vacuum()  # no page of an erased client stays, not even a freed one
    return erased
