"""The indicator registry (``extract/data/indicators.toml``) and its mentions in text."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.linking.scan import LeadScan
from extract.normalize import normalize_for_matching

REGISTRY_PATH = Path(__file__).resolve().parent.parent / "data" / "indicators.toml"


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name_vi: str
    name_en: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    owner: str
    scale: str
    scope: str  # national | provincial
    kind: str  # index | target


@dataclass(frozen=True, slots=True)
class IndicatorMention:
    start: int
    end: int
    indicator: Indicator


@dataclass
class Registry:
    by_id: dict[str, Indicator]
    alias_rx: re.Pattern[str]
    alias_map: dict[str, str]
    acronym_rx: re.Pattern[str]
    acronym_map: dict[str, str]
    alias_scan: LeadScan  # alias_rx tried only at aliases' first words
    acronym_scan: LeadScan


def _flex(alias: str) -> str:
    # Commas and spaces vary ("người dân, doanh nghiệp" / "người dân và doanh nghiệp" are separate aliases).
    return r"\s*,\s*".join(r"\s+".join(re.escape(w) for w in part.split()) for part in alias.split(","))


_SPACES = re.compile(r"\s+")
_COMMA = re.compile(r"\s*,\s*")


def _key(s: str) -> str:
    return _SPACES.sub(" ", _COMMA.sub(", ", normalize_for_matching(s))).strip()


@lru_cache(maxsize=1)
def load() -> Registry:
    with open(REGISTRY_PATH, "rb") as f:
        data = tomllib.load(f)
    by_id: dict[str, Indicator] = {}
    alias_map: dict[str, str] = {}
    acronym_map: dict[str, str] = {}
    for row in data["indicator"]:
        ind = Indicator(id=row["id"], name_vi=row["name_vi"], name_en=row["name_en"],
                        acronyms=tuple(row.get("acronyms", [])), aliases=tuple(row.get("aliases", [])),
                        owner=row["owner"], scale=row["scale"], scope=row["scope"], kind=row["kind"])
        if ind.id in by_id:
            raise ValueError(f"duplicate indicator id {ind.id}")
        by_id[ind.id] = ind
        for a in (*ind.aliases, ind.name_vi):
            alias_map.setdefault(_key(a), ind.id)
        for a in ind.acronyms:
            acronym_map.setdefault(a, ind.id)
    alias_rx = re.compile(r"(?<!\w)(?:" + "|".join(_flex(a) for a in sorted(alias_map, key=len, reverse=True))
                          + r")(?!\w)")
    acronym_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(acronym_map, key=len,
                                                                                      reverse=True))
                            + r")(?![\w-])")
    # Every alias match opens with the alias's first word (_flex keeps it literal).
    first_words = [a.split(",")[0].split()[0] for a in alias_map]
    return Registry(by_id=by_id, alias_rx=alias_rx, alias_map=alias_map, acronym_rx=acronym_rx,
                    acronym_map=acronym_map, alias_scan=LeadScan(first_words, alias_rx),
                    acronym_scan=LeadScan(acronym_map, acronym_rx))


def get(indicator_id: str) -> Indicator | None:
    return load().by_id.get(indicator_id)


def find_indicators(text: str, norm: str, lo: int = 0, hi: int | None = None) -> list[IndicatorMention]:
    """Registry mentions in ``text[lo:hi]`` (``norm`` is its normalize_for_matching view), sorted by start."""
    reg = load()
    hi = len(text) if hi is None else hi
    out: list[IndicatorMention] = []
    for m in reg.acronym_scan.finditer(text, lo, hi):
        out.append(IndicatorMention(m.start(), m.end(), reg.by_id[reg.acronym_map[m.group(0)]]))
    for m in reg.alias_scan.finditer(norm, lo, hi):
        if any(not (m.end() <= o.start or m.start() >= o.end) for o in out):
            continue
        ind_id = reg.alias_map.get(_key(m.group(0)))
        if ind_id is None:  # flexible whitespace matched a variant: look it up token-wise
            ind_id = next((v for k, v in reg.alias_map.items() if _key(k) == _key(m.group(0))), None)
        if ind_id is not None:
            out.append(IndicatorMention(m.start(), m.end(), reg.by_id[ind_id]))
    out.sort(key=lambda x: x.start)
    return out


def resolve_indicator(surface: str) -> Indicator | None:
    """The registry entry a free-form name refers to (``Chỉ số CCHC``, ``PAR Index``), else None."""
    found = find_indicators(surface, normalize_for_matching(surface))
    return found[0].indicator if found else None
