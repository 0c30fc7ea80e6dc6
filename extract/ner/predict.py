"""Load the trained linking models (``models/ner``) and label fact contexts with the indicator classifier."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import spacy
from spacy.tokens import Doc

from extract.ner.pipelines import load_trained

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner" / "indicator_classifier"
NONE = "NONE"


class Models(NamedTuple):
    """The trained models linking may use; either may be None (not trained), linking then uses rules there."""
    indicator: spacy.Language | None
    entities: spacy.Language | None


def load_models() -> Models:
    from extract.ner import entity_model

    return Models(indicator=load_model(), entities=entity_model.load_model())


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> spacy.Language | None:
    """The trained pipeline, or None when it has not been trained (linking then uses rules only)."""
    return load_trained(Path(path) if path else MODEL_DIR, "textcat")


def as_doc(nlp: spacy.Language, words: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words or ["<empty>"])


def classify(nlp: spacy.Language, contexts: list[list[str]]) -> list[tuple[str, float]]:
    """For each context (``context.fact_context`` words): the best label and its probability."""
    out = []
    for doc in nlp.get_pipe("textcat").pipe(as_doc(nlp, w) for w in contexts):
        label, prob = max(sorted(doc.cats.items()), key=lambda kv: kv[1])
        out.append((label, float(prob)))
    return out
