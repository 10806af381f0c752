"""The text inside a Swish QR code that opens the Swish app with the payment filled in.

Swish's QR-code API manual, section 6 "QR code encoding specification", Swish C2B
(developer.getswish.se/qr-api-manual/6-qr-code-encoding-specification/):

    C<payee>;<amount>;<message>;<lock mask>

- "C" (capital) is the required prefix; the payee is the Swish number (digits).
- The amount is in SEK with two decimals and a comma as the decimal separator ("100,00").
- The message is URL-encoded; "on an invoice, the OCR number".
- The lock mask is the decimal value of a bit mask of what the payer may edit (payee bit 0,
  amount bit 1, message bit 2; a set bit means editable); 0 fixes all three, as an invoice's
  payee, amount and reference must be. The manual's own example:
  `C1237856901;100,00;12229445;0` (an invoice of 100 SEK with OCR 12229445).
- Swish's prefilled-code API takes a message of at most 50 characters.

The amount is a wire format fixed by Swish, not a locale's display, so it is written from the
öre exactly here rather than through Babel: a locale's grouping must never reach the code.
"""

from __future__ import annotations

from urllib.parse import quote

from journal_app.export.fonts import ExportError

PREFIX = "C"
LOCK_ALL = 0  # payee, amount and message all fixed
MESSAGE_LIMIT = 50
NUMBER_DIGITS = 10  # business numbers (123 xxx xx xx) and Swedish mobile numbers alike
_SEPARATORS = str.maketrans("", "", " -\u00a0")


def swish_payee(number: str) -> str:
    """The Swish number as the code carries it: its digits, without the spaces or hyphens it
    was typed with. Anything but ten digits is refused (pdf.swish_number)."""
    digits = number.translate(_SEPARATORS)
    if len(digits) != NUMBER_DIGITS or not digits.isascii() or not digits.isdigit():
        raise ExportError("pdf.swish_number", number=number)
    return digits


def swish_amount(ore: int) -> str:
    """`120000` öre -> `1200,00`: two decimals, a comma, no grouping."""
    if ore < 0:
        raise ValueError("a Swish payment is never negative")
    whole, rest = divmod(ore, 100)
    return f"{whole},{rest:02d}"


def swish_payload(number: str, amount_ore: int, message: str, lock_mask: int = LOCK_ALL) -> str:
    """`C1231181189;1200,00;12345678;0`: the QR code's text for paying `amount_ore` to the
    Swish number `number` with `message` (the OCR reference or invoice number) as the
    reference, nothing of it editable by default."""
    if len(message) > MESSAGE_LIMIT:
        raise ExportError("pdf.swish_message", message=message, limit=MESSAGE_LIMIT)
    if not 0 <= lock_mask <= 7:
        raise ValueError("the lock mask has three bits: payee, amount and message")
    fields = (swish_payee(number), swish_amount(amount_ore), quote(message, safe=""),
              str(lock_mask))
    return PREFIX + ";".join(fields)
