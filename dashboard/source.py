"""Reading the store for the dashboard without ever getting in a writer's way.

DuckDB lets one process hold the file; while the nightly run writes, even read-only opens from other
processes fail. So each request opens the file read-only, waits only briefly, reads and closes it at once;
the file is never held between requests. Every successful answer is remembered together with the file's
version (size and modification time of the database and its WAL): an unchanged file is answered from
memory without opening it, and a busy file is answered with the last good answer and a notice.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import duckdb

from store import DatabaseBusy, StoreError, reading

T = TypeVar("T")
VN_TIME = ZoneInfo("Asia/Ho_Chi_Minh")  # "data read at" in the wall clock of the portals and their readers
log = logging.getLogger("vnmetrics.dashboard")


@dataclass(frozen=True, slots=True)
class Loaded:
    """An answer and how fresh it is: `busy` when a writer held the file and this is an older answer
    (or None when there is none), `error` when the file cannot be read at all."""

    value: Any
    read_at: datetime | None
    busy: bool = False
    error: str | None = None


class Source:
    def __init__(self, path: str | os.PathLike[str], *, wait: float = 0.3, cache_size: int = 512,
                 reuse_unchanged: bool = True) -> None:
        self.path = Path(path)
        self.wait = wait
        self.cache_size = cache_size
        self.reuse_unchanged = reuse_unchanged
        self._cache: OrderedDict[Hashable, tuple[tuple, Any, datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> tuple:
        """Changes whenever a writer commits (DuckDB appends to the WAL or checkpoints into the file)."""
        stamp: list[int] = []
        for file in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = file.stat()
                stamp += [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                stamp += [-1, -1]
        return tuple(stamp)

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def fresh(self, key: Hashable) -> Any | None:
        """The remembered value for `key` if the file has not changed since it was read, else None."""
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and self.reuse_unchanged and cached[0] == self.version():
            return cached[1]
        return None

    def remember(self, key: Hashable, value: Any) -> None:
        """Keep a value read inside another `load` (sharing its connection) for later requests."""
        with self._lock:
            self._cache[key] = (self.version(), value, datetime.now(VN_TIME))

    def load(self, key: Hashable, read: Callable[[duckdb.DuckDBPyConnection], T]) -> Loaded:
        version = self.version()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is not None and self.reuse_unchanged and cached[0] == version:
            return Loaded(cached[1], cached[2])
        try:
            with reading(self.path, wait=self.wait) as con:
                value = read(con)
        except DatabaseBusy:
            if cached is not None:
                return Loaded(cached[1], cached[2], busy=True)
            return Loaded(None, None, busy=True)
        except StoreError as exc:
            return Loaded(None, None, error=str(exc))
        except duckdb.Error as exc:
            # A writer that replaced the file mid-read, or a schema from a newer vnmetrics: say so, keep serving.
            log.warning("dashboard query failed: %s", exc)
            if cached is not None:
                return Loaded(cached[1], cached[2], busy=True)
            return Loaded(None, None, error=f"{type(exc).__name__}: {exc}")
        now = datetime.now(VN_TIME)
        with self._lock:
            self._cache[key] = (version, value, now)
            self._cache.move_to_end(key)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return Loaded(value, now)
