"""One test per line rule, with invented Arabic lines; and the lines that must never be dropped."""

from __future__ import annotations

import pytest

from newsetl.text.boilerplate import classify_line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("اقرأ أيضاً: وزير الزراعة يفتتح معرض التمور السنوي في المدينة", "read_also"),
        ("إقرأ أيضا.. ارتفاع أسعار الذهب في الأسواق المحلية", "read_also"),
        ("اقرأ ايضاً", "related_header"),
        ("مقالات ذات صلة", "related_header"),
        ("قد يهمك أيضــــــًا :", "related_header"),
        ("Related Posts", "related_header"),
        ("أخبار متعلقة", "related_header"),
        ("منشورات شائعة", "section_end"),
        ("الأكثر قراءة", "section_end"),
        ("اترك تعليقاً", "section_end"),
        ("كلمات البحث :اقتصاد;زراعة;تمور", "tags"),
        ("الوسوم: الزراعة، الأسواق", "tags"),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment"),
        ("الآراء الواردة في التعليقات تعبر عن آراء أصحابها", "comment"),
        ("عاجل", "chrome_token"),
        ("+A", "chrome_token"),
        ("-A", "chrome_token"),
        ("حجم الخط:", "chrome_phrase"),
        ("-", "chrome_token"),
        ("123", "counter"),
        ("0 تعليقات", "counter"),
        ("1,204 مشاهدة", "counter"),
        ("IMG_2045.jpg", "image_file"),
        ("photo-news-final.webp", "image_file"),
        ("الأربعاء 14 مارس 2023 - 09:40 بتوقيت مكة", "date_line"),
        ("- November 3, 2022", "date_line"),
        ("آخر تحديث: 10:22", "date_line"),
        ("نشر في: الخميس 12 أيار 2022", "date_line"),
        ("كتبت: سلمى عادل", "byline"),
        ("بقلم: خالد منصور", "byline"),
        ("وكالات", "credit"),
        ("(رويترز)", "credit"),
        ("المصدر: سبوتنيك", "credit"),
        ("الشرق نت-وكالات", "credit"),
        ("عمّان ـ الصوت الحر", "credit"),
        ("بيروت - خاص", "credit"),
        ("#الزراعة_أولا", "hashtag"),
        ("معرض_التمور", "hashtag"),
        ("قراءة الخبر من المصدر", "chrome_phrase"),
    ],
)
def test_chrome_lines_have_a_reason(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that mentions a related-list phrase stays
        "وقال الوزير إن الملفات ذات صلة بالأمن الغذائي ستناقش في الاجتماع المقبل مع الشركاء.",
        "وأكد المتحدث أن الأخبار المتعلقة بإغلاق المعبر غير صحيحة جملة وتفصيلا.",
        # a quote with a date in it stays
        "وقال المدير: «سنفتتح المصنع الجديد في 12 مارس 2024 بحضور المحافظ».",
        # short real paragraphs stay
        "وهذا ما لم يحدث.",
        "انتكاسة جديدة",
        # a sentence about printing is not the print button
        "وأعلنت وزارة الثقافة دعم قطاع الطباعة والنشر بمبلغ كبير هذا العام.",
        # a sentence opening with a city is not a credit line
        "القاهرة تستضيف القمة العربية المقبلة في شهر مايو بمشاركة واسعة.",
        # a cut-off last line stays
        "وأضاف الوزير أن الحكومة ستعمل على تو",
        "وتابع: «لن نقبل",
        # a sentence that mentions comments
        "وانتشرت على مواقع التواصل تعليقات كثيرة تنتقد القرار الجديد وتطالب بمراجعته فورا.",
    ],
)
def test_body_lines_are_kept(line: str) -> None:
    assert classify_line(line) is None



@pytest.mark.parametrize("line", ["07/11/2023 - 16:45", "2023-11-07", "07.11.2023 14:20"])
def test_numeric_date_with_time_is_a_date_line_not_a_counter(line: str) -> None:
    assert classify_line(line) == "date_line"


@pytest.mark.parametrize("line", [
    "المقالات المنشورة تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع",
    "ما ورد في هذا المقال يعبر عن وجهة نظر الكاتب فقط",
    "الآراء الواردة أعلاه تمثل رأي صاحبها ولا تمثل بالضرورة رأي المجلة",
])
def test_opinion_disclaimer_is_chrome(line: str) -> None:
    assert classify_line(line) == "disclaimer"


@pytest.mark.parametrize("line", [
    "وقال النائب إن تصريحات الوزير لا تعكس بالضرورة موقف الحكومة من الاتفاق الجديد.",
    "وأكدت الكاتبة في روايتها الجديدة أن الأدب يعبر عن الناس قبل كل شيء.",
])
def test_reported_statements_are_not_disclaimers(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["يوتيوب", "إنستغرام", "تيليغرام", "تيك توك", "لينكدإن", "إكس", "واتساب"])
def test_lone_social_platform_names_are_chrome(line: str) -> None:
    assert classify_line(line) == "chrome_token"


@pytest.mark.parametrize("line", ["مقالات أخرى للكاتب", "من مقالات الكاتب", "مقالات أخرى للكاتبة"])
def test_other_articles_by_the_author_opens_a_related_list(line: str) -> None:
    assert classify_line(line) == "related_header"


def test_dated_credit_lines_are_datelines_not_paragraphs() -> None:
    from newsetl.text.boilerplate import classify_line

    assert classify_line("نبض المشرق - الخميس 7 شتنبر 2023 - 09:15") == "date_line"
    assert classify_line("الأحد 3 تموز 2022 - 18:05") == "date_line"
    assert classify_line("ملتقى الرباط - 2023") is None  # a name and a bare year: not a dated credit
    assert classify_line("أكد الوزير أن الاتفاق - الموقع في 9 آب 2021 - ما زال ساريا حتى اليوم") is None


def test_ticker_label_with_its_headline_on_one_line() -> None:
    from newsetl.text.boilerplate import classify_line

    assert classify_line("شريط الأخبار: أمطار غزيرة متوقعة على الساحل نهاية الأسبوع") == "ticker"
    assert classify_line("آخر الأخبار | افتتاح معرض الكتاب في العاصمة") == "ticker"
    assert classify_line("آخر الأخبار تشير إلى تقدم في المحادثات بين الوفدين حول ملف المياه المشترك") is None
