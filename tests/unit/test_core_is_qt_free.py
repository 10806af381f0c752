"""The core and the exporters never import Qt (KeePassXC's and dangerzone's rule)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import journal_app

# The child must find journal_app even when it is not installed (a plain checkout).
ENV = {**os.environ, "PYTHONPATH": str(Path(journal_app.__file__).parents[1])}

PROBE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test')
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib
import journal_app.core, journal_app.export, journal_app.cli.main
for pkg in (journal_app.core, journal_app.export):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
        importlib.import_module(info.name)
loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]
print('qt-modules:', loaded)
print('imported:', len([m for m in sys.modules if m.startswith('journal_app.')]))
"""


def test_core_and_export_import_without_qt() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, env=ENV)
    assert "qt-modules: []" in out.stdout
    count = int(out.stdout.split("imported:")[1])
    assert count >= 60  # the probe really imported every core and export module


def test_the_blocker_would_catch_a_qt_import() -> None:
    """Control: the same blocker does stop PySide6, so the test above can fail."""
    probe = PROBE.split("import pkgutil")[0] + "import PySide6.QtCore\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=ENV)
    assert result.returncode != 0
    assert "Qt is blocked" in result.stderr
