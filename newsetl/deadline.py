"""Per-page time budget: a page that keeps the extractor busy too long is cut off.

Extraction runs in task-runner threads (or Dask worker threads), where signals cannot be used, so a
watchdog raises ``PageTimeout`` asynchronously in the thread that overran (``PyThreadState_SetAsyncExc``).
The exception lands at the next Python bytecode the thread runs: extractor loops written in Python are
interrupted; a single long call inside C (one lxml parse) finishes first, which is why the readers
also bound the input (size cap, slimming) before it reaches the parser.

One watchdog thread per process keeps the deadline of every thread inside ``run_with_deadline`` (a
thread per page cost half a millisecond a page). It sleeps until the earliest deadline; registering a
deadline wakes it only when that deadline is earlier than its next wake-up, so a stream of pages costs
a dict update each. A deadline is fired at most once, and only while its call is still running.
"""

from __future__ import annotations

import ctypes
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class PageTimeout(Exception):
    """Raised inside a thread whose page ran over its time budget."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@dataclass(eq=False)
class _Deadline:
    at: float  # time.monotonic() after which the call is cut off
    fired: bool = False


class _Watchdog:
    """The deadlines of the calls running now, and the thread that fires them."""

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.active: dict[int, _Deadline] = {}  # thread id -> deadline of the call running in it
        self.next_wake = math.inf  # when the watchdog thread wakes up next (inf: when notified)
        self.pid: int | None = None  # the process the watchdog thread runs in

    def watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for tid, d in self.active.items():
                    if not d.fired and d.at <= now:
                        d.fired = True
                        _set_async_exc(tid, PageTimeout)
                self.next_wake = min((d.at for d in self.active.values() if not d.fired), default=math.inf)
                self.cond.wait(None if self.next_wake == math.inf else max(0.0, self.next_wake - now))

    def ensure_thread(self) -> None:
        """Start the watchdog thread (again in a forked child: threads do not survive a fork).
        Called with ``cond`` held."""
        if self.pid != os.getpid():
            self.pid = os.getpid()
            self.next_wake = math.inf
            threading.Thread(target=self.watch, name="newsetl-deadline", daemon=True).start()


_WATCHDOG = _Watchdog()


def _after_fork_in_child() -> None:
    global _WATCHDOG
    _WATCHDOG = _Watchdog()  # the parent's lock may have been held by a thread that is gone here


os.register_at_fork(after_in_child=_after_fork_in_child)


def run_with_deadline(fn: Callable[[], T], seconds: float) -> T:
    """``fn()``, or PageTimeout once ``seconds`` have passed while it still runs."""
    if seconds <= 0:
        return fn()
    tid = threading.get_ident()
    wd = _WATCHDOG
    d = _Deadline(time.monotonic() + seconds)
    with wd.cond:
        wd.ensure_thread()
        outer = wd.active.get(tid)  # a deadline around this one in the same thread, restored after
        wd.active[tid] = d
        if d.at < wd.next_wake:
            wd.next_wake = d.at
            wd.cond.notify()
    delivered = False
    try:
        return fn()
    except PageTimeout:
        delivered = True
        raise
    finally:
        while True:  # a timeout that fires after fn returned lands here: swallow it and retire the deadline
            try:
                with wd.cond:
                    if wd.active.get(tid) is d:
                        if outer is not None:
                            wd.active[tid] = outer
                        else:
                            del wd.active[tid]
                    if d.fired and not delivered:
                        _set_async_exc(tid, None)  # fired while fn was returning: drop it before it lands
                break
            except PageTimeout:
                delivered = True
                continue
