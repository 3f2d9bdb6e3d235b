"""The quotes suite: every quote row must reference a published article and be well-formed."""

from __future__ import annotations

from typing import Any

from expectations.common import new_suite
from newsetl.schemas import QUOTES

C = {name: name for name in QUOTES.columns}
KINDS = ["named", "anonymous", "role", "institution"]


def build(gx: Any) -> Any:
    e = gx.expectations
    suite = new_suite(gx, QUOTES)
    suite.add_expectation(e.ExpectColumnValuesToBeUnique(column=C["quote_id"]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["speaker_kind"], value_set=KINDS))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["quote_type"], value_set=["direct", "indirect"]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="article_known", value_set=[True]))
    suite.add_expectation(e.ExpectColumnValueLengthsToBeBetween(column=C["quote"], min_value=2))
    return suite
