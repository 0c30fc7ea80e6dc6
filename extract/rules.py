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

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract import lexicon as lx
from extract.normalize import normalize_for_matching
from extract.numbers import SCALE_WORDS, NumberMention, find_numbers, words_to_number


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
    group: bool = False  # "nhóm 15 tỉnh có điểm cao nhất": a rank when planned, a count when reported
    cue_limit: int | None = None  # a goal cue read only before here (a comparative names the goal it compares with)


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
    r"(?<![^\W\d_])(" + lx.alternation([v for v, _ in lx.CHANGE_VERBS]) + r")"
    r"(?: (?:thêm|được|lần lượt|là|mạnh|nhẹ|tới|nhanh|cao nhất với|mạnh nhất với|nhiều nhất với|bình quân|"
    r"tương ứng|vọt|đột biến|khá|rất|lên tới|khoảng|ở mức|tương đương|với|cao nhất|mạnh nhất|nhiều nhất|"
    r"thấp nhất|grdp|gdp|ổn định|kinh tế))*\s$"
)
# "tốc độ tăng 7%", "đạt mức tăng trưởng từ 8% trở lên": the growth rate as a state, not a change. The noun
# "mức tăng" itself governs a change ("với mức tăng 8,16%", "có mức tăng dưới 8%"), as the Conventions say.
_CHANGE_AS_NOUN = re.compile(r"(?<![^\W\d_])(?:đạt mức|tốc độ|đà|chỉ số|tỷ lệ)\s$")
# "mức tăng thu ngân sách 14,2%": the noun governs its figure across what it qualifies.
# ("đưa mức tăng của cả 6 tháng lên 11,84%": a period's number inside what it qualifies)
_GROWTH_NOUN = re.compile(r"(?<![^\W\d_])(?<!đạt )mức (tăng|giảm)(?: trưởng)?(?: [^%();:,.]{1,30})?\s$")
# "cao hơn mức tăng của 6 tháng đầu năm (6,56%)": the parenthesised figure is that growth.
_GROWTH_NOUN_PAREN = re.compile(r"(?<![^\W\d_])(?<!đạt )mức (tăng|giảm)(?: trưởng)?(?: [^%();:]{0,40})? \($")
# "cao hơn tốc độ tăng GRDP của tỉnh (6,24%) và tốc độ tăng GDP của cả nước (5,05%)", "so với tốc độ tăng GDP của
# cả nước (7,52%)": a growth rate compared with, in brackets, is that growth (as "mức tăng … (6,56%)").
_COMPARED_GROWTH_PAREN = re.compile(
    r"(?<![^\W\d_])(?:hơn|so với)\s(?:[^;.()]{0,60}\([^()]{1,12}\)\s(?:và|,)\s)?(?:[^\W\d_]+ ){0,3}?"
    r"(?:mức|tốc độ) (tăng|giảm)(?: trưởng)?(?: [^%();:]{0,40})? \($")
_COMPARED_GROWTH = re.compile(r"(?<![^\W\d_])(?:hơn|so với)\s(?:[^\W\d_]+ ){0,3}?(?:mức|tốc độ|nhịp) (tăng|giảm)"
                              r"(?: trưởng)?(?: [^%();:,.\d]{0,30})?\s$")
_DIRECTION_OF = dict(lx.CHANGE_VERBS)
# "trong số 55 quốc gia", "tổng số 120 hồ sơ": "số" there is "number of", not "No."
_AMONG_BEFORE = re.compile(r"(?<![^\W\d_])(?:trong|tổng|trên tổng|trong tổng)\ssố\s$")
# Set names, not measurements (Conventions): the fixed number of provinces after a scope word ("trên phạm vi 34
# tỉnh, thành phố", "Tính theo 34 tỉnh, thành phố mới", "của 63 tỉnh, thành phố"); "cả 63 tỉnh … đều đạt" is a count.
_PROVINCE_SET_BEFORE = re.compile(r"(?<![^\W\d_])(?:phạm vi|tính theo|theo|của|giữa|với|trong|trên|bảng xếp hạng)\s$")
# Addressees of a directive or assignment ("yêu cầu các sở, ngành và 168 xã, phường", "giao từng sở, ngành và UBND
# 21 huyện"): the units named, not a measured count.
_ADDRESSEES_BEFORE = re.compile(r"(?<![^\W\d_])(?:các|từng|mỗi) sở,? (?:ban,? )?ngành(?:,? (?:đoàn thể|địa phương))?"
                                r"(?: và| cùng| với)(?: ubnd| ủy ban nhân dân)?(?: các)?\s$")
_SET_SCOPE_BEFORE = re.compile(r"(?<![^\W\d_])(?:địa bàn|bản đồ|phạm vi)(?: (?:toàn bộ|các|cả))?\s$")
_ID_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + lx.alternation(lx.ID_WORDS) + r")(?: số)?\s?$")
_DATE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|tháng|quý|tuần|năm|lúc|niên khóa|năm học|mùa|"
    r"giai đoạn|nhiệm kỳ|đầu năm|cuối năm|từ năm|đến năm|tới năm)\s$"
)
_PHONE_BEFORE = re.compile(r"(?:lượt xem|lượt đọc|lượt truy cập|lượt view|điện thoại|hotline|đt|fax|tổng đài|"
                           r"email|sđt|di động)\s?:?\s?$|đánh giá\s?:\s?$")
# A page's own counter written after its figure ("08h30 | 856 lượt đọc"): only where the line ends with it or the
# next field follows, so "thu hút 1,2 triệu lượt xem" in a sentence stays a count.
_VIEW_COUNTER_AFTER = re.compile(r"^\s?lượt (?:xem|đọc|truy cập|view)[ \t]*(?:\||\n|$)")
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
# Verbs placing a unit in a top group ("vào nhóm 10", "trở lại nhóm 30", "giữ PGI trong nhóm 10").
_INTO_GROUP = re.compile(r"(?<![^\W\d_])(?:(?:vào|lọt|giữ vững|giữ|trở lại|trở về|thuộc|hướng tới|hướng đến|duy trì|"
                         r"vươn lên)(?: [^\W\d_]+){0,3}|(?:nằm|vẫn|đều|luôn|tục|tiếp|mặt) trong|"
                         # "Mục tiêu nhóm 50 và nhóm 30": a goal named by its group, and a list of groups going on
                         r"mục tiêu|(?:nhóm|tốp|top) \d+,? (?:và|hoặc))\s$")
_FROM_TO_RANK = re.compile(
    r"từ (?:vị trí|hạng|thứ)(?: thứ| số)? \d+(?:\s?\([^)]*\))?,? (?:lên|xuống)(?: vị trí| hạng)?\s$"
)
_DATE_AFTER_WEEKDAY = re.compile(r"\s*[,-]?\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")
_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])(?:vào|các|ngày|sáng|chiều|tối|hôm)\s$")
_UNIT_PAIR_COMMA = re.compile(r"(?<![^\W\d_])(tỉnh|sở|huyện|xã|quận|bộ), "
                              r"(?=thành|ngành|phường|thị|huyện|ngành|cơ quan)")
# (not across "và": "nhóm 3 địa phương có chỉ số cao nhất và đứng đầu 14 tỉnh" ends the group before "và")
_TOP_LEADING = re.compile(r"^(?:(?! và )[^;,.]){0,50}?(?:dẫn đầu|đứng đầu|tốt nhất|xuất sắc nhất)(?![^\W\d_])")
_OUT_OF_AFTER = re.compile(r"^\s(?:trên|trong|trong số|trong tổng số|/)\s?(?:tổng số\s)?$")
_ORDINAL_WORD_RANK = re.compile(
    r"(?<![^\W\d_])(?:xếp|đứng|vị trí|hạng|xếp hạng|giữ|vươn lên|lên|xuống)(?: ở)?(?: vị trí)?\s(thứ\s(nhất|nhì|hai|ba|"
    r"tư|năm|sáu|bảy|tám|chín|mười))" + _W + r"(?:\s(?:năm|lần)\s(?:thứ|liên))?"
)
# A ranking by size named with its scope: "tỉnh đông dân thứ ba cả nước", "đô thị lớn thứ hai cả nước"
_SUPERLATIVE_ORDINAL = re.compile(r"(?<![^\W\d_])(?:lớn|đông dân|rộng|cao|nhiều)\s(thứ\s(nhì|hai|ba|tư|năm|sáu|bảy|"
                                  r"tám|chín|mười))\s(?=(?:cả nước|toàn quốc|thế giới|khu vực|châu á)" + _W + ")")
_ORDINAL_WORD_NEXT = re.compile(r"^\s?(?:và|,)\s(thứ\s(nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))" + _W)
_BARE_ORDINAL = re.compile(r"(?<![^\W\d_])(thứ\s(nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
                           r"(?=\s?\(|,|;|\.|\s(?:với|và)\s)")
# (a dot inside a word or number, "TP.HCM", "1.234", ends no sentence)
_ORDINAL_LIST_VERB = re.compile(r"(?<![^\W\d_])(?:xếp|đứng|xếp hạng)(?: ở)?(?: vị trí)? thứ\s(?:\d+|[^\W\d_]+)"
                                r"(?:[^.]|\.(?=\S))*$|"
                                # "A giữ ngôi đầu …; B thứ hai, C thứ ba": the figurative lead opens the list too
                                r"(?:dẫn đầu|đứng đầu|ngôi đầu|ngôi vương)(?:[^.]|\.(?=\S))*$")
_ORDINAL_VALUE = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                  "chín": 9, "mười": 10}
_LEAD = re.compile(r"(?<![^\W\d_])(dẫn đầu|đứng đầu|xếp đầu)" + _W)
# ("Hải Phòng lần đầu đứng đầu bảng xếp hạng": the first time a unit leads is its rank 1, not a repetition count)
_LEAD_NOT_BEFORE = re.compile(r"(?:người|cấp|vai trò|trách nhiệm|nhóm|tốp|top|các|những|lần(?! đầu $)|là người|tính)\s"
                              r"(?:[^\W\d_]+\s){0,1}$")
# "dẫn đầu đoàn", "dẫn đầu 3 đoàn công tác": leading people. A count of rankings after it ("đứng đầu 4 bảng xếp
# hạng", "dẫn đầu cả 3 bảng xếp hạng", "đứng đầu ở cả ba trụ cột") is a rank 1 held in each (Conventions).
_LEAD_NOT_AFTER = re.compile(r"^\s(?:đoàn|danh sách|cơ quan|đơn vị|cấp ủy|chính quyền|địa phương|ngành|"
                             r"(?:(?:ở|tại|về)\s)?(?:cả\s|các\s)?(?:\d+|hai|ba|bốn|năm|sáu)\s(?!bảng|chỉ số|trụ cột|"
                             r"lĩnh vực|nhóm chỉ số|tiêu chí|chỉ tiêu|năm|lần|kỳ|thứ|liên|nay|qua|trước|\d))")
# ("dẫn đầu năm thứ bảy liên tiếp", "đứng đầu 3 năm liền": a streak after the phrase, not a count of things led)
# "đứng đầu 14 tỉnh vùng …", "dẫn đầu 30 quận, huyện, thị xã": the units led, fronted after the rank word, are the
# rank's denominator (Conventions: a denominator fronted before or after a rank word is out_of, never a count).
_SET_UNITS = (r"(?:tỉnh, thành phố|tỉnh, thành|tỉnh|thành phố|địa phương|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu|"
              r"đơn vị|bộ|sở|ngành|quốc gia|nước|nền kinh tế|cơ quan(?: ngang bộ)?)")
_NUMERAL = r"(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: [^\W\d_]+)?)"
_LEAD_DENOMINATOR = re.compile(r"^\s(?:(?:cả|các)\s)?" + _NUMERAL + r"\s" + _SET_UNITS + r"(?:,\s" + _SET_UNITS + r")*"
                               + _W)
_LEAD_STREAK_OR_RANKS = re.compile(r"^\s(?:(?:năm|lần) thứ [^\W\d_]+ liên (?:tiếp|tục)|[^.]{0,80}?(?:xếp|đứng) thứ\s"
                                   r"(?:\d|hai|nhì|ba))")
_SET_UNITS_RE = re.compile(r"^" + _SET_UNITS + _W)
_AVERAGE_OF = re.compile(r"(?<![^\W\d_])(?:trung bình|bình quân|trung vị)(?![^\W\d_])(?:20\d\d|[^,;.:()\d]){0,40}"
                         r" của\s$")
_LEAD_BEFORE_SET = re.compile(r"(?<![^\W\d_])(?:dẫn|đứng|xếp) đầu (?:(?:cả|các) )?$")
# "Trong 11 tỉnh, thành phố vùng …, Quảng Ninh tiếp tục dẫn đầu", "Nếu tính theo 63 tỉnh, thành phố cũ, … đứng đầu":
# the set a sentence opens with is the denominator of its ranks, not a count.
# ("Nếu đặt vào bảng xếp hạng 63 tỉnh, thành phố như trước khi sắp xếp, …": the ranking's size, fronted)
_FRONTED_SET = re.compile(r"^\s*(?:nếu\s)?(?:trong|trong số|trong tổng số|tính theo|xét trong|giữa|"
                          r"(?:đặt\s)?(?:vào|trên|theo)\sbảng xếp hạng)\s" + _NUMERAL
                          + r"\s" + _SET_UNITS + r"(?:,\s" + _SET_UNITS + r")*" + _W + r"[^,;.:()\d]{0,60},\s")
_RANK_SCOPE_AFTER = re.compile(r"^\s(?:toàn|cả|trong|trên|khu vực|vùng|khối|thế giới|châu)(?![^\W\d_])")
# "Ba vị trí dẫn đầu:", "5 đơn vị dẫn đầu là …": the phrase labels a group that a list names.
_LEAD_LABEL_AFTER = re.compile(r"^\s?(?::|là|gồm|thuộc về|lần lượt)(?![^\W\d_])")
# "Hải Phòng đứng đầu bảng với 96,17%", "Huyện A dẫn đầu khối này với 97,63 điểm": the leader's own figure names
# the ranking it leads (the measure), as "dẫn đầu cả nước về PAR Index" does by name. Only an index's score or
# rate does: "Nhà đầu tư Trung Quốc dẫn đầu với 127 dự án" names no ranking (dev gold leaves it out).
# "Phường A dẫn đầu thành phố với 97,2%", "Bộ B dẫn đầu với tỷ lệ hồ sơ toàn trình 86,2%", "Hà Nội dẫn đầu với
# 0,8241" (a bare index value) name the ranking as well.
_LEAD_WITH_FIGURE = re.compile(r"^\s(?:(?:bảng|bảng xếp hạng|khối|khối này|cả nước|toàn quốc|toàn tỉnh|khu vực|"
                               r"vùng|thành phố|tỉnh|huyện|quận|thị xã|cấp (?:tỉnh|huyện|xã)|"
                               r"(?:khối|các) [^\W\d_]+(?:,? [^\W\d_]+){0,2})\s)?"
                               r"(?:(?:(?:năm|lần) thứ [^\W\d_]+|\S+ (?:năm|lần)) "
                               r"(?:liên tiếp|liên tục|liền),?\s)?"
                               r"với\s(?:[^\W\d_]+\s){0,6}(?:\d[\d.,]*\s?(?:%|điểm(?![^\W\d_]))|0[.,]\d{3,}(?![\d%]))")
# Figurative rank phrases with no digit (Conventions): the value they stand for, and whether the text
# must name the ranking nearby ("quán quân"/"á quân" name a ranking by themselves; "cao nhất cả nước"
# names its scope).
_FIGURATIVE_RANKS = (
    (re.compile(r"(?<![^\W\d_])(ngôi đầu|ngôi vương)(?![^\W\d_])"), 1.0, True, "ngôi"),
    (re.compile(r"(?<![^\W\d_])(dòng trên cùng)(?![^\W\d_])"), 1.0, True, "trên cùng"),
    (re.compile(r"(?<![^\W\d_])(vị trí đầu bảng)(?![^\W\d_])"), 1.0, True, "đầu bảng"),
    (re.compile(r"(?<![^\W\d_])(giữ ngôi)(?![^\W\d_])(?! đầu| vương)"), 1.0, True, "ngôi"),
    (re.compile(r"(?<![^\W\d_])(quán quân)(?![^\W\d_])"), 1.0, False, "quân"),
    # "PAR INDEX và SIPAS 2024: Hải Phòng về nhất" (devj: read like "quán quân")
    (re.compile(r"(?<![^\W\d_])(về nhất)(?![^\W\d_])"), 1.0, True, "về nhất"),
    (re.compile(r"(?<![^\W\d_])(á quân)(?![^\W\d_])"), 2.0, False, "quân"),
    # ("cao nhất khối bộ": the block of units named, as "cao nhất vùng")
    (re.compile(r"(?<![^\W\d_])(cao nhất (?:cả nước|toàn quốc|nước|vùng|khu vực|toàn tỉnh|tỉnh|thành phố|huyện|"
                r"khối [^\W\d_]+))"
                r"(?![^\W\d_])"), 1.0,
     False, "cao nhất"),
    # "Hà Nội là địa phương đầu tiên thực hiện …": first to complete, like "địa phương thứ 2 … hoàn thành".
    (re.compile(r"(?<![^\W\d_])(?:là|trở thành) (?:địa phương|tỉnh|thành phố|đơn vị|bộ|ngành|quốc gia|nước)"
                r"(?: cấp [^\W\d_]+| [^\W\d_]+)? (đầu tiên)(?![^\W\d_])"), 1.0, False, "đầu tiên"),
    # the headline form without the verb, scoped to the country: "Hà Nam: Tỉnh đầu tiên cả nước hoàn thành …"
    (re.compile(r"(?<![^\W\d_])(?<!là )(?<!thành )(?:địa phương|tỉnh|thành phố|đơn vị|bộ|ngành|quốc gia) (đầu tiên)"
                r"(?= (?:của |trên |trong )?(?:cả nước|toàn quốc))"), 1.0, False, "đầu tiên"),
)
# A superlative that closes a group's name ("nhóm điểm cao nhất cả nước", "nhóm 3 tỉnh có điểm cao nhất cả nước"):
# groups named without a number are no rank facts, and a numbered group is read with its size (Conventions).
_GROUP_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:nhóm|tốp|top)(?![^\W\d_])[^;.()]{0,60}$")
_FIGURATIVE_NAMING = re.compile(r"(?<![^\W\d_])(?:xếp|bảng xếp hạng|chỉ số|index|pci|papi|sipas|dti|par|ict|gii|efi|"
                                r"egdi|pgi|vị trí|thứ hạng|cả nước|toàn quốc|khối|liên tiếp|kết quả)(?![^\W\d_])")
_PURPOSE_BEFORE = re.compile(r"(?<![^\W\d_])(?:để|nhằm|phấn đấu|mục tiêu)(?![^\W\d_])[^,;]{0,30}$")
# "Khối sở, ban, ngành: Sở Tư pháp dẫn đầu", "Cấp huyện: Hội An dẫn đầu": a block of units named before the phrase
# (a sub-heading's label) is the ranking led.
_RANK_CONTEXT_LEFT = re.compile(r"chỉ số|xếp hạng|xếp thứ|đứng thứ|nhóm|bảng xếp hạng|index|pci|papi|sipas|dti|"
                                r"par|ict|gii|efi|kết quả chấm điểm|kết quả đánh giá|vị trí|"
                                r"(?<![^\W\d_])khối(?![^\W\d_])|"
                                r"(?<![^\W\d_])cấp (?:tỉnh|huyện|xã|sở|bộ)\s?:")
_SUPERLATIVE_PAIR = re.compile(r"(?:,|\svà)?\s?(?:thấp nhất|cao nhất|ít nhất|nhiều nhất)(?: là| với)?\s")
_LIST_JOIN = re.compile(r"\s?(?:,|và|,\s?và)\s")
# Units a place or body is ranked against: after "cao/thấp hơn" they are counted, not subtracted.
_RANKED_UNITS = re.compile(r"^(?:tỉnh|thành phố|địa phương|quốc gia|nước|nền kinh tế|huyện|quận|thị xã|xã|phường|"
                           r"đơn vị|sở|bộ|cơ quan|doanh nghiệp|vùng)")
_COMPARATIVE = re.compile(r"(?<![^\W\d_])(nhiều|ít|cao|thấp|lớn|kém)\s(?:hơn)\s$")
# "cao hơn bình quân chung của cả nước khoảng 11 điểm phần trăm": the comparand named between the comparative
# and the figure; a parenthesised figure there is the comparand's own value, not the difference.
_COMPARATIVE_GAP = re.compile(
    r"(?<![^\W\d_])(nhiều|ít|cao|thấp|lớn)\shơn\s(?=[^\d()%;:.,]{0,50}?(?:so với|bình quân|trung bình|trung vị|mức|"
    r"của|cùng kỳ|năm trước|năm ngoái|kỳ trước|quý trước|tháng trước|cả nước|toàn quốc|mặt bằng chung|"
    # "thấp hơn mục tiêu này 0,28 điểm phần trăm": the goal named again is the comparand ("thấp hơn mục tiêu 60%"
    # gives the goal's own value)
    r"(?:mục tiêu|chỉ tiêu|kế hoạch) (?:này|đó|trên|nói trên|đề ra|đặt ra)))"
    # a contrast ends the comparison: "cao hơn bình quân nhưng giảm gần 8 điểm phần trăm" is the verb's change
    r"(?![^\d()%;:.,]*?(?<![^\W\d_])(?:nhưng|song|tuy nhiên|trong khi)(?![^\W\d_]))[^\d()%;:.,]{1,50}"
    # "cao hơn giá trị trung bình cả nước (86,98%) gần 1 điểm phần trăm": the comparand's value in brackets
    r"(?:\([^()]{1,20}\)\s?)?\s$"
)
# "còn kém Hải Phòng 8,68 điểm", "trụ cột này kém trụ cột thể chế tới 37,37 điểm": the unit compared with named
# between "kém" and the gap.
_KEM_GAP = re.compile(r"(?<![^\W\d_])kém\s(?!hơn(?![^\W\d_]))(?:[^\W\d_]+\s){1,5}(?:tới\s|đến\s)?$")
# "Bắc Kạn đứng trên mốc này 2,3 điểm", "nằm dưới mức đó 0,8 điểm": a reference named before (the median, a mean)
# and the gap to it, a change up or down (devt, devv); "trên mốc 90%" with the figure itself is a bound.
_ABOVE_REFERENCE = re.compile(r"(?<![^\W\d_])(?:đứng|nằm|ở)\s(trên|dưới)\s(?:mốc|mức|ngưỡng|trung vị|bình quân|"
                              r"trung bình)\s(?:này|đó|ấy|trên|chung)\s(?:(?:khoảng|gần|hơn|tới)\s)?$")
_NAME_WORD = r"(?:TP\.?|[A-ZĐÀ-Ỹ][^\W\d_]*)"
_NAMED_COMPARAND = re.compile(r"(?<![^\W\d_])([Cc]ao|[Tt]hấp)\shơn\s(" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,3}"
                              r"(?:(?:,|\svà)\s" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,3}){0,3})\s(?:từ\s)?$")
_LEVEL_AFTER_VERB = re.compile(r"(?<![^\W\d_])(?:lên|còn|xuống|xuống còn|từ|đạt|(?<!nhất )là|ở mức|bằng|chiếm)\s$")
_CHANGE_LABEL = re.compile(r"(?<![^\W\d_])(?:mức )?(tăng|giảm)(?: so với [^:;,]{0,30})?:\s?$")
_RANK_LABEL = re.compile(r"(?<![^\W\d_])(?:thứ hạng|xếp hạng|vị trí)(?: [^:;,]{0,20})?:\s?$")
_HEADING_AFTER = re.compile(r"^(?:\.\d+)*[.)]\s")
# Parts an index is scored over ("đánh giá trên 7 lĩnh vực"): after a scoring verb "trên" means "across".
_DESIGN_UNITS = re.compile(r"^(?:lĩnh vực|tiêu chí|chỉ số|chỉ tiêu|nội dung|trụ cột|nhóm chỉ số)(?![^\W\d_])")
_ASSESSED_ON = re.compile(r"(?<![^\W\d_])(?:đánh giá|chấm điểm|chấm|đo lường|xếp hạng|khảo sát|tính toán)"
                          r"(?: [^\W\d_]+){0,2}\s$|"
                          # the verb shared by a parallel clause: "đánh giá trên 7 lĩnh vực, cấp huyện trên 8 lĩnh vực"
                          r"(?:đánh giá|chấm điểm)(?: [^\W\d_]+){0,2} trên \d+ [^\W\d_]+(?: [^\W\d_]+)?, "
                          r"(?:[^\W\d_]+ ){1,3}$")
_NOT_LET_BELOW = re.compile(r"(?<![^\W\d_])không để\s(?:[^,;.\d]|,\s(?=(?:[^\W\d_]+ ){1,2}nào)){0,50}$|"
                            # "không địa phương nào dưới 70%", "không có xã nào dưới 80%": none below, at least
                            r"(?<![^\W\d_])không (?:có )?(?:[^\W\d_]+ ){1,3}nào\s$")
_MORE_AFTER = re.compile(r"^\s?(?:trở lên|trở xuống)" + _W)
_WORD = re.compile(r"[^\W\d_]+")


_ADMIN_JSON = Path(__file__).resolve().parent / "data" / "admin.json"
_PLACE_UNITS = ("địa phương", "tỉnh", "tỉnh, thành phố", "tỉnh, thành", "thành phố", "khu vực")
_INDEX_NAMES = re.compile(r"(?<![^\W\d_])(?:par index|sipas|papi|pci|pgi|dti|ict index|gii|egdi|efi)(?![^\W\d_])")


@lru_cache(maxsize=1)
def _province_names() -> re.Pattern[str]:
    """Province names (63 and 34 maps) in the matching view, for telling whether a numeral points back at them."""
    data = json.loads(_ADMIN_JSON.read_text(encoding="utf-8"))
    names = {normalize_for_matching(p["name"]) for key in ("provinces_old", "provinces_new") for p in data.get(key, [])}
    names.discard("")
    return re.compile(r"(?<![^\W\d_])(?:" + lx.alternation(sorted(names)) + r")(?![^\W\d_])")


def _numeral_value(word: str) -> float | None:
    """``14`` or ``mười bốn``."""
    if word.isdigit():
        return float(word)
    return words_to_number(word.split())


def _province_before(left_tail: str) -> bool:
    """``kém Hải Phòng 8,68 điểm``: a province's name ends right before the number ("phòng" is no room number)."""
    tail = left_tail[-24:].rstrip()
    return any(found.end() == len(tail) for found in _province_names().finditer(tail))


_DEMONSTRATIVE_AFTER = re.compile(r"^\s?(?:này|nói trên|kể trên|vừa nêu)(?![^\W\d_])")
_OTHERS_AFTER = re.compile(r"^\s?(?:khác|còn lại|kế tiếp|tiếp theo)(?![^\W\d_])")
_ENUMERATION_AFTER = re.compile(r"^[^.;]{0,40}?(?:là|gồm|thuộc về):?\s(?:TP\.?\s)?[A-ZĐ]")
_LABEL_COLON_AFTER = re.compile(r"^[^.;\n]{0,80}:")


def _points_back(m: NumberMention, unit: str | None, sent: str, norm: str, end: int, before: str) -> bool:
    """``Bình Phước và Đồng Nai … Trước sắp xếp, hai địa phương …``, ``PCI … PGI … hai bộ chỉ số``: a numeral
    in words naming as many units as were just named is no count (Conventions: a numeral only pointing back at
    units already named); ``hai địa phương không đủ dữ liệu`` after no names, or ``hai địa phương còn lại``, is."""
    if not m.words or not 2 <= m.value <= 4 or m.out_of is not None or unit is None:
        return False
    if _DEMONSTRATIVE_AFTER.match(norm[end:]):
        return True  # "Hai khu vực này", "ba khu vực nói trên": the units just named, whatever they are
    if _OTHERS_AFTER.match(norm[end:]) or \
            _ENUMERATION_AFTER.match(sent[end:]) or \
            _LABEL_COLON_AFTER.match(sent[end:]):
        return False  # enumerating forward ("hai địa phương là …", "hai bảng xếp hạng được chờ đợi nhất: …")
    left = norm[:m.start]
    low = unit.lower()
    if low in ("bộ chỉ số", "bảng xếp hạng", "chỉ số"):
        # "PAR INDEX và SIPAS … những con số chính của hai bảng xếp hạng", "nhỉnh hơn ở cả hai chỉ số" (devj)
        named = set(_INDEX_NAMES.findall(before + left))
    elif low in _PLACE_UNITS:
        prev = before.rstrip()
        cut = max(prev.rfind(". ", 0, len(prev) - 1), prev.rfind("\n"))
        named = set(_province_names().findall(prev[cut + 1:] + " " + left))
    else:
        return False
    return len(named) == int(m.value)


def _last_words(s: str, n: int) -> str:
    words = _WORD.findall(s[-60:])
    return " ".join(words[-n:])


def _mentioned_before(phrase: str, before: str, left: str) -> bool:
    pattern = re.compile(r"(?<![\d/.,])" + re.escape(phrase))
    return bool(pattern.search(before) or pattern.search(left))


def _in_short_quote(left: str, right: str) -> bool:
    """Inside a short quoted name or slogan (“4 phủ”, “90 ngày, đêm”)."""
    if left.count('"') % 2 == 0:
        return False
    open_at = left.rfind('"')
    close_at = right.find('"')
    if close_at < 0:
        return False
    inside = left[open_at + 1:] + "x" + right[:close_at]
    # A quoted record ("GDP per capita (current US$): 4,346.8 (2023)") labels its figure; slogans have no colon.
    return len(inside.split()) <= 8 and ":" not in inside


# ---------------------------------------------------------------------------------------------------
# Role


# "đặt mục tiêu … thu ngân sách vượt ít nhất 10% dự toán": "vượt" governing the figure of a plan verb's clause is
# part of the goal; after a quota noun ("kế hoạch giao 100 tỷ, thu vượt 20 tỷ") it reports the result.
_GOAL_VUOT = re.compile(r"(?<![^\W\d_])vượt\s$")


_YEAR_20XX = re.compile(r"20\d\d")
_GOAL_NAMED_BEFORE = re.compile(r"(?:hoàn thành|thực hiện|đạt)(?: được)? (?:các |những )?$")
_QUOTA_REACHED_BEFORE = re.compile(r"(?<![^\W\d_])(?:đạt|vượt|hoàn thành)(?: [^\W\d_]+){0,5} $")
_DONE_BEFORE = re.compile(r"(?:đã|được)\s(?:[^\W\d_]+\s)?$")


def _target_cue(region: str, year_now: int | None = None) -> str | None:
    """``"verbal"``/``"noun"``/``"directive"`` when a goal cue governs the clause ``region`` ending right
    before a number, else None."""
    best = None
    for m in lx.TARGET_CUES.finditer(region):
        local = region[max(0, m.start() - 12):m.end()]
        if lx.NOT_CUE.search(local) or lx.NOT_CUE.search(region[m.start():m.end() + 12]):
            continue
        if m.group(0) == "phải" and re.search(r"(?<![^\W\d_])(?:tỷ lệ|tỷ trọng|số|phần trăm)(?: [^\W\d_]+){1,3} $",
                                             region[max(0, m.start() - 40):m.start()]):
            continue  # "tỷ lệ doanh nghiệp phải trả chi phí không chính thức là 38,5%": the share who had to, measured
        if m.group(0) == "phải" and re.match(r"phải (?!trở lại)(?:(?:[^\W\d_]+ ){1,2}lại|bổ sung)(?![^\W\d_])",
                                             region[m.start():]):
            continue  # "tỷ lệ hồ sơ phải thu nhận lại … ở mức dưới 1%": the ones that had to be redone, measured
        year = _YEAR_20XX.search(m.group(0))
        if year and year_now is not None and int(year.group(0)) < year_now:
            continue  # "đến năm 2023" in a 2024 article: an as-of date, not a horizon
        # "Để hoàn thành mục tiêu năm, UBND yêu cầu …": the goal is named, then another clause begins.
        named_goal = _GOAL_NAMED_BEFORE.search(region[max(0, m.start() - 20):m.start()])
        if named_goal and "," in region[m.end():]:
            continue
        # "tăng 7,12%, đạt kế hoạch HĐND tỉnh giao và nhỉnh hơn …": a quota reached, closed before the figure
        if _QUOTA_REACHED_BEFORE.search(region[max(0, m.start() - 40):m.start()]) \
                and m.group(0) not in ("phấn đấu", "sẽ", "phải") and re.search(r",| và ", region[m.end():]):
            continue
        # "đã bảo đảm", "đã nâng": done, not planned.
        if _DONE_BEFORE.search(region[max(0, m.start() - 12):m.start()]) and \
                m.group(0) not in ("giao", "chỉ tiêu", "kế hoạch", "mục tiêu", "dự toán"):
            continue
        best = m
    if best is None:
        return None
    after = region[best.end():]
    if best.group(0) not in lx.NOUN_TARGET_CUES:
        after = _GOAL_VUOT.sub("", after)
    if lx.LEVEL_RESETS.search(after):
        return None
    if best.group(0) in lx.NOUN_TARGET_CUES:
        if re.search(r"(?<![^\W\d_])(?:đạt|bằng|chiếm)" + _W, after):
            return None
        return "noun"
    if best.group(0) in lx.DIRECTIVE_CUES:
        return "directive"
    return "verbal"


_QUALIFIES_PREVIOUS_FIGURE = re.compile(
    r"^\s?(?:\)\s?)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|so với|so|cùng kỳ|của)(?![^\W\d_])")


def _cue_region(norm: str, prev_end: int, start: int) -> str:
    """The clause that can govern the number at ``start``: after the last ``;`` and after what qualifies the
    previous figure ("bằng 88% dự toán Thủ tướng giao" — that quota belongs to the 88%)."""
    region = norm[prev_end:start]
    if prev_end and _QUALIFIES_PREVIOUS_FIGURE.match(region):
        cuts = [i for i in (region.find(","), region.find(";"), region.find(" và "), region.find(" trong đó"))
                if i >= 0]
        if cuts:
            region = region[min(cuts):]
    semi = region.rfind(";")
    return region[semi + 1:] if semi >= 0 else region


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


_COUNTED_SUBJECT_STOP = re.compile(r"[;.:()]|,\s(?:đạt|tăng|giảm|chiếm)|\s(?:đạt|chiếm|tăng|giảm)\s")
_SUBJECT_STOP = re.compile(r"[;.,:()]")
_SEPARATORS_ONLY = re.compile(r"(?:\s|,)*")


def _trim_word_reach(rx: re.Pattern[str]) -> int | None:
    r"""The longest word of a pattern shaped ``(?:\s|,)*(?:(?:w1|w2|…)(?:\s|,)*)+$`` with plain words (letters and
    spaces), as _SUBJECT_TRIM_END is; None for any other shape."""
    shape = re.fullmatch(r"\(\?:\\s\|,\)\*\(\?:\(\?:([^()\\\[\]?*+{}.^$]+)\)\(\?:\\s\|,\)\*\)\+\$", rx.pattern)
    if shape is None or rx.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    return max(len(w) for w in shape.group(1).split("|"))


_TRIM_WORD = _trim_word_reach(_SUBJECT_TRIM_END)
_TRIM_WINDOW = 60


def _trim_end(low: str) -> str:
    """``_SUBJECT_TRIM_END.sub("", low)``, searched only near the end of a long ``low``.

    A trailing run of those words found more than a word's length after the window's start begins where the
    whole-string search would (a run reaching back past the window's start is found within one word of it);
    none found, with more than separators after the window's first word, means none anywhere. Otherwise the
    whole string is searched."""
    pos = len(low) - _TRIM_WINDOW
    if _TRIM_WORD is None or pos <= 0:
        return _SUBJECT_TRIM_END.sub("", low)
    m = _SUBJECT_TRIM_END.search(low, pos)
    if m is not None and m.start() >= pos + _TRIM_WORD:
        return low[:m.start()] + low[m.end():]
    if m is None and not _SEPARATORS_ONLY.fullmatch(low, pos + _TRIM_WORD):
        return low
    return _SUBJECT_TRIM_END.sub("", low)


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
        stop = _COUNTED_SUBJECT_STOP.search(right)
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
    low_trim = _trim_end(low)
    text = text[:len(low_trim)]
    lead = _SUBJECT_TRIM_START.match(low_trim)
    if lead:
        text = text[lead.end():]
    text = text.strip(" ,;:-")
    if len(text.split()) < 2:
        right = sent[num_end:num_end + 90]
        stop = _SUBJECT_STOP.search(right)
        tail = (right[:stop.start()] if stop else right).strip()
        if tail and kind == "percent":
            return " ".join(tail.split()[:12])
    if not text:
        return None
    words = text.split()
    return " ".join(words[-14:])


# ---------------------------------------------------------------------------------------------------
# Sentence


def sentence_candidates(sent: str, norm: str, offset: int, style: str = "vi", *, before: str = "",
                        year_now: int | None = None, inherit_target: bool = False) -> list[Candidate]:
    """Typed facts of one sentence.

    ``sent``/``norm``: its NFC text and matching view; ``offset``: its start in the document; ``before``: the
    matching view of the document before it (to recognise figures mentioned again); ``year_now``: the
    publication year when known (a horizon ``đến năm 2025`` is a goal only if not yet past);
    ``inherit_target``: the sentence is an item of a list of goals.
    """
    mentions = find_numbers(norm, style)
    out: list[Candidate] = []
    consumed: set[int] = set()
    prev_end = 0  # end of the previous fact in this sentence (clause boundary for roles)
    prev_cue: str | None = None  # the goal cue that made the previous fact a target
    for k in range(len(mentions)):
        if k in consumed:
            continue
        cand = _classify(sent, norm, mentions, k, consumed, before)
        if cand is None:
            cand = _elliptic_count(norm, mentions[k], out[-1] if out else None, offset)
        if cand is None:
            continue
        prev = out[-1] if out else None
        if prev is not None and cand.role == "level" and prev.role == "change" and prev.kind == cand.kind:
            # "tăng cao nhất với lần lượt 11,89% và 11,81%", "(tăng cao nhất 9,39%, thấp nhất 0,03%)": the
            # second figure is governed by the same verb.
            gap = norm[prev_end:cand.start]
            # ("khu vực nông nghiệp tăng 3,07%, thấp hơn mức 3,27% của cả nước": the other unit's figure compared
            # right after a growth is that unit's growth, devv)
            compared = prev.kind == "percent" == cand.kind and prev.unit == cand.unit \
                and _GROWTH_COMPARAND.fullmatch(gap) and re.match(r"^\s(?:của|ở)\s", norm[cand.end:])
            if compared or _SUPERLATIVE_PAIR.fullmatch(gap) or (_LIST_JOIN.fullmatch(gap) and re.search(
                    r"lần lượt(?: là)?(?: (?:tăng|giảm)(?: trưởng)?)?\s$",
                    norm[max(0, prev.start - offset - 24):prev.start - offset])):
                cand.role, cand.direction = "change", prev.direction
        cue = _target_cue(_cue_region(norm, prev_end, max(prev_end, cand.cue_limit)
                                      if cand.cue_limit is not None else cand.start), year_now)
        if cue is None and prev_cue is not None and _carries_target(norm[prev_end:cand.start], prev_cue):
            cue = prev_cue
        if cue == "directive" and cand.kind == "count" and lx.ADDRESSEE_UNITS.match((cand.unit or "").lower()):
            cue = None  # "yêu cầu các sở, ngành và 168 xã …": the addressees, not a goal
        # A bullet under "… giao các chỉ tiêu sau:"; its label ("Tỷ lệ số hóa … kết quả giải quyết …:") only
        # names the goal, so a result word counts after the label's colon.
        item_region = norm[prev_end:cand.start]
        if cue is None and inherit_target and not lx.LEVEL_RESETS.search(item_region[item_region.rfind(":") + 1:]):
            cue = "verbal"
        if cue is not None:
            cand.role = "target"
            if cand.group and cand.kind == "count":
                cand.kind, cand.qualifier, cand.unit = "rank", "lte", "hạng"

        # A quota in parentheses ("vượt kế hoạch đề ra (7,6%)") qualifies the result before it; it does not
        # make the figures after it goals.
        quota_aside = norm[cand.start - 1:cand.start] == "(" and norm[cand.end:cand.end + 1] == ")"
        prev_cue = None if quota_aside else cue
        cand.subject = _subject(sent, norm, prev_end, cand.start, cand.end, cand.kind)
        prev_end = cand.end
        cand.start += offset
        cand.end += offset
        out.append(cand)
    out.extend(_word_ranks(sent, norm, offset, out))
    _share_denominator(norm, offset, out)
    _fronted_set(norm, offset, out)
    out.sort(key=lambda c: c.start)
    return out


_GROWTH_COMPARAND = re.compile(r",?\s(?:(?:nhưng|song|và)\s)?(?:(?:vẫn|còn|đều)\s)?(?:cao|thấp|nhỉnh|chậm|nhanh|kém)"
                               r"\shơn\s(?:so với\s)?mức\s")
_ELLIPTIC_END = re.compile(r"^\s?(?:[;.]|$)")


def _elliptic_count(norm: str, m: NumberMention, prev: Candidate | None, offset: int) -> Candidate | None:
    """``nhóm … cùng có 15 tỉnh, thành phố; nhóm trung bình thấp 15; nhóm thấp nhất 16``: in a list of parallel
    clauses a bare figure closing its clause counts what the previous clause counted (devd: bare ``15``, ``16``
    in a list of group sizes are counts)."""
    if prev is None or prev.kind != "count" or m.percent or m.words or m.shape != "number" \
            or not m.is_integer or 1900 <= m.value <= 2100 or not _ELLIPTIC_END.match(norm[m.end:]):
        return None
    left = norm[:m.start]
    semi = left.rfind(";")
    if semi < prev.end - offset:
        return None  # the previous count must stand in an earlier clause of the same list
    clause = left[semi + 1:].strip()
    prev_left = norm[:prev.start - offset]
    prev_clause = prev_left[max(prev_left.rfind(";"), prev_left.rfind(":")) + 1:].strip()
    words = clause.split()
    if not 1 <= len(words) <= 6 or re.search(r"[\d,()]", clause) or not prev_clause \
            or prev_clause.split()[0] != words[0]:
        return None
    return Candidate(m.start, m.end, "count", "level", None, m.value, None, None, "exact", prev.unit,
                     confidence=0.6)


_DENOMINATOR_WORD = re.compile(r"\s(?:trong số|trong tổng số|trên tổng số|trên|trong)\s")


def _share_denominator(norm: str, offset: int, found: list[Candidate]) -> None:
    """``chính quyền số thứ 12, kinh tế số thứ 13 và xã hội số thứ 14 trong số 63 địa phương``: a denominator
    written once after a list of ranks applies to each rank of the list (Conventions)."""
    for i in range(len(found) - 1, 0, -1):
        last = found[i]
        if last.kind != "rank" or last.out_of is None or last.role != "level" \
                or not _DENOMINATOR_WORD.search(norm[last.start - offset:last.end - offset]):
            continue
        j = i - 1
        while j >= 0:
            prev = found[j]
            gap = norm[prev.end - offset:found[j + 1].start - offset]
            if prev.kind != "rank" or prev.role != "level" or prev.unit != "hạng" or prev.out_of is not None \
                    or len(gap) > 40 or re.search(r"[\d;.()]", gap):
                break
            prev.out_of = last.out_of
            j -= 1


_OTHER_PERIOD = re.compile(r"(?<![^\W\d_])(?:kỳ trước|năm trước|năm ngoái|trước đó|cùng kỳ|20\d\d)(?![^\W\d_])")
_RANK_OWN_SCOPE = re.compile(r"(?<![^\W\d_])(?:cả nước|toàn quốc|thế giới|toàn tỉnh)(?![^\W\d_])")


def _fronted_set(norm: str, offset: int, found: list[Candidate]) -> None:
    """``Trong 11 tỉnh, thành phố vùng …, Quảng Ninh tiếp tục dẫn đầu``: a set the sentence opens with, before the
    ranks of the sentence, is their denominator; the set's size is no count. A rank scoped on its own (``dẫn đầu
    toàn tỉnh``) keeps out_of null; with no rank in the sentence the set is left as it was read."""
    fronted = _FRONTED_SET.match(norm)
    if fronted is None:
        return
    value = _numeral_value(fronted.group(1))
    ranks = [c for c in found if c.kind == "rank" and c.unit == "hạng" and c.role == "level"
             and c.start - offset >= fronted.end()]
    if value is None or not ranks:
        return
    found[:] = [c for c in found if not (c.kind == "count" and c.start - offset < fronted.end() and c.value == value)]
    if re.match(r"^\s*tính theo\s", norm) and re.search(r"(?<![^\W\d_])mới,\s$", norm[:fronted.end()]):
        return  # "Tính theo 34 tỉnh, thành phố mới, Quảng Ninh dẫn đầu": the current map named, a set name
    # the set frames its own clause: "Trong 11 quốc gia …, Việt Nam vươn lên thứ 5; kỳ trước Việt Nam xếp thứ 6"
    # ("Trong 14 tỉnh của vùng, A dẫn đầu …; B đứng thứ hai, C thứ ba": a list of other units goes on after ";")
    semi = norm.find(";", fronted.end())
    if semi >= 0 and _OTHER_PERIOD.search(norm[semi:]):
        ranks = [c for c in ranks if c.start - offset < semi]
    for c in ranks:
        if c.out_of is None and c.value <= value and not _RANK_SCOPE_AFTER.match(norm[c.end - offset:]) \
                and not _RANK_OWN_SCOPE.search(norm[c.start - offset:c.end - offset]):
            c.out_of = value


def _carries_target(region: str, cue: str) -> bool:
    """A list of goals continues (``100% hồ sơ …, 90% người dân …``) until a result word.

    A plan verb (``phấn đấu``) governs the rest of its sentence; a quota noun (``chỉ tiêu … giao``) only its
    own clause.
    """
    if cue != "noun":
        region = _GOAL_VUOT.sub("", region)
    if len(region) > 200 or lx.LEVEL_RESETS.search(region) or (cue == "noun" and ";" in region):
        return False
    # After a quota noun ("chỉ tiêu giao 95%, đạt 97%") a plain "đạt" reports the result.
    return not (cue == "noun" and re.search(r"(?<![^\W\d_])(?:đạt|bằng|chiếm)" + _W, region))


_AND_OR_COMMA_GAP = re.compile(r"\s?(?:và|,)\s?")
_NON_DIGIT = re.compile(r"\D")
_DECIMAL_COMMA = re.compile(r"\d,\d")
_POINTS_OR_PERCENT_AFTER = re.compile(r"^\s?(?:điểm|%)")
_SHARE_WORD_GAP = re.compile(r"\s?(trên|trong|trong tổng số|trên tổng số)\s?")
_PERCENT_POINTS_AFTER = re.compile(r"^\s?điểm\s?(?:phần trăm(?![^\W\d_])|%)")
_PERCENT_POINTS_WORDS = re.compile(r"^\s?điểm\s?(?:phần trăm|%)")
_DONG_NOT_CURRENCY_AFTER = re.compile(r"^\s?đồng\s(?:" + "|".join(lx.NOT_CURRENCY_AFTER_DONG) + ")" + _W)
_DIEM_AFTER = re.compile(r"^\s?điểm" + _W)
_DIEM_PLACE_AFTER = re.compile(r"^\s?điểm\s(?:" + "|".join(lx.PLACE_AFTER_DIEM) + ")" + _W)
_DIEM_WORD = re.compile(r"^\s?điểm")
_BAC_AFTER = re.compile(r"^\s?bậc" + _W)
_BAC_WORD = re.compile(r"^\s?bậc")
_HANG_AFTER = re.compile(r"^\s?(?:hạng|thứ hạng)" + _W)
_HANG_MUC_AFTER = re.compile(r"^\s?hạng mục")
_HANG_WORD = re.compile(r"^\s?(?:hạng|thứ hạng)")
_FRACTION_BEFORE = re.compile(r"(?<![^\W\d_])phần\s$")
_NHOM_BEFORE = re.compile(r"(?<![^\W\d_])nhóm\s$")
_BEST_AFTER = re.compile(r"^[^;.]{0,60}?(?:cao|tốt) nhất")
_PLACED_IN_GROUP_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:nằm trong|vào|lọt vào|lọt|thuộc|có mặt trong|góp mặt trong)\snhóm\s$")
_INTO_GROUP_OF_BEFORE = re.compile(r"(?<![^\W\d_])(?:vào|trở lại|hướng tới|hướng đến)\snhóm\s$")
_WORST_AFTER = re.compile(r"^[^;.]{0,60}?(?:thấp nhất|cuối)")
_COMMITTEE_BEFORE = re.compile(r"(?<![^\W\d_])(?:ubnd|ủy ban nhân dân)\s$")
_OF_AMONG_WITH_BEFORE = re.compile(r"(?<![^\W\d_])(?:của|giữa|với)\s$")
_AND_COMMITTEES_AFTER = re.compile(r"^(?:,? (?:ban|ngành|cơ quan))*,? và (?:ubnd|ủy ban nhân dân) (?:\d+|các)" + _W)
_SUPERLATIVE_SET_BEFORE = re.compile(r"(?<![^\W\d_])nhất (?:trong|trong số|giữa)\s$")
_MERGED_INTO_ONE_AFTER = re.compile(r"^[^,;.]{0,30}?thành một" + _W)
_NOT_ALLOWED_BEFORE = re.compile(r"(?<![^\W\d_])không (?:để|được|cho)(?![^\W\d_])[^,;.\d]{0,60}$")
_QUA_BEFORE = re.compile(r"(?<![^\W\d_])quá\s$")
_NOT_YET_REACHED_BEFORE = re.compile(r"(?<![^\W\d_])chưa đạt (?:(?:tỷ lệ|mức|ngưỡng)\s)?$")
_GOAL_OR_COMPARAND_AFTER = re.compile(r"^\s?(?:so với|chỉ tiêu|kế hoạch|dự toán|mục tiêu)")
_MUC_BEFORE = re.compile(r"(?<![^\W\d_])mức(?: [^\W\d_]+){0,4}\s$")
_OF_OR_YEAR_AFTER = re.compile(r"^\s?(?:của|năm)(?![^\W\d_])")
_GOAL_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:mục tiêu|chỉ tiêu|kế hoạch)\s$")
_VUOT_BEFORE = re.compile(r"(?<![^\W\d_])vượt(?: (?:ngưỡng|mốc))?\s$")
_PLUS_SIGN_BEFORE = re.compile(r"(?:^|[\s(])\+$")


def _end_reach(rx: re.Pattern[str]) -> int:
    """How far before the end of a string a match of ``rx`` can start, when every alternative of it ends in ``$``:
    its longest match, plus one (``$`` also matches before a final newline). Searching from there gives
    ``rx.search(s)``'s answer (lookbehinds still see the characters before ``pos``) without trying the pattern at
    every character before: ``_classify`` asks these of every figure's left context. A pattern of no bounded
    length or not anchored so gets a reach no string has (searched from its start)."""
    import re._constants as c
    import re._parser as p

    tree = p.parse(rx.pattern, rx.flags)

    def ends(items: list) -> bool:
        if not items:
            return False
        op, av = items[-1]
        if op is c.AT:
            return av in (c.AT_END, c.AT_END_STRING)
        if op is c.BRANCH:
            return all(ends(list(b)) for b in av[1])
        return op is c.SUBPATTERN and not av[1] & re.MULTILINE and ends(list(av[3]))

    width = tree.getwidth()[1]
    return width + 1 if ends(list(tree)) and not tree.state.flags & re.MULTILINE and width < 1000 else 1 << 30


_DATE_REACH, _ID_REACH, _COMPARATIVE_REACH, _QUALIFIER_REACH, _VUOT_REACH = map(
    _end_reach, (_DATE_BEFORE, _ID_BEFORE, _COMPARATIVE, _QUALIFIER, _VUOT_BEFORE))
_PHONE_REACH, _QUA_REACH, _NOT_YET_REACH = map(_end_reach, (_PHONE_BEFORE, _QUA_BEFORE, _NOT_YET_REACHED_BEFORE))


def _ends_in_colon(rx: re.Pattern[str]) -> bool:
    r"""Every match of ``rx`` ends in ``:``, one optional space and the end (``…:\s?$``, no alternation around it), so
    a string without ``:`` in its last three characters has none (``$`` may stand before a final newline)."""
    import re._constants as c
    import re._parser as p

    items = list(p.parse(rx.pattern, rx.flags))
    return len(items) >= 3 and not rx.flags & re.MULTILINE and items[-3] == (c.LITERAL, ord(":")) \
        and items[-2][0] is c.MAX_REPEAT and items[-2][1][:2] == (0, 1) \
        and list(items[-2][1][2]) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])] \
        and items[-1] == (c.AT, c.AT_END)


_LABEL_ENDS_COLON = _ends_in_colon(_CHANGE_LABEL)


def _classify(sent: str, norm: str, mentions: list[NumberMention], k: int, consumed: set[int],
              before: str = "") -> Candidate | None:
    m = mentions[k]
    if m.shape in ("date", "time", "code"):
        return None
    if m.shape == "rank_follow":  # the "3" of "thứ 2 và 3", the "4" and "5" of "thứ 3, 4 và 5"
        if k + 1 < len(mentions) and _AND_OR_COMMA_GAP.fullmatch(norm[m.end:mentions[k + 1].start]) \
                and not mentions[k + 1].percent and mentions[k + 1].shape == "number" and not mentions[k + 1].words:
            mentions[k + 1].shape = "rank_follow"
        return Candidate(m.start, m.end, "rank", "level", None, m.value, None, None, "exact", "hạng")
    left = norm[:m.start]
    right = norm[m.end:]
    left_tail = left[-40:]

    # --- distractors -------------------------------------------------------------------------------
    if not left.strip() and _HEADING_AFTER.match(right):
        return None  # "1. Kết quả", "2) ..."
    if _PHONE_BEFORE.search(left_tail, max(0, len(left_tail) - _PHONE_REACH)) or _VIEW_COUNTER_AFTER.match(right):
        return None
    digits = _NON_DIGIT.sub("", m.raw)
    if not m.words and digits.startswith("0") and len(digits) >= 7:
        return None
    if _in_short_quote(left, right):
        return None
    if m.shape == "glued" and m.suffix in ("st", "nd", "rd", "th"):
        return _english_ordinal_rank(norm, mentions, k, consumed)
    if m.shape == "glued" and m.suffix not in ("đ", "ha", "km", "tấn", "kg", "m"):
        return None  # 4G, H5N1-like codes, 3D

    # --- rank from the left ------------------------------------------------------------------------
    rank = _rank_from_left(norm, mentions, k, consumed)
    if rank is not None:
        return rank

    if _DATE_BEFORE.search(left_tail, max(0, len(left_tail) - _DATE_REACH)):
        return None
    if not m.percent and _ID_BEFORE.search(left_tail, max(0, len(left_tail) - _ID_REACH)) \
            and not _AMONG_BEFORE.search(left_tail) \
            and not _province_before(left_tail) \
            and not (_DECIMAL_COMMA.search(m.raw) and _POINTS_OR_PERCENT_AFTER.match(right)):
        # ("trung bình của khối 7,09 điểm phần trăm": a decimal with its unit is no grade or clause number)
        return None
    if lx.ANAPHORA_AFTER.match(right.lstrip()[:60] + " "):
        return None
    if m.shape == "number" and not m.percent and m.is_integer and 1900 <= m.value <= 2100 and "." not in m.raw \
            and (not _CLASSIFIER.match(right) or _TIME_UNIT.match(right)):
        return None  # a bare year-like figure counts only with a unit: "năm 2023" is everywhere

    # "ba trên bốn chỉ số", "12 trên 15 huyện": a share written with "trên".
    out_of = m.out_of
    share = _SHARE_WORD_GAP.fullmatch(norm[m.end:mentions[k + 1].start]) \
        if out_of is None and k + 1 < len(mentions) else None
    if share and not (m.words and share.group(1) == "trong"):  # "một trong năm nước": one of them, not a share
        nxt = mentions[k + 1]
        if nxt.shape == "number" and not nxt.percent and _CLASSIFIER.match(norm[nxt.end:]) and nxt.value > m.value:
            out_of = nxt.value
            consumed.add(k + 1)
            right = norm[nxt.end:]
            m = NumberMention(m.start, nxt.end, m.value, words=m.words, raw=m.raw)

    # --- unit on the right -------------------------------------------------------------------------
    kind: str | None = None
    unit: str | None = None
    end = m.end
    conf = 0.9
    if m.percent:
        kind, unit = "percent", "%"
    elif _PERCENT_POINTS_AFTER.match(right):
        kind, unit = "percent", "điểm phần trăm"
        end = m.end + _PERCENT_POINTS_WORDS.match(right).end()
    elif m.shape == "glued" and m.suffix == "đ":
        kind, unit = "money", "đồng"
        end = m.end + 1
    elif m.shape == "glued":
        kind, unit = "count", m.suffix
        end = m.end + len(m.suffix)
    else:
        cur = _CURRENCY.match(right)
        if cur and not (cur.group(1) == "đồng" and _DONG_NOT_CURRENCY_AFTER.match(right)):
            kind, unit = "money", _CURRENCY_UNIT[cur.group(1)]
            end = m.end + cur.end()
            per = _PER_HEAD.match(norm[end:])
            if per:
                end += per.end()
        elif _DIEM_AFTER.match(right) and not _DIEM_PLACE_AFTER.match(right):
            kind, unit = "score", "điểm"
            end = m.end + _DIEM_WORD.match(right).end()
        elif _BAC_AFTER.match(right):
            kind, unit = "rank", "bậc"
            end = m.end + _BAC_WORD.match(right).end()
        elif _HANG_AFTER.match(right) and not _HANG_MUC_AFTER.match(right):
            kind, unit = "rank", "hạng"
            end = m.end + _HANG_WORD.match(right).end()
        elif _TIME_UNIT.match(right):
            return None
        else:
            cls = _CLASSIFIER.match(right)
            if cls:
                kind, unit = "count", sent[m.end + cls.start(1):m.end + cls.end(1)]
                end = m.end + cls.end()
            elif m.scaled and not m.words and lx.MONEY_CONTEXT.search(norm):
                kind, unit, conf = "money", "đồng", 0.7
            elif _USD_BEFORE.search(left_tail):
                kind, unit = "money", "USD"  # "GDP per capita (current US$): 4,346.8"
            elif not m.words and _SCORE_LABEL_BEFORE.search(left[-80:]):
                kind, unit = "score", "điểm"  # "với tổng điểm 72,80"
            elif (borrowed := _unit_from_next(sent, norm, mentions, k, before)) is not None:
                # "từ 72,80 xuống 69,75 điểm", "từ 1,2 lên 1,5 tỷ USD": the first figure takes the second's unit
                kind, unit, scale = borrowed
                if not m.scaled and scale > 1:
                    m = NumberMention(m.start, m.end, m.value * scale, words=m.words, raw=m.raw, scaled=True)
            elif not m.words and (counted := _COUNTED_SUBJECT.search(left[-120:])) is not None:
                # "số giao dịch qua Nền tảng … đạt 860 triệu": the counted noun stands in the subject
                kind, conf = "count", 0.7
                base = len(left) - len(left[-120:])
                unit = sent[base + counted.start(1):base + counted.end(1)]
            elif _is_index_value(m) and (_INDEX_CUE.search(norm) or re.match(r"0[.,]\d{3}", m.raw)):
                kind, unit, conf = "score", "điểm", 0.7  # "EGDI của Việt Nam là 0,6667": a bare index value
            else:
                return None
    if m.words and _FRACTION_BEFORE.search(left_tail):
        return None  # "vài phần mười điểm", "một phần ba": a fraction in words, vague or no quantity measured
    if m.words and m.value == 5 and norm[m.start:m.end] == "năm" and re.search(r"năm \d{4}\s?[-,(]\s?$", left_tail):
        return None  # "năm 2022 - năm tỉnh tăng hạng mạnh": "the year the province …", not five provinces
    if m.words and m.value == 5 and norm[m.start:m.end] == "năm" and re.search(
            r"(?<![^\W\d_])(?:đây|đó|năm nay|năm \d{4})(?: (?:cũng|sẽ|chính|còn|lại))* là\s$", left_tail):
        return None  # "Đây cũng là năm tỉnh chuẩn bị …": the year, not five provinces (devm)
    if m.words and m.value == 5 and norm[m.start:m.end] == "năm" \
            and (year_word := _YEAR_WORD_BEFORE.search(left_tail)) \
            and not (year_word.group(1) == "cả" and _ALL_OF_THEM_AFTER.match(right)):
        # "cả năm tỉnh phấn đấu đón 13,5 triệu lượt khách", "đến cuối năm tỉnh …": the year, not five (but "cả năm bộ
        # chỉ số đều tăng": all five)
        return None
    if m.words and m.value == 5 and norm[m.start:m.end] == "năm" and re.match(r"^\s(?:bản lề|cuối|đầu|đầu tiên|"
                                                                         r"then chốt)" + _W, right):
        return None  # "năm bản lề 2025": the year, not five
    if m.words and m.value == 1 and not m.scaled and not m.percent and unit not in ("bậc", "hạng") \
            and not _QUALIFIER.search(left_tail) and not _CHANGE.search(left_tail):
        return None  # "một doanh nghiệp cho biết", "Một điểm mới": an article, not a count
    group = False
    start_override: int | None = None
    bound_rank = False
    if kind == "count" and _NHOM_BEFORE.search(left_tail) and _BEST_AFTER.match(norm[end:]):
        start_override = m.start - len("nhóm ")
        if _PLACED_IN_GROUP_BEFORE.search(left_tail):
            # "Tỉnh vẫn nằm trong nhóm 30 tỉnh … tốt nhất": the province's position, a rank bound like "vào tốp 10"
            kind, unit, bound_rank = "rank", "hạng", True
        else:
            group = True  # decided by role: a planned group is a rank bound, a reported one a count
    elif kind == "count" and _INTO_GROUP_OF_BEFORE.search(left_tail) \
            and not _WORST_AFTER.match(norm[end:]):
        # "phấn đấu đưa PAR INDEX vào nhóm 40 tỉnh, thành phố": a unit placed in a group of the best, with no
        # superlative written; a goal, a rank bound
        start_override = m.start - len("nhóm ")
        group = True
    if kind == "count" and out_of is None and m.value in (34, 63) and (unit or "").lower().startswith(
            ("tỉnh", "địa phương")) and _PROVINCE_SET_BEFORE.search(left_tail):
        return None
    if kind == "count" and lx.ADDRESSEE_UNITS.match((unit or "").lower()) and _ADDRESSEES_BEFORE.search(left_tail):
        return None
    if kind == "count" and out_of is None and lx.ADDRESSEE_UNITS.match((unit or "").lower()) and (
            _COMMITTEE_BEFORE.search(left_tail)
            or (_OF_AMONG_WITH_BEFORE.search(left_tail)
                and _AND_COMMITTEES_AFTER.match(norm[end:]))):
        return None  # "của 20 sở, ban, ngành và UBND 13 huyện, thành, thị": the units' set named (Conventions)
    if kind == "count" and out_of is None and _SET_UNITS_RE.match((unit or "").lower()) \
            and _AVERAGE_OF.search(left[-70:]) and not re.match(r"^\s(?:TP\.?\s)?[A-ZĐ]", sent[end:]):
        # ("trung bình cộng … của ba tỉnh Hà Nam, Nam Định và Ninh Bình": an enumerating numeral is a count)
        return None  # "Điểm trung vị của 13 tỉnh, thành phố trong vùng", "trung bình … của 17 bộ": the set averaged
    if kind == "count" and out_of is None and _LEAD_BEFORE_SET.search(left_tail) \
            and _LEAD_DENOMINATOR.match(" " + norm[m.start:end + 40]):
        return None  # "đứng đầu 14 tỉnh": the rank's denominator, read with the rank phrase
    if kind == "count" and out_of is None and lx.ADDRESSEE_UNITS.match((unit or "").lower()) \
            and _SET_SCOPE_BEFORE.search(left_tail):
        return None  # "trên địa bàn 10 xã, phường", "trên bản đồ 63 tỉnh, thành phố": the area named, a set name
    if kind == "count" and out_of is None and _SUPERLATIVE_SET_BEFORE.search(left_tail):
        return None  # "thấp nhất trong 7 lĩnh vực", "cao nhất trong ba chỉ số": the set compared within points back
    if kind == "count" and m.words and _MERGED_INTO_ONE_AFTER.match(norm[end:]):
        return None  # "hai tỉnh thành một": the merger, not a count
    if kind == "count" and _points_back(m, unit, sent, norm, end, before):
        return None
    if kind == "count" and _ANAPHOR_BEFORE.search(left_tail) and _mentioned_before(norm[m.start:end], before, left) \
            and not re.search(r"(?:đứng đầu|dẫn đầu|xếp đầu)(?: ở| về| tại)? cả\s$", left_tail) \
            and not re.match(r"^[^,;.]{0,30}?(?<![^\W\d_])(?:đều|cùng)(?![^\W\d_])", norm[end:]):
        # "cả 3 nội dung": the figure was given earlier; but the rankings a unit leads ("đứng đầu ở cả ba trụ cột")
        # are counted again with the rank phrase, and "cả ba trụ cột đều trong tốp 10" counts the units meeting a
        # condition (Conventions: "cả 63 tỉnh, thành phố đều đạt trên 80%")
        return None  # "cả 3 nội dung": the figure was given earlier

    # --- qualifier ---------------------------------------------------------------------------------
    start = m.start
    qualifier = "exact"
    role, direction = "level", None
    cue_limit: int | None = None
    comp = _COMPARATIVE.search(left_tail, max(0, len(left_tail) - _COMPARATIVE_REACH))
    comparand = bool(comp and comp.group(1) in ("cao", "thấp", "lớn", "kém") and kind == "count"
                     and _RANKED_UNITS.match((unit or "").lower()) and not re.match(r"^[^;.]{0,40}?so với", norm[end:]))
    if comparand:
        pass  # "chỉ thấp hơn 12 tỉnh, thành phố": the units ranked above, a count, neither a difference nor a bound
    elif comp:
        role, direction = "change", _DIRECTION_OF[comp.group(1) + " hơn"]
    else:
        q = _QUALIFIER.search(left_tail, max(0, len(left_tail) - _QUALIFIER_REACH))
        if q:
            qualifier = _QUALIFIER_OF[q.group(1)]
            start = m.start - (len(left_tail) - q.start())
            if q.group(1) == "trên" and kind == "count" and _DESIGN_UNITS.match((unit or "").lower()) \
                    and _ASSESSED_ON.search(norm[max(0, start - 80):start]):
                qualifier, start = "exact", m.start  # "được đánh giá trên 7 lĩnh vực": across them, not more than
            if qualifier == "lt" and _NOT_LET_BELOW.search(norm[:start]):
                qualifier = "gte"  # "không để chỉ số nào dưới 6 điểm", "không để xã, phường nào dưới 85%": at least
        elif (over_neg := _QUA_BEFORE.search(left_tail, max(0, len(left_tail) - _QUA_REACH))) \
                and _NOT_ALLOWED_BEFORE.search(left[:len(left) - 4]):
            # "không để chỉ số nào giảm quá 0,2 điểm", "không được vượt quá"-like limits split by the verb: at most
            qualifier = "lte"
            start = m.start - (len(left_tail) - over_neg.start())
        elif kind in ("percent", "score") \
                and _NOT_YET_REACHED_BEFORE.search(left_tail, max(0, len(left_tail) - _NOT_YET_REACH)) \
                and not _GOAL_OR_COMPARAND_AFTER.match(norm[end:]):
            qualifier = "lt"  # "Có 3 xã chưa đạt tỷ lệ 50% hồ sơ nộp trực tuyến": below (devj: read as "chưa đến")
        gap_base = max(0, start - 70)
        gap = _COMPARATIVE_GAP.search(norm[gap_base:start])
        if gap and _MUC_BEFORE.search(norm[gap_base + gap.end(1) + len(" hơn "):start]) \
                and _OF_OR_YEAR_AFTER.match(norm[end:]):
            # "cao hơn mức 97,6% của toàn tỉnh", "cao hơn mức bình quân cấp tỉnh 0,7582 của cả nước", "thấp hơn khá
            # xa mức 0,7723 của cả nước": the comparand's own value, a level (devg)
            gap = None
        if gap and _GOAL_NOUN_BEFORE.search(norm[max(0, start - 20):start]):
            gap = None  # "thấp hơn nhiều so với mục tiêu 50%": the goal's own value
        if gap and not _GROWTH_NOUN.search(norm[max(0, start - 50):start]):
            # ("thấp hơn mức tăng 4,96% của quý I": the figure is that growth, governed by "mức tăng")
            role, direction = "change", _DIRECTION_OF[gap.group(1) + " hơn"]
            cue_limit = gap_base + gap.start()
        elif kind in ("score", "percent") and (above := _ABOVE_REFERENCE.search(norm[max(0, m.start - 50):m.start])):
            role, direction = "change", "up" if above.group(1) == "trên" else "down"
        elif kind in ("score", "percent") and _KEM_GAP.search(norm[max(0, start - 50):start]):
            role, direction = "change", "down"
        elif kind in ("score", "percent") and (named := _NAMED_COMPARAND.search(sent[max(0, start - 60):start])):
            # "cao hơn Quảng Nam 5,33 điểm phần trăm", "thấp hơn Thái Lan và Malaysia từ 0,1 đến 0,15 điểm": the
            # unit compared with is named between the comparative and the gap
            role, direction = "change", _DIRECTION_OF[named.group(1).lower() + " hơn"]
    over = _VUOT_BEFORE.search(left_tail, max(0, len(left_tail) - _VUOT_REACH))
    if qualifier == "exact" and role == "level" and kind in ("money", "count", "score", "percent") and over \
            and not _GOAL_OR_COMPARAND_AFTER.match(norm[end:]):
        # "vượt 570 nghìn tỷ đồng", "đều vượt 88%", "lần đầu vượt ngưỡng 90%": more than; "vượt 12% chỉ tiêu" is
        # the level by which the quota was exceeded (spec)
        qualifier = "gt"
        start = m.start - (len(left_tail) - over.start())
    after_unit = norm[end:]
    more = _MORE_AFTER.match(after_unit)
    if more:
        qualifier = "gte" if "lên" in more.group(0) else "lte"
        end += more.end()  # the bound word is part of the figure, as gold writes "từ 85 điểm trở lên"
        if _FROM_BEFORE.search(left_tail):
            start = m.start - len("từ ")
    if m.shape == "range":
        qualifier = "range"
        if _FROM_BEFORE.search(left_tail):
            start = m.start - len("từ ")

    # --- change ------------------------------------------------------------------------------------
    before_q = norm[:start]
    # ("+" in the last two characters first: the pattern ends "\+$", and the whole left context is long to scan)
    if role != "change" and "+" in before_q[-2:] and _PLUS_SIGN_BEFORE.search(before_q):
        role, direction = "change", "up"  # "(+2,1%)": a signed change
        start -= 1
    # (a label's colon ends the context: without one in its last three characters there is nothing to search)
    label = _CHANGE_LABEL.search(before_q[-50:]) if not _LABEL_ENDS_COLON or ":" in before_q[-3:] else None
    if role != "change" and label:
        role, direction = "change", _DIRECTION_OF[label.group(1)]  # "Mức tăng so với năm 2022: 2,46 …"
    if role != "change" and not comparand:
        ch = _CHANGE.search(before_q[-60:])
        if ch and ch.group(1) in ("mở rộng", "thu hẹp") and kind not in ("money", "percent") \
                and not re.match(r"^[^;.]{0,40}?so với", norm[end:]):
            ch = None  # "mở rộng 3 tuyến đường": widened things, counted; only a size grows "so với" a past one
        if ch and not _LEVEL_AFTER_VERB.search(before_q[-12:]) and not _CHANGE_AS_NOUN.search(
                before_q[-60:][:ch.start()][-12:]):
            # "29/34 địa phương tăng trưởng trên 7%": the verb governs the bound too, a change with "gt".
            role, direction = "change", _DIRECTION_OF[ch.group(1)]
        elif kind == "percent" and (noun := _GROWTH_NOUN.search(before_q[-50:])):
            role, direction = "change", _DIRECTION_OF[noun.group(1)]
        elif kind == "percent" and (cmp_growth := _COMPARED_GROWTH.search(before_q[-90:])) \
                and re.match(r"^\s(?:của|ở)\s", norm[end:]):
            # "nhỉnh hơn tốc độ tăng GDP 7,09% của cả nước", "chậm hơn nhịp tăng 14,3% của cả nước": the growth
            # compared with, the figure itself (as with brackets)
            role, direction = "change", _DIRECTION_OF[cmp_growth.group(1)]
        elif kind == "percent" and (paren := _GROWTH_NOUN_PAREN.search(before_q[-60:])
                                    or _COMPARED_GROWTH_PAREN.search(before_q[-170:])):
            role, direction = "change", _DIRECTION_OF[paren.group(1)]
    if kind == "count" and unit == "vị trí" and (role == "change" or lx.UP_WORDS.search(norm[max(0, start - 20):start])
                                                 or lx.DOWN_WORDS.search(norm[max(0, start - 20):start])):
        kind, unit = "rank", "bậc"  # "tăng 3 vị trí" moves a rank like "tăng 3 bậc"
    if kind == "rank" and unit == "bậc" and role != "change":
        role = "change"
        direction = _direction_in(norm[max(0, start - 60):start]) or "up"
    if bound_rank:
        qualifier = "lte"
    elif kind == "rank" and unit == "hạng" and role != "change":
        clause = norm[max(0, start - 30):start]
        if lx.UP_WORDS.search(clause) or lx.DOWN_WORDS.search(clause):
            role, direction = "change", _direction_in(clause)
    if kind == "rank":
        unit = "bậc" if unit == "bậc" else "hạng"

    return Candidate(start if start_override is None else start_override, end, kind, role, direction, m.value,
                     m.value_max, out_of, qualifier, unit, confidence=conf, group=group, cue_limit=cue_limit)


_RANK_IS_BEFORE = re.compile(r"(?<![^\W\d_])(?:thứ hạng|xếp hạng)(?: [^\d,;:()%]{0,50}?)? "
                             r"(?:là|ở|đạt|ở mức|ở vị trí)\s$")
_COUNTED_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?:tổng )?số (?:lượng )?(" + lx.alternation(lx.CLASSIFIERS) + r")(?![^\W\d_])[^\d;:%]{0,80}? "
    r"(?:đạt|là|lên|lên tới|ước đạt|đạt mức|tăng thêm|tăng|giảm)(?: (?:khoảng|hơn|gần|trên|xấp xỉ|gần như))?\s$"
)
_USD_BEFORE = re.compile(r"(?:us\$|usd)\)?:?\s?$")
_SCORE_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:tổng điểm|điểm số|điểm tổng hợp|số điểm|điểm trung bình|mức điểm)"
                                 r"(?: [^,;:()%]{0,40}?)?(?: (?:là|đạt|chỉ|còn|với|mới|ở mức))*\s$")
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])từ\s$")
_TO_BETWEEN = re.compile(r"\s(?:lên|xuống|xuống còn|còn|lên mức|xuống mức|tăng lên|giảm xuống)\s")
_INDEX_CUE = re.compile(r"(?<![^\W\d_])(?:egdi|dti|chỉ số|index|giá trị|value|điểm|xếp hạng|hci|osi|tii|epi)"
                        r"(?![^\W\d_])")


def _is_index_value(m: NumberMention) -> bool:
    """A normalised index value written bare (``0,7709``, ``từ khoảng 0,5 đến gần 0,6``): below 1, with decimals."""
    if m.words or m.scaled or m.percent or m.shape not in ("number", "range") or not 0 < m.value < 1 \
            or (m.value_max is not None and m.value_max >= 1):
        return False
    return bool(re.match(r"0[.,]\d", m.raw))


def _unit_from_next(sent: str, norm: str, mentions: list[NumberMention], k: int, before: str
                    ) -> tuple[str, str, float] | None:
    """(kind, unit, scale) of the figure after ``từ X lên/xuống``, for an unlabelled X."""
    m = mentions[k]
    if k + 1 >= len(mentions) or not _FROM_BEFORE.search(norm[max(0, m.start - 8):m.start]):
        return None
    nxt = mentions[k + 1]
    if not _TO_BETWEEN.fullmatch(norm[m.end:nxt.start]):
        return None
    cand = _classify(sent, norm, mentions, k + 1, set(), before)
    if cand is None or cand.kind == "rank":
        return None
    scale = 1.0
    for word in norm[nxt.start:nxt.end].split():
        scale *= SCALE_WORDS.get(word, 1.0)
    return cand.kind, cand.unit or "", scale


def _english_ordinal_rank(norm: str, mentions: list[NumberMention], k: int, consumed: set[int]) -> Candidate | None:
    """``71st place among 193 Member States``: a rank quoted in English, the denominator after among/of."""
    m = mentions[k]
    right = norm[m.end + len(m.suffix):]
    if not (re.match(r"^\s(?:place|position|rank)\b", right) or re.search(r"\b(?:ranked|ranks|placed)\s$",
                                                                         norm[:m.start])):
        return None
    end = m.end + len(m.suffix)
    out_of = None
    den = re.match(r"^(?:\s(?:place|position|rank))?\s(?:among|of|out of)\s", right)
    if den and k + 1 < len(mentions) and mentions[k + 1].start == end + den.end():
        nxt = mentions[k + 1]
        out_of, end = nxt.value, nxt.end
        consumed.add(k + 1)
    elif re.match(r"^\s(?:place|position|rank)\b", right):
        end += len(re.match(r"^\s(?:place|position|rank)", right).group(0))
    return Candidate(m.start, end, "rank", "level", None, m.value, None, out_of, "exact", "hạng")


# A person's place in a photo ("(thứ 2 từ trái)", "thứ ba bên phải"): a caption's pointer, no rank.
_PHOTO_POSITION_AFTER = re.compile(r"^\s?(?:từ|bên|phía) (?:trái|phải)(?![^\W\d_])")
_STREAK_AFTER = re.compile(r"^\s?(?:liên tiếp|liên tục|trong lịch sử)")
_RANKING_TABLE_BEFORE = re.compile(r"bảng xếp hạng\s$")
_GROUP_AS_SETTING_BEFORE = re.compile(r"(?<![^\W\d_])(?<!nằm )(?<!vẫn )(?<!đều )(?<!cùng )(?<!lọt )(?<!đứng )"
                                      r"(?<!luôn )(?<!tục )(?<!tiếp )trong\s$")
_COLON_AFTER = re.compile(r"^\s?:")
_LEAVES_BEFORE = re.compile(r"(?<![^\W\d_])rời(?: khỏi)?\s$")
_PLACED_BEFORE = re.compile(r"(?<![^\W\d_])(?:xếp|đứng)\s$")


_RANK_WORDS = ("thứ", "hạng", "vị trí", "top", "tốp", "nhóm", "xếp", "đứng")


_RANK_THU_REACH, _HANG_REACH, _TOP_REACH, _RANK_LABEL_REACH, _PLACED_REACH = map(
    _end_reach, (_RANK_THU, _HANG_BEFORE, _TOP_BEFORE, _RANK_LABEL, _PLACED_BEFORE))


def _rank_from_left(norm: str, mentions: list[NumberMention], k: int, consumed: set[int]) -> Candidate | None:
    """Rank facts announced by the words before the number: xếp thứ, hạng, vị trí, top/nhóm."""
    m = mentions[k]
    window = norm[max(0, m.start - 120):m.start]
    if m.percent or not any(word in window for word in _RANK_WORDS):
        return None  # every reading below needs one of these words within 120 characters before the number
    left = norm[:m.start]
    tail = left[-40:]
    right = norm[m.end:]
    if m.shape == "range" and not _TOP_BEFORE.search(tail):
        return None
    start = m.start
    qualifier = "exact"
    if _RANK_THU.search(tail, max(0, len(tail) - _RANK_THU_REACH)):
        before_thu = left[:-len("thứ ")].rstrip() + " "
        if _ORDINAL_HEADS.search(before_thu[-24:]) or _WEEKDAY_BEFORE.search(before_thu[-12:]):
            return None
        if 2 <= m.value <= 7 and not before_thu.rsplit("\n", 1)[-1].strip() and _DATE_AFTER_WEEKDAY.match(right):
            return None  # "Thứ 3, Ngày 08/10/2024" opening a line: a dateline's day of the week
        if m.words:
            return None  # ordinals in words are read by _word_ranks, with a rank verb required
        if _STREAK_AFTER.match(right):
            return None  # "năm thứ 10 liên tục": a streak
        if _PHOTO_POSITION_AFTER.match(right):
            return None
        start = m.start - len("thứ ")
    elif _HANG_BEFORE.search(tail, max(0, len(tail) - _HANG_REACH)):
        if _HANG_NOT_RANK.search(tail) or m.words:
            return None
        if _RANKING_TABLE_BEFORE.search(tail) and _SET_UNITS_RE.match(right.lstrip()):
            return None  # "bảng xếp hạng 63 tỉnh, thành phố": the ranking's size, a set name
        if _BAC_AFTER.match(right):
            return None  # "tụt hạng 5 bậc": a rank change, read by its unit
    elif _TOP_BEFORE.search(tail, max(0, len(tail) - _TOP_REACH)):
        top = _TOP_BEFORE.search(tail)
        # "nhóm 10 tỉnh, thành phố dẫn đầu": the comma inside a compound unit name does not end the group's phrase
        after = _UNIT_PAIR_COMMA.sub(r"\1  ", norm[m.end:m.end + 80])
        if top.group(0).startswith("nhóm") and not _TOP_LEADING.match(after) and not (
                not _CLASSIFIER.match(norm[m.end:]) and _INTO_GROUP.search(left[:len(left) - len(tail) + top.start()])):
            # "vào nhóm 30", "Phấn đấu giữ vững nhóm 5", "hướng tới nhóm 15 cả nước": a unit placed in a bare top
            # group (a result or, under a goal cue, a goal); "nhóm 3 tỉnh có điểm cao nhất" is read with its size
            return None
        if _GROUP_AS_SETTING_BEFORE.search(tail[:top.start()]) and not _TOP_LEADING.match(after):
            # "trong tốp 10, có 7 địa phương": the group is the setting, not a result; "cả ba trụ cột đều trong
            # tốp 10" places units in it, a result
            return None
        opening = left[:len(left) - len(tail) + top.start()]
        if (_COLON_AFTER.match(right) and not opening[opening.rfind("\n") + 1:].strip()) \
                or _LEAVES_BEFORE.search(tail[:top.start()]):
            return None  # "Tốp 10: phía Bắc áp đảo", a label; "Quảng Nam rời tốp 30" states no position
        start = m.start - (len(tail) - top.start())
        qualifier = "lte"
        lead = _TOP_LEADING.match(after)
        if top.group(0).startswith("nhóm") and lead:
            # the span runs to the leading word: "nhóm 3 địa phương dẫn đầu"
            return Candidate(start, m.end + lead.end(), "rank", "level", None, m.value, None, None, "lte", "hạng")
    elif m.out_of is not None and tail.endswith("(") and right.startswith(")") and re.search(
            r"(?:xếp|đứng|xếp hạng|vị trí)(?: thứ)? \d+/\d+", left[-120:]):
        pass  # "xếp thứ 11/63, tăng 14 bậc so với năm 2021 (25/63)": the earlier rank
    elif _RANK_IS_BEFORE.search(left[-70:]) and not m.words and not re.match(r"^\s?(?:%|điểm|bậc)", right) \
            and not _CLASSIFIER.match(right):
        pass  # "Thứ hạng của tỉnh năm nay là 25"
    elif _RANK_LABEL.search(tail, max(0, len(tail) - _RANK_LABEL_REACH)) and not m.words:
        pass  # "Thứ hạng: 29/63 tỉnh, thành phố"
    elif _FROM_TO_RANK.search(left[-60:]) and not m.words:
        pass  # "từ vị trí 57 lên 53": the second position is a rank too
    elif _PLACED_BEFORE.search(tail, max(0, len(tail) - _PLACED_REACH)) and not m.words \
            and re.match(r"^\s?/", right) is None \
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
        if _OUT_OF_AFTER.match(" " + between.strip() + " ") and not nxt.percent and nxt.shape == "number" \
                and (not nxt.words or _CLASSIFIER.match(norm[nxt.end:])):  # not "nhóm 30 trong năm nay"
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
        if _AND_OR_COMMA_GAP.fullmatch(norm[m.end:nxt.start]) and not nxt.percent and nxt.shape == "number" \
                and (_RANK_THU.search(left[-40:]) or _POSITIONS_BEFORE.search(left[-24:])) \
                and not nxt.words:  # "thứ 4/63, năm thứ hai liên tiếp": a streak
            nxt.shape = "rank_follow"
    return Candidate(start, end, "rank", "level", None, m.value, None, out_of, qualifier, "hạng")


_ALL_OF_THEM_AFTER = re.compile(r"^[^,;.]{0,30}?(?<![^\W\d_])(?:đều|cùng)(?![^\W\d_])")
_YEAR_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(cả|cuối|đầu|giữa|hết|mỗi|hằng|hàng|nửa)\s$")
# "lần lượt ở các vị trí 4, 5 và 6": positions listed after a plural noun
_POSITIONS_BEFORE = re.compile(r"(?<![^\W\d_])các\s(?:vị trí|hạng)\s$")
_NAME_BEFORE_ORDINAL = re.compile(r"(\S+)(?:\s\([^()]{1,20}\))?\s$")
_REPEAT_COUNT_BEFORE = re.compile(r"\d+\s(?:lần)\s(?:[^\W\d_]+\s){0,2}$")
_SIZED_GROUP_BEFORE = re.compile(r"(?:\d+|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s(?:địa phương|tỉnh|tỉnh, thành phố|"
                                 r"thành phố|đơn vị|quốc gia|huyện|xã)\s$")
_NTH_TIME_BEFORE = re.compile(r"lần thứ\s[^\W\d_]+\s(?:[^\W\d_]+\s){0,3}$")
_GROUP_SIZE_BEFORE = re.compile(r"(?:nhóm|top|tốp)\s(?:\d+|[^\W\d_]+)\s(?:[^\W\d_,]+[\s,]+){0,5}$")


def _word_ranks(sent: str, norm: str, offset: int, found: list[Candidate]) -> list[Candidate]:
    """Ranks with no digit: ``đứng thứ hai``, and ``dẫn đầu``/``đứng đầu`` a named ranking."""
    out: list[Candidate] = []
    taken = [(c.start - offset, c.end - offset) for c in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # (every ordinal and lead pattern below holds "thứ" or "đầu": a sentence with neither is not scanned)
    if "thứ" in norm:
        for m in _ORDINAL_WORD_RANK.finditer(norm):
            a, b = m.span(1)
            if free(a, b):
                out.append(Candidate(a + offset, b + offset, "rank", "level", None, float(_ORDINAL_VALUE[m.group(2)]),
                                     None, None, "exact", "hạng", confidence=0.85))
            # "vị trí thứ ba, thứ tư và thứ năm": a list of ranks, one fact each (Conventions)
            while (nxt := _ORDINAL_WORD_NEXT.match(norm[b:])) is not None:
                if free(b + nxt.start(1), b + nxt.end(1)):
                    out.append(Candidate(b + nxt.start(1) + offset, b + nxt.end(1) + offset, "rank", "level", None,
                                         float(_ORDINAL_VALUE[nxt.group(2)]), None, None, "exact", "hạng",
                                         confidence=0.8))
                b += nxt.end(1)
        for m in _SUPERLATIVE_ORDINAL.finditer(norm):
            a, b = m.span(1)
            if free(a, b):  # "địa phương đông dân thứ ba cả nước", "đô thị lớn thứ hai cả nước"
                out.append(Candidate(a + offset, b + offset, "rank", "level", None, float(_ORDINAL_VALUE[m.group(2)]),
                                     None, None, "exact", "hạng", confidence=0.75))
                taken.append((a, b))
        # "Huế xếp thứ hai (0,7951); Hải Phòng thứ ba (0,7857), TP Hồ Chí Minh thứ tư": a list of ranks goes on with
        # a bare ordinal after each name once a rank verb has been written
        for m in _BARE_ORDINAL.finditer(norm):
            a, b = m.span(1)
            if not free(a, b) or not sent[a].islower() or not _ORDINAL_LIST_VERB.search(norm[max(0, a - 160):a]):
                continue
            # ("Bắc Giang (71,58 điểm) thứ tư": the name's figure in brackets between)
            name = _NAME_BEFORE_ORDINAL.search(sent[max(0, a - 50):a])
            if name is None or not name.group(1)[:1].isupper():
                continue
            out.append(Candidate(a + offset, b + offset, "rank", "level", None, float(_ORDINAL_VALUE[m.group(2)]),
                                 None, None, "exact", "hạng", confidence=0.75))
            taken.append((a, b))
    for m in _LEAD.finditer(norm) if "đầu" in norm else ():
        a, b = m.span(1)
        if not free(a, b):
            continue
        left = norm[max(0, a - 40):a]
        right = norm[b:b + 100]
        den = _LEAD_DENOMINATOR.match(right)
        if den and not _LEAD_NOT_BEFORE.search(left) and not _LEAD_LABEL_AFTER.match(right[den.end():]):
            value = _numeral_value(den.group(1))
            if value is not None and value > 1:
                out.append(Candidate(a + offset, b + den.end() + offset, "rank", "level", None, 1.0, None, value,
                                     "exact", "hạng", subject=_subject(sent, norm, 0, a, b, "rank"), confidence=0.75))
                taken.append((a, b + den.end()))
                continue
        if _LEAD_NOT_BEFORE.search(left) or _LEAD_NOT_AFTER.match(right):
            continue
        if _REPEAT_COUNT_BEFORE.search(left):
            continue  # "6 lần đứng đầu": a repetition count
        if _SIZED_GROUP_BEFORE.search(left):
            continue  # "9 trong 10 địa phương đứng đầu PII": a group's label, read with its size (devk)
        if _LEAD_LABEL_AFTER.match(right):
            continue  # "Ba vị trí dẫn đầu: …": a label, not rank 1 ("3 chỉ số đứng đầu thế giới" is)
        if _coordinated_subject(sent[max(0, a - 80):a]):
            continue  # "Đan Mạch, Estonia và Singapore tiếp tục dẫn đầu": a shared lead is no one's rank
        if _NTH_TIME_BEFORE.search(left):
            continue  # "lần thứ sáu Quảng Ninh đứng đầu": a repetition count
        if _GROUP_SIZE_BEFORE.search(left):
            continue  # the group's leading rank was read with its size
        # "A dẫn đầu năm thứ ba liên tiếp; B và C lần lượt xếp thứ 2 và 3": a streak, or ranks given in the same
        # sentence, name the ranking led
        named = lx.RANK_NAMING.match(right) or _RANK_CONTEXT_LEFT.search(norm[max(0, a - 120):a]) \
            or _LEAD_STREAK_OR_RANKS.match(right) \
            or _LEAD_WITH_FIGURE.match(right) or ((fronted := _FRONTED_SET.match(norm)) and a >= fronted.end())
        if not named and not re.search(r"vị trí\s$", left):
            continue
        role = "target" if _target_cue(_cue_region(norm, 0, a)[-160:]) else "level"
        out.append(Candidate(a + offset, b + offset, "rank", role, None, 1.0, None, None, "exact", "hạng",
                             subject=_subject(sent, norm, 0, a, b, "rank"), confidence=0.75))
        taken.append((a, b))
    for pattern, value, needs_naming, hint in _FIGURATIVE_RANKS:
        if hint not in norm:  # cheap test first: most sentences hold none of these phrases
            continue
        for m in pattern.finditer(norm):
            a, b = m.span(1)
            if not free(a, b) or _PURPOSE_BEFORE.search(norm[max(0, a - 50):a]):
                continue
            if needs_naming and not _FIGURATIVE_NAMING.search(norm) and not _LEAD_WITH_FIGURE.match(norm[b:]):
                continue
            if _coordinated_subject(sent[max(0, a - 80):a]):
                continue
            if hint == "cao nhất" and re.match(r"^[^.;]{0,20}?(?:kể từ|từ trước|từ năm|trong \d+ năm|trong lịch sử)",
                                              norm[b:]):
                continue  # "cao nhất tỉnh kể từ năm 2020": a superlative over time (Conventions), no rank
            if hint == "cao nhất" and _GROUP_LABEL_BEFORE.search(norm[max(0, a - 70):a]):
                continue  # "thuộc nhóm 3 tỉnh … có điểm cao nhất cả nước": the group's label, not a unit's rank
            out.append(Candidate(a + offset, b + offset, "rank", "level", None, value, None, None, "exact", "hạng",
                                 subject=_subject(sent, norm, 0, a, b, "rank"), confidence=0.7))
            taken.append((a, b))
    return out


_ADVERBS = re.compile(r"(?:\s(?:tiếp tục|cùng|đều|vẫn|lần lượt|đồng thời|cùng lúc))+\s*$")


def _coordinated_subject(left: str) -> bool:
    """The clause before a rank phrase is a list of names ("Đan Mạch, Estonia và Singapore tiếp tục")."""
    cut = max(left.rfind(";"), left.rfind(":"), left.rfind("("), left.rfind("\n"))
    clause = _ADVERBS.sub("", left[cut + 1:].rstrip())
    # "Quảng Ninh và Hải Phòng tăng cao nhất": a short verb phrase may stand between the names and the phrase.
    words = clause.split(" ")
    for _ in range(3):
        if len(words) > 1 and words[-1][:1].islower():
            words.pop()
    clause = " ".join(words)
    if " và " not in clause or re.match(r"\s*(?:Bộ|Sở|Cục|Viện|Ban|Ủy|Trung tâm|Học viện|Ngân hàng|Tổng)\s", clause):
        return False  # "Bộ Kế hoạch và Đầu tư": one body's name
    first = clause.split(" và ")[0].split(",")[-2:] if "," in clause else [clause.split(" và ")[0]]
    names = [w for part in (*first, clause.rsplit(" và ", 1)[1]) for w in part.replace(",", " ").split()]
    return bool(names) and all(w[0].isupper() or w in ("TP.", "TX.") for w in names)


def ordinal_word_value(word: str) -> int | None:
    """Value of an ordinal written in words after ``thứ`` (``nhất`` = 1, ``tư`` = 4)."""
    if word in _ORDINAL_VALUE:
        return _ORDINAL_VALUE[word]
    v = words_to_number(word.split())
    return int(v) if v is not None else None
