#!/usr/bin/env python3
"""Build the second synthetic held-out corpus (tests/holdout/) and its gold.

    python scripts/build_holdout.py

Stdlib only and deterministic: the same script writes the same bytes every time.
Everything is invented (outlets on *.example domains, officials, their words); real countries
and institutions are only the setting. The corpus is for MEASUREMENT only: nobody tunes rules
to it. Gold files use the format of ../shared/tools/score.py.

The script ends with a self-check: every gold title, body line, boilerplate line, `says`
snippet, speaker alias and not_quoted name must occur verbatim in its page's text.
"""
from __future__ import annotations

import html as htmlmod
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "holdout"
CORPUS = OUT / "corpus"
GOLD = OUT / "gold"

AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ind(s: str) -> str:
    """Arabic-Indic digits."""
    return s.translate(AI)


SHARE = ["شارك", "فيسبوك", "تويتر", "واتساب", "تلغرام"]
FONT = ["+A", "-A"]


# ---------------------------------------------------------------------------------------------
# body blocks: ("p", text) body paragraph; ("pre", prefix, text) paragraph with a glued
# dateline (body = text); ("ra", label, title) inline read-also; ("li", [items]) list of
# figures (each item is a body line); ("stamp", "10:05") live-blog time stamp (unclassified);
# ("q", text) interview question/answer line (body); ("note", text) unclassified line.
# ---------------------------------------------------------------------------------------------

def body_lines(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "q"):
            out.append(b[1])
        elif b[0] == "pre":
            out.append(b[2])
        elif b[0] == "li":
            out.extend(b[1])
    return out


def block_chrome(blocks):
    out = []
    for b in blocks:
        if b[0] == "ra":
            out += [b[1], b[2]]
    return out


def esc(s):
    return htmlmod.escape(s, quote=False)


def attr(s):
    return htmlmod.escape(s, quote=True)


# ---------------------------------------------------------------------------------------------
# HTML templates. Each returns (html, boilerplate lines).
# ---------------------------------------------------------------------------------------------

def render_blocks(blocks, ra_style):
    parts = []
    for b in blocks:
        k = b[0]
        if k == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif k == "pre":
            parts.append(f"<p><strong>{esc(b[1])}</strong>{esc(b[2])}</p>")
        elif k == "ra":
            parts.append(ra_style(b[1], b[2]))
        elif k == "li":
            parts.append('<ul class="figures">' + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "stamp":
            parts.append(f'<div class="live-stamp"><span class="clock">{esc(b[1])}</span></div>')
        elif k == "note":
            parts.append(f'<p class="source-note"><small>{esc(b[1])}</small></p>')
    return "\n".join(parts)


def tpl_gulf(p):
    """Gulf daily: JSON-LD, top bar with today's date and prayer times, mega-menu, breadcrumb,
    byline block, figure, inline read-also <div>, tags, 'المزيد من ...' related, newsletter."""
    c = p["chrome"]
    ld = ""
    if p.get("jsonld"):
        ld = '<script type="application/ld+json">' + json.dumps(p["jsonld"], ensure_ascii=False) + "</script>"
    metas = "".join(f'<meta property="{attr(k)}" content="{attr(v)}">' for k, v in p.get("meta", []))
    def ra(lab, t):
        return (f'<div class="inline-related"><span class="lbl">{esc(lab)}</span>'
                         f'<a href="/article/{70000 + len(t)}">{esc(t)}</a></div>')
    nav = "".join(f'<li><a href="/section/{i}">{esc(x)}</a></li>' for i, x in enumerate(c["nav"]))
    rel = "".join(f'<li><a href="/article/{60000 + i}">{esc(t)}</a><span class="rel-date">{esc(d)}</span></li>'
                  for i, (t, d) in enumerate(c["related"]))
    tags = "".join(f'<a href="/tag/{i}" rel="tag">{esc(t)}</a>' for i, t in enumerate(c["tags"]))
    h = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(p['title'])} - {esc(p['outlet'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{attr(p['outlet'])}">
<meta property="og:title" content="{attr(p['title'])}">
<link rel="canonical" href="{attr(p['url'])}">
{metas}
{ld}
</head>
<body class="single">
<div class="top-bar"><span class="today">{esc(c['today'])}</span><span class="prayer">{esc(c['ticker2'])}</span></div>
<header class="masthead"><a class="brand" href="/"><img src="/assets/logo.svg" alt="{attr(p['outlet'])}"></a>
<nav class="mega"><ul>{nav}</ul></nav></header>
<div class="breaking"><b>عاجل</b><span>{esc(c['breaking'])}</span></div>
<div class="crumbs"><a href="/">الرئيسية</a> » <a href="/section/x">{esc(c['section'])}</a></div>
<main>
<article class="story">
<h1 class="story-title">{esc(p['title'])}</h1>
<div class="story-meta"><span class="by">{esc(c['byline'])}</span></div>
<div class="share-bar">{''.join(f'<a href="#">{esc(s)}</a>' for s in SHARE)}</div>
<div class="fontsize"><a href="#">+A</a><a href="#">-A</a></div>
<figure class="lead-img"><img src="/uploads/2024/{esc(c['img'])}" alt=""><figcaption>{esc(c['caption'])}</figcaption></figure>
<div class="story-body">
{render_blocks(p['blocks'], ra)}
</div>
<div class="story-tags"><span>الوسوم:</span>{tags}</div>
</article>
<aside class="more"><h3>{esc(c['related_head'])}</h3><ul>{rel}</ul></aside>
<section class="nl-box"><h4>النشرة اليومية</h4><p>{esc(c['newsletter'])}</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>
</main>
<footer><p>{esc(c['footer'])}</p><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul></footer>
</body>
</html>
"""
    bp = [c["today"], c["ticker2"], *c["nav"], "عاجل", c["breaking"], "الرئيسية", c["section"], c["byline"],
          *SHARE, *FONT, c["img"], c["caption"], "الوسوم:", *c["tags"], c["related_head"],
          *[x for td in c["related"] for x in td], "النشرة اليومية", c["newsletter"], "اشترك",
          c["footer"], "من نحن", "اتصل بنا", "سياسة الخصوصية"] + block_chrome(p["blocks"])
    return h, bp


def tpl_portal(p):
    """Egyptian portal: many nested divs, a text date block, 'اقرأ أيضا..' inline links,
    'الأكثر قراءة' box, Google News follow line, copyright."""
    c = p["chrome"]
    metas = "".join(f'<meta property="{attr(k)}" content="{attr(v)}">' for k, v in p.get("meta", []))
    def ra(lab, t):
        return f'<div class="related-inline"><a href="/News/{3000 + len(t)}">{esc(lab)} {esc(t)}</a></div>'
    nav = "".join(f'<a class="nav-link" href="/Section/{i}">{esc(x)}</a>' for i, x in enumerate(c["nav"]))
    most = "".join(f'<div class="mr-item"><span class="n">{i + 1}</span><a href="/News/{5000 + i}">{esc(t)}</a></div>'
                   for i, t in enumerate(c["most_read"]))
    rel = "".join(f'<div class="rel"><a href="/News/{4000 + i}">{esc(t)}</a><div class="rel-time">{esc(d)}</div></div>'
                  for i, (t, d) in enumerate(c["related"]))
    date_div = f'<div class="news-date">{esc(c["date_text"])}</div>' if c.get("date_text") else ""
    badge = f'<div class="badge-live">{esc(c["badge"])}</div>' if c.get("badge") else ""
    h = f"""<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(p['title'])} | {esc(p['outlet'])}</title>
<meta name="description" content="{attr(p['blocks'][0][1][:120])}">
<link rel="canonical" href="{attr(p['url'])}">
{metas}
</head>
<body>
<div id="header"><div class="h-date">{esc(c['today'])}</div><div class="logo"><a href="/">{esc(p['outlet'])}</a></div>
<div class="navbar">{nav}</div></div>
<div class="ticker"><span>عاجل</span><marquee>{esc(c['breaking'])}</marquee></div>
<div class="container"><div class="row"><div class="col-8">
<div class="article-header">{badge}<h1>{esc(p['title'])}</h1>
<div class="writer">{esc(c['byline'])}</div>{date_div}</div>
<div class="social"><span>شارك</span><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a><a href="#">تلغرام</a></div>
<div class="main-img"><img src="/Upload/{esc(c['img'])}"><div class="img-caption">{esc(c['caption'])}</div></div>
<div class="article-text" id="articleBody">
{render_blocks(p['blocks'], ra)}
</div>
<div class="google-news"><a href="#">{esc(c['gnews'])}</a></div>
<div class="related-news"><div class="title">{esc(c['related_head'])}</div>{rel}</div>
</div><div class="col-4"><div class="most-read"><div class="title">الأكثر قراءة</div>{most}</div></div></div></div>
<div id="footer">{esc(c['footer'])}</div>
</body>
</html>
"""
    bp = [c["today"], *c["nav"], "عاجل", c["breaking"], c["byline"], *SHARE, c["img"], c["caption"], c["gnews"],
          c["related_head"], *[x for td in c["related"] for x in td], "الأكثر قراءة", *c["most_read"], c["footer"]]
    if c.get("date_text"):
        bp.append(c["date_text"])
    if c.get("badge"):
        bp.append(c["badge"])
    bp += [f"{b[1]} {b[2]}" for b in p["blocks"] if b[0] == "ra"] + block_chrome(p["blocks"])
    return h, bp


def tpl_maghreb(p):
    """Maghrebi news site: <article class=post> with author/date meta row, 'مقالات ذات صلة',
    comment form, French/Arabic language switch, footer."""
    c = p["chrome"]
    metas = "".join(f'<meta property="{attr(k)}" content="{attr(v)}">' for k, v in p.get("meta", []))
    def ra(lab, t):
        return f'<p class="lire-aussi"><em>{esc(lab)}</em> <a href="/{1200 + len(t)}.html">{esc(t)}</a></p>'
    nav = "".join(f'<li class="menu-item"><a href="/cat/{i}">{esc(x)}</a></li>' for i, x in enumerate(c["nav"]))
    rel = "".join(f'<div class="rel-post"><h4><a href="/{900 + i}.html">{esc(t)}</a></h4><time>{esc(d)}</time></div>'
                  for i, (t, d) in enumerate(c["related"]))
    pub = p.get("itemprop_date")
    pubspan = f'<span itemprop="datePublished" content="{attr(pub)}"></span>' if pub else ""
    date_span = f'<span class="post-date">{esc(c["date_text"])}</span>' if c.get("date_text") else ""
    h = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{esc(p['title'])} – {esc(p['outlet'])}</title>
<meta property="og:url" content="{attr(p['url'])}">
{metas}
</head>
<body>
<div class="lang-switch"><a href="/fr">Français</a> | <a href="/">العربية</a></div>
<div class="date-du-jour">{esc(c['today'])}</div>
<header id="site-header"><div class="site-title">{esc(p['outlet'])}</div><ul class="main-menu">{nav}</ul></header>
<div class="flash"><strong>عاجل</strong> {esc(c['breaking'])}</div>
<article class="post" itemscope itemtype="https://schema.org/NewsArticle">{pubspan}
<header class="entry-header"><span class="cat">{esc(c['section'])}</span>
<h1 class="post-title" itemprop="headline">{esc(p['title'])}</h1>
<div class="entry-meta"><span class="author">{esc(c['byline'])}</span>{date_span}</div></header>
<div class="partage"><span>شارك</span><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a><a href="#">تلغرام</a></div>
<div class="thumb"><img src="/wp-content/uploads/{esc(c['img'])}"><p class="wp-caption-text">{esc(c['caption'])}</p></div>
<div class="post-content" itemprop="articleBody">
{render_blocks(p['blocks'], ra)}
</div>
</article>
<section class="related-posts"><h3>{esc(c['related_head'])}</h3>{rel}</section>
<div id="respond"><h3>{esc(c['comment_head'])}</h3><p>{esc(c['comment_note'])}</p><textarea></textarea><button>إرسال</button></div>
<footer class="site-footer">{esc(c['footer'])}</footer>
</body>
</html>
"""
    bp = ["Français", "العربية", c["today"], c["outlet_line"], *c["nav"], "عاجل", c["breaking"], c["section"], c["byline"],
          *SHARE, c["img"], c["caption"], c["related_head"], *[x for td in c["related"] for x in td],
          c["comment_head"], c["comment_note"], "إرسال", c["footer"]] + block_chrome(p["blocks"])
    if c.get("date_text"):
        bp.append(c["date_text"])
    return h, bp


def tpl_levant(p):
    """Lebanese site: old-style layout, title in <h2 class=headline>, date line under it,
    font buttons, 'اخترنا لكم' box, 'ملفات' sidebar, 'تابعونا' line."""
    c = p["chrome"]
    def ra(lab, t):
        return f'<blockquote class="also"><b>{esc(lab)}</b><br><a href="/n/{400 + len(t)}">{esc(t)}</a></blockquote>'
    nav = " | ".join(f'<a href="/c/{i}">{esc(x)}</a>' for i, x in enumerate(c["nav"]))
    rel = "".join(f'<tr><td><a href="/n/{800 + i}">{esc(t)}</a></td><td class="d">{esc(d)}</td></tr>'
                  for i, (t, d) in enumerate(c["related"]))
    files = "".join(f"<li>{esc(x)}</li>" for x in c["files"])
    date_div = f'<div class="date-line">{esc(c["date_text"])}</div>' if c.get("date_text") else ""
    h = f"""<html dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(p['outlet'])} - {esc(p['title'])}</title>
<link rel="canonical" href="{attr(p['url'])}">
</head>
<body>
<div id="wrap">
<div id="top"><span class="clock">{esc(c['today'])}</span> <span class="logo">{esc(p['outlet'])}</span></div>
<div id="menu">{nav}</div>
<div id="urgent">عاجل: {esc(c['breaking'])}</div>
<div id="main">
<div class="kicker">{esc(c['section'])}</div>
<h2 class="headline">{esc(p['title'])}</h2>
{date_div}
<div class="tools"><a href="#">+A</a> <a href="#">-A</a> <a href="#">طباعة</a> <a href="#">فيسبوك</a> <a href="#">واتساب</a></div>
<div class="pic"><img src="/images/{esc(c['img'])}"><div class="cap">{esc(c['caption'])}</div></div>
<div class="text">
{render_blocks(p['blocks'], ra)}
</div>
<div class="pick"><h3>{esc(c['related_head'])}</h3><table>{rel}</table></div>
</div>
<div id="side"><h3>ملفات</h3><ul>{files}</ul></div>
<div id="follow">{esc(c['follow'])}</div>
<div id="bottom">{esc(c['footer'])}</div>
</div>
</body>
</html>
"""
    bp = [c["today"], *c["nav"], f"عاجل: {c['breaking']}", c["breaking"], c["section"], "+A", "-A", "طباعة",
          "فيسبوك", "واتساب", c["img"], c["caption"], c["related_head"], *[x for td in c["related"] for x in td],
          "ملفات", *c["files"], c["follow"], c["footer"]] + block_chrome(p["blocks"])
    if c.get("date_text"):
        bp.append(c["date_text"])
    return h, bp


def tpl_wp(p):
    """WordPress news theme: <time datetime>, author box, 'شارك على', 'اقرأ أيضاً' blocks,
    'أخبار ذات صلة' grid, popular posts widget, newsletter, footer."""
    c = p["chrome"]
    metas = "".join(f'<meta property="{attr(k)}" content="{attr(v)}">' for k, v in p.get("meta", []))
    def ra(lab, t):
        return (f'<div class="wp-block-readmore"><span>{esc(lab)}</span> '
                         f'<a href="/?p={20000 + len(t)}">{esc(t)}</a></div>')
    nav = "".join(f'<li><a href="/category/{i}/">{esc(x)}</a></li>' for i, x in enumerate(c["nav"]))
    rel = "".join(f'<div class="td-block"><h3><a href="/?p={10000 + i}">{esc(t)}</a></h3><span class="td-date">{esc(d)}</span></div>'
                  for i, (t, d) in enumerate(c["related"]))
    tm = p.get("time_dt")
    time_el = f'<time class="entry-date" datetime="{attr(tm)}">{esc(c["time_text"])}</time>' if tm else ""
    h = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<title>{esc(p['title'])} &#8211; {esc(p['outlet'])}</title>
<link rel="canonical" href="{attr(p['url'])}">
<meta property="og:site_name" content="{attr(p['outlet'])}">
{metas}
</head>
<body class="post-template-default single">
<div class="td-header-top"><span class="td-date-now">{esc(c['today'])}</span></div>
<div class="td-header-menu"><ul class="menu">{nav}</ul></div>
<div class="td-trending"><span>عاجل</span> <a href="#">{esc(c['breaking'])}</a></div>
<article class="td-post">
<header class="td-post-title"><ul class="td-category"><li>{esc(c['section'])}</li></ul>
<h1 class="entry-title">{esc(p['title'])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">{esc(c['byline'])}</div>{time_el}<div class="td-views">{esc(c['views'])}</div></div></header>
<div class="td-post-sharing"><span>شارك على</span><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a><a href="#">تلغرام</a></div>
<div class="td-post-featured-image"><img src="/wp-content/uploads/2024/{esc(c['img'])}" alt="{attr(c['caption'])}"><figcaption class="wp-caption-text">{esc(c['caption'])}</figcaption></div>
<div class="td-post-content">
{render_blocks(p['blocks'], ra)}
</div>
</article>
<div class="td-related"><h4>{esc(c['related_head'])}</h4>{rel}</div>
<aside class="widget"><h4>{esc(c['popular_head'])}</h4><ul>{''.join(f'<li>{esc(x)}</li>' for x in c['popular'])}</ul></aside>
<div class="mc4wp"><p>{esc(c['newsletter'])}</p><input type="email"><input type="submit" value="اشترك"></div>
<footer class="td-footer">{esc(c['footer'])}</footer>
</body>
</html>
"""
    bp = [c["today"], *c["nav"], "عاجل", c["breaking"], c["section"], c["byline"], c["views"], "شارك على",
          "فيسبوك", "تويتر", "واتساب", "تلغرام", c["img"], c["caption"], c["related_head"],
          *[x for td in c["related"] for x in td], c["popular_head"], *c["popular"], c["newsletter"], c["footer"]]
    if tm:
        bp.append(c["time_text"])
    bp += block_chrome(p["blocks"])
    return h, bp


def render_dump(p):
    """Scraper text dump: one block per line, chrome before/after, blank and ' ' lines between."""
    lines = []
    for item in p["dump_head"]:
        lines.append(item)
    for b in p["blocks"]:
        if b[0] in ("p", "q"):
            lines.append(b[1])
        elif b[0] == "pre":
            lines.append(b[1] + b[2])
        elif b[0] == "ra":
            lines.append(f"{b[1]} {b[2]}")
        elif b[0] == "raw":
            lines.append(b[1])
        lines.append(" " if b[0] == "p" else "")
    lines += p["dump_tail"]
    return "\n".join(lines) + "\n"


TEMPLATES = {"gulf": tpl_gulf, "portal": tpl_portal, "maghreb": tpl_maghreb, "levant": tpl_levant, "wp": tpl_wp}


def Q(match, kind, role, org, official, says, required=True):
    return {"match": match, "required": required, "kind": kind, "role": role, "org": org,
            "official": official, "says": says}


PAGES = []

# 1 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_sahil_muscat_yemen", file="sahil_muscat_yemen.html", form="html", template="gulf",
    outlet="صحيفة الساحل", aliases=["الساحل", "Alsahil Daily", "alsahil-daily.example"],
    url="https://www.alsahil-daily.example/world/arab/yemen-muscat-consultations-118452",
    title="مسقط تستضيف جولة جديدة من المشاورات اليمنية وسط تفاؤل حذر بتمديد الهدنة",
    jsonld={"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "مسقط تستضيف جولة جديدة من المشاورات اليمنية وسط تفاؤل حذر بتمديد الهدنة",
            "datePublished": "2024-03-04T06:15:00+04:00", "dateModified": "2024-03-05T09:02:00+04:00",
            "publisher": {"@type": "Organization", "name": "صحيفة الساحل"}},
    blocks=[
        ("p", "استضافت العاصمة العُمانية مسقط، أمس الأحد، جولة جديدة من المشاورات غير المعلنة بين وفدي الحكومة اليمنية وجماعة الحوثيين، بحضور ممثلين عن مكتب المبعوث الأممي، في مسعى لتثبيت الهدنة الهشة وتمديدها ستة أشهر إضافية، وفتح الطرق المغلقة في تعز، وصرف رواتب موظفي القطاع العام في المناطق كافة، وذلك بعد أسابيع من التصعيد الميداني في محافظتي مأرب والضالع أثار مخاوف إقليمية ودولية من انهيار التفاهمات القائمة."),
        ("p", "وقال وزير الخارجية العُماني المكلف، سالم بن ناصر الهنائي، في تصريح خاص لـ«الساحل»، إن بلاده «لا تحمل مبادرة جاهزة، بل تفتح الأبواب وتترك للأطراف اليمنية أن تقرر»."),
        ("p", "وأضاف الهنائي أن الجولة الحالية «أكثر جدية من سابقاتها»، موضحاً أن الوفدين «اتفقا على جدول أعمال من أربعة بنود للمرة الأولى منذ عامين»."),
        ("ra", "اقرأ أيضاً", "الرياض وأبوظبي تبحثان تنسيق المواقف بشأن أمن البحر الأحمر"),
        ("p", "ولفت إلى أن ملف الأسرى «لا يزال العقدة الأصعب»، لكنه استدرك قائلاً: «لمسنا مرونة في الأسماء والأعداد، ونأمل أن تُترجم إلى اتفاق قبل حلول رمضان»."),
        ("p", "من جهته، قال رئيس الوفد الحكومي اليمني، وكيل وزارة الخارجية نبيل العمودي، إن الحكومة «ذهبت إلى مسقط بقلب مفتوح وشروط واضحة»، مشدداً على أن أي تمديد للهدنة «يجب أن يقترن بفتح طرق تعز دون قيد»."),
        ("p", "وأشار العمودي إلى أن الحكومة قدمت قائمة تضم أكثر من ألف وخمسمئة اسم من المحتجزين، مطالباً الطرف الآخر «بالكشف عن مصير المخفيين قسراً قبل أي حديث عن التبادل»."),
        ("p", "في المقابل، نقلت قناة فضائية تابعة للجماعة عن عضو وفدها المفاوض، عبدالملك الشرفي، قوله إن الجماعة «لن تقبل بهدنة تُدار من الخارج»، وإن أولويتها «رفع القيود عن الموانئ والمطار»."),
        ("p", "ومن المقرر أن تُستأنف المشاورات في 12 مارس الجاري، على أن تُعرض نتائجها على مجلس الأمن في إحاطته الشهرية."),
        ("p", "ويرى مراقبون أن نجاح الجولة مرهون بمدى استعداد الأطراف الإقليمية لتقديم ضمانات، في ظل تعثر المسار السياسي منذ سنوات."),
    ],
    chrome=dict(today="الأربعاء 6 مارس 2024", ticker2="الفجر 4:58 | الظهر 12:21 | العصر 3:44",
                nav=["الرئيسية", "محليات", "الخليج", "عربي ودولي", "اقتصاد", "رأي", "رياضة", "منوعات"],
                breaking="ارتفاع أسعار النفط مع تمديد خفض الإنتاج",
                section="عربي ودولي", byline="مسقط - مراسل الساحل",
                img="muscat-talks-yemen.jpg", caption="جانب من مشاورات سابقة في العاصمة العمانية (أرشيفية)",
                tags=["اليمن", "سلطنة عمان", "الهدنة", "الأسرى"],
                related_head="المزيد من عربي ودولي",
                related=[("مجلس الأمن يمدد ولاية بعثة الأمم المتحدة لدعم اتفاق الحديدة", "27 فبراير 2024"),
                         ("وزراء الخارجية الخليجيون يبحثون ملفات المنطقة في الرياض", "1 مارس 2024"),
                         ("برنامج الأغذية العالمي يعلق توزيع المساعدات في مناطق شمال اليمن", "18 فبراير 2024")],
                newsletter="سجّل بريدك الإلكتروني لتصلك أبرز عناوين الساحل كل صباح",
                footer="جميع الحقوق محفوظة © صحيفة الساحل 2001 - 2024"),
    published_date="2024-03-04", date_source="jsonld",
    forbidden_dates=["2024-03-06", "2024-03-05", "2024-03-12", "2024-02-27", "2024-03-01", "2024-02-18", "2024-03-03"],
    quoted=[
        Q(["سالم بن ناصر الهنائي", "الهنائي"], "named", "وزير الخارجية العُماني المكلف", ["سلطنة عمان", "عُمان", "وزارة الخارجية العمانية"], True,
          ["لا تحمل مبادرة جاهزة، بل تفتح", "أكثر جدية من سابقاتها", "لا يزال العقدة الأصعب",
           "لمسنا مرونة في الأسماء والأعداد"]),
        Q(["نبيل العمودي", "العمودي"], "named", "رئيس الوفد الحكومي اليمني", ["الحكومة اليمنية", "اليمن", "وزارة الخارجية"], True,
          ["ذهبت إلى مسقط بقلب مفتوح", "يجب أن يقترن بفتح طرق تعز", "بالكشف عن مصير المخفيين قسراً"]),
        Q(["عبدالملك الشرفي", "الشرفي"], "named", "عضو وفدها المفاوض", ["جماعة الحوثيين", "الحوثيين"], True,
          ["لن تقبل بهدنة تُدار من الخارج", "رفع القيود عن الموانئ والمطار"]),
    ],
    not_quoted=["المبعوث الأممي", "قناة فضائية", "مراقبون"],
    notes="Gulf daily: long one-sentence lead, one minister's quotes spread over three paragraphs with "
          "وأضاف/ولفت/استدرك continuations (the third one names him only by pronoun). Date only in JSON-LD "
          "datePublished; dateModified (next day), today's date in the top bar and an event date in the body "
          "(12 مارس) are forbidden. A TV channel relays the Houthi negotiator: the channel is not a speaker.",
))

# 2 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_mahrousa_sudan_call", file="mahrousa_sudan_call.html", form="html", template="portal",
    outlet="بوابة المحروسة", aliases=["المحروسة", "Almahrousa Portal", "almahrousa-portal.example"],
    url="https://www.almahrousa-portal.example/News/2291847",
    title="الخارجية المصرية: نرفض أي تدخل خارجي في الشأن السوداني",
    meta=[("article:published_time", "2024-04-14T14:30:00+02:00"), ("article:section", "أخبار مصر")],
    blocks=[
        ("p", "أكد السفير أحمد فؤاد الشناوي، المتحدث الرسمي باسم وزارة الخارجية المصرية، رفض القاهرة أي تدخل خارجي في الشأن السوداني."),
        ("p", "جاء ذلك في تصريحات صحفية، اليوم الأحد، عقب اتصال هاتفي بين وزير الخارجية ونظيره السوداني."),
        ("p", "وقال الشناوي إن «استقرار السودان جزء لا يتجزأ من الأمن القومي المصري»."),
        ("ra", "اقرأ أيضا..", "وزير الري يتابع موقف الإيراد المائي لنهر النيل"),
        ("p", "وأوضح أن الاتصال تناول ترتيبات عقد مؤتمر القوى المدنية السودانية في القاهرة خلال الأسابيع المقبلة."),
        ("p", "وتابع: «مصر تقف على مسافة واحدة من جميع الأطراف السودانية، وهدفنا وقف نزيف الدم»."),
        ("p", "وأشار إلى أن القاهرة استقبلت أكثر من نصف مليون سوداني منذ اندلاع الحرب."),
        ("p", "ولفت المتحدث إلى أن الوزير شدد على ضرورة فتح الممرات الإنسانية دون شروط."),
        ("ra", "اقرأ أيضا..", "انطلاق امتحانات الفصل الدراسي الثاني بالمدارس الدولية"),
        ("p", "من جانبه، أعرب وزير الخارجية السوداني المكلف، عثمان الطيب حمدنا الله، عن تقدير بلاده للموقف المصري، بحسب البيان."),
        ("p", "وأضاف حمدنا الله أن حكومته «منفتحة على كل مبادرة تحترم سيادة السودان ووحدة أراضيه»."),
        ("p", "يُذكر أن الحرب في السودان اندلعت منتصف أبريل من العام الماضي."),
    ],
    chrome=dict(today="الثلاثاء 16 أبريل 2024", nav=["الرئيسية", "أخبار مصر", "عربي ودولي", "حوادث", "رياضة", "فن", "اقتصاد", "توك شو"],
                breaking="الأرصاد: طقس حار نهاراً معتدل ليلاً على أغلب الأنحاء",
                byline="كتب: محمود عبد الرازق", date_text="الأحد، 14 أبريل 2024 02:30 م",
                img="2024_4_14_sudan_call.jpg", caption="السفير أحمد فؤاد الشناوي",
                gnews="تابعوا بوابة المحروسة على جوجل نيوز",
                related_head="أخبار ذات صلة",
                related=[("السيسي يستقبل رئيس مجلس السيادة السوداني", "الإثنين، 8 أبريل 2024"),
                         ("مفوضية اللاجئين: 15 ألف وافد سوداني أسبوعياً إلى مصر", "الخميس، 11 أبريل 2024")],
                most_read=["أسعار الذهب اليوم في مصر", "نتيجة مباراة الأهلي والزمالك", "موعد صرف معاشات مايو"],
                footer="جميع الحقوق محفوظة لبوابة المحروسة 2024"),
    published_date="2024-04-14", date_source="meta",
    forbidden_dates=["2024-04-16", "2024-04-08", "2024-04-11"],
    quoted=[
        Q(["أحمد فؤاد الشناوي", "الشناوي"], "named", "المتحدث الرسمي باسم وزارة الخارجية المصرية", ["وزارة الخارجية المصرية", "مصر"], True,
          ["استقرار السودان جزء لا يتجزأ من", "تناول ترتيبات عقد مؤتمر القوى المدنية",
           "مصر تقف على مسافة واحدة من", "القاهرة استقبلت أكثر من نصف مليون"]),
        Q(["عثمان الطيب حمدنا الله", "حمدنا الله"], "named", "وزير الخارجية السوداني المكلف", ["السودان", "الحكومة السودانية"], True,
          ["منفتحة على كل مبادرة تحترم سيادة"]),
    ],
    not_quoted=["محمود عبد الرازق"],
    notes="Egyptian portal: one sentence per paragraph; the spokesman's speech continues over five "
          "paragraphs with pronoun-only verbs (وأوضح أن، وتابع:، وأشار إلى، ولفت المتحدث). Date in "
          "article:published_time and in an Egyptian 'م' text line; header date and related dates are forbidden. "
          "Inline 'اقرأ أيضا..' links inside the body.",
))

# 3 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_atlas_libya_bouznika", file="atlas_libya_bouznika.html", form="html", template="maghreb",
    outlet="الأطلس 24", aliases=["موقع الأطلس 24", "Atlas24", "atlas24.example"],
    url="https://atlas24.example/politique/libye-dialogue-bouznika-55120.html",
    title="بوزنيقة تحتضن جولة حوار ليبية جديدة حول القوانين الانتخابية",
    blocks=[
        ("p", "انطلقت، اليوم الخميس بمدينة بوزنيقة، جولة جديدة من الحوار بين ممثلي مجلس النواب والمجلس الأعلى للدولة في ليبيا، تخصص لحسم النقاط الخلافية العالقة في القوانين الانتخابية، حسب ما أفاد به مصدر من اللجنة المشتركة."),
        ("p", "وقال ناصر بوعزة، الوزير المنتدب المكلف بالتعاون الإفريقي، في كلمة افتتاحية، إن المملكة \"لا تتدخل في مضمون النقاشات، وإنما توفر الإطار الملائم لليبيين كي يتوافقوا فيما بينهم\"."),
        ("p", "وأضاف المسؤول المغربي أن \"الحل في ليبيا لن يكون إلا ليبيا-ليبيا، بعيدا عن أي أجندات خارجية\"."),
        ("ra", "اقرأ أيضا:", "الرباط ونواكشوط توقعان اتفاقيات للتعاون في مجال الطاقة"),
        ("p", "من جهته، أوضح رئيس وفد مجلس النواب الليبي، الهادي القماطي، أن الوفدين \"قطعا أشواطا مهمة في ملف شروط الترشح\"، مبرزا أن الخلاف ما يزال قائما حول \"ترشح مزدوجي الجنسية والعسكريين\"."),
        ("p", "وحسب ما أفاد به عضو في وفد المجلس الأعلى للدولة لموقع \"الأطلس 24\"، فإن الاجتماعات ستتواصل إلى غاية يوم 22 يوليوز الجاري، على أن يرفع التقرير النهائي إلى رئاستي المجلسين."),
        ("p", "وتأتي هذه الجولة بعد أشهر من الجمود، إثر تعثر اتفاق سابق توصلت إليه لجنة مشتركة في المدينة ذاتها."),
    ],
    chrome=dict(today="الإثنين 15 يوليوز 2024", outlet_line="الأطلس 24",
                nav=["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "دولية", "رياضة", "فيديو"],
                breaking="توقيف شبكة للهجرة السرية بسواحل الناظور",
                section="دولية", byline="الأطلس 24 - هشام بنعلي", date_text="الخميس 11 يوليوز 2024 - 18:40",
                img="bouznika-dialogue-libye.jpg", caption="صورة من جولة سابقة للحوار الليبي ببوزنيقة",
                related_head="مقالات ذات صلة",
                related=[("المنفي يدعو إلى تسريع المصالحة الوطنية في ليبيا", "28 يونيو 2024"),
                         ("ستيفاني خوري تلتقي وفدا من المجلس الأعلى للدولة", "3 يوليوز 2024"),
                         ("الجامعة العربية ترحب باستئناف الحوار الليبي", "5 غشت 2023")],
                comment_head="أضف تعليقك", comment_note="المرجو احترام آداب الحوار، التعليقات المسيئة لن تنشر",
                footer="© 2024 الأطلس 24 - جميع الحقوق محفوظة"),
    published_date="2024-07-11", date_source="text",
    forbidden_dates=["2024-07-15", "2024-07-22", "2024-06-28", "2024-07-03", "2023-08-05"],
    quoted=[
        Q(["مصدر من اللجنة المشتركة"], "anonymous", "مصدر من اللجنة المشتركة", ["اللجنة المشتركة", "مجلس النواب والمجلس الأعلى للدولة"], True,
          ["لحسم النقاط الخلافية العالقة في القوانين"]),
        Q(["ناصر بوعزة", "بوعزة"], "named", "الوزير المنتدب المكلف بالتعاون الإفريقي", ["المملكة", "المغرب"], True,
          ["لا تتدخل في مضمون النقاشات", "الحل في ليبيا لن يكون إلا"]),
        Q(["الهادي القماطي", "القماطي"], "named", "رئيس وفد مجلس النواب الليبي", "مجلس النواب الليبي", True,
          ["قطعا أشواطا مهمة في ملف شروط الترشح", "ترشح مزدوجي الجنسية والعسكريين"]),
        Q(["عضو في وفد المجلس الأعلى للدولة"], "anonymous", "عضو في وفد المجلس الأعلى للدولة", "المجلس الأعلى للدولة", True,
          ["على أن يرفع التقرير النهائي إلى"]),
    ],
    not_quoted=["هشام بنعلي", "ستيفاني خوري"],
    notes="Maghrebi site: Moroccan month names (يوليوز, غشت), straight double quotes, 'حسب ما أفاد به' "
          "attribution (once at the end of the lead, once fronted), 'مبرزا أن'. Date only as a text line "
          "in the author/date row; today's date (with يوليوز), an event date in the body and related dates are forbidden.",
))

# 4 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_marfa_french_envoy", file="marfa_french_envoy.html", form="html", template="levant",
    outlet="موقع المرفأ", aliases=["المرفأ", "Almarfa", "almarfa-lb.example"],
    url="https://almarfa-lb.example/n/301877",
    title="مصادر مطلعة: الموفد الفرنسي يحمل إلى بيروت أفكاراً جديدة بشأن الجنوب",
    blocks=[
        ("p", "يصل الموفد الرئاسي الفرنسي إلى بيروت مطلع الأسبوع المقبل في زيارة هي الثالثة له منذ مطلع العام، حاملاً، وفق معلومات «المرفأ»، ورقة معدّلة تتناول ترتيبات الوضع على الحدود الجنوبية."),
        ("p", "وقالت مصادر مطلعة على أجواء التحضير للزيارة إن الورقة الجديدة «تأخذ في الاعتبار الملاحظات اللبنانية على الصيغة السابقة»، ولا سيما ما يتعلق بانتشار الجيش جنوب الليطاني."),
        ("p", "وأضافت المصادر أن باريس «تنسق خطواتها مع واشنطن هذه المرة»، بعدما كان التباين بين العاصمتين قد أضعف المبادرة السابقة التي طُرحت في " + ind("15") + " أيار."),
        ("ra", "إقرأ أيضاً", "جلسة حكومية الثلاثاء لبحث ملف الكهرباء والموازنة"),
        ("p", "في المقابل، أبدت أوساط دبلوماسية غربية في بيروت حذراً من الإفراط في التفاؤل، معتبرة أن «لا شيء يوحي بأن الظروف الميدانية نضجت لتسوية»."),
        ("p", "ورأت هذه الأوساط أن نجاح أي مبادرة «يبقى رهن ما يجري في غزة أولاً»."),
        ("p", "أما رئيس لجنة الشؤون الخارجية النيابية، النائب فادي نصّور، فقال لـ«المرفأ» إن لبنان «يرحّب بكل جهد يحمي أرضه، لكنه لن يقبل بترتيبات تُفرض عليه من الخارج»."),
        ("p", "ومن المتوقع أن يلتقي الموفد الفرنسي رئيس مجلس النواب وقائد الجيش ووزير الخارجية، على أن يزور لاحقاً مقر قيادة القوات الدولية في الناقورة."),
    ],
    chrome=dict(today=ind("الإثنين 10 حزيران 2024 | 09:14"),
                nav=["الرئيسية", "لبنان", "إقليمي", "دولي", "اقتصاد", "مقالات", "فيديو"],
                breaking="غارة على أطراف بلدة حدودية في القطاع الشرقي",
                section="لبنان", date_text=ind("السبت 8 حزيران 2024"),
                img="envoy_beirut_0608.jpg", caption="الموفد الفرنسي خلال زيارة سابقة إلى بيروت",
                related_head="اخترنا لكم",
                related=[("بري يستقبل سفيرة الولايات المتحدة في عين التينة", ind("3 حزيران 2024")),
                         ("الخماسية تعود إلى التحرك: لقاء قريب في السفارة القطرية", ind("30 أيار 2024")),
                         ("اليونيفيل: قلق بالغ من تصاعد التوتر على الخط الأزرق", ind("27 أيار 2024"))],
                files=["الاستحقاق الرئاسي", "الجنوب", "النازحون السوريون"],
                follow="تابعونا على منصات التواصل الاجتماعي",
                footer="جميع الحقوق محفوظة - موقع المرفأ " + ind("2024")),
    published_date="2024-06-08", date_source="text",
    forbidden_dates=["2024-06-10", "2024-05-15", "2024-06-03", "2024-05-30", "2024-05-27"],
    quoted=[
        Q(["مصادر مطلعة"], "anonymous", "مصادر مطلعة على أجواء التحضير للزيارة", None, False,
          ["تأخذ في الاعتبار الملاحظات اللبنانية", "تنسق خطواتها مع واشنطن هذه المرة"]),
        Q(["أوساط دبلوماسية غربية", "الأوساط"], "anonymous", "أوساط دبلوماسية غربية", None, True,
          ["لا شيء يوحي بأن الظروف الميدانية", "يبقى رهن ما يجري في غزة"]),
        Q(["فادي نصّور", "نصّور"], "named", "رئيس لجنة الشؤون الخارجية النيابية", ["لجنة الشؤون الخارجية النيابية", "لبنان", "مجلس النواب"], True,
          ["يرحّب بكل جهد يحمي أرضه", "لن يقبل بترتيبات تُفرض عليه"]),
    ],
    not_quoted=["الموفد الرئاسي الفرنسي", "الموفد الفرنسي", "قائد الجيش", "بري"],
    notes="Lebanese site: Levantine month names and Arabic-Indic digits everywhere (date line, today's "
          "header, related dates, an earlier initiative date in the body). Two anonymous speakers: "
          "'مصادر مطلعة' (no affiliation: not official) and 'أوساط دبلوماسية غربية' (diplomats: official), "
          "each continued by a back-reference (وأضافت المصادر، ورأت هذه الأوساط). The French envoy is only "
          "the subject of the story.",
))

# 5 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_dijla_live_water", file="dijla_live_water.html", form="html", template="portal",
    outlet="شبكة دجلة الإخبارية", aliases=["دجلة", "شبكة دجلة", "Dijla News", "dijla-news.example"],
    url="https://www.dijla-news.example/live/2024/02/27/iraq-parliament-water-turkey",
    title="البرلمان العراقي يستضيف وزير الخارجية لمناقشة ملف المياه مع تركيا",
    blocks=[
        ("stamp", "10:05"),
        ("p", "بدأت جلسة البرلمان العراقي المخصصة لاستضافة وزير الخارجية بحضور 187 نائباً، لمناقشة تراجع الإطلاقات المائية من الجانب التركي."),
        ("stamp", "10:32"),
        ("p", "قال وزير الخارجية العراقي، هشام الربيعي، إن الحكومة “أبلغت أنقرة رسمياً بأن الحصة الحالية لا تكفي لتأمين مياه الشرب في البصرة”."),
        ("stamp", "10:50"),
        ("p", "وأضاف الربيعي أن وفداً فنياً سيتوجه إلى أنقرة الأسبوع المقبل “بملف متكامل عن الأضرار”، مطالباً البرلمان بـ“دعم تفاوضي لا مزايدات”."),
        ("stamp", "11:15"),
        ("p", "النائب عن محافظة ذي قار، سلام الكعبي، يطالب بربط ملف المياه بالتبادل التجاري مع تركيا، ويقول: “لدينا أوراق ضغط لم نستخدمها بعد”."),
        ("stamp", "11:40"),
        ("p", "رئاسة البرلمان ترفع الجلسة لمدة نصف ساعة للاستراحة."),
        ("stamp", "12:20"),
        ("p", "استئناف الجلسة. الربيعي يرد على مداخلات النواب ويؤكد أن “الحوار هو الطريق الوحيد، والتدويل خيار أخير”."),
        ("stamp", "13:05"),
        ("p", "انتهاء الجلسة، والبرلمان يصوّت على تشكيل لجنة نيابية لمتابعة ملف المياه."),
    ],
    chrome=dict(today="الخميس 29 شباط 2024", nav=["الرئيسية", "محلي", "سياسة", "أمن", "اقتصاد", "رياضة", "تقارير"],
                breaking="مجلس الوزراء يقرر تعطيل الدوام الرسمي يوم الأحد",
                byline="دجلة - بغداد", badge="مباشر",
                img="parliament_water_live.jpg", caption="جلسة البرلمان العراقي",
                gnews="تابعوا شبكة دجلة على تلغرام",
                related_head="تغطيات سابقة",
                related=[("وزير الموارد المائية: الخزين المائي في أدنى مستوياته", "20 شباط 2024"),
                         ("وفد عراقي في أنقرة لبحث الحصص المائية", "12 شباط 2024")],
                most_read=["أسعار صرف الدولار في بغداد", "جدول الرواتب لشهر آذار", "حالة الطقس غداً"],
                footer="© شبكة دجلة الإخبارية 2024"),
    published_date="2024-02-27", date_source="url",
    forbidden_dates=["2024-02-29", "2024-02-20", "2024-02-12"],
    quoted=[
        Q(["هشام الربيعي", "الربيعي"], "named", "وزير الخارجية العراقي", ["العراق", "الحكومة العراقية", "وزارة الخارجية العراقية"], True,
          ["أبلغت أنقرة رسمياً بأن الحصة الحالية", "بملف متكامل عن الأضرار", "الحوار هو الطريق الوحيد، والتدويل"]),
        Q(["سلام الكعبي", "الكعبي"], "named", "النائب عن محافظة ذي قار", ["البرلمان العراقي", "مجلس النواب العراقي"], True,
          ["لدينا أوراق ضغط لم نستخدمها بعد"]),
    ],
    not_quoted=["رئاسة البرلمان"],
    notes="Live blog: each entry is a time stamp (own block, unclassified) and a paragraph; present-tense "
          "headline-style entries ('يطالب ... ويقول:', 'يرد ... ويؤكد أن'); curly English quotes “...”. "
          "Date only in the URL; today's date (Levantine شباط) and related dates are forbidden.",
))

# 6 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_mashhad_au_interview", file="mashhad_au_interview.txt", form="text-dump", template="dump_mashhad",
    outlet="مجلة المشهد", aliases=["المشهد", "Almashhad Magazine", "almashhad-mag.example"], url=None,
    title="رئيس بعثة الاتحاد الأفريقي في السودان: لا حل عسكرياً والوقت ليس في صالح أحد",
    dump_head=[
        "رئيس بعثة الاتحاد الأفريقي في السودان: لا حل عسكرياً والوقت ليس في صالح أحد - مجلة المشهد",
        "",
        "الرئيسية",
        "حوارات",
        "تقارير",
        "عاجل",
        "مجلس الأمن يمدد ولاية فريق الخبراء المعني بالسودان عاماً إضافياً",
        "",
        "حوار",
        "رئيس بعثة الاتحاد الأفريقي في السودان: لا حل عسكرياً والوقت ليس في صالح أحد",
        "حاوره: طارق السنوسي",
        "22/03/2024 - 09:12",
        "+A",
        "-A",
        "au_envoy_interview_2203.jpg",
        "السفير محمد الأمين قسم السيد خلال المقابلة",
        " ",
    ],
    blocks=[
        ("p", "في ظل تعثر مسار جدة وتزايد الحديث عن مبادرات موازية، التقت «المشهد» رئيس بعثة الاتحاد الأفريقي في السودان، السفير محمد الأمين قسم السيد، في مقر البعثة بأديس أبابا، وكان هذا الحوار:"),
        ("q", "س: كيف تقيّمون المشهد السوداني بعد عام من الحرب؟"),
        ("q", "ج: المشهد مأساوي بكل المقاييس. نحن أمام أكبر أزمة نزوح في العالم، والمؤسسات الأساسية للدولة شبه مشلولة، ولا أرى أي طرف قادراً على الحسم العسكري."),
        ("q", "س: هل ما زال مسار جدة قائماً؟"),
        ("q", "ج: مسار جدة لم يمت، لكنه يحتاج إلى إنعاش. الاتحاد الأفريقي لا ينافس أحداً، ونحن مستعدون للعمل تحت أي مظلة تجمع الطرفين إلى الطاولة."),
        ("ra", "اقرأ أيضاً:", "الخرطوم تستدعي سفيرها لدى دولة جارة للتشاور"),
        ("q", "س: يتهمكم البعض بالبطء في التحرك. ما ردكم؟"),
        ("q", "ج: أتفهم هذا الانتقاد. لكن الوساطة ليست سباقاً، والتسرع في إعلان اتفاقات هشة أضر بالسودانيين أكثر مما نفعهم في الماضي."),
        ("q", "س: ما رسالتكم للطرفين؟"),
        ("q", "ج: الوقت ليس في صالح أحد. كل يوم تأخير يعني مزيداً من الضحايا والجوعى، والتاريخ لن يرحم من يعطل السلام."),
    ],
    dump_tail=[
        "شارك",
        "فيسبوك",
        "واتساب",
        "",
        "مقالات ذات صلة",
        "وزير خارجية جنوب السودان: مستعدون لاستضافة محادثات مباشرة",
        "18 مارس 2024",
        "الإيغاد تدعو إلى قمة طارئة بشأن السودان",
        "9 مارس 2024",
        "",
        "© 2024 مجلة المشهد. جميع الحقوق محفوظة",
    ],
    extra_boilerplate=["حوار", "حوارات", "تقارير", "الرئيسية"],
    published_date="2024-03-22", date_source="text",
    forbidden_dates=["2024-03-18", "2024-03-09"],
    quoted=[
        Q(["محمد الأمين قسم السيد", "قسم السيد"], "named", "رئيس بعثة الاتحاد الأفريقي في السودان", "الاتحاد الأفريقي", True,
          ["لا أرى أي طرف قادراً على الحسم", "مسار جدة لم يمت، لكنه يحتاج", "الوساطة ليست سباقاً، والتسرع في إعلان",
           "الوقت ليس في صالح أحد"]),
    ],
    not_quoted=["طارق السنوسي"],
    notes="Interview in س/ج form (text dump): only the answers are speech and the interviewee is named once, "
          "in the intro; the title repeats a line from his answers. Date as DD/MM/YYYY with a time under the byline.",
))

# 7 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_rafidain_mfa_statement", file="rafidain_mfa_statement.html", form="html", template="wp",
    outlet="الرافدين اليوم", aliases=["جريدة الرافدين اليوم", "Rafidain Today", "rafidain-today.example"],
    url="https://rafidain-today.example/?p=64410",
    title="الخارجية العراقية تدعو إلى ضبط النفس بعد قصف قرب الحدود مع سوريا",
    time_dt="2024-01-18T13:10:00+03:00",
    blocks=[
        ("p", "أصدرت وزارة الخارجية العراقية، اليوم الخميس، بياناً جاء فيه أن «العراق يتابع بقلق بالغ التطورات الأخيرة على الحدود مع سوريا، ويدعو جميع الأطراف إلى ضبط النفس وتغليب لغة الحوار»."),
        ("p", "وأضاف البيان أن «الحكومة العراقية لن تسمح بأن تكون أراضيها منطلقاً للاعتداء على أي من دول الجوار»، مؤكداً أن القوات الأمنية «عززت انتشارها على طول الشريط الحدودي»."),
        ("p", "ودعت الوزارة في بيانها مجلس الأمن الدولي إلى «تحمل مسؤولياته في منع اتساع رقعة الصراع في المنطقة»."),
        ("ra", "اقرأ أيضاً", "وزير الداخلية يتفقد قاطع عمليات الأنبار"),
        ("p", "وكانت قيادة العمليات المشتركة قد أعلنت، في وقت سابق، أن قصفاً مجهول المصدر استهدف موقعاً قرب منفذ القائم الحدودي من دون أن يسفر عن إصابات."),
        ("p", "من جهته، قال المتحدث باسم الحكومة العراقية، عمار الدليمي، في تصريح للصحفيين، إن رئيس الوزراء «وجّه بتشكيل لجنة تحقيق عاجلة»، وإن نتائجها «ستُعلن للرأي العام خلال أيام»."),
        ("p", "ويأتي البيان بعد يومين من اتصال هاتفي بين وزيري خارجية البلدين تناول أمن الحدود وملف مخيم الهول."),
    ],
    chrome=dict(today="السبت, يناير 20, 2024", nav=["الرئيسية", "سياسة", "أمن", "اقتصاد", "محافظات", "دولي", "مقالات"],
                breaking="إطلاق الوجبة الثالثة من منحة الطلبة",
                section="سياسة", byline="بواسطة المحرر السياسي", time_text="منذ يومين", views="1,204 مشاهدة",
                img="iraq-syria-border.jpg", caption="نقطة حدودية عراقية قرب القائم - أرشيف",
                related_head="أخبار ذات صلة",
                related=[("العراق وسوريا يبحثان تعزيز التنسيق الأمني على الحدود", "يناير 9, 2024"),
                         ("نقل دفعة جديدة من العائلات العراقية من مخيم الهول", "ديسمبر 28, 2023")],
                popular_head="الأكثر مشاهدة",
                popular=["المالية تعلن موعد صرف رواتب كانون الثاني", "الأنواء الجوية: أمطار رعدية غداً"],
                newsletter="اشترك في القائمة البريدية ليصلك كل جديد",
                footer="© 2024 الرافدين اليوم. جميع الحقوق محفوظة."),
    published_date="2024-01-18", date_source="time",
    forbidden_dates=["2024-01-20", "2024-01-09", "2023-12-28", "2024-01-16"],
    quoted=[
        Q(["وزارة الخارجية العراقية", "الخارجية العراقية", "البيان", "الوزارة"], "institution", None,
          ["وزارة الخارجية العراقية", "العراق"], True,
          ["العراق يتابع بقلق بالغ التطورات الأخيرة", "لن تسمح بأن تكون أراضيها منطلقاً",
           "تحمل مسؤولياته في منع اتساع رقعة"]),
        Q(["قيادة العمليات المشتركة"], "institution", None, ["قيادة العمليات المشتركة", "العراق"], True,
          ["قصفاً مجهول المصدر استهدف موقعاً قرب"]),
        Q(["عمار الدليمي", "الدليمي"], "named", "المتحدث باسم الحكومة العراقية", ["الحكومة العراقية", "العراق"], True,
          ["وجّه بتشكيل لجنة تحقيق عاجلة", "ستُعلن للرأي العام خلال أيام"]),
    ],
    not_quoted=["رئيس الوزراء", "المحرر السياسي"],
    notes="Statement page: 'أصدرت وزارة الخارجية العراقية بياناً جاء فيه أن', continued by 'وأضاف البيان' and "
          "'ودعت الوزارة في بيانها'. Date only in <time datetime> (visible text relative); WordPress-style "
          "today's date (السبت, يناير 20, 2024) and related dates are forbidden.",
))

# 8 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_bosla_libya_oped", file="bosla_libya_oped.txt", form="text-dump", template="dump_bosla",
    outlet="صحيفة البوصلة", aliases=["البوصلة", "Albosla", "albosla.example"], url=None,
    title="ليبيا بين اتفاقين: لماذا تفشل التسويات المستوردة؟",
    dump_head=[
        "ليبيا بين اتفاقين: لماذا تفشل التسويات المستوردة؟",
        "-",
        "الجمعة 12 أبريل 2024",
        "صحيفة البوصلة",
        "الرئيسية",
        "أخبار",
        "مقالات الرأي",
        "ملفات",
        "",
        "مقالات الرأي",
        "بقلم: د. سامي الورفلي",
        "الثلاثاء",
        "",
    ],
    blocks=[
        ("p", "كلما اقتربت ليبيا من موعد انتخابي، عادت العواصم البعيدة لتتذكر أن لها في هذا البلد مصالح ينبغي حمايتها، وعاد الليبيون إلى طاولات تُنصب لهم في مدن لا يعرفون شوارعها."),
        ("p", "منذ الاتفاق الموقع في الصخيرات في 17 ديسمبر 2015، مروراً بمؤتمر برلين في 19 يناير 2020، وصولاً إلى ملتقى الحوار السياسي في جنيف، تتكرر الوصفة ذاتها: تقاسم للسلطة بين النخب القائمة، وتأجيل لكل ما يمس جوهر الأزمة."),
        ("p", "المشكلة ليست في الوسطاء، فبعضهم صادق النية، بل في افتراض أن الشرعية يمكن أن تُصنع في قاعات الفنادق ثم تُشحن إلى طرابلس وبنغازي في حقائب دبلوماسية."),
        ("p", "وحين التقى عبد السلام الزاوي بخصمه عثمان الفيتوري في باريس قبل عامين، لم يكن أي منهما يملك تفويضاً حقيقياً من الشارع، ومع ذلك صُوّرت المصافحة كأنها نهاية الحرب."),
        ("p", "لقد أثبتت التجربة أن كل حكومة وُلدت خارج البلاد احتاجت إلى حماية السلاح في الداخل، فصارت رهينة له، وصار هو شريكها الفعلي في القرار."),
        ("p", "إن ما تحتاجه ليبيا اليوم ليس اتفاقاً جديداً، بل عقد اجتماعي يبدأ من البلديات والقبائل والنقابات، ويصعد تدريجياً نحو المركز، لا العكس."),
        ("p", "قد يبدو هذا الطريق أطول، لكنه الطريق الوحيد الذي لا ينتهي عند باب فندق آخر."),
    ],
    dump_tail=[
        "الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الصحيفة",
        "",
        "مقالات أخرى للكاتب",
        "النفط الليبي: ثروة تحرسها البنادق",
        "2 أبريل 2024",
        "عن الانتخابات التي لا تأتي",
        "14 مارس 2024",
        "",
        "تابعونا على",
        "فيسبوك",
        "تويتر",
        "يوتيوب",
        "جميع الحقوق محفوظة لصحيفة البوصلة 2024",
    ],
    extra_boilerplate=["الرئيسية", "أخبار", "ملفات", "مقالات الرأي", "صحيفة البوصلة"],
    published_date=None, date_source=None,
    forbidden_dates=["2024-04-12", "2015-12-17", "2020-01-19", "2024-04-02", "2024-03-14"],
    quoted=[],
    not_quoted=["عبد السلام الزاوي", "الزاوي", "عثمان الفيتوري", "الفيتوري", "سامي الورفلي"],
    notes="Op-ed with no speech at all: two politicians are only mentioned (met in Paris). The only date of "
          "the article is a weekday (الثلاثاء) under the byline: published_date is null; today's header date, "
          "historic dates in the body and the author's other articles' dates are forbidden.",
))

# 9 ------------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_maydan_sudan_figures", file="maydan_sudan_figures.html", form="html", template="maghreb",
    outlet="الميدان برس", aliases=["الميدان", "Almaydan Press", "almaydan-press.example"],
    url="https://almaydan-press.example/2024/sudan-humanitarian-figures",
    title="بالأرقام: حصيلة عام على الأزمة الإنسانية في السودان",
    itemprop_date="2024-06-20",
    blocks=[
        ("p", "مع دخول الحرب في السودان عامها الثاني، تكشف أحدث البيانات الأممية حجم الكارثة الإنسانية التي تعيشها البلاد، في ظل ضعف غير مسبوق في تمويل خطط الاستجابة."),
        ("note", "المصدر: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، حتى 15 حزيران 2024"),
        ("li", ["النازحون داخل السودان: 8.6 ملايين شخص",
                "اللاجئون في دول الجوار: 1.9 مليون شخص",
                "المحتاجون إلى مساعدات إنسانية: 24.8 مليون شخص",
                "المرافق الصحية الخارجة عن الخدمة في مناطق القتال: 70 في المئة",
                "نسبة تمويل خطة الاستجابة لعام 2024: 12 في المئة"]),
        ("p", "وقالت منسقة الشؤون الإنسانية للأمم المتحدة في السودان، إيزابيل مارتينيز، إن «العالم يدير ظهره لأزمة تتفاقم كل ساعة»، مشيرة إلى أن الأرقام المعلنة «لا تعكس سوى ما استطعنا الوصول إليه»."),
        ("p", "وحذّر برنامج الأغذية العالمي، في تقرير حديث، من أن «مناطق عدة في دارفور وكردفان باتت على شفا المجاعة»، داعياً إلى فتح المعابر أمام القوافل دون عوائق."),
        ("ra", "اقرأ أيضا:", "تشاد تعلن استقبال دفعة جديدة من اللاجئين السودانيين"),
        ("p", "وتتوزع النسبة الأكبر من النازحين على ولايات الجزيرة والنيل الأبيض وجنوب دارفور، فيما يتركز اللاجئون في تشاد ومصر وجنوب السودان."),
    ],
    chrome=dict(today="الأحد 23 يونيو 2024", outlet_line="الميدان برس",
                nav=["الرئيسية", "أخبار", "تقارير", "إنفوغرافيك", "حوارات", "رأي"],
                breaking="الأمم المتحدة تطلق نداء عاجلا لتمويل الاستجابة في دارفور",
                section="إنفوغرافيك", byline="قسم البيانات - الميدان برس",
                img="sudan-figures-2024.png", caption="نازحون سودانيون في مخيم قرب الحدود التشادية",
                related_head="مقالات ذات صلة",
                related=[("مجاعة تلوح في الفاشر: شهادات من داخل المدينة", "10 يونيو 2024"),
                         ("مؤتمر باريس يجمع تعهدات بملياري يورو للسودان", "15 أبريل 2024")],
                comment_head="اترك تعليقاً", comment_note="لن يتم نشر عنوان بريدك الإلكتروني",
                footer="الميدان برس © جميع الحقوق محفوظة 2024"),
    published_date="2024-06-20", date_source="itemprop",
    forbidden_dates=["2024-06-23", "2024-06-15", "2024-06-10", "2024-04-15"],
    quoted=[
        Q(["إيزابيل مارتينيز", "مارتينيز"], "named", "منسقة الشؤون الإنسانية للأمم المتحدة في السودان", "الأمم المتحدة", True,
          ["العالم يدير ظهره لأزمة تتفاقم", "لا تعكس سوى ما استطعنا الوصول"]),
        Q(["برنامج الأغذية العالمي"], "institution", None, ["برنامج الأغذية العالمي", "الأمم المتحدة"], True,
          ["مناطق عدة في دارفور وكردفان باتت"]),
    ],
    not_quoted=[],
    notes="A figures page: a list of 'label: value' lines (each a body line) after a source note "
          "(unclassified; its 'حتى 15 حزيران 2024' is forbidden). The publication date is only in an "
          "itemprop=datePublished attribute; no visible date.",
))

# 10 (JSONL) ---------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_feed_jadeed_envoy_spokesman", file="feed_jadeed.jsonl", form="jsonl-html", template="wp",
    outlet="اليمن الجديد", aliases=["موقع اليمن الجديد", "Yemen Jadeed", "yemen-jadeed.example"],
    url="https://yemen-jadeed.example/news/2024/08/09/un-envoy-hodeidah-truce",
    match_url=True, fetched_at="2024-08-10T05:12:00Z",
    title="المبعوث الأممي يحذر من انهيار التهدئة في الحديدة",
    blocks=[
        ("p", "حذّر المبعوث الأممي الخاص إلى اليمن من أن التهدئة في محافظة الحديدة باتت «مهددة بالانهيار» في ظل تبادل الاتهامات بين الأطراف بشأن خروقات متكررة، وفق ما نقل عنه المتحدث باسمه."),
        ("p", "وقال المتحدث باسم مكتب المبعوث الأممي، كريم الفاضلي، في إحاطة صحفية من عمّان، إن المبعوث «يجري اتصالات مكثفة مع الأطراف كافة لاحتواء التصعيد»، وإنه «سيزور الرياض ومسقط خلال الأيام المقبلة»."),
        ("p", "وأوضح الفاضلي أن المبعوث يعتبر أن «أي عودة للمواجهات في الحديدة ستكون لها تداعيات كارثية على ملايين اليمنيين الذين يعتمدون على ميناء المدينة»."),
        ("ra", "اقرأ أيضاً", "ارتفاع أسعار الوقود في عدن للمرة الثالثة هذا العام"),
        ("p", "وأضاف أن مكتب المبعوث تلقى رسائل من الطرفين تؤكد التزامهما بالتهدئة «من حيث المبدأ»، لكنه لفت إلى أن «الأفعال على الأرض لا تعكس ذلك دائماً»."),
        ("p", "وكانت الحكومة اليمنية قد اتهمت الحوثيين باستهداف مواقع للقوات المشتركة جنوب الحديدة، فيما اتهمت الجماعة القوات الحكومية بالتحشيد."),
    ],
    chrome=dict(today="السبت 10 أغسطس 2024", nav=["الرئيسية", "أخبار محلية", "عربي", "دولي", "اقتصاد", "تقارير"],
                breaking="انقطاع الكهرباء عن أحياء واسعة في عدن",
                section="أخبار محلية", byline="اليمن الجديد - متابعات", views="532 مشاهدة",
                img="hodeidah-port.jpg", caption="ميناء الحديدة (أرشيف)",
                related_head="أخبار ذات صلة",
                related=[("لجنة التنسيق العسكري تعقد اجتماعها الأول منذ أشهر", "أغسطس 1, 2024"),
                         ("الأمم المتحدة: نقص التمويل يهدد عمليات الإغاثة في اليمن", "يوليو 24, 2024")],
                popular_head="الأكثر قراءة",
                popular=["أسعار صرف الريال اليمني اليوم", "قرار جديد بشأن رسوم الجوازات"],
                newsletter="اشترك ليصلك جديد الأخبار",
                footer="جميع الحقوق محفوظة © 2024 اليمن الجديد"),
    published_date="2024-08-09", date_source="url",
    forbidden_dates=["2024-08-10", "2024-08-01", "2024-07-24"],
    quoted=[
        Q(["كريم الفاضلي", "الفاضلي"], "named", "المتحدث باسم مكتب المبعوث الأممي", ["الأمم المتحدة", "مكتب المبعوث الأممي"], True,
          ["يجري اتصالات مكثفة مع الأطراف كافة", "أي عودة للمواجهات في الحديدة ستكون",
           "الأفعال على الأرض لا تعكس ذلك"]),
        Q(["المبعوث الأممي الخاص إلى اليمن", "المبعوث الأممي"], "role", "المبعوث الأممي الخاص إلى اليمن", "الأمم المتحدة", True,
          ["مهددة بالانهيار"], required=False),
        Q(["الحكومة اليمنية"], "institution", None, "الحكومة اليمنية", True, [], required=False),
        Q(["الجماعة", "الحوثيين"], "institution", None, "جماعة الحوثيين", True, [], required=False),
    ],
    not_quoted=[],
    notes="JSONL record {url, html, fetched_at}. The UN envoy speaks only through his spokesman (the envoy "
          "is optional; the spokesman is the required speaker, named after the first paragraph). Accusations "
          "traded by the government and the Houthis are optional. Date only in the record's URL; fetched_at's day "
          "and the WordPress-style related dates are forbidden.",
))

# 11 -----------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_arz_returns_meeting", file="arz_returns_meeting.html", form="html", template="levant",
    outlet="الأرز نيوز", aliases=["شبكة الأرز نيوز", "الأرز", "Arz News", "arz-news.example"],
    url="https://arz-news.example/article/88213",
    title="وزير المهجرين يلتقي السفير السوري ويرد على منتقدي خطة العودة",
    blocks=[
        ("p", "التقى وزير المهجرين في حكومة تصريف الأعمال اللبنانية، جورج خوري حداد، السفير السوري في بيروت، علي حسن الأتاسي، وبحث معه آليات تسريع العودة الطوعية للنازحين السوريين."),
        ("p", "وقال حداد بعد اللقاء إن «الجانب السوري أبدى استعداداً لاستقبال دفعات جديدة قبل نهاية الصيف»، مشيراً إلى أن الوزارة «أعدت لوائح بأكثر من ثلاثة آلاف اسم»."),
        ("p", "وردّ حداد على الانتقادات التي طاولته في الأيام الأخيرة، ولا سيما من النائب سمير عبد الساتر، قائلاً: «الملف وطني بامتياز ولا يملكه أحد، ومن لديه بديل فليتقدم به»."),
        ("ra", "إقرأ أيضاً", "مجلس الوزراء يقر سلفة خزينة لمؤسسة كهرباء لبنان"),
        ("p", "وكان حداد قد انتقد الشهر الماضي ممثل مفوضية اللاجئين في لبنان، إيفان دوبوا، محمّلاً المفوضية مسؤولية «عرقلة تسليم البيانات» إلى الدولة اللبنانية."),
        ("p", "وأشار حداد إلى أنه سيزور دمشق الشهر المقبل للقاء وزير الإدارة المحلية السوري، ماهر الحلبي، لاستكمال البحث في الترتيبات اللوجستية."),
        ("p", "وتأتي هذه التحركات وسط تباين داخل الحكومة حول الملف، إذ يفضل وزراء آخرون انتظار موقف أوروبي أوضح بشأن تمويل العودة."),
    ],
    chrome=dict(today="الأحد 7 تموز 2024", nav=["الرئيسية", "محليات", "سياسة", "أمن", "اقتصاد", "منوعات"],
                breaking="الجيش يعلن توقيف مطلوبين في البقاع",
                section="محليات",
                img="haddad_atassi.jpg", caption="حداد مستقبلاً الأتاسي",
                related_head="اخترنا لكم",
                related=[("الأمن العام: انطلاق قافلة عودة طوعية جديدة من عرسال", "14 أيار 2024"),
                         ("بروكسل تستضيف مؤتمر دعم مستقبل سوريا والمنطقة", "27 أيار 2024")],
                files=["النازحون السوريون", "الجنوب", "الانتخابات البلدية"],
                follow="تابعوا الأرز نيوز على واتساب",
                footer="© الأرز نيوز - جميع الحقوق محفوظة"),
    published_date=None, date_source=None,
    forbidden_dates=["2024-07-07", "2024-05-14", "2024-05-27"],
    quoted=[
        Q(["جورج خوري حداد", "حداد"], "named", "وزير المهجرين في حكومة تصريف الأعمال اللبنانية",
          ["الحكومة اللبنانية", "لبنان", "وزارة المهجرين"], True,
          ["الجانب السوري أبدى استعداداً لاستقبال دفعات", "أعدت لوائح بأكثر من ثلاثة آلاف",
           "الملف وطني بامتياز ولا يملكه أحد", "سيزور دمشق الشهر المقبل"]),
    ],
    not_quoted=["علي حسن الأتاسي", "الأتاسي", "سمير عبد الساتر", "عبد الساتر", "إيفان دوبوا", "دوبوا",
                "ماهر الحلبي", "الحلبي"],
    notes="Mentioned-only people: an ambassador he met, an MP who criticised him (criticism not quoted), a UNHCR "
          "representative he criticised and a Syrian minister he will meet; only the minister speaks. No "
          "publication date anywhere (null): today's header and related dates are forbidden.",
))

# 12 / 13 wire story -------------------------------------------------------------------------
WIRE_A = [
    ("pre", "أنقرة (الضاد) - ", "أكد المبعوث الأمريكي الخاص لشؤون سوريا، دانيال ريفرز، أن الولايات المتحدة لن تسحب قواتها من شمال شرقي سوريا «قبل التوصل إلى تفاهمات أمنية تضمن عدم عودة تنظيم داعش»، وذلك في ختام جولة محادثات أجراها في أنقرة."),
    ("p", "وقال ريفرز، في مؤتمر صحفي مشترك مع نائب وزير الخارجية التركي، إن المحادثات كانت «صريحة ومثمرة»، وإن الجانبين «اتفقا على مواصلة التنسيق عبر آلية ثلاثية تضم خبراء عسكريين»."),
    ("p", "من جانبه، قال نائب وزير الخارجية التركي، أوزان يلدز، إن بلاده «لن تقبل بوجود أي كيان مسلح على حدودها الجنوبية»، مطالباً واشنطن بـ«وقف دعم الجماعات التي تهدد الأمن التركي»."),
    ("ra", "اقرأ أيضاً", "دمشق وعمّان تبحثان إعادة تأهيل خط الربط الكهربائي"),
    ("p", "وأشار ريفرز إلى أن الإدارة الأمريكية تدعم «مساراً سياسياً شاملاً وفق القرار 2254»، معتبراً أن «لا حل عسكرياً للأزمة السورية»."),
    ("p", "وتنشر الولايات المتحدة نحو تسعمئة جندي في سوريا، معظمهم في محافظتي الحسكة ودير الزور، ضمن التحالف الدولي لمحاربة تنظيم داعش."),
    ("p", "ولم يصدر تعليق فوري من دمشق على تصريحات المبعوث الأمريكي، فيما تكرر الحكومة السورية مطالبتها بانسحاب جميع القوات الأجنبية «غير الشرعية» من أراضيها."),
]
WIRE_B = [
    ("p", "أكّد المبعوث الأميركي الخاصّ لشؤون سوريا، دانيال ريفرز، أنّ الولايات المتحدة لن تسحب قواتها من شمال شرقي سوريا «قبل التوصّل إلى تفاهمات أمنية تضمن عدم عودة تنظيم داعش»، وذلك في ختام جولة محادثات أجراها في أنقرة."),
    ("p", "وقال ريفرز، في مؤتمر صحفي مشترك مع نائب وزير الخارجية التركي، إنّ المحادثات كانت «صريحة ومثمرة»، وإنّ الجانبين «اتفقا على مواصلة التنسيق عبر آلية ثلاثية تضمّ خبراء عسكريين»."),
    ("p", "من جانبه، قال نائب وزير الخارجية التركي، أوزان يلدز، إنّ بلاده «لن تقبل بوجود أيّ كيان مسلّح على حدودها الجنوبية»، مطالباً واشنطن بـ«وقف دعم الجماعات التي تهدّد الأمن التركي»."),
    ("ra", "اقرأ أيضاً:", "قافلة مساعدات أممية تدخل ريف حلب الشمالي"),
    ("p", "وأشار ريفرز إلى أنّ الإدارة الأميركية تدعم «مساراً سياسياً شاملاً وفق القرار 2254»، معتبراً أنّ «لا حلّ عسكرياً للأزمة السورية»."),
    ("p", "ولم يصدر تعليق فوري من دمشق على تصريحات المبعوث الأميركي، فيما تكرّر الحكومة السورية مطالبتها بانسحاب جميع القوات الأجنبية «غير الشرعية» من أراضيها."),
]
WIRE_NOTQ = ["وكالة الضاد", "الضاد"]

PAGES.append(dict(
    id="holdout_madar_rivers_ankara", file="madar_rivers_ankara.html", form="html", template="gulf",
    outlet="جريدة المدار", aliases=["المدار", "Almadar", "almadar-news.example"],
    url="https://www.almadar-news.example/arab-world/syria/2024-09-05-rivers-ankara",
    title="المبعوث الأمريكي إلى سوريا: لا انسحاب من الشمال الشرقي قبل تفاهمات أمنية",
    meta=[("article:published_time", "2024-09-05T16:20:00+03:00"), ("article:modified_time", "2024-09-06T08:00:00+03:00")],
    blocks=WIRE_A,
    chrome=dict(today="الجمعة 6 سبتمبر 2024", ticker2="الدولار 3.75 | اليورو 4.16 | الذهب 2,516",
                nav=["الرئيسية", "الوطن", "العالم العربي", "العالم", "مال وأعمال", "آراء", "رياضة"],
                breaking="انطلاق معرض الكتاب الدولي بمشاركة 40 دولة",
                section="العالم العربي", byline="المصدر: وكالة الضاد للأنباء",
                img="rivers_ankara_presser.jpg", caption="المبعوث الأمريكي خلال المؤتمر الصحفي في أنقرة",
                tags=["سوريا", "الولايات المتحدة", "تركيا"],
                related_head="المزيد من العالم العربي",
                related=[("أنقرة تستضيف اجتماعاً رباعياً حول عودة اللاجئين", "28 أغسطس 2024"),
                         ("البنتاغون يعلن تنفيذ ضربات ضد مواقع لتنظيم داعش في البادية", "2 سبتمبر 2024")],
                newsletter="اشترك في نشرة المدار الإخبارية",
                footer="© جريدة المدار 2024 - جميع الحقوق محفوظة"),
    published_date="2024-09-05", date_source="meta",
    forbidden_dates=["2024-09-06", "2024-08-28", "2024-09-02"],
    quoted=[
        Q(["دانيال ريفرز", "ريفرز"], "named", "المبعوث الأمريكي الخاص لشؤون سوريا", ["الولايات المتحدة", "الإدارة الأمريكية"], True,
          ["قبل التوصل إلى تفاهمات أمنية تضمن", "اتفقا على مواصلة التنسيق عبر آلية", "لا حل عسكرياً للأزمة السورية"]),
        Q(["أوزان يلدز", "يلدز"], "named", "نائب وزير الخارجية التركي", ["تركيا", "وزارة الخارجية التركية"], True,
          ["لن تقبل بوجود أي كيان مسلح", "وقف دعم الجماعات التي تهدد"]),
        Q(["الحكومة السورية"], "institution", None, "الحكومة السورية", True, [], required=False),
    ],
    not_quoted=WIRE_NOTQ,
    duplicate_group="wire_rivers_ankara_202409",
    notes="Wire story (invented agency وكالة الضاد, credited in a dateline glued to the first paragraph: the body "
          "line starts after it). Date in article:published_time; modified time (next day) and today's date are "
          "forbidden. Same story as sadafurat_rivers_ankara.txt.",
))

PAGES.append(dict(
    id="holdout_dump_sadafurat_rivers", file="sadafurat_rivers_ankara.txt", form="text-dump", template="dump_sadafurat",
    outlet="صدى الفرات", aliases=["شبكة صدى الفرات", "Sada Alfurat", "sada-furat.example"], url=None,
    title="المبعوث الأميركي إلى سوريا: لا انسحاب من الشمال الشرقي قبل تفاهمات أمنيّة",
    dump_head=[
        "شبكة صدى الفرات | المبعوث الأميركي إلى سوريا: لا انسحاب من الشمال الشرقي قبل تفاهمات أمنيّة",
        "",
        "السبت، 7 أيلول 2024",
        "عاجل",
        "الدفاع المدني يخمد حريقاً في أراض زراعية بريف الرقة",
        "",
        "المبعوث الأميركي إلى سوريا: لا انسحاب من الشمال الشرقي قبل تفاهمات أمنيّة",
        ind("الخميس 5 أيلول 2024 | 17:05"),
        " ",
        "+A",
        "-A",
        "IMG_9921_rivers.jpeg",
        "دانيال ريفرز (أرشيف)",
        "أنقرة - وكالات",
        " ",
    ],
    blocks=WIRE_B,
    dump_tail=[
        "المصدر: وكالة الضاد للأنباء",
        "شارك الخبر",
        "فيسبوك",
        "تويتر",
        "واتساب",
        "",
        "أخبار متعلقة",
        "قسد تعلن حظر تجوال في مدينة الشدادي",
        ind("3 أيلول 2024"),
        "وفد من التحالف الدولي يزور مخيم الهول",
        ind("29 آب 2024"),
        "",
        "اشترك في نشرتنا الإخبارية لتصلك آخر الأخبار",
        "© شبكة صدى الفرات 2024",
    ],
    extra_boilerplate=[],
    published_date="2024-09-05", date_source="text",
    forbidden_dates=["2024-09-07", "2024-09-03", "2024-08-29"],
    quoted=[
        Q(["دانيال ريفرز", "ريفرز"], "named", "المبعوث الأميركي الخاصّ لشؤون سوريا", ["الولايات المتحدة", "الإدارة الأميركية"], True,
          ["قبل التوصّل إلى تفاهمات أمنية تضمن", "اتفقا على مواصلة التنسيق عبر آلية", "لا حلّ عسكرياً للأزمة السورية"]),
        Q(["أوزان يلدز", "يلدز"], "named", "نائب وزير الخارجية التركي", ["تركيا", "وزارة الخارجية التركية"], True,
          ["لن تقبل بوجود أيّ كيان مسلّح", "وقف دعم الجماعات التي تهدّد"]),
        Q(["الحكومة السورية"], "institution", None, "الحكومة السورية", True, [], required=False),
    ],
    not_quoted=WIRE_NOTQ,
    duplicate_group="wire_rivers_ankara_202409",
    notes="Second copy of the wire story (text dump): 'الأميركية' spelling, shadda added on many words, one "
          "paragraph dropped (US troop numbers), a different read-also line and a separate dateline line. Date "
          "in a Levantine text line with Arabic-Indic digits; today's date (Saturday) and related dates forbidden.",
))

# 14 -----------------------------------------------------------------------------------------
PAGES.append(dict(
    id="holdout_dump_zawraa_border_crossing", file="zawraa_border_crossing.txt", form="text-dump", template="dump_zawraa",
    outlet="الزوراء 24", aliases=["موقع الزوراء 24", "الزوراء", "Alzawraa24", "alzawraa24.example"], url=None,
    title="بغداد ودمشق تتفقان على إعادة تشغيل منفذ القائم-البوكمال أمام حركة الشاحنات",
    dump_head=[
        "بغداد ودمشق تتفقان على إعادة تشغيل منفذ القائم-البوكمال أمام حركة الشاحنات",
        "الثلاثاء 21 مايو 2024",
        "الزوراء 24",
        "أخبار العراق",
        "عربي ودولي",
        "اقتصاد",
        "عاجل",
        "عاجل | رئيس الوزراء يستقبل وفداً من البنك الدولي",
        "",
        "19 مايو 2024 - 11:20 ص",
        "+A",
        "-A",
        "IMG-20240519-WA0012.jpg",
        "وزيرا النقل العراقي والسوري خلال المؤتمر الصحفي في بغداد",
        "بغداد - الزوراء 24",
        "",
    ],
    blocks=[
        ("p", "اتفقت الحكومتان العراقية والسورية، اليوم الأحد، على إعادة تشغيل منفذ القائم-البوكمال الحدودي أمام حركة الشاحنات التجارية اعتباراً من مطلع الشهر المقبل، بعد إغلاق جزئي استمر أكثر من عام."),
        ("p", "وقال وزير النقل العراقي، حيدر الساعدي، خلال مؤتمر صحفي مع نظيره السوري في بغداد، إن الاتفاق «يفتح الباب أمام استعادة طريق الترانزيت التاريخي بين الخليج والمتوسط»."),
        ("ra", "اقرأ أيضاً:", "النزاهة تضبط مخالفات في عقود تأهيل طريق المرور السريع"),
        ("p", "وأوضح الساعدي أن الجانبين شكلا لجنة فنية مشتركة ستعقد اجتماعها الأول في 2 حزيران المقبل لوضع آليات التفتيش والرسوم الجمركية."),
        ("p", "بدوره، قال وزير النقل السوري، بسام المعلم، إن دمشق «جاهزة فنياً ولوجستياً»، معرباً عن أمله في أن يسهم الاتفاق في «تخفيف الأعباء الاقتصادية عن البلدين»."),
        ("p", "وبحسب مصدر في هيئة المنافذ الحدودية العراقية، فإن المنفذ سيعمل في المرحلة الأولى اثنتي عشرة ساعة يومياً، على أن تُمدد ساعات العمل تدريجياً."),
        ("p", "وكان المنفذ قد شهد إغلاقات متكررة خلال السنوات الماضية لأسباب أمنية."),
    ],
    dump_tail=[
        "تحرير: علي الموسوي",
        "الوسوم:",
        "العراق",
        "سوريا",
        "النقل",
        "",
        "المزيد من الأخبار",
        "ارتفاع صادرات النفط العراقي عبر ميناء البصرة",
        "17 مايو 2024",
        "وزير الخارجية يبحث مع نظيره الأردني مشروع الربط السككي",
        "12 مايو 2024",
        "",
        "جميع الحقوق محفوظة © الزوراء 24",
    ],
    extra_boilerplate=["الزوراء 24", "أخبار العراق", "عربي ودولي", "اقتصاد"],
    published_date="2024-05-19", date_source="text",
    forbidden_dates=["2024-05-21", "2024-06-02", "2024-05-17", "2024-05-12"],
    quoted=[
        Q(["حيدر الساعدي", "الساعدي"], "named", "وزير النقل العراقي", ["العراق", "وزارة النقل العراقية", "الحكومة العراقية"], True,
          ["يفتح الباب أمام استعادة طريق الترانزيت", "شكلا لجنة فنية مشتركة ستعقد اجتماعها"]),
        Q(["بسام المعلم", "المعلم"], "named", "وزير النقل السوري", ["سوريا", "الحكومة السورية"], True,
          ["تخفيف الأعباء الاقتصادية عن البلدين"]),
        Q(["مصدر في هيئة المنافذ الحدودية العراقية"], "anonymous", "مصدر في هيئة المنافذ الحدودية العراقية",
          ["هيئة المنافذ الحدودية العراقية", "العراق"], True,
          ["سيعمل في المرحلة الأولى اثنتي عشرة ساعة"]),
    ],
    not_quoted=["علي الموسوي", "رئيس الوزراء"],
    notes="Text dump with a breaking ticker ('عاجل | ...'), +A/-A, a WhatsApp-style image file name, a caption, "
          "a dateline and an editor credit after the body. Date in an Egyptian-style line with ص; an event date "
          "in the body (2 حزيران) and today's header date are forbidden.",
))


# ---------------------------------------------------------------------------------------------

def dump_boilerplate(p):
    title = p["title"]
    bp = []
    for line in p["dump_head"] + p["dump_tail"]:
        s = line.strip()
        if not s or s == title:
            continue
        bp.append(s)
    # the second copy of the headline lower down is boilerplate (SOURCES.md convention)
    if title in p["dump_head"][1:]:
        bp.append(title)
    bp += [f"{b[1]} {b[2]}" for b in p["blocks"] if b[0] == "ra"] + block_chrome(p["blocks"])
    bp += p.get("extra_boilerplate", [])
    return bp


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build():
    for d in ("html", "dumps", "feed"):
        (CORPUS / d).mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    written = []
    for p in PAGES:
        if p["form"] == "text-dump":
            text = render_dump(p)
            bp = dump_boilerplate(p)
            path = CORPUS / "dumps" / p["file"]
            path.write_text(text, encoding="utf-8")
        else:
            h, bp = TEMPLATES[p["template"]](p)
            if p["form"] == "jsonl-html":
                path = CORPUS / "feed" / p["file"]
                rec = {"url": p["url"], "html": h, "fetched_at": p["fetched_at"]}
                path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                path = CORPUS / "html" / p["file"]
                path.write_text(h, encoding="utf-8")
        body = body_lines(p["blocks"])
        bp = [x for x in dedupe(bp) if x not in body and (x != p["title"] or p["form"] == "text-dump")]
        gold = {
            "id": p["id"],
            "match": {"url": p["url"]} if p.get("match_url") else {"file": p["file"]},
            "form": p["form"],
            "source_file": str(path.relative_to(ROOT)),
            "template": p["template"],
            "url": p["url"],
            "title": p["title"],
            "body": body,
            "boilerplate": bp,
            "outlet": p["outlet"],
            "outlet_aliases": p["aliases"],
            "published_date": p["published_date"],
            "date_source": p["date_source"],
            "forbidden_dates": sorted(p["forbidden_dates"]),
            "fetched_at": p.get("fetched_at"),
            "quoted": p["quoted"],
            "not_quoted": p["not_quoted"],
            "duplicate_group": p.get("duplicate_group"),
            "notes": p["notes"],
        }
        (GOLD / f"{p['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append((gold, path))
    return written


MONTHS = {m: i + 1 for names in (
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
) for i, m in enumerate(names)}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def visible_dates(text):
    """Full dates written in the page (D month YYYY, month D, YYYY, YYYY-MM-DD, DD/MM/YYYY)."""
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    out = set()
    for d, m, y in re.findall(rf"(\d{{1,2}}) ({MONTH_RE}) (\d{{4}})", t):
        out.add(f"{y}-{MONTHS[m]:02d}-{int(d):02d}")
    for m, d, y in re.findall(rf"({MONTH_RE}) (\d{{1,2}}), (\d{{4}})", t):
        out.add(f"{y}-{MONTHS[m]:02d}-{int(d):02d}")
    for y, m, d in re.findall(r"(20\d\d)-(\d\d)-(\d\d)", t):
        out.add(f"{y}-{m}-{d}")
    for d, m, y in re.findall(r"\b(\d\d)/(\d\d)/(20\d\d)\b", t):
        out.add(f"{y}-{m}-{d}")
    return out


def self_check(written):
    errors = []
    ids = set()
    for gold, path in written:
        gid = gold["id"]
        if gid in ids:
            errors.append(f"{gid}: duplicate id")
        ids.add(gid)
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            raw = json.loads(raw.splitlines()[0])["html"]
        text = htmlmod.unescape(raw) if path.suffix in (".html", ".jsonl") else raw
        lines = {x.strip() for x in text.splitlines()}

        def need(kind, s, text=text, gid=gid):
            if s not in text:
                errors.append(f"{gid}: {kind} not in page: {s[:60]}")

        need("title", gold["title"])
        for s in gold["body"]:
            need("body", s)
            if path.suffix == ".txt" and s not in lines:
                # a dump body line must be a whole line, or a whole line after a glued prefix
                if not any(line.endswith(s) for line in lines):
                    errors.append(f"{gid}: body is not a line: {s[:60]}")
        for s in gold["boilerplate"]:
            need("boilerplate", s)
            if any(s == b for b in gold["body"]):
                errors.append(f"{gid}: boilerplate equals a body line: {s[:60]}")
        for q in gold["quoted"]:
            for a in q["match"]:
                need("speaker alias", a)
            for s in q["says"]:
                need("says", s)
                n = len(s.split())
                if not (4 if q["required"] else 1) <= n <= 8:
                    errors.append(f"{gid}: says length {n}: {s}")
                if not any(s in b for b in gold["body"]):
                    errors.append(f"{gid}: says not inside a body line: {s}")
        for a in gold["not_quoted"]:
            need("not_quoted", a)
        allowed = set(gold["forbidden_dates"]) | {gold["published_date"]}
        for d in visible_dates(text):
            if d not in allowed:
                errors.append(f"{gid}: visible date {d} neither published nor forbidden")
        if gold["published_date"] in gold["forbidden_dates"]:
            errors.append(f"{gid}: published date is forbidden")
    groups = {}
    for gold, _ in written:
        if gold["duplicate_group"]:
            groups.setdefault(gold["duplicate_group"], []).append(gold["id"])
    for g, m in groups.items():
        if len(m) < 2:
            errors.append(f"duplicate group {g} has one member")
    forms = [g["form"] for g, _ in written]
    if (forms.count("html"), forms.count("text-dump"), forms.count("jsonl-html")) != (9, 4, 1):
        errors.append(f"form counts {forms}")
    return errors


def main():
    written = build()
    errors = self_check(written)
    for e in errors:
        print("SELF-CHECK:", e, file=sys.stderr)
    print(f"wrote {len(written)} pages to {CORPUS.relative_to(ROOT)} and gold to {GOLD.relative_to(ROOT)}; "
          f"self-check {'FAILED' if errors else 'ok'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
