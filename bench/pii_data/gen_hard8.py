#!/usr/bin/env python3
"""gen_hard8.py -- blind PII evaluation set (hard8), hand-written lists and templates.

Deterministic (random.Random(8)), standard library only.
Writes hard8.jsonl next to this script and validates every span.

Templates use {{placeholders}}:
  {{p1.full}}            persona field (persona key p1, ag, p2 ...), optional country: {{p2@DE.full}}, {{p3@any.full}}
  {{city}} {{order2}}    sample-level values (digits make distinct cached values)
  {{c:a~b~c}}            random literal choice (no span)
  {{x!lower}}            modifiers: lower, upper, indent2, indent4, ocr, raw
Every entity value becomes a span; literal text never contains PII.
"""
import json
import os
import random
import re
import sys
import unicodedata

R = random.Random(8)
HERE = os.path.dirname(os.path.abspath(__file__))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nzd(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def pick(seq):
    return R.choice(seq)


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------
# Names (hand-written).  last: plain string, or (masculine, feminine) pair.
# ----------------------------------------------------------------------------------------------
CULT = {
    "en_us": dict(
        m="James Michael Tyler DeShawn Hunter Caleb Marcus Ethan Brandon Logan Will Grant Dustin Kevin Travis Jordan Bryce Malik".split(),
        f="Mary Jennifer Brittany Latoya Madison Kayla Jasmine Olivia Ashley Chloe Rose Shannon Tiffany Megan Brooke Aaliyah Kristen Hope".split(),
        last="Johnson Williams Brown Davis Miller Wilson Anderson Thompson Robinson Carter Mitchell Parker Hughes Sullivan Bennett Coleman Brooks Jenkins Foster Reed Hayes Washington Baker Price".split()),
    "en_uk": dict(
        m="Oliver Harry George Alfie Callum Rhys Gareth Hamish Tom Jack Nathan Rory Ewan Dominic".split(),
        f="Amelia Isla Poppy Freya Imogen Eleanor Bethan Charlotte Hannah Lucy Harriet Kirsty Gemma Abigail".split(),
        last="Smith Jones Taylor Evans Davies Wright Roberts Clarke Thomson MacLeod Fletcher Ashworth Pritchard Whitfield Holloway Barker Cartwright Nuttall Lloyd Sutherland".split()),
    "ga": dict(
        m="Ciarán Oisín Eoin Pádraig Darragh Cathal Seán Donal".split(),
        f="Aoife Saoirse Niamh Siobhán Caoimhe Orla Gráinne Róisín".split(),
        last="O'Brien Murphy O'Sullivan Byrne Kavanagh McCarthy Doyle Fitzgerald Ní Bhriain Gallagher".split(" ") if False else ["O'Brien", "Murphy", "O'Sullivan", "Byrne", "Kavanagh", "McCarthy", "Doyle", "Fitzgerald", "Gallagher", "Ó Briain", "Mac Giolla"]),
    "de": dict(
        m="Lukas Maximilian Jonas Felix Tobias Jürgen Uwe Dieter Jörg Matthias Florian Stefan Henrik Klaus-Peter".split(),
        f="Anna Lea Sophie Hannah Katharina Birgit Sabine Ursula Mareike Jana Franziska Anke Svenja Annegret".split(),
        last="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Lange Werner Weiß Brandt Vogel".split()),
    "fr": dict(
        m="Louis Hugo Mathis Théo Jean-Baptiste Benoît Sébastien François Antoine Yannick Rémi Guillaume".split(),
        f="Camille Léa Chloé Manon Élodie Marie-Claire Aurélie Gaëlle Margaux Océane Sandrine Inès".split(),
        last="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fournier Girard Bonnet Rousseau Mercier Faure Chevalier Lambert Gauthier".split()),
    "es": dict(
        m="Hugo Alejandro Pablo Javier José Luis Álvaro Iker Íñigo Sergio Raúl Andrés Diego".split(" ") if False else ["Hugo", "Alejandro", "Pablo", "Javier", "José Luis", "Álvaro", "Iker", "Íñigo", "Sergio", "Raúl", "Andrés", "Diego"],
        f=["Lucía", "Martina", "Sofía", "Carmen", "María José", "Ainhoa", "Nerea", "Begoña", "Paula", "Rocío", "Marta", "Ximena"],
        last="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Navarro Torres Etxeberria Castillo Vargas".split()),
    "it": dict(
        m="Francesco Alessandro Lorenzo Matteo Giuseppe Salvatore Davide Gianluca Pietro Niccolò".split(),
        f="Giulia Chiara Martina Federica Rosaria Elisa Valentina Alessia Beatrice Ilaria".split(),
        last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti", "Barbieri", "D'Angelo"]),
    "nl": dict(
        m="Daan Sem Lars Bram Joris Pieter Thijs Ruud Wouter Jeroen".split(),
        f="Emma Julia Sanne Fleur Anouk Marieke Femke Lotte Ilse Noor".split(),
        last=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"]),
    "pt": dict(
        m="João Tiago Rui Gonçalo Duarte Thiago Gabriel Lucas Rafael Wellington".split(),
        f="Beatriz Inês Mariana Leonor Carolina Larissa Fernanda Camila Juliana Thaís".split(),
        last="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Almeida Ribeiro Carvalho Nascimento Araújo".split()),
    "pl": dict(
        m="Jakub Kacper Szymon Wojciech Krzysztof Łukasz Grzegorz Piotr Tomasz Michał".split(),
        f="Zuzanna Julia Maja Agnieszka Małgorzata Katarzyna Magdalena Joanna Aleksandra Ewa".split(),
        last=["Nowak", ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), "Wójcik", "Kowalczyk", ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), "Woźniak", ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), "Mazur", "Krawczyk", ("Jankowski", "Jankowska"), "Grabowski"]),
    "sv": dict(
        m="Erik Oskar Lars Johan Björn Gustav Anders Mattias Henrik Nils".split(),
        f="Astrid Elsa Ingrid Maja Sofia Linnea Karin Ebba Frida Sara".split(),
        last="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Bergström Lundgren Sjöberg Holm Ek".split()),
    "da": dict(
        m="Mads Rasmus Søren Jens Mikkel Frederik Anders Kasper".split(),
        f="Freja Ida Mette Signe Karen Sofie Line Trine".split(),
        last="Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen Kjær Østergaard Thomsen".split()),
    "no": dict(
        m="Håkon Sindre Magnus Eirik Ole Even Vegard Stian".split(),
        f="Ingrid Kari Nora Solveig Tuva Ragnhild Silje Marit".split(),
        last="Hansen Johansen Olsen Berg Haugen Bakken Solberg Dahl Lie Strand Halvorsen Fjeld Nygård Aasen".split()),
    "fi": dict(
        m="Mikko Juha Eero Pekka Tuomas Jukka Ville Antti".split(),
        f="Aino Liisa Sanna Helmi Kaisa Päivi Johanna Riikka".split(),
        last="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salminen".split()),
    "cs": dict(
        m="Jan Petr Tomáš Jiří Ondřej Lukáš Vojtěch Martin".split(),
        f="Tereza Eliška Lucie Kateřina Markéta Zuzana Veronika Hana".split(),
        last=[("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová")]),
    "tr": dict(
        m="Mehmet Mustafa Emre Burak Can Oğuz Kerem Serkan Yusuf Hakan".split(),
        f="Ayşe Fatma Zeynep Elif Şeyma Gülşen Ebru Merve Derya Büşra".split(),
        last="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin".split()),
    "ja": dict(
        m="Haruto Sota Ren Takumi Kenji Hiroshi Daiki Shota".split(),
        f="Yui Hina Sakura Aoi Yuki Naoko Misaki Ayaka".split(),
        last="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada".split()),
    "ko": dict(
        m="Min-jun Ji-ho Do-yun Seung-hoon Hyun-woo Jae-won".split(),
        f="Seo-yeon Ha-eun Ji-woo Eun-ji Soo-min Ye-jin".split(),
        last="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin".split()),
    "zh": dict(
        m="Wei Jun Hao Zhiwei Jian Bo Yong".split(),
        f="Xiaoling Mei Yan Lingling Xue Fang Jing".split(),
        last="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun".split()),
    "in": dict(
        m="Aarav Rohan Vikram Arjun Rahul Siddharth Karthik Manoj".split(),
        f="Priya Ananya Kavya Sneha Deepika Lakshmi Pooja Shreya".split(),
        last="Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Chatterjee Desai Joshi Menon Rao".split()),
    "ar": dict(
        m="Omar Youssef Karim Hassan Tariq Mehdi Bilal Samir".split(),
        f="Fatima Layla Noor Amira Salma Yasmin Leila Rania".split(),
        last=["Haddad", "Khalil", "Mansour", "Nasser", "El-Amin", "Saleh", "Aziz", "Rahman", "Al-Farsi", "Benali", "Bouzid", "El Idrissi"]),
    "ng": dict(
        m="Chinedu Oluwaseun Emeka Tunde Ifeanyi Segun".split(),
        f="Ngozi Adaeze Folake Chiamaka Yetunde Funmilayo".split(),
        last="Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Obi Abiodun".split()),
    "vi": dict(
        m="Minh Tuan Duc Quang Huy".split(),
        f="Linh Thao Huong Lan Trang".split(),
        last="Nguyen Tran Le Pham Hoang Phan Vu Dang".split()),
    "el": dict(
        m="Giorgos Dimitris Nikos Kostas Yiannis".split(),
        f="Eleni Katerina Sofia Despina Vasiliki".split(),
        last=[("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"), ("Nikolaidis", "Nikolaidou"), ("Papadakis", "Papadaki"), ("Konstantinou", "Konstantinou")]),
}

# which name cultures live in which country (weights)
COUNTRY_CULT = {
    "US": [("en_us", 10), ("es", 2), ("zh", 1), ("in", 1), ("vi", 1), ("ko", 1), ("ar", 0.5), ("ng", 0.7), ("ga", 0.5), ("it", 0.5)],
    "UK": [("en_uk", 10), ("in", 2), ("ng", 1.2), ("pl", 1), ("ga", 1), ("ar", 0.6), ("zh", 0.5), ("el", 0.3)],
    "IE": [("ga", 6), ("en_uk", 3), ("pl", 1), ("ng", 0.5)],
    "AU": [("en_uk", 7), ("en_us", 1), ("zh", 1.5), ("vi", 1), ("el", 1), ("in", 1), ("it", 0.7)],
    "CA": [("en_us", 5), ("en_uk", 2), ("fr", 2.5), ("zh", 1), ("in", 1), ("ko", 0.5)],
    "IN": [("in", 10)],
    "DE": [("de", 10), ("tr", 1.5), ("pl", 1), ("it", 0.5), ("el", 0.5), ("ar", 0.5)],
    "AT": [("de", 10), ("tr", 1), ("cs", 0.7)],
    "CH": [("de", 6), ("fr", 3), ("it", 2), ("pt", 0.5)],
    "FR": [("fr", 10), ("ar", 1.8), ("pt", 0.7), ("vi", 0.5), ("es", 0.5)],
    "BE": [("fr", 5), ("nl", 5), ("ar", 1), ("it", 0.5)],
    "ES": [("es", 10), ("ar", 0.7), ("ro" if False else "it", 0.3)],
    "MX": [("es", 10)],
    "IT": [("it", 10), ("ar", 0.5)],
    "NL": [("nl", 10), ("tr", 1), ("ar", 1), ("in", 0.3)],
    "PT": [("pt", 10)],
    "BR": [("pt", 10), ("ja", 0.5), ("it", 0.5)],
    "PL": [("pl", 10)],
    "SE": [("sv", 10), ("ar", 0.8), ("fi", 0.5)],
    "DK": [("da", 10), ("tr", 0.5)],
    "NO": [("no", 10), ("sv", 0.5)],
    "FI": [("fi", 10), ("sv", 0.7)],
    "CZ": [("cs", 10)],
    "TR": [("tr", 10)],
    "JP": [("ja", 10)],
    "KR": [("ko", 10)],
}

# ----------------------------------------------------------------------------------------------
# Address formats by country (hand-written street / city lists)
# ----------------------------------------------------------------------------------------------
US_CITIES = [("Portland", "OR", "972", ["503", "971"]), ("Austin", "TX", "787", ["512", "737"]),
             ("Denver", "CO", "802", ["303", "720"]), ("Chicago", "IL", "606", ["312", "773"]),
             ("Seattle", "WA", "981", ["206"]), ("Boston", "MA", "021", ["617", "857"]),
             ("Atlanta", "GA", "303", ["404", "678"]), ("Phoenix", "AZ", "850", ["602", "480"]),
             ("Columbus", "OH", "432", ["614"]), ("Nashville", "TN", "372", ["615"]),
             ("San Diego", "CA", "921", ["619", "858"]), ("Brooklyn", "NY", "112", ["718", "347"]),
             ("Minneapolis", "MN", "554", ["612"]), ("Charlotte", "NC", "282", ["704", "980"]),
             ("Miami", "FL", "331", ["305", "786"]), ("Oakland", "CA", "946", ["510"]),
             ("Pittsburgh", "PA", "152", ["412"]), ("Salt Lake City", "UT", "841", ["801"])]
US_STREETS = [("Maple", "Avenue"), ("Oak", "Street"), ("Cedar", "Lane"), ("Pine", "Street"), ("Washington", "Boulevard"),
              ("Elm", "Street"), ("Lakeview", "Drive"), ("Highland", "Avenue"), ("Magnolia", "Court"), ("Franklin", "Street"),
              ("Jefferson", "Avenue"), ("Willow", "Way"), ("Market", "Street"), ("Sunset", "Boulevard"), ("N Lincoln", "Avenue"),
              ("SW Alder", "Street"), ("Peachtree", "Road"), ("Riverside", "Drive"), ("W 34th", "Street"), ("Cherry Hill", "Road")]
US_ABBR = {"Avenue": "Ave", "Street": "St", "Lane": "Ln", "Boulevard": "Blvd", "Drive": "Dr", "Court": "Ct", "Way": "Way", "Road": "Rd"}


def addr_US():
    city, st, z3, areas = pick(US_CITIES)
    name, typ = pick(US_STREETS)
    typ_s = typ if (R.random() < 0.5 or US_ABBR[typ] == typ) else US_ABBR[typ] + pick(["", "."])
    l1 = f"{R.randint(12, 9899)} {name} {typ_s}"
    unit = pick(["", "", "", f"Apt {R.randint(1, 40)}{pick('ABCD')}", f"Suite {R.randint(100, 950)}", f"Unit {R.randint(1, 30)}", f"#{R.randint(2, 40)}"])
    z = z3 + digits(2) + (("-" + digits(4)) if R.random() < 0.15 else "")
    last = f"{city}, {st} {z}"
    single = f"{l1}{', ' + unit if unit else ''}, {last}"
    lines = [l1 + (" " + unit if unit else ""), last]
    return dict(line=single, lines=lines, city=city, area=pick(areas), cnames=["USA", "United States", "US"])


UK_CITIES = [("London", ["SW", "SE", "N", "E", "NW", "W"]), ("Manchester", ["M"]), ("Leeds", ["LS"]), ("Bristol", ["BS"]),
             ("Birmingham", ["B"]), ("Edinburgh", ["EH"]), ("Glasgow", ["G"]), ("Cardiff", ["CF"]), ("Liverpool", ["L"]),
             ("Brighton", ["BN"]), ("Norwich", ["NR"]), ("Nottingham", ["NG"]), ("Sheffield", ["S"]), ("York", ["YO"]),
             ("Belfast", ["BT"]), ("Reading", ["RG"])]
UK_STREETS = ["Kingsley Road", "Victoria Street", "Church Lane", "High Street", "Mill Lane", "Station Road", "Albert Terrace",
              "Queen's Drive", "Elmwood Avenue", "Beech Grove", "Manor Close", "Orchard Way", "St John's Road", "Cavendish Place",
              "Harrow Crescent", "Moorland View"]
UK_LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(area):
    return f"{area}{R.randint(1, 19)} {R.randint(1, 9)}{pick(UK_LET)}{pick(UK_LET)}"


def addr_UK():
    city, areas = pick(UK_CITIES)
    pc = uk_pc(pick(areas))
    num = str(R.randint(1, 240))
    st = pick(UK_STREETS)
    pre = pick(["", "", "", f"Flat {R.randint(1, 24)}, ", f"Flat {R.randint(1, 9)}{pick('ABC')}, "])
    house = pick(["", "", "", "", "Rose Cottage, ", "The Old Bakery, "]) if not pre else ""
    l1 = f"{pre}{house}{num} {st}"
    v = R.random()
    if v < 0.6:
        single = f"{l1}, {city} {pc}"
    else:
        single = f"{l1}, {city}, {pc}"
    lines = [x.strip() for x in (pre + house).split(",") if x.strip()] + [f"{num} {st}", city, pc] if R.random() < 0.5 else [l1, f"{city} {pc}"]
    return dict(line=single, lines=lines, city=city, cnames=["United Kingdom", "UK", "England"] if city not in ("Edinburgh", "Glasgow", "Cardiff", "Belfast") else ["United Kingdom", "UK"])


DE_CITIES = [("Berlin", ["10", "12", "13"]), ("Hamburg", ["20", "22"]), ("München", ["80", "81"]), ("Köln", ["50", "51"]),
             ("Frankfurt am Main", ["60"]), ("Stuttgart", ["70"]), ("Düsseldorf", ["40"]), ("Leipzig", ["04"]),
             ("Dresden", ["01"]), ("Hannover", ["30"]), ("Nürnberg", ["90"]), ("Bremen", ["28"]), ("Freiburg im Breisgau", ["79"]),
             ("Münster", ["48"]), ("Mainz", ["55"])]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Gartenweg", "Am Markt",
              "Friedrichstraße", "Kastanienallee", "Bergstraße", "Ringstraße", "Mozartstraße", "Münchner Straße", "Rosenweg",
              "Hauptstr.", "Schönhauser Allee", "Am Sonnenhang", "Kurfürstendamm"]


def addr_DE():
    city, pre = pick(DE_CITIES)
    plz = pick(pre) + digits(3)
    st = pick(DE_STREETS)
    num = str(R.randint(1, 180)) + pick(["", "", "", "a", "b", " a"])
    l1 = f"{st} {num}"
    extra = pick(["", "", "", "", ", 3. OG", ", Hinterhaus", ", WE 12"])
    single = f"{l1}{extra}, {plz} {city}"
    lines = [l1 + extra.replace(", ", " ", 1) if extra else l1, f"{plz} {city}"]
    return dict(line=single, lines=lines, city=city, cnames=["Deutschland", "Germany", "GERMANY", "DE"])


AT_CITIES = [("Wien", "1{:02d}0".format), ("Graz", None), ("Salzburg", None), ("Innsbruck", None), ("Linz", None)]


def addr_AT():
    city = pick(["Wien", "Wien", "Graz", "Salzburg", "Innsbruck", "Linz"])
    plz = {"Wien": "1" + "%02d" % R.randint(1, 23) + "0", "Graz": "80" + pick(["10", "20", "36"]), "Salzburg": "5020",
           "Innsbruck": "6020", "Linz": "40" + pick(["20", "40"])}[city]
    st = pick(["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse", "Annenstraße", "Maria-Theresien-Straße", "Landstraße"])
    num = f"{R.randint(1, 140)}" + pick(["", f"/{R.randint(1, 9)}", f"/{R.randint(1, 4)}/{R.randint(1, 30)}", f"/Top {R.randint(1, 30)}"])
    single = f"{st} {num}, {plz} {city}"
    return dict(line=single, lines=[f"{st} {num}", f"{plz} {city}"], city=city, cnames=["Österreich", "Austria", "AUSTRIA"])


def addr_CH():
    city, plz, sts = pick([("Zürich", "80" + pick(["01", "03", "05", "08"]), ["Bahnhofstrasse", "Langstrasse", "Seefeldstrasse", "Hohlstrasse"]),
                           ("Basel", "40" + pick(["51", "56", "57"]), ["Freie Strasse", "Steinenvorstadt", "Güterstrasse"]),
                           ("Bern", "30" + pick(["11", "12", "13"]), ["Kramgasse", "Marktgasse", "Länggassstrasse"]),
                           ("Genève", "12" + pick(["01", "04", "05", "07"]), ["Rue du Rhône", "Boulevard Carl-Vogt", "Rue de Carouge"]),
                           ("Lausanne", "100" + pick(["3", "4", "5"]), ["Avenue de la Gare", "Rue de Bourg", "Chemin de Montolivet"]),
                           ("Lugano", "6900", ["Via Nassa", "Corso Pestalozzi"]), ("Luzern", "6003", ["Pilatusstrasse", "Hertensteinstrasse"])])
    st = pick(sts)
    num = str(R.randint(1, 120))
    if st.startswith(("Rue", "Boulevard", "Avenue", "Chemin")):
        l1 = pick([f"{st} {num}", f"{num} {st}"]) if False else f"{st} {num}"
    else:
        l1 = f"{st} {num}"
    return dict(line=f"{l1}, {plz} {city}", lines=[l1, f"{plz} {city}"], city=city, cnames=["Schweiz", "Suisse", "Switzerland", "CH"])


FR_CITIES = [("Paris", None), ("Lyon", None), ("Marseille", None), ("Toulouse", ["31000", "31200", "31300", "31400", "31500"]),
             ("Nantes", ["44000", "44100", "44200", "44300"]), ("Bordeaux", ["33000", "33100", "33200", "33300", "33800"]),
             ("Lille", ["59000", "59800"]), ("Strasbourg", ["67000", "67100"]), ("Nice", ["06000", "06100", "06200", "06300"]),
             ("Rennes", ["35000", "35200", "35700"]), ("Montpellier", ["34000", "34070", "34080", "34090"])]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour", "rue Victor Hugo",
              "allée des Tilleuls", "chemin des Vignes", "rue du Faubourg Saint-Antoine", "impasse des Roses", "rue Sainte-Catherine",
              "cours Mirabeau", "rue Nationale", "avenue de la Libération", "quai des Chartrons"]


def addr_FR():
    city, pcs = pick(FR_CITIES)
    if city == "Paris":
        pc = "750" + "%02d" % R.randint(1, 20)
    elif city == "Lyon":
        pc = "6900" + str(R.randint(1, 9))
    elif city == "Marseille":
        pc = "130" + "%02d" % R.randint(1, 16)
    else:
        pc = pick(pcs)
    st = pick(FR_STREETS)
    num = str(R.randint(1, 160)) + pick(["", "", "", " bis", " ter"])
    pre = pick(["", "", "", "", f"Appt {R.randint(1, 60)}, ", f"Bât. {pick('ABCD')}, ", f"Résidence Les Cèdres, "])
    cityname = city if R.random() < 0.85 else city.upper()
    l1 = f"{pre}{num}{pick([' ', ', '])}{st}"
    return dict(line=f"{l1}, {pc} {cityname}", lines=[x for x in ([pre.rstrip(', ')] if pre else []) + [f"{num} {st}", f"{pc} {cityname}"]],
                city=city, cnames=["France", "FRANCE"])


def addr_BE():
    city, pc, sts = pick([("Bruxelles", "10" + pick(["00", "40", "50", "60"]), ["Rue Neuve", "Avenue Louise", "Chaussée d'Ixelles", "Rue Haute"]),
                          ("Antwerpen", "20" + pick(["00", "18", "60"]), ["Meir", "Lange Nieuwstraat", "Kammenstraat"]),
                          ("Gent", "9000", ["Veldstraat", "Korenmarkt", "Sint-Pietersnieuwstraat"]),
                          ("Liège", "4000", ["Rue de la Cathédrale", "Boulevard d'Avroy"]), ("Brugge", "8000", ["Steenstraat", "Noordzandstraat"]),
                          ("Leuven", "3000", ["Bondgenotenlaan", "Diestsestraat"])])
    st = pick(sts)
    num = str(R.randint(1, 220)) + pick(["", "", f" bus {R.randint(1, 12)}", f"/{R.randint(1, 9)}"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=city, cnames=["Belgique", "België", "Belgium", "BE"])


def addr_ES():
    city, pre, sts = pick([("Madrid", "280", ["Calle de Alcalá", "Calle Mayor", "Gran Vía", "Calle de Serrano", "Paseo de la Castellana"]),
                           ("Barcelona", "080", ["Passeig de Gràcia", "Carrer de Mallorca", "Avinguda Diagonal", "Rambla de Catalunya"]),
                           ("Valencia", "460", ["Calle San Vicente Mártir", "Calle de Colón", "Avenida del Puerto"]),
                           ("Sevilla", "410", ["Calle Sierpes", "Avenida de la Constitución", "Calle Feria"]),
                           ("Málaga", "290", ["Calle Larios", "Calle Granada", "Paseo del Parque"]),
                           ("Bilbao", "480", ["Gran Vía de Don Diego López de Haro", "Calle Ercilla", "Alameda de Urquijo"]),
                           ("Zaragoza", "500", ["Paseo de la Independencia", "Calle Alfonso I"])])
    pc = pre + "%02d" % R.randint(1, 45)
    st = pick(sts)
    if st.startswith("Calle") and R.random() < 0.35:
        st = "C/ " + st[6:].replace("de ", "", 1) if st.startswith("Calle de ") else "C/ " + st[6:]
    num = str(R.randint(1, 210))
    piso = pick(["", "", f", {R.randint(1, 8)}º {pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}", f", {R.randint(1, 6)}.º {R.randint(1, 4)}ª", ", bajo"])
    l1 = f"{st}{pick([' ', ', '])}{num}{piso}"
    return dict(line=f"{l1}, {pc} {city}", lines=[l1, f"{pc} {city}"], city=city, cnames=["España", "Spain", "ESPAÑA"])


def addr_MX():
    v = R.randint(0, 2)
    if v == 0:
        l1 = f"Av. Insurgentes Sur {R.randint(100, 3999)}"
        col = pick(["Col. Del Valle", "Col. Roma Norte", "Col. Nápoles", "Col. Condesa"])
        pc = "0" + str(R.randint(3, 6)) + digits(3)
        city, tail = "Ciudad de México", "CDMX"
    elif v == 1:
        l1 = f"Calle {pick(['Morelos', 'Hidalgo', 'Juárez', 'López Cotilla'])} {R.randint(10, 2200)}"
        col = pick(["Centro", "Col. Americana", "Col. Providencia"])
        pc = "44" + digits(3)
        city, tail = "Guadalajara", "Jal."
    else:
        l1 = f"Av. {pick(['Constitución', 'San Pedro', 'Garza Sada'])} {R.randint(100, 4000)}"
        col = pick(["Col. Obispado", "Col. Del Valle", "Centro"])
        pc = "64" + digits(3)
        city, tail = "Monterrey", "N.L."
    l1 += pick(["", "", f", Int. {R.randint(1, 30)}", f" Depto. {R.randint(101, 904)}"])
    return dict(line=f"{l1}, {col}, {pc} {city}, {tail}", lines=[l1, col, f"{pc} {city}, {tail}"], city=city, cnames=["México", "Mexico", "MÉXICO"])


def addr_IT():
    city, pre, prov = pick([("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Napoli", "801", "NA"),
                            ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Genova", "161", "GE"), ("Palermo", "901", "PA"),
                            ("Verona", "371", "VR"), ("Bari", "701", "BA")])
    cap = pre + "%02d" % R.randint(0, 49)
    st = pick(["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via Dante Alighieri", "Piazza della Repubblica", "Via dei Mille",
               "Viale Monza", "Via Toledo", "Via Nazionale", "Via San Francesco d'Assisi", "Via Mazzini", "Corso Buenos Aires", "Via Cavour"])
    num = str(R.randint(1, 250)) + pick(["", "", "/A", "/B"])
    extra = pick(["", "", "", f", int. {R.randint(1, 20)}", f", scala {pick('ABC')}"])
    provs = pick([f" {prov}", f" ({prov})", ""])
    l1 = f"{st}{pick([' ', ', '])}{num}{extra}"
    last = f"{cap} {city}{provs}"
    return dict(line=f"{l1}{pick([', ', ' - '])}{last}", lines=[l1, last], city=city, cnames=["Italia", "Italy", "ITALIA"])


def addr_NL():
    city, pre = pick([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
                      ("Groningen", "97"), ("Haarlem", "20"), ("Leiden", "23"), ("Nijmegen", "65"), ("Zwolle", "80")])
    pc = pre + digits(2) + pick([" ", " ", ""]) + pick("ABCDEGHJKLMNPRSTVWXZ") + pick("ABCDEGHJKLMNPRSTVWXZ")
    st = pick(["Keizersgracht", "Kerkstraat", "Dorpsstraat", "Oudegracht", "Laan van Meerdervoort", "Stationsweg", "Molenstraat",
               "Prinsengracht", "Wilhelminastraat", "Burgemeester de Withstraat", "Vondelstraat", "Nieuwe Binnenweg"])
    num = str(R.randint(1, 400)) + pick(["", "", "", "A", "-II", " bis", "-3hg", " B"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=city, cnames=["Nederland", "Netherlands", "NL"])


def addr_PT():
    city, pc = pick([("Lisboa", "1" + "%03d" % R.randint(0, 999) + "-" + digits(3)), ("Porto", "4" + "%03d" % R.randint(0, 399) + "-" + digits(3)),
                     ("Braga", "47" + digits(2) + "-" + digits(3)), ("Coimbra", "30" + digits(2) + "-" + digits(3)), ("Faro", "80" + digits(2) + "-" + digits(3))])
    st = pick(["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Ouro", "Travessa do Carmo", "Rua Garrett",
               "Avenida dos Aliados", "Rua das Flores", "Rua de Cedofeita", "Largo do Rato"])
    num = pick([f"{R.randint(1, 300)}", f"n.º {R.randint(1, 300)}"])
    andar = pick(["", "", f", {R.randint(1, 8)}.º Esq.", f", {R.randint(1, 8)}.º Dto.", f", r/c"])
    l1 = f"{st}{pick([' ', ', '])}{num}{andar}"
    return dict(line=f"{l1}, {pc} {city}", lines=[l1, f"{pc} {city}"], city=city, cnames=["Portugal", "PORTUGAL"])


def addr_BR():
    city, uf, pre, bairros = pick([("São Paulo", "SP", "0", ["Jardins", "Bela Vista", "Pinheiros", "Vila Madalena", "Moema"]),
                                   ("Rio de Janeiro", "RJ", "22", ["Copacabana", "Botafogo", "Leblon", "Tijuca"]),
                                   ("Belo Horizonte", "MG", "30", ["Savassi", "Funcionários", "Lourdes"]),
                                   ("Curitiba", "PR", "80", ["Batel", "Centro", "Água Verde"]),
                                   ("Porto Alegre", "RS", "90", ["Moinhos de Vento", "Cidade Baixa"]),
                                   ("Recife", "PE", "50", ["Boa Viagem", "Casa Forte"]), ("Salvador", "BA", "40", ["Barra", "Rio Vermelho"])])
    cep = (pre + digits(5 - len(pre)) + "-" + digits(3))
    st = pick(["Rua das Flores", "Avenida Paulista", "Rua Oscar Freire", "Rua Augusta", "Avenida Atlântica", "Rua XV de Novembro",
               "Rua Voluntários da Pátria", "Av. Brasil", "Rua Padre Chagas"])
    num = str(R.randint(10, 3000))
    comp = pick(["", "", f", apto {R.randint(11, 1504)}", f", ap. {R.randint(11, 904)} bloco {pick('AB')}", ", casa 2", f", sala {R.randint(101, 1210)}"])
    bairro = pick(bairros)
    dash = pick([" – ", " - ", ", "])
    l1 = f"{st}, {num}{comp}"
    return dict(line=f"{l1}{dash}{bairro}, {city}{dash}{uf}, {cep}", lines=[l1, f"{bairro}", f"{city}{dash}{uf}", f"CEP {cep}"] if R.random() < 0.5 else [l1 + f" - {bairro}", f"{cep} {city}/{uf}"],
                city=city, cnames=["Brasil", "Brazil", "BRASIL"])


def addr_PL():
    city, pres = pick([("Warszawa", ["00", "01", "02", "03", "04"]), ("Kraków", ["30", "31"]), ("Łódź", ["90", "91", "93"]),
                       ("Wrocław", ["50", "51", "53"]), ("Gdańsk", ["80"]), ("Poznań", ["60", "61"]), ("Gdynia", ["81"]), ("Lublin", ["20"])])
    pc = pick(pres) + "-" + digits(3)
    st = pick(["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Długa", "ul. Świętojańska",
               "ul. Mickiewicza", "os. Tysiąclecia", "ul. Kościuszki", "al. Niepodległości", "ul. Grunwaldzka"])
    num = str(R.randint(1, 150)) + pick(["", "", f"/{R.randint(1, 80)}", f" m. {R.randint(1, 60)}", f" lok. {R.randint(1, 40)}", "A"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=city, cnames=["Polska", "Poland", "POLSKA"])


def addr_SE():
    city, pres = pick([("Stockholm", ["11", "12", "16", "17"]), ("Göteborg", ["41", "42"]), ("Malmö", ["21"]), ("Uppsala", ["75"]),
                       ("Lund", ["22"]), ("Umeå", ["90"]), ("Västerås", ["72"])])
    pc = pick(pres) + str(R.randint(1, 8)) + " " + digits(2)
    st = pick(["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Linnégatan", "Vasagatan", "Järntorget", "Södra Förstadsgatan", "Hornsgatan"])
    num = str(R.randint(1, 120)) + pick(["", "", "A", "B", f", lgh {R.randint(1001, 1604)}", f" {R.randint(1, 5)} tr"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=city, cnames=["Sverige", "Sweden", "SVERIGE"])


def addr_DK():
    city, pc = pick([("København K", str(R.randint(1050, 1473))), ("København N", "2200"), ("København Ø", "2100"), ("Frederiksberg", "2000"),
                     ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Roskilde", "4000")])
    st = pick(["Nørregade", "Vesterbrogade", "Jægersborggade", "Østerbrogade", "Algade", "Vestergade", "Frederiksberg Allé", "Store Kongensgade", "Søndergade"])
    num = str(R.randint(1, 150)) + pick(["", "", "B", f", {R.randint(1, 5)}. tv.", f", {R.randint(1, 5)}. th.", ", st.", f", {R.randint(1, 4)}. mf."])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=city.split(" ")[0] if " " in city and city.split(" ")[1] in ("K", "N", "Ø", "C") else city,
                cnames=["Danmark", "Denmark", "DANMARK"])


def addr_NO():
    city, pc = pick([("Oslo", "0" + str(R.randint(150, 680))), ("Bergen", "50" + digits(2)), ("Trondheim", "70" + digits(2)), ("Stavanger", "40" + digits(2)),
                     ("Kristiansand", "46" + digits(2)), ("Tromsø", "90" + digits(2)), ("Drammen", "30" + digits(2))])
    st = pick(["Karl Johans gate", "Storgata", "Bogstadveien", "Thorvald Meyers gate", "Kongens gate", "Markens gate", "Olav Tryggvasons gate", "Torggata", "Kirkeveien"])
    num = str(R.randint(1, 120)) + pick(["", "", "B", "A", f", H0{R.randint(1, 4)}0{R.randint(1, 6)}"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city.upper() if R.random() < 0.3 else city}"], city=city, cnames=["Norge", "Norway", "NORGE"])


def addr_FI():
    city, pre = pick([("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Espoo", "02"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Vantaa", "01")])
    pc = pre + "%02d" % R.randint(10, 99) + "0"
    st = pick(["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Fredrikinkatu", "Kauppakatu", "Puistokatu", "Yliopistonkatu", "Itäinen Rantakatu", "Kalevankatu"])
    num = str(R.randint(1, 90)) + pick(["", f" {pick('ABCD')} {R.randint(1, 40)}", f" {pick('ABC')}", f" as. {R.randint(1, 30)}"])
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city.upper() if R.random() < 0.3 else city}"], city=city, cnames=["Suomi", "Finland", "FINLAND"])


def addr_CZ():
    v = R.random()
    if v < 0.5:
        d = R.randint(1, 10)
        city = f"Praha {d}"
        pc = f"1{R.randint(10, 90)} 00"
        st = pick(["Vinohradská", "Národní", "Korunní", "Karlova", "Slezská", "Dělnická", "Francouzská"])
        cityname = "Praha"
    else:
        cityname, pc = pick([("Brno", f"6{R.randint(2, 3)}{R.randint(0, 9)} 00"), ("Ostrava", f"70{R.randint(2, 3)} 00"), ("Plzeň", "301 00"), ("Olomouc", "779 00"), ("Liberec", "460 01")])
        city = cityname
        st = pick(["Masarykova", "Husova", "Palackého", "Nádražní", "Náměstí Svobody", "Nerudova"])
    num = f"{R.randint(100, 2500)}/{R.randint(1, 240)}" if R.random() < 0.6 else str(R.randint(1, 90))
    return dict(line=f"{st} {num}, {pc} {city}", lines=[f"{st} {num}", f"{pc} {city}"], city=cityname, cnames=["Česká republika", "Czech Republic", "Czechia", "CZ"])


def addr_TR():
    il, ilce, pre = pick([("İstanbul", "Kadıköy", "347"), ("İstanbul", "Beşiktaş", "343"), ("İstanbul", "Şişli", "343"), ("İstanbul", "Üsküdar", "346"),
                          ("Ankara", "Çankaya", "06"), ("İzmir", "Konak", "35"), ("Bursa", "Nilüfer", "16"), ("Antalya", "Muratpaşa", "07")])
    pc = pre + digits(5 - len(pre))
    mah = pick(["Caferağa Mah.", "Cihangir Mah.", "Kızılay Mah.", "Alsancak Mah.", "Fenerbahçe Mah.", "Bahçelievler Mah."])
    cad = pick(["Bağdat Caddesi", "İstiklal Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Moda Cad.", "Kıbrıs Şehitleri Caddesi", "Gazi Mustafa Kemal Bulvarı", "Tunalı Hilmi Cad."])
    no = R.randint(1, 300)
    d = R.randint(1, 30)
    v = R.random()
    if v < 0.4:
        single = f"{cad} No: {no} D: {d}, {pc} {ilce}/{il}"
        lines = [f"{cad} No: {no} D: {d}", f"{pc} {ilce}/{il}"]
    elif v < 0.75:
        single = f"{mah} {cad} No:{no}/{d}, {pc} {ilce}, {il}"
        lines = [f"{mah} {cad} No:{no}/{d}", f"{pc} {ilce} / {il}"]
    else:
        single = f"{mah} {cad} No: {no} Daire: {d} {ilce} / {il} {pc}"
        lines = [mah, f"{cad} No: {no} Daire: {d}", f"{ilce} / {il} {pc}"]
    return dict(line=single, lines=lines, city=il, cnames=["Türkiye", "Turkey", "TÜRKİYE"])


def addr_JP():
    area, ku, city, pre = pick([("Jingumae", "Shibuya-ku", "Tokyo", "150"), ("Ginza", "Chuo-ku", "Tokyo", "104"), ("Umeda", "Kita-ku", "Osaka", "530"),
                                ("Sakae", "Naka-ku", "Nagoya", "460"), ("Gion", "Higashiyama-ku", "Kyoto", "605"), ("Tenjin", "Chuo-ku", "Fukuoka", "810"),
                                ("Minatomirai", "Nishi-ku", "Yokohama", "220"), ("Ebisu", "Shibuya-ku", "Tokyo", "150")])
    pc = f"{pre}-{digits(4)}"
    ch = f"{R.randint(1, 6)}-{R.randint(1, 25)}-{R.randint(1, 20)}"
    room = pick(["", "", f"Room {R.randint(101, 1205)}, ", f"#{R.randint(201, 905)} "])
    bld = pick(["", "", "Sunny Heights ", "Maison Ebisu "])
    if R.random() < 0.6:
        single = f"{room}{ch} {area}, {ku}, {city} {pc}"
    else:
        single = f"{bld}{room}{ch} {area}, {ku}, {city}-shi {pc}" if city != "Tokyo" else f"{room}{ch} {area}, {ku}, Tokyo {pc}"
    lines = [f"{room}{ch} {area}".replace(", ", " ").strip(), f"{ku}, {city} {pc}"]
    return dict(line=single.replace("  ", " "), lines=lines, city=city, cnames=["Japan", "JAPAN"])


def addr_KR():
    road, gu, city, pc = pick([("Teheran-ro", "Gangnam-gu", "Seoul", "06" + digits(3)), ("Olympic-ro", "Songpa-gu", "Seoul", "05" + digits(3)),
                               ("Sejong-daero", "Jung-gu", "Seoul", "04" + digits(3)), ("Itaewon-ro", "Yongsan-gu", "Seoul", "04" + digits(3)),
                               ("Haeundae-ro", "Haeundae-gu", "Busan", "48" + digits(3)), ("Gangnam-daero", "Seocho-gu", "Seoul", "06" + digits(3))])
    num = R.randint(1, 600)
    pre = pick(["", "", f"Apt {R.randint(101, 2505)}, ", f"{R.randint(2, 15)}F, "])
    return dict(line=f"{pre}{num} {road}, {gu}, {city} {pc}", lines=[f"{pre}{num} {road}".rstrip(", "), f"{gu}, {city} {pc}"], city=city, cnames=["South Korea", "Korea", "KOREA"])


def addr_CA():
    city, prov, fsa = pick([("Toronto", "ON", "M5"), ("Montréal", "QC", "H2"), ("Vancouver", "BC", "V6"), ("Calgary", "AB", "T2"), ("Ottawa", "ON", "K1"), ("Halifax", "NS", "B3")])
    pcode = f"{fsa}{pick('ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"
    if city == "Montréal":
        st = pick(["Rue Sainte-Catherine O", "Boulevard Saint-Laurent", "Avenue du Mont-Royal E", "Rue Saint-Denis"])
    else:
        st = pick(["King Street West", "Queen St E", "Granville Street", "17 Ave SW", "Bank Street", "Spring Garden Road", "Yonge Street"])
    num = R.randint(10, 4800)
    unit = pick(["", "", f"Unit {R.randint(101, 3205)}, ", f"{R.randint(101, 2405)}-"])
    if unit.endswith("-"):
        l1 = f"{unit}{num} {st}"
    else:
        l1 = f"{unit}{num} {st}"
    return dict(line=f"{l1}, {city}, {prov} {pcode}", lines=[l1.replace(", ", " "), f"{city} {prov}  {pcode}" if R.random() < 0.3 else f"{city}, {prov} {pcode}"], city=city, area=pick(["416", "514", "604", "403", "613", "902"]), cnames=["Canada", "CANADA"])


def addr_AU():
    sub, st8, pc, city = pick([("Fitzroy", "VIC", "3065", "Melbourne"), ("Carlton", "VIC", "3053", "Melbourne"), ("Surry Hills", "NSW", "2010", "Sydney"),
                               ("Newtown", "NSW", "2042", "Sydney"), ("Bondi", "NSW", "2026", "Sydney"), ("Fortitude Valley", "QLD", "4006", "Brisbane"),
                               ("Fremantle", "WA", "6160", "Perth"), ("Glenelg", "SA", "5045", "Adelaide"), ("Sandy Bay", "TAS", "7005", "Hobart")])
    st = pick(["Smith Street", "George St", "Brunswick Street", "King Street", "Oxford St", "Campbell Parade", "Ann Street", "Jetty Road", "High St"])
    num = R.randint(1, 420)
    unit = pick(["", "", f"Unit {R.randint(1, 30)}, ", f"{R.randint(1, 30)}/"])
    l1 = f"{unit}{num} {st}"
    return dict(line=f"{l1}, {sub} {st8} {pc}", lines=[l1.replace(", ", " "), f"{sub.upper() if R.random() < 0.4 else sub} {st8} {pc}"], city=pick([sub, city]), cnames=["Australia", "AUSTRALIA"])


def addr_IE():
    city, key = pick([("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6", "D06"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Kilkenny", "R95")])
    ec = f"{key} {pick('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}{pick('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}"
    st = pick(["Harcourt Street", "Main Street", "Patrick Street", "Shop Street", "O'Connell Street", "Leeson Street Upper", "Ashgrove Park", "Church Road"])
    num = R.randint(1, 120)
    pre = pick(["", "", f"Apartment {R.randint(1, 40)}, ", f"Apt {R.randint(1, 40)}, Riverside House, "])
    l1 = f"{pre}{num} {st}"
    return dict(line=f"{l1}, {city}, {ec}", lines=[l1, city, ec], city=city.split(" ")[0], cnames=["Ireland", "IRELAND"])


def addr_IN():
    v = R.random()
    if v < 0.4:
        l = f"Flat {R.randint(101, 1204)}, {pick(['Sunrise Apartments', 'Prestige Lakeside', 'Green Glen Layout', 'Brigade Residency'])}, {R.randint(1, 20)}th Cross, {pick(['Indiranagar', 'Koramangala', 'Jayanagar', 'HSR Layout'])}"
        city, pc = "Bengaluru", "5600" + "%02d" % R.randint(1, 99)
        tail = f"{city} {pc}"
    elif v < 0.7:
        l = f"{R.randint(1, 40)}/{R.randint(1, 9)} {pick(['Linking Road', 'Hill Road', 'Carter Road'])}, {pick(['Bandra West', 'Khar West', 'Santacruz West'])}"
        city, pc = "Mumbai", "4000" + "%02d" % R.randint(50, 99)
        tail = f"{city} - {pc}"
    else:
        l = f"{pick('ABCD')}-{R.randint(1, 250)}, Sector {R.randint(10, 140)}"
        city, pc = pick([("Noida", "2013" + "%02d" % R.randint(1, 99)), ("Gurugram", "1220" + "%02d" % R.randint(1, 99))])
        tail = f"{city}, {'Uttar Pradesh' if city == 'Noida' else 'Haryana'} {pc}"
    return dict(line=f"{l}, {tail}", lines=[l, tail], city=city, cnames=["India", "INDIA"])


ADDR = {"US": addr_US, "UK": addr_UK, "DE": addr_DE, "AT": addr_AT, "CH": addr_CH, "FR": addr_FR, "BE": addr_BE, "ES": addr_ES, "MX": addr_MX,
        "IT": addr_IT, "NL": addr_NL, "PT": addr_PT, "BR": addr_BR, "PL": addr_PL, "SE": addr_SE, "DK": addr_DK, "NO": addr_NO, "FI": addr_FI,
        "CZ": addr_CZ, "TR": addr_TR, "JP": addr_JP, "KR": addr_KR, "CA": addr_CA, "AU": addr_AU, "IE": addr_IE, "IN": addr_IN}


# ----------------------------------------------------------------------------------------------
# Phone numbers: (local, international) in national formats
# ----------------------------------------------------------------------------------------------
def g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def ph(cc, area=None, mobile=None):
    if mobile is None:
        mobile = R.random() < 0.7
    if cc in ("US", "CA"):
        a = area or pick(["212", "310", "415", "503", "512", "617", "720", "206", "404", "312", "416", "604"])
        e = str(R.randint(2, 9)) + digits(2)
        n = digits(4)
        return (pick([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"({a}) {e}-{n}", f"{a} {e} {n}"]),
                pick([f"+1 {a} {e} {n}", f"+1 ({a}) {e}-{n}", f"+1-{a}-{e}-{n}", f"1-{a}-{e}-{n}", f"+1 {a}-{e}-{n}"]))
    if cc == "UK":
        if mobile:
            p = "07" + str(pick([4, 5, 7, 8, 9])) + digits(2)
            r = digits(6)
            return (pick([f"{p} {r}", f"{p} {r}", f"{p}{r}", f"{p} {r[:3]} {r[3:]}"]), pick([f"+44 {p[1:]} {r}", f"+44 (0){p[1:]} {r}", f"+44{p[1:]}{r}", f"+44 {p[1:]} {r[:3]} {r[3:]}"]))
        c = pick(["20", "113", "161", "117", "131", "141", "121", "1632"])
        if c == "20":
            r = pick("378") + digits(7)
            return f"020 {r[:4]} {r[4:]}", pick([f"+44 20 {r[:4]} {r[4:]}", f"+44 (0)20 {r[:4]} {r[4:]}"])
        r = digits(10 - len(c) - 1 + 1) if c != "1632" else digits(6)
        loc = f"0{c} {r[:3]} {r[3:]}" if c != "1632" else f"01632 {r}"
        return loc, f"+44 {c} {r[:3]} {r[3:]}" if c != "1632" else f"+44 1632 {r}"
    if cc in ("DE",):
        if mobile:
            p = pick(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
            r = digits(pick([7, 8]))
            return pick([f"0{p} {r}", f"0{p}/{r}", f"0{p}-{r}", f"0{p} {r[:3]} {r[3:]}"]), pick([f"+49 {p} {r}", f"+49 (0){p} {r}", f"+49{p}{r}", f"0049 {p} {r}"])
        a = pick(["30", "40", "89", "221", "69", "711", "211", "341", "511", "911", "761"])
        r = digits(10 - len(a) - 1 + 1)
        return pick([f"0{a} {r}", f"0{a}/{r}", f"(0{a}) {r}", f"0{a} {r[:3]} {r[3:]}"]), pick([f"+49 {a} {r}", f"+49 (0){a} {r}"])
    if cc == "AT":
        if mobile:
            p = pick(["664", "676", "650", "699", "660"])
            r = digits(7)
            return pick([f"0{p} {r}", f"0{p}/{r}", f"0{p} {r[:3]} {r[3:]}"]), pick([f"+43 {p} {r}", f"+43 (0){p} {r}"])
        a = pick(["1", "316", "662", "512", "732"])
        r = digits(7 if a == "1" else 6)
        return f"0{a} {r}", f"+43 {a} {r}"
    if cc == "CH":
        p = pick(["79", "78", "76", "77"]) if mobile else pick(["44", "61", "31", "22", "21", "91", "41"])
        r = digits(7)
        return pick([f"0{p} {r[:3]} {r[3:5]} {r[5:]}", f"0{p}{r}"]), pick([f"+41 {p} {r[:3]} {r[3:5]} {r[5:]}", f"+41 (0){p} {r[:3]} {r[3:5]} {r[5:]}", f"0041 {p} {r[:3]} {r[3:5]} {r[5:]}"])
    if cc == "FR":
        p = pick(["6", "7"]) if mobile else pick(["1", "2", "3", "4", "5", "9"])
        r = digits(8)
        pr = g(r, 2, 2, 2, 2)
        return (pick([f"0{p} " + " ".join(pr), f"0{p}." + ".".join(pr), f"0{p}{r}", f"0{p} " + " ".join(pr)]),
                pick([f"+33 {p} " + " ".join(pr), f"+33 (0){p} " + " ".join(pr), f"+33{p}{r}", f"0033 {p} " + " ".join(pr)]))
    if cc == "BE":
        if mobile:
            p = pick(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "495", "496"])
            r = digits(6)
            return pick([f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"0{p} {r}"]), f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}"
        a = pick(["2", "3", "9", "4"])
        r = digits(7)
        return f"0{a} {r[:3]} {r[3:5]} {r[5:]}", f"+32 {a} {r[:3]} {r[3:5]} {r[5:]}"
    if cc in ("ES",):
        p = pick(["6", "6", "7"]) if mobile else pick(["91", "93", "96", "95"])
        r = p + digits(9 - len(p))
        return pick([f"{r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", r, f"{r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"]), pick([f"+34 {r[:3]} {r[3:6]} {r[6:]}", f"+34 {r}", f"0034 {r[:3]} {r[3:6]} {r[6:]}"])
    if cc == "MX":
        a = pick(["55", "33", "81"])
        r = digits(8)
        return pick([f"{a} {r[:4]} {r[4:]}", f"({a}) {r[:4]} {r[4:]}", f"{a}{r}"]), pick([f"+52 {a} {r[:4]} {r[4:]}", f"+52 1 {a} {r[:4]} {r[4:]}", f"+52{a}{r}"])
    if cc == "IT":
        if mobile:
            p = pick(["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "392"])
            r = digits(7)
            return pick([f"{p} {r[:3]} {r[3:]}", f"{p} {r}", f"{p}{r}", f"{p}/{r}"]), pick([f"+39 {p} {r[:3]} {r[3:]}", f"+39 {p} {r}", f"0039 {p} {r}"])
        a = pick(["02", "06", "011", "081", "051", "055"])
        r = digits(10 - len(a))
        return pick([f"{a} {r}", f"{a} {r[:4]} {r[4:]}", f"{a}-{r}"]), f"+39 {a} {r}"
    if cc == "NL":
        if mobile:
            r = digits(8)
            return pick([f"06 {r}", f"06-{r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", f"06{r}"]), pick([f"+31 6 {r}", f"+31 (0)6 {r}", f"+316{r}", f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"])
        a = pick(["20", "10", "30", "70", "40", "50"])
        r = digits(7)
        return pick([f"0{a} {r[:3]} {r[3:]}", f"0{a}-{r}", f"0{a} {r}"]), pick([f"+31 {a} {r[:3]} {r[3:]}", f"+31 (0){a} {r}"])
    if cc == "PT":
        r = (pick(["91", "92", "93", "96"]) if mobile else pick(["21", "22", "23"])) + digits(7)
        return pick([f"{r[:3]} {r[3:6]} {r[6:]}", r]), pick([f"+351 {r[:3]} {r[3:6]} {r[6:]}", f"+351 {r}", f"(+351) {r[:3]} {r[3:6]} {r[6:]}"])
    if cc == "BR":
        a = pick(["11", "21", "31", "41", "51", "81", "71"])
        if mobile:
            r = "9" + digits(8)
            return pick([f"({a}) {r[:5]}-{r[5:]}", f"{a} {r[:5]}-{r[5:]}", f"({a}) {r[:5]} {r[5:]}"]), pick([f"+55 {a} {r[:5]}-{r[5:]}", f"+55 ({a}) {r[:5]}-{r[5:]}", f"+55{a}{r}"])
        r = str(R.randint(2, 5)) + digits(7)
        return f"({a}) {r[:4]}-{r[4:]}", f"+55 {a} {r[:4]}-{r[4:]}"
    if cc == "PL":
        if mobile:
            r = pick(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + digits(7)
            return pick([f"{r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]}-{r[3:6]}-{r[6:]}", r]), pick([f"+48 {r[:3]} {r[3:6]} {r[6:]}", f"+48 {r}", f"0048 {r[:3]} {r[3:6]} {r[6:]}"])
        a = pick(["22", "12", "42", "71", "58", "61"])
        r = digits(7)
        return pick([f"{a} {r[:3]} {r[3:5]} {r[5:]}", f"({a}) {r[:3]} {r[3:5]} {r[5:]}"]), f"+48 {a} {r[:3]} {r[3:5]} {r[5:]}"
    if cc == "SE":
        if mobile:
            p = pick(["70", "72", "73", "76", "79"])
            r = digits(7)
            return pick([f"0{p}-{r[:3]} {r[3:5]} {r[5:]}", f"0{p} {r[:3]} {r[3:5]} {r[5:]}", f"0{p}{r}", f"0{p}-{r}"]), pick([f"+46 {p} {r[:3]} {r[3:5]} {r[5:]}", f"+46 (0){p} {r[:3]} {r[3:5]} {r[5:]}", f"+46{p}{r}"])
        a = pick(["8", "31", "40", "18"])
        r = digits(8 if a == "8" else 7)
        return f"0{a}-{r[:3]} {r[3:6]} {r[6:]}" if a == "8" else f"0{a}-{r[:2]} {r[2:4]} {r[4:]}", f"+46 {a} {r[:3]} {r[3:6]} {r[6:]}" if a == "8" else f"+46 {a} {r[:3]} {r[3:]}"
    if cc == "DK":
        r = (pick(["2", "3", "4", "5", "6", "7", "9"]) if mobile else pick(["3", "8", "6"])) + digits(7)
        return pick([f"{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", r, f"{r[:4]} {r[4:]}"]), pick([f"+45 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", f"+45 {r}", f"0045 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"])
    if cc == "NO":
        if mobile:
            r = pick(["4", "9"]) + digits(7)
            return pick([f"{r[:3]} {r[3:5]} {r[5:]}", r, f"{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"]), pick([f"+47 {r[:3]} {r[3:5]} {r[5:]}", f"+47 {r}", f"0047 {r[:3]} {r[3:5]} {r[5:]}"])
        r = pick(["22", "55", "73", "51"]) + digits(6)
        return f"{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", f"+47 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"
    if cc == "FI":
        if mobile:
            p = pick(["40", "41", "44", "45", "50"])
            r = digits(7)
            return pick([f"0{p} {r[:3]} {r[3:]}", f"0{p} {r}", f"0{p}-{r}", f"0{p}{r}"]), pick([f"+358 {p} {r[:3]} {r[3:]}", f"+358 {p} {r}", f"+358{p}{r}"])
        a = pick(["9", "3", "2"])
        r = digits(7)
        return f"0{a} {r[:4]} {r[4:]}", f"+358 {a} {r[:4]} {r[4:]}"
    if cc == "CZ":
        r = (pick(["60", "72", "73", "77", "70"]) if mobile else pick(["22", "54", "59"])) + digits(7)
        return pick([f"{r[:3]} {r[3:6]} {r[6:]}", r]), pick([f"+420 {r[:3]} {r[3:6]} {r[6:]}", f"+420 {r}", f"00420 {r[:3]} {r[3:6]} {r[6:]}"])
    if cc == "TR":
        if mobile:
            p = pick(["530", "532", "533", "535", "505", "506", "542", "544", "555"])
        else:
            p = pick(["212", "216", "312", "232"])
        r = digits(7)
        return pick([f"0{p} {r[:3]} {r[3:5]} {r[5:]}", f"0 ({p}) {r[:3]} {r[3:5]} {r[5:]}", f"0{p}{r}", f"0{p} {r[:3]} {r[3:]}"]), pick([f"+90 {p} {r[:3]} {r[3:5]} {r[5:]}", f"+90 ({p}) {r[:3]} {r[3:5]} {r[5:]}", f"+90{p}{r}"])
    if cc == "JP":
        if mobile:
            p = pick(["90", "80", "70"])
            a, b = digits(4), digits(4)
            return pick([f"0{p}-{a}-{b}", f"0{p} {a} {b}", f"0{p}{a}{b}"]), pick([f"+81 {p}-{a}-{b}", f"+81 {p} {a} {b}", f"+81-{p}-{a}-{b}"])
        a = pick(["3", "6"])
        x, y = digits(4), digits(4)
        return f"0{a}-{x}-{y}", f"+81 {a}-{x}-{y}"
    if cc == "KR":
        if mobile:
            a, b = digits(4), digits(4)
            return pick([f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}"]), pick([f"+82 10-{a}-{b}", f"+82 10 {a} {b}", f"+82-10-{a}-{b}"])
        x, y = digits(pick([3, 4])), digits(4)
        return f"02-{x}-{y}", f"+82 2-{x}-{y}"
    if cc == "AU":
        if mobile:
            r = "4" + digits(8)
            return pick([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}", f"0{r[:3]}-{r[3:6]}-{r[6:]}"]), pick([f"+61 {r[:3]} {r[3:6]} {r[6:]}", f"+61 {r}", f"+61{r}"])
        a = pick(["2", "3", "7", "8"])
        r = digits(8)
        return pick([f"(0{a}) {r[:4]} {r[4:]}", f"0{a} {r[:4]} {r[4:]}"]), f"+61 {a} {r[:4]} {r[4:]}"
    if cc == "IE":
        if mobile:
            p = pick(["83", "85", "86", "87", "89"])
            r = digits(7)
            return pick([f"0{p} {r[:3]} {r[3:]}", f"0{p} {r}", f"0{p}-{r}"]), pick([f"+353 {p} {r[:3]} {r[3:]}", f"+353 (0){p} {r[:3]} {r[3:]}", f"00353 {p} {r}"])
        a = pick(["1", "21", "91", "61"])
        r = digits(7)
        return pick([f"(0{a}) {r[:3]} {r[3:]}", f"0{a} {r[:3]} {r[3:]}"]), f"+353 {a} {r[:3]} {r[3:]}"
    if cc == "IN":
        r = pick(["98", "99", "97", "96", "88", "70", "81"]) + digits(8)
        return pick([f"{r[:5]} {r[5:]}", f"0{r[:5]} {r[5:]}", r]), pick([f"+91 {r[:5]} {r[5:]}", f"+91-{r}", f"+91 {r}", f"(+91) {r[:5]}-{r[5:]}"])
    raise KeyError(cc)


TOLLFREE = {"US": lambda: f"1-800-{R.randint(200, 999)}-{digits(4)}", "CA": lambda: f"1-888-{R.randint(200, 999)}-{digits(4)}",
            "UK": lambda: f"0800 {digits(3)} {digits(4)}", "IE": lambda: f"1800 {digits(3)} {digits(3)}", "AU": lambda: f"1300 {digits(3)} {digits(3)}",
            "DE": lambda: f"0800 {digits(3)} {digits(4)}", "AT": lambda: f"0800 {digits(6)}", "CH": lambda: f"0800 {digits(3)} {digits(3)}",
            "FR": lambda: f"09 70 {digits(2)} {digits(2)} {digits(2)}", "BE": lambda: f"0800 {digits(2)} {digits(3)}",
            "ES": lambda: f"900 {digits(3)} {digits(3)}", "MX": lambda: f"800 {digits(3)} {digits(4)}", "IT": lambda: f"800 {digits(3)} {digits(3)}",
            "NL": lambda: f"0800-{digits(4)}", "PT": lambda: f"808 {digits(3)} {digits(3)}", "BR": lambda: f"0800 {digits(3)} {digits(4)}",
            "PL": lambda: f"801 {digits(3)} {digits(3)}", "SE": lambda: f"0771-{digits(2)} {digits(2)} {digits(2)}", "DK": lambda: f"70 {digits(2)} {digits(2)} {digits(2)}",
            "NO": lambda: f"800 {digits(2)} {digits(3)}", "FI": lambda: f"0800 {digits(3)} {digits(3)}", "CZ": lambda: f"800 {digits(3)} {digits(3)}",
            "TR": lambda: f"0850 {digits(3)} {digits(2)} {digits(2)}", "JP": lambda: f"0120-{digits(3)}-{digits(3)}", "KR": lambda: f"1588-{digits(4)}",
            "IN": lambda: f"1800 {digits(3)} {digits(4)}"}

# ----------------------------------------------------------------------------------------------
# Emails
# ----------------------------------------------------------------------------------------------
DOMAINS = {"US": "gmail.com yahoo.com outlook.com icloud.com hotmail.com aol.com comcast.net".split(),
           "UK": "gmail.com btinternet.com hotmail.co.uk sky.com yahoo.co.uk outlook.com".split(),
           "IE": "gmail.com eircom.net hotmail.com icloud.com".split(), "AU": "gmail.com bigpond.com optusnet.com.au outlook.com".split(),
           "CA": "gmail.com rogers.com shaw.ca videotron.ca".split(), "IN": "gmail.com rediffmail.com yahoo.co.in".split(),
           "DE": "web.de gmx.de t-online.de gmx.net posteo.de gmail.com".split(), "AT": "gmx.at aon.at chello.at gmail.com".split(),
           "CH": "bluewin.ch gmx.ch sunrise.ch gmail.com".split(), "FR": "orange.fr free.fr laposte.net sfr.fr wanadoo.fr gmail.com".split(),
           "BE": "skynet.be telenet.be gmail.com proximus.be".split(), "ES": "gmail.com hotmail.es yahoo.es telefonica.net".split(),
           "MX": "gmail.com hotmail.com prodigy.net.mx outlook.com".split(), "IT": "libero.it virgilio.it tiscali.it alice.it gmail.com".split(),
           "NL": "ziggo.nl kpnmail.nl hotmail.nl planet.nl gmail.com".split(), "PT": "sapo.pt gmail.com hotmail.com".split(),
           "BR": "uol.com.br bol.com.br terra.com.br gmail.com".split(), "PL": "wp.pl onet.pl o2.pl interia.pl gmail.com".split(),
           "SE": "telia.com live.se bredband.net gmail.com".split(), "DK": "live.dk mail.dk jubii.dk gmail.com".split(),
           "NO": "online.no hotmail.no gmail.com".split(), "FI": "luukku.com kolumbus.fi gmail.com".split(),
           "CZ": "seznam.cz centrum.cz email.cz".split(), "TR": "hotmail.com.tr yandex.com.tr gmail.com".split(),
           "JP": "yahoo.co.jp docomo.ne.jp gmail.com".split(), "KR": "naver.com daum.net kakao.com".split()}

FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "Ł": "l", "ø": "o", "æ": "ae", "å": "a", "ı": "i", "đ": "d", "œ": "oe"}


def fold(s, german=False):
    s = s.lower()
    out = []
    for ch in s:
        if german and ch in "äöü":
            out.append(FOLD[ch])
        elif ch in FOLD and ch not in "äöü":
            out.append(FOLD[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9 \-.]", "", s)


def make_email(first, last, cc, cult, domain=None):
    f = fold(first, cult == "de").replace(" ", "").replace("-", "")
    l_ = fold(last, cult == "de").replace(" ", "").replace("-", "")
    dom = domain or pick(DOMAINS.get(cc, DOMAINS["US"]))
    n2 = str(R.randint(70, 99)) if R.random() < 0.5 else str(R.randint(1, 30))
    local = pick([f"{f}.{l_}", f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}_{l_}{n2}", f"{l_}.{f}", f"{f}{n2}", f"{f[0]}.{l_}", f"{f}.{l_}{n2}", f"{l_}{f[0]}"])
    return f"{local}@{dom}"


def make_work_email(first, last, cult, domain):
    f = fold(first, cult == "de").replace(" ", "").replace("-", "")
    l_ = fold(last, cult == "de").replace(" ", "").replace("-", "")
    return pick([f"{f}.{l_}", f"{f}.{l_}", f"{f[0]}{l_}", f"{f}", f"{f[0]}.{l_}"]) + "@" + domain


# ----------------------------------------------------------------------------------------------
# Cards, IBAN, SSN, IP
# ----------------------------------------------------------------------------------------------
def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card():
    kind = wpick([("visa", 5), ("mc", 4), ("amex", 1.5), ("disc", 0.7), ("mc2", 0.8)])
    if kind == "visa":
        n = luhn("4" + digits(1), 16)
    elif kind == "mc":
        n = luhn(str(R.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn(str(R.randint(2221, 2720)), 16)
    elif kind == "disc":
        n = luhn("6011", 16)
    else:
        n = luhn(pick(["34", "37"]), 15)
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = pick([" ", " ", " ", "-", ""])
    return sep.join(parts), n


IBAN_SPEC = {"DE": "n18", "FR": "n10 c11 n2", "ES": "n20", "IT": "a1 n10 c12", "NL": "A4 n10", "UK": "A4 n14", "IE": "A4 n14", "PL": "n24",
             "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20", "TR": "n5 z1 n16", "PT": "n21", "BE": "n12", "AT": "n16",
             "CH": "n5 n12", "BR": "n23 A1 c1"}
BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"], "UK": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"]}


def iban(cc):
    bban = ""
    for tok in IBAN_SPEC[cc].split():
        t, n = tok[0], int(tok[1:])
        if t == "n":
            bban += digits(n)
        elif t == "z":
            bban += "0" * n
        elif t == "a":
            bban += "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        elif t == "A":
            bban += pick(BANKS[cc]) if cc in BANKS and n == 4 else "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        elif t == "c":
            bban += "".join(pick("0123456789") for _ in range(n))
    c2 = "GB" if cc == "UK" else cc
    num = "".join(str(int(ch, 36)) for ch in bban + c2 + "00")
    chk = 98 - int(num) % 97
    return f"{c2}{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban_fmt(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    return pick([s, s, s, s, s, s, s.replace("-", " ")])


PUB_OCT = [23, 31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 194, 195, 203, 212, 213, 217, 24, 68, 73, 98, 104, 142, 174]


def ipv4():
    v = R.random()
    if v < 0.12:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if v < 0.18:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return f"{pick(PUB_OCT)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    hx = lambda: "%x" % R.randint(0, 65535)
    p = pick(["2a02:8108", "2a01:cb00", "2001:16b8", "2600:1700", "2a00:23c5", "2806:2f0", "2001:db8"])
    v = R.random()
    if v < 0.5:
        return p + ":" + ":".join(hx() for _ in range(6))
    return p + ":" + hx() + "::" + hx()


# ----------------------------------------------------------------------------------------------
# Sample-level vocab
# ----------------------------------------------------------------------------------------------
LANG_COUNTRIES = {"en": [("US", 5), ("UK", 5), ("IE", 1.2), ("AU", 1.5), ("CA", 1.5), ("IN", 1)],
                  "de": [("DE", 6), ("AT", 1.5), ("CH", 1.2)], "fr": [("FR", 6), ("BE", 1.5), ("CH", 0.8), ("CA", 0.6)],
                  "es": [("ES", 5), ("MX", 2.5)], "it": [("IT", 6), ("CH", 0.3)], "nl": [("NL", 5), ("BE", 1.5)],
                  "pt": [("PT", 3), ("BR", 3)], "pl": [("PL", 1)], "sv": [("SE", 1)], "da": [("DK", 1)], "no": [("NO", 1)],
                  "fi": [("FI", 1)], "cs": [("CZ", 1)], "tr": [("TR", 1)]}
ALL_CC = list(ADDR.keys())
IBAN_CC = [c for c in ALL_CC if c in IBAN_SPEC and c != "BR"]

EXONYM_EN = {"München": "Munich", "Köln": "Cologne", "Wien": "Vienna", "Zürich": "Zurich", "Genève": "Geneva", "Milano": "Milan", "Roma": "Rome",
             "Torino": "Turin", "Napoli": "Naples", "Firenze": "Florence", "Genova": "Genoa", "Lisboa": "Lisbon", "Warszawa": "Warsaw",
             "Kraków": "Krakow", "København": "Copenhagen", "Göteborg": "Gothenburg", "Praha": "Prague", "İstanbul": "Istanbul",
             "Sevilla": "Seville", "Den Haag": "The Hague", "Bruxelles": "Brussels", "Antwerpen": "Antwerp", "Gent": "Ghent",
             "Frankfurt am Main": "Frankfurt", "Nürnberg": "Nuremberg", "Montréal": "Montreal", "Ciudad de México": "Mexico City", "São Paulo": "Sao Paulo"}

CITY_POOL = {
    "US": ["New York", "Los Angeles", "Chicago", "Austin", "Denver", "Seattle", "Boston", "Atlanta", "Miami", "Portland", "Nashville", "San Francisco", "Philadelphia", "Dallas", "Houston", "Savannah", "Charlotte"],
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Edinburgh", "Glasgow", "Cardiff", "Liverpool", "Brighton", "Newcastle", "Oxford", "Cambridge", "Bath"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Kilkenny", "Sligo"], "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Gold Coast"],
    "CA": ["Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa", "Halifax"], "IN": ["Mumbai", "Bengaluru", "Delhi", "Chennai", "Hyderabad", "Pune", "Kolkata"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Hannover", "Nürnberg", "Bremen"],
    "AT": ["Wien", "Graz", "Salzburg", "Innsbruck", "Linz"], "CH": ["Zürich", "Basel", "Bern", "Genève", "Lausanne", "Luzern"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Strasbourg", "Nice", "Rennes", "Montpellier"],
    "BE": ["Bruxelles", "Antwerpen", "Gent", "Liège", "Brugge", "Leuven"], "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza", "Alicante"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Cancún"], "IT": ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Genova", "Palermo", "Verona", "Bari"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Haarlem", "Leiden"], "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Salvador"], "PL": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Lund"], "DK": ["København", "Aarhus", "Odense", "Aalborg"], "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"],
    "FI": ["Helsinki", "Tampere", "Turku", "Espoo", "Oulu"], "CZ": ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc"], "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "JP": ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Fukuoka"], "KR": ["Seoul", "Busan", "Incheon"]}
REGION_POOL = {"US": ["California", "Texas", "Oregon", "Florida", "New England"], "UK": ["Yorkshire", "Scotland", "Cornwall", "Wales", "the Midlands"],
               "IE": ["County Cork", "Connemara"], "AU": ["Victoria", "Queensland", "Tasmania"], "CA": ["Ontario", "Quebec", "British Columbia"], "IN": ["Kerala", "Maharashtra", "Karnataka"],
               "DE": ["Bayern", "Nordrhein-Westfalen", "Sachsen", "Schleswig-Holstein"], "AT": ["Tirol", "Steiermark"], "CH": ["Graubünden", "Wallis"],
               "FR": ["Bretagne", "Provence", "Normandie", "Alsace"], "BE": ["Wallonie", "Vlaanderen"], "ES": ["Andalucía", "Cataluña", "Galicia", "Asturias"],
               "MX": ["Jalisco", "Yucatán", "Oaxaca"], "IT": ["Toscana", "Lombardia", "Sicilia", "Puglia"], "NL": ["Noord-Holland", "Zeeland", "Friesland"],
               "PT": ["Algarve", "Alentejo", "Minho"], "BR": ["Bahia", "Minas Gerais", "Santa Catarina"], "PL": ["Mazowsze", "Małopolska", "Pomorze"],
               "SE": ["Skåne", "Norrland", "Gotland"], "DK": ["Jylland", "Fyn", "Bornholm"], "NO": ["Vestland", "Lofoten", "Finnmark"], "FI": ["Lappi", "Uusimaa", "Pirkanmaa"],
               "CZ": ["Morava", "Jižní Čechy"], "TR": ["Kapadokya", "Ege", "Karadeniz"], "JP": ["Hokkaido", "Okinawa"], "KR": ["Jeju"]}
REGION_EN = {"Bayern": "Bavaria", "Nordrhein-Westfalen": "North Rhine-Westphalia", "Sachsen": "Saxony", "Tirol": "Tyrol", "Bretagne": "Brittany", "Normandie": "Normandy",
             "Andalucía": "Andalusia", "Cataluña": "Catalonia", "Toscana": "Tuscany", "Lombardia": "Lombardy", "Sicilia": "Sicily", "Puglia": "Apulia",
             "Noord-Holland": "North Holland", "Skåne": "Scania", "Lappi": "Lapland", "Morava": "Moravia", "Kapadokya": "Cappadocia", "Jylland": "Jutland",
             "Wallonie": "Wallonia", "Vlaanderen": "Flanders", "Mazowsze": "Masovia", "Pomorze": "Pomerania"}

COUNTRY_NAMES = {
    "en": ["Germany", "France", "Spain", "Italy", "Portugal", "Poland", "Sweden", "Denmark", "Norway", "Finland", "Japan", "South Korea", "Canada", "Australia", "Ireland", "Mexico", "Brazil", "Turkey", "Austria", "Switzerland", "Belgium", "India", "Scotland"],
    "de": ["Deutschland", "Österreich", "Frankreich", "Spanien", "Italien", "Polen", "Schweden", "Dänemark", "Norwegen", "Griechenland", "Kroatien", "Portugal"],
    "fr": ["France", "Belgique", "Suisse", "Allemagne", "Espagne", "Italie", "Maroc", "Canada", "Portugal", "Royaume-Uni"],
    "es": ["España", "México", "Francia", "Portugal", "Argentina", "Colombia", "Chile", "Alemania", "Italia"],
    "it": ["Italia", "Francia", "Germania", "Spagna", "Svizzera", "Grecia", "Austria"],
    "nl": ["Nederland", "België", "Duitsland", "Frankrijk", "Spanje", "Engeland"],
    "pt": ["Portugal", "Brasil", "Espanha", "França", "Angola", "Moçambique", "Alemanha"],
    "pl": ["Polska", "Niemcy", "Czechy", "Wielka Brytania", "Hiszpania", "Włochy"],
    "sv": ["Sverige", "Norge", "Danmark", "Finland", "Tyskland", "Spanien"], "da": ["Danmark", "Sverige", "Norge", "Tyskland", "Spanien"],
    "no": ["Norge", "Sverige", "Danmark", "Spania", "Tyskland"], "fi": ["Suomi", "Ruotsi", "Viro", "Saksa", "Espanja"],
    "cs": ["Česko", "Slovensko", "Německo", "Rakousko", "Chorvatsko"], "tr": ["Türkiye", "Almanya", "Hollanda", "Fransa", "Yunanistan"]}

BRANDS = {
    "en": ["Brightlane", "Northwind Outfitters", "Harbour & Pine", "Kettle & Co", "Lumen Beauty", "Fieldhouse Sports", "Verdant Home", "Cobalt Mobile", "Tidewater Coffee", "Oakridge Pet Supply", "Saltmarsh Skincare", "Copperleaf Kitchen", "Parcelpoint"],
    "de": ["Nordlicht Mode", "Blauwerk", "Grünraum", "Fahrwerk Bikes", "Kaffeekontor", "Wohnwerk", "Lichtblick Optik"],
    "fr": ["Maison Lumière", "Atelier Bleu", "Les Jardins Urbains", "Pâtisserie Étoile", "Boutique Céleste", "Vélo Vert"],
    "es": ["Casa Oliva", "Sol y Mar", "Moda Brisa", "Café Alba", "Zapatería Norte"], "it": ["Lanterna", "Casa Nuvola", "Officina Blu", "Ottica Aurora", "Pasticceria Stella"],
    "nl": ["Fietsfabriek", "Groene Tuin", "Koffiekamer", "Huis & Haard", "Tulpenhof Webshop"], "pt": ["Brisa Moda", "Casa do Mar", "Café Aurora", "Loja Farol"],
    "pl": ["Zielony Dom", "Bursztynowa Kawa", "Moda Wisła", "Sklep Jodła"], "sv": ["Norrsken Design", "Blåbär Hem", "Skogsljus"],
    "da": ["Havblik", "Hygge Hjem", "Cykelværkstedet"], "no": ["Fjellvind", "Lysverket", "Nordlys Interiør"], "fi": ["Kuura Design", "Revontuli", "Kahvila Kuu"],
    "cs": ["Modrý Pták", "Kavárna Lípa", "Zelený Dům"], "tr": ["Mavi Ev", "Lale Kahve", "Nar Butik"]}
TLD = {"en": ["com", "co.uk", "co", "com"], "de": ["de", "de", "at"], "fr": ["fr", "fr", "be"], "es": ["es", "com.mx", "es"], "it": ["it"], "nl": ["nl", "be"], "pt": ["pt", "com.br"],
       "pl": ["pl"], "sv": ["se"], "da": ["dk"], "no": ["no"], "fi": ["fi"], "cs": ["cz"], "tr": ["com.tr"]}
BRAND_MAILBOX = {"en": ["support", "hello", "care", "help", "orders", "returns"], "de": ["kundenservice", "service", "info", "hallo"], "fr": ["service-client", "contact", "bonjour"],
                 "es": ["atencionalcliente", "hola", "info"], "it": ["assistenza", "info", "ciao"], "nl": ["klantenservice", "info", "hallo"], "pt": ["apoio", "contato", "ola"],
                 "pl": ["obsluga", "kontakt"], "sv": ["kundtjanst", "hej"], "da": ["kundeservice", "hej"], "no": ["kundeservice", "post"], "fi": ["asiakaspalvelu", "moi"],
                 "cs": ["podpora", "info"], "tr": ["destek", "iletisim"]}

# product / collection names (no PII: some deliberately look like people or places)
PRODUCTS = ["the Florence midi dress", "the Austin chelsea boot", "the Sonoma 3-seater sofa", "the Victoria tote", "the Marlowe trench", "the Jackson armchair",
            "the Savannah rug", "the Georgia table lamp", "the Harper backpack", "the Brooklyn sneaker", "the Oslo bed frame", "the Aspen puffer", "the Bondi beach towel",
            "the Lola wrap top", "the Theo crewneck", "the Kyoto tea set", "the Montana denim jacket", "the Ella ankle boot", "the Chester bookcase", "the Milo dog bed",
            "the Stanley cup", "the Clara cardigan", "the Riviera sunglasses", "the Hudson watch", "the Dakota throw"]
PLAIN_EN = ["the linen duvet cover", "the cast-iron casserole", "the wireless earbuds", "the merino base layer", "the oak side table", "the vitamin C serum",
            "the trail running shoes", "the rattan pendant light", "the 12-cup coffee maker", "the waterproof parka", "the bamboo pyjama set", "the ceramic planter"]
PLAIN_L = {"de": ["Daunenjacke", "Kaffeevollautomat", "Leinenbettwäsche", "Eichentisch", "Laufschuhe"], "fr": ["la veste en lin", "la cafetière italienne", "le plaid en laine", "la lampe de chevet"],
           "es": ["la chaqueta impermeable", "la cafetera", "el juego de sábanas", "las zapatillas de running"], "it": ["la giacca di lino", "la moka", "il piumino", "le scarpe da corsa"],
           "nl": ["de regenjas", "het dekbedovertrek", "de koffiemolen", "de wandelschoenen"], "pt": ["o casaco de linho", "a cafeteira", "o edredão"],
           "pl": ["kurtkę przeciwdeszczową", "ekspres do kawy"], "sv": ["regnjackan", "kaffebryggaren"], "da": ["regnjakken", "kaffemaskinen"], "no": ["regnjakken", "kaffetrakteren"],
           "fi": ["sadetakki", "kahvinkeitin"], "cs": ["nepromokavou bundu", "kávovar"], "tr": ["yağmurluğu", "kahve makinesini"]}
PRODUCTS_L = {"de": ["Sessel „Frieda“", "Jacke „Hamburg“", "Sofa „Lotte“", "Leuchte „Greta“", "Rucksack „Anton“"],
              "fr": ["le sac « Capucine »", "la robe « Nice »", "le fauteuil « Gaston »", "la lampe « Margot »", "le manteau « Biarritz »"],
              "es": ["el vestido «Carmen»", "la silla «Toledo»", "las zapatillas «Lola»", "el bolso «Ibiza»"],
              "it": ["la borsa «Sofia»", "la poltrona «Capri»", "il cappotto «Milano»", "la lampada «Gio»"],
              "nl": ["de fauteuil 'Noor'", "de jas 'Zandvoort'", "de tas 'Femke'", "de lamp 'Bram'"], "pt": ["a mala «Lisboa»", "o vestido «Inês»", "o sofá «Tejo»"],
              "pl": ["sofę „Zosia”", "kurtkę „Tatry”", "lampę „Jaś”"], "sv": ["soffan ”Greta”", "jackan ”Kiruna”", "lampan ”Nils”"], "da": ["sofaen ”Karen”", "jakken ”Skagen”"],
              "no": ["sofaen «Ingrid»", "jakken «Lofoten»"], "fi": ["sohva ”Aino”", "takki ”Lappi”"], "cs": ["pohovku „Alžběta“", "bundu „Šumava“"], "tr": ["“Defne” koltuğunu", "“Kapadokya” halısını"]}

HANDLES = ["coffee.and.clouds", "runner_girl88", "the.urban.gardener", "mrs_snowdrop", "bakingwithbutter", "plantdad_uk", "sneakerhead_4life", "lazy.sunday.club",
           "glowgetter.skin", "wanderlust.notes", "tiny.kitchen.diaries", "gymrat_2000", "cozy_corner_reads", "thriftqueen", "velvet.moth", "pixel.pancake",
           "mumof3boys", "espresso.addict", "northern.light.living", "minimal_maximalist", "dogmom.chronicles", "festivalfits", "slowfashion.diary"]


def mask_email(e):
    loc, dom = e.split("@")
    return loc[0] + "***@" + dom[0] + "***." + dom.split(".")[-1]


def order_no():
    return pick([f"#{R.randint(10000, 99999)}", f"ORD-{R.randint(2023, 2025)}-{digits(6)}", f"{pick('ABCDEFGHKLMNPRSTWXZ')}{digits(7)}", f"#{digits(3)}-{digits(7)}", f"WEB{digits(8)}"])


def tracking():
    return pick(["1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)), "JJD" + digits(18), pick(["LX", "RR", "CP"]) + digits(9) + pick(["DE", "NL", "GB", "FR", "PL"]),
                digits(12), "H" + digits(4) + pick("ABCDEFGH") + digits(10)])


MONTHS = {"en": "January February March April May June July August September October November December".split()}


def date_str(lang, cc=None):
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2023, 2024, 2024, 2025])
    if lang == "en":
        if cc == "US":
            return pick([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{str(y)[2:]}"])
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m - 1][:3]} {y}"])
    if lang in ("de", "pl", "cs", "fi", "no", "da", "tr"):
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"])
    if lang in ("sv",):
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "nl":
        return pick([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])


CURR = {"US": "$", "CA": "CA$", "UK": "£", "IE": "€", "AU": "A$", "IN": "₹", "CH": "CHF ", "PL": "", "SE": "", "DK": "", "NO": "", "CZ": "", "TR": "", "MX": "MXN ", "BR": "R$ ", "JP": "¥", "KR": "₩"}
CURR_SUFFIX = {"PL": " zł", "SE": " kr", "DK": " kr.", "NO": " kr", "CZ": " Kč", "TR": " TL"}


def amount(cc, lang):
    v = R.choice([19.99, 24.5, 39, 45, 59.9, 79, 89.95, 129, 149.99, 220, 349, 480, 1250, 2400])
    if cc in CURR_SUFFIX:
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
        return s + CURR_SUFFIX[cc]
    sym = CURR.get(cc, "€")
    if lang == "en":
        s = f"{v:,.2f}"
        return (sym + s) if sym != "€" else ("€" + s)
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return (sym + s) if sym not in ("€",) else (s + " €")


HON = {"en": {"m": ["Mr.", "Mr", "Dr."], "f": ["Ms.", "Mrs.", "Ms", "Dr."]}, "de": {"m": ["Herr", "Herr", "Dr."], "f": ["Frau", "Frau", "Dr."]},
       "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]}, "es": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]}, "it": {"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"]},
       "nl": {"m": ["dhr.", "meneer"], "f": ["mevr.", "mevrouw"]}, "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]}, "pl": {"m": ["Pan"], "f": ["Pani"]},
       "cs": {"m": ["pan"], "f": ["paní"]}, "tr": {"m": ["Bey"], "f": ["Hanım"]}, "sv": {"m": [""], "f": [""]}, "da": {"m": [""], "f": [""]}, "no": {"m": [""], "f": [""]}, "fi": {"m": [""], "f": [""]}}

PERSON_F = {"first", "last", "full", "init", "fl", "rev", "LASTfirst", "firstl", "full2"}
TYPE_OF = {"email": "EMAIL_ADDRESS", "email_work": "EMAIL_ADDRESS", "email_ext": "EMAIL_ADDRESS", "email_spoken": "EMAIL_ADDRESS", "email2": "EMAIL_ADDRESS",
           "phone": "PHONE_NUMBER", "phone2": "PHONE_NUMBER", "phone_local": "PHONE_NUMBER", "phone_intl": "PHONE_NUMBER", "phone_words": "PHONE_NUMBER", "landline": "PHONE_NUMBER",
           "addr": "STREET_ADDRESS", "addr_ml": "STREET_ADDRESS", "addr_c": "STREET_ADDRESS", "addr_ml_c": "STREET_ADDRESS",
           "card": "CREDIT_CARD", "card_c": "CREDIT_CARD", "iban": "IBAN_CODE", "iban_c": "IBAN_CODE", "ssn": "US_SSN",
           "city": "LOCATION", "country_name": "LOCATION"}
for _f in PERSON_F:
    TYPE_OF[_f] = "PERSON"

DIGIT_WORDS = {"en": "zero one two three four five six seven eight nine".split()}


def spoken_digits(num, lang="en"):
    w = DIGIT_WORDS["en"]
    out = []
    for ch in num:
        if ch.isdigit():
            out.append("oh" if ch == "0" and R.random() < 0.5 else w[int(ch)])
        elif ch == "+":
            out.append("plus")
    return " ".join(out)


def spoken_email(e):
    loc, dom = e.split("@")
    conv = lambda s: s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return f"{conv(loc)} at {conv(dom)}".replace("  ", " ")


from collections import Counter
COVER = Counter()


class Persona:
    def __init__(self, ctx, cc, key):
        self.ctx = ctx
        self.cc = cc
        self.cult = wpick(COUNTRY_CULT[cc])
        cu = CULT[self.cult]
        self.g = pick("mf")
        used = {p.first_ for p in ctx.personas.values()}
        self.first_ = pick(cu[self.g])
        for _ in range(8):
            if self.first_ not in used:
                break
            self.first_ = pick(cu[self.g])
        ln = pick(cu["last"])
        if isinstance(ln, tuple):
            ln = ln[0] if self.g == "m" else ln[1]
        self.last_ = ln
        self.full_last = ln
        if self.cult == "es" and R.random() < 0.45:
            l2 = pick(cu["last"])
            if l2 != ln:
                self.full_last = f"{ln} {l2}"
        if self.cult == "pt" and R.random() < 0.35:
            l2 = pick(cu["last"])
            if l2 != ln:
                self.full_last = f"{l2} {ln}"
        self.eastern = self.cult in ("ja", "ko", "zh") and R.random() < 0.25
        self.cache = {}
        self.key = key

    def addr_obj(self):
        if "A" not in self.cache:
            self.cache["A"] = ADDR[self.cc]()
        return self.cache["A"]

    def field(self, f):
        if f in self.cache:
            return self.cache[f]
        if f.startswith("addr") or f.startswith("phone") or f == "landline":
            COVER[("addr" if f.startswith("addr") else "phone", self.cc)] += 1
        v = self._make(f)
        self.cache[f] = v
        return v

    def _make(self, f):
        lang = self.ctx.lang
        if f == "first":
            return self.first_
        if f == "last":
            return self.last_
        if f == "full":
            return f"{self.full_last} {self.first_}" if self.eastern else f"{self.first_} {self.full_last}"
        if f == "full2":  # always western order
            return f"{self.first_} {self.full_last}"
        if f == "init":
            return f"{self.first_[0]}. {self.full_last}"
        if f == "fl":
            return f"{self.first_} {self.last_[0].upper()}."
        if f == "firstl":
            return f"{self.first_} {self.last_[0].upper()}"
        if f == "rev":
            return f"{self.full_last}, {self.first_}"
        if f == "LASTfirst":
            return f"{self.full_last.upper()} {self.first_}"
        if f == "hon":
            return pick(HON.get(lang, HON["en"])[self.g])
        if f == "child":
            return "son" if self.g == "m" else "daughter"
        if f == "parent":
            return pick(["dad", "father"]) if self.g == "m" else pick(["mum", "mother"])
        if f == "pron":
            return "she" if self.g == "f" else "he"
        if f == "poss":
            return "her" if self.g == "f" else "his"
        if f == "email":
            return make_email(self.first_, self.last_, self.cc, self.cult)
        if f == "email2":
            return make_email(self.first_, self.last_, self.cc, self.cult)
        if f == "email_work":
            return make_work_email(self.first_, self.last_, self.cult, self.ctx.get_raw("brand_domain"))
        if f == "email_ext":
            return make_work_email(self.first_, self.last_, self.cult, pick(AGENCY_DOMAINS))
        if f == "email_spoken":
            return spoken_email(self.field("email"))
        if f in ("phone", "phone2"):
            loc, intl = ph(self.cc, area=self.addr_obj().get("area"))
            return loc if R.random() < 0.6 else intl
        if f == "landline":
            loc, intl = ph(self.cc, mobile=False)
            return pick([loc, intl])
        if f == "phone_local":
            return ph(self.cc, area=self.addr_obj().get("area"))[0]
        if f == "phone_intl":
            return ph(self.cc, area=self.addr_obj().get("area"))[1]
        if f == "phone_words":
            loc = ph(self.cc, mobile=True)[0]
            return spoken_digits(loc)
        if f == "addr":
            return self.addr_obj()["line"]
        if f == "addr_ml":
            return "\n".join(self.addr_obj()["lines"])
        if f == "addr_c":
            return self.addr_obj()["line"] + ", " + self.field("cname")
        if f == "addr_ml_c":
            return "\n".join(self.addr_obj()["lines"]) + "\n" + self.field("cname").upper()
        if f == "cname":
            return pick(self.addr_obj()["cnames"])
        if f == "city":
            c = self.addr_obj()["city"]
            return EXONYM_EN.get(c, c) if lang == "en" else c
        if f == "country_name":
            return pick([n for n in self.addr_obj()["cnames"] if len(n) > 3 and not n.isupper()] or self.addr_obj()["cnames"])
        if f == "card":
            return card()[0]
        if f == "card_c":
            return card()[1]
        if f == "iban":
            return iban_fmt(iban(self.cc if self.cc in IBAN_SPEC else pick(IBAN_CC)))
        if f == "iban_c":
            return iban(self.cc if self.cc in IBAN_SPEC else pick(IBAN_CC))
        if f == "ssn":
            return ssn()
        if f == "handle":
            return pick(HANDLES)
        if f == "dob":
            return date_str(lang, self.cc).replace("2023", str(R.randint(1955, 2003))).replace("2024", str(R.randint(1955, 2003))).replace("2025", str(R.randint(1955, 2003)))
        if f == "last4":
            return self.field("card").replace(" ", "").replace("-", "")[-4:]
        raise KeyError(f)


AGENCY_DOMAINS = ["talentbridge.co", "northstar-mgmt.com", "brightside-agency.com", "kaleido-talent.de", "agence-lumen.fr", "bluewhale.media", "creatorhouse.io", "spotlight-talent.co.uk"]

PH_RE = re.compile(r"\{\{([^{}]+)\}\}")
PERS_RE = re.compile(r"^([a-z]+\d*)(?:@([A-Za-z]+))?\.(\w+)$")


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s.replace("&", "and")))


class Ctx:
    def __init__(self, lang, countries=None, stt=False):
        self.lang = lang
        self.stt = stt
        if countries:
            self.cc = pick(countries)
        else:
            self.cc = wpick(LANG_COUNTRIES[lang])
        self.personas = {}
        self.vals = {}
        self.used_cities = set()

    def persona(self, key, cc=None):
        if key not in self.personas:
            if cc == "any":
                cc = pick(ALL_CC)
            elif cc == "eu":
                cc = pick(IBAN_CC)
            elif cc == "en":
                cc = wpick(LANG_COUNTRIES["en"])
            self.personas[key] = Persona(self, cc or self.cc, key)
        return self.personas[key]

    def get_raw(self, key):
        if key in self.vals:
            return self.vals[key]
        base = key if key in ("last4", "ipv6") else re.sub(r"\d+$", "", key)
        lang, cc = self.lang, self.cc
        t = None
        if base == "brand":
            v = pick([b for b in BRANDS[lang] if b not in self.vals.values()])
        elif base == "brand_domain":
            v = slug(self.get_raw("brand")) + "." + pick(TLD[lang])
        elif base == "brand_handle":
            v = slug(self.get_raw("brand"))
        elif base == "brand_email":
            v, t = pick(BRAND_MAILBOX[lang]) + "@" + self.get_raw("brand_domain"), "EMAIL_ADDRESS"
        elif base == "brand_phone":
            v, t = (TOLLFREE[cc]() if R.random() < 0.6 else ph(cc, mobile=False)[R.randint(0, 1)]), "PHONE_NUMBER"
        elif base == "brand_addr":
            v, t = ADDR[cc]()["line"], "STREET_ADDRESS"
        elif base == "brand_addr_ml":
            v, t = "\n".join(ADDR[cc]()["lines"]), "STREET_ADDRESS"
        elif base == "city":
            pool = [c for c in CITY_POOL[cc] if c not in self.used_cities]
            c = pick(pool)
            self.used_cities.add(c)
            v, t = (EXONYM_EN.get(c, c) if lang == "en" else c), "LOCATION"
        elif base == "fcity":  # foreign city (any country)
            c = pick(CITY_POOL[pick([x for x in CITY_POOL if x != cc])])
            v, t = (EXONYM_EN.get(c, c) if lang == "en" else c), "LOCATION"
        elif base == "region":
            r_ = pick(REGION_POOL[cc])
            v, t = (REGION_EN.get(r_, r_) if lang == "en" else r_), "LOCATION"
        elif base == "country":
            v, t = pick([c for c in COUNTRY_NAMES[lang] if c not in self.vals.values()]), "LOCATION"
        elif base == "ip":
            v, t = ipv4(), "IP_ADDRESS"
        elif base == "ipv6":
            v, t = ipv6(), "IP_ADDRESS"
        elif base == "order":
            v = order_no()
        elif base == "id":
            v = pick(["C", "CU", "", "ID-"]) + digits(pick([6, 7, 8]))
        elif base == "ticket":
            v = pick(["#", "TCK-", "CS-", "INC"]) + digits(pick([5, 6, 7]))
        elif base == "track":
            v = tracking()
        elif base == "isodate":
            v = f"{pick([2023, 2024, 2025])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
        elif base == "date":
            v = date_str(lang, cc)
        elif base == "time":
            if key == "time" or not hasattr(self, "tmin"):
                self.tmin = R.randint(7 * 60, 19 * 60)
            else:
                self.tmin = min(self.tmin + R.randint(1, 25), 23 * 60 + 59)
            v = f"{self.tmin // 60:02d}:{self.tmin % 60:02d}"
        elif base == "amount":
            v = amount(cc, lang)
        elif base == "voucher":
            v = pick(["SPRING", "WELCOME", "SORRY", "VIP", "THANKYOU", "LOYAL"]) + pick(["", "-"]) + str(pick([10, 15, 20, 25])) + pick(["", "-" + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))])
        elif base == "member":
            v = pick(["GLD-", "M", "LP", "#"]) + digits(pick([7, 8, 9]))
        elif base == "last4":
            v = digits(4)
        elif base == "exp":
            v = f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"
        elif base == "product":
            if lang in PRODUCTS_L:
                v = pick(PRODUCTS_L[lang] if R.random() < 0.5 else PLAIN_L[lang])
            else:
                v = pick(PRODUCTS if R.random() < 0.5 else PLAIN_EN)
        elif base == "handle":
            v = pick([h for h in HANDLES if h not in self.vals.values()])
        elif base == "num":
            v = str(R.randint(2, 60))
        elif base == "pct":
            v = str(pick([10, 15, 20, 25, 30, 40])) + "%"
        elif base == "callid":
            v = f"CX-{R.randint(2023, 2025)}-{digits(4)}-{digits(4)}"
        elif base == "dob":
            v = date_str(lang, cc).replace("2023", str(R.randint(1955, 2003))).replace("2024", str(R.randint(1955, 2003))).replace("2025", str(R.randint(1955, 2003)))
        elif base == "sku":
            v = pick(["SKU-", "", "ART "]) + digits(pick([6, 8])) + pick(["", "-" + pick(["S", "M", "L", "XL", "38", "40", "42"])])
        elif base == "ean":
            v = digits(13)
        elif base == "mask_card":
            v = pick(["**** **** **** " + digits(4), "XXXX-XXXX-XXXX-" + digits(4), "•••• " + digits(4)])
        elif base == "mask_email":
            v = mask_email(make_email(pick(CULT["en_uk"]["f"]), pick(CULT["en_uk"]["last"]), "UK", "en_uk"))
        elif base == "url":
            v = "https://www." + self.get_raw("brand_domain") + pick(["/returns", "/account", "/help/delivery", "/loyalty", "/unsubscribe"])
        else:
            raise KeyError(key)
        self.vals[key] = (v, t) if t else v
        return self.vals[key]

    def get(self, expr):
        """returns (type or None, text)"""
        parts = expr.split("!")
        base, mods = parts[0], parts[1:]
        if base.startswith("c:"):
            return None, pick(base[2:].split("~"))
        if base.startswith("loc:"):
            return "LOCATION", pick(base[4:].split("~"))
        m = PERS_RE.match(base)
        if m:
            p = self.persona(m.group(1), m.group(2))
            f = m.group(3)
            text = p.field(f)
            typ = TYPE_OF.get(f)
        else:
            v = self.get_raw(base)
            typ, text = (v[1], v[0]) if isinstance(v, tuple) else (None, v)
        auto_stt = self.stt and "raw" not in mods
        for md in mods:
            if md == "lower":
                text = text.lower()
            elif md == "cap":
                text = text[:1].upper() + text[1:]
            elif md == "upper":
                text = text.upper()
            elif md.startswith("indent"):
                text = text.replace("\n", "\n" + " " * int(md[6:]))
            elif md == "ocr":
                text = ocr_noise(text)
            elif md == "nl2comma":
                text = text.replace("\n", ", ")
        if auto_stt and typ:
            text = stt_form(text, typ)
        elif auto_stt:
            text = re.sub(r"[,.](\s|$)", r"\1", text.lower())
        return typ, text


def stt_form(text, typ):
    t = text.lower()
    if typ == "EMAIL_ADDRESS":
        if "@" in t:
            t = spoken_email(t) if R.random() < 0.7 else t
        return t
    t = t.replace("\n", " ").replace("(0)", " ")
    t = re.sub(r"[,()/]", " ", t)
    t = re.sub(r"(?<=\d)[-.](?=\d)", " ", t)
    t = re.sub(r"\.(\s|$)", r"\1", t)
    t = t.replace("+", "plus ") if typ == "PHONE_NUMBER" and R.random() < 0.5 else t.replace("+", "")
    t = re.sub(r"\s+", " ", t).strip()
    return t


def ocr_noise(text):
    out = []
    for i, ch in enumerate(text):
        if ch == " " and R.random() < 0.35:
            out.append("  ")
        elif ch.isalpha() and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha() and R.random() < 0.04:
            out.append(" " + ch)
        elif ch == "l" and R.random() < 0.08:
            out.append("1")
        else:
            out.append(ch)
    return "".join(out).strip()


def render(tpl, ctx):
    out, spans, pos, cur = [], [], 0, 0
    for m in PH_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        if ctx.stt:
            pass
        out.append(lit)
        cur += len(lit)
        typ, s = ctx.get(m.group(1).strip())
        out.append(s)
        if typ:
            spans.append({"type": typ, "start": cur, "end": cur + len(s)})
        cur += len(s)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
T = []


def tpl(kind, lang, text, countries=None, stt=False, w=1.0, nopii=False, noprefix=False):
    if text.startswith("\n"):
        text = text[1:]
    T.append(dict(kind=kind, lang=lang, text=text, countries=countries, stt=stt, w=w, nopii=nopii, noprefix=noprefix))


# ============================== ENGLISH ======================================================
tpl("sms_thread", "en", """
{{c:SMS export~Text thread~SMS log}} – {{brand}} delivery team
[{{time}}] {{brand}}: Hi {{p1.first}}, your order {{order}} is out for delivery today between 2 and 4pm. Reply STOP to opt out.
[{{time2}}] {{p1.phone}}: hi, I won't be home, can you leave it with my neighbour at {{p2.addr}}? it's {{p2.first}}
[{{time3}}] {{brand}}: No problem {{p1.first}}! We've added a note for the driver.
[{{time4}}] {{p1.phone}}: thanks!!""")

tpl("sms_thread", "en", """
From: {{p1.phone}}
hey its {{p1.first}} from the {{city}} store, {{p2.first}} called in sick so can u cover sat 9-5? 
---
To: {{p1.phone}}
yeah ok but need to leave by 4:30, tell {{p3.full}} pls
---
From: {{p1.phone}}
legend, will do x""")

tpl("sms_thread", "en", """
Customer ({{p1.phone_intl}}): Hi, I ordered {{product}} for my mum's birthday and the tracking says delivered but nothing here??
Agent {{ag.first}}: Hi there, sorry to hear that! Can I grab the name on the order?
Customer: {{p1.full}}
Agent {{ag.first}}: Thanks {{p1.first}}. The driver photo shows the parcel at {{p1.addr}} – is that right?
Customer: no!! thats my old flat, I moved to {{p9.addr}} in {{c:March~June~September}}
Agent {{ag.first}}: Understood, I'll open a lost-parcel claim ({{ticket}}) and update your address.""")

tpl("whatsapp_export", "en", """
[{{date}}, 09:14:22] {{p1.full}}: Morning! Did the samples for the {{city}} pop-up arrive?
[{{date}}, 09:16:05] {{p2.full}}: Yes, {{p3.first}} signed for them. Can you send me the invoice address again?
[{{date}}, 09:17:40] {{p1.full}}: {{p1.addr}}
[{{date}}, 09:18:02] {{p1.full}}: and use {{p1.email}} for the PDF pls
[{{date}}, 09:25:13] {{p2.full}}: 👍 will do. {{p3.first}} says hi""")

tpl("whatsapp_export", "en", """
{{date}}, 18:02 - Messages and calls are end-to-end encrypted.
{{date}}, 18:02 - {{p1.phone_intl}} joined using this group's invite link
{{date}}, 18:05 - {{p2.first}} ({{brand}}): Welcome {{p1.first}}! This is the VIP preview group for the {{city}} store opening 🎉
{{date}}, 18:06 - {{p1.phone_intl}}: thank you! can I bring my {{c:sister~friend~cousin}} {{p3.first}}?
{{date}}, 18:09 - {{p2.first}} ({{brand}}): Of course, just send me the full name for the list
{{date}}, 18:10 - {{p1.phone_intl}}: {{p3.full}} 😊""")

tpl("whatsapp_export", "en", """
[{{time}}] ~ {{p1.first}}: guys the influencer parcel for {{p2.full}} came back "address unknown"
[{{time2}}] ~ {{p3.first}}: what address did we use
[{{time3}}] ~ {{p1.first}}: {{p2@any.addr}}
[{{time4}}] ~ {{p3.first}}: thats the agency's old office. their manager {{p4.full}} says use {{p4.email_ext}} to confirm new one
[{{time5}}] ~ {{p1.first}}: ok emailing now""")

tpl("slack_export", "en", """
#cx-escalations
{{p1.full}}  10:42 AM
@here customer {{p2.full}} ({{p2.email}}) is asking why they were charged twice — card ending {{last4}}. Can someone in billing look?
{{p3.full}}  10:47 AM
on it. {{p1.first}}, do we have a phone? the number on file is {{p2.phone}} but it bounces
{{p1.full}}  10:49 AM
they gave {{p2.phone2}} on the call. they're in {{p2.city}} so mind the time difference""")

tpl("slack_export", "en", """
[{{time}}] {{p1.full}}: can someone sanity-check the segment before I send? pulled 3 rows:
```
{{p2.full}} | {{p2.email}} | {{p2.city}}
{{p3.full}} | {{p3.email}} | {{p3.city}}
{{p4.full}} | {{p4.email}} | {{p4.city}}
```
[{{time2}}] {{p5.first}}: looks fine but {{p3.first}} unsubscribed last week, drop them
[{{time3}}] {{p1.full}}: good catch, thx {{p5.first}} 🙏""")

tpl("slack_export", "en", """
{{p1.full2}} — Today at {{time}}
Quick one: the fraud tool flagged order {{order}}. Billing name {{p2.full}}, shipping to {{p2@any.addr}}, but the IP ({{ip}}) geolocates to {{fcity}}. Card used: {{p2.card}}. Approve or cancel?
{{p3.full2}} — Today at {{time2}}
Cancel + refund. Please don't paste full card numbers in here 😬 mask them next time""")

tpl("call_transcript", "en", """
CALL ID {{callid}} | Queue: Billing | Agent: {{ag.first}}
AGENT: Thanks for calling {{brand}}, you're speaking with {{ag.first}}. Can I take your full name?
CUSTOMER: Yeah, it's {{p1.full}}.
AGENT: Thanks {{p1.hon}} {{p1.last}}. And the address on the account?
CUSTOMER: {{p1.addr}}.
AGENT: Perfect. I can see the duplicate charge. For the refund can you confirm the card number?
CUSTOMER: Sure, {{p1.card}}, expiry {{exp}}.
AGENT: Great, that's processed. You'll get a confirmation at {{p1.email}} within 24 hours.
CUSTOMER: Brilliant, cheers {{ag.first}}.""")

tpl("call_transcript", "en", """
[00:00:03] Agent ({{ag.full}}): Good afternoon, {{brand}} customer care.
[00:00:06] Caller: Hi, I'm ringing on behalf of my {{p1.parent}}, {{p1.full}}. There's a letter saying the loyalty points are expiring.
[00:00:14] Agent: I can help with that. Are you listed as an authorised contact?
[00:00:17] Caller: Should be, I'm {{p2.full}}, the {{p2.child}}.
[00:00:21] Agent: Yes, I see you. Could you confirm the account holder's date of birth and postcode?
[00:00:25] Caller: {{dob}}, and it's {{p1.addr}}.
[00:00:33] Agent: Thank you. I'll extend the points by six months and text confirmation to {{p1.phone}}.""")

tpl("call_transcript", "en", """
Transcript – inbound – {{date}}
Agent: You're through to {{brand}} store card services, this is {{ag.first}}.
Customer: Hi {{ag.first}}, my name is {{p1.full}}, I applied for the store card online but it got declined?
Agent: Sorry about that. To pull up the application I need the last four of your Social... actually the system needs the full SSN, sorry.
Customer: Okay, it's {{p1.ssn}}.
Agent: Thanks. I see the application from {{p1.addr}}. It was declined because the address didn't match the credit file. Have you moved recently?
Customer: Yes, from {{fcity}} in {{c:January~May~August}}.
Agent: That explains it. I'll send a manual review form to {{p1.email}}.""", countries=["US"])

tpl("stt_transcript", "en", """
agent thank you for calling {{brand!lower}} my name is {{ag.first}} how can i help
caller hi yeah my name is {{p1.full}} and i'm calling about my credit application
agent sure i just need to verify your social security number
caller it's {{p1.ssn}}
agent thank you and your date of birth
caller {{dob}}
agent and the best number to reach you
caller {{p1.phone}}
agent great {{p1.first}} i'll email the decision to {{p1.email}}""", countries=["US"], stt=True)

tpl("stt_transcript", "en", """
yeah hi this is {{p1.first}} {{c:um~uh~erm}} {{p1.last}} calling back about the return for order {{order!raw}} you can email me at {{p1.email_spoken}} or call me on {{p1.phone_words}} thanks bye""", stt=True)

tpl("stt_transcript", "en", """
speaker 1 okay so the delivery address is {{p1.addr}}
speaker 2 and is that a house or a flat
speaker 1 flat and the buzzer says {{p1.last}}
speaker 2 perfect and your mobile
speaker 1 {{p1.phone}}
speaker 2 lovely {{p1.first}} that's all booked for thursday""", stt=True, countries=["UK", "IE"])

tpl("stt_transcript", "en", """
okay um so for the record i spoke to {{p1.full}} this morning {{p1.pron}} lives in {{p1.city}} and {{p1.pron}} wants the refund to go back on the card ending {{last4}} not the gift card and {{p1.pron}} also said {{p1.poss}} neighbour {{p2.first}} got one of our parcels by mistake so we should call {{p2.first}} on {{p2.phone}} to collect it""", stt=True)

tpl("social_dm", "en", """
@{{handle}}: hey @{{brand_handle}} my order {{order}} still hasn't shown up and it's been 2 weeks 😤
@{{brand_handle}}: Hi there, so sorry about this! Could you DM us your full name and postcode so we can check?
[DM] {{handle}}: {{p1.full}}, {{p1.addr}}
[DM] {{brand_handle}}: Thanks {{p1.first}}! The courier shows it was left at a parcel locker in {{city}}. We'll send a replacement right away.""")

tpl("social_dm", "en", """
Instagram DM – {{date}}
{{handle}}: hiii do you guys do collabs?? I have 48k followers, mostly {{c:skincare~home decor~running~food}} content
{{brand}}: Hey! We'd love to chat 💛 What's the best email for our partnerships team?
{{handle}}: {{p1.email}} – my name's {{p1.first}} btw!
{{brand}}: Thanks {{p1.first}}! {{ag.first}} from our team will be in touch this week.""")

tpl("social_dm", "en", """
Reply to @{{handle}}: "Worst customer service ever. Been on hold for an hour"
@{{brand_handle}}: We're really sorry to hear this. Please don't share personal details publicly – send us a DM and {{ag.first}} will call you back.
@{{handle}}: fine. it's {{p1.full}}, {{p1.phone}}. if no one calls by 5 I'm cancelling""")

tpl("social_dm", "en", """
TikTok comment export ({{c:campaign #glowup~campaign #homerefresh~campaign #summerfits}})
- @{{handle}}: omg the {{c:colour~fit~packaging}} 😍
- @{{handle2}}: won last month's giveaway and still haven't got it. @{{brand_handle}} I emailed {{brand_email}} twice
- @{{handle3}}: who's the model? 
- @{{brand_handle}}: @{{handle3}} that's the lovely {{p1.full}} 💫
- @{{handle2}}: hello?? my name is {{p2.full}} check your inbox""")

tpl("guest_list", "en", """
{{brand}} – Press Preview – Guest list ({{city}}, {{date}})
1. {{p1.full}} – {{c:Vogue~Elle~Stylist~GQ}} – +1 ({{p2.first}})
2. {{p3.hon}} {{p3.full}} – freelance – dietary: vegan
3. {{p4.full}} – {{p4.email}} – arriving late
4. {{p5.init}} – TBC, chase via {{p5.phone}}
5. {{p6@any.full}} – flying in from {{fcity}}
Door: {{ag.full}} ({{ag.phone}})""")

tpl("guest_list", "en", """
| # | Guest | Company | Table | Notes |
|---|-------|---------|-------|-------|
| 1 | {{p1.full}} | {{brand}} | 1 | host |
| 2 | {{p2.full}} | Retail Week | 1 | gluten-free |
| 3 | {{p3@any.full}} | Fashion Network | 2 | |
| 4 | {{p4.full}} | freelance | 2 | +1: {{p5.full}} |
| 5 | {{p6.full}} | {{brand2}} | 3 | speaker, needs mic |""")

tpl("guest_list", "en", """
VIP CHECK-IN LOG {{date}}
{{time}}  {{p1.LASTfirst}}  ✔  wristband A
{{time2}}  {{p2.LASTfirst}}  ✔  wristband A  (plus one: {{p3.first}})
{{time3}}  {{p4.LASTfirst}}  ✘  no-show – call {{p4.phone}}
{{time4}}  {{p5.LASTfirst}}  ✔  wristband B""")

tpl("csv_export", "en", """
customer_id,first_name,last_name,email,phone,city,lifetime_value
{{id1}},{{p1.first}},{{p1.last}},{{p1.email}},{{p1.phone}},{{p1.city}},"{{amount1}}"
{{id2}},{{p2.first}},{{p2.last}},{{p2.email}},{{p2.phone}},{{p2.city}},"{{amount2}}"
{{id3}},{{p3.first}},{{p3.last}},{{p3.email}},,{{p3.city}},"{{amount3}}"
{{id4}},{{p4.first}},{{p4.last}},{{p4.email}},{{p4.phone}},{{p4.city}},"{{amount4}}\"""", noprefix=False)

tpl("csv_export", "en", """
"Order","Name","Shipping address","Phone","Status"
"{{order1}}","{{p1.full}}","{{p1.addr}}","{{p1.phone}}","shipped"
"{{order2}}","{{p2.full}}","{{p2.addr}}","{{p2.phone}}","returned"
"{{order3}}","{{p3.full}}","{{p3.addr}}","","pending"
"{{order4}}","{{p4@any.full}}","{{p4.addr}}","{{p4.phone_intl}}","customs hold\"""")

tpl("csv_export", "en", """
email;opt_in;source;signup_ip
{{p1.email}};yes;footer_form;{{ip1}}
{{p2.email}};yes;popup_10off;{{ip2}}
{{p3.email}};no;checkout;{{ip3}}
{{p4.email}};yes;instagram_ad;{{ipv6}}
{{p5.email}};yes;instore_tablet;{{ip4}}""")

tpl("tsv_export", "en", """
ticket\tcreated\tcustomer\tchannel\tsummary
{{ticket1}}\t{{date1}}\t{{p1.full}}\temail\tWants refund for {{product}}, says it arrived damaged
{{ticket2}}\t{{date2}}\t{{p2.full}}\tphone\tAsked to change delivery to {{p2.addr}}
{{ticket3}}\t{{date3}}\t{{p3.full}}\tchat\tCan't log in, reset link sent to {{p3.email}}
{{ticket4}}\t{{date4}}\t{{p4.fl}}\tsocial\tComplained about {{city}} store staff""")

tpl("tsv_export", "en", """
name\tiban\tamount\treference
{{p1.full}}\t{{p1.iban}}\t{{amount1}}\tREFUND {{order1}}
{{p2.full}}\t{{p2.iban_c}}\t{{amount2}}\tREFUND {{order2}}
{{p3.full}}\t{{p3.iban}}\t{{amount3}}\tGOODWILL""", countries=["UK", "IE"])

tpl("markdown_table", "en", """
### Ambassador shortlist – Q{{c:1~2~3~4}}
| Name | Handle | Email | Based in | Followers |
|---|---|---|---|---|
| {{p1.full}} | @{{handle1}} | {{p1.email}} | {{p1.city}} | 52k |
| {{p2@any.full}} | @{{handle2}} | {{p2.email}} | {{p2.city}} | 18k |
| {{p3.full}} | @{{handle3}} | {{p3.email_ext}} | {{p3.city}} | 210k |

Notes: {{p3.first}} is managed by an agency; contact {{p4.full}} ({{p4.phone}}) before DMing.""")

tpl("markdown_table", "en", """
**Escalations this week**

| Customer | Issue | Owner | Contact |
|----------|-------|-------|---------|
| {{p1.full}} | double charge, card {{p1.card}} | {{ag1.first}} | {{p1.phone}} |
| {{p2.full}} | parcel stolen from {{p2.addr}} | {{ag2.first}} | {{p2.email}} |
| {{p3.init}} | rude staff in {{city}} | {{ag1.first}} | {{p3.email}} |""")

tpl("html_snippet", "en", """
<div class="customer-card">
  <h3>{{p1.full}}</h3>
  <p>Email: <a href="mailto:{{p1.email}}">{{p1.email}}</a></p>
  <p>Tel: {{p1.phone}}</p>
  <p class="addr">{{p1.addr}}</p>
  <span class="tier">Gold member since 2019</span>
</div>""")

tpl("html_snippet", "en", """
<table class="order-summary">
<tr><th>Ship to</th><td>{{p1.full}}</td></tr>
<tr><th>Address</th><td>{{p1.addr}}</td></tr>
<tr><th>Contact</th><td>{{p1.phone}} / {{p1.email}}</td></tr>
<tr><th>Gift message</th><td>Happy birthday {{p2.first}}! Love, {{p1.first}} &amp; the kids</td></tr>
</table>""")

tpl("html_snippet", "en", """
<footer>
  <p>{{brand}} Ltd · {{brand_addr}}</p>
  <p>Questions? Email <a href="mailto:{{brand_email}}">{{brand_email}}</a> or call {{brand_phone}}.</p>
  <p>You're receiving this because you signed up in our {{city}} store. <a href="{{url}}">Unsubscribe</a></p>
</footer>""")

tpl("yaml_payload", "en", """
event: profile.updated
customer:
  name: {{p1.full}}
  email: {{p1.email}}
  phone: "{{p1.phone}}"
  shipping_address: |
    {{p1.addr_ml!indent4}}
  consent:
    sms: true
    email: false
source_ip: {{ip}}""")

tpl("yaml_payload", "en", """
- influencer: {{p1.full}}
  handle: "@{{handle1}}"
  fee: {{amount1}}
  ship_to: "{{p1.addr}}"
- influencer: {{p2@any.full}}
  handle: "@{{handle2}}"
  fee: {{amount2}}
  ship_to: "{{p2.addr}}"
  notes: agent is {{p3.full}} <{{p3.email_ext}}>""")

tpl("json_payload", "en", """
{"event":"order.created","order_id":"{{order}}","customer":{"first_name":"{{p1.first}}","last_name":"{{p1.last}}","email":"{{p1.email}}","phone":"{{p1.phone_intl}}"},"billing":{"address":"{{p1.addr}}"},"payment":{"card":"{{mask_card}}"},"client_ip":"{{ip}}"}""")

tpl("json_payload", "en", """
{
  "ticket": "{{ticket}}",
  "subject": "Refund not received",
  "requester": {"name": "{{p1.full}}", "email": "{{p1.email}}"},
  "messages": [
    {"from": "{{p1.first}}", "body": "I returned the {{c:jacket~boots~lamp~blender}} on {{date}} and still no refund. My bank is {{p1.iban}}."},
    {"from": "{{ag.first}} ({{brand}})", "body": "Hi {{p1.first}}, thanks for your patience, the refund was issued today."}
  ],
  "meta": {"ip": "{{ip}}", "locale": "en-GB"}
}""", countries=["UK", "IE"])

tpl("json_payload", "en", """
{"lead": {"full_name": "{{p1.full}}", "work_email": "{{p1.email_ext}}", "mobile": "{{p1.phone}}", "company": "{{brand2}}", "city": "{{p1.city}}"}, "utm_source": "linkedin", "score": 72}""")

tpl("review_reply", "en", """
Review ★★☆☆☆ by {{p1.fl}} — "{{c:Late delivery~Wrong size~Rude staff~Broken on arrival}}"
"Ordered {{product}} three weeks ago, still waiting."

Reply from {{brand}}: Hi {{p1.first}}, we're really sorry about this. Our store manager {{ag.full}} would love to make it right — you can reach {{ag.first}} directly on {{ag.phone}} or at {{ag.email_work}}.""")

tpl("review_reply", "en", """
Please draft a warm reply to this Google review for our {{city}} branch:

"Five stars for {{p1.first}} at the till, {{p1.pron}} sorted my exchange in two minutes. Shame about the parking." – {{p2.full}}

Mention {{p1.first}} by name and invite {{p2.first}} back for the {{c:summer~autumn~winter}} launch.""")

tpl("review_reply", "en", """
Trustpilot review – 1 star
Title: Never again
"They sent my order to {{p1@en.addr}} which isn't even my address. Called {{brand_phone}} three times. A man called {{p2.first}} promised a callback that never happened." – {{p3.firstl}}, {{p3.city}}
Our reply (draft): Dear {{p3.first}}, thank you for letting us know...""")

tpl("loyalty_letter", "en", """
{{p1.hon}} {{p1.full}}
{{p1.addr_ml}}

{{date}}

Dear {{p1.first}},

Congratulations! As a Gold member of {{brand}} Rewards (member no. {{member}}) you've unlocked free delivery for a year and early access to our {{c:spring~autumn~holiday}} collection.

Your personal stylist, {{ag.full}}, is looking forward to meeting you at our {{city}} store.

Warm regards,
{{p2.full}}
Head of Loyalty, {{brand}}
{{brand_addr}}""")

tpl("loyalty_letter", "en", """
Rewrite this letter so it sounds less corporate:

Dear {{p1.hon}} {{p1.last}},
We note that your account ({{member}}) has been inactive since {{date}}. Points will expire unless a purchase is made. Should you wish to update your details, contact us at {{brand_email}} or write to {{brand_addr}}.
Yours faithfully,
{{p2.init}}, Customer Retention""")

tpl("influencer_brief", "en", """
INFLUENCER BRIEF – {{brand}} {{c:SS25~AW24~Holiday 24}}
Talent: {{p1.full}} (@{{handle}}) — {{c:lifestyle~beauty~fitness~food}} creator based in {{p1.city}}
Agent: {{p2.full}}, {{p2.email_ext}}, {{p2.phone}}
Ship product to:
{{p1.addr_ml}}
Fee: {{amount}} — pay to IBAN {{p1.iban}} (account holder: {{p1.full}})
Deliverables: 1x Reel, 3x Stories. Do not mention {{brand2}}.""", countries=["UK", "IE"])

tpl("influencer_brief", "en", """
Creator: {{p1@any.full}}
Location: {{p1.city}}, {{p1.country_name}}
Contact: {{p1.email}} / WhatsApp {{p1.phone_intl}}
Campaign: "{{c:Slow Mornings~Home Reset~Run Your City~Glow Season}}" ({{brand}})
Talking points: mention {{product}}, no discount codes, tag @{{brand_handle}}.
Payment via agency – {{p2.full}} will invoice.""")

tpl("returns_form", "en", """
RETURNS FORM
Order number: {{order}}
Full name: {{p1.full}}
Address: {{p1.addr}}
Phone: {{p1.phone}}
Email: {{p1.email}}
Reason for return: {{c:Too small~Faulty zip~Changed my mind~Colour not as pictured}}
Refund to: bank account {{p1.iban}}""", countries=["UK", "IE"])

tpl("returns_form", "en", """
Return request #{{ticket}}
Customer: {{p1.full}}
Items: {{product}} (SKU {{sku}})
Collection address:
{{p1.addr_ml}}
Collection slot: {{date}}, 8am–12pm
Courier will call {{p1.phone}} 30 min before arrival.
Notes from customer: "please ring twice, doorbell broken. if I'm out my partner {{p2.first}} can hand it over" """)

tpl("delivery_note", "en", """
DELIVERY NOTE   {{track}}
Deliver to:
{{p1.full}}
{{p1.addr_ml_c}}
Tel. {{p1.phone_intl}}
Sender: {{brand}}, {{brand_addr}}
Driver note: leave with {{p2.first}} at no. {{num}} if not home.""")

tpl("delivery_note", "en", """
Courier manifest – route {{c:N4~E12~SW7~C3}} – {{date}}
STOP 1  {{p1.full}}  {{p1.addr}}  {{p1.phone}}  2 parcels
STOP 2  {{p2.full}}  {{p2.addr}}  –  signature required
STOP 3  {{p3.full}}  {{p3.addr}}  {{p3.phone}}  safe place: porch
STOP 4  {{brand}} returns depot  (no contact)""")

tpl("cv_snippet", "en", """
{{p1.full!upper}}
{{p1.city}} · {{p1.phone}} · {{p1.email}}

PROFILE
CRM & lifecycle marketer with 7 years in retail and DTC.

EXPERIENCE
Senior CRM Manager, {{brand}} — {{city2}} (2021–present)
• Grew loyalty revenue 34% through personalised journeys
Marketing Executive, {{brand2}} — {{fcity}} (2017–2021)

REFERENCES
{{p2.full}}, Head of Marketing, {{brand}} – {{p2.email_work}}""")

tpl("cv_snippet", "en", """
Can you tighten this cover letter for a CX Lead role?

Dear Hiring Manager,
My name is {{p1.full}} and I have led customer experience teams in {{city}} and {{fcity}}. At {{brand}}, under {{p2.full}}, I cut first-response time by half.
I can be reached at {{p1.email}} or {{p1.phone}}.
Kind regards,
{{p1.first}}""")

tpl("meeting_notes", "en", """
Weekly CX sync – {{date}}
Attendees: {{p1.first}} (CX), {{p2.full}} (Brand), {{p3.full2}} (Ops), {{p4.first}} (Data)

1. Complaint from {{p5.full}} re damaged sofa – {{p3.first}} to arrange collection from {{p5.addr}}.
2. {{p2.first}} presented the {{city}} store pilot; NPS up 6 pts.
3. Data retention: {{p4.first}} to delete test records incl. {{p6.email}}.
AOB: {{p1.first}} off next Friday.""")

tpl("meeting_notes", "en", """
Notes – influencer planning call
- {{p1.first}}: shortlist is final, {{p2@any.full}} confirmed for {{fcity}}, {{p3@any.full}} still negotiating
- Contracts go to {{p4.full}} in legal ({{p4.email_work}})
- Shipping: samples go to the agency at {{p5@any.addr}}, NOT to talent's home
- Next call {{date}}; {{p1.first}} to send recap""")

tpl("email_thread", "en", """
From: {{p1.full}} <{{p1.email}}>
To: {{brand_email}}
Subject: Re: Your order {{order}}

Hi, I still haven't had the refund. Please call me on {{p1.phone}}.
{{p1.first}}

> On {{date}}, {{ag.full}} <{{ag.email_work}}> wrote:
> Hi {{p1.first}}, the refund for {{amount}} will reach your account within 5–7 working days.
> Best, {{ag.first}}
>
>> On {{date2}}, {{p1.full}} wrote:
>> Item arrived broken, photos attached.""")

tpl("email_thread", "en", """
Subject: FW: Press sample request
From: {{p1.full}}
Date: {{date}}

Forwarding this from the PR inbox – can someone send {{product}}?

---------- Forwarded message ---------
From: {{p2.full}} <{{p2.email_ext}}>
Hi team, I'm putting together a gift guide for {{c:The Times~Refinery29~Stylist~Good Housekeeping}}. Could you courier a sample to:
{{p2.full}}
{{p2.addr_ml}}
Mobile {{p2.phone}} for the courier.
Thanks, {{p2.first}}""")

tpl("email_thread", "en", """
Hi {{p1.first}},

Lovely to meet you at the trade show in {{fcity}}! As discussed, here are my details for the wholesale account:

{{p2.full}}
Buyer, {{brand2}}
{{p2.addr_ml}}
T: {{p2.landline}}  M: {{p2.phone}}
{{p2.email_work}}

Looking forward to working together.
{{p2.first}}""")

tpl("ocr_letter", "en", """
[OCR scan, page 1/1]
{{p1.full!ocr}}
{{p1.addr_ml}}

To  whom  it  may  concern,

I   am   writing   to   complain   about   the   {{c:kettle~hoover~mattress~coat}}   I   bought   in   your   {{city}}   shop   on   {{date}}.
lt   stopped   working   after   one   week.   Please   refund   to   my   card   {{p1.card}}.
My  telephone  is  {{p1.phone}}.

Yours  sincerely,
{{p1.full!ocr}}""")

tpl("ocr_letter", "en", """
--- scanned form (low quality) ---
NAME ......... {{p1.full!upper}}
ADDRESS ...... {{p1.addr!upper}}
TEL .......... {{p1.phone}}
E-MAIL ....... {{p1.email}}
SIGNED ....... {{p1.init}}       DATE ..... {{date}}""")

tpl("crm_note", "en", """
Spoke to {{p1.first}} re: complaint {{ticket}}. Prefers contact via WhatsApp ({{p1.phone}}) not email. Lives in {{p1.city}}, moving to {{city2}} in {{c:May~June~October}} – update address then. Partner {{p2.first}} also a member.""")

tpl("crm_note", "en", """
Account note ({{ag.first}}, {{date}}): Customer {{p1.full}} called, upset that {{p1.poss}} {{c:birthday voucher~loyalty points~gift card}} expired. Offered {{voucher}}. Also asked us to remove old address {{p1.addr}} and email {{p1.email2}} from the account.""")

tpl("crm_note", "en", """
Summarise for the handover:
- {{p1.full}} ({{p1.email}}) – VIP, spends ~{{amount}} a month, always asks for {{ag.first}} at the {{city}} store
- {{p2.full}} – chargeback open, card {{p2.card}}, don't contact until bank responds
- {{p3.full}} – wants catalogue posted to {{p3.addr}}""")

tpl("fraud_review", "en", """
Fraud review – order {{order}}
Billing: {{p1.full}}, {{p1.addr}}
Shipping: {{p2@any.full}}, {{p2.addr}}
Card: {{p1.card}} (3DS not completed)
Login IPs: {{ip1}}, {{ip2}}, {{ipv6}}
Email on account: {{p1.email}} (created 2 hours before order)
Decision: {{c:hold~cancel~approve with manual check}}""")

tpl("fraud_review", "en", """
Please explain in plain English why this was flagged:
rule_hit=velocity_ip ip={{ip}} attempts=14 cards=[{{p2.card}}] email={{p1.email}} name="{{p1.full}}" geo={{fcity}}""")

tpl("support_ticket", "en", """
Ticket {{ticket}} – Priority: high
Requester: {{p1.full}} <{{p1.email}}>
Message:
Hello, I ordered two {{c:lamps~chairs~rugs~jackets}} to send to my {{c:mother~brother~aunt}} {{p2.full}} at {{p2.addr}}. Only one arrived. The number there is {{p2.phone}} if the courier needs it. Thanks, {{p1.first}}""")

tpl("support_ticket", "en", """
Subject: GDPR – please delete my data
I, {{p1.full}}, request deletion of all data you hold on me, including my email {{p1.email}}, phone {{p1.phone}} and the address {{p1.addr}}. I shopped at your {{city}} branch until last year.
Sent from my iPhone""", countries=["UK", "IE"])

tpl("support_ticket", "en", """
Subject: Data access request
Hi, under CCPA I'd like a copy of everything you have on me. Name: {{p1.full}}. Email: {{p1.email}}. Last four of my SSN is {{last4}} (please don't ask for the full thing again, I already sent {{p1.ssn}} to your agent {{ag.first}} by mistake). Thanks.""", countries=["US"])

tpl("chat_log", "en", """
Chatbot transcript
Bot: Hi! I'm {{c:Sunny~Pip~Max}}, {{brand}}'s virtual assistant. What can I help with?
User: change my delivery address
Bot: Sure. What's the new address?
User: {{p1.addr}}
Bot: Thanks! And the phone number for the courier?
User: {{p1.phone}}
Bot: Got it. I've updated order {{order}}. Anything else?
User: no thanks, it's for {{p2.full}} not me btw""")

tpl("chat_log", "en", """
Live chat – {{date}} {{time}}
Visitor (IP {{ip}}): hi is anyone there
{{ag.first}} (Agent): Hi, I'm {{ag.first}}! How can I help?
Visitor: my promo code {{voucher}} isn't working
{{ag.first}} (Agent): Let me check – can I have the email on your account?
Visitor: {{p1.email}}
{{ag.first}} (Agent): Thanks {{p1.first}}, I've applied it manually.""")

tpl("prompt_request", "en", """
Write a short, personalised birthday email for {{p1.full2}}. Member since 2020, lives in {{p1.city}}; {{p1.pron}} last bought {{product}}. Sign off from {{ag.first}} at {{brand}}.""")

tpl("prompt_request", "en", """
Translate into Spanish and keep the names: "Dear {{p1.first}}, your appointment with {{p2.full}} at our {{city}} studio is confirmed for {{date}}. If you need to reschedule, call {{brand_phone}}." """)

tpl("prompt_request", "en", """
Categorise these survey comments by theme (delivery, staff, product):
1. "{{p1.first}} in the {{city}} shop was so patient with my mum" 
2. "Courier left it in the rain at {{p2.addr}}. Twice." 
3. "Love {{product}} but the sizing runs small" 
4. "Please stop texting {{p3.phone}}, I've unsubscribed three times" 
5. "The guy at the counter (name tag said {{p4.first}}) ignored us" """)

tpl("survey_verbatim", "en", """
NPS 3 – "The delivery driver was rude and threw the box over the gate. I live at {{p1.addr}} if you want to check your camera. My name is {{p1.full}}." 
NPS 9 – "{{p2.first}} from customer service sorted everything, give them a raise!"
NPS 6 – "Fine but slow. Shipped from {{country}} apparently."
NPS 0 – "You charged my card twice ({{mask_card}}). Call me: {{p3.phone}}" """)

tpl("invoice", "en", """
INVOICE {{c:INV~}}{{id}}
Bill to: {{p1.full}}
{{p1.addr_ml}}

Description: Influencer collaboration ({{c:1x Reel + 3 Stories~2x TikTok~Blog post + Pinterest}})
Amount due: {{amount}}
Please pay to: {{p2.full}}, IBAN {{p2.iban}}
Questions: {{p2.email}} / {{p2.phone}}""", countries=["UK", "IE"])

tpl("invoice", "en", """
Payment reminder
Hi {{p1.first}}, invoice {{id}} for {{amount}} is now 14 days overdue. Bank details: {{brand}}, IBAN {{co.iban}}. If you've already paid, ignore this message or reply to {{brand_email}}.""", countries=["UK", "IE"])

tpl("lead_list", "en", """
Event leads – {{c:Retail Expo~CX Summit~DTC Live~Marketing Week Live}} ({{city}})
{{p1.full}} — {{p1.email_ext}} — interested in loyalty module
{{p2.full}} — {{p2.phone}} — call after 3pm
{{p3@any.full}} — {{p3.email}} — from {{p3.city}}, wants demo
{{p4.fl}} — card left, no contact details""")

tpl("log_excerpt", "en", """
{{isodate}}T10:14:22Z INFO  newsletter.signup email={{p1.email}} ip={{ip1}} src=footer
{{isodate}}T10:14:25Z WARN  captcha.failed ip={{ip2}}
{{isodate}}T10:15:01Z INFO  newsletter.signup email={{p2.email}} ip={{ipv6}} src=popup
{{isodate}}T10:15:07Z INFO  health ok build=4.12.7 node=web-03""")

tpl("log_excerpt", "en", """
Can you tell me what went wrong here?
[webhook] POST /crm/contacts 422 {"error":"invalid phone","payload":{"name":"{{p1.full}}","phone":"{{p1.phone}}","email":"{{p1.email}}"}} from {{ip}}""")

tpl("sms_campaign", "en", """
SMS proof – please check before send ({{num}} recipients in {{city}})
"Hi {{p1.first}}, your {{brand}} Gold perks are waiting! Show this text in store for {{pct}} off. Opt out: reply STOP"
Test recipients: {{p2.phone}} ({{p2.first}}), {{p3.phone}} ({{p3.first}}), {{p4.phone}}""")

tpl("appointment", "en", """
Stylist bookings – {{c:Saturday~Thursday~Monday}}
10:00  {{p1.full}} ({{p1.phone}}) – bridal fitting, bring shoes
11:30  {{p2.hon}} {{p2.last}} – alterations pickup
13:00  BLOCKED – lunch
14:00  {{p3.full}} + {{p4.first}} – wardrobe consult, {{p3.email}}
Stylist on shift: {{ag.full}}""")

tpl("warranty", "en", """
Warranty registration
Product: {{c:Espresso machine X2~Robot vacuum S5~Smart thermostat T3}}  Serial: {{sku}}
Owner: {{p1.full}}
Address: {{p1.addr_c}}
Email: {{p1.email}}   Phone: {{p1.phone_intl}}
Purchased at: {{brand}} {{city}}   Date: {{date}}""", countries=["US", "CA", "AU", "JP", "KR", "IN", "UK"])

tpl("shipping_labels", "en", """
Shipping labels for the {{loc:Tokyo~Osaka}} pop-up (please check romanisation):
1) {{p1@JP.full}}, {{p1.addr}}, {{p1.phone}}
2) {{p2@JP.full}}, {{p2.addr}}, {{p2.phone}}
3) {{p3@KR.full}}, {{p3.addr}}, {{p3.phone_intl}}
Return address: {{p4@JP.addr}}""")

# -------- English with no PII (brands, products, mascots, placeholders, masked data) --------
tpl("marketing_copy", "en", """
Meet {{product}} – our best-seller is back in three new colours. Pair it with {{product2}} for the ultimate weekend look. Free delivery over {{amount}}, returns within 30 days. Shop now at {{url}}""", nopii=True)

tpl("ab_test_report", "en", """
Subject line A/B test results:
A: "Ben & Jerry's who? Our new gelato bar is here" – open rate {{c:21.4~18.9~24.0}}%
B: "Tony the Tiger would approve 🐯 (new cereal range)" – open rate {{c:19.8~22.3~17.5}}%
C: "Alexa, add {{c:Tidewater cold brew~oat milk~the Sonoma sofa}} to my basket" – open rate {{c:23.1~20.2~25.7}}%
Winner: {{c:A~B~C}}. Next test: {{c:emoji vs no emoji~send time~preheader length}}.""", nopii=True)

tpl("prompt_request", "en", """
Write three Instagram captions for the launch of {{product}} and {{product2}}. Tone: playful. Include #{{brand_handle}} and a nod to our mascot, Benny the Beaver. No discount codes.""", nopii=True)

tpl("email_template", "en", """
Email template (do not send):
Hi {first_name},
Your order {order_id} is on its way to {shipping_address}. Questions? Reply to this email or call {support_phone}.
– The {{brand}} team
Merge fields to check: {first_name}, {order_id}, {shipping_address}, {support_phone}""", nopii=True)

tpl("competitor_scan", "en", """
Competitor scan – fragrance
- Calvin Klein pushing CK One refills, 20% off
- Tom Ford Oud Wood out of stock in most retailers
- Jo Malone "Wood Sage & Sea Salt" gift sets bundled with candles
- Marc Jacobs Daisy limited edition bottle
Our angle: cheaper refills + {{product}} as gift-with-purchase.""", nopii=True)

tpl("redacted_record", "en", """
Customer record (redacted for training):
Name: [REDACTED]  Email: {{mask_email}}  Card: {{mask_card}}  Phone: ***-***-{{last4}}
Order {{order}} – {{product}} – {{amount}} – status: delivered
Issue: "arrived with a scuffed corner, happy with a partial refund" """, nopii=True)

tpl("dashboard_summary", "en", """
Q3 dashboard summary: revenue {{amount}} (+12% YoY), AOV up 4%, repeat rate 38%. Top sellers: {{product}}, {{product2}}, {{product3}}. Build 10.4.2.1 of the app fixed the checkout crash. Ticket volume down 9%; top contact reason "where is my order" (WISMO).""", nopii=True)

tpl("style_guide", "en", """
Brand voice guide, section 4: Never address customers as "Dear Customer" – use their first name. Never include full card numbers, home addresses or phone numbers in replies. Sign off with the team name ("The {{brand}} Crew"), not your own. Mascots (Captain Crunch-style characters, our own Ollie the Owl) may appear in social replies only.""", nopii=True)

tpl("marketing_copy", "en", """
Holiday gift guide – copy draft
For the host: the Kyoto tea set ({{amount}})
For the runner: Nike Pegasus + our Dakota running socks
For the reader: a Kindle Paperwhite and the Chester bookcase
For the dog: Milo dog bed, now in Harris Tweed
Stocking filler: Dr. Martens shoe care kit""", nopii=True)

tpl("feed_report", "en", """
Product feed error report
SKU {{sku}} – title "Hudson Watch – Silver" – missing GTIN
SKU {{sku2}} – title "Marlowe Trench, Camel" – price mismatch ({{amount}} vs {{amount2}})
SKU {{sku3}} – EAN {{ean}} – image 404
Tracking for the sample shipment: {{track}}""", nopii=True)

# -------- more payment / identity heavy English templates --------
tpl("w9_form", "en", """
Creator payout – W-9 details (please keep confidential)
Legal name: {{p1.full}}
Business name: {{c:N/A~same as above~}}
Tax classification: Individual/sole proprietor
SSN: {{p1.ssn}}
Address: {{p1.addr}}
Email for 1099: {{p1.email}}
Payout: ACH, routing on file""", countries=["US"])

tpl("csv_export", "en", """
contractor,ssn,address,day_rate,start
"{{p1.full}}",{{p1.ssn}},"{{p1.addr}}","{{amount1}}","{{date1}}"
"{{p2.full}}",{{p2.ssn}},"{{p2.addr}}","{{amount2}}","{{date2}}"
"{{p3.full}}",{{p3.ssn}},"{{p3.addr}}","{{amount3}}","{{date3}}\"""", countries=["US"])

tpl("hr_onboarding", "en", """
New hire checklist – {{city}} store
Name: {{p1.full}}   Start: {{date}}
SSN: {{p1.ssn}}  (I-9 verified by {{p2.first}})
Home address: {{p1.addr}}
Emergency contact: {{p3.full}}, {{p3.phone}}
Uniform size: M   Locker: {{num}}""", countries=["US"])

tpl("call_transcript", "en", """
PAY-BY-PHONE (recording paused? NO – flag for redaction)
Agent {{ag.first}}: I can take that payment now. Long card number please?
Customer: {{p1.card}}
Agent {{ag.first}}: Expiry?
Customer: {{exp}}
Agent {{ag.first}}: And the billing postcode, {{p1.hon}} {{p1.last}}?
Customer: it's the one on the account, {{p1.addr}}
Agent {{ag.first}}: Lovely, that's gone through. Receipt to {{p1.email}}.""", countries=["UK", "IE", "AU"])

tpl("chat_log", "en", """
Customer: my payment keeps failing!!! tried {{p1.card}} three times
Agent ({{ag.first}}): I'm sorry {{p1.first}} – for your security please don't share full card numbers in chat. I've masked it on our side. Could you try the card ending {{last4}} or PayPal instead?
Customer: ugh ok. also my email changed, it's {{p1.email}} now""")

tpl("stt_transcript", "en", """
okay and the card number when you're ready
it's {{p1.card}}
and the expiry
{{exp!raw}}
thank you {{p1.first}} and the name exactly as it appears on the card
{{p1.full}}""", stt=True)

tpl("crm_note", "en", """
Chargeback {{ticket}}: cardholder {{p1.full}} disputes {{amount}} on {{p1.card}}. Goods delivered to {{p1.addr}} on {{date}}, signed by "{{p2.firstl}}". Evidence pack due in 7 days – {{ag.first}} owns.""")

tpl("prompt_request", "en", """
Turn these notes into a polite follow-up email:
- customer {{p1.full}}, card {{p1.card}} charged for a cancelled order
- refund approved by {{p2.full}} today
- customer prefers phone: {{p1.phone}}""")

tpl("social_dm", "en", """
X / Twitter mention export
@{{handle}}: @{{brand_handle}} you sent my parcel to {{p1.city}} instead of {{city2}} 🙄
@{{brand_handle}}: So sorry! DM us your order number and we'll fix it 💙
@{{handle}}: DMed. also why did {{p2.full}} from your team call me at 7am on {{p1.phone}}??""")

tpl("email_thread", "en", """
From: {{p1.full}} <{{p1.email_work}}>
To: {{p2.full}} <{{p2.email_ext}}>
Cc: {{p3.email_work}}
Subject: Contract – {{p4@any.full}} x {{brand}}

Hi {{p2.first}},

Attached is the contract for {{p4.first}}. Could you confirm the correct postal address for the signed copy? We have {{p4.addr}} on file.

Best,
{{p1.first}}
--
{{p1.full}} | Partnerships Lead | {{brand}}
{{p1.phone}} | {{brand_addr}}""")

tpl("survey_verbatim", "en", """
Open-text answers (store survey, {{city}})
- "{{p1.first}} at customer service deserves a medal"
- "parking is a nightmare"
- "Why did you need my email ({{p2.email}}) just to buy socks?"
- "Ask for {{p3.full}} in menswear, best service ever"
- "Call me back pls {{p4.phone}} – {{p4.first}}" """)

tpl("help_article", "en", """
Help centre article draft – "Where is my order?"
Most orders arrive within {{c:2–4~3–5~1–3}} working days. You'll get a tracking link by email as soon as your parcel leaves our warehouse. Click & collect orders are held for 7 days. If your tracking hasn't updated for 48 hours, message us in the app and a member of the team will look into it.""", nopii=True)

tpl("markdown_table", "en", """
Promo calendar – {{c:Q2~Q3~Q4}}
| Week | Campaign | Channel | Offer |
|---|---|---|---|
| 1 | {{c:Spring Refresh~Back to School~Black Friday Early Access}} | Email + Paid Social | {{pct}} off |
| 2 | Loyalty double points | App push | 2x points |
| 3 | {{product}} launch | Influencer + OOH | GWP |
| 4 | Clearance | SMS | up to 50% off |""", nopii=True)

tpl("sql_query", "en", """
Can you optimise this SQL for the win-back segment?
SELECT c.first_name, c.email, MAX(o.created_at) AS last_order
FROM customers c JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'delivered'
GROUP BY c.first_name, c.email
HAVING MAX(o.created_at) < NOW() - INTERVAL '{{c:180~270~365}} days';""", nopii=True)

tpl("persona_brief", "en", """
Audience personas for the {{c:spring~autumn~holiday}} campaign (fictional, for creative only):
• "Budget-savvy Bella" – 25–34, renting, shops on mobile after 9pm, loves bundles
• "Weekend Warrior Will" – 35–44, buys outdoor gear twice a year, reads reviews obsessively
• "Gifting Grandma Gwen" – 65+, prefers phone orders, values free gift wrap
Key message: {{product}} as the hero.""", nopii=True)

tpl("cs_macro", "en", """
Macro #{{num}} – delayed parcel (use as-is, don't personalise):
"Hi there, thanks for getting in touch and sorry your parcel is running late. Our courier partner is experiencing high volumes this week. Your order is safe and on its way – you'll receive an update by email within 24 hours. If it hasn't arrived in 5 working days, reply to this message and we'll send a replacement or refund. – The {{brand}} team\"""", nopii=True)

tpl("affiliate_report", "en", """
Affiliate report: top converting products last month
1. Dyson Airwrap (via {{c:creator links~coupon sites~cashback}}) – 412 sales
2. Le Creuset 24cm casserole – 288 sales
3. Levi's 501 Original – 251 sales
4. Ray-Ban Wayfarer – 190 sales
5. Jack Daniel's gift set – 97 sales (age-gated)
Commission rate {{pct}}; payouts on the 15th.""", nopii=True)

tpl("newsletter", "en", """
Kids' club newsletter copy: Captain Crumb and the Snack Squad are back! This {{c:summer~half-term~Easter}}, join Pip the Penguin for colouring sheets, a treasure hunt and a free babyccino with every kids' meal. Grown-ups get {{pct}} off {{product}}. Parents: sign up in the app to get your activity pack.""", nopii=True)

tpl("utm_audit", "en", """
UTM audit – broken links found:
https://www.{{brand_domain}}/sale?utm_source=newsletter&utm_medium=email&utm_campaign={{c:spring25~bf24~xmas24}}
https://www.{{brand_domain}}/p/{{sku}}?utm_source=ig&utm_medium=paid_social
Hex colours in the template: #1A2B3C, #F4E1D2. App build 7.3.1 (1142). Order-ID regex: ^[A-Z]{3}-[0-9]{6}$""", nopii=True)


# ============================== GERMAN ========================================================
tpl("email_thread", "de", """
Von: {{p1.full}} <{{p1.email}}>
An: {{brand_email}}
Betreff: Reklamation Bestellung {{order}}

Sehr geehrte Damen und Herren,

leider ist mein Artikel ({{product}}) beschädigt angekommen. Bitte holen Sie die Ware bei mir ab:
{{p1.addr_ml}}

Sie erreichen mich tagsüber unter {{p1.phone}}. Die Erstattung bitte auf mein Konto {{p1.iban}}.

Mit freundlichen Grüßen
{{p1.full}}""", countries=["DE", "AT"])

tpl("whatsapp_export", "de", """
[{{date}}, 08:12] {{p1.first}}: Moin! Kannst du die Gästeliste fürs Event in {{city}} checken?
[{{date}}, 08:15] {{p2.first}}: Klar. Fehlt noch jemand?
[{{date}}, 08:16] {{p1.first}}: {{p3.full}} von der Agentur, Handy {{p3.phone}}
[{{date}}, 08:20] {{p2.first}}: Ist eingetragen 👍 {{p4.full}} hat übrigens abgesagt
[{{date}}, 08:21] {{p1.first}}: Schade. Dann frag bitte {{p5.init}}, Mail: {{p5.email}}""")

tpl("crm_note", "de", """
Gesprächsnotiz {{date}} ({{ag.first}}): {{p1.hon}} {{p1.last}} rief an wegen der Lieferung an {{p1.addr}}. Paket liegt angeblich in einer Packstation in {{p1.city}}. Rückruf erwünscht unter {{p1.phone}}, am besten nach 17 Uhr. Gutschein {{voucher}} als Entschuldigung angeboten.""")

tpl("returns_form", "de", """
RÜCKSENDESCHEIN
Bestellnummer: {{order}}
Name: {{p1.full}}
Anschrift: {{p1.addr}}
Telefon: {{p1.phone}}
E-Mail: {{p1.email}}
Grund: {{c:Passt nicht~Defekt~Gefällt nicht~Falscher Artikel geliefert}}
Erstattung auf IBAN: {{p1.iban}}
Kontoinhaber/in: {{p1.full}}""")

tpl("stt_transcript", "de", """
ja hallo hier ist {{p1.full}} ich rufe an wegen meiner bestellung die ist immer noch nicht da ich wohne in der {{p1.addr}} und meine handynummer ist {{p1.phone}} bitte rufen sie mich zurück danke""", stt=True, countries=["DE", "AT", "CH"])

tpl("influencer_brief", "de", """
Kooperationsanfrage – {{brand}}
Creator: {{p1.full}} (@{{handle}}), lebt in {{p1.city}}
Management: {{p2.full}}, {{p2.email_ext}}, Tel. {{p2.phone}}
Versandadresse für Produkte:
{{p1.addr_ml}}
Honorar: {{amount}}, Überweisung an {{p1.iban}}
Inhalte: 2 Reels, 4 Stories, Markierung @{{brand_handle}}""")

tpl("meeting_notes", "de", """
Protokoll Kampagnen-Jour-fixe, {{date}}
Teilnehmende: {{p1.full}}, {{p2.full}}, {{p3.first}} (Praktikum)
- Shooting in {{city}} bestätigt, Fotograf: {{p4.full}}
- Model-Absage: {{p5.full}} krank, Ersatz über Agentur ({{p6.email_ext}})
- {{p3.first}} schickt Briefing bis Freitag
- Standort für Pop-up: {{region}} oder {{city2}}?""")

tpl("delivery_note", "de", """
Lieferschein Nr. {{id}}
Empfänger:
{{p1.full}}
{{p1.addr_ml}}
Tel.: {{p1.phone}}
Abstellgenehmigung: Garage / bei Nachbar {{p2.last}}
Absender: {{brand}}, {{brand_addr}}""")

tpl("sms_thread", "de", """
{{brand}}: Hallo {{p1.first}}, Ihr Termin zur Brillenanpassung ist am {{date}} um {{time}} in unserer Filiale {{city}}. Antworten Sie mit JA zur Bestätigung.
{{p1.phone}}: JA. Kann ich {{p2.first}} mitbringen? Braucht auch neue Gläser
{{brand}}: Gerne! Wir haben {{p2.first}} für {{time2}} eingetragen.""")

tpl("newsletter", "de", """
Newsletter-Entwurf März:
Der Frühling ist da! Entdecke unsere Bestseller: {{product}} und {{product2}} – jetzt mit {{pct}} Rabatt. Gutscheincode: {{voucher}}. Versandkostenfrei ab 50 €. Fragen? Unser Chatbot Lumi hilft rund um die Uhr.""", nopii=True)

tpl("competitor_scan", "de", """
Wettbewerbsbeobachtung KW {{num}}:
- Hugo Boss: neue Kapselkollektion, 30 % auf Basics
- Tom Tailor und s.Oliver: Denim-Aktion
- Rossmann und dm: Eigenmarken-Relaunch im Skincare-Regal
- Tchibo: „Jede Woche eine neue Welt“ diesmal Outdoor
Fazit: Preisdruck bei Basics, wir halten unsere Preise.""", nopii=True)

# ============================== FRENCH ========================================================
tpl("email_thread", "fr", """
Objet : Commande {{order}} jamais reçue

Bonjour,

Je m'appelle {{p1.full}} et j'ai passé commande le {{date}}. Le suivi indique « livré » mais je n'ai rien reçu à l'adresse suivante :
{{p1.addr_ml}}

Vous pouvez me joindre au {{p1.phone}} ou par mail ({{p1.email}}).

Cordialement,
{{p1.full}}""")

tpl("call_transcript", "fr", """
Conseiller ({{ag.first}}) : {{brand}}, bonjour, que puis-je faire pour vous ?
Appelant : Bonjour, {{p1.full}} à l'appareil. Ma commande {{order}} n'est jamais arrivée.
Conseiller : Je suis désolé. Pouvez-vous me confirmer votre adresse ?
Appelant : {{p1.addr}}.
Conseiller : Et un numéro où vous joindre ?
Appelant : {{p1.phone}}.
Conseiller : Parfait, {{p1.hon}} {{p1.last}}, j'ouvre une enquête auprès du transporteur.""")

tpl("returns_form", "fr", """
FORMULAIRE DE RÉTRACTATION
À l'attention de {{brand}}, {{brand_addr}}
Je/Nous ({{p1.full}}) notifie/notifions par la présente ma/notre rétractation du contrat portant sur la vente du bien ci-dessous :
Commandé le : {{date}} – n° {{order}}
Nom du consommateur : {{p1.full}}
Adresse du consommateur : {{p1.addr}}
Remboursement sur IBAN : {{p1.iban}}
Date : {{date2}}""", countries=["FR", "BE"])

tpl("review_reply", "fr", """
Avis Google ★★★★★ – {{p1.fl}}
« Accueil au top dans la boutique de {{city}}, merci à {{p2.first}} pour ses conseils ! »

Réponse proposée :
Merci beaucoup {{p1.first}} pour ce bel avis ! Nous transmettrons vos compliments à {{p2.first}}. À très bientôt,
{{ag.first}}, responsable boutique""")

tpl("loyalty_letter", "fr", """
{{p1.hon}} {{p1.LASTfirst}}
{{p1.addr_ml}}

{{city}}, le {{date}}

Chère cliente, cher client,

Grâce à votre fidélité (carte n° {{member}}), vous bénéficiez d'une remise de {{pct}} sur votre prochain achat. Votre contact, {{ag.full}}, se tient à votre disposition au {{brand_phone}}.

Bien cordialement,
Le service fidélité {{brand}}""", countries=["FR", "BE", "CH"])

tpl("sms_thread", "fr", """
{{p1.phone}} : Bonjour, c'est {{p1.first}}, je viens de recevoir le colis mais il manque la housse du canapé 😕
{{brand}} : Bonjour {{p1.first}}, désolés ! Pouvez-vous nous envoyer une photo à {{brand_email}} ?
{{p1.phone}} : C'est fait. Sinon {{p2.full}}, qui vit avec moi, est joignable au {{p2.phone}} demain.""")

tpl("meeting_notes", "fr", """
CR réunion influence – {{date}}
Présents : {{p1.full}}, {{p2.full}}, {{p3.first}}
- {{p4.full}} (@{{handle}}) ok pour la campagne, tournage à {{city}}
- Contrat à envoyer à son agent : {{p5.email_ext}}
- Budget : {{amount}}
- Prochaine étape : {{p3.first}} relance {{p4.first}} lundi""")

tpl("creative_brief", "fr", """
Brief créa – collection printemps
Héros : {{product}} et {{product2}}. Ton : léger, solaire. Mascotte : Pompon le lapin. Éviter les références à Chanel ou Dior. CTA : « Je découvre ». Code promo : {{voucher}}.""", nopii=True)

# ============================== SPANISH =======================================================
tpl("whatsapp_export", "es", """
[{{date}} {{time}}] {{p1.full}}: Hola! Soy {{p1.first}}, compré {{product}} en la tienda de {{city}} y me llegó en mal estado 😢
[{{date}} {{time2}}] {{brand}}: ¡Hola {{p1.first}}! Lo sentimos mucho. ¿Nos confirmas la dirección para la recogida?
[{{date}} {{time3}}] {{p1.full}}: {{p1.addr}}
[{{date}} {{time4}}] {{p1.full}}: y mi móvil es {{p1.phone}}
[{{date}} {{time5}}] {{brand}}: Perfecto, el mensajero pasará el jueves.""")

tpl("email_thread", "es", """
Asunto: Solicitud de devolución – pedido {{order}}

Buenos días:

Me llamo {{p1.full}} y quisiera devolver {{product}}. Les ruego que el reembolso se haga a la cuenta {{p1.iban}}.
Mis datos de contacto: {{p1.phone}} / {{p1.email}}.
Dirección: {{p1.addr}}

Un saludo,
{{p1.full}}""", countries=["ES"])

tpl("call_transcript", "es", """
Agente ({{ag.first}}): {{brand}}, buenas tardes, le atiende {{ag.first}}.
Cliente: Hola, soy {{p1.full}}, llamo porque me han cobrado dos veces.
Agente: Vaya, lo siento. ¿Me confirma el número de la tarjeta?
Cliente: Sí, {{p1.card}}.
Agente: Gracias, {{p1.hon}} {{p1.last}}. Veo los dos cargos. Le devolvemos uno en 3-5 días y le enviamos el justificante a {{p1.email}}.""")

tpl("delivery_note", "es", """
ALBARÁN DE ENTREGA – {{track}}
Destinatario: {{p1.full}}
{{p1.addr_ml}}
Teléfono: {{p1.phone}}
Observaciones: si no está, dejar con {{p2.first}} en portería.
Remitente: {{brand}} – {{brand_addr}}""")

tpl("review_reply", "es", """
Reseña ★☆☆☆☆ de {{p1.fl}}: "Pedí en {{city}} y tardaron tres semanas. Nadie contesta en {{brand_phone}}."
Respuesta: Hola {{p1.first}}, sentimos mucho la espera. Nuestro equipo ({{ag.full}}) te escribirá hoy mismo para solucionarlo.""")

tpl("social_copy", "es", """
Copy para redes: ¡Llega el verano! {{product!cap}} y {{product2}} con un {{pct}} de descuento. Usa el código {{voucher}}. Inspirado en el estilo de Zara y Mango pero hecho a mano. #{{brand_handle}}""", nopii=True)

# ============================== ITALIAN =======================================================
tpl("email_thread", "it", """
Oggetto: Reclamo ordine {{order}}

Gentile servizio clienti,

sono {{p1.full}} e vi scrivo perché il prodotto ({{product}}) è arrivato danneggiato. Vi chiedo il rimborso sull'IBAN {{p1.iban}}.
Indirizzo di spedizione: {{p1.addr}}
Cellulare: {{p1.phone}}

Cordiali saluti,
{{p1.full}}""", countries=["IT"])

tpl("whatsapp_export", "it", """
[{{date}}, {{time}}] {{p1.first}}: Ciao! Per l'evento di {{city}} mancano ancora due nomi in lista
[{{date}}, {{time2}}] {{p2.first}}: Aggiungi {{p3.full}} e {{p4.full}} (stessa agenzia)
[{{date}}, {{time3}}] {{p1.first}}: Ok. Numero di {{p3.first}}?
[{{date}}, {{time4}}] {{p2.first}}: {{p3.phone}}""")

tpl("returns_form", "it", """
MODULO DI RESO
N. ordine: {{order}}
Nome e cognome: {{p1.full}}
Indirizzo: {{p1.addr}}
Telefono: {{p1.phone}}
E-mail: {{p1.email}}
Motivo: {{c:Taglia sbagliata~Prodotto difettoso~Non conforme alla foto}}
IBAN per il rimborso: {{p1.iban}}""", countries=["IT"])

tpl("stt_transcript", "it", """
buongiorno sono {{p1.full}} chiamo per la consegna dell'ordine {{order!raw}} abito in {{p1.addr}} il mio numero è {{p1.phone}} grazie""", stt=True, countries=["IT"])

tpl("review_reply", "it", """
Recensione di {{p1.fl}} ★★★★☆: "Negozio di {{city}} bellissimo, personale gentilissimo, soprattutto {{p2.first}}. Peccato per l'attesa alla cassa."
Bozza risposta: Grazie {{p1.first}}! Riferiremo a {{p2.first}}. Stiamo lavorando per ridurre le code. – {{ag.first}}, store manager""")

tpl("marketing_copy", "it", """
Testo vetrina: Nuova collezione autunno – {{product}}, {{product2}}. Ispirata ai colori della campagna, pensata per la città. Sconto {{pct}} con il codice {{voucher}}. Lavazza in omaggio per i primi 50 clienti.""", nopii=True)

# ============================== DUTCH =========================================================
tpl("email_thread", "nl", """
Onderwerp: Retour bestelling {{order}}

Beste klantenservice,

Ik wil graag {{product}} retourneren. Kunnen jullie het bedrag terugstorten op {{p1.iban}} t.n.v. {{p1.full}}?
Mijn adres is {{p1.addr}} en ik ben bereikbaar op {{p1.phone}}.

Met vriendelijke groet,
{{p1.full}}""", countries=["NL", "BE"])

tpl("crm_note", "nl", """
Klantnotitie ({{ag.first}}, {{date}}): {{p1.hon}} {{p1.last}} belde over een dubbele afschrijving. Terugbellen op {{p1.phone}}. Woont in {{p1.city}}, wil geen post meer op {{p1.addr}}. Nieuw mailadres: {{p1.email}}.""")

tpl("whatsapp_export", "nl", """
[{{date}} {{time}}] {{p1.first}}: Hoi! Is de influencerbox voor {{p2.full}} al verstuurd?
[{{date}} {{time2}}] {{p3.first}}: Ja, gisteren naar {{p2.addr}}
[{{date}} {{time3}}] {{p1.first}}: Oei, {{p2.first}} is verhuisd naar {{p4.city}}. Nieuw adres: {{p4.addr}}
[{{date}} {{time4}}] {{p3.first}}: Shit. Ik bel PostNL. Heb je het nummer van {{p2.first}}?
[{{date}} {{time5}}] {{p1.first}}: {{p2.phone}}""")

tpl("delivery_note", "nl", """
PAKBON {{id}}
Afleveradres:
{{p1.full}}
{{p1.addr_ml}}
Tel: {{p1.phone}}
Bij afwezigheid afgeven bij de buren (nr. {{num}}).""")

tpl("marketing_copy", "nl", """
Campagnetekst Koningsdag: Oranje boven! {{product!cap}} nu met {{pct}} korting. Gratis verzending met de code {{voucher}}. Onze mascotte Kees de Kat deelt op de dag zelf stroopwafels uit.""", nopii=True)

# ============================== PORTUGUESE ====================================================
tpl("email_thread", "pt", """
Assunto: Encomenda {{order}} – artigo errado

Bom dia,

O meu nome é {{p1.full}} e recebi {{product}} em vez do artigo que encomendei. Peço a recolha na morada:
{{p1.addr_ml}}
Telemóvel: {{p1.phone}}
Reembolso para o IBAN {{p1.iban}}, por favor.

Cumprimentos,
{{p1.full}}""", countries=["PT"])

tpl("whatsapp_export", "pt", """
[{{date}} {{time}}] {{p1.full}}: Oi! Meu pedido {{order}} ainda não chegou 😩
[{{date}} {{time2}}] {{brand}}: Oi {{p1.first}}! Pode confirmar o endereço de entrega?
[{{date}} {{time3}}] {{p1.full}}: {{p1.addr}}
[{{date}} {{time4}}] {{brand}}: Obrigado! A transportadora vai ligar no {{p1.phone}}.""", countries=["BR"])

tpl("call_transcript", "pt", """
Atendente ({{ag.first}}): {{brand}}, boa tarde, com quem eu falo?
Cliente: {{p1.full}}.
Atendente: Obrigado, {{p1.first}}. Qual o e-mail cadastrado?
Cliente: {{p1.email}}
Atendente: E o telefone?
Cliente: {{p1.phone}}
Atendente: Certo. Vejo que a entrega foi para {{p1.addr}}. Vou abrir um chamado, protocolo {{ticket}}.""", countries=["BR"])

tpl("influencer_brief", "pt", """
Briefing influenciadora – {{brand}}
Nome: {{p1.full}} (@{{handle}})
Cidade: {{p1.city}}
Assessoria: {{p2.full}} – {{p2.email_ext}} – {{p2.phone}}
Envio dos produtos: {{p1.addr}}
Cachê: {{amount}}""")

# ============================== POLISH ========================================================
tpl("email_thread", "pl", """
Temat: Reklamacja zamówienia {{order}}

Dzień dobry,

zamówiony produkt dotarł uszkodzony. Proszę o odbiór kurierem z adresu: {{p1.addr}}. Zwrot pieniędzy proszę przelać na konto {{p1.iban}}.
Kontakt: {{p1.phone}}, {{p1.email}}

Z poważaniem
{{p1.full}}""")

tpl("sms_thread", "pl", """
{{brand}}: Dzień dobry, kurier dostarczy przesyłkę {{track}} dziś w godz. 10-14. 
{{p1.phone}}: Nie będzie mnie w domu, proszę zostawić u sąsiadów, nazwisko {{p2.last}}, mieszkanie obok
{{brand}}: Przekazaliśmy informację kurierowi. Pozdrawiamy!""")

tpl("returns_form", "pl", """
FORMULARZ ZWROTU
Imię i nazwisko: {{p1.full}}
Adres: {{p1.addr_ml}}
Telefon: {{p1.phone}}
Nr zamówienia: {{order}}
Numer konta do zwrotu: {{p1.iban}}
Podpis: {{p1.init}}""")

# ============================== SWEDISH =======================================================
tpl("email_thread", "sv", """
Ämne: Retur av order {{order}}

Hej!

Jag vill returnera {{product}}. Återbetalning till {{p1.iban}}, tack.
Adress: {{p1.addr}}
Mobil: {{p1.phone}}

Vänliga hälsningar
{{p1.full}}""")

tpl("chat_log", "sv", """
Chatt {{date}}
Kund: hej, mitt paket har inte kommit
{{ag.first}} ({{brand}}): Hej! Vad tråkigt. Vad heter du?
Kund: {{p1.full}}, jag bor i {{p1.city}}
{{ag.first}} ({{brand}}): Tack {{p1.first}}. Paketet ligger på ett ombud. Vi skickar ett sms till {{p1.phone}} med koden.""")

tpl("crm_note", "sv", """
Kundanteckning: {{p1.full}} ringde om fakturan. Ny adress: {{p1.addr}}. Vill ha kommunikation via {{p1.email}}. Sambo {{p2.first}} står också på kontot.""")

# ============================== DANISH ========================================================
tpl("email_thread", "da", """
Emne: Reklamation – ordre {{order}}

Hej,

Jeg har modtaget {{product}} i stykker. Kan I hente den på {{p1.addr}}? Ring gerne på {{p1.phone}}.
Pengene kan overføres til {{p1.iban}}.

Venlig hilsen
{{p1.full}}""")

tpl("sms_thread", "da", """
{{brand}}: Hej {{p1.first}}! Din ordre er klar til afhentning i butikken i {{city}}. 
{{p1.phone}}: Super, {{p2.full}} henter den for mig i morgen
{{brand}}: Fint, husk billedlegitimation 🙂""")

tpl("delivery_note", "da", """
Følgeseddel {{id}}
Modtager: {{p1.full}}
{{p1.addr_ml}}
Tlf. {{p1.phone}}
Bemærkning: Må stilles ved døren.""")

# ============================== NORWEGIAN =====================================================
tpl("email_thread", "no", """
Emne: Bytte av vare, ordre {{order}}

Hei!

Jeg vil gjerne bytte {{product}} til en større størrelse. Send den nye til {{p1.addr}}.
Telefon: {{p1.phone}}, e-post: {{p1.email}}

Med vennlig hilsen
{{p1.full}}""")

tpl("sms_thread", "no", """
{{p1.phone}}: Hei, det er {{p1.first}}. Når kommer sofaen? Dere sa tirsdag
{{brand}}: Hei {{p1.first}}! Sjåføren {{ag.first}} er hos deg mellom 12 og 16 i dag.
{{p1.phone}}: Ok, naboen {{p2.full}} åpner hvis jeg ikke er hjemme""")

tpl("returns_form", "no", """
RETURSKJEMA
Navn: {{p1.full}}
Adresse: {{p1.addr}}
Kontonummer/IBAN: {{p1.iban}}
Ordrenummer: {{order}}
Årsak: {{c:For liten~Feil farge~Skadet}}""")

# ============================== FINNISH =======================================================
tpl("email_thread", "fi", """
Aihe: Palautus, tilaus {{order}}

Hei,

palautan tuotteen {{product}}. Hyvityksen voi maksaa tilille {{p1.iban}}.
Osoite: {{p1.addr}}
Puhelin: {{p1.phone}}

Ystävällisin terveisin
{{p1.full}}""")

tpl("chat_log", "fi", """
Asiakas: moi, tilaukseni on myöhässä
{{ag.first}} ({{brand}}): Hei! Voisitko kertoa nimesi ja sähköpostisi?
Asiakas: {{p1.full}}, {{p1.email}}
{{ag.first}} ({{brand}}): Kiitos {{p1.first}}! Paketti odottaa noutopisteessä ({{city}}).""")

tpl("crm_note", "fi", """
Asiakasmuistio {{date}}: {{p1.full}} soitti reklamaatiosta. Takaisinsoitto numeroon {{p1.phone}}. Uusi osoite: {{p1.addr}}.""")

# ============================== CZECH =========================================================
tpl("email_thread", "cs", """
Předmět: Reklamace objednávky {{order}}

Dobrý den,

zboží dorazilo poškozené. Prosím o vyzvednutí na adrese {{p1.addr}}. Peníze prosím vraťte na účet {{p1.iban}}.
Telefon: {{p1.phone}}

S pozdravem
{{p1.full}}""")

tpl("sms_thread", "cs", """
{{brand}}: Dobrý den, Vaše objednávka {{order}} je připravena k vyzvednutí v prodejně {{city}}.
{{p1.phone}}: Dobrý den, vyzvedne ji za mě {{p2.full}}, děkuji
{{brand}}: V pořádku, stačí číslo objednávky.""")

tpl("returns_form", "cs", """
FORMULÁŘ PRO VRÁCENÍ ZBOŽÍ
Jméno a příjmení: {{p1.full}}
Adresa: {{p1.addr_ml}}
E-mail: {{p1.email}}
Číslo účtu (IBAN): {{p1.iban}}""")

# ============================== TURKISH =======================================================
tpl("email_thread", "tr", """
Konu: {{order}} numaralı sipariş hk.

Merhaba,

Siparişim hasarlı geldi. Ürünün {{p1.addr}} adresinden alınmasını rica ederim. Ücret iadesi için IBAN: {{p1.iban}}
Telefon: {{p1.phone}}

Saygılarımla,
{{p1.full}}""")

tpl("whatsapp_export", "tr", """
[{{date}} {{time}}] {{brand}}: Merhaba {{p1.first}} {{p1.hon}}, siparişiniz yola çıktı 🚚
[{{date}} {{time2}}] {{p1.first}}: Teşekkürler! Kapıcıya bırakabilir misiniz, adı {{p2.first}}
[{{date}} {{time3}}] {{brand}}: Tabii, kuryemiz {{ag.first}} sizi {{p1.phone}} numarasından arayacak.""")

tpl("returns_form", "tr", """
İADE FORMU
Ad Soyad: {{p1.full}}
Adres: {{p1.addr_ml}}
Telefon: {{p1.phone}}
E-posta: {{p1.email}}
IBAN: {{p1.iban}}
İade nedeni: {{c:Beden uymadı~Ürün kusurlu~Yanlış ürün}}""")

# -------- more non-English (cards, STT, structured) --------
tpl("chat_log", "de", """
Kunde: Hallo, meine Kreditkarte {{p1.card}} wurde zweimal belastet!
{{ag.first}} ({{brand}}): Guten Tag! Das tut mir leid. Bitte teilen Sie Kartennummern nicht im Chat – ich habe die Nachricht maskiert. Auf welchen Namen lief die Bestellung?
Kunde: {{p1.full}}, Bestellung {{order}}
{{ag.first}} ({{brand}}): Danke, {{p1.hon}} {{p1.last}}. Die doppelte Buchung wird storniert.""")

tpl("csv_export", "de", """
kundennr;vorname;nachname;email;telefon;stadt;newsletter
{{id1}};{{p1.first}};{{p1.last}};{{p1.email}};{{p1.phone}};{{p1.city}};ja
{{id2}};{{p2.first}};{{p2.last}};{{p2.email}};{{p2.phone}};{{p2.city}};nein
{{id3}};{{p3.first}};{{p3.last}};{{p3.email}};;{{p3.city}};ja""")

tpl("stt_transcript", "fr", """
oui bonjour c'est {{p1.full}} je vous appelle pour ma commande {{order!raw}} je ne l'ai toujours pas reçue mon adresse c'est {{p1.addr}} vous pouvez me rappeler au {{p1.phone}} merci au revoir""", stt=True, countries=["FR", "BE"])

tpl("email_thread", "fr", """
Objet : Double prélèvement

Bonjour,
J'ai été débité(e) deux fois sur ma carte bancaire ({{p1.card}}) pour la commande {{order}}. Merci de rembourser le doublon.
{{p1.full}}
{{p1.phone}}""")

tpl("stt_transcript", "es", """
hola buenas soy {{p1.full}} les llamo porque el pedido no ha llegado vivo en {{p1.addr}} y mi teléfono es {{p1.phone}} gracias""", stt=True, countries=["ES", "MX"])

tpl("call_transcript", "it", """
Operatore ({{ag.first}}): {{brand}}, buongiorno. Come posso aiutarla?
Cliente: Buongiorno, sono {{p1.full}}. Vorrei pagare l'ordine al telefono.
Operatore: Certo. Numero della carta?
Cliente: {{p1.card}}, scadenza {{exp}}.
Operatore: Grazie, {{p1.hon}} {{p1.last}}. La conferma arriverà a {{p1.email}}.""")

tpl("stt_transcript", "nl", """
ja goedemiddag u spreekt met {{p1.full}} ik bel over mijn bestelling die is nog niet bezorgd mijn adres is {{p1.addr}} en u kunt mij bereiken op {{p1.phone}}""", stt=True, countries=["NL"])

tpl("json_payload", "pt", """
{"pedido": "{{order}}", "cliente": {"nome": "{{p1.full}}", "email": "{{p1.email}}", "telefone": "{{p1.phone}}"}, "entrega": {"endereco": "{{p1.addr}}"}, "ip": "{{ip}}"}""", countries=["BR", "PT"])

tpl("email_thread", "pl", """
Temat: Podwójne obciążenie karty

Dzień dobry,
za zamówienie {{order}} pobrano opłatę dwukrotnie z mojej karty {{p1.card}}. Proszę o zwrot.
{{p1.full}}
tel. {{p1.phone}}""")

tpl("chat_log", "tr", """
Müşteri: Merhaba, kartımdan iki kez çekim yapılmış: {{p1.card}}
{{ag.first}} ({{brand}}): Merhaba, lütfen kart numaranızı sohbetten paylaşmayın. Adınızı alabilir miyim?
Müşteri: {{p1.full}}
{{ag.first}} ({{brand}}): Teşekkürler {{p1.first}} {{p1.hon}}, iade talebinizi oluşturdum.""")

tpl("meeting_notes", "sv", """
Mötesanteckningar {{date}}
Närvarande: {{p1.full}}, {{p2.full}}, {{p3.first}}
- Butiksöppning i {{city}} flyttas till maj
- {{p3.first}} kontaktar influencern {{p4.full}} ({{p4.email}})
- Pressutskick till {{p5.full}}, {{p5.addr}}""")

tpl("review_reply", "da", """
Anmeldelse ★★☆☆☆ fra {{p1.fl}}: "Leveringen til {{city}} tog to uger, og ingen svarede på {{brand_phone}}."
Svarudkast: Kære {{p1.first}}, det er vi kede af. {{ag.full}} fra kundeservice kontakter dig i dag.""")

tpl("guest_list", "no", """
Gjesteliste lansering {{city}} {{date}}
1. {{p1.full}} (+1)
2. {{p2.full}} – presse
3. {{p3.full}} – {{p3.phone}}
4. {{p4.init}} – venteliste""")

tpl("delivery_note", "fi", """
LÄHETE {{id}}
Vastaanottaja: {{p1.full}}
{{p1.addr_ml}}
Puh. {{p1.phone}}
Lisätiedot: jätä naapurille ({{p2.last}}) jos ei kotona""")

tpl("crm_note", "cs", """
Poznámka ({{ag.first}}, {{date}}): Volal(a) {{p1.full}} kvůli reklamaci. Kontakt: {{p1.phone}}, {{p1.email}}. Zboží vyzvedne kurýr na adrese {{p1.addr}}.""")

tpl("stt_transcript", "de", """
ja guten tag {{p1.full}} hier meine kreditkartennummer ist {{p1.card}} und die läuft ab {{exp!raw}} bitte buchen sie die bestellung ab""", stt=True)

tpl("social_copy", "pt", """
Texto para redes: Chegou a coleção de verão! {{product!cap}} com {{pct}} de desconto. Use o cupom {{voucher}}. Frete grátis acima de R$ 199. Nossa mascote, a Tartaruga Tuca, vai adorar 🐢""", nopii=True)

tpl("newsletter", "pl", """
Treść newslettera: Wiosenna wyprzedaż trwa! Produkt {{product}} taniej o {{pct}}. Kod rabatowy: {{voucher}}. Darmowa dostawa od 199 zł. Pytania? Napisz do nas na czacie w aplikacji.""", nopii=True)

tpl("marketing_copy", "sv", """
Kampanjtext: Nu kommer hösten! Upptäck {{product}} – {{pct}} rabatt med koden {{voucher}}. Fri frakt över 499 kr. Öppet köp i 30 dagar.""", nopii=True)

tpl("marketing_copy", "tr", """
Kampanya metni: Yaz indirimi başladı! Tüm ürünlerde {{pct}} indirim, kupon kodu {{voucher}}. 500 TL üzeri kargo bedava. Sorularınız için uygulamadaki canlı desteğe yazın.""", nopii=True)

tpl("affiliate_report", "es", """
Informe de afiliados: los más vendidos – Zara Home (velas), Mango (gabardina), Loewe (perfume), Chupa Chups (packs). Comisión {{pct}}. Pedido de muestra: {{order}}, seguimiento {{track}}.""", nopii=True)


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------
PREFIX = {
    "en": ["Summarise this for the team:", "Rewrite this in a friendlier tone:", "Draft a reply to the following:", "Extract the action items:",
           "Classify the sentiment of this message:", "Can you help me reply to this customer?", "Fix the formatting of this:", "What's the main complaint here?"],
    "xx": ["Translate to English:", "Translate this into English and draft a short reply:", "Summarise in English:", "What is this customer asking for?"],
    "de": ["Bitte fasse das zusammen:", "Formuliere eine freundliche Antwort auf:"], "fr": ["Résume ce message :", "Rédige une réponse polie à :"],
    "es": ["Resume este mensaje:", "Redacta una respuesta amable a:"], "it": ["Riassumi questo messaggio:", "Scrivi una risposta cortese a:"],
    "nl": ["Vat dit samen:", "Schrijf een vriendelijk antwoord op:"], "pt": ["Resuma esta mensagem:", "Escreva uma resposta simpática para:"],
    "pl": ["Streść tę wiadomość:"], "sv": ["Sammanfatta:"], "da": ["Opsummer beskeden:"], "no": ["Oppsummer meldingen:"], "fi": ["Tiivistä viesti:"],
    "cs": ["Shrň tuto zprávu:"], "tr": ["Bu mesajı özetle:"]}
NO_PREFIX_KINDS = {"csv_export", "tsv_export", "json_payload", "yaml_payload", "log_excerpt", "html_snippet"}
TARGET = 700
QUOTA = {("en", False): 440, ("en", True): 54, ("xx", False): 190, ("xx", True): 16}


def shift(spans, k):
    return [{"type": s["type"], "start": s["start"] + k, "end": s["end"] + k} for s in spans]


def make_sample(t):
    ctx = Ctx(t["lang"], t["countries"], t["stt"])
    text, spans = render(t["text"], ctx)
    text = text.rstrip()
    if not t["noprefix"] and t["kind"] not in NO_PREFIX_KINDS and not t["stt"] and R.random() < 0.2:
        if t["lang"] == "en":
            pre = pick(PREFIX["en"])
        else:
            pre = pick(PREFIX["xx"] if R.random() < 0.5 else PREFIX[t["lang"]])
        pre = pre + pick(["\n\n", "\n", " "])
        text = pre + text
        spans = shift(spans, len(pre))
    return text, spans


IPV4_RE = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")


def validate(rec):
    text, spans = rec["text"], rec["spans"]
    errs = []
    last_end = -1
    for s in sorted(spans, key=lambda x: (x["start"], x["end"])):
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            errs.append(f"out of range {s}")
            continue
        frag = text[a:b]
        if frag != frag.strip() or not frag:
            errs.append(f"whitespace {s} {frag!r}")
        if a < last_end:
            errs.append(f"overlap {s}")
        last_end = max(last_end, b)
        t = s["type"]
        if t == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", frag)
            if not (dg.isdigit() and luhn_ok(dg)):
                errs.append(f"bad card {frag}")
        elif t == "IBAN_CODE":
            if not iban_ok(frag):
                errs.append(f"bad iban {frag}")
        elif t == "US_SSN":
            if not re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", frag):
                errs.append(f"bad ssn {frag}")
        elif t == "IP_ADDRESS":
            m = IPV4_RE.match(frag)
            if m:
                if not all(0 <= int(x) <= 255 for x in m.groups()):
                    errs.append(f"bad ip {frag}")
            elif ":" not in frag:
                errs.append(f"bad ip {frag}")
        elif t == "EMAIL_ADDRESS":
            if "@" not in frag and " at " not in frag:
                errs.append(f"bad email {frag}")
        elif t == "PHONE_NUMBER":
            if sum(c.isdigit() for c in frag) < 7 and len(frag.split()) < 7:
                errs.append(f"bad phone {frag}")
        # span must not cut through a word (left/right neighbour alnum) except possessive 's
        if a > 0 and text[a - 1].isalnum():
            errs.append(f"left-glued {s} {text[max(0, a - 5):b]!r}")
        if b < len(text) and text[b].isalnum():
            errs.append(f"right-glued {s} {text[a:b + 5]!r}")
    return errs


def leak_check(rec):
    """Flag PII-looking strings outside spans (template mistakes)."""
    text = rec["text"]
    mask = list(text)
    for s in rec["spans"]:
        for i in range(s["start"], s["end"]):
            mask[i] = "\0"
    rest = "".join(mask)
    hits = []
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", rest):
        hits.append(("email?", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}", rest):
        hits.append(("iban?", m.group()))
    for m in re.finditer(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", rest):
        hits.append(("ip?", m.group()))
    for m in re.finditer(r"\+\d[\d ()-]{7,}", rest):
        hits.append(("phone?", m.group()))
    return hits


def main():
    groups = {}
    for t in T:
        key = ("en" if t["lang"] == "en" else "xx", t["nopii"])
        groups.setdefault(key, []).append(t)
    chosen = []
    for key, quota in QUOTA.items():
        temps = groups[key]
        order = []
        while len(order) < quota:
            block = temps[:]
            R.shuffle(block)
            order += block
        chosen += order[:quota]
    R.shuffle(chosen)
    recs, seen, problems = [], set(), 0
    for t in chosen:
        for _attempt in range(5):
            text, spans = make_sample(t)
            if text not in seen:
                break
        seen.add(text)
        rec = {"id": f"hard8-{len(recs) + 1}", "kind": t["kind"], "text": text,
               "spans": sorted(spans, key=lambda s: s["start"]), "lang": t["lang"]}
        if t["nopii"] and spans:
            print("nopii sample has spans!", rec, file=sys.stderr)
            problems += 1
        errs = validate(rec)
        if errs:
            problems += 1
            print(rec["id"], errs, file=sys.stderr)
        recs.append(rec)
    leaks = []
    for rec in recs:
        for h in leak_check(rec):
            leaks.append((rec["id"], h))
    out = os.path.join(HERE, "hard8.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps({"id": rec["id"], "kind": rec["kind"], "text": rec["text"], "spans": rec["spans"]}, ensure_ascii=False) + "\n")
    # stats
    from collections import Counter
    tc, kc, lc = Counter(), Counter(), Counter()
    for rec in recs:
        kc[rec["kind"]] += 1
        lc[rec["lang"]] += 1
        for s in rec["spans"]:
            tc[s["type"]] += 1
    print(f"wrote {len(recs)} samples to {out}; validation problems: {problems}; possible leaks: {len(leaks)}")
    for l_ in leaks[:40]:
        print("  leak?", l_)
    print("no-PII samples:", sum(1 for r in recs if not r["spans"]))
    print("types:", dict(tc.most_common()))
    print("kinds:", dict(kc.most_common()))
    print("langs:", dict(lc.most_common()), "non-English share: %.1f%%" % (100 * (len(recs) - lc["en"]) / len(recs)))
    acc = sorted({c for (k, c) in COVER if k == "addr"})
    pcc = sorted({c for (k, c) in COVER if k == "phone"})
    print(f"persona address countries ({len(acc)}):", ", ".join(f"{c}={COVER[('addr', c)]}" for c in acc))
    print(f"persona phone countries ({len(pcc)}):", ", ".join(f"{c}={COVER[('phone', c)]}" for c in pcc))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
