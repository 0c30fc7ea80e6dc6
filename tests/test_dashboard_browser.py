"""`vnmetrics serve` in a real browser: Debian's chromium driven by Playwright (never a downloaded browser).

The dashboard runs as a subprocess on a free port over a DuckDB file built with the store's APIs; the
articles' URLs point at a tiny loopback site, so following a source link lands on a real page.
"""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dashboard_support import build_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed"),
]


class _SourcePage(http.server.BaseHTTPRequestHandler):
    """Any path answers with a small page naming it, standing in for a provincial portal."""

    def do_GET(self) -> None:
        body = (f"<!doctype html><meta charset=utf-8><title>Nguồn {self.path}</title>"
                f"<h1 id=source>Bài gốc {self.path}</h1>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def source_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SourcePage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory, source_site: str) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "dash.duckdb"
    build_store(db, base_url=source_site)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "VNMETRICS_DB"}
    proc = subprocess.Popen([sys.executable, "-m", "vnmetrics", "serve", "--db", str(db), "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"vnmetrics serve did not start: {proc.communicate()[0]}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_fact_checker_filters_opens_a_flag_and_follows_the_source(dashboard: str, source_site: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
            page = context.new_page()
            problems: list[str] = []
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))

            page.goto(dashboard + "/")
            first = page.locator("article.fact").first
            assert "st-fail" in first.get_attribute("class")
            assert page.locator("article.fact").count() == 9
            # The hostile article's markup is text on screen, and no script of it ran.
            assert "<script>alert(2)</script>" in page.locator("article.fact", has_text="35 hồ sơ").inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

            # Filtering: choosing a province submits the form (app.js) and the URL carries the filter.
            with page.expect_navigation():
                page.select_option("select[name=province]", "Bình Dương")
            assert "province=B%C3%ACnh+D%C6%B0%C6%A1ng" in page.url
            assert page.locator("article.fact").count() == 4
            with page.expect_navigation():
                page.select_option("select[name=status]", "fail")
            assert page.locator("article.fact").count() == 2
            assert page.locator("mark").all_inner_texts() == ["12/63", "9/63"]

            # A flagged fact: its page gives the reason and the fact it was compared with.
            page.locator("article.fact").first.locator("a.details").click()
            page.wait_for_load_state()
            assert "/fact/" in page.url
            reason = page.locator(".check .reason").first.inner_text()
            assert "Các bài viết đưa số liệu khác nhau về PCI của Bình Dương (2023)" in reason
            assert page.locator(".compared li").first.inner_text().startswith("9/63")

            # The source link opens the article in a new tab, without an opener or a referrer.
            link = page.locator("p.src a.source")
            assert link.get_attribute("rel") == "noopener noreferrer"
            with context.expect_page() as opened:
                link.click()
            source = opened.value
            source.wait_for_load_state()
            assert source.url == source_site + "tintuc/pci-binhduong.html"
            assert source.locator("#source").inner_text() == "Bài gốc /tintuc/pci-binhduong.html"

            # The chart: each point is a link to its article.
            page.goto(dashboard + "/chart?indicator=PCI&kind=rank&province=B%C3%ACnh+D%C6%B0%C6%A1ng"
                      "&province=%C4%90%C3%A0+N%E1%BA%B5ng")
            points = page.locator("svg.plot a.point")
            assert points.count() == 4
            with context.expect_page() as opened:
                points.first.locator("circle").click()
            assert opened.value.url.startswith(source_site)

            # English labels, same data.
            page.goto(dashboard + "/?lang=en")
            assert page.locator("p.summary strong").inner_text() == "9 facts"
            assert problems == [], problems
        finally:
            browser.close()
