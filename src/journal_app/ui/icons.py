"""SVG icons from resources/icons, tinted with the palette's text colour so they follow light
and dark themes, rendered at several sizes so they stay sharp on high-DPI screens."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

_PLACEHOLDER = "#1f1f1f"  # the colour every icon is drawn with; replaced at load time
_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_bytes(name: str) -> bytes:
    return (files("journal_app") / "resources" / "icons" / f"{name}.svg").read_bytes()


def app_icon() -> QIcon:
    """The app's own icon (drawn in colour, never tinted)."""
    svg = (files("journal_app") / "resources" / "app-icon.svg").read_bytes()
    return _render(svg.decode("utf-8"))


def icon(name: str, *, tinted: bool = True) -> QIcon:
    svg = icon_bytes(name).decode("utf-8")
    if tinted:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        svg = svg.replace(_PLACEHOLDER, colour)
    return _render(svg)


def _render(svg: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    if not renderer.isValid():
        return result
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
