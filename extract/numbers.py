"""The Vietnamese number reader.

Reads the quantities a fact can be made of, with their character spans:

* digits in the Vietnamese convention (``.`` groups thousands, ``,`` marks decimals: ``8.578`` = 8578,
  ``79,92`` = 79.92, ``1.234,56``) and, decided by the rest of the document, the odd English figure
  (``2.5``, ``1,234,567``);
* number words (``hai mươi lăm``, ``một nghìn hai trăm``, ``một trăm linh năm``, ``ba mươi tư``,
  ``hai mươi mốt``, ``mười lăm``, ``một triệu rưỡi``, ``ba chục``);
* scale words after digits or words (``2,2 nghìn`` = 2200, ``79,5 triệu``, ``1.234,56 tỷ``,
  ``5 nghìn tỷ``, ``3 tỷ 500 triệu``);
* fractions ``n/m`` (the denominator becomes ``out_of``), ranges (``từ 75 đến 80%``, ``5-7%``,
  ``75 - 80%``) and percent signs or words (``%``, ``phần trăm``).

It does not decide whether a number is a fact: dates, document numbers and the like are flagged
(``shape``) or left to ``extract.rules``, which sees the words around the number.

All functions take the matching view of ``extract.normalize`` (lowercase, ASCII dashes), so spans are
valid in the NFC text the view was made from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------------
# Digits


_SEPARATOR = re.compile(r"[.,]")


def detect_style(text: str) -> str:
    """``"vi"`` (``1.234,5``) or ``"en"`` (``1,234.5``): the convention of a document's unambiguous figures.

    Figures such as ``8.578`` or ``2,125`` read either way; they follow the document's majority and
    default to Vietnamese.
    """
    vi = en = 0.0
    # (only figures with a separator vote; the engine skips the rest, which are most of an article's digits)
    for m in _SEPARATED_DIGITS.finditer(text):
        s = m.group(0)
        head = _SEPARATOR.split(s, maxsplit=1)[0]
        if len(head) > 1 and head.startswith("0"):
            continue  # "0226.3852" is a phone number, "06/06" a padded count: no separator convention in them
        if "." in s and "," in s:
            if s.rfind(",") > s.rfind("."):
                vi += 1
            else:
                en += 1
            continue
        for sep in ".,":
            if sep in s:
                groups = s.split(sep)
                if len(groups) > 2:
                    # 1.234.567 is a Vietnamese thousands figure; 1,234,567 an English one.
                    vi, en = (vi + 1, en) if sep == "." else (vi, en + 1)
                elif len(groups[1]) != 3:
                    # 79,92 is a Vietnamese decimal; 79.92 an English one.
                    vi, en = (vi + 1, en) if sep == "," else (vi, en + 1)
                else:
                    # 754.277 reads either way, but a writer of Vietnamese thousands (or English ones) leans that
                    # way: half a vote, so one stray figure cannot flip a document full of them (dev_042).
                    vi, en = (vi + 0.5, en) if sep == "." else (vi, en + 0.5)
    return "en" if en > vi else "vi"


def _thousands_ok(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_digits(s: str, style: str = "vi") -> float | None:
    """The value of a digit string with separators, or None when it is no number (``1.2.3``)."""
    if not s or not s[0].isdigit():
        return None
    if "." in s and "," in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        int_part, frac = s.rsplit(dec, 1)
        groups = int_part.split(thou)
        if dec in int_part or not _thousands_ok(groups):
            return None
        return float("".join(groups) + "." + frac)
    for sep, thousands_style in ((".", "vi"), (",", "en")):
        if sep not in s:
            continue
        groups = s.split(sep)
        if len(groups) > 2:
            return float("".join(groups)) if _thousands_ok(groups) else None
        if len(groups[1]) == 3 and style == thousands_style and len(groups[0]) <= 3:
            return float(groups[0] + groups[1])
        return float(groups[0] + "." + groups[1])
    return float(s)


# ---------------------------------------------------------------------------------------------------
# Words

DIGIT_WORDS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
# Forms that are digits only inside a longer number ("hai mươi mốt", "ba mươi tư", "mười lăm").
_TAIL_ONLY = {"mốt", "tư", "lăm", "nhăm", "không"}
SCALE_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
NUMBER_WORDS = set(DIGIT_WORDS) | set(SCALE_WORDS) | {"mười", "mươi", "trăm", "linh", "lẻ", "rưỡi", "chục"}
_START_WORDS = (set(DIGIT_WORDS) - _TAIL_ONLY) | {"mười"}
# "tỷ lệ" (rate), "tỷ trọng" (share), "tỷ số" (ratio): "tỷ" there is no scale word.
_NOT_SCALE_AFTER = {"lệ", "trọng", "số", "suất", "giá"}


def words_to_number(words: list[str]) -> float | None:
    """Value of a run of Vietnamese number words (lowercase), or None when the run is not one number."""
    if not words or words[0] not in _START_WORDS:
        return None
    total = 0.0  # finished scale chunks (…nghìn, …triệu)
    group = 0.0  # the part below the current scale, hundreds + tens
    digit: int | None = None  # a digit not yet placed
    prev = ""
    last_unit = 0.0  # what "rưỡi" halves: the last scale or 100 or 10
    for w in words:
        if w in DIGIT_WORDS:
            if digit is not None:
                return None  # "hai ba" is "2 or 3", not a number
            if w in _TAIL_ONLY and prev not in ("mươi", "mười", "trăm", "linh", "lẻ") \
                    and not (w == "không" and prev in SCALE_WORDS):
                return None
            if w in ("lăm", "nhăm") and prev not in ("mươi", "mười"):
                return None
            digit = DIGIT_WORDS[w]
        elif w == "mười":
            if digit is not None or prev == "mười":
                return None
            group += 10
            last_unit = 10
        elif w == "mươi":
            if digit is None or digit < 2:
                return None
            group += digit * 10
            digit = None
            last_unit = 10
        elif w == "chục":
            group += (digit if digit is not None else 1) * 10
            digit = None
            last_unit = 10
        elif w == "trăm":
            if digit is None and group % 1000 >= 100:
                return None
            group += (digit if digit is not None else 1) * 100
            digit = None
            last_unit = 100
        elif w in ("linh", "lẻ"):
            if prev != "trăm" and prev not in SCALE_WORDS:
                return None
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            chunk = group + (digit or 0)
            if chunk == 0 and prev in SCALE_WORDS:
                total *= scale  # "nghìn tỷ": a scale of a scale
            else:
                total += (chunk or 1) * scale
            group = 0
            digit = None
            last_unit = scale
        elif w == "rưỡi":
            if prev not in SCALE_WORDS and prev not in ("trăm", "mươi", "mười", "chục"):
                return None
            if prev in SCALE_WORDS:
                total += last_unit / 2
            else:
                group += last_unit / 2
        else:
            return None
        prev = w
    return total + group + (digit or 0)


# ---------------------------------------------------------------------------------------------------
# Mentions


@dataclass(slots=True)
class NumberMention:
    """One quantity as written: ``start``/``end`` cover the number (and ``%`` when attached)."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    out_of: float | None = None
    percent: bool = False
    words: bool = False  # written (at least partly) in words
    scaled: bool = False  # carries a scale word (nghìn, triệu, tỷ)
    shape: str = "number"  # number | fraction | range | date | time | glued
    raw: str = ""
    suffix: str = ""  # letters glued to the digits ("4g", "14h", "2.000đ")

    @property
    def is_integer(self) -> bool:
        return float(self.value).is_integer()


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# The runs of _DIGITS that hold a separator, found where _DIGITS finds them: a run without one matches nowhere.
_SEPARATED_DIGITS = re.compile(r"\d+(?:[.,]\d+)+")
_ATOM = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_DASHES = {"-", "~"}
# A bound on the upper end of a range is not kept apart ("từ 80% đến dưới 90%" is one range 80..90).
_RANGE_HEDGES = {"dưới", "gần", "hơn", "trên", "khoảng"}


# Every character _ATOM does not take is a space (``\S`` takes any other), so its matches are the second
# groups of this one, and each starts where the spaces before it end: offsets by adding lengths, no Match objects.
_SPACED_ATOM = re.compile(r"(\s*)(\d+(?:[.,]\d+)*|[^\W\d_]+|\S)")


def _atoms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each ``_ATOM`` match."""
    out = []
    pos = 0
    for gap, atom in _SPACED_ATOM.findall(text):
        pos += len(gap)
        end = pos + len(atom)
        out.append((pos, end, atom))
        pos = end
    return out


def _is_year(v: float) -> bool:
    return v.is_integer() and 1900 <= v <= 2100


class _Reader:
    """Left-to-right reader over the atoms of a matching-view string."""

    def __init__(self, text: str, style: str) -> None:
        self.text = text
        self.style = style
        self.atoms = _atoms(text)

    def gap(self, i: int) -> str:
        """The characters between atom i-1 and atom i."""
        return self.text[self.atoms[i - 1][1]:self.atoms[i][0]]

    def word(self, i: int) -> str:
        return self.atoms[i][2] if 0 <= i < len(self.atoms) else ""

    def is_digit(self, i: int) -> bool:
        return 0 <= i < len(self.atoms) and self.atoms[i][2][0].isdigit()

    def glued(self, i: int) -> bool:
        """Atom i touches atom i-1 (no space between)."""
        return 0 < i < len(self.atoms) and self.atoms[i - 1][1] == self.atoms[i][0]

    # -- one quantity (digits or words, with scale words), no fraction/range/percent ---------------
    def quantity(self, i: int) -> tuple[float, int, bool, bool] | None:
        """(value, next atom index, words?, scaled?) for the quantity starting at atom i."""
        atoms = self.atoms
        w = atoms[i][2]
        if w[0].isdigit():
            v = parse_digits(w, self.style)
            if v is None:
                return None
            j = i + 1
            value, j, scaled = self._scales(v, j)
            # "3 tỷ 500 triệu", "1 triệu 200 nghìn": a smaller chunk completing the first.
            if scaled and self.is_digit(j) and not self.glued(j):
                nxt = parse_digits(atoms[j][2], self.style)
                if nxt is not None:
                    v2, j2, scaled2 = self._scales(nxt, j + 1)
                    if scaled2 and v2 < _last_scale(value):
                        value, j = value + v2, j2
            return value, j, False, scaled
        if w in _START_WORDS:
            j = i
            while j < len(atoms) and atoms[j][2] in NUMBER_WORDS and (j == i or not self.gap(j).strip()) \
                    and not (atoms[j][2] in SCALE_WORDS and self.word(j + 1) in _NOT_SCALE_AFTER):
                j += 1
            # Take the longest prefix that reads as one number ("năm" may be the next word: "năm 2023").
            for k in range(j, i, -1):
                v = words_to_number([a[2] for a in atoms[i:k]])
                if v is not None:
                    scaled = any(a[2] in SCALE_WORDS for a in atoms[i:k])
                    return v, k, True, scaled
        return None

    def _scales(self, v: float, j: int) -> tuple[float, int, bool]:
        scaled = False
        mult = 1.0
        while j < len(self.atoms) and self.atoms[j][2] in SCALE_WORDS and not self.gap(j).strip() \
                and self.word(j + 1) not in _NOT_SCALE_AFTER:
            scale = SCALE_WORDS[self.atoms[j][2]]
            mult *= scale
            scaled = True
            j += 1
        if scaled and j < len(self.atoms) and self.atoms[j][2] == "rưỡi" and not self.gap(j).strip():
            return v * mult + mult / 2, j + 1, True
        return v * mult, j, scaled

    def percent_after(self, j: int) -> int | None:
        """Index after a percent marker at atom j (``%`` or ``phần trăm``), else None."""
        if self.word(j) == "%" and len(self.gap(j)) <= 1:
            return j + 1
        if self.word(j) == "phần" and self.word(j + 1) == "trăm":
            return j + 2
        return None


def _last_scale(value: float) -> float:
    for s in (1e12, 1e9, 1e6, 1e3):
        if value >= s:
            return s
    return 1.0


def find_numbers(text: str, style: str | None = None) -> list[NumberMention]:
    """Every quantity in ``text`` (matching view), in order, spans relative to ``text``."""
    if style is None:
        style = detect_style(text)
    r = _Reader(text, style)
    atoms = r.atoms
    out: list[NumberMention] = []
    n = len(atoms)
    read_to = 0  # atoms before this index belong to a mention already read
    # Only a digit or a number word can open a quantity; most atoms are neither.
    for i in [i for i, a in enumerate(atoms) if a[2][0].isdigit() or a[2] in _START_WORDS]:
        if i < read_to:
            continue
        a_start, _, w = atoms[i]
        # Digits glued to a preceding letter or digit-separator are codes ("h5n1", "covid-19", "a1").
        if w[0].isdigit() and r.glued(i) and (atoms[i - 1][2][-1].isalnum() or atoms[i - 1][2] in "/."):
            continue
        # Dates and times: d/m/y, d-m-y, d.m.y, hh:mm(:ss), and 14h30.
        if w[0].isdigit():
            shape_end = _date_or_time(r, i)
            if shape_end is not None:
                j, shape = shape_end
                out.append(NumberMention(a_start, atoms[j - 1][1], parse_digits(w, style) or 0.0,
                                         shape=shape, raw=text[a_start:atoms[j - 1][1]]))
                read_to = j
                continue
        q = r.quantity(i)
        if q is None:
            continue
        value, j, is_words, scaled = q
        m = NumberMention(a_start, atoms[j - 1][1], value, words=is_words, scaled=scaled)
        # Letters glued to digits: 4G, 14h, 10ha, 2.000đ, 5km.
        if not is_words and j < n and r.glued(j) and atoms[j][2][0].isalpha() and not scaled:
            m.suffix = atoms[j][2]
            m.shape = "glued"
        # Fraction n/m.
        if not is_words and r.word(j) == "/" and r.is_digit(j + 1) and len(r.gap(j)) <= 1 \
                and len(r.gap(j + 1)) <= 1:
            den = parse_digits(atoms[j + 1][2], style)
            if den is not None and den > 0:
                m.out_of = den
                m.shape = "fraction"
                j += 2
                m.end = atoms[j - 1][1]
        # Percent.
        p = r.percent_after(j)
        if p is not None and m.shape != "glued":
            m.percent = True
            j = p
            m.end = atoms[j - 1][1]
        # Range: "75 - 80%", "5-7%", "75 đến 80%", "từ 2 đến 3 tỷ", "từ 80% đến dưới 90%", "đến gần 45,8".
        hedge = 1 if r.word(j) in ("đến", "tới") and r.word(j + 1) in _RANGE_HEDGES else 0
        if m.shape in ("number",) and r.word(j) in ({"đến", "tới"} | _DASHES) and (
            r.is_digit(j + 1 + hedge) or r.word(j + 1 + hedge) in _START_WORDS
        ):
            q2 = r.quantity(j + 1 + hedge)
            if q2 is not None:
                v2, k, w2, scaled2 = q2
                p2 = r.percent_after(k)
                dash = r.word(j) in _DASHES
                ok = True
                if dash and (_is_year(value) or _is_year(v2)) and p2 is None:
                    ok = False  # 2019-2020 is a period
                if dash and r.word(k) in _DASHES:
                    ok = False  # a d-m-y date missed above
                if dash and r.word(k) == "/":
                    ok = False
                if ok and not m.scaled and scaled2:
                    # "từ 2 đến 3 tỷ": the scale written once applies to both ends. It is the second end's
                    # own scale words, not one read off its value: 18.000 tỷ is 1.8e13, yet its scale is tỷ.
                    second = j + 1 + hedge
                    scale = r._scales(1.0, second + 1)[0] if r.is_digit(second) else _last_scale(v2)
                    value = value * scale if value < scale else value
                if ok and v2 > value:
                    m.value = value
                    m.value_max = v2
                    m.shape = "range"
                    m.words = m.words or w2
                    m.scaled = m.scaled or scaled2
                    j = k
                    if p2 is not None:
                        m.percent = True
                        j = p2
                    m.end = atoms[j - 1][1]
        m.raw = text[m.start:m.end]
        out.append(m)
        read_to = j
    return out


_MINUTES_AFTER_H = re.compile(r"h\d{2}")


def _date_or_time(r: _Reader, i: int) -> tuple[int, str] | None:
    """(index after, "date"/"time") when atom i starts a date or clock time."""
    a = r.atoms
    w = r.word(i)
    if not w.isdigit():
        # 08.01.2024 reads as one atom with dots.
        parts = w.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4 and int(parts[1]) <= 12:
            return i + 1, "date"
        return None
    # d/m/y or d-m-y (also with spaces around the separator as some portals write them).
    sep = r.word(i + 1)
    if sep in ("/", "-") and r.word(i + 2).isdigit() and r.word(i + 3) == sep and r.word(i + 4).isdigit() \
            and len(r.gap(i + 1)) <= 1 and len(r.gap(i + 3)) <= 1 and int(w) <= 31 and int(r.word(i + 2)) <= 12:
        return i + 5, "date"
    # Document numbers: 17/NQ-CP, 2071/QĐ-UBND, 01/2024/TT-BNV.
    if sep == "/" and not r.gap(i + 1):
        j = i + 2
        while r.word(j).isdigit() and r.word(j + 1) == "/":
            j += 2
        if r.word(j)[:1].isalpha() and not r.gap(j):
            while j + 1 < len(a) and (r.word(j + 1) in ("-", "/") or r.word(j)[-1:] in ("-", "/")) \
                    and not r.gap(j + 1):
                j += 1
            return j + 1, "code"
    # d-m (Ngày 8-1) and m/yyyy (tháng 6/2024): dates when the parts fit.
    if sep in ("-", "/") and r.word(i + 2).isdigit() and not r.gap(i + 1) and not r.gap(i + 2):
        d, mth = int(w), int(r.word(i + 2))
        if len(r.word(i + 2)) == 4 and 1 <= d <= 12 and 1900 <= mth <= 2100:
            return i + 3, "date"
    # hh:mm(:ss)
    if sep == ":" and r.word(i + 2).isdigit() and not r.gap(i + 1) and not r.gap(i + 2) and int(w) < 24:
        j = i + 3
        if r.word(j) == ":" and r.word(j + 1).isdigit() and not r.gap(j):
            j += 2
        return j, "time"
    # 14h30, 8h
    if i + 1 < len(a) and r.glued(i + 1) and r.word(i + 1) in ("h", "g", "giờ") and int(w) < 24:
        j = i + 2
        if r.is_digit(j) and r.glued(j):
            return j + 1, "time"
        if r.word(i + 1) != "g":
            return j, "time"
    if i + 1 < len(a) and r.glued(i + 1) and _MINUTES_AFTER_H.fullmatch(r.word(i + 1) or ""):
        return i + 2, "time"
    return None
