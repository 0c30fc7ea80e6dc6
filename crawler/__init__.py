"""The Scrapy project: polite, resumable crawling of Vietnamese government portals into the DuckDB store.

Spiders are thin and chosen by CMS family (`crawler/spiders/`); page parsing lives in per-family extractor
modules (`crawler/extractors/`); items go through one loader (`crawler/items.py`) and one pipeline chain
(`crawler/pipelines.py`). `crawler.runner.crawl` is the library entry point.
"""
