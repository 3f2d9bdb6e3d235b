"""Bytes to text: BOM, declared charset (HTTP header or <meta>), strict UTF-8, then detection.

Arabic pages still come in windows-1256 and ISO-8859-6, declared or not. A page is decoded with the
first of: BOM, declared charset, strict UTF-8, charset detection restricted to plausible encodings.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_ARABIC_CANDIDATES = ("cp1256", "iso8859_6", "cp720", "cp864", "utf_16", "mac_arabic")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _codec(m.group(1).decode("ascii", "ignore")) if m else None


def decode_bytes(data: bytes, header_charset: str | None = None, markup: bool = True) -> tuple[str, str]:
    """Decode page bytes, returning (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff"), enc
    declared = _codec(header_charset) or (declared_charset(data) if markup else None)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[:200_000], cp_isolation=list(_ARABIC_CANDIDATES) + ["latin_1", "cp1252"]).best()
    enc = best.encoding if best is not None else "cp1256"
    return data.decode(enc, errors="replace"), enc
