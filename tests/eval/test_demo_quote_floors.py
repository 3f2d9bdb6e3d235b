"""Golden floors for quote attribution on the demo corpus (tests/golden/demo, shared fixture in
tests/eval/conftest.py). The demo was first a held-out check; the failures it showed were then fixed
with general rules, each tested on invented sentences (tests/extract/quote_sentences.json). The floors
now guard against regressions: every required speaker found, no false or unmatched speaker."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(demo_totals: dict[str, float], metric: str) -> None:
    assert demo_totals[metric] is not None and demo_totals[metric] >= FLOORS[metric], (metric, demo_totals[metric])


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(demo_totals: dict[str, float], metric: str) -> None:
    assert demo_totals[metric] <= CEILINGS[metric], (metric, demo_totals[metric])
