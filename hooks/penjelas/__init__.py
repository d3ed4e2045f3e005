"""Penjelas: turn a news article plus curated notes into an explainer site.

This package is pure Python: it never imports MkDocs. ``hooks/penjelas_hook.py``
is the thin glue that feeds it files and turns its pages into MkDocs files.
"""

__version__ = "0.1.0"
