#!/usr/bin/env python3
"""Build the third synthetic held-out corpus (tests/holdout2/) and its gold.

    python scripts/build_holdout2.py

Stdlib only and deterministic. Everything is invented (outlets on *.example domains, officials,
their words); real countries and institutions are only the setting. Focus: quoting styles that are
not the textbook `قال X إن «...»`. For MEASUREMENT only: nobody tunes rules to it.
Gold files use the format of ../shared/tools/score.py.

Self-check at the end: every gold title, body line, boilerplate line, `says` snippet, speaker alias
and not_quoted name occurs verbatim (after removing Arabic diacritics) in its page.
"""
from __future__ import annotations

import html as htmlmod
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "holdout2"
CORPUS = OUT / "corpus"
GOLD = OUT / "gold"
HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

ALSO = "also"  # marker for a read-also block inside the body: (ALSO, label, headline)


def q(match, kind, role, org, says, official=None, required=True):
    d = {"match": match, "required": required, "kind": kind, "role": role, "org": org}
    if official is not None:
        d["official"] = official
    d["says"] = says
    return d


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------
PAGES = []

PAGES.append(dict(
    id="h2_sahab_sudan_envoy", file="sahab_sudan_envoy.html", form="html", template="gulf_jsonld",
    url="https://sahab-gulf.example/news/2024/03/12/88412", outlet="سحاب الخليج",
    aliases=["سحاب", "sahab-gulf.example"], today="الأربعاء 13 مارس 2024",
    jsonld_date="2024-03-12T10:40:00+04:00", dateline=None, published="2024-03-12", date_source="json-ld",
    title="الإمارات تدعو طرفي النزاع في السودان إلى هدنة إنسانية خلال رمضان",
    section="عربي ودولي", caption="جانب من لقاء أديس أبابا مع ممثلي القوى المدنية السودانية",
    image="addis_meeting_1203.jpg", tags=["السودان", "الإمارات", "الاتحاد الأفريقي"],
    paras=[
        "التقى سالم راشد الكعبي، رئيس بعثة دولة الإمارات لدى الاتحاد الأفريقي، في أديس أبابا أمس الاثنين، ممثلين عن القوى المدنية السودانية، في إطار مساع إقليمية لإحياء المسار التفاوضي المتعثر منذ أشهر.",
        "وضم اللقاء، وفقا لوكالة أنباء الإمارات، عددا من الشخصيات المدنية بينهم الوزير السابق عثمان الطيب، فيما غاب ممثلو الجيش وقوات الدعم السريع عن الاجتماع.",
        "وتأتي هذه التحركات بعد تعثر جولة جدة الأخيرة التي انتهت في 7 ديسمبر الماضي دون اتفاق على وقف دائم لإطلاق النار.",
        (ALSO, "اقرأ أيضا", "الخرطوم: انقطاع الاتصالات يعزل ولايات دارفور لليوم الثالث"),
        "وكان الكعبي قد استقبل الأسبوع الماضي المبعوث الأفريقي الخاص إلى السودان، إدريس ولد بابا، وبحث معه سبل توحيد المبادرات الإقليمية.",
        "وقال الدبلوماسي الإماراتي، في كلمة أمام المشاركين، إن بلاده «تقف على مسافة واحدة من جميع الأطراف السودانية، ولا تملك أجندة خاصة في هذا البلد».",
        "وأضاف رئيس البعثة أن الأولوية في المرحلة الحالية هي «فتح الممرات الإنسانية دون شروط مسبقة»، داعيا إلى هدنة تشمل شهر رمضان كاملا.",
        "وشدد الكعبي في ختام اللقاء على أن أي تسوية «يجب أن تنطلق من إرادة السودانيين أنفسهم».",
    ],
    related=[("السودان: نزوح آلاف الأسر من ولاية الجزيرة", "10 مارس 2024"),
             ("مجلس الأمن يناقش الوضع الإنساني في دارفور", "8 مارس 2024")],
    forbidden=["2024-03-13", "2023-12-07", "2024-03-10", "2024-03-08"],
    quoted=[q(["سالم راشد الكعبي", "الكعبي"], "named", "رئيس بعثة دولة الإمارات لدى الاتحاد الأفريقي",
              ["الإمارات", "دولة الإمارات"],
              ["تقف على مسافة واحدة من جميع الأطراف", "فتح الممرات الإنسانية دون شروط مسبقة",
               "يجب أن تنطلق من إرادة السودانيين"], official=True)],
    not_quoted=["عثمان الطيب", "إدريس ولد بابا", "وكالة أنباء الإمارات"],
    notes="Speaker introduced in paragraph 1 (an action, no speech), then quoted five paragraphs later only as "
          "'الدبلوماسي الإماراتي' and 'رئيس البعثة' before his name returns. Agency relays the guest list only. "
          "Date only in JSON-LD; the header shows the next day.",
))

PAGES.append(dict(
    id="h2_sahab_yemen_deputy_envoy", file="sahab_yemen_deputy_envoy.html", form="html", template="gulf_jsonld",
    url="https://sahab-gulf.example/news/2024/05/20/90177", outlet="سحاب الخليج",
    aliases=["سحاب", "sahab-gulf.example"], today="الثلاثاء 21 مايو 2024",
    jsonld_date="2024-05-20T18:05:00+04:00", dateline=None, published="2024-05-20", date_source="json-ld",
    title="نائبة المبعوث الأممي: خريطة الطريق في اليمن ما زالت قابلة للحياة",
    section="اليمن", caption="نائبة المبعوث الأممي خلال الإحاطة الصحفية في عمان",
    image="deputy_envoy_amman.jpg", tags=["اليمن", "الأمم المتحدة", "مأرب"],
    paras=[
        "قالت نائبة المبعوث الأممي الخاص إلى اليمن، ليلى عبد الرحمن الشامي، إن خريطة الطريق التي جرى التفاهم عليها نهاية العام الماضي «ما زالت قابلة للحياة رغم التصعيد في البحر الأحمر».",
        "وأكدت الشامي، في إحاطة صحفية عقدتها في عمّان اليوم الاثنين، أن الأمم المتحدة «لم تتوقف عن الاتصالات مع الأطراف كافة».",
        "وأوضحت أن ملف الأسرى والمحتجزين «يشكل مدخلا عمليا لبناء الثقة»، مشيرة إلى أن جولة جديدة من المفاوضات بشأنه قد تعقد قريبا.",
        (ALSO, "اقرأ أيضا", "الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن"),
        "وشددت المسؤولة الأممية على ضرورة «فصل المسار الإنساني عن الحسابات العسكرية»، فيما لفتت إلى أن أكثر من 18 مليون يمني يحتاجون إلى مساعدات عاجلة.",
        "ميدانيا، أشارت مصادر عسكرية في محافظة مأرب إلى أن المواجهات تراجعت خلال الأيام الماضية، وأن خطوط التماس «تشهد هدوءا حذرا منذ مطلع الشهر».",
        "وكانت الشامي قد التقت في الرياض الشهر الماضي رئيس مجلس القيادة الرئاسي، كما اجتمعت في مسقط بكبير مفاوضي جماعة الحوثي، محمد عبد الله المؤيد.",
    ],
    related=[("المبعوث الأممي يبحث في مسقط ملف رواتب الموظفين", "15 مايو 2024"),
             ("برنامج الأغذية العالمي يقلص مساعداته في شمال اليمن", "12 مايو 2024")],
    forbidden=["2024-05-21", "2024-05-15", "2024-05-12"],
    quoted=[q(["ليلى عبد الرحمن الشامي", "الشامي"], "named", "نائبة المبعوث الأممي الخاص إلى اليمن",
              ["الأمم المتحدة"],
              ["ما زالت قابلة للحياة رغم التصعيد", "لم تتوقف عن الاتصالات مع الأطراف",
               "يشكل مدخلا عمليا لبناء الثقة", "فصل المسار الإنساني عن الحسابات العسكرية",
               "أكثر من 18 مليون يمني يحتاجون"], official=True),
            q(["مصادر عسكرية"], "anonymous", "مصادر عسكرية في محافظة مأرب", None,
              ["تشهد هدوءا حذرا منذ مطلع الشهر"], official=True)],
    not_quoted=["محمد عبد الله المؤيد", "رئيس مجلس القيادة الرئاسي"],
    notes="Woman speaker: قالت، أكدت، أوضحت، شددت، لفتت; one back-reference by title only ('المسؤولة الأممية'). "
          "Anonymous military sources ('أشارت مصادر عسكرية ... إلى أن'): army = official.",
))

PAGES.append(dict(
    id="h2_manara_beirut_cabinet", file="manara_beirut_cabinet.html", form="html", template="levant_visible",
    url="https://almanara-lb.example/article/55190", outlet="المنارة نيوز",
    aliases=["المنارة", "almanara-lb.example"], today="السبت ٢٠ نيسان ٢٠٢٤",
    jsonld_date=None, dateline="الخميس ١٨ نيسان ٢٠٢٤ - ١٣:٤٠", published="2024-04-18", date_source="text",
    title="مكتب رئيس الحكومة: جلسة استثنائية لبحث خطة النازحين الأسبوع المقبل",
    section="لبنان", caption="السراي الحكومي في بيروت", image="serail_0418.jpg",
    tags=["مجلس الوزراء", "النازحون", "دمشق"],
    paras=[
        "أعلن مكتب رئيس الوزراء اللبناني، في بيان اليوم الخميس، أن مجلس الوزراء سيعقد جلسة استثنائية الأسبوع المقبل «مخصصة لإقرار خطة العودة الآمنة والكريمة للنازحين».",
        "وأوضح البيان أن الخطة أعدتها لجنة وزارية برئاسة وزير الشؤون الاجتماعية، وأنها «تراعي القانون الدولي والتزامات لبنان».",
        "وفي السياق، صرّح وزير المهجرين، نبيل أبو خليل، لـ«صحيفة الضفة» بأن التنسيق مع دمشق «قطع شوطا مهما في الأسابيع الأخيرة»، كاشفا عن زيارة مرتقبة لوفد تقني إلى العاصمة السورية.",
        (ALSO, "شاهد أيضاً", "ارتفاع أسعار المحروقات للمرة الثانية هذا الشهر"),
        "وكان أبو خليل قد زار دمشق في ٢ آذار الماضي، حيث بحث مع المسؤولين السوريين ملف المعابر غير الشرعية.",
        "وكان رئيس الحكومة قد استقبل أمس سفيرة الاتحاد الأوروبي، ساندرا دي مارتيني، وعرض معها ملف التمويل الدولي للخطة.",
    ],
    related=[("بلدية بيروت تطلق ورشة تأهيل الواجهة البحرية", "١٦ نيسان ٢٠٢٤"),
             ("المصارف تعود إلى الإضراب احتجاجا على قرارات قضائية", "١١ نيسان ٢٠٢٤")],
    forbidden=["2024-04-20", "2024-03-02", "2024-04-16", "2024-04-11"],
    quoted=[q(["مكتب رئيس الوزراء", "مكتب رئيس الحكومة"], "institution", None,
              ["رئاسة الحكومة اللبنانية", "الحكومة اللبنانية", "لبنان"],
              ["مخصصة لإقرار خطة العودة الآمنة", "تراعي القانون الدولي والتزامات لبنان"], official=True),
            q(["نبيل أبو خليل", "أبو خليل"], "named", "وزير المهجرين",
              ["وزارة المهجرين", "الحكومة اللبنانية", "لبنان"],
              ["قطع شوطا مهما في الأسابيع الأخيرة"], official=True)],
    not_quoted=["صحيفة الضفة", "ساندرا دي مارتيني"],
    notes="Levantine months with Arabic-Indic digits. Institution speaker 'أعلن مكتب رئيس الوزراء' continued by "
          "'وأوضح البيان'. 'صرّح ... لـ«صحيفة الضفة»': the newspaper is not a speaker.",
))

PAGES.append(dict(
    id="h2_manara_damascus_passive", file="manara_damascus_passive.html", form="html", template="levant_visible",
    url="https://almanara-lb.example/article/61024", outlet="المنارة نيوز",
    aliases=["المنارة", "almanara-lb.example"], today="الخميس 5 كانون الأول 2024",
    jsonld_date=None, dateline="الثلاثاء 3 كانون الأول 2024 - 19:05", published="2024-12-03", date_source="text",
    title="دمشق ترحب بمبادرة عربية لاستئناف اجتماعات لجنة الاتصال",
    section="سوريا", caption="مقر جامعة الدول العربية في القاهرة", image="arab_league_hq.jpg",
    tags=["سوريا", "الجامعة العربية", "لجنة الاتصال"],
    paras=[
        "رحبت دمشق بالمبادرة التي أطلقتها الجامعة العربية لاستئناف اجتماعات لجنة الاتصال الوزارية، بعد توقف دام أكثر من عام.",
        "ونقل عن المتحدث باسم وزارة الخارجية السورية قوله إن بلاده «منفتحة على أي جهد عربي يحترم سيادة سوريا ووحدة أراضيها»، مضيفا أن الوزارة تدرس مقترح عقد الاجتماع المقبل في عمّان.",
        "كما نقلت وكالة الأنباء السورية (سانا) عن مصدر دبلوماسي قوله إن «الأجواء إيجابية لكن العبرة في التنفيذ».",
        (ALSO, "شاهد أيضاً", "انخفاض سعر صرف الليرة في السوق الموازية"),
        "في المقابل، ذكرت مصادر مقربة من رئيس هيئة التفاوض المعارضة أن الهيئة «لم تتلق أي دعوة رسمية حتى الآن» للمشاركة في أي مسار جديد.",
        "وكان وزير الخارجية الأردني قد استقبل الأسبوع الماضي الأمين العام المساعد للجامعة العربية، حسام الدين الخطيب، وبحثا آليات إعادة تفعيل اللجنة.",
        "وتأسست لجنة الاتصال في أيار 2023 بعد قرار إعادة سوريا إلى مقعدها في الجامعة.",
    ],
    related=[("وفد أممي يزور حلب لتقييم الاحتياجات الإنسانية", "1 كانون الأول 2024"),
             ("عمّان تستضيف اجتماعا فنيا حول مكافحة التهريب", "28 تشرين الثاني 2024")],
    forbidden=["2024-12-05", "2024-12-01", "2024-11-28"],
    quoted=[q(["المتحدث باسم وزارة الخارجية السورية", "المتحدث باسم وزارة الخارجية"], "role",
              "المتحدث باسم وزارة الخارجية السورية", ["وزارة الخارجية السورية", "سوريا"],
              ["منفتحة على أي جهد عربي يحترم", "تدرس مقترح عقد الاجتماع المقبل"], official=True),
            q(["مصدر دبلوماسي"], "anonymous", "مصدر دبلوماسي", None,
              ["الأجواء إيجابية لكن العبرة في التنفيذ"], official=True),
            q(["مصادر مقربة"], "anonymous", "مصادر مقربة من رئيس هيئة التفاوض المعارضة", None,
              ["لم تتلق أي دعوة رسمية حتى الآن"], official=False)],
    not_quoted=["حسام الدين الخطيب", "وكالة الأنباء السورية", "سانا", "وزير الخارجية الأردني"],
    notes="Passive attribution 'ونقل عن المتحدث ... قوله' (unnamed: kind role). Agency relays an anonymous "
          "diplomatic source ('نقلت وكالة ... عن مصدر دبلوماسي قوله'): the source speaks, the agency does not. "
          "'ذكرت مصادر مقربة من ...': close-to sources are not official. Levantine months, Western digits.",
))

PAGES.append(dict(
    id="h2_sahab_gulf_joint_statement", file="sahab_gulf_joint_statement.html", form="html", template="gulf_jsonld",
    url="https://sahab-gulf.example/news/gulf/91830", outlet="سحاب الخليج",
    aliases=["سحاب", "sahab-gulf.example"], today="الجمعة 14 فبراير 2025",
    jsonld_date=None, dateline=None, published=None, date_source="none",
    title="السعودية وعمان تؤكدان في بيان مشترك دعم الحل السياسي في اليمن",
    section="الخليج", caption="جانب من مباحثات الوفدين في الرياض", image="riyadh_muscat_talks.jpg",
    tags=["السعودية", "سلطنة عمان", "اليمن"],
    paras=[
        "أكدت المملكة العربية السعودية وسلطنة عمان، في بيان مشترك صدر في ختام زيارة وزير الخارجية العماني إلى الرياض، «دعمهما الكامل لجهود الأمم المتحدة للتوصل إلى حل سياسي شامل في اليمن».",
        "وأشار البيان المشترك إلى أن البلدين اتفقا على «تكثيف التنسيق في ملفات أمن الملاحة في البحر الأحمر وبحر العرب».",
        (ALSO, "اقرأ أيضا", "مجلس التعاون يعقد اجتماعه الوزاري المقبل في الكويت"),
        "وفي تغريدة على منصة إكس، كتب الوزير العماني، بدر بن سعيد الحارثي: «لقاءات مثمرة في الرياض، والتفاهم بين مسقط والرياض ركيزة لاستقرار المنطقة».",
        "وكان الحارثي قد التقى خلال الزيارة ولي العهد السعودي، كما عقد جلسة مباحثات مع نظيره السعودي، عبد الإله بن ناصر العتيبي.",
        "وذكرت مصادر خليجية مطلعة أن الجانبين ناقشا ترتيبات قمة إقليمية مرتقبة، من دون تحديد موعدها.",
    ],
    related=[("الكويت تستضيف منتدى الطاقة الخليجي الشهر المقبل", "12 فبراير 2025"),
             ("قطر والبحرين تبحثان توسيع الربط الكهربائي", "10 فبراير 2025")],
    forbidden=["2025-02-14", "2025-02-12", "2025-02-10"],
    quoted=[q(["المملكة العربية السعودية وسلطنة عمان", "البيان المشترك", "بيان مشترك"], "institution", None,
              ["السعودية", "سلطنة عمان"],
              ["دعمهما الكامل لجهود الأمم المتحدة", "تكثيف التنسيق في ملفات أمن الملاحة"], official=True),
            q(["بدر بن سعيد الحارثي", "الحارثي"], "named", "وزير الخارجية العماني",
              ["سلطنة عمان", "وزارة الخارجية العمانية"],
              ["التفاهم بين مسقط والرياض ركيزة لاستقرار"], official=True),
            q(["مصادر خليجية"], "anonymous", "مصادر خليجية مطلعة", None,
              ["ناقشا ترتيبات قمة إقليمية مرتقبة"], official=False)],
    not_quoted=["عبد الإله بن ناصر العتيبي", "ولي العهد السعودي"],
    notes="No publication date anywhere (JSON-LD without datePublished; only today's header and related dates). "
          "Joint statement of two countries as one institution speaker. Tweet: 'في تغريدة على منصة إكس، كتب الوزير'. "
          "The Omani minister is first mentioned by title only in paragraph 1.",
))

PAGES.append(dict(
    id="h2_sahil_libya_envoy", file="sahil_libya_envoy.html", form="html", template="maghreb_wp",
    url="https://sahil-maghrebi.example/2024/09/27/libya-envoy-briefing/", outlet="الساحل المغاربي",
    aliases=["sahil-maghrebi.example"], today="السبت 28 شتنبر 2024",
    jsonld_date=None, dateline="الجمعة 27 شتنبر 2024 - 10:15", published="2024-09-27", date_source="text",
    title="المبعوثة الأممية إلى ليبيا: لا انتخابات دون قاعدة دستورية توافقية",
    section="المغرب الكبير", caption="المبعوثة الأممية خلال إحاطتها أمام مجلس الأمن", image="unsc_libya_2609.jpg",
    tags=["ليبيا", "مجلس الأمن", "الانتخابات"],
    paras=[
        "حذرت المبعوثة الأممية بالنيابة إلى ليبيا، نورة بن عيسى، من أن استمرار الانقسام المؤسساتي «يهدد بإعادة البلاد إلى مربع الاقتتال»، وذلك في إحاطة قدمتها أمام مجلس الأمن مساء الخميس.",
        "وأضافت بن عيسى: «إن الليبيين سئموا المراحل الانتقالية المتعاقبة، ومن حقهم أن يختاروا من يحكمهم عبر صناديق الاقتراع.",
        "«ولن يكون ذلك ممكنا من دون قاعدة دستورية توافقية تحظى بقبول الأطراف كافة، ومن دون حكومة موحدة تشرف على العملية الانتخابية.",
        "«إنني أدعو أعضاء المجلس إلى الحديث بصوت واحد، فالانقسام الدولي ينعكس مباشرة على الأرض».",
        (ALSO, "اقرأ أيضا", "الجزائر وتونس توقعان اتفاقا لتطوير المعابر الحدودية"),
        "وفي طرابلس، قال رئيس المجلس الرئاسي، عبد الحكيم الترهوني، إن المجلس «يدعم كل مسار يفضي إلى الانتخابات»، بينما اعتبر رئيس مجلس النواب، مصطفى بوحليقة، أن تشكيل حكومة موحدة «يجب أن يسبق أي موعد انتخابي».",
        "وكانت بن عيسى قد استقبلت في تونس الأسبوع الماضي وفدا من المجلس الأعلى للدولة برئاسة خالد الزنتاني.",
        "وبحسب ما أوردته وكالة الأنباء الليبية، فإن اللقاء تناول القوانين الانتخابية التي أعدتها لجنة 6+6 في 5 يونيو 2023.",
    ],
    related=[("موريتانيا: انطلاق حملة التلقيح ضد الحصبة", "25 شتنبر 2024"),
             ("تونس: ارتفاع نسبة امتلاء السدود بعد الأمطار الأخيرة", "23 شتنبر 2024")],
    forbidden=["2024-09-28", "2023-06-05", "2024-09-25", "2024-09-23", "2024-09-26"],
    quoted=[q(["نورة بن عيسى", "بن عيسى"], "named", "المبعوثة الأممية بالنيابة إلى ليبيا",
              ["الأمم المتحدة", "بعثة الأمم المتحدة للدعم في ليبيا"],
              ["يهدد بإعادة البلاد إلى مربع الاقتتال", "سئموا المراحل الانتقالية المتعاقبة",
               "قاعدة دستورية توافقية تحظى بقبول الأطراف", "أدعو أعضاء المجلس إلى الحديث بصوت واحد"],
              official=True),
            q(["عبد الحكيم الترهوني", "الترهوني"], "named", "رئيس المجلس الرئاسي", ["المجلس الرئاسي", "ليبيا"],
              ["يدعم كل مسار يفضي إلى الانتخابات"], official=True),
            q(["مصطفى بوحليقة", "بوحليقة"], "named", "رئيس مجلس النواب", ["مجلس النواب", "ليبيا"],
              ["يجب أن يسبق أي موعد انتخابي"], official=True)],
    not_quoted=["خالد الزنتاني", "وكالة الأنباء الليبية"],
    notes="Maghrebi month names (شتنبر). Woman speaker whose quote runs over three paragraphs, each opening with « "
          "and only the last one closed. One sentence with two speakers (قال ... بينما اعتبر ...). "
          "The briefing happened on Thursday 26 (forbidden by weekday arithmetic, not written as a date).",
))

PAGES.append(dict(
    id="h2_dump_nil_sudan_fm", file="nil_sudan_fm.txt", form="text-dump", template="dump_egypt",
    url=None, outlet="النيل اليوم", aliases=["بوابة النيل اليوم"], published="2024-05-05", date_source="text",
    title="وزيرة الخارجية السودانية: لن نقبل بأي وصاية على قرارنا الوطني",
    before=["النيل اليوم", "الرئيسية", "أخبار عربية", "سياسة", "اقتصاد", "الثلاثاء، 7 مايو 2024",
            "عاجل: مصر وتشاد تبحثان تأمين الحدود المشتركة", "", "كتب: محمود عبد الغفار",
            "الأحد، 5 مايو 2024 09:30 م", "شارك", ""],
    paras=[
        "أكدت وزيرة الخارجية السودانية المكلفة، آمنة عبد الله الطاهر، أن حكومة بلادها «لن تقبل بأي وصاية على قرارها الوطني»، وذلك خلال لقائها سفراء الدول العربية المعتمدين في بورتسودان.",
        "ولفتت الطاهر إلى أن الحكومة «تتعامل بإيجابية مع كل المبادرات الجادة»، لكنها شددت على أن أي تفاوض «يجب أن يبدأ بانسحاب المجموعات المسلحة من منازل المواطنين».",
        (ALSO, "اقرأ أيضا:", "ارتفاع أسعار الذهب في السوق المحلية"),
        "ونقلت وكالة السودان للأنباء عن الوزيرة قولها إن بلادها «ستشارك في اجتماعات القاهرة المقبلة بوفد رفيع».",
        "من جانبه، قال سفير مصر لدى السودان، هشام عز الدين، إن القاهرة «حريصة على وحدة السودان وسلامة مؤسساته»، وإنها تواصل استقبال الفارين من الحرب.",
        "وجاء اللقاء بعد يومين من انتقادات وجهتها الوزيرة للمبعوث الأمريكي الخاص إلى السودان، دانيال كوبر، على خلفية تصريحات اعتبرتها الحكومة السودانية منحازة.",
        "يذكر أن آخر جولة تفاوضية بين الطرفين عقدت في جدة في 26 أكتوبر الماضي.",
    ],
    after=["", "المصدر: وكالة السودان للأنباء", "الكلمات المفتاحية: السودان، الخارجية، بورتسودان",
           "أخبار ذات صلة", "السيسي يستقبل رئيس مجلس السيادة السوداني", "3 مايو 2024",
           "تابعونا على فيسبوك", "جميع الحقوق محفوظة © النيل اليوم 2024"],
    forbidden=["2024-05-07", "2023-10-26", "2024-05-03"],
    quoted=[q(["آمنة عبد الله الطاهر", "الطاهر"], "named", "وزيرة الخارجية السودانية المكلفة",
              ["وزارة الخارجية السودانية", "الحكومة السودانية", "السودان"],
              ["لن تقبل بأي وصاية على قرارها", "تتعامل بإيجابية مع كل المبادرات الجادة",
               "يجب أن يبدأ بانسحاب المجموعات المسلحة", "ستشارك في اجتماعات القاهرة المقبلة"], official=True),
            q(["هشام عز الدين", "عز الدين"], "named", "سفير مصر لدى السودان", ["مصر"],
              ["حريصة على وحدة السودان وسلامة مؤسساته"], official=True)],
    not_quoted=["دانيال كوبر", "وكالة السودان للأنباء"],
    notes="Egyptian portal dump: 'الأحد، 5 مايو 2024 09:30 م' dateline after today's header. Woman minister "
          "(أكدت، لفتت، شددت) also quoted through an agency in the passive form 'نقلت وكالة ... عن الوزيرة قولها'. "
          "The US envoy is only criticised. The related headline names Sisi and the Sovereignty Council chief.",
))

PAGES.append(dict(
    id="h2_dump_karkh_iraq_kuwait", file="karkh_iraq_kuwait.txt", form="text-dump", template="dump_iraq",
    url=None, outlet="بوابة الكرخ", aliases=["الكرخ"], published="2024-07-14", date_source="text",
    title="بغداد والكويت تتفقان على استئناف اجتماعات اللجنة الفنية للحدود البحرية",
    before=["بوابة الكرخ | آخر الأخبار", "الاثنين 15 تموز 2024", "محليات", "سياسة", "عربي ودولي", "رياضة",
            "شريط الأخبار: انخفاض درجات الحرارة في العاصمة مطلع الأسبوع", "",
            "الأحد 14 تموز 2024 - 10:22", "بغداد - بوابة الكرخ", ""],
    paras=[
        "استقبل وزير الخارجية العراقي، ليث عبد الكريم الزبيدي، في بغداد اليوم الأحد، السفير الكويتي لدى العراق، طارق فهد المطيري، وبحث معه ملف ترسيم الحدود البحرية والملاحة في خور عبد الله.",
        "وبحسب بيان للوزارة، جرى خلال اللقاء استعراض نتائج الاجتماع الأخير للجنة الفنية المشتركة الذي عقد في الكويت في 3 شباط الماضي.",
        (ALSO, "اقرأ أيضاً |", "البرلمان يؤجل التصويت على قانون الموازنة"),
        "وفي مؤتمر صحفي عقده لاحقا، قال رئيس الدبلوماسية العراقية إن بغداد «ملتزمة بالاتفاقيات الدولية، لكنها تريد معالجة الملاحظات القانونية عبر الحوار».",
        "وتابع الوزير: «لا نريد أن يتحول هذا الملف إلى أزمة بين بلدين شقيقين».",
        "في المقابل، قال عضو لجنة العلاقات الخارجية النيابية، كريم حسن الجبوري، لـ«جريدة المدى الجديد» إن البرلمان «لن يصادق على أي ترتيب جديد قبل عرضه على اللجنة».",
        "وكانت المحكمة الاتحادية العليا قد أصدرت في أيلول 2023 قرارا بعدم دستورية قانون التصديق على الاتفاقية، ما أثار ردود فعل كويتية غاضبة.",
        "ووفقا لوكالة الأنباء العراقية، فإن الجانبين اتفقا على عقد الاجتماع المقبل للجنة الفنية خلال الشهر المقبل.",
    ],
    after=["", "تحرير: حيدر كاظم", "المصدر: بوابة الكرخ + واع", "مواضيع ذات صلة",
           "الكويت تسلم العراق دفعة جديدة من الرفات", "11 تموز 2024",
           "النفط: صادرات حزيران تتجاوز 100 مليون برميل", "2 تموز 2024",
           "بوابة الكرخ © 2024 - جميع الحقوق محفوظة"],
    forbidden=["2024-07-15", "2024-02-03", "2024-07-11", "2024-07-02"],
    quoted=[q(["ليث عبد الكريم الزبيدي", "الزبيدي", "رئيس الدبلوماسية العراقية"], "named", "وزير الخارجية العراقي",
              ["العراق", "وزارة الخارجية العراقية"],
              ["ملتزمة بالاتفاقيات الدولية", "لا نريد أن يتحول هذا الملف إلى أزمة"], official=True),
            q(["كريم حسن الجبوري", "الجبوري"], "named", "عضو لجنة العلاقات الخارجية النيابية",
              ["لجنة العلاقات الخارجية النيابية", "البرلمان", "مجلس النواب العراقي"],
              ["لن يصادق على أي ترتيب جديد"], official=True)],
    not_quoted=["طارق فهد المطيري", "جريدة المدى الجديد", "وكالة الأنباء العراقية"],
    notes="The minister is introduced in paragraph 1 (receives the ambassador, no speech) and speaks only later as "
          "'رئيس الدبلوماسية العراقية' and 'الوزير'; his name never returns. MP speaks to a newspaper "
          "(لـ«جريدة المدى الجديد»). Agency only relays an agreement. Levantine/Iraqi months.",
))

PAGES.append(dict(
    id="h2_dump_balqa_jordan_border", file="balqa_jordan_border.txt", form="text-dump", template="dump_jordan",
    url=None, outlet="صدى البلقاء", aliases=["البلقاء"], published="2024-08-22", date_source="text",
    title="الحكومة الأردنية: إحباط 12 محاولة تهريب على الحدود مع سوريا منذ مطلع الشهر",
    before=["صدى البلقاء", "محليات", "عربي ودولي", "رياضة", "آخر تحديث: السبت 24 أغسطس 2024",
            "شارك الخبر", "فيسبوك", "إكس", "", "تاريخ النشر: الخميس 22 أغسطس 2024 - 08:15 م", ""],
    paras=[
        "قالت الناطقة الرسمية باسم الحكومة الأردنية، وزيرة الاتصال الحكومي ديما سليمان الحياري، إن القوات المسلحة أحبطت «اثنتي عشرة محاولة تهريب منذ مطلع الشهر الجاري» على الحدود الشمالية مع سوريا.",
        "وأوضحت الحياري، خلال الإيجاز الصحفي الأسبوعي، أن المملكة «ستواصل التعامل بحزم مع كل من يحاول العبث بأمنها»، لافتة إلى أن التنسيق مع الجانب السوري «لم يرق بعد إلى المستوى المطلوب».",
        (ALSO, "اقرأ أيضاً:", "ارتفاع درجات الحرارة نهاية الأسبوع"),
        "وكانت الحياري قد انتقدت الأسبوع الماضي أداء الأجهزة السورية المعنية بضبط الحدود، عقب لقاء جمع وزير الداخلية الأردني بنظيره السوري، عامر شاهين، في عمّان.",
        "ونقل عن مصدر أمني أردني قوله إن المهربين «باتوا يستخدمون الطائرات المسيّرة بشكل متزايد»، مضيفا أن بعض الشحنات ضبطت على بعد كيلومترات قليلة من الحدود.",
        "وفي تغريدة على منصة إكس، كتبت الحياري: «أمن الأردن خط أحمر، ولن نسمح بأن تكون حدودنا ممرا للسموم».",
        "وتشير أرقام رسمية إلى أن القوات المسلحة أحبطت خلال عام 2023 أكثر من 400 محاولة تسلل وتهريب.",
    ],
    after=["", "المصدر: صدى البلقاء - وكالات", "الوسوم", "الأردن", "سوريا", "الحدود", "أخبار ذات صلة",
           "ضبط شحنة مخدرات في منطقة الرمثا", "20 أغسطس 2024", "أضف تعليقك", "© صدى البلقاء 2024"],
    forbidden=["2024-08-24", "2024-08-20"],
    quoted=[q(["ديما سليمان الحياري", "الحياري"], "named", "الناطقة الرسمية باسم الحكومة الأردنية",
              ["الحكومة الأردنية", "الأردن"],
              ["اثنتي عشرة محاولة تهريب منذ مطلع", "ستواصل التعامل بحزم مع كل",
               "لم يرق بعد إلى المستوى المطلوب", "أمن الأردن خط أحمر"], official=True),
            q(["مصدر أمني"], "anonymous", "مصدر أمني أردني", ["الأردن"],
              ["باتوا يستخدمون الطائرات"], official=True)],
    not_quoted=["عامر شاهين", "وزير الداخلية الأردني"],
    notes="Woman spokesperson (قالت، أوضحت، لافتة، انتقدت, and a tweet 'كتبت الحياري'). Passive "
          "'ونقل عن مصدر أمني أردني قوله'. 'آخر تحديث' date is a modified date, forbidden. Egyptian-style "
          "'08:15 م' time.",
))

PAGES.append(dict(
    id="h2_dump_atlasecho_yemen_prisoners", file="atlasecho_yemen_prisoners.txt", form="text-dump",
    template="dump_maghreb", url=None, outlet="صدى الأطلس", aliases=["الأطلس"], published="2024-11-11",
    date_source="text",
    title="الدوحة تستضيف جولة جديدة من المحادثات اليمنية حول الأسرى",
    before=["صدى الأطلس", "الرئيسية", "سياسة", "دولية", "مجتمع", "الأربعاء 13 نونبر 2024", "",
            "دولية", "صدى الأطلس - الاثنين 11 نونبر 2024 - 17:40", ""],
    paras=[
        "انطلقت في الدوحة، اليوم الاثنين، جولة جديدة من المحادثات بين وفدي الحكومة اليمنية وجماعة الحوثي حول ملف الأسرى والمحتجزين، برعاية الأمم المتحدة واللجنة الدولية للصليب الأحمر.",
        "ويرأس وفد الحكومة وكيل وزارة حقوق الإنسان، يحيى صالح الشرعبي، فيما يرأس وفد الجماعة حمود علي الكبسي.",
        "وقال مسؤول قطري مطلع على المحادثات، طلب عدم الكشف عن هويته، إن الجولة «قد تفضي إلى أكبر صفقة تبادل منذ ربيع العام الماضي».",
        (ALSO, "اقرأ أيضا:", "الرباط تحتضن منتدى إفريقيا للاستثمار"),
        "وقبل ساعات من انطلاق الجلسة الأولى، قال رئيس وفد الحكومة إن وفده «جاء بقوائم مكتملة، ولا يقبل بمبدأ الكل مقابل الكل إلا إذا شمل المختطفين السياسيين»، بينما أكد الكبسي أن جماعته «مستعدة لإطلاق سراح المئات إذا توفرت الجدية».",
        "من جهتها، قالت المتحدثة باسم اللجنة الدولية للصليب الأحمر في اليمن، سارة بن حمودة، إن اللجنة «جاهزة لوجستيا لتنفيذ أي اتفاق فور التوقيع عليه».",
        "وكانت آخر عملية تبادل واسعة قد نفذت في 14 أبريل 2023، وشملت نحو 900 أسير من الجانبين.",
        "وبحسب وكالة الأنباء القطرية، استقبل وزير الدولة بوزارة الخارجية القطرية، جاسم بن حمد المهندي، الوفدين قبل بدء الجلسات.",
    ],
    after=["", "متابعة: كريمة الإدريسي", "المصدر: صدى الأطلس ووكالات", "شارك المقال", "تعليقات (0)",
           "أضف تعليقك", "الأكثر قراءة", "أمطار رعدية مرتقبة بعدد من مناطق المملكة", "9 نونبر 2024",
           "جميع الحقوق محفوظة لصدى الأطلس 2024"],
    forbidden=["2024-11-13", "2023-04-14", "2024-11-09"],
    quoted=[q(["يحيى صالح الشرعبي", "الشرعبي", "رئيس وفد الحكومة"], "named", "وكيل وزارة حقوق الإنسان",
              ["الحكومة اليمنية", "وزارة حقوق الإنسان"],
              ["جاء بقوائم مكتملة", "إلا إذا شمل المختطفين السياسيين"], official=True),
            q(["حمود علي الكبسي", "الكبسي"], "named", "رئيس وفد جماعة الحوثي", ["جماعة الحوثي"],
              ["مستعدة لإطلاق سراح المئات"]),
            q(["مسؤول قطري"], "anonymous", "مسؤول قطري مطلع على المحادثات", ["قطر"],
              ["قد تفضي إلى أكبر صفقة تبادل"], official=True),
            q(["سارة بن حمودة", "بن حمودة"], "named", "المتحدثة باسم اللجنة الدولية للصليب الأحمر في اليمن",
              ["اللجنة الدولية للصليب الأحمر"], ["جاهزة لوجستيا لتنفيذ أي اتفاق"])],
    not_quoted=["جاسم بن حمد المهندي", "وكالة الأنباء القطرية"],
    notes="Maghrebi months (نونبر). Both delegation heads are introduced in paragraph 2 without speech; then one "
          "sentence carries two speakers, the first only by title ('رئيس وفد الحكومة'). Woman ICRC spokesperson "
          "(official flag left out: ICRC is none of the listed official bodies; nor is the Houthi group).",
))


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
NAV_GULF = ["الرئيسية", "الإمارات", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"]
SHARE_GULF = ["مشاركة", "فيسبوك", "إكس", "واتساب", "نسخ الرابط"]
NAV_LEV = ["الرئيسية", "لبنان", "سوريا", "إقليمي", "دولي", "رأي", "فيديو"]
NAV_MAG = ["الرئيسية", "المغرب الكبير", "دولية", "اقتصاد", "ثقافة", "رياضة"]


def esc(s):
    return htmlmod.escape(s, quote=False)


def body_paras(p):
    return [x for x in p["paras"] if isinstance(x, str)]


def render_gulf(p):
    bp = [p["today"]] + NAV_GULF + SHARE_GULF + [p["image"], p["caption"], p["section"]]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"],
          "publisher": {"@type": "Organization", "name": p["outlet"]}, "mainEntityOfPage": p["url"]}
    if p["jsonld_date"]:
        ld["datePublished"] = p["jsonld_date"]
    h = ['<!DOCTYPE html>', '<html lang="ar" dir="rtl">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(p["title"])} | {esc(p["outlet"])}</title>',
         f'<link rel="canonical" href="{p["url"]}">',
         f'<meta property="og:site_name" content="{p["outlet"]}">',
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
         '</head>', '<body>', '<header class="site-header">',
         f'<div class="today">{esc(p["today"])}</div>', f'<div class="brand"><a href="/">{esc(p["outlet"])}</a></div>',
         '<nav><ul>' + "".join(f'<li><a href="/s/{i}">{esc(n)}</a></li>' for i, n in enumerate(NAV_GULF)) + '</ul></nav>',
         '</header>', '<main>', '<article>', f'<div class="section-label">{esc(p["section"])}</div>',
         f'<h1 class="article-title">{esc(p["title"])}</h1>',
         '<div class="share-bar">' + " ".join(f'<a href="#">{esc(s)}</a>' for s in SHARE_GULF) + '</div>',
         f'<figure><img src="/media/{p["image"]}" alt=""><figcaption>{esc(p["caption"])}</figcaption></figure>',
         '<div class="article-body">']
    for x in p["paras"]:
        if isinstance(x, str):
            h.append(f'<p>{esc(x)}</p>')
        else:
            h.append(f'<aside class="read-also"><span>{esc(x[1])}</span> <a href="/news/r">{esc(x[2])}</a></aside>')
            bp += [x[1], x[2]]
    h.append('</div>')
    h.append('<div class="tags"><span>الوسوم:</span> ' + " ".join(f'<a href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(p["tags"])) + '</div>')
    bp += ["الوسوم:"] + p["tags"]
    h += ['</article>', '<section class="related"><h3>أخبار ذات صلة</h3><ul>']
    bp.append("أخبار ذات صلة")
    for i, (t, d) in enumerate(p["related"]):
        h.append(f'<li><a href="/news/rel{i}">{esc(t)}</a> <span class="date">{esc(d)}</span></li>')
        bp += [t, d]
    foot = [f"© 2024 {p['outlet']}. جميع الحقوق محفوظة", "من نحن", "اتصل بنا", "سياسة الخصوصية"]
    h += ['</ul></section>', '</main>', '<footer>', f'<p>{esc(foot[0])}</p>',
          " ".join(f'<a href="/p/{i}">{esc(f)}</a>' for i, f in enumerate(foot[1:])), '</footer>', '</body>', '</html>']
    return "\n".join(h) + "\n", bp + foot


def render_levant(p):
    crumbs = ["الرئيسية", p["section"]]
    bp = [p["today"]] + NAV_LEV + [p["dateline"], p["image"], p["caption"], "طباعة", "أرسل لصديق"]
    h = ['<html dir="rtl">', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         f'<title>{esc(p["outlet"])} - {esc(p["title"])}</title>', f'<link rel="canonical" href="{p["url"]}">',
         '</head>', '<body>', '<div class="topbar">', f'<span class="clock">{esc(p["today"])}</span>',
         f'<span class="logo">{esc(p["outlet"])}</span>', '</div>',
         '<div class="menu">' + " | ".join(f'<a href="/cat/{i}">{esc(n)}</a>' for i, n in enumerate(NAV_LEV)) + '</div>',
         '<ol class="breadcrumb">' + "".join(f'<li>{esc(c)}</li>' for c in crumbs) + '</ol>',
         '<div class="post">', f'<h2 class="post-title">{esc(p["title"])}</h2>',
         f'<span class="post-date">{esc(p["dateline"])}</span>',
         '<div class="tools"><a href="#">طباعة</a> <a href="#">أرسل لصديق</a></div>',
         f'<div class="pic"><img src="/uploads/{p["image"]}"><p class="caption">{esc(p["caption"])}</p></div>',
         '<div class="entry">']
    for x in p["paras"]:
        if isinstance(x, str):
            h.append(f'<p>{esc(x)}</p>')
        else:
            h.append(f'<div class="inline-related"><strong>{esc(x[1])}</strong><br><a href="/article/1">{esc(x[2])}</a></div>')
            bp += [x[1], x[2]]
    h.append('</div>')
    h.append('<div class="post-tags">' + " ".join(f'<a href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(p["tags"])) + '</div>')
    bp += p["tags"]
    h += ['</div>', '<div class="widget most-read"><h4>الأكثر قراءة</h4>']
    bp.append("الأكثر قراءة")
    for i, (t, d) in enumerate(p["related"]):
        h.append(f'<div class="item"><a href="/article/m{i}">{esc(t)}</a><small>{esc(d)}</small></div>')
        bp += [t, d]
    foot = ["اشترك في النشرة البريدية", f"جميع الحقوق محفوظة لـ{p['outlet']} 2024"]
    h += ['</div>', '<div class="footer">', f'<div class="newsletter">{esc(foot[0])}</div>',
          f'<div class="copy">{esc(foot[1])}</div>', '</div>', '</body>', '</html>']
    return "\n".join(h) + "\n", bp + foot


def render_maghreb(p):
    bp = [p["today"]] + NAV_MAG + [p["dateline"], p["image"], p["caption"], "شارك:", "فيسبوك", "تويتر", "واتساب"]
    h = ['<!doctype html>', '<html dir="rtl" lang="ar">', '<head>', '<meta charset="UTF-8">',
         f'<title>{esc(p["title"])} &#8211; {esc(p["outlet"])}</title>',
         f'<meta property="og:url" content="{p["url"]}">', f'<meta property="og:title" content="{p["title"]}">',
         '</head>', '<body class="single-post">', '<div id="page">', '<div class="header">',
         f'<div class="date-today">{esc(p["today"])}</div>', f'<a class="site-title" href="/">{esc(p["outlet"])}</a>',
         '<ul class="main-menu">' + "".join(f'<li><a href="/category/{i}/">{esc(n)}</a></li>' for i, n in enumerate(NAV_MAG)) + '</ul>',
         '</div>', '<div class="content">', f'<h1 class="entry-title" itemprop="headline">{esc(p["title"])}</h1>',
         f'<p class="entry-meta">{esc(p["dateline"])}</p>',
         '<div class="social"><span>شارك:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>',
         f'<img src="/wp-content/uploads/2024/09/{p["image"]}"><p class="wp-caption-text">{esc(p["caption"])}</p>',
         '<div class="entry-content" itemprop="articleBody">']
    for x in p["paras"]:
        if isinstance(x, str):
            h.append(f'<p>{esc(x)}</p>')
        else:
            h.append(f'<p class="also"><strong>{esc(x[1])}:</strong></p><p class="also"><a href="/r/">{esc(x[2])}</a></p>')
            bp += [x[1] + ":", x[2]]
    h.append('</div>')
    h.append('<div class="tags-links">' + "، ".join(f'<a rel="tag" href="/tag/{i}/">{esc(t)}</a>' for i, t in enumerate(p["tags"])) + '</div>')
    bp += p["tags"]
    h += ['<div class="related-posts"><h3>مقالات مشابهة</h3>']
    bp.append("مقالات مشابهة")
    for i, (t, d) in enumerate(p["related"]):
        h.append(f'<article><h4><a href="/r{i}/">{esc(t)}</a></h4><time>{esc(d)}</time></article>')
        bp += [t, d]
    foot = [f"© {p['outlet']} - جميع الحقوق محفوظة", "اتصل بنا", "شروط الاستخدام"]
    h += ['</div>', '</div>', '<div class="site-footer">', f'<p>{esc(foot[0])}</p>',
          f'<a href="/contact/">{esc(foot[1])}</a> <a href="/terms/">{esc(foot[2])}</a>', '</div>', '</div>',
          '</body>', '</html>']
    return "\n".join(h) + "\n", bp + foot


def render_dump(p):
    lines = [p["title"]] + p["before"]
    bp = [x for x in p["before"] if x.strip()]
    for x in p["paras"]:
        if isinstance(x, str):
            lines += [x, " "]
        else:
            line = f"{x[1]} {x[2]}"
            lines += [line, ""]
            bp.append(line)
    lines += p["after"]
    bp += [x for x in p["after"] if x.strip()]
    return "\n".join(lines) + "\n", bp


RENDER = {"gulf_jsonld": render_gulf, "levant_visible": render_levant, "maghreb_wp": render_maghreb}

AR_MONTHS = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
             "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "يناير": 1, "فبراير": 2,
             "مارس": 3, "أبريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6, "يوليو": 7, "يوليوز": 7, "أغسطس": 8,
             "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "أكتوبر": 10, "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12,
             "دجنبر": 12}
DATE_RE = re.compile(r"(\d{1,2}) (" + "|".join(sorted(AR_MONTHS, key=len, reverse=True)) + r") (\d{4})")


def strip(s):
    return HARAKAT.sub("", s)


def main() -> int:
    errors = []
    for sub in ("html", "dumps"):
        (CORPUS / sub).mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(GOLD.glob("*.json")) + list(CORPUS.glob("*/*")):
        old.unlink()
    for p in PAGES:
        if p["form"] == "html":
            text, bp = RENDER[p["template"]](p)
            rel = f"corpus/html/{p['file']}"
        else:
            text, bp = render_dump(p)
            rel = f"corpus/dumps/{p['file']}"
        (OUT / rel).write_text(text, encoding="utf-8")
        body = body_paras(p)
        bp = list(dict.fromkeys(b for b in bp if b.strip() and b != p["title"]))
        gold = {"id": p["id"], "match": {"file": p["file"]}, "form": p["form"],
                "source_file": f"tests/holdout2/{rel}", "template": p["template"], "url": p["url"],
                "title": p["title"], "body": body, "boilerplate": bp, "outlet": p["outlet"],
                "outlet_aliases": p["aliases"], "published_date": p["published"],
                "date_source": p["date_source"], "forbidden_dates": sorted(set(p["forbidden"])),
                "quoted": p["quoted"], "not_quoted": p["not_quoted"], "duplicate_group": None,
                "notes": p["notes"]}
        (GOLD / f"{p['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # self-check
        page = strip(htmlmod.unescape(text))
        checks = [("title", p["title"])] + [("body", b) for b in body] + [("boilerplate", b) for b in bp]
        checks += [("not_quoted", n) for n in p["not_quoted"]]
        for sp in p["quoted"]:
            checks += [("match", m) for m in sp["match"]] + [("says", s) for s in sp["says"]]
            for s in sp["says"]:
                if not any(strip(s) in strip(b) for b in body):
                    errors.append(f"{p['id']}: says not in a body line: {s}")
        for kind, s in checks:
            if strip(s) not in page:
                errors.append(f"{p['id']}: {kind} not in page: {s}")
        for b in bp:
            if b in body:
                errors.append(f"{p['id']}: line is both body and boilerplate: {b}")
        # every full visible date except the publication date must be forbidden
        digits = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
        for m in DATE_RE.finditer(page.translate(digits)):
            iso = f"{int(m.group(3)):04d}-{AR_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
            if iso != p["published"] and iso not in p["forbidden"]:
                errors.append(f"{p['id']}: visible date {iso} not forbidden")
        if p["published"] in p["forbidden"]:
            errors.append(f"{p['id']}: published date is forbidden")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"wrote {len(PAGES)} pages and gold files under {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
