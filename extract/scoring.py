"""Scoring extracted facts against gold, exactly as ../shared/spec/facts.md defines it.

A predicted fact matches a gold fact of the same document when the spans overlap by at least one
character and the values are equal (relative difference below 1e-6); each gold fact is matched at most
once, greedily by largest overlap. Each level adds conditions to what counts as a match:
L1 nothing, L2 kind+role(+direction for changes), L3 also out_of/value_max/qualifier, L4 also
location/period/indicator wherever the gold gives them. Micro-averaged; also per kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Fact = Mapping[str, Any]
LEVELS = ("L1", "L2", "L3", "L4")
LINK_FIELDS = ("location", "period", "indicator")


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) / max(abs(a), abs(b)) < 1e-6


def overlap(p: Fact, g: Fact) -> int:
    return min(p["end"], g["end"]) - max(p["start"], g["start"])


def _typed(p: Fact, g: Fact) -> bool:
    if p["kind"] != g["kind"] or p["role"] != g["role"]:
        return False
    return g["role"] != "change" or p.get("direction") == g.get("direction")


def _full(p: Fact, g: Fact) -> bool:
    return (_typed(p, g) and same_number(p.get("out_of"), g.get("out_of"))
            and same_number(p.get("value_max"), g.get("value_max")) and p.get("qualifier") == g.get("qualifier"))


def _linked(p: Fact, g: Fact) -> bool:
    return _full(p, g) and all(g.get(name) is None or p.get(name) == g.get(name) for name in LINK_FIELDS)


CONDITIONS: dict[str, Callable[[Fact, Fact], bool]] = {
    "L1": lambda p, g: True, "L2": _typed, "L3": _full, "L4": _linked,
}


def match(pred: list[Fact], gold: list[Fact], level: str = "L1") -> list[tuple[int, int]]:
    """Greedy one-to-one matching of one document's facts: (pred index, gold index) pairs."""
    condition = CONDITIONS[level]
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            size = overlap(p, g)
            if size > 0 and same_number(p["value"], g["value"]) and condition(p, g):
                candidates.append((size, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    levels: dict[str, Counts] = field(default_factory=lambda: {lvl: Counts() for lvl in LEVELS})
    by_kind: dict[str, dict[str, Counts]] = field(default_factory=dict)
    # Accuracy of linking on L3-matched facts whose gold gives the field: [correct, total].
    link_accuracy: dict[str, list[int]] = field(default_factory=lambda: {n: [0, 0] for n in LINK_FIELDS})
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    mistyped: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "levels": {lvl: c.as_dict() for lvl, c in self.levels.items()},
            "by_kind": {k: {lvl: c.as_dict() for lvl, c in v.items()} for k, v in sorted(self.by_kind.items())},
            "link_accuracy": {
                n: (round(ok / total, 4) if total else None) for n, (ok, total) in self.link_accuracy.items()
            },
            "link_counts": {n: {"correct": ok, "total": total} for n, (ok, total) in self.link_accuracy.items()},
        }


def score(pred_by_doc: Mapping[str, list[Fact]], gold_by_doc: Mapping[str, list[Fact]]) -> Report:
    """Score all documents; a document missing on one side counts all its facts as missed or spurious."""
    report = Report()
    for doc in sorted(set(pred_by_doc) | set(gold_by_doc)):
        pred = list(pred_by_doc.get(doc, []))
        gold = list(gold_by_doc.get(doc, []))
        for lvl in LEVELS:
            pairs = match(pred, gold, lvl)
            _add(report.levels[lvl], pairs, pred, gold)
            for kind in {f["kind"] for f in pred} | {f["kind"] for f in gold}:
                kp = [f for f in pred if f["kind"] == kind]
                kg = [f for f in gold if f["kind"] == kind]
                counts = report.by_kind.setdefault(kind, {x: Counts() for x in LEVELS})[lvl]
                _add(counts, match(kp, kg, lvl), kp, kg)
        _collect_errors(report, doc, pred, gold)
    return report


def _add(counts: Counts, pairs: list[tuple[int, int]], pred: list[Fact], gold: list[Fact]) -> None:
    counts.tp += len(pairs)
    counts.pred += len(pred)
    counts.gold += len(gold)


def _collect_errors(report: Report, doc: str, pred: list[Fact], gold: list[Fact]) -> None:
    l1 = match(pred, gold, "L1")
    matched_p = {i for i, _ in l1}
    matched_g = {j for _, j in l1}
    report.missed += [{"doc_id": doc, **_brief(g)} for j, g in enumerate(gold) if j not in matched_g]
    report.spurious += [{"doc_id": doc, **_brief(p)} for i, p in enumerate(pred) if i not in matched_p]
    for i, j in l1:
        p, g = pred[i], gold[j]
        diffs = {name: (p.get(name), g.get(name)) for name in
                 ("kind", "role", "direction", "qualifier", "out_of", "value_max", *LINK_FIELDS)
                 if not _field_ok(name, p, g)}
        if diffs:
            report.mistyped.append({"doc_id": doc, **_brief(g), "diff": {k: {"pred": a, "gold": b}
                                                                        for k, (a, b) in diffs.items()}})
    for i, j in match(pred, gold, "L3"):
        for name in LINK_FIELDS:
            if pred[i].get(name) is not None or gold[j].get(name) is not None:
                if gold[j].get(name) is None:
                    continue
                report.link_accuracy[name][1] += 1
                report.link_accuracy[name][0] += pred[i].get(name) == gold[j].get(name)


def _field_ok(name: str, p: Fact, g: Fact) -> bool:
    if name in ("out_of", "value_max"):
        return same_number(p.get(name), g.get(name))
    if name in LINK_FIELDS:
        return g.get(name) is None or p.get(name) == g.get(name)
    if name == "direction":
        return g.get("role") != "change" or p.get(name) == g.get(name)
    return p.get(name) == g.get(name)


def _brief(f: Fact) -> dict[str, Any]:
    return {"start": f["start"], "end": f["end"], "text": f.get("text"), "value": f["value"], "kind": f["kind"],
            "role": f["role"]}


def group_by_doc(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[fact["doc_id"]].append(fact)
    return dict(grouped)
