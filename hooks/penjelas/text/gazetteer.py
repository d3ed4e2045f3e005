"""Names every reader knows: countries (with their short forms), capitals and
large cities, world regions, and major news outlets, in English and
Indonesian. They let extraction guess an auto-detected entity's kind and join
"AS" to "Amerika Serikat". General knowledge only: whole lists, never a
story's own names.
"""

from __future__ import annotations

# One country per line; "|" separates names of the same country.
_COUNTRY_GROUPS = """
United States|United States of America|US|U.S.|USA|America|Amerika Serikat|Amerika|AS
United Kingdom|UK|U.K.|Britain|Great Britain|Inggris|Britania Raya
China|People's Republic of China|PRC|Tiongkok|Cina|RRT|RRC|Republik Rakyat Tiongkok|Republik Rakyat China
Taiwan|Republic of China
North Korea|DPRK|Democratic People's Republic of Korea|Korea Utara|Korut|Republik Rakyat Demokratik Korea
South Korea|ROK|Republic of Korea|Korea Selatan|Korsel
Russia|Russian Federation|Rusia|Federasi Rusia
Indonesia|Republik Indonesia|RI|NKRI
United Arab Emirates|UAE|Uni Emirat Arab|UEA
Saudi Arabia|Arab Saudi
Netherlands|Holland|Belanda
Soviet Union|USSR|Uni Soviet
Timor-Leste|East Timor|Timor Leste
Czechia|Czech Republic|Ceko
Myanmar|Burma
Vatican|Vatikan|Holy See
Chile|Cile|Chili
Palestine|Palestina
Singapore|Singapura
Egypt|Mesir
Germany|Jerman
France|Prancis|Perancis
Japan|Jepang
Philippines|Filipina
Thailand|Thailand
Vietnam|Viet Nam
Malaysia
Brunei|Brunei Darussalam
Cambodia|Kamboja
Laos
India
Pakistan
Bangladesh
Sri Lanka
Nepal
Bhutan
Maldives|Maladewa
Afghanistan|Afganistan
Iran
Iraq|Irak
Syria|Suriah
Lebanon|Libanon
Jordan|Yordania
Israel
Turkey|Turki|Turkiye|Türkiye
Yemen|Yaman
Oman
Qatar
Kuwait
Bahrain
Ukraine|Ukraina
Belarus
Poland|Polandia
Italy|Italia
Spain|Spanyol
Portugal
Greece|Yunani
Switzerland|Swiss
Austria
Belgium|Belgia
Sweden|Swedia
Norway|Norwegia
Denmark
Finland|Finlandia
Iceland|Islandia
Ireland|Irlandia
Hungary|Hungaria
Romania|Rumania
Bulgaria
Serbia
Croatia|Kroasia
Slovakia|Slowakia
Slovenia
Bosnia|Bosnia and Herzegovina|Bosnia dan Herzegovina
Albania
Montenegro
Kosovo
North Macedonia|Makedonia Utara
Moldova
Georgia
Armenia
Azerbaijan
Kazakhstan
Uzbekistan
Turkmenistan
Kyrgyzstan|Kirgizstan
Tajikistan
Mongolia
Australia
New Zealand|Selandia Baru
Papua New Guinea|Papua Nugini
Fiji
Samoa
Tonga
Vanuatu
Solomon Islands|Kepulauan Solomon
Kiribati
Tuvalu
Nauru
Palau
Micronesia|Mikronesia
Canada|Kanada
Mexico|Meksiko
Cuba|Kuba
Haiti
Dominican Republic|Republik Dominika
Jamaica|Jamaika
Guatemala
Honduras
El Salvador
Nicaragua|Nikaragua
Costa Rica|Kosta Rika
Panama
Colombia|Kolombia
Venezuela
Ecuador|Ekuador
Peru
Bolivia
Brazil|Brasil
Paraguay
Uruguay
Argentina
Suriname
Guyana
South Africa|Afrika Selatan
Nigeria
Kenya
Ethiopia|Etiopia
Somalia
Sudan
South Sudan|Sudan Selatan
Uganda
Tanzania
Rwanda
Burundi
Congo|Kongo|Democratic Republic of the Congo|Republik Demokratik Kongo
Angola
Zambia
Zimbabwe
Mozambique|Mozambik
Madagascar|Madagaskar
Malawi
Namibia
Botswana
Lesotho
Eswatini
Ghana
Senegal
Mali
Niger
Chad
Cameroon|Kamerun
Gabon
Guinea
Liberia
Sierra Leone
Ivory Coast|Pantai Gading
Burkina Faso
Benin
Togo
Mauritania
Morocco|Maroko
Algeria|Aljazair
Tunisia
Libya
Eritrea
Djibouti
Mauritius
Seychelles
Comoros|Komoro
Gambia
Cyprus|Siprus
Malta
Luxembourg|Luksemburg
Liechtenstein
Monaco|Monako
Andorra
San Marino
Estonia
Latvia
Lithuania|Lituania
Belize
Barbados
Bahamas|Bahama
Grenada
Dominica|Dominika
Trinidad and Tobago
England
Scotland|Skotlandia
Wales
"""

# Capitals and large cities, English names and Indonesian exonyms.
_CITIES = """
Washington|New York|Los Angeles|Chicago|San Francisco|Houston|Miami|Boston|Seattle|London|Manchester
Paris|Berlin|Munich|Frankfurt|Rome|Roma|Milan|Milano|Madrid|Barcelona|Lisbon|Lisabon|Amsterdam
The Hague|Den Haag|Brussels|Brussel|Vienna|Wina|Prague|Praha|Warsaw|Warsawa|Budapest|Bucharest
Bukares|Sofia|Athens|Athena|Stockholm|Oslo|Copenhagen|Kopenhagen|Helsinki|Dublin|Bern|Geneva
Jenewa|Zurich|Moscow|Moskow|Saint Petersburg|St Petersburg|Sankt Petersburg|Vladivostok|Kyiv|Kiev
Minsk|Ankara|Istanbul|Tehran|Teheran|Baghdad|Bagdad|Damascus|Damaskus|Beirut|Amman|Jerusalem
Yerusalem|Tel Aviv|Gaza|Riyadh|Jeddah|Jeddah|Mecca|Mekkah|Makkah|Medina|Madinah|Doha|Dubai|Abu Dhabi
Muscat|Kuwait City|Sanaa|Cairo|Kairo|Tripoli|Tunis|Algiers|Rabat|Khartoum|Nairobi|Addis Ababa
Kampala|Dar es Salaam|Kigali|Lagos|Abuja|Accra|Dakar|Kinshasa|Luanda|Johannesburg|Pretoria
Cape Town|Harare|Lusaka|Maputo|Antananarivo|Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi
Mumbai|Kolkata|Chennai|Bangalore|Dhaka|Kathmandu|Colombo|Beijing|Peking|Shanghai|Guangzhou
Shenzhen|Hong Kong|Macau|Wuhan|Tokyo|Osaka|Kyoto|Okinawa|Hiroshima|Nagasaki|Seoul|Busan
Pyongyang|Taipei|Ulaanbaatar|Hanoi|Ho Chi Minh City|Bangkok|Phnom Penh|Vientiane|Yangon|Naypyidaw
Kuala Lumpur|Putrajaya|Johor Bahru|Penang|Singapore|Bandar Seri Begawan|Manila|Dili|Port Moresby
Canberra|Sydney|Melbourne|Brisbane|Perth|Darwin|Wellington|Auckland|Ottawa|Toronto|Vancouver
Montreal|Mexico City|Havana|Bogota|Caracas|Lima|Quito|Santiago|Buenos Aires|Montevideo
Brasilia|Rio de Janeiro|Sao Paulo|La Paz|Asuncion|Tashkent|Astana|Almaty|Bishkek|Dushanbe
Ashgabat|Baku|Tbilisi|Yerevan|Chisinau|Riga|Vilnius|Tallinn|Belgrade|Beograd|Zagreb|Sarajevo
Ljubljana|Bratislava|Skopje|Tirana|Podgorica|Nicosia|Valletta|Reykjavik|Luxembourg
Jakarta|Bandung|Surabaya|Semarang|Yogyakarta|Medan|Palembang|Makassar|Denpasar|Padang
Pekanbaru|Banda Aceh|Tanjung Pinang|Jambi|Bengkulu|Bandar Lampung|Pangkal Pinang|Serang
Mataram|Kupang|Pontianak|Palangka Raya|Banjarmasin|Samarinda|Tanjung Selor|Manado|Palu
Kendari|Mamuju|Gorontalo|Ambon|Sofifi|Ternate|Jayapura|Manokwari|Sorong|Merauke|Nabire|Bogor
Depok|Bekasi|Tangerang|Malang|Solo|Surakarta|Cirebon|Tasikmalaya|Sukabumi|Cianjur|Garut
Purwokerto|Tegal|Pekalongan|Magelang|Kudus|Madiun|Kediri|Blitar|Jember|Banyuwangi|Batam
Balikpapan|Tarakan|Bukittinggi|Payakumbuh|Dumai|Binjai|Pematangsiantar|Lhokseumawe|Kuta
Ubud|Labuan Bajo|Bima|Ende|Maumere|Parepare|Palopo|Bitung|Tomohon|Mandalika
"""

# Provinces and islands of Indonesia, and world regions.
_REGIONS = """
Aceh|Sumatra Utara|Sumatera Utara|Sumatra Barat|Sumatera Barat|Riau|Kepulauan Riau|Sumatra Selatan
Sumatera Selatan|Bengkulu|Lampung|Bangka Belitung|Kepulauan Bangka Belitung|Banten|DKI Jakarta
Jawa Barat|Jawa Tengah|Jawa Timur|DI Yogyakarta|Daerah Istimewa Yogyakarta|Bali|Nusa Tenggara Barat
Nusa Tenggara Timur|NTB|NTT|Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur
Kalimantan Utara|Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Sulawesi Barat
Maluku|Maluku Utara|Papua|Papua Barat|Papua Selatan|Papua Tengah|Papua Pegunungan|Papua Barat Daya
Sumatra|Sumatera|Jawa|Java|Kalimantan|Borneo|Sulawesi|Nusa Tenggara|Lombok|Flores|Timor|Madura
Asia|Eropa|Europe|Afrika|Africa|Amerika Latin|Latin America|Amerika Utara|North America
Amerika Selatan|South America|Australasia|Oseania|Oceania|Timur Tengah|Middle East|Asia Tenggara
Southeast Asia|Asia Timur|East Asia|Asia Selatan|South Asia|Asia Tengah|Central Asia|Asia Pasifik
Asia-Pacific|Asia Pacific|Indo-Pasifik|Indo-Pacific|Eropa Timur|Eastern Europe|Eropa Barat|Western Europe
Balkan|Balkans|Kaukasus|Caucasus|Skandinavia|Scandinavia|Karibia|Caribbean|Pasifik|Pacific
Atlantik|Atlantic|Arktik|Arctic|Antartika|Antarctica|Semenanjung Korea|Korean Peninsula
Laut China Selatan|Laut Cina Selatan|South China Sea|Laut China Timur|East China Sea|Selat Malaka
Strait of Malacca|Laut Jawa|Samudra Hindia|Samudera Hindia|Indian Ocean|Samudra Pasifik
Samudera Pasifik|Pacific Ocean|Mediterania|Mediterranean|Teluk Persia|Persian Gulf|Krimea|Crimea
Donbas|Siberia|Kashmir|Tibet|Xinjiang|Hokkaido|Kyushu|Honshu|Jeju|Hawaii|Alaska|Greenland
White House|Gedung Putih|Kremlin|Pentagon|Downing Street|Capitol Hill|Istana Merdeka|Istana Negara
Istana Bogor|Senayan|Blue House|Zhongnanhai|Elysee|Élysée|Vatican City
"""

# Places with more than one name: Indonesian provinces and their standard
# abbreviations, and exonyms. One place per line, "|" between its names.
_PLACE_GROUPS = """
Aceh|Nanggroe Aceh Darussalam|NAD
Sumatra|Sumatera
Sumatra Utara|Sumatera Utara|Sumut
Sumatra Barat|Sumatera Barat|Sumbar
Kepulauan Riau|Kepri
Sumatra Selatan|Sumatera Selatan|Sumsel
Kepulauan Bangka Belitung|Bangka Belitung|Babel
DKI Jakarta|Daerah Khusus Ibukota Jakarta
Jawa Barat|Jabar
Jawa Tengah|Jateng
DI Yogyakarta|Daerah Istimewa Yogyakarta|DIY
Jawa Timur|Jatim
Nusa Tenggara Barat|NTB
Nusa Tenggara Timur|NTT
Kalimantan Barat|Kalbar
Kalimantan Tengah|Kalteng
Kalimantan Selatan|Kalsel
Kalimantan Timur|Kaltim
Kalimantan Utara|Kaltara
Sulawesi Utara|Sulut
Sulawesi Tengah|Sulteng
Sulawesi Selatan|Sulsel
Sulawesi Tenggara|Sultra
Sulawesi Barat|Sulbar
Maluku Utara|Malut
Papua Barat|Pabar
Moskow|Moscow
Beijing|Peking
Den Haag|The Hague
Brussel|Brussels
Wina|Vienna
Praha|Prague
Warsawa|Warsaw
Kyiv|Kiev
Teheran|Tehran
Kairo|Cairo
Yerusalem|Jerusalem
Mekkah|Makkah|Mecca
Madinah|Medina
Jenewa|Geneva
Singapura|Singapore
"""

# Major news outlets and agencies, international and Indonesian.
_MEDIA = """
Associated Press|AP|Reuters|AFP|Agence France-Presse|BBC|CNN|CNN Indonesia|Al Jazeera|Bloomberg
New York Times|The New York Times|Washington Post|The Washington Post|Guardian|The Guardian
Financial Times|Wall Street Journal|The Wall Street Journal|The Economist|Economist|Sky News
Fox News|NBC|CBS|ABC|NPR|PBS|Politico|Axios|The Times|The Telegraph|Daily Mail|The Independent
Le Monde|Der Spiegel|Deutsche Welle|DW|RFI|France 24|Euronews|NHK|Kyodo|Kyodo News|Asahi Shimbun
Yomiuri Shimbun|Mainichi|Japan Times|The Japan Times|Nikkei|Nikkei Asia|Xinhua|Global Times
People's Daily|China Daily|South China Morning Post|SCMP|CCTV|CGTN|TASS|RIA Novosti|Interfax
Yonhap|KCNA|Korea Herald|Korea Times|Chosun Ilbo|JoongAng Ilbo|Straits Times|The Straits Times
Channel NewsAsia|CNA|Bangkok Post|Sydney Morning Herald|ABC News|Times of India|Hindustan Times
Arab News|Haaretz|Times of Israel|Voice of America|VOA|Radio Free Asia|RFA|Radio Free Europe
Wikinews|Antara|Kompas|Kompas.com|Tempo|detikcom|detikNews|Kumparan|Liputan6|Liputan6.com
Republika|Media Indonesia|Jakarta Post|The Jakarta Post|Jakarta Globe|Tribunnews|Okezone
Suara.com|Tirto|Katadata|Bisnis Indonesia|Jawa Pos|Koran Tempo|Sindonews
TVRI|RRI|Metro TV|TVOne|tvOne|Kompas TV|SCTV|RCTI|Indosiar|Trans7|Trans TV|iNews|BeritaSatu
IDN Times|Merdeka.com|Magdalene|Mongabay|Gatra|Majalah Tempo|Harian Kompas
"""


# National bodies known by one short name (ministries, agencies, the legislature),
# Indonesian and international: they let extraction type "Bappenas" or "NASA" an organisation.
_INSTITUTIONS = """
Kemendagri|Kemenlu|Kemenhan|Kemenkumham|Kemenkeu|Kemendikbud|Kemendikbudristek|Kemenag|Kemenkes|Kemensos
Kemnaker|Kemenaker|Kemenperin|Kemendag|Kementan|Kemen LHK|KLHK|Kemenhub|Kemen PUPR|PUPR|Kemenpora|Kemenparekraf
Kemenkominfo|Kominfo|Komdigi|Kemenko PMK|Kemenkopolhukam|Kemenko Polhukam|Kemenko Marves|Kemenkomarves
Kemenko Perekonomian|Kemenkop UKM|KemenPAN-RB|KemenPANRB|Kemenpan RB|Kemendes PDTT|Kemendesa|Kemen ESDM|ESDM|KKP|BUMN
Kemenristek|Kemenristekdikti|ATR/BPN|Kementerian ATR|Setneg|Kemensetneg|Setkab|Sekretariat Kabinet|KSP|Bappenas
BNPB|BPBD|BMKG|BPS|BKKBN|BPOM|Basarnas|BNN|BNPT|BIN|BSSN|BRIN|LIPI|BPPT|LAPAN|Bapeten|BPKP|BPK|BPJS|BPJS Kesehatan
BPJS Ketenagakerjaan|OJK|Bank Indonesia|LPS|KPK|KPU|Bawaslu|DKPP|Komnas HAM|Komnas Perempuan|KPAI|Ombudsman|KY
MA|MK|Mahkamah Agung|Mahkamah Konstitusi|Kejagung|Kejaksaan Agung|Polri|TNI|TNI AD|TNI AL|TNI AU|Bareskrim
Densus 88|Brimob|Kopassus|Kostrad|Bakamla|Bea Cukai|Imigrasi|Pertamina|PLN|Telkom|Garuda Indonesia|DPR|DPR RI|DPD
DPD RI|MPR|MPR RI|DPRD|KONI|KOI|NPC|PSSI|PBSI|MUI|NU|PBNU|Muhammadiyah|PMI|IDI|Apindo|Kadin|Dekranasda|PKK
UN|United Nations|PBB|UNICEF|UNESCO|UNHCR|WHO|WFP|UNDP|FAO|ILO|IMF|World Bank|Bank Dunia|ADB|ASEAN|APEC|NATO|EU|G20|OPEC
WTO|IAEA|Interpol|Red Cross|ICRC|IFRC|USAID|NASA|NOAA|USGS|FBI|CIA|EPA|CDC|DFID|FCDO|DFAT|AusAID|JICA|KOICA
European Union|Uni Eropa|Commonwealth|Foreign Office|State Department
"""


def _split(block: str) -> list[str]:
    return [name.strip() for line in block.strip().splitlines() for name in line.split("|") if name.strip()]


_COUNTRY_KEY: dict[str, str] = {}
for _line in _COUNTRY_GROUPS.strip().splitlines():
    _names = [n.strip() for n in _line.split("|") if n.strip()]
    for _name in _names:
        _COUNTRY_KEY.setdefault(_name, _names[0])

_PLACE_KEY: dict[str, str] = {}
for _line in _PLACE_GROUPS.strip().splitlines():
    _names = [n.strip() for n in _line.split("|") if n.strip()]
    for _name in _names:
        _PLACE_KEY.setdefault(_name, _names[0])

COUNTRIES = frozenset(_COUNTRY_KEY)
CITIES = frozenset(_split(_CITIES))
REGIONS = frozenset(_split(_REGIONS)) | frozenset(n for n in _PLACE_KEY if n not in CITIES and n not in _COUNTRY_KEY)
MEDIA = frozenset(_split(_MEDIA))
INSTITUTIONS = frozenset(_split(_INSTITUTIONS))
_MEDIA_LOWER = frozenset(m.lower() for m in MEDIA if len(m) > 3)


def is_country(name: str) -> bool:
    return name in COUNTRIES


def place_key(name: str) -> str | None:
    """One key for every name of a country or place: "AS" and "Amerika
    Serikat" share it, and so do "Sumbar" and "Sumatra Barat"."""
    return _COUNTRY_KEY.get(name) or _PLACE_KEY.get(name)


def is_city(name: str) -> bool:
    return name in CITIES


def is_region(name: str) -> bool:
    return name in REGIONS


def is_place(name: str) -> bool:
    """A country, a city or a region."""
    return name in COUNTRIES or name in CITIES or name in REGIONS


def is_media(name: str) -> bool:
    """Also in capitals: "ANTARA", "KOMPAS" in datelines."""
    return name in MEDIA or name.lower() in _MEDIA_LOWER


def is_institution(name: str) -> bool:
    """A national or international body known by one name ("Bappenas", "NASA", "PBB")."""
    return name in INSTITUTIONS
