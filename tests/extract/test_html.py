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
    title, raw, affixes = choose_title({"raw_title": HEAD + " - محليات - صحيفة المدينة", "h1": []}, None)
    assert title == HEAD and raw.endswith("صحيفة المدينة") and affixes == ["محليات", "صحيفة المدينة"]


def test_unparseable_html_is_flagged() -> None:
    ex = extract_html("", None)
    assert ex.signals.get("parse_error") or not ex.paragraphs
