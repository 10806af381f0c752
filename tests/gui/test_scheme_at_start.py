"""The desktop app's start draws the unlock window before it asks the system for its colour
scheme (asking builds PySide6's whole `Qt` namespace, docs/performance.md), unless the app's own
dark palette was needed at the last start; it asks right after the first paint and remembers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.ui import theme


@pytest.fixture
def start(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A fresh follower, as at a start; the palette the other tests know put back after."""
    follower = theme.watcher()
    follower.ours = follower.adjusted = follower.unasked = False
    QApplication.setPalette(QPalette())
    yield
    follower.ours = follower.adjusted = follower.unasked = False
    QApplication.setPalette(QPalette())


def _system_is(monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme) -> list[int]:
    """The platform reports `scheme` (the offscreen one cannot be turned); counts the asks."""
    asked: list[int] = []

    def reported() -> Qt.ColorScheme:
        asked.append(1)
        return scheme

    monkeypatch.setattr(theme, "system_scheme", reported)
    return asked


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_a_light_start_asks_after_the_paint_and_remembers_nothing(  # type: ignore[no-untyped-def]
        start, monkeypatch, ui_settings: QSettings) -> None:
    asked = _system_is(monkeypatch, Qt.ColorScheme.Light)
    theme.follow_system_scheme(ui_settings)
    assert asked == [] and not _dark()
    theme.settle_scheme(ui_settings)
    assert asked == [1] and not _dark()
    assert not ui_settings.contains(theme.OWN_DARK_KEY)
    theme.settle_scheme(ui_settings)  # once only
    assert asked == [1]


def test_a_dark_system_turns_the_window_dark_after_the_paint_and_at_once_next_time(  # type: ignore[no-untyped-def]
        start, monkeypatch, ui_settings: QSettings) -> None:
    asked = _system_is(monkeypatch, Qt.ColorScheme.Dark)
    theme.follow_system_scheme(ui_settings)
    assert asked == [] and not _dark()  # the first start ever: drawn light first
    theme.settle_scheme(ui_settings)
    assert _dark() and theme.watcher().ours
    assert ui_settings.value(theme.OWN_DARK_KEY, False, type=bool)

    QApplication.setPalette(QPalette())  # the next start
    theme.watcher().ours = theme.watcher().adjusted = False
    theme.follow_system_scheme(ui_settings)
    assert asked == [1, 1] and _dark()  # asked before anything is drawn
    theme.settle_scheme(ui_settings)
    assert asked == [1, 1]


def test_a_system_turned_light_between_starts_is_forgotten(  # type: ignore[no-untyped-def]
        start, monkeypatch, ui_settings: QSettings) -> None:
    ui_settings.setValue(theme.OWN_DARK_KEY, True)
    _system_is(monkeypatch, Qt.ColorScheme.Light)
    theme.follow_system_scheme(ui_settings)
    assert not _dark()
    theme.settle_scheme(ui_settings)  # nothing pending: asked at once
    assert ui_settings.value(theme.OWN_DARK_KEY, False, type=bool)
    theme.watcher().unasked = True  # as after a start that had not asked
    theme.settle_scheme(ui_settings)
    assert not ui_settings.contains(theme.OWN_DARK_KEY)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark],
                         ids=["light", "dark"])
def test_asking_late_ends_where_asking_at_once_does(  # type: ignore[no-untyped-def]
        start, monkeypatch, ui_settings: QSettings, scheme: Qt.ColorScheme) -> None:
    _system_is(monkeypatch, scheme)
    theme.follow_system_scheme()
    at_once = _colours()
    QApplication.setPalette(QPalette())
    theme.watcher().ours = theme.watcher().adjusted = False
    theme.follow_system_scheme(ui_settings)
    theme.settle_scheme(ui_settings)
    assert _colours() == at_once


def _colours() -> list[str]:
    palette = QGuiApplication.palette()
    return [palette.color(role).name() for role in QPalette.ColorRole
            if role != QPalette.ColorRole.NColorRoles]
