"""Train the NER from corpus/dev: ``train(corpus_dir, out_dir, seed) -> report`` (wired as ``vnmetrics train``).

Data: every sentence of corpus/dev that holds a gold fact or a weak entity, tokenised by underthesea
(``extract.tokenize``), labelled with ``extract.ner.weak`` (gazetteer, registry, period rules, ORG patterns,
gold subjects). Documents are split by id into train (80%) and held-out (20%) with the seed; the report gives
held-out precision/recall/F1 per label, then the final model is trained on all documents and saved.
Reproducible: fixed seed, sorted inputs, single-threaded numpy ops.
"""

from __future__ import annotations

import json
import random
import time
from datetime import date
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, load_config, load_model_from_config, minibatch

from extract.dates import extract_dateline
from extract.ner.docs import sentence_doc
from extract.ner.weak import LABELS, weak_spans
from extract.normalize import nfc
from extract.tokenize import split_sentences

CONFIG = Path(__file__).resolve().parents[2] / "models" / "ner" / "config.cfg"


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
        docs.append({"id": doc_id, "text": text, "gold": gold, "published": published})
    return docs


def _examples(nlp: spacy.Language, doc: dict) -> list[Example]:
    text = doc["text"]
    ents = weak_spans(text, doc["published"], doc["gold"])
    fact_starts = [g["start"] for g in doc["gold"]]
    out = []
    for s, e in split_sentences(text):
        sent_ents = [(a - s, b - s, lab) for a, b, lab in ents if a >= s and b <= e]
        if not sent_ents and not any(s <= f < e for f in fact_starts):
            continue
        pred, _ = sentence_doc(nlp.vocab, text[s:e])
        spans = []
        for a, b, lab in sent_ents:
            span = pred.char_span(a, b, label=lab, alignment_mode="contract")
            if span is not None and len(span):
                spans.append((span.start_char, span.end_char, lab))
        out.append(Example.from_dict(pred, {"entities": spans}))
    return out


def _fit(examples: list[Example], seed: int) -> spacy.Language:
    fix_random_seed(seed)
    config = load_config(CONFIG, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for lab in LABELS:
        ner.add_label(lab)
    optimizer = nlp.initialize(lambda: examples)
    tcfg = config["training"]
    rng = random.Random(seed)
    data = list(examples)
    for _epoch in range(int(tcfg["max_epochs"])):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=32):
            nlp.update(batch, sgd=optimizer, drop=float(tcfg["dropout"]), losses=losses)
    if optimizer.averages:
        # Use the averaged weights (use_averages = true) for prediction and saving.
        with nlp.use_params(optimizer.averages):
            nlp_bytes = nlp.to_bytes()
        nlp.from_bytes(nlp_bytes)
    return nlp


def _score(nlp: spacy.Language, examples: list[Example]) -> dict:
    preds = []
    for ex in examples:
        doc = ex.predicted.copy()
        doc.ents = []
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        preds.append(Example(doc, ex.reference))
    scores = nlp.get_pipe("ner").score(preds)
    # sorted: spaCy's per-type scores come in set order, and the report must be byte-identical across runs
    per_type = scores.get("ents_per_type") or {}
    per = {lab: {k: round(v, 4) for k, v in sorted(per_type[lab].items())} for lab in sorted(per_type)}
    return {"p": round(scores["ents_p"] or 0.0, 4), "r": round(scores["ents_r"] or 0.0, 4),
            "f": round(scores["ents_f"] or 0.0, 4), "per_label": per}


def train(corpus_dir: Path, out_dir: Path, seed: int = 0) -> dict:
    """Train on corpus_dir/dev, write the model to out_dir, return (and write) the training report."""
    t0 = time.time()
    docs = _load_docs(Path(corpus_dir))
    if not docs:
        raise FileNotFoundError(f"no texts under {corpus_dir}/dev/texts")
    nlp0 = spacy.blank("xx")
    by_doc = {d["id"]: _examples(nlp0, d) for d in docs}
    ids = sorted(by_doc)
    rng = random.Random(seed)
    held = set(rng.sample(ids, max(1, len(ids) // 5))) if len(ids) >= 5 else set()
    train_ex = [ex for i in ids if i not in held for ex in by_doc[i]]
    held_ex = [ex for i in ids if i in held for ex in by_doc[i]]
    report: dict = {"seed": seed, "documents": len(ids), "held_out_documents": sorted(held),
                    "train_sentences": len(train_ex), "held_out_sentences": len(held_ex),
                    "labels": list(LABELS), "config": str(CONFIG.name)}
    if held_ex:
        report["held_out"] = _score(_fit(train_ex, seed), held_ex)
    all_ex = [ex for i in ids for ex in by_doc[i]]
    final = _fit(all_ex, seed)
    report["train_fit"] = _score(final, all_ex)
    counts: dict[str, int] = {}
    for ex in all_ex:
        for ent in ex.reference.ents:
            counts[ent.label_] = counts.get(ent.label_, 0) + 1
    report["entity_counts"] = counts
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

    ap = argparse.ArgumentParser(description="Train the vnmetrics NER")
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--out", type=Path, default=Path("models/ner"))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(json.dumps(train(a.corpus, a.out, a.seed), ensure_ascii=False, indent=2))
