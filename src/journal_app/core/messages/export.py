"""Exports (PDF, the interchange file), the import of a file, and a task that failed."""

from __future__ import annotations

EXPORT: dict[str, tuple[str, str]] = {
    # export/fonts.py, pdf_password.py, recovery_sheet.py, labels.py
    "pdf.font_damaged": ("The PDF font {file} is missing or damaged ({reason}); reinstall the app.",
                         "PDF-typsnittet {file} saknas eller är skadat ({reason}); installera om"
                         " appen."),
    "pdf.password_too_short": (
        "The PDF password must be at least {minimum} characters long; nothing was written.",
        "PDF-lösenordet måste vara minst {minimum} tecken långt; ingenting skrevs.",
    ),
    "pdf.font_map": ("The PDF's character map for the font {font} could not be written; nothing"
                     " was written.",
                     "PDF:ens teckentabell för typsnittet {font} kunde inte skrivas; ingenting"
                     " skrevs."),
    "pdf.unknown_language": ("Unknown language {language!r}.", "Okänt språk {language!r}."),
    "pdf.language": ("The language must be one of {available}, not {language!r}.",
                     "Språket måste vara ett av {available}, inte {language!r}."),
    # export/interchange.py: writing the file
    "export.inside_vault": (
        "Refusing to write the export inside the vault folder {folder}: it is plaintext and"
        " does not belong next to the encrypted vault.",
        "Exporten skrivs inte i valvets mapp {folder}: den är okrypterad och hör inte hemma"
        " bredvid det krypterade valvet.",
    ),
    "export.is_folder": ("{path} is a folder; give a file name for the export.",
                         "{path} är en mapp; ange ett filnamn för exporten."),
    "export.exists": ("{path} already exists; choose another name or remove it first.",
                      "{path} finns redan; välj ett annat namn eller ta bort den först."),
    # export/interchange.py: reading a file to import
    "import.too_big": (
        "The file is {megabytes:.0f} MB; the limit for an import is {limit} MB. Nothing was"
        " imported.",
        "Filen är {megabytes:.0f} MB; gränsen för en import är {limit} MB. Ingenting"
        " importerades.",
    ),
    "import.not_an_object": (
        'The file holds JSON, but not an object: a {format} file starts with {{"format":'
        ' "{format}", ...}}. Nothing was imported.',
        'Filen innehåller JSON, men inget objekt: en {format}-fil börjar med {{"format":'
        ' "{format}", ...}}. Ingenting importerades.',
    ),
    "import.not_utf8": (
        "The file is not UTF-8 text (byte {byte} cannot be read). Nothing was imported.",
        "Filen är inte UTF-8-text (byte {byte} går inte att läsa). Ingenting importerades.",
    ),
    "import.not_json": (
        "The file is not JSON: {problem} at line {line}, column {column}. Nothing was imported.",
        "Filen är inte JSON: {problem} på rad {line}, kolumn {column}. Ingenting importerades.",
    ),
    "import.too_deep": (
        "The file nests too deeply to be a journal-app/1 file. Nothing was imported.",
        "Filen är för djupt nästlad för att vara en journal-app/1-fil. Ingenting importerades.",
    ),
    "import.invalid_json": ("The file is not valid JSON: {problem} Nothing was imported.",
                            "Filen är inte giltig JSON: {problem} Ingenting importerades."),
    "import.is_folder": ("{path} is a folder, not a file to import.",
                         "{path} är en mapp, inte en fil att importera."),
    "import.no_file": ("There is no file {path} to import.",
                       "Det finns ingen fil {path} att importera."),
    "import.unreadable": ("Could not read {path}: {reason}.", "Kunde inte läsa {path}: {reason}."),
    # export/interchange_plan.py: {where} is a record's path in the file or import.the_file;
    # {problem} is one of the record.* details
    "import.refused": ("{where}: {problem} Nothing was imported.",
                       "{where}: {problem} Ingenting importerades."),
    "import.the_file": ("The file", "Filen"),
    # ui/tasks.py: work that failed in a way nobody foresaw
    "task.out_of_memory": ("Out of memory; nothing more was changed.",
                           "Minnet tog slut; inget mer ändrades."),
    "task.unexpected": ("Unexpected error ({kind}); nothing more was changed.",
                        "Oväntat fel ({kind}); inget mer ändrades."),
}
