"""The journeys keep their rule (tests/journeys/conftest.py's docstring): the app is driven only
by mouse and key events. This reads the journeys' source (the syntax tree, so words in strings
and comments do not count) and fails on a call that would make the app act without an input
event. It is shown able to fail: snippets that break the rule are flagged, read-only ones not.

Flagged anywhere in the journeys and their conftest:
- a Qt setter (``setText``, ``setValue``, ``setCurrentIndex``, ``setChecked``, ``setFocus``, any
  ``setXxx``) and ``selectRow``, ``select``, ``selectAll``, ``click``, ``animateClick``,
  ``trigger``, ``toggle``, ``emit``, ``accept``, ``reject``, ``done``, ``close``, ``clear``,
  ``exec``, ``insertPlainText``, ``scrollTo``, ``activateWindow``;
- a use of ``controller`` other than the read-only ones: ``controller.is_unlocked``,
  ``controller.folder``, ``controller.journal`` and read calls on it (``for_session``, ``get``,
  ``load``, ``entries``, …);
- a use of ``workspace_controller`` other than looking up what it holds
  (``workspace_controller.client_dialog``): any call, and any of its methods;
- a private attribute (``x._name``) of anything but ``self``.
Flagged in the journeys themselves (test_*.py), where the window is open: a write through the
core (``save_draft``, ``sign_note``, ``add_session``, …) and assigning to an attribute; a
pytest fixture, which seeds the vault before the window opens, may write.

What it cannot see: a controller's part kept in a variable and called later
(``notes = window.workspace_controller.notes; notes.save_now()``); a reviewer reads for that.

A line that must act without input (the rescue of a modal nobody answered, the teardown) says
so with ``# not-driving: <reason>`` and is not flagged; the markers are listed by
`test_every_exception_is_marked_and_explained` so a reviewer sees them all.
"""

from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
NOT_OURS = {"test_real_window.py", "real_window_app.py", "real_window_harness.py"}  # another suite's files
MARKER = "# not-driving:"

FORBIDDEN_CALLS = {
    "selectRow", "select", "selectAll", "click", "animateClick", "trigger", "toggle", "emit",
    "accept", "reject", "done", "close", "clear", "exec", "exec_", "insertPlainText",
    "appendPlainText", "scrollTo", "activateWindow",
}
PERSON = {"person", "self"}  # the Person helper's own methods send input events
SETTER = re.compile(r"^set[A-Z]")
CORE_WRITES = {
    "save_draft", "sign", "sign_note", "start_correction", "discard_correction", "add",
    "add_session", "update", "update_package", "set_archived", "set_session_status", "remove",
    "set_raw", "open_client", "replace_recovery_key", "change_passphrase",
    # the facade's own names for writes (core/journal/writes.py, facade.py)
    "add_client", "update_client", "add_package", "remove_package", "postpone_erase",
    "update_settings", "change_policy", "erase_client", "purge_expired_billing",
    "unlock_notices",
    # invoicing (core/journal/invoicing.py)
    "update_practice", "set_package_vat", "issue_invoice", "credit_invoice", "mark_paid",
    "restore_invoicing",
    # outcome measures (core/journal/measures.py)
    "record_measure", "acknowledge_measure_flag", "add_scale",
    "save_card_draft", "sign_card_part", "start_card_correction", "discard_card_correction",
    # templates and phrases (core/journal/templates.py)
    "add_template", "update_template", "delete_template", "set_default_template",
    "add_phrase", "update_phrase", "delete_phrase", "restore_templates",
    # the own spelling dictionary (core/journal/own_words.py)
    "add_own_word", "remove_own_word", "restore_own_words",
}
# What may follow `controller`: attributes a person's eyes stand for, and read-only calls.
_REPOS = r"(clients|notes|packages|settings|audit)"
_READS = (r"(get|all|for_session|for_client|sessions|get_session|load|entries|client_list|search"
          r"|practice|invoice|invoices|invoice_status|package_invoice"
          r"|session_measures|client_measures|measure_series|open_measure_flags|measure_scales"
          r"|journal_card"
          r"|note_templates|note_template|default_template|note_origin|note_headings|phrases"
          r"|own_words|own_words_linked)")
READ_ONLY_CONTROLLER = re.compile(
    r"^controller("
    r"\.is_unlocked|\.folder|\.journal|\.journal\." + _REPOS +
    # a read call, then only attributes of what it returned (`.text`, `.idle_lock_minutes`)
    r"|\.journal(\." + _REPOS + r")?\." + _READS + r"\(\)(\.[a-z_]+)*"
    r")$")


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what}"


def _chain(node: ast.Attribute, parents: dict[ast.AST, ast.AST]) -> str:
    """`controller.journal.notes.for_session()` from the `controller` node upwards: the
    attributes read and calls made on it (call arguments left out)."""
    text = node.attr
    current: ast.AST = node
    while True:
        parent = parents.get(current)
        if isinstance(parent, ast.Attribute) and parent.value is current:
            text += "." + parent.attr
        elif isinstance(parent, ast.Call) and parent.func is current:
            text += "()"
        else:
            return text
        current = parent


def _read_only(chain: str) -> bool:
    """`controller…`: the read-only uses above. `workspace_controller…`: looking up what it
    holds (`workspace_controller.client_dialog`), never a call and never one of its methods
    (a method read without a call could be called later)."""
    if chain.startswith("controller"):
        return bool(READ_ONLY_CONTROLLER.match(chain))
    from journal_app.ui.controllers.workspace_controller import WorkspaceController

    parts = chain.split(".")
    if "()" in chain or len(parts) < 2:
        return False
    found = inspect.getattr_static(WorkspaceController, parts[1], None)
    return not inspect.isfunction(found)


def scan(source: str, name: str, *, journey: bool) -> list[Finding]:
    """The calls in `source` that drive the app without an input event."""
    tree = ast.parse(source)
    lines = source.splitlines()
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[Finding] = []

    def in_fixture(node: ast.AST) -> bool:
        """Inside a pytest fixture: it seeds the vault before any window opens."""
        above = parents.get(node)
        while above is not None:
            if isinstance(above, ast.FunctionDef) and any(
                    "fixture" in ast.unparse(d) for d in above.decorator_list):
                return True
            above = parents.get(above)
        return False

    def flag(node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        end = getattr(node, "end_lineno", line) or line
        if any(MARKER in lines[n - 1] for n in range(line, end + 1) if 0 < n <= len(lines)):
            return
        found.append(Finding(name, line, what))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id in PERSON):
            method = node.func.attr
            if method in FORBIDDEN_CALLS or SETTER.match(method):
                flag(node, f".{method}(…) makes the app act without an input event")
            elif journey and method in CORE_WRITES and not in_fixture(node):
                flag(node, f".{method}(…) writes through the core while the window is open")
        if isinstance(node, ast.Attribute):
            if node.attr in ("controller", "workspace_controller"):
                text = _chain(node, parents)
                if not _read_only(text):
                    flag(node, f"{text}: not a read-only use of the {node.attr}")
            elif node.attr.startswith("_") and not node.attr.startswith("__") and not (
                    isinstance(node.value, ast.Name) and node.value.id == "self"):
                flag(node, f"._{node.attr.lstrip('_')}: a private part of the app")
        if journey and isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) \
                and not in_fixture(node):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for part in ast.walk(target):
                    if isinstance(part, ast.Attribute) and isinstance(part.ctx, ast.Store):
                        flag(part, f"assigns .{part.attr}: changes the app from the outside")
    return found


def journey_files() -> list[Path]:
    return sorted(p for p in HERE.glob("*.py") if p.name not in NOT_OURS)


def _scan_file(path: Path) -> list[Finding]:
    return scan(path.read_text(encoding="utf-8"), path.name,
                journey=path.name.startswith("test_"))


# The journeys ----------------------------------------------------------------------------------


def test_the_journeys_drive_the_app_only_by_input_events() -> None:
    files = journey_files()
    names = {p.name for p in files}
    assert "conftest.py" in names
    assert len([n for n in names if n.startswith("test_")]) >= 6, names  # it reads something
    findings = [f for path in files for f in _scan_file(path)]
    assert not findings, "\n".join(map(str, findings))


def test_the_rule_is_written_where_a_reviewer_reads_it() -> None:
    doc = ast.get_docstring(ast.parse((HERE / "conftest.py").read_text(encoding="utf-8")))
    assert doc is not None and "ONLY through input events" in " ".join(doc.split())
    for word in ("setText", "setCurrentIndex", "selectRow", ".click()", ".trigger()", ".emit()"):
        assert word in doc, word


def test_every_exception_is_marked_and_explained() -> None:
    """The lines allowed to act without input: only in conftest and its person (the rescue and
    the teardown), each with its reason."""
    marked = [(p.name, n, line.split(MARKER, 1)[1].strip())
              for p in journey_files() for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
              if MARKER in line and p.name != Path(__file__).name]
    helpers = ("conftest.py", "journey_person.py", "journey_questions.py")
    assert all(name in helpers for name, _n, _why in marked), marked
    assert all(len(why) > 10 for _name, _n, why in marked), marked
    assert len(marked) <= 6, marked


# The check itself can fail ---------------------------------------------------------------------

BREAKS_THE_RULE = [
    "window.workspace.client_view.mark_held.click()",
    "view.sessions.selectRow(0)",
    "view.sessions.setCurrentIndex(index)",
    "page.passphrase.setText('correct horse battery staple')",
    "dialog.idle_minutes.setValue(12)",
    "page.passphrase.returnPressed.emit()",
    "window.lock_action.trigger()",
    "dialog.buttons.accepted.emit()",
    "editor.text.setPlainText('written by the test')",
    "box.accept()",
    "window.controller.lock()",
    "window.controller.unlock('secret')",
    "window.controller.journal.notes.save_draft(sid, 'x')",
    "window.controller.sign_note(sid)",
    "window.workspace_controller.open_client(cid)",
    "open_it = window.workspace_controller.open_client",
    "window.workspace_controller.notes.save_now()",
    "controller = window.workspace_controller",
    "window.workspace_controller.notes.autosave_timer.setInterval(50)",
    "window._confirm = lambda *args: True",
    "notes._on_text_changed()",
    "journal = window.controller.journal\njournal.notes.save_draft(sid, 'x')",
    "vault.journal.clients.add('Anna')",
    "editor.confirm = lambda *args: True",
    "lock = window.controller.lock",
    "window.controller.changed",
    "window.controller.apply(lambda j: j.save_draft(sid, 'x'))",
    "journal = window.controller.journal\njournal.add_client('Anna')",
    "window.controller.journal.mark_paid(1001, day)",
    "journal = window.controller.journal\njournal.issue_invoice(cid, package_id=pid)",
    "journal = window.controller.journal\njournal.record_measure(sid, 'phq9', answers)",
    "window.controller.journal.acknowledge_measure_flag(mid)",
]

READ_ONLY = [
    "person.click(editor.sign_button)",
    "person.click_row(view.sessions, '2026-02-16')",
    "rect = view.sessions.visualRect(index)",
    "text = editor.text.toPlainText()",
    "name = window.workspace.client_view.name.text()",
    "note = window.controller.journal.notes.for_session(sid)",
    "stored = window.controller.journal.settings.load()",
    "ok = window.controller.is_unlocked",
    "dialog = window.workspace_controller.client_dialog",
    "client = window.workspace_controller.client",
    "journal = window.controller.journal",
    "rows = window.controller.journal.client_list()",
    "stored = window.controller.journal.practice().legal_name",
    "invoice = window.controller.journal.invoice(1001)",
    "message = window.statusBar().currentMessage()",
    "box.reject()  # not-driving: rescue of a modal nobody answered; the test fails",
]


def test_a_snippet_that_breaks_the_rule_is_flagged() -> None:
    missed = [s for s in BREAKS_THE_RULE if not scan(s, "snippet", journey=True)]
    assert not missed, f"not flagged: {missed}"


def test_a_read_only_snippet_is_not_flagged() -> None:
    wrongly = {s: [str(f) for f in scan(s, "snippet", journey=True)] for s in READ_ONLY}
    assert not any(wrongly.values()), wrongly


def test_a_journey_that_breaks_the_rule_fails_the_scan(tmp_path: Path) -> None:
    """A whole journey file, as a careless edit might leave it, is caught line by line."""
    careless = '''
def test_careless(make_window, person, seeded):
    window = make_window()
    window.unlock_page.passphrase.setText("correct horse battery staple")
    window.unlock_page.unlock_button.click()
    window.workspace.client_list.table.selectRow(0)
    person.click(window.workspace.note_editor.sign_button)
'''
    findings = scan(careless, "test_careless.py", journey=True)
    assert sorted(f.line for f in findings) == [4, 5, 6], [str(f) for f in findings]


def test_a_fixture_may_seed_the_vault_but_a_journey_may_not() -> None:
    source = '''
@pytest.fixture
def seeded(vault_dir, clock):
    vault, _key = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    vault.journal.clients.add("Anna")
    vault.lock()

def test_journey(make_window, person, seeded):
    window = make_window()
    person.unlock(window)
    window.controller.journal.clients.add("Bo")
'''
    findings = scan(source, "test_seeding.py", journey=True)
    assert {f.line for f in findings} == {11}, [str(f) for f in findings]
