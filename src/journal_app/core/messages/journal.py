"""Clients, packages, sessions, notes and settings: what a form or the CLI gets refused."""

from __future__ import annotations

JOURNAL: dict[str, tuple[str, str]] = {
    # text.py; {label} is one of the field.* names below
    "text.not_text": ("{label} must be text.", "{label} måste vara text."),
    "text.empty": ("{label} must not be empty.", "{label} måste fyllas i."),
    "text.too_long": ("{label} is longer than {limit} characters.",
                      "{label} är längre än {limit} tecken."),
    "text.control_in_line": (
        "{label} contains control characters (such as a line break or NUL).",
        "{label} innehåller styrtecken (till exempel en radbrytning eller NUL).",
    ),
    "text.control_in_text": (
        "{label} contains control characters other than line breaks and tabs.",
        "{label} innehåller andra styrtecken än radbrytningar och tabbar.",
    ),
    "note.not_text": ("The note must be text.", "Anteckningen måste vara text."),
    "note.too_long": ("The note is longer than {millions} million characters.",
                      "Anteckningen är längre än {millions} miljoner tecken."),
    "field.name": ("The name", "Namnet"),
    "field.address": ("The address", "Adressen"),
    "field.free_text": ("The free text", "Fritexten"),
    "field.package_name": ("The package name", "Paketets namn"),
    "field.email": ("The e-mail address", "E-postadressen"),
    "field.phone": ("The phone number", "Telefonnumret"),
    # clients.py
    "client.email_needs_at": ("The e-mail address needs an @.",
                              "E-postadressen måste innehålla @."),
    "client.unknown_field": ("Unknown client field: {names}.", "Okänt klientfält: {names}."),
    "client.not_found": ("No client with id {id}.", "Ingen klient med id {id}."),
    "client.package_open": (
        "This client has a package that is not completed; archive the client once no package"
        " is open.",
        "Klienten har ett paket som inte är avslutat; arkivera klienten när inget paket längre"
        " är öppet.",
    ),
    "client.identity_number": ("Identity number: {reason}", "Personnummer: {reason}"),
    # packages.py
    "package.sessions_not_whole": ("The number of sessions must be a whole number.",
                                   "Antalet samtal måste vara ett heltal."),
    "package.sessions_out_of_range": ("A package holds between 1 and {maximum} sessions.",
                                      "Ett paket rymmer mellan 1 och {maximum} samtal."),
    "package.negative_price": ("The price must be zero or more.",
                               "Priset måste vara noll eller mer."),
    "package.not_a_date": ("{value!r} is not a date like 2026-01-10.",
                           "{value!r} är inte ett datum som 2026-01-10."),
    "package.purchase_in_future": ("The purchase date {date} is in the future.",
                                   "Köpdatumet {date} ligger i framtiden."),
    "package.purchase_too_early": ("The purchase date {date} is before {earliest}; check the year.",
                                   "Köpdatumet {date} är före {earliest}; kontrollera året."),
    "package.not_found": ("No package with id {id}.", "Inget paket med id {id}."),
    "package.completed_add_new": (
        "This package is completed; add a new package for more sessions.",
        "Paketet är avslutat; lägg till ett nytt paket för fler samtal.",
    ),
    "package.completed_sessions_fixed": (
        "This package is completed; its sessions can no longer change.",
        "Paketet är avslutat; dess samtal kan inte längre ändras.",
    ),
    "package.completed_fixed": ("This package is completed; it can no longer change.",
                                "Paketet är avslutat; det kan inte längre ändras."),
    "package.fewer_than_booked": (
        "The package already has {count} session(s) held or planned; it cannot hold fewer.",
        "Paketet har redan {count} samtal hållna eller planerade; det kan inte rymma färre.",
    ),
    "package.not_empty": ("Only a package without sessions can be removed.",
                          "Bara ett paket utan samtal kan tas bort."),
    "session.not_a_start": ("{value!r} is not a date and time like 2026-01-12T10:00.",
                            "{value!r} är inte ett datum med tid som 2026-01-12T10:00."),
    "session.implausible_year": ("{year} is not a plausible year for a session.",
                                 "{year} är inte ett rimligt år för ett samtal."),
    "session.not_found": ("No session with id {id}.", "Inget samtal med id {id}."),
    "session.still_planned": (
        "This session is still planned: mark it held before signing its note.",
        "Samtalet är fortfarande planerat: markera det som genomfört innan anteckningen"
        " signeras.",
    ),
    # notes.py
    "note.missing": ("This session has no note yet.", "Samtalet har ingen anteckning än."),
    "note.already_signed": ("This note is already signed.", "Anteckningen är redan signerad."),
    "note.empty_not_signed": ("An empty note cannot be signed.",
                              "En tom anteckning kan inte signeras."),
    "note.draft_not_corrected": (
        "Only a signed note is corrected; a draft can be edited as it is.",
        "Bara en signerad anteckning rättas; ett utkast kan redigeras direkt.",
    ),
    "note.no_correction": ("There is no correction in progress on this note.",
                           "Ingen rättelse pågår i den här anteckningen."),
    "note.signed": ("This note is signed. Start a correction to change it.",
                    "Anteckningen är signerad. Påbörja en rättelse för att ändra den."),
    # settings.py
    "settings.practice_name_too_long": ("The practice name is longer than {limit} characters.",
                                        "Mottagningens namn är längre än {limit} tecken."),
    "settings.practitioner_too_long": (
        "Journal kept by (name, title) is longer than {limit} characters.",
        "Journalförare (namn, titel) är längre än {limit} tecken."),
    "settings.practitioner_line_break": (
        "Journal kept by (name, title) must be one line, without line breaks.",
        "Journalförare (namn, titel) ska vara en rad, utan radbrytningar."),
    "settings.template_too_long": ("The note template is longer than {limit} characters.",
                                   "Anteckningsmallen är längre än {limit} tecken."),
    "settings.idle_lock_range": ("Automatic lock must be between 1 and 240 minutes.",
                                 "Automatisk låsning måste vara mellan 1 och 240 minuter."),
    "settings.backup_reminder_range": (
        "The backup reminder must be between 1 and 365 days.",
        "Påminnelsen om säkerhetskopiering måste vara mellan 1 och 365 dagar.",
    ),
}
