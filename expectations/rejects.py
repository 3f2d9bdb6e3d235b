"""The rejects suite: every reject row names where it came from, a known stage and a stable code."""

from __future__ import annotations

from typing import Any

from expectations.common import new_suite
from newsetl.schemas import REJECTS

C = {name: name for name in REJECTS.columns}
STAGES = ["read", "fetch", "parse", "extract", "clean", "dedup", "validate", "filter"]
REASON_CODE = r"^[a-z_]+(?::[A-Za-z0-9_.:-]+)?$"  # e.g. not_arabic, fetch:404, validation:expect_...:title


def build(gx: Any) -> Any:
    e = gx.expectations
    suite = new_suite(gx, REJECTS)
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["stage"], value_set=STAGES))
    suite.add_expectation(e.ExpectColumnValuesToMatchRegex(column=C["reason"], regex=REASON_CODE))
    return suite
