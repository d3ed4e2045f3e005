"""Everything Indonesian: the general lexicon of Indonesian news writing
(titles, function words, months, reporting verbs...). No list names a
particular article's people, places or dates."""

from __future__ import annotations

import re

from .base import _CODES, DateRule, Language
from .en import _EN_ORG_WORDS, _EN_PLACE_WORDS

ID_MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
ID_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}

# --- dates: named rules, each with an example (text/dates.py fills in {MON}, {FULLMON}, {BAREMON}, {WD}, {Y}) ---
_PERIOD = r"(?:lalu|depan|mendatang|ini)"
ID_DATE_RULES = (
    DateRule("id-weekday-slash-date", "slash", r"(?P<wd>{WD}),?\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)", "Senin (17/6)"),
    DateRule("id-slash-date", "slash", r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)", "(21/11/2022)"),
    DateRule("id-day-range", "range",
             r"(?P<d1>\d{1,2})\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.d\.?)\s*(?P<d2>\d{1,2})\s+(?P<mon>{MON})\b(?:\s+{Y})?",
             "28 hingga 29 Januari 2009"),
    DateRule("id-between-days", "range", r"\bantara (?P<d1>\d{1,2}) dan (?P<d2>\d{1,2})\s+(?P<mon>{MON})\b(?:\s+{Y})?", "antara 2 dan 6 Maret"),
    DateRule("id-day-month-year", "dmy", r"(?:(?P<wd>{WD}),?\s+)?(?:tanggal\s+)?(?P<d>\d{1,2})\s+(?P<mon>{MON})\b(?:\s+{Y}\b)?",
             "Rabu, 19 Juni 2024"),
    DateRule("id-month-range", "mrange", r"(?P<m1>{FULLMON})\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.d\.?)\s*(?P<mon>{FULLMON})\s+{Y}\b",
             "Januari hingga Juni 2024"),
    DateRule("id-month-year", "my", r"(?:bulan\s+)?(?P<mon>{FULLMON})\s+{Y}\b", "Februari 2024"),
    DateRule("id-bulan-month", "month", r"(?:bulan\s+)(?P<mon>{FULLMON})\b(?:\s+(?P<rel>" + _PERIOD + r"))?", "bulan September lalu"),
    DateRule("id-prefixed-month", "month",
             r"\b(?P<pre>(?i:pada|sejak|hingga|sampai|akhir|awal|selama|mulai|pertengahan)) (?P<x>(?P<mon>{FULLMON})\b(?:\s+(?P<rel>"
             + _PERIOD + r"))?)", "sejak Maret"),
    DateRule("id-month-period", "month", r"\b(?P<mon>{FULLMON})\s+(?P<rel>" + _PERIOD + r")\b", "Juli mendatang"),
    DateRule("id-clock-time", "time", r"(?:pukul|jam)\s+(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:\s*(?P<tz>WIB|WITA|WIT|UTC|GMT))?", "pukul 13.21 WIB"),
    DateRule("id-weekday", "weekday",
             r"(?:hari\s+)?(?P<wd>{WD})\b(?!\s+ke-?\s*\d)(?:\s+(?P<rel>(?:pekan|minggu) (?:lalu|depan|ini)|lalu|kemarin|depan|mendatang|ini))?",
             "Jumat pekan lalu"),
    DateRule("id-decade", "decade", r"(?:tahun\s+)(?P<dec>1[5-9]\d0|20\d0)-an\b", "tahun 1990-an"),
    DateRule("id-year-range", "yrange", r"\b(?P<y>1[5-9]\d\d|20\d\d)\s*(?:-|–|—|hingga|sampai)\s*(?P<y2>1[5-9]\d\d|20\d\d)\b", "2015-2019"),
    DateRule("id-tahun-year", "year", r"(?<!\d )(?:(?i:tahun)\s+){Y}\b", "Tahun 2025"),  # not "Inpres No. 12 Tahun 2016"
    DateRule("id-prefixed-year", "year",
             r"\b(?i:sejak|pada|hingga|sampai|awal|akhir|pertengahan|medio|mulai|selama|sepanjang) (?P<x>{Y})\b", "sejak 2019"),
    DateRule("id-units-ago", "ago",
             r"\b(?P<n>\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) (?P<unit>hari|pekan|minggu|bulan|tahun) (?:yang )?lalu\b",
             "dua tahun lalu", re.I),
    DateRule("id-one-unit-ago", "ago", r"\b(?P<unit>sehari|sepekan|seminggu|sebulan|setahun) (?:yang )?lalu\b", "sepekan lalu", re.I),
    DateRule("id-relative", "relative",
             r"\b(?P<rel>hari ini|(?:pagi|siang|sore|malam) ini|dini hari tadi|tadi (?:pagi|siang|sore)|kemarin lusa|kemarin|besok|lusa|(?:pekan|minggu|bulan|tahun) (?:lalu|depan|ini|mendatang))\b", "pekan depan", re.I),
    DateRule("id-vague", "vague",
             r"\b(?:(?:pada )?(?:malam|pagi|siang|sore) hari|baru-baru ini|beberapa waktu lalu|belakangan ini|akhir-akhir ini)\b",
             "pada malam hari", re.I),
    DateRule("id-bare-month", "month", r"\b(?P<mon>{BAREMON})\b", "Juni"),
)


INDONESIAN = Language(
    code="id",
    months=ID_MONTHS,
    weekdays=ID_WEEKDAYS,
    abbreviations=frozenset(
        "prof dr drs ir h hj jl no st sdr kh mr mrs ms jr sr dkk dll dsb tsb yth a.n u.p s.h m.h s.e m.si s.t m.t s.pd kol brigjen mayjen letjen jend jen kapt capt lt bpk ny nn tn tb drg dra".split()
    ),
    titles=frozenset(
        """presiden wakil menteri perdana ketua kepala juru bicara gubernur bupati wali walikota wali-kota
        direktur jenderal duta besar sekretaris panglima kapolri kapolda kapolres kapolsek kasad jaksa hakim
        senator anggota pejabat raja ratu pangeran paus uskup imam syekh kiai kyai ustaz ustadz
        prof dr ir drs pak bu bapak ibu saudara sdr tuan nyonya nona mantan mendiang almarhum almarhumah
        letnan kolonel mayor kapten jenderal brigjen mayjen letjen laksamana marsekal komisaris
        kepala-badan deputi asisten penasihat koordinator komandan pelatih manajer ketum sekjen
        dirut ceo chairman pelaksana kabid kasubbid kabag kasat kasatreskrim kanit humas kadis kadin
        kombes akbp kompol akp iptu ipda aiptu aipda bripka brigadir briptu bripda jend kol
        letkol lettu letda serma serka sertu pelda peltu kopda koptu praka pratu irjen komjen
        laksma laksda laksdya marsma marsda marsdya kasdam danlanal danlanud h hj
        wamen menko mendagri menlu menkeu menhan wapres danrem dandim pangdam kasau kasal
        staf khusus plt plh pj pjs capt kapt
        dirjen sesjen sesmen irjen kapus kapuskes kabiro karo kadiv kasubdit kasubag kasubbag kasi kasie
        wakapolri wakapolda wakapolres wakapolresta kapolresta wakasat kasatlantas kasatnarkoba kasubbidpenmas
        danramil babinsa bhabinkamtibmas camat lurah kades sekda sekdes wagub wabup wawali waketum
        menparekraf menkes menpora mendikbud mendikbudristek menkominfo menkumham menpanrb mensos menaker
        menag menhub menperin mendag mentan menlhk menkop menpupr menristek menbud mendes menkopolhukam
        menkopmk menkomarves menseskab mensesneg menteri-menteri sesmenpora seskab kabareskrim kadivhumas
        karopenmas dansat danyon danlantamal wadir dirreskrimum dirreskrimsus dirresnarkoba dirlantas
        drg tb koresponden pimpinan panitera""".split()
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
        sebelumnya selanjutnya sedangkan adapun oleh karena itu berdasarkan terkait
        foto ilustrasi dok sumber baca simak sekarang dulu kemarin besok
        """.split() + _CODES.split()
    ),
    clitics=("lah", "kah", "tah", "pun", "nya"),
    connectors=frozenset("bin binti van von de der den al el of".split()),  # "of": English names in Indonesian text
    speech_verbs={
        "kata": "direct", "ujar": "direct", "tulis": "direct", "tegas": "direct", "ungkap": "direct",
        "jelas": "direct", "tutur": "direct", "imbuh": "direct", "tambah": "direct", "sebut": "direct",
        "papar": "direct", "terang": "direct", "seru": "direct", "tanya": "direct", "pungkas": "direct",
        "ucap": "direct", "beber": "direct", "lanjut": "direct", "tandas": "direct",
        "mengatakan": "reported", "menyatakan": "reported", "mengungkapkan": "reported",
        "menjelaskan": "reported", "menegaskan": "reported", "menambahkan": "reported",
        "menyebutkan": "reported", "menyebut": "reported", "melaporkan": "reported",
        "memberitakan": "reported", "menulis": "reported", "menuturkan": "reported",
        "memaparkan": "reported", "menerangkan": "reported", "mengklaim": "reported",
        "mengumumkan": "reported", "menyampaikan": "reported", "bersumpah": "reported",
        "berjanji": "reported", "mengakui": "reported", "membantah": "reported",
        "menekankan": "reported", "mengingatkan": "reported", "memperingatkan": "reported",
        "mengimbau": "reported", "menandaskan": "reported", "mengemukakan": "reported",
        "mengaku": "reported", "menuding": "reported", "menuduh": "reported", "mendesak": "reported",
        "menampik": "reported", "mengonfirmasi": "reported",
        "membenarkan": "reported", "merinci": "reported", "bilang": "reported", "mengapresiasi": "reported",
        "memastikan": "reported", "mengungkap": "reported", "mengutarakan": "reported", "membeberkan": "reported",
        "menuturkan": "reported", "menginformasikan": "reported",
        "menyebutkan": "reported", "berharap": "belief", "mengharapkan": "belief", "optimistis": "belief",
        "pesan": "direct", "harap": "direct", "pinta": "direct", "ajak": "direct", "imbau": "direct", "tukas": "direct",
        "kilah": "direct", "timpal": "direct", "sambung": "direct", "urai": "direct",
        "menurut": "reported",
        "yakin": "belief", "meyakini": "belief", "percaya": "belief", "mempercayai": "belief",
        "menduga": "belief", "menilai": "belief", "berpendapat": "belief", "menganggap": "belief",
        "memperkirakan": "belief",
    },
    continuation_verbs=frozenset(
        """katanya ujarnya tulisnya tambahnya imbuhnya jelasnya tegasnya ungkapnya tuturnya sebutnya
        paparnya terangnya pungkasnya serunya tanyanya ucapnya bebernya lanjutnya sambungnya akunya
        tandasnya urainya kilahnya harapnya pintanya ajaknya imbaunya tukasnya jawabnya timpalnya pesannya
        ucapnya rincinya""".split()
    ),
    pronouns=frozenset("ia dia beliau mereka".split()),
    org_words=frozenset(
        """badan kementerian kementerian departemen dinas lembaga komisi dewan majelis partai kantor
        universitas institut sekolah perusahaan bank pt cv tbk yayasan asosiasi persatuan
        ikatan himpunan organisasi kepolisian polri polda polres polsek tni angkatan pasukan
        pemerintah pemerintahan mahkamah pengadilan kejaksaan kejari kejati network news agency
        kongres parlemen senat gereja masjid rumah sakit rs koperasi perum perumda bumn
        pusat direktorat biro balai satuan unit komando serikat federasi liga aliansi front
        gerakan forum klub tim akademi politeknik sekolah madrasah pesantren fakultas
        kodim korem kodam koramil lanal lanud polsek grup holding persero komite subkomite satgas
        museum perpustakaan galeri kedutaan konsulat
        otoritas ombudsman inspektorat sekretariat puskesmas polresta polrestabes rsud posko
        kanwil lapas rutan bapas""".split()
        # English names of bodies appear in Indonesian text as they are.
        + _EN_ORG_WORDS.split()
    ),
    place_words=frozenset(
        """kota kabupaten provinsi pulau desa kecamatan kelurahan jalan jl selat laut teluk
        gunung sungai danau pantai timur barat utara selatan tengah daya tenggara
        kepulauan semenanjung dusun kampung nagari distrik wilayah kawasan bandara pelabuhan
        stasiun terminal lapangan alun-alun taman mal gedung wisma hotel stadion aula
        gelanggang istana monumen auditorium hilir hulu""".split() + _EN_PLACE_WORDS.split()
    ),
    anaphora=frozenset("ini itu tersebut".split()),
    name_titles=frozenset("raja ratu pangeran imam sultan paus uskup syekh kiai kyai bapak ibu pak bu mayor wali".split()),
    descriptors=frozenset(
        """publikasi media harian koran majalah situs laman portal pihak warga penduduk aparat
        petugas kelompok pengamat analis pakar ahli peneliti pemimpin tokoh negara pejabat
        politikus politisi aktivis pengacara terdakwa tersangka korban saksi rekan istri suami
        putra putri ayah ibunda sahabat jurnalis wartawan reporter kolumnis
        penyanyi aktor aktris atlet pemain petinju perwakilan delegasi
        utusan rombongan kubu kader ekonom dosen guru besar rektor mahasiswa warganet kontingen""".split()
    ),
    descriptor_phrases=(("ibu", "kota"), ("juru", "bicara"), ("kantor", "berita"), ("surat", "kabar"),
                        ("kuasa", "hukum"), ("stasiun", "televisi"), ("kepala", "negara"),
                        ("kepala", "pemerintahan")),
    portfolios=frozenset(
        """luar dalam negeri pertahanan keuangan kesehatan pendidikan agama hukum perdagangan
        perindustrian pertanian kelautan perikanan sosial perhubungan pariwisata kebudayaan
        energi pertambangan lingkungan hidup kehutanan tenaga kerja bidang politik keamanan
        perekonomian kemaritiman investasi riset teknologi komunikasi informatika desa pemuda
        olahraga koperasi ukm badan usaha milik sekretaris kabinet pemberdayaan aparatur
        reformasi birokrasi perencanaan pembangunan nasional perumahan rakyat pekerjaan umum
        agraria tata ruang keamanan dan hak asasi manusia hubungan masyarakat operasi reserse
        kriminal umum khusus lalu lintas penerangan pelaksana harian utama eksekutif operasional tinggi""".split()
    ),
    event_words=frozenset(
        """perang konferensi ktt festival olimpiade piala kejuaraan pemilu pilkada pilpres
        pileg muktamar munas konstitusi undang-undang piagam traktat""".split()
    ),
    media_words=frozenset("news press times post tv televisi radio herald tribune journal gazette daily broadcasting".split()),
    media_cues=frozenset("publikasi media harian koran majalah situs laman portal berita stasiun televisi outlet".split()),
    governance=frozenset("pemerintahan rezim kabinet era masa kepemimpinan".split()),
    place_preps=frozenset("di ke dari dekat menuju sekitar".split()),
    directions=frozenset("utara selatan barat timur tenggara daya laut pusat".split()),
    coordinators=frozenset(["dan", "serta", "&"]),
    speech_nouns=frozenset("pidato sambutan keterangan pernyataan ucapan salam belasungkawa apresiasi".split()),
    designator_words=frozenset("pasal ayat nomor no tipe type seri kelas bab lampiran".split()),
    possessive=False,
    possessor_after=True,
    according=frozenset(["menurut"]),
    according_pronoun=frozenset(["menurutnya"]),
    definite=frozenset("tersebut itu ini".split()),
    future_markers=frozenset("akan bakal dijadwalkan direncanakan rencananya mendatang".split()),
    roles=frozenset("""pengacara hukum bicara pelatih manajer hakim jaksa ekonom pengamat analis peneliti dosen
        direktur ketua kepala sekretaris pejabat menteri gubernur bupati presiden pendiri pemilik warga
        petani nelayan guru dokter pakar ahli terdakwa tersangka korban saksi istri suami anak kakak adik
        rekan sahabat kapten pemain atlet penulis seniman aktivis pengusaha karyawan buruh mahasiswa""".split()),
    org_nouns=frozenset("""perusahaan produsen operator pabrikan emiten maskapai lembaga organisasi rintisan
        startup platform aplikasi pesaing marketplace e-commerce peritel pengembang konglomerat
        grup jaringan""".split()),
    common_acronyms=frozenset("""PHK UMKM UKM APBN APBD BBM PNS ASN THR UMR UMP UMK PDB PPN PPH KTP SIM NIK HAM
        DBD OTT PSBB PPKM CEO CFO IPO GDP IT AI TKI PAUD SD SMP SMA SMK PR LPG
        KK LANSIA BALITA INPRES PERPRES KEPPRES PERMEN PERDA PERGUB PERBUP PERWALI UU RUU PP PERPPU TKP SKM RT RW
        SKPD OPD NAKES ODGJ ODP PDP OTG APD SOP MOU LSM ORMAS PILKADA PEMILU CPNS PPPK HUT
        COVID-19 COVID CORONA HIV AIDS TBC ISPA SARS MERS EBOLA H5N1 MPOX CAMPAK POLIO MALARIA DIFTERI RABIES
        STUNTING ANTRAKS LEPTOSPIROSIS CHIKUNGUNYA""".split()),
    share_words=frozenset(["saham"]),
    passive_speech=frozenset("""disampaikan diungkapkan dikatakan dijelaskan ditegaskan dinyatakan diutarakan
        dipaparkan diterangkan dikemukakan disebutkan""".split()),
    pointers=frozenset("hal itu ini tersebut demikian pernyataan keterangan informasi penjelasan".split()),
    source_openers=("dikutip dari", "mengutip", "dilansir dari", "merujuk", "merujuk pada", "berdasarkan"),
    nickname_cues=("atau yang akrab disapa", "atau akrab disapa", "yang akrab disapa", "akrab disapa",
                   "atau yang biasa disapa", "atau biasa disapa", "atau yang akrab dipanggil", "atau akrab dipanggil",
                   "atau yang biasa dipanggil", "atau biasa dipanggil", "atau dikenal dengan", "atau dikenal sebagai",
                   "yang dikenal dengan", "alias"),
    separate_units={"kabupaten": "bupati"},  # "Kabupaten Bandung" is not the city of Bandung; "Bupati Pekalongan" is
    determiners=frozenset("seorang sebuah salah sang".split()),
    ranks=frozenset("""letjen mayjen brigjen jenderal jend kolonel kol letkol mayor kapten lettu letda laksamana
        laksma laksda laksdya marsekal marsma marsda marsdya serma serka sertu pelda peltu kopda koptu praka
        pratu irjen komjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigadir briptu bripda""".split()),
    rank_branches=frozenset("tni polri pol purn inf infanteri kav kavaleri art arh czi cpm caj ckm chb cba cku mar marinir pnb psk".split()),
    numbers={w: n for n, w in enumerate("nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split())},
    verb_prefixes=("me", "di", "ber", "ter", "se"),
    complementizers=frozenset(["bahwa"]),
    clause_conjunctions=frozenset(["dan"]),
    speech_day_words=frozenset(["kemarin"]),
    not_attribution=frozenset("yang membuat di untuk".split()),
    agent_markers=frozenset(["oleh"]),
    plain_speech_verbs=frozenset(["kata"]),
    according_label="menurut",
    date_rules=ID_DATE_RULES,
    time_zones={"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "UTC": "+00:00", "GMT": "+00:00"},
    relative_days={"hari ini": 0, "kemarin": -1, "besok": 1, "lusa": 2, "kemarin lusa": -2, "pagi ini": 0, "siang ini": 0,
                   "sore ini": 0, "malam ini": 0, "dini hari tadi": 0, "tadi pagi": 0, "tadi siang": 0, "tadi sore": 0},
    units={"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"},
    one_prefix="se",
    # "hingga Juni", "mulai Juli": a month still to come
    relations={"lalu": "last", "kemarin": "last", "depan": "next", "mendatang": "next", "ini": "this",
               "hingga": "next", "sampai": "next", "mulai": "next"},
    quoted_today=frozenset(["hari ini", "malam ini", "pagi ini", "siang ini", "sore ini"]),
    # Academic degrees and professional post-nominals (letters only): "S.H., M.H.", "S.Sos", "SKM", "M.Kes".
    degrees=frozenset("""sh mh ssos skm mkes skes skep spd mpd msi ssi se mm mba phd st mt skom mkom sip msc ma mag
        sag sthi shi mhi spdi mpdi mse mph mars msi mkn sked spog sppd spb sppd sppk apt amd amkeb amkep
        amd ssit sst str ssh llm bsc ir mp msp ssn sh mh cpa cma dra drs drg sps sked ssi
        skg sfarm sgz stp sp ssos msos mikom sikom shum mhum mak sh sstp mtp msc mip mtr sars""".split()),
    org_prefixes=("kemen", "bappe", "pemkab", "pemkot", "pemprov", "pemdes", "polres", "polda", "polsek", "kodim",
                  "korem", "kodam", "koramil", "disdik", "dinkes", "diskominfo", "dishub", "disnaker", "kanwil",
                  "puskesmas", "rsud", "kejari", "kejati", "kemenko"),
    place_prefixes=("mapol", "mako", "markas"),
    # "Peningkatan Gizi", "Penyusunan RUU", "Vaksinasi Covid-19": pe-/per-/ke-...-an and -asi nouns.
    nominal_pattern=r"(?:pe[mn]?|peng|peny|per|ke)[a-z]{3,}an|[a-z]{4,}asi",
    field_words=frozenset(["bidang"]),
    region_titles=frozenset("""gubernur wagub bupati wabup walikota wali-kota wawali camat lurah kades kapolda
        wakapolda kapolres wakapolres kapolresta kapolsek pangdam danrem dandim kajati kajari kadis kadinkes""".split()),
    unit_words=frozenset("""kecamatan kabupaten desa kelurahan provinsi dusun kampung nagari gedung komplek kompleks
        jalan jl kota""".split()),
)
