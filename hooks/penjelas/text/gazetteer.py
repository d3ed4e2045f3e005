"""Country names in English and Indonesian, to guess an auto-detected
entity's kind. General knowledge only: every country, not a story's list."""

from __future__ import annotations

_EN = """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana
Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon Canada Chad Chile China Colombia
Comoros Congo Costa_Rica Croatia Cuba Cyprus Czechia Czech_Republic Denmark Djibouti Dominica
Dominican_Republic Ecuador Egypt El_Salvador Eritrea Estonia Eswatini Ethiopia Fiji Finland France
Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya
Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico
Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal
Netherlands New_Zealand Nicaragua Niger Nigeria North_Korea North_Macedonia Norway Oman Pakistan
Palau Palestine Panama Papua_New_Guinea Paraguay Peru Philippines Poland Portugal Qatar Romania
Russia Rwanda Samoa San_Marino Saudi_Arabia Senegal Serbia Seychelles Sierra_Leone Singapore
Slovakia Slovenia Somalia South_Africa South_Korea South_Sudan Spain Sri_Lanka Sudan Suriname
Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Timor-Leste East_Timor Togo Tonga
Trinidad_and_Tobago Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine United_Arab_Emirates
United_Kingdom Britain Great_Britain England Scotland Wales United_States America Uruguay
Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe
People's_Republic_of_China Republic_of_China Soviet_Union USSR US USA U.S. UK DPRK ROK PRC UAE"""

_ID = """Afganistan Albania Aljazair Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahama Bahrain Bangladesh Barbados Belarus Belgia Belanda Benin Bhutan Bolivia Bosnia Botswana
Brasil Brunei Bulgaria Burundi Kamboja Kamerun Kanada Chad Cile Chili Tiongkok Cina China Kolombia
Komoro Kongo Kosta_Rika Kroasia Kuba Siprus Ceko Denmark Djibouti Dominika Ekuador Mesir
Eritrea Estonia Etiopia Fiji Finlandia Prancis Perancis Gabon Gambia Georgia Jerman Ghana Yunani
Guatemala Guinea Guyana Haiti Honduras Hungaria Islandia India Indonesia Iran Irak Irlandia Israel
Italia Jamaika Jepang Yordania Kazakhstan Kenya Kiribati Kosovo Kuwait Kirgizstan Laos Latvia
Lebanon Libanon Lesotho Liberia Libya Liechtenstein Lituania Luksemburg Madagaskar Malawi Malaysia
Maladewa Mali Malta Mauritania Mauritius Meksiko Mikronesia Moldova Monako Mongolia Montenegro
Maroko Mozambik Myanmar Namibia Nauru Nepal Selandia_Baru Nikaragua Niger Nigeria Korea_Utara
Makedonia_Utara Norwegia Oman Pakistan Palau Palestina Panama Papua_Nugini Paraguay Peru Filipina
Polandia Portugal Qatar Rumania Rusia Rwanda Samoa Arab_Saudi Senegal Serbia Seychelles
Sierra_Leone Singapura Slowakia Slovenia Somalia Afrika_Selatan Korea_Selatan Sudan_Selatan
Spanyol Sri_Lanka Sudan Suriname Swedia Swiss Suriah Taiwan Tajikistan Tanzania Thailand
Timor_Leste Togo Tonga Tunisia Turki Turkmenistan Tuvalu Uganda Ukraina Uni_Emirat_Arab Inggris
Britania_Raya Amerika_Serikat Amerika Uruguay Uzbekistan Vanuatu Vatikan Venezuela Vietnam Yaman
Zambia Zimbabwe Uni_Soviet AS RI RRT RRC"""

COUNTRIES = frozenset(w.replace("_", " ") for w in (_EN + " " + _ID).split())


def is_country(name: str) -> bool:
    return name in COUNTRIES
