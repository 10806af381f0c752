"""Canary scan: every flow (create, import, write, autosave in the GUI note editor, a word added
to the own spelling dictionary, sign, correct, search, lock, backup, erase, PDF export, own
templates and phrases made and imported) runs in a child process with marker text in the notes,
names, templates, phrases and own words, with TMPDIR, HOME and the XDG folders pointed into the
test's own folder (so Qt's settings and any cache land there). Then every file there is searched
for the markers, in UTF-8 and UTF-16 and lower-cased: none may appear outside the encrypted
files, except in the PDF the practitioner asked for, where the scan must find it (pypdf
decompresses the text)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from _support import child_env, count
from pypdf import PdfReader

from journal_app.core.vault.vault import VAULT_FILES, Vault
from support import PASSPHRASE

MARKER = "Kanarie7f3a9c"

CHILD = r'''
import datetime as dt, os, sys, time
from pathlib import Path
from journal_app.ui.app import make_application
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import wait_for_tasks
from journal_app.core.backup.backup import carry_erasures, create_backup
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import import_from_file
from journal_app.export.pdf import export_journal_pdf
from support import FAST_KDF, PASSPHRASE

root, M = Path(sys.argv[1]), sys.argv[2]
folder = root / "vault"
app = make_application()

def wait(cond, what):
    end = time.monotonic() + 30
    while not cond():
        app.processEvents()
        time.sleep(0.005)
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")

vault, _ = Vault.create(folder, PASSPHRASE, practice_name=f"Praktik {M}", kdf_policy=FAST_KDF)
import_from_file(vault.journal, root / "input" / "import.json")
named = {c.name: c for c in vault.journal.clients.all()}
own = vault.journal.add_template(f"Mall {M}", f"Rubrik {M}template\n\n").template
vault.journal.set_default_template(own.id)
vault.journal.add_phrase("kan", f"Fras {M}phrase text.")
client = named[f"Klient {M}"]
package = vault.journal.packages.add(client.id, name=f"Paket {M}", sessions_total=3,
                                     purchased="2026-01-01")
session = vault.journal.packages.add_session(package.id, dt.datetime(2026, 1, 5, 10), "held")
vault.lock()

window = MainWindow(folder, kdf_policy=FAST_KDF, confirm=lambda *args: True)
window.show()
opened = []
window.controller.unlocked.connect(lambda: opened.append(1))
window.unlock_page.passphrase.setText(PASSPHRASE)
window.unlock_page.passphrase.returnPressed.emit()
wait(lambda: opened, "unlock")
journal = window.controller.journal
panel = window.workspace.client_list
for row in range(panel.proxy.rowCount()):
    if panel.proxy.index(row, 0).data() == client.name:
        panel.table.setCurrentIndex(panel.proxy.index(row, 0))
wait(lambda: window.workspace.client_view.name.text() == client.name, "client view")
assert window.workspace_controller.select_session(session.id)
notes, editor = window.workspace_controller.notes, window.workspace.note_editor
notes.autosave_timer.setInterval(20)
editor.text.insertPlainText(f" Autosparad {M}autosave text.")
wait(lambda: f"{M}autosave" in (journal.notes.for_session(session.id) or
                                  type("n", (), {"text": ""})).text, "autosave")
# The own spelling dictionary, through the editor's spell checking: kept in the vault only.
assert window.workspace_controller.spelling.add_word(f"{M}ordlista")
assert f"{M}ordlista" in journal.own_words() and f"{M}importord" in journal.own_words()
editor.sign_button.click()
editor.correct_button.click()
editor.text.selectAll()
editor.text.insertPlainText(f"Rättad {M}correction text.")
editor.sign_action.trigger()
assert len(journal.notes.for_session(session.id).earlier) == 1
panel.search.setText(f"{M}correction")
wait(lambda: window.workspace_controller.search.model.rowCount() >= 1, "search")
assert journal.search(f"{M}correction")
window.controller.lock()
wait_for_tasks()
window.close()
app.processEvents()

vault = Vault.unlock(folder, PASSPHRASE)
j = vault.journal
for who in (client, named[f"Raderad {M}"]):  # the journal card, corrected: two revisions
    j.save_card_draft(who.id, "assessment", f"Bedömning {M}card text", diagnosis=f"{M}diag")
    j.sign_card_part(who.id, "assessment")
    j.start_card_correction(who.id, "assessment")
    j.save_card_draft(who.id, "assessment", f"Rättad {M}cardfix text")
    j.sign_card_part(who.id, "assessment")
assert j.search(f"{M}cardfix")
create_backup(vault, root / "backups" / "first.journalbackup")
export_journal_pdf(j, client.id, root / "exports" / "journal.pdf")
j.erase_client(named[f"Raderad {M}"].id)
carry_erasures(vault)
create_backup(vault, root / "backups")
vault.lock()
print("done", flush=True)
'''


def forms(marker: str) -> list[bytes]:
    out: list[bytes] = []
    for text in {marker, marker.lower(), marker.upper()}:
        out += [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return out


def found_in(path: Path, marker: str) -> bool:
    data = path.read_bytes()
    if any(f in data for f in forms(marker)):
        return True
    if path.suffix == ".pdf":  # the text of a PDF is compressed: read it as a reader does
        text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
        return marker in text
    return False


def test_no_marker_outside_the_encrypted_files(tmp_path: Path) -> None:
    root = tmp_path
    for name in ("input", "backups", "exports", "tmp", "home", "config", "cache", "data",
                 "state", "runtime"):
        (root / name).mkdir(mode=0o700)
    document = {"format": "journal-app/1", "clients": [
        {"name": f"{who} {MARKER}", "email": f"{MARKER.lower()}@example.se",
         "packages": [{"name": "P", "sessions_total": 2, "purchased": "2026-01-01", "sessions": [
             {"start": "2026-01-02T10:00", "status": "held", "signed": True,
              "note": f"Importerad {MARKER}import anteckning."}]}]}
        for who in ("Klient", "Raderad")],
        "templates": {"own": [{"id": "t1", "name": f"Importmall {MARKER}",
                               "body": f"{MARKER}importtemplate\n\n"}],
                      "phrases": [{"id": "p1", "abbreviation": "imp",
                                   "text": f"{MARKER}importphrase text.",
                                   "created_at": "2026-01-01T00:00:00+00:00"}]},
        "dictionary": {"words": [f"{MARKER}importord"]}}
    (root / "input" / "import.json").write_text(json.dumps(document), encoding="utf-8")
    script = root / "input" / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = child_env(TMPDIR=str(root / "tmp"), HOME=str(root / "home"),
                    XDG_CONFIG_HOME=str(root / "config"), XDG_CACHE_HOME=str(root / "cache"),
                    XDG_DATA_HOME=str(root / "data"), XDG_STATE_HOME=str(root / "state"),
                    XDG_RUNTIME_DIR=str(root / "runtime"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), str(root), MARKER], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, cwd=root / "tmp")
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stdout + done.stderr
    assert MARKER.lower() not in (done.stdout + done.stderr).lower()  # the console is a log too

    # Controls: the scan finds the marker where it must be (the input and the asked-for PDF).
    pdf = root / "exports" / "journal.pdf"
    assert found_in(root / "input" / "import.json", MARKER)
    # The note text sits in compressed streams: only pypdf finds it ...
    assert f"{MARKER}correction".encode() not in pdf.read_bytes()
    assert found_in(pdf, MARKER) and found_in(pdf, f"{MARKER}correction")  # ... and it does
    settings = list((root / "config").rglob("*"))
    assert any(p.is_file() for p in settings), "Qt settings were not written where expected"

    scanned = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.parent == root / "input" or path == pdf:
            continue
        scanned += 1
        for needle in (MARKER, f"{MARKER}autosave", f"{MARKER}correction", f"{MARKER}import",
                       f"{MARKER}template", f"{MARKER}phrase", f"{MARKER}importtemplate",
                       f"{MARKER}importphrase", f"{MARKER}ordlista", f"{MARKER}importord"):
            assert not found_in(path, needle), f"{needle} found in {path}"
    leftovers = sorted(p.name for p in (root / "tmp").iterdir())
    assert leftovers == [], leftovers
    names = set(os.listdir(root / "vault"))  # erasures.json: the receipts' sidecar
    assert set(VAULT_FILES) <= names <= {*VAULT_FILES, "erasures.json"}, sorted(names)
    assert len(list((root / "backups").iterdir())) == 2
    count("canary: files scanned", scanned)
    # Control: the templates and phrases whose text was looked for are in the vault.
    vault = Vault.unlock(root / "vault", PASSPHRASE)
    try:
        assert sorted(p.abbreviation for p in vault.journal.phrases()) == ["imp", "kan"]
        assert vault.journal.default_template().name == f"Mall {MARKER}"
        assert f"Importmall {MARKER}" in [t.name for t in vault.journal.note_templates()]
    finally:
        vault.lock()
