"""`penjelas check`: validate content/ without building the site.

Runs the same reading, validation and extraction as the build (no rendering),
then prints every problem as ``path:line:col: level: message``, yamllint's
format, followed by the coverage report: what is left to curate. Items that
`penjelas story` marked with a ``# REVIEW:`` comment are listed as warnings,
so ``--strict`` fails until an editor has looked at each of them.

Drafts (``draft: true``) are checked too, and their problems listed, but
they do not count: `mkdocs build` leaves drafts out, so they cannot stop a
deploy. ``penjelas check STORY`` lists the problems of one story only (the
whole site is still read: entity notes are shared).

Exit status: 0 when clean, 1 when there are errors (with --strict, warnings
too), 2 when the command itself cannot run (no mkdocs.yml, no such story).
Through make, a failing `make check` exits 2 (make's own status).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..build import safe_prepare, story_folder
from ..errors import Location, Problem
from ..reading.sources import FRONT_MATTER_FENCE, display_path
from .siteurl import site_url_problem

# A comment that starts with "REVIEW:", possibly after a commenting-out "#".
REVIEW_RE = re.compile(r"#\s*REVIEW:\s*(?P<text>.*?)\s*$")


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name: read them as null."""


def _env(loader, node):
    """MkDocs' ``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the first variable set, else the default."""
    import os

    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    items = loader.construct_sequence(node)
    names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    return next((os.environ[n] for n in names if isinstance(n, str) and n in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass
class Settings:
    """What `check` needs from mkdocs.yml."""

    root: Path
    docs_dir: Path
    language: str
    site_url: str = ""
    config_file: Path | None = None


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass
class Result:
    problems: list[Problem] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    draft_folders: list[str] = field(default_factory=list)  # "content/stories/<slug>/" of each draft

    def in_draft(self, problem: Problem) -> bool:
        return any(problem.location.path.startswith(folder) for folder in self.draft_folders)

    def _count(self, level: str, drafts: bool = False) -> int:
        return sum(p.level == level and self.in_draft(p) == drafts for p in self.problems)

    @property
    def errors(self) -> int:
        return self._count("error")

    @property
    def warnings(self) -> int:
        return self._count("warning")

    def failed(self, strict: bool) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def only(self, folder: str) -> "Result":
        """The problems and report lines of one story."""
        mine = [p for p in self.problems if p.location.path.startswith(folder)]
        return Result(mine, [line for line in self.report if line.startswith(folder)],
                      [f for f in self.draft_folders if f == folder])

    def lines(self, strict: bool = False, report: bool = True) -> list[str]:
        out = [str(p) + (" (draft: not counted)" if self.in_draft(p) else "") for p in self.problems]
        if report:
            out.extend(self.report)
        out.append(self.summary(strict, report))
        return out

    def summary(self, strict: bool, report: bool = True) -> str:
        parts = [_n(self.errors, "error"), _n(self.warnings, "warning")]
        if report:
            parts.append(_n(len(self.report), "suggestion"))
        verdict = "FAILED" if self.failed(strict) else "ok"
        if strict and self.warnings and not self.errors:
            verdict += " (--strict: warnings count)"
        drafts = ""
        if self.draft_folders:
            held = self._count("error", True) + self._count("warning", True)
            drafts = f"; {_n(len(self.draft_folders), 'draft')} not counted ({_n(held, 'problem')} in them)"
        return f"check {verdict}: {', '.join(parts)}{drafts}"


def read_settings(config_file: Path) -> Settings:
    """Root folder, docs_dir and theme language, as MkDocs would read them."""
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    root = config_file.resolve().parent
    theme = data.get("theme") or {}
    language = (theme.get("language") if isinstance(theme, dict) else None) or "en"
    return Settings(root, root / str(data.get("docs_dir") or "docs"), str(language), str(data.get("site_url") or ""), config_file)


def _front_matter_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return []
    for i in range(1, len(lines)):
        if lines[i].strip() == FRONT_MATTER_FENCE:
            return lines[:i]
    return []


def review_markers(content_dir: Path, base: Path | None = None) -> list[Problem]:
    """Every ``# REVIEW:`` comment left in the YAML of content/, as a warning.

    Only YAML is searched (article front matter, notes, entity notes): the
    article body is the verbatim text and may say anything.
    """
    found: list[Problem] = []
    if not content_dir.is_dir():
        return found
    for path in sorted(content_dir.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in (".yml", ".yaml"):
            lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        elif path.name == "article.md":
            lines = _front_matter_lines(path.read_text(encoding="utf-8", errors="replace"))
        else:
            continue
        shown = display_path(path, base)
        for number, line in enumerate(lines, 1):
            m = REVIEW_RE.search(line)
            if m:
                found.append(Problem(Location(shown, number, m.start() + 1), f"marked for review: {m.group('text')}", "warning", "review"))
    return found


def run(settings: Settings, publish: bool = False) -> Result:
    """Check everything under <root>/content, exactly as the build would;
    with ``publish``, an unusable site_url is an error (``penjelas site-url``)."""
    content_dir = settings.root / "content"
    build = safe_prepare(content_dir, settings.docs_dir, settings.language, base=settings.root, site_url=settings.site_url,
                         drafts=True)
    problems = list(build.problems.items) + review_markers(content_dir, settings.root)
    drafts = sorted(story_folder(path) for path in build.drafts)
    report = [f"{path}:1:1: draft: not published by `mkdocs build` (draft: true)" for path in build.drafts]
    if settings.config_file is not None:
        url = site_url_problem(settings.config_file, settings.site_url, "error" if publish else "suggestion")
        if url is not None and publish:
            problems.append(url)
        elif url is not None:
            report.append(str(url))
    return Result(sorted(set(problems)), report + list(build.report), drafts)


def story_path(settings: Settings, story: str) -> str | None:
    """The folder prefix of STORY (a slug, or a path to its folder or a file in it), as problems show it."""
    given = Path(story)
    candidates = [given if given.is_dir() else given.parent] if given.exists() else []
    stories = settings.root / "content" / "stories"
    if stories.is_dir():
        candidates += [p.parent for p in stories.rglob("article.md") if p.parent.name == story]
    for folder in candidates:
        try:
            shown = folder.resolve().relative_to(settings.root).as_posix()
        except ValueError:
            continue
        if (folder / "article.md").is_file():
            return shown + "/"
    return None



def add_config_file(parser: argparse.ArgumentParser) -> None:
    """The -f option every command that reads the site has."""
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="the site's mkdocs.yml (default: ./mkdocs.yml)")


def settings_of(args, command: str) -> "Settings | None":
    """The site's settings from ``args.config_file``; None (after saying why) when there is no such file."""
    config_file = Path(args.config_file)
    if not config_file.is_file():
        print(f"penjelas {command}: {config_file} not found: run it from the project folder, or pass -f path/to/mkdocs.yml",
              file=sys.stderr)
        return None
    return read_settings(config_file)

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="penjelas check",
        description="Validate content/ without building the site. Problems are printed as "
                    "path:line:col: level: message, then the coverage report (what is left to curate).")
    parser.add_argument("story", nargs="?", default="", help="check one story only: its slug, or its folder")
    parser.add_argument("--strict", action="store_true", help="warnings count as errors (exit 1)")
    parser.add_argument("--publish", action="store_true",
                        help="ready to publish? --strict, and site_url must be the published address (make publish)")
    parser.add_argument("-q", "--quiet", action="store_true", help="problems only, no coverage report")
    add_config_file(parser)
    args = parser.parse_args(argv)
    settings = settings_of(args, "check")
    if settings is None:
        return 2
    result = run(settings, publish=args.publish)
    if args.story:
        folder = story_path(settings, args.story)
        if folder is None:
            print(f"penjelas check: no story '{args.story}': give its slug (the folder name under content/stories/) or its folder", file=sys.stderr)
            return 2
        result = result.only(folder)
    for line in result.lines(args.strict, report=not args.quiet):
        print(line)
    return 1 if result.failed(args.strict or args.publish) else 0
