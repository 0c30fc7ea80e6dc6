"""An in-memory index of every fact's filter columns, in display order, rebuilt after each write.

On a million facts each SQL page has to read and hash several million-row string columns (fact ids,
article ids) to order facts by check status and article date; on two busy cores that is 0.3–0.9 s per
page. The data only changes when a run writes, so once per file version a background thread reads the
narrow columns once (ids in display order, status, province names, indicator, period, kind, role as
dictionary codes: about 50 MB for a million facts) and pages are then cut from numpy masks in a few ms;
only the 30 rows shown are read from the file, by primary key.

The file is opened only for the build (read-only, like a request) and closed at once. Until an index for
the current file exists, `current()` returns None and the app answers in SQL, so no page ever waits for a
build and no page shows data older than the file.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.data import _SEV_CTE, PAGE_SIZE, SEVERITY, Filters, Memory, Selection, facts_involved, flagged_checks
from dashboard.source import VN_TIME, Source
from store import DatabaseBusy, StoreError, reading

log = logging.getLogger("vnmetrics.dashboard")
_CODED = ("location", "province_now", "indicator", "period", "kind", "role")
MAX_MEMORY_ROWS = 50_000  # flagged facts whose full rows are kept (about 1 kB each)


@dataclass(slots=True)
class _Coded:
    """A string column as int32 codes into `values` (-1 for NULL)."""

    codes: np.ndarray
    values: list[str]
    lookup: dict[str, int]

    @classmethod
    def of(cls, column: pa.ChunkedArray) -> _Coded:
        encoded = pc.dictionary_encode(column).combine_chunks()
        values = encoded.dictionary.to_pylist()
        codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32)
        return cls(codes, values, {v: i for i, v in enumerate(values)})

    def equals(self, value: str) -> np.ndarray:
        code = self.lookup.get(value)
        if code is None:
            return np.zeros(len(self.codes), dtype=bool)
        return self.codes == code

    def matches(self, wanted: list[bool]) -> np.ndarray:
        """Rows whose value is one the caller accepts (`wanted` per value; NULL never matches)."""
        table = np.array([*wanted, False], dtype=bool)  # index -1 lands on the trailing False
        return table[self.codes]


class FactIndex:
    def __init__(self, table: pa.Table, version: tuple, memory: Memory | None = None) -> None:
        self.version = version
        self.memory = memory
        self.built_at = datetime.now(VN_TIME)
        self.ids = table.column("id").combine_chunks()
        self.sev = table.column("sev").to_numpy().astype(np.int8)
        self.columns = {name: _Coded.of(table.column(name)) for name in _CODED}
        self.size = table.num_rows
        self.n_fail = int((self.sev == 3).sum())
        self.n_warn = int((self.sev == 2).sum())

    @classmethod
    def build(cls, con: duckdb.DuckDBPyConnection, version: tuple) -> FactIndex:
        # The same order as dashboard.data.select_page, so both paths page identically.
        table = con.sql(
            f"WITH {_SEV_CTE} SELECT f.id, coalesce(s.sev, 0)::TINYINT AS sev, f.location, f.province_now,"
            " f.indicator, f.period, f.kind, f.role FROM facts f LEFT JOIN sev s ON s.fact_id = f.id"
            " JOIN articles a ON a.id = f.article_id ORDER BY sev DESC, a.published_at DESC NULLS LAST, f.id"
        ).to_arrow_table()
        # The facts flagged checks involve are what the landing page and status filters show: keep their
        # rows so those pages are answered without opening the file (unless checks flag a great many).
        checks = flagged_checks(con)
        involved = sorted({fid for check in checks for fid in check["fact_ids"]})
        memory = Memory(facts_involved(con, involved), checks) if len(involved) <= MAX_MEMORY_ROWS else None
        return cls(table, version, memory)

    def periods(self) -> list[str]:
        return sorted(self.columns["period"].values, reverse=True)[:400]

    def mask(self, filters: Filters) -> np.ndarray | None:
        """Rows passing the filters (None: all rows), mirroring `Filters.where`."""
        parts: list[np.ndarray] = []
        cols = self.columns
        if filters.province:
            parts.append(cols["location"].equals(filters.province) | cols["province_now"].equals(filters.province))
        for name in ("indicator", "kind", "role"):
            value = getattr(filters, name)
            if value:
                parts.append(cols[name].equals(value))
        if filters.period:
            p = filters.period
            parts.append(cols["period"].matches(
                [v == p or v.startswith(p + "-") or v.startswith(p + "..") for v in cols["period"].values]))
        if filters.status == "flagged":
            parts.append(self.sev >= 2)
        elif filters.status == "unchecked":
            parts.append(self.sev == 0)
        elif filters.status:
            parts.append(self.sev == SEVERITY[filters.status])
        if not parts:
            return None
        out = parts[0]
        for part in parts[1:]:
            out = out & part
        return out

    def select(self, filters: Filters) -> Selection:
        mask = self.mask(filters)
        if mask is None:
            total, n_fail, n_warn = self.size, self.n_fail, self.n_warn
        else:
            total = int(mask.sum())
            n_fail = int((mask & (self.sev == 3)).sum())
            n_warn = int((mask & (self.sev == 2)).sum())
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(filters.page, pages)
        start = (page - 1) * PAGE_SIZE
        if mask is None:
            rows = np.arange(start, min(start + PAGE_SIZE, self.size))
        else:
            # Rows are already in display order: the page is the n-th run of matches.
            rows = np.flatnonzero(mask)[start:start + PAGE_SIZE]
        ids = self.ids.take(pa.array(rows, type=pa.int64())).to_pylist()
        return Selection([(fid, int(self.sev[r])) for fid, r in zip(ids, rows, strict=True)],
                         total, n_fail, n_warn, page, pages)


class Indexer:
    """Keeps a FactIndex for the file's current version, rebuilding it in the background after writes."""

    def __init__(self, source: Source, *, retry_after: float = 2.0) -> None:
        self.source = source
        self.retry_after = retry_after
        self._index: FactIndex | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._last_attempt = float("-inf")
        self.last_build_seconds: float | None = None

    def current(self) -> FactIndex | None:
        """The index if it matches the file as it is now; otherwise None, and a rebuild is started."""
        index = self._index
        version = self.source.version()
        if index is not None and index.version == version:
            return index
        self.refresh()
        return None

    def latest(self) -> FactIndex | None:
        """The last index built, whether or not the file has changed since."""
        return self._index

    def refresh(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if time.monotonic() - self._last_attempt < self.retry_after:
                return  # a failed or just-finished attempt: don't hammer a busy or broken file
            self._last_attempt = time.monotonic()
            self._thread = threading.Thread(target=self._build, name="vnmetrics-dashboard-index", daemon=True)
            self._thread.start()

    def wait(self, timeout: float = 60.0) -> FactIndex | None:
        """Block until a build in progress ends (tests and the benchmark use this); returns the index."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self._index

    def _build(self) -> None:
        version = self.source.version()
        started = time.perf_counter()
        try:
            with reading(self.source.path, wait=self.source.wait) as con:
                index = FactIndex.build(con, version)
        except DatabaseBusy:
            return  # a writer is at work; the next request after it finishes tries again
        except (StoreError, duckdb.Error) as exc:
            log.warning("dashboard index not built: %s", exc)
            return
        except Exception:  # a bug here must not kill pages: they keep using SQL, and the log says why
            log.exception("dashboard index build failed")
            return
        self.last_build_seconds = time.perf_counter() - started
        self._index = index
        log.info("dashboard index: %d facts in %.2fs", index.size, self.last_build_seconds)

    def describe(self) -> dict[str, Any]:
        index = self._index
        return {"facts": index.size if index else None, "build_seconds": self.last_build_seconds}
