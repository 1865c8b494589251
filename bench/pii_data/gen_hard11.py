#!/usr/bin/env python3
"""Blind PII evaluation set generator (hard11). stdlib only, deterministic (random.Random(11)).
Offsets are recorded while the text is built (Doc.e / fill), never searched for afterwards."""
import json, re, random, os, sys, collections

R = random.Random(11)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard11.jsonl")

# ----------------------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.parts = []; self.spans = []; self.n = 0
    def t(self, s):
        self.parts.append(s); self.n += len(s); return self
    def e(self, typ, s):
        if not typ:
            return self.t(s)
        st = self.n; self.t(s)
        self.spans.append({"type": typ, "start": st, "end": self.n}); return self
    def add(self, v):
        """v: str | (TYPE, str) | list of those"""
        if v is None: return self
        if isinstance(v, str): return self.t(v)
        if isinstance(v, tuple): return self.e(v[0], v[1])
        for x in v: self.add(x)
        return self
    def text(self): return "".join(self.parts)

_PH = re.compile(r"<<(\w+)>>")
def fill(doc, tpl, **vals):
    pieces = _PH.split(tpl)
    for i, p in enumerate(pieces):
        if i % 2 == 0: doc.t(p)
        else: doc.add(vals[p])
    return doc

def P(s): return ("PERSON", s)
def EM(s): return ("EMAIL_ADDRESS", s)
def PH(s): return ("PHONE_NUMBER", s)
def AD(s): return ("STREET_ADDRESS", s)
def LO(s): return ("LOCATION", s)
def CC(s): return ("CREDIT_CARD", s)
def IB(s): return ("IBAN_CODE", s)
def SS(s): return ("US_SSN", s)
def IP(s): return ("IP_ADDRESS", s)

def ch(seq): return R.choice(seq)
def d(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def dnz(n): return str(R.randint(1, 9)) + d(n - 1)
def up(n): return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

FOLD = str.maketrans({"ä":"ae","ö":"oe","ü":"ue","ß":"ss","é":"e","è":"e","ê":"e","ë":"e","á":"a","à":"a","â":"a","ã":"a","å":"a",
    "í":"i","ì":"i","î":"i","ï":"i","ó":"o","ò":"o","ô":"o","õ":"o","ø":"o","ú":"u","ù":"u","û":"u","ñ":"n","ç":"c","ł":"l","ś":"s",
    "ź":"z","ż":"z","ć":"c","ń":"n","ę":"e","ą":"a","č":"c","ř":"r","š":"s","ž":"z","ý":"y","ů":"u","ě":"e","ď":"d","ť":"t","ň":"n",
    "ı":"i","ğ":"g","ş":"s","ă":"a","ș":"s","ț":"t","æ":"ae","ő":"o","ű":"u","'":"","’":""," ":"","-":""})
def fold(s): return s.lower().translate(FOLD)

# ----------------------------------------------------------------------------- name pools (hand-written)
NAMES = {
 "GB": (["Oliver","Amelia","Harry","Isla","George","Poppy","Jack","Grace","Will","Rose","Hope","Summer","Faith","Amber","Mark","Bill","Sky","Callum","Imogen","Rhys","Bethan","Alfie"],
        ["Price","Stone","Fox","Bird","Young","Hughes","McAllister","MacLeod","Ashworth-Brown","Patel","Khan","Begum","Whitfield","Pennington","Llewellyn","Carter-Jones","Holloway"]),
 "IE": (["Niamh","Aoife","Ciarán","Declan","Siobhán","Oisín","Saoirse","Pádraig","Róisín","Eoin"],
        ["O'Brien","Ó Súilleabháin","McCarthy","Byrne","Ní Bhriain","Fitzpatrick","O'Sullivan","Gallagher","Doherty"]),
 "US": (["Madison","Tyler","Brandon","Keisha","DeShawn","Jamal","Hunter","Brooke","Chase","Dakota","Marisol","Connor","Bill","Hope"],
        ["Johnson","Martinez","Nguyen","Kowalski","Washington","Rivera","Fitzgerald","Goldberg","Young","Price","Whitaker","Delgado"]),
 "CA": (["Mathieu","Émilie","Tanner","Priya","Kwame","Geneviève","Liam"],
        ["Tremblay","Gagnon","MacDonald","Singh","Côté","Bouchard","Wong"]),
 "AU": (["Lachlan","Matilda","Jarrah","Chloe","Mitchell","Tahlia","Bronte"],
        ["Kelly","Papadopoulos","Thompson","Nguyen","Ryan","McKenzie","Tran"]),
 "IN": (["Priya","Arjun","Ananya","Rahul","Lakshmi","Venkatesh","Sneha","Rohan","Harpreet","Deepika","Mohammed Irfan"],
        ["Sharma","Iyer","Reddy","Nair","Chatterjee","Gupta","Singh","Subramanian","Bhattacharya","Kulkarni"]),
 "ZA": (["Thabo","Naledi","Sipho","Lerato","Pieter","Annelie","Zanele","Kagiso"],
        ["Nkosi","Dlamini","van der Merwe","Botha","Mokoena","Ndlovu","du Plessis"]),
 "NG": (["Chinedu","Ngozi","Oluwaseun","Adaeze","Emeka","Funmilayo","Tunde","Chiamaka","Ifeoluwa"],
        ["Okafor","Adeyemi","Eze","Balogun","Nwosu","Abubakar","Okonkwo","Oyelaran"]),
 "DE": (["Jürgen","Anneliese","Lukas","Mia","Klaus","Sabine","Maximilian","Özlem","Hannelore","Jonas","Svenja"],
        ["Müller","Schneider","Weiß","von Bülow","Schäfer-Klein","Hoffmann","Yılmaz","Krause","Vogel","Zimmermann"]),
 "AT": (["Florian","Theresa","Wolfgang","Katharina"], ["Gruber","Huber","Pichler","Steinbauer"]),
 "CH": (["Reto","Corinne","Urs","Nadine"], ["Meier","Brunner","Käslin","Bühlmann"]),
 "FR": (["Mathieu","Léa","Aurélie","Jean-Baptiste","Chloé","Amadou","Nadia","Théo","Margaux","Yannick"],
        ["Dubois","Lefèvre","de la Fontaine","Moreau","Benali","N'Diaye","Girard","Rousseau","Lemoine"]),
 "BE": (["Wouter","Elise","Amélie","Koen"], ["Peeters","Janssens","Dupont","Vandenbroucke"]),
 "ES": (["Alejandro","Lucía","María José","Javier","Carmen","Iñaki","Rocío","Álvaro"],
        ["García López","Fernández","de la Cruz","Martínez Ruiz","Etxeberria","Sánchez","Navarro"]),
 "MX": (["Guadalupe","Xóchitl","José Luis","Fernanda","Rodrigo"], ["Hernández","Ramírez","Cruz Olvera","Villaseñor"]),
 "IT": (["Giuseppe","Chiara","Francesca","Lorenzo","Alessandro","Giulia","Matteo"],
        ["Rossi","Esposito","De Luca","Bianchi","Ferraro","Dell'Acqua","Lo Presti","Colombo"]),
 "NL": (["Sanne","Daan","Bram","Femke","Joost","Anouk","Ruud","Marieke"],
        ["de Vries","van der Berg","Jansen","Bakker","van den Heuvel","Visser","de Jong","van Dijk"]),
 "PT": (["João","Ana Luísa","Gonçalo","Inês","Rui"], ["Silva","Santos","Pereira","Oliveira da Costa","Magalhães"]),
 "BR": (["Thiago","Beatriz","Luana","Rafael","Gabriela","Juliana"], ["Souza","Rodrigues","Ferreira","Almeida","Carvalho dos Santos"]),
 "PL": (["Tomasz","Agnieszka","Małgorzata","Krzysztof","Zofia","Paweł","Jakub"],
        ["Nowak","Kowalczyk","Wiśniewski","Wójcik","Zielińska","Grzegorzewska","Lewandowski"]),
 "CZ": (["Jiří","Petra","Tereza","Ondřej","Lucie","Vojtěch"], ["Novák","Dvořáková","Svoboda","Černý","Procházková","Kučera"]),
 "SE": (["Linnea","Erik","Astrid","Oskar","Maja","Björn"], ["Andersson","Lindqvist","Bergström","Sjöberg","Nilsson"]),
 "DK": (["Mads","Freja","Søren","Ida","Rasmus"], ["Jensen","Nielsen","Sørensen","Kjærgaard","Østergaard"]),
 "NO": (["Ingrid","Håkon","Sigrid","Eirik","Solveig"], ["Hansen","Johansen","Haugen","Bakke","Løvland"]),
 "FI": (["Aino","Juha","Eveliina","Mikko","Sanna","Ville"], ["Virtanen","Korhonen","Mäkinen","Järvinen","Heikkilä"]),
 "TR": (["Mehmet","Ayşe","Elif","Emre","Zeynep","Burak"], ["Yılmaz","Kaya","Demir","Şahin","Öztürk","Çelik"]),
 "RO": (["Andrei","Ioana","Mihai","Elena","Bogdan","Alexandra"], ["Popescu","Ionescu","Dumitrescu","Stănescu","Munteanu"]),
 "GR": (["Giorgos","Eleni","Dimitris","Katerina","Nikos"], ["Papadopoulos","Georgiou","Oikonomou","Karagianni","Nikolaou"]),
 "GRG": (["Γιώργος","Ελένη","Δημήτρης","Κατερίνα","Νίκος"], ["Παπαδόπουλος","Γεωργίου","Οικονόμου","Καραγιάννη","Νικολάου"]),
 "HU": (["Bence","Zsófia","László","Eszter","Gábor","Réka"], ["Nagy","Kovács","Szabó","Tóth","Horváth","Kiss"]),
 "JP": (["Hiroshi","Yuki","Haruka","Kenji","Aiko"], ["Tanaka","Watanabe","Suzuki","Yamamoto","Kobayashi"]),
 "KR": (["Min-jun","Ji-woo","Seo-yeon","Hyun-woo"], ["Kim","Park","Lee","Choi","Jung"]),
 "AR": (["Mohammed","Fatima","Omar","Layla","Yousef","Aisha","Khalid"], ["Al-Hashimi","bin Saleh","ibn Rashid","El Amrani","Haddad","Al Mansouri"]),
 "CN": (["Wei","Xiaoling","Jun","Mei"], ["Zhang","Chen","Liu","Huang"]),
 "VN": (["Thu Trang","Minh","Linh"], ["Nguyen","Tran","Pham"]),
}
# Which name pools to draw from for people "living in" a country (mixed-origin populations)
POP = {"GB": ["GB","GB","GB","IN","NG","AR","PL","IE"], "US": ["US","US","US","MX","CN","VN","AR","KR"], "IE": ["IE","IE","IE","PL","BR"],
       "AU": ["AU","AU","GB","CN","VN","GR"], "IN": ["IN"], "ZA": ["ZA"], "NG": ["NG"], "CA": ["CA","CA","IN","CN"],
       "DE": ["DE","DE","DE","TR","PL"], "AT": ["AT","DE"], "CH": ["CH","DE","IT"], "FR": ["FR","FR","FR","AR"], "BE": ["BE","FR","NL"],
       "ES": ["ES","ES","MX"], "MX": ["MX"], "IT": ["IT"], "NL": ["NL","NL","NL","TR","AR"], "PT": ["PT","BR"], "BR": ["BR"], "PL": ["PL"],
       "CZ": ["CZ"], "SE": ["SE","SE","AR"], "DK": ["DK"], "NO": ["NO"], "FI": ["FI"], "TR": ["TR"], "RO": ["RO"], "GR": ["GR","GRG"],
       "HU": ["HU"], "JP": ["JP"], "KR": ["KR"]}

class Person:
    def __init__(self, country, pool=None):
        pool = pool or ch(POP[country])
        self.pool = pool; self.country = country
        fs, ls = NAMES[pool]
        self.first = ch(fs); self.last = ch(ls)
        if pool == "PL":
            fem = self.first in ("Agnieszka", "Małgorzata", "Zofia")
            if fem and self.last.endswith("ski"): self.last = self.last[:-1] + "a"
            if not fem and self.last.endswith("ska"): self.last = self.last[:-1] + "i"
        self.fem = self.first[-1] in "aeiyAEI" or self.first in ("Grace","Hope","Rose","Summer","Faith","Amber","Sky","Inês","Ingrid","Astrid","Sigrid","Zofia","Lucie","Mei","Réka","Eszter")
    def full(self):
        if self.pool == "HU": return self.last + " " + self.first
        return self.first + " " + self.last
    def western(self): return self.first + " " + self.last
    def initial(self):
        parts = self.first.split(" ")
        return ". ".join(p[0].upper() for p in parts) + ". " + self.last
    def sortable(self): return self.last + ", " + self.first
    def email(self, domain=None):
        f, l = fold(self.first), fold(self.last)
        if self.pool == "GRG":  # transliterate via the aligned Latin pool
            f = fold(NAMES["GR"][0][NAMES["GRG"][0].index(self.first)]); l = fold(NAMES["GR"][1][NAMES["GRG"][1].index(self.last)])
        dom = domain or ch(DOMAINS.get(self.country, DOMAINS["US"]))
        local = ch([f + "." + l, f[0] + l, f + "_" + l + d(2), l + "." + f, f + d(4), f + "." + l[0], l + f[0]])
        return local + "@" + dom

DOMAINS = {"GB": ["gmail.com","btinternet.com","outlook.com","yahoo.co.uk","sky.com"], "US": ["gmail.com","yahoo.com","icloud.com","hotmail.com","comcast.net"],
           "IE": ["eircom.net","gmail.com"], "AU": ["bigpond.com","outlook.com.au"], "IN": ["gmail.com","rediffmail.com"], "ZA": ["webmail.co.za","gmail.com"],
           "NG": ["yahoo.com","gmail.com"], "CA": ["videotron.ca","rogers.com"], "DE": ["web.de","gmx.de","t-online.de","posteo.de"], "AT": ["gmx.at","aon.at"],
           "CH": ["bluewin.ch"], "FR": ["orange.fr","free.fr","laposte.net"], "BE": ["telenet.be","skynet.be"], "ES": ["gmail.com","telefonica.net"],
           "MX": ["prodigy.net.mx","gmail.com"], "IT": ["libero.it","virgilio.it","tiscali.it"], "NL": ["ziggo.nl","kpnmail.nl","hotmail.nl"],
           "PT": ["sapo.pt","gmail.com"], "BR": ["uol.com.br","bol.com.br","gmail.com"], "PL": ["wp.pl","o2.pl","onet.pl"], "CZ": ["seznam.cz","email.cz"],
           "SE": ["telia.com","gmail.com"], "DK": ["mail.dk","gmail.com"], "NO": ["online.no","gmail.com"], "FI": ["kolumbus.fi","gmail.com"],
           "TR": ["hotmail.com.tr","gmail.com"], "RO": ["yahoo.ro","gmail.com"], "GR": ["otenet.gr","gmail.com"], "HU": ["freemail.hu","citromail.hu"],
           "JP": ["docomo.ne.jp","gmail.com"], "KR": ["naver.com","daum.net"]}
COMPANY_DOM = ["northwind-retail.com","brightkettle.co.uk","lumenhaus.de","atelier-sorel.fr","bluefjord.no","casavela.es","verdemela.it",
               "tulpwerk.nl","kawa-i-spol.pl","solvik.se","mokka.fi","kahveci.com.tr","pinewood-outdoors.com","aurora-skincare.com"]

# ----------------------------------------------------------------------------- phones
def phone(c, intl=None):
    if intl is None: intl = R.random() < 0.45
    a = R.random()
    if c == "GB":
        if R.random() < 0.6:
            m = "7" + ch(["700","711","734","801","956","412"]) + d(6)
            if intl: return ch(["+44 %s %s" % (m[:4], m[4:]), "+44 (0)%s %s" % (m[:4], m[4:]), "+447%s" % m[1:], "0044 %s %s %s" % (m[:4], m[4:7], m[7:])])
            return ch(["0%s %s" % (m[:4], m[4:]), "0%s-%s-%s" % (m[:4], m[4:7], m[7:]), "0" + m])
        ac, n = ch([("20", d(8)), ("161", d(7)), ("117", d(7)), ("131", d(7))])
        if intl: return "+44 (0)%s %s %s" % (ac, n[:-4], n[-4:]) if a < .5 else "+44 %s %s %s" % (ac, n[:-4], n[-4:])
        return ch(["(0%s) %s %s" % (ac, n[:-4], n[-4:]), "0%s %s %s" % (ac, n[:-4], n[-4:])])
    if c == "IE":
        m = ch(["83","85","86","87"]) + d(7)
        if intl: return ch(["+353 %s %s %s" % (m[:2], m[2:5], m[5:]), "+353 (0)%s %s %s" % (m[:2], m[2:5], m[5:])])
        return ch(["0%s %s %s" % (m[:2], m[2:5], m[5:]), "0%s-%s%s" % (m[:2], m[2:5], m[5:]), "(01) %s %s" % (d(3), d(4))])
    if c in ("US", "CA"):
        ac = ch(["415","212","512","303","617","206","404","312","604","416","514"]); n = ch(["555"]) + d(4) if R.random() < .4 else dnz(3) + d(4)
        if intl: return ch(["+1 %s-%s-%s" % (ac, n[:3], n[3:]), "+1 (%s) %s-%s" % (ac, n[:3], n[3:]), "+1.%s.%s.%s" % (ac, n[:3], n[3:])])
        return ch(["(%s) %s-%s" % (ac, n[:3], n[3:]), "%s-%s-%s" % (ac, n[:3], n[3:]), "%s.%s.%s" % (ac, n[:3], n[3:]), "1-%s-%s-%s" % (ac, n[:3], n[3:]), "%s %s %s" % (ac, n[:3], n[3:])])
    if c == "AU":
        if R.random() < .6:
            m = "4" + d(8)
            return "+61 %s %s %s" % (m[:3], m[3:6], m[6:]) if intl else "0%s %s %s" % (m[:3], m[3:6], m[6:])
        ac = ch(["2","3","7","8"]); n = d(8)
        return "+61 %s %s %s" % (ac, n[:4], n[4:]) if intl else "(0%s) %s %s" % (ac, n[:4], n[4:])
    if c == "IN":
        m = ch(["98","97","99","88","70","63"]) + d(8)
        if intl: return ch(["+91 %s %s" % (m[:5], m[5:]), "+91-%s" % m, "+91 %s-%s" % (m[:5], m[5:])])
        return ch(["0%s %s" % (m[:5], m[5:]), m, "080-%s %s" % (d(4), d(4)), "044 %s %s" % (d(4), d(4))])
    if c == "ZA":
        m = ch(["82","83","72","76","61"]) + d(7)
        return "+27 %s %s %s" % (m[:2], m[2:5], m[5:]) if intl else ch(["0%s %s %s" % (m[:2], m[2:5], m[5:]), "(011) %s-%s" % (d(3), d(4))])
    if c == "NG":
        m = ch(["803","806","813","705","809"]) + d(7)
        return ch(["+234 %s %s %s" % (m[:3], m[3:6], m[6:]), "+234%s" % m]) if intl else "0%s %s %s" % (m[:3], m[3:6], m[6:])
    if c in ("DE",):
        if R.random() < .5:
            m = ch(["151","160","170","171","176","157"]) + d(7 + R.randint(0, 1))
            return ch(["+49 %s %s" % (m[:3], m[3:]), "+49 (0)%s %s" % (m[:3], m[3:]), "0049 %s %s" % (m[:3], m[3:])]) if intl else ch(["0%s/%s" % (m[:3], m[3:]), "0%s %s" % (m[:3], m[3:]), "0%s-%s" % (m[:3], m[3:])])
        ac = ch(["30","40","89","221","69","711","341"]); n = d(7 if len(ac) == 2 else 6)
        return ch(["+49 %s %s" % (ac, n), "+49 (0)%s %s-%s" % (ac, n[:-2], n[-2:])]) if intl else ch(["0%s %s" % (ac, n), "(0%s) %s" % (ac, n), "0%s / %s %s" % (ac, n[:3], n[3:]), "0%s-%s-%s" % (ac, n[:-2], n[-2:])])
    if c == "AT":
        return ch(["+43 1 %s %s" % (d(4), d(3)), "+43 664 %s %s" % (d(3), d(4))]) if intl else ch(["0664 %s %s %s" % (d(3), d(2), d(2)), "01/%s %s" % (d(3), d(4))])
    if c == "CH":
        n = ch(["44","31","61","79","78"]) + d(7)
        return "+41 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if c == "FR":
        n = ch(["6","7","1","4","5"]) + d(8); g = [n[1:3], n[3:5], n[5:7], n[7:9]]
        if intl: return ch(["+33 %s %s" % (n[0], " ".join(g)), "+33 (0)%s %s" % (n[0], " ".join(g)), "+33%s" % n])
        return ch(["0%s %s" % (n[0], " ".join(g)), "0%s.%s" % (n[0], ".".join(g)), "0%s-%s" % (n[0], "-".join(g)), "0" + n])
    if c == "BE":
        return ch(["+32 2 %s %s %s" % (d(3), d(2), d(2)), "+32 470 %s %s %s" % (d(2), d(2), d(2))]) if intl else ch(["04%s %s %s %s" % (d(2), d(2), d(2), d(2)), "02/%s.%s.%s" % (d(3), d(2), d(2))])
    if c == "ES":
        n = ch(["6", "7", "91", "93"]); n = n + d(9 - len(n))
        return ch(["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])]) if intl else ch(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), n])
    if c == "MX":
        return "+52 55 %s %s" % (d(4), d(4)) if intl else ch(["55 %s %s" % (d(4), d(4)), "(55) %s-%s" % (d(4), d(4))])
    if c == "IT":
        if R.random() < .6:
            m = "3" + ch(["33","35","47","28","40"]) + d(7)
            return "+39 %s %s" % (m[:3], m[3:]) if intl else ch(["%s %s" % (m[:3], m[3:]), "%s/%s" % (m[:3], m[3:]), "%s %s %s" % (m[:3], m[3:6], m[6:])])
        ac = ch(["02", "06", "011", "055"]); n = d(8 if len(ac) == 2 else 7)
        return "+39 %s %s" % (ac, n) if intl else ch(["%s %s" % (ac, n), "%s/%s" % (ac, n), "%s-%s" % (ac, n)])
    if c == "NL":
        if R.random() < .6:
            m = d(8)
            return ch(["+31 6 %s" % m, "+31 (0)6 %s %s" % (m[:4], m[4:]), "+316%s" % m]) if intl else ch(["06-%s" % m, "06 %s %s %s %s" % (m[:2], m[2:4], m[4:6], m[6:]), "06 %s" % m])
        ac = ch(["20", "10", "30", "70"]); n = d(7)
        return "+31 %s %s %s" % (ac, n[:3], n[3:]) if intl else ch(["0%s-%s %s" % (ac, n[:3], n[3:]), "0%s - %s %s %s" % (ac, n[:3], n[3:5], n[5:])])
    if c == "PT":
        n = ch(["91","92","93","96","21","22"]) + d(7)
        return "+351 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "BR":
        ac = ch(["11","21","31","41","51","71"])
        return ch(["+55 %s 9%s-%s" % (ac, d(4), d(4)), "+55 (%s) 9%s-%s" % (ac, d(4), d(4))]) if intl else ch(["(%s) 9%s-%s" % (ac, d(4), d(4)), "(%s) 9 %s-%s" % (ac, d(4), d(4)), "%s 9%s%s" % (ac, d(4), d(4))])
    if c == "PL":
        n = ch(["5","6","7","8"]) + d(8)
        return ch(["+48 %s %s %s" % (n[:3], n[3:6], n[6:]), "+48 %s-%s-%s" % (n[:3], n[3:6], n[6:]), "(+48) %s %s %s" % (n[:3], n[3:6], n[6:])]) if intl else ch(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "22 %s %s %s" % (d(3), d(2), d(2))])
    if c == "CZ":
        n = ch(["602","603","731","777","2"]); n = n + d(9 - len(n))
        return "+420 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "SE":
        m = ch(["70","72","73","76"]) + d(7)
        return ch(["+46 %s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "+46 (0)%s-%s %s %s" % (m[:2], m[2:5], m[5:7], m[7:])]) if intl else ch(["0%s-%s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "08-%s %s %s" % (d(3), d(3), d(2))])
    if c == "DK":
        n = dnz(8)
        return "+45 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]) if intl else ch(["%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), n])
    if c == "NO":
        n = ch(["4", "9"]) + d(7)
        return "+47 %s %s %s" % (n[:3], n[3:5], n[5:]) if intl else ch(["%s %s %s" % (n[:3], n[3:5], n[5:]), "%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
    if c == "FI":
        m = ch(["40","44","45","50"]) + d(7)
        return "+358 %s %s" % (m[:2], m[2:]) if intl else ch(["0%s %s %s" % (m[:2], m[2:5], m[5:]), "0%s-%s" % (m[:2], m[2:]), "09 %s %s" % (d(3), d(4))])
    if c == "TR":
        m = "5" + ch(["32","33","42","05","55"]) + d(7)
        return ch(["+90 (%s) %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:]), "+90 %s %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:])]) if intl else ch(["0%s %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:]), "0 (%s) %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:]), "0212 %s %s %s" % (d(3), d(2), d(2))])
    if c == "RO":
        m = "7" + ch(["21","22","40","45","88"]) + d(6)
        return "+40 %s %s %s" % (m[:3], m[3:6], m[6:]) if intl else ch(["0%s %s %s" % (m[:3], m[3:6], m[6:]), "0%s.%s.%s" % (m[:3], m[3:6], m[6:]), "021 %s %s" % (d(3), d(4))])
    if c == "GR":
        return ch(["+30 69%s %s %s" % (d(1), d(3), d(4)), "+30 210 %s %s" % (d(3), d(4))]) if intl else ch(["69%s %s %s" % (d(2), d(3), d(3)), "210 %s %s" % (d(3), d(4)), "2310-%s" % d(6)])
    if c == "HU":
        m = ch(["20", "30", "70"]) + d(7)
        return ch(["+36 %s %s %s" % (m[:2], m[2:5], m[5:]), "+36-%s-%s-%s" % (m[:2], m[2:5], m[5:])]) if intl else ch(["06 %s %s %s" % (m[:2], m[2:5], m[5:]), "06-%s/%s-%s" % (m[:2], m[2:5], m[5:]), "06-1-%s-%s" % (d(3), d(4))])
    if c == "JP":
        return ch(["+81 90-%s-%s" % (d(4), d(4)), "+81 3-%s-%s" % (d(4), d(4))]) if intl else ch(["03-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4))])
    if c == "KR":
        return "+82 10-%s-%s" % (d(4), d(4)) if intl else ch(["010-%s-%s" % (d(4), d(4)), "02-%s-%s" % (d(3), d(4))])
    raise KeyError(c)

# ----------------------------------------------------------------------------- addresses (real layouts)
def gb_pc(area):
    return "%s%d%s %d%s" % (area, R.randint(1, 19), ch(["", "", "A"]) if len(area) == 1 else "", R.randint(1, 9), up(2))

def address(c, ml=None, cap=False):
    """returns (address_text, city). ml=True -> multi-line layout where natural."""
    if ml is None: ml = R.random() < 0.4
    sep = "\n" if ml else ", "
    n = R.randint(1, 240)
    if c == "GB":
        city, area = ch([("London", "SE"), ("Bristol", "BS"), ("Leeds", "LS"), ("Manchester", "M"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Harrogate", "HG")])
        st = ch(["Ashgrove Road", "Kingsley Avenue", "Mill Lane", "Victoria Street", "Holloway Close", "Bramble Way", "St Mary's Terrace", "Church Walk"])
        v = R.random()
        if v < .3: lines = ["Flat %d" % R.randint(1, 12), "%d %s" % (n, st)] if ml else ["Flat %d, %d %s" % (R.randint(1, 12), n, st)]
        elif v < .5: lines = ["%s House" % ch(["Rowan", "Cedar", "Linton", "Wharfside"]), "%d %s" % (n, st)]
        else: lines = ["%d %s" % (n, st)]
        if ml: a = "\n".join(lines + [city, gb_pc(area)])
        else: a = ", ".join(lines) + ", " + city + " " + gb_pc(area)
        return a, city
    if c == "IE":
        city = ch(["Dublin", "Cork", "Galway", "Limerick"]); ek = ch(["D03", "D06", "T12", "H91", "V94"]) + " " + up(1) + d(1) + up(1) + d(1)
        st = ch(["Seafield Crescent", "Main Street", "Bóthar na Trá", "Church Road", "Ashbrook Park"])
        parts = ["%d %s" % (n, st), ch(["Clontarf", "Rathmines", "Ballincollig", "Salthill"]), city + (" %d" % R.randint(1, 8) if city == "Dublin" and R.random() < .5 else ""), ek]
        return sep.join(parts), city
    if c == "US":
        city, stt, z = ch([("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Brooklyn", "NY", "112"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Fresno", "CA", "937")])
        zip_ = z + d(2) + (("-" + d(4)) if R.random() < .4 else "")
        if R.random() < .15: l1 = "PO Box %d" % R.randint(100, 9999)
        else: l1 = "%d %s" % (R.randint(10, 9999), ch(["Willow Creek Dr", "Maple Ave", "W 5th St", "Peachtree Rd NE", "Lakeshore Blvd", "Elm Street"])) + ch(["", "", ", Apt %d%s" % (R.randint(1, 30), ch("ABCD")), " Ste 200", " #4"])
        if ml: return "%s\n%s, %s %s" % (l1, city, stt, zip_), city
        return "%s, %s, %s %s" % (l1, city, stt, zip_), city
    if c == "CA":
        if R.random() < .5:
            city = "Montréal"; a = "%d-%d rue %s" % (R.randint(2, 900), R.randint(100, 4000), ch(["Sainte-Catherine O", "Saint-Denis", "Beaubien Est"])); pc = "H%d%s %d%s%d" % (R.randint(1, 4), up(1), R.randint(1, 9), up(1), R.randint(1, 9))
            return a + sep + city + " (QC) " + pc if ml else a + ", " + city + " QC " + pc, city
        city = ch(["Toronto", "Ottawa"]); pc = "%s%d%s %d%s%d" % (ch(["M", "K"]), R.randint(1, 9), up(1), R.randint(1, 9), up(1), R.randint(1, 9))
        return "%d %s%s%s, ON  %s" % (n, ch(["Queen St W", "Bank Street", "Bloor St E"]), sep, city, pc), city
    if c == "AU":
        city, stt, pc = ch([("Bondi", "NSW", "2026"), ("Fitzroy", "VIC", "3065"), ("Fremantle", "WA", "6160"), ("Paddington", "QLD", "4064")])
        u = ch(["", "Unit %d/" % R.randint(1, 20), "%d/" % R.randint(1, 20)])
        l1 = "%s%d %s" % (u, n, ch(["Beach Rd", "Smith St", "Oxford St", "Latrobe Tce"]))
        return (l1 + "\n" + city.upper() + " " + stt + " " + pc) if ml else ("%s, %s %s %s" % (l1, city, stt, pc)), city
    if c == "IN":
        city, stt, pin = ch([("Bengaluru", "Karnataka", "5600"), ("Chennai", "Tamil Nadu", "6000"), ("Pune", "Maharashtra", "4110"), ("Kolkata", "West Bengal", "7000"), ("Hyderabad", "Telangana", "5000")])
        parts = ["Flat %d%02d" % (R.randint(1, 12), R.randint(1, 8)), "%s %s" % (ch(["Sai Krupa", "Lotus", "Green Valley", "Prestige Shantiniketan"]), ch(["Apartments", "Residency", "Enclave"])),
                 ch(["3rd Cross, Indiranagar", "Anna Nagar West", "Koregaon Park", "Salt Lake Sector V", "Road No. 12, Banjara Hills"])]
        if R.random() < .6: parts.append(ch(["Near CMH Hospital", "Opp. Reliance Fresh", "Behind Ganesh Temple", "Near Metro Pillar 142"]))
        parts.append("%s, %s %s%02d" % (city, stt, pin, R.randint(1, 99)) if R.random() < .5 else "%s - %s%02d, %s" % (city, pin, R.randint(1, 99), stt))
        return sep.join(parts), city
    if c == "ZA":
        city, sub, pc = ch([("Johannesburg", "Parktown", "2193"), ("Cape Town", "Observatory", "7925"), ("Durban", "Morningside", "4001"), ("Pretoria", "Hatfield", "0083")])
        return sep.join(["%d %s" % (n, ch(["Jan Smuts Ave", "Lower Main Rd", "Florida Rd", "Burnett St"])), sub, city, pc]), city
    if c == "NG":
        city = ch(["Lagos", "Abuja", "Enugu", "Ibadan"])
        l1 = ch(["Plot %d, Admiralty Way" % n, "%d Adeola Odeku Street" % n, "No. %d Aminu Kano Crescent" % n, "%d Ogui Road" % n])
        dist = {"Lagos": "Lekki Phase 1", "Abuja": "Wuse II", "Enugu": "Independence Layout", "Ibadan": "Bodija"}[city]
        st = {"Lagos": "Lagos State", "Abuja": "FCT", "Enugu": "Enugu State", "Ibadan": "Oyo State"}[city]
        return sep.join([l1, dist, city, st]), city
    if c == "DE":
        city, pc = ch([("Berlin", "10" + d(3)), ("Köln", "50" + d(3)), ("München", "80" + d(3)), ("Hamburg", "20" + d(3)), ("Leipzig", "04" + d(3)), ("Freiburg im Breisgau", "79" + d(3))])
        st = ch(["Hauptstraße", "Lindenallee", "Am Sonnenhang", "Schillerstr.", "Karl-Marx-Allee", "Bahnhofstraße"]) + " " + str(n) + ch(["", "", "a", " b"])
        lines = []
        if R.random() < .2: lines.append("c/o " + Person("DE").western())
        lines.append(st)
        if R.random() < .3: lines.append(ch(["3. OG links", "Hinterhaus, 2. OG", "Whg. 14"]))
        lines.append(pc + " " + city)
        return sep.join(lines), city
    if c == "AT":
        city, pc = ch([("Wien", "1" + ch(["07", "03", "15"]) + "0"), ("Graz", "8010"), ("Linz", "4020")])
        return "%s %d/%d/%d%s%s %s" % (ch(["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"]), n, R.randint(1, 4), R.randint(1, 30), sep, pc, city), city
    if c == "CH":
        city, pc = ch([("Zürich", "80%02d" % R.randint(1, 57)), ("Bern", "3011"), ("Basel", "4051")])
        return "%s %d%s%s %s" % (ch(["Bahnhofstrasse", "Seefeldstrasse", "Marktgasse"]), n, sep, pc, city), city
    if c == "FR":
        city, pc = ch([("Lyon", "6900" + str(R.randint(1, 9))), ("Paris", "750%02d" % R.randint(1, 20)), ("Marseille", "130%02d" % R.randint(1, 16)), ("Nantes", "44000"), ("Toulouse", "31000"), ("Lille", "59000")])
        l1 = "%d%s, %s" % (n, ch(["", "", " bis", " ter"]), ch(["rue des Lilas", "avenue Jean Jaurès", "boulevard de la Croix-Rousse", "place du Marché", "impasse des Tilleuls"]))
        lines = [l1]
        if R.random() < .35: lines.append(ch(["Bât. B, 3e étage", "Résidence Les Érables, apt 12", "Escalier C, porte gauche"]))
        lines.append(pc + " " + (city.upper() if R.random() < .4 else city) + (" CEDEX" if R.random() < .1 else ""))
        return sep.join(lines), city
    if c == "BE":
        if R.random() < .5: return "Rue de la Loi %d bte %d%s1040 Bruxelles" % (n, R.randint(1, 9), sep), "Bruxelles"
        return "%s %d bus %d%s%s" % (ch(["Meir", "Kouter", "Bondgenotenlaan"]), n, R.randint(1, 9), sep, ch(["2000 Antwerpen", "9000 Gent", "3000 Leuven"])), "Antwerpen"
    if c == "ES":
        city, pc = ch([("Madrid", "280%02d" % R.randint(1, 50)), ("Sevilla", "410%02d" % R.randint(1, 20)), ("Valencia", "460%02d" % R.randint(1, 25)), ("Bilbao", "480%02d" % R.randint(1, 15)), ("Barcelona", "080%02d" % R.randint(1, 40))])
        l1 = ch(["C/ Mayor, %d, %dº %s" % (n, R.randint(1, 8), ch("ABCD")), "Avda. de la Constitución %d, esc. 2, %dº izq." % (n, R.randint(1, 6)), "Calle de Alcalá %d, bajo" % n, "Pza. del Pilar %d, %dº dcha." % (n, R.randint(1, 5))])
        return l1 + sep + pc + " " + city + (" (%s)" % city if R.random() < .3 else ""), city
    if c == "MX":
        return "Av. Insurgentes Sur %d, Piso %d, Col. %s%s%s Ciudad de México, CDMX" % (R.randint(100, 3000), R.randint(1, 12), ch(["Crédito Constructor", "Roma Norte", "Del Valle"]), sep, "0%d%d%d0" % (R.randint(3, 6), R.randint(0, 9), R.randint(0, 9))), "Ciudad de México"
    if c == "IT":
        city, pc, pr = ch([("Milano", "201%02d" % R.randint(21, 62), "MI"), ("Torino", "101%02d" % R.randint(21, 56), "TO"), ("Napoli", "801%02d" % R.randint(21, 47), "NA"), ("Bologna", "401%02d" % R.randint(21, 41), "BO"), ("Roma", "001%02d" % R.randint(18, 99), "RM")])
        l1 = ch(["Via Roma %d" % n, "Corso Vittorio Emanuele II, %d" % n, "Via dei Mille %d/%s" % (n, ch("ABC")), "Piazza Garibaldi %d" % n, "Viale Monza %d, int. %d" % (n, R.randint(1, 20))])
        return l1 + sep + "%s %s %s" % (pc, city, ch(["(%s)" % pr, pr])), city
    if c == "NL":
        city = ch(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Eindhoven"])
        pc = "%d %s" % (R.randint(1011, 9999), up(2)) if R.random() < .8 else "%d%s" % (R.randint(1011, 9999), up(2))
        if R.random() < .12: return "Postbus %d%s%s  %s" % (R.randint(100, 9999), sep, pc, city.upper()), city
        l1 = "%s %d%s" % (ch(["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Laan van Meerdervoort", "Hoofdweg"]), n, ch(["", "-III", "-hs", " bis", "A"]))
        return l1 + sep + pc + "  " + city if R.random() < .3 else l1 + sep + pc + " " + city, city
    if c == "PT":
        city, pc = ch([("Lisboa", "1%03d-%03d" % (R.randint(0, 999), R.randint(0, 999))), ("Porto", "4%03d-%03d" % (R.randint(0, 999), R.randint(0, 999))), ("Braga", "4700-%03d" % R.randint(0, 999))])
        return "%s, %d, %d.º %s%s%s %s" % (ch(["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"]), n, R.randint(1, 6), ch(["Esq.", "Dto.", "Frt."]), sep, pc, city), city
    if c == "BR":
        city, uf, cep = ch([("São Paulo", "SP", "0%d%03d-%03d" % (R.randint(1, 5), R.randint(0, 999), R.randint(0, 999))), ("Rio de Janeiro", "RJ", "22%03d-%03d" % (R.randint(0, 999), R.randint(0, 999))), ("Belo Horizonte", "MG", "30%03d-%03d" % (R.randint(0, 999), R.randint(0, 999))), ("Curitiba", "PR", "80%03d-%03d" % (R.randint(0, 999), R.randint(0, 999)))])
        l1 = "%s, %d%s" % (ch(["Rua das Flores", "Av. Paulista", "Rua Voluntários da Pátria", "Alameda Santos"]), n, ch(["", ", apto %d" % R.randint(11, 204), ", bloco B, ap. %d" % R.randint(11, 204), " - casa 2"]))
        bairro = ch(["Jardim Paulista", "Botafogo", "Savassi", "Batel", "Vila Madalena"])
        if ml: return "%s\n%s\n%s - %s\nCEP %s" % (l1, bairro, city, uf, cep), city
        return "%s - %s, %s - %s, %s" % (l1, bairro, city, uf, cep), city
    if c == "PL":
        city, pc = ch([("Warszawa", "0%d-%03d" % (R.randint(0, 4), R.randint(0, 999))), ("Kraków", "3%d-%03d" % (R.randint(0, 2), R.randint(0, 999))), ("Gdańsk", "80-%03d" % R.randint(0, 999)), ("Wrocław", "5%d-%03d" % (R.randint(0, 4), R.randint(0, 999))), ("Poznań", "6%d-%03d" % (R.randint(0, 1), R.randint(0, 999)))])
        l1 = ch(["ul. Marszałkowska %d/%d" % (n, R.randint(1, 90)), "ul. Długa %d m. %d" % (n, R.randint(1, 40)), "al. Jerozolimskie %d lok. %d" % (n, R.randint(1, 20)), "os. Piastowskie %d/%d" % (R.randint(1, 60), R.randint(1, 90))])
        return l1 + sep + pc + " " + city, city
    if c == "CZ":
        city, pc = ch([("Praha 10", "100 00"), ("Praha 2", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00")])
        return "%s %d/%d%s%s %s" % (ch(["Vinohradská", "Korunní", "Masarykova", "Nádražní"]), R.randint(100, 2500), R.randint(1, 60), sep, pc, city), city.split()[0]
    if c == "SE":
        city, pc = ch([("Stockholm", "1%02d %02d" % (R.randint(11, 75), R.randint(10, 99))), ("Göteborg", "41%d %02d" % (R.randint(1, 8), R.randint(10, 99))), ("Malmö", "21%d %02d" % (R.randint(1, 8), R.randint(10, 99))), ("Uppsala", "75%d %02d" % (R.randint(1, 8), R.randint(10, 99)))])
        return "%s %d%s%s%s %s" % (ch(["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan"]), n, ch(["", ", 3 tr", ", lgh 1102"]), sep, pc, city), city
    if c == "DK":
        city, pc = ch([("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Frederiksberg", "1820")])
        return "%s %d, %s%s%s %s" % (ch(["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Østerbrogade"]), n, ch(["2. th.", "st. tv.", "4. mf.", "1."]), sep, pc, city), city.split()[0]
    if c == "NO":
        city, pc = ch([("Oslo", "0%03d" % R.randint(150, 590)), ("Bergen", "50%02d" % R.randint(3, 99)), ("Trondheim", "70%02d" % R.randint(10, 99)), ("Tromsø", "9008")])
        return "%s %d%s%s%s %s" % (ch(["Storgata", "Thorvald Meyers gate", "Kongens gate", "Bygdøy allé"]), n, ch(["", "B", " H0302"]), sep, pc, city.upper() if R.random() < .3 else city), city
    if c == "FI":
        city, pc = ch([("Helsinki", "00%03d" % R.randint(100, 990)), ("Tampere", "33%03d" % R.randint(100, 900)), ("Turku", "20%03d" % R.randint(100, 900)), ("Oulu", "90100")])
        return "%s %d %s %d%s%s %s" % (ch(["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Isokatu"]), n, ch("ABC"), R.randint(1, 40), sep, pc, city), city
    if c == "TR":
        city, dist, pc = ch([("İstanbul", "Kadıköy", "347%02d" % R.randint(10, 99)), ("Ankara", "Çankaya", "06%03d" % R.randint(100, 999)), ("İzmir", "Karşıyaka", "355%02d" % R.randint(10, 99))])
        l1 = ch(["Bağdat Cad. No: %d D: %d" % (n, R.randint(1, 20)), "Atatürk Bulvarı No:%d Daire:%d" % (n, R.randint(1, 20)), "Moda Mah. Şair Nefi Sok. No: %d/%d" % (R.randint(1, 80), R.randint(1, 12))])
        return "%s%s%s %s/%s" % (l1, sep, pc, dist, city) if R.random() < .5 else "%s, %s, %s %s" % (l1, dist, pc, city), city
    if c == "RO":
        city = ch(["București", "Cluj-Napoca", "Iași", "Timișoara"])
        l1 = "Str. %s nr. %d%s" % (ch(["Lipscani", "Memorandumului", "Lăpușneanu", "Eroilor"]), n, ch(["", ", bl. A2, sc. 1, et. 3, ap. 12", ", ap. %d" % R.randint(1, 40)]))
        tail = ("sector %d, " % R.randint(1, 6) if city == "București" else "") + "%06d %s" % (R.randint(10000, 999999), city)
        return l1 + sep + tail, city
    if c == "GR":
        if R.random() < .5:
            return "%s %d%s%d %02d %s" % (ch(["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Τσιμισκή"]), n, sep, R.randint(100, 999), R.randint(10, 99), ch(["Αθήνα", "Θεσσαλονίκη"])), "Αθήνα"
        return "%s %d%s%d %02d %s" % (ch(["Ermou", "Leof. Alexandras", "Tsimiski", "Agiou Dimitriou"]), n, sep, R.randint(100, 999), R.randint(10, 99), ch(["Athina", "Thessaloniki", "Patra"])), "Athina"
    if c == "HU":
        city = ch(["Budapest", "Debrecen", "Szeged", "Pécs"])
        pc = "1%d%d%d" % (R.randint(0, 2), R.randint(0, 9), R.randint(1, 9)) if city == "Budapest" else str(R.randint(4000, 7699))
        l1 = "%s %d.%s" % (ch(["Andrássy út", "Váci utca", "Kossuth Lajos u.", "Petőfi Sándor utca"]), n, ch(["", " II. em. 4.", " 3/12", " fszt. 2."]))
        return (pc + " " + city + sep + l1) if R.random() < .7 else (city + sep + l1 + sep + pc), city
    if c == "JP":
        ward, town, pc = ch([("Shibuya-ku", "Jingumae", "150-0001"), ("Setagaya-ku", "Sangenjaya", "154-0024"), ("Kita-ku", "Umeda", "530-0001")])
        city = "Osaka" if town == "Umeda" else "Tokyo"
        bld = ch(["", " %s %d" % (ch(["Harajuku Heights", "Maison Sakura", "Grand Palace"]), R.randint(101, 1208))])
        if R.random() < .5: return "%d-%d-%d %s%s, %s, %s %s" % (R.randint(1, 6), R.randint(1, 30), R.randint(1, 20), town, bld, ward, city, pc), city
        return "〒%s%s%s-to %s %s %d-%d-%d%s" % (pc, sep, city, ward, town, R.randint(1, 6), R.randint(1, 30), R.randint(1, 20), bld), city
    if c == "KR":
        gu = ch(["Gangnam-gu", "Mapo-gu", "Jongno-gu"])
        return "%s%d, %s-ro %d-gil, %s, Seoul %05d" % (ch(["Apt 1203, ", "#", "Unit ", ""]), R.randint(1, 300), ch(["Teheran", "Yanghwa", "Yulgok"]), R.randint(1, 60), gu, R.randint(3000, 8999)), "Seoul"
    raise KeyError(c)

# stand-alone places per language (LOCATION)
PLACES = {
 "en": ["London", "Manchester", "Dublin", "Galway", "Sydney", "Melbourne", "Cape Town", "Lagos", "Abuja", "Mumbai", "Bengaluru", "Toronto", "Chicago", "Texas", "Ohio", "Scotland", "Wales", "Portugal", "Germany", "the Netherlands", "Ireland", "New Zealand", "Kenya", "Brighton", "Leeds", "Austin", "Cork", "Perth", "Durban", "Yorkshire"],
 "de": ["Berlin", "Hamburg", "München", "Köln", "Österreich", "der Schweiz", "Bayern", "Leipzig", "Wien", "Frankfurt am Main", "Italien", "Polen"],
 "fr": ["Lyon", "Paris", "Marseille", "Bordeaux", "la Belgique", "Bretagne", "Lille", "Espagne", "Québec", "Nantes", "Genève"],
 "es": ["Madrid", "Sevilla", "Valencia", "Galicia", "Portugal", "México", "Bilbao", "Málaga", "Argentina", "Zaragoza"],
 "it": ["Milano", "Torino", "Napoli", "Sicilia", "Bologna", "Firenze", "Svizzera", "Bari", "Toscana"],
 "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Brabant", "België", "Duitsland", "Groningen", "Zwolle"],
 "pt": ["Lisboa", "Porto", "São Paulo", "Curitiba", "Minas Gerais", "Portugal", "Recife", "Coimbra", "Brasil"],
 "pl": ["Warszawie", "Krakowie", "Gdańsku", "Łodzi", "Wrocławiu", "Poznaniu", "Lublinie"],
 "cs": ["Praze", "Brně", "Ostravě", "Olomouci", "Plzni", "Liberci"],
 "sv": ["Stockholm", "Göteborg", "Malmö", "Norge", "Skåne", "Finland", "Umeå"],
 "da": ["København", "Aarhus", "Odense", "Sverige", "Jylland", "Tyskland"],
 "nb": ["Oslo", "Bergen", "Trondheim", "Sverige", "Nord-Norge", "Stavanger"],
 "fi": ["Helsingissä", "Tampereella", "Turussa", "Oulussa", "Espoossa", "Jyväskylässä"],
 "tr": ["İstanbul", "Ankara", "İzmir", "Almanya", "Antalya", "Bursa"],
 "ro": ["București", "Cluj", "Iași", "Italia", "Timișoara", "Brașov"],
 "el": ["Αθήνα", "Θεσσαλονίκη", "Κρήτη", "Πάτρα", "Athina", "Thessaloniki"],
 "hu": ["Budapest", "Debrecen", "Szeged", "Győr", "Pécs", "Miskolc"],
}
LANG_COUNTRIES = {"en": ["GB", "GB", "US", "US", "IE", "AU", "IN", "ZA", "NG", "CA"], "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "CA"],
    "es": ["ES", "ES", "MX"], "it": ["IT"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR", "BR"], "pl": ["PL"], "cs": ["CZ"], "sv": ["SE"], "da": ["DK"],
    "nb": ["NO"], "fi": ["FI"], "tr": ["TR"], "ro": ["RO"], "el": ["GR"], "hu": ["HU"]}

# ----------------------------------------------------------------------------- cards / iban / ssn / ip
def luhn_complete(prefix, length):
    s = prefix + d(length - len(prefix) - 1)
    tot = 0
    for i, ch_ in enumerate(reversed(s)):
        v = int(ch_)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return s + str((10 - tot % 10) % 10)

def card(style=None):
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(ch(["34", "37"]), 15)
        return ch(["%s %s %s" % (n[:4], n[4:10], n[10:]), "%s-%s-%s" % (n[:4], n[4:10], n[10:]), n])
    n = luhn_complete({"visa": "4", "mc": ch(["51", "53", "55", "2221"]), "disc": "6011"}[kind], 16)
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return ch([" ".join(g), "-".join(g), n, " ".join(g), "  ".join(g)])

IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "PL": "8n16n", "BE": "3n7n2n",
             "PT": "4n4n11n2n", "IE": "4a6n8n", "AT": "5n11n", "CH": "5n12c", "SE": "3n17n", "DK": "4n10n", "NO": "4n7n", "FI": "3n11n", "RO": "4a16c",
             "GR": "3n4n16c", "HU": "3n4n1n15n1n", "CZ": "4n6n10n", "TR": "5n1n16c"}
def _bban(spec):
    out = ""
    for num, t in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(num)):
            out += str(R.randint(0, 9)) if t == "n" else (R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if t == "a" else R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return out
def iban(c, compact=None):
    if c not in IBAN_SPEC: c = "DE"
    bban = _bban(IBAN_SPEC[c])
    if c == "GB": bban = ch(["NWBK", "BARC", "LOYD", "MIDL"]) + bban[4:]
    if c == "IE": bban = ch(["AIBK", "BOFI"]) + bban[4:]
    num = "".join(str(int(x, 36)) for x in bban + c + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (c, chk, bban)
    if compact is None: compact = R.random() < 0.3
    return s if compact else " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def ssn():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    s = (a, R.randint(1, 99), R.randint(1, 9999))
    return ch(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d"]) % s

def ipv4():
    return "%d.%d.%d.%d" % (ch([81, 84, 92, 109, 145, 176, 185, 194, 203, 31, 62, 86, 41, 102, 197]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def ipv6():
    pre = ch(["2a02:8108", "2001:16b8", "2a01:cb00", "2600:1700", "2406:da18", "2a00:23c5"])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.randint(1, 3))) + ch(["::", "::", ":"]) + "%x" % R.randint(1, 0xffff)
def ip(): return ipv4() if R.random() < .7 else ipv6()

# numbers read aloud (voicemail transcripts)
EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def read_out(num, lang="en"):
    digits = [c for c in num if c.isdigit() or c == "+"]
    words = []
    i = 0
    if lang == "en":
        while i < len(digits):
            c = digits[i]
            if c == "+": words.append("plus"); i += 1; continue
            if i + 1 < len(digits) and digits[i + 1] == c and R.random() < .6:
                words.append("double " + ("oh" if c == "0" else EN_D[int(c)])); i += 2; continue
            words.append(ch(["oh", "zero"]) if c == "0" else EN_D[int(c)]); i += 1
        return " ".join(words)
    table = {"de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
             "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
             "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
             "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]}[lang]
    plus = {"de": "plus", "fr": "plus", "es": "más", "nl": "plus"}[lang]
    return " ".join(plus if c == "+" else table[int(c)] for c in digits)

# ----------------------------------------------------------------------------- per-language lexicon
LEX = {
"en": dict(name="Name", first="First name", last="Last name", email="Email", phone="Phone", addr="Address", city="City", note="Notes", order="Order", company="Company",
    hi=["Hi", "Hello", "Dear", "Hey"], thanks="Thanks", regards=["Best,", "Kind regards,", "Cheers,", "Thanks,"], wrote="wrote", mkt=[]),
"de": dict(name="Name", first="Vorname", last="Nachname", email="E-Mail", phone="Telefon", addr="Adresse", city="Ort", note="Notiz", order="Bestellung", company="Firma",
    hi=["Hallo", "Liebe", "Sehr geehrte Frau", "Guten Tag"], regards=["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen"], wrote="schrieb",
    deliv=["Paket bitte beim Nachbarn <<p>> abgeben, falls niemand da ist. Klingel defekt, bitte <<ph>> anrufen.", "Lieferung an <<ad>> – Hinterhof, 2. Tür links. Ansprechpartner: <<p>>."],
    review=["Super Beratung von <<s>> in der Filiale <<loc>>! Hat sich richtig Zeit genommen.", "Leider war die Ware beschädigt, aber <<s>> vom Kundenservice hat sofort Ersatz geschickt. Top!"],
    survey=["Bestellung kam pünktlich. Rückfragen gern an <<em>> oder <<ph>>.", "Würde mir eine Abholstation in <<loc>> wünschen. Der Fahrer (ich glaube <<s>>) war sehr freundlich."],
    mail=["vielen Dank für Ihre Nachricht. Bitte schicken Sie den Ersatz an meine neue Adresse:\n\n<<ad>>\n\nTagsüber bin ich unter <<ph>> erreichbar.", "anbei die Rechnung für <<p>>. Die Rücksendung geht an <<ad>>. Bei Fragen bitte direkt an <<em>>."],
    chat=[("C", "hallo, meine bestellung ist immer noch nicht da"), ("A", "Das tut mir leid! Können Sie mir Ihre E-Mail-Adresse nennen?"), ("C", "<<em>>"), ("A", "Danke. Ist die Lieferadresse noch <<ad>>?"), ("C", "ja genau. handy ist <<ph>> falls der fahrer anrufen muss")],
    mkt=["Sommer-Sale: Bis zu 40 % auf alle Leinenkleider – nur online und in unserem Flagship-Store in <<loc>>. Jetzt entdecken!", "Neu im Sortiment: die Kollektion „Rose Gold“. Zeitlos, nachhaltig produziert, versandkostenfrei ab 50 €."],
    loyal="Kundin <<p>> (Goldstatus) hat angerufen: Punkte aus Filiale <<loc>> fehlen. Rückruf unter <<ph>>.",
    dm="hey! ich bins, <<p>> 😊 könnt ihr mir das gewinnspiel-paket an <<ad>> schicken? danke!!"),
"fr": dict(name="Nom", first="Prénom", last="Nom de famille", email="Courriel", phone="Téléphone", addr="Adresse", city="Ville", note="Remarque", order="Commande", company="Société",
    hi=["Bonjour", "Bonjour Madame", "Cher", "Salut"], regards=["Cordialement,", "Bien à vous,", "Bonne journée,"], wrote="a écrit",
    deliv=["Digicode 4B21, 3e étage gauche. Si absent, laisser chez la gardienne Mme <<p>>.", "Livrer au <<ad>>. Appeler <<ph>> avant de passer, merci."],
    review=["Accueil au top dans la boutique de <<loc>>, merci à <<s>> pour ses conseils !", "Commande arrivée en retard mais <<s>> du SAV a été très réactive."],
    survey=["Produit conforme. Pour le suivi vous pouvez me joindre au <<ph>> ou par mail <<em>>.", "J'aimerais un point relais à <<loc>>, c'est loin pour moi."],
    mail=["merci pour votre retour. Voici ma nouvelle adresse de livraison :\n<<ad>>\nJe suis joignable au <<ph>> en journée.", "Pouvez-vous envoyer la facture au nom de <<p>> ? Mon mail : <<em>>."],
    chat=[("C", "bonjour j'ai un souci avec ma commande"), ("A", "Bonjour ! Je regarde ça. Votre adresse e-mail ?"), ("C", "<<em>>"), ("A", "Merci. Livraison bien prévue au <<ad>> ?"), ("C", "oui. vous pouvez appeler le <<ph>>")],
    mkt=["Les Journées Lavande sont de retour ! Rendez-vous dans notre boutique de <<loc>> du 12 au 15 juin.", "Découvrez la gamme « Marie-Galante » : des parfums solaires, sans paraben."],
    loyal="Cliente fidèle <<p>> – carte Or. Souhaite changer son numéro pour le <<ph>>.",
    dm="coucou c'est <<p>>, j'ai gagné le concours ! mon adresse : <<ad>> 🙏"),
"es": dict(name="Nombre", first="Nombre", last="Apellidos", email="Correo", phone="Teléfono", addr="Dirección", city="Ciudad", note="Nota", order="Pedido", company="Empresa",
    hi=["Hola", "Estimada", "Buenos días", "Buenas"], regards=["Un saludo,", "Saludos cordiales,", "Gracias,"], wrote="escribió",
    deliv=["Portero automático roto, llamar al <<ph>>. Dejar con el vecino del 2º, <<p>>.", "Entregar en <<ad>>, de lunes a viernes por la mañana."],
    review=["<<s>> nos atendió genial en la tienda de <<loc>>. ¡Volveremos!", "El pedido llegó tarde, pero <<s>> de atención al cliente lo solucionó rápido."],
    survey=["Todo bien. Si necesitáis algo: <<em>> / <<ph>>.", "Ojalá abráis tienda en <<loc>> pronto."],
    mail=["gracias por la respuesta. Mi nueva dirección es <<ad>>. Mi móvil: <<ph>>.", "le reenvío la factura a nombre de <<p>>. Cualquier duda en <<em>>."],
    chat=[("C", "hola buenas, mi pedido no ha llegado"), ("A", "¡Hola! ¿Me confirmas el correo de la compra?"), ("C", "<<em>>"), ("A", "Gracias. ¿La dirección es <<ad>>?"), ("C", "si esa. mi tel <<ph>>")],
    mkt=["Rebajas de verano: hasta un 50 % en toda la colección Esperanza. Solo este fin de semana en <<loc>>.", "Nueva línea Dolores de Café: tostado artesanal, origen único."],
    loyal="Cliente <<p>> (tarjeta Plata) pide que se actualice el teléfono a <<ph>>.",
    dm="holaa soy <<p>>!! me mandáis el premio a <<ad>>? gracias 💛"),
"it": dict(name="Nome", first="Nome", last="Cognome", email="Email", phone="Telefono", addr="Indirizzo", city="Città", note="Note", order="Ordine", company="Azienda",
    hi=["Ciao", "Gentile", "Buongiorno"], regards=["Cordiali saluti,", "Un saluto,", "Grazie,"], wrote="ha scritto",
    deliv=["Citofono a nome <<p>>, scala B. Se non risponde chiamare il <<ph>>.", "Consegnare in <<ad>>, portineria aperta fino alle 12."],
    review=["Personale gentilissimo nel negozio di <<loc>>, grazie a <<s>>!", "Spedizione lenta ma <<s>> del servizio clienti è stata bravissima."],
    survey=["Tutto ok. Per contattarmi: <<ph>> oppure <<em>>.", "Mi piacerebbe un punto ritiro a <<loc>>."],
    mail=["grazie per la risposta. Il nuovo indirizzo di spedizione è:\n<<ad>>\nCellulare: <<ph>>", "la fattura va intestata a <<p>>, email <<em>>."],
    chat=[("C", "salve il pacco risulta consegnato ma non c'è"), ("A", "Mi dispiace! Mi indica l'email dell'ordine?"), ("C", "<<em>>"), ("A", "Grazie, l'indirizzo è <<ad>>?"), ("C", "sì. numero <<ph>>")],
    mkt=["Saldi estivi su tutta la linea Bella Vita, solo nel nostro store di <<loc>>.", "Scopri il nuovo profumo Aurora: note di bergamotto e fiori d'arancio."],
    loyal="Cliente <<p>> (fidelity card) segnala punti mancanti dal negozio di <<loc>>. Richiamare al <<ph>>.",
    dm="ciao sono <<p>>! potete spedire il premio a <<ad>>? grazie mille"),
"nl": dict(name="Naam", first="Voornaam", last="Achternaam", email="E-mail", phone="Telefoon", addr="Adres", city="Plaats", note="Opmerking", order="Bestelling", company="Bedrijf",
    hi=["Hoi", "Beste", "Goedemiddag", "Hallo"], regards=["Met vriendelijke groet,", "Groetjes,", "Gr,"], wrote="schreef",
    deliv=["Bel niet aan (baby slaapt), app even naar <<ph>>. Anders bij buren nr 14 (<<p>>).", "Bezorgen op <<ad>>, achterom via het steegje."],
    review=["<<s>> in de winkel in <<loc>> hielp ons super goed, echt een aanrader!", "Pakket was kapot, <<s>> van de klantenservice regelde meteen een nieuwe."],
    survey=["Prima service. Vragen? <<em>> of <<ph>>.", "Graag een afhaalpunt in <<loc>>."],
    mail=["bedankt voor je snelle reactie. Mijn nieuwe adres is <<ad>>. Je kunt me bellen op <<ph>>.", "kun je de factuur op naam van <<p>> zetten? Mailadres: <<em>>."],
    chat=[("C", "hoi mijn pakketje is nog steeds niet binnen"), ("A", "Vervelend! Wat is je e-mailadres?"), ("C", "<<em>>"), ("A", "Dank je. Klopt het adres <<ad>>?"), ("C", "ja klopt. mijn nummer is <<ph>>")],
    mkt=["Koningsdag deals! 25% korting op alles in oranje, ook in onze winkel in <<loc>>.", "Nieuw: de Bloesem collectie – fris, fruitig en vegan."],
    loyal="Klant <<p>> belde: spaarpunten van winkel <<loc>> niet bijgeschreven. Terugbellen op <<ph>>.",
    dm="hey ik ben <<p>>, ik heb de winactie gewonnen 🎉 mijn adres is <<ad>>"),
"pt": dict(name="Nome", first="Nome", last="Sobrenome", email="E-mail", phone="Telefone", addr="Endereço", city="Cidade", note="Observação", order="Pedido", company="Empresa",
    hi=["Olá", "Oi", "Bom dia", "Prezada"], regards=["Atenciosamente,", "Abraços,", "Obrigado,"], wrote="escreveu",
    deliv=["Deixar na portaria com o seu <<p>>. Interfone não funciona, ligar <<ph>>.", "Entregar em <<ad>>. Cuidado com o cachorro."],
    review=["Atendimento nota 10 da <<s>> na loja de <<loc>>!", "Produto chegou com defeito mas o <<s>> do SAC resolveu rapidinho."],
    survey=["Gostei muito. Meu contato: <<ph>> / <<em>>.", "Abram uma loja em <<loc>> por favor!"],
    mail=["obrigada pelo retorno. Meu novo endereço é:\n<<ad>>\nCelular: <<ph>>", "a nota fiscal deve sair em nome de <<p>>, e-mail <<em>>."],
    chat=[("C", "oi meu pedido nao chegou ainda"), ("A", "Oi! Pode me passar o e-mail do pedido?"), ("C", "<<em>>"), ("A", "Obrigado. O endereço é <<ad>>?"), ("C", "isso. meu zap <<ph>>")],
    mkt=["Semana do Cliente: frete grátis para todo o Brasil e 20% off na linha Flor de Maracujá.", "Chegou a coleção Verão <<loc>> – cores vibrantes e tecidos leves."],
    loyal="Cliente <<p>> (programa Mais) pediu atualização do telefone para <<ph>>.",
    dm="oiii aqui é a <<p>>! manda o brinde pra <<ad>> 😍"),
"pl": dict(name="Imię i nazwisko", first="Imię", last="Nazwisko", email="E-mail", phone="Telefon", addr="Adres", city="Miasto", note="Uwagi", order="Zamówienie", company="Firma",
    hi=["Dzień dobry", "Cześć", "Szanowna Pani"], regards=["Pozdrawiam,", "Z poważaniem,", "Dzięki,"], wrote="napisał(a)",
    deliv=["Domofon nie działa, proszę dzwonić <<ph>>. Ewentualnie zostawić u sąsiadki (<<p>>).", "Dostawa na <<ad>>, wejście od podwórka."],
    review=["Świetna obsługa w sklepie w <<loc>>, dziękuję Pani <<s>>!", "Paczka przyszła uszkodzona, ale <<s>> z obsługi klienta szybko pomógł."],
    survey=["Wszystko ok. Kontakt: <<em>>, tel. <<ph>>.", "Przydałby się punkt odbioru w <<loc>>."],
    mail=["dziękuję za odpowiedź. Mój nowy adres to <<ad>>. Telefon: <<ph>>.", "proszę wystawić fakturę na <<p>>, mail <<em>>."],
    chat=[("C", "dzien dobry, paczka nie dotarla"), ("A", "Przykro mi! Poproszę adres e-mail z zamówienia."), ("C", "<<em>>"), ("A", "Dziękuję. Adres dostawy to <<ad>>?"), ("C", "tak. tel <<ph>>")],
    mkt=["Wielka wyprzedaż zimowa! Do -50% na kurtki, także w naszym salonie w <<loc>>.", "Nowość: kolekcja Złota Jesień – ciepłe swetry z merynosa."],
    loyal="Klientka <<p>> zgłasza brak punktów za zakupy w <<loc>>. Oddzwonić: <<ph>>.",
    dm="hej tu <<p>> 🙂 wygrałam konkurs, adres do wysyłki: <<ad>>"),
"cs": dict(name="Jméno", first="Jméno", last="Příjmení", email="E-mail", phone="Telefon", addr="Adresa", city="Město", note="Poznámka", order="Objednávka", company="Firma",
    hi=["Dobrý den", "Ahoj", "Vážená paní"], regards=["S pozdravem,", "Díky,", "Hezký den,"], wrote="napsal(a)",
    deliv=["Zvonek nefunguje, volejte <<ph>>. Případně nechte u paní <<p>> v přízemí.", "Doručit na <<ad>>, vchod ze dvora."],
    review=["Moc milá obsluha na prodejně v <<loc>>, díky <<s>>!", "Zásilka dorazila pozdě, ale <<s>> ze zákaznické podpory vše vyřešil."],
    survey=["Spokojenost. Kontakt: <<em>>, <<ph>>.", "Chtělo by to výdejní místo v <<loc>>."],
    mail=["děkuji za odpověď. Nová adresa: <<ad>>. Telefon: <<ph>>.", "fakturu prosím na jméno <<p>>, e-mail <<em>>."],
    chat=[("C", "dobry den, balik stale neprisel"), ("A", "To mě mrzí. Jaký máte e-mail?"), ("C", "<<em>>"), ("A", "Díky. Adresa je <<ad>>?"), ("C", "ano. tel <<ph>>")],
    mkt=["Letní výprodej! Slevy až 40 % na celou kolekci Lesní Jahoda, také v naší prodejně v <<loc>>.", "Novinka: řada Bohemia Crystal – ručně foukané sklo."],
    loyal="Zákaznice <<p>> žádá změnu telefonu na <<ph>>.",
    dm="ahoj, tady <<p>> :) vyhrála jsem soutěž, posílejte na <<ad>>"),
"sv": dict(name="Namn", first="Förnamn", last="Efternamn", email="E-post", phone="Telefon", addr="Adress", city="Ort", note="Anteckning", order="Order", company="Företag",
    hi=["Hej", "Hejsan", "Hej hej"], regards=["Vänliga hälsningar,", "Mvh,", "Tack,"], wrote="skrev",
    deliv=["Portkod 1234. Lämna hos grannen <<p>> om ingen öppnar, ring <<ph>>.", "Leverera till <<ad>>, ingång från gården."],
    review=["Supertrevlig personal i butiken i <<loc>>, tack <<s>>!", "Paketet var försenat men <<s>> på kundtjänst löste allt."],
    survey=["Bra. Kontakta mig gärna på <<em>> eller <<ph>>.", "Önskar ett utlämningsställe i <<loc>>."],
    mail=["tack för svaret. Min nya adress är:\n<<ad>>\nMobil: <<ph>>", "fakturan ska ställas till <<p>>, mejl <<em>>."],
    chat=[("C", "hej mitt paket har inte kommit"), ("A", "Tråkigt att höra! Vilken e-post beställde du med?"), ("C", "<<em>>"), ("A", "Tack. Adressen är <<ad>>?"), ("C", "ja. nummer <<ph>>")],
    mkt=["Midsommarrea! 30 % på allt i linne – online och i butiken i <<loc>>.", "Nyhet: Lingon & Lakrits, vår godaste te hittills."],
    loyal="Medlem <<p>> saknar bonuspoäng från köp i <<loc>>. Ring upp på <<ph>>.",
    dm="hej det är <<p>>! skicka vinsten till <<ad>> tack 🙏"),
"da": dict(name="Navn", first="Fornavn", last="Efternavn", email="E-mail", phone="Telefon", addr="Adresse", city="By", note="Note", order="Ordre", company="Firma",
    hi=["Hej", "Kære", "Goddag"], regards=["Venlig hilsen,", "Mvh.,", "Tak,"], wrote="skrev",
    deliv=["Stil pakken hos naboen <<p>> hvis vi ikke er hjemme. Ring <<ph>>.", "Levering til <<ad>>, porten er åben til kl. 16."],
    review=["Rigtig god service i butikken i <<loc>> – tak til <<s>>!", "Pakken kom for sent, men <<s>> fra kundeservice fiksede det."],
    survey=["Fint. Kontakt: <<em>> / <<ph>>.", "Vil gerne have en pakkeshop i <<loc>>."],
    mail=["tak for svaret. Min nye adresse er <<ad>>. Telefon <<ph>>.", "fakturaen skal stå i <<p>>s navn, mail <<em>>."],
    chat=[("C", "hej min pakke er ikke kommet"), ("A", "Det er jeg ked af. Hvad er din mail?"), ("C", "<<em>>"), ("A", "Tak. Er adressen <<ad>>?"), ("C", "ja. mit nr er <<ph>>")],
    mkt=["Sommerudsalg: op til 40 % på hele Hygge-kollektionen, også i vores butik i <<loc>>.", "Nyhed: Havtorn & Honning bodylotion."],
    loyal="Medlem <<p>> mangler point fra købet i <<loc>>. Ring tilbage på <<ph>>.",
    dm="hej det er <<p>> :) send præmien til <<ad>>"),
"nb": dict(name="Navn", first="Fornavn", last="Etternavn", email="E-post", phone="Telefon", addr="Adresse", city="Sted", note="Merknad", order="Ordre", company="Firma",
    hi=["Hei", "Hei hei", "God dag"], regards=["Med vennlig hilsen,", "Mvh,", "Takk,"], wrote="skrev",
    deliv=["Lever hos naboen <<p>> hvis ingen er hjemme. Ring <<ph>>.", "Levering til <<ad>>, inngang fra bakgården."],
    review=["Kjempehyggelig betjening i butikken i <<loc>>, takk <<s>>!", "Pakken var forsinket, men <<s>> i kundeservice ordnet det."],
    survey=["Bra. Kontakt: <<em>> eller <<ph>>.", "Ønsker hentested i <<loc>>."],
    mail=["takk for svaret. Ny adresse:\n<<ad>>\nMobil: <<ph>>", "fakturaen skal til <<p>>, e-post <<em>>."],
    chat=[("C", "hei pakken min har ikke kommet"), ("A", "Beklager! Hvilken e-post bestilte du med?"), ("C", "<<em>>"), ("A", "Takk. Er adressen <<ad>>?"), ("C", "ja. nr <<ph>>")],
    mkt=["17. mai-salg! 30 % på alle bunadsskjorter, også i butikken i <<loc>>.", "Nyhet: Multekrem-kolleksjonen er her."],
    loyal="Kunde <<p>> mangler bonus fra kjøp i <<loc>>. Ring opp <<ph>>.",
    dm="hei det er <<p>>! send premien til <<ad>> 😊"),
"fi": dict(name="Nimi", first="Etunimi", last="Sukunimi", email="Sähköposti", phone="Puhelin", addr="Osoite", city="Kaupunki", note="Huom", order="Tilaus", company="Yritys",
    hi=["Hei", "Moi", "Hyvä"], regards=["Ystävällisin terveisin,", "Terveisin,", "Kiitos,"], wrote="kirjoitti",
    deliv=["Jos ei olla kotona, jätä naapurille (<<p>>). Soita <<ph>>.", "Toimitus osoitteeseen <<ad>>, ovikoodi 2580."],
    review=["Tosi hyvää palvelua myymälässä, kiitos <<s>>! Paras liike koko <<loc>>.", "Paketti myöhästyi mutta <<s>> asiakaspalvelusta hoiti asian."],
    survey=["Kaikki ok. Yhteystiedot: <<em>>, <<ph>>.", "Toivoisin noutopistettä <<loc>>."],
    mail=["kiitos vastauksesta. Uusi osoitteeni on <<ad>>. Puhelin <<ph>>.", "lasku nimellä <<p>>, sähköposti <<em>>."],
    chat=[("C", "moi paketti ei oo tullu"), ("A", "Pahoittelut! Mikä on tilauksen sähköposti?"), ("C", "<<em>>"), ("A", "Kiitos. Onko osoite <<ad>>?"), ("C", "joo. numero <<ph>>")],
    mkt=["Kesäale: jopa -40 % koko Sisu-mallistosta, myös myymälässämme <<loc>>.", "Uutuus: Mustikka & Kaura -välipalapatukka."],
    loyal="Kanta-asiakas <<p>> kaipaa bonuksia ostoksista. Soita <<ph>>.",
    dm="moi oon <<p>>, voitin arvonnan! osoite <<ad>>"),
"tr": dict(name="Ad Soyad", first="Ad", last="Soyad", email="E-posta", phone="Telefon", addr="Adres", city="Şehir", note="Not", order="Sipariş", company="Şirket",
    hi=["Merhaba", "Sayın", "İyi günler"], regards=["Saygılarımla,", "İyi çalışmalar,", "Teşekkürler,"], wrote="yazdı",
    deliv=["Zil çalışmıyor, lütfen <<ph>> arayın. Kapıcı <<p>> beye bırakabilirsiniz.", "Teslimat adresi: <<ad>>. Hafta içi 9-17 arası."],
    review=["<<loc>> mağazasında <<s>> hanım çok ilgiliydi, teşekkürler!", "Kargo gecikti ama müşteri hizmetlerinden <<s>> hemen çözdü."],
    survey=["Memnunum. İletişim: <<em>> / <<ph>>.", "<<loc>> şubesi açılsa çok iyi olur."],
    mail=["dönüşünüz için teşekkürler. Yeni adresim: <<ad>>. Cep: <<ph>>.", "fatura <<p>> adına kesilsin, e-posta <<em>>."],
    chat=[("C", "merhaba siparisim gelmedi"), ("A", "Üzgünüz! Sipariş e-postanızı alabilir miyim?"), ("C", "<<em>>"), ("A", "Teşekkürler. Adres <<ad>> mi?"), ("C", "evet. tel <<ph>>")],
    mkt=["Yaz indirimi başladı! Tüm Lale koleksiyonunda %40'a varan indirim, <<loc>> mağazamızda da geçerli.", "Yeni: Nar & Kahve serisi ile güne başlayın."],
    loyal="Müşteri <<p>> puanlarının yüklenmediğini bildirdi. Geri arama: <<ph>>.",
    dm="selam ben <<p>> çekilişi kazandım 🎉 adresim <<ad>>"),
"ro": dict(name="Nume", first="Prenume", last="Nume", email="E-mail", phone="Telefon", addr="Adresă", city="Oraș", note="Observații", order="Comandă", company="Firmă",
    hi=["Bună ziua", "Salut", "Stimată doamnă"], regards=["Cu stimă,", "Mulțumesc,", "O zi bună,"], wrote="a scris",
    deliv=["Interfonul nu merge, sunați la <<ph>>. Puteți lăsa la vecina <<p>>.", "Livrare la <<ad>>, după ora 17."],
    review=["Servire excelentă în magazinul din <<loc>>, mulțumim <<s>>!", "Coletul a întârziat, dar <<s>> de la suport a rezolvat rapid."],
    survey=["Totul ok. Contact: <<em>>, <<ph>>.", "Ar fi util un punct de ridicare în <<loc>>."],
    mail=["mulțumesc pentru răspuns. Noua adresă: <<ad>>. Telefon: <<ph>>.", "factura pe numele <<p>>, e-mail <<em>>."],
    chat=[("C", "buna ziua coletul nu a ajuns"), ("A", "Ne pare rău! Care este adresa de e-mail?"), ("C", "<<em>>"), ("A", "Mulțumesc. Adresa este <<ad>>?"), ("C", "da. tel <<ph>>")],
    mkt=["Reduceri de vară: până la 40% la colecția Dor de Mare, și în magazinul nostru din <<loc>>.", "Nou: ceaiul Tei & Miere."],
    loyal="Clienta <<p>> reclamă puncte lipsă. Revenire la <<ph>>.",
    dm="salut sunt <<p>> am câștigat concursul 😀 adresa mea <<ad>>"),
"el": dict(name="Ονοματεπώνυμο", first="Όνομα", last="Επώνυμο", email="Email", phone="Τηλέφωνο", addr="Διεύθυνση", city="Πόλη", note="Σημείωση", order="Παραγγελία", company="Εταιρεία",
    hi=["Καλησπέρα", "Γεια σας", "Αγαπητή"], regards=["Με εκτίμηση,", "Ευχαριστώ,", "Φιλικά,"], wrote="έγραψε",
    deliv=["Το κουδούνι δεν λειτουργεί, καλέστε στο <<ph>>. Αφήστε το στην κυρία <<p>> στον 1ο.", "Παράδοση στη διεύθυνση <<ad>>, μετά τις 5."],
    review=["Εξαιρετική εξυπηρέτηση στο κατάστημα στην <<loc>>, ευχαριστούμε <<s>>!", "Το δέμα άργησε αλλά ο <<s>> από την εξυπηρέτηση το έλυσε αμέσως."],
    survey=["Όλα καλά. Επικοινωνία: <<em>> / <<ph>>.", "Kalo tha itan ena katastima sti <<loc>>."],
    mail=["ευχαριστώ για την απάντηση. Νέα διεύθυνση: <<ad>>. Κινητό: <<ph>>.", "to timologio sto onoma <<p>>, email <<em>>."],
    chat=[("C", "kalispera i paraggelia mou den irthe"), ("A", "Λυπούμαστε! Ποιο είναι το email σας;"), ("C", "<<em>>"), ("A", "Ευχαριστώ. Η διεύθυνση είναι <<ad>>;"), ("C", "nai. tilefono <<ph>>")],
    mkt=["Καλοκαιρινές εκπτώσεις έως 40% στη σειρά Ελιά & Θυμάρι, και στο κατάστημα της <<loc>>.", "Νέο: σαπούνι Μαστίχα Χίου, χειροποίητο."],
    loyal="Η πελάτισσα <<p>> ζητά αλλαγή τηλεφώνου σε <<ph>>.",
    dm="geia sas eimai i <<p>>, kerdisa ton diagonismo! dieuthynsi: <<ad>>"),
"hu": dict(name="Név", first="Keresztnév", last="Vezetéknév", email="E-mail", phone="Telefon", addr="Cím", city="Város", note="Megjegyzés", order="Rendelés", company="Cég",
    hi=["Kedves", "Szia", "Jó napot"], regards=["Üdvözlettel,", "Köszönöm,", "Szép napot,"], wrote="írta",
    deliv=["A csengő nem működik, hívja: <<ph>>. Szomszédnál (<<p>>) is hagyható.", "Szállítás: <<ad>>, kapukód 15."],
    review=["Nagyon kedves kiszolgálás az üzletben, köszönjük <<s>>! (üzlet: <<loc>>)", "Késett a csomag, de <<s>> az ügyfélszolgálaton gyorsan intézte."],
    survey=["Minden rendben. Elérhetőség: <<em>>, <<ph>>.", "Jó lenne egy átvevőpont itt is: <<loc>>."],
    mail=["köszönöm a választ. Az új címem: <<ad>>. Telefon: <<ph>>.", "a számlát <<p>> névre kérem, e-mail <<em>>."],
    chat=[("C", "jo napot nem jott meg a csomag"), ("A", "Sajnálom! Mi az e-mail címe?"), ("C", "<<em>>"), ("A", "Köszönöm. A cím <<ad>>?"), ("C", "igen. tel <<ph>>")],
    mkt=["Nyári kiárusítás: akár 40% kedvezmény a Pipacs kollekcióra, az üzleteinkben is.", "Újdonság: Levendula & Méz kézkrém."],
    loyal="<<p>> törzsvásárló hiányzó pontokat jelzett. Visszahívás: <<ph>>.",
    dm="szia, <<p>> vagyok, nyertem a nyereményjátékon! címem: <<ad>>"),
}

# ----------------------------------------------------------------------------- helpers for kinds
def ctry(lang): return ch(LANG_COUNTRIES[lang])
def loc(lang): return LO(ch(PLACES[lang]))
def staff(c): return ch(NAMES[ch(POP[c])][0])
WORDNAMES = ["Hope", "Rose", "Will", "Mark", "Bill", "Summer", "Sky", "Jack", "Faith", "Amber", "Grace", "Hunter", "Brooke", "Chase", "Dakota"]
WORDSURN = ["Young", "Price", "Stone", "Fox", "Bird", "Rivers", "Banks", "Cook", "Baker", "Hill", "Wood", "Lamb", "Moss"]
def wordy_person():
    p = Person("GB", "GB"); p.first = ch(WORDNAMES); p.last = ch(WORDSURN); return p

def lex_vals(lang, c=None):
    c = c or ctry(lang)
    p = Person(c)
    a, city = address(c)
    return dict(p=P(p.full()), ph=PH(phone(c)), em=EM(p.email()), ad=AD(a), loc=loc(lang), s=P(staff(c))), p, c

# ----------------------------------------------------------------------------- multilingual prose kinds (LEX-driven)
def k_email_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    agent = Person(c)
    greet = ch(L["hi"])
    fill(doc, "<<g>> <<n>>,\n\n", g=greet, n=P(ch([agent.first, agent.full()])) if R.random() < .8 else "")
    fill(doc, ch(L["mail"]), **v)
    doc.t("\n\n" + ch(L["regards"]) + "\n"); doc.e("PERSON", p.full()); doc.t("\n")
    if R.random() < .5: fill(doc, "<<x>>\n", x=PH(phone(c)))
    if R.random() < .6:
        fill(doc, "\n%s, <<a>> <<<ae>>> %s:\n> %s\n> \n> %s\n" % (ch(["12.03.2024 10:14", "Mon, 4 Mar 2024", "2024-05-17 09:02", "17/05/2024 16:40"]), L["wrote"], greet + ",", ch(["Ticket #%s" % d(6), "Ref. %s" % d(7), "#%s" % d(7)])),
             a=P(agent.full()), ae=EM(agent.email(ch(COMPANY_DOM))))
    return doc

def k_chat_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    ag = staff(c); hh, mm = R.randint(8, 20), R.randint(0, 50); cl = ch(["Visitor", "Customer", "Guest", "Client"])
    for who, line in L["chat"]:
        mm += R.randint(0, 3)
        if who == "A": fill(doc, "[%02d:%02d] <<a>>: " % (hh, mm), a=P(ag))
        else: doc.t("[%02d:%02d] %s: " % (hh, mm, cl))
        fill(doc, line + "\n", **v)
    return doc

def k_review_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    doc.t(ch(["★★★★★ ", "5/5 – ", "⭐⭐⭐⭐ ", ""]))
    fill(doc, ch(L["review"]), **v)
    if R.random() < .5: fill(doc, "\n— <<r>>", r=P(ch([p.first, p.first + " " + p.last[0] + "."])))
    return doc

def k_survey_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    doc.t("Q%d: " % R.randint(3, 12)); doc.t(ch(["NPS comment", "Kommentar", "Free text", "Comentario", "Feedback"]) + "\nA: ")
    fill(doc, ch(L["survey"]), **v)
    return doc

def k_delivery_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    doc.t("%s #%s | " % (L["order"], d(8)))
    fill(doc, ch(L["deliv"]), **v)
    return doc

def k_loyalty_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    doc.t("%s %02d/%02d – " % (ch(["CRM", "Loyalty", "Note"]), R.randint(1, 28), R.randint(1, 12)))
    fill(doc, L["loyal"], **v)
    return doc

def k_dm_l(lang):
    L = LEX[lang]; doc = Doc(); v, p, c = lex_vals(lang)
    doc.t("@%s%s:\n" % (fold(p.first)[:6], ch(["_", ".", ""]) + ch(["official", d(2), "xo", "life"])))
    fill(doc, L["dm"], **v)
    return doc

def k_mkt_l(lang):
    L = LEX[lang]; doc = Doc()
    fill(doc, ch(L["mkt"]), loc=loc(lang))
    return doc

# ----------------------------------------------------------------------------- structural / multilingual kinds
def rec(lang, c=None):
    c = c or ctry(lang); p = Person(c)
    if R.random() < .12 and lang == "en": p = wordy_person()
    a, city = address(c, ml=False)
    return dict(c=c, p=p, email=p.email(), phone=phone(c), addr=a, city=city, order=ch(["SO-", "#", "ORD", ""]) + d(6))

def csv_cell(doc, typ, val, sep):
    if any(x in val for x in (sep, "\n", '"')):
        doc.t('"'); doc.e(typ, val.replace('"', '""')); doc.t('"')
    else: doc.e(typ, val)

def k_crm_csv(lang, sep=","):
    L = LEX[lang]; doc = Doc(); c0 = ctry(lang)
    cols = ["id", L["first"], L["last"], L["email"], L["phone"], L["addr"], L["note"]]
    if R.random() < .4: cols = ["contact_id", "full_name", "email", "mobile", "street_address", "city", "segment"]
    doc.t(sep.join(cols) + "\n")
    for i in range(R.randint(2, 5)):
        r = rec(lang, c0 if R.random() < .8 else None); p = r["p"]
        doc.t(str(R.randint(10000, 99999)) + sep)
        if cols[1] == "full_name":
            csv_cell(doc, "PERSON", p.full() if R.random() < .7 else p.full().upper(), sep); doc.t(sep)
        else:
            csv_cell(doc, "PERSON", p.first, sep); doc.t(sep); csv_cell(doc, "PERSON", p.last, sep); doc.t(sep)
        if R.random() < .9: csv_cell(doc, "EMAIL_ADDRESS", r["email"], sep)
        doc.t(sep)
        if R.random() < .85: csv_cell(doc, "PHONE_NUMBER", r["phone"], sep)
        doc.t(sep)
        if cols[1] == "full_name":
            csv_cell(doc, "STREET_ADDRESS", r["addr"], sep)
            doc.t(sep); csv_cell(doc, "LOCATION", r["city"], sep); doc.t(sep); doc.t(ch(["VIP", "lapsed", "newsletter", "B2C", ""]))
        else:
            csv_cell(doc, "STREET_ADDRESS", r["addr"], sep); doc.t(sep)
            if R.random() < .3: fill(doc, ch(["moved from <<l>>", "<<l>> pop-up", "via <<l>> store"]), l=loc(lang))
            else: doc.t(ch(["", "do not call", "opt-in 2023", "gift buyer", "x"]))
        doc.t("\n")
    return doc

def k_sheet_tsv(lang):
    return k_crm_csv(lang, "\t")

def k_json(lang):
    doc = Doc(); r = rec(lang); p = r["p"]; I = "  "
    doc.t('{\n%s"event": "%s",\n%s"submitted_at": "2024-0%d-1%dT0%d:%02d:11Z",\n%s"fields": {\n' % (I, ch(["form_submit", "order.created", "lead.new", "newsletter.signup"]), I, R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 59), I))
    def kv(k, typ, v, last=False):
        doc.t('%s%s"%s": "' % (I, I, k)); doc.e(typ, v.replace("\n", "\\n") if typ != "STREET_ADDRESS" else v.replace("\n", ", ")); doc.t('"' + ("" if last else ",") + "\n")
    kv("first_name", "PERSON", p.first); kv("last_name", "PERSON", p.last); kv("email", "EMAIL_ADDRESS", r["email"])
    kv("phone", "PHONE_NUMBER", r["phone"]); kv("shipping_address", "STREET_ADDRESS", r["addr"])
    doc.t('%s%s"utm_source": "%s",\n' % (I, I, ch(["instagram", "newsletter", "google", "tiktok"])))
    if R.random() < .5: kv("ip", "IP_ADDRESS", ip())
    doc.t('%s%s"consent": true\n%s},\n%s"referrer_code": "%s%s"\n}' % (I, I, I, I, up(4), d(3)))
    return doc

def k_yaml(lang):
    doc = Doc(); c = ctry(lang)
    doc.t("# %s export\ncontacts:\n" % ch(["influencer", "press", "vip", "pilot-customers"]))
    for _ in range(R.randint(1, 3)):
        r = rec(lang, c); p = r["p"]
        fill(doc, "  - name: <<n>>\n    handle: \"@%s%s\"\n    email: <<e>>\n    phone: \"<<ph>>\"\n" % (fold(p.first)[:5], ch(["_", ".", ""]) + ch(["makes", "eats", "style", "travels", "fit"])),
             n=P(p.full()), e=EM(r["email"]), ph=PH(r["phone"]))
        if R.random() < .6:
            a = address(c, ml=True)[0]
            doc.t("    address: |\n"); lines = a.split("\n"); ind = "      "
            doc.t(ind)
            # multi-line block scalar: one span across lines (with indentation inside)
            doc.e("STREET_ADDRESS", ("\n" + ind).join(lines)); doc.t("\n")
        else:
            fill(doc, "    base: <<l>>\n", l=loc(lang))
    return doc

def k_xml(lang):
    doc = Doc(); r = rec(lang); p = r["p"]
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<order id="%s">\n  <customer>\n' % d(7))
    fill(doc, "    <title>%s</title>\n    <givenName><<f>></givenName>\n    <familyName><<l>></familyName>\n    <email><<e>></email>\n    <tel type=\"mobile\"><<ph>></tel>\n  </customer>\n" % ch(["Mr", "Ms", "Dr", "Mx"]),
         f=P(p.first), l=P(p.last), e=EM(r["email"]), ph=PH(r["phone"]))
    fill(doc, "  <shipTo><<a>></shipTo>\n", a=AD(r["addr"]))
    if R.random() < .5: fill(doc, "  <giftMessage>Happy birthday <<g>>! love, <<h>></giftMessage>\n", g=P(Person(r["c"]).first), h=P(p.first))
    doc.t("  <items><item sku=\"%s-%s\" qty=\"1\"/></items>\n</order>" % (up(3), d(4)))
    return doc

def k_md_table(lang):
    L = LEX[lang]; doc = Doc(); c = ctry(lang)
    doc.t("| # | %s | %s | %s | %s |\n|---|---|---|---|---|\n" % (L["name"], L["email"], L["phone"], L["city"]))
    for i in range(R.randint(2, 5)):
        r = rec(lang, c); p = r["p"]
        doc.t("| %d | " % (i + 1)); doc.e("PERSON", ch([p.full(), p.initial(), p.sortable()])); doc.t(" | ")
        if R.random() < .8: doc.e("EMAIL_ADDRESS", r["email"])
        else: doc.t("–")
        doc.t(" | "); doc.e("PHONE_NUMBER", r["phone"]); doc.t(" | "); doc.e("LOCATION", r["city"]); doc.t(" |\n")
    return doc

def k_event_reg(lang):
    L = LEX[lang]; doc = Doc(); r = rec(lang); p = r["p"]
    doc.t("%s — %s\n" % (ch(["Webinar: Q3 Retail Trends", "Launch Party RSVP", "Masterclass", "Store Opening", "Workshop"]), ch(["Registration", "Anmeldung", "Inscription", "Registro", "Rejestracja"])))
    fill(doc, "%s: <<n>>\n%s: <<e>>\n%s: <<ph>>\n%s: %s\n" % (L["name"], L["email"], L["phone"], L["company"], ch(["Bright Kettle Ltd", "Lumenhaus GmbH", "—", "freelance", "Casa Vela S.L."])),
         n=P(ch([p.full(), p.full().upper(), p.full().lower()])), e=EM(r["email"]), ph=PH(r["phone"]))
    if R.random() < .5: fill(doc, "+1: <<g>>\n", g=P(Person(r["c"]).full()))
    if R.random() < .5: fill(doc, "%s: <<a>>\n" % L["addr"], a=AD(r["addr"]))
    doc.t("Dietary: %s" % ch(["vegan", "none", "no nuts", "halal", "-"]))
    return doc

INV_WORDS = {"de": ("RECHNUNG", "Rechnungsadresse:"), "fr": ("FACTURE", "Facturé à :"), "es": ("FACTURA", "Cliente:"), "it": ("FATTURA", "Intestatario:"),
    "nl": ("FACTUUR", "Factuuradres:"), "pt": ("FATURA", "Cliente:"), "pl": ("FAKTURA VAT", "Nabywca:"), "cs": ("FAKTURA", "Odběratel:"), "sv": ("FAKTURA", "Faktureras till:"),
    "da": ("FAKTURA", "Faktureres til:"), "nb": ("FAKTURA", "Fakturamottaker:"), "fi": ("LASKU", "Laskutusosoite:"), "tr": ("FATURA", "Alıcı:"), "ro": ("FACTURĂ", "Cumpărător:"),
    "el": ("ΤΙΜΟΛΟΓΙΟ", "Πελάτης:"), "hu": ("SZÁMLA", "Vevő:")}
def k_invoice(lang):
    L = LEX[lang]; doc = Doc(); c = ctry(lang); p = Person(c); a = address(c, ml=True)[0]
    sc = ctry(lang); sa = address(sc, ml=False)[0]
    title, billto = INV_WORDS.get(lang, ("INVOICE", "Bill to:"))
    doc.t(title + " %s-%s\n\n" % (R.randint(2023, 2025), d(5)))
    doc.t(ch(["Northwind Retail", "Lumenhaus GmbH", "Atelier Sorel SAS", "Casa Vela S.L.", "Verde Mela srl"]) + "\n"); doc.e("STREET_ADDRESS", sa); doc.t("\nVAT %s%s\n\n" % (up(2), d(9)))
    doc.t(billto + "\n"); doc.e("PERSON", p.full()); doc.t("\n"); doc.e("STREET_ADDRESS", a); doc.t("\n\n")
    doc.t("1 x %s    %d,%02d\n" % (ch(["Linen dress 'Summer'", "Rose Gold watch strap", "Gift card", "Espresso beans 1kg"]), R.randint(9, 300), R.randint(0, 99)))
    doc.t("\nIBAN: "); doc.e("IBAN_CODE", iban(sc)); doc.t("\nBIC: %s%s%s\n" % (up(4), up(2), up(2)))
    if R.random() < .4: doc.t("Questions: "); doc.e("EMAIL_ADDRESS", "billing@" + ch(COMPANY_DOM)); doc.t("\n")
    return doc

def k_rma(lang):
    L = LEX[lang]; doc = Doc(); r = rec(lang); p = r["p"]
    doc.t("RMA %s%s\n" % (up(2), d(6)))
    fill(doc, "%s: <<o>>\n%s: <<n>>\n%s: <<e>>\n%s: <<ph>>\n" % (L["order"], L["name"], L["email"], L["phone"]), o=r["order"], n=P(p.full()), e=EM(r["email"]), ph=PH(r["phone"]))
    fill(doc, "Pickup: <<a>>\n", a=AD(r["addr"]))
    doc.t("Reason: %s\n" % ch(["wrong size", "damaged in transit", "not as described", "changed mind", "defekt", "taille trop petite"]))
    if R.random() < .5: doc.t("Refund to: "); doc.e("IBAN_CODE", iban(r["c"])); doc.t("\n")
    else: doc.t("Refund to original card ending %s\n" % d(4))
    return doc

def ocrify(s):
    out = []
    for ch_ in s:
        r = R.random()
        if ch_ == "O" and r < .08: out.append("0")
        elif ch_ == "I" and r < .08: out.append("1")
        else: out.append(ch_)
    return "".join(out)

def k_ocr(lang):
    L = LEX[lang]; doc = Doc(); r = rec(lang); p = r["p"]
    doc.t(ch(["CUSTOMER CARD APPLICATION", "WARRANTY REGISTRATION", "KUNDENKARTE ANTRAG", "BON DE COMMANDE", "FORMULARZ ZGŁOSZENIOWY"]) + "\n")
    doc.t("%s:  " % L["name"].upper()); doc.e("PERSON", p.full().upper()); doc.t("\n")
    doc.t("%s ___ " % L["addr"].upper()); a = address(r["c"], ml=True)[0]
    doc.e("STREET_ADDRESS", a.upper() if R.random() < .6 else a); doc.t("\n")
    doc.t("%s: " % ocrify(L["phone"].upper())); doc.e("PHONE_NUMBER", r["phone"]); doc.t("   ")
    doc.t("%s:" % L["email"].upper()); doc.e("EMAIL_ADDRESS", r["email"]); doc.t("\n")
    doc.t(ocrify("SIGNATURE: ") + "________  DATE: %02d/%02d/20%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(19, 24)))
    return doc

def k_vcard(lang):
    doc = Doc(); r = rec(lang); p = r["p"]
    doc.t("BEGIN:VCARD\nVERSION:3.0\nN:"); doc.e("PERSON", p.last); doc.t(";"); doc.e("PERSON", p.first); doc.t(";;;\nFN:"); doc.e("PERSON", p.full())
    doc.t("\nORG:%s\nTEL;TYPE=CELL:" % ch(["Bright Kettle", "Lumenhaus", "freelance", "Solvik AB"])); doc.e("PHONE_NUMBER", r["phone"])
    doc.t("\nEMAIL;TYPE=INTERNET:"); doc.e("EMAIL_ADDRESS", r["email"])
    doc.t("\nADR;TYPE=HOME:;;"); doc.e("STREET_ADDRESS", r["addr"]); doc.t("\nEND:VCARD")
    return doc

# ----------------------------------------------------------------------------- English-specific kinds
def en_rec(c=None, wordy=.15):
    c = c or (ch(LANG_COUNTRIES["en"]) if R.random() < .85 else ch(["JP", "KR", "NL", "PL", "DE", "FR", "ES", "IT", "BR", "MX", "TR"]))
    p = wordy_person() if R.random() < wordy else Person(c)
    return c, p

def k_email_thread(lang="en"):
    doc = Doc(); c, p = en_rec(); ag = Person(ch(["GB", "US", "IE"])); dom = ch(COMPANY_DOM)
    a, _ = address(c, ml=R.random() < .6)
    fill(doc, "<<g>>,\n\n", g=[ch(["Hi ", "Hello ", "Dear ", "Hey "]), P(ag.first)] if R.random() < .85 else "Hi team")
    fill(doc, ch(["Following up on my return – the courier never turned up. Can you rebook the collection from\n<<a>>\nI'm in all day Thursday, best number is <<ph>>.",
                  "My parcel went to my old place. Please send it to <<a>> instead. If the driver needs me: <<ph>>.",
                  "Quick one: my sister <<sis>> ordered on my account by mistake, could you cancel it? Her number is <<ph>> if you need to check.",
                  "I'm still waiting on a refund for order %s. I've attached the photos. You can reach me on <<ph>> after 5pm." % d(7)]),
         a=AD(a), ph=PH(phone(c)), sis=P(Person(c).full()))
    fill(doc, "\n\n%s\n<<n>>\n" % ch(["Thanks,", "Cheers", "Best regards,", "Many thanks"]), n=P(ch([p.full(), p.first])))
    if R.random() < .4: doc.t("Sent from my iPhone\n")
    fill(doc, "\nOn %s, <<an>> <<<ae>>> wrote:\n> Hi <<pf>>,\n> Thanks for getting in touch. Could you confirm the delivery address and a contact number?\n> \n> Kind regards,\n> <<an2>>\n> Customer Care | %s\n> T: <<tel>>\n" % (ch(["Tue, 9 Apr 2024 at 14:02", "12 Mar 2024, at 09:17", "Friday, May 3, 2024 11:45 AM"]), ch(["Bright Kettle", "Northwind Retail", "Pinewood Outdoors"])),
         an=P(ag.full()), ae=EM(ag.email(dom)), pf=P(p.first), an2=P(ag.first), tel=PH(phone(ch(["GB", "US", "IE"]), intl=True)))
    return doc

def k_signature(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "AU", "IE", "ZA", "NG", "IN"]); p = Person(c)
    a, _ = address(c, ml=True); dom = ch(COMPANY_DOM)
    doc.t("--\n"); doc.e("PERSON", p.full()); doc.t(ch([" (she/her)", " (he/him)", "", ""]) + "\n%s | %s\n" % (ch(["Senior Brand Manager", "Head of CX", "Partnerships Lead", "Community Manager"]), ch(["Bright Kettle", "Aurora Skincare", "Pinewood Outdoors"])))
    doc.t(ch(["M: ", "Mob. ", "m ", "Tel: "])); doc.e("PHONE_NUMBER", phone(c)); doc.t(ch([" | ", "\n"]) + ch(["D: ", "Direct: ", "T "])); doc.e("PHONE_NUMBER", phone(c, intl=True)); doc.t(ch(["", " ext. %d" % R.randint(10, 999), " x%d" % R.randint(100, 999)]))
    doc.t("\n"); doc.e("EMAIL_ADDRESS", p.email(dom)); doc.t("\n"); doc.e("STREET_ADDRESS", a)
    doc.t("\n\nThis e-mail and any attachments are confidential. If you received it in error please notify the sender.")
    return doc

def k_social_comments(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "AU", "NG", "IN", "ZA"])
    people = [Person(c) for _ in range(4)]
    doc.t("%s comments\n\n" % R.randint(12, 340))
    for i, q in enumerate(people[:R.randint(2, 4)]):
        doc.t("@%s%s · %dh\n" % (fold(q.first), ch(["_", "", "."]) + ch(["x", d(2), "official", "writes"]), R.randint(1, 23)))
        line = ch(["omg <<f>> you NEED this 😭", "tagging <<f>> and <<g>> for the giveaway!!", "is the <<l>> store open sunday?", "my order took 3 weeks to <<l>>, not impressed",
                   "Rose Gold or Silver? help", "shoutout to <<s>> at the till, absolute legend", "@%s look it's back in stock" % fold(people[-1].first), "Will this come in XL?"])
        fill(doc, line + "\n", f=P(people[(i + 1) % 4].first.lower() if R.random() < .3 else people[(i + 1) % 4].first), g=P(people[(i + 2) % 4].first), l=loc("en"), s=P(staff(c)))
        doc.t(ch(["♥ %d  Reply\n" % R.randint(0, 90), "Reply\n"]))
    return doc

def k_livechat(lang="en"):
    doc = Doc(); c, p = en_rec(); ag = staff(ch(["GB", "US", "IN", "ZA"]))
    a, _ = address(c, ml=False)
    fill(doc, "Chat started %s\nVisitor: <<v>>\n" % ch(["14:02", "09:31 GMT", "11:58 AM"]), v=P(p.full()) if R.random() < .6 else "Guest %s" % d(4))
    lines = [("A", "Hi, you're chatting with <<ag>>. How can I help?"), ("C", "hi my order hasnt arrived, its been 10 days"), ("A", "Sorry about that! Can I take the email on the order?"),
             ("C", "<<em>>"), ("A", "Thanks <<pf>>. And the postcode or delivery address?"), ("C", "<<ad>>"),
             ("A", "I can see it's stuck at the depot in <<loc>>. I'll reship it today."), ("C", ch(["great thanks", "ok cheers", "brilliant ty", "fine. call me on <<ph>> if theres an issue"]))]
    for who, l in lines:
        if who == "A": fill(doc, "<<ag2>>: ", ag2=P(ag))
        else: doc.t("You: " if R.random() < .3 else "Visitor: ")
        fill(doc, l + "\n", ag=P(ag), em=EM(p.email()), pf=P(p.first), ad=AD(a), loc=loc("en"), ph=PH(phone(c)))
    return doc

def k_callcentre(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "IE", "AU", "IN"]); p = Person(c); a, _ = address(c, ml=False)
    a = a.lower().replace(",", "")
    ag = staff(c)
    fill(doc, "agent thank you for calling %s my name is <<ag>> can i take your full name please\ncaller yeah its <<n>>\nagent thanks and the first line of your address\ncaller <<ad>>\nagent lovely and a contact number\ncaller <<ph>>\nagent and is <<em>> still the best email\ncaller yeah thats me\nagent ok i can see the parcel went to our <<loc>> hub ill chase that now" % ch(["pinewood outdoors", "bright kettle", "aurora"]),
         ag=P(ag.lower()), n=P(p.full().lower()), ad=AD(a), ph=PH(phone(c, intl=False)), em=EM(p.email().replace("@", " at ").replace(".", " dot ") if R.random() < .3 else p.email()), loc=LO(ch(PLACES["en"]).lower()))
    return doc

def k_voicemail(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "IE", "AU", "ZA"]) if lang == "en" else LANG_COUNTRIES[lang][0]; p = Person(c)
    num = phone(c, intl=R.random() < .3)
    if lang == "en":
        fill(doc, "Voicemail (transcribed, confidence 0.%d):\n\"Hi, this is <<n>>, um, calling about the order I placed last week, the %s. Could someone ring me back on <<w>>, that's <<w2>>. I'm around till six. Ta, bye.\"" % (R.randint(60, 97), ch(["garden bench", "Rose Gold watch", "summer hamper", "hiking boots"])),
             n=P(ch([p.full(), p.first])), w=PH(read_out(num)), w2=PH(num))
    else:
        intro = {"de": "Mailbox-Transkript:\n\"Hallo, hier ist <<n>>, es geht um meine Reklamation. Bitte rufen Sie mich zurück unter <<w>>. Danke, tschüss.\"",
                 "fr": "Transcription messagerie :\n\"Bonjour, c'est <<n>>, je vous appelle pour ma commande. Rappelez-moi au <<w>>. Merci, au revoir.\"",
                 "es": "Transcripción del buzón:\n\"Hola, soy <<n>>, llamo por el pedido. Llamadme al <<w>>, gracias.\"",
                 "nl": "Voicemail transcriptie:\n\"Hoi, met <<n>>, ik bel over mijn retour. Wil je me terugbellen op <<w>>? Dank je, doei.\""}[lang]
        fill(doc, intro, n=P(p.full()), w=PH(read_out(num, lang)))
    return doc

def k_slack(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "IE", "AU"]); a1, a2 = Person(c), Person(c); cust = Person(ch(["GB", "US", "DE", "FR", "NL"]))
    t = R.randint(9, 17)
    fill(doc, "<<a>>  %d:%02d\n" % (t, R.randint(0, 59)), a=P(a1.full()))
    fill(doc, ch(["@%s can you sort the refund for <<cu>>? she's emailed 3 times (<<ce>>) 🙃" % fold(a2.first),
                  "heads up — the <<l>> pop-up is moving to Saturday. <<b>> is covering the till",
                  "anyone know who owns the account for <<cu>>? number on file is <<cp>> but it bounces",
                  "fyi I've put <<cu>>'s new address in Zendesk: <<ca>>",
                  "can someone with Shopify access check order #%s? customer is <<cu>>" % d(5)]) + "\n",
         cu=P(cust.full()), ce=EM(cust.email()), l=loc("en"), b=P(a2.first), cp=PH(phone(cust.country)), ca=AD(address(cust.country, ml=False)[0]))
    fill(doc, "<<b>>  %d:%02d\n%s" % (t + 1, R.randint(0, 59), ch(["on it 👍", "done!", "will do after standup", "ask <<c>>, she set it up"])), b=P(a2.first), c=P(Person(c).first))
    return doc

def k_meeting_notes(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "AU", "IN", "ZA", "NG"]); ps = [Person(c) for _ in range(4)]
    doc.t("Weekly CX sync – notes\nAttendees: ")
    sep = ch([", ", " / ", "; "])
    for i, q in enumerate(ps):
        if i: doc.t(sep)
        doc.e("PERSON", ch([q.first, q.full(), q.initial()]))
    doc.t(ch([" (notes)", "", " + guests"]) + "\n\n")
    fill(doc, "1. Complaints up 12% in <<l1>> after carrier switch. <<o>> to follow up with DPD.\n2. VIP customer <<v>> (<<vp>>) wants a call re: wedding order – <<o2>> owns.\n3. Pop-up in <<l2>> confirmed for June; Will to check budget? (<<o>> says yes)\n4. AOB: Grace period for the loyalty migration extended to 30 days.\n",
         l1=loc("en"), o=P(ps[0].first), v=P(Person(c).full()), vp=PH(phone(c)), o2=P(ps[1].first), l2=loc("en"))
    return doc

def k_b2b_lead(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "DE", "NL", "IN", "AU", "NG"]); p = Person(c); a, _ = address(c, ml=False)
    fill(doc, "Lead: %s\nContact: <<n>> (%s)\nMet at: %s, <<l>>\nEmail: <<e>> | DD: <<ph>>\nHQ: <<a>>\nNext step: send deck + pricing, intro to <<o>> from our team. Budget ~%dk.\n" % (
        ch(["Harper & Stone Interiors", "Kettle Brothers Coffee", "Marigold Hotels", "Fox & Finch Deli"]), ch(["Head of Procurement", "Marketing Director", "COO", "Category Buyer"]), ch(["Retail Expo", "Dmexco", "NRF"]), R.randint(10, 300)),
        n=P(ch([p.full(), p.initial()])), l=loc("en"), e=EM(p.email(ch(COMPANY_DOM))), ph=PH(phone(c, intl=True)), a=AD(a), o=P(Person("GB").first))
    return doc

def k_influencer(lang="en"):
    doc = Doc(); doc.t("Creator | Handle | Followers | Contact | Based\n")
    for _ in range(R.randint(3, 5)):
        c = ch(["GB", "US", "AU", "NG", "IN", "ZA", "IE"]); p = Person(c)
        doc.e("PERSON", p.full() if R.random() < .7 else p.first); doc.t(" | @%s%s | %dk | " % (fold(p.first), ch(["eats", "_travels", ".makes", "glow", d(2)]), R.randint(5, 900)))
        if R.random() < .3: doc.t("mgmt: "); doc.e("EMAIL_ADDRESS", "talent@" + ch(["northstar-mgmt.com", "bloomtalent.co.uk"])); doc.t(" (ask for "); doc.e("PERSON", Person(c).first); doc.t(")")
        else: doc.e("EMAIL_ADDRESS", p.email())
        doc.t(" | "); doc.e("LOCATION", ch(PLACES["en"])); doc.t("\n")
    return doc

def k_payment_fail(lang="en"):
    doc = Doc(); c, p = en_rec()
    fill(doc, "Payment declined (code 05) for order %s.\nCardholder: <<n>>\nCard: <<cc>> exp %02d/%d\nBilling: <<a>>\nCustomer called from <<ph>> and asked us to retry with a different card – new one is <<cc2>>. Told them to use the link instead, don't take card numbers over chat!!" % (d(7), R.randint(1, 12), R.randint(25, 29)),
         n=P(p.full().upper() if R.random() < .5 else p.full()), cc=CC(card()), a=AD(address(c, ml=False)[0]), ph=PH(phone(c)), cc2=CC(card()))
    return doc

def k_fraud(lang="en"):
    doc = Doc(); c, p = en_rec(); c2 = ch(["NG", "US", "GB", "IN"])
    fill(doc, "FRAUD REVIEW #%s\nAccount holder: <<n>> <<<e>>>\nSSN on file: <<ssn>>\nLogin IPs (24h): <<ip1>>, <<ip2>>\nShipping changed to: <<a>> (previously <<loc>>)\nCard used: <<cc>>\nDecision: %s – %s" % (d(6), ch(["HOLD", "DECLINE", "ALLOW"]), ch(["mismatch between billing and IP geo", "velocity rule 3 tripped", "customer verified by phone"])),
         n=P(p.full()), e=EM(p.email()), ssn=SS(ssn()), ip1=IP(ipv4()), ip2=IP(ipv6()), a=AD(address(c2, ml=False)[0]), loc=loc("en"), cc=CC(card()))
    return doc

def k_access_log(lang="en"):
    doc = Doc()
    for _ in range(R.randint(3, 6)):
        doc.e("IP_ADDRESS", ip()); doc.t(' - - [1%d/May/2024:%02d:%02d:%02d +0000] "%s" %d %d "-" "Mozilla/5.0"\n' % (R.randint(0, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
            ch(["GET /account/orders HTTP/1.1", "POST /checkout/payment HTTP/2.0", "GET /newsletter/confirm?token=%s HTTP/1.1" % up(12), "GET /stores/berlin HTTP/1.1"]), ch([200, 200, 302, 404, 403]), R.randint(200, 9000)))
    if R.random() < .5:
        p = Person("US"); doc.t("WARN login_failed user="); doc.e("EMAIL_ADDRESS", p.email()); doc.t(" src="); doc.e("IP_ADDRESS", ipv4()); doc.t("\n")
    return doc

def k_whatsapp(lang="en"):
    doc = Doc(); c = ch(["NG", "IN", "ZA", "GB"]); p = Person(c); sh = Person(c)
    dt = "%02d/%02d/2024" % (R.randint(1, 28), R.randint(1, 12)); hh, mm = R.randint(9, 14), R.randint(0, 20)
    rows = [("P", "Good afternoon, is the ankara print dress still available in size 12?"), ("S", "Yes ma, it is. Delivery to where?"),
            ("P", "<<a>>"), ("S", "Ok. Delivery is 3,500. Send name and number for the rider"), ("P", "<<n>>, <<ph>>"), ("S", "Noted 🙏 rider <<r>> will call you")]
    for who, l in rows:
        mm += R.randint(1, 7); doc.t("[%s, %d:%02d] " % (dt, hh, mm))
        if who == "P": doc.e("PHONE_NUMBER", phone(c, intl=True)) if R.random() < .3 else doc.e("PERSON", p.first)
        else: doc.t(ch(["Ada's Closet", "Glow Hub", "Shop"]))
        doc.t(": "); fill(doc, l + "\n", a=AD(address(c, ml=False)[0]), n=P(p.full()), ph=PH(phone(c)), r=P(sh.first))
    return doc

def k_gdpr(lang="en"):
    doc = Doc(); c, p = en_rec(); a, _ = address(c, ml=True)
    fill(doc, "Subject: Data subject access request\n\nTo whom it may concern,\n\nUnder Article 15 GDPR I request a copy of all personal data you hold about me. For identification:\n\nFull name: <<n>>\nPrevious name: <<pn>>\nEmail(s): <<e1>>, <<e2>>\nAddress:\n<<a>>\n\nPlease do not contact me by phone.\n\n<<s>>",
         n=P(p.full()), pn=P(p.first + " " + Person(c).last), e1=EM(p.email()), e2=EM(p.email()), a=AD(a), s=P(p.initial()))
    return doc

def k_ticket(lang="en"):
    doc = Doc(); c, p = en_rec()
    fill(doc, "ESCALATION – P2\nCustomer: <<n>> | Tier: Gold | Phone: <<ph>>\nSummary: 3rd failed delivery to <<a>>. Driver notes say \"no such address\" but Google finds it fine. Customer threatened chargeback + TrustPilot review.\nHandled by: <<h1>> → <<h2>>\nInternal: pls DON'T offer more than 20%, approved by <<m>>",
         n=P(p.full()), ph=PH(phone(c)), a=AD(address(c, ml=False)[0]), h1=P(staff(c)), h2=P(staff(c)), m=P(Person(c).initial()))
    return doc

def k_press_list(lang="en"):
    doc = Doc(); doc.t("PRESS LIST – autumn launch\n")
    for _ in range(R.randint(3, 5)):
        c = ch(["GB", "US", "IE", "AU", "IN"]); p = Person(c)
        doc.t("- "); doc.e("PERSON", p.full()); doc.t(", %s, %s — " % (ch(["Beauty Editor", "Freelance", "Food Writer", "Deputy Editor"]), ch(["Glow Weekly", "The Pantry", "Stylist Daily", "Metro Living"])))
        doc.e("EMAIL_ADDRESS", p.email(ch(["glowweekly.com", "thepantry.co.uk", "metroliving.ie", "stylistdaily.com"]))); doc.t(" / "); doc.e("PHONE_NUMBER", phone(c)); doc.t("\n")
    return doc

def k_address_change(lang="en"):
    doc = Doc(); c, p = en_rec(); old, _ = address(c, ml=False); new, _ = address(c, ml=True)
    fill(doc, "Account: <<e>>\nOLD ADDRESS: <<o>>\nNEW ADDRESS:\n<<n>>\nEffective: next order. Keep <<s>> as secondary contact (<<sp>>).",
         e=EM(p.email()), o=AD(old), n=AD(new), s=P(Person(c).full()), sp=PH(phone(c)))
    return doc

def k_sms_reply(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "AU", "IE"]); p = Person(c)
    doc.t("Inbound SMS from "); doc.e("PHONE_NUMBER", phone(c, intl=True)); doc.t(":\n")
    fill(doc, ch(["STOP", "stop texting me. this is <<n>>'s phone not <<m>>'s", "yes pls book me in for sat 10am - <<f>>", "wrong number mate", "can u deliver to my work instead? <<a>>"]),
         n=P(p.first), m=P(Person(c).first), f=P(p.first.lower()), a=AD(address(c, ml=False)[0]))
    return doc

def k_review_en(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "AU", "IE", "IN", "ZA", "NG"])
    s1, s2 = staff(c), staff(c)
    doc.t(ch(["★★★★★", "★★☆☆☆", "5 stars", "1/5"]) + "  ")
    fill(doc, ch(["Popped into the <<l>> branch, <<s1>> was brilliant – sorted my exchange in 5 mins. Ask for her!",
                  "Terrible. Waited 40 mins and <<s1>> just kept saying 'not my department'. <<s2>> eventually helped.",
                  "Big thanks to <<s1>> and <<s2>> at <<l>> for the birthday surprise 🎂",
                  "Product is great, delivery not so much. Parcel left in the rain. <<sky>> was lovely on the phone though.",
                  "<<s1>>'s recommendations were spot on. Will be back!"]),
         l=loc("en"), s1=P(s1), s2=P(s2), sky=P(ch(["Sky", "Hope", "Will", "Summer"])))
    doc.t("\n– " + ch(["Verified buyer", "Local Guide", "posted 2 weeks ago"]))
    return doc

def k_survey_en(lang="en"):
    doc = Doc(); c, p = en_rec()
    doc.t("Q: Anything else you'd like to tell us?\nA: ")
    fill(doc, ch(["love the new range but pls open a store in <<l>>!!", "The courier (think his name was <<s>>) left it with next door, fine but a text would be nice. Contact me at <<e>> if you want more detail",
                  "no", "N/A", "your app logged me out 3 times. <<e>>", "I moved to <<a>> and the app still shows my old address.", "Great service from <<mk>> in <<l>>, and <<hp>> on the phone line."]),
         l=loc("en"), s=P(staff(c)), e=EM(p.email()), a=AD(address(c, ml=False)[0]), mk=P(ch(["Mark", "Bill", "Jack"])), hp=P(ch(["Hope", "Faith", "Amber", "Rose"])))
    return doc

def k_delivery_en(lang="en"):
    doc = Doc(); c, p = en_rec()
    fill(doc, ch(["DRIVER NOTE: side gate, leave behind green bin. If no answer call <<ph>> (<<f>>). DO NOT leave with no.14",
                  "Deliver to <<a>> - reception closes 5pm, ask for <<n>>",
                  "Safe place: porch. Dog is friendly. Alt contact <<n>> <<ph>>",
                  "c/o <<n>>, <<a>>. Ring buzzer 3B twice."]), ph=PH(phone(c)), f=P(p.first), a=AD(address(c, ml=False)[0]), n=P(p.full()))
    return doc

def k_loyalty_en(lang="en"):
    doc = Doc(); c, p = en_rec()
    fill(doc, ch(["Member <<n>> (card ending %s) says points from <<l>> store never credited. Called from <<ph>>. Added 250 goodwill pts." % d(4),
                  "<<n>> upgraded to Platinum. Prefers contact via <<e>>, birthday hamper to <<a>>.",
                  "Duplicate accounts merged: <<e>> + <<e2>> -> keep first. Name on both: <<n>>."]),
         n=P(p.full()), l=loc("en"), ph=PH(phone(c)), e=EM(p.email()), e2=EM(p.email()), a=AD(address(c, ml=False)[0]))
    return doc

def k_dm_en(lang="en"):
    doc = Doc(); c, p = en_rec()
    doc.t("DM from @%s%s\n" % (fold(p.first), ch(["x", "_", "official", d(3)])))
    fill(doc, ch(["hiii i won the giveaway!! 🥳 my details: <<n>>, <<a>>, <<ph>>", "hey, it's <<f>> from the ad shoot, can u send the invoice to <<e>>", "yo where's my order?? it says delivered to <<a>> but nothing here"]),
         n=P(p.full()), a=AD(address(c, ml=False)[0]), ph=PH(phone(c)), f=P(p.first), e=EM(p.email()))
    return doc

def k_ics(lang="en"):
    doc = Doc(); c = ch(["GB", "US", "DE", "FR", "NL"]); o, a1 = Person(c), Person(c)
    doc.t("BEGIN:VEVENT\nSUMMARY:Store walk-through %s\nORGANIZER;CN=" % ch(["Q3", "autumn", "pre-launch"])); doc.e("PERSON", o.full()); doc.t(":mailto:"); doc.e("EMAIL_ADDRESS", o.email(ch(COMPANY_DOM)))
    doc.t("\nATTENDEE;CN="); doc.e("PERSON", a1.full()); doc.t(":mailto:"); doc.e("EMAIL_ADDRESS", a1.email(ch(COMPANY_DOM)))
    doc.t("\nLOCATION:"); doc.e("STREET_ADDRESS", address(c, ml=False)[0].replace(",", "\\,")); doc.t("\nDTSTART:20240612T090000Z\nEND:VEVENT")
    return doc

MKT_EN = ["Summer Sale is ON: up to 50% off Rose Gold jewellery, this weekend only. Free UK delivery over £40.",
    "Grace period ends Friday! Renew your membership now and keep every reward you've earned.",
    "Will it blend? Our new PowerMix 900 says yes. Available in Sky Blue, Amber and Forest.",
    "Meet the Harper & Stone autumn range: cosy knits, honest prices, made to last.",
    "Jack's back! The cult Jack & Bird cold brew returns to shelves in <<l>> and online from Monday.",
    "Our <<l>> flagship reopens 1 March with a new café, a refill station and late opening on Thursdays.",
    "Faith, Hope & Charity candles — three scents, one cause. 10% of every sale goes to local food banks.",
    "Black Friday early access for Insiders starts at 8pm. Set your reminders!",
    "Introducing Young Skin Serum: vitamin C, niacinamide, zero fuss. Dermatologist tested.",
    "Ships from <<l>> in 2–3 working days. Returns are free for 30 days, no questions asked.",
    "Win a weekend for two in <<l>>! T&Cs apply, UK & IE residents 18+ only.",
    "Price drop alert: the Marshall Stone speaker is now £129 (was £179).",
    "Mark your calendars: the Bloom Festival pop-up lands in <<l>> this May.",
    "A/B test result: subject line 'Your basket misses you' beat 'Still thinking?' by 14% open rate (n=48,210). Recommend rolling out to all segments.",
    "Campaign brief: target 25-34 urban renters, tone warm and witty, hero product Summer Linen Set, channels IG + TikTok, budget £45k, launch wk 22.",
    "Tagline options:\n1. Fresh as a Daisy\n2. Ruby Tuesday, every day\n3. Sunny side up\nFeedback by EOD pls.",
    "Q2 NPS: 47 (+5). Top drivers: delivery speed, packaging. Detractors mention sizing in the Victoria Dress line.",
    "Holiday hours: our <<l>> and <<l2>> stores close at 4pm on 24 Dec and reopen 27 Dec."]
def k_mkt_en(lang="en"):
    doc = Doc(); fill(doc, ch(MKT_EN), l=loc("en"), l2=loc("en")); return doc

# ----------------------------------------------------------------------------- schedule & output
EN_PLAN = dict(email_thread=(k_email_thread, 10), email_signature=(k_signature, 7), comment_thread=(k_social_comments, 8), livechat=(k_livechat, 9),
    callcentre_transcript=(k_callcentre, 7), voicemail_transcript=(k_voicemail, 7), slack_message=(k_slack, 8), meeting_notes=(k_meeting_notes, 7),
    b2b_lead_note=(k_b2b_lead, 7), influencer_list=(k_influencer, 6), payment_failure_note=(k_payment_fail, 6), fraud_review=(k_fraud, 6),
    access_log=(k_access_log, 5), whatsapp_export=(k_whatsapp, 6), gdpr_request=(k_gdpr, 5), ticket_escalation=(k_ticket, 6), press_list=(k_press_list, 5),
    address_change=(k_address_change, 6), sms_reply=(k_sms_reply, 6), review=(k_review_en, 9), survey_answer=(k_survey_en, 8), delivery_note=(k_delivery_en, 8),
    loyalty_note=(k_loyalty_en, 6), social_dm=(k_dm_en, 6), calendar_invite=(k_ics, 5), crm_csv=(k_crm_csv, 6), spreadsheet_tsv=(k_sheet_tsv, 5),
    json_payload=(k_json, 6), yaml_payload=(k_yaml, 5), xml_payload=(k_xml, 5), markdown_table=(k_md_table, 5), event_registration=(k_event_reg, 6),
    invoice=(k_invoice, 5), rma_form=(k_rma, 5), ocr_form=(k_ocr, 5), vcard=(k_vcard, 4))
LEX_KINDS = [("email_thread", k_email_l), ("livechat", k_chat_l), ("review", k_review_l), ("survey_answer", k_survey_l), ("delivery_note", k_delivery_l),
             ("loyalty_note", k_loyalty_l), ("social_dm", k_dm_l)]
STRUCT_KINDS = [("crm_csv", k_crm_csv), ("spreadsheet_tsv", k_sheet_tsv), ("json_payload", k_json), ("yaml_payload", k_yaml), ("xml_payload", k_xml),
                ("markdown_table", k_md_table), ("event_registration", k_event_reg), ("invoice", k_invoice), ("rma_form", k_rma), ("ocr_form", k_ocr), ("vcard", k_vcard)]

def build_jobs():
    jobs = []
    n_en = sum(v[1] for v in EN_PLAN.values())
    mk = 250 - n_en
    assert mk >= 15, mk
    for kind, (fn, n) in EN_PLAN.items():
        jobs += [(kind, "en", fn)] * n
    jobs += [("marketing_copy", "en", k_mkt_en)] * mk
    others = [l for l in LEX if l != "en"]
    for i, lang in enumerate(others):
        n = 16 if i < 10 else 15
        js = [(k, lang, f) for k, f in LEX_KINDS] + [("marketing_copy", lang, k_mkt_l)] * 2
        if lang in ("de", "fr", "es", "nl"): js.append(("voicemail_transcript", lang, k_voicemail))
        st = STRUCT_KINDS[:]; R.shuffle(st)
        js += [(k, lang, f) for k, f in st[: n - len(js)]]
        jobs += js[:n]
    R.shuffle(jobs)
    return jobs

def check(text, spans):
    last = 0
    for sp in sorted(spans, key=lambda x: x["start"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), sp
        frag = text[s:e]
        assert frag == frag.strip(), (frag, sp)
        assert s >= last, ("overlap", sp, text)
        last = e

def main():
    jobs = build_jobs()
    assert len(jobs) == 500, len(jobs)
    out = []; tc = collections.Counter(); kc = collections.Counter(); lc = collections.Counter(); nopii = 0
    for i, (kind, lang, fn) in enumerate(jobs):
        doc = fn(lang)
        text = doc.text(); spans = sorted(doc.spans, key=lambda x: x["start"])
        check(text, spans)
        out.append({"id": "hard11-%d" % i, "kind": kind, "lang": lang, "text": text, "spans": spans})
        kc[kind] += 1; lc[lang] += 1
        for sp in spans: tc[sp["type"]] += 1
        if not spans: nopii += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("samples:", len(out), " without any span:", nopii)
    print("per type:"); [print("  %-15s %d" % kv) for kv in sorted(tc.items())]
    print("per kind (%d kinds):" % len(kc)); [print("  %-22s %d" % kv) for kv in sorted(kc.items())]
    print("per language (%d):" % len(lc)); [print("  %-4s %d" % kv) for kv in sorted(lc.items())]

if __name__ == "__main__":
    main()
