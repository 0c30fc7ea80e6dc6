"""The DuckDB layer: one file, versioned migrations, short-lived connections.

DuckDB lets only one process hold a database file, and while a writer holds it even read-only
connections from other processes are refused. So every caller opens the file for one unit of work
through `store.db.writing`/`store.db.reading` and closes it at once; both wait briefly for a lock
held elsewhere and then raise `DatabaseBusy` with a sentence a user can act on.
"""

from store.db import DatabaseBusy, StoreError, connect, db_path, reading, writing

__all__ = ["DatabaseBusy", "StoreError", "connect", "db_path", "reading", "writing"]
