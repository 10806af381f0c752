"""The Qt binding the app runs on must not lose references to Python's singletons: PySide6
6.12.0 lost one to True at every Signal.emit from Python and one to None at most QPainter
calls, and the process died (bool_dealloc / none_dealloc) after a few thousand, an afternoon of
autosaves (every write emits `changed`). pyproject.toml holds PySide6 below 6.12 for this. The
check runs in a child process, so a binding with the fault fails the test, not the test run."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

app = QApplication([])
class Emitter(QObject):
    changed = Signal(object)
emitter, received = Emitter(), []
emitter.changed.connect(received.append)
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for n in range(400):
    emitter.changed.emit(n)
image = QImage(16, 16, QImage.Format.Format_ARGB32)
for _ in range(400):
    painter = QPainter(image)
    painter.setPen(QColor(20, 40, 60))
    painter.drawLine(0, 0, 8, 8)
    painter.end()
print(len(received), true_before - sys.getrefcount(True), none_before - sys.getrefcount(None))
"""


def test_signals_and_painting_keep_true_and_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    received, true_lost, none_lost = (int(x) for x in done.stdout.split())
    assert received == 400  # the control: the signal did go through
    assert true_lost < 40 and none_lost < 40, (true_lost, none_lost)
