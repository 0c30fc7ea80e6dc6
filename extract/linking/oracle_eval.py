"""Score the linker alone: gold facts with their link fields blanked are re-linked and compared.

``python -m extract.linking.oracle_eval --gold DIR --texts DIR [--meta DIR] [--no-model] [--hint]``

This isolates linking errors from detection errors (the full L4 score is ``vnmetrics eval``). Accuracy is
over gold facts whose gold field is non-null, as in the spec's L4 rule.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from extract.dates import extract_dateline
from extract.linking import link_facts
from extract.linking.unlinked import UnlinkedFact
from extract.normalize import nfc


def _sentences(text: str) -> list[tuple[int, int]]:
    from extract.tokenize import split_sentences

    return split_sentences(text)


def evaluate(gold_dir: Path, texts_dir: Path, meta_dir: Path | None, use_model: bool, use_hint: bool,
             verbose: bool = False) -> dict:
    counts: Counter[str] = Counter()
    errors: list[str] = []
    for gpath in sorted(gold_dir.glob("*.jsonl")):
        doc = gpath.stem
        text = nfc((texts_dir / f"{doc}.txt").read_text(encoding="utf-8"))
        gold = [json.loads(x) for x in gpath.read_text(encoding="utf-8").splitlines() if x.strip()]
        meta = {}
        if meta_dir and (meta_dir / f"{doc}.json").exists():
            meta = json.loads((meta_dir / f"{doc}.json").read_text(encoding="utf-8"))
        published = extract_dateline(text)
        if published is None and meta.get("published_at"):
            published = date.fromisoformat(meta["published_at"][:10])
        facts = [UnlinkedFact.from_gold(g) for g in gold]
        link_facts(text, facts, _sentences(text), published=published,
                   province_hint=meta.get("province") if use_hint else None, use_model=use_model)
        for g, f in zip(gold, facts, strict=True):
            for fld in ("indicator", "location", "period", "place", "province_now"):
                if fld not in g:
                    continue
                if g[fld] is None and fld != "indicator":
                    continue
                counts[f"{fld}_n"] += 1
                ok = g[fld] == getattr(f, fld)
                counts[f"{fld}_ok"] += ok
                if not ok:
                    errors.append(f"{doc} {g['text']!r} {fld}: gold={g[fld]!r} pred={getattr(f, fld)!r}")
            l4 = all(g.get(k) is None or g[k] == getattr(f, k) for k in ("location", "period", "indicator"))
            counts["l4_n"] += 1
            counts["l4_ok"] += l4
    report = {k[:-2]: round(counts[k[:-2] + "_ok"] / counts[k], 4) for k in counts if k.endswith("_n")}
    report["n_facts"] = counts["l4_n"]
    if verbose:
        print("\n".join(errors))
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--texts", type=Path, required=True)
    ap.add_argument("--meta", type=Path)
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--hint", action="store_true", help="pass meta province as province_hint")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    print(json.dumps(evaluate(a.gold, a.texts, a.meta, not a.no_model, a.hint, a.verbose), ensure_ascii=False))


if __name__ == "__main__":
    main()
