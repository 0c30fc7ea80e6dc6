"""What every check shares: the fact rows it reads, the result it writes, the registry and number tolerance.

A check is a function ``check(ctx) -> Iterable[CheckResult]`` registered under a name with ``@register``.
It sees every stored fact (``ctx.facts``) but only reports on groups that contain at least one fact in
``ctx.scope`` (the facts of the articles being checked), so incremental runs redo exactly the affected work.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache
from typing import Any

import duckdb

from extract.normalize import normalize_for_matching
from extract.numbers import SCALE_WORDS  # the words the extractor reads as scales are the ones precision knows

STATUSES = ("ok", "warn", "fail")


@dataclass(frozen=True, slots=True, eq=False)
class FactRow:
    """A stored fact with the provenance checks need (its article's URL, source and date).

    Equal and hashed by id, so per-fact work (precision, keys, context words) can be cached cheaply;
    `clear_caches` drops those caches at the start of every run, since a re-linked fact keeps its id.
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    role: str
    direction: str | None
    value: float
    value_max: float | None
    out_of: float | None
    qualifier: str
    unit: str | None
    subject: str | None
    indicator: str | None
    location: str | None
    place: str | None
    province_now: str | None
    period: str | None
    sentence: str | None
    sentence_start: int | None
    url: str | None
    source_id: str | None
    published_at: datetime | None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FactRow) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def before(self, chars: int = 60) -> str:
        """Up to `chars` characters of the sentence just before the fact (matching view)."""
        if self.sentence is None or self.sentence_start is None:
            return ""
        pos = self.start - self.sentence_start
        return normalize_for_matching(self.sentence[max(0, pos - chars):max(0, pos)])

    def after(self, chars: int = 80) -> str:
        """Up to `chars` characters of the sentence just after the fact (matching view)."""
        if self.sentence is None or self.sentence_start is None:
            return ""
        pos = self.end - self.sentence_start
        return normalize_for_matching(self.sentence[pos:pos + chars])

    def clause_after(self) -> str:
        """The rest of the fact's clause: up to the next ';' or the sentence end (matching view)."""
        return self.after(400).split(";", 1)[0]


FACT_COLUMNS = (
    "f.id, f.article_id, f.start, f.\"end\", f.text, f.kind, f.role, f.direction, f.value, f.value_max, f.out_of,"
    " f.qualifier, f.unit, f.subject, f.indicator, f.location, f.place, f.province_now, f.period, f.sentence,"
    " f.sentence_start, a.url, a.source_id, a.published_at"
)


def load_facts(con: duckdb.DuckDBPyConnection) -> list[FactRow]:
    sql = (f"SELECT {FACT_COLUMNS} FROM facts f LEFT JOIN articles a ON a.id = f.article_id"
           " ORDER BY f.article_id, f.start")
    return [FactRow(*row) for row in con.execute(sql).fetchall()]


@dataclass(slots=True)
class CheckResult:
    check_name: str
    status: str
    fact_ids: tuple[str, ...]
    reason_vi: str
    reason_en: str
    compared: dict[str, Any]

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} is not one of {STATUSES}")
        self.fact_ids = tuple(sorted(set(self.fact_ids)))

    @property
    def id(self) -> str:
        key = self.check_name + "|" + ",".join(self.fact_ids)
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


@dataclass
class Context:
    con: duckdb.DuckDBPyConnection
    facts: list[FactRow]
    scope: set[str]
    _cache: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def by_id(self) -> dict[str, FactRow]:
        return {f.id: f for f in self.facts}

    @cached_property
    def sentences(self) -> dict[tuple[str, int | None], list[FactRow]]:
        """(article, sentence_start) -> its facts in text order; facts without a sentence stand alone."""
        out: dict[tuple[str, int | None], list[FactRow]] = defaultdict(list)
        for f in self.facts:
            key = (f.article_id, f.sentence_start if f.sentence_start is not None else -1 - f.start)
            out[key].append(f)
        for facts in out.values():
            facts.sort(key=lambda f: f.start)
        return out

    def scoped_sentences(self) -> Iterable[list[FactRow]]:
        for facts in self.sentences.values():
            if any(f.id in self.scope for f in facts):
                yield facts

    def in_scope(self, facts: Iterable[FactRow]) -> bool:
        return any(f.id in self.scope for f in facts)


CheckFunction = Callable[[Context], Iterable[CheckResult]]
REGISTRY: dict[str, CheckFunction] = {}


def register(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under `name` (the value stored in fact_checks.check_name)."""

    def wrap(func: CheckFunction) -> CheckFunction:
        if name in REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        REGISTRY[name] = func
        return func

    return wrap


# --- number tolerance -------------------------------------------------------------------------------------

_DECIMAL = re.compile(r"\d+,(\d+)")
EPS = 1e-9


@lru_cache(maxsize=1 << 16)
def decimals(value: float) -> int:
    """Digits after the decimal point that the value was stated with (49 -> 0, 79.92 -> 2)."""
    for d in range(7):
        if abs(round(value, d) - value) < 1e-9 * max(1.0, abs(value)):
            return d
    return 7


@lru_cache(maxsize=1 << 20)
def precision(fact: FactRow) -> float:
    """The size of the last stated digit: 1 for 49%, 0.01 for 79,92, 100000 for `2,1 triệu`."""
    words = normalize_for_matching(fact.text)
    for word, scale in SCALE_WORDS.items():
        if re.search(rf"(?<!\w){word}(?!\w)", words):
            m = _DECIMAL.search(fact.text)
            return scale / 10 ** (len(m.group(1)) if m else 0)
    return 10.0 ** -decimals(fact.value)


def is_rounded(fact: FactRow) -> bool:
    """Whether the number stands for any value that rounds (or truncates) to it, rather than an exact count."""
    if fact.kind in ("percent", "score"):
        return True
    if fact.kind == "rank":
        return False
    return precision(fact) > 1 or decimals(fact.value) > 0


def stated_interval(fact: FactRow, *, truncation: bool = True) -> tuple[float, float]:
    """The true values the statement allows, by its qualifier and stated precision.

    A rounded figure stands for anything that rounds to it, or (with `truncation`) that truncates to it,
    since portals often cut digits (49,96% written as 49,9%). Exact integers of counts and ranks are points.
    """
    v, u = fact.value, precision(fact)
    q = fact.qualifier
    if q == "range" and fact.value_max is not None:
        return v, fact.value_max
    if q == "gt":
        return v + EPS, v + u
    if q == "gte":
        return v, v + u
    if q == "lt":
        return v - u, v - EPS
    if q == "lte":
        return v - u, v
    if q == "approx":
        spread = max(u, abs(v) * APPROX_RELATIVE)
        return v - spread, v + spread
    if not is_rounded(fact):
        return v, v
    return v - u / 2 + EPS, v + (u if truncation else u / 2) - EPS


APPROX_RELATIVE = 0.03  # `khoảng`, `gần`: a few percent either way


@lru_cache(maxsize=1 << 20)
def claim_interval(fact: FactRow) -> tuple[float, float]:
    """Every value the claim is compatible with: a bound is open on its far side (`nhóm 15` is any rank
    1..15, `trên 80%` anything above 80), a figure covers what rounds to it. For comparing two claims."""
    v = fact.value
    floor = 1.0 if fact.kind == "rank" else -math.inf
    if fact.qualifier in ("gt", "gte"):
        return v + (EPS if fact.qualifier == "gt" else 0), math.inf
    if fact.qualifier in ("lt", "lte"):
        return floor, v - (EPS if fact.qualifier == "lt" else 0)
    return stated_interval(fact, truncation=False)


def gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """0 when the intervals overlap, else the distance between them."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0.0
    return max(a[0] - b[1], b[0] - a[1])


def judge(actual: tuple[float, float], stated: FactRow) -> tuple[str, str]:
    """(status, why) for a statement against the interval the true value lies in.

    ok: consistent, or a bound that holds loosely (`trên 80%` for 100%, noted as understated); warn: off by
    at most one unit of the stated precision (a rounding slip); fail: contradicted (including a bound on the
    wrong side: `hơn 49%` for 48,9%).
    """
    lo, hi = stated_interval(stated)
    if gap(actual, (lo, hi)) == 0:
        return "ok", "consistent"
    # A bound the truth clears by far ("trên 80%" for 100%) is a threshold, not a misstatement: ok, noted.
    if stated.qualifier in ("gt", "gte") and actual[0] > hi:
        return "ok", "understated"
    if stated.qualifier in ("lt", "lte") and actual[1] < lo:
        return "ok", "overstated"
    # A slip of one unit in the last digit is a rounding error; a bound on the wrong side ("hơn 49%" for
    # 48,9%) says the opposite of the truth.
    if stated.qualifier in ("exact", "approx") and gap(actual, (lo, hi)) <= precision(stated) + EPS:
        return "warn", "rounding"
    return "fail", "contradicted"


# --- words ------------------------------------------------------------------------------------------------

def fmt_vi(x: float | None, digits: int = 2) -> str:
    """49.118 -> '49,12' as Vietnamese writes it (',' decimals, '.' thousands)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "?"
    text = f"{x:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{x:,.0f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_en(x: float | None, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "?"
    return f"{x:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{x:,.0f}"


_PARENS = re.compile(r"\([^)]*\)")
_SPACES = re.compile(r"\s+")
# Words that make a subject a goal rather than the measure itself: "chỉ tiêu HĐND tỉnh giao về tỷ lệ ..." is
# about "tỷ lệ ...".
_GOAL_PREFIX = re.compile(
    r"^(?:(?:chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ)(?:[^,]*?\b(?:giao|đề ra|đặt ra|đặt))?\s*(?:về|là|đối với)?\s+)"
)


@lru_cache(maxsize=1 << 18)
def subject_key(subject: str | None) -> str | None:
    """A comparable form of a free-text subject: matching view, no parentheses, no goal wording."""
    if not subject:
        return None
    s = normalize_for_matching(subject)
    s = _PARENS.sub(" ", s)
    s = _GOAL_PREFIX.sub("", s.strip())
    s = _SPACES.sub(" ", s).strip(" ,.;:")
    return s or None


@lru_cache(maxsize=1 << 20)
def measure_key(fact: FactRow) -> str | None:
    """What the fact measures: its indicator id when linked, else its normalised subject."""
    return fact.indicator or subject_key(fact.subject)


# lru_caches keyed on FactRow (by id); a check module caching per-fact work appends its cache here.
PER_FACT_CACHES: list[Any] = [precision, measure_key, claim_interval]


def clear_caches() -> None:
    """Forget per-fact results of an earlier run (a fact re-linked by a newer extractor keeps its id)."""
    for cached in PER_FACT_CACHES:
        cached.cache_clear()
