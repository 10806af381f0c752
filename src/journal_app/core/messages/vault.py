"""The vault, its keys and passphrase, and the disk under it."""

from __future__ import annotations

VAULT: dict[str, tuple[str, str]] = {
    # errors.py, header.py, recovery.py, vault.py, vault_lock.py
    "vault.wrong_passphrase": ("Wrong passphrase.", "Fel lösenfras."),
    "vault.wrong_recovery_key": ("Wrong recovery key.", "Fel återställningsnyckel."),
    "vault.recovery_key_form": (
        "Wrong recovery key (it has 32 letters and digits in 8 groups).",
        "Fel återställningsnyckel (den har 32 bokstäver och siffror i 8 grupper).",
    ),
    "vault.recovery_key_character": (
        "Wrong recovery key (it holds a character a recovery key never has).",
        "Fel återställningsnyckel (den innehåller ett tecken som en återställningsnyckel aldrig"
        " har).",
    ),
    "vault.damaged": (
        "{path} is damaged or not a journal vault file: {reason}",
        "{path} är skadad eller ingen fil från ett journalvalv: {reason}",
    ),
    "vault.missing": ("There is no journal vault in {folder}.",
                      "Det finns inget journalvalv i {folder}."),
    "vault.exists": (
        "{folder} already holds a journal vault; refusing to overwrite it.",
        "{folder} innehåller redan ett journalvalv; det skrivs inte över.",
    ),
    "vault.locked": ("The vault is locked.", "Valvet är låst."),
    "vault.in_use": ("The vault is open in another window or program.",
                     "Valvet är öppet i ett annat fönster eller program."),
    "vault.header_changed": (
        "The vault's header was changed on disk since the vault was opened; nothing was"
        " written. Lock the vault and open it again.",
        "Valvets huvudfil har ändrats på disken sedan valvet öppnades; inget skrevs. Lås valvet"
        " och öppna det igen.",
    ),
    # kdf.py: Argon2 itself refused or failed
    "vault.kdf_failed": (
        "The key could not be derived with the parameters in the vault's header (memory"
        " {memory}, time cost {time_cost}, parallelism {lanes}): {reason}. Nothing was changed.",
        "Nyckeln kunde inte härledas med parametrarna i valvets huvudfil (minne {memory},"
        " tidskostnad {time_cost}, parallellitet {lanes}): {reason}. Ingenting ändrades.",
    ),
    "vault.kdf_no_memory": ("there is not enough free memory", "det finns inte tillräckligt med"
                            " ledigt minne"),
    # unlock.py: what an unlock says about the header copies
    "vault.header_repaired": (
        "{path} had been altered or damaged ({reason}); the vault opened with its copy {copy},"
        " which is intact, and {path} was rewritten from it. The repair is in the access log.",
        "{path} hade ändrats eller skadats ({reason}); valvet öppnades med kopian {copy}, som är"
        " hel, och {path} skrevs om från den. Lagningen finns i åtkomstloggen.",
    ),
    "vault.header_copy_used": (
        "{path} is damaged ({reason}); the vault opened with its copy {copy}. The damaged file"
        " is left as it is: `journal-app verify` says more.",
        "{path} är skadad ({reason}); valvet öppnades med kopian {copy}. Den skadade filen"
        " lämnas som den är: `journal-app verify` berättar mer.",
    ),
    "vault.header_unwrap_failed": (
        "the passphrase does not open it, but opens the copy", "lösenfrasen öppnar den inte,"
        " men öppnar kopian",
    ),
    # rollback.py: journal.db older than the record beside it (erasures.json)
    "vault.rolled_back": (
        "This journal file ({path}) is older than the vault's record: it was replaced by an"
        " older copy (or entries were cut from its access log). {lost} {erasures} This is"
        " recorded in the access log.",
        "Journalfilen ({path}) är äldre än valvets egen uppgift om den: den har ersatts av en"
        " äldre kopia (eller så har poster klippts bort ur åtkomstloggen). {lost} {erasures}"
        " Det här har förts in i åtkomstloggen.",
    ),
    "vault.rollback_lost": (
        "The access log lacks the {count} entries written after entry {after} (they were"
        " numbered {first}–{last}).",
        "Åtkomstloggen saknar de {count} poster som skrevs efter post {after} (de hade nummer"
        " {first}–{last}).",
    ),
    "vault.rollback_replaced": (
        "The access log no longer holds entry {last} as it was written: the entries up to it"
        " were replaced.",
        "Åtkomstloggen innehåller inte längre post {last} som den skrevs: posterna fram till den"
        " har ersatts.",
    ),
    "vault.rollback_reapplied": (
        "{count} client(s) erased after that copy was made were erased again: their data is"
        " gone again, as it was.",
        "{count} klient(er) som raderats efter att den kopian gjordes raderades igen: deras"
        " uppgifter är borta igen, som de var.",
    ),
    "vault.rollback_nothing_to_erase": (
        "No erasure had to be applied again.",
        "Ingen radering behövde utföras igen.",
    ),
    "vault.rollback_failed": (
        "This journal file ({path}) is older than the vault's record, and the erasures made"
        " since could not be applied again ({reason}). The vault was not opened; restore a"
        " backup.",
        "Journalfilen ({path}) är äldre än valvets egen uppgift om den, och raderingarna som"
        " gjorts sedan dess kunde inte utföras igen ({reason}). Valvet öppnades inte; återställ"
        " en säkerhetskopia.",
    ),
    "vault.anchor_missing": (
        "The vault's record beside the journal ({path}) is missing, damaged or not this"
        " vault's, so whether the journal file was replaced by an older copy cannot be"
        " checked. If you have erased clients, check that they are gone. A new record is"
        " written now; this is recorded in the access log.",
        "Valvets egen uppgift bredvid journalen ({path}) saknas, är skadad eller hör inte till"
        " valvet, så det går inte att kontrollera om journalfilen har ersatts av en äldre"
        " kopia. Om du har raderat klienter, kontrollera att de är borta. En ny uppgift skrivs"
        " nu; det här har förts in i åtkomstloggen.",
    ),
    # passphrase.py
    "passphrase.too_short": (
        "The passphrase has {length} characters; it needs at least {minimum}, because it is all"
        " that stands between a stolen laptop and your clients' notes. A few unrelated words"
        " make a long passphrase that is easy to remember.",
        "Lösenfrasen har {length} tecken; den behöver minst {minimum}, eftersom den är det enda"
        " som står mellan en stulen dator och dina klienters anteckningar. Några orelaterade ord"
        " blir en lång lösenfras som är lätt att komma ihåg.",
    ),
    "passphrase.too_long": ("The passphrase is longer than {maximum} characters.",
                            "Lösenfrasen är längre än {maximum} tecken."),
    "passphrase.edge_space": (
        "The passphrase starts or ends with a space, which is easy to lose.",
        "Lösenfrasen börjar eller slutar med ett mellanslag, som lätt glöms bort.",
    ),
    "passphrase.too_few_characters": (
        "The passphrase repeats too few different characters to be safe.",
        "Lösenfrasen har för få olika tecken för att vara säker.",
    ),
    # atomic.py, db.py: the disk; {reason} is a disk.* phrase or the system's own words
    "disk.write_failed": (
        "Could not write {path}: {reason}. Nothing already saved was lost.",
        "Kunde inte skriva {path}: {reason}. Inget som redan var sparat har gått förlorat.",
    ),
    "disk.save_failed": (
        "Could not save to {path}: {reason}. Nothing already saved was lost.",
        "Kunde inte spara till {path}: {reason}. Inget som redan var sparat har gått förlorat.",
    ),
    "disk.full": ("the disk is full", "disken är full"),
    "disk.not_permitted": ("the location is read-only or not permitted",
                           "platsen är skrivskyddad eller saknar behörighet"),
}
