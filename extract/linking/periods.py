"""Time expressions in Vietnamese news text, normalised to the contract's period forms.

Forms produced: ``2023``, ``2024-H1``/``2024-H2``, ``2024-Q1``, ``2024-05``, ``2024-04-04`` and ranges ``A..B``.
Patterns run on ``normalize_for_matching`` text (lowercase, same offsets as the NFC text).

A mention records whether it is a *comparison base* (``so với năm 2022``, ``cùng kỳ``): the base is not the
period of the figure beside it, though a year base implies the figure is for a later year (see
``implied_by_comparison``). Mentions whose year is left implicit (``6 tháng đầu năm``, ``quý I``) are
resolved against a context year (the sentence's explicit year, else the publication date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extract.dates import make_date

_Y = r"((?:19|20)\d{2})"
_D = r"(\d{1,2})"
_SEP = r"\s*[/.-]\s*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
              "mười": 10, "mười một": 11, "mười hai": 12, "tư": 4}
_N = r"(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
# "Năm tháng đầu năm nay": five months, where "tháng đầu|cuối" after it leaves no year to read "năm" as.
_N_MONTHS = r"(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm(?=\s*tháng\s*(?:đầu|cuối)(?!\w))|sáu|bảy|tám|chín|mười)"
# Streak counts may be "năm" (five): "năm thứ năm liên tiếp".
_NS = r"(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)"
_YEAR_TAIL = r"(?:\s*(?:/|-|năm)\s*" + _Y + r")?"


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: int
    end: int
    value: str | None  # None for "đến nay" (an as-of whose date the text does not give) and bare comparisons
    kind: str  # explicit | relative | asof | asof_unknown | comparison
    comparison: bool = False
    implicit_year: bool = False  # "6 tháng đầu năm", "quý I" without a year: value holds "{Y}" placeholders
    year: int | None = None  # the (last) year of the value, for comparison arithmetic
    streak: int | None = None  # "năm thứ bảy liên tiếp": how many years a ranking has been held
    week: tuple[int, int | None] | None = None  # "tuần thứ 3 tháng 10": (3, 10); "tuần thứ 2": (2, None)


# Kinds that never give a figure its own period: a stock at an unstated date, an event's label
# ("phiên họp thường kỳ tháng 9"), a streak length (resolved only for ranks, by the linker).
NOT_OWN = frozenset({"asof_unknown", "event", "streak", "label", "since_now"})


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _NUM_WORDS[s]


num_word = _num


def _iso(d: date) -> str:
    return d.isoformat()


def _dmy(d: str, m: str, y: str | None) -> date | None:
    return make_date(int(y), int(m), int(d)) if y else None


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # từ ngày 4-4-2024 đến ngày 14-6-2024 ; từ 4/4 đến 14/6/2024 ; giai đoạn 01/8 - 23/8/2025
    ("date_range", re.compile(
        r"(?:từ|giai đoạn)\s*(?:ngày\s*)?" + _D + _SEP + _D + r"(?:" + _SEP + _Y + r")?\s*(?:đến|tới|-)\s*"
        r"(?:hết\s*)?(?:ngày\s*)?"
        + _D + _SEP + _D + r"(?:" + _SEP + _Y + r")?(?![\d/])")),
    # từ ngày 15 đến 21/01 (the month and year written once)
    ("day_range", re.compile(
        r"từ\s*(?:ngày\s*)?" + _D + r"\s*(?:đến|tới|-)\s*(?:ngày\s*)?" + _D + _SEP + _D
        + r"(?:" + _SEP + _Y + r")?(?![\d/])")),
    ("same_period", re.compile(r"(?<!\w)cùng\s*(?:kỳ|tháng|quý)(?:\s*năm\s*(?:trước|ngoái|" + _Y + r"))?(?!\w)")),
    # A meeting or bulletin named by its month labels an event, not the period of the figures it reports.
    ("event", re.compile(r"(?:phiên họp|kỳ họp|hội nghị|giao ban)(?:\s*(?:ubnd\s*tỉnh\s*)?thường kỳ)?\s*"
                         r"tháng\s*\d{1,2}(?:\s*/\s*" + _Y + r")?(?![\d/])")),
    # "tuần thứ 3 tháng 10/2025", "so với tuần thứ 2": a week of a month, dated by the range the article gives it
    # (not "tuần 03/2024", a week of the year)
    ("week", re.compile(r"(?<!\w)tuần\s*(?:thứ\s*)?(\d{1,2}|một|hai|ba|bốn|tư)(?:\s*(?:của\s*)?tháng\s*(\d{1,2})"
                        r"(?:\s*(?:/|-|năm)\s*" + _Y + r")?)?(?![\w/])(?!\s*(?:liên tiếp|liền|liên tục))")),
    # "trong hai kỳ khảo sát 2020 và 2022": one figure held over both editions
    ("two_editions", re.compile(r"(?:hai|cả hai)\s*(?:kỳ|năm|đợt)(?:\s*(?:khảo sát|đánh giá|xếp hạng|liền))?\s*"
                                r"(?:năm\s*)?" + _Y + r"\s*và\s*(?:năm\s*)?" + _Y + r"(?!\d)")),
    # "năm thứ bảy liên tiếp", "3 năm liền": a streak; the linker turns it into a range for ranks only
    ("streak", re.compile(r"(?:(?:năm|lần|kỳ)\s*thứ\s*" + _NS + r"|(?<!\w)" + _NS + r"\s*(?:năm|kỳ))\s*"
                          r"(?:liên tiếp|liền|liên tục)(?!\w)")),
    # "ở kỳ công bố trước tỉnh xếp hạng 18": the previous edition of an index, the year before the one talked about
    ("prev_edition", re.compile(r"(?<!\w)(?:(?:kỳ|lần)\s*(?:công bố|xếp hạng|đánh giá|khảo sát|điều tra|báo cáo)\s*"
                                r"trước|(?<=ở )kỳ\s*trước|(?<=tại )kỳ\s*trước)(?!\w)")),
    ("prev_unit", re.compile(r"(?<!\w)(?:tháng|quý|kỳ)\s*trước(?!\w)")),
    # (the year may be left out: "Từ tháng 1 đến tháng 9, tỉnh thu hút 4 dự án" in an article of October)
    ("month_range", re.compile(
        r"từ\s*tháng\s*(\d{1,2})\s*(?:đến|tới|-)\s*(?:hết\s*)?tháng\s*(\d{1,2})(?:\s*(?:/|-|năm)\s*" + _Y
        + r")?(?![\d/])")),
    # "Từ năm 2021 đến nay, Bộ Tư pháp liên tục nằm trong nhóm 3": held from that year to the article's
    ("since_now", re.compile(r"(?:từ|kể từ)\s*(?:năm\s*)?" + _Y + r"\s*(?:đến|tới)\s*(?:nay|hiện nay)(?!\w)")),
    # "từ đầu năm đến ngày 30/9/2025": a flow over the year's days so far, a range and no reading on one day
    ("ytd_date", re.compile(r"(?:từ|kể từ)\s*đầu năm(?:\s*" + _Y + r")?\s*(?:đến|tới)\s*(?:hết\s*)?(?:ngày\s*)?"
                            + _D + _SEP + _D + r"(?:" + _SEP + _Y + r")?(?![\d/])")),
    # "từ đầu năm đến hết tháng 8": the months so far, a flow
    ("ytd_month", re.compile(r"(?:từ|kể từ)\s*đầu năm(?:\s*" + _Y + r")?\s*(?:đến|tới)\s*(?:hết\s*|cuối\s*)?"
                             r"tháng\s*(\d{1,2})(?:\s*(?:/|-|năm)\s*" + _Y + r")?(?![\d/])")),
    ("ytd", re.compile(r"(?:từ|kể từ)\s*đầu năm(?:\s*" + _Y + r")?\s*(?:đến|tới)\s*(?:nay|hiện nay|thời điểm này)")),
    # tính đến ngày 30/9/2025 ; đến hết ngày 31-12-2023 ; tại thời điểm 30/6/2024
    ("asof_date", re.compile(
        r"(?:tính\s*)?(?:đến|tới|tại thời điểm|vào thời điểm|thời điểm|lũy kế đến|luỹ kế đến)\s*(?:hết\s*)?"
        # a reading's hour may come first: "Tính đến 17 giờ ngày 14/3/2025", "đến 8h00 ngày 2/4"
        r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*)?"
        r"(?:ngày\s*)?" + _D + _SEP + _D + r"(?:" + _SEP + _Y + r")?(?![\d/])")),
    # (the year may be left out after "hết"/"cuối": "đến cuối tháng 11, mới có 9 tỉnh đạt")
    ("asof_month", re.compile(
        r"(?:tính\s*)?(?:đến|tới)\s*(hết\s*|cuối\s*)?tháng\s*(\d{1,2})(?:\s*(?:/|-|năm)\s*" + _Y + r")?(?![\d/])")),
    # "lũy kế đến cuối năm 2023", "tính đến hết năm 2024": a stock at the year's last day; so is "thời điểm cuối
    # năm 2023" or a stock's base "so với cuối năm 2023" (a reading's date: "tăng 4 bậc so với thời điểm cuối năm 2023")
    ("asof_yearend", re.compile(r"(?:(?:tính|lũy kế|luỹ kế)\s*(?:đến|tới)\s*|thời điểm\s*|(?<=so với ))(?:hết|cuối)\s*"
                                r"năm\s*" + _Y)),
    # "So với cuối tháng 6/2024, tăng thêm 1,7 điểm", "thời điểm hết tháng 9/2024": a reading at the month's last day
    ("asof_monthend", re.compile(r"(?:thời điểm\s*|(?<=so với ))(?:hết|cuối)\s*tháng\s*(\d{1,2})\s*(?:/|-|năm)\s*"
                                 + _Y)),
    # "Hồi cuối quý I", "đến hết quý III/2024", "vào cuối tháng 3": a reading on the last day of that quarter or month
    ("asof_partend", re.compile(r"(?:(?:tính\s*)?(?:đến|tới)\s*(?:hết|cuối)|(?:hồi|vào|thời điểm)\s*(?:hết|cuối))\s*"
                                r"(?:quý\s*(iv|iii|ii|i|[1-4])(?!\w)|tháng\s*(\d{1,2})(?!\d))"
                                r"(?:\s*(?:/|-|năm)\s*" + _Y + r")?(?![\d/])")),
    # "sau 10 tháng năm 2025": the months run so far, as "10 tháng năm 2025" (a report's flows over them)
    ("after_months", re.compile(r"(?<!\w)sau\s*" + _N + r"\s*tháng\s*(?:đầu\s*)?năm\s*" + _Y)),
    # not "từ trước tới nay" (a record: "mức cao nhất từ trước tới nay")
    ("asof_unknown", re.compile(r"(?<!trước )(?:tính\s*)?(?:đến|tới)\s*(?:nay|thời điểm này|hiện tại|"
                                r"thời điểm hiện tại)")),
    ("year_span", re.compile(
        r"(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|từ|các năm|năm)?\s*\(?\s*" + _Y + r"\s*(?:-|–|đến|tới)\s*(?:năm\s*)?"
        + _Y + r"(?!\d|\s*[/.-]\s*\d)")),
    # 6 tháng đầu năm 2024 ; sáu tháng cuối năm ; 9 tháng năm 2024 ; nửa đầu năm 2024
    ("months_of_year", re.compile(
        r"(?:(?:trong|qua)\s*)?" + _N_MONTHS + r"\s*tháng\s*(đầu|cuối)?\s*(?:của\s*)?năm"
        r"(?:\s*(?:nay|" + _Y + r"))?")),
    # "GRDP 9 tháng ước tăng": a bare month count from January, as statistical reports use it; not a
    # duration ("sau 3 tháng triển khai", "trong 2 tháng qua").
    ("months_bare", re.compile(
        r"(?=[1-9])(?<!sau )(?<!vòng )(?<!khoảng )(?<!gần )(?<!hơn )(?<!mỗi )(?<!hạn )(?<!trên )(?<!dưới )(?<!\d )"
        r"(?<![\w/.,])([2-9]|1[01])\s*tháng(?!\s*(?:tới|liên tiếp|liền|trước|sau|một lần|\d|/))(?!\w)")),
    # "Tính chung cả năm, IIP tăng 8,4%": the whole (implicit) year
    ("full_year", re.compile(r"(?<!\w)(?:tính chung\s*)?cả năm(?:\s*(?:nay|" + _Y + r"))?(?!\w)")),
    ("half", re.compile(r"nửa\s*(đầu|cuối)\s*năm(?:\s*(?:nay|" + _Y + r"))?")),
    ("quarter", re.compile(r"(?<!\w)quý\s*(iv|iii|ii|i|[1-4])(?!\w)" + _YEAR_TAIL)),
    ("month", re.compile(r"(?<![\d\w])tháng\s*(\d{1,2})(?!\d)(?:\s*(?:/|-|năm)\s*" + _Y + r")?(?!\s*[/.-]\s*\d)")),
    # An event date ("ngày 22/4, Hà Nam công bố đã cấp ...") dates the stock announced in its clause;
    # "từ ngày 1/7/2025" is a starting point (a law taking effect), not a period.
    ("day", re.compile(r"(?<!từ )(?<!kể từ )(?:trong\s*)?ngày\s*" + _D + _SEP + _D + r"(?:" + _SEP + _Y
                       + r")?(?![\d/])")),
    ("year", re.compile(r"(?:(?:cuối|đầu|hết|trong|giữa)\s*)?năm\s*" + _Y + r"(?!\d|\s*[/.]\s*\d)")),
    ("bare_year", re.compile(
        r"(?=[12]\d{3})(?:(?<=đến )|(?<=tới )|(?<=trong )|(?<=từ )|(?<=\()|(?<=kỳ )|(?<=index )|(?<=sipas )"
        r"|(?<=papi )|(?<=pci )|(?<=dti )|(?<=pgi )|(?<=766 )|(?<=gii )|(?<=index\) )|(?<=sipas\) )"
        r"|(?<=papi\) )|(?<=pci\) )|(?<=dti\) )|(?<=pgi\) )|(?<=gii\) )"
        # any index's edition named by its acronym: "EGDI 2024", "DDCI 2023", "PII 2024"
        r"|(?<=egdi )|(?<=ddci )|(?<=pii )|(?<=efi )|(?<=egdi\) )|(?<=ddci\) ))"
        + _Y + r"(?!\d|\s*[/.,]\s*\d|\s*-\s*\d)")),
    ("rel_this", re.compile(r"(?<!\w)năm\s*(?:nay|này)(?!\w)")),
    ("rel_last", re.compile(r"(?<!\w)năm\s*(?:ngoái|vừa rồi)(?!\w)")),
    # "năm trước" is the year before the one being talked about (sentence year, else publication year).
    # not "ở các năm trước" (earlier years in general)
    ("rel_prev", re.compile(r"(?<!\w)(?<!các )(?<!những )năm\s*trước(?!\w)")),
    # (not "trong 5 năm qua", "mấy năm qua": a stretch of several years, as with "năm tới" below)
    ("rel_past", re.compile(r"(?<!\w)(?<!\d )(?<!hai )(?<!ba )(?<!vài )(?<!mấy )(?<!bốn )(?<!năm )(?<!mười )"
                            r"(?<!nhiều )(?:một\s*)?năm\s*(?:vừa\s*)?qua(?!\w)")),
    # (not "trong hai năm tới": a horizon of several years)
    ("rel_next", re.compile(r"(?<!\w)(?<!\d )(?<!hai )(?<!ba )(?<!vài )(?<!bốn )(?<!năm )(?<!mười )"
                            r"năm\s*(?:sau|tới|kế tiếp)(?!\w)")),
]

# Where each pattern can start, so that it is tried only there: most patterns open with a lookbehind or
# an optional word, which leaves the regex engine no literal to skip ahead to, and trying every pattern at
# every character of an article cost more than all the rest of period finding. ``name: (anchor, reach)``:
# every match of the pattern contains one of the ``anchor`` strings (or a match of the ``anchor`` regex);
# with ``reach`` None the match starts where the anchor does, else at most ``reach`` non-space characters
# (and any spaces) before it. Patterns not listed open with a literal and are searched as they are.
_Anchor = tuple[str, ...] | re.Pattern[str]
_ANCHORS: dict[str, tuple[_Anchor, int | None]] = {
    "date_range": (("từ", "giai đoạn"), None),
    "same_period": (("cùng",), None),
    "event": (("phiên họp", "kỳ họp", "hội nghị", "giao ban"), None),
    "two_editions": (("hai", "cả hai"), None),
    "week": (("tuần",), None),
    # "năm|lần thứ" and a number (7 letters in "mười một") before it, or the number and "năm"
    "streak": (("liên tiếp", "liền", "liên tục"), 13),
    "prev_edition": (("kỳ", "lần"), None),
    "prev_unit": (("tháng", "quý", "kỳ"), None),
    "since_now": (("từ", "kể từ"), None),
    "ytd_date": (("từ", "kể từ"), None),
    "ytd_month": (("từ", "kể từ"), None),
    "ytd": (("từ", "kể từ"), None),
    "asof_date": (("tính", "đến", "tới", "tại thời điểm", "vào thời điểm", "thời điểm", "lũy kế đến",
                   "luỹ kế đến"), None),
    "asof_month": (("tính", "đến", "tới"), None),
    "asof_yearend": (("tính", "lũy kế", "luỹ kế", "thời điểm", "hết", "cuối"), None),
    "asof_monthend": (("thời điểm", "hết", "cuối"), None),
    "after_months": (("sau",), None),
    "asof_partend": (("tính", "đến", "tới", "hồi", "vào", "thời điểm"), None),
    "asof_unknown": (("tính", "đến", "tới"), None),
    # the first year and what joins it to the second; before it a word of up to 8 letters ("giai đoạn") and "("
    "year_span": (re.compile(_Y + r"\s*(?:-|–|đến|tới)"), 9),
    # "trong"/"qua" and a number of up to 7 letters ("mười một") before "tháng … năm"
    "months_of_year": (re.compile(r"tháng\s*(?:đầu|cuối)?\s*(?:của\s*)?năm"), 12),
    "months_bare": (("tháng",), 2),
    "full_year": (("tính chung", "cả năm"), None),
    "quarter": (("quý",), None),
    "month": (("tháng",), None),
    "day": (("trong", "ngày"), None),
    "year": (("cuối", "đầu", "hết", "trong", "giữa", "năm"), None),
    "bare_year": (("19", "20"), None),
    "rel_this": (("năm",), None),
    "rel_last": (("năm",), None),
    "rel_prev": (("năm",), None),
    "rel_past": (("một", "năm"), None),
    "rel_next": (("năm",), None),
}


def _anchor_hits(norm: str, anchor: str | re.Pattern[str], lo: int, hi: int, cache: dict) -> list[int]:
    """Start of every occurrence of ``anchor`` inside ``norm[lo:hi]``, overlapping ones included."""
    key = anchor if isinstance(anchor, str) else anchor.pattern
    hits = cache.get(key)
    if hits is None:
        hits = []
        if isinstance(anchor, str):
            at = norm.find(anchor, lo, hi)
            while at >= 0:
                hits.append(at)
                at = norm.find(anchor, at + 1, hi)
        else:
            while (m := anchor.search(norm, hits[-1] + 1 if hits else lo, hi)) is not None:
                hits.append(m.start())
        cache[key] = hits
    return hits


def _starts(norm: str, anchor: _Anchor, reach: int | None, lo: int, hi: int, cache: dict) -> list[int]:
    """Where a pattern with this anchor and reach may start, in order (kept in ``cache`` for the call)."""
    key = (anchor if isinstance(anchor, tuple) else anchor.pattern, reach)
    starts = cache.get(key)
    if starts is None:
        found: set[int] = set()
        for one in (anchor,) if isinstance(anchor, re.Pattern) else anchor:
            for p in _anchor_hits(norm, one, lo, hi, cache):
                first = p
                if reach is not None:
                    letters = 0
                    while first > lo and (norm[first - 1].isspace() or letters < reach):
                        letters += not norm[first - 1].isspace()
                        first -= 1
                found.update(range(first, p + 1))
        starts = cache[key] = sorted(found)
    return starts


def _finditer(name: str, rx: re.Pattern[str], norm: str, lo: int, hi: int,
              cache: dict | None = None) -> Iterable[re.Match[str]]:
    """``rx.finditer(norm, lo, hi)``, with ``rx`` tried only at the starts its anchor allows; ``cache`` keeps
    anchor hits and starts for the other patterns of the same call."""
    if name not in _ANCHORS:
        return rx.finditer(norm, lo, hi)
    anchor, reach = _ANCHORS[name]
    out = []
    pos = lo
    for p in _starts(norm, anchor, reach, lo, hi, {} if cache is None else cache):
        if p >= pos and (m := rx.match(norm, p, hi)) is not None:
            out.append(m)
            pos = m.end()
    return out


_COMPARISON_BEFORE = re.compile(
    r"(?:so\s*với|so|hơn|bằng|gấp\s*\S+\s*lần|tương đương|giống như|cũng như|tương tự)\s*"
    r"(?:(?:với|kết quả|mức|cùng kỳ|thời điểm|của)\s*)*$"
    # "giữ nguyên vị trí của năm trước": the rank it was kept from
    r"|(?<!\w)giữ nguyên\s*(?:vị trí|thứ hạng|hạng|mức)\s*(?:của|như)?\s*$")
# "mức cao nhất của cùng kỳ giai đoạn 2011-2025", "cao nhất kể từ năm 2020": a record's reference span
# ("lần đầu tiên kể từ năm 2012, cả 63/63 địa phương …": a first since then, no running total from it)
_RECORD_BEFORE = re.compile(r"(?:(?:cao|thấp|lớn|nhỏ)\s*nhất|lần\s*đầu(?:\s*tiên)?)\s*(?:\S+\s*){0,4}$")
# "Kể từ năm 2005, đã có ... lượt doanh nghiệp": the start of a running total
# ("từ năm 2014 tỉnh tự đánh giá … (DDCI)": since then, a practice's start and no figure's time)
# (but "Nền tảng từ năm 2024", "ngay từ quý I": a noun's or verb's "từ", no clause opening with a start)
_SINCE_BEFORE = re.compile(r"(?:kể từ|từ sau|^\s*từ)\s*(?:năm\s*)?$")


# A document's number ("số 215/KH-UBND", "Nghị quyết 02/NQ-CP") right before "ngày …"
_DOC_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d+/(?:\d{4}/)?[^\W\d_]+(?:-[^\W\d_]+)*\s*$")
_FROM_NOW_BEFORE = re.compile(r"(?<!\w)(?:từ nay|từ giờ|từ bây giờ|phấn đấu)\s*$")
_REORG = date(2025, 7, 1)
_REORG_DAY = "2025-07-01"
_BOUNDARY_BEFORE = re.compile(r"(?<!\w)(?:trước|sau)\s*$")
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:trước|hạn|hạn chót|chậm nhất|muộn nhất)\s*$")
_SO_VOI_RIGHT_BEFORE = re.compile(r"(?<!\w)so\s*với\s*(?:thời điểm|lần|kỳ)?\s*$")
_DOC_LABEL_BEFORE = re.compile(r"(?<!\w)(?:quy hoạch|chiến lược|chương trình|kế hoạch|đề án|nghị quyết|nhiệm kỳ)"
                               r"(?:\s+[^\s.;,()]+){0,8}\s*$")
# (a verb setting a goal, not "mục tiêu" inside a name: "Chương trình mục tiêu quốc gia … giai đoạn 2021-2025")
_GOAL_SET = re.compile(r"(?<!\w)(?:đặt|đề ra|phấn đấu)(?!\w)")
_SO_VOI = re.compile(r"(?<!\w)so\s*(?:với|cùng kỳ)(?!\w)")
# Clause punctuation only (the comma inside "72,80" is a decimal mark), line breaks and sentence ends.
_CLAUSE_CUT = re.compile(r"[;:()\n]|,(?!\d)|[.!?](?=\s)")


def _comparison_kind(norm: str, start: int, lo: int) -> str | None:
    """How a mention serves as a reference rather than the figure's own time, else None:
    ``record`` (``cao nhất kể từ năm 2020``), ``since`` (``kể từ năm 2005`` opening a running total) or
    ``base`` (``so với [vị trí thứ 15 của] năm 2022``)."""
    before = norm[max(lo, start - 60):start]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(before)]
    if cuts:
        before = before[cuts[-1]:]
    if _RECORD_BEFORE.search(before):
        return "record"
    if _SINCE_BEFORE.search(before):
        return "since"
    if _COMPARISON_BEFORE.search(before):
        return "base"
    ends = [m.end() for m in _SO_VOI.finditer(before)]
    return "base" if ends and len(before) - ends[-1] <= 45 else None


def find_periods(norm: str, lo: int = 0, hi: int | None = None, *,
                 published: date | None = None) -> list[PeriodMention]:
    """Every time expression in ``norm[lo:hi]`` (``norm`` = normalize_for_matching text), sorted by start.

    Relative expressions (``năm nay``) resolve against ``published``; without it they are skipped.
    Implicit-year expressions carry ``{Y}`` placeholders; call ``resolve_implicit``.
    """
    hi = len(norm) if hi is None else hi
    out: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    pub_year = published.year if published else None
    anchor_hits: dict[str, list[int]] = {}

    for name, rx in _PATTERNS:
        for m in _finditer(name, rx, norm, lo, hi, anchor_hits):
            s, e = m.start(), m.end()
            # Leading whitespace of optional prefixes would make spans ugly; trim it.
            while s < e and (norm[s].isspace() or norm[s] == "("):
                s += 1
            if s >= e or any(not (e <= a or s >= b) for a, b in taken):
                continue
            pm = _build(name, m, s, e, pub_year, published)
            if pm is None:
                continue
            ahead_before = {"day": _DEADLINE_BEFORE, "asof_date": _FROM_NOW_BEFORE}.get(name)
            if ahead_before is not None and m.group(3) is None and published is not None \
                    and ahead_before.search(norm, max(lo, s - 20), s):
                # "Mục tiêu 80% trước ngày 30/6" written in May, "Từ nay đến ngày 31/12, …" in October: a deadline
                # lies ahead, not in last year
                d = _dmy(m.group(1), m.group(2), str(published.year))
                if d is not None and d < published:
                    d = _dmy(m.group(1), m.group(2), str(published.year + 1))
                if d is not None:
                    pm = replace(pm, value=_iso(d), year=d.year)
            if name == "day" and published is not None and published >= _REORG \
                    and (int(m.group(1)), int(m.group(2))) == (1, 7) and m.group(3) in (None, "2025") \
                    and _BOUNDARY_BEFORE.search(norm, max(lo, s - 12), s):
                # "Chia theo địa bàn trước ngày 1/7, khu vực Bình Thuận cũ thu …" after the merger: the day the
                # 34 provinces took effect names the former units, it dates no figure (nor is it a deadline a year on)
                pm = replace(pm, value=_REORG_DAY, year=_REORG.year, kind="label")
            if name in ("day", "asof_date") and _DOC_NUMBER_BEFORE.search(norm, max(lo, s - 40), s):
                # "Theo Kế hoạch số 215/KH-UBND ngày 20/01/2025, tỉnh phấn đấu …": the day a document was signed
                pm = replace(pm, kind="label")
            if name == "year_span" and any(o.kind == "streak" and 0 <= s - o.end <= 3 for o in out):
                # "năm thứ năm liên tiếp (2019-2023)": the streak's years, a rank's period only
                pm = replace(pm, kind="streak_span")
            if pm.kind == "asof" and _SO_VOI_RIGHT_BEFORE.search(norm, max(lo, s - 30), s):
                # "So với thời điểm ngày 14/6, …": the earlier reading a change is measured from
                pm = replace(pm, comparison=True)
            elif name == "year_span" and (label := _DOC_LABEL_BEFORE.search(norm, max(lo, s - 70), s)) \
                    and not _GOAL_SET.search(label.group(0)):
                # "Quy hoạch tỉnh thời kỳ 2021-2030": the name of a plan, not the time of a figure
                # (but "Nghị quyết số 24/2021/QH15 đặt mục tiêu giai đoạn 2021-2025 mỗi năm giảm …": the goal's span)
                pm = replace(pm, kind="label")
            if pm.kind not in ("comparison", "asof_unknown", "asof", "event", "streak", "label", "since_now"):
                how = _comparison_kind(norm, s, lo)
                if how == "base":
                    pm = replace(pm, comparison=True)
                elif how is not None:
                    pm = replace(pm, comparison=True, kind=how)
            out.append(pm)
            taken.append((s, e))
    out.sort(key=lambda p: p.start)
    if any(p.kind == "week" for p in out):
        out = _date_weeks(norm, out)
    return out


_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def _date_weeks(norm: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """Give each week of a month the range the article writes beside it ("tuần thứ 3 tháng 10/2025 (từ ngày 13 đến
    19/10/2025)"), the same week named elsewhere (a title) that range too, and another week of that month the range
    moved by whole weeks ("so với tuần thứ 2"); a week the article does not date labels nothing."""
    dated: dict[tuple[int, int], tuple[date, date]] = {}
    for i, w in enumerate(out):
        if w.kind != "week" or w.week is None or w.week[1] is None or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        m = _RANGE.fullmatch(nxt.value or "")
        if m and re.fullmatch(r"\s*\(\s*", norm[w.end:nxt.start]):
            dated.setdefault((w.week[0], w.week[1]), (date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))))
    result = []
    for p in out:
        if p.kind != "week" or p.week is None:
            result.append(p)
            continue
        n, month = p.week
        known = [(k, v) for k, v in dated.items() if month is None or k[1] == month]
        if (n, month) in dated:
            a, b = dated[(n, month)]
        elif len({k[1] for k, _ in known}) == 1:
            (k_n, _), (a, b) = known[0]
            a, b = a + timedelta(days=7 * (n - k_n)), b + timedelta(days=7 * (n - k_n))
        else:
            result.append(replace(p, kind="label"))
            continue
        result.append(replace(p, value=f"{_iso(a)}..{_iso(b)}", kind="explicit", year=b.year))
    return result


def _build(name: str, m: re.Match[str], s: int, e: int, pub_year: int | None,
           published: date | None) -> PeriodMention | None:
    g = m.groups()
    if name == "date_range":
        y2 = g[5] or _guess_year(int(g[4]), published)
        d2 = _dmy(g[3], g[4], y2)
        d1 = _dmy(g[0], g[1], g[2] or y2)
        if d1 is None or d2 is None or d1 > d2:
            return None
        return PeriodMention(s, e, f"{_iso(d1)}..{_iso(d2)}", "explicit", year=d2.year)
    if name == "event":
        return PeriodMention(s, e, None, "event")
    if name == "week":
        n = _num(g[0])
        month = int(g[1]) if g[1] else None
        if not 1 <= n <= 5 or (month is not None and not 1 <= month <= 12):
            return None
        return PeriodMention(s, e, None, "week", week=(n, month))
    if name == "streak":
        return PeriodMention(s, e, None, "streak", streak=_num(g[0] or g[1]))
    if name == "two_editions":
        a, b = int(g[0]), int(g[1])
        return PeriodMention(s, e, f"{a}..{b}", "explicit", year=b) if a < b <= a + 10 else None
    if name == "asof_yearend":
        return PeriodMention(s, e, f"{g[0]}-12-31", "asof", year=int(g[0]))
    if name == "asof_monthend":
        mo, y = int(g[0]), int(g[1])
        return PeriodMention(s, e, _iso(_month_end(y, mo)), "asof", year=y) if 1 <= mo <= 12 else None
    if name == "asof_partend":
        month = 3 * _ROMAN[g[0]] if g[0] else int(g[1])
        if not 1 <= month <= 12:
            return None
        # (no year: the last such day before publication, or this year's still ahead after "đến"/"tới", a deadline)
        ahead = bool(re.match(r"(?:tính\s*)?(?:đến|tới)", m.group(0)))
        y = int(g[2]) if g[2] else (published.year if published and (ahead or month <= published.month)
                                    else (published.year - 1 if published else None))
        if y is None:
            return None
        return PeriodMention(s, e, _iso(_month_end(y, month)), "asof", year=y)
    if name == "after_months":
        n = _num(g[0])
        if not 1 <= n <= 12:
            return None
        val = {12: "{Y}", 6: "{Y}-H1", 3: "{Y}-Q1"}.get(n, "{Y}-01..{Y}-" + f"{n:02d}")
        return _implicit(s, e, val, g[1], m.group(0), pub_year)
    if name == "full_year":
        return _implicit(s, e, "{Y}", g[0], m.group(0), pub_year)
    if name == "since_now":
        return PeriodMention(s, e, None, "since_now", year=int(g[0]))
    if name == "ytd_date":
        y = g[3] or g[0] or _guess_year(int(g[2]), published)
        end = _dmy(g[1], g[2], y)
        if end is None:
            return None
        return PeriodMention(s, e, f"{end.year}-01-01..{_iso(end)}", "explicit", year=end.year)
    if name == "ytd_month":
        mo = int(g[1])
        if not 1 <= mo <= 12:
            return None
        return _implicit(s, e, "{Y}-01..{Y}-" + f"{mo:02d}" if mo > 1 else "{Y}-01", g[2] or g[0], m.group(0), pub_year)
    if name == "ytd":
        y = int(g[0]) if g[0] else pub_year
        if y is None:
            return PeriodMention(s, e, None, "asof_unknown")
        return PeriodMention(s, e, str(y), "explicit", year=y)
    if name == "day_range":
        y = g[3] or _guess_year(int(g[2]), published)
        d1, d2 = _dmy(g[0], g[2], y), _dmy(g[1], g[2], y)
        if d1 is None or d2 is None or d1 > d2:
            return None
        return PeriodMention(s, e, f"{_iso(d1)}..{_iso(d2)}", "explicit", year=d2.year)
    if name == "asof_date":
        d = _dmy(g[0], g[1], g[2] or _guess_year(int(g[1]), published))
        return PeriodMention(s, e, _iso(d), "asof", year=d.year) if d else None
    if name == "asof_month":
        mo = int(g[1])
        if not 1 <= mo <= 12:
            return None
        if g[2] is None:
            # "đến cuối tháng 11" in December: a reading at the end of a month already past this year (a month still
            # ahead is a deadline's, left to the plain month)
            if not g[0] or published is None or mo > published.month:
                return None
            return PeriodMention(s, e, _iso(_month_end(published.year, mo)), "asof", year=published.year)
        y = int(g[2])
        # "tính đến hết tháng 6/2024" is the month's last day; "đến tháng 6/2024" the month
        value = _iso(_month_end(y, mo)) if g[0] else f"{y}-{mo:02d}"
        return PeriodMention(s, e, value, "asof", year=y)
    if name == "asof_unknown":
        return PeriodMention(s, e, None, "asof_unknown")
    if name == "month_range":
        a, b = int(g[0]), int(g[1])
        if not (1 <= a < b <= 12):
            return None
        return _implicit(s, e, "{Y}-" + f"{a:02d}" + "..{Y}-" + f"{b:02d}", g[2], m.group(0), pub_year)
    if name == "year_span":
        a, b = int(g[0]), int(g[1])
        if not a < b <= a + 30:
            return None
        return PeriodMention(s, e, f"{a}..{b}", "explicit", year=b)
    if name == "months_of_year":
        n = _num(g[0])
        part = g[1]
        y = g[2]
        if n == 6:
            val = "{Y}-H2" if part == "cuối" else "{Y}-H1"
        elif n == 3 and part != "cuối":
            val = "{Y}-Q1"
        elif n == 3:
            val = "{Y}-Q4"
        elif n == 12:
            val = "{Y}"
        elif 1 <= n < 12 and part != "cuối":
            val = "{Y}-01..{Y}-" + f"{n:02d}"
        elif 1 <= n < 12:
            val = "{Y}-" + f"{13 - n:02d}" + "..{Y}-12"
        else:
            return None
        return _implicit(s, e, val, y, m.group(0), pub_year)
    if name == "half":
        val = "{Y}-H2" if g[0] == "cuối" else "{Y}-H1"
        return _implicit(s, e, val, g[1], m.group(0), pub_year)
    if name == "quarter":
        q = _ROMAN[g[0]]
        return _implicit(s, e, "{Y}-Q" + str(q), g[1], m.group(0), pub_year)
    if name == "month":
        mo = int(g[0])
        if not 1 <= mo <= 12:
            return None
        return _implicit(s, e, "{Y}-" + f"{mo:02d}", g[1], m.group(0), pub_year)
    if name == "day":
        d = _dmy(g[0], g[1], g[2] or _guess_year(int(g[1]), published))
        return PeriodMention(s, e, _iso(d), "day", year=d.year) if d else None
    if name == "months_bare":
        n = int(g[0])
        val = {6: "{Y}-H1", 3: "{Y}-Q1"}.get(n, "{Y}-01..{Y}-" + f"{n:02d}")
        return PeriodMention(s, e, val, "explicit", implicit_year=True)
    if name in ("rel_prev", "prev_edition"):
        return PeriodMention(s, e, "{Y-1}", "relative", implicit_year=True)
    if name in ("year", "bare_year"):
        y = int(g[0])
        return PeriodMention(s, e, str(y), "explicit", year=y)
    if name == "same_period":
        return PeriodMention(s, e, None, "comparison", comparison=True)
    if name == "prev_unit":
        return PeriodMention(s, e, None, "comparison", comparison=True)
    if pub_year is None or published is None:
        return None
    if name == "rel_this":
        return PeriodMention(s, e, str(pub_year), "relative", year=pub_year)
    if name == "rel_last":
        return PeriodMention(s, e, str(pub_year - 1), "relative", year=pub_year - 1)
    if name == "rel_past":
        # "năm qua" in a January-March article is the year just closed; later in the year it is this year.
        y = pub_year - 1 if published.month <= 3 else pub_year
        return PeriodMention(s, e, str(y), "relative", year=y)
    if name == "rel_next":
        return PeriodMention(s, e, str(pub_year + 1), "relative", year=pub_year + 1)
    return None


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def _guess_year(month: int, published: date | None) -> str | None:
    """The year of a day/month written without one: the publication year, or the previous one when the
    month is still ahead of the publication date."""
    if published is None:
        return None
    return str(published.year - 1 if month > published.month else published.year)


def _implicit(s: int, e: int, template: str, year: str | None, surface: str,
              pub_year: int | None) -> PeriodMention:
    if year:
        return PeriodMention(s, e, template.replace("{Y}", year), "explicit", year=int(year))
    if surface.rstrip().endswith("nay") and pub_year is not None:
        return PeriodMention(s, e, template.replace("{Y}", str(pub_year)), "relative", year=pub_year)
    return PeriodMention(s, e, template, "explicit", implicit_year=True)


def resolve_implicit(pm: PeriodMention, context_year: int | None, published: date | None,
                     ahead: bool = False) -> PeriodMention | None:
    """Fill ``{Y}`` from the context year (an explicit year nearby) or the publication date (``ahead``: for a
    goal, "quý IV" or "cả năm" written in October is this year's, still to come, not last year's)."""
    if not pm.implicit_year or pm.value is None:
        return pm
    if pm.value == "{Y-1}":
        base = context_year if context_year is not None else (published.year if published else None)
        if base is None:
            return None
        return replace(pm, value=str(base - 1), implicit_year=False, year=base - 1)
    y = context_year
    if y is None and published is not None:
        y = published.year
        # A reported period has ended by publication: "quý I" read on 6 January is last year's first quarter,
        # "6 tháng đầu năm" read in July is this year's first half; one still running ("đến giữa tháng 9" read on
        # 18 September, "cả năm" in December) is this year's, read to date.
        last_month = _last_month(pm.value)
        if not ahead and last_month is not None and last_month > published.month:
            y -= 1
    if y is None:
        return None
    return replace(pm, value=pm.value.replace("{Y}", str(y)), implicit_year=False, year=y)


_PART_TEMPLATE = re.compile(r"\{Y\}-(H[12]|Q[1-4]|\d{2})$")


def _last_month(template: str) -> int | None:
    if template == "{Y}":
        return 12  # "cả năm": a whole year is over only once December is
    m = _PART_TEMPLATE.search(template)
    if not m:
        return None
    tag = m.group(1)
    if tag.startswith("H"):
        return 6 if tag == "H1" else 12
    if tag.startswith("Q"):
        return 3 * int(tag[1])
    return int(tag)


_YEAR_DIGITS = re.compile(r"\d{4}")


def implied_by_comparison(pm: PeriodMention, published: date | None) -> str | None:
    """A figure compared ``so với năm X`` (and given no period of its own) is for year X+1.

    Annual rankings are released the year after the one they measure, so an article of 2024 saying
    "tăng 4 bậc so với năm 2022" reports the 2023 edition; capped at the publication year.
    """
    if not pm.comparison or pm.kind in ("record", "since") or pm.value is None \
            or not _YEAR_DIGITS.fullmatch(pm.value):
        return None
    y = int(pm.value) + 1
    if published is not None and y > published.year:
        return None
    return str(y)
