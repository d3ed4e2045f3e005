"""YAML that remembers where every value came from.

PyYAML silently keeps the last of two duplicate keys and turns ``yes`` into a
boolean; here the composed node tree is walked by hand so that duplicate keys
are reported at the key's line and every scalar keeps its resolved tag, for
the schema to check types explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from . import characters
from ..errors import Location, Problems, excerpt

TAG_NAMES = {
    "tag:yaml.org,2002:str": "text",
    "tag:yaml.org,2002:int": "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
    "tag:yaml.org,2002:map": "mapping",
    "tag:yaml.org,2002:seq": "list",
}


@dataclass
class Node:
    """A YAML value with its kind ("text", "number", "mapping"...) and place."""

    kind: str
    value: Any  # dict[str, Node] for mappings, list[Node] for lists, else a Python scalar
    loc: Location
    raw: str = ""  # the scalar as written


def _mark_loc(path: str, mark, line_offset: int) -> Location:
    return Location(path, mark.line + 1 + line_offset, mark.column + 1)


# What usually causes PyYAML's terse complaints.
HINTS = {
    "that cannot start any token": "indent with spaces, not tabs",
    "mapping values are not allowed here": "check the indentation, or put a value that holds ': ' in quotes",
    "while scanning a quoted scalar": "a quotation mark is never closed",
}


def _describe(error: yaml.MarkedYAMLError, path: str, line_offset: int) -> tuple[Location, str]:
    """The problem mark says where PyYAML gave up, the context mark where the
    construct it was reading began (an unclosed quote): both are shown."""
    mark = error.problem_mark or error.context_mark
    loc = _mark_loc(path, mark, line_offset) if mark else Location(path)
    message = f"YAML syntax error: {error.problem or error.context}"
    if error.context and error.context_mark and error.problem:
        ctx = _mark_loc(path, error.context_mark, line_offset)
        message += f" ({error.context} at line {ctx.line}, column {ctx.col})"
    hints = [hint for clue, hint in HINTS.items() if clue in f"{error.problem} {error.context}"]
    if hints:
        message += f": {hints[0]}"
    return loc, message


class AliasError(yaml.MarkedYAMLError):
    pass


class _Loader(yaml.SafeLoader):
    """Refuses aliases ("*name"): they hand back the node "&name" marked, so a
    "billion laughs" document would expand without end, and a cycle loop."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise AliasError(problem=f"YAML alias '*{event.anchor}' is not supported: write the value out in full",
                             problem_mark=event.start_mark)
        return super().compose_node(parent, index)


try:  # libyaml, PyYAML's C parser: the same events, an order of magnitude faster
    from yaml._yaml import CParser as _CParser
except ImportError:  # a PyYAML built without it
    _CParser = None


if _CParser is not None:
    class _FastLoader(_CParser, yaml.resolver.Resolver):
        """libyaml scanning, parsing and composing, all in C (tags resolved
        as PyYAML does). Only ever given a text with no anchor or alias
        (``_PYYAML_ONLY`` sends those to PyYAML, which refuses aliases: a
        "billion laughs" document never gets here)."""

        def __init__(self, stream):
            _CParser.__init__(self, stream)
            yaml.resolver.Resolver.__init__(self)


# libyaml and PyYAML read these differently (marks, line breaks, tabs, flow
# mappings, tags, anchors, block scalars, explicit keys and documents): a text
# holding one is read by PyYAML alone. The indicators count where a value
# starts (after indentation, "- ", ": ", "[" or ", "), not inside text.
_PYYAML_ONLY = re.compile(r"[\t\r\ufeff\x85\u2028\u2029]"
                          r"|(?:^[ ]*|(?:^|[ ])-[ ]+|:[ ]+|\[[ ]*|,[ ]+)[&*!|>%?@`]"
                          r"|^(?:---|\.\.\.)|\[[^\]\n]*$", re.M)


def _compose(text: str):
    """The node tree of ``text``. A text of the plain kind content is made of
    (block mappings and lists, one-line flow lists, plain and quoted
    scalars) is parsed by libyaml; anything else, and any text libyaml
    rejects (so that errors are PyYAML's messages, at PyYAML's marks), by
    PyYAML. tests/test_yaml_parsers.py holds the two to the same node trees."""
    if _CParser is not None and not _PYYAML_ONLY.search(text):
        loader = _FastLoader(text)
        try:
            return loader.get_single_node()
        except yaml.YAMLError:
            pass
        finally:
            loader.dispose()
    return yaml.compose(text, Loader=_Loader)


def load(text: str, path: str, problems: Problems, line_offset: int = 0) -> Node | None:
    """Parse ``text``: None for an empty document; a syntax error goes to
    ``problems`` and gives a "broken" node, so that callers do not pile
    "missing field" errors on top of it."""
    try:
        root = _compose(text)
    except AliasError as error:
        loc = _mark_loc(path, error.problem_mark, line_offset)
        problems.error(loc, error.problem, "yaml-alias")
        return Node("broken", None, loc)
    except yaml.MarkedYAMLError as error:
        loc, message = _describe(error, path, line_offset)
        problems.error(loc, message, "yaml-syntax")
        return Node("broken", None, loc)
    except yaml.YAMLError as error:  # reader errors (control characters...)
        loc = _reader_loc(error, text, path, line_offset)
        problems.error(loc, f"YAML error: {_reader_message(error)}", "yaml-syntax")
        return Node("broken", None, loc)
    except RecursionError:
        loc = Location(path, 1 + line_offset, 1)
        problems.error(loc, "YAML error: nested too deeply", "yaml-too-deep")
        return Node("broken", None, loc)
    if root is None:
        return None
    try:
        return _convert(root, path, problems, line_offset, SafeConstructor())
    except RecursionError:
        loc = Location(path, 1 + line_offset, 1)
        problems.error(loc, "YAML error: nested too deeply", "yaml-too-deep")
        return Node("broken", None, loc)


def _reader_loc(error, text: str, path: str, line_offset: int) -> Location:
    position = getattr(error, "position", None)
    if position is None:
        return Location(path, 1 + line_offset, 1)
    before = text[:position]
    return Location(path, before.count("\n") + 1 + line_offset, position - (before.rfind("\n") + 1) + 1)


def _reader_message(error) -> str:
    character = getattr(error, "character", None)
    if isinstance(character, str):
        character = ord(character)
    if isinstance(character, int):
        return f"special character U+{character:04X} is not allowed in YAML (delete it or put the text in quotes with an escape)"
    return str(error).splitlines()[0]


def _convert(node, path, problems, line_offset, constructor) -> Node:
    loc = _mark_loc(path, node.start_mark, line_offset)
    if node.tag not in TAG_NAMES:
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")
        problems.error(loc, f"YAML tag '{excerpt(shown)}' is not allowed: write plain text, lists and mappings", "yaml-tag")
        return Node("invalid", None, loc)
    kind = TAG_NAMES[node.tag]
    if isinstance(node, yaml.MappingNode):
        items: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key_loc = _mark_loc(path, key_node.start_mark, line_offset)
            if not isinstance(key_node, yaml.ScalarNode):
                problems.error(key_loc, "a key must be plain text", "yaml-key")
                continue
            key = str(key_node.value)
            if key_node.style == '"' and _bad_characters(key, key_loc, problems):
                continue
            if key in items:
                first = items[key].loc
                problems.error(key_loc, f"duplicate key '{excerpt(key)}' (first defined at line {_key_line(node, key, path, line_offset) or first.line})",
                               "duplicate-key")
                continue
            value = _convert(value_node, path, problems, line_offset, constructor)
            value.key_loc = key_loc  # type: ignore[attr-defined]
            items[key] = value
        return Node("mapping", items, loc)
    if isinstance(node, yaml.SequenceNode):
        return Node("list", [_convert(n, path, problems, line_offset, constructor) for n in node.value], loc)
    raw = node.value
    try:
        value = constructor.construct_object(node, deep=True)
    except (ValueError, OverflowError, yaml.constructor.ConstructorError) as error:
        if kind == "date":
            # "2024-02-30" looks like a date but is none: keep it as text, so
            # the schema reports it under the field's name (or takes it as text).
            return Node("text", raw, loc, raw)
        problem = getattr(error, "problem", None) or str(error)
        problems.error(loc, f"invalid {kind} '{excerpt(raw)}': {problem}", "invalid-value")
        return Node("invalid", raw, loc, raw)
    if isinstance(value, str) and node.style == '"' and _bad_characters(value, loc, problems):
        return Node("invalid", None, loc, raw)
    if isinstance(value, dt.datetime):
        kind = "datetime"
    return Node(kind, value, loc, raw)


def _bad_characters(value: str, loc: Location, problems: Problems) -> bool:
    """A character that content may not hold, written as an escape ("\\x92"):
    the raw character itself is refused before the YAML is read, so only a
    double-quoted scalar (the one style with escapes) can hold one here."""
    for _, char in characters.find_forbidden(value):
        what, fix = characters.describe(char)
        problems.error(loc, f"the value holds {what}, written as an escape, which content may not hold: {fix}", "bad-character")
        return True
    return False


def _key_line(mapping, key, path, line_offset) -> int:
    for key_node, _ in mapping.value:
        if getattr(key_node, "value", None) == key:
            return key_node.start_mark.line + 1 + line_offset
    return 0
