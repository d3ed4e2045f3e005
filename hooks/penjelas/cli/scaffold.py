"""`penjelas story`: start a story from a text file, and keep its notes fresh.

Creates content/stories/<slug>/article.md (front matter filled in or guessed,
the text verbatim) and a notes.yml pre-filled from extraction: names with no
entity note, statements with their speakers, dates with their values. Every
guess carries a ``# REVIEW:`` comment; `penjelas check` lists those that are
left, and ``check --strict`` fails until an editor has looked at each one.

Everything in the generated notes.yml is commented out, so the site builds
as soon as the story exists: curation starts from extraction, never from a
blank file, and nothing unchecked reaches the pages.

`penjelas story --refresh SLUG` (make refresh SLUG=...) renews that scaffold
once editors have worked on it, since its comments go stale: a role still
says "no entity note yet" after the note was written, a statement whose
speaker the editor set is still offered. The story is built as it now is,
with the notes applied, and only what is still open is suggested again
(``notes_sections``); the first scaffold is made by the same code. article.md
is never touched.

Which lines are the scaffold's. A refresh rewrites these and nothing else;
every other line is the editor's and is kept byte for byte, in its order:
every line of live YAML (neither blank nor a comment), every line inside a
multi-line scalar (a ``|`` text may hold "# ..."), and every comment that is
not one of the following (``classify``):

1. the header: within the comments that open the file, the line
   ``# yaml-language-server: $schema=...notes.schema.json``, the line
   ``# Notes for <path>``, and the fixed lines of ``HEADER_PROSE`` (the bare
   ``#`` among them);
2. a section ruler: ``# --- <title> ---...`` whose title begins as one of the
   six sections' (``RULER_TITLES``: Summary, Names with no entity note,
   Roles, Statements, Dates, Key issues);
3. a section's fixed explanation (``PROSE``; the Dates one with any date);
4. a review line of one of the four forms the scaffold writes
   (``REVIEW_FORMS``), commented out or not, at any indentation: the
   summary's; a name's, ending ``-> content/entities/<id>.yml``; a
   statement's, ``<file>:<line>:<col>, <kind>, verb '<verb>': ...``; a date's,
   ``<file>:<line>:<col>, '<phrase>' -> ...``. A review line in other words
   (``# REVIEW: ask the desk``) is the editor's;
5. a commented-out top-level key of the notes, alone on its line
   (``# speakers:``; any field of ``schema.NOTES``);
6. a role line, ``#   <entity-id>: ""``, bare or followed by
   ``  # no entity note yet``;
7. inside a run, a commented-out entry ``#   <key>: ...`` or
   ``#   - <key>: ...`` whose key is a field of ``schema.NOTES`` or of a record
   nested in it (``ENTRY_KEYS``), and a commented-out list item
   ``#   - ...`` (the names under ``ignore``). A run starts at a line of 4 or
   5 and ends at a blank line, a line of live YAML (or of a multi-line
   text), a ruler or a line of explanation; the editor's own comments do
   not end it. So an entry the editor commented out after a blank line or
   after their own YAML stays theirs, but one right under a scaffold entry
   (or under a commented key such as ``# dates:``) is taken as the
   scaffold's.

Blank lines are layout: one that stands between two of the editor's lines
(with nothing written in between) is kept, the others are made again.
Where the scaffold's lines go is told in ``merge_notes``. Before writing, the refreshed file is
held to the old one (``refresh``): the same YAML, the same editor's lines,
unchanged by a second refresh, and no new error from `check`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..reading import schema, yamlio
from ..errors import Problem, Problems, did_you_mean
from ..notes import build_story
from ..model import Entity, Story
from ..report import position
from ..site import build_site
from ..reading.sources import FRONT_MATTER_FENCE, NotUtf8, decode_utf8, read_article, read_content, read_text
from ..text import mentions as mention_text
from ..text.lang import language as language_rules

SCHEMA_DIR = "../../../schemas"  # from content/stories/<slug>/

# Common words, to tell Indonesian from English text.
ID_WORDS = frozenset("yang dan di ini itu dengan untuk dari pada akan tidak dalam adalah ke juga oleh bahwa telah atau "
                     "karena mereka tersebut kata sebagai".split())
EN_WORDS = frozenset("the and of to in is that was for with on as by are it his her from at said has have were "
                     "be this".split())
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ']+")
HEADLINE_MAX_WORDS = 16
HEADLINE_ENDINGS = ".,;:"  # a first line ending like this is a sentence, not a headline
SENTENCE_INSIDE_RE = re.compile(r"[.!?][\"”’)]*\s+\S")  # a sentence ends before the line does
PHRASE_WORDS = 8  # a statement is named by its first words in notes.yml


class ScaffoldError(Exception):
    """A message for the editor; the CLI prints it and exits 1."""


@dataclass
class Draft:
    """article.md before it is written: front matter, body, and what was guessed."""

    slug: str
    title: str
    published: str
    language: str
    body: str
    extra: dict[str, str] = field(default_factory=dict)  # publisher, url, author, license
    guesses: dict[str, str] = field(default_factory=dict)  # field -> why it is a guess


# --- reading the text -----------------------------------------------------

def decode(data: bytes, shown: str) -> str:
    try:
        return decode_utf8(data)
    except NotUtf8 as error:
        raise ScaffoldError(f"{shown}:{error.line}:{error.col}: not valid UTF-8 (byte 0x{error.byte:02x}): save the file as UTF-8 and try again") from None


def split_input(text: str) -> tuple[dict, str]:
    """(front matter fields, body); a plain text file has no front matter."""
    lines = text.split("\n")
    if lines and lines[0].strip() == FRONT_MATTER_FENCE:
        for i in range(1, len(lines)):
            if lines[i].strip() == FRONT_MATTER_FENCE:
                try:
                    fields = yaml.safe_load("\n".join(lines[1:i])) or {}
                except yaml.YAMLError as error:
                    raise ScaffoldError(f"the front matter of the text is not valid YAML: {error}")
                if not isinstance(fields, dict):
                    raise ScaffoldError("the front matter of the text is not a mapping of fields")
                known = {k: (v.isoformat() if isinstance(v, dt.date) else str(v))
                         for k, v in fields.items() if k in schema.ARTICLE.fields and v is not None}
                return known, "\n".join(lines[i + 1:])
    return {}, text


def paragraphs(body: str) -> list[str]:
    """Paragraphs, their words untouched. Text with no blank line at all (one
    paragraph per line, as some sites copy) gets one paragraph per line."""
    lines = [line.strip() for line in body.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if lines and all(lines):
        return lines
    out, current = [], []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    return out


def detect_language(text: str) -> tuple[str, str]:
    """('id' or 'en', the evidence)."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    n_id = sum(w in ID_WORDS for w in words)
    n_en = sum(w in EN_WORDS for w in words)
    code = "en" if n_en > n_id else "id"
    return code, f"{n_id} common Indonesian words, {n_en} common English words"


def headline(paras: list[str]) -> str | None:
    """The first paragraph, when it looks like a headline: one short line,
    not ending like a sentence, with more text after it."""
    if len(paras) < 2:
        return None
    first = paras[0]
    words = first.split()
    if ("\n" in first or not 2 <= len(words) <= HEADLINE_MAX_WORDS or first[-1] in HEADLINE_ENDINGS
            or SENTENCE_INSIDE_RE.search(first)):
        return None
    return first


def find_date(text: str, lang: str) -> tuple[str, str] | None:
    """The first complete date written in the text: (YYYY-MM-DD, as written)."""
    months = language_rules(lang).months
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    patterns = [
        (re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{names})\.?\s+(?P<y>\d{{4}})\b", re.I), "dmy"),
        (re.compile(rf"\b(?P<mon>{names})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I), "mdy"),
        (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), "iso"),
        (re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b"), "dmy"),
    ]
    found = []
    for pattern, _ in patterns:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = months.get(g["mon"].lower()) if g.get("mon") else int(g["m"])
            try:
                value = dt.date(int(g["y"]), month, int(g["d"]))
            except (TypeError, ValueError):
                continue
            found.append((m.start(), value.isoformat(), m.group(0)))
    if not found:
        return None
    _, value, written = min(found)
    return value, written


def make_draft(text: str, slug: str, today: dt.date, title: str | None = None,
               published: str | None = None, language: str | None = None) -> Draft:
    """Front matter and body for article.md: given values first, then the
    text's own front matter, then guesses (each recorded in ``guesses``)."""
    fields, body = split_input(text)
    paras = paragraphs(body)
    if not paras:
        raise ScaffoldError("the text is empty: paste the article into the file and try again")
    guesses: dict[str, str] = {}
    title = title or fields.get("title")
    if not title:
        line = headline(paras)
        if line:
            title = line
            paras = paras[1:]
            guesses["title"] = "taken from the first line of the text (removed from the body): check it is the headline, verbatim"
        else:
            title = slug.replace("-", " ").capitalize()
            guesses["title"] = "made from the slug (the first line of the text is not a headline): write the headline, verbatim"
    language = language or fields.get("language")
    if not language:
        language, evidence = detect_language(body)
        guesses["language"] = f"detected: {evidence}"
    if language not in ("id", "en"):
        raise ScaffoldError(f"language '{language}' is not one of id, en")
    published = published or fields.get("published")
    if not published:
        found = find_date("\n\n".join(paras), language)
        if found:
            published = found[0]
            guesses["published"] = f"the first complete date in the text, '{found[1]}': check it is the publication date"
        else:
            published = today.isoformat()
            guesses["published"] = ("today's date: the text has no complete date. Dates in the article are read "
                                    "against it, so set the real publication date (YYYY-MM-DD)")
    if schema.parse_partial_date(str(published)) is None or len(str(published)) != 10:
        raise ScaffoldError(f"published '{published}' is not a real date as YYYY-MM-DD")
    extra = {k: fields[k] for k in ("publisher", "url", "author", "license") if fields.get(k)}
    return Draft(slug, title, str(published), language, "\n\n".join(paras) + "\n", extra, guesses)


# --- writing YAML -----------------------------------------------------------

PLAIN_RE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:]*(?<!\s)$")


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same
    string, else double-quoted (JSON escaping is valid YAML)."""
    try:
        plain_ok = PLAIN_RE.match(text) and yaml.safe_load(text) == text
    except yaml.YAMLError:
        plain_ok = False
    return text if plain_ok else json.dumps(text, ensure_ascii=False)


def render_article(draft: Draft) -> str:
    lines = [FRONT_MATTER_FENCE, f"# yaml-language-server: $schema={SCHEMA_DIR}/article.schema.json"]
    for key, value in (("title", draft.title), ("published", draft.published), ("language", draft.language)):
        if key in draft.guesses:
            lines.append(f"# REVIEW: {key}: {draft.guesses[key]}")
        lines.append(f"{key}: {value if key != 'title' else scalar(value)}")
    for key in ("publisher", "url", "author", "license"):
        if key in draft.extra:
            lines.append(f"{key}: {scalar(draft.extra[key])}")
        else:
            lines.append(f"# {key}: {schema.ARTICLE.fields[key].doc}")
    lines.append(FRONT_MATTER_FENCE)
    return "\n".join(lines) + "\n" + draft.body


def flow(text: str) -> str:
    """A scalar inside [ ]: always quoted, since commas end plain ones there."""
    return json.dumps(text, ensure_ascii=False)


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _phrase(text: str, others: list[str]) -> str:
    """The first words of ``text``, as few as make it unique among ``others``."""
    words = list(re.finditer(r"\S+", text))
    n = min(PHRASE_WORDS, len(words))
    while True:
        phrase = text[: words[n - 1].end()] if words else text
        if n >= len(words) or sum(phrase in o for o in others) <= 1:
            return phrase.strip()
        n += 1


# --- notes.yml: its sections ------------------------------------------------
#
# Both the first scaffold and `--refresh` make notes.yml from the same
# sections, so that a refreshed file reads like a new one. Every line that
# a section writes is recognised again by ``classify`` (the fixed texts are
# kept here, once); nothing else in notes.yml is ever the scaffold's.

HEADER_PROSE = (
    "#",
    "# Pre-filled by `make story` from what extraction found. Everything is",
    "# commented out, so the site builds as it is. Work down the file: uncomment",
    "# an entry (and its section key) to correct extraction, then delete the",
    "# review line above it. `make check` lists the review lines still here, and",
    "# `make check ARGS=--strict` fails until none is left.",
)
SUMMARY_REVIEW = "# REVIEW: write the summary (each `cite` is a phrase copied exactly from the article)"
NAMES_PROSE = (
    "# For each name: a person, organisation or place gets a note in",
    "# content/entities/<id>.yml (README: entity notes); anything else (a",
    "# heading, a common word) is uncommented here under `ignore`.",
)
STATEMENTS_PROSE = (
    "# Each statement found, with the speaker extraction resolved. If a speaker",
    "# or kind is wrong, uncomment `speakers:` and the entry and fix it: `speaker`",
    "# is an entity id (leave the line out when the speaker is unknown); `kind` is",
    "# direct, reported or belief.",
)
DATES_PROSE = (
    "# Each time expression, read against published: {published}. If a value",
    "# is wrong, uncomment `dates:` and the entry and fix `value` (YYYY-MM-DD,",
    "# YYYY-MM or YYYY).",
)
# What a section says when it has nothing to suggest: none found at all, or
# every one already settled in the notes.
NAMES_NONE = "# Every name in the article has an entity note."
NAMES_DONE = "# Every name in the article has an entity note or is in `ignore`."
ROLES_NONE = "# The article names no entity."
ROLES_DONE = "# Every entity named in the article has its role in these notes."
STATEMENTS_NONE = "# Extraction found no statement (quotes or reported speech)."
STATEMENTS_DONE = "# The speaker of every statement is set in these notes."
DATES_NONE = "# Extraction found no date in the article."
DATES_DONE = "# The value of every date is set in these notes."
TEMPLATE_KEYS = ("issues", "events", "annotations")


@dataclass
class Section:
    """One part of notes.yml: a ruler line, what to do (``prose``), and the
    suggestions still open (``entries``), each a list of YAML lines relative
    to the list's indentation, commented out when written. ``key`` is the
    notes field the entries belong under; ``lead`` goes above the commented
    key (the summary's review line). The template section (key None) holds
    whole commented top-level fields."""

    name: str
    ruler: str
    key: str | None
    entries: list[list[str]] = field(default_factory=list)
    prose: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    empty: str = ""  # said when nothing is open


def header_lines(article_path: str, schema_dir: str = SCHEMA_DIR) -> list[str]:
    """The comments that open notes.yml; ``schema_dir`` is schemas/ as seen
    from the story's folder (deeper when stories are grouped in folders)."""
    return [f"# yaml-language-server: $schema={schema_dir}/notes.schema.json", f"# Notes for {article_path}", *HEADER_PROSE]


def notes_sections(story: Story, auto: list[Entity], registry: dict[str, Entity], published: str,
                   article_name: str = "article.md", notes: dict | None = None) -> list[Section]:
    """The six sections of notes.yml, holding only what is still open in
    ``story`` as it builds with its notes applied: names with no entity note
    (an ignored name is not extracted), roles not given, statements whose
    speaker the notes do not set, dates the notes do not set, a summary when
    there is none, and the issues/events/annotations template when the notes
    hold none of them. ``notes`` is notes.yml as plain YAML (None: a new
    story): fields written there are not suggested again, even when they do
    not validate, so that uncommenting a suggestion never repeats a key."""
    notes = notes if isinstance(notes, dict) else {}
    sent = {s.id: s for s in story.sentences}

    def at(sid: str, offset: int = 0) -> str:
        line, col = position(story, sent[sid], offset)
        return f"{article_name}:{line}:{col}"

    first = _phrase(story.sentences[0].text, [])
    out = []

    summary = Section("summary", "# --- Summary: the lede, two or three points, each citing the article ------", "summary",
                      lead=(SUMMARY_REVIEW,))
    if not story.summary:
        summary.entries.append([f"- text: {scalar('…')}", f"  cite: [{flow(first)}]"])
    out.append(summary)

    # Names: auto-detected entities of this story, in order of first mention.
    by_entity: dict[str, list] = {}
    for m in story.mentions:
        by_entity.setdefault(m.entity, []).append(m)
    ignored = {str(x) for x in notes.get("ignore") or [] if isinstance(x, (str, int, float))} if isinstance(notes.get("ignore"), list) else set()
    autos = [e for e in auto if by_entity.get(e.id)]
    autos.sort(key=lambda e: position(story, sent[by_entity[e.id][0].sentence], by_entity[e.id][0].start))
    names = Section("names", "", "ignore", prose=NAMES_PROSE, empty=NAMES_DONE if ignored else NAMES_NONE)
    for e in autos:
        forms = [form for form in e.aliases if form not in ignored]
        if not forms:
            continue
        ms = by_entity[e.id]
        m = ms[0]
        count = f"{len(ms)} mentions" if len(ms) > 1 else "1 mention"
        review = (f"# REVIEW: '{e.name}' ({e.kind}?), {count}, first at {at(m.sentence, m.start)}: "
                  f"\"{_short(sent[m.sentence].text)}\" -> content/entities/{e.id}.yml")
        names.entries.append([review] + [f"- {scalar(form)}" for form in forms])
    names.ruler = f"# --- Names with no entity note ({len(names.entries)}) " + "-" * 40
    out.append(names)

    # Roles of every entity named in this story.
    written = notes.get("roles") if isinstance(notes.get("roles"), dict) else {}
    named = [e for e in story.entities if by_entity.get(e.id)]
    roles = Section("roles", "# --- Roles: one line on each entity's part in this story " + "-" * 18, "roles",
                    empty=ROLES_DONE if named else ROLES_NONE)
    for e in named:
        if e.id not in story.roles and e.id not in written:
            roles.entries.append([f"{e.id}: \"\"" + ("" if e.curated else "  # no entity note yet")])
    out.append(roles)

    # Statements with their speakers, unless the notes set the speaker.
    texts = [st.text for st in story.statements]
    speakers = Section("speakers", "", "speakers", prose=STATEMENTS_PROSE,
                       empty=STATEMENTS_DONE if story.statements else STATEMENTS_NONE)
    for st in story.statements:
        if st.resolved_by == "override":
            continue
        s = sent[st.sentences[0]]
        offset = max(s.text.find(st.text[:40]), 0)
        if st.speaker:
            who = registry.get(st.speaker) or next((e for e in story.entities if e.id == st.speaker), None)
            how = {"continuation": "the last named speaker", "pronoun": "the person a pronoun refers to"}.get(st.resolved_by, "named in the sentence")
            speaker = f"{st.speaker} ({who.name if who else st.speaker_text}, {how})"
            if who is not None and not who.curated:
                speaker += ", no entity note yet"
        else:
            speaker = "NO SPEAKER found"
        speakers.entries.append([f"# REVIEW: {at(s.id, offset)}, {st.kind}, verb '{st.verb}': {speaker}: \"{_short(st.text, 50)}\"",
                                 f"- phrase: {scalar(_phrase(st.text, texts))}",
                                 f"  speaker: {st.speaker or '???'}",
                                 f"  kind: {st.kind}"])
    speakers.ruler = f"# --- Statements ({len(speakers.entries)}) and their speakers " + "-" * 30
    out.append(speakers)

    # Dates with their normalised values, unless the notes set the value.
    times = story.time_expressions
    dated = Section("dates", "", "dates", prose=tuple(line.format(published=published) for line in DATES_PROSE),
                    empty=DATES_DONE if times else DATES_NONE)
    for t in times:
        if t.rule == "editor":
            continue
        value, note = t.value, ""
        if t.precision == "minute" and value:
            value, note = value[:10], f" at {t.time or value[11:]}"
        if not value:
            what = "could not be normalised: give its value"
        elif t.precision not in ("day", "month", "year"):
            what = f"{value} ({t.precision}): an override can only give a day, month or year"
            value = None
        else:
            what = f"{value}{note}"
            if t.weekday_ok is False:
                what += f" -- but that is not a {t.weekday}: check `published`"
            elif t.weekday_ok:
                what += f" ({t.weekday}: weekday checked)"
        dated.entries.append([f"# REVIEW: {at(t.sentence, t.start)}, '{t.text}' -> {what}",
                              f"- phrase: {scalar(t.text)}",
                              f"  value: {scalar(value) if value else '???'}"])
    dated.ruler = f"# --- Dates ({len(dated.entries)}) and their values " + "-" * 40
    out.append(dated)

    template = Section("template", "# --- Key issues, background events, annotations (README: notes.yml) -------", None)
    if not (story.issues or story.annotations or any(e.origin == "background" for e in story.timeline)
            or any(key in notes for key in TEMPLATE_KEYS)):
        template.entries.append([
            "# issues:",
            "#   - id: first-issue",
            "#     title: …",
            "#     claims:",
            "#       - text: …",
            "#         by: an-entity-id",
            f"#         cite: [{flow(first)}]",
            "# events:",
            "#   - date: YYYY-MM-DD",
            "#     title: …",
            "#     sources: [https://…]",
            "# annotations:",
            f"#   - phrase: {scalar(first)}",
            "#     kind: context        # or correction, unverified",
            "#     text: …",
            "#     sources: [https://…]",
        ])
    out.append(template)
    return out


def commented(lines: list[str], indent: int) -> list[str]:
    """YAML lines commented out as an editor uncomments them: delete "# "
    and the line stands at ``indent``."""
    pad = " " * indent
    return [f"# {pad}{line}" for line in lines]


def section_entries(section: Section, indent: int) -> list[str]:
    """The open entries of a section whose key the notes already hold: they
    go at the end of that key's block, at the indentation of its items."""
    out = commented(list(section.lead), indent) if section.entries else []
    for entry in section.entries:
        out += commented(entry, indent)
    return out


def render_section(section: Section) -> list[str]:
    """A section where it usually stands: ruler, prose, the commented key and its entries."""
    out = [section.ruler]
    if not section.entries:
        return out + ([section.empty] if section.empty else [])
    out += list(section.prose)
    if section.key is None:
        for entry in section.entries:
            out += entry
        return out
    out += list(section.lead)
    out.append(f"# {section.key}:")
    for entry in section.entries:
        out += commented(entry, 2)
    return out


def render_notes(story: Story, auto: list[Entity], registry: dict[str, Entity], draft: Draft,
                 article_path: str) -> str:
    """notes.yml pre-filled from extraction: every entry commented out, each
    guess under a ``# REVIEW:`` line that says where it comes from."""
    chunks = [header_lines(article_path)]
    chunks += [render_section(s) for s in notes_sections(story, auto, registry, draft.published, Path(article_path).name)]
    return "\n".join(_join(chunks)) + "\n"


def _join(chunks: list[list[str]]) -> list[str]:
    """Chunks of lines, one blank line between each two."""
    out: list[str] = []
    for chunk in chunks:
        if chunk:
            if out:
                out.append("")
            out += chunk
    return out


# --- refreshing notes.yml -------------------------------------------------

def _schema_keys(spec, seen: set[int] | None = None) -> set[str]:
    """Every field name of the notes contract, nested records included."""
    seen = set() if seen is None else seen
    if id(spec) in seen:
        return set()
    seen.add(id(spec))
    if isinstance(spec, schema.Record):
        keys = set(spec.fields)
        for child in spec.fields.values():
            keys |= _schema_keys(child, seen)
        return keys
    if isinstance(spec, schema.RecordOf):
        return _schema_keys(spec.record, seen)
    if isinstance(spec, (schema.ListOf, schema.MapOf)):
        return _schema_keys(spec.item, seen)
    if isinstance(spec, schema.SourceOf):
        return _schema_keys(schema.SOURCE, seen)
    return set()


NOTES_KEYS = frozenset(schema.NOTES.fields)
ENTRY_KEYS = frozenset(_schema_keys(schema.NOTES))
HEADER_RES = [re.compile(r"^# yaml-language-server: \$schema=\S*notes\.schema\.json$"), re.compile(r"^# Notes for \S.*$")]
RULER_RE = re.compile(r"^# --- (?P<title>.+?) -{3,}$")
RULER_TITLES = {"summary": "Summary:", "names": "Names with no entity note", "roles": "Roles:",
                "speakers": "Statements", "dates": "Dates", "template": "Key issues"}
SECTION_ORDER = tuple(RULER_TITLES)
PROSE = frozenset(NAMES_PROSE + STATEMENTS_PROSE + DATES_PROSE[1:] + (
    NAMES_NONE, NAMES_DONE, ROLES_NONE, ROLES_DONE, STATEMENTS_NONE, STATEMENTS_DONE, DATES_NONE, DATES_DONE))
DATES_PROSE_RE = re.compile(r"^# Each time expression, read against published: \S+\. If a value$")
REVIEW_LINE_RE = re.compile(r"^\s*(?:#\s+)?# REVIEW: (?P<text>.*?)\s*$")
# The review lines the scaffold writes, by what they review; the groups name the suggestion:
# a statement by its words, a date by its phrase, not by their place (an edit above them
# moves them, and their line is then renewed, not removed and added again).
REVIEW_FORMS = [
    ("summary", re.compile(re.escape(SUMMARY_REVIEW.removeprefix("# REVIEW: ")) + "$")),
    ("name", re.compile(r"^'.*' \([a-z]+\?\), \d+ mentions?, first at \S+:\d+:\d+: \".*\" -> content/entities/(?P<id>[a-z0-9][a-z0-9-]*)\.yml$")),
    ("statement", re.compile(r"^\S+:\d+:\d+, \w+, verb '.*': .*: \"(?P<quote>.*)\"$")),
    ("date", re.compile(r"^\S+:\d+:\d+, '(?P<text>.*)' -> .*$")),
]
COMMENTED_KEY_RE = re.compile(r"^# (?P<key>[a-z_]+):\s*$")
ENTRY_RE = re.compile(r"^#\s+(?:- )?(?P<key>[a-z_]+):(?:\s.*)?$")
ROLE_RE = re.compile(r"^#\s+(?P<id>[a-z0-9][a-z0-9-]*): \"\"(?:  # no entity note yet)?$")
ITEM_RE = re.compile(r"^#\s+- \S")


class RefreshError(ScaffoldError):
    """The refresh cannot be done safely: nothing was written."""


def _review(line: str) -> tuple | None:
    """(what, id) of a review line the scaffold writes, else None."""
    m = REVIEW_LINE_RE.match(line)
    if not m:
        return None
    for what, form in REVIEW_FORMS:
        found = form.match(m.group("text"))
        if found:
            return (what, *found.groups())
    return None


def protected_lines(text: str) -> set[int]:
    """0-based lines inside a multi-line scalar (a ``|`` block, a quoted text
    running on): there a line that looks like a comment is text."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return set()
    out: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            last = node.end_mark.line - (1 if node.end_mark.column == 0 else 0)
            out.update(range(node.start_mark.line + 1, last + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += [key, value]
    return out


def classify(lines: list[str], protected: set[int]) -> list[str]:
    """What each line of notes.yml is: "editor" (kept byte for byte), "blank",
    or one of the scaffold's kinds ("header", "ruler:<section>", "prose",
    "review", "key", "entry", "role", "item"), by the rules of the module
    docstring. Commented-out entries and list items count as the scaffold's
    only inside a run: one that a review line or a commented section key
    starts, and a blank line or a line of live YAML ends."""
    kinds: list[str] = []
    leading = True  # the header is only looked for in the comments that open the file
    run = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i in protected:
            kind, run, leading = "editor", False, False
        elif not stripped:
            kind, run, leading = "blank", False, False
        elif not stripped.startswith("#"):
            kind, run, leading = "editor", False, False
        elif leading and (line in HEADER_PROSE or any(r.match(line) for r in HEADER_RES)):
            kind = "header"
        elif (m := RULER_RE.match(line)) and (section := next((s for s, t in RULER_TITLES.items() if m.group("title").startswith(t)), None)):
            kind, run = f"ruler:{section}", False
        elif line in PROSE or DATES_PROSE_RE.match(line):
            kind, run = "prose", False
        elif _review(line):
            kind, run = "review", True
        elif (m := COMMENTED_KEY_RE.match(line)) and m.group("key") in NOTES_KEYS:
            kind, run = "key", True
        elif ROLE_RE.match(line):
            kind = "role"
        elif run and (m := ENTRY_RE.match(line)) and m.group("key") in ENTRY_KEYS:
            kind = "entry"
        elif run and ITEM_RE.match(line):
            kind = "item"
        else:
            kind = "editor"  # a comment of the editor's own; it does not end a run
        if not stripped.startswith("#"):
            leading = False
        kinds.append(kind)
    return kinds


def suggestions_in(lines: list[str], kinds: list[str]) -> dict[tuple, str]:
    """The open suggestions a notes.yml holds, each under a stable key (what
    it is about), with the line that states it: to count what a refresh
    renewed, removed and added."""
    out: dict[tuple, str] = {}
    for line, kind in zip(lines, kinds):
        if kind == "review":
            out.setdefault(_review(line), line.strip())
        elif kind == "role":
            out.setdefault(("role", ROLE_RE.match(line).group("id")), line.strip())
        elif kind == "key" and COMMENTED_KEY_RE.match(line).group("key") in TEMPLATE_KEYS:
            out.setdefault(("template",), "")
    return out


@dataclass
class _Region:
    """The lines from one section ruler to the next (the first region: from
    the top of the file to the first ruler)."""

    section: str | None
    lines: list[int] = field(default_factory=list)


def _live_blocks(text: str, lines: list[str], kinds: list[str], protected: set[int]) -> dict[str, tuple[int, int]]:
    """For each top-level key of the notes: (the 0-based line where its block's
    content ends, the indentation of its items)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    content = [i for i, kind in enumerate(kinds) if i in protected or (kind == "editor" and not lines[i].lstrip().startswith("#"))]
    starts = [key.start_mark.line for key, _ in root.value] + [len(lines)]
    out = {}
    for k, (key, value) in enumerate(root.value):
        if not isinstance(key, yaml.ScalarNode):
            continue
        inside = [i for i in content if starts[k] <= i < starts[k + 1]]
        indent = 2
        if isinstance(value, (yaml.SequenceNode, yaml.MappingNode)) and not value.flow_style and value.start_mark.line > key.start_mark.line:
            indent = value.start_mark.column
        out[str(key.value)] = (max(inside) if inside else key.start_mark.line, indent)
    return out


def _parts(section: Section, live: dict) -> tuple[list[str], list[str] | None]:
    """(the lines that open a section's region: ruler and prose; the
    commented block that goes where its old entries were, if any)."""
    if not section.entries:
        return render_section(section), None
    top = [section.ruler, *section.prose]
    if section.key in live:
        return top, None  # its entries go after the key's block
    return top, render_section(section)[len(top):]


def merge_notes(old: str, sections: list[Section], header: list[str]) -> str:
    """notes.yml with its scaffold lines renewed from ``sections`` and every
    line of the editor's kept, byte for byte and in order.

    The file is read as regions, one per section ruler. Each section is
    written again where its ruler stood: the ruler, its prose, then the
    editor's lines of that region, with the commented entries where the old
    ones began (after the prose when there were none). A section whose key is
    live YAML gets its entries at the end of that key's block instead, at the
    indentation of its items, so that uncommenting one repeats no key. A
    section the file does not have yet goes after the one before it (after
    everything, in a file written by hand), and only when it suggests
    something. A blank line between two lines of the editor's is kept; the
    other blank lines are the scaffold's layout, made again."""
    lines = old.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    protected = protected_lines(old)
    kinds = classify(lines, protected)
    if "editor" not in kinds:  # a new or empty file: the whole scaffold
        return "\n".join(_join([header] + [render_section(s) for s in sections])) + "\n"
    live = _live_blocks(old, lines, kinds, protected)
    by_name = {s.name: s for s in sections}

    regions = [_Region(None)]
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        if kind.startswith("ruler:"):
            section = kind.split(":", 1)[1]
            regions.append(_Region(section if section not in seen else None))  # a second ruler: its lines only
            seen.add(section)
        regions[-1].lines.append(i)

    after: dict[int, list[list[str]]] = {}  # an editor's line -> entries that go right after it
    for section in sections:
        if section.key in live and section.entries:
            end, indent = live[section.key]
            after.setdefault(end, []).append(section_entries(section, indent))
    # A blank line is kept when a line of the editor's stands on either side
    # of it and nothing is written in between.
    keep = [kind == "editor" for kind in kinds]
    previous = ""  # the kind of the last line that is not blank
    for i, kind in enumerate(kinds):
        if kind == "blank":
            keep[i] = previous == "editor"
        else:
            previous = "written after" if i in after else kind
    following = ""
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "blank":
            keep[i] = keep[i] and following == "editor"
        else:
            following = kinds[i]

    def body(region: _Region, block: list[str] | None) -> list[str]:
        kept = [i for i in region.lines if keep[i]]
        first = next((i for i in region.lines if kinds[i] in ("review", "key", "entry", "role", "item")), None)
        anchor = max((i for i in kept if first is not None and i < first), default=None)  # the block goes after it
        out: list[str] = []
        pending: list[list[str]] = [block] if block and anchor is None else []
        for i in kept:
            if pending:
                for chunk in pending:
                    out += chunk
                # a blank line after what was written, where the file had one, and always before
                # a comment of the editor's (it is not to be read as one of the entries above)
                if lines[i].lstrip().startswith("#") or (i and kinds[i - 1] == "blank"):
                    out.append("")
                pending = []
            out.append(lines[i])
            pending += after.get(i, [])
            if block and i == anchor:
                pending.append(block)
        for chunk in pending:
            out += chunk
        return out

    chunks: list[list[str]] = [header] if "header" in kinds else []
    present = {r.section for r in regions if r.section}
    for n, region in enumerate(regions):
        if region.section is None:
            chunks.append(body(region, None))
        else:
            top, block = _parts(by_name[region.section], live)
            chunks.append(top + body(region, block))
        if region.section is None and n:
            continue
        # the sections the file does not have yet follow the one before them
        start = SECTION_ORDER.index(region.section) + 1 if region.section else 0
        for name in SECTION_ORDER[start:]:
            if name in present:
                break
            section = by_name[name]
            if section.entries and section.key not in live:
                chunks.append(render_section(section))
    return "\n".join(_join(chunks)) + "\n"


# --- the command ----------------------------------------------------------

@dataclass
class Created:
    article: Path
    notes: Path
    draft: Draft
    story: Story
    auto: list[Entity]
    warnings: list[Problem] = field(default_factory=list)


def _check_slug(slug: str, example: str = "SLUG=kongres-diaspora-2017") -> None:
    if not slug:
        raise ScaffoldError(f"no SLUG given: name the story folder, e.g. {example}")
    if not schema.ID_RE.match(slug):
        raise ScaffoldError(f"SLUG '{slug}' is not a valid slug: use lowercase letters, digits and hyphens, "
                            f"e.g. '{mention_text.slugify(slug)}'")


def scaffold(text: str, slug: str, root: Path, today: dt.date, title: str | None = None,
             published: str | None = None, language: str | None = None) -> Created:
    """Write content/stories/<slug>/{article.md,notes.yml} under ``root``."""
    _check_slug(slug)
    content = root / "content"
    stories = content / "stories"
    folder = stories / slug
    if folder.exists():
        raise ScaffoldError(f"content/stories/{slug}/ already exists: choose another SLUG (nothing was overwritten)")
    elsewhere = next((p for p in stories.rglob(f"{slug}/article.md")), None) if stories.is_dir() else None
    if elsewhere is not None:
        raise ScaffoldError(f"a story with slug '{slug}' already exists in {elsewhere.parent.relative_to(root)}/: choose another SLUG")
    draft = make_draft(text, slug, today, title, published, language)
    existing = read_content(content, root) if content.is_dir() else None
    registry = dict(existing.entities) if existing else {}
    folder.mkdir(parents=True)
    try:
        article_path = folder / "article.md"
        article_path.write_text(render_article(draft), encoding="utf-8")
        problems = Problems()
        article = read_article(folder, root, problems)
        if article is None or problems.errors:
            raise ScaffoldError("the generated article.md does not validate:\n" + "\n".join(str(p) for p in problems.items))
        story, auto = build_story(article, registry, Problems())
        notes_path = folder / "notes.yml"
        notes_path.write_text(render_notes(story, auto, registry, draft, article.path), encoding="utf-8")
        warnings = _check_new_story(root, folder)
    except BaseException:
        shutil.rmtree(folder)  # created above by this call: leave nothing half-made
        raise
    return Created(article_path, notes_path, draft, story, auto, warnings)


def _settings(root: Path):
    from .check import Settings, read_settings

    config = root / "mkdocs.yml"
    return read_settings(config) if config.is_file() else Settings(root.resolve(), root.resolve() / "docs", "id")


def _check_new_story(root: Path, folder: Path) -> list[Problem]:
    """Check the whole site as `penjelas check` does; an error in the new story
    (its slug collides with a page, say) undoes it, warnings are returned."""
    from .check import run

    settings = _settings(root)
    prefix = folder.resolve().relative_to(settings.root).as_posix() + "/"
    mine = [p for p in run(settings).problems
            if p.location.path.startswith(prefix) and not p.message.startswith("marked for review")]
    errors = [p for p in mine if p.level == "error"]
    if errors:
        raise ScaffoldError("the new story would not build, so it was not created:\n" + "\n".join(map(str, errors)))
    return mine


@dataclass
class Refreshed:
    """What `story --refresh` did to notes.yml (suggestions counted by what they are about)."""

    notes: Path
    shown: str  # notes.yml as messages show it
    changed: bool
    created: bool  # the story had no notes.yml: it is scaffolded whole
    renewed: int  # still open, its review line written anew (it said something stale)
    removed: int  # no longer open: settled in the notes (or no longer found)
    added: int  # newly open
    still_open: int


def _find_story(root: Path, slug: str) -> Path:
    """The folder of story ``slug`` (stories may be grouped in folders)."""
    _check_slug(slug, "make refresh SLUG=kongres-diaspora-2017")
    stories = root / "content" / "stories"
    if not stories.is_dir():
        raise ScaffoldError(f"no content/stories/ folder in {root}: run it from the project folder, or pass --root")
    folder = stories / slug
    if (folder / "article.md").is_file():
        return folder
    found = next((p.parent for p in sorted(stories.rglob(f"{slug}/article.md"))), None)
    if found is not None:
        return found
    slugs = sorted({p.parent.name for p in stories.rglob("article.md")})
    hint = did_you_mean(slug, slugs)
    listed = f"; the stories are: {', '.join(slugs)}" if slugs and len(slugs) <= 12 and not hint else ""
    raise ScaffoldError(f"no story '{slug}' in content/stories/{hint}{listed} (nothing was changed)")


def _parsed(text: str):
    """notes.yml as plain data, to hold the refreshed file to the old one:
    yaml.safe_load, or, where it refuses a value the notes reader takes (a
    date that is no real day), the node tree with every tag and value."""
    try:
        return ("data", yaml.safe_load(text))
    except (yaml.YAMLError, ValueError, OverflowError):
        pass

    def tree(node):
        if node is None:
            return None
        if isinstance(node, yaml.MappingNode):
            return (node.tag, [(tree(k), tree(v)) for k, v in node.value])
        if isinstance(node, yaml.SequenceNode):
            return (node.tag, [tree(v) for v in node.value])
        return (node.tag, node.value)

    return ("tree", tree(yaml.compose(text, Loader=yaml.SafeLoader)))


def _editor_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line for line, kind in zip(lines, classify(lines, protected_lines(text))) if kind == "editor"]


def _errors(settings) -> list[Problem]:
    """The errors `penjelas check` reports for the whole site."""
    from .check import run

    return [p for p in run(settings).problems if p.level == "error"]


def _shown(path: Path, root: Path) -> str:
    """``path`` as messages show it: from the project folder."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def refresh(slug: str, root: Path) -> Refreshed:
    """Renew the scaffold's lines of content/stories/<slug>/notes.yml from
    the story as it now builds (``notes_sections``, ``merge_notes``); every
    line of the editor's is kept. Before anything is written the result is
    held to four promises, and nothing is written when one fails: the file
    says the same (equal YAML), the editor's lines are the same lines in the
    same order, refreshing it again changes nothing, and `check` finds no
    error it did not find before (else the old file is put back)."""
    folder = _find_story(root, slug)
    notes_path = folder / "notes.yml"
    shown = _shown(notes_path, root)
    settings = _settings(root)
    raw = b""
    if notes_path.exists():
        problems = Problems()
        if read_text(notes_path, shown, problems, "notes", root) is None:
            raise RefreshError("\n".join(map(str, problems.errors)) + "\nnotes.yml cannot be read, so it was not refreshed: fix it first "
                               "(nothing was changed)")
        raw = notes_path.read_bytes()
    old = decode_utf8(raw)
    problems = Problems()
    node = yamlio.load(old, shown, problems)
    if node is not None and node.kind == "broken":
        problem = problems.errors[0]
        raise RefreshError(f"{problem.location}: {problem.message}\nnotes.yml is not valid YAML, so it was not refreshed: "
                           "fix it first (nothing was changed)")

    content = read_content(root / "content", root)
    site = build_site(content)
    story = next((s for s in site.stories if s.meta.slug == slug), None)
    if story is None:
        prefix = _shown(folder, root) + "/"
        mine = [str(p) for p in content.problems.errors if p.location.path.startswith(prefix)]
        why = (f"{prefix} has errors, so the story cannot be read and its notes were not refreshed: "
               "fix them first (`make check` lists them)")
        raise RefreshError("\n".join(mine + [why]))
    auto = [e for s, e in site.suggestions if s is story]
    before = _parsed(old)
    notes = before[1] if before[0] == "data" else None
    sections = notes_sections(story, auto, content.entities, story.meta.published, Path(story.source_path).name, notes)
    header = header_lines(story.source_path, Path(os.path.relpath(root / "schemas", folder)).as_posix())
    new = merge_notes(old, sections, header)

    why = None
    if _parsed(new) != before:
        why = "the refreshed file would not say the same as the old one"
    elif _editor_lines(new) != _editor_lines(old):
        why = "the refreshed file would not keep every line the editor wrote, in order"
    elif merge_notes(new, sections, header) != new:
        why = "a second refresh would change the file again"
    if why:
        raise RefreshError(f"{shown}: {why}, so nothing was written. This is a bug in Penjelas: please report it with this notes.yml")

    old_lines, new_lines = old.split("\n"), new.split("\n")
    was = suggestions_in(old_lines, classify(old_lines, protected_lines(old)))
    now = suggestions_in(new_lines, classify(new_lines, protected_lines(new)))
    both = was.keys() & now.keys()
    result = Refreshed(notes_path, shown, False, not raw.strip(), sum(was[k] != now[k] for k in both), len(was.keys() - now.keys()),
                       len(now.keys() - was.keys()), len(now))
    if [line for line in old_lines if line.strip()] == [line for line in new_lines if line.strip()]:
        return result  # only blank lines would move: leave the file as it is
    # Comments cannot change what the notes say, but the promise is the site's:
    # errors are counted by file and code, since the lines they stand on move.
    errors_before = Counter((p.location.path, p.code) for p in _errors(settings))
    data = new.replace("\n", "\r\n") if b"\r\n" in raw else new
    notes_path.write_bytes((b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b"") + data.encode("utf-8"))
    try:
        after = _errors(settings)
    except BaseException:
        _restore(notes_path, raw)
        raise
    added = Counter((p.location.path, p.code) for p in after) - errors_before
    if added:
        _restore(notes_path, raw)
        listed = "\n".join(str(p) for p in after if (p.location.path, p.code) in added)
        raise RefreshError(f"{listed}\nthe refreshed notes.yml would add these errors, so the old one was put back: "
                           "this is a bug in Penjelas, please report it with this notes.yml")
    result.changed = True
    return result


def _restore(path: Path, raw: bytes) -> None:
    if raw:
        path.write_bytes(raw)
    else:
        path.unlink(missing_ok=True)


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="penjelas story",
        description="Create content/stories/<slug>/ from a text file: article.md with front matter, "
                    "and notes.yml pre-filled from extraction, each item marked for review. With --refresh SLUG, "
                    "renew the review lines and suggestions of an existing story's notes.yml instead, keeping "
                    "every line the editor wrote.")
    parser.add_argument("article", nargs="?", default="", help="the article as a UTF-8 text file (paragraphs separated by blank lines)")
    parser.add_argument("--slug", default="", help="the story's folder name and URL: lowercase letters, digits, hyphens")
    parser.add_argument("--title", help="the headline (default: the first line of the text, when it looks like one)")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (default: the first complete date in the text, else today)")
    parser.add_argument("--language", choices=("id", "en"), help="language of the text (default: detected)")
    parser.add_argument("--refresh", metavar="SLUG", help="renew the review lines and suggestions of content/stories/SLUG/notes.yml "
                                                          "from the story as it now builds (article.md is not touched)")
    parser.add_argument("--root", default=".", help="the project folder, holding content/ (default: .)")
    args = parser.parse_args(argv)
    root = Path(args.root)
    try:
        if args.refresh is not None:
            if args.article or args.slug or args.title or args.published or args.language:
                raise ScaffoldError("--refresh SLUG takes no ARTICLE, --slug, --title, --published or --language: "
                                    "it renews notes.yml only (make refresh SLUG=my-story)")
            return _print_refreshed(refresh(args.refresh, root))
        if not args.article:
            raise ScaffoldError("no ARTICLE given: make story ARTICLE=path/to/article.txt SLUG=my-story")
        source = Path(args.article)
        if not source.is_file():
            raise ScaffoldError(f"ARTICLE file not found: {args.article}")
        text = decode(source.read_bytes(), args.article)
        created = scaffold(text, args.slug, root, dt.date.today(), args.title or None, args.published or None, args.language)
    except ScaffoldError as error:
        print(f"penjelas story: {error}", file=sys.stderr)
        return 1
    draft = created.draft
    for path in (created.article, created.notes):
        print(f"created {path.relative_to(root) if not path.is_absolute() else path}")
    story = created.story
    print(f"  {_n(len(story.paragraphs), 'paragraph')}, {_n(len(story.sentences), 'sentence')}; in notes.yml, "
          f"marked for review: {_n(len(created.auto), 'name')} with no entity note, "
          f"{_n(len(story.statements), 'statement')}, {_n(len(story.time_expressions), 'date')}")
    for key, why in draft.guesses.items():
        value = getattr(draft, key)
        print(f"  {key}: {value}: {why}")
    for problem in created.warnings:
        print(f"  {problem}")
    if created.warnings:
        print("  (`make site` builds with --strict and stops on warnings; `make serve` shows the site anyway)")
    print("next: `make serve` to see the first draft, `make check` for what to review")
    return 0


def _print_refreshed(done: Refreshed) -> int:
    path = done.shown
    counts = (f"{_n(done.renewed, 'review line')} renewed, {_n(done.removed, 'suggestion')} removed as done, "
              f"{done.added} added ({done.still_open} still open)")
    if done.changed and done.created:
        print(f"created {path}: {_n(done.added, 'suggestion')} to review (the story had no notes)")
        print("article.md was not touched; next: `make check` lists the review lines")
    elif done.changed:
        print(f"refreshed {path}: {counts}")
        print("article.md was not touched; next: `make check` lists the review lines left")
    else:
        print(f"{path} is up to date: nothing to renew, remove or add ({_n(done.still_open, 'suggestion')} still open)")
    return 0
