"""Synthetic archives for the benchmark: copies of the real stories with new
slugs, dates and names, so that nav, entity pages and the content hash all
grow the way a newsroom's archive would.

Pure file generation: nothing here imports MkDocs, and nothing is written
outside the target folder.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from penjelas.site import build_site  # noqa: E402
from penjelas.reading.sources import read_content  # noqa: E402
from penjelas.text import gazetteer  # noqa: E402
from penjelas.text.mentions import slugify  # noqa: E402

VARIED_KINDS = {"person", "organization", "media", "group"}
STORIES_PER_VARIANT = 5  # a renamed entity appears in about this many stories
WEEK = dt.timedelta(days=7)  # whole weeks: "hari Jumat" stays a Friday (absolute dates may then warn)
SYLLABLES = ["ba", "di", "ku", "ma", "ra", "si", "to", "wa", "ya", "ha", "ne", "lo", "pu", "se", "gi", "ri", "ju", "no", "te", "dar"]
SLUG_YEAR = re.compile(r"-\d{4}$")
ANCHOR_SENTENCE = {"id": "Kalimat ini, yang ditambahkan untuk uji skala, menyebut {name}.",
                   "en": "This sentence, added for the scale benchmark, names {name}."}


@dataclass
class Varied:
    """An entity whose name changes from story to story."""

    id: str
    name: str
    token: str  # the word of its name that is replaced
    curated: bool


@dataclass
class Source:
    folder: Path
    slug: str
    published: dt.date
    language: str
    varied: list[Varied]
    names_anchor: bool  # whether the story mentions the anchor entity


def _name_pool(taken: set[str]):
    """Endless unique capitalised names that occur nowhere in the corpus."""
    for n in itertools.count(3):
        combos = list(itertools.product(SYLLABLES, repeat=n))
        stride = 7919  # prime: walk the combinations in a scattered order
        for j in range(len(combos)):
            name = "".join(combos[(j * stride) % len(combos)]).capitalize()
            if name.lower() not in taken:
                yield name


def _corpus_words(content: Path) -> set[str]:
    words: set[str] = set()
    for path in content.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".yml", ".yaml"):
            words.update(w.lower() for w in re.findall(r"\w+", path.read_text(encoding="utf-8")))
    return words


def survey(content: Path) -> tuple[list[Source], str]:
    """The stories of ``content`` and, for each, the entities safe to rename:
    a name word that belongs to this entity alone. The anchor, the
    most-mentioned curated person (or entity) of the corpus, is never renamed
    and is named in every story of an archive; its name is returned too."""
    parsed = read_content(content)
    if not parsed.articles:
        raise SystemExit("bench: no stories in content/stories")
    if parsed.problems.errors:
        raise SystemExit("bench: content/ has errors; run `make check` first:\n" + "\n".join(map(str, parsed.problems.errors)))
    site = build_site(parsed)
    owners: dict[str, set[str]] = {}
    for e in site.entities.values():
        for alias in e.aliases:
            for word in re.findall(r"\w+", alias):
                owners.setdefault(word, set()).add(e.id)
    totals = {eid: sum(len(a.mentions) for a in apps) for eid, apps in site.appearances.items()}
    people = [eid for eid in totals if site.entities[eid].curated and site.entities[eid].kind == "person"] or list(totals)
    anchor = max(people, key=lambda eid: (totals[eid], eid))
    sources = []
    for story in site.stories:
        varied = []
        for e in story.entities:
            if e.id == anchor or e.kind not in VARIED_KINDS or gazetteer.is_country(e.name):
                continue
            token = e.name.split()[-1]
            if len(token) < 3 or not token.isalpha() or not token[0].isupper() or owners.get(token) != {e.id}:
                continue
            varied.append(Varied(e.id, e.name, token, e.curated))
        folder = content / "stories" / story.source_path.split("stories/", 1)[1].rsplit("/", 1)[0] \
            if "stories/" in story.source_path else content / "stories" / story.meta.slug
        names_anchor = any(m.entity == anchor for m in story.mentions)
        sources.append(Source(folder, story.meta.slug, dt.date.fromisoformat(story.meta.published), story.meta.language,
                              varied, names_anchor))
    return sources, site.entities[anchor].name


def _replace_words(text: str, mapping: dict[str, str]) -> str:
    """Replace whole name words, keeping clitics ("Kirbynya" -> "Barimonya")."""
    if not mapping:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(mapping, key=len, reverse=True))) + r")(?=[a-z]*(?!\w))")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def _walk(value, words: dict[str, str], ids: dict[str, str], key: str = ""):
    """Rename words in every string and entity ids where notes.yml holds ids."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            nk = ids.get(k, k) if key in ("roles", "aliases") else k
            out[nk] = _walk(v, words, ids, k)
        return out
    if isinstance(value, list):
        return [_walk(v, words, ids, key) for v in value]
    if isinstance(value, str):
        if key in ("by", "speaker", "entities"):
            return ids.get(value, value)
        return _replace_words(value, words)
    return value


def _rewrite_article(text: str, slug: str, published: dt.date, words: dict[str, str]) -> str:
    fence, front, body = text.split("---", 2)
    data = yaml.safe_load(front) or {}
    data["published"] = published
    if "title" in data:
        data["title"] = _replace_words(str(data["title"]), words)
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return f"{fence}---\n{front}---{_replace_words(body, words)}"


def generate(content: Path, target: Path, n: int, step: dt.timedelta = WEEK) -> dict:
    """Write an archive of ``n`` stories to ``target`` (a content/ folder).

    Story i copies source story i mod len(sources), published i weeks before
    the newest source (about four stories a month), with a new slug and its
    renamable entities (k-th of its source) renamed to variant (copy + k) mod V,
    V = n / 5, so that the number of entity pages grows with the archive."""
    sources, anchor = survey(content)
    if target.exists():
        shutil.rmtree(target)
    (target / "stories").mkdir(parents=True)
    entity_dir = content / "entities"
    entity_files: dict[str, Path] = {}
    if entity_dir.is_dir():
        shutil.copytree(entity_dir, target / "entities")
        for path in list(entity_dir.rglob("*.yml")) + list(entity_dir.rglob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            if isinstance(data, dict) and "id" in data:
                entity_files[str(data["id"])] = path
    else:
        (target / "entities").mkdir()
    variants = max(1, n // STORIES_PER_VARIANT)
    pool = _name_pool(_corpus_words(content))
    names: dict[tuple[str, int], str] = {}
    written: set[str] = set()
    newest = max(s.published for s in sources)
    for i in range(n):
        src = sources[i % len(sources)]
        published = newest - i * step
        words: dict[str, str] = {}
        ids: dict[str, str] = {}
        for k, var in enumerate(src.varied):
            v = (i // len(sources) + k) % variants  # i // len(sources): which copy of its source this is
            if v == 0:
                continue
            if (var.id, v) not in names:
                names[(var.id, v)] = next(pool)
            new = names[(var.id, v)]
            words[var.token] = new
            if var.curated:
                new_id = ids[var.id] = f"{var.id}-v{v}"
                if new_id not in written and var.id in entity_files:
                    _write_entity_variant(entity_files[var.id], target / "entities" / f"{new_id}.yml", new_id, {var.token: new})
                    written.add(new_id)
            else:
                ids[var.id] = slugify(_replace_words(var.name, {var.token: new}))
        slug = f"{SLUG_YEAR.sub('', src.slug)}-{published.year}-{i + 1:03d}"
        folder = target / "stories" / slug
        folder.mkdir()
        article = (src.folder / "article.md").read_text(encoding="utf-8")
        article = _rewrite_article(article, slug, published, words)
        if not src.names_anchor:  # so that one entity appears in every story of the archive
            article = article.rstrip("\n") + "\n\n" + ANCHOR_SENTENCE[src.language].format(name=anchor) + "\n"
        (folder / "article.md").write_text(article, encoding="utf-8")
        notes = src.folder / "notes.yml"
        if notes.exists():
            data = yaml.safe_load(notes.read_text(encoding="utf-8")) or {}
            (folder / "notes.yml").write_text(
                yaml.safe_dump(_walk(data, words, ids), allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return {"stories": n, "sources": len(sources), "variants": variants, "renamed": len(names), "entity_files": len(written)}


def _write_entity_variant(path: Path, out: Path, new_id: str, words: dict[str, str]) -> None:
    original = yaml.safe_load(path.read_text(encoding="utf-8"))
    data = _walk(original, words, {})
    # aliases without the renamed word stay with the original entity
    data["aliases"] = [a for a, old in zip(data.get("aliases", []), original.get("aliases", [])) if a != old]
    data["id"] = new_id
    data.pop("wikidata", None)
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="write a synthetic archive (a content/ folder)")
    ap.add_argument("n", type=int)
    ap.add_argument("target", type=Path)
    ap.add_argument("--content", type=Path, default=ROOT / "content")
    args = ap.parse_args()
    print(generate(args.content, args.target, args.n))
