"""Train both linking models from corpus/dev: ``train(corpus_dir, out_dir, seed) -> report``.

* The indicator classifier: every gold fact of corpus/dev, its context window (``extract.ner.context``) labelled
  with its gold ``indicator`` or ``NONE`` (``out_dir/indicator_classifier``).
* The entity recogniser: every sentence of the articles that have a hand-corrected entity file
  (``corpus/dev/entities``), INDICATOR/LOC/ORG/PERIOD spans over underthesea's words
  (``extract.ner.entity_model``; ``out_dir/entity_recognizer``).

The report measures both by k-fold cross-validation over documents (documents sorted by id, fold = position mod
k): models trained on k-1 folds link the held-out fold's gold facts (re-linked with their link fields blank, as
``extract.linking.oracle_eval`` does) with and without the models, and the report gives L4 (location, period,
indicator where the gold gives them) and the accuracy of each field over all facts (null gold included) for
both; and the recogniser's exact-span P/R/F1 per label on the held-out articles next to the rules' own
dictionaries (``extract.ner.entities.preannotate``). The final models are then trained on all documents.
Reproducible: fixed seed, sorted inputs, one BLAS thread (``extract.ner.__init__``).
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, load_config, load_model_from_config

from extract.dates import extract_dateline
from extract.linking.unlinked import UnlinkedFact
from extract.ner import entities, entity_model
from extract.ner.context import fact_context, headline_span
from extract.ner.pipelines import update_for_epochs
from extract.ner.predict import NONE, Models, as_doc
from extract.normalize import nfc, normalize_for_matching
from extract.tokenize import split_sentences

CONFIG = Path(__file__).resolve().parents[2] / "models" / "ner" / "config.cfg"
LINK_FIELDS = ("location", "period", "indicator")
FOLDS = 5


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out or [(0, len(text))]


def _load_docs(corpus_dir: Path) -> list[dict]:
    dev = corpus_dir / "dev"
    docs = []
    for tpath in sorted((dev / "texts").glob("*.txt")):
        doc_id = tpath.stem
        text = nfc(tpath.read_text(encoding="utf-8"))
        gpath = dev / "gold" / f"{doc_id}.jsonl"
        gold = [json.loads(x) for x in gpath.read_text(encoding="utf-8").splitlines() if x.strip()] \
            if gpath.exists() else []
        mpath = dev / "meta" / f"{doc_id}.json"
        meta = json.loads(mpath.read_text(encoding="utf-8")) if mpath.exists() else {}
        published = extract_dateline(text)
        if published is None and meta.get("published_at"):
            published = date.fromisoformat(meta["published_at"][:10])
        sentences = sorted(split_sentences(text))
        epath = dev / "entities" / f"{doc_id}.jsonl"
        ents = entities.load(epath, text) if epath.exists() else None
        docs.append({"id": doc_id, "text": text, "gold": gold, "published": published, "sentences": sentences,
                     "entities": ents})
    return docs


def _contexts(doc: dict) -> list[tuple[list[str], str]]:
    text, sentences = doc["text"], doc["sentences"]
    norm = normalize_for_matching(text)
    head = headline_span(text, _paragraphs(text))
    return [(fact_context(norm, sentences, head, g["start"], g["end"], g["kind"]), g.get("indicator") or NONE)
            for g in sorted(doc["gold"], key=lambda g: (g["start"], g["end"]))]


def _fit(pairs: list[tuple[list[str], str]], labels: list[str], seed: int) -> spacy.Language:
    fix_random_seed(seed)
    config = load_config(CONFIG, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    textcat = nlp.get_pipe("textcat")
    for lab in labels:
        textcat.add_label(lab)
    examples = [Example.from_dict(as_doc(nlp, words), {"cats": {lab: float(lab == gold) for lab in labels}})
                for words, gold in pairs]
    update_for_epochs(nlp, examples, config["training"], seed, batch_size=16)
    return nlp


def _relink(doc: dict, models: Models | None, use_model: bool) -> list[tuple[dict, UnlinkedFact]]:
    from extract.linking import link_facts

    facts = [UnlinkedFact.from_gold(g) for g in doc["gold"]]
    link_facts(doc["text"], facts, doc["sentences"], published=doc["published"], province_hint=None,
               use_model=use_model, model=models)
    return list(zip(doc["gold"], facts, strict=True))


def _tally(pairs: list[tuple[dict, UnlinkedFact]]) -> dict[str, int]:
    t = {"facts": 0, "l4": 0, "indicator_gold": 0, "indicator_ok": 0}
    for g, f in pairs:
        t["facts"] += 1
        t["l4"] += all(g.get(k) is None or g[k] == getattr(f, k) for k in LINK_FIELDS)
        for k in LINK_FIELDS:
            t[f"{k}_all_ok"] = t.get(f"{k}_all_ok", 0) + (g.get(k) == getattr(f, k))
        if g.get("indicator"):
            t["indicator_gold"] += 1
            t["indicator_ok"] += g["indicator"] == f.indicator
    return t


def _rates(t: dict[str, int]) -> dict[str, float]:
    n = t.get("facts", 0)
    out = {"l4": round(t["l4"] / n, 4) if n else 0.0,
           "indicator_where_gold_gives_one": round(t["indicator_ok"] / t["indicator_gold"], 4)
           if t.get("indicator_gold") else 0.0}
    for k in LINK_FIELDS:  # null gold counts too: a figure wrongly given a place or an index is an error
        out[f"{k}_all_facts"] = round(t.get(f"{k}_all_ok", 0) / n, 4) if n else 0.0
    return out


def _samples(docs: list[dict]) -> tuple[list[entity_model.Sample], int]:
    out, widened = [], 0
    for d in docs:
        if d["entities"] is not None:
            s, w = entity_model.samples_of(d["text"], d["sentences"], d["entities"])
            out += s
            widened += w
    return out, widened


def _span_scores(docs: list[dict], predict: Any) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label of ``predict(doc) -> {(start, end, label)}`` against the entity files."""
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for d in docs:
        if d["entities"] is None:
            continue
        gold = {(e["start"], e["end"], e["label"]) for e in d["entities"]}
        pred = predict(d)
        for bucket, items in ((tp, gold & pred), (fp, pred - gold), (fn, gold - pred)):
            for _s, _e, lab in items:
                bucket[lab] = bucket.get(lab, 0) + 1
    out = {}
    for lab in entities.LABELS:
        t, p_, n_ = tp.get(lab, 0), fp.get(lab, 0), fn.get(lab, 0)
        prec = t / (t + p_) if t + p_ else 0.0
        rec = t / (t + n_) if t + n_ else 0.0
        out[lab] = {"precision": round(prec, 4), "recall": round(rec, 4),
                    "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0, "gold": t + n_}
    return out


def _recognised(nlp: Any) -> Any:
    def predict(d: dict) -> set[tuple[int, int, str]]:
        return {(e.start, e.end, e.label) for e in entity_model.recognise(nlp, d["text"], d["sentences"])}
    return predict


def _dictionaries(d: dict) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["label"]) for e in entities.preannotate(d["text"], d["published"])}


def _classifier_accuracy(nlp: spacy.Language, pairs: list[tuple[list[str], str]]) -> int:
    from extract.ner.predict import classify

    return sum(lab == gold for (lab, _p), (_w, gold) in zip(classify(nlp, [w for w, _ in pairs]), pairs,
                                                            strict=True))


def cross_validate(docs: list[dict], labels: list[str], seed: int, k: int = FOLDS) -> dict:
    """Rules alone vs rules + models trained without the fold, over k folds of documents."""
    totals: dict[str, dict[str, int]] = {"rules only": {}, "rules + model": {}}
    changed = {k_: {"changed": 0, "model_right": 0, "rules_were_right": 0} for k_ in LINK_FIELDS}
    clf_ok, clf_n = 0, 0
    held_docs: list[dict] = []
    recognised: dict[str, set[tuple[int, int, str]]] = {}
    for fold in range(k):
        held = [d for i, d in enumerate(docs) if i % k == fold]
        rest = [d for i, d in enumerate(docs) if i % k != fold]
        train_pairs = [p for d in rest for p in _contexts(d)]
        if not held or not train_pairs:
            continue
        nlp = _fit(train_pairs, labels, seed)
        samples, _ = _samples(rest)
        ner = entity_model.fit(samples, seed) if samples else None
        models = Models(indicator=nlp, entities=ner)
        held_pairs = [p for d in held for p in _contexts(d)]
        clf_ok += _classifier_accuracy(nlp, held_pairs)
        clf_n += len(held_pairs)
        for d in held:
            if ner is not None and d["entities"] is not None:
                held_docs.append(d)
                recognised[d["id"]] = _recognised(ner)(d)
            base = _relink(d, None, use_model=False)
            with_model = _relink(d, models, use_model=True)
            for (g, a), (_g2, b) in zip(base, with_model, strict=True):
                for key in LINK_FIELDS:
                    if getattr(a, key) != getattr(b, key):
                        changed[key]["changed"] += 1
                        # of the changed facts: was the rules' answer or the model's the gold one?
                        changed[key]["model_right"] += getattr(b, key) == g.get(key)
                        changed[key]["rules_were_right"] += getattr(a, key) == g.get(key)
            for name, pairs in (("rules only", base), ("rules + model", with_model)):
                for key, v in _tally(pairs).items():
                    totals[name][key] = totals[name].get(key, 0) + v
    out: dict[str, Any] = {name: _rates(t) | {"facts": t.get("facts", 0)} for name, t in totals.items()}
    out["changed_by_models"] = changed
    out["classifier_alone_accuracy"] = round(clf_ok / clf_n, 4) if clf_n else 0.0
    if held_docs:
        out["entities_exact_span"] = {
            "recogniser": _span_scores(held_docs, lambda d: recognised[d["id"]]),
            "dictionaries (rules' finders)": _span_scores(held_docs, _dictionaries),
            "documents": len(held_docs)}
    out["folds"] = k
    return out


def train(corpus_dir: Path, out_dir: Path, seed: int = 0, folds: int = FOLDS) -> dict:
    """Train on corpus_dir/dev, write both models to out_dir, return (and write) the training report."""
    t0 = time.time()
    docs = _load_docs(Path(corpus_dir))
    if not docs:
        raise FileNotFoundError(f"no texts under {corpus_dir}/dev/texts")
    all_pairs = [p for d in docs for p in _contexts(d)]
    labels = sorted({gold for _w, gold in all_pairs} | {NONE})
    counts = {lab: sum(gold == lab for _w, gold in all_pairs) for lab in labels}
    samples, widened = _samples(docs)
    span_counts = {lab: sum(lab == s[2] for smp in samples for s in smp.spans) for lab in entities.LABELS}
    report: dict = {
        "indicator_classifier": {"model": "textcat (spaCy TextCatBOW, exclusive) over fact context windows",
                                 "config": CONFIG.name, "examples": len(all_pairs), "labels": labels,
                                 "label_counts": counts},
        "entity_recognizer": {"model": "ner (spaCy TransitionBasedParser over a HashEmbed CNN) on underthesea words",
                              "config": entity_model.CONFIG.name,
                              "documents": sum(d["entities"] is not None for d in docs),
                              "sentences": len(samples), "span_counts": span_counts,
                              "spans_widened_to_word_boundaries": widened},
        "seed": seed, "documents": len(docs)}
    if len(docs) >= 2:
        report["held_out"] = cross_validate(docs, labels, seed, k=min(folds, len(docs)))
    final = _fit(all_pairs, labels, seed)
    report["train_fit_accuracy"] = round(_classifier_accuracy(final, all_pairs) / len(all_pairs), 4)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final.to_disk(out_dir / "indicator_classifier")
    if samples:
        entity_model.fit(samples, seed).to_disk(out_dir / "entity_recognizer")
    sizes = {}
    for name in ("indicator_classifier", "entity_recognizer"):
        folder = out_dir / name
        if folder.is_dir():
            sizes[name] = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    report["model_bytes"] = sizes
    report["seconds"] = round(time.time() - t0, 1)
    (out_dir / "training_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    return report


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Train the vnmetrics linking models")
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--out", type=Path, default=Path("models/ner"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=FOLDS)
    a = ap.parse_args()
    print(json.dumps(train(a.corpus, a.out, a.seed, a.folds), ensure_ascii=False, indent=2))
