"""A small, realistic store for the dashboard tests, written through the store's own APIs.

Four portal and newspaper articles (PCI results of Bình Dương, Đà Nẵng and Hồ Chí Minh around the 2025
merger, a digital-government report) whose figures follow the public VCCI releases, written in our own
words; two articles disagree on Bình Dương's 2023 rank, so the real `conflict` check fails them. One more
article carries hostile markup and a javascript: URL, as a compromised portal page might.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from checks import run_checks
from store import reading, writing
from store.articles import article_id, content_hash, upsert_articles, upsert_sources
from store.facts import PendingArticle, replace_facts
from vnmetrics.contract import Fact

HOSTILE_TITLE = "<script>alert('tieu-de')</script> Bản tin"
HOSTILE_SENTENCE = ('Đã tiếp nhận <img src=x onerror="alert(1)"> 35 hồ sơ trực tuyến <script>alert(2)</script>'
                    " trong tháng 3/2024.")
HOSTILE_URL = "javascript:alert(document.cookie)"

# (source id, source province, url path, title, published, sentences, facts as (sentence index, span, fields))
ARTICLES: list[dict[str, Any]] = [
    {
        "source": "binhduong-portal", "province": "Bình Dương", "path": "binhduong/pci-2023.html",
        "title": "Bình Dương giữ vững vị trí trong nhóm đầu về PCI",
        "published": "2024-05-10T09:00:00+07:00",
        "sentences": [
            "Cập nhật ngày 10/5/2024.",
            "Theo kết quả VCCI công bố, chỉ số PCI năm 2023 của tỉnh Bình Dương đạt 68,43 điểm.",
            "Với kết quả này, Bình Dương xếp hạng 9/63 tỉnh, thành phố.",
            "Năm 2022, tỉnh đứng thứ 4/63 về chỉ số này.",
        ],
        "facts": [
            (1, "68,43 điểm", dict(kind="score", role="level", value=68.43, unit="điểm", indicator="PCI",
                                   location="Bình Dương", province_now="Hồ Chí Minh", period="2023")),
            (2, "9/63", dict(kind="rank", role="level", value=9, out_of=63, unit="hạng", indicator="PCI",
                             location="Bình Dương", province_now="Hồ Chí Minh", period="2023")),
            (3, "4/63", dict(kind="rank", role="level", value=4, out_of=63, unit="hạng", indicator="PCI",
                             location="Bình Dương", province_now="Hồ Chí Minh", period="2022")),
        ],
    },
    {
        "source": "tintuc-daily", "province": None, "path": "tintuc/pci-binhduong.html",
        "title": "PCI 2023: Bình Dương tụt hạng",
        "published": "2024-05-12T15:30:00+07:00",
        "sentences": [
            "Bảng xếp hạng PCI năm 2023 vừa được công bố.",
            "Bình Dương đứng thứ 12/63 trong bảng xếp hạng PCI năm 2023, thấp hơn năm trước.",
        ],
        "facts": [
            (1, "12/63", dict(kind="rank", role="level", value=12, out_of=63, unit="hạng", indicator="PCI",
                              location="Bình Dương", province_now="Hồ Chí Minh", period="2023")),
        ],
    },
    {
        "source": "danang-portal", "province": "Đà Nẵng", "path": "danang/pci-2023.html",
        "title": "Đà Nẵng tăng hạng PCI",
        "published": "2024-05-11T08:00:00+07:00",
        "sentences": [
            "Năm 2023, Đà Nẵng xếp thứ 5/63 về chỉ số PCI.",
            "Kế hoạch năm 2024 đặt mục tiêu trở lại nhóm 3 địa phương dẫn đầu.",
        ],
        "facts": [
            (0, "5/63", dict(kind="rank", role="level", value=5, out_of=63, unit="hạng", indicator="PCI",
                             location="Đà Nẵng", province_now="Đà Nẵng", period="2023")),
            (1, "3", dict(kind="rank", role="target", value=3, qualifier="lte", unit="hạng", indicator="PCI",
                          location="Đà Nẵng", province_now="Đà Nẵng", period="2024")),
        ],
    },
    {
        "source": "hcm-portal", "province": "Hồ Chí Minh", "path": "hcm/dvc-2025.html",
        "title": "Thành phố đẩy mạnh dịch vụ công trực tuyến",
        "published": "2025-08-20T10:00:00+07:00",
        "sentences": [
            "Sáu tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của Thành phố Hồ Chí Minh đạt 72,5%.",
            "Thành phố phấn đấu đến cuối năm nâng tỷ lệ này lên 80%.",
        ],
        "facts": [
            (0, "72,5%", dict(kind="percent", role="level", value=72.5, unit="%", indicator="DVC_TOAN_TRINH",
                              location="Hồ Chí Minh", province_now="Hồ Chí Minh", period="2025-H1")),
            (1, "80%", dict(kind="percent", role="target", value=80, unit="%", indicator="DVC_TOAN_TRINH",
                            location="Hồ Chí Minh", province_now="Hồ Chí Minh", period="2025")),
        ],
    },
    {
        "source": "hostile-portal", "province": "Cà Mau", "path": None,
        "title": HOSTILE_TITLE,
        "published": "2024-04-02T07:00:00+07:00",
        "sentences": ["Báo cáo tháng 3.", HOSTILE_SENTENCE],
        "facts": [
            (1, "35 hồ sơ", dict(kind="count", role="level", value=35, unit="hồ sơ", location="Cà Mau",
                                 province_now="Cà Mau", period="2024-03")),
        ],
    },
]


def build_store(db: Path, base_url: str = "https://portal.example.vn/") -> dict[str, Any]:
    """Write the articles, their facts and real check results to `db`; returns ids useful to tests."""
    fetched = datetime.fromisoformat("2025-09-01T00:00:00+07:00")
    pending: list[tuple[PendingArticle, list[Fact]]] = []
    items = []
    facts_by_span: dict[str, str] = {}
    for spec in ARTICLES:
        text = " ".join(spec["sentences"])
        url = base_url + spec["path"] if spec["path"] else HOSTILE_URL
        items.append({"source_id": spec["source"], "url": url, "title": spec["title"], "text": text,
                      "published_at": spec["published"], "fetched_at": fetched})
        aid = article_id(url)
        facts = []
        for index, span, fields in spec["facts"]:
            sentence = spec["sentences"][index]
            sentence_start = len(" ".join(spec["sentences"][:index])) + (1 if index else 0)
            start = sentence_start + sentence.index(span)
            fact = Fact(doc_id=aid, start=start, end=start + len(span), text=span, direction=None,
                        sentence=sentence, sentence_start=sentence_start, confidence=0.9, **fields)
            fact.validate(text)
            facts.append(fact)
            facts_by_span[f"{spec['path']}#{span}"] = fact.fact_id(aid)
        published = datetime.fromisoformat(spec["published"])
        pending.append((PendingArticle(aid, spec["title"], text, published, spec["province"],
                                       content_hash(spec["title"], text)), facts))
    with writing(db) as con:
        upsert_sources(con, _sources())
        upsert_articles(con, items)
        replace_facts(con, pending, "test-1")
        run_checks(con, all_articles=True)
    with reading(db) as con:
        failing = con.execute("SELECT count(*) FROM fact_checks WHERE status = 'fail'").fetchone()[0]
    assert failing, "the two reports of Bình Dương's 2023 PCI rank should fail the conflict check"
    return {"ids": facts_by_span, "hostile_url": HOSTILE_URL}


def _sources() -> Iterable[dict[str, Any]]:
    for spec in ARTICLES:
        yield {"id": spec["source"], "name": spec["source"], "province": spec["province"], "cms": "generic",
               "start_urls": ["https://portal.example.vn/"]}
