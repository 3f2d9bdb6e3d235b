"""Fetching article URLs politely, and archiving every exchange as WARC so a run can be replayed offline.

Two implementations of one ``Fetcher`` protocol (``fetch(url) -> FetchResult``, ``fetch_all(urls)``):

- ``HttpFetcher``: httpx, a real User-Agent naming newsetl with a contact URL; per-host concurrency
  (``per_host_concurrency``, 2 by default) and a per-host delay between request starts (raised to the
  site's robots.txt ``Crawl-delay``, capped at ``max_crawl_delay_s``); robots.txt fetched once per host,
  cached and obeyed (4xx: no rules; 5xx or unreachable: the host is off limits, per RFC 9309);
  retries with exponential backoff (and a little jitter) on 429, 5xx, timeouts and connection errors,
  honouring ``Retry-After`` (seconds or HTTP date; a longer wait than ``max_retry_after_s`` is a
  failure); connect/read timeouts plus a total budget per response; a response size cap; redirects
  followed by hand (each hop recorded and checked against robots.txt), the final URL recorded.
- ``SnapshotFetcher``: replays the exchanges of a WARC archive (one written by ``fetch_to_warc``,
  or any other crawl archive by ``WARC-Target-URI``), for offline re-runs and tests.

Failures are ``Rejection(source=<requested URL>, stage="fetch", reason=...)`` with reason
``fetch:<status>``, ``fetch:timeout``, ``fetch:robots``, ``fetch:too_large`` or ``fetch:error``.

``fetch_to_warc(urls, warc_path, fetcher)`` writes every exchange as a gzip WARC (``request`` +
``response`` per attempt and per redirect hop, and a ``metadata`` record for a failure without a
response) and returns a ``FetchReport``. Response records carry two extension headers read by
``newsetl.readers.warc``: ``WARC-Newsetl-Source`` (the URL as requested) and ``WARC-Newsetl-Role``
(``page``: the final 2xx response, read as a page with ``source`` = the requested URL and ``url`` =
the final URL; ``redirect``, ``attempt`` (retried) and ``rejected`` (the failure in the report):
skipped by the reader). So ``report.failed`` + the pages read back from the archive account for every
requested URL exactly once. Bodies are stored decoded (``Content-Encoding`` is renamed
``X-Archive-Orig-Content-Encoding``, ``Content-Length`` set to the stored length), as pywb does.
"""

from __future__ import annotations

import contextlib
import email.utils
import io
import os
import random
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsetl import __version__
from newsetl.readers.base import InputUnit, input_key
from newsetl.readers.warc import ROLE_HEADER, SOURCE_HEADER
from newsetl.records import Rejection

CONTACT_URL = "https://github.com/newsetl/newsetl#crawler"
USER_AGENT = f"newsetl/{__version__} (+{CONTACT_URL}; Arabic news ETL)"
ROBOTS_TOKEN = "newsetl"
OUTCOME_HEADER = "WARC-Newsetl-Outcome"
REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524})
_HOP_HEADERS = ("content-encoding", "transfer-encoding", "content-length")


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    per_host_concurrency: int = 2  # simultaneous requests to one host
    per_host_delay_s: float = 1.0  # minimum time between two request starts on one host
    max_crawl_delay_s: float = 30.0  # cap on a robots.txt Crawl-delay
    max_workers: int = 8  # hosts fetched in parallel
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0  # between two bytes
    total_timeout_s: float = 60.0  # a whole response
    max_bytes: int = 32_000_000  # larger bodies are cut and rejected (fetch:too_large); readers slim to the page limit
    max_retries: int = 3  # after the first attempt, on 429 / 5xx / timeout / connection error
    backoff_base_s: float = 1.0  # wait base * 2**attempt, capped, unless Retry-After says otherwise
    backoff_max_s: float = 60.0
    max_retry_after_s: float = 120.0  # a Retry-After longer than this is a failure, not a wait
    max_redirects: int = 10
    obey_robots: bool = True

    @classmethod
    def from_env(cls) -> FetchSettings:
        """Defaults overridden by ``NEWSETL_FETCH_<FIELD>`` environment variables."""
        kwargs: dict[str, Any] = {}
        for name, default in cls.__dataclass_fields__.items():
            raw = os.environ.get(f"NEWSETL_FETCH_{name.upper()}")
            if raw is not None:
                kind: Any = type(getattr(cls, name, default.default))
                kwargs[name] = raw.lower() in ("1", "true", "yes") if kind is bool else kind(raw)
        return cls(**kwargs)


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as archived."""

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime
    request_headers: tuple[tuple[str, str], ...] = ()
    http_version: str = "HTTP/1.1"
    truncated: bool = False
    role: str = "page"  # page | redirect | attempt | rejected

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(frozen=True)
class FetchResult:
    """The outcome for one requested URL: every exchange in order, the final URL, or a Rejection."""

    url: str  # as requested
    exchanges: tuple[Exchange, ...] = ()
    final_url: str | None = None
    rejection: Rejection | None = None

    @property
    def ok(self) -> bool:
        return self.rejection is None

    @property
    def page(self) -> Exchange | None:
        return self.exchanges[-1] if self.ok and self.exchanges else None


@dataclass
class FetchReport:
    """What ``fetch_to_warc`` did: the archive, the URLs fetched, the failures (as fetch rejects)."""

    warc_path: str
    requested: list[str] = field(default_factory=list)
    fetched: dict[str, str] = field(default_factory=dict)  # requested URL -> final URL
    failed: list[Rejection] = field(default_factory=list)

    @property
    def rejects(self) -> list[Rejection]:
        return self.failed


class Fetcher(Protocol):
    def fetch(self, url: str) -> FetchResult: ...

    def fetch_all(self, urls: Sequence[str]) -> Iterator[FetchResult]: ...

    def close(self) -> None: ...


def reject(url: str, reason: str, detail: str) -> Rejection:
    return Rejection(url, "fetch", reason, detail[:500], input_key(url, reason))


def is_fetchable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def split_url_units(units: Iterable[InputUnit]) -> tuple[list[str], list[InputUnit]]:
    """URL units (to fetch) apart from the others (to read), in order, URLs deduplicated."""
    urls: list[str] = []
    rest: list[InputUnit] = []
    for u in units:
        if u.kind == "url":
            if u.location not in urls:
                urls.append(u.location)
        else:
            rest.append(u)
    return urls, rest


def _host(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{(p.netloc or '').lower()}"


def _retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class _Host:
    """Politeness state of one host: a concurrency slot, the next allowed start, robots rules."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.slots = threading.Semaphore(max(1, concurrency))
        self.lock = threading.Lock()
        self.robots_lock = threading.Lock()
        self.next_start = 0.0
        self.delay = delay
        self.robots: RobotFileParser | None = None
        self.robots_state: str | None = None  # None (not fetched) | "rules" | "allow" | "deny:<why>"


class HttpFetcher:
    """The live fetcher. Thread-safe; ``fetch_all`` fetches up to ``max_workers`` URLs in parallel."""

    def __init__(self, settings: FetchSettings | None = None, client: httpx.Client | None = None) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self._own_client = client is None
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(s.read_timeout_s, connect=s.connect_timeout_s),
            limits=httpx.Limits(max_connections=max(4, s.max_workers * s.per_host_concurrency)),
            headers={"User-Agent": s.user_agent}, follow_redirects=False)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.sleep = time.sleep

    # -- protocol --------------------------------------------------------------------------------
    def fetch(self, url: str) -> FetchResult:
        if not is_fetchable(url):
            return FetchResult(url, rejection=reject(url, "fetch:error", "not an http(s) URL"))
        exchanges: list[Exchange] = []
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            host = self._host(current)
            denied = self._robots_denies(host, current)
            if denied:
                return self._fail(url, exchanges, "fetch:robots", f"{current}: {denied}")
            with host.slots:
                ex, error = self._with_retries(host, current, exchanges)
            if ex is None:
                reason = "fetch:timeout" if error and error.startswith("timeout") else "fetch:error"
                return self._fail(url, exchanges, reason, f"{current}: {error}")
            location = ex.header("location")
            if ex.status in REDIRECTS and location:
                nxt = urljoin(current, location.strip())
                exchanges.append(replace(ex, role="redirect"))
                if not is_fetchable(nxt):
                    return self._fail(url, exchanges, "fetch:error", f"redirect to a non-http URL: {nxt}")
                current = nxt
                continue
            if ex.truncated:
                exchanges.append(replace(ex, role="rejected"))
                return self._fail(url, exchanges, "fetch:too_large",
                                  f"{current}: body larger than {self.settings.max_bytes} bytes")
            if not 200 <= ex.status < 300:
                exchanges.append(replace(ex, role="rejected"))
                return self._fail(url, exchanges, f"fetch:{ex.status}", f"{current}: HTTP {ex.status} {ex.reason}")
            exchanges.append(replace(ex, role="page"))
            return FetchResult(url, tuple(exchanges), current)
        return self._fail(url, exchanges, "fetch:error", f"more than {self.settings.max_redirects} redirects")

    def fetch_all(self, urls: Sequence[str]) -> Iterator[FetchResult]:
        """Results in the order of ``urls``; hosts are fetched in parallel, each host politely."""
        if len(urls) <= 1:
            yield from (self.fetch(u) for u in urls)
            return
        with ThreadPoolExecutor(max_workers=max(1, self.settings.max_workers)) as pool:
            yield from pool.map(self.fetch, urls)

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------------
    def _fail(self, url: str, exchanges: list[Exchange], reason: str, detail: str) -> FetchResult:
        return FetchResult(url, tuple(exchanges), None, reject(url, reason, detail))

    def _host(self, url: str) -> _Host:
        key = _host(url)
        with self._hosts_lock:
            h = self._hosts.get(key)
            if h is None:
                h = self._hosts[key] = _Host(self.settings.per_host_concurrency, self.settings.per_host_delay_s)
            return h

    def _wait_turn(self, host: _Host) -> None:
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            self.sleep(start - now)

    def _push_back(self, host: _Host, seconds: float) -> None:
        with host.lock:
            host.next_start = max(host.next_start, time.monotonic() + seconds)

    def _robots_denies(self, host: _Host, url: str) -> str | None:
        """None when robots.txt allows ``url``, else why not."""
        if not self.settings.obey_robots:
            return None
        with host.robots_lock:
            if host.robots_state is None:
                self._load_robots(host, url)
        state = host.robots_state or "allow"
        if state.startswith("deny:"):
            return state[5:]
        if state == "rules" and host.robots is not None and not host.robots.can_fetch(ROBOTS_TOKEN, url):
            return "disallowed by robots.txt"
        return None

    def _load_robots(self, host: _Host, url: str) -> None:
        p = urlsplit(url)
        robots_url = urlunsplit((p.scheme, p.netloc, "/robots.txt", "", ""))
        try:
            self._wait_turn(host)
            resp = self.client.get(robots_url, follow_redirects=True)
        except httpx.HTTPError as exc:
            host.robots_state = f"deny:robots.txt unreachable ({type(exc).__name__})"
            return
        if resp.status_code >= 500:
            host.robots_state = f"deny:robots.txt answered HTTP {resp.status_code}"
        elif resp.status_code >= 400:
            host.robots_state = "allow"
        else:
            rp = RobotFileParser(robots_url)
            rp.parse(resp.content[:500_000].decode("utf-8", "replace").splitlines())
            host.robots, host.robots_state = rp, "rules"
            delay = rp.crawl_delay(ROBOTS_TOKEN)
            if delay is not None:
                host.delay = max(host.delay, min(float(delay), self.settings.max_crawl_delay_s))

    def _backoff(self, attempt: int) -> float:
        s = self.settings
        base = min(s.backoff_max_s, s.backoff_base_s * (2.0 ** attempt))
        return base + random.uniform(0, base * 0.1)

    def _with_retries(self, host: _Host, url: str, exchanges: list[Exchange]) -> tuple[Exchange | None, str | None]:
        """The last response for ``url`` after retries, or (None, error). Retried attempts go to
        ``exchanges`` with role ``attempt``."""
        s = self.settings
        error: str | None = None
        for attempt in range(s.max_retries + 1):
            self._wait_turn(host)
            try:
                ex = self._send(url)
            except httpx.TimeoutException as exc:
                error = f"timeout ({type(exc).__name__})"
            except (httpx.HTTPError, OSError, ValueError) as exc:
                error = f"{type(exc).__name__}: {exc}"
            else:
                if ex.status not in _RETRY_STATUS:
                    return ex, None
                wait = _retry_after(ex.header("retry-after"))
                if attempt == s.max_retries or (wait is not None and wait > s.max_retry_after_s):
                    return ex, None
                exchanges.append(replace(ex, role="attempt"))
                delay = wait if wait is not None else self._backoff(attempt)
                self._push_back(host, delay)
                continue
            if attempt < s.max_retries:
                self._push_back(host, self._backoff(attempt))
        return None, error

    def _send(self, url: str) -> Exchange:
        s = self.settings
        request = self.client.build_request("GET", url, headers={
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", "Accept-Language": "ar,en;q=0.5"})
        started = time.monotonic()
        resp = self.client.send(request, stream=True, follow_redirects=False)
        try:
            chunks: list[bytes] = []
            size = 0
            truncated = False
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > s.max_bytes:
                truncated = True
            elif resp.status_code not in REDIRECTS:
                for chunk in resp.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > s.max_bytes:
                        truncated = True
                        break
                    if time.monotonic() - started > s.total_timeout_s:
                        raise httpx.ReadTimeout(f"response took longer than {s.total_timeout_s}s", request=request)
        finally:
            resp.close()
        body = b"".join(chunks)[: s.max_bytes]
        return Exchange(url=url, status=resp.status_code, reason=resp.reason_phrase or "",
                        headers=tuple(resp.headers.multi_items()), body=body, fetched_at=datetime.now(UTC),
                        request_headers=tuple(request.headers.multi_items()),
                        http_version=resp.http_version or "HTTP/1.1", truncated=truncated)


# --- snapshots ---------------------------------------------------------------------------------

class SnapshotFetcher:
    """Replays a WARC archive. For an archive written by ``fetch_to_warc`` the whole recorded outcome
    of a requested URL comes back (redirects, retried attempts, failures with their reason); for any
    other archive, the response recorded for the URL, redirects followed inside the archive."""

    def __init__(self, warc_path: str | Path) -> None:
        self.path = Path(warc_path)
        self._fh: IO[bytes] = self.path.open("rb")
        self._by_source: dict[str, list[int]] = {}  # requested URL -> offsets (fetch archives)
        self._by_target: dict[str, int] = {}  # WARC-Target-URI -> offset of the last response
        self._lock = threading.Lock()
        for rec_type, offset, target, source in self._scan():
            if source:
                self._by_source.setdefault(source, []).append(offset)
            if rec_type == "response" and target:
                self._by_target[target] = offset

    def _scan(self) -> Iterator[tuple[str, int, str | None, str | None]]:
        with self.path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                h = record.rec_headers
                yield (record.rec_type, it.offset, h.get_header("WARC-Target-URI"), h.get_header(SOURCE_HEADER))

    def _record(self, offset: int) -> tuple[str, Any, bytes]:
        with self._lock:
            self._fh.seek(offset)
            record = next(iter(ArchiveIterator(self._fh)))
            body = record.content_stream().read()
            return record.rec_type, record, body

    def _exchange(self, record: Any, body: bytes, request_headers: tuple[tuple[str, str], ...]) -> Exchange:
        http = record.http_headers
        code = str(http.get_statuscode() or "0") if http is not None else "0"
        reason = http.statusline.partition(" ")[2] if http is not None else ""
        headers = tuple((k, v) for k, v in http.headers) if http is not None else ()
        when = record.rec_headers.get_header("WARC-Date") or ""
        try:
            fetched = datetime.fromisoformat(when.replace("Z", "+00:00"))
        except ValueError:
            fetched = datetime.now(UTC)
        return Exchange(url=record.rec_headers.get_header("WARC-Target-URI") or "", status=int(code) if code.isdigit() else 0,
                        reason=reason, headers=headers, body=body, fetched_at=fetched, request_headers=request_headers,
                        http_version=(http.protocol if http is not None and http.protocol else "HTTP/1.1"),
                        truncated=bool(record.rec_headers.get_header("WARC-Truncated")),
                        role=record.rec_headers.get_header(ROLE_HEADER) or "page")

    def fetch(self, url: str) -> FetchResult:
        if url in self._by_source:
            return self._replay_fetch(url)
        exchanges: list[Exchange] = []
        current = url
        for _ in range(11):
            offset = self._by_target.get(current)
            if offset is None:
                return FetchResult(url, tuple(exchanges), None,
                                   reject(url, "fetch:error", f"{current}: not in snapshot {self.path.name}"))
            _, record, body = self._record(offset)
            ex = self._exchange(record, body, ())
            location = ex.header("location")
            if ex.status in REDIRECTS and location:
                exchanges.append(replace(ex, role="redirect"))
                current = urljoin(current, location)
                continue
            if not 200 <= ex.status < 300:
                exchanges.append(replace(ex, role="rejected"))
                return FetchResult(url, tuple(exchanges), None, reject(url, f"fetch:{ex.status}", f"{current}: HTTP {ex.status}"))
            exchanges.append(replace(ex, role="page"))
            return FetchResult(url, tuple(exchanges), current)
        return FetchResult(url, tuple(exchanges), None, reject(url, "fetch:error", "too many redirects in snapshot"))

    def _replay_fetch(self, url: str) -> FetchResult:
        exchanges: list[Exchange] = []
        pending: tuple[tuple[str, str], ...] = ()
        outcome: tuple[str, str] | None = None
        for offset in self._by_source[url]:
            rec_type, record, body = self._record(offset)
            if rec_type == "request" and record.http_headers is not None:
                pending = tuple((k, v) for k, v in record.http_headers.headers)
            elif rec_type == "response":
                exchanges.append(self._exchange(record, body, pending))
                pending = ()
            if record.rec_headers.get_header(OUTCOME_HEADER):
                detail = body.decode("utf-8", "replace") if rec_type == "metadata" else ""
                outcome = (record.rec_headers.get_header(OUTCOME_HEADER), detail)
        if outcome is not None:
            reason, detail = outcome
            for line in detail.splitlines():
                if line.startswith("detail: "):
                    detail = line[len("detail: "):]
            return FetchResult(url, tuple(exchanges), None, reject(url, reason, detail or f"replayed from {self.path.name}"))
        final = exchanges[-1].url if exchanges else None
        return FetchResult(url, tuple(exchanges), final)

    def fetch_all(self, urls: Sequence[str]) -> Iterator[FetchResult]:
        return (self.fetch(u) for u in urls)

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> SnapshotFetcher:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


# --- archiving ---------------------------------------------------------------------------------

def _archived_headers(ex: Exchange) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for k, v in ex.headers:
        if k.lower() in _HOP_HEADERS:
            if k.lower() != "content-length":
                out.append((f"X-Archive-Orig-{k}", v))
            continue
        out.append((k, v))
    out.append(("Content-Length", str(len(ex.body))))
    return out


def _write_exchange(w: WARCWriter, requested: str, ex: Exchange, outcome: str | None) -> None:
    path = urlsplit(ex.url)
    target = urlunsplit(("", "", path.path or "/", path.query, ""))
    req_headers = list(ex.request_headers) or [("Host", path.netloc)]
    req = w.create_warc_record(ex.url, "request", payload=io.BytesIO(b""),
                               http_headers=StatusAndHeaders(f"GET {target} {ex.http_version}", req_headers,
                                                             is_http_request=True))
    extra = {SOURCE_HEADER: requested, ROLE_HEADER: ex.role,
             "WARC-Date": ex.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    if outcome:
        extra[OUTCOME_HEADER] = outcome
    if ex.truncated:
        extra["WARC-Truncated"] = "length"
    http = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), _archived_headers(ex), protocol=ex.http_version)
    resp = w.create_warc_record(ex.url, "response", payload=io.BytesIO(ex.body), http_headers=http,
                                warc_headers_dict=extra)
    req.rec_headers.add_header(SOURCE_HEADER, requested)
    req.rec_headers.add_header("WARC-Date", extra["WARC-Date"])
    w.write_request_response_pair(req, resp)


def write_result(w: WARCWriter, result: FetchResult) -> None:
    """Every exchange of one fetch; a failure without a response becomes a ``metadata`` record."""
    last = len(result.exchanges) - 1
    for i, ex in enumerate(result.exchanges):
        outcome = result.rejection.reason if (result.rejection is not None and i == last) else None
        _write_exchange(w, result.url, ex, outcome)
    if result.rejection is not None and (not result.exchanges or result.exchanges[-1].role != "rejected"):
        body = f"outcome: {result.rejection.reason}\ndetail: {result.rejection.detail or ''}\n".encode()
        meta = w.create_warc_record(result.url, "metadata", payload=io.BytesIO(body),
                                    warc_content_type="application/warc-fields",
                                    warc_headers_dict={SOURCE_HEADER: result.url, OUTCOME_HEADER: result.rejection.reason})
        w.write_record(meta)


def fetch_to_warc(urls: Iterable[str], warc_path: str | Path, fetcher: Fetcher,
                  info: dict[str, str] | None = None) -> FetchReport:
    """Fetch ``urls`` (deduplicated, in order) with ``fetcher`` and archive every exchange in
    ``warc_path`` (gzip WARC, one member per record; written to ``<path>.part`` and renamed, so a
    retried task starts clean). Returns which URLs gave a page and which failed, as fetch rejects.
    Pages are then read back with the WARC reader (source = the requested URL)."""
    wanted: list[str] = []
    for u in urls:
        u = u.strip()
        if u and u not in wanted:
            wanted.append(u)
    target = Path(warc_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    report = FetchReport(str(target), requested=list(wanted))
    with part.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record(target.name, {
            "software": f"newsetl/{__version__} (warcio)", "format": "WARC File Format 1.0",
            "http-header-user-agent": getattr(getattr(fetcher, "settings", None), "user_agent", USER_AGENT),
            **(info or {})}))
        for result in fetcher.fetch_all(wanted):
            write_result(w, result)
            if result.rejection is not None:
                report.failed.append(result.rejection)
            else:
                report.fetched[result.url] = result.final_url or result.url
        fh.flush()
        with contextlib.suppress(OSError):
            os.fsync(fh.fileno())
    os.replace(part, target)
    return report


def open_fetcher(replay: str | Path | None = None, settings: FetchSettings | None = None) -> Fetcher:
    """``SnapshotFetcher(replay)`` for an offline re-run, else a live ``HttpFetcher``."""
    if replay:
        return SnapshotFetcher(replay)
    return HttpFetcher(settings or FetchSettings.from_env())
