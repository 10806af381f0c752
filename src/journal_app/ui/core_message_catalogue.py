"""Every English message template the core and export layers raise, for lupdate.

Each entry is the core's f-string with its {fields} written as %1, %2, ... in order of
appearance (a field that repeats reuses its number). QT_TRANSLATE_NOOP only marks the text for
lupdate; ui/core_messages.py matches a raised message against these and translates it. Short
entries such as "the disk is full" are parts that the core puts into a longer message.
"""

from __future__ import annotations

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Qt's marker, typed: returns the text unchanged; lupdate extracts it by this name."""
    return text

TEMPLATES: tuple[str, ...] = (
    # errors.py, header.py, recovery.py: the vault and its keys
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong passphrase."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong recovery key."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong recovery key (it has 32 letters and digits in 8 groups)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong recovery key (it holds a character a recovery key never has)."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged or not a journal vault file: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no journal vault in %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 already holds a journal vault; refusing to overwrite it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The vault is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "The vault is open in another window or program."),
    QT_TRANSLATE_NOOP("CoreMessages", "The vault's header was changed on disk since the vault was "
                      "opened; nothing was written. Lock the vault and open it again."),
    # Reasons inside "… is damaged or not a journal vault file: <reason>"
    QT_TRANSLATE_NOOP("CoreMessages", "its checksum does not match (damaged or incomplete)"),
    QT_TRANSLATE_NOOP("CoreMessages", "its structure is broken"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "it became shorter while being read"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 page(s) of its database fail their HMAC"),
    QT_TRANSLATE_NOOP("CoreMessages", "its database is inconsistent: %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "far too large to be a vault header"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was altered after the app wrote it (its MAC does not match)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the database file is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "the database file is empty; its content is lost"),
    QT_TRANSLATE_NOOP("CoreMessages", "its database copy: %1"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "it belongs to another vault than %1; one of the two was copied from elsewhere"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "it cannot be decrypted with this vault's key (damaged or not this vault's file)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the vault is locked"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was written by a newer version of the app (schema %1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is not a journal-app backup"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was written by another version of the app (format %1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "its header is far too large"),
    QT_TRANSLATE_NOOP("CoreMessages", "its database copy has the wrong length"),
    QT_TRANSLATE_NOOP("CoreMessages", "its description and header name different vaults"),
    QT_TRANSLATE_NOOP("CoreMessages", "its description cannot be read"),
    QT_TRANSLATE_NOOP("CoreMessages", "expected base64 text"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a JSON object"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a journal-app vault header"),
    QT_TRANSLATE_NOOP("CoreMessages", "unsupported header version %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "checksum mismatch"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key derivation"),
    QT_TRANSLATE_NOOP("CoreMessages", "key derivation parameters out of range"),
    QT_TRANSLATE_NOOP("CoreMessages", "wrapped key has the wrong length"),
    # atomic.py, db.py: the disk
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write %1: %2. Nothing already saved was lost."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save to %1: %2. Nothing already saved was lost."),
    QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"),
    QT_TRANSLATE_NOOP("CoreMessages", "the location is read-only or not permitted"),
    # passphrase.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The passphrase has %1 characters; it needs at least %2, because it is all that stands "
        "between a stolen laptop and your clients' notes. A few unrelated words make a long "
        "passphrase that is easy to remember."),
    QT_TRANSLATE_NOOP("CoreMessages", "The passphrase is longer than %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The passphrase starts or ends with a space, which is easy to lose."),
    QT_TRANSLATE_NOOP("CoreMessages", "The passphrase repeats too few different characters to be safe."),
    # text.py and the field names clients.py and packages.py pass to it
    QT_TRANSLATE_NOOP("CoreMessages", "%1 must be text."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 must not be empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is longer than %2 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 contains control characters (such as a line break or NUL)."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 contains control characters other than line breaks and tabs."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note must be text."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note is longer than %1 million characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name"),
    QT_TRANSLATE_NOOP("CoreMessages", "The address"),
    QT_TRANSLATE_NOOP("CoreMessages", "The free text"),
    QT_TRANSLATE_NOOP("CoreMessages", "The package name"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address"),
    QT_TRANSLATE_NOOP("CoreMessages", "The phone number"),
    # clients.py
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address needs an @."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown client field: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "No client with id %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "This client has a package that is not completed; archive the client "
                                      "once no package is open."),
    QT_TRANSLATE_NOOP("CoreMessages", "Identity number: %1"),
    # packages.py
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a plausible year for a session."),
    QT_TRANSLATE_NOOP("CoreMessages", "The number of sessions must be a whole number."),
    QT_TRANSLATE_NOOP("CoreMessages", "A package holds between 1 and %1 sessions."),
    QT_TRANSLATE_NOOP("CoreMessages", "The price must be zero or more."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a date and time like 2026-01-12T10:00."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a date like 2026-01-10."),
    QT_TRANSLATE_NOOP("CoreMessages", "No package with id %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "No session with id %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "This package is completed; add a new package for more sessions."),
    QT_TRANSLATE_NOOP("CoreMessages", "This package is completed; its sessions can no longer change."),
    QT_TRANSLATE_NOOP("CoreMessages", "This package is completed; it can no longer change."),
    QT_TRANSLATE_NOOP("CoreMessages", "The package already has %1 session(s) held or planned; it "
                      "cannot hold fewer."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a package without sessions can be removed."),
    QT_TRANSLATE_NOOP("CoreMessages", "The purchase date %1 is in the future."),
    QT_TRANSLATE_NOOP("CoreMessages", "The purchase date %1 is before %2; check the year."),
    QT_TRANSLATE_NOOP("CoreMessages", "This session is still planned: mark it held before "
                      "signing its note."),
    # notes.py
    QT_TRANSLATE_NOOP("CoreMessages", "This session has no note yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "This note is already signed."),
    QT_TRANSLATE_NOOP("CoreMessages", "An empty note cannot be signed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a signed note is corrected; a draft can be edited as it is."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no correction in progress on this note."),
    QT_TRANSLATE_NOOP("CoreMessages", "This note is signed. Start a correction to change it."),
    # settings.py
    QT_TRANSLATE_NOOP("CoreMessages", "The practice name is longer than %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note template is longer than %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Automatic lock must be between 1 and 240 minutes."),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup reminder must be between 1 and 365 days."),
    # policy.py, erasure.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Under the PDL policy these notes must be kept at least 10 years after the last entry (%1), "
        "that is until %2 (Patientdatalagen 3 kap 17 §); only a destruction decided by IVO "
        "(8 kap 4 §) can erase them earlier."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "These notes were written under the PDL policy, so whatever the policy is now they must be "
        "kept at least 10 years after the last entry (%1), that is until %2 (Patientdatalagen 3 kap "
        "17 §); only a destruction decided by IVO (8 kap 4 §) can erase them earlier."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The PDF password must be at least %1 characters long; nothing was written."),
    QT_TRANSLATE_NOOP("CoreMessages", "The IVO decision needs its reference (diarienummer)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The IVO reference cannot contain ; or =."),
    QT_TRANSLATE_NOOP("CoreMessages", "The IVO reference is longer than %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "No client with id %1; nothing to erase."),
    QT_TRANSLATE_NOOP("CoreMessages", "The IVO decision's date is in the future."),
    QT_TRANSLATE_NOOP("CoreMessages", "An erase runs in its own transaction; finish the current one first."),
    QT_TRANSLATE_NOOP("CoreMessages", "The erase of client %1 did not complete: %2 still remain. Nothing was "
                                      "reported as erased."),
    QT_TRANSLATE_NOOP("CoreMessages", "A package to erase belongs to another client; nothing erased."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a known reason for an erase."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is still there after the erase and may hold erased text."),
    QT_TRANSLATE_NOOP("CoreMessages", "This client has no completed package to erase."),
    QT_TRANSLATE_NOOP("CoreMessages", "The stored IVO decision date is not a date."),
    QT_TRANSLATE_NOOP("CoreMessages", "The privacy notice is available in %1, not %2."),
    # backup.py, restore.py, bulk_import.py
    QT_TRANSLATE_NOOP("CoreMessages", "The folder %1 does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 exists and is not a journal-app backup; refusing to overwrite it."),
    QT_TRANSLATE_NOOP("CoreMessages", "A backup inside the vault folder would be lost with the vault; choose "
                                      "another place."),
    QT_TRANSLATE_NOOP("CoreMessages", "No backup with id %1 is listed."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is a backup of another vault."),
    QT_TRANSLATE_NOOP("CoreMessages", "Finish the current change before backing up."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose a backup file, or set a backup folder first."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not empty and holds no vault; choose another folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 is already in this vault (was this file imported before?). "
                                      "Nothing was imported."),
    # export/: PDF fonts, the interchange file
    QT_TRANSLATE_NOOP("CoreMessages", "The PDF font %1 is missing or damaged (%2); reinstall the app."),
    QT_TRANSLATE_NOOP("CoreMessages", "Refusing to write the export inside the vault folder %1: it is "
                                      "plaintext and does not belong next to the encrypted vault."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder; give a file name for the export."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 already exists; choose another name or remove it first."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file is %1 MB; the limit for an import is %2 MB. Nothing was "
                                      "imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file holds JSON, but not an object: a %1 file starts with "
                                      "{\"format\": \"%1\", ...}. Nothing was imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file is not UTF-8 text (byte %1 cannot be read). Nothing was "
                                      "imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file is not JSON: %1 at line %2, column %3. Nothing was "
                                      "imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file nests too deeply to be a journal-app/1 file. Nothing was "
                                      "imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file is not valid JSON: %1 Nothing was imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder, not a file to import."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no file %1 to import."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not read %1: %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 Nothing was imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file"),
    QT_TRANSLATE_NOOP("CoreMessages", "The language must be one of %1, not %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown language %1."),
    # ui/controllers/tasks.py: what reaches a person when the work fails in an unforeseen way
    QT_TRANSLATE_NOOP("CoreMessages", "Out of memory; nothing more was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unexpected error (%1); nothing more was changed."),
)
