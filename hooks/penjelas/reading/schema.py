"""The content contract: one declaration per file kind, used both to validate
what editors write and to export JSON Schema for their editors.

Validation never stops at the first problem: every field is checked and each
problem is reported with the line and column of the value at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
import re
from urllib.parse import urlsplit

from ..errors import Location, Problems, did_you_mean
from .yamlio import Node

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Field:
    type: str  # text, id, url, date, partial_date, enum, bool, list, record, map
    required: bool = False
    doc: str = ""
    choices: tuple[str, ...] = ()
    item: "Field | None" = None  # element of a list or value of a map
    record: "Record | None" = None


@dataclass(frozen=True)
class Record:
    name: str
    fields: dict[str, Field]
    doc: str = ""


class Rec(dict):
    """A validated mapping that remembers where it and each of its values stand."""

    def __init__(self, loc: Location):
        super().__init__()
        self.loc = loc
        self.locs: dict[str, Location] = {}


class Seq(list):
    """A validated list that remembers where each item stands."""

    def __init__(self, loc: Location):
        super().__init__()
        self.loc = loc
        self.locs: list[Location] = []


# --- the contract ---------------------------------------------------------

TEXT = Field("text")
URL = Field("url", doc="An http(s) address.")
SOURCES = Field("list", item=URL, doc="Source URLs, http(s) only.")
PHRASES = Field("list", item=Field("text"), doc="Phrases copied exactly from the article; each resolves to the sentence that holds it.")
KINDS = ("person", "organization", "media", "country", "place", "group")

ARTICLE = Record(
    "article front matter",
    {
        "title": Field("text", required=True, doc="The headline, verbatim."),
        "published": Field("date", required=True, doc="Publication date, YYYY-MM-DD."),
        "language": Field("enum", required=True, choices=("id", "en"), doc="Language of the article text."),
        "publisher": Field("text", doc="Who published the article."),
        "url": Field("url", doc="The original article."),
        "author": Field("text", doc="Who wrote it."),
        "license": Field("text", doc="Under which terms the text is reproduced."),
    },
    "Front matter of content/stories/<slug>/article.md.",
)

BACKGROUND_FACT = Record(
    "background fact",
    {"text": Field("text", required=True), "source": Field("url", required=True, doc="Where the fact is published.")},
)

ENTITY = Record(
    "entity",
    {
        "id": Field("id", required=True, doc="Stable id: lowercase letters, digits and hyphens. Used in URLs."),
        "name": Field("text", required=True, doc="Display name."),
        "kind": Field("enum", required=True, choices=KINDS),
        "aliases": Field("list", item=Field("text"), doc="Exact surface forms in articles (case-sensitive). The name is always an alias."),
        "role": Field("text", doc="One line: who this is."),
        "background": Field("list", item=Field("record", record=BACKGROUND_FACT), doc="Short background, one sourced fact per item."),
        "wikidata": Field("text", doc="Wikidata id such as Q7747."),
        "sources": SOURCES,
    },
    "One file per entity in content/entities/.",
)

CLAIM = Record(
    "claim",
    {
        "text": Field("text", required=True, doc="The claim, in the editor's words."),
        "by": Field("id", doc="Entity id of who makes the claim; omit when the article itself makes it."),
        "cite": PHRASES,
        "sources": SOURCES,
        "highlight": Field("bool", doc="Show among the key claims on the overview."),
    },
)

ISSUE = Record(
    "issue",
    {
        "id": Field("id", required=True),
        "title": Field("text", required=True),
        "summary": Field("text"),
        "claims": Field("list", item=Field("record", record=CLAIM)),
    },
)

SUMMARY_POINT = Record(
    "summary point",
    {"text": Field("text", required=True), "cite": PHRASES, "sources": SOURCES},
)

EVENT = Record(
    "event",
    {
        "date": Field("partial_date", required=True, doc="YYYY-MM-DD, YYYY-MM or YYYY."),
        "end": Field("partial_date", doc="Last day of a multi-day event."),
        "title": Field("text", required=True),
        "summary": Field("text"),
        "entities": Field("list", item=Field("id")),
        "sources": Field("list", item=URL, required=True),
    },
)

ANNOTATION = Record(
    "annotation",
    {
        "phrase": Field("text", required=True, doc="Exact phrase of the article the note stands beside."),
        "kind": Field("enum", required=True, choices=("context", "correction", "unverified")),
        "text": Field("text", required=True),
        "sources": SOURCES,
    },
)

SPEAKER_OVERRIDE = Record(
    "speaker override",
    {
        "phrase": Field("text", required=True, doc="A phrase inside the statement."),
        "speaker": Field("id", doc="Entity id; omit to mark the speaker as unknown."),
        "kind": Field("enum", choices=("direct", "reported", "belief")),
    },
)

DATE_OVERRIDE = Record(
    "date override",
    {
        "phrase": Field("text", required=True, doc="The time expression as written."),
        "value": Field("partial_date", required=True),
    },
)

NOTES = Record(
    "notes",
    {
        "summary": Field("list", item=Field("record", record=SUMMARY_POINT), doc="The lede, one cited point per item."),
        "issues": Field("list", item=Field("record", record=ISSUE), doc="Key issues for the 'what' page."),
        "events": Field("list", item=Field("record", record=EVENT), doc="Background events for the timeline."),
        "annotations": Field("list", item=Field("record", record=ANNOTATION)),
        "roles": Field("map", item=Field("text"), doc="Entity id -> role in this story."),
        "aliases": Field("map", item=Field("list", item=Field("text")), doc="Entity id -> extra surface forms in this story."),
        "entities": Field("list", item=Field("id"), doc="Background entities the article does not name in full."),
        "speakers": Field("list", item=Field("record", record=SPEAKER_OVERRIDE)),
        "dates": Field("list", item=Field("record", record=DATE_OVERRIDE)),
        "ignore": Field("list", item=Field("text"), doc="Capitalised names that are not entities."),
    },
    "content/stories/<slug>/notes.yml: curated notes for one story.",
)


# --- validation -----------------------------------------------------------

def _got(node: Node) -> str:
    if node.kind == "boolean":
        return f"boolean '{node.raw}' (YAML reads yes/no/on/off/true/false as booleans: put it in quotes)"
    if node.kind == "number":
        return f"number {node.raw} (put it in quotes to make it text)"
    if node.kind == "null":
        return "nothing (null)"
    if node.kind in ("date", "datetime"):
        return f"date {node.raw} (put it in quotes to make it text)"
    return node.kind if node.kind in ("mapping", "list") else f"{node.kind} '{node.raw}'"


def parse_partial_date(text: str) -> tuple[str, str] | None:
    """'2023-09' -> ('2023-09', 'month'); None when not a real date."""
    m = PARTIAL_DATE_RE.match(text)
    if not m:
        return None
    year, month, day = m.groups()
    try:
        if day:
            dt.date(int(year), int(month), int(day))
            return text, "day"
        if month:
            dt.date(int(year), int(month), 1)
            return text, "month"
    except ValueError:
        return None
    return text, "year"


def check_url(text: str) -> str | None:
    """An error message, or None when the URL is an absolute http(s) address."""
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        return f"'{text}' is not an http(s) URL"
    if not parts.netloc or text.split() != [text]:  # whitespace anywhere (split() is the fast test)
        return f"'{text}' is not a valid URL"
    return None


def validate(node: Node | None, spec: Field, problems: Problems, what: str):
    """Check ``node`` against ``spec``; returns the plain value or None."""
    if node is None:
        return None
    loc = node.loc
    t = spec.type
    if node.kind == "invalid":
        return None  # already reported by the YAML reader
    if t == "record":
        return _validate_record(node, spec.record, problems, what)
    if t in ("list", "map"):
        want = "list" if t == "list" else "mapping"
        if node.kind != want:
            problems.error(loc, f"{what}: expected a {want}, got {_got(node)}")
            return None
        if t == "list":
            out = Seq(loc)
            for i, child in enumerate(node.value):
                before = len(problems.items)
                value = validate(child, spec.item, problems, f"{what}[{i + 1}]")
                if spec.item.type == "record" and len(problems.items) > before:
                    continue  # a faulty record is left out, so later stages may trust every record
                if value is not None:
                    out.append(value)
                    out.locs.append(child.loc)
            return out
        out = Rec(loc)
        for key, child in node.value.items():
            if not ID_RE.match(key):
                problems.error(child.key_loc, f"{what}: '{key}' is not an id (lowercase letters, digits, hyphens)")
                continue
            value = validate(child, spec.item, problems, f"{what}.{key}")
            if value is not None:
                out[key] = value
                out.locs[key] = child.loc
        return out
    if t == "bool":
        if node.kind != "boolean":
            problems.error(loc, f"{what}: expected true or false, got {_got(node)}")
            return None
        return node.value
    if t in ("date", "partial_date"):
        if node.kind == "date":
            return node.value.isoformat()
        if t == "partial_date" and node.kind == "number" and isinstance(node.value, int):
            text = str(node.value)
        elif node.kind == "text":
            text = node.value
        else:
            problems.error(loc, f"{what}: expected a date, got {_got(node)}")
            return None
        parsed = parse_partial_date(text.strip())
        if parsed is None or (t == "date" and parsed[1] != "day"):
            shape = "YYYY-MM-DD" if t == "date" else "YYYY-MM-DD, YYYY-MM or YYYY"
            problems.error(loc, f"{what}: invalid date '{text}' (expected a real date as {shape})")
            return None
        return parsed[0]
    # text-like scalars
    if node.kind != "text":
        problems.error(loc, f"{what}: expected text, got {_got(node)}")
        return None
    text = node.value
    if not text.strip():
        problems.error(loc, f"{what}: must not be empty")
        return None
    if t == "id" and not ID_RE.match(text):
        problems.error(loc, f"{what}: '{text}' is not a valid id (use lowercase letters, digits and hyphens)")
        return None
    if t == "url":
        message = check_url(text)
        if message:
            problems.error(loc, f"{what}: {message}")
            return None
    if t == "enum" and text not in spec.choices:
        problems.error(loc, f"{what}: '{text}' is not one of {', '.join(spec.choices)}{did_you_mean(text, spec.choices)}")
        return None
    return text


def _validate_record(node: Node, record: Record, problems: Problems, what: str):
    lead = f"{what}: " if what else ""
    if node.kind != "mapping":
        problems.error(node.loc, f"{lead}expected a mapping of fields, got {_got(node)}")
        return None
    out = Rec(node.loc)
    for key, child in node.value.items():
        spec = record.fields.get(key)
        if spec is None:
            problems.error(child.key_loc, f"{lead}unknown field '{key}'{did_you_mean(key, record.fields)}")
            continue
        value = validate(child, spec, problems, f"{what}.{key}" if what else key)
        if value is not None:
            out[key] = value
            out.locs[key] = child.loc
    for key, spec in record.fields.items():
        if spec.required and key not in node.value:
            problems.error(node.loc, f"{lead}missing required field '{key}'")
    return out


def validate_document(node: Node | None, record: Record, problems: Problems, path: str, what: str = ""):
    """Validate a whole YAML document; an empty document is an empty record.
    A document that did not parse is already reported: nothing more is said."""
    if node is None:
        empty = Rec(Location(path, 1, 1))
        for key, spec in record.fields.items():
            if spec.required:
                problems.error(Location(path, 1, 1), f"missing required field '{key}'")
        return empty
    if node.kind == "broken":
        return Rec(node.loc)
    out = _validate_record(node, record, problems, what)
    return Rec(node.loc) if out is None else out
