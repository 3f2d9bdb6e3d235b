"""Golden floors for quote attribution: run the pure pipeline on ../shared seeds + dev, write the tables
with the real writers, score with ../shared/tools/score.py and pin quote_recall, quotes_false, the
speaker attribute accuracies and speaker precision. Skips when ../shared is absent."""

from __future__ import annotations

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


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(shared_totals: dict[str, float], metric: str) -> None:
    assert shared_totals[metric] is not None and shared_totals[metric] >= FLOORS[metric], (metric, shared_totals[metric])


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(shared_totals: dict[str, float], metric: str) -> None:
    assert shared_totals[metric] <= CEILINGS[metric], (metric, shared_totals[metric])


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
