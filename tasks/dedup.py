"""Deduplication against the persistent index (runs in the flow process: the index is stateful)."""

from __future__ import annotations

from prefect import task

from newsetl.dedup.index import Decision, DedupIndex, deduplicate
from newsetl.records import Article


@task(name="deduplicate")
def dedup_articles(articles: list[Article], index: DedupIndex) -> tuple[list[Article], list[tuple[Article, Decision]]]:
    return deduplicate(articles, index)
