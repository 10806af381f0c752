"""Process hardening at start: no core dumps that could hold decrypted notes or keys."""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """RLIMIT_CORE 0 everywhere it exists; on Linux also PR_SET_DUMPABLE 0, which also keeps
    other processes of the same user from attaching a debugger to read memory."""
    try:
        import resource
    except ImportError:  # Windows has neither; its crash dumps are a system setting
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        # The process's own symbols include libc's; ctypes.util.find_library would cost ~7 ms
        # of every start (bench/bench_ui.py).
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """For tests: does the kernel still allow a core dump of this process?"""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
