"""Per-page time budget: a page that keeps the extractor busy too long is cut off.

Extraction runs in task-runner threads (or Dask worker threads), where signals cannot be used, so a
timer raises ``PageTimeout`` asynchronously in the thread that overran (``PyThreadState_SetAsyncExc``).
The exception lands at the next Python bytecode the thread runs: extractor loops written in Python are
interrupted; a single long call inside C (one lxml parse) finishes first, which is why the readers
also bound the input (size cap, slimming) before it reaches the parser.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_LOCK = threading.Lock()
_ACTIVE: dict[int, object] = {}


class PageTimeout(Exception):
    """Raised inside a thread whose page ran over its time budget."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


def run_with_deadline(fn: Callable[[], T], seconds: float) -> T:
    """``fn()``, or PageTimeout once ``seconds`` have passed while it still runs."""
    if seconds <= 0:
        return fn()
    tid = threading.get_ident()
    token = object()

    def fire() -> None:
        with _LOCK:
            if _ACTIVE.get(tid) is token:
                _set_async_exc(tid, PageTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    with _LOCK:
        _ACTIVE[tid] = token
    timer.start()
    try:
        return fn()
    finally:
        while True:  # a timeout that fires after fn returned lands here: swallow it and retire the token
            try:
                with _LOCK:
                    _ACTIVE.pop(tid, None)
                    _set_async_exc(tid, None)
                break
            except PageTimeout:
                continue
        timer.cancel()
