"""The `vnmetrics` command line: one entry point, one small module per area under vnmetrics/commands/.

Exit codes scripts can rely on:
  0 success · 1 failure (bad input, a stage failed) · 2 usage error · 3 the database is busy (another
  process is writing; retry later) · 4 finished with some errors (e.g. some pages or sources failed).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from store import DatabaseBusy, StoreError, db_path

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BUSY = 3
EXIT_PARTIAL = 4

app = typer.Typer(
    name="vnmetrics",
    help="Turn Vietnamese government news into numeric facts you can query and check.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class UserError(Exception):
    """A problem the user can fix (missing file, bad option value); shown without a traceback."""


# The same --db option on every command, so its name, env variable and help never drift apart.
DbOption = Annotated[Path | None, typer.Option("--db", envvar="VNMETRICS_DB", help="DuckDB file.")]


def existing_db(db: Path | None) -> Path:
    """The database path for commands that only make sense on a database that is already there."""
    path = db_path(db)
    if not path.exists():
        raise UserError(f"no database at {path}: run `vnmetrics demo` or `vnmetrics crawl` first, or give --db")
    return path


def parse_iso_date(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a usage error (exit 2) naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-04-18", param_hint=option) from exc


def main() -> None:
    """Entry point: run the app, turning known errors into one clear line and a stable exit code."""
    from vnmetrics import commands  # noqa: F401  (registers every subcommand on `app`)

    try:
        code = app(standalone_mode=False)
        # Without standalone mode click returns a command's typer.Exit code instead of exiting with it.
        if isinstance(code, int) and code:
            sys.exit(code)
    except DatabaseBusy as exc:
        typer.echo(f"vnmetrics: database busy: {exc}", err=True)
        sys.exit(EXIT_BUSY)
    except (StoreError, UserError) as exc:
        typer.echo(f"vnmetrics: error: {exc}", err=True)
        sys.exit(EXIT_FAILURE)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("vnmetrics: aborted", err=True)
        sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        typer.echo("vnmetrics: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # click's usage errors carry their own exit code
        import click

        # typer 0.29 raises its vendored click's exceptions (typer.TyperException), not click's own.
        if isinstance(exc, click.ClickException | typer.TyperException) and hasattr(exc, "show"):
            exc.show()
            sys.exit(exc.exit_code)
        raise
