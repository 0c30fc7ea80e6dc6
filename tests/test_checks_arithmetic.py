"""Arithmetic inside one sentence: n/m against its percent, bounds, shares above 100%, parts above a total."""

from __future__ import annotations

import pytest
from checks_support import Article, F, build, results, run

from checks.core import FactRow, judge, stated_interval

BP = {"location": "Bình Phước", "province_now": "Đồng Nai", "period": "2024-04-04..2024-06-14"}

# The seed's three real ratios, in sentences written for this test.
SEED_RATIOS = (
    "Sau đợt cao điểm, tỉnh ghi nhận hơn 8.578/17.464 người được cấp căn cước, tức hơn 49%; "
    "số tài khoản định danh mức 2 được kích hoạt là 85.486/334.507 người, tương đương hơn 25%; "
    "còn 13.946/22.095 người đã đổi sang điện thoại thông minh, chiếm hơn 63%."
)


def seed_article(url: str, first_percent: str = "hơn 49%", first_value: float = 49) -> Article:
    sentence = SEED_RATIOS.replace("hơn 49%", first_percent)
    return Article(url, [(sentence, [
        F("hơn 8.578/17.464 người", "count", 8578, out_of=17464, qualifier="gt", unit="người"),
        F(first_percent, "percent", first_value, qualifier="gt" if first_percent.startswith("hơn") else "exact",
          unit="%"),
        F("85.486/334.507 người", "count", 85486, out_of=334507, unit="người"),
        F("hơn 25%", "percent", 25, qualifier="gt", unit="%"),
        F("13.946/22.095 người", "count", 13946, out_of=22095, unit="người"),
        F("hơn 63%", "percent", 63, qualifier="gt", unit="%"),
    ])], defaults=BP)


def test_seed_ratios_raise_no_alarm(tmp_path):
    db = tmp_path / "v.duckdb"
    ids = build(db, [seed_article("https://binhphuoc.example.vn/a")])
    run(db)
    rows = results(db, "ratio_percent")
    assert len(rows) == 3
    assert {r["status"] for r in rows} == {"ok"}
    first = next(r for r in rows if ids["https://binhphuoc.example.vn/a#hơn 49%"] in r["fact_ids"])
    assert first["compared"]["expected_percent"] == pytest.approx(49.118, abs=1e-3)
    assert "49,12%" in first["reason_vi"] and "49.12%" in first["reason_en"]


def test_wrong_percent_fails(tmp_path):
    db = tmp_path / "v.duckdb"
    ids = build(db, [seed_article("https://binhphuoc.example.vn/b", "hơn 59%", 59)])
    run(db)
    rows = {tuple(r["fact_ids"]): r for r in results(db, "ratio_percent")}
    bad = next(r for k, r in rows.items() if ids["https://binhphuoc.example.vn/b#hơn 59%"] in k)
    assert bad["status"] == "fail"
    assert "không khớp" in bad["reason_vi"] and "contradicts" in bad["reason_en"]
    assert sum(r["status"] == "ok" for r in rows.values()) == 2  # the other two pairs are unaffected


def _fact(text: str, kind: str, value: float, qualifier: str = "exact") -> FactRow:
    return FactRow(f"{text}|{value}|{qualifier}", "a", 0, len(text), text, kind, "level", None, value, None, None,
                   qualifier, None, None,
                   None, None, None, None, None, None, None, None, None, None)


@pytest.mark.parametrize(
    ("stated", "value", "qualifier", "actual", "status"),
    [
        ("49,1%", 49.1, "exact", 49.118, "ok"),      # rounding
        ("49,9%", 49.9, "exact", 49.96, "ok"),       # truncation, common on portals
        ("49,3%", 49.3, "exact", 49.118, "fail"),    # two units off at the stated precision
        ("49,2%", 49.2, "exact", 49.118, "warn"),    # one unit off: a rounding slip
        ("hơn 49%", 49, "gt", 49.118, "ok"),
        ("hơn 49%", 49, "gt", 48.9, "fail"),         # "more than" but less
        ("hơn 40%", 40, "gt", 49.118, "ok"),         # a loose bound is true (noted as understated)
        ("khoảng 50%", 50, "approx", 49.118, "ok"),
        ("khoảng 55%", 55, "approx", 49.118, "fail"),
        ("dưới 50%", 50, "lt", 49.118, "ok"),
        ("dưới 49%", 49, "lt", 49.118, "fail"),
    ],
)
def test_tolerance_respects_qualifier(stated, value, qualifier, actual, status):
    assert judge((actual, actual), _fact(stated, "percent", value, qualifier))[0] == status


def test_exact_counts_are_points_and_scaled_amounts_are_rounded():
    assert stated_interval(_fact("9", "rank", 9)) == (9, 9)
    lo, hi = stated_interval(_fact("2,1 triệu người", "count", 2_100_000), truncation=False)
    assert lo < 2_060_000 < 2_140_000 < hi


def test_rank_beyond_its_out_of_fails_and_a_valid_one_is_silent(tmp_path):
    db = tmp_path / "v.duckdb"
    sentence = "Năm 2023 tỉnh xếp thứ 70/63 về chỉ số A, còn chỉ số B xếp thứ 9/63 và đạt 35/39 chỉ tiêu."
    ids = build(db, [Article("https://x.example.vn/r", [(sentence, [
        F("thứ 70/63", "rank", 70, out_of=63), F("thứ 9/63", "rank", 9, out_of=63),
        F("35/39 chỉ tiêu", "count", 35, out_of=39, unit="chỉ tiêu"),
    ])])])
    run(db)
    rows = results(db, "out_of_bounds")
    assert [r["fact_ids"] for r in rows] == [[ids["https://x.example.vn/r#thứ 70/63"]]]
    assert rows[0]["status"] == "fail" and "vượt" not in rows[0]["reason_vi"].split(":")[0]


def test_share_above_100_fails_but_plan_ratios_and_growth_do_not(tmp_path):
    db = tmp_path / "v.duckdb"
    ids = build(db, [Article("https://x.example.vn/p", [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 112% trong quý.", [F("112%", "percent", 112, unit="%")]),
        ("Thu ngân sách ước đạt 118% dự toán năm.", [F("118%", "percent", 118, unit="%")]),
        ("Giá trị sản xuất công nghiệp tăng 120% so với cùng kỳ.",
         [F("120%", "percent", 120, role="change", direction="up", unit="%")]),
        ("Kết quả phân loại: 104% đơn vị hoàn thành.", [F("104%", "percent", 104, unit="%")]),
    ])])
    run(db)
    rows = {r["fact_ids"][0]: r for r in results(db, "percent_share")}
    assert set(rows) == {ids["https://x.example.vn/p#112%"], ids["https://x.example.vn/p#104%"]}
    assert rows[ids["https://x.example.vn/p#112%"]]["status"] == "fail"  # "tỷ lệ": certainly a share
    assert rows[ids["https://x.example.vn/p#104%"]]["status"] == "warn"


def test_parts_above_total(tmp_path):
    db = tmp_path / "v.duckdb"
    c = {"kind": "count", "unit": "hồ sơ"}
    ids = build(db, [Article("https://x.example.vn/t", [
        ("Trung tâm tiếp nhận 120 hồ sơ, trong đó 80 hồ sơ trực tuyến và 30 hồ sơ qua bưu chính.",
         [F("120 hồ sơ", value=120, **c), F("80 hồ sơ", value=80, **c), F("30 hồ sơ", value=30, **c)]),
        ("Huyện tiếp nhận 50 hồ sơ, trong đó 70 hồ sơ trực tuyến.",
         [F("50 hồ sơ", value=50, **c), F("70 hồ sơ", value=70, **c)]),
        ("Xã tiếp nhận 40 hồ sơ, gồm 25 hồ sơ đất đai và 20 hồ sơ hộ tịch.",
         [F("40 hồ sơ", value=40, **c), F("25 hồ sơ", value=25, **c), F("20 hồ sơ", value=20, **c)]),
    ])])
    run(db)
    by_total = {}
    for r in results(db, "parts_total"):
        for key in ("120 hồ sơ", "50 hồ sơ", "40 hồ sơ"):
            if ids[f"https://x.example.vn/t#{key}"] in r["fact_ids"]:
                by_total[key] = r
    assert by_total["120 hồ sơ"]["status"] == "ok"
    assert by_total["50 hồ sơ"]["status"] == "fail"
    assert by_total["40 hồ sơ"]["status"] == "warn" and by_total["40 hồ sơ"]["compared"]["parts_sum"] == 45


def test_percent_about_something_else_is_not_paired(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [Article("https://x.example.vn/q", [
        ("Có 29/34 tỉnh có tốc độ tăng trưởng trên 7% trong năm.",
         [F("29/34 tỉnh", "count", 29, out_of=34, unit="tỉnh"), F("trên 7%", "percent", 7, qualifier="gt")]),
        ("Đã có 7/19 bộ làm xong 100% phương án được giao.",
         [F("7/19 bộ", "count", 7, out_of=19, unit="bộ"), F("100%", "percent", 100)]),
        ("Kết quả đạt 49,1% (8.578/17.464 người).",
         [F("49,1%", "percent", 49.1), F("8.578/17.464 người", "count", 8578, out_of=17464, unit="người")]),
    ])])
    run(db)
    rows = results(db, "ratio_percent")
    assert [(r["compared"]["numerator"], r["status"]) for r in rows] == [(8578, "ok")]  # restated in brackets
