"""Fictional clients for trying the app, for screenshots and for benchmarks.

Every name and number is made up; identity numbers carry real check digits so they pass
validation, with birth dates chosen at random."""

from __future__ import annotations

import datetime as dt
import random

from journal_app.core.domain.identity import luhn_check_digit
from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.facade import Journal

FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elin", "Anders", "Sofia", "Per",
         "Åsa", "Örjan", "Linnéa", "Björn", "Ingrid", "Mikael", "Sara", "Jonas", "Emma", "Ali",
         "Fatima", "Noah", "Märta", "Göran")
LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Lindström", "Åberg", "Öberg",
        "Hägglund", "Sjöberg", "Ekström", "Nyström", "Holmqvist", "Lundgren")
STREETS = ("Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Ängsvägen", "Björkvägen")
CONTENT = (
    "Vi pratade om veckan som gått och om sömnen, som blivit bättre.",
    "Klienten beskrev oro inför arbetet och vi gick igenom vad som triggar den.",
    "Fokus på relationen till föräldrarna; mycket känslor kom upp.",
    "Vi övade på att sätta gränser i vardagen med några konkreta exempel.",
    "Samtalet handlade om sorg efter en förlust i våras.",
)
MOOD = ("Mår bättre än förra gången.", "Trött men hoppfull.", "Orolig, men lugnare mot slutet.",
        "Stabil.", "Nedstämd i början, ljusare efter hand.")
AGREED = ("Fortsätta med promenader varje dag.", "Skriva ner tre saker som gått bra varje kväll.",
          "Prova andningsövningen vid oro.", "Ta upp frågan med chefen.")
NEXT = ("Följa upp sömnen.", "Prata vidare om gränser.", "Se över målen.", "Utvärdera paketet.")


def fictional_personnummer(rng: random.Random) -> str:
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 50))
    serial = f"{rng.randrange(0, 1000) or 1:03d}"  # birth numbers run 001-999
    short = born.strftime("%y%m%d") + serial
    return f"{born:%Y%m%d}-{serial}{luhn_check_digit(short)}"


def demo_note(rng: random.Random) -> str:
    return (
        f"Samtalets innehåll\n{rng.choice(CONTENT)} {rng.choice(CONTENT)}\n\n"
        f"Mående\n{rng.choice(MOOD)}\n\n"
        f"Överenskommelser\n{rng.choice(AGREED)}\n\n"
        f"Till nästa gång\n{rng.choice(NEXT)}\n"
    )


def fill_demo_vault(
    journal: Journal, *, clients: int = 12, sessions_per_client: int = 5, seed: int = 7,
    today: dt.date | None = None,
) -> int:
    """Add fictional clients with packages, held sessions and notes; in one transaction."""
    rng = random.Random(seed)
    today = today or journal.clock.now().date()
    with journal.db.write():
        for index in range(clients):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            client = journal.clients.add(
                name,
                id_number=fictional_personnummer(rng),
                email=f"{name.split()[0].lower()}.{index}@example.se".replace("å", "a")
                .replace("ä", "a").replace("ö", "o").replace("é", "e"),
                phone=f"070-{rng.randrange(1000000, 9999999)}",
                address=f"{rng.choice(STREETS)} {rng.randrange(1, 80)}\n"
                f"{rng.randrange(10000, 99999)} Uppsala",
            )
            total = max(sessions_per_client, 1)
            first_day = today - dt.timedelta(days=7 * total + rng.randrange(0, 60))
            package = journal.packages.add(
                client.id, name=f"Samtalspaket {total}", sessions_total=total,
                purchased=first_day, price_ore=rng.choice((450000, 600000, 850000)),
            )
            # Most clients are part-way through; every fifth has every session held.
            held = total if index % 5 == 4 else rng.randrange(0, total)
            for number in range(held):
                start = dt.datetime.combine(
                    first_day + dt.timedelta(days=7 * number), dt.time(9 + index % 8, 0)
                )
                session = journal.packages.add_session(package.id, start, SessionStatus.HELD)
                journal.notes.save_draft(session.id, demo_note(rng))
                journal.sign_note(session.id)
            if held < total:
                upcoming = dt.datetime.combine(
                    today + dt.timedelta(days=1 + index % 6), dt.time(9 + index % 8, 0)
                )
                journal.packages.add_session(package.id, upcoming)
    return clients
