"""The fact-checkers' dashboard: a small server-rendered Starlette app over the DuckDB store.

Pages: `/` facts with filters (flagged first), `/fact/{id}` one fact with its checks, `/chart` an indicator
over time, `/provinces` and `/province/{name}`. Read-only; every page is plain HTML from autoescaping
Jinja templates, with inline SVG charts and no third-party assets, so it works offline.
"""

from __future__ import annotations

import logging
import os
import time
import urllib.parse
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dashboard import data
from dashboard.charts import build_chart
from dashboard.i18n import format_datetime, format_number, pick_lang, translate
from dashboard.index import Indexer
from dashboard.reference import NATIONAL, indicators, provinces
from dashboard.source import Loaded, Source
from dashboard.urls import safe_url
from vnmetrics.contract import KINDS, ROLES

log = logging.getLogger("vnmetrics.dashboard")
_PACKAGE = resources.files("dashboard")
MAX_CHART_PROVINCES = 8

# Crawled text is untrusted: beyond escaping, the browser is told to run no inline script and load nothing
# from elsewhere, and to send no referrer to the portals the links lead to.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
     b"base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class TimingHeaders:
    """Adds `Server-Timing: app;dur=<ms>` (what the benchmark reads) and the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", f"app;dur={elapsed:.1f}".encode()))
                headers += SECURITY_HEADERS
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_PACKAGE / "templates")),
        autoescape=True,  # every template, whatever its extension: crawled text must never become markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.globals["highlight"] = data.highlight
    return env


def create_app(
    db: str | os.PathLike[str], *, wait: float = 0.3, reuse_unchanged: bool = True, use_index: bool = True
) -> Starlette:
    """The ASGI app serving the database at `db` read-only.

    `reuse_unchanged` answers a repeated page from memory while the file is unchanged; `use_index` cuts
    fact pages from an in-memory index (dashboard.index) once it is built for the file's current version.
    """
    source = Source(Path(db), wait=wait, reuse_unchanged=reuse_unchanged)
    indexer = Indexer(source) if use_index else None
    env = _environment()

    def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        lang = pick_lang(request.query_params.get("lang"))
        other = "en" if lang == "vi" else "vi"
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        if other != "vi":
            params.append(("lang", other))
        loaded: Loaded | None = context.get("loaded")
        html = env.get_template(template).render(
            request=request,
            lang=lang,
            t=partial(translate, lang),
            num=partial(format_number, lang=lang),
            date=partial(format_datetime, lang=lang),
            href=partial(_href, lang),
            other_lang_url=_href("vi", urllib.parse.quote(request.url.path), urllib.parse.urlencode(params)),
            indicator_name=partial(_indicator_name, lang),
            place_name=partial(_place_name, lang),
            busy=bool(loaded and loaded.busy),
            read_at=loaded.read_at if loaded else None,
            error=loaded.error if loaded else None,
            **context,
        )
        return HTMLResponse(html, status_code=status_code)

    def facts_page(request: Request) -> Response:
        filters = data.Filters.parse(request.query_params)
        index = indexer.current() if indexer else None
        if index is not None:
            selection = index.select(filters)
            memory = index.memory
            if memory is not None and memory.covers([fid for fid, _ in selection.ids]):
                # Flagged facts only (the landing page, status filters): answered from memory, no file access.
                value = {**data.page_rows(None, selection, memory), "periods": index.periods()}
                return _facts_response(request, Loaded(value, index.built_at), filters)

            def read(con: Any) -> dict[str, Any]:
                return {**data.page_rows(con, selection, memory), "periods": index.periods()}
        else:
            def read(con: Any) -> dict[str, Any]:
                # One open of the file per page: the period suggestions come along with the facts.
                found = source.fresh(("periods",))
                if found is None:
                    found = data.periods(con)
                    source.remember(("periods",), found)
                return {**data.fact_page(con, filters), "periods": found}

        loaded = source.load(("facts", filters), read)
        if loaded.busy and loaded.value is None and indexer is not None:
            # A writer holds the file and this page was never read: the index of the last version may still
            # answer it from memory (flagged facts), marked as older data.
            stale = indexer.latest()
            if stale is not None and stale.memory is not None:
                selection = stale.select(filters)
                if stale.memory.covers([fid for fid, _ in selection.ids]):
                    value = {**data.page_rows(None, selection, stale.memory), "periods": stale.periods()}
                    loaded = Loaded(value, stale.built_at, busy=True)
        return _facts_response(request, loaded, filters)

    def _facts_response(request: Request, loaded: Loaded, filters: data.Filters) -> Response:
        result = loaded.value
        return render(
            request, "facts.html", loaded=loaded, result=result, filters=filters,
            province_options=_province_options(), indicator_options=indicators(), kinds=KINDS, roles=ROLES,
            statuses=data.STATUSES, periods=result["periods"] if result else [],
            status_code=503 if loaded.error else 200,
        )

    def fact_page(request: Request) -> Response:
        fact_id = request.path_params["fact_id"]
        loaded = source.load(("fact", fact_id), partial(data.fact_detail, fact_id=fact_id))
        status = 503 if loaded.error else 404 if (loaded.value is None and not loaded.busy) else 200
        return render(request, "fact.html", loaded=loaded, fact=loaded.value, status_code=status)

    def chart_page(request: Request) -> Response:
        params = request.query_params
        indicator = params.get("indicator") or ""
        indicator = indicator if data.known_indicator(indicator) else ""
        chosen = [p for p in params.getlist("province") if data.known_province(p)][:MAX_CHART_PROVINCES]
        kind = params.get("kind") if params.get("kind") in KINDS else ""
        chart = None
        kinds: list[str] = []
        loaded = None
        if indicator and chosen:
            def read(con: Any) -> dict[str, Any]:
                found = data.indicator_kinds(con, indicator, chosen)
                use = kind or (found[0] if found else "")
                return {"kinds": found, "kind": use, "rows": data.series(con, indicator, use, chosen) if use else []}

            loaded = source.load(("chart", indicator, tuple(chosen), kind), read)
            if loaded.value:
                kinds, kind = loaded.value["kinds"], loaded.value["kind"]
                chart = build_chart(loaded.value["rows"], kind)
        return render(
            request, "chart.html", loaded=loaded, chart=chart, indicator=indicator, chosen=chosen, kind=kind,
            kinds=kinds, indicator_options=indicators(), province_options=_province_options(),
            status_code=503 if loaded and loaded.error else 200,
        )

    def provinces_page(request: Request) -> Response:
        current = [p for p in provinces().values() if p.current]
        return render(request, "provinces.html", current=current, loaded=None)

    def province_page(request: Request) -> Response:
        name = request.path_params["name"]
        if not data.known_province(name):
            raise HTTPException(404)
        index = indexer.current() if indexer else None
        select = (lambda _con, f: index.select(f)) if index is not None else None
        memory = index.memory if index is not None else None
        loaded = source.load(("province", name),
                             partial(data.province_overview, name=name, select=select, memory=memory))
        return render(request, "province.html", loaded=loaded, name=name, info=provinces().get(name),
                      overview=loaded.value, status_code=503 if loaded.error else 200)

    async def not_found(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 404)
        return render(request, "message.html", message_key="not_found", loaded=None, status_code=code)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("dashboard page failed: %s", request.url.path, exc_info=exc)
        return render(request, "message.html", message_key="error_page", loaded=None, status_code=500)

    app = Starlette(
        routes=[
            Route("/", facts_page),
            Route("/fact/{fact_id}", fact_page),
            Route("/chart", chart_page),
            Route("/provinces", provinces_page),
            Route("/province/{name}", province_page),
            Mount("/static", StaticFiles(directory=str(_PACKAGE / "static")), name="static"),
        ],
        middleware=[Middleware(TimingHeaders)],
        exception_handlers={404: not_found, 405: not_found, 500: server_error},
    )
    app.state.source = source
    app.state.indexer = indexer
    return app


def _province_options() -> list[tuple[str, str]]:
    """(value, label) for the province selector: the nation, then every former and current name."""
    options = [(NATIONAL, NATIONAL)]
    for p in provinces().values():
        if p.former and not p.current:
            options.append((p.name, f"{p.name} (→ {p.now})"))
        else:
            options.append((p.name, p.name))
    return options


def _href(lang: str, path: str, query: str | dict[str, Any] | None = None) -> str:
    """A link inside the dashboard that keeps the chosen language."""
    if isinstance(query, dict):
        query = urllib.parse.urlencode([(k, v) for k, v in query.items() if v not in (None, "")], doseq=True)
    parts = [query] if query else []
    if lang != "vi" and "lang=" not in (query or ""):
        parts.append("lang=" + lang)
    return path + ("?" + "&".join(parts) if parts else "")


def _indicator_name(lang: str, indicator_id: str | None) -> str:
    if not indicator_id:
        return ""
    info = indicators().get(indicator_id)
    if info is None:
        return indicator_id
    return info.name_vi if lang == "vi" else info.name_en


def _place_name(lang: str, name: str | None) -> str:
    if name == NATIONAL:
        return translate(lang, "national") if lang == "en" else NATIONAL
    return name or ""
