"""What later runs need to know about earlier ones, kept under ``<output>/_state``: the ingest ledger
(every input key with a final outcome) and the dedup index rows. Both are per-run Parquet files
moved into place by the run journal together with the tables."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsetl.io.layout import Layout

LEDGER_SCHEMA = pa.schema([
    pa.field("input_key", pa.string(), nullable=False), pa.field("source", pa.string()),
    pa.field("outcome", pa.string()), pa.field("article_id", pa.string()), pa.field("run_id", pa.string()),
])


def load_ledger(layout: Layout) -> frozenset[str]:
    keys: set[str] = set()
    if layout.ledger.exists():
        for f in sorted(layout.ledger.glob("*.parquet")):
            keys.update(k for k in pq.read_table(f, columns=["input_key"]).column(0).to_pylist() if k)
    return frozenset(keys)


def write_ledger(rows: list[dict[str, str | None]], path: Path) -> None:
    if not rows:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=LEDGER_SCHEMA), path)
