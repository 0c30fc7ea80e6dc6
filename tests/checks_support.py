"""Builds real DuckDB files with crafted articles and facts for the checks' tests.

Sentences here are written for the tests; the figures of the shared seed articles are reused, their wording
is not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from store import reading, writing
from store.articles import content_hash, upsert_articles, upsert_sources
from store.facts import PendingArticle, replace_facts
from vnmetrics.contract import Fact

EXTRACTOR = "test-0"


@dataclass
class F:
    """A fact given by the words it spans in its sentence (`nth` picks a later occurrence)."""

    text: str
    kind: str
    value: float
    role: str = "level"
    direction: str | None = None
    out_of: float | None = None
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    subject: str | None = None
    indicator: str | None = None
    location: str | None = None
    place: str | None = None
    province_now: str | None = None
    period: str | None = None
    nth: int = 0


@dataclass
class Article:
    url: str
    sentences: list[tuple[str, list[F]]]
    source: str = "src-a"
    published: str = "2024-01-08T15:04:00+07:00"
    title: str = "Bài viết thử"
    defaults: dict[str, Any] = field(default_factory=dict)


def build(db: Path, articles: list[Article]) -> dict[str, str]:
    """Write sources, articles and facts; returns {"<url>#<fact text>[#n]": fact id}."""
    ids: dict[str, str] = {}
    with writing(db) as con:
        upsert_sources(con, [{"id": s, "name": f"Cổng {s}", "province": None, "cms": "generic",
                              "start_urls": [f"https://{s}.example.vn/"]} for s in {a.source for a in articles}])
        for art in articles:
            text = "\n".join(s for s, _ in art.sentences)
            upsert_articles(con, [{"source_id": art.source, "url": art.url, "title": art.title, "text": text,
                                   "published_at": art.published, "fetched_at": art.published}])
            art_id = con.execute("SELECT id FROM articles WHERE url = ?", [art.url]).fetchall()[0][0]
            facts: list[Fact] = []
            offset = 0
            for sentence, specs in art.sentences:
                for spec in specs:
                    pos = -1
                    for _ in range(spec.nth + 1):
                        pos = sentence.index(spec.text, pos + 1)
                    values = {k: v for k, v in vars(spec).items() if k not in ("text", "nth")}
                    for key, value in art.defaults.items():
                        if values.get(key) is None:
                            values[key] = value
                    fact = Fact(doc_id=art_id, start=offset + pos, end=offset + pos + len(spec.text), text=spec.text,
                                sentence=sentence, sentence_start=offset, **values)
                    fact.validate(text)
                    facts.append(fact)
                    key = f"{art.url}#{spec.text}" + (f"#{spec.nth}" if spec.nth else "")
                    ids[key] = fact.fact_id(art_id)
                offset += len(sentence) + 1
            pending = PendingArticle(art_id, art.title, text, datetime.fromisoformat(art.published), None,
                                     content_hash(art.title, text))
            replace_facts(con, [(pending, facts)], EXTRACTOR)
    return ids


def run(db: Path, **kwargs: Any) -> int:
    from checks import run_checks

    with writing(db) as con:
        return run_checks(con, **kwargs)


def results(db: Path, check_name: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT check_name, status, fact_ids, reason_vi, reason_en, compared FROM fact_checks"
    params: list[Any] = []
    if check_name:
        sql += " WHERE check_name = ?"
        params.append(check_name)
    with reading(db) as con:
        rows = con.execute(sql + " ORDER BY check_name, id", params).fetchall()
    return [{"check": r[0], "status": r[1], "fact_ids": list(r[2]), "reason_vi": r[3], "reason_en": r[4],
             "compared": json.loads(r[5]) if r[5] else None} for r in rows]
