"""What, where and when: fill ``indicator``, ``location``, ``place``, ``province_now`` and ``period`` of facts.

``link_facts`` is called by ``extract.pipeline`` after facts are found and typed. Rules decide first,
from the fact outward: its own clause (``;``-delimited), its sentence, the earlier sentences of its
paragraph, then the article (source province, title/lead, prevailing reporting period). The trained models
(``models/ner``, optional; see ``extract.ner``) only fill what the rules leave open: the indicator classifier
names the index of facts the rules link by a weak fallback, and the entity recogniser reads names the
gazetteer's patterns missed (a bare district name, a national agency as a clause's subject), asked only about
the sentences that have such a name.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from extract import page
from extract.linking import gazetteer, indicators, periods
from extract.linking.gazetteer import NATIONAL, PlaceMention
from extract.linking.indicators import IndicatorMention
from extract.linking.periods import PeriodMention
from extract.normalize import UPPER_LETTERS, normalize_for_matching

__all__ = ["link_facts"]

# Index results are ranks and scores; percentages link only when the index is reported in percent
# (PAR Index, SIPAS) and named in the same clause or inherited from an index percentage just before.
_INDEX_KINDS = {"rank", "score"}


@dataclass
class _Ctx:
    text: str
    norm: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    published: _dt.date | None
    home: str | None  # the article's province (era name), or Việt Nam, or None
    places: list[PlaceMention] = field(default_factory=list)
    inds: list[IndicatorMention] = field(default_factory=list)
    pers: list[PeriodMention] = field(default_factory=list)
    doc_year: int | None = None
    defer_implicit: bool = False
    asof_unknown: dict[tuple[int, int], bool] = field(default_factory=dict)
    fact_starts: list[int] = field(default_factory=list)
    enumerated: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    fact_ends: list[int] = field(default_factory=list)
    article_index: indicators.Indicator | None = None
    weak_indicator: bool = False  # the last _pick_indicator answer came from an article-level fallback
    facts: list[Any] = field(default_factory=list)  # all facts of the article, by start
    title_year: int | None = None  # the year the title/lead states
    headline_year: int | None = None  # the year a short headline line states
    edition_year: int | None = None  # an index article's edition year when it is the year before publication
    from_to: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    sections: list[tuple[int, str | None]] = field(default_factory=list)
    period_heads: list[tuple[int, str | None]] = field(default_factory=list)
    index_heads: list[tuple[int, indicators.Indicator | None]] = field(default_factory=list)
    alongside: list[IndicatorMention] = field(default_factory=list)  # indices named as released with another
    appositives: list[tuple[int, int]] = field(default_factory=list)  # phrases describing the place before them
    recogniser: Any = None  # the trained entity recogniser, when linking may use it
    entities: dict[tuple[int, int], list[Any]] = field(default_factory=dict)  # its spans, per sentence asked
    dash_asides: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)  # per sentence asked
    headline: tuple[tuple[int, int] | None] | None = None  # _headline's answer, once found
    ahead: bool = False  # resolving a goal's period: a year left implicit is not one already over
    # _sentence_primary's answers by (sentence, ahead), kept only through the second period pass of link_facts,
    # where nothing it reads changes but ctx.ahead (None: not kept)
    primaries: dict[tuple[tuple[int, int], bool], str | None] | None = None
    ministries: bool | None = None  # whether a ministry or the ministries' block is named anywhere (asked once)


_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out or [(0, len(text))]


def _containing(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    # Sentences and paragraphs are sorted and disjoint: the span starting last at or before pos, if it reaches it.
    i = bisect_right(spans, (pos, _FAR)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][0], spans[i][1]
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return None


_FAR = float("inf")


_SEP_RX = {seps: re.compile("[" + re.escape(seps.replace(",", "")) + "]" + ("|,(?![0-9])|(?<![0-9]),"
                                                                             if "," in seps else ""))
           for seps in (";", ",;")}


# Asked ~400 times an article, mostly again for the same figure within the next ~250 calls: a cache of one
# article's worth saves the rescans without keeping texts of earlier articles.
@lru_cache(maxsize=256)
def _clause(norm: str, lo: int, hi: int, pos: int, seps: str = ";") -> tuple[int, int]:
    """The ``seps``-delimited stretch of ``[lo, hi)`` around ``pos`` (parentheses do not end a clause).

    A comma between digits is a decimal mark ("72,80"), not a clause break.
    """
    rx = _SEP_RX[seps]
    if not lo <= pos <= hi:
        a = lo
        for m in rx.finditer(norm, lo, pos):
            a = m.end()
        m = rx.search(norm, pos, hi)
        return a, (m.start() if m else hi)
    # The separators (one character each) of the stretch, found once for all its figures. Read up to ``pos``
    # only, a comma right before it has no digit after it, so it ends the clause there.
    cuts = _separators(norm, lo, hi, seps)
    i = bisect_left(cuts, pos)
    a = pos if pos > lo and norm[pos - 1] in seps else (cuts[i - 1] + 1 if i else lo)
    return a, (cuts[i] if i < len(cuts) else hi)


@lru_cache(maxsize=64)
def _separators(norm: str, lo: int, hi: int, seps: str) -> list[int]:
    return [m.start() for m in _SEP_RX[seps].finditer(norm, lo, hi)]


class _Spans(list):
    """Mentions sorted by start, with their starts kept for bisection: ``_in`` is asked ~60,000 times over a
    hundred articles, and a scan of every mention each time was a tenth of linking's time."""

    def __init__(self, items: Sequence[Any]) -> None:
        super().__init__(sorted(items, key=lambda x: x.start))
        self.starts = [x.start for x in self]
        self.longest: int | None = None  # the longest span's length, once asked (see _overlaps_place)


def _in(items: list[Any], lo: int, hi: int) -> list[Any]:
    if isinstance(items, _Spans):
        i = bisect_left(items.starts, lo)
        j = bisect_left(items.starts, hi, i)
        return [x for x in items[i:j] if x.end <= hi]
    return [x for x in items if x.start >= lo and x.end <= hi]


# Central outlets' bylines: their figures are national unless a sentence names a place.
_CENTRAL_SOURCE = re.compile(r"\((?:Chinhphu\.vn|VGP|Baochinhphu\.vn|Bộ Nội vụ|Moha\.gov\.vn)\)", re.IGNORECASE)


# Where a conference or announcement took place ("công bố ngày 2/4 tại Hà Nội", "Sáng 10/4, tại Hà Nội, Bộ
# Nội vụ tổ chức hội nghị …") is no subject of the figures, nor the article's province.
_EVENT = re.compile(r"(?<!\w)(?:hội nghị|tổ chức|công bố|họp báo|buổi lễ|lễ công bố|diễn ra|khai mạc|hội thảo|"
                    r"diễn đàn|tọa đàm)(?!\w)")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:thủ đô\s+|tp\.?\s*|thành phố\s+)?$")


def _mark_venues(ctx: _Ctx, places: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for p in places:
        sent = _containing(ctx.sentences, p.start) or _containing(ctx.paragraphs, p.start) or (0, len(ctx.text))
        figure = _FIGURE.search(ctx.norm, p.end, sent[1])
        # ("công bố tại Hà Nội cho thấy điểm trung vị toàn quốc đạt 42,68 điểm": a figure said of the country)
        if figure is not None and any(q.kind == "national" and p.end <= q.start < figure.start() for q in places):
            figure = None
        # ("Theo kết quả Bộ Nội vụ công bố chiều 17/4 tại Hà Nội, Chỉ số … của tỉnh đạt 85,41%": where a result was
        # announced, whatever figure follows)
        announced_at = _ANNOUNCED_AT.search(ctx.norm, max(sent[0], p.start - 40), p.start)
        if p.kind in ("province", "district") and (announced_at or (
                _VENUE_BEFORE.search(ctx.norm, max(sent[0], p.start - 20), p.start)
                and _EVENT.search(ctx.norm, sent[0], sent[1]) and figure is None
                and not _OWN_PROVINCE.search(ctx.text, p.end, sent[1]))):
            # (not "Tại Thừa Thiên Huế, Sở … cho biết toàn tỉnh có 27 doanh nghiệp": the province the sentence is about)
            p = replace(p, scope_only=True, kind="venue")
        out.append(p)
    return out


_ANNOUNCED_AT = re.compile(r"(?<!\w)(?:công bố|tổ chức|diễn ra|khai mạc|ký kết)(?:\s+[^\s,;.]+){0,3}\s+(?:tại|ở)\s+$")
# A figure after the venue in its sentence makes the place a subject again ("tại Hà Nội đạt 88%").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|điểm)|(?:xếp|đứng|thứ)\s+(?:thứ\s+)?\d")


# A central body in the lead of an article no province dominates: the figures are the country's.
_CENTRAL_BODY = re.compile(r"(?<!\w)(?:Bộ\s+(?:Nội vụ|Thông tin và Truyền thông|Tài chính|Kế hoạch và Đầu tư|"
                          r"Khoa học và Công nghệ|Công an)|Chính phủ|Thủ tướng|VCCI|UNDP|Cục Thống kê|"
                          r"Tổng cục Thống kê|Văn phòng Chính phủ|Ban Chỉ đạo)(?!\w)")


_TOP_WORDS = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|quán quân|ngôi đầu|số 1|thứ nhất|cao nhất|vô địch|về nhất|"
                        r"nhất bảng|soán ngôi|ngôi vương|giữ ngôi)(?!\w)")
_OWN_PROVINCE = re.compile(r"(?<!\w)(?:của tỉnh|toàn tỉnh|tỉnh nhà|tỉnh ta|địa bàn tỉnh|của thành phố|toàn thành phố|"
                           r"thành phố ta)(?!\w)(?!\s+[A-ZĐ])")


_ONE_PROVINCE = re.compile(r"(?<!\w)(?<!cấp )(?<!các )(?<!mỗi )(?<!tỉnh, )(?<!\d )(?<!những )"
                           r"(?:tỉnh|thành phố|tỉnh nhà)(?!\w)")


def _national_release(ctx: _Ctx, provs: list[PlaceMention]) -> bool:
    """"Công bố DTI 2023: Quảng Ninh tiếp tục dẫn đầu" over "Bộ … vừa công bố kết quả … của các địa phương",
    "PAR INDEX 2024: Hải Phòng dẫn đầu" over "(Chinhphu.vn) - Kết quả … của các tỉnh, thành phố": a headline
    naming the winner of a national ranking whose first paragraph, from a central body or outlet, names no
    province and does not speak of one ("tỉnh đạt …"), is the country's article."""
    head = _headline(ctx)
    if head is None or not any(head[0] <= p.start < head[1] for p in provs) \
            or not (top := _TOP_WORDS.search(ctx.norm, *head)):
        return False
    leader = [p for p in provs if head[0] <= p.start < top.start()]
    if leader and leader[-1].kind != "province":
        # "PAR INDEX 2024: Thủ đô giữ vị trí thứ 3, quận Hoàn Kiếm dẫn đầu khối quận, huyện": a district leads its own
        # province's table, which the province's own outlet reports
        return False
    idx = ctx.paragraphs.index(head)
    if idx + 1 >= len(ctx.paragraphs):
        return False
    lo, hi = ctx.paragraphs[idx + 1]
    first_prov = min((p.start for p in provs if lo <= p.start < hi), default=None)
    # ("Quảng Ninh giữ ngôi đầu …, Hải Phòng và Hà Nội lần lượt xếp thứ hai, thứ ba": a lead on the table's top, the
    # central body in the paragraph after it)
    lead_hi = hi
    table_top = len({p.province for p in provs if lo <= p.start < hi}) >= 3 and idx + 2 < len(ctx.paragraphs)
    if table_top:
        hi = ctx.paragraphs[idx + 2][1]
    # (a lead may name the winner after the country's own figure: "GDP 6 tháng đầu năm 2025 tăng 7,52% … Quảng Ngãi
    # đứng đầu cả nước về tốc độ tăng trưởng GRDP")
    # ("Kỳ PCI … xếp hạng đủ 63 tỉnh, thành phố ghi nhận …; Hải Phòng lần đầu đứng số 1": all the provinces first)
    # ("(Chinhphu.vn) - Chỉ số Xanh cấp tỉnh (PGI) 2024 do VCCI công bố … ghi nhận TP. Hải Phòng đứng đầu": a central
    # outlet's lead on a central body's release, the winner after it)
    # ("Hải Phòng dẫn đầu SIPAS 2024, bình quân cả nước đạt 83,94%" over "Với 90,59%, TP Hải Phòng …", the release
    # in the paragraph after: a headline setting the winner beside the country's own figure)
    head_country = any(p.kind == "national" and not p.scope_only and head[0] <= p.start < head[1] for p in ctx.places)
    if first_prov is not None and not table_top and not head_country \
            and not _COUNTRY_AGGREGATE.search(ctx.text, lo, first_prov) \
            and not _ALL_PROVINCES.search(ctx.norm, lo, first_prov) \
            and not (_CENTRAL_SOURCE.search(ctx.text, lo, first_prov) and _CENTRAL_BODY.search(ctx.text, lo, first_prov)
                     and _RELEASED.search(ctx.norm, lo, first_prov)) \
            and not any(p.kind == "national" and not p.scope_only and lo <= p.start < first_prov for p in ctx.places):
        return False
    # ("Giá trị DTI quốc gia năm 2023 đạt 0,7326 … Đà Nẵng tiếp tục đứng đầu" over "Bộ Thông tin và Truyền thông vừa
    # phát hành báo cáo …": a lead opening on the country's own value may leave its source to the next paragraph)
    # (so may a lead on the country's figures that names no province: "KTV – GDP cả năm tăng 7,09%, riêng quý IV tăng
    # 7,55%; …" over "Sáng 6/1, Tổng cục Thống kê … công bố số liệu …")
    source_hi = hi
    if idx + 2 < len(ctx.paragraphs) and (
            head_country
            or (first_prov is not None and any(p.kind == "national" and not p.scope_only and lo <= p.start < first_prov
                                               for p in ctx.places))
            or (first_prov is None and _COUNTRY_AGGREGATE.search(ctx.text, lo, hi))):
        source_hi = ctx.paragraphs[idx + 2][1]
    if not (_CENTRAL_BODY.search(ctx.text, lo, source_hi) or _CENTRAL_SOURCE.search(ctx.text, lo, source_hi)):
        return False
    # (a release, all the provinces, or the country's own total: "tính đến ngày 30/6/2024, cả nước đã kích hoạt …")
    if not _RELEASED.search(ctx.norm, lo, hi) and not _ALL_PROVINCES.search(ctx.norm, lo, hi) \
            and not _COUNTRY_AGGREGATE.search(ctx.text, lo, hi) \
            and not any(p.kind == "national" and not p.scope_only for p in _in(ctx.places, lo, hi)):
        return False
    if _speaks_from_a_province(ctx):
        return False  # "của tỉnh", "toàn tỉnh": the writer speaks from one province
    # "tỉnh đạt …" speaks of one province; "cấp tỉnh", "các tỉnh, thành phố", "tỉnh Quảng Ninh" do not.
    return not any(not ctx.text[m.end():m.end() + 2].strip()[:1].isupper()
                   for m in _ONE_PROVINCE.finditer(ctx.norm, lo, lead_hi)
                   if not re.match(r"\s*(?:,|và|thành phố|trực thuộc)", ctx.norm[m.end():m.end() + 14]))


_RELEASED = re.compile(r"(?<!\w)công bố(?!\w)")
# The whole set of provinces as the subject of a release ("của các tỉnh, thành phố", "cả 63/63 địa phương").
_ALL_PROVINCES = re.compile(r"(?<!\w)(?:(?:các|cả|63|63/63|34|34/34)\s+(?:tỉnh,\s*thành phố|tỉnh, thành|địa phương)"
                            r"|khối (?:các )?địa phương)(?!\w)")


def _untitled_release(ctx: _Ctx, provs: list[PlaceMention], lead_end: int) -> bool:
    """"Công bố Chỉ số PAPI 2023" over "UNDP … công bố báo cáo …; Hải Phòng và Quảng Ninh dẫn đầu": a headline
    naming no province over a central body's release is the country's article, however often the
    leaders are named; a writer speaking from one province ("toàn tỉnh", "của tỉnh") makes it provincial."""
    head = _headline(ctx)
    if head is None or any(head[0] <= p.start < head[1] for p in provs):
        return False
    if not _CENTRAL_BODY.search(ctx.text, head[1], lead_end) \
            or not re.search(r"(?<!\w)công bố(?!\w)", ctx.norm[head[0]:lead_end]):
        return False
    return not _speaks_from_a_province(ctx)


def _speaks_from_a_province(ctx: _Ctx) -> bool:
    """Whether the writer speaks from one province ("của tỉnh", "toàn tỉnh"), not of one just named ("TP Hồ Chí
    Minh giữ vị trí thứ hai, cả ba trụ cột của thành phố cùng xếp thứ 2/63"), or keeps coming back to one
    unnamed, as its own paper does under a national release ("tỉnh có 6 lĩnh vực …", "tỉnh giữ ngôi đầu …",
    "UBND tỉnh …", "tỉnh cũng phấn đấu …")."""
    for m in _OWN_PROVINCE.finditer(ctx.text):
        para = _containing(ctx.paragraphs, m.start())
        if para is not None and page.is_caption(ctx.text[para[0]:para[1]]):
            continue  # (a photo's caption speaks of the place in the photo: "(Việt Yên, Bắc Giang). … của tỉnh")
        if not _named_before(ctx, m.start()):
            return True
    own = {_containing(ctx.sentences, m.start()) for m in _UNNAMED_OWN_PROVINCE.finditer(ctx.norm)
           if not ctx.text[m.end():m.end() + 2].strip()[:1].isupper() and not _named_before(ctx, m.start())}
    own |= {_containing(ctx.sentences, m.start()) for m in _PROVINCIAL_BODY.finditer(ctx.text)
            if not ctx.text[m.end():m.end() + 2].strip()[:1].isupper() and not _named_before(ctx, m.end() + 30)}
    # (a national outlet may call the leader "thành phố cảng" or quote its plan two or three times)
    return len(own - {None}) >= 4


def _named_before(ctx: _Ctx, pos: int) -> bool:
    """Whether a province or district is named in the sentence before ``pos``: a bare "tỉnh" after it is that one."""
    sent = _containing(ctx.sentences, pos) or (max(0, pos - 200), pos)
    return any(p.kind in ("province", "district") for p in _in(ctx.places, sent[0], min(pos, sent[1])))


# A bare "tỉnh" or "thành phố" speaking of one province, not of provinces in general ("khối tỉnh", "Ba tỉnh cuối
# bảng", "tỉnh nào", "tỉnh dẫn đầu", "tỉnh trung vị") nor of another one ("tỉnh láng giềng", "tỉnh này").
_UNNAMED_OWN_PROVINCE = re.compile(
    r"(?<!\w)(?<!khối )(?<!nhiều )(?<!cấp )(?<!các )(?<!mỗi )(?<!những )(?<!\d )(?<!hai )(?<!ba )(?<!bốn )(?<!năm )"
    r"(?<!sáu )(?<!bảy )(?<!tám )(?<!chín )(?<!mười )(?<!tỉnh, )(?:tỉnh|thành phố|tỉnh nhà)(?!\w)"
    r"(?!\s*(?:này|nào|láng giềng|bạn|cao nhất|thấp nhất|đứng đầu|dẫn đầu|đứng cuối|cuối bảng|trung vị|trực thuộc|"
    r"và|,|\n|$))")


def _headline(ctx: _Ctx) -> tuple[int, int] | None:
    """The title (see extract.page.title_span), found once per article."""
    if ctx.headline is None:
        ctx.headline = (page.title_span(ctx.text, ctx.paragraphs),)
    return ctx.headline[0]


def _lead_end(ctx: _Ctx, lines: int) -> int:
    """Where the title and lead end: after the first ``lines`` + 1 lines, or after the line below the title when page
    furniture above it (a banner, a breadcrumb, a dateline) pushes it further down."""
    if not ctx.paragraphs:
        return 0
    head = _headline(ctx)
    title_at = ctx.paragraphs.index(head) if head else 0
    return ctx.paragraphs[min(max(lines, title_at + lines - 1), len(ctx.paragraphs) - 1)][1]


_SOURCE_LABEL = re.compile(r"\W*(?:nguồn|theo)\s*:")


_RELATED_LINKS = re.compile(r"^\W*(?:tin liên quan|bài liên quan|tin cùng chuyên mục|các tin khác|tin khác|xem thêm)\b",
                            re.IGNORECASE | re.MULTILINE)


def _article_home(ctx: _Ctx, province_hint: str | None) -> str | None:
    if province_hint:
        if province_hint == NATIONAL:
            return NATIONAL
        name = gazetteer.resolve_province(province_hint) or province_hint
        loc, *_ = gazetteer._place_for(name, ctx.published)
        return loc
    # (not the headlines of other articles linked below it: "Tin liên quan: - Bắc Giang tăng 9 bậc …")
    related = _RELATED_LINKS.search(ctx.text)
    body_end = related.start() if related else len(ctx.text)
    # (nor a photo's caption: "Người dân làm thủ tục tại phường Hồng Gai, tỉnh Quảng Ninh. Ảnh: VGP" under a
    # national release's lead)
    captions = [pa for pa in ctx.paragraphs if page.is_caption(ctx.text[pa[0]:pa[1]])]
    provs = [p for p in ctx.places if p.kind not in ("national", "region", "venue") and p.start < body_end
             and not any(a <= p.start < b for a, b in captions)]
    lead_end = _lead_end(ctx, 3)
    title_provs = [p for p in provs if p.start < lead_end]
    if _CENTRAL_SOURCE.search(ctx.text, 0, lead_end) and not title_provs:
        return NATIONAL
    # Title and lead (first lines) say whose article it is; fall back to the most named province.
    lead = Counter(p.province for p in provs if p.start < lead_end)
    whole = Counter(p.province for p in provs)
    # A source or byline line ("Nguồn: Cục Thống kê tỉnh Bắc Ninh", "Sở Nội vụ tỉnh Nam Định") names the
    # publisher's province when the title and lead do not.
    tail = [pa for pa in [pa for pa in ctx.paragraphs if pa[1] <= body_end][-3:]
            if pa[1] - pa[0] <= 90 and not ctx.text[pa[0]:pa[1]].rstrip().endswith(".")
            and not page.is_caption(ctx.text[pa[0]:pa[1]])]
    source = {p.province for p in provs
              if any(a <= p.start < b for a, b in tail) or _SOURCE_LABEL.match(ctx.norm[
                  (_containing(ctx.paragraphs, p.start) or (p.start, p.start))[0]:p.start])}
    if len(source) == 1 and (not lead or (lead.most_common(1)[0][1] == 1 and len(lead) > 1)):
        return source.pop()  # the lead names no province, or several once each (comparisons)
    if (lead and _national_release(ctx, provs)) or _untitled_release(ctx, provs, lead_end):
        return NATIONAL
    if lead:
        top, n = lead.most_common(1)[0]
        if n > 1 or len(lead) == 1 or whole[top] == whole.most_common(1)[0][1]:
            return top
    if whole:
        (top, n), *rest = whole.most_common(2)
        if not rest or n > rest[0][1]:
            return top
    nat = [p for p in ctx.places if p.kind == "national" and not p.scope_only]
    if nat or _CENTRAL_BODY.search(ctx.text, 0, lead_end):
        return NATIONAL
    return None


def _as_location(p: PlaceMention) -> tuple[str, str | None, str | None]:
    if p.kind == "national":
        return NATIONAL, None, NATIONAL
    if p.kind == "region":
        return NATIONAL, p.place, NATIONAL
    return p.province or NATIONAL, p.place, p.province_now


# Figures about all provinces or ministries together ("63/63 tỉnh, thành phố", "57 địa phương",
# "Ở khối bộ, cơ quan ngang bộ") are national even in a provincial article ("các bộ phận một cửa" are a town's desks).
_COLLECTIVE = re.compile(
    # "năm 2022 – năm tỉnh tăng hạng mạnh": after a dash "năm" is "the year", not five; "năm 2023 tỉnh cấp
    # mới …": a year is no number of provinces
    # ("Đề án 06 tỉnh": the programme's number before its province's body)
    # ("tháng 11/2024 tỉnh xếp thứ 4", "riêng tháng 10 tỉnh phục vụ …": a month is no number of provinces either)
    r"(?<!\w)(?:(?:các|toàn bộ|cả|nhóm|trong|(?<!đề án )(?<!tháng )(?<!quý )"
    r"(?!(?:19|20)\d\d\s)(?!\d{1,2}/(?:19|20)\d\d\s)\d+(?:/\d+)?|"
    # ("Cả năm tỉnh phấn đấu tăng trưởng 9 - 10%", "cuối năm tỉnh …": the year; but "cả năm tỉnh đều …": all five)
    r"hai|ba|bốn|(?<!- )(?<!cuối )(?<!đầu )(?<!giữa )(?<!hết )(?<!mỗi )(?<!hằng )(?<!hàng )(?<!nửa )"
    r"(?:(?<!cả )năm|năm(?=\s+(?:tỉnh|địa phương)[^,;.]{0,30}?(?<!\w)(?:đều|cùng)(?!\w)))|sáu|bảy|"
    r"tám|chín|mười)\s+)"
    r"(?:tỉnh,\s*thành phố|tỉnh,\s*thành|tỉnh thành|địa phương|tỉnh|bộ,\s*ngành|bộ,\s*cơ quan ngang bộ|"
    r"bộ, cơ quan|bộ(?!\s+phận)|quốc gia|nền kinh tế)(?!\w)"
    r"|(?<!\w)khối\s+(?:bộ|các bộ)(?!\w)")
# ("của tỉnh trung vị": the median province of a ranking, no local unit; not "kinh tế - xã hội": society, no commune)
_LOCAL_LEVEL = re.compile(r"(?<!\w)(?:cấp huyện|cấp xã|huyện|thị xã|phường|xã(?! hội)|của tỉnh(?! trung vị)|trong tỉnh|"
                          r"toàn tỉnh|trên địa bàn|sở, ngành|sở, ban, ngành)(?!\w)")
# A ministry as the subject of its clause ("Bộ Tư pháp đạt 89,95%"), not as a source ("chỉ tiêu Bộ Công an giao").
# The members of an index's block of ministries (a ministry, or a body ranked with them), whose figures are the
# country's; narrower than _NATIONAL_AGENCY, whose sources (Chính phủ, VCCI, Tổng cục …) are not ranked units.
_MINISTRY_BODY = (r"(?:Bộ\s+[A-ZĐ]|Ngân hàng Nhà nước|Thanh tra Chính phủ|Văn phòng Chính phủ|Ủy ban Dân tộc|"
                  r"Đại học Quốc gia|Bảo hiểm xã hội Việt Nam|Kiểm toán Nhà nước)")
_MINISTRY_SUBJECT = re.compile(r"^\W*(?:(?:riêng|còn|trong đó|ở cấp bộ)\s*,?\s*)?(?=" + _MINISTRY_BODY + ")")
# "Đơn vị có kết quả thấp nhất khối là Bộ Giáo dục và Đào tạo, đạt 79,42%": the ministry named just before
_MINISTRY_NAMED_BEFORE = re.compile(r"(?:(?<!\w)là\s+|:\s*)" + _MINISTRY_BODY
                                    + r"[^;:.,\d()]*(?:,?\s*(?:chỉ |mới )?(?:đạt|với)|\s*\(\s*(?:khoảng|gần|hơn|trên)?)"
                                    r"\s*$")


# "Ở khối bộ, cơ quan ngang bộ, giá trị trung bình đạt 84,38%": a clause about the ministries as a block.
_MINISTRY_SCOPE_WORDS = r"(?:ở|đối với|tại|trong|với)\s*(?:khối|cấp|nhóm)\s*(?:các\s*)?bộ(?!\w)"
_MINISTRY_SCOPE = re.compile(r"\W*" + _MINISTRY_SCOPE_WORDS)


_CLAUSE_SUBJECT_GAP = re.compile(r"\W*(?:(?:còn|riêng|trong khi|và|nhưng)\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?")


# Anywhere in the article: every pattern _ministry_national asks needs one of these, and most articles have none.
_MINISTRY_ANYWHERE = re.compile(_MINISTRY_BODY)
_MINISTRY_SCOPE_ANYWHERE = re.compile(_MINISTRY_SCOPE_WORDS)


def _ministry_national(ctx: _Ctx, fact: Any, clause: tuple[int, int], comma: tuple[int, int]) -> bool:
    if ctx.ministries is None:
        ctx.ministries = bool(_MINISTRY_ANYWHERE.search(ctx.text) or _MINISTRY_SCOPE_ANYWHERE.search(ctx.norm))
    if not ctx.ministries:
        return False
    if not (_MINISTRY_SUBJECT.match(ctx.text[comma[0]:fact.start])
            or _MINISTRY_NAMED_BEFORE.search(ctx.text, max(clause[0], fact.start - 90), fact.start)
            or _MINISTRY_SUBJECT.match(ctx.text[clause[0]:fact.start])
            or _MINISTRY_SCOPE.match(ctx.norm, clause[0])):
        return False
    # ("Bộ Tư pháp dẫn đầu khối bộ, ngành, còn Quảng Ninh tiếp tục giữ ngôi quán quân": the province of its own clause)
    return not any(p.kind in ("province", "district") and not p.scope_only
                   and _CLAUSE_SUBJECT_GAP.fullmatch(ctx.norm, comma[0], p.start)
                   for p in _in(ctx.places, comma[0], fact.start))


_REGION_WORD = re.compile(r"(?<!\w)vùng(?!\w)")
_UNIT_SET_WORD = re.compile(r"(?<!\w)(?:tỉnh|tỉnh, thành phố|quốc gia)(?!\w)")


def _collective_national(ctx: _Ctx, fact: Any, sent: tuple[int, int], comma: tuple[int, int]) -> bool:
    if fact.kind == "rank":
        return False
    if fact.kind == "count" and _REGION_WORD.search(ctx.norm[fact.start:fact.end]):
        return True  # the country's regions counted ("Xét theo 6 vùng kinh tế - xã hội")
    # (not a ranked group another figure of the clause names: "đưa PGI vào nhóm 10 địa phương dẫn đầu và thu hút
    # vốn FDI từ 600 triệu USD trở lên" is the province's goal)
    groups = [m for m in _COLLECTIVE.finditer(ctx.norm, comma[0], fact.end)
              if not any(f.kind == "rank" and f is not fact and f.start < m.end() and m.start() < f.end
                         for f in ctx.facts)]
    if not groups:
        return False
    if _MERGER.search(ctx.norm, max(sent[0], fact.start - 30), fact.start):
        return False  # "hợp nhất ba tỉnh": the size of the new province
    if _UNIT_SET_WORD.search(ctx.norm[fact.start:fact.end]):
        return True  # provinces counted are never units of one province ("chỉ thấp hơn 12 tỉnh, thành phố")
    # "8/9 địa phương" of a province's districts, or "các sở, ngành" of the province, stay local …
    if _LOCAL_LEVEL.search(ctx.norm[sent[0]:sent[1]]):
        return False
    return not _local_share(ctx, groups, sent)


_SLASH_TOTAL = re.compile(r"/(\d+)")


def _local_share(ctx: _Ctx, groups: list[re.Match[str]], sent: tuple[int, int]) -> bool:
    """"Trong 8 huyện, thành phố, … Có 5/8 địa phương đạt trên 99%": a share of fewer units than there are
    provinces, in a paragraph that named local units before the sentence, counts those units."""
    para = _containing(ctx.paragraphs, sent[0]) or sent
    shares = [int(d) for m in groups for d in _SLASH_TOTAL.findall(m.group(0))]
    return bool(shares) and all(d < 34 for d in shares) and bool(_LOCAL_LEVEL.search(ctx.norm, para[0], sent[0]))


_MERGER = re.compile(r"(?<!\w)(?:hợp nhất|sáp nhập|sắp xếp|nhập)(?:\s+(?:từ|cả|của))?\s*$")


# A group of provinces (or ranks, or countries) named by its size and then listed: "Năm tỉnh có tốc độ
# tăng dưới 7% là Đắk Lắk, …", "04 địa phương gồm Hà Nội, …", "Ba vị trí dẫn đầu: Quảng Ninh (92,18%), …".
# The size and the figures between it and the list describe the group: national, not its first member.
_ENUMERATED_GROUP = re.compile(
    # ("xếp thứ 7/63 tỉnh, thành phố, tăng 5 bậc so với năm trước (năm 2023: …)": a denominator is no group)
    # ("Nếu tính theo 63 tỉnh, thành phố cũ, khu vực Bắc Giang cũ … xếp hạng 1/63, kế đến là …": the count the
    # ranking was reckoned by)
    r"(?<!\w)(?<!theo )(?:(?!(?:19|20)\d\d\s)(?<!/)\d+|hai|ba|bốn|(?<!- )năm|sáu|bảy|tám|chín|mười|các|những)\s+"
    r"(?:tỉnh,\s*thành phố|tỉnh,\s*thành|tỉnh thành|tỉnh|thành phố|đô thị|địa phương|vị trí|trung tâm kinh tế|"
    r"đơn vị|quốc gia|nền kinh tế|bộ,\s*ngành|bộ(?!\s+phận))(?!\w)"
    r"[^;]{0,100}?(?:\s(?:là|gồm|bao gồm|thuộc về)(?!\w)|:)")
# ("có 4 đơn vị đạt dưới 80%, thấp nhất là Sở Văn hóa …": a group of the province's own bodies)
# (also a list of them: "Năm đơn vị dẫn đầu gồm:\n- Quận Cầu Giấy: 0,7812 điểm")
_LOCAL_MEMBER = re.compile(r"\s*(?::\s*(?:[-+•*–]\s*)?)?(?:các\s+)?(?:Sở|UBND|Ủy ban nhân dân|[Hh]uyện|[Tt]hị xã|[Xx]ã|"
                           r"[Pp]hường|[Qq]uận|[Tt]hị trấn)(?!\w)")
# Counts that say how an index is built ("Ở ba trụ cột, …", "Trong mười chỉ số thành phần, …", "ở cả ba trụ
# cột") are national; "dẫn đầu … ở hai chỉ số thành phần là …" (a result of the province) is not.
_DESIGN_UNIT = re.compile(r"(?:trụ cột|chỉ số thành phần|chỉ số nội dung|nhóm chỉ số|tiêu chí thành phần|lĩnh vực|"
                          r"trục nội dung)")
# "đo hiệu quả quản trị theo 8 lĩnh vực nội dung" (not a province's own "Chỉ số CCHC cấp sở được đánh giá trên 7
# lĩnh vực": the index measures along its parts)
_MEASURED_ALONG = re.compile(r"(?<!\w)(?:đo|đo lường)(?:\s+[^\s,;:]+){0,5}?\s+theo\s*$")
_COMPOSED_OF = re.compile(r"(?<!\w)(?:gồm|bao gồm)\s*(?:cả\s*)?$")
_DESIGN_BEFORE = re.compile(r"(?:^\W*(?:ở|trong|xét theo|theo|gồm|bao gồm)\s*(?:cả\s*)?|(?<!\w)(?:gồm|bao gồm)\s*"
                            r"|(?<!\w)(?:cả|tất cả|toàn bộ)\s*)$")
# The sample of a national survey ("lấy ý kiến của hơn 19.500 người dân", "khoảng 10.000 doanh nghiệp tham gia
# khảo sát").
_SURVEY = re.compile(r"(?<!\w)(?:khảo sát|lấy ý kiến|ý kiến của|phỏng vấn|điều tra|tổng hợp ý kiến|ý kiến phản hồi|"
                     r"phản hồi của|chọn ngẫu nhiên)(?!\w)")
# How an index is built, said with a verb of composition right before the count ("được tính từ 9 chỉ số chính với
# 98 chỉ số thành phần", "chia làm hai nhóm", "nhóm nền tảng gồm sáu chỉ số", "Xét 10 chỉ số thành phần").
_DESIGN_ANY_UNIT = re.compile(r"(?:trụ cột|chỉ số|nhóm|lĩnh vực|trục nội dung|nội dung thành phần|tiêu chí)")
_DESIGN_VERB = re.compile(r"(?<!\w)(?:gồm|bao gồm|(?:chia|phân)(?:\s+[^\s,;:]+){0,3}?\s+(?:làm|thành)|được tính từ|"
                          r"tính từ|tổng điểm của|cấu thành từ|xét|tổng hợp từ|được chấm (?:điểm )?trên|"
                          r"đo(?: lường)?|được cấu trúc theo|cấu trúc theo)\s*(?:cả\s*)?$")
# "Cả ba trụ cột đều trong tốp 10", "với cả ba trụ cột cùng nằm trong tốp 6": units meeting a condition, a result.
_UNITS_MEETING = re.compile(r"\s*(?:[^\s,;:]+\s+){0,4}?(?:đều|cùng)(?!\w)")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause after ``pos`` ends (";" or a full stop), at most ``limit`` characters on."""
    m = re.compile(r"[;.](?:\s|$)").search(text, pos, min(len(text), pos + limit))
    return m.start() if m else min(len(text), pos + limit)


_ALL_OF_THE_PROVINCE = re.compile(r"(?<!\w)của (?:tỉnh|thành phố)\s+đều(?!\w)")


def _design_count(ctx: _Ctx, fact: Any, comma: tuple[int, int]) -> bool:
    # (a goal is never how the index is built: "đưa cả 8 chỉ số nội dung vào nhóm đạt điểm cao nhất")
    # (nor all of the province's own parts: "cả ba trụ cột … của tỉnh đều nằm trong nhóm 15", unlike "Ở ba trụ cột,
    # chính quyền số của tỉnh đứng thứ 12")
    # (nor a share of them: "với 6/8 chỉ số nội dung tăng điểm" counts the parts that moved)
    if fact.role == "target" or fact.out_of is not None or _UNITS_MEETING.match(ctx.norm, fact.end, comma[1]) \
            or _ALL_OF_THE_PROVINCE.search(ctx.norm[fact.end:_clause_end(ctx.text, fact.end, 80)]):
        return False
    before = ctx.norm[comma[0]:fact.start]
    named_part = _DESIGN_UNIT.search(ctx.norm, fact.start, fact.end) or "chỉ số chính" in ctx.norm[fact.start:fact.end]
    if named_part and (_DESIGN_BEFORE.search(before) or _MEASURED_ALONG.search(before)
                       or (re.search(r"(?<!\w)với\s*$", before) and not _RANKED.search(before))):
        return True
    if _DESIGN_ANY_UNIT.search(ctx.norm, fact.start, fact.end) and _DESIGN_VERB.search(before):
        return True
    return _composed_list(ctx, fact)


def _composed_list(ctx: _Ctx, fact: Any) -> bool:
    """"DTI cấp tỉnh năm 2024 gồm 3 trụ cột, 8 chỉ số chính và 47 chỉ số thành phần": a list of parts after a verb of
    composition goes on with the verb's (not "Trong 10 chỉ số thành phần, sáu chỉ số được cải thiện": a share)."""
    prev = _list_predecessor(ctx, fact)
    if prev is None or not _DESIGN_ANY_UNIT.search(ctx.norm, fact.start, fact.end):
        return False
    sent = _containing(ctx.sentences, prev.start)
    if sent is None:
        return False
    comma = _clause(ctx.norm, *sent, prev.start, seps=",;")
    before = ctx.norm[comma[0]:prev.start]
    return bool(_DESIGN_VERB.search(before) or _COMPOSED_OF.search(before)) or _composed_list(ctx, prev)


# (the count's noun may run on past its span: "8 chỉ số chính và 47 …")
_LIST_GAP = re.compile(r"(?:\s+[^\s,;:\d]+){0,2}?\s*(?:,|và|,\s*và)\s*")


def _list_predecessor(ctx: _Ctx, fact: Any) -> Any:
    """The count right before ``fact`` in a list ("3 trụ cột, 8 chỉ số chính và …"), or None."""
    i = bisect_left(ctx.fact_starts, fact.start)
    prev = ctx.facts[i - 1] if i > 0 and ctx.facts[i - 1] is not fact else None
    if prev is None or prev.kind != "count" or not _LIST_GAP.fullmatch(ctx.norm, prev.end, fact.start):
        return None
    return prev


# A province's own office as the actor of a sentence ("Sở Nội vụ", "UBND tỉnh", "Công an tỉnh").
_PROVINCIAL_BODY = re.compile(r"(?<!\w)(?:Sở\s+[A-ZĐ]|UBND (?:tỉnh|thành phố)|Ủy ban nhân dân (?:tỉnh|thành phố)|"
                              r"(?:Công an|Tỉnh ủy|Thành ủy) tỉnh|Tỉnh ủy)")
# ("thuộc nhóm A, nhóm có kết quả từ 90% trở lên")
_GRADE_BAND = re.compile(r"(?<!\w)nhóm\s+[a-d]\s*(?:\(|:|(?:gồm|[-–]\s*nhóm\s+\d+)[^;()]{0,30}?(?:đạt|từ|có)\s*"
                         r"|,\s*nhóm\s+(?:có\s+)?(?:kết quả|điểm số|điểm|chỉ số)\s+)\s*"
                         r"(?:từ|trên|dưới)?\s*$")
def _local_table_before(ctx: _Ctx, at: int) -> bool:
    """Whether the paragraph holding ``at``, or the one before it, lists the province's own units."""
    idx = next((i for i, pa in enumerate(ctx.paragraphs) if pa[0] <= at < pa[1] + 1), None)
    lo = ctx.paragraphs[max(0, idx - 1)][0] if idx is not None else max(0, at - 400)
    return bool(_LOCAL_LEVEL.search(ctx.norm, lo, at))


_TABLE_SPREAD = re.compile(r"(?<!\w)(?:khoảng cách|chênh lệch)\s+giữa\s+(?:(?:các\s+)?(?:địa phương|tỉnh|đơn vị)\s+)?"
                           r"(?:cao nhất|đầu bảng|dẫn đầu|đứng đầu)\s+(?:và|với)\s+(?:(?:địa phương|tỉnh|đơn vị)\s+)?"
                           r"(?:thấp nhất|cuối bảng|đứng cuối)(?!\w)")
# The country's average named for the figure right after it: in brackets ("cao hơn giá trị trung bình cả nước
# (86,98%)", "cao hơn mức chung của cấp tỉnh (0,7582)") or as what it is ("và cũng vượt mức bình quân chung của 63 địa
# phương là 86,98%"), whatever the province compared with it
_COUNTRYS_AVERAGE = (r"(?:(?:trung bình|bình quân|trung vị)(?: chung)? của (?:các|cả \d+|\d+) "
                     r"(?:tỉnh, thành phố|địa phương)"
                     r"|bình quân chung|trung bình chung"
                     r"|mức chung(?: của (?:cấp tỉnh|các tỉnh, thành phố|các địa phương))?)")
_NATIONAL_BRACKET = re.compile(r"(?<!\w)(?:cả nước|toàn quốc|" + _COUNTRYS_AVERAGE + r")\s*\(\s*$")
# ("vẫn nằm dưới mức bình quân chung 44,31 điểm": below the average of that value, no difference as after "hơn")
_NATIONAL_NAMED_VALUE = re.compile(r"(?<!\w)(?:" + _COUNTRYS_AVERAGE + r"\s+(?:là|ở mức|đạt)"
                                   r"|(?:dưới|trên|ngang|ngang bằng)\s+(?:mức\s+)?" + _COUNTRYS_AVERAGE + r")\s*$")
# The size of the group at one end of a table ("rơi vào nhóm 5 địa phương có kết quả thấp nhất", "thuộc nhóm 10 địa
# phương có tỷ lệ giải ngân thấp nhất"): a count over the country's provinces, whichever province is in it.
_END_GROUP_SIZE = re.compile(r"\s*(?:có\s+)?(?:[^\s,;.]+\s+){0,6}?"
                             r"(?:(?:cao|thấp) nhất|dẫn đầu|đứng đầu|cuối bảng)(?!\w)")
# The group a province is one of ("tốc độ tăng GRDP của tỉnh đạt 6,9%, thuộc nhóm 8 địa phương chưa đạt kỳ vọng"):
# provinces counted, so a count over the country's
_MEMBER_OF_GROUP = re.compile(r"(?<!\w)(?:thuộc|nằm trong|rơi vào|lọt vào)\s+nhóm\s*$")
# The size of a grade ("nhóm A - nhóm 13 địa phương đạt từ 90% trở lên"): a count over the country's provinces.
_GRADE_SIZE = re.compile(r"(?<!\w)nhóm\s+[a-d]\s*[-–:(]\s*(?:nhóm\s+)?$")


# A sentence about how an index is built ("Chỉ số đo lường 8 trục nội dung với 29 nội dung thành phần, hơn
# 120 chỉ tiêu …", "Bộ chỉ số gồm 7 lĩnh vực …"): its counts are the index's design.
_DESIGN_SENTENCE = re.compile(r"\W*(?:bộ\s+)?chỉ số(?:\s+[^\s,;.]+){0,3}?\s+(?:đo lường|gồm|bao gồm|được xây dựng|"
                              r"được thiết kế|được cấu trúc|được cấu thành|có cấu trúc)(?!\w)")
_SAMPLE_SITES = re.compile(r"(?<!\w)(?:mẫu khảo sát|mẫu điều tra|chọn mẫu|địa bàn khảo sát|điểm khảo sát)(?!\w)")
_SURVEY_UNIT = re.compile(r"(?:người|doanh nghiệp|lượt|phiếu|đơn vị hành chính)")


def _local_level_besides_figures(ctx: _Ctx, lo: int, hi: int) -> bool:
    """A local level named in ``[lo, hi)`` other than as the unit of a figure ("lấy ý kiến của 36.525 người dân tại 195
    đơn vị hành chính cấp huyện": the sample's sites, not a province's own districts)."""
    figures = _facts_starting(ctx, lo, hi)
    return any(not any(f.start <= m.start() <= f.end + 1 for f in figures)
               for m in _LOCAL_LEVEL.finditer(ctx.norm, lo, hi))
# A bare "Tỉnh …" opening a sentence, and the words that bring in another province only for comparison.
_BARE_PROVINCE = re.compile(r"\W*(?:tỉnh|thành phố)\s+(?!này)(?=\w)")
_NEIGHBOUR = re.compile(r"(?<!\w)(?:láng giềng|giáp ranh|lân cận|liền kề|tỉnh bạn)(?!\w)")


def _comparison_subject(ctx: _Ctx, sent: tuple[int, int]) -> bool:
    """The sentence before brings in another province as a neighbour, not as the article's subject."""
    idx = bisect_left(ctx.sentences, sent)
    if idx == 0 or idx >= len(ctx.sentences) or ctx.sentences[idx] != sent:
        return False
    prev = ctx.sentences[idx - 1]
    return bool(_NEIGHBOUR.search(ctx.norm, prev[0], prev[1]))


# The writer's province as the clause's subject or owner, unnamed ("của tỉnh", "trên địa bàn", "tỉnh cao hơn").
# (not "trên địa bàn thị xã", "trên địa bàn tỉnh Nghệ An": a district's, or a named province's)
_OWN_OPENING = re.compile(r"\W*(?:trong|ở|tại)\s+(?:tỉnh|tỉnh ta|tỉnh nhà)\s*,")
# (a verb of a result after the bare subject: "tỉnh đạt", "địa phương cao hơn")
_REPORTS = r"(?=\s+(?:đạt|cao hơn|thấp hơn|tăng|giảm|xếp|đứng|vẫn|chỉ|được)(?!\w))"
_OWN_CLAUSE = re.compile(r"(?<!\w)(?:(?:của tỉnh|toàn tỉnh|tỉnh nhà|tỉnh ta|trên địa bàn|ở tỉnh|tại tỉnh|ở địa phương|"
                         r"tại địa phương|của đơn vị|"
                         r"của địa phương(?!\s+(?:dẫn đầu|đứng đầu|xếp|có|này|khác|trung vị)))"
                         r"(?!\w)"
                         r"(?!\s+(?:(?:tỉnh\s+)?(?-i:[A-ZĐ])|thị xã|huyện|thành phố|quận|xã|phường|bạn|"
                         r"trung vị)(?!\w))|"
                         r"(?<!các )(?<!cấp )(?<!mỗi )(?<!từng )(?<!những )(?<![\d/] )tỉnh" + _REPORTS + "|"
                         # "Như vậy địa phương cao hơn mức chung 3,7 điểm": the writer's province, as a conclusion
                         r"(?:như vậy|qua đó|theo đó|với kết quả này|tức|tức là),?\s+(?:địa phương|đơn vị)" + _REPORTS
                         + ")", re.IGNORECASE)
# "Hiện tỉnh đang cung cấp …", "Trong 10 tháng, tỉnh cấp mới …": a sentence whose subject is the bare word
_OPENING = (r"\W*(?:(?:hiện nay|hiện tại|hiện|đến nay|năm nay|riêng|còn)\s*,?\s*|[^,.;:\n]{1,60},\s*)?"
            r"(?:riêng\s+|còn\s+)?")
_BARE_WORD_END = r"\s+(?!này)(?=[^\W\d_])"
_PROVINCE_OPENING = re.compile(_OPENING + r"(?:tỉnh|tỉnh ta|tỉnh nhà"
                               # ("Riêng nhóm chỉ số thanh toán trực tuyến, địa phương đạt 8,7/10 điểm")
                               # ("… trung vị cả nước là 82,9 điểm. Riêng nhóm chỉ tiêu …, đơn vị chỉ đạt …")
                               r"|(?:địa phương|đơn vị)"
                               r"(?=\s+(?:đạt|xếp|đứng|tăng|giảm|vẫn|chỉ|cao hơn|thấp hơn)(?!\w)))" + _BARE_WORD_END)
# (in a centrally-run city's article, "Như vậy, Thành phố đóng góp gần 29,3% tổng thu của cả nước": the city itself)
_CITY_OPENING = re.compile(_OPENING + r"(?:thành phố|thành phố ta)" + _BARE_WORD_END)


def _home_opening(ctx: _Ctx, lo: int, hi: int) -> re.Match[str] | None:
    """The bare word for the writer's province opening ``[lo, hi)`` ("Hiện tỉnh …", "Riêng …, địa phương đạt …")."""
    m = _PROVINCE_OPENING.match(ctx.norm, lo, hi)
    if m is None and ctx.home and gazetteer.is_city(ctx.home):
        m = _CITY_OPENING.match(ctx.norm, lo, hi)
    return m


_THE_LEADER = re.compile(r"\W*(?:tỉnh|thành phố|địa phương|đơn vị)\s+(?:đứng đầu|dẫn đầu|đứng thứ nhất|xếp đầu)(?!\w)"
                         r"(?!\s+(?:cả nước|toàn quốc|vùng|khu vực|khối|bảng|với|về|là|\d))")
# "Tỉnh dẫn đầu cả nước ở …" opening a sentence: the province the previous sentence was about.
_ANAPHOR = re.compile(r"\W*(?:tỉnh|thành phố|tỉnh này|thành phố này|địa phương này)\s+(?=\w)")


# "giá trị trung bình DTI cấp tỉnh đạt 0,5257, tăng 14,7%", "Điểm bình quân của 63 địa phương là 42,8": an
# index's average over the provinces is the country's figure. Not "thu nhập bình quân đầu người" or "tăng bình
# quân 7%/năm", which are the province's own.
_MEDIAN_UNIT = re.compile(r"(?<!\w)(?:tỉnh|địa phương|đơn vị) trung vị(?!\w)")
_AVERAGE = re.compile(r"(?<!\w)(?:trung bình|bình quân|trung vị)(?!\w)(?!\s*(?:đầu người|mỗi năm|hằng năm|hàng năm|/))")
_AVERAGE_SCOPE = re.compile(r"(?<!\w)(?:cả nước|toàn quốc|chung|các tỉnh|các địa phương|cấp tỉnh|"
                            r"khối(?: các)? địa phương|"
                            r"(?!(?:19|20)\d\d\s)\d+ tỉnh|\d+ địa phương)(?!\w)")
_BLOCK_AVERAGE = re.compile(r"\s*(?:của\s+)?khối(?!\s+(?:các\s+)?(?:bộ|địa phương|tỉnh))(?!\w)")
# A survey's finding about its respondents ("Một phát hiện của PAPI 2023 là tỷ lệ người dân dùng internet …").
_FINDING = re.compile(r"(?<!\w)(?:phát hiện|khảo sát (?:cho thấy|ghi nhận)|báo cáo (?:cho thấy|ghi nhận|chỉ ra)|"
                      r"người trả lời|người được hỏi|người được khảo sát|người dân được hỏi)(?!\w)")


_COMPARED_WITH_BEFORE = re.compile(r"(?:hơn|so với|vượt|bằng)\s*(?:mức|điểm|giá trị)?\s*$")


def _average_national(ctx: _Ctx, fact: Any, sent: tuple[int, int], ind: indicators.Indicator | None,
                      scoped_only: bool = False) -> bool:
    """``scoped_only``: a province was named earlier in the sentence, so only an average said to be the
    country's ("điểm trung vị cả nước", "bình quân của 63 tỉnh") is national."""
    clause = _clause(ctx.norm, sent[0], sent[1], fact.start)
    stretch = ctx.norm[clause[0]:fact.start]
    m = _last(_AVERAGE.finditer(stretch))
    if m is None or _LOCAL_LEVEL.search(stretch):
        return False
    if _BLOCK_AVERAGE.match(stretch, m.end()) and (para := _containing(ctx.paragraphs, fact.start)) \
            and _LOCAL_LEVEL.search(ctx.norm, para[0], fact.start):
        # "Ở khối sở, ban, ngành, … Giá trị trung bình của khối đạt 83,25%": the average of the province's own block
        return False
    if _COMPARED_WITH_BEFORE.search(stretch[:m.start()]):
        return False  # "cao hơn bình quân chung của cả nước 2 điểm": the average is only the comparand
    if any(clause[0] + m.start() <= p.start < fact.start for p in ctx.places if not p.scope_only):
        return False
    # (the scope of the figure's own average, not of the comparand after it: "bình quân tăng 3,5%, thấp hơn mức
    # tăng 4,08% của cả nước")
    end = clause[1]
    cmp = re.search(r"(?<!\w)(?:hơn|so với|gấp)(?!\w)", ctx.norm[fact.end:clause[1]])
    if cmp:
        end = fact.end + cmp.start()
    scoped = _AVERAGE_SCOPE.search(ctx.norm, clause[0] + m.start() if scoped_only else clause[0], end)
    if scoped or scoped_only:
        return bool(scoped)
    return ind is not None and ind.kind == "index" and ind.scope == "provincial"


# A share of the businesses a provincial business survey asked ("59,9% doanh nghiệp FDI tuyển thêm lao động",
# "Tỷ lệ doanh nghiệp báo lãi nhích lên 46,5%"): the survey's finding over the country, unless said of the province's.
_BUSINESS_SHARE_AFTER = re.compile(r"\s*(?:số\s+)?doanh nghiệp(?!\w)"
                                   r"(?!\s+(?:tại|ở|trên địa bàn|của tỉnh|trong tỉnh)(?!\w))")
_BUSINESS_SHARE_BEFORE = re.compile(r"(?:(?<!\w)tỷ lệ|%)\s*(?:số\s+)?doanh nghiệp(?!\w)"
                                    r"(?!\s+(?:tại|ở|trên địa bàn|của tỉnh|trong tỉnh)(?!\w))")
_BUSINESS_SURVEYS = ("PCI", "PGI")


def _business_share(ctx: _Ctx, fact: Any, sent: tuple[int, int], comma: tuple[int, int]) -> bool:
    if fact.kind != "percent" or fact.role == "target" \
            or not any(m.indicator.id in _BUSINESS_SURVEYS for m in ctx.inds):
        return False  # (a goal is the province's: "phấn đấu ít nhất 50% doanh nghiệp … áp dụng …")
    if _LOCAL_LEVEL.search(ctx.norm, sent[0], sent[1]):
        return False
    # ("…, còn tỷ lệ báo lỗ giảm xuống 42,3%", "(năm 2022 là 27%)": the same survey's figures in the sentence)
    return bool(_BUSINESS_SHARE_AFTER.match(ctx.norm, fact.end)
                or _BUSINESS_SHARE_BEFORE.search(ctx.norm, sent[0], fact.start))


def _finding_national(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> bool:
    if fact.kind != "percent" or not _FINDING.search(ctx.norm, sent[0], sent[1]):
        return False
    named = [m for m in _in(ctx.inds, sent[0], sent[1]) if m.indicator.kind == "index"]
    # in an article on a citizen survey (PAPI) the survey need not be named again in the sentence
    survey = ctx.article_index is not None and ctx.article_index.id == "PAPI"
    return (bool(named) or survey) and not _LOCAL_LEVEL.search(ctx.norm, sent[0], sent[1])


_RANK_FIELD_BEFORE = re.compile(r"(?<!\w)(?:thứ|hạng|vị trí)\s+[^\s,;]+\s+(?:trong|trên)(?:\s+số)?\s*$")


def _group_national(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> bool:
    if clause not in ctx.enumerated:  # (the clause's groups, found once for all its figures)
        ctx.enumerated[clause] = [(m.start(), m.end()) for m in _ENUMERATED_GROUP.finditer(ctx.norm, *clause)
                                  if not _LOCAL_LEVEL.search(m.group(0))
                                  and not _LOCAL_MEMBER.match(ctx.text, m.end())
                                  # ("giữ vị trí thứ 8 trong 63 tỉnh, thành phố về …, và là": a rank's field)
                                  and not _RANK_FIELD_BEFORE.search(ctx.norm, max(clause[0], m.start() - 30),
                                                                    m.start())]
    return any(a <= fact.start < b for a, b in ctx.enumerated[clause])


_WHOLE_OR_COMPARAND = re.compile(r"(?<!\w)(?:vào|của|hơn|chung|trong khi|so với|bình quân|trung bình)\s+"
                                 r"(?:\S+\s+){0,2}$")
# (", thấp hơn bình quân chung 4,22 điểm phần trăm": its gap to another figure is its own too)
# ("cả nước thu hút 28,54 tỷ USD vốn FDI đăng ký, tăng 15,2%": the figure's noun may run on before the comma)
_ITS_CHANGE = re.compile(r"(?:\s+[^\s,;\d]+){0,4}?\s*,\s*"
                         r"(?:tăng|giảm|tụt|lùi|nhích|(?:cao|thấp) hơn(?:\s+[^,;\d]{1,40}?)?)"
                         r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
# ("trong khi cả nước có 16/34 tỉnh, thành phố đạt từ 8% trở lên": what the units counted reach, with no comma)
_ITS_NEXT_FIGURE = re.compile(r"\s*(?:,\s*)?(?:đạt|với|xếp|đứng|xếp hạng)(?:\s+(?:khoảng|gần|hơn|trên|ở))?\s*")
_CONTRAST_BEFORE = re.compile(r"(?<!\w)(?:trong khi|còn|riêng)\s+$")
# ("chiếm khoảng 2,7% tổng vốn FDI vào Việt Nam", "bằng khoảng 18% tổng lượng khách quốc tế đến Việt Nam": a share
# of the country's whole)
# The bare word for the writer's province as what takes the share ("đến địa phương này mới chiếm", "tỉnh đóng góp")
_HOME_SHARE = re.compile(r"(?<!\w)(?<!các )(?<!mỗi )(?<!cấp )(?:địa phương|tỉnh|thành phố)(?:\s+(?:này|nhà|ta))?\s+"
                         r"(?:(?:mới|chỉ|đã|vẫn|cũng|đang)\s+)*(?:chiếm|bằng|đóng góp)(?!\w)")
_SHARE_BEFORE = re.compile(r"(?<!\w)(?:chiếm|bằng|đóng góp)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$")
# A rank among a province's own units ("thứ 5/21 đơn vị cấp huyện của tỉnh", "đứng thứ 3 trong 13 huyện")
_AMONG_LOCAL_UNITS = re.compile(r"(?:\s*(?:trong|/)?\s*\d*)?\s*(?:đơn vị\s+)?(?:cấp huyện|cấp xã|huyện|quận, huyện|xã, "
                                r"phường|sở, ngành|sở, ban, ngành)(?!\w)")
# The country's own aggregates: GDP (a province's is GRDP), "tổng sản phẩm trong nước", "toàn nền kinh tế".
_COUNTRY_AGGREGATE = re.compile(r"(?<![\w-])(?:GDP|tổng sản phẩm trong nước|toàn nền kinh tế)(?![\w-])")
_COUNTRY_AGGREGATE_WORDS = ("GDP", "tổng sản phẩm trong nước", "toàn nền kinh tế")  # (what every match holds)


def _country_aggregate(ctx: _Ctx, fact: Any, clause: tuple[int, int], comma: tuple[int, int],
                       before: list[PlaceMention]) -> bool:
    """"GDP 6 tháng đầu năm 2025 tăng 7,52%", "Riêng quý II/2025, GDP ước tăng 7,96%": the country's, in any
    article — unless a province is named in the figure's own clause or the figure is its share ("chiếm 2,5% GDP")."""
    if fact.kind == "rank":
        return False  # ("cao hơn tốc độ tăng GDP của cả nước (5,05%), đưa huyện lên thứ 5/21": the unit's place)
    m = _last(_COUNTRY_AGGREGATE.finditer(ctx.text, clause[0], fact.start)) \
        if _holds_any(ctx.text, clause[0], fact.start, _COUNTRY_AGGREGATE_WORDS) else None
    # (not "GRDP chiếm 1,3% GDP cả nước, cao hơn …": the province's GRDP is the clause's subject)
    if m is None or re.search(r"(?<!\w)grdp(?!\w)", ctx.norm[clause[0]:m.start()]) \
            or any(f.end <= fact.start for f in _facts_starting(ctx, m.end(), fact.start)) \
            or _SHARE_BEFORE.search(ctx.norm, max(comma[0], fact.start - 20), fact.start) \
            or re.search(r"(?<!\w)chiếm(?!\w)", ctx.norm[m.end():fact.start]):
        return False
    return not any(p.start >= min(comma[0], m.start()) and p.kind != "national" for p in before)


# "các tỉnh Lạng Sơn, Cao Bằng và Điện Biên vẫn dưới 20%": the words that may join the provinces of one list
_LIST_JOIN = re.compile(r"\s*(?:,|và|cùng|cùng với)?\s*(?:(?:các\s+)?(?:tỉnh|thành phố|tp\.?)\s+)?")


def _shared_by_list(ctx: _Ctx, fact: Any, clause: tuple[int, int], before: list[PlaceMention]) -> bool:
    """One value over a list of provinces named right before it ("Ba địa phương cuối bảng là Cao Bằng, Quảng Trị và
    Hưng Yên, với giá trị từ khoảng 0,5 đến gần 0,6"): a threshold of the group, not one province's figure."""
    if fact.kind not in ("percent", "score"):
        return False
    listed = [p for p in before if p.start >= clause[0] and p.kind == "province"]
    if len({p.province for p in listed}) < 2:
        return False
    run = [listed[-1]]
    for p in reversed(listed[:-1]):
        if not _LIST_JOIN.fullmatch(ctx.norm, p.end, run[0].start):
            break
        run.insert(0, p)
    joins = [ctx.norm[a.end:b.start] for a, b in pairwise(run)]
    if len({p.province for p in run}) < 2 or not any(re.search(r"(?<!\w)(?:và|cùng)(?!\w)", j) for j in joins) \
            or re.search(r"(?<!\w)(?:tại|ở)\s*$", ctx.norm[max(clause[0], run[0].start - 8):run[0].start]):
        return False  # a list ends "… và C"; "tại Hà Nội, tỉnh Bà Rịa - Vũng Tàu đạt …" is a venue, then the subject
    # nothing figured between the list and the value, and the value is the clause's only one of its kind
    return not any(run[-1].end <= f.start < fact.start or (f is not fact and f.kind == fact.kind
                                                            and clause[0] <= f.start < clause[1])
                   for f in ctx.facts if f is not fact) and not _COMPARAND_BEFORE.search(ctx.norm, clause[0],
                                                                                        run[0].start)


# A goal the Government or a national programme sets ("vượt chỉ tiêu tối thiểu 45% mà Chính phủ đặt ra tại Nghị
# quyết 01/NQ-CP", "Chương trình tổng thể … đặt mục tiêu … trên 90% vào năm 2025"): the country's target.
_NATIONAL_SETTER = re.compile(r"(?<!\w)(?:Chính phủ|Thủ tướng(?: Chính phủ)?|Quốc hội|Chương trình tổng thể|"
                              r"Nghị quyết(?: số)? \d+/(?:NQ-CP|\d{4}/QH\d+)|"
                              r"(?:Quyết định|Chỉ thị)(?: số)? \d+/(?:QĐ|CT)-TTg)(?!\w)")
_SETS_GOAL = re.compile(r"(?<!\w)(?:đặt ra|đặt mục tiêu|đề ra|giao|yêu cầu|quy định)(?!\w)")
# "Theo Quyết định số 942/QĐ-TTg, đến năm 2025, 80% dịch vụ công …": the goals the document sets, quoted
# (opening the clause: "mục tiêu tăng trưởng 8% theo Nghị quyết số 25/NQ-CP" is the province's share of it)
_ACCORDING_TO = re.compile(r"\W*theo\s*$")


_RELATIVE_CLAUSE_AFTER = re.compile(r"\s*(?:mà|do)\s+")


# "Kế hoạch vốn … Thủ tướng Chính phủ giao cho tỉnh là 17.385 tỷ đồng": set by the Government, for the province
_ASSIGNED_TO_PROVINCE = re.compile(r"(?<!\w)[Gg]iao(?:\s+cho)?\s+(?:tỉnh|thành phố)(?!\w)(?!\s+[A-ZĐ])"
                                   # "cao hơn chỉ tiêu Chính phủ giao (9,3%)": the province's quota
                                   # ("cao hơn mục tiêu Thủ tướng giao cho năm 2024 là 80%" in a province's article)
                                   r"|(?<!\w)(?:chỉ tiêu|kế hoạch|mục tiêu)\s+"
                                   r"(?:Chính phủ|Thủ tướng(?: Chính phủ)?|Trung ương)\s+giao"
                                   r"(?!\s+cho\s+(?:cả nước|các))(?!\w)")


# "UBND thành phố yêu cầu các chủ đầu tư … giải ngân 100% …, theo đúng chỉ đạo của Chính phủ": the province's own
# government sets the goal, whatever it follows
_PROVINCE_GOVERNMENT = re.compile(r"(?<!\w)(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?:tỉnh|thành phố)(?!\w)"
                                  r"(?!\s+[A-ZĐ])")


def _national_goal(ctx: _Ctx, fact: Any, sent: tuple[int, int], clause: tuple[int, int]) -> bool:
    if fact.role != "target":
        return False
    # "cao hơn mục tiêu 6-6,5% mà Quốc hội đề ra cho cả nước": the setter attached to the figure itself
    setter = _NATIONAL_SETTER.match(ctx.text, fact.end + len(m.group(0))) \
        if (m := _RELATIVE_CLAUSE_AFTER.match(ctx.text[fact.end:clause[1]])) else None
    if setter is not None and _SETS_GOAL.match(ctx.norm, setter.end() + 1):
        return True
    if _OWN_PROVINCE.search(ctx.text, sent[0], sent[1]) or _ASSIGNED_TO_PROVINCE.search(ctx.text, sent[0], sent[1]) \
            or _PROVINCE_GOVERNMENT.search(ctx.text, sent[0], fact.start) \
            or _quoted_speakers_province(ctx, fact) is not None \
            or _PROVINCE_SUBJECT.search(ctx.norm, sent[0], sent[1]) or _LOCAL_LEVEL.search(ctx.norm, sent[0], sent[1]):
        return False
    if any(not p.scope_only and p.kind != "national" for p in _in(ctx.places, sent[0], sent[1])):
        return False
    setter = _NATIONAL_SETTER.search(ctx.text, clause[0], clause[1])
    if setter is None or (setter.start() > fact.end
                          and any(fact.end <= f.start < setter.start() for f in ctx.facts)):
        return False  # ("đạt từ 92% trở lên, cao hơn mục tiêu trên 90% mà Chương trình … đặt ra": the later one's)
    return bool(_SETS_GOAL.search(ctx.norm, setter.end(), clause[1])
                or _SETS_GOAL.search(ctx.norm, clause[0], setter.start())
                or _ACCORDING_TO.fullmatch(ctx.norm, clause[0], setter.start()))


# "thấp hơn mức tăng 6,82% của cả nước": the figure said of the country right after it
_OF_THE_COUNTRY = re.compile(r"\s*(?:của|ở|trên)\s+(?:gdp\s+)?(?:cả nước|toàn quốc)(?!\w)")


_RESPECTIVELY = re.compile(r"(?<!\w)lần lượt(?!\w)")


def _respectively(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> PlaceMention | None:
    """"Hà Nội và TP. Hồ Chí Minh lần lượt đạt 43,96 điểm và 41,77 điểm": the i-th figure, the i-th place."""
    if "lần lượt" not in ctx.norm[clause[0]:clause[1]]:
        return _plural_pairs(ctx, fact, clause)
    m = None
    for m2 in _RESPECTIVELY.finditer(ctx.norm[clause[0]:fact.start]):
        m = m2
    if m is None:
        # "các vị trí thứ ba, thứ tư và thứ năm lần lượt thuộc về Hải Phòng (…), Bắc Giang (…) và Đồng Tháp": the
        # figures listed before, the places after
        after = re.search(r"(?<!\w)lần lượt(?:\s+(?:thuộc về|là|của|dành cho))?(?!\w)", ctx.norm[fact.end:clause[1]])
        if after is None:
            return _plural_pairs(ctx, fact, clause)
        at = fact.end + after.start()
        group = [f for f in _facts_starting(ctx, clause[0], at) if f.end <= at and f.kind == fact.kind]
        places = [p for p in _in(ctx.places, at, clause[1]) if not p.scope_only and p.kind != "national"
                  and _paren_group(ctx, p.start, (clause[0], clause[1])) is None]
        if len(group) < 2 or len(places) != len(group):
            return None
        return places[group.index(fact)]
    at = clause[0] + m.start()
    group = [f for f in _facts_starting(ctx, at + 1, clause[1]) if f.end <= clause[1] and f.kind == fact.kind]
    if fact not in group or len(group) < 2:
        return None
    places = [p for p in _in(ctx.places, clause[0], at) if not p.scope_only and p.kind != "national"]
    if len(places) < len(group):
        places = [p for p in _in(ctx.places, group[-1].end, clause[1]) if not p.scope_only and p.kind != "national"]
        if len(places) < len(group):
            return None
        return places[group.index(fact)]
    return places[len(places) - len(group) + group.index(fact)]


# "các vị trí thứ hai và thứ ba": figures one per subject, in the subjects' order, even without "lần lượt"
_PLURAL_FIGURES = re.compile(r"(?<!\w)các\s+(?:vị trí|hạng|thứ hạng|mức)\s*$")
_RANK_VERB_BEFORE = re.compile(r"(?<!\w)(?:xếp|đứng|giữ|xếp hạng)\s*$")
_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _plural_pairs(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> PlaceMention | None:
    """"TP Hồ Chí Minh và Hải Phòng giữ nguyên các vị trí thứ hai và thứ ba", "các vị trí thứ 4 và 5 thuộc về
    Quảng Ninh và Thái Nguyên": as many places as figures in the clause, paired in order."""
    group = [f for f in _facts_starting(ctx, clause[0], clause[1]) if f.end <= clause[1] and f.kind == fact.kind]
    if len(group) < 2 or fact not in group:
        return None
    plural = "các" in ctx.norm[clause[0]:fact.start] \
        and _PLURAL_FIGURES.search(ctx.norm, max(clause[0], group[0].start - 20), group[0].start)
    # "Đà Nẵng (25,66 điểm) và Đồng Nai (24,71 điểm) xếp thứ hai và thứ ba": ranks joined right after their verb
    joined = fact.kind == "rank" and _RANK_VERB_BEFORE.search(ctx.norm, max(clause[0], group[0].start - 12),
                                                               group[0].start) \
        and all(_JOINED.fullmatch(ctx.norm, a.end, b.start) for a, b in pairwise(group))
    if not (plural or joined):
        return None
    places = [p for p in _in(ctx.places, clause[0], clause[1]) if not p.scope_only and p.kind != "national"
              and _paren_group(ctx, p.start, clause) is None]
    for side in ([p for p in places if p.end <= group[0].start], [p for p in places if p.start >= group[-1].end]):
        if len(side) == len(group):
            return side[group.index(fact)]
    return None


# A heading on the overall picture names no place but means the country's ("Bức tranh chung", "Toàn cảnh").
_OVERVIEW_HEADING = re.compile(r"\W*(?:bức tranh chung|toàn cảnh|bối cảnh chung|tình hình chung|mặt bằng chung)\W*$",
                               re.MULTILINE)
_HEADING_COMPARAND = re.compile(r"(?<!\w)(?:vượt|hơn|so với|gấp|bằng|thấp hơn|kém|theo kịp|đuổi kịp|sau)(?!\w)")
_HEADING_RANK_SCOPE = re.compile(r"(?<!\w)(?:thứ|hạng|vị trí|top|tốp|dẫn đầu|đứng đầu|nhóm)\s*[\d/]*\s*$")


_BULLET_START = re.compile(r"[-+•*–]\s")
_DIGIT = re.compile(r"\d")
_NUMBERING_HEAD = re.compile(r"^\s*[\dIVX]+[.)]\s*")
_NUMBERED_ITEM = re.compile(r"\s*[\dIVX]+[.)]\s")


def _section_scopes(ctx: _Ctx) -> list[tuple[int, str | None]]:
    """(start, scope) for each heading line: "2. Bức tranh chung của cả nước" opens a national section,
    "Bắc Giang: từ nhóm khá lên á quân" one about Bắc Giang; a heading naming neither closes the scope."""
    out: list[tuple[int, str | None]] = []
    head = _headline(ctx)
    for lo, hi in ctx.paragraphs[1:]:
        line = ctx.text[lo:hi].strip()
        if len(line) > 110 or line.endswith((".", ":", ";", ",")) or _BULLET_START.match(line) or page.is_caption(line):
            continue
        if _DIGIT.search(_NUMBERING_HEAD.sub("", line)) and not _NUMBERED_ITEM.match(line) \
                and (head is None or lo <= head[0]):
            # a title with figures is a headline of the article, not a section heading (one below the headline
            # is: "Giữ hạng 44, nhích lên trong vùng" closes the section on another province)
            continue
        found = [p for p in _in(ctx.places, lo, hi) if (not p.scope_only or p.kind == "national")
                 # "Vượt xa mức chung của cả nước": the country is what the section's figures are measured against
                 and not (p.kind == "national" and _HEADING_COMPARAND.search(ctx.norm, lo, p.start))
                 # "Cấp tỉnh: đứng thứ 9 cả nước": the ranking's scope, the province is the one ranked
                 and not (p.kind == "national" and _HEADING_RANK_SCOPE.search(ctx.norm, lo, p.start))
                 # "Chỉ kém Hải Phòng 1,64 điểm": the province compared with, the section stays the article's
                 and not (p.kind == "province" and _COMPARAND_BEFORE.search(ctx.norm, max(lo, p.start - 30), p.start))]
        provs = {p.province for p in found if p.kind in ("province", "district", "ward")}
        if len(provs) == 1:
            out.append((lo, provs.pop()))
        elif not provs and (any(p.kind == "national" for p in found) or _OVERVIEW_HEADING.match(ctx.norm, lo)):
            out.append((lo, NATIONAL))
        else:
            out.append((lo, None))
    return out


# Who speaks: "ông Lê Văn Tường, Giám đốc Sở Nội vụ tỉnh Bình Thuận, cho rằng …"
_SPEAKER_TITLE = re.compile(r"(?<!\w)(?:giám đốc|chủ tịch|bí thư|trưởng ban|chánh văn phòng|lãnh đạo|đại diện|"
                            r"người đứng đầu|phát ngôn)(?!\w)[^.;“”\n]{0,60}$")


_QUOTE_MARK = re.compile('"')
_OWN_OFFICIAL = re.compile(r"(?i:giám đốc|chủ tịch|bí thư|trưởng ban|chánh văn phòng|lãnh đạo)(?!\w)[^.;:\n]{0,40}?"
                           r"(?<!\w)tỉnh(?!\w)(?!\s+[A-ZĐ])[^.;\n]{0,40}$")


def _quoted_speakers_province(ctx: _Ctx, fact: Any) -> str | None:
    """The province of the official quoted, for a figure inside the quote that names no place of its own: in
    "ông …, Giám đốc Sở Nội vụ tỉnh Bình Thuận, cho rằng … “Năm 2025, tỉnh đặt mục tiêu … dưới 5 điểm”" the
    province is Bình Thuận, whatever the article is about."""
    para = _containing(ctx.paragraphs, fact.start)
    if not para:
        return None
    # (curly or straight quotes: the matching view writes both as '"', so an odd count before the figure opens one)
    quotes = [m.start() for m in _QUOTE_MARK.finditer(ctx.norm, para[0], fact.start)]
    if len(quotes) % 2 == 0:
        return None
    opening = quotes[-1]
    if any(not p.scope_only for p in _in(ctx.places, opening, fact.start)):
        return None
    named = {p.province for p in _in(ctx.places, para[0], opening)
             if p.kind == "province" and _SPEAKER_TITLE.search(ctx.norm, max(para[0], p.start - 80), p.start)}
    if len(named) == 1:
        return named.pop()
    # "Phó Chủ tịch UBND tỉnh nhấn mạnh: “… giải ngân 100% kế hoạch vốn Thủ tướng giao …”": the writer's province's
    # own official, named by office only
    if not named and ctx.home and ctx.home != NATIONAL \
            and _OWN_OFFICIAL.search(ctx.text, max(para[0], opening - 120), opening):
        return ctx.home
    return None


def _home_location(name: str | None) -> tuple[str | None, str | None, str | None]:
    if name is None:
        return None, None, None
    if name == NATIONAL:
        return NATIONAL, None, NATIONAL
    return name, None, gazetteer.province_now(name)


# (not "tỷ lệ số tỉnh lọt nhóm 30": the provinces counted, not one ranked)
# (not "các tỉnh phấn đấu", "mỗi tỉnh đặt …": a goal for every province is a national one)
# ("tỉnh phải nâng tỷ lệ …", "quý III, tỉnh chi khoảng 18,5 tỷ đồng", "Tỉnh đoàn đã bố trí …": the province, or its
# own youth union, doing something)
_PROVINCE_SUBJECT = re.compile(r"(?<!\w)(?<!các )(?<!mỗi )(?<!từng )(?<!những )(?<!cấp )"
                               r"(?:tỉnh|tỉnh ta|tỉnh nhà|tỉnh đoàn|tỉnh ủy)\s+(?:(?:cũng|đã|sẽ|vẫn|còn)\s+)?"
                               r"(?:đặt|đề ra|phấn đấu|xác định|tiếp tục|phải|chi|giao|bố trí|nâng|dành|huy động|"
                               r"hỗ trợ|triển khai)(?!\w)")
_RANKED_SUBJECT = re.compile(r"(?<!\w)(?<!\d )(?<!số )(?<!các )(?:tỉnh|thành phố|tỉnh ta|tỉnh nhà|địa phương)(?!\w)"
                             r"(?!\s*,)")
_FRONTED_RANK = re.compile(r"\W*(?:đứng đầu|dẫn đầu|đứng cuối|xếp cuối|quán quân|á quân|(?:đứng|xếp) thứ)(?!\w)")
_NAMED_AFTER_IS = re.compile(r"(?<!\w)là\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$")
_RANK_SCOPE_BEFORE = re.compile(r"(?<!\w)(?:đứng|xếp|nằm)?\s*(?:cuối bảng|đầu bảng|đứng đầu|dẫn đầu|đứng cuối)\s*$")
_NATIONAL_COMPARAND_BEFORE = re.compile(r"(?<!\w)(?:hơn|so với|kém|vượt)\s+(?:(?:mức|điểm|giá trị)\s+)?"
                                        r"(?:bình quân|trung bình|trung vị)(?:\s+chung)?(?:\s+của)?\s*$")
# ("cao hơn của Đồng Tháp 1,5 điểm phần trăm": than Đồng Tháp's)
_FRONTED_AFTER = re.compile(r"\W*(?:(?:xếp|đứng)\s+)?(?:ngay\s+|chỉ\s+)?sau\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?")
_COMMA_JOIN = re.compile(r"\s*,\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?")
_COMPARAND_BEFORE = re.compile(r"(?<!\w)(?:sau|trước|hơn|so với|bằng|kém|vượt)\s+(?:của\s+)?"
                               r"(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$")


_COMPARATIVE = re.compile(r"(?<!\w)(?:sau|trước|hơn|so với|kém|vượt|bằng)(?!\w)")
_PROVINCE_OR_COUNTRY_WORD = re.compile(r"(?<!\w)(?:tỉnh|quốc gia)(?!\w)")
_IN_THE_AREA = re.compile(r"(?<!\w)trên địa bàn(?!\s+(?:tỉnh|thành phố)\s+[A-ZĐ])")


def _pick_location(ctx: _Ctx, fact: Any, sent: tuple[int, int],
                   ind: indicators.Indicator | None) -> tuple[str | None, str | None, str | None]:
    if ind is not None and ind.scope == "national":
        return NATIONAL, None, NATIONAL
    s_lo, s_hi = sent
    clause = _clause(ctx.norm, s_lo, s_hi, fact.start)
    comma = _clause(ctx.norm, s_lo, s_hi, fact.start, seps=",;")
    resp = _respectively(ctx, fact, clause)
    if resp is not None:
        return _as_location(resp)
    if _home_circle_count(ctx, fact, sent):
        return _home_location(ctx.home)
    if _ministry_national(ctx, fact, clause, comma) or _group_national(ctx, fact, clause):
        return NATIONAL, None, NATIONAL
    in_sent = [p for p in _in(ctx.places, s_lo, s_hi) if not p.scope_only
               and not (p.start < fact.end and p.end > fact.start)
               # "(TP Hồ Chí Minh đạt 7,07%, Đồng Nai đạt 8,86%) và xếp thứ 8/34": a bracket's places are its own
               and not ((grp := _paren_group(ctx, p.start, sent)) is not None
                        and not grp[0] < fact.start < grp[1])
               # "trong vùng Trung du …, tỉnh đứng thứ 4/14": the region scopes the ranking, the province is ranked
               and not (p.kind == "region" and p.end <= fact.start
                        and _RANKED_SUBJECT.search(ctx.norm, p.end, fact.start))
               # "Tỉnh Quảng Ninh, địa phương giáp ranh của Lạng Sơn, xếp thứ 12": Lạng Sơn only describes it
               and not any(a <= p.start < b and not a <= fact.start < b for a, b in ctx.appositives)]
    if fact.kind == "rank" and _AMONG_LOCAL_UNITS.match(ctx.norm, fact.end):
        # "đưa Yên Thành lên thứ 5/21 đơn vị cấp huyện của tỉnh": ranked among the province's own units, so
        # whatever country or comparand the sentence named before, the figure is the province's
        in_sent = [p for p in in_sent if p.kind in ("province", "district", "ward")]
        if not any(p.end <= fact.start for p in in_sent) and ctx.home and ctx.home != NATIONAL:
            return _home_location(ctx.home)
    # ("Về phần mình, tỉnh hơn Nghệ An 1,07 điểm", "Tỉnh đứng sau Ninh Bình 5 bậc": the place after a comparative is
    # what the figure is measured against)
    # (but "chỉ sau Hà Nam (68,54%)", "chỉ kém Quảng Ninh, địa phương dẫn đầu với 6,02 điểm": a figure in brackets or
    # in a description right after the comparand is the comparand's own)
    before = [p for p in in_sent if p.end <= fact.start
              and not (p.kind != "national" and _COMPARAND_BEFORE.search(ctx.norm, max(s_lo, p.start - 12), p.start)
                       and not re.fullmatch(r"(?:\s*[^\s,;()]+){0,5}\s*\([^()]*|\s*[,-]\s*(?:địa phương|tỉnh|thành phố|"
                                            r"đơn vị)(?!\w)[^,;]*", ctx.norm[p.end:fact.start]))]
    # ("địa phương chỉ xếp sau Bắc Giang, Phú Thọ, Lạng Sơn, tức đứng thứ tư": the list after "sau" is compared with)
    comparands = [p for p in in_sent if p.end <= fact.start and p not in before]
    for p in [p for p in before if p.kind != "national"]:
        # (not the subject after a fronted "Sau Đà Nẵng, TP Hồ Chí Minh đứng thứ hai": its comma ends the phrase)
        if any(q.end <= p.start and _LIST_JOIN.fullmatch(ctx.norm, q.end, p.start)
               and not (_FRONTED_AFTER.fullmatch(ctx.norm, s_lo, q.start)
                        and _COMMA_JOIN.fullmatch(ctx.norm, q.end, p.start))
               for q in comparands):
            comparands.append(p)
    before = [p for p in before if p not in comparands]
    if _country_aggregate(ctx, fact, clause, comma, before) or _national_goal(ctx, fact, sent, clause) \
            or _shared_by_list(ctx, fact, clause, before) \
            or (fact.kind != "rank" and _OF_THE_COUNTRY.match(ctx.norm, fact.end)
                # (not a share of the country's whole: "chiếm 10,2% … của cả nước", "bằng 4,3% của toàn quốc")
                and not re.search(r"(?<!\w)(?:chiếm|đóng góp)(?!\w)", ctx.norm[comma[0]:fact.start])
                and not _SHARE_BEFORE.search(ctx.norm, max(comma[0], fact.start - 30), fact.start)):
        return NATIONAL, None, NATIONAL
    if _TABLE_SPREAD.search(ctx.norm, clause[0], fact.start) and not _local_table_before(ctx, s_lo):
        # "khoảng cách giữa địa phương cao nhất và thấp nhất vẫn còn hơn 0,3 điểm": the spread of the whole table
        # (not of the province's own districts listed just before)
        return NATIONAL, None, NATIONAL
    if _MEDIAN_UNIT.search(ctx.norm, comma[0], fact.start):
        # "Quảng Ninh giữ ngôi đầu, tỉnh trung vị đạt 64,48 điểm": the median province is the table's, no one's own
        return NATIONAL, None, NATIONAL
    if _NATIONAL_BRACKET.search(ctx.norm, max(s_lo, fact.start - 80), fact.start) \
            or _NATIONAL_NAMED_VALUE.search(ctx.norm, max(s_lo, fact.start - 80), fact.start):
        # "cao hơn giá trị trung bình cả nước (86,98%)", "tốc độ tăng GDP của cả nước (7,52%)": the country's
        return NATIONAL, None, NATIONAL
    if (region := _bracketed_region(ctx, fact, s_lo)) is not None:
        return NATIONAL, region or None, NATIONAL
    if (owner := _bracket_owner(ctx, fact, s_lo)) is not None:
        # "xếp sau Cần Thơ là Long An (thứ 11 cả nước, 0,5532 điểm) và Vĩnh Long (…)": the name the bracket annotates
        return _as_location(owner)
    if (fronted := _FRONTED_FIGURE.match(ctx.norm, s_lo)) and fronted.end() >= fact.end:
        # "Với 85,12%, Vĩnh Phúc cao hơn bình quân cả nước …": the figure fronted before its subject
        subject = [p for p in in_sent if fronted.end() <= p.start <= fronted.end() + 12 and p.kind != "national"]
        if subject:
            return _as_location(subject[0])
    if fact.kind == "rank" and _FRONTED_RANK.match(ctx.norm, s_lo) and not before:
        # "Đứng đầu vùng, cũng là quán quân cả nước, là TP. Hải Phòng với 91,87%": the ranks fronted, the subject after
        # "là"
        named = next((p for p in in_sent if p.start >= fact.end and p.kind in ("province", "district")
                      and _NAMED_AFTER_IS.search(ctx.norm, max(s_lo, p.start - 20), p.start)), None)
        if named is not None:
            return _as_location(named)
    if (fact.kind == "percent" and _GRADE_BAND.search(ctx.norm, max(clause[0], fact.start - 60), fact.start)) \
            or (fact.kind == "count" and _GRADE_SIZE.search(ctx.norm, max(comma[0], fact.start - 20), fact.start)) \
            or (fact.kind == "count" and fact.role == "level" and _END_GROUP_SIZE.match(ctx.norm, fact.end)
                and (ctx.norm.startswith("nhóm", fact.start)
                     or re.search(r"(?<!\w)nhóm\s*$", ctx.norm[max(0, fact.start - 6):fact.start]))
                and _FEW_PROVINCES_OR_MORE.fullmatch(ctx.norm, fact.start, fact.end)) \
            or (fact.kind == "count" and _MEMBER_OF_GROUP.search(ctx.norm, max(0, fact.start - 20), fact.start)
                and _FEW_PROVINCES_OR_MORE.fullmatch(ctx.norm, fact.start, fact.end)):
        # "A cùng B thuộc nhóm A - nhóm 13 địa phương đạt từ 90% trở lên": the grade's bounds and size are the
        # index's, whoever the clause puts in it
        return NATIONAL, None, NATIONAL
    # Its own comma-clause first ("Hải Phòng với 91,87%", "thứ 3 là TP. Huế"), nearest before, then after.
    own_before = [p for p in before if p.start >= comma[0]]
    # ("Đắk Nông đứng cuối bảng cả nước với 38,97 điểm": the country after a rank phrase is where it ranks; "…, cao
    # hơn trung vị toàn quốc khoảng 0,3 điểm" in a province's article: the country compared with)
    if own_before and own_before[-1].kind == "national" and (
            (len(own_before) > 1 and _RANK_SCOPE_BEFORE.search(ctx.norm, max(comma[0], own_before[-1].start - 30),
                                                               own_before[-1].start))
            or (ctx.home and ctx.home != NATIONAL and fact.role == "change"
                and _NATIONAL_COMPARAND_BEFORE.search(ctx.norm, max(comma[0], own_before[-1].start - 30),
                                                      own_before[-1].start))):
        own_before = own_before[:-1]
    if own_before:
        return _as_location(own_before[-1])
    # "bình quân toàn quốc đạt 61,2%; của tỉnh đạt 78,5%", "như vậy tỉnh cao hơn 3,58 điểm", "thu ngân sách trên
    # địa bàn phấn đấu đạt 8.300 tỷ đồng": the clause speaks of the writer's own province
    own = _last(_OWN_CLAUSE.finditer(ctx.text, clause[0], fact.start)) \
        if _holds_any(ctx.text, clause[0], fact.start, ("tỉnh", "trên địa bàn", "địa phương", "đơn vị"), fold=True) \
        else None
    # (not "thị xã Phú Mỹ … đầu tàu của tỉnh với 23 chỉ tiêu", "toàn tỉnh còn …, trong đó 11 xã thuộc khu vực Trà Vinh
    # cũ": the finer unit named in the clause)
    if ctx.home and ctx.home != NATIONAL and own is not None and not any(p.start >= own.start() for p in before) \
            and not any(p.kind in ("district", "ward") or p.place for p in before if p.start >= clause[0]) \
            and not any(fact.end <= p.start < comma[1] and p.kind not in ("national", "region") for p in in_sent) \
            and not _PROVINCE_OR_COUNTRY_WORD.search(ctx.norm[fact.start:fact.end]):
        return _home_location(ctx.home)
    if ctx.home and ctx.home != NATIONAL \
            and _SHARE_BEFORE.search(ctx.norm, max(comma[0], fact.start - 30), fact.start) \
            and _HOME_SHARE.search(ctx.norm, comma[0], fact.start) \
            and not any(p.start >= comma[0] and p.kind not in ("national", "region") for p in before):
        # "Như vậy, khách quốc tế đến địa phương này mới chiếm chưa đến 6% tổng lượng khách quốc tế của toàn quốc":
        # the writer's province's share of the country's whole, after the country's own total
        return _home_location(ctx.home)
    if ctx.home and ctx.home != NATIONAL and _OWN_OPENING.match(ctx.norm, s_lo) and not before:
        # "Trong tỉnh, khu vực công nghiệp tăng 13,05%; dịch vụ tăng 6,48%; …" after the country's GDP: every clause
        return _home_location(ctx.home)
    # "xếp thứ hai sau Quảng Ninh", "cao hơn Hà Nội": a place after a comparative is the comparand
    # ("tăng 3,71%, thấp hơn mức tăng 4,08% của cả nước": the place after another figure is that figure's;
    # "chiếm khoảng 2,7% tổng vốn FDI vào Việt Nam": the place after a share names the whole, not the part)
    # ("thứ 9 trong 13 địa phương vùng Đồng bằng sông Cửu Long": the region after a rank is where it was ranked)
    own_after = [p for p in in_sent if p.start >= fact.end and p.end <= comma[1]
                 and not (fact.kind == "rank" and p.kind == "region")
                 # ("Ngôi đầu cả nước thuộc về Hải Phòng": the country right after a rank is where it ranks)
                 and not (fact.kind == "rank" and p.kind == "national" and not ctx.norm[fact.end:p.start].strip())
                 and not _COMPARAND_BEFORE.search(ctx.norm, max(fact.end, p.start - 12), p.start)
                 and not any(f.end <= p.start
                             and re.search(r"(?<!\w)(?:hơn|so với|gấp|bằng)(?!\w)", ctx.norm[fact.end:f.start])
                             for f in _facts_starting(ctx, fact.end, p.start))]
    if own_after and ctx.home and ctx.home != NATIONAL and comma[0] > s_lo \
            and (m := _home_opening(ctx, comma[0], fact.start)) and ctx.text[m.end()].islower() \
            and all(_COMPARATIVE.search(ctx.norm, fact.end, p.start) for p in own_after):
        # ("Ngược lại, ở PAPI 2023, địa phương chỉ nhích 0,21 điểm và vẫn đứng sau phần lớn các tỉnh vùng Đồng bằng
        # sông Hồng": the bare word opening the figure's clause is the writer's province; what follows is compared)
        return _home_location(ctx.home)
    if own_after and not _SHARE_BEFORE.search(ctx.norm, max(comma[0], fact.start - 20), fact.start):
        return _as_location(own_after[0])
    if fact.kind == "count" and _design_count(ctx, fact, comma):
        return NATIONAL, None, NATIONAL
    if fact.kind == "count" and _DESIGN_SENTENCE.match(ctx.norm, s_lo) and not in_sent:
        return NATIONAL, None, NATIONAL
    if fact.kind == "count" and _SURVEY.search(ctx.norm, s_lo, s_hi) and _SURVEY_UNIT.search(ctx.norm, fact.start,
                                                                                             fact.end) \
            and (ctx.inds or ctx.article_index) and not _local_level_besides_figures(ctx, s_lo, s_hi) \
            and not _PROVINCIAL_BODY.search(ctx.text, s_lo, fact.start):
        # (not "Sở Nội vụ sẽ khảo sát khoảng 1.500 người dân": a province's own survey)
        return NATIONAL, None, NATIONAL
    if fact.kind == "count" and _SAMPLE_SITES.search(ctx.norm, s_lo, fact.start) and (ctx.inds or ctx.article_index) \
            and not before and not _PROVINCIAL_BODY.search(ctx.text, s_lo, fact.start):
        # "Mẫu khảo sát hằng năm trải trên 207 huyện, 414 xã và 828 thôn": where a national survey asks, not the
        # province's units
        return NATIONAL, None, NATIONAL
    if fact.kind == "percent" and _GRADE_BAND.search(ctx.norm, max(comma[0], fact.start - 40), fact.start):
        # "nhóm A (từ 90% trở lên)": the bounds of an index's grade are the index's, not one province's
        return NATIONAL, None, NATIONAL
    if _collective_national(ctx, fact, sent, comma):
        return NATIONAL, None, NATIONAL
    if _average_national(ctx, fact, sent, ind, scoped_only=bool(before)) \
            or (not before and (_finding_national(ctx, fact, sent) or _business_share(ctx, fact, sent, comma))):
        return NATIONAL, None, NATIONAL
    if ctx.recogniser is not None and not before:
        named = _recognised_scope(ctx, fact, sent, clause, comma)
        if named is not None:
            return named
    # ("tỉnh mới đạt 3,62 điểm, trong khi cả nước đạt 3,86 điểm, và thấp hơn Nam Định 0,31 điểm": an aside with
    # its own figure does not make the figures after it the aside's)
    # (but "trong khi cả nước xuất khẩu 405,53 tỷ USD, tăng 14,3%": the aside's own figure goes on with its change)
    subjects = [p for p in before if not (
        _CONTRAST_BEFORE.search(ctx.norm, max(s_lo, p.start - 12), p.start)
        and (own := [f for f in _facts_starting(ctx, p.end, fact.start) if f.end <= fact.start])
        and not (fact.role == "change" and _ITS_CHANGE.fullmatch(ctx.norm, own[-1].end, fact.start))
        # ("còn Lai Châu ở vị trí 52, đạt 64,5 điểm": the aside's own figures go on)
        and not _ITS_NEXT_FIGURE.fullmatch(ctx.norm, own[-1].end, fact.start))]
    same_clause = [p for p in subjects if p.start >= clause[0]]
    if same_clause:
        return _as_location(same_clause[-1])
    # (not a ranked group that is the province's own goal or result: "duy trì PAR INDEX trong nhóm 3 địa phương
    # dẫn đầu, đưa mức hài lòng lên trên 91%")
    groups = [m for m in _COLLECTIVE.finditer(ctx.norm, clause[0], fact.start)
              if not any(f.kind == "rank" and f.start < m.end() and f.end > m.start() for f in ctx.facts)]
    if fact.kind != "rank" and groups and not _LOCAL_LEVEL.search(ctx.norm, s_lo, s_hi) \
            and not _local_share(ctx, groups, sent):
        # "cả 63 tỉnh, thành phố đều có Chỉ số … trên 80%": the comma inside the group name splits it off
        return NATIONAL, None, NATIONAL
    if subjects:
        return _as_location(subjects[-1])
    speaker = _quoted_speakers_province(ctx, fact)
    if speaker is not None:
        return _home_location(speaker)
    # "Tỉnh đặt mục tiêu …" after sentences or under a heading on the whole country: the article's province
    if ctx.home and ctx.home != NATIONAL and _PROVINCE_SUBJECT.search(ctx.norm, s_lo, fact.start):
        return _home_location(ctx.home)
    # "Thu ngân sách nhà nước trên địa bàn đạt …", "Mức tăng của tỉnh cao hơn mức tăng chung …", "UBND tỉnh yêu
    # cầu …": the writer's own province, whatever the sentence before said of the country
    if ctx.home and ctx.home != NATIONAL and (_OWN_PROVINCE.search(ctx.text, s_lo, s_hi)
                                             or _own_province_marked(ctx, s_lo, fact.start)):
        return _home_location(ctx.home)
    if (leader := _THE_LEADER.match(ctx.norm, s_lo)) is not None:
        # "Quảng Ninh dẫn đầu … TP. Hải Phòng đứng thứ hai … Tỉnh đứng đầu cũng có tỷ lệ số hóa đạt 98,4%": the one
        # ranked first before it in the paragraph
        para = _containing(ctx.paragraphs, s_lo) or sent
        first = [f for f in _facts_starting(ctx, para[0], s_lo) if f.kind == "rank" and f.value == 1 and f.location]
        if first and leader.end() <= fact.start:
            return first[-1].location, first[-1].place, first[-1].province_now
    if _ANAPHOR.match(ctx.norm, s_lo) and not ctx.text[_ANAPHOR.match(ctx.norm, s_lo).end()].isupper():
        if ctx.home and ctx.home != NATIONAL and _BARE_PROVINCE.match(ctx.norm, s_lo) \
                and _comparison_subject(ctx, sent):
            # "Láng giềng Đắk Lắk xếp thứ 35. Tỉnh chỉ tăng điểm ở …": after a neighbour brought in for comparison,
            # a bare "Tỉnh" is the writer's province again
            return _home_location(ctx.home)
        idx = ctx.sentences.index(sent) if sent in ctx.sentences else 0
        if idx > 0:
            prev = ctx.sentences[idx - 1]
            subj = [p for p in _in(ctx.places, prev[0], min(prev[1], prev[0] + 30)) if not p.scope_only
                    and p.kind in ("province", "district", "ward")]
            compared = {p.province for p in in_sent if p.end <= fact.start and p not in before}
            if subj and subj[0].province in compared and ctx.home and ctx.home != NATIONAL:
                # "Tỉnh đứng sau Ninh Bình 5 bậc" after a sentence on Ninh Bình: the writer's province, compared
                return _home_location(ctx.home)
            if subj:
                return _as_location(subj[0])
    if ctx.home and ctx.home != NATIONAL and (m := _home_opening(ctx, s_lo, fact.start)) \
            and ctx.text[m.end()].islower():
        # "Hiện tỉnh đang cung cấp 1.726 dịch vụ …" after the country's figures: the bare word is the writer's province
        return _home_location(ctx.home)
    # Earlier sentences of the paragraph, when they point to one province only.
    para = _containing(ctx.paragraphs, fact.start)
    if para:
        # (in a province's article, the country named as a whole or a comparand before — "chiếm 2% tổng vốn FDI vào
        # Việt Nam", "trong khi bình quân chung cả nước" — does not carry to the next sentence)
        prev = [p for p in _in(ctx.places, para[0], s_lo) if not p.scope_only
                and not (p.kind == "national" and ctx.home and ctx.home != NATIONAL
                         and (_WHOLE_OR_COMPARAND.search(ctx.norm, max(para[0], p.start - 25), p.start)
                              # ("… đạt 5,62 điểm (cả nước: 5,27)": the country's figure set beside it)
                              or _paren_group(ctx, p.start, (para[0], s_lo)) is not None))
                # ("… đứng thứ hai trong 14 tỉnh vùng Trung du và miền núi phía Bắc. Mức tăng này cao hơn …": where the
                # province was ranked is no subject to carry, nor is the country it ranks in: "…, đứng thứ 5 cả
                # nước. Trong đó, công nghiệp tăng …")
                and not (p.kind in ("region", "national") and any(
                    f.kind == "rank" and 0 <= p.start - f.end <= 40
                    for f in _facts_starting(ctx, max(para[0], p.start - 80), p.start)))]
        if prev:
            last_sent = _containing(ctx.sentences, prev[-1].start) or (para[0], s_lo)
            group = [p for p in prev if p.start >= last_sent[0]]
            if all(p.kind == "national" for p in group) and ctx.home and ctx.home != NATIONAL \
                    and last_sent[1] <= s_lo and not _DETAILS_BEFORE.match(ctx.norm, s_lo) \
                    and _section_scope(ctx, fact.start) != NATIONAL \
                    and (_own_province_marked(ctx, s_lo, s_hi) or ctx.norm[last_sent[1]:s_lo].strip(" \n.;")):
                # "GDP cả nước … tăng 6,82%. Ước thu ngân sách 9 tháng đạt 5.120 tỷ đồng, bằng 79,5% dự toán HĐND tỉnh
                # giao": a sentence with no place but the province's own marks, or one after a sentence in between,
                # is the province's again (unless it details the country's figure)
                return _home_location(ctx.home)
            compared = {p.province for p in in_sent if p.end <= fact.start and p not in before}
            if len({p.province for p in group}) == 1 and group[-1].province in compared and ctx.home \
                    and ctx.home != NATIONAL:
                # "Nghệ An đạt 65,72 điểm. … tỉnh hơn Nghệ An 1,07 điểm": the province compared with is not the subject
                return _home_location(ctx.home)
            if len({p.province for p in group}) == 1:
                # (units counted, and what they reach, are the province's, not the last district named: "Có 5/8 địa
                # phương đạt trên 99%")
                if _COLLECTIVE.search(ctx.norm, clause[0], fact.end) and group[-1].province is not None:
                    return _home_location(group[-1].province)
                return _as_location(group[-1])
    # A list item: the province its introducing line names ("Kết quả theo từng trụ cột của Quảng Ninh:")
    if para and _BULLET.match(ctx.text, para[0]):
        intro = _bullet_block_start(ctx, para)
        if intro < para[0]:
            intro_end = ctx.text.find("\n", intro)
            named = {p.province for p in _in(ctx.places, intro, intro_end if intro_end >= 0 else para[0])
                     if not p.scope_only and p.kind in ("province", "district", "ward")}
            if len(named) == 1:
                return _home_location(named.pop())
    # The section the figure stands in, when its heading names a place or the whole country.
    scope = _section_scope(ctx, fact.start)
    if scope is not None:
        return _home_location(scope)
    return _home_location(ctx.home)


# The few provinces around the article's own, counted: its neighbours ("hai tỉnh láng giềng Lâm Đồng và Đắk Lắk",
# "Hai tỉnh giáp ranh, Khánh Hòa …") or the former provinces merged into it ("ba địa phương trước hợp nhất", "Trước
# khi về chung một nhà, ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận …"). A fact about the province, not the country's
# provinces counted.
_NEIGHBOURS = re.compile(r"\s*(?:láng giềng|giáp ranh|lân cận|liền kề|kề cận)(?!\w)")
_MERGED_AFTER = re.compile(r"[^.;:]{0,30}?(?<!\w)(?:trước|sau)\s+(?:khi\s+)?(?:hợp nhất|sáp nhập)(?!\w)")
_MERGED_BEFORE = re.compile(r"(?<!\w)(?:về chung một nhà|hợp nhất|sáp nhập)(?!\w)")
_FEW_PROVINCES_OR_MORE = re.compile(r"(?:nhóm\s+)?\d+\s+(?:tỉnh, thành phố|tỉnh|địa phương)")
_FEW_PROVINCES = re.compile(r"(?:hai|ba|bốn|[234])\s+(?:tỉnh|địa phương)")


def _home_circle_count(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> bool:
    if fact.kind != "count" or not ctx.home or ctx.home == NATIONAL or fact.out_of is not None \
            or not _FEW_PROVINCES.fullmatch(ctx.norm, fact.start, fact.end):
        return False
    return bool(_NEIGHBOURS.match(ctx.norm, fact.end) or _MERGED_AFTER.match(ctx.norm, fact.end, sent[1])
                or _MERGED_BEFORE.search(ctx.norm, sent[0], fact.start))


def _section_scope(ctx: _Ctx, at: int) -> str | None:
    """The place the heading of the section holding ``at`` names (see _section_scopes), if any."""
    sec = [scope for start, scope in ctx.sections if start <= at]
    return sec[-1] if sec else None


# "(bình quân vùng tăng 9,8%)": the average of the region the article named, its name left out
_REGION_AVERAGE_OPENING = re.compile(r"\s*(?:bình quân|trung bình|mức chung)\s+(?:của\s+)?(?:vùng|khu vực)(?!\w)")


# ("(Dân trí) - Với 90,59%, TP Hải Phòng …": after the outlet's tag that opens a lead)
_FRONTED_FIGURE = re.compile(r"\W*(?:\([^()\n]{1,30}\)\s*[-–—]\s*)?(?:với|đạt)\s+"
                             r"(?:[^,;()]|(?<=\d),(?=\d)){1,40}?,(?!\d)\s*")


def _open_bracket(ctx: _Ctx, fact: Any, s_lo: int) -> int | None:
    """Where the bracket that holds the figure opens, within its sentence; None when the figure is in none."""
    opening = ctx.norm.rfind("(", s_lo, fact.start)
    return None if opening < 0 or ")" in ctx.norm[opening:fact.start] else opening


def _bracket_owner(ctx: _Ctx, fact: Any, s_lo: int) -> PlaceMention | None:
    """The province or district named right before the bracket that holds the figure, if any."""
    opening = _open_bracket(ctx, fact, s_lo)
    if opening is None:
        return None
    return next((p for p in _in(ctx.places, max(s_lo, opening - 60), opening)
                 if p.end <= opening and not ctx.norm[p.end:opening].strip() and not p.scope_only
                 and p.kind in ("province", "district", "ward")), None)


def _bracketed_region(ctx: _Ctx, fact: Any, s_lo: int) -> str | None:
    """The region whose figure stands in brackets: right after its name ("thấp hơn bình quân vùng Trung du và miền
    núi phía Bắc (7,6%)"), or a bracket on a region's average ("(bình quân vùng tăng 9,8%)": the region named last,
    in the bracket or before it; "" when none is). None when the figure is no region's."""
    regions = [p for p in _in(ctx.places, s_lo, fact.start) if p.kind == "region"]
    if regions and re.fullmatch(r"\s*\(\s*", ctx.norm[regions[-1].end:fact.start]):
        return regions[-1].place
    opening = _open_bracket(ctx, fact, s_lo)
    if opening is None or not _REGION_AVERAGE_OPENING.match(ctx.norm, opening + 1):
        return None
    named = [p for p in _in(ctx.places, 0, fact.start) if p.kind == "region"]
    return named[-1].place if named else ""


# A quota the province's council assigns ("dự toán HĐND tỉnh giao"), or "trong tỉnh".
_PROVINCIAL_QUOTA = re.compile(r"(?<!\w)(?:(?:HĐND|Hội đồng nhân dân)\s+tỉnh|tỉnh giao|trong tỉnh)(?!\w)")


def _own_province_marked(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` carries a mark of the writer's own province: its body as actor ("UBND tỉnh", "Sở Nội
    vụ"), "trên địa bàn", its council's quota, "của tỉnh"."""
    return bool(_PROVINCIAL_BODY.search(ctx.text, lo, hi) or _IN_THE_AREA.search(ctx.text[lo:hi])
                or _PROVINCIAL_QUOTA.search(ctx.text, lo, hi) or _OWN_PROVINCE.search(ctx.text, lo, hi))


_DETAILS_BEFORE = re.compile(r"\W*(?:trong đó|cụ thể|tính chung|trong số này|trong số đó)(?!\w)")


def _bullet_block_start(ctx: _Ctx, para: tuple[int, int]) -> int:
    """Where a run of bullet items begins (at the line introducing it), else the paragraph's start: the
    items of one list report on the same index."""
    if not _BULLET.match(ctx.text, para[0]):
        return para[0]
    idx = ctx.paragraphs.index(para)
    while idx > 0 and _BULLET.match(ctx.text, ctx.paragraphs[idx - 1][0]):
        idx -= 1
    return ctx.paragraphs[idx - 1][0] if idx > 0 else ctx.paragraphs[idx][0]


# Indices whose results are published in percent (PAR Index, SIPAS): their bare percentages are results.
_PERCENT_INDICES = {"PAR_INDEX", "SIPAS"}
# A figure placed in a ranking ("dẫn đầu với", "xếp cuối", "cao nhất là", "thứ 3 là").
_RANKED = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|đứng thứ|xếp thứ|xếp hạng|xếp cuối|xếp sau|xếp trên|đứng cuối|"
                     r"cao nhất|thấp nhất|tiếp theo|kế tiếp|vị trí|ngôi đầu|top|tốp|á quân|quán quân)(?!\w)")
_SATISFIED = re.compile(r"(?<!\w)(?:mức độ hài lòng|mức hài lòng|sự hài lòng|chỉ số hài lòng|hài lòng chung|"
                        r"hài lòng của người dân|hài lòng về)(?!\w)")


def _last(it: Any) -> Any:
    out = None
    for out in it:  # noqa: B007 - the last item is the point
        pass
    return out


def _holds_any(text: str, lo: int, hi: int, words: tuple[str, ...], fold: bool = False) -> bool:
    """Whether ``text[lo:hi]`` (lowercased with ``fold``) holds one of ``words``. Asked before scanning a stretch
    with a pattern every match of which holds one of them (with ``fold``, a case-insensitive pattern whose words
    have no special case folding): a pattern opening with a lookbehind is tried at every character, ``in`` is not."""
    seg = text[lo:hi].lower() if fold else text[lo:hi]
    return any(w in seg for w in words)


def _province_named(ctx: _Ctx, lo: int, hi: int) -> bool:
    return any(p.kind in ("province", "district") and not p.scope_only for p in _in(ctx.places, lo, hi))


def _recent_index(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> indicators.Indicator | None:
    """The index named last in this sentence (before the figure) or in the two sentences before it, also
    across a paragraph break (a lead naming the index, then a paragraph of results)."""
    idx = next((i for i, sp in enumerate(ctx.sentences) if sp == sent), None)
    lo = ctx.sentences[max(0, idx - 2)][0] if idx is not None else sent[0]
    found = [m for m in ctx.inds if lo <= m.start and m.end <= fact.start and m.indicator.kind == "index"]
    if found and found[-1].indicator.scope == "national" and not sent[0] <= found[-1].start \
            and _province_named(ctx, sent[0], fact.start):
        # ("… EGDI xếp 71/193 quốc gia. Trên bảng 34 địa phương, Hà Nội dẫn đầu": a province's figure is no country's
        # index)
        found = [m for m in found if m.indicator.scope != "national"]
    if not found:
        return None
    # Two indices named together ("PAR INDEX và SIPAS"): not this figure's alone unless one is nearer.
    last = found[-1]
    same = [m for m in found if _containing(ctx.sentences, m.start) == _containing(ctx.sentences, last.start)]
    if len({m.indicator.id for m in same}) > 1 and _containing(ctx.sentences, last.start) != sent:
        return None
    return last.indicator


def _respective_index(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> indicators.Indicator | None:
    """"PAR INDEX và SIPAS của tỉnh lần lượt đạt 88,5% và 84,2%": the i-th figure, the i-th index."""
    before = ctx.norm[clause[0]:fact.start]
    if "lần lượt" not in before:
        return None  # (the cheap test first: most clauses hold no "lần lượt")
    m = None
    for m2 in _RESPECTIVELY.finditer(before):
        m = m2
    if m is None:
        return None
    at = clause[0] + m.start()
    group = [f for f in _facts_starting(ctx, at + 1, clause[1]) if f.end <= clause[1] and f.kind == fact.kind]
    names = [x for x in _in(ctx.inds, clause[0], at) if x.indicator.kind == "index"]
    if fact not in group or len(group) < 2 or len(names) != len(group):
        return None
    return names[group.index(fact)].indicator


def _reaches_score(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> bool:
    """The next figure after the count, in its clause, is a score ("121/168 xã, phường đạt từ 80 điểm trở lên")."""
    nxt = next(iter(_facts_starting(ctx, fact.end, clause[1] - 1)), None)
    return nxt is not None and nxt.kind == "score" and bool(
        re.search(r"(?<!\w)(?:đạt|có|dưới|trên|từ)(?!\w)", ctx.norm[fact.end:nxt.end]))


_OF_AFTER = re.compile(r"\s*(?:của|tại|ở)\s+")
_LOCAL_UNIT_WORD = re.compile(r"(?:tỉnh|thành phố|huyện|thị xã)(?!\w)")


def _of_a_province(ctx: _Ctx, at: int) -> bool:
    """Whether ``của <province or district>`` or ``của tỉnh`` follows ``at``."""
    m = _OF_AFTER.match(ctx.norm, at)
    if m is None:
        return False
    return bool(_LOCAL_UNIT_WORD.match(ctx.norm, m.end())) or any(
        p.start == m.end() and p.kind in ("province", "district", "ward")
        for p in _in(ctx.places, m.end(), m.end() + 40))


# ("Chỉ số Xanh cấp tỉnh (PGI) 2024 do VCCI công bố cùng báo cáo PCI ghi nhận Hải Phòng đứng đầu": the report another
# index was released with is no subject of its figures)
_RELEASED_ALONGSIDE = re.compile(r"(?<!\w)công bố\s+(?:cùng|kèm|kèm theo)\s+(?:với\s+)?(?:báo cáo|kết quả)\s+$")
# ("Hội nghị xúc tiến đầu tư và cải thiện môi trường kinh doanh", "tạo môi trường kinh doanh thuận lợi": the work on a
# business climate, not the World Bank's ranking of it, which is named as a ranking or an index)
_CLIMATE_WORK = re.compile(r"(?<!\w)(?:cải thiện|nâng cao|tạo|tạo lập|xây dựng|hoàn thiện|thúc đẩy)\s+$")
_MODELLED_ON = re.compile(r"(?<!\w)(?:theo|dựa trên|dựa vào|trên cơ sở)\s+(?:cấu trúc|khung|mô hình|phương pháp|"
                          r"cách tiếp cận)(?:\s+của)?"
                          r"[^,;.()\n]{0,80}?(?:\(\s*)?$")


@lru_cache(maxsize=2048)
def _subject_indicators(subject: str) -> tuple[indicators.Indicator, ...]:
    """The registry entries a fact's subject names (the same subjects recur across an article's figures)."""
    return tuple(m.indicator for m in indicators.find_indicators(subject, normalize_for_matching(subject)))


def _subject_indices(subject: str) -> tuple[indicators.Indicator, ...]:
    return tuple(i for i in _subject_indicators(subject) if i.kind == "index")


_RATE_NOUN_AFTER = re.compile(r"\s*tỷ lệ")
_INDEX_PART_WORD = re.compile(r"chỉ số|lĩnh vực|trụ cột")
_BALLOT_WORD = re.compile(r"(?<!\w)phiếu(?!\w)")


def _satisfaction(ctx: _Ctx, fact: Any, clause: tuple[int, int]) -> re.Match[str] | None:
    """"mức độ hài lòng chung đạt 82,66%", "đưa mức hài lòng … lên trên 91%", "Hài lòng của người dân tăng 11 bậc" in an
    article on the PAR Index or SIPAS: the satisfaction the survey measures, even after another index earlier in the
    sentence. The mention of it, or None."""
    if not (fact.kind == "percent" and any(m.indicator.id in _PERCENT_INDICES for m in ctx.inds)) \
            and not (fact.kind == "rank" and any(m.indicator.id == "SIPAS" for m in ctx.inds)):
        return None
    sat = _last(_SATISFIED.finditer(ctx.norm, max(clause[0], fact.start - 160), fact.start))
    if sat is None or any(m.indicator.id != "SIPAS" for m in _in(ctx.inds, sat.start(), fact.start)) \
            or re.search(r"[,;]\s*(?:tỷ lệ|nâng|giữ|giảm)(?!\w)", ctx.norm[sat.end():fact.start]):
        return None
    return sat


def _pick_indicator(ctx: _Ctx, fact: Any, sent: tuple[int, int],
                    linked: list[tuple[Any, str]]) -> indicators.Indicator | None:
    if fact.kind == "money":
        return None  # no index is counted in money: "đưa PCI vào nhóm 15 … và thu hút 700 triệu USD vốn FDI"
    s_lo, s_hi = sent
    resp = _respective_index(ctx, fact, _clause(ctx.norm, s_lo, s_hi, fact.start))
    if resp is not None:
        return resp
    subject = getattr(fact, "subject", None) or ""
    # (a subject read after the figure yields to an index named right before it: "SIPAS đạt từ 85% trở lên và giữ
    # vững vị trí số 1 về DTI")
    later = subject and ctx.text.find(subject, fact.end, s_hi) >= 0
    comma = _clause(ctx.norm, s_lo, s_hi, fact.start, seps=",;")
    if subject and not (later and any(m.indicator.kind == "index" and fact.start - 12 <= m.end <= fact.start
                                       for m in _in(ctx.inds, s_lo, fact.start))):
        idx = _subject_indices(subject)
        if idx and ctx.alongside and (at := ctx.text.find(subject, s_lo, s_hi)) >= 0 and any(
                m.indicator.id == idx[0].id and at <= m.start < at + len(subject) for m in ctx.alongside):
            idx = idx[1:]  # (the subject read across "công bố cùng báo cáo PCI": not the figure's index)
        # (not over another index that opens the figure's own comma clause: "Long An lên ngôi Á quân PCI 2023, Chỉ
        # số xanh tăng 16 bậc", "nằm trong nhóm 5 … dẫn đầu PCI, đồng thời đưa Chỉ số xanh vào tốp 10")
        if idx and comma[0] > s_lo \
                and (own := [m for m in _in(ctx.inds, comma[0], fact.start) if m.indicator.kind == "index"]) \
                and all(m.indicator.id != idx[0].id for m in own) \
                and ctx.norm.find(subject.lower(), comma[0], fact.start) < 0:
            return own[-1].indicator
        if idx:
            return idx[0]
    clause = _clause(ctx.norm, s_lo, s_hi, fact.start)
    mentions = _in(ctx.inds, s_lo, s_hi)
    index_m = [m for m in mentions if m.indicator.kind == "index"]
    near = [m for m in index_m if m.start >= comma[0] and m.end <= comma[1]]
    if near:
        # In its own comma-clause: the index named right after the figure ("xếp thứ 106 trong bộ chỉ số ...")
        # or the nearest one before it.
        after = [m for m in near if m.start >= fact.end]
        before = [m for m in near if m.end <= fact.start]
        if after and (not before or after[0].start - fact.end < fact.start - before[-1].end):
            return after[0].indicator
        # (but "đưa PAR INDEX vào nhóm 30 … và nâng mức hài lòng lên từ 85%": the satisfaction named after it)
        if before and (sat := _satisfaction(ctx, fact, clause)) is not None \
                and sat.start() >= before[-1].end:
            return indicators.get("SIPAS")
        # (or the one named inside the figure's own span: "vào nhóm 30 tỉnh có PAPI tốt nhất")
        return (before[-1] if before else near[0]).indicator
    if _business_share(ctx, fact, sent, comma):
        return indicators.get(next(m.indicator.id for m in ctx.inds if m.indicator.id in _BUSINESS_SURVEYS))
    starts_rate = bool(_RATE_NOUN_AFTER.match(subject.lower()))
    # SIPAS is published with the PAR Index: an article on either measures satisfaction by SIPAS.
    if _satisfaction(ctx, fact, clause) is not None:
        return indicators.get("SIPAS")
    before_clause = [m for m in index_m if m.end <= fact.start and m.start >= clause[0]]
    if before_clause and (fact.kind in _INDEX_KINDS or fact.kind == "count"
                          or (fact.kind == "percent" and not starts_rate)):
        return before_clause[-1].indicator
    before_sent = [m for m in index_m if m.end <= fact.start]
    if before_sent and (fact.kind in _INDEX_KINDS or fact.kind == "count"):
        return before_sent[-1].indicator
    # Inherit from the latest linked fact of the same kind in this paragraph (a list of index results).
    para = _containing(ctx.paragraphs, fact.start)
    own_targets = [m for m in mentions if m.indicator.kind == "target" and m.start >= comma[0]
                   and m.end <= fact.start]
    # A rate's own name ("tỷ lệ thanh toán trực tuyến 60%") keeps a percentage off the index; a score
    # for it ("thanh toán trực tuyến đạt 9/10 điểm") is a component of the index being reported.
    rate_named = bool(own_targets) and fact.kind == "percent"
    if para and fact.kind in ("rank", "score", "percent") and not rate_named \
            and not (fact.kind == "percent" and starts_rate):
        block_start = _bullet_block_start(ctx, para)
        for prev, ind_id in reversed(linked):
            if prev.start < block_start:
                break
            if prev.kind == fact.kind and ind_id:
                ind = indicators.get(ind_id)
                if ind is not None and ind.kind == "index" and not (
                        ind.scope == "national" and prev.start < s_lo and _province_named(ctx, s_lo, fact.start)):
                    return ind
    # "Với SIPAS, mức hài lòng … là 83,94%. Huế đứng thứ 15/63": an index the paragraph named before the figure
    # outranks its section's
    if para and fact.kind in _INDEX_KINDS and not rate_named:
        named = [m for m in _in(ctx.inds, para[0], s_lo) if m.indicator.kind == "index"
                 and not (m.indicator.scope == "national" and _province_named(ctx, s_lo, fact.start))]
        if named and len({m.indicator.id for m in named}) == 1:
            return named[-1].indicator
    # "1. Chỉ số cải cách hành chính (PAR INDEX)" heading a section: its results are that index's.
    sec = next((ind for at, ind in reversed(ctx.index_heads) if at <= fact.start), None)
    if sec is not None and fact.kind in ("rank", "score", "percent") and not rate_named \
            and not (fact.kind == "percent" and starts_rate):
        return sec
    if fact.kind == "count" and _SURVEY.search(ctx.norm, s_lo, s_hi) \
            and _SURVEY_UNIT.search(ctx.norm, fact.start, fact.end) \
            and re.search(r"(?<!\w)(?:hài lòng|chất lượng phục vụ)(?!\w)", ctx.norm[s_lo:s_hi]) \
            and any(m.indicator.id == "SIPAS" for m in ctx.inds):
        # "Sở Nội vụ sẽ khảo sát khoảng 1.500 người dân về chất lượng phục vụ": the satisfaction survey's sample
        return indicators.get("SIPAS")
    if fact.kind == "count" and _SURVEY.search(ctx.norm, s_lo, fact.start):
        # "khảo sát 36.525 người dân tại 195 đơn vị hành chính cấp huyện …": where a survey asked is its design
        # too, the index of the sample counted before it in the sentence
        for prev, ind_id in reversed(linked):
            if prev.start < s_lo:
                break
            if prev.kind == "count" and ind_id and _SURVEY_UNIT.search(ctx.norm, prev.start, prev.end):
                return indicators.get(ind_id)
    # From here on the answer is an article-level fallback, not a name in the figure's own sentence: the
    # trained classifier may overrule it (see _model_indicators).
    ctx.weak_indicator = True
    # An article about one index (named in its title/lead) reports that index's ranks and scores.
    if fact.kind in _INDEX_KINDS and ctx.article_index is not None:
        # the one index the title and lead name: the classifier (trained on other articles' wording) is not
        # asked to overrule it
        ctx.weak_indicator = False
        return ctx.article_index
    # "Bộ Nội vụ công bố Chỉ số CCHC năm 2023. … Hải Phòng dẫn đầu với 92,1%": results in the sentences after
    # the one naming the index report that index; a percentage only for an index reported in percent, and
    # only when it is ranked or is no named rate of its own.
    if not rate_named and not starts_rate and fact.kind in ("rank", "score", "percent"):
        recent = _recent_index(ctx, fact, sent)
        if recent is not None and (fact.kind != "percent" or (
                recent.id in _PERCENT_INDICES and (_RANKED.search(ctx.norm, comma[0], comma[1])
                                                   or _RANKED.search(ctx.norm, s_lo, fact.start)
                                                   or not re.search(r"tỷ lệ|số lượng", ctx.norm[s_lo:s_hi])))):
            return recent
    # "Sở Tư pháp đứng đầu khối sở, ban, ngành với 93,58%" paragraphs after the title named the index: a ranked
    # percentage in an article on an index published in percent is that index's result
    if fact.kind == "percent" and not rate_named and not starts_rate and ctx.article_index is not None \
            and ctx.article_index.id in _PERCENT_INDICES and _RANKED.search(ctx.norm, s_lo, s_hi):
        return ctx.article_index
    # A rank or score named after no index nearby still reports the index the article last named.
    if fact.kind in _INDEX_KINDS:
        earlier = [m for m in ctx.inds if m.end <= fact.start and m.indicator.kind == "index"]
        if earlier:
            return earlier[-1].indicator
    # Counts of provinces/ministries/components ("56 tỉnh, thành phố", "bốn chỉ số") and percentages said
    # of "chỉ số" belong to the index the text last named.
    topic = [m for m in ctx.inds if m.end <= fact.start and m.indicator.kind == "index"]
    if topic and not rate_named:
        clause_text = ctx.norm[comma[0]:comma[1]]
        # … and the counts that describe it: its pillars, its survey sample ("ba trụ cột", "10.000 doanh nghiệp
        # tham gia khảo sát")
        collective = fact.kind == "count" and bool(
            _COLLECTIVE.search(ctx.norm[fact.start:fact.end + 1])
            or _INDEX_PART_WORD.search(ctx.norm[fact.start:fact.end])
            or (_SURVEY.search(ctx.norm, s_lo, s_hi) and _SURVEY_UNIT.search(ctx.norm, fact.start, fact.end))
            or _BALLOT_WORD.search(ctx.norm[fact.start:fact.end])  # ballots are a survey's sample
            or _DESIGN_SENTENCE.match(ctx.norm, s_lo)
            or _design_count(ctx, fact, comma)  # "Các chỉ số chính chia làm hai nhóm"
            # the units reaching a score of it ("121/168 xã, phường đạt từ 80 điểm trở lên")
            or _reaches_score(ctx, fact, clause))
        # … percentages said of "chỉ số" or of its value, and an index's grade bands ("Nhóm A gồm các địa phương
        # đạt từ 90% trở lên", "Cả 6/6 vùng có giá trị trung bình trên 80%")
        cued_pct = fact.kind == "percent" and bool(re.search(r"(?<!\w)(?:chỉ số|nhóm [a-d]|giá trị trung bình)(?!\w)",
                                                             clause_text))
        if collective or cued_pct:
            return topic[-1].indicator
    # Recurring digital-government rates: only when the figure *is* that rate.
    if fact.kind == "percent":
        if subject:
            sub_t = [i for i in _subject_indicators(subject) if i.kind == "target"]
            if sub_t and subject.lower().lstrip().startswith("tỷ lệ"):
                return sub_t[0]
        if own_targets and re.search(r"tỷ lệ", ctx.norm[comma[0]:fact.start]) and not index_m:
            return own_targets[-1].indicator
    return None


# An announcement's date ("được VCCI công bố đầu tháng 5", "công bố ngày 2/4") dates the release, not the figure.
_ANNOUNCED = re.compile(r"(?:công bố|ban hành|tổ chức|diễn ra|khai mạc|họp|ký|phát hành)\s*(?:(?:vào|hồi)\s*)?"
                        r"(?:(?:đầu|cuối|giữa)\s*)?(?:tháng\s*\d{1,2}\s*)?$")
# "so với năm 2021 (25/63)", "so với năm 2022 (khi đó tỉnh xếp thứ 10)", "so với năm 2021, khi tỉnh chỉ đạt
# 86,4%": a figure right after a comparison base, in brackets or a "khi" clause, is the base year's figure.
_AFTER_BASE = re.compile(r"\s*\([^()]*|\s*,?\s*\(?\s*khi(?:\s*đó)?(?!\w)[^;()]*")
# "từ vị trí thứ 35 năm 2021 lên thứ 14": the span between "từ" and "lên/xuống" holds the earlier state.
_FROM_TO = re.compile(r"(?<!\w)từ\s+(?:[^;.]{0,80}?)\s(?:lên|xuống)(?!\w)")


def _paren_group(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The (open, close) offsets of the innermost bracket around ``pos`` within the sentence, else None."""
    text = ctx.text
    depth, at = 0, pos
    while True:  # back from pos, bracket to bracket
        at = max(text.rfind("(", sent[0], at), text.rfind(")", sent[0], at))
        if at < 0:
            return None
        if text[at] == ")":
            depth += 1
        elif depth == 0:
            break
        else:
            depth -= 1
    close = text.find(")", pos, sent[1])
    return at, (close if close >= 0 else sent[1])


def _in_parens(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> bool:
    return _paren_group(ctx, pos, sent) is not None


def _foreign_paren(ctx: _Ctx, p: PeriodMention, fact: Any, sent: tuple[int, int]) -> bool:
    """A period in brackets that hold another figure ("(năm 2022 xếp thứ 34)") belongs to that figure."""
    grp = _paren_group(ctx, p.start, sent)
    if grp is None or grp[0] < fact.start < grp[1]:
        return False
    return any(f is not fact for f in _facts_starting(ctx, grp[0] + 1, grp[1] - 1))


# An aside between two spaced dashes ("đẩy TP. Hòa Bình - đơn vị dẫn đầu năm 2022 - xuống thứ hai").
# (an appositive on a unit, not a time aside: "Trong 9 tháng - tính đến ngày 30/9 - tỉnh thu …" dates the clause)
_DASH_ASIDE = re.compile(r"\s[-–—]\s(?:đơn vị|địa phương|tỉnh|thành phố|huyện|thị xã|nơi|bộ|cơ quan|quốc gia)(?!\w)"
                         r"[^-–—\n]{2,90}?\s[-–—]\s")


def _foreign_dash_aside(ctx: _Ctx, p: PeriodMention, fact: Any, sent: tuple[int, int]) -> bool:
    """A period in a dash aside that describes a unit ("- đơn vị dẫn đầu năm 2022 -") dates only the aside."""
    if sent not in ctx.dash_asides:
        ctx.dash_asides[sent] = [m.span() for m in _DASH_ASIDE.finditer(ctx.text, *sent)]
    return any(a < p.start < b and not a < fact.start < b for a, b in ctx.dash_asides[sent])


def _bare_paren(ctx: _Ctx, p: PeriodMention, sent: tuple[int, int]) -> bool:
    """Brackets holding nothing but the period ("Trong tuần (từ ngày 15 đến 21/01)")."""
    grp = _paren_group(ctx, p.start, sent)
    return grp is not None and not ctx.text[grp[0] + 1:p.start].strip() and not ctx.text[p.end:grp[1]].strip()


def _plain(p: PeriodMention) -> bool:
    return not p.comparison and p.kind not in periods.NOT_OWN and p.kind not in ("day", "streak_span")


def _context_year(ctx: _Ctx, sent: tuple[int, int], pos: int) -> int | None:
    """The year an implicit period refers to: explicit years earlier in the sentence, else the article's."""
    explicit = [p for p in _in(ctx.pers, sent[0], sent[1]) if p.year and not p.implicit_year and _plain(p)]
    earlier = [p.year for p in explicit if p.start < pos]
    if earlier:
        return earlier[-1]
    # "3. Nhiệm vụ năm 2023" heading the section in May 2023: "Trong quý III, Sở sẽ khảo sát …" is that year's
    # quarter, still ahead, not last year's (a heading on a past year, "Bức tranh năm 2024" in 2025, is a look back
    # that the body may leave)
    heading = _year_of(next((v for at, v in reversed(ctx.period_heads) if at <= pos), None))
    if heading is not None and ctx.published is not None and heading >= ctx.published.year:
        return heading
    if ctx.published is not None:
        return None  # resolve against the publication date: the reported period has ended by then
    # The sentences just before ("PV: ... 6 tháng đầu năm 2023 ...?" then "6 tháng đầu năm, ...").
    idx = next((i for i, sp in enumerate(ctx.sentences) if sp == sent), None)
    if idx is not None:
        for prev in reversed(ctx.sentences[max(0, idx - 5):idx]):
            prev_years = [p.year for p in _in(ctx.pers, prev[0], prev[1]) if p.year and not p.implicit_year
                          and _plain(p)]
            if prev_years:
                return prev_years[-1]
    if ctx.doc_year is not None and (ctx.published is None or ctx.doc_year <= ctx.published.year):
        return ctx.doc_year
    return None


# "năm nay tỉnh phấn đấu giữ PAPI trong nhóm 5": a goal set this year is for this year, not the edition's
_GOAL_AHEAD = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|đặt ra|đề ra|chỉ tiêu|kế hoạch|sẽ|yêu cầu|chỉ đạo)(?!\w)")


_THIS_YEAR = re.compile(r"(?:năm nay|năm này|(?:một )?năm (?:vừa )?qua)(?!\w)")


def _resolve(pm: PeriodMention, ctx: _Ctx, sent: tuple[int, int]) -> str | None:
    if pm.kind == "relative" and ctx.edition_year is not None \
            and _THIS_YEAR.match(ctx.norm[pm.start:pm.end]) \
            and not (ctx.norm.startswith("năm nay", pm.start) and (
                # "Hà Tĩnh phải trở lại nhóm 30 trong năm nay": a goal's "năm nay" lies ahead too
                ctx.ahead or _GOAL_AHEAD.search(ctx.norm, pm.end, sent[1]))) \
            and not any(p.year is not None and p.year > ctx.edition_year and p.kind == "explicit" and not p.comparison
                        for p in _in(ctx.pers, sent[0], sent[1])):
        # (not "Năm nay, VCCI khảo sát hơn 10.000 doanh nghiệp để xây dựng PCI 2024": the next edition's year)
        # "các địa phương dẫn đầu năm nay", "năm qua tỉnh thu hút …" in an article on last year's edition of an
        # index mean that edition's year
        return str(ctx.edition_year)
    if not pm.implicit_year:
        return pm.value
    if ctx.defer_implicit:
        return None
    cy = _context_year(ctx, sent, pm.start)
    if pm.value == "{Y-1}" and cy is None:
        # "năm trước" is the year before the one the article reports on
        cy = ctx.title_year
    r = periods.resolve_implicit(pm, cy, ctx.published, ahead=ctx.ahead)
    return r.value if r else None


def _from_to_spans(ctx: _Ctx, sent: tuple[int, int]) -> list[tuple[int, int]]:
    if sent not in ctx.from_to:
        ctx.from_to[sent] = [(m.start(), m.end()) for m in _FROM_TO.finditer(ctx.norm, sent[0], sent[1])]
    return ctx.from_to[sent]


_EDITION_WORD_BEFORE = re.compile(r"(?<!\w)(?:kỳ|lần)(?:\s+\w+){0,2}\s*$")


def _implied(ctx: _Ctx, p: PeriodMention) -> str | None:
    implied = periods.implied_by_comparison(p, ctx.published)
    if implied and (before := _previous_edition(ctx, p)) is not None:
        # "Đồng Tháp đạt 45,03 điểm, … không đổi so với năm ngoái" in April 2025 on PAPI 2024: that edition's
        return str(int(before) + 1)
    # "so với kỳ đánh giá năm 2022" in an article on the 2024 survey (a biennial index): the base is the
    # previous edition, and the current one is the year the title and lead report
    edition_base = bool(_EDITION_WORD_BEFORE.search(ctx.norm[max(0, p.start - 25):p.start]))
    for year in (ctx.headline_year, ctx.title_year if edition_base else None):
        if implied and year is not None and p.year is not None and year >= p.year + 2 \
                and (ctx.published is None or year <= ctx.published.year):
            # "sau hai năm, … cải thiện 11 bậc so với năm 2021" under a headline on 2023: the headline's year
            return str(year)
    return implied


def _facts_starting(ctx: _Ctx, lo: int, hi: int) -> list[Any]:
    """The article's figures that start in ``[lo, hi]`` (``ctx.facts`` is sorted by start)."""
    return ctx.facts[bisect_left(ctx.fact_starts, lo):bisect_right(ctx.fact_starts, hi)]


_SO_VOI = re.compile(r"so\s*với")
_AFTER_OR_BEFORE_WORD = re.compile(r"(?<!\w)(?:sau|trước)\s*$")
_AND_WORD = re.compile(r"(?<!\w)và(?!\w)")
_YEAR_DIGITS = re.compile(r"\d{4}")


_CONTRAST_ASIDE = re.compile(r",\s*(?:trong khi|còn|ngược lại|nhưng)(?!\w)")


def _previous_edition(ctx: _Ctx, pm: PeriodMention) -> str | None:
    """"so với kỳ trước, khi tỉnh đứng ở vị trí 54", "không đổi so với năm ngoái (45,01 điểm)" in an article on one
    edition of an index (published the year after it): the edition before."""
    if ctx.edition_year is None:
        return None
    if (pm.value is None and ctx.norm.startswith("kỳ", pm.start)) \
            or (pm.kind == "relative" and pm.year is not None and pm.year >= ctx.edition_year):
        return str(ctx.edition_year - 1)
    return None


def _period_evidence(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> tuple[str | None, str]:
    """The period stated in the figure's own sentence: (period, rule) or (None, "none")."""
    s_lo, s_hi = sent
    clause = _clause(ctx.norm, s_lo, s_hi, fact.start)
    comma = _clause(ctx.norm, s_lo, s_hi, fact.start, seps=",;")
    in_sent = _in(ctx.pers, s_lo, s_hi)
    if not in_sent:
        return None, "none"  # (every reading below takes a period of the sentence)
    bases = [p for p in in_sent if p.comparison and p.kind not in ("record", "since")
             and (p.value is not None or _previous_edition(ctx, p) is not None)
             and p.start >= clause[0] and p.end <= fact.start]
    # (a change there, "tăng so với năm 2022 (tăng cao nhất 9,39%)", is the current period's)
    if bases and fact.role != "change" and _AFTER_BASE.fullmatch(ctx.norm, bases[-1].end, fact.start):
        return _previous_edition(ctx, bases[-1]) or _resolve(bases[-1], ctx, sent), "base"
    # The figure *is* the comparison base: "so với con số 80,08% của năm trước".
    comp_after = [p for p in in_sent if p.comparison and p.start >= fact.end and p.end <= comma[1]
                  and p.value is not None and p.start - fact.end <= 25 and p.kind not in ("record", "since")]
    if comp_after and _SO_VOI.search(ctx.norm[comma[0]:fact.start]):
        return _resolve(comp_after[0], ctx, sent), "clause"
    spans = _from_to_spans(ctx, sent)
    own_span = next((sp for sp in spans if sp[0] <= fact.start < sp[1]), None)
    # Periods inside another "từ … lên" span date that span's earlier state: bases for this figure.
    moved = [p for p in in_sent if not p.comparison and p.value is not None
             and any(sp[0] <= p.start < sp[1] and sp != own_span for sp in spans)]
    own = [p for p in in_sent if not p.comparison and p.kind not in periods.NOT_OWN and p not in moved
           and (p.kind != "streak_span" or fact.kind == "rank") and not _foreign_paren(ctx, p, fact, sent)
           and not _foreign_dash_aside(ctx, p, fact, sent)]
    if fact.role == "target":
        # "nâng tỷ lệ thanh toán trực tuyến lên 45% trước ngày 31/12/2024": a goal's deadline right after it
        # (or after what it covers: "phủ sóng 100% thôn, bản ở khu vực Bắc Kạn cũ trước ngày 31/12/2025 và đến năm
        # 2026 giữ vững …", no other figure between)
        deadline = next((p for p in own if p.kind in ("day", "asof") and p.start >= fact.end
                         and (_DEADLINE_AFTER.fullmatch(ctx.norm, fact.end, p.start)
                              or (p.end <= clause[1] and p.start - fact.end <= 60
                                  and _DEADLINE_WORD_BEFORE.search(ctx.norm, p.start - 12, p.start)
                                  and not any(f is not fact for f in _facts_starting(ctx, fact.end, p.start))))),
                        None)
        if deadline is not None and (val := _resolve(deadline, ctx, sent)):
            return val, "clause"
    if any(p.kind != "day" for p in own):
        # An event day ("công bố ngày 2/4") is the period only of a stock announced that day with no other
        # time stated in the sentence.
        own = [p for p in own if p.kind != "day"]
    own = [p for p in own if not _ANNOUNCED.search(ctx.norm[max(s_lo, p.start - 30):p.start])]
    # A period right after another figure further on is that figure's ("…; sau khi xếp thứ 3 năm 2023").
    own = [p for p in own if p.end <= fact.start
           or not any(0 <= p.start - f.end <= 12 for f in _facts_starting(ctx, fact.end, p.start) if f is not fact)]
    # So is one owned by the figure before it ("từ 84,25% của năm trước nhưng vẫn chỉ xếp thứ 4": the 84,25%'s)
    own = [p for p in own if p.start >= fact.end or not any(
        f.end <= p.start and f is not fact and _OF_PERIOD.fullmatch(ctx.norm, f.end, p.start)
        for f in _facts_starting(ctx, p.start - 150, p.start))]
    # "quý II tăng 6,5% sau quý I giảm": a period after "sau/trước" is a point of reference
    after = [p for p in own if p.start >= fact.end and p.end <= comma[1] and p.start - fact.end <= 40
             and not _AFTER_OR_BEFORE_WORD.search(ctx.norm[fact.end:p.start])
             # nor past "và" onto the next figure's own ("nhóm 5 … và đưa PCI 2025 vào nhóm 15")
             and not (_AND_WORD.search(ctx.norm[fact.end:p.start])
                      and bool(_facts_starting(ctx, p.end, comma[1] - 1)))]
    before_clause = [p for p in own if p.end <= fact.start and p.start >= clause[0]]
    since_now = [p for p in in_sent if p.kind == "since_now" and p.start >= clause[0] and p.end <= fact.start]
    if since_now and fact.role == "level" and fact.kind not in ("count", "money") and not before_clause \
            and since_now[-1].year is not None:
        # "Từ năm 2021 đến nay, Bộ Tư pháp liên tục nằm trong nhóm 3": from that year to the article's
        end = ctx.title_year or ctx.doc_year or (ctx.published.year if ctx.published else None)
        if end is not None and end > since_now[-1].year:
            return f"{since_now[-1].year}..{end}", "since"
    # (a goal's year named after it in its clause outweighs the report's period: "còn cách xa mục tiêu 80% mà
    # Chính phủ đặt ra cho năm 2025" in a nine-month report)
    goal_year = fact.role == "target" and after and _YEAR_DIGITS.fullmatch(after[0].value or "") is not None
    if after and (not before_clause or after[0].start - fact.end <= 12 or goal_year):
        return _resolve(after[0], ctx, sent), "clause"
    if before_clause:
        return _resolve(before_clause[-1], ctx, sent), "clause"
    before_sent = [p for p in own if p.end <= fact.start and (not _in_parens(ctx, p.start, sent)
                                                             or _bare_paren(ctx, p, sent))]
    if before_sent:
        return _resolve(before_sent[-1], ctx, sent), "sentence"
    since = [p for p in in_sent if p.kind == "since" and p.start >= clause[0] and p.end <= fact.start]
    if since and fact.kind in ("count", "money") and since[-1].year is not None:
        # "Kể từ năm 2005, đã có gần 176,5 nghìn lượt doanh nghiệp …": a running total up to the edition
        end = ctx.title_year or ctx.doc_year or (ctx.published.year if ctx.published else None)
        if end is not None and end > since[-1].year:
            return f"{since[-1].year}..{end}", "since"
    comp = [p for p in in_sent if p.comparison and p.start >= clause[0] and p.end <= clause[1]]
    comp += [p for p in moved if p.start >= clause[0] and p.end <= clause[1]]
    for p in comp:
        implied = _implied(ctx, p if p.comparison else replace(p, comparison=True))
        if implied:
            return implied, "comparison"
    # (not past a figure of another role: "đạt 52,6%, vượt chỉ tiêu tối thiểu 45% … đặt ra cho năm 2024")
    # (nor past an aside that sets another time against it: "Hải Dương (88,76%) đứng thứ ba, trong khi năm 2023 địa
    # phương này chỉ ở vị trí thứ 7")
    later = [p for p in own if p.start >= fact.end and p.end <= clause[1]
             and not any(f.end <= p.start and f.role != fact.role for f in _facts_starting(ctx, fact.end, p.start))
             and not _CONTRAST_ASIDE.search(ctx.norm, fact.end, p.start)]
    if later:
        return _resolve(later[0], ctx, sent), "clause"
    return None, "none"


# "Quảng Ninh, địa phương dẫn đầu liên tục trong giai đoạn 2017-2023, lùi xuống vị trí thứ hai": a phrase set
# off by commas right after a place's name describes that place; its time is the description's, no figure's.
_APPOSITIVE = re.compile(r"\s*(?:địa phương|tỉnh|thành phố|đơn vị|nơi|quán quân|á quân)(?!\w)")


def _appositives(ctx: _Ctx) -> list[tuple[int, int]]:
    """Comma-clauses set off right after a place's name that describe it ("Quảng Ninh, địa phương dẫn đầu liên
    tục trong giai đoạn 2017-2023, lùi xuống …"; "Tỉnh Quảng Ninh, địa phương giáp ranh của Lạng Sơn, xếp thứ 12")."""
    out = []
    for m in _APPOSITIVE_START.finditer(ctx.norm):
        lo = m.start() + 1
        sent = _containing(ctx.sentences, lo)
        if sent is None or not _APPOSITIVE.match(ctx.norm, lo):
            continue
        hi = _clause(ctx.norm, sent[0], sent[1], lo + 1, seps=",;")[1]
        described = _clause(ctx.norm, sent[0], sent[1], max(sent[0], lo - 2), seps=",;")
        name = _UNIT_WORD.sub("", ctx.text[described[0]:lo - 1].strip())
        if hi < sent[1] and ctx.norm[hi:hi + 1] == "," \
                and any(_UNIT_WORD.sub("", ctx.text[pm.start:pm.end]) == name
                        for pm in _in(ctx.places, described[0], lo)):
            out.append((lo, hi))
    return out


_APPOSITIVE_START = re.compile(r",(?=\s*(?:địa phương|tỉnh|thành phố|đơn vị|nơi|quán quân|á quân)(?!\w))")
_UNIT_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


def _appositive_periods(ctx: _Ctx) -> list[PeriodMention]:
    spans = ctx.appositives
    return [replace(p, kind="label") if p.kind not in periods.NOT_OWN and any(a <= p.start < b for a, b in spans)
            else p for p in ctx.pers]


_THAT_TIME = re.compile(r"\W*(?:tại|vào|ở)?\s*(?:thời điểm|lúc|khi|hồi)\s*(?:đó|ấy)\s*,")
_REFERENCE_BEFORE = re.compile(r"(?<!\w)(?:sau|trước)\s*(?:các|những)?\s*$")
_SET_APART_BEFORE = re.compile(r"(?<!\w)riêng\s*$")
_FLASHBACK = re.compile(r"\W*(?:trước đó|trước đây)(?!\w)")
_PREV_EDITION = re.compile(r"(?:kỳ|lần)(?!\w)")
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:từ|kể từ)\s*$")
_SPAN_END_AFTER = re.compile(r"[^,;.]{0,40}?(?:(?<!\w)(?:đến|tới|lên|sang|xuống)(?!\w)|[-–])")


def _sentence_primary(ctx: _Ctx, sent: tuple[int, int]) -> str | None:
    """What a sentence is about in time, for the sentences after it (``_primary_period``), asked once per
    sentence and ``ctx.ahead`` in the second period pass: ``_inherited_period`` asks again for every figure."""
    if ctx.primaries is None:
        return _primary_period(ctx, sent)
    key = (sent, ctx.ahead)
    if key not in ctx.primaries:
        ctx.primaries[key] = _primary_period(ctx, sent)
    return ctx.primaries[key]


def _primary_period(ctx: _Ctx, sent: tuple[int, int]) -> str | None:
    """What a sentence is about in time, for the sentences after it: its last plain period mention
    (not a comparison base, an event day or a parenthesis), else a year implied by ``so với năm X``.
    A look back ("Trước đó, …") dates only itself."""
    if _FLASHBACK.match(ctx.norm[sent[0]:sent[0] + 20]):
        return None
    spans = _from_to_spans(ctx, sent)
    pers = [p for p in _in(ctx.pers, sent[0], sent[1]) if _plain(p)
            and (not _in_parens(ctx, p.start, sent) or _bare_paren(ctx, p, sent))  # "Trong tuần (từ ngày 10 đến 14/3)"
            # (but "… là 15.872 tỷ đồng; đến 31/10 đã giải ngân …": past a semicolon, a clause of its own)
            and not any(0 <= p.start - e <= 12 and e > sent[0] and ";" not in ctx.norm[e:p.start]
                        for e in ctx.fact_ends)
            # nor the earlier state of "từ vị trí 35 năm 2021 lên thứ 14", nor "…; trước đó, năm 2021 …"
            and not any(a <= p.start < b for a, b in spans)
            and not _FLASHBACK.match(ctx.norm, _clause(ctx.norm, sent[0], sent[1], p.start)[0])
            # nor "Đây là lần thứ ba tỉnh giành vị trí này, sau các năm 2020 và 2022": points of reference
            and not _REFERENCE_BEFORE.search(ctx.norm, max(sent[0], p.start - 20), p.start)
            # nor "riêng tháng 10 kim ngạch ước đạt 462,5 triệu USD" in a ten-month report: one month set apart
            and not _SET_APART_BEFORE.search(ctx.norm, max(sent[0], p.start - 8), p.start)
            # nor "Ở kỳ công bố trước, tỉnh xếp thứ 37": a look back at the previous edition, not the topic
            and not (p.value == "{Y-1}" and _PREV_EDITION.match(ctx.norm, p.start))
            # nor the year of a goal named before it in its clause ("… mục tiêu 80% đặt ra cho năm 2025")
            and not _goal_before(ctx, p, sent)
            # nor a release date ("Theo DTI 2022, công bố tháng 7/2023, tỉnh đạt …"): the edition is the topic
            and not _ANNOUNCED.search(ctx.norm[max(sent[0], p.start - 30):p.start])
            # nor where a streak began ("7 địa phương giữ được vị trí từ năm trước"): the places kept are this year's
            and not (_SINCE_BEFORE.search(ctx.norm, max(sent[0], p.start - 8), p.start)
                     and not _SPAN_END_AFTER.match(ctx.norm, p.end, sent[1]))]
    if pers:
        return _resolve(pers[-1], ctx, sent)
    for p in _in(ctx.pers, sent[0], sent[1]):
        implied = _implied(ctx, p)
        if implied:
            return implied
    return None


def _goal_before(ctx: _Ctx, p: PeriodMention, sent: tuple[int, int]) -> bool:
    comma = _clause(ctx.norm, sent[0], sent[1], p.start, seps=",;")
    return any(f.role == "target" and f.end <= p.start for f in _facts_starting(ctx, comma[0], p.start))


# A comparison with the period before, whatever it was ("so với kỳ trước", "so với năm trước", "so với cùng kỳ").
_RELATIVE_BASE = re.compile(r"(?<!\w)so\s*(?:với\s*)?(?:kỳ|năm|lần|đợt)\s*(?:trước|đánh giá trước)(?!\w)"
                            r"|(?<!\w)so\s*(?:với\s*)?cùng kỳ(?!\w)")


def _inherited_period(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> str | None:
    """A period from the earlier sentences of the paragraph, else from the header of its bullet list."""
    para = _containing(ctx.paragraphs, fact.start)
    if not para:
        return None
    prev_sents = [s for s in ctx.sentences if s[0] >= para[0] and s[1] <= sent[0]]
    if prev_sents and _THAT_TIME.match(ctx.norm, sent[0]):
        # "So với thời điểm 30/6/2025, … tăng thêm 86.420 tài khoản. Tại thời điểm đó, Phú Yên đứng thứ 7/63": the
        # time the sentence before named last, a comparison base included
        named = [p for p in _in(ctx.pers, *prev_sents[-1]) if p.value and p.kind not in periods.NOT_OWN]
        if named and (val := _resolve(named[-1], ctx, prev_sents[-1])):
            return val
    for ps in reversed(prev_sents):
        val = _sentence_primary(ctx, ps)
        if val and _look_back(ctx, val, para[0], ps[1]):
            # "Long Biên dẫn đầu với 94,6% …. Đáng chú ý, năm 2023 Long Biên mới xếp thứ 12/30. Ở chiều ngược lại,
            # Mỹ Đức thấp nhất với 53,4%": a sentence dated before the paragraph's own figures is an aside (so is a
            # flashback closing a sentence: "… 67,04 điểm …; năm 2022, tỉnh còn nằm trong tốp 30")
            continue
        if val and fact.role != "target" and _goals_only(ctx, ps):
            # "Trong năm 2025, Cần Thơ đặt mục tiêu vào nhóm 10 …. Hiện bình quân vùng mới đạt 5,8 điểm": a goal's
            # year does not date a level reported after it
            continue
        if val:
            if _RELATIVE_BASE.search(ctx.norm, sent[0], fact.start) and ctx.doc_year is not None \
                    and (_year_of(val) or ctx.doc_year) < ctx.doc_year:
                # "Năm 2022, tỉnh xếp thứ 28. So với kỳ trước, tỉnh có 7/10 chỉ số tăng điểm": a figure set
                # against the previous edition is the current one, not the flashback's
                return None
            if fact.role == "change" and (after := _YEARS_AFTER.search(ctx.norm, sent[0], fact.start)) \
                    and _YEAR_DIGITS.fullmatch(val):
                # "Năm 2021, tỉnh đạt 0,61 điểm. Sau ba năm, điểm số tăng 0,09": the change ends N years later
                later = int(val) + periods.num_word(after.group(1))
                if ctx.published is None or later <= ctx.published.year:
                    return str(later)
            return val
    if _CONTINUES.match(ctx.norm, para[0]):
        # "Trong đó, khu vực Bình Định cũ tăng 8,2%" opening a paragraph details the one before it
        idx = ctx.paragraphs.index(para)
        if idx > 0:
            prev = ctx.paragraphs[idx - 1]
            for ps in reversed([s for s in ctx.sentences if s[0] >= prev[0] and s[1] <= prev[1]]):
                val = _sentence_primary(ctx, ps)
                if val:
                    return val
    return _list_header_period(ctx, para)


_DEADLINE_WORDS = r"(?:trước|chậm nhất|muộn nhất)\s*(?:là\s*|vào\s*)?"
_DEADLINE_WORD_BEFORE = re.compile(r"(?<!\w)" + _DEADLINE_WORDS + "$")
_DEADLINE_AFTER = re.compile(r"\s*" + _DEADLINE_WORDS)
_OF_PERIOD = re.compile(r"\s*(?:của|trong|vào)\s*")
_YEARS_AFTER = re.compile(r"(?<!\w)sau\s*(\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s*năm"
                          r"(?!\s*(?:\d|nay|qua|tới|sau|trước))(?!\w)")


def _look_back(ctx: _Ctx, val: str, lo: int, at: int) -> bool:
    """Whether a sentence at ``at`` dated ``val`` looks back from the figures before it in its paragraph (from
    ``lo``): its year is earlier than theirs (an undated figure's being the article's year)."""
    year = _year_of(val)
    before = [f for f in _facts_starting(ctx, lo, at - 1) if f.role != "target"]
    if year is None or not before:
        return False
    years = [_year_of(f.period) if f.period else ctx.doc_year for f in before]
    return any(y is not None and year < y for y in years)


def _goals_only(ctx: _Ctx, sent: tuple[int, int]) -> bool:
    inside = _facts_starting(ctx, sent[0], sent[1] - 1)
    return bool(inside) and all(f.role == "target" for f in inside)


_CONTINUES = re.compile(r"\W*(?:trong đó|cụ thể|riêng|bên cạnh đó)\s*,")


# Bullets only: a numbered line ("2. Bức tranh chung của cả nước") is a heading that opens a new list.
_BULLET = re.compile(r"\s*[-+•*–]\s")


def _list_header_period(ctx: _Ctx, para: tuple[int, int]) -> str | None:
    """A bullet item's period from the paragraph that introduces its list ("Tính đến hết tháng 6/2024, …:",
    "các chỉ tiêu chủ yếu 9 tháng năm 2025:", "Tính chung 5 tháng, …")."""
    if not _BULLET.match(ctx.text, para[0]):
        return None
    idx = ctx.paragraphs.index(para)
    for i in range(idx - 1, -1, -1):
        lo, hi = ctx.paragraphs[i]
        if _BULLET.match(ctx.text, lo):
            continue
        for ps in [s for s in ctx.sentences if s[0] >= lo and s[1] <= hi] or [(lo, hi)]:
            val = _sentence_primary(ctx, ps)
            if val:
                return val
        return None
    return None


def _index_fact(fact: Any) -> bool:
    ind = indicators.get(fact.indicator) if fact.indicator else None
    return ind is not None and ind.kind == "index"


def _lead_period(ctx: _Ctx, skip_asof: bool = False) -> str | None:
    """The first period the title and lead state (``skip_asof``: a reporting period, not a reading's date)."""
    return _lead_mention(ctx, skip_asof)[0]


def _lead_mention(ctx: _Ctx, skip_asof: bool = False) -> tuple[str | None, int]:
    """``_lead_period`` and where it is stated (-1 when none is)."""
    lead_end = _lead_end(ctx, 3)
    for p in ctx.pers:
        if p.start >= lead_end:
            break
        if _plain(p) and p.value and not (skip_asof and p.kind == "asof"):
            sent = _containing(ctx.sentences, p.start) or (0, lead_end)
            val = _resolve(p, ctx, sent)
            if val:
                return val, p.start
    return None, -1


def _title_year(ctx: _Ctx) -> int | None:
    """A year stated in the first lines (title, sapo), when no figure has one of its own."""
    lead_end = _lead_end(ctx, 2)
    pers = [p for p in ctx.pers if p.start < lead_end and p.year and _plain(p)]
    # (an index's edition named in the title outweighs an award's year before it: "… nhận giải thưởng năm 2024 nhờ
    # PGI 2023 xếp thứ 3")
    editions = [p for p in pers[:3] if _edition_label(ctx, p)]
    pers = editions or pers
    return pers[0].year if pers else None


_EDITION_YEAR_GAP = re.compile(r"\)?\s*(?:năm\s*)?")


def _edition_label(ctx: _Ctx, p: PeriodMention) -> bool:
    """A year naming an index's edition: right after the index's name ("PGI 2023", "(PCI) năm 2023")."""
    return any(m.indicator.kind == "index" and m.end <= p.start
               and _EDITION_YEAR_GAP.fullmatch(ctx.norm[m.end:p.start]) for m in ctx.inds)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def link_facts(text: str, facts: list[Any], sentences: list[tuple[int, int]], *,
               published: _dt.date | None, province_hint: str | None, use_model: bool = True,
               model: Any = None) -> None:
    """Fill indicator, location, place, province_now and period of each fact in place.

    ``text`` is the NFC article text, ``sentences`` its sentence spans, ``published`` the publication
    date (relative periods and the province names of the era depend on it), ``province_hint`` the source's
    province when known. ``use_model=False`` runs the rules alone (for ablation in eval); ``model`` is the
    loaded models (``extract.ner.predict.Models``) to use instead of ``models/ner`` (cross-validation trains
    them per fold).
    """
    if not facts:
        return
    if isinstance(published, _dt.datetime):
        published = published.date()
    norm = normalize_for_matching(text)
    sentences = sorted(sentences) if sentences else [(0, len(text))]
    ctx = _Ctx(text=text, norm=norm, sentences=sentences, paragraphs=_paragraphs(text), published=published,
               home=None)
    if use_model:
        model = model if model is not None else _load_models()
        ctx.recogniser = model.entities if model is not None else None
    ctx.places = _Spans(_mark_venues(ctx, gazetteer.find_places(text, norm, published,
                                                                home=_hint_era(province_hint, published))))
    ctx.home = _article_home(ctx, province_hint)
    if ctx.home and ctx.home != NATIONAL:
        # District names shared by several provinces resolve to the article's own province.
        ctx.places = _Spans(_mark_venues(ctx, gazetteer.find_places(text, norm, published, home=ctx.home)))
    # ("được xây dựng theo cấu trúc của GII, gồm 52 chỉ số": the index another one is modelled on is no subject)
    # ("môi trường kinh doanh của Thanh Hóa": a province's business climate, not the World Bank's ranking)
    found = indicators.find_indicators(text, norm)
    ctx.alongside = [m for m in found if _RELEASED_ALONGSIDE.search(norm, max(0, m.start - 40), m.start)]
    ctx.inds = [m for m in found
                if not _MODELLED_ON.search(norm, max(0, m.start - 120), m.start) and m not in ctx.alongside
                and not (norm[m.start:m.end] == "môi trường kinh doanh"
                         and _CLIMATE_WORK.search(norm, max(0, m.start - 20), m.start))
                and not (m.indicator.scope == "national" and _of_a_province(ctx, m.end))]
    ctx.index_heads = _index_headings(ctx)
    ctx.sections = _section_scopes(ctx)
    ctx.pers = _Spans(periods.find_periods(norm, published=published))
    ctx.period_heads = _period_headings(ctx)
    lead_end = _lead_end(ctx, 2)
    lead_idx = {m.indicator.id: m.indicator for m in ctx.inds if m.start < lead_end and m.indicator.kind == "index"}
    ctx.article_index = next(iter(lead_idx.values())) if len(lead_idx) == 1 else None
    if ctx.article_index is None and ctx.paragraphs:
        # The headline names the index the article is about, even when the lead mentions a second one.
        # (the title, not a dateline or site banner above it: "Thứ Sáu, 10/05/2024 - 07:15 | Lượt xem: 2.315")
        head = _headline(ctx)
        head_idx = {m.indicator.id: m.indicator for m in ctx.inds if head and head[0] <= m.start < head[1]
                    and m.indicator.kind == "index"}
        ctx.article_index = next(iter(head_idx.values())) if len(head_idx) == 1 else None

    ordered = sorted(facts, key=lambda f: f.start)
    ctx.facts = ordered
    ctx.fact_ends = [f.end for f in ordered]
    ctx.fact_starts = [f.start for f in ordered]
    ctx.appositives = _appositives(ctx)
    ctx.pers = _Spans(_appositive_periods(ctx))
    ctx.title_year = _title_year(ctx)
    # a headline: a short first line that is not a sentence (titles carry no final full stop)
    heads = [pa for pa in ctx.paragraphs[:2] if pa[1] - pa[0] <= 150 and not text[pa[0]:pa[1]].rstrip().endswith(".")]
    in_head = [p for p in ctx.pers if p.year and _plain(p) and any(a <= p.start < b for a, b in heads)]
    ctx.headline_year = next((p.year for p in [p for p in in_head if _edition_label(ctx, p)] or in_head), None)
    if lead_idx and published is not None and ctx.title_year == published.year - 1:
        ctx.edition_year = ctx.title_year
    sent_of = {id(f): _containing(sentences, f.start) or _containing(ctx.paragraphs, f.start) or (0, len(text))
               for f in ordered}
    linked: list[tuple[Any, str]] = []
    picked: dict[int, indicators.Indicator | None] = {}
    unsure: list[Any] = []
    for fact in ordered:
        sent = sent_of[id(fact)]
        ctx.weak_indicator = False
        ind = _pick_indicator(ctx, fact, sent, linked)
        picked[id(fact)] = ind
        fact.indicator = ind.id if ind else None
        linked.append((fact, fact.indicator or ""))
        if (ind is None or ctx.weak_indicator) and fact.kind in _MODEL_KINDS:
            unsure.append(fact)
    # The classifier can only answer with an index id: in an article that names no index at all (a budget or
    # GDP report) every answer but NONE would be wrong, so it is not asked — most of its cost on such articles.
    by_rules = dict(picked)
    # Nor about a figure whose rule already chose the only index the article names: the classifier may answer
    # only with a named index other than the rule's (see _model_indicators), so it could change nothing.
    named = {m.indicator.id for m in ctx.inds}
    unsure = [f for f in unsure if picked[id(f)] is None or named - {picked[id(f)].id}]
    if use_model and unsure and any(m.indicator.kind == "index" for m in ctx.inds):
        _model_indicators(ctx, unsure, picked, model, named)
    for fact in ordered:
        sent = sent_of[id(fact)]
        ind = picked[id(fact)]
        fact.indicator = ind.id if ind else None
        # An index the classifier put in does not make the figure national on its own ("nâng tỷ lệ hồ sơ trực
        # tuyến toàn trình lên 80%" guessed EGDI in a province's plan): where is read from the rules' answer.
        loc, place, now = _pick_location(ctx, fact, sent, by_rules[id(fact)])
        fact.location, fact.place = loc, place
        fact.province_now = now if now is not None else gazetteer.province_now(loc)

    # Periods in two passes: first what each sentence states outright (implicit years deferred), which
    # gives the article's prevailing year; then implicit years, paragraph inheritance and the article's
    # reporting period for the rest.
    ctx.defer_implicit = True
    stated: dict[int, str | None] = {}
    for fact in ordered:
        if fact.role != "level":
            continue  # (only the levels' periods make the article's year)
        sent = sent_of[id(fact)]
        stated[id(fact)] = None if _asof_unknown_near(ctx, fact, sent) else _period_evidence(ctx, fact, sent)[0]
    level_periods = [v for f in ordered if f.role == "level" and (v := stated[id(f)])]
    years = [int(m.group(0)) for v in level_periods if (m := _YEAR_DIGITS.search(v))]
    ctx.doc_year = ctx.title_year or (Counter(years).most_common(1)[0][0] if years else None)
    ctx.defer_implicit = False
    decided = []
    undated: set[int] = set()
    decided_other: list[str] = []  # of figures that are no index's result (GRDP, budget, dossier counts)
    by_index: dict[str, list[str]] = {}
    heads = ctx.period_heads
    # "Kết quả đánh giá quý II/2024" heading a section: its figures are that quarter's, and they do not
    # make the article's reporting period
    heading_period = {id(f): next((v for at, v in reversed(heads) if at <= f.start), None) for f in ordered}
    for f in ordered:
        at = next((at for at, _ in reversed(heads) if at <= f.start), None)
        if heading_period[id(f)] and f.role != "target" and _GOAL_HEADING.match(ctx.norm, at):
            # "Mục tiêu năm 2025" heading the goals: "hiện bình quân vùng mới đạt 5,8 điểm" under it is no goal
            heading_period[id(f)] = None
    ctx.primaries = {}
    for fact in ordered:
        sent = sent_of[id(fact)]
        if _asof_unknown_near(ctx, fact, sent):
            fact.period = None
            continue
        ctx.ahead = fact.role == "target"
        value = _period_evidence(ctx, fact, sent)[0]
        if value is None:
            value = _inherited_period(ctx, fact, sent)
        ctx.ahead = False
        if value is None:
            undated.add(id(fact))
        fact.period = value
        # (a goal's deadline is no reporting period: "Đến năm 2025, … đạt trên 80%" closing an article on 2021)
        if value is not None and heading_period[id(fact)] is None and fact.role != "target":
            decided.append(value)
            if fact.indicator and fact.role == "level":
                by_index.setdefault(fact.indicator, []).append(value)
            if not _index_fact(fact):
                decided_other.append(value)
    ctx.primaries = None
    # The article's reporting period: a January review conference reports last year's figures even in
    # paragraphs that do not repeat the year.
    fallback = None
    if decided:
        top, n = Counter(decided).most_common(1)[0]
        if n >= 2 and n * 5 >= len(decided) * 2:
            fallback = top
        # ("Tính đến ngày 15/9/2025, …" leading, the country's "đến giữa tháng 9" later: one reading time, and the
        # day says it more exactly than the month)
        if fallback is not None and len(fallback) == 7:
            days = Counter(v for v in decided if v.startswith(fallback + "-") and _ISO_DAY.fullmatch(v))
            if days and days.most_common(1)[0][1] >= 2:
                fallback = days.most_common(1)[0][0]
    if fallback is None:
        # Else the period the title/lead announces ("6 tháng đầu năm 2025 ...").
        fallback = _lead_period(ctx)
    lead, lead_at = _lead_mention(ctx, skip_asof=True)
    if fallback is not None and lead is not None and fallback != lead and _earlier_part(fallback, lead):
        # "GRDP 9 tháng tăng 10,22%" in the title, then a paragraph "Nhìn lại 6 tháng đầu năm, …" whose many figures
        # outvote the rest: a look back at an earlier part of the year the report covers; the report's period stays
        fallback = lead
    first_asof = None
    if fallback is not None and _ISO_DAY.fullmatch(fallback) and lead and lead != fallback:
        # "Tính đến hết tháng 6/2024, …" heading the stocks of a report on "6 tháng đầu năm 2024": the figures
        # before that reading (in the body) are the reporting period's
        head = _headline(ctx)
        body = head[1] if head else 0
        first_asof = next((p.start for p in ctx.pers if p.value == fallback and p.start >= body), None)
        if first_asof is not None and lead_at > first_asof:
            # (not "Tính đến hết tháng 11/2024, … đạt 75,8%. Số liệu báo cáo tại hội nghị quý IV": the reading opens
            # the lead, and a title rounding its figure takes its date)
            first_asof = None
    # An index's undated figures take the time its dated results have ("Tính đến 17 giờ ngày 14/3" over a list of
    # Bộ chỉ số 766 group scores), not a week's dossier counts that outnumber them elsewhere in the article.
    index_time = {}
    for ind_id, vals in by_index.items():
        top, n = Counter(vals).most_common(1)[0]
        if n >= 2 and n * 2 > len(vals) and (ind := indicators.get(ind_id)) is not None and ind.kind == "index":
            index_time[ind_id] = top
    # "Nhìn lại năm 2024: … GRDP ước tăng 13,85%, … các bộ chỉ số công bố trong năm": in a year-end review the
    # editions of 2023 outnumber the economy's figures of 2024, whose undated ones keep the economy's year.
    other_time = None
    if decided_other and fallback is not None:
        top, n = Counter(decided_other).most_common(1)[0]
        if top != fallback and n >= 3 and n * 2 > len(decided_other) and not fallback.startswith(top + "-") \
                and not (lead is not None and top != lead and _earlier_part(top, lead)):
            other_time = top
    for fact in ordered:
        if fact.period is None and not _asof_unknown_near(ctx, fact, sent_of[id(fact)]):
            early = first_asof is not None and fact.start < first_asof
            if not early and first_asof is not None and ".." in lead \
                    and (para := _containing(ctx.paragraphs, fact.start)) \
                    and not any(p.value == fallback for p in _in(ctx.pers, para[0], fact.start)):
                # "… giải ngân tính đến ngày 31/10 mới đạt 48,6% …" then a paragraph on the revenue by former
                # province: a reading on one day dates the paragraphs that take it, not a later one on the report's
                # flows, which keeps the report's period
                early = True
            own = index_time.get(fact.indicator or "") if fact.role != "target" else None
            if own is None and other_time is not None and fact.role != "target" and not _index_fact(fact):
                own = other_time
            fact.period = heading_period[id(fact)] or (lead if early else (own or fallback))
    reporting = fallback or lead
    if reporting:
        for fact in ordered:
            sent = sent_of[id(fact)]
            if fact.role == "target":
                continue
            comma = _clause(ctx.norm, *sent, fact.start, seps=",;")
            if _SAME_PERIOD_LAST_YEAR.match(ctx.norm, sent[0]) and not _in(ctx.pers, comma[0], fact.start):
                # "Cùng kỳ năm trước, kinh tế tỉnh giảm 9,2%": the reporting period, a year earlier
                fact.period = _YEAR_DIGITS.sub(lambda m: str(int(m.group(0)) - 1), reporting)
            elif (same := (_SAME_PERIOD_OF_YEAR.search(ctx.norm, comma[0], fact.start)
                           or _SAME_PERIOD_OPENING.match(ctx.norm, sent[0], fact.start))) is not None \
                    and _YEAR_DIGITS.search(reporting):
                # "Cùng kỳ năm 2024, Bắc Giang tăng 14,14%", "Riêng khu vực X cũ, cùng kỳ năm 2024 xuất khẩu mới
                # đạt 12,6 tỷ USD": the reporting period (6 tháng đầu năm 2025) of that year
                fact.period = _YEAR_DIGITS.sub(same.group(1), reporting)
    _heading_figures(ctx, ordered, undated)
    _title_figures(ctx, ordered, undated)
    _from_to_periods(ctx, ordered, sent_of)
    _streak_periods(ctx, ordered, sent_of)
    _held_since_last_edition(ctx, ordered, sent_of)
    _dated_change_ranges(ctx, ordered, sent_of)
    _rank_of_a_change(ctx, ordered, sent_of)
    _rest_of_year_targets(ctx, ordered, sent_of)


_PART_OF_YEAR = re.compile(r"(\d{4})-(?:H([12])|Q([1-4])|01\.\.\d{4}-(\d{2}))")


def _earlier_part(part: str, whole: str) -> bool:
    """Whether ``part`` is a part of a year (a half, a quarter, January to a month) ending before ``whole``, a longer
    part of the same year that starts in January (``2025-H1`` in ``2025-01..2025-09``)."""
    a, b = _PART_OF_YEAR.fullmatch(part), _PART_OF_YEAR.fullmatch(whole)
    if a is None or b is None or a.group(1) != b.group(1) or b.group(3) not in (None, "1"):
        return False

    def bounds(m: re.Match[str]) -> tuple[int, int]:
        if m.group(2):
            return (1, 6) if m.group(2) == "1" else (7, 12)
        if m.group(3):
            q = int(m.group(3))
            return 3 * q - 2, 3 * q
        return 1, int(m.group(4))

    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    return b0 == 1 and b0 <= a0 and a1 < b1


def _heading_figures(ctx: _Ctx, ordered: list[Any], undated: set[int]) -> None:
    """An undated figure in a sub-heading repeats one of the section under it ("Quy mô kinh tế vươn lên thứ 12"
    over "… đứng thứ 12 cả nước"; "Gần 1,9 triệu hồ sơ …" over "1.874.300 hồ sơ"): it takes that figure's period."""
    lines = _heading_lines(ctx)
    for i, (lo, hi) in enumerate(lines):
        end = lines[i + 1][0] if i + 1 < len(lines) else len(ctx.text)
        body = [f for f in ordered if hi <= f.start < end]
        if not body or body[0].period is None:
            continue
        # (the repeated figure dated like the section's first one: not "Ngân hàng Nhà nước trở lại vị trí số 1"
        # over "… 86,18%. … Bộ Tư pháp, đơn vị xếp thứ nhất năm 2023, …", a look back)
        for fact in (f for f in ordered if lo <= f.start < hi and id(f) in undated):
            if any(f.kind == fact.kind and f.role == fact.role and f.period == body[0].period
                   and _close(getattr(f, "value", None), getattr(fact, "value", None)) for f in body):
                fact.period = body[0].period


def _title_figures(ctx: _Ctx, ordered: list[Any], undated: set[int]) -> None:
    """An undated figure in the title repeats one the article dates ("Giải ngân đầu tư công đạt 55,3%" over "Đến
    ngày 23/10, … giải ngân đạt 55,3%"): it takes that figure's period, not the article's reporting period."""
    head = _headline(ctx)
    if head is None:
        return
    lead_end = _lead_end(ctx, 2)  # (the title repeats its lead, not any figure of the article)
    # (so does one dated only by another clause of the title: "Thu ngân sách 10 tháng ước hơn 26.400 tỷ đồng, giải
    # ngân đầu tư công mới 48,6%" over "giải ngân … tính đến ngày 31/10 mới đạt 48,6%")
    for fact in (f for f in ordered if head[0] <= f.start < head[1]
                 and (id(f) in undated or not _in(ctx.pers, *_clause(ctx.norm, *head, f.start, seps=",;")))):
        same = next((f for f in ordered if head[1] <= f.start < lead_end and id(f) not in undated
                     and f.kind == fact.kind and f.role == fact.role and f.period
                     and getattr(f, "value", None) == getattr(fact, "value", None) is not None), None)
        # (a figure dated by the title's other clause takes only a reading's day: not "chỉ kém ngôi đầu" over a lead's
        # "Sau 7 năm liên tiếp đứng đầu (2017-2023)")
        if same is not None and (id(fact) in undated or _ISO_DAY.fullmatch(same.period)):
            fact.period = same.period


def _close(a: Any, b: Any) -> bool:
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return a == b or (a > 0 and b > 0 and abs(a - b) <= 0.05 * max(a, b))


_ANNUAL_PLAN = re.compile(r"(?<!\w)(?:dự toán|kế hoạch năm|chỉ tiêu năm|kế hoạch cả năm)(?!\w)")


_PART_BEFORE_YEAR_END = re.compile(
    r"(\d{4})-(?:H1|Q[1-3]|01\.\.\d{4}-(?:0\d|1[01])|(?:0\d|1[01])-\d{2}|12-(?:[0-2]\d|30))")
_WITHIN_YEAR = re.compile(r"(\d{4})-(?:H[12]|Q[1-4]|\d{2}\.\.\d{4}-\d{2})")
_LAST_PART_OF_YEAR = re.compile(r"(\d{4})-(?:H2|Q4|\d{2}\.\.\d{4}-12)")
_STILL_TO_ADD = re.compile(r"(?<!\w)thêm(?:\s+(?:khoảng|gần|hơn|trên|ít nhất))?\s*$")
_YEAR_END_WORDS = re.compile(r"(?<!\w)(?:tháng cuối năm|cuối năm)(?!\s*(?:/|năm)?\s*\d)")


def _rest_of_year_targets(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """"Ba tháng cuối năm, thị xã phấn đấu giải ngân trên 95%" in October: a goal for the rest of the year takes
    the plan year (the year's remaining months lie ahead, not in last year)."""
    if ctx.published is None:
        return
    for fact in ordered:
        if fact.role != "target":
            continue  # every reading below is of a goal
        # (or a reading before the year's end: "Đến hết tháng 6/2025, … bằng 46,1% dự toán 15.500 tỷ đồng")
        part = _PART_BEFORE_YEAR_END.fullmatch(fact.period or "")
        if part and _ANNUAL_PLAN.search(ctx.norm, max(0, fact.start - 40), fact.start):
            # "bằng 51,8% dự toán HĐND tỉnh giao (23.600 tỷ đồng)" in a half-year report: the year's budget
            fact.period = part.group(1)
            continue
        whole = _WITHIN_YEAR.fullmatch(fact.period or "")
        if whole and _ASSIGNED_AFTER.match(ctx.norm, fact.end):
            # "9 tháng đạt 52,3%, chưa đạt chỉ tiêu 60% tỉnh giao": a target assigned from above is the year's
            fact.period = whole.group(1)
            continue
        if whole and _PLAN_AFTER.match(ctx.norm, fact.end):
            # "phấn đấu quý IV …, giải ngân 100% kế hoạch vốn đầu tư công": a share of the year's plan
            fact.period = whole.group(1)
            continue
        if not _LAST_PART_OF_YEAR.fullmatch(fact.period or ""):
            continue
        sent = sent_of[id(fact)]
        # (a quarter's own goal stays that quarter's: "phấn đấu quý IV tăng trưởng từ 8% trở lên"; so does growth or
        # an amount still to add over those months: "6 tháng cuối năm GRDP phải tăng 8,64%", "nửa cuối năm còn phải
        # thu thêm khoảng 7.684 tỷ đồng")
        if _YEAR_END_WORDS.search(ctx.norm[sent[0]:sent[1]]) and fact.direction is None \
                and not _STILL_TO_ADD.search(ctx.norm, max(sent[0], fact.start - 20), fact.start):
            fact.period = str(ctx.published.year)
    for fact in ordered:
        sent = sent_of[id(fact)]
        if fact.role == "target" and _FOR_THE_YEAR.match(ctx.norm, fact.end, _clause(ctx.norm, *sent, fact.end)[1]):
            # "thấp hơn mục tiêu 50% UBND tỉnh đặt ra cho cả năm", "mục tiêu 60% của năm": the plan year
            year = _year_of(fact.period) or ctx.published.year
            fact.period = str(year)


_PLAN_AFTER = re.compile(r"\s*(?:kế hoạch|dự toán)(?!\w)")
_ASSIGNED_AFTER = re.compile(r"\s*(?:(?:do|mà|được)\s*)?(?:ubnd\s*|hđnd\s*)?"
                             r"(?:tỉnh|thành phố|huyện|trung ương|chính phủ|thủ tướng|cấp trên)\s*(?:đã\s*)?giao(?!\w)"
                             r"(?!\s*(?:dịch|thông|tiếp|nhận|lưu|hàng))")
_FOR_THE_YEAR = re.compile(r"[^,;.()]{0,30}?(?<!\w)(?:của|cho)\s*(?:cả\s*)?năm"
                           r"(?!\s*(?:\d|nay|này|sau|tới|trước|ngoái|qua|thứ|kế|đầu|cuối))(?!\w)")


_SAME_PERIOD_LAST_YEAR = re.compile(r"\W*(?:trong\s+)?cùng kỳ năm (?:trước|ngoái)\s*,")
_SAME_PERIOD_OF_YEAR = re.compile(r"(?<!\w)(?<!so với )cùng kỳ năm ((?:19|20)\d\d)(?!\d)")
_SAME_PERIOD_OPENING = re.compile(r"\W*(?:trong\s+)?cùng kỳ năm ((?:19|20)\d\d)(?!\d)")


def _heading_lines(ctx: _Ctx) -> list[tuple[int, int]]:
    """Sub-heading lines after the title: short, with no final punctuation, no bullet, no dateline (a closing
    bracket is allowed: "1. Chỉ số cải cách hành chính (PAR INDEX)"; a caption in brackets is not)."""
    out = []
    head = _headline(ctx)
    for lo, hi in ctx.paragraphs:
        line = ctx.text[lo:hi].strip()
        if head is None or lo <= head[0] or len(line) > 110 or line.endswith((".", ":", ";", ",")) \
                or line.startswith("(") or _BULLET.match(ctx.text, lo) or page.ABOVE_TITLE.match(line) \
                or page.is_caption(line):
            continue
        out.append((lo, hi))
    return out


def _index_headings(ctx: _Ctx) -> list[tuple[int, indicators.Indicator | None]]:
    """(start, index) of each sub-heading: the one index it names, else None (which closes the previous scope)."""
    out: list[tuple[int, indicators.Indicator | None]] = []
    for lo, hi in _heading_lines(ctx):
        named = {m.indicator.id: m.indicator for m in _in(ctx.inds, lo, hi) if m.indicator.kind == "index"}
        out.append((lo, next(iter(named.values())) if len(named) == 1 else None))
    return out


def _period_headings(ctx: _Ctx) -> list[tuple[int, str | None]]:
    """(start, period) of each sub-heading line after the title: a short line with no final punctuation. A
    heading naming no period closes the previous one's scope."""
    out: list[tuple[int, str | None]] = []
    head = _headline(ctx)
    for lo, hi in ctx.paragraphs:
        line = ctx.text[lo:hi].strip()
        if head is None or lo <= head[0] or len(line) > 110 or line.endswith((".", ":", ";", ",", ")")) \
                or _BULLET.match(ctx.text, lo) or page.ABOVE_TITLE.match(line):
            continue
        pers = [p for p in _in(ctx.pers, lo, hi) if _plain(p) and p.value and not p.implicit_year]
        out.append((lo, pers[-1].value if pers else None))
    return out


_GAP_TO_PEER = re.compile(r"(?<!\w)(?:cao|thấp)\s*hơn\s*(?:mức\s*)?"
                          r"(?:bình quân|trung bình|mặt bằng|cả nước|toàn quốc)(?!\w)")


def _dated_change_ranges(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """"So với thời điểm ngày 14/6, … tăng 3,33 điểm" read on 19/7: a change between two readings spans them,
    and so do the article's other changes read on the same day; "tăng từ 14,6 lên 17,1" starts at the
    earlier reading."""
    spans: dict[str, str] = {}
    for fact in ordered:
        if fact.role != "change" or not _ISO_DAY.fullmatch(fact.period or ""):
            continue
        sent = sent_of[id(fact)]
        # (the base before the change or after it in its clause: "tăng 4 bậc so với thời điểm cuối năm 2023")
        upto = _clause(ctx.norm, sent[0], sent[1], fact.start, seps=",;")[1]
        bases = [p for p in _in(ctx.pers, sent[0], upto) if p.comparison and p.kind in ("asof", "day")
                 and _ISO_DAY.fullmatch(p.value or "") and p.value < fact.period]
        if bases:
            spans.setdefault(fact.period, bases[-1].value)
    if not spans:
        return
    for i, fact in enumerate(ordered):
        if fact.period not in spans:
            continue
        if fact.role == "change":
            sent = sent_of[id(fact)]
            if _GAP_TO_PEER.search(ctx.norm, _clause(ctx.norm, sent[0], sent[1], fact.start, seps=",;")[0], fact.start):
                # "Cao hơn bình quân cả nước gần 20 điểm phần trăm": a gap to a peer at the reading, no change since
                continue
            fact.period = f"{spans[fact.period]}..{fact.period}"
        elif fact.kind in ("score", "rank", "percent"):
            sent = sent_of[id(fact)]
            span = next((sp for sp in _from_to_spans(ctx, sent) if sp[0] <= fact.start < sp[1]), None)
            if span is not None and any(f.start >= span[1] and f.kind == fact.kind and sent_of[id(f)] == sent
                                        for f in ordered[i + 1:]):
                fact.period = spans[fact.period]


_YEAR_OF_PERIOD = re.compile(r"(\d{4})(?:-[^.]*)?$")


def _year_of(period: str | None) -> int | None:
    m = _YEAR_OF_PERIOD.search(period or "")
    return int(m.group(1)) if m else None


def _from_to_periods(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """"tăng 4 bậc, từ vị trí 57 lên 53": the earlier rank is the previous edition's when the text does not
    date it, and the change is dated like the rank it ends on."""
    for i, fact in enumerate(ordered):
        sent = sent_of[id(fact)]
        span = next((sp for sp in _from_to_spans(ctx, sent) if sp[0] <= fact.start < sp[1]), None)
        if span is None or fact.kind not in ("rank", "score"):
            continue
        end = next((f for f in ordered[i + 1:] if f.start >= span[1] and f.kind == fact.kind
                    and sent_of[id(f)] == sent), None)
        if end is None or not _YEAR_DIGITS.fullmatch(end.period or ""):
            continue
        dated = any(span[0] <= p.start < span[1] and not p.comparison and p.value for p in ctx.pers)
        if not dated:
            fact.period = str(int(end.period) - 1)
        change = next((f for f in reversed(ordered[:i]) if f.role == "change" and f.kind == fact.kind
                       and re.fullmatch(r"\s*,?\s*", ctx.norm[f.end:span[0]])), None)
        if change is not None:
            change.period = end.period
    for i, fact in enumerate(ordered[:-1]):
        nxt = ordered[i + 1]
        if fact.role == "change" and fact.kind == "rank" and nxt.kind == "rank" and nxt.role == "level" \
                and nxt.period and _UP_TO.fullmatch(ctx.norm, fact.end, nxt.start):
            # "sau cú nhảy 21 bậc lên thứ 14 ở SIPAS 2022": a climb is dated like the rank it reaches
            fact.period = nxt.period


_UP_TO = re.compile(r"\s*,?\s*(?:để\s*)?(?:lên|xuống|về)\s*(?:vị trí\s*|hạng\s*)?")


_SAME_AS_BEFORE = re.compile(r"(?<!\w)(?:tiếp tục|vẫn|giữ vững|giữ)(?!\w)[^,;]*?(?<!\w)như\s*(?:năm trước|năm ngoái|"
                             r"kỳ trước|lần trước)(?!\w)")


_GOAL_HEADING = re.compile(r"\W*(?:mục tiêu|chỉ tiêu|phương hướng|nhiệm vụ|kế hoạch|định hướng)(?!\w)")
_KEPT = re.compile(r"(?<!\w)giữ nguyên(?!\w)")
_KEPT_AFTER = re.compile(r"(?:[^,;.()]|[,.](?=\d))*?,\s*(?:và\s*)?giữ nguyên\s*(?:vị trí|thứ hạng|hạng)(?!\w)")


def _streak_periods(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """"năm thứ bảy liên tiếp giữ vị trí quán quân": a rank held N years running covers the N years to its own."""
    for fact in ordered:
        if fact.role != "level" or (fact.period and ".." in fact.period):
            continue
        sent = sent_of[id(fact)]
        comma = _clause(ctx.norm, sent[0], sent[1], fact.start, seps=",;")
        if fact.kind != "rank":
            # "lần thứ hai liên tiếp cả 63/63 địa phương đều đạt trên 80%": other levels held over a streak
            # named before them in their clause
            # (not "năm thứ ba liên tiếp dẫn đầu … với 0,8002 điểm": the streak is the rank's)
            clause = _clause(ctx.norm, sent[0], sent[1], fact.start)
            streak = [p for p in _in(ctx.pers, clause[0], fact.start) if p.kind == "streak" and p.streak
                      and not _RANKED.search(ctx.norm, p.end, fact.start)
                      # nor "dẫn đầu năm thứ bảy liên tiếp với 71,25 điểm": the streak held is the rank's
                      and not _RANKED.search(ctx.norm, max(clause[0], p.start - 25), p.start)
                      and not re.search(r",\s*(?:trong đó|riêng|còn|nhưng|song)(?!\w)", ctx.norm[p.end:fact.start])]
            year = _year_of(fact.period) or ctx.title_year or ctx.doc_year
            if streak and year is not None and streak[-1].streak > 1:
                fact.period = f"{year - streak[-1].streak + 1}..{year}"
            continue
        clause = _clause(ctx.norm, sent[0], sent[1], fact.start)
        if _SAME_AS_BEFORE.search(ctx.norm, clause[0], clause[1]) and _year_of(fact.period) is not None \
                and ctx.norm[fact.end:clause[1]].lstrip().startswith("như"):
            # "Hà Nội tiếp tục giữ vị trí thứ ba như năm trước": held over the two editions
            fact.period = f"{_year_of(fact.period)}..{_year_of(fact.period) + 1}"
            continue
        kept_after = _KEPT_AFTER.match(ctx.norm, fact.end, sent[1])
        if (_KEPT.search(ctx.norm, comma[0], fact.start) or (
                # "Hà Nội đứng thứ 3 với 91,43%, giữ nguyên vị trí của năm trước": the next clause says it was kept
                kept_after is not None and not any(fact.end <= f.start < kept_after.end() and f.kind == "rank"
                                                   for f in ordered))) and (y := _year_of(fact.period)) is not None:
            # "TP Hồ Chí Minh và Hải Phòng giữ nguyên các vị trí thứ hai và thứ ba": held since the previous edition
            fact.period = f"{y - 1}..{y}"
            continue
        streak = [p for p in _in(ctx.pers, comma[0], comma[1]) if p.kind == "streak" and p.streak]
        if not streak:
            # "Vị trí số 1 … tiếp tục thuộc về Quảng Ninh, năm thứ bảy liên tiếp": a streak closing the sentence
            # with no other figure between (nor one after it in its clause: "xếp thứ 4/63, năm thứ hai liên tiếp
            # nằm trong tốp 5" is the top group's streak)
            streak = [p for p in _in(ctx.pers, fact.end, sent[1]) if p.kind == "streak" and p.streak
                      and not any(fact.end <= f.start < p.start for f in ordered)
                      and not any(p.end <= f.start < _clause(ctx.norm, sent[0], sent[1], p.start, seps=",;")[1]
                                  for f in ordered)][:1]
        span = next((p for p in ctx.pers if streak and 0 <= p.start - streak[0].end <= 3
                     and re.fullmatch(r"\d{4}\.\.\d{4}", p.value or "")), None)
        if span is not None:
            # "Quảng Ninh, quán quân suốt bảy kỳ liên tiếp 2017-2023, lùi xuống thứ hai": the years the streak names
            fact.period = span.value
            continue
        year = _year_of(fact.period) or ctx.title_year or ctx.doc_year
        if streak and year is not None and streak[0].streak > 1:
            fact.period = f"{year - streak[0].streak + 1}..{year}"


# "Ba vị trí dẫn đầu không thay đổi so với PII 2023: …": the figures of the sentence held since that edition
_UNCHANGED_SINCE = re.compile(r"(?<!\w)(?:không|không hề|chẳng)\s*(?:có\s*)?(?:sự\s*)?(?:thay đổi|đổi)\s*"
                              r"so\s*với(?!\w)")
# "Bình Dương giữ hạng 8": the rank it had before (not "giữ vị trí thứ hai", which the corpus dates to the edition)
_KEPT_RANK = re.compile(r"(?<!\w)giữ\s*(?:hạng\s*)?$")
# "9 trong 10 địa phương … đã có mặt trong nhóm này ở lần công bố trước": units present in both editions
_PRESENT_BEFORE = re.compile(r"[^.;:]*?(?<!\w)(?:đã|vẫn|cũng)\s*(?:có mặt|nằm|góp mặt)(?!\w)[^.;:]*?"
                             r"(?<!\w)(?:lần|kỳ)\s*(?:công bố|xếp hạng|đánh giá|khảo sát)?\s*trước(?!\w)")


def _held_since_last_edition(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """Levels an annual edition says were held since the previous one span both editions: a list after "không
    thay đổi so với PII 2023", "giữ hạng 8", a count of units "đã có mặt … ở lần công bố trước"."""
    unchanged = {}
    for m in _UNCHANGED_SINCE.finditer(ctx.norm):
        sent = _containing(ctx.sentences, m.start())
        base = next((p for p in _in(ctx.pers, m.end(), m.end() + 30) if p.comparison
                     and _YEAR_DIGITS.fullmatch(p.value or "")), None) if sent else None
        if base is not None:
            unchanged[sent] = int(base.value)
    for fact in ordered:
        if fact.role != "level" or fact.kind not in ("rank", "count") or not _YEAR_DIGITS.fullmatch(fact.period or ""):
            continue
        y = int(fact.period)
        sent = sent_of[id(fact)]
        since = unchanged.get(sent)
        if since is not None and since < y:
            fact.period = f"{since}..{y}"
            continue
        if fact.kind == "rank":
            text = ctx.norm[max(sent[0], fact.start - 12):fact.start]
            if _KEPT_RANK.search(text) and (text.endswith("hạng ") or ctx.norm.startswith("hạng", fact.start)):
                fact.period = f"{y - 1}..{y}"
        elif _PRESENT_BEFORE.match(ctx.norm, fact.end, sent[1]):
            fact.period = f"{y - 1}..{y}"


_RISE_RANKED = re.compile(r"(?<!\w)(?:là\s*)?(?:mức|tốc độ)\s*(?:tăng|giảm)(?:\s*trưởng)?\s*$")


def _rank_of_a_change(ctx: _Ctx, ordered: list[Any], sent_of: dict[int, tuple[int, int]]) -> None:
    """"tăng 18,2 điểm phần trăm so với cuối năm 2022, mức tăng cao nhất tỉnh": the rise's rank is dated like the
    rise it ranks, the change just before it in the sentence."""
    for i, fact in enumerate(ordered):
        if i == 0 or fact.kind != "rank" or fact.role != "level":
            continue
        prev = ordered[i - 1]
        sent = sent_of[id(fact)]
        if prev.role == "change" and prev.period and sent_of[id(prev)] == sent \
                and _RISE_RANKED.search(ctx.norm, max(prev.end, fact.start - 25), fact.start) \
                and not re.search(r"[.;:()]", ctx.norm[prev.end:fact.start]):
            fact.period = prev.period


def _asof_unknown_near(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> bool:
    """``đến nay`` right before the figure in its clause: a stock at an unstated date has no period."""
    key = (fact.start, fact.end)
    if key not in ctx.asof_unknown:
        ctx.asof_unknown[key] = _asof_unknown(ctx, fact, sent)
    return ctx.asof_unknown[key]


def _asof_unknown(ctx: _Ctx, fact: Any, sent: tuple[int, int]) -> bool:
    clause = _clause(ctx.norm, sent[0], sent[1], fact.start)
    own = [p for p in _in(ctx.pers, clause[0], fact.start) if not p.comparison]
    # (so is a running total "từ năm 2021 đến nay": no date given for the stock)
    return bool(own) and (own[-1].kind == "asof_unknown" or (own[-1].kind == "since_now"
                          and fact.kind in ("count", "money")))


def _hint_era(province_hint: str | None, published: _dt.date | None) -> str | None:
    if not province_hint or province_hint == NATIONAL:
        return None
    name = gazetteer.resolve_province(province_hint) or province_hint
    return gazetteer._place_for(name, published)[0]


# The classifier is asked about index results only (money is never an index figure in the registry's sense).
_MODEL_KINDS = {"rank", "score", "percent", "count"}
# How sure the classifier must be: to fill an indicator the rules left empty, and to replace the one a rule
# chose by article-level fallback (an index named in the title, or some sentences back). Measured by
# cross-validation over dev documents (models/ner/training_report.json); see extract.ner.train.
FILL_MIN = 0.9
OVERRIDE_MIN = 0.95


def _model_indicators(ctx: _Ctx, unsure: list[Any], picked: dict[int, indicators.Indicator | None],
                      model: Any, named: set[str]) -> None:
    """Ask the trained classifier about the facts the rules were unsure of ("unsure": no indicator, or one from
    an article-level fallback rather than a name in the figure's own sentence or clause); ``named`` is the
    indices the article names, the only answers it may give."""
    try:
        from extract.ner import predict
        from extract.ner.context import fact_context, headline_span
    except ImportError:  # the model package is optional at run time; rules stand alone
        return
    nlp = model.indicator if model is not None else None
    if nlp is None:
        return
    head = headline_span(ctx.text, ctx.paragraphs)
    memo: dict = {}  # (the headline's and earlier sentences' words, read once for this article's figures)
    contexts = [fact_context(ctx.norm, ctx.sentences, head, f.start, f.end, f.kind, memo) for f in unsure]
    # (an index the article never names is no answer: "Cao Bằng đứng cuối bảng với 83,51%" in a PAR Index
    # article is not PGI, however PGI-like its wording)
    for fact, (label, prob) in zip(unsure, predict.classify(nlp, contexts), strict=True):
        rule = picked[id(fact)]
        if label == predict.NONE or (rule is not None and label == rule.id) or label not in named:
            continue
        ind = indicators.get(label)
        if ind is None:
            continue
        if (rule is None and prob >= FILL_MIN) or (rule is not None and prob >= OVERRIDE_MIN):
            picked[id(fact)] = ind


def _load_models() -> Any:
    try:
        from extract.ner import predict
    except ImportError:  # the model package is optional at run time; rules stand alone
        return None
    return predict.load_models()


# Capitalised words no dictionary pattern read, that the admin table knows as the bare name of a district or
# town ("Phú Mỹ" without its "TX."): whether they name the place (or a person, a company) is the recogniser's call.
_NAME_WORDS = re.compile(rf"(?<![\w.])[{UPPER_LETTERS}]\w*(?:\s+[{UPPER_LETTERS}]\w*){{0,2}}")


def _overlaps_place(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether a place mention overlaps ``[lo, hi)``: by bisection over the places' starts, back as far as the
    longest mention reaches."""
    places = ctx.places
    if not isinstance(places, _Spans):
        return any(p.start < hi and lo < p.end for p in places)
    if places.longest is None:
        places.longest = max((p.end - p.start for p in places), default=0)
    i = bisect_left(places.starts, lo - places.longest)
    j = bisect_left(places.starts, hi, i)
    return any(p.end > lo for p in places[i:j])


def _unread_unit_names(ctx: _Ctx, lo: int, hi: int) -> bool:
    for m in _NAME_WORDS.finditer(ctx.text, lo, hi):
        if _overlaps_place(ctx, m.start(), m.end()):
            continue
        words = m.group(0).split()
        if any(gazetteer.districts_named(" ".join(words[i:j]))
               for i in range(len(words)) for j in range(i + 2, len(words) + 1)):
            return True
    return False


def _entities(ctx: _Ctx, sent: tuple[int, int]) -> list[Any]:
    """The recogniser's spans in one sentence (asked once per sentence)."""
    if sent not in ctx.entities:
        from extract.ner.entity_model import recognise

        ctx.entities[sent] = recognise(ctx.recogniser, ctx.text, [sent])
    return ctx.entities[sent]


# Agencies whose figures are the country's: "Theo Tổng cục Thống kê, …", "VCCI cho biết …".
# (not "Chính phủ điện tử, Chính phủ số": e-government, a field of a province's index)
_NATIONAL_AGENCY = re.compile(r"(?:Bộ(?=\s+[A-ZĐ])|Tổng cục|Chính phủ(?!\s+(?:điện tử|số)(?!\w))|Quốc hội|Thủ tướng|"
                              r"Ngân hàng Nhà nước|"
                              r"Liên đoàn|VCCI|Văn phòng Chính phủ|Ban Chỉ đạo|Ủy ban Quốc gia|Uỷ ban Quốc gia)(?!\w)")
# ("Ban Chỉ đạo Đề án 06 tỉnh": a province's own body)
_LOCAL_BODY = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?!\w)")
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:theo|riêng|còn|trong đó|đồng thời|cũng theo)\s*,?\s*)?", re.IGNORECASE)


def _recognised_scope(ctx: _Ctx, fact: Any, sent: tuple[int, int], clause: tuple[int, int],
                      comma: tuple[int, int]) -> tuple[str | None, str | None, str | None] | None:
    """Where a figure is from, read from names the dictionaries' patterns missed, in a sentence that names no
    known place before it: a district or town the recogniser reads as a place and the admin table knows by its
    bare name ("Phú Mỹ đạt 11/11 tiêu chuẩn"), or a national agency as the clause's subject ("Theo Tổng cục
    Thống kê, …": the country). None when the recogniser sees neither."""
    agency_subject = any((m := _SUBJECT_LEAD.match(ctx.text, start)) and _NATIONAL_AGENCY.match(ctx.text, m.end())
                         for start in (clause[0], comma[0]))
    if not agency_subject and not _unread_unit_names(ctx, comma[0], fact.start):
        return None
    for ent in _entities(ctx, sent):
        if ent.label == "LOC" and comma[0] <= ent.start and ent.end <= fact.start \
                and not any(p.start < ent.end and ent.start < p.end for p in ctx.places):
            unit = _unit_by_name(ctx, ctx.text[ent.start:ent.end])
            if unit is not None:
                return unit
        if ent.label == "ORG" and ent.end <= fact.start and any(
                _SUBJECT_LEAD.fullmatch(ctx.text, start, ent.start) for start in (clause[0], comma[0])) \
                and _NATIONAL_AGENCY.match(ctx.text, ent.start) \
                and not _LOCAL_BODY.search(ctx.norm, ent.start, ent.end) \
                and not any(ent.start <= p.start < ent.end for p in ctx.places):
            return NATIONAL, None, NATIONAL
    return None


_UNIT_TYPE = re.compile(r"^(?:thành phố|tp\.?|thị xã|tx\.?|huyện|quận|h\.|q\.)\s*", re.IGNORECASE)


def _unit_by_name(ctx: _Ctx, surface: str) -> tuple[str | None, str | None, str | None] | None:
    """A district-level unit by its name alone, in the article's province when the name is shared."""
    name = _UNIT_TYPE.sub("", surface.strip())
    cands = gazetteer.districts_named(name)
    home_now = gazetteer.province_now(ctx.home) if ctx.home and ctx.home != NATIONAL else None
    provs = {c["province"] for c in cands}
    if len(provs) > 1 and home_now is not None:
        provs = {p for p in provs if gazetteer.province_now(p) == home_now}
    if len(provs) != 1:
        return None
    loc, now, _place, _former = gazetteer._place_for(provs.pop(), ctx.published)
    return loc, cands[0]["name"], now
