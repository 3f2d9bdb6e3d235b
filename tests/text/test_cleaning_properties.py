"""Property tests: cleaning is idempotent, never adds text, keeps paragraph order."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsetl.extract.textdump import extract_text_dump
from newsetl.text.segment import segment

BODY = [
    "افتتح وزير الزراعة اليوم الأحد معرض التمور السنوي بمشاركة أكثر من مئتي شركة محلية ودولية.",
    "وقال الوزير في كلمته إن القطاع يشهد نموا كبيرا في الصادرات خلال السنوات الأخيرة.",
    "وأضاف أن الوزارة ستطلق برنامجا لدعم المزارعين الصغار في المناطق الريفية.",
    "وهذا ما لم يحدث.",
    "وبحث الجانبان الملفات ذات صلة بالتعاون الزراعي وتبادل الخبرات بين البلدين.",
    "وقال المدير: «سنفتتح المصنع الجديد في 12 مارس 2024 بحضور المحافظ».",
    "(رويترز) – قالت الشركة إن أرباحها ارتفعت بنسبة عشرين في المئة خلال الربع الأول من العام.",
    "الرياض - الصوت نيوز: أعلنت الهيئة العامة للإحصاء ارتفاع معدل التضخم إلى ثلاثة في المئة.",
    "وأضاف الوزير أن الحكومة ستعمل على تو",
]
CHROME = [
    "عاجل", "اقرأ أيضا", "اقرأ أيضاً: ارتفاع أسعار القهوة عالميا", "مقالات ذات صلة", "اترك تعليقاً", "+A",
    "وكالات", "كتب: سامي يوسف", "الأحد 3 مارس 2024 - 10:15", "IMG_1.jpg", "45", "أخبار محلية",
    "الصوت الحر | وزير الزراعة يفتتح معرض التمور", "وزير الزراعة يفتتح معرض التمور", "منشورات شائعة",
]
ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ،.:-«»0123456789")),
                 min_size=1, max_size=120)
LINE = st.one_of(st.sampled_from(BODY), st.sampled_from(CHROME), ARABIC)
LINES = st.lists(LINE, min_size=1, max_size=14)


def _dump(lines: list[str]) -> str:
    return "\n".join(lines)


def _is_subsequence_with_suffixes(out: list[str], inp: list[str]) -> bool:
    """Every output line is an input line (or a suffix of one, after a cut prefix), in order."""
    it = iter(inp)
    return all(any(src == o or src.endswith(o) for src in it) for o in out)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_never_adds_text_and_keeps_order(lines: list[str]) -> None:
    ex = extract_text_dump(_dump(lines))
    inp = [" ".join(x.split()) for x in lines if x.strip()]
    assert _is_subsequence_with_suffixes(list(ex.paragraphs), inp)
    if ex.title:
        assert any(ex.title in x for x in inp)


@settings(max_examples=150, deadline=None)
@given(LINES)
@example(["افتتح وزير الزراعة اليوم الأحد معرض التمور السنوي بمشاركة أكثر من مئتي شركة محلية ودولية."] * 2
         + ["وأضاف الوزير أن الحكومة ستعمل على تو", "اقرأ أيضاً: ارتفاع أسعار القهوة عالميا",
            "الصوت الحر | وزير الزراعة يفتتح معرض التمور"])  # a read-also line once split a trailing run
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    ex = extract_text_dump(_dump(lines))
    again = segment(list(ex.paragraphs), ex.title)
    assert again.body == list(ex.paragraphs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(BODY[:6]), min_size=1, max_size=6, unique=True))
def test_real_paragraphs_survive_chrome_around_them(body: list[str]) -> None:
    lines = ["الصوت الحر | وزير الزراعة يفتتح معرض التمور", "عاجل", "وزير الزراعة يفتتح معرض التمور",
             "الأحد 3 مارس 2024 - 10:15", *body, "وكالات", "مقالات ذات صلة", "ارتفاع أسعار القهوة عالميا"]
    ex = extract_text_dump(_dump(lines))
    assert ex.title == "وزير الزراعة يفتتح معرض التمور"
    assert list(ex.paragraphs) == body
