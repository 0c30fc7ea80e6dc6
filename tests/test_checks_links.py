"""Checks that link facts across sentences and articles: implied earlier levels, conflicts, targets."""

from __future__ import annotations

from checks_support import Article, F, build, results, run

BD = {"location": "Bình Dương", "province_now": "Hồ Chí Minh", "indicator": "INDEX_766", "subject": "Bộ chỉ số 766"}

# The real 2023 result of Bình Dương on Bộ chỉ số 766, in a sentence written for the test.
RESULT_2023 = ("Kết quả cả năm 2023 cho thấy Bình Dương đạt 79,92 điểm và đứng thứ 9/63, tăng 16,2 điểm cùng "
               "21 hạng so với kết quả 6 tháng đầu năm.")


def year_article(url: str = "https://bd.example.vn/2023") -> Article:
    return Article(url, [(RESULT_2023, [
        F("79,92 điểm", "score", 79.92, unit="điểm", period="2023"),
        F("thứ 9/63", "rank", 9, out_of=63, period="2023"),
        F("16,2 điểm", "score", 16.2, role="change", direction="up", unit="điểm", period="2023"),
        F("21 hạng", "rank", 21, role="change", direction="up", unit="hạng", period="2023"),
    ])], defaults=BD)


def half_article(rank: float, score: str, score_value: float, url: str = "https://bd.example.vn/h1") -> Article:
    sentence = f"Sáu tháng đầu năm 2023, tỉnh Bình Dương được {score} và xếp hạng {rank:g}/63 về Bộ chỉ số 766."
    return Article(url, [(sentence, [
        F(score, "score", score_value, unit="điểm", period="2023-H1"),
        F(f"{rank:g}/63", "rank", rank, out_of=63, period="2023-H1"),
    ])], source="src-b", published="2023-07-20T09:00:00+07:00", defaults=BD)


def test_implied_rank_recorded_without_anything_to_compare(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [year_article()])
    run(db)
    rows = {r["compared"]["implied"]: r for r in results(db, "implied_level")}
    assert set(rows) == {30, 63.72}  # 9 + 21 (up means a smaller rank number), 79,92 - 16,2
    assert rows[30]["status"] == "ok" and rows[30]["compared"]["implied_period"] == "2023-H1"
    assert rows[30]["compared"]["stored"] == []


def test_implied_level_matches_stored_first_half(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [year_article(), half_article(30, "63,72 điểm", 63.72)])
    run(db, all_articles=True)
    rows = [r for r in results(db, "implied_level") if r["compared"]["stored"]]
    assert len(rows) == 2 and {r["status"] for r in rows} == {"ok"}


def test_implied_level_contradicted_by_stored_first_half(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [year_article(), half_article(25, "60,1 điểm", 60.1)])
    run(db)
    rows = {r["compared"]["implied"]: r for r in results(db, "implied_level") if r["compared"]["stored"]}
    assert rows[30]["status"] == "fail" and "25/63" in rows[30]["reason_vi"]
    assert rows[63.72]["status"] == "fail"


def test_implied_rank_outside_the_table_fails(tmp_path):
    db = tmp_path / "v.duckdb"
    sentence = "Năm nay tỉnh đứng thứ 50/63 về chuyển đổi số, tăng 20 bậc so với năm 2022."
    build(db, [Article("https://x.example.vn/dti", [(sentence, [
        F("thứ 50/63", "rank", 50, out_of=63, period="2023", indicator="DTI", location="Bình Dương"),
        F("20 bậc", "rank", 20, role="change", direction="up", period="2023", indicator="DTI",
          location="Bình Dương"),
    ])])])
    run(db)
    [row] = results(db, "implied_level")
    assert row["status"] == "fail" and row["compared"]["implied"] == 70 and row["compared"]["implied_period"] == "2022"


def _rank_article(url: str, source: str, rank: int, location: str = "Quảng Ninh", place: str | None = None,
                  province_now: str | None = None, published: str = "2024-04-18T10:00:00+07:00") -> Article:
    sentence = f"Theo công bố, chỉ số cải cách hành chính năm 2023 của địa phương xếp thứ {rank}/63."
    return Article(url, [(sentence, [F(f"thứ {rank}/63", "rank", rank, out_of=63, indicator="PAR_INDEX",
                                       location=location, place=place, province_now=province_now,
                                       period="2023")])], source=source, published=published)


def test_conflicting_ranks_from_two_sources_fail(tmp_path):
    db = tmp_path / "v.duckdb"
    ids = build(db, [_rank_article("https://a.example.vn/1", "src-a", 1),
                     _rank_article("https://b.example.vn/2", "src-b", 2)])
    run(db)
    [row] = results(db, "conflict")
    assert row["status"] == "fail" and row["compared"]["cross_source"] is True
    assert set(row["fact_ids"]) == {ids["https://a.example.vn/1#thứ 1/63"], ids["https://b.example.vn/2#thứ 2/63"]}


def test_agreeing_reports_across_old_and_new_names_are_corroborated(tmp_path):
    db = tmp_path / "v.duckdb"
    # A 2024 article names Bình Dương; a late-2025 one writes about the former province inside Hồ Chí Minh.
    build(db, [
        _rank_article("https://a.example.vn/1", "src-a", 9, location="Bình Dương", province_now="Hồ Chí Minh"),
        _rank_article("https://b.example.vn/2", "src-b", 9, location="Hồ Chí Minh", place="Bình Dương",
                      province_now="Hồ Chí Minh", published="2025-09-01T08:00:00+07:00"),
        _rank_article("https://c.example.vn/3", "src-c", 12, location="Hồ Chí Minh", province_now="Hồ Chí Minh"),
    ])
    run(db)
    rows = results(db, "conflict")
    assert [r["status"] for r in rows] == ["ok"]  # the old Hồ Chí Minh city (rank 12) is another place
    assert rows[0]["compared"]["articles"] == 2 and rows[0]["compared"]["location"] == "Bình Dương"


def test_conflict_row_is_replaced_when_a_third_article_arrives(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_rank_article("https://a.example.vn/1", "src-a", 1),
               _rank_article("https://b.example.vn/2", "src-b", 2)])
    run(db)
    build(db, [_rank_article("https://c.example.vn/3", "src-c", 1)])
    run(db)  # only the new article is pending; the group it joins is recomputed
    rows = results(db, "conflict")
    assert len(rows) == 1 and len(rows[0]["fact_ids"]) == 3


SATISFACTION = {"location": "Bà Rịa - Vũng Tàu", "period": "2023", "unit": "%"}


def _target_article(level: str, level_value: float, words: str, target: str = "87%", target_value: float = 87,
                    url: str = "https://brvt.example.vn/t") -> Article:
    sentence = f"Mức hài lòng của người dân năm 2023 đạt {level}, {words} chỉ tiêu Hội đồng nhân dân giao ({target})."
    return Article(url, [(sentence, [
        F(level, "percent", level_value, subject="tỷ lệ hài lòng của người dân", **SATISFACTION),
        F(target, "percent", target_value, role="target",
          subject="chỉ tiêu HĐND giao về tỷ lệ hài lòng của người dân", **SATISFACTION),
    ])], defaults={"province_now": "Hồ Chí Minh"})


def test_exceeded_claim_consistent(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_target_article("87,06%", 87.06, "vượt")])
    run(db)
    [row] = results(db, "target")
    assert row["status"] == "ok" and row["compared"]["claim"] == "exceeded" and row["compared"]["met"] is True


def test_exceeded_claim_contradicted(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_target_article("86,5%", 86.5, "vượt")])
    run(db)
    [row] = results(db, "target")
    assert row["status"] == "fail" and "trái với" in row["reason_vi"] and "contrary" in row["reason_en"]


def test_target_missed_without_claim_warns_and_ceiling_targets_invert(tmp_path):
    db = tmp_path / "v.duckdb"
    missed = _target_article("85%", 85, "so với", url="https://brvt.example.vn/m")
    poverty = Article("https://x.example.vn/p", [(
        "Tỷ lệ hộ nghèo cuối năm 2023 còn 1,2%, mục tiêu là dưới 1,5%.",
        [F("1,2%", "percent", 1.2, subject="tỷ lệ hộ nghèo"),
         F("dưới 1,5%", "percent", 1.5, role="target", qualifier="lt", subject="tỷ lệ hộ nghèo")],
    )], defaults={"location": "Quảng Ninh", "period": "2023"})
    build(db, [missed, poverty])
    run(db)
    rows = {r["compared"]["target"]: r for r in results(db, "target")}
    assert rows[87]["status"] == "warn" and rows[87]["compared"]["outcome"] == "worse"
    assert rows[1.5]["status"] == "ok" and rows[1.5]["compared"]["lower_is_better"] is True


def test_target_from_another_article_by_subject(tmp_path):
    db = tmp_path / "v.duckdb"
    plan = Article("https://brvt.example.vn/plan", [(
        "Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
        [F("98%", "percent", 98, role="target", subject="tỷ lệ hồ sơ giải quyết đúng hạn")])],
        defaults={"location": "Bà Rịa - Vũng Tàu", "period": "2023"}, published="2023-01-10T08:00:00+07:00")
    result = Article("https://brvt.example.vn/result", [(
        "Cả năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,1%, vượt kế hoạch.",
        [F("97,1%", "percent", 97.1, subject="tỷ lệ hồ sơ giải quyết đúng hạn")])],
        defaults={"location": "Bà Rịa - Vũng Tàu", "period": "2023"}, source="src-b")
    build(db, [plan, result])
    run(db)
    [row] = results(db, "target")
    assert row["status"] == "fail" and row["compared"]["claim"] == "exceeded"


def test_bounds_imply_no_earlier_level(tmp_path):
    db = tmp_path / "v.duckdb"
    sentence = "Năm 2023 thành phố vào tốp 10 về chuyển đổi số, tăng 18 bậc so với năm 2022."
    build(db, [Article("https://x.example.vn/top", [(sentence, [
        F("tốp 10", "rank", 10, qualifier="lte", period="2023", indicator="DTI", location="Hà Nội"),
        F("18 bậc", "rank", 18, role="change", direction="up", period="2023", indicator="DTI", location="Hà Nội"),
    ])])])
    run(db)
    assert results(db, "implied_level") == []


def test_counts_under_an_index_and_bounds_do_not_conflict(tmp_path):
    db = tmp_path / "v.duckdb"
    pci = {"indicator": "PCI", "location": "Việt Nam", "period": "2023"}
    build(db, [
        Article("https://a.example.vn/1", [("Khảo sát PCI năm nay lấy ý kiến 10.590 doanh nghiệp.", [
            F("10.590 doanh nghiệp", "count", 10590, unit="doanh nghiệp", subject="doanh nghiệp được khảo sát",
              **pci)])]),
        Article("https://b.example.vn/2", [("Có 1.200 doanh nghiệp FDI trả lời phiếu PCI.", [
            F("1.200 doanh nghiệp", "count", 1200, unit="doanh nghiệp", subject="doanh nghiệp FDI trả lời", **pci)])],
            source="src-b"),
        _rank_article("https://c.example.vn/3", "src-c", 9),
        Article("https://d.example.vn/4", [("Quảng Ninh tiếp tục ở nhóm 10 tỉnh dẫn đầu về cải cách hành chính.", [
            F("nhóm 10", "rank", 10, qualifier="lte", indicator="PAR_INDEX", location="Quảng Ninh",
              period="2023")])], source="src-d"),
    ])
    run(db)
    assert [r["status"] for r in results(db, "conflict")] == ["ok"]  # rank 9 is within "nhóm 10"
    # The same subject and unit in another article with another number is a conflict.
    build(db, [Article("https://e.example.vn/5", [("Năm nay có 9.870 doanh nghiệp tham gia khảo sát PCI.", [
        F("9.870 doanh nghiệp", "count", 9870, unit="doanh nghiệp", subject="doanh nghiệp được khảo sát",
          **pci)])], source="src-e")])
    run(db)
    assert sorted(r["status"] for r in results(db, "conflict")) == ["fail", "ok"]
