"""Line rules that tell page chrome from article body, shared by HTML and text-dump extraction.

Each rule is a small function ``rule(line, m) -> reason | None`` where ``m`` is the line folded by
``for_matching``; rules read their phrases from ``lexicons/boilerplate.json``. A rule never removes a
long sentence only because it contains a phrase: the phrase must open the line, be the whole line,
or the line must be short. Position rules (what comes before the body, what follows a related-list
header) live in ``newsetl.text.segment``; this module judges one line at a time.

Reason codes: ``read_also`` (an inline read-also link), ``related_header`` (a related-list header:
a soft break), ``section_end`` (comments, tags, newsletter, most-read: a hard break), ``tags``,
``comment``, ``chrome_token``, ``counter``, ``image_file``, ``date_line``, ``byline``, ``credit``,
``hashtag``, ``chrome_phrase``, ``disclaimer`` (an op-ed's "opinions are the writer's own" line),
``photo_credit`` (``عدسة: ...``, ``تصوير: ...``), ``caption`` (a caption closed by its bracketed photo credit),
``ticker`` (a breaking-news label and its headline on one line), ``consent`` (a cookie-consent banner).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from newsetl import lexicons
from newsetl.text.normalise import for_matching

_IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|svg|avif)(?:\?\S*)?$", re.I)
_PUNCT_EDGES = " :.-–—_|»«\"'“”()[]/\\،,؛;!؟?…*•·ـ"
_DASH_SPLIT = re.compile(r"\s*[-–—|/]+\s*|\s+ـ+\s*|\s*ـ+\s+")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?$")
_NUMERIC = re.compile(r"^[\d\s.,:/%+\-–()]+$")
# a numeric calendar date (``22/03/2024``, ``2024-03-22``, ``22.03.2024``): a date line, never a counter
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*(?:19|20)\d\d|(?:19|20)\d\d\s*([/.\-])\s*\d{1,2}"
                           r"\s*\2\s*\d{1,2})(?!\d)")
_HAS_DIGIT = re.compile(r"\d")
_LETTER_DIGIT = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\s،,:|/\-–—ـ()]+")

HARD_BREAKS = frozenset({"section_end", "tags", "comment"})
SOFT_BREAKS = frozenset({"related_header"})


@cache
def _lex() -> dict[str, tuple[str, ...]]:
    raw = lexicons.load("boilerplate.json")
    return {k: tuple(for_matching(x) for x in v) for k, v in raw.items() if not k.startswith("_")}


@cache
def _phrase_re(key: str) -> re.Pattern[str]:
    """One regex for a phrase list, matching whole words only (``طباعة`` not inside ``الطباعة``)."""
    alts = sorted((re.escape(p) for p in _lex()[key] if p), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


@cache
def _set(key: str) -> frozenset[str]:
    return frozenset(_lex()[key])


def lexicon(key: str) -> tuple[str, ...]:
    """The folded phrases of one list of ``boilerplate.json``."""
    return _lex()[key]


def word_count(line: str) -> int:
    return len(line.split())


def core(m: str) -> str:
    """A folded line without decoration at its edges (punctuation, dashes, bullets)."""
    return m.strip(_PUNCT_EDGES).strip()


def starts_with_phrase(m: str, key: str) -> str | None:
    """The phrase of list ``key`` that opens the folded line, ending at a word boundary."""
    for p in sorted(_lex()[key], key=len, reverse=True):
        if m.startswith(p) and (len(m) == len(p) or not (m[len(p)].isalnum() and p[-1].isalnum())):
            return p
    return None


def rule_read_also(line: str, m: str) -> str | None:
    p = starts_with_phrase(m, "read_also_prefixes")
    if p is None:
        return None
    rest = core(m[len(p):])
    return "read_also" if rest else "related_header"


def rule_break(line: str, m: str) -> str | None:
    c = core(m)
    if c in _set("soft_breaks"):
        return "related_header"
    if c in _set("hard_breaks"):
        return "section_end"
    return None


def rule_tags(line: str, m: str) -> str | None:
    p = starts_with_phrase(m, "tag_prefixes")
    if p is not None and m[len(p):].lstrip().startswith(":"):
        return "tags"
    return None


def rule_comment(line: str, m: str) -> str | None:
    if word_count(line) <= 20 and _phrase_re("comment_phrases").search(m):
        return "comment"
    return None


def rule_lone_token(line: str, m: str) -> str | None:
    if core(m) in _set("lone_tokens") or m.strip() in _set("lone_tokens") or not core(m):
        return "chrome_token"
    return None


def rule_counter(line: str, m: str) -> str | None:
    """View counters and bare numbers: ``45``, ``0 تعليقات``, ``1,203 مشاهدة``. A numeric date with or
    without a time (``22/03/2024 - 09:12``) is left to the date-line rule."""
    if _NUMERIC_DATE.search(m):
        return None
    if _NUMERIC.match(m):
        return "counter"
    toks = m.split()
    if 1 < len(toks) <= 3 and _HAS_DIGIT.search(m):
        rest = [t for t in toks if not _NUMERIC.match(t)]
        if rest and all(t in _set("counter_words") for t in rest):
            return "counter"
    return None


def rule_image_file(line: str, m: str) -> str | None:
    return "image_file" if _IMAGE_FILE.match(line.strip()) else None


@cache
def _calendar_words() -> frozenset[str]:
    """Every word of a month or weekday name in ``months.json`` (all calendars and spellings), folded."""
    months = lexicons.load("months.json")
    names = [n for table in ("gregorian", "hijri", "weekdays") for variants in months[table].values() for n in variants]
    return frozenset(w for n in names for w in _TOKEN.findall(for_matching(n)))


# a year with its era letter glued to it: "1446هـ" (Hijri), "2025م" (Gregorian), folded
_ERA_YEAR = re.compile(r"^\d{3,4}[هم]$")


def is_date_like(m: str, max_unknown: int = 0) -> bool:
    """A folded line made of date and time tokens only (numbers, months, weekdays, time words)."""
    if not _HAS_DIGIT.search(m):
        return False
    words = _set("date_words") | _calendar_words()
    phrase = _phrase_re("date_words").sub(" ", m)
    unknown = [t for t in _TOKEN.findall(phrase)
               if not (_NUMERIC.match(t) or _TIME.match(t) or _ERA_YEAR.match(t) or t in words)]
    return len(unknown) <= max_unknown


def rule_date_line(line: str, m: str) -> str | None:
    if word_count(line) > 14:
        return None
    if starts_with_phrase(m, "date_line_prefixes") is not None:
        return "date_line"
    if is_date_like(m):
        return "date_line"
    if _dated_credit(m):
        return "date_line"
    return None


_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dated_credit(m: str) -> bool:
    """``صدى الأطلس - الاثنين 11 نونبر 2024 - 17:40``, ``بغداد | 14/07/2024``: a short name (site, city,
    agency) and a full date with its time, cut by dashes or bars: the article's dateline, not a paragraph."""
    parts = [p.strip() for p in _DASH_SPLIT.split(m) if p.strip()]
    if len(parts) < 2 or word_count(m) > 12:
        return False
    dated = [p for p in parts if is_date_like(p) and _FULL_YEAR.search(p)
             and (len(_TOKEN.findall(p)) >= 3 or _NUMERIC_DATE.search(p))]
    others = [p for p in parts if p not in dated and not is_date_like(p)]
    return bool(dated) and len(others) <= 1 and all(word_count(p) <= 3 for p in others)


def rule_ticker_line(line: str, m: str) -> str | None:
    """``شريط الأخبار: ...``, ``عاجل: ...``, ``عاجل.. ...``: a news-ticker label and one of its headlines on
    a single line. The label must be cut off by a colon, a bar, a dash or dots ("عاجل" opening a sentence
    is no label)."""
    p = starts_with_phrase(m, "ticker_line_prefixes")
    if p is not None and m[len(p):].lstrip().startswith((":", "|", "-", "–", "—", "..", "…")) and word_count(line) <= 25:
        return "ticker"
    return None


_CREDIT_SEPS = (":", "：", "-", "–", "—", "|", "/")
PHOTO_CREDIT_MAX_NAME_WORDS = 5
PHOTO_CREDIT_OPEN_MAX_WORDS = 3
CAPTION_MAX_WORDS = 20
_TRAILING_PAREN = re.compile(r"\(([^()]{2,60})\)\s*$")
_SENTENCE_END = re.compile(r"[.!؟?][\"'”»)\]]*$")


def is_photo_credit(m: str) -> bool:
    """A folded photo credit: ``عدسة: ...``, ``تصوير - ...``, ``الصورة: ...``, ``(تصوير: بنا)``, ``بعدسة فلان``.
    The prefix opens the line and a short name follows a colon or a dash (after ``عدسة``/``بعدسة`` the name
    may follow directly, in three words at most); a sentence ("تصوير الفيلم بدأ ...") is no credit."""
    c = core(m)
    p = starts_with_phrase(c, "photo_credit_prefixes")
    if p is None:
        return False
    rest = c[len(p):].strip()
    if rest.startswith(_CREDIT_SEPS):
        rest, limit = rest.lstrip("".join(_CREDIT_SEPS) + " ").strip(), PHOTO_CREDIT_MAX_NAME_WORDS
    elif p in _set("photo_credit_open_words"):
        limit = PHOTO_CREDIT_OPEN_MAX_WORDS
    else:
        return False
    words = rest.split()
    return 1 <= len(words) <= limit and not re.search(r"[،,؛;؟?!]", rest)


def rule_photo_credit(line: str, m: str) -> str | None:
    """A photo credit line (``photo_credit``), or a caption closed by its credit in brackets (``caption``):
    ``جانب من الاجتماع (تصوير: بنا)``. A caption is short and has no closing full stop before the bracket."""
    if word_count(line) <= PHOTO_CREDIT_MAX_NAME_WORDS + 3 and is_photo_credit(m):
        return "photo_credit"
    tail = _TRAILING_PAREN.search(m)
    if tail is not None and word_count(line) <= CAPTION_MAX_WORDS and is_photo_credit(tail.group(1)):
        before = m[:tail.start()].strip()
        if before and not _SENTENCE_END.search(before):
            return "caption"
    return None


CONSENT_MAX_WORDS = 45


def is_consent_banner(m: str) -> bool:
    """A folded cookie-consent banner: it names cookies and opens like a banner ("نستخدم ملفات تعريف الارتباط
    ...", "هذا الموقع يستخدم ...") or speaks to the reader twice ("تجربتك", "سياسة الخصوصية"). A reported
    statement about cookies ("قالت الهيئة إن الشركات تستخدم ملفات تعريف الارتباط ...") does neither; a quote is
    never a banner."""
    if word_count(m) > CONSENT_MAX_WORDS or "«" in m or not _phrase_re("consent_cookie_words").search(m):
        return False
    if starts_with_phrase(m, "consent_openers") is not None:
        return True
    return len(set(_phrase_re("consent_cues").findall(m))) >= 2


def is_consent_button(line: str) -> bool:
    """A button label of a consent banner (``أوافق``, ``قبول``, ``رفض``, ``إدارة التفضيلات``): chrome only next to
    a banner (see ``newsetl.text.segment``); alone, such a word may be text."""
    m = for_matching(line)
    return core(m) in _set("consent_buttons") or m.strip() in _set("consent_buttons")


def rule_consent(line: str, m: str) -> str | None:
    return "consent" if is_consent_banner(m) else None


PRODUCTION_CREDIT_MAX_WORDS = 35
_PAREN_LINE = re.compile(r"^\s*\((?P<inner>[^()]+)\)\s*\.?\s*$")


def is_production_credit(m: str) -> bool:
    """A wire story's production credit in brackets: ``(تغطية صحفية فلان - إعداد فلان للنشرة العربية - تحرير
    فلان)``. Every part opens with a role (``تغطية صحفية``, ``إعداد``, ``تحرير`` ...) and there are two parts or
    more, or one opening with a role that never opens a sentence (``تغطية صحفية``); a bracketed remark
    ("(تحرير المدينة استغرق أشهرا)") is one part with a common word."""
    p = _PAREN_LINE.match(m)
    if p is None or word_count(m) > PRODUCTION_CREDIT_MAX_WORDS:
        return False
    parts = [x.strip() for x in re.split(r"\s+[-–—/|]+\s+|\s*[؛;]\s*", p.group("inner")) if x.strip()]
    if not parts or not all(starts_with_phrase(x, "production_credit_roles") is not None for x in parts):
        return False
    return len(parts) >= 2 or starts_with_phrase(parts[0], "production_credit_strong") is not None


def paren_name(line: str) -> str | None:
    """The name of a line made only of a short name in brackets (``(وكالات)``, ``(اسم الموقع)``), else None."""
    p = _PAREN_LINE.match(line)
    if p is None:
        return None
    inner = p.group("inner").strip()
    if not inner or word_count(inner) > 4 or re.search(r"[.،,؛;؟?!:«»\"]", inner):
        return None
    return inner


def rule_live_prompt(line: str, m: str) -> str | None:
    """A live-blog prompt: ``تابعوا التغطية المباشرة لحظة بلحظة`` (short, opening with the prompt, not a closed
    sentence)."""
    if word_count(line) <= 8 and starts_with_phrase(m, "live_prompts") is not None and not _SENTENCE_END.search(m):
        return "chrome_phrase"
    return None


def rule_byline(line: str, m: str) -> str | None:
    if word_count(line) <= 7 and starts_with_phrase(m, "byline_prefixes") is not None:
        return "byline"
    return None


def is_agency(text: str) -> bool:
    return core(for_matching(text)) in _set("agency_credits")


def is_ticker_label(line: str) -> bool:
    """A lone breaking-news label (``عاجل``): the lines right after it are ticker headlines."""
    return core(for_matching(line)) in _set("ticker_labels")


def is_share_token(line: str) -> bool:
    """A share button or text-size widget (``فيسبوك``, ``+A``): article furniture, not site navigation."""
    return core(for_matching(line)) in _set("share_tokens") or for_matching(line).strip() in _set("share_tokens")


def is_place(text: str) -> bool:
    return core(for_matching(text)) in _set("places")


def has_site_word(text: str) -> bool:
    return bool(_phrase_re("site_words").search(for_matching(text)))


def rule_credit(line: str, m: str) -> str | None:
    """Credit and dateline lines: ``وكالات``, ``المصدر: سبوتنيك``, ``ليفانت-وكالات``,
    ``الكويت ــ الرأي الجديد (وكالات)``, ``هبة بريس ـ الرباط``."""
    n = len(_WORD.findall(line))
    c = core(m)
    if c in _set("agency_credits"):
        return "credit"
    if is_production_credit(m):
        return "credit"
    name = paren_name(line)
    if name is not None and (is_agency(name) or has_site_word(name)):
        return "credit"  # "(أرزة نيوز)": the outlet's credit alone in brackets
    if n <= 6 and starts_with_phrase(m, "source_prefixes") is not None:
        return "credit"
    if n <= 8:
        parts = [core(for_matching(p)) for p in _DASH_SPLIT.split(re.sub(r"[()\[\]]", " - ", line))]
        parts = [p for p in parts if p]
        marked = [p in _set("agency_credits") or p in _set("places") or bool(_phrase_re("site_words").search(p))
                  for p in parts]
        if len(parts) >= 2 and any(marked) and all(
            ok or word_count(p) <= 2 for p, ok in zip(parts, marked, strict=True)
        ) and all(word_count(p) <= 4 for p in parts):
            return "credit"
    return None


def rule_hashtag(line: str, m: str) -> str | None:
    toks = line.split()
    if toks and all(t.startswith("#") for t in toks):
        return "hashtag"
    if len(toks) == 1 and len(toks[0]) > 3 and ("_" in toks[0] or _LETTER_DIGIT.search(for_matching(toks[0]))):
        return "hashtag"
    return None


DISCLAIMER_MAX_WORDS = 30


def rule_disclaimer(line: str, m: str) -> str | None:
    """An opinion disclaimer under an op-ed: "الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة
    موقف ...". A short line naming the writer's opinion (``رأي كاتبها``) together with a disclaiming cue
    (``بالضرورة``, ``لا تعكس``, ``الآراء الواردة``); a reported statement in the body names neither."""
    if word_count(line) <= DISCLAIMER_MAX_WORDS and _phrase_re("disclaimer_writer").search(m) \
            and _phrase_re("disclaimer_cues").search(m):
        return "disclaimer"
    return None


def rule_phrase(line: str, m: str) -> str | None:
    if word_count(line) <= 12 and _phrase_re("line_phrases").search(m):
        return "chrome_phrase"
    return None


RULES: tuple[Callable[[str, str], str | None], ...] = (
    rule_lone_token, rule_consent, rule_live_prompt, rule_read_also, rule_break, rule_tags, rule_comment, rule_counter, rule_image_file,
    rule_photo_credit, rule_date_line, rule_ticker_line, rule_byline, rule_credit, rule_hashtag, rule_phrase, rule_disclaimer,
)


CLASSIFY_CACHE_MAX_LEN = 512  # body paragraphs are longer and seldom seen twice: not cached


def classify_line(line: str) -> str | None:
    """The reason a line is page chrome, or None when it may be body text.

    Pure (the rules read fixed lexicons): the same chrome lines are judged many times per page
    (pruning, segmentation, header scans), so short lines are memoised."""
    if len(line) <= CLASSIFY_CACHE_MAX_LEN:
        return _classify_cached(line)
    return _classify(line)


def _classify(line: str) -> str | None:
    m = for_matching(line)
    if not m:
        return "blank"
    for rule in RULES:
        reason = rule(line, m)
        if reason:
            return reason
    return None


_classify_cached = lru_cache(maxsize=16384)(_classify)

