"""Automatic lock: after N idle minutes (measured on the injected Clock, so tests move time
instead of sleeping), and when the desktop's screen locks (D-Bus, where the platform has it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from journal_app.core.clock import Clock

POLL_MS = 5_000
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class IdleLock(QObject):
    """Emits `idle` once when no input arrived for `minutes()` minutes while running."""

    idle = Signal()

    def __init__(self, clock: Clock, minutes: Callable[[], int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes
        self._last = clock.monotonic()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self._running = True
        self.record_activity()
        self.timer.start()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    def record_activity(self) -> None:
        self._last = self._clock.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in _ACTIVITY:
            self._last = self._clock.monotonic()
        return False

    def idle_seconds(self) -> float:
        return self._clock.monotonic() - self._last

    @Slot()
    def check(self) -> None:
        if self._running and self.idle_seconds() >= self._minutes() * 60:
            self.stop()
            self.idle.emit()


class ScreenLockWatcher(QObject):
    """Emits `screenLocked` when the desktop reports its screen lock. Silent where the platform
    has no D-Bus or no such service: then only the idle timer and Ctrl+L lock."""

    screenLocked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = self._connect()

    def _connect(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        connected = False
        try:
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                for service, path in (
                    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
                ):
                    connected |= session.connect(service, path, service, "ActiveChanged",
                                                 self,
                                                 SLOT("_on_active_changed(bool)"))  # type: ignore[call-overload]
            system = QDBusConnection.systemBus()
            if system.isConnected():
                connected |= system.connect(
                    "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
                    "org.freedesktop.login1.Session", "Lock", self, SLOT("_on_lock()"))  # type: ignore[call-overload]
        except Exception:  # any D-Bus trouble means "not available", never a crash
            return connected
        return connected

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screenLocked.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.screenLocked.emit()
