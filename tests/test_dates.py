"""Portal datelines and date strings, read day-first into aware datetimes (+07:00)."""

from datetime import date, datetime

import pytest

from extract.dates import VN_TZ, extract_dateline, find_dateline, parse_vn_datetime


@pytest.mark.parametrize(("raw", "expected"), [
    ("Thứ hai - 08/01/2024 15:04", datetime(2024, 1, 8, 15, 4, tzinfo=VN_TZ)),
    ("08/01/2024 15:04:25", datetime(2024, 1, 8, 15, 4, 25, tzinfo=VN_TZ)),
    ("Ngày đăng: 08/07/2024 11:38", datetime(2024, 7, 8, 11, 38, tzinfo=VN_TZ)),
    ("17:18, 03/08/2020", datetime(2020, 8, 3, 17, 18, tzinfo=VN_TZ)),
    ("26/02/2021, 08:22", datetime(2021, 2, 26, 8, 22, tzinfo=VN_TZ)),
    ("| 08-01-2024 | 15:04:25", datetime(2024, 1, 8, 15, 4, 25, tzinfo=VN_TZ)),
    ("Cập nhật: 14h30 ngày 18/4/2024", datetime(2024, 4, 18, 14, 30, tzinfo=VN_TZ)),
    ("19/04/2023 | lượt xem: 5", datetime(2023, 4, 19, tzinfo=VN_TZ)),
    ("2024-01-08T15:04:00+07:00", datetime(2024, 1, 8, 15, 4, tzinfo=VN_TZ)),
    ("Chủ nhật, 14/7/2024 - 08:30", datetime(2024, 7, 14, 8, 30, tzinfo=VN_TZ)),
    ("ngày 3 tháng 9 năm 2025", datetime(2025, 9, 3, tzinfo=VN_TZ)),
])
def test_portal_formats(raw: str, expected: datetime) -> None:
    got = parse_vn_datetime(raw)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()


def test_day_first_even_when_month_first_would_parse() -> None:
    assert parse_vn_datetime("05/06/2024").date() == date(2024, 6, 5)


def test_iso_with_other_offset_keeps_it() -> None:
    got = parse_vn_datetime("2024-03-01T01:00:00Z")
    assert got.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("raw", ["27/1", "hôm qua", "", "   ", "31/02/2024", "phiên họp thứ tư"])
def test_not_a_full_date(raw: str) -> None:
    assert parse_vn_datetime(raw) is None


def test_dateline_at_top_not_body_dates() -> None:
    text = ("Thứ Ba, 10/09/2024 - 09:12\n\nTiêu đề bài viết về cải cách hành chính\n\n"
            "Ngày 5/9/2024, hội nghị đã diễn ra với nhiều nội dung quan trọng.")
    assert find_dateline(text) == datetime(2024, 9, 10, 9, 12, tzinfo=VN_TZ)


def test_dateline_absent_when_first_lines_are_prose() -> None:
    text = ("Sáng 12/3/2024, tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số và bàn nhiều giải pháp "
            "cho năm tới với sự tham dự của lãnh đạo các sở, ngành, địa phương trên địa bàn toàn tỉnh.\n"
            "Nội dung tiếp theo.")
    assert find_dateline(text) is None


def test_dateline_views_counter_and_year_month_prefix() -> None:
    assert extract_dateline("Tin tức\n21/11/2023 | Lượt xem: 1.204\nTiêu đề") == date(2023, 11, 21)
    assert extract_dateline(' date 2025-03 "Trích dẫn mở đầu bài viết dài ..."') == date(2025, 3, 1)
