"""The trained NER (INDICATOR, LOC, ORG, PERIOD) over underthesea tokens.

``train.py`` builds it from corpus/dev (weak labels from the linking rules + the gold facts' subjects),
``predict.py`` loads ``models/ner`` and tags the sentences that carry facts for ``extract.linking``.
"""
