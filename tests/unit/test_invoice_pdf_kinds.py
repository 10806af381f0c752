"""The credit note and the payment reminder, in Swedish and English: a credit note names the
invoice it credits, shows negative amounts and asks for no payment; a reminder names the
original due date and the new one and says how to pay. And the invoice PDFs' words: every label
in both languages, and the identity-number label a buyer gets."""

from __future__ import annotations

import dataclasses
from dataclasses import fields

import pytest
from invoice_samples import credit_note, invoice, page_texts, rectangles, reminder
from test_invoice_pdf import on_one_line, text_of

from journal_app.export.invoice_labels import (
    EN,
    SV,
    InvoiceLabels,
    invoice_labels_for,
    is_organisation_number,
)
from journal_app.export.invoice_pdf import render_invoice


def test_a_credit_note_names_the_invoice_it_credits_with_negative_amounts() -> None:
    text = text_of(render_invoice(credit_note()))
    assert "Kreditfaktura" in text
    assert on_one_line(text, "Kreditfakturanummer", "2026-0043")
    assert on_one_line(text, "Avser faktura", "2026-0042")
    assert "Den här kreditfakturan krediterar faktura 2026-0042" in text
    assert on_one_line(text, "-10 000,00 kr", "25 %", "-10 000,00 kr")
    assert on_one_line(text, "Moms 25 %", "-2 500,00 kr")
    assert on_one_line(text, "Krediterat belopp", "-12 500,00 kr")
    assert "KUND" in text  # the buyer's heading, in small capitals
    assert "Sida 1 av 1" in text


def test_a_credit_note_asks_for_no_payment() -> None:
    data = render_invoice(credit_note())
    text = text_of(data)
    for word in ("Att betala", "BETALNINGSINFORMATION", "Bankgiro", "OCR", "Swish",
                 "Förfallodatum"):
        assert word not in text, word
    assert rectangles(data)[0] < 10  # no QR code, though the practice has Swish
    assert "Bankgiro" in text_of(render_invoice(invoice()))  # the control


def test_a_credit_note_in_english() -> None:
    text = text_of(render_invoice(credit_note("en")))
    assert "Credit note" in text
    assert on_one_line(text, "Credit note number", "2026-0043")
    assert on_one_line(text, "Credits invoice", "2026-0042")
    assert on_one_line(text, "Total credited", "-SEK 12,500.00")
    assert "There is nothing to pay." in text
    assert "Amount due" not in text


def test_a_reminder_names_the_original_due_date_and_the_new_one() -> None:
    data = render_invoice(reminder())
    text = text_of(data)
    assert "Betalningspåminnelse" in text
    assert on_one_line(text, "Fakturanummer", "2026-0042")
    assert on_one_line(text, "Ursprungligt förfallodatum", "2026-04-16")
    assert on_one_line(text, "Betala senast", "2026-05-10")
    assert "som förföll till betalning 2026-04-16" in " ".join(text.split())
    assert on_one_line(text, "Att betala", "12 500,00 kr")
    assert on_one_line(text, "OCR-nummer", "202600421020")
    assert on_one_line(text, "Bankgiro", "5050-1055")
    assert rectangles(data)[0] > 100  # the Swish code, to pay at once


def test_a_reminder_in_english() -> None:
    text = text_of(render_invoice(reminder("en")))
    assert "Payment reminder" in text
    assert on_one_line(text, "Original due date", "2026-04-16")
    assert on_one_line(text, "Pay by", "2026-05-10")
    assert "which fell due on 2026-04-16" in " ".join(text.split())
    assert on_one_line(text, "Amount due", "SEK 12,500.00")
    assert "Page 1 of 1" in text


def test_the_long_swedish_reminder_title_fits_on_one_line() -> None:
    first = page_texts(render_invoice(reminder()))[0]
    assert any("Betalningspåminnelse" in row for row in first.splitlines())


def test_a_reminder_of_many_lines_keeps_its_payment_box_whole_on_the_last_page() -> None:
    many = dataclasses.replace(reminder(), lines=reminder().lines * 45)
    pages = page_texts(render_invoice(many))
    assert len(pages) >= 2
    assert "BETALNINGSINFORMATION" in pages[-1]
    assert all("BETALNINGSINFORMATION" not in page for page in pages[:-1])


def test_every_label_has_words_in_both_languages() -> None:
    for spec in fields(InvoiceLabels):
        swedish, english = getattr(SV, spec.name), getattr(EN, spec.name)
        assert swedish and english, spec.name
    assert SV.invoice_title == "Faktura" and EN.invoice_title == "Invoice"
    assert SV.ocr == "OCR-nummer" and EN.ocr == "OCR"
    assert invoice_labels_for("en") is EN


@pytest.mark.parametrize(("number", "organisation"), [
    ("212000-1355", True),  # a municipality
    ("559321-4870", True),  # an aktiebolag
    ("16559321-4870", True),  # with the organisations' century prefix
    ("19121212-1212", False),  # a personnummer
    ("850612-1234", False),
    ("850672-1234", False),  # a samordningsnummer (day + 60)
    ("19121212+1212", False),
    ("", False),
])
def test_a_buyers_identity_number_is_told_apart(number: str, organisation: bool) -> None:
    assert is_organisation_number(number) is organisation
