"""Crawler benchmark: `python -m bench.crawl_bench [--pages 10000]`.

Three measurements, each with a baseline from the same run (the machines are small and noisy):
  1. Clean-text quality: character-level F1 of the stored text against the hand-cleaned text of every
     fixture page (tests/fixtures/sites), for our extractor and for plain `trafilatura.extract` (baseline);
     the demo snapshot is scored too (its "expected" text is the corpus body, which keeps some deliberate
     boilerplate lines, so 1.0 is not reachable there). Dates with time of day: exact-match rate.
  2. Parsing throughput: pages/s of `extract_page` on those pages vs `trafilatura.extract` (CPU-bound, one core).
  3. A real crawl through `vnmetrics crawl` (subprocess) of a generated NukeViet-style portal of N articles on
     loopback: pages/s, CPU ms/page and the crawler process's peak RSS (target < 1 GiB for 10,000 pages), vs a
     bare Scrapy spider that downloads the same pages and parses nothing (the framework's floor).
Targets: F1 >= 0.98 on fixtures, dates exact, >= 100 pages/s parsing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.extractors import decode_html, extract_page  # noqa: E402
from crawler.sitesrv import serve_sites  # noqa: E402
from crawler.sitesrv.build import load_site  # noqa: E402
from crawler.sitesrv.synthetic import synthetic_site  # noqa: E402
from crawler.snapshot import site_dirs  # noqa: E402
from tests.crawler_helpers import fixture_dirs, write_sources  # noqa: E402


def char_f1(predicted: str, gold: str) -> float:
    if not predicted and not gold:
        return 1.0
    if not predicted or not gold:
        return 0.0
    matched = sum(block.size for block in SequenceMatcher(None, predicted, gold, autojunk=False).get_matching_blocks())
    precision, recall = matched / len(predicted), matched / len(gold)
    return 0.0 if matched == 0 else 2 * precision * recall / (precision + recall)


def pages_of(dirs: list[Path]) -> list[tuple[str, str, str, dict]]:
    pages = []
    for directory in dirs:
        site = load_site(directory)
        for path, want in site.expected.items():
            html, _ = decode_html(site.routes[path].body)
            pages.append((site.cms, "http://127.0.0.1:1" + path, html, want))
    return pages


def quality(label: str, pages: list[tuple[str, str, str, dict]]) -> None:
    import trafilatura

    ours, base, dates = [], [], 0
    for cms, url, html, want in pages:
        page = extract_page(html, url, cms)
        ours.append(char_f1(page.text, want["text"]))
        base.append(char_f1((trafilatura.extract(html, url=url) or "").strip(), want["text"]))
        got = page.published_at.isoformat() if page.published_at else None
        dates += got == want["published_at"]
    print(f"{label:9} {len(pages):3} pages  clean-text F1 ours {statistics.mean(ours):.4f} (min {min(ours):.4f})"
          f"  trafilatura {statistics.mean(base):.4f} (min {min(base):.4f})  dates exact {dates}/{len(pages)}")


def throughput(pages: list[tuple[str, str, str, dict]], seconds: float = 4.0) -> None:
    import trafilatura

    def rate(fn) -> float:
        done, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for cms, url, html, _ in pages:
                fn(cms, url, html)
            done += len(pages)
        return done / (time.process_time() - start)

    ours = rate(lambda cms, url, html: extract_page(html, url, cms))
    base = rate(lambda cms, url, html: trafilatura.extract(html, url=url))
    print(f"parsing   ours {ours:7.1f} pages/s (CPU)  trafilatura.extract {base:7.1f} pages/s  ratio {ours / base:.2f}")


BARE_SPIDER = '''
import scrapy
from scrapy.utils.sitemap import Sitemap

class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": False, "LOG_LEVEL": "WARNING", "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
                       "DOWNLOAD_DELAY": 0, "TELNETCONSOLE_ENABLED": False}

    def __init__(self, sitemap, **kw):
        super().__init__(**kw)
        self.start_urls = [sitemap]

    def parse(self, response):
        for entry in Sitemap(response.body):
            yield scrapy.Request(entry["loc"], callback=self.page)

    def page(self, response):
        self.crawler.stats.inc_value("bare/pages")
'''


def _peak_rss(pid: int, peak: list[int], done: threading.Event) -> None:
    # VmHWM of the running child. Not ru_maxrss: Linux carries the parent's RSS at fork into the child's
    # ru_maxrss, and this process holds the whole generated site in memory.
    while not done.is_set():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak[0] = max(peak[0], int(line.split()[1]))
        done.wait(0.1)


def _child(args: list[str], cwd: Path = ROOT) -> tuple[float, float, float, str]:
    """Wall s, CPU s and peak RSS MiB of one child process."""
    # Files, not pipes: a chatty child must never block on a full pipe while we wait for it.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=out_file, stderr=err_file, text=True)
        peak, done = [0], threading.Event()
        watcher = threading.Thread(target=_peak_rss, args=(proc.pid, peak, done), daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        wall = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if os.waitstatus_to_exitcode(status) not in (0, 4):
        print(err[-3000:], file=sys.stderr)
        raise SystemExit(f"{args[:4]} failed")
    return wall, usage.ru_utime + usage.ru_stime, peak[0] / 1024, out.strip()


def crawl(n: int) -> None:
    t0 = time.perf_counter()
    site = synthetic_site(n, "nukeviet", per_page=20)
    print(f"crawl     generated a {n}-article NukeViet-style site in {time.perf_counter() - t0:.1f} s")
    with serve_sites([site]) as (server,), tempfile.TemporaryDirectory() as tmp:
        sources = write_sources([server], Path(tmp) / "sources.toml")
        wall, cpu, rss, out = _child([sys.executable, "-m", "vnmetrics", "crawl", "--sources", str(sources),
                                      "--db", str(Path(tmp) / "bench.duckdb")])
        ours_pages = sum(server.hits.values())
        server.hits.clear()
        spider = Path(tmp) / "bare.py"
        spider.write_text(BARE_SPIDER)
        b_wall, b_cpu, b_rss, _ = _child([sys.executable, "-m", "scrapy", "runspider", str(spider), "-a",
                                          f"sitemap={server.url('/sitemap.xml')}"], cwd=Path(tmp))
        bare_pages = sum(server.hits.values())
    print(f"crawl     {out}")
    print(f"crawl     ours  {ours_pages} responses in {wall:6.1f} s = {ours_pages / wall:6.1f} pages/s, "
          f"CPU {1000 * cpu / ours_pages:5.2f} ms/page, peak RSS {rss:6.0f} MiB")
    print(f"crawl     bare  {bare_pages} responses in {b_wall:6.1f} s = {bare_pages / b_wall:6.1f} pages/s, "
          f"CPU {1000 * b_cpu / bare_pages:5.2f} ms/page, peak RSS {b_rss:6.0f} MiB (Scrapy, no parsing/storing)")
    print(f"crawl     ratio ours/bare: pages/s {(ours_pages / wall) / (bare_pages / b_wall):.2f}, "
          f"CPU/page {(cpu / ours_pages) / (b_cpu / bare_pages):.2f}; peak RSS target < 1024 MiB: "
          f"{'met' if rss < 1024 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="articles in the generated crawl site")
    args = parser.parse_args()
    fixtures = pages_of(fixture_dirs())
    snapshot = pages_of(site_dirs())
    quality("fixtures", fixtures)
    quality("snapshot", snapshot)
    throughput(fixtures + snapshot)
    crawl(args.pages)
    print(f"bench     own peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
