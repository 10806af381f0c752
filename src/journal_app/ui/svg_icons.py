"""The engine behind `icons.icon`: one SVG rendered at each (size, mode, pixel ratio, colour)
the first time Qt asks for it, tinted with the palette's text colour at that moment (ui/icons.py
says why). Apart from ui/icons.py so that QIconEngine and this subclass are loaded with the
first tinted icon, after the first paint (docs/performance.md, "Launch to the unlock window")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QIconEngine

from journal_app.ui.icons import PLACEHOLDER
from journal_app.ui.refcounts import keeps_none

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

# Qt owns the engines through their icons, but a Python subclass must also stay referenced on
# the Python side or its overrides vanish; icons are few and cached, so this stays small.
_live_engines: list[SvgIconEngine] = []


def svg_icon(svg: bytes, tinted: bool = True) -> QIcon:
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

            svg = self._svg.replace(PLACEHOLDER.encode("ascii"), colour.encode("ascii")) \
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
