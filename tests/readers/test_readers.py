"""Readers: discovery, decoding and bad input becoming precise rejects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsetl.readers import UsageError, discover, read_unit
from newsetl.readers.decode import decode_bytes
from newsetl.records import RawPage, Rejection

ARTICLE = "<html><head><meta charset='{cs}'><title>خبر</title></head><body><p>قال وزير الخارجية إن المحادثات مستمرة.</p></body></html>"


def read_all(paths: list[str]) -> list[RawPage | Rejection]:
    return [item for u in discover(paths) for item in read_unit(u, 1_000_000)]


def test_discover_directory_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "in" / "b").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("عنوان\nنص", encoding="utf-8")
    (tmp_path / "in" / "b" / "c.html").write_text("<p>نص</p>", encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("ignored", encoding="utf-8")
    units = discover([str(tmp_path / "in")])
    assert [u.source for u in units] == ["a.txt", "b/c.html"]
    assert [u.kind for u in units] == ["txt", "html"]


def test_missing_path_and_unknown_kind_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found"):
        discover([str(tmp_path / "nope")])
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    with pytest.raises(UsageError, match="unsupported"):
        discover([str(bad)])


def test_windows_1256_declared_and_undeclared() -> None:
    html = ARTICLE.format(cs="windows-1256")
    text, enc = decode_bytes(html.encode("cp1256"))
    assert "وزير الخارجية" in text and enc == "cp1256"
    undeclared = ARTICLE.replace("<meta charset='{cs}'>", "").encode("cp1256")
    text2, _ = decode_bytes(undeclared)
    assert "وزير الخارجية" in text2


def test_html_gz_and_txt(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "p.html.gz", "wt", encoding="utf-8") as fh:
        fh.write(ARTICLE.format(cs="utf-8"))
    (tmp_path / "d.txt").write_text("عنوان الخبر\nفقرة أولى", encoding="utf-8")
    items = read_all([str(tmp_path / "p.html.gz"), str(tmp_path / "d.txt")])
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage"]
    assert items[0].kind == "html" and items[1].kind == "text"  # type: ignore[union-attr]


def test_jsonl_pages_and_malformed_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"url": "https://example.com/a", "html": ARTICLE.format(cs="utf-8"), "fetched_at": "2024-05-01T10:00:00Z"}),
             "{not json", json.dumps({"url": "https://example.com/b", "text": "عنوان\nنص"}), json.dumps({"url": "x"}), ""]
    p = tmp_path / "pages.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all([str(p)])
    kinds = [(type(i).__name__, getattr(i, "reason", getattr(i, "kind", None))) for i in items]
    assert kinds == [("RawPage", "html"), ("Rejection", "malformed_jsonl"), ("RawPage", "text"),
                     ("Rejection", "empty_input"), ("Rejection", "empty_input")]
    assert items[0].source == "pages.jsonl#L1" and items[0].url == "https://example.com/a"  # type: ignore[union-attr]
    assert items[0].fetched_at is not None and items[0].fetched_at.year == 2024  # type: ignore[union-attr]


def test_empty_truncated_and_oversized_files(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    data = gzip.compress(("\n".join(json.dumps({"url": f"u{i}", "text": "نص " * 50}) for i in range(200))).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(b"<p>x</p>" * 1000)[:50])
    (tmp_path / "big.html").write_bytes(b"<p>" + b"a" * 2_000_000 + b"</p>")
    items = read_all([str(tmp_path)])
    reasons = {(i.source.split("#")[0], i.reason) for i in items if isinstance(i, Rejection)}
    assert ("empty.html", "empty_input") in reasons
    assert ("big.html", "too_large") in reasons
    assert ("cut.html.gz", "corrupt_archive") in reasons
    assert any(s.endswith("cut.jsonl.gz") and r == "corrupt_archive" for s, r in reasons)


def test_same_file_same_input_key(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("عنوان\nنص", encoding="utf-8")
    k1 = read_all([str(tmp_path / "a.txt")])[0].input_key
    k2 = read_all([str(tmp_path / "a.txt")])[0].input_key
    (tmp_path / "a.txt").write_text("عنوان\nنص آخر", encoding="utf-8")
    k3 = read_all([str(tmp_path / "a.txt")])[0].input_key
    assert k1 == k2 != k3
