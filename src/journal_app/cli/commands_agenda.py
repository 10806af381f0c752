"""agenda: the planned sessions of a day or a week across all clients, and the calendar feed.

`journal-app agenda` lists today's planned sessions (time, client, package progress, unsigned
notes from earlier sessions) and the day's public holiday; --week the week (Monday to Sunday)
around --date. --ics FILE writes every planned session from that day on as an iCalendar file
for the phone's calendar: by default each event says only the practitioner's word ("Session"),
never a name (the feed's settings are the window's: Go > Agenda > Export to calendar…).

The core and icalendar are imported inside the command (see commands_vault).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from journal_app.cli.prompt import open_vault


def register(sub: Any) -> None:
    agenda = sub.add_parser(
        "agenda", help="list the planned sessions of a day or a week; write the calendar feed",
        description="List the planned sessions of a day (or, with --week, its week) across all"
        " clients. With --ics FILE, write the planned sessions from that day on as an"
        " iCalendar file; by default its events hold no names (it leaves the vault as"
        " plaintext).",
    )
    agenda.add_argument("--week", action="store_true", help="the whole week, Monday to Sunday")
    agenda.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    agenda.add_argument("--ics", type=Path, metavar="FILE",
                        help="also write the calendar feed (.ics) to FILE")
    agenda.add_argument("--force", action="store_true", help="replace FILE if it exists")
    agenda.set_defaults(func=cmd_agenda)


def _day(text: str | None) -> dt.date | None:
    from journal_app.core.errors import InvalidInput

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("agenda.not_a_date", value=text) from None


def cmd_agenda(args: argparse.Namespace) -> int:
    from journal_app.cli.commands_export import _check_target
    from journal_app.core.domain.agenda import week_of

    chosen = _day(args.date)
    out: Path | None = args.ics.expanduser() if args.ics else None
    if out is not None:
        _check_target(out, args.force)
    vault = open_vault(args)
    try:
        journal = vault.journal
        day = chosen or journal.today()
        first, days = (week_of(day), 7) if args.week else (day, 1)
        agenda = journal.agenda(first, days, language="en")
        written = None
        if out is not None:
            from journal_app.export.calendar_feed import export_calendar

            written = export_calendar(journal, out, from_day=day)
            names = journal.agenda_settings().names
    finally:
        vault.lock()
    for date in agenda.dates:
        holiday = agenda.holidays.get(date)
        print(f"{date.isoformat()} {date.strftime('%a')}" + (f"  ({holiday})" if holiday else ""))
        for e in agenda.on(date):
            unsigned = f"\t{e.unsigned_earlier} unsigned" if e.unsigned_earlier else ""
            print(f"  {e.start:%H:%M}\t{e.client_id}\t{e.client_name}"
                  f"\t{e.sessions_counted} of {e.sessions_total}{unsigned}")
    if out is not None:
        print(f"Wrote {out} ({written} event{'' if written == 1 else 's'}).")
        if names.value == "none":
            print("The events hold no names; the file is not encrypted.")
        else:
            print(f"The events hold the clients' {names.value}: the file is not encrypted.")
    return 0
