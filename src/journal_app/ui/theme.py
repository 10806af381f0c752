"""Light and dark: the app follows the system's colour scheme and changes with it while running.

Qt reports the scheme (Qt 6.5+, `QStyleHints.colorScheme` and `colorSchemeChanged`). Where the
platform gives a dark palette itself (Windows 11, macOS) nothing more is needed; where it only
reports the scheme (a Linux desktop under Fusion) the app sets a dark palette of its own, and
the style's light one back when the system turns light again.

The few things the app colours itself (the measure chart, the item-9 flag, error texts, the
agenda's holidays, the tinted icons) take their colours from `colour(name)` for the scheme in
force, never a fixed hex in a widget; each such pair is listed in `colour_pairs()` and
tests/gui/test_colour_schemes.py checks WCAG AA contrast for every one, in both schemes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The palette is set before the window's first paint; PySide6's `Qt` namespace (~15 ms: its ~90
# enums are built on first touch, also by a call that returns one of them) and QStyle's enums
# are not needed for it (docs/performance.md, "Launch to the unlock window").
if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QWidget

LIGHT: dict[str, str] = {
    "alert_text": "#8c1d18", "alert_background": "#fde7e4",  # the PHQ-9 item-9 flag
    "notice_text": "#6b4200", "notice_background": "#fff1cc",  # a passed evaluation date
    "misspelt": "#c8102e",  # the spell checker's wavy line
    "error_text": "#a4231c",  # a refused value, under the field
    "holiday_text": "#a4231c",  # a public holiday's day row in the agenda
    "chart_line": "#2f5d7c", "chart_band_text": "#3f4650",
    "band_0": "#e8f3ea", "band_1": "#f4f1dc", "band_2": "#f8e6cf", "band_3": "#f6d6c8",
    "band_4": "#f1c4c4",
}
DARK: dict[str, str] = {
    "alert_text": "#ffdad6", "alert_background": "#5c1a15",
    "notice_text": "#ffe08a", "notice_background": "#3d2e00",
    "misspelt": "#ff6b6b",
    "error_text": "#ffb4ab",
    "holiday_text": "#ffb4ab",
    "chart_line": "#8cc8f0", "chart_band_text": "#d0d4dc",
    "band_0": "#1d3323", "band_1": "#33311b", "band_2": "#3b2a16", "band_3": "#40251b",
    "band_4": "#45202a",
}
BANDS = 5
# The invoice preview is paper: black on white, the payment box a light grey, in both schemes.
PAPER = {"paper_text": "#000000", "paper": "#ffffff", "payment_box": "#f4f4f4",
         "paper_muted": "#555555", "table_head": "#eeeeee"}

# The app's dark palette, for a platform that reports a dark scheme but draws light.
_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2d2d2d", QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#292929",
    QPalette.ColorRole.Text: "#f0f0f0", QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#f0f0f0", QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Highlight: "#2f62c4", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c9a3f5",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a6a6a6", QPalette.ColorRole.Light: "#555555",
    QPalette.ColorRole.Midlight: "#464646", QPalette.ColorRole.Mid: "#323232",
    QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Accent: "#2f62c4",
}
_DARK_DISABLED = "#8a8a8a"
INDICATOR_WINDOW = "#b4b4b4"  # ui/dark_style.py: Fusion's outline is this 40 % darker, #808080
# The app's dark palette was needed at the last start (follow_system_scheme); in QSettings.
OWN_DARK_KEY = "ui/ownDarkPalette"
# Text on background, as a person reads them: each must reach 4.5:1 (WCAG AA).
TEXT_ROLES = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str) -> QColor:
    """The app's own colour `name` for the scheme in force."""
    if name in PAPER:
        return QColor(PAPER[name])
    return QColor((DARK if is_dark() else LIGHT)[name])


def band(index: int) -> QColor:
    return colour(f"band_{index % BANDS}")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in _DARK_PALETTE.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    def channel(x: int, y: int) -> int:
        return round(x * share_of_a + y * (1 - share_of_a))

    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()))


# Following the system ------------------------------------------------------------------------


class SchemeWatcher(QObject):
    """Says `schemeChanged` after the application's palette changed (the platform's or ours).
    Qt's `paletteChanged` is kept in Qt 6 for this; an event filter on the application would
    see every event of the app, each one a round trip through Python."""

    schemeChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ours = False  # the palette in force is the app's dark one
        self.adjusted = False  # a few roles of the platform's palette made readable
        self.following = False  # connected to the system's colorSchemeChanged
        self.unasked = False  # drawn before the scheme was asked for (settle_scheme)


_WATCHER: list[SchemeWatcher] = []


def watcher() -> SchemeWatcher:
    if not _WATCHER:
        follower = SchemeWatcher()
        _WATCHER.append(follower)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(follower.schemeChanged)
    return _WATCHER[0]


def apply_scheme(scheme: Qt.ColorScheme | None) -> None:
    """Draw in `scheme`: the app's dark palette when the platform reports dark but draws light;
    the platform's own palette otherwise (set back when the system turns light again), with
    only the roles that read too faintly made readable. None: not asked yet (a start that asks
    after the first paint, `follow_system_scheme`), drawn as a scheme that is not dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    follower = watcher()
    if follower.ours or follower.adjusted:
        follower.ours = follower.adjusted = False
        app.setPalette(QPalette())  # an empty palette: every role the platform's again
    if scheme is not None and _is_dark_scheme(scheme) and not is_dark(app.palette()):
        from PySide6.QtWidgets import QStyleFactory

        from journal_app.ui.dark_style import VisibleIndicators

        follower.ours = True
        if app.style().name().lower() == "fusion" and \
                not isinstance(app.style(), VisibleIndicators):
            app.setStyle(VisibleIndicators(QStyleFactory.create("fusion")))
        app.setPalette(dark_palette())
        return
    readable = readable_placeholder(app.palette())
    if readable is not None:
        follower.adjusted = True
        app.setPalette(readable)


def readable_placeholder(palette: QPalette) -> QPalette | None:
    """Only the roles that read too faintly, set so that they reach 4.5:1; None when the
    platform's all do. Qt's default placeholder is the text at half strength (3.9:1 on white)
    and Fusion's selection is white on a mid blue (3.7:1): the placeholder moves toward the
    text, a background toward black or white, away from its text."""
    only = QPalette()
    for text_role, back_role in TEXT_ROLES:
        text, back = palette.color(text_role), palette.color(back_role)
        if contrast_ratio(text, back) >= 4.5:
            continue
        if text_role == QPalette.ColorRole.PlaceholderText:
            ink = palette.color(QPalette.ColorRole.Text)
            only.setColor(text_role, _reach(ink, back, back))
        else:
            away = QColor("#000000" if text.lightness() >= 128 else "#ffffff")
            only.setColor(back_role, _reach(away, back, text))
    return only if only.resolveMask() else None


def _reach(toward: QColor, start: QColor, against: QColor) -> QColor:
    """`start` moved toward `toward` until it reads at 4.6:1 against `against`."""
    share = 0.0
    mixed = QColor.fromRgba(start.rgba())  # not QColor(start): that touches PySide6's `Qt`
    while contrast_ratio(mixed, against) < 4.6 and share < 1:
        share += 0.05
        mixed = _mix(toward, start, min(share, 1.0))
    return mixed


def _is_dark_scheme(scheme: Qt.ColorScheme) -> bool:
    from PySide6.QtCore import Qt

    return scheme == Qt.ColorScheme.Dark


def system_scheme() -> Qt.ColorScheme:
    """The scheme the platform reports (building PySide6's `Qt` namespace the first time)."""
    return QGuiApplication.styleHints().colorScheme()


def follow_system_scheme(settings: QSettings | None = None) -> None:
    """At start: draw in the system's scheme, and change with it while the app runs.

    With `settings` (the desktop app's start) the scheme is asked for only once the window is
    drawn (`settle_scheme`): asking builds PySide6's whole `Qt` namespace, ~15 ms, a seventh
    of a launch. Until then the platform's palette is drawn, as for any scheme but dark; only
    a platform that reports dark and draws light needs the app's dark palette, and when it did
    at the last start (`OWN_DARK_KEY`) the scheme is asked for at once, so that a person whose
    system stays dark sees no light first frame."""
    hints = QGuiApplication.styleHints()
    follower = watcher()
    if settings is not None and not settings.value(OWN_DARK_KEY, False, type=bool):
        follower.unasked = True
        apply_scheme(None)
    else:
        apply_scheme(system_scheme())
    if not follower.following:
        follower.following = True
        hints.colorSchemeChanged.connect(apply_scheme)


def settle_scheme(settings: QSettings) -> None:
    """After the first paint of a start that did not ask for the scheme: ask, turn dark if the
    app's dark palette is needed, and remember for the next start whether it was."""
    follower = watcher()
    if not follower.unasked:
        return
    follower.unasked = False
    scheme = system_scheme()
    if _is_dark_scheme(scheme) and not is_dark(QGuiApplication.palette()):
        apply_scheme(scheme)
    if follower.ours:
        settings.setValue(OWN_DARK_KEY, True)
    elif settings.contains(OWN_DARK_KEY):
        settings.remove(OWN_DARK_KEY)


class _Relay(QObject):
    """Runs `apply` on each change; a child of the coloured widget, so it goes with it."""

    def __init__(self, parent: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("schemeRelay")
        self._apply = apply

    @Slot()
    def run(self) -> None:
        self._apply()


def keep_coloured(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run `apply` now and after every change of scheme, for as long as `widget` lives."""
    apply()
    watcher().schemeChanged.connect(_Relay(widget, apply).run)


# Contrast (WCAG 2.x) -------------------------------------------------------------------------


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21; a foreground with alpha is blended over the background."""
    if foreground.alpha() < 255:
        foreground = _mix(foreground, background, foreground.alphaF())
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour_pairs(palette: QPalette | None = None) -> list[tuple[str, QColor, QColor, float]]:
    """Every foreground/background pair the app sets, with the contrast each must reach:
    4.5:1 for text, 3:1 for the chart's line against its bands (WCAG 1.4.11)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    table = DARK if is_dark(palette) else LIGHT
    c = {name: QColor(value) for name, value in {**table, **PAPER}.items()}
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    muted = palette.color(QPalette.ColorRole.WindowText)
    muted.setAlpha(CHART_MUTED_ALPHA)
    pairs = [("flag", c["alert_text"], c["alert_background"], 4.5),
             ("evaluation notice", c["notice_text"], c["notice_background"], 4.5),
             ("misspelt word's line", c["misspelt"], base, 3.0),
             ("error", c["error_text"], window, 4.5),
             ("holiday", c["holiday_text"], alternate, 4.5),
             ("holiday on base", c["holiday_text"], base, 4.5),
             ("chart axis", muted, window, 4.5),
             ("invoice paper", c["paper_text"], c["paper"], 4.5),
             ("invoice payment box", c["paper_text"], c["payment_box"], 4.5),
             ("invoice headings", c["paper_muted"], c["paper"], 4.5),
             ("invoice table head", c["paper_text"], c["table_head"], 4.5)]
    for index in range(BANDS):
        shade = c[f"band_{index}"]
        pairs.append((f"chart band {index} name", c["chart_band_text"], shade, 4.5))
        pairs.append((f"chart line on band {index}", c["chart_line"], shade, 3.0))
    for text, back in TEXT_ROLES:
        pairs.append((f"{text.name} on {back.name}", palette.color(text), palette.color(back),
                      4.5))
    return pairs


CHART_MUTED_ALPHA = 170  # the chart's frame and axis numbers: the text colour, a little quieter
