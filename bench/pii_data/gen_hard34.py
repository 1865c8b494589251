#!/usr/bin/env python3
"""gen_hard34.py -- blind PII evaluation set, theme: compliance, privacy and money
around marketing (DSARs, consent logs, regulator letters, disputes, KYC, collections,
recalls, breach notices, litigation holds ...).

Writes hard34.jsonl (400 samples) next to this file.  Deterministic (fixed seed),
standard library only (no Faker); every name, street, town, postcode and phone
pattern is hand-written below.  Offsets are recorded while the text is assembled
(builder appends pieces), never searched afterwards.

Labelling decisions taken beyond the common brief
-------------------------------------------------
* Organisation names are never labelled, even when they contain a place or a
  person-like word (e.g. "Maple & Marlow", "Orla Activewear", a bank named after a
  country).  Regulators (ICO, CNIL, AEPD, ...) are organisations.
* Postal addresses of organisations (regulators, companies, banks, debt
  collectors) are STREET_ADDRESS like any other postal address; a company
  letterhead line "street, postcode city" is one span.
* A city/country that appears in its own field ("City: Leeds", "Country: Ireland")
  or in running text is LOCATION; the same town inside a full address block is
  only part of the STREET_ADDRESS span.
* ISO country codes (DE, GB) and postal state/province codes (TX, ON, NSW) standing
  alone in a column are not LOCATION; country names, including short names such as
  "UK" or "USA", are.
* Nationality adjectives, languages and jurisdictional law names ("UK GDPR",
  "California Consumer Privacy Act", "Danish") are not LOCATION.
* Last-4, BIN+last-4 and masked card numbers are not CREDIT_CARD; SSNs shown as
  last four or XXX-XX-1234 are not US_SSN; EINs, ITINs (9xx), claim, case, ticket
  and account numbers and domestic account numbers (sort code + account, BSB,
  Bankgiro, RIB fragments) are not labelled.
* Phone numbers keep extension words inside the span ("ext. 214"); short codes
  (e.g. SMS 78555) are not phones.
* IP addresses are labelled wherever they occur (log lines, JSON, prose); version
  strings, user-agent build numbers and four-part build ids are not.
* Person names: signatory post-nominals (Esq., LL.M., CIPP/E, FCA) and titles are
  outside the span; generational suffixes (Jr., III) and nicknames inside a
  name are inside.  In Swedish/Danish/German genitives ("Annas", "Müllers") the
  ending is inside the span.  Usernames, e-mail local parts and template
  variables are not PERSON.  Persons referred to only by role are not labelled.
* When a form splits the postal address over fields, each street/“City, ST ZIP”
  field is its own STREET_ADDRESS span; a field holding only a town or a country
  is LOCATION.
* "Surname, Given" in a CSV/tracker cell is one PERSON span (quotes outside).
  Names on sanctions-list hits, notaries, case officers and debt-collection
  clerks are PERSON like anyone else.
* _nopii kinds carry no spans at all; they may contain reference numbers,
  version strings, product names that look like person names.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 34034
rng = random.Random(SEED)
pick = rng.choice
ri = rng.randint


def chance(p):
    return rng.random() < p


def sample(seq, k):
    return rng.sample(seq, k)


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
TYPEMAP = {"P": "PERSON", "A": "STREET_ADDRESS", "L": "LOCATION", "PH": "PHONE_NUMBER",
           "M": "EMAIL_ADDRESS", "C": "CREDIT_CARD", "I": "IBAN_CODE", "S": "US_SSN",
           "IP": "IP_ADDRESS"}
TOK = re.compile(r"\{(?:(P|A|L|PH|M|C|I|S|IP):)?([A-Za-z_][A-Za-z_0-9]*)\}")


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x)
        return self

    def e(self, typ, x):
        assert x and x == x.strip(), (typ, repr(x))
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(x)})
        return self.t(x)

    def P(self, x): return self.e("PERSON", x)
    def A(self, x): return self.e("STREET_ADDRESS", x)
    def L(self, x): return self.e("LOCATION", x)
    def PH(self, x): return self.e("PHONE_NUMBER", x)
    def M(self, x): return self.e("EMAIL_ADDRESS", x)
    def C(self, x): return self.e("CREDIT_CARD", x)
    def I(self, x): return self.e("IBAN_CODE", x)
    def S(self, x): return self.e("US_SSN", x)
    def IP(self, x): return self.e("IP_ADDRESS", x)

    def f(self, tmpl, **kw):
        """Template with {P:key} (labelled) and {key} (plain) placeholders."""
        pos = 0
        for m in TOK.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            typ, key = m.group(1), m.group(2)
            val = kw[key]
            if typ:
                self.e(TYPEMAP[typ], val)
            else:
                self.t(str(val))
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
NAMES = {
    "us": (["Jennifer", "Keisha", "Maria", "Ashley", "Dana", "Lauren", "Tamika", "Rebecca", "Megan",
            "Yesenia", "Hannah", "Courtney", "Denise", "Rosa", "Kimberly", "Shanice", "Gretchen"],
           ["Michael", "DeShawn", "Carlos", "Tyler", "Brian", "Kevin", "Marcus", "Jose", "Ethan",
            "Dwayne", "Trevor", "Raymond", "Luis", "Andrew", "Jamal", "Gregory", "Wade"],
           ["Johnson", "Okafor", "Ramirez", "Whitfield", "Nguyen", "Kowalski", "Brennan", "Delgado",
            "Washington", "Hoffman", "Patel", "Schultz", "Castillo", "McAllister", "Greene", "Yoder",
            "Abernathy", "Fitzgerald", "Tran", "Holloway", "Reyes", "Duchene", "Bergstrom", "Mahoney"]),
    "uk": (["Charlotte", "Siobhan", "Amelia", "Harriet", "Priya", "Zainab", "Gemma", "Lucy", "Fiona",
            "Eleanor", "Bethan", "Nicola", "Aisha", "Kirsty", "Imogen"],
           ["Oliver", "Callum", "Rhys", "James", "Tom", "Mohammed", "Gareth", "Alistair", "Declan",
            "Harry", "Kwame", "Stuart", "Ieuan", "Nathan", "Rupert"],
           ["Thompson", "Ashworth", "Pritchard", "Okonkwo", "Blackwood", "Hussain", "McKenzie", "Evans",
            "Fairclough", "Whitaker", "Pemberton", "Lloyd", "Campbell", "Singh", "Haworth",
            "Sutcliffe", "Rahman", "Ellison", "Greenhalgh", "Boateng"]),
    "ie": (["Aoife", "Siobhán", "Niamh", "Orla", "Caoimhe", "Róisín", "Gráinne", "Sinéad", "Eimear",
            "Clodagh"],
           ["Cian", "Pádraig", "Oisín", "Darragh", "Eoin", "Ciarán", "Seán", "Fionn", "Colm", "Tadhg"],
           ["O'Sullivan", "Murphy", "Fitzpatrick", "Byrne", "Kavanagh", "Brennan", "Daly", "McGrath",
            "O'Driscoll", "Nolan", "Doherty", "Mac Suibhne", "Kinsella", "Ó Briain"]),
    "ca": (["Geneviève", "Chantal", "Emily", "Sophie", "Amanpreet", "Megan", "Isabelle", "Kaitlyn"],
           ["Étienne", "Liam", "Mathieu", "Jaspreet", "Connor", "Olivier", "Raj", "Tyler"],
           ["Tremblay", "Gagnon", "MacLeod", "Bouchard", "Dhillon", "Chen", "Leblanc", "Fraser",
            "Côté", "Wong", "Gill", "Pelletier", "Campbell"]),
    "au": (["Chloe", "Jess", "Kylie", "Mia", "Sienna", "Tahlia", "Georgia", "Bronwyn"],
           ["Lachlan", "Brodie", "Hamish", "Jack", "Dylan", "Matt", "Corey", "Angus"],
           ["Nguyen", "Papadopoulos", "Kelly", "Fraser", "Rossi", "Anderson", "Mitchell", "O'Brien",
            "Campbell", "Tan", "Walsh", "Nikolaidis", "Harris"]),
    "nz": (["Aroha", "Mere", "Anahera", "Kate", "Ngaio", "Hine", "Sophie", "Tui"],
           ["Tama", "Wiremu", "Nikau", "Sam", "Rawiri", "Ben", "Hemi", "Finn"],
           ["Te Whata", "Ngata", "Walker", "Parata", "Smith", "Tipene", "Williams", "Brown",
            "Horomona", "McIntyre", "Tuhiwai"]),
    "za": (["Thandiwe", "Nomvula", "Lerato", "Anneke", "Zanele", "Refilwe", "Chantelle", "Fatima"],
           ["Sipho", "Thabo", "Pieter", "Johan", "Mandla", "Kagiso", "Riaan", "Yusuf"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Pillay", "du Plessis",
            "Khumalo", "Jacobs", "Adams", "Venter"]),
    "in": (["Priya", "Ananya", "Sneha", "Kavya", "Deepika", "Fatima", "Lakshmi", "Pooja", "Meera"],
           ["Rahul", "Arjun", "Vikram", "Siddharth", "Mohammed", "Karthik", "Abhishek", "Rohan", "Naveen"],
           ["Sharma", "Iyer", "Reddy", "Banerjee", "Menon", "Kulkarni", "Qureshi", "Nair", "Gupta",
            "Chatterjee", "Deshpande", "Pillai", "Agarwal"]),
    "de": (["Anna", "Katharina", "Jana", "Sabine", "Ursula", "Leonie", "Petra", "Sophie", "Franziska",
            "Gül", "Heike"],
           ["Jürgen", "Thomas", "Lukas", "Matthias", "Stefan", "Jonas", "Klaus-Dieter", "Felix", "Murat",
            "Hans-Peter", "Bernd"],
           ["Müller", "Schmidt", "Weiß", "Hoffmann", "Krüger", "Schäfer", "Becker", "von Hagen", "Yılmaz",
            "Neumann", "Zimmermann", "Braun", "Lehmann", "Kowalczyk", "Wagner", "Oßwald"]),
    "fr": (["Camille", "Élodie", "Marie-Claire", "Inès", "Sophie", "Aurélie", "Chloé", "Nathalie",
            "Fatou", "Manon"],
           ["Jean-Baptiste", "Mathieu", "Thierry", "Julien", "Karim", "Nicolas", "Olivier", "Hugo", "Loïc",
            "Pierre-Antoine"],
           ["Lefèvre", "Dubois", "Moreau", "Girard", "de La Roche", "Benali", "Fontaine", "Rousseau",
            "Lambert", "Mercier", "Chevalier", "N'Diaye", "Lemaire", "Perrin"]),
    "nl": (["Sanne", "Femke", "Anouk", "Lotte", "Marieke", "Fleur", "Ingrid", "Noor", "Esther"],
           ["Daan", "Bram", "Joost", "Pieter", "Ruben", "Sven", "Thijs", "Mohamed", "Willem"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk", "Visser", "Smit", "de Jong",
            "Mulder", "El Amrani", "van der Linden", "Meijer", "Hendriks", "Kok", "Verhoeven"]),
    "es": (["María José", "Lucía", "Carmen", "Elena", "Marta", "Nuria", "Alba", "Rocío", "Pilar"],
           ["José Antonio", "Javier", "Alejandro", "Pablo", "Jordi", "Sergio", "Iñaki", "Manuel", "Álvaro"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Ruiz", "Iglesias",
            "Domínguez", "Castro", "Ortega", "Gil", "Vidal", "Etxeberria"]),
    "it": (["Giulia", "Francesca", "Chiara", "Alessandra", "Martina", "Federica", "Valentina", "Elena",
            "Sara"],
           ["Marco", "Alessandro", "Giuseppe", "Luca", "Matteo", "Davide", "Giovanni", "Stefano", "Andrea"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "De Luca", "Ricci",
            "Marino", "Di Stefano", "Greco", "Conti", "Lo Bianco"]),
    "pt": (["Ana Rita", "Inês", "Mariana", "Beatriz", "Joana", "Catarina", "Sofia", "Leonor"],
           ["João Pedro", "Tiago", "Rui", "Miguel", "Nuno", "André", "Duarte", "Gonçalo"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Fernandes", "Gonçalves", "Lopes", "Carvalho"]),
    "sv": (["Anna", "Åsa", "Karin", "Maja", "Elin", "Sofia", "Ingrid", "Linnéa", "Ebba"],
           ["Erik", "Lars", "Johan", "Oskar", "Björn", "Anders", "Nils", "Mikael", "Hampus"],
           ["Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson", "Björk", "Ekström", "Sandberg",
            "Holm", "Lundgren", "Öberg", "Bergström", "Hassan"]),
    "da": (["Mette", "Louise", "Camilla", "Sofie", "Ida", "Freja", "Anne-Marie", "Pernille"],
           ["Søren", "Mads", "Rasmus", "Anders", "Jens", "Frederik", "Mikkel", "Niels"],
           ["Jensen", "Nielsen", "Hansen", "Kjærgaard", "Sørensen", "Rasmussen", "Christensen", "Møller",
            "Østergaard", "Lund", "Dahl", "Thomsen"]),
}
SG_NAMES = [("Tan Wei Ling", "Wei Ling", "Tan", "f"), ("Lim Jun Hao", "Jun Hao", "Lim", "m"),
            ("Ng Hui Min", "Hui Min", "Ng", "f"), ("Muhammad Hafiz bin Rahman", "Hafiz", "Hafiz", "m"),
            ("Nur Aisyah binte Ahmad", "Aisyah", "Aisyah", "f"), ("Priya d/o Subramaniam", "Priya", "Priya", "f"),
            ("Rajesh s/o Krishnan", "Rajesh", "Rajesh", "m"), ("Goh Kok Wee", "Kok Wee", "Goh", "m"),
            ("Chua Li Ting", "Li Ting", "Chua", "f"), ("Wong Kai Xiang", "Kai Xiang", "Wong", "m"),
            ("Siti Khadijah binte Osman", "Khadijah", "Khadijah", "f"), ("Daniel Teo", "Daniel", "Teo", "m")]
US_SUFFIX = ["Jr.", "Sr.", "II", "III"]
US_NICK = [("Robert", "Bobby", "m"), ("Elizabeth", "Libby", "f"), ("William", "Bill", "m"),
           ("Margaret", "Peggy", "f"), ("Theodore", "Ted", "m"), ("Katherine", "Kit", "f")]


class Person:
    def __init__(self, loc, first, last, g, full=None, formal=None):
        self.loc, self.first, self.last, self.g = loc, first, last, g
        self.full = full or f"{first} {last}"
        self.formal = formal or last
        self.mid = None

    def title(self):
        lang = LANG_OF.get(self.loc, "en")
        f = self.g == "f"
        return {"en": pick(["Ms", "Mrs", "Ms."]) if f else pick(["Mr", "Mr."]),
                "de": "Frau" if f else "Herr", "fr": "Mme" if f else "M.",
                "nl": "mevrouw" if f else "meneer", "es": "Sra." if f else "Sr.",
                "it": "Sig.ra" if f else "Sig.", "pt": "Sra." if f else "Sr.",
                "sv": "", "da": ""}[lang]

    def titled(self):
        return self.title(), self.formal


LANG_OF = {"us": "en", "uk": "en", "ie": "en", "ca": "en", "au": "en", "nz": "en", "za": "en",
           "sg": "en", "in": "en", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it",
           "pt": "pt", "sv": "sv", "da": "da"}


def person(loc, g=None, fancy=True):
    if loc == "sg":
        full, first, formal, gg = pick(SG_NAMES)
        p = Person(loc, first, formal, gg, full=full, formal=formal)
        return p
    fem, mas, last = NAMES[loc]
    g = g or pick("fm")
    first = pick(fem if g == "f" else mas)
    ln = pick(last)
    if loc == "es":
        ln2 = pick([x for x in last if x != ln])
        p = Person(loc, first, ln, g, full=f"{first} {ln} {ln2}")
        if chance(0.3):
            p.full = f"{first} {ln}"
        return p
    if loc == "pt" and chance(0.6):
        ln2 = pick([x for x in last if x != ln])
        mid = pick(["", "da ", "dos "]) if chance(0.4) else ""
        return Person(loc, first, ln2, g, full=f"{first} {mid}{ln} {ln2}", formal=ln2)
    p = Person(loc, first, ln, g)
    if fancy and loc == "us" and chance(0.18):
        p.full = f"{first} {pick('ABCDEFGHJKLMNPRSTW')}. {ln} {pick(US_SUFFIX)}" if g == "m" else \
            f"{first} {pick('ABCDEFGHJKLMNPRSTW')}. {ln}"
    elif fancy and loc == "us" and chance(0.1):
        real, nick, gg = pick(US_NICK)
        p = Person(loc, real, ln, gg, full=f'{real} "{nick}" {ln}')
    elif fancy and loc in ("us", "ca", "uk", "au") and chance(0.15):
        p.mid = pick("ABCDEFGHJKLMNPRSTW")
        p.full = f"{first} {p.mid}. {ln}"
    return p


def initial_form(p):
    if p.loc == "sg":
        return p.full
    return f"{p.first[0]}. {p.last}"


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("å", "aa")
    s = s.replace("ı", "i").replace("'", "").replace("/", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAILDOM = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
           "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
           "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
           "ca": ["gmail.com", "rogers.com", "sympatico.ca", "videotron.ca", "outlook.com"],
           "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
           "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz"],
           "za": ["gmail.com", "mweb.co.za", "webmail.co.za", "icloud.com"],
           "sg": ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"],
           "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
           "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
           "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
           "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
           "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
           "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
           "da": ["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk"]}


def email_of(p, dom=None):
    fi = ascii_fold(p.first.split()[0]).lower().replace("-", "")
    la = ascii_fold(p.last.split()[-1]).lower().replace("-", "")
    dom = dom or pick(MAILDOM[p.loc])
    lp = pick([f"{fi}.{la}", f"{fi[0]}{la}", f"{fi}{la}{ri(1, 99)}", f"{fi}_{la}", f"{la}.{fi}",
               f"{fi}{ri(70, 99)}", f"{fi}.{la}{ri(1, 9)}"])
    return f"{lp}@{dom}"


def work_email(p, dom):
    fi = ascii_fold(p.first.split()[0]).lower().replace("-", "")
    la = ascii_fold(p.last.split()[-1]).lower().replace("-", "")
    return pick([f"{fi}.{la}@{dom}", f"{fi[0]}{la}@{dom}", f"{fi}@{dom}"])


# --------------------------------------------------------------------------
# companies
# --------------------------------------------------------------------------
BRANDS_EN = ["Kestrel Cosmetics", "Hearthside Home", "Lumen & Pine", "Bramblewood Tea Co.",
             "Northwind Outfitters", "Corvid Audio", "Maple & Marlow", "Saltmarsh Surf Supply",
             "Tidewell Energy", "Fennel Meal Kits", "Orla Activewear", "Atlas Mobile", "Parkhurst Wines",
             "Quill Stationery", "Velo Verde Cycles", "Harbour Pet Supplies", "Juniper Lane Furniture",
             "Bluefin Travel", "Copperleaf Skincare", "Wrenfield Books"]
BRANDS = {"de": ["Grünwald Versand GmbH", "Hausmann Möbel KG", "Sonnentor Reisen GmbH", "Lindwurm Kosmetik GmbH",
                 "Kranich Mobilfunk AG"],
          "fr": ["Maison Lavande SAS", "Boutique Soleil SARL", "Vélocité Paris SAS", "Les Délices d'Hortense SAS",
                 "Optique Marcel SARL"],
          "nl": ["Fietsenhuis Noord B.V.", "Koffiebranderij Bosch B.V.", "Tulpia Webwinkel B.V.",
                 "Zeewind Energie B.V."],
          "es": ["Calzados Ribera S.L.", "Viajes Alborán S.A.", "Cosmética Brisa S.L.", "Telefonía Faro S.A."],
          "it": ["Sartoria Bellini S.r.l.", "Caffè Aurora S.p.A.", "Ottica Manfredi S.r.l.",
                 "Viaggi Levante S.r.l."],
          "pt": ["Conservas Mar Azul, Lda.", "Lusitânia Moda, S.A.", "Ginásio Atlântico, Lda.",
                 "Telecom Oceano, S.A."],
          "sv": ["Nordlys Inredning AB", "Fjällräv Friluft AB", "Sjöbris Resor AB", "Kanelbullen Webbshop AB"],
          "da": ["Havtorn ApS", "Nordhavn Cykler A/S", "Lyngbo Tekstil ApS", "Skovsnogen Vin ApS"]}


def brand(loc="us"):
    lang = LANG_OF[loc]
    return pick(BRANDS_EN) if lang == "en" else pick(BRANDS[lang])


def dom_of(company):
    base = ascii_fold(company).lower()
    for suf in [" gmbh", " kg", " ag", " sas", " sarl", " b.v.", " s.l.", " s.a.", " s.r.l.", " s.p.a.",
                ", lda.", ", s.a.", " ab", " aps", " a/s", " co.", " cycles", " supply"]:
        base = base.replace(suf, "")
    base = re.sub(r"[^a-z0-9]", "", base.replace("&", "and"))
    tld = {"de": ".de", "fr": ".fr", "nl": ".nl", "es": ".es", "it": ".it", "pt": ".pt", "sv": ".se",
           "da": ".dk"}
    for lang, lst in BRANDS.items():
        if company in lst:
            return base + tld[lang]
    return base + pick([".com", ".com", ".co.uk", ".com"])


# --------------------------------------------------------------------------
# addresses (lines)
# --------------------------------------------------------------------------
US_STREETS = ["Maple Avenue", "W 14th Street", "Oak Ridge Drive", "Lincoln Blvd", "N Halsted St", "Peachtree Rd NE",
              "Sunset Court", "Willow Lane", "E Colfax Ave", "Greenwood Ave N", "Old Mill Road", "S Congress Ave",
              "Cedar Hollow Ln", "Magnolia St"]
US_CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"),
             ("Portland", "OR", "97214"), ("Raleigh", "NC", "27601"), ("Tucson", "AZ", "85719"),
             ("Madison", "WI", "53703"), ("Albany", "NY", "12208"), ("Boise", "ID", "83702"),
             ("Savannah", "GA", "31401"), ("Pittsburgh", "PA", "15213"), ("Denver", "CO", "80218"),
             ("Seattle", "WA", "98103"), ("Chicago", "IL", "60614"), ("Brooklyn", "NY", "11215"),
             ("Sacramento", "CA", "95816"), ("Oakland", "CA", "94610"), ("Minneapolis", "MN", "55408"),
             ("Richmond", "VA", "23220"), ("Omaha", "NE", "68102")]
UK_STREETS = ["Wellington Road", "Clarence Street", "Victoria Terrace", "Mill Lane", "Station Road", "Albert Grove",
              "Chapel Street", "Church Lane", "Harewood Avenue", "Beech Croft", "Ladybarn Lane", "Cathedral Road"]
UK_TOWNS = [("Didsbury", "Manchester", "M20 2QX"), (None, "Leeds", "LS6 3HN"), ("Clifton", "Bristol", "BS8 1TH"),
            (None, "York", "YO31 7EE"), ("Jesmond", "Newcastle upon Tyne", "NE2 1DB"), ("Roath", "Cardiff", "CF24 4HQ"),
            ("Leith", "Edinburgh", "EH6 5QG"), (None, "Norwich", "NR2 3AL"), (None, "Hove", "BN3 1AE"),
            ("Headingley", "Leeds", "LS6 2DY"), (None, "Harrogate", "HG1 5JR"), ("Kings Heath", "Birmingham", "B14 7SL")]
IE_STREETS = ["Hollybank Road", "Main Street", "Sandford Road", "Oakpark Drive", "Patrick Street", "Seafield Crescent",
              "Grattan Hill", "Ashgrove Lawn"]
IE_TOWNS = [("Drumcondra", "Dublin 9", "D09 X2F3"), ("Ranelagh", "Dublin 6", "D06 K7W2"), (None, "Galway", "H91 E2K8"),
            ("Ballincollig", "Co. Cork", "P31 WK20"), (None, "Limerick", "V94 T9PX"), ("Salthill", "Galway", "H91 R2N6"),
            (None, "Kilkenny", "R95 D7Y3"), ("Blackrock", "Co. Dublin", "A94 V8F2")]
CA_STREETS = ["Queen St W", "Rue Saint-Denis", "Robson Street", "Elgin Street", "Spring Garden Rd", "17 Ave SW",
              "Avenue du Parc", "Osborne St"]
CA_CITIES = [("Toronto", "ON", "M5V 2T6"), ("Vancouver", "BC", "V6K 2G4"), ("Montréal", "QC", "H2T 1S6"),
             ("Calgary", "AB", "T2S 0B5"), ("Halifax", "NS", "B3H 1Y2"), ("Ottawa", "ON", "K1S 3J5"),
             ("Winnipeg", "MB", "R3M 0Z1")]
AU_STREETS = ["Bondi Road", "Brunswick Street", "Merthyr Road", "Rokeby Road", "The Parade", "Sandy Bay Road",
              "Lonsdale Street", "Oxford Street"]
AU_TOWNS = [("Bondi", "NSW", "2026"), ("Fitzroy", "VIC", "3065"), ("New Farm", "QLD", "4005"), ("Subiaco", "WA", "6008"),
            ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
            ("Paddington", "NSW", "2021")]
NZ_STREETS = ["Ponsonby Road", "Cuba Street", "Riccarton Road", "Victoria Street", "Highgate", "Dominion Road",
              "Tay Street"]
NZ_TOWNS = [("Ponsonby", "Auckland", "1011"), ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8011"),
            (None, "Hamilton", "3204"), ("Roslyn", "Dunedin", "9010"), ("Mount Eden", "Auckland", "1024")]
ZA_STREETS = ["Kloof Street", "7th Avenue", "Florida Road", "Burnett Street", "Main Road", "Jan Smuts Avenue"]
ZA_TOWNS = [("Gardens", "Cape Town", "8001"), ("Melville", "Johannesburg", "2092"), ("Morningside", "Durban", "4001"),
            ("Hatfield", "Pretoria", "0083"), ("Walmer", "Gqeberha", "6070"), ("Rondebosch", "Cape Town", "7700")]
SG_ADDR = [["Blk 302 Tampines Street 32", "#08-214", "Singapore 520302"],
           ["21 Jalan Kembangan", "Singapore 419127"],
           ["Blk 115 Bukit Merah View", "#12-1187", "Singapore 151115"],
           ["8 Holland Grove Road", "Singapore 278792"],
           ["Blk 45 Jurong West Street 42", "#03-55", "Singapore 640045"],
           ["10 Anson Road", "#14-06 International Plaza", "Singapore 079903"]]
IN_ADDR = [["Flat 402, Sai Residency", "14th Cross, Indiranagar", "Bengaluru 560038", "Karnataka"],
           ["B-17, Sector 62", "Noida, Uttar Pradesh 201301"],
           ["12/3 Park Street", "Kolkata 700016", "West Bengal"],
           ["A-502, Lodha Splendora, Ghodbunder Road", "Thane West, Maharashtra 400615"],
           ["House No. 8-2-293, Road No. 14", "Banjara Hills, Hyderabad 500034", "Telangana"],
           ["27, 2nd Main Road, Kasturba Nagar", "Adyar, Chennai 600020"]]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bergmannstraße", "Schillerplatz", "Goethestraße", "Am Mühlbach",
              "Kastanienallee", "Rosenheimer Str.", "Weidenweg", "Bahnhofstr."]
DE_CITIES = [("10969", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
             ("60311", "Frankfurt am Main"), ("04109", "Leipzig"), ("70173", "Stuttgart"), ("28195", "Bremen"),
             ("01067", "Dresden"), ("90402", "Nürnberg"), ("48143", "Münster")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "allée des Tilleuls",
              "chemin des Vignes", "rue Sainte-Catherine", "quai de la Fosse"]
FR_CITIES = [("69003", "Lyon"), ("75011", "Paris"), ("13006", "Marseille"), ("31000", "Toulouse"),
             ("44000", "Nantes"), ("33000", "Bordeaux"), ("59800", "Lille"), ("67000", "Strasbourg"),
             ("35000", "Rennes"), ("06000", "Nice")]
NL_STREETS = ["Prinsengracht", "Oudegracht", "Laan van Meerdervoort", "Kerkstraat", "Dorpsstraat", "Vondelstraat",
              "Stationsweg", "Burgemeester de Withstraat"]
NL_CITIES = [("1016 GV", "Amsterdam"), ("3511 AR", "Utrecht"), ("2517 JL", "Den Haag"), ("3012 CN", "Rotterdam"),
             ("5611 EM", "Eindhoven"), ("9711 LM", "Groningen"), ("6811 CG", "Arnhem"), ("2311 EZ", "Leiden")]
ES_STREETS = ["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
              "Calle San Fernando", "Avenida Blasco Ibáñez", "Calle Uría"]
ES_CITIES = [("28009", "Madrid"), ("08013", "Barcelona"), ("41001", "Sevilla"), ("46010", "Valencia"),
             ("29015", "Málaga"), ("48001", "Bilbao"), ("50001", "Zaragoza"), ("33003", "Oviedo")]
IT_STREETS = ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale Monza", "Piazza Santo Stefano",
              "Via dei Mille", "Via Nazionale", "Via San Vitale"]
IT_CITIES = [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10123", "Torino", "TO"), ("40126", "Bologna", "BO"),
             ("50122", "Firenze", "FI"), ("80134", "Napoli", "NA"), ("35122", "Padova", "PD"), ("90133", "Palermo", "PA")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
              "Rua Miguel Bombarda", "Avenida dos Aliados", "Rua Direita"]
PT_CITIES = [("1100-053", "Lisboa"), ("1250-096", "Lisboa"), ("4000-442", "Porto"), ("3000-143", "Coimbra"),
             ("4700-035", "Braga"), ("8000-138", "Faro"), ("2750-310", "Cascais")]
SV_STREETS = ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Södra Förstadsgatan", "Linnégatan",
              "Ringvägen", "Järnvägsgatan"]
SV_CITIES = [("111 36", "Stockholm"), ("411 38", "Göteborg"), ("211 43", "Malmö"), ("753 20", "Uppsala"),
             ("582 24", "Linköping"), ("903 26", "Umeå"), ("118 53", "Stockholm")]
DA_STREETS = ["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Algade", "Østerbrogade", "Frederiksberg Allé",
              "Søndergade", "Vestergade"]
DA_CITIES = [("2200", "København N"), ("1620", "København V"), ("8000", "Aarhus C"), ("5000", "Odense C"),
             ("9000", "Aalborg"), ("1850", "Frederiksberg C"), ("4000", "Roskilde"), ("7100", "Vejle")]


def addr(loc):
    """Return (lines, city, country) for a plausible postal address."""
    if loc == "us":
        st, (c, s, z) = pick(US_STREETS), pick(US_CITIES)
        l1 = f"{ri(12, 9870)} {st}"
        lines = [l1]
        if chance(0.4):
            unit = pick(["Apt 4B", "Unit 210", "#12", "Apt. 3", "Suite 300", "Apt 1R"])
            if chance(0.5):
                lines[0] += ", " + unit
            else:
                lines.append(unit)
        lines.append(f"{c}, {s} {z}" if chance(0.7) else f"{c} {s} {z}-{ri(1000, 9999)}")
        return lines, c, "USA"
    if loc == "uk":
        st, (loc2, town, pc) = pick(UK_STREETS), pick(UK_TOWNS)
        lines = [f"{ri(1, 240)} {st}"]
        if chance(0.25):
            lines.insert(0, pick(["Flat 3", "Flat 2B", "Apartment 14", "The Old Forge", "Rose Cottage"]))
        if loc2:
            lines.append(loc2)
        lines.append(town.upper() if chance(0.3) else town)
        lines.append(pc)
        return lines, town, "United Kingdom"
    if loc == "ie":
        st, (loc2, town, ec) = pick(IE_STREETS), pick(IE_TOWNS)
        lines = [f"{ri(1, 120)} {st}"]
        if loc2:
            lines.append(loc2)
        lines.append(town)
        lines.append(ec)
        return lines, town.replace("Co. ", ""), "Ireland"
    if loc == "ca":
        st, (c, pr, pc) = pick(CA_STREETS), pick(CA_CITIES)
        l1 = f"{ri(10, 2400)} {st}"
        if chance(0.4):
            l1 = f"{ri(101, 2208)}-{l1}" if chance(0.5) else l1 + f", Unit {ri(101, 2208)}"
        return [l1, f"{c} {pr}  {pc}" if chance(0.5) else f"{c}, {pr} {pc}"], c, "Canada"
    if loc == "au":
        st, (sub, stt, pc) = pick(AU_STREETS), pick(AU_TOWNS)
        l1 = f"{ri(1, 300)} {st}"
        if chance(0.4):
            l1 = f"Unit {ri(1, 20)}, {l1}" if chance(0.5) else f"{ri(1, 20)}/{l1}"
        return [l1, f"{sub.upper()} {stt} {pc}" if chance(0.6) else f"{sub} {stt} {pc}"], sub, "Australia"
    if loc == "nz":
        st, (sub, city, pc) = pick(NZ_STREETS), pick(NZ_TOWNS)
        lines = [f"{ri(1, 400)} {st}"]
        if sub:
            lines.append(sub)
        lines.append(f"{city} {pc}")
        return lines, city, "New Zealand"
    if loc == "za":
        st, (sub, city, pc) = pick(ZA_STREETS), pick(ZA_TOWNS)
        lines = [f"{ri(1, 200)} {st}", sub, f"{city}", pc] if chance(0.5) else [f"{ri(1, 200)} {st}", sub, f"{city} {pc}"]
        if chance(0.3):
            lines.insert(0, pick(["Unit 12 Belvedere Court", "14 Acacia Mews", "Flat 7, Hillview"]))
        return lines, city, "South Africa"
    if loc == "sg":
        return list(pick(SG_ADDR)), "Singapore", "Singapore"
    if loc == "in":
        lines = list(pick(IN_ADDR))
        city = re.sub(r"[ 0-9]+$", "", lines[-1].split(",")[0]) if "," in lines[-1] else lines[-2].split(" ")[0]
        return lines, None, "India"
    if loc == "de":
        st, (pc, c) = pick(DE_STREETS), pick(DE_CITIES)
        lines = [f"{st} {ri(1, 140)}{pick(['', '', '', 'a', 'b'])}", f"{pc} {c}"]
        if chance(0.2):
            lines.insert(1, pick(["c/o Wagner", "Hinterhaus, 3. OG", "App. 12"]))
        return lines, c, "Deutschland"
    if loc == "fr":
        st, (pc, c) = pick(FR_STREETS), pick(FR_CITIES)
        lines = [f"{ri(1, 180)}{pick(['', '', ' bis', ','])} {st}", f"{pc} {c.upper() if chance(0.5) else c}"]
        if chance(0.3):
            lines.insert(0, pick(["Bât. B, Appt 24", "Résidence Les Pins, Esc. 3", "Appartement 12"]))
        return lines, c, "France"
    if loc == "nl":
        st, (pc, c) = pick(NL_STREETS), pick(NL_CITIES)
        return [f"{st} {ri(1, 420)}{pick(['', '', '-2', ' A', ' hs', '-bis'])}", f"{pc} {c.upper() if chance(0.3) else c}"], c, "Nederland"
    if loc == "es":
        st, (pc, c) = pick(ES_STREETS), pick(ES_CITIES)
        l1 = f"{st}, {ri(1, 250)}" + pick(["", ", 3º B", ", 2º izda.", ", 1º 2ª", ", bajo", ", 5º D"])
        return [l1, f"{pc} {c}"], c, "España"
    if loc == "it":
        st, (pc, c, pr) = pick(IT_STREETS), pick(IT_CITIES)
        l1 = f"{st}{pick([', ', ' '])}{ri(1, 220)}" + pick(["", "", "/B", ", int. 5", ", scala C"])
        return [l1, f"{pc} {c} ({pr})" if chance(0.6) else f"{pc} {c} {pr}"], c, "Italia"
    if loc == "pt":
        st, (pc, c) = pick(PT_STREETS), pick(PT_CITIES)
        l1 = f"{st}, {ri(1, 300)}" + pick(["", ", 2.º Esq.", ", 4.º Dto.", ", r/c", ", 1.º"])
        return [l1, f"{pc} {c}"], c, "Portugal"
    if loc == "sv":
        st, (pc, c) = pick(SV_STREETS), pick(SV_CITIES)
        lines = [f"{st} {ri(1, 90)}{pick(['', '', ' B', ' A'])}", f"{pc} {c.upper() if chance(0.3) else c}"]
        if chance(0.3):
            lines.insert(1 if chance(0.5) else 0, pick([f"Lgh {ri(1001, 1504)}", "c/o Berg", "3 tr"]))
        return lines, c, "Sverige"
    if loc == "da":
        st, (pc, c) = pick(DA_STREETS), pick(DA_CITIES)
        l1 = f"{st} {ri(1, 160)}" + pick(["", ", 2. tv.", ", 1. th.", ", st. mf.", ", 4."])
        return [l1, f"{pc} {c}"], c.split(" ")[0], "Danmark"
    raise KeyError(loc)


def addr_str(loc, sep="\n", country=False, lines=None):
    if lines is None:
        lines, city, ctry = addr(loc)
    else:
        ctry = None
    out = list(lines)
    if country and ctry:
        out.append(ctry if chance(0.6) else ctry.upper())
    return sep.join(out)


CITY_POOL = {"us": [c for c, _, _ in US_CITIES], "uk": [t for _, t, _ in UK_TOWNS] + ["Sheffield", "Glasgow", "Bath"],
             "ie": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo"],
             "ca": [c for c, _, _ in CA_CITIES], "au": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart"],
             "nz": ["Auckland", "Wellington", "Christchurch", "Dunedin", "Tauranga"],
             "za": ["Cape Town", "Johannesburg", "Durban", "Pretoria", "Stellenbosch"],
             "sg": ["Singapore"], "in": ["Bengaluru", "Mumbai", "Pune", "Chennai", "Hyderabad", "Kolkata", "Delhi"],
             "de": [c for _, c in DE_CITIES], "fr": [c for _, c in FR_CITIES], "nl": [c for _, c in NL_CITIES],
             "es": [c for _, c in ES_CITIES], "it": [c for _, c, _ in IT_CITIES], "pt": [c for _, c in PT_CITIES],
             "sv": [c for _, c in SV_CITIES], "da": ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg"]}


def city(loc):
    return pick(CITY_POOL[loc])


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
def dg(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


US_AREAS = ["312", "773", "415", "510", "206", "503", "512", "614", "919", "520", "608", "518", "208", "912",
            "412", "303", "718", "916", "612", "804", "402", "646"]
CA_AREAS = ["416", "647", "604", "514", "403", "902", "613", "204"]


def phone(loc, kind="any"):
    if kind == "any":
        kind = pick(["mob", "land"])
    if loc in ("us", "ca"):
        if kind == "toll":
            a, x, s = pick(["800", "888", "877", "866", "855"]), f"{ri(2, 9)}{dg(2)}", dg(4)
            return pick([f"1-{a}-{x}-{s}", f"({a}) {x}-{s}", f"1 ({a}) {x}-{s}", f"{a}.{x}.{s}"])
        a = pick(US_AREAS if loc == "us" else CA_AREAS)
        x, s = f"{ri(2, 9)}{dg(2)}", dg(4)
        return pick([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"+1 {a} {x} {s}", f"+1 ({a}) {x}-{s}",
                     f"1-{a}-{x}-{s}", f"+1-{a}-{x}-{s}"])
    if loc == "uk":
        if kind == "toll":
            return pick([f"0800 {dg(3)} {dg(4)}", f"0345 {dg(3)} {dg(4)}", f"0330 {dg(3)} {dg(4)}"])
        if kind == "mob":
            n = f"7{ri(400, 999)}{dg(6)}"
            return pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"+44 (0){n[:4]} {n[4:]}"])
        pre, rest = pick([("20", f"7{dg(3)} {dg(4)}"), ("20", f"8{dg(3)} {dg(4)}"), ("161", f"{ri(2, 9)}{dg(2)} {dg(4)}"),
                          ("113", f"{ri(2, 9)}{dg(2)} {dg(4)}"), ("117", f"9{dg(2)} {dg(4)}"), ("131", f"{ri(2, 6)}{dg(2)} {dg(4)}"),
                          ("29", f"20{dg(2)} {dg(4)}"), ("191", f"2{dg(2)} {dg(4)}")])
        return pick([f"0{pre} {rest}", f"+44 {pre} {rest}", f"+44 (0){pre} {rest}", f"(0{pre}) {rest}"])
    if loc == "ie":
        if kind == "toll":
            return f"1800 {dg(3)} {dg(3)}"
        if kind == "mob":
            p = pick(["83", "85", "86", "87", "89"])
            return pick([f"0{p} {dg(3)} {dg(4)}", f"+353 {p} {dg(3)} {dg(4)}", f"0{p}-{dg(7)}"])
        p, r = pick([("1", f"{ri(2, 9)}{dg(2)} {dg(4)}"), ("21", f"4{dg(2)} {dg(4)}"), ("91", f"5{dg(2)} {dg(3)}"),
                     ("61", f"{ri(2, 4)}{dg(2)} {dg(3)}")])
        return pick([f"(0{p}) {r}", f"+353 {p} {r}", f"0{p} {r}", f"+353 (0){p} {r}"])
    if loc == "au":
        if kind == "toll":
            return pick([f"1300 {dg(3)} {dg(3)}", f"1800 {dg(3)} {dg(3)}"])
        if kind == "mob":
            n = f"4{dg(2)} {dg(3)} {dg(3)}"
            return pick([f"0{n}", f"+61 {n}", f"0{n.replace(' ', '')}"])
        a = pick(["2", "3", "7", "8"])
        return pick([f"(0{a}) {ri(5, 9)}{dg(3)} {dg(4)}", f"+61 {a} {ri(5, 9)}{dg(3)} {dg(4)}", f"0{a} {ri(5, 9)}{dg(3)} {dg(4)}"])
    if loc == "nz":
        if kind == "toll":
            return f"0800 {dg(3)} {dg(3)}"
        if kind == "mob":
            p = pick(["21", "22", "27", "29"])
            return pick([f"0{p} {dg(3)} {dg(4)}", f"+64 {p} {dg(3)} {dg(4)}", f"0{p}-{dg(3)}-{dg(3)}"])
        a = pick(["9", "4", "3", "7"])
        return pick([f"(0{a}) {ri(3, 9)}{dg(2)} {dg(4)}", f"+64 {a} {ri(3, 9)}{dg(2)} {dg(4)}", f"0{a} {ri(3, 9)}{dg(2)} {dg(4)}"])
    if loc == "za":
        if kind == "toll":
            return pick([f"0860 {dg(3)} {dg(3)}", f"0800 {dg(3)} {dg(3)}"])
        if kind == "mob":
            p = pick(["82", "83", "72", "73", "84", "61"])
            return pick([f"0{p} {dg(3)} {dg(4)}", f"+27 {p} {dg(3)} {dg(4)}", f"0{p}{dg(7)}"])
        a = pick(["21", "11", "31", "12", "41"])
        return pick([f"0{a} {dg(3)} {dg(4)}", f"+27 {a} {dg(3)} {dg(4)}", f"(0{a}) {dg(3)}-{dg(4)}"])
    if loc == "sg":
        if kind == "toll":
            return f"1800 {dg(3)} {dg(4)}"
        n = (pick("89") if kind == "mob" else "6") + dg(3) + " " + dg(4)
        return pick([n, f"+65 {n}", f"+65-{n.replace(' ', '-')}", n.replace(" ", "")])
    if loc == "in":
        if kind == "toll":
            return f"1800-{dg(3)}-{dg(4)}"
        if kind == "mob":
            n = f"{pick('6789')}{dg(4)}"
            m = dg(5)
            return pick([f"+91 {n} {m}", f"+91-{n}-{m}", f"{n}{m}", f"0{n} {m}", f"+91 {n}{m}"])
        a = pick(["80", "22", "44", "40", "33", "20"])
        return pick([f"0{a}-{ri(2, 6)}{dg(3)} {dg(4)}", f"+91 {a} {ri(2, 6)}{dg(3)} {dg(4)}", f"0{a} {ri(2, 6)}{dg(7)}"])
    if loc == "de":
        if kind == "toll":
            return pick([f"0800 {dg(3)} {dg(4)}", f"0800 / {dg(3)} {dg(2)} {dg(2)}"])
        if kind == "mob":
            p = pick(["151", "152", "160", "170", "171", "176", "157"])
            n = dg(7 if p != "152" else 8)
            return pick([f"0{p} {n}", f"+49 {p} {n}", f"0{p} / {n[:3]} {n[3:]}", f"+49 (0){p} {n}", f"0{p}-{n}"])
        a, n = pick([("30", dg(8)), ("89", dg(7)), ("221", dg(6)), ("40", dg(8)), ("69", dg(7)), ("341", dg(6)),
                     ("711", dg(7))])
        return pick([f"0{a} {n}", f"+49 {a} {n}", f"0{a} / {n[:3]} {n[3:]}", f"+49 (0){a} {n[:4]} {n[4:]}",
                     f"0{a}-{n}"])
    if loc == "fr":
        if kind == "toll":
            return pick([f"0 800 {dg(2)} {dg(2)} {dg(2)}", f"09 69 {dg(2)} {dg(2)} {dg(2)}"])
        d = [f"{pick('67')}"] if kind == "mob" else [pick("12345")]
        n = [dg(2) for _ in range(4)]
        return pick([f"0{d[0]} " + " ".join(n), f"+33 {d[0]} " + " ".join(n), f"0{d[0]}." + ".".join(n),
                     f"+33 (0){d[0]} " + " ".join(n), f"0{d[0]}" + "".join(n)])
    if loc == "nl":
        if kind == "toll":
            return pick([f"0800-{dg(4)}", f"088 {dg(3)} {dg(4)}"])
        if kind == "mob":
            n = dg(8)
            return pick([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
                         f"06{n}"])
        a, n = pick([("20", dg(7)), ("30", dg(7)), ("70", dg(7)), ("10", dg(7)), ("40", dg(7)), ("50", dg(7))])
        return pick([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"+31 (0){a} {n}"])
    if loc == "es":
        if kind == "toll":
            return f"900 {dg(3)} {dg(3)}"
        f0 = pick("67") if kind == "mob" else pick(["91", "93", "95", "96"])
        n = f0 + dg(9 - len(f0))
        return pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                     f"+34 {n}", f"(+34) {n[:3]} {n[3:6]} {n[6:]}"])
    if loc == "it":
        if kind == "toll":
            return f"800 {dg(3)} {dg(3)}"
        if kind == "mob":
            n = pick(["333", "347", "348", "320", "339", "366"]) + dg(7)
            return pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}", f"{n[:3]}/{n[3:]}", f"+39 {n}"])
        a = pick(["02", "06", "011", "051", "055", "081"])
        n = dg(10 - len(a))
        return pick([f"{a} {n}", f"+39 {a} {n[:4]} {n[4:]}", f"{a}-{n}", f"{a} {n[:4]} {n[4:]}"])
    if loc == "pt":
        if kind == "toll":
            return pick([f"800 {dg(3)} {dg(3)}", f"707 {dg(3)} {dg(3)}"])
        n = (pick(["91", "92", "93", "96"]) if kind == "mob" else pick(["21", "22", "23", "25"])) + dg(7)
        return pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:2]} {n[2:5]} {n[5:]}",
                     f"+351 {n}", f"(+351) {n}"])
    if loc == "sv":
        if kind == "toll":
            return f"0771-{dg(2)} {dg(2)} {dg(2)}"
        if kind == "mob":
            p = pick(["70", "72", "73", "76", "79"])
            n = dg(7)
            return pick([f"0{p}-{n[:3]} {n[3:5]} {n[5:]}", f"+46 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p}{n}",
                         f"+46 (0){p}-{n}"])
        a, n = pick([("8", dg(7)), ("31", dg(6)), ("40", dg(6)), ("18", dg(6)), ("90", dg(6))])
        return pick([f"0{a}-{n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"0{a}-{n[:2]} {n[2:4]} {n[4:]}",
                     f"+46 {a} {n}", f"0{a}-{n}"])
    if loc == "da":
        if kind == "toll":
            return f"70 {dg(2)} {dg(2)} {dg(2)}"
        f0 = pick(["2", "3", "4", "5", "6", "8"]) if kind != "mob" else pick(["20", "22", "26", "28", "30", "40", "50", "60", "61"])
        n = f0 + dg(8 - len(f0))
        return pick([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                     f"+45 {n[:4]} {n[4:]}", f"{n}", f"(+45) {n}"])
    raise KeyError(loc)


# --------------------------------------------------------------------------
# money: IBAN, cards, SSN
# --------------------------------------------------------------------------
def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return 98 - _num(bban + cc + "00") % 97


def es_ctrl(d):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban(cc, grouped=None):
    if cc == "DE":
        bban = dg(8) + dg(10)
    elif cc == "FR":
        bank, br, acc = dg(5), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        bban = f"{bank}{br}{acc}{key:02d}"
    elif cc == "NL":
        bban = pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB", "ASNB"]) + dg(10)
    elif cc == "ES":
        bank, br, acc = dg(4), dg(4), dg(10)
        bban = f"{bank}{br}{es_ctrl('00' + bank + br)}{es_ctrl(acc)}{acc}"
    elif cc == "IT":
        bban = pick("ABCDEFGHIJKLMNPRSTUVWXYZ") + dg(5) + dg(5) + dg(12)
    elif cc == "PT":
        bban = pick(["0033", "0035", "0007", "0010", "0018", "0036"]) + dg(17)
    elif cc == "SE":
        bban = pick(["500", "800", "300", "600", "916"]) + dg(17)
    elif cc == "DK":
        bban = dg(14)
    elif cc in ("GB", "IE"):
        bank = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) if cc == "GB" else pick(["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + dg(6) + dg(8)
    elif cc == "BE":
        bban = dg(12)
    elif cc == "AT":
        bban = dg(16)
    elif cc == "LU":
        bban = dg(3) + dg(13)
    elif cc == "CH":
        bban = dg(17)
    else:
        raise KeyError(cc)
    s = f"{cc}{iban_check(cc, bban):02d}{bban}"
    if grouped is None:
        grouped = chance(0.75)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return _num(s[4:] + s[:4]) % 97 == 1


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card(net=None, sep=None):
    net = net or pick(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners"])
    if net == "visa":
        body = "4" + dg(14)
    elif net == "mc":
        body = pick(["51", "52", "53", "54", "55", "2221", "2720", "2367"])
        body += dg(15 - len(body))
    elif net == "amex":
        body = pick(["34", "37"]) + dg(12)
    elif net == "disc":
        body = pick(["6011", "65", "644"])
        body += dg(15 - len(body))
    elif net == "jcb":
        body = "35" + str(ri(28, 89)) + dg(11)
    else:
        body = "36" + dg(11)
    num = body + luhn_digit(body)
    if sep is None:
        sep = pick([" ", " ", "-", "", " "])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g), num, net


NETNAME = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "disc": "Discover", "jcb": "JCB",
           "diners": "Diners Club"}


def masked(num=None, style=None):
    last4 = num[-4:] if num else dg(4)
    style = style if style is not None else ri(0, 5)
    return ["**** **** **** " + last4, "XXXX-XXXX-XXXX-" + last4, "ending " + last4,
            (num[:6] if num else "4" + dg(5)) + "******" + last4, "•••• " + last4, "xxxxxxxxxxxx" + last4][style]


def ssn(fmt=None):
    area = ri(1, 899)
    while area == 666:
        area = ri(1, 899)
    a, g, s = f"{area:03d}", f"{ri(1, 99):02d}", f"{ri(1, 9999):04d}"
    fmt = fmt if fmt is not None else pick([0, 0, 0, 1, 2])
    return [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"][fmt]


def ein():
    return f"{pick(['84', '82', '46', '27', '81', '47', '88', '92', '36'])}-{dg(7)}"


def itin():
    return f"9{dg(2)}-{pick(['70', '71', '78', '83', '88', '92'])}-{dg(4)}"


# --------------------------------------------------------------------------
# IPs, user agents, dates, refs
# --------------------------------------------------------------------------
def ipv4(private=False):
    if private:
        return pick([f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}", f"192.168.{ri(0, 20)}.{ri(2, 254)}",
                     f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}"])
    return f"{pick([24, 31, 37, 45, 62, 66, 73, 77, 82, 86, 89, 91, 98, 104, 109, 151, 176, 185, 188, 203, 212, 217, 84, 94])}." \
           f"{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"


def ipv6():
    pre = pick(["2a02:810d", "2a01:cb1d", "2003:e6", "2a00:23c5", "2601:647", "2600:1700", "2a02:a45a", "2001:1c00",
                "2a01:4b00", "2405:201", "2a02:c7c", "2806:2f0"])
    hx = [f"{ri(0, 65535):x}" for _ in range(6)]
    if chance(0.45):
        return f"{pre}:{hx[0]}:{hx[1]}::{hx[2]}"
    n = 8 - len(pre.split(":"))
    return pre + ":" + ":".join(hx[:n])


def ip_any():
    return ipv6() if chance(0.35) else ipv4()


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
       "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
       "KestrelApp/5.12.3 (iOS 17.4.1; iPhone14,5; build 2024.3.1.7)",
       "okhttp/4.12.0 AtlasMobile-Android/8.3.0.1142"]

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                 "ottobre", "novembre", "dicembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                 "novembro", "dezembro"],
          "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                 "november", "december"],
          "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                 "november", "december"]}


CUR = {"year": 2024}


def date(loc="uk", style=None, year=None, md=None):
    y = year or CUR["year"]
    m, d = md or (ri(1, 12), ri(1, 28))
    lang = LANG_OF[loc]
    mn = MONTHS[lang][m - 1]
    style = style if style is not None else ri(0, 2)
    if style == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en":
        if loc in ("us",):
            return [f"{mn} {d}, {y}", f"{m:02d}/{d:02d}/{y}"][style]
        if loc == "ca":
            return [f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}"][style]
        return [f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}"][style]
    if lang == "de":
        return [f"{d}. {mn} {y}", f"{d:02d}.{m:02d}.{y}"][style]
    if lang == "da":
        return [f"{d}. {mn} {y}", f"{d:02d}.{m:02d}.{y}"][style]
    if lang in ("es", "pt"):
        return [f"{d} de {mn} de {y}", f"{d:02d}/{m:02d}/{y}"][style]
    if lang == "nl":
        return [f"{d} {mn} {y}", f"{d:02d}-{m:02d}-{y}"][style]
    return [f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}"][style]


def date_seq(loc, n, style=None):
    mds = sorted((ri(1, 12), ri(1, 28)) for _ in range(n))
    style = style if style is not None else ri(0, 2)
    return [date(loc, style, md=md) for md in mds]


def ts():
    return f"{CUR['year']}-{ri(1, 12):02d}-{ri(1, 28):02d}T{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}Z"


def ref(prefix, n=6):
    return f"{prefix}{dg(n)}"


def words(s):
    return len(s.split())


# --------------------------------------------------------------------------
# kinds registry
# --------------------------------------------------------------------------
KINDS = []


def kind(name, count):
    def deco(fn):
        KINDS.append((name, count, fn))
        return fn
    return deco


EN_LOCS = ["us", "uk", "ie", "ca", "au", "nz", "za", "sg", "in"]
CC_OF = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT",
         "sv": "SE", "da": "DK"}


def addr_block(b, loc, sep="\n", country=False):
    lines, c, ctry = addr(loc)
    b.A(addr_str(loc, sep, country, lines=lines) if not country else sep.join(lines + [ctry]))
    return c


def sig_en(b, p, role=None, org=None, postnom=None, ph=None, em=None, lead=None):
    b.t("\n\n" + (lead or pick(["Kind regards,", "Regards,", "Yours sincerely,", "Best,", "Many thanks,", "Sincerely,"])) + "\n")
    b.P(p.full)
    if postnom:
        b.t(", " + postnom)
    if role:
        b.t("\n" + role)
    if org:
        b.t("\n" + org)
    if ph:
        b.t("\n" + pick(["T: ", "Tel: ", "Direct: ", "Phone: ", "M: ", ""]))
        b.PH(ph)
    if em:
        b.t("\n" + pick(["E: ", "Email: ", ""]))
        b.M(em)


# ==========================================================================
# ENGLISH KINDS
# ==========================================================================
@kind("gdpr_access_request_customer_email", 5)
def k_sar_email():
    loc = pick(["uk", "uk", "ie", "uk", "ie", "nz"])
    p = person(loc)
    co = brand(loc)
    dom = dom_of(co)
    em = email_of(p)
    acct = pick(["account number ", "customer number ", "loyalty card no. ", "member ID "]) + dg(8)
    law = {"uk": "UK GDPR", "ie": "GDPR", "nz": "Privacy Act 2020"}[loc]
    art = {"uk": "Article 15 of the UK GDPR", "ie": "Article 15 GDPR", "nz": "Information Privacy Principle 6 of the Privacy Act 2020"}[loc]
    b = B()
    v = ri(0, 2)
    if v == 0:
        b.t("To: ")
        b.M(pick(["privacy@", "dpo@", "dataprotection@", "customercare@"]) + dom)
        b.t("\nFrom: ")
        b.M(em)
        b.t("\nSubject: " + pick(["Subject access request", "SAR - please action", f"Request under {law}",
                                    "Copy of my personal data please"]) + "\n\n")
        b.t(pick(["Dear Data Protection Officer,", "Hello,", "To whom it may concern,", "Hi there,"]) + "\n\n")
    else:
        b.P(p.full)
        b.t("\n")
        addr_block(b, loc)
        b.t("\n\n" + date(loc, 0) + "\n\n")
        b.t(f"Data Protection Officer\n{co}\n")
        if chance(0.6):
            b.A(addr_str(loc, "\n"))
            b.t("\n")
        b.t("\nDear Sir or Madam,\n\nRe: Subject access request\n\n")
    b.t(f"I am making a request under {art} for a copy of the personal information {co} holds about me. ")
    b.t(pick([f"I have had an account with you for about {ri(2, 9)} years and recently started getting post and texts I never signed up for.",
              "I unsubscribed last spring and I am still receiving marketing, so I would like to understand what you have and where it came from.",
              "A friend received a letter addressed to me at her flat, which makes me think my details have been shared.",
              "I would simply like to know what you keep."]) + "\n\n")
    b.t("Please include:\n1. all personal data you hold, including call recordings and chat logs;\n2. the source of any data you did not get from me;\n"
        "3. the recipients, including any list brokers, agencies or 'selected partners';\n4. how long you plan to keep it.\n\n")
    b.t("To help you locate my records: ")
    order = sample(["name", "acct", "email", "phone", "old"], ri(3, 5))
    for i, o in enumerate(order):
        if o == "name":
            b.t("my full name is ")
            b.P(p.full)
        elif o == "acct":
            b.t("my " + acct)
        elif o == "email":
            b.t("the email on file is ")
            b.M(em if chance(0.5) else email_of(p))
        elif o == "phone":
            b.t("my mobile is ")
            b.PH(phone(loc, "mob"))
        else:
            b.t("you may also have me at my previous address, ")
            b.A(addr_str(loc, ", "))
            b.t(", from before I moved to ")
            b.L(city(loc))
        b.t("; " if i < len(order) - 1 else ".")
    b.t("\n\n" + pick(["I understand you have one month to respond. Please reply by email rather than post.",
                        "I am happy to provide ID if needed but please do not ask for more than is necessary.",
                        "Please confirm receipt.", "If you need anything else from me, call me."]))
    if v == 0 and chance(0.5):
        b.t("\n\nThanks,\n")
        b.P(p.first)
    else:
        sig_en(b, p, ph=phone(loc, "mob") if chance(0.3) else None)
    return "en", b


@kind("ccpa_deletion_webform_submission", 5)
def k_ccpa_form():
    p = person("us")
    co = brand("us")
    lines, c, _ = addr("us")
    b = B()
    b.t(pick(["== Privacy Request Web Form ==", "New submission: Your Privacy Choices", "[webform] consumer_rights_request",
              "Form: Do Not Sell or Share / Delete My Data"]) + "\n")
    b.t(f"Submitted: {ts()}   Source IP: ")
    b.IP(ip_any())
    b.t("\n")
    rows = [("Request type", pick(["Delete my personal information", "Delete + Opt out of sale/sharing",
                                   "Right to know (categories) and delete", "Correct my information"])),
            ("First name", ("P", p.first)), ("Last name", ("P", p.last)),
            ("Email", ("M", email_of(p))), ("Phone (optional)", ("PH", phone("us")) if chance(0.7) else ""),
            ("State of residence", ("L", pick(["California", "California", "Colorado", "Virginia", "Connecticut", "Oregon"]))),
            ("Mailing address", ("A", ", ".join(lines))),
            ("Are you submitting on behalf of someone else?", pick(["No", "No", "Yes - my spouse"])),
            ("Relationship with us", pick(["Customer", "Former customer", "Received marketing only", "Job applicant"])),
            ("Details", None)]
    if chance(0.4):
        rows = [r for r in rows if r[0] != "Mailing address"]
    for k, v in rows:
        b.t(f"{k}: " if chance(0.8) else f"{k.upper()}: ")
        if k == "Details":
            b.t(pick([f"Please delete everything. I closed my account in {ri(2019, 2023)} and {co} still emails me weekly.",
                      "Got a mailer at my parents' house with my name on it. How?? Delete and stop selling.",
                      f"I want all my data deleted including the photos I uploaded for the {pick(['review contest', 'style quiz', 'warranty claim'])}.",
                      "do not sell my info. delete it. thank you",
                      ""]))
        elif isinstance(v, tuple):
            b.e(TYPEMAP[v[0]], v[1])
        else:
            b.t(v)
        b.t("\n")
    b.t(f"Verification status: {pick(['PENDING - email link sent', 'VERIFIED (email + last order)', 'FAILED - mismatch', 'PENDING'])}\n")
    b.t(f"Ticket: PRQ-{dg(6)}   Due: {date('us', 1)} (45 days)\n")
    return "en", b


@kind("dsar_intake_tracker_csv", 4)
def k_dsar_tracker():
    b = B()
    loc0 = pick(["uk", "ie", "us"])
    hdr = pick(["case_id,received,channel,requester,email,country,type,status,owner,notes",
                "Case ID;Received;Channel;Requester;Email;Country;Type;Status;Owner;Notes"])
    sep = "," if hdr.startswith("case") else ";"
    b.t(hdr + "\n")
    owners = [person(pick(["uk", "ie"]), fancy=False) for _ in range(2)]
    for i in range(ri(4, 9)):
        loc = pick(["uk", "ie", "de", "fr", "nl", "us", "es"])
        p = person(loc, fancy=False)
        b.t(f"DSR-{CUR['year']}-{dg(4)}{sep}{date('uk', 2)}{sep}{pick(['web form', 'email', 'post', 'phone', 'chat'])}{sep}")
        nm = p.full if chance(0.7) else f"{p.last}, {p.first}"
        if sep == "," and "," in nm:
            b.t('"')
            b.P(nm)
            b.t('"')
        else:
            b.P(nm)
        b.t(sep)
        if chance(0.85):
            b.M(email_of(p))
        b.t(sep)
        if chance(0.6):
            b.L({"uk": "United Kingdom", "ie": "Ireland", "de": "Germany", "fr": "France", "nl": "Netherlands",
                 "us": "United States", "es": "Spain"}[loc])
        else:  # ISO alpha-2 code: not labelled
            b.t({"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "us": "US", "es": "ES"}[loc])
        b.t(sep + pick(["access", "erasure", "rectification", "objection (DM)", "portability", "access+erasure"]) + sep)
        b.t(pick(["open", "awaiting ID", "closed - fulfilled", "closed - no data", "extended (+2m)", "in review"]) + sep)
        o = pick(owners)
        b.P(o.first if chance(0.5) else initial_form(o))
        b.t(sep)
        note = pick(["", "ID verified via passport", "dup of earlier case", "also phoned", "solicitor acting",
                     "asked for call recordings", "marketing suppressed same day", "IP in consent log differs"])
        if note == "solicitor acting":
            s = person("uk", fancy=False)
            b.t("solicitor acting (")
            b.P(s.full)
            b.t(")")
        elif note == "also phoned":
            b.t("also phoned from ")
            b.PH(phone(loc if loc in ("uk", "ie", "de", "fr", "nl", "us", "es") else "uk"))
        elif note == "IP in consent log differs":
            b.t("IP in consent log ")
            b.IP(ip_any())
            b.t(" differs")
        else:
            b.t(note)
        b.t("\n")
    return "en", b


@kind("requester_id_check_memo", 5)
def k_id_check():
    loc = pick(["uk", "ie", "us", "au", "ca"])
    p = person(loc)
    ag = person(pick(["uk", "ie"]), fancy=False)
    b = B()
    b.t(f"IDENTITY VERIFICATION NOTE - case {pick(['SAR', 'DSR', 'PR'])}-{dg(5)}\n")
    b.t(f"Prepared by: ")
    b.P(ag.full)
    b.t(f" ({pick(['Privacy Ops', 'Customer Data Rights', 'Legal Ops'])})   Date: {date(loc, 1)}\n\n")
    b.t("Requester as stated on the request: ")
    b.P(p.full)
    b.t("\nContact supplied: ")
    em = email_of(p)
    b.M(em)
    if chance(0.6):
        b.t(" / ")
        b.PH(phone(loc, "mob"))
    b.t("\n\nChecks performed:\n")
    lines, c, _ = addr(loc)
    checks = [
        lambda: (b.t("- Matched email to CRM profile #" + dg(7) + " (created " + date(loc, 2) + ").\n")),
        lambda: (b.t("- Postal address on profile: "), b.A(", ".join(lines)), b.t(" - matches utility bill supplied.\n")),
        lambda: (b.t(f"- Last order value and date confirmed by requester on call ({pick(['correct', 'off by a day, accepted'])}).\n")),
        lambda: (b.t(f"- Driving licence image received; name matches, photo not retained, number not recorded.\n")),
        lambda: (b.t("- Login IP history reviewed: most recent session from "), b.IP(ip_any()), b.t(", consistent with "), b.L(c or city(loc)), b.t(".\n")),
        lambda: (b.t(f"- Card on file shown as {masked(None)}; requester confirmed last four.\n")),
    ]
    for fn in sample(checks, ri(3, 6)):
        fn()
    if chance(0.4):
        other = person(loc, fancy=False)
        b.t("\nNote: the profile also lists ")
        b.P(other.full)
        b.t(" as a secondary contact (" + pick(["spouse", "gift recipient", "delivery contact"]) +
            "). Their data will be excluded from the disclosure pack unless consent is obtained.\n")
    b.t("\nOutcome: " + pick(["VERIFIED - proceed to fulfilment.", "Insufficient - requested one further document.",
                              "Verified at reasonable level; no further ID to be requested (proportionality).",
                              "Refer to DPO - possible third-party request."]) + "\n")
    return "en", b


PARA_FULFIL = [
    "We process this information to manage your account, deliver your orders and, where you agreed, to send you marketing. "
    "Marketing permissions are recorded with the date, channel and wording shown to you at the time.",
    "Some categories are held by our service providers on our behalf. They act only on our instructions and do not use your "
    "information for their own purposes.",
    "Call recordings are kept for 90 days and then deleted automatically; none of your calls fall inside that window, so no "
    "recordings are included.",
    "Where we hold information that also relates to other people, for example the name of a gift recipient, we have removed "
    "details that would identify them unless they have agreed to disclosure.",
    "We have not made any decision about you based solely on automated processing that has legal or similarly significant effects. "
    "We do use automated segmentation to decide which offers to show you; you can object to this at any time.",
    "If you are unhappy with this response you may ask us to review it, and you have the right to complain to the data protection "
    "regulator.",
    "Order history is kept for six years from the end of the financial year in which the order was placed, because we are required "
    "to keep accounting records for that period.",
]


@kind("access_request_fulfilment_letter", 5)
def k_fulfil():
    loc = pick(["uk", "ie", "uk", "au", "za", "nz"])
    p = person(loc)
    co = brand(loc)
    dom = dom_of(co)
    dpo = person(pick(["uk", "ie"]))
    b = B()
    b.t(f"{co}\n")
    b.A(addr_str(pick(["uk", "ie"]), ", "))
    b.t("\n\nPRIVATE AND CONFIDENTIAL\n")
    tt, fm = p.titled()
    if chance(0.5):
        b.t(tt + " ")
    b.P(p.full)
    b.t("\n")
    lines, c, _ = addr(loc)
    b.A("\n".join(lines))
    d_req, d_let = date_seq(loc, 2, 0)
    b.t(f"\n\nOur reference: SAR/{dg(5)}\nDate: {d_let}\n\n")
    b.t(f"Dear {tt} " if tt else "Dear ")
    b.P(fm)
    b.t(",\n\n")
    b.t(f"Thank you for your request of {d_req} for a copy of the personal data {co} holds about you. "
        "We have now completed our searches of our customer, marketing, payments and customer-service systems. "
        "The information we hold is summarised below and the full records are enclosed.\n\n")
    b.t("1. Identity and contact details\n")
    b.t("   Name: ")
    b.P(p.full)
    b.t("\n   Address: ")
    b.A(", ".join(lines))
    b.t("\n   Email: ")
    em = email_of(p)
    b.M(em)
    b.t("\n   Telephone: ")
    b.PH(phone(loc, "mob"))
    if chance(0.5):
        b.t(" (mobile); ")
        b.PH(phone(loc, "land"))
        b.t(" (home, last updated " + date(loc, 1) + ")")
    b.t("\n")
    if chance(0.5):
        b.t("   Previous address: ")
        b.A(addr_str(loc, ", "))
        b.t("\n")
    b.t(f"\n2. Account and orders\n   Customer number {dg(8)}; {ri(3, 40)} orders since {ri(2015, 2022)}. Payment cards are held by our "
        f"payment provider as tokens; we can see only the card type and last four digits ({pick(['Visa', 'Mastercard', 'Amex'])} "
        f"{masked(None, 2)}).\n")
    if chance(0.5):
        b.t("   Refunds were paid to ")
        b.I(iban(CC_OF.get(loc, "GB")) if loc in ("uk", "ie") else iban("GB"))
        b.t(" on " + date(loc, 1) + ".\n")
    b.t("\n3. Marketing and consent records\n")
    for _ in range(ri(2, 4)):
        b.t(f"   {date(loc, 2)} {pick(['email opt-in (checkout)', 'SMS opt-in (competition entry)', 'email opt-out (unsubscribe link)', 'post: legitimate interest', 'profiling objection'])}, IP ")
        b.IP(ip_any())
        b.t("\n")
    b.t("\n4. Customer service\n")
    ag = person(pick(["uk", "ie", "za", "in"]), fancy=False)
    b.t(f"   {ri(2, 9)} contacts; the most recent, on {date(loc, 1)}, was handled by ")
    b.P(ag.first)
    b.t(" and concerned a " + pick(["late delivery", "faulty item", "refund", "change of address"]) + ".\n\n")
    for para in sample(PARA_FULFIL, ri(3, 6)):
        b.t(para + "\n\n")
    b.t("You can contact our Data Protection Officer at ")
    b.M(pick(["dpo@", "privacy@"]) + dom)
    b.t(" or on ")
    b.PH(phone(pick(["uk", "ie"]), "land"))
    b.t(".")
    sig_en(b, dpo, role=pick(["Data Protection Officer", "Head of Privacy", "Privacy Counsel"]),
           postnom=pick([None, "CIPP/E", "LL.M.", "CIPP/E, CIPM"]), org=co, lead="Yours sincerely,")
    b.t("\n\nEnc. " + pick(["USB drive (encrypted; password sent separately)", "12 pages", "data export (JSON) and readme"]))
    return "en", b


@kind("doi_confirmation_event_log", 5)
def k_doi():
    b = B()
    co = brand("us")
    fmt = ri(0, 2)
    for _ in range(ri(4, 8)):
        loc = pick(EN_LOCS + ["de", "nl"])
        p = person(loc, fancy=False)
        em = email_of(p)
        t = ts()
        ip1 = ip_any()
        ip2 = ip1 if chance(0.5) else ip_any()
        if fmt == 0:
            b.t(f"{t} doi.signup list=newsletter-{pick(['weekly', 'offers', 'launch'])} email=")
            b.M(em)
            b.t(" ip=")
            b.IP(ip1)
            b.t(f' form="{pick(["footer", "exit-intent popup", "checkout", "quiz result"])}"\n')
            t2 = (datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ") +
                  datetime.timedelta(seconds=ri(40, 70 * 3600))).strftime("%Y-%m-%dT%H:%M:%SZ")
            b.t(f"{t2} doi.confirm token={ref('', 10)} ip=")
            b.IP(ip2)
            b.t(f' ua="{pick(UAS)}"\n')
        elif fmt == 1:
            b.t("{" + f'"event":"double_opt_in_confirmed","ts":"{t}","contact":{{"email":"')
            b.M(em)
            b.t('","first_name":"')
            b.P(p.first)
            b.t('"},"signup_ip":"')
            b.IP(ip1)
            b.t('","confirm_ip":"')
            b.IP(ip2)
            b.t(f'","wording_version":"v{ri(2, 7)}.{ri(0, 9)}","ua":"{pick(UAS)}"' + "}\n")
        else:
            b.t(f"| {t} | ")
            b.M(em)
            b.t(" | ")
            b.IP(ip1)
            b.t(" | ")
            b.IP(ip2)
            b.t(f" | {pick(['confirmed', 'confirmed', 'expired (72h)', 'bounced'])} |\n")
    if fmt == 2:
        b.t("\n(columns: timestamp | address | signup IP | confirm IP | result)  exported for " + co + " consent audit")
    return "en", b


@kind("cmp_consent_record_export", 5)
def k_cmp():
    b = B()
    co = brand("uk")
    b.t(pick(["consent_id,timestamp,ip,country,ua,purposes,vendors,tcf_string,user_id\n",
              "id\tts\tip_address\tgeo\tuser_agent\tanalytics\tads\tpersonalisation\temail\n"]))
    tsv = b.buf[-1].startswith("id\t")
    for _ in range(ri(4, 8)):
        loc = pick(["uk", "ie", "de", "fr", "nl", "us", "es", "it", "sv"])
        ip = ip_any()
        if not tsv:
            b.t(f"{ref('c_', 8)},{ts()},")
            b.IP(ip)
            b.t(",")
            b.t(pick(["GB", "IE", "DE", "FR", "NL", "US", "ES"]) + ",")
            b.t('"' + pick(UAS) + '",')
            b.t(pick(["1|2|7|9", "1", "1|3|4", "none", "1|2|3|4|5|6|7|8|9|10"]) + ",")
            b.t(str(ri(0, 740)) + ",CP" + ref("", 6) + "AAAA" + pick(["EN", "DE", "FR"]) + ",")
            b.t(pick(["", "", "u_" + dg(7)]) + "\n")
        else:
            b.t(f"{dg(9)}\t{ts()}\t")
            b.IP(ip)
            b.t("\t")
            b.L(city(loc) if chance(0.5) else {"uk": "United Kingdom", "ie": "Ireland", "de": "Germany", "fr": "France",
                                               "nl": "Netherlands", "us": "United States", "es": "Spain", "it": "Italy",
                                               "sv": "Sweden"}[loc])
            b.t("\t" + pick(UAS) + "\t")
            b.t("\t".join(pick(["granted", "denied"]) for _ in range(3)) + "\t")
            if chance(0.5):
                b.M(email_of(person(loc, fancy=False)))
            b.t("\n")
    b.t(f"# export for {co} cookie-consent audit, {date('uk', 0)}; retention 12 months\n")
    return "en", b


@kind("suppression_file_append_request", 5)
def k_suppress():
    b = B()
    loc = pick(["uk", "us", "au", "ie"])
    co = brand(loc)
    req = person(loc, fancy=False)
    b.t(f"Hi team,\n\nPlease append the following to the master suppression list before tonight's {pick(['Black Friday', 'spring catalogue', 'win-back', 'renewal'])} send. "
        f"All of these came in via {pick(['complaints', 'the unsubscribe desk', 'the DM objection inbox', 'phone'])} this week.\n\n")
    style = ri(0, 2)
    for _ in range(ri(5, 10)):
        p = person(loc, fancy=False)
        r = ri(0, 3)
        if style == 0:
            b.t("- ")
            if r in (0, 1):
                b.M(email_of(p))
            if r in (1, 2):
                b.t(" / " if r == 1 else "")
                b.PH(phone(loc, "mob"))
            if r == 3:
                b.P(p.full)
                b.t(", ")
                b.A(addr_str(loc, ", "))
                b.t(" (post only)")
            b.t("  " + pick(["", "all channels", "email only", "SMS only", "deceased - family request", "TPS"]) + "\n")
        else:
            if r == 3:
                b.t("POSTAL\t")
                b.P(p.full.upper() if chance(0.3) else p.full)
                b.t("\t")
                b.A(addr_str(loc, ", "))
            elif r == 2:
                b.t("SMS\t")
                b.PH(phone(loc, "mob"))
            else:
                b.t("EMAIL\t")
                b.M(email_of(p).upper() if chance(0.2) else email_of(p))
            b.t("\n")
    if chance(0.5):
        b.t("\nAlso domain-level block for ")
        b.t("@" + pick(["examplemail.test", "competitor-co.com", "mailinator.com"]))
        b.t(" (seed/test addresses).\n")
    b.t("\nTicket ref SUP-" + dg(5) + ". Shout if the file format is wrong.\n\n")
    b.P(req.first)
    if chance(0.5):
        b.t("\n" + pick(["CRM Manager", "Marketing Ops", "Deliverability"]) + ", " + co + "\n")
        b.PH(phone(loc, "land"))
    return "en", b


@kind("unsubscribe_not_honoured_complaint", 5)
def k_unsub():
    loc = pick(["uk", "us", "ie", "ca", "au", "in", "sg"])
    p = person(loc)
    co = brand(loc)
    em = email_of(p)
    b = B()
    v = ri(0, 2)
    if v == 0:
        b.t(pick(["THIS IS THE FOURTH TIME.", "Unsubscribe does not work.", "Stop emailing me.", "Complaint - marketing after opt-out"]) + "\n\n")
        b.t(f"I unsubscribed from {co} emails on {date(loc, 0)} using the link at the bottom. I got the 'you've been removed' page. "
            f"Since then I have received {ri(6, 31)} emails, including two today. The address is ")
        b.M(em)
        b.t(" and no, I don't want to 'update my preferences', I want it to stop.\n\n")
        if chance(0.6):
            b.t("You've also started texting me on ")
            b.PH(phone(loc, "mob"))
            b.t(" which I never gave you for marketing - it was for delivery updates only. ")
        b.t(pick(["If this carries on I will report it.", "Next step is a complaint to the regulator.",
                  "I'd like written confirmation that I've been removed from every list.", "Please just fix it."]))
        b.t("\n\n")
        b.P(p.full if chance(0.6) else p.first)
    elif v == 1:
        ag = person(pick(["uk", "in", "za", "ie"]), fancy=False)
        b.t(f"[Ticket #{dg(7)}] Priority: High  Tag: unsubscribe_failure\nCustomer: ")
        b.P(p.full)
        b.t(" <")
        b.M(em)
        b.t(">\n\nCustomer says: \"" + pick(["I opted out in March and keep getting your 'last chance' emails.",
                                            "why am I still on your list??? removed myself twice",
                                            "Got an SMS from a short code 78555 with your name on it after I replied STOP."]) + "\"\n\n")
        b.t("Agent note (")
        b.P(ag.first)
        b.t(f"): checked ESP - address shows unsubscribed {date(loc, 2)} on list A but still subscribed on list '{pick(['VIP Early Access', 'Outlet', 'Partner Offers'])}' "
            "which was imported from the old platform. Removed from all lists, added to global suppression. Sent apology macro + confirmation.\n")
        if chance(0.5):
            b.t("Also found duplicate profile with ")
            b.M(email_of(p))
            b.t(" - suppressed too.\n")
    else:
        b.t("Dear ")
        b.t(pick([co + " customer care", "Sir/Madam", "Marketing department"]))
        b.t(",\n\nI am writing because my request to stop marketing has been ignored. I wrote to you at ")
        b.A(addr_str(pick(["uk", "ie"]) if loc not in ("us", "ca", "au") else loc, ", "))
        b.t(f" on {date(loc, 0)} and heard nothing. The catalogues are still arriving, addressed to me and to my late husband ")
        h = person(loc, g="m", fancy=False)
        b.P(h.full)
        b.t(", which is distressing. My address is:\n")
        addr_block(b, loc)
        b.t("\n\nPlease remove both names and confirm in writing.\n\nYours faithfully,\n")
        b.P(p.full)
        if chance(0.5):
            b.t("\nTel ")
            b.PH(phone(loc, "land"))
    return "en", b


@kind("mailbox_provider_fbl_digest", 4)
def k_fbl():
    b = B()
    co = brand("us")
    dom = dom_of(co)
    b.t(f"Feedback loop digest - {pick(['Yahoo CFL', 'Microsoft JMRP', 'Comcast FBL', 'aggregated ISP complaints'])} - sending domain mail.{dom}\n")
    b.t(f"Window: {date('uk', 2)} 00:00 - 23:59 UTC   complaints: {ri(12, 240)}   rate: 0.{ri(1, 9)}{ri(0, 9)}%\n\n")
    b.t("Top sending IPs:\n")
    for _ in range(ri(2, 3)):
        b.t("  ")
        b.IP(ipv4())
        b.t(f"  complaints {ri(3, 99)}  pool={pick(['marketing-1', 'promo-b', 'transactional'])}\n")
    b.t("\nSample complaints (recipient unredacted by provider):\n")
    for _ in range(ri(3, 6)):
        p = person(pick(["us", "uk", "ca"]), fancy=False)
        b.t(f"  {ts()}  campaign={pick(['SPRING24_FLASH', 'winback_90d', 'cart_abandon_2', 'NL_weekly_312'])}  rcpt=")
        b.M(email_of(p))
        b.t("  src-ip=")
        b.IP(ipv4())
        if chance(0.3):
            b.t("  x-original-to=")
            b.M(email_of(p))
        b.t("\n")
    b.t("\nAction: all complainers auto-suppressed. " + pick(["Review list hygiene for the 'partners' segment.",
                                                             "Complaint spike follows the re-permission send; pause segment.",
                                                             "Within threshold; no action."]) + "\n")
    return "en", b


REG_UK = ("Information Commissioner's Office", "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF")
REG_IE = ("Data Protection Commission", "21 Fitzwilliam Square South, Dublin 2, D02 RD28")


@kind("ico_complaint_letter_by_customer", 5)
def k_ico():
    loc = pick(["uk", "uk", "ie"])
    reg, raddr = REG_UK if loc == "uk" else REG_IE
    p = person(loc)
    co = brand(loc)
    b = B()
    b.P(p.full)
    b.t("\n")
    addr_block(b, loc)
    b.t("\n")
    em = email_of(p)
    b.M(em)
    b.t("\n\n" + date(loc, 0) + "\n\n" + reg + "\n")
    b.A(raddr.replace(", ", "\n") if chance(0.5) else raddr)
    b.t(f"\n\nDear Sir or Madam,\n\nComplaint about {co}: unsolicited marketing and failure to respond to a subject access request\n\n")
    b.t(f"I wish to complain about {co}. ")
    b.t(f"On {date(loc, 0)} I asked them, by email to their privacy address, for a copy of the personal data they hold about me and for "
        f"the source of my details. They acknowledged the request under reference SAR-{dg(5)} but, more than {ri(6, 14)} weeks later, "
        "I have received nothing further despite two reminders.\n\n")
    b.t("The reason I made the request is that I started receiving marketing texts to my mobile ")
    b.PH(phone(loc, "mob"))
    b.t(" and calls to my landline ")
    b.PH(phone(loc, "land"))
    b.t(". I have never bought anything from this company and I did not give them either number. One caller, who said his name was ")
    c1 = person(loc, g="m", fancy=False)
    b.P(c1.first)
    b.t(", told me my details came from a 'prize draw' I had entered, which I have not. ")
    b.t(f"My number has been registered with the {'TPS' if loc == 'uk' else 'National Directory Database opt-out'} since {ri(2012, 2020)}.\n\n")
    b.t("I have kept a log of the contacts:\n")
    for _ in range(ri(3, 6)):
        b.t(f" - {date(loc, 1)} {ri(8, 20):02d}:{ri(0, 59):02d}  {pick(['SMS', 'call', 'call (no answer, voicemail)', 'SMS'])} from ")
        b.PH(phone(loc, pick(["mob", "land"])))
        b.t("\n")
    b.t("\nI would like you to investigate whether the company had any lawful basis to contact me, and to require it to answer my "
        "access request. I enclose copies of my original request, their acknowledgement, my reminders and screenshots of the texts. "
        "I am happy for you to share my name and contact details with the company for the purposes of dealing with this complaint.\n\n")
    if chance(0.5):
        b.t("Please note that my daughter, ")
        d = person(loc, g="f", fancy=False)
        b.P(d.first)
        b.t(", is helping me with this complaint and you may speak to her on ")
        b.PH(phone(loc, "mob"))
        b.t(".\n\n")
    b.t("Yours faithfully,\n\n")
    b.P(p.full)
    return "en", b


@kind("ftc_complaint_portal_narrative", 5)
def k_ftc():
    p = person("us")
    co = brand("us")
    lines, c, _ = addr("us")
    b = B()
    b.t("ReportFraud complaint - consumer copy\nReport number: " + dg(9) + "\n\n")
    b.t("About you\n  Name: ")
    b.P(p.full)
    b.t("\n  Address: ")
    b.A(", ".join(lines))
    b.t("\n  Email: ")
    b.M(email_of(p))
    b.t("\n  Phone: ")
    b.PH(phone("us"))
    b.t(f"\n  Age range: {pick(['30-39', '40-49', '60-69', '70-79'])}\n\n")
    b.t("About the company\n  Name: " + co + "\n  Website: www." + dom_of(co) + "\n  Phone: ")
    b.PH(phone("us", "toll"))
    b.t("\n  Rep name: ")
    rep = person("us", fancy=False)
    b.P(rep.first + (" " + rep.last[0] + "." if chance(0.5) else ""))
    b.t("\n\nWhat happened\n")
    b.t(pick([
        f"I signed up for a \"free trial\" of {co}'s subscription box on {date('us', 0)}. The checkout page had a pre-ticked box for "
        "marketing and another one in small print for automatic renewal at $49.99/month. I was charged three times before I noticed. "
        "When I called to cancel they transferred me four times and the last person tried to sell me a 'pause'. ",
        f"After I bought one item from {co} I started getting daily texts and robocalls. The texts say reply STOP to end but replying "
        "STOP does nothing. I never agreed to calls. ",
        f"{co} sent me a letter saying I had won a gift card and needed to call to 'verify' my identity. The woman on the phone asked "
        "for my full Social Security number. I hung up. ",
    ]))
    b.t(pick(["I paid with my card ", "They charged my card ", "The charges were on my card "]) + masked(None, 2) +
        f" and my bank says I should also file here. Total lost: ${ri(49, 600)}.{ri(10, 99)}.\n")
    if chance(0.5):
        b.t("My wife ")
        w = person("us", g="f", fancy=False)
        b.P(w.first)
        b.t(" got the same calls on her cell ")
        b.PH(phone("us"))
        b.t(".\n")
    b.t("\nHow did they contact you: " + pick(["Phone call; Text", "Email; Website", "Mail; Phone call"]) +
        "\nAmount paid: yes   Payment method: Credit card\n")
    return "en", b


@kind("regulator_case_officer_reply", 5)
def k_reg_reply():
    loc = pick(["uk", "ie", "ca", "au", "nz"])
    reg = {"uk": "Information Commissioner's Office", "ie": "Data Protection Commission",
           "ca": "Office of the Privacy Commissioner of Canada", "au": "Office of the Australian Information Commissioner",
           "nz": "Office of the Privacy Commissioner"}[loc]
    co = brand(loc)
    officer = person(loc, fancy=False)
    comp = person(loc)
    gc = person(pick(["uk", "us", "ie"]))
    b = B()
    b.t(f"{co}\nLegal & Privacy\n")
    b.A(addr_str(loc, ", "))
    b.t("\n\n" + date(loc, 0) + "\n\nBy email: ")
    b.M(work_email(officer, {"uk": "ico.org.uk", "ie": "dataprotection.ie", "ca": "priv.gc.ca", "au": "oaic.gov.au", "nz": "privacy.org.nz"}[loc]))
    b.t("\n\n")
    b.P(officer.full)
    b.t("\nCase Officer\n" + reg + f"\n\nYour reference: {pick(['IC', 'C', 'CP'])}-{dg(6)}-{pick(['H4K2', 'W9P1', 'B7T3'])}\n\n")
    b.t(f"Dear {pick(['Mr', 'Ms', ''])}".strip() + " ")
    b.P(officer.last)
    b.t(",\n\nComplainant: ")
    b.P(comp.full)
    b.t("\n\n")
    b.t(f"Thank you for your letter of {date(loc, 0)}. We have now reviewed our records relating to ")
    tt = comp.title()
    if tt:
        b.t(tt + " ")
    b.P(comp.formal)
    b.t(" and set out our response below.\n\n")
    b.t(f"1. The complainant's details (mobile number ")
    b.PH(phone(loc, "mob"))
    b.t(f") were added to our SMS list on {date(loc, 1)} following an entry to an online competition run with a partner. "
        "Our records show the entry was made from IP address ")
    b.IP(ip_any())
    b.t(". We accept that the entry form did not give a separate opportunity to refuse marketing, and we have since changed it.\n\n")
    b.t(f"2. The access request of {date(loc, 0)} was not logged because it was sent to a retired mailbox. We apologise. It was fulfilled on "
        f"{date(loc, 0)}.\n\n")
    b.t("3. The complainant's number and email address ")
    b.M(email_of(comp))
    b.t(" are now on our suppression list.\n\n")
    if chance(0.6):
        b.t("4. More generally, we have reviewed every competition run with partners in the last two years. Where entrants were "
            "not given a clear, separate choice about marketing, we have stopped sending them marketing and deleted their "
            "details unless they have since become customers. We have also replaced the old privacy mailbox with a monitored "
            "shared inbox and added an automatic acknowledgement that gives a case reference, so that requests cannot be lost "
            "in the same way again. Staff in the customer contact centre have had refresher training on recognising requests "
            "made by phone.\n\n")
    b.t(pick(["We have offered the complainant a goodwill payment, which has been accepted.",
              "We remain open to resolving this directly with the complainant.",
              "We have retrained the relevant team and updated our runbook."]))
    b.t("\n\nPlease contact me directly on ")
    b.PH(phone(loc, "land"))
    b.t(" if you need anything further.")
    sig_en(b, gc, role=pick(["General Counsel", "Senior Privacy Counsel", "Head of Legal"]),
           postnom=pick(["LL.M.", "CIPP/E", None, "Solicitor"]), lead="Yours sincerely,")
    return "en", b


@kind("tcpa_text_message_demand_letter", 5)
def k_tcpa():
    p = person("us")
    atty = person("us", fancy=False)
    co = brand("us")
    b = B()
    firm = pick(["Holloway & Reyes LLP", "Brennan Consumer Law, PLLC", "The Law Office of Dana Whitfield"])
    b.t(firm.upper() + "\n")
    b.A(addr_str("us", " | "))
    b.t("\nTel ")
    b.PH(phone("us"))
    b.t("  Fax ")
    b.PH(phone("us"))
    b.t("\n\n" + date("us", 0) + "\n\nVIA CERTIFIED MAIL AND EMAIL (")
    b.M(pick(["legal@", "privacy@", "notices@"]) + dom_of(co))
    b.t(")\n\n" + co + "\nAttn: Legal Department\n")
    b.A(addr_str("us", "\n"))
    b.t("\n\nRe: Unsolicited text messages to ")
    pnum = phone("us")
    b.PH(pnum)
    b.t(" - our client ")
    b.P(p.full)
    b.t("\n\nTo whom it may concern:\n\n")
    b.t("This firm represents ")
    b.P(p.full)
    b.t(f" in connection with marketing text messages your company sent to {pick(['his', 'her', 'their'])} cellular telephone number. "
        f"Our client never provided prior express written consent. Between {' and '.join(date_seq('us', 2, 0))} our client received "
        f"no fewer than {ri(9, 48)} messages, {ri(2, 8)} of which were sent after our client replied STOP.\n\n")
    b.t("Each message violates the Telephone Consumer Protection Act, 47 U.S.C. § 227, and exposes your company to statutory "
        "damages of $500 per message, trebled for willful violations. Our client's number has also been listed on the National "
        "Do Not Call Registry since " + str(ri(2009, 2019)) + ".\n\n")
    b.t("Please preserve all records relating to our client, including consent records, opt-out logs, dialer and SMS platform "
        "logs, and the identity of any vendor or lead source. Our client is willing to discuss resolution before filing. "
        "Please direct all communications to the undersigned and do not contact our client directly.\n\n")
    b.t("Very truly yours,\n\n")
    b.P(atty.full)
    b.t(", Esq.\n")
    b.M(work_email(atty, ascii_fold(firm.split()[0]).lower().replace(",", "") + "law.com"))
    if chance(0.5):
        b.t("\ncc: ")
        b.P(p.full)
        b.t(" (via email)")
    return "en", b


@kind("issuer_dispute_case_file", 6)
def k_dispute():
    loc = pick(["us", "us", "uk", "ca", "au", "ie", "sg"])
    p = person(loc)
    co = brand(loc)
    an = person(pick(["us", "uk", "in"]), fancy=False)
    disp, num, net = card()
    b = B()
    b.t(f"DISPUTE CASE FILE  {pick(['CB', 'DSP', 'RR'])}-{dg(8)}\nMerchant: {co}   MID {dg(12)}\n")
    rc = {"visa": ["10.4 Other Fraud - Card Absent", "13.1 Merchandise Not Received", "13.3 Not as Described"],
          "mc": ["4853 Cardholder Dispute", "4837 No Cardholder Authorization", "4855 Goods Not Provided"],
          "amex": ["F29 Card Not Present", "C08 Goods Not Received", "C31 Not as Described"],
          "disc": ["UA02 Fraud - Card Not Present", "AA Does Not Recognize"],
          "jcb": ["526 Not Received", "541 Not Authorised"], "diners": ["4855 Non-Receipt", "4837 No Authorization"]}[net]
    b.t(f"Network: {NETNAME[net]}   Reason code: {pick(rc)}\n")
    d1, d2 = date_seq(loc, 2, 2)
    cur = {"us": "$", "uk": "£", "ca": "C$", "au": "A$", "ie": "€", "sg": "S$"}[loc]
    b.t(f"Amount: {cur}{ri(20, 1900)}.{ri(10, 99)}   Received: {d1}   Respond by: {d2}\n\n")
    b.t("Cardholder: ")
    b.P(p.full.upper() if chance(0.3) else p.full)
    b.t("\nCard: ")
    if chance(0.75):
        b.C(disp)
        b.t(f"  (exp {ri(1, 12):02d}/{ri(25, 30)})")
    else:
        b.t(masked(num))
    b.t("\nBilling address: ")
    lines, c, _ = addr(loc)
    b.A(", ".join(lines))
    if chance(0.6):
        b.t("\nShip-to: ")
        if chance(0.5):
            b.t("same as billing")
        else:
            r = person(loc, fancy=False)
            b.P(r.full)
            b.t(", ")
            b.A(addr_str(loc, ", "))
    b.t("\nOrder email: ")
    b.M(email_of(p))
    b.t("   Phone: ")
    b.PH(phone(loc))
    b.t("\nOrder IP: ")
    b.IP(ip_any())
    b.t(f"   AVS: {pick(['Y', 'Z', 'N', 'A'])}   CVV: {pick(['M', 'M', 'N'])}   3DS: {pick(['authenticated', 'attempted', 'not enrolled'])}\n\n")
    b.t("Other cards seen on this account:\n")
    for _ in range(ri(1, 3)):
        d2, n2, net2 = card()
        if chance(0.5):
            b.t(f"  {NETNAME[net2]} ")
            b.C(d2)
            b.t(f" - {pick(['declined', 'approved', 'approved, refunded'])} {date(loc, 2)}\n")
        else:
            b.t(f"  {NETNAME[net2]} {masked(n2)} - {pick(['declined', 'approved'])} {date(loc, 2)}\n")
    b.t("\nAnalyst notes (")
    b.P(an.full if chance(0.5) else an.first)
    b.t("): " + pick([
        "Same device and IP used for 7 prior undisputed orders. Delivery scan with photo at billing address. Recommend represent.",
        "Billing/shipping mismatch, new account, express shipping, IP geolocates outside cardholder's country. Accept liability.",
        "Cardholder emailed support two days before filing saying parcel missing; courier claim open. Refund and accept.",
        "Customer says husband made the purchase. Friendly fraud; represent with login history and signed POD.",
    ]) + "\n")
    return "en", b


@kind("fraud_analyst_order_review", 5)
def k_fraud():
    loc = pick(["us", "uk", "au", "ca"])
    p = person(loc)
    b = B()
    b.t(f"Order #{dg(7)} - manual review queue ({pick(['velocity', 'high score', 'bin mismatch', 'account takeover'])})\nScore {ri(61, 99)}/100\n\n")
    b.t("Account holder: ")
    b.P(p.full)
    b.t(" | ")
    b.M(email_of(p))
    b.t(" | created " + date(loc, 2) + "\n")
    b.t("Ship to: ")
    if chance(0.5):
        q = person(loc, fancy=False)
        b.P(q.full)
        b.t(", ")
    b.A(addr_str(loc, ", "))
    b.t("\nPhone on order: ")
    b.PH(phone(loc))
    b.t("\nPayment: " + pick(["Visa", "Mastercard", "Amex"]) + " " + masked(None, pick([0, 3, 4])) + " (issuer country " + pick(["US", "GB", "NG", "BR", "AU"]) + ")\n\n")
    b.t("Signals:\n")
    b.t("- login from ")
    b.IP(ip_any())
    b.t(" (" + pick(["datacenter ASN", "residential", "known proxy", "Tor exit"]) + "), previous logins from ")
    b.IP(ipv4())
    b.t("\n- " + str(ri(2, 6)) + " cards attempted in 40 minutes\n")
    b.t("- device id shared with account ")
    b.M(email_of(person(pick(EN_LOCS), fancy=False)))
    b.t("\n- app version 8.3.0.1142, os 17.4.1\n")
    if chance(0.5):
        b.t("- shipping address is a freight forwarder in ")
        b.L(pick(["Miami", "Portland", "Wilmington", "Delaware"]))
        b.t("\n")
    b.t("\nDecision: " + pick(["CANCEL + block device", "Call customer to verify", "Approve - known customer on new phone",
                               "Hold 24h, request ID"]) + "\nReviewer: ")
    b.P(initial_form(person(pick(["us", "uk", "in"]), fancy=False)))
    return "en", b


@kind("goodwill_refund_approval_thread", 5)
def k_refund_thread():
    loc = pick(["uk", "ie", "us", "au", "za", "nz"])
    p = person(loc)
    a1, a2 = person(loc, fancy=False), person(loc, fancy=False)
    co = brand(loc)
    dom = dom_of(co)
    amt = f"{dict(uk='£', ie='€', us='$', au='A$', za='R', nz='NZ$')[loc]}{ri(15, 480)}.{ri(0, 99):02d}"
    b = B()
    b.t("From: ")
    b.P(a1.full)
    b.t(" <")
    b.M(work_email(a1, dom))
    b.t(">\nTo: ")
    b.P(a2.full)
    b.t(" <")
    b.M(work_email(a2, dom))
    b.t(f">\nSubject: Approval needed - goodwill refund {amt} - case {dg(6)}\n\n")
    b.t("Hi ")
    b.P(a2.first)
    b.t(f",\n\nCan you approve a goodwill refund of {amt} for ")
    b.P(p.full)
    b.t(f"? {pick(['Sofa arrived damaged and the re-delivery was missed twice.', 'Customer was charged for a subscription after cancelling.', 'Promo code failed at checkout and she paid full price.', 'Price dropped two days after purchase; outside policy but long-standing customer.'])} ")
    b.t("Customer would like it back to the original card if possible, otherwise to bank: ")
    if loc in ("uk", "ie"):
        b.I(iban(CC_OF[loc]))
    elif loc == "za":
        b.t(f"FNB acc {dg(11)}, branch 250655")
    elif loc == "us":
        b.t(f"routing {dg(9)}, acct ending {dg(4)}")
    else:
        b.t(f"BSB {dg(3)}-{dg(3)} acc {dg(8)}" if loc == "au" else f"{dg(2)}-{dg(4)}-{dg(7)}-{dg(2)}")
    b.t(". Contact: ")
    b.PH(phone(loc, "mob"))
    b.t(".\n\nThanks,\n")
    b.P(a1.first)
    b.t("\n\n---\n")
    b.P(a2.first)
    b.t(" replied:\n" + pick(["Approved. Card please, not bank - finance won't do manual transfers this month.",
                              "Approved up to the delivery charge only; tell her we're sorry.",
                              "OK. Log it under GW-REF and note the reason code.", "Yes, approved."]) + "\n")
    return "en", b


@kind("creator_tin_certification_form", 5)
def k_tin_form():
    p = person("us")
    co = brand("us")
    lines, c, _ = addr("us")
    b = B()
    v = ri(0, 1)
    b.t(pick(["Request for Taxpayer Identification Number and Certification (W-9 equivalent) - Creator Program",
              "PAYEE TAX INFORMATION - Affiliate / Influencer Onboarding", "Form W-9 (data entry copy)"]) + "\n\n")
    b.t("1 Name (as shown on your income tax return): ")
    b.P(p.full.upper() if chance(0.3) else p.full)
    b.t("\n2 Business name/disregarded entity name, if different: ")
    biz = chance(0.5)
    if biz:
        b.t(pick(["Glow Theory Media LLC", "Trailhead Tales LLC", "The Frugal Kitchen Co", "Sunday Reset Studio"]))
    b.t("\n3 Federal tax classification: " + (pick(["Single-member LLC", "S Corporation"]) if biz else "Individual/sole proprietor") + "\n")
    b.t("5 Address (number, street, and apt. or suite no.): ")
    if v == 0:
        b.A(" ".join(lines[:-1]))
        b.t("\n6 City, state, and ZIP code: ")
        b.A(lines[-1])
    else:
        b.A(", ".join(lines))
    b.t("\n\nPart I  Taxpayer Identification Number (TIN)\n")
    if not biz or chance(0.5):
        b.t("  Social security number: ")
        b.S(ssn())
        b.t("\n  Employer identification number: " + (ein() if biz else "") + "\n")
    else:
        b.t("  Social security number: \n  Employer identification number: " + ein() + "\n")
    b.t(f"\nPart II Certification - signed electronically {date('us', 1)} from IP ")
    b.IP(ip_any())
    b.t("\nSignature: /s/ ")
    b.P(p.full)
    b.t("\n\nPayout contact: ")
    b.M(email_of(p))
    b.t("  |  ")
    b.PH(phone("us", "mob"))
    if chance(0.5):
        b.t("\n\nReviewer note: TIN match " + pick(["passed", "FAILED - name/TIN mismatch, emailed creator", "pending IRS TIN matching"]) +
            f". Prior year 1099-NEC total ${ri(600, 48000)}. ITIN field not used (" + pick(["n/a", "blank"]) + ").")
    if chance(0.35):
        b.t("\nNote: creator's manager ")
        m = person("us", fancy=False)
        b.P(m.full)
        b.t(" asked for the form to go to ")
        b.M(email_of(m))
        b.t(" - do NOT email SSN, use portal.")
    return "en", b


@kind("creator_commission_payout_ledger", 5)
def k_payout():
    b = B()
    b.t(pick(["Creator payouts - batch ", "Affiliate commission run ", "Ambassador payout sheet "]) + f"{ri(2024, 2025)}-{ri(1, 12):02d}\n")
    b.t(pick(["payee | country | iban | amount | currency | note\n", "payee\tcountry\tIBAN\tamount\tccy\tnote\n"]))
    tab = "\t" in b.buf[-1]
    sep = "\t" if tab else " | "
    for _ in range(ri(4, 8)):
        loc = pick(["de", "fr", "nl", "es", "it", "pt", "sv", "da", "ie", "uk"])
        p = person(loc, fancy=False)
        b.P(p.full)
        b.t(sep)
        b.L({"de": "Germany", "fr": "France", "nl": "Netherlands", "es": "Spain", "it": "Italy", "pt": "Portugal",
             "sv": "Sweden", "da": "Denmark", "ie": "Ireland", "uk": "UK"}[loc])
        b.t(sep)
        b.I(iban(CC_OF[loc]))
        cur = {"sv": "SEK", "da": "DKK", "uk": "GBP"}.get(loc, "EUR")
        b.t(f"{sep}{ri(45, 3200)}.{ri(0, 99):02d}{sep}{cur}{sep}")
        b.t(pick(["", "", "tier 2 bonus", "clawback -12.50 (returns)", "first payout - verify name", "VAT reg'd"]) + "\n")
    if chance(0.5):
        b.t("\nHeld: ")
        p = person(pick(["uk", "us"]), fancy=False)
        b.P(p.full)
        b.t(" - bank name doesn't match account holder, asked for bank letter. Commission ref " + ref("AFF-", 5) + ".\n")
    b.t(f"\nApproved by finance {date('uk', 1)}. File to bank via SEPA pain.001, execution date {date('uk', 2)}.\n")
    return "en", b


@kind("affiliate_kyc_onboarding_checklist", 5)
def k_kyc():
    loc = pick(["uk", "ie", "za", "in", "sg", "au", "nz"])
    p = person(loc)
    rev = person(pick(["uk", "ie"]), fancy=False)
    co = brand(loc)
    b = B()
    b.t(f"Partner KYC - {co} affiliate network\nApplicant: ")
    b.P(p.full)
    b.t(f"   Channel: {pick(['Instagram', 'YouTube', 'TikTok', 'coupon site', 'newsletter', 'podcast'])} ({ri(4, 900)}k followers)\n\n")
    items = [
        ("Legal name matches ID", lambda: b.t("yes (passport, expiry " + date(loc, 1) + ")")),
        ("Residential address", lambda: b.A(addr_str(loc, ", "))),
        ("Country of tax residence", lambda: b.L({"uk": "United Kingdom", "ie": "Ireland", "za": "South Africa", "in": "India",
                                                  "sg": "Singapore", "au": "Australia", "nz": "New Zealand"}[loc])),
        ("Email", lambda: b.M(email_of(p))),
        ("Phone", lambda: b.PH(phone(loc, "mob"))),
        ("Payout account", lambda: b.I(iban(CC_OF[loc])) if loc in ("uk", "ie") else b.t(pick(["local account - see finance vault", "PayPal (email on file)", "bank letter pending"]))),
        ("Sanctions/PEP screen", lambda: b.t(pick(["clear", "clear", "1 potential match - dismissed (different DOB)"]))),
        ("Signup IP", lambda: b.IP(ip_any())),
        ("Tax ID", lambda: b.t(pick(["UTR supplied", "PAN supplied (not stored here)", "tax number on file", "pending"]))),
        ("Contract signed", lambda: b.t(pick(["yes - DocuSign", "no", "yes"]))),
    ]
    for k, fn in items:
        if chance(0.85):
            mark = pick(["[x]", "[x]", "[ ]", "✔", "-"])
            b.t(f"{mark} {k}: ")
            fn()
            b.t("\n")
    if chance(0.5):
        b.t("\nAgency contact: ")
        ag = person(loc, fancy=False)
        b.P(ag.full)
        b.t(", ")
        b.M(work_email(ag, pick(["talentbridge.co", "brightpathmgmt.com", "northstarcreators.com"])))
        b.t("\n")
    b.t("\nReviewed by ")
    b.P(rev.first + " " + rev.last)
    b.t(" on " + date("uk", 1) + " - " + pick(["APPROVED", "ON HOLD", "APPROVED (low risk)", "REJECTED - incentivised traffic"]) + "\n")
    return "en", b


@kind("final_demand_before_collection_letter", 5)
def k_final_demand():
    loc = pick(["uk", "ie", "au", "nz", "za", "uk"])
    p = person(loc)
    co = brand(loc)
    agency = pick(["Castlegate Recoveries Ltd", "Meridian Credit Management", "Harlow & Finch Collections"])
    agent = person(loc, fancy=False)
    cur = {"uk": "£", "ie": "€", "au": "$", "nz": "$", "za": "R"}[loc]
    amt = f"{cur}{ri(40, 2400)}.{ri(0, 99):02d}"
    b = B()
    b.t(f"{agency}\n" if chance(0.5) else f"{co} - Credit Control\n")
    b.A(addr_str(loc, ", "))
    b.t("   Tel ")
    b.PH(phone(loc, "land" if chance(0.5) else "toll"))
    b.t("\n\n")
    tt = p.title()
    b.t((tt + " " if chance(0.6) else ""))
    b.P(p.full.upper() if chance(0.3) else p.full)
    b.t("\n")
    addr_block(b, loc)
    b.t(f"\n\nAccount: {dg(9)}\nBalance: {amt}\nDate: {date(loc, 0)}\n\n")
    b.t(pick(["FINAL DEMAND\n\n", "NOTICE BEFORE REFERRAL TO A COLLECTION AGENCY\n\n", "Letter before action\n\n"]))
    b.t(f"Dear {tt} ".replace("  ", " ") if tt else "Dear ")
    b.P(p.formal)
    b.t(",\n\n")
    b.t(f"Despite our previous reminders, the balance of {amt} on your {co} account remains unpaid. This relates to "
        f"{pick(['your instalment plan for a sofa bought on ', 'your mobile airtime contract ending ', 'membership fees due since ', 'an order delivered on '])}"
        f"{date(loc, 0)}.\n\n")
    b.t(f"If you do not pay the full balance, or contact us to agree a payment plan, within {pick(['14', '30', '7'])} days of the date of this "
        "letter, we may pass your account to a debt collection agency and report the default to credit reference agencies. "
        "This may affect your ability to obtain credit in the future.\n\n")
    b.t("How to pay:\n")
    if loc in ("uk", "ie"):
        b.t("  Bank transfer to IBAN ")
        b.I(iban(CC_OF[loc]))
        b.t(f", reference {dg(9)}\n")
    else:
        b.t(f"  Online at pay.{dom_of(co)} using reference {dg(9)}\n")
    b.t("  By phone: ")
    b.PH(phone(loc, "land"))
    b.t(" (Mon-Fri 8am-8pm)\n\n")
    b.t(pick(["If you are struggling with money, free and independent advice is available from debt charities. ",
              "If you are having difficulties, please talk to us; we can pause collection while you get advice. ",
              ""]) +
        "If you believe this debt is not yours, or has already been paid, please tell us straight away.\n\nYours sincerely,\n\n")
    b.P(agent.full)
    b.t("\n" + pick(["Collections Officer", "Customer Financial Support", "Credit Controller"]))
    return "en", b


@kind("collections_agent_call_notes", 5)
def k_coll_call():
    p = person("us")
    ag = person("us", fancy=False)
    b = B()
    b.t(f"ACCT {dg(10)} | {pick(['Stage 2', 'Pre-charge-off', '60 DPD', '90+ DPD'])} | agent ")
    b.P(ag.first + " " + ag.last[0] + ".")
    b.t(f" | {date('us', 1)}\n\n")
    b.t("OB call to ")
    b.PH(phone("us"))
    b.t(" - RPC with ")
    b.P(p.full)
    b.t(". Mini-Miranda given. Call recorded, disclosure read.\n")
    b.t("Verified: DOB + last 4 SSN (" + dg(4) + ") + ZIP " + pick([z for _, _, z in US_CITIES]) + ".\n")
    b.t("Consumer disputes $" + f"{ri(80, 3000)}.{ri(0, 99):02d}" + " - says " + pick([
        "the membership was cancelled in writing",
        "the account is her ex-husband's, opened without consent",
        "already paid by card over the phone last month",
        "never received the goods"]) + ".\n")
    if chance(0.6):
        b.t("Requested validation letter to new address: ")
        b.A(addr_str("us", ", "))
        b.t(".\n")
    if chance(0.5):
        b.t("Consumer gave SSN in full without being asked: ")
        b.S(ssn())
        b.t(" - REDACT from recording per policy, flagged to QA.\n")
    if chance(0.5):
        b.t("Cease calls to work number ")
        b.PH(phone("us"))
        b.t(" (employer prohibits). Email OK: ")
        b.M(email_of(p))
        b.t("\n")
    b.t("Outcome: " + pick(["PTP $50 on the 15th via debit card", "dispute logged, hold 30d", "refused - C&D requested", "callback Thu pm"]) + "\n")
    return "en", b


@kind("recall_notice_affected_buyers", 5)
def k_recall():
    loc = pick(["us", "uk", "ca", "au", "ie"])
    co = brand(loc)
    prod = pick(["Aurora 2-in-1 Travel Kettle (model TK-220)", "Harrison Kids' Bunk Bed Ladder", "Margot Ceramic Heater",
                 "Sprout Baby Bath Seat", "Atlas PowerBank 20k", "Fennel Slow Cooker 6.5L"])
    b = B()
    b.t(f"URGENT PRODUCT SAFETY RECALL - {prod}\n\n")
    v = ri(0, 1)
    if v == 0:
        p = person(loc)
        b.t("Dear ")
        b.P(p.first if chance(0.5) else p.full)
        b.t(",\n\nOur records show that you bought the " + prod + f" on {date(loc, 0)} (order {dg(8)}), delivered to:\n")
        addr_block(b, loc)
        b.t("\n\n" + pick(["A small number of units may overheat at the base. ", "The locking pin can work loose. ",
                            "The battery cells may swell when charging. "]) +
            "Please stop using the product immediately and unplug it. We will collect it free of charge and refund you in full, "
            "or replace it if you prefer.\n\nTo arrange collection, reply to this email or call our recall line on ")
        b.PH(phone(loc, "toll"))
        b.t(".\n\nWe are sorry for the inconvenience.\n\n" + co + " Product Safety Team\n")
        b.M("recall@" + dom_of(co))
    else:
        b.t("Internal - affected customer extract for mailing house (do not forward)\n")
        b.t("order_id | name | email | phone | delivery address | contacted\n")
        for _ in range(ri(4, 8)):
            p = person(loc, fancy=False)
            b.t(f"{dg(8)} | ")
            b.P(p.full)
            b.t(" | ")
            b.M(email_of(p))
            b.t(" | ")
            if chance(0.8):
                b.PH(phone(loc))
            b.t(" | ")
            b.A(addr_str(loc, ", "))
            b.t(" | " + pick(["email sent", "email bounced - post", "phoned, collection booked", "no"]) + "\n")
        b.t(f"\nTotal units sold in batch L{dg(4)}: {ri(300, 9000)}; customers with contact details: {ri(60, 98)}%.\n")
    return "en", b


@kind("lost_parcel_insurance_claim", 5)
def k_parcel_claim():
    loc = pick(["uk", "us", "au", "ie", "nz", "za"])
    cust = person(loc)
    co = brand(loc)
    h = person(loc, fancy=False)
    b = B()
    cur = dict(uk="£", us="$", au="A$", ie="€", nz="NZ$", za="R")[loc]
    b.t(f"Carrier insurance claim - declared value {cur}{ri(60, 900)}.00\n")
    b.t(f"Claim no. {pick(['CLM', 'INS'])}-{dg(7)}    Tracking {pick(['1Z', 'JD', 'TBA'])}{dg(12)}\n\n")
    b.t("Shipper: " + co + ", ")
    b.A(addr_str(loc, ", "))
    b.t("\nShipper contact: ")
    b.P(h.full)
    b.t(", ")
    b.PH(phone(loc, "land"))
    b.t("\n\nConsignee: ")
    b.P(cust.full)
    b.t("\nDelivery address: ")
    b.A(addr_str(loc, ", "))
    b.t("\nConsignee phone: ")
    b.PH(phone(loc, "mob"))
    b.t(f"\n\nDescription of loss: {pick(['Tracking shows delivered to safe place; customer and neighbours deny receipt. Photo shows a different front door.', 'Parcel stuck at depot for 19 days then marked lost.', 'Delivered to wrong address (No. 14 instead of 41).', 'Box arrived empty, tape re-sealed.'])}\n")
    b.t("Customer statement attached: " + pick(["yes", "yes (signed)", "no - customer refused"]) + ". ")
    if chance(0.5):
        n = person(loc, fancy=False)
        b.t("Neighbour ")
        b.P(n.full)
        b.t(" confirmed nothing left with them.")
    b.t("\nReplacement sent to customer on " + date(loc, 1) + f". Claim amount includes shipping {cur}{ri(4, 25)}.99.\n")
    b.t("Pay claim to: ")
    if loc in ("uk", "ie"):
        b.I(iban(CC_OF[loc]))
    else:
        b.t("account on file (vendor #" + dg(6) + ")")
    b.t("\n")
    return "en", b


@kind("warranty_registration_receipt_email", 5)
def k_warranty():
    loc = pick(["uk", "us", "ca", "au", "in", "sg", "za"])
    p = person(loc)
    co = brand(loc)
    b = B()
    b.t(f"Subject: Your {co} warranty is registered\n\n")
    b.t("Hi ")
    b.P(p.first)
    b.t(f",\n\nThanks for registering your product. Keep this email as proof of registration.\n\n")
    b.t(f"Product: {pick(['Corvid Studio Headphones', 'Atlas X5 Phone', 'Harrison Recliner', 'Juno Espresso Machine', 'Velo Verde E-Bike City 7'])}\n")
    b.t(f"Serial: {pick(['SN', 'S/N '])}{dg(4)}-{dg(4)}-{pick(['A', 'B', 'K'])}{dg(3)}\nFirmware: 2.14.0.3\nPurchase date: {date(loc, 1)}\n")
    b.t(f"Retailer: {pick(['Amazon', 'direct', 'a local stockist', 'Currys', 'Best Buy', 'JB Hi-Fi'])}\nWarranty ends: {date(loc, 1)}\n\n")
    b.t("Registered to:\n")
    b.P(p.full)
    b.t("\n")
    addr_block(b, loc)
    b.t("\n")
    b.M(email_of(p))
    if chance(0.6):
        b.t("\n")
        b.PH(phone(loc, "mob"))
    b.t("\n\nMarketing: " + pick(["You chose not to receive offers.", "You opted in to product news by email.",
                                  "You opted in to email and SMS."]) + " You can change this any time.\n\n")
    b.t("Need help? Call ")
    b.PH(phone(loc, "toll"))
    b.t(" or write to ")
    b.M("support@" + dom_of(co))
    b.t(".\n")
    return "en", b


@kind("prize_winner_eligibility_affidavit", 5)
def k_affidavit():
    p = person("us")
    co = brand("us")
    lines, c, _ = addr("us")
    b = B()
    b.t(f"AFFIDAVIT OF ELIGIBILITY, LIABILITY RELEASE AND PUBLICITY RELEASE\n{co} \"{pick(['Summer Road Trip', 'Win Your Wishlist', 'Holiday Cash Grab', '10th Birthday'])} Sweepstakes\"\n\n")
    b.t("Prize: " + pick(["$5,000 travel voucher", "Corvid Studio Headphones + $500 gift card", "a 2025 e-bike", "$10,000 cash"]) + "\n\n")
    b.t("I, ")
    b.P(p.full)
    b.t(", being duly sworn, state that I am a legal resident of the State of ")
    b.L(pick(["Ohio", "Texas", "Oregon", "Georgia", "Illinois", "New York", "Wisconsin"]))
    b.t(", am at least 18 years of age, and am not an employee of the sponsor or its agencies or a member of the immediate family of such an employee. "
        "I have complied with the Official Rules. I release the sponsor from any liability arising from the prize. "
        "I consent to the use of my name, city and state for publicity without further compensation, except where prohibited.\n\n")
    b.t("Full legal name: ")
    b.P(p.full)
    b.t("\nDate of birth: " + date("us", 1, year=ri(1955, 2002)) + "\n")
    b.t("Home address: ")
    b.A(", ".join(lines))
    b.t("\nDaytime phone: ")
    b.PH(phone("us"))
    b.t("\nEmail: ")
    b.M(email_of(p))
    b.t("\nSocial Security Number (for IRS Form 1099-MISC): ")
    b.S(ssn())
    if chance(0.5):
        b.t("\nSweepstakes entry ID: " + dg(3) + "-" + dg(2) + "-" + dg(4))
    b.t("\n\nTravel companion (if applicable): ")
    if chance(0.6):
        cmp_ = person("us", fancy=False)
        b.P(cmp_.full)
        b.t(", relationship: " + pick(["spouse", "friend", "sister", "son"]))
    else:
        b.t("n/a")
    b.t(f"\n\nSignature: ________________   Date: {date('us', 1)}\n\nSubscribed and sworn before me this {ri(1, 28)}th day of {pick(MONTHS['en'])}, {ri(2024, 2025)}.\nNotary Public: ")
    n = person("us", fancy=False)
    b.P(n.full)
    b.t(f"   Commission expires {date('us', 1)}\n")
    return "en", b


@kind("age_verification_escalation_note", 5)
def k_age():
    loc = pick(["uk", "au", "us", "ie", "nz"])
    p = person(loc)
    ag = person(loc, fancy=False)
    co = pick(["Parkhurst Wines", "Saltmarsh Surf Supply", "Vapour Lane", "Hop & Barley Club"])
    b = B()
    b.t(f"Age check escalation - {co}\nOrder {dg(7)} held at dispatch\n\n")
    b.t("Customer: ")
    b.P(p.full)
    b.t(f" (DOB given {date(loc, 1, year=ri(2004, 2008))})\nEmail ")
    b.M(email_of(p))
    b.t(" / phone ")
    b.PH(phone(loc, "mob"))
    b.t("\nDelivery: ")
    b.A(addr_str(loc, ", "))
    b.t("\n\n")
    b.t("Electronic ID check " + pick(["returned 'refer'", "could not match name at address", "passed but DOB on card differs"]) + ". ")
    b.t("Payment card is in the name of ")
    par = person(loc, fancy=False)
    par.last = p.last
    par.full = f"{par.first} {p.last}"
    b.P(par.full)
    b.t(f" ({pick(['likely parent', 'same surname', 'different surname'])}). ")
    b.t("Account created from IP ")
    b.IP(ip_any())
    b.t(" at 23:4" + str(ri(0, 9)) + ".\n\n")
    b.t("Action by ")
    b.P(ag.first)
    b.t(": " + pick(["requested photo ID via secure upload; order on hold 72h then auto-cancel.",
                     "cancelled and refunded; marketing consent removed as customer may be a minor.",
                     "courier instructed: Challenge 25 at door, no safe-place.",
                     "spoke to the card holder, who confirmed the order was placed by their 16-year-old. Cancelled."]) + "\n")
    return "en", b


@kind("parental_consent_minor_campaign", 5)
def k_guardian():
    loc = pick(["uk", "us", "ie", "au", "ca", "nz"])
    par = person(loc)
    child = person(loc, fancy=False)
    child.last = par.last if chance(0.7) else child.last
    child.full = f"{child.first} {child.last}"
    co = brand(loc)
    b = B()
    b.t(f"PARENT / GUARDIAN CONSENT FORM\n{co} - {pick(['Junior Ambassador Programme', 'Back-to-School Photo Competition', 'Kids Design-a-Bottle Contest', 'Youth Skate Team'])}\n\n")
    b.t("Participant (under 18)\nName: ")
    b.P(child.full)
    b.t(f"\nAge: {ri(8, 17)}\nSchool year: {pick(['Year 7', 'Grade 5', '5th class', 'Year 10', 'Grade 11'])}\n\n")
    b.t("Parent or guardian\nName: ")
    b.P(par.full)
    b.t("\nRelationship: " + pick(["Mother", "Father", "Legal guardian", "Step-parent", "Grandmother"]))
    b.t("\nAddress: ")
    b.A(addr_str(loc, ", "))
    b.t("\nEmail: ")
    b.M(email_of(par))
    b.t("\nMobile: ")
    b.PH(phone(loc, "mob"))
    b.t("\n\nI consent to:\n")
    for c_ in sample(["my child taking part in the programme",
                      "photos and video of my child being used on the brand's social channels (first name only, no location tags)",
                      "my child's entry being displayed in store",
                      "being contacted by email about the programme (not marketing)",
                      "my child receiving marketing (tick only if you agree)"], ri(2, 5)):
        b.t(f"[{pick(['x', 'x', ' '])}] {c_}\n")
    b.t("\nEmergency contact: ")
    e = person(loc, fancy=False)
    b.P(e.full)
    b.t(", ")
    b.PH(phone(loc))
    b.t(f"\n\nSigned: ____________  Date: {date(loc, 1)}\n")
    if chance(0.5):
        b.t("\nOffice use: consent verified by phone call to parent on " + date(loc, 1) + " (")
        b.P(initial_form(person(loc, fancy=False)))
        b.t("). Data to be deleted 6 months after programme ends.\n")
    return "en", b


@kind("litigation_hold_custodian_notice", 5)
def k_lit_hold():
    co = brand("us")
    gc = person("us")
    b = B()
    b.t(f"PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION\n\nLEGAL HOLD NOTICE\n\nMatter: {pick(['In re Marketing Text Messages', 'Consumer class action (auto-renewal)', 'Regulatory inquiry - email consent', 'Former affiliate v. ' + co])}\n")
    b.t(f"Hold ID: LH-{ri(2023, 2025)}-{dg(3)}\nIssued: {date('us', 0)}\n\nTo the custodians listed below:\n\n")
    for _ in range(ri(4, 8)):
        c_ = person(pick(["us", "us", "uk", "ca"]), fancy=False)
        b.t("  ")
        b.P(c_.full)
        b.t(" - " + pick(["VP Growth Marketing", "CRM Manager", "Email Deliverability Lead", "Former SMS Program Manager (departed; mailbox preserved)",
                           "Head of Customer Care", "Agency lead, external", "Data Engineer"]) + " - ")
        b.M(work_email(c_, dom_of(co)))
        b.t("\n")
    b.t("\nYou are receiving this notice because you may have documents or data relevant to the matter above. Effective immediately, "
        "you must preserve - and must not delete, alter, or discard - any documents, emails, chat messages (including Slack and text "
        "messages on personal devices used for work), spreadsheets, campaign exports, consent logs, SMS platform reports, and vendor "
        "correspondence relating to SMS and email marketing from " + str(ri(2019, 2022)) + " to the present. Automatic deletion "
        "settings for your mailbox and chat accounts have been suspended by IT. This obligation overrides any records retention "
        "schedule and continues until you are told in writing that the hold has been released.\n\n")
    b.t("Specifically preserve: opt-in and opt-out records, the list purchased from " + pick(["LeadSpring Media", "a co-registration vendor", "the sweepstakes partner"]) +
        ", including the file shared by ")
    v = person("us", fancy=False)
    b.P(v.full)
    b.t(" on " + date("us", 0) + ", and any messages with the complainant's number ")
    b.PH(phone("us"))
    b.t(".\n\n")
    if chance(0.7):
        b.t("Frequently asked questions\n"
            "Q: I have already deleted some of these messages. What should I do?\n"
            "A: Tell us straight away. Do not try to recover or recreate them yourself; IT may be able to restore them from backup.\n"
            "Q: Does this mean I am in trouble?\n"
            "A: No. A legal hold is a routine step. It does not suggest that you have done anything wrong.\n"
            "Q: What about documents held by our agencies or freelancers?\n"
            "A: List them in your acknowledgement so that Legal can send them a separate preservation letter.\n"
            "Q: Can I keep working on the campaigns?\n"
            "A: Yes. Carry on as normal, but do not delete or overwrite old versions of lists, templates or reports.\n\n")
    b.t("Please acknowledge receipt within five business days. Questions go to ")
    b.P(gc.full)
    b.t(", Associate General Counsel, ")
    b.M(work_email(gc, dom_of(co)))
    b.t(", ")
    b.PH(phone("us") + pick(["", " ext. " + dg(3), " x" + dg(4)]))
    b.t(".\n")
    return "en", b


@kind("consent_flag_change_history", 4)
def k_consent_hist():
    loc = pick(["uk", "us", "ie", "au"])
    p = person(loc, fancy=False)
    b = B()
    b.t("Contact: ")
    b.P(p.full)
    b.t(" (id " + dg(8) + ")  ")
    b.M(email_of(p))
    b.t("\nField history - marketing permissions\n\n")
    b.t(f"{'when':<22}{'field':<18}{'old':<10}{'new':<10}{'changed by':<28}source\n")
    for _ in range(ri(5, 9)):
        when = f"{date('uk', 2)} {ri(0, 23):02d}:{ri(0, 59):02d}"
        fld = pick(["email_optin", "sms_optin", "post_optin", "profiling_ok", "phone", "email", "do_not_call"])
        b.t(f"{when:<22}{fld:<18}")
        if fld == "phone":
            b.PH(phone(loc, "mob"))
            b.t(" -> ")
            b.PH(phone(loc, "mob"))
            b.t("  ")
        elif fld == "email":
            b.M(email_of(p))
            b.t(" -> ")
            b.M(email_of(p))
            b.t("  ")
        else:
            o = pick(["true", "false", "null"])
            n = pick(["true", "false"])
            b.t(f"{o:<10}{n:<10}")
        who = ri(0, 3)
        if who == 0:
            u = person(pick(["uk", "in", "za"]), fancy=False)
            b.P(u.full)
            b.t(" (agent)   ")
        elif who == 1:
            b.t("system:esp-sync           ")
        elif who == 2:
            b.t("customer (pref centre)    ")
        else:
            b.t("import:partner_list_" + dg(3) + "   ")
        b.t(pick(["web ", "crm ", "api ", "batch "]) + "ip=")
        b.IP(ip_any() if who != 1 else ipv4(True))
        b.t("\n")
    b.t("\nNote: " + pick(["opt-in flipped back to true by the nightly sync after customer unsubscribed - see bug MKT-" + dg(4) + ".",
                          "import overwrote customer preference; partner list should never update consent fields.",
                          "no anomalies."]) + "\n")
    return "en", b


@kind("dpia_risk_register_excerpt_nopii", 5)
def k_dpia():
    b = B()
    proj = pick(["Lookalike audience upload to ad platforms", "Loyalty app geofenced offers", "Email open-tracking pixels",
                 "Predictive churn scoring", "Store Wi-Fi footfall analytics"])
    b.t(f"DPIA - {proj}\nVersion 0.{ri(3, 9)} | Owner: Marketing Technology | Reviewer: Privacy Office\n\n")
    b.t("Processing description\nPersonal data categories: contact identifiers (hashed email, mobile), purchase history, device IDs, "
        "coarse location (postcode district), consent status. Special category data: none intended.\n"
        "Data subjects: customers and newsletter subscribers aged 18+.\nRecipients: ad platforms (as joint controllers for matching), "
        "analytics processor, internal CRM team.\n\n")
    b.t("Risk register\n")
    risks = [("R1", "Re-identification of hashed identifiers by recipient", "Medium", "High", "Contractual restriction; minimum audience size 1,000"),
             ("R2", "Processing of people who objected to profiling", "Low", "High", "Suppression sync before each upload; daily reconciliation"),
             ("R3", "Location precision reveals home address", "Medium", "Medium", "Truncate to postcode district; no raw GPS stored"),
             ("R4", "Retention longer than necessary", "High", "Medium", "Auto-delete audiences after 180 days"),
             ("R5", "Children's data entering audiences", "Low", "High", "Age gate at signup; exclude DOB < 18"),
             ("R6", "Transfer to third countries without safeguards", "Medium", "High", "SCCs + transfer impact assessment"),
             ("R7", "Lack of transparency", "Medium", "Medium", "Privacy notice section 6 updated; just-in-time notice at signup")]
    for r in sample(risks, ri(3, 6)):
        b.t(f"{r[0]} | {r[1]} | likelihood {r[2]} | severity {r[3]} | mitigation: {r[4]}\n")
    b.t(f"\nResidual risk: {pick(['Low', 'Medium - accepted by DPO', 'Medium'])}. Prior consultation with the supervisory authority not required.\n"
        f"Related tickets: PRIV-{dg(4)}, MKT-{dg(4)}. Next review: Q{ri(1, 4)} {ri(2025, 2026)}.\n")
    return "en", b


@kind("subprocessor_contact_register", 5)
def k_subproc():
    co = brand("uk")
    b = B()
    b.t(f"{co} - Register of processors and sub-processors (marketing stack)\nLast updated {date('uk', 0)}\n\n")
    vendors = [("Email service provider", "Sendwave Ltd"), ("SMS aggregator", "TextBridge Communications"),
               ("Customer data platform", "Segmently Inc."), ("Survey tool", "PulseForm ApS"),
               ("Print & mailing house", "Inkwell Direct Mail Ltd"), ("Call centre (outsourced)", "BrightVoice BPO Pvt Ltd"),
               ("Ad measurement", "Clickline GmbH"), ("Loyalty platform", "Stampr B.V.")]
    for svc, v in sample(vendors, ri(3, 6)):
        loc = pick(["uk", "ie", "us", "de", "nl", "in", "da"])
        c_ = person(loc, fancy=False)
        b.t(f"{svc}: {v}\n  Registered office: ")
        b.A(addr_str(loc, ", "))
        b.t("\n  Privacy contact: ")
        b.P(c_.full)
        b.t(" - ")
        b.M(pick(["privacy@", "dpo@", "gdpr@", "legal@"]) + ascii_fold(v.split()[0]).lower() + pick([".com", ".io", ".co.uk"]))
        if chance(0.6):
            b.t(" - ")
            b.PH(phone(loc, "land"))
        b.t(f"\n  Data location: ")
        b.L(pick(["Ireland", "Frankfurt", "Netherlands", "United States", "India", "London", "Denmark"]))
        b.t(f"   DPA signed: {date('uk', 2)}   SCCs: {pick(['yes', 'n/a', 'yes (module 3)'])}\n\n")
    return "en", b


BREACH_PARAS = [
    "We discovered the incident when our monitoring flagged an unusual volume of exports from our email marketing platform. "
    "We immediately revoked the credentials involved, forced a password reset for all staff accounts on that platform and "
    "engaged an external forensic firm.",
    "The information involved was limited to the data we use to send you marketing and process orders. It did not include "
    "passwords, and full payment card numbers are never stored on that platform.",
    "We have reported the incident to the data protection regulator and we are cooperating fully with its enquiries.",
    "You may receive emails or text messages that appear to come from us and ask you to 'confirm' your details or payment. "
    "We will never ask you for your password or full card number by email, text or phone.",
    "As a precaution we have arranged twelve months of free credit monitoring. You can activate it using the code below.",
    "We are very sorry. We take the protection of your information seriously and we have reviewed how access to customer "
    "exports is granted so that this cannot happen again in the same way.",
    "If you think you have been the victim of fraud, contact your bank immediately and report it to the police.",
]


@kind("personal_data_breach_notice_individual", 5)
def k_breach_letter():
    loc = pick(["uk", "ie", "us", "au", "ca", "za", "sg", "in"])
    p = person(loc)
    co = brand(loc)
    dom = dom_of(co)
    ceo = person(pick(["uk", "us", "ie"]))
    b = B()
    b.t(f"{co}\n")
    b.A(addr_str(loc, ", "))
    b.t("\n\n" + date(loc, 0) + "\n\n")
    b.P(p.full)
    b.t("\n")
    addr_block(b, loc)
    b.t("\n\n" + pick(["Notice of data security incident", "Important: an incident affecting your personal information",
                        "NOTICE OF DATA BREACH"]) + "\n\nDear ")
    b.P(p.first if chance(0.6) else p.full)
    b.t(",\n\n")
    b.t(f"We are writing to tell you about an incident that involved some of your personal information. On {date(loc, 0)}, "
        f"an unauthorised person used a compromised login belonging to one of our {pick(['agency partners', 'contractors', 'staff members'])} "
        f"to access a customer list used for our {pick(['loyalty programme', 'newsletter', 'catalogue mailings', 'SMS offers'])}.\n\n")
    b.t("What information was involved\nThe records relating to you contained: your name, ")
    fields = []
    b.t("postal address (")
    b.A(addr_str(loc, ", "))
    b.t("), email address (")
    b.M(email_of(p))
    b.t(")")
    if chance(0.7):
        b.t(", telephone number (")
        b.PH(phone(loc, "mob"))
        b.t(")")
    b.t(", date of birth and purchase history")
    if loc == "us" and chance(0.5):
        b.t(". For a small number of customers who entered our 2022 sweepstakes, the record also held a Social Security number; "
            "yours ends in " + dg(4))
    b.t(".\n\n")
    for para in sample(BREACH_PARAS, ri(3, 6)):
        b.t(para + "\n\n")
    b.t(f"Activation code: {ref('', 4)}-{ref('', 4)}-{ref('', 4)}\n\n")
    b.t("If you have questions, please call our dedicated helpline on ")
    b.PH(phone(loc, "toll"))
    b.t(" (reference " + ref("INC-", 5) + ") or email ")
    b.M(pick(["incident@", "privacy@", "dataprotection@"]) + dom)
    b.t(".\n\nSincerely,\n\n")
    b.P(ceo.full)
    b.t("\n" + pick(["Chief Executive Officer", "Chief Customer Officer", "Managing Director"]) + "\n")
    return "en", b


@kind("breach_impacted_records_annex", 5)
def k_breach_annex():
    co = brand("uk")
    b = B()
    b.t(f"ANNEX B - Individuals affected (incident {ref('INC-', 5)}, {co})\nPrepared for notification to the supervisory authority. RESTRICTED.\n\n")
    cols = ["#", "Name", "Email", "Phone", "Address", "Card data", "Notified"]
    b.t(" ; ".join(cols) + "\n")
    for i in range(ri(4, 8)):
        loc = pick(["uk", "ie", "uk", "de", "fr", "nl", "es"])
        p = person(loc, fancy=False)
        b.t(f"{i + 1} ; ")
        b.P(p.full)
        b.t(" ; ")
        b.M(email_of(p))
        b.t(" ; ")
        if chance(0.7):
            b.PH(phone(loc))
        b.t(" ; ")
        b.A(addr_str(loc, ", "))
        b.t(" ; ")
        r = ri(0, 3)
        if r == 0:
            d, n, net = card()
            b.C(d)
            b.t(f" ({NETNAME[net]}, plaintext in export!)")
        elif r == 1:
            b.t(masked(None))
        else:
            b.t("none")
        b.t(" ; " + pick(["letter", "email", "email+SMS", "pending", "bounced"]) + "\n")
    b.t(f"\nTotal records in export: {ri(1200, 48000)}; this annex lists those with payment data or special circumstances. "
        "Full list held by the incident response lead ")
    ir = person("uk", fancy=False)
    b.P(ir.full)
    b.t(".\n")
    return "en", b


@kind("call_recording_disclosure_script_nopii", 5)
def k_call_script():
    co = pick(BRANDS_EN)
    b = B()
    b.t(f"{co} - Outbound retention campaign: opening script v{ri(2, 6)}.{ri(0, 9)}\n\n")
    b.t("[AGENT] Hi, may I speak to [CUSTOMER FIRST NAME]?\n")
    b.t("[AGENT] My name is [AGENT NAME] calling from " + co + ("" if co.endswith(".") else ".") + " Before we go on, I need to let you know this call is recorded "
        "for training and quality purposes and to keep a record of any changes we agree. Is that OK?\n")
    b.t("  - If NO: 'No problem, I'll pause the recording.' Press PAUSE (F9). Do NOT take card details while paused.\n")
    b.t("  - If YES: continue.\n\n")
    b.t("[AGENT] For security, can you confirm the first line of your address and your date of birth?\n")
    b.t("  Never ask for the full card number, PIN, or passwords. For payments use the IVR transfer (option 3) so card "
        "details are not captured on the recording.\n\n")
    b.t("[AGENT] We're calling because your plan renews on [RENEWAL DATE]. ...\n\n")
    b.t("Marketing consent (read verbatim): 'Would you like to hear about offers from " + co + " by email or text? You can change "
        "your mind at any time.' Record the answer in the CRM field mkt_consent_call with the call ID.\n\n")
    b.t(f"If the customer says they are on the do-not-call list: apologise, end the call, set DNC=Y. Escalation code DNC-{ri(10, 99)}. "
        f"Compliance hotline is internal extension 4{ri(100, 999)} (not to be given to customers).\n")
    b.t(f"Approved by Compliance, ref SCR-{dg(4)}, {pick(MONTHS['en'])} {ri(2024, 2025)}.\n")
    return "en", b


@kind("bank_account_confirmation_letter", 5)
def k_bank_letter():
    loc = pick(["uk", "ie", "de", "nl", "fr", "es", "it"])
    lang_loc = loc
    p = person(loc)
    bank = {"uk": "Northgate Bank plc", "ie": "Liffey Savings Bank DAC", "de": "Rheinische Volksbank eG",
            "nl": "Polderbank N.V.", "fr": "Banque du Midi", "es": "Banca Meseta", "it": "Banca Padana"}[loc]
    off = person(loc, fancy=False)
    b = B()
    b.t(bank.upper() + "\n")
    b.A(addr_str(loc, ", "))
    b.t("\nTel ")
    b.PH(phone(loc, "land"))
    b.t(f" | www.{ascii_fold(bank.split()[0]).lower()}bank.example\n\n")
    b.t(date(loc if LANG_OF[loc] == "en" else "uk", 0) + "\n\nTO WHOM IT MAY CONCERN\n\nConfirmation of account details\n\n")
    b.t("We confirm that the following account is held with us in the name of ")
    b.P(p.full)
    b.t(pick([" trading as Sunday Reset Studio", "", "", " (sole trader)"]) + ":\n\n")
    b.t("  Account holder: ")
    b.P(p.full.upper())
    b.t("\n  Address: ")
    b.A(addr_str(loc, ", "))
    b.t("\n  IBAN: ")
    b.I(iban(CC_OF[loc], grouped=True))
    b.t(f"\n  BIC: {dict(uk='NWBKGB2L', ie='AIBKIE2D', de='GENODED1KOB', nl='RABONL2U', fr='BNPAFRPP', es='CAIXESBB', it='BCITITMM')[loc]}\n")
    b.t(f"  Account opened: {date('uk', 1)}\n\n")
    b.t("This letter is issued at the request of the account holder for the purpose of receiving payments from "
        + brand("uk") + "'s partner programme. It does not constitute a reference or guarantee.\n\nYours faithfully,\n\n")
    b.P(off.full)
    b.t("\n" + pick(["Branch Manager", "Customer Service Officer", "Relationship Manager"]))
    b.t("\n\nRegistered office: ")
    b.A(addr_str(loc, ", "))
    b.t(". Authorised and regulated by the competent authority.\n")
    return "en", b


@kind("erasure_completion_confirmation", 5)
def k_erasure():
    loc = pick(["uk", "ie", "us", "au", "nz", "ca"])
    p = person(loc)
    co = brand(loc)
    b = B()
    b.t("To: ")
    b.M(email_of(p))
    b.t(f"\nSubject: {pick(['Your deletion request', 'Request completed: erase my data', 'Confirmation - personal data deleted'])} [{ref('ER-', 6)}]\n\n")
    b.t("Dear ")
    b.P(p.first if chance(0.5) else p.full)
    b.t(",\n\n")
    b.t(f"We have completed your request of {date(loc, 0)} to delete your personal information. Here is what we did:\n\n")
    b.t("- Your online account and saved addresses, including ")
    b.A(addr_str(loc, ", "))
    b.t(", have been deleted.\n")
    b.t("- Your email address and mobile ")
    b.PH(phone(loc, "mob"))
    b.t(" have been removed from all marketing lists. We keep a one-way scrambled copy on a suppression list so we don't contact you again by accident.\n")
    b.t("- Reviews you posted under the display name '" + pick(["happyhiker", "Mumof3", "J.B.", "KitchenQueen"]) + "' have been anonymised.\n")
    b.t(f"- We must keep invoices for orders {pick(['#', 'no. '])}{dg(7)} and {pick(['#', 'no. '])}{dg(7)} for tax purposes until {ri(2029, 2031)}.\n\n")
    if chance(0.4):
        b.t("We could not delete the gift message you sent to ")
        g = person(loc, fancy=False)
        b.P(g.full)
        b.t(" because it forms part of their order record; the message text has been removed.\n\n")
    b.t("If you create a new account in future we will treat you as a new customer.\n\nRegards,\nPrivacy Team, " + co + "\n")
    b.M("privacy@" + dom_of(co))
    return "en", b


@kind("dnc_scrub_exception_report", 5)
def k_dnc():
    b = B()
    co = brand("us")
    b.t(f"DNC SCRUB - exception report - list '{pick(['Q3 reactivation', 'solar leads batch 14', 'warranty renewals', 'lapsed members'])}'\n")
    b.t(f"Run {ts()} | records in {ri(8000, 90000)} | federal DNC hits {ri(300, 9000)} | state DNC hits {ri(10, 400)} | internal DNC {ri(5, 300)} | litigator flag {ri(1, 30)}\n\n")
    b.t("Exceptions requiring review (EBR claimed but number on registry):\n")
    b.t("phone,first,last,state,ebr_date,reason\n")
    for _ in range(ri(4, 8)):
        p = person("us", fancy=False)
        b.PH(phone("us"))
        b.t(",")
        b.P(p.first)
        b.t(",")
        b.P(p.last)
        b.t(",")
        if chance(0.7):  # postal state code: not labelled
            b.t(pick(["FL", "TX", "CA", "PA", "IN", "OK", "WA"]))
        else:
            b.L(pick(["Florida", "Indiana", "Oklahoma", "Texas"]))
        b.t(f",{date('us', 2)},{pick(['EBR > 18 months', 'inquiry > 3 months', 'wireless + no PEWC', 'known litigator', 'reassigned number'])}\n")
    b.t("\nShort codes and masked numbers excluded: 78555, 46645, (***) ***-1234.\n")
    b.t("Questions: TCPA compliance, ")
    c = person("us", fancy=False)
    b.M(work_email(c, dom_of(co)))
    b.t("\n")
    return "en", b


@kind("data_source_disclosure_request", 5)
def k_where_from():
    loc = pick(["uk", "ie", "au", "za", "in", "sg", "nz", "ca"])
    p = person(loc)
    co = brand(loc)
    b = B()
    b.t(pick(["Where did you get my details?", "Re: your letter / how do you have my address", "Source of my data - formal request"]) + "\n\n")
    b.t("Hello,\n\n")
    b.t(f"Yesterday I got a {pick(['glossy brochure', 'text message', 'cold call', 'personalised email'])} from {co} addressed to ")
    nm = pick([p.full, f"{p.first[0]}. {p.last}" if loc != "sg" else p.full, p.full.upper()])
    b.P(nm)
    b.t(" at ")
    if chance(0.6):
        b.A(addr_str(loc, ", "))
    else:
        b.t("my work address")
    b.t(". I have never dealt with you. ")
    if chance(0.5):
        b.t("Interestingly, my name was spelled the way it was on a " + pick(["magazine subscription", "charity raffle form", "car insurance quote", "wedding registry"]) + " I filled in years ago. ")
    b.t("Please tell me exactly where you obtained my details, what you hold, and confirm you will stop using them for marketing.\n\n")
    if chance(0.6):
        b.t("The call came from ")
        b.PH(phone(loc))
        b.t(" and the caller said his name was ")
        c = person(loc, g="m", fancy=False)
        b.P(c.first)
        b.t(".\n\n")
    b.t(pick(["Thanks,", "Regards,", "Cheers,", "Thank you,"]) + "\n")
    b.P(p.full if chance(0.6) else p.first)
    if chance(0.5):
        b.t("\n")
        b.PH(phone(loc, "mob"))
    return "en", b


@kind("preference_webhook_events_json", 5)
def k_pref_json():
    b = B()
    b.t("[\n")
    n = ri(2, 4)
    for i in range(n):
        loc = pick(["us", "uk", "ca", "au", "ie"])
        p = person(loc, fancy=False)
        b.t('  {\n    "type": "' + pick(["preferences.updated", "subscription.unsubscribed", "profile.merged", "consent.withdrawn"]) + '",\n')
        b.t(f'    "id": "evt_{dg(12)}",\n    "occurred_at": "{ts()}",\n    "profile": {{\n      "external_id": "{dg(9)}",\n      "email": "')
        b.M(email_of(p))
        b.t('",\n      "phone_number": ')
        if chance(0.7):
            b.t('"')
            b.PH(phone(loc, "mob"))
            b.t('"')
        else:
            b.t("null")
        b.t(',\n      "first_name": "')
        b.P(p.first)
        b.t('",\n      "last_name": "')
        b.P(p.last)
        b.t('",\n      "location": {"city": "')
        b.L(city(loc))
        b.t(f'", "region": "{dict(us=pick(["CA", "TX", "NY", "IL", ""]), uk="", ca=pick(["ON", "QC", "BC"]), au=pick(["NSW", "VIC", "QLD"]), ie="")[loc]}"}}\n    }},\n')
        b.t('    "channels": {"email": "' + pick(["subscribed", "unsubscribed"]) + '", "sms": "' + pick(["subscribed", "unsubscribed", "never_subscribed"]) + '"},\n')
        b.t('    "context": {"ip": "')
        b.IP(ip_any())
        b.t(f'", "user_agent": "{pick(UAS)}", "sdk": "prefcenter-js 3.2.1.4"}}\n  }}' + ("," if i < n - 1 else "") + "\n")
    b.t("]\n")
    return "en", b


@kind("sms_stop_keyword_escalation", 5)
def k_sms_stop():
    loc = pick(["us", "us", "ca", "au", "uk"])
    p = person(loc)
    co = brand(loc)
    ag = person(loc, fancy=False)
    b = B()
    b.t(f"Escalation: STOP not processed - {co} SMS programme\nReported by: ")
    b.P(ag.full)
    b.t(" (Tier 2)\n\nSubscriber: ")
    b.PH(phone(loc, "mob"))
    b.t("  (")
    b.P(p.full)
    b.t(")\nShort code: " + pick(["78555", "46645", "33789", "66122"]) + "\n\nMessage log:\n")
    n = ri(3, 6)
    for i in range(n):
        b.t(f"  {ts()}  {pick(['MT', 'MT', 'MO'])}  ")
        b.t(pick([f"{co}: 30% off ends tonight! Shop now. Reply STOP to opt out",
                  "stop", "STOP ALL", "Stop texting me", "unsubscribe", "QUIT",
                  f"{co}: Your cart misses you! Msg&data rates may apply. Txt HELP for help",
                  "who is this?? how did you get this number"]) + "\n")
    b.t("\nRoot cause: " + pick(["'Stop texting me' not matched by keyword parser (exact match only).",
                                 "Number ported between carriers; opt-out stored against old carrier ID.",
                                 "Subscriber re-added by a list import from the in-store tablet sign-up.",
                                 "Aggregator returned 200 but opt-out webhook failed."]))
    b.t("\nFix: manual opt-out applied. Customer also asked us to stop emailing ")
    b.M(email_of(p))
    b.t(". Done.\n")
    return "en", b


@kind("people_search_site_optout_letter", 4)
def k_databroker():
    p = person("us")
    b = B()
    broker = pick(["PeopleFindr", "TruthTrace Inc.", "LocateNow Data Services", "RecordRadar"])
    b.t(date("us", 0) + "\n\n" + broker + "\nPrivacy / Opt-Out Requests\n")
    b.A(addr_str("us", "\n"))
    b.t("\n\nRe: Request to delete and opt out - ")
    b.P(p.full)
    b.t("\n\nTo whom it may concern:\n\n")
    b.t("Your website displays a profile about me, including my current and previous addresses, phone numbers, relatives and an "
        "estimated age. I request that you delete all information about me and stop selling or sharing it, under state consumer "
        "privacy law and your own published opt-out policy.\n\nThe listing includes:\n")
    b.t("  Current address: ")
    b.A(addr_str("us", ", "))
    b.t("\n  Past address: ")
    b.A(addr_str("us", ", "))
    b.t("\n  Phones: ")
    b.PH(phone("us"))
    b.t(", ")
    b.PH(phone("us"))
    b.t("\n  'Possible relatives': ")
    for i in range(ri(2, 3)):
        r = person("us", fancy=False)
        b.P(r.full)
        b.t(", ")
    b.t("and others\n  Email: ")
    b.M(email_of(p))
    b.t("\n\nI do not want to create an account or upload ID to make this request. If you need to contact me, use the email above. "
        "I also ask that you do not re-list me from another source.\n\nSincerely,\n")
    b.P(p.full)
    return "en", b


@kind("authorized_agent_privacy_request", 5)
def k_agent_req():
    p = person("us")
    agent = person("us", fancy=False)
    co = brand("us")
    svc = pick(["OptOutly", "Incogneato Privacy Services", "ClearSlate Agents LLC"])
    b = B()
    b.t(f"To: privacy@{dom_of(co)}\nFrom: ")
    b.M("requests@" + ascii_fold(svc.split()[0]).lower() + ".com")
    b.t(f"\nSubject: Authorized agent request - {pick(['delete', 'opt-out of sale/sharing', 'access + delete'])} - ")
    b.P(p.full)
    b.t("\n\nHello,\n\n" + svc + " is acting as authorized agent for the consumer below under the California Consumer Privacy Act, "
        "as amended. A signed permission is attached.\n\n")
    b.t("Consumer: ")
    b.P(p.full)
    b.t("\nEmail(s): ")
    b.M(email_of(p))
    if chance(0.5):
        b.t(", ")
        b.M(email_of(p))
    b.t("\nPhone: ")
    b.PH(phone("us"))
    b.t("\nAddress: ")
    b.A(addr_str("us", ", "))
    b.t("\n\nPlease confirm completion to this mailbox within 45 days. You may verify directly with the consumer; please do not "
        "require the consumer to create an account.\n\n")
    b.P(agent.full)
    b.t("\nCase Specialist, " + svc + "\n")
    b.PH(phone("us", "toll"))
    b.t("\n\n---\nInternal reply (")
    r = person("us", fancy=False)
    b.P(r.first)
    b.t("): " + pick(["Found 2 profiles, one from a 2021 trade show scan. Sent verification email to consumer directly.",
                      "No match on email or phone. Asking agent for postal address used at purchase.",
                      "Permission form unsigned - reject and notify agent."]) + "\n")
    return "en", b


@kind("rights_request_sla_metrics_nopii", 5)
def k_sla_nopii():
    b = B()
    q = f"Q{ri(1, 4)} {ri(2023, 2025)}"
    b.t(f"Data subject rights - quarterly metrics ({q})\n\n")
    tot = ri(300, 2400)
    b.t(f"Requests received: {tot}\n")
    for t in ["Access", "Erasure", "Objection to direct marketing", "Rectification", "Portability", "Opt-out of sale/sharing"]:
        b.t(f"  {t:<32}{ri(5, 600):>5}   median days to close {ri(2, 29)}\n")
    b.t(f"\nClosed within statutory deadline: {ri(88, 99)}.{ri(0, 9)}%\nExtended: {ri(1, 30)}   Refused (manifestly unfounded): {ri(0, 4)}\n")
    b.t(f"Complaints to regulator referencing a request: {ri(0, 3)} (refs CASE-{dg(5)}, CASE-{dg(5)})\n\n")
    b.t("Commentary: " + pick([
        "Volume rose after the rebrand email; most erasure requests were from lapsed subscribers. The backlog from the CRM migration is cleared.",
        "Authorized-agent requests now account for a third of opt-outs. ID verification remains the main cause of delay.",
        "Two late responses were caused by requests sent to a shop mailbox. Store managers have been reminded to forward requests the same day.",
    ]) + "\nNext steps: automate suppression on erasure; publish updated privacy notice v" + f"{ri(4, 9)}.{ri(0, 3)}.\n")
    return "en", b


@kind("retention_schedule_extract_nopii", 5)
def k_retention_nopii():
    b = B()
    b.t("Records retention schedule - Marketing & Customer (extract)\n\n")
    b.t(f"{'Record':<42}{'Retention':<30}Trigger / Notes\n")
    rows = [("Newsletter subscriber profile", "Until unsubscribe + 30 days", "Then hashed to suppression list"),
            ("Consent and opt-out evidence", "6 years after last use", "Needed to defend complaints"),
            ("Competition entries (non-winners)", "3 months after draw", "Winners: 2 years"),
            ("Call recordings (sales)", "90 days", "Longer if complaint open"),
            ("Web analytics (identifiable)", "14 months", "Aggregates kept indefinitely"),
            ("Chargeback evidence", "18 months after close", "Network rules"),
            ("Influencer contracts and tax forms", "7 years after end", "Tax law"),
            ("CCTV in flagship store", "31 days", "Unless incident"),
            ("Customer service tickets", "3 years after close", "Attachments 12 months"),
            ("Lead lists purchased from third parties", "Do not retain > 12 months", "Source documented at import")]
    for r in sample(rows, ri(5, 9)):
        b.t(f"{r[0]:<42}{r[1]:<30}{r[2]}\n")
    b.t(f"\nOwner: Records Management. Approved {pick(MONTHS['en'])} {ri(2023, 2025)}. Policy ref RM-POL-{dg(3)} v{ri(2, 5)}.{ri(0, 9)}.\n")
    return "en", b


@kind("sanctions_screening_match_review", 4)
def k_sanctions():
    loc = pick(["uk", "us", "za", "in", "sg", "ie"])
    p = person(loc)
    an = person(pick(["uk", "in", "ie"]), fancy=False)
    b = B()
    b.t(f"Screening alert {ref('SCR-', 7)} - onboarding: partner payouts\n\n")
    b.t("Subject: ")
    b.P(p.full)
    b.t(f"\nDOB: {date('uk', 1, year=ri(1970, 2001))}\nNationality: {dict(uk='British', us='American', za='South African', ie='Irish', sg='Singaporean', **{'in': 'Indian'})[loc]}\nAddress: ")
    b.A(addr_str(loc, ", "))
    b.t("\n\nPotential match: list entry '")
    m = person(pick(["us", "uk", "za", "in"]), fancy=False)
    m.last = p.last
    b.P(f"{m.first.upper()} {p.last.upper()}" if loc != "sg" else p.full.upper())
    b.t(f"' (score {ri(78, 96)}%), listed {date('uk', 1)}, DOB {date('uk', 1, year=ri(1950, 1975))}, place of birth ")
    b.L(pick(["Minsk", "Caracas", "Tehran", "Damascus", "Pyongyang", "Moscow", "Havana"]))
    b.t(".\n\nReview by ")
    b.P(an.full)
    b.t(": " + pick(["DOB differs by 23 years; different nationality; middle names differ. FALSE POSITIVE - clear.",
                     "Name match is common surname only; subject's ID verified. Cleared.",
                     "Insufficient info - requested passport copy before release of first payout."]) + "\n")
    return "en", b


@kind("cashback_rebate_claim_submission", 5)
def k_cashback():
    loc = pick(["uk", "ie", "uk", "za", "au"])
    p = person(loc)
    co = brand(loc)
    b = B()
    b.t(f"{co} {dict(uk='£50', ie='€40', za='R500', au='A$75')[loc]} cashback promotion - claim received\n")
    b.t(f"Claim ref: CB{dg(7)}   Submitted {ts()} from ")
    b.IP(ip_any())
    b.t("\n\nTitle: " + (p.title() or "Mx") + "\nFirst name: ")
    b.P(p.first)
    b.t("\nSurname: ")
    b.P(p.last)
    b.t("\nEmail: ")
    b.M(email_of(p))
    b.t("\nPhone: ")
    b.PH(phone(loc, "mob"))
    b.t("\nAddress line 1: ")
    lines, c, ctry = addr(loc)
    b.A(lines[0])
    b.t("\nTown/City: ")
    b.L(c)
    b.t("\nCountry: ")
    b.L(ctry)
    b.t(f"\nProduct purchased: {pick(['Corvid Studio Headphones', 'Atlas X5', 'Juno Espresso Machine'])}  Serial {dg(10)}\n")
    b.t(f"Retailer / date: {pick(['Argos', 'Harvey Norman', 'Currys', 'Makro', 'Harvey Norman'])} / {date(loc, 1)}\n")
    if loc in ("uk", "ie"):
        b.t("Bank details for payment\n  Account name: ")
        b.P(p.full)
        b.t("\n  IBAN: ")
        b.I(iban(CC_OF[loc]))
        if loc == "uk":
            b.t(f"\n  (Sort code {dg(2)}-{dg(2)}-{dg(2)} / Account {dg(8)} also given)")
    else:
        b.t(f"Bank details for payment\n  Account name: ")
        b.P(p.full)
        b.t(f"\n  Branch code {dg(6)}  Account {dg(10)}")
    b.t("\nOpt-in to future offers: " + pick(["No", "Yes", "No"]) + "\n")
    b.t("Status: " + pick(["Valid - queued for payment", "Rejected - receipt illegible", "Duplicate claim (same serial)", "Pending receipt"]) + "\n")
    return "en", b


@kind("bereaved_family_mailing_stop_request", 5)
def k_bereaved():
    loc = pick(["uk", "ie", "au", "nz", "ca", "za", "us"])
    d = person(loc)
    w = person(loc, fancy=False)
    co = brand(loc)
    b = B()
    v = ri(0, 1)
    if v == 0:
        b.t(f"Dear {co},\n\n")
        b.t("My " + pick(["mother", "wife", "sister", "aunt"] if d.g == "f" else ["father", "husband", "brother", "uncle"]) + ", ")
        b.P(d.full)
        b.t(f", passed away on {date(loc, 0)}. Your catalogues and emails keep arriving for {'her' if d.g == 'f' else 'him'} and it is upsetting. "
            "Please remove all of the following from your mailing lists:\n\n")
        b.A(addr_str(loc, "\n"))
        b.t("\n")
        b.M(email_of(d))
        b.t("\n\nI am the executor of the estate. If you need to confirm anything, my number is ")
        b.PH(phone(loc))
        b.t(". Please do not send condolence vouchers.\n\n" + pick(["Thank you,", "Regards,"]) + "\n")
        b.P(w.full)
    else:
        ag = person(loc, fancy=False)
        b.t("Bereavement - CRM action log\n")
        b.t("Deceased: ")
        b.P(d.full)
        b.t(" | customer no " + dg(8) + "\nInformant: ")
        b.P(w.full)
        b.t(" (" + pick(["daughter", "spouse", "solicitor", "niece"] if w.g == "f" else ["son", "spouse", "solicitor", "nephew"]) + "), ")
        b.PH(phone(loc))
        b.t("\nActions: account closed; all channels suppressed; subscription refunded pro rata to estate account")
        if loc in ("uk", "ie"):
            b.t(" ")
            b.I(iban(CC_OF[loc]))
        b.t("; joint card holder ")
        j = person(loc, fancy=False)
        b.P(j.first)
        b.t(" kept on file at their request.\nHandled by ")
        b.P(ag.full)
        b.t(", " + date(loc, 1) + ".\n")
    return "en", b


@kind("casl_crtc_complaint_and_response", 4)
def k_casl():
    p = person("ca")
    co = brand("ca")
    b = B()
    b.t("Spam Reporting Centre submission (copy)\n\nReporter: ")
    b.P(p.full)
    b.t("\nEmail: ")
    b.M(email_of(p))
    cty, prov = pick([("Toronto", "ON"), ("Montréal", "QC"), ("Halifax", "NS"), ("Calgary", "AB"), ("Winnipeg", "MB"),
                      ("Saskatoon", "SK"), ("Québec", "QC"), ("Hamilton", "ON")])
    b.t("\nCity: ")
    b.L(cty)
    b.t("\nProvince: " + prov + "\n\nDetails: ")
    b.t(f"Commercial emails from {co} with no working unsubscribe; no mailing address in footer. I never consented - I only asked for a quote. "
        "Messages came from ")
    b.M("deals@mail." + dom_of(co))
    b.t(" via server ")
    b.IP(ipv4())
    b.t(".\n\n--- Company internal response ---\n")
    r = person("ca", fancy=False)
    b.P(r.full)
    b.t(f", Compliance: implied consent from the quote request expired after 6 months ({date('ca', 2)}). Reporter removed. "
        "Footer template fixed to show our mailing address (")
    b.A(addr_str("ca", ", "))
    b.t(") and a one-click unsubscribe. Reply sent to reporter by phone ")
    b.PH(phone("ca"))
    b.t(".\n")
    return "en", b


@kind("pdpa_singapore_access_request", 4)
def k_pdpa():
    p = person("sg")
    co = brand("sg")
    dpo = person("sg")
    b = B()
    b.t(f"To: The Data Protection Officer, {co} Pte. Ltd.\n")
    b.t("Subject: Access and correction request under the PDPA\n\n")
    b.t("Dear Sir/Madam,\n\nI, ")
    b.P(p.full)
    b.t(f" (NRIC ending {pick('STFG')}{dg(3)}{pick('ABCDJZ')}), would like to request access to the personal data your organisation holds about me, "
        "and information about how it has been used or disclosed in the past year.\n\n")
    b.t("I also note your records show my address as ")
    b.A(", ".join(pick(SG_ADDR)))
    b.t(". Please correct it to ")
    b.A(", ".join(pick(SG_ADDR)))
    b.t(".\n\nI have been receiving marketing calls on ")
    b.PH(phone("sg", "mob"))
    b.t(" although my number is registered with the DNC Registry. Kindly stop.\n\nYou may reach me at ")
    b.M(email_of(p))
    b.t(".\n\nThank you.\n")
    b.P(p.full)
    b.t("\n\n---\nReply from DPO office: Acknowledged, ref " + ref("PDPA-", 5) + ". We will respond within 30 days. - ")
    b.P(dpo.full)
    b.t(", Data Protection Officer, ")
    b.PH(phone("sg", "land"))
    b.t("\n")
    return "en", b


@kind("dpdp_grievance_officer_email", 4)
def k_dpdp():
    p = person("in")
    co = pick(["Atlas Mobile", "Kestrel Cosmetics", "Bluefin Travel", "Fennel Meal Kits"])
    go = person("in", fancy=False)
    b = B()
    b.t("To: ")
    b.M("grievance.officer@" + dom_of(co).replace(".co.uk", ".in").replace(".com", ".in"))
    b.t("\nSubject: " + pick(["Grievance - unwanted promotional calls and data sharing", "Withdrawal of consent + erasure",
                               "Complaint regarding misuse of my mobile number"]) + "\n\n")
    b.t("Respected Sir/Madam,\n\n")
    b.t(f"I am registered with {co} through your app with mobile number ")
    b.PH(phone("in", "mob"))
    b.t(". For the past " + str(ri(2, 8)) + " weeks I am receiving promotional calls from numbers like ")
    b.PH(phone("in", "mob"))
    b.t(" and ")
    b.PH(phone("in", "mob"))
    b.t(" regarding loans and credit cards, which I believe come from your 'partners'. My number is on the NCPR (DND) list.\n\n")
    b.t("I hereby withdraw my consent for any marketing and request erasure of my data other than what is needed for my active "
        "orders. My registered address is:\n")
    b.A("\n".join(pick(IN_ADDR)))
    b.t("\n\nKindly acknowledge within the timeline prescribed. If I do not get a response I will approach the Data Protection Board.\n\n"
        "Thanking you,\n")
    b.P(p.full)
    b.t("\n")
    b.M(email_of(p))
    if chance(0.5):
        b.t("\n\n---\nAuto-ack: Your grievance " + ref("GRV", 8) + " has been received. Grievance Officer: ")
        b.P(go.full)
        b.t(", ")
        b.A(", ".join(pick(IN_ADDR)))
        b.t("\n")
    return "en", b


@kind("popia_direct_marketing_objection", 4)
def k_popia():
    p = person("za")
    co = brand("za")
    io = person("za", fancy=False)
    b = B()
    b.t("FORM 1 - OBJECTION TO THE PROCESSING OF PERSONAL INFORMATION\n(Section 11(3) of the Protection of Personal Information Act)\n\n")
    b.t("A  DETAILS OF DATA SUBJECT\nName(s) and surname: ")
    b.P(p.full)
    b.t(f"\nIdentity number: {dg(6)} {dg(4)} {dg(3)}\nResidential address: ")
    b.A(addr_str("za", ", "))
    b.t("\nContact number(s): ")
    b.PH(phone("za", "mob"))
    if chance(0.5):
        b.t(" / ")
        b.PH(phone("za", "land"))
    b.t("\nE-mail address: ")
    b.M(email_of(p))
    b.t("\n\nB  DETAILS OF RESPONSIBLE PARTY\nName: " + co + " (Pty) Ltd\nAddress: ")
    b.A(addr_str("za", ", "))
    b.t("\nInformation Officer: ")
    b.P(io.full)
    b.t("  ")
    b.M(pick(["infoofficer@", "popia@", "privacy@"]) + dom_of(co).replace(".co.uk", ".co.za").replace(".com", ".co.za"))
    b.t("\n\nC  REASONS FOR OBJECTION\n" + pick([
        "I object to direct marketing by SMS and telephone. I did not consent; my number was obtained from a lead list.",
        "I object to my information being shared with your insurance partners for marketing.",
        "Please stop all marketing. I cancelled my account in " + str(ri(2019, 2023)) + ".",
    ]) + f"\n\nSigned at ")
    b.L(pick(["Cape Town", "Johannesburg", "Durban", "Pretoria", "Gqeberha", "Bloemfontein"]))
    b.t(f" this {ri(1, 28)} day of {pick(MONTHS['en'])} {ri(2023, 2025)}.\n")
    return "en", b


@kind("acma_spam_complaint_au_nz", 4)
def k_acma():
    loc = pick(["au", "au", "nz"])
    p = person(loc)
    co = brand(loc)
    b = B()
    b.t(("ACMA spam complaint - summary\n" if loc == "au" else "DIA Unsolicited Electronic Messages complaint - summary\n"))
    b.t(f"Complaint ID {dg(8)} | received {date(loc, 1)}\n\nComplainant: ")
    b.P(p.full)
    b.t(" | ")
    b.M(email_of(p))
    b.t(" | ")
    b.PH(phone(loc, "mob"))
    b.t("\nSuburb/town: ")
    b.L(pick(["Fitzroy", "Bondi", "Newtown", "Fremantle", "Glenelg"] if loc == "au" else ["Te Aro", "Ponsonby", "Riccarton", "Karori"]))
    b.t(f"\n\nSender: {co}\nMessages: {ri(3, 20)} SMS, sender ID '{co.split()[0].upper()}'\n")
    b.t("Example: \"" + pick([f"{co}: Flash sale 40% off! Reply STOP to 0{ri(400, 499)} xxx xxx", f"Hi! Exclusive offer from {co}. Tap the link.",
                               f"{co}: your points expire soon!!"]) + "\"\n")
    b.t("Complainant says unsubscribe ignored; number only given for delivery updates to ")
    b.A(addr_str(loc, ", "))
    b.t(".\n\nBusiness response (")
    r = person(loc, fancy=False)
    b.P(r.full)
    b.t(", Marketing Compliance): " + pick([
        "consent was inferred from a purchase; we accept the unsubscribe facility was not functional between two dates and have fixed it.",
        "complainant's number was entered by a store staff member at checkout. Staff retrained.",
        "no record of the number; messages may be a spoof using our brand."]) + "\n")
    return "en", b


@kind("cookie_category_table_nopii", 4)
def k_cookie_nopii():
    b = B()
    b.t(pick(["Cookie policy - table of cookies", "Cookie declaration (auto-generated)", "Cookies we use on this site"]) + "\n\n")
    b.t("Name | Provider | Purpose | Expiry | Category\n")
    rows = [("_ga", "analytics", "Distinguishes users", "2 years", "Statistics"),
            ("_gid", "analytics", "Distinguishes users", "24 hours", "Statistics"),
            ("cart_sess", "this site", "Keeps your basket", "Session", "Necessary"),
            ("consent_v2", "this site", "Stores your cookie choices", "12 months", "Necessary"),
            ("_fbp", "ad platform", "Ad delivery and measurement", "3 months", "Marketing"),
            ("mkt_uid", "email platform", "Links email clicks to site visits", "6 months", "Marketing"),
            ("lang", "this site", "Remembers language", "1 year", "Preferences"),
            ("hj_sid", "heatmap tool", "Session recording (masked inputs)", "30 minutes", "Statistics"),
            ("ab_bucket", "this site", "A/B test variant", "90 days", "Preferences")]
    for r in sample(rows, ri(4, 8)):
        b.t(" | ".join(r) + "\n")
    b.t(f"\nLast scanned {pick(MONTHS['en'])} {ri(2024, 2025)} by scanner v4.18.2.0. You can change your choices at any time via 'Cookie settings' in the footer.\n")
    return "en", b


# ==========================================================================
# GERMAN
# ==========================================================================
def genitive_de(name):
    return name + ("'" if name[-1] in "sßxz" else "s")


@kind("de_dsgvo_auskunftsantrag_kunde", 5)
def k_de_auskunft():
    p = person("de")
    co = brand("de")
    b = B()
    v = ri(0, 1)
    if v == 0:
        b.P(p.full)
        b.t("\n")
        addr_block(b, "de")
        b.t("\n\n" + co + "\nz. Hd. Datenschutzbeauftragte/r\n")
        b.A(addr_str("de", "\n"))
        b.t(f"\n\n{pick(['Berlin', 'Köln', 'Hamburg', 'München'])}, den {date('de', 0)}\n\n")
    else:
        b.t("An: ")
        b.M("datenschutz@" + dom_of(co))
        b.t("\nVon: ")
        b.M(email_of(p))
        b.t("\nBetreff: ")
    b.t("Auskunftsersuchen nach Art. 15 DSGVO" + (" - Kundennr. " + dg(8) if chance(0.5) else "") + "\n\n")
    b.t("Sehr geehrte Damen und Herren,\n\n")
    b.t("hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie "
        "personenbezogene Daten zu meiner Person verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur "
        "Verfügung. Insbesondere bitte ich um Auskunft über\n"
        "– die Verarbeitungszwecke,\n– die Kategorien der verarbeiteten Daten,\n"
        "– die Empfänger, insbesondere Adresshändler, Lettershops und Werbepartner,\n"
        "– die geplante Speicherdauer,\n– die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.\n\n")
    b.t(pick(["Anlass ist ein Werbebrief, den ich ", "Hintergrund: Ich erhalte seit einiger Zeit Werbepost, "]))
    b.t(pick(["an meine frühere Anschrift ", "an die Adresse meiner Eltern "]))
    b.A(addr_str("de", ", "))
    b.t(" erhalten habe, obwohl ich dort seit " + str(ri(2015, 2022)) + " nicht mehr wohne. ")
    if chance(0.5):
        m = person("de", g="f", fancy=False)
        m.last = p.last
        b.t("Meine Mutter ist ebenfalls betroffen: Frau ")
        b.P(genitive_de(p.last))
        b.t(f" Kundenkonto wurde {ri(2018, 2022)} gekündigt, trotzdem erhält sie weiterhin Kataloge; ihre Vollmacht liegt bei. ")
    b.t("\n\nZur Identifizierung: ")
    b.t("E-Mail ")
    b.M(email_of(p))
    b.t(", Telefon ")
    b.PH(phone("de"))
    b.t(".\n\nIch bitte um Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Bitte senden Sie die Auskunft "
        + pick(["elektronisch an meine E-Mail-Adresse.", "per Post.", "als PDF."]) + "\n\nMit freundlichen Grüßen\n\n")
    b.P(p.full)
    return "de", b


@kind("de_werbewiderspruch_schreiben", 4)
def k_de_widerspruch():
    p = person("de")
    co = brand("de")
    b = B()
    b.t("Widerspruch gegen die Verarbeitung meiner Daten zu Werbezwecken (Art. 21 Abs. 2 DSGVO)\n\n")
    b.t("Absender: ")
    b.P(p.full)
    b.t(", ")
    b.A(addr_str("de", ", "))
    b.t("\nEmpfänger: " + co + ", Kundenservice, ")
    b.A(addr_str("de", ", "))
    b.t("\n\nSehr geehrte Damen und Herren,\n\nich widerspreche hiermit der Nutzung meiner personenbezogenen Daten für Werbung "
        "jeglicher Art, auch per Post, E-Mail, SMS und Telefon. Bitte sperren Sie meine Daten für Werbezwecke und bestätigen "
        "Sie mir dies schriftlich.\n\n")
    b.t("Betroffen sind insbesondere:\n- E-Mail: ")
    b.M(email_of(p))
    b.t("\n- Mobil: ")
    b.PH(phone("de", "mob"))
    if chance(0.6):
        b.t("\n- Festnetz: ")
        b.PH(phone("de", "land"))
    c = person("de", fancy=False)
    b.t(f"\n\nDen Anruf vom {date('de', 0)} um {ri(9, 19)}:{ri(10, 59)} Uhr, bei dem sich " +
        ("Ihre Mitarbeiterin als Frau " if c.g == "f" else "Ihr Mitarbeiter als Herr "))
    b.P(c.last)
    b.t(" vorgestellt hat, habe ich nicht erbeten. ")
    b.t("Eine Einwilligung habe ich nie erteilt.\n\nMit freundlichen Grüßen\n")
    b.P(p.full)
    return "de", b


@kind("de_inkasso_zahlungsaufforderung", 5)
def k_de_inkasso():
    p = person("de")
    co = brand("de")
    ik = pick(["Rheinland Inkasso GmbH", "Forderungsmanagement Nord GmbH", "Elbe Credit Services GmbH"])
    sb = person("de", fancy=False)
    b = B()
    b.t(ik + " · ")
    b.A(addr_str("de", " · "))
    b.t("\n\n")
    tt = p.title()
    b.t(tt + "\n")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "de")
    b.t(f"\n\nIhr Zeichen: –\nUnser Zeichen: {dg(6)}/{ri(23, 25)}\nDatum: {date('de', 1)}\n\n")
    b.t(f"Zahlungsaufforderung – Forderung der {co}\n\n")
    b.t(f"Sehr geehrte{'r' if tt == 'Herr' else ''} {tt} ")
    b.P(p.last)
    b.t(",\n\n")
    hf = ri(40, 900)
    b.t(f"die {co} hat uns mit dem Einzug der nachstehenden Forderung beauftragt. Trotz Mahnung vom {date('de', 1)} ist folgender "
        f"Betrag offen:\n\n  Hauptforderung (Rechnung {dg(8)})   {hf},{ri(0, 99):02d} EUR\n  Mahngebühren                       5,00 EUR\n"
        f"  Inkassokosten                      {ri(30, 90)},{ri(0, 99):02d} EUR\n\n")
    b.t(f"Bitte überweisen Sie den Gesamtbetrag bis zum {date('de', 1)} auf folgendes Konto:\n\nKontoinhaber: {ik}\nIBAN: ")
    b.I(iban("DE", grouped=True))
    b.t(f"\nBIC: {pick(['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEF1S04', 'SSKMDEMMXXX'])}\nVerwendungszweck: {dg(6)}\n\n")
    b.t("Sollten Sie die Forderung bestreiten, teilen Sie uns dies bitte schriftlich mit. Für Rückfragen erreichen Sie Ihre "
        "Sachbearbeiterin/Ihren Sachbearbeiter ")
    b.P(sb.full)
    b.t(" unter ")
    b.PH(phone("de", "land"))
    b.t(" oder ")
    b.M(work_email(sb, ascii_fold(ik.split()[0]).lower() + "-inkasso.de"))
    b.t(".\n\nMit freundlichen Grüßen\n" + ik + "\n\nDieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.")
    return "de", b


@kind("de_verarbeitungsverzeichnis_auszug_nopii", 4)
def k_de_vvt():
    b = B()
    b.t("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – Auszug Marketing\n\n")
    rows = [("Newsletter-Versand", "Einwilligung, Art. 6 Abs. 1 lit. a", "E-Mail-Adresse, Anrede, Öffnungs- und Klickdaten",
             "bis Widerruf + 3 Jahre Nachweis"),
            ("Postwerbung an Bestandskunden", "berechtigtes Interesse, lit. f", "Name, Anschrift, Kaufhistorie (aggregiert)",
             "2 Jahre nach letztem Kauf"),
            ("Gewinnspiele", "Vertrag, lit. b", "Name, Kontaktdaten, Teilnahmezeitpunkt", "3 Monate nach Ziehung"),
            ("Reichweitenmessung Website", "Einwilligung (TTDSG § 25)", "Online-Kennungen, gekürzte IP", "14 Monate"),
            ("Telefonische Kundenrückgewinnung", "Einwilligung", "Telefonnummer, Gesprächsnotizen", "6 Monate"),
            ("Bonitätsprüfung Ratenkauf", "lit. b und f", "Name, Anschrift, Geburtsdatum", "gem. HGB/AO")]
    for r in sample(rows, ri(3, 6)):
        b.t(f"Verarbeitung: {r[0]}\n  Rechtsgrundlage: {r[1]}\n  Datenkategorien: {r[2]}\n  Löschfrist: {r[3]}\n"
            f"  Auftragsverarbeiter: {pick(['ja (AVV vom 03/2024)', 'nein', 'ja, Drittland mit SCC'])}\n\n")
    b.t(f"Stand: {pick(MONTHS['de'])} {ri(2024, 2025)} · Version {ri(1, 4)}.{ri(0, 9)} · Verantwortlich: Abteilung Marketing, geprüft durch Datenschutz\n")
    return "de", b


# ==========================================================================
# FRENCH
# ==========================================================================
@kind("fr_demande_effacement_rgpd", 5)
def k_fr_effacement():
    p = person("fr")
    co = brand("fr")
    b = B()
    v = ri(0, 1)
    if v == 0:
        b.P(p.full)
        b.t("\n")
        addr_block(b, "fr")
        b.t("\n")
        b.PH(phone("fr", "mob"))
        b.t("\n\n" + co + "\nService Protection des données\n")
        b.A(addr_str("fr", "\n"))
        b.t(f"\n\nÀ {pick(['Lyon', 'Paris', 'Nantes', 'Lille'])}, le {date('fr', 0)}\n\nLettre recommandée avec accusé de réception\n\n")
    else:
        b.t("À : ")
        b.M(pick(["rgpd@", "dpo@", "donneespersonnelles@"]) + dom_of(co))
        b.t("\nDe : ")
        b.M(email_of(p))
        b.t("\n")
    b.t("Objet : demande d'effacement de mes données personnelles (article 17 du RGPD)\n\n")
    b.t(f"{pick(['Madame, Monsieur', 'Bonjour'])},\n\n")
    b.t(f"Je vous demande d'effacer l'ensemble des données personnelles me concernant détenues par {co}, et de cesser toute "
        "prospection commerciale à mon égard, quel que soit le canal (courriel, SMS, téléphone, courrier).\n\n")
    b.t("Pour vous permettre de retrouver mon dossier : ")
    b.t(f"numéro client {dg(8)}, adresse électronique ")
    b.M(email_of(p))
    if chance(0.6):
        b.t(", ancienne adresse postale ")
        b.A(addr_str("fr", ", "))
    b.t(".\n\n")
    if chance(0.5):
        c = person("fr", fancy=False)
        b.t("Je précise que vos téléconseillers, dont une personne se présentant comme ")
        b.t(c.title() + " ")
        b.P(c.last)
        b.t(", m'appellent encore depuis le ")
        b.PH(phone("fr", "land"))
        b.t(" malgré mon inscription sur Bloctel.\n\n")
    b.t("Conformément à l'article 12 du RGPD, je vous remercie de me répondre dans un délai d'un mois. À défaut, je me réserve "
        "le droit de saisir la CNIL.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n")
    b.P(p.full)
    return "fr", b


@kind("fr_plainte_cnil_prospection", 4)
def k_fr_cnil():
    p = person("fr")
    co = brand("fr")
    b = B()
    b.t("Plainte en ligne – récapitulatif\nThème : prospection commerciale non sollicitée\n\n")
    b.t("Vos coordonnées\nNom : ")
    b.P(p.last.upper())
    b.t("\nPrénom : ")
    b.P(p.first)
    b.t("\nAdresse : ")
    b.A(addr_str("fr", " "))
    b.t("\nCourriel : ")
    b.M(email_of(p))
    b.t("\nTéléphone : ")
    b.PH(phone("fr"))
    b.t("\n\nOrganisme mis en cause\nNom : " + co + "\nAdresse : ")
    b.A(addr_str("fr", ", "))
    b.t("\n\nDescription des faits\n")
    b.t(f"Depuis le {date('fr', 0)}, je reçois des SMS publicitaires de la société {co} sur mon portable. Je n'ai jamais donné mon "
        "numéro à cette société. J'ai répondu STOP au 36111 à plusieurs reprises, sans effet. ")
    b.t("J'ai également écrit au délégué à la protection des données (")
    b.M("dpo@" + dom_of(co))
    b.t(f") le {date('fr', 0)} pour connaître l'origine de mes données ; je n'ai reçu aucune réponse.\n\n")
    b.t("Pièces jointes : captures d'écran (4), copie du courriel envoyé.\n")
    return "fr", b


@kind("fr_relance_impaye_mise_en_demeure", 5)
def k_fr_relance():
    p = person("fr")
    co = brand("fr")
    b = B()
    b.t(co.upper() + "\n")
    b.A(addr_str("fr", " – "))
    b.t("\nTél. ")
    b.PH(phone("fr", "land"))
    b.t(f" – SIRET {dg(3)} {dg(3)} {dg(3)} {dg(5)}\n\n")
    b.t(p.title() + " ")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "fr")
    b.t(f"\n\n{pick(['Lyon', 'Paris', 'Bordeaux'])}, le {date('fr', 0)}\n\n")
    b.t(pick(["Objet : MISE EN DEMEURE DE PAYER", "Objet : 2e relance – facture impayée", "Objet : dernier rappel avant recouvrement contentieux"]) + "\n")
    b.t(f"Réf. client : {dg(7)} – Facture n° F{ri(2023, 2025)}-{dg(5)}\n\n")
    b.t(("Madame" if p.g == "f" else "Monsieur") + ",\n\n")
    amt = f"{ri(60, 2500)},{ri(0, 99):02d} €"
    b.t(f"Sauf erreur de notre part, la somme de {amt} reste due au titre de votre abonnement. Malgré nos précédentes relances, "
        f"ce montant n'a pas été réglé.\n\nNous vous mettons en demeure de régler cette somme dans un délai de {pick(['huit', 'quinze'])} jours "
        "à compter de la réception du présent courrier, par virement sur le compte suivant :\n\n")
    b.t("IBAN : ")
    b.I(iban("FR"))
    b.t(f"\nBIC : {pick(['BNPAFRPPXXX', 'CRLYFRPP', 'AGRIFRPP882', 'CEPAFRPP751'])}\n\n")
    b.t("À défaut, nous transmettrons le dossier à notre société de recouvrement, et des pénalités de retard ainsi que "
        "l'indemnité forfaitaire de 40 € pourront s'appliquer.\n\nPour toute question : ")
    b.M(pick(["recouvrement@", "compta@", "service.client@"]) + dom_of(co))
    b.t(".\n\nVeuillez agréer, " + ("Madame" if p.g == "f" else "Monsieur") + ", nos salutations distinguées.\n\n")
    s = person("fr", fancy=False)
    b.P(s.full)
    b.t("\nService recouvrement")
    return "fr", b


@kind("fr_politique_cookies_extrait_nopii", 4)
def k_fr_cookies_nopii():
    b = B()
    b.t("Politique de gestion des cookies – extrait\n\n")
    b.t("Lors de votre navigation, des traceurs peuvent être déposés sur votre terminal. Certains sont strictement nécessaires "
        "au fonctionnement du site (panier, authentification) et ne requièrent pas votre consentement. Les autres – mesure "
        "d'audience, personnalisation publicitaire, partage sur les réseaux sociaux – ne sont déposés qu'avec votre accord, "
        "recueilli via notre bandeau.\n\n")
    rows = [("panier_id", "nécessaire", "session"), ("consent_cmp", "nécessaire", "6 mois"),
            ("_pk_id", "mesure d'audience (exemptée)", "13 mois"), ("ads_uid", "publicité ciblée", "13 mois"),
            ("ab_variante", "tests A/B", "90 jours"), ("chat_widget", "assistance en ligne", "session")]
    for r in sample(rows, ri(3, 6)):
        b.t(f"• {r[0]} – finalité : {r[1]} – durée : {r[2]}\n")
    b.t(f"\nVous pouvez retirer votre consentement à tout moment via le lien « Gérer mes cookies » en bas de page. "
        f"Version {ri(2, 6)}.{ri(0, 9)} – mise à jour : {pick(MONTHS['fr'])} {ri(2024, 2025)}.\n")
    return "fr", b


# ==========================================================================
# DUTCH
# ==========================================================================
@kind("nl_inzageverzoek_avg_mail", 5)
def k_nl_inzage():
    p = person("nl")
    co = brand("nl")
    b = B()
    b.t("Aan: ")
    b.M(pick(["privacy@", "fg@", "klantenservice@"]) + dom_of(co))
    b.t("\nOnderwerp: " + pick(["Inzageverzoek AVG", "Verzoek om inzage persoonsgegevens (art. 15 AVG)", "inzage + verwijdering"]) + "\n\n")
    b.t(pick(["Geachte heer/mevrouw,", "Beste privacyteam,", "Goedendag,"]) + "\n\n")
    b.t(f"Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming verzoek ik u mij te laten weten welke "
        f"persoonsgegevens {co} van mij verwerkt, voor welke doeleinden, van wie u ze heeft gekregen en aan wie u ze heeft verstrekt.\n\n")
    b.t("Aanleiding is dat ik sinds kort " + pick(["telefonisch benaderd word", "reclamefolders op naam ontvang", "sms'jes met aanbiedingen krijg"]) +
        ", terwijl ik nooit klant ben geweest. ")
    if chance(0.5):
        b.t("De beller, die zich voorstelde als ")
        c = person("nl", fancy=False)
        b.P(c.full if chance(0.5) else c.first)
        b.t(", belde vanaf ")
        b.PH(phone("nl"))
        b.t(". ")
    b.t("\n\nMijn gegevens:\nNaam: ")
    b.P(p.full)
    b.t("\nAdres: ")
    b.A(addr_str("nl", ", "))
    b.t("\nTelefoon: ")
    b.PH(phone("nl", "mob"))
    b.t("\nE-mail: ")
    b.M(email_of(p))
    b.t("\n\nIk ontvang graag binnen een maand een reactie. Een kopie van mijn identiteitsbewijs stuur ik alleen als dat echt "
        "nodig is (met afgeschermd BSN en pasfoto).\n\nMet vriendelijke groet,\n")
    b.P(p.full)
    return "nl", b


@kind("nl_ap_klacht_telemarketing", 4)
def k_nl_ap():
    p = person("nl")
    co = brand("nl")
    b = B()
    b.t("Klacht bij de Autoriteit Persoonsgegevens – kopie voor eigen administratie\n\n")
    b.t("Klager: ")
    b.P(p.full)
    b.t("\nWoonplaats: ")
    b.L(city("nl"))
    b.t("\nE-mail: ")
    b.M(email_of(p))
    b.t("\n\nOrganisatie: " + co + "\nAdres organisatie: ")
    b.A(addr_str("nl", ", "))
    b.t("\n\nOmschrijving:\n")
    b.t(f"Ik sta sinds {ri(2019, 2023)} ingeschreven in het Bel-me-niet Register, maar word sinds {date('nl', 0)} meerdere keren per "
        f"week gebeld door {co} over een energiecontract. Het nummer dat belt is ")
    b.PH(phone("nl", "land"))
    b.t(". Op mijn vraag waar ze mijn nummer (")
    b.PH(phone("nl", "mob"))
    b.t(") vandaan hebben, kreeg ik geen antwoord. Mijn inzageverzoek van " + date("nl", 0) + " is onbeantwoord gebleven.\n\n")
    if chance(0.5):
        b.t("Mijn buurvrouw, mevrouw ")
        n = person("nl", g="f", fancy=False)
        b.P(n.last)
        b.t(", wordt door hetzelfde bedrijf gebeld.\n\n")
    b.t("Bijlagen: schermafbeeldingen belgeschiedenis, kopie inzageverzoek.\n")
    return "nl", b


@kind("nl_aanmaning_incassobureau", 4)
def k_nl_aanmaning():
    p = person("nl")
    co = brand("nl")
    ib = pick(["Incassobureau Van der Linden", "Gerechtsdeurwaarders & Incasso Oost", "Noordzee Incasso B.V."])
    b = B()
    b.t(ib + "\n")
    b.A(addr_str("nl", " | "))
    b.t("\nT ")
    b.PH(phone("nl", "land"))
    b.t("\n\n")
    b.t(("Mevrouw " if p.g == "f" else "De heer "))
    b.P(p.full)
    b.t("\n")
    addr_block(b, "nl")
    b.t(f"\n\nDatum: {date('nl', 0)}\nDossiernummer: {dg(7)}\nOpdrachtgever: {co}\n\n")
    b.t(pick(["Betreft: aanmaning (14-dagenbrief)", "Betreft: laatste aanmaning", "Betreft: ingebrekestelling"]) + "\n\n")
    b.t(("Geachte mevrouw " if p.g == "f" else "Geachte heer "))
    b.P(p.last)
    b.t(",\n\n")
    amt = f"€ {ri(35, 1200)},{ri(0, 99):02d}"
    b.t(f"Namens onze opdrachtgever {co} verzoeken wij u het openstaande bedrag van {amt} binnen veertien dagen na ontvangst "
        "van deze brief te voldoen. Betaalt u niet op tijd, dan bent u buitengerechtelijke incassokosten verschuldigd van "
        f"€ {ri(40, 150)},00.\n\nU kunt betalen op rekeningnummer ")
    b.I(iban("NL"))
    b.t(f" t.n.v. {ib} onder vermelding van {dg(7)}.\n\n")
    b.t("Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling via ")
    b.M("regeling@" + {"Incassobureau Van der Linden": "vdlinden-incasso.nl", "Gerechtsdeurwaarders & Incasso Oost": "gdi-oost.nl",
                         "Noordzee Incasso B.V.": "noordzeeincasso.nl"}[ib])
    b.t(".\n\nMet vriendelijke groet,\n")
    s = person("nl", fancy=False)
    b.P(s.full)
    b.t("\nafdeling Incasso")
    return "nl", b


@kind("nl_uitbetaling_affiliates_overzicht", 4)
def k_nl_payout():
    b = B()
    b.t(f"Uitbetalingsoverzicht affiliates – periode {pick(MONTHS['nl'])} {ri(2024, 2025)}\n\n")
    b.t("naam;woonplaats;iban;bedrag;status\n")
    for _ in range(ri(4, 8)):
        loc = pick(["nl", "nl", "nl", "de", "fr"]) if chance(0.8) else "nl"
        loc = "nl" if loc == "fr" and chance(0.5) else loc
        p = person(loc, fancy=False)
        b.P(p.full)
        b.t(";")
        b.L(city(loc))
        b.t(";")
        b.I(iban(CC_OF[loc] if loc != "nl" or chance(0.9) else "BE", grouped=chance(0.4)))
        b.t(f";{ri(25, 2400)},{ri(0, 99):02d};{pick(['uitbetaald', 'uitbetaald', 'in behandeling', 'geblokkeerd – KvK ontbreekt'])}\n")
    b.t("\nVragen? Partnerteam: ")
    c = person("nl", fancy=False)
    b.P(c.first)
    b.t(", ")
    b.PH(phone("nl", "land"))
    b.t("\n")
    return "nl", b


# ==========================================================================
# SPANISH
# ==========================================================================
@kind("es_ejercicio_derecho_supresion", 5)
def k_es_supresion():
    p = person("es")
    co = brand("es")
    b = B()
    b.t("EJERCICIO DEL DERECHO DE SUPRESIÓN Y OPOSICIÓN\n\n")
    b.t("DATOS DEL RESPONSABLE DEL TRATAMIENTO\n" + co + "\nDirección: ")
    b.A(addr_str("es", ", "))
    b.t("\nCorreo: ")
    b.M(pick(["privacidad@", "protecciondedatos@", "dpo@"]) + dom_of(co))
    b.t("\n\nDATOS DEL INTERESADO\nD./Dña. ")
    b.P(p.full)
    b.t(f", mayor de edad, con DNI {dg(8)}{pick('TRWAGMYFPDXBNJZSQVHLCKE')}, con domicilio en ")
    b.A(addr_str("es", ", "))
    b.t(", teléfono ")
    b.PH(phone("es"))
    b.t(" y correo electrónico ")
    b.M(email_of(p))
    b.t(", por medio del presente escrito ejerce el derecho de supresión, de conformidad con el artículo 17 del RGPD y el "
        "artículo 15 de la LOPDGDD, y el derecho de oposición al tratamiento con fines de mercadotecnia directa.\n\n")
    b.t("SOLICITA\n")
    b.t("Que se proceda a la supresión de mis datos personales en el plazo de un mes y que se me comunique por escrito. "
        "Que se me informe de los terceros a los que se hayan comunicado mis datos.\n\n")
    b.t(f"En {pick(['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza'])}, a {date('es', 0)}.\n\nFdo.: ")
    b.P(p.full)
    if chance(0.4):
        b.t("\n\n---\nRespuesta interna: solicitud registrada con nº " + ref("ARS-", 6) + ". Gestor: ")
        g = person("es", fancy=False)
        b.P(g.full)
        b.t(".")
    return "es", b


@kind("es_reclamacion_aepd_llamadas", 4)
def k_es_aepd():
    p = person("es")
    co = brand("es")
    b = B()
    b.t("Asunto: Reclamación ante la AEPD – llamadas comerciales no deseadas\n\n")
    b.t("Reclamante: ")
    b.P(p.full)
    b.t("\nDomicilio a efectos de notificaciones: ")
    b.A(addr_str("es", ", "))
    b.t("\nTeléfono afectado: ")
    b.PH(phone("es", "mob"))
    b.t("\n\nEntidad reclamada: " + co + "\n\nHechos:\n")
    b.t(f"1. Estoy inscrito/a en la Lista Robinson desde {ri(2016, 2022)}.\n")
    d1, d2 = date_seq("es", 2, 0)
    b.t(f"2. Entre el {d1} y el {d2} he recibido {ri(5, 30)} llamadas de {co} ofreciendo cambio de tarifa, desde los números ")
    b.PH(phone("es", "land"))
    b.t(" y ")
    b.PH(phone("es", "land"))
    b.t(".\n3. En una de ellas, una teleoperadora que dijo llamarse ")
    t = person("es", g="f", fancy=False)
    b.P(t.first)
    b.t(" reconoció que mis datos venían de «una base de datos de un sorteo».\n")
    b.t("4. Ejercí mi derecho de oposición por correo a ")
    b.M("atencioncliente@" + dom_of(co))
    b.t(" sin obtener respuesta.\n\nSolicito que se investiguen los hechos y, en su caso, se sancione a la entidad.\n")
    return "es", b


@kind("es_requerimiento_pago_deuda", 5)
def k_es_deuda():
    p = person("es")
    co = brand("es")
    b = B()
    b.t(co + " – Departamento de Recobro\n")
    b.A(addr_str("es", ", "))
    b.t(" · Tel. ")
    b.PH(phone("es", "toll" if chance(0.5) else "land"))
    b.t("\n\n")
    b.t(p.title() + " ")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "es")
    b.t(f"\n\n{pick(['Madrid', 'Barcelona', 'Málaga'])}, {date('es', 0)}\n\nAsunto: REQUERIMIENTO DE PAGO – Expediente {dg(8)}\n\n")
    b.t(("Estimada " if p.g == "f" else "Estimado ") + p.title() + " ")
    b.P(p.last)
    b.t(":\n\n")
    amt = f"{ri(30, 1500)},{ri(0, 99):02d} €"
    b.t(f"Le comunicamos que a fecha de hoy mantiene una deuda pendiente de {amt} correspondiente a "
        f"{pick(['las cuotas de su línea móvil', 'su pedido a plazos', 'la permanencia incumplida'])}. Le rogamos que efectúe el pago en "
        "un plazo de diez días naturales mediante transferencia a la cuenta:\n\nIBAN ")
    b.I(iban("ES"))
    b.t(f"\nConcepto: {dg(8)}\n\n")
    b.t("En caso de no atender este requerimiento, sus datos podrán ser incluidos en un sistema común de información "
        "crediticia, previa notificación. Si considera que la deuda no es correcta, puede comunicárnoslo por escrito o por correo a ")
    b.M("recobro@" + dom_of(co))
    b.t(".\n\nAtentamente,\n")
    g = person("es", fancy=False)
    b.P(g.full)
    b.t("\nGestor/a de recobro")
    return "es", b


@kind("es_acta_sorteo_ganadores_notario", 4)
def k_es_sorteo():
    co = brand("es")
    nt = person("es")
    b = B()
    b.t(f"ACTA DE SORTEO – Promoción «{pick(['Verano de cine', 'Gana tu viaje', 'Navidad Brisa', '20 aniversario'])}» de {co}\n\n")
    b.t(f"En {pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla'])}, a {date('es', 0)}, ante mí, ")
    b.P(nt.full)
    b.t(", Notario del Ilustre Colegio, se procede a la extracción aleatoria entre las " + str(ri(2000, 60000)) +
        " participaciones válidas, resultando:\n\nGANADORES\n")
    for i in range(ri(2, 4)):
        p = person("es", fancy=False)
        b.t(f"{i + 1}. ")
        b.P(p.full)
        b.t(" – ")
        b.L(city("es"))
        b.t(" – tel. ")
        b.PH(phone("es", "mob"))
        b.t("\n")
    b.t("\nRESERVAS\n")
    for i in range(ri(2, 3)):
        p = person("es", fancy=False)
        b.t(f"R{i + 1}. ")
        b.P(p.full)
        b.t(" – ")
        b.M(email_of(p))
        b.t("\n")
    b.t("\nLos ganadores serán contactados por teléfono y correo electrónico y deberán aceptar el premio en el plazo de siete días. "
        "La retención a cuenta del IRPF correrá a cargo de la empresa organizadora. De todo lo cual doy fe.\n")
    return "es", b


# ==========================================================================
# ITALIAN
# ==========================================================================
@kind("it_istanza_accesso_dati_gdpr", 5)
def k_it_accesso():
    p = person("it")
    co = brand("it")
    b = B()
    v = ri(0, 1)
    if v == 0:
        b.t("Spett.le " + co + "\nAlla c.a. del Responsabile della protezione dei dati\n")
        b.A(addr_str("it", "\n"))
        b.t("\n\nPEC: ")
        b.M("privacy@pec." + dom_of(co))
        b.t("\n\n")
    else:
        b.t("A: ")
        b.M("privacy@" + dom_of(co))
        b.t("\nOggetto: ")
    b.t("Esercizio del diritto di accesso ai dati personali (art. 15 del Regolamento UE 2016/679)\n\n")
    b.t("Il/La sottoscritto/a ")
    b.P(p.full)
    b.t(f", nato/a a ")
    b.L(city("it"))
    b.t(f" il {date('it', 1, year=ri(1950, 2000))}, residente in ")
    b.A(addr_str("it", ", "))
    b.t(", chiede di conoscere se sono in corso trattamenti di dati personali che lo/la riguardano e, in caso affermativo, "
        "di ottenerne copia, unitamente alle informazioni sulle finalità, sui destinatari, sul periodo di conservazione e "
        "sull'origine dei dati.\n\n")
    b.t(pick(["La richiesta nasce dalle continue telefonate promozionali ricevute sul mio cellulare ",
              "Ho ricevuto numerosi SMS promozionali al numero "]))
    b.PH(phone("it", "mob"))
    b.t(", pur essendo iscritto/a al Registro pubblico delle opposizioni.\n\n")
    b.t("Recapiti per la risposta: ")
    b.M(email_of(p))
    if chance(0.5):
        b.t(" – tel. ")
        b.PH(phone("it", "land"))
    b.t(f".\n\n{pick(['Milano', 'Roma', 'Torino', 'Bologna'])}, {date('it', 0)}\n\nIn fede\n")
    b.P(p.full)
    b.t("\n\nAllegato: copia del documento d'identità")
    return "it", b


@kind("it_diffida_pagamento_avvocato", 4)
def k_it_diffida():
    p = person("it")
    co = brand("it")
    av = person("it", fancy=False)
    b = B()
    b.t("Avv. ")
    b.P(av.full)
    b.t("\nStudio Legale " + av.last + "\n")
    b.A(addr_str("it", " – "))
    b.t("\nTel. ")
    b.PH(phone("it", "land"))
    b.t(" – ")
    b.M(work_email(av, "studiolegale" + ascii_fold(av.last).lower().replace(" ", "") + ".it"))
    b.t("\n\nRaccomandata A/R\n\nEgr./Gent.ma ")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "it")
    b.t(f"\n\n{pick(['Milano', 'Roma', 'Napoli', 'Firenze'])}, {date('it', 0)}\n\nOggetto: diffida e messa in mora – {co}\n\n")
    amt = f"€ {ri(150, 4000)},{ri(0, 99):02d}"
    b.t(f"Scrivo in nome e per conto della {co}, che mi ha conferito mandato, per comunicarLe che risulta tuttora insoluto "
        f"l'importo di {amt} relativo alle fatture n. {dg(4)}/{ri(2023, 2025)} e n. {dg(4)}/{ri(2023, 2025)}.\n\n")
    b.t("La invito pertanto a provvedere al pagamento entro quindici giorni dal ricevimento della presente mediante bonifico "
        "bancario sul conto intestato alla mia assistita:\nIBAN ")
    b.I(iban("IT"))
    b.t("\n\nIn mancanza, sarò costretto ad agire in sede giudiziale per il recupero del credito, con aggravio di spese a Suo carico.\n\n"
        "Distinti saluti\n\nAvv. ")
    b.P(av.full)
    return "it", b


@kind("it_registro_consensi_marketing_csv", 4)
def k_it_consensi():
    b = B()
    b.t("id_cliente;nome;cognome;email;cellulare;consenso_marketing;consenso_profilazione;data;ip;canale\n")
    for _ in range(ri(4, 8)):
        p = person("it", fancy=False)
        b.t(dg(7) + ";")
        b.P(p.first)
        b.t(";")
        b.P(p.last)
        b.t(";")
        b.M(email_of(p))
        b.t(";")
        if chance(0.75):
            b.PH(phone("it", "mob"))
        b.t(f";{pick(['SI', 'NO'])};{pick(['SI', 'NO'])};{date('it', 1)};")
        b.IP(ip_any())
        b.t(f";{pick(['sito', 'app', 'negozio', 'concorso'])}\n")
    b.t(f"# estrazione per verifica Garante – richiesta del {date('it', 1)} – non inoltrare\n")
    return "it", b


@kind("it_informativa_privacy_estratto_nopii", 4)
def k_it_info_nopii():
    b = B()
    b.t("Informativa sul trattamento dei dati personali – estratto (art. 13 GDPR)\n\n")
    sec = [("Finalità del trattamento", "I dati sono trattati per gestire l'iscrizione alla newsletter e, previo consenso, per "
            "attività di profilazione basate sugli acquisti."),
           ("Base giuridica", "Consenso dell'interessato, revocabile in qualsiasi momento senza pregiudicare la liceità del trattamento precedente."),
           ("Conservazione", "I dati di marketing sono conservati per 24 mesi dall'ultima interazione, quelli di profilazione per 12 mesi."),
           ("Destinatari", "Fornitori di servizi di invio email e SMS, nominati responsabili del trattamento."),
           ("Diritti", "L'interessato può chiedere accesso, rettifica, cancellazione, limitazione, portabilità e opporsi al trattamento; "
            "può inoltre proporre reclamo all'autorità di controllo."),
           ("Trasferimenti", "Eventuali trasferimenti verso paesi terzi avvengono sulla base delle clausole contrattuali standard.")]
    for t, x in sample(sec, ri(3, 6)):
        b.t(f"{t}\n{x}\n\n")
    b.t(f"Versione {ri(3, 8)}.{ri(0, 9)} del {ri(1, 28)} {pick(MONTHS['it'])} {ri(2024, 2025)}.\n")
    return "it", b


# ==========================================================================
# PORTUGUESE
# ==========================================================================
@kind("pt_pedido_apagamento_dados", 5)
def k_pt_apagamento():
    p = person("pt")
    co = brand("pt")
    b = B()
    b.t("Assunto: Pedido de apagamento de dados pessoais (artigo 17.º do RGPD)\n\n")
    b.t("Exmos. Senhores,\n\n")
    b.t("Eu, ")
    b.P(p.full)
    b.t(f", portador/a do cartão de cidadão n.º {dg(8)} {dg(1)} {pick(['ZX', 'ZY', 'ZZ'])}{dg(1)}, residente na ")
    b.A(addr_str("pt", ", "))
    b.t(f", venho solicitar o apagamento de todos os dados pessoais que a {co} detém a meu respeito, bem como a cessação de "
        "qualquer envio de comunicações de marketing.\n\n")
    b.t("Os meus contactos registados são o e-mail ")
    b.M(email_of(p))
    b.t(" e o telemóvel ")
    b.PH(phone("pt", "mob"))
    b.t(". ")
    if chance(0.5):
        b.t("Peço ainda que sejam apagados os dados da minha filha, ")
        f = person("pt", g="f", fancy=False)
        b.P(f.first)
        b.t(", menor de idade, inscrita no clube infantil em " + str(ri(2019, 2023)) + ". ")
    b.t("\n\nAguardo resposta no prazo de um mês, nos termos do artigo 12.º do RGPD.\n\nCom os melhores cumprimentos,\n")
    b.P(p.full)
    b.t(f"\n{pick(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}, {date('pt', 0)}")
    return "pt", b


@kind("pt_reclamacao_cnpd_sms", 4)
def k_pt_cnpd():
    p = person("pt")
    co = brand("pt")
    b = B()
    b.t("Formulário de participação – CNPD (cópia)\n\nParticipante\n  Nome: ")
    b.P(p.full)
    b.t("\n  Morada: ")
    b.A(addr_str("pt", ", "))
    b.t("\n  Telefone: ")
    b.PH(phone("pt"))
    b.t("\n  Correio eletrónico: ")
    b.M(email_of(p))
    b.t("\n\nEntidade visada\n  " + co + "\n  ")
    b.A(addr_str("pt", ", "))
    b.t("\n\nDescrição\n")
    b.t(f"Recebo SMS publicitárias da {co} desde {date('pt', 0)}, sem nunca ter dado consentimento. Respondi «STOP» e enviei e-mail "
        "para ")
    b.M("protecaodados@" + dom_of(co))
    b.t(". As mensagens continuam. Uma funcionária, a Sra. ")
    f = person("pt", g="f", fancy=False)
    b.P(f.formal)
    b.t(", disse-me ao telefone que o meu número veio de um «parceiro».\n")
    return "pt", b


@kind("pt_aprovacao_reembolso_iban", 4)
def k_pt_reembolso():
    p = person("pt")
    co = brand("pt")
    a1, a2 = person("pt", fancy=False), person("pt", fancy=False)
    b = B()
    b.t("De: ")
    b.P(a1.full)
    b.t("\nPara: Financeiro\nAssunto: Reembolso aprovado – reclamação " + ref("REC-", 6) + "\n\n")
    b.t("Olá,\n\nPeço o processamento do reembolso abaixo, já aprovado pela coordenação (")
    b.P(a2.first)
    b.t(").\n\nCliente: ")
    b.P(p.full)
    b.t(f"\nNIF: {dg(9)}\nMotivo: {pick(['artigo danificado na entrega', 'cobrança em duplicado', 'cancelamento dentro dos 14 dias', 'promoção não aplicada'])}\n")
    b.t(f"Valor: {ri(12, 480)},{ri(0, 99):02d} €\nIBAN do cliente: ")
    b.I(iban("PT"))
    b.t("\nContacto: ")
    b.PH(phone("pt", "mob"))
    b.t(" / ")
    b.M(email_of(p))
    b.t("\n\nO cliente pediu confirmação por e-mail quando a transferência for feita.\n\nObrigado,\n")
    b.P(a1.first)
    return "pt", b


@kind("pt_notificacao_violacao_dados", 4)
def k_pt_violacao():
    p = person("pt")
    co = brand("pt")
    b = B()
    b.t(f"{co}\n")
    b.A(addr_str("pt", ", "))
    b.t("\n\nExmo(a). Sr(a). ")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "pt")
    b.t(f"\n\n{date('pt', 0)}\n\nAssunto: Comunicação de violação de dados pessoais\n\n")
    b.t("Caro(a) ")
    b.P(p.first)
    b.t(",\n\n")
    b.t(f"Informamos que, no dia {date('pt', 0)}, detetámos um acesso não autorizado à plataforma utilizada para o envio das "
        "nossas newsletters. Os dados afetados incluem o seu nome, endereço de e-mail (")
    b.M(email_of(p))
    b.t(") e número de telemóvel (")
    b.PH(phone("pt", "mob"))
    b.t("). Não foram afetados dados de pagamento nem palavras-passe.\n\n")
    b.t("Já comunicámos o incidente à autoridade de controlo e reforçámos as medidas de segurança. Recomendamos especial "
        "atenção a mensagens que peçam dados pessoais ou pagamentos em nome da nossa empresa.\n\n"
        "Para qualquer esclarecimento, contacte o nosso Encarregado de Proteção de Dados através de ")
    b.M("epd@" + dom_of(co))
    b.t(" ou da linha ")
    b.PH(phone("pt", "toll"))
    b.t(".\n\nCom os nossos cumprimentos,\n")
    d = person("pt", fancy=False)
    b.P(d.full)
    b.t("\nEncarregado de Proteção de Dados")
    return "pt", b


# ==========================================================================
# SWEDISH
# ==========================================================================
def genitive_sv(name):
    return name if name[-1] in "sxz" else name + "s"


@kind("sv_begaran_registerutdrag", 5)
def k_sv_utdrag():
    p = person("sv")
    co = brand("sv")
    b = B()
    b.t("Till: ")
    b.M(pick(["dataskydd@", "gdpr@", "kundservice@"]) + dom_of(co))
    b.t("\nÄmne: Begäran om registerutdrag enligt artikel 15 GDPR\n\n")
    b.t("Hej,\n\nJag vill ta del av vilka personuppgifter ni behandlar om mig, varifrån ni har fått dem, vilka ni har lämnat ut "
        "dem till och hur länge ni sparar dem.\n\n")
    b.t("Namn: ")
    b.P(p.full)
    b.t(f"\nPersonnummer: {ri(1950, 2000)}{ri(1, 12):02d}{ri(1, 28):02d}-XXXX (lämnas vid behov)\nAdress: ")
    b.A(addr_str("sv", ", "))
    b.t("\nTelefon: ")
    b.PH(phone("sv", "mob"))
    b.t("\nE-post: ")
    b.M(email_of(p))
    b.t("\n\n")
    if chance(0.6):
        s = person("sv", fancy=False)
        b.t("Begäran gäller även min sons, ")
        b.P(genitive_sv(s.first))
        b.t(", uppgifter – han är under 13 år och registrerades i er kundklubb utan mitt samtycke. ")
    b.t("Jag har fått reklamutskick trots att jag är registrerad i NIX-Telefon och hos Svensk Direktreklam.\n\n"
        "Vänligen skicka utdraget digitalt.\n\nMed vänliga hälsningar\n")
    b.P(p.full)
    return "sv", b


@kind("sv_inkassokrav_paminnelse", 4)
def k_sv_inkasso():
    p = person("sv")
    co = brand("sv")
    ik = pick(["Norrlands Inkasso AB", "Svea Kravhantering AB", "Kustens Inkasso AB"])
    b = B()
    b.t(ik.upper() + "\n")
    b.A(addr_str("sv", ", "))
    b.t("  Tel ")
    b.PH(phone("sv", "land"))
    b.t("\n\n")
    b.P(p.full.upper() if chance(0.5) else p.full)
    b.t("\n")
    addr_block(b, "sv")
    b.t(f"\n\nINKASSOKRAV\nÄrendenummer: {dg(8)}\nDatum: {date('sv', 2)}\nBorgenär: {co}\n\n")
    amt = ri(150, 9000)
    b.t(f"Kapitalbelopp: {amt} kr\nRänta: {ri(5, 150)} kr\nInkassoavgift: 180 kr\nAtt betala: {amt + 180 + ri(5, 150)} kr\n\n")
    b.t(f"Betala senast {date('sv', 2)} till bankgiro {ri(100, 999)}-{dg(4)} med OCR {dg(10)}. Vid betalning från utlandet: IBAN ")
    b.I(iban("SE"))
    b.t(".\n\nOm du anser att kravet är felaktigt ska du genast kontakta oss skriftligen. Betalar du inte kan ärendet komma att "
        "överlämnas till Kronofogden.\n\nHandläggare: ")
    h = person("sv", fancy=False)
    b.P(h.full)
    b.t(", ")
    b.M(work_email(h, ascii_fold(ik.split()[0]).lower() + "inkasso.se"))
    return "sv", b


@kind("sv_samtyckeslogg_nyhetsbrev", 4)
def k_sv_samtycke():
    b = B()
    b.t("tidpunkt\te-post\tnamn\tort\tip\tkälla\tsamtycke\n")
    for _ in range(ri(4, 8)):
        p = person("sv", fancy=False)
        b.t(f"{date('sv', 2)} {ri(6, 23):02d}:{ri(0, 59):02d}\t")
        b.M(email_of(p))
        b.t("\t")
        b.P(p.full if chance(0.6) else p.first)
        b.t("\t")
        b.L(city("sv"))
        b.t("\t")
        b.IP(ip_any())
        b.t(f"\t{pick(['kassan', 'popup', 'tävling', 'app'])}\t{pick(['ja', 'ja', 'nej', 'återkallat'])}\n")
    b.t(f"\n# export {date('sv', 2)} för granskning av IMY-ärende, dnr {ri(2024, 2025)}-{dg(4)}\n")
    return "sv", b


@kind("sv_personuppgiftsincident_anmalan", 4)
def k_sv_incident():
    co = brand("sv")
    dso = person("sv")
    b = B()
    b.t(f"Intern incidentrapport – personuppgiftsincident\nOrganisation: {co}\nRapport-id: PUI-{ri(2024, 2025)}-{dg(3)}\n\n")
    b.t(f"Upptäckt: {date('sv', 2)}\nBeskrivning: {pick(['Ett nyhetsbrev skickades med alla mottagare synliga i kopiefältet.', 'En kundlista exporterades till en extern byrå utan personuppgiftsbiträdesavtal.', 'En anställds bärbara dator med okrypterade tävlingsbidrag stals.'])}\n\n")
    b.t("Berörda registrerade (urval):\n")
    for _ in range(ri(3, 6)):
        p = person("sv", fancy=False)
        b.t("  – ")
        b.P(p.full)
        b.t(", ")
        b.M(email_of(p))
        if chance(0.5):
            b.t(", ")
            b.PH(phone("sv", "mob"))
        b.t("\n")
    b.t(f"\nAntal berörda totalt: cirka {ri(40, 9000)}\nAnmäld till IMY: {pick(['ja, inom 72 timmar', 'nej – låg risk', 'pågår'])}\n")
    b.t("Dataskyddsombud: ")
    b.P(dso.full)
    b.t(", ")
    b.PH(phone("sv", "land"))
    b.t("\n")
    return "sv", b


# ==========================================================================
# DANISH
# ==========================================================================
def genitive_da(name):
    return name + ("'" if name[-1] in "sxz" else "s")


@kind("da_indsigtsanmodning_kunde", 5)
def k_da_indsigt():
    p = person("da")
    co = brand("da")
    b = B()
    b.t("Til: ")
    b.M(pick(["persondata@", "gdpr@", "kundeservice@"]) + dom_of(co))
    b.t("\nEmne: Anmodning om indsigt (artikel 15 i databeskyttelsesforordningen)\n\n")
    b.t("Kære " + co + ",\n\n")
    b.t("Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, herunder formålet, hvor oplysningerne "
        "stammer fra, hvem de er videregivet til, og hvor længe de opbevares.\n\n")
    b.t("Mine oplysninger:\nNavn: ")
    b.P(p.full)
    b.t("\nAdresse: ")
    b.A(addr_str("da", ", "))
    b.t("\nMobil: ")
    b.PH(phone("da", "mob"))
    b.t("\nE-mail: ")
    b.M(email_of(p))
    b.t("\n\n")
    if chance(0.6):
        d = person("da", g="f", fancy=False)
        b.t("Jeg beder også om indsigt i min datters, ")
        b.P(genitive_da(d.first))
        b.t(", oplysninger, da hun er under 15 år og har modtaget markedsføring fra jer. ")
    b.t("Jeg er tilmeldt Robinsonlisten og har ikke givet samtykke til markedsføring.\n\nMed venlig hilsen\n")
    b.P(p.full)
    return "da", b


@kind("da_klage_uanmodet_markedsfoering", 4)
def k_da_klage():
    p = person("da")
    co = brand("da")
    b = B()
    b.t("Klage over uanmodet elektronisk markedsføring – kopie\n\nKlager: ")
    b.P(p.full)
    b.t("\nBy: ")
    b.L(city("da"))
    b.t("\nTelefon: ")
    b.PH(phone("da", "mob"))
    b.t("\n\nVirksomhed: " + co + "\nAdresse: ")
    b.A(addr_str("da", ", "))
    b.t("\n\nForløb:\n")
    b.t(f"Siden {date('da', 0)} har jeg modtaget SMS'er og e-mails fra {co} på ")
    b.M(email_of(p))
    b.t(", selvom jeg aldrig har været kunde. Jeg har afmeldt mig tre gange. Da jeg ringede til kundeservice på ")
    b.PH(phone("da", "toll"))
    b.t(", sagde en medarbejder ved navn ")
    m = person("da", fancy=False)
    b.P(m.first)
    b.t(", at mine oplysninger stammede fra en konkurrence på sociale medier.\n")
    return "da", b


@kind("da_rykker_inkasso", 5)
def k_da_rykker():
    p = person("da")
    co = brand("da")
    b = B()
    b.t(co + "\n")
    b.A(addr_str("da", " · "))
    b.t(f" · CVR {dg(8)}\n\n")
    b.P(p.full)
    b.t("\n")
    addr_block(b, "da")
    b.t(f"\n\n{date('da', 0)}\n\n{pick(['RYKKER 1', 'RYKKER 2', '3. RYKKER – INKASSOVARSEL'])}\n\n")
    b.t("Kære ")
    b.P(p.first)
    b.t(",\n\n")
    amt = ri(90, 6000)
    b.t(f"Vi kan ikke se, at faktura nr. {dg(6)} på {amt},00 kr. er betalt. Vi beder dig indbetale beløbet tillagt rykkergebyr på "
        f"100,00 kr. senest {date('da', 1)} til reg.nr. {dg(4)} kontonr. {dg(10)}")
    b.t(" eller IBAN ")
    b.I(iban("DK"))
    b.t(".\n\nHvis beløbet ikke betales, sendes sagen til inkasso, og der vil blive pålagt yderligere omkostninger. "
        "Har du spørgsmål, kan du kontakte bogholderiet på ")
    b.PH(phone("da", "land"))
    b.t(" eller ")
    b.M("bogholderi@" + dom_of(co))
    b.t(".\n\nMed venlig hilsen\n")
    s = person("da", fancy=False)
    b.P(s.full)
    b.t("\nBogholderiet")
    return "da", b


@kind("da_databehandleroversigt_nopii", 4)
def k_da_nopii():
    b = B()
    b.t("Oversigt over databehandlere – marketing (uddrag)\n\n")
    rows = [("Nyhedsbrevssystem", "E-mail, klikdata", "EU", "databehandleraftale 2023"),
            ("SMS-gateway", "Mobilnummer, afmeldinger", "EU", "databehandleraftale 2022"),
            ("Annonceplatform", "Hashede e-mails", "tredjeland – SCC", "fælles dataansvar"),
            ("Kundeanmeldelser", "Fornavn, ordrenummer", "EU", "databehandleraftale 2024"),
            ("Trykkeri (katalog)", "Navn, adresse", "EU", "slettes efter udsendelse"),
            ("Callcenter", "Telefonnummer, noter", "EU", "tilsyn udført 2024")]
    b.t("Ydelse | Datatyper | Placering | Grundlag\n")
    for r in sample(rows, ri(3, 6)):
        b.t(" | ".join(r) + "\n")
    b.t(f"\nSidst revideret {pick(MONTHS['da'])} {ri(2024, 2025)}. Næste tilsyn: Q{ri(1, 4)}. Sagsnr. DPO-{dg(4)}.\n")
    return "da", b


# ==========================================================================
# driver
# ==========================================================================
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "hard34.jsonl")
    samples = []
    for name, count, fn in KINDS:
        for _ in range(count):
            CUR["year"] = pick([2023, 2024, 2024, 2025])
            lang, b = fn()
            samples.append((name, lang, b))
    rng.shuffle(samples)
    rows = []
    for i, (name, lang, b) in enumerate(samples):
        text = b.text()
        spans = sorted(b.spans, key=lambda s: s["start"])
        rows.append({"id": f"hard34-{i + 1}", "kind": name, "lang": lang, "text": text, "spans": spans})
    selfcheck(rows)
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def selfcheck(rows):
    assert len(rows) == 400, len(rows)
    kinds = {r["kind"] for r in rows}
    assert len(kinds) >= 70, len(kinds)
    assert len(set(r["id"] for r in rows)) == len(rows)
    for r in rows:
        t = r["text"]
        prev_end = -1
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(t), (r["id"], s)
            v = t[s["start"]:s["end"]]
            assert v.strip() == v and v, (r["id"], repr(v))
            assert s["start"] >= prev_end, ("overlap", r["id"], s)
            prev_end = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(v), (r["id"], v)
            if s["type"] == "IBAN_CODE":
                assert iban_ok(v), (r["id"], v)
            if s["type"] == "US_SSN":
                d = re.sub(r"\D", "", v)
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", (r["id"], v)
                assert d[3:5] != "00" and d[5:] != "0000"
            if s["type"] == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), (r["id"], v)
            if s["type"] == "IP_ADDRESS":
                assert re.fullmatch(r"[0-9a-f:.]+", v), (r["id"], v)
        if r["kind"].endswith("_nopii"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    print(len(rows), "samples;", len({r['kind'] for r in rows}), "kinds")
    print("langs", Counter(r["lang"] for r in rows))
    print("types", Counter(s["type"] for r in rows for s in r["spans"]))
    print("nopii", sum(1 for r in rows if r["kind"].endswith("_nopii")))
