"""Links taken from crawled data: only plain web addresses may become an href."""

from __future__ import annotations

import urllib.parse


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) address with a host, else None (no javascript:, data:, //host)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ch in url for ch in "\x00\r\n\t") or len(url) > 4000:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
