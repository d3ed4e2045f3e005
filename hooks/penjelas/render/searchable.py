"""What the search index reads of a generated page: one list, here.

Pagefind indexes the page's own content (``data-pagefind-body``, set by
overrides/partials/content.html) and skips every element marked
``data-pagefind-ignore``. Marked here, in one pass over each rendered page,
rather than in each template: the markers a reader does not search for
(sentence numbers, note marks, cite links), page controls (story navigation,
the timeline's filter), labels and badges repeated on every page, and copies
of article sentences (the article page itself is the hit). A snippet then
reads as the text, not as "20Selama … pertahanan.!i".

Entity names weigh more (``data-pagefind-weight`` on an entity page's aliases,
in entity.html.j2), so that "AS" finds Amerika Serikat first.
"""

from __future__ import annotations

import re

IGNORE = "data-pagefind-ignore"

# (tag, class): every element of this tag with this class is left out of the index.
IGNORED = (
    # markers
    ("a", "pj-n"),  # sentence numbers
    ("a", "pj-note-ref"),  # note marks (i ! ?)
    ("a", "pj-note-back"),  # "kalimat 2" in a note's title
    ("span", "pj-cites"),  # the sentence links after a claim
    ("span", "pj-flags"),  # the note flags after a cite
    ("a", "pj-cite"),  # a lone sentence link
    ("a", "pj-sref"),  # "k. 12" in a note of the corrections log
    ("summary", "pj-note-sum"),  # a note's kind and first words (its whole text follows)
    # page controls and what every page of a kind repeats
    ("nav", "pj-storynav"),
    ("fieldset", "pj-tl-filter"),
    ("div", "pj-notes-panel"),  # the article's notes filter and legend
    ("p", "pj-log-link"),  # the overview's line to the corrections log
    ("p", "pj-tl-jump"),
    ("p", "pj-event-tags"),
    ("p", "pj-more"),
    ("p", "pj-lede"),
    ("p", "pj-entity-meta"),
    ("span", "pj-srcnote"),
    ("p", "pj-srcnote"),
    ("span", "pj-sr"),
    ("span", "pj-badge"),
    ("section", "pj-graph"),  # who is connected to whom: the names again
    ("nav", "pj-jump"),
    ("span", "pj-tr-mark"),  # "(terjemahan)"
    ("summary", "pj-mentions-toggle"),
    ("strong", "pj-label"),  # "Peran:", "Juga disebut:"
    ("h2", "pj-boilerplate"),  # headings every entity page repeats
    # copies: the article page is where a sentence is found
    ("blockquote", "pj-quote"),
    ("section", "pj-appearance"),
    ("section", "pj-log"),  # the corrections log: the notes again, after the article's last sentence
)

_TAGS: dict[str, set[str]] = {}
for _tag, _cls in IGNORED:
    _TAGS.setdefault(_tag, set()).add(_cls)
# Only opening tags that name one of the classes: most tags of a page are passed over by the regex engine.
_CLASSES = "|".join(sorted({re.escape(c) for _, c in IGNORED}, key=len, reverse=True))
_OPENING = re.compile(r'<(%s)(\s[^>]*?class="(?:[^"]*\s)?(?:%s)(?:\s[^"]*)?"[^>]*)>' % ("|".join(sorted(_TAGS)), _CLASSES))
_CLASS = re.compile(r'\sclass="([^"]*)"')


def _mark(m: re.Match) -> str:
    tag, attrs = m.group(1), m.group(2)
    classes = _CLASS.search(attrs)
    if not classes or IGNORE in attrs or not _TAGS[tag] & set(classes.group(1).split()):
        return m.group(0)
    return f"<{tag}{attrs} {IGNORE}>"


def mark_unsearched(html: str) -> str:
    """``html`` with every element of ``IGNORED`` marked ``data-pagefind-ignore``."""
    return _OPENING.sub(_mark, html)
