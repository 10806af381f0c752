"""Render the app icon (src/journal_app/resources/app-icon.svg) into the raster files that
desktops and installers want: hicolor PNGs for Linux, an .ico for Windows, an .icns for macOS.

Run it after changing the SVG and commit the results:
    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
It uses only PySide6 (QtSvg and Qt's ico/icns image plugins), which the app already needs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "se.journalapp.JournalApp"
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "journal_app" / "resources" / "app-icon.svg"
LINUX_ICONS = ROOT / "packaging" / "linux" / "icons" / "hicolor"
WINDOWS_ICON = ROOT / "packaging" / "windows" / "journal-app.ico"
MACOS_ICON = ROOT / "packaging" / "macos" / "journal-app.icns"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt.encode("ascii"))
    if not writer.write(image):
        raise SystemExit(f"render_icons: could not write {path}: {writer.errorString()}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    for size in SIZES:
        write(render(renderer, size), LINUX_ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png", "png")
    # Windows shows the .ico's largest image scaled; 256 px is the largest an .ico holds.
    write(render(renderer, 256), WINDOWS_ICON, "ico")
    write(render(renderer, 512), MACOS_ICON, "icns")
    print(f"render_icons: wrote {len(SIZES)} PNGs, {WINDOWS_ICON.name} and {MACOS_ICON.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
