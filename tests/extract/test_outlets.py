"""Outlets: the registry, credits written in the page, site metadata, and aggregators."""

from __future__ import annotations

import pytest

from newsetl import lexicons
from newsetl.extract.outlets import (
    agency_of,
    extract_outlet,
    is_tagline,
    lookup_domain,
    lookup_name,
    title_affixes,
)

LEAD = "قال وزير الخارجية في مؤتمر صحفي إن المحادثات ستستأنف الأسبوع المقبل في العاصمة."


def test_registry_is_complete_and_well_formed() -> None:
    outlets = lexicons.load("outlets.json")["outlets"]
    assert len(outlets) >= 60
    ids = [o["id"] for o in outlets]
    assert len(ids) == len(set(ids))
    for o in outlets:
        assert o["ar"] and o["en"] and o["domains"] and o["tz"] and o["country"]


def test_domain_lookup_with_subdomains_and_paths() -> None:
    assert lookup_domain("https://www.youm7.com/story/2020/8/24/x/1")["ar"] == "اليوم السابع"
    assert lookup_domain("https://gate.ahram.org.eg/News/1.aspx")["id"] == "ahram"
    assert lookup_domain("https://www.bbc.com/arabic/articles/abc")["id"] == "bbcarabic"
    assert lookup_domain("https://www.bbc.com/news/world") is None
    assert lookup_domain("https://unknown.example/x") is None


def test_name_lookup_folds_spelling_and_kind_words() -> None:
    assert lookup_name("صحيفة عنب بلدي")["id"] == "enabbaladi"
    assert lookup_name("اخبار الان")["id"] == "akhbaralaan"
    assert lookup_name("Sky News Arabia")["id"] == "skynewsarabia"


def test_domain_wins_and_gives_timezone() -> None:
    res = extract_outlet({"site_name": "alyaum"}, "https://www.alyaum.com/articles/1/x")
    assert (res.outlet, res.timezone, res.country) == ("اليوم", "Asia/Riyadh", "SA")
    assert res.site_name == "alyaum"


def test_title_prefix_and_suffix() -> None:
    res = extract_outlet({"raw_title": "شبكة عين الفرات | عنوان الخبر الطويل هنا عن الاجتماع"}, None,
                         title="عنوان الخبر الطويل هنا عن الاجتماع", lines=[LEAD])
    assert res.outlet == "شبكة عين الفرات"
    res = extract_outlet({"raw_title": "الوزير يلتقي نظيره في العاصمة لبحث الملفات - صحيفة الموج الأخضر"}, None,
                         title="الوزير يلتقي نظيره في العاصمة لبحث الملفات", lines=[LEAD])
    assert res.outlet == "صحيفة الموج الأخضر"


def test_credit_lines_and_lead_prefixes() -> None:
    assert extract_outlet({"credit_lines": ["ليفانت-وكالات"]}, None, lines=[LEAD]).outlet == "ليفانت"
    assert extract_outlet({}, None, lines=["صدى نيوز - " + LEAD]).outlet == "صدى نيوز"
    assert extract_outlet({}, None, lines=["سوريا - الكوثر: " + LEAD]).outlet == "الكوثر"
    assert extract_outlet({}, None, lines=["مدينة الزهور نيوز : " + LEAD]).outlet == "مدينة الزهور نيوز"
    res = extract_outlet({}, None, dropped=[("الكويت ــ الرأي الجديد (وكالات)", "before_body")], lines=[LEAD])
    assert res.outlet == "الرأي الجديد"


def test_agency_and_place_and_chrome_are_never_outlets() -> None:
    assert extract_outlet({"credit_lines": ["سبوتنيك"]}, None, lines=[LEAD]).outlet is None
    assert extract_outlet({}, None, lines=["(رويترز) – " + LEAD]).outlet is None
    assert extract_outlet({}, None, lines=["ليبيا – " + LEAD]).outlet is None
    assert extract_outlet({}, None, dropped=[("عاجل", "chrome_token")], lines=[LEAD]).outlet is None
    assert extract_outlet({"credit_lines": ["المصدر: الجزيرة نت"]}, None, lines=[LEAD]).outlet is None


def test_source_named_in_body_is_not_the_outlet() -> None:
    lines = [LEAD, "وأضاف في تصريح لقناة الحرة أن الموقف ثابت."]
    assert extract_outlet({}, None, lines=lines).outlet is None


def test_translation_credit() -> None:
    lines = [LEAD, "وبحسب ما نشرت صحيفة أجنبية وترجمه موقع تركيا اليوم، قال الوزير إن الحدود مفتوحة."]
    assert extract_outlet({}, None, lines=lines).outlet == "تركيا اليوم"


def test_aggregator_is_the_site_not_the_outlet() -> None:
    res = extract_outlet({"site_name": "مصرس"}, "https://www.masress.com/elbalad/2596471", lines=[LEAD])
    assert res.outlet is None and res.site_name == "مصرس"
    res = extract_outlet({}, "https://www.masress.com/elbalad/1", lines=["صدى البلد - " + LEAD])
    assert res.outlet == "صدى البلد"


def test_title_affixes() -> None:
    assert title_affixes("عنوان طويل للخبر عن الاجتماع - اليوم السابع") == ["اليوم السابع"]
    assert title_affixes("عنوان فقط") == []


def test_byline_dateline_agency() -> None:
    res = extract_outlet({"credit_lines": ["(أ ف ب)"]}, None,
                         dropped=[("كتبت: سلمى يوسف", "byline")], lines=["دمشق - " + LEAD])
    assert res.author == "سلمى يوسف"
    assert res.dateline == "دمشق"
    assert res.agency == "أ ف ب"
    assert agency_of("ليفانت-وكالات") == "وكالات"


def test_site_name_in_outermost_title_affix() -> None:
    raw = "الوزير يلتقي نظيره في العاصمة لبحث الملفات - أخبار محلية - تقارير - صحيفة الموج الأخضر"
    assert title_affixes(raw, "الوزير يلتقي نظيره في العاصمة لبحث الملفات") == ["صحيفة الموج الأخضر"]


def test_site_name_prefers_arabic_part() -> None:
    res = extract_outlet({"site_name": "الموج الأخضر نيوز - Green Wave News"}, "https://greenwave.example/a/1")
    assert res.outlet == "الموج الأخضر نيوز"


def test_headline_with_a_colon_names_no_outlet() -> None:
    res = extract_outlet({"raw_title": "العربية: انفجار كبير يهز المرفأ"}, None, title="العربية: انفجار كبير يهز المرفأ",
                         lines=[LEAD])
    assert res.outlet is None


def test_list_and_newsletter_labels_are_never_outlets() -> None:
    raw = "صحيفة النخيل | الوزير يلتقي نظيره في العاصمة لبحث الملفات"
    dropped = [("القاهرة - النخيل", "credit"), ("النشرة الإخبارية", "section_end"),
               ("الأخبار الإخبارية", "related_header"), ("موقع الأخبار الإخباري", "ticker")]
    res = extract_outlet({"raw_title": raw, "title_affixes": ["صحيفة النخيل"]}, None,
                         title="الوزير يلتقي نظيره في العاصمة لبحث الملفات", lines=[LEAD], dropped=dropped)
    assert res.outlet == "صحيفة النخيل"


def test_dateline_city_bearing_a_newspaper_name_is_not_the_outlet() -> None:
    # الرياض is a newspaper and a city: before a dash at the head of a credit or of the lead it is the city
    affix = {"title_affixes": ["جريدة السنابل"]}
    assert extract_outlet({**affix, "credit_lines": ["الرياض - السنابل"]}, None, lines=[LEAD]).outlet == "جريدة السنابل"
    assert extract_outlet(affix, None, lines=["الرياض - " + LEAD]).outlet == "جريدة السنابل"
    assert extract_outlet({}, None, lines=["الرياض - " + LEAD]).outlet is None
    # named alone as a credit it is still the newspaper
    assert extract_outlet({"credit_lines": ["جريدة الرياض"]}, None, lines=[LEAD]).outlet == "الرياض"


def test_standalone_kind_and_name_line_gives_the_outlet() -> None:
    assert extract_outlet({"header_lines": ["صحيفة النخيل"]}, None, lines=[LEAD]).outlet == "صحيفة النخيل"
    res = extract_outlet({}, None, dropped=[("موقع الضفة الأخرى", "before_title")], lines=[LEAD])
    assert res.outlet == "موقع الضفة الأخرى"
    assert extract_outlet({"header_lines": ["قناة الأفق الإخبارية"]}, None, lines=[LEAD]).outlet == "قناة الأفق الإخبارية"


def test_kind_words_that_name_no_outlet() -> None:
    for line in ("قناة السويس", "موقع الحادث", "الصحيفة النخيل", "وكالة النجم للأنباء", "صحيفة"):
        assert extract_outlet({"header_lines": [line]}, None, lines=[LEAD]).outlet is None, line
    # a wire agency in a dateline credit is the story's source, not the publisher
    assert extract_outlet({"credit_lines": ["عمّان - وكالة النجم للأنباء"]}, None, lines=[LEAD]).outlet is None


def test_a_breaking_news_label_is_never_the_outlet() -> None:
    from newsetl.extract.outlets import extract_outlet

    signals = {"header_lines": ["عاجل: الأمطار تغلق الطريق الساحلي", "أخبار محلية"], "credit_lines": []}
    assert extract_outlet(signals, None, title="عنوان", lines=[], dropped=[]).outlet is None


# ---------------------------------------------------------------- copyright lines and the masthead


def _footer(line: str, **signals: object) -> str | None:
    """The outlet of a page known only by its footer line (and the signals given)."""
    return extract_outlet(dict(signals), None, title="عنوان", lines=[LEAD], dropped=[(line, "after_body")]).outlet


@pytest.mark.parametrize(("line", "owner"), [
    ("جميع الحقوق محفوظة لصدى الوادي 2024", "صدى الوادي"),
    ("© نسيم الجبل 2024", "نسيم الجبل"),
    ("بوابة الشروق الجديد © 2024 - جميع الحقوق محفوظة", "بوابة الشروق الجديد"),
    ("جميع الحقوق محفوظة © الفرات اليوم 2023", "الفرات اليوم"),
    ("حقوق النشر محفوظة لموقع ضفاف المتوسط ©2023", "ضفاف المتوسط"),
    ("حقوق النشر محفوظة لصحيفة الواحة الخضراء ٢٠٢٢", "الواحة الخضراء"),
    ("Copyright © 2024 نجمة الصحراء. All rights reserved", "نجمة الصحراء"),
    ("© 2010-2024 نجمة الصحراء جميع الحقوق محفوظة", "نجمة الصحراء"),
    ("جميع الحقوق محفوظة للسهل الأخضر 2024", "السهل الأخضر"),
    ("جميع الحقوق محفوظة لـ مرآة الشمال | تصميم وبرمجة شركة الأفق للحلول", "مرآة الشمال"),
    ("كل الحقوق محفوظة لـصوت المدينة ويمنع النقل دون ذكر المصدر", "صوت المدينة"),
    ("(c) 2023 الأطلس الحر 24", "الأطلس الحر 24"),
])
def test_copyright_line_names_the_outlet(line: str, owner: str) -> None:
    assert _footer(line) == owner


@pytest.mark.parametrize("line", [
    "جميع الحقوق محفوظة © 2024",
    "© 2024 الموقع",
    "جميع الحقوق محفوظة للناشر 2024",
    "حقوق النشر محفوظة لموقعنا ©2023",
    "© 2024 أخبار عربية",
    "© 2024 عربي ودولي",
    "© 2024 آخر الأخبار",
    "جميع الحقوق محفوظة لصحيفة ©",
    "Copyright © 2024 Sada Al Wadi. All Rights Reserved.",
    "© 2024 جميع الحقوق محفوظة - تصميم وبرمجة شركة نون",
    "جميع الحقوق محفوظة لشركة الأفق للإعلام 2024",
    "© 2024 دمشق",
    "جميع الحقوق محفوظة لوكالة رويترز",
    "جميع الحقوق محفوظة لصدى الوادي 2024 - مرآة الشمال",
])
def test_copyright_line_without_a_single_outlet_name_gives_none(line: str) -> None:
    assert _footer(line) is None, line


def test_masthead_confirms_and_gives_the_spelling() -> None:
    # the copyright drops "لموقع"; the masthead keeps the site's own name
    assert _footer("حقوق النشر محفوظة لموقع ضفاف المتوسط ©2023", header_lines=["موقع ضفاف المتوسط"]) == \
        "موقع ضفاف المتوسط"
    # the masthead's spelling (hamza) wins over the footer's
    assert _footer("© صدى الاطلس الحر 2024", header_lines=["صدى الأطلس الحر | آخر الأخبار"]) == "صدى الأطلس الحر"
    # the preposition glued to a name that starts with "ل": the masthead tells
    assert _footer("جميع الحقوق محفوظة للؤلؤة الخليج", top_lines=["لؤلؤة الخليج"]) == "لؤلؤة الخليج"
    assert _footer("جميع الحقوق محفوظة لشركة الأفق للإعلام", header_lines=["شركة الأفق للإعلام"]) == \
        "شركة الأفق للإعلام"


def test_copyright_lines_naming_different_owners() -> None:
    dropped = [("© صدى الوادي 2024", "after_body"), ("جميع الحقوق محفوظة لمرآة الشمال", "chrome_phrase")]
    assert extract_outlet({}, None, lines=[LEAD], dropped=dropped).outlet is None
    res = extract_outlet({"header_lines": ["مرآة الشمال"]}, None, lines=[LEAD], dropped=dropped)
    assert res.outlet == "مرآة الشمال" and res.source == "copyright"


def test_registered_outlets_keep_priority_over_the_copyright() -> None:
    dropped = [("© صدى الوادي 2024", "after_body")]
    res = extract_outlet({}, "https://www.youm7.com/story/2020/8/24/x/1", lines=[LEAD], dropped=dropped)
    assert res.outlet == "اليوم السابع"
    assert extract_outlet({"credit_lines": ["بلدي نيوز"]}, None, lines=[LEAD], dropped=dropped).outlet == "بلدي نيوز"
    # an unregistered credit the page already names is kept
    assert extract_outlet({"header_lines": ["صحيفة النخيل"]}, None, lines=[LEAD], dropped=dropped).outlet == \
        "صحيفة النخيل"
    # an aggregator's own footer names the site, never the outlet
    res = extract_outlet({}, "https://www.masress.com/elbalad/1", lines=[LEAD], dropped=[("© مصرس 2024", "after_body")])
    assert res.outlet is None
    # a copyright naming a registered outlet gives its registry name
    assert _footer("جميع الحقوق محفوظة لشبكة بلدي نيوز 2024") == "بلدي نيوز"


def test_body_sentences_about_rights_are_no_copyright_line() -> None:
    lines = [LEAD, "وأكد الوزير أن جميع الحقوق محفوظة للعمال وفق القانون الجديد.", "حقوق الإنسان محفوظة للجميع"]
    assert extract_outlet({}, None, lines=lines).outlet is None
    assert _footer("وقال المحامي إن حقوق النشر محفوظة للمؤلف وحده بحسب العقد الموقع عام 2019") is None
    # a related headline is another page's words, not this page's footer
    assert extract_outlet({}, None, lines=[LEAD], dropped=[("© نسيم الجبل 2024", "related")]).outlet is None


def test_text_dump_footer_and_masthead() -> None:
    from newsetl.extract.textdump import extract_text_dump

    dump = "\n".join([
        "الوزير يفتتح مشروع تحلية المياه في المدينة الساحلية",
        "نسيم الجبل | أخبار محلية",
        "محليات",
        "الأحد 14 تموز 2024 - 10:22",
        LEAD,
        "وأضاف الوزير أن المشروع سيخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها.",
        "أضف تعليقك",
        "الأكثر قراءة",
        "جميع الحقوق محفوظة لنسيم الجبل 2024",
    ])
    ex = extract_text_dump(dump)
    assert "أضف تعليقك" not in ex.text
    res = extract_outlet(ex.signals, None, title=ex.title, lines=ex.paragraphs, dropped=ex.dropped)
    assert res.outlet == "نسيم الجبل"


def test_breaking_news_label_is_never_the_outlet() -> None:
    ticker = "عاجل: أمطار رعدية متوقعة على المرتفعات الشمالية مساء اليوم"
    assert extract_outlet({}, None, lines=[ticker, LEAD]).outlet is None
    assert extract_outlet({"header_lines": ["عاجل"]}, None, lines=[LEAD]).outlet is None
    res = extract_outlet({}, None, lines=[LEAD], dropped=[(ticker, "ticker"), ("عاجل | " + LEAD[:30], "header")])
    assert res.outlet is None
    # the outlet of that name is still found where the page credits it as a whole
    assert extract_outlet({"credit_lines": ["صحيفة عاجل"]}, None, lines=[LEAD]).outlet == "عاجل"


@pytest.mark.parametrize("tagline", [
    "موقع إخباري سوري مستقل", "صحيفة يومية شاملة", "شبكة إخبارية مستقلة", "جريدة إلكترونية جامعة",
])
def test_tagline_is_no_outlet_and_names_the_line_above(tagline: str) -> None:
    assert is_tagline(tagline)
    assert extract_outlet({"header_lines": [tagline]}, None, lines=[LEAD]).outlet is None
    dropped = [("الأحد 6 تموز 2025", "date_line"), ("صدى الوادي", "header"), (tagline, "header")]
    assert extract_outlet({}, None, lines=[LEAD], dropped=dropped).outlet == "صدى الوادي"
    assert extract_outlet({"top_lines": ["صدى الوادي | " + tagline]}, None, lines=[LEAD]).outlet == "صدى الوادي"


def test_names_after_a_kind_word_are_no_tagline() -> None:
    for name in ("صحيفة الأيام المستقلة", "قناة الحرة", "موقع عنب بلدي", "وكالة أنباء الشرق الأوسط"):
        assert not is_tagline(name)


def test_tagline_under_a_section_label_names_nothing() -> None:
    dropped = [("أخبار محلية", "header"), ("موقع إخباري مستقل", "header")]
    assert extract_outlet({}, None, lines=[LEAD], dropped=dropped).outlet is None
    dropped = [("الأحد 6 تموز 2025", "date_line"), ("موقع إخباري مستقل", "header")]
    assert extract_outlet({}, None, lines=[LEAD], dropped=dropped).outlet is None


def test_quoted_name_cut_from_a_dateline_is_the_outlet() -> None:
    res = extract_outlet({"credit_lines": ["المنامة -", "«الصباح»:"]}, None, lines=[LEAD])
    assert res.outlet == "الصباح"
    for quoted in ("«وكالات»:", "«رويترز»:", "«عاجل»:", "«المنامة»:"):
        assert extract_outlet({"credit_lines": ["المنامة -", quoted]}, None, lines=[LEAD]).outlet is None


def test_breaking_label_or_tagline_in_the_title_is_no_outlet() -> None:
    assert extract_outlet({"title_affixes": ["عاجل"]}, None, lines=[LEAD]).outlet is None
    assert extract_outlet({"title_affixes": ["موقع إخباري مستقل"]}, None, lines=[LEAD]).outlet is None
