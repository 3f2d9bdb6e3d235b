"""Outlets: the registry, credits written in the page, site metadata, and aggregators."""

from __future__ import annotations

from newsetl import lexicons
from newsetl.extract.outlets import agency_of, extract_outlet, lookup_domain, lookup_name, title_affixes

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
