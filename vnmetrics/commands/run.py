"""`vnmetrics run`: the nightly job — crawl, extract, check, and record the run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from store.db import db_path
from vnmetrics.cli import EXIT_PARTIAL, DbOption, app
from vnmetrics.commands.crawl import load_registry


@app.command("run")
def run_command(
    sources: Annotated[Path | None, typer.Option(help="Sources registry (TOML); default: the bundled one.")] = None,
    db: DbOption = None,
    max_pages: Annotated[int | None, typer.Option(help="Stop each crawl after this many pages.")] = None,
    since: Annotated[str | None, typer.Option(help="Stop paging lists at articles older than YYYY-MM-DD.")] = None,
    jobdir: Annotated[Path | None, typer.Option(help="Crawl state folder, for resuming a killed run.")] = None,
    log_level: Annotated[str, typer.Option(help="Crawler log level (DEBUG, INFO, WARNING, ERROR).")] = "INFO",
    log_file: Annotated[Path | None, typer.Option(help="Write the crawler's log here instead of stderr.")] = None,
) -> None:
    """The nightly job: crawl the sources, extract facts from new and changed articles, run the checks.

    Example:  vnmetrics run --db /data/vnmetrics.duckdb --since 2024-01-01
    """
    from vnmetrics.jobs import run_nightly

    registry_path, _ = load_registry(sources, since)
    target = db_path(db)
    crawl_settings = {"LOG_LEVEL": log_level.upper()}
    if log_file is not None:
        crawl_settings["LOG_FILE"] = str(log_file)
    result = run_nightly(target, registry_path, max_pages=max_pages, since=since, jobdir=jobdir,
                         crawl_settings=crawl_settings, on_stage=lambda name: typer.echo(f"[{name}]", err=True))
    print_run_summary(result)
    if result.status != "ok":
        raise typer.Exit(EXIT_PARTIAL)


def print_run_summary(result) -> None:
    crawl = result.crawl
    typer.echo(
        f"run {result.run_id}: {result.status}; pages {crawl.get('pages', 0)}, new {crawl.get('new_articles', 0)}, "
        f"updated {crawl.get('updated_articles', 0)}, skipped {crawl.get('skipped', 0)}, "
        f"errors {crawl.get('errors', 0)}; extracted {result.extracted.articles} articles, "
        f"{result.extracted.facts} facts; {result.checks} checks"
    )
