"""The one item every spider yields, and its loader (clean-up happens here, once, for all families)."""

from __future__ import annotations

from datetime import datetime

import scrapy
from itemloaders.processors import Identity, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from extract.dates import VN_TZ
from extract.normalize import clean_web_text


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean_web_text(value)
    return value or None


def _vn_time(value: datetime | None) -> datetime | None:
    # Stored with the portal's own +07:00 offset; a naive time would be ambiguous, so refuse it here.
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive publication time {value!r}")
    return value.astimezone(VN_TZ)


def _dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


class ArticleItem(scrapy.Item):
    source_id = scrapy.Field()
    url = scrapy.Field()            # canonical URL (the article's identity in the store)
    fetch_url = scrapy.Field()      # the URL actually fetched, after redirects
    title = scrapy.Field()
    published_at = scrapy.Field()
    text = scrapy.Field()           # sapo then body paragraphs, one per line; title separate
    author = scrapy.Field()
    source_line = scrapy.Field()
    category = scrapy.Field()
    attachments = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    fetched_at = scrapy.Field()
    encoding = scrapy.Field()
    cms = scrapy.Field()
    method = scrapy.Field()


class ArticleLoader(ItemLoader):
    default_item_class = ArticleItem
    default_output_processor = TakeFirst()
    title_in = MapCompose(_clean)
    author_in = MapCompose(_clean)
    source_line_in = MapCompose(_clean)
    category_in = MapCompose(_clean)
    published_at_in = MapCompose(_vn_time)
    # Text is cleaned line by line by the extractors (block structure must survive); only NFC/spacing here.
    text_in = MapCompose(lambda text: "\n".join(line for line in (clean_web_text(x) for x in text.split("\n"))
                                                 if line))
    attachments_in = Identity()
    attachments_out = _dedupe
