"""Readers for saved files: HTML pages, scraper text dumps and JSONL page collections."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsetl.readers.base import KINDS, InputUnit, input_key, open_bytes
from newsetl.readers.decode import decode_bytes
from newsetl.readers.slim import slim_html
from newsetl.records import RawPage, Rejection


def parse_iso(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head: an image, archive or random bytes, not a page.
    UTF-16 pages start with a BOM and are decoded, not refused."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\0" in head or sum(head.count(c) for c in _CONTROL) > 0.05 * max(len(head), 1)


HARD_LIMIT_FACTOR = 8  # files up to 8x the page limit are read and slimmed before giving up


def _read_file(unit: InputUnit, max_bytes: int) -> tuple[bytes | None, Rejection | None]:
    try:
        data = open_bytes(Path(unit.location), max_bytes * HARD_LIMIT_FACTOR)
    except (OSError, EOFError, zlib.error) as exc:
        return None, Rejection(unit.source, "read", "corrupt_archive" if unit.location.endswith(".gz") else "unreadable",
                               f"{type(exc).__name__}: {exc}"[:300], input_key(unit.source, b""))
    if len(data) > max_bytes and unit.kind == "html":
        data = slim_html(data)
    if len(data) > max_bytes:
        return None, Rejection(unit.source, "read", "too_large",
                               f"larger than {max_bytes} bytes (after removing scripts, styles and inline images)",
                               input_key(unit.source, data[:65536]))
    if looks_binary(data):
        return None, Rejection(unit.source, "read", "binary_content", "NUL or control bytes: not a text or HTML page",
                               input_key(unit.source, data))
    if not data.strip():
        return None, Rejection(unit.source, "read", "empty_input", "the file is empty", input_key(unit.source, data))
    return data, None


def read_html(unit: InputUnit, max_bytes: int) -> Iterator[RawPage | Rejection]:
    data, rej = _read_file(unit, max_bytes)
    if rej is not None or data is None:
        yield rej  # type: ignore[misc]
        return
    text, enc = decode_bytes(data)
    yield RawPage(unit.source, "html", text, None, None, input_key(unit.source, data), enc)


def read_txt(unit: InputUnit, max_bytes: int) -> Iterator[RawPage | Rejection]:
    data, rej = _read_file(unit, max_bytes)
    if rej is not None or data is None:
        yield rej  # type: ignore[misc]
        return
    text, enc = decode_bytes(data, markup=False)
    yield RawPage(unit.source, "text", text, None, None, input_key(unit.source, data), enc)


def read_jsonl(unit: InputUnit, max_bytes: int) -> Iterator[RawPage | Rejection]:
    path = Path(unit.location)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    stop = unit.stop if unit.stop is not None else 1 << 62
    lineno = 0
    try:
        with opener(path, "rb") as fh:
            first = 1
            if unit.offset:  # enter the file at the range's first line instead of reading up to it
                fh.seek(unit.offset)
                first = unit.start + 1
            for lineno, raw in enumerate(fh, start=first):
                if lineno <= unit.start:
                    continue
                if lineno > stop:
                    break
                yield _jsonl_page(unit, lineno, raw, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        src = f"{unit.source}#L{lineno + 1}"
        yield Rejection(src, "read", "corrupt_archive", f"{type(exc).__name__}: {exc}"[:300], input_key(src, str(exc)))


def _jsonl_page(unit: InputUnit, lineno: int, raw: bytes, max_bytes: int) -> RawPage | Rejection:
    src = f"{unit.source}#L{lineno}"
    key = input_key(src, raw)
    if not raw.strip():
        return Rejection(src, "read", "empty_input", "blank JSONL line", key)
    if len(raw) > max_bytes * HARD_LIMIT_FACTOR:
        return Rejection(src, "read", "too_large", f"JSONL line larger than {max_bytes * HARD_LIMIT_FACTOR} bytes", key)
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Rejection(src, "read", "malformed_jsonl", f"{exc}"[:300], key)
    if not isinstance(obj, dict):
        return Rejection(src, "read", "malformed_jsonl", "a JSONL line must be an object", key)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    fetched = parse_iso(obj.get("fetched_at"))
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return RawPage(src, "html", obj["html"], url, fetched, key, "utf-8")
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        return RawPage(src, "text", obj["text"], url, fetched, key, "utf-8")
    return Rejection(src, "read", "empty_input", "JSONL object without a non-empty html or text field", key)


KINDS.update({"html": read_html, "txt": read_txt, "jsonl": read_jsonl})
