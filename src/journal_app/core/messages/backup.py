"""Backups, restore and the import of records into a vault."""

from __future__ import annotations

BACKUP: dict[str, tuple[str, str]] = {
    "path.folder_missing": ("The folder {folder} does not exist.", "Mappen {folder} finns inte."),
    # backup.py
    "backup.target_not_a_backup": (
        "{path} exists and is not a journal-app backup; refusing to overwrite it.",
        "{path} finns redan och är ingen säkerhetskopia från journal-app; den skrivs inte över.",
    ),
    "backup.inside_vault": (
        "A backup inside the vault folder would be lost with the vault; choose another place.",
        "En säkerhetskopia i valvets mapp skulle gå förlorad tillsammans med valvet; välj en"
        " annan plats.",
    ),
    "backup.not_listed": ("No backup with id {id} is listed.",
                          "Ingen säkerhetskopia med id {id} finns i listan."),
    "backup.other_vault": ("{path} is a backup of another vault.",
                           "{path} är en säkerhetskopia av ett annat valv."),
    "backup.in_transaction": ("Finish the current change before backing up.",
                              "Slutför den pågående ändringen innan du säkerhetskopierar."),
    "backup.no_target": ("Choose a backup file, or set a backup folder first.",
                         "Välj en säkerhetskopia, eller välj först en mapp för säkerhetskopior."),
    "backup.rolled_back": (
        "No backup was written: {path} is older than the vault's record (it was replaced by"
        " an older copy while the vault was open), and a backup of it could hold erased"
        " clients. Lock the vault and unlock it again: the unlock applies the erasures made"
        " since. Then back up.",
        "Ingen säkerhetskopia skrevs: {path} är äldre än valvets egen uppgift om den (den har"
        " ersatts av en äldre kopia medan valvet var öppet), och en säkerhetskopia av den kunde"
        " innehålla raderade klienter. Lås valvet och lås upp det igen: upplåsningen utför"
        " raderingarna som gjorts sedan dess. Säkerhetskopiera sedan.",
    ),
    "backup.file_replaced": (
        "No backup was written: {path} was replaced by another file while the vault was open."
        " Lock the vault and unlock it again, then back up.",
        "Ingen säkerhetskopia skrevs: {path} ersattes av en annan fil medan valvet var öppet."
        " Lås valvet och lås upp det igen, och säkerhetskopiera sedan.",
    ),
    # restore.py
    "restore.target_not_empty": ("{folder} is not empty and holds no vault; choose another folder.",
                                 "{folder} är inte tom och innehåller inget valv; välj en annan"
                                 " mapp."),
    "restore.erasures_unknown": (
        "No record of the erasures made after this backup could be read (the vault it came"
        " from is missing or damaged, and so is its erasures.json): clients erased since the"
        " backup would come back. Nothing was restored. To restore anyway, accept that"
        " (journal-app restore --accept-erased-may-return) and erase them again.",
        "Inga uppgifter om raderingar gjorda efter den här säkerhetskopian gick att läsa (valvet"
        " den kom från saknas eller är skadat, och detsamma gäller dess erasures.json):"
        " klienter som raderats sedan dess skulle komma tillbaka. Ingenting återställdes. För"
        " att ändå återställa, godta det (journal-app restore --accept-erased-may-return) och"
        " radera dem igen.",
    ),
    # bulk_import.py
    "import.already_present": (
        "{path}: {id} is already in this vault (was this file imported before?). Nothing was"
        " imported.",
        "{path}: {id} finns redan i valvet (har filen importerats tidigare?). Ingenting"
        " importerades.",
    ),
}
