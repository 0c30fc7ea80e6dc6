"""Extraction quality may not regress: the issue's targets, scored exactly as `vnmetrics eval` scores.

The corpus test split is held out (nobody tunes on it); the shared gold is three real articles and is
scored when ../shared is beside the project. Linking on the test split is guarded at the issue's targets: L4
0.80, location accuracy 0.95 and period accuracy 0.90 on matched facts whose gold gives them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

TEST_SPLIT = ROOT / "corpus" / "test"

EXTRACTION_TARGETS = {"L1": 0.95, "L2": 0.92, "L3": 0.88}
SHARED_TARGETS = {"L1": 0.97, "L2": 0.95, "L3": 0.92, "L4": 0.85}
L4_FLOOR_TEST_SPLIT = 0.80
LINK_ACCURACY_TARGETS = {"location": 0.95, "period": 0.90}


def evaluate(gold: Path, texts: Path) -> dict:
    result = run_cli("eval", "--gold", str(gold), "--texts", str(texts), "--json", timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def test_split_report() -> dict:
    return evaluate(TEST_SPLIT / "gold", TEST_SPLIT / "texts")


def test_the_test_split_is_big_and_varied_enough(test_split_report):
    assert len(list((TEST_SPLIT / "texts").glob("*.txt"))) >= 14
    by_kind = test_split_report["by_kind"]
    assert set(by_kind) == {"percent", "rank", "score", "count", "money"}


@pytest.mark.parametrize("level", sorted(EXTRACTION_TARGETS))
def test_extraction_targets_hold_on_the_held_out_split(test_split_report, level):
    f1 = test_split_report["levels"][level]["f1"]
    assert f1 >= EXTRACTION_TARGETS[level], f"{level} F1 {f1:.3f} < {EXTRACTION_TARGETS[level]}"


def test_linking_does_not_regress_on_the_held_out_split(test_split_report):
    assert test_split_report["levels"]["L4"]["f1"] >= L4_FLOOR_TEST_SPLIT


@pytest.mark.parametrize("field", sorted(LINK_ACCURACY_TARGETS))
def test_link_accuracy_targets_hold_on_the_held_out_split(test_split_report, field):
    accuracy = test_split_report["link_accuracy"][field]
    assert accuracy >= LINK_ACCURACY_TARGETS[field], f"{field} accuracy {accuracy:.3f} < {LINK_ACCURACY_TARGETS[field]}"


@pytest.mark.parametrize("field", sorted(LINK_ACCURACY_TARGETS))
def test_link_accuracy_targets_hold_on_the_shared_gold(shared_report, field):
    accuracy = shared_report["link_accuracy"][field]
    assert accuracy >= LINK_ACCURACY_TARGETS[field], f"{field} accuracy {accuracy:.3f} < {LINK_ACCURACY_TARGETS[field]}"


@pytest.fixture(scope="module")
def shared_report() -> dict:
    gold = ROOT.parent / "shared" / "corpus"
    if not (gold / "gold").is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({gold} missing)")
    return evaluate(gold / "gold", gold / "seeds")


@pytest.mark.parametrize("level", sorted(SHARED_TARGETS))
def test_targets_hold_on_the_shared_gold(shared_report, level):
    f1 = shared_report["levels"][level]["f1"]
    assert f1 >= SHARED_TARGETS[level], f"{level} F1 {f1:.3f} < {SHARED_TARGETS[level]}"
