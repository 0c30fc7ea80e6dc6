"""vnmetrics.extract — numeric facts out of Vietnamese government news.

The extractor is a cascade chosen for speed and predictability on a small, formulaic domain:

1. ``normalize``: NFC, plus an offset-preserving "matching view" of the text (lowercase, one tone-mark
   placement, ASCII quotes/dashes/spaces) so every rule matches one spelling while the spans it returns
   still index the NFC input.
2. ``tokenize``: sentence spans (underthesea ``sent_tokenize`` mapped back to offsets and patched for
   abbreviations such as ``TP.``/``TX.``) and word spans (underthesea ``word_tokenize`` with numbers kept whole).
3. ``numbers``: the Vietnamese number reader (digits with ``.`` thousands and ``,`` decimals, number words,
   scale words, fractions, ranges, percent words).
4. ``rules``: turns each number into a typed fact (kind, role, direction, qualifier, unit, out_of,
   value_max, subject) or rejects it as a date, period, document number, slogan, ordinal, heading, phone
   number, counter or anaphor.
5. ``pipeline.extract_document``: runs 2-4 only on sentences that can hold a fact, then hands the facts to
   ``extract.linking`` (location, period, indicator) when that package provides ``link_facts``.

``spacy_bridge`` exposes the same steps as spaCy components (``vnmetrics_numbers``,
``vnmetrics_fact_rules``) for pipelines that want a ``Doc``.
"""

__version__ = "0.1.0"
