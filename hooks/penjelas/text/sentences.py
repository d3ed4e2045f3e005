"""Sentence splitting that keeps offsets, so that every sentence is the exact
slice ``paragraph[start:end]`` and only whitespace lies between sentences."""

from __future__ import annotations

import re

from .lang import Language

CLOSERS = "”\"’')]»"
OPENERS = "“\"‘'([«"
_END = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int, lang: Language) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or initial?"""
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in lang.abbreviations:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.") is not a sentence end.
    last = word.split(".")[-1]
    return len(last) == 1 and last.isalpha() and text[dot - 1].isupper()


def split(paragraph: str, lang: Language) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence in ``paragraph``."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(paragraph)
    while start < n and paragraph[start].isspace():
        start += 1
    for m in _END.finditer(paragraph):
        end = m.end()
        if end >= n:
            break
        if not paragraph[end].isspace():
            continue  # "13.21", "U.S.A", "ya.”kata" stay inside
        nxt = end
        while nxt < n and paragraph[nxt].isspace():
            nxt += 1
        if nxt >= n:
            break
        following = paragraph[nxt]
        if not (following.isupper() or following.isdigit() or following in OPENERS):
            continue
        if m.group(0)[0] == "." and len(m.group(0).rstrip(CLOSERS)) == 1 and _is_abbreviation(paragraph, m.start(), lang):
            continue
        if start < end:
            spans.append((start, end))
        start = nxt
    tail_end = len(paragraph.rstrip())
    if start < tail_end:
        spans.append((start, tail_end))
    return spans
