"""Extractor throughput against an in-run baseline: ``python -m bench.extract_bench``.

Times ``extract.pipeline.extract_document`` over the corpus texts (dev + test texts and the shared seeds;
timing them is fine, tuning on test is not) with and without linking, and, in the same run, the same
texts through ``underthesea.ner`` on every sentence as the baseline. Reports articles per second per core
(pinned to one core where the OS allows), medians over repeats, the ratios, and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIRS = [
    ROOT / "corpus" / "dev" / "texts",
    ROOT / "corpus" / "test" / "texts",
    ROOT.parent / "shared" / "corpus" / "seeds",
]


def load_texts() -> list[str]:
    from extract.normalize import nfc

    texts = []
    for d in TEXT_DIRS:
        if d.is_dir():
            texts.extend(nfc(p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.txt")))
    return texts


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
        return f"pinned to cpu {cpus[-1]}"
    return "not pinned (no sched_setaffinity)"


def time_runs(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5, help="timed passes over the texts for the extractor")
    ap.add_argument("--ner-repeats", type=int, default=1, help="timed passes for the (slow) NER baseline")
    args = ap.parse_args(argv)

    print(pin_one_core())
    texts = load_texts()
    if not texts:
        print("no corpus texts found", file=sys.stderr)
        return 1
    from underthesea import ner

    from extract.pipeline import extract_document
    from extract.tokenize import split_sentences

    n = len(texts)
    sentences = [[t[s:e] for s, e in split_sentences(t)] for t in texts]
    n_sent = sum(len(x) for x in sentences)
    print(f"{n} articles, {n_sent} sentences, {sum(len(t) for t in texts)} characters")

    def run_extract(link: bool) -> Callable[[], object]:
        def go() -> int:
            return sum(len(extract_document(t, doc_id=str(i), link=link)) for i, t in enumerate(texts))
        return go

    def run_ner() -> int:
        return sum(len(ner(s)) for sent in sentences for s in sent)

    # Warm-up: imports, lazy models, regex compilation.
    run_extract(True)()
    ner(sentences[0][0])

    rules = time_runs(run_extract(False), args.repeats)
    full = time_runs(run_extract(True), args.repeats)
    base = time_runs(run_ner, args.ner_repeats)
    med_rules, med_full, med_base = (statistics.median(x) for x in (rules, full, base))
    print(f"extract (rules only) : {n / med_rules:8.1f} articles/s  (median of {args.repeats})")
    print(f"extract (full, linked): {n / med_full:8.1f} articles/s  (median of {args.repeats})")
    print(f"underthesea.ner every sentence (baseline): {n / med_base:8.1f} articles/s, "
          f"{n_sent / med_base:.0f} sentences/s (median of {args.ner_repeats})")
    print(f"ratio full extractor / ner baseline: {med_base / med_full:.1f}x")
    print(f"ratio rules-only / ner baseline: {med_base / med_rules:.1f}x")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS: {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
