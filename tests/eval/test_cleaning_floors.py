"""Golden floors for cleaning on ../shared/gold: body recall, leaks and titles (skipped without ../shared)."""

from __future__ import annotations

from typing import Any

BODY_RECALL_FLOOR = 1.0
MUST_HAVE_FLOOR = 1.0
LEAKS_CEILING = 0
TITLE_ACC_FLOOR = 1.0


def test_every_gold_article_is_found(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["missing"] == 0


def test_body_recall_floor(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["body_recall"] >= BODY_RECALL_FLOOR
    assert shared_totals["must_have_recall"] >= MUST_HAVE_FLOOR


def test_no_leaks(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["leaks"] <= LEAKS_CEILING


def test_title_accuracy_floor(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["title_acc"] >= TITLE_ACC_FLOOR
