"""Feed and sitemap discovery: RSS 2.0, Atom, (news) sitemaps and indexes; only new URLs."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsetl.readers.feeds import FeedError, discover_feed, parse_feed
from newsetl.readers.fetch import FetchSettings, HttpFetcher

RSS = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>أخبار</title><link>https://news.example/</link>
<item><title>خبر أول</title><link>https://news.example/a/1#comments</link></item>
<item><title>خبر ثان</title><guid isPermaLink="true">https://news.example/a/2</guid></item>
<item><title>بلا رابط</title><guid isPermaLink="false">tag:news.example,1</guid></item>
<item><title>نسخة</title><link>https://news.example/a/1</link></item>
<item><title>نسبي</title><link>/a/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title>
<entry><title>أ</title><link rel="self" href="https://agency.example/api/1"/>
  <link rel="alternate" type="text/html" href="https://agency.example/ar/1"/></entry>
<entry><title>ب</title><link href="https://agency.example/ar/2"/></entry>
</feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/n/1</loc><news:news><news:publication_date>2024-05-01T10:00:00+03:00</news:publication_date>
<news:title>خبر</news:title></news:news></url>
<url><loc>{base}/n/2</loc></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sm1.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
<sitemap><loc>{base}/sm2.xml.gz</loc><lastmod>{lastmod}</lastmod></sitemap>
<sitemap><loc>{base}/broken.xml</loc></sitemap>
</sitemapindex>"""


def test_rss_links_guids_relative_and_duplicates() -> None:
    feed = parse_feed(RSS.encode("cp1256"), "https://news.example/rss")
    assert feed.kind == "rss"
    assert feed.links == ["https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3"]


def test_atom_prefers_the_html_alternate() -> None:
    feed = parse_feed(ATOM.encode())
    assert feed.kind == "atom" and feed.links == ["https://agency.example/ar/1", "https://agency.example/ar/2"]


def test_news_sitemap_gzip_and_garbage() -> None:
    feed = parse_feed(gzip.compress(NEWS_SITEMAP.format(base="https://s.example").encode()))
    assert feed.kind == "sitemap" and feed.links == ["https://s.example/n/1", "https://s.example/n/2"]
    with pytest.raises(FeedError):
        parse_feed(b"<html><body>not a feed</body></html>")
    with pytest.raises(FeedError):
        parse_feed(b"")
    evil = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>'
    assert parse_feed(evil).links == []  # entities are never resolved


def test_local_feed_only_new_urls(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS.encode("cp1256"))
    seen: set[str] = set()
    first = discover_feed(str(path), None, seen)
    assert first == ["https://news.example/a/1", "https://news.example/a/2"]  # no base URL for a file: /a/3 dropped
    assert discover_feed(str(path), None, seen) == []
    with pytest.raises(FeedError):
        discover_feed(str(tmp_path / "none.xml"), None, set())


@pytest.fixture()
def site() -> Iterator[tuple[str, dict[str, bytes], dict[str, int]]]:
    pages: dict[str, bytes] = {}
    hits: dict[str, int] = {}

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            hits[self.path] = hits.get(self.path, 0) + 1
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", pages, hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_sitemap_index_over_http_with_seen_state(site: tuple[str, dict[str, bytes], dict[str, int]]) -> None:
    base, pages, hits = site
    pages["/robots.txt"] = b"User-agent: *\nAllow: /\n"
    pages["/index.xml"] = INDEX.format(base=base, lastmod="2024-05-02").encode()
    pages["/sm1.xml"] = NEWS_SITEMAP.format(base=base).encode()
    pages["/sm2.xml.gz"] = gzip.compress(NEWS_SITEMAP.format(base=base).replace("/n/", "/m/").encode())
    pages["/broken.xml"] = b"<html>oops</html>"
    seen: set[str] = set()
    with HttpFetcher(FetchSettings(per_host_delay_s=0.0, backoff_base_s=0.01)) as f:
        first = discover_feed(f"{base}/index.xml", f, seen)
        assert first == [f"{base}/n/1", f"{base}/n/2", f"{base}/m/1", f"{base}/m/2"]
        assert discover_feed(f"{base}/index.xml", f, seen) == []
        assert hits["/sm1.xml"] == 1 and hits["/sm2.xml.gz"] == 1  # unchanged children are not fetched again
        pages["/index.xml"] = INDEX.format(base=base, lastmod="2024-05-03").encode()
        pages["/sm2.xml.gz"] = gzip.compress(NEWS_SITEMAP.format(base=base).replace("/n/", "/m/")
                                             .replace("</urlset>", f"<url><loc>{base}/m/3</loc></url></urlset>").encode())
        assert discover_feed(f"{base}/index.xml", f, seen) == [f"{base}/m/3"]
        with pytest.raises(FeedError, match="fetch:404"):
            discover_feed(f"{base}/nope.xml", f, seen)
