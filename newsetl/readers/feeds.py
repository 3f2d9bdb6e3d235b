"""Discovery: article URLs from RSS 2.0, Atom, sitemaps and Google News sitemaps, new since the last run.

``parse_feed(data, base_url)`` is pure (lxml, no network, no entity expansion): it returns a
``Feed`` with the article links and, for a sitemap index, the child sitemaps. ``discover_feed``
gets the document (a local path, or a URL through a ``Fetcher``, so robots.txt, politeness and
retries apply), follows a sitemap index one level down, and keeps only URLs not in ``seen``.

``seen`` is the caller's memory of earlier runs, updated in place: it receives every returned
article URL and, for sitemap indexes, ``sitemap:<url>@<lastmod>`` markers so an unchanged child
sitemap is not fetched again. Persist it only after the run that processed the URLs committed.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin

from lxml import etree

from newsetl.readers.fetch import Fetcher, is_fetchable

MAX_CHILD_SITEMAPS = 50
MAX_FEED_BYTES = 50_000_000


@dataclass
class Feed:
    kind: str  # rss | atom | sitemap | sitemapindex | unknown
    links: list[str] = field(default_factory=list)  # article URLs, document order, deduplicated
    children: list[tuple[str, str | None]] = field(default_factory=list)  # (sitemap URL, lastmod)


class FeedError(ValueError):
    """A feed that cannot be fetched or parsed."""


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _child(el: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def normalise(url: str, base: str | None = None) -> str | None:
    url = url.strip()
    if not url:
        return None
    if base:
        url = urljoin(base, url)
    url = urldefrag(url)[0]
    return url if is_fetchable(url) else None


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    """Links of an RSS/Atom feed or a (news) sitemap. Raises FeedError when it is none of these."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise FeedError(f"corrupt gzip: {exc}") from exc
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data.lstrip(), parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not XML: {exc}") from exc
    if root is None:
        raise FeedError("not XML: empty document")
    kind = _local(root.tag)
    raw: list[str] = []
    feed = Feed(kind)
    if kind in ("rss", "rdf"):
        feed.kind = "rss"
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = _text(_child(item, "link"))
            guid = _child(item, "guid")
            if not link and guid is not None and guid.get("isPermaLink", "true").lower() != "false":
                link = _text(guid)
            if not link and item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
                link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "")
            raw.append(link)
    elif kind == "feed":
        feed.kind = "atom"
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            links = [c for c in entry if _local(c.tag) == "link"]
            best = next((c for c in links if c.get("rel", "alternate") == "alternate"
                         and c.get("type", "text/html") in ("text/html", "application/xhtml+xml")), None)
            if best is None:
                best = next((c for c in links if c.get("rel", "alternate") == "alternate"), None)
            raw.append(best.get("href", "") if best is not None else "")
    elif kind == "urlset":
        feed.kind = "sitemap"
        raw = [_text(_child(u, "loc")) for u in root if _local(u.tag) == "url"]
    elif kind == "sitemapindex":
        feed.kind = "sitemapindex"
        for sm in root:
            if _local(sm.tag) == "sitemap":
                loc = normalise(_text(_child(sm, "loc")), base_url)
                if loc:
                    feed.children.append((loc, _text(_child(sm, "lastmod")) or None))
    else:
        raise FeedError(f"not a feed or sitemap (root element <{kind}>)")
    seen: set[str] = set()
    for link in raw:
        url = normalise(link, base_url)
        if url and url not in seen:
            seen.add(url)
            feed.links.append(url)
    return feed


def _get(location: str, fetcher: Fetcher | None) -> tuple[bytes, str | None]:
    if is_fetchable(location):
        if fetcher is None:
            raise FeedError(f"{location}: a fetcher is needed for a feed URL")
        res = fetcher.fetch(location)
        if res.rejection is not None or res.page is None:
            why = res.rejection.reason if res.rejection is not None else "no response"
            raise FeedError(f"{location}: {why} ({res.rejection.detail if res.rejection else ''})")
        return res.page.body, res.final_url or location
    path = Path(location)
    if not path.is_file():
        raise FeedError(f"feed not found: {location}")
    with path.open("rb") as fh:
        return fh.read(MAX_FEED_BYTES), None


def discover_feed(url_or_path: str, fetcher: Fetcher | None, seen: set[str]) -> list[str]:
    """Article URLs of a feed or sitemap (index) not in ``seen``, in document order; ``seen`` is
    updated with them. Raises FeedError when the feed itself cannot be fetched or parsed; a broken
    child sitemap of an index is skipped (and retried next run, as its marker is not recorded)."""
    data, base = _get(url_or_path, fetcher)
    feed = parse_feed(data, base)
    links = list(feed.links)
    for child, lastmod in feed.children[:MAX_CHILD_SITEMAPS]:
        marker = f"sitemap:{child}@{lastmod}" if lastmod else None
        if marker and marker in seen:
            continue
        try:
            sub = parse_feed(*_get(child, fetcher))
        except FeedError:
            continue
        links.extend(sub.links)  # one level only: an index inside an index is not followed
        if marker:
            seen.add(marker)
    return _new(links, seen)


def _new(links: Iterable[str], seen: set[str]) -> list[str]:
    out: list[str] = []
    for url in links:
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out
