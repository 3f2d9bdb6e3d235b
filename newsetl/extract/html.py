"""HTML pages: metadata signals, pruning of marked chrome, trafilatura for the main text, then
the shared Arabic line rules. Pure: an HTML string in, an Extraction out."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from newsetl.records import Extraction
from newsetl.text.boilerplate import classify_line, word_count
from newsetl.text.normalise import clean_line, for_matching
from newsetl.text.segment import fold, segment, split_title_parts, strip_title_affixes

_CHROME_ATTR = re.compile(
    r"(?:^|[\s_-])(?:read-?also|read_?more|related|relat|most-?read|popular|share|sharing|social|newsletter|subscribe|"
    r"comments?|tags?|tag-list|font-?size|font-?tools|breadcrumbs?|ticker|breaking|caption|wp-caption|author-box|"
    r"sidebar|widget|advert|ads|banner|footer|nav|navbar|menu|header|cap|photo|tweet|instagram-media|tiktok-embed|"
    r"fb-post)(?:$|[\s_-])",
    re.I,
)
_CHROME_TAGS = ("nav", "footer", "aside", "header", "figcaption", "form", "button", "select", "noscript", "iframe")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header")
_DATE_META = (
    ("article:published_time", "meta"), ("og:published_time", "meta"), ("datePublished", "meta"),
    ("pubdate", "meta"), ("publishdate", "meta"), ("publish-date", "meta"), ("date", "meta"),
    ("dc.date", "meta"), ("dc.date.issued", "meta"), ("sailthru.date", "meta"), ("parsely-pub-date", "meta"),
)


def _meta(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        val = el.get("content")
        if key and val and key not in out:
            out[key] = val.strip()
    return out


def _jsonld(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text.strip())
        except (json.JSONDecodeError, RecursionError):
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                if "@graph" in obj:
                    stack.append(obj["@graph"])
                items.append(obj)
    return items


_LIST_ATTR = re.compile(r"related|relat|most-?read|popular|sidebar|widget|latest|more-?news", re.I)


def _itemprop_date(tree: Any) -> str | None:
    """Microdata ``itemprop="datePublished"`` on an element other than <meta> (``<span content=...>``,
    ``<time datetime=...>``, an attribute only, no visible text): the first one outside chrome (a related
    list's items carry their own dates)."""
    for el in tree.xpath('//*[@itemprop]'):
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        if "datepublished" not in (el.get("itemprop") or "").lower().split():
            continue
        value = (el.get("content") or el.get("datetime") or "").strip()
        if not value:
            continue
        if any(a.tag in ("aside", "nav", "footer") or _LIST_ATTR.search(f"{a.get('class') or ''} {a.get('id') or ''}")
               for a in el.iterancestors() if isinstance(a.tag, str)):
            continue
        return value
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list) and value:
        return _name(value[0])
    return value.strip() if isinstance(value, str) and value.strip() else None


def collect_signals(tree: Any, url: str | None) -> dict[str, Any]:
    meta = _meta(tree)
    ld = [x for x in _jsonld(tree) if isinstance(x.get("@type"), str | list)]
    article_ld = next((x for x in ld if any(t in str(x.get("@type")) for t in ("NewsArticle", "Article", "BlogPosting", "Report"))), {})
    meta_dates: list[tuple[str, str]] = []
    if article_ld.get("datePublished"):
        meta_dates.append(("jsonld", str(article_ld["datePublished"])))
    for key, src in _DATE_META:
        if meta.get(key.lower()):
            meta_dates.append((src, meta[key.lower()]))
    itemprop = _itemprop_date(tree)
    if itemprop is not None:
        meta_dates.append(("meta", itemprop))
    for el in tree.iter("time"):
        if el.get("datetime"):
            meta_dates.append(("time", el.get("datetime")))
    canonical = None
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href", "").startswith("http"):
            canonical = el.get("href").strip()
            break
    canonical = canonical or (meta.get("og:url") if (meta.get("og:url") or "").startswith("http") else None) or url
    title_el = tree.find(".//title")
    h1 = [clean_line(h.text_content()) for h in tree.iter("h1")]
    html_el = tree if tree.tag == "html" else tree.getroottree().getroot()
    return {
        "raw_title": clean_line(title_el.text_content()) if title_el is not None else "",
        "og_title": clean_line(meta.get("og:title", "")),
        "h1": [x for x in h1 if x],
        "site_name": meta.get("og:site_name") or meta.get("application-name"),
        "publisher": _name(article_ld.get("publisher")),
        "ld_headline": _name(article_ld.get("headline")),
        "author": _name(article_ld.get("author")) or meta.get("author"),
        "meta_dates": meta_dates,
        "canonical_url": canonical,
        "lang": (html_el.get("lang") or meta.get("og:locale") or "").strip() or None,
        "description": meta.get("description") or meta.get("og:description"),
    }


_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "footer", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "td", "th", "thead", "time", "tr", "ul",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "figure", "figcaption", "select", "option",
                        "button", "form", "iframe", "svg", "textarea", "head", "title"})
_SPACES = re.compile(r"\s+")
_CAPTION_ATTR = re.compile(r"caption|credit", re.I)
HEADER_MAX_LINES = 14
_FIELD_SEP = re.compile(r"\s+\|\s+")
_LIST_STARTS = frozenset({"related_header", "section_end", "read_also", "tags", "comment"})
HEADER_LINE_MAX_WORDS = 14


def _take_line(buf: list[str]) -> str:
    """The text gathered for one block, cleaned; the buffer is emptied."""
    line = clean_line(_SPACES.sub(" ", " ".join(buf)))
    buf.clear()
    return line


def iter_dom_lines(tree: Any) -> Iterator[str]:
    """The visible text of the page body in document order, one line per block element; figures,
    captions, scripts and form controls left out. Iterative (deep pages cannot overflow the stack) and
    lazy: a caller that needs only the top of the page stops the walk there."""
    root = tree.find(".//body")
    if root is None:
        root = tree
    buf: list[str] = []
    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if skipping:
                skipping += 1
                continue
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                skipping += 1
                continue
            cls = el.get("class")
            if cls and _CAPTION_ATTR.search(cls):
                skipping += 1
                continue
            if tag in _BLOCK_TAGS and buf and (line := _take_line(buf)):
                yield line
            if el.text:
                buf.append(el.text)
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        elif el.tag in _BLOCK_TAGS and buf and (line := _take_line(buf)):
            yield line
        if el.tail and el is not root:
            buf.append(el.tail)
    if buf and (line := _take_line(buf)):
        yield line


def dom_lines(tree: Any) -> list[str]:
    """Every visible line of the page body (see iter_dom_lines)."""
    return list(iter_dom_lines(tree))


def dom_head(tree: Any, title: str) -> list[str]:
    """The visible lines from the headline to HEADER_MAX_LINES after it: all that header_from_dom
    reads. Empty when no line is the headline; the walk stops at the end of that window."""
    if not title:
        return []
    ft = fold(title)
    out: list[str] = []
    for line in iter_dom_lines(tree):
        if out:
            out.append(line)
            if len(out) > HEADER_MAX_LINES:
                break
        elif fold(line) == ft:
            out.append(line)
    return out


def header_from_dom(lines: list[str], title: str, first_para: str | None) -> list[str]:
    """Short lines between the headline and the first body paragraph (date, byline, section label): the
    page's own header, which trafilatura leaves out. Empty when the headline is not found. A header
    line made of several fields ("نشر في: ... | آخر تحديث: ...") counts field by field."""
    if not title:
        return []
    lines = [part for x in lines for part in _FIELD_SEP.split(x) if part.strip()]
    ft = fold(title)
    start = next((i for i, x in enumerate(lines) if fold(x) == ft), -1)
    if start < 0:
        return []
    lead = fold(first_para)[:40] if first_para else ""
    out: list[str] = []
    for line in lines[start + 1:start + 1 + HEADER_MAX_LINES]:
        f = fold(line)
        if (lead and f[:40] == lead) or (lead and lead in f) or word_count(line) > HEADER_LINE_MAX_WORDS:
            break
        if classify_line(line) in _LIST_STARTS:
            break  # a list of other stories (with their dates) between the headline and the body
        out.append(line)
    return out


def _link_density(el: Any) -> float:
    text = len(el.text_content().strip()) or 1
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return links / text


def _short_text(el: Any, limit: int) -> str | None:
    """``el.text_content().strip()`` when it is at most ``limit`` characters, else None; stops
    reading the subtree as soon as it holds more than ``limit`` non-space characters."""
    parts: list[str] = []
    solid = 0
    for piece in el.itertext():
        parts.append(piece)
        solid += len("".join(piece.split()))
        if solid > limit:
            return None
    text = "".join(parts).strip()
    return text if len(text) <= limit else None


def _marks_chrome_by_text(el: Any) -> bool:
    """A heading-like element whose whole text is a related/read-also/comments header
    (``اقرأ أيضا``, ``مقالات ذات صلة``, ``التعليقات``)."""
    text = _short_text(el, 40)
    if not text:
        return False
    reason = classify_line(clean_line(text))
    return reason in ("related_header", "section_end", "tags", "comment")


def prune(tree: Any) -> None:
    """Remove elements that are chrome by tag, by class/id, or by a header text with a list of
    links under it, unless they hold a large share of the page text. The subtree of an element
    already marked is not visited: whatever it holds goes with it."""
    body = tree.find(".//body")
    total = len((body if body is not None else tree).text_content()) or 1
    doomed = []
    walker = etree.iterwalk(tree, events=("start",))
    for _, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comments and processing instructions
            continue
        cls, ident, role = el.get("class"), el.get("id"), el.get("role")
        if tag in _CHROME_TAGS or ((cls or ident or role) and _CHROME_ATTR.search(" ".join(filter(None, (cls, ident, role))))):
            if len(el.text_content()) < 0.3 * total:
                doomed.append(el)
                walker.skip_subtree()
        elif tag in _HEADING_TAGS and _marks_chrome_by_text(el):
            box = el.getparent()
            if box is not None and box.tag not in ("body", "html", "article") and _link_density(box) > 0.5 \
                    and len(box.text_content()) < 0.3 * total:
                doomed.append(box)
                walker.skip_subtree()
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()


def choose_title(signals: dict[str, Any]) -> tuple[str, str, list[str]]:
    """``(headline, raw title, affixes)``: an h1 that the <title>/og:title contains, else the
    JSON-LD headline, else <title>/og:title with the site-name affixes cut."""
    known = [x for x in (signals.get("site_name"), signals.get("publisher")) if x]
    raw = signals.get("raw_title") or signals.get("og_title") or ""
    candidates = [signals.get("ld_headline"), signals.get("og_title"), signals.get("raw_title")]
    longer = [for_matching(c) for c in candidates if c]
    for h in signals.get("h1", []):
        if len(h.split()) >= 3 and any(for_matching(h) in c for c in longer):
            return str(h), raw, _affixes(raw, str(h))
    if signals.get("ld_headline"):
        head = str(signals["ld_headline"])
        return head, raw, _affixes(raw, head)
    for cand in (signals.get("og_title"), signals.get("raw_title")):
        if cand:
            title, affixes = strip_title_affixes(str(cand), known)
            return title, raw, affixes
    return "", raw, []


def _affixes(raw: str, title: str) -> list[str]:
    """The parts of the raw title around the headline (site and section names)."""
    if not raw or fold(title) not in fold(raw):
        return []
    own = {fold(p) for p in split_title_parts(title)}
    return [p for p in split_title_parts(raw) if fold(p) not in own]


# trafilatura's fast mode (its own extractor only) gives the same text as its full cascade on ordinary
# article pages at about 80% of the cost. The cascade (readability and justext comparisons) still runs
# when the fast text looks like an under-extraction: short, without paragraphs, or missing much of the
# text the page holds in long <p> elements.
FULL_CASCADE_BELOW_CHARS = 250  # trafilatura's own min_extracted_size
FULL_CASCADE_BELOW_SHARE = 0.6  # of the page's long-paragraph text
LONG_PARAGRAPH_CHARS = 80


def _paragraph_mass(tree: Any) -> int:
    return sum(n for n in (len(e.text_content().strip()) for e in tree.iter("p")) if n >= LONG_PARAGRAPH_CHARS)


def _main_text(tree: Any, url: str | None) -> str:
    import trafilatura

    # deduplicate=False: trafilatura's dedup cache lives across calls, so a wire story seen on an
    # earlier page would lose its paragraphs here (and results would depend on page order)
    options: dict[str, Any] = dict(url=url, with_metadata=False, include_comments=False, include_tables=False,
                                   include_images=False, deduplicate=False)
    mass = _paragraph_mass(tree)
    doc = trafilatura.bare_extraction(tree, fast=True, **options)
    text = _doc_text(doc)
    body = getattr(doc, "body", None)
    if len(text) >= max(FULL_CASCADE_BELOW_CHARS, FULL_CASCADE_BELOW_SHARE * mass) \
            and body is not None and body.find(".//p") is not None:
        return text
    return _doc_text(trafilatura.bare_extraction(tree, fast=False, **options))


def _doc_text(doc: Any) -> str:
    """The text of trafilatura's result (a Document, or a dict in older versions)."""
    if doc is None:
        return ""
    return (doc.get("text") if isinstance(doc, dict) else doc.text) or ""


def extract_html(html: str, url: str | None = None) -> Extraction:
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return Extraction(title="", paragraphs=(), signals={"parse_error": "unparseable HTML"})
    signals = collect_signals(tree, url)
    # the headline comes from the page's metadata and h1 (trafilatura runs without metadata), so the
    # visible header under it is read before pruning, and only that far
    title, raw_title, affixes = choose_title(signals)
    visible = dom_head(tree, title) if title else dom_lines(tree)
    prune(tree)
    text = _main_text(tree, url)
    if not text.strip():
        _, text, _ = trafilatura.baseline(html)
    lines = [x for x in (clean_line(y) for y in text.split("\n")) if x]
    known = [x for x in [signals.get("site_name"), signals.get("publisher"), *affixes] if x]
    if not title and lines and classify_line(lines[0]) is None and len(lines[0].split()) <= 20:
        title = lines.pop(0)
    seg = segment(lines, title, known_sites=known)
    signals["raw_title"] = raw_title
    signals["title_affixes"] = affixes
    dom_header = [x for x in header_from_dom(visible, title, seg.body[0] if seg.body else None)
                  if x not in seg.header_lines]
    signals["header_lines"] = seg.header_lines + dom_header
    signals["credit_lines"] = seg.credit_lines
    for key, value in seg.signals.items():
        if key == "author" and signals.get("author"):
            continue
        signals[key] = value
    return Extraction(title=title, paragraphs=tuple(seg.body), dropped=tuple(seg.dropped), signals=signals)
