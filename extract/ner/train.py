"""Train the indicator classifier from corpus/dev gold: ``train(corpus_dir, out_dir, seed) -> report``.

Examples: every gold fact of corpus/dev, its context window (``extract.ner.context``) labelled with its gold
``indicator`` or ``NONE``. The report measures what the model adds to the rules by k-fold cross-validation over
documents (documents sorted by id, fold = position mod k): a model trained on k-1 folds links the held-out
fold's gold facts (re-linked with their link fields blank, as ``extract.linking.oracle_eval`` does) with and
without the model, and the report gives indicator accuracy and L4 (location, period, indicator where the gold
gives them) for both, summed over the folds. The final model is then trained on all documents and saved.
Reproducible: fixed seed, sorted inputs, one BLAS thread (``extract.ner.__init__``).
"""

from __future__ import annotations

import json
import random
import time
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, load_config, load_model_from_config, minibatch

from extract.dates import extract_dateline
from extract.linking.unlinked import UnlinkedFact
from extract.ner.context import fact_context, headline_span
from extract.ner.predict import NONE, as_doc
from extract.normalize import nfc, normalize_for_matching
from extract.tokenize import split_sentences

CONFIG = Path(__file__).resolve().parents[2] / "models" / "ner" / "config.cfg"
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
        docs.append({"id": doc_id, "text": text, "gold": gold, "published": published, "sentences": sentences})
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
    optimizer = nlp.initialize(lambda: examples)
    tcfg = config["training"]
    rng = random.Random(seed)
    data = list(examples)
    for _epoch in range(int(tcfg["max_epochs"])):
        rng.shuffle(data)
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=float(tcfg["dropout"]))
    if optimizer.averages:
        with nlp.use_params(optimizer.averages):
            nlp_bytes = nlp.to_bytes()
        nlp.from_bytes(nlp_bytes)
    return nlp


def _relink(doc: dict, model: Any, use_model: bool) -> list[tuple[dict, UnlinkedFact]]:
    from extract.linking import link_facts

    facts = [UnlinkedFact.from_gold(g) for g in doc["gold"]]
    link_facts(doc["text"], facts, doc["sentences"], published=doc["published"], province_hint=None,
               use_model=use_model, model=model)
    return list(zip(doc["gold"], facts, strict=True))


def _tally(pairs: list[tuple[dict, UnlinkedFact]]) -> dict[str, int]:
    t = {"facts": 0, "l4": 0, "indicator_gold": 0, "indicator_ok": 0, "indicator_all_ok": 0}
    for g, f in pairs:
        t["facts"] += 1
        t["l4"] += all(g.get(k) is None or g[k] == getattr(f, k) for k in ("location", "period", "indicator"))
        t["indicator_all_ok"] += g.get("indicator") == f.indicator
        if g.get("indicator"):
            t["indicator_gold"] += 1
            t["indicator_ok"] += g["indicator"] == f.indicator
    return t


def _rates(t: dict[str, int]) -> dict[str, float]:
    return {"l4": round(t["l4"] / t["facts"], 4) if t["facts"] else 0.0,
            "indicator_where_gold_gives_one": round(t["indicator_ok"] / t["indicator_gold"], 4)
            if t["indicator_gold"] else 0.0,
            "indicator_all_facts": round(t["indicator_all_ok"] / t["facts"], 4) if t["facts"] else 0.0}


def _classifier_accuracy(nlp: spacy.Language, pairs: list[tuple[list[str], str]]) -> int:
    from extract.ner.predict import classify

    return sum(lab == gold for (lab, _p), (_w, gold) in zip(classify(nlp, [w for w, _ in pairs]), pairs,
                                                            strict=True))


def cross_validate(docs: list[dict], labels: list[str], seed: int, k: int = FOLDS) -> dict:
    """Rules alone vs rules + a model trained without the fold, over k folds of documents."""
    totals = {"rules only": {}, "rules + model": {}}
    changed, fixed, broken, clf_ok, clf_n = 0, 0, 0, 0, 0
    for fold in range(k):
        held = [d for i, d in enumerate(docs) if i % k == fold]
        rest = [d for i, d in enumerate(docs) if i % k != fold]
        train_pairs = [p for d in rest for p in _contexts(d)]
        if not held or not train_pairs:
            continue
        nlp = _fit(train_pairs, labels, seed)
        held_pairs = [p for d in held for p in _contexts(d)]
        clf_ok += _classifier_accuracy(nlp, held_pairs)
        clf_n += len(held_pairs)
        for d in held:
            base = _relink(d, None, use_model=False)
            with_model = _relink(d, nlp, use_model=True)
            for (g, a), (_g2, b) in zip(base, with_model, strict=True):
                if a.indicator != b.indicator:
                    changed += 1
                    # of the changed facts: was the rules' answer or the model's the gold one?
                    gold_ind = g.get("indicator")
                    fixed += b.indicator == gold_ind
                    broken += a.indicator == gold_ind
            for name, pairs in (("rules only", base), ("rules + model", with_model)):
                for key, v in _tally(pairs).items():
                    totals[name][key] = totals[name].get(key, 0) + v
    out = {name: _rates(t) | {"facts": t.get("facts", 0)} for name, t in totals.items()}
    out["indicators_changed_by_model"] = {"changed": changed, "model_right": fixed, "rules_were_right": broken}
    out["classifier_alone_accuracy"] = round(clf_ok / clf_n, 4) if clf_n else 0.0
    out["folds"] = k
    return out


def train(corpus_dir: Path, out_dir: Path, seed: int = 0, folds: int = FOLDS) -> dict:
    """Train on corpus_dir/dev, write the model to out_dir, return (and write) the training report."""
    t0 = time.time()
    docs = _load_docs(Path(corpus_dir))
    if not docs:
        raise FileNotFoundError(f"no texts under {corpus_dir}/dev/texts")
    all_pairs = [p for d in docs for p in _contexts(d)]
    labels = sorted({gold for _w, gold in all_pairs} | {NONE})
    counts = {lab: sum(gold == lab for _w, gold in all_pairs) for lab in labels}
    report: dict = {"model": "textcat (spaCy TextCatBOW, exclusive) over fact context windows", "seed": seed,
                    "documents": len(docs), "examples": len(all_pairs), "labels": labels, "label_counts": counts,
                    "config": str(CONFIG.name)}
    if len(docs) >= 2:
        report["held_out"] = cross_validate(docs, labels, seed, k=min(folds, len(docs)))
    final = _fit(all_pairs, labels, seed)
    report["train_fit_accuracy"] = round(_classifier_accuracy(final, all_pairs) / len(all_pairs), 4)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final.to_disk(out_dir / "model")
    size = sum(p.stat().st_size for p in (out_dir / "model").rglob("*") if p.is_file())
    report["model_bytes"] = size
    report["seconds"] = round(time.time() - t0, 1)
    (out_dir / "training_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    return report


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Train the vnmetrics indicator classifier")
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--out", type=Path, default=Path("models/ner"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=FOLDS)
    a = ap.parse_args()
    print(json.dumps(train(a.corpus, a.out, a.seed, a.folds), ensure_ascii=False, indent=2))
