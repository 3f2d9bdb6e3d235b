"""Expectations every suite derives from the declared schema."""

from __future__ import annotations

from typing import Any

from newsetl.schemas import TableSpec


def new_suite(gx: Any, spec: TableSpec) -> Any:
    """A suite for ``spec`` that already expects every non-nullable column of the schema to be filled."""
    suite = gx.ExpectationSuite(name=spec.name)
    for field in spec.schema:
        if not field.nullable:
            suite.add_expectation(gx.expectations.ExpectColumnValuesToNotBeNull(column=field.name))
    return suite
