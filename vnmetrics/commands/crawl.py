"""`vnmetrics crawl`: crawl the registered portals into the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from store.db import db_path
from vnmetrics.cli import EXIT_PARTIAL, DbOption, UserError, app

if TYPE_CHECKING:  # crawler.sources pulls in the HTML extractors; only `crawl` and `run` need them
    from crawler.sources import Source


def load_registry(sources: Path | None, since: str | None) -> tuple[Path, list[Source]]:
    """(path, sources) of the registry to crawl, the bundled one by default; a bad registry or --since is
    the user's to fix, so it is refused here, before a run is recorded or a spider starts."""
    from crawler.runner import parse_since
    from crawler.sources import BUNDLED, SourceError, load_sources

    path = sources or BUNDLED
    try:
        registry = load_sources(path)
        parse_since(since)
    except (SourceError, ValueError) as exc:
        raise UserError(str(exc)) from exc
    return path, registry


def _settings(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set {pair!r}: expected KEY=VALUE, e.g. --set DOWNLOAD_DELAY=2")
        out[key.strip()] = value.strip()
    return out


@app.command("crawl")
def crawl_command(
    sources: Annotated[Path | None, typer.Option(help="Sources registry (TOML); default: the bundled one.")] = None,
    db: DbOption = None,
    max_pages: Annotated[int | None, typer.Option(min=1, help="Stop each source after this many pages.")] = None,
    since: Annotated[str | None, typer.Option(help="Stop paging lists at articles older than YYYY-MM-DD.")] = None,
    jobdir: Annotated[Path | None, typer.Option(help="Crawl state folder, for resuming a killed crawl.")] = None,
    only: Annotated[list[str] | None, typer.Option("--source", help="Crawl only this source id (repeatable).")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override a Scrapy setting, KEY=VALUE.")] = None,
    log_level: Annotated[str, typer.Option(help="Scrapy log level on stderr.")] = "WARNING",
) -> None:
    """Crawl provincial and central portals (politely, incrementally) into the database.

    Articles already stored are revalidated with conditional requests and re-stored only when their text
    changed. Exit code 4 when some pages failed (see the crawl_log table), 3 when the database is busy.

    Example:  vnmetrics crawl --since 2024-01-01 --jobdir var/jobs --source quangninh-portal
    """
    from crawler.runner import crawl

    registry_path, registry = load_registry(sources, since)
    if only:
        unknown = set(only) - {source.id for source in registry}
        if unknown:
            raise UserError(f"unknown source id(s) {sorted(unknown)} in {registry_path}")
        registry = [source for source in registry if source.id in only]
    overrides = _settings(set_ or [])
    overrides.setdefault("LOG_LEVEL", log_level.upper())
    result = _run_with_progress(lambda progress: crawl(
        registry, db_path(db), max_pages=max_pages, since=since, jobdir=jobdir, settings=overrides,
        on_progress=progress), len(registry))
    typer.echo(
        f"crawl {result['run_id']}: {result['status']}; {result['sources']} sources, pages {result['pages']}, "
        f"new {result['new_articles']}, updated {result['updated_articles']}, skipped {result['skipped']}, "
        f"errors {result['errors']}"
    )
    if result["errors"] or result["status"] != "ok":
        raise typer.Exit(EXIT_PARTIAL)


def _run_with_progress(run, n_sources: int) -> dict:
    """Show live counters on stderr (only on a terminal; logs and CI get the summary line alone)."""
    if not sys.stderr.isatty():
        return run(None)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(f"crawling {n_sources} sources", total=None)

        def update(counts: dict[str, int]) -> None:
            progress.update(task, description=(
                f"crawling {n_sources} sources · pages {counts['pages']} · new {counts['new_articles']} · "
                f"updated {counts['updated_articles']} · skipped {counts['skipped']} · errors {counts['errors']}"))

        return run(update)
