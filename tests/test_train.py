"""`vnmetrics train` is reproducible: the same corpus and seed give the same report and the same model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy
from conftest import ROOT, run_cli

from extract.ner.predict import entities
from extract.normalize import nfc
from extract.tokenize import split_sentences

DOCS = ("dev_001_quangninh_par_sipas", "dev_016_binhphuoc_ktxh2023", "dev_023_bacninh_ktxh_thang5_2024")
# Sentences of our own, not from the corpus: the two models must tag them identically.
PROBE = ("Năm 2023, Chỉ số PAR INDEX của tỉnh Hà Giang đạt 85,1%, xếp thứ 20/63.\n"
         "Trong 6 tháng đầu năm 2024, UBND tỉnh Cà Mau tiếp nhận 12.000 hồ sơ trực tuyến.")


def _tiny_corpus(dest: Path) -> Path:
    for sub, ext in (("texts", "txt"), ("gold", "jsonl"), ("meta", "json")):
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


def test_same_seed_same_report_and_predictions(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path / "corpus")
    outs = [tmp_path / "m1", tmp_path / "m2"]
    for out in outs:
        result = run_cli("train", "--corpus", str(corpus), "--out", str(out), "--seed", "7",
                         env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}, timeout=120)
        assert result.returncode == 0, result.stderr
    first, second = (_metrics(o) for o in outs)
    assert first == second
    assert first["documents"] == 3 and first["train_fit"]["f"] > 0.3  # it learnt something
    text = nfc(PROBE)
    sents = split_sentences(text)
    preds = [entities(spacy.load(o / "model"), text, sents) for o in outs]
    assert preds[0] == preds[1]
    assert any(preds[0])
