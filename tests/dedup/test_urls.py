"""url_key: one key for every spelling of the same page address."""

from __future__ import annotations

import pytest

from newsetl.dedup.urls import url_key

SAME = [
    ("https://www.example.com/news/1", "http://example.com/news/1"),
    ("https://example.com/news/1/", "https://example.com/news/1"),
    ("https://EXAMPLE.com/news/1", "https://example.com/news/1"),
    ("https://example.com/news/1?utm_source=fb&utm_medium=x", "https://example.com/news/1"),
    ("https://example.com/news/1?fbclid=abc", "https://example.com/news/1#comments"),
    ("https://example.com/?p=25135&utm_campaign=x", "https://example.com/?p=25135"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://example.com/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", "https://example.com/سوريا"),
    ("https://example.com/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7/", "https://example.com/سوريا"),
    ("https://example.com:443/news/1", "https://example.com/news/1"),
    ("https://example.com//news//1", "https://example.com/news/1"),
]
DIFFERENT = [
    ("https://example.com/?p=1", "https://example.com/?p=2"),
    ("https://example.com/news/1", "https://other.com/news/1"),
    ("https://example.com/news/1", "https://example.com/news/12"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_page_same_key(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_pages_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


@pytest.mark.parametrize("u", [None, "", "   ", "not a url"])
def test_no_key_without_host(u: str | None) -> None:
    assert url_key(u) is None
