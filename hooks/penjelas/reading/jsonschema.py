"""JSON Schema (draft 2020-12) for editors' YAML, generated from the content
contract in ``schema.py`` so that the two can never disagree.

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
from .schema import Field, Record

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# file stem -> (record, title); the record names become $defs keys
DOCUMENTS: dict[str, tuple[Record, str]] = {
    "article": (schema.ARTICLE, "Penjelas: front matter of content/stories/<slug>/article.md"),
    "notes": (schema.NOTES, "Penjelas: content/stories/<slug>/notes.yml"),
    "entity": (schema.ENTITY, "Penjelas: an entity note in content/entities/"),
}

# The same rules as schema.validate, in ECMA-262 regex syntax.
NOT_BLANK = r"\S"
URL_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+[^\s]*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _def_name(record: Record) -> str:
    return "-".join(record.name.split())


def field_schema(spec: Field, defs: dict[str, dict]) -> dict:
    """The JSON Schema of one field; records are collected into ``defs``."""
    t = spec.type
    out: dict
    if t == "text":
        out = {"type": "string", "pattern": NOT_BLANK}
    elif t == "id":
        out = {"type": "string", "pattern": schema.ID_RE.pattern}
    elif t == "url":
        out = {"type": "string", "format": "uri", "pattern": URL_PATTERN}
    elif t == "date":
        out = {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    elif t == "partial_date":
        # YAML reads an unquoted 2019 as a number: the validator accepts it too
        out = {"type": ["string", "integer"], "pattern": PARTIAL_DATE_PATTERN, "minimum": 1000, "maximum": 9999}
    elif t == "enum":
        out = {"type": "string", "enum": list(spec.choices)}
    elif t == "bool":
        out = {"type": "boolean"}
    elif t == "list":
        out = {"type": "array", "items": field_schema(spec.item, defs)}
    elif t == "map":
        out = {"type": "object", "propertyNames": {"pattern": schema.ID_RE.pattern},
               "additionalProperties": field_schema(spec.item, defs)}
    elif t == "record":
        name = _def_name(spec.record)
        if name not in defs:
            defs[name] = {}  # reserve the name first: records may nest
            defs[name] = record_schema(spec.record, defs)
        out = {"$ref": f"#/$defs/{name}"}
    else:
        raise ValueError(f"no JSON Schema for field type {t!r}")
    if spec.doc:
        out = {"description": spec.doc, **out}
    return out


def record_schema(record: Record, defs: dict[str, dict]) -> dict:
    out: dict = {"title": record.name}
    if record.doc:
        out["description"] = record.doc
    out["type"] = "object"
    out["properties"] = {key: field_schema(spec, defs) for key, spec in record.fields.items()}
    required = [key for key, spec in record.fields.items() if spec.required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return out


def document(name: str) -> dict:
    """The whole schema for one kind of file: article, notes or entity."""
    record, title = DOCUMENTS[name]
    defs: dict[str, dict] = {}
    body = record_schema(record, defs)
    out = {"$schema": DIALECT, "$id": f"{name}.schema.json", **body, "title": title}
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


def render(name: str) -> str:
    return json.dumps(document(name), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m penjelas schema",
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
