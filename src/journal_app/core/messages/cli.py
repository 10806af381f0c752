"""What the command line refuses before it asks the core anything (cli/commands_*.py), English
and Swedish, by code. The command line itself prints English."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "cli.ivo_incomplete": (
        "An IVO decision needs both --ivo-decision and --ivo-date.",
        "Ett IVO-beslut behöver både --ivo-decision och --ivo-date.",
    ),
    "cli.ivo_not_a_date": ("{value!r} is not a date like 2026-05-31.",
                           "{value!r} är inget datum som 2026-05-31."),
    "cli.erase_needs_yes": (
        "Not at a terminal: confirm the erase with --yes. Nothing was erased.",
        "Inte vid en terminal: bekräfta raderingen med --yes. Inget raderades.",
    ),
    "cli.erase_not_confirmed": ("Not confirmed; nothing was erased.",
                                "Inte bekräftat; inget raderades."),
    "cli.no_completed_package": ("This client has no completed package to erase.",
                                 "Klienten har inget avslutat paket att radera."),
    "cli.target_is_folder": ("{path} is a folder; give the name of the PDF to write.",
                             "{path} är en mapp; ange namnet på PDF:en som ska skrivas."),
    "cli.target_exists": ("{path} already exists; use --force to replace it.",
                          "{path} finns redan; använd --force för att ersätta den."),
    "cli.no_folder": ("The folder {path} does not exist.", "Mappen {path} finns inte."),
    "cli.pdf_password_empty": ("The PDF password must not be empty; nothing was written.",
                               "PDF-lösenordet får inte vara tomt; inget skrevs."),
    "cli.pdf_passwords_differ": ("The two PDF passwords differ; nothing was written.",
                                 "De två PDF-lösenorden skiljer sig åt; inget skrevs."),
    "cli.secret_not_text": (
        "Could not read the {what}: standard input is not UTF-8 text.",
        "Kunde inte läsa {what}: standard input är inte UTF-8-text.",
    ),
    "cli.secret_missing": ("No {what} was given; nothing was changed.",
                           "Inget svar för {what} angavs; inget ändrades."),
    "cli.secret_expected": ("Expected a line on standard input for: {what}.",
                            "En rad väntades på standard input för: {what}."),
    "cli.passphrases_differ": ("The two passphrases differ; nothing was changed.",
                               "De två lösenfraserna skiljer sig åt; inget ändrades."),
    "cli.since_not_a_date": ("{value!r} is not a date like 2026-01-10.",
                             "{value!r} är inget datum som 2026-01-10."),
    "cli.vault_itself_damaged": (
        "{reason}. The vault itself is damaged: no backup was written and any earlier backup is"
        " unchanged; run `journal-app verify`, then restore a backup",
        "{reason}. Själva valvet är skadat: ingen säkerhetskopia skrevs och tidigare"
        " säkerhetskopior är oförändrade; kör `journal-app verify` och återställ sedan en"
        " säkerhetskopia",
    ),
}
