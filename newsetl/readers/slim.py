"""Make oversized HTML small enough to parse: drop what never holds article text.

Pages of tens of MB are mostly inline scripts, styles, SVG and base64 images. Those are removed
from the bytes before decoding; a page still over the limit afterwards is rejected ``too_large``.
"""

from __future__ import annotations

import re

_DROP = (
    re.compile(rb"<script\b.*?</script\s*>", re.I | re.S),
    re.compile(rb"<style\b.*?</style\s*>", re.I | re.S),
    re.compile(rb"<svg\b.*?</svg\s*>", re.I | re.S),
    re.compile(rb"<!--.*?-->", re.S),
    re.compile(rb"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+"),
)


def slim_html(data: bytes) -> bytes:
    for pattern in _DROP:
        data = pattern.sub(b"", data)
    return data
