"""The demo snapshot: portal sites of several CMS families built from the project's annotated articles.

    python -m crawler.snapshot build     # corpus/dev (+ corpus/snapshots/extra_articles.toml) -> corpus/snapshots/
    python -m crawler.snapshot serve     # serve it on loopback and print a sources.toml

Every (CMS family, province) pair of the dev articles becomes one site, as provinces each run their own portal
or newspaper; `corpus/dev/meta/<id>.json` gives the family, province, title and publication time, and the text
gives the sapo (first paragraph after the title) and body. `serve(snapshot_dir)` starts the sites on stable
loopback addresses (so a second `vnmetrics demo` finds the same URLs and adds nothing) and yields the path of
a generated sources.toml pointing at them, for the real spiders to crawl.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import tomllib
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crawler.sitesrv import serve_sites
from crawler.sitesrv.build import build_dir, feed_path, load_site, start_path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "corpus" / "snapshots"
DEV = ROOT / "corpus" / "dev"
EXTRA = "extra_articles.toml"
SNAPSHOT_PORT = 18765  # one port, a different 127.0.0.x per site

# How each family's demo site presents itself (names are generic: these are simulations, not the portals).
_FAMILY_SITE = {
    "nukeviet": ("Cổng thông tin điện tử", "tin-tuc", "Tin tức - Sự kiện", {}),
    "liferay": ("Cổng thông tin điện tử", "tin-tuc-su-kien", "Tin tức - Sự kiện", {"date_style": "pipe"}),
    "chinhphu": ("Báo Điện tử Chính phủ", "kinh-te", "Kinh tế", {}),
    "wordpress": ("Báo điện tử", "thoi-su", "Thời sự", {}),
    "drupal": ("Báo điện tử", "kinh-te", "Kinh tế", {}),
    "generic": ("Trang thông tin điện tử", "tin-tuc", "Tin tức", {}),
}


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80]


def record_from_corpus(text: str, meta: dict[str, Any]) -> dict[str, Any]:
    """An article record from a corpus text: lines before the title are its dateline/breadcrumb header."""
    lines = [line.strip() for line in text.split("\n")]
    title = meta["title"].strip()
    start = next((i for i, line in enumerate(lines) if line == title), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if line and title.startswith(line[:30])), 0)
    body = [line for line in lines[start + 1:] if line]
    number = zlib.crc32(meta["id"].encode()) % 900_000 + 100_000
    return {
        "n": number, "slug": _slug(title), "title": title, "published_at": meta.get("published_at"),
        "sapo": body[0] if body else "", "blocks": [{"p": line} for line in body[1:]],
        "corpus_id": meta["id"], "sources": meta.get("sources", []),
    }


def _site_key(cms: str, province: str | None) -> str:
    return f"{cms}-{_slug(province) if province else 'trung-uong'}"


def build(corpus: Path = DEV, out: Path = SNAPSHOT) -> list[Path]:
    """Regenerate every snapshot site from the corpus; returns the site folders."""
    groups: dict[str, dict[str, Any]] = {}
    for meta_path in sorted((corpus / "meta").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text_path = corpus / "texts" / f"{meta['id']}.txt"
        if not text_path.exists():
            continue
        key = _site_key(meta["cms"], meta.get("province"))
        group = groups.setdefault(key, {"cms": meta["cms"], "province": meta.get("province"), "records": []})
        group["records"].append(record_from_corpus(text_path.read_text(encoding="utf-8"), meta))
    extra = out / EXTRA
    if extra.exists():
        for record in tomllib.loads(extra.read_text(encoding="utf-8"))["article"]:
            record = dict(record)
            cms, province = record.pop("cms"), record.pop("province", None)
            key = _site_key(cms, province)
            groups.setdefault(key, {"cms": cms, "province": province, "records": []})["records"].append(record)
    # Stable addresses: a site keeps the host it had, new sites take the next free one.
    hosts = {}
    for existing in out.glob("*/site.toml"):
        cfg = tomllib.loads(existing.read_text(encoding="utf-8"))
        hosts[cfg["id"]] = cfg.get("host")
    built = []
    next_host = max([int(h.rsplit(".", 1)[1]) for h in hosts.values() if h] + [10]) + 1
    for key, group in sorted(groups.items()):
        cms, province = group["cms"], group["province"]
        label, category_slug, category, extra_cfg = _FAMILY_SITE[cms]
        site_id = f"demo-{key}"
        host = hosts.get(site_id)
        if not host:
            host, next_host = f"127.0.0.{next_host}", next_host + 1
        where = f"tỉnh {province}" if province and cms != "chinhphu" else ""
        config = {
            "id": site_id, "name": f"{label} {where} (mô phỏng)".replace("  ", " "), "cms": cms,
            "province": province, "category": category, "category_slug": category_slug, "per_page": 3,
            "host": host, "port": SNAPSHOT_PORT, "robots": {"crawl_delay": 0.05, "disallow": ["/admin/"]},
            **extra_cfg,
        }
        directory = out / site_id
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "site.toml").write_text(_toml(config), encoding="utf-8")
        build_dir(directory, group["records"])
        built.append(directory)
    return built


def _toml(config: dict[str, Any]) -> str:
    lines = ["# Generated by `python -m crawler.snapshot build`; edit the corpus or extra_articles.toml instead."]
    tables = []
    for key, value in config.items():
        if value is None:
            continue
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    for name, table in tables:
        lines.append(f"\n[{name}]")
        lines.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def site_dirs(snapshot_dir: Path = SNAPSHOT) -> list[Path]:
    return sorted(p.parent for p in Path(snapshot_dir).glob("*/site.toml"))


def sources_toml(servers: list[Any]) -> str:
    """A registry whose entries point at running loopback sites."""
    blocks = []
    for server in servers:
        cfg = server.site.config
        entry = {"id": cfg["id"], "name": cfg["name"], "cms": cfg["cms"], "province": cfg.get("province"),
                 "kind": "central" if cfg["cms"] == "chinhphu" or not cfg.get("province") else "portal",
                 "start_urls": [server.url(start_path(cfg["cms"], cfg))]}
        feed = feed_path(cfg["cms"], cfg)
        if feed:
            entry["feeds"] = [server.url(feed)]
        blocks.append("[[source]]\n" + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}"
                                                 for k, v in entry.items() if v is not None))
    return "\n\n".join(blocks) + "\n"


@contextmanager
def serve(snapshot_dir: Path = SNAPSHOT) -> Iterator[Path]:
    """Serve the snapshot's sites on their loopback addresses; yields a generated sources.toml path."""
    dirs = site_dirs(snapshot_dir)
    if not dirs:
        raise FileNotFoundError(f"no snapshot sites under {snapshot_dir} (run `python -m crawler.snapshot build`)")
    sites = [load_site(d) for d in dirs]
    # Waiting a little for the fixed ports keeps URLs (article ids) stable when two demos overlap.
    with serve_sites(sites, hosts=[s.config.get("host") for s in sites], port=SNAPSHOT_PORT,
                     wait_for_port=30.0) as servers, \
            tempfile.TemporaryDirectory(prefix="vnmetrics-snapshot-") as tmp:
        path = Path(tmp) / "sources.toml"
        path.write_text(sources_toml(servers), encoding="utf-8")
        yield path


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "build"
    if command == "build":
        for directory in build():
            site = load_site(directory)
            print(f"{directory.relative_to(ROOT)}: {site.cms}, {len(site.expected)} articles")
    elif command == "serve":
        import time

        with serve() as path:
            print(path.read_text(encoding="utf-8"), flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    else:
        raise SystemExit("usage: python -m crawler.snapshot [build|serve]")


if __name__ == "__main__":
    main(sys.argv[1:])
