"""The screen-lock watcher joins only a D-Bus on this machine's Unix socket: a bus address
that names a network transport is refused, so no network connection is ever opened."""

from __future__ import annotations

import pytest
from PySide6 import QtDBus

from journal_app.ui.controllers.idle_lock import ScreenLockWatcher, local_bus


@pytest.mark.parametrize(("address", "local"), [
    (None, True),
    ("unix:path=/run/user/1000/bus", True),
    ("unix:abstract=/tmp/dbus-x,guid=1;unix:path=/run/bus", True),
    ("tcp:host=192.0.2.1,port=55556", False),
    ("unix:path=/run/bus;tcp:host=127.0.0.1,port=1", False),
    ("nonce-tcp:host=127.0.0.1,port=1", False),
    ("", False),
])
def test_only_a_unix_socket_bus_counts_as_local(
        monkeypatch: pytest.MonkeyPatch, address: str | None, local: bool) -> None:
    if address is None:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    else:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    assert local_bus("DBUS_SESSION_BUS_ADDRESS") is local


def test_a_network_bus_is_never_joined(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    joined: list[str] = []

    class Recording:
        @staticmethod
        def sessionBus() -> object:
            joined.append("session")
            raise RuntimeError("not in this test")

        @staticmethod
        def systemBus() -> object:
            joined.append("system")
            raise RuntimeError("not in this test")

    monkeypatch.setattr(QtDBus, "QDBusConnection", Recording)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "tcp:host=192.0.2.1,port=55556")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "tcp:host=192.0.2.1,port=55557")
    assert not ScreenLockWatcher().connected
    assert joined == []
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    ScreenLockWatcher()
    assert joined == ["session"]  # the control: a local bus is asked for
