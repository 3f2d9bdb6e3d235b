"""The speed-ups of the per-page chain change no result: the one-table folding, the memoised
functions and the fast path of clean_line agree with the plain rule-by-rule versions, and the
watchdog deadline keeps the semantics of a timer per call."""

from __future__ import annotations

import threading
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.deadline import PageTimeout, run_with_deadline
from newsetl.text import boilerplate, normalise
from newsetl.text.normalise import (
    collapse_whitespace,
    remove_diacritics,
    remove_tatweel,
    remove_zero_width,
    unify_alef,
    unify_spaces,
    unify_ta_marbuta,
    unify_ya,
    western_digits,
)

# every character any rule touches, plus Arabic and Latin letters, digits and plain spaces
SPECIAL = (
    "\u0622\u0623\u0625\u0671\u0627\u0649\u064a\u0629\u0647\u06cc\u06a9\u0640\u0670\u064b\u0650\u0652\u0610\u06d6\u06ea"
    "\u0660\u0669\u06f0\u06f9\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u00ad"
    "\u00a0\u1680\u2000\u200a\u202f\u205f\u3000 \t\n\f\v\r"
    "\ufb50\ufefb\ufef5\u0661\u2460\u00bdABCabcİ123اميركسوريةالقاهرة"
)
TEXT = st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=60) | st.text(
    alphabet=st.sampled_from(SPECIAL), min_size=480, max_size=560)  # also over the cache length cap


def reference_for_matching(s: str) -> str:
    """for_matching as it was written before the one-table version: one rule after the other."""
    s = unicodedata.normalize("NFKC", s)
    s = remove_tatweel(remove_diacritics(remove_zero_width(s)))
    s = unify_ta_marbuta(unify_ya(unify_alef(s))).translate(normalise._PERSIAN_LETTERS)
    s = western_digits(s).replace("\u0627\u0645\u064a\u0631\u0643", "\u0627\u0645\u0631\u064a\u0643")
    return collapse_whitespace(unify_spaces(s)).lower()


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_for_matching_equals_the_rule_by_rule_fold(s: str) -> None:
    expected = reference_for_matching(s)
    assert normalise._for_matching(s) == expected  # uncached
    assert normalise.for_matching(s) == expected  # cached (or over the cap)
    assert normalise.for_matching(s) == expected  # and again, from the cache


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_line_fast_path_equals_the_full_rule(s: str) -> None:
    assert normalise.clean_line(s) == collapse_whitespace(unify_spaces(remove_zero_width(s)))


LINES = st.sampled_from([
    "اقرأ أيضا", "اقرأ أيضا: الحكومة تعلن خطة جديدة", "مقالات ذات صلة", "التعليقات", "الوسوم: سوريا، تركيا",
    "0 تعليقات", "1,203 مشاهدة", "صورة.jpg", "الأحد 12 مايو 2024 - 10:30", "بقلم: أحمد علي", "وكالات",
    "دمشق - سانا", "#سوريا #تركيا", "طباعة", "45", "عاجل",
    "قال وزير الخارجية إن المحادثات مستمرة وإن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.",
]) | st.text(alphabet=st.sampled_from(SPECIAL), max_size=80) | st.text(min_size=500, max_size=560)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_classify_line_memoised_equals_uncached(line: str) -> None:
    expected = boilerplate._classify(line)
    assert boilerplate.classify_line(line) == expected
    assert boilerplate.classify_line(line) == expected


def test_deadline_from_many_threads_fires_only_where_it_ran_over() -> None:
    results: dict[int, str] = {}

    def work(i: int) -> None:
        def fn() -> object:
            return [None for _ in iter(int, 1)] if i % 2 else sum(range(1000))  # odd: loops forever

        try:
            run_with_deadline(fn, 0.05 + (i % 5) * 0.02)
            results[i] = "ok"
        except PageTimeout:
            results[i] = "timeout"

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == {i: "timeout" if i % 2 else "ok" for i in range(12)}


def test_nested_deadline_keeps_the_outer_one() -> None:
    t = time.perf_counter()
    with pytest.raises(PageTimeout):
        run_with_deadline(lambda: (run_with_deadline(lambda: 1, 30), [None for _ in iter(int, 1)]), 0.2)
    assert time.perf_counter() - t < 2


def test_an_early_deadline_after_a_long_one_is_not_delayed() -> None:
    """The watchdog sleeps until the earliest deadline; a shorter one registered later wakes it."""
    assert run_with_deadline(lambda: 1, 60) == 1  # the watchdog now sleeps until ~60 s from here
    t = time.perf_counter()
    with pytest.raises(PageTimeout):
        run_with_deadline(lambda: [None for _ in iter(int, 1)], 0.1)
    assert time.perf_counter() - t < 1
