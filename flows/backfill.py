"""Backfill: one pass over the inputs, committed as one run per date window, oldest first.

Each window is an ordinary run (own run_id, own accounting: inputs = articles + rejects of the
pages dated in the window). Pages dated outside [since, until] or undated end in a final run as
rejects (``outside_backfill_range``, ``undated``). Resumable: every committed window is in the
ingest ledger, so running the same backfill again skips what was done and redoes the rest.
"""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from prefect import flow

from flows.etl import process_inputs, publish
from newsetl.accounting import RunRecord, combine
from newsetl.dedup.store import load_index
from newsetl.io import journal
from newsetl.io.layout import Layout
from newsetl.io.state import load_ledger
from newsetl.records import Article, Rejection
from newsetl.settings import Settings
from tasks.ingest import discover_inputs


def window_start(d: date, window: str) -> date:
    if window == "day":
        return d
    if window == "week":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


@flow(name="newsetl-backfill", log_prints=False)
def backfill(inputs: list[str], output: str, since: date, until: date, run_id: str, window: str = "month",
             settings: Settings | None = None, lock_timeout_s: float = 600.0,
             outlets: list[str] | None = None) -> dict[str, Any]:
    settings = settings or Settings.from_env()
    layout = Layout.at(output)
    units = discover_inputs(inputs)
    lock = journal.acquire(layout, lock_timeout_s)
    try:
        journal.recover(layout)
        skip, index = load_ledger(layout), load_index(layout.dedup, settings.near_dup_threshold)
        t = time.perf_counter()
        result = process_inputs(units, settings, skip)
        windows: dict[date, list[Article]] = defaultdict(list)
        rest: list[Rejection] = list(result.rejects)
        for a in result.articles:
            if a.published_date is None:
                rest.append(Rejection(a.source, "filter", "undated", "no publication date: outside every window", a.input_key))
            elif outlets and a.outlet not in outlets:
                rest.append(Rejection(a.source, "filter", "outlet_not_selected", f"outlet {a.outlet!r} not in {outlets}", a.input_key))
            elif not since <= a.published_date <= until:
                rest.append(Rejection(a.source, "filter", "outside_backfill_range",
                                      f"published {a.published_date}, outside {since}..{until}", a.input_key))
            else:
                windows[window_start(a.published_date, window)].append(a)
        summaries = []
        for start in sorted(windows):
            rec = RunRecord(run_id=f"{run_id}-w{start:%Y%m%d}", started=datetime.now(UTC), inputs=list(inputs))
            rec.timings["process"] = time.perf_counter() - t
            summaries.append(publish(layout, rec, windows[start], [], index, settings))
        if rest or not summaries:
            rec = RunRecord(run_id=f"{run_id}-rest", started=datetime.now(UTC), inputs=list(inputs))
            summaries.append(publish(layout, rec, [], rest, index, settings, require_articles=False))
    finally:
        lock.release()
    return combine(run_id, summaries, str(layout.root), key="windows")
