"""HTML pages: pruning of marked chrome, trafilatura, line rules, headline without site name."""

from __future__ import annotations

from newsetl.extract.html import choose_title, extract_html

HEAD = "محافظ المدينة يعلن خطة جديدة لتطوير النقل العام"
PARAS = [
    "أعلن محافظ المدينة اليوم الاثنين خطة جديدة لتطوير شبكة النقل العام تشمل إضافة مئة حافلة كهربائية حديثة.",
    "وقال المحافظ في مؤتمر صحفي عقده في مبنى المحافظة إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين.",
    "وأشار إلى أن كلفة المشروع تبلغ نحو خمسين مليون دولار تمولها الحكومة والقطاع الخاص مناصفة.",
    "وأضاف أن الحافلات الجديدة ستعمل بالطاقة الكهربائية بالكامل وستخدم الأحياء الشرقية أولا.",
]


def _page() -> str:
    p = "".join(f"<p>{x}</p>" for x in PARAS[:2])
    q = "".join(f"<p>{x}</p>" for x in PARAS[2:])
    return f"""<html lang="ar"><head><title>{HEAD} - المدينة نيوز</title>
<meta property="og:site_name" content="المدينة نيوز"></head><body>
<nav><a href="/">الرئيسية</a><a href="/s">سياسة</a></nav>
<div class="breadcrumbs"><a href="/">الرئيسية</a> / <a href="/local">محليات</a></div>
<article><h1>{HEAD}</h1><div class="font-tools">+A -A حجم الخط</div>
<div class="entry">{p}
<p><strong>اقرأ أيضا:</strong> <a href="/x">افتتاح جسر جديد فوق النهر</a></p>
<figure><img src="a.jpg"><figcaption>المحافظ خلال المؤتمر الصحفي</figcaption></figure>
{q}</div>
<div class="share-box"><a href="#">فيسبوك</a><a href="#">تويتر</a></div>
<div class="box"><h3>مقالات ذات صلة</h3><ul><li><a href="/1">ارتفاع أسعار الوقود للمرة الثانية</a></li>
<li><a href="/2">افتتاح مكتبة عامة جديدة في الحي القديم</a></li></ul></div>
</article><div id="comments"><h3>التعليقات</h3><p>تعليق من قارئ يقول إن الخطة جيدة.</p></div>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_gives_body_and_clean_title() -> None:
    ex = extract_html(_page(), "https://example.com/news/1")
    assert ex.title == HEAD
    assert list(ex.paragraphs) == PARAS
    assert ex.signals["title_affixes"] == ["المدينة نيوز"]
    text = ex.text
    for noise in ("اقرأ أيضا", "مقالات ذات صلة", "ارتفاع أسعار الوقود", "تعليق من قارئ", "حجم الخط",
                  "الرئيسية", "المحافظ خلال المؤتمر الصحفي", "جميع الحقوق"):
        assert noise not in text


def test_choose_title_cuts_site_and_section_names() -> None:
    title, raw, affixes = choose_title({"raw_title": HEAD + " - محليات - صحيفة المدينة", "h1": []})
    assert title == HEAD and raw.endswith("صحيفة المدينة") and affixes == ["محليات", "صحيفة المدينة"]


def test_unparseable_html_is_flagged() -> None:
    ex = extract_html("", None)
    assert ex.signals.get("parse_error") or not ex.paragraphs


# ---------------------------------------------------------------- the header under the headline


def _dated_page(header: str, masthead: str = "الجمعة 1 مارس 2024", caption: str = "") -> str:
    paras = "".join(f"<p>{x}</p>" for x in PARAS)
    fig = f'<div class="pic"><img src="/i/bus.jpg"><div class="caption">{caption}</div></div>' if caption else ""
    return f"""<html lang="ar"><head><title>صوت المدينة - {HEAD}</title></head><body>
<div id="top"><div class="today">{masthead}</div><ul><li>الرئيسية</li><li>محليات</li></ul></div>
<table><tr><td><div class="story"><h1>{HEAD}</h1>{header}
<div class="tools">حجم الخط +A -A</div>{fig}<div class="txt">{paras}</div></div>
<div class="more"><h3>أخبار ذات صلة</h3><ul><li><a href="/1">افتتاح مكتبة عامة</a> <span>3 شباط 2024</span></li></ul>
</div></td></tr></table></body></html>"""


def _date_of(html: str):
    from newsetl.extract.dates import extract_date

    ex = extract_html(html, None)
    return extract_date(ex.signals, None, ex.paragraphs, None, None, title=ex.title, dropped=ex.dropped)


def test_levantine_date_line_under_the_headline_is_the_date() -> None:
    header = '<div class="newsdate">الأربعاء 7 شباط 2024 - 09:15</div><div class="writer">صوت المدينة - حمص</div>'
    ex = extract_html(_dated_page(header), None)
    assert "الأربعاء 7 شباط 2024 - 09:15" in ex.signals["header_lines"]
    assert list(ex.paragraphs) == PARAS
    res = _date_of(_dated_page(header))
    assert (str(res.published_date), res.source) == ("2024-02-07", "text")


def test_byline_and_maghrebi_date_on_one_line() -> None:
    header = ('<div class="meta"><span class="author">بقلم ليلى الفاسي</span> <span>|</span> '
              '<span class="post-date">الخميس 11 جويلية 2024 - 18:05</span></div>')
    assert str(_date_of(_dated_page(header, "الأحد 14 جويلية 2024")).published_date) == "2024-07-11"


def test_arabic_indic_digits_under_the_headline() -> None:
    header = '<div class="pub-date">الاثنين ٢٠ مايو ٢٠٢٤</div>'
    assert str(_date_of(_dated_page(header)).published_date) == "2024-05-20"


def test_no_header_date_gives_no_date() -> None:
    # the masthead's today, a dated caption and the related list's dates are not the publication date
    res = _date_of(_dated_page("", caption="المحافظ خلال زيارة سابقة في 2 كانون الثاني 2023"))
    assert res.published_date is None


def test_dom_lines_follow_blocks_and_skip_figures() -> None:
    import lxml.html

    from newsetl.extract.html import dom_lines

    tree = lxml.html.document_fromstring(
        "<html><body><div>سطر <b>أول</b></div><script>var x=1;</script><figure><img src='a.jpg'>"
        "<figcaption>تعليق الصورة</figcaption></figure><p>سطر\n ثان<br>سطر ثالث</p></body></html>")
    assert dom_lines(tree) == ["سطر أول", "سطر ثان", "سطر ثالث"]


def _microdata_page(extra: str) -> str:
    paras = "".join(f"<p>{x}</p>" for x in PARAS)
    return f"""<html lang="ar"><head><title>{HEAD} - صوت المدينة</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">{extra}<h1 itemprop="headline">{HEAD}</h1>
<div itemprop="articleBody">{paras}</div></article>
<aside class="related"><div itemscope itemtype="https://schema.org/NewsArticle">
<span itemprop="datePublished" content="2023-01-02"></span><a href="/1">افتتاح مكتبة عامة</a></div></aside>
</body></html>"""


def test_itemprop_date_published_on_a_span_without_visible_text() -> None:
    html = _microdata_page('<span itemprop="datePublished" content="2023-09-17T10:00:00+03:00"></span>')
    assert extract_html(html, None).signals["meta_dates"] == [("meta", "2023-09-17T10:00:00+03:00")]
    assert str(_date_of(html).published_date) == "2023-09-17"


def test_itemprop_date_inside_a_related_list_is_not_the_page_date() -> None:
    html = _microdata_page("")
    assert extract_html(html, None).signals["meta_dates"] == []
    assert _date_of(html).published_date is None


def test_embedded_posts_and_photo_captions_are_chrome_but_the_sentence_quoting_them_stays() -> None:
    post = "نرحب بالقرار ونعده خطوة أولى نحو تسوية شاملة تنتظرها المنطقة منذ سنوات طويلة"
    lead = f"وكتب المحافظ على منصة إكس: «{post}»."
    page = f"""<html lang="ar"><head><title>{HEAD}</title></head><body><article><h1>{HEAD}</h1>
<p>{PARAS[0]}</p><p>{lead}</p>
<blockquote class="twitter-tweet"><p lang="ar">{post}</p>&mdash; المحافظ (@governor) <a href="#">12 مارس 2025</a></blockquote>
<div class="photo"><img src="a.jpg"><p class="cap">المحافظ خلال جولة في محطة الحافلات (المدينة نيوز)</p></div>
<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>"""
    ex = extract_html(page, "https://example.com/news/2")
    assert list(ex.paragraphs) == [PARAS[0], lead, PARAS[1], PARAS[2]]
