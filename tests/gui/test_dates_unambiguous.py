"""Every date a person sees has one form in every language: ISO 8601, 2026-03-02 and
2026-03-02 10:00 (24-hour). 02/03/2026 is the 2nd of March in Sweden and the UK but the 3rd of
February in the US."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.export.extract import render_register_extract
from journal_app.export.pdf import render_journal
from journal_app.ui.formatting import format_date, format_datetime, format_time
from journal_app.ui.views.log_view import LogColumn, LogView
from journal_app.ui.views.table_models import ClientColumn, PackageColumn, SessionColumn

LOCALES = {
    "en_GB": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "en_US": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "sv_SE": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


@pytest.fixture(params=sorted(LOCALES))
def locale(request: pytest.FixtureRequest) -> str:
    QLocale.setDefault(LOCALES[request.param])
    return str(request.param)


def test_formatting_gives_iso_dates_and_24_hour_times(locale: str) -> None:
    afternoon = dt.datetime(2026, 12, 4, 14, 30)
    assert format_date(afternoon.date()) == "2026-12-04"
    assert format_datetime(afternoon) == "2026-12-04 14:30"
    assert format_time(afternoon) == "14:30"
    # A stored instant (UTC) is shown in local time; the tests run with TZ=UTC.
    assert format_datetime(dt.datetime(2026, 3, 2, 9, 5, tzinfo=dt.UTC)) == "2026-03-02 09:05"


def test_lists_and_the_access_log_show_iso_dates(
        qtbot: QtBot, make_window, seeded, unlock, locale: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    clients = window.workspace.client_list
    shown = {clients.proxy.index(row, ClientColumn.NAME).data():
             clients.proxy.index(row, ClientColumn.LAST_SESSION).data()
             for row in range(clients.proxy.rowCount())}
    assert DATE.match(shown["Karin Lindström"]), shown
    assert shown["Karin Lindström"].startswith("2026-0")

    karin = next(row for row in range(clients.proxy.rowCount())
                 if clients.proxy.index(row, 0).data() == "Karin Lindström")
    clients.table.setCurrentIndex(clients.proxy.index(karin, 0))
    view = window.workspace.client_view
    qtbot.waitUntil(lambda: view.name.text() == "Karin Lindström", timeout=10_000)
    qtbot.waitUntil(lambda: view.sessions_model.rowCount() == 2, timeout=10_000)
    sessions = [view.sessions_model.index(row, SessionColumn.START).data()
                for row in range(view.sessions_model.rowCount())]
    assert sorted(sessions) == ["2026-02-02 10:00", "2026-03-02 10:00"]
    purchased = view.packages_model.index(0, PackageColumn.PURCHASED).data()
    assert purchased == "2026-02-01"

    log = LogView(window.controller.journal)
    qtbot.addWidget(log)
    times = [log.proxy.index(row, LogColumn.TIME).data(Qt.ItemDataRole.DisplayRole)
             for row in range(log.proxy.rowCount())]
    assert times and all(DATE_TIME.match(t) for t in times), times
    assert "2026-03-02 09:00" in times  # the fixed test clock
    for edit in (log.since_edit, log.until_edit):  # the filter's dates read the same way
        assert DATE.match(edit.text()), edit.text()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_pdfs_show_the_same_iso_dates(vault: Vault, clock: ManualClock,
                                          language: str) -> None:
    journal = vault.journal
    client = journal.clients.add("Datum Klientsson")
    package = journal.packages.add(client.id, name="Paket", sessions_total=3,
                                   purchased=dt.date(2026, 2, 1))
    session = journal.packages.add_session(package.id, dt.datetime(2026, 2, 2, 14, 30),
                                           SessionStatus.HELD)
    journal.notes.save_draft(session.id, "Vi pratade.")
    journal.sign_note(session.id)
    rendered, _ = render_journal(journal, client.id, language=language)
    text = pdf_words(rendered.data)
    assert "2026-02-02 14:30" in text  # the session
    assert "2026-02-01" in text  # the purchase
    assert "2026-03-02 09:00" in text  # signed, by the fixed test clock
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{2}", text)
    assert "kl." not in text and "March" not in text and "mars" not in text
    extract, _ = render_register_extract(journal, client.id, language=language)
    words = pdf_words(extract.data)
    assert "2026-02-02 14:30" in words and "2026-03-02 09:00" in words  # session, access log


def pdf_words(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
