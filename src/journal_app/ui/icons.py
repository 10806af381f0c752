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

# Only the types the app icon needs; each PySide6 type costs its creation on first use, and the
# SVG ones are imported where they are used, after the first paint.
from PySide6.QtGui import QIcon, QIconEngine

import journal_app
from journal_app.ui.refcounts import keeps_none

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

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


@cache
def icon(name: str, *, tinted: bool = True) -> QIcon:
    return _icon(icon_bytes(name), tinted)


def _icon(svg: bytes, tinted: bool = True) -> QIcon:
    engine = SvgIconEngine(svg, tinted)
    if engine.isNull():
        return QIcon()
    _live_engines.append(engine)
    return QIcon(engine)


def ink() -> str:
    """The colour a tinted icon is drawn in now: the palette's text colour."""
    from PySide6.QtGui import QGuiApplication, QPalette

    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


class SvgIconEngine(QIconEngine):
    """Renders one SVG at each (size, mode, pixel ratio, colour) the first time it is asked
    for; `tinted`: in the palette's text colour at that moment."""

    def __init__(self, svg: bytes, tinted: bool = False) -> None:
        super().__init__()
        self._svg = svg
        self._tinted = tinted
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, int, float, str], QPixmap] = {}

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            from PySide6.QtCore import QByteArray
            from PySide6.QtSvg import QSvgRenderer

            svg = self._svg.replace(_PLACEHOLDER.encode("ascii"), colour.encode("ascii")) \
                if colour else self._svg
            renderer = self._renderers[colour] = QSvgRenderer(QByteArray(svg))
        return renderer

    def clone(self) -> QIconEngine:
        twin = SvgIconEngine(self._svg, self._tinted)
        _live_engines.append(twin)
        return twin

    def isNull(self) -> bool:
        return not self._renderer("").isValid()

    @keeps_none  # QIcon.paint calls this on every paint (ui/refcounts.py)
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @keeps_none
    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        colour = ink() if self._tinted else ""
        key = (size.width(), size.height(), mode.value, scale, colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        from PySide6.QtGui import QColor, QPainter, QPixmap

        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent; PySide6's `Qt` costs ~12 ms at start
        renderer = self._renderer(colour)
        if renderer.isValid():
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode != QIcon.Mode.Normal:  # greyed out when disabled, as the style draws it
            from PySide6.QtWidgets import QApplication, QStyleOption  # not needed at start

            app = QApplication.instance()
            if isinstance(app, QApplication):
                pixmap = app.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        self._pixmaps[key] = pixmap
        return pixmap
