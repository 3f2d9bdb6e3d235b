"""Is a text Arabic language (not only Arabic script)?

Arabic script also writes Persian, Urdu, Kurdish (Sorani), Pashto and others. Those languages use
letters Arabic does not (U+067E pe, U+0686 che, U+0698 zhe, U+06AF gaf, U+06A9 keheh, U+06CC farsi
yeh, U+06D2 yeh barree, U+0679 tteh, U+06B5/U+06CE/U+0695 Kurdish letters, ...) and very frequent
function words; a page where they are common is not Arabic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_NON_ARABIC_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c1\u06b5\u06ce\u0695\u06c6\u06ea\u0693\u0696\u069a\u06bc]")
# Persian / Urdu / Kurdish function words written without those letters
_NON_ARABIC_WORDS = re.compile(r"(?<!\w)(?:است|این|آن|را|های|برای|می|شد|کرد|ہے|کے|اور|میں|لیکن|ئەم|لە|بۆ)(?!\w)")
_ARABIC_WORDS = re.compile(r"(?<!\w)(?:في|من|على|إلى|الى|أن|ان|التي|الذي|عن|مع|هذا|هذه|قال|كان|وقد)(?!\w)")


@dataclass(frozen=True)
class LanguageVerdict:
    language: str  # "ar", "fa/ur/ku" (other Arabic-script language), "other", "unknown"
    arabic_share: float
    detail: str


def identify(text: str, min_arabic_share: float = 0.6) -> LanguageVerdict:
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    letters = arabic + latin
    if letters == 0:
        return LanguageVerdict("unknown", 0.0, "no letters")
    share = arabic / letters
    if share < min_arabic_share:
        return LanguageVerdict("other", share, f"Arabic-script letters are {share:.0%} of letters")
    foreign = len(_NON_ARABIC_LETTERS.findall(text))
    fwords = len(_NON_ARABIC_WORDS.findall(text))
    awords = len(_ARABIC_WORDS.findall(text))
    if foreign / max(1, arabic) > 0.01 or fwords > max(3, awords):
        return LanguageVerdict("fa/ur/ku", share, f"Arabic script but not Arabic: {foreign} Persian/Urdu/Kurdish letters, {fwords} function words vs {awords} Arabic")
    return LanguageVerdict("ar", share, f"Arabic letters {share:.0%}")
