"""Quoted statements and their speakers (first rule-based version)."""

from __future__ import annotations

import re

from newsetl.records import Quote

_DIRECT = re.compile(r"(?:قال|وقال|أكد|وأكد|أضاف|وأضاف)\s+([^:«\"]{3,80}?)\s*[:،,]?\s*[«\"“]([^»\"”]{8,})[»\"”]")


def extract_quotes(text: str, title: str | None = None) -> list[Quote]:
    out: list[Quote] = []
    for m in _DIRECT.finditer(text):
        speaker = m.group(1).strip(" ،,")
        out.append(Quote(speaker, None, None, "named", False, m.group(2).strip(), "direct", m.start(2), m.end(2)))
    return out
