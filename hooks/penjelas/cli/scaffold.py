"""`penjelas story`: start a story from a text file.

Creates content/stories/<slug>/article.md (front matter filled in or guessed,
the text verbatim) and a notes.yml pre-filled from extraction: names with no
entity note, statements with their speakers, dates with their values. Every
guess carries a ``# REVIEW:`` comment; `penjelas check` lists those that are
left, and ``check --strict`` fails until an editor has looked at each one.

Everything in the generated notes.yml is commented out, so the site builds
as soon as the story exists: curation starts from extraction, never from a
blank file, and nothing unchecked reaches the pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..reading import schema
from ..errors import Problem, Problems
from ..notes import build_story
from ..model import Entity, Story
from ..report import position
from ..reading.sources import FRONT_MATTER_FENCE, NotUtf8, decode_utf8, read_article, read_content
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


def render_notes(story: Story, auto: list[Entity], registry: dict[str, Entity], draft: Draft,
                 article_path: str) -> str:
    """notes.yml pre-filled from extraction: every entry commented out, each
    guess under a ``# REVIEW:`` line that says where it comes from."""
    sent = {s.id: s for s in story.sentences}
    name = Path(article_path).name

    def at(sid: str, offset: int = 0) -> str:
        line, col = position(story, sent[sid], offset)
        return f"{name}:{line}:{col}"

    out = [
        f"# yaml-language-server: $schema={SCHEMA_DIR}/notes.schema.json",
        f"# Notes for {article_path}",
        "#",
        "# Pre-filled by `make story` from what extraction found. Everything is",
        "# commented out, so the site builds as it is. Work down the file: uncomment",
        "# an entry (and its section key) to correct extraction, then delete the",
        "# review line above it. `make check` lists the review lines still here, and",
        "# `make check ARGS=--strict` fails until none is left.",
        "",
        "# --- Summary: the lede, two or three points, each citing the article ------",
        "# REVIEW: write the summary (each `cite` is a phrase copied exactly from the article)",
        "# summary:",
    ]
    first = story.sentences[0].text
    out += [f"#   - text: {scalar('…')}", f"#     cite: [{flow(_phrase(first, []))}]", ""]

    # Names: auto-detected entities of this story, in order of first mention.
    by_entity: dict[str, list] = {}
    for m in story.mentions:
        by_entity.setdefault(m.entity, []).append(m)
    autos = [e for e in auto if by_entity.get(e.id)]
    autos.sort(key=lambda e: position(story, sent[by_entity[e.id][0].sentence], by_entity[e.id][0].start))
    out.append(f"# --- Names with no entity note ({len(autos)}) " + "-" * 40)
    if autos:
        out += [
            "# For each name: a person, organisation or place gets a note in",
            "# content/entities/<id>.yml (README: entity notes); anything else (a",
            "# heading, a common word) is uncommented here under `ignore`.",
            "# ignore:",
        ]
        for e in autos:
            ms = by_entity[e.id]
            m = ms[0]
            count = f"{len(ms)} mentions" if len(ms) > 1 else "1 mention"
            out.append(f"#   # REVIEW: '{e.name}' ({e.kind}?), {count}, first at {at(m.sentence, m.start)}: "
                       f"\"{_short(sent[m.sentence].text)}\" -> content/entities/{e.id}.yml")
            for form in e.aliases:
                out.append(f"#   - {scalar(form)}")
    else:
        out.append("# Every name in the article has an entity note.")
    out.append("")

    # Roles of every entity in this story.
    out += ["# --- Roles: one line on each entity's part in this story " + "-" * 18, "# roles:"]
    for e in story.entities:
        if by_entity.get(e.id):
            note = "" if e.curated else "  # no entity note yet"
            out.append(f"#   {e.id}: \"\"{note}")
    out.append("")

    # Statements with their speakers.
    texts = [st.text for st in story.statements]
    out.append(f"# --- Statements ({len(story.statements)}) and their speakers " + "-" * 30)
    if story.statements:
        out += [
            "# Each statement found, with the speaker extraction resolved. If a speaker",
            "# or kind is wrong, uncomment `speakers:` and the entry and fix it: `speaker`",
            "# is an entity id (leave the line out when the speaker is unknown); `kind` is",
            "# direct, reported or belief.",
            "# speakers:",
        ]
        for st in story.statements:
            s = sent[st.sentences[0]]
            offset = max(s.text.find(st.text[:40]), 0)
            if st.speaker:
                who = registry.get(st.speaker) or next((e for e in story.entities if e.id == st.speaker), None)
                how = {"continuation": "the last named speaker", "pronoun": "the person a pronoun refers to",
                       "override": "notes"}.get(st.resolved_by, "named in the sentence")
                speaker = f"{st.speaker} ({who.name if who else st.speaker_text}, {how})"
                if who is not None and not who.curated:
                    speaker += ", no entity note yet"
            else:
                speaker = "NO SPEAKER found"
            out.append(f"#   # REVIEW: {at(s.id, offset)}, {st.kind}, verb '{st.verb}': {speaker}: \"{_short(st.text, 50)}\"")
            out.append(f"#   - phrase: {scalar(_phrase(st.text, texts))}")
            out.append(f"#     speaker: {st.speaker or '???'}")
            out.append(f"#     kind: {st.kind}")
    else:
        out.append("# Extraction found no statement (quotes or reported speech).")
    out.append("")

    # Dates with their normalised values.
    times = story.time_expressions
    out.append(f"# --- Dates ({len(times)}) and their values " + "-" * 40)
    if times:
        out += [
            f"# Each time expression, read against published: {draft.published}. If a value",
            "# is wrong, uncomment `dates:` and the entry and fix `value` (YYYY-MM-DD,",
            "# YYYY-MM or YYYY).",
            "# dates:",
        ]
        for t in times:
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
            out.append(f"#   # REVIEW: {at(t.sentence, t.start)}, '{t.text}' -> {what}")
            out.append(f"#   - phrase: {scalar(t.text)}")
            out.append(f"#     value: {scalar(value) if value else '???'}")
    else:
        out.append("# Extraction found no date in the article.")
    out.append("")

    out += [
        "# --- Key issues, background events, annotations (README: notes.yml) -------",
        "# issues:",
        "#   - id: first-issue",
        "#     title: …",
        "#     claims:",
        "#       - text: …",
        "#         by: an-entity-id",
        f"#         cite: [{flow(_phrase(first, []))}]",
        "# events:",
        "#   - date: YYYY-MM-DD",
        "#     title: …",
        "#     sources: [https://…]",
        "# annotations:",
        f"#   - phrase: {scalar(_phrase(first, []))}",
        "#     kind: context        # or correction, unverified",
        "#     text: …",
        "#     sources: [https://…]",
    ]
    return "\n".join(out) + "\n"


# --- the command ----------------------------------------------------------

@dataclass
class Created:
    article: Path
    notes: Path
    draft: Draft
    story: Story
    auto: list[Entity]
    warnings: list[Problem] = field(default_factory=list)


def scaffold(text: str, slug: str, root: Path, today: dt.date, title: str | None = None,
             published: str | None = None, language: str | None = None) -> Created:
    """Write content/stories/<slug>/{article.md,notes.yml} under ``root``."""
    if not slug:
        raise ScaffoldError("no SLUG given: name the story folder, e.g. SLUG=kongres-diaspora-2017")
    if not schema.ID_RE.match(slug):
        raise ScaffoldError(f"SLUG '{slug}' is not a valid slug: use lowercase letters, digits and hyphens, "
                            f"e.g. '{mention_text.slugify(slug)}'")
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


def _check_new_story(root: Path, folder: Path) -> list[Problem]:
    """Check the whole site as `penjelas check` does; an error in the new story
    (its slug collides with a page, say) undoes it, warnings are returned."""
    from .check import Settings, read_settings, run

    config = root / "mkdocs.yml"
    settings = read_settings(config) if config.is_file() else Settings(root.resolve(), root.resolve() / "docs", "id")
    prefix = folder.resolve().relative_to(settings.root).as_posix() + "/"
    mine = [p for p in run(settings).problems
            if p.location.path.startswith(prefix) and not p.message.startswith("marked for review")]
    errors = [p for p in mine if p.level == "error"]
    if errors:
        raise ScaffoldError("the new story would not build, so it was not created:\n" + "\n".join(map(str, errors)))
    return mine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m penjelas story",
        description="Create content/stories/<slug>/ from a text file: article.md with front matter, "
                    "and notes.yml pre-filled from extraction, each item marked for review.")
    parser.add_argument("article", nargs="?", default="", help="the article as a UTF-8 text file (paragraphs separated by blank lines)")
    parser.add_argument("--slug", default="", help="the story's folder name and URL: lowercase letters, digits, hyphens")
    parser.add_argument("--title", help="the headline (default: the first line of the text, when it looks like one)")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (default: the first complete date in the text, else today)")
    parser.add_argument("--language", choices=("id", "en"), help="language of the text (default: detected)")
    parser.add_argument("--root", default=".", help="the project folder, holding content/ (default: .)")
    args = parser.parse_args(argv)
    root = Path(args.root)
    try:
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
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    print(f"  {n(len(story.paragraphs), 'paragraph')}, {n(len(story.sentences), 'sentence')}; in notes.yml, "
          f"marked for review: {n(len(created.auto), 'name')} with no entity note, "
          f"{n(len(story.statements), 'statement')}, {n(len(story.time_expressions), 'date')}")
    for key, why in draft.guesses.items():
        value = getattr(draft, key)
        print(f"  {key}: {value}: {why}")
    for problem in created.warnings:
        print(f"  {problem}")
    if created.warnings:
        print("  (`make site` builds with --strict and stops on warnings; `make serve` shows the site anyway)")
    print("next: `make serve` to see the first draft, `make check` for what to review")
    return 0
