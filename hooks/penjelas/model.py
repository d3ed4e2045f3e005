"""Typed records passed from reading to extraction to rendering."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import Location


@dataclass(frozen=True)
class Sentence:
    id: str
    paragraph: int  # 1-based paragraph number
    index: int  # 1-based sentence number in the article
    text: str
    start: int  # offsets into the paragraph text
    end: int


@dataclass(frozen=True)
class Paragraph:
    id: str
    index: int
    text: str
    line: int  # 1-based line in article.md where the paragraph starts


class Source(str):
    """A source: its URL (it is the string itself, so it goes wherever a URL
    goes) with what the editor knows of the page it names."""

    title: str
    publisher: str
    date: str

    def __new__(cls, url: str, title: str = "", publisher: str = "", date: str = ""):
        self = super().__new__(cls, url)
        self.title, self.publisher, self.date = title, publisher, date
        return self

    def __reduce__(self):
        return Source, (str(self), self.title, self.publisher, self.date)

    @property
    def url(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Fact:
    text: str
    source: str


@dataclass
class Entity:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    background: list[Fact] = field(default_factory=list)
    wikidata: str = ""
    sources: list[str] = field(default_factory=list)
    curated: bool = True
    loc: Location | None = None
    # How sure extraction is of a detected entity (its name and kind): 1.0 for
    # a curated one. Below ``text.confidence.SHOWN`` it is a suggestion for the
    # editor, not shown to readers. ``rule``: what decided its kind.
    confidence: float = 1.0
    rule: str = ""

    @property
    def wikidata_url(self) -> str:
        """The Wikidata item's page ("" without an id): the entity page's link
        and its JSON-LD sameAs. The id's form is checked when it is read
        (reading/schema.WikidataId)."""
        return f"https://www.wikidata.org/wiki/{self.wikidata}" if self.wikidata else ""


@dataclass(frozen=True)
class Mention:
    entity: str  # entity id
    sentence: str  # sentence id
    text: str  # surface form, verbatim
    start: int  # offsets into the sentence text
    end: int
    via: str = "alias"  # alias, title (bare title referring back), detected


@dataclass
class Statement:
    speaker: str | None  # entity id
    speaker_text: str
    verb: str
    kind: str  # direct, reported, belief
    text: str  # verbatim
    sentences: list[str]
    resolved_by: str = "name"  # name, continuation, pronoun, override, none
    rule: str = ""  # the name of the rule that found it (text/statements.py), or "editor"
    confidence: float = 1.0  # how sure extraction is of the speaker; below text.confidence.SHOWN: a suggestion


@dataclass
class TimeExpression:
    text: str
    sentence: str
    value: str | None  # ISO 8601, reduced precision allowed
    precision: str  # day, month, year, decade, time, unknown
    start: int = 0
    end: int = 0
    weekday: str | None = None  # weekday named in the text, if any
    weekday_ok: bool | None = None
    end_value: str | None = None  # for ranges
    time: str | None = None  # "13:21 WIB"
    # "later this month": the days of the period it means (after publication; "earlier": before it),
    # while ``value`` is the period itself
    within: tuple[str, str] | None = None
    rule: str = ""  # the name of the rule that found it (text/lang/<code>.py), or "editor"


@dataclass
class Point:
    text: str
    sentences: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class Claim:
    text: str
    by: str | None
    sentences: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    highlight: bool = False


@dataclass
class Issue:
    id: str
    title: str
    summary: str = ""
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Event:
    date: str
    precision: str
    title: str
    origin: str  # article or background
    summary: str = ""
    end: str | None = None
    sentences: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    weekday_ok: bool | None = None
    weekday: str | None = None
    text: str = ""  # the words of the article, for article events
    texts: list[str] = field(default_factory=list)  # every phrase of the article that dates this event


@dataclass(frozen=True)
class Fix:
    """What a correction sets right, for the data derived from its sentence
    (the article's own words still show beside it)."""

    date: str = ""  # the right date (YYYY-MM-DD, YYYY-MM or YYYY) of the time expression the phrase holds
    end: str = ""
    speaker: str = ""  # entity id: who really speaks in the sentence
    kind: str = ""  # direct, reported or belief: what the statement really is
    title: str = ""  # the right title of the person the phrase names


@dataclass
class Annotation:
    kind: str  # context, correction, unverified
    phrase: str
    text: str
    sentence: str
    sources: list[str] = field(default_factory=list)
    fix: Fix | None = None
    number: int = 0  # its place among the annotations of its sentence (1, 2...): the note's anchor is note-<sentence>-<number>


@dataclass
class Meta:
    slug: str
    title: str
    published: str
    language: str
    publisher: str = ""
    url: str = ""
    author: str = ""
    license: str = ""
    draft: bool = False  # kept out of `mkdocs build`; shown under `mkdocs serve` with a draft banner


# --- notes.yml, validated and typed (still in the editor's terms: phrases and ids) ---

@dataclass(frozen=True)
class Ref:
    """A value the editor wrote (an entity id, a phrase), with where it is written."""

    value: str
    loc: Location


@dataclass
class SummaryNote:
    text: str
    cites: list[Ref]
    sources: list[str]
    loc: Location
    has_cite: bool = False  # a 'cite' field was written (its phrases may still be missing)


@dataclass
class ClaimNote:
    text: str
    by: Ref | None
    cites: list[Ref]
    sources: list[str]
    highlight: bool
    loc: Location
    has_cite: bool = False


@dataclass
class IssueNote:
    id: Ref
    title: str
    summary: str
    claims: list[ClaimNote]
    loc: Location


@dataclass
class EventNote:
    date: str
    end: str | None
    title: str
    summary: str
    entities: list[Ref]
    sources: list[str]
    loc: Location
    cites: list[Ref] = field(default_factory=list)  # phrases of the article that tell of this same event


@dataclass
class AnnotationNote:
    phrase: Ref
    kind: str
    text: str
    sources: list[str]
    loc: Location
    fix: Fix | None = None
    fix_speaker: Ref | None = None  # where the fix's speaker id is written


@dataclass
class SpeakerNote:
    phrase: Ref
    speaker: Ref | None  # None: the speaker is unknown
    kind: str | None
    loc: Location


@dataclass
class DateNote:
    phrase: Ref
    value: str
    loc: Location


@dataclass
class KeyFactsNote:
    """The overview's key facts as the editor sets them (a line left out keeps the extracted one)."""

    who: list[Ref] = field(default_factory=list)
    where: list[Ref] = field(default_factory=list)
    when: list["EventNote"] = field(default_factory=list)
    given: frozenset[str] = frozenset()  # which of who, where, when the notes set


@dataclass
class Notes:
    """notes.yml, validated: typed records, each with the place it is written."""

    summary: list[SummaryNote] = field(default_factory=list)
    issues: list[IssueNote] = field(default_factory=list)
    events: list[EventNote] = field(default_factory=list)
    annotations: list[AnnotationNote] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # entity id -> role in this story
    role_locs: dict[str, Location] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    alias_locs: dict[str, Location] = field(default_factory=dict)
    entities: list[Ref] = field(default_factory=list)
    speakers: list[SpeakerNote] = field(default_factory=list)
    dates: list[DateNote] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    key_facts: KeyFactsNote = field(default_factory=KeyFactsNote)
    updated: str = ""  # YYYY-MM-DD: when the notes last changed, as the editor says (shown with the corrections log)
    path: str = ""
    digest: str = ""  # of the file as read: it determines everything above


@dataclass
class Article:
    meta: Meta
    paragraphs: list[Paragraph]
    path: str
    body_line: int  # line of article.md where the body starts
    notes: Notes = field(default_factory=Notes)
    digest: str = ""  # of article.md as read, its path and its notes: it determines everything above


@dataclass
class Story:
    """Everything extracted and curated for one article, ready to render."""

    meta: Meta
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    entities: list[Entity]  # entities of this story, ordered by first mention
    mentions: list[Mention]
    statements: list[Statement]
    time_expressions: list[TimeExpression]
    timeline: list[Event]
    issues: list[Issue]
    summary: list[Point]
    annotations: list[Annotation]
    roles: dict[str, str] = field(default_factory=dict)
    source_path: str = ""  # article.md, as shown in messages
    digest: str = ""  # of everything the story was made from (site.extract_stories): the pages' cache key
    notes_path: str = ""  # notes.yml, when the story has one
    key_facts: dict = field(default_factory=dict)  # the lines the editor sets: "who", "where" (entity ids), "when" (events)
    updated: str = ""  # notes.yml's `updated` (YYYY-MM-DD): the newest date the notes changed; "" when not given
    # What extraction found but is not sure of: shown to the editor (coverage
    # report, story.json "suggestions"), never to readers.
    held_entities: list[Entity] = field(default_factory=list)
    held_mentions: list[Mention] = field(default_factory=list)
    held_statements: list[Statement] = field(default_factory=list)

    def sentence(self, sid: str) -> Sentence:
        return self._by_id[sid]

    def annotations_of(self, sid: str) -> list[Annotation]:
        """The annotations that stand beside sentence ``sid``."""
        return self._notes.get(sid, [])

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.sentences}
        self._notes: dict[str, list[Annotation]] = {}
        for a in self.annotations:
            self._notes.setdefault(a.sentence, []).append(a)
