"""Shortcuts taken for speed give the answers of the plain computations they replace."""

from __future__ import annotations

import random
import re

from extract import lexicon as lx
from extract import rules


def test_end_reach_search_matches_plain_search() -> None:
    patterns = [rules._DATE_BEFORE, rules._ID_BEFORE, rules._COMPARATIVE, rules._QUALIFIER, rules._VUOT_BEFORE,
                rules._PHONE_BEFORE, rules._QUA_BEFORE, rules._NOT_YET_REACHED_BEFORE, rules._RANK_THU,
                rules._HANG_BEFORE, rules._TOP_BEFORE, rules._RANK_LABEL, rules._PLACED_BEFORE]
    words = ["ngày", "tháng", "năm", "quý", "từ năm", "cao hơn", "thấp", "vượt", "ngưỡng", "mốc", "số", "hơn",
             "tỉnh", "đạt", "a", "x", "quá", "chưa đạt", "tỷ lệ", "thứ", "hạng", "top", "tốp", "nhóm", "xếp", "đứng",
             "thứ hạng", ":", "điện thoại", "hotline", "(", *lx.ID_WORDS, *(q for q, _ in lx.QUALIFIERS)]
    reaches = [(rx, rules._end_reach(rx)) for rx in patterns]
    rng = random.Random(0)
    for _ in range(4000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 8))]
        text = "".join(p + rng.choice([" ", " ", "", "\n", ", "]) for p in parts)[-40:]
        for rx, reach in reaches:
            got = rx.search(text, max(0, len(text) - reach))
            want = rx.search(text)
            assert (got and got.span()) == (want and want.span()), (rx.pattern, text)


def test_end_reach_refuses_unanchored_or_unbounded() -> None:
    assert rules._end_reach(re.compile(r"abc")) >= 1 << 30
    assert rules._end_reach(re.compile(r"a+$")) >= 1 << 30
    assert rules._end_reach(re.compile(r"a$", re.MULTILINE)) >= 1 << 30
    assert rules._end_reach(re.compile(r"(?:ab|c)$")) == 3


def test_windowed_subject_trim_matches_plain_sub() -> None:
    assert rules._TRIM_WORD is not None  # (the pattern keeps the shape the window relies on)
    words = ["đã", "được", "đạt", "là", "ở mức", "tương đương", "tiếp tục", "so với", "tỉnh", "kết quả", "x", "ên",
             "tăng", "n", "cao", "thấp", "\n", ",", " ", "a,b"]
    rng = random.Random(0)
    for _ in range(20000):
        low = "".join(rng.choice(words) + rng.choice(["", " ", ", ", "\n"]) for _ in range(rng.randint(0, 40)))
        assert rules._trim_end(low) == rules._SUBJECT_TRIM_END.sub("", low), repr(low)


def test_change_label_gate_matches_plain_search() -> None:
    assert rules._LABEL_ENDS_COLON
    words = ["mức", "tăng", "giảm", "so với", "năm 2022", ":", ": ", ":\n", "\n", " ", "x", ",", "điểm"]
    rng = random.Random(0)
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))[-50:]
        if ":" not in text[-3:]:
            assert rules._CHANGE_LABEL.search(text) is None, repr(text)
