"""The articles suite: what every published article row must satisfy."""

from __future__ import annotations

from typing import Any

from expectations.common import new_suite
from newsetl.schemas import ARTICLES

C = {name: name for name in ARTICLES.columns}
MIN_TEXT_CHARS = 80
MIN_ARABIC_SHARE = 0.5


def build(gx: Any) -> Any:
    e = gx.expectations
    suite = new_suite(gx, ARTICLES)
    suite.add_expectation(e.ExpectColumnValuesToBeUnique(column=C["article_id"]))
    suite.add_expectation(e.ExpectColumnValuesToBeBetween(column="text_length", min_value=MIN_TEXT_CHARS))
    suite.add_expectation(e.ExpectColumnValuesToBeBetween(column="arabic_share", min_value=MIN_ARABIC_SHARE, max_value=1.0))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="boilerplate_left", value_set=[False]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="title_is_site_name", value_set=[False]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="date_in_future", value_set=[False]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["language"], value_set=["ar"]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="duplicate_target_known", value_set=[True]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column=C["date_source"],
                                                        value_set=["jsonld", "meta", "time", "url", "text", "hijri"],
                                                        mostly=1.0))
    return suite
