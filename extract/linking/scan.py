"""Fast ``finditer`` for dictionary patterns: try a pattern only where one of its literal openings occurs.

The gazetteer's and the indicator registry's patterns open with a lookbehind and an alternation of
hundreds of names. The regex engine has no literal to skip ahead to in such a pattern, so it tries it at
every character of an article in turn, which made these scans most of the cost of linking. Every match of
them begins with one of a few known strings (a name's first word, a prefix such as ``huyện``); an
alternation of just those strings, grouped by first letter, is one the engine scans fast, and the pattern
is then tried only where one occurs. The matches are exactly ``pattern.finditer``'s, provided every match
really starts with one of the ``leads`` (tests/test_fast_scans.py checks each scan against finditer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class LeadScan:
    """``finditer`` of ``pattern`` (or, keyed by lead, of one pattern per lead) for a pattern every match of
    which starts with one of the literal strings ``leads``.

    With a pattern per lead, every lead must be a whole word in every match (what follows it is no word
    character): the lead found then says which pattern to try (for provinces, one holding only the names
    that begin with that word, not all of them).
    """

    def __init__(self, leads: Iterable[str], pattern: re.Pattern[str] | dict[str, re.Pattern[str]]) -> None:
        by_letter: dict[str, list[str]] = {}
        for lead in sorted(set(leads), key=len, reverse=True):
            by_letter.setdefault(lead[0], []).append(re.escape(lead[1:]))
        alts = "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in by_letter.items())
        self._lead = re.compile("(" + alts + ")" + (r"(?!\w)" if isinstance(pattern, dict) else ""))
        self._pattern = pattern

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
        hi = len(text) if hi is None else hi
        out: list[re.Match[str]] = []
        pos = at = lo
        while (lead := self._lead.search(text, at, hi)) is not None:
            at = lead.start()
            if at >= pos:
                rx = self._pattern[lead.group(1)] if isinstance(self._pattern, dict) else self._pattern
                if (m := rx.match(text, at, hi)) is not None:
                    out.append(m)
                    pos = m.end()
            at += 1  # leads may overlap ("thành phố" and a name in it): resume one character on
        return out
