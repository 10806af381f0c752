"""Long work off the GUI thread (Anki's CollectionOp idea): key derivation, PDF export, erase,
backup. `run_task` runs a function on the thread pool and reports its result or its error
back on the GUI thread; the window never freezes and no traceback reaches a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from journal_app.ui.core_messages import error_text


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception itself: rendered on the GUI thread, in its language


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # shown as one line (error_text); never a traceback
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_live: set[_Relay] = set()  # keeps relays alive until their job reports


def run_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> None:
    """Run `work()` on the thread pool; call exactly one of the callbacks on the GUI thread."""
    relay = _Relay()
    _live.add(relay)

    @Slot(object)
    def done(result: Any) -> None:
        _live.discard(relay)
        on_success(result)

    @Slot(object)
    def failed(error: Exception) -> None:
        _live.discard(relay)
        on_error(error_text(error))  # by its code, in the language the person reads

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Used at quit and in tests: let running jobs finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
