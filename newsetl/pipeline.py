"""The per-page chain, as pure functions: read units, extract, clean, annotate. No orchestration here:
tasks call these on batches; tests call them directly.

    RawPage -> (html | text dump) extraction -> language gate -> outlet -> date -> quotes -> Article
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsetl.deadline import PageTimeout, run_with_deadline
from newsetl.dedup.fingerprint import content_hash
from newsetl.dedup.urls import url_key
from newsetl.extract.dates import extract_date
from newsetl.extract.html import extract_html
from newsetl.extract.outlets import extract_outlet
from newsetl.extract.quotes import extract_quotes
from newsetl.extract.textdump import extract_text_dump
from newsetl.readers import InputUnit, read_unit
from newsetl.records import Article, Extraction, RawPage, Rejection
from newsetl.settings import Settings
from newsetl.text.language import identify

# trafilatura logs a WARNING for every page it cannot use; the page's reject row already says why.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class BatchResult:
    """What one batch of input units gave: articles, rejects, and stage timings in seconds."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Rejection] = field(default_factory=list)
    timings: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    def extend(self, other: BatchResult) -> None:
        self.articles.extend(other.articles)
        self.rejects.extend(other.rejects)
        for k, v in other.timings.items():
            self.timings[k] += v


def make_article_id(url_k: str | None, chash: str) -> str:
    basis = f"url:{url_k}" if url_k else f"content:{chash}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


def extract(page: RawPage) -> Extraction:
    if page.kind == "html":
        return extract_html(page.content, page.url)
    return extract_text_dump(page.content, page.url)


def process_page(page: RawPage, settings: Settings, timings: defaultdict[str, float] | None = None) -> Article | Rejection:
    """One page to an Article, or a Rejection with the stage and reason."""
    clock: defaultdict[str, float] = timings if timings is not None else defaultdict(float)
    t0 = time.perf_counter()
    if not page.content.strip():
        return Rejection(page.source, "read", "empty_input", "no content", page.input_key)
    try:
        ex = extract(page)
    except (ValueError, RecursionError, MemoryError) as exc:
        return Rejection(page.source, "parse", "unparseable", f"{type(exc).__name__}: {exc}"[:300], page.input_key)
    t1 = time.perf_counter()
    clock["extract"] += t1 - t0
    if ex.signals.get("parse_error"):
        return Rejection(page.source, "parse", "unparseable", str(ex.signals["parse_error"]), page.input_key)
    body = ex.text
    verdict = identify(ex.title + "\n" + body if body else ex.title, settings.min_arabic_share)
    if verdict.language not in ("ar", "unknown"):
        return Rejection(page.source, "clean", "not_arabic", verdict.detail, page.input_key)
    if not body.strip():
        return Rejection(page.source, "clean", "empty_after_cleaning", f"{len(ex.dropped)} lines, all page chrome", page.input_key)
    if verdict.language == "unknown":
        return Rejection(page.source, "clean", "not_arabic", verdict.detail, page.input_key)
    if len(body) < settings.min_body_chars:
        return Rejection(page.source, "clean", "too_short", f"{len(body)} characters of body text", page.input_key)
    url = ex.signals.get("canonical_url") or page.url
    outlet = extract_outlet(ex.signals, url, title=ex.title, lines=ex.paragraphs, dropped=ex.dropped)
    date = extract_date(ex.signals, url, ex.paragraphs, page.fetched_at, outlet.timezone,
                        title=ex.title, dropped=ex.dropped)
    t2 = time.perf_counter()
    clock["metadata"] += t2 - t1
    quotes = tuple(extract_quotes(body, ex.title))
    clock["quotes"] += time.perf_counter() - t2
    ukey = url_key(url)
    chash = content_hash(body)
    return Article(
        article_id=make_article_id(ukey, chash), url=url, source=page.source, outlet=outlet.outlet,
        site_name=outlet.site_name, title=ex.title, text=body, published_at=date.published_at,
        published_date=date.published_date, date_source=date.source, content_hash=chash,
        input_key=page.input_key, fetched_at=page.fetched_at, author=ex.signals.get("author") or outlet.author,
        dateline=ex.signals.get("dateline") or outlet.dateline, agency=ex.signals.get("agency") or outlet.agency,
        language="ar",
        word_count=len(body.split()), quotes=quotes, url_key=ukey,
    )


def guarded(page: RawPage, settings: Settings, timings: defaultdict[str, float]) -> Article | Rejection:
    """process_page, where an unexpected error on one page becomes that page's reject, never the run's
    failure. The reason names the exception type so it can be counted and fixed."""
    try:
        return run_with_deadline(lambda: process_page(page, settings, timings), settings.page_timeout_s)
    except PageTimeout:
        return Rejection(page.source, "extract", "timeout", f"extraction ran over {settings.page_timeout_s} s", page.input_key)
    except Exception as exc:  # noqa: BLE001  (one bad page must never fail a run)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {exc} at {Path(where.filename).name}:{where.lineno}"
        return Rejection(page.source, "extract", f"extractor_error:{type(exc).__name__}", detail[:500], page.input_key)


def process_units(units: Iterable[InputUnit], settings: Settings, skip_keys: frozenset[str] = frozenset()) -> BatchResult:
    """Read and process every page of the units. Inputs in ``skip_keys`` were ingested by an earlier
    run: they become ``already_ingested`` rejects without being extracted again."""
    out = BatchResult()
    for unit in units:
        t0 = time.perf_counter()
        for item in read_unit(unit, settings.max_page_bytes):
            out.timings["read"] += time.perf_counter() - t0
            if item.input_key and item.input_key in skip_keys:
                out.rejects.append(Rejection(item.source, "dedup", "already_ingested", "input ingested by an earlier run", item.input_key))
            else:
                res = item if isinstance(item, Rejection) else guarded(item, settings, out.timings)
                (out.rejects if isinstance(res, Rejection) else out.articles).append(res)  # type: ignore[arg-type]
            t0 = time.perf_counter()
    return out
