"""`python -m bench [NAME ...]` (or `make bench`): run every benchmark, or the named ones (extract, crawl, dashboard).

Each benchmark measures a baseline in the same run and prints medians and ratios against it, because the
machines are small and noisy: absolute timings from different runs are not comparable, ratios are.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def available() -> list[str]:
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    return sorted(m.name.removesuffix("_bench") for m in modules if m.name.endswith("_bench"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    for name in names:
        print(f"\n=== bench {name} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}_bench")
        module.main([])
        print(f"=== bench {name}: {time.perf_counter() - started:.1f} s ===", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
