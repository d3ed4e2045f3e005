"""Word lists for each article language. Rules read these; no rule names a
particular article's people, places or dates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    abbreviations: frozenset[str]  # words that end with a period but not a sentence
    titles: frozenset[str]  # words that come before a name
    function_words: frozenset[str]  # capitalised only at sentence start
    clitics: tuple[str, ...]  # suffixes a name may carry ("Korea Utaralah")
    connectors: frozenset[str]  # lowercase words inside a name ("bin", "of")
    speech_verbs: dict[str, str]  # verb -> kind (direct/reported/belief)
    continuation_verbs: frozenset[str]  # "ujarnya": the speaker is the last one
    pronouns: frozenset[str]  # "ia", "dia", "he", "she"
    org_words: frozenset[str]  # words that mark an organisation
    place_words: frozenset[str]  # words that mark a place
    anaphora: frozenset[str]  # "ini", "tersebut": a description pointing back


ID_MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
ID_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

INDONESIAN = Language(
    code="id",
    months=ID_MONTHS,
    weekdays=ID_WEEKDAYS,
    abbreviations=frozenset(
        "prof dr drs ir h hj jl no st sdr kh mr mrs ms jr sr dkk dll dsb tsb yth a.n u.p s.h m.h s.e m.si s.t m.t s.pd kol brigjen mayjen letjen jend jen kapt lt bpk ny nn tn".split()
    ),
    titles=frozenset(
        """presiden wakil menteri perdana ketua kepala juru bicara gubernur bupati wali walikota wali-kota
        direktur jenderal duta besar sekretaris panglima kapolri kapolda kapolres kasad jaksa hakim
        senator anggota pejabat raja ratu pangeran paus uskup imam syekh kiai kyai ustaz ustadz
        prof dr ir drs pak bu bapak ibu saudara sdr tuan nyonya nona mantan mendiang almarhum
        letnan kolonel mayor kapten jenderal brigjen mayjen letjen laksamana marsekal komisaris
        kepala-badan deputi asisten penasihat koordinator komandan pelatih manajer ketum sekjen
        dirut ceo chairman""".split()
    ),
    function_words=frozenset(
        """di ke dari pada dalam untuk dengan dan atau tetapi tapi namun serta selain itu ini
        yang jadi jika kalau karena sebab sehingga maka meski meskipun walaupun sementara setelah
        sebelum selama sejak hingga sampai menurut bahkan juga pun lalu kemudian akhirnya
        ada adalah ialah merupakan akan sudah telah masih belum tidak bukan para sang si
        saat ketika kini kala hari bulan tahun pekan minggu malam pagi siang sore lebih kurang
        sejumlah beberapa banyak semua seluruh setiap tiap sebuah seorang satu dua tiga
        kami kita saya aku mereka ia dia beliau anda engkau kamu
        ayo mari mohon tolong silakan apa siapa mengapa kenapa bagaimana kapan dimana di mana
        oleh sebagai terhadap tentang antara antara lain misalnya seperti yakni yaitu
        sebelumnya selanjutnya sedangkan adapun oleh karena itu berdasarkan terkait""".split()
    ),
    clitics=("lah", "kah", "tah", "pun", "nya"),
    connectors=frozenset("bin binti van von de der den al el da di la le du".split()),
    speech_verbs={
        "kata": "direct", "ujar": "direct", "tulis": "direct", "tegas": "direct", "ungkap": "direct",
        "jelas": "direct", "tutur": "direct", "imbuh": "direct", "tambah": "direct", "sebut": "direct",
        "papar": "direct", "terang": "direct", "seru": "direct", "tanya": "direct", "pungkas": "direct",
        "mengatakan": "reported", "menyatakan": "reported", "mengungkapkan": "reported",
        "menjelaskan": "reported", "menegaskan": "reported", "menambahkan": "reported",
        "menyebutkan": "reported", "menyebut": "reported", "melaporkan": "reported",
        "memberitakan": "reported", "menulis": "reported", "menuturkan": "reported",
        "memaparkan": "reported", "menerangkan": "reported", "mengklaim": "reported",
        "mengumumkan": "reported", "menyampaikan": "reported", "bersumpah": "reported",
        "berjanji": "reported", "mengakui": "reported", "membantah": "reported",
        "menekankan": "reported", "mengingatkan": "reported", "memperingatkan": "reported",
        "menurut": "reported",
        "yakin": "belief", "meyakini": "belief", "percaya": "belief", "mempercayai": "belief",
        "menduga": "belief", "menilai": "belief", "berpendapat": "belief", "menganggap": "belief",
        "memperkirakan": "belief",
    },
    continuation_verbs=frozenset(
        "katanya ujarnya tulisnya tambahnya imbuhnya jelasnya tegasnya ungkapnya tuturnya sebutnya paparnya terangnya pungkasnya serunya tanyanya".split()
    ),
    pronouns=frozenset("ia dia beliau mereka".split()),
    org_words=frozenset(
        """badan kementerian departemen dinas lembaga komisi dewan majelis partai kantor
        universitas institut sekolah perusahaan bank pt cv tbk yayasan asosiasi persatuan
        ikatan himpunan organisasi kepolisian polri polda polres tni angkatan pasukan
        pemerintah pemerintahan mahkamah pengadilan kejaksaan network news agency
        kongres parlemen senat gereja masjid rumah sakit rs""".split()
    ),
    place_words=frozenset(
        """kota kabupaten provinsi pulau desa kecamatan kelurahan jalan jl selat laut teluk
        gunung sungai danau pantai timur barat utara selatan tengah""".split()
    ),
    anaphora=frozenset("ini itu tersebut".split()),
)

ENGLISH = Language(
    code="en",
    months=EN_MONTHS,
    weekdays=EN_WEEKDAYS,
    abbreviations=frozenset(
        "mr mrs ms dr prof st jr sr inc ltd co corp gen col lt sgt capt gov sen rep rev vs etc e.g i.e a.m p.m u.s u.k u.n no fig jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
    titles=frozenset(
        """president vice prime minister foreign secretary chairman chairwoman chair chief
        governor mayor senator representative ambassador spokesman spokeswoman spokesperson
        director general admiral commander king queen prince princess pope bishop
        mr mrs ms dr prof sir lord lady former late deputy acting premier chancellor
        emperor sheikh""".split()
    ),
    function_words=frozenset(
        """the a an and or but if when while after before since until as at by for from in into
        of on onto to with without about against between among through during under over
        it its this that these those there here they he she we you i his her their our your
        many most some several few all every each both either neither no not only also
        despite although though because however meanwhile moreover furthermore thus
        is are was were be been being has have had do does did will would can could
        should may might must shall japan's what who whom whose which where why how
        such other another one two three first second last next""".split()
    ),
    clitics=("'s", "’s"),
    connectors=frozenset("of the de van von der bin al la le du da".split()),
    speech_verbs={
        "said": "reported", "says": "reported", "say": "reported", "told": "reported",
        "stated": "reported", "stating": "reported", "states": "reported",
        "added": "reported", "adding": "reported", "explained": "reported",
        "announced": "reported", "reported": "reported", "wrote": "reported",
        "claimed": "reported", "warned": "reported", "insisted": "reported",
        "noted": "reported", "cited": "reported", "according": "reported",
        "declared": "reported", "asserted": "reported", "confirmed": "reported",
        "denied": "reported", "vowed": "reported", "promised": "reported",
        "believe": "belief", "believes": "belief", "believed": "belief",
        "considered": "belief", "consider": "belief", "considers": "belief",
        "fear": "belief", "fears": "belief", "feared": "belief", "think": "belief",
        "thinks": "belief", "thought": "belief", "suspect": "belief", "suspects": "belief",
    },
    continuation_verbs=frozenset(),
    pronouns=frozenset("he she they it".split()),
    org_words=frozenset(
        """agency ministry department office council committee commission party bank
        university institute school company corporation association union organization
        organisation forces force army navy police court parliament congress senate
        government administration network news times post press""".split()
    ),
    place_words=frozenset(
        """city county province island islands sea strait bay gulf mount mountain river lake
        coast north south east west central republic kingdom""".split()
    ),
    anaphora=frozenset("this that the".split()),
)

LANGUAGES = {"id": INDONESIAN, "en": ENGLISH}


def language(code: str) -> Language:
    return LANGUAGES.get(code, INDONESIAN)
