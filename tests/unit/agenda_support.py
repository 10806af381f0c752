"""A vault with planned sessions across clients, canary names in them (for the feed tests)."""

from __future__ import annotations

from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.facade import Journal

# Canaries: if any of these is in a feed that should hold no names, the test sees it.
CANARY_NAMES = ("Kanarie Qvistgård", "Zelmira Ödgren")
CANARY_ID_NUMBERS = ("19121212-1212", "19800101-0126")
CANARY_NOTE = "kanariefågelns hemlighet"


def seed_ten_planned(journal: Journal) -> list[str]:
    """Two clients, each with a held session (note unsigned) before March, and ten planned
    sessions between 2026-03-02 and 2026-03-13; returns the planned sessions' ids."""
    planned: list[str] = []
    for number, (name, id_number) in enumerate(zip(CANARY_NAMES, CANARY_ID_NUMBERS,
                                                   strict=True)):
        client = journal.add_client(name, id_number=id_number).client
        package = journal.packages.add(client.id, name="Tio samtal", sessions_total=10,
                                       purchased="2026-02-01")
        held = journal.packages.add_session(package.id, f"2026-02-2{number}T09:00",
                                            SessionStatus.HELD)
        journal.save_draft(held.id, f"{CANARY_NOTE} {name}")
        for day in range(5):
            start = f"2026-03-{2 + day + 7 * number:02d}T{10 + number}:00"
            planned.append(journal.packages.add_session(package.id, start).id)
    return planned
