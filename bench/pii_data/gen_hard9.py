#!/usr/bin/python3
"""Blind PII eval set hard9 -- hand-written lists and templates, stdlib only, deterministic."""
import json, random, unicodedata, os, string

R = random.Random(9)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard9.jsonl")

# ---------------------------------------------------------------- names
NAMES = {
 "en": (["James","Olivia","Liam","Emma","Noah","Ava","Ethan","Sophia","Mason","Isabella","Harper","Chloe","Daniel","Grace","Megan","Ryan","Kayla","Tyler","Brianna","Connor","Siobhan","Aoife","Declan","Hannah","Marcus","Beth","Callum","Zoe"],
        ["Smith","Johnson","Williams","Brown","Jones","Miller","Davis","Wilson","Anderson","Taylor","Thomas","Moore","Jackson","Thompson","White","Harris","Clarke","Walsh","O'Brien","McCarthy","Fitzgerald","Murphy","Hughes","Bennett","Whitaker","Rosenberg"]),
 "ng": (["Chinedu","Ngozi","Oluwaseun","Emeka","Funmilayo","Adaeze","Tunde"], ["Okafor","Adeyemi","Balogun","Nwosu","Ogunleye","Eze","Okonkwo"]),
 "zh": (["Wei","Li Na","Xiaoming","Mei","Jun","Yan","Hao"], ["Zhang","Wang","Chen","Lin","Liu","Huang","Zhou"]),
 "vi": (["Lan","Minh","Thu","Quang","Linh"], ["Nguyen","Tran","Pham","Le","Vu"]),
 "ar": (["Omar","Layla","Yusuf","Fatima","Karim","Nour","Samir"], ["Haddad","Al-Masri","Khalil","Benali","Mansour","El Amrani","Saleh"]),
 "in": (["Priya","Arjun","Ananya","Rohan","Deepika","Vikram","Sanjay","Kavya"], ["Sharma","Mehta","Iyer","Gupta","Nair","Reddy","Krishnamurthy","Banerjee"]),
 "de": (["Lukas","Anna","Jonas","Lea","Felix","Hannah","Maximilian","Sophie","Jürgen","Birgit","Katrin","Tobias","Sabine","Matthias","Uwe","Dörte"],
        ["Müller","Schmidt","Schneider","Fischer","Weber","Meyer","Wagner","Becker","Hoffmann","Schäfer","Koch","Richter","Klein","Wolf","Schröder","Neumann","Zimmermann","Krüger","Hartmann","Lange","Weiß","Gruber","Huber"]),
 "fr": (["Camille","Léa","Manon","Chloé","Hugo","Louis","Gabriel","Jules","Théo","Élodie","Mathilde","Benoît","François","Aurélie","Jean-Baptiste","Anne-Sophie"],
        ["Martin","Bernard","Dubois","Robert","Richard","Petit","Durand","Leroy","Moreau","Lefèvre","Girard","Fournier","Rousseau","Chevalier","Lambert","Peeters","Janssens"]),
 "es": (["Lucía","Sofía","María","Paula","Alejandro","Pablo","Javier","Carmen","Álvaro","Marta","Irene","Sergio","Raúl","José Luis","Ximena","Valeria","Guadalupe"],
        ["García","Fernández","González","Rodríguez","López","Martínez","Sánchez","Pérez","Gómez","Ruiz","Díaz","Moreno","Jiménez","Romero","Navarro","Hernández","Ramírez","Castillo"]),
 "it": (["Giulia","Francesca","Chiara","Alessandro","Lorenzo","Matteo","Federica","Giorgio","Valentina","Marco","Elena","Davide","Gianluca"],
        ["Rossi","Russo","Ferrari","Esposito","Bianchi","Romano","Colombo","Ricci","Marino","Greco","Bruno","Gallo","Conti","De Luca","Mancini","Lombardi"]),
 "nl": (["Daan","Sem","Lotte","Sanne","Bram","Femke","Thijs","Anouk","Joris","Maartje","Ruben","Eline","Wouter"],
        ["de Jong","Jansen","de Vries","van den Berg","van Dijk","Bakker","Visser","Smit","Meijer","de Boer","Mulder","de Groot","Bos","Hendriks","van Leeuwen"]),
 "pt": (["João","Inês","Beatriz","Tiago","Rui","Mariana","Catarina","Duarte","Gonçalo","Leonor","Ana Clara","Thiago","Larissa","Rafaela","Felipe"],
        ["Silva","Santos","Ferreira","Pereira","Oliveira","Costa","Rodrigues","Martins","Sousa","Gonçalves","Carvalho","Souza","Lima","Ribeiro","Nascimento","Araújo"]),
 "pl": (["Katarzyna","Agnieszka","Małgorzata","Piotr","Krzysztof","Tomasz","Michał","Joanna","Paweł","Magdalena","Łukasz","Zofia"],
        ["Nowak","Wójcik","Kowalczyk","Mazur","Krawczyk","Kaczmarek","Zając","Król","Wróbel","Pawlak","Sikora","Szewczyk","Grabowski","Jabłoński"]),
 "sv": (["Erik","Astrid","Linnea","Oskar","Elsa","Johan","Maja","Axel","Ingrid","Karin","Björn","Sofia"],
        ["Andersson","Johansson","Karlsson","Nilsson","Eriksson","Larsson","Olsson","Persson","Svensson","Gustafsson","Lindqvist","Bergström","Sjöberg"]),
 "da": (["Mette","Rasmus","Freja","Mads","Ida","Søren","Sofie","Frederik","Line","Anders"],
        ["Jensen","Nielsen","Hansen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Kjær"]),
 "no": (["Ingrid","Ola","Kari","Sindre","Nora","Henrik","Sigrid","Eirik","Thea","Magnus","Åse"],
        ["Hansen","Johansen","Olsen","Berg","Haugen","Hagen","Bakke","Solberg","Strand","Lie","Dahl","Halvorsen","Sæther"]),
 "fi": (["Aino","Eetu","Veera","Juha","Sanna","Mikko","Tuomas","Helmi","Ilkka","Riikka","Onni"],
        ["Korhonen","Virtanen","Mäkinen","Nieminen","Mäkelä","Hämäläinen","Laine","Heikkinen","Koskinen","Järvinen","Lehtonen"]),
 "cs": ([("Jana","f"),("Petr","m"),("Tereza","f"),("Jakub","m"),("Lucie","f"),("Tomáš","m"),("Eliška","f"),("Ondřej","m"),("Veronika","f")],
        [("Novák","Nováková"),("Svoboda","Svobodová"),("Novotný","Novotná"),("Dvořák","Dvořáková"),("Černý","Černá"),("Procházka","Procházková"),("Kučera","Kučerová"),("Horák","Horáková")]),
 "tr": (["Elif","Zeynep","Mehmet","Ahmet","Emre","Ayşe","Burak","Selin","Can","Deniz","Merve","Oğuz"],
        ["Yılmaz","Kaya","Demir","Şahin","Çelik","Yıldız","Öztürk","Aydın","Özdemir","Arslan","Doğan","Koç"]),
 "ja": (["Haruto","Yui","Sota","Aoi","Ren","Hina","Takeshi","Yuki","Kenji","Sakura","Daisuke","Misaki"],
        ["Sato","Suzuki","Takahashi","Tanaka","Watanabe","Ito","Yamamoto","Nakamura","Kobayashi","Kato","Yoshida"]),
 "ko": (["Min-jun","Seo-yeon","Ji-ho","Ha-eun","Do-yun","Ji-woo","Hyun-woo","Soo-ah","Jae-won","Eun-ji"],
        ["Kim","Lee","Park","Choi","Jung","Kang","Cho","Yoon","Jang","Han"]),
}

def ascii_fold(s):
    for a, b in (("ß","ss"),("ø","o"),("Ø","O"),("æ","ae"),("Æ","Ae"),("ł","l"),("Ł","L"),("ı","i"),("İ","I"),("đ","d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

class Person:
    def __init__(self, first, last, culture):
        self.first, self.last, self.culture = first, last, culture
        self.full = first + " " + last

def person(culture):
    f, l = NAMES[culture]
    if culture == "cs":
        fn, g = R.choice(f); m, w = R.choice(l)
        return Person(fn, w if g == "f" else m, culture)
    return Person(R.choice(f), R.choice(l), culture)

# country -> cultures
COUNTRY_CULT = {"US":["en","en","ng","zh","in","ar","vi","es"],"GB":["en","en","in","ng","ar","zh"],"IE":["en"],"AU":["en","zh","vi"],"CA":["en","fr","in","zh"],
 "IN":["in"],"DE":["de","de","tr"],"AT":["de"],"CH":["de","fr","it"],"FR":["fr","fr","ar"],"BE":["fr","nl"],"ES":["es"],"MX":["es"],"IT":["it"],
 "NL":["nl","nl","tr"],"PT":["pt"],"BR":["pt"],"PL":["pl"],"SE":["sv"],"DK":["da"],"NO":["no"],"FI":["fi"],"CZ":["cs"],"TR":["tr"],"JP":["ja"],"KR":["ko"]}
LANG_COUNTRIES = {"en":["US","US","GB","GB","IE","AU","CA","IN"],"de":["DE","DE","AT","CH"],"fr":["FR","FR","BE","CH","CA"],"es":["ES","ES","MX"],"it":["IT","IT","CH"],
 "nl":["NL","NL","BE"],"pt":["PT","BR"],"pl":["PL"],"sv":["SE"],"da":["DK"],"no":["NO"],"fi":["FI"],"cs":["CZ"],"tr":["TR"]}

DOMAINS = {"US":["gmail.com","yahoo.com","outlook.com","icloud.com","comcast.net"],"GB":["gmail.com","hotmail.co.uk","btinternet.com","outlook.com"],
 "IE":["eircom.net","gmail.com"],"AU":["bigpond.com","gmail.com"],"CA":["gmail.com","rogers.com","videotron.ca"],"IN":["gmail.com","rediffmail.com"],
 "DE":["gmx.de","web.de","t-online.de","gmail.com"],"AT":["gmx.at","aon.at"],"CH":["bluewin.ch","gmx.ch"],"FR":["orange.fr","free.fr","laposte.net","gmail.com"],
 "BE":["skynet.be","telenet.be"],"ES":["gmail.com","hotmail.es","telefonica.net"],"MX":["hotmail.com","prodigy.net.mx"],"IT":["libero.it","virgilio.it","gmail.com"],
 "NL":["ziggo.nl","kpnmail.nl","gmail.com"],"PT":["sapo.pt","gmail.com"],"BR":["uol.com.br","gmail.com","bol.com.br"],"PL":["wp.pl","onet.pl","o2.pl"],
 "SE":["telia.com","gmail.com"],"DK":["mail.dk","gmail.com"],"NO":["online.no","gmail.com"],"FI":["luukku.com","gmail.com"],"CZ":["seznam.cz","centrum.cz"],
 "TR":["gmail.com","hotmail.com.tr"],"JP":["yahoo.co.jp","gmail.com"],"KR":["naver.com","daum.net"]}

def email(p, country=None, corp=None):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    dom = corp or R.choice(DOMAINS.get(country, ["gmail.com"]))
    pat = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{f}.{l}{n}", "{l}.{f}", "{f}{n}"])
    if corp:
        pat = R.choice(["{f}.{l}", "{fi}.{l}", "{f}"])
    return pat.format(f=f, l=l, fi=f[0], n=R.randint(1, 99)) + "@" + dom

# ---------------------------------------------------------------- phones
def d(n):
    return "".join(R.choice(string.digits) for _ in range(n))

def phone(c, intl=None):
    if intl is None:
        intl = R.random() < 0.4
    r = R.randint
    if c in ("US", "CA"):
        a = str(r(201, 989)); e = str(r(200, 989)); x = d(4)
        f = R.choice(["({a}) {e}-{x}", "{a}-{e}-{x}", "{a}.{e}.{x}"]) if not intl else R.choice(["+1 {a}-{e}-{x}", "+1 ({a}) {e}-{x}", "+1{a}{e}{x}"])
        return f.format(a=a, e=e, x=x)
    if c == "GB":
        if R.random() < .6:
            m = "7" + str(r(400, 999)) + " " + d(6)
            return ("+44 " + m) if intl else ("0" + m)
        return ("+44 20 " + d(4) + " " + d(4)) if intl else ("020 " + d(4) + " " + d(4))
    if c == "IE":
        m = "8" + R.choice("3567") + " " + d(3) + " " + d(4)
        return ("+353 " + m) if intl else ("0" + m)
    if c == "AU":
        if R.random() < .6:
            m = "4" + d(2) + " " + d(3) + " " + d(3)
            return ("+61 " + m) if intl else ("0" + m)
        return ("+61 2 " + d(4) + " " + d(4)) if intl else ("(02) " + d(4) + " " + d(4))
    if c == "IN":
        m = str(r(6, 9)) + d(4) + " " + d(5)
        return ("+91 " + m) if intl else R.choice([m, "0" + m.replace(" ", "")])
    if c == "DE":
        if R.random() < .6:
            pre = R.choice(["151", "160", "170", "171", "176", "157"])
            return ("+49 " + pre + " " + d(8)) if intl else R.choice(["0" + pre + " " + d(8), "0" + pre + "/" + d(8), "0" + pre + "-" + d(4) + " " + d(4)])
        city = R.choice(["30", "40", "89", "221", "69", "711"])
        return ("+49 (0)" + city + " " + d(7)) if intl else ("0" + city + " " + d(3) + " " + d(4))
    if c == "AT":
        pre = R.choice(["664", "660", "676", "699"])
        return ("+43 " + pre + " " + d(7)) if intl else ("0" + pre + " " + d(7))
    if c == "CH":
        m = R.choice(["76", "78", "79", "44"]) + " " + d(3) + " " + d(2) + " " + d(2)
        return ("+41 " + m) if intl else ("0" + m)
    if c == "FR":
        m = R.choice("67") + " " + " ".join(d(2) for _ in range(4))
        return R.choice(["+33 " + m, "+33 (0)" + m]) if intl else R.choice(["0" + m, ("0" + m).replace(" ", "."), ("0" + m).replace(" ", "")])
    if c == "BE":
        m = "4" + R.choice(["70", "75", "77", "85", "95"]) + " " + d(2) + " " + d(2) + " " + d(2)
        return ("+32 " + m) if intl else ("0" + m)
    if c == "ES":
        m = R.choice("67") + d(2)
        return ("+34 " + m + " " + d(2) + " " + d(2) + " " + d(2)) if intl else (m + " " + d(3) + " " + d(3))
    if c == "MX":
        m = R.choice(["55", "33", "81"]) + " " + d(4) + " " + d(4)
        return ("+52 " + m) if intl else m
    if c == "IT":
        if R.random() < .7:
            m = "3" + d(2) + " " + d(3) + " " + d(4)
        else:
            m = "02 " + d(4) + " " + d(4)
        return ("+39 " + m) if intl else m
    if c == "NL":
        if R.random() < .7:
            k = d(8)
            return ("+31 6 " + k) if intl else R.choice(["06-" + k, "06 " + k[:2] + " " + k[2:5] + " " + k[5:]])
        return ("+31 20 " + d(3) + " " + d(4)) if intl else ("020-" + d(3) + " " + d(4))
    if c == "PT":
        m = "9" + R.choice("1236") + d(1) + " " + d(3) + " " + d(3)
        return ("+351 " + m) if intl else m
    if c == "BR":
        dd = R.choice(["11", "21", "31", "41", "51"])
        k = "9" + d(4) + "-" + d(4)
        return ("+55 " + dd + " " + k) if intl else ("(" + dd + ") " + k)
    if c == "PL":
        m = R.choice("5678") + d(2) + " " + d(3) + " " + d(3)
        return ("+48 " + m) if intl else R.choice([m, m.replace(" ", "-")])
    if c == "SE":
        p2 = R.choice(["70", "72", "73", "76"])
        return ("+46 " + p2 + " " + d(3) + " " + d(2) + " " + d(2)) if intl else ("0" + p2 + "-" + d(3) + " " + d(2) + " " + d(2))
    if c == "DK":
        m = " ".join([R.choice(["20", "22", "26", "31", "40", "42", "51", "60"])] + [d(2) for _ in range(3)])
        return ("+45 " + m) if intl else m
    if c == "NO":
        m = R.choice("49") + d(2) + " " + d(2) + " " + d(3)
        return ("+47 " + m) if intl else m
    if c == "FI":
        p2 = R.choice(["40", "44", "45", "50"])
        return ("+358 " + p2 + " " + d(3) + " " + d(4)) if intl else ("0" + p2 + " " + d(3) + " " + d(4))
    if c == "CZ":
        m = R.choice(["602", "603", "605", "721", "737", "775"]) + " " + d(3) + " " + d(3)
        return ("+420 " + m) if intl else m
    if c == "TR":
        p3 = R.choice(["532", "533", "535", "542", "505", "555"])
        return ("+90 " + p3 + " " + d(3) + " " + d(2) + " " + d(2)) if intl else ("0" + p3 + " " + d(3) + " " + d(2) + " " + d(2))
    if c == "JP":
        p2 = R.choice(["90", "80", "70"])
        return ("+81 " + p2 + "-" + d(4) + "-" + d(4)) if intl else ("0" + p2 + "-" + d(4) + "-" + d(4))
    if c == "KR":
        return ("+82 10-" + d(4) + "-" + d(4)) if intl else ("010-" + d(4) + "-" + d(4))
    raise ValueError(c)

# ---------------------------------------------------------------- addresses
def pc_uk():
    a = R.choice(["LS6 2AB", "M14 5TQ", "EH3 9QG", "BS8 1HB", "SW11 4NR", "N16 7XJ", "CF10 1EP", "B15 2TT", "NE1 4LP", "G12 8QQ"])
    return a

ADDR_CITIES = {
 "US": [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("San Diego", "CA", "921"), ("Minneapolis", "MN", "554")],
 "GB": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5TQ"), ("Edinburgh", "EH3 9QG"), ("Bristol", "BS8 1HB"), ("London", "SW11 4NR"), ("London", "N16 7XJ"), ("Cardiff", "CF10 1EP"), ("Birmingham", "B15 2TT"), ("Glasgow", "G12 8QQ")],
 "DE": [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Dresden", "01")],
 "AT": [("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50")],
 "CH": [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Genève", "12"), ("Lausanne", "10")],
 "FR": [("Lyon", "6900"), ("Paris", "750"), ("Marseille", "130"), ("Bordeaux", "330"), ("Nantes", "440"), ("Lille", "590"), ("Toulouse", "310")],
 "BE": [("Bruxelles", "10"), ("Antwerpen", "20"), ("Gent", "90"), ("Liège", "40")],
 "ES": [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480")],
 "MX": [("Ciudad de México, CDMX", "03"), ("Guadalajara, Jal.", "44"), ("Monterrey, N.L.", "64")],
 "IT": [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Napoli", "NA", "801")],
 "NL": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97")],
 "PT": [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30")],
 "BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Curitiba", "PR", "8"), ("Belo Horizonte", "MG", "3")],
 "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Wrocław", "5"), ("Gdańsk", "80"), ("Poznań", "6")],
 "SE": [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75")],
 "DK": [("København N", "2200"), ("København Ø", "2100"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Frederiksberg", "2000")],
 "NO": [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40")],
 "FI": [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Espoo", "02")],
 "CZ": [("Praha 2", "120"), ("Praha 10", "100"), ("Brno", "602"), ("Ostrava", "702")],
 "TR": [("Kadıköy/İstanbul", "347"), ("Beşiktaş/İstanbul", "343"), ("Çankaya/Ankara", "066"), ("Konak/İzmir", "352")],
 "IE": [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91")],
 "AU": [("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60")],
 "CA": [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montréal", "QC", "H2X"), ("Calgary", "AB", "T2P")],
 "JP": [("Shibuya-ku, Tokyo", "150"), ("Minato-ku, Tokyo", "106"), ("Kita-ku, Osaka", "530"), ("Naka-ku, Yokohama", "231")],
 "KR": [("Gangnam-gu, Seoul", "06"), ("Mapo-gu, Seoul", "04"), ("Haeundae-gu, Busan", "48")],
 "IN": [("Bengaluru", "5600"), ("Mumbai", "4000"), ("Pune", "4110"), ("New Delhi", "1100")],
}
STREETS = {
 "US": ["Maple Ave", "Oak Street", "W 4th St", "Elm Drive", "Sunset Blvd", "Lakeview Terrace", "N High St", "Cedar Lane", "Pine Ridge Rd"],
 "GB": ["Kingsley Road", "Victoria Street", "Mill Lane", "Church Road", "Albert Terrace", "Wellington Crescent", "Hyde Park Road"],
 "DE": ["Lindenstraße", "Hauptstraße", "Schillerstr.", "Am Markt", "Goethestraße", "Bergmannstraße", "Kastanienallee", "Karl-Marx-Allee"],
 "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Lastenstraße"],
 "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Marktgasse", "Avenue de la Gare"],
 "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour", "impasse des Tilleuls", "allée des Peupliers"],
 "BE": ["Rue Royale", "Meir", "Veldstraat", "Avenue Louise", "Kortrijksesteenweg"],
 "ES": ["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor", "Gran Vía", "Paseo de Gracia"],
 "MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Colima"],
 "IT": ["Via Garibaldi", "Corso Buenos Aires", "Via Roma", "Viale Monza", "Piazza Santo Stefano", "Via dei Mille"],
 "NL": ["Prinsengracht", "Keizersgracht", "Oudegracht", "Witte de Withstraat", "Lange Voorhout", "Herestraat"],
 "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo"],
 "BR": ["Rua das Flores", "Avenida Paulista", "Rua Oscar Freire", "Rua da Bahia"],
 "PL": ["ul. Marszałkowska", "ul. Floriańska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa"],
 "SE": ["Drottninggatan", "Kungsgatan", "Storgatan", "Södra Förstadsgatan", "Linnégatan"],
 "DK": ["Nørrebrogade", "Jægersborggade", "Østerbrogade", "Vestergade", "Strøget"],
 "NO": ["Storgata", "Thorvald Meyers gate", "Bogstadveien", "Kirkegata"],
 "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Fredrikinkatu"],
 "CZ": ["Vinohradská", "Národní", "Masarykova", "Korunní"],
 "TR": ["Bağdat Caddesi", "Barbaros Bulvarı", "Atatürk Bulvarı", "Kıbrıs Şehitleri Caddesi"],
 "IE": ["Harcourt Street", "Camden Row", "Patrick Street", "Shop Street"],
 "AU": ["George Street", "Chapel Street", "Queen Street", "Hay Street"],
 "CA": ["King Street West", "Granville Street", "Rue Saint-Denis", "8th Avenue SW"],
 "JP": ["Jingumae", "Roppongi", "Umeda", "Yamashitacho"],
 "KR": ["Teheran-ro", "Yanghwa-ro", "Haeundaehaebyeon-ro"],
 "IN": ["14th Cross, Indiranagar", "Linking Road, Bandra West", "FC Road, Shivajinagar", "Lodhi Road"],
}
COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "Belgique", "ES": "España",
 "MX": "México", "IT": "Italia", "NL": "Nederland", "PT": "Portugal", "BR": "Brasil", "PL": "Polska", "SE": "Sverige", "DK": "Danmark", "NO": "Norge", "FI": "Suomi",
 "CZ": "Česká republika", "TR": "Türkiye", "IE": "Ireland", "AU": "Australia", "CA": "Canada", "JP": "Japan", "KR": "South Korea", "IN": "India"}

def address(c, multiline=None, country=None):
    """returns address string; multi-line uses '\n'"""
    if multiline is None:
        multiline = R.random() < 0.3
    if country is None:
        country = R.random() < 0.2
    cty = R.choice(ADDR_CITIES[c]); st = R.choice(STREETS[c]); n = str(R.randint(1, 240))
    r = R.randint
    if c == "US":
        unit = R.choice(["", "", " Apt " + str(r(1, 12)) + R.choice("ABC"), " Suite " + str(r(100, 450))])
        l1 = n + " " + st + unit; l2 = cty[0] + ", " + cty[1] + " " + cty[2] + d(2)
    elif c == "GB":
        l1 = R.choice(["", "Flat " + str(r(1, 9)) + ", "]) + n + " " + st; l2 = cty[0] + " " + cty[1]
    elif c == "IE":
        l1 = R.choice(["", "Apt " + str(r(1, 30)) + ", "]) + n + " " + st; l2 = cty[0] + ", " + cty[1] + " " + R.choice("ACDEFHKNPRTVWXY") + d(1) + R.choice("ACDEFHKNPRTVWXY") + d(1)
    elif c == "AU":
        l1 = R.choice(["", "Unit " + str(r(1, 20)) + ", "]) + n + " " + st; l2 = cty[0] + " " + cty[1] + " " + cty[2] + d(2)
    elif c == "CA":
        l1 = n + " " + st + R.choice(["", ", Unit " + str(r(100, 2500))]); l2 = cty[0] + ", " + cty[1] + " " + cty[2] + " " + d(1) + R.choice("ABCEGHJKLMNPRSTVXY") + d(1)
    elif c in ("DE", "AT", "CH", "NL", "BE", "SE", "NO", "FI", "CZ", "DK", "PL", "IT", "ES", "PT"):
        if c in ("CH",) and st.startswith(("Rue", "Avenue")):
            l1 = n + " " + st if st.startswith("Rue") else st + " " + n
        elif c == "FR":
            l1 = n + " " + st
        else:
            l1 = st + " " + n
        if c == "AT": l1 += R.choice(["", "/" + str(r(1, 20)), "/2/" + str(r(1, 15))]); pc = cty[1] + ("0" if cty[1] == "1" else "") + d(4 - len(cty[1]) - (1 if cty[1] == "1" else 0)) ; pc = pc[:4]
        elif c == "DE": l1 += R.choice(["", "", "a", " b"]); pc = cty[1] + d(3)
        elif c == "CH": pc = cty[1] + d(2)
        elif c == "NL": l1 += R.choice(["", "-" + str(r(1, 3)), " hs", " B"]); pc = cty[1] + d(2) + " " + R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
        elif c == "BE": l1 += R.choice(["", " bus " + str(r(1, 12))]); pc = cty[1] + d(2)
        elif c == "SE": pc = cty[1] + d(1) + " " + d(2)
        elif c == "NO": pc = (cty[1] + d(4))[:4]
        elif c == "FI": l1 += R.choice(["", " A " + str(r(1, 30)), " B " + str(r(1, 30))]); pc = cty[1] + d(3)
        elif c == "CZ": l1 = st + " " + str(r(100, 2500)) + "/" + n; pc = cty[1] + " " + d(2)
        elif c == "DK": l1 += R.choice(["", ", 2. th.", ", 3. tv.", ", st."]); pc = cty[1]
        elif c == "PL": l1 += R.choice(["", " m. " + str(r(1, 80)), "/" + str(r(1, 80))]); pc = (cty[1] + d(5))[:2] + "-" + d(3)
        elif c == "IT": l1 = st + R.choice([" ", ", "]) + n; pc = cty[2] + d(2)
        elif c == "ES": l1 = st + R.choice([" ", ", "]) + n + R.choice(["", ", 3º B", ", 1º izq.", ", bajo"]); pc = cty[1] + d(2)
        elif c == "PT": l1 = st + R.choice([" ", ", "]) + n + R.choice(["", ", 2.º Esq.", ", 4.º D"]); pc = (cty[1] + d(4))[:4] + "-" + d(3)
        city = cty[0]
        l2 = pc + " " + city
        if c == "IT": l2 = pc + " " + city + R.choice(["", " " + cty[1], " (" + cty[1] + ")"])
        if c == "CH": l2 = ("CH-" if R.random() < .3 else "") + l2
    elif c == "FR":
        l1 = n + R.choice(["", " bis"]) + " " + st; l2 = (cty[1] + d(5))[:5] + " " + cty[0]
        if R.random() < .3: l1 = R.choice(["Bât. B, ", "Apt 12, ", "Résidence Les Pins, "]) + l1
    elif c == "MX":
        l1 = st + " " + str(r(10, 2000)) + ", Col. " + R.choice(["Roma Norte", "Condesa", "Del Valle", "Americana", "Centro"]); l2 = cty[1] + d(3) + " " + cty[0]
    elif c == "BR":
        l1 = st + ", " + n + R.choice(["", ", apto " + str(r(11, 150)), ", casa 2"]) + " - " + R.choice(["Centro", "Jardins", "Savassi", "Copacabana"]); l2 = cty[0] + " - " + cty[1] + ", " + cty[2] + d(4) + "-" + d(3)
    elif c == "TR":
        l1 = st + " No: " + n + R.choice(["", " D: " + str(r(1, 20)), " Daire 5"]); l2 = cty[1] + d(2) + " " + cty[0]
    elif c == "JP":
        l1 = str(r(1, 5)) + "-" + str(r(1, 30)) + "-" + str(r(1, 20)) + " " + st; l2 = cty[0] + " " + cty[1] + "-" + d(4)
    elif c == "KR":
        l1 = n + " " + st; l2 = cty[0] + " " + cty[1] + d(3)
    elif c == "IN":
        l1 = R.choice(["Flat " + str(r(101, 1204)) + ", " + R.choice(["Sunshine Apartments", "Prestige Lakeside", "Green Glen Towers"]) + ", ", "No. " + n + ", "]) + st; l2 = cty[0] + " " + cty[1] + d(2)
    lines = [l1, l2]
    if country:
        lines.append(COUNTRY_NAME[c])
    return ("\n" if multiline else ", ").join(lines)

# ---------------------------------------------------------------- numbers
def luhn_complete(prefix, length):
    num = prefix + d(length - len(prefix) - 1)
    digits = [int(x) for x in num]
    s = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        s += x
    return num + str((10 - s % 10) % 10)

def card(fmt=None):
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa": n = luhn_complete("4", 16)
    elif kind == "mc": n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "mc2": n = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif kind == "disc": n = luhn_complete("6011", 16)
    else: n = luhn_complete(R.choice(["34", "37"]), 15)
    sep = fmt if fmt is not None else R.choice([" ", " ", "-", ""])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

IBAN_FMT = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n10n12", "NL": "a4n10", "BE": "n12", "PT": "n21", "PL": "n24", "SE": "n20", "DK": "n14",
 "NO": "n11", "FI": "n14", "CZ": "n20", "TR": "n22", "CH": "n17", "AT": "n16", "IE": "a4n14", "GB": "a4n14"}
BANKCODES = {"NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"]}

def iban(c, grouped=None):
    fmt = IBAN_FMT[c]; bban = ""
    i = 0
    while i < len(fmt):
        t = fmt[i]; j = i + 1
        while j < len(fmt) and fmt[j].isdigit(): j += 1
        k = int(fmt[i + 1:j])
        if t == "n": bban += d(k)
        else: bban += R.choice(BANKCODES[c]) if k == 4 else R.choice("ABCDEFGHIJKLMNOPQRSTUVWXZ")
        i = j
    if c == "TR": bban = bban[:5] + "0" + bban[6:]
    conv = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    chk = 98 - int(conv) % 97
    s = c + "%02d" % chk + bban
    if grouped is None:
        grouped = R.random() < 0.7
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def ssn():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

def ipv4():
    first = R.choice([23, 31, 45, 62, 77, 81, 86, 91, 104, 109, 145, 151, 176, 185, 188, 193, 203, 212, 217])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def ipv6():
    return "2a02:" + ":".join("%x" % R.randint(0, 65535) for _ in range(3)) + "::" + "%x" % R.randint(1, 65535)

def ip():
    return ipv6() if R.random() < 0.2 else ipv4()

# ---------------------------------------------------------------- locations on their own
CITIES = {"en": ["Chicago", "Manchester", "Toronto", "Melbourne", "Dublin", "Austin", "Seattle", "Glasgow", "Auckland", "Boston", "Leeds", "Vancouver"],
 "de": ["Hamburg", "München", "Köln", "Wien", "Zürich", "Düsseldorf", "Leipzig", "Graz"], "fr": ["Lyon", "Marseille", "Bordeaux", "Bruxelles", "Genève", "Nantes", "Montréal"],
 "es": ["Sevilla", "Valencia", "Bilbao", "Guadalajara", "Málaga", "Zaragoza"], "it": ["Torino", "Bologna", "Napoli", "Firenze", "Verona", "Bari"],
 "nl": ["Rotterdam", "Utrecht", "Eindhoven", "Antwerpen", "Groningen"], "pt": ["Porto", "Braga", "Coimbra", "Recife", "Salvador"], "pl": ["Kraków", "Gdańsk", "Wrocław", "Łódź", "Poznań"],
 "sv": ["Göteborg", "Malmö", "Uppsala", "Umeå"], "da": ["Aarhus", "Odense", "Aalborg"], "no": ["Bergen", "Trondheim", "Tromsø", "Stavanger"],
 "fi": ["Tampere", "Turku", "Oulu", "Espoo"], "cs": ["Brno", "Ostrava", "Plzeň", "Olomouc"], "tr": ["İzmir", "Ankara", "Antalya", "Bursa"]}
COUNTRIES_EN = ["Germany", "France", "Spain", "Italy", "Belgium", "Portugal", "Poland", "Sweden", "Norway", "Denmark", "Finland", "Ireland", "Canada", "Japan", "Brazil", "Mexico", "Turkey", "Australia"]
REGIONS_EN = ["Bavaria", "Catalonia", "Tuscany", "Scotland", "Ontario", "Texas", "Andalusia", "Brittany", "Queensland", "Provence"]
COUNTRIES_L = {"de": ["Österreich", "Dänemark", "Spanien", "Italien", "Frankreich", "Polen"], "fr": ["Belgique", "Suisse", "Espagne", "Allemagne", "Italie"],
 "es": ["Portugal", "Francia", "Alemania", "Argentina", "Colombia"], "it": ["Francia", "Germania", "Spagna", "Svizzera"], "nl": ["België", "Duitsland", "Frankrijk", "Spanje"],
 "pt": ["Espanha", "França", "Angola", "Moçambique"], "pl": ["Niemiec", "Czech", "Wielkiej Brytanii"], "sv": ["Norge", "Danmark", "Finland", "Tyskland"],
 "da": ["Sverige", "Norge", "Tyskland"], "no": ["Sverige", "Danmark", "Spania"], "fi": ["Ruotsi", "Viro", "Saksa"], "cs": ["Slovensko", "Rakousko", "Německo"], "tr": ["Almanya", "Hollanda", "Yunanistan"]}

def city(lang="en"):
    return R.choice(CITIES[lang])

# ---------------------------------------------------------------- misc non-PII generators (hard negatives)
def order_no(): return R.choice(["#", "ORD-", "", "SO"]) + d(R.choice([6, 7, 8, 9]))
def tracking(): return R.choice(["1Z" + d(2) + "E" + d(2) + R.choice(["W", "X"]) + d(10), "JJD" + d(18), "00" + d(18), "LX" + d(9) + "DE", "CP" + d(9) + "FR", "RR" + d(9) + "NL"])
def sku(): return R.choice(["SKU", "ART", "REF"]) + "-" + d(5) + "-" + R.choice(["BLK", "S", "M", "L", "38", "42", "WHT"])
def money(cur="€"): return ("%s%d.%02d" % (cur, R.randint(5, 480), R.randint(0, 99))) if cur in "$£" else ("%d,%02d %s" % (R.randint(5, 480), R.randint(0, 99), cur))
def date_(): return "%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12))
def date_us(): return "%02d/%02d/2025" % (R.randint(1, 12), R.randint(1, 28))
def ticket(): return R.choice(["CS-", "TKT-", "INC", "ZD#"]) + d(R.choice([5, 6, 7]))
def vnum(): return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))
def last4(): return d(4)

# ---------------------------------------------------------------- templating
import re
PH_RE = re.compile(r"\{([A-Z0-9_]+)\}")

def fill(tpl, vals):
    segs = []; pos = 0
    for m in PH_RE.finditer(tpl):
        segs.append(tpl[pos:m.start()]); segs.append(vals[m.group(1)]); pos = m.end()
    segs.append(tpl[pos:])
    return segs

def build(segs, low=False):
    text = ""; spans = []
    for s in segs:
        if isinstance(s, tuple):
            t, v = s
            if low: v = v.lower()
            spans.append({"type": t, "start": len(text), "end": len(text) + len(v)}); text += v
        else:
            text += s.lower() if low else s
    return text, spans

IBAN_FALLBACK = ["DE", "NL", "FR", "GB", "ES", "IT"]

def ctx(country, lang):
    cult = R.choice(COUNTRY_CULT[country])
    p = person(cult); p2 = person(R.choice(COUNTRY_CULT[country])); ag = person(R.choice(COUNTRY_CULT[country]))
    ic = country if country in IBAN_FMT else R.choice(IBAN_FALLBACK)
    brand = R.choice(["northwind.io", "lumenbeauty.com", "velocargo.eu", "hausundgarten.de", "petitbazar.fr", "casaverde.es", "fjordwear.no", "kotimaa-shop.fi"])
    v = {
        "NAME": ("PERSON", p.full), "FIRST": ("PERSON", p.first), "LAST": ("PERSON", p.last),
        "NAME2": ("PERSON", p2.full), "FIRST2": ("PERSON", p2.first), "LAST2": ("PERSON", p2.last),
        "AGENT": ("PERSON", ag.first), "AGENTFULL": ("PERSON", ag.full),
        "EMAIL": ("EMAIL_ADDRESS", email(p, country)), "EMAIL2": ("EMAIL_ADDRESS", email(p2, country)),
        "AGENTEMAIL": ("EMAIL_ADDRESS", email(ag, country, corp=brand)),
        "PHONE": ("PHONE_NUMBER", phone(country)), "PHONE2": ("PHONE_NUMBER", phone(country)), "PHONEI": ("PHONE_NUMBER", phone(country, True)),
        "ADDR": ("STREET_ADDRESS", address(country, False)), "ADDR2": ("STREET_ADDRESS", address(country, False)),
        "ADDRML": ("STREET_ADDRESS", address(country, True)), "ADDRC": ("STREET_ADDRESS", address(country, False, True)),
        "IBAN": ("IBAN_CODE", iban(ic)), "CARD": ("CREDIT_CARD", card()), "SSN": ("US_SSN", ssn()), "IP": ("IP_ADDRESS", ip()), "IP2": ("IP_ADDRESS", ipv4()),
        "CITY": ("LOCATION", city(lang if lang in CITIES else "en")), "CITY2": ("LOCATION", city(lang if lang in CITIES else "en")),
        "COUNTRY": ("LOCATION", R.choice(COUNTRIES_L[lang]) if lang in COUNTRIES_L else R.choice(COUNTRIES_EN)),
        "REGION": ("LOCATION", R.choice(REGIONS_EN)),
        "ORDER": order_no(), "TRACK": tracking(), "SKU": sku(), "AMT": money(R.choice(["€", "$", "£"]) if lang == "en" else "€"),
        "DATE": date_() if lang != "en" else R.choice([date_us(), "12 March", "Tuesday", "3rd of June"]), "TICKET": ticket(), "L4": last4(), "VER": vnum(),
        "BRANDTAG": R.choice(["lumenbeauty", "northwind.outdoor", "casaverde_home"]),
        "BRAND": R.choice(["Lumen Beauty", "Northwind Outdoor", "Casa Verde", "Fjordwear", "Petit Bazar", "Velocargo", "Hausfreund", "Kotimaa"]),
        "PRODUCT": R.choice(["Matilda wrap dress", "Oscar lounge chair", "Stella pendant lamp", "Hugo duffel bag", "Ivy serum 30ml", "Atlas trail shoe", "Luna silk pillowcase", "Nova air fryer"]),
    }
    return v

# Templates: (kind, text).  Placeholders: see ctx().
T = {}
T["en"] = [
("order_confirmation", "Hi {FIRST},\n\nThanks for your order {ORDER}! We're getting it ready.\n\nShip to:\n{NAME}\n{ADDRML}\n\nPhone: {PHONE}\nEmail: {EMAIL}\n\nItems: 1 x {PRODUCT} ({SKU}) - {AMT}\nPaid with card ending {L4}.\n\nQuestions? Reply to this email and the {BRAND} team will help."),
("shipping_notification", "Good news, {FIRST}! Your {BRAND} parcel is on its way.\nTracking: {TRACK}\nDelivering to: {ADDR}\nThe courier may call you on {PHONE} if they can't find the entrance."),
("shipping_notification", "Your order {ORDER} has shipped 🚚\nRecipient: {NAME} | {ADDRC}\nEstimated delivery: {DATE}. Track at our site with ref {TRACK}."),
("returns_form", "RETURN REQUEST\nOrder no.: {ORDER}\nCustomer name: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nPickup address: {ADDR}\nItem: {PRODUCT} / {SKU}\nReason: too small, the {PRODUCT} runs small compared to the size chart\nRefund to: original payment method"),
("warranty_claim", "Subject: Warranty claim - {PRODUCT} stopped working\n\nHello,\n\nI bought the {PRODUCT} in March from your {CITY} store and it stopped heating after 7 weeks. Serial number SN{L4}{L4}. I've attached the receipt.\n\nPlease send the replacement to {ADDR}. Best to reach me on {PHONE} after 5pm.\n\nThanks,\n{NAME}"),
("review_reply", "Review (2★) by {FIRST} {LAST}: \"Parcel arrived crushed and nobody answered the phone.\"\n\nDraft reply: Hi {FIRST}, we're really sorry about this. I've asked our courier team in {CITY} to look into it - could you email me directly at {AGENTEMAIL} with your order number so I can arrange a replacement? - {AGENT}, {BRAND} Customer Care"),
("review_reply", "Please rewrite this reply to sound warmer:\n\"Dear Mr {LAST}, we have received your complaint regarding order {ORDER}. A refund of {AMT} has been issued. Regards, {AGENTFULL}\""),
("support_macro", "Hi {FIRST},\n\nThanks for reaching out about ticket {TICKET}. I've updated the delivery address on your account to:\n{ADDRML}\n\nIf anything looks wrong, just call us at 1-800-555-0199 (free) and mention your ticket number.\n\nWarm regards,\n{AGENT}\n{BRAND} Support"),
("support_macro", "Macro output → Customer: {NAME} ({EMAIL}) | Callback no.: {PHONE} | Issue: double charge on card **** {L4} | Agent: {AGENTFULL}"),
("chat_transcript", "[10:02] Customer: hi my name is {NAME}, I ordered the {PRODUCT} but it never came\n[10:02] Bot: I can help! What's the email on your order?\n[10:03] Customer: {EMAIL}\n[10:03] Bot: Thanks. Transferring you to an agent.\n[10:05] {AGENT} (agent): Hi {FIRST}, I can see the parcel was left at {ADDR}. Is that still correct?\n[10:06] Customer: no we moved, new address is {ADDR2}\n[10:07] {AGENT} (agent): Got it, I'll reship today."),
("chat_transcript", "Visitor (IP {IP}) started chat from {CITY}\nVisitor: do you ship to {COUNTRY}?\nAgent {AGENT}: Yes! Standard shipping takes 3-5 days.\nVisitor: ok cool, can you text me the discount code? {PHONE}\nAgent {AGENT}: Done ✔"),
("influencer_outreach", "Hey {FIRST}! 👋\n\nI'm {AGENTFULL} from {BRAND}'s PR team. We loved your last reel from {CITY} and would love to send you our new {PRODUCT} - no strings attached.\n\nIf you're up for it, just share the best shipping address and a phone number for the courier.\n\n---\nReply from {FIRST}:\nomg yes!! send it to {ADDR}, phone {PHONE}. my manager {NAME2} ({EMAIL2}) handles paid collabs tho x"),
("agency_brief", "Campaign brief - Q3 'Summer Reset'\nMarkets: {COUNTRY}, {REGION} and {CITY}\nHero product: {PRODUCT}\nTone: warm, witty, no discount-shouting.\nCreative lead: {AGENTFULL} ({AGENTEMAIL})\nDeliverables: 6 statics, 3 reels, 1 OOH mockup for the {CITY2} metro."),
("invoice", "INVOICE INV-{L4}-25\nBill to: {NAME}\n{ADDRML}\nVAT: none\n\n{PRODUCT} x2 ........ {AMT}\nShipping ............ {AMT}\n\nPayment by bank transfer to IBAN {IBAN} within 14 days.\nQuestions: {AGENTEMAIL}"),
("app_store_reply", "App review ★☆☆☆☆ \"crashes on login since v{VER}\" — user {FIRST}\nReply draft: Hi {FIRST}, sorry for the trouble! Version {VER} had a bug on older phones; a fix is rolling out. If it still happens, write to {AGENTEMAIL} and {AGENT} from our mobile team will sort it out."),
("forum_post", "Re: Anyone else's delivery stuck in {CITY}?\n\nSame here. Mine has been 'in transit' since {DATE}. I called them on their hotline and the guy ({AGENT}) said it's a depot issue. If anyone from the brand reads this my order is {ORDER}, email {EMAIL}. Not thrilled tbh."),
("email_thread", "From: {NAME} <{EMAIL}>\nTo: support\nSubject: Re: Re: missing refund\n\nStill nothing on my account. Please call me: {PHONE}\n\n{FIRST}\n\n> On {DATE}, {AGENTFULL} wrote:\n> Hi {FIRST}, the refund of {AMT} was processed and should arrive within 5 working days.\n> Kind regards,\n> {AGENTFULL}\n> Customer Care Team | {BRAND}\n> {AGENTEMAIL}"),
("sms_thread", "Courier: Hi this is your driver for {BRAND}. I'm outside {ADDR} but no answer. Can u come down?\nCustomer: sorry at work! can you leave it with {FIRST2} at number 14?\nCourier: ok left with neighbour {NAME2}. photo sent.\nCustomer: thanks!!"),
("slack_export", "#cx-escalations\n{AGENT}: heads up, VIP customer {NAME} is angry about the late delivery, she's tagged us twice on IG\n{AGENT}: her number is {PHONE} if someone from the {CITY} store can call\nmanager-bot: assigned to @retail-team\n{FIRST2}: on it, calling now"),
("meeting_notes", "Weekly CX sync - notes\nAttendees: {AGENTFULL}, {NAME2}, {FIRST}\n- NPS dipped in {COUNTRY} after the carrier switch\n- {FIRST2} to draft new apology macro\n- Escalation: customer at {ADDR} received wrong item 3 times -> {AGENT} owns follow-up\n- Next sync: {DATE}"),
("cv_snippet", "{NAME}\nCRM & Lifecycle Marketing Manager\n{CITY} · {PHONE} · {EMAIL}\n\nExperience\n2021–now  {BRAND} — led email/SMS retention programme across {COUNTRY} and {REGION}"),
("delivery_note", "DELIVERY NOTE\nConsignee: {NAME}\nAddress: {ADDRC}\nTel: {PHONEI}\nParcels: 2   Weight: 4.3 kg\nRef: {TRACK}\nSignature: ___________"),
("payment_dispute", "Customer says she was charged twice. Card used: {CARD} (exp 09/27). Name on card: {NAME}. Could you draft a reply explaining the pending authorisation will drop off in 3-5 days?"),
("payment_dispute", "Hi team, {NAME} wants the refund to a different account instead of the card. New IBAN: {IBAN}, account holder {NAME}. Can you write a confirmation email in a friendly tone?"),
("fraud_log", "Risk review for order {ORDER}:\n- billing name: {NAME}\n- billing: {ADDR}\n- shipping: {ADDR2}\n- checkout IP: {IP} (geo: {COUNTRY})\n- previous IP: {IP2}\n- card: {CARD}\nSummarise whether this looks like friend fraud."),
("gdpr_request", "Subject: Data access request\n\nUnder GDPR Article 15 I request a copy of all personal data you hold on me.\nName: {NAME}\nEmail used for account: {EMAIL}\nOld email: {EMAIL2}\nAddress: {ADDR}\nPlease reply within one month.\n{NAME}"),
("event_registration", "New registration: {NAME} ({EMAIL}), company {BRAND}, attending the {CITY} roadshow on {DATE}. Dietary: vegetarian. Mobile: {PHONE}. Plus-one: {NAME2}."),
("loyalty_letter", "Dear {FIRST},\n\nCongratulations - you've reached Gold status in the {BRAND} Club! Your new member card will be posted to:\n\n{ADDRML}\n\nAs a thank-you, enjoy free shipping to anywhere in {COUNTRY}.\n\nWith love,\nThe {BRAND} team"),
("survey_freetext", "Q: What could we improve?\nA: The courier never rings the bell. Also please stop calling me on {PHONE} for surveys, email is fine ({EMAIL}).\nQ: Anything else?\nA: {AGENT} in the {CITY} store was lovely though!"),
("tax_form", "Creator payout onboarding (US)\nLegal name: {NAME}\nSSN: {SSN}\nMailing address: {ADDR}\nPayout: bank transfer\nPlease check if this W-9 info is complete before I send it to finance."),
("tax_form", "influencer {FIRST} sent her SSN in the DM ({SSN}) - we shouldn't store that in the CRM. can you write a polite message asking her to use the secure form instead?"),
("ocr_letter", "{NAME}\n{ADDRML}\n\n   Re : Complaint  ref {TICKET}\n\nD ear  Sir/Madam ,\nI am writing   about the  {PRODUCT} I purchased  on {DATE}. lt  arrived  broken .\nPlease contact me on  {PHONE} .\nYours  faithfully\n{NAME}"),
("html_snippet", "<div class=\"customer-card\">\n  <h3>{NAME}</h3>\n  <p class=\"addr\">{ADDR}</p>\n  <a href=\"mailto:{EMAIL}\">{EMAIL}</a>\n  <span class=\"tel\">{PHONE}</span>\n</div>"),
("b2b_lead", "Lead from trade show in {CITY}: {NAME}, Head of Marketing at {BRAND}. Met at booth 14. Direct line {PHONEI}, email {EMAIL}. Interested in the loyalty API; follow up next week. Colleague {NAME2} also on the thread."),
("dm_reply", "@skincare_with_k replied to your story: \"is this in stores in {CITY}?\"\n@{BRANDTAG} reply draft: Hi lovely! Yes - our {CITY} shop on the high street has it. Ask for {AGENT} 💛"),
("security_log", "Account {EMAIL} - suspicious activity\n2025-06-02 08:14:55 login OK from {IP} ({CITY})\n2025-06-02 08:16:03 password reset from {IP2}\n2025-06-02 08:16:40 shipping address changed to {ADDR}\nCan you write a short message to {FIRST} asking her to confirm these changes?"),
("payment_dispute", "Chargeback received for order {ORDER}. Cardholder: {NAME}. Card: {CARD}. Reason code 13.1 (merchandise not received). Delivered to {ADDR} on {DATE}, signed by '{FIRST2}'. Draft our rebuttal letter."),
("phone_order", "Phone order taken by {AGENT}:\nCustomer {NAME}, tel {PHONE}\nCard {CARD} exp 11/26 (CVV not stored)\nDeliver to {ADDRC}\nNotes: gift wrap, message 'Happy birthday {FIRST2}!'"),
("dm_reply", "DM from @runclub_dad: hey, parcel for {NAME} got delivered to the wrong house. Correct address is {ADDR}. Thanks"),
]
T["de"] = [
("order_confirmation", "Hallo {FIRST},\n\nvielen Dank für deine Bestellung {ORDER} bei {BRAND}!\n\nLieferadresse:\n{NAME}\n{ADDRML}\n\nTelefon: {PHONE}\nE-Mail: {EMAIL}\n\nDeine Bestellung wird in 1–2 Werktagen versendet."),
("returns_form", "Retourenschein\nKundennummer: {L4}{L4}\nName: {NAME}\nAnschrift: {ADDR}\nGrund: Artikel ({PRODUCT}) gefällt nicht\nErstattung bitte auf IBAN {IBAN} (Kontoinhaber: {NAME})"),
("support_ticket", "Sehr geehrte Damen und Herren,\n\nich warte seit drei Wochen auf meine Rücksendung. Die Sendung ging an Ihr Lager in {CITY}. Bitte rufen Sie mich unter {PHONE} zurück.\n\nMit freundlichen Grüßen\nDr. {NAME}\n{ADDR}"),
("review_reply", "Bewertung von {FIRST} {LAST} (1 Stern): \"Paket kam nie an.\"\nAntwortentwurf: Liebe/r {FIRST}, das tut uns sehr leid! Bitte schreib uns an {AGENTEMAIL}, dann kümmert sich {AGENT} persönlich darum. Viele Grüße aus {CITY2}"),
("event_registration", "Anmeldung Händlertag {CITY}: {NAME}, Begleitung: {NAME2}, Mobil {PHONE}, E-Mail {EMAIL}. Hotel wird benötigt."),
("support_ticket", "Hallo, meine Kreditkarte {CARD} wurde zweimal belastet (Bestellung {ORDER}). Bitte um Erstattung. Gruß, {NAME}, Tel. {PHONE}"),
("security_log", "Login-Protokoll für {EMAIL}: Anmeldung aus {CITY} (IP {IP}), danach Passwortänderung von {IP2}. Bitte Kundin {NAME} informieren."),
("call_notes", "Rückrufnotiz: Herr {LAST} ({PHONEI}) meldet Falschlieferung, wohnt inzwischen in {COUNTRY}. Neue Adresse: {ADDRC}. Bearbeitet von {AGENTFULL}."),
]
T["fr"] = [
("order_confirmation", "Bonjour {FIRST},\n\nMerci pour votre commande {ORDER} !\nAdresse de livraison :\n{NAME}\n{ADDRML}\nTél. : {PHONE}\n\nL'équipe {BRAND}"),
("support_ticket", "Bonjour,\nJe n'ai toujours pas reçu mon remboursement de {AMT}. Mon RIB : {IBAN}. Vous pouvez me joindre au {PHONE} ou par mail à {EMAIL}.\nCordialement,\n{NAME}"),
("review_reply", "Avis de {NAME} (3/5) : « Livraison rapide mais emballage abîmé. »\nRéponse : Bonjour {FIRST}, merci pour votre retour ! Notre entrepôt de {CITY} a été informé. Belle journée, {AGENT} du service client"),
("influencer_outreach", "Coucou {FIRST} ! Je suis {AGENTFULL}, chargée RP chez {BRAND}. On adorerait t'envoyer notre nouveau {PRODUCT}. Tu peux me donner ton adresse ?\n\n— Avec plaisir ! {ADDR}, et mon numéro {PHONE} pour le livreur 😊"),
("payment_dispute", "Bonjour, ma carte bancaire {CARD} a été débitée deux fois pour la commande {ORDER}. Merci de vérifier. {NAME}, {ADDR}"),
("delivery_note", "BON DE LIVRAISON\nDestinataire : {NAME}\nAdresse : {ADDRC}\nTél : {PHONEI}\nColis : 1 — Réf. {TRACK}"),
]
T["es"] = [
("order_confirmation", "¡Hola {FIRST}!\n\nHemos recibido tu pedido {ORDER}. Lo enviaremos a:\n{ADDRML}\n\nTeléfono de contacto: {PHONE}\nSi tienes dudas escríbenos. Un saludo, equipo {BRAND}"),
("support_ticket", "Buenas tardes, soy {NAME}. Me cobraron dos veces con la tarjeta {CARD}. Mi correo es {EMAIL} y mi móvil {PHONE}. Gracias."),
("review_reply", "Reseña de {FIRST} {LAST}: \"El abrigo es precioso pero tardó 3 semanas en llegar a {CITY}.\"\nRespuesta: Hola {FIRST}, ¡gracias por tu paciencia! {AGENT}, atención al cliente."),
("returns_form", "Formulario de devolución\nNombre: {NAME}\nDirección de recogida: {ADDR}\nTeléfono: {PHONE}\nMotivo: talla incorrecta\nReembolso a: {IBAN}"),
("security_log", "Alerta de seguridad: inicio de sesión en la cuenta de {NAME} ({EMAIL}) desde {IP}, ubicación aproximada {CITY}. ¿Fuiste tú?"),
("whatsapp", "[14:21] {FIRST}: hola! el repartidor dice que no encuentra el portal\n[14:22] {BRAND}: ¡Hola! ¿Nos confirmas la dirección?\n[14:22] {FIRST}: {ADDR}\n[14:23] {FIRST}: mi marido {FIRST2} está en casa, llamad al {PHONE2}"),
]
T["it"] = [
("order_confirmation", "Ciao {FIRST},\ngrazie per il tuo ordine {ORDER}!\nIndirizzo di spedizione:\n{NAME}\n{ADDRML}\nCellulare: {PHONE}\nA presto, il team {BRAND}"),
("support_ticket", "Buongiorno, sono {NAME}. Il pacco risulta consegnato a {CITY} ma io abito a {ADDR}. Potete richiamarmi al {PHONE}? Grazie mille"),
("review_reply", "Recensione di {NAME} ★★★★★: \"Servizio impeccabile, grazie a {AGENT}!\"\nRisposta: Grazie {FIRST}! Riferiremo i complimenti a {AGENT} 😊"),
("invoice", "FATTURA n. {L4}/2025\nCliente: {NAME}\n{ADDR}\nPagamento tramite bonifico su IBAN {IBAN}\nPer info: {AGENTEMAIL}"),
]
T["nl"] = [
("order_confirmation", "Hoi {FIRST},\n\nBedankt voor je bestelling {ORDER}! We bezorgen op:\n{ADDRML}\n\nVragen? Bel {PHONE} of mail {AGENTEMAIL}.\nGroetjes, {AGENT} van {BRAND}"),
("support_ticket", "Goedemiddag, mijn naam is {NAME}. Het retourlabel werkt niet. Mijn adres is {ADDR} en ik ben bereikbaar op {PHONE}. Terugbetaling graag op {IBAN}. Met vriendelijke groet, {FIRST}"),
("review_reply", "Review van {FIRST} uit {CITY}: \"Snel geleverd, top!\"\nReactie: Dankjewel {FIRST}, fijn om te horen! Groet, {AGENT}"),
("event_registration", "Aanmelding webinar: {NAME}, {EMAIL}, tel. {PHONEI}, organisatie: {BRAND}, locatie: {CITY}"),
]
T["pt"] = [
("order_confirmation", "Olá {FIRST},\n\nObrigado pela sua encomenda {ORDER}! Será enviada para:\n{NAME}\n{ADDRML}\nTelemóvel/Celular: {PHONE}\n\nEquipa {BRAND}"),
("support_ticket", "Boa tarde, chamo-me {NAME}. O meu pedido não chegou. Morada: {ADDR}. Contacto {PHONE}, email {EMAIL}. Obrigada!"),
("review_reply", "Avaliação de {NAME}: \"Produto ótimo, entrega lenta para {CITY}.\"\nResposta: Olá {FIRST}, obrigado pelo feedback! Abraço, {AGENT}"),
]
T["pl"] = [
("order_confirmation", "Dzień dobry {FIRST},\n\ndziękujemy za zamówienie {ORDER}. Adres dostawy:\n{NAME}\n{ADDRML}\nTelefon: {PHONE}\n\nZespół {BRAND}"),
("support_ticket", "Dzień dobry, nazywam się {NAME}. Proszę o zwrot środków na konto {IBAN}. Mój adres: {ADDR}, tel. {PHONE}. Pozdrawiam"),
("review_reply", "Opinia od {FIRST} z {CITY}: \"Kurier zostawił paczkę pod drzwiami.\"\nOdpowiedź: Dziękujemy {FIRST}, przekażemy uwagę przewoźnikowi. {AGENT}"),
]
T["sv"] = [
("order_confirmation", "Hej {FIRST}!\n\nTack för din beställning {ORDER}. Leveransadress:\n{NAME}\n{ADDRML}\nMobil: {PHONE}\n\nHälsningar, {BRAND}"),
("support_ticket", "Hej, jag heter {NAME} och har inte fått min återbetalning. Ring gärna {PHONE} eller mejla {EMAIL}. Bor på {ADDR}."),
("review_reply", "Recension från {FIRST} i {CITY}: \"Bra kvalitet!\"\nSvar: Tack {FIRST}! /{AGENT}"),
]
T["da"] = [
("order_confirmation", "Hej {FIRST}\n\nTak for din ordre {ORDER}. Vi sender til:\n{NAME}\n{ADDRML}\nTlf.: {PHONE}\n\nVenlig hilsen {BRAND}"),
("support_ticket", "Hej, mit navn er {NAME}. Pakken blev leveret forkert. Min adresse er {ADDR}, og I kan ringe på {PHONE}. Refusion til {IBAN}."),
("review_reply", "Anmeldelse fra {NAME}: \"Hurtig levering til {CITY}\"\nSvar: Tusind tak, {FIRST}! Mvh {AGENT}"),
]
T["no"] = [
("order_confirmation", "Hei {FIRST}!\n\nTakk for bestillingen {ORDER}. Leveres til:\n{NAME}\n{ADDRML}\nMobil: {PHONE}\n\nHilsen {BRAND}"),
("support_ticket", "Hei, jeg heter {NAME}. Jeg har fått feil størrelse. Adressen min er {ADDR}, telefon {PHONE}, e-post {EMAIL}."),
("review_reply", "Omtale fra {FIRST} i {CITY}: \"Flott jakke!\"\nSvar: Tusen takk, {FIRST}! Hilsen {AGENT}"),
]
T["fi"] = [
("order_confirmation", "Hei {FIRST}!\n\nKiitos tilauksestasi {ORDER}. Toimitusosoite:\n{NAME}\n{ADDRML}\nPuhelin: {PHONE}\n\nTerveisin {BRAND}"),
("support_ticket", "Hei, olen {NAME}. Paketti ei ole saapunut. Osoitteeni on {ADDR} ja puhelinnumero {PHONE}. Palautus tilille {IBAN}."),
("review_reply", "Arvostelu: {FIRST} ({CITY}): \"Nopea toimitus!\"\nVastaus: Kiitos {FIRST}! T. {AGENT}"),
]
T["cs"] = [
("order_confirmation", "Dobrý den, {NAME},\n\nděkujeme za objednávku {ORDER}. Doručovací adresa:\n{ADDRML}\nTelefon: {PHONE}\n\nTým {BRAND}"),
("support_ticket", "Dobrý den, jmenuji se {NAME}. Prosím o vrácení peněz na účet {IBAN}. Adresa: {ADDR}, tel. {PHONE}, e-mail {EMAIL}."),
("review_reply", "Recenze od {FIRST} z {CITY}: \"Vše v pořádku.\"\nOdpověď: Děkujeme, {FIRST}! {AGENT}"),
]
T["tr"] = [
("order_confirmation", "Merhaba {FIRST},\n\n{ORDER} numaralı siparişiniz için teşekkürler. Teslimat adresi:\n{NAME}\n{ADDRML}\nTelefon: {PHONE}\n\n{BRAND} Ekibi"),
("support_ticket", "Merhaba, ben {NAME}. Kargom hâlâ gelmedi. Adresim: {ADDR}. Telefon: {PHONE}, e-posta: {EMAIL}. İade için IBAN: {IBAN}"),
("review_reply", "{FIRST} {LAST} yorumu: \"{CITY} şubesindeki çalışanlar çok ilgiliydi.\"\nYanıt: Teşekkürler {FIRST} Hanım/Bey! {AGENT}"),
]

ALL_C = list(COUNTRY_CULT.keys())
CSV_CITY = {"US": ["Chicago", "Houston", "Phoenix"], "GB": ["Leeds", "Bristol", "Norwich"], "IE": ["Cork", "Limerick"], "AU": ["Adelaide", "Hobart"], "CA": ["Ottawa", "Halifax"],
 "IN": ["Chennai", "Hyderabad"], "DE": ["Bremen", "Nürnberg"], "AT": ["Innsbruck", "Linz"], "CH": ["Luzern", "St. Gallen"], "FR": ["Rennes", "Strasbourg"], "BE": ["Namur", "Brugge"],
 "ES": ["Granada", "Alicante"], "MX": ["Puebla", "Mérida"], "IT": ["Genova", "Palermo"], "NL": ["Haarlem", "Leiden"], "PT": ["Faro", "Aveiro"], "BR": ["Fortaleza", "Manaus"],
 "PL": ["Lublin", "Szczecin"], "SE": ["Lund", "Västerås"], "DK": ["Esbjerg", "Roskilde"], "NO": ["Drammen", "Bodø"], "FI": ["Jyväskylä", "Lahti"], "CZ": ["Liberec", "Pardubice"],
 "TR": ["Eskişehir", "Trabzon"], "JP": ["Sapporo", "Fukuoka"], "KR": ["Incheon", "Daegu"]}

def row_person(c):
    p = person(R.choice(COUNTRY_CULT[c]))
    return p

def g_csv():
    sep = R.choice([",", ";"])
    hdr = sep.join(["customer_id", "first_name", "last_name", "email", "phone", "city", "country", "tier", "points"])
    segs = [hdr + "\n"]
    for _ in range(R.randint(3, 6)):
        c = R.choice(ALL_C); p = row_person(c)
        segs += [d(6) + sep, ("PERSON", p.first), sep, ("PERSON", p.last), sep, ("EMAIL_ADDRESS", email(p, c)), sep, ("PHONE_NUMBER", phone(c, True)), sep,
                 ("LOCATION", R.choice(CSV_CITY[c])), sep,
                 c + sep + R.choice(["gold", "silver", "bronze"]) + sep + str(R.randint(0, 9000)) + "\n"]
    segs[-1] = segs[-1].rstrip("\n")
    return "crm_csv_export", "multi", ["Clean up this loyalty export and flag duplicates:\n\n"] + segs

def g_tsv():
    segs = ["company\tcontact\ttitle\temail\tphone\taddress\n"]
    for _ in range(R.randint(2, 5)):
        c = R.choice(ALL_C); p = row_person(c)
        comp = R.choice(["Brightside Media", "Nordlys AS", "Grupo Alameda", "Studio Kiwi", "Hofmann Logistik GmbH", "Sakura Retail KK", "Atelier Blanc SARL", "Vistula Trade Sp. z o.o."])
        segs += [comp + "\t", ("PERSON", p.full), "\t" + R.choice(["CMO", "Head of CRM", "Marketing Director", "E-commerce Lead"]) + "\t", ("EMAIL_ADDRESS", email(p, c, corp=comp.split()[0].lower() + ".com")), "\t",
                 ("PHONE_NUMBER", phone(c)), "\t", ("STREET_ADDRESS", address(c, False, R.random() < .5)), "\n"]
    segs[-1] = segs[-1].rstrip("\n")
    return "b2b_leads_tsv", "multi", ["B2B leads (paste from sheet) - write a personalised opener for each:\n"] + segs

def g_md():
    segs = ["| # | Guest | Email | Mobile | Table |\n|---|---|---|---|---|\n"]
    for i in range(R.randint(3, 6)):
        c = R.choice(ALL_C); p = row_person(c)
        segs += ["| %d | " % (i + 1), ("PERSON", p.full), " | ", ("EMAIL_ADDRESS", email(p, c)), " | ", ("PHONE_NUMBER", phone(c, True)), " | %d |\n" % R.randint(1, 12)]
    segs[-1] = segs[-1].rstrip("\n")
    c0 = R.choice(["Lisbon", "Copenhagen", "Vienna", "Prague", "Milan"])
    return "event_guest_list", "en", ["Guest list for the ", ("LOCATION", c0), " launch dinner - please sort by table:\n\n"] + segs

def g_json():
    c = R.choice(ALL_C); p = row_person(c); lang = "en"
    a = address(c, False)
    segs = ['{\n  "event": "order.created",\n  "order_id": "' + order_no() + '",\n  "customer": {\n    "name": "', ("PERSON", p.full), '",\n    "email": "', ("EMAIL_ADDRESS", email(p, c)),
            '",\n    "phone": "', ("PHONE_NUMBER", phone(c, True)), '"\n  },\n  "shipping_address": "', ("STREET_ADDRESS", a), '",\n  "client_ip": "', ("IP_ADDRESS", ip()),
            '",\n  "sku": "' + sku() + '",\n  "app_version": "' + vnum() + '"\n}']
    return "json_payload", "multi", ["Why did this webhook fail validation?\n"] + segs

def g_json2():
    c = R.choice(ALL_C); p = row_person(c)
    pc = address(c, False)
    segs = ['{"ticket":"' + ticket() + '","requester":{"first_name":"', ("PERSON", p.first), '","last_name":"', ("PERSON", p.last), '","email":"', ("EMAIL_ADDRESS", email(p, c)),
            '"},"body":"Hi, my parcel went to the wrong address. It should be ', ("STREET_ADDRESS", pc), '. Thanks, ', ("PERSON", p.first), '","tags":["delivery","' + c.lower() + '"]}']
    return "json_payload", "multi", segs

def g_yaml():
    c = R.choice(ALL_C); p = row_person(c); p2 = row_person(c)
    segs = ["influencer:\n  name: ", ("PERSON", p.full), "\n  handle: \"@" + R.choice(["dailyglow", "trailsandtea", "mintkitchen", "urbanpedal", "slowstitch"]) + "\"\n  email: ", ("EMAIL_ADDRESS", email(p, c)),
            "\n  phone: \"", ("PHONE_NUMBER", phone(c, True)), "\"\n  ship_to: |\n    "]
    a = address(c, True, R.random() < .5).replace("\n", "\n    ")
    segs += [("STREET_ADDRESS", a), "\n  agent: ", ("PERSON", p2.full), "\n  fee_eur: " + str(R.randint(3, 40) * 100) + "\n  deliverables: [reel, story x3]\n"]
    return "yaml_payload", "multi", ["Turn this YAML into a friendly briefing email:\n\n"] + segs

STT_FIRST = ["okay", "right", "um", "yeah so"]
def g_stt():
    c = R.choice(["US", "GB", "IE", "AU", "CA", "IN"]); p = row_person(c); ag = row_person(c)
    ph = phone(c, False).replace("(", "").replace(")", "").replace("-", " ").replace(".", " ")
    segs = ["agent thank you for calling ", R.choice(["lumen beauty", "northwind outdoor", "casa verde"]), " my name is ", ("PERSON", ag.first), " how can i help\ncustomer hi yeah um my name is ",
            ("PERSON", p.full), " i'm calling about an order that never arrived\nagent sorry to hear that can i take the postcode or the first line of the address\ncustomer yeah it's ",
            ("STREET_ADDRESS", address(c, False, False).replace(",", "")), "\nagent perfect and a phone number in case the courier needs it\ncustomer ", ("PHONE_NUMBER", ph),
            "\nagent thanks ", ("PERSON", p.first), " i can see it's stuck at the depot in ", ("LOCATION", R.choice(CSV_CITY[c])),
            " i'll get it reshipped today\ncustomer brilliant thank you"]
    return "call_transcript_stt", "en", segs

def g_stt_de():
    c = "DE"; p = row_person(c); ag = row_person(c)
    segs = ["agent guten tag sie sprechen mit ", ("PERSON", ag.full), " was kann ich für sie tun\nkunde ja hallo hier ist ", ("PERSON", p.full),
            " ich habe eine reklamation\nagent wie lautet ihre adresse\nkunde ", ("STREET_ADDRESS", address(c, False, False).replace(",", "")),
            "\nagent und eine rückrufnummer\nkunde ", ("PHONE_NUMBER", phone(c, False).replace("/", " ").replace("-", " ")), "\nagent danke ", ("PERSON", p.full), " wir melden uns innerhalb von zwei tagen"]
    return "call_transcript_stt", "de", segs

NOPII = [
("en", "Write 3 Instagram captions for the Matilda wrap dress and the Oscar lounge chair. Keep it playful, mention free returns and the code SUMMER15. No emojis in the first line."),
("en", "Rewrite this product description: 'The Stella pendant lamp brings soft, warm light to any room. Pair it with the Hugo side table for a mid-century look.' Make it 40 words max."),
("en", "Compare our tone of voice with Tommy Hilfiger, Ralph Lauren and Hugo Boss ads from last season. Which one feels closest to a 'quiet luxury' positioning?"),
("en", "Brainstorm names for a limited ice-cream flavour collab, something in the spirit of Ben & Jerry's but for oat milk. Our mascot Captain Crumble should appear on the tub."),
("en", "Our NPS went from 31 to 44 after we introduced the 'Jack' chatbot persona. Draft a slide title and three bullets for the board deck. Ticket volume down 18%, CSAT 4.6/5."),
("en", "Subject line A/B test: 'Your Victoria sandals are back' vs 'Back in stock: Victoria'. Open rates 23.1% vs 26.4%, n=48,211. Is the difference significant?"),
("en", "Please summarise: Q2 returns rate 14.2% (target 12%), top reason 'size too small' on the Atlas trail shoe, SKU ART-44120-42. Second reason: colour differs from photo."),
("en", "Draft an auto-reply for out-of-hours chat: we're back at 9am, meanwhile check the FAQ on returns, delivery times and gift cards. Sign off as 'The Care Team'."),
("en", "Create a 5-email welcome flow for new loyalty members: day 0 welcome, day 2 brand story, day 5 bestsellers (Ivy serum, Luna silk pillowcase), day 9 reviews, day 14 points reminder."),
("en", "Is 'Mercedes-Benz' or 'Porsche' more often used in luxury comparisons in UK ad copy? Just give me a gut feeling, no research needed."),
("de", "Schreib bitte drei Betreffzeilen für unseren Black-Friday-Newsletter. Rabatt: 25 % auf alles, Code BF25, gültig bis Montag 23:59 Uhr."),
("fr", "Peux-tu reformuler ce texte pour la fiche produit du sac Hugo ? « Cuir végétal, doublure recyclée, fermeture aimantée. » Ton chic et simple."),
("es", "Necesito un guion de 15 segundos para TikTok sobre la freidora Nova. Público: 25-34 años. Llamada a la acción: 'Descúbrela en la web'."),
("it", "Scrivi una risposta standard per chi chiede i tempi di consegna: 2-4 giorni lavorativi, spedizione gratuita sopra i 49 euro."),
("nl", "Maak een korte pushmelding voor de app: de Oscar loungestoel is weer op voorraad, alleen deze week 15% korting."),
("sv", "Skriv en kort text till vår kampanj 'Höstrea' – 30 % på jackor och kängor, gäller t.o.m. söndag."),
("pl", "Napisz trzy warianty CTA do newslettera o nowej kolekcji 'Aurora'. Maksymalnie 4 słowa każdy."),
("pt", "Cria um texto curto para o banner do site: 'Portes grátis em encomendas acima de 40 €' com tom jovem."),
("en", "Classify these tickets by intent: 'where is my parcel', 'wrong size', 'promo code not working', 'cancel subscription', 'app crashes v4.2.1'. Output as JSON."),
("en", "Version 3.14.15.9 of the app shows order numbers like 4929-1832-7781 in the receipt header; that's our internal batch ID, not a card. Write a tooltip explaining it."),
("tr", "Yeni sezon kampanyası için iki kısa slogan yazar mısın? Ürün: Atlas koşu ayakkabısı, hedef kitle: 18-30 yaş."),
("da", "Skriv en venlig påmindelse om, at medlemspoint udløber 31. december. Maks 2 sætninger."),
]

def g_nopii():
    lang, txt = R.choice(NOPII)
    return "no_pii_copy", lang, [txt]

def g_mixed_lang_dm():
    # short social DMs with handles (handles are not labeled)
    c = R.choice(ALL_C); p = row_person(c)
    h = R.choice(["@coffee.and.trails", "@mintyfresh_home", "@vintage_vibes88", "@hej.hygge", "@la_petite_cuisine", "@runfast_mx"])
    segs = [h + ": hii, order still not here 😩 name's ", ("PERSON", p.first), ", can you check? email ", ("EMAIL_ADDRESS", email(p, c)), "\nBrand: Hi ", ("PERSON", p.first), "! Checking now - is it going to ", ("STREET_ADDRESS", address(c, False)), "?\n" + h + ": yes that's it"]
    return "social_dm", "en", segs


# ---------------------------------------------------------------- main
def from_T(lang):
    kind, tpl = R.choice(T[lang])
    c = R.choice(LANG_COUNTRIES[lang])
    if "{SSN}" in tpl: c = "US"
    v = ctx(c, lang)
    return kind, lang, fill(tpl, v)

GENS = [(g_csv, 30), (g_tsv, 25), (g_md, 22), (g_json, 18), (g_json2, 14), (g_yaml, 16), (g_stt, 24), (g_stt_de, 8), (g_nopii, 60), (g_mixed_lang_dm, 15)]
OTHER_LANGS = ["de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "cs", "tr"]

def validate(rec):
    t = rec["text"]; prev = -1
    for sp in sorted(rec["spans"], key=lambda x: x["start"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(t), rec
        seg = t[s:e]
        assert seg == seg.strip() and seg, (rec["id"], repr(seg))
        assert s >= prev, ("overlap", rec["id"])
        prev = e

def main():
    plan = []
    for g, n in GENS:
        plan += [("g", g)] * n
    n_left = 600 - len(plan)
    n_other = 175
    plan += [("t", R.choice(OTHER_LANGS)) for _ in range(n_other)]
    plan += [("t", "en")] * (n_left - n_other)
    R.shuffle(plan)
    recs = []
    seen = set()
    for i, (k, x) in enumerate(plan):
        for _try in range(20):
            if k == "g":
                kind, lang, segs = x()
            else:
                kind, lang, segs = from_T(x)
            text, spans = build(segs, low=(kind == "call_transcript_stt"))
            if text not in seen:
                break
        seen.add(text)
        rec = {"id": "hard9-%d" % i, "kind": kind, "text": text, "spans": spans}
        validate(rec)
        rec["_lang"] = lang
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            lang = r.pop("_lang")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            r["_lang"] = lang
    # report
    from collections import Counter
    ct = Counter(s["type"] for r in recs for s in r["spans"])
    ck = Counter(r["kind"] for r in recs)
    cl = Counter(r["_lang"] for r in recs)
    print("samples", len(recs), "no-PII", sum(1 for r in recs if not r["spans"]))
    print("types", dict(ct))
    print("kinds", dict(ck))
    print("langs", dict(cl))

if __name__ == "__main__":
    main()
