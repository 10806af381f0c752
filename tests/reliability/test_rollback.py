"""An older journal.db put back (which needs no passphrase) cannot bring an erased client back
unnoticed, nor hide the access-log entries written since (issue 14).

The anchor beside the vault (erasures.json, MAC'd) holds the log's last entry and the erasure
generation; at unlock a database older than it is named for what it is, every recorded erasure
is applied again before anything reads the data, the event is logged and the practitioner is
told; `verify`, `log` and the log view name the missing entries. Each attack has a control: the
same steps with the guard switched off (or without the attack) show the checks would fail.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from _support import count

from backup_cases import cli, in_backup, two_clients
from forensic import MarkedClient, scan
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.errors import JournalError
from journal_app.core.retention import rollback
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault, derive_unlock_key
from journal_app.ui.views.log_view import LogView
from support import PASSPHRASE


@dataclass(frozen=True)
class PutBack:
    folder: Path
    key: bytes
    kept: MarkedClient
    gone: MarkedClient
    old_last_seq: int  # the log's last entry in the copy put back
    anchored_seq: int  # the log's last entry when the vault was locked after the erase


def _last_seq(vault: Vault) -> int:
    return vault.journal.access_log(limit=1)[0].seq


@pytest.fixture
def put_back(vault: Vault, tmp_path: Path) -> Iterator[PutBack]:
    """Two clients; a copy of journal.db taken while locked; one client erased; the copy put
    back over the vault's journal.db, with erasures.json and the header left as they are."""
    vault, kept, gone = two_clients(vault)
    key = vault.data_key
    vault.lock()
    old = tmp_path / "old-journal.db"
    shutil.copy2(vault.folder / "journal.db", old)
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    old_last = _last_seq(opened) - 1  # the UNLOCK just written is not in the copy
    opened.journal.erase_client(gone.id)
    opened.lock()
    anchored = json.loads((vault.folder / "erasures.json").read_text())["log_anchor"]["seq"]
    shutil.copy2(old, vault.folder / "journal.db")
    yield PutBack(vault.folder, key, kept, gone, old_last, anchored)


def _clients(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
             folder: Path) -> tuple[str, str]:
    code, out, err = cli(monkeypatch, capsys, ["--vault", str(folder), "clients"])
    assert code == 0, err
    return out, err


def test_an_older_journal_db_after_an_erase_shows_none_of_the_erased_client(
    put_back: PutBack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folder, gone, kept = str(put_back.folder), put_back.gone, put_back.kept
    # verify, before any unlock: the entries the copy lacks, by number.
    code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, "verify"])
    lost = put_back.anchored_seq - put_back.old_last_seq
    assert code == 1
    assert (f"the {lost} entries written after entry {put_back.old_last_seq} (numbered "
            f"{put_back.old_last_seq + 1}–{put_back.anchored_seq} then) are missing") in err
    # The first command that unlocks says what it found, once, and shows no erased client.
    out, err = _clients(monkeypatch, capsys, put_back.folder)
    assert "older than the vault's record: it was replaced by an older copy" in err
    assert "1 client(s) erased after that copy was made were erased again" in err
    assert kept.name in out and gone.name not in out and gone.id not in out
    out, err = _clients(monkeypatch, capsys, put_back.folder)
    assert err == "" and gone.name not in out  # said once; the erase holds
    # Search, the register extract, the PDF and the JSON export: none of the erased client.
    vault = Vault.unlock(put_back.folder, PASSPHRASE)
    try:
        assert vault.notices == []
        assert vault.journal.search(kept.note_words[0])  # the control: search does find
        for needle in [*gone.note_words, gone.name.split()[0]]:
            assert vault.journal.search(needle) == []
        receipts = vault.journal.erasure_receipts(client_id=gone.id)
        assert len(receipts) == 1 and receipts[0].whole_client  # one receipt per erase
        actions = [e.action for e in vault.journal.access_log()]
        assert Action.ROLLBACK in actions and actions.count(Action.ERASE) == 1
    finally:
        vault.lock()
    for command in (["export-pdf", "--client", gone.id, "--out", str(tmp_path / "g.pdf")],
                    ["extract", "--client", gone.id, "--out", str(tmp_path / "g-x.pdf")]):
        code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, *command])
        assert code == 2 and "Traceback" not in err, err
        assert not (tmp_path / "g.pdf").exists() and not (tmp_path / "g-x.pdf").exists()
    export = tmp_path / "all.json"
    code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, "export", str(export)])
    assert code == 0, err
    text = export.read_text(encoding="utf-8")
    assert kept.name in text  # the control: the export holds the client kept
    assert not any(n in text for n in gone.needles())
    # A backup taken now holds none of it: every page of it decrypted and searched.
    backups = tmp_path / "backups"
    backups.mkdir()
    code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, "backup", "--to",
                                                str(backups)])
    assert code == 0, err
    (backup,) = backups.iterdir()
    assert in_backup(backup, put_back.key, gone.needles()) == set()
    assert in_backup(backup, put_back.key, kept.note_words[:1]) == set(kept.note_words[:1])
    assert not any(scan(put_back.folder / "journal.db", put_back.key, gone.needles()).found
                   .values())
    # `log` and verify, after the unlock recorded it: still named, with where it was found.
    code, out, err = cli(monkeypatch, capsys, ["--vault", folder, "log"])
    assert code == 1 and "\trollback\t" in out
    assert f"numbered {put_back.old_last_seq + 1}–{put_back.anchored_seq} then) are missing" in err
    assert "found at the unlock" in err
    count("rollback: attacks detected", 1)


def test_control_without_the_anchor_check_the_erased_client_comes_back(
    put_back: PutBack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The same put-back with the unlock's check switched off: the erased client is listed
    again and a backup holds its notes. The checks above are the ones that would see it."""
    monkeypatch.setattr(rollback, "compare", lambda *_a: rollback.AnchorCheck(
        rollback.State.CURRENT))
    out, err = _clients(monkeypatch, capsys, put_back.folder)
    assert put_back.gone.name in out and "older" not in err
    vault = Vault.unlock(put_back.folder, PASSPHRASE)
    try:
        assert vault.journal.search(put_back.gone.note_words[0])
        record = create_backup(vault, tmp_path)
    finally:
        vault.lock()
    assert in_backup(record.path, put_back.key, put_back.gone.note_words) \
        == set(put_back.gone.note_words)


def _exported_then_put_back(vault: Vault, tmp_path: Path, *, put_back: bool) -> tuple[int, int]:
    """A vault that never erased anything: a copy of journal.db, then an export (anchored), a
    lock and, if asked, the copy put back. Returns (the copy's last seq, the anchored seq)."""
    vault.journal.clients.add("Klara Kvar")
    vault.lock()
    old = tmp_path / "old-journal.db"
    shutil.copy2(vault.folder / "journal.db", old)
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    old_last = _last_seq(opened) - 1
    from journal_app.export.interchange import export_to_file

    export_to_file(opened.journal, tmp_path / "export.json")
    opened.lock()
    anchored = json.loads((vault.folder / "erasures.json").read_text())["log_anchor"]["seq"]
    if put_back:
        shutil.copy2(old, vault.folder / "journal.db")
    return old_last, anchored


@pytest.mark.parametrize("attack", [True, False], ids=["put-back", "control"])
def test_an_older_copy_on_a_never_erased_vault_is_named_by_verify_log_and_the_log_view(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], qtbot, attack: bool,  # type: ignore[no-untyped-def]
) -> None:
    folder = vault.folder
    old_last, anchored = _exported_then_put_back(vault, tmp_path, put_back=attack)
    assert not (folder / "erasures.json").read_text().count('"client_id"')  # nothing erased
    numbered = f"{old_last + 1}–{anchored}"
    code, out, err = cli(monkeypatch, capsys, ["--vault", str(folder), "verify"])
    if not attack:  # the control: the same vault, nothing put back, is sound
        assert code == 0 and "chain intact (its end matches the record" in out
    else:
        assert code == 1 and f"numbered {numbered} then) are missing" in err
        assert "journal.db was replaced by an older copy" in err
    # The log view checks against the anchor even before an unlock has recorded the loss: on a
    # copy of the folder, opened with the unlock's own check switched off.
    scratch = tmp_path / "scratch"
    shutil.copytree(folder, scratch)
    with monkeypatch.context() as patched:
        patched.setattr(rollback, "compare", lambda *_a: rollback.AnchorCheck(
            rollback.State.CURRENT))
        unchecked = Vault.unlock(scratch, PASSPHRASE)
        try:
            view = LogView(unchecked.journal)
            qtbot.addWidget(view)
            label = view.chain_label.text()
        finally:
            unchecked.lock()
    if attack:  # that unlock's own entry took the number old_last + 1
        assert f"Entries {old_last + 2}–{anchored} are missing" in label
    else:
        assert "the chain is intact" in label
    code, out, err = cli(monkeypatch, capsys, ["--vault", str(folder), "log"])
    if attack:
        assert code == 1 and "older than the vault's record" in err
        assert f"numbered {numbered} then) are missing" in err and "found at the unlock" in err
    else:
        assert code == 0 and err == ""
    reopened = Vault.unlock(folder, PASSPHRASE)
    try:
        view = LogView(reopened.journal)
        qtbot.addWidget(view)
        label = view.chain_label.text()
    finally:
        reopened.lock()
    if attack:
        assert f"(numbered {numbered} then) are missing" in label
    else:
        assert "the chain is intact" in label


@pytest.mark.parametrize("attack", [True, False], ids=["tail-cut", "control"])
def test_a_log_cut_at_its_end_is_found_at_unlock_and_by_verify(
    vault: Vault, attack: bool
) -> None:
    folder = vault.folder
    for name in ("Anna", "Bo", "Cilla"):
        vault.journal.open_client(vault.journal.clients.add(name).id)
    vault.lock()
    opened = Vault.unlock(folder, PASSPHRASE)
    last = _last_seq(opened)
    if attack:  # someone with the key cuts the last three entries; no lock writes the anchor
        with opened.db.write() as conn:
            conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 3,))
    opened._close()
    again = Vault.unlock(folder, PASSPHRASE)
    try:
        told = [str(n) for n in again.notices]
        report = verify_read_only(folder, again.data_key)
    finally:
        again.lock()
    if attack:
        assert len(told) == 1 and "older than the vault's record" in told[0]
        assert f"lacks the 3 entries written after entry {last - 3}" in told[0]
        assert any(f"numbered {last - 2}–{last} then) are missing" in p for p in report.problems)
    else:  # the control; also a database newer than its record (a crash) is silent
        assert told == [] and report.sound, report.problems


def test_a_database_newer_than_its_record_after_a_crash_is_silent(vault: Vault) -> None:
    folder = vault.folder
    vault.journal.clients.add("Efter Kraschen")
    vault._close()  # killed: no LOCK entry, the anchor still at the creation
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert opened.notices == []
        assert verify_read_only(folder, opened.data_key).sound
        assert Action.ROLLBACK not in [e.action for e in opened.journal.access_log()]
    finally:
        opened.lock()


def test_a_backup_refuses_a_journal_db_replaced_or_cut_while_open(
    vault: Vault, tmp_path: Path
) -> None:
    vault.journal.clients.add("Öppen Under Tiden")
    vault.lock()
    old = tmp_path / "old.db"
    shutil.copy2(vault.folder / "journal.db", old)
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    backups = tmp_path / "backups"
    backups.mkdir()
    create_backup(opened, backups / "first.journalbackup")  # the control: it works
    os.replace(old, opened.folder / "journal.db")  # renamed into place under the open vault
    with pytest.raises(JournalError) as replaced:
        create_backup(opened, backups / "second.journalbackup")
    assert replaced.value.code == "backup.file_replaced"
    opened._close()
    opened = Vault.unlock(vault.folder, PASSPHRASE)  # the unlock deals with the older copy
    assert opened.notices and "older than the vault's record" in str(opened.notices[0])
    create_backup(opened, backups / "third.journalbackup")
    with opened.db.write() as conn:  # the log cut under the open vault: older than the record
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (_last_seq(opened) - 2,))
    with pytest.raises(JournalError) as cut:
        create_backup(opened, backups / "fourth.journalbackup")
    assert cut.value.code == "backup.rolled_back"
    assert "No backup was written" in str(cut.value)
    opened._close()
    assert sorted(p.name for p in backups.iterdir()) == ["first.journalbackup",
                                                          "third.journalbackup"]


@pytest.mark.parametrize("attack", [True, False], ids=["record-deleted", "control"])
def test_a_missing_record_is_said_when_one_was_kept(vault: Vault, attack: bool) -> None:
    """Deleting erasures.json (to hide an older copy) is said and logged; a vault from before
    records were kept (no record, none expected) opens silently and gets one."""
    folder = vault.folder
    if not attack:
        with vault.db.write() as conn:  # as a vault made before this version
            conn.execute("DELETE FROM settings WHERE key = ?", (rollback.ANCHOR_KEPT,))
        vault._close()
    else:
        vault.lock()
    (folder / "erasures.json").unlink()
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        told = [str(n) for n in opened.notices]
        actions = [e.action for e in opened.journal.access_log()]
    finally:
        opened.lock()
    assert (folder / "erasures.json").exists()
    if attack:
        assert len(told) == 1 and "erasures.json) is missing, damaged" in told[0]
        assert Action.ANCHOR_MISSING in actions
    else:
        assert told == [] and Action.ANCHOR_MISSING not in actions


def test_the_record_cannot_be_forged_without_the_key(vault: Vault, tmp_path: Path) -> None:
    """An anchor moved back by hand (to match an older copy) fails its MAC: no record, said."""
    folder = vault.folder
    vault.journal.open_client(vault.journal.clients.add("Anna").id)
    vault.lock()
    path = folder / "erasures.json"
    raw = json.loads(path.read_text())
    assert raw["log_anchor"]["seq"] > 1
    raw["log_anchor"]["seq"] = 1
    path.write_text(json.dumps(raw))
    key = derive_unlock_key(folder, PASSPHRASE)
    report = verify_read_only(folder, key.data_key)
    assert any("erasures.json: damaged" in p for p in report.problems)
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert "missing, damaged or not this vault's" in str(opened.notices[0])
    finally:
        opened.lock()
