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


@dataclass
class Citation:
    """A phrase the editor quoted, resolved to the sentence that holds it."""

    phrase: str
    sentence: str


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


@dataclass
class Annotation:
    kind: str  # context, correction, unverified
    phrase: str
    text: str
    sentence: str
    sources: list[str] = field(default_factory=list)


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


@dataclass
class Notes:
    """Validated notes.yml, still in the editor's terms (phrases, ids)."""

    raw: dict = field(default_factory=dict)
    path: str = ""
    digest: str = ""  # of the file as read: it determines ``raw``


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
    notes_path: str = ""  # notes.yml, when the story has one

    def sentence(self, sid: str) -> Sentence:
        return self._by_id[sid]

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.sentences}
