"""Fact-checkers' verdicts on facts, and their publication as schema.org ClaimReview JSON-LD.

A verdict copies the fact's sentence and text, so it still says what was judged after a newer extractor has
replaced the fact row. The export holds the latest verdict per fact: a re-review supersedes the earlier one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb

# rating -> (ratingValue on a 1..5 scale or None, Vietnamese name, English name)
RATINGS: dict[str, tuple[int | None, str, str]] = {
    "true": (5, "Đúng", "True"),
    "mostly-true": (4, "Phần lớn đúng", "Mostly true"),
    "mixed": (3, "Đúng một phần", "Half true"),
    "mostly-false": (2, "Phần lớn sai", "Mostly false"),
    "false": (1, "Sai", "False"),
    "unverifiable": (None, "Không thể kiểm chứng", "Unverifiable"),
}


class VerdictError(ValueError):
    """A verdict that cannot be recorded (unknown fact, ambiguous id prefix, unknown rating)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    fact_id: str
    rating: str
    reviewer: str
    reviewed_on: date


def resolve_fact_id(con: duckdb.DuckDBPyConnection, fact_id: str) -> str:
    """A full fact id from a full id or a unique prefix of at least 6 characters (as shown in tables)."""
    fact_id = fact_id.strip()
    if len(fact_id) < 6:
        raise VerdictError(f"fact id {fact_id!r} is too short: give at least 6 characters")
    rows = con.execute("SELECT id FROM facts WHERE id LIKE ? || '%' ORDER BY id LIMIT 3",
                       [fact_id.replace("%", "").replace("_", "")]).fetchall()
    if not rows:
        raise VerdictError(f"no fact with id {fact_id!r}; find ids with `vnmetrics query \"select fact_id, text "
                           f"from v_facts\"` or in `vnmetrics check` output")
    if len(rows) > 1:
        raise VerdictError(f"fact id {fact_id!r} is ambiguous ({', '.join(r[0] for r in rows)}, ...): give more of it")
    return rows[0][0]


def record_verdict(
    con: duckdb.DuckDBPyConnection, fact_id: str, rating: str, reviewer: str, note: str | None = None,
    reviewed_on: date | None = None,
) -> Verdict:
    if rating not in RATINGS:
        raise VerdictError(f"rating {rating!r} is not one of {', '.join(RATINGS)}")
    if not reviewer.strip():
        raise VerdictError("a verdict needs a reviewer name")
    full_id = resolve_fact_id(con, fact_id)
    article_id, sentence, text = con.execute(
        "SELECT article_id, sentence, text FROM facts WHERE id = ?", [full_id]
    ).fetchall()[0]
    when = reviewed_on or date.today()
    stamp = datetime.now().isoformat()
    verdict_id = hashlib.sha1(f"{full_id}|{reviewer}|{stamp}".encode()).hexdigest()[:20]
    con.execute(
        "INSERT INTO verdicts (id, fact_id, article_id, claim, fact_text, rating, rating_value, reviewer, note,"
        " reviewed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [verdict_id, full_id, article_id, sentence or text, text, rating, RATINGS[rating][0], reviewer.strip(),
         note, when],
    )
    return Verdict(verdict_id, full_id, rating, reviewer.strip(), when)


def claim_reviews(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One ClaimReview object (schema.org, JSON-LD) per reviewed fact, from its latest verdict."""
    rows = con.execute(
        "SELECT v.id, v.fact_id, v.claim, v.fact_text, v.rating, v.rating_value, v.reviewer, v.note, v.reviewed_on,"
        " a.url, a.title, a.published_at, s.name"
        " FROM verdicts v LEFT JOIN articles a ON a.id = v.article_id LEFT JOIN sources s ON s.id = a.source_id"
        " QUALIFY row_number() OVER (PARTITION BY v.fact_id ORDER BY v.reviewed_on DESC, v.created_at DESC) = 1"
        " ORDER BY v.reviewed_on, v.id"
    ).fetchall()
    out = []
    for (vid, fact_id, claim, fact_text, rating, value, reviewer, note, reviewed_on, url, title, published,
         source) in rows:
        _, name_vi, name_en = RATINGS.get(rating, (None, rating, rating))
        rating_obj: dict[str, Any] = {"@type": "Rating", "alternateName": name_vi, "name": name_en}
        if value is not None:
            rating_obj.update(ratingValue=value, bestRating=5, worstRating=1)
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if url:
            appearance["url"] = url
        if title:
            appearance["headline"] = title
        if published:
            appearance["datePublished"] = published.isoformat()
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance, "text": fact_text}
        if published:
            item["datePublished"] = published.isoformat()
        if source:
            item["author"] = {"@type": "Organization", "name": source}
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": vid,
            "claimReviewed": claim,
            "datePublished": reviewed_on.isoformat(),
            "inLanguage": "vi",
            "author": {"@type": "Person", "name": reviewer},
            "reviewRating": rating_obj,
            "itemReviewed": item,
            "about": {"@type": "Thing", "identifier": fact_id},
        }
        if note:
            review["reviewBody"] = note
        out.append(review)
    return out
