"""WARC and ARC archives: every ``response`` record with an HTML payload is one page.

Streaming: warcio's ``ArchiveIterator`` reads one record at a time; a payload is read at most
``max_bytes`` + 1 bytes, so memory stays constant whatever the archive size.

- ``response`` + HTML payload (``text/html``, ``application/xhtml+xml``, or sniffed when the type is
  missing or ``application/octet-stream``) -> ``RawPage(source=f"{unit.source}#{WARC-Record-ID}",
  url=WARC-Target-URI, fetched_at=WARC-Date)``, decoded with the HTTP charset, then ``<meta>``, then
  detection. ARC records have no record id (warcio invents a random one), so ARC pages are named
  ``f"{unit.source}#@{offset}"``, which is stable.
- ``response`` that is not HTML -> ``Rejection("read", "not_html")``; a non-2xx HTTP status ->
  ``Rejection("read", "http_status")``; a payload still over the cap after slimming (as for saved pages) ->
  ``Rejection("read", "too_large")``.
- ``request``, ``metadata``, ``warcinfo``, ``revisit``, ``resource``... are not inputs: skipped.
- A truncated or corrupt archive: the pages before the damage, then one ``Rejection("read",
  "corrupt_archive")``.

Archives written by ``newsetl.readers.fetch.fetch_to_warc`` carry two extension headers on their
response records: ``WARC-Newsetl-Role`` (``page`` for the final response of a successful fetch;
``redirect``, ``attempt`` or ``rejected`` for the other exchanges, which the fetch report already
accounts for, so the reader skips them) and ``WARC-Newsetl-Source`` (the URL as requested). A ``page``
record is read with ``source`` = the requested URL and ``url`` = the final URL after redirects, so a
replay of a fetch archive gives the same sources and input keys as the live run.

Splitting: a large archive (``SPLIT_BYTES``) is cut into byte ranges without reading it. A unit
``[start, stop)`` owns the records whose first byte lies in the range: the reader seeks to
``start``, resynchronises on the next record boundary (a gzip member that inflates to ``WARC/1.``
for record-compressed ``.warc.gz``; a ``WARC/1.x`` header whose Content-Length lands on the next
header for plain ``.warc``) and stops at the first record starting at or after ``stop``. ARC files
and whole-file-gzipped archives (not one gzip member per record) are read as one unit.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsetl.readers.base import KINDS, InputUnit, input_key
from newsetl.readers.decode import decode_bytes
from newsetl.readers.files import HARD_LIMIT_FACTOR, parse_iso
from newsetl.readers.slim import slim_html
from newsetl.records import RawPage, Rejection

SPLIT_BYTES = 64 * 1024 * 1024  # byte range per unit for big archives (CC-NEWS files are ~1 GB)
ROLE_HEADER = "WARC-Newsetl-Role"
SOURCE_HEADER = "WARC-Newsetl-Source"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                    re.I | re.S)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = re.compile(rb"WARC/1\.[01]\r\n")
_SCAN_BLOCK = 1 << 20


def is_arc(path: str) -> bool:
    name = path.lower()
    return name.endswith((".arc", ".arc.gz"))


# --- splitting -------------------------------------------------------------------------------

def _inflates_to_warc(fh: IO[bytes], pos: int) -> bool:
    """True when a gzip member starting at ``pos`` inflates to a WARC record header."""
    fh.seek(pos)
    d = zlib.decompressobj(31)
    try:
        out = d.decompress(fh.read(4096), 64)
    except zlib.error:
        return False
    return out.startswith((b"WARC/1.0\r\n", b"WARC/1.1\r\n"))


def _record_compressed(path: Path) -> bool:
    """A ``.warc.gz`` with one gzip member per record (the norm, and the only splittable kind)."""
    with path.open("rb") as fh:
        d = zlib.decompressobj(31)
        head = b""
        while not d.eof:
            block = fh.read(_SCAN_BLOCK)
            if not block:
                return False
            try:
                head += d.decompress(block, 65536) if len(head) < 65536 else b""
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, 1 << 20)
            except zlib.error:
                return False
            if fh.tell() > 64 * 1024 * 1024:
                return False  # a first record this big: do not split
        return head.startswith(b"WARC/1.") and d.unused_data[:3] in (_GZIP_MAGIC, d.unused_data[:3] or b"!")


def _plain_boundary_ok(fh: IO[bytes], pos: int, size: int) -> bool:
    """A plain WARC header at ``pos`` whose Content-Length leads to another header or to the end."""
    fh.seek(pos)
    head = fh.read(65536)
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return False
    m = re.search(rb"\r\ncontent-length:\s*(\d+)", head[:end + 2], re.I)
    if m is None or b"\r\nWARC-Type:" not in head[:end + 2]:
        return False
    nxt = pos + end + 4 + int(m.group(1)) + 4
    if nxt >= size:
        return True
    fh.seek(nxt)
    return _WARC_MAGIC.match(fh.read(10)) is not None


def find_boundary(fh: IO[bytes], start: int, gz: bool) -> int | None:
    """The offset of the first record that starts at or after ``start``, or None."""
    size = fh.seek(0, os.SEEK_END)
    pos = start
    overlap = 16
    while pos < size:
        fh.seek(pos)
        block = fh.read(_SCAN_BLOCK + overlap)
        if not block:
            return None
        if gz:
            i = block.find(_GZIP_MAGIC)
            while 0 <= i < _SCAN_BLOCK:
                if _inflates_to_warc(fh, pos + i):
                    return pos + i
                i = block.find(_GZIP_MAGIC, i + 1)
        else:
            for m in _WARC_MAGIC.finditer(block):
                i = m.start()
                if i >= _SCAN_BLOCK:
                    break
                at = pos + i
                if at == 0 or (fh.seek(at - 4) is not None and fh.read(4) == b"\r\n\r\n"):
                    if _plain_boundary_ok(fh, at, size):
                        return at
        pos += _SCAN_BLOCK
    return None


def units_for_archive(path: Path, source: str, split_bytes: int = SPLIT_BYTES) -> list[InputUnit]:
    """One unit per archive, or byte-range units for a big record-compressed or plain WARC."""
    size = path.stat().st_size
    name = path.name.lower()
    splittable = size > split_bytes and not is_arc(name) and (
        name.endswith(".warc") or (name.endswith(".warc.gz") and _record_compressed(path)))
    if not splittable:
        return [InputUnit("warc", str(path), source)]
    starts = list(range(0, size, split_bytes))
    return [InputUnit("warc", str(path), source, s, s + split_bytes if s + split_bytes < size else None)
            for s in starts]


# --- reading ---------------------------------------------------------------------------------

def _header(headers: Any, name: str) -> str | None:
    if headers is None:
        return None
    value = headers.get_header(name)
    return str(value).strip() if value is not None else None


def _content_type(record: Any) -> tuple[str | None, str | None]:
    """(mime type, charset) of the HTTP payload."""
    raw = _header(record.http_headers, "content-type")
    if not raw:
        return None, None
    parts = [p.strip() for p in raw.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'") or None
    return parts[0].lower() or None, charset


def _is_html(mime: str | None, payload: bytes) -> bool:
    if mime in HTML_TYPES:
        return True
    if mime in (None, "", "application/octet-stream", "unk", "unknown/unknown"):
        return _SNIFF.match(payload[:2048].lstrip(b"\xef\xbb\xbf")) is not None
    return False


def _status(record: Any) -> int | None:
    if record.http_headers is None:
        return None
    code = str(record.http_headers.get_statuscode() or "")
    return int(code) if code.isdigit() else None


def _record_item(unit: InputUnit, record: Any, offset: int, max_bytes: int) -> RawPage | Rejection | None:
    role = _header(record.rec_headers, ROLE_HEADER)
    if role is not None and role != "page":
        return None  # an exchange the fetch report accounts for (redirect hop, retried attempt, failure)
    if is_arc(unit.location):
        source = f"{unit.source}#@{offset}"
    else:
        source = f"{unit.source}#{_header(record.rec_headers, 'WARC-Record-ID') or f'@{offset}'}"
    if role == "page":
        source = _header(record.rec_headers, SOURCE_HEADER) or source
    url = _header(record.rec_headers, "WARC-Target-URI")
    hard = max_bytes * HARD_LIMIT_FACTOR
    payload = record.content_stream().read(hard + 1)
    key = input_key(source, payload[:hard])
    status = _status(record)
    if status is not None and not 200 <= status < 300:
        return Rejection(source, "read", "http_status", f"HTTP {status} for {url}", key)
    mime, charset = _content_type(record)
    if not _is_html(mime, payload):
        return Rejection(source, "read", "not_html", f"payload type {mime or 'unknown'} ({url})", key)
    if len(payload) > max_bytes:  # as for saved pages: drop scripts, styles and inline images first
        payload = slim_html(payload) if len(payload) <= hard else payload
        if len(payload) > max_bytes:
            return Rejection(source, "read", "too_large",
                             f"payload larger than {max_bytes} bytes (after removing scripts, styles and images)", key)
    text, enc = decode_bytes(payload, charset)
    fetched = parse_iso(_header(record.rec_headers, "WARC-Date"))
    return RawPage(source, "html", text, url, fetched, key, enc)


_RECORD_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                           "continuation"})
_REQUIRED = ("WARC-Record-ID", "WARC-Date", "Content-Length")


def _check_complete(it: ArchiveIterator, record: Any, fh: IO[bytes]) -> None:
    """Raise EOFError when the record just read was cut short (the archive ends inside it)."""
    it.read_to_end()
    limit = getattr(record.raw_stream, "limit", None)
    if isinstance(limit, int) and limit > 0:
        raise EOFError("the archive ends inside a record")
    dec = it.reader.decompressor if it.reader is not None else None
    if dec is not None and not getattr(dec, "eof", True):
        pos = fh.tell()
        more = fh.read(1)
        fh.seek(pos)
        if not more:
            raise EOFError("the archive ends inside a gzip member")


def _iterate(fh: IO[bytes], unit: InputUnit, max_bytes: int, arc: bool, skip: int = 0,
             count: list[int] | None = None) -> Iterator[RawPage | Rejection]:
    it = ArchiveIterator(fh, arc2warc=arc)
    seen = 0
    for record in it:
        offset = it.offset
        if unit.stop is not None and offset >= unit.stop:
            break
        seen += 1
        if count is not None:
            count[0] = seen
        if record.rec_type not in _RECORD_TYPES:
            raise ArchiveLoadFailed(f"unreadable record at offset {offset} (type {record.rec_type!r})")
        if record.format == "warc" and not all(record.rec_headers.get_header(h) for h in _REQUIRED):
            raise EOFError(f"incomplete record header at offset {offset}")
        item = None
        if seen > skip and record.rec_type == "response":
            item = _record_item(unit, record, offset, max_bytes)
        _check_complete(it, record, fh)
        if item is not None:
            yield item


def read_warc(unit: InputUnit, max_bytes: int) -> Iterator[RawPage | Rejection]:
    path = Path(unit.location)
    arc = is_arc(unit.location)
    gz = path.name.lower().endswith(".gz")
    count = [0]
    where = unit.start
    try:
        with path.open("rb") as fh:
            if unit.start > 0:
                boundary = find_boundary(fh, unit.start, gz)
                if boundary is None or (unit.stop is not None and boundary >= unit.stop):
                    return
                fh.seek(boundary)
            try:
                yield from _iterate(fh, unit, max_bytes, arc, count=count)
                return
            except ArchiveLoadFailed as exc:
                if not (gz and "non-chunked gzip" in str(exc) and unit.start == 0):
                    raise
            # A whole-file gzip (not one member per record): stream it through gzip instead.
            done = count[0]  # records already handled (warcio raises before counting the next one)
        with gzip.open(path, "rb") as gfh:
            yield from _iterate(cast(IO[bytes], gfh), unit, max_bytes, arc, skip=max(done, 0), count=count)
    except Exception as exc:  # noqa: BLE001  (warcio raises anything on a damaged archive)
        src = f"{unit.source}#corrupt@{where}+{count[0]}"
        detail = f"archive damaged after {count[0]} record(s): {type(exc).__name__}: {exc}".strip()[:300]
        yield Rejection(src, "read", "corrupt_archive", detail, input_key(src, detail))


KINDS.update({"warc": read_warc})
