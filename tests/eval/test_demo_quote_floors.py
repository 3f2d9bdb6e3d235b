"""Golden floors for quote attribution on the held-out demo corpus: run the pure pipeline on data/demo
(as ``scripts/quick_score.py data/demo --gold tests/golden/demo`` does), write the tables with the real
writers, score against tests/golden/demo with ../shared/tools/score.py and pin the quote figures. The demo
articles were not used to write the grammar (only invented sentences in tests/extract/quote_sentences.json
were), so these floors guard that the rules generalise: every required speaker found, no false or unmatched
speaker, attributes right. Skips when ../shared (the scorer) is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import DEMO, ROOT, need_shared

GOLD = ROOT / "tests" / "golden" / "demo"
FLOORS = {
    "quote_recall": 1.0,
    "speaker_precision": 1.0,
    "speaker_title_acc": 1.0,
    "speaker_org_acc": 0.94,
    "speaker_kind_acc": 1.0,
    "official_acc": 1.0,
    "says_recall": 1.0,
}
CEILINGS = {"quotes_false": 0, "speakers_unmatched": 0}


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

    out: Path = tmp_path_factory.mktemp("demo-quote-floors")
    settings = Settings()
    res = process_units(discover([str(DEMO)]), settings)
    arts, _ = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "floors") for a in arts], out, "part-floors.parquet", month_partition)
    qrows = [q for a in arts for q in quote_rows(a, "floors")]
    write_partitioned(QUOTES, qrows, out, "part-floors.parquet", run_date_partition(datetime.now(UTC)))
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold", str(GOLD), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(totals: dict[str, float], metric: str) -> None:
    assert totals[metric] is not None and totals[metric] >= FLOORS[metric], (metric, totals[metric])


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(totals: dict[str, float], metric: str) -> None:
    assert totals[metric] <= CEILINGS[metric], (metric, totals[metric])
