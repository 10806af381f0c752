"""Benchmarks: print figures and ratios against baselines measured in the same run.

Not part of the test run. From a checkout, `python -m bench.run_all` works without installing:
the package puts src/ on the path when journal_app is not installed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if importlib.util.find_spec("journal_app") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
