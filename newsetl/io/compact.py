"""Compaction: merge the small files of each partition into one, swapping directories atomically.

For every partition directory with more than one file, the merged file is written into a hidden
sibling directory, which is then exchanged with the live one in a single ``renameat2(RENAME_EXCHANGE)``
call: a reader listing the partition sees either all the old files or the one new file, never both
and never neither. The old directory is moved to ``_state/trash`` and deleted on the next compaction,
so a reader that listed the old files just before the swap can still open them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsetl.io.layout import Layout
from newsetl.io.parquet import write_atomic
from newsetl.schemas import TABLES, with_descriptions

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> None:
    """Atomically swap two directory entries (Linux renameat2)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    rc = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"renameat2 exchange failed: {os.strerror(err)}", str(a))


@dataclass
class CompactReport:
    partitions: int = 0
    files_before: int = 0
    files_after: int = 0
    rows: int = 0
    seconds: float = 0.0


def compact(layout: Layout, min_files: int = 2) -> CompactReport:
    """Merge every partition that has at least ``min_files`` files. Caller holds the output lock."""
    t0 = time.perf_counter()
    report = CompactReport()
    trash = layout.state / "trash"
    shutil.rmtree(trash, ignore_errors=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    for name, spec in TABLES.items():
        root = layout.table(name)
        if not root.exists():
            continue
        for part in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            files = sorted(f for f in part.glob("*.parquet") if not f.name.startswith("."))
            report.files_before += len(files)
            if len(files) < min_files:
                report.files_after += len(files)
                continue
            schema = with_descriptions(spec)
            table = pa.concat_tables([pq.read_table(f, schema=schema) for f in files])
            keys = [(k, "ascending") for k in spec.sort_by if k in table.column_names]
            table = table.sort_by(keys) if keys else table
            fresh = part.with_name("." + part.name + ".compact")
            shutil.rmtree(fresh, ignore_errors=True)
            write_atomic(table, fresh / f"compact-{stamp}.parquet")
            exchange(fresh, part)
            dest = trash / name / part.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(fresh, dest)
            report.partitions += 1
            report.files_after += 1
            report.rows += table.num_rows
    report.seconds = time.perf_counter() - t0
    return report
