"""The Vietnamese number reader: digits, words, scales, fractions, ranges; dates never become facts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalize import normalize_for_matching
from extract.numbers import detect_style, find_numbers, parse_digits, words_to_number
from extract.pipeline import extract_document

# --- an independent speller for the property tests ---------------------------------------------------

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _spell_group(n: int, leading: bool) -> list[str]:
    """Words for 0 < n < 1000; ``leading`` is False when a larger scale came before (then "không trăm")."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if h or not leading:
        out += [_DIGITS[h], "trăm"]
    if t == 0:
        if u:
            if out:
                out.append("linh")
            out.append(_DIGITS[u])
        return out
    if t == 1:
        out.append("mười")
    else:
        out += [_DIGITS[t], "mươi"]
    if u == 1 and t >= 2:
        out.append("mốt")
    elif u == 5:
        out.append("lăm")
    elif u:
        out.append(_DIGITS[u])
    return out


def spell(n: int) -> str:
    """Vietnamese reading of 0 < n < 10^12, zero groups skipped."""
    words: list[str] = []
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = n // scale % 1000
        if group:
            words += _spell_group(group, leading=not words)
            if name:
                words.append(name)
    return " ".join(words)


def vi_digits(n: int) -> str:
    """12345678 -> '12.345.678'."""
    return f"{n:,}".replace(",", ".")


# --- properties ---------------------------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_words_read_back(n: int) -> None:
    assert words_to_number(spell(n).split()) == n


@given(st.integers(min_value=1000, max_value=10**12 - 1))
def test_vietnamese_thousands_read_back(n: int) -> None:
    text = vi_digits(n)
    assert parse_digits(text, "vi") == n
    mentions = find_numbers(f"đã cấp {text} thẻ")
    assert [m.value for m in mentions] == [n]


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_vietnamese_decimals_read_back(whole: int, frac: int) -> None:
    frac_text = f"{frac:02d}"
    text = f"{vi_digits(whole)},{frac_text}"
    expected = float(f"{whole}.{frac_text}")
    assert parse_digits(text, "vi") == pytest.approx(expected)
    (m,) = find_numbers(normalize_for_matching(f"tỷ lệ đạt {text}%"))
    assert m.value == pytest.approx(expected) and m.percent


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12),
       st.integers(min_value=2000, max_value=2030), st.sampled_from([
           "Ngày {d}/{m}/{y}, Sở Nội vụ tổ chức hội nghị sơ kết.",
           "Sáng {d}-{m}-{y}, UBND tỉnh họp thường kỳ.",
           "Hội nghị diễn ra vào ngày {d}/{m} tại hội trường tỉnh.",
           "Trong tháng {m}/{y}, tỉnh tiếp tục triển khai kế hoạch.",
           "Cập nhật lúc 08:{m:02d}:{d:02d} ngày {d:02d}.{m:02d}.{y}",
           "Từ ngày {d}-{m}-{y} đến ngày {d}-{m}-{y}, đoàn công tác làm việc tại huyện.",
           "Năm {y}, tỉnh tiếp tục đẩy mạnh cải cách hành chính.",
           "Giai đoạn {y}-{y2}, tỉnh tập trung chuyển đổi số.",
       ]))
@settings(max_examples=60, deadline=None)
def test_dates_never_become_facts(d: int, m: int, y: int, template: str) -> None:
    text = template.format(d=d, m=m, y=y, y2=y + 5)
    assert extract_document(text, doc_id="t", link=False) == []


# --- examples -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("words", "value"), [
    ("hai mươi lăm", 25), ("một nghìn hai trăm", 1200), ("mười lăm", 15), ("một trăm linh năm", 105),
    ("ba mươi tư", 34), ("hai mươi mốt", 21), ("một trăm lẻ tám", 108), ("năm nghìn tỷ", 5e12),
    ("một triệu rưỡi", 1.5e6), ("hai nghìn rưỡi", 2500), ("ba chục", 30), ("mười", 10), ("chín mươi nhăm", 95),
    ("hai tỷ năm trăm triệu", 2.5e9), ("bảy ngàn", 7000), ("hai tỉ", 2e9),
])
def test_words(words: str, value: float) -> None:
    assert words_to_number(words.split()) == value


@pytest.mark.parametrize("words", ["hai ba", "mười mười", "tư", "lăm", "mươi", "trăm", "một mươi"])
def test_not_one_number(words: str) -> None:
    assert words_to_number(words.split()) is None


@pytest.mark.parametrize(("text", "value", "value_max", "out_of", "percent"), [
    ("2,2 nghìn", 2200, None, None, False),
    ("79,5 triệu", 79_500_000, None, None, False),
    ("1.234,56 tỷ", 1_234_560_000_000, None, None, False),
    ("3 tỷ 500 triệu", 3_500_000_000, None, None, False),
    ("11.511,9 nghìn tỷ", 1.15119e16, None, None, False),
    ("8.578/17.464", 8578, None, 17464, False),
    ("9/63", 9, None, 63, False),
    ("từ 75 đến 80%", 75, 80, None, True),
    ("5-7%", 5, 7, None, True),
    ("75 - 80%", 75, 80, None, True),
    ("75,03% - 90,61%", 75.03, 90.61, None, True),
    ("mười lăm phần trăm", 15, None, None, True),
    ("từ 2 đến 3 tỷ", 2e9, 3e9, None, False),
    ("từ 17.000 đến 18.000 tỷ", 1.7e13, 1.8e13, None, False),
    ("từ 17 đến 18 nghìn tỷ", 1.7e13, 1.8e13, None, False),
])
def test_mentions(text: str, value: float, value_max: float | None, out_of: float | None, percent: bool) -> None:
    norm = normalize_for_matching(text)
    mentions = [m for m in find_numbers(norm) if m.shape not in ("date", "time", "code")]
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert m.value == pytest.approx(value)
    assert m.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert m.out_of == out_of
    assert m.percent is percent


@pytest.mark.parametrize(("text", "shape"), [
    ("15:04:25", "time"), ("14h30", "time"), ("4-4-2024", "date"), ("08.01.2024", "date"),
    ("17/NQ-CP", "code"), ("2071/QĐ-UBND", "code"), ("01/2024/TT-BNV", "code"), ("6/2024", "date"),
])
def test_dates_times_codes_are_flagged(text: str, shape: str) -> None:
    (m,) = find_numbers(normalize_for_matching(text))
    assert m.shape == shape


def test_style_follows_the_document() -> None:
    assert detect_style("đạt 79,92 điểm và 1.234.567 người") == "vi"
    assert detect_style("GDP grew 7.09% to 1,234,567 units and 2.5 points") == "en"
    assert parse_digits("8.578", "vi") == 8578
    assert parse_digits("8.578", "en") == pytest.approx(8.578)
    assert parse_digits("2.5", "vi") == pytest.approx(2.5)  # one digit after the dot is no thousands group
    assert parse_digits("1.2.3") is None


def test_style_ignores_phone_numbers_and_weighs_ambiguous_thousands() -> None:
    # A hotline written with a dot is no English decimal; thousands groups written 12.480 lean Vietnamese.
    text = "Đã thu nhận 12.480 hồ sơ, cấp 9.300 thẻ. Mọi thắc mắc xin gọi 0274.3822 (cả 05/05 xã đã xong)."
    assert detect_style(text) == "vi"
    assert detect_style("Income rose to 4,346.8 USD, or 12,480 USD a household.") == "en"
    facts = extract_document(text, doc_id="t", link=False)
    assert [(f.text, f.value) for f in facts][:2] == [("12.480 hồ sơ", 12480), ("9.300 thẻ", 9300)]
