#!/usr/bin/env python3
"""Generator for hard31.jsonl -- "the shop floor and the catalogue: people among things named like people".

Blind evaluation set: retail, e-commerce, hospitality and consumer-brand text in which real people
(customers, reviewers, staff, suppliers' contacts, couriers, winners, guests) sit next to capitalised
words that look like names but are not people (product lines, colourways, perfumes, lipstick shades,
paint colours, dishes and drinks named after people, hotel suites, hire boats, racehorses, pets,
rose cultivars, surname brands, award names, fictional ad personas).

Deterministic: fixed seed, python3 standard library only (no faker; every name, street, town,
postcode and phone format is hand-written below).

Labelling conventions (common brief, plus these decisions):
* PERSON: any real person, as written (given name alone, surname alone, full name with initials,
  particles, suffixes, nicknames inside). Titles/honorifics (Mr, Ms, Dr, Herr, Frau, Sra., Mme, M.,
  Sig.ra, -san/-sama/様/さん after the name) are outside the span; English possessive 's outside.
  Inflected forms in other languages (German/Swedish/Danish genitive -s) are labelled with the ending.
  Names engraved/printed on a personalised product ("Engrave: Theo & Margot") are PERSON, because
  they name the recipients. A name in a @handle or an e-mail local part is not PERSON.
* NOT PERSON: product/collection/colourway names ("the Margot midi dress", "Sofa Harper"),
  perfumes, lipstick shades, paint colours, dishes and drinks (Beef Wellington, Tom Collins,
  Pêche Melba), hotel suites and rooms, hire boats, racehorses, pets, rose cultivars, brands, shops
  and firms named after people (even "Harrington & Daughters"), awards, sponsors, fictional personas
  in brand guidelines or ad scripts ("Busy Beth"), characters, mascots.
* Place names inside a product/dish name ("Paris-Brest", "Victoria sponge", "Cornish ...") are not
  LOCATION. A town used as a branch name in running text ("our Leeds store") IS LOCATION.
  Demonyms/adjectives (French, Danish) are not LOCATION.
* STREET_ADDRESS: the whole postal address as one span (unit .. country), also multi-line, also
  rural/Irish addresses without a house number when written as a postal address. Streets mentioned
  as places without a number ("the shop on rue Victor-Hugo") are not labelled at all.
* Masked card numbers ("**** 4421", "Visa ending 0917") are not CREDIT_CARD; only full numbers are.
* Order numbers, SKUs, loyalty-card numbers, booking refs, tracking numbers are not labelled.
* PHONE_NUMBER includes extension words; IBAN as written (grouped or not).
* Every e-mail address and phone number is labelled, also shared/role inboxes (care@shop...) and shop
  landlines, so no _nopii sample contains one.
"""
import json
import os
import random
import re
import unicodedata

SEED = 310031
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard31.jsonl")

# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------


class Doc:
    """Append text pieces; entity pieces are tuples (TYPE, value) whose offsets are recorded."""

    def __init__(self, case=None):
        self.buf = []
        self.pos = 0
        self.spans = []
        self.vals = []
        self.case = case  # None | "upper" | "lower"

    def _tx(self, s):
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                typ, v = p
                v = self._tx(v)
                self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(v)})
                self.vals.append(v)
                self.buf.append(v)
                self.pos += len(v)
            else:
                s = self._tx(p)
                self.buf.append(s)
                self.pos += len(s)
        return self

    def text(self):
        return "".join(self.buf)


def P(v): return ("PERSON", v)
def A(v): return ("STREET_ADDRESS", v)
def PH(v): return ("PHONE_NUMBER", v)
def EM(v): return ("EMAIL_ADDRESS", v)
def CC(v): return ("CREDIT_CARD", v)
def IB(v): return ("IBAN_CODE", v)
def SSN(v): return ("US_SSN", v)
def IP(v): return ("IP_ADDRESS", v)
def L(v): return ("LOCATION", v)


def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("ø", "o").replace("æ", "ae").replace("ß", "ss"))


# --------------------------------------------------------------------------------------------
# check-digit values
# --------------------------------------------------------------------------------------------


def luhn_check(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_number(brand=None):
    brand = brand or ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + digits(5), 16
    elif brand == "mc":
        pre, n = ch(["51", "52", "53", "54", "55", "2221", "2720"]) , 16
    elif brand == "amex":
        pre, n = ch(["34", "37"]), 15
    else:
        pre, n = ch(["6011", "65"]), 16
    body = pre + digits(n - 1 - len(pre))
    for d in "0123456789":
        if luhn_check(body + d):
            return body + d


def fmt_card(num, style=None):
    style = style or ch(["space", "space", "dash", "plain"])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    return num


def card(brand=None, style=None):
    return fmt_card(card_number(brand), style)


def _iban_from(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return "%s%02d%s" % (cc, 98 - num % 97, bban)


def _fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def _es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s):
        d = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if d == 11 else (1 if d == 10 else d)
    return "%d%d" % (one("00" + bank + branch), one(acct))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban(cc):
    if cc == "DE":
        b = ch(["10070000", "20050550", "50010517", "37040044", "70150000", "12030000"]) + digits(10)
    elif cc == "FR":
        bank, br, ac = ch(["30004", "30003", "20041", "10278", "30002"]), digits(5), digits(11)
        b = bank + br + ac + _fr_rib_key(bank, br, ac)
    elif cc == "ES":
        bank, br, ac = ch(["2100", "0049", "0182", "2085", "0081"]), digits(4), digits(10)
        b = bank + br + _es_dc(bank, br, ac) + ac
    elif cc == "IT":
        rest = ch(["03069", "02008", "05034", "03062"]) + digits(5) + digits(12)
        b = _it_cin(rest) + rest
    elif cc == "NL":
        b = ch(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + digits(10)
    elif cc == "PT":
        b19 = ch(["0035", "0033", "0007", "0010", "0036"]) + digits(4) + digits(11)
        b = b19 + "%02d" % (98 - int(b19 + "00") % 97)
    elif cc == "GB":
        b = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + digits(6) + digits(8)
    elif cc == "IE":
        b = ch(["AIBK", "BOFI", "IPBS"]) + ch(["93", "90", "99"]) + digits(4) + digits(8)
    elif cc == "DK":
        b = ch(["0040", "3000", "5301", "9570"]) + digits(10)
    elif cc == "SE":
        b = ch(["500", "800", "600", "300"]) + digits(17)
    elif cc == "BE":
        first = digits(10)
        b = first + "%02d" % ((int(first) % 97) or 97)
    else:
        raise ValueError(cc)
    return _iban_from(cc, b)


def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fmt_iban(i, grouped=None):
    if grouped is None:
        grouped = chance(0.75)
    if grouped:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def ssn(style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    style = style or ch(["dash", "dash", "dash", "space"])
    return s if style == "dash" else s.replace("-", " ")


def ipv4(private=False):
    if private:
        return ch(["192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250)),
                   "10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(2, 250))])
    first = ch([81, 86, 92, 109, 151, 176, 185, 203, 212, 24, 68, 73, 98, 142, 174, 37, 89, 93])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6():
    pre = ch(["2a02:c7f", "2001:4860", "2a01:e0a", "2600:1700", "2a00:23c5", "2403:5800", "2804:14c"])
    groups = ["%x" % rng.randint(0, 0xffff) for _ in range(6)]
    if chance(0.5):
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[3]
    return pre + ":" + ":".join(groups)


# --------------------------------------------------------------------------------------------
# hand-written locale pools
# --------------------------------------------------------------------------------------------

UK_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(area, dmin=1, dmax=20):
    return "%s%d %d%s%s" % (area, rng.randint(dmin, dmax), rng.randint(1, 9),
                            ch(UK_POST_LETTERS), ch(UK_POST_LETTERS))


def ca_pc(first):
    al = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%d%s %d%s%d" % (first, rng.randint(1, 9), ch(al), rng.randint(0, 9), ch(al), rng.randint(0, 9))


def eircode(rk):
    al = "ACDEFHKNPRTVWXY0123456789"
    return rk + " " + "".join(ch(al) for _ in range(4))


LOC = {}

LOC["en-US"] = dict(
    first=["Brooke", "Darnell", "Keisha", "Wyatt", "Dakota", "Tyler", "Marisol", "Jalen", "Hunter", "Savannah",
           "Trevor", "Latoya", "Cody", "Mckenzie", "Xavier", "Rosalind", "Devin", "Shawna", "Grant", "Ines",
           "Tamika", "Beau", "Connie", "Luis", "Priscilla", "Dwayne", "Katelyn", "Abdi", "Lorena", "Shane"],
    last=["Okafor", "Whitaker", "Delgado", "Kowalczyk", "Nguyen", "Bishop", "Hollis", "Yazzie", "Castellanos",
          "Pruitt", "Abernathy", "McAllister", "Robichaux", "Lindqvist", "Washington", "Fairbanks", "Oduya",
          "Stroud", "Tran", "Villanueva", "Kaminski", "Gutierrez", "Reyes-Holt", "Mbeki", "Sorensen"],
    towns=[("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Raleigh", "NC", "276"),
           ("Madison", "WI", "537"), ("Boise", "ID", "837"), ("Tucson", "AZ", "857"), ("Savannah", "GA", "314"),
           ("Burlington", "VT", "054"), ("Spokane", "WA", "992"), ("Albany", "NY", "122"), ("Denver", "CO", "802"),
           ("Asheville", "NC", "288"), ("Omaha", "NE", "681"), ("Providence", "RI", "029")],
    streets=["Maple Ave", "N Lincoln St", "Sycamore Dr", "E 14th St", "Ridgecrest Rd", "Old Mill Ln",
             "Washington Blvd", "Magnolia Ct", "W Grand Ave", "Cedar Hollow Rd", "Pinecrest Way", "S Main St",
             "Jefferson Ave", "Willow Bend Dr", "Harbor View Ter"],
    domains=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"],
)
LOC["en-GB"] = dict(
    first=["Imogen", "Callum", "Harriet", "Fraser", "Gemma", "Rhys", "Bethany", "Zainab", "Oliver", "Poppy",
           "Kwame", "Lucy", "Alistair", "Jasmine", "Bev", "Tanvir", "Nia", "Hamish", "Saoirse", "Dominic",
           "Ffion", "Kieran", "Ellie-May", "Yusuf", "Rosie", "Gareth", "Chiara", "Stuart", "Aditi", "Jonty"],
    last=["Hargreaves", "Whitfield", "MacLeod", "Pemberton", "Okonjo", "Rahman", "Llewellyn", "Ashworth",
          "Fairclough", "Bhatt", "Cartwright", "Dunmore", "Sinclair", "Oyelaran", "Thistlewood", "Pugh", "Kaur",
          "Greenhalgh", "Abbott-Lowe", "Mistry", "Penhaligon", "Stubbs", "Nwosu", "Haworth", "Lindsay"],
    towns=[("Leeds", "LS", "Headingley"), ("Bristol", "BS", "Bishopston"), ("Norwich", "NR", "Eaton"),
           ("York", "YO", "Clifton"), ("Cardiff", "CF", "Pontcanna"), ("Glasgow", "G", "Partick"),
           ("Edinburgh", "EH", "Stockbridge"), ("Brighton", "BN", "Kemptown"), ("Manchester", "M", "Chorlton"),
           ("Bath", "BA", "Larkhall"), ("Exeter", "EX", "Heavitree"), ("Nottingham", "NG", "Sherwood"),
           ("Sheffield", "S", "Nether Edge"), ("Liverpool", "L", "Aigburth"), ("Belfast", "BT", "Ballyhackamore")],
    streets=["Ashgrove Road", "Victoria Terrace", "Mill Lane", "Chapel Street", "Kingsley Avenue", "The Crescent",
             "Albert Road", "Queen's Drive", "Highfield Grove", "Station Road", "Church Walk", "Belle Vue Road",
             "Orchard Close", "Gladstone Street", "St Mark's Road"],
    domains=["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
)
LOC["en-IE"] = dict(
    first=["Aoife", "Cormac", "Niamh", "Colm", "Sinead", "Declan", "Maeve", "Ciarán", "Orla", "Padraig",
           "Roisin", "Eoin", "Grainne", "Tadhg", "Clodagh", "Fionn", "Deirdre", "Shane", "Bridget", "Oisín"],
    last=["O'Sullivan", "Brennan", "Ní Bhriain", "Fitzgerald", "Mac Giolla", "Kavanagh", "Dunne", "McGrath",
          "O'Driscoll", "Lynch", "Ó Conaill", "Geraghty", "Mulcahy", "Devlin", "Carroll", "Hegarty"],
    towns=[("Dublin", "Dublin 6", "D06"), ("Cork", "Co. Cork", "T12"), ("Galway", "Co. Galway", "H91"),
           ("Limerick", "Co. Limerick", "V94"), ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"),
           ("Waterford", "Co. Waterford", "X91"), ("Kinsale", "Co. Cork", "P17"), ("Dublin", "Dublin 8", "D08")],
    streets=["Ranelagh Road", "Grand Canal Street", "Sundays Well Road", "Father Griffin Road", "O'Connell Avenue",
             "Parliament Street", "Pearse Street", "John's Hill", "Main Street", "Castle Street", "Harbour View"],
    domains=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
)
LOC["en-AU"] = dict(
    first=["Lachlan", "Matilda", "Bodhi", "Kirra", "Jarrah", "Tahlia", "Brodie", "Shanice", "Mitchell", "Ngaio",
           "Rohan", "Sienna", "Darcy", "Tran", "Kylie", "Angus", "Mia", "Hamish", "Isla", "Cooper"],
    last=["Fitzsimmons", "Nguyen", "Papadopoulos", "McKinnon", "Tjandra", "Kerrigan", "Baxter", "Oyelowo",
          "Vukovic", "Cheung", "Hollingworth", "Rossetti", "Murray", "Darcy-Shaw", "Tamihana", "Walsh"],
    towns=[("Coogee", "NSW", "2034"), ("St Kilda", "VIC", "3182"), ("West End", "QLD", "4101"),
           ("Kent Town", "SA", "5067"), ("Subiaco", "WA", "6008"), ("Battery Point", "TAS", "7004"),
           ("Newtown", "NSW", "2042"), ("Fitzroy North", "VIC", "3068"), ("Fremantle", "WA", "6160"),
           ("Braddon", "ACT", "2612")],
    streets=["Beach Road", "Fitzroy St", "Boundary St", "Rundle St", "Hay St", "Salamanca Pl", "King St",
             "Scotchmer St", "High St", "Lonsdale St", "Arden St", "Oxley Rd"],
    domains=["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au", "hotmail.com"],
)
LOC["en-CA"] = dict(
    first=["Mathieu", "Avery", "Gurpreet", "Sasha", "Nolan", "Chantal", "Kiana", "Reid", "Josée", "Emeka",
           "Brynn", "Tariq", "Leah", "Marc-André", "Quinn", "Yuki", "Colton", "Aroha", "Dev", "Geneviève"],
    last=["Tremblay", "Gagnon", "Sandhu", "MacIsaac", "Ouellette", "Chen", "Bouchard", "Okeke", "Fraser",
          "Lavoie", "Thunderchild", "Grewal", "Kowalchuk", "Boucher", "Nakamura", "St-Pierre"],
    towns=[("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
           ("Ottawa", "ON", "K"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R"), ("Saskatoon", "SK", "S")],
    streets=["Harbour St", "Commercial Dr", "Queen St W", "Spring Garden Rd", "Osborne St", "Broadway Ave",
             "Elgin St", "Kensington Rd NW", "Bank St", "Danforth Ave", "Rue Saint-Denis", "Corydon Ave"],
    domains=["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca", "outlook.com", "videotron.ca", "telus.net"],
)
LOC["fr"] = dict(
    first=["Camille", "Théo", "Margaux", "Yannick", "Inès", "Baptiste", "Léa", "Karim", "Solène", "Hugo",
           "Anaïs", "Mathis", "Océane", "Rémi", "Fatou", "Gaëlle", "Quentin", "Chloé", "Jean-Baptiste", "Aurélie"],
    last=["Lefèvre", "Moreau", "Benali", "Rousseau", "Girard", "Da Silva", "Lemoine", "Faure", "N'Diaye",
          "Chevalier", "Bonnet", "Marchand", "de La Roche", "Perrin", "Lambert", "Tessier"],
    towns=[("Lyon", "69003"), ("Strasbourg", "67000"), ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59800"),
           ("Montpellier", "34000"), ("Rennes", "35000"), ("Toulouse", "31000"), ("Aix-en-Provence", "13100"),
           ("Paris", "75011"), ("Dijon", "21000"), ("Grenoble", "38000")],
    streets=["rue des Tanneurs", "avenue Jean-Jaurès", "cours Mirabeau", "rue de la République", "boulevard Voltaire",
             "rue des Lilas", "place du Marché", "rue Sainte-Catherine", "allée des Tilleuls", "quai de la Fosse",
             "rue Victor-Hugo", "impasse des Vignes"],
    domains=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr", "outlook.fr"],
)
LOC["de"] = dict(
    first=["Jonas", "Lena", "Maximilian", "Hannah", "Lukas", "Friederike", "Emre", "Sophie", "Tobias", "Jana",
           "Karl-Heinz", "Anja", "Niklas", "Merve", "Ulrike", "Felix", "Birgit", "Ole", "Katrin", "Dragan"],
    last=["Müller", "Schröder", "Yılmaz", "Becker", "Hoffmann", "Krüger", "von Ahlen", "Wagner", "Schäfer",
          "Kowalski", "Brandt", "Lehmann", "Zimmermann", "Öztürk", "Hartmann", "Vogel"],
    towns=[("Berlin", "10961"), ("Köln", "50668"), ("Hamburg", "22767"), ("München", "80469"), ("Leipzig", "04109"),
           ("Heidelberg", "69117"), ("Freiburg im Breisgau", "79098"), ("Münster", "48143"), ("Dresden", "01099"),
           ("Bremen", "28195"), ("Stuttgart", "70173"), ("Hannover", "30159")],
    streets=["Bergmannstraße", "Sedanstr.", "Hauptstraße", "Schillerstraße", "Am Kirchplatz", "Lindenallee",
             "Goethestr.", "Königsweg", "Rosenthaler Straße", "Eichendorffweg", "Marktplatz", "Bismarckstraße"],
    domains=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "mailbox.org"],
)
LOC["es"] = dict(
    first=["Lucía", "Javier", "Carmen", "Alejandro", "Nerea", "Iñaki", "Rocío", "Pablo", "Ainhoa", "Sergio",
           "María José", "Álvaro", "Itziar", "Raúl", "Montserrat", "Jordi", "Almudena", "Guillermo"],
    last=["García Pérez", "Fernández", "Etxeberria", "López de la Torre", "Martín", "Sánchez Ruiz", "Puig",
          "Gómez", "Navarro", "Iglesias", "Castro Villar", "Romero", "Díaz", "Ortega", "Serrano"],
    towns=[("Madrid", "28004"), ("Barcelona", "08012"), ("Sevilla", "41004"), ("Valencia", "46001"),
           ("Bilbao", "48001"), ("Málaga", "29008"), ("Zaragoza", "50003"), ("Granada", "18009"),
           ("San Sebastián", "20003"), ("Salamanca", "37002")],
    streets=["Calle del Pez", "Carrer de Verdi", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
             "Calle de Alcalá", "Plaza de San Miguel", "Calle Larios", "Gran Vía", "Calle San Francisco"],
    domains=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
)
LOC["it"] = dict(
    first=["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Alessandro", "Martina", "Davide", "Sofia",
           "Gianluca", "Elisa", "Pietro", "Beatrice", "Salvatore", "Ilaria", "Giorgio", "Valentina", "Nicolò"],
    last=["Rossi", "Esposito", "Bianchi", "Colombo", "Ferrara", "De Luca", "Romano", "Russo", "Marchetti",
          "Galli", "Lo Presti", "Conti", "Barbieri", "Fontana", "Moretti", "D'Angelo"],
    towns=[("Milano", "20124", "MI"), ("Firenze", "50122", "FI"), ("Napoli", "80134", "NA"), ("Torino", "10123", "TO"),
           ("Bologna", "40126", "BO"), ("Roma", "00153", "RM"), ("Verona", "37121", "VR"), ("Palermo", "90133", "PA"),
           ("Lecce", "73100", "LE"), ("Genova", "16123", "GE")],
    streets=["Via dei Servi", "Corso Buenos Aires", "Via Toledo", "Via Garibaldi", "Viale Mazzini", "Piazza Santo Spirito",
             "Via San Vitale", "Via della Lungara", "Vicolo del Cedro", "Corso Vittorio Emanuele II"],
    domains=["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
)
LOC["nl"] = dict(
    first=["Daan", "Sanne", "Jesse", "Fleur", "Bram", "Lotte", "Thijs", "Noor", "Ruben", "Femke",
           "Sem", "Anouk", "Mohamed", "Esther", "Wouter", "Ilse", "Koen", "Yara"],
    last=["de Vries", "Jansen", "van der Linden", "Bakker", "El Amrani", "Visser", "Smit", "van den Berg",
          "Mulder", "de Boer", "Kuipers", "Dekker", "van Dijk", "Hendriks", "Bos", "Peeters"],
    towns=[("Amsterdam", "1013 ER"), ("Utrecht", "3511 AZ"), ("Rotterdam", "3015 BE"), ("Groningen", "9711 LM"),
           ("Haarlem", "2011 HR"), ("Eindhoven", "5611 HB"), ("Leiden", "2312 BK"), ("Zwolle", "8011 NB"),
           ("Nijmegen", "6511 KN"), ("Delft", "2611 GL")],
    streets=["Haarlemmerstraat", "Oudegracht", "Nieuwe Binnenweg", "Folkingestraat", "Zijlstraat", "Stratumseind",
             "Breestraat", "Diezerstraat", "Lange Hezelstraat", "Oude Delft", "Kerkstraat", "Vondelstraat"],
    domains=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"],
)
LOC["pt-BR"] = dict(
    first=["Ana Clara", "João Pedro", "Larissa", "Thiago", "Fernanda", "Gustavo", "Juliana", "Rafael", "Bianca",
           "Vinícius", "Camila", "Diego", "Letícia", "Marcos", "Yasmin", "Renato", "Tatiane", "Caio"],
    last=["da Silva", "Oliveira", "Santos", "Souza", "Pereira", "Costa", "Ferreira", "Rodrigues", "Almeida",
          "Nascimento", "Carvalho", "Gomes", "Ribeiro", "Barbosa", "Lima", "Araújo"],
    towns=[("São Paulo", "SP", "01426-001", "Jardins"), ("Rio de Janeiro", "RJ", "22021-001", "Copacabana"),
           ("Belo Horizonte", "MG", "30160-011", "Centro"), ("Curitiba", "PR", "80420-090", "Batel"),
           ("Porto Alegre", "RS", "90035-190", "Bom Fim"), ("Recife", "PE", "52011-000", "Graças"),
           ("Salvador", "BA", "40140-110", "Barra"), ("Fortaleza", "CE", "60165-121", "Meireles")],
    streets=["Rua Oscar Freire", "Av. Atlântica", "Rua da Bahia", "Rua Augusta", "Av. Sete de Setembro",
             "Rua Padre Chagas", "Rua dos Andradas", "Av. Boa Viagem", "Rua Harmonia", "Alameda Santos"],
    domains=["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "terra.com.br", "yahoo.com.br"],
)
LOC["pt-PT"] = dict(
    first=["Inês", "Duarte", "Beatriz", "Tomás", "Mariana", "Rodrigo", "Leonor", "Gonçalo", "Carolina", "Afonso",
           "Matilde", "Diogo", "Sara", "Vasco", "Francisca", "Nuno"],
    last=["Pereira", "Sousa", "Ferreira", "Martins", "Carvalho", "Teixeira", "Lopes", "Marques", "Pinto",
          "Vieira", "Fonseca", "Rebelo", "Cardoso", "Moura", "Queirós", "Barros"],
    towns=[("Porto", "4050-174"), ("Lisboa", "1269-046"), ("Coimbra", "3000-180"), ("Braga", "4700-325"),
           ("Aveiro", "3810-160"), ("Faro", "8000-138"), ("Évora", "7000-508"), ("Setúbal", "2900-255")],
    streets=["Rua de Cedofeita", "Avenida da Liberdade", "Rua Ferreira Borges", "Rua do Souto", "Rua de Santa Catarina",
             "Travessa do Carmo", "Rua Direita", "Avenida Lourenço Peixinho", "Largo do Rato"],
    domains=["sapo.pt", "gmail.com", "hotmail.com", "clix.pt", "outlook.pt", "netcabo.pt"],
)
LOC["sv"] = dict(
    first=["Elin", "Oskar", "Maja", "Viktor", "Saga", "Emil", "Linnea", "Anton", "Ebba", "Johan",
           "Astrid", "Hampus", "Amira", "Nils", "Klara", "Pelle", "Sofia", "Ludvig"],
    last=["Lindqvist", "Andersson", "Bergström", "Nyström", "Johansson", "Sjöberg", "Holm", "Ekström",
          "Karlsson", "Lundgren", "Åberg", "Persson", "Wallin", "Öberg", "Haddad", "Forsberg"],
    towns=[("Stockholm", "118 46"), ("Göteborg", "413 04"), ("Malmö", "212 12"), ("Uppsala", "753 21"),
           ("Lund", "222 21"), ("Umeå", "903 26"), ("Örebro", "702 10"), ("Västerås", "722 15")],
    streets=["Götgatan", "Linnégatan", "Östra Förstadsgatan", "Kungsgatan", "Drottninggatan", "Storgatan",
             "Södra Vägen", "Hornsgatan", "Klostergatan", "Skolgatan"],
    domains=["telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net", "live.se"],
)
LOC["da"] = dict(
    first=["Mette", "Rasmus", "Freja", "Mads", "Ida", "Søren", "Sofie", "Mikkel", "Laura", "Anders",
           "Signe", "Jonas", "Karen", "Bjørn", "Nanna", "Frederik"],
    last=["Nielsen", "Jørgensen", "Kristensen", "Rasmussen", "Mortensen", "Poulsen", "Østergaard", "Madsen",
          "Christiansen", "Søndergaard", "Larsen", "Holm", "Bach", "Thomsen", "Dahl", "Vestergaard"],
    towns=[("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"),
           ("Frederiksberg C", "1820"), ("Roskilde", "4000"), ("Vejle", "7100"), ("Esbjerg", "6700")],
    streets=["Vesterbrogade", "Jægergårdsgade", "Kongensgade", "Nørregade", "Istedgade", "Algade",
             "Gammel Kongevej", "Boulevarden", "Søndergade", "Torvegade"],
    domains=["mail.dk", "gmail.com", "hotmail.dk", "outlook.dk", "jubii.dk", "live.dk"],
)
LOC["ja"] = dict(
    # (kanji surname, kana, romaji), (kanji given, kana, romaji)
    last=[("田中", "たなか", "Tanaka"), ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
          ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
          ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
          ("清水", "しみず", "Shimizu"), ("森", "もり", "Mori"), ("藤原", "ふじわら", "Fujiwara"), ("長谷川", "はせがわ", "Hasegawa")],
    first=[("花子", "はなこ", "Hanako"), ("健太", "けんた", "Kenta"), ("美咲", "みさき", "Misaki"), ("翔太", "しょうた", "Shota"),
           ("陽菜", "ひな", "Hina"), ("大輔", "だいすけ", "Daisuke"), ("由美", "ゆみ", "Yumi"), ("拓海", "たくみ", "Takumi"),
           ("さくら", "さくら", "Sakura"), ("直樹", "なおき", "Naoki"), ("恵子", "けいこ", "Keiko"), ("蓮", "れん", "Ren"),
           ("彩花", "あやか", "Ayaka"), ("誠", "まこと", "Makoto")],
    domains=["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com", "nifty.com"],
)

FEM = set("""Brooke Keisha Marisol Savannah Latoya Mckenzie Rosalind Shawna Ines Tamika Connie Priscilla Katelyn Lorena
Imogen Harriet Gemma Bethany Zainab Poppy Lucy Jasmine Bev Nia Saoirse Ffion Ellie-May Rosie Chiara Aditi
Aoife Niamh Sinead Maeve Orla Roisin Grainne Clodagh Deirdre Bridget Matilda Kirra Tahlia Shanice Ngaio Sienna Kylie Mia
Isla Chantal Kiana Josée Brynn Leah Yuki Geneviève Aroha Margaux Inès Léa Solène Anaïs Océane Fatou Gaëlle Chloé
Aurélie Lena Hannah Friederike Sophie Jana Anja Merve Ulrike Birgit Katrin Lucía Carmen Nerea Rocío Ainhoa Itziar
Montserrat Almudena Giulia Francesca Martina Sofia Elisa Beatrice Ilaria Valentina Sanne Fleur Lotte Noor Femke Anouk
Esther Ilse Yara Larissa Fernanda Juliana Bianca Camila Letícia Yasmin Tatiane Beatriz Mariana Leonor Carolina
Matilde Sara Francisca Elin Maja Saga Linnea Ebba Astrid Amira Klara Mette Freja Ida Sofie Laura Signe Karen
Nanna""".split()) | {"Ana Clara", "María José"}
MASC_OK = {"Camille", "Dakota", "Avery", "Sasha", "Quinn", "Jordan"}  # ambiguous names are never forced


def first_g(loc, fem):
    pool = [n for n in LOC[loc]["first"] if (n in FEM) == fem and n not in MASC_OK]
    return ch(pool)


EN_LOCS = ["en-US", "en-GB", "en-IE", "en-AU", "en-CA"]
EN_WEIGHTS = [0.3, 0.3, 0.13, 0.14, 0.13]


def en_loc():
    return rng.choices(EN_LOCS, EN_WEIGHTS)[0]


def first(loc):
    return ch(LOC[loc]["first"])


def last(loc):
    return ch(LOC[loc]["last"])


def full(loc):
    if loc == "ja":
        return ja_name()[0]
    f, l = first(loc), last(loc)
    if loc in ("en-US", "en-CA") and chance(0.2):
        return "%s %s. %s" % (f, ch("ABCDEJKLMRSTW"), l)
    if loc == "en-US" and chance(0.06):
        return "%s %s %s" % (f, l, ch(["Jr.", "III", "Sr."]))
    return "%s %s" % (f, l)


def ja_name(style=None):
    """returns (display, romaji_full, surname forms)"""
    ln, fn = ch(LOC["ja"]["last"]), ch(LOC["ja"]["first"])
    style = style or ch(["kanji", "kanji", "kana", "romaji"])
    if style == "kanji":
        disp = ln[0] + ch([" ", "\u3000", ""]) + fn[0]
    elif style == "kana":
        disp = ln[1] + " " + fn[1]
    else:
        disp = ch(["%s %s" % (fn[2], ln[2]), "%s %s" % (ln[2].upper(), fn[2])])
    return disp, (ln, fn)


def email(loc, f=None, l=None, domain=None):
    if loc == "ja":
        ln, fn = ch(LOC["ja"]["last"]), ch(LOC["ja"]["first"])
        f, l = f or fn[2], l or ln[2]
    f = fold(f or first(loc))
    l = fold(l or last(loc))
    d = domain or ch(LOC[loc]["domains"])
    pat = ch(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}", "{f0}.{l}{n2}"])
    return pat.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99), n2=rng.randint(70, 99)) + "@" + d


def work_email(f, l, domain):
    return ch(["{f}.{l}", "{f0}{l}", "{f}"]).format(f=fold(f), l=fold(l), f0=fold(f)[0]) + "@" + domain


def town(loc):
    t = ch(LOC[loc]["towns"])
    return t[0]


def addr(loc, oneline=True, unit=None):
    """hand-built postal address for a locale; returns string (may contain newlines when oneline=False)"""
    sep = ", " if oneline else "\n"
    D = LOC[loc]
    st = ch(D.get("streets", [""]))
    if loc == "en-US":
        t, s, z = ch(D["towns"])
        line1 = "%d %s" % (rng.randint(12, 9870), st)
        if unit or chance(0.35):
            line1 += ch([", Apt %d%s" % (rng.randint(1, 30), ch("ABCD")), " #%d" % rng.randint(101, 1450),
                         ", Unit %d" % rng.randint(2, 40)])
        return line1 + sep + "%s, %s %s%02d" % (t, s, z, rng.randint(1, 99))
    if loc == "en-GB":
        t, a, dist = ch(D["towns"])
        line1 = "%d %s" % (rng.randint(1, 220), st)
        pre = ""
        if unit or chance(0.3):
            pre = ch(["Flat %d" % rng.randint(1, 12), "Flat %d%s" % (rng.randint(1, 6), ch("ABC")), "Apartment %d" % rng.randint(1, 40)]) + sep
        parts = [pre + line1]
        if chance(0.5):
            parts.append(dist)
        parts.append(t + (" " if oneline and chance(0.5) else sep) + uk_pc(a))
        return sep.join(parts)
    if loc == "en-IE":
        t, county, rk = ch(D["towns"])
        if t.startswith("Dublin"):
            line = "%s%d %s" % (ch(["", "Apt %d, " % rng.randint(1, 60)]) if oneline else "", rng.randint(1, 140), st)
            return line + sep + county + sep + eircode(rk)
        if chance(0.4):
            return ch(["Ballyhea", "Knocknacarra", "Rathcoole", "Gortnahoe", "Cloonfad"]) + sep + t + sep + county + sep + eircode(rk)
        return "%d %s" % (rng.randint(1, 90), st) + sep + t + sep + county + " " + eircode(rk)
    if loc == "en-AU":
        sub, stt, pc = ch(D["towns"])
        n = "%d" % rng.randint(1, 300)
        if unit or chance(0.35):
            n = "%d/%s" % (rng.randint(1, 24), n)
        return "%s %s" % (n, st) + sep + "%s %s %s" % (sub.upper() if not oneline else sub, stt, pc)
    if loc == "en-CA":
        t, prov, fl = ch(D["towns"])
        n = "%d %s" % (rng.randint(10, 4800), st)
        if unit or chance(0.3):
            n = "%d-%s" % (rng.randint(101, 2808), n)
        return n + sep + "%s %s  %s" % (t, prov, ca_pc(fl)) if not oneline else n + ", %s, %s %s" % (t, prov, ca_pc(fl))
    if loc == "fr":
        t, pc = ch(D["towns"])
        n = ch(["%d" % rng.randint(1, 140), "%d bis" % rng.randint(1, 60), "%d ter" % rng.randint(1, 30)])
        pre = ch(["", "", "Appt %d, " % rng.randint(2, 48), "Bât. B, "]) if oneline else ch(["", "Résidence les Acacias, bât. C\n"])
        return pre + "%s %s" % (n, st) + sep + "%s %s" % (pc, t.upper() if not oneline else t)
    if loc == "de":
        t, pc = ch(D["towns"])
        n = ch(["%d" % rng.randint(1, 180), "%d%s" % (rng.randint(1, 90), ch("ab")), "%d %s" % (rng.randint(1, 90), ch("ab"))])
        return "%s %s" % (st, n) + sep + "%s %s" % (pc, t)
    if loc == "es":
        t, pc = ch(D["towns"])
        n = "%s %d" % (st, rng.randint(1, 120))
        if chance(0.6):
            n += ch([", %dº %s" % (rng.randint(1, 7), ch(["izda.", "dcha.", "A", "B", "C"])), ", bajo", ", ático 2"])
        return n + sep + "%s %s" % (pc, t)
    if loc == "it":
        t, pc, pr = ch(D["towns"])
        n = "%s %d" % (st, rng.randint(1, 260))
        if chance(0.3):
            n += ch([", int. %d" % rng.randint(1, 20), ", scala B"])
        return n + sep + "%s %s %s" % (pc, t, ch([pr, "(%s)" % pr]))
    if loc == "nl":
        t, pc = ch(D["towns"])
        n = "%s %s" % (st, ch(["%d" % rng.randint(1, 300), "%d-%s" % (rng.randint(1, 200), ch(["I", "II", "III", "hs", "bis"])),
                               "%d%s" % (rng.randint(1, 120), ch("ABC"))]))
        return n + sep + "%s %s" % (pc, t)
    if loc == "pt-BR":
        t, uf, cep, bairro = ch(D["towns"])
        n = "%s, %d" % (st, rng.randint(10, 2900))
        if chance(0.5):
            n += ch([", apto %d" % rng.randint(11, 182), ", casa 2", ", bloco B apto %d" % rng.randint(11, 90)])
        if oneline:
            return n + ch([" – %s, %s – %s, %s" % (bairro, t, uf, cep), ", %s, %s/%s, CEP %s" % (bairro, t, uf, cep)])
        return n + sep + bairro + sep + "%s - %s" % (t, uf) + sep + "CEP " + cep
    if loc == "pt-PT":
        t, pc = ch(D["towns"])
        n = "%s %d" % (st, rng.randint(1, 400))
        if chance(0.5):
            n += ch([", %d.º Esq." % rng.randint(1, 8), ", %d.º Dto." % rng.randint(1, 8), ", r/c"])
        return n + sep + "%s %s" % (pc, t)
    if loc == "sv":
        t, pc = ch(D["towns"])
        n = "%s %d%s" % (st, rng.randint(1, 90), ch(["", "", "A", "B"]))
        if chance(0.3):
            n += " lgh %d" % rng.randint(1001, 1604)
        return n + sep + "%s %s" % (pc, t)
    if loc == "da":
        t, pc = ch(D["towns"])
        n = "%s %d" % (st, rng.randint(1, 200))
        if chance(0.5):
            n += ch([", %d. tv." % rng.randint(1, 5), ", %d. th." % rng.randint(1, 5), ", st.", ", %d. sal" % rng.randint(1, 4)])
        return n + sep + "%s %s" % (pc, t)
    raise ValueError(loc)


JA_ADDR = [
    ("〒155-0031", "東京都世田谷区北沢", "Kitazawa, Setagaya-ku, Tokyo 155-0031"),
    ("〒150-0001", "東京都渋谷区神宮前", "Jingumae, Shibuya-ku, Tokyo 150-0001"),
    ("〒542-0085", "大阪府大阪市中央区心斎橋筋", "Shinsaibashisuji, Chuo-ku, Osaka 542-0085"),
    ("〒604-8005", "京都府京都市中京区恵比須町", "Ebisu-cho, Nakagyo-ku, Kyoto 604-8005"),
    ("〒460-0008", "愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya, Aichi 460-0008"),
    ("〒810-0041", "福岡県福岡市中央区大名", "Daimyo, Chuo-ku, Fukuoka 810-0041"),
    ("〒060-0061", "北海道札幌市中央区南一条西", "Minami 1-jo Nishi, Chuo-ku, Sapporo, Hokkaido 060-0061"),
    ("〒231-0023", "神奈川県横浜市中区山下町", "Yamashita-cho, Naka-ku, Yokohama, Kanagawa 231-0023"),
]


def ja_addr(romaji=False, fullwidth=False):
    pc, kan, rom = ch(JA_ADDR)
    n = "%d-%d-%d" % (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25))
    bld = ch(["", "", " コーポ桜%d" % rng.randint(101, 405), " メゾン緑が丘%d号室" % rng.randint(101, 305)])
    if romaji:
        pre = ch(["", "Room %d, " % rng.randint(101, 905)])
        return pre + n + " " + rom + ch(["", ", Japan"])
    if fullwidth:
        n = n.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    return pc + ch([" ", ""]) + kan + n + bld


def phone(loc, kind=None):
    kind = kind or ch(["mob", "mob", "land", "intl"])
    r = lambda n: digits(n)
    if loc in ("en-US", "en-CA"):
        ac = ch(["503", "512", "614", "919", "608", "208", "520", "912", "802", "509", "518", "720", "828", "402", "401"]) \
            if loc == "en-US" else ch(["416", "647", "604", "778", "514", "438", "403", "613", "902", "204", "306"])
        a, b = str(rng.randint(200, 989)), r(4)
        fm = ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s", "+1 (%s) %s-%s"])
        s = fm % (ac, a, b)
        if kind == "land" and chance(0.4):
            s += ch([" ext. %d" % rng.randint(2, 450), " x%d" % rng.randint(10, 99), " ext %d" % rng.randint(100, 999)])
        return s
    if loc == "en-GB":
        if kind == "mob":
            m = "07" + ch(["700 900", "911", "723", "812", "984", "456"])
            rest = r(10 - len(m.replace(" ", "")) + 1) if False else None
            n = "07%s%s" % (ch(["7", "8", "9", "4", "5"]), r(8))
            return ch(["%s %s" % (n[:5], n[5:]), "+44 %s %s" % (n[1:5], n[5:]), "%s %s %s" % (n[:5], n[5:8], n[8:])])
        if kind == "intl":
            return "+44 (0)%s %s %s" % (ch(["20", "113", "117", "161", "131", "141"]), r(3) if True else "", r(4))
        return ch(["020 79%s %s" % (r(2), r(4)), "0113 496 %s" % r(4), "0117 %s %s" % (r(3), r(4)),
                   "(0161) %s %s" % (r(3), r(4)), "0131 %s %s" % (r(3), r(4)), "01904 %s" % r(6),
                   "028 90%s %s" % (r(2), r(4))])
    if loc == "en-IE":
        if kind in ("mob", "intl"):
            p = ch(["83", "85", "86", "87", "89"])
            return ch(["0%s %s %s" % (p, r(3), r(4)), "+353 %s %s %s" % (p, r(3), r(4)), "0%s-%s" % (p, r(7))])
        return ch(["(01) %s %s" % (r(3), r(4)), "021 %s %s" % (r(3), r(4)), "091 %s %s" % (r(3), r(3)), "+353 1 %s %s" % (r(3), r(4))])
    if loc == "en-AU":
        if kind in ("mob", "intl"):
            n = "04" + r(8)
            return ch(["%s %s %s" % (n[:4], n[4:7], n[7:]), "+61 %s %s %s" % (n[1:4], n[4:7], n[7:]), n])
        return ch(["(02) %s %s" % (r(4), r(4)), "03 %s %s" % (r(4), r(4)), "(07) %s %s" % (r(4), r(4)), "+61 8 %s %s" % (r(4), r(4))])
    if loc == "fr":
        p = ch(["06", "07"]) if kind != "land" else ch(["01", "02", "03", "04", "05"])
        g = [p] + [r(2) for _ in range(4)]
        if kind == "intl" or chance(0.25):
            return ch(["+33 %s %s" % (p[1], " ".join(g[1:])), "+33 (0)%s %s" % (p[1], " ".join(g[1:]))])
        return ch([" ".join(g), ".".join(g)])
    if loc == "de":
        if kind in ("mob", "intl"):
            p = ch(["151", "160", "170", "171", "176", "157"])
            return ch(["0%s %s" % (p, r(7)), "+49 %s %s" % (p, r(7)), "0%s / %s %s" % (p, r(3), r(4)), "+49 (0)%s %s" % (p, r(8))])
        return ch(["030 %s" % r(8), "(0221) %s %s" % (r(3), r(3)), "040 / %s-%s" % (r(4), r(3)), "089 %s %s %s" % (r(2), r(2), r(3)),
                   "+49 341 %s-%s" % (r(5), r(2))])
    if loc == "es":
        if kind in ("mob", "intl"):
            p = ch(["6", "7"]) + r(2)
            return ch(["%s %s %s" % (p, r(3), r(3)), "+34 %s %s %s %s" % (p, r(2), r(2), r(2)), "%s%s" % (p, r(6))])
        return ch(["91 %s %s %s" % (r(3), r(2), r(2)), "93 %s %s %s" % (r(3), r(2), r(2)), "954 %s %s" % (r(3), r(3))])
    if loc == "it":
        if kind in ("mob", "intl"):
            p = ch(["333", "347", "328", "340", "392", "366"])
            return ch(["%s %s %s" % (p, r(3), r(4)), "+39 %s %s" % (p, r(7)), "%s/%s" % (p, r(7)), "+39 %s %s %s" % (p, r(3), r(4))])
        return ch(["02 %s %s" % (r(4), r(4)), "055 %s" % r(6), "081 %s %s" % (r(3), r(4)), "06 %s %s" % (r(4), r(4))])
    if loc == "nl":
        if kind in ("mob", "intl"):
            n = r(8)
            return ch(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "+31 6 %s" % n, "+31 (0)6 %s %s" % (n[:4], n[4:])])
        return ch(["020-%s" % r(7), "030 %s %s" % (r(3), r(4)), "010 %s %s" % (r(3), r(4)), "+31 50 %s %s" % (r(3), r(4))])
    if loc == "pt-BR":
        ddd = ch(["11", "21", "31", "41", "51", "81", "71", "85"])
        if kind in ("mob", "intl"):
            return ch(["(%s) 9%s-%s" % (ddd, r(4), r(4)), "+55 %s 9%s-%s" % (ddd, r(4), r(4)), "+55 (%s) 9 %s %s" % (ddd, r(4), r(4))])
        return "(%s) %s-%s" % (ddd, str(rng.randint(2, 5)) + r(3), r(4))
    if loc == "pt-PT":
        if kind in ("mob", "intl"):
            p = ch(["91", "92", "93", "96"])
            return ch(["%s%s %s %s" % (p, r(1), r(3), r(3)), "+351 %s%s %s %s" % (p, r(1), r(3), r(3))])
        return ch(["21 %s %s" % (r(3), r(4)), "22 %s %s" % (r(3), r(4)), "239 %s %s" % (r(3), r(3))])
    if loc == "sv":
        if kind in ("mob", "intl"):
            p = ch(["70", "72", "73", "76"])
            return ch(["0%s-%s %s %s" % (p, r(3), r(2), r(2)), "+46 %s %s %s %s" % (p, r(3), r(2), r(2)), "0%s %s %s %s" % (p, r(3), r(2), r(2))])
        return ch(["08-%s %s %s" % (r(3), r(3), r(2)), "031-%s %s %s" % (r(2), r(2), r(2)), "040-%s %s" % (r(3), r(3))])
    if loc == "da":
        g = [ch(["20", "22", "26", "28", "30", "31", "40", "42", "50", "60"])] + [r(2) for _ in range(3)]
        return ch([" ".join(g), "+45 " + " ".join(g), "+45 " + "".join(g), "".join(g)])
    if loc == "ja":
        if kind in ("mob", "intl"):
            p = ch(["090", "080", "070"])
            s = ch(["%s-%s-%s" % (p, r(4), r(4)), "+81 %s-%s-%s" % (p[1:], r(4), r(4)), "%s %s %s" % (p, r(4), r(4))])
        else:
            nz = str(rng.randint(2, 9))
            s = ch(["03-%s%s-%s" % (nz, r(3), r(4)), "06-%s%s-%s" % (nz, r(3), r(4)), "075-%s%s-%s" % (nz, r(2), r(4)),
                    "052-%s%s-%s" % (nz, r(2), r(4))])
        return s
    raise ValueError(loc)


# --------------------------------------------------------------------------------------------
# things named like people (never labelled PERSON)
# --------------------------------------------------------------------------------------------

_NL = {"flag": False}


def N(s):
    """mark that the current sample holds something named like a person"""
    _NL["flag"] = True
    return s


PROD_NAMES = ["Margot", "Harper", "Ellis", "Florence", "Audrey", "Hugo", "Mabel", "Otis", "Juno", "Iris", "Felix",
              "Coco", "Ada", "Stella", "Arlo", "Freya", "Winston", "Bertie", "Nell", "Rosalind", "Edie", "Clement",
              "Dolores", "Vivienne", "Teddy", "Sylvie", "Agnes", "Ottilie", "Rufus", "Greta", "Lionel", "Maude"]
GARMENTS = ["midi dress", "wrap skirt", "chore jacket", "cable cardigan", "trench coat", "slip dress", "wide-leg trouser",
            "linen shirt", "puffer gilet", "ankle boot", "crossbody bag", "tote", "jumpsuit", "mac", "loafer"]
FURNITURE = ["3-seater", "corner sofa", "armchair", "sideboard", "bed frame", "dining table", "footstool",
             "2.5-seater", "bookcase", "chaise", "ottoman bed", "bar stool"]
COLOURWAYS = ["oat", "moss", "Clementine", "Hazel", "Olive", "Ruby", "Violet", "Jade", "Ginger", "Amber", "Rosie",
              "Pearl", "ink", "terracotta", "Sienna", "Willow", "Coral", "Scarlett", "Heather", "Sage"]
PERFUMES = ["Eau de Juliette", "Oscar No. 3", "Madame Lou", "Sir Reginald", "Penelope at Dusk", "Beatrix Noir",
            "Henri Absolu", "Little Edith", "Dear Clementine", "Lola Blanc"]
LIPSTICKS = ["Dolores", "Bettina Red", "Kiki", "Lady Viv", "Honey Hattie", "Rita Rouge", "Big Sue", "Marguerite",
             "Aunt Dot", "Cherry Charlotte"]
PAINTS = ["Florence Grey", "Agnes Green", "Lady Anne Pink", "Mr Darcy Blue", "Edith's Linen", "Hortense White",
          "Old Tom Ochre", "Cousin Jack Teal", "Miss Havisham Cream", "Wilfred Brown", "Dorothy Sage"]
DISHES = ["Beef Wellington", "Eggs Benedict", "Caesar salad", "Peach Melba", "Pavlova", "Crêpes Suzette",
          "Oysters Rockefeller", "Chicken à la King", "Tournedos Rossini", "Beef carpaccio", "Pizza Margherita",
          "Waldorf salad", "Beef Stroganoff", "Sachertorte", "Battenberg", "Tarte Tatin", "Garibaldi biscuits",
          "Apple Charlotte", "Bircher muesli", "Lamington"]
DRINKS = ["Bellini", "Tom Collins", "Rob Roy", "Bloody Mary", "Shirley Temple", "Arnold Palmer", "Negroni",
          "Harvey Wallbanger", "Earl Grey", "Rossini", "Tom & Jerry", "John Collins", "Mary Pickford"]
SUITES = ["the Ada Lovelace Suite", "the Brontë Room", "Suite Colette", "the Virginia Room", "the Churchill Suite",
          "the Austen Loft", "the Darwin Room", "the Lady Gregory Suite", "the Wilde Room", "the Nightingale Suite"]
BOATS = ["Lady Margaret", "Betsy Jane", "Miss Molly", "Queen Mab", "Eleanor Rose", "Dear Prudence", "Auntie Joan",
         "Little Fred", "Mary Ellen II", "Bonnie Jean"]
HORSES = ["Mister Tobias", "Lady Penelope Blue", "Sir Gawain Rocks", "Dolly's Dream", "Captain Percy",
          "Hattie's Hope", "Uncle Bertie", "Madame Tussaud", "King Rollo", "Rosie Lee", "Dancing Dennis", "Bold Brenda"]
PETS = ["Biscuit", "Winston", "Mabel", "Dexter", "Doris", "Luna", "Gerald", "Pickle", "Alfie", "Marmaduke",
        "Stanley", "Bella", "Reggie", "Nora", "Hank", "Percy", "Olive", "Otto", "Bruno", "Daisy"]
ROSES = ["Gertrude Jekyll", "Lady Emma Hamilton", "Princess Anne", "Munstead Wood", "Olivia Rose Austin",
         "Desdemona", "Boscobel", "Darcey Bussell", "Queen of Sweden", "Roald Dahl", "Emily Brontë", "Harlow Carr",
         "Claire Austin", "Lady of Shalott", "Kew Gardens", "Tess of the d'Urbervilles"]
SHOPS = ["Harrington & Daughters", "Walter & Sons", "Ottoline Interiors", "Barnaby's Deli", "Maison Colette",
         "Nonna Rosa", "Mabel & Finch", "Oscar Rowe Outfitters", "Aunt Bessie's Pantry", "Hattie Bloom Florist",
         "Percival Pike", "Jasper & June", "Mr Whippy's"]
BRANDS = ["Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Ted Baker", "Paul Smith", "Laura Ashley",
          "Jo Malone", "Marks & Spencer", "John Lewis", "Ben & Jerry's", "Tim Hortons", "Harvey Norman",
          "David Jones", "Jack Wolfskin", "Sainsbury's", "Dunnes Stores", "Vivienne Westwood", "Peter Hahn"]
PERSONAS = ["Busy Beth", "Weekend Will", "Sustainable Sam", "Budget Brian", "Grandma Gwen", "Commuter Kate",
            "Student Sid", "Foodie Fiona", "DIY Dave", "New-Mum Nadia", "Festival Freddie"]
AWARDS = ["the Delia Award for Home Baking", "the Golden Whisk", "the Barnaby Prize for Craft",
          "the Florence Medal", "the Margaret Fell Community Award", "the Silver Ottoline"]

STAFF_ROLES = ["Customer Care", "Store Manager", "Assistant Manager", "Visual Merchandiser", "Head Chef",
               "Front of House", "Duty Manager", "Guest Relations", "E-commerce Team", "Floor Supervisor"]


def prod(kind="garment"):
    n = ch(PROD_NAMES)
    if kind == "garment":
        return n, "the %s %s" % (n, ch(GARMENTS))
    return n, "the %s %s" % (n, ch(FURNITURE))


# --------------------------------------------------------------------------------------------
# kinds
# --------------------------------------------------------------------------------------------

KINDS = []


def kind(name, count, nopii=False):
    def deco(fn):
        KINDS.append((name, count, nopii, fn))
        return fn
    return deco


_PH_RE = re.compile(r"\{(\w+)\}")


def fill(d, tmpl, **kw):
    """emit a template piece by piece; kw values are plain strings or (TYPE, value) tuples"""
    pos = 0
    for m in _PH_RE.finditer(tmpl):
        d(tmpl[pos:m.start()])
        d(kw[m.group(1)])
        pos = m.end()
    d(tmpl[pos:])
    return d


def sig(d, loc, name, role=None, company=None, phone_kind="land", with_mail=True, domain=None):
    d("\n\n", ch(["Kind regards,", "Thanks,", "Best,", "Cheers,", "Many thanks,", "All the best,"]), "\n", P(name), "\n")
    if role:
        d(role + (" | " + company if company else ""), "\n")
    if chance(0.7):
        d(ch(["T: ", "Tel ", "Phone: ", "M "]), PH(phone(loc, phone_kind)), "\n")
    if with_mail and domain:
        f, l = name.split(" ")[0], name.split(" ")[-1]
        d(EM(work_email(f, l, domain)))


@kind("sofa_review_owner_reply_thread", 6)
def k_sofa_review(i):
    loc = en_loc()
    d = Doc()
    f, l = first(loc), last(loc)
    pname = ch(PROD_NAMES)
    pdesc = "the %s %s" % (pname, ch(["3-seater", "corner sofa", "armchair", "chaise", "2.5-seater", "footstool"]))
    colour = ch(COLOURWAYS)
    stars = rng.randint(1, 5)
    disp = ch(["%s %s." % (f, l[0]), "%s %s" % (f, l), f, "%s %s" % (f.upper(), l.upper())])
    N(pname)
    d("★" * stars + "☆" * (5 - stars) + "  ", pdesc.replace("the ", "The ", 1), " in ", colour, "\n")
    d("Reviewed by ", P(disp), " · ", L(town(loc)), " · Verified buyer\n\n")
    other = ch([first(loc), "%s %s" % (first(loc), last(loc))])
    t = ch([
        "Took nine weeks to arrive but honestly worth it. The {c} fabric is softer than the swatch and my partner {p} has already claimed the left end. Only gripe: the cushions flatten if you don't plump them daily.",
        "Ordered the {n} after sitting on it in the showroom. Delivery men were great, but one leg was scuffed. {p} from your team sorted a touch-up kit within two days, so keeping four stars.",
        "Don't buy the {c}. It pills. We have a cat (Pickle, not a scratcher) and it still looks tired after a month. Asked for {p} the manager when I rang and nobody called back.",
        "Bought it to replace our old {b} sofa. Deep seats, {c} is a lovely warm shade. My dad {p} fell asleep on it within ten minutes of it arriving, which says it all.",
        "Same frame as the {n2} but the arms are slimmer. {c} matches the {paint} walls perfectly. Would buy again.",
    ])
    fill(d, t, c=colour, n=pname, b=ch(BRANDS), p=P(other), n2=ch(PROD_NAMES), paint=ch(PAINTS))
    staff = first(loc)
    d("\n\n", ch(["Response from the shop", "Reply from " + ch(SHOPS), "Store response"]), ":\n")
    d(ch(["Hi ", "Dear ", "Thanks so much, "]), P(f), ch([", ", " - "]),
      ch(["thanks for taking the time to review the ", "we're sorry about the wait for your ", "glad you're enjoying the "]),
      pname, ". ")
    r = rng.randrange(3)
    if r == 0:
        d("If the cushions need re-filling just reply here with your order number. ")
    elif r == 1:
        d("Please email ", EM("care@" + ch(["harringtonhome.co.uk", "ottoline.com", "sofaworks.ie"])), " so we can book a repair. ")
    else:
        d("We've passed your photos to our upholstery team in ", L(town(loc)), ". ")
    d("- ", P(staff), ch([", Customer Care", " (Customer Care)", " @ " + ch(SHOPS)]))
    return loc, d


@kind("checkout_gift_note_printout", 6)
def k_gift_note(i):
    loc = en_loc()
    d = Doc(case=ch([None, None, "upper"]))
    to_f, fr_f = rng.sample(LOC[loc]["first"], 2)
    pname, pdesc = prod()
    N(pname)
    d("------ GIFT MESSAGE (printed on card, no prices) ------\n")
    d("Order #", "%s-%d" % (ch(["WEB", "GB", "US", "AU"]), rng.randint(100000, 999999)), "   Packed by: ", P(first(loc)), "\n")
    d("Deliver to: ", P(to_f + " " + last(loc)), "\n", A(addr(loc, oneline=False)), "\n\n")
    t = ch([
        "Dear {to}, happy 40th! I know you said no fuss but the {p} in {c} had your name all over it. Love always, {fr} x",
        "{to} - congrats on the new job!! Wear the {p} to your first Monday. From {fr} and {fr2} (and Biscuit the dog)",
        "To my darling {to}, for our anniversary. Not the {p} you pointed at in {town} but close enough. {fr}",
        "Get well soon {to}. Mum says the {perf} is the one you like. Big hugs, {fr}",
    ])
    fill(d, t, to=P(to_f), p=pname + " " + ch(GARMENTS), c=ch(COLOURWAYS), fr=P(fr_f), fr2=P(first(loc)),
         town=L(town(loc)), perf=N(ch(PERFUMES)))
    d("\n-------------------------------------------------------")
    return loc, d


@kind("size_exchange_request_email", 6)
def k_size_exchange(i):
    loc = en_loc()
    d = Doc()
    f, l = first(loc), last(loc)
    pname = ch(PROD_NAMES)
    N(pname)
    d("From: ", P(f + " " + l), " <", EM(email(loc, f, l)), ">\n")
    d("To: returns@", ch(["mabelandfinch.com", "oscarrowe.co.uk", "junoandco.com.au"]), "\n")
    d("Subject: Swap ", pname, " ", ch(["size 12 for 10", "M for S", "UK 6 for UK 7", "US 8 for 6"]), " please\n\n")
    d("Hi there,\n\n")
    t = ch([
        "I ordered the {p} {g} in {c} for my sister {s} and it swamps her. Could you send the smaller size to the same address and I'll drop the big one at your {town} store? Address again in case: {a}.",
        "The {p} {g} came up huge. I'd like to exchange, not refund. Please send the replacement to my work instead: {a}. Ask for me at reception or for {s}.",
        "Bit embarrassing but I bought two {p} {g}s by mistake, one {c} and one {c2}. Keeping the {c2}. Can the courier collect the other from {a}? Mobile {ph} if they get lost, it's a tricky building.",
    ])
    fill(d, t, p=pname, g=ch(GARMENTS), c=ch(COLOURWAYS), c2=ch(COLOURWAYS), s=P(first(loc)), town=L(town(loc)),
         a=A(addr(loc)), ph=PH(phone(loc, "mob")))
    d("\n\nThanks,\n", P(f), "\n", ch(["", "Sent from my iPhone"]))
    return loc, d


@kind("click_collect_pickup_slip", 6)
def k_click_collect(i):
    loc = en_loc()
    d = Doc(case=ch([None, "upper"]))
    store = town(loc)
    cust = full(loc)
    d("CLICK & COLLECT · READY FOR PICKUP\n")
    d("Store: ", L(store), " – ", ch(["High St", "Retail Park", "Westfield", "Mall Level 2"]), "\n")
    d("Order: CC", digits(8), "   Bay: ", ch("ABCDE"), str(rng.randint(1, 40)), "\n")
    d("Customer: ", P(cust), "\n")
    if chance(0.5):
        d("Mobile: ", PH(phone(loc, "mob")), "\n")
    else:
        d("Email: ", EM(email(loc, cust.split()[0], cust.split()[-1])), "\n")
    pname = ch(PROD_NAMES)
    N(pname)
    d("Items: 1x ", pname, " ", ch(GARMENTS), " (", ch(COLOURWAYS), "), 1x ", ch(PROD_NAMES), " ", ch(["scarf", "belt", "beanie", "socks 3pk"]), "\n")
    if chance(0.6):
        d("Collecting on behalf: ", P(full(loc)), " (ID + order email required)\n")
    d("Picked by: ", P(first(loc)), "   Checked by: ", P(ch([first(loc), first(loc) + " " + last(loc)[0] + "."])), "\n")
    d("Uncollected after 14 days → return to stock")
    return loc, d


@kind("rewards_club_signup_json", 6)
def k_rewards_json(i):
    loc = en_loc()
    d = Doc()
    f, l = first(loc), last(loc)
    d('{\n  "source": "', ch(["pos_tablet", "web", "app"]), '",\n  "store": "', L(town(loc)), '",\n')
    d('  "member": {\n    "first_name": "', P(f), '",\n    "last_name": "', P(l), '",\n')
    d('    "email": "', EM(email(loc, f, l)), '",\n    "mobile": "', PH(phone(loc, "mob")), '",\n')
    d('    "postal_address": "', A(addr(loc)), '",\n')
    d('    "birthday": "', "%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), '"\n  },\n')
    fav = ch(PROD_NAMES)
    N(fav)
    d('  "favourite_range": "', fav, ' ', ch(["Collection", "Edit", "Essentials"]), '",\n')
    d('  "signed_up_by_staff": "', P(ch([first(loc), first(loc) + " " + last(loc)[0]])), '",\n')
    d('  "ip": "', IP(ch([ipv4(), ipv6()])), '",\n  "consent_sms": ', ch(["true", "false"]), "\n}")
    return loc, d


@kind("host_stand_waitlist_sms", 6)
def k_waitlist_sms(i):
    loc = en_loc()
    d = Doc()
    rest = ch(["Nonna Rosa", "Barnaby's Deli", "The Wellington Arms", "Casa Lucia", "Mabel's Kitchen", "The Earl Grey Tea Rooms"])
    N(rest)
    d("[waitlist export – ", rest, " – ", ch(["Fri", "Sat", "Sun"]), " lunch]\n")
    for _ in range(rng.randint(3, 5)):
        nm = ch([first(loc), full(loc), last(loc)])
        d(ch(["12:", "13:", "19:", "20:"]), "%02d" % rng.randint(0, 59), "  party of ", str(rng.randint(2, 9)), "  ",
          P(nm), "  ", PH(phone(loc, "mob")), "  ")
        d(ch(["→ SMS sent: 'Hi {n}, your table at {r} is ready!'", "quoted 25 min", "no show", "wants booth",
              "highchair", "seated 13:40", "left before seated"]).replace("{r}", rest).split("{n}")[0])
        last_txt = d.text()
        if last_txt.endswith("'Hi "):
            d(P(nm.split()[0]), ", your table at ", rest, " is ready!'")
        d("\n")
    d("host: ", P(first(loc)))
    return loc, d


@kind("covers_diary_csv", 6)
def k_covers_csv(i):
    loc = en_loc()
    d = Doc()
    d("time,covers,name,phone,table,notes\n")
    notes_pool = ["nut allergy", "birthday – candle in the Peach Melba", "regulars, want the Churchill booth",
                  "pre-ordered 2x Beef Wellington", "high chair", "dog friendly table (dog = Reggie)",
                  "anniversary, bottle of Bellini on arrival", "wheelchair access", "", "asked for Chef", "celebrating w/ "]
    for _ in range(rng.randint(4, 6)):
        nm = ch([full(loc), last(loc), "%s %s" % (ch(["Mr", "Mrs", "Ms", "Dr"]), last(loc))])
        d("%d:%s," % (rng.choice([12, 13, 18, 19, 20, 21]), ch(["00", "15", "30", "45"])), str(rng.randint(2, 12)), ",")
        if nm[:3] in ("Mr ", "Mrs", "Ms ", "Dr "):
            t, s = nm.split(" ", 1)
            d(t, " ", P(s))
        else:
            d(P(nm))
        d(",", PH(phone(loc)), ",T", str(rng.randint(1, 24)), ",")
        n = ch(notes_pool)
        if any(x in n for x in ["Peach Melba", "Churchill", "Wellington", "Reggie", "Bellini"]):
            N(n)
        if n == "celebrating w/ ":
            d('"celebrating w/ ', P(full(loc)), '"')
        elif "," in n:
            d('"', n, '"')
        else:
            d(n)
        d("\n")
    return loc, d


@kind("florist_bouquet_ticket", 6)
def k_florist(i):
    loc = en_loc()
    d = Doc(case=ch([None, None, "lower"]))
    shop = ch(["Hattie Bloom Florist", "Percival Pike Flowers", "Mabel & Finch", "The Gertrude Stem"])
    N(shop)
    d(shop, " – order ticket\n")
    d("bouquet: ", ch(["hand-tied, 20x", "vase arrangement, 12x", "posy, 9x"]), " '", N(ch(ROSES)), "' roses + eucalyptus\n")
    d("ordered by: ", P(full(loc)), " / ", PH(phone(loc)), "\n")
    d("deliver to: ", P(full(loc)), "\n", A(addr(loc, oneline=ch([True, False]))), "\n")
    d("card: \"", ch(["Sorry I forgot. Again. ", "Happy Mother's Day ", "Thinking of you, ", "Break a leg tonight "]))
    d(P(first(loc)), ch(["! ", ". "]), "Love ", P(first(loc)), "\"\n")
    d("if out: ", ch(["leave with neighbour at no. ", "leave in porch, NOT with no. "]), str(rng.randint(1, 90)), "\n")
    d("taken by ", P(first(loc)), ch([" (phone)", " (walk-in)", " (website)"]))
    return loc, d


@kind("celebration_cake_docket", 6)
def k_cake(i):
    loc = en_loc()
    d = Doc()
    cake = ch(["Victoria sponge", "Battenberg", "Sachertorte", "Pavlova", "Lamington stack", "Black Forest gâteau"])
    N(cake)
    f = first(loc)
    d("CAKE DOCKET ", str(rng.randint(400, 999)), "\n")
    d("Cake: ", cake, ", ", ch(["8 inch", "10 inch", "2 tier", "sheet, serves 40"]), "\n")
    d("Piping: \"", ch(["Happy 7th Birthday ", "Congratulations ", "Welcome home ", "Good luck "]), P(ch([first(loc), f.upper()])), "\"\n")
    d("Topper: ", ch(["edible photo of our dog Biscuit", "number 7 candle", "no topper", "figurines of the couple"]), "\n")
    d("Customer: ", P(full(loc)), "   Tel ", PH(phone(loc)), "\n")
    if chance(0.5):
        d("Collect from: ", L(town(loc)), " shop, ", ch(["Sat 10am", "Fri after 3", "Thurs 9:30"]), "\n")
    else:
        d("Deliver: ", A(addr(loc)), "\n")
    d("Deposit: paid, card ending ", digits(4), "\n")
    d("Baker: ", P(first(loc)), "   Decorated by: ", P(first(loc)))
    return loc, d


@kind("launch_party_door_list_md", 6)
def k_door_list(i):
    loc = en_loc()
    d = Doc()
    coll = ch(PROD_NAMES)
    N(coll)
    d("## Door list – The ", coll, " Collection launch, ", L(town(loc)), " flagship\n\n")
    d("| Guest | +1 | Contact | Notes |\n|---|---|---|---|\n")
    for _ in range(rng.randint(4, 6)):
        d("| ", P(full(loc)), " | ")
        d(P(first(loc)) if chance(0.4) else "–", " | ")
        d(EM(email(loc)) if chance(0.5) else PH(phone(loc, "mob")), " | ")
        d(ch(["press", "VIP, seat near the " + coll + " mannequins", "bringing photographer", "influencer, @" + fold(first(loc)) + "styles",
              "staff friend", "no alcohol", "wears the " + ch(PROD_NAMES) + " coat"]), " |\n")
    d("\nDoor: ", P(first(loc)), " & ", P(first(loc)), ". Sponsor: ", ch(BRANDS), " Prosecco bar.")
    return loc, d


@kind("handmade_market_buyer_thread", 6)
def k_market_thread(i):
    loc = en_loc()
    d = Doc()
    seller = ch(["ClementineClayWorks", "OttoAndIvyPrints", "MaudeMakesCandles", "BertieBrassCo", "HarperHomeKnits"])
    N(seller)
    bf, bl = first(loc), last(loc)
    sf = first(loc)
    d("Conversation with ", seller, "\n\n")
    d(P(bf), ": hi! is the '", ch(["Agnes", "Rufus", "Edie", "Lionel"]), "' mug still available in the speckled glaze?\n")
    d(seller, ": Hi ", P(bf), ", yes one left. It's named after my nan's cat haha. Want it gift wrapped?\n")
    d(P(bf), ": yes please, it's for my boss ", P(ch([first(loc), full(loc)])), ". can you ship to my office instead? ")
    d(A(addr(loc)), "\n")
    d(seller, ": No problem. I'll post Monday. If the courier needs you, what number?\n")
    d(P(bf), ": ", PH(phone(loc, "mob")), "\n")
    d(seller, ": Lovely, thanks! ", P(sf), " x\n")
    if chance(0.45):
        d(P(bf), ": oh and the checkout keeps failing, can I just give you my card? ", CC(card(style=ch(["space", "plain"]))), " exp ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30)), "\n")
        d(seller, ": Please don't send card numbers here! I've deleted it from my notes, try PayPal instead x\n")
    if chance(0.5):
        d("[System] Payment from ", P(bf + " " + bl), " received. Reminder: never share card details in messages.")
    return loc, d


@kind("suite_minibar_folio", 6)
def k_folio(i):
    loc = en_loc()
    d = Doc()
    suite = ch(SUITES)
    N(suite)
    g = full(loc)
    hotel = ch(["The Beaumont Lodge", "Harrington House Hotel", "Ottoline Rooms", "The Wilde Hotel"])
    d(hotel, "\nGuest folio\n\n")
    d("Guest: ", ch(["Ms ", "Mrs ", "Dr ", ""]) if g.split()[0] in FEM else ch(["Mr ", "Dr ", ""]), P(g), "\n")
    d("Room: ", suite[0].upper() + suite[1:], " (", str(rng.randint(101, 512)), ")\n")
    d("Address on file: ", A(addr(loc)), "\n")
    d("Arr ", "%02d/%02d" % (rng.randint(1, 28), rng.randint(1, 12)), "  Dep ", "%02d/%02d" % (rng.randint(1, 28), rng.randint(1, 12)), "\n\n")
    items = [("Room charge", 189), (ch(DRINKS) + " x2", 24), (ch(DISHES) + " (room service)", 31),
             ("Minibar – " + ch(["Ben & Jerry's", "Tim Hortons cookies", "crisps"]), 6), ("Dry cleaning – " + ch(PROD_NAMES) + " blazer", 18)]
    for it, amt in rng.sample(items, 4):
        d("%-42s %7.2f\n" % (it, amt + rng.random() * 10))
    d("\nPaid: ", ch(["Visa", "Mastercard", "Amex"]), " ****", digits(4), "\n")
    d("Checked out by: ", P(first(loc)), " (front desk)\n")
    if chance(0.5):
        d("Guest e-mail for invoice: ", EM(email(loc, g.split()[0], g.split()[-1])))
    return loc, d


@kind("parcel_exception_scan_notes", 6)
def k_parcel_exc(i):
    loc = en_loc()
    d = Doc(case=ch([None, "upper"]))
    d("EXCEPTION LOG  route ", ch("ABCDEFG"), str(rng.randint(10, 99)), "  driver ", P(first(loc) + " " + last(loc)[0]), "\n")
    for _ in range(rng.randint(2, 4)):
        d("- ", "TRK", digits(10), " | ")
        r = rng.randrange(4)
        if r == 0:
            d("addressee ", P(full(loc)), " not known at ", A(addr(loc)), "; neighbour ", P(first(loc)), " refused")
        elif r == 1:
            d("card left, customer rang ", PH(phone(loc, "mob")), " asked redeliver to ", A(addr(loc)))
        elif r == 2:
            pet = ch(PETS)
            N(pet)
            d("dog loose in garden (tag says '", pet, "'), not delivering. recipient ", P(full(loc)))
        else:
            d("parcel for ", ch(SHOPS), " store ", L(town(loc)), " – closed, dock shut")
        d("\n")
    return loc, d


@kind("vendor_contacts_tsv", 6)
def k_vendor_tsv(i):
    loc = en_loc()
    d = Doc()
    d("supplier\tcategory\tcontact\trole\tphone\temail\n")
    sups = [("Walter & Sons", "walterandsons.co.uk"), ("Oscar Rowe Outfitters", "oscarrowe.com"),
            ("Maison Colette", "maisoncolette.fr"), ("Nonna Rosa Foods", "nonnarosa.it"), ("Jasper & June", "jasperjune.com.au"),
            ("Hattie Bloom Wholesale", "hattiebloom.ie"), ("Percival Pike Ltd", "percivalpike.co.uk"), ("Agnes Ceramics", "agnesceramics.ca")]
    for sname, dom in rng.sample(sups, rng.randint(4, 6)):
        f, l = first(loc), last(loc)
        d(sname, "\t", ch(["linen", "ceramics", "dry goods", "packaging", "candles", "stems"]), "\t", P(f + " " + l), "\t",
          ch(["Account manager", "Sales", "Logistics", "Owner", "Credit control"]), "\t", PH(phone(loc, "land")), "\t",
          EM(work_email(f, l, dom)), "\n")
    return loc, d


@kind("instore_raffle_winners_post", 6)
def k_raffle(i):
    loc = en_loc()
    d = Doc()
    prize = ch(["a " + ch(PROD_NAMES) + " armchair", "a year of " + ch(DRINKS) + "s on us", "the " + ch(PERFUMES) + " gift set",
                "a " + ch(BRANDS) + " voucher", "dinner for two in " + ch(SUITES)])
    N(prize)
    store = town(loc)
    d(ch(["🎉 WINNERS! 🎉", "And the winners are...", "Raffle results"]), "\n")
    d("Thank you to everyone who entered our summer raffle at the ", L(store), " store. Drawn live by ")
    d(P(full(loc)), ch([" from the local hospice", ", our longest-serving staff member", " (shop manager)"]), ".\n\n")
    d("1st prize – ", prize, ": ", P(full(loc)), "\n")
    d("2nd prize – a hamper from ", ch(SHOPS), ": ", P(ch([full(loc), first(loc) + " " + last(loc)[0] + "."])), "\n")
    d("3rd prize – ", ch(HORSES), " race-day tickets: ", P(full(loc)), " of ", L(town(loc)), "\n\n")
    d("Winners, message us or call ", PH(phone(loc, "land")), " to arrange collection. Unclaimed prizes redrawn after 30 days.")
    return loc, d


@kind("pr_seeding_dispatch_csv", 6)
def k_seeding(i):
    loc = en_loc()
    d = Doc()
    d("creator,handle,ship_to,phone,item,status\n")
    for _ in range(rng.randint(3, 5)):
        f, l = first(loc), last(loc)
        item = ch(PERFUMES + LIPSTICKS + PROD_NAMES)
        N(item)
        d(P(f + " " + l), ",@", fold(f) + ch(["", "_", "."]) + ch(["style", "eats", "athome", "loves", "diaries"]), ',"', A(addr(loc)), '",',
          PH(phone(loc, "mob")), ",", item, " ", ch(["sample", "full size", "PR box", ""]).strip(), ",",
          ch(["sent", "pending", "returned", "posted ✔"]), "\n")
    return loc, d


@kind("shop_floor_incident_entry", 6)
def k_incident(i):
    loc = en_loc()
    d = Doc()
    d("INCIDENT REPORT – ", L(town(loc)), " branch\n")
    d("Reported by: ", P(full(loc)), " (", ch(["Floor Supervisor", "Security", "Sales Associate", "Duty Manager"]), ")\n")
    d("Date/time: ", "%02d/%02d/2024 %02d:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(9, 20), rng.randint(0, 59)), "\n\n")
    r = rng.randrange(3)
    if r == 0:
        d("Customer ", P(full(loc)), " slipped near the ", N(ch(PROD_NAMES)), " display by the fitting rooms. Floor had been mopped, sign was out. ")
        d("First aid given by ", P(first(loc)), ". Customer contact: ", PH(phone(loc)), ", ", A(addr(loc)), ".")
    elif r == 1:
        d("Two ", N(ch(PROD_NAMES)), " handbags (", ch(COLOURWAYS), ") removed from stand, tags cut. Suspect left towards ", L(town(loc)), " bus station. ")
        d("CCTV saved. Witness ", P(full(loc)), " (customer) gave number ", PH(phone(loc, "mob")), ". Police ref given to ", P(first(loc)), ".")
    else:
        d("Child separated from parent near the ", N(ch(["Marmaduke the Moose mascot", "Winnie's Corner play area", "Teddy Edward bear display"])), ". ")
        d("Reunited with mother ", P(full(loc)), " after 6 min. Tannoy made by ", P(first(loc)), ". No injuries.")
    d("\n\nSigned off: ", P(ch([full(loc), first(loc)])))
    return loc, d


@kind("mystery_visit_scorecard", 6)
def k_mystery(i):
    loc = en_loc()
    d = Doc()
    venue = ch(["Nonna Rosa", "The Wellington Arms", "Barnaby's Deli", "Oscar Rowe Outfitters", "Mabel & Finch", "Jasper & June"])
    N(venue)
    d("MYSTERY SHOPPER REPORT\nVenue: ", venue, ", ", L(town(loc)), "\nShopper ID: MS-", digits(5), "\n\n")
    greeter = first(loc)
    d("Greeting (8/10): greeted within 30s by a staff member whose badge read '", P(greeter), "'. ")
    d(ch(["Friendly, recommended the ", "Knew the range, suggested the ", "Slightly rushed but offered the "]))
    d(ch(DISHES + DRINKS + [ch(PROD_NAMES) + " " + ch(GARMENTS)]), ".\n")
    d("Product knowledge (6/10): asked about the ", N(ch(PROD_NAMES)), " range; ", P(greeter), " had to ask ")
    d(P(ch([first(loc), full(loc)])), ch([" the manager.", " in the stockroom.", ", who was on break."]), "\n")
    d("Till (9/10): served by ", P(first(loc)), ", offered loyalty sign-up, receipt by email.\n")
    d("Cleanliness (7/10): ", ch(["toilets fine", "fitting room 3 had hangers on floor", "spill near the Ben & Jerry's freezer"]), ".\n\n")
    d("Visit logged by field coordinator ", P(full(loc)), ", ", PH(phone(loc)))
    return loc, d


@kind("radio_ad_script_signoff", 5)
def k_ad_script(i):
    loc = en_loc()
    d = Doc()
    persona = ch(PERSONAS)
    N(persona)
    d("RADIO SCRIPT – 30s – ", ch(["Summer Sale", "Back to School", "Black Friday", "Mother's Day"]), "\n\n")
    d("SFX: shop door bell\n", persona.upper(), ": I've got ten minutes before the school run...\n")
    d("VO: Good thing ", ch(SHOPS), " is open from 7. Grab the ", ch(PROD_NAMES), " lunchbox, two for a tenner.\n")
    d(persona.upper(), ": Sorted!\nVO: ", ch(SHOPS), ". Now in ", L(town(loc)), " and ", L(town(loc)), ".\n\n")
    d("Note: ", persona, " is our fictional customer persona – do not cast a real customer.\n\n")
    d("Copy: ", P(full(loc)), "\nApproved: ", P(full(loc)), ", ", ch(["Brand Director", "Head of Marketing", "Legal"]), ", ")
    d("%02d.%02d.24" % (rng.randint(1, 28), rng.randint(1, 12)), "\nVoice talent booked via ", P(full(loc)), " at ",
      ch(["Clementine Voices", "Otis Talent", "Nell & Co Agency"]), ", ", PH(phone(loc, "land")))
    return loc, d


@kind("dog_daycare_handover_card", 5)
def k_daycare(i):
    loc = en_loc()
    d = Doc(case=ch([None, "lower"]))
    pet = ch(PETS)
    pet2 = ch(PETS)
    N(pet)
    d("PAWS & CO – handover card\n")
    d("dog: ", pet, " (", ch(["cockapoo", "lurcher", "frenchie", "staffy x", "golden retriever"]), "), pals with ", pet2, "\n")
    d("owner: ", P(full(loc)), "  ", PH(phone(loc, "mob")), "\n")
    d("emergency: ", P(full(loc)), " (", ch(["partner", "neighbour", "dog walker", "housemate"]), ") ", PH(phone(loc)), "\n")
    d("vet: ", ch(["Harrington Vets", "St Francis Animal Clinic", "Ottoline Veterinary"]), "\n")
    d("pickup: ", ch(["owner", "dog walker " , "grandad "]))
    if not d.text().endswith("owner"):
        d(P(first(loc)))
    d(" at 5.30\n", "notes: ", pet, " ate a sock on tues. do NOT give Bonios. fed by ", P(first(loc)), ".")
    return loc, d


@kind("rowing_boat_hire_ledger", 5)
def k_boats(i):
    loc = en_loc()
    d = Doc()
    d("Boat hire – ", ch(["Lakeside", "Riverside", "Harbour"]), " kiosk, ", L(town(loc)), "\n")
    d("Boat | Out | Back | Hirer | Contact | Deposit\n")
    for _ in range(rng.randint(3, 5)):
        b = ch(BOATS)
        N(b)
        d(b, " | ", "%d:%s" % (rng.randint(10, 17), ch(["00", "20", "40"])), " | ", ch(["", "%d:%s" % (rng.randint(11, 18), ch(["05", "30", "50"]))]), " | ")
        d(P(full(loc)), " | ", PH(phone(loc, "mob")), " | ", ch(["cash £20", "card", "driving licence held", "cash"]), "\n")
    d("Kiosk staff: ", P(first(loc)), "/", P(first(loc)))
    return loc, d


@kind("racecourse_box_hospitality_list", 5)
def k_racebox(i):
    loc = en_loc()
    d = Doc()
    sponsor = ch(BRANDS)
    d(ch(["Ladies Day", "Gold Cup day", "Boxing Day meet"]), " – Box 14, sponsored by ", sponsor, "\n")
    d("Hosts: ", P(full(loc)), " & ", P(full(loc)), "\n\nGuests:\n")
    for _ in range(rng.randint(3, 5)):
        d("- ", P(full(loc)), ch(["", " (veggie)", " (+ guest)", " – driving", " – owner of " + N(ch(HORSES))]), "\n")
    h = ch(HORSES)
    N(h)
    d("\nBox runs a sweepstake on the 3.15: ", h, " is favourite. Cocktail: ", ch(DRINKS), ".\n")
    d("Questions to hospitality: ", EM("boxes@" + {"en-GB": "ascothospitality.co.uk", "en-AU": "flemingtonevents.com.au", "en-IE": "leopardstownbox.ie", "en-US": "saratogaboxes.com", "en-CA": "woodbinehospitality.ca"}[loc]), " or ", P(first(loc)), " ", PH(phone(loc)))
    return loc, d


@kind("fragrance_sample_request_form", 5)
def k_fragrance(i):
    loc = en_loc()
    d = Doc()
    f, l = first(loc), last(loc)
    perf = ch(PERFUMES)
    N(perf)
    d("Sample request\n--------------\nName: ", P(f + " " + l), "\nEmail: ", EM(email(loc, f, l)), "\n")
    d("Postal address:\n", A(addr(loc, oneline=False)), "\n")
    d("Scents (pick 3): ", perf, ", ", ch(PERFUMES), ", ", ch(PERFUMES), "\n")
    d("How did you hear about us? ", ch(["My friend ", "Saw it on ", "Sales assistant "]))
    if d.text().endswith("on "):
        d(ch(["TikTok", "a billboard in "]))
        if d.text().endswith("in "):
            d(L(town(loc)))
    else:
        d(P(ch([first(loc), full(loc)])))
    d("\n", ch(["", "Comments: is " + perf + " the one that smells like my nan? lol"]))
    return loc, d


@kind("shade_mixup_complaint_chat", 5)
def k_lipstick(i):
    loc = en_loc()
    d = Doc()
    f = first(loc)
    a, b = rng.sample(LIPSTICKS, 2)
    N(a)
    agent = first(loc)
    d("Chat transcript\n")
    d(P(agent), " (agent): Hi, you're chatting with ", P(agent), ". How can I help?\n")
    d(P(f), ": hi i ordered ", a, " and got ", b, ". ", a, " is a nude, ", b, " is basically traffic-cone orange\n")
    d(P(agent), ": So sorry! Can I take the name on the order?\n")
    d(P(f), ": ", P(f + " " + last(loc)), ", postcode/zip is in the address ", A(addr(loc)), "\n")
    d(P(agent), ": Thanks ", P(f), ". I'll send ", a, " today, no need to return ", b, ". Is ", PH(phone(loc, "mob")), " still best?\n")
    if chance(0.4):
        d(P(f), ": yes. do you need the card again? it's ", CC(card(style=ch(["space", "dash", "plain"]))), "\n")
        d(P(agent), ": No need, and please don't share card details in chat – I've masked it. \n")
    d(P(f), ": ok. and tell whoever packs to stop naming shades after their aunties lol\n")
    d(P(agent), ": Ha, I'll pass that to ", P(full(loc)), " in product naming 😊")
    return loc, d


@kind("paint_tint_order_counter_slip", 5)
def k_paint(i):
    loc = en_loc()
    d = Doc(case=ch([None, "upper"]))
    paint = ch(PAINTS)
    N(paint)
    d("TINT ORDER – DIY counter\n")
    d("Colour: ", paint, " (", ch(["matt emulsion", "eggshell", "estate finish", "exterior masonry"]), "), ", str(rng.choice([1, 2.5, 5, 10])), "L x", str(rng.randint(1, 4)), "\n")
    d("Matched from: ", ch(["customer's chip", "fan deck", "photo of friend's kitchen"]), "\n")
    d("Customer: ", P(full(loc)), "  ", PH(phone(loc)), "\n")
    if chance(0.5):
        d("Trade account: ", ch(SHOPS), " – contact ", P(full(loc)), "\n")
    d("Deliver to site: ", A(addr(loc)), "\n")
    d("Mixed by: ", P(first(loc)), "  Checked: ", P(first(loc)))
    return loc, d


@kind("chargeback_evidence_pack", 5)
def k_chargeback(i):
    loc = en_loc()
    d = Doc()
    f, l = first(loc), last(loc)
    pname = ch(PROD_NAMES)
    N(pname)
    d("CHARGEBACK RESPONSE – case CB-", digits(7), "\n\n")
    d("Cardholder: ", P(f + " " + l), "\nCard: ", CC(card()), " (exp ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30)), ")\n")
    d("Reason code: 13.1 merchandise not received\n\n")
    d("Evidence:\n1. Order placed from IP ", IP(ch([ipv4(), ipv6()])), ", same as 3 prior orders.\n")
    d("2. Shipped to billing address ", A(addr(loc)), ", signed for by '", P(ch([l.upper(), f[0] + " " + l])), "'.\n")
    d("3. Item: ", pname, " ", ch(FURNITURE + GARMENTS), " in ", ch(COLOURWAYS), ". Customer later posted a review praising the ", pname, ".\n")
    d("4. Customer emailed from ", EM(email(loc, f, l)), " asking about care instructions.\n\n")
    d("Prepared by ", P(full(loc)), ", Payments Ops")
    return loc, d


@kind("cafe_wifi_captive_portal_log", 5)
def k_wifi(i):
    loc = en_loc()
    d = Doc()
    cafe = ch(["Earl Grey & Co", "Barnaby's Deli", "The Lamington Café", "Mabel's Kitchen"])
    N(cafe)
    d("# guest wifi – ", cafe, " – ", L(town(loc)), "\n")
    d("ts,client_ip,mac,portal_email,name_entered\n")
    for _ in range(rng.randint(3, 5)):
        f, l = first(loc), last(loc)
        d("2024-%02d-%02dT%02d:%02d:%02dZ," % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)))
        d(IP(ch([ipv4(True), ipv4(True), ipv6()])), ",", ":".join("%02x" % rng.randint(0, 255) for _ in range(6)), ",")
        d(EM(email(loc, f, l)), ",")
        if chance(0.75):
            d(P(ch([f, f + " " + l, f.lower()])))
        d("\n")
    return loc, d


@kind("mail_order_catalogue_phone_slip", 5)
def k_mailorder(i):
    loc = ch(["en-US", "en-GB", "en-US", "en-CA"])
    d = Doc(case=ch([None, "upper"]))
    f, l = first(loc), last(loc)
    d("PHONE ORDER – spring catalogue p.", str(rng.randint(2, 80)), "\n")
    d("Caller: ", ch(["Mrs ", "Ms ", ""]) if f in FEM else ch(["Mr ", ""]), P(f + " " + l), "   Tel: ", PH(phone(loc, "land")), "\n")
    d("Ship: ", A(addr(loc)), "\n")
    for _ in range(rng.randint(2, 3)):
        p = ch(PROD_NAMES)
        N(p)
        d("  ", p, " ", ch(GARMENTS + ["tea towel set", "apron", "cushion cover"]), "  qty ", str(rng.randint(1, 3)), "\n")
    d("Pay: ", CC(card(style=ch(["space", "plain", "dash"]))), "  exp ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30)), "  (CVV not stored)\n")
    d("Gift to: ", P(full(loc)), " – ", ch(["same address", "see note", "hold for collection"]), "\n")
    d("Agent: ", P(first(loc)), " ", "ext ", str(rng.randint(100, 400)))
    return loc, d


@kind("store_charge_card_application", 5)
def k_storecard(i):
    loc = "en-US"
    d = Doc()
    f, l = first(loc), last(loc)
    store = ch(["Harrington & Daughters", "Oscar Rowe Outfitters", "Percival Pike Home"])
    N(store)
    d(store, " Rewards Credit Card – in-store application\n\n")
    mid = ch(["", " " + ch("ABCDEJKLMR") + "."])
    d("Applicant: ", P(f + mid + " " + l), "\n")
    d("SSN: ", SSN(ssn()), "\nDOB: ", "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1955, 2003)), "\n")
    d("Home address: ", A(addr(loc)), "\n")
    d("Phone: ", PH(phone(loc)), "   Email: ", EM(email(loc, f, l)), "\n")
    d("Annual income: $", str(rng.randint(28, 140)), ",000   Employer: ", ch(["Walter & Sons", "Ben & Jerry's", "Tim Hortons", "self-employed"]), "\n")
    d("Authorized user: ", P(full(loc)), "\n\nTaken by associate ", P(first(loc)), " #", digits(5), " – ", L(town(loc)), " store")
    return loc, d


@kind("seasonal_staff_payroll_setup", 5)
def k_payroll(i):
    loc = "en-US"
    d = Doc()
    f, l = first(loc), last(loc)
    d("Seasonal hire – payroll setup (holiday 2024)\n")
    d("Employee: ", P(f + " " + l), "\nPosition: ", ch(["gift wrap station", "stockroom", "Santa's grotto elf", "café barista"]), "\n")
    d("SSN ", SSN(ssn()), " | W-4 received | I-9 docs seen by ", P(first(loc)), "\n")
    d("Address: ", A(addr(loc)), "\n")
    d("Direct deposit: routing ", digits(9), ", acct ending ", digits(4), "\n")
    d("Emergency contact: ", P(full(loc)), " ", PH(phone(loc)), "\n")
    d("Assigned to: ", N(ch(["the Winnie's Corner toy section", "the Earl Grey tea bar", "the Margot boutique", "Santa Claus's grotto"])), ", supervisor ", P(full(loc)))
    return loc, d


@kind("wholesale_account_opening_form", 5)
def k_wholesale(i):
    loc = ch(["en-GB", "en-IE", "en-GB"])
    d = Doc()
    shop = ch(SHOPS)
    N(shop)
    f, l = first(loc), last(loc)
    d("WHOLESALE ACCOUNT APPLICATION\n\nTrading name: ", shop, "\n")
    d("Registered address:\n", A(addr(loc, oneline=False)), "\n")
    d("Buyer: ", P(f + " " + l), "\nBuyer email: ", EM(email(loc, f, l)), "\nPhone: ", PH(phone(loc)), "\n")
    d("Bank (for rebates): ", IB(fmt_iban(iban("GB" if loc == "en-GB" else "IE"))), "\n")
    d("Ranges of interest: ", ch(PROD_NAMES), " tableware, ", ch(ROSES), " rose-scented candles\n")
    d("Referred by rep: ", P(full(loc)), "\nApproved: ", P(ch([f[0] + ". " + last(loc), full(loc)])), " (credit control)")
    return loc, d


@kind("suite_allocation_wedding_block", 5)
def k_wedding_block(i):
    loc = en_loc()
    d = Doc()
    b1, b2 = full(loc), full(loc)
    d("Wedding block – ", P(b1.split()[0]), " & ", P(b2.split()[0]), ", ", ch(["14", "21", "28"]), " June\n")
    d("Booker: ", P(b1), ", ", PH(phone(loc, "mob")), "\n\n")
    for s in rng.sample(SUITES, rng.randint(3, 5)):
        N(s)
        d(s[0].upper() + s[1:], ": ", P(full(loc)))
        r = rng.randrange(3)
        if r == 1:
            d(" + ", P(first(loc)))
        elif r == 2:
            d(" & ", P(first(loc)))
        d(ch(["", " (late arrival)", " – cot", " – celiac"]), "\n")
    d("\nCoordinator: ", P(full(loc)), " | ", EM("weddings@" + ch(["thewildehotel.ie", "beaumontlodge.co.uk", "ottolinerooms.com.au"])))
    return loc, d


@kind("wedding_gift_registry_export", 5)
def k_registry(i):
    loc = en_loc()
    d = Doc()
    c1, c2 = full(loc), full(loc)
    d("Registry: ", P(c1), " & ", P(c2), "\nShip gifts to: ", A(addr(loc)), "\n\n")
    d("item\tqty\tpurchased_by\tmessage\n")
    for _ in range(rng.randint(3, 5)):
        it = ch([ch(PROD_NAMES) + " " + ch(["dinner set", "linen duvet", "casserole", "champagne flutes"]), ch(PAINTS) + " tea towels", ch(BRANDS) + " voucher"])
        N(it)
        d(it, "\t", str(rng.randint(1, 4)), "\t")
        if chance(0.8):
            d(P(full(loc)), "\t")
            d(ch(["Congrats!", "Love from the office", "x", "Enjoy, from Auntie Joan's gang"]))
        else:
            d("—\t")
        d("\n")
    return loc, d


@kind("engraving_order_proof", 6)
def k_engrave(i):
    loc = en_loc()
    d = Doc(case=ch([None, None, "upper"]))
    item_name = ch(PROD_NAMES)
    N(item_name)
    a, b = first(loc), item_name if chance(0.4) else first(loc)
    f, l = first(loc), last(loc)
    d("ENGRAVING PROOF – please check spelling!\n")
    d("Item: the ", item_name, " ", ch(["locket", "hip flask", "cufflinks", "chopping board", "watch"]), "\n")
    d("Line 1: ", P(a), " & ", P(b), "\n")
    d("Line 2: ", ch(["est. 2019", "always", "10.06.2024", "forever yours"]), "\n")
    d("Font: ", ch(["Clementine Script", "Edith Serif", "Arlo Sans"]), "\n")
    d("Customer: ", P(f + " " + l), " – ", EM(email(loc, f, l)), "\n")
    if b == item_name:
        d("Note from customer: yes her name really is ", P(b), ", same as the ", item_name, " range – that's why I picked it!\n")
    else:
        d("Note: please double-check the ampersand\n")
    d("Engraver: ", P(first(loc)))
    return loc, d


@kind("buyer_appointment_recap_email", 5)
def k_buyer_recap(i):
    loc = en_loc()
    d = Doc()
    me_f, me_l = first(loc), last(loc)
    them_f, them_l = first(loc), last(loc)
    brand = ch(["Maison Colette", "Jasper & June", "Oscar Rowe", "Agnes Ceramics", "Nell & Co"])
    N(brand)
    dom = fold(brand) + ch([".com", ".co.uk", ".com.au"])
    d("Subject: Recap – AW25 buying appointment\n\nHi ", P(them_f), ",\n\n")
    d("Great to see you and ", P(first(loc)), " at the ", L(town(loc)), " showroom yesterday. To confirm what we picked:\n")
    for _ in range(rng.randint(2, 4)):
        p = ch(PROD_NAMES)
        d("• ", p, " ", ch(GARMENTS + FURNITURE), " – ", ch(COLOURWAYS), " and ", ch(COLOURWAYS), ", ", str(rng.randint(12, 120)), " units\n")
    d("• NOT taking the ", ch(PROD_NAMES), " – too close to our own ", ch(PROD_NAMES), " line.\n\n")
    d("Please send samples to our buying office: ", A(addr(loc)), ", FAO ", P(full(loc)), ".\n")
    sig(d, loc, me_f + " " + me_l, role="Senior Buyer", company=ch(SHOPS), domain=ch(["harringtonhome.co.uk", "mabelandfinch.com", "percivalpike.com"]))
    return loc, d


@kind("lost_property_register", 5)
def k_lost(i):
    loc = en_loc()
    d = Doc(case=ch([None, "upper"]))
    d("LOST PROPERTY – ", ch(["The Wilde Hotel", "Harrington House", "Nonna Rosa", "Oscar Rowe Outfitters"]), "\n")
    d("date | item | where found | found by | claimed by / contact\n")
    for _ in range(rng.randint(3, 5)):
        d("%02d/%02d | " % (rng.randint(1, 28), rng.randint(1, 12)))
        d(ch(["navy " + ch(PROD_NAMES) + " scarf", "child's toy giraffe called Geoffrey", "reading glasses", "umbrella",
              "wallet with loyalty card", "bag from " + ch(BRANDS)]), " | ")
        d(ch([ch(SUITES), "table 12", "fitting room 2", "bar near the " + ch(DRINKS) + " menu board", "lobby"]), " | ")
        d(P(first(loc)), " | ")
        if chance(0.6):
            d(P(full(loc)), " ", PH(phone(loc, "mob")))
        else:
            d("—")
        d("\n")
    return loc, d


@kind("weekend_rota_floor_zones", 5)
def k_rota(i):
    loc = en_loc()
    d = Doc()
    d("WEEKEND ROTA – ", L(town(loc)), "\n\n| Zone | Sat | Sun |\n|---|---|---|\n")
    zones = ["Margot womenswear", "Harper & Ellis sofas", "Otis kidswear", "fitting rooms", "tills", "Jo Malone counter",
             "Ada Lovelace tech bar", "stockroom", "café (Earl Grey bar)", "click & collect"]
    for z in rng.sample(zones, rng.randint(4, 6)):
        N(z)
        d("| ", z, " | ", P(first(loc)), " | ", P(ch([first(loc), first(loc) + " " + last(loc)[0]])), " |\n")
    d("\nCover calls: ", P(full(loc)), " ", PH(phone(loc, "mob")), ". Swaps must be OK'd by ", P(first(loc)), ".")
    return loc, d


@kind("product_qa_answers_thread", 5)
def k_qa(i):
    loc = en_loc()
    d = Doc()
    pname, pdesc = prod(ch(["garment", "furniture"]))
    N(pname)
    d("Questions & answers – ", pdesc.replace("the ", "The ", 1), "\n\n")
    q1 = first(loc)
    if chance(0.4):
        q1 = pname
    d("Q: Does the ", pname, " come up small? (asked by ", P(q1), ", ", L(town(loc)), ")\n")
    d("A: ", ch(["True to size in my experience. ", "I sized up. "]), "– ", P(first(loc) + " " + last(loc)[0] + "."), ", verified buyer\n")
    d("A: Hi ", P(q1), ", our fit model is 5'8\" and wears a 10. – ", P(first(loc)), " at ", ch(SHOPS), "\n\n")
    d("Q: Is this the same fabric as the ", ch(PROD_NAMES), "? (asked by ", P(first(loc)), ")\n")
    d("A: No, that one is a linen blend. Please email ", EM("help@" + ch(["mabelandfinch.com", "junoandco.com.au", "oscarrowe.co.uk"])), " with photos. – ", P(first(loc)))
    return loc, d


@kind("restock_alert_signups_csv", 5)
def k_restock(i):
    loc = en_loc()
    d = Doc()
    sku_name = ch(PROD_NAMES)
    N(sku_name)
    d("sku,product,size,email,phone,first_name\n")
    for _ in range(rng.randint(4, 6)):
        f, l = first(loc), last(loc)
        d(ch(["DR", "SF", "KN"]), "-", digits(5), ",", sku_name, " ", ch(GARMENTS), " ", ch(COLOURWAYS), ",", ch(["XS", "S", "M", "L", "8", "10", "12"]), ",")
        d(EM(email(loc, f, l)), ",")
        if chance(0.5):
            d(PH(phone(loc, "mob")))
        d(",", P(f), "\n")
    return loc, d


@kind("warranty_registration_card", 5)
def k_warranty(i):
    loc = en_loc()
    d = Doc(case=ch([None, "upper"]))
    prodn = ch(["Winston stand mixer", "Audrey hairdryer", "Otis robot vacuum", "Hugo coffee machine", "Stella toaster"])
    N(prodn)
    f, l = first(loc), last(loc)
    d("WARRANTY REGISTRATION\nProduct: ", prodn, "  Serial: ", ch("ABCHKW"), digits(9), "\n")
    d("Purchased at: ", ch(BRANDS + SHOPS), ", ", L(town(loc)), "\n")
    d("Owner: ", P(f + " " + l), "\nAddress: ", A(addr(loc)), "\nTel: ", PH(phone(loc)), "\nEmail: ", EM(email(loc, f, l)), "\n")
    d("Gift? ", ch(["Yes – from ", "No"]))
    if d.text().upper().endswith("FROM "):
        d(P(full(loc)))
    return loc, d


@kind("chef_table_allergy_sheet", 5)
def k_allergy(i):
    loc = en_loc()
    d = Doc()
    d("CHEF'S TABLE – tonight – allergy & pref sheet\nMenu: ", ", ".join(rng.sample(DISHES, 3)), "\n\n")
    for seat in range(1, rng.randint(5, 8)):
        d("Seat ", str(seat), ": ", P(ch([full(loc), first(loc), last(loc)])), " – ")
        d(ch(["no shellfish (swap Oysters Rockefeller)", "coeliac", "none", "pescatarian", "hates coriander",
              "birthday – sparkler in the Crêpes Suzette", "pregnant, no carpaccio"]), "\n")
    d("\nHost: ", P(full(loc)), " (booked via ", EM(email(loc)), "). Sommelier: ", P(first(loc)), ".")
    return loc, d


@kind("till_receipt_reprint_caps", 5)
def k_receipt(i):
    loc = en_loc()
    d = Doc(case="upper")
    shop = ch(SHOPS)
    N(shop)
    d(shop, "\n", L(town(loc)), " STORE  ", PH(phone(loc, "land")), "\n")
    d("-" * 32, "\n")
    tot = 0
    for _ in range(rng.randint(2, 4)):
        it = ch([ch(PROD_NAMES) + " " + ch(["TEE", "MUG", "CANDLE", "CUSHION"]), ch(DISHES), ch(DRINKS), ch(PAINTS) + " 1L"])
        pr = rng.randint(3, 60) + 0.99
        tot += pr
        d("%-24s%8.2f\n" % (it[:24], pr))
    d("TOTAL", " " * 19, "%8.2f\n" % tot)
    d("VISA ************", digits(4), "  CONTACTLESS\n")
    d("SERVED BY: ", P(first(loc)), "\n")
    if chance(0.6):
        d("REWARDS MEMBER: ", P(full(loc)), "\n")
    d("THANK YOU – REPRINTED AT CUSTOMER REQUEST")
    return loc, d


# ---------------------------------------------------------------- English no-PII


@kind("brasserie_menu_card_nopii", 6, nopii=True)
def k_menu_nopii(i):
    loc = en_loc()
    d = Doc(case=ch([None, None, "upper"]))
    d(ch(["THE WELLINGTON ARMS", "BRASSERIE COLETTE", "NONNA ROSA", "MABEL'S KITCHEN"]), "\n", ch(["Lunch", "Supper", "Sunday"]), " menu\n\n")
    for dish in rng.sample(DISHES, rng.randint(4, 6)):
        d(dish, " .......... ", str(rng.randint(7, 32)), "\n")
    d("\nTo drink: ", ", ".join(rng.sample(DRINKS, 3)), "\n")
    d("Our beef comes from a family farm near ", L(town(loc)), "; oysters from ", L(ch(["Galway Bay", "Whitstable", "Coffin Bay", "Prince Edward Island", "Cape Cod"])), ".\n")
    d("Ask your server about today's Tarte Tatin. Discretionary 12.5% service charge.")
    return loc, d


@kind("homeware_catalogue_page_nopii", 6, nopii=True)
def k_catalogue_nopii(i):
    loc = en_loc()
    d = Doc()
    a, b, c = rng.sample(PROD_NAMES, 3)
    d("p.", str(rng.randint(4, 90)), " – THE LIVING ROOM EDIT\n\n")
    d("The ", a, " ", ch(FURNITURE), " – deep-seated, feather-wrapped cushions, in ", ch(COLOURWAYS), ", ", ch(COLOURWAYS), " or ", ch(COLOURWAYS), " boucle.\n")
    d("Pair it with the ", b, " side table (solid oak, made in ", L(ch(["Portugal", "Lithuania", "Vermont", "Yorkshire", "Tasmania"])), ") and the ", c, " floor lamp.\n")
    d("Walls shown in ", ch(PAINTS), " and ", ch(PAINTS), ". Cushions from the ", ch(PROD_NAMES), " x ", ch(BRANDS), " capsule.\n")
    d("Delivered in 6–8 weeks. Free swatches. Seen in our ", L(town(loc)), " and ", L(town(loc)), " showrooms.")
    return loc, d


@kind("paint_swatch_card_nopii", 5, nopii=True)
def k_paint_nopii(i):
    loc = en_loc()
    d = Doc()
    d(ch(["HERITAGE", "COASTAL", "TOWNHOUSE"]), " COLLECTION – swatch card\n\n")
    for p in rng.sample(PAINTS, 4):
        d("■ ", p, " No. ", str(rng.randint(200, 320)), " – ", ch(["a soft grey with green undertones", "warm, chalky white", "deep, inky and moody",
                                                                "named for a drawing room in " , "the colour of weak tea"]))
        if d.text().endswith("in "):
            d(L(ch(["Bath", "Kilkenny", "Charleston", "Hobart", "Quebec City"])))
        d("\n")
    d("\nColours may vary on screen. Always try a sample pot.")
    return loc, d


@kind("rose_nursery_catalogue_nopii", 5, nopii=True)
def k_roses_nopii(i):
    loc = en_loc()
    d = Doc()
    d("Bare-root roses – autumn list\n\n")
    for r in rng.sample(ROSES, 4):
        d("'", r, "' – ", ch(["English shrub rose", "climber", "rambler", "floribunda"]), ", ", ch(["apricot", "pale pink", "deep crimson", "white", "buttery yellow"]),
          ", ", ch(["strong myrrh scent", "light tea scent", "repeat flowering", "thornless"]), ". £", str(rng.randint(18, 34)), ".50\n")
    d("\nDespatched November–March from our nursery in ", L(ch(["Shropshire", "County Wexford", "the Yarra Valley", "Ontario", "Oregon"])), ".")
    return loc, d


@kind("brand_voice_persona_sheet_nopii", 5, nopii=True)
def k_persona_nopii(i):
    loc = en_loc()
    d = Doc()
    p1, p2 = rng.sample(PERSONAS, 2)
    d("BRAND VOICE – who we talk to\n\n")
    d(p1, ", 34, lives in ", L(town(loc)), ". Shops on her phone at 11pm. Wants the ", ch(PROD_NAMES), " dress but waits for the sale.\n")
    d(p2, ", 61, retired, in ", L(town(loc)), ". Reads the paper catalogue cover to cover; calls the ", ch(PROD_NAMES), " range 'the nice one'.\n\n")
    d("Do: warm, short sentences. Don't: say 'hun'. ", p1, " and ", p2, " are composites, not real customers.")
    return loc, d


@kind("stable_yard_racecard_nopii", 5, nopii=True)
def k_racecard_nopii(i):
    loc = en_loc()
    d = Doc()
    d(ch(["3.15", "4.20", "2.40"]), " ", ch(BRANDS), " Handicap Chase (Class 3) – ", L(ch(["Cheltenham", "Leopardstown", "Flemington", "Woodbine", "Saratoga"])), "\n\n")
    for n, h in enumerate(rng.sample(HORSES, 5), 1):
        d(str(n), "  ", h, "  ", str(rng.randint(5, 11)), "yo  ", ch(["11-10", "10-12", "11-2", "10-4"]), "  SP ", ch(["5/2", "9/1", "14/1", "evens", "33/1"]), "\n")
    d("\nGoing: ", ch(["good to soft", "heavy", "good"]), ". Tote pays on ", ch(HORSES), ". Bar special: the ", ch(DRINKS), ".")
    return loc, d


# ---------------------------------------------------------------- French

FR_PROD = ["Capucine", "Gaston", "Brigitte", "Léontine", "Marius", "Joséphine", "Anatole", "Colette", "Suzanne", "Ernest"]
FR_DESSERTS = ["Pêche Melba", "Poire Belle-Hélène", "Paris-Brest", "Crêpes Suzette", "Tournedos Rossini", "Chateaubriand",
               "Saint-Honoré", "Madeleines de Commercy", "Croque-madame"]


def fr_name():
    return "%s %s" % (first("fr"), last("fr"))


@kind("fr_retrait_magasin_bon", 6)
def k_fr_retrait(i):
    loc = "fr"
    d = Doc(case=ch([None, "upper"]))
    p = ch(FR_PROD)
    N(p)
    f, l = first(loc), last(loc)
    d("BON DE RETRAIT – Click & Collect\n")
    d("Magasin : ", L(town(loc)), " – ", ch(["centre-ville", "Part-Dieu", "zone commerciale"]), "\n")
    d("Commande n° ", digits(9), "\n")
    d("Client : ", ch(["Mme ", ""]) if f in FEM else ch(["M. ", ""]), P(f + " " + l), "\n")
    d("Tél. : ", PH(phone(loc, "mob")), "\n")
    d("Article : robe ", p, " ", ch(["T38", "T40", "T42"]), ", coloris ", ch(["Amande", "Garance", "Mimosa", "Suzon"]), "\n")
    if chance(0.6):
        d("Retrait par un tiers : ", P(fr_name()), " (pièce d'identité obligatoire)\n")
    d("Préparé par : ", P(first(loc)), "\n")
    d("Remarque : la boutique de la rue Victor-Hugo est fermée pour travaux, retrait uniquement ici.")
    return loc, d


@kind("fr_avis_client_reponse_boutique", 6)
def k_fr_avis(i):
    loc = "fr"
    d = Doc()
    p = ch(FR_PROD)
    N(p)
    f, l = first(loc), last(loc)
    shop = ch(["Maison Colette", "Chez Germaine", "Aux Délices de Margot", "Atelier Gaston"])
    d("★★★★☆ ", shop, " – ", L(town(loc)), "\n")
    d("Avis de ", P(ch([f + " " + l[0] + ".", f, f + " " + l])), "\n\n")
    t = ch([
        "Très bon accueil, {s} nous a conseillé le canapé {p} en velours. Livraison un peu longue mais le livreur, {s2}, a été adorable.",
        "J'ai offert le rouge à lèvres {p} à ma mère {sf} pour ses 60 ans, elle l'adore. Par contre l'emballage était abîmé.",
        "Commande du {ds} pour l'anniversaire de mon fils {s} : parfait ! Le gâteau était bon, même si on avait demandé un {d2}.",
    ])
    fill(d, t, s=P(first(loc)), sf=P(first_g(loc, True)), s2=P(first(loc)), p=p, ds=N(ch(FR_DESSERTS)), d2=ch(FR_DESSERTS))
    d("\n\nRéponse du propriétaire :\nMerci ", P(f), " ! ")
    d(ch(["Nous transmettons vos compliments à l'équipe. ", "Désolés pour l'emballage, écrivez-nous à "]))
    if d.text().endswith("à "):
        d(EM("contact@" + fold(shop) + ".fr"), ". ")
    d("— ", P(ch([first_g(loc, True), first_g(loc, True) + " " + last(loc)])), ", gérante")
    return loc, d


@kind("fr_remboursement_retour_iban", 5)
def k_fr_rembourse(i):
    loc = "fr"
    d = Doc()
    f, l = first(loc), last(loc)
    p = ch(FR_PROD)
    N(p)
    d("Objet : Retour commande ", digits(8), " – remboursement\n\nBonjour,\n\n")
    d("Je vous retourne la veste ", p, " (taille ", ch(["S", "M", "L"]), ") qui ne me va pas. ")
    d("Le colis a été déposé au relais ", ch(["Chez Lulu", "Tabac de la Gare", "Pressing Marcel"]), " à ", L(town(loc)), ". ")
    d("Comme j'ai payé en espèces au magasin, merci de rembourser sur mon compte : ", IB(fmt_iban(iban("FR"))), " (titulaire ", P(f + " " + l.upper()), ").\n\n")
    d("Mon adresse : ", A(addr(loc)), "\n\nCordialement,\n", P(f + " " + l), "\n", PH(phone(loc)))
    return loc, d


@kind("fr_carte_du_jour_nopii", 4, nopii=True)
def k_fr_carte(i):
    loc = "fr"
    d = Doc()
    d(ch(["BRASSERIE DU COMMERCE", "CHEZ GERMAINE", "LE PETIT GASTON"]), "\nCarte du jour\n\n")
    for x in rng.sample(FR_DESSERTS, 5):
        d(x, " ........ ", str(rng.randint(8, 34)), " €\n")
    d("\nVins : Sancerre, Côtes-du-Rhône, Crémant d'Alsace\nFromages affinés à ", L(ch(["Lyon", "Annecy", "Tours"])), ". Pain de la boulangerie Paul.")
    return loc, d


# ---------------------------------------------------------------- German

DE_PROD = ["Greta", "Anton", "Frieda", "Konrad", "Mathilda", "Emil", "Lotte", "Theodor", "Hedwig", "Bruno"]
DE_DISHES = ["Bismarckhering", "Fürst-Pückler-Eis", "Prinzregententorte", "Sachertorte", "Kaiserschmarrn", "Mozartkugeln",
             "Königsberger Klopse", "Strammer Max", "Falscher Hase"]


def de_gen(n):
    """German genitive; the fused ending stays inside the PERSON span"""
    return n + "'" if n[-1] in "sxzß" else n + "s"


@kind("de_tischreservierung_buch", 6)
def k_de_tisch(i):
    loc = "de"
    d = Doc()
    rest = ch(["Zum Alten Fritz", "Hans im Glück", "Gasthaus Frieda", "Café Mathilda", "Weinstube Konrad"])
    N(rest)
    d("Reservierungsbuch ", rest, " – ", ch(["Freitag", "Samstag", "Sonntag"]), "\n")
    for _ in range(rng.randint(3, 5)):
        d("%d:%s  " % (rng.choice([12, 13, 18, 19, 20]), ch(["00", "30"])), str(rng.randint(2, 10)), " P.  ")
        r = rng.randrange(3)
        if r == 0:
            d(ch(["Herr ", "Frau "]), P(last(loc)))
        elif r == 1:
            d(P(first(loc) + " " + last(loc)))
        else:
            d(P(last(loc) + ", " + first(loc)))
        d("  ", PH(phone(loc)), "  ", ch(["Geburtstag, Prinzregententorte vorbestellt", "Hund dabei (Bruno)", "Stammgast", "Terrasse",
                                           "glutenfrei", "Firmenessen " + ch(["Peter Hahn", "Jack Wolfskin"])]), "\n")
    d("Angenommen von ", P(first(loc)))
    return loc, d


@kind("de_umtausch_mail_iban", 5)
def k_de_umtausch(i):
    loc = "de"
    d = Doc()
    f, l = first(loc), last(loc)
    p = ch(DE_PROD)
    N(p)
    d("Betreff: Umtausch Sofa „", p, "“ – Bestellung ", digits(7), "\n\n")
    d("Sehr geehrte Damen und Herren,\n\n")
    d("das Sofa ", p, " in Salbeigrün passt leider nicht durch unser Treppenhaus. Ich möchte es gegen den Sessel ", ch(DE_PROD), " tauschen. ")
    d("Die Differenz erstatten Sie bitte auf ", ch(["mein Konto", "das Konto meiner Frau", "das Konto meines Mannes"]), ": ")
    who = full(loc)
    d(IB(fmt_iban(iban("DE"))), ", Kontoinhaber ", P(who), ".\n")
    d("Abholung bitte bei ", P(de_gen(ch([first(loc), last(loc)]))), " Nachbarn im EG möglich. Unsere Anschrift: ", A(addr(loc)), ".\n\n")
    d("Mit freundlichen Grüßen\n", P(f + " " + l), "\nTel. ", PH(phone(loc, "mob")))
    return loc, d


@kind("de_lieferausnahme_fahrer", 5)
def k_de_liefer(i):
    loc = "de"
    d = Doc(case=ch([None, "upper"]))
    d("ZUSTELLPROBLEME Tour ", str(rng.randint(100, 999)), " – Fahrer: ", P(first(loc) + " " + last(loc)[0] + "."), "\n")
    for _ in range(rng.randint(2, 4)):
        r = rng.randrange(3)
        d("• Sendung ", digits(12), ": ")
        if r == 0:
            d("Empfänger ", P(full(loc)), " unbekannt unter ", A(addr(loc)), ", Name nicht am Klingelschild")
        elif r == 1:
            d("Abstellgenehmigung Garage, aber Hund „", N(ch(["Emil", "Bruno", "Frieda"])), "“ im Hof. Kundin ", P(first_g(loc, True) + " " + last(loc)), " angerufen: ", PH(phone(loc, "mob")))
        else:
            d("Filiale ", ch(["Peter Hahn", "Jack Wolfskin", "Hans im Glück"]), " in ", L(town(loc)), " geschlossen, Rücklauf")
        d("\n")
    return loc, d


@kind("de_weinkarte_nopii", 4, nopii=True)
def k_de_wein(i):
    loc = "de"
    d = Doc()
    d("WEINKARTE – offene Weine\n\n")
    wines = ["Riesling „Anna-Lena“ trocken", "Spätburgunder „Der Friedrich“", "Silvaner „Tante Käthe“", "Grauburgunder „Onkel Otto“",
             "Rosé „Kleine Luise“", "Lemberger „Wilhelm“"]
    for w in rng.sample(wines, 4):
        d(w, ", ", L(ch(["Rheingau", "Pfalz", "Franken", "Baden", "Württemberg", "Mosel"])), " … 0,2 l ", str(rng.randint(5, 9)), ",50 €\n")
    d("\nDazu empfehlen wir unsere ", ch(DE_DISHES), ".")
    return loc, d


# ---------------------------------------------------------------- Spanish

ES_PROD = ["Lola", "Carmen", "Candela", "Manolita", "Paquita", "Rocío", "Julieta", "Martina", "Telma", "Consuelo"]


@kind("es_pedido_floristeria", 6)
def k_es_flor(i):
    loc = "es"
    d = Doc(case=ch([None, "lower"]))
    ramo = ch(ES_PROD)
    N(ramo)
    d("Floristería ", ch(["Casa Lucía", "Flores Manolita", "La Rosa de Candela"]), " – hoja de pedido\n")
    d("Ramo «", ramo, "» (", ch(["rosas 'Ingrid Bergman' y paniculata", "peonías y eucalipto", "girasoles"]), ")\n")
    d("Encarga: ", P(full(loc)), " – ", PH(phone(loc)), "\n")
    fem = chance(0.6)
    d("Entregar a: ", ch(["Sra. ", "D.ª ", ""]) if fem else ch(["Sr. ", "D. ", ""]), P(first_g(loc, fem) + " " + last(loc)), "\n")
    d("Dirección: ", A(addr(loc)), "\n")
    d("Tarjeta: «", ch(["Feliz santo, ", "Perdóname, ", "Enhorabuena, ", "Te quiero, "]), P(first(loc)), ". ", P(first(loc)), "»\n")
    d("Entrega: ", ch(["mañana antes de las 12", "sábado por la tarde", "hoy, urgente"]), ". Atendió: ", P(first(loc)))
    return loc, d


@kind("es_lista_invitados_inauguracion", 5)
def k_es_invitados(i):
    loc = "es"
    d = Doc()
    tienda = ch(["Adolfo Domínguez", "Massimo Dutti", "Pedro del Hierro", "Tous"])
    N(tienda)
    d("Inauguración tienda ", tienda, " – ", L(town(loc)), "\nLista de invitados (puerta)\n\n")
    d("Nombre;Acompañante;Contacto;Observaciones\n")
    for _ in range(rng.randint(4, 6)):
        d(P(full(loc)), ";")
        if chance(0.4):
            d(P(first(loc)))
        d(";", ch([EM(email(loc)), PH(phone(loc, "mob"))]), ";", ch(["prensa", "clienta VIP", "influencer", "", "viene con el perro, Chispa"]), "\n")
    d("\nResponsable de puerta: ", P(full(loc)), ". Cóctel «", ch(["Bloody Mary", "Bellini", "Tom Collins"]), "» patrocinado por ", ch(["Estrella Damm", "Freixenet"]), ".")
    return loc, d


@kind("es_sorteo_tienda_ganadores", 5)
def k_es_sorteo(i):
    loc = "es"
    d = Doc()
    d("ACTA DEL SORTEO – Tienda de ", L(town(loc)), "\n\n")
    d("En presencia de ", P(first_g(loc, True) + " " + last(loc)), ", encargada de la tienda, y de ", P(full(loc)), ", se extraen las siguientes papeletas:\n\n")
    prizes = ["un bolso Lola", "una cena para dos en Casa Lucía", "un vale de 100 € en Tous", "una noche en la suite «Julieta»"]
    for n, pz in enumerate(rng.sample(prizes, 3), 1):
        N(pz)
        d(str(n), ".º premio (", pz, "): ", P(full(loc)), ", tel. ", PH(phone(loc, "mob")), "\n")
    d("\nLos ganadores deben presentarse con DNI antes del día 30. Dudas: ", EM("sorteos@" + ch(["tiendacandela.es", "floresmanolita.com"])))
    return loc, d


# ---------------------------------------------------------------- Italian

IT_DOLCI = ["Torta Margherita", "Pizza Margherita", "Carpaccio", "Fettuccine Alfredo", "Spaghetti alla Nerano", "Bellini", "Rossini",
            "Negroni", "Torta Sacher", "Pesche di Prato"]


@kind("it_ordine_pasticceria", 6)
def k_it_pasticceria(i):
    loc = "it"
    d = Doc()
    dolce = ch(["Torta Margherita", "Torta Sacher", "Zuppa inglese", "Torta Mimosa", "Torta della Nonna"])
    N(dolce)
    d("PASTICCERIA ", ch(["Nonna Rosa", "Da Gino", "Fratelli Lo Presti"]), " – ordine n. ", str(rng.randint(100, 999)), "\n")
    d("Dolce: ", dolce, ", ", ch(["per 12 persone", "per 20 persone", "a due piani"]), "\n")
    d("Scritta: «", ch(["Auguri ", "Buon compleanno ", "Benvenuto "]), P(ch([first(loc), first(loc).upper()])), "»\n")
    d("Cliente: ", ch(["Sig. ", "Sig.ra ", ""]), P(full(loc)), " – cell. ", PH(phone(loc, "mob")), "\n")
    if chance(0.5):
        d("Consegna: ", A(addr(loc)), "\n")
    else:
        d("Ritiro in negozio a ", L(town(loc)), ", sabato ore 11\n")
    d("Acconto versato. Preso da ", P(first(loc)), ".")
    return loc, d


@kind("it_reclamo_negozio_mail", 5)
def k_it_reclamo(i):
    loc = "it"
    d = Doc()
    f, l = first(loc), last(loc)
    divano = ch(["Gualtiero", "Lina", "Ottavio", "Bice", "Amedeo"])
    N(divano)
    d("Oggetto: Reclamo divano ", divano, " – ordine ", digits(6), "\n\nGentile servizio clienti,\n\n")
    d("il divano ", divano, " consegnato il ", str(rng.randint(1, 28)), " ", ch(["marzo", "aprile", "ottobre"]), " ha un cuscino scucito. ")
    d("Il montatore, ", P(ch([first_g(loc, False), first_g(loc, False) + " " + last(loc)])), ", ha detto di scrivervi. ")
    d("Nel negozio di ", L(town(loc)), " mi avevano assicurato che il tessuto «", ch(["Sofia", "Ginevra", "Carlotta"]), "» non si sfilaccia.\n")
    d("Indirizzo: ", A(addr(loc)), "\nTelefono: ", PH(phone(loc)), "\n\nCordiali saluti,\n", P(f + " " + l), "\n", EM(email(loc, f, l)))
    return loc, d


@kind("it_catalogo_divani_nopii", 4, nopii=True)
def k_it_catalogo(i):
    loc = "it"
    d = Doc()
    d("CATALOGO 2025 – Zona giorno\n\n")
    for nm in rng.sample(["Gualtiero", "Lina", "Ottavio", "Bice", "Amedeo", "Ginevra", "Carlotta"], 3):
        d("Divano ", nm, " – ", ch(["tre posti", "angolare", "chaise longue"]), ", tessuto ", ch(["bouclé", "velluto", "lino"]), " – da ", str(rng.randint(900, 3200)), " €\n")
    d("\nProdotto a ", L(ch(["Meda", "Cantù", "Forlì", "Matera"])), ". Tessuti tinti in ", L(ch(["Toscana", "Piemonte", "Veneto"])), ".")
    return loc, d


# ---------------------------------------------------------------- Dutch


@kind("nl_bezorgprobleem_chat", 6)
def k_nl_bezorg(i):
    loc = "nl"
    d = Doc()
    f, l = first(loc), last(loc)
    agent = first(loc)
    bank = ch(["Sanne", "Femke", "Daan", "Bram", "Lotte"])
    N(bank)
    d("Chat – klantenservice\n")
    d(P(f), ": hoi, mijn bank ", bank, " zou gisteren komen maar er kwam niemand\n")
    d(P(agent), ": Hoi ", P(f), ", wat vervelend! Mag ik je postcode en huisnummer?\n")
    d(P(f), ": ", A(addr(loc)), "\n")
    d(P(agent), ": Dank je. De bezorger (", P(first(loc)), ") meldt dat niemand opendeed. Klopt ", PH(phone(loc, "mob")), " nog?\n")
    if chance(0.5):
        d(P(f), ": ja. mijn buurvrouw mevr. ", P(last(loc)), " was wel thuis hoor\n")
    else:
        d(P(f), ": ja. mijn buurvrouw ", P(first(loc)), " was wel thuis hoor\n")
    d(P(agent), ": Ik plan 'm opnieuw in voor donderdag. Ik heb ook een tegoedbon voor ", ch(["Albert Heijn", "Douwe Egberts", "Dirk van den Broek"]), " bijgevoegd. Groetjes, ", P(agent))
    return loc, d


@kind("nl_klantenkaart_aanmelding", 5)
def k_nl_kaart(i):
    loc = "nl"
    d = Doc()
    f, l = first(loc), last(loc)
    d("Aanmelding klantenkaart – ", ch(["Van Haren", "Jan Linders", "Hema"]), " ", L(town(loc)), "\n")
    d("Voornaam: ", P(f), "\nAchternaam: ", P(l), "\n")
    d("Adres: ", A(addr(loc)), "\nE-mail: ", EM(email(loc, f, l)), "\nMobiel: ", PH(phone(loc, "mob")), "\n")
    d("IBAN (voor automatische incasso spaaractie): ", IB(fmt_iban(iban("NL"))), "\n")
    d("Aangemeld door medewerker: ", P(first(loc)))
    return loc, d


# ---------------------------------------------------------------- Portuguese (BR)


@kind("ptbr_pedido_marketplace_vendedor", 6)
def k_ptbr_pedido(i):
    loc = "pt-BR"
    d = Doc()
    f, l = first(loc), last(loc)
    loja = ch(["Loja da Tia Cida", "Ateliê Dona Benta", "Bolsas Helena", "Cantinho da Lulu"])
    N(loja)
    d("Mensagens do pedido #", digits(10), " – ", loja, "\n\n")
    d(P(f), ": Oi! Comprei a bolsa Helena caramelo. Dá pra mandar pro endereço do meu trabalho? ", A(addr(loc)), "\n")
    d(loja, ": Oi ", P(f), "! Dá sim 😊 Quem vai receber?\n")
    d(P(f), ": Pode deixar com o porteiro, o ", P(first_g(loc, False)), ". Meu zap é ", PH(phone(loc, "mob")), "\n")
    d(loja, ": Anotado! Vai junto um docinho de brinde, Romeu e Julieta. Beijos, ", P(first(loc)), "\n")
    if chance(0.5):
        d("[Sistema] Nota fiscal emitida em nome de ", P(f + " " + l), ".")
    return loc, d


@kind("ptbr_sorteio_ganhadores_loja", 5)
def k_ptbr_sorteio(i):
    loc = "pt-BR"
    d = Doc()
    d("🎁 RESULTADO DO SORTEIO 🎁\n", ch(["Loja da Tia Cida", "Cantinho da Lulu"]), " – unidade ", L(town(loc)), "\n\n")
    for pz in rng.sample(["kit Romeu e Julieta", "vestido Lulu", "vale-compras de R$ 200", "bolo Souza Leão inteiro"], 3):
        nm = full(loc)
        d("• ", pz, ": ", P(nm), " (", ch(["CPF final ", "tel. final "]), digits(2), ")\n")
    d("\nOs ganhadores serão contatados pelo WhatsApp ", PH(phone(loc, "mob")), ". Sorteio acompanhado por ", P(full(loc)), ".")
    return loc, d


# ---------------------------------------------------------------- Portuguese (PT)


@kind("ptpt_reserva_mesa_restaurante", 5)
def k_ptpt_reserva(i):
    loc = "pt-PT"
    d = Doc()
    d("Reservas – Tasca ", ch(["Dona Maria", "do Zé", "da Tia Alice"]), " – ", ch(["sexta", "sábado"]), "\n")
    for _ in range(rng.randint(3, 5)):
        d("%d:%s | " % (rng.choice([13, 20, 21]), ch(["00", "30"])), str(rng.randint(2, 8)), " pax | ")
        fem = chance(0.5)
        d(ch(["Sra. ", "D. ", ""]) if fem else ch(["Sr. ", ""]), P(first_g(loc, fem) + " " + last(loc)), " | ", PH(phone(loc)), " | ")
        d(ch(["quer Bacalhau à Gomes de Sá", "aniversário, vela no Pão de Ló", "mesa na esplanada", "alergia a marisco", "Bacalhau à Brás x2"]), "\n")
    d("Registado por: ", P(first(loc)))
    return loc, d


@kind("ptpt_devolucao_reembolso_iban", 5)
def k_ptpt_devol(i):
    loc = "pt-PT"
    d = Doc()
    f, l = first(loc), last(loc)
    p = ch(["Matilde", "Leonor", "Benedita", "Amélia"])
    N(p)
    d("Assunto: Devolução do casaco ", p, "\n\nBoa tarde,\n\n")
    d("Devolvi o casaco ", p, " na loja de ", L(town(loc)), " e a colaboradora ", P(first_g(loc, True)), " disse que o reembolso seria por transferência. ")
    d("O meu IBAN é ", IB(fmt_iban(iban("PT"))), ".\n")
    d("Morada para a fatura: ", A(addr(loc)), ".\n\nObrigado,\n", P(f + " " + l), "\n", PH(phone(loc, "mob")))
    return loc, d


# ---------------------------------------------------------------- Swedish


@kind("sv_bordsbokning_sms", 5)
def k_sv_bord(i):
    loc = "sv"
    d = Doc()
    rest = ch(["Bistro Wallenberg", "Krogen Ingrid", "Kalles Kök", "Restaurang Sjöberg"])
    N(rest)
    f = first(loc)
    d("SMS från ", rest, " till ", PH(phone(loc, "mob")), ":\n")
    d("Hej ", P(f), "! Välkommen till ", rest, " på ", ch(["fredag", "lördag"]), " kl ", str(rng.choice([18, 19, 20])), ".00, bord för ", str(rng.randint(2, 8)), ". ")
    d("Kvällens rätt: ", ch(["Wallenbergare", "Biff à la Lindström", "Janssons frestelse", "Prinsesstårta"]), ". Svara NEJ för att avboka. /", P(first(loc)), "\n\n")
    d("Svar: ", ch(["Toppen! Vi blir en till, ", "Kan vi flytta till 20? Min sambo ", "Vi kommer! "]))
    if not d.text().endswith("kommer! "):
        d(P(first(loc)), ch([" kommer också.", " jobbar sent."]))
    d("" if d.text().endswith(" ") else " ", "Hälsningar ", P(f + " " + last(loc)))
    return loc, d


@kind("sv_reklamation_butik", 5)
def k_sv_rek(i):
    loc = "sv"
    d = Doc()
    f, l = first(loc), last(loc)
    m = ch(["Billy", "Ivar", "Ingrid", "Sigrid", "Gustav"])
    N(m)
    d("Ärende: Reklamation – bokhylla ", m, "\n\nHej!\n\n")
    d("Jag köpte bokhyllan ", m, " i ert varuhus i ", L(town(loc)), ". En hylla var sprucken. ")
    d(ch(["Min sons", "Min frus", "Min pappas"]), " vän ", P(first(loc)), " hjälpte till att montera, så det är inte vårt fel. ")
    d("Expediten ", P(first(loc)), " sa att ni skickar en ny del till ", A(addr(loc)), ".\n")
    d("Ni kan nå mig på ", PH(phone(loc, "mob")), " eller ", EM(email(loc, f, l)), ".\n\nMvh\n", P(f + " " + l))
    return loc, d


# ---------------------------------------------------------------- Danish


@kind("da_kundeklub_tilmelding", 5)
def k_da_klub(i):
    loc = "da"
    d = Doc()
    f, l = first(loc), last(loc)
    brand = ch(["Søstrene Grene", "Georg Jensen", "Carl Hansen & Søn", "Anton Berg"])
    N(brand)
    d("Tilmelding til kundeklub – ", brand, ", ", L(town(loc)), "\n\n")
    d("Navn: ", P(f + " " + l), "\nAdresse: ", A(addr(loc)), "\nMobil: ", PH(phone(loc)), "\nE-mail: ", EM(email(loc, f, l)), "\n")
    d("Fødselsdag: ", "%02d.%02d" % (rng.randint(1, 28), rng.randint(1, 12)), "\n")
    d("Interesser: ", ch(["stolen 'CH24'", "smykker", "julepynt", "chokolade"]), "\n")
    if chance(0.5):
        d("Henvist af: ", P(de_gen(first(loc))), " veninde\n")
    d("Oprettet af: ", P(first(loc)))
    return loc, d


@kind("da_blomsterbestilling", 5)
def k_da_blomst(i):
    loc = "da"
    d = Doc(case=ch([None, "lower"]))
    rose = ch(["Karen Blixen", "Ingrid Bergman", "H.C. Andersen", "Dronning Margrethe"])
    N(rose)
    d("Blomsterbestilling\n")
    d("Buket: 15 roser af sorten '", rose, "' med eukalyptus\n")
    d("Bestilt af: ", P(full(loc)), ", tlf. ", PH(phone(loc)), "\n")
    d("Leveres til: ", P(full(loc)), ", ", A(addr(loc)), "\n")
    who = first(loc)
    d("Kort: \"Tillykke med de 50, ", P(who), "! Kram fra ", P(first(loc)), " og ", P(first(loc)), "\"\n")
    d("Note: ring til ", P(de_gen(who)), " datter hvis ingen åbner. Modtaget af ", P(first(loc)))
    return loc, d


# ---------------------------------------------------------------- Japanese


def ja_person(style=None):
    """returns (written name, surname as written) for a real person"""
    ln, fn = ch(LOC["ja"]["last"]), ch(LOC["ja"]["first"])
    style = style or ch(["kanji", "kanji", "kana"])
    if style == "kanji":
        return ln[0] + ch([" ", "\u3000", ""]) + fn[0], ln[0]
    if style == "kana":
        return ln[1] + " " + fn[1], ln[1]
    return ch(["%s %s" % (fn[2], ln[2]), "%s %s" % (ln[2].upper(), fn[2])]), ln[2]


@kind("ja_noshi_gift_order_kanji", 6)
def k_ja_noshi(i):
    loc = "ja"
    d = Doc()
    item = ch(["ワンピース《エマ》", "ソファ「アンナ」", "香水「マダム・ルイーズ」", "ザッハトルテ詰め合わせ", "ミスタードーナツ ギフト券"])
    N(item)
    sender, s_last = ja_person("kanji")
    recv, r_last = ja_person(ch(["kanji", "kana"]))
    d("【ギフト注文票】\n")
    d("ご依頼主：", P(sender), " 様\n")
    d("電話：", PH(phone(loc)), "\n")
    d("お届け先：", P(recv), " 様\n")
    d("住所：", A(ja_addr(fullwidth=chance(0.3))), "\n")
    d("商品：", item, " ×1\n")
    d("のし：", ch(["御祝", "内祝", "御礼", "御中元"]), "（名入れ：", P(s_last), "）\n")
    d("備考：", ch(["午前中指定", "不在時は宅配ボックス", "メッセージカード「", "愛犬ポチの名前入りで"]))
    if d.text().endswith("「"):
        d(P(ch(LOC["ja"]["first"])[0]), "ちゃん、お誕生日おめでとう」")
    d("\n受付：", P(ch(LOC["ja"]["last"])[0]))
    return loc, d


@kind("ja_ryokan_room_romaji_email", 5)
def k_ja_ryokan(i):
    loc = "ja"
    d = Doc()
    ln, fn = ch(LOC["ja"]["last"]), ch(LOC["ja"]["first"])
    room = ch(["Komachi", "Basho", "Murasaki", "Issa", "Shonagon"])
    N(room)
    d("Kenmei: Go-yoyaku kakunin – Ryokan Shizuka\n\n")
    if chance(0.5):
        d(P(ln[2] + " " + fn[2]), " sama\n\n")
    else:
        d(P(ln[2].upper() + " " + fn[2].upper()), " SAMA\n\n")
    d("Kono tabi wa go-yoyaku itadaki makoto ni arigatou gozaimasu.\n")
    d("O-heya: \"", room, "\" no ma (", room, " wa yuumei na kajin no namae desu)\n")
    d("Go-shukuhaku-sha: ", P(fn[2]), " sama hoka ", str(rng.randint(1, 3)), " mei\n")
    d("Go-jusho: ", A(ja_addr(romaji=True)), "\n")
    d("Go-renraku-saki: ", PH(phone(loc, "mob")), "\n")
    d("Yuushoku wa 18:30 kara desu. Amerika-shiki no Eggs Benedict wa choushoku no menyuu ni arimasen.\n\n")
    st_l, st_f = ch(LOC["ja"]["last"]), ch(LOC["ja"]["first"])
    d("Tantou: ", P(st_l[2]), "\n", EM(fold(st_f[2]) + "." + fold(st_l[2]) + "@" + ch(["ryokan-shizuka.jp", "hanaya-inn.co.jp"])))
    return "ja-Latn", d


@kind("ja_kissaten_menu_nopii", 4, nopii=True)
def k_ja_menu(i):
    loc = "ja"
    d = Doc()
    d("喫茶メニュー\n\n")
    for it in rng.sample(["ナポリタン", "ピザ・マルゲリータ", "カルパッチョ", "ザッハトルテ", "ベリーニ", "クリームソーダ", "プリンアラモード", "モンブラン"], 5):
        d(it, "　", str(rng.randint(4, 12) * 100), "円\n")
    d("\n豆は", L(ch(["京都", "神戸", "札幌"])), "の焙煎所から。コーヒーは", L(ch(["ブラジル", "エチオピア", "グアテマラ"])), "産。")
    return loc, d


# --------------------------------------------------------------------------------------------
# assemble, check, write
# --------------------------------------------------------------------------------------------

LANG = {"en-US": "en-US", "en-GB": "en-GB", "en-IE": "en-IE", "en-AU": "en-AU", "en-CA": "en-CA", "fr": "fr-FR",
        "de": "de-DE", "es": "es-ES", "it": "it-IT", "nl": "nl-NL", "pt-BR": "pt-BR", "pt-PT": "pt-PT", "sv": "sv-SE",
        "da": "da-DK", "ja": "ja-JP", "ja-Latn": "ja-Latn"}


def check(rec, vals, nopii):
    t = rec["text"]
    prev_end = -1
    for sp, v in zip(rec["spans"], vals):
        s, e = sp["start"], sp["end"]
        frag = t[s:e]
        assert frag == v, (rec["id"], frag, v)
        assert e > s, rec["id"]
        assert frag == frag.strip(), (rec["id"], repr(frag))
        assert s >= prev_end, ("overlap", rec["id"], frag)
        prev_end = e
        if sp["type"] == "CREDIT_CARD":
            dg = re.sub(r"\D", "", frag)
            assert luhn_check(dg) and len(dg) in (15, 16), frag
        if sp["type"] == "IBAN_CODE":
            assert iban_valid(frag), frag
        if sp["type"] == "US_SSN":
            a, g, n = re.split(r"[- ]", frag)
            assert a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000", frag
    if nopii:
        assert all(sp["type"] == "LOCATION" for sp in rec["spans"]), rec["id"]
    else:
        assert any(sp["type"] != "LOCATION" for sp in rec["spans"]), rec["id"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used_path = "/work/briefs/used_kinds.txt"
    used = set()
    if os.path.exists(used_path):
        used = set(x.strip() for x in open(used_path, encoding="utf-8") if x.strip())
    names = [k[0] for k in KINDS]
    assert len(names) == len(set(names)), "duplicate kind"
    clash = [n for n in names if n in used]
    assert not clash, clash
    for n, _, nopii, _ in KINDS:
        assert n.endswith("_nopii") == nopii, n
    total = sum(k[1] for k in KINDS)
    assert total == 400, total

    recs = []
    nl_with_person = 0
    for name, count, nopii, fn in KINDS:
        for j in range(count):
            _NL["flag"] = False
            loc, d = fn(j)
            rec = {"id": None, "kind": name, "lang": LANG[loc], "text": d.text(), "spans": d.spans}
            check(rec, d.vals, nopii)
            if _NL["flag"] and any(s["type"] == "PERSON" for s in d.spans):
                nl_with_person += 1
            recs.append((rec, d.vals))
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, (rec, vals) in enumerate(recs, 1):
            rec["id"] = "hard31-%d" % n
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "samples,", len(KINDS), "kinds; name-like thing next to a person:", nl_with_person)


if __name__ == "__main__":
    main()
