"""SVG icons from resources/icons, tinted with the palette's text colour so they follow light
and dark themes. Each is rendered only when Qt asks for it, at the size and pixel ratio asked
(sharp on high-DPI screens); rendering every icon at every size up front cost a fifth of the
app's start (docs/performance.md).

The app's own icon comes from PNGs rendered once from resources/app-icon.svg (resources/app-icon/):
the window and the unlock page's logo are drawn before QtSvg is loaded, which happens on the first
tinted icon, after the first paint (MainWindow's deferred start)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

# Only the types the app icon needs; each PySide6 type costs its creation on first use, and the
# SVG ones are imported where they are used, after the first paint.
from PySide6.QtGui import QIcon, QIconEngine

import journal_app

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage, QPainter, QPixmap

# A plain path (the package's files are real files, in a bundle too: ui/smoke.py checks them);
# importlib.resources would add ~4 ms to every start.
RESOURCES = Path(journal_app.__file__).parent / "resources"
APP_ICON_SIZES = (64, 128, 256)  # resources/app-icon/app-icon-<size>.png
_PLACEHOLDER = "#1f1f1f"  # the colour every icon is drawn with; replaced at load time

# Qt owns the engines through their icons, but a Python subclass must also stay referenced on
# the Python side or its overrides vanish; icons are few and cached, so this stays small.
_live_engines: list[SvgIconEngine] = []


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


def icon(name: str, *, tinted: bool = True) -> QIcon:
    from PySide6.QtGui import QGuiApplication, QPalette

    colour = ""
    if tinted:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _tinted_icon(name, colour)


@cache
def _tinted_icon(name: str, colour: str) -> QIcon:
    svg = icon_bytes(name)
    if colour:
        svg = svg.replace(_PLACEHOLDER.encode("ascii"), colour.encode("ascii"))
    return _icon(svg)


def _icon(svg: bytes) -> QIcon:
    engine = SvgIconEngine(svg)
    if engine.isNull():
        return QIcon()
    _live_engines.append(engine)
    return QIcon(engine)


class SvgIconEngine(QIconEngine):
    """Renders one SVG at each (size, mode, pixel ratio) the first time it is asked for."""

    def __init__(self, svg: bytes) -> None:
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer

        super().__init__()
        self._svg = svg
        self._renderer = QSvgRenderer(QByteArray(svg))
        self._pixmaps: dict[tuple[int, int, int, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        twin = SvgIconEngine(self._svg)
        _live_engines.append(twin)
        return twin

    def isNull(self) -> bool:
        return not self._renderer.isValid()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        key = (size.width(), size.height(), mode.value, scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        from PySide6.QtGui import QColor, QPainter, QPixmap

        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent; PySide6's `Qt` costs ~12 ms at start
        if self._renderer.isValid():
            painter = QPainter(pixmap)
            self._renderer.render(painter)
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode != QIcon.Mode.Normal:  # greyed out when disabled, as the style draws it
            from PySide6.QtWidgets import QApplication, QStyleOption  # not needed at start

            app = QApplication.instance()
            if isinstance(app, QApplication):
                pixmap = app.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        self._pixmaps[key] = pixmap
        return pixmap
