"""Near-duplicate recall and false links on the generated test set (tests/dedup/fixtures), and the
natural pairs of ../shared/dev/real as the gold groups them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsetl.dedup.index import DEFAULT_THRESHOLD, DedupIndex, deduplicate
from tests.dedup.fixtures.variants import as_article, build_case, gold_groups, real_bodies, score


@pytest.fixture(scope="module")
def case(shared: Path) -> list:  # type: ignore[type-arg]
    return build_case(shared)


def test_every_near_copy_links_and_no_false_link(case: list) -> None:  # type: ignore[type-arg]
    kept, refused = deduplicate([as_article(d) for d in case], DedupIndex(DEFAULT_THRESHOLD))
    assert not refused
    recall, false, expected = score(case, kept)
    print(f"generated set: docs={len(case)} pairs={expected} dup_recall={recall} dup_false_links={false}")
    assert expected > 150
    assert recall == 1.0
    assert false == 0


@pytest.mark.parametrize("threshold", [0.4, 0.6])
def test_threshold_has_margin_on_both_sides(case: list, threshold: float) -> None:  # type: ignore[type-arg]
    kept, _ = deduplicate([as_article(d) for d in case], DedupIndex(threshold))
    assert score(case, kept)[:2] == (1.0, 0)


def test_canonical_is_earliest_then_longest(case: list) -> None:  # type: ignore[type-arg]
    kept, _ = deduplicate([as_article(d) for d in case], DedupIndex())
    by_id = {a.article_id: a for a in kept}
    for a in kept:
        if a.duplicate_of:
            c = by_id[a.duplicate_of]
            assert c.duplicate_of is None
            assert c.published_date is not None and a.published_date is not None
            assert (c.published_date, -len(c.text)) <= (a.published_date, -len(a.text))
            assert a.similarity is not None and 0 < a.similarity <= 1


def test_real_pairs_link_only_as_gold_groups_them(shared: Path) -> None:
    bodies, groups = real_bodies(shared), gold_groups(shared)
    from tests.dedup.fixtures.variants import Doc
    docs = [Doc(n, "\n".join(b), groups.get(n) or f"g:{n}", f"https://{n.replace('_', '-')}.example/x", None)
            for n, b in bodies.items()]
    kept, _ = deduplicate([as_article(d) for d in docs], DedupIndex())
    recall, false, expected = score(docs, kept)
    assert expected == 3  # mekdad, baloul, sisi/putin; saymar/masress and eldorar/al-arabe are apart
    assert (recall, false) == (1.0, 0)
