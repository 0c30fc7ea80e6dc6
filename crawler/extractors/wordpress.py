"""WordPress (many provincial newspapers' and departments' sites).

Posts `/<yyyy>/<mm>/<dd>/<slug>/` or `/<slug>/`; `h1.entry-title`, `time.entry-date[datetime]`,
body `div.entry-content`; discovery through `/feed/` and the REST API `/wp-json/wp/v2/posts`.
"""

from __future__ import annotations

import re

from crawler.extractors.base import Profile

CMS = "wordpress"
PROFILE = Profile(
    cms=CMS,
    title=("h1.entry-title", "h1.post-title", ".single-post h1", "h1"),
    date=("time.entry-date[datetime]", 'meta[property="article:published_time"]', "time[datetime]", ".posted-on",
          ".entry-date"),
    sapo=(".entry-content .sapo", ".entry-summary", ".td-post-sub-title", ".excerpt"),
    body=("div.entry-content", ".post-content", ".td-post-content", "article .content"),
    drop=(".sharedaddy", ".jp-relatedposts", ".addtoany_share_save_container", ".post-views", ".yarpp-related",
          ".wp-block-buttons", ".code-block", ".entry-meta", ".post-tags", ".heateor_sss_sharing_container"),
    category=('a[rel="category tag"]', ".cat-links a"),
    author=(".author.vcard .fn", ".byline .author", 'a[rel="author"]'),
)
ARTICLE_URL = re.compile(r"/\d{4}/\d{2}/(?:\d{2}/)?[^/]+/?(?:$|[?#])|[?&]p=\d+", re.IGNORECASE)
LIST_URL = re.compile(r"/page/\d+/?$|/category/|/chuyen-muc/", re.IGNORECASE)
FEEDS = ("/feed/",)
SITEMAPS = ("/wp-sitemap.xml", "/sitemap.xml")
API = "/wp-json/wp/v2/posts"


def detect(html: str) -> bool:
    return bool(re.search(r"/wp-content/|/wp-includes/|content=\"WordPress", html[:300_000]))
