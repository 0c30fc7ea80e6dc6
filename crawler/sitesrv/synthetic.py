"""Large generated portal sites (for the benchmark's 10,000-page crawl and the kill/resume test).

Pages reuse the fixture sites' article records with new ids, slugs and dates, so they look like real portal
pages of the chosen family, and the expected clean text of every page is known.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from crawler.sitesrv.build import Site, load_records, render_site

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "sites"


def seed_records() -> list[dict[str, Any]]:
    """The fixture articles that render cleanly anywhere (UTF-8, NFC, dated)."""
    records = []
    for path in sorted(FIXTURES.glob("*/articles.toml")):
        for record in load_records(path):
            if not (record.get("encoding") or record.get("form") or record.get("no_date")):
                records.append(record)
    return records


def synthetic_site(n: int, cms: str = "nukeviet", *, site_id: str | None = None, per_page: int = 20,
                   crawl_delay: float | None = None, start: datetime | None = None) -> Site:
    """A site of `n` articles of family `cms`, newest first, one every 3 hours back from `start`."""
    seeds = seed_records()
    start = start or datetime.fromisoformat("2025-06-30T17:00:00+07:00")
    records = []
    for i in range(n):
        record = copy.deepcopy(seeds[i % len(seeds)])
        record["n"] = 500_000 + i
        record["slug"] = f"{record['slug']}-so-{i}"
        record["title"] = f"{record['title']} (bài {i})"
        record["published_at"] = (start - timedelta(hours=3 * i)).isoformat()
        records.append(record)
    config: dict[str, Any] = {"id": site_id or f"synthetic-{cms}-{n}", "name": f"Cổng thông tin mô phỏng {n} bài",
                              "cms": cms, "province": "Quảng Ninh", "per_page": per_page, "category_slug": "tin-tuc",
                              "robots": {} if crawl_delay is None else {"crawl_delay": crawl_delay}}
    return render_site(config, records)
