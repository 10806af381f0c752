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
