"""Discovery and incremental crawling shared by every family; family spiders only name their CMS.

Flow per source: start URLs, feeds (RSS/Atom), sitemaps and (WordPress) the REST API list articles; list
pages are always fetched fresh and their pagination followed until `since` is passed; article links are
checked against what the store already has: a known article is revalidated with If-None-Match /
If-Modified-Since (a 304 costs no transfer and stores nothing), an unknown one is fetched. Every page that
cannot be stored is logged with a reason (`crawl_log`) instead of crashing the crawl.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from selectolax.lexbor import LexborHTMLParser
from w3lib.url import canonicalize_url

from crawler.extractors import FAMILIES, decode_html, extract_page
from crawler.extractors.base import ATTACHMENT_EXT
from crawler.items import ArticleLoader
from crawler.politeness import DUPLICATE
from crawler.sources import Source
from extract.dates import parse_vn_datetime
from store import reading
from store.articles import KnownArticle, known_articles

_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|mp4|mp3|woff2?|ttf)(?:$|[?#])", re.IGNORECASE)
# Link texts of a "next page" link; a pager's links are those or page numbers.
_NEXT_WORDS = r"»|›|>|>>|next|sau|trang\s*sau|tiếp|xem\s*tiếp|cũ\s*hơn"
_NEXT_TEXT = re.compile(rf"^(?:{_NEXT_WORDS})$", re.IGNORECASE)
_PAGER_TEXT = re.compile(rf"^(?:\d{{1,4}}|{_NEXT_WORDS})$", re.IGNORECASE)
_PAGER_CLASSES = {"pagination", "paging", "pager", "page-numbers", "nav-links", "phantrang", "pages", "paginate"}
_ARTICLE_PATTERNS = [module.ARTICLE_URL for module in FAMILIES.values()]
_LIST_PATTERNS = [module.LIST_URL for module in FAMILIES.values()]
_ITEM_TAGS = {"li", "article", "tr", "div", "section"}
MAX_SECTIONS = 40


def norm_url(url: str) -> str:
    """The form URLs are compared in (store keys, links, redirects): no fragment, sorted query."""
    return canonicalize_url(url, keep_fragments=False)


class PortalSpider(scrapy.Spider):
    name = "portal"
    cms = "generic"

    def __init__(self, source: Source, db: str | Path, since: date | None = None, **kwargs: Any) -> None:
        super().__init__(name=f"{self.cms}:{source.id}", **kwargs)
        self.source = source
        self.db = Path(db)
        self.since = since or source.since
        self.family = FAMILIES[self.cms]
        self.known: dict[str, KnownArticle] = {}
        self._log: list[dict[str, Any]] = []
        self._decided: set[str] = set()  # article URLs already requested or skipped in this run
        self.allowed_hosts = set(source.hosts)

    # ------------------------------------------------------------------------------ bookkeeping
    def _count(self, name: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"vnm/{name}", n)

    def note(self, url: str, reason: str, *, status: int | None = None, error: bool = False,
             detail: str | None = None) -> None:
        """Log a page that was not stored; errors count in crawl_runs.errors, the rest in skipped."""
        self._count("errors" if error else "skipped")
        self._log.append({"source_id": self.source.id, "url": url, "status": status, "reason": reason,
                          "is_error": error, "detail": (detail or "")[:500] or None})
        self.logger.log(logging.WARNING if error else logging.INFO, "%s %s %s", reason, status or "", url)

    def drain_log(self) -> list[dict[str, Any]]:
        rows, self._log = self._log, []
        return rows

    def requeue_log(self, rows: list[dict[str, Any]]) -> None:
        self._log = rows + self._log

    def _load_known(self) -> None:
        if not self.db.exists():
            return
        with reading(self.db) as con:
            self.known = {norm_url(url): known for url, known in known_articles(con, self.source.id).items()}
            rows = con.execute(
                "SELECT u.url, a.id, a.content_hash, u.etag, u.last_modified FROM crawl_urls u"
                " JOIN articles a ON a.id = u.article_id WHERE u.source_id = ?", [self.source.id]).fetchall()
        for url, article, content, etag, modified in rows:
            self.known[norm_url(url)] = KnownArticle(article, content, etag, modified)

    # ------------------------------------------------------------------------------ start
    def _origin(self) -> str:
        parts = urlsplit(self.source.start_urls[0])
        return f"{parts.scheme}://{parts.netloc}"

    def _resolve(self, url_or_path: str) -> str:
        return urljoin(self._origin() + "/", url_or_path)

    async def start(self) -> AsyncIterator[Any]:
        self._load_known()
        self.crawler.stats.set_value("vnm/known_at_start", len(self.known))
        for url in self.source.start_urls:
            yield Request(url, callback=self.parse_list, errback=self.on_error, meta={"role": "start"})
        # Declared feeds/sitemaps must work; the family's usual ones are tried and may be missing.
        for urls, optional, callback in ((self.source.feeds, False, self.parse_feed),
                                         (() if self.source.feeds else self.family.FEEDS, True, self.parse_feed),
                                         (self.source.sitemaps, False, self.parse_sitemap),
                                         (() if self.source.sitemaps else self.family.SITEMAPS, True,
                                          self.parse_sitemap)):
            for url in urls:
                yield Request(self._resolve(url), callback=callback, errback=self.on_error,
                              meta={"role": "feed", "optional": optional})
        for request in self.extra_start_requests():
            yield request

    def extra_start_requests(self) -> Iterator[Request]:
        return iter(())

    # ------------------------------------------------------------------------------ scope
    def in_scope(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname not in self.allowed_hosts:
            return False
        if _ASSET.search(parts.path) or ATTACHMENT_EXT.search(parts.path):
            return False
        return not self.source.allowed_paths or any(parts.path.startswith(p) for p in self.source.allowed_paths)

    def looks_like_article(self, url: str) -> bool:
        path = _path_and_query(url)
        if self.family.ARTICLE_URL.search(path):
            return True
        return any(pattern.search(path) for pattern in _ARTICLE_PATTERNS)

    def too_old(self, when: datetime | None) -> bool:
        return bool(self.since and when and when.date() < self.since)

    def article_request(self, url: str, listed: datetime | None = None) -> Request | None:
        key = norm_url(url)
        if key in self._decided:
            return None
        self._decided.add(key)
        if self.too_old(listed):
            self._count("skipped_old")
            return None
        meta: dict[str, Any] = {"role": "article"}
        headers: dict[str, str] = {}
        known = self.known.get(key)
        if known is not None:
            if not (known.etag or known.last_modified):
                self._count("skipped")  # stored, and the server gives no way to ask whether it changed
                return None
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
            meta["handle_httpstatus_list"] = [304]
        return Request(url, callback=self.parse_article, errback=self.on_error, headers=headers, meta=meta)

    # ------------------------------------------------------------------------------ lists
    def parse_list(self, response: Response) -> Iterator[Request]:
        self._count("pages")
        if not _is_html(response):
            self.note(response.url, "non_html", status=response.status, detail=_ctype(response))
            return
        html, _ = decode_html(response.body, _charset(response))
        tree = LexborHTMLParser(html)
        if response.meta.get("role") == "start" and self._page_is_article(tree, response.url):
            # A start URL may itself be an article (or a portal whose list pages we can't tell apart).
            yield from self.parse_article(response)
        dates: list[datetime] = []
        pager: list[str] = []
        next_pages: list[str] = []
        sections: list[str] = []
        # A home page as start URL: its section links (one level, at most MAX_SECTIONS) are lists too.
        from_home = response.meta.get("role") == "start" and urlsplit(response.url).path in ("", "/")
        for link in tree.css("a[href]"):
            href = (link.attributes.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = urljoin(response.url, href)
            if not self.in_scope(url):
                continue
            if self.looks_like_article(url) and not self._in_pager(link):
                listed = _item_date(link)
                if listed is not None:
                    dates.append(listed)
                request = self.article_request(url, listed)
                if request is not None:
                    yield request
            elif self._is_pager_link(link, url):
                pager.append(url)
                if _is_next(link):
                    next_pages.append(url)
            elif from_home and url not in sections and urlsplit(url).path not in ("", "/"):
                sections.append(url)
        # Lists are newest first: once a whole page is older than `since`, deeper pages are too.
        if self.since and dates and all(self.too_old(d) for d in dates):
            self._count("pages_stopped_by_since")
            return
        # Page on through "next" links when the pager has them, so `since` can stop the walk; a pager
        # listing every page number would otherwise queue pages the date cut-off should never reach.
        for url in next_pages or pager:
            yield Request(url, callback=self.parse_list, errback=self.on_error, meta={"role": "list"})
        for url in sections[:MAX_SECTIONS]:
            # Menus also hold "about"/"contact" pages and dead links: their failures are not crawl errors.
            yield Request(url, callback=self.parse_list, errback=self.on_error,
                          meta={"role": "section", "optional": True})

    def _page_is_article(self, tree: LexborHTMLParser, url: str) -> bool:
        """Markup that only article pages carry (a list URL can look like an article URL)."""
        og_type = tree.css_first('meta[property="og:type"]')
        if og_type is not None and og_type.attributes.get("content") == "article":
            return True
        return tree.css_first('[itemprop="articleBody"]') is not None

    def _in_pager(self, link: Any) -> bool:
        node = link.parent
        for _ in range(4):
            if node is None:
                return False
            if _PAGER_CLASSES & set((node.attributes.get("class") or "").split()):
                return True
            node = node.parent
        return False

    def _is_pager_link(self, link: Any, url: str) -> bool:
        if (link.attributes.get("rel") or "") in ("next", "prev"):
            return True
        text = (link.text(strip=True) or "").strip()
        path = _path_and_query(url)
        listish = self.family.LIST_URL.search(path) or any(p.search(path) for p in _LIST_PATTERNS)
        return bool(listish and (_PAGER_TEXT.match(text) or self._in_pager(link)))

    # ------------------------------------------------------------------------------ feeds
    def parse_feed(self, response: Response) -> Iterator[Request]:
        self._count("pages")
        if b"<urlset" in response.body[:2000] or b"<sitemapindex" in response.body[:2000]:
            yield from self.parse_sitemap(response)
            return
        try:
            from lxml import etree

            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except Exception as exc:  # a broken feed is logged, the rest of the source still crawls
            self.note(response.url, "bad_feed", status=response.status, detail=str(exc))
            return
        if root is None:
            self.note(response.url, "bad_feed", status=response.status)
            return
        for item in root.iter("{*}item", "{*}entry"):
            link = item.findtext("{*}link") or ""
            if not link.strip():
                node = item.find("{*}link")
                link = node.get("href", "") if node is not None else ""
            when = _feed_date(item.findtext("{*}pubDate") or item.findtext("{*}published")
                              or item.findtext("{*}updated") or item.findtext("{*}date"))
            url = urljoin(response.url, link.strip())
            if link.strip() and self.in_scope(url):
                request = self.article_request(url, when)
                if request is not None:
                    yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self._count("pages")
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:
            self.note(response.url, "bad_sitemap", status=response.status, detail=str(exc))
            return
        for entry in sitemap:
            url = urljoin(response.url, entry.get("loc", ""))
            when = parse_vn_datetime(entry["lastmod"]) if entry.get("lastmod") else None
            if sitemap.type == "sitemapindex":
                if not self.too_old(when):
                    yield Request(url, callback=self.parse_sitemap, errback=self.on_error, meta={"role": "feed"})
            elif self.in_scope(url) and self.looks_like_article(url):
                request = self.article_request(url, when)
                if request is not None:
                    yield request

    # ------------------------------------------------------------------------------ articles
    def parse_article(self, response: Response) -> Iterator[Any]:
        if response.meta.get("role") != "start":
            self._count("pages")
        if response.status == 304:
            self._count("not_modified")
            self._count("skipped")
            return
        if not _is_html(response):
            self.note(response.url, "non_html", status=response.status, detail=_ctype(response))
            return
        html, encoding = decode_html(response.body, _charset(response))
        page = extract_page(html, response.url, self.cms, dict(self.source.selectors) or None)
        if not page.is_article():
            if response.meta.get("role") != "start":
                self.note(response.url, "not_article", status=response.status,
                          detail=f"title={page.title!r} chars={len(page.text)}")
            return
        canonical = page.canonical_url or response.url
        if urlsplit(canonical).hostname not in self.allowed_hosts:
            canonical = response.url  # a canonical pointing at another host is a template mistake, not identity
        loader = ArticleLoader()
        loader.add_value("source_id", self.source.id)
        loader.add_value("url", norm_url(canonical))
        loader.add_value("fetch_url", norm_url(response.url))
        loader.add_value("title", page.title)
        loader.add_value("published_at", page.published_at)
        loader.add_value("text", page.text)
        loader.add_value("author", page.author)
        loader.add_value("source_line", page.source_line)
        loader.add_value("category", page.category)
        loader.add_value("attachments", page.attachments)
        loader.add_value("etag", _header(response, b"ETag"))
        loader.add_value("last_modified", _header(response, b"Last-Modified"))
        loader.add_value("fetched_at", datetime.now(UTC))
        loader.add_value("encoding", encoding)
        loader.add_value("cms", page.cms)
        loader.add_value("method", page.method)
        item = loader.load_item()
        item.setdefault("attachments", [])
        self._count(f"extracted/{page.method}")
        yield item

    # ------------------------------------------------------------------------------ failures
    def on_error(self, failure: Any) -> None:
        request = failure.request
        exc = failure.value
        optional = request.meta.get("optional", False)
        if isinstance(exc, HttpError):
            status = exc.response.status
            self._count("pages")
            if optional and status in (400, 401, 403, 404, 405, 410):
                self._count("optional_missing")  # a guessed feed/sitemap/API page that the site does not have
                return
            self.note(request.url, f"http_{status}", status=status, error=True)
            return
        message = str(exc)
        name = type(exc).__name__
        if isinstance(exc, IgnoreRequest):
            if message == DUPLICATE:
                return  # the same page was fetched once already in this run (a resumed queue entry)
            if "robots.txt" in message:
                self.note(request.url, "robots", detail=message)
            elif "redirect" in message.lower():
                self.note(request.url, "redirect_loop", error=True, detail=message)
            else:
                self.note(request.url, "ignored", detail=message)
            return
        if "max size" in message or "maxsize" in message.lower():
            self.note(request.url, "too_large", detail=message)
            return
        if optional:
            self._count("optional_missing")
            return
        self.note(request.url, "download_error", error=True, detail=f"{name}: {message}")


def _path_and_query(url: str) -> str:
    """What the families' ARTICLE_URL/LIST_URL patterns are written against: the path, and the query if any."""
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def _is_next(link: Any) -> bool:
    classes = set((link.attributes.get("class") or "").split())
    return (link.attributes.get("rel") or "") == "next" or "next" in classes or \
        bool(_NEXT_TEXT.match((link.text(strip=True) or "").strip()))


def _is_html(response: Response) -> bool:
    ctype = _ctype(response)
    if ctype:
        return "html" in ctype or ("xml" in ctype and b"<html" in response.body[:2000].lower())
    head = response.body[:1024].lower()
    return b"<html" in head or b"<!doctype html" in head


def _ctype(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()


def _charset(response: Response) -> str | None:
    match = re.search(r"charset=([\w-]+)", _ctype(response))
    return match.group(1) if match else None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _feed_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError):
        return parse_vn_datetime(raw)


def _item_date(link: Any) -> datetime | None:
    """The date printed next to a link in a list (its list item's text), if any."""
    node = link.parent
    for _ in range(4):
        if node is None:
            return None
        if node.tag in _ITEM_TAGS:
            text = node.text(separator=" ", strip=True)
            if len(text) > 600:
                return None  # reached the whole list, not one item
            when = parse_vn_datetime(text) if re.search(r"\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{4}-\d{2}-\d{2}", text) \
                else None
            if when is not None:
                return when
        node = node.parent
    return None


class NukeVietSpider(PortalSpider):
    name = "nukeviet"
    cms = "nukeviet"


class LiferaySpider(PortalSpider):
    name = "liferay"
    cms = "liferay"


class ChinhphuSpider(PortalSpider):
    name = "chinhphu"
    cms = "chinhphu"


class DrupalSpider(PortalSpider):
    name = "drupal"
    cms = "drupal"


class GenericSpider(PortalSpider):
    name = "generic"
    cms = "generic"


class WordPressSpider(PortalSpider):
    """WordPress adds the REST API listing (`/wp-json/wp/v2/posts?page=N`), dated and complete."""

    name = "wordpress"
    cms = "wordpress"

    def extra_start_requests(self) -> Iterator[Request]:
        yield self._api_page(1)

    def _api_page(self, page: int) -> Request:
        from crawler.extractors.wordpress import API

        return Request(self._resolve(f"{API}?page={page}"), callback=self.parse_api, errback=self.on_error,
                       dont_filter=True, meta={"role": "feed", "optional": True, "api_page": page})

    def parse_api(self, response: Response) -> Iterator[Request]:
        self._count("pages")
        try:
            posts = json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            self.note(response.url, "bad_api", status=response.status, detail=str(exc))
            return
        if not isinstance(posts, list) or not posts:
            return
        dates = []
        for post in posts:
            link = post.get("link") if isinstance(post, dict) else None
            if not link:
                continue
            when = parse_vn_datetime(post.get("date") or "")
            if when is not None:
                dates.append(when)
            url = urljoin(response.url, link)
            if self.in_scope(url):
                request = self.article_request(url, when)
                if request is not None:
                    yield request
        total = response.headers.get(b"X-WP-TotalPages")
        page = response.meta["api_page"]
        if total is not None and page >= int(total):
            return
        if self.since and dates and all(self.too_old(d) for d in dates):
            return
        yield self._api_page(page + 1)
