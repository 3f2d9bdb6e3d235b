"""Scale-out: the same flow on Prefect's process pool and on a Dask LocalCluster, each with two worker
processes, gives the same tables as the thread runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from tests.conftest import DEMO, ROOT

VOLATILE = {"run_id", "fetched_at"}


def rows(out: Path, name: str, key: str) -> list[dict[str, Any]]:
    t = ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table().to_pylist()
    return sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in t), key=lambda r: str(r[key]))


def test_process_pool_and_dask_local_cluster_give_the_same_tables(tmp_path: Path) -> None:
    outs = {}
    for runner in ("threads", "processes", "dask"):
        out = tmp_path / runner
        proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(DEMO), "--output", str(out), "--runner", runner,
                               "--workers", "2", "--batch-size", "4"], cwd=ROOT, capture_output=True, text=True,
                              timeout=600, check=False,
                              env={k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "ERROR" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-3000:]
        assert json.loads(proc.stdout.strip().splitlines()[-1])["articles"] > 0
        outs[runner] = out
    for name, key in (("articles", "article_id"), ("quotes", "quote_id"), ("rejects", "source")):
        assert rows(outs["threads"], name, key) == rows(outs["processes"], name, key), name
        assert rows(outs["threads"], name, key) == rows(outs["dask"], name, key), name


def test_auto_runner_uses_the_process_pool_only_for_large_inputs_on_several_cores() -> None:
    from flows.runners import AUTO_PROCESSES_FROM_PAGES, choose_runner
    from newsetl.readers import InputUnit

    small = [InputUnit("html", f"/x/{i}.html", f"{i}.html") for i in range(24)]
    big = [InputUnit("jsonl", "/x/a.jsonl", "a.jsonl", i, i + 64) for i in range(0, AUTO_PROCESSES_FROM_PAGES, 64)]
    assert choose_runner("auto", small, 64, 2) == "threads"
    assert choose_runner("auto", big, 64, 2) == "processes"
    assert choose_runner("auto", big, 64, 1) == "threads"  # one core: workers would only add start-up
    assert choose_runner("dask", small, 64, 2) == "dask" and choose_runner("threads", big, 64, 8) == "threads"
