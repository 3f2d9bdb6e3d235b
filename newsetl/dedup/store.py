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
        values = col.values.to_numpy(zero_copy_only=True)  # uint32 without nulls: a view, no copy
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
        pf = pq.ParquetFile(f)
        n = pf.metadata.num_rows
        if n == 0:
            continue
        ok = _compatible(pf.schema_arrow.metadata)
        meta: list[dict[str, Any]] = []
        sigs = np.zeros((n, NUM_PERM), dtype=np.uint32)
        sizes = np.zeros(n, dtype=np.uint32)
        at = 0
        for batch in pf.iter_batches(batch_size=20000, columns=_LIGHT):
            t = pa.Table.from_batches([batch])
            meta.extend(t.select(["article_id", "url_key", "content_hash", "canonical_id"]).to_pylist())
            if ok:  # another fingerprint version: exact keys only (sizes 0 disable near matching)
                sigs[at:at + t.num_rows] = _signatures(t.column("signature"))
                sizes[at:at + t.num_rows] = t.column("n_shingles").to_numpy()
            at += t.num_rows
        idx.extend(meta, sigs, sizes, _Segment(0, 0, loader=_shingle_loader(f)))
    return idx


def save_new_rows(index: DedupIndex, path: Path) -> None:
    """Write the rows indexed since load (nothing when there are none); atomic via rename."""
    meta, rows = index.pending()
    if not meta:
        return
    cols = {k: [m[k] for m in meta] for k in ("article_id", "url_key", "content_hash", "canonical_id",
                                               "published_date")}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    step = 20000
    with pq.ParquetWriter(tmp, STATE_SCHEMA, use_dictionary=False) as writer:
        for s in range(0, len(meta), step):
            e = min(s + step, len(meta))
            part = rows[s:e]
            flat, offs = index.shingle_sets(part)
            arrays = [pa.array(cols[f.name][s:e], f.type) for f in STATE_SCHEMA if f.name in cols]
            arrays.append(pa.array(index.sizes[part], pa.uint32()))
            arrays.append(pa.Array.from_buffers(pa.binary(4 * NUM_PERM), e - s,
                                                [None, pa.py_buffer(np.ascontiguousarray(index.signatures[part]))]))
            arrays.append(pa.ListArray.from_arrays(pa.array(offs.astype(np.int32), pa.int32()),
                                                   pa.array(flat, pa.uint32())))
            writer.write_table(pa.Table.from_arrays(arrays, schema=STATE_SCHEMA))
    tmp.replace(path)
