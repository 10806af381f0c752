"""The words of the invoice, credit note and payment reminder PDFs, English and Swedish, by code
"label.invoice_<field>" (export/invoice_labels.py reads them by field), and the errors the
invoice PDF can raise. Fields in braces ({number}, {date}) are filled by the PDF code."""

from __future__ import annotations

LABELS_INVOICE: dict[str, tuple[str, str]] = {
    # Titles and the numbers and dates beside them
    "label.invoice_invoice_title": ("Invoice", "Faktura"),
    "label.invoice_credit_title": ("Credit note", "Kreditfaktura"),
    "label.invoice_reminder_title": ("Payment reminder", "Betalningspåminnelse"),
    "label.invoice_invoice_number": ("Invoice number", "Fakturanummer"),
    "label.invoice_credit_number": ("Credit note number", "Kreditfakturanummer"),
    "label.invoice_invoice_date": ("Invoice date", "Fakturadatum"),
    "label.invoice_date": ("Date", "Datum"),
    "label.invoice_due_date": ("Due date", "Förfallodatum"),
    "label.invoice_original_due_date": ("Original due date", "Ursprungligt förfallodatum"),
    "label.invoice_pay_by": ("Pay by", "Betala senast"),
    "label.invoice_refers_to": ("Credits invoice", "Avser faktura"),
    "label.invoice_refers_to_line": ("Credits invoice {number}", "Avser faktura {number}"),
    "label.invoice_payment_terms": ("Payment terms", "Betalningsvillkor"),
    "label.invoice_terms_days": ("{days} days net", "{days} dagar netto"),
    "label.invoice_ocr": ("OCR", "OCR-nummer"),
    # The parties
    "label.invoice_bill_to": ("Bill to", "Faktureras till"),
    "label.invoice_customer": ("Customer", "Kund"),
    "label.invoice_org_number": ("Org. no.", "Org.nr"),
    "label.invoice_vat_number": ("VAT reg. no.", "Momsreg.nr"),
    # Skatteverket's wording is the Swedish one; an English invoice gives it too.
    "label.invoice_f_skatt": ("Approved for F-tax (Godkänd för F-skatt)", "Godkänd för F-skatt"),
    "label.invoice_email": ("Email", "E-post"),
    "label.invoice_phone": ("Phone", "Telefon"),
    # The lines and the totals
    "label.invoice_description": ("Description", "Beskrivning"),
    "label.invoice_supplied": ("Date of supply", "Utfört"),
    "label.invoice_quantity": ("Qty", "Antal"),
    "label.invoice_unit_price": ("Unit price", "À-pris"),
    "label.invoice_vat_rate": ("VAT", "Moms"),
    "label.invoice_amount": ("Amount excl. VAT", "Belopp exkl. moms"),
    "label.invoice_net_total": ("Total excl. VAT", "Summa exkl. moms"),
    "label.invoice_vat_at": ("VAT {rate}", "Moms {rate}"),
    "label.invoice_vat_total": ("Total VAT", "Summa moms"),
    "label.invoice_to_pay": ("Amount due", "Att betala"),
    "label.invoice_credited": ("Total credited", "Krediterat belopp"),
    "label.invoice_note": ("Message", "Meddelande"),
    # How to pay
    "label.invoice_payment": ("How to pay", "Betalningsinformation"),
    "label.invoice_bankgiro": ("Bankgiro", "Bankgiro"),
    "label.invoice_plusgiro": ("Plusgiro", "Plusgiro"),
    "label.invoice_swish": ("Swish", "Swish"),
    "label.invoice_swish_hint": ("Scan with the Swish app", "Skanna med Swish-appen"),
    "label.invoice_ocr_hint": ("Please quote the OCR number when you pay.",
                               "Ange OCR-numret när du betalar."),
    "label.invoice_number_hint": ("Please quote invoice number {number} when you pay.",
                                  "Ange fakturanummer {number} när du betalar."),
    "label.invoice_credit_notice": (
        "This credit note cancels invoice {number} by the amounts below. There is nothing to pay.",
        "Den här kreditfakturan krediterar faktura {number} med beloppen nedan. Det finns"
        " inget att betala.",
    ),
    "label.invoice_reminder_notice": (
        "We have not yet received payment for invoice {number}, which fell due on {due}."
        " If you have already paid, please disregard this reminder.",
        "Vi har ännu inte fått betalt för faktura {number}, som förföll till betalning {due}."
        " Har du redan betalat kan du bortse från den här påminnelsen.",
    ),
    "label.invoice_subject": ("{title} {number} from {seller}", "{title} {number} från {seller}"),
    # export/swish.py: the Swish QR code's payload
    "pdf.swish_number": (
        "The Swish number {number!r} cannot go in a QR code: it must be ten digits, such as"
        " 123 456 78 90.",
        "Swishnumret {number!r} kan inte läggas i en QR-kod: det måste vara tio siffror, till"
        " exempel 123 456 78 90.",
    ),
    "pdf.swish_message": (
        "The Swish message {message!r} is longer than the {limit} characters Swish allows.",
        "Swishmeddelandet {message!r} är längre än de {limit} tecken Swish tillåter.",
    ),
}
