"""The deferred start `run_app` uses: the unlock page is drawn first, from a handful of modules,
and the rest of the window is built right after that first paint (docs/performance.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import vault_exists
from journal_app.ui import app as app_module
from journal_app.ui import smoke
from journal_app.ui.icons import APP_ICON_SIZES, app_icon, app_icon_png, render_app_icon
from journal_app.ui.main_window import MainWindow, looks_like_vault
from journal_app.ui.tasks import wait_for_tasks
from support import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def deferred() -> Iterator[list[MainWindow]]:
    """The windows a test made; each is locked at the end, as make_window does."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        if window.is_built:
            window.controller.lock()
    wait_for_tasks()


def _window(qtbot, windows: list[MainWindow], folder: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
            ui_settings: QSettings) -> MainWindow:
    window = MainWindow(folder, clock=clock, kdf_policy=FAST_KDF, ui_settings=ui_settings,
                        confirm=lambda *_args: True, defer=True)
    qtbot.addWidget(window)
    windows.append(window)
    return window


def test_the_first_page_guess_agrees_with_the_core(seeded, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   vault_dir: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert looks_like_vault(vault_dir) and vault_exists(vault_dir)
    assert not looks_like_vault(empty) and not vault_exists(empty)


def test_the_rest_is_built_after_the_first_paint_and_unlock_reaches_the_workspace(
        qtbot, seeded, deferred, vault_dir: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
        ui_settings: QSettings) -> None:
    window = _window(qtbot, deferred, vault_dir, clock, ui_settings)
    assert not window.is_built
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.folder_label.text() == str(vault_dir)
    blank_key = window.unlock_page.unlock_button.icon().cacheKey()  # holds the lock's room
    assert not window.unlock_page.unlock_button.icon().isNull()
    window.unlock_page.passphrase.setText(PASSPHRASE[:3])  # typed before the build ran
    window.show()
    qtbot.waitUntil(lambda: window.is_built, timeout=10_000)

    assert window.unlock_page.passphrase.text() == PASSPHRASE[:3]  # the build kept it
    button = window.unlock_page.unlock_button
    assert button.icon().cacheKey() != blank_key  # the lock icon came with the build
    assert window.pages.currentWidget() is window.unlock_page
    assert not window.new_client_action.isEnabled()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.controller.unlocked, timeout=10_000):
        window.unlock_page.passphrase.returnPressed.emit()
    assert window.pages.currentWidget() is window.workspace
    assert window.new_client_action.isEnabled()
    assert window.features.backups.isEnabled()  # a feature action, built after the paint
    clients = window.workspace.client_list.proxy
    names = {clients.index(row, 0).data() for row in range(clients.rowCount())}
    assert names == {"Karin Lindström", "Erik Öberg"}


def test_a_passphrase_sent_before_the_build_builds_and_unlocks(
        qtbot, seeded, deferred, vault_dir: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
        ui_settings: QSettings) -> None:
    window = _window(qtbot, deferred, vault_dir, clock, ui_settings)  # never shown: no paint
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.passphrase.returnPressed.emit()

    assert window.is_built
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10_000)
    assert window.controller.is_unlocked


def test_a_first_run_is_built_at_once(qtbot, deferred, vault_dir: Path,  # type: ignore[no-untyped-def]
                                      clock: ManualClock, ui_settings: QSettings) -> None:
    window = _window(qtbot, deferred, vault_dir, clock, ui_settings)
    assert window.is_built
    assert window.pages.currentWidget() is window.first_run_page


def test_closing_before_the_build_keeps_the_saved_splitter(
        qtbot, seeded, deferred, vault_dir: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
        ui_settings: QSettings) -> None:
    ui_settings.setValue("ui/state", b"kept")
    window = _window(qtbot, deferred, vault_dir, clock, ui_settings)
    window.close()
    assert not window.is_built
    assert ui_settings.value("ui/state") == b"kept"
    assert ui_settings.value("ui/geometry") is not None


def test_the_unlock_page_is_drawn_without_the_core_or_the_workspace(seeded, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    vault_dir: Path) -> None:
    """What the window imports before its first paint; the control is the same window built
    at once, which must import them (or the check would prove nothing)."""
    probe = """
import sys
from journal_app.ui.app import build_window, make_application
make_application()
window = build_window(__import__("pathlib").Path(sys.argv[1]), defer=sys.argv[2] == "defer")
heavy = ("journal_app.core.vault.vault", "journal_app.ui.controllers.controller",
         "journal_app.ui.views.workspace", "journal_app.ui.controllers.feature_actions",
         "sqlcipher3", "argon2", "PySide6.QtSvg", "journal_app.ui.svg_icons", "ctypes")
found = [name for name in heavy if name in sys.modules]
# PySide6 builds its `Qt` namespace (~90 enums, ~15 ms) on first touch, and QStyle's enums
# with the first QStyle name; asking for the colour scheme touches the former.
found += [name for name in ("Qt", "QStyle") if name in vars(sys.modules["PySide6.QtCore"])
          or name in vars(sys.modules["PySide6.QtWidgets"])]
print(",".join(found))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))

    def imported(mode: str) -> str:
        done = subprocess.run([sys.executable, "-c", probe, str(vault_dir), mode], env=env,
                              capture_output=True, text=True, timeout=60, check=True)
        return done.stdout.strip()

    assert imported("defer") == ""
    assert imported("now") == ("journal_app.core.vault.vault,journal_app.ui.controllers.controller,"
                               "journal_app.ui.views.workspace,journal_app.ui.controllers.feature_actions,"
                               "sqlcipher3,argon2,PySide6.QtSvg,journal_app.ui.svg_icons,ctypes,Qt,QStyle")


def test_the_app_icon_pngs_are_the_svg_rendered(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window and the unlock page draw the PNGs (no QtSvg before the first paint); a
    changed app-icon.svg must be rendered again (ui/icons.py, render_app_icon)."""
    for size in APP_ICON_SIZES:
        png = QImage(str(app_icon_png(size))).convertToFormat(
            QImage.Format.Format_ARGB32_Premultiplied)
        fresh = render_app_icon(size)
        assert png.size() == fresh.size()
        assert _max_difference(png, fresh) <= 8, f"{app_icon_png(size).name} is stale"
    other = render_app_icon(64)
    other.invertPixels()  # the control: a different picture is told apart
    png = QImage(str(app_icon_png(64))).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert _max_difference(png, other) > 8
    assert app_icon().pixmap(72, 72).width() == 72


def _max_difference(one: QImage, other: QImage) -> int:
    a, b = bytes(one.constBits()), bytes(other.constBits())
    assert len(a) == len(b)
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


def test_the_smoke_flag_is_the_smoke_modules() -> None:
    assert app_module.SMOKE_FLAG == smoke.SMOKE_FLAG


def test_the_vault_folder_is_read_by_hand_as_argparse_read_it(tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert app_module.parse_args(["--vault", folder]) == Path(folder)
    assert app_module.parse_args(["-style", "fusion", f"--vault={folder}"]) == Path(folder)
    assert app_module.parse_args(["--vault", "/elsewhere", "--vault", folder]) == Path(folder)
    assert app_module.parse_args(["--vault", "~/v"]) == Path.home() / "v"
    assert app_module.parse_args(["-style", "fusion"]) != Path(folder)  # the default folder
    with pytest.raises(SystemExit):
        app_module.parse_args(["--vault"])
