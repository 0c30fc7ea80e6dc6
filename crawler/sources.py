"""The sources registry (`crawler/sources.toml`): which portals to crawl and how, validated on load.

Each `[[source]]` table names one site: `id`, `name`, `province` (as named then; omit for central
sources), `cms` (a family in `crawler.extractors.FAMILIES`), `start_urls`, and optionally `kind`,
`feeds`, `sitemaps`, `allowed_paths`, `selectors` (per-site overrides of the family's CSS selectors),
`since` (don't page back before this date) and `notes`. Errors name the file, the entry and the field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.extractors import CMS_NAMES
from crawler.extractors.base import SELECTOR_FIELDS

BUNDLED = Path(__file__).with_name("sources.toml")
KINDS = ("portal", "newspaper", "central", "statistics")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")
_FIELDS = {"id", "name", "province", "cms", "kind", "start_urls", "feeds", "sitemaps", "allowed_paths", "selectors",
           "since", "notes"}


class SourceError(ValueError):
    """A registry problem, worded so the user can find and fix the entry."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    cms: str
    start_urls: tuple[str, ...]
    province: str | None = None
    kind: str = "portal"
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_paths: tuple[str, ...] = ()
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    since: date | None = None
    notes: str | None = None

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(urlsplit(url).hostname or "" for url in self.start_urls)

    def record(self) -> dict[str, Any]:
        """The row for `store.articles.upsert_sources`."""
        row = asdict(self)
        row["start_urls"] = list(self.start_urls)
        return row


def load_sources(path: str | Path = BUNDLED) -> list[Source]:
    """Read and validate a registry file; raises SourceError naming the file, entry and field."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{path}: no such sources file") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data, str(path))


def parse_sources(data: dict[str, Any], origin: str = "<sources>") -> list[Source]:
    extra = set(data) - {"source"}
    if extra:
        raise SourceError(f"{origin}: unknown top-level key(s) {sorted(extra)}; entries go in [[source]] tables")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourceError(f"{origin}: no [[source]] entries")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}: source #{number}"
        if not isinstance(entry, dict):
            raise SourceError(f"{where}: must be a table")
        if isinstance(entry.get("id"), str):
            where += f" (id {entry['id']!r})"
        source = _parse_entry(entry, where)
        if source.id in seen:
            raise SourceError(f"{where}: field 'id': duplicate of source #{seen[source.id]}")
        seen[source.id] = number
        sources.append(source)
    return sources


def _parse_entry(entry: dict[str, Any], where: str) -> Source:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise SourceError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_FIELDS)}")

    def need_str(name: str, optional: bool = False) -> str | None:
        value = entry.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise SourceError(f"{where}: field {name!r}: {'must be' if value is not None else 'missing, needs'} "
                              "a non-empty string")
        return value.strip()

    def str_list(name: str, urls: bool = False, paths: bool = False) -> tuple[str, ...]:
        value = entry.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise SourceError(f"{where}: field {name!r}: must be a list of non-empty strings")
        for v in value:
            if urls and not (_is_url(v) or (v.startswith("/") and name != "start_urls")):
                raise SourceError(f"{where}: field {name!r}: {v!r} is not an http(s) URL"
                                  + ("" if name == "start_urls" else " or a /path on the start URL's site"))
            if paths and not v.startswith("/"):
                raise SourceError(f"{where}: field {name!r}: {v!r} must be a path starting with '/'")
        return tuple(v.strip() for v in value)

    source_id = need_str("id")
    assert source_id is not None
    if not _ID.match(source_id):
        raise SourceError(f"{where}: field 'id': {source_id!r} must be 2-64 of a-z, 0-9, '-', '_'")
    cms = need_str("cms")
    if cms not in CMS_NAMES:
        raise SourceError(f"{where}: field 'cms': {cms!r} is not one of {', '.join(CMS_NAMES)}")
    kind = need_str("kind", optional=True) or "portal"
    if kind not in KINDS:
        raise SourceError(f"{where}: field 'kind': {kind!r} is not one of {', '.join(KINDS)}")
    start_urls = str_list("start_urls", urls=True)
    if not start_urls:
        raise SourceError(f"{where}: field 'start_urls': needs at least one URL")
    selectors_raw = entry.get("selectors", {})
    if not isinstance(selectors_raw, dict):
        raise SourceError(f"{where}: field 'selectors': must be a table like {{ body = \"div.content\" }}")
    selectors: dict[str, tuple[str, ...]] = {}
    for key, value in selectors_raw.items():
        if key not in SELECTOR_FIELDS:
            raise SourceError(f"{where}: field 'selectors.{key}': unknown; allowed: {', '.join(SELECTOR_FIELDS)}")
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise SourceError(f"{where}: field 'selectors.{key}': must be a CSS selector or a list of them")
        selectors[key] = tuple(values)
    since = entry.get("since")
    if isinstance(since, str):
        try:
            since = date.fromisoformat(since)
        except ValueError:
            raise SourceError(f"{where}: field 'since': {since!r} is not a YYYY-MM-DD date") from None
    if since is not None and not isinstance(since, date):
        raise SourceError(f"{where}: field 'since': must be a date (since = 2024-01-01)")
    return Source(
        id=source_id, name=need_str("name") or "", cms=cms, start_urls=start_urls,
        province=need_str("province", optional=True), kind=kind,
        feeds=str_list("feeds", urls=True), sitemaps=str_list("sitemaps", urls=True),
        allowed_paths=str_list("allowed_paths", paths=True), selectors=selectors, since=since,
        notes=need_str("notes", optional=True),
    )


def _is_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)
