"""Render the app icon (src/journal_app/resources/app-icon.svg) into the raster files that
desktops and installers want: hicolor PNGs for Linux, an .ico for Windows, an .icns for macOS.

Run it after changing the SVG and commit the results:
    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
Qt (QtSvg, which the app already needs) draws the SVG afresh at every size, so small sizes stay
sharp; Pillow, which the app already installs through ReportLab, packs them into one .ico
(16 to 256 px, for the Start menu, the taskbar and Explorer) and one .icns (32 to 1024 px,
Retina included). Qt's own ico/icns writers store a single image only.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "se.journalapp.JournalApp"
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "journal_app" / "resources" / "app-icon.svg"
LINUX_ICONS = ROOT / "packaging" / "linux" / "icons" / "hicolor"
WINDOWS_ICON = ROOT / "packaging" / "windows" / "journal-app.ico"
MACOS_ICON = ROOT / "packaging" / "macos" / "journal-app.icns"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # 20 and 40: Windows at 125 % and 250 %
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's ICNS writer stores


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


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise SystemExit("render_icons: could not encode a PNG in memory")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def write_multi(renderer: QSvgRenderer, sizes: tuple[int, ...], path: Path, fmt: str) -> None:
    """One file holding the SVG drawn at each size (Pillow would only scale one image down)."""
    images = [to_pillow(render(renderer, size)) for size in sizes]
    largest = images[-1]
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "ICO":
        largest.save(path, format="ICO", sizes=[(s, s) for s in sizes], append_images=images[:-1])
    else:
        largest.save(path, format="ICNS", append_images=images[:-1])


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    for size in SIZES:
        write(render(renderer, size), LINUX_ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png", "png")
    write_multi(renderer, ICO_SIZES, WINDOWS_ICON, "ICO")  # 256 px is the largest an .ico holds
    write_multi(renderer, ICNS_SIZES, MACOS_ICON, "ICNS")
    print(f"render_icons: wrote {len(SIZES)} PNGs, {WINDOWS_ICON.name} and {MACOS_ICON.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
