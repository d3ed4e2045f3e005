"""Problems found in content, each with its place and a stable code, reported all at once.

A problem prints as ``path:line:col: level: [code] message``, the form
editors know from compilers and linters (yamllint's ``LintProblem``). The
codes are listed, with what each means, in the README ("Problem codes").
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

MAX_MESSAGE = 600  # characters of a message printed: a value quoted whole could be megabytes
EXCERPT = 60  # characters of a bad value quoted in a message


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based place in a file; line/col 0 means "the whole file"."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{printable(self.path)}:{self.line}:{self.col or 1}"
        return f"{printable(self.path)}:1:1"


@dataclass(frozen=True, order=True)
class Problem:
    location: Location
    message: str
    level: str = "error"  # "error" or "warning"
    code: str = ""

    def __str__(self) -> str:
        message = printable(self.message)
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        tag = f"[{self.code}] " if self.code else ""
        return f"{self.location}: {self.level}: {tag}{message}"


@dataclass
class Problems:
    """Collects problems while loading; the caller decides what to do once all are in."""

    items: list[Problem] = field(default_factory=list)

    def error(self, location: Location, message: str, code: str = "") -> None:
        self.items.append(Problem(location, message, "error", code))

    def warning(self, location: Location, message: str, code: str = "") -> None:
        self.items.append(Problem(location, message, "warning", code))

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]


def printable(text: str) -> str:
    """``text`` as one line that shows what it holds: every character a
    terminal would act on or not show (controls, line breaks, bidi
    overrides, zero-width characters, surrogates) becomes an escape such as
    ``\\n`` or ``\\u202e``, so that a message can neither be split, nor
    overwritten by an escape sequence, nor reversed."""
    if text.isprintable():
        return text
    out = []
    for c in text:
        if c.isprintable() or c == " ":
            out.append(c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif ord(c) < 0x100:
            out.append(f"\\x{ord(c):02x}")
        elif ord(c) < 0x10000:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return "".join(out)


def excerpt(value, limit: int = EXCERPT) -> str:
    """A bad value as a message quotes it: printable, and at most ``limit``
    characters (with the total length when it is cut)."""
    text = str(value)
    if len(text) <= limit:
        return printable(text)
    return f"{printable(text[:limit])}… ({len(text):,} characters)"


def did_you_mean(word: str, choices) -> str:
    """A " (did you mean 'x'?)" suffix, or "" when nothing is close."""
    close = difflib.get_close_matches(str(word), sorted(map(str, choices)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
