"""The invoice PDF holds every item mervärdesskattelagen (2023:200) 17 kap. 24 § asks of a full
invoice, with 25 % VAT and with an exemption, and how to pay it; read back from the PDF's text
as a person reads the paper (a label and its value on one line)."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from invoice_samples import (
    BUYER,
    EXEMPTION_SV,
    PAYMENT,
    SELLER,
    exempt_invoice,
    invoice,
    line,
    page_texts,
    rectangles,
)
from pypdf import PdfReader

from journal_app.core.errors import InvalidInput
from journal_app.export.fonts import ExportError
from journal_app.export.invoice_document import DocumentKind, PaymentDetails
from journal_app.export.invoice_pdf import render_invoice, write_invoice_pdf


def text_of(data: bytes) -> str:
    return "\n".join(page_texts(data))


def on_one_line(text: str, *parts: str) -> bool:
    """Whether some line of the laid-out text holds `parts` in order (a label, then its value).
    A space inside a part may read as none: pdftotext's layout sometimes closes up a narrow
    cell ("0 %" as "0%")."""
    pattern = "[ ]+".join(re.escape(part).replace(r"\ ", "[ ]?") for part in parts)
    return re.search(pattern, text) is not None


def test_a_25_percent_invoice_holds_every_item_the_law_asks_for() -> None:
    text = text_of(render_invoice(invoice()))
    assert "Faktura" in text
    assert on_one_line(text, "Fakturanummer", "2026-0042")  # serial number
    assert on_one_line(text, "Fakturadatum", "2026-03-17")  # date of issue
    for item in (SELLER.name, *SELLER.address_lines, BUYER.name, *BUYER.address_lines):
        assert item in text, item
    assert on_one_line(text, "Momsreg.nr", "SE559321487001")  # the seller's VAT number
    assert "Samtalspaket, 10 samtal à 50" in text  # what was supplied
    assert on_one_line(text, "2026-01-12 –")  # and when: the period, both ends
    assert "2026-03-16" in text
    # The amount without VAT on the line, the rate, and the line's unit price
    assert on_one_line(text, "1", "10 000,00 kr", "25 %", "10 000,00 kr")
    assert on_one_line(text, "Summa exkl. moms", "10 000,00 kr")
    assert on_one_line(text, "Moms 25 %", "2 500,00 kr")  # the rate and the VAT amount
    assert on_one_line(text, "Att betala", "12 500,00 kr")
    assert "Undantag" not in text


def test_the_invoice_says_who_the_seller_is_and_how_and_when_to_pay() -> None:
    text = text_of(render_invoice(invoice()))
    assert "Godkänd för F-skatt" in text
    assert on_one_line(text, "Org.nr", "559321-4870")
    assert on_one_line(text, "Personnummer", "19121212-1212")
    assert on_one_line(text, "Förfallodatum", "2026-04-16")
    assert on_one_line(text, "Betalningsvillkor", "30 dagar netto")
    assert on_one_line(text, "Bankgiro", "5050-1055")
    assert on_one_line(text, "OCR-nummer", "202600421020")
    assert "Ange OCR-numret när du betalar." in text
    assert on_one_line(text, "Swish", "123 118 11 89")
    assert "Sida 1 av 1" in text


def test_what_the_seller_is_not_is_not_printed() -> None:
    text = text_of(render_invoice(invoice(f_skatt=False, seller_vat_number=None)))
    assert "F-skatt" not in text
    assert "Momsreg.nr" not in text
    assert "Org.nr" in text  # the control: the seller block is there


def test_an_exempt_invoice_prints_the_laws_reference_and_no_vat() -> None:
    text = text_of(render_invoice(exempt_invoice()))
    assert " ".join(EXEMPTION_SV.split()) in " ".join(text.split())
    assert "Moms 25" not in text
    assert on_one_line(text, "Moms", "0,00 kr")
    assert on_one_line(text, "1", "10 000,00 kr", "0 %", "10 000,00 kr")
    assert on_one_line(text, "Att betala", "10 000,00 kr")
    assert "Momsreg.nr" not in text


def test_the_exemption_is_printed_prominently_in_bold() -> None:
    reader = PdfReader(io.BytesIO(render_invoice(exempt_invoice())))
    bold_runs: list[str] = []

    def visit(text: str, cm: object, tm: object, font: dict[str, object] | None, size: float
              ) -> None:
        if font and "Bold" in str(font.get("/BaseFont", "")):
            bold_runs.append(text)

    reader.pages[0].extract_text(visitor_text=visit)
    assert "mervärdesskattelagen" in "".join(bold_runs)


def test_several_vat_rates_get_a_row_each_and_a_total() -> None:
    text = text_of(render_invoice(invoice(
        line("Samtal", unit_price_ore=100_000), line("Bok", unit_price_ore=20_000,
                                                     vat_rate_percent=6))))
    assert on_one_line(text, "Moms 25 %", "250,00 kr")
    assert on_one_line(text, "Moms 6 %", "12,00 kr")
    assert on_one_line(text, "Summa moms", "262,00 kr")
    assert on_one_line(text, "Att betala", "1 462,00 kr")


def test_an_english_invoice_reads_in_english_with_english_amounts() -> None:
    text = text_of(render_invoice(invoice(language="en")))
    assert on_one_line(text, "Invoice number", "2026-0042")
    assert on_one_line(text, "Invoice date", "2026-03-17")
    assert on_one_line(text, "Due date", "2026-04-16")
    assert on_one_line(text, "VAT reg. no.", "SE559321487001")
    assert on_one_line(text, "VAT 25%", "SEK 2,500.00")
    assert on_one_line(text, "Amount due", "SEK 12,500.00")
    assert on_one_line(text, "OCR", "202600421020")
    assert on_one_line(text, "Payment terms", "30 days net")
    assert "Godkänd för F-skatt" in text  # Skatteverket's wording, also in English
    assert "Page 1 of 1" in text
    assert "Fakturanummer" not in text


def test_an_amount_is_never_broken_across_lines() -> None:
    """Nine digits of kronor, whole wherever they stand: unit price, line, net total, amount
    box, grand total, payment box (the columns widen for them)."""
    big = invoice(line(unit_price_ore=98_765_432_100, vat_rate_percent=0))
    for language, amount in (("sv", "987 654 321,00 kr"), ("en", "-SEK 987,654,321.00")):
        sign = -1 if amount.startswith("-") else 1
        document = dataclasses.replace(big, language=language)
        if sign < 0:
            document = dataclasses.replace(document, kind=DocumentKind.CREDIT_NOTE, lines=tuple(
                dataclasses.replace(item, unit_price_ore=-item.unit_price_ore,
                                    amount_ore=-item.amount_ore) for item in big.lines),
                net_ore=-big.net_ore, total_ore=-big.total_ore)
        text = text_of(render_invoice(document))
        assert text.count(amount) == (6 if sign > 0 else 5), text
    assert "\ufffd" not in text  # no character was replaced for want of a glyph


def test_a_long_description_wraps_inside_its_column() -> None:
    words = [f"ord{n}" for n in range(60)]
    text = text_of(render_invoice(invoice(line(" ".join(words)))))
    holding = [row for row in text.splitlines() if any(w in row.split() for w in words)]
    assert len(holding) >= 4  # wrapped over several lines...
    found = [w for row in holding for w in row.split() if w.startswith("ord")]
    assert found[:60] == words  # ...every word there, in order
    for row in holding:  # ...and none runs into the figures' columns
        assert row.index("ord") < 20


def test_many_lines_flow_onto_further_pages_numbered_page_x_of_n() -> None:
    lines = [line(f"Enskilt samtal {n}", unit_price_ore=95_000) for n in range(60)]
    data = render_invoice(invoice(*lines))
    pages = page_texts(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Beskrivning" in page  # the table's header repeats on every page
    assert "Enskilt samtal 0" in pages[0]
    assert "Enskilt samtal 59" in pages[-1]
    assert on_one_line(pages[-1], "Att betala", "71 250,00 kr")
    assert all("Bankgiro" not in page for page in pages[:-1])  # how to pay: on the last page
    assert "Bankgiro" in pages[-1]


def test_the_swish_qr_code_is_drawn_only_when_the_practice_has_swish() -> None:
    with_swish = rectangles(render_invoice(invoice()))
    without = rectangles(render_invoice(invoice(payment=dataclasses.replace(
        PAYMENT, swish_number=None))))
    assert with_swish[0] > 100  # the code's dark modules
    assert without[0] < 10  # the boxes only
    text = text_of(render_invoice(invoice(payment=PaymentDetails(bankgiro="5050-1055"))))
    assert "Swish" not in text


def test_without_an_ocr_reference_the_payer_is_asked_for_the_invoice_number() -> None:
    text = text_of(render_invoice(invoice(payment=PaymentDetails(plusgiro="12 34 56-7"))))
    assert "OCR" not in text
    assert on_one_line(text, "Plusgiro", "12 34 56-7")
    assert "Ange fakturanummer 2026-0042 när du betalar." in text


def test_text_as_typed_is_printed_as_typed_not_as_markup() -> None:
    buyer = dataclasses.replace(BUYER, name="Ek & Ek <b>AB</b>\x07")
    text = text_of(render_invoice(invoice(buyer=buyer)))
    assert "Ek & Ek <b>AB</b>" in text


def test_an_organisation_as_buyer_is_labelled_with_its_organisation_number() -> None:
    buyer = dataclasses.replace(BUYER, name="Kommunen", id_number="212000-1355")
    text = text_of(render_invoice(invoice(buyer=buyer)))
    assert on_one_line(text, "Organisationsnummer", "212000-1355")
    assert "Personnummer" not in text


def test_the_fonts_are_embedded_and_no_standard_font_is_used() -> None:
    reader = PdfReader(io.BytesIO(render_invoice(invoice())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert names and not any("Helvetica" in name for name in names)


def test_writing_replaces_the_file_whole_and_returns_the_page_count(tmp_path: Path) -> None:
    out = tmp_path / "faktura-2026-0042.pdf"
    out.write_bytes(b"an older copy")
    pages = write_invoice_pdf(invoice(), out)
    assert pages == len(PdfReader(out).pages) == 1
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temp file left


def test_a_language_the_pdfs_do_not_speak_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "faktura.pdf"
    with pytest.raises(InvalidInput) as refused:
        write_invoice_pdf(invoice(language="de"), out)
    assert refused.value.code == "pdf.language"
    assert not out.exists()


def test_the_practitioners_message_is_printed_under_the_totals() -> None:
    text = text_of(render_invoice(invoice(note="Tack för förtroendet!\nVälkommen åter.")))
    assert "MEDDELANDE" in text
    assert "Tack för förtroendet!" in text and "Välkommen åter." in text
    assert "MEDDELANDE" not in text_of(render_invoice(invoice()))


def test_a_swish_number_that_cannot_go_in_a_code_is_refused_and_nothing_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "faktura.pdf"
    bad = invoice(payment=dataclasses.replace(PAYMENT, swish_number="123 118 11"))
    with pytest.raises(ExportError) as refused:
        write_invoice_pdf(bad, out)
    assert refused.value.code == "pdf.swish_number"
    assert list(tmp_path.iterdir()) == []
