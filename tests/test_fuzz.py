"""Fuzz the pure text functions: arbitrary text (Arabic-heavy, markup, control characters) never
raises, and the outputs keep their invariants."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsetl.dedup.urls import url_key
from newsetl.extract.dates import extract_date
from newsetl.extract.html import extract_html
from newsetl.extract.outlets import extract_outlet
from newsetl.extract.quotes import extract_quotes
from newsetl.extract.textdump import extract_text_dump
from newsetl.text.language import identify

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.sampled_from(list(" \n\t«»\"“”:،.-|/0123456789٠١٢٣<>&;=")), st.characters())
TEXT = st.text(MIXED, max_size=400)
WORDS = st.lists(st.sampled_from(["قال", "وزير", "الخارجية", "إن", "أكد", "«", "»", "المتحدث", "باسم", "السفارة", "الأميركية",
                                  "2024", "أيار", "12", "\n", "اقرأ", "أيضا", ":", "،", "مسؤول", "في", "وزارة"]), max_size=60)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(TEXT, WORDS.map(" ".join)))
def test_quotes_never_raise_and_offsets_point_into_the_text(text: str) -> None:
    for q in extract_quotes(text):
        assert q.speaker and q.quote
        if q.start >= 0:
            assert 0 <= q.start <= q.end <= len(text)


@FAST
@given(st.one_of(TEXT, WORDS.map(" ".join)), st.one_of(st.none(), st.text(max_size=60)))
def test_text_dump_and_metadata_never_raise(text: str, url: str | None) -> None:
    ex = extract_text_dump(text, None)
    assert all(p.strip() for p in ex.paragraphs)
    outlet = extract_outlet(ex.signals, url)
    d = extract_date(ex.signals, url, ex.paragraphs, datetime(2024, 6, 1, tzinfo=UTC), outlet.timezone)
    assert d.published_date is None or d.published_date.year >= 1900
    identify(text)
    url_key(url)


@FAST
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<script>", "</script>", "<a href='x'>",
                                 "</a>", "<!--", "-->", "<title>", "</title>", "&amp;", "&#0;"])), TEXT)
def test_html_extraction_never_raises(tags: list[str], text: str) -> None:
    html = "".join(t + text[i::7][:30] for i, t in enumerate(tags)) or text
    ex = extract_html(html, "https://example.com/a")
    assert all("\n" not in p for p in ex.paragraphs)
