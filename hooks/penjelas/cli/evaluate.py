"""``python -m penjelas eval``: precision and recall of extraction alone.

Each gold file in ``tests/gold/*.yml`` names an article folder under
``tests/fixtures/articles/`` and lists, by hand, the entities, statements and
dates a careful reader finds in it (format: ``tests/gold/README.md``). The
article is extracted with no notes.yml and no shared entity notes (an empty
registry), so the score is what a brand-new story gets before any curation.

Matching rules (text is compared after collapsing runs of whitespace):

* **Entities.** A predicted entity matches the gold entity one of whose
  ``forms`` equals the predicted entity's *name*, if the kinds are equal and
  none of the predicted entity's aliases is a form of a *different* gold
  entity (so "Rusia Vladimir Putin" or Putin-with-alias-"Rusia" do not count).
  Each gold entity is matched once; a second predicted entity for it (the same
  person split in two) is a false positive.
* **Speakers.** A predicted statement answers the first unanswered gold
  statement whose ``phrase`` (every phrase, when a list) occurs in the
  statement's text. It is correct when its speaker entity's name is one of
  the forms of the gold speaker. A wrong or missing speaker is both a false
  positive and a miss; a predicted statement that answers no gold statement is
  a false positive.
* **Dates.** Only predicted time expressions with a value are scored (vague
  ones such as "pada malam hari" carry none: they are flags for editors, not
  dates). A prediction matches a gold date, in document order, when either
  text contains the other and the values are equal (and the range ends too,
  when the gold gives ``end``).
* **Optional** gold items (``optional: true``) are debatable: a prediction
  that matches one is not counted, and missing one is not a miss.

Precision = correct / counted predictions, recall = correct / gold items; the
overall row sums the counts of every article (micro average). The command
exits 0 whatever the scores (it is a report, not a test), and 2 only when a
gold file or an article cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import Problems
from ..notes import build_story
from ..model import Entity, Story
from ..reading.sources import read_article

ROOT = Path(__file__).resolve().parents[3]
GOLD_DIR = ROOT / "tests" / "gold"  # the development part; its heldout/ folder is the held-out part
ARTICLES_DIR = ROOT / "tests" / "fixtures" / "articles"
MEASURES = ("speakers", "dates", "entities")


def norm(text: str) -> str:
    return " ".join(str(text).split())


def _text(value) -> str | None:
    """YAML turns 2024-06-18 into a date and 2019 into an int: back to text."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass
class GoldEntity:
    name: str
    kind: str
    forms: list[str]
    optional: bool = False


@dataclass
class GoldStatement:
    speaker: str
    kind: str
    phrases: list[str]
    optional: bool = False


@dataclass
class GoldDate:
    text: str
    value: str | None
    end: str | None = None
    optional: bool = False


@dataclass
class Gold:
    article: str
    entities: list[GoldEntity]
    statements: list[GoldStatement]
    dates: list[GoldDate]
    path: str = ""


class GoldError(ValueError):
    """A gold file that does not follow tests/gold/README.md."""


def load_gold(path: Path) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "article" not in data:
        raise GoldError(f"{path}: no 'article' key")
    entities = []
    for rec in data.get("entities") or []:
        name = norm(rec["name"])
        forms = [norm(f) for f in (rec.get("forms") or [name])]
        if name not in forms:
            forms.insert(0, name)
        entities.append(GoldEntity(name, rec["kind"], forms, bool(rec.get("optional"))))
    names = {e.name for e in entities}
    statements = []
    for rec in data.get("statements") or []:
        if norm(rec["speaker"]) not in names:
            raise GoldError(f"{path}: statement speaker '{rec['speaker']}' is not a gold entity name")
        phrase = rec["phrase"]
        phrases = [norm(p) for p in (phrase if isinstance(phrase, list) else [phrase])]
        statements.append(GoldStatement(norm(rec["speaker"]), rec.get("kind", ""), phrases, bool(rec.get("optional"))))
    dates = [GoldDate(norm(_text(rec["text"])), _text(rec.get("value")), _text(rec.get("end")), bool(rec.get("optional")))
             for rec in data.get("dates") or []]
    return Gold(str(data["article"]), entities, statements, dates, str(path))


@dataclass
class Score:
    """Counts for one measure; ``notes`` explain each error for ``-v``."""

    correct: int = 0
    predicted: int = 0  # counted predictions
    gold: int = 0  # gold items that are not optional
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def add(self, other: "Score") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold


def extract_plain(article) -> Story:
    """Extraction alone: no notes.yml, no shared entity notes."""
    story, _auto = build_story(article, {}, Problems(), use_notes=False)
    return story


def score_entities(story: Story, gold: Gold) -> Score:
    score = Score(gold=sum(not g.optional for g in gold.entities))
    owner: dict[str, int] = {}
    for k, g in enumerate(gold.entities):
        for f in g.forms:
            owner.setdefault(f, k)
    matched: set[int] = set()
    for e in story.entities:
        k = owner.get(norm(e.name))
        others = {owner[norm(a)] for a in e.aliases if norm(a) in owner} - {k}
        if k is not None and gold.entities[k].optional and not others:
            continue
        score.predicted += 1
        if k is None:
            score.notes.append(f"extra entity {e.name!r} ({e.kind})")
        elif others:
            merged = ", ".join(sorted(gold.entities[o].name for o in others))
            score.notes.append(f"entity {e.name!r} wrongly includes {merged}")
        elif e.kind != gold.entities[k].kind:
            score.notes.append(f"entity {e.name!r} is {e.kind}, gold says {gold.entities[k].kind}")
        elif k in matched:
            score.notes.append(f"entity {e.name!r} duplicates {gold.entities[k].name!r}")
        else:
            matched.add(k)
            score.correct += 1
    for k, g in enumerate(gold.entities):
        if k not in matched and not g.optional:
            score.notes.append(f"missed entity {g.name!r} ({g.kind})")
    return score


def _speaker_names(story: Story) -> dict[str, Entity]:
    return {e.id: e for e in story.entities}


def score_speakers(story: Story, gold: Gold) -> Score:
    score = Score(gold=sum(not g.optional for g in gold.statements))
    forms = {g.name: set(g.forms) for g in gold.entities}
    entities = _speaker_names(story)
    answered: set[int] = set()
    for st in story.statements:
        text = norm(st.text)
        k = next((k for k, g in enumerate(gold.statements)
                  if k not in answered and all(p in text for p in g.phrases)), None)
        speaker = entities.get(st.speaker) if st.speaker else None
        said = f"{speaker.name!r}" if speaker else "no speaker"
        if k is None:
            score.predicted += 1
            score.notes.append(f"extra statement by {said}: {_short(st.text)!r}")
            continue
        answered.add(k)
        g = gold.statements[k]
        if g.optional:
            continue
        score.predicted += 1
        if speaker is not None and norm(speaker.name) in forms[g.speaker]:
            score.correct += 1
        else:
            score.notes.append(f"statement {_short(' / '.join(g.phrases))!r}: {said}, gold says {g.speaker!r}")
    for k, g in enumerate(gold.statements):
        if k not in answered and not g.optional:
            score.notes.append(f"missed statement by {g.speaker!r}: {_short(' / '.join(g.phrases))!r}")
    return score


def score_dates(story: Story, gold: Gold) -> Score:
    score = Score(gold=sum(not g.optional for g in gold.dates))
    predicted = [t for t in story.time_expressions if t.value]
    used: set[int] = set()
    for g in gold.dates:
        hit = None
        for k, t in enumerate(predicted):
            text = norm(t.text)
            if k in used or not (g.text in text or text in g.text):
                continue
            if g.optional or (t.value == g.value and (g.end is None or t.end_value == g.end)):
                hit = k
                break
        if hit is None:
            if not g.optional:
                wrong = [t for k, t in enumerate(predicted) if k not in used and (g.text in norm(t.text) or norm(t.text) in g.text)]
                got = f", got {wrong[0].value}" + (f"..{wrong[0].end_value}" if wrong[0].end_value else "") if wrong else ""
                score.notes.append(f"missed date {g.text!r} = {g.value}{'..' + g.end if g.end else ''}{got}")
            continue
        used.add(hit)
        if not g.optional:
            score.correct += 1
            score.predicted += 1
    for k, t in enumerate(predicted):
        if k not in used:
            score.predicted += 1
            score.notes.append(f"extra date {t.text!r} = {t.value}")
    return score


def _short(text: str, n: int = 70) -> str:
    text = norm(text)
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class Result:
    article: str
    scores: dict[str, Score]


def evaluate(gold_dir: Path = GOLD_DIR, articles_dir: Path = ARTICLES_DIR) -> list[Result]:
    results = []
    for path in sorted(gold_dir.glob("*.yml")):
        gold = load_gold(path)
        problems = Problems()
        article = read_article(articles_dir / gold.article, articles_dir, problems)
        if article is None:
            raise GoldError(f"{path}: cannot read article '{gold.article}': " + "; ".join(map(str, problems.errors)))
        story = extract_plain(article)
        results.append(Result(gold.article, {
            "speakers": score_speakers(story, gold),
            "dates": score_dates(story, gold),
            "entities": score_entities(story, gold),
        }))
    return results


def total(results: list[Result]) -> dict[str, Score]:
    out = {m: Score() for m in MEASURES}
    for r in results:
        for m in MEASURES:
            out[m].add(r.scores[m])
    return out


def format_table(results: list[Result]) -> str:
    """A Markdown table: P and R per measure, with correct/predicted/gold counts."""
    header = ["article"] + [f"{m} {pr}" for m in MEASURES for pr in ("P", "R")] + ["counts (c/p/g)"]
    rows = []
    for name, scores in [(r.article, r.scores) for r in results] + [("**overall**", total(results))]:
        cells = [name]
        for m in MEASURES:
            cells += [f"{scores[m].precision:.2f}", f"{scores[m].recall:.2f}"]
        cells.append("  ".join(f"{m[0]} {scores[m].correct}/{scores[m].predicted}/{scores[m].gold}" for m in MEASURES))
        rows.append(cells)
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="penjelas eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold YAML files (default: tests/gold)")
    parser.add_argument("--articles", type=Path, default=ARTICLES_DIR,
                        help="folder of article folders (default: tests/fixtures/articles)")
    parser.add_argument("--part", choices=("all", "development", "held-out"), default="all",
                        help="which part to score: the development part (rules are tuned on it) or the held-out part (never)")
    args = parser.parse_args(argv)
    parts = [("Development part (tuned on)", args.gold)]
    if (args.gold / "heldout").is_dir():
        parts.append(("Held-out part (no rule is tuned on it: read these as the expected quality)", args.gold / "heldout"))
    if args.part != "all":
        parts = [parts[0]] if args.part == "development" else parts[1:]
    for n, (title, folder) in enumerate(parts):
        try:
            results = evaluate(folder, args.articles)
        except (GoldError, OSError, yaml.YAMLError, KeyError) as error:
            print(f"eval: {error}", file=sys.stderr)
            return 2
        if len(parts) > 1 or args.part != "all":
            print(("\n" if n else "") + f"## {title}: {len(results)} articles\n")
        print(format_table(results))
        if args.verbose:
            for r in results:
                notes = [f"  {m}: {nt}" for m in MEASURES for nt in r.scores[m].notes]
                if notes:
                    print(f"\n{r.article}")
                    print("\n".join(notes))
    return 0
