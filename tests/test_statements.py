"""Statements in the styles real news uses: input text -> exact statements
(speaker's name, speaker_text, verb, kind, text, resolved_by)."""

import pytest

from penjelas.errors import Problems
from penjelas.extract import article_from_text
from penjelas.notes import build_story
from penjelas.text import statements
from penjelas.text.statements import find_quotes


def said(body, published="2024-06-18", language="id"):
    story, _ = build_story(article_from_text(body, published, language), {}, Problems(), use_notes=False)
    names = {e.id: e.name for e in story.entities}
    return [(names.get(st.speaker), st.speaker_text, st.verb, st.kind, st.text, st.resolved_by)
            for st in story.statements]


INDONESIAN = [
    # “…,” kata X and "…," ujarnya (the last named speaker).
    ("“Gempa ini tidak berpotensi tsunami,” kata Dwikorita Karnawati. \"Warga diminta tenang,\" ujarnya.",
     [("Dwikorita Karnawati", "Dwikorita Karnawati", "kata", "direct", "Gempa ini tidak berpotensi tsunami", "name"),
      ("Dwikorita Karnawati", "Dwikorita Karnawati", "ujarnya", "direct", "Warga diminta tenang", "continuation")]),
    # X mengatakan, … and Menurut X, …
    ("Kepala BMKG Dwikorita Karnawati mengatakan, gempa dipicu sesar aktif. Menurut Dwikorita, gempa susulan melemah.",
     [("Dwikorita Karnawati", "Kepala BMKG Dwikorita Karnawati", "mengatakan", "reported", "gempa dipicu sesar aktif", "name"),
      ("Dwikorita Karnawati", "Dwikorita", "menurut", "reported", "gempa susulan melemah", "name")]),
    # …, kata X di Padang, Senin (26/1).
    ("“Sebanyak 37 rumah rusak,” kata Kepala Pelaksana BPBD Sumbar Hendra Saputra di Padang, Senin (26/1).",
     [("Hendra Saputra", "Hendra Saputra", "kata", "direct", "Sebanyak 37 rumah rusak", "name")]),
    # imbuh X, tambahnya, katanya menambahkan, jelasnya, tegasnya, ungkapnya, tuturnya.
    ("“Tim sudah bergerak,” imbuh Hendra Saputra. “Kami siaga,” tambahnya. \"Kami berharap hakim adil,\" "
     "katanya menambahkan. “Logistik cukup,” jelasnya. “Tidak ada korban jiwa,” tegasnya. “Semua aman,” ungkapnya. "
     "“Terima kasih,” tuturnya.",
     [("Hendra Saputra", "Hendra Saputra", "imbuh", "direct", "Tim sudah bergerak", "name"),
      ("Hendra Saputra", "Hendra Saputra", "tambahnya", "direct", "Kami siaga", "continuation"),
      ("Hendra Saputra", "Hendra Saputra", "katanya", "direct", "Kami berharap hakim adil", "continuation"),
      ("Hendra Saputra", "Hendra Saputra", "jelasnya", "direct", "Logistik cukup", "continuation"),
      ("Hendra Saputra", "Hendra Saputra", "tegasnya", "direct", "Tidak ada korban jiwa", "continuation"),
      ("Hendra Saputra", "Hendra Saputra", "ungkapnya", "direct", "Semua aman", "continuation"),
      ("Hendra Saputra", "Hendra Saputra", "tuturnya", "direct", "Terima kasih", "continuation")]),
    # A quote over several paragraphs: each opens with a quote mark, only the last closes.
    ("Ketua koperasi, Syafrizal, bercerita.\n\n“Dulu kami menjual kopi ke tengkulak.\n\n"
     "“Sekarang harga naik tiga kali lipat,” tuturnya.",
     [("Syafrizal", "Syafrizal", "tuturnya", "direct",
       "Dulu kami menjual kopi ke tengkulak. Sekarang harga naik tiga kali lipat", "continuation")]),
    # Reported speech and beliefs with no quote marks.
    ("Negara-negara Barat yakin bahwa Rusia akan membantu. Publikasi Jepang Nikkei Asia melaporkan bahwa "
     "pejabat senior bertemu.",
     [("Barat", "Negara-negara Barat", "yakin", "belief", "Rusia akan membantu", "name"),
      ("Nikkei Asia", "Publikasi Jepang Nikkei Asia", "melaporkan", "reported", "pejabat senior bertemu", "name")]),
    # A pronoun subject: the person who opens the sentence before.
    ("Kuasa hukum terdakwa, Made Sutarja, mengatakan pihaknya akan membela diri. Ia menilai tuntutan jaksa terlalu berat.",
     [("Made Sutarja", "Made Sutarja", "mengatakan", "reported", "pihaknya akan membela diri", "name"),
      ("Made Sutarja", "Ia", "menilai", "belief", "tuntutan jaksa terlalu berat", "pronoun")]),
    ("Bupati Siti Rahmawati datang bersama Komandan Bagus Wicaksono. Ia juga menegaskan, dapur umum dibuka.",
     [("Siti Rahmawati", "Ia", "menegaskan", "reported", "dapur umum dibuka", "pronoun")]),
    # Menurutnya, … and Menurut dia, …
    ("Ir. Nofrizal meninjau kebun. Menurutnya, ekspor menjadi contoh. Menurut dia, mutu adalah kunci.",
     [("Nofrizal", "Menurutnya", "menurutnya", "reported", "ekspor menjadi contoh", "pronoun"),
      ("Nofrizal", "dia", "menurut", "reported", "mutu adalah kunci", "pronoun")]),
    # The attribution between commas.
    ("Penyidik, imbuh Dirmanto Santoso, juga berkoordinasi dengan bank.",
     [("Dirmanto Santoso", "Dirmanto Santoso", "imbuh", "reported",
       "Penyidik, imbuh Dirmanto Santoso, juga berkoordinasi dengan bank", "name")]),
    # A description pointing back to the last person named, not to the country in it.
    ("Ketua Diaspora Network, Dino Pati Djalal, membuka acara. Dalam sambutannya, mantan Duta Besar Amerika Serikat "
     "ini mengungkapkan, kongres dihadiri 9 ribu orang.",
     [("Dino Pati Djalal", "mantan Duta Besar Amerika Serikat ini", "mengungkapkan", "reported",
       "kongres dihadiri 9 ribu orang", "anaphora")]),
    # A description after the quote points back to the last person named.
    ("Pelatih Rajawali FC, Marco van Dijkhuis, puas. \"Kami bermain disiplin,\" ucap pelatih asal Belanda itu.",
     [("Marco van Dijkhuis", "pelatih asal Belanda itu", "ucap", "direct", "Kami bermain disiplin", "anaphora")]),
    # A sentence-closing attribution whose subject opens the sentence, an aside between.
    ("Kementerian Kesehatan dalam keterangan tertulisnya, Minggu (30/6), menyebut operasi pasar digelar.",
     [("Kementerian Kesehatan", "Kementerian Kesehatan", "menyebut", "reported", "operasi pasar digelar", "name")]),
    ("JAKARTA, KOMPAS.com - Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran.",
     [("Joko Widodo", "Presiden Joko Widodo", "mengatakan", "reported", "pemerintah akan menambah anggaran", "name")]),
    # "Menurut <title of a body>, <person>, …": the person.
    ("Menurut Kepala Subkomite Pelayaran KNKT, Capt. Bambang Irawan, investigasi awal dimulai pekan ini.",
     [("Bambang Irawan", "Bambang Irawan", "menurut", "reported", "investigasi awal dimulai pekan ini", "name")]),
    # "Hal itu disampaikan oleh <title of a body>, <person>": the sentence before is the person's.
    ("Dinas Kesehatan akan menutup klinik itu. Hal itu disampaikan oleh Kepala Dinas Kesehatan, Ratna Dewi, Senin (17/6).",
     [("Ratna Dewi", "Ratna Dewi", "disampaikan", "reported", "Dinas Kesehatan akan menutup klinik itu", "name")]),
    # "Dikutip dari data <body>, …": the rest of the sentence is the body's.
    ("Dikutip dari data Badan Pusat Statistik (BPS), jumlah penduduk miskin turun menjadi 25 juta orang.",
     [("Badan Pusat Statistik", "Badan Pusat Statistik", "dikutip dari", "reported",
       "jumlah penduduk miskin turun menjadi 25 juta orang", "name")]),
    # A scare quote inside the writer's own sentence is no statement.
    ("Rusia dapat mentransfer “teknologi penting” ke Korea Utara.", []),
    # Round 8. office-then-person: the office opens a title chain, the person who ends it speaks.
    ("Menurut Kepala Balai Besar Taman Nasional (BBTN) Riau, Andi Saputra, populasi gajah terus menurun.",
     [("Andi Saputra", "Andi Saputra", "menurut", "reported", "populasi gajah terus menurun", "name")]),
    ("“Stok beras aman sampai akhir tahun,” ungkap Kepala Perwakilan Badan Urusan Logistik (Bulog) Provinsi Riau, "
     "Sinta Maharani, di Pekanbaru.",
     [("Sinta Maharani", "Sinta Maharani", "ungkap", "direct", "Stok beras aman sampai akhir tahun", "name")]),
    ("Kepala Biro Humas Kemenkes Siti Rahma mengatakan, stok obat cukup.",
     [("Siti Rahma", "Kepala Biro Humas Kemenkes Siti Rahma", "mengatakan", "reported", "stok obat cukup", "name")]),
    # closing-verb: "…, ujar <role> X." with no quote: what comes before the comma is X's.
    ("Tim gabungan menemukan dua korban di sungai, ujar ketua majelis hakim Agus Salim.",
     [("Agus Salim", "Agus Salim", "ujar", "reported", "Tim gabungan menemukan dua korban di sungai", "name")]),
    ("Tim gabungan menemukan dua korban di sungai yang meluap, kata Budi Santoso, Senin (17/6).",
     [("Budi Santoso", "Budi Santoso", "kata", "reported", "Tim gabungan menemukan dua korban di sungai yang meluap",
       "name")]),
    # ... and when the said part goes on after the speaker, the sentence is quoted whole.
    ("Untuk korban banjir di desa itu, jelas Agus Salim pemerintah desa menyiapkan dapur umum.",
     [("Agus Salim", "Agus Salim", "jelas", "reported",
       "Untuk korban banjir di desa itu, jelas Agus Salim pemerintah desa menyiapkan dapur umum", "name")]),
    # An aside stays an aside (parenthetical-attribution).
    ("Bantuan untuk para korban banjir, kata Budi Santoso, akan dikirim pekan depan.",
     [("Budi Santoso", "Budi Santoso", "kata", "reported",
       "Bantuan untuk para korban banjir, kata Budi Santoso, akan dikirim pekan depan", "name")]),
    # office-title: the title before an office and a defined body is the person's.
    ("Harga beras di pasar turun, kata Kepala Pusat Data dan Informasi Badan Pangan Nasional (BPN) Rudi Santoso.",
     [("Rudi Santoso", "Rudi Santoso", "kata", "reported", "Harga beras di pasar turun", "name")]),
    # capitalised-verb.
    ("“Hutan terus menyusut setiap tahun,” Kata Budi Santoso.",
     [("Budi Santoso", "Budi Santoso", "Kata", "direct", "Hutan terus menyusut setiap tahun", "name")]),
]


@pytest.mark.parametrize("body, expected", INDONESIAN)
def test_indonesian_statements(body, expected):
    assert said(body) == expected


ENGLISH = [
    # "…," X said, then an unattributed quote continuing it.
    ("\"This prize belongs to the villages,\" Dr Amina Wekesa said. \"We only brought the seedlings.\"",
     [("Amina Wekesa", "Dr Amina Wekesa", "said", "direct", "This prize belongs to the villages", "name"),
      ("Amina Wekesa", "Amina Wekesa", "", "direct", "We only brought the seedlings.", "continuation")]),
    # X told Y "…", then "she said".
    ("Amina Wekesa told reporters \"the hills are green again\" and left. She said the programme would expand.",
     [("Amina Wekesa", "Amina Wekesa", "told", "direct", "the hills are green again", "name"),
      ("Amina Wekesa", "She", "said", "reported", "the programme would expand", "pronoun")]),
    # according to X; "the service" points back to the Kenya Forest Service.
    ("According to the Kenya Forest Service, the hills were cleared in the 1950s. Last week, the service announced "
     "that it would hire rangers.",
     [("Kenya Forest Service", "Kenya Forest Service", "according to", "reported",
       "the hills were cleared in the 1950s", "name"),
      ("Kenya Forest Service", "the service", "announced", "reported", "it would hire rangers", "anaphora")]),
    # X cited "…".
    ("The East African Wildlife Society, which runs the prize, cited \"a rare mix of science and patience\" in its decision.",
     [("East African Wildlife Society", "East African Wildlife Society", "cited", "direct",
       "a rare mix of science and patience", "name")]),
    # The attribution closes the sentence.
    ("Dock workers returned to work after a strike ended with a deal, the Harbour Workers Union said.",
     [("Harbour Workers Union", "the Harbour Workers Union", "said", "reported",
       "Dock workers returned to work after a strike ended with a deal", "name")]),
    ("Chinese Vice Foreign Minister Wu Daiwei offered an apology, stating that the submarine was on a training mission.",
     [("Wu Daiwei", "Wu Daiwei", "stating", "reported", "the submarine was on a training mission", "name")]),
    # A short quote inside a belief is part of it, not a quote of its own.
    ("Many officials in the Defence Agency considered the intrusion an act of provocation and \"showing off,\" "
     "as the submarine was noisy.",
     [("Defence Agency", "officials in the Defence Agency", "considered", "belief",
       "the intrusion an act of provocation and \"showing off,\" as the submarine was noisy", "name")]),
    ("\"One good year does not cancel out a decade of heat stress,\" said Mark Ellison.",
     [("Mark Ellison", "Mark Ellison", "said", "direct", "One good year does not cancel out a decade of heat stress", "name")]),
    # The person, not the body in the apposition; "the company" is the last body named.
    ("Markus Weber, an analyst at Helvetia Bank, said the cuts were \"overdue but not enough.\"",
     [("Markus Weber", "Markus Weber", "said", "direct", "overdue but not enough.", "name")]),
    ("BrightCell Energy, one of Europe's largest solar panel makers, said profit fell. "
     "The Munich-based company reported a loss.",
     [("BrightCell Energy", "BrightCell Energy", "said", "reported", "profit fell", "name"),
      ("BrightCell Energy", "Munich-based company", "reported", "reported", "a loss", "anaphora")]),
    # A dateline is not part of the speaker; a day before "that" is not part of the content.
    ("WASHINGTON (AP) — President Joe Biden said Tuesday that the U.S. would send more aid.",
     [("Joe Biden", "President Joe Biden", "said", "reported", "the U.S. would send more aid", "name")]),
    ("Labour leader Keir Starmer disagreed, saying the plan would fail.",
     [("Keir Starmer", "Keir Starmer", "saying", "reported", "the plan would fail", "name")]),
    # An apposition naming bodies, then a second verb: the subject speaks.
    ("Abba Musa, the head of Nigeria's National Commission for Museums and Monuments, welcomed the move and said "
     "the bronzes would be displayed in Benin City.",
     [("Abba Musa", "Abba Musa", "said", "reported", "the bronzes would be displayed in Benin City", "name")]),
    # "according to the commission" at the end points back to the body named before.
    ("Abba Musa leads the National Commission for Museums and Monuments. The sculptures will be handed over "
     "on 28 June, according to the commission.",
     [("National Commission for Museums and Monuments", "the commission", "according to", "reported",
       "The sculptures will be handed over on 28 June", "anaphora")]),
    # "…, the company said." after a dateline: the body named in the sentence, without the dateline.
    ("PARIS, May 2 (Penjelas) - Retailer Maisonette Group closed 40 stores in April, the company said.",
     [("Maisonette Group", "the company", "said", "reported", "Retailer Maisonette Group closed 40 stores in April",
       "anaphora")]),
    # A long aside between the subject and the verb.
    ("Mayor Robert Keane, who was declared the winner last month, said he would appeal.",
     [("Robert Keane", "Mayor Robert Keane", "said", "reported", "he would appeal", "name")]),
    # "he said": the person named just before, not the earlier speaker.
    ("\"We will rebuild,\" Mayor Jane Doe said. Environment Minister Peter Otieno welcomed the plan. "
     "\"Jane Doe has shown what patient work can do,\" he said.",
     [("Jane Doe", "Mayor Jane Doe", "said", "direct", "We will rebuild", "name"),
      ("Peter Otieno", "he", "said", "direct", "Jane Doe has shown what patient work can do", "pronoun")]),
]


@pytest.mark.parametrize("body, expected", ENGLISH)
def test_english_statements(body, expected):
    assert said(body, "2023-11-15", "en") == expected


def test_find_quotes_keeps_an_open_quote_open():
    assert [(q.start, q.end, q.closed) for q in find_quotes("“Satu,” kata A. “Dua", 1)] == [(0, 7, True), (16, 20, False)]


def test_resolution_is_in_story_json():
    from penjelas.render.storyjson import story_json
    story, _ = build_story(article_from_text("“Kami siap,” kata Ratna Sari. “Posko dibuka,” ujarnya.", "2023-01-27"),
                           {}, Problems(), use_notes=False)
    assert [(s["speaker"], s["speaker_resolved_by"]) for s in story_json(story)["statements"]] == [
        ("ratna-sari", "name"), ("ratna-sari", "continuation")]


@pytest.mark.parametrize("name, code", [(name, code) for name, ex in statements.RULES.items() for code in ("id", "en") if ex[code]])
def test_every_statement_rule_finds_its_example(name, code):
    """Each named rule, on the example written beside it, finds a statement, names itself, and finds the speaker."""
    text, speaker = statements.RULES[name][code]
    story, _ = build_story(article_from_text(text, "2024-06-18", code), {}, Problems(), use_notes=False)
    mine = [st for st in story.statements if st.rule == name]
    assert mine, [(st.rule, st.speaker_text, st.text) for st in story.statements]
    assert any(story_entity_name(story, st) == speaker for st in mine), [(st.speaker, st.speaker_text) for st in mine]


def story_entity_name(story, st):
    names = {e.id: e.name for e in story.entities}
    return names.get(st.speaker, st.speaker_text)
