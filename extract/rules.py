"""Fact rules: from the numbers of one sentence to typed contract facts, or to nothing.

Every rule reads the matching view of the sentence (``extract.normalize.normalize_for_matching``), so
the spans it returns are valid in the NFC text. The decisions, in order, for each number:

1. reject it when it is a date, time, period, document or programme number, quoted slogan, ordinal,
   heading or list number, phone number, view counter, network generation (``4G``) or an anaphor
   (``3 nội dung nói trên``);
2. find what it measures: a rank construction on its left (``xếp thứ``, ``hạng``, ``vị trí``, ``top``),
   or a unit on its right (``%``, ``điểm``, ``bậc``/``hạng``, a currency, a counted noun); a number
   with no unit and no rank cue is no fact;
3. the qualifier from the words right before it (``hơn``, ``khoảng``, ``ít nhất`` ...) or after it
   (``trở lên``), a range overriding them;
4. the role: ``change`` when a change verb or a comparative stands right before it, ``target`` when a
   goal cue (``mục tiêu``, ``chỉ tiêu … giao``, ``phấn đấu``, ``kế hoạch``, ``đến năm 2025`` ...) governs
   its clause and no result word (``đã``, ``đạt được``, ``vượt``) comes after the cue, else ``level``.

Ranks without digits (``dẫn đầu``/``đứng đầu`` a named ranking, ``đứng thứ hai``) are found by their own
pass. The subject is a heuristic over the clause, in the text's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract import lexicon as lx
from extract.numbers import NumberMention, find_numbers, words_to_number


@dataclass(slots=True)
class Candidate:
    """A typed fact before linking; offsets are absolute in the document."""

    start: int
    end: int
    kind: str
    role: str
    direction: str | None
    value: float
    value_max: float | None
    out_of: float | None
    qualifier: str
    unit: str | None
    subject: str | None = None
    confidence: float = 0.9


# ---------------------------------------------------------------------------------------------------
# Compiled patterns

_W = r"(?![^\W\d_])"  # end of a word (next char is no letter)
_CLASSIFIER = re.compile(r"^\s?(" + lx.alternation(lx.CLASSIFIERS) + ")" + _W)
_TIME_UNIT = re.compile(r"^\s?(?:" + lx.alternation(lx.TIME_UNITS) + ")" + _W)
_CURRENCY = re.compile(r"^\s?(" + lx.alternation([c for c, _ in lx.CURRENCIES]) + ")" + _W)
_CURRENCY_UNIT = dict(lx.CURRENCIES)
_PER_HEAD = re.compile(r"^/\s?(?:người|lao động|hộ|tháng|năm|khẩu|ha|tấn|kg|m2)" + _W)
_QUALIFIER = re.compile(r"(?<![^\W\d_])(" + lx.alternation([q for q, _ in lx.QUALIFIERS]) + r")\s$")
_QUALIFIER_OF = dict(lx.QUALIFIERS)
_CHANGE = re.compile(
    r"(?<![^\W\d_])(" + lx.alternation([v for v, _ in lx.CHANGE_VERBS]) + r")(?: thêm)?(?: được)?(?: lần lượt)?"
    r"(?: là)?\s$"
)
_DIRECTION_OF = dict(lx.CHANGE_VERBS)
_ID_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + lx.alternation(lx.ID_WORDS) + r")(?: số)?\s?$")
_DATE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|tháng|quý|tuần|năm|lúc|niên khóa|năm học|mùa|"
    r"giai đoạn|nhiệm kỳ|đầu năm|cuối năm|từ năm|đến năm|tới năm)\s$"
)
_PHONE_BEFORE = re.compile(r"(?:lượt xem|lượt đọc|lượt truy cập|lượt view|điện thoại|hotline|đt|fax|tổng đài|"
                           r"đánh giá|email|sđt|di động)\s?:?\s?$")
_ANAPHOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:cả|các)\s$")
_RANK_THU = re.compile(r"(?<![^\W\d_])thứ\s$")
_ORDINAL_HEADS = re.compile(
    r"(?<![^\W\d_])(?:lần|phiên|phiên họp|kỳ họp|khóa|đợt|năm|ngày|tuần|tháng|đại hội|hội nghị|giải|quý|lớp|"
    r"bài|chương|mục|điều|khoản|hội thi|cuộc thi|mùa|liên tiếp|liên tục)\s$"
)
_RANK_CUE_NEAR = re.compile(
    r"(?<![^\W\d_])(?:xếp|xếp hạng|đứng|hạng|vị trí|giữ|giữ vững|vươn lên|lên|xuống|tụt xuống|lùi xuống|ở|"
    r"nằm|thăng|tăng lên|từ|và|tỉnh|địa phương|thành phố|đơn vị|quốc gia|là)(?: ở)?(?: vị trí)?\s$"
)
_RANK_AFTER = re.compile(r"^\s?(?:/|toàn quốc|cả nước|khu vực|trong|trên|so với|\(|của|thế giới|châu|về|với)")
_HANG_BEFORE = re.compile(r"(?<![^\W\d_])(?:xếp hạng|hạng|vị trí số|vị trí thứ|vị trí)\s$")
_HANG_NOT_RANK = re.compile(r"(?:bệnh viện|đô thị|viện|trường|sân bay|khách sạn|huân chương|giải|đường|xe|vé|"
                            r"ghế|thẻ|hội|doanh nghiệp|tàu|phòng)\s(?:xếp\s)?hạng\s$")
_TOP_BEFORE = re.compile(r"(?<![^\W\d_])(?:top|tốp|nhóm)\s$")
_TOP_LEADING = re.compile(r"^[^;,.]{0,50}?(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|đầu|xuất sắc nhất)")
_OUT_OF_AFTER = re.compile(r"^\s(?:trên|trong|trong số|trong tổng số|/)\s?(?:tổng số\s)?$")
_ORDINAL_WORD_RANK = re.compile(
    r"(?<![^\W\d_])(?:xếp|đứng|vị trí|hạng|xếp hạng|giữ|vươn lên|lên)(?: ở)?(?: vị trí)?\s(thứ\s(nhất|nhì|hai|ba|"
    r"tư|năm|sáu|bảy|tám|chín|mười))" + _W
)
_ORDINAL_VALUE = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                  "chín": 9, "mười": 10}
_LEAD = re.compile(r"(?<![^\W\d_])(dẫn đầu|đứng đầu|xếp đầu)" + _W)
_LEAD_NOT_BEFORE = re.compile(r"(?:người|cấp|vai trò|trách nhiệm|nhóm|tốp|top|các|những|lần|là người|tính)\s"
                              r"(?:[^\W\d_]+\s){0,1}$")
_LEAD_NOT_AFTER = re.compile(r"^\s(?:đoàn|danh sách|cơ quan|đơn vị|cấp ủy|chính quyền|địa phương|ngành|"
                             r"(?:cả\s|các\s)?\d+\s|(?:cả\s)?(?:hai|ba|bốn|năm)\s(?:bảng|chỉ số))")
_RANK_CONTEXT_LEFT = re.compile(r"chỉ số|xếp hạng|bảng xếp hạng|index|pci|papi|sipas|dti|par|ict|gii|efi|"
                                r"kết quả chấm điểm|kết quả đánh giá|vị trí")
_COMPARATIVE = re.compile(r"(?<![^\W\d_])(nhiều|ít|cao|thấp|lớn|kém)\s(?:hơn)\s$")
_LEVEL_AFTER_VERB = re.compile(r"(?<![^\W\d_])(?:lên|còn|xuống|xuống còn|từ|đạt|là|ở mức|bằng|chiếm)\s$")
_HEADING_AFTER = re.compile(r"^(?:\.\d+)*[.)]\s")
_MORE_AFTER = re.compile(r"^\s?(?:trở lên|trở xuống)" + _W)
_WORD = re.compile(r"[^\W\d_]+")


def _last_words(s: str, n: int) -> str:
    words = _WORD.findall(s[-60:])
    return " ".join(words[-n:])


def _in_short_quote(left: str, right: str) -> bool:
    """Inside a short quoted name or slogan (“4 phủ”, “90 ngày, đêm”)."""
    if left.count('"') % 2 == 0:
        return False
    open_at = left.rfind('"')
    close_at = right.find('"')
    if close_at < 0:
        return False
    inside = left[open_at + 1:] + "x" + right[:close_at]
    return len(inside.split()) <= 8


# ---------------------------------------------------------------------------------------------------
# Role


def _target_role(region: str) -> bool:
    """True when a goal cue governs the clause ``region`` that ends right before the number."""
    best = None
    for m in lx.TARGET_CUES.finditer(region):
        cue = m.group(0)
        if cue == "giao" and (lx.NOT_GIAO.search(region[:m.end()]) or lx.NOT_GIAO.search(region[m.start():])):
            continue
        # "đã bảo đảm", "đã nâng": done, not planned.
        if re.search(r"(?:đã|được)\s(?:[^\W\d_]+\s)?$", region[max(0, m.start() - 12):m.start()]) and cue not in (
            "giao", "chỉ tiêu", "kế hoạch", "mục tiêu"
        ):
            continue
        best = m
    if best is None:
        return False
    after = region[best.end():]
    if lx.LEVEL_RESETS.search(after):
        return False
    return not (best.group(0) in lx.NOUN_TARGET_CUES and re.search(r"(?<![^\W\d_])đạt" + _W, after))


def _direction_in(region: str) -> str | None:
    ups = [m.start() for m in lx.UP_WORDS.finditer(region)]
    downs = [m.start() for m in lx.DOWN_WORDS.finditer(region)]
    if not ups and not downs:
        return None
    return "up" if max(ups or [-1]) > max(downs or [-1]) else "down"


# ---------------------------------------------------------------------------------------------------
# Subject


_SUBJECT_HEAD = re.compile(
    r"(?<![^\W\d_])(?:tỷ lệ|số|chỉ số|bộ chỉ số|kết quả|tổng|tốc độ|mức|giá trị|kim ngạch|thu|chi|vốn|điểm số|"
    r"xếp hạng|thứ hạng|thu nhập|năng suất|doanh thu|tăng trưởng|grdp|gdp|pci|papi|par index|sipas|dti|"
    r"ict index|hài lòng|giải ngân)" + _W
)
_SUBJECT_TRIM_END = re.compile(
    r"(?:\s|,)*(?:(?:đã|được|đạt|là|có|với|ở mức|bằng|tăng|giảm|lên|xuống|còn|chiếm|xếp|đứng|thứ|hạng|"
    r"vị trí|tỷ lệ|tương đương|khoảng|hơn|trên|gần|từ|cho|của|và|thì|cũng|vẫn|tiếp tục|luôn|ước|dự kiến|"
    r"cao|thấp|nhiều|ít|được|thêm|lần lượt|tại|trong|so với|toàn)(?:\s|,)*)+$"
)
_SUBJECT_TRIM_START = re.compile(
    r"^(?:(?:theo đó|trong đó|cụ thể|ngoài ra|bên cạnh đó|đồng thời|riêng|tuy nhiên|hiện|hiện nay|qua đó|"
    r"nhờ đó|với|năm \d{4}|trong năm \d{4}|tính đến \S+|đến nay|tỉnh|thành phố|toàn tỉnh|đã|có)[\s,:]*)+"
)


def _subject(sent: str, norm: str, left_start: int, num_start: int, num_end: int, kind: str) -> str | None:
    """What the number measures, in the sentence's words: a heuristic over its clause."""
    region = norm[left_start:num_start]
    cut = max(region.rfind(";"), region.rfind(":"), region.rfind("("))
    base = left_start + cut + 1 if cut >= 0 else left_start
    head = None
    for m in _SUBJECT_HEAD.finditer(norm, base, num_start):
        head = m
        break
    if kind == "count":
        right = sent[num_end:num_end + 90]
        stop = re.search(r"[;.:()]|,\s(?:đạt|tăng|giảm|chiếm)|\s(?:đạt|chiếm|tăng|giảm)\s", right)
        tail = right[:stop.start()] if stop else right
        words = tail.split()[:10]
        if words:
            return " ".join(words).strip(" ,") or None
    start = head.start() if head else base
    if head is None:
        comma = norm.rfind(", ", base, num_start)
        if comma >= 0 and len(norm[comma + 2:num_start].split()) >= 3:
            start = comma + 2
    text = sent[start:num_start]
    low = norm[start:num_start]
    low_trim = _SUBJECT_TRIM_END.sub("", low)
    text = text[:len(low_trim)]
    lead = _SUBJECT_TRIM_START.match(low_trim)
    if lead:
        text = text[lead.end():]
    text = text.strip(" ,;:-")
    if len(text.split()) < 2:
        right = sent[num_end:num_end + 90]
        stop = re.search(r"[;.,:()]", right)
        tail = (right[:stop.start()] if stop else right).strip()
        if tail and kind == "percent":
            return " ".join(tail.split()[:12])
    if not text:
        return None
    words = text.split()
    return " ".join(words[-14:])


# ---------------------------------------------------------------------------------------------------
# Sentence


def sentence_candidates(sent: str, norm: str, offset: int, style: str = "vi") -> list[Candidate]:
    """Typed facts of one sentence. ``sent``/``norm``: its NFC text and matching view; ``offset``: its start."""
    mentions = find_numbers(norm, style)
    out: list[Candidate] = []
    consumed: set[int] = set()
    prev_end = 0  # end of the previous fact in this sentence (clause boundary for roles)
    prev_target = False
    for k, m in enumerate(mentions):
        if k in consumed:
            continue
        cand = _classify(sent, norm, mentions, k, consumed)
        if cand is None:
            continue
        # Role: change first (it is local), then target by clause.
        region_start = prev_end
        region = norm[region_start:cand.start]
        if _target_role(region) or (prev_target and _carries_target(region)):
            if cand.role == "change" or cand.role == "level":
                cand.role = "target"
        prev_target = cand.role == "target"
        cand.subject = _subject(sent, norm, region_start if region_start else 0, cand.start, cand.end, cand.kind)
        prev_end = cand.end
        cand.start += offset
        cand.end += offset
        out.append(cand)
    out.extend(_word_ranks(sent, norm, offset, out))
    out.sort(key=lambda c: c.start)
    return out


def _carries_target(region: str) -> bool:
    """A list of goals continues (``100% hồ sơ …, 90% người dân …``) until a result word or clause end."""
    if ";" in region or len(region) > 160:
        return False
    return not (lx.LEVEL_RESETS.search(region) or re.search(r"(?<![^\W\d_])đạt" + _W, region))


def _classify(sent: str, norm: str, mentions: list[NumberMention], k: int, consumed: set[int]) -> Candidate | None:
    m = mentions[k]
    if m.shape in ("date", "time", "code"):
        return None
    if m.shape == "rank_follow":  # the "3" of "thứ 2 và 3"
        return Candidate(m.start, m.end, "rank", "level", None, m.value, None, None, "exact", "hạng")
    left = norm[:m.start]
    right = norm[m.end:]
    left_tail = left[-40:]

    # --- distractors -------------------------------------------------------------------------------
    if not left.strip() and _HEADING_AFTER.match(right):
        return None  # "1. Kết quả", "2) ..."
    if _PHONE_BEFORE.search(left_tail):
        return None
    digits = re.sub(r"\D", "", m.raw)
    if not m.words and digits.startswith("0") and len(digits) >= 7:
        return None
    if _in_short_quote(left, right):
        return None
    if m.words and m.value == 1 and not (m.scaled or m.percent):
        return None  # "một": an article far more often than a count
    if m.shape == "glued" and m.suffix not in ("đ", "ha", "km", "tấn", "kg", "m"):
        return None  # 4G, H5N1-like codes, 3D

    # --- rank from the left ------------------------------------------------------------------------
    rank = _rank_from_left(norm, mentions, k, consumed)
    if rank is not None:
        return rank

    if _DATE_BEFORE.search(left_tail):
        return None
    if _ID_BEFORE.search(left_tail) and not m.percent:
        return None
    if _ANAPHOR_BEFORE.search(left_tail) or lx.ANAPHORA_AFTER.match(right.lstrip()[:60] + " "):
        return None
    if m.shape == "number" and not m.percent and m.is_integer and 1900 <= m.value <= 2100 and "." not in m.raw:
        # A bare year-like figure counts only with a unit; "2023 người" is rare, "năm 2023" everywhere.
        if not _CLASSIFIER.match(right) or _TIME_UNIT.match(right):
            return None

    # --- unit on the right -------------------------------------------------------------------------
    kind: str | None = None
    unit: str | None = None
    end = m.end
    conf = 0.9
    if m.percent:
        kind, unit = "percent", "%"
    elif re.match(r"^\s?điểm phần trăm" + _W, right):
        kind, unit = "percent", "điểm phần trăm"
        end = m.end + re.match(r"^\s?điểm phần trăm", right).end()
    elif m.shape == "glued" and m.suffix == "đ":
        kind, unit = "money", "đồng"
        end = m.end + 1
    elif m.shape == "glued":
        kind, unit = "count", m.suffix
        end = m.end + len(m.suffix)
    else:
        cur = _CURRENCY.match(right)
        if cur and not (cur.group(1) == "đồng" and re.match(r"^\s?đồng\s(?:" + "|".join(
                lx.NOT_CURRENCY_AFTER_DONG) + ")" + _W, right)):
            kind, unit = "money", _CURRENCY_UNIT[cur.group(1)]
            end = m.end + cur.end()
            per = _PER_HEAD.match(norm[end:])
            if per:
                end += per.end()
        elif re.match(r"^\s?điểm" + _W, right) and not re.match(
                r"^\s?điểm\s(?:" + "|".join(lx.PLACE_AFTER_DIEM) + ")" + _W, right):
            kind, unit = "score", "điểm"
            end = m.end + re.match(r"^\s?điểm", right).end()
        elif re.match(r"^\s?bậc" + _W, right):
            kind, unit = "rank", "bậc"
            end = m.end + re.match(r"^\s?bậc", right).end()
        elif re.match(r"^\s?(?:hạng|thứ hạng)" + _W, right) and not re.match(r"^\s?hạng mục", right):
            kind, unit = "rank", "hạng"
            end = m.end + re.match(r"^\s?(?:hạng|thứ hạng)", right).end()
        elif _TIME_UNIT.match(right):
            return None
        else:
            cls = _CLASSIFIER.match(right)
            if cls:
                kind, unit = "count", sent[m.end + cls.start(1):m.end + cls.end(1)]
                end = m.end + cls.end()
            elif m.scaled and not m.words and lx.MONEY_CONTEXT.search(norm):
                kind, unit, conf = "money", "đồng", 0.7
            else:
                return None
    if kind == "count" and _TOP_BEFORE.search(left_tail):
        # "nhóm 15 tỉnh, thành phố có điểm cao nhất": a group size, reported as a count.
        pass

    # --- qualifier ---------------------------------------------------------------------------------
    start = m.start
    qualifier = "exact"
    role, direction = "level", None
    comp = _COMPARATIVE.search(left_tail)
    if comp:
        role, direction = "change", _DIRECTION_OF[comp.group(1) + " hơn"]
    else:
        q = _QUALIFIER.search(left_tail)
        if q:
            qualifier = _QUALIFIER_OF[q.group(1)]
            start = m.start - (len(left_tail) - q.start())
    after_unit = norm[end:]
    more = _MORE_AFTER.match(after_unit)
    if more:
        qualifier = "gte" if "lên" in more.group(0) else "lte"
        if re.search(r"(?<![^\W\d_])từ\s$", left_tail):
            start = m.start - len("từ ")
    if m.shape == "range":
        qualifier = "range"
        if re.search(r"(?<![^\W\d_])từ\s$", left_tail):
            start = m.start - len("từ ")

    # --- change ------------------------------------------------------------------------------------
    before_q = norm[:start]
    if role != "change":
        ch = _CHANGE.search(before_q[-40:])
        if ch and not _LEVEL_AFTER_VERB.search(before_q[-12:]):
            role, direction = "change", _DIRECTION_OF[ch.group(1)]
    if kind == "rank" and unit == "bậc" and role != "change":
        role = "change"
        direction = _direction_in(norm[max(0, start - 60):start]) or "up"
    if kind == "rank" and unit == "hạng" and role != "change":
        clause = norm[max(0, start - 30):start]
        if lx.UP_WORDS.search(clause) or lx.DOWN_WORDS.search(clause):
            role, direction = "change", _direction_in(clause)
    if kind == "rank":
        unit = "bậc" if unit == "bậc" else "hạng"

    return Candidate(start, end, kind, role, direction, m.value, m.value_max, m.out_of, qualifier, unit,
                     confidence=conf)


def _rank_from_left(norm: str, mentions: list[NumberMention], k: int, consumed: set[int]) -> Candidate | None:
    """Rank facts announced by the words before the number: xếp thứ, hạng, vị trí, top/nhóm."""
    m = mentions[k]
    left = norm[:m.start]
    tail = left[-40:]
    right = norm[m.end:]
    if m.percent or m.shape == "range" and not _TOP_BEFORE.search(tail):
        return None
    start = m.start
    qualifier = "exact"
    if _RANK_THU.search(tail):
        before_thu = left[:-len("thứ ")]
        head_ok = _RANK_CUE_NEAR.search(before_thu[-30:] + " ") or _RANK_AFTER.match(right) or m.out_of
        if _ORDINAL_HEADS.search(before_thu[-20:] + " ") or not head_ok:
            return None
        if m.words and m.value > 10:
            return None
        start = m.start - len("thứ ")
    elif _HANG_BEFORE.search(tail):
        if _HANG_NOT_RANK.search(tail) or m.words:
            return None
    elif _TOP_BEFORE.search(tail):
        after = norm[m.end:m.end + 80]
        if not _TOP_LEADING.match(after):
            return None  # "nhóm 15 tỉnh có điểm cao nhất" is read as a count further on
        start = m.start - (len(tail) - _TOP_BEFORE.search(tail).start())
        qualifier = "lte"
    elif re.search(r"(?<![^\W\d_])(?:xếp|đứng)\s$", tail) and not m.words and re.match(r"^\s?/", right) is None \
            and m.out_of is not None:
        pass
    else:
        return None
    end = m.end
    out_of = m.out_of
    # "thứ 9 trên 63 tỉnh", "thứ 9 trong số 63": the second number is the denominator.
    if out_of is None and k + 1 < len(mentions):
        nxt = mentions[k + 1]
        between = norm[m.end:nxt.start] + ("" if norm[m.end:nxt.start].endswith(" ") else " ")
        if _OUT_OF_AFTER.match(" " + between.strip() + " ") and not nxt.percent and nxt.shape == "number":
            out_of = nxt.value
            end = nxt.end
            consumed.add(k + 1)
    # Extend over the ranked population ("46/132 quốc gia và nền kinh tế", "9/63 tỉnh, thành phố").
    pop = _CLASSIFIER.match(norm[end:])
    if pop and out_of is not None:
        end += pop.end()
    # "thứ 2 và 3": a second rank.
    if k + 1 < len(mentions) and k + 1 not in consumed:
        nxt = mentions[k + 1]
        if re.fullmatch(r"\s?(?:và|,)\s?", norm[m.end:nxt.start]) and not nxt.percent and nxt.shape == "number" \
                and _RANK_THU.search(left[-40:]):
            nxt.shape = "rank_follow"
    return Candidate(start, end, "rank", "level", None, m.value, None, out_of, qualifier, "hạng")


def _word_ranks(sent: str, norm: str, offset: int, found: list[Candidate]) -> list[Candidate]:
    """Ranks with no digit: ``đứng thứ hai``, and ``dẫn đầu``/``đứng đầu`` a named ranking."""
    out: list[Candidate] = []
    taken = [(c.start - offset, c.end - offset) for c in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _ORDINAL_WORD_RANK.finditer(norm):
        a, b = m.span(1)
        if free(a, b):
            out.append(Candidate(a + offset, b + offset, "rank", "level", None, float(_ORDINAL_VALUE[m.group(2)]),
                                 None, None, "exact", "hạng", confidence=0.85))
    for m in _LEAD.finditer(norm):
        a, b = m.span(1)
        if not free(a, b):
            continue
        left = norm[max(0, a - 40):a]
        right = norm[b:b + 100]
        if _LEAD_NOT_BEFORE.search(left) or _LEAD_NOT_AFTER.match(right):
            continue
        if re.search(r"\d+\s(?:lần|chỉ số|bảng)\s(?:[^\W\d_]+\s){0,2}$", left):
            continue
        named = lx.RANK_NAMING.match(right) or _RANK_CONTEXT_LEFT.search(norm[max(0, a - 120):a])
        if not named and not re.search(r"vị trí\s$", left):
            continue
        region = norm[:a]
        role = "target" if _target_role(region[-160:]) else "level"
        out.append(Candidate(a + offset, b + offset, "rank", role, None, 1.0, None, None, "exact", "hạng",
                             subject=_subject(sent, norm, 0, a, b, "rank"), confidence=0.75))
    return out


def ordinal_word_value(word: str) -> int | None:
    """Value of an ordinal written in words after ``thứ`` (``nhất`` = 1, ``tư`` = 4)."""
    if word in _ORDINAL_VALUE:
        return _ORDINAL_VALUE[word]
    v = words_to_number(word.split())
    return int(v) if v is not None else None
