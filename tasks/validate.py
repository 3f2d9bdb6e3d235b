"""Great Expectations gate: validate the run's articles and quotes; failing rows are quarantined."""

from __future__ import annotations

import functools
from typing import Any

from prefect import task

from newsetl.records import Article


@task(name="validate-bookkeeping")
def validate_bookkeeping(tables: dict[str, list[dict[str, Any]]], docs_dir: str | None = None) -> dict[str, Any]:
    """The rejects and runs suites on the rows about to be written."""
    from expectations.runner import validate_bookkeeping as run_suites

    return run_suites(tables, docs_dir)


@functools.cache
def prewarm() -> None:
    """Import Great Expectations (~3 s) in a background thread, once per process, while the command waits
    for its Prefect server and processes pages."""
    import threading

    threading.Thread(target=lambda: __import__("expectations.runner") and __import__("great_expectations"),
                     name="gx-prewarm", daemon=True).start()


@task(name="validate")
def validate_articles(articles: list[Article], docs_dir: str | None = None,
                      known_ids: frozenset[str] = frozenset()) -> tuple[dict[str, str], dict[str, Any]]:
    """Returns ({article_id: failed expectation}, summary)."""
    from expectations.runner import validate_batch  # GX import is slow: only when validating

    return validate_batch(articles, docs_dir, known_ids)
