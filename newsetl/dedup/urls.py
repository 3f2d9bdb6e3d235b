"""Canonical URL keys: one key for every spelling of the same page address."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|yclid|mc_cid|mc_eid|ref|ref_src|src|source|cmp|from|output|amp|share|igshid|_ga|spm)$", re.I)


def url_key(url: str | None) -> str | None:
    """Host without www/m, path percent-decoded then re-encoded uniformly, no trailing slash,
    tracking parameters dropped and the rest sorted; scheme and fragment ignored."""
    if not url or not url.strip():
        return None
    p = urlsplit(url.strip())
    host = (p.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    if not host:
        return None
    if p.port and p.port not in (80, 443):
        host = f"{host}:{p.port}"
    path = quote(unquote(p.path), safe="/-._~!$&'()*+,;=:@")
    path = re.sub(r"/+", "/", path).rstrip("/")
    path = re.sub(r"/amp$", "", path)
    query = urlencode(sorted((k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if not _TRACKING.match(k)))
    return host + path + (("?" + query) if query else "")
