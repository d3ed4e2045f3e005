"""The preview's error banner: under `mkdocs serve`, content with errors is
not hidden in the terminal. Every page shows the problems, each with its
``path:line:col``, its message and the line of the file it points at, above
the last good version of the page (or above an empty site when there has been
none yet). Fixing the content rebuilds, and the banner goes.

Only ever shown by `mkdocs serve`: a build with errors stops before it
writes anything."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..errors import Problem, printable

MAX_SHOWN = 50  # problems listed in full; the rest are counted
LINE_MAX = 200  # characters of a file's line shown


def _source_line(root: Path, problem: Problem) -> str:
    """The line of the file the problem points at, as one printable line ("" when unreadable)."""
    if not problem.location.line:
        return ""
    path = root / problem.location.path
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, 1):
                if number == problem.location.line:
                    line = printable(line.rstrip("\r\n"))
                    return line if len(line) <= LINE_MAX else line[: LINE_MAX - 1] + "…"
    except OSError:
        return ""
    return ""


def problems_html(problems: list[Problem], root: Path, serving_last_good: bool) -> str:
    """The banner listing ``problems`` (errors first)."""
    shown = sorted(problems, key=lambda p: (p.level != "error", p.location, p.message))
    n = sum(p.level == "error" for p in problems)
    what = ("the pages below are the last good version" if serving_last_good
            else "no version of the site has built yet, so the pages below are empty")
    items = []
    for p in shown[:MAX_SHOWN]:
        line = _source_line(root, p)
        code = f"[{escape(p.code)}] " if p.code else ""
        source = ""
        if line:
            caret = " " * max(p.location.col - 1, 0)
            source = f'<pre class="pj-alert-line"><code>{escape(line)}\n{escape(caret) if len(caret) < LINE_MAX else ""}^</code></pre>'
        items.append(f'<li class="pj-alert-{escape(p.level)}"><code>{escape(str(p.location))}</code>: '
                     f'<strong>{escape(p.level)}</strong>: {code}{escape(printable(p.message))}{source}</li>')
    more = f"<p>… and {len(shown) - MAX_SHOWN} more: <code>penjelas check</code> lists them all.</p>" if len(shown) > MAX_SHOWN else ""
    title = f"{n} error{'s' if n != 1 else ''} in content/"
    return (f'<div class="admonition failure pj-alert" role="alert" lang="en"><p class="admonition-title">Penjelas: {title}</p>'
            f"<p>The site cannot be built until {'they are' if n != 1 else 'it is'} fixed ({what}). "
            f"Save the fix and this page reloads.</p><ol>{''.join(items)}</ol>{more}</div>\n")
