"""``extract_document``: one article's text in, contract facts out.

NFC first (every offset indexes the NFC text), then sentences, then the rules of ``extract.rules`` on the
sentences that can hold a fact at all, then linking (location, period, indicator) by ``extract.linking``
when that package provides ``link_facts``. Without it those fields stay None, which the contract allows.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re

from extract import __version__
from extract.normalize import nfc, normalize_for_matching
from extract.numbers import detect_style
from extract.rules import Candidate, sentence_candidates
from extract.tokenize import split_sentences
from vnmetrics.contract import Fact

log = logging.getLogger(__name__)

# A sentence can hold a fact only with a digit, a number word or a digit-free rank phrase.
_CAN_HOLD = re.compile(
    r"\d|dẫn đầu|đứng đầu|xếp đầu|ngôi|quân|về nhất|trên cùng|đầu bảng|cao nhất|đầu tiên|thứ (?:nhất|nhì|tư)|"
    r"(?<![^\W\d_])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_])"
)


_LIST_ITEM = re.compile(r"^\s*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])\s")
_GOAL_HEADER = re.compile(r"(?<![^\W\d_])(?:chỉ tiêu|mục tiêu|phấn đấu|kế hoạch|nhiệm vụ|yêu cầu đến)(?![^\W\d_])")
# "các chỉ tiêu chủ yếu 9 tháng" heads a list of results (key indicators), not of goals; so does a header
# that says it reports ("tóm tắt", "kết quả", "ước đạt").
_KEY_INDICATORS = re.compile(r"chỉ tiêu (?:kinh tế - xã hội |kinh tế, xã hội )?(?:chủ yếu|chính|cơ bản)(?![^\W\d_])")
_RESULT_HEADER = re.compile(r"(?<![^\W\d_])(?:tóm tắt|kết quả|tình hình|ước đạt|đạt được|thực hiện được|"
                            r"đã đạt|số liệu)(?![^\W\d_])")


def _goal_header(sn: str) -> bool:
    """A line ending in ``:`` that announces a list of goals (``… giao các chỉ tiêu sau:``)."""
    if not sn.rstrip().endswith(":"):
        return False
    head = _KEY_INDICATORS.sub(" ", sn)
    goals = [m.start() for m in _GOAL_HEADER.finditer(head)]
    results = [m.start() for m in _RESULT_HEADER.finditer(head)]
    # ("để giữ vững kết quả, năm 2025 tỉnh phấn đấu:": the header's last word of either kind says what follows)
    return bool(goals) and (not results or goals[-1] > results[-1])


def candidates(text: str, sentences: list[tuple[int, int]] | None = None, year_now: int | None = None
               ) -> list[tuple[tuple[int, int], Candidate]]:
    """(sentence span, candidate) for every fact the rules find in an NFC text."""
    norm = normalize_for_matching(text)
    style = detect_style(text)
    out = []
    goal_list = False  # inside the items of "… giao các chỉ tiêu sau:"
    for s, e in sentences if sentences is not None else split_sentences(text):
        sn = norm[s:e]
        is_item = bool(_LIST_ITEM.match(sn))
        if goal_list and not is_item:
            goal_list = False
        if _CAN_HOLD.search(sn):
            for cand in sentence_candidates(text[s:e], sn, s, style, before=norm[:s], year_now=year_now,
                                            inherit_target=goal_list and is_item):
                out.append(((s, e), cand))
        if _goal_header(sn):
            goal_list = True
    return out


def extract_document(text: str, *, doc_id: str, published: _dt.date | None = None,
                     province_hint: str | None = None, link: bool = True,
                     use_model: bool = True) -> list[Fact]:
    """Contract facts of one article. Offsets index ``nfc(text)``.

    ``published`` resolves relative periods (else the linker reads the text's dateline);
    ``province_hint`` is the source's province when known. ``link=False`` skips linking;
    ``use_model=False`` links with the rules alone (the ablation `vnmetrics eval --ablation` reports).
    """
    text = nfc(text)
    if published is None:
        published = _dateline(text)
    if isinstance(published, _dt.datetime):
        published = published.date()
    facts: list[Fact] = []
    sentences = split_sentences(text)
    for (s, e), c in candidates(text, sentences, published.year if published else None):
        facts.append(Fact(
            doc_id=doc_id, start=c.start, end=c.end, text=text[c.start:c.end], kind=c.kind, role=c.role,
            direction=c.direction if c.role != "level" else None, value=c.value, value_max=c.value_max,
            out_of=c.out_of, qualifier=c.qualifier, unit=c.unit, subject=c.subject,
            sentence=text[s:e], sentence_start=s, confidence=c.confidence, extractor_version=__version__,
        ))
    if link and facts:
        # Imported here, not at module level: the linker imports the extractor's modules in turn. A broken
        # linker must fail loudly; facts silently missing location, period and indicator would look valid.
        from extract.linking import link_facts

        link_facts(text, facts, sentences, published=published, province_hint=province_hint, use_model=use_model)
    return facts


def _dateline(text: str) -> _dt.date | None:
    from extract.dates import extract_dateline

    return extract_dateline(text)
