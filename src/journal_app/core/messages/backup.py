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
    "restore.invoices_not_carried": (
        "Invoices, credit notes and payments recorded after the backup was made ({made}) are"
        " not in the restored vault: there was no readable copy of this vault here to carry"
        " them over from. The invoice series goes on from number {next}, as in the backup, so"
        " an invoice issued since then would get its number again. If you issued any after"
        " that date, keep the copies you sent (they are bookkeeping records) and talk to your"
        " accountant before you issue the next invoice.",
        "Fakturor, kreditfakturor och betalningar som registrerats efter att säkerhetskopian"
        " gjordes ({made}) finns inte i det återställda valvet: här fanns ingen läsbar kopia"
        " av valvet att föra över dem från. Fakturaserien fortsätter från nummer {next}, som i"
        " säkerhetskopian, så en faktura som utfärdats sedan dess skulle få sitt nummer en gång"
        " till. Om du har utfärdat fakturor efter det datumet: spara kopiorna du skickade (de"
        " är räkenskapsinformation) och tala med din redovisningskonsult innan du utfärdar"
        " nästa faktura.",
    ),
    "restore.invoices_not_carried_unstarted": (
        "Invoices, credit notes and payments recorded after the backup was made ({made}) are"
        " not in the restored vault: there was no readable copy of this vault here to carry"
        " them over from. No invoice had been issued when the backup was made, so the series"
        " starts again at its first number. If you issued any after that date, keep the copies"
        " you sent (they are bookkeeping records) and talk to your accountant before you issue"
        " the next invoice.",
        "Fakturor, kreditfakturor och betalningar som registrerats efter att säkerhetskopian"
        " gjordes ({made}) finns inte i det återställda valvet: här fanns ingen läsbar kopia"
        " av valvet att föra över dem från. Ingen faktura var utfärdad när säkerhetskopian"
        " gjordes, så serien börjar om från sitt första nummer. Om du har utfärdat fakturor"
        " efter det datumet: spara kopiorna du skickade (de är räkenskapsinformation) och tala"
        " med din redovisningskonsult innan du utfärdar nästa faktura.",
    ),
    "restore.invoices_left_out": (
        "Invoice or credit note number(s) {numbers} of the replaced vault were not carried"
        " over: the backup gives those numbers (or that credit) to other documents. They are"
        " kept in {folder}; keep that folder and talk to your accountant before you delete it.",
        "Faktura- eller kreditfakturanummer {numbers} i det ersatta valvet fördes inte över:"
        " säkerhetskopian ger de numren (eller den krediteringen) till andra dokument. De"
        " finns kvar i {folder}; behåll den mappen och tala med din redovisningskonsult innan"
        " du raderar den.",
    ),
    # bulk_import.py
    "import.already_present": (
        "{path}: {id} is already in this vault (was this file imported before?). Nothing was"
        " imported.",
        "{path}: {id} finns redan i valvet (har filen importerats tidigare?). Ingenting"
        " importerades.",
    ),
}
