"""Storage vs matching normalisation, and Arabic-language identification (not only script)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsetl.text.language import identify
from newsetl.text.normalise import clean_line, clean_spaces, for_matching, western_digits

AR = "قال وزير الخارجية إن الحكومة تدعم الحل السياسي في سوريا، مؤكداً أهمية الحوار بين الأطراف كافة."
FA = "وزیر امور خارجه گفت که دولت از راه حل سیاسی در سوریه پشتیبانی می‌کند و این موضوع را پیگیری خواهد کرد."
UR = "وزیر خارجہ نے کہا کہ حکومت شام میں سیاسی حل کی حمایت کرتی ہے اور یہ مسئلہ اہم ہے۔"
KU = "وەزیری دەرەوە وتی کە حکومەت پشتگیری لە چارەسەری سیاسی دەکات لە سووریا."
EN = "The foreign minister said the government supports a political solution in Syria."


def test_storage_normalisation_keeps_diacritics_and_spelling() -> None:
    s = "\u200fقَالَ\u00a0الوزيرُ  الأميركي\u200b"
    assert clean_line(s) == "قَالَ الوزيرُ الأميركي"


def test_matching_folds_variants() -> None:
    assert for_matching("الأمريكية") == for_matching("الأميركيّة") == for_matching("الامريكيه")
    assert for_matching("مــصــر") == for_matching("مصر")
    assert western_digits("٢٠٢٤/٠٥/١٢") == "2024/05/12" and western_digits("۱۴۰۳") == "1403"


def test_language_identification() -> None:
    assert identify(AR).language == "ar"
    for text in (FA, UR, KU):
        assert identify(text).language == "fa/ur/ku", text
    assert identify(EN).language == "other"
    assert identify("12345 --- !!!").language == "unknown"


@given(st.text())
def test_clean_spaces_is_idempotent(s: str) -> None:
    once = clean_spaces(s)
    assert clean_spaces(once) == once


@given(st.text())
def test_for_matching_is_idempotent(s: str) -> None:
    once = for_matching(s)
    assert for_matching(once) == once
