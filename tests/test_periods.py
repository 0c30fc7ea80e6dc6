"""Time expressions -> contract period strings (own sentences, not the shared corpus)."""

from datetime import date

import pytest

from extract.linking.periods import find_periods, implied_by_comparison, resolve_implicit
from extract.normalize import normalize_for_matching

PUB = date(2024, 7, 15)


def _values(text: str, published: date | None = PUB) -> list[tuple[str | None, bool]]:
    out = []
    for p in find_periods(normalize_for_matching(text), published=published):
        pm = resolve_implicit(p, None, published) if p.implicit_year else p
        out.append((pm.value if pm else None, p.comparison))
    return out


@pytest.mark.parametrize(("text", "value"), [
    ("Trong năm 2023, tỉnh đã tiếp nhận hồ sơ", "2023"),
    ("6 tháng đầu năm 2024, thu ngân sách đạt", "2024-H1"),
    ("sáu tháng cuối năm 2023 tăng", "2023-H2"),
    ("quý I/2024 tăng trưởng", "2024-Q1"),
    ("quý III năm 2023", "2023-Q3"),
    ("tháng 5/2024 xuất khẩu", "2024-05"),
    ("9 tháng đầu năm 2025 thu hút", "2025-01..2025-09"),
    ("Năm tháng đầu năm 2025, tỉnh thu hút", "2025-01..2025-05"),
    ("từ ngày 1-3-2024 đến ngày 30-4-2024 đã cấp", "2024-03-01..2024-04-30"),
    ("giai đoạn 2021-2025 phấn đấu", "2021..2025"),
    ("trong 5 năm liền (2019-2023) dẫn đầu", "2019..2023"),
    ("tính đến ngày 31/12/2023 toàn tỉnh có", "2023-12-31"),
    ("từ tháng 3 đến tháng 6/2024 đã", "2024-03..2024-06"),
    # an index's edition named by its acronym and year
    ("EGDI 2022: Thái Lan giữ vị trí thứ hai", "2022"),
    ("Chỉ số DDCI 2024 của các sở", "2024"),
    # a reading at the year's end
    ("tăng 3 bậc so với thời điểm cuối năm 2022", "2022-12-31"),
    ("So với cuối năm 2023, dư nợ tăng", "2023-12-31"),
])
def test_explicit_forms(text: str, value: str) -> None:
    assert value in [v for v, _ in _values(text)]


def test_relative_years_use_publication_date() -> None:
    assert ("2024", False) in _values("năm nay tỉnh phấn đấu")
    assert ("2023", False) in _values("năm ngoái tỉnh đạt")
    assert ("2025", False) in _values("năm tới sẽ triển khai")


def test_implicit_year_from_publication() -> None:
    assert _values("6 tháng đầu năm, GRDP tăng")[0][0] == "2024-H1"
    # "quý IV" read in a February article is last year's quarter.
    assert _values("quý IV tăng 7%", date(2025, 2, 3))[0][0] == "2024-Q4"


def test_comparison_bases_are_marked() -> None:
    vals = _values("tăng 4 bậc so với năm 2022")
    assert vals == [("2022", True)]
    assert _values("tăng 5% so với cùng kỳ")[0][1] is True


def test_comparison_year_implies_next_year_capped_by_publication() -> None:
    pm = find_periods(normalize_for_matching("tăng 2 bậc so với năm 2022"), published=date(2024, 1, 1))[0]
    assert implied_by_comparison(pm, date(2024, 1, 1)) == "2023"
    assert implied_by_comparison(pm, date(2022, 6, 1)) is None


@pytest.mark.parametrize("text", [
    "Quyết định số 2071/QĐ-UBND", "Nghị quyết 103/2023/QH15", "đạt 2.024 hồ sơ", "sau 3 tháng triển khai",
])
def test_not_periods(text: str) -> None:
    assert [v for v, _ in _values(text)] == []


def test_as_of_now_has_no_date() -> None:
    pms = find_periods(normalize_for_matching("đến nay đã có 500 doanh nghiệp"), published=PUB)
    assert pms[0].kind == "asof_unknown" and pms[0].value is None


@pytest.mark.parametrize(("text", "value", "published"), [
    ("giai đoạn 01/3 - 15/3/2024 có 12 nghị định", "2024-03-01..2024-03-15", PUB),
    ("Lũy kế đến cuối năm 2023, toàn tỉnh có 300 dự án", "2023-12-31", PUB),
    ("Tính đến hết tháng 9/2024, toàn tỉnh có", "2024-09-30", date(2024, 10, 20)),
    ("trong hai kỳ đánh giá 2021 và 2023, tỉnh cùng giữ", "2021..2023", PUB),
    # (the months run up to that point, as "9 tháng đầu năm 2024" is: the Conventions date flows over them so)
    ("Kết quả sau 9 tháng đầu năm 2024: cấp 120 nghìn tài khoản", "2024-01..2024-09", date(2024, 10, 20)),
    ("sau 10 tháng năm 2025, Hải Phòng thu hút hơn 3,2 tỷ USD", "2025-01..2025-10", date(2025, 11, 12)),
    ("Sau 6 tháng đầu năm 2024, tỉnh cấp", "2024-H1", date(2024, 7, 12)),
    ("Tính chung cả năm, xuất khẩu tăng", "2023", date(2024, 1, 8)),
    ("từ đầu năm đến ngày 30/9/2025, thành phố tiếp nhận", "2025-01-01..2025-09-30", date(2025, 10, 30)),
    ("Từ đầu năm đến hết ngày 15/6, tỉnh cấp", "2025-01-01..2025-06-15", date(2025, 7, 2)),
    # a month run without its year; the end of a quarter or month, past or still ahead; a day "từ nay đến"
    ("Từ tháng 1 đến tháng 9, tỉnh thu hút 4 dự án", "2024-01..2024-09", date(2024, 10, 8)),
    ("Hồi cuối quý I, cả nước giải ngân 9,53%", "2025-03-31", date(2025, 10, 28)),
    ("đến hết quý III/2024, toàn tỉnh giải ngân", "2024-09-30", date(2024, 11, 1)),
    ("vào cuối tháng 3, tỷ lệ này mới đạt 9,53%", "2025-03-31", date(2025, 10, 28)),
    ("Đến hết tháng 11, không xã nào dưới 75%", "2025-11-30", date(2025, 10, 28)),
    ("Từ nay đến ngày 31/12, phải thu thêm 3.000 tỷ đồng", "2025-12-31", date(2025, 10, 29)),
    ("Từ đầu năm đến hết tháng 8, tỉnh thu hút 243 dự án", "2025-01..2025-08", date(2025, 9, 6)),
])
def test_round2_forms(text: str, value: str, published: date) -> None:
    assert value in [v for v, _ in _values(text, published)]


def test_comparison_lookback_stops_at_a_line_break() -> None:
    # a heading "… cao nhất vùng" must not turn the next paragraph's opening year into a record base
    vals = _values("Tăng trưởng cao nhất vùng\n\nNăm 2023, tỉnh đạt 50 tỷ đồng")
    assert vals == [("2023", False)]


def test_same_month_last_year_is_a_comparison_base() -> None:
    pms = find_periods(normalize_for_matching("tăng 12% so với cùng tháng năm trước"), published=PUB)
    assert [(p.kind, p.comparison) for p in pms] == [("comparison", True)]


def test_record_and_since_are_not_bases_that_imply_a_year() -> None:
    rec = find_periods(normalize_for_matching("tăng 9,1%, cao nhất kể từ năm 2019"), published=PUB)[0]
    since = find_periods(normalize_for_matching("Kể từ năm 2010, đã có 20 nghìn lượt"), published=PUB)[0]
    assert (rec.kind, since.kind) == ("record", "since")
    assert implied_by_comparison(rec, PUB) is None and implied_by_comparison(since, PUB) is None


def test_streaks_and_meeting_labels_are_marked() -> None:
    pms = find_periods(normalize_for_matching("dẫn đầu năm thứ năm liên tiếp (2019-2023)"), published=PUB)
    assert [(p.kind, p.streak, p.value) for p in pms] == [("streak", 5, None), ("streak_span", None, "2019..2023")]
    ev = find_periods(normalize_for_matching("Phiên họp thường kỳ tháng 9 đánh giá"), published=PUB)
    assert [p.kind for p in ev] == ["event"]


def test_record_since_ever_is_no_undated_stock() -> None:
    kinds = [p.kind for p in find_periods(normalize_for_matching("mức cao nhất từ trước tới nay, tăng 2%"),
                                          published=PUB)]
    assert "asof_unknown" not in kinds
    kinds = [p.kind for p in find_periods(normalize_for_matching("tính đến nay đã có 120 hồ sơ"), published=PUB)]
    assert "asof_unknown" in kinds


def test_a_deadline_without_its_year_lies_ahead() -> None:
    # published 15 July 2024: "trước ngày 30/6" is next June's deadline, "ngày 30/6" alone a past day
    assert _values("Mục tiêu hoàn thành trước ngày 30/6 năm sau")[0] == ("2025-06-30", False)
    assert _values("Hạn chót ngày 15/9 để nộp hồ sơ")[0] == ("2024-09-15", False)
    assert _values("Ngày 30/6, tỉnh tổ chức hội nghị")[0] == ("2024-06-30", False)


def test_an_implicit_year_of_a_goal_is_not_pushed_back_to_last_year() -> None:
    from extract.linking.periods import find_periods, resolve_implicit
    (q4,) = find_periods("phấn đấu quý iv tăng trưởng", published=date(2024, 10, 8))
    assert resolve_implicit(q4, None, date(2024, 10, 8)).value == "2023-Q4"
    assert resolve_implicit(q4, None, date(2024, 10, 8), ahead=True).value == "2024-Q4"


@pytest.mark.parametrize(("text", "published", "value"), [
    # the month, part or year still running when the article is read is this year's, read to date
    ("đến giữa tháng 9, toàn quốc đã kích hoạt", date(2025, 9, 18), "2025-09"),
    ("kim ngạch xuất khẩu cả năm đạt 16,08 tỷ usd", date(2025, 12, 12), "2025"),
    ("ước 9 tháng đầu năm, thu ngân sách đạt", date(2025, 9, 15), "2025-01..2025-09"),
    # one that has ended is last year's
    ("quý i, tỉnh thu hút", date(2025, 1, 6), "2024-Q1"),
    ("tháng 9, tỉnh thu hút", date(2025, 1, 6), "2024-09"),
])
def test_an_implicit_year_of_a_part_still_running_is_this_years(text: str, published: date, value: str) -> None:
    (pm,) = [p for p in find_periods(text, published=published) if p.implicit_year]
    assert resolve_implicit(pm, None, published).value == value


def test_weeks_of_a_month_take_the_range_the_article_gives_them() -> None:
    text = normalize_for_matching(
        "Tuần thứ 2 tháng 3: Xã A đạt 90 điểm. Trong tuần thứ 2 tháng 3/2025 (từ ngày 10 đến 16/3/2025), xã đạt "
        "90 điểm. So với tuần thứ 1 (88 điểm), xã tăng 2 điểm. Tuần thứ hai liên tiếp xã dẫn đầu.")
    weeks = [p for p in find_periods(text, published=date(2025, 3, 18)) if text[p.start:p.end].startswith("tuần")]
    assert [p.value for p in weeks] == ["2025-03-10..2025-03-16", "2025-03-10..2025-03-16",
                                        "2025-03-03..2025-03-09"]
    assert weeks[2].comparison


def test_an_undated_week_labels_nothing() -> None:
    text = normalize_for_matching("Bộ chỉ số 766 tuần 11: tỉnh đạt 80 điểm; tuần 03/2024 tỉnh đạt 83 điểm.")
    pers = find_periods(text, published=date(2025, 3, 18))
    assert all(p.value is None for p in pers if text[p.start:p.end].startswith("tuần"))


def test_a_horizon_of_several_years_is_not_next_year() -> None:
    assert _values("dự định mở rộng sản xuất trong ba năm tới") == []
    assert ("2025", False) in _values("năm tới tỉnh phấn đấu")


def test_a_month_end_base_is_a_dated_comparison() -> None:
    text = normalize_for_matching("So với cuối tháng 3/2025, tỷ lệ này tăng thêm 2,4 điểm phần trăm.")
    (pm,) = find_periods(text, published=date(2025, 7, 10))
    assert (pm.value, pm.kind, pm.comparison) == ("2025-03-31", "asof", True)


def test_the_rank_kept_from_last_year_is_a_comparison_base() -> None:
    text = normalize_for_matching("Cần Thơ xếp thứ 5 với 88,2%, giữ nguyên vị trí của năm trước.")
    assert [p.comparison for p in find_periods(text, published=date(2025, 5, 2))] == [True]


def test_the_end_of_a_month_without_its_year_is_this_years_last_day_of_it() -> None:
    # (PUB is 15 July 2024: June is over, a reading; October still ahead, a deadline's day, as the Conventions date
    # a target by its deadline)
    assert _values("Đến cuối tháng 6, toàn tỉnh có 12 xã đạt chuẩn.") == [("2024-06-30", False)]
    assert _values("Tính đến hết tháng 5, đã cấp 300 giấy phép.") == [("2024-05-31", False)]
    assert _values("Phấn đấu đến cuối tháng 10 đạt 90%.") == [("2024-10-31", False)]
    assert [v for v, _ in _values("Đến tháng 6, tỉnh có 12 xã.")] == ["2024-06"]


@pytest.mark.parametrize("text", [
    "Theo Kế hoạch số 215/KH-UBND ngày 20/01/2025, tỉnh phấn đấu vào nhóm 40",
    "Theo Nghị quyết số 02/NQ-CP ngày 08/01/2025, Chính phủ đặt mục tiêu",
])
def test_the_day_a_document_was_signed_dates_no_figure(text: str) -> None:
    (pm,) = find_periods(normalize_for_matching(text), published=date(2025, 2, 14))
    assert pm.kind == "label"


@pytest.mark.parametrize("text", ["mức cao nhất trong 5 năm qua", "sau mấy năm qua", "nhiều năm qua"])
def test_several_years_past_are_a_stretch_not_this_year(text: str) -> None:
    assert find_periods(normalize_for_matching(text), published=date(2025, 11, 8)) == []


def test_the_year_past_is_still_a_year() -> None:
    (p,) = find_periods(normalize_for_matching("trong năm qua"), published=date(2025, 11, 8))
    assert p.value == "2025"


@pytest.mark.parametrize(("text", "since"), [
    ("song song với pci, từ năm 2014 tỉnh tự đánh giá năng lực cạnh tranh", True),
    ("kể từ năm 2005, đã có 1.200 doanh nghiệp", True),
    # (a noun's or a verb's "từ", and a span, are no start of a practice)
    ("nền tảng từ năm 2024", False),
    ("từ năm 2021 đến năm 2025 tỉnh", False),
])
def test_a_clause_opened_by_a_start_year_is_since_then(text: str, since: bool) -> None:
    (pm,) = find_periods(text, published=date(2024, 5, 15))
    assert (pm.kind == "since") == since
