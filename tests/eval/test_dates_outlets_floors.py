"""Golden floors for dates and outlets on ../shared/gold (skipped without ../shared).
A wrong date is worse than none: dates_wrong must stay at zero."""

from __future__ import annotations

from typing import Any

DATE_ACC_FLOOR = 1.0
OUTLET_ACC_FLOOR = 1.0


def test_no_wrong_date(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["dates_wrong"] == 0


def test_date_accuracy_floor(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["date_acc"] >= DATE_ACC_FLOOR


def test_outlet_accuracy_floor(shared_totals: dict[str, Any]) -> None:
    assert shared_totals["outlet_acc"] >= OUTLET_ACC_FLOOR
