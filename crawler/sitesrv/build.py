"""Render portal sites of each CMS family from article records (data), for the loopback server.

A site is a `site.toml` (name, CMS family, pagination, robots rules, misbehaving URLs) plus article
records; rendering gives `Route`s (path -> bytes, content type, Last-Modified) that the server serves and
`write_site` stores as plain files (the committed demo snapshot and test fixtures). Links inside pages are
root-relative; absolute ones (canonical, RSS, sitemap) carry the `__ORIGIN__` token that the server
replaces with its real `http://127.0.0.1:PORT` when it loads the site.
"""

from __future__ import annotations

import json
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape

ORIGIN = "__ORIGIN__"
TEMPLATES = Path(__file__).with_name("templates")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    last_modified: str | None = None  # RFC 1123, as sent in the header


@dataclass
class Site:
    config: dict[str, Any]
    routes: dict[str, Route] = field(default_factory=dict)
    # path -> the record's expected metadata and clean text (test fixtures and the benchmark's F1)
    expected: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.config["id"]

    @property
    def cms(self) -> str:
        return self.config["cms"]


# ------------------------------------------------------------------------------------------ URL schemes

def _scheme(cms: str, cfg: dict[str, Any]) -> dict[str, Callable[..., str]]:
    cat = cfg.get("category_slug", "tin-tuc")
    if cms == "nukeviet":
        return {"article": lambda r: f"/news/{cat}/{r['slug']}-{r['n']}.html",
                "list": lambda k: f"/news/{cat}/" if k == 1 else f"/news/{cat}/page-{k}",
                "feed": lambda: "/news/rss/"}
    if cms == "liferay":
        inst = cfg.get("instance", "tintuc")
        return {"article": lambda r: f"/web/portal/-/asset_publisher/{inst}/content/{r['slug']}",
                "list": lambda k: f"/web/portal/{cat}" if k == 1 else f"/web/portal/{cat}?cur={k}",
                "feed": lambda: ""}
    if cms == "chinhphu":
        return {"article": lambda r: f"/{r['slug']}-{int(r['n']):018d}.htm",
                "list": lambda k: f"/{cat}.htm" if k == 1 else f"/timelinelist/1027/{k}.htm",
                "feed": lambda: "/rss.htm"}
    if cms == "wordpress":
        return {"article": lambda r: "/{:%Y/%m/%d}/{}/".format(_dt(r) or datetime(2024, 1, 1), r["slug"]),
                "list": lambda k: f"/category/{cat}/" if k == 1 else f"/category/{cat}/page/{k}/",
                "feed": lambda: "/feed/"}
    if cms == "drupal":
        return {"article": lambda r: f"/node/{r['n']}",
                "list": lambda k: f"/{cat}" if k == 1 else f"/{cat}?page={k - 1}",
                "feed": lambda: "/rss.xml"}
    if cms == "generic":
        return {"article": lambda r: f"/{cat}/{r['slug']}-{r['n']}.html",
                "list": lambda k: f"/{cat}" if k == 1 else f"/{cat}?page={k}",
                "feed": lambda: "/rss"}
    raise ValueError(f"unknown CMS family {cms!r}")


HEAD_MARKERS = {
    "nukeviet": '<meta name="generator" content="NukeViet v4.5"><script src="/themes/default/js/news.js"></script>',
    "liferay": '<script src="/o/frontend-js-web/liferay/global.bundle.js"></script>',
    "chinhphu": '<meta name="copyright" content="baochinhphu.vn">',
    "wordpress": '<meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" href="/wp-content/x.css">',
    "drupal": '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">',
    "generic": '<link rel="stylesheet" href="/Content/site.css">',
}


def start_path(cms: str, cfg: dict[str, Any]) -> str:
    return _scheme(cms, cfg)["list"](1)


def feed_path(cms: str, cfg: dict[str, Any]) -> str:
    return _scheme(cms, cfg)["feed"]()


# ------------------------------------------------------------------------------------------ text forms

def _dt(record: dict[str, Any]) -> datetime | None:
    raw = record.get("published_at")
    return datetime.fromisoformat(raw) if raw else None


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese pages used it: base letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def block_lines(block: dict[str, Any]) -> list[str]:
    """The clean text lines a block contributes (the expected stored text)."""
    if "table" in block:
        return [" | ".join(row) for row in block["table"]]
    if "heading" in block:
        return [block["heading"]]
    if "image" in block:
        return [block["caption"]] if block.get("caption") else []
    if "raw" in block:
        return list(block.get("text_lines", []))
    return [block["p"]]


def expected_text(record: dict[str, Any]) -> str:
    lines = [record["sapo"]] if record.get("sapo") else []
    for block in record.get("blocks", []):
        lines.extend(block_lines(block))
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ rendering

def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "xml"]),
                       keep_trailing_newline=True)


def _date_views(record: dict[str, Any], cfg: dict[str, Any]) -> dict[str, str]:
    dt = _dt(record)
    if dt is None or record.get("no_date"):
        return {"date": ""}
    style = cfg.get("date_style", "")
    # Portals print seconds only when the CMS stores them; keep them whenever the record has them.
    hm = f"{dt:%H:%M:%S}" if dt.second else f"{dt:%H:%M}"
    views = {
        "date": f"{dt:%d/%m/%Y}", "hm": hm, "weekday": WEEKDAYS[dt.weekday()], "iso": dt.isoformat(),
        # NukeViet 4.x prints the timezone abbreviation where the ISO "T" belongs.
        "date_malformed": f"{dt:%Y-%m-%d}ICT{dt:%H:%M:%S}+0700",
        "liferay_date": f"| {dt:%d-%m-%Y} | {dt:%H:%M:%S}" if style == "pipe" else f"Ngày đăng: {dt:%d/%m/%Y} {hm}",
        "chinhphu_date": f"{hm}, {dt:%d/%m/%Y}" if style == "time-first"
        else f"{WEEKDAYS[dt.weekday()].title()}, {dt:%d/%m/%Y} {hm} (GMT+7)",
        "drupal_date": f"{dt:%d/%m/%Y}, {hm}",
        "generic_date": f"Cập nhật lúc {hm} ngày {dt:%d/%m/%Y}",
        "rfc822": format_datetime(dt),
    }
    return views


def _last_modified(record: dict[str, Any]) -> str | None:
    dt = _dt(record)
    return format_datetime(dt.astimezone(UTC), usegmt=True) if dt else None


def render_site(config: dict[str, Any], records: list[dict[str, Any]]) -> Site:
    """All pages of one site: articles, paginated lists, feed, sitemap, WordPress API, robots.txt."""
    cms = config["cms"]
    scheme = _scheme(cms, config)
    env = _env()
    site = Site(config=config)
    # Newest first, as portals list them; undated records last.
    records = sorted(records, key=lambda r: r.get("published_at") or "", reverse=True)
    per_page = int(config.get("per_page", 5))
    for r in records:
        r["path"] = scheme["article"](r)
        r["url"] = ORIGIN + r["path"]
        r.setdefault("category", config.get("category", "Tin tức - Sự kiện"))
        r.setdefault("views", 100 + int(r["n"]) % 900)
        r.update(_date_views(r, config))
        if r.get("source_line"):
            r["source_line_value"] = r["source_line"].split(":", 1)[-1].strip()
    ctx_site = {
        "name": config["name"], "owner": config.get("owner", "Ủy ban nhân dân tỉnh"),
        "address": config.get("address", "Số 1 đường Trung tâm"), "phone": config.get("phone", "0200 3800 000"),
        "category_slug": config.get("category_slug", "tin-tuc"), "instance": config.get("instance", "tintuc"),
        "head": HEAD_MARKERS[cms], "body_class": cms, "feed": scheme["feed"](), "origin": ORIGIN,
        "menu": [("Trang chủ", "/"), (config.get("category", "Tin tức - Sự kiện"), scheme["list"](1)),
                 ("Giới thiệu", "/gioi-thieu"), ("Liên hệ", "/lien-he")],
        "latest": records[:5],
    }
    article_tpl = env.get_template(f"{cms}_article.html")
    for i, r in enumerate(records):
        a = dict(r, newer=records[max(0, i - 3):i], older=records[i + 1:i + 4])
        charset = "windows-1258" if r.get("encoding") == "cp1258" else "utf-8"
        html = article_tpl.render(a=a, site=ctx_site, charset=charset)
        if r.get("form") == "NFD":
            html = unicodedata.normalize("NFD", html)
        if r.get("encoding") == "cp1258":
            body, ctype = cp1258_bytes(html), "text/html"  # declared only in <meta>, as such old pages did
        else:
            body, ctype = html.encode("utf-8"), "text/html; charset=utf-8"
        site.routes[r["path"]] = Route(body, ctype, _last_modified(r))
        site.expected[r["path"]] = {
            "title": r["title"], "published_at": None if r.get("no_date") else r.get("published_at"),
            "text": expected_text(r), "author": _author(r.get("author")), "attachments": [
                f["url"] for f in r.get("attachments", [])],
        }
    # Lists: the misbehaving URLs are linked from the first page so a crawler meets them.
    specials = [{"path": p, "title": t, "date": "", "hm": "", "views": 0, "sapo": ""}
                for p, t in config.get("extra_links", {}).items()]
    dated = list(records)
    pages = max(1, -(-len(dated) // per_page))
    list_tpl = env.get_template("list.html")
    for k in range(1, pages + 1):
        items = dated[(k - 1) * per_page:k * per_page]
        if k == 1:
            items = items + specials
        ctx = {"title": config.get("category", "Tin tức - Sự kiện"), "url": ORIGIN + scheme["list"](k),
               "entries": items, "files": config.get("list_files", []) if k == 1 else [], "pages": pages,
               "page": k, "href": scheme["list"]}
        site.routes[scheme["list"](k)] = Route(list_tpl.render(list=ctx, site=ctx_site).encode("utf-8"))
    site.routes["/"] = Route(list_tpl.render(list=dict(ctx, entries=records[:per_page], page=1, files=[]),
                                             site=ctx_site).encode("utf-8"))
    feed_items = [r for r in records if r.get("date")][:20]
    if scheme["feed"]():
        site.routes[scheme["feed"]()] = Route(env.get_template("rss.xml").render(site=ctx_site, items=feed_items)
                                              .encode("utf-8"), "application/rss+xml; charset=utf-8")
    site.routes["/sitemap.xml"] = Route(env.get_template("sitemap.xml").render(items=[
        r for r in records if r.get("date")]).encode("utf-8"), "application/xml; charset=utf-8")
    if cms == "wordpress":
        for k in range(1, pages + 1):
            posts = [{"id": r["n"], "date": (r.get("iso") or "")[:19], "link": r["url"],
                      "title": {"rendered": r["title"]}} for r in dated[(k - 1) * per_page:k * per_page]]
            site.routes[f"/wp-json/wp/v2/posts?page={k}"] = Route(
                json.dumps(posts, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")
    robots = config.get("robots", {})
    lines = ["User-agent: *"] + [f"Disallow: {p}" for p in robots.get("disallow", [])]
    if robots.get("crawl_delay") is not None:
        lines.append(f"Crawl-delay: {robots['crawl_delay']}")
    lines.append(f"Sitemap: {ORIGIN}/sitemap.xml")
    site.routes["/robots.txt"] = Route(("\n".join(lines) + "\n").encode(), "text/plain; charset=utf-8")
    return site


# ------------------------------------------------------------------------------------------ files

def write_site(site: Site, directory: Path) -> None:
    """Store a rendered site as files: site.toml is kept, routes.json maps paths to files."""
    files = directory / "files"
    files.mkdir(parents=True, exist_ok=True)
    for old in files.iterdir():
        old.unlink()
    routes = {}
    for path, route in sorted(site.routes.items()):
        name = quote(path, safe="") or "index"
        (files / name).write_bytes(route.body)
        routes[path] = {"file": name, "type": route.content_type, "last_modified": route.last_modified}
    (directory / "routes.json").write_text(json.dumps(routes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (directory / "expected.json").write_text(json.dumps(site.expected, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")


def load_site(directory: Path) -> Site:
    config = tomllib.loads((directory / "site.toml").read_text(encoding="utf-8"))
    site = Site(config=config)
    routes = json.loads((directory / "routes.json").read_text(encoding="utf-8"))
    for path, meta in routes.items():
        site.routes[path] = Route((directory / "files" / meta["file"]).read_bytes(), meta["type"],
                                  meta.get("last_modified"))
    expected = directory / "expected.json"
    if expected.exists():
        site.expected = json.loads(expected.read_text(encoding="utf-8"))
    return site


def load_records(path: Path) -> list[dict[str, Any]]:
    """Article records of a fixture site (`articles.toml`, an array of `[[article]]` tables)."""
    return tomllib.loads(path.read_text(encoding="utf-8"))["article"]


def build_dir(directory: Path, records: list[dict[str, Any]] | None = None) -> Site:
    """Render `directory/site.toml` with its `articles.toml` (or the given records) into files there."""
    config = tomllib.loads((directory / "site.toml").read_text(encoding="utf-8"))
    if records is None:
        records = load_records(directory / "articles.toml")
    site = render_site(config, records)
    write_site(site, directory)
    return site


def _author(raw: str | None) -> str | None:
    return raw.split(":", 1)[-1].strip() if raw else None
