"""Derived columns the article suite checks (computed with pandas from the article rows)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pandas as pd

from newsetl import lexicons
from newsetl.text.normalise import for_matching

_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")


def arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text or ""))
    return len(_ARABIC.findall(text or "")) / letters if letters else 0.0


def _markers() -> re.Pattern[str]:
    lex = lexicons.load("boilerplate.json")
    phrases = [for_matching(p) for p in lex.get("read_also_prefixes", [])]
    headers = [for_matching(p) for p in lex.get("section_headers", []) if len(p.split()) >= 2]
    alts = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True) if len(p) > 4)
    halts = "|".join(re.escape(p) for p in sorted(set(headers), key=len, reverse=True))
    return re.compile(rf"(?m)^(?:{alts})|^(?:{halts})\s*:?\s*$")


def boilerplate_left(text: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search("\n".join(for_matching(x) for x in (text or "").split("\n"))))


def article_frame(rows: list[dict[str, object]], known_ids: frozenset[str] = frozenset()) -> pd.DataFrame:
    """The rows plus derived columns; ``known_ids`` are article ids written by earlier runs."""
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    pattern = _markers()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
    df["arabic_share"] = df["text"].map(arabic_share)
    df["text_length"] = df["text"].map(lambda t: len(t or ""))
    df["boilerplate_left"] = df["text"].map(lambda t: boilerplate_left(str(t), pattern))
    df["title_is_site_name"] = [
        isinstance(t, str) and for_matching(t) in {for_matching(x) for x in (o, s) if isinstance(x, str)}
        for t, o, s in zip(df["title"], df["outlet"], df["site_name"], strict=True)
    ]
    df["date_in_future"] = [isinstance(d, date) and d > tomorrow for d in df["published_date"]]
    ids = set(df["article_id"]) | known_ids
    df["duplicate_target_known"] = [not isinstance(d, str) or (d in ids and d != a)  # missing: NaN/NA in pandas 3
                                    for d, a in zip(df["duplicate_of"], df["article_id"], strict=True)]
    return df
