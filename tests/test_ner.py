"""The entity annotations of the corpus and the trained recogniser that linking uses (models/ner)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from extract.ner import entities, entity_model
from extract.normalize import nfc
from extract.pipeline import extract_document

DEV = ROOT / "corpus" / "dev"


def _entity_files() -> list[Path]:
    return sorted((DEV / "entities").glob("*.jsonl"))


def test_every_entity_file_fits_its_text() -> None:
    files = _entity_files()
    assert files, "corpus/dev/entities is empty"
    labels = set()
    for path in files:
        text = nfc((DEV / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8"))
        labels |= {e["label"] for e in entities.load(path, text)}
    assert labels == set(entities.LABELS)


@pytest.mark.parametrize(("bad", "message"), [
    ({"start": 0, "end": 4, "text": "Theo", "label": "PER"}, "label"),
    ({"start": 0, "end": 4, "text": "Bộ N", "label": "ORG"}, "!="),
    ({"start": 4, "end": 9, "text": " Tổng", "label": "ORG"}, "whitespace"),
    ({"start": 0, "end": 99, "text": "x", "label": "ORG"}, "outside"),
])
def test_validation_names_the_fault(bad: dict, message: str) -> None:
    with pytest.raises(entities.EntityError, match=message):
        entities.validate("Theo Tổng cục Thống kê", [bad])


def test_overlapping_spans_are_refused() -> None:
    text = "Theo Tổng cục Thống kê"
    spans = [{"start": 5, "end": 22, "text": text[5:22], "label": "ORG"},
             {"start": 14, "end": 22, "text": text[14:22], "label": "ORG"}]
    with pytest.raises(entities.EntityError, match="overlaps"):
        entities.validate(text, spans)


def test_annotate_never_overwrites_hand_corrections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.ner import annotate

    split = tmp_path / "dev"
    (split / "texts").mkdir(parents=True)
    (split / "texts" / "a.txt").write_text("Hà Nội, ngày 3/5/2024 - Theo Tổng cục Thống kê, GDP tăng 5,66%.",
                                           encoding="utf-8")
    monkeypatch.setattr(annotate, "CORPUS", tmp_path)
    assert annotate.main(["dev", "a"]) == 0
    out = split / "entities" / "a.jsonl"
    proposed = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {"Tổng cục Thống kê", "Hà Nội"} <= {e["text"] for e in proposed}
    out.write_text("", encoding="utf-8")  # an annotator removed every span
    assert annotate.main(["dev", "a"]) == 0
    assert out.read_text(encoding="utf-8") == ""


# Sentences of our own (not in the corpus) for the shipped model.
PROBE = "Theo Tổng cục Thống kê, trong quý I/2024, chỉ số sản xuất công nghiệp của tỉnh Bắc Giang tăng 13,4%."


def test_shipped_recogniser_reads_all_four_labels() -> None:
    nlp = entity_model.load_model()
    assert nlp is not None, "models/ner/entity_recognizer missing: run `vnmetrics train`"
    found = {(PROBE[e.start:e.end], e.label) for e in entity_model.recognise(nlp, PROBE, [(0, len(PROBE))])}
    labels = {label for _t, label in found}
    assert labels == set(entities.LABELS), found
    assert ("Tổng cục Thống kê", "ORG") in found


ARTICLE = ("Đồng Nai: kinh tế 6 tháng đầu năm 2024\n\n"
           "Biên Hòa, ngày 5/7/2024 - Trong 6 tháng đầu năm 2024, GRDP của tỉnh Đồng Nai tăng 6,2%. "
           "Theo Tổng cục Thống kê, kim ngạch xuất khẩu tăng 14,5%.\n")


def test_linking_reads_a_national_agency_only_with_the_model() -> None:
    def where(use_model: bool) -> dict[str, str | None]:
        facts = extract_document(ARTICLE, doc_id="probe", published=date(2024, 7, 5), use_model=use_model)
        return {f.text: f.location for f in facts}

    assert where(True) == {"6,2%": "Đồng Nai", "14,5%": "Việt Nam"}
    assert where(False) == {"6,2%": "Đồng Nai", "14,5%": "Đồng Nai"}


def test_train_refuses_a_bad_entity_file_in_one_line_and_keeps_the_model(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for sub in ("texts", "gold", "entities"):
        (corpus / "dev" / sub).mkdir(parents=True)
    doc = "dev_001_quangninh_par_sipas"
    (corpus / "dev" / "texts" / f"{doc}.txt").write_bytes((DEV / "texts" / f"{doc}.txt").read_bytes())
    (corpus / "dev" / "gold" / f"{doc}.jsonl").write_bytes((DEV / "gold" / f"{doc}.jsonl").read_bytes())
    (corpus / "dev" / "entities" / f"{doc}.jsonl").write_text('{"start": 0, "end": 5, "text": "sai", "label": "LOC"}\n',
                                                             encoding="utf-8")
    out = tmp_path / "models"
    out.mkdir()
    (out / "training_report.json").write_text("{}", encoding="utf-8")
    result = run_cli("train", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 1
    assert "bad entity annotations" in result.stderr and f"{doc}.jsonl span 1" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "training_report.json").read_text(encoding="utf-8") == "{}"
