"""SVG icons from resources/icons, tinted with the palette's text colour so they follow light
and dark themes: the colour is read each time Qt asks for a pixmap, so an icon already on
screen turns light when the scheme turns dark (ui/theme.py). Each is rendered only when Qt asks
for it, at the size and pixel ratio asked (sharp on high-DPI screens, 200 % included); rendering
every icon at every size up front cost a fifth of the app's start (docs/performance.md).

The app's own icon comes from PNGs rendered once from resources/app-icon.svg (resources/app-icon/):
the window and the unlock page's logo are drawn before QtSvg is loaded, which happens on the first
tinted icon, after the first paint (MainWindow's deferred start)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

# Only the type the app icon needs; each PySide6 type costs its creation on first use, and the
# tinted icons' engine (ui/svg_icons.py, with QIconEngine) is imported on the first one, after
# the first paint.
from PySide6.QtGui import QIcon

import journal_app

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# A plain path (the package's files are real files, in a bundle too: ui/smoke.py checks them);
# importlib.resources would add ~4 ms to every start.
RESOURCES = Path(journal_app.__file__).parent / "resources"
APP_ICON_SIZES = (64, 128, 256)  # resources/app-icon/app-icon-<size>.png
PLACEHOLDER = "#1f1f1f"  # the colour every icon is drawn with; replaced at render time


def icon_bytes(name: str) -> bytes:
    return (RESOURCES / "icons" / f"{name}.svg").read_bytes()


def app_icon_png(size: int) -> Path:
    return RESOURCES / "app-icon" / f"app-icon-{size}.png"


@cache
def app_icon() -> QIcon:
    """The app's own icon (drawn in colour, never tinted), from its pre-rendered PNGs: Qt
    scales the nearest one to the size asked."""
    app = QIcon()
    for size in APP_ICON_SIZES:
        app.addFile(str(app_icon_png(size)))
    return app


def render_app_icon(size: int) -> QImage:
    """resources/app-icon.svg drawn at `size` px: what resources/app-icon/ holds, made by
    `render_app_icon(size).save(str(app_icon_png(size)))` for each of APP_ICON_SIZES after the
    SVG changes (tests/gui/test_deferred_start.py checks that they agree)."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(RESOURCES / "app-icon.svg")).render(painter)
    painter.end()
    return image


def blank_icon() -> QIcon:
    """A transparent icon that holds the room of a tinted one set after the first paint, so
    that nothing moves when it arrives."""
    from PySide6.QtGui import QColor, QPixmap

    blank = QPixmap(16, 16)
    blank.fill(QColor(0, 0, 0, 0))
    return QIcon(blank)


@cache
def icon(name: str, *, tinted: bool = True) -> QIcon:
    from journal_app.ui.svg_icons import svg_icon

    return svg_icon(icon_bytes(name), tinted)
