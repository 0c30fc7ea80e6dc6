"""Realistic portal sites served over real HTTP on loopback, one origin (port) per site.

Used by the crawler tests, the benchmark and `vnmetrics demo`. Each site honours conditional requests
(ETag / Last-Modified -> 304), serves robots.txt with a Crawl-delay, and misbehaves where its `site.toml`
says so (`[behaviour]`: redirects and a redirect loop, 404/500, slow and huge responses, a binary file at an
article URL). The server counts every request by path and status so tests can assert what was fetched.

    python -m crawler.sitesrv serve corpus/snapshots/*/     # serve sites until Ctrl-C
    python -m crawler.sitesrv build tests/fixtures/sites/*/ # re-render sites from their records
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.sitesrv.build import ORIGIN, Route, Site, load_site

HUGE_BYTES = 12 * 1024 * 1024


class SiteServer:
    """One site on one loopback port. `hits[(path, status)]` counts responses; `set_route` edits content."""

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self.hits: Counter[tuple[str, int]] = Counter()
        self.log: list[tuple[float, str, int]] = []  # (monotonic time, path, status), for timing assertions
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        self.origin = f"http://{host}:{self._httpd.server_address[1]}"
        self.routes: dict[str, Route] = {}
        for path, route in site.routes.items():
            self.set_route(path, route.body, route.content_type, route.last_modified)
        behaviour = site.config.get("behaviour", {})
        self.redirects: dict[str, str] = dict(behaviour.get("redirects", {}))
        self.errors: dict[str, int] = {k: int(v) for k, v in behaviour.get("errors", {}).items()}
        self.slow: dict[str, float] = {k: float(v) for k, v in behaviour.get("slow", {}).items()}
        self.huge: set[str] = set(behaviour.get("huge", []))
        self.binary: set[str] = set(behaviour.get("binary", []))
        self._thread: threading.Thread | None = None

    # -- content
    def set_route(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                  last_modified: str | None = None) -> None:
        body = body.replace(ORIGIN.encode(), self.origin.encode())
        self.routes[path] = Route(body, content_type, last_modified)

    def url(self, path: str) -> str:
        return self.origin + path

    def article_fetches(self) -> Counter[str]:
        """Full (200) responses per article path: what a second incremental run must not repeat."""
        return Counter({p: n for (p, status), n in self.hits.items() if status == 200 and p in self.site.expected})

    # -- lifecycle
    def start(self) -> SiteServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"site-{self.site.id}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _record(self, path: str, status: int, arrived: float | None = None) -> None:
        with self._lock:
            self.hits[(path, status)] += 1
            self.log.append((arrived or time.monotonic(), path, status))


def _handler_for(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "PortalSim/1.0"

        def log_message(self, format: str, *args: object) -> None:  # quiet: tests read `hits` instead
            return

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
                  head: bool = False) -> None:
            server._record(self.path, status, getattr(self, "arrived", None))
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head and body:
                with suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        def _serve(self, head: bool) -> None:
            self.arrived = time.monotonic()
            path = self.path
            if path in server.slow:
                time.sleep(server.slow[path])
            if path in server.redirects:
                self._send(301, headers={"Location": server.redirects[path]}, head=head)
                return
            if path in server.errors:
                status = server.errors[path]
                self._send(status, f"<html><body><h1>Lỗi {status}</h1></body></html>".encode(),
                           {"Content-Type": "text/html; charset=utf-8"}, head)
                return
            if path in server.huge:
                self._send_huge(head)
                return
            if path in server.binary:
                self._send(200, b"%PDF-1.4\n" + bytes(range(256)) * 64, {"Content-Type": "application/pdf"}, head)
                return
            route = server.routes.get(path)
            if route is None:
                self._send(404, "<html><body><h1>Không tìm thấy trang</h1></body></html>".encode(),
                           {"Content-Type": "text/html; charset=utf-8"}, head)
                return
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:20] + '"'
            headers = {"Content-Type": route.content_type, "ETag": etag}
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if self._not_modified(etag, route.last_modified):
                self._send(304, headers={"ETag": etag}, head=True)
                return
            self._send(200, route.body, headers, head)

        def _not_modified(self, etag: str, last_modified: str | None) -> bool:
            inm = self.headers.get("If-None-Match")
            if inm is not None:
                return etag in [tag.strip() for tag in inm.split(",")]
            ims = self.headers.get("If-Modified-Since")
            if ims and last_modified:
                try:
                    return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(ims)
                except (TypeError, ValueError):
                    return False
            return False

        def _send_huge(self, head: bool) -> None:
            server._record(self.path, 200, self.arrived)
            chunk = ("<p>" + "Dữ liệu thống kê chi tiết của toàn tỉnh. " * 40 + "</p>\n").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(HUGE_BYTES))
            self.end_headers()
            if head:
                return
            sent = 0
            try:
                while sent < HUGE_BYTES:
                    piece = chunk[: HUGE_BYTES - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def serve_sites(sites: list[Site | Path], *, first_host: int = 11, port: int = 0,
                hosts: list[str | None] | None = None, wait_for_port: float = 0.0) -> Iterator[list[SiteServer]]:
    """Start one server per site (directories are loaded) and stop them all on exit.

    Each site gets its own loopback address (`hosts[i]`, else 127.0.0.11, .12, ...) so that, as on the real
    web, every site is its own host for Scrapy's per-host politeness. `port=0` picks free ports; a fixed port
    gives stable URLs across runs (the demo snapshot); if it is taken (another demo is serving), it is retried
    for `wait_for_port` seconds and then refused with `PortBusy`: serving elsewhere would change the URLs, hence
    the article ids, and a rerun into the same database would store every article twice.
    """
    with ExitStack() as stack:
        servers = []
        for number, site in enumerate(sites):
            loaded = load_site(site) if isinstance(site, Path) else site
            host = (hosts[number] if hosts and hosts[number] else None) or f"127.0.0.{first_host + number}"
            server = _bind(loaded, host, port, wait_for_port)
            stack.callback(server.stop)
            servers.append(server)
        yield servers


class PortBusy(OSError):
    """A fixed port that stayed taken: a snapshot served elsewhere would get other URLs, hence other ids."""


def _bind(site: Site, host: str, port: int, wait: float) -> SiteServer:
    deadline = time.monotonic() + wait
    while True:
        try:
            return SiteServer(site, host=host, port=port).start()
        except OSError:
            if port == 0:
                raise
            if time.monotonic() >= deadline:
                raise PortBusy(
                    f"{host}:{port} is in use (is another `vnmetrics demo` running?); waited {wait:.0f}s. The demo's "
                    "article URLs include this address, so it will not serve the snapshot anywhere else."
                ) from None
            time.sleep(0.5)


def main(argv: list[str]) -> None:
    from crawler.sitesrv.build import build_dir

    command, args = (argv[0], argv[1:]) if argv else ("serve", [])
    dirs = [Path(arg) for arg in args] or sorted(p.parent for p in Path("corpus/snapshots").glob("*/site.toml"))
    if command == "build":
        for directory in dirs:
            built = build_dir(directory)
            print(f"{directory}: {len(built.routes)} routes, {len(built.expected)} articles")
        return
    if command != "serve":
        raise SystemExit("usage: python -m crawler.sitesrv [serve|build] SITE_DIR...")
    with serve_sites(dirs) as servers:
        for server in servers:
            print(f"{server.site.id:28} {server.site.cms:10} {server.origin}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
