#!/usr/bin/env python3
"""Blind PII evaluation set hard10 - hand-written pools and templates, stdlib only, deterministic."""
import json, os, re, random

R = random.Random(10)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard10.jsonl")

# ---------------------------------------------------------------- names
NAMES = {
 "en": (["Emily", "James", "Olivia", "Harry", "Grace", "Mark", "Rose", "Will", "Hope", "Daniel", "Chloe", "Liam", "Sophie", "Bill", "Megan", "Ryan"],
        ["Thompson", "Walker", "Hughes", "Bennett", "Carter", "Price", "Baker", "Fletcher", "Marsh", "Woods", "King", "Brooks", "Ellis", "Gardner"]),
 "ie": (["Siobhan", "Ciaran", "Aoife", "Niamh", "Padraig", "Orla"], ["O'Connor", "Byrne", "McCarthy", "O'Sullivan", "Gallagher", "Kavanagh"]),
 "us": (["Tyler", "Madison", "Jamal", "Brianna", "Kevin", "Ashley", "DeShawn", "Kayla", "Jordan", "Austin"],
        ["Johnson", "Rodriguez", "Nguyen", "Washington", "Miller", "Patterson", "Jackson", "Kowalczyk", "Sullivan", "Hernandez"]),
 "de": (["Lukas", "Anna", "Jonas", "Lena", "Felix", "Marie", "Tobias", "Katharina", "Jürgen", "Sabine", "Dirk", "Ute"],
        ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wagner", "Zimmermann", "Krüger"]),
 "at": (["Florian", "Theresa", "Maximilian", "Johanna"], ["Gruber", "Huber", "Pichler", "Steiner", "Moser"]),
 "ch": (["Reto", "Corinne", "Urs", "Nadine"], ["Meier", "Keller", "Brunner", "Baumann"]),
 "fr": (["Camille", "Louis", "Manon", "Hugo", "Léa", "Théo", "Chloé", "Mathilde", "Baptiste", "Élodie"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Lambert", "Mercier"]),
 "be": (["Wout", "Elise", "Pieter", "Amélie"], ["Peeters", "Janssens", "Maes", "Dupont"]),
 "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Sergio", "Paula", "Álvaro", "Nerea"],
        ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Ortega", "de la Fuente", "Iglesias"]),
 "mx": (["Guadalupe", "Diego", "Ximena", "Emiliano"], ["Hernández", "Ramírez", "Flores", "Cruz"]),
 "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Valentina", "Lorenzo", "Federica"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "De Luca", "Galli"]),
 "nl": (["Daan", "Sanne", "Bram", "Femke", "Joris", "Lotte", "Thijs", "Anouk"],
        ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder", "de Jong"]),
 "pt": (["João", "Inês", "Tiago", "Beatriz", "Rui", "Mariana"], ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Carvalho"]),
 "br": (["Thiago", "Larissa", "Gabriel", "Fernanda", "Rafael", "Camila"], ["Oliveira", "Souza", "Lima", "Almeida", "Rocha", "Barbosa"]),
 "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Zofia", "Łukasz"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"]),
 "se": (["Erik", "Astrid", "Oskar", "Linnea", "Johan", "Elin", "Maja"], ["Andersson", "Johansson", "Karlsson", "Lindqvist", "Nilsson", "Bergström"]),
 "dk": (["Mads", "Freja", "Rasmus", "Ida", "Søren", "Mette"], ["Jensen", "Nielsen", "Hansen", "Pedersen", "Christensen", "Rasmussen"]),
 "no": (["Ingrid", "Magnus", "Sigrid", "Henrik", "Kari", "Ola"], ["Hansen", "Johansen", "Olsen", "Larsen", "Haugen", "Bakke"]),
 "fi": (["Aino", "Juha", "Eero", "Sanna", "Mikko", "Kaisa"], ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen"]),
 "cz": (["Jan", "Tereza", "Petr", "Lucie", "Jiří", "Kateřina"], ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučera"]),
 "tr": (["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Selin"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"]),
 "jp": (["Haruto", "Yui", "Sota", "Aoi", "Kenji", "Yuki", "Hiroshi", "Sakura"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura"]),
 "kr": (["Minjun", "Seoyeon", "Jihoon", "Hayoon", "Ji-woo", "Hyun-woo"], ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"]),
 "cn": (["Wei", "Xiaoling", "Hao", "Mei", "Jun", "Yuxin"], ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang"]),
 "in": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Sneha"], ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon"]),
 "ng": (["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Tunde"], ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu"]),
 "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour"], ["Haddad", "El-Amin", "Mansour", "Khalil", "Benali"]),
 "vn": (["Linh", "Minh", "Thao", "Duc"], ["Nguyen", "Tran", "Pham", "Le"]),
}

def name_parts(cult=None):
    if cult is None:
        cult = R.choice(list(NAMES))
    f, l = NAMES[cult]
    return R.choice(f), R.choice(l)

def full_name(cult=None):
    f, l = name_parts(cult)
    return f + " " + l

ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "í": "i",
                       "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ø": "o", "å": "a", "æ": "ae", "ł": "l", "ś": "s", "ń": "n",
                       "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c", "ó": "o", "ı": "i", "ş": "s", "ğ": "g", "č": "c",
                       "ř": "r", "ý": "y", "ů": "u", "ě": "e", "š": "s", "ž": "z", "Ø": "O", "Å": "A", "Ä": "Ae", "Ö": "Oe",
                       "Ü": "Ue", "É": "E", "Ł": "L", "Ş": "S", "Ç": "C", "Ž": "Z", "Č": "C", "Š": "S", "Ř": "R", "ã": "a",
                       "õ": "o", "ô": "o", "â": "a", "Á": "A", "'": "", " ": "", "-": "", "Ö": "O", "ï": "i", "î": "i", "İ": "I"})

DOMAINS_PERSONAL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr", "free.fr", "libero.it",
                    "telefonica.net", "ziggo.nl", "sapo.pt", "wp.pl", "o2.pl", "telia.com", "live.dk", "online.no", "kolumbus.fi",
                    "seznam.cz", "icloud.com", "proton.me", "naver.com", "yahoo.co.jp", "uol.com.br", "bluewin.ch", "gmx.at"]
DOMAINS_WORK = ["northwind-retail.com", "brightlane.io", "kaffeehaus-gruppe.de", "maisonlumiere.fr", "verdeagency.es", "studio-tessile.it",
                "fietsfabriek.nl", "nordvik.se", "hyggehome.dk", "fjellsport.no", "sauna-tuote.fi", "pivovar-kopec.cz", "anatoliaturizm.com.tr",
                "lumenpr.co.uk", "acmeevents.com", "bluepeak-media.com"]

def email_for(first, last, work=False):
    f = first.lower().translate(ASCII); l = last.lower().translate(ASCII)
    pat = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}.{l}{n}", "{f}{n}"])
    local = pat.format(f=f, l=l, fi=f[0], n=R.randint(1, 99))
    return local + "@" + R.choice(DOMAINS_WORK if work else DOMAINS_PERSONAL)

# ---------------------------------------------------------------- digits helpers
def fill(pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        elif ch == "N":
            out.append(str(R.randint(1, 9)))
        elif ch == "A":
            out.append(str(R.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)

# ---------------------------------------------------------------- countries: cities, streets, address format, phones
C = {}
def country(code, lang, cults, cname, cities, streets, fmt, phones, iban=None):
    C[code] = dict(code=code, lang=lang, cults=cults, cname=cname, cities=cities, streets=streets, fmt=fmt, phones=phones, iban=iban)

country("US", "en", ["us", "en"], "USA",
        [("Portland", "OR 97205"), ("Austin", "TX 78701"), ("Columbus", "OH 43215"), ("Charlotte", "NC 28202"), ("Denver", "CO 80203"), ("Madison", "WI 53703")],
        ["Maple Avenue", "Oak Street", "W 4th Street", "Pine Ridge Road", "Elm Court", "Lincoln Blvd"],
        "us", ["(ANN) A##-####", "ANN-A##-####", "+1 ANN A## ####", "ANN.A##.####", "+1 (ANN) A##-####"], None)
country("CA", "en", ["en", "fr", "cn"], "Canada",
        [("Toronto", "ON M5V 2T6"), ("Vancouver", "BC V6B 1A1"), ("Montréal", "QC H2X 1Y4"), ("Calgary", "AB T2P 1J9")],
        ["Queen St W", "Rue Saint-Denis", "Granville Street", "Bloor St E"],
        "us", ["(ANN) A##-####", "+1 ANN-A##-####"], None)
country("GB", "en", ["en", "in", "ng"], "United Kingdom",
        [("Manchester", "M14 6HT"), ("London", "SE15 4QN"), ("Leeds", "LS6 2AB"), ("Bristol", "BS3 4DL"), ("Glasgow", "G12 8QQ"), ("Brighton", "BN2 1TW")],
        ["Kingsley Road", "Church Lane", "Victoria Street", "Albert Terrace", "Station Road", "Mill Close"],
        "gb", ["07### ######", "+44 7### ######", "020 7### ####", "+44 (0)20 7### ####", "0161 ### ####", "+447#########"], ("GB", "LLLL##############"))
country("IE", "en", ["ie"], "Ireland",
        [("Dublin 2", "D02 X285"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2W4")],
        ["Harcourt Street", "Oliver Plunkett Street", "Shop Street"],
        "ie", ["08N ### ####", "+353 8N ### ####", "01 ### ####"], ("IE", "LLLL##############"))
country("DE", "de", ["de"], "Deutschland",
        [("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098")],
        ["Lindenstraße", "Hauptstraße", "Schillerweg", "Goethestr.", "Am Mühlbach", "Friedrichstraße"],
        "de", ["0151 ########", "+49 151 ########", "030 #######", "+49 (0)30 ########", "+49 89 ######", "0176-#######", "+4917########"], ("DE", "##################"))
country("AT", "de", ["at", "de"], "Österreich",
        [("Wien", "1070"), ("Graz", "8010"), ("Salzburg", "5020")],
        ["Mariahilfer Straße", "Herrengasse", "Linzer Gasse"],
        "de", ["0664 #######", "+43 664 #######", "+43 1 #######"], ("AT", "################"))
country("CH", "de", ["ch", "fr", "it"], "Schweiz",
        [("Zürich", "8001"), ("Bern", "3011"), ("Genève", "1204"), ("Basel", "4051")],
        ["Bahnhofstrasse", "Rue du Rhône", "Marktgasse"],
        "de", ["079 ### ## ##", "+41 79 ### ## ##", "+41 44 ### ## ##"], ("CH", "#################"))
country("FR", "fr", ["fr"], "France",
        [("Lyon", "69003"), ("Paris", "75011"), ("Marseille", "13006"), ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000")],
        ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place du Marché", "impasse des Tilleuls"],
        "fr", ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "07.##.##.##.##", "+33 (0)7 ## ## ## ##", "0033 6 ## ## ## ##"], ("FR", "#######################"))
country("BE", "nl", ["be", "nl", "fr"], "België",
        [("Antwerpen", "2000"), ("Gent", "9000"), ("Bruxelles", "1000")],
        ["Meir", "Korenmarkt", "Rue de la Loi"],
        "nl", ["0470 ## ## ##", "+32 470 ## ## ##", "+32 2 ### ## ##"], ("BE", "############"))
country("ES", "es", ["es"], "España",
        [("Madrid", "28009"), ("Barcelona", "08012"), ("Valencia", "46004"), ("Sevilla", "41001"), ("Bilbao", "48001"), ("Málaga", "29015")],
        ["Calle de Alcalá", "Carrer de Verdi", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia"],
        "es", ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##", "+34 93 ### ## ##", "0034 6########"], ("ES", "####################"))
country("MX", "es", ["mx"], "México",
        [("Ciudad de México, CDMX", "03940"), ("Guadalajara, Jal.", "44100"), ("Monterrey, N.L.", "64000")],
        ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez"],
        "mx", ["55 #### ####", "+52 55 #### ####", "+52 33 #### ####"], None)
country("IT", "it", ["it"], "Italia",
        [("Milano", "20121", "MI"), ("Roma", "00184", "RM"), ("Torino", "10123", "TO"), ("Bologna", "40126", "BO"), ("Napoli", "80133", "NA")],
        ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Cavour", "Viale Monza"],
        "it", ["3## ### ####", "+39 3## #######", "02 #### ####", "+39 06 ########", "333/#######"], ("IT", "L######################"))
country("NL", "nl", ["nl"], "Nederland",
        [("Amsterdam", "1016 GV"), ("Utrecht", "3511 LX"), ("Rotterdam", "3011 AD"), ("Eindhoven", "5611 AB"), ("Groningen", "9711 JK")],
        ["Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsweg", "Lange Voorhout"],
        "nl", ["06-########", "+31 6 ########", "020-#######", "+31 (0)20 ### ####", "06 ## ## ## ##"], ("NL", "LLLL##########"))
country("PT", "pt", ["pt"], "Portugal",
        [("Lisboa", "1100-053"), ("Porto", "4050-262"), ("Coimbra", "3000-143"), ("Braga", "4700-312")],
        ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
        "pt", ["91# ### ###", "+351 91# ### ###", "21# ### ###", "+351 22# ### ###"], ("PT", "#####################"))
country("BR", "pt", ["br"], "Brasil",
        [("São Paulo - SP", "01426-001"), ("Rio de Janeiro - RJ", "22071-000"), ("Belo Horizonte - MG", "30130-010"), ("Curitiba - PR", "80010-000")],
        ["Rua Oscar Freire", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro"],
        "br", ["(11) 9####-####", "+55 11 9####-####", "(21) 9####-####", "+55 (31) 9####-####"], None)
country("PL", "pl", ["pl"], "Polska",
        [("Warszawa", "00-514"), ("Kraków", "31-042"), ("Wrocław", "50-077"), ("Gdańsk", "80-831"), ("Poznań", "61-772")],
        ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Długa", "ul. Świętego Marcina"],
        "pl", ["5## ### ###", "+48 5## ### ###", "+48 6########", "22 ### ## ##", "+48 12 ### ## ##"], ("PL", "########################"))
country("SE", "sv", ["se"], "Sverige",
        [("Stockholm", "111 21"), ("Göteborg", "411 05"), ("Malmö", "211 22"), ("Uppsala", "753 20")],
        ["Drottninggatan", "Storgatan", "Kungsportsavenyn", "Södra Förstadsgatan"],
        "se", ["070-### ## ##", "+46 70 ### ## ##", "08-### ### ##", "+46 8 ### ### ##", "073 ### ## ##"], ("SE", "####################"))
country("DK", "da", ["dk"], "Danmark",
        [("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000")],
        ["Nørrebrogade", "Strøget", "Vestergade", "Jægersborggade"],
        "dk", ["2# ## ## ##", "+45 2# ## ## ##", "+45 3# ## ## ##", "4#######"], ("DK", "##############"))
country("NO", "no", ["no"], "Norge",
        [("Oslo", "0159"), ("Bergen", "5003"), ("Trondheim", "7011")],
        ["Karl Johans gate", "Bryggen", "Thorvald Meyers gate", "Munkegata"],
        "no", ["4## ## ###", "+47 4## ## ###", "+47 9## ## ###", "22 ## ## ##"], ("NO", "###########"))
country("FI", "fi", ["fi"], "Suomi",
        [("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100")],
        ["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Kauppurienkatu"],
        "fi", ["040 ### ####", "+358 40 ### ####", "050 ### ####", "+358 9 ### ####"], ("FI", "##############"))
country("CZ", "cs", ["cz"], "Česká republika",
        [("Praha 10", "100 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00")],
        ["Vinohradská", "Masarykova", "Nádražní", "Husova"],
        "cz", ["6## ### ###", "+420 6## ### ###", "+420 7## ### ###", "7########"], ("CZ", "####################"))
country("TR", "tr", ["tr"], "Türkiye",
        [("Kadıköy", "34728", "İstanbul"), ("Çankaya", "06690", "Ankara"), ("Konak", "35250", "İzmir"), ("Muratpaşa", "07100", "Antalya")],
        ["Bağdat Caddesi", "Atatürk Bulvarı", "Kıbrıs Şehitleri Caddesi", "Cumhuriyet Sokak"],
        "tr", ["0532 ### ## ##", "+90 532 ### ## ##", "0(216) ### ## ##", "+90 5## ### ####", "05## ### ## ##"], ("TR", "#####0################"))
country("JP", "en", ["jp"], "Japan",
        [("Shibuya-ku, Tokyo", "150-0002", "Shibuya"), ("Kita-ku, Osaka", "530-0001", "Umeda"), ("Naka-ku, Yokohama", "231-0023", "Yamashitacho")],
        [], "jp", ["090-####-####", "+81 90-####-####", "03-####-####", "+81 3 #### ####", "080-####-####"], None)
country("KR", "en", ["kr"], "South Korea",
        [("Gangnam-gu, Seoul", "06133", "Teheran-ro"), ("Mapo-gu, Seoul", "04044", "Yanghwa-ro"), ("Haeundae-gu, Busan", "48095", "Haeundaehaebyeon-ro")],
        [], "kr", ["010-####-####", "+82 10-####-####", "02-###-####", "+82 2 #### ####"], None)
country("AU", "en", ["en", "cn", "vn"], "Australia",
        [("Fitzroy", "VIC 3065"), ("Surry Hills", "NSW 2010"), ("Fortitude Valley", "QLD 4006"), ("Fremantle", "WA 6160")],
        ["Smith Street", "Crown Street", "Brunswick Street", "High Street"],
        "au", ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "+61 2 #### ####"], None)
country("IN", "en", ["in"], "India",
        [("Bengaluru", "560038"), ("Mumbai", "400050"), ("Pune", "411001"), ("Chennai", "600017")],
        ["14th Cross, Indiranagar", "Hill Road, Bandra West", "FC Road, Shivajinagar", "Usman Road, T. Nagar"],
        "in", ["98### #####", "+91 98### #####", "+91-9#########", "080 #### ####"], None)

def pick_country(lang=None, codes=None):
    if codes:
        return C[R.choice(codes)]
    pool = [c for c in C.values() if lang is None or c["lang"] == lang]
    return R.choice(pool)

def phone(c, intl=None):
    pats = c["phones"]
    if intl is True:
        pats = [p for p in pats if p.startswith("+") or p.startswith("00")] or pats
    elif intl is False:
        pats = [p for p in pats if not (p.startswith("+") or p.startswith("00"))] or pats
    return fill(R.choice(pats))

def person_of(c):
    return name_parts(R.choice(c["cults"]))

def address(c, multiline=False, with_country=False):
    ci = R.choice(c["cities"])
    city, pc = ci[0], ci[1]
    f = c["fmt"]
    n = R.randint(1, 240)
    st = R.choice(c["streets"]) if c["streets"] else ""
    lines = []
    if f == "us":
        unit = R.choice(["", "", f"Apt {R.randint(1, 30)}{R.choice('ABCD')}", f"Suite {R.randint(100, 900)}", f"Unit {R.randint(1, 40)}"])
        l1 = f"{R.randint(10, 9999)} {st}"
        lines = [l1 + (", " + unit if unit and not multiline else ""), *( [unit] if unit and multiline else []), f"{city}, {pc}"]
    elif f == "gb":
        flat = R.choice(["", "", f"Flat {R.randint(1, 12)}", f"Flat {R.randint(1, 9)}{R.choice('ABC')}"])
        lines = ([flat] if flat else []) + [f"{n} {st}", city, pc] if multiline else [(flat + ", " if flat else "") + f"{n} {st}", f"{city} {pc}"]
    elif f == "ie":
        lines = [f"{n} {st}", city, pc]
    elif f == "de":
        extra = R.choice(["", "", f"/{R.randint(1, 20)}", f"{R.choice('ab')}"])
        lines = [f"{st} {n}{extra}", f"{pc} {city}"]
        if R.random() < 0.2:
            lines.insert(1, R.choice(["Hinterhaus, 3. OG", "c/o Agentur Blau", "Whg. 12"]))
    elif f == "fr":
        bis = R.choice(["", "", " bis", " ter"])
        lines = [f"{n}{bis} {st}", f"{pc} {city}"]
        if R.random() < 0.25:
            lines.insert(0, R.choice(["Bâtiment B, escalier 2", "Résidence Les Pins, apt 14", "3e étage"]))
    elif f == "es":
        piso = R.choice(["", f", {R.randint(1, 8)}º {R.choice('ABCD')}", f", {R.randint(1, 6)}º {R.choice(['izq.', 'dcha.'])}"])
        lines = [f"{st}, {n}{piso}" if R.random() < 0.5 else f"{st} {n}{piso}", f"{pc} {city}"]
    elif f == "mx":
        lines = [f"{st} {R.randint(10, 2500)}, Col. {R.choice(['Roma Norte', 'Centro', 'Del Valle', 'Americana'])}", f"{pc} {city}"]
    elif f == "it":
        lines = [f"{st} {n}" if R.random() < 0.6 else f"{st}, {n}", f"{pc} {city} {ci[2]}" if R.random() < 0.6 else f"{pc} {city} ({ci[2]})"]
        if R.random() < 0.2:
            lines.insert(1, f"Scala {R.choice('ABC')}, interno {R.randint(1, 20)}")
    elif f == "nl":
        toe = R.choice(["", "", "-1", " A", "-huis", " bis"])
        lines = [f"{st} {n}{toe}", f"{pc}  {city}" if R.random() < 0.15 else f"{pc} {city}"]
    elif f == "pt":
        andar = R.choice(["", f", {R.randint(1, 6)}º Esq.", f", {R.randint(1, 6)}º Dto."])
        lines = [f"{st}, {n}{andar}" if R.random() < 0.6 else f"{st} {n}{andar}", f"{pc} {city}"]
    elif f == "br":
        lines = [f"{st}, {n}" + R.choice(["", f", apto {R.randint(11, 180)}", f" - casa {R.randint(1, 4)}"]),
                 R.choice(["Jardins", "Centro", "Botafogo", "Savassi"]) + f", {city}", f"CEP {pc}" if R.random() < 0.5 else pc]
        if not multiline:
            lines = [lines[0] + " - " + lines[1], lines[2]]
    elif f == "pl":
        m = R.choice(["", f"/{R.randint(1, 60)}", f" m. {R.randint(1, 60)}", f" lok. {R.randint(1, 30)}"])
        lines = [f"{st} {n}{m}", f"{pc} {city}"]
    elif f == "se":
        lines = [f"{st} {n}" + R.choice(["", " A", ", lgh 1102"]), f"{pc} {city}"]
    elif f == "dk":
        lines = [f"{st} {n}" + R.choice(["", ", 2. tv", ", 1. th", ", st."]), f"{pc} {city}"]
    elif f == "no":
        lines = [f"{st} {n}" + R.choice(["", "B", ", H0203"]), f"{pc} {city}"]
    elif f == "fi":
        lines = [f"{st} {n}" + R.choice(["", f" B {R.randint(1, 40)}", f" A {R.randint(1, 20)}"]), f"{pc} {city}"]
    elif f == "cz":
        lines = [f"{st} {R.randint(100, 2500)}/{R.randint(1, 250)}", f"{pc} {city}"]
    elif f == "tr":
        lines = [f"{R.choice(['Caferağa', 'Kızılay', 'Alsancak', 'Moda'])} Mah. {st} No: {n}" + R.choice(["", f" D: {R.randint(1, 20)}", f" Daire {R.randint(1, 20)}"]),
                 f"{pc} {city}/{ci[2]}"]
    elif f == "jp":
        a = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
        lines = [f"{a} {ci[2]}" + R.choice(["", f", Room {R.randint(101, 1205)}"]), f"{city} {pc}"]
        if R.random() < 0.3:
            lines = [f"〒{pc}", f"{city}, {ci[2]} {a}"]
    elif f == "kr":
        lines = [f"{R.randint(1, 500)} {ci[2]}" + R.choice(["", f", Apt {R.randint(101, 1503)}"]), f"{city} {pc}"]
    elif f == "au":
        u = R.choice(["", "", f"Unit {R.randint(1, 20)}, ", f"{R.randint(1, 20)}/"])
        lines = [f"{u}{n} {st}", f"{city} {pc}"]
    elif f == "in":
        lines = [f"Flat {R.randint(101, 904)}, {R.choice(['Sai Residency', 'Prestige Lakeview', 'Green Acres', 'Shanti Kunj'])}", st, f"{city} {pc}" if R.random() < 0.5 else f"{city} - {pc}"]
    if with_country:
        lines.append(c["cname"] if R.random() < 0.7 else c["cname"].upper())
    sep = "\n" if multiline else ", "
    return sep.join(lines)

def city_of(c):
    ci = R.choice(c["cities"])
    city = ci[0]
    # bare city for LOCATION mentions
    city = re.sub(r"\s+\d+$", "", city)
    city = re.sub(r"\s+[NC]$", "", city)
    if c["fmt"] in ("jp", "kr"):
        city = city.split(",")[-1].strip()
    elif c["fmt"] == "mx":
        city = city.split(",")[0].strip()
    city = city.split(" - ")[0]
    if c["fmt"] == "tr":
        city = ci[2]
    if city in ("Dublin 2",):
        city = "Dublin"
    return city.replace(", CDMX", "").replace(", Jal.", "").replace(", N.L.", "")

# ---------------------------------------------------------------- financial ids
def luhn_complete(prefix, length):
    digits = [int(x) for x in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))

def card(fmt=None):
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        num = luhn_complete("4", 16)
    elif kind == "mc":
        num = luhn_complete(R.choice(["51", "53", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        num = luhn_complete(R.choice(["34", "37"]), 15)
    else:
        num = luhn_complete("6011", 16)
    fmt = fmt or R.choice(["space", "space", "dash", "plain"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "space":
        return " ".join(groups), kind
    if fmt == "dash":
        return "-".join(groups), kind
    return num, kind

def iban(c=None, grouped=None):
    if c is None or not c.get("iban"):
        c = R.choice([x for x in C.values() if x.get("iban")])
    cc, pat = c["iban"]
    bban = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "L" else (str(R.randint(0, 9)) if ch == "#" else ch) for ch in pat)
    if cc == "GB" or cc == "IE":
        bban = R.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI", "MIDL"]) + bban[4:]
    if cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + bban[4:]
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = R.random() < 0.65
    if grouped:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99); s = R.randint(1, 9999)
    fmt = fmt or R.choice(["dash", "dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[fmt]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

def ipv4(private=None):
    r = R.random() if private is None else (0 if private else 1)
    if r < 0.3:
        return R.choice([f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}", f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}", f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    return f"{R.choice([31, 37, 46, 62, 77, 81, 85, 89, 91, 94, 109, 145, 151, 176, 185, 188, 195, 203, 212, 217])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"

def ipv6():
    return R.choice(["2a02:8108:{:x}:{:x}::{:x}", "2001:db8:{:x}:{:x}::{:x}", "2a01:cb00:{:x}:{:x}:{:x}::1", "2600:1700:{:x}:{:x}::{:x}"]).format(
        *[R.randint(0x10, 0xffff) for _ in range(3)])

# ---------------------------------------------------------------- non-PII fillers
def order_no():
    return R.choice([fill("#########"), fill("ORD-####-####"), fill("NW-######"), fill("#####-####"), fill("A##########")])
def tracking():
    return R.choice([fill("1Z###E##########"), fill("JD0140########GB"), fill("00340434########"), fill("LX#########DE"), fill("CP#########FR"), fill("3SQ####-######")])
def price(cur=None):
    cur = cur or R.choice(["€", "£", "$"])
    v = f"{R.randint(5, 480)}.{R.choice(['00', '99', '95', '50', '49'])}"
    return f"{cur}{v}" if cur in "£$" else f"{v.replace('.', ',')} {cur}"
def date_str(lang="en"):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.choice([2025, 2026])
    if lang == "en":
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"])
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])

PRODUCTS = ["Chelsea boots (tan, EU 41)", "Oxford shirt slim fit", "Florence armchair - sage velvet", "Jackson 3-seater sofa", "Earl Grey tea tin 250g",
            "Victoria sponge baking kit", "Panama hat", "Margherita pizza stone", "Eau de Cologne 100ml", "Marco Polo travel backpack 30L",
            "Louis lamp (brass)", "Billy bookcase", "Matilda rain jacket", "Oscar espresso grinder", "Madeleine tray set", "Stockholm rug 160x230",
            "Bergen wool blanket", "Sakura face serum 30ml", "Amalfi linen dress", "Porto ceramic mug x4", "Lisbon tote bag", "Helsinki desk lamp"]
BRANDS = ["Northwind", "Brightlane", "Maison Lumière", "Hygge Home", "Fjellsport", "Verde", "Kaffeehaus", "Tessile Studio", "Nordvik", "Luna & Lark", "Bloom Box"]

def prod():
    return R.choice(PRODUCTS)
def brand():
    return R.choice(BRANDS)

# ---------------------------------------------------------------- builder
def P(x): return ("PERSON", x)
def EM(x): return ("EMAIL_ADDRESS", x)
def PH(x): return ("PHONE_NUMBER", x)
def CC(x): return ("CREDIT_CARD", x)
def IB(x): return ("IBAN_CODE", x)
def SS(x): return ("US_SSN", x)
def IP(x): return ("IP_ADDRESS", x)
def AD(x): return ("STREET_ADDRESS", x)
def LO(x): return ("LOCATION", x)

def T(tmpl, **kw):
    text, spans, pos = [], [], 0
    cur = 0
    for m in re.finditer(r"<<(\w+)>>", tmpl):
        lit = tmpl[pos:m.start()]
        text.append(lit); cur += len(lit)
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            typ, val = v
            spans.append({"type": typ, "start": cur, "end": cur + len(val)})
            text.append(val); cur += len(val)
        else:
            v = str(v); text.append(v); cur += len(v)
        pos = m.end()
    text.append(tmpl[pos:])
    return "".join(text), spans

def J(*parts):
    """join already-built (text, spans) pieces"""
    text, spans, cur = "", [], 0
    for p in parts:
        if isinstance(p, str):
            text += p; cur += len(p); continue
        t, s = p
        for sp in s:
            spans.append({"type": sp["type"], "start": sp["start"] + cur, "end": sp["end"] + cur})
        text += t; cur += len(t)
    return text, spans

def ppl(c=None):
    c = c or pick_country()
    f, l = person_of(c)
    return c, f, l

# ---------------------------------------------------------------- generators
def g_order_confirmation():
    lang = R.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt"])
    c = pick_country(lang if lang != "en" else None, None if lang != "en" else ["US", "GB", "IE", "AU", "CA"])
    _, f, l = ppl(c)
    ml = R.random() < 0.6
    kw = dict(f=P(f), n=P(f + " " + l), a=AD(address(c, multiline=ml, with_country=R.random() < 0.3)), e=EM(email_for(f, l)), p=PH(phone(c)),
              o=order_no(), pr=prod(), pz=price("€" if lang != "en" else None), b=brand(), d=date_str(lang))
    T_ = {
     "en": "Subject: Your <<b>> order #<<o>> is confirmed\n\nHi <<f>>,\n\nThanks for shopping with us! Here's what you ordered:\n1 x <<pr>> .... <<pz>>\n\nShipping to:\n<<n>>\n<<a>>\n\nWe'll text you at <<p>> when it's on its way. Questions? Reply to this email or write to help@northwind-retail.com.\n\nThe <<b>> team",
     "de": "Betreff: Bestellbestätigung Nr. <<o>>\n\nHallo <<f>>,\n\nvielen Dank für deine Bestellung bei <<b>> vom <<d>>.\n\nArtikel: <<pr>> – <<pz>>\n\nLieferadresse:\n<<n>>\n<<a>>\n\nRückfragen an <<e>> oder telefonisch unter <<p>>.\n\nViele Grüße\nDein <<b>>-Team",
     "fr": "Objet : Confirmation de votre commande n° <<o>>\n\nBonjour <<f>>,\n\nMerci pour votre commande passée le <<d>>.\n\n<<pr>> : <<pz>>\n\nAdresse de livraison :\n<<n>>\n<<a>>\n\nNous vous contacterons au <<p>> en cas de besoin.\n\nÀ bientôt,\nL'équipe <<b>>",
     "es": "Asunto: Pedido <<o>> confirmado\n\n¡Hola, <<f>>!\n\nGracias por tu compra del <<d>>.\n\nProducto: <<pr>> — <<pz>>\n\nDirección de envío:\n<<n>>\n<<a>>\n\nTeléfono de contacto: <<p>>\nCorreo: <<e>>\n\nUn saludo,\nEquipo <<b>>",
     "it": "Oggetto: Conferma ordine n. <<o>>\n\nCiao <<f>>,\n\ngrazie per il tuo acquisto! Riepilogo:\n<<pr>> – <<pz>>\n\nIndirizzo di spedizione:\n<<n>>\n<<a>>\n\nTi avviseremo via SMS al numero <<p>>.\n\nA presto,\nil team <<b>>",
     "nl": "Onderwerp: Bevestiging bestelling <<o>>\n\nHoi <<f>>,\n\nBedankt voor je bestelling van <<d>>.\n\n<<pr>> – <<pz>>\n\nBezorgadres:\n<<n>>\n<<a>>\n\nVragen? Mail ons of bel: we bellen je terug op <<p>>.\n\nGroetjes,\nTeam <<b>>",
     "pl": "Temat: Potwierdzenie zamówienia nr <<o>>\n\nDzień dobry <<f>>,\n\ndziękujemy za zakupy w <<b>>.\n\n<<pr>> – <<pz>>\n\nAdres dostawy:\n<<n>>\n<<a>>\n\nKurier zadzwoni pod numer <<p>>. Potwierdzenie wysłaliśmy na <<e>>.\n\nPozdrawiamy,\nZespół <<b>>",
     "sv": "Ämne: Orderbekräftelse <<o>>\n\nHej <<f>>!\n\nTack för din beställning <<d>>.\n\n<<pr>> – <<pz>>\n\nLeveransadress:\n<<n>>\n<<a>>\n\nVi skickar ett sms till <<p>> när paketet är på väg.\n\nHälsningar,\n<<b>>",
     "pt": "Assunto: Encomenda <<o>> confirmada\n\nOlá <<f>>,\n\nobrigado pela sua compra de <<d>>.\n\n<<pr>> – <<pz>>\n\nMorada de entrega:\n<<n>>\n<<a>>\n\nContacto: <<p>> | <<e>>\n\nCumprimentos,\nEquipa <<b>>",
    }
    return "order_confirmation", lang, T(T_[lang], **kw)

def g_shipping():
    lang = R.choice(["en", "en", "de", "fr", "da", "no", "fi", "cs", "tr", "nl"])
    c = pick_country(lang if lang != "en" else None, None if lang != "en" else ["US", "GB", "AU", "IE", "JP", "KR", "IN"])
    _, f, l = ppl(c)
    kw = dict(f=P(f), n=P(f + " " + l), a=AD(address(c, multiline=R.random() < 0.4)), p=PH(phone(c)), t=tracking(), d=date_str(lang),
              city=LO(city_of(c)))
    T_ = {
     "en": ["Your parcel is on its way, <<f>>! Tracking no. <<t>>. Expected delivery <<d>> to <<a>>. The driver may call <<p>>.",
            "SHIPPING NOTIFICATION\nRecipient: <<n>>\nDeliver to: <<a>>\nContact: <<p>>\nCarrier ref: <<t>>\nStatus: departed sorting hub, <<city>>"],
     "de": ["Hallo <<f>>, dein Paket (Sendungsnummer <<t>>) wurde an DHL übergeben und kommt voraussichtlich am <<d>> an: <<a>>. Der Zusteller erreicht dich unter <<p>>.",
            "Versandbenachrichtigung\nEmpfänger: <<n>>\nAnschrift: <<a>>\nTel.: <<p>>\nStatus: im Paketzentrum <<city>> bearbeitet"],
     "fr": ["Bonjour <<f>>, votre colis <<t>> est en cours d'acheminement vers <<a>>. Livraison prévue le <<d>>. Le livreur vous appellera au <<p>>."],
     "da": ["Hej <<f>>! Din pakke <<t>> er på vej til <<a>>. Forventet levering <<d>>. Chaufføren ringer på <<p>> ca. 30 min før.",
            "Forsendelse afsendt fra lageret i <<city>>. Modtager: <<n>>, <<a>>, tlf. <<p>>."],
     "no": ["Hei <<f>>, pakken din (<<t>>) er sendt og leveres til <<a>> innen <<d>>. Sjåføren kan nå deg på <<p>>."],
     "fi": ["Hei <<f>>! Pakettisi <<t>> on matkalla osoitteeseen <<a>>. Arvioitu toimitus <<d>>. Kuljettaja soittaa numeroon <<p>>.",
            "Lähetys saapui terminaaliin: <<city>>. Vastaanottaja <<n>>, puh. <<p>>."],
     "cs": ["Dobrý den, <<f>>, vaše zásilka <<t>> je na cestě na adresu <<a>>. Doručení očekávejte <<d>>. Kurýr vás bude kontaktovat na čísle <<p>>."],
     "tr": ["Merhaba <<f>> Hanım/Bey, <<t>> numaralı kargonuz yola çıktı. Teslimat adresi: <<a>>. Kurye sizi <<p>> numarasından arayacak.",
            "Kargonuz <<city>> aktarma merkezinden çıkış yaptı. Alıcı: <<n>>, Tel: <<p>>"],
     "nl": ["Hoi <<f>>, je pakket <<t>> wordt <<d>> bezorgd op <<a>>. Niet thuis? De bezorger belt je op <<p>>."],
    }
    return "shipping_notification", lang, T(R.choice(T_[lang]), **kw)

def g_returns():
    lang = R.choice(["en", "en", "de", "nl", "es", "it", "fr"])
    c = pick_country(lang if lang != "en" else None, None if lang != "en" else ["US", "GB", "IE", "CA", "AU"])
    _, f, l = ppl(c)
    ib = iban(c if c.get("iban") else None)
    kw = dict(n=P(f + " " + l), a=AD(address(c, multiline=False)), e=EM(email_for(f, l)), p=PH(phone(c)), o=order_no(), pr=prod(),
              ib=IB(ib), d=date_str(lang), reason=R.choice(["too small", "arrived damaged", "colour differs from photo", "changed my mind", "wrong item sent"]))
    T_ = {
     "en": "RETURNS FORM\nOrder number: <<o>>\nCustomer name: <<n>>\nEmail: <<e>>\nPhone: <<p>>\nReturn address (collection): <<a>>\nItem: <<pr>>\nReason: <<reason>>\nRefund to bank account (IBAN): <<ib>>\nDate: <<d>>",
     "de": "Retourenschein\nBestellnummer: <<o>>\nName: <<n>>\nAdresse: <<a>>\nE-Mail: <<e>>\nTelefon: <<p>>\nArtikel: <<pr>>\nGrund: passt nicht / zu klein\nErstattung auf IBAN: <<ib>>\nDatum: <<d>>",
     "nl": "Retourformulier\nOrdernummer: <<o>>\nNaam: <<n>>\nAdres: <<a>>\nE-mail: <<e>>\nTelefoon: <<p>>\nProduct: <<pr>>\nReden: beschadigd ontvangen\nTerugbetaling op rekening <<ib>>",
     "es": "Formulario de devolución\nN.º de pedido: <<o>>\nNombre: <<n>>\nDirección: <<a>>\nEmail: <<e>>\nTeléfono: <<p>>\nArtículo: <<pr>>\nMotivo: talla incorrecta\nReembolso a la cuenta IBAN <<ib>>",
     "it": "Modulo di reso\nOrdine n.: <<o>>\nNome e cognome: <<n>>\nIndirizzo: <<a>>\nEmail: <<e>>\nCellulare: <<p>>\nProdotto: <<pr>>\nMotivo: difettoso\nRimborso su IBAN <<ib>>",
     "fr": "Formulaire de retour\nCommande : <<o>>\nNom : <<n>>\nAdresse : <<a>>\nE-mail : <<e>>\nTél. : <<p>>\nArticle : <<pr>>\nMotif : ne correspond pas à la description\nRemboursement sur l'IBAN <<ib>>",
    }
    return "returns_form", lang, T(T_[lang], **kw)

def g_warranty():
    c = pick_country(None, ["GB", "US", "DE", "SE", "NL", "IE"])
    _, f, l = ppl(c)
    kw = dict(f=P(f), n=P(f + " " + l), l=P(l), a=AD(address(c, multiline=True, with_country=R.random() < 0.5)), e=EM(email_for(f, l)), p=PH(phone(c)),
              pr=R.choice(["Oscar espresso grinder", "Helsinki desk lamp", "Nordvik air purifier NP-200", "Brightlane robot vacuum RV7"]),
              sn=fill("SN-##########"), d=date_str(), ag=P(R.choice(["Priya", "Tom", "Agnieszka", "Kenji", "Fatima"])))
    t = ("Warranty claim #WC-" + fill("#####") + "\n\nFrom: <<n>> <<<e>>>\n\nHello, my <<pr>> (serial <<sn>>, bought <<d>>) stopped working after 8 months. "
         "The power button blinks red and nothing happens. Please collect it from:\n<<a>>\n\nBest to reach me on <<p>> after 5pm.\n\nThanks,\n<<f>>\n\n"
         "--- internal note ---\nAssigned to <<ag>>. Mr/Ms <<l>> is a Gold member, approve courier pickup.")
    return "warranty_claim", "en", T(t, **kw)

def g_loyalty_letter():
    lang = R.choice(["en", "de", "fr", "it", "es", "pl", "sv", "da"])
    c = pick_country(lang if lang != "en" else None, None if lang != "en" else ["GB", "US", "IE"])
    _, f, l = ppl(c)
    title = {"en": R.choice(["Ms.", "Mr.", "Dr.", "Mrs"]), "de": R.choice(["Frau", "Herr", "Frau Dr."]), "fr": R.choice(["Madame", "Monsieur"]),
             "it": R.choice(["Gentile Sig.ra", "Gentile Sig."]), "es": R.choice(["Estimada Sra.", "Estimado Sr."]), "pl": R.choice(["Szanowna Pani", "Szanowny Panie"]),
             "sv": "Hej", "da": "Kære"}[lang]
    kw = dict(f=P(f), l=P(l), n=P(f + " " + l), a=AD(address(c, multiline=True)), pts=f"{R.randint(1, 30)}.{R.randint(100, 999)}",
              m=fill("LOY-#######"), b=brand(), city=LO(city_of(c)))
    head = "<<n>>\n<<a>>\n\n"
    T_ = {
     "en": f"{title} <<l>>,\n\nThank you for another year with <<b>> Rewards. You have collected <<pts>> points (member no. <<m>>). As a Gold member you are invited to our private shopping evening at the <<city>> store.\n\nWarm regards,\nCustomer Loyalty Team",
     "de": f"Sehr geehrte/r {title} <<l>>,\n\nals treues Mitglied (Kundennummer <<m>>) haben Sie <<pts>> Punkte gesammelt. Wir laden Sie herzlich zu unserem Kundenabend in <<city>> ein.\n\nMit freundlichen Grüßen\nIhr <<b>> Kundenservice",
     "fr": f"{title} <<l>>,\n\nVous avez cumulé <<pts>> points sur votre carte fidélité n° <<m>>. Profitez de -20 % dans notre boutique de <<city>> jusqu'à la fin du mois.\n\nBien cordialement,\nLe service fidélité <<b>>",
     "it": f"{title} <<l>>,\n\nla ringraziamo per la fedeltà: il suo saldo è di <<pts>> punti (tessera <<m>>). La aspettiamo nel nostro negozio di <<city>> per ritirare il suo omaggio.\n\nCordiali saluti,\nServizio Clienti <<b>>",
     "es": f"{title} <<l>>:\n\nGracias por seguir con nosotros. Su tarjeta <<m>> acumula <<pts>> puntos. Le esperamos en la tienda de <<city>>.\n\nAtentamente,\nEl equipo <<b>>",
     "pl": f"{title} <<f>>,\n\ndziękujemy za kolejny rok w programie <<b>> Club. Na koncie nr <<m>> zebrała Pani/zebrał Pan <<pts>> punktów. Zapraszamy do salonu w mieście <<city>>.\n\nZ poważaniem\nDział Obsługi Klienta",
     "sv": f"{title} <<f>>!\n\nDu har nu <<pts>> poäng på ditt medlemskonto <<m>>. Välkommen till vår medlemskväll i <<city>>.\n\nVänliga hälsningar\n<<b>>",
     "da": f"{title} <<f>>\n\nTak fordi du er medlem af <<b>> Klub. Du har optjent <<pts>> point (medlemsnr. <<m>>). Vi ses i butikken i <<city>>!\n\nVenlig hilsen\nKundeservice",
    }
    return "loyalty_letter", lang, T(head + T_[lang], **kw)

def g_crm_csv():
    sep = R.choice([",", ";", "\t"])
    codes = R.sample(list(C), 4)
    rows = [sep.join(["customer_id", "first_name", "last_name", "email", "phone", "city", "country", "tier", "last_order"])]
    parts = []
    for i in range(R.randint(3, 6)):
        c = C[R.choice(codes)]
        f, l = person_of(c)
        cid = fill("C######")
        cells = [cid, P(f), P(l), EM(email_for(f, l)), PH(phone(c, intl=R.random() < 0.6)), LO(city_of(c)), LO(c["code"]) if False else c["code"],
                 R.choice(["gold", "silver", "bronze", "vip"]), date_str()]
        parts.append(cells)
    out = ["\n".join(rows) + "\n"]
    for cells in parts:
        for j, cell in enumerate(cells):
            if j:
                out.append(sep)
            if isinstance(cell, tuple):
                out.append((cell[1] if False else "", []) if False else (cell[1], [{"type": cell[0], "start": 0, "end": len(cell[1])}]))
            else:
                out.append(cell)
        out.append("\n")
    return "crm_export_csv", "en", J(*out)

def g_b2b_leads():
    out = ["| Company | Contact | Role | Email | Phone | HQ |\n|---|---|---|---|---|---|\n"]
    for i in range(R.randint(3, 5)):
        c = pick_country()
        f, l = person_of(c)
        comp = R.choice(["Alpenglow GmbH", "Rotterdam Freight BV", "Casa Nostra Foods S.r.l.", "Nordlys AS", "Keskus Oy", "Wawel Cosmetics Sp. z o.o.",
                         "Sakura Trading KK", "Blue Harbor Inc.", "Lumen Analytics Ltd", "Vinho Verde Lda", "Bosphorus Tekstil A.Ş.", "Praha Digital s.r.o."])
        role = R.choice(["Head of Marketing", "CMO", "E-commerce Manager", "Procurement Lead", "Brand Director", "CX Lead"])
        nm = f + " " + l if R.random() < 0.7 else f[0] + ". " + l
        out.append(T("| <<co>> | <<n>> | <<r>> | <<e>> | <<p>> | <<h>> |\n", co=comp, n=P(nm), r=role, e=EM(email_for(f, l, work=True)),
                     p=PH(phone(c, intl=True)), h=LO(city_of(c))))
    out.append("\nSource: trade fair badge scans, consent given for follow-up.")
    return "b2b_lead_list", "en", J(*out)

def g_event_reg():
    lang = R.choice(["en", "en", "de", "nl", "fr"])
    hdr = {"en": "Guest list – Spring Launch Evening (Thu 19:00)\n\n", "de": "Gästeliste – Frühjahrs-Launch (Do. 19 Uhr)\n\n",
           "nl": "Gastenlijst – Lente-lancering\n\n", "fr": "Liste des invités – Soirée de lancement\n\n"}[lang]
    out = [hdr]
    for i in range(R.randint(4, 7)):
        c = pick_country()
        f, l = person_of(c)
        plus = R.random() < 0.3
        diet = R.choice(["", "vegan", "no nuts", "gluten free", "halal", ""])
        piece = T("<<i>>. <<n>> – <<e>>" + (" – +1: <<g>>" if plus else "") + (f" – {diet}" if diet else "") + "\n",
                  i=i + 1, n=P(f + " " + l if R.random() < 0.8 else l.upper() + ", " + f), e=EM(email_for(f, l)), g=P(full_name()))
        out.append(piece)
    out.append(R.choice(["\nPress table: 6 seats. VIP wristbands at the door.", "\nDoors open 18:30, dress code smart casual.", ""]))
    return "event_guest_list", lang, J(*out)

SURVEY = {
 "en": ["Delivery was quick but the box was crushed. The driver (I think his name was <<x>>) was lovely though.",
        "Honestly the best customer service I've had. <<x>> in the <<loc>> store sorted my refund in 5 minutes.",
        "Please stop sending me texts on <<ph>>, I unsubscribed twice!!",
        "I moved to <<a>> and you still send catalogues to my old flat. Fix it please.",
        "Love the Florence armchair, sat in it all weekend. Would buy again.",
        "app keeps crashing when I pay with apple pay. iphone 13, ios 17",
        "Ask for <<x>> - she knows everything about the loyalty points."],
 "de": ["Die Lieferung kam zwei Tage zu spät, aber Frau <<l>> von der Hotline hat sich super gekümmert.",
        "Bitte rufen Sie mich zurück: <<ph>>. Meine Reklamation ist seit Wochen offen.",
        "Tolle Qualität, schnelle Lieferung nach <<loc>>. Gerne wieder!",
        "Der Berliner Pfannkuchen im Adventskalender war ein netter Gag."],
 "fr": ["Service client au top, merci à <<x>> pour sa patience !", "Livraison rapide à <<loc>>, produit conforme.",
        "Je n'ai jamais reçu mon colis à l'adresse <<a>>. Très déçue."],
 "es": ["El pedido llegó roto. Llamadme al <<ph>> por favor.", "Muy contenta con la atención de <<x>> en la tienda de <<loc>>."],
 "nl": ["Bezorger was super vriendelijk. Pakket netjes bij de buren (<<x>>) afgegeven.", "Graag contact via <<em>>, telefonisch ben ik slecht bereikbaar."],
 "it": ["Prodotto ottimo, ma la spedizione verso <<loc>> è stata lentissima.", "Un grazie speciale a <<x>> del servizio clienti!"],
 "da": ["Super service! <<x>> hjalp mig med ombytningen.", "Pakken blev leveret til forkert adresse. Min adresse er <<a>>."],
 "pl": ["Kurier nie zadzwonił pod numer <<ph>>, paczka wróciła do nadawcy.", "Bardzo miła obsługa w sklepie w mieście <<loc>>."],
 "tr": ["Ürün çok güzel ama kargo geç geldi. <<x>> Hanım çok yardımcı oldu."],
}
def g_survey():
    out = ["Survey export – Q: \"Anything else you'd like to tell us?\"\n\n"]
    langs = []
    for i in range(R.randint(3, 6)):
        lang = R.choice(list(SURVEY) + ["en", "en"])
        langs.append(lang)
        c = pick_country(lang if lang not in ("en",) else None, ["GB", "US", "IE"] if lang == "en" else None)
        f, l = person_of(c)
        out.append(T(f"#{R.randint(1000, 9999)} [{lang}] " + R.choice(SURVEY[lang]) + "\n", x=P(f), l=P(l), ph=PH(phone(c)),
                     a=AD(address(c)), loc=LO(city_of(c)), em=EM(email_for(f, l))))
    return "survey_free_text", "mixed" if len(set(langs)) > 1 else langs[0], J(*out)

def g_review_reply():
    lang = R.choice(["en", "en", "de", "fr", "it", "es", "pt", "pl", "sv", "nl"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "AU", "IE", "CA"] if lang == "en" else None)
    f, l = person_of(c)
    ag_c = pick_country(lang if lang != "en" else None, ["GB", "US"] if lang == "en" else None)
    af, al = person_of(ag_c)
    stars = R.randint(1, 5)
    kw = dict(f=P(f), init=P(f + " " + l[0] + "."), ag=P(af), e=EM(R.choice(["care", "hello", "service", "kundenservice"]) + "@" + R.choice(DOMAINS_WORK)),
              loc=LO(city_of(c)), p=PH(phone(c)))
    T_ = {
     "en": ["★" * stars + " <<init>>\n\"Ordered the Jackson sofa, took 6 weeks and one leg was missing.\"\n\nReply from owner: Hi <<f>>, we're so sorry! Please email <<e>> with your order number and <<ag>> from our team will send the missing leg right away.",
            "Review by <<init>> (<<loc>>): great fit, runs small.\n\nOur reply: Thanks <<f>>! Glad you love it – tip: size up in the Chelsea boots. – <<ag>>, Customer Care"],
     "de": ["Bewertung von <<init>>: „Leider falsche Farbe geliefert.“\n\nAntwort: Hallo <<f>>, das tut uns leid! Melde dich gern unter <<e>>, <<ag>> kümmert sich persönlich darum. Viele Grüße aus <<loc>>"],
     "fr": ["Avis de <<init>> : « Commande jamais reçue. »\n\nRéponse : Bonjour <<f>>, nous sommes désolés. Pouvez-vous nous écrire à <<e>> ? <<ag>> suivra votre dossier."],
     "it": ["Recensione di <<init>>: \"Taglia sbagliata, ma reso facile.\"\n\nRisposta: Ciao <<f>>, grazie del feedback! Per il cambio scrivi a <<e>>. Un saluto da <<ag>>"],
     "es": ["Reseña de <<init>>: «El sofá llegó con una mancha».\n\nRespuesta: Hola <<f>>, lo sentimos mucho. <<ag>> te llamará al <<p>> para organizar el cambio."],
     "pt": ["Avaliação de <<init>>: \"Entrega atrasada.\"\n\nResposta: Olá <<f>>, pedimos desculpa! Envie-nos um email para <<e>>. Abraço, <<ag>>"],
     "pl": ["Opinia: <<init>> – „Paczka dotarła uszkodzona”.\n\nOdpowiedź: Dzień dobry <<f>>, przepraszamy! Prosimy o kontakt: <<e>>. <<ag>> z działu obsługi"],
     "sv": ["Recension av <<init>>: \"Fel storlek skickades.\"\n\nSvar: Hej <<f>>! Förlåt för strulet. Mejla <<e>> så fixar <<ag>> ett byte direkt."],
     "nl": ["Review van <<init>>: \"Levering te laat.\"\n\nReactie: Hoi <<f>>, sorry! Mail ons via <<e>>, dan zoekt <<ag>> het uit."],
    }
    return "review_reply", lang, T(R.choice(T_[lang]), **kw)

def g_app_review():
    f, l = name_parts(R.choice(["us", "en", "in", "kr", "jp", "br", "de"]))
    handle = R.choice(["pixelpanda88", "coffeeaddict_22", "runningmum", "techguy1987", "sunflower.days", "nightowl_reads"])
    kw = dict(f=P(f), h=handle, ag=P(R.choice(["Jess", "Marco", "Aisha", "Ben", "Hana"])), v=f"{R.randint(3, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}")
    t = R.choice([
        "App Store – ★★☆☆☆ by <<h>>\n\"Since version <<v>> the checkout freezes.\"\n\nDeveloper response: Hi there, sorry about that! Please update to the latest build and contact us in-app. – <<ag>>",
        "Google Play – ★★★★★ by <<f>> <<l0>>\n\"Easy to track my points!\"\n\nDeveloper response: Thanks <<f>>! 🎉 – <<ag>> from the app team",
        "★☆☆☆☆ <<h>>: my name is <<n>> and I've been charged twice. fix it.\n\nResponse: Hi <<f>>, we're sorry! Our team has refunded the duplicate charge. – <<ag>>"])
    kw["l0"] = P(l[0] + ".") if False else l[0] + "."
    kw["n"] = P(f + " " + l)
    if "<<f>> <<l0>>" in t:
        t = t.replace("<<f>> <<l0>>", "<<fi>>")
        kw["fi"] = P(f + " " + l[0] + ".")
    return "app_store_review_reply", "en", T(t, **kw)

def g_crm_csv():
    sep = R.choice([",", ";", "\t"])
    codes = R.sample(list(C), 4)
    out = [sep.join(["customer_id", "first_name", "last_name", "email", "phone", "city", "country", "tier", "last_order"]) + "\n"]
    for i in range(R.randint(3, 6)):
        c = C[R.choice(codes)]
        f, l = person_of(c)
        cells = [fill("C######"), P(f), P(l), EM(email_for(f, l)), PH(phone(c, intl=R.random() < 0.6)), LO(city_of(c)), LO(c["cname"]),
                 R.choice(["gold", "silver", "bronze", "vip"]), date_str()]
        for j, cell in enumerate(cells):
            if j:
                out.append(sep)
            out.append(T("<<x>>", x=cell))
        out.append("\n")
    return "crm_export_csv", "en", J(*out)

def g_influencer():
    lang = R.choice(["en", "en", "de", "fr", "it", "es", "sv", "nl"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "AU"] if lang == "en" else None)
    f, l = person_of(c)
    pf, pl_ = name_parts(R.choice(["en", "de", "fr", "nl"]))
    handle = R.choice(["@wanderlust.diaries", "@thekitchencorner", "@minimal_nest", "@glowroutine", "@citycyclist", "@plantbased.table"])
    kw = dict(f=P(f), n=P(f + " " + l), h=handle, pf=P(pf), pn=P(pf + " " + pl_), pe=EM(email_for(pf, pl_, work=True)),
              e=EM(email_for(f, l)), p=PH(phone(c, intl=True)), a=AD(address(c, multiline=True)), b=brand(), loc=LO(city_of(c)))
    T_ = {
     "en": "DM thread with <<h>>\n\n[Brand] Hey <<f>>! Love your content. We're <<b>> and we'd like to send you our spring collection for a reel. Interested?\n[<<h>>] omg yes!! my manager handles contracts, it's <<pn>> (<<pe>>)\n[Brand] Perfect. Where should we ship the PR package?\n[<<h>>] <<n>>\n<<a>>\nmobile <<p>> for the courier\n[Brand] Noted, thanks! <<pf>> will send the brief by Friday.",
     "de": "Instagram-DM mit <<h>>\n\n[Marke] Hi <<f>>, wir sind <<b>> aus <<loc>> und würden dir gern unsere neue Kollektion schicken 🙂\n[<<h>>] Sehr gern! Meine Adresse:\n<<n>>\n<<a>>\nHandy: <<p>>\n[Marke] Super, <<pf>> aus unserem PR-Team meldet sich per Mail (<<pe>>).",
     "fr": "Échange DM avec <<h>>\n\n[Marque] Coucou <<f>> ! On adore ton feed. Est-ce qu'on peut t'envoyer notre coffret ?\n[<<h>>] Avec plaisir ! <<n>>, <<a>> – tél. <<p>>\n[Marque] Merci ! <<pn>> de notre agence te contactera.",
     "it": "Thread DM con <<h>>\n\n[Brand] Ciao <<f>>! Ti andrebbe di provare la nostra nuova linea?\n[<<h>>] Certo! Spedisci a <<n>>, <<a>>. Cell <<p>>\n[Brand] Grazie! Ti scriverà <<pf>> per il contratto.",
     "es": "Conversación por DM con <<h>>\n\n[Marca] ¡Hola <<f>>! ¿Te apetece colaborar con <<b>>?\n[<<h>>] ¡Claro! Mi representante es <<pn>>, <<pe>>\n[Marca] ¿Dirección para el envío?\n[<<h>>] <<a>>, a nombre de <<n>>. Móvil <<p>>",
     "sv": "DM-tråd med <<h>>\n\n[Varumärke] Hej <<f>>! Vill du testa vår nya kollektion?\n[<<h>>] Absolut! Skicka till <<n>>, <<a>>. Mobil <<p>>\n[Varumärke] Toppen, <<pf>> hör av sig.",
     "nl": "DM-gesprek met <<h>>\n\n[Merk] Hoi <<f>>! Zin in een samenwerking met <<b>>?\n[<<h>>] Zeker! Adres: <<a>> t.a.v. <<n>>. Mobiel <<p>>\n[Merk] Top, <<pn>> stuurt je de briefing.",
    }
    return "influencer_outreach", lang, T(T_[lang], **kw)

def g_agency_brief():
    f1, l1 = name_parts(R.choice(["en", "de", "fr", "nl", "se"]))
    f2, l2 = name_parts(R.choice(["it", "es", "pl", "jp", "in"]))
    c = pick_country()
    c2 = pick_country()
    kw = dict(n1=P(f1 + " " + l1), f1=P(f1), n2=P(f2 + " " + l2), e1=EM(email_for(f1, l1, work=True)), p1=PH(phone(c, intl=True)),
              loc1=LO(city_of(c)), loc2=LO(city_of(c2)), cn=LO(c2["cname"]), b=brand())
    t = ("# Agency brief – <<b>> autumn campaign\n\n**Client lead:** <<n1>> (<<e1>>, <<p1>>)\n**Agency lead:** <<n2>>\n\n## Markets\n- <<loc1>> (pilot)\n- <<loc2>> and rest of <<cn>>\n\n"
         "## Tone\nWarm, Scandi-minimal, no celebrity faces. Avoid the \"Mr. Cosy\" mascot from last year.\n\n## Deliverables\n3 OOH, 6 social cutdowns, 1 CRM email.\n\nSign-off by <<f1>> before 15 Oct.")
    return "agency_brief", "en", T(t, **kw)

def g_support_macro():
    lang = R.choice(["en", "en", "de", "fr", "fi", "cs", "es", "it"])
    c = pick_country(lang if lang != "en" else None, ["US", "GB", "CA", "AU", "IN"] if lang == "en" else None)
    f, l = person_of(c)
    af, al = person_of(c)
    kw = dict(f=P(f), ag=P(af), o=order_no(), cd=CC("**** **** **** " + fill("####")) if False else "**** " + fill("####"),
              a=AD(address(c)), p=PH(phone(c)), e=EM(email_for(f, l)), t=tracking())
    T_ = {
     "en": "[Macro: WISMO – delayed] Hi <<f>>,\n\nThanks for reaching out about order <<o>>. I've checked with the carrier and your parcel (<<t>>) is now expected within 2 working days at <<a>>. We've also added a 10% code to your account (<<e>>).\n\nKind regards,\n<<ag>> | Customer Care",
     "de": "[Textbaustein: Lieferverzug] Hallo <<f>>,\n\nvielen Dank für deine Nachricht zu Bestellung <<o>>. Dein Paket (<<t>>) wird in den nächsten 2 Werktagen an <<a>> zugestellt.\n\nBeste Grüße\n<<ag>> vom Kundenservice",
     "fr": "[Macro : remboursement] Bonjour <<f>>,\n\nVotre remboursement pour la commande <<o>> a été effectué sur la carte se terminant par <<cd>>. Il apparaîtra sous 5 jours ouvrés.\n\nCordialement,\n<<ag>>, Service client",
     "fi": "[Pikavastaus: palautus] Hei <<f>>,\n\nkiitos viestistäsi. Palautuksesi tilaukselle <<o>> on vastaanotettu. Hyvitys maksetaan 3–5 arkipäivän kuluessa.\n\nYstävällisin terveisin\n<<ag>>, asiakaspalvelu",
     "cs": "[Šablona: reklamace] Dobrý den, <<f>>,\n\nděkujeme za zprávu k objednávce <<o>>. Kurýr si zboží vyzvedne na adrese <<a>>. V případě dotazů volejte na <<p>>.\n\nS pozdravem\n<<ag>>, zákaznická podpora",
     "es": "[Plantilla: retraso] Hola <<f>>:\n\nTu pedido <<o>> llegará en 48 h a <<a>>. Te avisaremos por SMS al <<p>>.\n\nSaludos,\n<<ag>> · Atención al cliente",
     "it": "[Macro: cambio taglia] Ciao <<f>>,\n\nabbiamo registrato il cambio per l'ordine <<o>>. Il corriere passerà a <<a>>.\n\nUn saluto,\n<<ag>> – Assistenza clienti",
    }
    return "support_macro_filled", lang, T(T_[lang], **kw)

def g_chat():
    c = pick_country(None, ["US", "GB", "IE", "AU", "CA", "IN"])
    f, l = person_of(c)
    ag = R.choice(["Sam", "Nadia", "Oliver", "Mei", "Tariq", "Hannah"])
    cn, kind = card()
    kw = dict(f=P(f), n=P(f + " " + l), ag=P(ag), e=EM(email_for(f, l)), p=PH(phone(c)), a=AD(address(c)), cc=CC(cn), o=order_no(), ip=IP(ipv4()))
    t = R.choice([
        "Live chat transcript\n[10:02] <<ag>> (agent): Hi, you're chatting with <<ag>>. How can I help?\n[10:02] Customer: hi my payment failed 3 times\n[10:03] <<ag>> (agent): Sorry to hear that! Can I have the email on the account?\n[10:03] Customer: <<e>>\n[10:04] Customer: card is <<cc>> exp 09/27 if that helps\n[10:04] <<ag>> (agent): Please don't share full card numbers in chat – I've masked it on our side. I can see the attempts came from IP <<ip>> and were blocked by the bank.\n[10:06] Customer: ok thanks, I'm <<n>> btw\n[10:06] <<ag>> (agent): Thanks <<f>>! Try again in 15 minutes.",
        "Chat started by visitor\nVisitor name: <<n>>\nEmail: <<e>>\n\n<<ag>>: Hello <<f>>, how can I help today?\n<<f>>: my order <<o>> says delivered but nothing here\n<<ag>>: I'm sorry! Can you confirm the address?\n<<f>>: <<a>>\n<<ag>>: Thanks. I'll open a carrier investigation and call you on <<p>> tomorrow.\n<<f>>: perfect thank u"])
    return "chat_transcript", "en", T(t, **kw)

NUMW = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split()}
def g_stt():
    lang = R.choice(["en", "en", "en", "de"])
    c = pick_country(None, ["GB", "US", "IE"]) if lang == "en" else C["DE"]
    f, l = person_of(c)
    ph = phone(c, intl=False)
    digits = [ch for ch in ph if ch.isdigit()]
    if R.random() < 0.5:
        phs = " ".join(NUMW[lang][int(d)] for d in digits)
    else:
        phs = re.sub(r"[^\d ]", " ", ph); phs = re.sub(r" +", " ", phs).strip()
    addr = address(c).lower().replace(",", "").replace(".", "")
    em_local = (f + " " + l).lower().translate(ASCII)
    kw = dict(f=P(f.lower()), n=P((f + " " + l).lower()), l=P(l.lower()), ph=PH(phs), a=AD(addr), o=order_no().lower())
    if lang == "en":
        t = R.choice([
            "agent thank you for calling how can i help customer hi yeah my name is <<n>> i'm calling about my order <<o>> agent okay can i take a contact number customer yeah it's <<ph>> agent and the delivery address customer <<a>> agent lovely thanks <<f>> i can see it's with the courier",
            "customer hello is this the returns line agent it is who am i speaking with customer it's <<l>> <<f>> <<l>> sorry agent no problem mister <<l>> what's the postcode customer it's the one on the account <<a>> agent and best number customer <<ph>>"])
    else:
        t = "kunde ja hallo hier ist <<n>> ich wollte fragen wo mein paket bleibt agent gerne wie ist ihre telefonnummer kunde <<ph>> agent und die lieferadresse kunde <<a>> agent danke frau <<l>> ich schaue nach"
    return "speech_to_text_transcript", lang, T(t, **kw)

def g_invoice():
    lang = R.choice(["en", "de", "fr", "nl", "it", "es", "pl", "cs", "da", "no"])
    c = pick_country(lang if lang != "en" else None, ["GB", "IE"] if lang == "en" else None)
    f, l = person_of(c)
    sc = pick_country(lang if lang != "en" else None, ["GB", "IE"] if lang == "en" else None)
    lab = {"en": ("INVOICE", "Bill to", "Bank details", "Payment terms: 14 days"), "de": ("RECHNUNG", "Rechnungsempfänger", "Bankverbindung", "Zahlbar innerhalb von 14 Tagen"),
           "fr": ("FACTURE", "Facturé à", "Coordonnées bancaires", "Paiement à 30 jours"), "nl": ("FACTUUR", "Factuur aan", "Bankgegevens", "Betaling binnen 14 dagen"),
           "it": ("FATTURA", "Intestata a", "Coordinate bancarie", "Pagamento a 30 giorni"), "es": ("FACTURA", "Cliente", "Datos bancarios", "Pago a 30 días"),
           "pl": ("FAKTURA VAT", "Nabywca", "Rachunek bankowy", "Termin płatności: 14 dni"), "cs": ("FAKTURA", "Odběratel", "Bankovní spojení", "Splatnost 14 dní"),
           "da": ("FAKTURA", "Faktureres til", "Bankoplysninger", "Betaling netto 8 dage"), "no": ("FAKTURA", "Fakturamottaker", "Bankopplysninger", "Forfall 14 dager")}[lang]
    kw = dict(n=P(f + " " + l), a=AD(address(c, multiline=True, with_country=R.random() < 0.3)), sa=AD(address(sc)), ib=IB(iban(sc)),
              e=EM(email_for(f, l)), no=fill("INV-2026-#####"), pr=prod(), pz=price("€" if lang not in ("en",) else "£"), vat=fill("VAT ########"))
    t = (f"{lab[0]} <<no>>\nNordvik Interiors · <<sa>>\n<<vat>>\n\n{lab[1]}:\n<<n>>\n<<a>>\n<<e>>\n\n1 × <<pr>>    <<pz>>\n\n{lab[2]}: <<ib>>\n{lab[3]}")
    return "invoice", lang, T(t, **kw)

def g_forum():
    c = pick_country(None, ["GB", "US", "AU", "DE", "NL", "SE"])
    f, l = person_of(c)
    f2, _ = name_parts()
    kw = dict(f=P(f), f2=P(f2), loc=LO(city_of(c)), cn=LO(c["cname"]), p=PH(phone(c)), u=R.choice(["grumpy_gardener", "espresso_nerd", "DIYdad", "balconyjungle"]))
    t = R.choice([
        "Community forum › Coffee gear › Oscar grinder burr noise\n\n<<u>> wrote:\nAnyone else getting a rattling sound after the last firmware update? Mine's the 2024 model, bought in <<loc>>.\n\nReply from Moderator <<f2>>:\nHi! Known issue, we're on it. Support will reach out directly – please don't post your phone number publicly.\n\n<<u>> wrote:\ntoo late lol, already sent it to support: <<p>>. Cheers, <<f>>",
        "Re: Delivery to <<cn>>?\n\nPosted by <<u>>: Ordered the Stockholm rug, shipped from the warehouse near <<loc>>, arrived in 3 days. Big shout-out to <<f2>> on live chat.",
        "Thread: Is the Billy bookcase still worth it?\n\n<<u>>: We got two, one for the kids' room. Solid value.\n\nReply: agree, though the Hemnes is sturdier. – <<f>>"])
    return "community_forum_post", "en", T(t, **kw)

def g_sms():
    lang = R.choice(["en", "en", "de", "es", "pt", "it", "nl", "tr"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "AU", "IE"] if lang == "en" else None)
    if lang == "pt" and R.random() < 0.5:
        c = C["BR"]
    f, l = person_of(c)
    kw = dict(f=P(f), p=PH(phone(c, intl=True)), p2=PH(phone(c)), a=AD(address(c)), t=tracking(), code=fill("######"), n=P(f + " " + l))
    T_ = {
     "en": "SMS thread with <<p>>\n> Hi <<f>>, your driver is 10 min away. Reply 1 to confirm you're home.\n< 1\n< actually can he leave it with the neighbour at <<a>>?\n> No problem, noted!\n< thanks x",
     "de": "SMS an <<p>>\n> Hallo <<f>>, dein Paket <<t>> kommt heute zwischen 14–16 Uhr.\n< Bin nicht da, bitte bei Nachbarn abgeben: <<a>>\n> Alles klar!",
     "es": "Mensajes con <<p>>\n> Hola <<f>>, tu código de recogida es <<code>>.\n< gracias! puede recogerlo mi hermano <<n>>?\n> Sí, con DNI.",
     "pt": "SMS com <<p>>\n> Olá <<f>>, a sua encomenda chega hoje. Morada: <<a>>. Confirma?\n< sim, obrigado! se não estiver ligue para <<p2>>",
     "it": "SMS con <<p>>\n> Ciao <<f>>, il corriere passerà domani. Indirizzo: <<a>>\n< ok grazie, chiamate pure al <<p2>>",
     "nl": "Sms-gesprek met <<p>>\n> Hoi <<f>>, je bestelling ligt klaar. Code <<code>>.\n< Top! Mijn vriend <<n>> haalt hem op.",
     "tr": "SMS: <<p>>\n> Sayın <<f>>, siparişiniz yola çıktı. Takip: <<t>>\n< Teşekkürler, adres <<a>> doğru mu?\n> Evet, doğru.",
    }
    return "sms_thread", lang, T(T_[lang], **kw)

def g_slack():
    f1 = R.choice(["Maya", "Jonas", "Leo", "Ines", "Kofi", "Yuna"])
    c = pick_country()
    f, l = person_of(c)
    f3, l3 = name_parts()
    kw = dict(u1=P(f1), f=P(f), n=P(f + " " + l), l=P(l), e=EM(email_for(f, l)), p=PH(phone(c, intl=True)), loc=LO(city_of(c)), n3=P(f3 + " " + l3),
              ip=IP(ipv4()), a=AD(address(c)))
    t = R.choice([
        "#cx-escalations\n<<u1>> 09:14: heads up – VIP complaint from <<n>> (<<e>>), she's posted on TikTok already\n<<u1>> 09:15: her number is <<p>> if someone from <<loc>> team can call\nbot 09:15: Ticket CX-" + fill("#####") + " created\n<<n3>> 09:20: on it, I'll call <<f>> before 10",
        "#growth-analytics\n<<u1>>: weird spike of signups from <<ip>> – 40 accounts in 2 min\n<<n3>>: block it, probably a bot. also someone used the name <<n>> and address <<a>> on all of them\n<<u1>>: lol ok blocking",
        "#marketing-events\n<<u1>>: who's our contact at the <<loc>> venue again?\n<<n3>>: <<n>>, <<p>>\n<<u1>>: thx! Ms <<l>> wants the final headcount by Fri"])
    return "slack_export", "en", T(t, **kw)

def g_json():
    c = pick_country()
    f, l = person_of(c)
    cn, _ = card("plain")
    kw = dict(f=P(f), l=P(l), e=EM(email_for(f, l)), p=PH(phone(c, intl=True)), a=AD(address(c)), ip=IP(ipv4() if R.random() < 0.8 else ipv6()),
              cc=CC(cn), ib=IB(iban(c if c.get("iban") else None, grouped=False)), loc=LO(city_of(c)), o=order_no())
    t = R.choice([
        '{"event": "checkout_failed", "order_id": "<<o>>", "customer": {"first_name": "<<f>>", "last_name": "<<l>>", "email": "<<e>>", "phone": "<<p>>"}, "client_ip": "<<ip>>", "reason": "3DS timeout"}',
        '{\n  "lead": {\n    "name": "<<f>> <<l>>",\n    "email": "<<e>>",\n    "city": "<<loc>>",\n    "consent_marketing": true\n  },\n  "utm_source": "instagram",\n  "utm_campaign": "spring_launch"\n}',
        '{"refund_request": {"order": "<<o>>", "holder": "<<f>> <<l>>", "iban": "<<ib>>", "shipping_address": "<<a>>", "amount": 59.9, "currency": "EUR"}}',
        '{"payment": {"pan": "<<cc>>", "exp": "11/28", "cardholder": "<<f>> <<l>>"}, "ip": "<<ip>>", "risk_score": 0.82}'])
    if '"<<f>> <<l>>"' in t:
        t = t.replace('"<<f>> <<l>>"', '"<<n>>"'); kw["n"] = P(f + " " + l)
    return "json_payload", "en", T(t, **kw)

def g_yaml():
    c = pick_country()
    f, l = person_of(c)
    kw = dict(n=P(f + " " + l), e=EM(email_for(f, l, work=True)), p=PH(phone(c, intl=True)), a=AD(address(c, multiline=False)), loc=LO(city_of(c)),
              n2=P(full_name()))
    t = ("event: spring-press-day\nvenue:\n  name: The Glasshouse\n  address: \"<<a>>\"\ncontacts:\n  - name: <<n>>\n    role: venue manager\n    email: <<e>>\n    phone: \"<<p>>\"\n"
         "  - name: <<n2>>\n    role: photographer\nregion: <<loc>>\ncapacity: 120")
    return "yaml_payload", "en", T(t, **kw)

def g_html():
    c = pick_country()
    f, l = person_of(c)
    kw = dict(n=P(f + " " + l), f=P(f), e=EM(email_for(f, l)), p=PH(phone(c)), a=AD(address(c)), o=order_no(), a2=AD(address(c, multiline=True)))
    t = R.choice([
        '<div class="order-summary"><p>Hi <strong><<f>></strong>, thanks for your order <b>#<<o>></b>.</p><p>Ship to: <span class="addr"><<a>></span></p><p>Contact: <a href="mailto:<<e>>"><<e>></a> · <<p>></p></div>',
        '<table class="customer"><tr><td>Name</td><td><<n>></td></tr><tr><td>Email</td><td><<e>></td></tr><tr><td>Tel</td><td><<p>></td></tr></table>\n<address>\n<<a2>>\n</address>'])
    return "html_snippet", "en", T(t, **kw)

def g_email_thread():
    lang = R.choice(["en", "en", "de", "fr", "es", "nl", "it", "da", "no", "pl"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "IE", "AU"] if lang == "en" else None)
    f, l = person_of(c)
    sf, sl = person_of(c)
    kw = dict(f=P(f), n=P(f + " " + l), e=EM(email_for(f, l)), sf=P(sf), sn=P(sf + " " + sl), se=EM(email_for(sf, sl, work=True)),
              sp=PH(phone(c, intl=True)), sa=AD(address(c)), d=date_str(lang), o=order_no(), b=brand())
    q = {"en": ("On <<d>>, <<n>> <<<e>>> wrote:", "Hi, I still haven't received a refund for order <<o>>. This is the third time I'm writing!!", "Hi <<f>>,\n\nI'm really sorry for the wait – I've escalated this and the refund was issued today.", "Best wishes,"),
         "de": ("Am <<d>> schrieb <<n>> <<<e>>>:", "Hallo, ich warte immer noch auf meine Erstattung für <<o>>.", "Hallo <<f>>,\n\nentschuldige bitte die Verzögerung – die Erstattung wurde heute angewiesen.", "Viele Grüße"),
         "fr": ("Le <<d>>, <<n>> <<<e>>> a écrit :", "Bonjour, je n'ai toujours pas été remboursée pour la commande <<o>>.", "Bonjour <<f>>,\n\nToutes nos excuses, le remboursement a été effectué aujourd'hui.", "Bien à vous,"),
         "es": ("El <<d>>, <<n>> <<<e>>> escribió:", "Hola, sigo sin recibir el reembolso del pedido <<o>>.", "Hola <<f>>:\n\nDisculpa la espera, hoy hemos emitido el reembolso.", "Un saludo,"),
         "nl": ("Op <<d>> schreef <<n>> <<<e>>>:", "Hallo, ik heb mijn terugbetaling voor <<o>> nog steeds niet ontvangen.", "Hoi <<f>>,\n\nSorry voor het wachten, de terugbetaling is vandaag verwerkt.", "Met vriendelijke groet,"),
         "it": ("Il giorno <<d>> <<n>> <<<e>>> ha scritto:", "Buongiorno, non ho ancora ricevuto il rimborso per l'ordine <<o>>.", "Ciao <<f>>,\n\nci scusiamo per l'attesa, il rimborso è stato emesso oggi.", "Cordiali saluti,"),
         "da": ("Den <<d>> skrev <<n>> <<<e>>>:", "Hej, jeg har stadig ikke fået min refusion for ordre <<o>>.", "Hej <<f>>,\n\nUndskyld ventetiden – refusionen er sendt i dag.", "Venlig hilsen"),
         "no": ("<<d>> skrev <<n>> <<<e>>>:", "Hei, jeg har fortsatt ikke fått refusjon for ordre <<o>>.", "Hei <<f>>,\n\nBeklager ventetiden – refusjonen ble sendt i dag.", "Vennlig hilsen"),
         "pl": ("W dniu <<d>> <<n>> <<<e>>> napisał(a):", "Dzień dobry, nadal nie otrzymałam zwrotu za zamówienie <<o>>.", "Dzień dobry <<f>>,\n\nprzepraszamy za zwłokę – zwrot został dziś zlecony.", "Pozdrawiam serdecznie,")}[lang]
    t = f"{q[2]}\n\n{q[3]}\n<<sn>>\nCustomer Experience Lead, <<b>>\n<<se>> | <<sp>>\n<<sa>>\n\n{q[0]}\n> {q[1]}\n> <<f>>"
    return "email_thread", lang, T(t, **kw)

def ocrize(s):
    # odd spacing typical for OCR, applied to literal template text only
    return s.replace("  ", " ").replace(": ", " :  ").replace("Dear", "D ear")

def g_ocr_letter():
    lang = R.choice(["en", "de", "fr", "it", "nl"])
    c = pick_country(lang if lang != "en" else None, ["GB", "IE", "US"] if lang == "en" else None)
    f, l = person_of(c)
    kw = dict(n=P(f + " " + l), l=P(l), a=AD(address(c, multiline=True)), p=PH(phone(c)), ref=fill("REF ####/##"), d=date_str(lang),
              e=EM(email_for(f, l)), ib=IB(iban(c if c.get("iban") else None, grouped=True)))
    body = {"en": "Dear Sir or Madam,\n\nI am writ ing to com plain about the wash ing machine deliv ered on <<d>>. It has leaked twice .\nPlease contact me on <<p>> .\n\nYours faithfully\n\n<<n>>",
            "de": "Sehr geehrte Damen und Herren,\n\nhiermit wider rufe ich den Vertrag vom <<d>>. Bitte über weisen Sie den Betrag auf mein Konto\n<<ib>> .\n\nMit freund lichen Grüßen\n<<n>>",
            "fr": "Madame, Monsieur,\n\nJe vous prie de bien vouloir résil ier mon abonnement (réf. <<ref>>). Vous pouvez me joindre au <<p>> .\n\nVeuillez agréer mes salutations distinguées.\n<<n>>",
            "it": "Spett.le Servizio Clienti,\n\ncon la presente chiedo il rimbor so dell'ordine del <<d>> sull'IBAN <<ib>> .\n\nDistinti saluti\n<<n>>",
            "nl": "Geachte heer/mevrouw,\n\nHierbij maak ik bezwaar tegen de factuur <<ref>>. U kunt mij bereiken via <<e>> .\n\nMet vriendelijke groet,\n<<n>>"}[lang]
    t = "[OCR scan p.1]\n<<n>>\n<<a>>\n\n" + ("Ref.  " if lang != "de" else "Ihr Zeichen:  ") + "<<ref>>\n\n" + body
    t = t.replace("\n\n", "\n \n")
    return "ocr_letter", lang, T(t, **kw)

def g_meeting_notes():
    lang = R.choice(["en", "en", "de", "sv", "nl", "fi"])
    names = [name_parts(R.choice(list(NAMES))) for _ in range(4)]
    c = pick_country()
    kw = dict(a1=P(names[0][0] + " " + names[0][1]), a2=P(names[1][0]), a3=P(names[2][0] + " " + names[2][1][0] + "."), f1=P(names[0][0]),
              cust=P(names[3][0] + " " + names[3][1]), cl=P(names[3][1]), loc=LO(city_of(c)), loc2=LO(pick_country()["cname"]), p=PH(phone(c)))
    T_ = {
     "en": "Weekly CX sync – notes\nAttendees: <<a1>>, <<a2>>, <<a3>>\n\n1. NPS dipped in <<loc>> after the carrier switch. <<a2>> to pull verbatims.\n2. Escalation: <<cust>> (long-time customer) threatened to go to the press. <<f1>> called <<cl>> back on <<p>>; resolved with voucher.\n3. Expansion to <<loc2>> postponed to Q3.\n\nAction items\n- <<a3>>: update macros\n- <<a2>>: brief agency",
     "de": "Protokoll CX-Jour-fixe\nTeilnehmende: <<a1>>, <<a2>>, <<a3>>\n\n1. Beschwerden aus <<loc>> gestiegen (Zusteller).\n2. Eskalation Kundin <<cust>> – <<f1>> hat Frau <<cl>> unter <<p>> zurückgerufen.\n3. Launch in <<loc2>> verschoben.\n\nTo-dos: <<a2>> aktualisiert die FAQ.",
     "sv": "Mötesanteckningar CX\nNärvarande: <<a1>>, <<a2>>, <<a3>>\n\n1. Fler klagomål från <<loc>>.\n2. <<f1>> ringde upp kunden <<cust>> på <<p>>.\n3. Lansering i <<loc2>> flyttas.\n",
     "nl": "Notulen CX-overleg\nAanwezig: <<a1>>, <<a2>>, <<a3>>\n\n1. Meer klachten uit <<loc>>.\n2. Klant <<cust>> gebeld door <<f1>> (<<p>>), opgelost.\n3. Uitrol naar <<loc2>> uitgesteld.",
     "fi": "Muistio: CX-palaveri\nLäsnä: <<a1>>, <<a2>>, <<a3>>\n\n1. Valituksia enemmän alueelta <<loc>>.\n2. <<f1>> soitti asiakkaalle <<cust>> numeroon <<p>>.\n3. Laajennus: <<loc2>> siirtyy.",
    }
    return "meeting_notes", lang, T(T_[lang], **kw)

def g_cv():
    c = pick_country()
    f, l = person_of(c)
    c2 = pick_country()
    kw = dict(n=P(f + " " + l), e=EM(email_for(f, l)), p=PH(phone(c, intl=True)), a=AD(address(c)), loc=LO(city_of(c2)), loc1=LO(city_of(c)),
              ref=P(full_name()), li="linkedin.com/in/" + R.choice(["cx-pro-2024", "brandstrategist", "growth-marketer-eu"]))
    t = R.choice([
        "<<n>>\nSenior CRM Manager\n<<a>> · <<p>> · <<e>> · <<li>>\n\nEXPERIENCE\n2021–now  Lifecycle Lead, Brightlane (<<loc>>)\n2017–2021 CRM Specialist, Northwind Retail (<<loc1>>)\n\nReferences: <<ref>>, available on request",
        "CV – <<n>>\nContact: <<e>> / <<p>>\nBased in <<loc1>>, open to relocation to <<loc>>.\nSkills: Braze, Salesforce Marketing Cloud, SQL, copywriting (EN/DE)"])
    return "cv_snippet", "en", T(t, **kw)

NOPII = [
 ("en", "Draft copy for the autumn newsletter:\n\nMeet the Florence armchair – now in sage velvet. Pair it with our Earl Grey candle and the Victoria side table for the cosiest corner in the house. Free delivery on orders over £50. Use code AUTUMN15 at checkout."),
 ("en", "Can you rewrite this product description to sound more premium? \"Chelsea boots in tan suede, Goodyear-welted, made by hand. Pairs with the Oxford shirt and our Marco Polo backpack.\""),
 ("en", "Social caption ideas for Ben & Jerry's-style sundae week: Tony the Tiger is NOT our mascot, please don't reference him. Our mascot is Captain Crumble. Keep it playful, max 120 chars, 3 variants."),
 ("en", "Summarise these app reviews: \"Checkout is smooth\", \"the dark mode is great\", \"crashes on Android 14 sometimes\", \"loyalty points take 48h to show\", \"love the Billy and Hemnes bundle\"."),
 ("en", "Brief: launch video for the Tesla-inspired e-bike 'Volt Jackson'. Tone like Patagonia, visuals like Apple. Music: upbeat, no vocals. Length 30s + 15s + 6s cutdowns. CTA: Book a test ride."),
 ("en", "Translate to German: \"Our Margherita pizza oven heats to 450°C in 15 minutes. Comes with a peel, a thermometer and a 2-year warranty.\""),
 ("en", "A/B test results: Subject line A (\"Your Sunday reset starts here\") 24.1% open, B (\"Mr. Clean approved? We'll let you decide\") 27.8% open. Which should we roll out and why?"),
 ("de", "Bitte formuliere einen Instagram-Post für unseren Adventskalender: 24 Türchen mit Produkten von Dr. Oetker, Milka und Haribo. Ton: locker, mit Emojis, maximal 3 Hashtags."),
 ("de", "Produkttext kürzen: „Die Stehleuchte ‚Louis‘ aus gebürstetem Messing bringt warmes Licht in jedes Wohnzimmer. Dimmbar, 3 Stufen, inkl. LED.“"),
 ("fr", "Peux-tu proposer trois accroches pour la nouvelle gamme « Madeleine » (moules à gâteaux) ? Ton chaleureux, public familial, sans jeux de mots faciles."),
 ("es", "Resume estas valoraciones: «envío rápido», «la talla viene pequeña», «el bolso Lisboa es precioso», «el servicio de atención al cliente respondió en 1 hora»."),
 ("it", "Scrivi una descrizione per il vestito Amalfi in lino: vestibilità morbida, colori sabbia e salvia, lavabile in lavatrice a 30°."),
 ("nl", "Schrijf drie varianten van een pushbericht voor onze Black Friday-actie: 30% korting op alle Stockholm-vloerkleden, alleen vandaag."),
 ("sv", "Skriv en kort produkttext för filten Bergen: 100 % ull, 130x170 cm, tillverkad i en liten väveri-familj sedan 1952."),
 ("en", "KPI dashboard notes: CSAT 4.4 (+0.2), FCR 71%, AHT 6m12s, backlog 312 tickets, top contact reason 'where is my order' (38%). Draft 3 bullet insights for the exec summary."),
 ("pl", "Przygotuj opis kampanii dla marki Wawel: nowa linia czekolad, grupa docelowa 25–40 lat, kanały: TikTok i Instagram."),
 ("en", "Rewrite for clarity: 'The Jordan 1 Retro High drop is at 10:00 GMT. One pair per customer. Raffle entries close at 23:59.'"),
 ("en", "Version 2.10.3.4 of the loyalty app ships Thursday. Release notes: fixed points sync, new Ronald-McDonald-free kids menu icons (legal asked), faster login."),
]
def g_nopii():
    lang, t = R.choice(NOPII)
    return "no_pii_marketing_copy", lang, (t, [])

def g_fraud():
    c = C[R.choice(["US", "US", "CA", "GB"])]
    f, l = person_of(c)
    cn, kind = card()
    kw = dict(n=P(f + " " + l), f=P(f), e=EM(email_for(f, l)), p=PH(phone(c)), a=AD(address(c)), ip=IP(ipv4(False)), ip2=IP(ipv4() if R.random() < 0.7 else ipv6()),
              cc=CC(cn), ssn=SS(ssn()), o=order_no(), loc=LO(city_of(c)), loc2=LO(R.choice(["Lagos", "Bucharest", "Jakarta", "São Paulo", "Manila"])))
    t = R.choice([
        "Fraud review – order <<o>>\nAccount holder: <<n>> (<<e>>)\nBilling: <<a>>\nCard used: <<cc>>\nLogin IPs: <<ip>> (<<loc2>>), <<ip2>>\nNotes: billing address in <<loc>> but device geolocates to <<loc2>>. Called <<p>>, no answer. Hold the order.",
        "Chargeback dispute packet\nCardholder: <<n>>\nLast 4 disputed; full PAN on file: <<cc>>\nOrder IP: <<ip>>\nShipping: <<a>>\nCustomer stated on call that the order was placed by her son. <<f>> agreed to return the items."])
    return "fraud_review_note", "en", T(t, **kw)

def g_us_application():
    c = C["US"]
    f, l = person_of(c)
    kw = dict(n=P(f + " " + l), e=EM(email_for(f, l)), p=PH(phone(c)), a=AD(address(c, multiline=R.random() < 0.5)), ssn=SS(ssn()), f=P(f), ag=P(R.choice(["Kim", "Luis", "Dana"])),
              d=date_str())
    t = R.choice([
        "Store credit card application (pasted from CRM)\nApplicant: <<n>>\nDOB: 1988-04-17\nSSN: <<ssn>>\nHome address: <<a>>\nMobile: <<p>>\nEmail: <<e>>\nAnnual income: $72,000\n\nPlease summarise whether anything is missing.",
        "Call note <<d>> – <<ag>>: customer <<n>> called about the co-branded Visa. Verified identity with SSN <<ssn>> and ZIP. Wants statements sent to <<e>> instead of <<a>>."])
    return "credit_application", "en", T(t, **kw)

def g_whatsapp():
    lang = R.choice(["en", "es", "pt", "it", "de", "tr", "nl", "fr"])
    c = pick_country(lang if lang != "en" else None, ["GB", "IN", "AU", "IE"] if lang == "en" else None)
    if lang == "pt" and R.random() < 0.6:
        c = C["BR"]
    if lang == "es" and R.random() < 0.4:
        c = C["MX"]
    f, l = person_of(c)
    agent = R.choice(["Laura", "Kemal", "Bruna", "Stefan", "Aylin", "Chiara"])
    d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026"
    kw = dict(f=P(f), ag=P(agent), p=PH(phone(c, intl=True)), a=AD(address(c)), e=EM(email_for(f, l)), n=P(f + " " + l), o=order_no(), d=d)
    msg = {"en": ("hi, where is my order <<o>>?", "Hi <<f>>! It's out for delivery to <<a>> today 🚚", "great, can you also update my email to <<e>>"),
           "es": ("hola, ¿dónde está mi pedido <<o>>?", "¡Hola <<f>>! Sale hoy en reparto a <<a>> 🚚", "genial, cambia mi correo a <<e>> porfa"),
           "pt": ("oi, cadê meu pedido <<o>>?", "Oi <<f>>! Saiu para entrega em <<a>> 🚚", "ótimo, pode atualizar meu e-mail para <<e>>?"),
           "it": ("ciao, dov'è il mio ordine <<o>>?", "Ciao <<f>>! È in consegna oggi a <<a>> 🚚", "perfetto, potete aggiornare la mail a <<e>>?"),
           "de": ("hi, wo bleibt meine Bestellung <<o>>?", "Hallo <<f>>! Sie ist heute in Zustellung an <<a>> 🚚", "super, bitte ändert meine Mail auf <<e>>"),
           "tr": ("merhaba, <<o>> numaralı siparişim nerede?", "Merhaba <<f>>! Bugün <<a>> adresine dağıtımda 🚚", "süper, e-postamı <<e>> olarak güncelleyebilir misiniz?"),
           "nl": ("hoi, waar blijft bestelling <<o>>?", "Hoi <<f>>! Vandaag onderweg naar <<a>> 🚚", "top, kunnen jullie mijn mail wijzigen naar <<e>>?"),
           "fr": ("bonjour, où en est ma commande <<o>> ?", "Bonjour <<f>> ! Elle est en cours de livraison au <<a>> 🚚", "super, pouvez-vous changer mon e-mail en <<e>> ?")}[lang]
    t = (f"WhatsApp Business export\n[<<d>>, 09:12] <<p>>: {msg[0]}\n[<<d>>, 09:15] <<ag>> (Support): {msg[1]}\n[<<d>>, 09:16] <<n>>: {msg[2]}\n[<<d>>, 09:17] <<ag>> (Support): 👍")
    return "whatsapp_export", lang, T(t, **kw)

def g_delivery_note():
    lang = R.choice(["en", "de", "sv", "da", "no", "fi", "cs", "pl", "pt"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "AU", "JP", "KR", "IN"] if lang == "en" else None)
    f, l = person_of(c)
    kw = dict(n=P(f + " " + l), a=AD(address(c, multiline=True, with_country=R.random() < 0.4)), p=PH(phone(c)), t=tracking(), w=f"{R.randint(1, 30)},{R.randint(0, 9)} kg",
              nb=P(full_name(R.choice(c["cults"]))))
    lab = {"en": ("DELIVERY NOTE", "Consignee", "Tel", "Weight", "If not home leave with"), "de": ("LIEFERSCHEIN", "Empfänger", "Tel.", "Gewicht", "Bei Abwesenheit abgeben bei"),
           "sv": ("FÖLJESEDEL", "Mottagare", "Tel", "Vikt", "Lämnas hos granne"), "da": ("FØLGESEDDEL", "Modtager", "Tlf.", "Vægt", "Afleveres hos nabo"),
           "no": ("PAKKSEDDEL", "Mottaker", "Tlf.", "Vekt", "Kan leveres til nabo"), "fi": ("LÄHETYSLISTA", "Vastaanottaja", "Puh.", "Paino", "Voi jättää naapurille"),
           "cs": ("DODACÍ LIST", "Příjemce", "Tel.", "Hmotnost", "Při nepřítomnosti předat"), "pl": ("LIST PRZEWOZOWY", "Odbiorca", "Tel.", "Waga", "W razie nieobecności zostawić u"),
           "pt": ("GUIA DE REMESSA", "Destinatário", "Tel.", "Peso", "Na ausência, entregar a")}[lang]
    t = f"{lab[0]}  <<t>>\n{lab[1]}:\n<<n>>\n<<a>>\n{lab[2]}: <<p>>\n{lab[3]}: <<w>>\n{lab[4]}: <<nb>>"
    return "delivery_note", lang, T(t, **kw)

def g_call_transcript():
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "pl", "sv"])
    c = pick_country(lang if lang != "en" else None, ["GB", "US", "IE", "AU", "CA"] if lang == "en" else None)
    f, l = person_of(c)
    ag = person_of(c)[0]
    kw = dict(f=P(f), l=P(l), n=P(f + " " + l), ag=P(ag), p=PH(phone(c)), a=AD(address(c)), e=EM(email_for(f, l)), o=order_no())
    T_ = {
     "en": "Agent (<<ag>>): Good afternoon, you're through to customer care, <<ag>> speaking.\nCaller: Hi, it's <<n>>, I rang yesterday about order <<o>>.\nAgent (<<ag>>): Thanks Mr/Ms <<l>>. Can you confirm the first line of the address?\nCaller: Yes, <<a>>.\nAgent (<<ag>>): Perfect. And is <<p>> still the best number?\nCaller: Yes.\nAgent (<<ag>>): Great, I'll email the label to <<e>>.",
     "de": "Agent (<<ag>>): Guten Tag, Kundenservice, Sie sprechen mit <<ag>>.\nAnrufer: Hallo, <<n>> hier, es geht um Bestellung <<o>>.\nAgent (<<ag>>): Danke, Frau/Herr <<l>>. Wie lautet Ihre Lieferadresse?\nAnrufer: <<a>>.\nAgent (<<ag>>): Und Ihre Rückrufnummer ist <<p>>?\nAnrufer: Genau.",
     "fr": "Conseiller (<<ag>>) : Bonjour, service client, <<ag>> à l'appareil.\nClient : Bonjour, <<n>>, j'appelle pour la commande <<o>>.\nConseiller (<<ag>>) : Merci M./Mme <<l>>. Votre adresse ?\nClient : <<a>>.\nConseiller (<<ag>>) : Je vous rappelle au <<p>> ?\nClient : Oui, parfait.",
     "es": "Agente (<<ag>>): Buenas tardes, atención al cliente, le atiende <<ag>>.\nCliente: Hola, soy <<n>>, llamo por el pedido <<o>>.\nAgente (<<ag>>): Gracias, señor/señora <<l>>. ¿Dirección de entrega?\nCliente: <<a>>.\nAgente (<<ag>>): ¿Le llamo al <<p>>?\nCliente: Sí.",
     "it": "Operatore (<<ag>>): Buongiorno, servizio clienti, sono <<ag>>.\nCliente: Salve, sono <<n>>, chiamo per l'ordine <<o>>.\nOperatore (<<ag>>): Grazie, signor/signora <<l>>. L'indirizzo?\nCliente: <<a>>.\nOperatore (<<ag>>): La richiamo al <<p>>?\nCliente: Sì, grazie.",
     "pl": "Konsultant (<<ag>>): Dzień dobry, biuro obsługi klienta, <<ag>> przy telefonie.\nKlient: Dzień dobry, <<n>>, dzwonię w sprawie zamówienia <<o>>.\nKonsultant (<<ag>>): Dziękuję. Adres dostawy?\nKlient: <<a>>.\nKonsultant (<<ag>>): Oddzwonię na numer <<p>>.",
     "sv": "Agent (<<ag>>): Hej, kundservice, du pratar med <<ag>>.\nKund: Hej, det är <<n>>, jag ringer om order <<o>>.\nAgent (<<ag>>): Tack. Vilken adress gäller?\nKund: <<a>>.\nAgent (<<ag>>): Och numret <<p>> stämmer?\nKund: Ja.",
    }
    return "call_centre_transcript", lang, T(T_[lang], **kw)

def g_asia_event():
    c = C[R.choice(["JP", "KR"])]
    out = ["Tokyo/Seoul pop-up – registrations (export)\n\nname,email,phone,company\n" if R.random() < 0.5 else "Pop-up registrations\n\nname,email,phone,company\n"]
    # header contains city names: label them
    hdr = out[0]
    out = []
    if hdr.startswith("Tokyo/Seoul"):
        out.append(T("<<a>>/<<b>> pop-up – registrations (export)\n\nname,email,phone,company\n", a=LO("Tokyo"), b=LO("Seoul")))
    else:
        out.append(hdr)
    for i in range(R.randint(3, 5)):
        cc = C[R.choice(["JP", "KR"])]
        f, l = person_of(cc)
        nm = R.choice([f + " " + l, l + " " + f, l.upper() + " " + f])
        out.append(T("<<n>>,<<e>>,<<p>>,<<co>>\n", n=P(nm), e=EM(email_for(f, l, work=R.random() < 0.5)), p=PH(phone(cc)), co=R.choice(["Sakura Trading KK", "Hanbit Media", "Nippon Retail Lab", "Seoul Beauty Co."])))
    return "event_registration_csv", "en", J(*out)

def g_nopii2():
    b = brand(); pr = prod()
    lang = R.choice(["en", "en", "en", "de", "fr", "es"])
    if lang == "en":
        t = R.choice([
            f"Write {R.randint(2, 5)} {R.choice(['push notification', 'email subject line', 'Instagram caption', 'SMS'])} variants for {b}'s {pr}. Tone: {R.choice(['playful', 'premium', 'calm', 'urgent but friendly'])}. Max {R.choice([40, 60, 90, 120])} characters, no emojis.",
            f"Weekly CX numbers: {R.randint(800, 5000)} tickets, CSAT {R.randint(38, 49) / 10}, median first response {R.randint(2, 59)} min, refunds {R.randint(1, 9)}.{R.randint(0, 9)}% of orders. Top product in complaints: {pr}. Give me 3 insights.",
            f"Our {pr} is back in stock! Order before {R.randint(1, 11)}pm for next-day delivery. Code BACK{R.randint(10, 30)} gives {R.randint(10, 30)}% off until Sunday. – {b}",
            f"Tag these tickets by topic: #{fill('#####')} 'lid cracked', #{fill('#####')} 'promo code not working', #{fill('#####')} 'can I change size', #{fill('#####')} 'tracking stuck since Monday'."])
    elif lang == "de":
        t = f"Bitte schreibe {R.randint(2, 4)} Varianten für einen Newsletter-Betreff zu unserem Produkt „{pr}“ von {b}. Ton: freundlich, nicht zu werblich. Rabattcode HERBST{R.randint(10, 25)}."
    elif lang == "fr":
        t = f"Propose {R.randint(2, 4)} légendes Instagram pour « {pr} » de {b}. Ton élégant, sans emoji, avec le code PROMO{R.randint(10, 25)}."
    else:
        t = f"Escribe {R.randint(2, 4)} asuntos de email para «{pr}» de {b}. Tono cercano. Código DESCUENTO{R.randint(10, 25)} válido hasta el domingo."
    return "no_pii_marketing_copy", lang, (t, [])

GENS = [(g_order_confirmation, 40), (g_shipping, 30), (g_returns, 25), (g_warranty, 12), (g_loyalty_letter, 22), (g_crm_csv, 18), (g_b2b_leads, 14),
        (g_event_reg, 14), (g_survey, 20), (g_review_reply, 28), (g_app_review, 12), (g_influencer, 20), (g_agency_brief, 10), (g_support_macro, 22),
        (g_chat, 18), (g_stt, 16), (g_invoice, 20), (g_forum, 10), (g_sms, 18), (g_slack, 14), (g_json, 16), (g_yaml, 8), (g_html, 10),
        (g_email_thread, 24), (g_ocr_letter, 12), (g_meeting_notes, 12), (g_cv, 8), (g_nopii, 18), (g_nopii2, 62), (g_fraud, 18), (g_us_application, 12),
        (g_whatsapp, 18), (g_delivery_note, 18), (g_call_transcript, 20), (g_asia_event, 6)]

def validate(text, spans):
    last = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), (sp, text)
        frag = text[s:e]
        assert frag == frag.strip() and frag, (sp, repr(frag))
        assert s >= last, ("overlap", sp, text)
        last = e

def main():
    target = 500
    funcs = [g for g, w in GENS for _ in range(w)]
    seen, rows = set(), []
    tries = 0
    while len(rows) < target and tries < 20000:
        tries += 1
        g = R.choice(funcs)
        kind, lang, (text, spans) = g()
        if text in seen:
            continue
        seen.add(text)
        validate(text, spans)
        spans = sorted(spans, key=lambda s: s["start"])
        rows.append({"id": f"hard10-{len(rows)}", "kind": kind, "lang": lang, "text": text, "spans": spans})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate the written file
    from collections import Counter
    tc, kc, lc, nop = Counter(), Counter(), Counter(), 0
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            validate(r["text"], r["spans"])
            kc[r["kind"]] += 1; lc[r["lang"]] += 1
            nop += not r["spans"]
            for s in r["spans"]:
                tc[s["type"]] += 1
    print("samples", len(rows), "no-PII", nop)
    print("types", dict(tc.most_common()))
    print("kinds", dict(kc.most_common()))
    print("langs", dict(lc.most_common()))

if __name__ == "__main__":
    main()
