"""Every gold file of the corpus keeps the contract and the Conventions of corpus/README.md.

Scores are only as good as the gold: a province_now that is not where the province went in 2025, a location
spelt outside the canonical names, or an index id the registry lacks would be counted as the extractor's
error (or hide one). These checks read every split, the held-out one included, without printing its facts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from extract.linking import gazetteer, indicators
from vnmetrics.contract import Fact

SPLITS = ("dev", "test")
NATIONAL = "Việt Nam"
_POINT = r"\d{4}(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?"
PERIOD_FORM = re.compile(rf"{_POINT}(?:\.\.{_POINT})?")


def _articles(split: str) -> list[Path]:
    return sorted((ROOT / "corpus" / split / "gold").glob("*.jsonl"))


def _problems(gold: Path) -> list[str]:
    split_dir = gold.parent.parent
    text = (split_dir / "texts" / f"{gold.stem}.txt").read_text(encoding="utf-8")
    meta = json.loads((split_dir / "meta" / f"{gold.stem}.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(meta["published_at"][:10])
    gz = gazetteer.load()
    names = set(gz.new) if published >= gazetteer.REORG else {gazetteer.era_name(n, published) for n in gz.old}
    problems = []
    if unicodedata.normalize("NFC", text) != text:
        problems.append("text is not NFC")
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        fact = Fact.from_json(json.loads(line))
        where = f"line {n}"
        try:
            fact.validate(text)
        except ValueError as err:
            problems.append(f"{where}: {err}")
        if fact.location is not None and fact.location != NATIONAL and fact.location not in names:
            problems.append(f"{where}: location is no province name of the article's date")
        expected_now = gazetteer.province_now(fact.location)
        if fact.province_now is not None and fact.location != NATIONAL and fact.province_now != expected_now:
            problems.append(f"{where}: province_now is not where the location went in 2025")
        if fact.indicator is not None and indicators.get(fact.indicator) is None:
            problems.append(f"{where}: indicator is not in the registry")
        if fact.period is not None and not PERIOD_FORM.fullmatch(fact.period):
            problems.append(f"{where}: period is not in the spec's forms")
    return problems


@pytest.mark.parametrize("split", SPLITS)
def test_every_gold_fact_keeps_the_contract_and_the_conventions(split):
    found = {gold.stem: problems for gold in _articles(split) if (problems := _problems(gold))}
    # Only positions are named, so the held-out split's facts are not shown.
    assert not found, "\n".join(f"{doc}: {'; '.join(p[:5])}" for doc, p in found.items())


def test_the_checks_name_each_broken_convention(tmp_path):
    for folder in ("texts", "gold", "meta"):
        (tmp_path / folder).mkdir()
    text = "Hà Nam đạt 88,5%; cả nước đạt 80%."
    (tmp_path / "texts" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "meta" / "a.json").write_text(json.dumps({"published_at": "2024-05-02T08:00:00+07:00"}))
    base = {"doc_id": "a", "kind": "percent", "role": "level", "direction": None, "value_max": None,
            "out_of": None, "qualifier": "exact", "unit": "%", "subject": None, "place": None}
    facts = [
        {**base, "start": 11, "end": 16, "text": "88,5%", "value": 88.5, "indicator": None,
         "location": "Hà Nam", "province_now": "Hà Nam", "period": "2024-13"},
        {**base, "start": 30, "end": 33, "text": "80%", "value": 80, "indicator": "NO_SUCH_INDEX",
         "location": "Ninh Bình mới", "province_now": None, "period": "2024"},
    ]
    gold = tmp_path / "gold" / "a.jsonl"
    gold.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in facts), encoding="utf-8")
    problems = " | ".join(_problems(gold))
    assert "line 1: province_now is not where" in problems
    assert "line 1: period is not in the spec's forms" in problems
    assert "line 2: location is no province name" in problems
    assert "line 2: indicator is not in the registry" in problems
