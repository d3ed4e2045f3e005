"""`penjelas check`: validate content/ without building the site.

Runs the same reading, validation and extraction as the build (no rendering),
then prints every problem as ``path:line:col: level: message``, yamllint's
format, followed by the coverage report: what is left to curate. Items that
`penjelas story` marked with a ``# REVIEW:`` comment are listed as warnings,
so ``--strict`` fails until an editor has looked at each of them.

Exit status: 0 when clean, 1 when there are errors (with --strict, warnings
too), 2 when the command itself cannot run (no mkdocs.yml).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..build import safe_prepare
from ..errors import Location, Problem
from ..reading.sources import FRONT_MATTER_FENCE, display_path

# A comment that starts with "REVIEW:", possibly after a commenting-out "#".
REVIEW_RE = re.compile(r"#\s*REVIEW:\s*(?P<text>.*?)\s*$")


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name: read them as null."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass
class Settings:
    """What `check` needs from mkdocs.yml."""

    root: Path
    docs_dir: Path
    language: str
    site_url: str = ""


@dataclass
class Result:
    problems: list[Problem] = field(default_factory=list)
    report: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.level == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.level == "warning" for p in self.problems)

    def failed(self, strict: bool) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def lines(self, strict: bool = False, report: bool = True) -> list[str]:
        out = [str(p) for p in self.problems]
        if report:
            out.extend(self.report)
        out.append(self.summary(strict, report))
        return out

    def summary(self, strict: bool, report: bool = True) -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        parts = [n(self.errors, "error"), n(self.warnings, "warning")]
        if report:
            parts.append(n(len(self.report), "suggestion"))
        verdict = "FAILED" if self.failed(strict) else "ok"
        if strict and self.warnings and not self.errors:
            verdict += " (--strict: warnings count)"
        return f"check {verdict}: {', '.join(parts)}"


def read_settings(config_file: Path) -> Settings:
    """Root folder, docs_dir and theme language, as MkDocs would read them."""
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    root = config_file.resolve().parent
    theme = data.get("theme") or {}
    language = (theme.get("language") if isinstance(theme, dict) else None) or "en"
    return Settings(root, root / str(data.get("docs_dir") or "docs"), str(language), str(data.get("site_url") or ""))


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


def run(settings: Settings) -> Result:
    """Check everything under <root>/content, exactly as the build would."""
    content_dir = settings.root / "content"
    build = safe_prepare(content_dir, settings.docs_dir, settings.language, base=settings.root, site_url=settings.site_url)
    problems = list(build.problems.items) + review_markers(content_dir, settings.root)
    return Result(sorted(set(problems)), list(build.report))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m penjelas check",
        description="Validate content/ without building the site. Problems are printed as "
                    "path:line:col: level: message, then the coverage report (what is left to curate).")
    parser.add_argument("--strict", action="store_true", help="warnings count as errors (exit 1)")
    parser.add_argument("-q", "--quiet", action="store_true", help="problems only, no coverage report")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    args = parser.parse_args(argv)
    config_file = Path(args.config_file)
    if not config_file.is_file():
        print(f"penjelas check: {config_file} not found: run it from the project folder, or pass -f path/to/mkdocs.yml", file=sys.stderr)
        return 2
    result = run(read_settings(config_file))
    for line in result.lines(args.strict, report=not args.quiet):
        print(line)
    return 1 if result.failed(args.strict) else 0
