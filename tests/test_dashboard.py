"""The dashboard in-process (Starlette's TestClient) over a real DuckDB file: routes, filters, escaping,
highlighting, charts, province pages, and what happens while another process writes."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from dashboard_support import HOSTILE_SENTENCE, build_store
from starlette.testclient import TestClient

from dashboard import data
from dashboard.app import create_app
from dashboard.charts import build_chart, nice_ticks, period_x
from dashboard.i18n import format_number
from dashboard.urls import safe_url

BD = "Bình Dương"
HCM = "Hồ Chí Minh"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("dash") / "dash.duckdb"
    return db, build_store(db)


@pytest.fixture(params=["sql", "index"])
def client(request: pytest.FixtureRequest, store: tuple[Path, dict]) -> TestClient:
    """Both ways of cutting pages: in SQL (before the index exists) and from the in-memory index."""
    app = create_app(store[0], use_index=request.param == "index")
    if request.param == "index":
        app.state.indexer.refresh()
        assert app.state.indexer.wait() is not None
    return TestClient(app)


def cards(html: str) -> list[str]:
    """The fact cards of a page, in order."""
    return re.findall(r'<article class="fact st-\w+" id="f-[0-9a-f]+">.*?</article>', html, flags=re.S)


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_landing_page_lists_flagged_facts_first_with_reason_and_comparison(client: TestClient, store) -> None:
    ids = store[1]["ids"]
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    found = cards(html)
    assert len(found) == 9
    # The two reports of Bình Dương's 2023 rank disagree: both failed, listed first, newest article first.
    assert 'st-fail' in found[0] and 'st-fail' in found[1]
    assert f'id="f-{ids["tintuc/pci-binhduong.html#12/63"]}"' in found[0]
    assert f'id="f-{ids["binhduong/pci-2023.html#9/63"]}"' in found[1]
    assert all("st-fail" not in card for card in found[2:])
    assert "Các bài viết đưa số liệu khác nhau về PCI của Bình Dương" in found[0]
    # ...and each shows the fact it was compared with, linked.
    assert f'href="/fact/{ids["binhduong/pci-2023.html#9/63"]}"' in found[0]
    summary = re.search(r'<p class="summary">(.*?)</p>', html, re.S).group(1)
    assert "<strong>9 dữ kiện</strong>" in summary and ">2 sai lệch</a>" in summary and "cần xem" not in summary


def test_every_sentence_highlights_exactly_its_number(client: TestClient) -> None:
    html = client.get("/").text
    assert sorted(marked(html)) == sorted(
        ["12/63", "9/63", "68,43 điểm", "4/63", "5/63", "3", "72,5%", "80%", "35 hồ sơ"])
    # The highlight sits where the extractor found it, not at an earlier equal-looking digit.
    assert "nhóm <mark>3</mark> địa phương" in html


def test_crawled_markup_is_shown_as_text_and_bad_links_are_dropped(client: TestClient) -> None:
    html = client.get("/").text
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "&lt;script&gt;alert(&#39;tieu-de&#39;)&lt;/script&gt; Bản tin" in html  # the title, as text
    assert "javascript:" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.startswith(("/", "?", "https://portal.example.vn/")) for h in hrefs), hrefs
    external = re.findall(r'<a class="source" href="https?://[^"]+"[^>]*>', html)
    assert external and all('rel="noopener noreferrer"' in a for a in external)
    # The hostile sentence survives intact once the escaping is undone.
    card = next(c for c in cards(html) if "35 hồ sơ" in c)
    sentence = re.search(r'<blockquote class="sentence">(.*?)</blockquote>', card, re.S).group(1)
    import html as html_module

    assert html_module.unescape(sentence.replace("<mark>", "").replace("</mark>", "")) == HOSTILE_SENTENCE


def test_pages_forbid_inline_scripts_and_report_server_time(client: TestClient) -> None:
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    assert re.fullmatch(r"app;dur=\d+\.\d", page.headers["server-timing"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"province": BD}, {"68,43 điểm", "9/63", "4/63", "12/63"}),
        # The current name also finds the facts of the provinces merged into it.
        ({"province": HCM}, {"68,43 điểm", "9/63", "4/63", "12/63", "72,5%", "80%"}),
        ({"province": "Đà Nẵng", "role": "target"}, {"3"}),
        ({"indicator": "PCI", "kind": "rank"}, {"9/63", "4/63", "12/63", "5/63", "3"}),
        ({"indicator": "PCI", "period": "2022"}, {"4/63"}),
        ({"period": "2025"}, {"72,5%", "80%"}),  # 2025 also finds 2025-H1
        ({"period": "2024-03"}, {"35 hồ sơ"}),
        ({"status": "fail"}, {"9/63", "12/63"}),
        ({"status": "unchecked", "province": BD}, {"68,43 điểm", "4/63"}),
        ({"kind": "money"}, set()),
        ({"kind": "not-a-kind"}, {"12/63", "9/63", "68,43 điểm", "4/63", "5/63", "3", "72,5%", "80%", "35 hồ sơ"}),
    ],
)
def test_filters(client: TestClient, query: dict, expected: set) -> None:
    page = client.get("/", params=query)
    assert page.status_code == 200
    assert set(marked(page.text)) == expected
    if not expected:
        assert "Không có dữ kiện nào khớp bộ lọc." in page.text


def test_filters_are_shareable_urls() -> None:
    filters = data.Filters.parse({"province": BD, "status": "fail", "page": "3", "kind": "bogus"})
    assert filters == data.Filters(province=BD, status="fail", page=3)
    assert filters.query() == "province=B%C3%ACnh+D%C6%B0%C6%A1ng&status=fail"  # page resets on a new filter
    assert filters.query("en", page=2).endswith("&page=2&lang=en")
    assert data.Filters.parse({"page": "-4"}).page == 1 and data.Filters.parse({"page": "x"}).page == 1


def test_pagination_and_selected_filters_render(client: TestClient) -> None:
    html = client.get("/", params={"province": BD, "kind": "rank"}).text
    assert f'<option value="{BD}" selected>' in html
    assert '<option value="rank" selected>' in html
    assert "Trang 1/1" in html


def test_english_labels_and_links_keep_the_language(client: TestClient, store) -> None:
    html = client.get("/", params={"lang": "en"}).text
    assert '<html lang="en">' in html and "9 facts" in html and "Compared with" in html
    assert "Articles give different figures for PCI in Bình Dương (2023)" in html
    fact_links = re.findall(r'href="(/fact/[0-9a-f]+[^"]*)"', html)
    assert fact_links and all(link.endswith("?lang=en") for link in fact_links)
    assert 'href="/?lang=vi"' not in html and 'href="/" hreflang="vi">Tiếng Việt<' in html


def test_fact_page_shows_both_reasons_and_the_compared_fact(client: TestClient, store) -> None:
    ids = store[1]["ids"]
    page = client.get(f"/fact/{ids['binhduong/pci-2023.html#9/63']}")
    assert page.status_code == 200
    html = page.text
    assert "Các bài viết đưa số liệu khác nhau" in html  # Vietnamese reason
    assert 'lang="en"' in html  # and the English one beside it
    assert f'/fact/{ids["tintuc/pci-binhduong.html#12/63"]}' in html
    assert 'href="https://portal.example.vn/binhduong/pci-2023.html" rel="noopener noreferrer"' in html
    assert "<mark>9/63</mark>" in html
    assert client.get("/fact/doesnotexist").status_code == 404


def test_chart_points_link_to_their_articles(client: TestClient) -> None:
    page = client.get("/chart", params=[("indicator", "PCI"), ("province", BD), ("province", "Đà Nẵng"),
                                        ("kind", "rank")])
    assert page.status_code == 200
    svg = re.search(r"<svg class=\"plot\".*?</svg>", page.text, re.S).group(0)
    points = re.findall(r'<a href="(https://[^"]+)" target="_blank" rel="noopener noreferrer" class="point">\s*'
                        r"<circle", svg)
    # Bình Dương 2022, its two 2023 reports, Đà Nẵng 2023 (the 2024 target is not a level).
    assert sorted(points) == sorted([
        "https://portal.example.vn/binhduong/pci-2023.html", "https://portal.example.vn/binhduong/pci-2023.html",
        "https://portal.example.vn/tintuc/pci-binhduong.html", "https://portal.example.vn/danang/pci-2023.html"])
    assert "Thứ hạng: trục đứng đảo ngược" in page.text
    # Without a kind the chart picks the most reported one (rank here) and offers the other.
    other = client.get("/chart", params=[("indicator", "PCI"), ("province", BD)]).text
    assert "Điểm số</a>" in other


def test_chart_asks_for_a_choice_and_ignores_unknown_names(client: TestClient) -> None:
    assert "Chọn chỉ số" in client.get("/chart").text
    html = client.get("/chart", params={"indicator": "PCI", "province": "<b>Atlantis</b>"}).text
    assert "Chọn chỉ số" in html and "<b>Atlantis" not in html


def test_chart_geometry() -> None:
    assert period_x("2023") == 2023.5 and period_x("2024-H1") == 2024.25 and period_x("2024-Q4") == 2024.875
    assert period_x("2021..2023") == 2023.5 and period_x("2024-05") == pytest.approx(2024 + 4.5 / 12)
    assert period_x("năm ngoái") is None and period_x("2024-13") is None
    assert nice_ticks(3, 61) == [0, 20, 40, 60, 80] and nice_ticks(55, 95) == [50, 60, 70, 80, 90, 100]
    rows = [{"location": BD, "period": "2022", "value": 4.0, "url": "https://a.vn/1"},
            {"location": BD, "period": "2023", "value": 9.0, "url": "javascript:x"}]
    chart = build_chart(rows, "rank")
    ys = [p["cy"] for p in chart["series"][0]["points"]]
    assert ys[0] < ys[1]  # rank 4 drawn above rank 9
    assert [p["href"] for p in chart["series"][0]["points"]] == ["https://a.vn/1", None]
    assert build_chart([], "rank") is None


def test_province_pages_know_old_and_new_names(client: TestClient) -> None:
    old = client.get(f"/province/{BD}")
    assert old.status_code == 200
    assert "nay thuộc Hồ Chí Minh" in old.text
    assert "4 dữ kiện" in old.text and "sai lệch" in old.text
    assert re.search(r"<strong>PCI</strong>.*?9/63 hạng", old.text, re.S)  # latest PCI rank: 2023
    new = client.get(f"/province/{HCM}")
    assert 'href="/province/B%C3%ACnh%20D%C6%B0%C6%A1ng"' in new.text  # a former province, linked
    assert 'href="/province/H%E1%BB%93%20Ch%C3%AD%20Minh?lang=en"' in new.text  # the language toggle
    assert "6 dữ kiện" in new.text
    assert client.get("/province/Atlantis").status_code == 404
    listing = client.get("/provinces").text
    assert listing.count('class="pname"') == 34


def test_unknown_routes_are_a_page_not_a_traceback(client: TestClient) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404 and "Không tìm thấy trang" in page.text


def test_missing_database_is_explained(tmp_path: Path) -> None:
    page = TestClient(create_app(tmp_path / "none.duckdb")).get("/")
    assert page.status_code == 503
    assert "Không đọc được cơ sở dữ liệu" in page.text and "Traceback" not in page.text


def test_requests_never_keep_the_file_from_a_writer(client: TestClient, store) -> None:
    assert client.get("/").status_code == 200
    if client.app.state.indexer:
        client.app.state.indexer.wait()  # an index build is a read like a page's, and ends as quickly
    code = f"import duckdb; duckdb.connect({str(store[0])!r}).close(); print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


_WRITER = textwrap.dedent("""
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("INSERT INTO crawl_runs (id, job, started_at, status) VALUES ('busy', 'run', now(), 'running')")
    print("holding", flush=True)
    sys.stdin.readline()
    con.execute("DELETE FROM crawl_runs WHERE id = 'busy'")
    con.close()
""")


def test_while_a_writer_holds_the_file_pages_show_last_good_data_with_a_notice(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    build_store(db)
    app = create_app(db, wait=0.2)
    client = TestClient(app)
    app.state.indexer.refresh()
    app.state.indexer.wait()
    before = client.get("/")
    assert before.status_code == 200 and "Đang có lượt chạy" not in before.text
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "holding"
        during = client.get("/")
        assert during.status_code == 200
        assert "Đang có lượt chạy ghi dữ liệu…" in during.text
        assert sorted(marked(during.text)) == sorted(marked(before.text))  # the last good data
        # Never read before, but flagged facts only: the last index answers from memory, marked as older.
        flagged = client.get("/", params={"status": "fail"})
        assert "Đang có lượt chạy ghi dữ liệu…" in flagged.text and sorted(marked(flagged.text)) == ["12/63", "9/63"]
        never_seen = client.get("/", params={"kind": "percent"})
        assert never_seen.status_code == 200 and "Đang có lượt chạy ghi dữ liệu…" in never_seen.text
        assert "Traceback" not in never_seen.text and not cards(never_seen.text)
        assert client.get("/chart", params={"indicator": "PCI", "province": BD}).status_code == 200
    finally:
        writer.stdin.write("\n")
        writer.stdin.close()
        writer.wait(timeout=30)
    app.state.indexer.wait()
    after = client.get("/")
    assert "Đang có lượt chạy" not in after.text and len(cards(after.text)) == 9


def test_highlight_falls_back_safely() -> None:
    row = {"sentence": "Tăng 4 bậc, xếp thứ 14.", "sentence_start": 100, "start": 120, "end": 122, "text": "14"}
    assert data.highlight(row) == ("Tăng 4 bậc, xếp thứ ", "14", ".")
    assert data.highlight({**row, "start": 105, "end": 107}) == ("Tăng 4 bậc, xếp thứ ", "14", ".")
    assert data.highlight({**row, "text": "99", "start": 1, "end": 3}) == (row["sentence"], "", "")
    assert data.highlight({"sentence": None, "text": "14"}) == ("", "14", "")


def test_safe_url_and_numbers() -> None:
    assert safe_url("https://sonoivu.binhduong.gov.vn/a?b=1") == "https://sonoivu.binhduong.gov.vn/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "//evil.example", "/relative",
                "http://", "https://a.vn/\nx", None, ""):
        assert safe_url(bad) is None, bad
    assert format_number(8578, "vi") == "8.578" and format_number(79.92, "vi") == "79,92"
    assert format_number(8578, "en") == "8,578" and format_number(0.5, "en") == "0.5"


def test_read_only_open_does_not_need_write_access(store) -> None:
    # The dashboard opens the file read-only: a DuckDB handle it opened is refused any write.
    with pytest.raises(duckdb.Error):
        from store import reading

        with reading(store[0]) as con:
            con.execute("DELETE FROM facts")


def test_index_and_sql_cut_the_same_pages(tmp_path: Path) -> None:
    """On a generated store (many provinces, periods, statuses), every filter pages identically both ways."""
    from dashboard.index import FactIndex
    from dashboard.sample import generate
    from dashboard.source import Source
    from store import reading

    db = tmp_path / "gen.duckdb"
    generate(db, 6_000, seed=3)
    with reading(db) as con:
        index = FactIndex.build(con, Source(db).version())
        cases = [
            data.Filters(),
            data.Filters(page=3),
            data.Filters(page=40),
            data.Filters(province=HCM),
            data.Filters(province="Bình Định", kind="rank"),
            data.Filters(province="Việt Nam", page=2),
            data.Filters(indicator="PCI", period="2023"),
            data.Filters(period="2024"),
            data.Filters(period="2024-H1"),
            data.Filters(status="fail"),
            data.Filters(status="warn", page=2),
            data.Filters(status="flagged", role="level"),
            data.Filters(status="ok"),
            data.Filters(status="unchecked", role="target", page=5),
            data.Filters(province="Atlantis"),
            data.Filters(page=10_000),
        ]
        for filters in cases:
            selection = data.select_page(con, filters)
            assert index.select(filters) == selection, filters
            # Rows and checks kept in memory are the ones the file gives.
            assert data.page_rows(con, selection, index.memory) == data.page_rows(con, selection), filters
        assert index.periods() == data.periods(con)
        flagged = index.select(data.Filters(status="flagged"))
        assert index.memory.covers([fid for fid, _ in flagged.ids])
        assert data.page_rows(None, flagged, index.memory) == data.page_rows(con, flagged)
        assert not index.memory.covers([fid for fid, _ in index.select(data.Filters(status="unchecked")).ids])
    assert index.n_fail > 0 and index.n_warn > 0


def test_serve_refuses_a_missing_database_in_words(tmp_path: Path) -> None:
    from conftest import run_cli

    done = run_cli("serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0", timeout=60)
    assert done.returncode == 1
    assert "no database at" in done.stderr and "Traceback" not in done.stderr
