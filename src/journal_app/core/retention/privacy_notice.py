"""A text the practitioner can paste into the practice's own privacy notice, describing how the
journal is kept under the vault's retention policy, in Swedish and in English.

The texts are plain tables here (no Qt), so the CLI, the GUI and the tests read the same words.
The Help dialog shows it for the vault's practice name and policy, in either language.
They claim only what the app does: encryption at rest, no network, the retention policy's
rules, the billing records and erasure receipts that stay. The legal basis and the practice's
contact details are the practitioner's to add; the app cannot know them.
"""

from __future__ import annotations

from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput

LANGUAGES = ("sv", "en")

_PRACTICE_FALLBACK = {"sv": "Mottagningen", "en": "The practice"}

_TITLE = {
    "sv": "Så förvaras dina samtalsanteckningar",
    "en": "How your session notes are kept",
}

_COMMON = {
    "sv": (
        "{practice} för anteckningar om våra samtal i ett journalprogram på en dator som bara "
        "behandlaren använder. Anteckningarna sparas krypterade (SQLCipher, AES-256) och kan "
        "bara öppnas med behandlarens lösenfras. Programmet skickar ingenting över internet: "
        "inga anteckningar lagras i molnet eller hos någon annan.",
        "Varje gång journalen öppnas, en anteckning skrivs eller ändras, eller en kopia tas ut, "
        "antecknas det i en logg i den krypterade journalen.",
        "Säkerhetskopior av journalen är krypterade på samma sätt och förvaras av {practice_lower}.",
    ),
    "en": (
        "{practice} keeps notes about our sessions in a journal program on a computer that only "
        "the practitioner uses. The notes are stored encrypted (SQLCipher, AES-256) and can "
        "only be opened with the practitioner's passphrase. The program sends nothing over the "
        "internet: no notes are stored in the cloud or with anyone else.",
        "Every time the journal is opened, a note is written or changed, or a copy is made, "
        "this is recorded in a log inside the encrypted journal.",
        "Backups of the journal are encrypted in the same way and are kept by "
        "{practice_lower}.",
    ),
}

_POLICY: dict[RetentionPolicy, dict[str, tuple[str, ...]]] = {
    RetentionPolicy.ERASE_ON_COMPLETION: {
        "sv": (
            "Anteckningarna sparas bara så länge de behövs för samtalen. När ditt samtalspaket "
            "är avslutat erbjuds du en kopia av din journal som PDF, och sedan raderas "
            "anteckningarna för gott, även ur de säkerhetskopior som programmet hanterar så "
            "snart de går att nå.",
            "Du kan när som helst be att få en kopia av det som finns om dig, få fel rättade "
            "eller få dina anteckningar raderade tidigare.",
            "Det som sparas efter raderingen: uppgifterna för betalningen av ditt samtalspaket "
            "(namn, personnummer, adress, e-post, telefon, paket, pris och datum, inga "
            "uppgifter om samtalen) till och med det sjunde året efter det kalenderår "
            "betalningen gäller, eftersom bokföringslagen (7 kap. 2 §) kräver det, och ett "
            "raderingskvitto utan namn och utan innehåll som visar att raderingen gjordes. "
            "I loggen ersätts ditt namn då av en kod.",
        ),
        "en": (
            "The notes are kept only as long as the sessions need them. When your session "
            "package is completed, you are offered a copy of your journal as a PDF, and then "
            "the notes are erased for good, also from the backups the program manages as soon "
            "as they can be reached.",
            "You may at any time ask for a copy of what is kept about you, have errors "
            "corrected, or have your notes erased earlier.",
            "What is kept after the erasure: the details of the payment for your session "
            "package (name, personal identity number, address, e-mail, phone, package, price "
            "and date; nothing about the sessions) until the end of the seventh year after the "
            "calendar year of the payment, as the Swedish Bookkeeping Act (7 ch. 2 §) requires, "
            "and an erasure receipt without name or content that shows the erasure was made. "
            "In the log, your name is then replaced by a code.",
        ),
    },
    RetentionPolicy.PDL: {
        "sv": (
            "Journalen förs enligt patientdatalagen (2008:355). Anteckningarna bevaras i minst "
            "tio år efter den senaste anteckningen (3 kap. 17 § patientdatalagen) och kan inte "
            "raderas tidigare, utom när Inspektionen för vård och omsorg (IVO) beslutar att "
            "journalen ska förstöras.",
            "En signerad anteckning ändras aldrig i efterhand: en rättelse sparas som en ny "
            "version och den tidigare texten finns kvar med sitt datum.",
            "Du kan be att få en kopia av din journal och ett utdrag ur loggen över när den "
            "har öppnats.",
            "Uppgifterna för betalningen av dina samtal sparas till och med det sjunde året "
            "efter det kalenderår betalningen gäller, eftersom bokföringslagen (7 kap. 2 §) "
            "kräver det.",
        ),
        "en": (
            "The journal is kept under the Swedish Patient Data Act (patientdatalagen, "
            "2008:355). The notes are kept for at least ten years after the latest entry "
            "(3 ch. 17 §) and cannot be erased earlier, except when the Health and Social Care "
            "Inspectorate (IVO) decides that the journal is to be destroyed.",
            "A signed note is never changed afterwards: a correction is saved as a new version "
            "and the earlier text stays with its date.",
            "You may ask for a copy of your journal and an extract of the log of when it was "
            "opened.",
            "The details of the payment for your sessions are kept until the end of the seventh "
            "year after the calendar year of the payment, as the Swedish Bookkeeping Act "
            "(7 ch. 2 §) requires.",
        ),
    },
}


def privacy_notice_for(practice_name: str, policy: RetentionPolicy, language: str) -> str:
    """The notice as plain text: a title line, a blank line, then paragraphs."""
    if language not in LANGUAGES:
        raise InvalidInput("privacy.language", available=", ".join(LANGUAGES), language=language)
    practice = " ".join(practice_name.split()) or _PRACTICE_FALLBACK[language]
    # Mid-sentence the fallback ("Mottagningen") reads better in lower case; a name keeps its own.
    practice_lower = practice if practice_name.strip() else practice.lower()
    paragraphs = [
        text.format(practice=practice, practice_lower=practice_lower)
        for text in (*_COMMON[language][:1], *_POLICY[RetentionPolicy(policy)][language],
                     *_COMMON[language][1:])
    ]
    return "\n\n".join([_TITLE[language], *paragraphs]) + "\n"

