"""The trained indicator classifier: which index (or none) a fact reports, from its context window.

A spaCy ``textcat`` (exclusive classes: each indicator id seen in the gold of corpus/dev, plus ``NONE``) over
the fact's context (``context.py``: headline, previous sentence, own sentence with the fact's span marked).
``train.py`` builds it from corpus/dev gold facts (``vnmetrics train``) and measures what it adds to the rules
by k-fold cross-validation over documents; ``predict.py`` loads ``models/ner/model`` for ``extract.linking``,
which asks it only about facts the rules leave without an indicator or link by a weak fallback.
(The package keeps its historical name: ``vnmetrics train`` and the model folder point here.)
"""

import os

# One BLAS thread for training and tagging: multi-threaded reductions may sum in a different order from run
# to run, and the same seed must give the same weights (`vnmetrics train` imports this before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
