"""Load the trained NER (``models/ner/model``) and tag sentences by character offsets."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy

from extract.ner.docs import sentence_doc

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner" / "model"


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> spacy.Language | None:
    """The trained pipeline, or None when it has not been trained (linking then uses rules only)."""
    p = Path(path) if path else MODEL_DIR
    if not (p / "config.cfg").exists():
        return None
    return spacy.load(p)


def entities(nlp: spacy.Language, text: str, sentences: list[tuple[int, int]]) -> list[list[tuple[str, int, int]]]:
    """For each (start, end) sentence of ``text``: its entities as (label, start, end) in ``text`` offsets."""
    docs = []
    for s, e in sentences:
        doc, _ = sentence_doc(nlp.vocab, text[s:e])
        docs.append(doc)
    out = []
    for (s, _e), doc in zip(sentences, nlp.pipe(docs), strict=True):
        out.append([(ent.label_, s + ent.start_char, s + ent.end_char) for ent in doc.ents])
    return out
