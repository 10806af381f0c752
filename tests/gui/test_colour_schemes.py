"""Dark mode and HiDPI: the app follows the system's colour scheme while it runs, every colour
pair it sets reads at WCAG AA in both schemes, nothing in the UI hard-codes a colour outside
ui/theme.py, and the icons are drawn in the scheme's ink and sharp at 200 %."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)

from journal_app.ui import theme
from journal_app.ui.icons import icon

UI = Path(theme.__file__).parent
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.fixture
def system(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app following the system; the palette the other tests know put back after."""
    theme.follow_system_scheme()
    yield
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    theme.watcher().ours = theme.watcher().adjusted = False
    QApplication.setPalette(QPalette())


def the_system_turns(scheme: Qt.ColorScheme) -> None:
    """What Qt says when the desktop's scheme changes (the offscreen platform cannot change
    its own: `QStyleHints.setColorScheme` is a no-op there)."""
    QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)
    QApplication.processEvents()


def test_contrast_is_wcag_s_ratio() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert theme.contrast_ratio(black, white) == pytest.approx(21.0)
    assert theme.contrast_ratio(white, white) == pytest.approx(1.0)
    assert theme.contrast_ratio(QColor("#767676"), white) >= 4.5  # the known AA grey
    assert theme.contrast_ratio(QColor("#777777"), white) < 4.5
    faint = QColor(0, 0, 0, 100)  # a translucent text is blended over its background
    assert theme.contrast_ratio(faint, white) < 4.5


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_every_colour_pair_the_app_sets_reads_at_aa(system, scheme) -> None:  # type: ignore[no-untyped-def]
    the_system_turns(scheme)
    assert theme.is_dark() is (scheme == Qt.ColorScheme.Dark)
    pairs = theme.colour_pairs()
    assert len(pairs) >= 25
    weak = [f"{name}: {fg.name()} on {bg.name()} = {theme.contrast_ratio(fg, bg):.2f} < {need}"
            for name, fg, bg, need in pairs if theme.contrast_ratio(fg, bg) < need]
    assert weak == []


def test_the_contrast_check_would_catch_a_faint_pair(system) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(QGuiApplication.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b0b0b0"))  # grey on light grey
    pairs = {name: (fg, bg, need) for name, fg, bg, need in theme.colour_pairs(palette)}
    fg, bg, need = pairs["WindowText on Window"]
    assert theme.contrast_ratio(fg, bg) < need


def test_nothing_in_the_ui_hard_codes_a_colour() -> None:
    """A hex colour or QColor(r, g, b) outside ui/theme.py would not follow the scheme (icons.py and
    svg_icons.py hold the placeholder ink the SVGs are drawn in, replaced at render time)."""
    pattern = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|QColor\(\s*\d+\s*,"
                         r"|Qt\.GlobalColor\.|\b(?:color|background)\s*:\s*(?:white|black|red|#)")
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in {"theme.py", "icons.py", "svg_icons.py"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []
    assert pattern.search('label.setStyleSheet("color: #b3261e;")')  # the scan can fail


def _ink(image: QImage) -> float:
    """The mean lightness of the drawn (opaque) pixels of an icon."""
    values = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c.lightness() for c in values if c.alpha() > 200]
    assert drawn, "the icon drew nothing"
    return sum(drawn) / len(drawn)


def test_an_icon_on_screen_turns_light_with_the_dark_scheme(system) -> None:  # type: ignore[no-untyped-def]
    lock = icon("lock")
    the_system_turns(Qt.ColorScheme.Light)
    assert _ink(lock.pixmap(QSize(24, 24)).toImage()) < 80
    the_system_turns(Qt.ColorScheme.Dark)
    assert _ink(lock.pixmap(QSize(24, 24)).toImage()) > 180  # the same QIcon, redrawn
    the_system_turns(Qt.ColorScheme.Light)
    assert _ink(lock.pixmap(QSize(24, 24)).toImage()) < 80


def test_icons_are_drawn_sharp_at_200_percent(system) -> None:  # type: ignore[no-untyped-def]
    for name in ("lock", "search", "sign", "erase-pending"):
        sharp = icon(name).pixmap(QSize(16, 16), 2.0)
        assert (sharp.width(), sharp.height()) == (32, 32), name
        assert sharp.devicePixelRatio() == 2.0
        direct = icon(name).pixmap(QSize(32, 32), 1.0).toImage()
        assert sharp.toImage().convertToFormat(direct.format()) == direct, name  # drawn at 32
        blurry = icon(name).pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32)
        assert blurry.convertToFormat(direct.format()) != direct  # not a 16 px one blown up


def test_the_window_changes_with_the_system_while_it_runs(  # type: ignore[no-untyped-def]
        system, make_window, seeded, unlock, qtbot) -> None:
    the_system_turns(Qt.ColorScheme.Light)
    window = make_window()
    unlock(window)
    view = window.workspace.client_view
    light_flag = view.flag_label.styleSheet()
    assert theme.LIGHT["alert_text"] in light_flag
    the_system_turns(Qt.ColorScheme.Dark)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert theme.DARK["alert_text"] in view.flag_label.styleSheet()
    assert theme.DARK["alert_background"] in view.flag_box.styleSheet()
    the_system_turns(Qt.ColorScheme.Light)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    assert view.flag_label.styleSheet() == light_flag


def test_the_readme_shows_both_schemes() -> None:
    root = UI.parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in ("light-workspace", "dark-workspace"):
        shot = root / "docs" / "screenshots" / f"{name}.png"
        assert f"docs/screenshots/{name}.png" in readme and shot.is_file()
        image = QImage(str(shot))
        assert not image.isNull() and image.width() <= 1600
    dark = QImage(str(root / "docs" / "screenshots" / "dark-workspace.png"))
    assert dark.pixelColor(dark.width() // 2, dark.height() - 3).lightness() < 128  # it is dark


def _outline_contrast(box: QWidget) -> float:
    """The strongest contrast between the left edge of a check box's indicator and the window."""
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    edge = [image.pixelColor(rect.left() + i, rect.center().y()) for i in range(3)]
    return max(theme.contrast_ratio(pixel, window) for pixel in edge)


def test_check_boxes_stay_visible_in_the_dark(system, qtbot) -> None:  # type: ignore[no-untyped-def]
    the_system_turns(Qt.ColorScheme.Dark)
    box = QCheckBox("Show archived")
    qtbot.addWidget(box)
    box.show()
    assert _outline_contrast(box) >= 3.0  # WCAG 1.4.11: a control's boundary
    plain = QStyleFactory.create("fusion")  # the control: Fusion's own outline
    plain.setParent(box)  # lives as long as the box that draws with it
    box.setStyle(plain)
    assert _outline_contrast(box) < 3.0


def test_painting_in_the_dark_gives_none_back(system, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dark style's drawPrimitive runs on every paint; on PySide6 6.12 and Python 3.11 each
    call into Qt from it takes a reference from None (ui/refcounts.py). Without the guard a few
    minutes of use end in "Fatal Python error: none_dealloc"."""
    import sys

    the_system_turns(Qt.ColorScheme.Dark)
    box = QCheckBox("Show archived")
    qtbot.addWidget(box)
    box.show()
    box.grab()
    before = sys.getrefcount(None)
    for _ in range(300):
        box.grab()  # returns a pixmap, not None: the loop itself takes nothing
    assert sys.getrefcount(None) >= before - 40  # the fault: hundreds; noise: a few dozen


def test_a_platform_that_draws_dark_itself_keeps_its_palette(system) -> None:  # type: ignore[no-untyped-def]
    """Windows 11 and macOS change the palette themselves: the app then sets no palette of its
    own, and takes back the few roles it made readable in light."""
    platform_dark = theme.dark_palette()
    platform_dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    # The offscreen platform cannot draw dark itself: its palette is set here, and the app's
    # follower has set nothing of its own yet (as at the start of a run on such a platform).
    QApplication.setPalette(platform_dark)
    theme.watcher().ours = theme.watcher().adjusted = False
    the_system_turns(Qt.ColorScheme.Dark)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor("#202020")
    assert not theme.watcher().ours


def test_icons_in_a_list_give_none_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An item view paints its icons through the engine's paint() (the client list's
    erase-pending marker): each call into Qt from there took a reference from None, and a
    client list with a due erase ended the app within a few thousand repaints."""
    import sys

    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(5, 1)
    qtbot.addWidget(table)
    for row in range(5):
        item = QTableWidgetItem("Maja")
        item.setIcon(icon("erase-pending"))
        table.setItem(row, 0, item)
    table.show()
    table.grab()
    before = sys.getrefcount(None)
    for _ in range(100):
        table.viewport().grab()
    assert sys.getrefcount(None) >= before - 40  # the fault: hundreds; noise: a few dozen
