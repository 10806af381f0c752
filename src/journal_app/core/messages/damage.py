"""Reasons inside "<path> is damaged or not a journal vault file: <reason>" (vault.damaged)."""

from __future__ import annotations

DAMAGE: dict[str, tuple[str, str]] = {
    # backup_file.py, backup.py, restore.py, verify.py
    "damage.checksum": ("its checksum does not match (damaged or incomplete)",
                        "kontrollsumman stämmer inte (skadad eller ofullständig)"),
    "damage.structure": ("its structure is broken", "strukturen är trasig"),
    "damage.file_missing": ("the file is missing", "filen saknas"),
    "damage.shrank": ("it became shorter while being read", "den blev kortare medan den lästes"),
    "damage.pages_fail_hmac": ("{count} page(s) of its database fail their HMAC",
                               "{count} sida/sidor i databasen klarar inte HMAC-kontrollen"),
    "damage.inconsistent": ("its database is inconsistent: {detail}",
                            "databasen är inkonsekvent: {detail}"),
    "damage.database_copy": ("its database copy: {reason}", "dess databaskopia: {reason}"),
    "damage.not_a_backup": ("it is not a journal-app backup",
                            "det är ingen säkerhetskopia från journal-app"),
    "damage.backup_format": ("it was written by another version of the app (format {version})",
                             "den skrevs av en annan version av appen (format {version})"),
    "damage.backup_header_too_large": ("its header is far too large",
                                       "huvudet är alldeles för stort"),
    "damage.backup_wrong_length": ("its database copy has the wrong length",
                                   "databaskopian har fel längd"),
    "damage.backup_vaults_differ": ("its description and header name different vaults",
                                    "beskrivningen och huvudet anger olika valv"),
    "damage.backup_description": ("its description cannot be read",
                                  "beskrivningen går inte att läsa"),
    # db.py, schema.py, vault.py
    "damage.database_missing": ("the database file is missing", "databasfilen saknas"),
    "damage.database_empty": ("the database file is empty; its content is lost",
                              "databasfilen är tom; innehållet har gått förlorat"),
    "damage.not_decryptable": (
        "it cannot be decrypted with this vault's key (damaged or not this vault's file)",
        "den kan inte dekrypteras med valvets nyckel (skadad eller inte valvets fil)",
    ),
    "damage.vault_locked": ("the vault is locked", "valvet är låst"),
    "damage.newer_schema": ("it was written by a newer version of the app (schema {version})",
                            "den skrevs av en nyare version av appen (schema {version})"),
    "damage.other_vault": (
        "it belongs to another vault than {other}; one of the two was copied from elsewhere",
        "den hör till ett annat valv än {other}; ett av dem har kopierats från annat håll",
    ),
    # header.py
    "damage.header_too_large": ("far too large to be a vault header",
                                "alldeles för stor för att vara ett valvhuvud"),
    "damage.header_altered": (
        "it was altered after the app wrote it (its MAC does not match)",
        "den har ändrats efter att appen skrev den (dess MAC stämmer inte)",
    ),
    "damage.header_not_base64": ("expected base64 text", "base64-text förväntades"),
    "damage.header_not_object": ("not a JSON object", "inget JSON-objekt"),
    "damage.header_not_ours": ("not a journal-app vault header",
                               "inget valvhuvud från journal-app"),
    "damage.header_version": ("unsupported header version {version!r}",
                              "huvudversion {version!r} stöds inte"),
    "damage.header_checksum": ("checksum mismatch", "kontrollsumman stämmer inte"),
    "damage.header_kdf_unknown": ("unknown key derivation", "okänd nyckelhärledning"),
    "damage.header_kdf_range": (
        "key derivation parameters out of range",
        "parametrarna för nyckelhärledningen är utanför tillåtna värden",
    ),
    "damage.header_kdf_beyond": (
        "its key derivation parameters (memory {memory}, time cost {time_cost}, parallelism"
        " {lanes}) are far beyond any this app writes",
        "parametrarna för nyckelhärledningen (minne {memory}, tidskostnad {time_cost},"
        " parallellitet {lanes}) ligger långt över alla som appen skriver",
    ),
    "damage.header_kdf_lanes": (
        "its key derivation parameters ask for parallelism {lanes} in {memory} of memory"
        " (Argon2 needs at least 8 KiB for each of its {lanes} lanes)",
        "parametrarna för nyckelhärledningen begär parallellitet {lanes} i {memory} minne"
        " (Argon2 behöver minst 8 KiB för var och en av dess {lanes} banor)",
    ),
    "damage.header_wrapped_key": ("wrapped key has the wrong length",
                                  "den inlindade nyckeln har fel längd"),
    "damage.header_mac_length": ("the MAC has the wrong length", "MAC-värdet har fel längd"),
}
