"""Sources and articles: idempotent upserts keyed on canonical URLs, with earlier versions kept."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from store.bulk import arrow_table, dedupe_last, register

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("source_id", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")), ("fetched_at", pa.timestamp("us", tz="UTC")),
    ("text", pa.string()), ("content_hash", pa.string()), ("author", pa.string()),
    ("source_line", pa.string()), ("category", pa.string()), ("attachments", pa.list_(pa.string())),
    ("etag", pa.string()), ("last_modified", pa.string()),
])
_COLUMNS = ", ".join(ARTICLE_SCHEMA.names)


@dataclass(frozen=True, slots=True)
class KnownArticle:
    id: str
    content_hash: str
    etag: str | None
    last_modified: str | None


@dataclass(slots=True)
class UpsertCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: UpsertCounts) -> UpsertCounts:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


def article_id(canonical_url: str) -> str:
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[Mapping[str, Any]]) -> int:
    rows = dedupe_last(sources, "id")
    for row in rows:
        con.execute(
            "INSERT INTO sources (id, name, province, cms, start_urls, config, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, now())"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, province = excluded.province,"
            " cms = excluded.cms, start_urls = excluded.start_urls, config = excluded.config,"
            " updated_at = excluded.updated_at",
            [row["id"], row["name"], row.get("province"), row["cms"], list(row["start_urls"]),
             json.dumps(dict(row), ensure_ascii=False, default=str)],
        )
    return len(rows)


def known_articles(con: duckdb.DuckDBPyConnection, source_id: str | None = None) -> dict[str, KnownArticle]:
    """Canonical URL -> what is stored, so a crawl can skip or conditionally fetch what it has seen."""
    sql = "SELECT url, id, content_hash, etag, last_modified FROM articles"
    params: list[Any] = []
    if source_id is not None:
        sql += " WHERE source_id = ?"
        params.append(source_id)
    return {url: KnownArticle(i, h, e, lm) for url, i, h, e, lm in con.execute(sql, params).fetchall()}


def upsert_articles(con: duckdb.DuckDBPyConnection, items: Iterable[Mapping[str, Any]]) -> UpsertCounts:
    """Insert new articles, replace changed ones (keeping the old text in article_versions), skip the same.

    Each item needs `source_id`, `url` (canonical), `text`, `fetched_at`; `title`, `published_at`,
    `author`, `source_line`, `category`, `attachments`, `etag`, `last_modified` are optional.
    """
    rows = []
    for item in items:
        row = dict(item)
        row["id"] = article_id(row["url"])
        row["content_hash"] = content_hash(row.get("title"), row["text"])
        row["fetched_at"] = _aware(row["fetched_at"])
        row["published_at"] = _aware(row.get("published_at"))
        rows.append(row)
    rows = dedupe_last(rows, "id")
    counts = UpsertCounts()
    if not rows:
        return counts
    register(con, "incoming_articles", arrow_table(rows, ARTICLE_SCHEMA))
    try:
        state = dict(con.execute(
            "SELECT i.id, CASE WHEN a.id IS NULL THEN 'new' WHEN a.content_hash = i.content_hash"
            " THEN 'same' ELSE 'changed' END FROM incoming_articles i LEFT JOIN articles a ON a.id = i.id"
        ).fetchall())
        counts.new = sum(1 for s in state.values() if s == "new")
        counts.updated = sum(1 for s in state.values() if s == "changed")
        counts.unchanged = sum(1 for s in state.values() if s == "same")
        con.execute(
            "INSERT INTO article_versions (article_id, version, title, published_at, fetched_at, text, content_hash)"
            " SELECT a.id, a.version, a.title, a.published_at, a.fetched_at, a.text, a.content_hash"
            " FROM articles a JOIN incoming_articles i ON a.id = i.id WHERE a.content_hash <> i.content_hash"
            " ON CONFLICT DO NOTHING"
        )
        con.execute(
            f"INSERT INTO articles ({_COLUMNS}) SELECT {_COLUMNS} FROM incoming_articles"
            " ON CONFLICT (id) DO UPDATE SET"
            " title = excluded.title, published_at = excluded.published_at, fetched_at = excluded.fetched_at,"
            " text = excluded.text, author = excluded.author, source_line = excluded.source_line,"
            " category = excluded.category, attachments = excluded.attachments, etag = excluded.etag,"
            " last_modified = excluded.last_modified,"
            " version = CASE WHEN articles.content_hash = excluded.content_hash THEN articles.version"
            "   ELSE articles.version + 1 END,"
            " content_hash = excluded.content_hash"
        )
    finally:
        con.unregister("incoming_articles")
    return counts


def _aware(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        if value is not None and value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: portal times must carry their offset (+07:00)")
        return value
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: portal times must carry their offset (+07:00)")
    return parsed
