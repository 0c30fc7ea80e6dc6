"""Vietnamese date/time parsing for portal datelines and article text.

Shared by the crawler (page metadata) and the extractor (publication date of plain-text input). The
exact portal formats are matched by hand-written patterns: they are unambiguous once read day-first,
and dateparser is ~1000x slower, so it is only a last resort inside ``parse_vn_datetime`` and never
used by ``find_dateline`` (which runs on every article).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), name="+07:00")

_WEEKDAY = r"(?:th[ứu]\s*(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|ch[ủu]\s*nh[ậa]t|t[2-7]|cn)"
# Day-first numeric date: 08/01/2024, 8-1-2024, 08.01.2024 (the year is required: "27/1" is not a dateline).
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_YM = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})(?![\d-])")
_WORDY = re.compile(r"ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s*(?:n[ăa]m|,)\s*(\d{4})", re.IGNORECASE)
_TIME = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?(?:\s*:\s*(\d{2}))?(?:\s*(?:phút|')\s*)?(?![\d/])",
    re.IGNORECASE)
# A scraper's "date 2024-01" prefix glued to the first line of text.
_LEAD_ISOISH = re.compile(r"^\W*(?:date|ng[àa]y)\s*:?\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])",
                          re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")

# Words that may surround a dateline without making it prose.
_LABELS = re.compile(
    r"c[ậa]p\s*nh[ậa]t(?:\s*l[úu]c)?|ng[àa]y\s*(?:đăng|đ[ăa]ng|xu[ấa]t\s*b[ảa]n|ban\s*h[àa]nh)?|đăng\s*l[úu]c|"
    r"l[úu]c|gi[ờo]|ph[úu]t|gmt\s*\+?\s*7|l[ưu][ợo]t\s*xem\s*:?\s*[\d.,]*|l[ưu][ợo]t\s*đ[ọo]c\s*:?\s*[\d.,]*|"
    r"date|published|posted|updated|in\s*b[àa]i\s*vi[ếe]t|chia\s*s[ẻe]|"
    + _WEEKDAY,
    re.IGNORECASE,
)


def make_date(year: int, month: int, day: int) -> date | None:
    """A valid ``date`` or None (e.g. 31/02 or a two-digit year)."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time_after(s: str, pos_excluded: tuple[int, int]) -> tuple[int, int, int]:
    """The first clock time in ``s`` outside the date's own span, else midnight."""
    for m in _TIME.finditer(s):
        if pos_excluded[0] <= m.start() < pos_excluded[1]:
            continue
        hh = int(m.group(1))
        mm = int(m.group(2) or 0)
        ss = int(m.group(3) or 0)
        sep = s[m.start(1) + len(m.group(1)):m.end()].strip().lower()
        # A bare number followed by "h" is a time ("14h30", "14h"); a lone number is not.
        if not sep:
            continue
        if hh < 24 and mm < 60 and ss < 60:
            return hh, mm, ss
    return 0, 0, 0


def _find_date(s: str) -> tuple[date, tuple[int, int]] | None:
    for rx, order in ((_DMY, "dmy"), (_WORDY, "dmy3"), (_YMD, "ymd")):
        for m in rx.finditer(s):
            if order == "dmy":
                d = make_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            elif order == "dmy3":
                d = make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                d = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is not None:
                return d, (m.start(), m.end())
    return None


def parse_vn_datetime(s: str) -> datetime | None:
    """Parse one portal date string, day-first, into an aware datetime (+07:00 unless it says otherwise).

    ``Thứ hai - 08/01/2024 15:04``, ``Ngày đăng: 08/07/2024 11:38``, ``17:18, 03/08/2020``,
    ``26/02/2021, 08:22``, ``| 08-01-2024 | 15:04:25``, ``Cập nhật: 14h30 ngày 18/4/2024``,
    ``19/04/2023 | lượt xem: 5``, ISO 8601 strings. Returns None when no full date (with year) is present.
    """
    if not s or not s.strip():
        return None
    s = s.strip()
    iso = _ISO.search(s)
    if iso:
        raw = iso.group(0).replace(" ", "T").replace("Z", "+00:00")
        if re.search(r"[+-]\d{4}$", raw):
            raw = raw[:-2] + ":" + raw[-2:]
        try:
            dt = datetime.fromisoformat(raw)
        except ValueError:
            dt = None
        if dt is not None:
            return dt if dt.tzinfo else dt.replace(tzinfo=VN_TZ)
    found = _find_date(s)
    if found is not None:
        d, span = found
        hh, mm, ss = _time_after(s, span)
        return datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=VN_TZ)
    if not re.search(r"\d{4}", s):
        return None
    return _dateparser_fallback(s)


def _dateparser_fallback(s: str) -> datetime | None:
    try:
        import dateparser  # imported lazily: slow to import and only needed for odd formats
    except ImportError:  # pragma: no cover - declared dependency
        return None
    dt = dateparser.parse(s, languages=["vi", "en"],
                          settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                    "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})
    if dt is None:
        return None
    return dt.replace(tzinfo=VN_TZ) if dt.tzinfo is None else dt


def _is_dateline(line: str, span: tuple[int, int]) -> bool:
    """True when ``line`` is little more than the date: labels, weekday, time, separators."""
    rest = line[:span[0]] + " " + line[span[1]:]
    rest = _TIME.sub(" ", rest)
    rest = _LABELS.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    # Allow a short byline or section name beside the date ("Tin tức", "BBT"), not a sentence.
    return len(rest) <= 24 and len(rest.split()) <= 4


def find_dateline(text: str, max_lines: int = 8, max_chars: int = 600) -> datetime | None:
    """The article's own dateline near the top of a plain text, as an aware datetime, else None.

    Looks at the first non-empty lines only (a date deep in the body is an event, not the publication),
    and accepts a line only when it is essentially a date (with optional labels, weekday, time, views).
    A bare ``date 2024-01`` line (year-month) gives the first of that month.
    """
    head = text[:max_chars]
    seen = 0
    for line in head.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines:
            break
        lead = _LEAD_ISOISH.match(line)
        if lead:
            d = make_date(int(lead.group(1)), int(lead.group(2)), int(lead.group(3) or 1))
            if d is not None:
                return datetime(d.year, d.month, d.day, tzinfo=VN_TZ)
        if len(line) > 160:
            continue
        iso = _ISO.search(line)
        if iso:
            dt = parse_vn_datetime(iso.group(0))
            if dt is not None and _is_dateline(line, (iso.start(), iso.end())):
                return dt
        found = _find_date(line)
        if found is not None:
            d, span = found
            if _is_dateline(line, span):
                hh, mm, ss = _time_after(line, span)
                return datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=VN_TZ)
            continue
        ym = _YM.search(line)
        if ym and 1 <= int(ym.group(2)) <= 12 and _is_dateline(line, (ym.start(), ym.end())):
            d = make_date(int(ym.group(1)), int(ym.group(2)), 1)
            if d is not None:
                return datetime(d.year, d.month, 1, tzinfo=VN_TZ)
    return None


def extract_dateline(text: str) -> date | None:
    """The dateline's calendar date (what relative periods resolve against), else None."""
    dt = find_dateline(text)
    return dt.date() if dt else None
