"""WARC/ARC reader: HTML responses become pages, everything else is skipped or rejected with a reason."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsetl.readers import discover, read_unit
from newsetl.readers.base import InputUnit
from newsetl.readers.warc import find_boundary, units_for_archive
from newsetl.records import RawPage, Rejection

PAGE = "<html><head><title>خبر {i}</title></head><body><p>قال وزير الخارجية إن المحادثات مستمرة {i}.</p></body></html>"


def write_warc(path: Path, records: list[tuple[str, str, int, str | None, bytes]], gz: bool = True,
               warcinfo: bool = True) -> list[str]:
    """Write (uri, record type, status, content type, body) records; returns the response record ids."""
    ids: list[str] = []
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        if warcinfo:
            w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, rtype, status, ctype, body in records:
            if rtype == "response":
                headers = [("Content-Type", ctype)] if ctype else []
                http = StatusAndHeaders(f"{status} OK", headers, protocol="HTTP/1.1")
                req = w.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                           http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")],
                                                                         is_http_request=True))
                rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
                w.write_record(req)
                w.write_record(rec)
                ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
            else:
                w.write_record(w.create_warc_record(uri, rtype, payload=io.BytesIO(body),
                                                    warc_content_type=ctype or "application/json"))
    return ids


def read_path(path: Path, max_bytes: int = 1_000_000) -> list[RawPage | Rejection]:
    return [item for u in discover([str(path)]) for item in read_unit(u, max_bytes)]


def mixed(n: int = 3) -> list[tuple[str, str, int, str | None, bytes]]:
    recs: list[tuple[str, str, int, str | None, bytes]] = []
    for i in range(n):
        recs.append((f"https://example.com/a/{i}", "response", 200, "text/html; charset=windows-1256",
                     PAGE.format(i=i).encode("cp1256")))
    recs.append(("https://example.com/logo.png", "response", 200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 50))
    recs.append(("https://example.com/a/0", "metadata", 0, "application/json", b'{"x": 1}'))
    recs.append(("https://example.com/untyped", "response", 200, None, "<!DOCTYPE html><html><p>نص</p></html>".encode()))
    recs.append(("https://example.com/gone", "response", 404, "text/html", b"<html>not found</html>"))
    return recs


def test_html_responses_are_pages_and_the_rest_is_accounted(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, mixed())
    items = read_path(path)
    pages = [i for i in items if isinstance(i, RawPage)]
    rejects = [i for i in items if isinstance(i, Rejection)]
    assert [p.url for p in pages] == ["https://example.com/a/0", "https://example.com/a/1",
                                      "https://example.com/a/2", "https://example.com/untyped"]
    assert pages[0].source == f"crawl.warc.gz#{ids[0]}"
    assert "وزير الخارجية" in pages[1].content and pages[1].encoding == "cp1256"
    assert pages[0].fetched_at is not None and pages[0].fetched_at.tzinfo is not None
    assert len({p.input_key for p in pages}) == 4
    assert [(r.stage, r.reason) for r in rejects] == [("read", "not_html"), ("read", "http_status")]
    assert rejects[0].source == f"crawl.warc.gz#{ids[3]}"
    # stable: a second read gives the same sources and keys
    again = read_path(path)
    assert [(i.source, i.input_key) for i in again] == [(i.source, i.input_key) for i in items]


def test_plain_warc_and_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    body = "<html><head><meta charset='windows-1256'></head><body><p>بيان الحكومة</p></body></html>"
    write_warc(path, [("https://example.com/m", "response", 200, "text/html", body.encode("cp1256"))], gz=False)
    [page] = read_path(path)
    assert isinstance(page, RawPage) and "بيان الحكومة" in page.content and page.encoding == "cp1256"


def test_truncated_gzip_gives_pages_before_the_cut_and_one_reject(tmp_path: Path) -> None:
    full = tmp_path / "full.warc.gz"
    write_warc(full, [(f"https://example.com/a/{i}", "response", 200, "text/html", PAGE.format(i=i).encode())
                      for i in range(6)])
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    items = read_path(cut)
    pages = [i for i in items if isinstance(i, RawPage)]
    rejects = [i for i in items if isinstance(i, Rejection)]
    assert 2 <= len(pages) < 6
    assert [r.reason for r in rejects] == ["corrupt_archive"] and rejects[0].stage == "read"
    assert [p.url for p in pages] == [f"https://example.com/a/{i}" for i in range(len(pages))]


def test_truncated_plain_warc_inside_a_record(tmp_path: Path) -> None:
    full = tmp_path / "full.warc"
    write_warc(full, [(f"https://example.com/a/{i}", "response", 200, "text/html", PAGE.format(i=i).encode() * 20)
                      for i in range(4)], gz=False)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:-500])
    items = read_path(cut)
    assert [type(i).__name__ for i in items] == ["RawPage"] * 3 + ["Rejection"]
    assert items[-1].reason == "corrupt_archive"  # type: ignore[union-attr]


def test_whole_file_gzip_is_read_too(tmp_path: Path) -> None:
    plain = tmp_path / "p.warc"
    write_warc(plain, mixed(2), gz=False, warcinfo=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert len(read_path(whole)) == 5
    assert [(type(i).__name__, getattr(i, "url", None)) for i in read_path(whole)] == \
        [(type(i).__name__, getattr(i, "url", None)) for i in read_path(plain)]


def test_oversized_payload_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    write_warc(path, [("https://example.com/big", "response", 200, "text/html", b"<html>" + b"x" * 5000 + b"</html>"),
                      ("https://example.com/ok", "response", 200, "text/html", PAGE.format(i=1).encode())])
    items = read_path(path, max_bytes=2000)
    assert [getattr(i, "reason", "page") for i in items] == ["too_large", "page"]
    script = b"<html><script>" + b"x" * 5000 + b"</script><p>ok</p></html>"
    write_warc(path, [("https://example.com/slim", "response", 200, "text/html", script)])
    [page] = read_path(path, max_bytes=2000)
    assert isinstance(page, RawPage) and "<p>ok</p>" in page.content  # slimmed like a saved page


def test_arc_file(tmp_path: Path) -> None:
    body = PAGE.format(i=7).encode()
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    desc = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://test.arc 0.0.0.0 20240501000000 text/plain %d\n" % len(desc) + desc + b"\n"
    arc += b"https://example.com/arc 1.2.3.4 20240501101500 text/html %d\n" % len(http) + http + b"\n"
    path = tmp_path / "old.arc"
    path.write_bytes(arc)
    items = read_path(path)
    assert len(items) == 1 and isinstance(items[0], RawPage)
    assert items[0].url == "https://example.com/arc" and items[0].source.startswith("old.arc#@")
    assert items[0].fetched_at is not None and items[0].fetched_at.year == 2024
    assert read_path(path)[0].source == items[0].source  # stable names for ARC records


def _split_read(path: Path, split: int) -> tuple[list[InputUnit], list[RawPage | Rejection]]:
    units = units_for_archive(path, path.name, split_bytes=split)
    return units, [item for u in units for item in read_unit(u, 1_000_000)]


def test_big_archives_split_by_byte_ranges_read_every_record_once(tmp_path: Path) -> None:
    recs = [(f"https://example.com/a/{i}", "response", 200, "text/html", (PAGE.format(i=i) * (1 + i % 5)).encode())
            for i in range(60)]
    for gz in (True, False):
        path = tmp_path / ("cc.warc.gz" if gz else "cc.warc")
        write_warc(path, recs, gz=gz)
        whole = read_path(path)
        for split in (700, 3000, 10_000):
            units, items = _split_read(path, split)
            assert len(units) > 1 and units[0].start == 0 and units[-1].stop is None
            assert [(i.source, i.input_key) for i in items] == [(i.source, i.input_key) for i in whole]
        with path.open("rb") as fh:
            b = find_boundary(fh, 1, gz)
            assert b is not None and b > 1


def test_whole_file_gzip_is_not_split(tmp_path: Path) -> None:
    plain = tmp_path / "p.warc"
    write_warc(plain, mixed(30), gz=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert len(units_for_archive(whole, "whole.warc.gz", split_bytes=100)) == 1
    assert len(units_for_archive(plain, "p.warc", split_bytes=100)) > 1


def test_directory_discovery_includes_archives(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    write_warc(tmp_path / "in" / "x.warc.gz", mixed(1))
    units = discover([str(tmp_path / "in")])
    assert [(u.kind, u.source) for u in units] == [("warc", "x.warc.gz")]


def test_any_cut_point_gives_a_prefix_of_whole_pages_and_at_most_one_reject(tmp_path: Path) -> None:
    for gz in (True, False):
        full = tmp_path / ("f.warc.gz" if gz else "f.warc")
        write_warc(full, [(f"https://example.com/a/{i}", "response", 200, "text/html", PAGE.format(i=i).encode())
                          for i in range(5)], gz=gz)
        expected = {p.url: p.content for p in read_path(full) if isinstance(p, RawPage)}
        data = full.read_bytes()
        cut = tmp_path / ("c.warc.gz" if gz else "c.warc")
        for n in range(0, len(data), max(1, len(data) // 97)):
            cut.write_bytes(data[:n])
            items = read_path(cut)
            pages = [i for i in items if isinstance(i, RawPage)]
            rejects = [i for i in items if isinstance(i, Rejection)]
            assert [p.url for p in pages] == [f"https://example.com/a/{i}" for i in range(len(pages))], n
            assert all(expected[p.url] == p.content for p in pages), n
            assert [r.reason for r in rejects] in ([], ["corrupt_archive"]), (n, rejects)
