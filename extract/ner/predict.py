"""Load the trained linking models (``models/ner``) and label fact contexts with the indicator classifier."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import spacy
from spacy.tokens import Doc
from spacy.util import minibatch

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
    textcat = nlp.get_pipe("textcat")
    labels = textcat.labels
    # Scores straight from the model, in the batches ``pipe`` would use, without writing them to ``doc.cats``
    # (read there, they came back as the same floats); a tie goes to the first label by name, as it did there.
    by_name = sorted(range(len(labels)), key=labels.__getitem__)
    out = []
    for batch in minibatch(contexts, size=128):
        for row in textcat.predict([as_doc(nlp, w) for w in batch]).tolist():
            best = max(by_name, key=row.__getitem__)
            out.append((labels[best], row[best]))
    return out
