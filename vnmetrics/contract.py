"""The fact contract of ../shared/spec/facts.md as a Python type.

Every stage (extract, store, checks, dashboard) exchanges facts as this dataclass or as the dict that
`Fact.to_json` returns, so the field names and enums live in exactly one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

KINDS = ("percent", "rank", "score", "count", "money")
ROLES = ("level", "target", "change")
DIRECTIONS = ("up", "down")
QUALIFIERS = ("exact", "approx", "gt", "gte", "lt", "lte", "range")

CONTRACT_FIELDS = (
    "doc_id", "start", "end", "text", "kind", "role", "direction", "value", "value_max", "out_of",
    "qualifier", "unit", "subject", "indicator", "location", "place", "province_now", "period",
)


class ContractError(ValueError):
    """A fact that breaks the contract (bad enum, bad offsets, wrong type)."""


@dataclass(slots=True)
class Fact:
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    role: str
    direction: str | None
    value: float
    value_max: float | None = None
    out_of: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    subject: str | None = None
    indicator: str | None = None
    location: str | None = None
    place: str | None = None
    province_now: str | None = None
    period: str | None = None
    # Extensions the spec welcomes; consumers may rely only on the contract fields above.
    sentence: str | None = None
    sentence_start: int | None = None
    confidence: float | None = None
    extractor_version: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Contract fields first, in the spec's order, then the extensions that are set."""
        data = asdict(self)
        extras = data.pop("extras")
        out = {name: _plain_number(data.pop(name)) for name in CONTRACT_FIELDS}
        out.update({k: v for k, v in data.items() if v is not None})
        out.update(extras)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fact:
        known = {f.name for f in fields(cls)} - {"extras"}
        kwargs = {k: v for k, v in data.items() if k in known}
        extras = {k: v for k, v in data.items() if k not in known}
        missing = [name for name in CONTRACT_FIELDS if name not in data]
        if missing:
            raise ContractError(f"fact lacks contract fields: {', '.join(missing)}")
        return cls(**kwargs, extras=extras)

    def validate(self, text: str | None = None) -> None:
        """Raise ContractError when an enum, a type or (given the NFC text) the span is wrong."""
        problems = []
        if self.kind not in KINDS:
            problems.append(f"kind {self.kind!r}")
        if self.role not in ROLES:
            problems.append(f"role {self.role!r}")
        if self.qualifier not in QUALIFIERS:
            problems.append(f"qualifier {self.qualifier!r}")
        if self.direction is not None and self.direction not in DIRECTIONS:
            problems.append(f"direction {self.direction!r}")
        if not isinstance(self.value, int | float) or isinstance(self.value, bool):
            problems.append(f"value {self.value!r}")
        if not (0 <= self.start < self.end):
            problems.append(f"span {self.start}..{self.end}")
        elif text is not None and text[self.start:self.end] != self.text:
            problems.append(f"text {self.text!r} is not input[{self.start}:{self.end}]")
        if problems:
            raise ContractError(f"{self.doc_id}@{self.start}: bad " + "; ".join(problems))

    def fact_id(self, article_id: str | None = None) -> str:
        """Deterministic id: the same fact of the same article always gets the same id."""
        key = f"{article_id or self.doc_id}|{self.start}|{self.end}|{self.kind}|{self.role}|{self.value!r}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _plain_number(value: Any) -> Any:
    """79.0 -> 79 so JSON shows integers as the spec's examples do."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value
