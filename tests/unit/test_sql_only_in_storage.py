"""SQL lives only in the repositories (core/storage): no module elsewhere in src/journal_app
runs a statement (`.execute(`, `.executemany(`, `.executescript(`) or holds SQL in a string.
The rules (retention, backups, the facade) call repository methods; the scan is shown able
to fail on snippets that break the rule, and to pass prose and repository calls."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "journal_app"
STORAGE = SRC / "core" / "storage"
RUNS_SQL = {"execute", "executemany", "executescript"}
# Upper-case statement words, as every statement in this code base is written; prose that
# mentions "select" or "delete" in lower case is not SQL.
SQL = re.compile(
    r"\b(SELECT\s+\S|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|DROP\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE"
    r"|PRAGMA\s+\w|BEGIN(\s+IMMEDIATE)?\b|COMMIT\b|ROLLBACK\b|VACUUM\b)")


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, joined
        return ["".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    return []


def scan(source: str, where: str) -> list[str]:
    """Each place in `source` that runs SQL or holds an SQL statement in a string."""
    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and n.body and isinstance(n.body[0], ast.Expr)}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in RUNS_SQL:
            found.append(f"{where}:{node.lineno}: .{node.func.attr}(…)")
        if id(node) in docstrings:
            continue
        for text in _strings(node):
            match = SQL.search(text)
            if match:
                found.append(f"{where}:{getattr(node, 'lineno', '?')}: SQL {match.group(0)!r}")
    return found


def outside_storage() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if STORAGE not in p.parents)


def test_sql_appears_only_in_core_storage() -> None:
    files = outside_storage()
    assert len(files) > 100  # the control: the tree was really walked
    assert any(p.name == "erasure.py" for p in files)
    found = [f for p in files for f in scan(p.read_text("utf-8"), str(p.relative_to(SRC)))]
    assert found == []


def test_the_repositories_do_hold_sql() -> None:
    """The positive control on real files: the scan finds the statements where they live."""
    for name in ("erasures.py", "billing.py", "backups.py", "retention_queries.py"):
        assert scan((STORAGE / name).read_text("utf-8"), name), name


BREAKS_THE_RULE = [
    'conn.execute("SELECT value FROM settings WHERE key = ?", (key,))',
    "rows = cursor.executemany(sql, values)",
    "db.conn.executescript(script)",
    'sql = "DELETE FROM billing_records WHERE keep_until < ?"',
    'query = f"SELECT {columns} FROM backups ORDER BY created_at DESC"',
    "statement = 'INSERT INTO erasure_receipts (id) VALUES (?)'",
    'conn.execute("UPDATE backups SET holds_erased = 1")',
    'schema = "PRAGMA user_version"',
    'conn.execute("VACUUM")',
    'STATEMENTS = ("BEGIN IMMEDIATE", "COMMIT")',
]
FOLLOWS_THE_RULE = [
    "records = repos.billing.records(client_id=client_id)",
    "repos.erasures.delete(target, index)",
    "with repos.transaction():\n    repos.settings.set_raw('k', 'v')",
    "label = tr('Select a client, then delete the note')",
    '"""Selects what to delete from the backups."""',
    "message = 'Erasing removes for good every note and its search entries.'",
    "executor.submit(work)",
]


@pytest.mark.parametrize("snippet", BREAKS_THE_RULE)
def test_a_snippet_with_sql_is_flagged(snippet: str) -> None:
    assert scan(snippet, "core/retention/some_rule.py"), snippet


@pytest.mark.parametrize("snippet", FOLLOWS_THE_RULE)
def test_a_snippet_without_sql_is_not_flagged(snippet: str) -> None:
    assert scan(snippet, "core/retention/some_rule.py") == []
