"""Compaction: merge the small files of each partition into one, swapping directories atomically.

For every partition directory with at least ``min_files`` files:

1. its files are read with the declared schema (field descriptions kept, columns added since an old file
   was written come back null), concatenated and sorted by the table's ``sort_by``;
2. the merged file is written into a fresh directory under ``_state/compact/<table>/<partition>``, outside
   the table (no reader globbing ``<table>/*/*.parquet`` ever sees it, hidden or not: DuckDB globs do
   match dot-directories);
3. the fresh directory and the live partition are exchanged in one ``renameat2(RENAME_EXCHANGE)``
   call, so the partition's name points either at the old directory (all old files) or at the new one
   (the one merged file), never both and never neither;
4. the old directory, now at the fresh path, is moved to ``_state/trash/``; the trash is emptied by the
   next compaction.

What a plain reader sees (pandas/pyarrow dataset, DuckDB glob, Spark): listing a partition reads one
directory inode, so every listing holds each row exactly once. A reader that *listed* a partition just
before its swap and *opens* the files after it gets ``FileNotFoundError`` (pyarrow) or an IO error
(DuckDB) for the old paths: a loud failure, never a wrong answer, and reading again succeeds. A reader
that had already opened a file keeps reading it (the inode lives on in the trash). Rows never move
between partitions, so per-partition atomicity is enough for the whole table.

A crash at any point leaves every live partition complete: leftovers in ``_state/compact`` (and the
hidden ``.<partition>.compact`` siblings of earlier versions) are removed at the start of the next
compaction. The caller holds the output lock, so no run commits while compaction runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsetl.io.layout import Layout
from newsetl.io.parquet import write_atomic
from newsetl.schemas import TABLES, TableSpec, with_descriptions

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def exchange(a: Path, b: Path) -> None:
    """Atomically swap two directory entries on one filesystem (Linux renameat2)."""
    rc = _libc().renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"renameat2 exchange failed: {os.strerror(err)}", str(a))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class CompactReport:
    partitions: int = 0
    files_before: int = 0
    files_after: int = 0
    rows: int = 0
    seconds: float = 0.0
    tables: dict[str, int] = field(default_factory=dict)  # partitions merged per table


def live_files(partition: Path) -> list[Path]:
    return sorted(f for f in partition.glob("*.parquet") if not f.name.startswith((".", "_")))


def merge(spec: TableSpec, files: list[Path]) -> pa.Table:
    """The rows of ``files`` with the declared schema (and its descriptions), sorted by ``spec.sort_by``."""
    schema = with_descriptions(spec)
    # one multi-threaded scan; files written before a column existed give nulls for it
    table = ds.dataset([str(f) for f in files], schema=schema, format="parquet").to_table()
    keys = [(k, "ascending") for k in spec.sort_by if k in table.column_names]
    return table.sort_by(keys) if keys else table


def _clear_leftovers(layout: Layout) -> None:
    shutil.rmtree(layout.state / "trash", ignore_errors=True)
    shutil.rmtree(layout.state / "compact", ignore_errors=True)
    for name in TABLES:
        root = layout.table(name)
        if root.is_dir():
            for p in root.glob(".*.compact"):  # left by earlier versions that staged inside the table
                shutil.rmtree(p, ignore_errors=True)


def compact(layout: Layout, min_files: int = 2, tables: list[str] | None = None) -> CompactReport:
    """Merge every partition that has at least ``min_files`` files. Caller holds the output lock."""
    t0 = time.perf_counter()
    report = CompactReport()
    _clear_leftovers(layout)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}"
    trash = layout.state / "trash" / stamp
    for name, spec in TABLES.items():
        root = layout.table(name)
        if (tables is not None and name not in tables) or not root.is_dir():
            continue
        merged = 0
        for part in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            files = live_files(part)
            report.files_before += len(files)
            if len(files) < min_files:
                report.files_after += len(files)
                continue
            table = merge(spec, files)
            fresh = layout.state / "compact" / name / part.name
            target = fresh / f"part-compact-{stamp}.parquet"
            write_atomic(table, target)
            if pq.read_metadata(target).num_rows != table.num_rows:
                raise OSError(f"compaction of {part} wrote an incomplete file {target}")
            _fsync_dir(fresh)
            exchange(fresh, part)
            _fsync_dir(root)
            dest = trash / name / part.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(fresh, dest)
            merged += 1
            report.partitions += 1
            report.files_after += 1
            report.rows += table.num_rows
        report.tables[name] = merged
    shutil.rmtree(layout.state / "compact", ignore_errors=True)
    report.seconds = round(time.perf_counter() - t0, 3)
    return report
