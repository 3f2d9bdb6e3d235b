"""Golden floors on the held-out demo corpus: run the pure pipeline on data/demo (as
scripts/quick_score.py data/demo does), write the tables with the real writers, score against
tests/golden/demo with ../shared/tools/score.py and pin the cleaning, title, outlet and date figures.
The demo pages come from outlets and templates the cleaning and date rules were not written on: these
floors guard that the rules generalise. Skips when ../shared (the scorer) is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import DEMO, ROOT, need_shared

GOLD = ROOT / "tests" / "golden" / "demo"
BODY_RECALL_FLOOR = 1.0
LEAKS_CEILING = 0
TITLE_ACC_FLOOR = 1.0
OUTLET_ACC_FLOOR = 1.0
DATE_ACC_FLOOR = 1.0
DATES_WRONG_CEILING = 0


@pytest.fixture(scope="module")
def totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    shared = need_shared()
    if not GOLD.is_dir() or not DEMO.is_dir():
        pytest.skip("the demo corpus or its gold is not present")
    from newsetl.dedup.index import DedupIndex, deduplicate
    from newsetl.io.parquet import write_partitioned
    from newsetl.pipeline import process_units
    from newsetl.readers import discover
    from newsetl.rows import article_row, month_partition, quote_rows, run_date_partition
    from newsetl.schemas import ARTICLES, QUOTES
    from newsetl.settings import Settings

    out: Path = tmp_path_factory.mktemp("demo-floors")
    settings = Settings()
    res = process_units(discover([str(DEMO)]), settings)
    arts, _ = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "floors") for a in arts], out, "part-floors.parquet", month_partition)
    qrows = [q for a in arts for q in quote_rows(a, "floors")]
    write_partitioned(QUOTES, qrows, out, "part-floors.parquet", run_date_partition(datetime.now(UTC)))
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold", str(GOLD), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_gold_article_is_found(totals: dict[str, float]) -> None:
    assert totals["missing"] == 0


def test_body_recall_floor(totals: dict[str, float]) -> None:
    assert totals["body_recall"] >= BODY_RECALL_FLOOR


def test_no_leaks(totals: dict[str, float]) -> None:
    assert totals["leaks"] <= LEAKS_CEILING


def test_title_accuracy_floor(totals: dict[str, float]) -> None:
    assert totals["title_acc"] >= TITLE_ACC_FLOOR


def test_outlet_accuracy_floor(totals: dict[str, float]) -> None:
    assert totals["outlet_acc"] >= OUTLET_ACC_FLOOR


def test_date_accuracy_floor(totals: dict[str, float]) -> None:
    assert totals["date_acc"] >= DATE_ACC_FLOOR


def test_no_wrong_date(totals: dict[str, float]) -> None:
    assert totals["dates_wrong"] <= DATES_WRONG_CEILING
