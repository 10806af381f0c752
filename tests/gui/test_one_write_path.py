"""One write path: the UI writes only through AppController.apply, reads only through the
facade's methods, and the views refresh from the one `changed(Change)` signal.

(a) a scan of src/journal_app/ui: no reach into a repository (`journal.notes…`), no database
    handle (`.db`), no facade write called on a journal outside the write entry, and
    `changed.emit` only in controllers/controller.py; each rule shown able to fail;
(b) writes made through the UI emit exactly one `changed` with the right record, and the
    lists refresh from it;
(c) every write method of the facade returns a change record.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from test_workspace_flow import _open_client, _open_session

from journal_app.core.domain.invoicing import VatStatus
from journal_app.core.domain.models import NoteState, PackageCompleted, RetentionPolicy, SessionStatus
from journal_app.core.journal.changes import Change, ChangeKind, NoteChange, PackageChange
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.backups import BackupRecord
from journal_app.core.vault.vault import Vault

UI = Path(__file__).resolve().parents[2] / "src" / "journal_app" / "ui"
REPOSITORIES = {"clients", "packages", "notes", "settings", "audit"}
EMITTER = "controllers/controller.py"
# The packaged smoke check (`journal-app --smoke`) writes one client into a throwaway vault with
# no window and no controller: the vault's round trip, not a practitioner's write.
NO_CONTROLLER = {"smoke.py"}


def write_methods() -> set[str]:
    """The facade's writes: its public methods that return a change record."""
    return {name for name, member in inspect.getmembers(Journal, inspect.isfunction)
            if not name.startswith("_")
            and str(inspect.signature(member).return_annotation).endswith("Change")}


WRITES = write_methods()


def _journal_like(node: ast.expr, journal_params: set[str]) -> bool:
    """`x.journal`, `self._journal`, a name ending in journal, or a parameter that stands for
    the facade (a write entry's lambda, a function taking a Journal)."""
    if isinstance(node, ast.Attribute):
        return node.attr.lstrip("_").endswith("journal")
    return isinstance(node, ast.Name) and (
        node.id.lstrip("_").endswith("journal") or node.id in journal_params)


def _journal_params(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Lambda):
            names.update(a.arg for a in node.args.args)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.update(a.arg for a in node.args.args
                         if a.annotation is not None and "Journal" in ast.unparse(a.annotation))
    return names


def scan(source: str, path: str) -> list[str]:
    """What in `source` (a file under ui/, `path` relative to it) breaks the one write path.
    The syntax tree, so words in strings and comments ("It holds journal.db") do not count."""
    tree = ast.parse(source)
    params = _journal_params(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        where = f"{path}:{node.lineno}"
        if node.attr in REPOSITORIES and _journal_like(node.value, params):
            found.append(f"{where}: reaches into the {node.attr} repository")
        elif node.attr == "db":
            found.append(f"{where}: the database handle")
        elif node.attr == "emit" and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "changed" and path != EMITTER:
            found.append(f"{where}: `changed` emitted outside the write entry")
        elif node.attr in WRITES and isinstance(node.value, ast.Attribute) \
                and node.value.attr.lstrip("_") == "journal" and path not in NO_CONTROLLER:
            found.append(f"{where}: .{node.attr}(…) written past the write entry")
    return found


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_the_facade_writes_are_found() -> None:
    assert {"add_client", "save_draft", "sign_note", "update_package", "open_client",
                      "update_settings", "postpone_erase", "erase_client"} <= WRITES


def test_the_ui_writes_and_reads_only_through_the_entry_and_the_facade() -> None:
    assert len(ui_files()) > 30
    found = [f for p in ui_files()
             for f in scan(p.read_text("utf-8"), p.relative_to(UI).as_posix())]
    assert found == []


def test_the_one_emitter_is_the_controller() -> None:
    emits = [p.relative_to(UI).as_posix() for p in ui_files()
             if "changed.emit" in p.read_text("utf-8")]
    assert emits == [EMITTER]


BREAKS_THE_RULE = [
    "self.app.journal.notes.save_draft(sid, text)",
    "stored = vault.journal.settings.load()",
    "entries = self._journal.audit.entries()",
    "journal = self.app.journal\njournal.clients.get(cid)",
    "self.app.apply(lambda j: j.packages.add(cid, name='x', sessions_total=2, purchased=d))",
    "def write(store: Journal) -> None:\n    store.clients.add('Anna')",
    "policy = current_policy(vault.db)",
    "self.app.changed.emit(change)",
    "self.app.journal.save_draft(sid, text)",
    "vault.journal.add_client('Anna')",
]
FOLLOWS_THE_RULE = [
    "note = self.app.journal.note_of(sid)",
    "self.app.apply(lambda journal: journal.save_draft(sid, text))",
    "self.notes.save_now()",
    "self.settings_controller = SettingsController(dialog, app, self.ui_settings)",
    "label.setText(self.tr('It holds journal.db, the encrypted notes'))",
    "# self.app.journal.clients.get(cid) is gone",
    "self.app.changed.connect(self._on_changed)",
    "self.packages_model.set_rows(self.app.journal.packages_of(cid))",
]


@pytest.mark.parametrize("snippet", BREAKS_THE_RULE)
def test_a_snippet_that_breaks_the_rule_is_flagged(snippet: str) -> None:
    assert scan(snippet, "views/some_view.py"), snippet


@pytest.mark.parametrize("snippet", FOLLOWS_THE_RULE)
def test_a_snippet_that_keeps_the_rule_is_not_flagged(snippet: str) -> None:
    assert scan(snippet, "views/some_view.py") == []


def test_the_controller_may_emit() -> None:
    assert scan("self.changed.emit(change)", EMITTER) == []


# (b) Writes through the UI --------------------------------------------------------------------


def _record(window: Any) -> list[Change]:
    changes: list[Change] = []
    window.controller.changed.connect(changes.append)
    return changes


def test_typing_a_note_autosaves_through_one_change_and_the_session_row_follows(
        qtbot: QtBot, make_window: Any, seeded: dict[str, str], unlock: Any) -> None:
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    view, editor = window.workspace.client_view, window.workspace.note_editor
    window.workspace_controller.notes.autosave_timer.setInterval(50)  # the real pause: 1.5 s
    changes = _record(window)
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus, timeout=10_000)
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, "Sov battre.")
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=10_000)
    qtbot.wait(200)  # no second signal follows
    (first,) = changes
    assert isinstance(first, NoteChange) and first.kind is ChangeKind.NOTE_CREATED
    assert first.session_id == seeded["second"] and first.client_id == seeded["client"]
    assert first.note.text.endswith("Sov battre.") and first.affects_lists
    row = view.sessions_model.row_for(seeded["second"])
    assert view.sessions_model.row_of(row).note_state is NoteState.DRAFT  # refreshed from it

    resets: list[str] = []  # the text saved again changes nothing the lists show
    window.workspace.client_list.model.modelReset.connect(lambda: resets.append("clients"))
    view.sessions_model.modelReset.connect(lambda: resets.append("sessions"))
    qtbot.keyClicks(editor.text, " Mer.")
    qtbot.waitUntil(lambda: len(changes) == 2, timeout=10_000)
    assert changes[1].kind is ChangeKind.DRAFT_SAVED and not changes[1].affects_lists
    assert resets == []
    assert editor.text.hasFocus()  # the saves never took the keyboard


def test_adding_a_package_through_its_dialog_is_one_change_the_lists_follow(
        qtbot: QtBot, make_window: Any, seeded: dict[str, str], unlock: Any) -> None:
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Erik Öberg")
    changes = _record(window)
    dialog_open_at_signal: list[bool] = []
    window.controller.changed.connect(
        lambda _c: dialog_open_at_signal.append(window.workspace_controller.package_dialog
                                                is not None))
    qtbot.mouseClick(window.workspace.client_view.add_package, Qt.MouseButton.LeftButton)
    dialog = window.workspace_controller.package_dialog
    assert dialog is not None
    dialog.sessions.selectAll()
    qtbot.keyClicks(dialog.sessions, "4")
    qtbot.keyClick(dialog.sessions, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (change,) = changes
    assert isinstance(change, PackageChange) and change.kind is ChangeKind.PACKAGE_ADDED
    assert change.client_id == seeded["other"] and change.package.sessions_total == 4
    assert change.package_id == change.package.id and change.completed is None
    assert dialog_open_at_signal == [False]  # the dialog closed before the views refreshed
    view = window.workspace.client_view
    assert [p.id for p in view.packages_model.rows()] == [change.package.id]
    (erik,) = [c for c in window.workspace.client_list.model.rows() if c.id == seeded["other"]]
    assert erik.package_name == change.package.name and erik.sessions_total == 4
    assert view.add_session.hasFocus()  # the keyboard moves on, as before


def test_a_completing_write_says_changed_then_completed_once(
        qtbot: QtBot, make_window: Any, seeded: dict[str, str], unlock: Any) -> None:
    window = make_window()
    unlock(window)
    seen: list[str] = []
    window.controller.changed.connect(lambda c: seen.append(f"changed:{c.kind}"))
    window.controller.packageCompleted.connect(lambda e: seen.append(f"completed:{e.package_id}"))
    window.controller.apply(lambda j: j.save_draft(seeded["second"], "Sista."))
    window.controller.apply(lambda j: j.set_session_status(seeded["second"], SessionStatus.HELD))
    change = window.controller.apply(lambda j: j.sign_note(seeded["second"]))
    assert isinstance(change.completed, PackageCompleted)
    assert seen == ["changed:note_created", "changed:session_status_set", "changed:note_signed",
                    f"completed:{seeded['package']}"]


def test_a_refused_write_announces_nothing(
        qtbot: QtBot, make_window: Any, seeded: dict[str, str], unlock: Any) -> None:
    from journal_app.core.errors import JournalError

    window = make_window()
    unlock(window)
    changes = _record(window)
    with pytest.raises(JournalError):
        window.controller.apply(lambda j: j.sign_note(seeded["second"]))  # planned, no note
    assert changes == []


# (c) Every facade write returns a change record -----------------------------------------------


@dataclasses.dataclass(frozen=True)
class Seeded:
    client: str
    package: str  # one session, held, no note yet
    session: str


def _seed(journal: Journal) -> Seeded:
    client = journal.clients.add("Anna Ek")
    package = journal.packages.add(client.id, name="Paket 1", sessions_total=1,
                                   purchased=dt.date(2026, 2, 1))
    session = journal.packages.add_session(package.id, "2026-02-10T10:00", SessionStatus.HELD)
    return Seeded(client.id, package.id, session.id)


def _signed(j: Journal, s: Seeded) -> None:
    j.notes.save_draft(s.session, "Samtal.")
    j.sign_note(s.session)


def _empty_package(j: Journal, s: Seeded) -> str:
    return j.packages.add(s.client, name="Tom", sessions_total=2, purchased="2026-02-01").id


def _invoiceable(j: Journal, s: Seeded) -> None:
    """The practice's details and a price on the seeded package: ready to invoice."""
    from invoicing_support import PRACTICE

    j.update_practice(PRACTICE)
    j.clients.update(s.client, address="Gatan 1\n123 45 Stad")
    j.packages.update(s.package, name="Paket 1", sessions_total=1, purchased="2026-02-01",
                      price_ore=120_000)


def _invoiced(j: Journal, s: Seeded) -> None:
    _invoiceable(j, s)
    j.issue_invoice(s.client, package_id=s.package)


# name: (set-up, the write, the kind it reports)
WriteCase = tuple[Callable[[Journal, Seeded], object], Callable[[Journal, Seeded], Change],
                  ChangeKind]
CASES: dict[str, WriteCase] = {
    "add_client": (lambda j, s: None, lambda j, s: j.add_client("Bo Ek"), ChangeKind.CLIENT_ADDED),
    "update_client": (lambda j, s: None, lambda j, s: j.update_client(s.client, phone="070"),
                      ChangeKind.CLIENT_UPDATED),
    "set_archived": (_signed, lambda j, s: j.set_archived(s.client, True),
                     ChangeKind.CLIENT_ARCHIVED),
    "open_client": (lambda j, s: None, lambda j, s: j.open_client(s.client),
                    ChangeKind.CLIENT_OPENED),
    "add_package": (lambda j, s: None, lambda j, s: j.add_package(
        s.client, name="Paket 2", sessions_total=3, purchased="2026-02-01"),
        ChangeKind.PACKAGE_ADDED),
    "update_package": (lambda j, s: None, lambda j, s: j.update_package(
        s.package, name="Paket 1", sessions_total=2, purchased="2026-02-01", price_ore=None),
        ChangeKind.PACKAGE_UPDATED),
    "remove_package": (_empty_package, lambda j, s: j.remove_package(
        j.packages.for_client(s.client)[-1].id), ChangeKind.PACKAGE_REMOVED),
    "postpone_erase": (_signed, lambda j, s: j.postpone_erase(s.package),
                       ChangeKind.ERASE_POSTPONED),
    "add_session": (lambda j, s: None, lambda j, s: j.add_session(s.package, "2026-02-11T10:00"),
                    ChangeKind.SESSION_ADDED),
    "set_session_status": (lambda j, s: None, lambda j, s: j.set_session_status(
        s.session, SessionStatus.CANCELLED), ChangeKind.SESSION_STATUS_SET),
    "save_draft": (lambda j, s: None, lambda j, s: j.save_draft(s.session, "Utkast."),
                   ChangeKind.NOTE_CREATED),
    "start_correction": (_signed, lambda j, s: j.start_correction(s.session),
                         ChangeKind.CORRECTION_STARTED),
    "discard_correction": (lambda j, s: (_signed(j, s), j.notes.start_correction(s.session)),
                           lambda j, s: j.discard_correction(s.session),
                           ChangeKind.CORRECTION_DISCARDED),
    "sign_note": (lambda j, s: j.notes.save_draft(s.session, "Samtal."),
                  lambda j, s: j.sign_note(s.session), ChangeKind.NOTE_SIGNED),
    "update_settings": (lambda j, s: None, lambda j, s: j.update_settings(practice_name="Rum"),
                        ChangeKind.SETTINGS_UPDATED),
    "change_policy": (lambda j, s: None, lambda j, s: j.change_policy(RetentionPolicy.PDL),
                      ChangeKind.POLICY_CHANGED),
    "erase_client": (_signed, lambda j, s: j.erase_client(s.client), ChangeKind.ERASED),
    "purge_expired_billing": (lambda j, s: None, lambda j, s: j.purge_expired_billing(),
                              ChangeKind.BILLING_PURGED),
    "unlock_notices": (lambda j, s: None, lambda j, s: j.unlock_notices(),
                       ChangeKind.UNLOCK_NOTICES),
    "set_backup_folder": (lambda j, s: None, lambda j, s: j.set_backup_folder(None),
                          ChangeKind.BACKUP_FOLDER_SET),
    "forget_backup": (lambda j, s: j.repos.backups.add(BackupRecord(
        id="b1", path=Path("/nonexistent/b1.jbak"), created_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC),
        size=1, sha256="0" * 64, holds_erased=False, checked_at=None)),
        lambda j, s: j.forget_backup("b1"), ChangeKind.BACKUP_FORGOTTEN),
    "update_practice": (lambda j, s: None, lambda j, s: j.update_practice(
        {"legal_name": "Rum AB"}), ChangeKind.PRACTICE_UPDATED),
    "set_package_vat": (lambda j, s: None, lambda j, s: j.set_package_vat(
        s.package, VatStatus.EXEMPT_HEALTH_CARE), ChangeKind.PACKAGE_VAT_SET),
    "issue_invoice": (_invoiceable, lambda j, s: j.issue_invoice(s.client, package_id=s.package),
                      ChangeKind.INVOICE_ISSUED),
    "credit_invoice": (_invoiced, lambda j, s: j.credit_invoice(1001),
                       ChangeKind.INVOICE_CREDITED),
    "mark_paid": (_invoiced, lambda j, s: j.mark_paid(1001, dt.date(2026, 3, 2)),
                  ChangeKind.INVOICE_PAID),
    "update_agenda_settings": (lambda j, s: None, lambda j, s: j.update_agenda_settings(
        names="initials"), ChangeKind.AGENDA_SETTINGS_UPDATED),
    "add_scale": (lambda j, s: None, lambda j, s: j.add_scale("Mående", 0, 10),
                  ChangeKind.SCALE_ADDED),
    "record_measure": (lambda j, s: None,
                       lambda j, s: j.record_measure(s.session, "gad7", [1] * 7),
                       ChangeKind.MEASURE_RECORDED),
    "acknowledge_measure_flag": (
        lambda j, s: j.record_measure(s.session, "phq9", [0] * 8 + [1]),
        lambda j, s: j.acknowledge_measure_flag(j.session_measures(s.session)[0].id),
        ChangeKind.MEASURE_FLAG_ACKNOWLEDGED),
    "save_card_draft": (lambda j, s: None,
                        lambda j, s: j.save_card_draft(s.client, "background", "Bakgrund."),
                        ChangeKind.CARD_CREATED),
    "sign_card_part": (lambda j, s: j.save_card_draft(s.client, "background", "Bakgrund."),
                       lambda j, s: j.sign_card_part(s.client, "background"),
                       ChangeKind.CARD_SIGNED),
    "start_card_correction": (
        lambda j, s: (j.save_card_draft(s.client, "declined", "Avböjde."),
                      j.sign_card_part(s.client, "declined")),
        lambda j, s: j.start_card_correction(s.client, "declined"),
        ChangeKind.CARD_CORRECTION_STARTED),
    "discard_card_correction": (
        lambda j, s: (j.save_card_draft(s.client, "declined", "Avböjde."),
                      j.sign_card_part(s.client, "declined"),
                      j.start_card_correction(s.client, "declined")),
        lambda j, s: j.discard_card_correction(s.client, "declined"),
        ChangeKind.CARD_CORRECTION_DISCARDED),
    "add_template": (lambda j, s: None, lambda j, s: j.add_template("Egen", "Rubrik\n"),
                     ChangeKind.TEMPLATE_ADDED),
    "update_template": (lambda j, s: j.add_template("Egen", "Rubrik\n"),
                        lambda j, s: j.update_template(j.repos.templates.own()[0].id, "Ny",
                                                       "Rubrik\n"), ChangeKind.TEMPLATE_UPDATED),
    "delete_template": (lambda j, s: j.add_template("Egen", "Rubrik\n"),
                        lambda j, s: j.delete_template(j.repos.templates.own()[0].id),
                        ChangeKind.TEMPLATE_DELETED),
    "set_default_template": (lambda j, s: None,
                             lambda j, s: j.set_default_template("builtin-soap-sv"),
                             ChangeKind.DEFAULT_TEMPLATE_SET),
    "add_phrase": (lambda j, s: None, lambda j, s: j.add_phrase("bpl", "Planen."),
                   ChangeKind.PHRASE_ADDED),
    "update_phrase": (lambda j, s: j.add_phrase("bpl", "Planen."),
                      lambda j, s: j.update_phrase(j.phrases()[0].id, "bp", "Planen."),
                      ChangeKind.PHRASE_UPDATED),
    "delete_phrase": (lambda j, s: j.add_phrase("bpl", "Planen."),
                      lambda j, s: j.delete_phrase(j.phrases()[0].id), ChangeKind.PHRASE_DELETED),
    "add_own_word": (lambda j, s: None, lambda j, s: j.add_own_word("Zlatanovic"),
                     ChangeKind.OWN_WORD_ADDED),
    "remove_own_word": (lambda j, s: j.add_own_word("Zlatanovic"),
                        lambda j, s: j.remove_own_word("Zlatanovic"), ChangeKind.OWN_WORD_REMOVED),
}


def test_every_write_method_has_a_case() -> None:
    assert set(CASES) == WRITES


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_facade_write_returns_a_change_record(name: str, vault: Vault) -> None:
    journal = vault.journal
    seeded = _seed(journal)
    prepare, write, kind = CASES[name]
    prepare(journal, seeded)
    change = write(journal, seeded)
    assert isinstance(change, Change) and change.kind is kind
    assert dataclasses.is_dataclass(change)
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.kind = ChangeKind.ERASED  # type: ignore[misc]
    assert change.stored is not None
    if kind not in (ChangeKind.SETTINGS_UPDATED, ChangeKind.POLICY_CHANGED,
                    ChangeKind.BILLING_PURGED, ChangeKind.CLIENT_ADDED,
                    ChangeKind.UNLOCK_NOTICES, ChangeKind.BACKUP_FOLDER_SET,
                    ChangeKind.BACKUP_FORGOTTEN,
                    ChangeKind.PRACTICE_UPDATED, ChangeKind.AGENDA_SETTINGS_UPDATED,
                    ChangeKind.SCALE_ADDED, ChangeKind.TEMPLATE_ADDED,
                    ChangeKind.TEMPLATE_UPDATED, ChangeKind.TEMPLATE_DELETED,
                    ChangeKind.DEFAULT_TEMPLATE_SET, ChangeKind.PHRASE_ADDED,
                    ChangeKind.PHRASE_UPDATED, ChangeKind.PHRASE_DELETED,
                    ChangeKind.OWN_WORD_ADDED, ChangeKind.OWN_WORD_REMOVED):  # about no client
        assert change.client_id == seeded.client
    if name in ("postpone_erase", "add_session", "set_session_status", "sign_note",
                "update_package", "set_package_vat", "issue_invoice", "credit_invoice",
                "mark_paid"):
        assert change.package_id == seeded.package
    if name in ("save_draft", "start_correction", "discard_correction", "sign_note",
                "set_session_status", "record_measure", "acknowledge_measure_flag"):
        assert change.session_id == seeded.session
    # Only a write that completes the package says so: here the signature of its one session.
    assert (change.completed is not None) is (name == "sign_note")
    if change.completed is not None:
        assert change.completed.package_id == seeded.package
