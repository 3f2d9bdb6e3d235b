"""Position rules: where the headline is, where the body starts and ends, what is glued to it.

Works on a list of cleaned lines (one block per line) for both text dumps and the text trafilatura
returns. Line-level judgements come from ``newsetl.text.boilerplate``; this module adds position:

- the headline is the first line that the page repeats (alone or with a site name glued to it),
  else the first non-chrome line when it reads like a headline (short, no closing full stop);
- lines between the top and the first paragraph are header lines (dates, bylines, categories), except
  the site's top bar: what stands above a repeat of the headline after a menu or a ticker, a date
  followed by the site's name or a navigation menu, and a date under a menu or ticker (unless the top
  bar's own date stood above it) is ``top_lines`` (today's date, never the publication date);
- the headline-shaped lines right after a lone ``عاجل`` are a news ticker, the one right after an
  image file name its caption;
- a run of headline-shaped lines closing the body (other stories listed without a header: several
  of them, or one with a date next to it, or one also linked elsewhere on the page) is dropped, on
  pages that close their paragraphs with punctuation, unless a colon or bullets make it a list;
- after a related-list header, lines are other articles until a real paragraph comes back; after a
  comments/tags/newsletter block nothing is body;
- a dateline, outlet or agency glued to the first paragraph (``سوريا - الكوثر: ``, ``(رويترز) – ``)
  is cut from the text and kept as a signal.

Nothing here deletes a line that has no reason: a short paragraph inside the body stays, and so
does a cut-off last line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsetl.text.boilerplate import (
    HARD_BREAKS,
    SOFT_BREAKS,
    classify_line,
    core,
    has_site_word,
    is_agency,
    is_consent_button,
    is_date_like,
    is_place,
    is_share_token,
    is_ticker_label,
    lexicon,
    paren_name,
    starts_with_phrase,
    word_count,
)
from newsetl.text.normalise import for_matching

# separators between a headline and a site name: " | ", " - ", " – ", " — ", " :: ", " « "
TITLE_SEP = re.compile(r"\s+[-–—|»«]+\s+|\s*\|\s*|\s*::\s*|\s+[-–—]+$|^[-–—]+\s+")
SENTENCE_END = re.compile(r"[.!؟?][\"'”»)\]]*$|[\"”»]\s*[.!؟?]$")
FULL_STOP_END = re.compile(r"(?<!\.)\.[\"'”»)\]]*$|[\"”»]\s*\.$")
LATIN_ONLY = re.compile(r"^[\sA-Za-z0-9'’!?.,&:+\-]+$")
PARA_MIN_WORDS = 8
TITLE_MAX_WORDS = 18
TITLE_MAX_WORDS_WITH_CHROME = 35
HEADER_SCAN = 25
TICKER_MAX_WORDS = 20
TICKER_MAX_ITEMS = 5
TRAILING_MAX_WORDS = 18
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*▪●]|\d{1,2}\s*[-.)]|[أبجد]\s*[-)])\s*")
# a line opening with the conjunction and a verb prefix ("وأضاف", "وتابع", "ويرى", "ونقل") continues the
# article (a cut-off last paragraph); headlines do not open with the conjunction
_CONTINUATION = re.compile("^[\u0648\u0641][\u0623\u062a\u064a\u0646]\\w{2,}")


@dataclass
class TitleInfo:
    title: str = ""
    index: int = -1  # line index of the headline, -1 when none was found
    raw_title: str = ""  # the headline as seen, with its affixes
    affixes: list[str] = field(default_factory=list)


def fold(s: str) -> str:
    return core(for_matching(s))


def split_title_parts(s: str) -> list[str]:
    return [p.strip() for p in TITLE_SEP.split(s) if p and p.strip(" -–—|»«:")]


def looks_like_site(part: str, known: Sequence[str] = ()) -> bool:
    """A title part that names a site: a known site name, a site word (نيوز, شبكة, صحيفة ...),
    Latin only, or an agency."""
    f = fold(part)
    if not f:
        return True
    if any(f == fold(k) for k in known if k):
        return True
    return word_count(part) <= 5 and (has_site_word(part) or bool(LATIN_ONLY.match(part)) or is_agency(part))


def strip_title_affixes(raw: str, known: Sequence[str] = ()) -> tuple[str, list[str]]:
    """Cut site names (and the section names next to them) off both ends of a headline."""
    parts = split_title_parts(raw)
    if len(parts) < 2:
        return raw.strip(), []
    affixes: list[str] = []
    while len(parts) > 1 and looks_like_site(parts[-1], known):
        affixes.insert(0, parts.pop())
        # section names between the headline and a stripped site name: "... - أخبار وتقارير - البيان"
        while len(parts) > 1 and word_count(parts[-1]) <= 3 and word_count(parts[-1]) < word_count(max(parts, key=len)):
            affixes.insert(0, parts.pop())
    while len(parts) > 1 and looks_like_site(parts[0], known):
        affixes.append(parts.pop(0))
    if not affixes:
        return raw.strip(), []
    return _rejoin(raw, parts), affixes


def _rejoin(raw: str, parts: list[str]) -> str:
    """The kept parts as they stand in the raw title (separators inside the headline kept)."""
    if len(parts) == 1:
        return parts[0]
    start = raw.find(parts[0])
    end = raw.rfind(parts[-1]) + len(parts[-1])
    return raw[start:end].strip() if 0 <= start < end else " - ".join(parts)


def is_title_repeat(line: str, title: str) -> bool:
    """The headline again, alone or with a site name glued to it (``العرب اليوم - <headline>``)."""
    if not title:
        return False
    ft, fl = fold(title), fold(line)
    if not ft or ft not in fl:
        return False
    if fl == ft:
        return True
    others = [p for p in split_title_parts(line) if fold(p) != ft]
    return any(fold(p) == ft for p in split_title_parts(line)) and all(word_count(p) <= 5 for p in others)


def _headline_like(lines: Sequence[str], i: int) -> bool:
    line = lines[i]
    n = word_count(line)
    if n < 2 or FULL_STOP_END.search(line):
        return False
    if n <= TITLE_MAX_WORDS:
        return True
    if n > TITLE_MAX_WORDS_WITH_CHROME:
        return False
    # a long headline is followed by page chrome (a date, a byline, a category), a lead paragraph
    # by another paragraph
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(nxt) and (classify_line(nxt) is not None or word_count(nxt) < 6)


def find_title(lines: Sequence[str], known_sites: Sequence[str] = ()) -> TitleInfo:
    """The headline among the first lines of a page dump."""
    scan = min(len(lines), HEADER_SCAN, _header_end(lines) + 1)
    folded = [fold(x) for x in lines]
    # 1. a line the page repeats, alone or with a site name glued to it
    for i in range(scan):
        line = lines[i]
        if classify_line(line) is not None or word_count(line) > TITLE_MAX_WORDS_WITH_CHROME:
            continue
        parts = split_title_parts(line)
        for j in range(scan):
            if j == i:
                continue
            if folded[j] == folded[i] and word_count(line) >= 3 and not FULL_STOP_END.search(line):
                raw = next((lines[k] for k in range(scan) if folded[k] != folded[i] and is_title_repeat(lines[k], line)),
                           line)
                affixes = [p for p in split_title_parts(raw) if fold(p) != folded[i]] if raw != line else []
                return TitleInfo(line, i, raw, affixes)
            if len(parts) >= 2 and word_count(lines[j]) >= 3:
                for p in parts:
                    if fold(p) == folded[j] and all(word_count(q) <= 5 for q in parts if q is not p):
                        return TitleInfo(lines[j], j if j < i else i, line, [q for q in parts if q is not p])
    # 2. the first non-chrome line, when it reads like a headline (not a ticker item under "عاجل")
    breaking = _breaking_headline(lines)
    if breaking is not None:
        return breaking
    ticker = 0
    for i in range(scan):
        if classify_line(lines[i]) is not None:
            ticker = TICKER_MAX_ITEMS if is_ticker_label(lines[i]) else 0
            continue
        if ticker and _headline_shaped(lines[i]):
            ticker -= 1
            continue
        if _in_menu_run(lines, i) or _after_consent(lines, i):
            continue
        if not _headline_like(lines, i):
            return TitleInfo()
        title, affixes = strip_title_affixes(lines[i], tuple(known_sites) + _short_lines(lines, i))
        return TitleInfo(title, i, lines[i], affixes)
    return TitleInfo()


MENU_RUN_MIN_LABELS = 3


def _is_label(line: str) -> bool:
    return word_count(line) <= 2 and classify_line(line) in (None, "chrome_token")


def _in_menu_run(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` is a label of one or two words in a run of page chrome and such labels holding three labels
    or more (a navigation menu, a site name over a menu, the buttons of a banner): not the headline."""
    if not _is_label(lines[i]):
        return False

    def part_of_run(x: str) -> bool:
        return word_count(x) <= 2 or classify_line(x) is not None

    lo = i
    while lo > 0 and part_of_run(lines[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and part_of_run(lines[hi + 1]):
        hi += 1
    return sum(1 for x in lines[lo:hi + 1] if _is_label(x)) >= MENU_RUN_MIN_LABELS


def _after_consent(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` is a button of the consent banner just above it (``أوافق``, ``إدارة التفضيلات``)."""
    k = i
    while k > 0 and is_consent_button(lines[k]):
        k -= 1
    return k < i and classify_line(lines[k]) == "consent"


_LABEL_CUT = re.compile(r"\s*(?:[:|\-–—]|\.\.+|…)\s*")


def _breaking_headline(lines: Sequence[str]) -> TitleInfo | None:
    """A page whose very first line is a headline marked breaking ("عاجل: <headline>") and whose body
    follows at once (the next line is a paragraph): the headline without its label. A ticker item on the
    first line followed by another headline-like line stays a ticker."""
    if len(lines) < 2 or classify_line(lines[0]) != "ticker" or not is_ticker_label(_LABEL_CUT.split(lines[0], 1)[0]):
        return None
    label, rest = _LABEL_CUT.split(lines[0], 1)
    nxt = lines[1]
    if not rest or not _headline_like([rest], 0) or classify_line(nxt) is not None \
            or not (word_count(nxt) >= PARA_MIN_WORDS and SENTENCE_END.search(nxt)):
        return None
    return TitleInfo(rest.strip(), 0, lines[0], [label.strip()])


def _header_end(lines: Sequence[str]) -> int:
    """Index of the first line that is surely body (a closed sentence of some length, or very
    long): the headline is above it or is it."""
    for i, line in enumerate(lines):
        n = word_count(line)
        if n > TITLE_MAX_WORDS_WITH_CHROME or (n >= PARA_MIN_WORDS and FULL_STOP_END.search(line)
                                                 and classify_line(line) is None):
            return i
    return len(lines)


def _short_lines(lines: Sequence[str], skip: int) -> tuple[str, ...]:
    """Short lines of the page: a title part equal to one of them is a site name shown elsewhere."""
    return tuple(x for k, x in enumerate(lines) if k != skip and word_count(x) <= 4)


# ---------------------------------------------------------------------------------------------
# prefixes glued to the first paragraph

_PAREN_PREFIX = re.compile(r"^\(\s*([^()]{2,40}?)\s*\)\s*[-–—ـ:]*\s*")
_DASH_PREFIX = re.compile(r"^(.{2,60}?)\s*(?:\s[-–—]+\s|\s?ـ+\s|\s[-–—]+(?=\S)|[-–—]+\s)\s*")
_COLON_PREFIX = re.compile(r"^([^:.،,\"“«]{2,40}?)\s*:\s*-?\s*")
_SUBPART = re.compile(r"\s*[/|]\s*|\s+[-–—ـ]+\s*|\s*[-–—ـ]+\s+")


def _lead_word(part: str) -> bool:
    verbs = set(lexicon("lead_verbs"))
    return any(w in verbs for w in for_matching(part).split())


def _credit_part(part: str, known: Sequence[str]) -> bool:
    p = part.strip(" .-–—ـ/|:()")
    if not p:
        return True
    return (is_place(p) or is_agency(p) or has_site_word(p) or is_date_like(for_matching(p), 1)
            or any(fold(p) == fold(k) for k in known if k))


_PLACE_PAREN_PREFIX = re.compile(r"^([^()\-–—:«»\"]{2,30}?)\s*\(\s*([^()]{2,30}?)\s*\)\s*[-–—ـ:]+\s*")
_QUOTED_PREFIX = re.compile(r"^«\s*([^«»]{2,40}?)\s*»\s*(?::|[-–—ـ]+)\s*")
QUOTED_CREDIT_MAX_WORDS = 3


def cut_glued_prefix(line: str, known: Sequence[str] = (), chained: bool = False) -> tuple[str, str]:
    """Split ``(prefix, rest)`` when a dateline/outlet/agency prefix opens a paragraph; else ``("", line)``.

    ``chained``: a dateline was just cut from this paragraph, so a short name in guillemets followed by a
    colon or a dash is the outlet's credit ("المنامة - «اللؤلؤة»: ..."); alone, such a name is cut only
    when it is a known site name (a quote opening a paragraph stays)."""
    if word_count(line) < 6:
        return "", line
    q = _QUOTED_PREFIX.match(line)
    if q is not None:
        name = q.group(1).strip()
        rest = line[q.end():].strip()
        if word_count(rest) >= 4 and word_count(name) <= QUOTED_CREDIT_MAX_WORDS and not _lead_word(name) \
                and not re.search(r"[.،,؟?!]", name) and (chained or any(fold(name) == fold(k) for k in known if k)):
            return q.group(0).strip(), rest
    pp = _PLACE_PAREN_PREFIX.match(line)
    if pp is not None:
        # "نيويورك (أ ف ب) - ...": a dateline and the agency in brackets
        place, agency = pp.group(1).strip(), pp.group(2).strip()
        rest = line[pp.end():].strip()
        if word_count(rest) >= 4 and word_count(place) <= 3 and not _lead_word(place) and _credit_part(agency, known) \
                and (_credit_part(place, known) or word_count(place) <= 2):
            return pp.group(0).strip(), rest
    for pattern in (_PAREN_PREFIX, _COLON_PREFIX, _DASH_PREFIX):
        m = pattern.match(line)
        if not m:
            continue
        prefix, rest = m.group(0), line[m.end():].strip()
        body = m.group(1).strip()
        if word_count(rest) < 4 or _lead_word(body) or word_count(body) > 8:
            continue
        subparts = [s for s in _SUBPART.split(body) if s.strip(" .-–—ـ/|:")]
        if pattern is _PAREN_PREFIX:
            ok = all(_credit_part(s, known) for s in subparts)
        elif pattern is _DASH_PREFIX:
            ok = all(_credit_part(s, known) for s in subparts) or (len(subparts) == 1 and word_count(body) <= 2)
        else:
            ok = all(_credit_part(s, known) for s in subparts)
        if ok:
            return prefix.strip(), rest
    return "", line


# ---------------------------------------------------------------------------------------------
# body segmentation


@dataclass
class Segmented:
    body: list[str]
    dropped: list[tuple[str, str]]
    header_lines: list[str]
    credit_lines: list[str]
    signals: dict[str, Any]


def _paragraph_like(line: str) -> bool:
    n = word_count(line)
    return n >= PARA_MIN_WORDS or (n >= 4 and bool(SENTENCE_END.search(line)))


def _resumes_body(line: str) -> bool:
    """After a related list, a real paragraph: long and closed by a full stop, or very long."""
    n = word_count(line)
    return (n >= 10 and bool(FULL_STOP_END.search(line))) or (n >= 15 and bool(SENTENCE_END.search(line))) or n >= 30


def _headline_shaped(line: str, max_words: int = TICKER_MAX_WORDS) -> bool:
    """A short line without closing punctuation: a headline, a ticker item, a caption."""
    n = word_count(line)
    return 2 <= n <= max_words and not SENTENCE_END.search(line)


def _is_top_bar(events: Sequence[tuple[str, str | None]]) -> bool:
    """The lines since the last headline showing hold a navigation menu (two menu items or more; share
    buttons are not a menu) or a breaking-news ticker: the site's top bar, not the article's header."""
    menu = 0
    for line, reason in reversed(events):
        if reason == "title_repeat":
            break
        if reason in ("ticker", "related") or is_ticker_label(line):
            return True
        if reason in ("chrome_token", "header") and word_count(line) <= 2 and any(c.isalpha() for c in line) \
                and not is_share_token(line):
            menu += 1
    return menu >= 2


def _is_menu_item(line: str, reason: str | None) -> bool:
    """A navigation item: a short label the line rules call chrome or header (share buttons and the
    breaking-news label are not navigation)."""
    return reason in ("chrome_token", "header") and word_count(line) <= 2 and any(c.isalpha() for c in line) \
        and not is_share_token(line) and not is_ticker_label(line)


def _is_site_line(line: str, reason: str | None, known: Sequence[str]) -> bool:
    """A standalone site name: a short header line with a site word (``الزوراء 24``, ``صحيفة ...``) or a
    site name the page shows elsewhere (a title affix)."""
    if reason not in ("chrome_token", "header") or word_count(line) > 4 or is_ticker_label(line):
        return False
    return has_site_word(line) or any(fold(line) == fold(k) for k in known if k)


def _followed_by_masthead(events: Sequence[tuple[str, str | None]], k: int, known: Sequence[str]) -> bool:
    """The date line at ``events[k]`` is followed by the site's name or by a navigation menu (two items or
    more) before any other date, byline, credit, headline showing or paragraph: the top bar's date."""
    menu = 0
    for line, reason in events[k + 1:]:
        if reason is None or reason in ("date_line", "title_repeat", "byline", "credit", "caption", "image_file"):
            break
        if reason in HARD_BREAKS or reason in SOFT_BREAKS or is_ticker_label(line):
            break
        if _is_site_line(line, reason, known):
            return True
        if _is_menu_item(line, reason):
            menu += 1
    return menu >= 2


def _split_top_dates(events: Sequence[tuple[str, str | None]], header: list[str], header_ev: list[int],
                     menu_above: set[int], started: bool, known: Sequence[str]) -> tuple[list[str], list[str]]:
    """Date lines before the body that belong to the site's top bar (today's date), moved out of the header:
    a date followed by the site name or a menu; a date under a menu or ticker, unless the top bar's date
    was already seen above it (then the menu and ticker are the top bar, and this date is the article's),
    or unless it is a date with its clock time under the breaking-news ticker (the ticker closes the top
    bar; the day shown in a top bar has no time, so a date with its clock time followed by a menu stays)."""
    if not header:
        return header, []
    kept: list[str] = []
    moved: list[str] = []
    seen_top_date = False
    for line, k in zip(header, header_ev, strict=True):
        if events[k][1] != "date_line" or (started and k > _first_body(events)):
            kept.append(line)
            continue
        under_top_bar = k in menu_above and not seen_top_date and not (_CLOCK.search(for_matching(line))
                                                                        and _under_ticker(events, k))
        # the day a top bar shows has no clock time: a date with its time followed by a menu is the article's
        masthead = _followed_by_masthead(events, k, known) and not _CLOCK.search(for_matching(line))
        if masthead or under_top_bar:
            moved.append(line)
            seen_top_date = True
        else:
            kept.append(line)
    return kept, moved


_CLOCK = re.compile(r"(?<![\d:])\d{1,2}\s*:\s*[0-5]\d(?![\d:])")


def _under_ticker(events: Sequence[tuple[str, str | None]], k: int) -> bool:
    """The nearest top-bar element above ``events[k]`` is a breaking-news ticker, with at most one short
    label (the article's section) between them."""
    labels = 0
    for line, reason in reversed(events[:k]):
        if reason == "ticker" or is_ticker_label(line):
            return True
        if reason in ("blank", "image_file"):
            continue
        if reason in ("chrome_token", "header") and word_count(line) <= MENU_ITEM_MAX_WORDS and labels == 0:
            labels += 1
            continue
        return False
    return False


MENU_ITEM_MAX_WORDS = 3


def _menu_not_list(events: Sequence[tuple[str, str | None]]) -> bool:
    """Before the body, the lines since the last list header ("آخر الأخبار", "الأكثر قراءة") are two menu
    items or more and nothing else (labels of a few words, no headline): the header was a menu item, not
    the title of a list of other stories (whose items are headlines)."""
    items: list[str] = []
    for line, reason in reversed(events):
        if reason in SOFT_BREAKS or reason in HARD_BREAKS:
            return len(items) >= 2 and word_count(line) <= MENU_ITEM_MAX_WORDS and all(
                word_count(x) <= MENU_ITEM_MAX_WORDS and not is_date_like(for_matching(x)) for x in items)
        if reason == "title_repeat":
            return False
        items.append(line)
    return False


def _caption_above(above: tuple[str, str | None], body: Sequence[str], header: Sequence[str]) -> bool:
    """The line just before a photo credit is its caption: a headline-shaped line (short, unclosed) that
    the rules left as body or header (a closed sentence above a credit is body text and stays)."""
    line, reason = above
    if reason is None:
        return bool(body) and body[-1] == line and _headline_shaped(line)
    return reason == "header" and bool(header) and header[-1] == line and _headline_shaped(line)


def _named_credit(line: str, events: Sequence[tuple[str, str | None]], known: Sequence[str]) -> bool:
    """A short name alone in brackets that the page shows elsewhere as chrome (its site name in the masthead, a
    title affix): the outlet's credit, ``(اسم الموقع)``."""
    name = paren_name(line)
    if name is None:
        return False
    f = fold(name)
    return bool(f) and (any(f == fold(k) for k in known if k) or any(r is not None and f == fold(x) for x, r in events))


def _paragraph_follows(lines: Sequence[str], i: int) -> bool:
    """A paragraph comes right after line ``i`` (at most one chrome line between): the article goes on."""
    for x in lines[i + 1:i + 3]:
        r = classify_line(x)
        if r is None:
            return _paragraph_like(x)
    return False


def _first_body(events: Sequence[tuple[str, str | None]]) -> int:
    return next((i for i, (_, r) in enumerate(events) if r is None), len(events))


def segment(lines: Sequence[str], title: str = "", known_sites: Sequence[str] = (),
            header_zone: bool = True) -> Segmented:
    """Split the lines after the headline into body, header, credits and chrome.

    ``header_zone``: short lines before the first paragraph are header lines (page dumps and
    trafilatura output); off, every unclassified line is body.

    Besides the line rules: a headline repeated before the body ends the masthead (lines above it
    are the site's top bar, whose date is the day of the visit: kept apart as ``top_lines``); the
    headlines right after a lone breaking-news label (``عاجل``) are a ticker; the short unclosed line
    right after an image file name is its caption; a run of headline-like lines closing the body
    (other stories listed without a header) is dropped (``trailing_related``).
    """
    body: list[str] = []
    dropped: list[tuple[str, str]] = []
    header: list[str] = []
    header_ev: list[int] = []  # for each header line, its index in ``events``
    menu_above: set[int] = set()  # events: date lines before the body under a menu or a ticker
    top: list[str] = []
    credits: list[str] = []
    events: list[tuple[str, str | None]] = []  # every line with its reason (None: body), in order
    started = not header_zone
    mode = "body"  # body | related | end
    follow: str | None = None  # "ticker" | "caption": what a headline-shaped line right here is
    ticker_left = 0
    for idx, line in enumerate(lines):
        if mode == "end":
            dropped.append((line, "after_body"))
            events.append((line, "after_body"))
            continue
        reason = classify_line(line)
        if reason is None and is_title_repeat(line, title):
            reason = "title_repeat"
        if reason is None and follow == "consent":
            if is_consent_button(line):
                reason = "consent"
            else:
                follow = None
        if reason is None and _named_credit(line, events, known_sites):
            reason = "credit"
        if reason is None and follow is not None and _headline_shaped(line):
            reason = follow
            ticker_left -= 1
            follow = "ticker" if follow == "ticker" and ticker_left > 0 else None
        elif reason is None:
            follow = None
        elif is_ticker_label(line):
            follow, ticker_left = "ticker", TICKER_MAX_ITEMS
        elif reason == "image_file":
            follow = "caption"
        elif reason == "consent":
            follow = "consent"
        elif reason != "blank":
            follow = None
        if mode == "related":
            if reason is None and _resumes_body(line):
                mode = "body"
            elif reason == "date_line" and not started and _menu_not_list(events):
                mode = "body"  # the "list" header was a menu item: this date is the page's header again
            elif reason == "title_repeat" and not started:
                mode = "body"  # a sidebar list above the article, then the headline again
                top.extend(header)
                header.clear()
                header_ev.clear()
            else:
                if reason in HARD_BREAKS and started:
                    mode = "end"
                dropped.append((line, reason or "related"))
                events.append((line, reason or "related"))
                continue
        if reason is None and not started:
            if _paragraph_like(line):
                started = True
            else:
                reason = "header"
        if reason == "title_repeat" and not started and _is_top_bar(events):
            # the headline shown again after a menu or a ticker: what came before it is the site's
            # top bar, whose date is the day of the visit
            top.extend(header)
            header.clear()
            header_ev.clear()
        if (reason == "photo_credit" or (reason == "credit" and paren_name(line) is not None
                                         and _paragraph_follows(lines, idx))) \
                and events and _caption_above(events[-1], body, header):
            # the short unclosed line right above a photo credit is the picture's caption
            above, was = events[-1]
            events[-1] = (above, "caption")
            if was == "header":
                header.pop()
                header_ev.pop()
                dropped[-1] = (above, "caption")
            else:
                body.pop()
                dropped.append((above, "caption"))
                if not body and header_zone:
                    started = False
        events.append((line, reason))
        if reason is None:
            body.append(line)
            continue
        dropped.append((line, reason))
        if reason in ("header", "date_line") and not body:
            if reason == "date_line" and not started and _is_top_bar(events[:-1]):
                menu_above.add(len(events) - 1)
            header.append(line)
            header_ev.append(len(events) - 1)
        if reason in ("credit", "byline"):
            credits.append(line)
        if reason in HARD_BREAKS and started:
            mode = "end"
        elif reason in SOFT_BREAKS or reason in HARD_BREAKS:
            # before the body, a list header opens a sidebar (most read, latest news): its
            # headlines are not the lead
            mode = "related"
    header, moved = _split_top_dates(events, header, header_ev, menu_above, started, known_sites)
    top.extend(moved)
    tail = trailing_related(events, body)
    if tail:
        del body[len(body) - len(tail):]
        dropped.extend((line, "trailing_related") for line in tail)
    signals: dict[str, Any] = {}
    cut = 0
    while body:
        prefix, rest = cut_glued_prefix(body[0], known_sites, chained=cut > 0)
        if not prefix or not _paragraph_like(rest):
            break
        body[0] = rest
        credits.append(prefix)
        dropped.append((prefix, "glued_prefix"))
        cut += 1
    signals.update(credit_signals(credits + [h for h in header if classify_line(h) is None]))
    if top:
        signals["top_lines"] = top
    return Segmented(body, dropped, header, credits, signals)


def trailing_related(events: Sequence[tuple[str, str | None]], body: Sequence[str]) -> list[str]:
    """Body lines at the very end that are other stories' headlines listed without a header: a run of
    headline-shaped lines (no closing punctuation, headline length) after the last real paragraph, kept
    only when the page does close its paragraphs with punctuation. The run is dropped when it has two
    lines or more, when a date line stands next to one of them (a list item with its date), or when the
    line also appears as a link elsewhere on the page (a read-also line, a related item).

    A cut-off last paragraph is longer than a headline and stays."""
    if len(body) < 3:
        return []
    run: list[int] = []  # indices into events, last first
    for k in range(len(events) - 1, -1, -1):
        line, reason = events[k]
        if reason is None:  # removed lines are transparent, so cleaning the cleaned body finds the same run
            if line.rstrip().endswith((":", "：")):
                return []  # the article's own list ("وتشمل الخطة:" then its points)
            if not _headline_shaped(line, TRAILING_MAX_WORDS) or word_count(line) < 3 or _CONTINUATION.match(line):
                break
            run.append(k)
    if not run:
        return []
    lines = [events[k][0] for k in run]
    rest = body[: len(body) - len(lines)]
    if list(body[len(body) - len(lines):]) != lines[::-1] or len(rest) < 2:
        return []
    first, last = run[-1], run[0]
    dated = any(r == "date_line" for _, r in events[max(0, first - 1):last + 2])
    closed = sum(1 for x in rest if SENTENCE_END.search(x))
    if closed < 0.6 * len(rest):
        return []  # a page that does not punctuate: an unclosed line tells nothing
    if rest[-1].rstrip().endswith((":", "：")) or any(_LIST_ITEM.match(x) for x in lines):
        return []  # the article's own list, introduced by a colon or bulleted
    elsewhere = {fold(x) for x, r in events if r is not None}
    linked = any(fold(x) in elsewhere or any(fold(x) in e for e in elsewhere if len(e) > len(fold(x))) for x in lines)
    if len(lines) >= 2 or dated or linked:
        return lines[::-1]
    return []



# ---------------------------------------------------------------------------------------------
# what the removed lines tell

_CREDIT_SPLIT = re.compile(r"\s*[-–—/|()\[\]:]+\s*|\s+ـ+\s*|\s*ـ+\s+")


def credit_signals(lines: Sequence[str]) -> dict[str, Any]:
    """Dateline (a place), agency and author from credit, byline and header lines."""
    out: dict[str, Any] = {}
    for line in lines:
        m = for_matching(line)
        by = starts_with_phrase(m, "byline_prefixes")
        if by is not None and "author" not in out:
            name = _strip_prefix(line, len(by)).strip(" :-–—ـ")
            if name and word_count(name) <= 5:
                out["author"] = name
            continue
        src = starts_with_phrase(m, "source_prefixes")
        text = _strip_prefix(line, len(src)) if src is not None else line
        if word_count(text) > 8:
            continue
        for part in _CREDIT_SPLIT.split(text):
            part = part.strip(" .,،")
            if not part:
                continue
            if is_agency(part) and "agency" not in out:
                out["agency"] = part
            elif is_place(part) and "dateline" not in out:
                out["dateline"] = part
    return out


def _strip_prefix(line: str, folded_len: int) -> str:
    """The original line without a prefix of ``folded_len`` folded characters (folding keeps
    word boundaries, so the prefix has as many words in both forms)."""
    for k in range(len(line) + 1):
        if len(for_matching(line[:k])) >= folded_len:
            return line[k:].strip()
    return ""
