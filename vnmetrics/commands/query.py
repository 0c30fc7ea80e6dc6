"""`vnmetrics query`: read-only SQL for analysts, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

import duckdb
import typer

from store import reading
from store.db import db_path
from vnmetrics.cli import DbOption, UserError, app


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("query")
def query_command(
    sql: Annotated[str, typer.Argument(help="One SQL statement (the database is opened read-only).")],
    db: DbOption = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, csv or json.")] = OutputFormat.table,
    wait: Annotated[float, typer.Option(help="Seconds to wait while a run is writing.")] = 10.0,
) -> None:
    """Run read-only SQL against the database.

    Example:  vnmetrics query "select kind, count(*) from facts group by 1" --format csv
    """
    with reading(db_path(db), wait=wait) as con:
        try:
            cursor = con.execute(sql)
        except duckdb.Error as exc:
            raise UserError(f"query failed: {exc}") from exc
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    if output is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif output is OutputFormat.json:
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=_jsonable) + "\n")
    else:
        _print_table(columns, rows)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        # Crawled text may contain rich markup like "[bold]"; escape it so it prints as written.
        table.add_row(*(escape("" if v is None else str(v)) for v in row))
    Console().print(table)
    typer.echo(f"({len(rows)} rows)", err=True)
