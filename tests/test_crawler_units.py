"""Fast crawler checks without a crawl: the registry's validation, the extractors on the fixture pages, the
text hygiene, and the demo snapshot's server."""

from __future__ import annotations

import unicodedata
import urllib.request
from pathlib import Path

import pytest

from crawler.extractors import decode_html, detect_cms, extract_page
from crawler.extractors.base import filter_lines, is_boilerplate
from crawler.sitesrv.build import cp1258_bytes, load_site
from crawler.snapshot import serve, site_dirs
from crawler.sources import BUNDLED, SourceError, load_sources, parse_sources
from tests.crawler_helpers import fixture_dirs

FIXTURE_PAGES = [(d, path) for d in fixture_dirs() for path in load_site(d).expected]


def _entry(**changes):
    entry = {"id": "qn-portal", "name": "Cổng TTĐT", "cms": "nukeviet", "start_urls": ["https://quangninh.gov.vn/"]}
    entry.update(changes)
    return {"source": [{k: v for k, v in entry.items() if v is not None}]}


def test_bundled_registry_covers_34_provinces_and_central_sources():
    sources = load_sources(BUNDLED)
    provinces = {s.province for s in sources if s.province}
    assert len(provinces) == 34
    ids = {s.id for s in sources}
    assert {"chinhphu", "baochinhphu", "moha", "nso"} <= ids
    assert all(s.start_urls[0].startswith("https://") for s in sources)


@pytest.mark.parametrize(("changes", "message"), [
    ({"cms": "joomla"}, "field 'cms': 'joomla' is not one of"),
    ({"start_urls": []}, "field 'start_urls': needs at least one URL"),
    ({"start_urls": ["quangninh.gov.vn"]}, "is not an http(s) URL"),
    ({"since": "18/4/2024"}, "field 'since': '18/4/2024' is not a YYYY-MM-DD date"),
    ({"selectors": {"bodyy": "div.x"}}, "field 'selectors.bodyy': unknown"),
    ({"allowed_paths": ["tin-tuc"]}, "must be a path starting with '/'"),
    ({"colour": "red"}, "unknown field(s) ['colour']"),
    ({"id": "Bad Id"}, "field 'id': 'Bad Id' must be"),
    ({"name": None}, "field 'name': missing"),
])
def test_registry_errors_name_the_entry_and_field(changes, message):
    with pytest.raises(SourceError) as error:
        parse_sources(_entry(**changes), "reg.toml")
    assert "reg.toml: source #1" in str(error.value)
    assert message in str(error.value)


def test_registry_rejects_duplicates_and_reads_dates(tmp_path):
    data = _entry(since="2024-01-01")
    assert parse_sources(data)[0].since.isoformat() == "2024-01-01"
    data["source"].append(dict(data["source"][0]))
    with pytest.raises(SourceError, match=r"source #2 .*duplicate of source #1"):
        parse_sources(data, "reg.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\nid = 1", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.toml: not valid TOML"):
        load_sources(bad)


@pytest.mark.parametrize(("site_dir", "path"), FIXTURE_PAGES, ids=[f"{d.name}{p}"[:70] for d, p in FIXTURE_PAGES])
@pytest.mark.parametrize("registered_as", ["declared", "generic"])
def test_extractor_reads_fixture_page_exactly(site_dir: Path, path: str, registered_as: str):
    site = load_site(site_dir)
    want = site.expected[path]
    html, _ = decode_html(site.routes[path].body)
    page = extract_page(html, "http://127.0.0.1:1" + path, site.cms if registered_as == "declared" else "generic")
    assert page.title == want["title"]
    assert page.text == want["text"]
    assert (page.published_at.isoformat() if page.published_at else None) == want["published_at"]
    assert page.author == want["author"]
    assert [a.rsplit("/", 1)[-1] for a in page.attachments] == [a.rsplit("/", 1)[-1] for a in want["attachments"]]
    assert unicodedata.is_normalized("NFC", page.text)


def test_cms_detection_on_fixture_sites():
    for site_dir in fixture_dirs():
        site = load_site(site_dir)
        html, _ = decode_html(site.routes[next(iter(site.expected))].body)
        assert detect_cms(html) == site.cms


def test_undeclared_cp1258_page_is_sniffed_and_composed():
    text = "Tổng số thu ngân sách tăng mạnh, vượt dự toán của Hội đồng nhân dân tỉnh"
    body = b"<html><body><p>" + cp1258_bytes(text) + b"</p></body></html>"
    decoded, codec = decode_html(body)
    assert codec == "cp1258" and text in decoded
    # A page that lies about its charset (says utf-8, is cp1258) is still read right.
    decoded, codec = decode_html(body, header_charset="utf-8")
    assert codec == "cp1258" and text in decoded


def test_boilerplate_lines_never_reach_the_text():
    lines = ["Đoạn văn thật của bài.", "Chia sẻ", "In trang", "Lượt xem: 1.204", "Chia sẻ | In bài",
             "Mặc định Cỡ chữ", "Đoạn thứ hai.", "Những tin mới hơn", "Tin mới không thuộc bài"]
    assert filter_lines(lines) == ["Đoạn văn thật của bài.", "Đoạn thứ hai."]
    assert not is_boilerplate("Chia sẻ kinh nghiệm của tỉnh về chuyển đổi số")


def test_extractor_normalises_nbsp_and_old_tone_marks():
    html = ("<html><head><title>T</title></head><body><h1>Hoà bình</h1><div class='article-content'>"
            "<p>Tỉnh Khánh Hoà&nbsp;&nbsp;tăng&nbsp;trưởng khá trong năm, theo báo cáo tổng hợp của các sở, ngành."
            "</p><p>Thuỷ sản và du lịch đóng góp lớn vào mức tăng chung của toàn tỉnh trong cả năm qua.</p>"
            "</div></body></html>")
    page = extract_page(html, "http://x/a-1.html", "generic")
    assert page.title == "Hòa bình"
    assert page.text.split("\n")[0].startswith("Tỉnh Khánh Hòa tăng trưởng khá")
    assert "Thủy sản" in page.text and "\xa0" not in page.text


def test_snapshot_serves_every_site_and_yields_a_valid_registry():
    assert len({load_site(d).cms for d in site_dirs()}) >= 3
    with serve() as sources_path:
        sources = load_sources(sources_path)
        assert len(sources) == len(site_dirs())
        for source in sources[:3]:
            with urllib.request.urlopen(source.start_urls[0], timeout=10) as response:
                assert response.status == 200
    escaped = [p for d in site_dirs() for p, want in load_site(d).expected.items() if "<script>" in want["text"]]
    assert escaped, "the snapshot must carry one page with script-like text"


def test_a_killed_crawls_queue_is_dropped_and_a_cleanly_closed_one_kept(tmp_path):
    from crawler.runner import drop_unclean_queue

    killed = tmp_path / "killed" / "requests.queue"
    (killed / "p0").mkdir(parents=True)
    (killed / "p0" / "q00000").write_bytes(b"\x00\x00")  # half-written by a process that died mid-push
    assert drop_unclean_queue(killed.parent) and not killed.exists()
    closed = tmp_path / "closed" / "requests.queue"
    (closed / "p0").mkdir(parents=True)
    (closed / "active.json").write_text("[0]")
    assert not drop_unclean_queue(closed.parent) and closed.exists()
