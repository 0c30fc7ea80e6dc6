"""Shared by the crawler tests and the crawl benchmark: loopback sites plus a sources.toml pointing at them."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.sitesrv import SiteServer
from crawler.sitesrv.build import start_path

FIXTURE_SITES = Path(__file__).resolve().parent / "fixtures" / "sites"


def fixture_dirs() -> list[Path]:
    return sorted(p.parent for p in FIXTURE_SITES.glob("*/site.toml"))


def write_sources(servers: list[SiteServer], path: Path, cms_override: dict[str, str] | None = None) -> Path:
    """A registry with one entry per running site (optionally registering a site under another family)."""
    blocks = []
    for server in servers:
        cfg = server.site.config
        cms = (cms_override or {}).get(cfg["id"], cfg["cms"])
        entry = {"id": cfg["id"], "name": cfg["name"], "cms": cms, "province": cfg.get("province"),
                 "start_urls": [server.url(start_path(cfg["cms"], cfg))]}
        blocks.append("[[source]]\n" + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}"
                                                 for k, v in entry.items() if v is not None))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path
