"""The quotes suite: every quote row must reference a published article and be well-formed."""

from __future__ import annotations

from typing import Any

from newsetl.schemas import QUOTES

C = {name: name for name in QUOTES.columns}
KINDS = ["named", "anonymous", "role", "institution"]


def build(gx: Any) -> Any:
    e = gx.expectations
    suite = gx.ExpectationSuite(name="quotes")
    for col in ("quote_id", "article_id", "speaker", "quote", "speaker_kind", "quote_type"):
        suite.add_expectation(e.ExpectColumnValuesToNotBeNull(column=C[col]))
    suite.add_expectation(e.ExpectColumnValuesToBeUnique(column=C["quote_id"]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["speaker_kind"], value_set=KINDS))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["quote_type"], value_set=["direct", "indirect"]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="article_known", value_set=[True]))
    suite.add_expectation(e.ExpectColumnValueLengthsToBeBetween(column=C["quote"], min_value=2))
    return suite
