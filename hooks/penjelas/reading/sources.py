"""Reading content/: stories (article.md + notes.yml) and entity notes.

Everything read here is validated against ``schema``; problems are collected
with their file, line and column and never stop the reading early.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import schema, yamlio
from ..errors import Location, Problems
from ..model import Article, Entity, Fact, Meta, Notes, Paragraph

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


def read_text(path: Path, shown: str, problems: Problems) -> str | None:
    """Decode UTF-8 (a BOM is dropped, CRLF becomes LF) or report the bad byte."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.error(Location(shown, 1, 1), f"cannot read the file: {error.strerror or error}")
        return None
    try:
        return decode_utf8(data)
    except NotUtf8 as error:
        problems.error(Location(shown, error.line, error.col), f"not valid UTF-8: byte 0x{error.byte:02x} (save the file as UTF-8)")
        return None


def split_front_matter(text: str, shown: str, problems: Problems) -> tuple[str, str, int] | None:
    """(yaml, body, body_line) or None; the YAML starts on line 2."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        problems.error(Location(shown, 1, 1), "article.md must start with front matter: a line '---', the fields, and a closing '---'")
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == FRONT_MATTER_FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    problems.error(Location(shown, 1, 1), "front matter opened here is never closed (add a line '---' after the fields)")
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
            problems.warning(Location(shown, line, col), f"quotation mark {mark} is never closed: the quote runs to the end of its paragraph (close it, or check the copy)")


def read_article(folder: Path, base: Path | None, problems: Problems) -> Article | None:
    path = folder / "article.md"
    shown = display_path(path, base)
    notes_path = folder / "notes.yml"
    # The notes are checked even when the article is not readable: one run, every problem.
    notes = read_notes(notes_path, base, problems) if notes_path.exists() else None
    text = read_text(path, shown, problems)
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
        problems.error(Location(shown, body_line, 1), "the article body is empty: paste the article text after the front matter")
    slug = folder.name
    if not schema.ID_RE.match(slug):
        problems.error(Location(shown, 1, 1), f"story folder name '{slug}' is not a valid slug (use lowercase letters, digits and hyphens)")
    if not paragraphs or not {"title", "published", "language"} <= set(fields):
        return None
    meta = Meta(slug=slug, **{k: fields[k] for k in schema.ARTICLE.fields if k in fields})
    digest = hashlib.sha256("\0".join([shown, slug, text, notes.digest if notes else "-"]).encode("utf-8")).hexdigest()
    article = Article(meta=meta, paragraphs=paragraphs, path=shown, body_line=body_line, digest=digest)
    if notes is not None:
        article.notes = notes
    return article


def read_notes(path: Path, base: Path | None, problems: Problems) -> Notes:
    shown = display_path(path, base)
    text = read_text(path, shown, problems)
    if text is None:
        return Notes(path=shown)
    node = yamlio.load(text, shown, problems)
    digest = hashlib.sha256(f"{shown}\0{text}".encode("utf-8")).hexdigest()
    return Notes(raw=schema.validate_document(node, schema.NOTES, problems, shown), path=shown, digest=digest)


def alias_locations(fields) -> dict[str, Location]:
    """Where each alias of an entity file is written (the name counts as one)."""
    locs = {}
    if "name" in fields:
        locs[fields["name"]] = fields.locs["name"]
    aliases = fields.get("aliases") or []
    for alias, loc in zip(aliases, getattr(aliases, "locs", [])):
        locs.setdefault(alias, loc)
    return locs


def read_entity(path: Path, base: Path | None, problems: Problems) -> tuple[Entity, dict[str, Location]] | None:
    """The entity of one file, with where each of its aliases is written."""
    shown = display_path(path, base)
    text = read_text(path, shown, problems)
    if text is None:
        return None
    node = yamlio.load(text, shown, problems)
    if node is None:
        problems.error(Location(shown, 1, 1), "empty entity file: give at least id, name and kind")
        return None
    if node.kind == "broken":
        return None
    fields = schema.validate_document(node, schema.ENTITY, problems, shown)
    if not {"id", "name", "kind"} <= set(fields):
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


def _story_folders(stories: Path, base: Path | None, problems: Problems) -> list[Path]:
    """Every folder holding article.md; folders may group stories (e.g. by year)."""
    found: list[Path] = []
    for child in sorted(p for p in stories.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if (child / "article.md").is_file():
            found.append(child)
        elif any(child.rglob("article.md")):
            found.extend(_story_folders(child, base, problems))
        else:
            problems.error(Location(display_path(child, base), 1, 1), "story folder has no article.md (each story needs content/stories/<slug>/article.md)")
    return found


def read_content(root: Path, base: Path | None = None) -> Content:
    """Read and validate everything under ``root`` (the content/ folder)."""
    content = Content(root=root)
    problems = content.problems
    if not root.is_dir():
        problems.error(Location(display_path(root, base), 1, 1), "content folder not found: create content/stories/<slug>/article.md")
        return content
    entity_dir = root / "entities"
    if entity_dir.is_dir():
        alias_owner: dict[str, tuple[str, Location]] = {}
        for path in sorted(list(entity_dir.rglob("*.yml")) + list(entity_dir.rglob("*.yaml"))):
            read = read_entity(path, base, problems)
            if read is None:
                content.unreadable_entities.append(display_path(path, base))
                continue
            entity, where = read
            if entity.id in content.entities:
                problems.error(entity.loc, f"entity id '{entity.id}' is already used by {content.entities[entity.id].loc}")
                continue
            for alias in entity.aliases:
                owner = alias_owner.get(alias)
                loc = where.get(alias, entity.loc)
                if owner and owner[0] != entity.id:
                    problems.error(loc, f"alias '{alias}' of '{entity.id}' is already an alias of '{owner[0]}' ({owner[1]})")
                else:
                    alias_owner[alias] = (entity.id, loc)
            content.entities[entity.id] = entity
    stories = root / "stories"
    if not stories.is_dir():
        problems.error(Location(display_path(stories, base), 1, 1), "no stories folder: create content/stories/<slug>/article.md")
        return content
    slugs: dict[str, str] = {}
    for folder in _story_folders(stories, base, problems):
        article = read_article(folder, base, problems)
        if article is None:
            continue
        slug = article.meta.slug
        if slug in slugs:
            problems.error(Location(article.path, 1, 1), f"story slug '{slug}' is already used by {slugs[slug]}")
            continue
        slugs[slug] = article.path
        content.articles.append(article)
    if not content.articles and not problems.errors:
        problems.error(Location(display_path(stories, base), 1, 1), "no stories found: add content/stories/<slug>/article.md")
    return content
