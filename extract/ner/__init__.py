"""The trained linking models in ``models/ner``, both spaCy pipelines built by ``vnmetrics train`` from corpus/dev.

* The entity recogniser (``entity_model.py``, ``models/ner/entity_recognizer``): a spaCy ``ner`` with the labels
  INDICATOR, LOC, ORG and PERIOD over underthesea's words, trained on the hand-corrected entity files
  (``corpus/dev/entities``, guide in corpus/ENTITIES.md; ``entities.py`` reads and checks them, ``annotate.py``
  proposes spans for correction). Linking asks it about names the dictionaries' patterns did not read.
* The indicator classifier (``context.py``, ``predict.py``, ``models/ner/indicator_classifier``): a spaCy
  ``textcat`` choosing which index (or none) a fact reports from its context window; linking asks it only
  about facts the rules leave without an indicator or link by a weak fallback.

``train.py`` trains both (loop and loading shared in ``pipelines.py``) and measures what they add to the rules by
k-fold cross-validation over documents.
"""

import os

# One BLAS thread for training and tagging: multi-threaded reductions may sum in a different order from run
# to run, and the same seed must give the same weights (`vnmetrics train` imports this before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
