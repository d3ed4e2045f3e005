"""Sentence splitting: exact sentences for each tricky full stop, and stable ids."""

import pytest

from penjelas.extract import article_from_text, split_sentences
from penjelas.text import sentences
from penjelas.text.lang import ENGLISH, INDONESIAN


def split(text, lang=INDONESIAN):
    return [text[a:b] for a, b in sentences.split(text, lang)]


@pytest.mark.parametrize("text, expected", [
    # An abbreviated title is not a sentence end.
    ("Kepala BMKG Prof. Dwikorita Karnawati tiba. Ia pergi.",
     ["Kepala BMKG Prof. Dwikorita Karnawati tiba.", "Ia pergi."]),
    ("Ir. Nofrizal hadir. Hj. Siti juga.", ["Ir. Nofrizal hadir.", "Hj. Siti juga."]),
    # A time of day and a decimal comma stay inside.
    ("Gempa terjadi pukul 13.21 WIB. Warga panik.", ["Gempa terjadi pukul 13.21 WIB.", "Warga panik."]),
    ("Harga naik 2,5 persen. Lalu turun.", ["Harga naik 2,5 persen.", "Lalu turun."]),
    # The attribution after a quote belongs to the quote's sentence.
    ("“Kami siap,” kata Ratna. Ia pergi.", ["“Kami siap,” kata Ratna.", "Ia pergi."]),
    ("“Kami siap.” Ia pergi.", ["“Kami siap.”", "Ia pergi."]),
    ("Apa benar? Ya! Tentu…  Baik.", ["Apa benar?", "Ya!", "Tentu…", "Baik."]),
])
def test_indonesian_sentences(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("J. Smith arrived. He left.", ["J. Smith arrived.", "He left."]),
    ("The U.S. Navy sailed. It left.", ["The U.S. Navy sailed.", "It left."]),
    # A sentence may start with a number.
    ("It was built in the 1974. 10 ships sank.", ["It was built in the 1974.", "10 ships sank."]),
])
def test_english_sentences(text, expected):
    assert split(text, ENGLISH) == expected


def test_sentence_ids_are_stable_and_numbered():
    article = article_from_text("Presiden tiba. Ia pergi.\n\nIa pergi.", "2024-06-18")
    sents = split_sentences(article)
    assert [(s.paragraph, s.index, s.text) for s in sents] == [
        (1, 1, "Presiden tiba."), (1, 2, "Ia pergi."), (2, 3, "Ia pergi.")]
    # The same text gets the same id; a repeat gets a suffix.
    assert sents[2].id == sents[1].id + "-2"
    assert split_sentences(article) == sents
