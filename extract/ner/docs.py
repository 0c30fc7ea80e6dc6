"""spaCy ``Doc``s over underthesea word spans (the tokenisation the rules use)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.tokenize import tokenize


def sentence_doc(vocab: Vocab, sentence: str) -> tuple[Doc, list[tuple[int, int]]]:
    """A Doc for one sentence and the character span of each of its tokens."""
    spans = tokenize(sentence)
    try:  # the extractor's bridge, when present, is the one way to build Docs
        from extract.spacy_bridge import make_doc
    except ImportError:
        make_doc = None
    if make_doc is not None:
        return make_doc(vocab, sentence, spans), spans
    words = [sentence[a:b] for a, b in spans]
    spaces = [spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1)] + [False] if spans else []
    return Doc(vocab, words=words, spaces=spaces), spans
