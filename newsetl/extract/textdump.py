"""Scraper text dumps: the visible text of a page, one block per line, no markup.

Finds the headline among the chrome, the body between the chrome before and after it, and drops
inline noise with the shared line rules.
"""

from __future__ import annotations

from newsetl.records import Extraction
from newsetl.text.boilerplate import classify_line, is_section_break
from newsetl.text.normalise import clean_line

MIN_BODY_WORDS = 8


def extract_text_dump(text: str, url: str | None = None) -> Extraction:
    lines = [clean_line(x) for x in text.replace("\r", "\n").split("\n")]
    lines = [x for x in lines if x]
    title = ""
    title_idx = -1
    for i, line in enumerate(lines):
        if classify_line(line) is None and 3 <= len(line.split()) <= 30:
            title, title_idx = line, i
            break
    header = lines[:title_idx] if title_idx > 0 else []
    body: list[str] = []
    dropped: list[tuple[str, str]] = [(x, "header") for x in header]
    credits: list[str] = []
    started = False
    for line in lines[title_idx + 1:]:
        reason = classify_line(line)
        if reason is None and line == title:
            reason = "title_repeat"
        if reason is None and not started and len(line.split()) < MIN_BODY_WORDS:
            reason = "before_body"
        if reason is None:
            started = True
            body.append(line)
            continue
        dropped.append((line, reason))
        if reason == "credit":
            credits.append(line)
        if started and is_section_break(reason):
            dropped.extend((x, "after_body") for x in lines[lines.index(line) + 1:])
            break
    signals = {"raw_title": title, "header_lines": header, "credit_lines": credits, "canonical_url": url}
    return Extraction(title=title, paragraphs=tuple(body), dropped=tuple(dropped), signals=signals)
