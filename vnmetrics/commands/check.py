"""`vnmetrics check`, `reference load`, `export` and `verdict`: checking facts and publishing the results."""

from __future__ import annotations

import json
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from store import reading, writing
from store.db import db_path
from vnmetrics.cli import EXIT_FAILURE, DbOption, UserError, app, existing_db, parse_iso_date


class Lang(StrEnum):
    vi = "vi"
    en = "en"


@app.command("check")
def check_command(
    db: DbOption = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Re-check every article, not only new ones.")] = False,
    only: Annotated[list[str] | None, typer.Option("--only", help="Run only this check (repeatable).")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the reasons shown.")] = Lang.vi,
    limit: Annotated[int, typer.Option(help="Show at most this many flagged facts.")] = 50,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any check fails (for CI and scripts).")] = False,
) -> None:
    """Check facts (arithmetic, implied levels, conflicts, targets, official tables) and list what is flagged.

    Without --all only articles extracted since their last check are checked (and the groups they join).

    Examples:  vnmetrics check --db vnmetrics.duckdb
               vnmetrics check --all --only reference --lang en
    """
    from checks import check_names, run_checks

    path = existing_db(db)
    if only:
        unknown = sorted(set(only) - set(check_names()))
        if unknown:
            raise UserError(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(check_names())}")
    with writing(path) as con:
        written = run_checks(con, all_articles=all_articles or bool(only), names=only or None)
    with reading(path) as con:
        summary = con.execute(
            "SELECT check_name, status, count(*) FROM fact_checks GROUP BY ALL ORDER BY ALL"
        ).fetchall()
        flagged = con.execute(
            "SELECT status, check_name, fact_id, text, location, period, reason_vi, reason_en, url"
            " FROM v_check_results WHERE status <> 'ok'"
            " ORDER BY CASE status WHEN 'fail' THEN 0 ELSE 1 END, check_name, published_at DESC NULLS LAST, fact_id"
        ).fetchall()
    _print_summary(summary, written)
    _print_flagged(flagged, lang, limit)
    if strict and any(status == "fail" for _, status, _ in summary):
        raise typer.Exit(EXIT_FAILURE)


def _print_summary(summary: list[tuple], written: int) -> None:
    from rich.console import Console
    from rich.table import Table

    counts: dict[str, Counter[str]] = {}
    for name, status, n in summary:
        counts.setdefault(name, Counter())[status] = n
    typer.echo(f"{written} check results written this run")
    table = Table("check", "ok", "warn", "fail", title="Check results in the database")
    for name, c in counts.items():
        table.add_row(name, str(c["ok"]), str(c["warn"]), str(c["fail"]))
    Console().print(table)


def _print_flagged(rows: list[tuple], lang: Lang, limit: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not rows:
        typer.echo("No flagged facts.")
        return
    table = Table("status", "check", "fact", "text", "where/when", title="Flagged facts")
    table.add_column("reason", overflow="fold", ratio=3)
    for status, name, fact_id, text, location, period, reason_vi, reason_en, _url in rows[:limit]:
        style = "red" if status == "fail" else "yellow"
        table.add_row(f"[{style}]{status}[/{style}]", name, (fact_id or "")[:10], escape(text or ""),
                      escape(f"{location or '?'} {period or ''}".strip()),
                      escape(reason_vi if lang is Lang.vi else reason_en))
    Console().print(table)
    if len(rows) > limit:
        typer.echo(f"... {len(rows) - limit} more (--limit, or `vnmetrics query \"select * from v_check_results\"`)")


reference_app = typer.Typer(help="Official reference tables (PAR Index, SIPAS, ...) that claims are checked against.",
                            no_args_is_help=True)
app.add_typer(reference_app, name="reference")


@reference_app.command("load")
def reference_load(
    files: Annotated[list[Path], typer.Argument(help="CSV: indicator,location,period,kind,value,out_of,source_url,"
                                                     "published_by")],
    db: DbOption = None,
    recheck: Annotated[bool, typer.Option(help="Re-run the reference check on every fact afterwards.")] = True,
) -> None:
    """Load published reference tables (validated; bad lines are reported by line and column).

    Example:  vnmetrics reference load corpus/reference/par_index_2023.csv
    """
    from checks import run_checks
    from checks.reference import ReferenceFileError, parse_reference_csv, store_reference

    parsed = []
    for path in files:
        try:
            parsed.append((path, parse_reference_csv(path)))
        except ReferenceFileError as exc:
            raise UserError(str(exc)) from exc
    with writing(db_path(db)) as con:
        for path, rows in parsed:
            store_reference(con, rows)
            typer.echo(f"{path}: {len(rows)} rows loaded")
        if recheck:
            written = run_checks(con, all_articles=True, names=["reference"])
            typer.echo(f"reference check: {written} results")


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


@app.command("export")
def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet or csv.")] = ExportFormat.parquet,
    out: Annotated[Path, typer.Option("--out", help="Directory to write into.")] = Path("export"),
    db: DbOption = None,
) -> None:
    """Write facts, articles, check results, conflicts, verdicts and reference data, partitioned by month.

    Example:  vnmetrics export --format parquet --out export/
    """
    from checks.export import export_all

    path = existing_db(db)
    with reading(path) as con:
        written = export_all(con, out, fmt.value)
    for item in written:
        layout = f"{item.path}/month=YYYY-MM/" if item.partitioned else str(item.path)
        typer.echo(f"{item.name:18} {item.rows:8} rows  {layout}")


class _VerdictGroup(TyperGroup):
    """`vnmetrics verdict FACT_ID ...` records a verdict; `vnmetrics verdict export` publishes them."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["add", *args]
        return super().resolve_command(ctx, args)


verdict_app = typer.Typer(cls=_VerdictGroup, no_args_is_help=True,
                          help="Record a fact-checker's verdict on a fact (vnmetrics verdict FACT_ID --rating ...), "
                               "or export verdicts as ClaimReview JSON-LD (vnmetrics verdict export).")
app.add_typer(verdict_app, name="verdict")


class Rating(StrEnum):
    true = "true"
    mostly_true = "mostly-true"
    mixed = "mixed"
    mostly_false = "mostly-false"
    false = "false"
    unverifiable = "unverifiable"


@verdict_app.command("add")
def verdict_add(
    fact_id: Annotated[str, typer.Argument(help="Fact id (or a unique prefix of 6+ characters).")],
    rating: Annotated[Rating, typer.Option(help="The verdict.")],
    reviewer: Annotated[str, typer.Option(help="Who reviewed the claim.")],
    note: Annotated[str | None, typer.Option(help="Why: sources consulted, the correct figure.")] = None,
    reviewed_on: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD (default today).")] = None,
    db: DbOption = None,
) -> None:
    """Record a verdict on a fact.

    Example:  vnmetrics verdict 3f9a1c2b7d --rating false --reviewer "Lan Nguyen" --note "Bộ Nội vụ: 12/63"
    """
    from checks.verdicts import VerdictError, record_verdict

    when = parse_iso_date(reviewed_on, "--date")
    with writing(existing_db(db)) as con:
        try:
            verdict = record_verdict(con, fact_id, rating.value, reviewer, note, when)
        except VerdictError as exc:
            raise UserError(str(exc)) from exc
    typer.echo(f"verdict {verdict.id}: fact {verdict.fact_id} rated {verdict.rating} by {verdict.reviewer} "
               f"on {verdict.reviewed_on.isoformat()}")


@verdict_app.command("export")
def verdict_export(
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Export the latest verdict per fact as schema.org ClaimReview JSON-LD (a JSON array).

    Example:  vnmetrics verdict export --out claimreview.jsonld
    """
    from checks.verdicts import claim_reviews

    with reading(existing_db(db)) as con:
        reviews = claim_reviews(con)
    text = json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"{len(reviews)} ClaimReview objects written to {out}", err=True)
