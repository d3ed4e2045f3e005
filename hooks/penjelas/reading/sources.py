"""Reading content/: stories (article.md + notes.yml) and entity notes.

Everything read here is validated against ``schema``; problems are collected
with their file, line and column and never stop the reading early.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from . import characters, schema, yamlio
from ..errors import Location, Problems, excerpt
from ..model import (AnnotationNote, Article, ClaimNote, DateNote, Entity, EventNote, Fact, Fix, IssueNote, KeyFactsNote, Meta,
                     Notes, Paragraph, Ref, SpeakerNote, SummaryNote)

FRONT_MATTER_FENCE = "---"


@dataclass
class Content:
    """All content of a site, validated but not yet extracted."""

    root: Path
    articles: list[Article] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    problems: Problems = field(default_factory=Problems)
    unreadable_entities: list[str] = field(default_factory=list)  # files that gave no entity


def display_path(path: Path, base: Path | None) -> str:
    try:
        return str(path.relative_to(base)) if base else str(path)
    except ValueError:
        return str(path)


class NotUtf8(ValueError):
    """Where the first byte that is not UTF-8 stands (1-based line and column)."""

    def __init__(self, line: int, col: int, byte: int):
        super().__init__(f"not valid UTF-8 at {line}:{col}")
        self.line, self.col, self.byte = line, col, byte


def decode_utf8(data: bytes) -> str:
    """UTF-8 text with a BOM dropped and CRLF or CR line endings made LF."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        raise NotUtf8(before.count(b"\n") + 1, len(before) - (before.rfind(b"\n") + 1) + 1, data[error.start]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


MiB = 1024 * 1024
# The largest file of each kind that is read: a newspaper's longest article is
# a few hundred kilobytes; more is a paste gone wrong, or an attack.
LIMITS = {"article": 8 * MiB, "notes": 2 * MiB, "entity": 256 * 1024}
MAX_LISTED = 10  # bad characters listed per file; the rest are counted


def inside(path: Path, boundary: Path | None) -> bool:
    """Whether ``path``, with every link followed, stays inside ``boundary``."""
    if boundary is None:
        return True
    try:
        return path.resolve().is_relative_to(boundary.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def read_text(path: Path, shown: str, problems: Problems, kind: str = "article", boundary: Path | None = None) -> str | None:
    """The file's text: UTF-8 (a BOM is dropped, CRLF becomes LF), no larger
    than ``LIMITS[kind]``, inside ``boundary`` once links are followed, and
    with no character that content may not hold (``characters``). Anything
    else is reported, with its place, and gives None."""
    loc = Location(shown, 1, 1)
    if not inside(path, boundary):
        problems.error(loc, "the file is a link to a place outside the project: copy the file into content/ instead", "outside-project")
        return None
    try:
        size = path.stat().st_size
        if size > LIMITS[kind]:
            problems.error(loc, f"the file is {size / MiB:.1f} MB, over the limit of {LIMITS[kind] / MiB:g} MB for "
                                f"{'an' if kind == 'article' else 'a'} {kind} file: check that this is the right file", "too-large")
            return None
        data = path.read_bytes()
    except OSError as error:
        problems.error(loc, f"cannot read the file: {error.strerror or error}", "unreadable")
        return None
    try:
        text = decode_utf8(data)
    except NotUtf8 as error:
        problems.error(Location(shown, error.line, error.col), f"not valid UTF-8: byte 0x{error.byte:02x} (save the file as UTF-8)", "not-utf8")
        return None
    bad = list(characters.find_forbidden(text))
    for offset, char in bad[:MAX_LISTED]:
        line, col = characters.line_col(text, offset)
        what, fix = characters.describe(char)
        problems.error(Location(shown, line, col), f"the text holds {what}, which content may not hold: {fix}", "bad-character")
    if len(bad) > MAX_LISTED:
        problems.error(loc, f"{len(bad) - MAX_LISTED} more characters that content may not hold (the first {MAX_LISTED} are listed)", "bad-character")
    return None if bad else text


def split_front_matter(text: str, shown: str, problems: Problems) -> tuple[str, str, int] | None:
    """(yaml, body, body_line) or None; the YAML starts on line 2."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        problems.error(Location(shown, 1, 1), "article.md must start with front matter: a line '---', the fields, and a closing '---'", "no-front-matter")
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == FRONT_MATTER_FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    problems.error(Location(shown, 1, 1), "front matter opened here is never closed (add a line '---' after the fields)", "no-front-matter")
    return None


def anchor_id(prefix: str, text: str) -> str:
    """Stable anchor: the same text always gets the same id."""
    norm = " ".join(text.split())
    return f"{prefix}-{hashlib.sha1(norm.encode('utf-8')).hexdigest()[:8]}"


def split_paragraphs(body: str, first_line: int) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; their text is kept verbatim."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = 0
    seen: dict[str, int] = {}
    for n, line in enumerate(body.split("\n") + [""]):
        if line.strip():
            if not current:
                start = n
            current.append(line)
        elif current:
            text = "\n".join(current).strip()
            pid = anchor_id("p", text)
            seen[pid] = seen.get(pid, 0) + 1
            if seen[pid] > 1:
                pid = f"{pid}-{seen[pid]}"
            paragraphs.append(Paragraph(pid, len(paragraphs) + 1, text, first_line + start))
            current = []
    return paragraphs


CURLY_PAIRS = {"“": "”", "«": "»"}
_QUOTE_MARKS = re.compile('["“”«»]')


def _unclosed_quotes(text: str) -> list[tuple[int, str]]:
    """Offsets of quotation marks that open and never close in ``text``.
    A straight " opens after a space or at the start and closes elsewhere;
    single quotes are left alone: ’ is also the apostrophe."""
    stack: list[tuple[int, str]] = []
    closers = {v: k for k, v in CURLY_PAIRS.items()}
    for m in _QUOTE_MARKS.finditer(text):  # only the marks, not every character
        i, c = m.start(), m.group(0)
        if c == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "([{“‘«—–-") and not after.isspace()
            if opens:
                stack.append((i, c))
            elif stack and stack[-1][1] == '"':
                stack.pop()
        elif c in CURLY_PAIRS:
            stack.append((i, c))
        elif c in closers and stack and stack[-1][1] == closers[c]:
            stack.pop()
    return stack


def check_quotes(paragraphs: list[Paragraph], body: str, body_line: int, shown: str, problems: Problems) -> None:
    """Warn about a quote left open at the end of its paragraph, unless the
    next paragraph opens with the same mark (a quote running on, as
    newspapers print it)."""
    lines = body.split("\n")
    for k, p in enumerate(paragraphs):
        open_marks = _unclosed_quotes(p.text)
        if not open_marks:
            continue
        following = paragraphs[k + 1].text[:1] if k + 1 < len(paragraphs) else ""
        raw = "\n".join(lines[p.line - body_line:])
        lead = raw.find(p.text[:1]) if p.text else 0
        for offset, mark in open_marks:
            if mark == following:
                continue
            before = raw[: lead + offset]
            line = p.line + before.count("\n")
            col = len(before) - (before.rfind("\n") + 1) + 1
            problems.warning(Location(shown, line, col), f"quotation mark {mark} is never closed: the quote runs to the end of its paragraph (close it, or check the copy)",
                             "unclosed-quote")


def read_article(folder: Path, base: Path | None, problems: Problems, boundary: Path | None = None) -> Article | None:
    path = folder / "article.md"
    shown = display_path(path, base)
    notes_path = folder / "notes.yml"
    # The notes are checked even when the article is not readable: one run, every problem.
    notes = read_notes(notes_path, base, problems, boundary) if notes_path.exists() else None
    text = read_text(path, shown, problems, "article", boundary)
    if text is None:
        return None
    parts = split_front_matter(text, shown, problems)
    if parts is None:
        return None
    front, body, body_line = parts
    node = yamlio.load(front, shown, problems, line_offset=1)
    fields = schema.validate_document(node, schema.ARTICLE, problems, shown)
    paragraphs = split_paragraphs(body, body_line)
    check_quotes(paragraphs, body, body_line, shown, problems)
    if not paragraphs:
        problems.error(Location(shown, body_line, 1), "the article body is empty: paste the article text after the front matter", "empty-article")
    slug = folder.name
    if not schema.ID_RE.match(slug):
        problems.error(Location(shown, 1, 1), f"story folder name '{excerpt(slug)}' is not a valid slug (use lowercase letters, digits and hyphens)", "bad-slug")
    if not paragraphs or not {"title", "published", "language"} <= set(fields):
        return None
    meta = Meta(slug=slug, **{k: fields[k] for k in schema.ARTICLE.fields if k in fields})
    digest = hashlib.sha256("\0".join([shown, slug, text, notes.digest if notes else "-"]).encode("utf-8")).hexdigest()
    article = Article(meta=meta, paragraphs=paragraphs, path=shown, body_line=body_line, digest=digest)
    if notes is not None:
        article.notes = notes
    return article


def read_notes(path: Path, base: Path | None, problems: Problems, boundary: Path | None = None) -> Notes:
    shown = display_path(path, base)
    text = read_text(path, shown, problems, "notes", boundary)
    if text is None:
        return Notes(path=shown)
    node = yamlio.load(text, shown, problems)
    digest = hashlib.sha256(f"{shown}\0{text}".encode("utf-8")).hexdigest()
    notes = typed_notes(schema.validate_document(node, schema.NOTES, problems, shown))
    notes.path, notes.digest = shown, digest
    return notes


def _refs(seq) -> list[Ref]:
    return [Ref(v, loc) for v, loc in zip(seq or [], getattr(seq, "locs", []))]


def _ref(rec, key: str) -> Ref | None:
    return Ref(rec[key], rec.locs[key]) if key in rec else None


def typed_notes(fields) -> Notes:
    """The validated fields of notes.yml as typed records (``model.Notes``),
    each with the place it is written. Records that failed validation were
    left out by the schema, so every record here has its required fields."""
    def claims(seq):
        return [ClaimNote(c["text"], _ref(c, "by"), _refs(c.get("cite")), list(c.get("sources", [])), bool(c.get("highlight")),
                          loc, "cite" in c) for c, loc in zip(seq or [], getattr(seq, "locs", []))]

    def records(key):
        seq = fields.get(key) or []
        return list(zip(seq, getattr(seq, "locs", [])))

    roles = fields.get("roles") or {}
    aliases = fields.get("aliases") or {}
    return Notes(
        summary=[SummaryNote(r["text"], _refs(r.get("cite")), list(r.get("sources", [])), loc, "cite" in r) for r, loc in records("summary")],
        issues=[IssueNote(Ref(r["id"], r.locs["id"]), r["title"], r.get("summary", ""), claims(r.get("claims")), loc)
                for r, loc in records("issues")],
        events=[EventNote(r["date"], r.get("end"), r["title"], r.get("summary", ""), _refs(r.get("entities")), list(r.get("sources", [])), loc,
                          _refs(r.get("cite"))) for r, loc in records("events")],
        annotations=[AnnotationNote(Ref(r["phrase"], r.locs["phrase"]), r["kind"], r["text"], list(r.get("sources", [])), loc,
                                    _fix(r.get("fix")), _ref(r["fix"], "speaker") if "fix" in r else None)
                     for r, loc in records("annotations")],
        roles=dict(roles), role_locs=dict(getattr(roles, "locs", {})),
        aliases={k: list(v) for k, v in aliases.items()}, alias_locs=dict(getattr(aliases, "locs", {})),
        entities=_refs(fields.get("entities")),
        speakers=[SpeakerNote(Ref(r["phrase"], r.locs["phrase"]), _ref(r, "speaker"), r.get("kind"), loc) for r, loc in records("speakers")],
        dates=[DateNote(Ref(r["phrase"], r.locs["phrase"]), r["value"], loc) for r, loc in records("dates")],
        ignore=list(fields.get("ignore") or []),
        key_facts=_key_facts(fields.get("key_facts")),
        updated=fields.get("updated") or "",
    )


def _fix(rec) -> Fix | None:
    if not rec:
        return None
    return Fix(**{k: rec.get(k, "") for k in ("date", "end", "speaker", "kind", "title")})


def _key_facts(rec) -> KeyFactsNote:
    if not rec:
        return KeyFactsNote()
    when = [EventNote(r["date"], r.get("end"), r["title"], "", [], list(r.get("sources", [])), loc, _refs(r.get("cite")))
            for r, loc in zip(rec.get("when") or [], getattr(rec.get("when") or [], "locs", []))]
    return KeyFactsNote(_refs(rec.get("who")), _refs(rec.get("where")), when, frozenset(rec))


def alias_locations(fields) -> dict[str, Location]:
    """Where each alias of an entity file is written (the name counts as one)."""
    locs = {}
    if "name" in fields:
        locs[fields["name"]] = fields.locs["name"]
    aliases = fields.get("aliases") or []
    for alias, loc in zip(aliases, getattr(aliases, "locs", [])):
        locs.setdefault(alias, loc)
    return locs


def read_entity(path: Path, base: Path | None, problems: Problems,
                boundary: Path | None = None) -> tuple[Entity, dict[str, Location]] | None:
    """The entity of one file, with where each of its aliases is written."""
    shown = display_path(path, base)
    text = read_text(path, shown, problems, "entity", boundary)
    if text is None:
        return None
    node = yamlio.load(text, shown, problems)
    if node is None:
        problems.error(Location(shown, 1, 1), "empty entity file: give at least id, name and kind", "empty-entity")
        return None
    if node.kind == "broken":
        return None
    fields = schema.validate_document(node, schema.ENTITY, problems, shown)
    if not {"id", "name", "kind"} <= set(fields):
        return None
    if fields["id"] in schema.RESERVED_ENTITY_IDS:
        problems.error(fields.locs.get("id", fields.loc), f"entity id '{fields['id']}' is reserved: its page would take the address "
                                                          "of the entity list; choose another id", "reserved-id")
        return None
    where = alias_locations(fields)
    aliases = [fields["name"]] + [a for a in fields.get("aliases", []) if a != fields["name"]]
    return Entity(
        id=fields["id"],
        name=fields["name"],
        kind=fields["kind"],
        aliases=list(dict.fromkeys(aliases)),
        role=fields.get("role", ""),
        background=[Fact(b["text"], b["source"]) for b in fields.get("background", []) if {"text", "source"} <= set(b)],
        wikidata=fields.get("wikidata", ""),
        sources=list(fields.get("sources", [])),
        curated=True,
        loc=fields.locs.get("id", fields.loc),
    ), where


def _story_folders(stories: Path, base: Path | None, problems: Problems, boundary: Path | None = None) -> list[Path]:
    """Every folder holding article.md; folders may group stories (e.g. by year).
    A folder that is a link to a place outside the project is refused."""
    found: list[Path] = []
    for child in sorted(p for p in stories.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not inside(child, boundary):
            problems.error(Location(display_path(child, base), 1, 1),
                           "story folder is a link to a place outside the project: copy the story into content/stories/ instead", "outside-project")
        elif (child / "article.md").is_file():
            found.append(child)
        elif any(child.rglob("article.md")):
            found.extend(_story_folders(child, base, problems, boundary))
        else:
            problems.error(Location(display_path(child, base), 1, 1), "story folder has no article.md (each story needs content/stories/<slug>/article.md)", "no-article")
    return found


# What a file gave when it was read, by the bytes read: under `mkdocs serve`, a rebuild parses
# again only the files that changed (an archive's YAML takes seconds to parse, its bytes
# milliseconds to hash). A bounded, per-process cache of results nothing changes afterwards.
READ_CACHE_SIZE = 20_000
_reads: OrderedDict[tuple, tuple] = OrderedDict()


def _cached(what: tuple, files: list[Path], problems: Problems, read):
    """``read(problems)``, or what it gave for the same files with the same bytes.
    Which file a path names is part of the key (its device and inode, as
    lstat gives them, and a link's resolved place): a file that became a
    link, or a folder on its way that did, is read again."""
    key = list(what)
    for path in files:
        name = str(path)
        try:
            st = os.lstat(name)
        except FileNotFoundError:
            key.append((name, None))  # absent (a story with no notes.yml)
            continue
        except OSError:  # unreadable: the reader says so, every time
            return read(problems)
        try:
            place = os.path.realpath(name) if stat.S_ISLNK(st.st_mode) else ""
            with open(name, "rb") as f:
                key.append((name, st.st_dev, st.st_ino, place, hashlib.blake2b(f.read(), digest_size=20).digest()))
        except OSError:
            return read(problems)
    key = tuple(key)
    hit = _reads.get(key)
    if hit is None:
        own = Problems()
        hit = _reads[key] = (read(own), tuple(own.items))
        while len(_reads) > READ_CACHE_SIZE:
            _reads.popitem(last=False)
    else:
        _reads.move_to_end(key)
    problems.items.extend(hit[1])
    return hit[0]


def read_content(root: Path, base: Path | None = None, progress=None) -> Content:
    """Read and validate everything under ``root`` (the content/ folder).
    Nothing is read from outside the project (``base``, or content/ itself
    when no project is given), whatever links point there."""
    content = Content(root=root)
    boundary = base if base is not None else root
    problems = content.problems
    if not root.is_dir():
        problems.error(Location(display_path(root, base), 1, 1), "content folder not found: create content/stories/<slug>/article.md", "no-content")
        return content
    entity_dir = root / "entities"
    if entity_dir.is_dir():
        alias_owner: dict[str, tuple[str, Location]] = {}
        for path in sorted(list(entity_dir.rglob("*.yml")) + list(entity_dir.rglob("*.yaml"))):
            read = _cached(("entity", path, base, boundary), [path], problems, lambda p: read_entity(path, base, p, boundary))
            if read is None:
                content.unreadable_entities.append(display_path(path, base))
                continue
            entity, where = read
            if path.stem != entity.id:
                problems.error(entity.loc, f"entity id '{entity.id}' differs from the file name '{path.name}': "
                                           f"rename the file to {entity.id}{path.suffix}, or the id to '{path.stem}'", "id-not-file-name")
            if entity.id in content.entities:
                problems.error(entity.loc, f"entity id '{entity.id}' is already used by {content.entities[entity.id].loc}", "duplicate-id")
                continue
            for alias in entity.aliases:
                owner = alias_owner.get(alias)
                loc = where.get(alias, entity.loc)
                if owner and owner[0] != entity.id:
                    problems.error(loc, f"alias '{excerpt(alias)}' of '{entity.id}' is already an alias of '{owner[0]}' ({owner[1]})", "duplicate-alias")
                else:
                    alias_owner[alias] = (entity.id, loc)
            content.entities[entity.id] = entity
    stories = root / "stories"
    if not stories.is_dir():
        problems.error(Location(display_path(stories, base), 1, 1), "no stories folder: create content/stories/<slug>/article.md", "no-stories")
        return content
    slugs: dict[str, str] = {}
    folders = _story_folders(stories, base, problems, boundary)
    for n, folder in enumerate(folders, 1):
        if progress:
            progress("reading", n, len(folders))
        article = _cached(("article", folder, base, boundary), [folder / "article.md", folder / "notes.yml"], problems,
                          lambda p: read_article(folder, base, p, boundary))
        if article is None:
            continue
        slug = article.meta.slug
        if slug in slugs:
            problems.error(Location(article.path, 1, 1), f"story slug '{slug}' is already used by {slugs[slug]}", "duplicate-slug")
            continue
        slugs[slug] = article.path
        content.articles.append(article)
    if not content.articles and not problems.errors:
        problems.error(Location(display_path(stories, base), 1, 1), "no stories found: add content/stories/<slug>/article.md", "no-stories")
    return content
