"""chinhphu.vn and baochinhphu.vn (the Government portal and newspaper; same publishing platform).

Articles: `/<slug>-<18 digits>.htm`; title `h1.detail-title`, date `div.detail-time` (baochinhphu) or
`div.publishDate` (chinhphu.vn), sapo `h2.detail-sapo`, body `div.detail-content`.
"""

from __future__ import annotations

import re

from crawler.extractors.base import Profile

CMS = "chinhphu"
PROFILE = Profile(
    cms=CMS,
    title=("h1.detail-title", ".detail-title", "h1"),
    date=("div.publishDate", ".publishDate", ".detail-time", '[data-role="publishdate"]', ".detail-date"),
    sapo=("h2.detail-sapo", ".detail-sapo", '[data-role="sapo"]'),
    body=("div.detail-content", '[data-role="content"]', ".detail-cmain"),
    drop=(".detail-related", ".box-related", ".VCSortableInPreviewMode[type=RelatedNews]", ".detail-tab",
          ".detail-share", ".detail-author", ".kbwscwl-relatedbox", ".link-source-wrapper"),
    author=(".detail-author", ".author"),
    category=(".detail-cate", ".detail-cate a", ".breadcrumb a:last-child"),
)
ARTICLE_URL = re.compile(r"-\d{12,}\.htm(?:$|[?#])", re.IGNORECASE)
LIST_URL = re.compile(r"/timelinelist/|/trang-\d+\.htm|\.htm\?page=|/[a-z-]+\.htm$", re.IGNORECASE)
FEEDS = ("/rss.htm",)
SITEMAPS = ("/sitemap.xml",)


def detect(html: str) -> bool:
    return bool(re.search(r'class="detail-title|class="detail-content|baochinhphu|chinhphu\.vn', html[:300_000]))
