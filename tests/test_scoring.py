"""The scorer follows the spec: overlap + equal value, greedy by overlap, one gold once, four levels."""

from __future__ import annotations

from extract.scoring import match, score


def fact(start, end, value, kind="percent", role="level", **extra):
    base = {"doc_id": "d", "start": start, "end": end, "text": "x", "kind": kind, "role": role, "direction": None,
            "value": value, "value_max": None, "out_of": None, "qualifier": "exact", "location": None,
            "period": None, "indicator": None}
    return {**base, **extra}


def levels(pred, gold):
    report = score({"d": pred}, {"d": gold}).as_dict()["levels"]
    return {lvl: (c["tp"], c["pred"], c["gold"]) for lvl, c in report.items()}


def test_overlap_and_value_are_both_needed():
    gold = [fact(10, 15, 49)]
    assert levels([fact(14, 20, 49)], gold)["L1"] == (1, 1, 1)       # one character of overlap is enough
    assert levels([fact(15, 20, 49)], gold)["L1"] == (0, 1, 1)       # touching is not overlapping
    assert levels([fact(10, 15, 49.0000001)], gold)["L1"] == (1, 1, 1)
    assert levels([fact(10, 15, 49.1)], gold)["L1"] == (0, 1, 1)


def test_each_gold_matches_once_greedily_by_largest_overlap():
    gold = [fact(10, 20, 5)]
    pred = [fact(18, 25, 5), fact(10, 19, 5)]
    assert match(pred, gold) == [(1, 0)]
    assert levels(pred, gold)["L1"] == (1, 2, 1)


def test_levels_add_conditions():
    gold = fact(0, 5, 21, kind="rank", role="change", direction="up", qualifier="exact", location="Bình Dương",
                period="2023")
    assert levels([{**gold, "direction": "down"}], [gold]) == {"L1": (1, 1, 1), "L2": (0, 1, 1), "L3": (0, 1, 1),
                                                               "L4": (0, 1, 1)}
    assert levels([{**gold, "qualifier": "gt"}], [gold])["L2"] == (1, 1, 1)
    assert levels([{**gold, "qualifier": "gt"}], [gold])["L3"] == (0, 1, 1)
    assert levels([{**gold, "period": "2024"}], [gold])["L3"] == (1, 1, 1)
    assert levels([{**gold, "period": "2024"}], [gold])["L4"] == (0, 1, 1)


def test_l4_ignores_fields_the_gold_leaves_empty():
    gold = fact(0, 5, 3, location="Việt Nam")
    assert levels([{**gold, "period": "2023", "indicator": "PCI"}], [gold])["L4"] == (1, 1, 1)


def test_per_kind_and_link_accuracy():
    gold = [fact(0, 3, 1, location="Huế"), fact(5, 9, 2, kind="count", location="Huế")]
    pred = [fact(0, 3, 1, location="Huế"), fact(5, 9, 2, kind="count", location="Đà Nẵng"), fact(20, 22, 7)]
    report = score({"d": pred}, {"d": gold})
    data = report.as_dict()
    assert data["by_kind"]["percent"]["L1"]["precision"] == 0.5
    assert data["by_kind"]["count"]["L4"]["tp"] == 0
    assert data["link_counts"]["location"] == {"correct": 1, "total": 2}
    assert [s["value"] for s in report.spurious] == [7]


def test_missing_documents_count_against_recall():
    data = score({}, {"d": [fact(0, 2, 1)]}).as_dict()["levels"]["L1"]
    assert (data["recall"], data["f1"]) == (0.0, 0.0)
