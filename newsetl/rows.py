"""Records to table rows (dicts keyed by the declared column names) and partition values."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from newsetl.records import Article, Quote, Rejection


def article_row(a: Article, run_id: str) -> dict[str, Any]:
    return {
        "article_id": a.article_id, "url": a.url, "source": a.source, "outlet": a.outlet, "site_name": a.site_name,
        "title": a.title, "text": a.text, "published_at": a.published_at, "published_date": a.published_date,
        "date_source": a.date_source, "duplicate_of": a.duplicate_of, "similarity": a.similarity,
        "author": a.author, "dateline": a.dateline, "agency": a.agency, "language": a.language,
        "word_count": a.word_count, "quote_count": len(a.quotes), "content_hash": a.content_hash,
        "fetched_at": a.fetched_at,
        "published_date_str": a.published_date.isoformat() if a.published_date else None, "run_id": run_id,
    }


def quote_rows(a: Article, run_id: str) -> list[dict[str, Any]]:
    return [quote_row(a.article_id, i, q, run_id) for i, q in enumerate(a.quotes)]


def quote_row(article_id: str, i: int, q: Quote, run_id: str) -> dict[str, Any]:
    return {
        "quote_id": f"{article_id}:{i}", "article_id": article_id, "speaker": q.speaker,
        "speaker_title": q.speaker_title, "speaker_org": q.speaker_org, "speaker_kind": q.speaker_kind,
        "is_official": q.is_official, "official_id": q.official_id, "quote": q.quote, "quote_type": q.quote_type,
        "start": q.start if q.start >= 0 else None, "end": q.end if q.end >= 0 else None, "verb": q.verb,
        "run_id": run_id,
    }


def reject_row(r: Rejection, run_id: str, url: str | None = None, article_id: str | None = None) -> dict[str, Any]:
    return {"source": r.source, "stage": r.stage, "reason": r.reason, "detail": r.detail, "url": url,
            "article_id": article_id, "run_id": run_id}


def month_partition(row: Mapping[str, Any]) -> str:
    d = row.get("published_date")
    return d.strftime("%Y-%m") if d else "unknown"


def run_date_partition(started: datetime) -> Any:
    value = started.strftime("%Y-%m-%d")
    return lambda _row: value
