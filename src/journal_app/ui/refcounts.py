"""PySide6 6.12 on Python 3.11 takes a reference from None on most calls that return nothing
(QPainter's setPen and drawRect, a style's drawPrimitive, ...) without giving it back. Code
Qt calls on every paint (a chart, a proxy style) loses hundreds a second, and the interpreter
dies once None's count reaches zero ("Fatal Python error: none_dealloc"). `keeps_none` wraps
such a method and gives back what it took; an extra reference to None is harmless, one too
few is fatal. Python 3.12+ keeps None immortal, and then nothing is lost."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def restore_none_refs(before: int) -> None:
    """Give None back the references taken since `sys.getrefcount(None)` was `before`."""
    lost = before - sys.getrefcount(None)
    if lost > 0:
        import ctypes  # only when something was taken: the icons import this before first paint

        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def keeps_none(method: Callable[P, R]) -> Callable[P, R]:
    """`method`, giving None back what the PySide calls inside it took."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        result = None  # counted in `before`: a None returned into it changes nothing
        before = sys.getrefcount(None)
        try:
            result = method(*args, **kwargs)
        finally:  # (a `return` inside the try would hold one more reference here)
            restore_none_refs(before)
        return result

    return guarded
