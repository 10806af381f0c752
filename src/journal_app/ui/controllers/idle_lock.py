"""Automatic lock: after N idle minutes (measured on the injected Clock, so tests move time
instead of sleeping), and when the desktop's screen locks (D-Bus, where the platform has it)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from journal_app.core.domain.clock import Clock

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


# (bus, service, path, interface, signal, slot): where desktops announce a screen lock. KDE sends
# the freedesktop signal on /ScreenSaver, others on /org/freedesktop/ScreenSaver, GNOME its own.
_SCREENSAVER = "org.freedesktop.ScreenSaver"
_GNOME_SCREENSAVER = "org.gnome.ScreenSaver"
_LOGIND = "org.freedesktop.login1"
_ACTIVE_CHANGED = "_on_active_changed(bool)"
_SESSION_SIGNALS = (
    (_SCREENSAVER, "/org/freedesktop/ScreenSaver", _SCREENSAVER, "ActiveChanged", _ACTIVE_CHANGED),
    (_SCREENSAVER, "/ScreenSaver", _SCREENSAVER, "ActiveChanged", _ACTIVE_CHANGED),
    (_GNOME_SCREENSAVER, "/org/gnome/ScreenSaver", _GNOME_SCREENSAVER, "ActiveChanged",
     _ACTIVE_CHANGED),
)


def logind_session_path(session_id: str) -> str:
    """The object path logind sends this session's signals on (sd_bus_path_encode: every
    character but an ASCII letter or digit, and a leading digit, becomes _ and two hex digits).
    Signals never come from the `session/auto` alias, which only answers calls."""
    encoded = "".join(
        c if c.isascii() and (c.isalpha() or (c.isdigit() and i > 0)) else f"_{ord(c):02x}"
        for i, c in enumerate(session_id))
    return f"/org/freedesktop/login1/session/{encoded}"


def local_bus(variable: str) -> bool:
    """Only a bus on this machine's own Unix socket is ever joined: an address that names a
    network transport (tcp:, nonce-tcp:) in the environment is refused, so the app opens no
    network connection even on a desktop set up that way. Unset means the local default."""
    address = os.environ.get(variable)
    if address is None:
        return True
    parts = [part.strip() for part in address.split(";") if part.strip()]
    return bool(parts) and all(part.startswith("unix:") for part in parts)


class ScreenLockWatcher(QObject):
    """Emits `screenLocked` when the desktop reports its screen lock (the screensaver's
    ActiveChanged, logind's Lock for this login session) and when the computer is about to
    sleep (logind's PrepareForSleep). Silent where the platform has no D-Bus or no such
    service: then only the idle timer and Ctrl+L lock."""

    screenLocked = Signal()

    def __init__(self, parent: QObject | None = None,
                 session_id: str | None = None) -> None:
        super().__init__(parent)
        self._session_id = os.environ.get("XDG_SESSION_ID", "") if session_id is None \
            else session_id
        self.connected = self._connect()

    def _connect(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        connected = False
        try:
            session = QDBusConnection.sessionBus() if local_bus("DBUS_SESSION_BUS_ADDRESS") \
                else None
            if session is not None and session.isConnected():
                for service, path, interface, name, slot in _SESSION_SIGNALS:
                    connected |= session.connect(service, path, interface, name, self,
                                                 SLOT(slot))  # type: ignore[call-overload]
            system = QDBusConnection.systemBus() if local_bus("DBUS_SYSTEM_BUS_ADDRESS") \
                else None
            if system is not None and system.isConnected():
                if self._session_id:
                    connected |= system.connect(
                        _LOGIND, logind_session_path(self._session_id),
                        f"{_LOGIND}.Session", "Lock", self, SLOT("_on_lock()"))  # type: ignore[call-overload]
                connected |= system.connect(
                    _LOGIND, "/org/freedesktop/login1", f"{_LOGIND}.Manager",
                    "PrepareForSleep", self, SLOT(_ACTIVE_CHANGED))  # type: ignore[call-overload]
        except Exception:  # any D-Bus trouble means "not available", never a crash
            return connected
        return connected

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        """The screensaver came on (True) or the computer is about to sleep (True)."""
        if active:
            self.screenLocked.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.screenLocked.emit()
