"""How sure extraction is of what it found, and what readers are shown.

Precision first for readers: an uncurated story shows only the entities and
statements whose confidence reaches ``SHOWN``; the rest are suggestions for
the editor (the coverage report, story.json's ``suggestions``). A curated
entity is always shown (confidence 1.0).

An entity's confidence comes from the rule that decided its kind
(``text.kinds``): a name the gazetteer knows, or one holding a word such as
"Badan" or "Kabupaten", is surer than a name guessed a person because nothing
else spoke. A statement's comes from its rule and from how its speaker was
found (named next to the verb, or resolved from a pronoun or a description),
and never exceeds its speaker's.
"""

from __future__ import annotations

SHOWN = 0.5  # at or above: readers see it; below: a suggestion for the editor

# The rule of text/kinds.py that decided an entity's kind -> how sure that makes it.
KIND_RULES = {
    "institution": 0.95, "place-prefix": 0.85, "org-prefix": 0.85,
    "country": 0.95, "media-name": 0.95, "place-gazetteer": 0.95,
    "org-word": 0.85, "place-word": 0.85, "place-direction": 0.85, "defined": 0.55,
    "title-before": 0.8, "governance": 0.8, "role-before": 0.8, "speaker": 0.8,
    "body-context": 0.75, "place-noun-near": 0.75, "before-place-comma": 0.75, "dateline-outlet": 0.85, "head-of-body": 0.75, "media-context": 0.75, "apposition-place": 0.75,
    "acronym": 0.65,
    "place-preposition": 0.6, "after-direction": 0.6, "after-bracket": 0.6, "after-place-comma": 0.6,
    "place-word-any": 0.6, "direction-group": 0.6, "place-unit": 0.8, "dateline": 0.9,
    "list-member": 0.6,
    "default-person": 0.55, "default-organization": 0.3, "common-noun-phrase": 0.3, "person-with-acronym": 0.4, "code": 0.3,
}
ONE_WORD_DEFAULT = 0.35  # a single word guessed a person by default: as often a place, a team or a common noun
ONCE = 0.1  # taken off a name of one word that occurs once, when only a weak rule typed it
WEAK = frozenset("default-person default-organization place-preposition after-direction after-bracket after-place-comma".split())

# How a statement's speaker was found -> how sure that makes the statement.
RESOLVED = {"name": 0.9, "continuation": 0.8, "pronoun": 0.7, "anaphora": 0.65, "override": 1.0, "none": 0.0}
RULE_FACTOR = {"quote-continued": 0.9, "source-opener": 0.9, "according-pronoun": 0.9}


def entity_confidence(name: str, rule: str, mentions: int) -> float:
    conf = KIND_RULES.get(rule, 0.5)
    one_word = " " not in name
    if one_word and rule == "default-person":
        conf = ONE_WORD_DEFAULT
    if one_word and mentions <= 1 and rule in WEAK:
        conf -= ONCE
    return round(max(0.0, min(1.0, conf)), 2)


def spoke(entity) -> None:
    """A name that speaks, named next to its verb, is a person or a body for sure."""
    if entity.kind in ("person", "organization", "media") and entity.confidence < KIND_RULES["speaker"]:
        entity.confidence = KIND_RULES["speaker"]


def shown(entity) -> bool:
    return entity.confidence >= SHOWN


def statement_confidence(resolved_by: str, rule: str, speaker_confidence: float | None) -> float:
    if speaker_confidence is None:
        return 0.0
    conf = RESOLVED.get(resolved_by, 0.5) * RULE_FACTOR.get(rule, 1.0)
    return round(min(conf, speaker_confidence), 2)
