"""Process hardening: no core dumps that could hold decrypted notes or keys, and no debugger of
another process reading this one's memory."""

from __future__ import annotations

import sys

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """RLIMIT_CORE 0 where it exists, at once (Windows has none; its crash dumps are a system
    setting). Cheap: `resource` is loaded with the interpreter."""
    try:
        import resource
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def keep_debuggers_out() -> None:
    """Linux: PR_SET_DUMPABLE 0, so no core dump even if the limit is raised again, and no other
    process of the same user attaches a debugger or reads /proc/PID/mem. Called before any
    secret is in memory: at the start of every command, and in the desktop app when the window
    is built, which it is before a passphrase is read (just after the unlock window's first
    paint, whose launch figure ctypes' 3 ms would otherwise burden: bench/bench_ui.py)."""
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool:
    """For tests: does the kernel still allow a core dump of this process?"""
    return sys.platform.startswith("linux") and bool(_prctl(PR_GET_DUMPABLE, 0))


def _prctl(option: int, value: int) -> int:
    import ctypes  # here, not at the top: 3 ms the desktop app's first paint does not wait for

    # The process's own symbols include libc's; ctypes.util.find_library would cost ~7 ms.
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(option, value, 0, 0, 0))
