#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set hard21 (round 23).

stdlib + Faker only. Writes hard21.jsonl next to this file (500 samples).
Text and spans are built together; every span is checked against what was planted.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from faker import Faker

SEED = 2321
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard21.jsonl")
N_SAMPLES = 500

PERSON, PHONE, ADDR, EMAIL, CARD, IBAN, SSN, IP, LOC = (
    "PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION")


def ch(seq):
    return R.choice(seq)


def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def strip_acc(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Builder: text and spans together
# ---------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, typ, s):
        assert s and s == s.strip(), (typ, s)
        st = self.n
        self.t(s)
        self.spans.append({"type": typ, "start": st, "end": self.n, "_v": s})
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# Country data (real cities / streets composed by hand, names via Faker)
# ---------------------------------------------------------------------------
FAKERS = {}


def fk(loc):
    if loc not in FAKERS:
        f = Faker(loc)
        f.seed_instance(SEED + len(FAKERS) * 7)
        FAKERS[loc] = f
    return FAKERS[loc]


C = {
    "GB": dict(loc="en_GB", lang="en", cc="44", country="United Kingdom",
               cities=[("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"), ("Cardiff", "CF"),
                       ("Glasgow", "G"), ("Brighton", "BN"), ("York", "YO"), ("Exeter", "EX"), ("Sheffield", "S"), ("Belfast", "BT")],
               streets=["Acacia Road", "Harrowby Lane", "Coldharbour Street", "Wellington Crescent", "Mill Lane", "Chapel Row",
                        "Kingsway", "Victoria Terrace", "Beech Grove", "Station Approach", "Meadow Close", "The Paddocks"],
               districts=["Headingley", "Clifton", "Chorlton", "Roath", "Hove", "Heavitree", "Ecclesall"]),
    "US": dict(loc="en_US", lang="en", cc="1", country="United States",
               cities=[("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
                       ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Madison", "WI", "537"), ("El Paso", "TX", "799"),
                       ("Burlington", "VT", "054"), ("Omaha", "NE", "681"), ("Albany", "NY", "122")],
               streets=["Maple Ave", "W 14th St", "Oak Ridge Dr", "N Main St", "Sycamore Ln", "Lakeshore Blvd", "Pine Hollow Rd",
                        "E Washington St", "Cedar Ct", "Old Mill Rd", "Jefferson Pkwy"]),
    "CA": dict(loc="en_CA", lang="en", cc="1", country="Canada",
               cities=[("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C"), ("Calgary", "AB", "T2P"), ("Kelowna", "BC", "V1Y"),
                       ("Ottawa", "ON", "K1P"), ("Saskatoon", "SK", "S7K"), ("Moncton", "NB", "E1C")],
               streets=["Spring Garden Rd", "Portage Ave", "17 Ave SW", "Bernard Ave", "Bank St", "Broadway Ave", "Main St"]),
    "AU": dict(loc="en_AU", lang="en", cc="61", country="Australia",
               cities=[("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
                       ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"), ("Braddon", "ACT", "2612")],
               streets=["Brunswick St", "King St", "Ann St", "Marine Tce", "Jetty Rd", "Elizabeth St", "Lonsdale St", "Smith St"]),
    "IE": dict(loc="en_IE", lang="en", cc="353", country="Ireland",
               cities=[("Dublin 8", "D08", "Co. Dublin"), ("Cork", "T12", "Co. Cork"), ("Galway", "H91", "Co. Galway"),
                       ("Limerick", "V94", "Co. Limerick"), ("Ballincollig", "P31", "Co. Cork"), ("Navan", "C15", "Co. Meath"),
                       ("Kilkenny", "R95", "Co. Kilkenny")],
               streets=["Thomas Street", "Oliver Plunkett Street", "Shop Street", "O'Connell Avenue", "Main Street", "Church Road",
                        "Parnell Square", "Bóthar na Trá"]),
    "IN": dict(loc="en_IN", lang="en", cc="91", country="India",
               cities=[("Bengaluru", "560038", "Karnataka"), ("Pune", "411001", "Maharashtra"), ("Chennai", "600017", "Tamil Nadu"),
                       ("Kochi", "682016", "Kerala"), ("Jaipur", "302001", "Rajasthan"), ("Hyderabad", "500034", "Telangana"),
                       ("New Delhi", "110048", "Delhi")],
               streets=["14th Cross, Indiranagar", "MG Road", "Usman Road, T. Nagar", "Banjara Hills Road No. 12", "FC Road, Shivajinagar",
                        "Greater Kailash II", "Marine Drive", "C-Scheme"]),
    "NG": dict(loc="en_US", lang="en", cc="234", country="Nigeria",
               cities=[("Lagos", "Lagos State", "101241"), ("Abuja", "FCT", "900211"), ("Ibadan", "Oyo State", "200284"),
                       ("Enugu", "Enugu State", "400102"), ("Port Harcourt", "Rivers State", "500272"), ("Kano", "Kano State", "700233")],
               streets=["Adeola Odeku Street", "Admiralty Way, Lekki Phase 1", "Aminu Kano Crescent, Wuse 2", "Ring Road", "Ogui Road",
                        "Aba Road", "Awolowo Road, Ikoyi", "Bompai Road"]),
    "ZA": dict(loc="zu_ZA", lang="en", cc="27", country="South Africa",
               cities=[("Johannesburg", "2196", "Rosebank"), ("Cape Town", "8001", "Gardens"), ("Durban", "4001", "Berea"),
                       ("Pretoria", "0181", "Brooklyn"), ("Gqeberha", "6001", "Richmond Hill"), ("Stellenbosch", "7600", "Die Boord")],
               streets=["Jan Smuts Ave", "Kloof Street", "Florida Road", "Lynnwood Road", "Bird Street", "Dorp Street", "Vilakazi St"]),
    "DE": dict(loc="de_DE", lang="de", cc="49", country="Deutschland",
               cities=[("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Freiburg im Breisgau", "79"),
                       ("Dresden", "01"), ("Münster", "48"), ("Nürnberg", "90")],
               streets=None),
    "AT": dict(loc="de_AT", lang="de", cc="43", country="Österreich",
               cities=[("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")],
               streets=["Mariahilfer Straße", "Neubaugasse", "Herrengasse", "Landstraße", "Getreidegasse", "Maria-Theresien-Straße"]),
    "CH": dict(loc="de_CH", lang="de", cc="41", country="Schweiz",
               cities=[("Zürich", "8004"), ("Bern", "3011"), ("Basel", "4051"), ("Luzern", "6003"), ("Winterthur", "8400")],
               streets=["Langstrasse", "Kramgasse", "Spalenberg", "Hertensteinstrasse", "Marktgasse", "Seefeldstrasse"]),
    "FR": dict(loc="fr_FR", lang="fr", cc="33", country="France",
               cities=[("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000"),
                       ("Rennes", "35000"), ("Strasbourg", "67000"), ("Montpellier", "34000")],
               streets=None),
    "BE": dict(loc="fr_BE", lang="fr", cc="32", country="Belgique",
               cities=[("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Gent", "9000"), ("Antwerpen", "2000")],
               streets=["Rue Haute", "Chaussée de Wavre", "Rue Saint-Gilles", "Avenue Louise", "Kortrijksesteenweg", "Meir"]),
    "ES": dict(loc="es_ES", lang="es", cc="34", country="España",
               cities=[("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"), ("Bilbao", "480"), ("Zaragoza", "500"),
                       ("Málaga", "290"), ("Granada", "180")],
               streets=["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Larios", "Gran Vía",
                        "Calle Sierpes", "Paseo de Gracia", "Calle del Pez"]),
    "MX": dict(loc="es_MX", lang="es", cc="52", country="México",
               cities=[("Ciudad de México", "CDMX", "06700", "Roma Norte"), ("Guadalajara", "Jal.", "44160", "Americana"),
                       ("Monterrey", "N.L.", "64000", "Centro"), ("Puebla", "Pue.", "72000", "Centro Histórico"), ("Mérida", "Yuc.", "97000", "Centro")],
               streets=["Av. Álvaro Obregón", "Calle Colima", "Av. Chapultepec", "Calle 60", "Av. Juárez", "Calle Morelos"]),
    "IT": dict(loc="it_IT", lang="it", cc="39", country="Italia",
               cities=[("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Napoli", "NA", "801"),
                       ("Firenze", "FI", "501"), ("Bari", "BA", "701"), ("Verona", "VR", "371")],
               streets=["Via Roma", "Corso Buenos Aires", "Via dei Mille", "Viale Monza", "Via Garibaldi", "Via Nazionale", "Corso Vittorio Emanuele II",
                        "Via San Vitale", "Piazza della Repubblica"]),
    "PT": dict(loc="pt_PT", lang="pt", cc="351", country="Portugal",
               cities=[("Lisboa", "1100"), ("Porto", "4000"), ("Braga", "4700"), ("Coimbra", "3000"), ("Faro", "8000"), ("Aveiro", "3800")],
               streets=["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua Ferreira Borges", "Travessa do Carmo"]),
    "BR": dict(loc="pt_BR", lang="pt-BR", cc="55", country="Brasil",
               cities=[("São Paulo", "SP", "11", "Pinheiros"), ("Rio de Janeiro", "RJ", "21", "Botafogo"), ("Belo Horizonte", "MG", "31", "Savassi"),
                       ("Curitiba", "PR", "41", "Batel"), ("Recife", "PE", "81", "Boa Viagem"), ("Porto Alegre", "RS", "51", "Moinhos de Vento"),
                       ("Salvador", "BA", "71", "Rio Vermelho")],
               streets=["Rua dos Pinheiros", "Rua Voluntários da Pátria", "Av. Getúlio Vargas", "Rua XV de Novembro", "Av. Boa Viagem",
                        "Rua Padre Chagas", "Rua da Paciência", "Rua Oscar Freire"]),
    "NL": dict(loc="nl_NL", lang="nl", cc="31", country="Nederland",
               cities=[("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Groningen", "97"), ("Den Haag", "25"), ("Eindhoven", "56"),
                       ("Zwolle", "80"), ("Haarlem", "20")],
               streets=["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Vismarkt", "Laan van Meerdervoort", "Stratumseind",
                        "Dorpsstraat", "Burgemeester de Vlugtlaan", "Kerkstraat"]),
    "PL": dict(loc="pl_PL", lang="pl", cc="48", country="Polska",
               cities=[("Warszawa", "00"), ("Kraków", "31"), ("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "61"), ("Łódź", "90"), ("Lublin", "20")],
               streets=["ul. Marszałkowska", "ul. Floriańska", "ul. Długa", "al. Jana Pawła II", "ul. Piotrkowska", "ul. Świętojańska",
                        "os. Kościuszkowskie", "ul. Krakowskie Przedmieście"]),
    "CZ": dict(loc="cs_CZ", lang="cs", cc="420", country="Česko",
               cities=[("Praha 2", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00"), ("Olomouc", "779 00"),
                       ("Praha 7", "170 00")],
               streets=["Vinohradská", "Masarykova", "Nádražní", "Dukelských hrdinů", "Americká", "Horní náměstí", "Křižíkova"]),
    "SE": dict(loc="sv_SE", lang="sv", cc="46", country="Sverige",
               cities=[("Stockholm", "114"), ("Göteborg", "411"), ("Malmö", "211"), ("Uppsala", "753"), ("Umeå", "903"), ("Lund", "222")],
               streets=["Storgatan", "Götgatan", "Kungsgatan", "Drottninggatan", "Västra Hamngatan", "Linnégatan", "Södra Förstadsgatan"]),
    "DK": dict(loc="da_DK", lang="da", cc="45", country="Danmark",
               cities=[("København K", "1165"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Frederiksberg", "2000"),
                       ("Roskilde", "4000")],
               streets=["Nørregade", "Vesterbrogade", "Strøget", "Jægersborggade", "Søndergade", "Østergade", "Gammel Kongevej"]),
    "NO": dict(loc="no_NO", lang="no", cc="47", country="Norge",
               cities=[("Oslo", "0184"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Stavanger", "4006"), ("Tromsø", "9008"), ("Kristiansand", "4611")],
               streets=["Storgata", "Markveien", "Bryggen", "Olav Tryggvasons gate", "Kirkegata", "Thorvald Meyers gate", "Strandgata"]),
    "FI": dict(loc="fi_FI", lang="fi", cc="358", country="Suomi",
               cities=[("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"), ("Jyväskylä", "40100"), ("Espoo", "02100")],
               streets=["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Isokatu", "Kauppakatu", "Fredrikinkatu", "Tapiolantie"]),
    "HU": dict(loc="hu_HU", lang="hu", cc="36", country="Magyarország",
               cities=[("Budapest", "1061"), ("Debrecen", "4024"), ("Szeged", "6720"), ("Pécs", "7621"), ("Győr", "9021"), ("Budapest", "1137")],
               streets=["Andrássy út", "Király utca", "Piac utca", "Kárász utca", "Király utca", "Baross utca", "Szent István körút", "Bartók Béla út"]),
    "RO": dict(loc="ro_RO", lang="ro", cc="40", country="România",
               cities=[("București", "sector 2"), ("Cluj-Napoca", "jud. Cluj"), ("Iași", "jud. Iași"), ("Timișoara", "jud. Timiș"),
                       ("Brașov", "jud. Brașov"), ("Constanța", "jud. Constanța")],
               streets=["Str. Mihai Eminescu", "Bd. Carol I", "Str. Memorandumului", "Calea Victoriei", "Str. Republicii", "Bd. Ștefan cel Mare",
                        "Str. Avram Iancu"]),
    "TR": dict(loc="tr_TR", lang="tr", cc="90", country="Türkiye",
               cities=[("İstanbul", "Kadıköy", "34710"), ("İstanbul", "Beşiktaş", "34353"), ("Ankara", "Çankaya", "06680"), ("İzmir", "Karşıyaka", "35540"),
                       ("Bursa", "Nilüfer", "16140"), ("Antalya", "Muratpaşa", "07100")],
               streets=["Moda Cad.", "Bağdat Cad.", "Atatürk Blv.", "Cemal Gürsel Cad.", "Barbaros Blv.", "Kızılay Sok.", "Işıklar Cad.", "Şair Nefi Sok."]),
    "GR": dict(loc="el_GR", lang="el", cc="30", country="Ελλάδα",
               cities=[("Αθήνα", "105 63"), ("Θεσσαλονίκη", "546 23"), ("Πάτρα", "262 21"), ("Ηράκλειο", "712 02"), ("Βόλος", "382 21")],
               streets=["Ερμού", "Αιόλου", "Τσιμισκή", "Μαιζώνος", "Λεωφ. Αλεξάνδρας", "Αγίου Τίτου", "Ιάσονος"]),
    "JP": dict(loc="ja_JP", lang="ja", cc="81", country="日本",
               cities=[("東京都", "渋谷区", "神南", "150-0041"), ("東京都", "世田谷区", "三軒茶屋", "154-0024"), ("大阪府", "大阪市北区", "梅田", "530-0001"),
                       ("京都府", "京都市中京区", "河原町", "604-8005"), ("福岡県", "福岡市中央区", "天神", "810-0001"), ("北海道", "札幌市中央区", "南一条西", "060-0061"),
                       ("神奈川県", "横浜市西区", "みなとみらい", "220-0012")],
               streets=None),
    "KR": dict(loc="ko_KR", lang="ko", cc="82", country="대한민국",
               cities=[("서울특별시", "마포구", "양화로", "서교동", "04044"), ("서울특별시", "강남구", "테헤란로", "역삼동", "06236"),
                       ("부산광역시", "해운대구", "해운대해변로", "우동", "48094"), ("대구광역시", "중구", "동성로", "삼덕동", "41940"),
                       ("경기도 성남시", "분당구", "판교역로", "백현동", "13529")],
               streets=None),
    "VN": dict(loc="vi_VN", lang="vi", cc="84", country="Việt Nam",
               cities=[("Hà Nội", "Quận Hoàn Kiếm", "Phường Hàng Bạc"), ("Hà Nội", "Quận Ba Đình", "Phường Kim Mã"),
                       ("TP. Hồ Chí Minh", "Quận 1", "Phường Bến Nghé"), ("TP. Hồ Chí Minh", "Quận 3", "Phường Võ Thị Sáu"),
                       ("Đà Nẵng", "Quận Hải Châu", "Phường Thạch Thang"), ("Huế", "TP. Huế", "Phường Phú Hội")],
               streets=["Phố Huế", "Đường Lê Lợi", "Đường Nguyễn Trãi", "Phố Hàng Bông", "Đường Trần Hưng Đạo", "Đường Bạch Đằng", "Đường Điện Biên Phủ"]),
    "ID": dict(loc="id_ID", lang="id", cc="62", country="Indonesia",
               cities=[("Jakarta Selatan", "12920", "Setiabudi", "Karet"), ("Bandung", "40115", "Coblong", "Dago"), ("Surabaya", "60271", "Genteng", "Ketabang"),
                       ("Yogyakarta", "55213", "Gondokusuman", "Terban"), ("Denpasar", "80234", "Denpasar Selatan", "Sanur"),
                       ("Medan", "20152", "Medan Baru", "Darat")],
               streets=["Jl. Jenderal Sudirman", "Jl. Ir. H. Juanda", "Jl. Tunjungan", "Jl. Malioboro", "Jl. Danau Tamblingan", "Jl. Gatot Subroto",
                        "Gg. Melati"]),
}

REGIONS = {
    "GB": ["Yorkshire", "Cornwall", "the Highlands", "Wales", "Kent", "the Lake District", "Northern Ireland", "Scotland"],
    "US": ["Texas", "Ohio", "the Midwest", "New England", "California", "Oregon", "Florida"],
    "CA": ["Nova Scotia", "Alberta", "Quebec", "Ontario", "British Columbia"],
    "AU": ["Queensland", "Victoria", "Tasmania", "Western Australia", "the Gold Coast"],
    "IE": ["Connemara", "Donegal", "Kerry", "Munster", "Wicklow"],
    "IN": ["Kerala", "Goa", "Punjab", "Karnataka", "Rajasthan"],
    "NG": ["Lagos State", "Oyo State", "Kaduna", "Enugu State"],
    "ZA": ["Gauteng", "KwaZulu-Natal", "the Western Cape", "Limpopo"],
    "DE": ["Bayern", "Sachsen", "Nordrhein-Westfalen", "Schleswig-Holstein", "Ruhrgebiet"],
    "AT": ["Tirol", "Steiermark", "Kärnten"], "CH": ["Graubünden", "Wallis", "Tessin"],
    "FR": ["Bretagne", "Provence", "Alsace", "Normandie", "Occitanie"], "BE": ["Wallonie", "Flandre"],
    "ES": ["Andalucía", "Galicia", "Cataluña", "Asturias", "País Vasco"], "MX": ["Oaxaca", "Jalisco", "Yucatán"],
    "IT": ["Sicilia", "Toscana", "Puglia", "Piemonte", "Sardegna"], "PT": ["Algarve", "Alentejo", "Minho", "Madeira"],
    "BR": ["Bahia", "Minas Gerais", "Santa Catarina", "Pernambuco"], "NL": ["Friesland", "Zeeland", "Limburg", "Drenthe"],
    "PL": ["Mazury", "Podhale", "Śląsk", "Pomorze"], "CZ": ["Morava", "Šumava", "Krkonoše"], "SE": ["Skåne", "Norrland", "Gotland"],
    "DK": ["Jylland", "Fyn", "Bornholm"], "NO": ["Lofoten", "Vestland", "Finnmark"], "FI": ["Lappi", "Pohjanmaa", "Ahvenanmaa"],
    "HU": ["Balaton", "Tokaj", "Hortobágy"], "RO": ["Transilvania", "Maramureș", "Dobrogea"], "TR": ["Kapadokya", "Karadeniz", "Ege"],
    "GR": ["Κρήτη", "Πελοπόννησος", "Χαλκιδική"], "JP": ["北海道", "沖縄", "九州"], "KR": ["제주도", "강원도", "경상남도"],
    "VN": ["Đà Lạt", "Hội An", "Sa Pa", "Phú Quốc"], "ID": ["Bali", "Lombok", "Sumatera Utara", "Jawa Tengah"],
}
FOREIGN_PLACES = ["Vietnam", "Portugal", "Shenzhen", "Rotterdam", "Milan", "Istanbul", "Poland", "Morocco", "Lagos", "Ho Chi Minh City",
                  "Kyoto", "Nairobi", "Auckland", "St. Petersburg", "Reykjavík", "Marrakech", "Seoul", "Guangzhou", "Sri Lanka", "Bavaria",
                  "São Paulo", "Cape Town", "Tasmania", "Québec", "Sicily", "Jutland", "Cluj", "Izmir", "Bali", "Lisbon"]

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
NG_FIRST = ["Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka", "Funmilayo", "Ifeoma", "Tunde", "Yetunde", "Babajide", "Zainab", "Obinna",
            "Adaeze", "Kelechi", "Temitope", "Musa", "Halima", "Chiamaka", "Olumide", "Bukola"]
NG_LAST = ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Ogunleye", "Abubakar", "Okonkwo", "Adebayo", "Ibrahim", "Chukwu", "Oyelaran",
           "Nnamdi", "Afolabi", "Danjuma", "Onyekachi"]
ZA_FIRST = ["Thandiwe", "Sipho", "Lerato", "Pieter", "Naledi", "Johan", "Ayanda", "Zanele", "Riaan", "Bongani", "Anri", "Kagiso", "Nomvula",
            "Werner", "Lindiwe", "Thabo"]
ZA_LAST = ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Pretorius", "Khumalo", "du Plessis", "Naidoo", "Mahlangu", "le Roux",
           "Ndlovu", "Coetzee", "Mthembu", "Pillay"]
VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
VN_MID = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Hữu", "Bảo"]
VN_FIRST = ["An", "Lan", "Hùng", "Trang", "Dũng", "Hương", "Tuấn", "Mai", "Khoa", "Linh", "Phương", "Thảo", "Long", "Vy", "Quân", "Nhung"]
RU_NAMES = [("Olga", "Sergeyevna", "Ivanova"), ("Dmitri", "Alexandrovich", "Volkov"), ("Natalia", "Petrovna", "Sokolova"),
            ("Yevgeny", "Igorevich", "Morozov"), ("Oksana", "Mykolaivna", "Kovalenko"), ("Andriy", "Vasylovych", "Shevchenko")]
WORD_FIRST = ["Rose", "Hope", "Will", "Summer", "Bill", "Grace", "Joy", "Faith", "Dawn", "Amber", "Mark", "Frank", "Penny", "Robin",
              "Sunny", "Ruby", "Iris", "Daisy", "Hunter", "Sterling", "Christian", "Destiny", "Precious", "Honor", "June", "April", "May"]
WORD_LAST = ["Page", "Bill", "Baker", "King", "Young", "White", "Green", "Little", "Rich", "Hope", "Cash", "Hall", "Wise", "Friend", "Snow",
             "Bush", "Sparrow", "Winter", "Day", "Love"]
APOS_LAST = {"IE": ["O'Neill", "O'Sullivan", "Ó Briain", "Mac Giolla Phádraig", "O'Connor", "Ní Bhriain"],
             "GB": ["O'Hara", "D'Arcy", "McAllister", "Fforde"], "US": ["O'Brien", "D'Angelo", "DeShawn", "McKenzie-Ortiz"],
             "IT": ["D'Angelo", "Dell'Orto", "De Luca", "D'Alessandro", "Lo Russo", "Dall'Ara"],
             "FR": ["N'Diaye", "de la Fontaine", "Le Goff", "d'Aubigny", "Saint-Clair"], "IN": ["D'Souza", "Fernandes", "Menon-Pillai"],
             "NL": ["van der Berg", "de Vries", "van den Heuvel", "ter Horst", "van 't Hof", "in 't Veld"],
             "BE": ["Van Damme", "De Smet", "Vanden Berghe"], "DE": ["von Bülow", "Müller-Lüdenscheidt", "zu Hohenlohe", "Schulze-Wendt"],
             "ES": ["de la Fuente", "García-Lorente", "del Río Campos"], "PT": ["da Silva Ramos", "dos Santos", "de Sousa Tavares"],
             "BR": ["da Conceição", "dos Anjos", "de Oliveira Lima"], "MX": ["de la Garza", "Hernández de León"]}
NICK = {"William": "Will", "Robert": "Bob", "Elizabeth": "Liz", "Katherine": "Kate", "James": "Jim", "Margaret": "Peggy", "Richard": "Rick",
        "Jennifer": "Jen", "Alexander": "Sasha", "Oluwaseun": "Seun", "Funmilayo": "Funmi", "Babajide": "Jide", "Temitope": "Tope",
        "Chinedu": "Nedu", "Thandiwe": "Thandi", "Bongani": "Bongs", "Francesca": "Fra", "Giuseppe": "Peppe", "Małgorzata": "Gosia",
        "Katarzyna": "Kasia", "Aleksandra": "Ola", "Johannes": "Jo"}


class Person:
    def __init__(self, first, last, cc, gender, middle="", fam_first=False, joined=False, single=False):
        self.first, self.last, self.cc, self.gender = first, last, cc, gender
        self.middle = middle
        self.fam_first = fam_first
        self.joined = joined
        self.single = single

    def full(self):
        if self.single:
            return self.first
        if self.fam_first:
            sep = "" if self.joined else " "
            mid = (" " + self.middle) if self.middle else ""
            return self.last + sep + self.first if not mid else self.last + mid + " " + self.first
        mid = (" " + self.middle) if self.middle else ""
        return self.first + mid + " " + self.last

    def form(self, f):
        if self.single and f not in ("caps", "lower"):
            return self.first
        if f == "full":
            return self.full()
        if f == "first":
            return self.first
        if f == "last":
            return self.last
        if f == "fm":  # first + last without middle
            return self.first + " " + self.last if not self.fam_first else self.full()
        if f == "init":
            if self.fam_first:
                return self.full()
            return self.first[0] + ". " + self.last
        if f == "inits":
            if self.fam_first:
                return self.full()
            return self.first[0] + "." + (self.middle[0] + "." if self.middle else "") + " " + self.last
        if f == "lower":
            return self.full().lower()
        if f == "lowfirst":
            return self.first.lower()
        if f == "caps":
            return self.full().upper()
        if f == "capslast":
            return (self.last.upper() + " " + self.first) if not self.fam_first else self.full().upper()
        if f == "lastfirst":
            return (self.last + ", " + self.first) if not self.fam_first else self.full()
        if f == "nick":
            return NICK.get(self.first, self.first)
        if f == "firstlow2":
            return self.first.lower() + " " + self.last[0].lower()
        raise ValueError(f)

    def ascii_parts(self):
        if self.cc == "JP":
            return ch(JP_ROMA_F), ch(JP_ROMA_L)
        if self.cc == "KR":
            return ch(["minjun", "seoyeon", "jiho", "haeun", "doyun", "yuna", "eunji", "jisoo"]), ch(["kim", "lee", "park", "choi", "jung", "kang"])
        if self.cc == "GR":
            return ch(["eleni", "giorgos", "maria", "nikos", "katerina", "dimitris"]), ch(["papadopoulou", "georgiou", "nikolaidis", "kosta"])
        f = re.sub(r"[^a-z]", "", strip_acc(self.first).lower()) or "info"
        l = re.sub(r"[^a-z]", "", strip_acc(self.last).lower()) or "x"
        return f, l


JP_ROMA_F = ["hanako", "yuki", "takeshi", "aoi", "haruto", "sakura", "ren", "mio", "kenta", "yui"]
JP_ROMA_L = ["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura"]


def _fk_name(loc, g):
    f = fk(loc)
    fn = getattr(f, "first_name_female" if g == "f" else "first_name_male", f.first_name)()
    ln = getattr(f, "last_name_female" if g == "f" else "last_name_male", f.last_name)()
    return fn, ln


def person(cc, gender=None, style=None):
    g = gender or ch("mf")
    if cc == "NG":
        return Person(ch(NG_FIRST), ch(NG_LAST), cc, g)
    if cc == "ZA":
        return Person(ch(ZA_FIRST), ch(ZA_LAST), cc, g)
    if cc == "RU":
        a, b, c = ch(RU_NAMES)
        return Person(a, c, cc, g, middle=b if R.random() < 0.6 else "")
    if cc == "VN":
        mid = "Thị" if g == "f" and R.random() < 0.5 else ch(VN_MID)
        return Person(ch(VN_FIRST), ch(VN_LAST), cc, g, middle=mid, fam_first=True)
    if cc == "JP":
        fn, ln = _fk_name("ja_JP", g)
        return Person(fn, ln, cc, g, fam_first=True, joined=R.random() < 0.4)
    if cc == "KR":
        fn, ln = _fk_name("ko_KR", g)
        return Person(fn, ln, cc, g, fam_first=True, joined=True)
    if cc == "HU":
        fn, ln = _fk_name("hu_HU", g)
        return Person(fn, ln, cc, g, fam_first=True)
    if cc == "ID":
        fn, ln = _fk_name("id_ID", g)
        r = R.random()
        if r < 0.25:
            return Person(fn, "", cc, g, single=True)
        if r < 0.4:
            return Person(fn, ("bin " if g == "m" else "binti ") + ch(["Abdullah", "Yusof", "Hamzah", "Salim", "Ismail"]), cc, g)
        return Person(fn, ln, cc, g)
    loc = C[cc]["loc"] if cc in C else "en_US"
    if cc == "BE":
        loc = ch(["fr_BE", "nl_BE"])
    fn, ln = _fk_name(loc, g)
    r = R.random()
    if cc in APOS_LAST and r < 0.22:
        ln = ch(APOS_LAST[cc])
    elif cc in ("ES", "MX") and r < 0.55:
        ln = ln + " " + _fk_name(loc, g)[1]
    elif cc in ("GB", "US", "AU", "CA") and r < 0.2:
        if R.random() < 0.5:
            fn = ch(WORD_FIRST)
        else:
            ln = ch(WORD_LAST)
    elif cc in ("DE", "AT", "CH", "FR") and r < 0.3:
        if cc == "FR" and R.random() < 0.6:
            fn = ch(["Jean-Luc", "Marie-Claire", "Anne-Sophie", "Pierre-Yves", "Jean-Baptiste", "Marie-Hélène"])
        else:
            ln = ln + "-" + _fk_name(loc, g)[1]
    elif cc == "PT" and r < 0.5:
        ln = _fk_name(loc, g)[1] + " " + ln
    mid = ""
    if cc in ("US", "BR", "PT") and R.random() < 0.15:
        mid = _fk_name(loc, g)[0]
    return Person(fn, ln, cc, g, middle=mid)


TITLES = {
    "en": {"m": ["Mr", "Mr.", "Dr", "Dr."], "f": ["Ms", "Mrs", "Ms.", "Dr", "Miss"]},
    "de": {"m": ["Herr", "Herrn", "Dr."], "f": ["Frau", "Dr."]},
    "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]},
    "es": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]},
    "it": {"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"]},
    "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]}, "pt-BR": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]},
    "nl": {"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]},
    "pl": {"m": ["Pan", "p."], "f": ["Pani", "p."]}, "cs": {"m": ["pan", "Ing."], "f": ["paní", "Mgr."]},
    "ro": {"m": ["dl.", "Domnul"], "f": ["dna.", "Doamna"]}, "el": {"m": ["κ."], "f": ["κα"]},
}


def title(lang, p):
    return ch(TITLES.get(lang, TITLES["en"])[p.gender])


# ---------------------------------------------------------------------------
# Phones: national pattern and international pattern share one digit stream
# ---------------------------------------------------------------------------
PH = {
    "GB": [("07@@@ @@@@@@", "+44 7@@@ @@@@@@"), ("020 7@@@ @@@@", "+44 20 7@@@ @@@@"), ("0113 @@@ @@@@", "+44 113 @@@ @@@@"), ("01865 @@@@@@", "+44 1865 @@@@@@")],
    "US": [("(@@@) @@@-@@@@", "+1 @@@ @@@ @@@@"), ("@@@-@@@-@@@@", "+1-@@@-@@@-@@@@"), ("@@@.@@@.@@@@", "+1 (@@@) @@@-@@@@")],
    "CA": [("(@@@) @@@-@@@@", "+1 @@@-@@@-@@@@"), ("@@@ @@@ @@@@", "+1 @@@ @@@ @@@@")],
    "AU": [("04@@ @@@ @@@", "+61 4@@ @@@ @@@"), ("(02) @@@@ @@@@", "+61 2 @@@@ @@@@"), ("(03) 9@@@ @@@@", "+61 3 9@@@ @@@@")],
    "IE": [("08@ @@@ @@@@", "+353 8@ @@@ @@@@"), ("(01) @@@ @@@@", "+353 1 @@@ @@@@"), ("021 @@@ @@@@", "+353 21 @@@ @@@@")],
    "IN": [("9@@@@ @@@@@", "+91 9@@@@ @@@@@"), ("080-@@@@ @@@@", "+91 80 @@@@ @@@@"), ("7@@@@@@@@@", "+91-7@@@@-@@@@@")],
    "NG": [("080@ @@@ @@@@", "+234 80@ @@@ @@@@"), ("070@ @@@ @@@@", "+234 70@ @@@ @@@@"), ("081@-@@@-@@@@", "+234 81@ @@@ @@@@")],
    "ZA": [("08@ @@@ @@@@", "+27 8@ @@@ @@@@"), ("021 @@@ @@@@", "+27 21 @@@ @@@@"), ("07@ @@@ @@@@", "+27 7@ @@@ @@@@")],
    "DE": [("0151 @@@@@@@@", "+49 151 @@@@@@@@"), ("030 @@@@@@@", "+49 30 @@@@@@@"), ("0176/@@@@@@@", "+49 176 @@@@@@@"), ("089 @@@ @@@ @@", "+49 89 @@@ @@@ @@")],
    "AT": [("0664 @@@ @@ @@", "+43 664 @@@ @@ @@"), ("01 @@@ @@ @@", "+43 1 @@@ @@ @@")],
    "CH": [("079 @@@ @@ @@", "+41 79 @@@ @@ @@"), ("044 @@@ @@ @@", "+41 44 @@@ @@ @@")],
    "FR": [("06 @@ @@ @@ @@", "+33 6 @@ @@ @@ @@"), ("07 @@ @@ @@ @@", "+33 7 @@ @@ @@ @@"), ("01 @@ @@ @@ @@", "+33 1 @@ @@ @@ @@"), ("04.@@.@@.@@.@@", "+33 4 @@ @@ @@ @@")],
    "BE": [("04@@ @@ @@ @@", "+32 4@@ @@ @@ @@"), ("02 @@@ @@ @@", "+32 2 @@@ @@ @@")],
    "ES": [("6@@ @@ @@ @@", "+34 6@@ @@ @@ @@"), ("91@ @@@ @@@", "+34 91@ @@@ @@@"), ("6@@ @@@ @@@", "+34 6@@ @@@ @@@")],
    "MX": [("55 @@@@ @@@@", "+52 55 @@@@ @@@@"), ("33 @@@@ @@@@", "+52 1 33 @@@@ @@@@")],
    "IT": [("3@@ @@@ @@@@", "+39 3@@ @@@ @@@@"), ("02 @@@@ @@@@", "+39 02 @@@@ @@@@"), ("06 @@@@@@@@", "+39 06 @@@@@@@@")],
    "PT": [("91@ @@@ @@@", "+351 91@ @@@ @@@"), ("21 @@@ @@@@", "+351 21 @@@ @@@@"), ("96@ @@@ @@@", "+351 96@ @@@ @@@")],
    "BR": [("(11) 9@@@@-@@@@", "+55 11 9@@@@-@@@@"), ("(21) 9@@@@-@@@@", "+55 21 9@@@@ @@@@"), ("(31) 3@@@-@@@@", "+55 31 3@@@-@@@@")],
    "NL": [("06-@@@@@@@@", "+31 6 @@@@@@@@"), ("020-@@@ @@@@", "+31 20 @@@ @@@@"), ("06 @@ @@ @@ @@", "+31 6 @@ @@ @@ @@")],
    "PL": [("5@@ @@@ @@@", "+48 5@@ @@@ @@@"), ("6@@-@@@-@@@", "+48 6@@ @@@ @@@"), ("22 @@@ @@ @@", "+48 22 @@@ @@ @@")],
    "CZ": [("6@@ @@@ @@@", "+420 6@@ @@@ @@@"), ("7@@ @@@ @@@", "+420 7@@ @@@ @@@"), ("2@@ @@@ @@@", "+420 2@@ @@@ @@@")],
    "SE": [("070-@@@ @@ @@", "+46 70 @@@ @@ @@"), ("08-@@@ @@@ @@", "+46 8 @@@ @@@ @@"), ("073 @@@ @@ @@", "+46 73 @@@ @@ @@")],
    "DK": [("2@ @@ @@ @@", "+45 2@ @@ @@ @@"), ("3@ @@ @@ @@", "+45 3@ @@ @@ @@")],
    "NO": [("4@@ @@ @@@", "+47 4@@ @@ @@@"), ("9@@ @@ @@@", "+47 9@@ @@ @@@"), ("22 @@ @@ @@", "+47 22 @@ @@ @@")],
    "FI": [("040 @@@ @@@@", "+358 40 @@@ @@@@"), ("050 @@@ @@@@", "+358 50 @@@ @@@@"), ("09 @@@ @@@@", "+358 9 @@@ @@@@")],
    "HU": [("06 30 @@@ @@@@", "+36 30 @@@ @@@@"), ("06-1-@@@-@@@@", "+36 1 @@@ @@@@"), ("06 20 @@@ @@@@", "+36 20 @@@ @@@@")],
    "RO": [("07@@ @@@ @@@", "+40 7@@ @@@ @@@"), ("021 @@@ @@ @@", "+40 21 @@@ @@ @@")],
    "TR": [("05@@ @@@ @@ @@", "+90 5@@ @@@ @@ @@"), ("0 (212) @@@ @@ @@", "+90 212 @@@ @@ @@"), ("05@@ @@@ @@@@", "+90 5@@ @@@ @@@@")],
    "GR": [("69@ @@@ @@@@", "+30 69@ @@@ @@@@"), ("210 @@@ @@@@", "+30 210 @@@ @@@@")],
    "JP": [("090-@@@@-@@@@", "+81 90-@@@@-@@@@"), ("03-@@@@-@@@@", "+81 3-@@@@-@@@@"), ("080-@@@@-@@@@", "+81 80 @@@@ @@@@"), ("06-@@@@-@@@@", "+81 6-@@@@-@@@@")],
    "KR": [("010-@@@@-@@@@", "+82 10-@@@@-@@@@"), ("02-@@@-@@@@", "+82 2-@@@-@@@@"), ("010 @@@@ @@@@", "+82 10 @@@@ @@@@")],
    "VN": [("09@@ @@@ @@@", "+84 9@@ @@@ @@@"), ("03@@ @@@ @@@", "+84 3@@ @@@ @@@"), ("024 @@@@ @@@@", "+84 24 @@@@ @@@@")],
    "ID": [("08@@-@@@@-@@@@", "+62 8@@-@@@@-@@@@"), ("08@@ @@@@ @@@", "+62 8@@ @@@@ @@@"), ("(021) @@@@ @@@@", "+62 21 @@@@ @@@@")],
}


def phone(cc, style=None):
    pats = PH[cc]
    nat, intl = ch(pats)
    ds = [str(R.randint(0, 9)) for _ in range(nat.count("@"))]
    if cc in ("US", "CA"):
        ds[0] = str(R.randint(2, 9))
        ds[3] = str(R.randint(2, 9))

    def fill(pat):
        it = iter(ds)
        return "".join(next(it) if c == "@" else c for c in pat)

    n, i = fill(nat), fill(intl)
    st = style or ch(["nat", "nat", "intl", "intl", "nat_dot", "intl_compact", "00", "nat_compact", "paren0", "chat", "nat_dash"])
    if st == "nat":
        return n
    if st == "intl":
        return i
    if st == "nat_dot":
        return re.sub(r"[ \-/]", ".", n.replace("(", "").replace(")", "")) if cc not in ("US", "CA") else n.replace("(", "").replace(") ", ".").replace("-", ".")
    if st == "nat_dash":
        return re.sub(r" ", "-", n.replace("(", "").replace(") ", "-"))
    if st == "intl_compact":
        return re.sub(r"[ \-().]", "", i)
    if st == "00":
        return "00" + i[1:]
    if st == "nat_compact":
        return re.sub(r"[ \-().\/]", "", n)
    if st == "paren0":
        if n.startswith("0") and cc not in ("IT", "HU", "TR"):
            return i.replace(" ", " (0)", 1)
        return i
    if st == "chat":
        d = re.sub(r"[^0-9+]", "", ch([n, i]))
        k = ch([0, 1, 2])
        if k == 0:
            return d
        if k == 1 and len(d) > 8:
            return d[:4] + " " + d[4:7] + " " + d[7:]
        return d[:-4] + "-" + d[-4:]
    return n


# ---------------------------------------------------------------------------
# Addresses: return list of lines in national order
# ---------------------------------------------------------------------------
def _street(cc):
    s = C[cc]["streets"]
    if s:
        return ch(s)
    return fk(C[cc]["loc"]).street_name()


def gb_pc(area):
    return f"{area}{R.randint(1, 19)} {R.randint(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"


def address(cc, variant=None):
    v = variant if variant is not None else R.random()
    no = str(R.randint(1, 240))
    if cc == "GB":
        city, area = ch(C[cc]["cities"])
        lines = []
        if v < 0.3:
            lines.append(f"Flat {R.randint(1, 12)}{ch(['', 'A', 'B'])}")
        if v > 0.85:
            lines.append(ch(["Rose Cottage", "The Old Forge", "Unit 7, Brunel Court", "2nd Floor, Mercer House"]))
        lines.append(f"{no} {_street(cc)}")
        if R.random() < 0.4:
            lines.append(ch(C[cc]["districts"]))
        lines += [city.upper() if R.random() < 0.3 else city, gb_pc(area)]
        return lines
    if cc == "US":
        city, st, z = ch(C[cc]["cities"])
        zp = z + dig(2) + (("-" + dig(4)) if R.random() < 0.25 else "")
        if v < 0.12:
            return [f"PO Box {R.randint(10, 9999)}", f"{city}, {st} {zp}"]
        if v < 0.2:
            return [f"RR {R.randint(1, 6)} Box {R.randint(10, 400)}", f"{city}, {st} {zp}"]
        unit = ch(["", "", f" Apt {R.randint(1, 30)}{ch('ABCD')}", f" Ste {R.randint(100, 450)}", f" Unit {R.randint(1, 40)}", f" #{R.randint(2, 900)}"])
        return [f"{R.randint(100, 9899)} {_street(cc)}{unit}", f"{city}, {st} {zp}"]
    if cc == "CA":
        city, pv, fsa = ch(C[cc]["cities"])
        pc = f"{fsa} {R.randint(1, 9)}{ch('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
        if v < 0.15:
            return [f"PO Box {R.randint(10, 999)}, Stn Main", f"{city} {pv}  {pc}"]
        unit = f"{R.randint(2, 1800)}-" if R.random() < 0.4 else ""
        return [f"{unit}{R.randint(10, 2999)} {_street(cc)}", f"{city} {pv} {pc}"]
    if cc == "AU":
        sub, st, pc = ch(C[cc]["cities"])
        if v < 0.12:
            return [f"PO Box {R.randint(10, 9999)}", f"{sub.upper()} {st} {pc}"]
        unit = f"Unit {R.randint(1, 20)}/" if v < 0.35 else (f"{R.randint(1, 20)}/" if v < 0.5 else "")
        return [f"{unit}{no} {_street(cc)}", f"{sub.upper() if R.random() < 0.7 else sub} {st} {pc}"]
    if cc == "IE":
        city, rk, co = ch(C[cc]["cities"])
        ec = rk + " " + "".join(ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        lines = []
        if v < 0.3:
            lines.append(f"Apt {R.randint(1, 40)}, {ch(['The Maltings', 'Elm Court', 'Harbour View'])}")
        lines.append(f"{no} {_street(cc)}")
        lines.append(city)
        if "Dublin" not in city:
            lines.append(co)
        lines.append(ec)
        return lines
    if cc == "IN":
        city, pin, stt = ch(C[cc]["cities"])
        lines = [f"{ch(['Flat', 'No.', 'H.No.', 'Plot'])} {R.randint(1, 40)}{ch(['', '02', 'A'])}, {ch(['Sai Residency', 'Prestige Lakeside', 'Green Park Apts', 'Shanti Niwas', 'Sobha Dew Flower'])}",
                 _street(cc), f"{city} - {pin}"]
        if R.random() < 0.5:
            lines.append(stt)
        return lines
    if cc == "NG":
        city, stt, pc = ch(C[cc]["cities"])
        return [f"{ch(['Plot ', 'No. ', 'Block 4, Flat ', ''])}{no} {_street(cc)}", f"{city}{(' ' + pc) if R.random() < 0.5 else ''}", stt]
    if cc == "ZA":
        city, pc, sub = ch(C[cc]["cities"])
        lines = []
        if v < 0.3:
            lines.append(f"Unit {R.randint(1, 40)} {ch(['Oakwood Villas', 'The Mews', 'Sunset Gardens'])}")
        lines += [f"{no} {_street(cc)}", sub, f"{city}", pc]
        return lines
    if cc in ("DE", "AT", "CH"):
        city, pc = ch(C[cc]["cities"])
        if cc == "DE":
            pc = pc + dig(3)
        hn = no + ch(["", "", "a", "b", " / Hinterhaus", "-" + str(int(no) + 2)])
        lines = [f"{_street(cc)} {hn}"]
        if cc == "AT" and R.random() < 0.6:
            lines[0] += f"/{R.randint(1, 9)}/{R.randint(1, 30)}"
        if v < 0.2:
            lines.insert(0, ch(["c/o Hausverwaltung Brandt", "3. OG links", "Hinterhaus, 2. Etage"]))
        if v > 0.9:
            lines = [f"Postfach {R.randint(1000, 99999)}"]
        lines.append(f"{pc} {city}")
        return lines
    if cc == "FR":
        city, pc = ch(C[cc]["cities"])
        if len(pc) == 3:
            pc = pc + f"{R.randint(1, 20):02d}"
        ext = ch(["", "", " bis", " ter"])
        lines = []
        if v < 0.3:
            lines.append(ch([f"Bât. {ch('ABC')}, esc. {R.randint(1, 4)}", f"Appt {R.randint(1, 60)}, {R.randint(1, 7)}e étage", "Résidence Les Tilleuls"]))
        lines.append(f"{no}{ext} {_street(cc)}")
        if v > 0.88:
            lines = [f"BP {R.randint(10, 999)}"]
        lines.append(f"{pc} {city.upper() if R.random() < 0.5 else city}")
        return lines
    if cc == "BE":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}{ch(['', ' bte 3', '/12', ' bus 2'])}", f"{pc} {city}"]
    if cc == "ES":
        city, pc = ch(C[cc]["cities"])
        pc = pc + dig(2)
        st = _street(cc)
        if R.random() < 0.4:
            st = st.replace("Calle ", "C/ ")
        return [f"{st}, {no}, {R.randint(1, 8)}º {ch(['1ª', '2ª', 'izq.', 'dcha.', 'B', 'A'])}", f"{pc} {city}"]
    if cc == "MX":
        city, st, pc, col = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}{ch(['', ' Int. 4', ' Depto. 302', ' Local B'])}", f"Col. {col}", f"{pc} {city}, {st}"]
    if cc == "IT":
        city, pv, pc = ch(C[cc]["cities"])
        pc = pc + dig(2)
        ex = ch(["", "", f", scala {ch('ABC')}", f", int. {R.randint(1, 30)}", "/A"])
        return [f"{_street(cc)} {no}{ex}", f"{pc} {city} ({pv})" if R.random() < 0.5 else f"{pc} {city} {pv}"]
    if cc == "PT":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)}, {no}, {R.randint(1, 6)}º {ch(['Esq.', 'Dto.', 'Frente', 'B'])}", f"{pc}-{dig(3)} {city}"]
    if cc == "BR":
        city, uf, _, bairro = ch(C[cc]["cities"])
        cep = f"{dig(5)}-{dig(3)}"
        return [f"{_street(cc)}, {no}{ch(['', ', apto 45', ', ap. 1203, bloco B', ' - casa 2', ', sala 804'])}", f"{bairro}", f"{city} - {uf}", f"CEP {cep}" if R.random() < 0.5 else cep]
    if cc == "NL":
        city, pc = ch(C[cc]["cities"])
        pcx = f"{pc}{dig(2)} {ch('ABCDEGHJKLMNPRSTVWXZ')}{ch('ABCDEGHJKLMNPRSTVWXZ')}"
        return [f"{_street(cc)} {no}{ch(['', '-II', ' A', '-3hg', ' bis', '-H'])}", f"{pcx}  {city.upper()}" if R.random() < 0.4 else f"{pcx} {city}"]
    if cc == "PL":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}{ch(['', '/' + str(R.randint(1, 80)), ' m. ' + str(R.randint(1, 40)), 'A/3'])}", f"{pc}-{dig(3)} {city}"]
    if cc == "CZ":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {R.randint(100, 3999)}/{R.randint(1, 90)}", f"{pc} {city}"]
    if cc == "SE":
        city, pc = ch(C[cc]["cities"])
        ln = [f"{_street(cc)} {no}{ch(['', ' A', ' B'])}{ch(['', ' lgh ' + str(R.randint(1001, 1704)), ', 3 tr'])}", f"{pc} {dig(2)} {city.upper() if R.random() < 0.5 else city}"]
        if v < 0.12:
            ln = [f"Box {R.randint(100, 9999)}", ln[1]]
        return ln
    if cc == "DK":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}{ch(['', ', 2. tv.', ', st. th.', ', 4. mf.', 'B, 1.'])}", f"{pc} {city}"]
    if cc == "NO":
        city, pc = ch(C[cc]["cities"])
        ln = [f"{_street(cc)} {no}{ch(['', 'B', ' H0201', 'A'])}", f"{pc} {city.upper() if R.random() < 0.6 else city}"]
        if v < 0.12:
            ln = [f"Postboks {R.randint(10, 9999)} {ch(['Sentrum', 'Majorstuen', 'Grünerløkka'])}", ln[1]]
        return ln
    if cc == "FI":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}{ch(['', ' B 34', ' A 5', ' as. 12', ' C'])}", f"{pc} {city.upper() if R.random() < 0.5 else city}"]
    if cc == "HU":
        city, pc = ch(C[cc]["cities"])
        if v < 0.5:
            return [f"{pc} {city}", f"{_street(cc)} {no}. {R.randint(1, 6)}. em. {R.randint(1, 12)}."]
        return [city, f"{_street(cc)} {no}. {ch(['', 'fsz. 1.', 'II/4.'])}".strip(), pc]
    if cc == "RO":
        city, ext = ch(C[cc]["cities"])
        bl = ch(["", f", bl. {ch('ABCDM')}{R.randint(1, 9)}, sc. {R.randint(1, 3)}, et. {R.randint(1, 10)}, ap. {R.randint(1, 80)}"])
        pc = dig(6)
        return [f"{_street(cc)} nr. {no}{bl}", f"{city}, {ext}, {pc}" if R.random() < 0.5 else f"{pc} {city}, {ext}"]
    if cc == "TR":
        city, ilce, pc = ch(C[cc]["cities"])
        mah = ch(["Caferağa Mah.", "Sinanpaşa Mah.", "Kızılay Mah.", "Bostanlı Mah.", "Fenerbahçe Mah."])
        return [f"{mah} {_street(cc)} No: {no} D: {R.randint(1, 20)}", f"{pc} {ilce}/{city}" if R.random() < 0.5 else f"{ilce} / {city} {pc}"]
    if cc == "GR":
        city, pc = ch(C[cc]["cities"])
        return [f"{_street(cc)} {no}", f"{pc} {city}" if R.random() < 0.6 else f"{pc}, {city}"]
    if cc == "JP":
        pref, cty, town, pc = ch(C[cc]["cities"])
        blk = f"{R.randint(1, 6)}丁目{R.randint(1, 30)}-{R.randint(1, 20)}" if R.random() < 0.5 else f"{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
        bld = ch(["", f" {ch(['メゾン桜', 'グランドハイツ', 'サンライズビル', 'コーポ青葉'])}{R.randint(1, 9)}0{R.randint(1, 9)}号室", f" {R.randint(2, 12)}F"])
        return [f"〒{pc}", f"{pref}{cty}{town}{blk}{bld}"]
    if cc == "KR":
        si, gu, ro, dong, pc = ch(C[cc]["cities"])
        return [f"{si} {gu} {ro} {R.randint(1, 300)}{ch(['', ', ' + str(R.randint(2, 15)) + '층', ' ' + str(R.randint(101, 120)) + '동 ' + str(R.randint(101, 1504)) + '호'])} ({dong})", pc]
    if cc == "VN":
        city, q, p = ch(C[cc]["cities"])
        head = ch([f"Số {no}", f"{no}", f"Số {no} Ngõ {R.randint(2, 90)}", f"{no}/{R.randint(2, 40)}"])
        return [f"{head} {_street(cc)}", p, q, city]
    if cc == "ID":
        city, pc, kec, kel = ch(C[cc]["cities"])
        return [f"{_street(cc)} No. {no}{ch(['', ', RT 03/RW 05', ', Blok C-12', ' Lt. 3'])}", f"Kel. {kel}, Kec. {kec}", f"{city} {pc}"]
    raise KeyError(cc)


def addr_str(lines, mode="line", cc=None):
    if mode == "block":
        return "\n".join(lines)
    if mode == "crlf":
        return "\r\n".join(lines)
    if mode == "caps":
        return ", ".join(lines).upper()
    if mode == "capsblock":
        return "\n".join(lines).upper()
    if mode == "lower":
        return ", ".join(lines).lower()
    if mode == "label":
        s = " ".join(lines).upper()
        for a, b in [("STREET", "ST"), ("ROAD", "RD"), ("AVENUE", "AVE"), ("APARTMENT", "APT"), ("STRASSE", "STR."), ("STRAßE", "STR."),
                     ("CALLE ", "C/ "), ("RUA ", "R. ")]:
            s = s.replace(a, b)
        return s
    if mode == "jp" and cc in ("JP",):
        return " ".join(lines)
    if mode == "semi":
        return "; ".join(lines)
    if mode == "slash":
        return " / ".join(lines)
    return ", ".join(lines)


def city_of(cc):
    c = ch(C[cc]["cities"])
    name = c[0]
    if cc in ("JP",):
        return c[1].replace("区", "") if R.random() < 0.3 else c[0]
    if cc == "KR":
        return c[0].replace("특별시", "").replace("광역시", "")
    name = re.sub(r"\s+\d+$", "", name)
    return name.replace(" K", "").replace(" C", "") if cc == "DK" else name


# ---------------------------------------------------------------------------
# Money / network identifiers
# ---------------------------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + dig(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card(style=None):
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "amex":
        n = luhn_complete(ch(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": str(R.randint(51, 55)), "mc2": str(R.randint(2221, 2720)), "disc": "6011", "jcb": "35" + str(R.randint(28, 89))}[kind]
        n = luhn_complete(pre, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    st = style or ch(["space", "space", "dash", "compact"])
    return {"space": " ".join(groups), "dash": "-".join(groups), "compact": n}[st]


IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "BE": "3n7n2n",
             "PL": "8n16n", "CZ": "4n6n10n", "SE": "3n16n1n", "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n", "HU": "3n4n1n15n1n",
             "RO": "4a16n", "TR": "5n1n16n", "GR": "3n4n16n", "PT": "4n4n11n2n", "AT": "5n11n", "CH": "5n12n", "IE": "4a6n8n"}


def iban(cc=None, style=None):
    cc = cc if cc in IBAN_SPEC else ch(list(IBAN_SPEC))
    bban = ""
    for n, t in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        n = int(n)
        bban += "".join(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)) if t == "a" else dig(n)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert iban_ok(ib)
    st = style or ch(["grp", "grp", "compact"])
    if st == "grp":
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    st = style or ch(["dash", "dash", "dash", "space", "compact"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "compact": f"{a:03d}{g:02d}{s:04d}"}[st]


def ipv4():
    a = ch([R.randint(11, 223), 10, 172, 192, 81, 203, 45, 185, 102])
    if a == 10:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if a == 192:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if a == 172:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if a == 127:
        a = 128
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    g = [f"{R.randint(0, 65535):x}" for _ in range(8)]
    g[0] = ch(["2a02", "2001", "2600", "2a01", "2409", "fe80"])
    if R.random() < 0.6:
        return ":".join(g[:4]) + "::" + ":".join(g[6:])
    return ":".join(g)


def ip():
    return ipv6() if R.random() < 0.25 else ipv4()


FREEMAIL = {"GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"], "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"],
            "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"],
            "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"], "BE": ["skynet.be", "telenet.be"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
            "IT": ["libero.it", "virgilio.it", "tiscali.it"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
            "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
            "SE": ["telia.com", "hotmail.se", "bredband.net"], "DK": ["mail.dk", "jubii.dk"], "NO": ["online.no", "hotmail.no"], "FI": ["luukku.com", "elisanet.fi"],
            "HU": ["freemail.hu", "citromail.hu"], "RO": ["yahoo.ro", "gmail.com"], "TR": ["hotmail.com.tr", "yandex.com.tr"], "GR": ["otenet.gr", "yahoo.gr"],
            "JP": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"], "KR": ["naver.com", "daum.net", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn"],
            "ID": ["yahoo.co.id", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"], "NG": ["yahoo.com", "gmail.com"], "ZA": ["mweb.co.za", "telkomsa.net"],
            "AU": ["bigpond.com", "optusnet.com.au"], "IE": ["eircom.net", "gmail.com"], "CA": ["rogers.com", "shaw.ca", "sympatico.ca"], "MX": ["prodigy.net.mx", "hotmail.com"]}
ORG_DOMAINS = ["harbourlight-energy.co.uk", "kauri-analytics.io", "stadtwerke-nordheide.de", "bellamare-hotels.it", "clinica-sorrisi.es",
               "greenacre-farmshop.co.uk", "inkwellstudio.com.au", "brightpath-academy.ie", "tele-nordik.no", "museu-azulejo.pt",
               "fenwick-motors.ca", "lagos-homes.ng", "karoo-charity.org.za", "mlynska-dental.pl", "nova-broadband.cz"]


def email(p=None, cc=None, org=False):
    cc = cc or (p.cc if p else "US")
    if p:
        f, l = p.ascii_parts()
    else:
        f, l = ch(["sam", "kim", "alex", "tomi", "noor", "jo"]), ch(["lee", "moss", "rahn", "ito", "berg"])
    dom = ch(ORG_DOMAINS) if org else ch(FREEMAIL.get(cc, ["gmail.com"]))
    lp = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(70, 99)}", f"{f}"])
    if org:
        lp = ch([f"{f}.{l}", f"{f[0]}.{l}", f"{f}"])
    return lp + "@" + dom


# ---------------------------------------------------------------------------
# Negatives
# ---------------------------------------------------------------------------
BRANDS = ["Ralph Lauren", "Dr. Martens", "Tommy Hilfiger", "Calvin Klein", "Ted Baker", "Hugo Boss", "Ben & Jerry's", "Jack Daniel's",
          "Johnnie Walker", "Marks & Spencer", "John Lewis", "Sainsbury's", "Tim Hortons", "Wendy's", "McDonald's", "Fred Perry", "Paul Smith",
          "Louis Vuitton", "Ray-Ban", "Levi's", "Mercedes-Benz", "Ferrero Rocher", "Carolina Herrera", "Oscar de la Renta", "Salvatore Ferragamo",
          "Giorgio Armani", "Van Houten", "Dolce & Gabbana", "Miu Miu", "Yves Saint Laurent", "Tom Ford", "Jimmy Choo", "Marc Jacobs",
          "Kate Spade", "Martha's Vineyard candle", "Aunt Bessie's", "Uncle Ben's", "Mrs. Fields", "Victoria's Secret", "Bobbi Brown",
          "Estée Lauder", "Kiehl's", "Ole Henriksen", "Paula's Choice", "Tony's Chocolonely", "Dr. Oetker", "Pippi Longstocking range",
          "Anne Frank Huis", "Van Gogh Museum", "Ford Focus", "Porsche Cayenne", "Škoda Octavia", "Citroën C3", "Dacia Sandero", "Honda Jazz",
          "Toyota Camry", "Lamborghini Urus", "Tesla Model Y", "Ronaldo CR7 fragrance", "Harry Potter box set", "Peppa Pig cake", "Sherlock series"]
PLACE_BRANDS = ["St. Petersburg tea glass", "Kosciuszko 40L hiking pack", "Manhattan cocktail kit", "Brooklyn Lager", "Paris Baguette",
                "Boston fern", "Oxford shirt", "Chelsea boot", "Cornish pasty", "Berliner doughnut", "Wiener schnitzel plate", "Panama hat",
                "Napoli pizza oven", "Havana 7 rum", "Jersey knit", "Denver steak", "Toulouse sausages", "Bordeaux red", "Victoria sponge"]
STREET_PRODUCTS = ["Abbey Road vinyl", "Baker Street tote", "Rue de la Paix eau de parfum", "Madison Avenue candle", "Bond Street wallet",
                   "Carnaby collection", "Sunset Blvd sunglasses", "Via Montenapoleone scarf", "Wall Street Journal subscription",
                   "Champs-Élysées gift box", "Elm Street hoodie", "Penny Lane print", "Route 66 mug", "Kurfürstendamm bag"]
JOBS = ["Customer Success Manager", "Head Chef", "Duty Manager", "Front Desk Supervisor", "Lettings Negotiator", "Account Executive",
        "Volunteer Coordinator", "Practice Manager", "Service Advisor", "Head of Membership", "Store Manager", "Team Lead", "Field Engineer",
        "Senior Stylist", "Facilities Officer", "Head Groundskeeper", "Box Office Manager", "Community Manager"]
CAPS = ["FREE DELIVERY", "BLACK FRIDAY", "SALE ENDS SUNDAY", "NEW IN", "LIMITED EDITION", "LAST CHANCE", "BUY ONE GET ONE", "URGENT",
        "DO NOT BEND", "FRAGILE", "THIS SIDE UP", "PAID", "OVERDUE", "VIP", "MEMBERS ONLY", "SOLD OUT", "EARLY BIRD", "FINAL NOTICE"]


def neg(kind):
    if kind == "ORD":
        return ch([f"#{R.randint(100000, 999999)}", f"ORD-{dig(3)}-{dig(2)}-{dig(4)}", f"SO{dig(8)}", f"{dig(3)}-{dig(7)}-{dig(7)}", f"W{dig(9)}"])
    if kind == "SKU":
        return ch([f"SKU {ch('ABCDEFGHKLMNPRSTVWXZ')}{ch('ABCDEFGHKLMNPRSTVWXZ')}-{dig(4)}-{ch(['S', 'M', 'L', 'XL', '42', '38'])}", f"{dig(13)}", f"ART.{dig(6)}", f"{dig(3)}.{dig(3)}.{dig(2)}"])
    if kind == "TRK":
        return ch([f"1Z{dig(3)}{ch('ABCDEFGHKLMNPRSTVWXZ')}{ch('ABCDEFGHKLMNPRSTVWXZ')}{dig(10)}", f"JJD{dig(18)}", f"{dig(4)} {dig(4)} {dig(4)}", f"RR{dig(9)}GB", f"00{dig(18)}", f"CP{dig(9)}DE"])
    if kind == "DATE":
        return ch([f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/20{R.randint(24, 26)}", f"20{R.randint(24, 26)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                   f"{R.randint(1, 28)}.{R.randint(1, 12)}.20{R.randint(24, 26)}", f"{R.randint(1, 28)} {ch(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} 20{R.randint(24, 26)}"])
    if kind == "TIME":
        return f"{R.randint(7, 20):02d}:{ch(['00', '15', '30', '45'])}"
    if kind == "PRICE":
        return ch([f"£{R.randint(3, 400)}.{ch(['00', '99', '50'])}", f"€{R.randint(3, 900)},{ch(['00', '95', '50'])}", f"${R.randint(3, 900)}.{ch(['00', '99'])}",
                   f"{R.randint(100, 99000):,} Ft".replace(",", " "), f"R {R.randint(50, 9000)}", f"¥{R.randint(500, 30000):,}", f"₩{R.randint(5, 300)},000",
                   f"{R.randint(20, 900)} zł", f"{R.randint(50, 5000)} Kč", f"R$ {R.randint(20, 900)},{ch(['00', '90'])}", f"{R.randint(100, 2000)} kr"])
    if kind == "INV":
        return ch([f"INV-{dig(6)}", f"FA{dig(4)}/{dig(2)}/20{R.randint(24, 26)}", f"Rechnung Nr. {dig(7)}", f"{dig(2)}-{dig(5)}"])
    if kind == "REF":
        return ch([f"{ch('ABCDEFGHKLMNPRSTVWXZ')}{ch('ABCDEFGHKLMNPRSTVWXZ')}{dig(4)}{ch('ABCDEFGHKLMNPRSTVWXZ')}", f"REF{dig(8)}", f"CASE-{dig(5)}", f"#{dig(4)}-{ch('ABCDEFGH')}{dig(2)}"])
    if kind == "NUM":
        return ch([f"{dig(3)} {dig(3)} {dig(4)}", f"{dig(2)}-{dig(2)}-{dig(4)}", f"{dig(11)}", f"{dig(4)}-{dig(4)}-{dig(4)}-{dig(4)}-{dig(2)}", f"{dig(3)}.{dig(3)}.{dig(3)}", f"v{R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 99)}"])
    if kind == "MASK":
        return ch([f"**** **** **** {dig(4)}", f"XXXX-XXXX-XXXX-{dig(4)}", f"ending {dig(4)}", f"{dig(6)}******{dig(4)}", f"•••• {dig(4)}"])
    if kind == "PLATE":
        return ch([f"{ch('ABCDEFGHKLMNPRSTVWY')}{ch('ABCDEFGHKLMNPRSTVWY')}{R.randint(10, 75)} {ch('ABCDEFGHKLMNPRSTVWXYZ')}{ch('ABCDEFGHKLMNPRSTVWXYZ')}{ch('ABCDEFGHKLMNPRSTVWXYZ')}",
                   f"{ch(['B', 'M', 'HH', 'K'])}-{ch('ABCDEFGHKLMNPRSTVWXYZ')}{ch('ABCDEFGHKLMNPRSTVWXYZ')} {R.randint(100, 9999)}", f"{ch('ABCDEFGHKLMNPRSTVWXYZ')}{ch('ABCDEFGHKLMNPRSTVWXYZ')}-{dig(3)}-{ch('ABCDEFGHKLMNPRSTVWXYZ')}{ch('ABCDEFGHKLMNPRSTVWXYZ')}"])
    if kind == "PC":
        return ch(["LS6", "SW1A 1AA", "10115", "75011", "2000", "D08", "1015 CJ", "00-590", "114 51", "150-0041", "H2X", "560038", "8001"])
    if kind == "BRAND":
        return ch(BRANDS)
    if kind == "PBRAND":
        return ch(PLACE_BRANDS)
    if kind == "SPROD":
        return ch(STREET_PRODUCTS)
    if kind == "JOB":
        return ch(JOBS)
    if kind == "CAPS":
        return ch(CAPS)
    if kind == "VIN":
        return "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if kind == "MPAN":
        return f"S {dig(2)} {dig(3)} {dig(3)} {dig(2)} {dig(4)} {dig(4)} {dig(3)}"
    raise KeyError(kind)


# ---------------------------------------------------------------------------
# Template engine: [[a|b]] choices, {TAG[idx][@CC][:mod]} placeholders
# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Z]+)(\d*)(?:@([A-Z]{2}))?(?::([A-Za-z0-9_]+))?\}")
CHOICE_RE = re.compile(r"\[\[([^\[\]]*)\]\]")


class Ctx:
    def __init__(self, cc, lang):
        self.cc, self.lang = cc, lang
        self.people, self.phones, self.addrs, self.emails = {}, {}, {}, {}

    def P(self, idx, cc=None):
        key = idx or "0"
        if key not in self.people:
            self.people[key] = person(cc or self.cc)
        return self.people[key]


def resolve_choices(tpl):
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            return tpl
        tpl = tpl[:m.start()] + ch(m.group(1).split("|")) + tpl[m.end():]


def render(b, tpl, ctx, opt=None):
    tpl = resolve_choices(tpl)
    if opt:
        ls = tpl.split("\n")
        keep = [ls[0]] + [l for l in ls[1:-1] if R.random() < opt] + ([ls[-1]] if len(ls) > 1 else [])
        tpl = "\n".join(keep)
    pos = 0
    for m in PH_RE.finditer(tpl):
        b.t(tpl[pos:m.start()])
        pos = m.end()
        tag, idx, occ, mod = m.group(1), m.group(2), m.group(3), m.group(4)
        cc = occ or ctx.cc
        if tag == "P":
            p = ctx.P(idx, occ)
            b.p(PERSON, p.form(mod or "full"))
        elif tag == "W":
            key = "W" + (idx or "0")
            if key not in ctx.people:
                base = person(occ or ("GB" if ctx.cc not in ("US", "AU", "CA", "GB", "IE", "ZA", "NG", "IN") else ctx.cc))
                ctx.people[key] = Person(ch(WORD_FIRST), base.last, base.cc, base.gender)
            b.p(PERSON, ctx.people[key].form(mod or "first"))
        elif tag == "T":
            b.t(title(ctx.lang, ctx.P(idx, occ)))
        elif tag == "PH":
            b.p(PHONE, phone(cc, mod))
        elif tag == "A":
            lines = address(cc)
            b.p(ADDR, addr_str(lines, mod or "line", cc))
        elif tag == "E":
            if idx and idx in ctx.people:
                b.p(EMAIL, email(ctx.people[idx]))
            else:
                b.p(EMAIL, email(cc=cc, org=(mod == "org")))
        elif tag == "L":
            b.p(LOC, city_of(cc))
        elif tag == "REG":
            b.p(LOC, ch(REGIONS[cc]))
        elif tag == "CTRY":
            b.p(LOC, C[cc]["country"])
        elif tag == "FP":
            b.p(LOC, ch(FOREIGN_PLACES))
        elif tag == "CC":
            b.p(CARD, card(mod))
        elif tag == "IB":
            b.p(IBAN, iban(cc if cc in IBAN_SPEC else None, mod))
        elif tag == "SSN":
            b.p(SSN, ssn(mod))
        elif tag == "IP":
            b.p(IP, ipv6() if mod == "v6" else (ipv4() if mod == "v4" else ip()))
        elif tag == "N":
            b.t(neg(mod))
        else:
            raise KeyError(tag)
    b.t(tpl[pos:])
    return b


# ---------------------------------------------------------------------------
# Template kinds: kind -> {lang: [templates]}
# ---------------------------------------------------------------------------
EN_CC = ["GB", "GB", "US", "US", "AU", "IN", "NG", "ZA", "IE", "CA"]
LANG_CC = {"en": EN_CC, "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE"], "es": ["ES", "ES", "MX"], "it": ["IT"], "pt": ["PT"],
           "pt-BR": ["BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "cs": ["CZ"], "sv": ["SE"], "da": ["DK"], "no": ["NO"], "fi": ["FI"],
           "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "el": ["GR"], "ja": ["JP"], "ko": ["KR"], "vi": ["VN"], "id": ["ID"]}

TK = {}

TK["meter_read_dispute"] = {
    "en": ["Re: estimated bill {N:INV} - account holder {T1} {P1:full}\nSupply address:\n{A1:block}\nCustomer says the meter photo was taken by her neighbour {P2:first} because she was in {FP} for work. "
           "Reading on the photo: 0{N:SKU}. Our estimate was way higher. MPAN {N:MPAN}. [[Call back on|Best number:|Prefers]] {PH1:nat} after {N:TIME}, or email {E1}.\n"
           "Agent: {P3:first} ({N:JOB}) - NOT a smart meter, do not book SMETS2 install. {N:CAPS}",
           "{P1:caps} rang again about the {N:PRICE} catch-up bill. Says the previous tenant, a {P2:fm}, moved to {L} and never gave a final read. "
           "Landlord is {T3} {P3:last} ({PH1:intl}). Property: {A1:line}. Meter serial {N:NUM}. Logged by {P4:lowfirst} in the {N:BRAND} sponsored queue lol"],
    "de": ["Zählerstand-Reklamation {N:INV}\nKunde: {T1} {P1:full}, Tel. {PH1:nat}\nLieferstelle: {A1:line}\nHerr/Frau {P1:last} bestreitet den Schätzwert. Nachbar {P2:first} hat den Zähler am {N:DATE} abgelesen. "
           "Rückruf bitte durch {P3:full} (Kundenservice {L}). Zählernummer {N:NUM}, Tarif NATURSTROM {N:CAPS}."],
    "nl": ["Klacht meterstand - klantnr {N:REF}\n{T1} {P1:full} belde namens haar moeder {P2:full} (overleden, zie dossier). Adres aansluiting:\n{A1:block}\n"
           "Terugbellen op {PH1:nat} of via zoon {P3:first} {PH2:intl}. Jaarafrekening {N:PRICE}, meternummer {N:NUM}. Medewerker: {P4:init}."],
}
TK["energy_switch_welcome_letter"] = {
    "en": ["{A0:capsblock}\n\nDear {P1:first},\n\nWelcome to {N:BRAND}? No - welcome to Harbourlight Energy! Your switch from your old supplier completes on {N:DATE}. "
           "We'll bill {T1} {P1:full} and {P2:full} jointly at {A1:line}. Your Energy Specialist is {P3:fm}, direct line {PH1:paren0}.\n"
           "Tariff: FIXED SAVER 24 {N:CAPS}. Ref {N:REF}.\n\n{P4:full}\n{N:JOB}"],
    "de": ["{P1:full}\n{A1:block}\n\nSehr geehrte/r {T1} {P1:last},\n\nIhr Wechsel zu Stadtwerke Nordheide ist bestätigt. Lieferbeginn: {N:DATE}. Ansprechpartnerin: {P2:full}, Telefon {PH1:nat}, E-Mail {E2}. "
           "Abschlag: {N:PRICE} monatlich per Lastschrift von IBAN {IB}.\n\nMit freundlichen Grüßen\n{P3:full}"],
    "fr": ["{P1:caps}\n{A1:capsblock}\n\nBonjour {T1} {P1:last},\nVotre contrat d'électricité démarre le {N:DATE} (PDL {N:NUM}). Votre conseillère {P2:first} reste joignable au {PH1:nat} ou {PH2:intl}. "
           "Prélèvement sur {IB}. Offre VERTE FIXE {N:CAPS}.\nCordialement, {P3:full} - service clients {L}"],
    "es": ["Hola {P1:first}:\nTu cambio de comercializadora está en marcha. Titular: {P1:full}. Dirección de suministro: {A1:line}. CUPS ES{N:NUM}. "
           "Si algo falla, llama a {P2:first} al {PH1:nat}. Cuenta de cargo: {IB}. Saludos desde {L}, {P3:full}"],
}
TK["broadband_install_jobsheet"] = {
    "en": ["JOB SHEET {N:REF} | FTTP install | slot {N:TIME}\nCust: {P1:capslast} / alt contact {P2:first} ({PH2:chat})\nSite: {A1:label}\nMob {PH1:nat}\n"
           "Notes: dog on site, gate code 4471. ONT to go in the {N:SPROD} box room?? (cust joke). Router {N:SKU}. Eng: {P3:init}. Prev eng {P4:first} couldn't get access - wayleave from {T5} {P5:last} next door."],
    "pl": ["ZLECENIE INSTALACJI {N:REF}\nAbonent: {P1:full}\nAdres: {A1:line}\nTel.: {PH1:nat}, drugi: {PH2:intl}\nTechnik: {P2:full}. Klient prosi o kontakt z synem {P3:first} - będzie w domu po {N:TIME}. "
           "Numer ONT {N:NUM}. Pakiet ŚWIATŁOWÓD 1 GB {N:CAPS}."],
    "cs": ["Montážní list {N:REF}\nZákazník: {T1} {P1:full}\nAdresa: {A1:line}\nTelefon: {PH1:nat}\nPoznámka: klíče má soused {P2:full}, tel. {PH2:nat}. Technik {P3:full} z pobočky {L}. Router {N:SKU}."],
    "ro": ["FIȘĂ INSTALARE {N:REF}\nClient: {P1:caps}\nAdresă: {A1:line}\nTelefon: {PH1:nat} / {PH2:intl}\nTehnician: {P2:full}. Clientul cere să sunați întâi la fiica lui, {P3:first}. Serie modem {N:NUM}, ofertă FIBRA 1000 {N:CAPS}."],
}
TK["number_port_request"] = {
    "en": ["Port-in request {N:REF}\nNumber to port: {PH1:intl}\nAccount name at losing carrier: {P1:full}\nAuthorised user: {P2:full} (daughter)\nBilling address: {A1:line}\n"
           "PAC/Port code: {N:NUM}. Do NOT port {PH2:nat} - that's {P1:first}'s work line, company {N:BRAND} pays for it. Agent {P3:lowfirst}"],
    "tr": ["Numara taşıma talebi {N:REF}\nTaşınacak hat: {PH1:nat}\nHat sahibi: {P1:full}\nİletişim: {P2:first} {P2:last} - {PH2:intl}\nFatura adresi: {A1:line}\n{P1:first} Hanım eski operatörde borç olmadığını söyledi. Temsilci: {P3:full}"],
    "pt": ["Pedido de portabilidade {N:REF}\nNúmero: {PH1:nat}\nTitular: {T1} {P1:full}\nMorada: {A1:line}\nContacto alternativo: {P2:full} ({PH2:nat}). Código de validação {N:NUM}. Atendido por {P3:first}, loja {L}."],
    "hu": ["Számhordozási kérelem {N:REF}\nHordozandó szám: {PH1:nat}\nElőfizető: {P1:full}\nCím: {A1:line}\nMeghatalmazott: {P2:full}, tel.: {PH2:intl}. Ügyintéző: {P3:full}. Tarifa: {N:CAPS}."],
}
TK["parent_evening_booking"] = {
    "en": ["Parents' evening slots - Year 9 ({N:DATE})\n{N:TIME} {P1:full} (parent of {P2:first}) - with {T3} {P3:last}, Maths\n{N:TIME} {P4:full} & {P5:first} - re {P6:first}, running late, call {PH1:chat}\n"
           "{N:TIME} - free -\n{N:TIME} {W1:first} {W1:last} (Hope's mum) wants to talk about the {N:BRAND} trip\nNote to office ({P7:first}): {P4:first}'s new address is {A1:line}"],
    "de": ["Elternsprechtag {N:DATE} - Klasse 7b\n{N:TIME} {T1} {P1:full} (Mutter von {P2:first})\n{N:TIME} {T3} {P3:last} - Rückfragen an {PH1:nat}\n{N:TIME} Familie {P4:last}, Vater {P4:first} kommt aus {L}\nKlassenleitung: {P5:full}"],
    "sv": ["Utvecklingssamtal v.{N:NUM}\n{N:TIME} {P1:full} ({P2:first}s mamma) - ring {PH1:nat} om ändring\n{N:TIME} {P3:full} + {P4:first}\n{N:TIME} {P5:full}, ny adress: {A1:line}\nMentor: {P6:full}"],
    "fi": ["Vanhempainvartit {N:DATE}\nklo {N:TIME} {P1:full} ({P2:first}, 4B)\nklo {N:TIME} {P3:full} - puh. {PH1:nat}\nklo {N:TIME} {P4:full}, osoite muuttunut: {A1:line}\nOpettaja {P5:full}"],
}
TK["charity_direct_debit_mandate"] = {
    "en": ["Regular gift confirmation\nSupporter: {T1} {P1:full} (ID {N:REF})\nAddress: {A1:line}\nMonthly gift: {N:PRICE} | Gift Aid: yes\nAccount: {IB}\nSigned up by street fundraiser {P2:first} at the {L} pitch; "
           "donor mentioned her late husband {P3:first} loved the {N:PBRAND}. Welcome call by {P4:full}, tel {PH1:nat}."],
    "nl": ["Machtiging doorlopende SEPA-incasso\nNaam: {P1:full}\nAdres: {A1:block}\nIBAN: {IB}\nBedrag: {N:PRICE} per maand\nGeworven door {P2:first} (team {L}), tel. donateur {PH1:nat}. Opmerking: partner {P3:first} wil ook bellen."],
    "de": ["SEPA-Lastschriftmandat - Förderpatenschaft\nKontoinhaber: {P1:full}\nAnschrift: {A1:line}\nIBAN {IB}\nTelefon {PH1:nat}\nWerber: {P2:full}, Stand {L} Hbf. Patenkind-Brief an {P3:first} bitte erst ab {N:DATE}."],
}
TK["legacy_pledge_call_note"] = {
    "en": ["Call note - legacy pledger {P1:fm} ({N:REF}) - {N:DATE}\nSpoke to {P1:first} and her nephew {P2:full} who holds power of attorney. Will has been updated with {P3:full} of "
           "{N:BRAND}? no, solicitor is {T4} {P4:last} at Page & Co. Mentioned she grew up in {REG}. Home: {A1:line}. Tel {PH1:nat}. Don't send the "
           "{N:CAPS} appeal pack. {P5:first} to follow up."],
    "da": ["Opkald - testamentsgave {N:REF}\nTalte med {P1:full} og datteren {P2:first}. Advokat: {P3:full}, tlf. {PH1:nat}. Adresse: {A1:line}. {P1:first} ønsker ikke flere breve før {N:DATE}. Notat: {P4:first}"],
    "no": ["Samtalenotat arv/testament {N:REF}\n{P1:full} ringte sammen med sønnen {P2:full} ({PH1:nat}). Bor nå på {A1:line}. Ønsker kontakt med {P3:first} i {L}-kontoret. Skrevet av {P4:full}."],
}
TK["club_subs_ledger"] = {
    "en": ["SUBS {N:DATE} - U14 girls\n{P1:first} {P1:last}  paid cash {N:PRICE}\n{P2:full}  owes - dad ({P3:first}) says bank transfer Friday\n{P4:lower}  PAID\n{W1:first} {W1:last}  sibling disc.\n"
           "{P5:caps}  new - kit size M, parent tel {PH1:chat}\nTreasurer: {P6:full}. Sponsor: {N:BRAND}. Away game at {L} next wk"],
    "it": ["Quote sociali - squadra pallavolo\n{P1:full} - pagato {N:PRICE}\n{P2:full} - da saldare (mamma {P3:first}, {PH1:nat})\n{P4:full} - pagato\nIBAN società: {IB}\nTesoriere: {P5:full}"],
    "es": ["Cuotas club - alevín\n{P1:full}: pagado\n{P2:full}: pendiente (madre {P3:full}, {PH1:nat})\n{P4:full}: pagado {N:PRICE}\nIBAN: {IB}\nRevisado por {P5:first}"],
    "no": ["Kontingent {N:DATE} - J12 fotball\n{P1:full} betalt\n{P2:full} ikke betalt - far {P3:first}, {PH1:nat}\n{P4:full} betalt Vipps\nKasserer: {P5:full}"],
}
TK["marathon_bib_transfer"] = {
    "en": ["Bib transfer request {N:REF}\nFrom: {P1:full} (bib {N:NUM}) -> To: {P2:full}, DOB {N:DATE}, ICE contact {P3:first} {PH1:intl}\nReason: injured. {P1:first} ran {L} last year in the {N:BRAND} wave. "
           "New runner's address for the race pack: {A1:line}. Approved by {P4:lowfirst}."],
    "fr": ["Transfert de dossard {N:REF}\nCédant : {P1:full}\nRepreneur : {P2:full}, né(e) le {N:DATE}\nAdresse : {A1:line}\nTél. : {PH1:nat}\nContact d'urgence : {P3:full} {PH2:nat}\nValidé par {P4:first}."],
    "ja": ["ゼッケン譲渡申請 {N:REF}\n譲渡元：{P1:full}様\n譲渡先：{P2:full}様\n住所：{A1:jp}\n電話：{PH1:nat}\n緊急連絡先：{P3:full}（{PH2:nat}）\n担当：{P4:last}"],
    "pl": ["Przepisanie pakietu startowego {N:REF}\nZ: {P1:full}\nNa: {P2:full}\nAdres: {A1:line}\nTel.: {PH1:nat}\nKontakt ICE: {P3:first}, {PH2:nat}\nZatwierdził(a): {P4:full}"],
}
TK["housekeeping_shift_log"] = {
    "en": ["HK log {N:DATE} - floor 3\n312 DND all day. guest {T1} {P1:last} asked for extra towels via {P2:first} at front desk\n318 found {N:BRAND} watch under bed - guest {P3:full}, checked out, home addr on PMS: {A1:line}, tel {PH1:intl}\n"
           "322 {P4:first} (room attendant) off sick, {P5:first} covering\nSupervisor {P6:full}"],
    "el": ["Βάρδια καθαριότητας {N:DATE}\nΔωμ. 204: ο πελάτης {P1:full} ζήτησε επιπλέον πετσέτες\nΔωμ. 210: βρέθηκε ρολόι - ιδιοκτήτρια {P2:full}, τηλ. {PH1:intl}\nΥπεύθυνη βάρδιας: {P3:full}"],
    "tr": ["Kat hizmetleri vardiya notu {N:DATE}\n405: misafir {P1:full} ekstra yastık istedi\n409: {N:BRAND} saat bulundu, misafir {P2:full}, tel {PH1:intl}, adres {A1:line}\nŞef: {P3:full}"],
    "id": ["Catatan housekeeping {N:DATE}\nKamar 118: tamu {P1:full} minta handuk tambahan\nKamar 121: HP ketinggalan, pemilik {P2:full} ({PH1:nat}), alamat {A1:line}\nSupervisor: {P3:full}"],
}
TK["restaurant_reservation_book"] = {
    "en": ["Fri {N:DATE}\n19:00  {P1:last} x4  {PH1:chat}  - nut allergy\n19:30  {W1:first} x2 (anniv.) - {P2:first} booked on her behalf\n20:00  {P3:caps} x8  walk-in overflow, ask {P4:first}\n"
           "20:15  {P5:full} - {N:BRAND} corporate acct\nSommelier note: {P6:first} wants the {N:PBRAND}"],
    "it": ["Prenotazioni sabato {N:DATE}\n20:00 {P1:last} 4 pax - tel {PH1:nat}\n20:30 {P2:full} 2 pax - celiaca\n21:00 {P3:full} 6 pax, chiamare {PH2:nat}\nIn sala: {P4:first}"],
    "fr": ["Réservations {N:DATE}\n19h30 {P1:last} - 2 couverts - {PH1:nat}\n20h00 {P2:full} - 6 couverts - anniversaire\n20h30 {T3} {P3:last} - {PH2:nat}\nResponsable de salle : {P4:first}"],
    "es": ["Reservas {N:DATE}\n21:00 {P1:full} - 4 pax - {PH1:nat}\n21:30 {P2:last} - 2 pax - terraza\n22:00 {P3:full} - 8 pax\nEncargado: {P4:first}"],
    "ko": ["예약 {N:DATE}\n18:30 {P1:full}님 4명 {PH1:nat}\n19:00 {P2:full}님 2명 창가석\n19:30 {P3:full} 고객 6명 - 연락처 {PH2:nat}\n담당: {P4:full}"],
}
TK["campsite_pitch_booking"] = {
    "en": ["Pitch 14 (hardstanding, EHU) {N:DATE} - 3 nights\nLead: {P1:full}, {A1:line}\nMob: {PH1:nat}\nParty: {P1:first}, {P2:first}, kids {P3:first} & {P4:first}, dog\nVehicle {N:PLATE} with Swift caravan\nDeposit card {CC:space}. Booked by {P5:first} at reception"],
    "de": ["Stellplatz 27 - {N:DATE}\nGast: {P1:full}\nAnschrift: {A1:line}\nHandy: {PH1:nat}\nMitreisende: {P2:full}, {P3:first}\nKennzeichen {N:PLATE}. Rezeption: {P4:first}"],
    "nl": ["Kampeerplaats C12 {N:DATE}\nHoofdboeker: {P1:full}\nAdres: {A1:line}\nTel: {PH1:intl}\nGezelschap: {P2:first}, {P3:first} en {P4:first}\nKenteken {N:PLATE}"],
    "da": ["Plads 8 - {N:DATE}\nGæst: {P1:full}\nAdresse: {A1:line}\nTlf.: {PH1:nat}\nMedrejsende: {P2:full}\nBemærkning fra {P3:first}: ankommer sent"],
    "fr": ["Emplacement 41 - {N:DATE}\nClient : {P1:full}\nAdresse : {A1:line}\nPortable : {PH1:nat}\nAccompagnants : {P2:first}, {P3:first}\nNote de {P4:first} : arrivée tardive depuis {L}"],
}
TK["mot_due_letter"] = {
    "en": ["{P1:caps}\n{A1:capsblock}\n\nYour MOT is due on {N:DATE} for {N:PLATE} ({N:BRAND}).\nBook with {P2:first} on {PH1:nat} or at the desk. Our workshop in {L} is open Sat. {N:CAPS}: free brake check.\n"
           "{P3:full}, {N:JOB}\nFenwick Motors"],
}
TK["trade_in_valuation"] = {
    "en": ["Trade-in appraisal {N:REF}\nCustomer: {P1:full}, {PH1:nat}\nVehicle: {N:BRAND} VIN {N:VIN}, reg {N:PLATE}\nAppraiser: {P2:first}. Customer wants to part-ex against the {N:BRAND}. Finance settled by {P3:full} (ex-partner), letter to {A1:line}."],
    "de": ["Inzahlungnahme {N:REF}\nKunde: {T1} {P1:full}\nTel.: {PH1:nat}\nFahrzeug: {N:BRAND}, FIN {N:VIN}\nBewertet von {P2:full}. Brief an: {A1:line}"],
    "sv": ["Inbytesvärdering {N:REF}\nKund: {P1:full}, {PH1:nat}\nBil: {N:BRAND}, reg.nr {N:PLATE}\nVärderare: {P2:full}. Adress: {A1:line}"],
    "cs": ["Výkup vozu {N:REF}\nZákazník: {P1:full}, tel. {PH1:nat}\nVůz: {N:BRAND}, VIN {N:VIN}\nOcenil: {P2:full}. Adresa: {A1:line}"],
}
TK["roadside_breakdown_dispatch"] = {
    "en": ["DISPATCH {N:REF} {N:TIME}\nMember: {P1:capslast} ({N:NUM})\nCaller: {P2:first} (wife) {PH1:chat}\nLocation: hard shoulder near {L}, not a postal addr\nVehicle {N:PLATE} {N:BRAND}\nTow to home: {A1:label}\nPatrol: {P3:init}"],
    "fi": ["Tiepalvelu {N:REF}\nJäsen: {P1:full}\nSoittaja: {P2:first}, {PH1:nat}\nSijainti: vt 9 lähellä {L}\nHinaus osoitteeseen {A1:line}\nPartio: {P3:full}"],
    "no": ["Veihjelp {N:REF}\nMedlem: {P1:full}\nTlf.: {PH1:nat}\nStedet: E6 ved {L}\nTauing til {A1:line}\nSjåfør: {P2:full}"],
    "it": ["Soccorso stradale {N:REF}\nSocio: {P1:full}\nChiamante: {P2:first} {PH1:nat}\nPosizione: A1 uscita {L}\nTraino a: {A1:line}\nOperatore: {P3:full}"],
}
TK["gp_callback_list"] = {
    "en": ["Callback list - {N:DATE} (Dr {P9:last})\n1. {P1:full} - {PH1:nat} - repeat rx, also asked about her son {P2:first}\n2. {P3:lower} - {PH2:nat} - results\n3. {W1:first} {W1:last} - {PH3:nat} - ask for Will not the landline\n"
           "4. {P4:full} (interpreter needed, Polish) - {PH4:intl}\nReception: {P5:first}/{P6:first}"],
}
TK["dental_recall_postcard"] = {
    "en": ["{P1:full}\n{A1:block}\n\nHi {P1:first}! It's time for your check-up with {P2:full}. Call {PH1:nat} to book (or WhatsApp {PH2:intl}). {N:CAPS} - 10% off whitening.\n- the team at Smile Studio {L}"],
    "pl": ["{P1:full}\n{A1:block}\n\nDzień dobry, zapraszamy na wizytę kontrolną do lek. dent. {P2:full}. Rejestracja: {PH1:nat}. Gabinet Młyńska, {L}."],
    "hu": ["{P1:full}\n{A1:block}\n\nKedves {P1:first}! Esedékes a féléves kontroll dr. {P2:full} rendelésén. Időpont: {PH1:nat}."],
    "ro": ["{P1:full}\n{A1:block}\n\nBună, {P1:first}! Este timpul pentru controlul periodic la dr. {P2:full}. Programări: {PH1:nat}."],
}
TK["vet_vaccination_recall"] = {
    "en": ["Booster due: {N:BRAND}? no - 'Biscuit' (cockapoo)\nOwner: {P1:full}, {PH1:nat}\nAlt: {P2:first} {PH2:nat}\n{A1:line}\nVet: {P3:full}. Last seen by {P4:first}."],
    "sv": ["Vaccinationspåminnelse - katten Smulan\nÄgare: {P1:full}, {PH1:nat}\n{A1:line}\nVeterinär: {P2:full}"],
    "fi": ["Rokotusmuistutus - koira Hilla\nOmistaja: {P1:full}, {PH1:nat}\nOsoite: {A1:line}\nEläinlääkäri: {P2:full}"],
    "de": ["Impferinnerung - Kater Moritz\nHalter: {T1} {P1:full}, Tel. {PH1:nat}\nAnschrift: {A1:line}\nTierärztin: {P2:full}, Praxis {L}"],
}
TK["viewing_feedback_letting"] = {
    "en": ["Viewing feedback - {A1:line}\nViewer: {P1:full} ({PH1:chat}) + partner {P2:first}\nLiked the garden, thought the {N:SPROD} wallpaper in bed 2 was 'a lot'. Currently renting in {L}, "
           "employer {N:BRAND}. Negotiator: {P3:first}. Landlord {T4} {P4:last} wants offers by {N:DATE}."],
    "es": ["Visita piso {A1:line}\nInteresado: {P1:full}, tel. {PH1:nat}\nAcompañante: {P2:first}\nComentario: le gusta pero es caro ({N:PRICE}). Agente: {P3:full}"],
    "pt-BR": ["Feedback de visita - {A1:line}\nCliente: {P1:full} ({PH1:nat})\nVeio com {P2:first}. Achou o apê escuro. Corretor: {P3:full}. Proprietária: {T4} {P4:full}"],
    "id": ["Laporan kunjungan rumah {A1:line}\nCalon penyewa: {P1:full}, HP {PH1:nat}\nBersama {P2:first}. Agen: {P3:full}. Pemilik: {P4:full}"],
}
TK["mortgage_factfind_summary"] = {
    "en": ["Fact-find summary {N:REF}\nApplicant 1: {P1:full}, DOB {N:DATE}, SSN {SSN}\nApplicant 2: {P2:full}\nCurrent address: {A1:line}\nPhone: {PH1:nat}\nEmployer: {N:BRAND} ({N:JOB})\nBroker: {P3:full}"],
    "de": ["Finanzierungsanfrage {N:REF}\nAntragsteller: {P1:full}\nMitantragstellerin: {P2:full}\nWohnanschrift: {A1:line}\nTel.: {PH1:nat}\nKonto: {IB}\nBerater: {P3:full}"],
    "nl": ["Hypotheekintake {N:REF}\nAanvrager: {P1:full}\nPartner: {P2:full}\nAdres: {A1:line}\nTel: {PH1:nat}\nIBAN: {IB}\nAdviseur: {P3:full}"],
}
TK["b2b_dunning_email"] = {
    "en": ["Subject: FINAL NOTICE - {N:INV} overdue\n\nHi {P1:first},\n\nInvoice {N:INV} ({N:PRICE}) is now 45 days overdue. Please remit to {IB} or call {P2:full} in Accounts Receivable on {PH1:paren0}.\n"
           "If you've already paid, ignore this - {P3:first} in your team said {P4:first} was chasing it.\n\nThanks,\n{P2:fm}\nKauri Analytics Ltd, {A1:line}"],
    "de": ["Betreff: 2. Mahnung {N:INV}\n\nSehr geehrte/r {T1} {P1:last},\n\nleider ist Rechnung {N:INV} über {N:PRICE} weiterhin offen. Bitte überweisen Sie auf {IB}. Rückfragen: {P2:full}, {PH1:nat}.\n\nMit freundlichen Grüßen\n{P2:full}\n{A1:line}"],
    "fr": ["Objet : Relance facture {N:INV}\n\nBonjour {P1:first},\nSauf erreur, la facture {N:INV} reste impayée. Merci de régler sur {IB}. Contact : {P2:full}, {PH1:nat}.\n\n{P2:full}\n{A1:line}"],
}
TK["helpdesk_macro_preview"] = {
    "en": ["[Macro preview: 'Refund - damaged item']\nHi {P1:first},\n\nSorry your {N:SPROD} arrived damaged! I've refunded {N:PRICE} to your card {N:MASK}. If you'd rather have a replacement sent to {A1:line}, just reply.\n\n"
           "{P2:first} | Customer Care\n---\nRequester: {P1:full} <{E1}>\nCC: {P3:full}\nAssignee: {P2:full}"],
    "es": ["[Vista previa de macro: 'Cambio de talla']\nHola {P1:first}:\nTe enviamos la talla nueva a {A1:line}. Cualquier cosa, escríbenos o llama al {PH1:nat}.\n{P2:first} - Atención al cliente\n---\nSolicitante: {P1:full} <{E1}>"],
    "it": ["[Anteprima macro 'Reso']\nCiao {P1:first},\nabbiamo ricevuto il reso. Il rimborso di {N:PRICE} arriva entro 5 giorni.\n{P2:first} - Servizio clienti\n---\nRichiedente: {P1:full} <{E1}>, tel {PH1:nat}"],
}
TK["bulky_waste_booking"] = {
    "en": ["Bulky waste collection {N:REF}\nResident: {P1:full}\nCollection point: front garden, {A1:line}\nItems: 1 sofa (not the {N:BRAND} one), fridge\nContact: {PH1:nat}\nBooked by {P2:first} on behalf of neighbour {P3:full}"],
    "de": ["Sperrmüll-Anmeldung {N:REF}\nName: {P1:full}\nAbholadresse: {A1:line}\nTelefon: {PH1:nat}\nGegenstände: Schrank, Matratze\nBearbeitet von {P2:full}"],
    "sv": ["Grovsopor {N:REF}\nNamn: {P1:full}\nAdress: {A1:line}\nTelefon: {PH1:nat}\nHandläggare: {P2:full}"],
    "cs": ["Objednávka svozu objemného odpadu {N:REF}\nJméno: {P1:full}\nAdresa: {A1:line}\nTel.: {PH1:nat}\nVyřizuje: {P2:full}"],
    "pl": ["Zgłoszenie odbioru gabarytów {N:REF}\nImię i nazwisko: {P1:full}\nAdres: {A1:line}\nTelefon: {PH1:nat}\nPrzyjął: {P2:full}"],
}
TK["parking_permit_application"] = {
    "en": ["Residents' parking permit - zone {N:REF}\nApplicant: {P1:full}\nAddress: {A1:line}\nVehicle: {N:PLATE} ({N:BRAND})\nPhone: {PH1:nat}\nCarer permit for {P2:full} (visits {P1:first}'s mother {P3:first} daily)\nOfficer: {P4:init}"],
    "nl": ["Aanvraag parkeervergunning {N:REF}\nAanvrager: {P1:full}\nAdres: {A1:line}\nKenteken: {N:PLATE}\nTel.: {PH1:nat}\nMantelzorger: {P2:full}\nBehandeld door {P3:full}"],
    "it": ["Richiesta permesso ZTL {N:REF}\nRichiedente: {P1:full}\nResidenza: {A1:line}\nTarga: {N:PLATE}\nTel.: {PH1:nat}\nDelegato: {P2:full}"],
    "fr": ["Demande de vignette résident {N:REF}\nDemandeur : {P1:full}\nAdresse : {A1:line}\nImmatriculation : {N:PLATE}\nTél. : {PH1:nat}\nInstructeur : {P2:full}"],
}
TK["museum_membership_renewal"] = {
    "en": ["Membership renewal - Joint Friends\nPrimary: {T1} {P1:full}\nSecond member: {P2:full}\nAddress: {A1:line}\nPhone: {PH1:nat}\nNote: {P1:first} asked whether the Van Gogh Museum reciprocal still applies. Gift membership for {P3:full} from {P4:first}. Processed by {P5:first}."],
    "pt": ["Renovação de sócio - Museu do Azulejo\nSócio: {P1:full}\nAcompanhante: {P2:full}\nMorada: {A1:line}\nTelemóvel: {PH1:nat}\nE-mail: {E1}\nAtendido por {P3:first}"],
    "nl": ["Verlenging Museumvriend\nNaam: {P1:full}\nPartner: {P2:full}\nAdres: {A1:line}\nTel.: {PH1:nat}\nLet op: geen korting Rijksmuseum. Medewerker {P3:first}"],
    "el": ["Ανανέωση συνδρομής Φίλων Μουσείου\nΜέλος: {P1:full}\nΔεύτερο μέλος: {P2:full}\nΔιεύθυνση: {A1:line}\nΤηλ.: {PH1:nat}\nΥπάλληλος: {P3:full}"],
    "ja": ["年間パスポート更新\n会員：{P1:full}様\n同伴者：{P2:full}様\n住所：{A1:jp}\n電話：{PH1:nat}\n受付：{P3:last}"],
}
TK["docent_tour_roster"] = {
    "en": ["Guide roster - week {N:NUM}\nTue 10:30 Highlights - {P1:first} (cover: {P2:first})\nWed 14:00 Egyptian galleries - {P3:full}\nThu 11:00 School group from {L} - {P4:full}, teacher contact {P5:full} {PH1:nat}\nSat - {W1:first} {W1:last}"],
    "it": ["Turni guide - settimana {N:NUM}\nmar 10:30 {P1:full}\nmer 15:00 {P2:full} (sostituisce {P3:first})\ngio gruppo scuola da {L}, referente {P4:full} {PH1:nat}"],
    "es": ["Turnos de guías\nmartes: {P1:full}\nmiércoles: {P2:full}\njueves: grupo de {L}, contacto {P3:full} {PH1:nat}"],
}
TK["tattoo_consent_booking"] = {
    "en": ["Booking: fine-line script on inner wrist, text reads \"{P1:first}\" (client's daughter)\nClient: {P2:full}, DOB {N:DATE}\nPhone: {PH1:chat}\nArtist: {P3:nick}\nDeposit {N:PRICE} taken over the phone on {CC} (exp 09/27). Client is not allergic to {N:BRAND} ointment. ID checked by {P4:first}."],
    "pt-BR": ["Agendamento - fine line no antebraço\nCliente: {P1:full}\nWhats: {PH1:nat}\nNome a tatuar: \"{P2:first}\" (avó)\nTatuador: {P3:first}\nSinal {N:PRICE} pago. Endereço pra nota: {A1:line}"],
    "es": ["Cita tatuaje\nCliente: {P1:full}\nTeléfono: {PH1:nat}\nDiseño: nombre \"{P2:first}\" en la clavícula\nArtista: {P3:first}\nDepósito {N:PRICE}"],
    "ko": ["타투 예약 확인\n고객: {P1:full}\n연락처: {PH1:nat}\n도안: 레터링 \"{P2:first}\"\n아티스트: {P3:full}\n예약금 {N:PRICE} 입금 완료"],
    "ja": ["タトゥー予約\nお客様：{P1:full}様\n電話：{PH1:nat}\nデザイン：「{P2:first}」の名前\n担当：{P3:last}"],
}
TK["flash_day_queue"] = {
    "en": ["FLASH DAY QUEUE (friday 13th!!)\n1 {P1:lowfirst} - swallow\n2 {P2:first} + {P3:first} matching daggers\n3 {P4:full} - call when ready {PH1:chat}\n4 {P5:lower} - {N:CAPS}\n5 {W1:first}\nartists: {P6:first} / {P7:first}"],
    "de": ["Flash Day Warteliste\n1. {P1:full} - Schwalbe\n2. {P2:first} & {P3:first} - Partnertattoo\n3. {P4:full}, Handy {PH1:nat}\nArtists: {P5:first}, {P6:first}"],
    "pl": ["Kolejka flash day\n1. {P1:full}\n2. {P2:first} i {P3:first}\n3. {P4:full} - tel. {PH1:nat}\nTatuatorzy: {P5:first}, {P6:first}"],
}
TK["veg_box_delivery_roster"] = {
    "en": ["VEG BOX ROUND - THURS\n{P1:last} | {A1:label} | large box, no beetroot | {PH1:nat}\n{P2:full} | {A2:line} | small + eggs | leave w/ {P3:first} next door\n"
           "{P4:caps} | {A3:caps} | cancelled (in {FP})\ndriver: {P5:first}"],
    "fr": ["Tournée paniers - jeudi\n{P1:full} - {A1:line} - {PH1:nat}\n{P2:full} - {A2:line} - laisser chez {P3:first}\nLivreur : {P4:first}"],
    "de": ["Gemüsekiste Tour Do\n{P1:full} - {A1:line} - Tel. {PH1:nat}\n{P2:full} - {A2:line} - bei {P3:first} abgeben\nFahrer: {P4:first}"],
    "da": ["Grøntsagskasser - torsdag\n{P1:full} - {A1:line} - {PH1:nat}\n{P2:full} - {A2:line} - stilles hos {P3:first}\nChauffør: {P4:first}"],
}
TK["wine_club_allocation"] = {
    "en": ["Spring allocation - Cellar Club\n{P1:full}: 6x Pinot, ship to {A1:line}\n{P2:full}: 12x mixed, collect from our {L} cellar door\n{P3:full}: hold - card declined ({N:MASK}), call {PH1:nat}\nNOTE: not the {N:PBRAND}. Curated by {P4:first}"],
    "fr": ["Allocation printemps - Club Cave\n{P1:full} : 6 bouteilles - {A1:line}\n{P2:full} : retrait à la cave de {L}\n{P3:full} : carte refusée, appeler {PH1:nat}\nSommelière : {P4:first}"],
    "it": ["Assegnazione soci cantina\n{P1:full}: 6 bottiglie - {A1:line}\n{P2:full}: ritiro in cantina a {L}\n{P3:full}: richiamare {PH1:nat}\nEnologo: {P4:first}"],
    "pt": ["Alocação do clube de vinhos\n{P1:full}: 6 garrafas - {A1:line}\n{P2:full}: levantar na adega de {L}\n{P3:full}: ligar {PH1:nat}\nEnólogo: {P4:first}"],
}
TK["locksmith_job_ticket"] = {
    "en": ["JOB {N:REF} - lockout {N:TIME}\nCaller: {P1:full} {PH1:chat}\nAddr: {A1:label}\nProof of residence: letter addressed to {P2:full} (partner). Locks: {N:BRAND} euro cylinder. Tech {P3:first}. Invoice to landlord {T4} {P4:last}, {PH2:intl}."],
    "de": ["Auftrag {N:REF} - Türöffnung\nKunde: {P1:full}, {PH1:nat}\nEinsatzort: {A1:line}\nNachweis: Ausweis von {P2:full}\nMonteur: {P3:first}"],
    "ro": ["Comandă {N:REF} - deblocare ușă\nClient: {P1:full}, {PH1:nat}\nAdresă: {A1:line}\nTehnician: {P2:full}"],
    "hu": ["Munkalap {N:REF} - zárnyitás\nÜgyfél: {P1:full}, {PH1:nat}\nCím: {A1:line}\nSzerelő: {P2:full}"],
}
TK["removals_survey_quote"] = {
    "en": ["Removals survey {N:REF}\nClient: {P1:full} & {P2:full}\nFrom: {A1:line}\nTo: {A2:line}\nTel: {PH1:nat} / {PH2:nat}\nItems: piano (Steinway), {N:BRAND} fridge. Surveyor {P3:full}. Storage at our {L} depot."],
    "no": ["Flyttebefaring {N:REF}\nKunde: {P1:full}\nFra: {A1:line}\nTil: {A2:line}\nTlf.: {PH1:nat}\nBefaring ved {P2:full}"],
    "fi": ["Muuttokatselmus {N:REF}\nAsiakas: {P1:full}\nMistä: {A1:line}\nMihin: {A2:line}\nPuh.: {PH1:nat}\nArvioija: {P2:full}"],
    "sv": ["Flyttbesiktning {N:REF}\nKund: {P1:full}\nFrån: {A1:line}\nTill: {A2:line}\nTel.: {PH1:nat}\nBesiktning: {P2:full}"],
}
TK["cycle_workshop_docket"] = {
    "en": ["WORKSHOP DOCKET {N:REF}\nName: {P1:last}, {P1:first}\nMob: {PH1:nat}\nBike: {N:BRAND}? no - Brompton M6L, frame {N:NUM}\nWork: full service, new chain\nTaken in by {P2:first}, mech {P3:first}\nCollect by {N:DATE}"],
    "nl": ["Werkbon {N:REF}\nNaam: {P1:full}\nTel.: {PH1:nat}\nFiets: Gazelle, framenr {N:NUM}\nMonteur: {P2:first}"],
    "da": ["Værkstedsseddel {N:REF}\nNavn: {P1:full}\nTlf.: {PH1:nat}\nCykel: Christiania ladcykel\nMekaniker: {P2:first}"],
    "ja": ["修理伝票 {N:REF}\nお名前：{P1:full}様\n電話：{PH1:nat}\n車体番号：{N:NUM}\n担当：{P2:last}"],
}
TK["library_overdue_notice"] = {
    "en": ["{P1:full}\n{A1:block}\n\nOverdue: 'The Secret Diary of Adrian Mole' and 'Paddington at the Palace'. Please return to {L} branch. Queries: {P2:first}, {PH1:nat}."],
    "fi": ["{P1:full}\n{A1:block}\n\nMyöhässä oleva laina: Muumipeikko ja pyrstötähti. Palauta {L}n kirjastoon. Kysy {P2:first}, {PH1:nat}."],
    "cs": ["{P1:full}\n{A1:block}\n\nUpomínka: kniha 'Babička' je po termínu. Kontakt: {P2:full}, {PH1:nat}."],
    "el": ["{P1:full}\n{A1:block}\n\nΥπενθύμιση επιστροφής βιβλίου. Πληροφορίες: {P2:full}, {PH1:nat}."],
}
TK["choir_phone_tree"] = {
    "en": ["Choir phone tree (if rehearsal cancelled)\n{P1:first} calls -> {P2:first} ({PH1:nat}) and {P3:first} ({PH2:nat})\n{P2:first} calls -> {W1:first} ({PH3:chat}), {P4:full}\n{P3:first} calls -> {P5:lower}\nConductor: {P6:full}"],
    "de": ["Telefonkette Chor\n{P1:full} ruft an: {P2:full} {PH1:nat}, {P3:full} {PH2:nat}\n{P2:first} ruft an: {P4:full} {PH3:nat}\nChorleitung: {P5:full}"],
    "hu": ["Kórus telefonlánc\n{P1:full} hívja: {P2:full} ({PH1:nat}), {P3:full} ({PH2:nat})\n{P2:full} hívja: {P4:full}\nKarnagy: {P5:full}"],
    "no": ["Ringeliste kor\n{P1:full} ringer {P2:full} ({PH1:nat}) og {P3:full} ({PH2:nat})\nDirigent: {P4:full}"],
}
TK["funeral_arrangement_form"] = {
    "en": ["Arrangement form {N:REF}\nDeceased: {P1:full}\nApplicant: {P2:full} (son), {A1:line}, {PH1:nat}\nService at St Mary's, {L}; celebrant {P3:full} ({PH2:nat})\nFlowers from {P4:first} & family. Hymn: 'Abide with Me'."],
    "it": ["Scheda servizio funebre {N:REF}\nDefunto/a: {P1:full}\nRichiedente: {P2:full}, {A1:line}, tel {PH1:nat}\nCerimonia a {L}"],
    "es": ["Ficha de servicio {N:REF}\nFallecido/a: {P1:full}\nSolicitante: {P2:full}, {A1:line}, tel. {PH1:nat}\nMisa en {L}"],
    "ro": ["Fișă servicii funerare {N:REF}\nDecedat: {P1:full}\nSolicitant: {P2:full}, {A1:line}, tel. {PH1:nat}"],
}
TK["coworking_visitor_badges"] = {
    "en": ["Visitor badges {N:DATE} - host desk {PH1:nat}\n09:12 {P1:full} visiting {P2:first} @ Kauri Analytics (2F) badge 031\n09:40 {P3:caps} - courier, {N:BRAND}\n10:05 {P4:full} interview w/ {P5:full}\nwifi sessions: {IP} / {IP}\nreception: {P6:first}"],
    "pt": ["Registo de visitantes {N:DATE}\n09:10 {P1:full} - visita a {P2:full}\n10:00 {P3:full} - entrevista\nIP convidado: {IP}\nReceção: {P4:first}"],
    "tr": ["Ziyaretçi kaydı {N:DATE}\n09:15 {P1:full} - {P2:full} ile görüşme\n10:30 {P3:full} - kurye\nMisafir ağı: {IP}\nResepsiyon: {P4:first}"],
}
TK["parcel_locker_notice"] = {
    "en": ["Your parcel {N:TRK} is waiting in locker 24B at [[QuickDrop|ParcelPoint|LockerLink]] Express, {L}. Code: {N:NUM}. Sent by {P1:full}. Questions? reply or call {PH1:nat}. Not you? This msg was for {P2:first}."],
    "pl": ["Paczka {N:TRK} czeka w paczkomacie {L}. Kod odbioru: {N:NUM}. Nadawca: {P1:full}. Odbiorca: {P2:full}, tel. {PH1:nat}."],
    "tr": ["Kargonuz {N:TRK} {L} teslimat dolabında. Kod: {N:NUM}. Gönderen: {P1:full}. Alıcı: {P2:full} ({PH1:nat})."],
    "vi": ["Đơn hàng {N:TRK} đã đến tủ nhận hàng tại {L}. Mã mở tủ: {N:NUM}. Người gửi: {P1:full}. Người nhận: {P2:full}, SĐT {PH1:nat}."],
    "id": ["Paket {N:TRK} sudah di loker {L}. Kode: {N:NUM}. Pengirim: {P1:full}. Penerima: {P2:full}, HP {PH1:nat}."],
}
TK["nps_detractor_callbacks"] = {
    "en": ["NPS detractors to call back (score 0-6)\n{P1:full} | 2 | \"{P2:first} at the till was rude\" | {PH1:nat}\n{P3:full} | 4 | \"delivery went to {A1:line} instead of my office\" | {PH2:intl}\n{P4:lower} | 0 | \"{N:CAPS}\" | {E4}\nowner: {P5:first}"],
    "es": ["Detractores NPS\n{P1:full} - 3 - \"{P2:first} no me atendió bien\" - {PH1:nat}\n{P3:full} - 1 - \"el pedido llegó a {A1:line}\" - {PH2:nat}\nResponsable: {P4:first}"],
    "it": ["Detrattori NPS da richiamare\n{P1:full} - 2 - \"{P2:first} alla cassa scortese\" - {PH1:nat}\n{P3:full} - 5 - consegna a {A1:line} - {PH2:nat}\nReferente: {P4:first}"],
    "fr": ["Détracteurs NPS à rappeler\n{P1:full} - 3 - « {P2:first} peu aimable » - {PH1:nat}\n{P3:full} - 4 - livré à {A1:line} - {PH2:nat}\nSuivi : {P4:first}"],
    "ko": ["NPS 불만 고객 콜백\n{P1:full} - 2점 - \"{P2:full} 직원 불친절\" - {PH1:nat}\n{P3:full} - 4점 - 배송지 {A1:line} 오배송 - {PH2:nat}\n담당: {P4:full}"],
}
TK["voucher_redemption_ledger"] = {
    "en": ["Gift voucher ledger\nGV{N:NUM} bought by {P1:full} for {P2:full} - redeemed {N:DATE} by {P2:first}\nGV{N:NUM} bought by {P3:full} - partial, bal {N:PRICE}\nGV{N:NUM} - lost, customer {P4:full} ({PH1:nat}) - reissued by {P5:first}"],
    "de": ["Gutscheinbuch\nGS{N:NUM}: gekauft von {P1:full} für {P2:full}, eingelöst {N:DATE}\nGS{N:NUM}: {P3:full}, Restwert {N:PRICE}\nGS{N:NUM}: verloren - {P4:full}, Tel. {PH1:nat}"],
    "el": ["Μητρώο δωροεπιταγών\nΔΕ{N:NUM}: αγορά από {P1:full} για {P2:full}\nΔΕ{N:NUM}: {P3:full}, υπόλοιπο {N:PRICE}\nΔΕ{N:NUM}: χάθηκε - {P4:full}, {PH1:nat}"],
    "ja": ["ギフト券管理表\nGC{N:NUM}：購入 {P1:full}様 → 利用 {P2:full}様\nGC{N:NUM}：{P3:full}様 残高 {N:PRICE}\nGC{N:NUM}：紛失 {P4:full}様 {PH1:nat}"],
}
TK["exec_complaint_escalation"] = {
    "en": ["To: CEO office\nFrom: {P1:full} <{E1}>\n\nI have written to {P2:full}, {P3:full} and your so-called '{N:JOB}' {P4:first}, and nobody has fixed my order {N:ORD}. "
           "I live at {A1:line} and have been home every day. Ring me on {PH1:nat}. My solicitor {T5} {P5:last} is copied. {N:CAPS}!!!"],
    "fr": ["À l'attention du PDG\nDe : {P1:full} <{E1}>\nJ'ai déjà écrit à {P2:full} et à {P3:full}. Commande {N:ORD} jamais livrée à {A1:line}. Appelez-moi au {PH1:nat}."],
    "nl": ["Aan de directie\nVan: {P1:full} <{E1}>\nIk heb {P2:full} en {P3:first} al drie keer gemaild over bestelling {N:ORD}. Mijn adres: {A1:line}. Bel {PH1:nat}."],
    "pl": ["Do: Zarząd\nOd: {P1:full} <{E1}>\nPisałem już do {P2:full} i {P3:first} w sprawie zamówienia {N:ORD}. Adres: {A1:line}. Tel. {PH1:nat}."],
}
TK["community_noticeboard_post"] = {
    "en": ["FOUND: ginger cat near the {N:BRAND} on the high st. Collar says \"Page\" and a number {PH1:chat}. If yours message {P1:first} or knock at {A1:line}. Thanks to {P2:lowfirst} for spotting him!"],
    "sv": ["HITTAD: katt vid ICA. Halsband med nummer {PH1:nat}. Kontakta {P1:full} på {A1:line}."],
    "da": ["FUNDET: nøgler ved Netto. Kontakt {P1:full}, {PH1:nat}, {A1:line}."],
    "ro": ["GĂSIT: câine lângă Kaufland. Sunați la {PH1:nat} ({P1:full}), {A1:line}."],
}
TK["taxi_dispatch_log"] = {
    "en": ["{N:TIME} job {N:REF} pickup {A1:label} -> airport, pax {P1:caps} {PH1:chat}, driver {P2:first} car {N:PLATE}\n{N:TIME} job {N:REF} pickup {A2:line} pax {P3:full} acct {N:BRAND}\n{N:TIME} no-show {P4:lastfirst}"],
    "tr": ["{N:TIME} iş {N:REF} alış {A1:line}, yolcu {P1:full} {PH1:nat}, şoför {P2:first}\n{N:TIME} iş {N:REF} yolcu {P3:full}"],
    "el": ["{N:TIME} κλήση {N:REF} παραλαβή {A1:line}, επιβάτης {P1:full} {PH1:nat}, οδηγός {P2:first}"],
    "id": ["{N:TIME} order {N:REF} jemput {A1:line}, penumpang {P1:full} {PH1:nat}, driver {P2:first}\n{N:TIME} order {N:REF} penumpang {P3:full}"],
}
TK["solar_lead_qualification"] = {
    "en": ["Lead {N:REF} - solar + battery\nHomeowner: {P1:full} (spouse {P2:first})\nProperty: {A1:line}\nRoof: south-facing, {N:BRAND} inverter existing\nBest time: evenings {PH1:nat} or landline {PH2:nat}\nSetter: {P3:first}, closer {P4:full}"],
    "de": ["Lead {N:REF} - PV-Anlage\nEigentümer: {P1:full}\nObjekt: {A1:line}\nTel.: {PH1:nat}\nVertrieb: {P2:full}"],
    "es": ["Lead {N:REF} - placas solares\nPropietario: {P1:full}\nVivienda: {A1:line}\nTeléfono: {PH1:nat}\nComercial: {P2:full}"],
    "it": ["Lead {N:REF} - fotovoltaico\nProprietario: {P1:full}\nImmobile: {A1:line}\nTel.: {PH1:nat}\nCommerciale: {P2:full}"],
}
TK["pest_control_visit_report"] = {
    "en": ["Visit report {N:REF}\nSite: {A1:line}\nContact on site: {P1:full} ({N:JOB}) {PH1:nat}, out of hours {PH2:intl}\nFindings: rodent activity near the {N:PBRAND} display; bait stations 1-6 checked\nTech: {P2:full}\nNext visit {N:DATE}"],
    "vi": ["Biên bản kiểm tra côn trùng {N:REF}\nĐịa điểm: {A1:line}\nNgười liên hệ: {P1:full}, SĐT {PH1:nat}\nKỹ thuật viên: {P2:full}"],
}
TK["rfq_procurement_email"] = {
    "en": ["Subject: RFQ {N:REF} - 4,000 branded tote bags\n\nHi {P1:first},\nPlease quote for {N:SKU} (NOT the {N:SPROD}). Deliver to our DC: {A1:line}. {P2:full} in Procurement will sign off; her direct dial is {PH1:intl}.\nRegards,\n{P3:full}\n{N:JOB}"],
    "de": ["Betreff: Anfrage {N:REF}\n\nGuten Tag {T1} {P1:last},\nbitte um Angebot für {N:SKU}. Lieferadresse: {A1:line}. Ansprechpartner Einkauf: {P2:full}, {PH1:nat}.\nMit freundlichen Grüßen\n{P3:full}"],
    "ja": ["件名：見積依頼 {N:REF}\n\n{P1:last}様\nいつもお世話になっております。{N:SKU} のお見積りをお願いいたします。納品先：{A1:jp}\n購買担当：{P2:full}（{PH1:nat}）\n{P3:full}"],
}
TK["tip_pool_distribution"] = {
    "en": ["Tronc payout wk {N:NUM}\n{P1:full} - 32h - {N:PRICE} - {IB}\n{P2:full} - 18h - {N:PRICE} - {IB}\n{P3:first} (kp) - cash\nApproved: {P4:full}, {N:JOB}"],
    "es": ["Reparto de propinas semana {N:NUM}\n{P1:full} - {N:PRICE} - {IB}\n{P2:full} - {N:PRICE} - {IB}\nAprobado: {P3:full}"],
    "pt": ["Distribuição de gorjetas sem. {N:NUM}\n{P1:full} - {N:PRICE} - {IB}\n{P2:full} - {N:PRICE} - {IB}\nAprovado: {P3:full}"],
    "pl": ["Podział napiwków tydz. {N:NUM}\n{P1:full} - {N:PRICE} - {IB}\n{P2:full} - {N:PRICE} - {IB}\nZatwierdził(a): {P3:full}"],
}
TK["ticket_transfer_will_call"] = {
    "en": ["WILL CALL - door 2\n{P1:caps} x2 (transferred from {P2:full})\n{P3:lastfirst} x1 - ID must match, phone {PH1:nat}\n{P4:full} x4 - {N:CAPS}\nBox office: {P5:first}"],
    "fi": ["Lipunnouto - ovi 2\n{P1:full} x2 (siirretty: {P2:full})\n{P3:full} x1, puh. {PH1:nat}\nLipunmyynti: {P4:first}"],
    "hu": ["Jegyátvétel - 2. kapu\n{P1:full} x2 (átruházva: {P2:full})\n{P3:full} x1, tel. {PH1:nat}\nPénztár: {P4:first}"],
}
TK["kids_party_booking"] = {
    "en": ["Party booking - Sat {N:TIME}\nBirthday child: {P1:first} (turns 6)\nParent: {P2:full}, {PH1:nat}\nGuests: {P3:first}, {P4:first}, {W1:first}, {P5:first}, {P6:first}\nTheme: Peppa Pig cake. Deposit on card {CC}. Host: {P7:first}"],
    "tr": ["Doğum günü rezervasyonu\nÇocuk: {P1:first}\nVeli: {P2:full}, {PH1:nat}\nDavetliler: {P3:first}, {P4:first}, {P5:first}\nSorumlu: {P6:first}"],
    "ro": ["Rezervare petrecere\nSărbătorit: {P1:first}\nPărinte: {P2:full}, {PH1:nat}\nInvitați: {P3:first}, {P4:first}, {P5:first}\nAnimator: {P6:first}"],
    "vi": ["Đặt tiệc sinh nhật\nBé: {P1:first}\nPhụ huynh: {P2:full}, {PH1:nat}\nKhách mời: {P3:first}, {P4:first}\nNhân viên: {P5:full}"],
}
TK["swim_lesson_register"] = {
    "en": ["Stage 3 register - Tue 17:30\n{P1:full} / parent {P2:first} {PH1:nat}\n{P3:full} / parent {P4:full} {PH2:nat}\n{P5:lower} - absent\nTeacher: {P6:first}"],
    "ko": ["수영 강습 출석부\n{P1:full} - 보호자 {P2:full} {PH1:nat}\n{P3:full} - 보호자 {P4:full} {PH2:nat}\n강사: {P5:full}"],
    "nl": ["Zwemles presentielijst\n{P1:full} - ouder {P2:first}, {PH1:nat}\n{P3:full} - ouder {P4:full}, {PH2:nat}\nBadjuf: {P5:first}"],
}
TK["ski_hire_fitting_sheet"] = {
    "en": ["Ski hire fitting - group {N:REF}\n{P1:full} 182cm 80kg DIN 7\n{P2:full} 165cm\n{P3:first} (child)\nLead booker mob {PH1:intl}\nHotel in {L}\nTech: {P4:first}"],
    "de": ["Skiverleih Einstellblatt {N:REF}\n{P1:full} 178 cm, Z-Wert 6\n{P2:full}\nKind: {P3:first}\nTel.: {PH1:nat}\nServicekraft: {P4:first}"],
    "fr": ["Fiche location ski {N:REF}\n{P1:full} 1m75\n{P2:full}\nEnfant : {P3:first}\nTél. : {PH1:nat}\nTechnicien : {P4:first}"],
    "it": ["Scheda noleggio sci {N:REF}\n{P1:full} 180 cm\n{P2:full}\nBambino: {P3:first}\nTel.: {PH1:nat}\nTecnico: {P4:first}"],
    "no": ["Skiutleie {N:REF}\n{P1:full}\n{P2:full}\nBarn: {P3:first}\nTlf.: {PH1:nat}\nAnsatt: {P4:first}"],
}
TK["ward_casework_email"] = {
    "en": ["Casework {N:REF}\nConstituent: {P1:full}, {A1:line}, {PH1:nat}\nIssue: missed bin collections x3; neighbour {P2:full} has the same issue. Landlord is {N:BRAND} Homes. Councillor {P3:full} to raise with {P4:first} in Waste. Constituent's MP is {T5} {P5:last}."],
}
TK["sim_roaming_bill_shock"] = {
    "en": ["Complaint: roaming charges {N:PRICE}\nLine: {PH1:intl} (user {P1:first}, bill payer {P2:full})\nTravelled to {FP} and {FP}. Says {N:BRAND} ad promised 'roam like home'. Credit approved by {P3:full}. Send letter to {A1:line}."],
    "ro": ["Reclamație roaming {N:PRICE}\nNumăr: {PH1:intl}\nTitular: {P1:full}\nCălătorie în {FP}. Aprobat de {P2:full}. Adresă: {A1:line}"],
    "el": ["Παράπονο για χρεώσεις περιαγωγής\nΓραμμή: {PH1:intl}\nΣυνδρομητής: {P1:full}\nΤαξίδι στην {FP}. Έγκριση: {P2:full}. Διεύθυνση: {A1:line}"],
    "vi": ["Khiếu nại cước chuyển vùng {N:PRICE}\nThuê bao: {PH1:intl}\nChủ thuê bao: {P1:full}\nĐi {FP}. Duyệt bởi {P2:full}. Địa chỉ: {A1:line}"],
}
TK["hearing_aid_trial_followup"] = {
    "en": ["Trial follow-up - {P1:full} ({N:REF})\nSpoke with daughter {P2:first} ({PH1:nat}) as {T1} {P1:last} struggles on the phone. Aids: {N:BRAND}? no - Phonak. Return by {N:DATE} to {L} clinic. Audiologist: {P3:full}."],
    "sv": ["Uppföljning hörapparat - {P1:full}\nPratade med sonen {P2:first} ({PH1:nat}). Audionom: {P3:full}."],
    "hu": ["Hallókészülék próbahordás - {P1:full}\nA lányával, {P2:first}-val beszéltem ({PH1:nat}). Audiológus: {P3:full}."],
}

TK["press_collab_note"] = {
    "en": ["EMBARGOED - capsule collab note\nThe Tommy Hilfiger x Dr. Martens drop lands {N:DATE}; hero SKU {N:SKU} ('Baker Street boot'). NOT to be confused with the Ralph Lauren Oxford shirt. "
           "Shoot in {L} with stylist {P1:full}; talent agent {P2:first} on {PH1:intl}. {N:CAPS}. Press: {P3:full} <{E3}>"],
    "fr": ["NOTE PRESSE - sous embargo\nCollaboration Yves Saint Laurent x Ladurée, lancement le {N:DATE}. Shooting à {L} avec {P1:full}. Attachée de presse : {P2:full}, {PH1:nat}. Ne pas confondre avec la ligne Chanel N°5."],
    "it": ["COMUNICATO - embargo\nCapsule Dolce & Gabbana x Ferrero Rocher il {N:DATE}. Shooting a {L}, stylist {P1:full}. Ufficio stampa: {P2:full}, {PH1:nat}."],
}

TK["rental_screening_application"] = {
    "en": ["Rental application - unit {N:REF}\nApplicant: {P1:full}\nSSN: {SSN}\nCo-applicant: {P2:full}, SSN {SSN:space}\nCurrent address: {A1:line}\nLandlord reference: {P3:full} {PH1:nat}\nEmployer EIN on paystub {N:NUM} (not an SSN). Leasing agent: {P4:first}"],
}
TK["box_office_phone_sale"] = {
    "en": ["Phone sale {N:REF} - 'Hope & Glory' matinee\nCaller: {P1:full} ({PH1:nat})\nCard: {CC} exp {N:DATE} - CVV not stored\nPrevious card on account {N:MASK}\nSeats for {P1:first}, {P2:first} and {W1:first}\nSold by {P3:first}"],
    "es": ["Venta telefónica {N:REF}\nCliente: {P1:full}, tel. {PH1:nat}\nTarjeta: {CC}\nEntradas para {P1:first} y {P2:first}\nVendedor: {P3:first}"],
    "it": ["Vendita telefonica {N:REF}\nCliente: {P1:full}, tel. {PH1:nat}\nCarta: {CC}\nBiglietti per {P1:first} e {P2:first}\nOperatore: {P3:first}"],
    "nl": ["Telefonische verkoop {N:REF}\nKlant: {P1:full}, tel. {PH1:nat}\nKaart: {CC}\nKaarten voor {P1:first} en {P2:first}\nMedewerker: {P3:first}"],
}
TK["donation_phone_pledge"] = {
    "en": ["Telethon pledge {N:REF}\nDonor: {P1:full}\nCard: {CC:dash}\nAmount: {N:PRICE}\nIn memory of: {P2:full}\nReceipt to: {A1:line}\nVolunteer on phones: {P3:first}"],
    "de": ["Spendenzusage {N:REF}\nSpender: {P1:full}\nKarte: {CC}\nBetrag: {N:PRICE}\nQuittung an: {A1:line}\nTelefonist: {P2:first}"],
    "fr": ["Promesse de don {N:REF}\nDonateur : {P1:full}\nCarte : {CC}\nMontant : {N:PRICE}\nReçu fiscal : {A1:line}\nBénévole : {P2:first}"],
    "es": ["Donación telefónica {N:REF}\nDonante: {P1:full}\nTarjeta: {CC}\nImporte: {N:PRICE}\nRecibo a: {A1:line}\nVoluntaria: {P2:first}"],
}
KIND_CC = {"mortgage_factfind_summary": {"en": ["US"]}, "mot_due_letter": {"en": ["GB"]}, "gp_callback_list": {"en": ["GB", "IE", "AU"]},
           "ward_casework_email": {"en": ["GB", "IE", "ZA", "NG"]}, "rental_screening_application": {"en": ["US"]}, "library_overdue_notice": {"en": ["GB", "CA", "AU", "IE"]},
           "roadside_breakdown_dispatch": {"en": ["GB", "IE", "AU", "ZA"]}}
HEAVY = {"gp_callback_list": 0.4, "parent_evening_booking": 0.4, "flash_day_queue": 0.4, "choir_phone_tree": 0.45, "kids_party_booking": 0.45,
         "club_subs_ledger": 0.4, "swim_lesson_register": 0.5, "docent_tour_roster": 0.45, "voucher_redemption_ledger": 0.5,
         "restaurant_reservation_book": 0.5, "ticket_transfer_will_call": 0.5, "coworking_visitor_badges": 0.5, "housekeeping_shift_log": 0.5,
         "veg_box_delivery_roster": 0.6, "ski_hire_fitting_sheet": 0.5, "legacy_pledge_call_note": 0.6, "campsite_pitch_booking": 0.6,
         "nps_detractor_callbacks": 0.6, "wine_club_allocation": 0.6, "energy_switch_welcome_letter": 0.6, "helpdesk_macro_preview": 0.6,
         "marathon_bib_transfer": 0.7, "ward_casework_email": 0.8, "meter_read_dispute": 0.7, "b2b_dunning_email": 0.7,
         "exec_complaint_escalation": 0.8, "viewing_feedback_letting": 0.8, "museum_membership_renewal": 0.7, "number_port_request": 0.8,
         "broadband_install_jobsheet": 0.8, "charity_direct_debit_mandate": 0.8, "box_office_phone_sale": 0.7, "taxi_dispatch_log": 0.6}

# ---------------------------------------------------------------------------
# Code-built kinds (structured exports, chat tools, logs)
# ---------------------------------------------------------------------------
MIX = ["GB", "US", "IE", "IN", "NG", "ZA", "AU", "CA", "DE", "FR", "ES", "IT", "PT", "BR", "NL", "PL", "CZ", "SE", "DK", "NO", "FI", "HU", "RO", "TR", "GR", "VN", "ID", "MX", "AT", "BE"]
LATIN = [c for c in MIX if c not in ("GR",)]


def noapos(cc):
    while True:
        p = person(cc)
        if "'" not in p.full() and '"' not in p.full():
            return p


def k_sql_insert_dump(b):
    tbl = ch(["crm_contacts", "members", "patients_frontdesk", "tenants", "volunteers"])
    b.t(f"-- MySQL dump 10.13  Host: db-replica-2  Database: {ch(['utility_crm', 'club_portal', 'frontdesk', 'lettings'])}\n-- Dumping data for table `{tbl}`\n\n")
    b.t(f"INSERT INTO `{tbl}` (`id`,`first_name`,`last_name`,`mobile`,`email`,`postal_address`,`notes`) VALUES\n")
    n = R.randint(2, 3)
    for i in range(n):
        cc = ch(LATIN)
        p = noapos(cc)
        b.t(f"({R.randint(1000, 99999)},'")
        b.p(PERSON, p.first) if not p.single else b.p(PERSON, p.first)
        b.t("','")
        if p.last and not p.single:
            b.p(PERSON, p.last)
        b.t("','")
        b.p(PHONE, phone(cc))
        b.t("','")
        b.p(EMAIL, email(p))
        b.t("','")
        b.p(ADDR, addr_str(address(cc), ch(["line", "semi"])))
        b.t("','")
        r = R.random()
        if r < 0.25:
            b.t("card on file ")
            b.p(CARD, card())
        elif r < 0.45 and cc == "US":
            b.t("ssn ")
            b.p(SSN, ssn())
        elif r < 0.6:
            b.t("brother ")
            b.p(PERSON, person(cc).first)
            b.t(" also member")
        else:
            b.t(ch(["prefers SMS", "DO NOT CALL before 10", "moved from " + neg("PC"), "sku " + neg("SKU"), "VIP"]))
        b.t("')" + (",\n" if i < n - 1 else ";\n"))
    return "en"


def k_xml_partner_order_feed(b):
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<PartnerOrders source="marketplace-bridge" batch="' + dig(8) + '">\n')
    for _ in range(R.randint(1, 2)):
        cc = ch(MIX)
        p = person(cc)
        b.t(f'  <Order id="{neg("ORD")}" currency="{ch(["EUR", "GBP", "USD", "PLN"])}">\n    <Buyer>\n      <Name>')
        b.p(PERSON, p.full())
        b.t("</Name>\n      <Phone>")
        b.p(PHONE, phone(cc, ch(["intl", "intl_compact", "nat"])))
        b.t("</Phone>\n      <Email>")
        b.p(EMAIL, email(p))
        b.t("</Email>\n    </Buyer>\n    <ShipTo>\n      <Attention>")
        q = person(cc) if R.random() < 0.4 else p
        b.p(PERSON, q.form(ch(["full", "caps"])))
        b.t("</Attention>\n      <PostalAddress>")
        b.p(ADDR, addr_str(address(cc), ch(["block", "line", "caps"])))
        b.t("</PostalAddress>\n    </ShipTo>\n    <Line sku=\"" + neg("SKU") + "\" qty=\"" + str(R.randint(1, 4)) + "\">" + ch(STREET_PRODUCTS + PLACE_BRANDS).replace("&", "&amp;") + "</Line>\n")
        b.t("    <Carrier tracking=\"" + neg("TRK") + "\"/>\n  </Order>\n")
    b.t("</PartnerOrders>\n")
    return "en"


def k_toml_store_locations(b):
    b.t("# stores.toml - synced from the estates spreadsheet, do not edit by hand\n")
    for _ in range(R.randint(1, 2)):
        cc = ch(["GB", "IE", "DE", "NL", "FR", "AU", "ZA", "PL", "SE", "IT"])
        p = noapos(cc)
        city = city_of(cc)
        b.t(f"\n[stores.{strip_acc(city).lower().replace(' ', '_').replace('-', '_')}_{ch(['central', 'retail_park', 'high_st', 'outlet'])}]\nstore_no = {R.randint(100, 999)}\nmanager = \"")
        b.p(PERSON, p.full())
        b.t("\"\nphone = \"")
        b.p(PHONE, phone(cc))
        b.t("\"\naddress = \"\"\"\n")
        b.p(ADDR, addr_str(address(cc), "block"))
        b.t("\"\"\"\nregion = \"")
        b.p(LOC, ch(REGIONS[cc]))
        b.t(f"\"\nopening = \"09:00-17:30\"\nbanner = \"{ch(CAPS)}\"\n")
        if R.random() < 0.5:
            b.t("deputy = \"")
            b.p(PERSON, person(cc).form(ch(["first", "full"])))
            b.t("\"\n")
    return "en"


def k_gateway_audit_kv(b):
    for _ in range(R.randint(3, 4)):
        cc = ch(MIX)
        p = person(cc)
        b.t(f"ts=2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z lvl=info svc=llm-gw tenant={ch(['shopfront', 'crm-sync', 'helpdesk'])} src_ip=")
        b.p(IP, ip())
        b.t(" user_email=")
        b.p(EMAIL, email(p))
        b.t(" prompt_excerpt=\"")
        r = R.random()
        if r < 0.3:
            b.t("rewrite this reply to ")
            b.p(PERSON, p.first)
            b.t(" - her parcel went to ")
            b.p(ADDR, addr_str(address(cc), "line"))
            b.t(" by mistake")
        elif r < 0.55:
            b.t("summarise call w/ ")
            b.p(PERSON, p.form(ch(["full", "lower"])))
            b.t(", cb ")
            b.p(PHONE, phone(cc))
        elif r < 0.7:
            b.t("customer pasted card ")
            b.p(CARD, card())
            b.t(" pls redact")
        else:
            b.t(f"write {ch(CAPS)} banner for {ch(BRANDS)} promo in ")
            b.p(LOC, city_of(cc))
        b.t(f"\" tokens={R.randint(80, 3000)} model=gw-small latency_ms={R.randint(90, 4000)}\n")
    return "en"


WEBHOOK_MSG = {
    "en": ["Hi, can someone call me back about the {N:BRAND} order? My husband {P2:first} placed it.", "Please update my address, I moved from {L}.", "Donation: please use card {CC}"],
    "de": ["Bitte rufen Sie mich zurück, mein Mann {P2:first} hat bestellt.", "Neue Adresse, ich bin aus {L} weggezogen."],
    "es": ["Llámenme por favor, el pedido lo hizo mi pareja {P2:first}.", "Me mudé desde {L}, actualicen la dirección."],
    "it": ["Richiamatemi, l'ordine l'ha fatto mia sorella {P2:first}.", "Mi sono trasferita da {L}."],
    "nl": ["Graag terugbellen, mijn vriend {P2:first} heeft besteld.", "Ik ben verhuisd uit {L}."],
    "pl": ["Proszę o telefon, zamawiała moja siostra {P2:first}.", "Przeprowadziłam się z {L}."],
    "sv": ["Ring mig gärna, min sambo {P2:first} beställde.", "Jag har flyttat från {L}."],
    "ro": ["Vă rog să mă sunați, comanda a făcut-o {P2:first}.", "M-am mutat din {L}."],
    "pt-BR": ["Me liguem por favor, quem comprou foi a {P2:first}.", "Mudei de {L}, atualizem o endereço."],
}


def k_webhook_payload_form_submit(b):
    lang = ch(list(WEBHOOK_MSG))
    cc = ch(LANG_CC[lang])
    ctx = Ctx(cc, lang)
    p = ctx.P("1")
    b.t('{\n  "event": "form.submitted",\n  "form": "' + ch(["callback-request", "change-of-address", "membership-enquiry", "donation"]) + '",\n  "submitted_at": "' + neg("DATE") + '",\n  "meta": {"ip": "')
    b.p(IP, ip())
    b.t('", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "utm_campaign": "' + ch(CAPS).lower().replace(" ", "_") + '"},\n  "fields": [\n    {"label": "Name", "value": "')
    b.p(PERSON, p.form(ch(["full", "full", "lower", "caps"])))
    b.t('"},\n    {"label": "Phone", "value": "')
    b.p(PHONE, phone(cc, ch(["chat", "nat", "intl"])))
    b.t('"},\n    {"label": "Email", "value": "')
    b.p(EMAIL, email(p))
    b.t('"},\n    {"label": "Address", "value": "')
    b.p(ADDR, addr_str(address(cc), ch(["line", "lower"])))
    b.t('"},\n    {"label": "Message", "value": "')
    render(b, ch(WEBHOOK_MSG[lang]), ctx)
    b.t('"}\n  ]\n}')
    return lang


def k_fixed_width_billing_extract(b):
    cc = ch(["GB", "US", "IE", "ZA", "AU"])
    b.t("ACCTNO     SURNAME         FORENAME    PHONE            SUPPLY ADDRESS                                        BAL\n")
    for _ in range(R.randint(2, 3)):
        p = person(cc)
        b.t(f"{dig(10)} ")
        ln = p.last.upper()
        b.p(PERSON, ln)
        b.t(" " * max(1, 16 - len(ln)))
        fn = p.first.upper()
        b.p(PERSON, fn)
        b.t(" " * max(1, 12 - len(fn)))
        ph = phone(cc, "nat_compact")
        b.p(PHONE, ph)
        b.t(" " * max(1, 17 - len(ph)))
        a = addr_str(address(cc), "caps")
        b.p(ADDR, a)
        b.t(" " * max(1, 54 - len(a)))
        b.t(f"{R.randint(0, 999):06d}.{R.randint(0, 99):02d}{ch(['', 'CR', 'DR'])}\n")
    if cc == "US" and R.random() < 0.7:
        b.t("TRAILER SSN-CHECK ")
        b.p(SSN, ssn("compact"))
        b.t(f" RECS={R.randint(3, 5)}\n")
    else:
        b.t(f"TRAILER RECS={R.randint(3, 5)} MPAN {neg('MPAN')}\n")
    return "en"


def k_frontdesk_pipe_feed(b):
    cc = ch(["GB", "US", "ZA", "IE", "AU", "NG", "IN"])
    b.t(f"MSH|^~\\&|FRONTDESK|{ch(['ELMCLINIC', 'HARBOURDENTAL', 'RIVERSIDEGP'])}|CRM|MKT|2025{dig(4)}{dig(4)}||ADT^A04|{dig(8)}|P|2.5\n")
    for k in range(1):
        p = noapos(cc)
        b.t(f"PID|{k + 1}||{dig(7)}^^^MRN||")
        b.p(PERSON, p.last.upper())
        b.t("^")
        b.p(PERSON, p.first.upper())
        b.t(f"^^^{ch(['MR', 'DR']) if p.gender == 'm' else ch(['MRS', 'MS', 'DR'])}||19{R.randint(40, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}|{ch('MFU')}|||")
        lines = address(cc)
        b.p(ADDR, "^".join(lines))
        b.t("||")
        b.p(PHONE, phone(cc, "nat"))
        b.t("|")
        if R.random() < 0.5:
            b.p(PHONE, phone(cc, "intl"))
        b.t("|||||")
        if cc == "US" and R.random() < 0.6:
            b.p(SSN, ssn())
        b.t("\n")
        q = person(cc)
        b.t("NK1|1|")
        b.p(PERSON, q.last.upper())
        b.t("^")
        b.p(PERSON, q.first.upper())
        b.t(f"|{ch(['SPO', 'DAU', 'SON', 'FND'])}||")
        b.p(PHONE, phone(cc))
        b.t("\n")
    b.t(f"PV1|1|O|RECEPTION^^^{ch(['ELM', 'HARBOUR'])}||||{dig(6)}^")
    d = person(cc)
    b.p(PERSON, d.last.upper())
    b.t("^")
    b.p(PERSON, d.first.upper())
    b.t("^^^DR\n")
    return "en"


def k_edifact_despatch_nad(b):
    cc = ch(["DE", "NL", "GB", "FR", "PL", "SE", "IT", "ES"])
    p = noapos(cc)
    b.t(f"UNB+UNOC:3+{dig(13)}:14+{dig(13)}:14+{dig(6)}:{dig(4)}+{dig(6)}'\nUNH+1+DESADV:D:96A:UN'\nBGM+351+{dig(9)}+9'\nDTM+137:2025{dig(4)}:102'\n")
    b.t("NAD+DP+++")
    b.p(PERSON, p.full().replace("'", ""))
    b.t("+")
    lines = address(cc)
    if len(lines) >= 2:
        b.p(ADDR, "+".join(l.replace("'", "").replace("+", " ") for l in lines))
    b.t(f"'\nCTA+DL+:")
    b.p(PERSON, person(cc).full().replace("'", ""))
    b.t("'\nCOM+")
    b.p(PHONE, phone(cc, ch(["intl_compact", "nat_compact"])))
    b.t(":TE'\nCOM+")
    b.p(EMAIL, email(p))
    b.t(f":EM'\nLIN+1++{dig(13)}:EN'\nQTY+12:{R.randint(1, 40)}'\nUNT+9+1'\nUNZ+1+{dig(6)}'")
    return "en"


def k_ldif_directory_export(b):
    for _ in range(R.randint(1, 2)):
        cc = ch(MIX)
        p = noapos(cc)
        b.t(f"dn: uid=u{dig(5)},ou=people,dc=kauri,dc=io\nobjectClass: inetOrgPerson\ncn: ")
        b.p(PERSON, p.full())
        b.t("\ngivenName: ")
        b.p(PERSON, p.first)
        if not p.single:
            b.t("\nsn: ")
            b.p(PERSON, p.last)
        b.t("\nmail: ")
        b.p(EMAIL, email(p))
        b.t("\ntelephoneNumber: ")
        b.p(PHONE, phone(cc, "intl"))
        b.t(f"\ntitle: {ch(JOBS)}\npostalAddress: ")
        b.p(ADDR, "$".join(address(cc)))
        b.t("\nl: ")
        b.p(LOC, city_of(cc))
        if R.random() < 0.5:
            b.t("\nmanager: cn=")
            b.p(PERSON, person(cc).full())
            b.t(",ou=people,dc=kauri,dc=io")
        b.t("\n\n")
    return "en"


def k_raw_mime_headers(b):
    cc = ch(MIX)
    p = noapos(cc)
    b.t("Return-Path: <")
    e = email(p)
    b.p(EMAIL, e)
    b.t(">\nReceived: from mx-out.example.net (")
    b.p(IP, ipv4())
    b.t(f") by inbound.helpdesk.local with ESMTPS id {dig(6)}{ch('ABCDEF')}\nX-Originating-IP: [")
    b.p(IP, ipv4())
    b.t("]\nFrom: \"")
    b.p(PERSON, p.form(ch(["lastfirst", "full", "caps"])))
    b.t("\" <")
    b.p(EMAIL, e)
    b.t(">\nTo: Bookings <")
    b.p(EMAIL, ch(["bookings", "frontdesk", "members", "hello"]) + "@" + ch(ORG_DOMAINS))
    b.t(f">\nSubject: Re: [{neg('REF')}] ")
    r = R.random()
    if r < 0.5:
        b.t("change of address - ")
        b.p(ADDR, addr_str(address(cc), "line"))
    else:
        b.t("call me on ")
        b.p(PHONE, phone(cc))
    b.t(f"\nDate: {neg('DATE')}\nContent-Type: text/plain; charset=utf-8\n\n")
    b.t(ch(["Hi ", "Hello ", "Dear "]))
    b.p(PERSON, person(cc).first)
    b.t(f", as discussed. {ch(CAPS).capitalize()}? Not interested.\n-- \n")
    b.p(PERSON, p.form("first"))
    return "en"


def k_kanban_card_export(b):
    cc = ch(EN_CC)
    b.t(f"Board: CX Escalations / List: {ch(['Waiting on customer', 'To call', 'Done this week'])}\n")
    for _ in range(R.randint(1, 2)):
        p = person(cc)
        o = person(cc)
        b.t("- [ ] Call back ")
        t = title("en", p)
        b.t(t + " ")
        b.p(PERSON, p.last)
        b.t(" re ")
        b.t(ch(["refund " + neg("ORD"), "damaged " + ch(STREET_PRODUCTS), "missed delivery", "loyalty points"]))
        b.t(" (")
        b.p(PHONE, phone(cc, "chat"))
        b.t(")  @")
        b.p(PERSON, o.first)
        b.t(f"  due {neg('DATE')}\n")
        if R.random() < 0.5:
            b.t("    comment: ")
            b.p(PERSON, person(cc).first.lower())
            b.t(" says the address on file is wrong, should be ")
            b.p(ADDR, addr_str(address(cc), ch(["line", "lower"])))
            b.t("\n")
    b.t(f"Labels: {ch(CAPS)}, {ch(['P1', 'P2', 'VIP'])}\n")
    return "en"


VOL_HDR = {"en": ["Timestamp", "Full name", "Email", "Mobile", "Postal address", "Which shifts?", "Anything else?"],
           "de": ["Zeitstempel", "Name", "E-Mail", "Handy", "Postanschrift", "Schichten", "Anmerkungen"],
           "nl": ["Tijdstempel", "Naam", "E-mail", "Mobiel", "Postadres", "Diensten", "Opmerkingen"],
           "es": ["Marca temporal", "Nombre completo", "Correo", "Móvil", "Dirección postal", "Turnos", "Comentarios"],
           "fr": ["Horodatage", "Nom complet", "E-mail", "Portable", "Adresse postale", "Créneaux", "Remarques"]}
VOL_NOTE = {"en": ["coming with my friend {P2:first}", "no", "can drive the van", "{P2:full} can cover if I can't", "allergic to nuts"],
            "de": ["komme mit {P2:first}", "nein", "kann den Transporter fahren"], "nl": ["kom met {P2:first}", "nee", "kan rijden"],
            "es": ["voy con {P2:first}", "no", "puedo conducir"], "fr": ["je viens avec {P2:first}", "non", "je peux conduire"]}


def k_volunteer_signup_responses(b):
    lang = ch(["en", "en", "de", "nl", "es", "fr"])
    b.t(",".join(VOL_HDR[lang]) + "\n")
    for _ in range(R.randint(1, 3)):
        cc = ch(LANG_CC[lang])
        ctx = Ctx(cc, lang)
        p = ctx.P("1")
        b.t(f"{neg('DATE')} {neg('TIME')},")
        b.p(PERSON, p.form(ch(["full", "full", "lower", "caps", "first"])))
        b.t(",")
        b.p(EMAIL, email(p))
        b.t(",")
        b.p(PHONE, phone(cc, ch(["chat", "nat", "intl"])))
        b.t(",\"")
        b.p(ADDR, addr_str(address(cc), ch(["block", "line", "block"])))
        b.t("\",\"" + ch(["Sat AM", "Sun PM; Sat AM", "any", "Sa Vormittag", "weekend"]) + "\",\"")
        render(b, ch(VOL_NOTE[lang]), ctx)
        b.t("\"\n")
    return lang


def k_crm_field_audit_trail(b):
    cc = ch(MIX)
    p = person(cc)
    lang = "en"
    b.t(f"Audit trail - contact {dig(7)} (")
    b.p(PERSON, p.full())
    b.t(")\n")
    actors = [person(ch(EN_CC)) for _ in range(2)]
    for _ in range(R.randint(2, 3)):
        f = ch(["mobile", "mailing_address", "last_name", "email", "secondary_contact"])
        b.t(f"{neg('DATE')} {neg('TIME')}  field={f}  old=\"")
        if f == "mobile":
            b.p(PHONE, phone(cc))
            b.t("\"  new=\"")
            b.p(PHONE, phone(cc, ch(["intl", "chat"])))
        elif f == "mailing_address":
            b.p(ADDR, addr_str(address(cc), "line"))
            b.t("\"  new=\"")
            b.p(ADDR, addr_str(address(cc), ch(["line", "caps"])))
        elif f == "last_name":
            q = person(cc)
            b.p(PERSON, p.last if p.last else p.first)
            b.t("\"  new=\"")
            b.p(PERSON, q.last if q.last else q.first)
        elif f == "email":
            b.p(EMAIL, email(p))
            b.t("\"  new=\"")
            b.p(EMAIL, email(p))
        else:
            b.t("")
            b.t("(blank)\"  new=\"")
            b.p(PERSON, person(cc).full())
        b.t("\"  by=")
        a = ch(actors)
        if R.random() < 0.3:
            b.t("integration:zapier")
        else:
            b.p(PERSON, a.form(ch(["full", "first", "init"])))
        b.t("\n")
    return lang


def k_teams_channel_export(b):
    cc = ch(EN_CC)
    ppl = [person(cc) for _ in range(3)]
    cust = person(ch(MIX))
    b.t(f"Channel: #store-ops-{ch(['north', 'south', 'ie', 'metro'])}  (exported {neg('DATE')})\n\n")
    lines = [
        lambda: (b.t("@"), b.p(PERSON, ppl[1].first), b.t(" can you ring "), b.p(PERSON, cust.form(ch(["full", "lower"]))), b.t(" back? number on the ticket is "), b.p(PHONE, phone(cust.cc if cust.cc in PH else cc)), b.t(" - she's cross about the "), b.t(ch(BRANDS)), b.t(" return")),
        lambda: (b.t("on it. ask "), b.p(PERSON, ppl[2].first.lower()), b.t(" whether the "), b.p(LOC, city_of(cc)), b.t(" store has stock")),
        lambda: (b.t("fyi her new addr: "), b.p(ADDR, addr_str(address(cc), ch(["line", "lower"])))),
        lambda: (b.t(ch(CAPS) + " starts fri, whoever has the "), b.t(ch(STREET_PRODUCTS)), b.t(" POS please bin it")),
        lambda: (b.p(PERSON, ch([ppl[0], ppl[2]]).first), b.t("'s covering the till, "), b.p(PERSON, ch(WORD_FIRST)), b.t(" will do close")),
    ]
    R.shuffle(lines)
    for i, fn in enumerate(lines[:R.randint(2, 4)]):
        a = ppl[i % 3]
        b.t(f"[{neg('TIME')}] ")
        b.p(PERSON, a.form(ch(["lastfirst", "full"])))
        b.t("\n")
        fn()
        b.t("\n\n")
    return "en"


def k_discord_support_thread(b):
    cc = ch(EN_CC)
    mod = person(cc)
    u = person(ch(MIX))
    b.t(f"#help-orders  |  thread: \"where's my stuff\"\n")
    b.t("user_4471 — Today at " + neg("TIME") + "\nordered the Abbey Road vinyl bundle 2 weeks ago, order " + neg("ORD") + ", still nothing?? name on it is ")
    b.p(PERSON, u.form(ch(["full", "lower"])))
    b.t("\n")
    b.p(PERSON, mod.full())
    b.t(" [MOD] — Today at " + neg("TIME") + "\nhey! can you DM me the postcode only? don't post your full address here\n")
    b.t("user_4471 — Today at " + neg("TIME") + "\ntoo late lol it's ")
    b.p(ADDR, addr_str(address(u.cc if u.cc in C else cc), ch(["line", "lower"])))
    b.t(" and my # is ")
    b.p(PHONE, phone(u.cc if u.cc in PH else cc, "chat"))
    b.t("\n")
    b.p(PERSON, mod.first)
    b.t(" [MOD] — Today at " + neg("TIME") + "\nok deleting that. pinging ")
    b.t("@")
    b.p(PERSON, person(cc).first)
    b.t(f" from fulfilment. tracking shows {neg('TRK')} stuck in ")
    b.p(LOC, ch(FOREIGN_PLACES))
    b.t("\n")
    return "en"


def k_telegram_bot_log(b):
    lang = ch(["en", "tr", "id", "pt-BR", "en"])
    cc = ch(LANG_CC[lang])
    p = person(cc)
    msgs = {"en": ["hi I want to change delivery address", "my number is ", "thanks"], "tr": ["merhaba adresimi değiştirmek istiyorum", "numaram ", "teşekkürler"],
            "id": ["halo mau ganti alamat kirim", "nomor saya ", "makasih"], "pt-BR": ["oi quero mudar o endereço", "meu número é ", "valeu"]}[lang]
    b.t(f"[bot:shop_helper] update_id={dig(9)}\n  from: {{id: {dig(10)}, first_name: \"")
    b.p(PERSON, p.first)
    b.t("\"")
    if not p.single:
        b.t(", last_name: \"")
        b.p(PERSON, p.last if not p.fam_first else p.last)
        b.t("\"")
    b.t(f", language_code: \"{lang[:2]}\"}}\n  text: \"{msgs[0]}\"\n[bot:shop_helper] update_id={dig(9)}\n  text: \"")
    b.p(ADDR, addr_str(address(cc), ch(["line", "lower"])))
    b.t(f"\"\n[bot:shop_helper] update_id={dig(9)}\n  text: \"{msgs[1]}")
    b.p(PHONE, phone(cc, "chat"))
    b.t(f" {msgs[2]}\"\n[bot] reply: \"OK ")
    b.p(PERSON, p.first)
    b.t(f"! Order {neg('ORD')} updated.\"\n")
    return lang


def _chat(b, lines, ctx):
    for who, tpl in lines:
        b.t(who)
        render(b, tpl, ctx)
        b.t("\n")


def k_line_oa_chat(b):
    ctx = Ctx("JP", "ja")
    p = ctx.P("1")
    lines = [(f"{neg('TIME')} ", "{P1:full}：すみません、注文{N:ORD}の配送先を変更したいです"),
             (f"{neg('TIME')} ショップ：", "{P1:last}様、お問い合わせありがとうございます。担当の{P2:last}です。新しいご住所をお送りください。"),
             (f"{neg('TIME')} ", "{P1:full}：{A1:jp}でお願いします。電話は{PH1:nat}です"),
             (f"{neg('TIME')} ショップ：", "承知しました。{N:CAPS}キャンペーン対象です。[[受取人は{P3:full}様でよろしいですか？|ご家族の{P3:first}様宛でしょうか？]]")]
    _chat(b, lines, ctx)
    return "ja"


def k_kakaotalk_channel_chat(b):
    ctx = Ctx("KR", "ko")
    lines = [(f"[{ctx.P('1').full()}] [{neg('TIME')}] ", "안녕하세요 주문번호 {N:ORD} 배송지 변경 가능할까요?"),
             (f"[상담원] [{neg('TIME')}] ", "{P1:full}님 안녕하세요, 상담원 {P2:full}입니다. 변경할 주소 알려주세요."),
             (f"[{ctx.P('1').full()}] [{neg('TIME')}] ", "{A1:line} 입니다. 연락처는 {PH1:nat}이에요"),
             (f"[상담원] [{neg('TIME')}] ", "확인했습니다. 수령인 {P3:full}님 맞으신가요? {N:CAPS}")]
    b.t(f"채널 상담 #{dig(6)}\n")
    # names in [brackets] are rendered through placeholders for spans
    for who, tpl in lines:
        if who.startswith("[" + ctx.P("1").full() + "]"):
            b.t("[")
            b.p(PERSON, ctx.P("1").full())
            b.t("] " + who.split("] ", 1)[1])
        else:
            b.t(who)
        render(b, tpl, ctx)
        b.t("\n")
    return "ko"


def k_zalo_shop_chat(b):
    ctx = Ctx("VN", "vi")
    p = ctx.P("1")
    b.p(PERSON, p.full())
    b.t(f" {neg('TIME')}\nshop ơi cho mình đổi địa chỉ giao đơn {neg('ORD')}\nShop {ch(['Mây Handmade', 'Cà Phê Mộc', 'Bánh Ngọt Hoa'])} {neg('TIME')}\n")
    pr = "chị" if p.gender == "f" else "anh"
    render(b, "Dạ chào " + pr + " {P1:first}, em là {P2:first} bên shop ạ. " + pr.capitalize() + " gửi địa chỉ mới giúp em nha\n", ctx)
    b.t(f"Khách {neg('TIME')}\n")
    render(b, "{A1:line}, sđt {PH1:chat}. người nhận là {P3:full} nhé\n", ctx)
    b.t("Shop " + neg("TIME") + "\n")
    render(b, "Dạ ok ạ, ship từ {L} 2-3 ngày. {N:CAPS}\n", ctx)
    return "vi"


def k_sms_gateway_dlr_report(b):
    cc = ch(MIX)
    lang = "en"
    b.t("msisdn,status,submitted,template,rendered_body\n")
    for _ in range(R.randint(2, 4)):
        p = person(cc)
        b.p(PHONE, phone(cc, ch(["intl_compact", "intl_compact", "nat_compact"])))
        b.t(f",{ch(['DELIVRD', 'UNDELIV', 'EXPIRED', 'DELIVRD'])},{neg('DATE')} {neg('TIME')},{ch(['appt_v3', 'pickup_ready', 'renewal_due'])},\"Hi ")
        b.p(PERSON, p.form(ch(["first", "first", "caps", "lowfirst"])))
        b.t(f", {ch(['your order is ready to collect from our ', 'your appointment is confirmed at our ', 'your membership renews soon at '])}")
        b.p(LOC, city_of(cc))
        b.t(f" branch. Ref {neg('REF')}. STOP to opt out\"\n")
    return lang


def k_ivr_callback_queue(b):
    cc = ch(EN_CC + ["DE", "NL", "FR"])
    b.t("queue       cli                 cli_name           wait  agent\n")
    for _ in range(R.randint(2, 4)):
        p = person(cc)
        b.t(f"{ch(['billing', 'faults', 'moving', 'sales'])}".ljust(12))
        ph = phone(cc, ch(["intl_compact", "nat_compact", "intl"]))
        b.p(PHONE, ph)
        b.t(" " * max(1, 20 - len(ph)))
        r = R.random()
        if r < 0.3:
            b.t("WITHHELD".ljust(19))
        else:
            nm = (p.last.upper() + " " + p.first[0]) if not p.fam_first else p.full().upper()
            b.p(PERSON, nm)
            b.t(" " * max(1, 19 - len(nm)))
        b.t(f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d} ")
        if R.random() < 0.7:
            b.p(PERSON, person(cc).first)
        else:
            b.t("-")
        b.t("\n")
    return "en"


def k_product_feed_snippet(b):
    b.t("id\ttitle\tbrand\tgtin\tprice\tshipping_note\n")
    for _ in range(R.randint(3, 5)):
        b.t(f"{neg('SKU')}\t{ch(STREET_PRODUCTS + PLACE_BRANDS)}\t{ch(BRANDS)}\t{dig(13)}\t{neg('PRICE')}\t")
        r = R.random()
        if r < 0.35:
            b.t("ships from ")
            b.p(LOC, ch(FOREIGN_PLACES))
        elif r < 0.5:
            b.t(f"{ch(CAPS)} - made in ")
            b.p(LOC, ch(["Portugal", "Italy", "Vietnam", "Türkiye", "Poland", "Japan"]))
        else:
            b.t(ch(["2-3 working days", "pre-order", "postcode " + neg("PC") + " excluded", "batch " + neg("NUM")]))
        b.t("\n")
    return "en"


def k_benefits_enrollment_roster(b):
    b.t(f"OPEN ENROLLMENT {R.randint(2025, 2026)} - store #{R.randint(100, 999)} ({ch(['Bakery', 'Front End', 'Pharmacy', 'Deli'])})\nemp_id | employee | ssn | plan | dependents\n")
    for _ in range(R.randint(1, 3)):
        p = person("US")
        b.t(f"{dig(6)} | ")
        b.p(PERSON, p.form(ch(["lastfirst", "full", "caps"])))
        b.t(" | ")
        if R.random() < 0.2:
            b.t("XXX-XX-" + dig(4))
        else:
            b.p(SSN, ssn())
        b.t(f" | {ch(['PPO Gold', 'HDHP + HSA', 'HMO Silver'])} | ")
        if R.random() < 0.6:
            q = person("US")
            b.p(PERSON, q.first)
            b.t(" (spouse, ")
            b.p(SSN, ssn())
            b.t(")")
        else:
            b.t("none")
        b.t("\n")
    b.t(f"Questions: HR Service Center, ask for ")
    b.p(PERSON, person("US").form(ch(["first", "full"])))
    b.t(" ")
    b.p(PHONE, phone("US"))
    b.t(f". Employer EIN {dig(2)}-{dig(7)}. Do not email this sheet.\n")
    return "en"


def k_carrier_manifest_summary(b):
    b.t(f"MANIFEST {dig(8)}  depot {ch(['LDS2', 'AMS1', 'WAW3', 'DUB1', 'MEL4'])}  closed {neg('DATE')} {neg('TIME')}\n")
    b.t("consignment            pcs  kg     service   dest_pc   ref\n")
    for _ in range(R.randint(3, 6)):
        b.t(f"{neg('TRK'):<22} {R.randint(1, 9):<4} {R.randint(1, 40)}.{R.randint(0, 9)}   {ch(['NDAY', 'ECON', 'PM12', 'SAT'])}      {neg('PC'):<9} {neg('ORD')}\n")
    b.t(f"totals: {R.randint(10, 80)} pcs / {R.randint(100, 900)} kg  surcharge {neg('PRICE')}  seal {dig(7)}  trailer {neg('PLATE')}\n")
    if R.random() < 0.4:
        b.t("note: 3 parcels held at ")
        b.p(LOC, ch(FOREIGN_PLACES))
        b.t(" hub (customs)\n")
    return "en"


AB_COPY = ["Variant A: \"{c} - {b} now 30% off\"", "Variant B: \"Meet the {p}. Only at our flagship.\"", "Variant C: \"{c}: the {p} is back in stock\"",
           "Subject line test: \"Your {b} edit\" vs \"{c}\"", "Hero banner: \"{p}\" - CTA SHOP NOW", "Footer: (c) Kauri Retail Ltd. Reg no {n}. Unsubscribe."]


def k_ab_test_copy_variants(b):
    lang = "en"
    b.t(f"A/B copy review - campaign {neg('REF')} ({ch(['spring', 'BF', 'loyalty relaunch', 'back to school'])})\nOwner: {ch(JOBS)}\n")
    for line in R.sample(AB_COPY, R.randint(3, 5)):
        b.t("- " + line.format(c=ch(CAPS), b=ch(BRANDS), p=ch(STREET_PRODUCTS + PLACE_BRANDS), n=dig(8)) + f"  CTR {R.randint(1, 9)}.{R.randint(0, 9)}%\n")
    if R.random() < 0.45:
        b.t("Legal asked us to drop the \"as worn in ")
        b.p(LOC, ch(FOREIGN_PLACES))
        b.t("\" claim.\n")
    if R.random() < 0.35:
        b.t("Approved by ")
        b.p(PERSON, person(ch(EN_CC)).first)
        b.t(".\n")
    return lang


CODE_KINDS = {
    "sql_insert_dump": k_sql_insert_dump, "xml_partner_order_feed": k_xml_partner_order_feed, "toml_store_locations": k_toml_store_locations,
    "gateway_audit_kv": k_gateway_audit_kv, "webhook_payload_form_submit": k_webhook_payload_form_submit,
    "fixed_width_billing_extract": k_fixed_width_billing_extract, "frontdesk_pipe_feed": k_frontdesk_pipe_feed,
    "edifact_despatch_nad": k_edifact_despatch_nad, "ldif_directory_export": k_ldif_directory_export, "raw_mime_headers": k_raw_mime_headers,
    "kanban_card_export": k_kanban_card_export, "volunteer_signup_responses": k_volunteer_signup_responses,
    "crm_field_audit_trail": k_crm_field_audit_trail, "teams_channel_export": k_teams_channel_export,
    "discord_support_thread": k_discord_support_thread, "telegram_bot_log": k_telegram_bot_log, "line_oa_chat": k_line_oa_chat,
    "kakaotalk_channel_chat": k_kakaotalk_channel_chat, "zalo_shop_chat": k_zalo_shop_chat, "sms_gateway_dlr_report": k_sms_gateway_dlr_report,
    "ivr_callback_queue": k_ivr_callback_queue, "product_feed_snippet": k_product_feed_snippet,
    "benefits_enrollment_roster": k_benefits_enrollment_roster, "carrier_manifest_summary": k_carrier_manifest_summary,
    "ab_test_copy_variants": k_ab_test_copy_variants,
}
CODE_COUNTS = {"sql_insert_dump": 8, "xml_partner_order_feed": 7, "toml_store_locations": 6, "gateway_audit_kv": 8, "webhook_payload_form_submit": 10,
               "fixed_width_billing_extract": 6, "frontdesk_pipe_feed": 6, "edifact_despatch_nad": 5, "ldif_directory_export": 5, "raw_mime_headers": 7,
               "kanban_card_export": 6, "volunteer_signup_responses": 8, "crm_field_audit_trail": 7, "teams_channel_export": 7,
               "discord_support_thread": 5, "telegram_bot_log": 7, "line_oa_chat": 8, "kakaotalk_channel_chat": 8, "zalo_shop_chat": 8,
               "sms_gateway_dlr_report": 6, "ivr_callback_queue": 6, "product_feed_snippet": 8,
               "benefits_enrollment_roster": 8, "carrier_manifest_summary": 9, "ab_test_copy_variants": 9}


# ---------------------------------------------------------------------------
# Plan, generate, check
# ---------------------------------------------------------------------------
TK_WEIGHT = {"gp_callback_list": 0.6, "parent_evening_booking": 0.6, "flash_day_queue": 0.6, "choir_phone_tree": 0.7, "kids_party_booking": 0.6,
             "club_subs_ledger": 0.6, "swim_lesson_register": 0.6, "docent_tour_roster": 0.5, "voucher_redemption_ledger": 0.6,
             "coworking_visitor_badges": 0.6, "ticket_transfer_will_call": 0.6, "press_collab_note": 0.7, "tip_pool_distribution": 0.7,
             "community_noticeboard_post": 1.6, "parcel_locker_notice": 1.3, "bulky_waste_booking": 1.5, "library_overdue_notice": 1.4,
             "pest_control_visit_report": 1.4, "locksmith_job_ticket": 1.5, "trade_in_valuation": 1.3, "solar_lead_qualification": 1.5,
             "removals_survey_quote": 1.6, "sim_roaming_bill_shock": 1.4, "dental_recall_postcard": 1.5, "vet_vaccination_recall": 1.4,
             "roadside_breakdown_dispatch": 1.3, "parking_permit_application": 1.3, "number_port_request": 1.5, "funeral_arrangement_form": 1.2,
             "viewing_feedback_letting": 1.4, "tattoo_consent_booking": 1.3, "rental_screening_application": 0.9}

def plan():
    slots = []
    for k, n in CODE_COUNTS.items():
        slots += [("code", k, None)] * n
    rest = N_SAMPLES - len(slots)
    tk = sorted(TK)
    wsum = sum(TK_WEIGHT.get(k, 1.0) for k in tk)
    per = {k: int(rest * TK_WEIGHT.get(k, 1.0) / wsum) for k in tk}
    for k in sorted(tk, key=lambda k: -TK_WEIGHT.get(k, 1.0))[: rest - sum(per.values())]:
        per[k] += 1
    for k in tk:
        langs = sorted(TK[k])
        off = R.randrange(len(langs))
        for i in range(per[k]):
            slots.append(("tpl", k, langs[(i + off) % len(langs)]))
    R.shuffle(slots)
    return slots


def build(slot):
    typ, kind, lang = slot
    b = B()
    if typ == "code":
        lang = CODE_KINDS[kind](b)
    else:
        cc = ch(KIND_CC.get(kind, {}).get(lang) or LANG_CC[lang])
        ctx = Ctx(cc, lang)
        render(b, ch(TK[kind][lang]), ctx, opt=HEAVY.get(kind))
    return kind, lang, b


def check(text, spans):
    last = 0
    for s in sorted(spans, key=lambda s: s["start"]):
        assert s["start"] >= last, ("overlap", s)
        assert 0 <= s["start"] < s["end"] <= len(text)
        seg = text[s["start"]:s["end"]]
        assert seg == seg.strip() and seg, ("ws", seg)
        if s["type"] == CARD:
            assert luhn_ok(seg), seg
        if s["type"] == IBAN_CODE_T:
            assert iban_ok(seg), seg
        if s["type"] == SSN:
            d = re.sub(r"\D", "", seg)
            assert len(d) == 9 and d[:3] not in ("000", "666") and int(d[:3]) < 900 and d[3:5] != "00" and d[5:] != "0000", seg
        last = s["end"]


IBAN_CODE_T = IBAN


def main():
    slots = plan()
    rows = []
    for i, slot in enumerate(slots):
        kind, lang, b = build(slot)
        text = b.text()
        for s in b.spans:
            assert text[s["start"]:s["end"]] == s["_v"], (kind, s)
        spans = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in b.spans]
        check(text, spans)
        assert "{" not in text or kind in ("webhook_payload_form_submit", "telegram_bot_log"), (kind, text)
        assert "[[" not in text, (kind, text)
        rows.append({"id": f"hard21-{i + 1}", "kind": kind, "lang": lang, "text": text, "spans": spans})
    assert len(rows) == N_SAMPLES
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert len(back) == N_SAMPLES and len({r["id"] for r in back}) == N_SAMPLES
    for r in back:
        check(r["text"], r["spans"])
    tc, kc, lc = Counter(), Counter(), Counter()
    for r in back:
        kc[r["kind"]] += 1
        lc[r["lang"]] += 1
        for s in r["spans"]:
            tc[s["type"]] += 1
    print(f"samples: {len(back)}  kinds: {len(kc)}  langs: {len(lc)}  spans: {sum(tc.values())}  empty samples: {sum(1 for r in back if not r['spans'])}")
    print("\nper type:")
    for k, v in tc.most_common():
        print(f"  {k:16s} {v:5d}  ({v / len(back):.2f}/sample)")
    print("\nper language:")
    for k, v in lc.most_common():
        print(f"  {k:6s} {v:4d}  ({100 * v / len(back):.1f}%)")
    print("\nper kind:")
    for k, v in sorted(kc.items()):
        print(f"  {k:32s} {v:3d}")
    print("\nall samples checked: offsets exact, no overlaps, Luhn/mod97/SSN ranges valid")


if __name__ == "__main__":
    main()
