"""The `vnmetrics` command line: one entry point, one small module per area under vnmetrics/commands/.

Exit codes scripts can rely on:
  0 success · 1 failure (bad input, a stage failed) · 2 usage error · 3 the database is busy (another
  process is writing; retry later) · 4 finished with some errors (e.g. some pages or sources failed).
"""

from __future__ import annotations

import sys

import typer

from store import DatabaseBusy, StoreError

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
