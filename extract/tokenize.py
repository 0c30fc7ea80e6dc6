"""Sentence and word spans over NFC text, from underthesea, with the fixes the fact rules need.

underthesea returns strings, not offsets, and rewrites some of them (it re-places tone marks:
``Khoẻ`` comes back as ``Khỏe``), so both functions align its output back onto the input through the
same-length matching view of ``extract.normalize``. Known faults that are patched here:

* sentences are cut after abbreviations (``TP.``, ``TX.Phú Mỹ``, ``PGS.TS.``) and are not cut at line
  breaks, so headings run into the next paragraph;
* words glue numbers to their neighbours (``79,92 điểm``, ``TP.Thuận An 2,2``) or read ``9/63`` as a
  date; every number (``8.578/17.464``, ``79,92``, ``9/63``, ``2,2``) is kept as one token.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import pairwise

from extract.normalize import nfc, normalize_for_matching

Span = tuple[int, int]

# Abbreviations that end in a dot but never end a sentence in this genre.
_ABBREV_END = re.compile(
    r"(?:^|[\s(\"'])(?:tp|tx|tt|ttg|q|p|h|x|tx|ts|ths|pgs|gs|bs|bsck|ks|ls|ncs|cn|th|ts\.bs|pgs\.ts|gs\.ts|"
    r"đ/c|v/v|s|st|ông|bà|mr|ms|dr|no|tr|[a-zđ])\.$"
)
_ABBREV_GLUED = re.compile(r"(?:pgs|gs|ts|ths|bs)\.(?:ts|bs|ths|ks)?\.?$")
_GLUE = re.compile(r"[^\W\d_]|\s")
_NUMBER_TOKEN = re.compile(
    r"(?<![\w.,/])\d+(?:[.,]\d+)*(?:\s?/\s?\d+(?:[.,]\d+)*)?(?![\w])"
)


@lru_cache(maxsize=1)
def _underthesea() -> tuple:
    # Imported lazily: underthesea's import costs ~1 s and not every caller needs it.
    from underthesea import sent_tokenize, word_tokenize

    return sent_tokenize, word_tokenize


_SENT_END_CHAR = re.compile(r"[.?!]")


@lru_cache(maxsize=1)
def _punkt() -> object | None:
    """underthesea's loaded Punkt tokenizer, when it is the one _sent_tokenize follows (looked up once)."""
    sent_tokenize, _ = _underthesea()
    module = sys.modules.get(sent_tokenize.__module__)
    loader = getattr(module, "_load_model", None)
    if loader is None:
        return None
    loader()
    tok = getattr(module, "sentence_tokenizer", None)
    if type(tok).__name__ != "PunktSentenceTokenizer" or frozenset(".?!") != tok.SENT_END_CHARS \
            or not hasattr(tok, "_is_sentence_boundary"):
        return None
    return tok


def _sent_tokenize(text: str) -> list[str]:
    """underthesea's ``sent_tokenize``, its loop jumping from one ``.``/``?``/``!`` to the next.

    Its tokenizer steps through the text a character at a time and acts only at those three characters (a
    tenth of the extractor's time went to the steps in between); here the same steps are taken at the same
    characters, with its own boundary test, so the sentences are the same (tests/test_tokenize.py compares
    both on the corpus). Any other tokenizer than the one this follows is called as it is.
    """
    tok = _punkt()
    if tok is None:
        return _underthesea()[0](text)
    if not text or not text.strip():
        return []
    ends = tok.SENT_END_CHARS
    sentences = []
    start = 0
    n = len(text)
    i = 0

    def close(end: int) -> int:
        """Keep text[start:end] as a sentence; where the next one starts, past the whitespace."""
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        while end < n and text[end] in " \t\n\r":
            end += 1
        return end

    while (nxt := _SENT_END_CHAR.search(text, i)) is not None:
        i = nxt.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis: a boundary at the end or before a capital
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    dot_end = start = close(dot_end)
                i = dot_end
                continue
        if tok._is_sentence_boundary(text, i):
            end = i + 1
            while end < n and text[end] in ends:
                end += 1
            i = start = close(end)
            continue
        i += 1
    final = text[start:].strip()
    if final:
        sentences.append(final)
    return sentences


def _align(pieces: list[str], text: str, norm: str) -> list[Span]:
    """Offsets of ``pieces`` (in order) inside ``text``, tolerant of re-spacing and tone re-placement."""
    spans: list[Span] = []
    cursor = 0
    for piece in pieces:
        target = normalize_for_matching(nfc(piece)).strip()
        if not target:
            continue
        pos = norm.find(target, cursor)
        if pos >= 0 and norm[cursor:pos].strip() == "":
            spans.append((pos, pos + len(target)))
            cursor = pos + len(target)
            continue
        # Whitespace differs (double spaces, newlines) or the piece is not at the cursor: search with
        # flexible spaces, but never further than the next stretch of text, to stay in order.
        pattern = r"\s+".join(re.escape(part) for part in target.split())
        m = re.compile(pattern).search(norm, cursor)
        if m is not None:
            spans.append((m.start(), m.end()))
            cursor = m.end()
    return spans


_NON_SPACE = re.compile(r"\S+")


def _fill_gaps(spans: list[Span], text: str, start: int, end: int) -> list[Span]:
    """Add whitespace-separated pieces for any text the aligned spans do not cover."""
    out: list[Span] = []
    cursor = start
    for s, e in [*spans, (end, end)]:
        if s > cursor:
            out.extend((cursor + m.start(), cursor + m.end()) for m in _NON_SPACE.finditer(text[cursor:s]))
        if e > s:
            out.append((s, e))
        cursor = max(cursor, e)
    return out


_LINE = re.compile(r"[^\n]+")


def _line_pieces(text: str, s: int, e: int) -> list[Span]:
    """Cut a span at line breaks: headings and captions are sentences of their own."""
    out = []
    for m in _LINE.finditer(text[s:e]):
        a, b = s + m.start(), s + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_SENTENCE_END = re.compile(r"[.!?…:;\"')\]]$")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans ``(start, end)`` of ``text`` (NFC), stripped, in order, covering all its words."""
    if not text.strip():
        return []
    norm = normalize_for_matching(text)
    raw = _fill_gaps(_align(_sent_tokenize(text), text, norm), text, 0, len(text))
    # _fill_gaps may split text it had to recover at every space; rejoin those runs within a line.
    pieces: list[Span] = []
    for s, e in raw:
        pieces.extend(_line_pieces(text, s, e))
    merged: list[Span] = []
    for s, e in pieces:
        if merged:
            ps, pe = merged[-1]
            gap = text[pe:s]
            prev = norm[ps:pe]
            if "\n" not in gap and (
                _ABBREV_END.search(prev) or _ABBREV_GLUED.search(prev) or not _SENTENCE_END.search(prev)
            ):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def _number_spans(sentence: str) -> list[Span]:
    return [(m.start(), m.end()) for m in _NUMBER_TOKEN.finditer(sentence)]


def tokenize(sentence: str) -> list[Span]:
    """Word spans of one sentence: underthesea words, numbers kept whole, offsets exact."""
    if not sentence.strip():
        return []
    _, word_tokenize = _underthesea()
    norm = normalize_for_matching(sentence)
    spans = _fill_gaps(_align(word_tokenize(sentence), sentence, norm), sentence, 0, len(sentence))
    numbers = _number_spans(sentence)
    if not numbers:
        return spans
    inside = set()
    for s, e in numbers:
        inside.update(range(s + 1, e))
    cuts = set()
    for s, e in spans:
        cuts.update((s, e))
        # A number glued to words ("79,92 điểm", "TP.Thuận An 2,2") is cut out of its token; a token that is
        # only digits and separators ("15:04:25", "4-4-2024") is a date or time and stays whole.
        if _GLUE.search(sentence[s:e]):
            for ns, ne in numbers:
                if s < ns < e:
                    cuts.add(ns)
                if s < ne < e:
                    cuts.add(ne)
    cuts -= inside
    ordered = sorted(cuts)
    out: list[Span] = []
    for a, b in pairwise(ordered):
        piece = sentence[a:b]
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        out.append((a + lead, b - trail))
    return out
