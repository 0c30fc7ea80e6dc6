"""Reading user-supplied text files: encodings, publication dates, and article metadata beside them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from extract.normalize import nfc

MAX_TEXT_BYTES = 20 * 1024 * 1024


class TextInputError(ValueError):
    """A text file that cannot be read as an article (missing, binary, undecodable, too large)."""


def read_article_text(path: Path) -> str:
    """The file's text in NFC; UTF-8 (with or without BOM), else UTF-16 with a BOM, else a clear error."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TextInputError(f"{path}: cannot read ({exc.strerror})") from exc
    if size > MAX_TEXT_BYTES:
        raise TextInputError(f"{path}: {size:,} bytes is over the {MAX_TEXT_BYTES:,}-byte limit for one article")
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise TextInputError(f"{path}: is a folder; give the article files in it (e.g. {path}/*.txt)") from exc
    except OSError as exc:
        raise TextInputError(f"{path}: cannot read ({exc.strerror})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return nfc(data.decode("utf-16"))
    if b"\x00" in data[:4096]:
        raise TextInputError(f"{path}: looks binary (NUL bytes), not an article text")
    try:
        return nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise TextInputError(
            f"{path}: not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r}); "
            "convert it first, e.g. `iconv -f CP1258 -t UTF-8`"
        ) from exc


def sibling_meta(path: Path) -> dict:
    """Corpus layout: texts/<id>.txt has its metadata in ../meta/<id>.json; {} when absent or unreadable."""
    meta_path = path.parent.parent / "meta" / f"{path.stem}.json"
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def publication_date(text: str, *, given: date | None = None, meta: dict | None = None) -> date | None:
    """The date relative periods resolve against: the text's own dateline, else the given one, else metadata."""
    from extract.dates import find_dateline

    stamp = find_dateline(text)
    if stamp is not None:
        return stamp.date()
    if given is not None:
        return given
    if meta and meta.get("published_at"):
        try:
            return datetime.fromisoformat(meta["published_at"]).date()
        except ValueError:
            return None
    return None
