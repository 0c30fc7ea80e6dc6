"""`vnmetrics extract` and `vnmetrics eval`: facts out of texts, and their score against gold."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from vnmetrics.cli import EXIT_PARTIAL, DbOption, UserError, app, parse_iso_date
from vnmetrics.textio import TextInputError, publication_date, read_article_text, sibling_meta


def facts_of_file(path: Path, published: date | None = None, *, use_model: bool = True) -> list[dict]:
    from extract.pipeline import extract_document

    text = read_article_text(path)
    when = publication_date(text, given=published, meta=sibling_meta(path))
    facts = extract_document(text, doc_id=path.stem, published=when, use_model=use_model)
    return [fact.to_json() for fact in facts]


@app.command("extract")
def extract_command(
    ctx: typer.Context,
    files: Annotated[list[Path] | None, typer.Argument(help="Plain-text articles (JSON Lines out).")] = None,
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="YYYY-MM-DD for texts without a dateline.")] = None,
    limit: Annotated[int | None, typer.Option(help="With --db: extract at most this many articles.")] = None,
) -> None:
    """Extract numeric facts from text files (JSON Lines on stdout), or from the articles in --db that need it.

    Examples:  vnmetrics extract article.txt > facts.jsonl
               vnmetrics extract --db vnmetrics.duckdb
    """
    if files:
        # (--db from VNMETRICS_DB only names the default database; typed beside FILES it would be ignored)
        # (by name: typer carries its own copy of click, whose ParameterSource is not click's)
        if db is not None and getattr(ctx.get_parameter_source("db"), "name", None) == "COMMANDLINE":
            raise UserError("give text FILES or --db, not both: FILES print JSON Lines, --db extracts the "
                            "database's articles")
        _extract_files(files, parse_iso_date(published, "--published"))
        return
    if db is None and not files:
        from store.db import db_path

        db = db_path(None)
        if not db.exists():
            raise UserError("give text FILES to extract, or --db PATH (no ./vnmetrics.duckdb here)")
    _extract_db(db, limit)


def _extract_files(files: list[Path], published: date | None) -> None:
    failed = 0
    out = sys.stdout
    for path in files:
        try:
            facts = facts_of_file(path, published)
        except TextInputError as exc:
            typer.echo(f"vnmetrics: skipped {exc}", err=True)
            failed += 1
            continue
        for fact in facts:
            out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        typer.echo(f"vnmetrics: {failed} of {len(files)} files could not be read", err=True)
        raise typer.Exit(EXIT_PARTIAL)


def _extract_db(db: Path, limit: int | None) -> None:
    from rich.progress import Progress

    from vnmetrics.jobs import extract_pending

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("extracting", total=None)
        result = extract_pending(db, limit=limit, on_progress=lambda done, total: progress.update(
            task, completed=done, total=total))
    typer.echo(f"extracted {result.articles} articles, {result.facts} facts written to {db}"
               + (f"; {result.failed} articles failed and stay pending" if result.failed else ""))
    if result.failed:
        raise typer.Exit(EXIT_PARTIAL)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Folder of gold <doc_id>.jsonl files.")],
    texts: Annotated[Path, typer.Option(help="Folder of the matching <doc_id>.txt files.")],
    errors: Annotated[bool, typer.Option("--errors", help="List missed, spurious and mistyped facts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ablation: Annotated[bool, typer.Option(help="Also score linking with rules only (no trained NER).")] = False,
) -> None:
    """Score extraction against gold files exactly as the fact contract says: P/R/F1 for L1-L4 and per kind.

    Example:  vnmetrics eval --gold ../shared/corpus/gold --texts ../shared/corpus/seeds
    """
    from extract.scoring import score

    gold_files = sorted(gold.glob("*.jsonl"))
    if not gold_files:
        raise UserError(f"no gold .jsonl files in {gold}")
    gold_by_doc = {p.stem: _read_jsonl(p) for p in gold_files}
    missing = [stem for stem in gold_by_doc if not (texts / f"{stem}.txt").exists()]
    if missing:
        raise UserError(f"no text for gold documents in {texts}: {', '.join(missing[:5])}")
    variants = {"rules + model": True, "rules only": False} if ablation else {None: True}
    reports = {}
    for name, use_model in variants.items():
        pred_by_doc = {stem: facts_of_file(texts / f"{stem}.txt", use_model=use_model) for stem in gold_by_doc}
        reports[name] = score(pred_by_doc, gold_by_doc)
    if as_json:
        typer.echo(json.dumps({str(k): r.as_dict() for k, r in reports.items()} if ablation
                              else reports[None].as_dict(), ensure_ascii=False, indent=2))
        return
    for name, report in reports.items():
        _print_report(report, title=name, docs=len(gold_by_doc))
        if errors:
            _print_errors(report)


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise UserError(f"{path}:{number}: not JSON ({exc})") from exc
    return rows


def _print_report(report, *, title: str | None, docs: int) -> None:
    from rich.console import Console
    from rich.table import Table

    data = report.as_dict()
    table = Table(title=f"{title + ': ' if title else ''}{docs} documents")
    for column in ("level", "P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(column, justify="right" if column != "level" else "left")
    for level, c in data["levels"].items():
        table.add_row(level, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                      str(c["tp"]), str(c["pred"]), str(c["gold"]))
    for kind, levels in data["by_kind"].items():
        c1, c3 = levels["L1"], levels["L3"]
        table.add_row(f"  {kind} (L1 / L3 F1)", "", "", f"{c1['f1']:.3f} / {c3['f1']:.3f}", "",
                      str(c1["pred"]), str(c1["gold"]))
    console = Console(width=110)
    console.print(table)
    links = ", ".join(f"{k} {v:.3f}" if v is not None else f"{k} n/a" for k, v in data["link_accuracy"].items())
    console.print(f"linking accuracy on matched facts: {links}")


def _print_errors(report) -> None:
    for label, rows in (("missed", report.missed), ("spurious", report.spurious), ("mistyped", report.mistyped)):
        typer.echo(f"\n{label} ({len(rows)}):")
        for row in rows:
            typer.echo("  " + json.dumps(row, ensure_ascii=False))
