"""Golden floors for dates and outlets on ../shared/gold (skipped when ../shared is absent).

Runs the pure pipeline on ../shared/seeds and ../shared/dev, writes the articles table and scores it with
../shared/tools/score.py. A wrong date is worse than none: dates_wrong must stay at zero."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import need_shared

DATE_ACC_FLOOR = 1.0
OUTLET_ACC_FLOOR = 1.0


@pytest.fixture(scope="module")
def totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    shared = need_shared()
    from newsetl.dedup.index import DedupIndex, deduplicate
    from newsetl.io.parquet import write_partitioned
    from newsetl.pipeline import process_units
    from newsetl.readers import discover
    from newsetl.rows import article_row, month_partition
    from newsetl.schemas import ARTICLES
    from newsetl.settings import Settings

    out = tmp_path_factory.mktemp("dates-outlets")
    settings = Settings.from_env()
    res = process_units(discover([str(shared / "seeds"), str(shared / "dev")]), settings)
    arts, _ = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "floors") for a in arts], out, "part.parquet", month_partition)
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold", str(shared / "gold"), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=Path(__file__).parent)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_no_wrong_date(totals: dict[str, float]) -> None:
    assert totals["dates_wrong"] == 0


def test_date_accuracy_floor(totals: dict[str, float]) -> None:
    assert totals["date_acc"] >= DATE_ACC_FLOOR


def test_outlet_accuracy_floor(totals: dict[str, float]) -> None:
    assert totals["outlet_acc"] >= OUTLET_ACC_FLOOR
