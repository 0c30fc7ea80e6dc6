"""Generated stores of realistic size and shape for load-testing the dashboard (1,000,000 facts by default).

Distributions follow what the crawled portals produce: big cities publish more, the 63 former provinces
name articles before 1 July 2025 and the 34 current ones after, indices report scores and ranks for the
year before, digital-government rates report percents for a half-year or a quarter, most counts and
amounts carry no indicator, and a few percent of facts take part in a check (mostly two facts compared).
Every fact's span and sentence sit at their offsets in its article's text, as the extractor stores them.
Rows go in through Arrow in one INSERT per table (see store/bulk.py for why).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

from dashboard.reference import NATIONAL, indicators, provinces
from store import writing
from store.articles import ARTICLE_SCHEMA
from store.facts import FACT_SCHEMA

REORG = datetime(2025, 7, 1, tzinfo=UTC)
INDEX_IDS = ("PAR_INDEX", "SIPAS", "PAPI", "PCI", "DTI", "INDEX_766", "PGI", "ICT_INDEX", "DDCI")
RATE_IDS = ("DVC_TOAN_TRINH", "ONLINE_PAYMENT", "ONLINE_APPLICATIONS", "DIGITISED_RECORDS", "ONTIME_RESOLUTION")
COUNT_UNITS = ("hồ sơ", "doanh nghiệp", "người", "thủ tục", "tài khoản", "dự án", "lao động", "thẻ")
PLAIN_SUBJECTS = {
    "percent": ("tỷ lệ giải ngân vốn đầu tư công", "tỷ lệ hộ nghèo", "tỷ lệ tham gia bảo hiểm y tế"),
    "count": ("số hồ sơ tiếp nhận", "số doanh nghiệp thành lập mới", "số lao động được giải quyết việc làm"),
    "money": ("tổng thu ngân sách nhà nước", "vốn đầu tư thực hiện", "kim ngạch xuất khẩu"),
}
CHECK_NAMES = ("same_figure_conflict", "rank_out_of_range", "share_sum", "change_consistency")


def _weights(n: int, rng: np.random.Generator) -> np.ndarray:
    """Zipf-like: a few big provinces publish much more than the rest."""
    w = 1.0 / np.arange(1, n + 1) ** 0.8
    rng.shuffle(w)
    return w / w.sum()


def _vn_number(value: float, decimals: int) -> str:
    """Vietnamese notation: '.' groups thousands, ',' marks decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _period(year: int, form: int, rng: np.random.Generator) -> str:
    if form == 0:
        return str(year)
    if form == 1:
        return f"{year}-H{1 + rng.integers(2)}"
    if form == 2:
        return f"{year}-Q{1 + rng.integers(4)}"
    if form == 3:
        return f"{year}-{1 + rng.integers(12):02d}"
    return f"{year - 2}..{year}"


def _period_words(period: str) -> str:
    if ".." in period:
        a, b = period.split("..")
        return f"giai đoạn {a} - {b}"
    if "-H" in period:
        return f"{'6 tháng đầu năm' if period.endswith('1') else '6 tháng cuối năm'} {period[:4]}"
    if "-Q" in period:
        return f"quý {['I', 'II', 'III', 'IV'][int(period[-1]) - 1]} năm {period[:4]}"
    if len(period) == 7:
        return f"tháng {int(period[5:])}/{period[:4]}"
    return f"năm {period}"


def generate(path: str | Path, n_facts: int = 1_000_000, *, seed: int = 7, facts_per_article: int = 10) -> dict:
    """Write a fresh database at `path` with `n_facts` facts; returns counts of what was written."""
    path = Path(path)
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    prov = provinces()
    old_names = [p.name for p in prov.values() if p.former]
    new_names = [p.name for p in prov.values() if p.current]
    now_of = {p.name: (p.now or p.name) for p in prov.values()}
    w_old, w_new = _weights(len(old_names), rng), _weights(len(new_names), rng)
    ind_names = {k: v.name_vi for k, v in indicators().items()}

    n_articles = max(1, n_facts // facts_per_article)
    start = datetime(2019, 1, 1, tzinfo=UTC)
    span_days = (datetime(2026, 6, 30, tzinfo=UTC) - start).days
    # Later years publish more (portals grew), hence the square root skew towards the end.
    days = (np.sqrt(rng.random(n_articles)) * span_days).astype(int)
    central = rng.random(n_articles) < 0.08
    old_pick = rng.choice(len(old_names), size=n_articles, p=w_old)
    new_pick = rng.choice(len(new_names), size=n_articles, p=w_new)
    per_article = rng.poisson(facts_per_article - 1, n_articles) + 1
    scale = n_facts / per_article.sum()
    per_article = np.maximum(1, np.round(per_article * scale).astype(int))
    per_article[-1] += n_facts - per_article.sum()
    while per_article[-1] < 1:  # rounding overshot: take the surplus from the largest articles
        i = int(per_article[:-1].argmax())
        per_article[i] -= 1
        per_article[-1] += 1

    kinds = np.array(["percent", "count", "rank", "score", "money"])
    kind_idx = rng.choice(5, size=n_facts, p=[0.35, 0.25, 0.15, 0.12, 0.13])
    role_idx = rng.choice(3, size=n_facts, p=[0.70, 0.18, 0.12])
    u = rng.random((n_facts, 4))
    period_form = rng.choice(5, size=n_facts, p=[0.45, 0.2, 0.15, 0.12, 0.08])

    art_cols: dict[str, list] = {name: [] for name in ARTICLE_SCHEMA.names}
    fact_cols: dict[str, list] = {name: [] for name in FACT_SCHEMA.names}
    fetched = datetime(2026, 7, 1, tzinfo=UTC)
    k = 0
    for a in range(n_articles):
        published = start + timedelta(days=int(days[a]), hours=int(1 + a % 10))
        year = published.year
        if central[a]:
            province, domain = None, "chinhphu.vn"
        else:
            province = old_names[old_pick[a]] if published < REORG else new_names[new_pick[a]]
            domain = f"p{hashlib.sha1(province.encode()).hexdigest()[:6]}.gov.vn"
        url = f"https://{domain}/tin-tuc/bai-{a}-{year}.html"
        aid = hashlib.sha1(url.encode()).hexdigest()[:16]
        where = province or NATIONAL
        title = f"Kết quả thực hiện nhiệm vụ {_period_words(str(year))} của {where}"
        parts = [title]
        offset = len(title) + 1
        for _ in range(int(per_article[a])):
            kind = kinds[kind_idx[k]]
            role = ("level", "target", "change")[role_idx[k]]
            r0, r1, r2, r3 = u[k]
            direction = ("up" if r3 < 0.6 else "down") if role == "change" else None
            indicator = None
            out_of = None
            unit = None
            if kind in ("rank", "score"):
                indicator = INDEX_IDS[int(r0 * len(INDEX_IDS))]
            elif kind == "percent" and r0 < 0.55:
                indicator = RATE_IDS[int(r0 / 0.55 * len(RATE_IDS))]
            if kind == "rank":
                value = float(1 + int(r1 * 63)) if role != "change" else float(1 + int(r1 * 15))
                out_of = 63.0 if role == "level" and r2 < 0.5 and published < REORG else None
                unit = "bậc" if role == "change" else "hạng"
                num = f"{int(value)}/63" if out_of else str(int(value))
                verb = "tăng" if direction == "up" else "giảm"
                phrase = f"{verb} {num} bậc" if role == "change" else f"xếp thứ {num}"
                span_text = f"{num} bậc" if role == "change" else num
            elif kind == "score":
                value = round(55 + r1 * 40, 2) if role != "change" else round(0.1 + r1 * 6, 2)
                unit = "điểm"
                span_text = f"{_vn_number(value, 2)} điểm"
                phrase = f"đạt {span_text}"
            elif kind == "percent":
                value = round(40 + r1 * 60, 2) if role != "change" else round(0.1 + r1 * 9, 1)
                unit = "%"
                span_text = f"{_vn_number(value, 2 if role != 'change' else 1)}%"
                phrase = f"đạt {span_text}"
            elif kind == "count":
                value = float(int(np.exp(3 + r1 * 9)))
                unit = COUNT_UNITS[int(r2 * len(COUNT_UNITS))]
                span_text = f"{_vn_number(value, 0)} {unit}"
                phrase = f"có {span_text}"
            else:
                value = round(float(np.exp(2 + r1 * 8)), 1) * 1e9
                unit = "đồng"
                span_text = f"{_vn_number(value / 1e9, 1)} tỷ đồng"
                phrase = f"đạt {span_text}"
            if role == "target":
                phrase = "phấn đấu " + phrase
            elif role == "change" and kind != "rank":
                phrase = f"{'tăng' if direction == 'up' else 'giảm'} {span_text}"
            form = int(period_form[k])
            # Index results are published the year after they measure; a half, quarter or month is
            # reported once it has ended, so one that may lie ahead of the article goes to the year before.
            p_year = year - 1 if indicator in INDEX_IDS or (form in (1, 2, 3) and published.month < 12) else year
            period = None if r3 > 0.93 else _period(p_year, form, rng)
            if period and indicator in INDEX_IDS:
                period = str(p_year)
            location = where if r2 < 0.88 else NATIONAL
            subject = ind_names[indicator] if indicator else PLAIN_SUBJECTS[kind][int(r3 * 3)]
            when = _period_words(period) if period else "thời gian qua"
            sentence = f"Trong {when}, {subject} của {location} {phrase}, theo báo cáo của cơ quan chức năng."
            local = sentence.index(span_text)
            sentence_start = offset
            parts.append(sentence)
            offset += len(sentence) + 1
            fid = hashlib.sha1(f"{aid}|{k}".encode()).hexdigest()[:20]
            row = dict(
                id=fid, article_id=aid, doc_id=aid, start=sentence_start + local,
                end=sentence_start + local + len(span_text), text=span_text, kind=str(kind), role=role,
                direction=direction, value=float(value), value_max=None, out_of=out_of,
                qualifier="exact", unit=unit, subject=subject, indicator=indicator, location=location,
                place=None, province_now=now_of.get(location, location), period=period, sentence=sentence,
                sentence_start=sentence_start, confidence=round(0.5 + r0 / 2, 3), extractor_version="gen-1",
                content_hash="",
            )
            for name, val in row.items():
                fact_cols[name].append(val)
            k += 1
        text = "\n".join(parts)
        digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
        fact_cols["content_hash"][-int(per_article[a]):] = [digest] * int(per_article[a])
        for name, val in dict(
            id=aid, source_id=f"src-{domain}", url=url, title=title, published_at=published,
            fetched_at=fetched, text=text, content_hash=digest, author=None, source_line=None,
            category="Tin tức", attachments=None, etag=None, last_modified=None,
        ).items():
            art_cols[name].append(val)

    facts = pa.table(fact_cols, schema=FACT_SCHEMA)
    articles = pa.table(art_cols, schema=ARTICLE_SCHEMA)
    checks = _checks(fact_cols, rng)
    with writing(path) as con:
        con.register("gen_articles", articles)
        con.register("gen_facts", facts)
        con.register("gen_checks", checks)
        con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_SCHEMA.names)}) SELECT * FROM gen_articles")
        cols = ", ".join(f'"{c}"' for c in FACT_SCHEMA.names)
        con.execute(f"INSERT INTO facts ({cols}) SELECT {cols} FROM gen_facts")
        con.execute(
            "INSERT INTO fact_checks (id, check_name, status, fact_ids, reason_vi, reason_en, compared)"
            " SELECT id, check_name, status, fact_ids, reason_vi, reason_en, compared::JSON FROM gen_checks"
        )
        for name in ("gen_articles", "gen_facts", "gen_checks"):
            con.unregister(name)
    return {"articles": n_articles, "facts": n_facts, "checks": checks.num_rows}


def _checks(cols: dict[str, list], rng: np.random.Generator) -> pa.Table:
    """About 3% of facts compared in pairs: mostly consistent (ok), some warnings, fewer failures."""
    n = len(cols["id"])
    n_checks = max(1, n * 3 // 200)
    first = rng.integers(0, n, n_checks)
    second = np.minimum(n - 1, first + 1 + rng.integers(0, 5, n_checks))
    status = rng.choice(["ok", "warn", "fail"], size=n_checks, p=[0.5, 0.3, 0.2])
    out: dict[str, list] = {k: [] for k in ("id", "check_name", "status", "fact_ids", "reason_vi", "reason_en",
                                            "compared")}
    for i in range(n_checks):
        a, b = int(first[i]), int(second[i])
        ids = sorted({cols["id"][a], cols["id"][b]})
        name = CHECK_NAMES[i % len(CHECK_NAMES)]
        va, vb = cols["value"][a], cols["value"][b]
        out["id"].append(hashlib.sha1(f"{name}|{'|'.join(ids)}".encode()).hexdigest()[:20])
        out["check_name"].append(name)
        out["status"].append(str(status[i]))
        out["fact_ids"].append(ids)
        out["reason_vi"].append("Hai bài báo cáo cùng chỉ tiêu với hai giá trị khác nhau: "
                                f"{_vn_number(va, 2)} và {_vn_number(vb, 2)}")
        out["reason_en"].append(f"Two reports give the same figure different values: {va:g} and {vb:g}")
        out["compared"].append(json.dumps({"values": [va, vb], "tolerance": 0.01}))
    table = pa.table(out)
    # Check ids hash their fact ids; the rare duplicate pair would break the primary key.
    _, keep = np.unique(np.array(out["id"]), return_index=True)
    return table.take(np.sort(keep))
