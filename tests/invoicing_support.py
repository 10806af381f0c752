"""A vault set up to invoice: the practice's details and a client with a priced package."""

from __future__ import annotations

from journal_app.core.journal.facade import Journal

PRACTICE = {
    "legal_name": "Samtalsmottagningen Öst AB", "org_number": "556677-8899",
    "address": "Storgatan 1\n123 45 Småstad", "vat_status": "vat_25",
    "vat_number": "SE556677889901", "f_skatt": "yes", "bankgiro": "5050-1055",
    "payment_terms_days": "30", "series_start": "1001",
}


def set_up_practice(journal: Journal, **overrides: str) -> None:
    journal.update_practice({**PRACTICE, **overrides})


def client_with_package(journal: Journal, price_ore: int = 120_000,
                        name: str = "Åsa Öberg") -> tuple[str, str]:
    client = journal.add_client(name, id_number="19121212-1212", email="asa@example.se",
                                phone="070-123 45 67", address="Lillgatan 2\n123 45 Småstad")
    package = journal.add_package(client.client_id or "", name="Samtalspaket 5 samtal",
                                  sessions_total=1, purchased="2026-03-01", price_ore=price_ore)
    return client.client_id or "", package.package_id or ""
