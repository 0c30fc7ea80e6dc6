"""NukeViet 4.x (module `news`): used by many provincial departments and district portals.

Article: `/news/<category>/<slug>-<id>.html`; lists `/news/<category>/` with `/page-N`; RSS `/news/rss/`.
The `article:published_time` meta is malformed on 4.x (e.g. `2024-01-08EST15:04:00`), so the microdata
`itemprop=datePublished` and the visible `span.h5` dateline are read first.
"""

from __future__ import annotations

import re

from crawler.extractors.base import Profile

CMS = "nukeviet"
PROFILE = Profile(
    cms=CMS,
    title=("h1.title", ".news_column h1", "h1"),
    date=('[itemprop="datePublished"]', ".news_column span.h5", "span.h5", ".time"),
    sapo=("div.hometext", ".hometext"),
    body=("#news-bodyhtml", "div.bodytext", ".bodytext"),
    drop=(".other-news", "ul.related", ".news-rating", ".socialicon", ".hidden-print", ".keywords"),
    category=(".breadcrumbs li:last-child", ".breadcrumbs-wrap .breadcrumbs span:last-child"),
)
ARTICLE_URL = re.compile(r"/[a-z0-9-]+/[^/]+-\d+\.html?(?:$|[?#])", re.IGNORECASE)
LIST_URL = re.compile(r"/page-\d+/?$|/news/[^/.]+/?$", re.IGNORECASE)
FEEDS = ("/news/rss/",)
SITEMAPS = ("/sitemap.xml",)


def detect(html: str) -> bool:
    return bool(re.search(r'content="NukeViet|id="news-bodyhtml"|/themes/default/js/news\.js|nv_base_siteurl',
                          html[:200_000], re.IGNORECASE))
