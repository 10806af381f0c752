"""The forensic scanner itself: it must find what is there and not what is only chance."""

from __future__ import annotations

from pathlib import Path

from forensic import add_marked_client, holds, scan
from journal_app.core.vault.vault import DB_NAME, Vault


def test_digits_inside_a_row_id_are_chance_not_a_find() -> None:
    row_id = b"8546133d438342babaa2bbdcf993f90b"  # a uuid4 hex seen holding "8342" in CI
    assert not holds(b"\x00\x15?" + row_id + b"\x06$", b"8342")


def test_digits_in_an_index_term_or_a_row_are_found() -> None:
    assert holds(b"\x00\x04\x018342\x02\x81", b"8342")  # a search-index term
    assert holds(b"19810101-8342\x00", b"8342")  # the identity number as stored
    assert holds(b"abc8342", b"8342")  # a short hex run is not an id


def test_words_are_found_anywhere() -> None:
    assert holds(b"8546133d4dialogord3babaa", b"dialogord")


def test_a_scan_finds_every_needle_of_a_client_that_is_there(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Scan Kontrollsson", "skanningsord")
    found = scan(Path(vault.folder) / DB_NAME, vault.data_key, client.needles())
    assert [n for n in client.needles() if not found.has(n)] == []
    assert all(0 not in pages for pages in found.found.values())  # never in the raw file
