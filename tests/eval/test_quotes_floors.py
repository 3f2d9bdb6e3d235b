"""Golden floors for quote attribution: run the pure pipeline on ../shared seeds + dev, write the tables
with the real writers, score with ../shared/tools/score.py and pin quote_recall, quotes_false, the
speaker attribute accuracies and speaker precision. Skips when ../shared is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import need_shared

FLOORS = {
    "quote_recall": 1.0,
    "speaker_title_acc": 1.0,
    "speaker_org_acc": 0.98,
    "speaker_kind_acc": 0.98,
    "official_acc": 1.0,
    "says_recall": 0.95,
    "speaker_precision": 1.0,
}
CEILINGS = {"quotes_false": 0, "speakers_unmatched": 0}


@pytest.fixture(scope="module")
def totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    shared = need_shared()
    from newsetl.dedup.index import DedupIndex, deduplicate
    from newsetl.io.parquet import write_partitioned
    from newsetl.pipeline import process_units
    from newsetl.readers import discover
    from newsetl.rows import article_row, month_partition, quote_rows, run_date_partition
    from newsetl.schemas import ARTICLES, QUOTES
    from newsetl.settings import Settings

    out: Path = tmp_path_factory.mktemp("quotes-floors")
    settings = Settings()
    res = process_units(discover([str(shared / "seeds"), str(shared / "dev")]), settings)
    arts, _ = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "floors") for a in arts], out, "part-floors.parquet", month_partition)
    qrows = [q for a in arts for q in quote_rows(a, "floors")]
    write_partitioned(QUOTES, qrows, out, "part-floors.parquet", run_date_partition(datetime.now(UTC)))
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold", str(shared / "gold"),
           "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(totals: dict[str, float], metric: str) -> None:
    assert totals[metric] is not None and totals[metric] >= FLOORS[metric], (metric, totals[metric])


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(totals: dict[str, float], metric: str) -> None:
    assert totals[metric] <= CEILINGS[metric], (metric, totals[metric])


def test_quotes_are_fast() -> None:
    """The whole dev set's text through the extractor in well under a second per article."""
    shared = need_shared()
    import time

    from newsetl.extract.quotes import extract_quotes

    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "dev" / "real").glob("*.txt"))]
    t0 = time.perf_counter()
    for t in texts:
        extract_quotes(t)
    assert (time.perf_counter() - t0) / max(1, len(texts)) < 0.25
