"""The entity recogniser: INDICATOR, LOC, ORG and PERIOD spans over underthesea's words, one Doc per sentence.

A spaCy ``ner`` (config ``models/ner/entities.cfg``) trained on the hand-corrected entity files of the corpus
(``corpus/<split>/entities``, see corpus/ENTITIES.md). Docs are built from ``extract.tokenize`` word spans, so
training and tagging cut words the same way. ``extract.linking`` asks it only about a sentence where a figure's
place would rest on a name the dictionaries' patterns did not read (a bare district name) or on an agency as
its clause's subject (see ``extract.linking._recognised_scope``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed, load_config, load_model_from_config

from extract.ner.entities import LABELS
from extract.ner.pipelines import load_trained, update_for_epochs
from extract.spacy_bridge import make_doc
from extract.tokenize import tokenize

MODELS = Path(__file__).resolve().parents[2] / "models" / "ner"
CONFIG = MODELS / "entities.cfg"
MODEL_DIR = MODELS / "entity_recognizer"


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Sample:
    """One training sentence, independent of any vocab: its words and gold spans in word indices."""
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    spans: tuple[tuple[int, int, str], ...]


def samples_of(text: str, sentences: list[tuple[int, int]], entities: list[dict]) -> tuple[list[Sample], int]:
    """Training sentences, and how many gold spans do not fall on word boundaries (they are widened to the
    words they touch; one that then collides with another is dropped)."""
    vocab = _blank().vocab
    out: list[Sample] = []
    widened = 0
    for s, e in sentences:
        piece = text[s:e]
        doc = make_doc(vocab, piece, tokenize(piece))
        spans: list[tuple[int, int, str]] = []
        for ent in entities:
            if ent["start"] >= s and ent["end"] <= e:
                span = doc.char_span(ent["start"] - s, ent["end"] - s)
                if span is None:
                    widened += 1
                    span = doc.char_span(ent["start"] - s, ent["end"] - s, alignment_mode="expand")
                if span is not None and all(span.end <= a or span.start >= b for a, b, _ in spans):
                    spans.append((span.start, span.end, ent["label"]))
        out.append(Sample(tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc), tuple(spans)))
    return out, widened


@lru_cache(maxsize=1)
def _blank() -> spacy.Language:
    return spacy.blank("xx")


def _example(nlp: spacy.Language, sample: Sample) -> Example:
    pred = Doc(nlp.vocab, words=list(sample.words), spaces=list(sample.spaces))
    ref = Doc(nlp.vocab, words=list(sample.words), spaces=list(sample.spaces))
    ref.ents = [Span(ref, a, b, label=lab) for a, b, lab in sample.spans]
    return Example(pred, ref)


def fit(samples: list[Sample], seed: int) -> spacy.Language:
    """A recogniser trained on ``samples`` with ``seed``: same inputs and seed, same weights."""
    fix_random_seed(seed)
    config = load_config(CONFIG, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    update_for_epochs(nlp, [_example(nlp, s) for s in samples], config["training"], seed, batch_size=32)
    return nlp


def recognise(nlp: spacy.Language, text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """Entities in the given sentences of ``text``, with offsets into ``text``."""
    docs = [make_doc(nlp, text[s:e], tokenize(text[s:e])) for s, e in sentences]
    out: list[Entity] = []
    for (s, _e), doc in zip(sentences, nlp.get_pipe("ner").pipe(docs), strict=True):
        out.extend(Entity(s + ent.start_char, s + ent.end_char, ent.label_) for ent in doc.ents)
    return out


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> spacy.Language | None:
    """The trained recogniser, or None when it has not been trained (linking then uses rules alone)."""
    return load_trained(Path(path) if path else MODEL_DIR, "ner")
