"""Fetching: the one network task, and the only task with retries.

``fetch_urls`` fetches article URLs politely (robots.txt, per-host concurrency and delay, backoff on
429/5xx) and archives every exchange in ``warc_path``; the flow then reads that archive with the WARC
reader (pages come back with ``source`` = the requested URL) and adds ``report.failed`` to the rejects.
With ``replay`` (a WARC written by an earlier run) nothing touches the network. A task retry rewrites
the archive from scratch (it is written to ``<path>.part`` and renamed), so retries are idempotent;
individual URL failures never raise, they are fetch rejects in the report.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsetl.readers.feeds import FeedError, discover_feed
from newsetl.readers.fetch import FetchReport, FetchSettings, fetch_to_warc, open_fetcher


@task(name="fetch-urls", retries=2, retry_delay_seconds=[10, 60], cache_policy=NO_CACHE)
def fetch_urls(urls: list[str], warc_path: str, replay: str | None = None,
               settings: FetchSettings | None = None, info: dict[str, str] | None = None) -> FetchReport:
    fetcher = open_fetcher(replay, settings)
    try:
        return fetch_to_warc(urls, warc_path, fetcher, info)
    finally:
        fetcher.close()


@task(name="discover-feeds", cache_policy=NO_CACHE)
def discover_feeds(feeds: list[str], seen: set[str], settings: FetchSettings | None = None) -> tuple[list[str], set[str], list[str]]:
    """New article URLs of every feed, the updated ``seen`` set (to persist after the run commits),
    and one error line per feed that could not be read (a broken feed does not stop the run)."""
    fetcher = open_fetcher(None, settings)
    seen = set(seen)
    urls: list[str] = []
    errors: list[str] = []
    try:
        for feed in feeds:
            try:
                urls += [u for u in discover_feed(feed, fetcher, seen) if u not in urls]
            except FeedError as exc:
                errors.append(f"{feed}: {exc}")
    finally:
        fetcher.close()
    return urls, seen, errors
