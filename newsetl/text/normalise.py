"""Small Arabic normalisers, one rule each, code points written escaped (after CAMeL Tools).

Two families:
- *storage* normalisers (``clean_spaces``) only make text safe: Unicode spaces, zero-width
  characters and repeated whitespace. Diacritics and spelling are kept in stored text.
- *matching* normalisers (``for_matching``) fold spelling variants for hashing, dedup and lookups.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


_ZERO_WIDTH_OR_SPACE = re.compile(f"{_ZERO_WIDTH.pattern}|{_UNICODE_SPACES.pattern}")


def clean_line(s: str) -> str:
    """Storage-safe normalisation of one line: spaces and invisible characters only."""
    if _ZERO_WIDTH_OR_SPACE.search(s) is None:  # nothing to remove or unify: only collapse (most lines)
        return collapse_whitespace(s)
    return collapse_whitespace(unify_spaces(remove_zero_width(s)))


def clean_spaces(text: str) -> str:
    """Storage-safe normalisation of a multi-line text: each line cleaned, blank lines dropped."""
    lines = (clean_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(x for x in lines if x)


# for_matching's deletions (zero-width, diacritics, tatweel) and one-to-one letter, digit and space
# folds in one table: the sets are disjoint and no fold produces a deleted or folded character, so one
# pass gives what the single-rule functions above give one after the other
_FOLD_TABLE: dict[int, str | None] = {
    **{cp: None for cp in range(0x10000) if _ZERO_WIDTH.fullmatch(chr(cp)) or _DIACRITICS.fullmatch(chr(cp))},
    ord(_TATWEEL): None,
    **{cp: " " for cp in range(0x10000) if _UNICODE_SPACES.fullmatch(chr(cp))},
    **{k: v if isinstance(v, str) else chr(v) for table in (_ALEF, _YA, _TA, _PERSIAN_LETTERS, _DIGITS) for k, v in table.items()},
}
_AMERIC = ("\u0627\u0645\u064a\u0631\u0643", "\u0627\u0645\u0631\u064a\u0643")  # اميرك -> امريك
FOLD_CACHE_MAX_LEN = 512  # longer strings (paragraphs, whole texts) are rarely folded twice: not cached
FOLD_CACHE_SIZE = 16384  # worst case about 35 MB (16k strings of 512 Arabic characters, and their folds)


def _for_matching(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_FOLD_TABLE).replace(*_AMERIC)
    return _H_SPACE.sub(" ", s).strip().lower()


_for_matching_cached = lru_cache(maxsize=FOLD_CACHE_SIZE)(_for_matching)


def for_matching(s: str) -> str:
    """Fold a text for comparison: NFKC, no diacritics/tatweel, unified alef/ya/ta marbuta,
    ASCII digits, lower case Latin, single spaces. Never stored.

    Pure, and called again and again on the same chrome lines, lexicon phrases and words: short
    strings are memoised."""
    if len(s) <= FOLD_CACHE_MAX_LEN:
        return _for_matching_cached(s)
    return _for_matching(s)


_WORD = re.compile(r"\w+")


def words(s: str) -> list[str]:
    return _WORD.findall(s)
