"""Line rules that tell page chrome from article body, shared by HTML and text-dump extraction.

Each rule is a small function returning a reason code or None; rules read their phrases from
``lexicons/boilerplate.json``. A rule never removes a long sentence only because it contains a
phrase: phrases must open the line, or the line must be short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from newsetl import lexicons
from newsetl.text.normalise import for_matching

_IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?\S*)?$", re.I)
_DATE_ONLY = re.compile(r"^[-–—\s]*(?:[\w،,]+\s+)?(?:\d{1,4}[\s/.\-]+){1,2}\d{1,4}(?:\s*[-–|]\s*\d{1,2}:\d{2}(?:\s*[APap]\.?[Mm]\.?)?)?[\s\-–—]*$")
_LATIN_DATE = re.compile(r"^[-–—\s]*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$", re.I)
_CREDIT = re.compile(r"^[\w\s]{2,30}\s*[-–/]\s*(?:وكالات|متابعات|خاص|وكالة)\s*$")
_DATELINE = re.compile(r"^[\w\s]{2,25}\s*[-–]\s*(?:متابعات|وكالات|خاص)\s*[:.]?\s*$")


@cache
def _lex() -> dict[str, tuple[str, ...]]:
    raw = lexicons.load("boilerplate.json")
    return {k: tuple(for_matching(x) for x in v) for k, v in raw.items()}


def _word_count(line: str) -> int:
    return len(line.split())


def rule_read_also(line: str, m: str) -> str | None:
    if any(m.startswith(p) for p in _lex()["read_also_prefixes"]):
        return "read_also"
    return None


def rule_section_header(line: str, m: str) -> str | None:
    stripped = m.strip(" :.-|»«")
    if stripped in _lex()["section_headers"]:
        return "section_header"
    return None


def rule_lone_token(line: str, m: str) -> str | None:
    if m.strip(" :.") in _lex()["lone_tokens"]:
        return "chrome_token"
    return None


def rule_phrase(line: str, m: str) -> str | None:
    if _word_count(line) <= 12 and any(p in m for p in _lex()["line_phrases"]):
        return "chrome_phrase"
    return None


def rule_image_file(line: str, m: str) -> str | None:
    return "image_file" if _IMAGE_FILE.match(line.strip()) else None


def rule_date_only(line: str, m: str) -> str | None:
    if _word_count(line) <= 6 and (_DATE_ONLY.match(m) or _LATIN_DATE.match(line)):
        return "date_line"
    return None


def rule_credit(line: str, m: str) -> str | None:
    if _word_count(line) <= 5 and (_CREDIT.match(m) or _DATELINE.match(m)):
        return "credit"
    if m.strip(" ()[]-–:.") in _lex()["agency_credits"]:
        return "credit"
    return None


RULES: tuple[Callable[[str, str], str | None], ...] = (
    rule_read_also, rule_section_header, rule_lone_token, rule_image_file, rule_date_only, rule_credit, rule_phrase,
)


def classify_line(line: str) -> str | None:
    """The reason a line is page chrome, or None when it may be body text."""
    m = for_matching(line)
    if not m:
        return "blank"
    for rule in RULES:
        reason = rule(line, m)
        if reason:
            return reason
    return None


def is_section_break(reason: str | None) -> bool:
    """After these headers, what follows is a list of other articles, not body."""
    return reason == "section_header"


def clean_lines(lines: Sequence[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Keep body lines, drop chrome lines with a reason. Order is kept."""
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    for line in lines:
        reason = classify_line(line)
        if reason:
            dropped.append((line, reason))
        else:
            kept.append(line)
    return kept, dropped
