"""`vnmetrics train` is reproducible (same corpus and seed: same report, same predictions) and its
cross-validation compares rules alone with rules + model on held-out documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy
from conftest import ROOT, run_cli

from extract.ner.context import fact_context, headline_span
from extract.ner.entity_model import recognise
from extract.ner.predict import classify
from extract.normalize import nfc, normalize_for_matching
from extract.tokenize import split_sentences

DOCS = ("dev_001_quangninh_par_sipas", "dev_016_binhphuoc_ktxh2023", "dev_023_bacninh_ktxh_thang5_2024")
# Sentences of our own, not from the corpus: the two models must label them identically.
PROBE = ("Chỉ số cải cách hành chính năm 2023 của tỉnh Hà Giang\n"
         "Năm 2023, Chỉ số PAR INDEX của tỉnh Hà Giang đạt 85,1%, xếp thứ 20/63.\n"
         "Trong 6 tháng đầu năm 2024, UBND tỉnh Cà Mau tiếp nhận 12.000 hồ sơ trực tuyến.")


def _tiny_corpus(dest: Path) -> Path:
    for sub, ext in (("texts", "txt"), ("gold", "jsonl"), ("meta", "json"), ("entities", "jsonl")):
        (dest / "dev" / sub).mkdir(parents=True)
        for doc in DOCS:
            src = ROOT / "corpus" / "dev" / sub / f"{doc}.{ext}"
            if src.exists():
                shutil.copy(src, dest / "dev" / sub / src.name)
    return dest


def _metrics(out: Path) -> dict:
    report = json.loads((out / "training_report.json").read_text(encoding="utf-8"))
    report.pop("seconds")
    return report


def _probe_contexts() -> list[list[str]]:
    text = nfc(PROBE)
    norm = normalize_for_matching(text)
    sents = sorted(split_sentences(text))
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    head = headline_span(text, lines)
    return [fact_context(norm, sents, head, text.index(s), text.index(s) + len(s), k)
            for s, k in (("85,1%", "percent"), ("thứ 20/63", "rank"), ("12.000 hồ sơ", "count"))]


def test_same_seed_same_report_and_predictions(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path / "corpus")
    outs = [tmp_path / "m1", tmp_path / "m2"]
    for out in outs:
        result = run_cli("train", "--corpus", str(corpus), "--out", str(out), "--seed", "7",
                         env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}, timeout=120)
        assert result.returncode == 0, result.stderr
    first, second = (_metrics(o) for o in outs)
    assert first == second
    assert first["documents"] == 3 and first["train_fit_accuracy"] > 0.5  # it learnt something
    held = first["held_out"]
    assert held["folds"] == 3 and held["rules only"]["facts"] == held["rules + model"]["facts"] > 0
    preds = [classify(spacy.load(o / "indicator_classifier"), _probe_contexts()) for o in outs]
    assert preds[0] == preds[1]
    assert preds[0][0][0] == "PAR_INDEX"  # the index named in its own sentence and the headline
    # The entity recogniser: trained on the articles' entity files, scored on held-out folds next to the
    # dictionaries, and the same spans from both runs.
    assert first["entity_recognizer"]["documents"] == 3 and first["entity_recognizer"]["sentences"] > 0
    spans = held["entities_exact_span"]
    assert set(spans["recogniser"]) == {"INDICATOR", "LOC", "ORG", "PERIOD"}
    assert sum(v["gold"] for v in spans["recogniser"].values()) > 0
    text = nfc(PROBE)
    sents = sorted(split_sentences(text))
    ents = [recognise(spacy.load(o / "entity_recognizer"), text, sents) for o in outs]
    assert ents[0] == ents[1]
