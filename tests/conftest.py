"""Shared fixtures: paths to the shared corpus and a way to run the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VNMETRICS = [sys.executable, "-m", "vnmetrics"]


@pytest.fixture
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not (corpus / "gold").is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({corpus} missing)")
    return corpus


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300, cwd: Path | None = None,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `vnmetrics ARGS` as a user would, in a fresh process."""
    inherited = {k: v for k, v in os.environ.items() if k != "VNMETRICS_DB"}  # tests name their database
    full_env = {**inherited, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.run([*VNMETRICS, *args], capture_output=True, text=True, timeout=timeout,
                          env=full_env, cwd=cwd or ROOT, input=input)
