"""Command line: python -m penjelas {check,story,eval,schema} (run with PYTHONPATH=hooks)."""

from __future__ import annotations

import importlib
import sys

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
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
