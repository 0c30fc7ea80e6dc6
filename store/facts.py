"""Facts in the store: which articles need extraction, and replacing an article's facts atomically."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

from store.bulk import arrow_table, dedupe_last, register
from vnmetrics.contract import CONTRACT_FIELDS, Fact

FACT_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("doc_id", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()), ("kind", pa.string()),
    ("role", pa.string()), ("direction", pa.string()), ("value", pa.float64()), ("value_max", pa.float64()),
    ("out_of", pa.float64()), ("qualifier", pa.string()), ("unit", pa.string()), ("subject", pa.string()),
    ("indicator", pa.string()), ("location", pa.string()), ("place", pa.string()),
    ("province_now", pa.string()), ("period", pa.string()), ("sentence", pa.string()),
    ("sentence_start", pa.int32()), ("confidence", pa.float64()), ("extractor_version", pa.string()),
    ("content_hash", pa.string()),
])
_COLUMNS = ", ".join(f'"{name}"' for name in FACT_SCHEMA.names)


@dataclass(frozen=True, slots=True)
class PendingArticle:
    id: str
    title: str | None
    text: str
    published_at: datetime | None
    province: str | None
    content_hash: str


def pending_articles(
    con: duckdb.DuckDBPyConnection, extractor_version: str, *, limit: int | None = None
) -> list[PendingArticle]:
    """Articles never extracted, changed since, or last read by another extractor version."""
    sql = (
        "SELECT a.id, a.title, a.text, a.published_at, s.province, a.content_hash FROM articles a"
        " LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN extractions e ON e.article_id = a.id"
        " WHERE e.article_id IS NULL OR e.content_hash <> a.content_hash OR e.extractor_version <> ?"
        " ORDER BY a.published_at NULLS LAST, a.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [PendingArticle(*row) for row in con.execute(sql, [extractor_version]).fetchall()]


def replace_facts(
    con: duckdb.DuckDBPyConnection,
    extracted: Iterable[tuple[PendingArticle, Sequence[Fact]]],
    extractor_version: str,
) -> int:
    """Replace the facts of each given article by the new ones and record the extraction; returns facts written."""
    batch = list(extracted)
    if not batch:
        return 0
    rows = []
    for article, facts in batch:
        for fact in facts:
            row = {name: getattr(fact, name) for name in CONTRACT_FIELDS}
            row.update(
                id=fact.fact_id(article.id), article_id=article.id, doc_id=article.id,
                sentence=fact.sentence, sentence_start=fact.sentence_start, confidence=fact.confidence,
                extractor_version=extractor_version, content_hash=article.content_hash,
            )
            rows.append(row)
    rows = dedupe_last(rows, "id")
    ids = pa.table({"article_id": [a.id for a, _ in batch], "content_hash": [a.content_hash for a, _ in batch],
                    "fact_count": [len(f) for _, f in batch]})
    register(con, "extracted_articles", ids)
    register(con, "incoming_facts", arrow_table(rows, FACT_SCHEMA))
    try:
        con.execute("DELETE FROM facts WHERE article_id IN (SELECT article_id FROM extracted_articles)")
        con.execute(f"INSERT INTO facts ({_COLUMNS}) SELECT {_COLUMNS} FROM incoming_facts")
        con.execute(
            "INSERT INTO extractions (article_id, content_hash, extractor_version, fact_count, extracted_at)"
            " SELECT article_id, content_hash, ?, fact_count, now() FROM extracted_articles"
            " ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash,"
            " extractor_version = excluded.extractor_version, fact_count = excluded.fact_count,"
            " extracted_at = excluded.extracted_at",
            [extractor_version],
        )
    finally:
        con.unregister("incoming_facts")
        con.unregister("extracted_articles")
    return len(rows)
