"""Task runners: one thread, Prefect's process pool (one worker per core; ``auto`` picks between the
two by input size), or Dask (a local cluster of worker processes, or an existing scheduler) through
prefect-dask. Scale-out never goes through a home-made pool.

Worker processes that do not know the Prefect API would each start their own temporary server on the
same SQLite file; ``api_for_workers`` gives them one: the server named by PREFECT_API_URL, or the
command's temporary server (flows/server.py), stopped at exit.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any


def api_for_workers() -> None:
    """Dask worker processes must share one Prefect API: the server named by PREFECT_API_URL, else the
    command's temporary server (flows/server.py), started here if the command did not start it yet."""
    from flows.server import ensure_api, wait_for_api

    ensure_api()
    wait_for_api()


def _warm_worker() -> None:
    """Import the page-processing modules once per worker process, before its first task."""
    import trafilatura  # noqa: F401

    import tasks.ingest  # noqa: F401


AUTO_PROCESSES_FROM_PAGES = 1000  # make bench: 400 pages, threads 10.0 s vs processes 10.4 s; 2,000 pages 29.8 s vs 23.6 s


def choose_runner(kind: str, units: list[Any], pages_per_batch: int, cores: int | None) -> str:
    """``auto``: the process pool when the input is large enough to repay starting one worker per core
    (about 2 s) and there is more than one core; one thread otherwise. Any other kind is kept."""
    if kind != "auto":
        return kind
    from flows.etl import weight

    pages = sum(weight(u, pages_per_batch) for u in units)
    return "processes" if pages >= AUTO_PROCESSES_FROM_PAGES and (cores or 1) >= 2 else "threads"


def make_task_runner(kind: str, address: str | None = None, workers: int | None = None) -> Any:
    if kind == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        # page processing is CPU-bound Python: more threads only contend for the GIL (measured with make
        # bench: 400 pages 15.8 s with one thread, 17.2 s with four); more cores come from worker processes
        return ThreadPoolTaskRunner(max_workers=workers or 1)
    if kind == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        api_for_workers()
        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count() or 2, initializer=_warm_worker)
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    api_for_workers()
    scratch = Path(os.environ.get("DASK_TEMPORARY_DIRECTORY") or Path(tempfile.gettempdir()) / "newsetl-dask")
    scratch.mkdir(parents=True, exist_ok=True)
    return DaskTaskRunner(cluster_kwargs={
        "n_workers": workers or os.cpu_count() or 2, "threads_per_worker": 1, "processes": True,
        "local_directory": str(scratch), "dashboard_address": None,
    })
