"""The register extract (registerutdrag, GDPR art. 15): everything the vault holds about one
client, as a PDF in the journal's own style.

    export_register_extract(journal, client_id, out, language="sv", password=None)
        -> ExportResult

Sections: identity and contact data with the free text; about the processing (purpose,
storage period under the vault's policy, the client's rights); the journal card, packages,
sessions and notes (the journal's own sections, corrections included); every outcome measure as entered (each
answer, of every note version); billing records; erasure receipts; and
every access-log entry that names the client. It is written like the journal PDF (temp file
beside the target, rename) and logged as EXPORT_EXTRACT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, LongTable, Table

from journal_app.core.domain.invoicing import Invoice, InvoiceKind
from journal_app.core.domain.measures import Measure
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import MESSAGES, template
from journal_app.core.retention.billing import BillingRecord
from journal_app.core.retention.erasure import ErasureReceipt
from journal_app.core.storage.audit import Action, AuditEntry
from journal_app.export.labels import labels_for
from journal_app.export.pdf import (
    ExportResult,
    JournalData,
    JournalWriter,
    assemble,
    load_journal,
    write_export,
)
from journal_app.export.pdf_measures import answers_table
from journal_app.export.pdf_styles import Rendered, content_width, render, table_style

ALL_ENTRIES = 10_000_000  # the extract lists every entry, not the log view's default page


@dataclass(frozen=True)
class ExtractData:
    journal: JournalData
    policy: str
    billing: tuple[BillingRecord, ...]
    invoices: tuple[Invoice, ...]  # invoices and credit notes: billing records too (issue 16)
    erasures: tuple[ErasureReceipt, ...]
    log: tuple[AuditEntry, ...]  # oldest first
    measures: tuple[Measure, ...] = ()  # every revision's, as entered


def load_extract(journal: Journal, client_id: str) -> ExtractData:
    with journal.db.read():
        return ExtractData(
            journal=load_journal(journal, client_id),
            policy=str(journal.settings.load().retention_policy),
            billing=tuple(journal.billing_records(client_id=client_id)),
            invoices=tuple(journal.invoices(client_id=client_id)),
            erasures=tuple(journal.erasure_receipts(client_id=client_id)),
            log=tuple(reversed(journal.audit.entries(client_id=client_id, limit=ALL_ENTRIES))),
            measures=tuple(journal.client_measures_every_revision(client_id)),
        )


class ExtractWriter(JournalWriter):
    def __init__(self, data: ExtractData, language: str) -> None:
        super().__init__(data.journal, labels_for(language))
        self.extract = data
        self._starts = {s.id: s.start for s in data.journal.sessions}

    def value(self, text: str | None) -> str:
        """A stored field as cell markup, line breaks kept; an empty field shows a dash."""
        if not text or not text.strip():
            return self.labels.empty
        return "<br/>".join(self.text.markup(line) for line in self.text.clean(text).split("\n"))

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], *,
             header: bool = True, long: bool = False) -> Table:
        cells = [
            [self.para(text, "cell_head" if header and index == 0 else "cell") for text in row]
            for index, row in enumerate(rows)
        ]
        total = content_width()
        kind = LongTable if long else Table
        table = kind(cells, colWidths=[total * w for w in widths],
                     repeatRows=1 if header else 0, hAlign="LEFT")
        table.setStyle(table_style(header))
        return table

    def intro(self) -> list[Flowable]:
        practice = self.text.line(self.data.practice_name) or self.labels.the_practice
        return [self.para(self.labels.extract_intro.format(practice=practice))]

    def personal_data(self) -> list[Flowable]:
        labels, client = self.labels, self.data.client
        kind = labels.identity.get(client.id_kind or "", labels.identity_generic)
        rows = [
            (labels.name, self.value(client.name)),
            (kind, self.value(client.id_number)),
            (labels.email, self.value(client.email)),
            (labels.phone, self.value(client.phone)),
            (labels.address, self.value(client.address)),
            (labels.free_text, self.value(client.free_text)),
            (labels.registered, labels.date_time(client.created_at)),
        ]
        if client.archived_at is not None:
            rows.append((labels.archived, labels.date_time(client.archived_at)))
        return [self.para(labels.personal_data, "h1"),
                self.grid(rows, (0.28, 0.72), header=False)]

    def about(self) -> list[Flowable]:
        labels = self.labels
        retention = labels.retention.get(self.extract.policy, labels.empty)
        return [self.para(labels.about_heading, "h1"),
                *(self.para(self.text.markup(text.format(retention=retention)), "prose")
                  for text in labels.about)]

    def billing(self) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [self.para(labels.billing, "h1"),
                               self.para(labels.billing_intro, "small")]
        if not self.extract.billing and not self.extract.invoices:
            return [*out, self.para(labels.no_billing)]
        rows = [(labels.package, labels.purchased, labels.price, labels.keep_until,
                 labels.personal_data)]
        for record in self.extract.billing:
            details = [record.name, record.id_number or "", record.address, record.email,
                       record.phone]
            rows.append((
                self.value(record.package_name), labels.date(record.purchased),
                labels.money(record.price_ore) if record.price_ore is not None else labels.empty,
                labels.date(record.keep_until),
                self.value("\n".join(d for d in details if d.strip())),
            ))
        rows += [self.invoice_row(invoice) for invoice in self.extract.invoices]
        return [*out, self.grid(rows, (0.2, 0.17, 0.14, 0.17, 0.32))]

    def invoice_row(self, invoice: Invoice) -> tuple[str, str, str, str, str]:
        """An invoice or credit note as a billing record: what it says about the client."""
        labels = self.labels
        what = ", ".join(line.description for line in invoice.lines)
        if invoice.kind is InvoiceKind.CREDIT_NOTE:
            title = template("label.credit_note_row", labels.language).format(
                number=invoice.number, refers=invoice.refers_to_number, what=what)
        else:
            title = template("label.invoice_row", labels.language).format(
                number=invoice.number, what=what)
        buyer = invoice.buyer
        details = [buyer.name, buyer.id_number or "", buyer.address, buyer.email, buyer.phone]
        return (self.value(title), labels.date(invoice.issue_date),
                labels.money(invoice.total_ore), labels.date(invoice.keep_until),
                self.value("\n".join(d for d in details if d.strip())))

    def erasures(self) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [self.para(labels.erasures, "h1")]
        if not self.extract.erasures:
            return [*out, self.para(labels.no_erasures)]
        rows = [(labels.erased_at, labels.notes_erased, labels.policy_heading, labels.reason)]
        for receipt in self.extract.erasures:
            rows.append((
                labels.date_time(receipt.erased_at), str(receipt.notes_count),
                self.value(labels.policy.get(receipt.policy, receipt.policy)),
                self.value(labels.reason_name(receipt.reason)),
            ))
        return [*out, self.grid(rows, (0.28, 0.14, 0.3, 0.28))]

    def access_log(self) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [self.para(labels.access_log, "h1"),
                               self.para(labels.access_log_intro, "small")]
        if not self.extract.log:
            return [*out, self.para(labels.no_access_log)]
        rows = [(labels.when, labels.event, labels.detail)]
        rows.extend(
            (labels.date_time(entry.at), self.value(labels.action_name(entry.action)),
             self.value(self.readable_detail(entry.detail)))
            for entry in self.extract.log
        )
        return [*out, self.grid(rows, (0.3, 0.36, 0.34), long=True)]

    def readable_detail(self, detail: str) -> str:
        """The log names sessions by their random id; show the reader the session's time."""
        words = []
        for word in detail.split():
            key, _, value = word.partition("=")
            if key == "session" and value in self._starts:
                when = self.labels.date_time(self._starts[value])
                word = f"{self.labels.session_word} {when}"
            elif key == "part" and f"label.card_part:{value}" in MESSAGES:  # a card part
                word = template(f"label.card_part:{value}", self.labels.language)
            words.append(word)
        return " ".join(words)

    def body(self) -> list[Flowable]:
        return [*self.intro(), *self.personal_data(), *self.about(), *self.journal_body(),
                *answers_table(self.extract.measures, self._starts, self.styles,
                               self.labels.language),
                *self.billing(), *self.erasures(), *self.access_log()]


def render_register_extract(
    journal: Journal, client_id: str, *, language: str = "sv", password: str | None = None
) -> tuple[Rendered, str]:
    writer = ExtractWriter(load_extract(journal, client_id), language)
    labels = writer.labels
    rendered = render(assemble(writer, labels.extract_title, writer.body()),
                      writer.info(labels.extract_title, labels.extract_subject),
                      writer.decor(labels.extract_title), password=password)
    return rendered, writer.text.codes()


def export_register_extract(
    journal: Journal, client_id: str, out: Path, *, language: str = "sv",
    password: str | None = None,
) -> ExportResult:
    rendered, replaced = render_register_extract(journal, client_id, language=language,
                                                 password=password)
    write_export(journal, client_id, out, rendered, Action.EXPORT_EXTRACT,
                 encrypted=bool(password))
    return ExportResult(path=out, pages=rendered.pages, replaced=replaced)
