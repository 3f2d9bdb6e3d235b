"""Position rules: headline, header zone, related lists, hard breaks, glued prefixes, signals."""

from __future__ import annotations

from newsetl.text.segment import (
    credit_signals,
    cut_glued_prefix,
    find_title,
    is_title_repeat,
    segment,
    strip_title_affixes,
)

HEAD = "وزير الزراعة يفتتح معرض التمور السنوي في الرياض"
P1 = "افتتح وزير الزراعة اليوم الأحد معرض التمور السنوي بمشاركة أكثر من مئتي شركة محلية ودولية."
P2 = "وقال الوزير في كلمته إن القطاع يشهد نموا كبيرا في الصادرات خلال السنوات الأخيرة."
P3 = "وأضاف أن الوزارة ستطلق برنامجا لدعم المزارعين الصغار في المناطق الريفية."


def test_title_is_first_headline_like_line() -> None:
    info = find_title([HEAD, "الأحد 3 مارس 2024", P1, P2])
    assert (info.title, info.index) == (HEAD, 0)


def test_title_with_site_prefix_repeated_later() -> None:
    lines = ["الصوت الحر | " + HEAD, "عاجل", HEAD, P1, P2]
    info = find_title(lines)
    assert info.title == HEAD
    assert info.raw_title == lines[0]
    assert info.affixes == ["الصوت الحر"]


def test_title_with_latin_suffix() -> None:
    info = find_title([HEAD + " - Sout Alhurr", P1, P2])
    assert info.title == HEAD and info.affixes == ["Sout Alhurr"]


def test_title_not_first_line() -> None:
    lines = ["-", "الرئيسية", HEAD, P1, P2]
    assert find_title(lines).title == HEAD


def test_no_title_when_page_starts_with_a_sentence() -> None:
    info = find_title([P1, P2, P3])
    assert info.title == "" and info.index == -1


def test_long_lead_without_full_stop_is_not_a_title() -> None:
    lead = ("وزير الخارجية أكد اليوم في مؤتمر صحفي مشترك مع نظيره أن المحادثات بين البلدين "
            "ستستمر خلال الأسابيع المقبلة بهدف التوصل إلى اتفاق شامل حول الملفات العالقة")
    assert find_title([lead, P2, P3]).title == ""


def test_related_headline_in_footer_is_not_the_title() -> None:
    lines = [HEAD, P1, P2, "قد تحب أيضا", "ارتفاع أسعار القهوة عالميا", "ارتفاع أسعار القهوة عالميا"]
    assert find_title(lines).title == HEAD


def test_strip_affixes_keeps_inner_dash() -> None:
    assert strip_title_affixes("غزة - انقطاع الكهرباء عن الأحياء الشرقية") == (
        "غزة - انقطاع الكهرباء عن الأحياء الشرقية", [])
    title, affixes = strip_title_affixes(HEAD + " - أخبار محلية - صحيفة الصوت")
    assert title == HEAD and affixes == ["أخبار محلية", "صحيفة الصوت"]


def test_title_repeat_with_affix() -> None:
    assert is_title_repeat("الصوت الحر - " + HEAD, HEAD)
    assert not is_title_repeat(HEAD + " وسط حضور رسمي وشعبي كبير من أهالي المنطقة والزوار", HEAD)


def test_header_zone_and_credits() -> None:
    seg = segment(["الأحد 3 مارس 2024 - 10:15", "أخبار محلية", "كتب: سامي يوسف", "الرياض ـ الصوت الحر",
                   HEAD, P1, P2], HEAD)
    assert seg.body == [P1, P2]
    assert "أخبار محلية" in seg.header_lines and "الأحد 3 مارس 2024 - 10:15" in seg.header_lines
    assert seg.signals.get("author") == "سامي يوسف"
    assert seg.signals.get("dateline") == "الرياض"


def test_related_list_then_body_resumes() -> None:
    lines = [P1, "اقرأ أيضا", "ارتفاع أسعار القهوة عالميا", "افتتاح مكتبة جديدة في الحي القديم", P2, P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, P3]


def test_related_list_at_the_end() -> None:
    lines = [P1, P2, "مقالات ذات صلة", "ارتفاع أسعار القهوة عالميا", "افتتاح مكتبة جديدة"]
    assert segment(lines, HEAD).body == [P1, P2]


def test_hard_break_ends_body() -> None:
    lines = [P1, P2, "اترك تعليقاً", "تعليق طويل من أحد القراء يقول فيه إن المعرض كان رائعا جدا هذا العام وإنه سيعود."]
    assert segment(lines, HEAD).body == [P1, P2]


def test_inline_noise_is_dropped_and_body_kept() -> None:
    lines = [P1, "اقرأ أيضاً: ارتفاع أسعار القهوة عالميا", "عاجل", P2, "وهذا ما لم يحدث.", "وكالات", P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, "وهذا ما لم يحدث.", P3]
    assert seg.signals.get("agency") == "وكالات"


def test_cut_off_last_line_stays() -> None:
    lines = [P1, P2, "وأضاف الوزير أن الحكومة ستعمل على تو"]
    assert segment(lines, HEAD).body == lines


def test_sentence_mentioning_related_stays() -> None:
    line = "وبحث الجانبان الملفات ذات صلة بالتعاون الزراعي وتبادل الخبرات بين البلدين."
    assert segment([P1, line, P2], HEAD).body == [P1, line, P2]


def test_glued_prefixes_are_cut_and_recorded() -> None:
    rest = "قال وزير الزراعة إن المعرض سيستمر أسبوعا كاملا بمشاركة واسعة."
    assert cut_glued_prefix("(رويترز) – " + rest) == ("(رويترز) –", rest)
    assert cut_glued_prefix("الرياض - الصوت نيوز: " + rest) == ("الرياض - الصوت نيوز:", rest)
    assert cut_glued_prefix("الصوت نيوز - " + rest) == ("الصوت نيوز -", rest)
    assert cut_glued_prefix("ليبيا – " + rest) == ("ليبيا –", rest)
    seg = segment(["(رويترز) – " + rest, P2], HEAD)
    assert seg.body == [rest, P2]
    assert seg.signals.get("agency") == "رويترز"


def test_speaker_colon_is_not_a_prefix() -> None:
    line = "وقال الوزير : لن نسمح بارتفاع الأسعار في الأسواق خلال شهر رمضان."
    assert cut_glued_prefix(line) == ("", line)
    line2 = "وزير الزراعة: الموسم الحالي هو الأفضل منذ عشر سنوات بفضل الأمطار."
    assert cut_glued_prefix(line2) == ("", line2)


def test_credit_signals() -> None:
    out = credit_signals(["القاهرة ـ الصوت الحر (وكالات)", "بقلم: منى فؤاد"])
    assert out == {"dateline": "القاهرة", "agency": "وكالات", "author": "منى فؤاد"}


# ---------------------------------------------------------------- top bar, ticker, caption, trailing headlines

P4 = "وأوضح مدير المعرض أن عدد الزوار تجاوز خمسين ألفا في الأيام الثلاثة الأولى من افتتاحه."
OTHER_1 = "انخفاض أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع"
OTHER_2 = "بلدية المدينة تطلق حملة لتشجير الشوارع الرئيسية"
OTHER_3 = "منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية"


def test_lines_above_a_repeated_headline_after_a_menu_are_the_top_bar() -> None:
    lines = ["الرئيسية", "محليات", "رياضة", "الجمعة 9 فبراير 2024", HEAD, "كتب: سامي يوسف", P1, P2]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2]
    assert "الجمعة 9 فبراير 2024" not in seg.header_lines
    assert "الجمعة 9 فبراير 2024" in seg.signals["top_lines"]


def test_date_between_two_plain_showings_of_the_headline_is_the_header() -> None:
    seg = segment(["الأربعاء 14 فبراير 2024 - 08:40 بتوقيت مكة", HEAD, P1, P2], HEAD)
    assert seg.header_lines == ["الأربعاء 14 فبراير 2024 - 08:40 بتوقيت مكة"]
    assert "top_lines" not in seg.signals


def test_ticker_headlines_after_a_breaking_label_are_dropped() -> None:
    lines = ["عاجل", OTHER_1, OTHER_2, "+A", P1, P2]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2]
    assert (OTHER_1, "ticker") in seg.dropped and (OTHER_2, "ticker") in seg.dropped


def test_ticker_ends_at_a_real_paragraph() -> None:
    seg = segment(["عاجل", P1, P2], HEAD)
    assert seg.body == [P1, P2]


def test_caption_after_an_image_file_is_dropped() -> None:
    caption = "زوار يتجولون بين أجنحة المعرض في يومه الأول"
    seg = segment(["expo-dates-2024.jpg", caption, P1, "صورة_جانبية.png", P2], HEAD)
    assert seg.body == [P1, P2]
    assert (caption, "caption") in seg.dropped


def test_headlines_after_the_body_without_a_header_are_dropped() -> None:
    seg = segment([P1, P2, P3, OTHER_1, OTHER_2, OTHER_3], HEAD)
    assert seg.body == [P1, P2, P3]
    assert (OTHER_3, "trailing_related") in seg.dropped


def test_one_trailing_headline_with_its_date_is_dropped() -> None:
    seg = segment([P1, P2, P3, OTHER_1, "12 فبراير 2024"], HEAD)
    assert seg.body == [P1, P2, P3]


def test_one_trailing_headline_also_linked_on_the_page_is_dropped() -> None:
    seg = segment([P1, "اقرأ أيضا: " + OTHER_2, P2, P3, OTHER_2], HEAD)
    assert seg.body == [P1, P2, P3]


def test_cut_off_or_single_short_last_line_stays() -> None:
    cut = "وأضاف مدير المعرض أن إدارة المعرض تدرس تمديد فترته أسبوعا إضافيا بسبب الإقبال الكبير من"
    assert segment([P1, P2, P3, cut], HEAD).body == [P1, P2, P3, cut]
    assert segment([P1, P2, P3, OTHER_1], HEAD).body == [P1, P2, P3, OTHER_1]


def test_the_articles_own_list_at_the_end_stays() -> None:
    intro = "وتشمل خطة الوزارة للعام المقبل المحاور التالية:"
    items = ["- دعم صغار المزارعين بالقروض الميسرة", "- تحديث شبكات الري في المناطق الريفية"]
    assert segment([P1, P2, intro, *items], HEAD).body == [P1, P2, intro, *items]
    plain = ["دعم صغار المزارعين بالقروض الميسرة", "تحديث شبكات الري في المناطق الريفية"]
    assert segment([P1, P2, intro, *plain], HEAD).body == [P1, P2, intro, *plain]


def test_a_page_without_full_stops_keeps_its_short_last_lines() -> None:
    bare = [x.rstrip(".") for x in (P1, P2, P3, P4)]
    assert segment([*bare, OTHER_1, OTHER_2], HEAD).body == [*bare, OTHER_1, OTHER_2]


def test_ticker_line_is_never_the_headline() -> None:
    info = find_title(["عاجل", OTHER_1, "الرئيسية", HEAD, P1, P2])
    assert info.title == HEAD


def test_dates_of_a_later_related_list_do_not_make_the_last_line_a_headline() -> None:
    last = "وقال أحد العارضين إن الإقبال فاق التوقعات هذا العام"
    lines = [P1, P2, P3, last, "مقالات ذات صلة", OTHER_1, "12 فبراير 2024", OTHER_2, "10 فبراير 2024"]
    assert segment(lines, HEAD).body == [P1, P2, P3, last]


# ------------------------------------------------------------------ the site's top bar below the headline

OPED = "هل ينجح الحوار الوطني في تجاوز عقدة الدستور؟"


def test_date_followed_by_site_name_and_menu_is_the_top_bar() -> None:
    lines = ["الأحد 14 يناير 2024", "صحيفة النخيل", "الرئيسية", "محليات", "رياضة", P1, P2, P3]
    seg = segment(lines, HEAD)
    assert "الأحد 14 يناير 2024" not in seg.header_lines
    assert "الأحد 14 يناير 2024" in seg.signals["top_lines"]
    assert seg.body == [P1, P2, P3]


def test_article_date_under_menu_and_ticker_after_the_top_bar_date_is_kept() -> None:
    lines = ["الأحد 14 يناير 2024", "النخيل 24", "محليات", "دوليات", "عاجل",
             "عاجل | الأمطار تغلق طريقا جبليا في الشمال", "11 يناير 2024 - 08:40 م", "+A", P1, P2, P3]
    seg = segment(lines, HEAD)
    assert seg.header_lines[-1] == "11 يناير 2024 - 08:40 م"
    assert seg.signals["top_lines"] == ["الأحد 14 يناير 2024"]


def test_date_under_menu_alone_is_still_the_top_bar() -> None:
    seg = segment(["الرئيسية", "محليات", "دوليات", "الأحد 14 يناير 2024", P1, P2], HEAD)
    assert seg.signals["top_lines"] == ["الأحد 14 يناير 2024"]
    assert "الأحد 14 يناير 2024" not in seg.header_lines


def test_date_above_a_byline_is_the_article_date() -> None:
    seg = segment(["الأحد 14 يناير 2024", "كتب: سالم العتيبي", P1, P2], HEAD)
    assert seg.header_lines == ["الأحد 14 يناير 2024"]
    assert "top_lines" not in seg.signals


def test_oped_disclaimer_author_list_and_social_links_are_dropped() -> None:
    lines = ["بقلم: ليلى الحسن", "الأربعاء", P1, P2, P3,
             "المقالات المنشورة تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع",
             "مقالات أخرى للكاتب", "المدن الساحلية وأسئلة المستقبل", "3 يناير 2024",
             "تابعونا على", "إنستغرام", "تيك توك"]
    seg = segment(lines, OPED)
    assert seg.body == [P1, P2, P3]


def test_breaking_news_line_before_the_header_is_no_lead() -> None:
    lines = ["سياسة", "اقتصاد", "مجتمع", "عاجل: أمطار رعدية متوقعة على المرتفعات الشمالية مساء اليوم وغدا",
             "اقتصاد", "الأحد 3 مارس 2024 - 09:30", "طنجة – (وكالات) – " + P1, P2, P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, P3]
    assert ("عاجل: أمطار رعدية متوقعة على المرتفعات الشمالية مساء اليوم وغدا", "ticker") in seg.dropped
    assert "الأحد 3 مارس 2024 - 09:30" in seg.header_lines


def test_a_list_header_followed_by_menu_items_is_a_menu() -> None:
    lines = ["آخر الأخبار", "محليات", "اقتصاد", "عربي ودولي", "الخميس 7 آذار 2024", "محليات",
             "الثلاثاء، 5 آذار 2024 - 10:15", P1, P2, P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, P3]
    assert seg.header_lines[-1] == "الثلاثاء، 5 آذار 2024 - 10:15"
    assert "الخميس 7 آذار 2024" not in seg.header_lines  # the top bar's date: the day of the visit


def test_a_real_sidebar_list_keeps_its_dates_out_of_the_header() -> None:
    lines = ["الأكثر قراءة", "ارتفاع أسعار الذهب في الأسواق المحلية", "الخميس 7 آذار 2024",
             "افتتاح معرض الكتاب بمشاركة واسعة", "الأربعاء 6 آذار 2024", P1, P2, P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, P3]
    assert not any("آذار" in x for x in seg.header_lines)


def test_dated_header_line_under_the_ticker_is_the_article_date() -> None:
    lines = ["صدى المدينة", "الرئيسية", "سياسة", "رياضة", "شريط الأخبار: انطلاق معرض الكتاب في دورته الجديدة",
             "محليات", "الجمعة 7 مارس 2025 - 14:10", P1, P2, P3]
    seg = segment(lines, HEAD)
    assert "الجمعة 7 مارس 2025 - 14:10" in seg.header_lines
    # a bare day under the menu stays the top bar's date
    seg = segment(["صدى المدينة", "الرئيسية", "سياسة", "رياضة", "الجمعة 7 مارس 2025", P1, P2, P3], HEAD)
    assert "الجمعة 7 مارس 2025" not in seg.header_lines


def test_caption_above_a_photo_credit_is_dropped() -> None:
    lines = ["الأحد 3 مارس 2024", "جانب من افتتاح المعرض بحضور عدد من المسؤولين والزوار", "عدسة: نادر الخطيب",
             P1, P2, P3]
    seg = segment(lines, HEAD)
    assert seg.body == [P1, P2, P3]
    assert ("جانب من افتتاح المعرض بحضور عدد من المسؤولين والزوار", "caption") in seg.dropped
    assert ("عدسة: نادر الخطيب", "photo_credit") in seg.dropped
    assert "الأحد 3 مارس 2024" in seg.header_lines
    assert "عدسة: نادر الخطيب" not in seg.credit_lines  # a photographer is no byline or outlet credit


def test_closed_paragraph_above_a_photo_credit_stays() -> None:
    short = "وأكد المدير أن العمل سيستمر حتى نهاية الشهر."
    seg = segment([P1, short, "تصوير: سامي حداد", P2, P3], HEAD)
    assert seg.body == [P1, short, P2, P3]


def test_quoted_outlet_after_a_dateline_is_cut() -> None:
    seg = segment(["المنامة - «الصباح»: " + P1, P2, P3], HEAD)
    assert seg.body == [P1, P2, P3]
    assert "«الصباح»:" in seg.credit_lines


def test_quote_opening_the_lead_is_kept() -> None:
    lead = "«نحن هنا»: بهذه الكلمات افتتح الوزير كلمته أمام المؤتمر الدولي للطاقة المتجددة."
    assert cut_glued_prefix(lead) == ("", lead)
    assert segment([lead, P2, P3], HEAD).body == [lead, P2, P3]


def test_headline_marked_breaking_on_the_first_line() -> None:
    info = find_title(["عاجل: " + HEAD, P1, P2])
    assert (info.title, info.index, info.affixes) == (HEAD, 0, ["عاجل"])
    # a ticker item on the first line, the headline under it: the ticker is no title
    assert find_title(["عاجل: انقطاع الكهرباء عن أحياء في العاصمة", HEAD, "الأحد 3 مارس 2024", P1]).title == HEAD


# ---------------------------------------------------------------- consent banners, menus, bracketed credits

BANNER = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة الخصوصية."


def test_consent_banner_and_its_buttons_are_dropped_anywhere() -> None:
    seg = segment(["الخميس 4 أبريل 2024 | 10:15", BANNER, "قبول", "رفض", P1, P2, BANNER, "أوافق", P3], HEAD)
    assert seg.body == [P1, P2, P3]
    assert seg.header_lines == ["الخميس 4 أبريل 2024 | 10:15"]


def test_consent_button_words_away_from_a_banner_stay() -> None:
    seg = segment([P1, "رفض", P2, "موافق", P3], HEAD, header_zone=False)
    assert seg.body == [P1, "رفض", P2, "موافق", P3]


def test_menu_after_a_banner_before_the_body_is_not_body() -> None:
    seg = segment(["صدى الوادي نيوز", BANNER, "موافق", "محليات", "عربي", "دولي", "تكبير", "تصغير", P1, P2], HEAD)
    assert seg.body == [P1, P2]


def test_caption_over_a_bracketed_outlet_credit_inside_the_body_is_dropped() -> None:
    caption = "جانب من أعمال الترميم في السوق القديم"
    seg = segment(["صدى الوادي نيوز", P1, P2, caption, "(صدى الوادي نيوز)", P3], HEAD)
    assert seg.body == [P1, P2, P3]
    assert (caption, "caption") in seg.dropped


def test_bracketed_site_name_shown_in_the_masthead_is_a_credit() -> None:
    seg = segment(["مرايا الجنوب", "الخميس 4 أبريل 2024", P1, P2, "(مرايا الجنوب)"], HEAD)
    assert seg.body == [P1, P2]
    assert "(مرايا الجنوب)" in seg.credit_lines


def test_short_unclosed_line_over_a_closing_agency_credit_stays() -> None:
    last = "وتتواصل أعمال الإغاثة في المناطق المنكوبة"
    seg = segment([P1, P2, P3, last, "(وكالات)"], HEAD)
    assert seg.body[-1] == last


def test_wire_production_credit_closing_the_body_is_a_credit() -> None:
    credit = "(تغطية صحفية سامر خليل - إعداد نادية فارس للنشرة العربية - تحرير وليد حمدان)"
    seg = segment([P1, P2, P3, credit], HEAD)
    assert seg.body == [P1, P2, P3]
    assert credit in seg.credit_lines


def test_dateline_with_agency_in_brackets_glued_to_the_lead_is_cut() -> None:
    prefix, rest = cut_glued_prefix("جنيف (رويترز) - " + P1)
    assert (prefix, rest) == ("جنيف (رويترز) -", P1)
    seg = segment(["القاهرة (أ ف ب) - " + P1, P2], HEAD)
    assert seg.body == [P1, P2]
    assert seg.signals.get("agency") == "أ ف ب"


def test_a_lead_opening_with_a_bracketed_word_after_a_verb_is_not_cut() -> None:
    line = "قال الوزير (وهو يبتسم) - بعد الاجتماع - إن الاتفاق بات قريبا جدا من التوقيع."
    assert cut_glued_prefix(line) == ("", line)


def test_dated_timestamp_followed_by_a_menu_stays_the_article_header() -> None:
    seg = segment(["الخميس 4 أبريل 2024 | 10:15", "محليات", "عربي", "دولي", P1, P2], HEAD)
    assert seg.header_lines[0] == "الخميس 4 أبريل 2024 | 10:15"
    assert "top_lines" not in seg.signals


def test_title_after_banner_buttons_and_menu() -> None:
    lines = [BANNER, "موافق", "إدارة التفضيلات", "مرايا الجنوب", "الخميس 4 أبريل 2024", "الرئيسية", "محليات",
             "عربي ودولي", "تغطية مباشرة", "مباشر", HEAD, P1, P2]
    info = find_title(lines)
    assert (info.title, info.index) == (HEAD, 10)


def test_site_name_over_a_menu_is_not_the_title() -> None:
    lines = ["أصداء الساحل", "الإثنين 8 أبريل 2024 - 09:30", "الرئيسية", "أخبار محلية", "حوارات", "رياضة",
             "نستخدم الكوكيز لضمان حصولك على أفضل تجربة.", "قبول", "رفض", HEAD, P1, P2]
    assert find_title(lines).title == HEAD


def test_a_two_word_headline_with_no_menu_is_still_found() -> None:
    info = find_title(["انتكاسة جديدة", "الأحد 3 مارس 2024", P1, P2])
    assert (info.title, info.index) == ("انتكاسة جديدة", 0)


def test_a_menu_then_the_body_gives_no_title() -> None:
    assert find_title(["الرئيسية", "محليات", "عربي", "دولي", P1, P2]).title == ""
