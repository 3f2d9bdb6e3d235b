"""Text dumps: headline among the chrome, body between header and footer, signals kept."""

from __future__ import annotations

from newsetl.extract.textdump import extract_text_dump

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
