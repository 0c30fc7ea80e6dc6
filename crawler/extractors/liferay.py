"""Liferay portals (the most common family among provincial e-government portals built by VNPT/Viettel).

Articles are web contents shown by an Asset Publisher: `/-/asset_publisher/<id>/content/<slug>` or
`/web/<site>/-/<slug>`; the body is `div.journal-content-article`. Themes differ from one province to the
next, so dates and sapos have several candidates and the generic readers fill the gaps.
"""

from __future__ import annotations

import re

from crawler.extractors.base import Profile

CMS = "liferay"
PROFILE = Profile(
    cms=CMS,
    title=(".asset-full-content .header-title", "h3.header-title", ".asset-title", "h1.title", "h1", "h2.title"),
    date=(".publish-date", ".ngay-dang", ".asset-full-content .date", ".metadata-publish-date", ".news-date",
          '[itemprop="datePublished"]'),
    sapo=(".journal-content-article .sapo", ".asset-summary", ".sapo", ".summary", ".description"),
    body=(".journal-content-article", ".asset-full-content .asset-content", ".asset-content"),
    drop=(".asset-links", ".taglib-social-bookmarks", ".taglib-ratings", ".asset-ratings", ".lfr-discussion",
          ".asset-related-assets", ".print-action", ".taglib-asset-tags-summary", ".other-news-list"),
    category=(".breadcrumb li:last-child", ".category-title"),
)
ARTICLE_URL = re.compile(r"/-/(?:asset_publisher/[^/]+/content/)?[^/?#]+(?:$|[?#])", re.IGNORECASE)
LIST_URL = re.compile(r"[?&](?:cur|page|p_p_id|_\w+_cur)=|/tin-tuc|/tin-tuc-su-kien", re.IGNORECASE)
FEEDS = ()
SITEMAPS = ("/sitemap.xml",)


def detect(html: str) -> bool:
    head = html[:300_000]
    return bool(re.search(r"Liferay\.|journal-content-article|/o/frontend-js|asset_publisher", head))
