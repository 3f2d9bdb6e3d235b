"""Fetching against a local HTTP server (never the internet), archiving to WARC and replaying offline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsetl.readers import discover, read_unit
from newsetl.readers.fetch import (
    USER_AGENT,
    FetchSettings,
    HttpFetcher,
    SnapshotFetcher,
    _retry_after,
    fetch_to_warc,
    split_url_units,
)
from newsetl.records import RawPage, Rejection

ARTICLE = "<html><head><title>خبر عاجل</title></head><body><p>قال وزير الخارجية إن المحادثات مستمرة.</p></body></html>"


@dataclass
class ServerState:
    hits: dict[str, int] = field(default_factory=dict)
    log: list[tuple[str, float, str]] = field(default_factory=list)  # path, time, user agent
    inflight: int = 0
    max_inflight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: ServerState

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        st = self.state
        path = self.path
        with st.lock:
            n = st.hits[path] = st.hits.get(path, 0) + 1
            st.log.append((path, time.monotonic(), self.headers.get("User-Agent", "")))
            st.inflight += 1
            st.max_inflight = max(st.max_inflight, st.inflight)
        try:
            self.route(path, n)
        finally:
            with st.lock:
                st.inflight -= 1

    def route(self, path: str, n: int) -> None:
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/ar-1256":  # charset only in the Content-Type header
            self._send(200, ARTICLE.encode("cp1256"), "text/html; charset=windows-1256")
        elif path == "/missing":
            self._send(404, b"<html>not found</html>")
        elif path == "/flaky":  # 500 then 200
            self._send(500, b"oops") if n == 1 else self._send(200, ARTICLE.encode())
        elif path == "/busy":  # 429 with Retry-After then 200
            self._send(429, b"slow down", headers={"Retry-After": "1"}) if n == 1 else self._send(200, ARTICLE.encode())
        elif path == "/down":
            self._send(503, b"down")
        elif path == "/r1":
            self._send(302, b"", headers={"Location": "/r2"})
        elif path == "/r2":
            self._send(301, b"", headers={"Location": "/final?x=1"})
        elif path == "/final?x=1":
            self._send(200, ARTICLE.encode())
        elif path == "/to-private":
            self._send(302, b"", headers={"Location": "/private/secret"})
        elif path == "/big":
            self._send(200, b"<html>" + b"x" * 200_000 + b"</html>")
        elif path == "/big-stream":  # no Content-Length: the cap applies while streaming
            self._send(200, b"<html>" + b"y" * 200_000 + b"</html>", length=False)
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            time.sleep(1.5)
        elif path.startswith("/wait"):
            time.sleep(0.15)
            self._send(200, ARTICLE.encode())
        elif path == "/logo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        else:
            self._send(404, b"no route")


@pytest.fixture()
def server() -> Iterator[tuple[str, ServerState]]:
    state = ServerState()
    handler = type("H", (Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    finally:
        httpd.shutdown()
        httpd.server_close()


FAST = FetchSettings(per_host_delay_s=0.0, backoff_base_s=0.01, max_retries=2, connect_timeout_s=2.0,
                     read_timeout_s=0.4, total_timeout_s=3.0, max_bytes=50_000, max_workers=4)


def test_charset_from_header_user_agent_and_robots_cached(server: tuple[str, ServerState]) -> None:
    base, state = server
    with HttpFetcher(FAST) as f:
        res = f.fetch(f"{base}/ar-1256")
        res2 = f.fetch(f"{base}/ar-1256")
    assert res.ok and res2.ok and res.final_url == f"{base}/ar-1256"
    assert res.page is not None and res.page.body == ARTICLE.encode("cp1256")
    assert state.hits["/robots.txt"] == 1  # cached per host
    assert all(ua == USER_AGENT for _, _, ua in state.log) and "newsetl" in USER_AGENT and "+http" in USER_AGENT


def test_status_failures_become_fetch_rejects(server: tuple[str, ServerState]) -> None:
    base, state = server
    with HttpFetcher(FAST) as f:
        missing, down, private, via = (f.fetch(f"{base}{p}") for p in ("/missing", "/down", "/private/x", "/to-private"))
        bad = f.fetch("ftp://example.com/x")
    assert missing.rejection is not None and missing.rejection.reason == "fetch:404"
    assert missing.rejection.stage == "fetch" and missing.rejection.source == f"{base}/missing"
    assert down.rejection is not None and down.rejection.reason == "fetch:503" and state.hits["/down"] == 3
    assert private.rejection is not None and private.rejection.reason == "fetch:robots"
    assert "/private/x" not in state.hits
    assert via.rejection is not None and via.rejection.reason == "fetch:robots"  # checked on every hop
    assert bad.rejection is not None and bad.rejection.reason == "fetch:error"


def test_500_then_200_is_retried(server: tuple[str, ServerState]) -> None:
    base, state = server
    with HttpFetcher(FAST) as f:
        res = f.fetch(f"{base}/flaky")
    assert res.ok and state.hits["/flaky"] == 2
    assert [e.role for e in res.exchanges] == ["attempt", "page"] and res.exchanges[0].status == 500


def test_429_honours_retry_after(server: tuple[str, ServerState]) -> None:
    base, state = server
    with HttpFetcher(FAST) as f:
        t = time.monotonic()
        res = f.fetch(f"{base}/busy")
        elapsed = time.monotonic() - t
    assert res.ok and state.hits["/busy"] == 2
    assert elapsed >= 0.95  # Retry-After: 1, although the backoff base is 10 ms
    with HttpFetcher(FetchSettings(**{**FAST.__dict__, "max_retry_after_s": 0.5})) as f:
        state.hits.pop("/busy")
        res = f.fetch(f"{base}/busy")
    assert res.rejection is not None and res.rejection.reason == "fetch:429"


def test_retry_after_parsing() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert _retry_after("soon") is None and _retry_after(None) is None


def test_redirect_chain_is_followed_and_recorded(server: tuple[str, ServerState]) -> None:
    base, _ = server
    with HttpFetcher(FAST) as f:
        res = f.fetch(f"{base}/r1")
    assert res.ok and res.final_url == f"{base}/final?x=1"
    assert [(e.role, e.status) for e in res.exchanges] == [("redirect", 302), ("redirect", 301), ("page", 200)]


def test_size_cap_and_timeout(server: tuple[str, ServerState]) -> None:
    base, _ = server
    with HttpFetcher(FAST) as f:
        big, stream = f.fetch(f"{base}/big"), f.fetch(f"{base}/big-stream")
        t = time.monotonic()
        slow = f.fetch(f"{base}/slow")
        elapsed = time.monotonic() - t
    assert big.rejection is not None and big.rejection.reason == "fetch:too_large"
    assert stream.rejection is not None and stream.rejection.reason == "fetch:too_large"
    assert len(stream.exchanges[-1].body) <= 50_000
    assert slow.rejection is not None and slow.rejection.reason == "fetch:timeout"
    assert elapsed < 3.0  # three attempts of a 0.4 s read timeout, not three 1.5 s waits


def test_per_host_concurrency_and_delay(server: tuple[str, ServerState]) -> None:
    base, state = server
    settings = FetchSettings(**{**FAST.__dict__, "per_host_concurrency": 1, "per_host_delay_s": 0.1})
    with HttpFetcher(settings) as f:
        results = list(f.fetch_all([f"{base}/wait{i}" for i in range(4)]))
    assert all(r.ok for r in results) and [r.url for r in results] == [f"{base}/wait{i}" for i in range(4)]
    assert state.max_inflight == 1
    starts = sorted(t for p, t, _ in state.log if p.startswith("/wait"))
    assert all(b - a >= 0.099 for a, b in zip(starts, starts[1:], strict=False))


def read_back(path: Path) -> list[RawPage | Rejection]:
    return [i for u in discover([str(path)]) for i in read_unit(u, 1_000_000)]


def test_fetch_to_warc_reads_back_with_requested_urls_and_replays_offline(server: tuple[str, ServerState],
                                                                          tmp_path: Path) -> None:
    base, state = server
    urls = [f"{base}{p}" for p in ("/ar-1256", "/r1", "/flaky", "/missing", "/private/x", "/big", "/logo.png")]
    warc = tmp_path / "raw" / "run1.warc.gz"
    with HttpFetcher(FAST) as f:
        report = fetch_to_warc(urls + [urls[0]], warc, f)
    assert warc.is_file() and not (tmp_path / "raw" / "run1.warc.gz.part").exists()
    assert report.requested == urls
    assert sorted(r.reason for r in report.failed) == ["fetch:404", "fetch:robots", "fetch:too_large"]
    assert report.fetched[f"{base}/r1"] == f"{base}/final?x=1"
    items = read_back(warc)
    pages = {i.source: i for i in items if isinstance(i, RawPage)}
    assert set(pages) == {f"{base}/ar-1256", f"{base}/r1", f"{base}/flaky"}
    assert pages[f"{base}/r1"].url == f"{base}/final?x=1"
    assert "وزير الخارجية" in pages[f"{base}/ar-1256"].content and pages[f"{base}/ar-1256"].encoding == "cp1256"
    read_rejects = [i for i in items if isinstance(i, Rejection)]
    assert [(r.source, r.reason) for r in read_rejects] == [(f"{base}/logo.png", "not_html")]
    # every requested URL is accounted for exactly once
    assert sorted([*pages, *(r.source for r in read_rejects), *(r.source for r in report.failed)]) == sorted(urls)

    # offline replay: the same outcomes, the same pages and input keys, no request to the server
    hits = dict(state.hits)
    with SnapshotFetcher(warc) as snap:
        again = fetch_to_warc(urls, tmp_path / "replay.warc.gz", snap)
    assert state.hits == hits
    assert [(r.source, r.reason) for r in again.failed] == [(r.source, r.reason) for r in report.failed]
    assert again.fetched == report.fetched
    replayed = read_back(tmp_path / "replay.warc.gz")
    assert [(i.source, i.input_key) for i in replayed] == [(i.source, i.input_key) for i in items]


def test_snapshot_of_a_foreign_archive(tmp_path: Path) -> None:
    from tests.readers.test_warc import write_warc

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.com/a", "response", 200, "text/html", ARTICLE.encode()),
                      ("https://example.com/b", "response", 404, "text/html", b"gone")])
    with SnapshotFetcher(path) as snap:
        a, b, c = snap.fetch("https://example.com/a"), snap.fetch("https://example.com/b"), snap.fetch("https://x.org/")
    assert a.ok and a.page is not None and a.page.body == ARTICLE.encode()
    assert b.rejection is not None and b.rejection.reason == "fetch:404"
    assert c.rejection is not None and c.rejection.reason == "fetch:error"


def test_url_inputs_are_split_from_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    units = discover(["https://example.com/1", str(tmp_path / "a.html"), "https://example.com/1", "http://e.org/2"])
    urls, rest = split_url_units(units)
    assert urls == ["https://example.com/1", "http://e.org/2"] and [u.kind for u in rest] == ["html"]


def test_fetch_task_replays_offline(server: tuple[str, ServerState], tmp_path: Path) -> None:
    from tasks.fetch import fetch_urls

    base, state = server
    urls = [f"{base}/ar-1256", f"{base}/missing"]
    with HttpFetcher(FAST) as f:
        first = fetch_to_warc(urls, tmp_path / "a.warc.gz", f)
    hits = dict(state.hits)
    report = fetch_urls.fn(urls, str(tmp_path / "b.warc.gz"), replay=str(tmp_path / "a.warc.gz"))
    assert state.hits == hits and report.fetched == first.fetched
    assert [r.reason for r in report.failed] == ["fetch:404"]
    assert fetch_urls.retries == 2


def test_malformed_url_is_a_usage_error() -> None:
    from newsetl.readers import UsageError

    with pytest.raises(UsageError, match="malformed URL"):
        discover(["https:///nohost"])
