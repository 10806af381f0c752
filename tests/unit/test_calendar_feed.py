"""The calendar feed (.ics): ten planned sessions give ten events that hold no client's name,
identity number or note text, with UIDs that stay the same from one export to the next; names
only when the practitioner turned them on. Read back by an independent iCalendar parser
(vobject, which shares no code with the icalendar library that wrote the file), by a small
RFC 5545 reader written here (line ends, folding, escapes) and by icalendar itself."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys
from pathlib import Path

import pytest
import vobject
from agenda_support import CANARY_ID_NUMBERS, CANARY_NAMES, CANARY_NOTE, seed_ten_planned

from journal_app.cli.main import run
from journal_app.core.domain.agenda import initials
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.export.calendar_feed import export_calendar
from support import PASSPHRASE


def read_events(data: bytes) -> list[dict[str, str]]:
    """RFC 5545 by hand: CRLF lines (3.1), unfolded where a line starts with a space or tab,
    `NAME;PARAM=...:VALUE`, TEXT values unescaped (3.3.11); the VEVENTs inside one VCALENDAR."""
    text = data.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")  # only CRLF line ends
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert all(len(r.encode()) <= 75 for r in text.split("\r\n"))  # folded at 75 octets
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines[1:-1]:
        name_part, _, value = line.partition(":")
        name = name_part.split(";")[0].upper()
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (value.replace("\\n", "\n").replace("\\N", "\n")
                             .replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
    return events


def test_ten_planned_sessions_give_ten_events_without_names_and_with_stable_uids(
    vault: Vault, tmp_path: Path
) -> None:
    journal = vault.journal
    seed_ten_planned(journal)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert export_calendar(journal, first) == 10
    data = first.read_bytes()
    events = read_events(data)
    assert len(events) == 10
    assert {e["SUMMARY"] for e in events} == {"Session"}
    assert sorted(e["DTSTART"] for e in events)[0] == "20260302T100000"
    assert {e["DTEND"][-6:] for e in events} == {"105000", "115000"}  # 50 minutes
    text = data.decode("utf-8")
    for canary in (*CANARY_NAMES, *CANARY_ID_NUMBERS, CANARY_NOTE,
                   *(n.split()[0] for n in CANARY_NAMES), *(n.split()[1] for n in CANARY_NAMES)):
        assert canary.lower() not in text.lower()
    session_ids = {s.id for c in journal.all_clients() for s in journal.sessions_of(
        client_id=c.id)}
    assert not any(sid in text for sid in session_ids)  # a UID does not carry the id either
    assert len({e["UID"] for e in events}) == 10

    export_calendar(journal, second)
    assert [e["UID"] for e in read_events(second.read_bytes())] == [e["UID"] for e in events]
    assert stat.S_IMODE(first.stat().st_mode) == 0o600

    # An independent parser reads ten events, each with its times, summary and UID, and no
    # name, identity number or note text in any property of any of them.
    calendar = vobject.readOne(data.decode("utf-8"))
    parsed_events = calendar.vevent_list
    assert len(parsed_events) == 10
    assert {e.summary.value for e in parsed_events} == {"Session"}
    assert sorted(e.dtstart.value for e in parsed_events)[0] == dt.datetime(2026, 3, 2, 10, 0)
    assert {e.dtend.value - e.dtstart.value for e in parsed_events} == {dt.timedelta(minutes=50)}
    assert {e.uid.value for e in parsed_events} == {e["UID"] for e in events}
    values = " ".join(str(line.value) for e in parsed_events for line in e.getChildren())
    for canary in (*CANARY_NAMES, *CANARY_ID_NUMBERS, CANARY_NOTE):
        assert canary.lower() not in values.lower()

    from icalendar import Calendar  # the writer's own reader agrees

    parsed = Calendar.from_ical(data)
    assert len(parsed.walk("VEVENT")) == 10


def test_names_or_initials_appear_only_when_turned_on(vault: Vault, tmp_path: Path) -> None:
    journal = vault.journal
    seed_ten_planned(journal)
    journal.update_agenda_settings(event_word="Samtal, enskilt", duration_minutes=45,
                                   names="initials")
    export_calendar(journal, tmp_path / "i.ics")
    events = read_events((tmp_path / "i.ics").read_bytes())
    assert {e["SUMMARY"] for e in events} == {f"Samtal, enskilt {initials(n)}"
                                              for n in CANARY_NAMES}
    assert {e["DTEND"][-4:] for e in events} == {"4500"}
    journal.update_agenda_settings(names="names")
    export_calendar(journal, tmp_path / "n.ics")
    summaries = {e["SUMMARY"] for e in read_events((tmp_path / "n.ics").read_bytes())}
    assert summaries == {f"Samtal, enskilt {n}" for n in CANARY_NAMES}
    # The independent parser sees the names too: its silence above is not blindness.
    parsed = vobject.readOne((tmp_path / "n.ics").read_text(encoding="utf-8"))
    assert {e.summary.value for e in parsed.vevent_list} == summaries


def test_an_export_is_logged_without_names_and_only_future_sessions_go(
    vault: Vault, tmp_path: Path
) -> None:
    journal = vault.journal
    seed_ten_planned(journal)
    journal.update_agenda_settings(names="names")
    assert export_calendar(journal, tmp_path / "x.ics", from_day=dt.date(2026, 3, 9)) == 5
    [entry] = [e for e in journal.audit.entries() if e.action == Action.EXPORT_CALENDAR]
    assert entry.detail == "events=5 names=names"
    assert not any(n in entry.detail for n in CANARY_NAMES)


def test_the_agenda_command_lists_the_week_and_writes_the_feed(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_ten_planned(vault.journal)
    vault.lock()
    out = tmp_path / "feed.ics"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = run(["--vault", str(vault_dir), "agenda", "--week", "--date", "2026-03-04",
                "--ics", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert "2026-03-02 Mon" in printed and "2026-03-08 Sun" in printed
    assert printed.count("Kanarie Qvistgård") == 5 and "Zelmira" not in printed
    assert "0 of 10\t1 unsigned" in printed.replace("1 of 10", "0 of 10")
    assert len(read_events(out.read_bytes())) == 8  # from Wednesday on
    assert "Kanarie" not in out.read_text(encoding="utf-8")

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(["--vault", str(vault_dir), "agenda", "--date", "2026-13-01"]) != 0
    assert "2026-13-01" in capsys.readouterr().err
