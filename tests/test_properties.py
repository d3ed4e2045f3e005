"""Property tests for the text functions: on any Unicode text they do not
crash, every span they return is found verbatim at its offsets, and the
sentences cover each paragraph exactly (only whitespace between them).

Text is drawn both from all of Unicode and from a vocabulary of the things
the rules look for (names, titles, months, weekdays, quote marks, speech
verbs, clitics, abbreviations), so that the interesting branches are taken.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from penjelas.notes import build_story
from penjelas.errors import Problems
from penjelas.model import Article, Entity, Meta, Paragraph, Sentence
from penjelas.reading.schema import parse_partial_date
from penjelas.reading.sources import anchor_id, split_paragraphs
from penjelas.text import dates, mentions, names, sentences, statements
from penjelas.text.lang import language

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VOCABULARY = [
    "Presiden", "Rusia", "Vladimir", "Putin", "Korea", "Utara", "Utaralah", "Korea Selatan", "Kim", "Jong", "Un",
    "AS", "Amerika Serikat", "Dr.", "Prof.", "H.", "J.", "U.S.", "No.", "dkk.", "13.21", "WIB", "pukul",
    "kata", "katanya", "ujarnya", "tulis", "mengatakan", "menurut", "yakin", "bahwa", "said", "according", "to",
    "18", "19", "2024", "2019", "30", "31", "Juni", "Februari", "September", "Rabu,", "Jumat", "hari", "bulan",
    "tahun", "lalu", "depan", "ini", "kemarin", "pekan", "June", "Wednesday", "last", "1990-an", "18-20",
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]", ".", ",", "!", "?", "…", ":", ";", "-", "—",
    "nya", "lah", "kah", "pun", "di", "ke", "dari", "yang", "dan", "ia", "dia", "tersebut", "Juru", "bicara",
    "DPRK", "(Korea Utara)", "AP", "CNN", "Sky News", "é", "ß", "İ", "ǅ", "Σ", "ﬁ", "\u200b", "\u0301", "👍",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "  ", "\t", "\u00a0", "\u2009", ". ", ", "])

vocabulary_text = st.lists(st.tuples(st.sampled_from(VOCABULARY), SEPARATORS), max_size=40).map(
    lambda parts: "".join(word + sep for word, sep in parts))
unicode_text = st.text(max_size=200)
mixed_text = st.lists(st.one_of(vocabulary_text, st.text(max_size=12)), max_size=6).map("".join)
any_text = st.one_of(vocabulary_text, unicode_text, mixed_text)
languages = st.sampled_from([language("id"), language("en")])


def as_sentences(paragraph: str, lang, para_index: int = 1) -> list[Sentence]:
    out = []
    for start, end in sentences.split(paragraph, lang):
        text = paragraph[start:end]
        out.append(Sentence(anchor_id("s", text) + f"-{len(out)}", para_index, len(out) + 1, text, start, end))
    return out


# --- sentences ------------------------------------------------------------------

@SETTINGS
@given(any_text, languages)
def test_sentences_cover_the_paragraph_exactly(paragraph, lang):
    spans = sentences.split(paragraph, lang)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(paragraph)
        assert paragraph[position:start].strip() == ""  # only whitespace between sentences
        sentence = paragraph[start:end]
        assert not sentence[0].isspace() and not sentence[-1].isspace()
        position = end
    assert paragraph[position:].strip() == ""
    if paragraph.strip():
        assert spans


# --- mentions -----------------------------------------------------------------------

@st.composite
def sentences_and_aliases(draw):
    lang = draw(languages)
    paragraph = draw(any_text)
    sents = as_sentences(paragraph, lang)
    aliases = set(draw(st.lists(st.sampled_from(VOCABULARY), max_size=6)))
    aliases |= set(draw(st.lists(st.text(min_size=1, max_size=6), max_size=3)))
    for s in sents:  # substrings that are really there
        a = draw(st.integers(0, len(s.text) - 1))
        b = draw(st.integers(a + 1, len(s.text)))
        aliases.add(s.text[a:b])
    aliases = {a for a in aliases if a.strip()}
    alias_map = {a: f"e{k}" for k, a in enumerate(sorted(aliases))}
    return lang, paragraph, sents, alias_map


@SETTINGS
@given(sentences_and_aliases())
def test_mentions_are_found_verbatim(case):
    lang, _paragraph, sents, alias_map = case
    by_id = {s.id: s for s in sents}
    found = mentions.match_aliases(sents, alias_map, lang)
    for m in found:
        assert by_id[m.sentence].text[m.start:m.end] == m.text
        assert alias_map[m.text] == m.entity
    masked = {}
    for m in found:
        masked.setdefault(m.sentence, []).append((m.start, m.end))
    for c in names.find_candidates(sents, masked, lang, set()):
        assert by_id[c.sentence].text[c.start:c.end] == c.text


# --- quotes and statements -------------------------------------------------------------

@SETTINGS
@given(any_text)
def test_quotes_are_found_at_their_offsets(paragraph):
    position = 0
    for q in statements.find_quotes(paragraph, 1):
        assert position <= q.start < q.end <= len(paragraph)
        assert paragraph[q.start] in statements.PAIRS
        if q.closed:
            assert paragraph[q.end - 1] == statements.PAIRS[paragraph[q.start]]
        else:
            assert q.end == len(paragraph)
        position = q.end


@SETTINGS
@given(sentences_and_aliases(), st.sampled_from(["person", "organization", "media", "country", "place"]))
def test_statements_quote_the_paragraph_verbatim(case, kind):
    lang, text, sents, alias_map = case
    if "\n\n" in text.strip() or not sents:
        return  # one paragraph here; several are covered by the whole-story test
    paragraph = Paragraph("p-1", 1, text, 1)
    entities = {eid: Entity(eid, alias, kind, [alias]) for alias, eid in alias_map.items()}
    found = mentions.match_aliases(sents, alias_map, lang)
    for statement in statements.extract([paragraph], sents, found, entities, lang):
        assert statement.text in text
        assert statement.kind in ("direct", "reported", "belief")
        assert set(statement.sentences) <= {s.id for s in sents}


# --- dates ---------------------------------------------------------------------------

@SETTINGS
@given(any_text, languages, st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_are_found_verbatim_and_valid(paragraph, lang, published):
    sents = as_sentences(paragraph, lang)
    by_id = {s.id: s for s in sents}
    for t in dates.extract(sents, published.isoformat(), lang):
        assert by_id[t.sentence].text[t.start:t.end] == t.text
        if t.value and t.precision in ("day", "month", "year"):
            assert parse_partial_date(t.value) is not None, t
        if t.weekday_ok is not None:
            assert t.weekday


# --- the whole extraction ------------------------------------------------------------------

@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=4), languages,
       st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31)))
def test_whole_story_extraction_never_crashes(paragraphs, lang, published):
    body = "\n\n".join(paragraphs)
    paras = split_paragraphs(body, 6)
    if not paras:
        return
    meta = Meta(slug="acak", title="Acak", published=published.isoformat(), language=lang.code)
    article = Article(meta=meta, paragraphs=paras, path="content/stories/acak/article.md", body_line=6)
    registry = {"putin": Entity("putin", "Vladimir Putin", "person", ["Vladimir Putin", "Putin"]),
                "korea-utara": Entity("korea-utara", "Korea Utara", "country", ["Korea Utara"])}
    story, _auto = build_story(article, registry, Problems())
    texts = {p.index: p.text for p in paras}
    for s in story.sentences:
        assert texts[s.paragraph][s.start:s.end] == s.text
    by_id = {s.id: s for s in story.sentences}
    assert len(by_id) == len(story.sentences)  # anchors are unique
    for m in story.mentions:
        assert by_id[m.sentence].text[m.start:m.end] == m.text
    for t in story.time_expressions:
        assert by_id[t.sentence].text[t.start:t.end] == t.text


# --- escaping ----------------------------------------------------

@SETTINGS
@given(st.one_of(any_text, st.text(alphabet="<>&\"'x é“", max_size=30)))
def test_fragment_escape_writes_what_markupsafe_writes(text):
    from markupsafe import Markup, escape

    from penjelas.render import fragments

    assert fragments.escape(text) == str(escape(text))
    assert fragments.escape(Markup(text)) == text  # markup passes through, as with autoescaping


# --- arbitrary Unicode in every field of every content file ------------------------------------------

import json  # noqa: E402
import re  # noqa: E402
import tempfile  # noqa: E402
from html.parser import HTMLParser  # noqa: E402
from pathlib import Path  # noqa: E402

from penjelas.build import prepare  # noqa: E402

allowed_text = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=40)
field_text = st.one_of(allowed_text, allowed_text, any_text, vocabulary_text, st.sampled_from([
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "{: onmouseover=alert(1) }", "\x92", "\x7f", "\ufffe",
    "\u202ekanan\u202c", "\u2067", "---\ntitle: x\n---", "{{ 7*7 }}", "</p></div>", "\ud800", "\U0010ffff", "&amp;", "\r\n"]))
PROBLEM_LINE = re.compile(r"^[^\n]+:\d+:\d+: (error|warning): \[[a-z0-9-]+\] [^\n]+$")


class _Inert(HTMLParser):
    """Whatever in a page could run, load or send something."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("iframe", "object", "embed", "img", "style", "form", "base", "meta", "link", "frame"):
            self.live.append(tag)
        for name, value in attrs.items():
            if name.startswith("on") or not re.fullmatch(r"[a-z][a-z0-9:_.-]*", name):
                self.live.append((tag, name))
            if name in ("href", "src", "xlink:href", "action", "formaction") and value is not None:
                if not (value.startswith(("https://", "http://", "#", "../", "./")) or re.match(r"^[a-z0-9-]+(/|\.json)", value)):
                    self.live.append((tag, name, value))
        if tag == "script":
            self._script = attrs.get("type", "")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            if self._script != "application/ld+json" or "<" in data:
                self.live.append(("script", data[:40]))
            else:
                json.loads(data)


def _json(value, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


FIELDS = ("title", "publisher", "author", "license", "body", "summary", "cite", "issue_title", "issue_summary", "claim",
          "event_title", "event_summary", "annotation", "phrase", "role", "alias", "ignore", "name", "entity_role", "fact",
          "wikidata", "speaker_phrase", "date_phrase")
ORDINARY = {k: f"teks {k}" for k in FIELDS} | {"body": "Menteri hadir", "name": "Budi Santoso", "alias": "Pak Budi", "cite": "berkata bahwa",
                                              "phrase": "berkata bahwa", "speaker_phrase": "berkata bahwa", "date_phrase": "berkata",
                                              "wikidata": "Q7747"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), field_text, min_size=1, max_size=5), st.booleans())
def test_arbitrary_unicode_in_every_field_gives_problems_or_inert_pages(changed, ascii_only):
    """A few content fields at a time hold arbitrary text (written raw, or as
    escapes), the others ordinary words: the build never raises; it reports
    problems as path:line:col: level: [code] message on one printable line,
    or its pages hold nothing live."""
    F = {**ORDINARY, **changed}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        story = root / "content" / "stories" / "acak"
        story.mkdir(parents=True)
        (root / "content" / "entities").mkdir()
        (root / "docs").mkdir()
        front = "\n".join(f"{k}: {_json(F[k], ascii_only)}" for k in ("title", "publisher", "author", "license"))
        body = f"Budi Santoso berkata bahwa {F['body']} aman.\n\n{F['body']}\n"
        article = f"---\n{front}\npublished: 2024-06-18\nlanguage: id\n---\n{body}"
        (story / "article.md").write_bytes(article.encode("utf-8", "surrogatepass"))
        notes = {
            "summary": [{"text": F["summary"], "cite": [F["cite"]], "sources": ["https://example.org/a"]}],
            "issues": [{"id": "isu", "title": F["issue_title"], "summary": F["issue_summary"],
                        "claims": [{"text": F["claim"], "by": "budi", "cite": ["berkata bahwa"], "highlight": True}]}],
            "events": [{"date": "2024-06-20", "title": F["event_title"], "summary": F["event_summary"],
                        "sources": ["https://example.org/b"], "entities": ["budi"]}],
            "annotations": [{"phrase": F["phrase"], "kind": "correction", "text": F["annotation"], "sources": ["https://example.org/c"]},
                            {"phrase": "Budi Santoso", "kind": "context", "text": F["annotation"]}],
            "roles": {"budi": F["role"]},
            "aliases": {"budi": [F["alias"]]},
            "ignore": [F["ignore"]],
            "speakers": [{"phrase": F["speaker_phrase"], "speaker": "budi"}],
            "dates": [{"phrase": F["date_phrase"], "value": "2024-06"}],
        }
        (story / "notes.yml").write_bytes(_json(notes, ascii_only).encode("utf-8", "surrogatepass"))
        entity = {"id": "budi", "name": F["name"], "kind": "person", "aliases": ["Budi Santoso"], "role": F["entity_role"],
                  "background": [{"text": F["fact"], "source": "https://example.org/d"}], "wikidata": F["wikidata"]}
        (root / "content" / "entities" / "budi.yml").write_bytes(_json(entity, ascii_only).encode("utf-8", "surrogatepass"))
        result = prepare(root / "content", root / "docs", base=root)
        for problem in result.problems.items:
            line = str(problem)
            assert PROBLEM_LINE.match(line) and line.isprintable(), line
        if result.problems.errors:
            assert result.pages == []
            event("refused with problems")
            return
        event("built")
        for page in result.pages:
            if not page.src_uri.endswith(".md"):
                json.loads(page.content)
                continue
            parser = _Inert()
            parser.feed(page.content)
            assert parser.live == [], (page.src_uri, parser.live)
            for key in ("title", "description"):
                assert "<" not in page.meta[key] and '"' not in page.meta[key], (page.src_uri, key)
            parser = _Inert()
            parser.feed(f'<script type="application/ld+json">{page.meta.get("jsonld", "{}")}</script>')
            assert parser.live == []
