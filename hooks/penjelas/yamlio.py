"""YAML that remembers where every value came from.

PyYAML silently keeps the last of two duplicate keys and turns ``yes`` into a
boolean; here the composed node tree is walked by hand so that duplicate keys
are reported at the key's line and every scalar keeps its resolved tag, for
the schema to check types explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .errors import Location, Problems

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


def _describe(error: yaml.MarkedYAMLError, path: str, line_offset: int) -> tuple[Location, str]:
    mark = error.problem_mark or error.context_mark
    loc = _mark_loc(path, mark, line_offset) if mark else Location(path)
    message = f"YAML syntax error: {error.problem or error.context}"
    if error.context and error.context_mark and error.problem:
        ctx = _mark_loc(path, error.context_mark, line_offset)
        message += f" ({error.context} at line {ctx.line}, column {ctx.col})"
    return loc, message


def load(text: str, path: str, problems: Problems, line_offset: int = 0) -> Node | None:
    """Parse ``text``; syntax errors go to ``problems`` and return None."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        problems.error(*_describe(error, path, line_offset))
        return None
    except yaml.YAMLError as error:  # reader errors (control characters...)
        problems.error(Location(path, 1 + line_offset, 1), f"YAML error: {error}")
        return None
    if root is None:
        return None
    return _convert(root, path, problems, line_offset, SafeConstructor())


def _convert(node, path, problems, line_offset, constructor) -> Node:
    loc = _mark_loc(path, node.start_mark, line_offset)
    kind = TAG_NAMES.get(node.tag, "text")
    if isinstance(node, yaml.MappingNode):
        items: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key_loc = _mark_loc(path, key_node.start_mark, line_offset)
            if not isinstance(key_node, yaml.ScalarNode):
                problems.error(key_loc, "a key must be plain text")
                continue
            key = str(key_node.value)
            if key in items:
                first = items[key].loc
                problems.error(key_loc, f"duplicate key '{key}' (first defined at line {_key_line(node, key, path, line_offset) or first.line})")
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
    except (ValueError, yaml.constructor.ConstructorError) as error:
        what = "date" if kind == "date" else kind
        problems.error(loc, f"invalid {what} '{raw}': {error}")
        return Node("invalid", raw, loc, raw)
    if isinstance(value, dt.datetime):
        kind = "datetime"
    return Node(kind, value, loc, raw)


def _key_line(mapping, key, path, line_offset) -> int:
    for key_node, _ in mapping.value:
        if getattr(key_node, "value", None) == key:
            return key_node.start_mark.line + 1 + line_offset
    return 0
