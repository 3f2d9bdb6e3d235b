"""Schema-enforced Parquet: rows are cast to the declared schema (never inferred), split into hive
partitions, sorted for pruning, and written to a temporary name then renamed (atomic)."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsetl.io.layout import safe_component
from newsetl.schemas import TableSpec, with_descriptions


def to_table(spec: TableSpec, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    cols: dict[str, list[Any]] = {name: [] for name in spec.columns}
    for r in rows:
        for name in spec.columns:
            cols[name].append(r.get(name))
    arrays = [pa.array(cols[f.name], type=f.type) for f in spec.schema]
    return pa.Table.from_arrays(arrays, schema=with_descriptions(spec))


def write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd", row_group_size=64_000)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_partitioned(spec: TableSpec, rows: Sequence[Mapping[str, Any]], root: Path, file_name: str,
                      partition_of: Callable[[Mapping[str, Any]], str]) -> list[Path]:
    """Write rows under ``root/<table>/<partition>=<value>/<file_name>``; returns the files written."""
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[partition_of(r)].append(r)
    written = []
    for value, part_rows in sorted(groups.items()):
        table = to_table(spec, part_rows)
        keys = [(k, "ascending") for k in spec.sort_by if k in table.column_names]
        if keys:
            table = table.sort_by(keys)
        path = root / spec.name / f"{spec.partition}={safe_component(value)}" / file_name
        write_atomic(table, path)
        written.append(path)
    return written


def count_rows(root: Path, name: str) -> int:
    """Rows in a table, from the Parquet footers only (no data read); 0 when it does not exist."""
    path = root / name
    if not path.exists():
        return 0
    return int(ds.dataset(str(path), format="parquet", partitioning="hive", ignore_prefixes=[".", "_"]).count_rows())


def read_table(spec_or_name: TableSpec | str, root: Path, columns: list[str] | None = None) -> pa.Table | None:
    """Read a table (all partitions) or None when it does not exist yet."""
    name = spec_or_name if isinstance(spec_or_name, str) else spec_or_name.name
    path = root / name
    if not path.exists() or not any(path.rglob("*.parquet")):
        return None
    dataset = ds.dataset(str(path), format="parquet", partitioning="hive",
                         exclude_invalid_files=True, ignore_prefixes=[".", "_"])
    return dataset.to_table(columns=columns)
