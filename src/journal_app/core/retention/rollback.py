"""journal.db against its record (erasures.json): found older, it was replaced by an older copy.

Putting back an older journal.db needs no passphrase, and the database alone cannot tell: the
older copy is a sound database with a valid access-log chain. The record beside it
(erasure_record.py, MAC'd with a key from the data key) holds the log's last entry and the
erasure generation as they were when it was last written, which is at every unlock and lock and
after every export, erase and backup. At unlock:

- the database holds the anchored entry and at least as many receipts: it is the same or newer
  (a crash after a write and before the record caught up); nothing to say;
- it does not: it is older. The loss is recorded in the access log (a ROLLBACK entry naming the
  entries that are missing), every erasure the record holds is applied again (replay.py, with
  the erase's own guarantees, then VACUUM) before anything reads the data, and the practitioner
  is told;
- no readable record where one should be (the database says it had one, or a file is there
  that does not pass its MAC): nothing can be checked; that is said and logged.

What this cannot see: journal.db and erasures.json put back together (or the whole folder, with
its header): that is an old backup, restored by hand (docs/security.md, "Rollback").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from journal_app.core.domain.clock import Clock
from journal_app.core.errors import JournalError
from journal_app.core.messages import PLAIN, Message
from journal_app.core.retention.erasure_record import (
    SIDECAR_NAME,
    Receipt,
    Sidecar,
    read_receipts,
    read_sidecar,
    stored_generation,
)
from journal_app.core.retention.replay import replay_erasures
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.audit import (
    Action,
    AuditLog,
    LogGap,
    gap_detail,
    holds_entry_in,
    last_entry_in,
    unrecorded_gap,
)
from journal_app.core.storage.settings import SettingsStore

# A setting in the database: a record has been kept beside it. A database that says so and finds
# none (deleted, or damaged) is told; one from before records existed is not.
ANCHOR_KEPT = "anchor_kept"


class State(StrEnum):
    CURRENT = "current"  # the same as its record, or newer
    FIRST = "first"  # no record yet, and none expected (a vault from before records existed)
    OLDER = "older"  # older than its record: replaced by an older copy, or its log was cut
    NO_RECORD = "no_record"  # a record was expected but none can be read


@dataclass(frozen=True)
class AnchorCheck:
    state: State
    record: Sidecar | None = None
    gap: LogGap | None = None  # the log entries lost (OLDER), when the log shows the loss
    missing: list[Receipt] = field(default_factory=list)  # receipts the database lacks


def compare(folder: Path, vault_id: str, data_key: bytes, db: dbmod.Database) -> AnchorCheck:
    """Where journal.db stands against its record. Reads only."""
    record = read_sidecar(folder, data_key)
    settings = SettingsStore(db)
    if record is None or record.vault_id != vault_id:
        expected = (folder / SIDECAR_NAME).exists() or settings.get_raw(ANCHOR_KEPT) == "1"
        return AnchorCheck(State.NO_RECORD if expected else State.FIRST)
    with db.read() as conn:
        anchor_held = record.log_anchor is None or holds_entry_in(conn, *record.log_anchor)
        last = last_entry_in(conn)
        generation = stored_generation(conn)
        present = {r.key for r in read_receipts(conn)}
    missing = [r for r in record.receipts if r.key not in present]
    behind = record.generation is not None and generation < record.generation
    if anchor_held and not behind:
        return AnchorCheck(State.CURRENT, record)
    gap = None if anchor_held or record.log_anchor is None else unrecorded_gap(
        record.log_anchor, last[0] if last else None)
    return AnchorCheck(State.OLDER, record, gap, missing)


def repair(check: AnchorCheck, db: dbmod.Database, clock: Clock, audit: AuditLog) -> list[str]:
    """For an OLDER database: log the loss, then apply every recorded erasure again. Returns
    the client ids erased again. Raises JournalError ("vault.rollback_failed") when an erasure
    cannot be applied: the vault must not open with an erased client back in it."""
    assert check.state is State.OLDER and check.record is not None
    detail = " ".join(filter(None, (
        gap_detail(check.gap) if check.gap is not None else "",
        f"receipts_missing={len(check.missing)}",
        f"generation={check.record.generation}" if check.record.generation is not None else "",
    )))
    audit.append(Action.ROLLBACK, None, detail)
    try:
        return replay_erasures(db, clock, check.record.receipts)
    except JournalError as exc:
        raise JournalError("vault.rollback_failed", path=db.path, reason=exc.message) from None


def notice(check: AnchorCheck, erased_again: list[str], path: Path) -> Message | None:
    """What the practitioner is told after the unlock (None: nothing to say)."""
    if check.state is State.NO_RECORD:
        return Message("vault.anchor_missing", {"path": path.parent / SIDECAR_NAME})
    if check.state is not State.OLDER:
        return None
    gap = check.gap
    if gap is None:
        lost = Message(PLAIN, {"text": ""})
    elif gap.first is None or gap.after is None:
        lost = Message("vault.rollback_replaced", {"last": gap.last})
    else:
        lost = Message("vault.rollback_lost", {"count": gap.count, "after": gap.after,
                                               "first": gap.first, "last": gap.last})
    erasures = (Message("vault.rollback_reapplied", {"count": len(erased_again)})
                if erased_again else Message("vault.rollback_nothing_to_erase"))
    return Message("vault.rolled_back", {"path": path, "lost": lost, "erasures": erasures})
