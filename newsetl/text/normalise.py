"""Small Arabic normalisers, one rule each, code points written escaped (after CAMeL Tools).

Two families:
- *storage* normalisers (``clean_spaces``) only make text safe: Unicode spaces, zero-width
  characters and repeated whitespace. Diacritics and spelling are kept in stored text.
- *matching* normalisers (``for_matching``) fold spelling variants for hashing, dedup and lookups.
"""

from __future__ import annotations

import re
import unicodedata

# U+064B..U+065F harakat, U+0610..U+061A Quranic marks, U+0670 dagger alef, U+06D6..U+06ED marks
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_TATWEEL = "\u0640"
# zero-width space/joiners, LRM/RLM, bidi embeddings and isolates, BOM, soft hyphen
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
# NBSP, en/em spaces and friends, narrow NBSP, medium math space, ideographic space
_UNICODE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_H_SPACE = re.compile(r"[ \t\f\v]+")
_ALEF = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"})
_YA = str.maketrans({"\u0649": "\u064a"})  # alef maqsura -> ya
_TA = str.maketrans({"\u0629": "\u0647"})  # ta marbuta -> ha
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                        "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9", "01234567890123456789")
_PERSIAN_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})  # Farsi ya, keheh


def remove_diacritics(s: str) -> str:
    return _DIACRITICS.sub("", s)


def remove_tatweel(s: str) -> str:
    return s.replace(_TATWEEL, "")


def remove_zero_width(s: str) -> str:
    return _ZERO_WIDTH.sub("", s)


def unify_spaces(s: str) -> str:
    return _UNICODE_SPACES.sub(" ", s)


def unify_alef(s: str) -> str:
    return s.translate(_ALEF)


def unify_ya(s: str) -> str:
    return s.translate(_YA)


def unify_ta_marbuta(s: str) -> str:
    return s.translate(_TA)


def western_digits(s: str) -> str:
    """Arabic-Indic and extended (Persian) digits to ASCII digits."""
    return s.translate(_DIGITS)


def collapse_whitespace(s: str) -> str:
    return _H_SPACE.sub(" ", s).strip()


def clean_line(s: str) -> str:
    """Storage-safe normalisation of one line: spaces and invisible characters only."""
    return collapse_whitespace(unify_spaces(remove_zero_width(s)))


def clean_spaces(text: str) -> str:
    """Storage-safe normalisation of a multi-line text: each line cleaned, blank lines dropped."""
    lines = (clean_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(x for x in lines if x)


def for_matching(s: str) -> str:
    """Fold a text for comparison: NFKC, no diacritics/tatweel, unified alef/ya/ta marbuta,
    ASCII digits, lower case Latin, single spaces. Never stored."""
    s = unicodedata.normalize("NFKC", s)
    s = remove_tatweel(remove_diacritics(remove_zero_width(s)))
    s = unify_ta_marbuta(unify_ya(unify_alef(s))).translate(_PERSIAN_LETTERS)
    s = western_digits(s).replace("\u0627\u0645\u064a\u0631\u0643", "\u0627\u0645\u0631\u064a\u0643")  # اميرك -> امريك
    return collapse_whitespace(unify_spaces(s)).lower()


_WORD = re.compile(r"\w+")


def words(s: str) -> list[str]:
    return _WORD.findall(s)
