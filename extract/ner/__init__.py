"""The trained NER (INDICATOR, LOC, ORG, PERIOD) over underthesea tokens.

``train.py`` builds it from corpus/dev (weak labels from the linking rules + the gold facts' subjects),
``predict.py`` loads ``models/ner`` and tags the sentences that carry facts for ``extract.linking``.
"""

import os

# One BLAS thread for training and tagging: multi-threaded reductions may sum in a different order from run
# to run, and the same seed must give the same weights (`vnmetrics train` imports this before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
