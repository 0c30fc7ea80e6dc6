"""Text normalisation: the single place for NFC, tone-mark placement, odd spaces, quotes and dashes.

Two views of a text are used across the project:

* the NFC text, which every offset in the fact contract indexes;
* ``normalize_for_matching(nfc_text)``, a same-length shadow used by all rules, so a pattern written
  once (lowercase, ``hòa`` tone placement, ASCII quotes/dashes/spaces) matches every spelling while
  the match positions stay valid in the NFC text.

``clean_web_text`` is for crawled text before it is stored; it may change lengths.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def nfc(text: str) -> str:
    """Unicode NFC: the composed form every offset in the project refers to."""
    return unicodedata.normalize("NFC", text)


def _split_tone(ch: str) -> tuple[str, str]:
    """(base letter without tone, tone mark or '') for one composed character."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return base, tone


def _with_tone(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# Second vowels of the pairs whose tone placement varies ("hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy"),
# carrying a tone mark. Built from the decomposition so every case/tone combination is covered.
def _toned(letters: str) -> str:
    out = []
    for letter in letters:
        for tone in _TONES:
            out.append(_with_tone(letter, tone))
    return "".join(out)


_OLD_STYLE = re.compile(
    "(?<![qQ])(?:([oO])([" + _toned("aAeE") + "])|([uU])([" + _toned("yY") + "]))(?![^\\W\\d_])"
)


def _move_tone(m: re.Match[str]) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    base, tone = _split_tone(second)
    return _with_tone(first, tone) + base


# Every match of _OLD_STYLE is one of these pairs. The engine finds them fast (it skips to the o/u), but
# not _OLD_STYLE itself, which opens with a lookbehind and so is tried at every character: it is only
# tried where a pair is. Pairs never overlap (the second letter is no o/u), so none hides a match.
_PAIR = re.compile("[oOuU][" + _toned("aAeEyY") + "]")


def unify_tone_marks(text: str) -> str:
    """Put the tone of word-final ``oa``/``oe``/``uy`` on the first vowel (``hoà`` -> ``hòa``).

    Same length as the input (both vowels are single composed characters in NFC). ``quý`` is left alone:
    there the ``u`` belongs to the consonant ``qu``.
    """
    parts = []
    done = 0
    for pair in _PAIR.finditer(text):
        if (m := _OLD_STYLE.match(text, pair.start())) is not None:
            parts += [text[done:m.start()], _move_tone(m)]
            done = m.end()
    return "".join([*parts, text[done:]]) if parts else text


_SPACE_LIKE = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_MATCH_TABLE: dict[int, str] = {}
for _c in _SPACE_LIKE + _ZERO_WIDTH:
    _MATCH_TABLE[ord(_c)] = " "
for _c in _DOUBLE_QUOTES:
    _MATCH_TABLE[ord(_c)] = '"'
for _c in _SINGLE_QUOTES:
    _MATCH_TABLE[ord(_c)] = "'"
for _c in _DASHES:
    _MATCH_TABLE[ord(_c)] = "-"
# Icelandic eth is a common look-alike typed for the Vietnamese D-stroke.
_MATCH_TABLE[ord("\u00d0")] = "đ"
_MATCH_TABLE[ord("\u00f0")] = "đ"
# str.translate looks up every character of the text; these characters are rare, so replacing just them is
# an order of magnitude faster on an article, with the same result.
_MATCH_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _MATCH_TABLE) + "]")


def _to_matching_chars(m: re.Match[str]) -> str:
    return _MATCH_TABLE[ord(m.group())]


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. 'İ') lower to two code points; keep those as they are so offsets hold.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def normalize_for_matching(text: str) -> str:
    """Same-length matching view: lowercase, unified tone marks, ASCII spaces/quotes/dashes."""
    if len(text) >= 1000:
        return _normalize_article(text)
    return _normalize(text)


def _normalize(text: str) -> str:
    out = unify_tone_marks(_lower_same_length(_MATCH_CHARS.sub(_to_matching_chars, text)))
    if len(out) != len(text):  # defensive: every step above is one-for-one
        raise AssertionError("normalize_for_matching changed the text length")
    return out


# An article is normalised three times in one extraction (sentence split, rules, linker); a few whole texts
# are kept, never enough to outlive the article.
_normalize_article = lru_cache(maxsize=4)(_normalize)


_CLEAN_TABLE = {ord(c): " " for c in _SPACE_LIKE}
_CLEAN_TABLE.update({ord(c): None for c in _ZERO_WIDTH})
_MULTI_SPACE = re.compile(r"[ ]{2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def clean_web_text(text: str) -> str:
    """Tidy crawled text: entities, NFC, ``hòa`` tone style, no odd spaces, no trailing blanks.

    Not offset-preserving; run it before text is stored, never on text already annotated.
    """
    text = html.unescape(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = nfc(text).translate(_CLEAN_TABLE)
    text = unify_tone_marks(text)
    lines = [_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


# Python's re has no \p{Lu}/\p{Ll}: the Latin letters Vietnamese uses, capital and small, as character-class
# bodies (a range such as À-Ỹ mixes both cases).
UPPER_LETTERS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
LOWER_LETTERS = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
