"""Command line: python -m penjelas {check,story,eval,schema} (run with PYTHONPATH=hooks)."""

from __future__ import annotations

import importlib
import sys

from .errors import excerpt

COMMANDS = {
    "check": ("penjelas.cli.check", "validate content/ without building; problems as path:line:col: level: message"),
    "story": ("penjelas.cli.scaffold", "create content/stories/<slug>/ from a text file, notes pre-filled from extraction"),
    "eval": ("penjelas.cli.evaluate", "score extraction against the gold annotations in tests/gold/"),
    "schema": ("penjelas.reading.jsonschema", "write JSON Schema files for editors to schemas/"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print("usage: python -m penjelas COMMAND [options]\n\ncommands:")
        for name, (_, doc) in COMMANDS.items():
            print(f"  {name:8} {doc}")
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    try:
        return module.main(argv[1:])
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one clear line, never a traceback
        print(f"penjelas {argv[0]}: internal error ({type(error).__name__}: {excerpt(error, 200)}); this is a bug in "
              "Penjelas: please report it with the content that causes it", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
