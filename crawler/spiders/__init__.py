"""One spider class per CMS family, all thin: discovery and incremental logic live in `PortalSpider`,
page parsing in `crawler.extractors`. `SPIDERS[cms]` gives the class for a registry entry."""

from crawler.spiders.portal import (
    ChinhphuSpider,
    DrupalSpider,
    GenericSpider,
    LiferaySpider,
    NukeVietSpider,
    PortalSpider,
    WordPressSpider,
)

SPIDERS: dict[str, type[PortalSpider]] = {
    cls.cms: cls
    for cls in (NukeVietSpider, LiferaySpider, ChinhphuSpider, WordPressSpider, DrupalSpider, GenericSpider)
}

__all__ = ["SPIDERS", "PortalSpider"]
