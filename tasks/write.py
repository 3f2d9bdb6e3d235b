"""Stage the run's tables and state into the journal, then commit (atomic for readers)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import task

from newsetl.dedup.index import DedupIndex
from newsetl.dedup.store import save_new_rows
from newsetl.io import journal
from newsetl.io.layout import Layout
from newsetl.io.parquet import write_partitioned
from newsetl.io.state import write_ledger
from newsetl.rows import month_partition, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES, REJECTS, RUNS


@task(name="write-tables")
def write_run(layout: Layout, run_id: str, started: datetime, tables: dict[str, list[dict[str, Any]]],
              ledger_rows: list[dict[str, Any]], index: DedupIndex) -> list[str]:
    stage = journal.staging_dir(layout, run_id)
    stage.mkdir(parents=True, exist_ok=True)
    name = f"part-{run_id}.parquet"
    by_run = run_date_partition(started)
    write_partitioned(ARTICLES, tables["articles"], stage, name, month_partition)
    write_partitioned(QUOTES, tables["quotes"], stage, name, by_run)
    write_partitioned(REJECTS, tables["rejects"], stage, name, by_run)
    write_partitioned(RUNS, tables["runs"], stage, name, by_run)
    write_ledger(ledger_rows, stage / "_state" / "ledger" / name)
    save_new_rows(index, stage / "_state" / "dedup" / name)
    return [str(Path(p).relative_to(layout.root)) for p in journal.commit(layout, run_id)]
