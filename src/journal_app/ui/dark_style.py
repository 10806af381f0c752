"""The style the app's own dark palette is drawn with under Fusion (ui/theme.py sets both).

Apart from ui/theme.py so that QStyle's enums and the proxy style are loaded only when a dark
palette of the app's own is set, never before the first paint of a light start
(docs/performance.md, "Launch to the unlock window")."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from journal_app.ui.refcounts import keeps_none
from journal_app.ui.theme import INDICATOR_WINDOW, is_dark

_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
               QStyle.PrimitiveElement.PE_IndicatorRadioButton)


class VisibleIndicators(QProxyStyle):
    """Fusion outlines a check box or a radio button with the window colour 40 % darker: in a
    dark palette the box all but vanishes (1.2:1 against the window). Each is drawn with a
    window colour lifted in its option's palette, so Fusion's own outline reaches 3:1 against
    the real window (WCAG 1.4.11); nothing else changes, and in light nothing at all."""

    def name(self) -> str:
        return "fusion"  # what it draws; ui/views/log_view.py copies the style by name

    @keeps_none  # called on every paint of every control (ui/refcounts.py)
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in _INDICATORS and is_dark(option.palette):
            lifted = type(option)(option)
            lifted.palette = QPalette(option.palette)
            lifted.palette.setColor(QPalette.ColorRole.Window, QColor(INDICATOR_WINDOW))
            option = lifted
        super().drawPrimitive(element, option, painter, widget)
