"""The words of the register extract PDF (GDPR art. 15), English and Swedish, by code:
"label.<field>", "label.<field>:<key>" for names, "label.<field>:<n>" for paragraphs in order."""

from __future__ import annotations

LABELS_EXTRACT: dict[str, tuple[str, str]] = {
    "label.extract_intro": (
        "This is everything {practice} holds about you in its journal, under Article 15 of the General "
        "Data Protection Regulation (GDPR).",
        "Det här är alla uppgifter som {practice} har om dig i sin journal, enligt artikel 15 i "
        "dataskyddsförordningen (GDPR).",
    ),
    "label.personal_data": ("Personal data", "Personuppgifter"),
    "label.name": ("Name", "Namn"),
    "label.email": ("E-mail", "E-post"),
    "label.phone": ("Phone", "Telefon"),
    "label.address": ("Address", "Adress"),
    "label.free_text": ("Other", "Övrigt"),
    "label.registered": ("Registered", "Registrerad"),
    "label.archived": ("Archived", "Arkiverad"),
    "label.empty": ("–", "–"),
    "label.billing": ("Billing records", "Faktureringsunderlag"),
    "label.billing_intro": (
        "Kept for the accounts, also after the notes have been erased.",
        "Uppgifter som sparas för bokföringen, även efter att anteckningarna raderats.",
    ),
    "label.no_billing": ("No billing records.", "Inga faktureringsunderlag."),
    "label.keep_until": ("Kept until", "Sparas till"),
    "label.erasures": ("Erasures", "Raderingar"),
    "label.no_erasures": ("No notes have been erased.", "Inga anteckningar har raderats."),
    "label.erased_at": ("Erased", "Raderat"),
    "label.notes_erased": ("Notes", "Antal anteckningar"),
    "label.reason": ("Reason", "Skäl"),
    "label.policy_heading": ("Policy", "Regel"),
    "label.reasons:package_completed": ("Session package completed", "Samtalspaketet avslutat"),
    "label.reasons:client_request": ("Your request", "Din begäran"),
    "label.reasons:pdl_retention_ended": (
        "The Patient Data Act's storage period ended",
        "Lagringstiden enligt patientdatalagen har gått ut",
    ),
    "label.reasons:no_journal_entries": (
        "There were no journal entries to keep",
        "Det fanns inga journalanteckningar att bevara",
    ),
    "label.reasons:ivo_decision": ("Decision by IVO", "Beslut av IVO"),
    "label.policy:erase_on_completion": (
        "Erased when the package is completed",
        "Radering när paketet är avslutat",
    ),
    "label.policy:pdl": ("Patient Data Act (10 years)", "Patientdatalagen (10 år)"),
    "label.notes_heading": ("Notes", "Anteckningar"),
    "label.access_log": ("Access log", "Logg över åtkomst"),
    "label.access_log_intro": (
        "Every time your journal was opened, changed or handed out.",
        "Varje gång din journal har öppnats, ändrats eller lämnats ut.",
    ),
    "label.no_access_log": ("No log entries.", "Inga loggposter."),
    "label.when": ("Time", "Tid"),
    "label.event": ("Event", "Händelse"),
    "label.detail": ("Detail", "Detalj"),
    "label.session_word": ("session", "samtal"),
    "label.actions:open_journal": ("Journal opened", "Journalen öppnad"),
    "label.actions:client_created": ("Details registered", "Uppgifter registrerade"),
    "label.actions:client_changed": ("Details changed", "Uppgifter ändrade"),
    "label.actions:note_created": ("Note started", "Anteckning påbörjad"),
    "label.actions:note_signed": ("Note signed", "Anteckning signerad"),
    "label.actions:note_corrected": ("Note corrected", "Anteckning rättad"),
    "label.actions:export_pdf": ("Journal handed out as PDF", "Journalen utlämnad som PDF"),
    "label.actions:export_extract": ("Register extract handed out", "Registerutdrag utlämnat"),
    "label.actions:export_interchange": ("Exported to a file", "Exporterad till fil"),
    "label.actions:import": ("Imported from a file", "Importerad från fil"),
    "label.actions:erase": ("Notes erased", "Anteckningar raderade"),
    "label.actions:backup_erasure": ("Removed from a backup", "Raderad ur säkerhetskopia"),
    "label.actions:package_changed": ("Package corrected", "Samtalspaket rättat"),
    "label.actions:package_removed": ("Package removed", "Samtalspaket borttaget"),
    "label.actions:export_log": ("Log extract handed out", "Loggutdrag utlämnat"),
    "label.about_heading": ("About the processing", "Om behandlingen"),
    "label.about:0": (
        "Purpose: to document our sessions and to bill them. The data is kept only in an encrypted "
        "journal on the practice's computer and is not shared with anyone else.",
        "Ändamål: att dokumentera våra samtal och att fakturera dem. Uppgifterna finns bara i en "
        "krypterad journal på mottagningens dator och lämnas inte ut till någon annan.",
    ),
    "label.about:1": ("Storage period: {retention}", "Lagringstid: {retention}"),
    "label.about:2": (
        "You have the right to have incorrect data corrected and, where the law allows, erased. If you "
        "are dissatisfied you may complain to the Swedish Authority for Privacy Protection (IMY).",
        "Du har rätt att få felaktiga uppgifter rättade och, där lagen tillåter, raderade. Om du är "
        "missnöjd kan du klaga hos Integritetsskyddsmyndigheten (IMY).",
    ),
    "label.retention:erase_on_completion": (
        "the notes are erased when the session package is completed; billing records are kept for "
        "seven years under the Swedish Accounting Act.",
        "anteckningarna raderas när samtalspaketet är avslutat; faktureringsunderlag sparas i sju år "
        "enligt bokföringslagen.",
    ),
    "label.retention:pdl": (
        "the journal is kept for at least ten years under the Patient Data Act; billing records are "
        "kept for seven years under the Swedish Accounting Act.",
        "journalen sparas i minst tio år enligt patientdatalagen; faktureringsunderlag sparas i sju år "
        "enligt bokföringslagen.",
    ),
}
