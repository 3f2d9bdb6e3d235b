"""Persistence of the dedup index beside the tables: one Parquet file of index rows per run.

Each run that keeps articles writes ``<output>/_state/dedup/<run_id>.parquet`` at commit, with one
row per article it wrote: ``article_id``, ``url_key``, ``content_hash``, ``canonical_id`` (the
article itself, or the one its ``duplicate_of`` names), ``published_date``, ``n_shingles``, the
MinHash ``signature`` (fixed-size binary, ``NUM_PERM`` little-endian uint32) and ``shingles`` (the
sorted shingle hashes, ``list<uint32>``). The file's metadata names the fingerprint version; rows
of another version still serve exact matching (URL, content hash) but not near matching.

Loading reads everything but ``shingles``: a signature matrix and a few string columns (100k
articles: about 100 MB of signatures, well under a second). A file's shingle sets are read only
when one of its rows is a near-duplicate candidate, to verify it exactly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from newsetl.dedup.fingerprint import FINGERPRINT_VERSION, I64, NUM_PERM, SEED, U32
from newsetl.dedup.index import DEFAULT_THRESHOLD, DedupIndex, _Segment

STATE_SCHEMA = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("url_key", pa.string()),
    pa.field("content_hash", pa.string(), nullable=False),
    pa.field("canonical_id", pa.string(), nullable=False),
    pa.field("published_date", pa.date32()),
    pa.field("n_shingles", pa.uint32(), nullable=False),
    pa.field("signature", pa.binary(4 * NUM_PERM), nullable=False),
    pa.field("shingles", pa.list_(pa.uint32()), nullable=False),
], metadata={"fingerprint_version": FINGERPRINT_VERSION, "num_perm": str(NUM_PERM), "seed": str(SEED)})

_LIGHT = ["article_id", "url_key", "content_hash", "canonical_id", "n_shingles", "signature"]


def _compatible(meta: dict[bytes, bytes] | None) -> bool:
    want = STATE_SCHEMA.metadata or {}
    return bool(meta) and all(meta.get(k) == v for k, v in want.items())  # type: ignore[union-attr]


def _shingle_loader(path: Path) -> Any:
    def load() -> tuple[U32, I64]:
        col = pq.read_table(path, columns=["shingles"]).column("shingles").combine_chunks()
        values = col.values.to_numpy(zero_copy_only=False).astype(np.uint32, copy=False)
        offsets = col.offsets.to_numpy().astype(np.int64)
        return values, offsets
    return load


def _signatures(col: pa.ChunkedArray) -> U32:
    arr = col.combine_chunks()
    if len(arr) == 0:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    buf = np.frombuffer(arr.buffers()[1], dtype=np.uint32)
    start = arr.offset * NUM_PERM
    return buf[start:start + len(arr) * NUM_PERM].reshape(len(arr), NUM_PERM).copy()


def load_index(state_dir: Path, threshold: float = DEFAULT_THRESHOLD) -> DedupIndex:
    """The index of every article written by earlier runs into this output."""
    idx = DedupIndex(threshold)
    if not state_dir.exists():
        return idx
    for f in sorted(state_dir.glob("*.parquet")):
        table = pq.read_table(f, columns=_LIGHT)
        n = table.num_rows
        if n == 0:
            continue
        meta = table.select(["article_id", "url_key", "content_hash", "canonical_id"]).to_pylist()
        if _compatible(pq.read_schema(f).metadata):
            sigs = _signatures(table.column("signature"))
            sizes = table.column("n_shingles").to_numpy().astype(np.uint32)
        else:  # another fingerprint version: exact keys only
            sigs = np.zeros((n, NUM_PERM), dtype=np.uint32)
            sizes = np.zeros(n, dtype=np.uint32)
        idx.extend(meta, sigs, sizes, _Segment(0, 0, loader=_shingle_loader(f)))
    return idx


def save_new_rows(index: DedupIndex, path: Path) -> None:
    """Write the rows indexed since load (nothing when there are none); atomic via rename."""
    rows = index.rows()
    if not rows:
        return
    sizes = np.array([len(r["shingles"]) for r in rows], dtype=np.int64)
    offsets = pa.array(np.concatenate([[0], np.cumsum(sizes)]).astype(np.int32), pa.int32())
    values = pa.array(np.concatenate([r["shingles"] for r in rows]).astype(np.uint32), pa.uint32())
    cols = {k: [r[k] for r in rows] for k in ("article_id", "url_key", "content_hash", "canonical_id",
                                               "published_date", "n_shingles", "signature")}
    arrays = [pa.array(cols[f.name], f.type) for f in STATE_SCHEMA if f.name != "shingles"]
    arrays.append(pa.ListArray.from_arrays(offsets, values, type=pa.list_(pa.uint32())))
    table = pa.Table.from_arrays(arrays, schema=STATE_SCHEMA)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)
