"""Extractor throughput against an in-run baseline: ``python -m bench.extract_bench``.

Times ``extract.pipeline.extract_document`` over the corpus texts (dev + test texts and the shared seeds;
timing them is fine, tuning on test is not) with and without linking, and, in the same run, the same
texts through ``underthesea.ner`` on every sentence as the baseline. Reports articles per second per core
(pinned to one core where the OS allows), medians over repeats, the ratios, and peak memory.

The machines' speed drifts by ±10% over a minute, longer than one pass takes, so a baseline timed after the
extractor measured another machine. The texts are therefore cut into chunks and each chunk is timed through the
extractor (median of the repeats) and the baseline one right after the other; the totals add the chunks up, so
both sides of each ratio saw the same moments' machine.
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
    ap.add_argument("--chunks", type=int, default=12, help="pieces of the corpus timed in turn with the baseline")
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

    def run_extract(chunk: range, link: bool) -> Callable[[], object]:
        def go() -> int:
            return sum(len(extract_document(texts[i], doc_id=str(i), link=link)) for i in chunk)
        return go

    def run_ner(chunk: range) -> Callable[[], object]:
        def go() -> int:
            return sum(len(ner(s)) for i in chunk for s in sentences[i])
        return go

    # Warm-up: imports, lazy models, regex compilation.
    run_extract(range(n), True)()
    ner(sentences[0][0])

    size = -(-n // args.chunks)
    chunks = [range(lo, min(n, lo + size)) for lo in range(0, n, size)]
    med_rules = med_full = med_base = 0.0
    chunk_ratios = []
    for chunk in chunks:
        rules = statistics.median(time_runs(run_extract(chunk, False), args.repeats))
        full = statistics.median(time_runs(run_extract(chunk, True), args.repeats))
        base = statistics.median(time_runs(run_ner(chunk), args.ner_repeats))
        med_rules, med_full, med_base = med_rules + rules, med_full + full, med_base + base
        chunk_ratios.append(base / full)
    how = f"median of {args.repeats} per chunk, {len(chunks)} chunks interleaved with the baseline"
    print(f"extract (rules only) : {n / med_rules:8.1f} articles/s  ({how})")
    print(f"extract (full, linked): {n / med_full:8.1f} articles/s  ({how})")
    print(f"underthesea.ner every sentence (baseline): {n / med_base:8.1f} articles/s, "
          f"{n_sent / med_base:.0f} sentences/s (median of {args.ner_repeats} per chunk)")
    print(f"ratio full extractor / ner baseline: {med_base / med_full:.1f}x "
          f"(chunks: {min(chunk_ratios):.1f}x … {max(chunk_ratios):.1f}x)")
    print(f"ratio rules-only / ner baseline: {med_base / med_rules:.1f}x")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS: {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
