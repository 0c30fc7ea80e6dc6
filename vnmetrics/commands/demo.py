"""`vnmetrics demo`: the embedded default — the real nightly job against bundled portal pages on loopback."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer

from store import reading
from store.db import db_path
from vnmetrics.cli import EXIT_PARTIAL, DbOption, UserError, app
from vnmetrics.commands.run import print_run_summary

SNAPSHOT = Path(__file__).resolve().parents[2] / "corpus" / "snapshots"


@app.command("demo")
def demo_command(
    db: DbOption = None,
    snapshot: Annotated[Path, typer.Option(help="Snapshot of portal sites to serve.")] = SNAPSHOT,
    show: Annotated[int, typer.Option(help="How many facts to print with their sentences.")] = 8,
    log_level: Annotated[str, typer.Option(help="Crawler log level (DEBUG, INFO, WARNING, ERROR).")] = "WARNING",
) -> None:
    """Serve a bundled snapshot of provincial portals on 127.0.0.1, crawl it with the real spiders, extract,
    check, and print what landed in the database. Needs no network; running it again adds nothing new.

    Example:  vnmetrics demo && vnmetrics query "select kind, count(*) from facts group by 1"
    """
    from crawler.sitesrv import PortBusy
    from crawler.snapshot import serve
    from vnmetrics.jobs import run_nightly

    if not snapshot.is_dir():
        raise UserError(f"no snapshot at {snapshot}")
    target = db_path(db)
    with ExitStack() as stack:
        try:
            sources_path = stack.enter_context(serve(snapshot))
        except PortBusy as exc:
            raise UserError(str(exc)) from exc
        result = run_nightly(target, sources_path, job="demo", jobdir=target.parent / "var" / "demo-jobs",
                             crawl_settings={"LOG_LEVEL": log_level},
                             on_stage=lambda name: typer.echo(f"[{name}]", err=True))
    print_run_summary(result)
    print_database_summary(target, show)
    if result.status != "ok":
        raise typer.Exit(EXIT_PARTIAL)


def print_database_summary(db: Path, show: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    with reading(db) as con:
        articles, sources = con.execute("SELECT count(*), count(DISTINCT source_id) FROM articles").fetchone()
        by_kind = con.execute(
            "SELECT kind, role, count(*) FROM facts GROUP BY ALL ORDER BY kind, role").fetchall()
        flagged = con.execute("SELECT status, count(*) FROM fact_checks GROUP BY 1 ORDER BY 1").fetchall()
        first = con.execute(
            "SELECT f.text, f.kind, f.role, f.value, f.location, f.period, f.sentence, a.url FROM facts f"
            " JOIN articles a ON a.id = f.article_id ORDER BY a.published_at DESC, f.article_id, f.start LIMIT ?",
            [show],
        ).fetchall()
    console.print(f"[bold]{articles}[/] articles from {sources} sources in {escape(str(db))}")
    table = Table("kind", "role", "facts", title="Facts by kind and role")
    for kind, role, n in by_kind:
        table.add_row(kind, role, str(n))
    console.print(table)
    if flagged:
        console.print("Checks: " + ", ".join(f"{status} {n}" for status, n in flagged))
    for text, kind, role, value, location, period, sentence, url in first:
        console.print(f"• [bold]{escape(text)}[/] → {kind}/{role} {value:g} · {escape(str(location))} · "
                      f"{escape(str(period))}\n  [dim]{escape((sentence or '')[:220])}[/]\n  [blue]{escape(url)}[/]")
