"""Render the invoicing windows from a fictional vault, offscreen, into docs/screenshots/:
the Invoices list (`invoices-view.png`), an invoice before it is issued (`invoice-preview.png`)
and the practice details (`practice-details.png`), in English; `--lang sv` adds `sv-` copies.

    python scripts/invoicing_window_screenshots.py [--lang sv]

The vault lives in a temporary folder and is deleted afterwards; the clock is fixed, so the
pictures do not change from run to run. Every name and number is made up."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from journal_app.core.domain.clock import ManualClock  # noqa: E402
from journal_app.core.vault.vault import Vault  # noqa: E402
from journal_app.ui import i18n  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.tasks import wait_for_tasks  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "fictional demo passphrase 42"
PRACTICE = {
    "legal_name": "Samtalsmottagningen Ljusglimten AB", "org_number": "556677-8899",
    "address": "Storgatan 1\n123 45 Småstad", "vat_status": "vat_25",
    "vat_number": "SE556677889901", "f_skatt": "yes", "bankgiro": "5050-1055",
    "swish_number": "1231181189", "series_start": "1001",
}
CLIENTS = (("Karin Lindström", 90_000), ("Erik Johansson", 150_000), ("Åsa Öberg", 120_000))


def settle(app: QApplication) -> None:
    wait_for_tasks()
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def fill(folder: Path, clock: ManualClock) -> str:
    """Three clients with priced packages; two invoiced, one of those paid. Returns the id of
    the client whose package is not invoiced yet."""
    vault, _key = Vault.create(folder, PASSPHRASE, practice_name="Ljusglimten", clock=clock)
    journal = vault.journal
    journal.update_practice(PRACTICE)
    ids = []
    for n, (name, price) in enumerate(CLIENTS):
        client = journal.add_client(name, id_number="19121212-1212", email="",
                                    phone="070-123 45 67", address=f"Lillgatan {n + 2}\n123 45"
                                    " Småstad").client_id or ""
        package = journal.add_package(client, name="Samtalspaket 5 samtal", sessions_total=5,
                                      purchased="2026-03-01", price_ore=price).package_id
        ids.append((client, package))
    for client, package in ids[:2]:
        journal.issue_invoice(client, package_id=package)
    journal.mark_paid(1002, dt.date(2026, 3, 2))
    vault.lock()
    return ids[2][0]


def render(language: str, app: QApplication, tmp: Path) -> None:
    i18n.install_language(language)
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 40, tzinfo=dt.UTC))
    folder = tmp / f"vault-{language}"
    client = fill(folder, clock)
    clock.advance(dt.timedelta(days=35))  # the first invoice is overdue now
    settings = QSettings(str(tmp / f"ui-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder, clock=clock, ui_settings=settings, confirm=lambda *_: True)
    window.resize(1280, 780)
    window.show()
    window.controller.unlock(PASSPHRASE)
    settle(app)
    prefix = "" if language == "en" else f"{language}-"
    window.workspace_controller.open_client(client)
    window.invoicing.invoice_package()
    assert window.invoicing.preview is not None
    save(window.invoicing.preview, f"{prefix}invoice-preview", app)
    window.invoicing.preview.reject()
    window.invoicing.open_practice()
    assert window.invoicing.practice_dialog is not None
    save(window.invoicing.practice_dialog, f"{prefix}practice-details", app)
    window.invoicing.practice_dialog.reject()
    window.invoicing.open_invoices()
    dialog = window.invoicing.invoices_dialog
    assert dialog is not None
    dialog.table.selectRow(1)
    save(dialog, f"{prefix}invoices-view", app)
    dialog.reject()
    window.controller.lock()
    window.close()
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("sv",), help="also the Swedish copies")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", *([args.lang] if args.lang else [])):
            render(language, app, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
