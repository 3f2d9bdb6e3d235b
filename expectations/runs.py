"""The runs suite: one row per run and metric, every count a non-negative number."""

from __future__ import annotations

from typing import Any

from expectations.common import new_suite
from newsetl.schemas import RUNS

C = {name: name for name in RUNS.columns}


def build(gx: Any) -> Any:
    e = gx.expectations
    suite = new_suite(gx, RUNS)
    suite.add_expectation(e.ExpectCompoundColumnsToBeUnique(column_list=[C["run_id"], C["metric"]]))
    suite.add_expectation(e.ExpectColumnValuesToBeBetween(column=C["value"], min_value=0))
    return suite
