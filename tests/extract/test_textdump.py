"""Text dumps: headline among the chrome, body between header and footer, signals kept."""

from __future__ import annotations

from newsetl.extract.dates import DateResult, extract_date
from newsetl.extract.textdump import extract_text_dump
from newsetl.records import Extraction

HEAD = "محافظ المدينة يعلن خطة جديدة لتطوير النقل العام"
BODY = [
    "أعلن محافظ المدينة اليوم الاثنين خطة جديدة لتطوير شبكة النقل العام تشمل إضافة مئة حافلة كهربائية.",
    "وقال المحافظ في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين.",
    "وأشار إلى أن كلفة المشروع تبلغ نحو خمسين مليون دولار.",
]


def test_page_dump_with_chrome_everywhere() -> None:
    text = "\n".join([
        "شبكة المدينة نيوز | " + HEAD, "عاجل", "+A", "-A", "حجم الخط", HEAD, "الاثنين 4 مارس 2024 - 11:20",
        "كتبت: هالة سمير", BODY[0], "اقرأ أيضاً: افتتاح جسر جديد فوق النهر", BODY[1], "صورة_المحافظ.jpg",
        BODY[2], "المدينة نيوز-وكالات", "مقالات ذات صلة", "افتتاح جسر جديد فوق النهر",
        "ارتفاع أسعار الوقود للمرة الثانية", "منشورات شائعة", "النشرة الإخبارية",
        "اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!",
    ])
    ex = extract_text_dump(text, "https://example.com/a/1")
    assert ex.title == HEAD
    assert list(ex.paragraphs) == BODY
    s = ex.signals
    assert s["raw_title"] == "شبكة المدينة نيوز | " + HEAD
    assert s["title_affixes"] == ["شبكة المدينة نيوز"]
    assert "الاثنين 4 مارس 2024 - 11:20" in s["header_lines"]
    assert "المدينة نيوز-وكالات" in s["credit_lines"]
    assert s["author"] == "هالة سمير"
    assert s["agency"] == "وكالات"
    assert s["canonical_url"] == "https://example.com/a/1"


def test_dump_without_headline_keeps_the_lead() -> None:
    ex = extract_text_dump("\n".join(BODY))
    assert ex.title == ""
    assert list(ex.paragraphs) == BODY


def test_glued_dateline_is_cut_and_recorded() -> None:
    lead = "القاهرة - المدينة نيوز: " + BODY[0]
    ex = extract_text_dump("\n".join([HEAD, lead, BODY[1]]))
    assert list(ex.paragraphs) == [BODY[0], BODY[1]]
    assert ex.signals["dateline"] == "القاهرة"
    assert "القاهرة - المدينة نيوز:" in ex.signals["credit_lines"]


def test_comments_block_ends_the_body() -> None:
    ex = extract_text_dump("\n".join([HEAD, *BODY, "اترك تعليقاً",
                                      "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                                      "تعليق من قارئ يقول إن الخطة جيدة لكنها متأخرة كثيرا عن موعدها المعلن."]))
    assert list(ex.paragraphs) == BODY


def test_stored_text_keeps_diacritics_and_normalises_spaces() -> None:
    line = "وقال المُحافظ\u00a0إنّ  المشروع\u200b سيُنجز قبل نهاية العام المقبل بإذن الله."
    ex = extract_text_dump("\n".join([HEAD, line]))
    assert ex.paragraphs == ("وقال المُحافظ إنّ المشروع سيُنجز قبل نهاية العام المقبل بإذن الله.",)


# ---------------------------------------------------------------- the site's top bar, tickers, captions


def _date(ex: Extraction) -> DateResult:
    return extract_date(ex.signals, None, ex.paragraphs, None, None, title=ex.title, dropped=ex.dropped)


TOP = [HEAD + " | صوت المدينة", "الرئيسية", "محليات", "اقتصاد", "-", "الأحد 10 مارس 2024"]
TICKER = "انقطاع المياه عن أحياء في شرق المدينة لأعمال صيانة"
RELATED = ["افتتاح مكتبة عامة جديدة في الحي القديم", "- 2 مارس 2024", "ارتفاع أسعار الوقود للمرة الثانية",
           "- 28 شباط 2024"]


def test_today_in_the_top_bar_is_not_the_publication_date() -> None:
    ex = extract_text_dump("\n".join([*TOP, HEAD, "عاجل", TICKER, "+A", "-A", *BODY, "قد يهمك أيضا", *RELATED]))
    assert list(ex.paragraphs) == BODY
    assert "الأحد 10 مارس 2024" not in ex.signals["header_lines"]
    assert "الأحد 10 مارس 2024" in ex.signals["top_lines"]
    assert _date(ex).published_date is None


def test_date_under_the_repeated_headline_wins_over_the_top_bar() -> None:
    ex = extract_text_dump("\n".join([*TOP, HEAD, "الخميس 7 مارس 2024 - 16:20", "عاجل", TICKER, *BODY]))
    assert list(ex.paragraphs) == BODY
    assert str(_date(ex).published_date) == "2024-03-07"


def test_date_between_two_showings_of_the_headline_is_kept() -> None:
    ex = extract_text_dump("\n".join([HEAD, "الخميس 7 مارس 2024 - 16:20 بتوقيت مكة", HEAD, *BODY]))
    assert str(_date(ex).published_date) == "2024-03-07"


def test_ticker_and_caption_lines_do_not_reach_the_body() -> None:
    caption = "حافلات كهربائية في مرآب البلدية"
    ex = extract_text_dump("\n".join([HEAD + " - صوت المدينة", "عاجل", TICKER, HEAD, "bus-depot_2024.jpg", caption,
                                      *BODY]))
    assert list(ex.paragraphs) == BODY
    assert ex.title == HEAD


def test_related_headlines_after_the_body_without_a_header() -> None:
    closing = "ويأمل سكان المدينة أن تخفف الحافلات الجديدة من الازدحام المروري في ساعات الذروة."
    ex = extract_text_dump("\n".join([HEAD, *BODY, closing, "صوت المدينة-وكالات", *RELATED]))
    assert list(ex.paragraphs) == [*BODY, closing]
    assert _date(ex).published_date is None


def test_date_under_the_menu_of_a_page_showing_its_headline_once() -> None:
    ex = extract_text_dump("\n".join([*TOP, *BODY]))
    assert list(ex.paragraphs) == BODY
    assert _date(ex).published_date is None


def test_share_buttons_before_the_date_are_not_a_menu() -> None:
    ex = extract_text_dump("\n".join([HEAD, "مشاركة", "فيسبوك", "واتساب", "الخميس 7 مارس 2024", *BODY]))
    assert str(_date(ex).published_date) == "2024-03-07"


def test_dump_with_ticker_tagline_hijri_dateline_and_photo_credit() -> None:
    from datetime import UTC, date, datetime

    from newsetl.extract.outlets import extract_outlet

    text = "\n".join([
        HEAD, "صدى الوادي", "موقع إخباري مستقل", "الرئيسية", "سياسة", "اقتصاد",
        "عاجل: أمطار رعدية متوقعة على المرتفعات الشمالية مساء اليوم وغدا", "", "محليات",
        "الاثنين 4 مارس 2024 الموافق 23 شعبان 1445 - 11:20", "جانب من جولة المحافظ في محطة الحافلات الجديدة",
        "عدسة: صدى الوادي", "الرباط – (وكالات) – " + BODY[0], BODY[1], BODY[2],
        "جميع الحقوق محفوظة © صدى الوادي 2024",
    ])
    ex = extract_text_dump(text)
    assert list(ex.paragraphs) == BODY
    out = extract_outlet(ex.signals, None, title=ex.title, lines=ex.paragraphs, dropped=ex.dropped)
    assert out.outlet == "صدى الوادي"
    res = extract_date(ex.signals, None, ex.paragraphs, datetime(2024, 3, 6, tzinfo=UTC), None,
                       title=ex.title, dropped=ex.dropped)
    assert res.published_date == date(2024, 3, 4)


# ---------------------------------------------------------------- consent banners, menus, live blogs, wire credits


def test_dump_with_consent_banner_menu_and_font_widget_under_the_headline() -> None:
    caption = "حافلات كهربائية جديدة في مرآب البلدية"
    text = "\n".join([
        HEAD, "صدى المدينة نيوز", "الاثنين 4 مارس 2024 | 11:20",
        "نستخدم ملفات الكوكيز لتقديم أفضل تجربة تصفح. لمعرفة المزيد اطلع على سياسة الخصوصية.", "أوافق",
        "محليات", "عربي", "دولي", "آراء", "حجم الخط", "تكبير", "تصغير", "المدينة - صدى المدينة نيوز",
        BODY[0], BODY[1], caption, "(صدى المدينة نيوز)", BODY[2],
        "(تغطية صحفية سامر خليل - إعداد نادية فارس - تحرير وليد حمدان)", "شارك على:", "فيسبوك",
    ])
    ex = extract_text_dump(text)
    assert ex.title == HEAD
    assert list(ex.paragraphs) == BODY
    assert str(_date(ex).published_date) == "2024-03-04"


def test_live_blog_dump_with_banner_above_the_masthead() -> None:
    text = "\n".join([
        "هذا الموقع يستخدم ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة.", "قبول", "رفض",
        "صوت المدينة", "الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "تغطية مباشرة", "مباشر", HEAD,
        "آخر تحديث: 12:40", BODY[0], "تابعوا التغطية المباشرة لحظة بلحظة", "12:40", BODY[1], "11:05", BODY[2],
        "شارك التغطية", "واتساب",
    ])
    ex = extract_text_dump(text)
    assert ex.title == HEAD
    assert list(ex.paragraphs) == BODY


def test_one_word_line_inside_the_body_stays() -> None:
    text = "\n".join([HEAD, "الاثنين 4 مارس 2024", BODY[0], "رفض", BODY[1], "مباشرة", BODY[2]])
    assert list(extract_text_dump(text).paragraphs) == [BODY[0], "رفض", BODY[1], "مباشرة", BODY[2]]
