"""`vnmetrics train`: rebuild the linking models in models/ner from the annotated corpus, seeded and reproducible."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from vnmetrics.cli import UserError, app

ROOT = Path(__file__).resolve().parents[2]


@app.command("train")
def train_command(
    corpus: Annotated[Path, typer.Option(help="Corpus folder (its dev/ split is trained on).")] = ROOT / "corpus",
    out: Annotated[Path, typer.Option(help="Where the model, config and report go.")] = ROOT / "models" / "ner",
    seed: Annotated[int, typer.Option(help="Random seed; the same seed and corpus give the same model.")] = 0,
) -> None:
    """Train the spaCy models linking uses, from the corpus's dev split: the entity recogniser (INDICATOR, LOC,
    ORG, PERIOD; from dev/entities) and the indicator classifier (from the gold facts).

    The report (models/ner/training_report.json) gives a cross-validated ablation (rules alone vs rules + models)
    and the recogniser's per-label span scores next to the rules' dictionaries.

    Example:  vnmetrics train            # rewrites models/ner/ from corpus/dev
    """
    from extract.ner.entities import EntityError
    from extract.ner.train import train

    if not (corpus / "dev" / "texts").is_dir():
        raise UserError(f"no annotated texts under {corpus}/dev/texts")
    typer.echo(f"training on {corpus / 'dev'} (seed {seed}) …", err=True)
    try:
        report = train(corpus, out, seed=seed)
    except EntityError as exc:  # a hand-edited annotation file: say which and where, keep the old model
        raise UserError(f"bad entity annotations: {exc}") from exc
    summary = {k: report[k] for k in ("seconds", "model_bytes", "held_out") if k in report}
    typer.echo(json.dumps(summary, ensure_ascii=False))
    typer.echo(f"model written to {out}", err=True)
