"""Opening the DuckDB file: path resolution, lock handling and migrations."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

DEFAULT_DB = "vnmetrics.duckdb"
ENV_DB = "VNMETRICS_DB"
ENV_WAIT = "VNMETRICS_DB_WAIT"  # seconds to wait for another process's lock, overriding each caller's default
_LOCK_MESSAGE = "Could not set lock on file"
_PID = re.compile(r"\(PID (\d+)\)")


class StoreError(RuntimeError):
    """A database problem explained in words a user can act on."""


class DatabaseBusy(StoreError):
    """Another process holds the database file (DuckDB allows one process at a time)."""


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database path: the argument, else $VNMETRICS_DB, else ./vnmetrics.duckdb."""
    return Path(path or os.environ.get(ENV_DB) or DEFAULT_DB)


def lock_wait(default: float) -> float:
    """How long to wait for a lock: $VNMETRICS_DB_WAIT when set (operators tune it per deployment), else default."""
    raw = os.environ.get(ENV_WAIT)
    if not raw:
        return default
    try:
        return max(0.0, float(raw))
    except ValueError as exc:
        raise StoreError(f"{ENV_WAIT}={raw!r} is not a number of seconds") from exc


def connect(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = False, wait: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the database, waiting up to `wait` seconds for another process's lock.

    A writable connection brings the schema up to date first; a read-only one refuses a database
    whose migrations are behind this code, since its queries would fail in confusing ways.
    """
    target = db_path(path)
    wait = lock_wait(10.0) if wait is None else wait
    if read_only and not target.exists():
        raise StoreError(f"no database at {target}: run `vnmetrics demo` or `vnmetrics crawl` first")
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(target), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if _LOCK_MESSAGE not in str(exc):
                raise StoreError(f"cannot open {target}: {exc}") from exc
            if time.monotonic() >= deadline:
                pid = _PID.search(str(exc))
                holder = f" (process {pid.group(1)})" if pid else ""
                raise DatabaseBusy(
                    f"{target} is in use by another process{holder}, probably a vnmetrics run writing to it; "
                    f"waited {wait:.0f}s. Try again when it finishes."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {target} as a DuckDB database: {exc}") from exc
    try:
        # Portals publish in Vietnam's time; show analysts the same wall clock (storage stays UTC).
        con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
        if read_only:
            _check_schema_current(con, target)
        else:
            migrate(con)
    except BaseException:
        con.close()
        raise
    return con


@contextmanager
def writing(
    path: str | os.PathLike[str] | None = None, *, wait: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction on a writable connection, closed (and the file released) afterwards."""
    con = connect(path, wait=lock_wait(30.0) if wait is None else wait)
    try:
        con.begin()
        try:
            yield con
        except BaseException:
            con.rollback()
            raise
        con.commit()
    finally:
        con.close()


@contextmanager
def reading(
    path: str | os.PathLike[str] | None = None, *, wait: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed afterwards so writers are never kept waiting long."""
    con = connect(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every bundled migration, in order."""
    found = []
    for entry in resources.files("store.migrations").iterdir():
        match = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this database has not run yet; returns their versions."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        applied.append(version)
    return applied


def _check_schema_current(con: duckdb.DuckDBPyConnection, target: Path) -> None:
    try:
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    except duckdb.CatalogException as exc:
        raise StoreError(f"{target} is not a vnmetrics database (no schema_migrations table)") from exc
    missing = [version for version, _, _ in migrations() if version not in done]
    if missing:
        raise StoreError(
            f"{target} was written by an older vnmetrics (migrations {missing} not applied); "
            "open it once for writing, e.g. `vnmetrics extract --db PATH`, to upgrade it"
        )
