"""What the two trained pipelines share: loading a trained one from ``models/ner``, and the seeded training loop."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import spacy
from spacy.training import Example
from spacy.util import minibatch


def load_trained(path: Path, pipe: str) -> spacy.Language | None:
    """The pipeline saved at ``path`` if it holds ``pipe``, else None (not trained: linking uses rules alone)."""
    if not (path / "config.cfg").exists():
        return None
    nlp = spacy.load(path)
    return nlp if pipe in nlp.pipe_names else None


def update_for_epochs(nlp: spacy.Language, examples: list[Example], training: Any, seed: int,
                      batch_size: int) -> None:
    """Train ``nlp`` (its pipes labelled) for the config's epochs in a seeded order, then keep the averaged
    weights: the same examples and seed give the same weights."""
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    data = list(examples)
    for _epoch in range(int(training["max_epochs"])):
        rng.shuffle(data)
        for batch in minibatch(data, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=float(training["dropout"]))
    if optimizer.averages:
        with nlp.use_params(optimizer.averages):
            weights = nlp.to_bytes()
        nlp.from_bytes(weights)
