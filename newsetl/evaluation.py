"""Evaluation harness: run the pure pipeline on inputs, write the tables the scorer reads, and score
them against a gold directory with an external scorer (``../shared/tools/score.py``).

Used by ``scripts/quick_score.py`` and the golden-floor tests, so both measure the same thing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsetl.dedup.index import DedupIndex, deduplicate
from newsetl.io.parquet import write_partitioned
from newsetl.pipeline import BatchResult, process_units
from newsetl.readers import discover
from newsetl.rows import article_row, month_partition, quote_rows, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES
from newsetl.settings import Settings


def write_pure_output(inputs: list[str], out: Path, settings: Settings | None = None) -> BatchResult:
    """Process and deduplicate ``inputs`` without Prefect; write articles and quotes under ``out``."""
    settings = settings or Settings.from_env()
    res = process_units(discover(inputs), settings)
    arts, _refused = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "eval") for a in arts], out, "part-eval.parquet", month_partition)
    qrows = [q for a in arts for q in quote_rows(a, "eval")]
    write_partitioned(QUOTES, qrows, out, "part-eval.parquet", run_date_partition(datetime.now(UTC)))
    return res


def score(out: Path, gold: Path, scorer: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(totals, per-article lines) of the scorer on an output directory."""
    cmd = [sys.executable, str(scorer), "--output", str(out), "--gold", str(gold), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = proc.stdout.strip().splitlines()
    per_article = [json.loads(x) for x in lines if x.startswith("{") and x != lines[-1]]
    return json.loads(lines[-1]), per_article
