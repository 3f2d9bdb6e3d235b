"""URLs and feeds through the whole flow, against a local HTTP server: pages become articles with the
URL as source, failures become fetch rejects, raw responses are archived and replay offline, and a
feed only yields articles new since the last run."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

PARA = ("قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة إن المحادثات مع الوفد الزائر تناولت ملفات التعاون "
        "الاقتصادي وعودة اللاجئين، مؤكداً أن الحل السياسي هو الطريق الوحيد للاستقرار في المنطقة.")


def page(n: int) -> bytes:
    html = (f"<html><head><title>الخبر رقم {n} - موقع الاختبار</title><meta charset='windows-1256'></head><body>"
            f"<h1>الخبر رقم {n} عن المحادثات</h1><p>{PARA} وأضاف الوزير أن الجولة رقم {n} ستعقد قريبا.</p>"
            f"<p>{PARA.replace('الخارجية', 'الداخلية')}</p></body></html>")
    return html.encode("cp1256")


class Handler(BaseHTTPRequestHandler):
    feed_items: list[int] = [1, 2]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/robots.txt":
            body, ctype, status = b"User-agent: *\nAllow: /\n", "text/plain", 200
        elif self.path.startswith("/news/"):
            body, ctype, status = page(int(self.path.rsplit("/", 1)[1])), "text/html", 200  # charset only in <meta>
        elif self.path == "/feed.xml":
            items = "".join(f"<item><title>t{i}</title><link>{base}/news/{i}</link></item>" for i in self.feed_items)
            body, ctype, status = f"<rss version='2.0'><channel><title>f</title>{items}</channel></rss>".encode(), "application/rss+xml", 200
        else:
            body, ctype, status = b"not found", "text/plain", 404
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("NEWSETL_FETCH_PER_HOST_DELAY_S", "0")
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def table(out: Path, name: str) -> list[dict[str, Any]]:
    path = out / name
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist() if path.exists() else []


def test_urls_archive_and_replay(site: str, tmp_path: Path) -> None:
    from flows.etl import etl

    out = tmp_path / "out"
    urls = [f"{site}/news/7", f"{site}/missing"]
    summary = etl(urls, str(out), "fetch-1")
    assert summary["inputs"] == 2 and summary["articles"] == 1 and summary["rejected"] == 1
    art = table(out, "articles")[0]
    assert art["source"] == f"{site}/news/7" and "وزير الخارجية" in art["text"]
    rej = table(out, "rejects")[0]
    assert (rej["stage"], rej["reason"], rej["source"]) == ("fetch", "fetch:404", f"{site}/missing")
    archive = out / "_raw" / "fetch-1.warc.gz"
    assert archive.exists()
    replayed = tmp_path / "replayed"
    again = etl(urls, str(replayed), "replay-1", replay=str(archive))
    assert again["articles"] == 1 and table(replayed, "articles")[0]["text"] == art["text"]


def test_feed_yields_only_new_articles(site: str, tmp_path: Path) -> None:
    from flows.etl import etl

    out = tmp_path / "out"
    Handler.feed_items = [1, 2]
    first = etl([], str(out), "feed-1", feeds=[f"{site}/feed.xml"])
    assert first["articles"] == 2
    Handler.feed_items = [1, 2, 3]
    second = etl([], str(out), "feed-2", feeds=[f"{site}/feed.xml"])
    assert second["inputs"] == 1 and second["articles"] == 1
    assert sorted(a["source"].rsplit("/", 1)[1] for a in table(out, "articles")) == ["1", "2", "3"]
