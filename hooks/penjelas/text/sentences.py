"""Sentence splitting that keeps offsets, so that every sentence is the exact
slice ``paragraph[start:end]`` and only whitespace lies between sentences."""

from __future__ import annotations

import re

from .lang import Language

CLOSERS = "”\"’')]»"
OPENERS = "“\"‘'([«"
_END = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
WORD_REACH = 40  # characters looked at before a period: an abbreviation or initial is short


def _is_abbreviation(text: str, dot: int, lang: Language) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or initial?"""
    # Searched in a window, not from the start: on a paragraph of a
    # megabyte, a search from 0 at every period made splitting quadratic.
    m = _WORD_BEFORE.search(text, max(0, dot - WORD_REACH), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in lang.abbreviations:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.") is not a sentence end.
    last = word.split(".")[-1]
    return len(last) == 1 and last.isalpha() and text[dot - 1].isupper()


MAX_SENTENCE = 2000  # characters: longer runs with no sentence end are cut (see _bounded)
_SOFT_BREAK = re.compile(r"[,;:]\s")


def _bounded(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span ``start:end``, cut into pieces of at most MAX_SENTENCE
    characters at whitespace (after a comma, semicolon or colon when there is
    one in the piece's last quarter). No real sentence is that long; text
    pasted without punctuation is, and without a bound every step that looks
    at a whole sentence made such an article cost quadratic time."""
    out = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        soft = [m.end() - 1 for m in _SOFT_BREAK.finditer(paragraph, limit - MAX_SENTENCE // 4, limit)]
        cut = soft[-1] if soft else paragraph.rfind(" ", start + 1, limit)
        if cut <= start:
            cut = limit  # not even a space: a run of letters, cut where it must be
            while cut < end and not paragraph[cut].isspace():
                cut += 1
        piece_end = cut
        while piece_end > start and paragraph[piece_end - 1].isspace():
            piece_end -= 1
        out.append((start, piece_end))
        start = cut
        while start < end and paragraph[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


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
            spans.extend(_bounded(paragraph, start, end))
        start = nxt
    tail_end = len(paragraph.rstrip())
    if start < tail_end:
        spans.extend(_bounded(paragraph, start, tail_end))
    return spans
