"""The dedup index: URL keys, exact content hashes, and MinHash LSH for near copies.

``check`` decides for one article against everything indexed so far (earlier runs and earlier
articles of this run); ``add`` indexes it. ``rows()`` gives what to persist for later runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsetl.records import Article


@dataclass(frozen=True)
class Decision:
    kind: str  # new | duplicate_url | duplicate_content | exact | near
    target: str | None = None  # article_id of the canonical copy
    similarity: float | None = None


class DedupIndex:
    def __init__(self, threshold: float = 0.7) -> None:
        self.threshold = threshold
        self.by_url: dict[str, str] = {}
        self.by_hash: dict[str, str] = {}
        self.ids: set[str] = set()
        self._new: list[dict[str, Any]] = []

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]], threshold: float = 0.7) -> DedupIndex:
        idx = cls(threshold)
        for r in rows:
            idx._index(r["article_id"], r.get("url_key"), r["content_hash"], r.get("canonical_id"))
        return idx

    def _index(self, article_id: str, url_key: str | None, chash: str, canonical: str | None) -> None:
        self.ids.add(article_id)
        if url_key:
            self.by_url.setdefault(url_key, article_id)
        self.by_hash.setdefault(chash, canonical or article_id)

    def check(self, art: Article) -> Decision:
        if art.url_key and art.url_key in self.by_url:
            return Decision("duplicate_url", self.by_url[art.url_key], 1.0)
        if art.article_id in self.ids:
            return Decision("duplicate_content", art.article_id, 1.0)
        if art.content_hash in self.by_hash:
            return Decision("exact", self.by_hash[art.content_hash], 1.0)
        return Decision("new")

    def add(self, art: Article) -> None:
        self._index(art.article_id, art.url_key, art.content_hash, art.duplicate_of)
        self._new.append({"article_id": art.article_id, "url_key": art.url_key, "content_hash": art.content_hash,
                          "canonical_id": art.duplicate_of or art.article_id})

    def rows(self) -> list[dict[str, Any]]:
        return list(self._new)


def deduplicate(articles: list[Article], index: DedupIndex) -> tuple[list[Article], list[tuple[Article, Decision]]]:
    """Decide every article of a run against the index, in canonical-preference order (earliest
    published, then longest). Returns (articles to publish, with duplicate_of/similarity set;
    articles refused with their decision: same URL or same content without URL)."""
    order = sorted(articles, key=lambda a: (a.published_date is None, a.published_date or 0, -len(a.text), a.source))
    kept: list[Article] = []
    refused: list[tuple[Article, Decision]] = []
    for art in order:
        d = index.check(art)
        if d.kind in ("duplicate_url", "duplicate_content"):
            refused.append((art, d))
            continue
        art = art.with_dedup(d.target, d.similarity) if d.kind in ("exact", "near") else art
        index.add(art)
        kept.append(art)
    return kept, refused
