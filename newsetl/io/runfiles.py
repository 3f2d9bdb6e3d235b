"""One run's files: every table's rows and the run's state, staged in the journal, then committed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from newsetl.dedup.index import DedupIndex
from newsetl.dedup.store import save_new_rows
from newsetl.io import journal
from newsetl.io.layout import Layout
from newsetl.io.parquet import write_partitioned
from newsetl.io.state import write_ledger
from newsetl.rows import month_partition, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES, REJECTS, RUNS


def stage_run(layout: Layout, run_id: str, started: datetime, tables: dict[str, list[dict[str, Any]]],
              ledger_rows: list[dict[str, Any]] | None = None, index: DedupIndex | None = None) -> Path:
    """Write the run's four tables (and its ledger and dedup rows) under the run's staging directory."""
    stage = journal.staging_dir(layout, run_id)
    stage.mkdir(parents=True, exist_ok=True)
    name = f"part-{run_id}.parquet"
    by_run = run_date_partition(started)
    write_partitioned(ARTICLES, tables.get("articles", []), stage, name, month_partition)
    for spec in (QUOTES, REJECTS, RUNS):
        write_partitioned(spec, tables.get(spec.name, []), stage, name, by_run)
    if ledger_rows:
        write_ledger(ledger_rows, stage / "_state" / "ledger" / name)
    if index is not None:
        save_new_rows(index, stage / "_state" / "dedup" / name)
    return stage


def commit_run(layout: Layout, run_id: str, started: datetime, tables: dict[str, list[dict[str, Any]]],
               ledger_rows: list[dict[str, Any]] | None = None, index: DedupIndex | None = None) -> list[Path]:
    """Stage then commit: the files are in place, atomically for each, recoverably for the run."""
    stage_run(layout, run_id, started, tables, ledger_rows, index)
    return journal.commit(layout, run_id)
