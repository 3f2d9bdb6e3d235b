"""Stage the run's tables and state into the journal, then commit (atomic for readers)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import task

from newsetl.dedup.index import DedupIndex
from newsetl.io.layout import Layout
from newsetl.io.runfiles import commit_run


@task(name="write-tables")
def write_run(layout: Layout, run_id: str, started: datetime, tables: dict[str, list[dict[str, Any]]],
              ledger_rows: list[dict[str, Any]], index: DedupIndex) -> list[str]:
    return [str(p.relative_to(layout.root)) for p in commit_run(layout, run_id, started, tables, ledger_rows, index)]
