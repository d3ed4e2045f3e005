"""Word lists for each article language. Rules read these; no rule and no
list names a particular article's people, places or dates: these are the
general lexicon of news writing (titles, function words, months...)."""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field


@dataclass(frozen=True)
class Language:
    code: str
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    abbreviations: frozenset[str]  # words that end with a period but not a sentence
    titles: frozenset[str]  # words that come before a name ("Presiden", "Prof")
    function_words: frozenset[str]  # capitalised only at sentence start
    clitics: tuple[str, ...]  # suffixes a name may carry ("Korea Utaralah")
    connectors: frozenset[str]  # lowercase words inside a name ("bin", "of")
    speech_verbs: dict[str, str]  # verb -> kind (direct/reported/belief)
    continuation_verbs: frozenset[str]  # "ujarnya": the speaker is the last one
    pronouns: frozenset[str]  # "ia", "dia", "he", "she"
    org_words: frozenset[str]  # words that mark an organisation
    place_words: frozenset[str]  # words that mark a place
    anaphora: frozenset[str]  # "ini", "tersebut": a description pointing back
    # Added for extraction without notes; all have defaults so that a partial
    # Language (in a test) still works.
    name_titles: frozenset[str] = frozenset()  # titles that are also names' words ("Raja Ampat"): never split a run
    descriptors: frozenset[str] = frozenset()  # common nouns before a name ("Publikasi", "Negara-negara")
    descriptor_phrases: tuple[tuple[str, ...], ...] = ()  # "Ibu Kota", "Juru Bicara"
    portfolios: frozenset[str] = frozenset()  # "Luar Negeri", "Foreign": part of a title, not of the name
    demonyms: frozenset[str] = frozenset()  # "Chinese": an adjective, never a name on its own
    event_words: frozenset[str] = frozenset()  # "Perang", "Summit", "Constitution": an event or a text, not a person, body or place
    media_words: frozenset[str] = frozenset()  # a word in a name that marks a news outlet ("News")
    media_cues: frozenset[str] = frozenset()  # a word just before a name that marks a news outlet
    media_verbs: frozenset[str] = frozenset()  # verbs newsrooms do ("melaporkan", "reported")
    governance: frozenset[str] = frozenset()  # "pemerintahan X", "X administration": X is a leader
    place_preps: frozenset[str] = frozenset()  # "di X", "in X": X is likely a place
    directions: frozenset[str] = frozenset()  # compass words: "Barat" alone is the West
    coordinators: frozenset[str] = frozenset()  # "Putin dan Kim": the same kind on both sides
    speech_nouns: frozenset[str] = frozenset()  # "menyampaikan pidato": speaking, with no content
    designator_words: frozenset[str] = frozenset()  # "Pasal 340", "Type 09": a code, not a name
    possessive: bool = False  # "Japan's": the owner is a separate name
    possessor_after: bool = False  # "Kunjungan Putin": a noun, then whose it is
    according: frozenset[str] = frozenset()  # "menurut", "according"
    according_pronoun: frozenset[str] = frozenset()  # "menurutnya": according to him or her
    definite: frozenset[str] = frozenset()  # "the service", "badan tersebut": a description pointing back
    future_markers: frozenset[str] = frozenset()  # "akan", "will": a bare month still to come
    roles: frozenset[str] = frozenset()  # "His lawyer, Susan Park": a role, a comma, a person
    org_nouns: frozenset[str] = frozenset()  # "X, one of Europe's largest solar panel makers": a body
    adjective_suffixes: tuple[str, ...] = ()  # "Munich-based": the place, not a name of its own
    separate_units: dict[str, str] = dataclass_field(default_factory=dict)  # "kabupaten" -> its head's title, "bupati"
    determiners: frozenset[str] = frozenset()  # "X, a city of": an apposition starts with one
    ranks: frozenset[str] = frozenset()  # military and police ranks ...
    rank_branches: frozenset[str] = frozenset()  # ... and the branch that may follow them: "Letjen TNI Suharyanto"
    numbers: dict[str, int] = dataclass_field(default_factory=dict)  # "dua tahun lalu", "two years ago"
    common_acronyms: frozenset[str] = frozenset()  # "PHK", "CEO": abbreviations of common nouns, never names
    share_words: frozenset[str] = frozenset()  # "X shares", "saham X": X is a listed company
    nickname_cues: tuple[str, ...] = ()  # "X atau akrab disapa Y", "X, known as Y": Y is X's nickname
    passive_speech: frozenset[str] = frozenset()  # "Hal itu disampaikan oleh X": the previous sentence is X's
    pointers: frozenset[str] = frozenset()  # "Hal itu", "This": what a passive attribution points back to
    source_openers: tuple[str, ...] = ()  # "Dikutip dari data X, …": the rest of the sentence is X's


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

_EN_ORG_WORDS = """agency ministry department office council committee commission party bank
university institute school company corporation association union organization
organisation forces force army navy police court parliament congress senate
government administration network news times post press service society
cooperation foundation trust authority board bureau federation alliance league
club group fund institution academy college coalition movement front
company logistics holdings industries solutions systems technologies airlines airways
museum gallery library
motors mining resources partners capital ventures inc ltd plc llc gmbh fc afc sc cf united"""

_EN_PLACE_WORDS = """airport port harbour harbor street avenue square park hall centre center
stadium arena plaza tower building hotel palace reef ocean peninsula canal desert plateau
basin delta forest"""

# Capitalised tokens that are units, codes or time zones, never names.
_CODES = "wib wita wit utc gmt rp usd us$ idr km kg cm mm ha celsius fahrenheit"

INDONESIAN = Language(
    code="id",
    months=ID_MONTHS,
    weekdays=ID_WEEKDAYS,
    abbreviations=frozenset(
        "prof dr drs ir h hj jl no st sdr kh mr mrs ms jr sr dkk dll dsb tsb yth a.n u.p s.h m.h s.e m.si s.t m.t s.pd kol brigjen mayjen letjen jend jen kapt capt lt bpk ny nn tn".split()
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
        staf khusus plt plh pj pjs capt kapt""".split()
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
        "menurut": "reported",
        "yakin": "belief", "meyakini": "belief", "percaya": "belief", "mempercayai": "belief",
        "menduga": "belief", "menilai": "belief", "berpendapat": "belief", "menganggap": "belief",
        "memperkirakan": "belief",
    },
    continuation_verbs=frozenset(
        """katanya ujarnya tulisnya tambahnya imbuhnya jelasnya tegasnya ungkapnya tuturnya sebutnya
        paparnya terangnya pungkasnya serunya tanyanya ucapnya bebernya lanjutnya sambungnya akunya
        tandasnya urainya kilahnya harapnya pintanya ajaknya""".split()
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
        otoritas ombudsman inspektorat sekretariat""".split()
        # English names of bodies appear in Indonesian text as they are.
        + _EN_ORG_WORDS.split()
    ),
    place_words=frozenset(
        """kota kabupaten provinsi pulau desa kecamatan kelurahan jalan jl selat laut teluk
        gunung sungai danau pantai timur barat utara selatan tengah daya tenggara
        kepulauan semenanjung dusun kampung nagari distrik wilayah kawasan bandara pelabuhan
        stasiun terminal lapangan alun-alun taman mal gedung wisma hotel stadion aula
        gelanggang istana monumen""".split() + _EN_PLACE_WORDS.split()
    ),
    anaphora=frozenset("ini itu tersebut".split()),
    name_titles=frozenset("raja ratu pangeran imam sultan paus uskup syekh kiai kyai bapak ibu pak bu mayor wali".split()),
    descriptors=frozenset(
        """publikasi media harian koran majalah situs laman portal pihak warga penduduk aparat
        petugas kelompok pengamat analis pakar ahli peneliti pemimpin tokoh negara pejabat
        politikus politisi aktivis pengacara terdakwa tersangka korban saksi rekan istri suami
        putra putri ayah ibunda sahabat jurnalis wartawan reporter kolumnis
        penyanyi aktor aktris atlet pemain petinju perwakilan delegasi
        utusan rombongan kubu kader ekonom dosen guru besar rektor mahasiswa warganet""".split()
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
        kriminal umum khusus lalu lintas penerangan pelaksana harian utama eksekutif operasional""".split()
    ),
    event_words=frozenset(
        """perang konferensi ktt festival olimpiade piala kejuaraan pemilu pilkada pilpres
        pileg muktamar munas konstitusi undang-undang piagam traktat""".split()
    ),
    media_words=frozenset("news press times post tv televisi radio herald tribune journal gazette daily".split()),
    media_cues=frozenset("publikasi media harian koran majalah situs laman portal berita stasiun televisi outlet".split()),
    media_verbs=frozenset("tulis menulis melaporkan memberitakan mewartakan melansir dilansir".split()),
    governance=frozenset("pemerintahan rezim kabinet era masa kepemimpinan".split()),
    place_preps=frozenset("di ke dari dekat menuju sekitar".split()),
    directions=frozenset("utara selatan barat timur tenggara daya laut pusat".split()),
    coordinators=frozenset(["dan", "serta", "&"]),
    speech_nouns=frozenset("pidato sambutan keterangan pernyataan ucapan salam belasungkawa apresiasi".split()),
    designator_words=frozenset("pasal ayat nomor tipe type seri kelas bab lampiran".split()),
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
        DBD OTT PSBB PPKM CEO CFO IPO GDP IT AI TKI PAUD SD SMP SMA SMK PR LPG""".split()),
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
    rank_branches=frozenset("tni polri purn inf kav art mar pnb psk".split()),
    numbers={w: n for n, w in enumerate("nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split())},
)

ENGLISH = Language(
    code="en",
    months=EN_MONTHS,
    weekdays=EN_WEEKDAYS,
    abbreviations=frozenset(
        "mr mrs ms dr prof st jr sr inc ltd co corp gen col lt sgt capt gov sen rep rev vs etc e.g i.e a.m p.m u.s u.k u.n no fig jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
    titles=frozenset(
        """president vice prime minister secretary chairman chairwoman chair chief
        governor mayor senator representative ambassador spokesman spokeswoman spokesperson
        director general admiral commander king queen prince princess pope bishop
        mr mrs ms dr prof sir lord lady former late deputy acting premier chancellor
        emperor sheikh judge justice colonel major captain lieutenant sergeant professor
        head envoy commissioner inspector superintendent officer""".split()
    ),
    function_words=frozenset(
        """the a an and or but if when while after before since until as at by for from in into
        of on onto to with without about against between among through during under over
        it its this that these those there here they he she we you i his her their our your
        many most some several few all every each both either neither no not only also
        despite although though because however meanwhile moreover furthermore thus
        is are was were be been being has have had do does did will would can could
        should may might must shall what who whom whose which where why how
        such other another one two three first second last next photo file
        today yesterday tomorrow""".split() + _CODES.split()
    ),
    clitics=("'s", "’s"),
    connectors=frozenset("of for the de van von der bin al la le du da".split()),
    speech_verbs={
        "said": "reported", "says": "reported", "say": "reported", "told": "reported",
        "stated": "reported", "stating": "reported", "states": "reported",
        "added": "reported", "adding": "reported", "explained": "reported",
        "announced": "reported", "reported": "reported", "wrote": "reported",
        "claimed": "reported", "warned": "reported", "insisted": "reported",
        "noted": "reported", "cited": "reported", "according": "reported",
        "declared": "reported", "asserted": "reported", "confirmed": "reported",
        "denied": "reported", "vowed": "reported", "promised": "reported",
        "argued": "reported", "admitted": "reported", "acknowledged": "reported",
        "urged": "reported", "predicted": "belief", "estimated": "belief",
        "saying": "reported", "telling": "reported", "warning": "reported", "arguing": "reported",
        "noting": "reported", "claiming": "reported", "insisting": "reported",
        "believe": "belief", "believes": "belief", "believed": "belief",
        "considered": "belief", "consider": "belief", "considers": "belief",
        "fear": "belief", "fears": "belief", "feared": "belief", "think": "belief",
        "thinks": "belief", "thought": "belief", "suspect": "belief", "suspects": "belief",
    },
    continuation_verbs=frozenset(),
    pronouns=frozenset("he she they it him her them".split()),
    org_words=frozenset(_EN_ORG_WORDS.split()),
    place_words=frozenset(
        """city county province island islands sea strait bay gulf mount mountain river lake
        coast north south east west central republic kingdom district region valley
        """.split() + _EN_PLACE_WORDS.split()
    ),
    anaphora=frozenset("this that the".split()),
    name_titles=frozenset("king queen prince princess lord lady sir pope bishop major chief head general justice judge officer".split()),
    descriptors=frozenset(
        """publication newspaper outlet broadcaster magazine daily analyst expert activist
        lawyer officials official sources source witness victim suspect""".split()
    ),
    descriptor_phrases=(("news", "agency"),),
    portfolios=frozenset(
        """foreign defence defense finance interior home health justice trade environment
        education energy transport agriculture economy economic commerce labour labor culture
        security intelligence affairs state treasury foreign-affairs national information
        communications industry science technology fisheries forestry tourism
        executive financial operating""".split()
    ),
    demonyms=frozenset(
        """chinese japanese russian american british french german korean indonesian indian
        pakistani kenyan african european asian australian canadian mexican brazilian iranian
        iraqi israeli palestinian syrian turkish ukrainian polish italian spanish dutch swiss
        swedish norwegian danish finnish greek egyptian saudi thai vietnamese filipino
        malaysian singaporean taiwanese mongolian afghan nigerian ethiopian ugandan tanzanian
        western eastern northern southern soviet sino anglo franco euro muslim christian
        portuguese argentine chilean peruvian colombian venezuelan cuban irish scottish welsh
        english belgian austrian hungarian czech romanian bulgarian serbian croatian
        burmese cambodian laotian bangladeshi nepalese""".split()
    ),
    event_words=frozenset("""war summit conference festival olympics cup championship election prize award games
        constitution charter treaty""".split()),
    media_words=frozenset("news press times post tv television radio herald tribune journal gazette daily telegraph chronicle".split()),
    media_cues=frozenset("publication newspaper outlet broadcaster magazine daily agency channel".split()),
    media_verbs=frozenset("reported wrote reports writes".split()),
    governance=frozenset("administration government regime cabinet".split()),
    place_preps=frozenset("in at near to from across outside inside".split()),
    directions=frozenset("north south east west northeast northwest southeast southwest".split()),
    coordinators=frozenset(["and", "&"]),
    speech_nouns=frozenset("speech remarks address statement condolences".split()),
    designator_words=frozenset("type class article section chapter model".split()),
    possessive=True,
    according=frozenset(["according"]),
    according_pronoun=frozenset(),
    definite=frozenset(["the"]),
    future_markers=frozenset("will shall scheduled planned upcoming due".split()),
    roles=frozenset("""lawyer attorney spokesman spokeswoman spokesperson coach manager judge prosecutor economist
        analyst researcher professor scientist director chairman chairwoman leader secretary official
        minister mayor governor president founder owner resident farmer teacher doctor expert head chief
        captain player author activist worker student wife husband son daughter mother father
        colleague friend""".split()),
    org_nouns=frozenset("""company firm maker makers manufacturer producer operator retailer lender insurer
        carrier startup start-up group agency body airline brokerage broker platform app chain
        conglomerate developer automaker carmaker supermarket rival competitor""".split()),
    common_acronyms=frozenset("CEO CFO COO CTO IPO GDP IT AI EV AM PM TV PR HR".split()),
    share_words=frozenset("shares stock".split()),
    passive_speech=frozenset("said stated announced confirmed disclosed".split()),
    pointers=frozenset("this that it these the figures figure news decision".split()),
    source_openers=("citing",),
    nickname_cues=(", known as", ", better known as", ", also known as", ", nicknamed", "alias", ", aka"),
    adjective_suffixes=("-based", "-born", "-led", "-backed", "-owned", "-funded", "-made", "-bound"),
    separate_units={"county": "county"},
    determiners=frozenset("a an the one".split()),
    numbers={**{w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}, "a": 1, "an": 1},
)

LANGUAGES = {"id": INDONESIAN, "en": ENGLISH}


def language(code: str) -> Language:
    return LANGUAGES.get(code, INDONESIAN)
