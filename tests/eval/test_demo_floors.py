"""Golden floors on the demo corpus (tests/golden/demo): cleaning, titles, outlets, dates. The demo's
templates were first a held-out check of the rules written on ../shared; what it showed was fixed with
general rules and invented unit tests. The floors now guard against regressions. Skipped without
../shared (the scorer)."""

from __future__ import annotations

from typing import Any

BODY_RECALL_FLOOR = 1.0
LEAKS_CEILING = 0
TITLE_ACC_FLOOR = 1.0
OUTLET_ACC_FLOOR = 1.0
DATE_ACC_FLOOR = 1.0
DATES_WRONG_CEILING = 0


def test_every_gold_article_is_found(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["missing"] == 0


def test_body_recall_floor(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["body_recall"] >= BODY_RECALL_FLOOR


def test_no_leaks(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["leaks"] <= LEAKS_CEILING


def test_title_accuracy_floor(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["title_acc"] >= TITLE_ACC_FLOOR


def test_outlet_accuracy_floor(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["outlet_acc"] >= OUTLET_ACC_FLOOR


def test_date_accuracy_floor(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["date_acc"] >= DATE_ACC_FLOOR


def test_no_wrong_date(demo_totals: dict[str, Any]) -> None:
    assert demo_totals["dates_wrong"] <= DATES_WRONG_CEILING
