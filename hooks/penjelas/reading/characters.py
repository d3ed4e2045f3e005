"""Which characters content may hold, and how to show any text safely in a message.

Content is refused, with the place and the code point, when it holds a
character that no text means to hold: a control character other than tab
and line break (C0, DEL, C1), a noncharacter (U+FDD0-U+FDEF, U+xFFFE,
U+xFFFF) or a lone surrogate (only reachable through a YAML escape). These
are refused rather than silently dropped or replaced: the article is
reproduced verbatim, so the editor decides what the text should say. A C1
control is almost always a Windows-1252 character decoded with the wrong
encoding (U+0092 for ’), and the message says which one.

Invisible characters that do belong in text (zero-width joiners, bidi marks,
soft hyphens) are kept; ``errors.printable`` shows them as escapes in messages.
"""

from __future__ import annotations

import re
import unicodedata

_ASTRAL_NONCHARACTERS = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _ASTRAL_NONCHARACTERS + "]")


def describe(char: str) -> tuple[str, str]:
    """What the character is, and what to do about it: ("U+0092 (a C1 control
    character; usually ’ decoded with the wrong encoding)", "replace it with ’")."""
    cp = ord(char)
    name = f"U+{cp:04X}"
    if cp < 0x20:
        return f"{name} (a control character)", "delete it"
    if cp == 0x7F:
        return f"{name} (the DEL control character)", "delete it"
    if 0x80 <= cp <= 0x9F:
        try:
            meant = bytes([cp]).decode("cp1252")
        except UnicodeDecodeError:
            return f"{name} (a C1 control character, left by text decoded with the wrong encoding)", "delete it"
        return f"{name} (a C1 control character; usually {meant} decoded with the wrong encoding)", f"replace it with {meant}"
    if 0xD800 <= cp <= 0xDFFF:
        return f"{name} (half of a UTF-16 surrogate pair, not a character)", "write the character itself"
    return f"{name} (a noncharacter)", "delete it"


def find_forbidden(text: str):
    """(offset, character) of each character content may not hold."""
    for m in FORBIDDEN.finditer(text):
        yield m.start(), m.group(0)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def invisible_name(char: str) -> str:
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'an invisible character').lower()})"


_OPENS_EMBEDDING = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO: closed by PDF
_OPENS_ISOLATE = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI: closed by PDI
_PDF, _PDI = "\u202c", "\u2069"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def balance_bidi(text: str) -> str:
    """``text`` with every bidirectional embedding, override or isolate it
    opens closed again at its end. A right-to-left override in a name
    (U+202E) then reverses only the name, never the site's own words after
    it ("(orang)", a comma, a label). Text with no such character is
    returned as it is."""
    if _BIDI_CONTROLS.search(text) is None:
        return text
    stack: list[str] = []
    for c in text:
        if c in _OPENS_EMBEDDING:
            stack.append(_PDF)
        elif c in _OPENS_ISOLATE:
            stack.append(_PDI)
        elif c == _PDF and stack and stack[-1] == _PDF:
            stack.pop()
        elif c == _PDI and _PDI in stack:  # closes its isolate and every embedding opened inside it
            while stack.pop() != _PDI:
                pass
    return text + "".join(reversed(stack))
