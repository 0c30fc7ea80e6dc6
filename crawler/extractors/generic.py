"""Any other portal: common content containers first, trafilatura as the fallback main-text extractor."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from crawler.extractors.base import (
    Page,
    Profile,
    canonical_url,
    filter_lines,
    generic_date,
    meta_content,
    meta_section,
    node_lines,
    page_title,
    split_byline,
)
from extract.normalize import clean_web_text

CMS = "generic"
PROFILE = Profile(
    cms=CMS,
    title=("h1.title", "h1.article-title", ".article-title", ".news-title h1", "h1"),
    date=(),
    sapo=(".sapo", ".article-sapo", ".summary", ".lead", ".news-summary", ".description"),
    body=(".article-content", ".article-body", ".news-content", ".content-detail", ".detail-content",
          ".post-content", ".entry-content", '[itemprop="articleBody"]', "article .content"),
    drop=(".related", ".other-news"),
)
ARTICLE_URL = re.compile(r"(?:-\d{3,}\.(?:html?|aspx)|/\d{4}/\d{2}/|/(?:tin-tuc|bai-viet|news|chi-tiet|detail)/"
                         r"[^/?#]+[^/]$|\.html?$)", re.IGNORECASE)
LIST_URL = re.compile(r"[?&](?:page|trang|p|cur)=\d+|/(?:page|trang)[-/]\d+", re.IGNORECASE)
FEEDS = ("/rss", "/rss.xml", "/feed/")
SITEMAPS = ("/sitemap.xml",)


def detect(html: str) -> bool:
    return False  # the fallback family: never detected, chosen when nothing else is


_SAPO_CLASS = re.compile(r"(?:sapo|summary|lead|desc|tom-?tat|intro|teaser|mo-?ta|chapeau)", re.IGNORECASE)


def _sapo(tree: LexborHTMLParser, title: str | None) -> str | None:
    """The lead paragraph: an element whose class says so, or the visible twin of the meta description."""
    for node in tree.css("[class]"):
        classes = node.attributes.get("class") or ""
        if _SAPO_CLASS.search(classes) and "list" not in classes and node.tag not in ("meta", "body", "html"):
            text = clean_web_text(" ".join(node_lines(node)))
            if 40 <= len(text) <= 1200 and text != title:
                kept = filter_lines([text])
                return kept[0] if kept else None
    description = meta_content(tree, "description", "og:description")
    if description and len(description) >= 40:
        wanted = clean_web_text(description)
        for node in tree.css("p, div, h2, strong, b"):
            if clean_web_text(node.text(strip=True) or "") == wanted:
                return wanted
    return None


def extract_trafilatura(html: str, url: str, known: Page | None = None) -> Page:
    """Main text by trafilatura, with our title/date readers; `known` keeps metadata already found."""
    import trafilatura

    tree = LexborHTMLParser(html)
    page = Page(url=url, cms=known.cms if known else CMS, method="trafilatura")
    page.canonical_url = (known.canonical_url if known else None) or canonical_url(tree, url)
    page.title = (known.title if known else None) or page_title(tree, PROFILE.title)
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True, include_images=False,
                               favor_precision=True, deduplicate=False, output_format="txt") or ""
    lines = [clean_web_text(line) for line in text.split("\n")]
    lines = [re.sub(r"^[-*•]\s+", "", line) for line in lines if line]
    if page.title and lines and lines[0] == page.title:
        lines = lines[1:]
    lines = filter_lines(lines)
    lines, author, source = split_byline(lines)
    sapo = _sapo(tree, page.title)
    if sapo and sapo not in lines[:3] and not any(sapo in line for line in lines[:2]):
        page.sapo = sapo  # trafilatura often drops the bold lead paragraph set apart from the body
    page.paragraphs = [line for line in lines if line != sapo]
    page.author = (known.author if known else None) or author
    page.source_line = (known.source_line if known else None) or source
    page.category = known.category if known else None
    page.attachments = known.attachments if known else []
    page.published_at = known.published_at if known and known.published_at else None
    if page.published_at is None:
        top = node_lines(tree.body) if tree.body is not None else []
        first_body_line = lines[0] if lines else None
        if first_body_line and first_body_line in top:
            top = top[: top.index(first_body_line)]
        page.published_at = generic_date(tree, top[-40:])
    page.category = page.category or meta_section(tree)
    return page
