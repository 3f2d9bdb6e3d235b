"""Flow entry points for ``prefect.yaml`` deployments: the daily incremental run and the backfill.

These wrap the same flows the command line runs, with parameters Prefect can show in its UI.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from flows.env import prepare

prepare()

from prefect import flow  # noqa: E402  (settings must be in place before prefect is imported)

from flows.backfill import backfill  # noqa: E402
from flows.cli import new_run_id  # noqa: E402
from flows.etl import etl  # noqa: E402


@flow(name="newsetl-daily", log_prints=True)
def daily(inputs: list[str], output: str = "data/output", feeds: list[str] | None = None) -> dict[str, Any]:
    """Everything new in the landing inputs and feeds since the last run."""
    from pathlib import Path

    present = [p for p in inputs if p.startswith(("http://", "https://")) or Path(p).exists()]
    summary = etl(present, output, new_run_id(), feeds=feeds or [])
    print(f"newsetl daily run {summary['run_id']}: {summary['articles']} articles, {summary['rejected']} rejects")
    return summary


@flow(name="newsetl-backfill", log_prints=True)
def backfill_deployment(inputs: list[str], since: str, until: str, output: str = "data/output", window: str = "month",
                        outlets: list[str] | None = None) -> dict[str, Any]:
    """Backfill by date windows; ``outlets`` (Arabic names) narrows what is kept, the rest are rejects."""
    summary = backfill(inputs, output, date.fromisoformat(since), date.fromisoformat(until),
                       f"backfill-{datetime.now(UTC):%Y%m%dT%H%M%SZ}", window, outlets=outlets or None)
    print(f"newsetl backfill {since}..{until}: {summary['articles']} articles in {len(summary['windows'])} runs")
    return summary
