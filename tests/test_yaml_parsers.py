"""libyaml reads content's YAML an order of magnitude faster than PyYAML's
pure-Python parser, so reading/yamlio.py lets it read the texts it reads the
same way, and PyYAML the rest. "The same way" is held here: for every text,
the fast path gives the very node tree PyYAML gives (tags, values, styles and
every mark: the line and column each message points at), or hands the text
to PyYAML. Checked on every YAML file of the test fixtures, on documents
written in every style PyYAML can write, and on arbitrary text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from penjelas.reading import yamlio

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(yamlio._CParser is None, reason="PyYAML without libyaml: there is no fast path to check")


def tree(node):
    """A node tree as plain values: tag, value, style and both marks of every node."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column)  # where messages point (yamlio never reads end marks)
    if isinstance(node, yaml.MappingNode):
        return ("map", node.tag, marks, [(tree(k), tree(v)) for k, v in node.value])
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, marks, [tree(n) for n in node.value])
    return ("scalar", node.tag, marks, node.value, node.style or None)  # plain: libyaml says "", PyYAML None


def slow(text: str):
    try:
        return ("ok", tree(yaml.compose(text, Loader=yamlio._Loader)))
    except yaml.YAMLError as error:
        return ("error", type(error).__name__)


def fast(text: str):
    """What yamlio reads ``text`` as: ("pyyaml", ...) when it leaves it to PyYAML."""
    if yamlio._PYYAML_ONLY.search(text):
        return None
    loader = yamlio._FastLoader(text)
    try:
        return ("ok", tree(loader.get_single_node()))
    except yaml.YAMLError as error:
        return ("error", type(error).__name__)
    finally:
        loader.dispose()


def same_or_left_to_pyyaml(text: str) -> None:
    got = fast(text)
    if got is None or got[0] == "error":  # read by PyYAML (an error is always PyYAML's message)
        return
    assert got == slow(text), text


def fixture_yaml() -> list[Path]:
    files = sorted(p for p in (ROOT / "tests").rglob("*.y*ml") if p.is_file())
    assert len(files) > 50
    return files


def test_every_fixture_file_reads_the_same():
    fast_read = 0
    for path in fixture_yaml():
        text = path.read_text(encoding="utf-8", errors="replace")
        same_or_left_to_pyyaml(text)
        fast_read += fast(text) is not None
    assert fast_read > 40  # the fast path is the usual path, not a rare one


def test_article_front_matter_reads_the_same():
    for path in sorted((ROOT / "tests").rglob("article.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---\n") and "\n---" in text[4:]:
            same_or_left_to_pyyaml(text[4:text.index("\n---", 4)])


SCALARS = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), max_size=60),
    st.sampled_from(["yes", "no", "null", "~", "2024-06-18", "12", "1e3", "0x1f", ":", "- x", "# not", "a: b", "[x]",
                     "{y}", "&a", "*a", "!t", "|", ">", "'", '"', "\\", "https://x.org/a?b=1&c=2", "Rp466", "“kutip”"]),
    st.integers(), st.booleans(), st.none(), st.dates(),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(min_size=1, max_size=12), children, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.sampled_from([None, False, True]), st.sampled_from([None, "'", '"']), st.integers(20, 120),
       st.booleans())
def test_documents_in_every_style_read_the_same(doc, flow, style, width, unicode):
    text = yaml.safe_dump(doc, default_flow_style=flow, default_style=style, width=width, allow_unicode=unicode)
    same_or_left_to_pyyaml(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab: -[]{},#'\"\n  \t?&*!|>%@`.~1\\x€“")), max_size=80))
def test_arbitrary_text_reads_the_same_or_goes_to_pyyaml(text):
    same_or_left_to_pyyaml(text)


def test_the_load_gives_the_same_problems_either_way(tmp_path):
    """Through yamlio.load: a text PyYAML rejects gets PyYAML's message at its place."""
    from penjelas.errors import Problems

    for text in ("a: [1, 2\nb: 3\n", "a: 'open\n", "a:\n  - b\n - c\n", "a: b: c\n"):
        problems = Problems()
        yamlio.load(text, "x.yml", problems)
        reference = Problems()
        try:
            yaml.compose(text, Loader=yamlio._Loader)
        except yaml.MarkedYAMLError as error:
            reference.error(*yamlio._describe(error, "x.yml", 0), "yaml-syntax")
        assert [str(p) for p in problems.items] == [str(p) for p in reference.items], text
