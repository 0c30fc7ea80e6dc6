"""The context window the indicator classifier reads for one fact, as a list of feature words.

Words are lowercased syllables and punctuation of ``normalize_for_matching`` text (no tokenizer model: cheap
and identical at training and run time), digits folded to ``0`` so figures do not become features. Parts are
told apart by prefixes, because a bag of n-grams has no positions: ``h:`` the article's headline, ``p:`` the
previous sentence, plain words for the fact's own sentence with the span replaced by ``<f>`` and the fact's
kind (``<percent>``), and ``n:`` the four words either side of the span.
"""

from __future__ import annotations

import re

from extract import page

_WORD = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d+")
NEAR = 4


def _words(norm: str, lo: int, hi: int) -> list[str]:
    # Folding digits before splitting gives the same words (a digit run lies inside one word and stays a
    # word character) at a fraction of the cost of a substitution per word.
    return _WORD.findall(_DIGITS.sub("0", norm[lo:hi]))


def headline_span(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The title, below any masthead, section path or dateline (the linker's own, so training and linking read the
    same words)."""
    return page.title_span(text, paragraphs)


def _prefixed(norm: str, span: tuple[int, int], prefix: str, memo: dict | None) -> list[str]:
    if memo is None:
        return [prefix + w for w in _words(norm, *span)]
    key = (prefix, span)
    if key not in memo:
        memo[key] = [prefix + w for w in _words(norm, *span)]
    return memo[key]


def fact_context(norm: str, sentences: list[tuple[int, int]], headline: tuple[int, int] | None,
                 start: int, end: int, kind: str, memo: dict | None = None) -> list[str]:
    """Feature words for the fact at ``norm[start:end]`` (``sentences`` sorted spans of the same text).

    ``memo``: a dict kept by the caller over the facts of one text (the same ``norm``), so the headline's and a
    previous sentence's words, the same for every fact after them, are read once."""
    idx = next((i for i, (a, b) in enumerate(sentences) if a <= start < b), None)
    sent = sentences[idx] if idx is not None else (max(0, start - 200), min(len(norm), end + 200))
    out: list[str] = []
    if headline is not None and not (headline[0] <= start < headline[1]):
        out += _prefixed(norm, headline, "h:", memo)
    if idx:
        prev = sentences[idx - 1]
        out += _prefixed(norm, prev, "p:", memo)
    left = _words(norm, sent[0], start)
    right = _words(norm, end, sent[1])
    out += [*left, "<f>", f"<{kind}>", *right]
    out += ["n:" + w for w in left[-NEAR:]] + ["n:" + w for w in right[:NEAR]]
    return out
