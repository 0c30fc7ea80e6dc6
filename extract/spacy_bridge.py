"""underthesea tokens in a spaCy ``Doc``, and the fact rules as spaCy pipeline components.

``spacy.blank("vi")`` needs pyvi, which is not a dependency, so the blank pipeline is multilingual
(``xx``) with a tokenizer that runs ``extract.tokenize`` (underthesea words, numbers whole) sentence by
sentence. Components, registered by name so a config can list them:

* ``vnmetrics_numbers``: every quantity as a span in ``doc.spans["numbers"]`` (value in ``span._.value``);
* ``vnmetrics_fact_rules``: the typed facts (``extract.rules``) in ``doc.spans["facts"]``, each with the
  candidate in ``span._.fact``; spans are snapped to token boundaries (the candidate keeps exact offsets).
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extract.normalize import normalize_for_matching
from extract.numbers import detect_style, find_numbers
from extract.rules import sentence_candidates
from extract.tokenize import split_sentences, tokenize

for _name in ("value", "fact"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def make_doc(vocab_or_nlp: Vocab | Language, text: str, token_spans: Sequence[tuple[int, int]]) -> Doc:
    """A ``Doc`` whose text is exactly ``text`` and whose tokens are ``token_spans``.

    Text between tokens that is more than one space (newlines, double spaces, uncovered characters) becomes
    whitespace or extra tokens, as spaCy itself does, so ``doc.text == text`` always holds.
    """
    vocab = vocab_or_nlp.vocab if isinstance(vocab_or_nlp, Language) else vocab_or_nlp
    words: list[str] = []
    spaces: list[bool] = []
    cursor = 0

    def gap(until: int) -> None:
        nonlocal cursor
        piece = text[cursor:until]
        if not piece:
            return
        if words and piece[0] == " " and not spaces[-1]:
            spaces[-1] = True
            piece = piece[1:]
        if piece:
            words.append(piece)
            spaces.append(False)
        cursor = until

    for start, end in sorted(token_spans):
        if start < cursor or end <= start:
            continue  # overlapping or empty spans cannot be tokens
        gap(start)
        words.append(text[start:end])
        spaces.append(False)
        cursor = end
    gap(len(text))
    doc = Doc(vocab, words=words, spaces=spaces)
    if doc.text != text:  # defensive: the construction above is lossless
        raise AssertionError("make_doc lost characters")
    return doc


class VietnameseTokenizer:
    """spaCy tokenizer: underthesea words via ``extract.tokenize``, sentence by sentence."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        spans: list[tuple[int, int]] = []
        for s, e in split_sentences(text):
            spans.extend((s + a, s + b) for a, b in tokenize(text[s:e]))
        doc = make_doc(self.vocab, text, spans)
        # Sentence starts from the splitter, so rule components and NER agree on sentences.
        starts = {s for s, _ in split_sentences(text)}
        for tok in doc:
            tok.is_sent_start = tok.idx in starts or tok.i == 0
        return doc


@Language.component("vnmetrics_numbers")
def numbers_component(doc: Doc) -> Doc:
    """Every quantity (digits, words, fractions, ranges) as ``doc.spans["numbers"]``."""
    norm = normalize_for_matching(doc.text)
    spans = []
    for m in find_numbers(norm, detect_style(doc.text)):
        span = doc.char_span(m.start, m.end, label=m.shape, alignment_mode="expand")
        if span is not None:
            span._.value = m.value
            spans.append(span)
    doc.spans["numbers"] = spans
    return doc


@Language.component("vnmetrics_fact_rules")
def fact_rules_component(doc: Doc) -> Doc:
    """Typed facts of ``extract.rules`` as ``doc.spans["facts"]`` (label = kind)."""
    text = doc.text
    norm = normalize_for_matching(text)
    style = detect_style(text)
    spans = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        for cand in sentence_candidates(text[s:e], norm[s:e], s, style, before=norm[:s]):
            span = doc.char_span(cand.start, cand.end, label=cand.kind, alignment_mode="expand")
            if span is not None:
                span._.fact = cand
                spans.append(span)
    doc.spans["facts"] = spans
    return doc


def blank_pipeline(with_rules: bool = True) -> Language:
    """A blank multilingual pipeline with the Vietnamese tokenizer (and the rule components)."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = VietnameseTokenizer(nlp.vocab)
    if with_rules:
        nlp.add_pipe("vnmetrics_numbers")
        nlp.add_pipe("vnmetrics_fact_rules")
    return nlp
