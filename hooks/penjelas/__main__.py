"""Command line: `penjelas COMMAND` (installed by `pip install .`, or
`make`'s .venv), the same as `python -m penjelas COMMAND`."""

from __future__ import annotations

import importlib
import sys

from .errors import excerpt

COMMANDS = {
    "check": ("penjelas.cli.check", "validate content/ without building; problems as path:line:col: level: message"),
    "status": ("penjelas.cli.status", "one line per story: curated entities, unresolved speakers, review lines, warnings, errors, drafts"),
    "story": ("penjelas.cli.scaffold", "create content/stories/<slug>/ from a text file, notes pre-filled from extraction"),
    "eval": ("penjelas.cli.evaluate", "score extraction against the gold annotations in tests/gold/"),
    "site-url": ("penjelas.cli.siteurl", "is site_url an address readers can reach? (--require: make publish)"),
    "schema": ("penjelas.reading.jsonschema", "write JSON Schema files for editors to schemas/"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print("usage: penjelas COMMAND [options]   (penjelas COMMAND --help for its options)\n\ncommands:")
        for name, (_, doc) in COMMANDS.items():
            print(f"  {name:9} {doc}")
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
