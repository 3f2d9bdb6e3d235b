"""Fingerprint invariants: spelling variants that for_matching folds leave every fingerprint
unchanged; hashes are stable; shingles stay inside paragraphs."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.dedup.fingerprint import NUM_PERM, content_hash, fingerprint, shingles

WORDS = ["وزير", "الخارجية", "الأمريكية", "قال", "إن", "المحادثات", "مع", "الحكومة", "السورية", "في", "دمشق",
         "يوم", "الاثنين", "على", "مجلس", "الأمن", "الدولي", "2024", "رئيس", "الوزراء", "إلى", "عودة", "اللاجئين"]
text_st = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), min_size=1, max_size=6).map(
    lambda ps: "\n".join(" ".join(p) for p in ps))
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"
INDIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


def decorate(text: str, marks: list[int]) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if "\u0628" <= ch <= "\u064a":
            m = marks[i % len(marks)]
            out.append(HARAKAT[m % 5] if m < 5 else ("\u0640" if m == 5 else ""))
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(text_st, st.lists(st.integers(0, 9), min_size=1, max_size=20))
def test_diacritics_tatweel_digits_spelling_do_not_change_fingerprints(text: str, marks: list[int]) -> None:
    variant = decorate(text, marks).translate(INDIC).replace("الأمريكية", "الأميركية").replace("إلى", "الى")
    assert content_hash(variant) == content_hash(text)
    assert shingles(variant) == shingles(text)
    fp = fingerprint([text, variant])
    assert np.array_equal(fp.signatures[0], fp.signatures[1])
    assert np.array_equal(fp.shingle_set(0), fp.shingle_set(1))


@settings(max_examples=30, deadline=None)
@given(st.lists(text_st, min_size=1, max_size=8))
def test_batch_equals_one_by_one(texts: list[str]) -> None:
    whole = fingerprint(texts, chunk=3)
    for i, t in enumerate(texts):
        one = fingerprint([t])
        assert np.array_equal(whole.signatures[i], one.signatures[0])
        assert np.array_equal(whole.shingle_set(i), one.shingle_set(0))
        assert len(whole.shingle_set(i)) == len(set(whole.shingle_set(i).tolist()))
        assert list(whole.shingle_set(i)) == sorted(whole.shingle_set(i))


def test_shape_and_empty_text() -> None:
    fp = fingerprint(["", "كلمة", "قال وزير الخارجية الأمريكية في دمشق"])
    assert fp.signatures.shape == (3, NUM_PERM)
    assert list(fp.sizes) == [0, 1, 4]  # one word: itself; six words: four 3-grams


def test_shingles_do_not_cross_paragraphs_and_skip_short_lines() -> None:
    text = "قال وزير الخارجية اليوم\nالرئيسية أخبار\nإن المحادثات مع الحكومة"
    got = shingles(text)
    assert "وزير الخارجيه اليوم" in got
    assert not any("اليوم ان" in s for s in got)  # across a paragraph break
    assert not any("الرئيسيه" in s for s in got)  # a two-word chrome line


def test_hashes_are_stable_across_processes() -> None:
    code = ("from newsetl.dedup.fingerprint import fingerprint; "
            "f = fingerprint(['قال وزير الخارجية الأمريكية إن المحادثات مع الحكومة السورية']); "
            "print(f.signatures[0][:8].tolist(), f.shingles.tolist())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_token_wise_folding_equals_whole_text_folding(shared) -> None:  # type: ignore[no-untyped-def]
    from newsetl.dedup.fingerprint import _segments
    from newsetl.text.normalise import for_matching, words
    for p in sorted((shared / "dev" / "real").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").split("\n"):
            got = [w for seg in _segments(line) for w in seg]
            assert got == words(for_matching(line)), line
