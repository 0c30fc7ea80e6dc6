"""The fact-checkers' dashboard: `vnmetrics serve` runs `dashboard.app.create_app` under uvicorn."""
