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


@pytest.mark.parametrize("line", [
    "أضف تعليقك", "أضف تعليقك:", "اكتب تعليقك", "أضف تعليقاً", "أضف تعليقا", "اترك تعليقك", "شاركنا رأيك",
    "شاركنا برأيك", "- أضف تعليقك -",
])
def test_standalone_comment_prompts_are_chrome(line: str) -> None:
    assert classify_line(line) == "section_end"


@pytest.mark.parametrize("line", [
    "وقال المذيع لضيفه: شاركنا رأيك في القرار الأخير بصراحة أمام المشاهدين.",
    "ودعت الوزارة المواطنين إلى مشاركة آرائهم وتعليقاتهم على مسودة القانون عبر موقعها.",
    "وطلب المعلم من طلابه أن يضيفوا تعليقاتهم على النص قبل نهاية الحصة.",
])
def test_sentences_about_comments_and_opinions_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "عاجل: أمطار رعدية متوقعة على المرتفعات الشمالية مساء اليوم",
    "عاجل.. البنك المركزي يخفض سعر الفائدة نصف نقطة",
    "عاجل | انقطاع التيار الكهربائي عن أحياء في العاصمة",
    "Breaking: مجلس الأمن يعقد جلسة طارئة",
])
def test_breaking_news_label_and_headline_is_a_ticker(line: str) -> None:
    assert classify_line(line) == "ticker"


@pytest.mark.parametrize("line", [
    "عاجل أم آجل، سيصل الملف إلى المحكمة الدستورية كما أكد محامي الشركة في تصريحه.",
    "وطالب النواب بتدخل عاجل: إصلاح الشبكة قبل الصيف وتعويض المتضررين من الانقطاعات المتكررة.",
])
def test_sentences_with_the_word_urgent_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "عدسة: نادر الخطيب", "تصوير: وكالة الأنباء الرسمية", "بعدسة هاني سليم", "(الصورة: وكالات)",
    "تصوير - مكتب الإعلام", "Photo: Reuters", "حقوق الصورة: أرشيف الموقع",
])
def test_photo_credits(line: str) -> None:
    assert classify_line(line) == "photo_credit"


def test_caption_closed_by_a_bracketed_photo_credit() -> None:
    assert classify_line("جانب من افتتاح المعرض الدولي للكتاب في العاصمة (تصوير: مكتب الإعلام)") == "caption"
    # a closed sentence before the bracket is body text with a credit glued to it, not a caption
    assert classify_line("وأكد المدير أن أعمال الترميم ستنتهي قبل نهاية العام الجاري. (تصوير: سامي)") != "caption"


@pytest.mark.parametrize("line", [
    "تصوير الفيلم بدأ في الربيع الماضي بمشاركة ممثلين من عدة دول عربية.",
    "عدسة الكاميرا رصدت لحظة وصول الوفد إلى المطار وسط إجراءات أمنية مشددة.",
    "الصورة من بعيد تبدو مختلفة تماما عما يعيشه السكان يوميا في المخيم، بحسب الناشطة.",
    "وقال المصور إن تصوير المشاهد الليلية استغرق أسبوعين كاملين في ظروف صعبة.",
])
def test_sentences_about_photos_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "الخميس 13 مارس 2025 الموافق 13 رمضان 1446 - 10:05",
    "السبت 4 رجب 1446هـ - الموافق 4 يناير 2025م",
    "الأحد 2 صفر 1446 هجري الموافق 7 أغسطس 2024 ميلادي",
])
def test_hijri_and_gregorian_date_lines(line: str) -> None:
    assert classify_line(line) == "date_line"


def test_sentence_with_a_hijri_and_gregorian_date_is_kept() -> None:
    line = "وأعلنت الوزارة أن العام الدراسي يبدأ في 7 سبتمبر 2025 الموافق 15 ربيع الأول 1447 في جميع المدارس."
    assert classify_line(line) is None


# ---------------------------------------------------------------- consent banners, production credits, live blogs


@pytest.mark.parametrize("line", [
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك في التصفح. اطلع على سياسة الخصوصية لمعرفة المزيد.",
    "يستخدم هذا الموقع الكوكيز لضمان أفضل تجربة لزواره.",
    "لتقديم خدمة أفضل تعتمد صفحاتنا على ملفات تعريف الارتباط، ويمكنك مراجعة سياسة الخصوصية لتعديل تجربتك.",
    "We use cookies to improve your experience on our site.",
])
def test_cookie_consent_banner_is_chrome(line: str) -> None:
    assert classify_line(line) == "consent"


@pytest.mark.parametrize("line", [
    # reported speech about cookies, in the body
    "وقالت هيئة حماية البيانات إن شركات الإعلان تستخدم ملفات تعريف الارتباط لتتبع المستخدمين دون موافقتهم.",
    "وأوضح الخبير أن حظر الكوكيز سيغير سوق الإعلانات الرقمية خلال العامين المقبلين.",
    # a quote opening with the banner's words is no banner
    "«نستخدم ملفات تعريف الارتباط لتحسين تجربتك» عبارة يراها المستخدم يوميا دون أن يقرأ ما بعدها.",
])
def test_sentences_about_cookies_are_body(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "(تغطية صحفية سامر خليل - إعداد نادية فارس للنشرة العربية - تحرير وليد حمدان)",
    "(إعداد منى الشريف للنشرة العربية - تحرير أحمد صبري)",
    "(شارك في التغطية كريم ناصر من القاهرة)",
])
def test_wire_production_credit_is_a_credit(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "(تحرير المدينة استغرق أشهرا طويلة وكلف الكثير)",
    "(إعداد الموازنة تأخر بسبب الخلافات السياسية)",
    "وقالت الوكالة إن تغطية صحفية واسعة رافقت الزيارة وإن التحرير تم بإشراف مباشر من الإدارة.",
])
def test_bracketed_remarks_are_not_production_credits(line: str) -> None:
    assert classify_line(line) != "credit"


@pytest.mark.parametrize("line", ["(صدى الوادي نيوز)", "(وكالات)", "(بوابة الجنوب)"])
def test_outlet_or_agency_alone_in_brackets_is_a_credit(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", ["(انتهى)", "(الصورة أعلاه)", "(يتبع)"])
def test_other_bracketed_words_are_not_outlet_credits(line: str) -> None:
    assert classify_line(line) != "credit"


@pytest.mark.parametrize(("line", "reason"), [
    ("تكبير", "chrome_token"),
    ("تصغير", "chrome_token"),
    ("شارك على:", "chrome_token"),
    ("شارك التغطية", "chrome_token"),
    ("تغطية مباشرة", "chrome_token"),
    ("مباشر", "chrome_token"),
    ("إدارة التفضيلات", "chrome_token"),
    ("تابعوا التغطية المباشرة لحظة بلحظة", "chrome_phrase"),
    ("تابعوا لحظة بلحظة", "chrome_phrase"),
])
def test_live_blog_and_widget_labels_are_chrome(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", [
    "ومنعت المحكمة التغطية المباشرة للجلسة حفاظا على سرية التحقيق.",
    "وتابع الأهالي لحظة بلحظة عمليات الإنقاذ التي استمرت حتى الفجر.",
    "لحظة بلحظة كان الأهالي يتابعون عمليات الإنقاذ حتى طلوع الفجر.",
    "تغطية مباشرة للجلسة رفضتها رئاسة البرلمان بحجة الحفاظ على النظام.",
    # single words that are also consent buttons stay when alone (only next to a banner are they chrome)
    "رفض",
    "موافق",
])
def test_sentences_about_coverage_and_lone_words_stay(line: str) -> None:
    assert classify_line(line) is None


def test_a_short_line_opening_with_moment_by_moment_stays() -> None:
    assert classify_line("لحظة بلحظة تتابع الأسر أخبار أبنائها") is None
    assert classify_line("لحظة بلحظة") == "chrome_token"
