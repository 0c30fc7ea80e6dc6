"""`python -m bench [NAME ...]` (or `make bench`): run every benchmark, or the named ones (extract, crawl, dashboard).

Each benchmark measures a baseline in the same run and prints medians and ratios against it, because the
machines are small and noisy: absolute timings from different runs are not comparable, ratios are.
"""

from __future__ import annotations

import pkgutil
import subprocess
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
    failed = False
    for name in names:
        print(f"\n=== bench {name} ===", flush=True)
        started = time.perf_counter()
        # A process per benchmark, so each one's peak memory is its own.
        code = subprocess.call([sys.executable, "-m", f"bench.{name}_bench"])
        print(f"=== bench {name}: exit {code}, {time.perf_counter() - started:.1f} s ===", flush=True)
        failed = failed or code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
