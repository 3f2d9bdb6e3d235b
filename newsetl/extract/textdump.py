"""Scraper text dumps: the visible text of a page, one block per line, no markup.

Finds the headline among the chrome (``newsetl.text.segment.find_title``), the body between the
chrome before and after it, and drops inline noise with the shared line rules. What the removed
lines tell goes to ``signals``: ``raw_title``, ``title_affixes``, ``header_lines`` (between the last
showing of the headline and the body), ``top_lines`` (above it: menu, today's date), ``credit_lines``,
``dateline``, ``agency``, ``author``.
"""

from __future__ import annotations

from typing import Any

from newsetl.records import Extraction
from newsetl.text.normalise import clean_line
from newsetl.text.segment import find_title, segment

MIN_BODY_WORDS = 8


def dump_lines(text: str) -> list[str]:
    """Non-blank lines with safe space normalisation only."""
    lines = (clean_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [x for x in lines if x]


def extract_text_dump(text: str, url: str | None = None) -> Extraction:
    lines = dump_lines(text)
    info = find_title(lines)
    before = lines[: info.index] if info.index > 0 else []
    after = lines[info.index + 1:] if info.index >= 0 else lines
    seg = segment(after, info.title, known_sites=info.affixes)
    dropped = [(x, "before_title") for x in before] + seg.dropped
    signals: dict[str, Any] = {
        "raw_title": info.raw_title,
        "title_affixes": info.affixes,
        "header_lines": seg.header_lines,
        "credit_lines": seg.credit_lines,
        "canonical_url": url,
    }
    signals.update(seg.signals)
    # lines above the headline are the site's top bar (menu, today's date): never the article's header
    signals["top_lines"] = before + list(seg.signals.get("top_lines", []))
    return Extraction(title=info.title, paragraphs=tuple(seg.body), dropped=tuple(dropped), signals=signals)
