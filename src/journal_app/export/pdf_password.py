"""The PDF password: the minimum length, a suggested passphrase, and the encryption itself.

ReportLab lays the document out unencrypted into memory; pypdf then encrypts those bytes, still in
memory, with AES-256 as ISO 32000-2 defines it (revision 6, whose password check is an
iterated hash rather than one SHA-256). The caller writes only the encrypted bytes, atomically.
Revision 6 is not part of PDF 1.7 itself: the file says `%PDF-1.7` and declares Adobe's
extension level 8 (`/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >>`), which
is where revision 6 was defined and how Acrobat X and later, poppler and qpdf recognise it.
That keeps the document a PDF 1.7 (PDF 2.0 would also fit, but deprecates the document
information dictionary that holds its title and author). pypdf encrypts but leaves the version
to the caller (it would write `%PDF-1.3`).
The owner password is random and never shown: nobody can lift the restrictions without the
user password, and there are none to lift (the client may print and copy their own journal).
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject

from journal_app.core.errors import InvalidInput

MIN_PDF_PASSWORD = 10
PDF_HEADER = b"%PDF-1.7"
ADBE_EXTENSION_LEVEL = 8  # AES-256, revision 6 (ISO 32000-1 with Adobe's extension level 8)

# 256 short Swedish words without å, ä or ö, so a client can type them on any keyboard:
# four of them and four digits give about 45 bits, read out in person in a few seconds.
WORDS: tuple[str, ...] = (
    "alg", "apa", "arm", "bad", "bak", "bal", "band", "bank", "barn", "berg",
    "bil", "bild", "blad", "blick", "blom", "bok", "bord", "boll", "bot", "bro",
    "brev", "bris", "bruk", "buk", "bulle", "by", "dag", "dal", "dam", "dans",
    "deg", "dike", "dimma", "dog", "dragg", "duk", "duva", "ek", "eld", "elva",
    "eng", "fabel", "fack", "fager", "falk", "fana", "far", "fat", "fest", "figur",
    "fika", "film", "fisk", "fjol", "flagg", "flod", "fot", "frost", "frukt", "fyr",
    "gata", "get", "glas", "glimt", "gran", "gren", "gris", "gryta", "gul", "gunga",
    "hage", "hals", "hamn", "hand", "hare", "hatt", "hav", "hem", "hjul", "holme",
    "hund", "hus", "id", "idyll", "is", "jord", "jul", "kaka", "kal", "kanal",
    "kanel", "kant", "kapp", "katt", "kil", "kind", "kista", "klang", "klipp", "klo",
    "knapp", "ko", "kork", "korp", "kost", "krans", "krok", "kul", "kust", "lada",
    "lager", "lamm", "lampa", "land", "lans", "lax", "lek", "lera", "lind", "lins",
    "lod", "lov", "lucka", "lugn", "lund", "lur", "mal", "mask", "mast", "matta",
    "med", "melodi", "mil", "mint", "moln", "mos", "mun", "mus", "myra", "nos",
    "nagel", "natt", "nav", "nisse", "not", "nypa", "oas", "ost", "oxe", "pall",
    "palm", "pang", "park", "pil", "pinne", "plan", "plog", "post", "puls", "pump",
    "rad", "ram", "ravin", "regn", "rep", "ring", "ris", "ros", "rot", "rum",
    "sal", "salt", "sand", "sax", "segel", "sill", "sjal", "skal", "skog", "sko",
    "skur", "sky", "slott", "smak", "snigel", "snus", "sol", "spade", "spik", "spel",
    "stad", "stam", "sten", "stig", "stol", "storm", "strand", "sump", "svan", "tak",
    "tall", "tand", "tavla", "te", "tid", "topp", "torg", "tram", "trapp", "tuba",
    "tulpan", "tum", "tunna", "ugn", "uggla", "ull", "urna", "vagn", "vakt", "val",
    "vals", "vante", "varg", "vas", "vik", "vind", "vinge", "visa", "vrak", "yxa",
    "zebra", "alm", "asp", "bi", "bock", "dun", "fil", "fin", "gap", "gnu",
    "hov", "kam", "kub", "lin", "nyckel", "orm", "pipa", "ruta", "sik", "snok",
    "tiger", "tupp", "udde", "vax", "vass", "bur",
)


def check_pdf_password(password: str) -> None:
    """Refuse a password a guesser would find quickly; says what the rule is."""
    if len(password) < MIN_PDF_PASSWORD:
        raise InvalidInput("pdf.password_too_short", minimum=MIN_PDF_PASSWORD)


def suggest_password() -> str:
    """Four random words and four digits, e.g. `sol-bro-katt-skog-4721`, from `secrets`."""
    words = [secrets.choice(WORDS) for _ in range(4)]
    return "-".join([*words, f"{secrets.randbelow(10_000):04d}"])


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The same document encrypted with AES-256 (R6) under `password`; metadata kept."""
    check_pdf_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=secrets.token_hex(32),
                   algorithm="AES-256")
    writer.pdf_header = PDF_HEADER
    writer.root_object[NameObject("/Extensions")] = DictionaryObject({
        NameObject("/ADBE"): DictionaryObject({
            NameObject("/BaseVersion"): NameObject("/1.7"),
            NameObject("/ExtensionLevel"): NumberObject(ADBE_EXTENSION_LEVEL),
        }),
    })
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
