"""`penjelas status`: where each story stands, one line per story.

`penjelas check` lists every problem, one per line; on a site of many
stories that answers "is it clean?" but not "which story needs work, and
what work?". This prints a table instead, for a desk to see at a glance:

    story                curated  no speaker  review  warnings  errors
    kongres-diaspora      12/15            1       5         2       0  draft

per story (sorted by slug): the entities it names that have an entity note
(content/entities/<id>.yml) of all it names (detected names held back from
readers included: they lack a note too); its statements with no speaker
(held back ones included);
the ``# REVIEW:`` lines left in its files (what `penjelas story` marked and
no editor has settled yet); its warnings and errors (the problems located in
its folder, review lines not counted again); and "draft" when its front
matter says ``draft: true``. A total line follows (each entity counted once:
one note settles it in every story), then the problems that belong to no
story (an entity note, mkdocs.yml), if any.

It reads exactly what `check` and the build read (``safe_prepare`` without
rendering) and never changes a file. Exit status: 0; 1 when the content has
errors so that no story could be read (the problems are then printed as
`check` prints them); 2 when the command cannot run (no mkdocs.yml).
"""

from __future__ import annotations

import argparse
import inspect
import sys
from dataclasses import dataclass

from .. import build
from ..errors import Problem
from .check import add_config_file, review_markers, settings_of

HEADINGS = ("story", "curated", "no speaker", "review", "warnings", "errors")


@dataclass
class Row:
    """One story's counts."""

    slug: str
    curated: int  # entities it names that have an entity note
    named: int  # entities it names
    no_speaker: int  # statements whose speaker is unknown
    review: int  # `# REVIEW:` lines left in its files
    warnings: int
    errors: int
    draft: bool


def folder_of(path: str) -> str:
    """The folder of a story's article.md as problems show paths ("content/stories/x/")."""
    return path.rsplit("/", 1)[0] + "/" if "/" in path else ""


def _mine(problems: list[Problem], folder: str) -> list[Problem]:
    return [p for p in problems if folder and p.location.path.startswith(folder)]


def named_entities(story) -> list:
    """The entities the article names: those it mentions, and the detected
    names held back from readers (low confidence), which lack a note too.
    Background entities of the notes are left out: the article does not name them."""
    named_ids = {m.entity for m in story.mentions}
    named = [e for e in story.entities if e.id in named_ids]
    return named + [e for e in getattr(story, "held_entities", []) if e.id not in named_ids]


def unresolved(story) -> int:
    """Statements whose speaker is unknown, those held back from readers included."""
    return sum(not st.speaker for st in [*story.statements, *getattr(story, "held_statements", [])])


def rows(site, problems: list[Problem], markers: list[Problem]) -> list[Row]:
    """One row per story of ``site``, sorted by slug."""
    out = []
    for story in sorted(site.stories, key=lambda s: s.meta.slug):
        named = named_entities(story)
        folder = folder_of(story.source_path)
        mine = _mine(problems, folder)
        out.append(Row(
            slug=story.meta.slug,
            curated=sum(e.curated for e in named),
            named=len(named),
            no_speaker=unresolved(story),
            review=len(_mine(markers, folder)),
            warnings=sum(p.level == "warning" for p in mine),
            errors=sum(p.level == "error" for p in mine),
            draft=bool(getattr(story.meta, "draft", False)),
        ))
    return out


def table(site, problems: list[Problem], markers: list[Problem]) -> list[str]:
    """The status table: a heading, one line per story, the total, then what
    belongs to no story. Columns are aligned with spaces only (no colours), so
    that it reads the same in a terminal, a log and an e-mail."""
    story_rows = rows(site, problems, markers)
    n = len(story_rows)
    entities: dict[str, bool] = {}
    for story in site.stories:
        for e in named_entities(story):
            entities[e.id] = e.curated
    drafts = sum(r.draft for r in story_rows)
    total = ["total" if n == 1 else f"total ({n} stories)", f"{sum(entities.values())}/{len(entities)}",
             *(str(sum(getattr(r, k) for r in story_rows)) for k in ("no_speaker", "review", "warnings", "errors")),
             f"{drafts} draft{'s' if drafts != 1 else ''}" if drafts else ""]
    body = [[r.slug, f"{r.curated}/{r.named}", str(r.no_speaker), str(r.review), str(r.warnings), str(r.errors),
             "draft" if r.draft else ""] for r in story_rows]
    grid = [[*HEADINGS, ""], *body, total]
    widths = [max(len(row[k]) for row in grid) for k in range(len(HEADINGS))]

    def line(cells: list[str]) -> str:
        text = cells[0].ljust(widths[0]) + "".join("  " + c.rjust(w) for c, w in zip(cells[1:-1], widths[1:]))
        return (text + ("  " + cells[-1] if cells[-1] else "")).rstrip()

    out = [line(row) for row in grid]
    folders = [folder_of(s.source_path) for s in site.stories]
    elsewhere = [p for p in problems if not any(f and p.location.path.startswith(f) for f in folders)]
    warnings = sum(p.level == "warning" for p in elsewhere)
    errors = sum(p.level == "error" for p in elsewhere)
    if warnings or errors:
        out.append(f"and in no story's folder (entity notes, mkdocs.yml): {warnings} warning{'s' if warnings != 1 else ''}, "
                   f"{errors} error{'s' if errors != 1 else ''}: `make check` lists them")
    out.append("curated: entities named that have a note in content/entities/, of all named; no speaker: statements")
    out.append("whose speaker is unknown; review: `# REVIEW:` lines left in its files; warnings: review lines not counted")
    return out


def _prepare(settings):
    """The build without rendering, drafts included when this version of the
    build can hold them out (a draft is a story being worked on: its status
    matters most)."""
    extra = {"drafts": True} if "drafts" in inspect.signature(build.prepare).parameters else {}
    return build.safe_prepare(settings.root / "content", settings.docs_dir, settings.language, base=settings.root,
                              site_url=settings.site_url, render=False, **extra)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="penjelas status",
        description="One line per story: curated entities, statements with no speaker, review lines left, "
                    "warnings and errors, drafts. Reads content/ as `check` does; changes nothing.")
    add_config_file(parser)
    args = parser.parse_args(argv)
    settings = settings_of(args, "status")
    if settings is None:
        return 2
    result = _prepare(settings)
    problems = sorted(set(result.problems.items))
    if result.site is None:
        for problem in problems:
            print(problem)
        errors = sum(p.level == "error" for p in problems)
        print(f"penjelas status: the content has {errors} error{'s' if errors != 1 else ''}, so no story could be read: "
              "fix them first (listed above; `make check` lists them too)", file=sys.stderr)
        return 1
    markers = review_markers(settings.root / "content", settings.root)
    for line in table(result.site, problems, markers):
        print(line)
    return 0
