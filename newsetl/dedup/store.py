"""Persistence of the dedup index beside the tables: one Parquet file of index rows per run."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsetl.dedup.index import DedupIndex

STATE_SCHEMA = pa.schema([
    pa.field("article_id", pa.string()), pa.field("url_key", pa.string()),
    pa.field("content_hash", pa.string()), pa.field("canonical_id", pa.string()),
])


def load_index(state_dir: Path, threshold: float) -> DedupIndex:
    rows: list[dict[str, object]] = []
    if state_dir.exists():
        for f in sorted(state_dir.glob("*.parquet")):
            rows.extend(pq.read_table(f).to_pylist())
    return DedupIndex.from_rows(rows, threshold)  # type: ignore[arg-type]


def save_new_rows(index: DedupIndex, path: Path) -> None:
    rows = index.rows()
    if not rows:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=STATE_SCHEMA), path)
