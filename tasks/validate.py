"""Great Expectations gate: validate the run's articles and quotes; failing rows are quarantined."""

from __future__ import annotations

from typing import Any

from prefect import task

from newsetl.records import Article


def prewarm() -> None:
    """Import Great Expectations (~4 s) in a background thread while pages are being processed."""
    import threading

    threading.Thread(target=lambda: __import__("expectations.runner") and __import__("great_expectations"),
                     name="gx-prewarm", daemon=True).start()


@task(name="validate")
def validate_articles(articles: list[Article], docs_dir: str | None = None) -> tuple[dict[str, str], dict[str, Any]]:
    """Returns ({article_id: failed expectation}, summary)."""
    from expectations.runner import validate_batch  # GX import is slow: only when validating

    return validate_batch(articles, docs_dir)
