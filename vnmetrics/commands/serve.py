"""`vnmetrics serve`: the fact-checkers' dashboard over a database, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

from typing import Annotated

import typer

from vnmetrics.cli import DbOption, UserError, app, existing_db


@app.command("serve")
def serve_command(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    wait: Annotated[float, typer.Option(help="Seconds a page waits for a writer's lock before showing "
                                              "the last data read.")] = 0.3,
) -> None:
    """Serve the dashboard: facts with filters and their sentences, flagged facts first, indicator charts,
    province pages. It only reads, opening the database per request, so a nightly run can keep writing.

    Example:  vnmetrics serve --db vnmetrics.duckdb --port 8000   then open http://127.0.0.1:8000/
    """
    import uvicorn

    from dashboard.app import create_app

    target = existing_db(db)
    if not 0 < port < 65536:
        raise UserError(f"port {port} is not between 1 and 65535")
    typer.echo(f"vnmetrics dashboard on http://{host}:{port}/ reading {target} (Ctrl+C to stop)", err=True)
    app_ = create_app(target, wait=wait)
    app_.state.indexer.refresh()  # start indexing now so the first visitor already gets the fast path
    uvicorn.run(app_, host=host, port=port, log_level="warning", access_log=False)
