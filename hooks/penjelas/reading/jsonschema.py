"""JSON Schema (draft 2020-12) for editors' YAML, generated from the content
contract in ``schema.py`` (each field type gives its own ``json_schema``), so
that the two can never disagree.

``python -m penjelas schema`` writes schemas/*.schema.json; each content file
points at its schema on its first line (``# yaml-language-server: $schema=…``)
and VS Code's YAML extension then completes and validates as editors type.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import schema
from .schema import Record

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# file stem -> (record, title); the record names become $defs keys
DOCUMENTS: dict[str, tuple[Record, str]] = {
    "article": (schema.ARTICLE, "Penjelas: front matter of content/stories/<slug>/article.md"),
    "notes": (schema.NOTES, "Penjelas: content/stories/<slug>/notes.yml"),
    "entity": (schema.ENTITY, "Penjelas: an entity note in content/entities/"),
}

def document(name: str) -> dict:
    """The whole schema for one kind of file: article, notes or entity."""
    record, title = DOCUMENTS[name]
    defs: dict[str, dict] = {}
    body = record.json_schema(defs)
    out = {"$schema": DIALECT, "$id": f"{name}.schema.json", **body, "title": title}
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


def render(name: str) -> str:
    return json.dumps(document(name), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="penjelas schema",
                                     description="Write the JSON Schema files for editors, generated from hooks/penjelas/schema.py.")
    parser.add_argument("--out", default="schemas", help="folder to write into (default: schemas)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a committed file is out of date")
    args = parser.parse_args(argv)
    out = Path(args.out)
    stale = []
    for name in DOCUMENTS:
        path = out / f"{name}.schema.json"
        text = render(name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path)
            continue
        out.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    for path in stale:
        print(f"{path}: out of date: run `python -m penjelas schema` (PYTHONPATH=hooks) and commit it", file=sys.stderr)
    return 1 if stale else 0
