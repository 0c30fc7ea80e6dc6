"""Write proposed entity spans for corpus articles, for hand correction (see corpus/ENTITIES.md).

    python -m extract.ner.annotate dev dev_001_quangninh_par_sipas [...]   # or --all
Refuses to overwrite an existing file: hand corrections are never lost to a re-run.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from extract.dates import extract_dateline
from extract.ner.entities import dump, preannotate
from extract.normalize import nfc

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _published(split_dir: Path, doc_id: str, text: str) -> date | None:
    found = extract_dateline(text)
    if found is not None:
        return found
    meta = split_dir / "meta" / f"{doc_id}.json"
    if meta.exists():
        stamp = json.loads(meta.read_text(encoding="utf-8")).get("published_at")
        return date.fromisoformat(stamp[:10]) if stamp else None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split")
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--all", action="store_true", help="every article of the split without an entity file")
    a = ap.parse_args(argv)
    split_dir = CORPUS / a.split
    ids = a.ids or ([p.stem for p in sorted((split_dir / "texts").glob("*.txt"))] if a.all else [])
    if not ids:
        ap.error("name article ids or --all")
    for doc_id in ids:
        out = split_dir / "entities" / f"{doc_id}.jsonl"
        if out.exists():
            print(f"kept {out} (exists)", file=sys.stderr)
            continue
        text = nfc((split_dir / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8"))
        ents = preannotate(text, _published(split_dir, doc_id, text))
        dump(out, text, ents)
        print(f"wrote {out}: {len(ents)} proposed spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
