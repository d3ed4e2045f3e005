"""JSON Schema for editors: generated from penjelas.schema, committed in schemas/,
referenced from every content file, and in agreement with the validator."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from penjelas.reading import jsonschema, schema
from penjelas.errors import Problems
from penjelas.reading.yamlio import load

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
CONTENT = ROOT / "tests" / "fixtures" / "sample-site" / "content"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(?P<path>\S+)$")


@pytest.mark.parametrize("name", sorted(jsonschema.DOCUMENTS))
def test_committed_schema_is_freshly_generated(name):
    committed = (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == jsonschema.render(name), f"schemas/{name}.schema.json is stale: run `PYTHONPATH=hooks .venv/bin/python -m penjelas schema` and commit schemas/"


def test_schema_command_check_mode(tmp_path, capsys):
    assert jsonschema.main(["--out", str(SCHEMAS), "--check"]) == 0
    assert jsonschema.main(["--out", str(tmp_path), "--check"]) == 1
    assert "article.schema.json: out of date" in capsys.readouterr().err
    assert jsonschema.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.schema.json", "entity.schema.json", "notes.schema.json"]
    assert jsonschema.main(["--out", str(tmp_path), "--check"]) == 0


def test_article_schema_shape():
    doc = jsonschema.document("article")
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["required"] == ["title", "published", "language"]
    assert doc["additionalProperties"] is False
    assert doc["properties"]["language"] == {"description": "Language of the article text.", "type": "string", "enum": ["id", "en"]}
    assert set(doc["properties"]) == set(schema.ARTICLE.fields)


def test_notes_schema_refers_to_every_record():
    doc = jsonschema.document("notes")
    assert sorted(doc["$defs"]) == ["annotation", "claim", "date-override", "event", "fix", "issue", "key-date", "key-facts", "source",
                                    "speaker-override", "summary-point"]
    assert doc["properties"]["speakers"]["items"] == {"$ref": "#/$defs/speaker-override"}
    assert doc["$defs"]["event"]["required"] == ["date", "title", "sources"]


def _schema_files():
    files = []
    for path in sorted(CONTENT.rglob("*.yml")):
        files.append((path, 0, "notes" if path.name == "notes.yml" else "entity"))
    for path in sorted(CONTENT.rglob("article.md")):
        files.append((path, 1, "article"))  # line 1 is the front matter fence
    return files


@pytest.mark.parametrize("path,line,kind", _schema_files(), ids=lambda v: str(v.relative_to(ROOT)) if isinstance(v, Path) else str(v))
def test_content_file_names_its_schema(path, line, kind):
    first = path.read_text(encoding="utf-8").split("\n")[line]
    m = SCHEMA_LINE.match(first)
    assert m, f"{path.relative_to(ROOT)}:{line + 1}: expected '# yaml-language-server: $schema=…/{kind}.schema.json'"
    # Where the file sits in a project (content/ beside schemas/), the path reaches the schema.
    in_project = ROOT / path.relative_to(CONTENT.parent)
    target = (in_project.parent / m.group("path")).resolve()
    assert target == SCHEMAS / f"{kind}.schema.json"


# --- the schemas agree with the validator ---------------------------------
# A small JSON Schema validator for the keywords the export uses, so that the
# test needs no extra dependency; it reads YAML the way yaml-language-server
# does, where an unquoted date is a string.

def _errors(value, sch: dict, root: dict) -> list[str]:
    if "$ref" in sch:
        return _errors(value, root["$defs"][sch["$ref"].split("/")[-1]], root)
    out = []
    types = sch.get("type")
    if types:
        types = [types] if isinstance(types, str) else types
        py = {"string": str, "integer": int, "boolean": bool, "array": list, "object": dict}
        ok = any(isinstance(value, py[t]) and not (t == "integer" and isinstance(value, bool)) for t in types)
        if not ok:
            return [f"{value!r} is not {types}"]
    if "enum" in sch and value not in sch["enum"]:
        out.append(f"{value!r} not in enum")
    if isinstance(value, str) and "pattern" in sch and not re.search(sch["pattern"], value):
        out.append(f"{value!r} does not match {sch['pattern']}")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < sch.get("minimum", value) or value > sch.get("maximum", value):
            out.append(f"{value} out of range")
    if isinstance(value, list) and "items" in sch:
        for item in value:
            out += _errors(item, sch["items"], root)
    if isinstance(value, dict):
        for key in sch.get("required", []):
            if key not in value:
                out.append(f"missing {key}")
        props = sch.get("properties", {})
        for key, item in value.items():
            if "propertyNames" in sch:
                out += _errors(key, sch["propertyNames"], root)
            if key in props:
                out += _errors(item, props[key], root)
            elif sch.get("additionalProperties") is False:
                out.append(f"unknown {key}")
            elif isinstance(sch.get("additionalProperties"), dict):
                out += _errors(item, sch["additionalProperties"], root)
    return out


def _as_json(value):
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _agree(text: str, kind: str) -> tuple[bool, bool]:
    """(valid for penjelas, valid for the JSON Schema)."""
    record = jsonschema.DOCUMENTS[kind][0]
    problems = Problems()
    schema.validate_document(load(text, "x.yml", problems), record, problems, "x.yml")
    data = _as_json(yaml.safe_load(text)) or {}
    doc = jsonschema.document(kind)
    return not problems.errors, not _errors(data, doc, doc)


def _front_matter(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n")[1]


def test_real_content_is_valid_for_both():
    for path, _, kind in _schema_files():
        text = _front_matter(path) if kind == "article" else path.read_text(encoding="utf-8")
        assert _agree(text, kind) == (True, True), path


CASES = [
    ("article", "title: T\npublished: 2024-06-18\nlanguage: id\n", True),
    ("article", "title: T\npublished: 2024-06-18\nlanguage: id\nurl: https://example.org/a\n", True),
    ("article", "title: T\npublished: 2024-06-18\nlanguage: fr\n", False),
    ("article", "title: T\npublished: 18-06-2024\nlanguage: id\n", False),
    ("article", "title: T\nlanguage: id\n", False),
    ("article", "title: T\npublished: 2024-06-18\nlanguage: id\nurl: javascript:alert(1)\n", False),
    ("article", "title: T\npublished: 2024-06-18\nlanguage: id\nauthr: X\n", False),
    ("article", "title: '  '\npublished: 2024-06-18\nlanguage: id\n", False),
    ("entity", "id: putin\nname: Vladimir Putin\nkind: person\naliases: [Putin]\n", True),
    ("entity", "id: Putin\nname: Vladimir Putin\nkind: person\n", False),
    ("entity", "id: putin\nname: Vladimir Putin\nkind: persn\n", False),
    ("entity", "id: putin\nname: Vladimir Putin\nkind: person\nbackground:\n  - text: X\n    source: https://example.org\n", True),
    ("entity", "id: putin\nname: Vladimir Putin\nkind: person\nbackground:\n  - text: X\n", False),
    ("notes", "", True),
    ("notes", "events:\n  - date: 2019\n    title: T\n    sources: [https://example.org]\n", True),
    ("notes", "events:\n  - date: 2019-04\n    title: T\n    sources: [https://example.org]\n", True),
    ("notes", "events:\n  - date: 2019-04-25\n    title: T\n    sources: [https://example.org]\n", True),
    ("notes", "events:\n  - date: April 2019\n    title: T\n    sources: [https://example.org]\n", False),
    ("notes", "events:\n  - date: 2019\n    title: T\n", False),
    ("notes", "roles:\n  putin: Tamu\n", True),
    ("notes", "roles:\n  Putin: Tamu\n", False),
    ("notes", "speakers:\n  - phrase: kata CNN\n    speaker: cnn\n    kind: direct\n", True),
    ("notes", "speakers:\n  - phrase: kata CNN\n    kind: quote\n", False),
    ("notes", "issues:\n  - id: a\n    title: T\n    claims:\n      - text: C\n        highlight: yes\n", True),
    ("notes", "issues:\n  - id: a\n    title: T\n    claims:\n      - text: C\n        highlight: 'yes'\n", False),
    ("notes", "ignore: [Main Hall]\nsummry: []\n", False),
]


@pytest.mark.parametrize("kind,text,valid", CASES)
def test_schema_and_validator_agree(kind, text, valid):
    assert _agree(text, kind) == (valid, valid)
