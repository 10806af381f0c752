"""The `--smoke-test` run the built app performs, exercised in-process from the source tree
(the bundle itself is built and run by test_bundle.py when asked for)."""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.ui import smoke
from journal_app.ui.controllers.controller import AppController
from support import FAST_KDF


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The smoke run's temporary folder lands here, so the test can see it is gone after."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield temp
    # The smoke run points QSettings at its own (removed) folder; give later tests a live one.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


class ControlledWindow(QWidget):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setWindowTitle("Journal")
        self.controller = AppController(folder, parent=self)


def run(factory: Callable[[Path], QWidget], **kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = smoke.run_smoke_test(factory, kdf_policy=FAST_KDF, out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


def test_flag_detection() -> None:
    assert smoke.smoke_requested(["--vault", "x", "--smoke-test"])
    assert not smoke.smoke_requested(["--vault", "x"])
    assert smoke.without_smoke_flag(["--smoke-test", "--vault", "x"]) == ["--vault", "x"]


def test_passes_with_a_plain_window_and_leaves_nothing_behind(qapp: QApplication, private_temp: Path) -> None:
    opened: list[Path] = []

    def factory(folder: Path) -> QWidget:
        opened.append(folder)
        window = QWidget()
        window.setWindowTitle("Journal")
        return window

    code, output = run(factory, require_translations=False)
    assert code == 0, output
    assert output.splitlines()[-1] == "smoke: passed"
    assert "smoke: vault: ok" in output and "smoke: window: ok ('Journal' opened and closed)" in output
    assert "smoke: spelling: ok (sv_SE, en_US)" in output
    assert opened[0].name == "vault" and opened[0].parent.name.startswith("journal-app-smoke-")
    assert list(private_temp.iterdir()) == []  # the throw-away vault was removed


def test_unlocks_through_the_apps_controller(qapp: QApplication) -> None:
    code, output = run(ControlledWindow, require_translations=False)
    assert code == 0, output
    assert "opened, unlocked and closed" in output


def test_a_window_that_cannot_unlock_fails_the_run(qapp: QApplication, tmp_path: Path) -> None:
    # A controller on a folder without a vault: the unlock fails, and so must the smoke run.
    code, output = run(lambda _folder: ControlledWindow(tmp_path / "elsewhere"),
                       require_translations=False)
    assert code == 1
    assert "smoke: window: FAILED" in output and "did not unlock" in output
    assert "smoke: passed" not in output


def test_a_window_that_does_not_build_fails_the_run(qapp: QApplication) -> None:
    def broken(_folder: Path) -> QWidget:
        raise ImportError("No module named 'PySide6.QtMissing'")

    code, output = run(broken, require_translations=False)
    assert code == 1
    assert "smoke: window: FAILED: ImportError: No module named 'PySide6.QtMissing'" in output


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "resources"
    (folder / "translations").mkdir(parents=True)
    shutil.copy(smoke.RESOURCES / "app-icon.svg", folder / "app-icon.svg")
    monkeypatch.setattr(smoke, "RESOURCES", folder)
    return folder


def test_a_bundle_without_swedish_fails(qapp: QApplication, resources: Path) -> None:
    code, output = run(lambda _f: QWidget(), require_translations=True)
    assert code == 1 and "smoke: translations: FAILED" in output and "no Swedish .qm" in output


def test_a_damaged_translation_fails(qapp: QApplication, resources: Path) -> None:
    (resources / "translations" / "journal_app_sv.qm").write_bytes(b"not a qm file")
    code, output = run(lambda _f: QWidget(), require_translations=True)
    assert code == 1 and "journal_app_sv.qm does not load" in output


def test_a_missing_icon_fails(qapp: QApplication, resources: Path) -> None:
    (resources / "app-icon.svg").unlink()
    code, output = run(lambda _f: QWidget(), require_translations=False)
    assert code == 1 and "smoke: icons: FAILED" in output


def test_a_missing_dictionary_fails_the_smoke_run(qapp: QApplication, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui import spell_engine

    def missing(language: str) -> tuple[Path, str]:
        raise spell_engine.DictionaryMissing(f"no {language} dictionary in the bundle")

    monkeypatch.setattr(spell_engine, "dictionary_folder", missing)
    code, output = run(lambda folder: QWidget(), require_translations=False)
    assert code == 1
    assert "smoke: spelling: FAILED: DictionaryMissing: no sv dictionary in the bundle" in output
