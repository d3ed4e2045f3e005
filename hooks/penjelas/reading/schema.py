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

from ..errors import Location, Problems, did_you_mean, excerpt
from ..model import Source
from .yamlio import Node

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Ids that would take the address of another page: the entity list is
# entitas/index.md, so an entity "index" would replace it.
RESERVED_ENTITY_IDS = frozenset({"index"})
# Story slugs that would take the address of the entity pages or of the theme's own files.
RESERVED_SLUGS = frozenset({"entitas", "entities", "arsip", "archive", "assets", "search", "stylesheets", "javascripts", "404", "sitemap", "pagefind"})
PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Field:
    """One kind of value in a content file. Each kind validates a YAML node
    (``validate``: the plain value, or None with every problem reported at the
    value's place) and describes itself as JSON Schema (``json_schema``), so
    that the checks and the schema editors get can never disagree."""

    def __init__(self, required: bool = False, doc: str = ""):
        self.required = required
        self.doc = doc

    def validate(self, node: Node, problems: Problems, what: str):
        raise NotImplementedError

    def json_schema(self, defs: dict[str, dict]) -> dict:
        raise NotImplementedError

    def described(self, out: dict) -> dict:
        return {"description": self.doc, **out} if self.doc else out


class Text(Field):
    """Text that is not blank."""

    PATTERN = r"\S"

    def validate(self, node, problems, what):
        if node.kind != "text":
            problems.error(node.loc, f"{what}: expected text, got {_got(node)}", "wrong-type")
            return None
        if not node.value.strip():
            problems.error(node.loc, f"{what}: must not be empty", "empty-value")
            return None
        return self.check(node.value, node, problems, what)

    def check(self, text: str, node: Node, problems: Problems, what: str):
        return text

    def json_schema(self, defs):
        return self.described({"type": "string", "pattern": self.PATTERN})


# Wiki markup copied with a text: a template ("{{PD-Article}}", "{{cite web|…}}":
# a letter right after the braces, unlike "{{ x }}") or a link ("[[Tokyo|the capital]]").
WIKI_MARKUP = re.compile(r"\{\{[A-Za-z][^{}\n]*\}\}|\[\[[^\[\]\n]+\]\]")


class Shown(Text):
    """Text readers see as it is written, so never wiki markup: a page would
    show "{{PD-Article}}" as is. An error, with what to write instead: the
    text may mean something (a licence), so it is not cleaned silently."""

    def check(self, text, node, problems, what):
        m = WIKI_MARKUP.search(text)
        if m:
            markup = m.group(0)
            if markup.startswith("[["):
                fix = f"write the link's text, '{excerpt(markup[2:-2].split('|')[-1].strip())}', instead"
            else:
                fix = "write in words what the template says (for a licence, its name), or leave it out"
            problems.error(node.loc, f"{what}: '{excerpt(markup)}' is wiki markup, which readers would see as it is: {fix}", "wiki-markup")
        return text

    def json_schema(self, defs):
        return self.described({"type": "string", "pattern": self.PATTERN, "not": {"pattern": WIKI_MARKUP.pattern}})


class Id(Text):
    """An id: lowercase letters, digits and hyphens (it goes into URLs)."""

    def check(self, text, node, problems, what):
        if not ID_RE.match(text):
            problems.error(node.loc, f"{what}: '{excerpt(text)}' is not a valid id (use lowercase letters, digits and hyphens)", "bad-id")
            return None
        return text

    def json_schema(self, defs):
        return self.described({"type": "string", "pattern": ID_RE.pattern})


class Url(Text):
    """An absolute http(s) address with a plain host (``check_url``)."""

    PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#@\\]+([/?#][^\s\\]*)?$"

    def check(self, text, node, problems, what):
        message = check_url(text)
        if message:
            problems.error(node.loc, f"{what}: {message}", "bad-url")
            return None
        return text

    def json_schema(self, defs):
        return self.described({"type": "string", "format": "uri", "pattern": self.PATTERN})


class WikidataId(Text):
    """A Wikidata item's id, "Q" and its number: the entity page links
    https://www.wikidata.org/wiki/<id> and its JSON-LD names it as sameAs, so
    a typo would be a broken link on every page the entity is on. An item's
    address pasted whole is refused with the id to write."""

    PATTERN = r"^Q[1-9][0-9]*$"
    _IN_ADDRESS = re.compile(r"wikidata\.org/(?:wiki|entity)/(?:Special:EntityPage/)?(Q[1-9][0-9]*)\b", re.IGNORECASE)

    def check(self, text, node, problems, what):
        if re.fullmatch(self.PATTERN, text):
            return text
        found = self._IN_ADDRESS.search(text)
        if found:
            fix = f"write the id alone: {found.group(1)}"
        elif re.fullmatch(r"[Qq]?\s*[1-9][0-9]*", text.strip()):
            fix = f"write it as Q{re.sub(r'[^0-9]', '', text)}"
        else:
            fix = "an item's id is Q and its number, as in Q7747"
        problems.error(node.loc, f"{what}: '{excerpt(text)}' is not a Wikidata id: {fix}", "bad-wikidata")
        return None

    def json_schema(self, defs):
        return self.described({"type": "string", "pattern": self.PATTERN})


class Enum(Text):
    """One of a fixed set of words."""

    def __init__(self, choices: tuple[str, ...], required: bool = False, doc: str = ""):
        super().__init__(required, doc)
        self.choices = tuple(choices)

    def check(self, text, node, problems, what):
        if text not in self.choices:
            problems.error(node.loc, f"{what}: '{excerpt(text)}' is not one of {', '.join(self.choices)}{did_you_mean(text, self.choices)}",
                           "bad-choice")
            return None
        return text

    def json_schema(self, defs):
        return self.described({"type": "string", "enum": list(self.choices)})


class Bool(Field):
    def validate(self, node, problems, what):
        if node.kind != "boolean":
            problems.error(node.loc, f"{what}: expected true or false, got {_got(node)}", "wrong-type")
            return None
        return node.value

    def json_schema(self, defs):
        return self.described({"type": "boolean"})


class Date(Field):
    """A real day, YYYY-MM-DD; with ``partial``, also YYYY-MM or YYYY."""

    def __init__(self, partial: bool = False, required: bool = False, doc: str = ""):
        super().__init__(required, doc)
        self.partial = partial

    def validate(self, node, problems, what):
        if node.kind == "date":
            return node.value.isoformat()
        if self.partial and node.kind == "number" and isinstance(node.value, int):
            text = str(node.value)
        elif node.kind == "text":
            text = node.value
        else:
            problems.error(node.loc, f"{what}: expected a date, got {_got(node)}", "wrong-type")
            return None
        parsed = parse_partial_date(text.strip())
        if parsed is None or (not self.partial and parsed[1] != "day"):
            shape = "YYYY-MM-DD, YYYY-MM or YYYY" if self.partial else "YYYY-MM-DD"
            problems.error(node.loc, f"{what}: invalid date '{excerpt(text)}' (expected a real date as {shape})", "bad-date")
            return None
        return parsed[0]

    def json_schema(self, defs):
        if self.partial:  # YAML reads an unquoted 2019 as a number: the validator accepts it too
            return self.described({"type": ["string", "integer"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$", "minimum": 1000, "maximum": 9999})
        return self.described({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"})


class ListOf(Field):
    def __init__(self, item: Field, required: bool = False, doc: str = ""):
        super().__init__(required, doc)
        self.item = item

    def validate(self, node, problems, what):
        if node.kind != "list":
            problems.error(node.loc, f"{what}: expected a list, got {_got(node)}", "wrong-type")
            return None
        out = Seq(node.loc)
        for i, child in enumerate(node.value):
            before = len(problems.items)
            value = validate(child, self.item, problems, f"{what}[{i + 1}]")
            if isinstance(self.item, RecordOf) and len(problems.items) > before:
                continue  # a faulty record is left out, so later stages may trust every record
            # (so is one whose required value the YAML reader refused: validate gives None)
            if value is not None:
                out.append(value)
                out.locs.append(child.loc)
        return out

    def json_schema(self, defs):
        return self.described({"type": "array", "items": self.item.json_schema(defs)})


class MapOf(Field):
    """A mapping from entity ids to values."""

    def __init__(self, item: Field, required: bool = False, doc: str = ""):
        super().__init__(required, doc)
        self.item = item

    def validate(self, node, problems, what):
        if node.kind != "mapping":
            problems.error(node.loc, f"{what}: expected a mapping, got {_got(node)}", "wrong-type")
            return None
        out = Rec(node.loc)
        for key, child in node.value.items():
            if not ID_RE.match(key):
                problems.error(child.key_loc, f"{what}: '{excerpt(key)}' is not an id (lowercase letters, digits, hyphens)", "bad-id")
                continue
            value = validate(child, self.item, problems, f"{what}.{key}")
            if value is not None:
                out[key] = value
                out.locs[key] = child.loc
        return out

    def json_schema(self, defs):
        return self.described({"type": "object", "propertyNames": {"pattern": ID_RE.pattern},
                               "additionalProperties": self.item.json_schema(defs)})


class RecordOf(Field):
    def __init__(self, record: "Record", required: bool = False, doc: str = ""):
        super().__init__(required, doc)
        self.record = record

    def validate(self, node, problems, what):
        return _validate_record(node, self.record, problems, what)

    def json_schema(self, defs):
        name = "-".join(self.record.name.split())
        if name not in defs:
            defs[name] = {}  # reserve the name first: records may nest
            defs[name] = self.record.json_schema(defs)
        return self.described({"$ref": f"#/$defs/{name}"})


class SourceOf(Field):
    """A source: its http(s) address, or a mapping that also names the page
    (``{url, title, publisher, date}``), so that readers see a title and a
    publisher rather than a bare domain."""

    def validate(self, node, problems, what):
        if node.kind == "mapping":
            fields = _validate_record(node, SOURCE, problems, what)
            if not fields:
                return None
            return Source(fields["url"], fields.get("title", ""), fields.get("publisher", ""), fields.get("date", ""))
        url = URL.validate(node, problems, what)
        return Source(url) if url is not None else None

    def json_schema(self, defs):
        return self.described({"anyOf": [URL.json_schema(defs), RecordOf(SOURCE).json_schema(defs)]})


@dataclass(frozen=True)
class Record:
    name: str
    fields: dict[str, Field]
    doc: str = ""

    def json_schema(self, defs: dict[str, dict]) -> dict:
        out: dict = {"title": self.name}
        if self.doc:
            out["description"] = self.doc
        out["type"] = "object"
        out["properties"] = {key: spec.json_schema(defs) for key, spec in self.fields.items()}
        required = [key for key, spec in self.fields.items() if spec.required]
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out


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

URL = Url(doc="An http(s) address.")
SOURCE = Record("source", {
    "url": Url(required=True, doc="The page's http(s) address."),
    "title": Shown(doc="The page's title, as the page gives it."),
    "publisher": Shown(doc="Who published it."),
    "date": Date(partial=True, doc="When it was published: YYYY-MM-DD, YYYY-MM or YYYY."),
}, "A source with what is known of the page it names.")
SOURCES = ListOf(SourceOf(doc="An http(s) address, or {url, title, publisher, date}."), doc="Sources: http(s) addresses, or {url, title, publisher, date}.")
PHRASES = ListOf(Text(), doc="Phrases copied exactly from the article; each resolves to the sentence that holds it.")
KINDS = ("person", "organization", "media", "country", "place", "group")

ARTICLE = Record(
    "article front matter",
    {
        "title": Shown(required=True, doc="The headline, verbatim."),
        "published": Date(required=True, doc="Publication date, YYYY-MM-DD."),
        "language": Enum(("id", "en"), required=True, doc="Language of the article text."),
        "publisher": Shown(doc="Who published the article."),
        "url": Url(doc="The original article."),
        "author": Shown(doc="Who wrote it."),
        "license": Shown(doc="Under which terms the text is reproduced."),
        "draft": Bool(doc="true: not yet published. `mkdocs build` leaves the story out (its pages, the sitemap, "
                          "search, the entity pages); `mkdocs serve` shows it with a draft banner."),
    },
    "Front matter of content/stories/<slug>/article.md.",
)

BACKGROUND_FACT = Record(
    "background fact",
    {"text": Shown(required=True), "source": SourceOf(required=True, doc="Where the fact is published: an address or {url, title, publisher, date}.")},
)

ENTITY = Record(
    "entity",
    {
        "id": Id(required=True, doc="Stable id: lowercase letters, digits and hyphens. Used in URLs."),
        "name": Shown(required=True, doc="Display name."),
        "kind": Enum(KINDS, required=True),
        "aliases": ListOf(Text(), doc="Exact surface forms in articles (case-sensitive). The name is always an alias."),
        "role": Shown(doc="One line: who this is."),
        "background": ListOf(RecordOf(BACKGROUND_FACT), doc="Short background, one sourced fact per item."),
        "wikidata": WikidataId(doc="Wikidata item id such as Q7747 (checked against the item's page)."),
        "sources": SOURCES,
    },
    "One file per entity in content/entities/.",
)

CLAIM = Record(
    "claim",
    {
        "text": Shown(required=True, doc="The claim, in the editor's words."),
        "by": Id(doc="Entity id of who makes the claim; omit when the article itself makes it."),
        "cite": PHRASES,
        "sources": SOURCES,
        "highlight": Bool(doc="Show among the key claims on the overview."),
    },
)

ISSUE = Record(
    "issue",
    {
        "id": Id(required=True),
        "title": Shown(required=True),
        "summary": Shown(),
        "claims": ListOf(RecordOf(CLAIM)),
    },
)

SUMMARY_POINT = Record(
    "summary point",
    {"text": Shown(required=True), "cite": PHRASES, "sources": SOURCES},
)

EVENT = Record(
    "event",
    {
        "date": Date(partial=True, required=True, doc="YYYY-MM-DD, YYYY-MM or YYYY."),
        "end": Date(partial=True, doc="Last day of a multi-day event."),
        "title": Shown(required=True),
        "summary": Shown(),
        "entities": ListOf(Id()),
        "sources": ListOf(SourceOf(), required=True, doc="Where the event is reported: addresses or {url, title, publisher, date}."),
        "cite": ListOf(Text(), doc="Phrases of the article that tell of this same event: the timeline shows one entry."),
    },
)

KEY_DATE = Record(
    "key date",
    {
        "date": Date(partial=True, required=True, doc="YYYY-MM-DD, YYYY-MM or YYYY."),
        "end": Date(partial=True),
        "title": Shown(required=True, doc="What happened then, in a few words."),
        "cite": PHRASES,
        "sources": SOURCES,
    },
)

KEY_FACTS = Record(
    "key facts",
    {
        "who": ListOf(Id(), doc="Entity ids of the story's actors, in order (replaces the extracted line)."),
        "where": ListOf(Id(), doc="Entity ids of where it happens, in order (replaces the extracted line)."),
        "when": ListOf(RecordOf(KEY_DATE), doc="The dates that matter and what happened (replaces the extracted line)."),
    },
    "The overview's key facts, set by the editor; a line left out keeps the one made from the article.",
)

FIX = Record(
    "fix",
    {
        "date": Date(partial=True, doc="The right date of the time expression in the phrase (YYYY-MM-DD, YYYY-MM or YYYY)."),
        "end": Date(partial=True, doc="The right end of a range."),
        "speaker": Id(doc="Entity id of who really speaks in the sentence."),
        "kind": Enum(("direct", "reported", "belief"), doc="What the statement in the sentence really is."),
        "title": Shown(doc="The right title or role of the person the phrase names."),
    },
    "What a correction sets right: pages that derive data from the sentence use it.",
)

ANNOTATION = Record(
    "annotation",
    {
        "phrase": Text(required=True, doc="Exact phrase of the article the note stands beside."),
        "kind": Enum(("context", "correction", "unverified"), required=True),
        "text": Shown(required=True),
        "sources": SOURCES,
        "fix": RecordOf(FIX, doc="For a correction: the right value, used wherever the sentence's data is shown."),
    },
)

SPEAKER_OVERRIDE = Record(
    "speaker override",
    {
        "phrase": Text(required=True, doc="A phrase inside the statement."),
        "speaker": Id(doc="Entity id; omit to mark the speaker as unknown."),
        "kind": Enum(("direct", "reported", "belief")),
    },
)

DATE_OVERRIDE = Record(
    "date override",
    {
        "phrase": Text(required=True, doc="The time expression as written."),
        "value": Date(partial=True, required=True),
    },
)

NOTES = Record(
    "notes",
    {
        "summary": ListOf(RecordOf(SUMMARY_POINT), doc="The lede, one cited point per item."),
        "issues": ListOf(RecordOf(ISSUE), doc="Key issues for the 'what' page."),
        "events": ListOf(RecordOf(EVENT), doc="Background events for the timeline."),
        "annotations": ListOf(RecordOf(ANNOTATION)),
        "roles": MapOf(Shown(), doc="Entity id -> role in this story."),
        "aliases": MapOf(ListOf(Text()), doc="Entity id -> extra surface forms in this story."),
        "entities": ListOf(Id(), doc="Background entities the article does not name in full."),
        "speakers": ListOf(RecordOf(SPEAKER_OVERRIDE)),
        "dates": ListOf(RecordOf(DATE_OVERRIDE)),
        "ignore": ListOf(Text(), doc="Capitalised names that are not entities."),
        "key_facts": RecordOf(KEY_FACTS),
        "updated": Date(doc="YYYY-MM-DD: the newest date these notes changed (a correction added or changed); "
                            "shown as 'Diperbarui' with the story's corrections log."),
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


_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[^\s/?#@:\\\[\]]+)(:\d{1,5})?$")


def check_url(text: str) -> str | None:
    """An error message, or None when the URL is an absolute http(s) address
    whose host is plain: no user name or password ("https://site@other/"
    goes to "other"), no backslash, no whitespace. The host shown to readers
    (``host_of``) is then the host the link goes to."""
    try:
        parts = urlsplit(text)
        parts.port  # a port that is not a number raises here
    except ValueError:  # "https://[::1/": an unclosed IPv6 address
        return f"'{excerpt(text)}' is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return f"'{excerpt(text)}' is not an http(s) URL"
    if "@" in parts.netloc:
        return f"'{excerpt(text)}' carries a user name or password before '@': remove it (it would also hide where the link goes)"
    if text.split() != [text] or "\\" in text or not _HOST.match(parts.netloc):
        return f"'{excerpt(text)}' is not a valid URL"
    return None


def host_of(url: str) -> str:
    """The host a link goes to, as readers are shown it ("www." dropped)."""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def validate(node: Node | None, spec: Field, problems: Problems, what: str):
    """Check ``node`` against ``spec``; returns the plain value or None."""
    if node is None or node.kind == "invalid":  # an invalid node is already reported by the YAML reader
        return None
    return spec.validate(node, problems, what)


def _validate_record(node: Node, record: Record, problems: Problems, what: str):
    lead = f"{what}: " if what else ""
    if node.kind != "mapping":
        problems.error(node.loc, f"{lead}expected a mapping of fields, got {_got(node)}", "wrong-type")
        return None
    out = Rec(node.loc)
    for key, child in node.value.items():
        spec = record.fields.get(key)
        if spec is None:
            problems.error(child.key_loc, f"{lead}unknown field '{excerpt(key)}'{did_you_mean(key, record.fields)}", "unknown-field")
            continue
        value = validate(child, spec, problems, f"{what}.{key}" if what else key)
        if value is not None:
            out[key] = value
            out.locs[key] = child.loc
    complete = True
    for key, spec in record.fields.items():
        if spec.required and key not in node.value:
            problems.error(node.loc, f"{lead}missing required field '{key}'", "missing-field")
        if spec.required and key not in out:
            complete = False  # missing, or its value was refused (here or by the YAML reader)
    return out if complete else None


def validate_document(node: Node | None, record: Record, problems: Problems, path: str, what: str = ""):
    """Validate a whole YAML document; an empty document is an empty record.
    A document that did not parse is already reported: nothing more is said."""
    if node is None:
        empty = Rec(Location(path, 1, 1))
        for key, spec in record.fields.items():
            if spec.required:
                problems.error(Location(path, 1, 1), f"missing required field '{key}'", "missing-field")
        return empty
    if node.kind == "broken":
        return Rec(node.loc)
    out = _validate_record(node, record, problems, what)
    return Rec(node.loc) if out is None else out
