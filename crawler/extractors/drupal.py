"""Drupal 7-10 (some provincial newspapers and departments).

Nodes `/node/N` or path aliases; `h1.page-title`, `.field--name-body` (8+) or `.field-name-body` (7),
`.node__submitted`/`.submitted` for the date; RSS `/rss.xml`.
"""

from __future__ import annotations

import re

from crawler.extractors.base import Profile

CMS = "drupal"
PROFILE = Profile(
    cms=CMS,
    title=("h1.page-title", "h1.node__title", "h1.title", "h1"),
    date=(".node__submitted time[datetime]", ".field--name-created", ".submitted time", ".node__submitted",
          ".submitted", ".field-name-post-date", '[property="dc:date dc:created"]'),
    sapo=(".field--name-field-sapo", ".field--name-field-summary", ".field-name-field-sapo",
          ".field--name-field-tom-tat", ".sapo"),
    body=(".field--name-body", ".field-name-body", ".node__content .field--type-text-with-summary", ".node-content"),
    drop=(".links.inline", ".node__links", ".field--name-field-tags", ".field-name-field-tags", ".block-views",
          ".forward-page", ".print-page", ".service-links", ".statistics-counter"),
    category=(".field--name-field-category a", ".field-name-field-category a", ".breadcrumb li:last-child"),
    author=(".field--name-field-author", ".field-name-field-author", ".node__submitted .username"),
)
ARTICLE_URL = re.compile(r"/node/\d+/?(?:$|[?#])", re.IGNORECASE)
LIST_URL = re.compile(r"[?&]page=\d+", re.IGNORECASE)
FEEDS = ("/rss.xml",)
SITEMAPS = ("/sitemap.xml",)


def detect(html: str) -> bool:
    return bool(re.search(r'Drupal\.settings|data-drupal-|content="Drupal|/sites/default/files/|/core/misc/drupal',
                          html[:300_000]))
