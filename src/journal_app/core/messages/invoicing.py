"""Invoicing: the practice's details, invoices, credit notes, payments, the SIE file."""

from __future__ import annotations

INVOICING: dict[str, tuple[str, str]] = {
    # storage/practice.py
    "practice.unknown_field": ("{name!r} is not a practice detail; the details are: {known}.",
                               "{name!r} är ingen mottagningsuppgift; uppgifterna är: {known}."),
    "practice.control_characters": (
        "The practice detail {name} holds a control character or a line break; nothing was"
        " changed.",
        "Mottagningsuppgiften {name} innehåller ett styrtecken eller en radbrytning; ingenting"
        " ändrades."),
    "practice.too_long": ("The practice detail {name} is longer than {limit} characters.",
                          "Mottagningsuppgiften {name} är längre än {limit} tecken."),
    "practice.org_number": ("The organisation number is not valid: {reason}",
                            "Organisationsnumret är inte giltigt: {reason}"),
    "practice.vat_number": (
        "The VAT number {value!r} is not SE followed by 12 digits ending in 01.",
        "Momsregistreringsnumret {value!r} är inte SE följt av 12 siffror som slutar på 01."),
    "practice.giro_form": ("The {name} {value!r} is not a number of that kind (digits, one"
                           " hyphen).",
                           "{name} {value!r} är inget sådant nummer (siffror, ett"
                           " bindestreck)."),
    "practice.check_digit": ("The {name} {value!r} has a wrong check digit; check for a typo.",
                             "{name} {value!r} har fel kontrollsiffra; kontrollera om det"
                             " blivit fel."),
    "practice.swish_number": ("The Swish number {value!r} is not 123 followed by 7 digits.",
                              "Swishnumret {value!r} är inte 123 följt av 7 siffror."),
    "practice.choice": ("The {name} {value!r} is not one of: {choices}.",
                        "{name} {value!r} är inte något av: {choices}."),
    "practice.yes_no": ("The {name} must be yes or no, not {value!r}.",
                        "{name} måste vara ja eller nej, inte {value!r}."),
    "practice.range": ("The {name} must be a whole number from {low} to {high}, not {value!r}.",
                       "{name} måste vara ett heltal från {low} till {high}, inte {value!r}."),
    "practice.account": ("The account {value!r} for {name} is not a four-digit BAS account.",
                         "Kontot {value!r} för {name} är inget fyrsiffrigt BAS-konto."),
    "practice.series_started": (
        "Invoices have been issued: the number series cannot start anew (numbers are never"
        " reused).",
        "Fakturor har utfärdats: nummerserien kan inte börja om (nummer återanvänds aldrig)."),
    # journal/invoicing.py
    "invoice.not_found": ("No invoice has the number {number}.",
                          "Ingen faktura har nummer {number}."),
    "invoice.language": ("An invoice is written in sv or en, not {language!r}.",
                         "En faktura skrivs på sv eller en, inte {language!r}."),
    "invoice.foreign_package": ("The package belongs to another client; nothing was issued.",
                                "Paketet tillhör en annan klient; ingenting utfärdades."),
    "invoice.no_price": ("The package {package} has no price; give it one before invoicing.",
                         "Paketet {package} har inget pris; ange ett innan det faktureras."),
    "invoice.package_invoiced": (
        "The package already has invoice {number}; credit it first to invoice it again.",
        "Paketet har redan faktura {number}; kreditera den först för att fakturera igen."),
    "invoice.no_uninvoiced_package": (
        "The client has no package with a price that is not invoiced already.",
        "Klienten har inget paket med pris som inte redan är fakturerat."),
    "invoice.session_not_chargeable": (
        "A session that is {status} is not charged; only held, late-cancelled or missed ones.",
        "Ett samtal med status {status} debiteras inte; bara hållna, sent avbokade eller"
        " uteblivna."),
    "invoice.charge_text": ("A charge needs a description of at most {limit} characters.",
                            "En debitering behöver en beskrivning på högst {limit} tecken."),
    "invoice.charge_price": ("A charge needs a price above zero.",
                             "En debitering behöver ett pris över noll."),
    "invoice.nothing_to_invoice": ("There is nothing to invoice: no package and no charge.",
                                   "Det finns inget att fakturera: inget paket och ingen"
                                   " debitering."),
    "invoice.practice_missing": (
        "An invoice needs these practice details, still missing: {missing}"
        " (in the window: Vault › Practice details…; on the command line: `journal-app practice"
        " --set FIELD=VALUE`). Nothing was issued.",
        "En faktura behöver dessa mottagningsuppgifter, som saknas: {missing}"
        " (i fönstret: Valv › Mottagningsuppgifter…; på kommandoraden: `journal-app"
        " practice --set FÄLT=VÄRDE`). Ingenting utfärdades."),
    "invoice.client_address_missing": (
        "An invoice needs the client's address, and {name} has none; add it to the client."
        " Nothing was issued.",
        "En faktura behöver klientens adress, och {name} har ingen; lägg till den hos"
        " klienten. Ingenting utfärdades."),
    "invoice.credit_a_credit_note": ("{number} is a credit note; it cannot be credited.",
                                     "{number} är en kreditfaktura; den kan inte krediteras."),
    "invoice.already_credited": ("Invoice {number} is already credited by {credit}.",
                                 "Faktura {number} är redan krediterad av {credit}."),
    "invoice.not_payable": ("Invoice {number} cannot be marked paid: it is {status}.",
                            "Faktura {number} kan inte markeras betald: den är {status}."),
    "invoice.paid_in_future": ("The payment date is in the future.",
                               "Betalningsdagen ligger i framtiden."),
    "invoice.not_overdue": ("Invoice {number} is not overdue; no reminder is needed.",
                            "Faktura {number} är inte förfallen; ingen påminnelse behövs."),
    "invoice.price_form": ("{value!r} is not a price in kronor (600 or 600,50).",
                           "{value!r} är inget pris i kronor (600 eller 600,50)."),
    "invoice.session_on": (
        "The client has {count} chargeable sessions (held, cancelled late or missed) on {day};"
        " exactly one is needed.",
        "Klienten har {count} debiterbara samtal (hållna, sent avbokade eller uteblivna) den"
        " {day}; det ska vara exakt ett."),
    "invoice.pdf_missing": ("This version cannot write invoice PDFs yet; nothing was written.",
                            "Den här versionen kan inte skriva faktura-PDF:er än; ingenting"
                            " skrevs."),
    # export/extract.py: an invoice's row among the billing records
    "label.invoice_row": ("Invoice {number}: {what}", "Faktura {number}: {what}"),
    "label.credit_note_row": ("Credit note {number} (credits {refers}): {what}",
                              "Kreditfaktura {number} (avser {refers}): {what}"),
    # export/interchange_invoicing.py
    "invoice.import_into_used_series": (
        "The vault has invoices already; a file's invoices are imported only into a vault"
        " without any (numbers are never reused). Nothing was imported.",
        "Valvet har redan fakturor; en fils fakturor importeras bara till ett valv utan"
        " fakturor (nummer återanvänds aldrig). Ingenting importerades."),
    "record.invoice_unknown": ("names {what} {value}, which is not in the file.",
                               "anger {what} {value}, som inte finns i filen."),
    "record.invoice_number_twice": ("the number {value} is used twice.",
                                    "numret {value} används två gånger."),
    "record.invoice_sums": ("the amounts do not add up: {problem}.",
                            "beloppen går inte ihop: {problem}."),
    "record.invoice_series": ("the series must go on after the highest number, {value}.",
                              "serien måste fortsätta efter det högsta numret, {value}."),
    # export/sie.py
    "sie.year": ("The year must be four digits, not {value!r}.",
                 "Året måste vara fyra siffror, inte {value!r}."),
}
