#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set "hard14".

Writes hard14.jsonl next to this file and prints a self-check.
Text is built with a Builder that appends literal and labelled parts and records
offsets while appending; spans are never located by searching the finished text.
Templates use slots such as {per:a}, {phone}, {addr1:uk}; a slot with "=" labels a
hand-written literal, e.g. {per=Will}.  Slots are expanded strictly left to right.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from faker import Faker

SEED = 14014
R = random.Random(SEED)
Faker.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard14.jsonl")

LOCALES = {
    "us": "en_US", "uk": "en_GB", "ca": "en_CA", "au": "en_AU", "in": "en_IN", "br": "pt_BR",
    "mx": "es_MX", "de": "de_DE", "fr": "fr_FR", "it": "it_IT", "es": "es_ES", "nl": "nl_NL",
    "pl": "pl_PL", "se": "sv_SE", "jp": "ja_JP", "za": "zu_ZA", "tr": "tr_TR", "pt": "pt_PT",
    "ie": "en_IE",
}
FK = {c: Faker(loc) for c, loc in LOCALES.items()}

# --------------------------------------------------------------------------- builder


class Builder:
    def __init__(self, tf=None):
        self.parts, self.spans, self.n, self.tf = [], [], 0, tf

    def lit(self, s):
        if self.tf:
            s = self.tf(s)
        self.parts.append(s)
        self.n += len(s)

    def val(self, typ, s):
        if self.tf:
            s = self.tf(s)
        if typ:
            self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "_v": s})
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------- helpers


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def rdn(n):
    return str(R.randint(1, 9)) + rd(n - 1)


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def pick(x):
    return R.choice(x)


# --------------------------------------------------------------------------- names

APOS = [("Siobhan", "O'Neill"), ("Marco", "D'Angelo"), ("Liam", "O'Shaughnessy"), ("Aoife", "O'Brien"),
        ("Renée", "D'Souza"), ("Patrick", "O'Connor-Hale"), ("Chiara", "D'Amico"), ("Declan", "O'Rourke"),
        ("Giulia", "Dell'Orto"), ("Kwame", "N'Dour")]
HYPH = [("Anne-Marie", "Dubois-Leclerc"), ("Jean-Baptiste", "Moreau"), ("Hye-jin", "Park"),
        ("Mary-Kate", "Smith-Fairweather"), ("Karl-Heinz", "Müller-Lüdenscheidt"), ("Lara", "Hartley-Nwosu"),
        ("Ana-Sofía", "Ruiz-Tagle"), ("Zoë", "Clarke-Bamidele"), ("Jan-Willem", "Bakker"), ("Hans-Peter", "Kühn")]
PART = [("Daan", "van der Berg"), ("Maria", "de la Cruz"), ("Ahmad", "bin Ismail"), ("Khalid", "al-Rashid"),
        ("Friederike", "von Stein"), ("Pieter", "de Vries"), ("Ana", "dos Santos"), ("Luca", "Di Stefano"),
        ("Nur Aisyah", "binti Hassan"), ("Omar", "el-Amin"), ("Jan", "ter Horst"), ("Inês", "da Silva Ferreira"),
        ("Jacques", "Le Goff"), ("Sanne", "van den Heuvel"), ("Lorenzo", "De Luca"), ("Fatima", "Abu-Bakr"),
        ("Ludo", "van 't Hof"), ("Carmen", "del Río")]
WORD = [("Hope", "Brown"), ("Grace", "King"), ("Will", "Young"), ("Rose", "Summers"), ("Mark", "Bishop"),
        ("Bill", "Page"), ("Summer", "Hunter"), ("Faith", "Young"), ("Joy", "Baker"), ("Dawn", "Mason"),
        ("Frank", "Little"), ("Ivy", "Cook"), ("Miles", "Fisher"), ("Penny", "Rich"), ("Chase", "Banks"),
        ("April", "Moss"), ("Hunter", "Green"), ("Autumn", "Stone"), ("Sky", "Wood"), ("Sunny", "King"),
        ("Dean", "Brown"), ("Iris", "Lane"), ("Jack", "Mason"), ("Art", "Young")]
EXTRA = {
    "ng": [("Chinedu", "Okafor"), ("Ngozi", "Adeyemi"), ("Babatunde", "Olawale"), ("Amaka", "Eze"),
           ("Emeka", "Nwosu"), ("Funmilayo", "Adebayo"), ("Ifeoma", "Okonkwo"), ("Tunde", "Bakare"),
           ("Aisha", "Bello"), ("Yusuf", "Abubakar"), ("Chiamaka", "Obi"), ("Segun", "Oyelaran")],
    "ph": [("Maria Cristina", "Dela Cruz"), ("Jose", "Reyes"), ("Angelica", "Bautista"), ("Rodel", "Santos"),
           ("Jhun", "Villanueva"), ("Kristine", "Mendoza"), ("Marites", "Garcia"), ("Paolo", "Aquino"),
           ("Bea", "Lim"), ("Ramon", "Pascual"), ("Lovely", "Manalo"), ("Jerome", "Tolentino")],
    "ke": [("Wanjiru", "Kamau"), ("Otieno", "Odhiambo"), ("Njeri", "Mwangi"), ("Kiprop", "Chebet"),
           ("Baraka", "Mutua"), ("Zawadi", "Wanjala"), ("Amina", "Hassan"), ("Mwende", "Kilonzo"),
           ("Achieng", "Ouma"), ("Kamau", "Njoroge")],
    "za": [("Pieter", "Botha"), ("Annelie", "van Wyk"), ("Thabo", "Nkosi"), ("Lerato", "Dlamini"),
           ("Johan", "du Plessis"), ("Ayanda", "Mokoena")],
}
NICK = ["Bex", "Jonno", "Tash", "Mikey", "Lils", "Gaz", "Kaz", "Robbo", "Steph", "Nonna Pia", "Deano", "Jules"]


class Person:
    def __init__(self, first, last, mi=None):
        self.first, self.last, self.mi = first, last, mi

    @property
    def full(self):
        if self.mi:
            return f"{self.first} {self.mi}. {self.last}"
        return f"{self.first} {self.last}"


def make_person(country, key):
    k0 = key[0] if len(key) > 1 else ""
    if k0 == "w":
        f, l = pick(WORD)
        return Person(f, l)
    if k0 == "p":
        return Person(*pick(PART))
    if k0 == "q":
        return Person(*pick(APOS + HYPH))
    if k0 == "x":  # foreign person
        country = pick(list(LOCALES) + ["ng", "ph", "ke"])
    r = R.random()
    if r < 0.08:
        return Person(*pick(PART))
    if r < 0.15:
        return Person(*pick(APOS + HYPH))
    if r < 0.20 and country in ("us", "uk", "ca", "au", "ie"):
        return Person(*pick(WORD))
    if country in EXTRA and (country not in LOCALES or R.random() < 0.5):
        return Person(*pick(EXTRA[country]))
    fk = FK.get(country, FK["us"])
    if country == "jp":
        return Person(fk.first_romanized_name(), fk.last_romanized_name())
    mi = pick("ABCDEFGHJKLMNPRSTW") if (country in ("us", "ca") and R.random() < 0.25) else None
    return Person(fk.first_name(), fk.last_name(), mi)


# --------------------------------------------------------------------------- addresses

CITIES = {
    "us": ["Denver", "Austin", "Portland", "Columbus", "Tampa", "Boise", "Madison", "Raleigh", "Tucson", "Savannah", "Duluth", "Albany"],
    "uk": ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Manchester", "York", "Brighton", "London"],
    "ca": ["Toronto", "Vancouver", "Montréal", "Calgary", "Halifax", "Winnipeg", "Ottawa"],
    "au": ["Melbourne", "Sydney", "Perth", "Brisbane", "Adelaide", "Hobart", "Canberra"],
    "in": ["Bengaluru", "Pune", "Hyderabad", "Chennai", "Noida", "Kochi", "Jaipur"],
    "br": ["Rio de Janeiro", "São Paulo", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"],
    "mx": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Freiburg"],
    "fr": ["Lyon", "Paris", "Marseille", "Nantes", "Bordeaux", "Lille", "Toulouse"],
    "it": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Eindhoven"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
    "se": ["Göteborg", "Stockholm", "Malmö", "Uppsala", "Umeå"],
    "jp": ["Tokyo", "Osaka", "Kyoto", "Sapporo", "Fukuoka", "Yokohama"],
    "za": ["Pretoria", "Cape Town", "Durban", "Johannesburg", "Stellenbosch"],
    "ng": ["Lagos", "Abuja", "Enugu", "Ibadan", "Port Harcourt"],
    "ph": ["Taguig", "Quezon City", "Cebu City", "Davao", "Makati"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "ke": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
    "ie": ["Dublin", "Cork", "Galway", "Limerick", "Ennis"],
}
COUNTRY_NAME = {"us": "USA", "uk": "United Kingdom", "ca": "Canada", "au": "Australia", "in": "India",
                "br": "Brasil", "mx": "México", "de": "Deutschland", "fr": "France", "it": "Italia",
                "es": "España", "nl": "Nederland", "pl": "Polska", "se": "Sverige", "jp": "Japan",
                "za": "South Africa", "ng": "Nigeria", "ph": "Philippines", "tr": "Türkiye", "ke": "Kenya",
                "pt": "Portugal", "ie": "Ireland"}
COUNTRY_EN = {"us": "the States", "uk": "the UK", "ca": "Canada", "au": "Australia", "in": "India",
              "br": "Brazil", "mx": "Mexico", "de": "Germany", "fr": "France", "it": "Italy", "es": "Spain",
              "nl": "the Netherlands", "pl": "Poland", "se": "Sweden", "jp": "Japan", "za": "South Africa",
              "ng": "Nigeria", "ph": "the Philippines", "tr": "Turkey", "ke": "Kenya", "pt": "Portugal",
              "ie": "Ireland"}


def addr_us():
    city, st, zp = pick([("Denver", "CO", "802"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
                         ("Columbus", "OH", "432"), ("Tampa", "FL", "336"), ("Boise", "ID", "837"),
                         ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
                         ("Savannah", "GA", "314"), ("Duluth", "MN", "558"), ("Maquoketa", "IA", "520"),
                         ("Bozeman", "MT", "597")])
    z = zp + f"{R.randint(1, 99):02d}" + (f"-{rd(4)}" if R.random() < 0.15 else "")
    k = R.random()
    if k < 0.12:
        l1 = pick(["PO Box ", "P.O. Box ", "POB "]) + str(R.randint(10, 9999))
    elif k < 0.2:
        l1 = pick(["RR ", "Rural Route "]) + f"{R.randint(1, 9)} Box {R.randint(10, 400)}"
    else:
        l1 = f"{R.randint(1, 9899)} " + pick(["Maple Ave", "Oak Street", "Elm St.", "Cedar Lane", "Sunset Blvd",
                                              "Willow Creek Dr", "N 4th St", "Pine Ridge Rd", "Juniper Ct",
                                              "Lakeview Terrace", "W Colfax Ave", "Magnolia Way", "County Road 12"])
        if R.random() < 0.35:
            l1 += pick([f" Apt {R.randint(1, 40)}{pick('ABCD')}", f", Apt. {R.randint(100, 999)}",
                        f" Unit {R.randint(1, 30)}", f" #{R.randint(2, 40)}", f", Suite {R.randint(100, 990)}"])
    lines = [l1, f"{city}, {st} {z}"]
    if R.random() < 0.2:
        lines.append(pick(["USA", "United States"]))
    return lines


UKL = "ABDEFGHJLNPQRSTUWXYZ"


def addr_uk():
    city, pc = pick([("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
                     ("Norwich", "NR2"), ("Manchester", "M14"), ("York", "YO31"), ("Brighton", "BN1"),
                     ("London", "SE15"), ("London", "N16"), ("Hebden Bridge", "HX7")])
    pcode = f"{pc} {R.randint(1, 9)}{pick(UKL)}{pick(UKL)}"
    street = pick(["Kingsley Road", "Victoria Street", "Church Lane", "Albert Terrace", "Mill Close", "The Crescent",
                   "Harrow Gardens", "Station Road", "Orchard Way", "Queen's Drive", "Heptonstall Road"])
    lines = []
    k = R.random()
    if k < 0.35:
        lines.append(pick([f"Flat {R.randint(1, 12)}", f"Flat {R.randint(1, 5)}{pick('ABC')}", "Basement Flat",
                           "Ground Floor Flat"]) + f", {R.randint(1, 200)} {street}")
    elif k < 0.5:
        lines += [pick(["Rose Cottage", "The Old Forge", "Willow House", "Hope Farm", "1 Mews Cottages"]), street]
    else:
        lines.append(f"{R.randint(1, 300)} {street}")
    lines.append(city.upper() if R.random() < 0.3 else city)
    lines.append(pcode)
    if R.random() < 0.2:
        lines.append("United Kingdom")
    return lines


def addr_ca():
    city, prov, fsa = pick([("Toronto", "ON", "M4C"), ("Vancouver", "BC", "V5K"), ("Montréal", "QC", "H2X"),
                            ("Calgary", "AB", "T2N"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"),
                            ("Ottawa", "ON", "K1S")])
    pc = f"{fsa} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
    k = R.random()
    if k < 0.15:
        l1 = f"RR {R.randint(1, 6)}, Site {R.randint(1, 20)}, Comp {R.randint(1, 60)}"
        city, prov, pc = "Okotoks", "AB", f"T1S {R.randint(1, 9)}A{R.randint(1, 9)}"
    elif city == "Montréal":
        l1 = f"{R.randint(100, 9000)}, rue " + pick(["Saint-Denis", "Sherbrooke Est", "de la Montagne", "Rachel Ouest"]) + f", app. {R.randint(1, 30)}"
    else:
        l1 = (f"{R.randint(101, 2500)}-" if R.random() < 0.4 else "") + f"{R.randint(10, 9999)} " + pick(
            ["Queen St E", "Kingsway", "Bathurst Street", "Spring Garden Rd", "Portage Ave", "Bank St", "17 Ave SW"])
    lines = [l1, f"{city} {prov}" + pick(["  ", " "]) + pc]
    if R.random() < 0.25:
        lines.append("Canada")
    return lines


def addr_au():
    sub, st, pc = pick([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
                        ("Toowoomba", "QLD", "4350"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
                        ("Braddon", "ACT", "2612")])
    k = R.random()
    street = pick(["Wattle St", "Brunswick Street", "King St", "Banksia Crescent", "Jetty Road", "Gouger Street"])
    if k < 0.12:
        l1 = f"PO Box {R.randint(10, 3000)}"
    elif k < 0.2:
        l1 = f"RMB {R.randint(1000, 9999)} " + pick(["Old Coach Rd", "Wallaby Creek Rd"])
    elif k < 0.55:
        l1 = pick([f"Unit {R.randint(1, 20)}/{R.randint(1, 200)} {street}", f"{R.randint(1, 20)}/{R.randint(1, 200)} {street}",
                   f"Apartment {R.randint(100, 1200)}, {R.randint(1, 200)} {street}"])
    else:
        l1 = f"{R.randint(1, 400)} {street}"
    lines = [l1, f"{sub.upper() if R.random() < 0.6 else sub} {st} {pc}"]
    if R.random() < 0.2:
        lines.append("Australia")
    return lines


def addr_in():
    k = R.random()
    if k < 0.35:
        lines = [f"Flat {R.randint(1, 9)}0{R.randint(1, 4)}, " + pick(["Sai Krupa Apartments", "Prestige Lakeside", "Green Glen Layout", "Shanti Niketan"]),
                 f"{R.randint(1, 18)}th Cross, {R.randint(1, 9)}th Main, " + pick(["Indiranagar", "HSR Layout", "Koramangala 4th Block"]),
                 f"Bengaluru, Karnataka {R.randint(560001, 560103)}"]
    elif k < 0.6:
        lines = [f"H.No. {R.randint(1, 16)}-{R.randint(1, 9)}-{R.randint(10, 999)}, " + pick(["Gudimalkapur", "Ameerpet", "Kukatpally"]),
                 "Near " + pick(["Shiv Mandir", "SBI ATM", "Ratnadeep Supermarket"]),
                 f"Hyderabad, Telangana {R.randint(500001, 500090)}"]
    elif k < 0.8:
        lines = [f"{pick('ABCDE')}-{R.randint(1, 250)}, Sector {R.randint(1, 140)}", f"Noida, Uttar Pradesh {R.randint(201301, 201310)}"]
    else:
        lines = [f"{R.randint(1, 120)}/{R.randint(1, 30)}, " + pick(["Anna Salai", "TTK Road", "Lloyds Road"]), pick(["Teynampet", "Alwarpet", "Royapettah"]),
                 f"Chennai - {R.randint(600001, 600100)}"]
    if R.random() < 0.2:
        lines.append("India")
    return lines


def addr_br():
    k = R.random()
    if k < 0.5:
        lines = [f"Rua das Laranjeiras, {R.randint(10, 999)}" + pick([f", apto {R.randint(101, 1204)}", f", ap. {R.randint(11, 99)} bloco B", ""]),
                 "Laranjeiras - Rio de Janeiro/RJ", f"CEP {R.randint(20000, 23799)}-{rd(3)}"]
    else:
        lines = [pick(["Av. Paulista", "Rua Augusta", "Rua Oscar Freire", "Alameda Santos"]) + f", {R.randint(10, 2500)}" + pick([f" - cj. {R.randint(10, 150)}", f", casa {R.randint(1, 4)}", ""]),
                 pick(["Bela Vista", "Jardim Paulista", "Consolação", "Cerqueira César"]) + ", São Paulo - SP", f"{R.randint(1000, 5999):05d}-{rd(3)}"]
    if R.random() < 0.2:
        lines.append("Brasil")
    return lines


def addr_mx():
    if R.random() < 0.5:
        lines = [f"Av. Insurgentes Sur {R.randint(100, 3000)}" + pick([f", Int. {R.randint(1, 40)}", f" Depto. {R.randint(101, 902)}", ""]),
                 "Col. " + pick(["Crédito Constructor", "Del Valle Centro", "Roma Norte", "Condesa"]) + ", " + pick(["Benito Juárez", "Cuauhtémoc"]),
                 f"0{R.randint(3000, 6999)} Ciudad de México, CDMX"]
    else:
        lines = [f"Calle {pick(['Morelos', 'Hidalgo', 'Juárez', '5 de Mayo'])} #{R.randint(10, 999)}", pick(["Col. Centro", "Col. Americana", "Col. Chapalita"]),
                 f"{R.randint(44100, 45200)} Guadalajara, Jal."]
    if R.random() < 0.2:
        lines.append("México")
    return lines


def addr_de():
    street = pick(["Hauptstraße", "Lindenallee", "Am Markt", "Schillerstr.", "Bergmannstraße", "Kastanienweg", "Grüner Weg"])
    l1 = f"{street} {R.randint(1, 140)}" + pick(["", "", "a", "b", " / Hinterhaus", ", 2. OG", ", App. 14"])
    city, plz = pick([("Berlin", "10827"), ("Hamburg", "20259"), ("München", "80469"), ("Köln", "50667"),
                      ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098")])
    lines = [l1, f"{plz} {city}"]
    if R.random() < 0.25:
        lines.append(pick(["Deutschland", "Germany", "GERMANY"]))
    return lines


def addr_fr():
    l1 = f"{R.randint(1, 140)}" + pick(["", " bis", " ter"]) + " " + pick(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Tilleuls", "quai de la Loire", "rue du Faubourg Saint-Antoine"])
    lines = [l1]
    if R.random() < 0.35:
        lines.insert(0, pick([f"Bât. {pick('ABC')}, esc. {R.randint(1, 4)}", f"Résidence Les Pins, apt {R.randint(1, 60)}", f"{R.randint(2, 7)}e étage gauche"]))
    cp, city = pick([("69003", "Lyon"), ("75011", "Paris"), ("13006", "Marseille"), ("44000", "Nantes"), ("33800", "Bordeaux"), ("59000", "Lille")])
    lines.append(f"{cp} {city.upper() if R.random() < 0.5 else city}")
    if R.random() < 0.2:
        lines.append("France")
    return lines


def addr_it():
    l1 = pick(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale dei Mille", "Piazza della Libertà", "Via dell'Indipendenza"]) + pick([" ", ", "]) + str(R.randint(1, 200))
    if R.random() < 0.4:
        l1 += pick([f", int. {R.randint(1, 20)}", f", scala {pick('ABC')}", "/bis"])
    cap, city, pr = pick([("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10123", "Torino", "TO"),
                          ("40126", "Bologna", "BO"), ("80134", "Napoli", "NA"), ("50122", "Firenze", "FI")])
    lines = [l1, f"{cap} {city} " + pick([f"({pr})", pr])]
    if R.random() < 0.2:
        lines.append("Italia")
    return lines


def addr_es():
    l1 = pick(["C/ de Alcalá", "Calle Mayor", "Avda. Diagonal", "Calle de la Paz", "Paseo de Gracia", "Rúa do Vilar"]) + f", {R.randint(1, 400)}"
    l1 += pick([f", {R.randint(1, 9)}º {pick(['izq.', 'dcha.', 'A', 'B'])}", f", {R.randint(1, 6)}º {R.randint(1, 4)}ª", ", bajo", ""])
    cp, city = pick([("28009", "Madrid"), ("08036", "Barcelona"), ("46001", "Valencia"), ("41004", "Sevilla"), ("48001", "Bilbao")])
    lines = [l1, f"{cp} {city}"]
    if R.random() < 0.2:
        lines.append("España")
    return lines


def addr_nl():
    l1 = pick(["Prinsengracht", "Kerkstraat", "Laan van Meerdervoort", "Oudegracht", "Hoofdweg", "Julianalaan"]) + f" {R.randint(1, 600)}" + pick(["", "", "-1", " bis", "A", "-hs", " 3-hoog"])
    pc, city = pick([("1016", "Amsterdam"), ("2564", "Den Haag"), ("3512", "Utrecht"), ("3011", "Rotterdam"), ("9711", "Groningen")])
    lines = [l1, f"{pc} {pick('ABCDEGHJKLNPRSTVWXZ')}{pick('ABCDEGHJKLNPRSTVWXZ')}" + pick([" ", "  "]) + (city.upper() if R.random() < 0.3 else city)]
    if R.random() < 0.2:
        lines.append("Nederland")
    return lines


def addr_pl():
    k = R.random()
    if k < 0.6:
        l1 = pick(["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Św. Marcina"]) + f" {R.randint(1, 200)}" + pick([f"/{R.randint(1, 90)}", f" m. {R.randint(1, 60)}", f" lok. {R.randint(1, 20)}", ""])
    else:
        l1 = f"os. {pick(['Tysiąclecia', 'Piastów', 'Kalinowe'])} {R.randint(1, 60)}/{R.randint(1, 80)}"
    pc, city = pick([("00-514", "Warszawa"), ("31-610", "Kraków"), ("80-831", "Gdańsk"), ("90-102", "Łódź"), ("61-809", "Poznań")])
    lines = [l1, f"{pc} {city}"]
    if R.random() < 0.2:
        lines.append("Polska")
    return lines


def addr_se():
    if R.random() < 0.15:
        l1 = f"Box {R.randint(100, 9999)}"
    else:
        l1 = pick(["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan"]) + f" {R.randint(1, 90)}" + pick(["", f", lgh {R.randint(1001, 1604)}", " B", f" lgh {R.randint(1001, 1604)}"])
    pc, city = pick([("411 38", "Göteborg"), ("111 52", "Stockholm"), ("211 22", "Malmö"), ("753 20", "Uppsala")])
    lines = [l1, f"{pc} {city.upper() if R.random() < 0.4 else city}"]
    if R.random() < 0.25:
        lines.append("Sverige")
    return lines


def addr_jp():
    if R.random() < 0.5:
        lines = [pick(["Sakura Mansion", "Maison Aoyama", "Heights Nakameguro", "Grand Coop"]) + f" {R.randint(1, 12)}0{R.randint(1, 9)}",
                 f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} " + pick(["Nishi-Shinjuku", "Jingumae", "Kamimeguro", "Kitazawa"]),
                 pick(["Shinjuku-ku", "Shibuya-ku", "Meguro-ku", "Setagaya-ku"]) + f", Tokyo {R.randint(150, 169)}-{rd(4)}"]
    else:
        lines = [f"{R.randint(1, 9)}-chome-{R.randint(1, 20)}-{R.randint(1, 30)} " + pick(["Namba", "Umeda", "Tenjin"]),
                 pick(["Chuo-ku, Osaka-shi, Osaka", "Kita-ku, Osaka", "Chuo-ku, Fukuoka"]) + f" {R.randint(530, 810)}-{rd(4)}"]
    if R.random() < 0.3:
        lines.append("Japan")
    return lines


def addr_za():
    k = R.random()
    if k < 0.4:
        lines = [f"{R.randint(1, 200)} Jacaranda Street", "Menlo Park", "Pretoria", f"00{R.randint(10, 99)}"]
    elif k < 0.6:
        lines = [f"PO Box {R.randint(100, 9999)}", "Stellenbosch", "7599"]
    else:
        lines = [f"Unit {R.randint(1, 40)}, " + pick(["Seaview Court", "Bantry Heights"]), f"{R.randint(1, 120)} Beach Road", "Sea Point", "Cape Town", "8005"]
    if R.random() < 0.25:
        lines.append("South Africa")
    return lines


def addr_ng():
    k = R.random()
    if k < 0.45:
        lines = [f"Plot {R.randint(1, 900)}, " + pick(["Adeola Odeku Street", "Ajose Adeogun Street", "Ozumba Mbadiwe Avenue"]), "Victoria Island", f"Lagos {R.choice(['101241', '106104'])}"]
    elif k < 0.75:
        lines = [f"No. {R.randint(1, 80)} Okpara Avenue", "GRA", "Enugu, Enugu State"]
    else:
        lines = [f"P.M.B. {R.randint(1000, 9999)}", "Bodija", "Ibadan, Oyo State"]
    if R.random() < 0.3:
        lines.append("Nigeria")
    return lines


def addr_ph():
    if R.random() < 0.5:
        lines = [f"Unit {R.randint(2, 40)}{pick('ABCDEF')}, Tower {R.randint(1, 4)}, " + pick(["Avida Towers", "One Serendra", "Grass Residences"]),
                 f"{R.randint(20, 40)}th St, Bonifacio Global City", "Taguig 1634 Metro Manila"]
    else:
        lines = [f"Blk {R.randint(1, 30)} Lot {R.randint(1, 40)} Phase {R.randint(1, 4)}", "Camella Homes, Brgy. Talon Dos", "Las Piñas City 1747"]
    if R.random() < 0.3:
        lines.append("Philippines")
    return lines


def addr_tr():
    if R.random() < 0.5:
        lines = [f"Caddebostan Mah. Bağdat Cad. No: {R.randint(1, 400)} D: {R.randint(1, 20)}", f"347{R.randint(10, 40)} Kadıköy/İstanbul"]
    else:
        lines = [f"Atatürk Bulvarı No:{R.randint(1, 200)} Kat:{R.randint(1, 9)}", f"06{R.randint(400, 700)} Çankaya/Ankara"]
    if R.random() < 0.25:
        lines.append("Türkiye")
    return lines


def addr_ke():
    if R.random() < 0.5:
        lines = [f"P.O. Box {R.randint(1000, 99999)}-00100", "Nairobi"]
    else:
        lines = [f"House No. {R.randint(1, 60)}, Argwings Kodhek Road", "Kilimani, Nairobi"]
    if R.random() < 0.3:
        lines.append("Kenya")
    return lines


def addr_pt():
    l1 = pick(["Rua Augusta", "Av. da Boavista", "Rua de Santa Catarina", "Travessa do Carmo"]) + f" {R.randint(1, 1500)}" + pick([", 2º Dto", ", 3º Esq.", ", R/C", ""])
    pc, city = pick([("1100-048", "Lisboa"), ("4150-131", "Porto"), ("4700-321", "Braga")])
    lines = [l1, f"{pc} {city}"]
    if R.random() < 0.2:
        lines.append("Portugal")
    return lines


def addr_ie():
    lines = [pick([f"Apt {R.randint(1, 30)}, ", ""]) + f"{R.randint(1, 90)} " + pick(["Main Street", "Parnell Square", "O'Connell Street", "Abbey Road"]),
             pick(["Ennis", "Rathmines", "Salthill"]), pick(["Co. Clare", "Dublin 6", "Co. Galway"]),
             pick(["V95 XK73", "D06 F2C4", "H91 E2K3"])]
    if R.random() < 0.2:
        lines.append("Ireland")
    return lines


ADDR = {k[5:]: v for k, v in globals().items() if k.startswith("addr_")}

# --------------------------------------------------------------------------- phones


def phone(c, intl=None):
    if intl is None:
        intl = R.random() < 0.4
    if c in ("us", "ca"):
        ac = pick({"us": ["303", "512", "503", "614", "813", "208", "608", "919", "520", "912", "218", "406"],
                   "ca": ["416", "604", "514", "403", "902", "204", "613"]}[c])
        ex, ln = f"{R.randint(2, 9)}{rd(2)}", rd(4)
        if intl:
            return pick([f"+1 {ac} {ex} {ln}", f"+1 ({ac}) {ex}-{ln}", f"+1-{ac}-{ex}-{ln}", f"+1.{ac}.{ex}.{ln}"])
        return pick([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"{ac} {ex} {ln}", f"1-{ac}-{ex}-{ln}", f"({ac}){ex}-{ln}"])
    if c == "uk":
        if R.random() < 0.6:
            a, b = "7" + rd(3), rd(6)
            return pick([f"+44 {a} {b}", f"+44 (0){a} {b}", f"0044 {a} {b[:3]} {b[3:]}"]) if intl else pick([f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"0{a}-{b}", f"0{a}{b}"])
        a, b = rd(4), rd(4)
        return f"+44 20 {a} {b}" if intl else pick([f"020 {a} {b}", f"(020) {a} {b}", f"0113 {rd(3)} {rd(4)}"])
    if c == "ie":
        a, b = rd(3), rd(4)
        return f"+353 8{R.randint(3, 9)} {a} {b}" if intl else pick([f"08{R.randint(3, 9)} {a} {b}", f"08{R.randint(3, 9)}-{a}{b}", f"(065) {rd(3)} {rd(4)}"])
    if c == "au":
        a, b, d = rd(2), rd(3), rd(3)
        return pick([f"+61 4{a} {b} {d}", f"+61 (0)4{a} {b} {d}"]) if intl else pick([f"04{a} {b} {d}", f"04{a}{b}{d}", f"(02) {rd(4)} {rd(4)}", f"03 {rd(4)} {rd(4)}"])
    if c == "in":
        a, b = rdn(5), rd(5)
        if a[0] in "12345":
            a = "9" + a[1:]
        return pick([f"+91 {a} {b}", f"+91-{a}-{b}", f"+91{a}{b}"]) if intl else pick([f"{a} {b}", f"0{a}{b}", f"{a}-{b}", f"080-{rd(4)} {rd(4)}"])
    if c == "br":
        dd = pick(["11", "21", "31", "41", "81"])
        a, b = "9" + rd(4), rd(4)
        return pick([f"+55 {dd} {a}-{b}", f"+55 ({dd}) {a}-{b}", f"+55{dd}{a}{b}"]) if intl else pick([f"({dd}) {a}-{b}", f"{dd} {a}-{b}", f"({dd}) {a[1:]}-{b}"])
    if c == "mx":
        a, b = rd(4), rd(4)
        return pick([f"+52 55 {a} {b}", f"+52 1 55 {a} {b}", f"+52 (33) {a} {b}"]) if intl else pick([f"55 {a} {b}", f"(33) {a}-{b}", f"55-{a}-{b}", f"044 55 {a} {b}"])
    if c == "de":
        if R.random() < 0.5:
            p, n = pick(["151", "160", "171", "176"]), rd(7) + rd(R.randint(0, 1))
            return pick([f"+49 {p} {n}", f"+49 (0){p} {n[:3]} {n[3:]}", f"0049 {p} {n}"]) if intl else pick([f"0{p} {n}", f"0{p}/{n}", f"0{p}-{n}", f"(0{p}) {n[:3]} {n[3:]}"])
        p, n = pick(["30", "40", "89", "221", "341"]), rd(7)
        return f"+49 {p} {n}" if intl else pick([f"0{p} {n}", f"0{p}/{n[:3]} {n[3:]}", f"(0{p}) {n}"])
    if c == "fr":
        g = [pick(["6", "7", "1", "4"])] + [rd(2) for _ in range(4)]
        return pick(["+33 " + " ".join(g), "+33 (0)" + " ".join(g), "0033 " + " ".join(g)]) if intl else pick(["0" + " ".join(g), "0" + ".".join(g), "0" + "-".join(g), "0" + "".join(g)])
    if c == "it":
        p, n = pick(["347", "333", "320", "389"]), rd(7)
        return pick([f"+39 {p} {n}", f"+39 {p} {n[:3]} {n[3:]}", f"0039 {p}{n}"]) if intl else pick([f"{p} {n}", f"{p} {n[:3]} {n[3:]}", f"{p}/{n}", f"{p}-{n}", f"02 {rd(4)} {rd(4)}"])
    if c == "es":
        a = pick(["6", "7"]) + rd(2)
        b, d, e = rd(3), rd(3), rd(2)
        return pick([f"+34 {a} {b} {d}", f"+34 {a}{b}{d}", f"(+34) {a} {b[:2]} {b[2]}{d[0]} {d[1:]}"]) if intl else pick([f"{a} {b} {d}", f"{a} {b[:2]} {b[2]}{d[0]} {d[1:]}", f"{a}{b}{d}", f"91 {rd(3)} {rd(2)} {e}"])
    if c == "nl":
        n = rd(8)
        return pick([f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}", f"+316{n}"]) if intl else pick([f"06-{n}", f"06 {n[:2]} {n[2:5]} {n[5:]}", f"06{n}", f"020-{rd(3)} {rd(4)}"])
    if c == "pl":
        a, b, d = pick(["5", "6", "7", "8"]) + rd(2), rd(3), rd(3)
        return pick([f"+48 {a} {b} {d}", f"+48 {a}-{b}-{d}", f"+48{a}{b}{d}"]) if intl else pick([f"{a} {b} {d}", f"{a}-{b}-{d}", f"{a}{b}{d}", f"22 {rd(3)} {rd(2)} {rd(2)}"])
    if c == "se":
        a, b, d, e = pick(["70", "72", "73", "76"]), rd(3), rd(2), rd(2)
        return pick([f"+46 {a} {b} {d} {e}", f"+46 (0){a}-{b} {d} {e}", f"+46{a}{b}{d}{e}"]) if intl else pick([f"0{a}-{b} {d} {e}", f"0{a} {b} {d} {e}", f"0{a}-{b}{d}{e}", f"08-{rd(3)} {rd(3)} {rd(2)}"])
    if c == "jp":
        p, a, b = pick(["90", "80", "70"]), rd(4), rd(4)
        return pick([f"+81 {p}-{a}-{b}", f"+81 {p} {a} {b}", f"+81-3-{rd(4)}-{rd(4)}"]) if intl else pick([f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"03-{rd(4)}-{rd(4)}", f"0{p}({a}){b}"])
    if c == "za":
        p, a, b = pick(["82", "83", "72", "61"]), rd(3), rd(4)
        return pick([f"+27 {p} {a} {b}", f"+27 (0){p} {a} {b}", f"+27{p}{a}{b}"]) if intl else pick([f"0{p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"021 {rd(3)} {rd(4)}"])
    if c == "ng":
        p, a, b = pick(["803", "806", "813", "905", "708"]), rd(3), rd(4)
        return pick([f"+234 {p} {a} {b}", f"+234 (0){p} {a} {b}", f"+234{p}{a}{b}", f"234-{p}-{a}-{b}"]) if intl else pick([f"0{p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"])
    if c == "ph":
        p, a, b = pick(["917", "918", "927", "998", "905"]), rd(3), rd(4)
        return pick([f"+63 {p} {a} {b}", f"+63-{p}-{a}-{b}", f"+63{p}{a}{b}"]) if intl else pick([f"0{p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"(02) 8{rd(3)} {rd(4)}"])
    if c == "tr":
        p, a, b, d = pick(["532", "533", "542", "555", "505"]), rd(3), rd(2), rd(2)
        return pick([f"+90 {p} {a} {b} {d}", f"+90 ({p}) {a} {b}{d}", f"+90{p}{a}{b}{d}"]) if intl else pick([f"0{p} {a} {b} {d}", f"0 ({p}) {a} {b} {d}", f"0{p}{a}{b}{d}", f"0216 {rd(3)} {rd(2)} {rd(2)}"])
    if c == "ke":
        p, a, b = pick(["712", "722", "733", "110", "790"]), rd(3), rd(3)
        return pick([f"+254 {p} {a}{b}", f"+254 {p} {a} {b}", f"+254-{p}-{a}-{b}"]) if intl else pick([f"0{p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}{b}"])
    if c == "pt":
        a, b, d = "9" + pick("1236") + rd(1), rd(3), rd(3)
        return pick([f"+351 {a} {b} {d}", f"+351 {a}{b}{d}", f"00351 {a} {b} {d}"]) if intl else pick([f"{a} {b} {d}", f"{a}{b}{d}", f"21 {rd(3)} {rd(4)}"])
    raise KeyError(c)


DW = "zero one two three four five six seven eight nine".split()


def speak_digits(num):
    ds = [ch for ch in num if ch.isdigit() or ch == "+"]
    out, i = [], 0
    while i < len(ds):
        ch = ds[i]
        if ch == "+":
            out.append("plus")
            i += 1
            continue
        j = i
        while j < len(ds) and ds[j] == ch:
            j += 1
        run = j - i
        w = "oh" if ch == "0" and R.random() < 0.7 else DW[int(ch)]
        while run > 0:
            if run >= 3 and R.random() < 0.4:
                out.append("triple " + w)
                run -= 3
            elif run >= 2 and R.random() < 0.6:
                out.append("double " + w)
                run -= 2
            else:
                out.append(w)
                run -= 1
        i = j
    return " ".join(out)


# --------------------------------------------------------------------------- cards, ibans, ssn, ip, email


def luhn(prefix, length):
    d = [int(x) for x in prefix]
    while len(d) < length - 1:
        d.append(R.randint(0, 9))
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def card():
    k = R.random()
    if k < 0.4:
        n = luhn("4" + rd(1), 16)
    elif k < 0.7:
        n = luhn(pick(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16)
    elif k < 0.85:
        n = luhn(pick(["34", "37"]), 15)
    else:
        n = luhn(pick(["6011", "65", "3528", "3589"]), 16)
    sep = pick([" ", " ", "-", "", "  "])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "a22n", "NL": "NL", "PL": "24n", "SE": "20n",
            "GB": "GB", "IE": "IE", "PT": "21n", "BE": "12n", "TR": "22n", "CH": "17n", "BR": "BR"}
IBAN_OF = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "se": "SE", "uk": "GB",
           "ie": "IE", "pt": "PT", "tr": "TR", "br": "BR"}


def iban(cc=None):
    if cc is None:
        cc = pick(list(IBAN_FMT))
    f = IBAN_FMT[cc]
    if f == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + rd(10)
    elif f == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif f == "IE":
        bban = pick(["AIBK", "BOFI"]) + rd(14)
    elif f == "BR":
        bban = rd(23) + pick(["C", "P"]) + "1"
    elif f == "a22n":
        bban = pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rd(22)
    elif cc == "TR":
        bban = rd(5) + "0" + rd(16)
    else:
        bban = rd(int(f[:-1]))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    if R.random() < 0.65:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = pick(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ip4():
    k = R.random()
    if k < 0.25:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if k < 0.35:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    while True:
        a = R.randint(11, 223)
        if a not in (127, 10, 192, 172):
            break
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip6():
    h = lambda: format(R.randint(1, 0xFFFF), "x")
    k = R.random()
    if k < 0.3:
        return f"2001:db8:{h()}:{h()}::{h()}"
    if k < 0.55:
        return ":".join(h() for _ in range(8))
    if k < 0.75:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}::{h()}".upper() if R.random() < 0.3 else f"2a02:{h()}:{h()}::{h()}:{h()}"


DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
           "uk": ["btinternet.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
           "it": ["libero.it", "tiscali.it", "gmail.com"], "es": ["telefonica.net", "gmail.com", "hotmail.es"],
           "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "pl": ["wp.pl", "o2.pl", "interia.pl"],
           "se": ["telia.com", "hotmail.se", "gmail.com"], "br": ["uol.com.br", "bol.com.br", "gmail.com"],
           "mx": ["prodigy.net.mx", "hotmail.com", "gmail.com"], "tr": ["yandex.com.tr", "gmail.com", "hotmail.com.tr"],
           "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "jp": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "pt": ["sapo.pt", "gmail.com"], "au": ["bigpond.com", "gmail.com", "optusnet.com.au"],
           "ca": ["rogers.com", "shaw.ca", "gmail.com"], "ie": ["eircom.net", "gmail.com"],
           "ke": ["gmail.com", "yahoo.com"], "ng": ["gmail.com", "yahoo.com"], "ph": ["yahoo.com.ph", "gmail.com"],
           "za": ["mweb.co.za", "gmail.com", "telkomsa.net"]}
WORK = ["northwind-logistics.com", "brightpath.io", "kestrel-analytics.co.uk", "fabrikam.de", "lumen-studio.fr",
        "harbourline.com.au", "tidewater.health", "oakmere.ie", "copperleaf.co", "bluefin-media.com"]


def email_for(p, c):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower().split(" ")[0]) or "info"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "x"
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f[0]}", f"{f}{R.randint(70, 2005)}",
                  f"{f}.{l}+orders", f"{f}{l}", f"{l}{f[0]}{R.randint(1, 9)}"])
    dom = pick(WORK) if R.random() < 0.25 else pick(DOMAINS.get(c, DOMAINS["us"]))
    return f"{local}@{dom}"


HANDLES = ["sunnyside_77", "crumbs.and.coffee", "bluebird1988", "the.real.mtb", "kitchenwitch", "m0nst3r_truck",
           "nightowl.reads", "pixelpeach", "trailrunner42", "zen.garden.co"]


def speak_email(e):
    loc, dom = e.split("@")
    conv = lambda s: " ".join(w for w in re.sub(r"\.", " dot ", re.sub(r"_", " underscore ", re.sub(r"\+", " plus ", s))).split())
    return f"{conv(loc)} at {conv(dom)}"


# --------------------------------------------------------------------------- distractors

BRANDS = ["Ben & Jerry's", "Trader Joe's", "Dr Pepper", "Wendy's", "Tim Hortons", "Marks & Spencer", "Sainsbury's",
          "Jack Daniel's", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Ralph Lauren", "Johnnie Walker",
          "Ted Baker", "Paul Smith", "Jo Malone", "Fred Perry", "Papa John's", "Kiehl's", "Levi's", "Kellogg's",
          "Estée Lauder", "Dolce & Gabbana", "Mrs. Meyer's", "Carl's Jr.", "Ray-Ban", "Martha's Kitchen Co."]


def sku():
    return pick([f"SKU {pick(['TX', 'BLK', 'HX', 'MW'])}-{rd(5)}-{pick(['BLK', 'WHT', 'L', 'XL', '32'])}",
                 f"{pick('ABCDEFGH')}{pick('ABCDEFGH')}-{rd(4)}-{rd(2)}", f"item #{rd(6)}", f"P/N {rd(3)}-{rd(4)}-{rd(2)}",
                 f"EAN {rdn(13)}", f"model {pick(['XR', 'QX', 'HD'])}{rd(3)}"])


def order():
    return pick([f"#{rd(7)}", f"ORD-{rd(4)}-{rd(4)}", f"{pick('ABCDEFGHJK')}{rd(9)}", f"112-{rd(7)}-{rd(7)}",
                 f"#{rd(3)}-{rd(3)}-{rd(4)}", f"WEB{rd(8)}"])


def track():
    return pick([f"1Z{rd(3)}{pick('AEWX')}{pick('AEWX')}{rd(10)}", f"94001{rd(17)}",
                 f"{pick(['AB', 'RB', 'LX', 'CP'])}{rd(9)}{pick(['GB', 'DE', 'NL', 'SE'])}", f"JD{rd(18)}", rd(12),
                 f"9400 {rd(4)} {rd(4)} {rd(4)} {rd(4)} {rd(2)}"])


CURRENCY = {
    "us": ["${a}.99", "${a}.00", "US${a}"], "uk": ["£{a}.50", "£{a}.99", "£{a}"], "ca": ["C${a}.99", "${a}.00 CAD"],
    "au": ["A${a}.95", "${a}.00"], "in": ["₹{a},499", "Rs. {a}99/-"], "br": ["R$ {a},90", "R${a},00"],
    "mx": ["${a}.00 MXN", "MX${a}"], "pl": ["{a},99 zł", "{a} PLN"], "se": ["{a} kr", "{a}:-"], "tr": ["{a} TL", "₺{a},90"],
    "jp": ["¥{a}00", "{a}00円"], "za": ["R{a}.99", "R {a}"], "ng": ["₦{a},500", "NGN {a}000"], "ph": ["₱{a}9", "PHP {a}.00"],
    "ke": ["KSh {a}0", "Ksh{a},000"],
}
EURO = ["€{a},95", "{a},00 €", "€ {a}.99", "EUR {a}"]


def price(c="us"):
    return pick(CURRENCY.get(c, EURO)).format(a=R.randint(3, 400))


def date():
    return pick([f"{R.randint(1, 28)}/{R.randint(1, 12):02d}/20{R.randint(22, 25)}", f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                 f"{pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {R.randint(1, 28)} {pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])}",
                 f"{pick(['March', 'June', 'October'])} {R.randint(1, 28)}, 2025", f"{R.randint(1, 28)}.{R.randint(1, 12):02d}.2024"])


def tim():
    return pick([f"{R.randint(1, 12)}:{pick(['00', '15', '30', '45'])} {pick(['am', 'pm', 'PM'])}", f"{R.randint(7, 21)}h{pick(['00', '30'])}",
                 f"{R.randint(7, 21):02d}:{R.randint(0, 59):02d}"])


def window():
    return pick([f"between {R.randint(8, 11)} and {R.randint(1, 5)}", f"{R.randint(7, 10)}am–{R.randint(5, 9)}pm",
                 f"{R.randint(7, 10)}:00–{R.randint(16, 20)}:30", f"before {R.randint(10, 12)}"])


def ver():
    return pick([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}", f"build {R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 9)}.{R.randint(100, 999)}",
                 f"iOS {R.randint(15, 18)}.{R.randint(0, 6)}.{R.randint(0, 3)}", f"fw {R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}"])


def masked():
    return pick([f"**** **** **** {rd(4)}", f"ending in {rd(4)}", f"xxxx-{rd(4)}", f"•••• {rd(4)}", f"{rdn(4)} **** **** {rd(4)}",
                 f"XXXXXXXXXXXX{rd(4)}"])


def maskssn():
    return pick([f"XXX-XX-{rd(4)}", f"***-**-{rd(4)}", f"ending {rd(4)}"])


def ref():
    return pick([f"REF-2024-{rd(5)}", f"CS-{rd(5)}", f"TKT{rd(6)}", f"INC{rd(7)}", f"RMA-{rd(6)}", f"JOB/{rd(4)}/{pick('ABC')}"])


DISTRACT = {"sku": sku, "order": order, "track": track, "date": date, "time": tim, "window": window, "ver": ver, "maskssn": maskssn,
            "brand": lambda: pick(BRANDS), "masked": masked, "ref": ref}

# --------------------------------------------------------------------------- context & renderer

TYPE_ALIAS = {"per": "PERSON", "loc": "LOCATION", "addr": "STREET_ADDRESS", "phone": "PHONE_NUMBER",
              "email": "EMAIL_ADDRESS", "cc": "CREDIT_CARD", "iban": "IBAN_CODE", "ssn": "US_SSN", "ip": "IP_ADDRESS",
              "no": None}


def render_addr(lines, mode):
    if mode == "ml":
        return "\n".join(lines)
    if mode == "1":
        return ", ".join(lines)
    if mode == "caps":
        return "\n".join(lines).upper()
    if mode == "sp":  # speech-to-text style
        return " ".join(re.sub(r"[,/#]", " ", l) for l in lines).lower().replace(".", "").replace("  ", " ").replace("  ", " ")
    if mode == "ocr":
        out = []
        for i, l in enumerate(lines):
            l = l.upper()
            if R.random() < 0.4:
                l = l.replace(" ", "  ", 1)
            if R.random() < 0.25 and " " in l:
                cut = l.index(" ")
                l = l[:cut] + "\n" + l[cut + 1:]
            out.append(l)
        return pick(["\n", "\n", " "]).join(out)
    raise KeyError(mode)


class Ctx:
    def __init__(self, country, lang="en"):
        self.c, self.lang, self.people, self.cache = country, lang, {}, {}

    def person(self, key):
        if key not in self.people:
            self.people[key] = make_person(self.c, key)
        return self.people[key]

    def ckey(self, key):
        key = key or ""
        m = re.match(r"([a-z]*)(\d*)$", key)
        c = m.group(1) or self.c
        return c, key

    def cached(self, name, key, fn):
        k = (name, key)
        if k not in self.cache:
            self.cache[k] = fn()
        return self.cache[k]

    def slot(self, name, key, lit):
        if lit is not None:
            return TYPE_ALIAS[name], lit
        if name in ("per", "first", "last", "init", "lastfirst", "percaps", "fli", "firstcaps", "lastcaps", "nick", "lastfirstcaps"):
            p = self.person(key or "a")
            if name == "per":
                return "PERSON", p.full
            if name == "first":
                return "PERSON", p.first
            if name == "last":
                return "PERSON", p.last
            if name == "firstcaps":
                return "PERSON", p.first.upper()
            if name == "lastcaps":
                return "PERSON", p.last.upper()
            if name == "percaps":
                return "PERSON", p.full.upper()
            if name == "fli":
                return "PERSON", f"{p.first} {fold(p.last)[0].upper()}."
            if name == "lastfirstcaps":
                return "PERSON", f"{p.last}, {p.first}".upper()
            if name == "lastfirst":
                return "PERSON", f"{p.last}, {p.first}"
            if name == "nick":
                return "PERSON", self.cached("nick", key, lambda: pick(NICK))
            if name == "init":
                def mk():
                    ini = "".join(w[0] for w in p.first.replace("-", " ").split())
                    return pick([f"{ini[0]}. {p.last}", f"{ini[0]}. {pick('ABCDEKLMRST')}. {p.last}", f"{ini[0]}.{pick('ABJKMR')}. {p.last}", f"{p.first[0]} {p.last}"])
                return "PERSON", self.cached("init", key, mk)
        if name == "email":
            p = self.person(key or "a")
            return "EMAIL_ADDRESS", self.cached("email", key or "a", lambda: email_for(p, self.c))
        if name == "emailsp":
            p = self.person(key or "a")
            return "EMAIL_ADDRESS", speak_email(self.cached("email", key or "a", lambda: email_for(p, self.c)))
        if name == "emailx":
            return "EMAIL_ADDRESS", self.cached(name, key, lambda: pick(HANDLES) + "@" + pick(DOMAINS.get(self.c, DOMAINS["us"])))
        c, k = self.ckey(key)
        if name in ("phone", "phonen", "phonei", "phonesp"):
            intl = {"phone": None, "phonen": False, "phonei": True, "phonesp": None}[name]
            v = self.cached("phone" + name, k, lambda: phone(c, intl))
            return "PHONE_NUMBER", speak_digits(v) if name == "phonesp" else v
        if name in ("addr", "addr1", "addrml", "addrcaps", "addrsp", "addrocr"):
            lines = self.cached("addrlines", k, lambda: ADDR[c]())
            mode = {"addr": pick(["ml", "1"]), "addr1": "1", "addrml": "ml", "addrcaps": "caps", "addrsp": "sp", "addrocr": "ocr"}[name]
            return "STREET_ADDRESS", self.cached(name, k, lambda: render_addr(lines, mode))
        if name == "city":
            return "LOCATION", self.cached(name, k, lambda: pick(CITIES[c]))
        if name == "country":
            return "LOCATION", COUNTRY_EN[c]
        if name == "cc":
            return "CREDIT_CARD", self.cached(name, key, card)
        if name == "ccsp":
            return "CREDIT_CARD", self.cached(name, key, lambda: speak_digits(card()))
        if name == "iban":
            cc = IBAN_OF.get(c) if (key and re.match(r"[a-z]+", key)) or c in IBAN_OF else None
            return "IBAN_CODE", self.cached(name, key, lambda: iban(cc))
        if name == "ssn":
            return "US_SSN", self.cached(name, key, ssn)
        if name == "ip4":
            return "IP_ADDRESS", self.cached(name, key, ip4)
        if name == "ip6":
            return "IP_ADDRESS", self.cached(name, key, ip6)
        if name == "price":
            return None, self.cached(name, key, lambda: price(c))
        if name == "ssnsp":
            return "US_SSN", self.cached(name, key, lambda: speak_digits(ssn()))
        if name in DISTRACT:
            return None, self.cached(name, key, DISTRACT[name])
        raise KeyError(name)


SLOT = re.compile(r"\{([a-z0-9]+)(?::([A-Za-z0-9_]+))?(?:=([^}]+))?\}")


def render(b, ctx, tpl):
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            b.lit(tpl[pos:m.start()])
        typ, v = ctx.slot(m.group(1), m.group(2), m.group(3))
        b.val(typ, v)
        pos = m.end()
    if pos < len(tpl):
        b.lit(tpl[pos:])


# ============================================================================ hand-written templates
# spec: (kind, lang, country pool, transform, [templates], n samples)
LOW = str.lower
EN = ["us"] * 5 + ["uk"] * 4 + ["ca"] * 2 + ["au"] * 2 + ["in"] * 2 + ["ie", "za", "ng", "ph", "ke"]
INTL = ["us", "uk", "ca", "au", "in", "br", "mx", "de", "fr", "it", "es", "nl", "pl", "se", "jp", "za", "ng",
        "ph", "tr", "ke", "pt", "ie"]
USO = ["us"]

ENGLISH = [
    ("call_transcript", "en", EN, LOW, [
        "agent: thank you for calling {brand} customer care my name is {first:b} how can i help you today\ncaller: hi yeah um my name is {per:a} i ordered a blender last week order {order} and it still hasnt come\nagent: im sorry about that can i confirm the phone number on the account\ncaller: yeah its {phonesp}\nagent: and the delivery address\ncaller: {addrsp}\nagent: perfect ive flagged that for redelivery",
        "[00:00:04] spk_0 hello youre through to billing\n[00:00:07] spk_1 hi its {per:a} calling about a charge i dont recognise\n[00:00:12] spk_0 no problem can you read me the long number on the card\n[00:00:15] spk_1 sure its {ccsp}\n[00:00:24] spk_0 thank you and the email on file\n[00:00:26] spk_1 {emailsp}\n[00:00:31] spk_0 great mrs {last:a} i can see the transaction",
        "uh hi this is {first:a} um im calling on behalf of {per:b} who lives at {addrsp} and the engineer never turned up yesterday uh you can reach me on {phonesp} or their landline {phonesp:2} thanks",
        "so the account holder is {per:a} and the social is {ssn} date of birth {date} and she wants the mailing address changed to {addrsp:us} yep thats right",
        "agent: thanks for holding\ncaller: no worries\nagent: so order {order} shipped on {date} it should arrive {window}\ncaller: brilliant thanks\nagent: anything else i can help with\ncaller: no thats it cheers bye",
        "ok so the reference is {ref} and the best number to call back is {phonesp} ask for {first:a} or my husband {first:wb} whoever picks up",
        "agent: for security can i take your social\ncaller: yeah its {ssnsp:us} and the zip is the one on file\nagent: thank you {first:a} and your callback number\ncaller: {phonesp:us}",
        "yes hello i want to change the bank account for my direct debit the new iban is {iban} and the account name is {per:a} thank you",
        "caller: its {per:a} i moved from {city} to {city:2} last month\nagent: ok whats the new postcode and street\ncaller: {addrsp}\nagent: and is {phone} still your mobile\ncaller: yeah same number",
    ], 18),
    ("voicemail_transcript", "en", EN, LOW, [
        "hey its {first:a} from {brand} returns uh just calling about your refund {ref} give us a ring back on {phonesp} thanks bye",
        "hi {first:b} its {first:a} um im outside {addrsp} with your parcel no ones answering ill leave it with the neighbour at number fourteen call me on {phonesp} if thats a problem",
        "this message is for {per:b} this is {per:a} from {city} family dental calling to confirm your appointment on {date} please call us back on {phonesp} thank you",
        "hi this is an automated message from your pharmacy your prescription is ready for collection please bring your reference number {ref} thank you goodbye",
        "yo {nick} its me call me back on my new number {phonesp} the old ones dead also send me {first:b}s email i think its {emailsp:b} but not sure",
    ], 10),
    ("sms_thread", "en", EN, None, [
        "{nick}: u home? 🏠\nme: nah at {first:b}'s til 9\n{nick}: ok dropping ur charger at {addr1} w the concierge\nme: ta xx",
        "Hi this is {first:a} from the gym 💪 ur trial ends {date}. Txt STOP to opt out or call {phone}",
        "[{time}] {first:a}: new number, save it → {phone}\n[{time:2}] {first:b}: who dis 😂\n[{time:3}] {first:a}: lol it's {first:a} from uni\n[{time:4}] {first:b}: omg hiii. still in {city}?",
        "mum can u send me ur card deets for the flights, need the long number + expiry\n\n{cc} exp 09/27 cvv on the back dont text that 🙈 xx",
        "fyi {first:wa} will pick up the kids today not me, her number is {phone} if school asks. pls dont give it to {first:c} lol",
        "lmk if the 7:30 still works 🍕 table for 4, booked under the usual. parking is £3.50 after 6",
        "Your {brand} verification code is 482910. Don't share it. If this wasn't you call {phone}.",
        "{first:a} 🐝: can u venmo me $42.50 for the tix\nme: whats ur email for it\n{first:a} 🐝: {email:a} ty!!",
        "hey hey it's {first:qa}!! moved to {addr1} 🎉 housewarming sat {date}, bring snacks not gifts. my # is {phone}",
        "Dad: whats {per:b}s number again\nMe: {phone:2}\nDad: thx. and the address for the party?\nMe: {addr}",
    ], 20),
    ("whatsapp_group", "en", EN, None, [
        "[{date}, {time}] {per:a}: who's bringing the gazebo?\n[{date}, {time:2}] {nick:b}: me 🙋 I'll be at {addr1} by 10\n[{date}, {time:3}] {first:c}: can someone add {first:d}, her number is {phone}\n[{date}, {time:4}] {per:a}: done ✅",
        "\u200e[{time}] ~ {first:a}: Pls everyone send the {price} for {first:wb}'s leaving gift to my account {iban} ref GIFT\n\u200e[{time:2}] ~ {nick}: sent! 💸\n\u200e[{time:3}] ~ {first:c}: can I pay by card instead lol",
        "{first:a}: guys the venue changed!!! new place is {addr}\n{first:b}: 😱 is that near {city}?\n{first:a}: yes 10 min walk. call me {phone} if lost\n{first:c}: 👍",
        "Run club 🏃\nSat 8am usual spot. 5k or 10k. bring water 💧\nreply 👍 if in. next week: hill reps 😬",
        "Family 👨‍👩‍👧\nMum: has anyone heard from {first:a}?\n{first:b}: she's landed in {city:jp} 🇯🇵 ✈️\nMum: tell her to call, the hotel is {phonei:jp}\n{first:b}: will do",
        "{nick}: whos got {first:pa}'s new email\n{first:b}: {email:pa}\n{nick}: ta. and {first:wc}'s?\n{first:b}: dunno ask {last:d}",
    ], 14),
    ("ocr_receipt", "en", INTL, None, [
        "{brand}\n{addrocr}\nTEL  {phone}\n------------------------------\nDATE {date}     TIME {time}\nSERVED BY: {firstcaps:b}\n1 X FLAT WHITE OAT       4.20\n2 X CROISSANT ALM        6.90\nSUBTOTAL                11.10\nVISA  {masked}\nAUTH CODE 083921\nMEMBER: {percaps:a}   PTS 1 220\n** THANK YOU - COME AGAIN **",
        "RECEIPT {order}\nCUSTOMER {lastfirstcaps:a}\n{addrocr}\nPH {phone}\nITEM                 QTY   AMT\n{sku}    1   {price}\nCARD NO {cc}\nSIGNATURE ______________",
        "STORE 0417   {city}\nCASHIER {firstcaps:b}    REG 04\n{date}  {time}\n\nCOFFEE BEANS 1KG     18.99\nOAT MILK  2 @ 2.45    4.90\nT0TAL                23.89\nCASH                 25.00\nCHANGE                1.11\n\nREWARDS ID ****4471\nRETURNS W/IN 30 DAYS WITH RECEIPT",
        "GUEST FOLIO\nGUEST: {percaps:a}\nROOM 1412   ARR {date}  DEP {date:2}\nADDRESS: {addrocr}\nEMAIL: {email:a}\nWIFI VOUCHER 88213-XK\nBALANCE DUE  {price}",
        "RX {ref}\nPATIENT: {percaps:a}\nDOB {date}\n{addrocr}\nPRESCRIBER: DR. {lastcaps:b}\nTAKE 1 TABLET TWICE DAILY\nQTY 60  REFILLS 2\nPHARMACY PH {phone}",
        "TAX INVOICE  INV/2024/0912\nBILL TO  {percaps:a}\n{addrocr}\nGSTIN 29ABCDE1234F1Z5\nSUBTOTAL {price}\nPAID BY CARD {masked}",
    ], 14),
    ("shipping_label", "en", INTL, None, [
        "SHIP TO:\n{percaps:a}\n{addrcaps}\nTEL {phone}\n\nFROM:\n{brand} RETURNS CENTRE\n{addrcaps:uk2}\n\nTRACKING {track}\nWT 2.4 KG   REF {order}",
        "DELIVER TO\n{per:a}\nc/o {per:b}\n{addrml}\n☎ {phonei}\nPKG 1 OF 2 · {track}",
        "SHIP TO {percaps:a} {addrocr} PH {phone} ORDER {order} DIM 30x20x15",
        "Consignee: {per:a}, {addr1} | Tel: {phone} | Email: {email:a}\nShipper: {brand} Ltd | HS code 6109.10 | Declared value {price}",
        "RETURN LABEL - RMA {ref}\nNAME: {per:a}\nADDRESS: {addr1}\nREASON: too small\nSCAN AT ANY DROP-OFF POINT",
        "POSTAGE PAID\nTO:  {percaps:a}\n     {addrcaps}\nFROM: {percaps:b}, {addr1:uk}\nCUSTOMS CN22 - GIFT - {price}",
    ], 16),
    ("review_reply", "en", EN, None, [
        "★★★★★ {fli:a} · Verified buyer\nCame in 2 days! {first:b} at the {city} store even gift-wrapped it.\n\nResponse from the owner: Thank you {first:a}! We'll pass this on to {first:b} 😊",
        "★☆☆☆☆ {per:a}\nWorst experience. Waited 40 min, the manager (name tag said {first:b}) was rude. Order {order}, never again.\n\nReply from the team: Hi {first:a}, we're so sorry. {first:c}, our store manager, would like to call you. Is {phone} still the best number?",
        "3/5 – Good pizza but delivery to {addr1} took ages. Driver {first:wb} was lovely though! – {init:a}\n\n↳ Owner: thanks {first:a}, shoutout to {first:wb} 🍕",
        "★★★★☆ Great fit, runs a bit small. Ordered the {sku} in navy. The Ted Baker one is nicer but 3x the price. Shipping was fast.",
        "Stayed 3 nights. Host {first:b} met us at {addr1} with keys. Her partner {per:c} recommended a great bakery in {city}. 10/10\n— {first:a}, visiting from {city:de}",
        "Tried the Denver omelette and the Boston cream pie. Both 5 stars. Coffee refills free until 11am. Worth the {price}.",
        "Google review · {per:a} · Local Guide · 87 reviews\n\"Ask for {last:wb} in the tyre bay, honest guy.\"\n\nOwner response: Cheers {first:a}! {first:wb} says thanks 👍",
        "⭐⭐ the Jack Daniel's glaze was too sweet and our server forgot the sides. \n\nOwner: Sorry to hear this. Please reach out so we can make it right. — Management",
    ], 18),
    ("crm_note", "en", INTL, None, [
        "Spoke w/ {per:a} ({email:a}) re renewal. Decision-maker is {init:b}, CFO. Follow up {date}. Prefers WhatsApp: {phonei}.",
        "ACCT {order} — cust {lastfirst:a} moved; new addr {addr1}. Old phone {phone} disconnected, use {phone:2}. Flagged by {first:b} (Tier 2).",
        "Call log {date}: inbound from {phone}. Caller claimed to be {per:a}'s son, asked for balance — refused (not on account). Note for {first:b}: verify via DOB + postcode only.",
        "Call log {date}: inbound, customer asked about {sku} restock. Advised ETA 2 wks. No action. Ref {ref}.",
        "Lead: {per:a}, Head of Procurement at Northwind. Met at the expo in {city}. Cell {phone}, email {email:a}. Warm intro via {per:b}.",
        "Note: customer {per:pa} asked us to stop calling {phone}. Added to DNC list. Email only: {email:pa}.",
        "{date} {time} — {first:b}: Verified ID for {per:a} (last 4 SSN {maskssn}). Updated mailing address to {addr1:us}. Full SSN on file: {ssn}.",
    ], 18),
    ("ticket_history", "en", EN, None, [
        "{ref} · Priority: High\n[{date}] {first:b} (Tier 1): Customer {per:a} reports double charge on card {masked}. Called back on {phone}.\n[{date:2}] {first:c} (Billing): Refund issued. Emailed {email:a}.\n[{date:3}] System: auto-closed after 72h.",
        "Ticket {ref}\nStatus: Pending customer\nRequester: {email:a}\nIP at submission: {ip4}\nUser agent: Mozilla/5.0 ({ver})\nMessage: cant log in since the update, my name is {per:a}",
        "--- Internal ---\n{first:b}: pls don't paste card numbers in tickets!!! someone put {cc} in the description. Redacting now.\n{first:c}: sorry that was me, the customer ({per:a}) read it out on the phone",
        "Ticket {ref} merged into {ref:2}. Root cause: {ver} regression in checkout. Fix deployed {date}. No customer data affected.",
        "[Escalated] {ref}\n> From: {per:a} <{email:a}>\n> Subject: STILL no refund\n> I returned the {brand} jacket on {date}. Tracking {track}. Call me on {phone}.\n{first:b} → {first:c}: can you look? VIP, 4th contact.",
    ], 14),
    ("refund_escalation", "en", INTL, None, [
        "Escalating to {first:c} in Finance — {per:a} wants the refund to go to a different account, IBAN {iban}, name on account {percaps:a}. Original payment on card {cc}. She's called 4x from {phone}. Please advise by EOD.",
        "Refund request {ref}: amount {price}. Customer {per:a} (loyalty no. 4410-22-981) says card {masked} is cancelled. Bank details supplied: {iban}. Approver: {init:b}.",
        "Hi {first:b}, can you authorise a goodwill refund for {per:a}? Order {order}, delivered to {addr1} but box was crushed. Photos attached. Their number if you need it: {phone}. Thanks, {first:c}",
        "Chargeback alert — cardholder {percaps:a}, PAN {cc}, txn {date} {price}, merchant ref {order}. Billing address on file: {addrml:us}. IP of order: {ip4}.",
    ], 12),
    ("field_service_jobsheet", "en", INTL, None, [
        "JOB SHEET {ref}\nEngineer: {init:b}\nCustomer: {percaps:a}\nSite: {addr1}\nTel: {phone}   Alt: {phone:2}\nFault: boiler showing F28, no hot water. Replaced PCB ({sku}).\nArrived {time}  Left {time:2}\nCustomer signature: {first:a}",
        "Work order {ref} | Install fibre ONT | Contact on site: {per:a} ({phonen}) | Address: {addr} | WAN IP assigned: {ip4} | IPv6: {ip6} | Tech: {first:b} #4471",
        "Visit notes: gate code 4471#, dog in garden. Mrs {last:a} home after 3. Neighbour {per:b} has a spare key. Next visit {date}.",
        "Job {ref}: replaced thermostat {sku}, firmware updated to {ver}. Tested OK. Parts {price}, labour 1.5h. Invoice to follow.",
    ], 12),
    ("rsvp_list", "en", EN, None, [
        "RSVPs so far 🎉\n1. {per:a} — yes (+1 {first:b})\n2. {per:wc} — yes, veggie\n3. {first:d} — maybe\n4. {per:e} — no, in {city} that week\n5. {init:f} + kids (3)\nStill waiting on {first:g} and {first:wh}.",
        "Guest list – {date}\nName | Email | Dietary\n{per:a} | {email:a} | none\n{per:qb} | {email:qb} | gluten-free\n{per:c} | {email:c} | vegan\n{per:wd} | – | nut allergy",
        "Wedding RSVP: {first:a} & {per:b} will attend. Song request: Mr. Brightside. Address for the thank-you card: {addr}",
        "Replies to invite: {first:a} yes · {first:b} yes · {first:c} no · {first:wd} yes (bringing {first:we}) · {nick} 🤷",
    ], 10),
    ("loyalty_export", "en", INTL, None, [
        "Member {per:a} (tier Gold, 14,220 pts) joined {date}; contact {email:a}, mobile {phone}; home store: {city}. Last redemption {price}.",
        "Record 3/120 — {lastfirst:a}, born {date}, card no. 6005 1234 8890 (loyalty, not payment), address {addr1}, opted in to SMS at {phonen}.",
        "Top spender this quarter: {per:a} ({price} across 14 visits, mostly Ben & Jerry's pints 🍦). Referred by {per:b}. Send voucher to {email:a}.",
        "{percaps:a};GOLD;{email:a};{phone};{addr1};points=9021",
    ], 10),
    ("referral_message", "en", EN, None, [
        "Hey! {first:a} here 👋 I've been using {brand} meal boxes – use my code GRACE20 for 20% off. Or sign up with my email {email:a} as referrer. Msg me on {phone} if you've got questions!",
        "Hi {first:b}, {per:a} suggested I reach out — she said you're looking for a plumber in {city}? I'm {per:c}, you can reach me at {phone} or {email:c}.",
        "Refer-a-friend: your friend {per:a} ({email:a}) joined using your link. You've earned {price} credit. Invite more: share code HOPE-2K24.",
        "Give £20, get £20 ✨ Share your code with friends. Terms apply; credit expires after 90 days. Code format: FIRSTNAME-XXXX.",
    ], 8),
    ("linkedin_bio", "en", INTL, None, [
        "{per:a} (she/her) | Head of Data @ Northwind | ex-{brand} | Speaker | Based in {city}, {country}\nAbout: 12 years building analytics teams. Reach me: {email:a}",
        "Dr. {per:pa}, PhD — Postdoctoral researcher at Kestrel Institute, {city}. Previously {first:pa} worked with Prof. {per:b} on protein folding. Contact: {email:pa} · {phonei}",
        "🚀 Growth marketer | Helping {brand} & others scale | Fmr. Marketing Director | DMs open or {email:a}\n— {per:a}, {city}",
        "{per:qa} is a chef and founder of a supper club in {city}. Trained under {per:b}. Bookings: {phone}.",
        "About me: I'm {first:wa}, yes like the word 🙂. Product designer, 8 yrs. Open to roles in {city} or remote. Portfolio on request.",
    ], 10),
    ("press_release", "en", INTL, None, [
        "{city}, {date} /PRNewswire/ -- Northwind Logistics today announced the opening of a new fulfilment hub. \"This is a big step for us,\" said {per:a}, Chief Operating Officer. The facility at {addr1} will employ 300 people.\n\nMedia contact: {per:b}, {email:b}, {phone}",
        "FOR IMMEDIATE RELEASE\nKestrel Analytics appoints {per:a} as CEO\n{first:a} succeeds founder {per:b}, who will remain on the board. {last:a} joins from {brand}, where she led EMEA sales.\nPress: {per:c} · {phonei} · {email:c}",
        "FOR IMMEDIATE RELEASE — Lumen Studio launches {ver} of its photo app with new filters named 'Grace', 'Summer' and 'Ivy'. Available {date} at {price}/month.",
        "Press release — {brand} x {per:a} collab drops {date}. The capsule, designed with stylist {init:b}, will be available in {city} and {city:uk}. Enquiries: {email:b}",
        "Statement from spokesperson {per:a}: 'We are aware of reports regarding {sku} and are investigating.' Customers can call {phone} (Mon–Fri, {window}).",
    ], 12),
    ("influencer_brief", "en", INTL, None, [
        "Talent: {per:a} (@crumbs.and.coffee)\nManager: {per:b} · {email:b} · {phonei}\nShip PR box to:\n{addrml}\nDeliverables: 1x Reel, 3x Stories tagging {brand}. Go-live {date}. Fee {price}.",
        "Brief v3 — Creator {per:a}. Do NOT mention competitor brands (e.g. Ted Baker, Paul Smith). Hook idea: 'Will it fit?' try-on. Contact {email:a}.",
        "Gifting list:\n- {per:a}, {addr1} – size M\n- {per:qb}, {addr1:uk} – size S\n- {per:c}, {addr1:au} – size L\nAll via courier, tracking to {email:d}",
    ], 8),
    ("delivery_instructions", "en", EN, None, [
        "Leave with neighbour at no. 14 if I'm out. Otherwise ring {phone}. – {first:a}",
        "Gate code 4471#. Blue door round the back of {addr1}. Call {phone} on arrival, dog is friendly 🐶",
        "DELIVERY NOTE: pls don't leave in porch (stuff got nicked). Deliver to my work instead: {addr}, reception, ask for {per:a} or {per:wb}.",
        "Safe place: behind the green bin. If signature needed {first:a} at {addr1:2} can sign for me. Thx, {init:b}",
        "Deliveries accepted Mon–Fri {window}. Loading bay 3, max height 4.2m. Bring paperwork with order ref. No deliveries on public holidays.",
        "Instructions for driver: flat is above the Trader Joe's, buzzer says {lastcaps:a}. Full address {addr1}. Text {phone} not call pls (baby sleeping)",
    ], 12),
    ("returns_form", "en", INTL, None, [
        "Hi, I'm returning the {sku} (order {order}) because it's the wrong size. Please refund to the card I used ({masked}) or if that's not possible to my account {iban}. Collection from {addr1} any weekday after 4pm. My name's {per:a}, best number {phone}.",
        "Return reason: Damaged. Name: {per:a}. I'd like an exchange not refund. Send replacement to my sister {per:b} at {addr} instead. Her phone: {phone}.",
        "RMA {ref} – customer writes: 'I'm {first:a}, order was under my husband's name ({per:b}). Email {email:a}. Card was {cc}.'",
        "Returns accepted within 30 days. Items must be unworn with tags. Refunds to original payment method within 5–7 business days. Sale items ({sku}) are final.",
    ], 12),
    ("security_incident", "en", EN, None, [
        "[ALERT] 14 failed logins for {email:a} from {ip4} and {ip4:2} (geo: {city:br}) between {time} and {time:2}. Account owner {per:a} confirmed she was in {city}. Blocked {ip6}.",
        "Jan 12 03:14:07 web-01 sshd[2231]: Failed password for invalid user admin from {ip4} port 52144 ssh2\nJan 12 03:14:09 web-01 sshd[2231]: Failed password for root from {ip4} port 52150 ssh2\nJan 12 03:15:44 web-01 sshd[2240]: Accepted publickey for deploy from {ip4:2} port 40022",
        "Incident {ref}: phishing mail sent to {email:a} and {email:b} from a spoofed sender. Link resolved to {ip4}. {per:b} clicked but did not enter credentials. Workstation IP {ip4:2}, IPv6 {ip6}.",
        "Postmortem: CDN edge nodes running {ver} returned 502s for 18 min. Rollback to build 4.17.2.903 completed {time}. No PII exposure.",
        "VPN session for {per:a}: client {ip4}, tunnel {ip4:2}, started {time}, 1.2 GB transferred. Device owner notified at {email:a}.",
    ], 12),
    ("payment_dispute", "en", INTL, None, [
        "Dear {brand} team, I'm disputing a charge of {price} on my card {cc} from {date}. I never received the item. Cardholder: {per:a}, {addr1}. Phone {phone}.",
        "Booking {order} — deposit paid by {per:a} with card {cc} (exp 11/26). Balance due {date}. Billing address: {addr}.",
        "AMEX {cc} — I think this got skimmed at the petrol station in {city}. Please cancel asap. {first:a}",
        "fraud team: txn from {ip4} using card {cc} shipping to {addr1:ng}, billing {addr1:us}. cardholder {per:a} says not her.",
    ], 10),
    ("hr_onboarding", "en", USO, None, [
        "New hire: {per:a}\nStart date: {date}\nSSN: {ssn}\nHome address: {addrml}\nEmergency contact: {per:b} (spouse), {phone}\nRouting 021000021 / acct ending 7741",
        "Hi {first:a}, welcome aboard! To finish your I-9 please don't email your SSN (format 123-45-6789) — call {first:b} in HR at {phone} ext. 214 instead.",
        "W-4 scan: {percaps:a}  SSN {ssn}  {addrocr}  Filing status: single",
        "Payroll correction: {per:a}'s SSN was keyed as {ssn:2} — correct value is {ssn}. Please re-run the W-2 for {addr1}.",
        "Benefits enrolment — employee {per:a} (SSN {ssn}) adding dependant {per:b} (SSN {ssn:2}), DOB {date}.",
    ], 12),
    ("wire_transfer_note", "en", INTL, None, [
        "Please pay invoice INV/2024/0912 ({price}) to Kestrel Analytics Ltd, IBAN {iban}, BIC NWBKGB2L. Contact for remittance: {per:a}, {email:a}.",
        "Hi {first:a}, our bank details changed!! New IBAN: {iban} (was {iban:2}). Please update before the next payment. {per:b}",
        "Transfer received: {price} from {percaps:a} ({iban}), reference 'rent + bills'. Tenant at {addr1}.",
    ], 10),
    ("email_signature", "en", INTL, None, [
        "Best,\n{per:a}\nSenior Account Manager | Northwind Logistics\nM: {phonei}\nT: {phone:2} ext. 214\n{addr1}\n{email:a}",
        "--\n{init:a} | Paralegal\n{addrml}\nDirect {phone} · Fax {phone:2}\nThis e-mail is confidential. If you are not the intended recipient, please notify the sender.",
        "Cheers,\n{first:a}\n\nSent from my iPhone",
        "Kind regards,\nThe Customer Experience Team\nThis mailbox is not monitored. Please do not reply. Registered in England No. 04417721.",
    ], 10),
    ("meeting_minutes", "en", EN, None, [
        "Attendees: {per:a}, {per:b}, {init:c}, {first:wd}\nApologies: {per:e}\n1. Q3 numbers — {first:a} to circulate by Fri.\n2. {first:wd} will chase legal re {brand} contract.\n3. Next meeting {date}, {city} office.",
        "Minutes {date}\nPresent: {lastfirst:a}; {lastfirst:qb}; {lastfirst:pc}\nAction: {last:a} to email deck to {email:d}. {last:pc} to book venue near {city}.",
        "Standup notes: {first:a} blocked on {ver} upgrade; {first:b} pairing with {first:c}; {first:wd} OOO till {date}. Reminder: no PII in Jira.",
    ], 10),
    ("classified_ad", "en", EN, None, [
        "FOR SALE: 2019 Kia Rio, 48k miles, {price} obo. Call or text {first:a} {phone}. Located in {city}, no lowballers.",
        "Room to rent in shared house, {addr1}. {price} pcm bills incl. Msg {first:a} on {phone} or {email:a}.",
        "LOST CAT 🐈 answers to 'Rose'. Last seen near {addr1}. Please call {per:a} on {phone}. Reward!",
        "Free to good home: IKEA Billy bookcase, collection only. Also selling a London Fog trench coat size 10, {price}. Comment below.",
    ], 8),
    ("tenancy_record", "en", EN, None, [
        "Tenant: {per:a}; Guarantor: {per:b} ({phone}); Property: {addr1}; rent {price} pcm; deposit ref {ref}; certificate sent to {email:a}.",
        "Rental application — applicant {per:a}, SSN {ssn}, current address {addr1:us}, employer Northwind, cell {phone:us}. Co-signer: {per:b}.",
        "Inspection report for {addr}. Present: landlord {init:b}, tenant {first:a}. Damp in bathroom, smoke alarm ok. Next inspection {date}.",
    ], 8),
    ("marketing_copy", "en", EN, None, [
        "🌸 Spring Sale! Up to 40% off everything. Free delivery over {price}. Use code SUMMER25 at checkout. Ends {date}.",
        "Meet the Grace collection — soft linen, made to last. Shop the Hope tote and the Ivy dress from {price}.",
        "New on the menu: Philadelphia cheesecake, a proper Denver omelette and our Brussels sprout slaw. Open daily {window}.",
        "Ben & Jerry's Cookie Dough now {price}. Limit 4 per customer. Trader Joe's fans, you'll love our own-brand version.",
        "Download the app ({ver}) for exclusive deals. Scan the QR in store. T&Cs apply. Not valid with other offers.",
        "Now open in {city}! Visit our new flagship store and get {price} off your first order. Coming soon to {city:2} and {city:uk}.",
        "Hi [FIRST_NAME], your order %%ORDER_ID%% has shipped! Track it at <tracking_link>. Questions? Reply to this email or call [SUPPORT_PHONE].",
        "Dear Valued Customer, your account ending {masked} will be upgraded on {date}. No action needed.",
    ], 14),
    ("product_listing", "en", EN, None, [
        "{sku} — Men's crew neck tee, 100% cotton. Sizes S–XXL. {price}. Ships in 2–3 days. Model is 6'1\" wearing size L.",
        "Tommy Hilfiger Slim Fit Jeans | EAN 8720116789012 | {price} | In stock: 14 | Returns: 30 days",
        "Multi-tool 'The Will', 14 functions, {sku}. Gift box incl. {price}. Lifetime warranty.",
        "Johnnie Walker Black Label 70cl {price} · Jack Daniel's Old No. 7 1L {price:2} · Dr Pepper 12-pack {price:3}",
        "Spec sheet: firmware {ver}, Bluetooth 5.3, battery 4,500 mAh, charge 0–80% in 35 min. Serial format: SN-XXXX-XXXX.",
        "Board book 'Summer at Rose Cottage', ages 2–4, 24 pages, {price}. ISBN 978-1-4063-8812-4.",
    ], 10),
    ("release_notes", "en", EN, None, [
        "Release {ver}\n- Fixed crash when tapping 'Add card' on iPad\n- Phone number field now accepts +44 formats\n- Bumped dependency to 3.11.4\nKnown issue: IPv6-only networks may time out.",
        "Changelog {date}: migrated 1.2M rows; batch job 8812-4431-0097-2210 finished in 04:12:55. Next window {time}.",
        "Hotfix {ver}: masked card numbers now render as **** **** **** 1234 in receipts; SSN field removed from signup form.",
    ], 6),
    ("policy_faq", "en", EN, None, [
        "Q: Can I change my delivery address after ordering?\nA: Yes, within 1 hour via My Account > Orders. After that, contact support with your order number (e.g. #1234567).",
        "Q: Why do you ask for the last 4 digits of my card?\nA: To verify ownership. We never ask for your full card number, CVV or PIN by phone or email.",
        "Q: Is my IBAN stored?\nA: Only in tokenised form. Example format: DE00 0000 0000 0000 0000 00 (not a real account).",
        "Opening hours: Mon–Sat {window}, Sun closed. Bank holiday hours may vary. Parking is free for 2 hours with a receipt.",
    ], 5),
]

# ---------------------------------------------------------------------------- other languages
# (lang, countries, total samples, [(kind, template), ...])
ML = [
    ("es", ["es", "es", "mx"], 20, [
        ("sms_thread", "¡Hola {first:a}! Te paso el número de {first:b}: {phone}. Dice que le escribas por WhatsApp 😉"),
        ("review_reply", "★★★★★ {fli:a}\nMuy buena atención, {first:b} nos ayudó con la talla. Repetiremos.\n\nRespuesta del propietario: ¡Gracias {first:a}! Se lo diremos a {first:b} 😊"),
        ("delivery_instructions", "Dejar el paquete en conserjería, {addr1}. Si no hay nadie, llamar al {phone}. Preguntar por {per:a}."),
        ("returns_form", "Quiero devolver el pedido {order}. Motivo: talla incorrecta. Por favor, reembolsen a mi cuenta {iban:es}. Titular: {per:a}. Tel. {phone}."),
        ("crm_note", "Nota {date}: la clienta {per:a} ({email:a}) llama por un cargo duplicado en la tarjeta {masked}. Se deriva a {first:b} de Facturación."),
        ("shipping_label", "DESTINATARIO:\n{percaps:a}\n{addrcaps}\nTEL. {phone}\nPEDIDO {order}  PESO 1,2 KG"),
        ("call_transcript", "agente: buenas tardes le atiende {first:b} en qué puedo ayudarle\ncliente: hola mire soy {per:a} y quería cambiar la dirección de envío a {addrsp}\nagente: perfecto me confirma un teléfono\ncliente: sí el {phone}"),
        ("press_release", "{city}, 4 de marzo de 2025. — La cadena anuncia la apertura de su nuevo local. «Es un paso clave», afirmó {per:a}, directora general. Contacto de prensa: {per:b}, {email:b}, {phonei}."),
        ("marketing_copy", "¡Rebajas de verano! Hasta un 50 % en toda la tienda. Envío gratis a partir de {price}. Código VERANO25. Válido hasta el 31 de agosto."),
        ("wire_transfer_note", "Hola {first:a}, te paso los datos para la transferencia: {iban:es} a nombre de {per:b}. Concepto: alquiler. ¡Gracias!"),
        ("ticket_history", "Incidencia {ref}\n[{date}] {first:b}: el cliente {per:a} no puede acceder; última IP {ip4}.\n[{date:2}] {first:c}: contraseña restablecida, aviso enviado a {email:a}."),
        ("sms_thread", "Oye {nick}, ya llegué a {city:mx}. Mándame la ubicación de la casa de {first:b} porfa. Mi cel es {phone:mx} por si acaso"),
    ]),
    ("pt", ["br", "br", "pt"], 16, [
        ("whatsapp_group", "[{time}] {first:a}: gente, o endereço da festa é {addr1} 🎉\n[{time:2}] {first:b}: é perto de {city}?\n[{time:3}] {first:a}: sim! qualquer coisa liga {phone}"),
        ("review_reply", "★★★★☆ {per:a}\nProduto chegou bem embalado, mas atrasou. O entregador {first:b} foi muito educado.\n\nResposta da loja: Olá {first:a}, obrigado pelo retorno!"),
        ("delivery_instructions", "Entregar na portaria do prédio, {addr}. Falar com o porteiro {first:wb} ou ligar {phone}."),
        ("crm_note", "Cliente {per:a} ({email:a}) solicitou estorno do pedido {order}. Cartão final {masked}. Retornar contato pelo {phone} até sexta."),
        ("returns_form", "Olá, sou {per:a}. Quero trocar o tênis tamanho 42 (pedido {order}). Podem coletar em {addr1}? Meu WhatsApp: {phone}."),
        ("wire_transfer_note", "Exmo. Sr. {per:a}, segue o IBAN para pagamento da fatura: {iban:pt}. Qualquer dúvida, contacte {first:b} pelo {phone:pt}."),
        ("shipping_label", "DESTINATÁRIO: {percaps:a}\n{addrcaps}\nCEL {phone}\nREMETENTE: LOJA ONLINE LTDA — NF-e 000.418.227"),
        ("press_release", "{city}, 12 de maio de 2025 — A fintech anunciou hoje a nomeação de {per:a} como nova CEO. {first:a} substitui {per:b}. Imprensa: {email:c}"),
        ("marketing_copy", "Black Friday antecipada! Até 70% OFF em eletrônicos. Parcelamento em até 12x sem juros. Cupom BF2024. Frete grátis acima de R$ 199,00."),
        ("ticket_history", "Chamado {ref}: acesso suspeito à conta de {per:a} a partir do IP {ip4} e {ip6}. Senha redefinida; aviso enviado para {email:a}."),
    ]),
    ("fr", ["fr", "fr", "fr", "ca"], 16, [
        ("sms_thread", "Coucou {first:a} ! C'est {first:b}, voici mon nouveau numéro : {phone}. Bisous 😘"),
        ("review_reply", "★★★★★ {fli:a}\nAccueil au top, merci à {first:b} pour ses conseils !\n\nRéponse du gérant : Merci {first:a}, nous transmettons à {first:b} 🙂"),
        ("delivery_instructions", "Livraison : code porte 4471B, 3e étage gauche. Si absent, laisser chez la voisine, Mme {last:b}. Adresse : {addr1}. Tél. {phone}"),
        ("crm_note", "Appel du {date} : M. {last:a} ({email:a}) conteste un prélèvement. IBAN communiqué : {iban:fr}. Dossier transmis à {per:c}."),
        ("shipping_label", "DESTINATAIRE\n{percaps:a}\n{addrml}\n{phone}\nCOLIS {track}"),
        ("returns_form", "Bonjour, je souhaite retourner l'article {sku} (commande {order}). Merci de rembourser sur ma carte {cc} ou sur mon compte {iban:fr}. {per:a}"),
        ("press_release", "COMMUNIQUÉ DE PRESSE — {city}, le 3 juin 2025. La start-up annonce une levée de fonds de 12 M€. « Nous sommes ravis », déclare {per:a}, cofondatrice. Contact presse : {per:b} – {email:b} – {phonei}"),
        ("sms_thread", "Salut {first:a}! Je suis rendu à {city:ca}. Appelle-moi au {phone:ca} quand tu sors du bureau."),
        ("marketing_copy", "Soldes d'hiver : jusqu'à -50 % sur une sélection d'articles. Livraison offerte dès {price}. Offre valable jusqu'au 28 février, hors articles signalés."),
        ("security_incident", "Ticket {ref} — connexion refusée pour {email:a} depuis {ip4} (à {time}). L'utilisateur {per:a} confirme être en déplacement à {city:de}."),
    ]),
    ("de", ["de"], 16, [
        ("whatsapp_group", "[{time}] {first:a}: Leute, die Party ist jetzt bei {first:b} – {addr1}!\n[{time:2}] {nick}: 👍 wer bringt Bier?\n[{time:3}] {first:a}: ich. Bei Fragen {phone}"),
        ("review_reply", "★★☆☆☆ {per:a}\nLieferung kam zu spät, Fahrer hat nicht geklingelt.\n\nAntwort des Händlers: Hallo {first:a}, das tut uns leid. Frau {last:b} aus dem Kundenservice meldet sich bei Ihnen."),
        ("delivery_instructions", "Abstellgenehmigung: Paket bitte in die Garage, Tor ist offen. Sonst beim Nachbarn Hausnr. 12. {addr1}. Rückfragen: {phone}"),
        ("crm_note", "Gesprächsnotiz {date}: Herr {last:a} bittet um Änderung der Bankverbindung auf {iban:de}. Kontoinhaber: {per:a}. Bearbeitet von {init:b}."),
        ("shipping_label", "Empfänger:\n{per:a}\nc/o {per:b}\n{addrml}\nTel. {phone}\nSendungsnr. {track}"),
        ("returns_form", "Retoure zu Bestellung {order}: Artikel {sku} passt nicht. Bitte Erstattung auf {iban:de}. Abholung bei {addr1} möglich. Gruß, {first:a}"),
        ("field_service_jobsheet", "Montageauftrag {ref}\nKunde: {lastfirst:a}\nAdresse: {addr1}\nTelefon: {phone}, mobil {phone:2}\nTechniker: {init:b}\nBefund: Therme zeigt F28, Platine getauscht."),
        ("press_release", "PRESSEMITTEILUNG — {city}, 14. Mai 2025. Das Unternehmen eröffnet ein neues Logistikzentrum. „Ein wichtiger Schritt“, sagt {per:a}, Geschäftsführerin. Pressekontakt: {per:b}, {email:b}, {phonei}"),
        ("marketing_copy", "Sommerschlussverkauf! Bis zu 40 % auf alles. Versandkostenfrei ab {price}. Gutscheincode SOMMER24. Gültig bis 31.08."),
        ("security_incident", "Sicherheitswarnung: Anmeldung für {email:a} von {ip4} ({city:pl}) um {time}. Waren Sie das nicht, {first:a}? Dann ändern Sie bitte Ihr Passwort."),
    ]),
    ("it", ["it"], 14, [
        ("sms_thread", "Ciao {first:a}, sono {first:b}! Ti lascio il numero di {first:c}: {phone}. Chiamala dopo le 18 😊"),
        ("review_reply", "★★★★★ {fli:a}\nPizza ottima, servizio veloce. Grazie a {first:b}!\n\nRisposta del titolare: Grazie mille {first:a}, a presto!"),
        ("delivery_instructions", "Consegna: citofonare {lastcaps:a}, scala B, 3° piano. {addr1}. Se non risponde chiamare {phone}."),
        ("crm_note", "Nota del {date}: la sig.ra {per:a} segnala un addebito non riconosciuto sulla carta {cc}. Contatto: {email:a}, {phone}."),
        ("wire_transfer_note", "Buongiorno, per il saldo della fattura usare l'IBAN {iban:it} intestato a {per:a}. Cordiali saluti, {per:b}"),
        ("shipping_label", "DESTINATARIO: {percaps:a}\n{addrcaps}\nCELL. {phone}\nCOLLO 1/1 — {track}"),
        ("returns_form", "Vorrei restituire l'ordine {order}, taglia sbagliata. Rimborso sul conto {iban:it}. Ritiro presso {addr1}. {per:a}"),
        ("marketing_copy", "Saldi estivi fino al 60%! Spedizione gratuita sopra {price}. Codice ESTATE24 valido fino al 31 luglio."),
        ("press_release", "COMUNICATO STAMPA — {city}, 7 aprile 2025. L'azienda nomina {per:a} nuovo amministratore delegato. Ufficio stampa: {email:b}, {phonei}."),
        ("whatsapp_group", "[{time}] {first:a}: ragazzi stasera da {first:b}? abita in {addr1}\n[{time:2}] {first:c}: io ci sono 🍷\n[{time:3}] {first:a}: ok, il mio nuovo numero è {phone}"),
    ]),
    ("nl", ["nl"], 12, [
        ("sms_thread", "Hoi {first:a}! Dit is {first:b}, mijn nieuwe nummer is {phone}. Groetjes!"),
        ("review_reply", "★★★★☆ {per:a}\nSnelle levering, {first:b} van de klantenservice was heel behulpzaam.\n\nReactie van de winkel: Dank je {first:a}!"),
        ("delivery_instructions", "Pakket mag bij de buren op nr. 12 als ik niet thuis ben. Adres: {addr1}. Bel {phone} bij problemen. – {per:pa}"),
        ("crm_note", "Klant {per:a} belde op {date} over de incasso. Nieuw rekeningnummer {iban:nl}. E-mail: {email:a}. Afgehandeld door {first:b}."),
        ("shipping_label", "AAN:\n{percaps:a}\n{addrcaps}\nTEL {phone}\nBARCODE {track}"),
        ("returns_form", "Retour bestelling {order}: verkeerde maat. Graag terugstorten op {iban:nl} t.n.v. {per:a}."),
        ("marketing_copy", "Uitverkoop! Tot 50% korting op geselecteerde artikelen. Gratis verzending vanaf {price}. Actie geldig t/m zondag."),
        ("ticket_history", "Melding {ref}: inlogpoging voor {email:a} vanaf {ip4} en {ip6}. Gebruiker {per:a} bevestigt dat zij in {city} was."),
        ("whatsapp_group", "[{time}] {first:a}: wie haalt {first:b} op van het station?\n[{time:2}] {first:c}: ik! welk nummer heeft ze nu?\n[{time:3}] {first:a}: {phonei}"),
    ]),
    ("pl", ["pl"], 12, [
        ("sms_thread", "Cześć {first:a}! Tu {first:b}, mój nowy numer to {phone}. Zadzwoń wieczorem 🙂"),
        ("review_reply", "★★★★★ {per:a}\nSzybka wysyłka, pani {first:b} z obsługi bardzo pomocna.\n\nOdpowiedź sklepu: Dziękujemy, {first:a}!"),
        ("delivery_instructions", "Kurier: proszę zostawić paczkę u sąsiada pod 14. Adres: {addr1}. Tel. {phone}. {per:a}"),
        ("crm_note", "Notatka {date}: klient {per:a} prosi o zwrot na konto {iban:pl}. E-mail: {email:a}. Przekazano do {first:b}."),
        ("shipping_label", "ODBIORCA:\n{percaps:a}\n{addrcaps}\nTEL. {phone}\nNR PRZESYŁKI {track}"),
        ("returns_form", "Zwracam zamówienie {order}, zły rozmiar. Proszę o przelew na {iban:pl}. Odbiór z {addr1}. Pozdrawiam, {per:a}"),
        ("marketing_copy", "Wyprzedaż! Do -50% na wybrane produkty. Darmowa dostawa od {price}. Kod LATO24 ważny do końca miesiąca."),
        ("ticket_history", "Zgłoszenie {ref}: podejrzane logowanie na konto {email:a} z adresu {ip4}. Miasto logowania: {city}. Użytkownik {per:a} potwierdził zmianę hasła."),
        ("field_service_jobsheet", "Zlecenie serwisowe {ref}\nKlient: {per:a}\nAdres: {addr1}\nTel.: {phone}\nSerwisant: {init:b}\nOpis: wymiana pompy w pralce."),
    ]),
    ("sv", ["se"], 11, [
        ("sms_thread", "Hej {first:a}! Det är {first:b}, mitt nya nummer är {phone}. Kram!"),
        ("review_reply", "★★★★☆ {per:a}\nBra service, {first:b} i butiken hjälpte mig hitta rätt storlek.\n\nSvar från butiken: Tack {first:a}!"),
        ("delivery_instructions", "Lämna paketet hos grannen på nr 14 om jag inte är hemma. Adress: {addr1}. Ring {phone}. /{first:a}"),
        ("crm_note", "Anteckning {date}: kund {per:a} ({email:a}) vill ändra konto för återbetalning till {iban:se}. Handläggare: {first:b}."),
        ("shipping_label", "MOTTAGARE:\n{percaps:a}\n{addrcaps}\nTEL {phone}\nKOLLI-ID {track}"),
        ("returns_form", "Retur av order {order}: fel färg. Återbetala till kortet {masked}. Hämtning på {addr1}. {per:a}, {phone}"),
        ("marketing_copy", "Rea! Upp till 50 % på utvalda varor. Fri frakt över {price}. Gäller t.o.m. söndag."),
        ("whatsapp_group", "[{time}] {first:a}: vem hämtar {first:b} på stationen?\n[{time:2}] {first:c}: jag! vilket nummer har hon?\n[{time:3}] {first:a}: {phonei}"),
    ]),
    ("tr", ["tr"], 11, [
        ("sms_thread", "Merhaba {first:a}, ben {first:b}. Yeni numaram {phone}, kaydet lütfen 🙏"),
        ("review_reply", "★★★★★ {per:a}\nÜrün çok güzel, kargo hızlıydı. {first:b} Hanım'a teşekkürler!\n\nMağaza yanıtı: Teşekkür ederiz {first:a}!"),
        ("delivery_instructions", "Kargoyu kapıcıya bırakabilirsiniz. Adres: {addr1}. Ulaşamazsanız {phone} numarasını arayın. {per:a}"),
        ("crm_note", "Not {date}: müşteri {per:a} iade için hesap bilgisini iletti: {iban:tr}. E-posta: {email:a}. İşlemi yapan: {first:b}."),
        ("shipping_label", "ALICI:\n{percaps:a}\n{addrcaps}\nTEL: {phone}\nGÖNDERİ NO: {track}"),
        ("returns_form", "Sipariş {order} iade: beden uymadı. Ücret iadesi {iban:tr} hesabına yapılsın. {per:a}, {phone}"),
        ("marketing_copy", "Büyük indirim! Seçili ürünlerde %50'ye varan fırsatlar. {price} üzeri kargo bedava. Kampanya pazar gününe kadar geçerli."),
        ("whatsapp_group", "[{time}] {first:a}: akşam {first:b}'lerde buluşuyoruz, adres {addr1}\n[{time:2}] {first:c}: tamamdır 👍\n[{time:3}] {first:a}: kaybolursan ara {phone}"),
    ]),
    ("hi", ["in"], 8, [
        ("chat_codeswitch", "bhai {first:a} ka number de de na, mera phone reset ho gaya 😩\nha ye le {phone}\nthanks yaar. aur uska address? parcel bhejna hai\n{addr1}, bol dena maine bheja"),
        ("chat_codeswitch", "Sir maine order {order} cancel kiya tha par refund abhi tak nahi aaya. Mera naam {per:a} hai, registered email {email:a}. Please jaldi karo 🙏"),
        ("chat_codeswitch", "kal {city} mein meeting hai, {first:b} sir bhi aayenge. unka naya number {phonei} hai, save kar lo"),
        ("delivery_instructions", "Delivery boy ko bolo gate pe {first:a} ko call kare {phone} pe, main 3rd floor pe hoon. {addr1}"),
        ("chat_codeswitch", "Mummy: beta {first:b} aunty ka UPI nahi chal raha, card se kar do {cc}\nMe: mummy card number whatsapp pe mat bhejo 🤦"),
        ("chat_codeswitch", "aaj ka plan kya hai? movie {time} wali ya dinner? mujhe koi farak nahi padta 😂"),
    ]),
    ("tl", ["ph"], 7, [
        ("delivery_instructions", "Hi po! Si {first:a} po ito, pa-deliver po sa {addr1}. Pakitawag na lang po sa {phone} pag nandyan na kayo. Salamat po! 🙏"),
        ("chat_codeswitch", "Ate {first:b}, nasaan ka na? Andito na kami sa {city}. Text mo ko sa {phone} kasi lowbat na ako"),
        ("chat_codeswitch", "Good am! For the refund po, ito po yung details: {per:a}, email {email:a}. Order {order}. Thanks po"),
        ("chat_codeswitch", "Kuya yung parcel ni {per:b} naiwan sa guard house. Contact niya {phone:2}. Pakisabi kay {first:wc} na kunin na"),
        ("chat_codeswitch", "Grabe ang traffic kanina, 2 hours! Bili ka na lang ng Jollibee pauwi, yung {price} na bucket"),
    ]),
    ("sw", ["ke"], 7, [
        ("chat_codeswitch", "Sasa {first:a}! Niko {city} leo, nitumie pesa kwa M-Pesa {phone}. Nitarudisha Friday promise 🙏"),
        ("crm_note", "Habari, jina langu ni {per:a}. Naomba refund ya order {order}. Email yangu ni {email:a}, simu {phone}. Asante."),
        ("delivery_instructions", "Mzigo wako umefika. Tafadhali uje kuuchukua {addr1}. Uliza {first:b}. Piga {phone:2} kama kuna shida."),
        ("chat_codeswitch", "bro {nick} alisema tu-meet at the mall saa nane. mimi sitakuja, niko job. tell {first:b} ani-call {phone}"),
        ("chat_codeswitch", "Leo mvua imenyesha sana, matatu hakuna. Nitachelewa kidogo, tutaonana saa {time}. Pole!"),
    ]),
]

MULTI = []
for _lang, _cs, _total, _pairs in ML:
    for _i in range(_total):
        _kind, _tpl = _pairs[_i % len(_pairs)]
        _tf = LOW if _kind == "call_transcript" else None
        MULTI.append((_kind, _lang, _cs, _tf, [_tpl], 1))


# --------------------------------------------------------------------------- main


def main():
    samples = []
    jobs = []
    for spec in ENGLISH + MULTI:
        kind, lang, countries, tf, tpls, n = spec
        order_ = list(range(len(tpls)))
        R.shuffle(order_)
        for i in range(n):
            jobs.append((kind, lang, countries, tf, tpls[order_[i % len(tpls)]]))
    R.shuffle(jobs)
    for idx, (kind, lang, countries, tf, tpl) in enumerate(jobs):
        ctx = Ctx(pick(countries), lang)
        b = Builder(tf)
        render(b, ctx, tpl)
        text = b.text()
        samples.append({"id": f"hard14-{idx + 1}", "kind": kind, "lang": lang, "text": text, "spans": b.spans})

    # ---- self-check
    errors = 0
    tc, kc, lc, kinds_empty = Counter(), Counter(), Counter(), 0
    for s in samples:
        t = s["text"]
        prev_end = -1
        for sp in sorted(s["spans"], key=lambda x: x["start"]):
            if t[sp["start"]:sp["end"]] != sp["_v"]:
                errors += 1
                print("MISMATCH", s["id"], sp)
            if sp["start"] < prev_end:
                errors += 1
                print("OVERLAP", s["id"], sp)
            if sp["end"] <= sp["start"] or t[sp["start"]:sp["end"]] != t[sp["start"]:sp["end"]].strip():
                errors += 1
                print("BAD EDGE", s["id"], repr(t[sp["start"]:sp["end"]]))
            prev_end = sp["end"]
            tc[sp["type"]] += 1
        kc[s["kind"]] += 1
        lc[s["lang"]] += 1
        if not s["spans"]:
            kinds_empty += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for s in samples:
            s = dict(s)
            s["spans"] = [{"type": x["type"], "start": x["start"], "end": x["end"]} for x in sorted(s["spans"], key=lambda x: x["start"])]
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    assert len(back) == len(samples)
    for a, s in zip(back, samples):
        for x, y in zip(a["spans"], sorted(s["spans"], key=lambda x: x["start"])):
            if a["text"][x["start"]:x["end"]] != y["_v"]:
                errors += 1
    print(f"wrote {OUT}: {len(samples)} samples, {sum(tc.values())} spans, {kinds_empty} with no PII "
          f"({100 * kinds_empty / len(samples):.1f}%), errors={errors}")
    print("per type:", dict(tc.most_common()))
    print(f"per kind ({len(kc)}):", dict(sorted(kc.items())))
    print("per lang:", dict(lc.most_common()))
    multi = sum(1 for s in samples if len({x['type'] for x in s['spans']}) >= 2)
    print(f"samples with >=2 distinct types: {multi}")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
