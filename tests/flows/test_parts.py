"""A large input is committed in parts (NEWSETL_PAGES_PER_RUN): memory holds one part at a time, and
the tables are the ones a single run writes, near-copies across parts included. Only the direction of
a duplicate link can differ: as across runs, an article committed by an earlier part stays canonical."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from tests.conftest import DEMO, ROOT

VOLATILE = {"run_id", "fetched_at", "duplicate_of", "similarity"}


def run(out: Path, pages_per_run: int | None = None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "NEWSETL_PAGES_PER_RUN")}
    if pages_per_run:
        env["NEWSETL_PAGES_PER_RUN"] = str(pages_per_run)
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(DEMO), "--output", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ERROR" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def table(out: Path, name: str) -> list[dict[str, Any]]:
    return ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table().to_pylist()


def stable(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in rows), key=lambda r: str(r[key]))


def links(out: Path) -> set[frozenset[str]]:
    return {frozenset((r["article_id"], r["duplicate_of"])) for r in table(out, "articles") if r["duplicate_of"]}


def test_parts_write_the_tables_of_one_run(tmp_path: Path) -> None:
    whole = run(tmp_path / "whole")
    split = run(tmp_path / "split", pages_per_run=7)
    assert "parts" not in whole
    assert len(split["parts"]) == 4 and all(p["run_id"].startswith(split["run_id"] + "-p") for p in split["parts"])
    assert split["inputs"] == split["articles"] + split["rejected"] == whole["inputs"]
    for k in ("articles", "duplicates", "rejected", "quotes"):
        assert split[k] == whole[k] == sum(p[k] for p in split["parts"]), k
    assert whole["duplicates"] >= 1  # the demo's near-copy is found across parts too
    for name, key in (("articles", "article_id"), ("quotes", "quote_id"), ("rejects", "source")):
        assert stable(table(tmp_path / "split", name), key) == stable(table(tmp_path / "whole", name), key), name
    assert links(tmp_path / "split") == links(tmp_path / "whole")
    assert {r["run_id"] for r in table(tmp_path / "split", "articles")} <= {p["run_id"] for p in split["parts"]}

    again = run(tmp_path / "split", pages_per_run=7)  # every input of every part is in the ledger
    assert again["articles"] == 0 and again["rejected"] == again["inputs"] == whole["inputs"]


def test_parts_count_a_warc_range_as_a_batch_not_a_whole_part() -> None:
    from flows.etl import parts
    from newsetl.readers import InputUnit
    from newsetl.settings import Settings

    warc = [InputUnit("warc", "/x/a.warc.gz", "a.warc.gz", i * 100, (i + 1) * 100) for i in range(5)]
    pages = [InputUnit("html", f"/x/{i}.html", f"{i}.html") for i in range(30)]
    settings = Settings(batch_size=64, pages_per_run=1000)
    assert parts(warc + pages, settings) == [warc + pages]  # 5 x 64 + 30 pages: one part
    small = Settings(batch_size=64, pages_per_run=128)
    assert [len(p) for p in parts(warc, small)] == [2, 2, 1]
