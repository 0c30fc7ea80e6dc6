"""Per-CMS article extractors and the dispatch between them.

`extract_page` tries, in order: the source's family with its `selectors` overrides; the family the page
itself reveals (a registry entry can be wrong or a portal can change CMS); then trafilatura. So a portal
built like a known family is read without code changes, and an unknown one still yields text.
"""

from __future__ import annotations

from types import ModuleType

from crawler.extractors import chinhphu, drupal, generic, liferay, nukeviet, wordpress
from crawler.extractors.base import Page, Profile, decode_html, extract_with_profile

FAMILIES: dict[str, ModuleType] = {
    module.CMS: module for module in (nukeviet, liferay, chinhphu, wordpress, drupal, generic)
}
CMS_NAMES = tuple(FAMILIES)
MIN_BODY_CHARS = 120

__all__ = ["CMS_NAMES", "FAMILIES", "Page", "Profile", "decode_html", "detect_cms", "extract_page"]


def detect_cms(html: str) -> str:
    """The CMS family the markup reveals, else 'generic'."""
    for name, module in FAMILIES.items():
        if module.detect(html):
            return name
    return "generic"


def _good(page: Page) -> bool:
    return bool(page.title) and len(page.text) >= MIN_BODY_CHARS


def extract_page(html: str, url: str, cms: str = "generic", selectors: dict | None = None) -> Page:
    """Read one article page: per-site selectors first, the detected family second, trafilatura last."""
    family = FAMILIES.get(cms, generic)
    tried: list[Page] = []
    # A source registered as generic is read as the family its markup reveals, when it reveals one.
    order = (family.CMS, detect_cms(html), "generic") if family.CMS != "generic" else (detect_cms(html), "generic")
    for name in dict.fromkeys(order):
        profile = FAMILIES[name].PROFILE
        page = extract_with_profile(html, url, profile.with_overrides(selectors) if name == family.CMS else profile)
        if _good(page):
            return page
        tried.append(page)
    # Keep whatever metadata the selectors found (title, date, byline) around trafilatura's text.
    best = max(tried, key=lambda p: (p.title is not None, p.published_at is not None))
    fallback = generic.extract_trafilatura(html, url, best)
    fallback.cms = tried[0].cms
    return fallback
