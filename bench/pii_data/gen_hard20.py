#!/usr/bin/env python3
"""Deterministic generator for the blind 'hard20' PII evaluation set."""
import json, random, sys, os
from collections import Counter

SEED = 2022
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard20.jsonl")

class B:
    def __init__(self):
        self.s = []; self.n = 0; self.spans = []
    def t(self, x):
        self.s.append(x); self.n += len(x); return self
    def p(self, typ, x):
        assert x, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(x)})
        self.s.append(x); self.n += len(x); return self
    def text(self):
        return "".join(self.s)

def ch(x): return R.choice(x)
def dg(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def nz(n): return str(R.randint(1, 9)) + dg(n - 1)

# ---------------- names ----------------
NAMES = {
 "en": (["Oliver","Harriet","Callum","Megan","Declan","Priya","Tom","Isla","Gareth","Nadia"],["Whitfield","Ashworth","Pennington","Okoro","Fairbanks","Doyle","Hargreaves","Moss","Lambert","Baker"]),
 "us": (["Tyler","Brianna","Marcus","Kayla","Dustin","Shanice","Cody","Jenna","Trevor","Alexis"],["Kowalczyk","Delgado","Hutchins","Brennan","Washington","Nguyen","Ramirez","Fisher","Coleman","Price"]),
 "ng": (["Chinedu","Ngozi","Oluwaseun","Adaeze","Emeka","Funmilayo","Babatunde","Chiamaka","Ifeoma","Tunde"],["Okafor","Adeyemi","Eze","Nwosu","Balogun","Ogunleye","Obi","Okonkwo","Abubakar","Adebayo"]),
 "in": (["Aarav","Priyanka","Siddharth","Lakshmi","Vikram","Ananya","Rohan","Deepika","Karthik","Meera"],["Venkataraman","Sharma","Iyer","Chatterjee","Reddy","Deshpande","Nair","Banerjee","Gupta","Pillai"]),
 "cn": (["Wei","Xiaoling","Jianhua","Mei","Zhiwei","Yufei","Haoran","Lihua","Jun","Ying"],["Zhang","Wang","Liu","Chen","Huang","Zhao","Xu","Sun","Guo","Lin"]),
 "kr": (["Min-jun","Seo-yeon","Ji-hoon","Hye-jin","Dong-hyun","Su-bin","Jae-won","Eun-ji"],["Kim","Park","Lee","Choi","Jung","Kang","Yoon","Han"]),
 "ar": (["Omar","Fatima","Yousef","Layla","Khalid","Noor","Hamza","Rania","Tariq","Salma"],["Al-Khouri","Haddad","El-Amin","Mansour","Al-Rashid","Nasser","Abdallah","Saleh","Farouk","Bakr"]),
 "vn": (["Thi Lan","Van Minh","Thu Trang","Duc Anh","Ngoc Mai","Quang Huy","Hoai An"],["Nguyen","Tran","Le","Pham","Hoang","Vu","Dang"]),
 "et": (["Abebe","Tigist","Selamawit","Dawit","Hirut","Yonas","Meseret","Bekele"],["Tesfaye","Gebremedhin","Alemu","Haile","Mengistu","Wolde","Kebede","Tadesse"]),
 "mi": (["Aroha","Tane","Mere","Wiremu","Ngaio","Hemi","Kahurangi","Rawiri"],["Te Rangi","Parata","Ngata","Tipene","Walker","Horomona","Te Whata"]),
 "se": (["Áile","Niillas","Máret","Ánde","Sunná","Jovnna","Elle"],["Somby","Gaup","Eira","Utsi","Sara","Labba","Valkeapää"]),
 "ie": (["Siobhán","Pádraig","Aoife","Caoimhe","Ruairí","Niamh","Oisín","Saoirse"],["Ó Súilleabháin","Mac Giolla","O'Donoghue","Ní Bhriain","McGillicuddy","Ó Ceallaigh","Fitzgerald"]),
 "de": (["Jürgen","Annegret","Lukas","Friederike","Matthias","Sabine","Henrik","Ilse"],["Müller","von Thadden","Schäfer","Weißenborn","Krüger","Hoffmann","Brandt","zu Solms"]),
 "fr": (["Amélie","Jean-Baptiste","Margaux","Étienne","Solène","Thibault","Océane","Rémi"],["Lefèvre","de la Croix","Rousseau","Chevalier","Moreau","Fontaine","Dubois","Garnier"]),
 "es": (["Alejandro","Lucía","Íñigo","Carmen","Javier","Nuria","Santiago","Pilar"],["García Márquez","Fernández","de la Fuente","Ruiz","Ortega","Navarro","Iglesias","Domínguez"]),
 "it": (["Giuseppe","Chiara","Lorenzo","Francesca","Matteo","Giulia","Alessandro","Serena"],["Esposito","De Luca","Bianchi","Russo","Colombo","Ferrari","Di Stefano","Marino"]),
 "pt": (["João","Inês","Gonçalo","Beatriz","Tiago","Mariana","Rui","Leonor"],["Gonçalves","da Silva","Carvalho","Sousa","Pereira","dos Santos","Ferreira","Rodrigues"]),
 "nl": (["Daan","Sanne","Joost","Femke","Pieter","Lieke","Bram","Marloes"],["van der Berg","de Vries","Jansen","Bakker","van Dijk","Visser","Smit","de Jong"]),
 "pl": (["Krzysztof","Agnieszka","Paweł","Małgorzata","Tomasz","Katarzyna","Grzegorz","Zofia"],["Wiśniewski","Kowalska","Wójcik","Lewandowski","Zieliński","Szymańska","Dąbrowski","Kamińska"]),
 "sv": (["Lars","Ingrid","Björn","Astrid","Oskar","Sigrid","Erik","Maja"],["Lindqvist","Andersson","Johansson","Bergström","Nyström","Karlsson","Sjöberg","Holm"]),
 "da": (["Søren","Mette","Rasmus","Signe","Mads","Freja","Jesper","Ida"],["Kjærgaard","Nielsen","Jørgensen","Møller","Poulsen","Rasmussen","Østergaard","Lund"]),
 "no": (["Håkon","Ingeborg","Eirik","Solveig","Torbjørn","Ragnhild","Sindre","Tuva"],["Haugen","Bakken","Solberg","Strand","Lie","Dahl","Aasen","Fjeld"]),
 "fi": (["Juha","Aino","Mikko","Tuulikki","Ville","Kaisa","Antti","Päivi"],["Virtanen","Mäkinen","Korhonen","Nieminen","Heikkinen","Järvinen","Lehtonen","Koskinen"]),
 "cs": (["Jiří","Petra","Tomáš","Lenka","Ondřej","Kateřina","Vojtěch","Jana"],["Novák","Dvořáková","Svoboda","Černý","Procházková","Kučera","Veselá","Horák"]),
 "hu": (["László","Zsófia","Gábor","Erzsébet","Bence","Katalin","Zoltán","Réka"],["Nagy","Kovács","Tóth","Szabó","Horváth","Varga","Kiss","Molnár"]),
 "ro": (["Andrei","Ioana","Mihai","Elena","Răzvan","Cristina","Bogdan","Alina"],["Popescu","Ionescu","Dumitrescu","Stan","Constantinescu","Munteanu","Georgescu","Marinescu"]),
 "tr": (["Mehmet","Ayşe","Emre","Zeynep","Burak","Elif","Oğuz","Şeyma"],["Yılmaz","Kaya","Demir","Çelik","Şahin","Öztürk","Aydın","Arslan"]),
 "id": (["Budi","Siti","Agus","Dewi","Rizky","Putri","Wahyu","Ayu"],["Santoso","Wijaya","Hidayat","Kusuma","Saputra","Nugroho","Pratama","Halim"]),
 "ja": (["Haruto","Yui","Sota","Aoi","Ren","Hina","Takumi","Sakura"],["Sato","Suzuki","Takahashi","Tanaka","Watanabe","Ito","Yamamoto","Nakamura"]),
 "ru": (["Dmitri","Olga","Sergei","Tatiana","Aleksandr","Natalia"],["Ivanov","Petrova","Sokolov","Kuznetsova","Popov","Volkova"]),
}
PATRONYMIC = [("Sergei","Ivanovich","Petrov"),("Anna","Nikolaevna","Smirnova"),("Jón","Gunnarsson",None),("Guðrún","Jónsdóttir",None),("Mohammed","bin Rashid","Al-Mansoori")]
MONONYMS = ["Sukarno", "Tuti", "Suharti", "Pelé", "Yanto", "Bono"]
NICK = ["Bazza", "Shaz", "Gazza", "Tash", "Robbo", "Lulu", "Jimbo", "Kiki", "Dazza", "Mo"]
ALL_CUL = list(NAMES)

def nm(cul=None):
    cul = cul or ch(ALL_CUL)
    g, f = NAMES[cul]
    return ch(g), ch(f), cul

def full(cul=None, form=None):
    g, f, c = nm(cul)
    form = form or ch(["gf","gf","gf","fg_caps","f_comma","init","g","f","lower","caps","slash"])
    if c in ("cn","kr","ja","hu","vn") and form == "gf" and R.random() < 0.5:
        return f + " " + g
    if form == "gf": return g + " " + f
    if form == "fg_caps": return f.upper() + " " + g
    if form == "f_comma": return f + ", " + g
    if form == "init": return g[0] + ". " + f
    if form == "g": return g
    if form == "f": return f
    if form == "lower": return (g + " " + f).lower()
    if form == "caps": return (g + " " + f).upper()
    if form == "slash": return f.upper() + "/" + g.upper()
    return g + " " + f

def ascii_(s):
    import unicodedata
    s = s.replace("ø","o").replace("Ø","O").replace("æ","ae").replace("ß","ss").replace("ł","l").replace("ı","i").replace("đ","d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def email(g=None, f=None):
    g = g or nm()[0]; f = f or nm()[1]
    g = ascii_(g).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_(f).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = ch(["gmail.com","outlook.com","yahoo.co.uk","web.de","orange.fr","libero.it","seznam.cz","wp.pl","freenet.de","hotmail.com","icloud.com","proton.me","btinternet.com","telia.com","gmx.at","kpnmail.nl","sapo.pt","bigpond.com","brightwave-retail.com","northpeak.co"])
    local = ch([g+"."+f, g[0]+f, f+dg(2), g+"_"+f[:3], g+f[0]+dg(3), f+"."+g])
    return local + "@" + dom

# ---------------- phones ----------------
def ph(country=None, intl=None):
    c = country or ch(list(PHONES))
    if intl is None: intl = R.random() < 0.5
    return PHONES[c](intl)

def _uk(i):
    a = ch(["7700 900" + dg(3), "20 7946 0" + dg(3), "161 496 0" + dg(3), "7911 " + dg(6), "113 496 0" + dg(3)])
    return ("+44 " + a) if i else ("0" + a)
def _us(i):
    a, b, c = nz(3), "555", dg(4)
    f = ch(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}"]).format(ch(["212","415","312","617","503","737",a]), nz(3), c)
    return ("+1 " + f) if i else f
def _de(i):
    a = ch(["30 " + dg(8), "89 " + dg(7), "151 " + dg(8), "40 " + dg(4) + " " + dg(4), "171 " + dg(7)])
    return ("+49 " + a) if i else ("0" + a)
def _fr(i):
    d = [ch(["1","6","7","4","9"])] + [dg(2) for _ in range(4)]
    return ("+33 " + " ".join(d)) if i else ("0" + d[0] + " " + " ".join(d[1:]))
def _es(i):
    a = ch(["6", "9", "7"]) + dg(2) + " " + dg(3) + " " + dg(3)
    return ("+34 " + a) if i else a
def _it(i):
    a = ch(["3" + dg(2) + " " + dg(3) + " " + dg(4), "06 " + dg(8), "02 " + dg(4) + " " + dg(4)])
    return ("+39 " + a) if i else a
def _pt(i):
    a = ch(["9" + dg(2) + " " + dg(3) + " " + dg(3), "21 " + dg(3) + " " + dg(4)])
    return ("+351 " + a) if i else a
def _nl(i):
    a = ch(["6 " + dg(8), "20 " + dg(3) + " " + dg(4), "10 " + dg(7)])
    return ("+31 " + a) if i else ("0" + a.replace(" ", "-", 1))
def _pl(i):
    a = dg(3) + " " + dg(3) + " " + dg(3)
    a = ch(["5","6","7","8"]) + a[1:]
    return ("+48 " + a) if i else a
def _se(i):
    a = ch(["70", "73", "8"]) + "-" + dg(3) + " " + dg(2) + " " + dg(2)
    return ("+46 " + a.replace("-", " ")) if i else ("0" + a)
def _dk(i):
    a = " ".join(dg(2) for _ in range(4))
    return ("+45 " + a) if i else a
def _no(i):
    a = ch(["4", "9"]) + dg(2) + " " + dg(2) + " " + dg(3)
    return ("+47 " + a) if i else a
def _fi(i):
    a = ch(["40", "50", "45"]) + " " + dg(3) + " " + dg(4)
    return ("+358 " + a) if i else ("0" + a)
def _cz(i):
    a = ch(["6", "7"]) + dg(2) + " " + dg(3) + " " + dg(3)
    return ("+420 " + a) if i else a
def _hu(i):
    a = ch(["20", "30", "70"]) + " " + dg(3) + " " + dg(4)
    return ("+36 " + a) if i else ("06 " + a)
def _ro(i):
    a = "7" + dg(2) + " " + dg(3) + " " + dg(3)
    return ("+40 " + a) if i else ("0" + a)
def _tr(i):
    a = "5" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2)
    return ("+90 " + a) if i else ("0" + a if R.random() < .5 else "0(" + a[:3] + ")" + a[3:])
def _id(i):
    a = "8" + dg(2) + "-" + dg(4) + "-" + dg(4)
    return ("+62 " + a) if i else ("0" + a)
def _jp(i):
    a = ch(["90-" + dg(4) + "-" + dg(4), "3-" + dg(4) + "-" + dg(4), "6-" + dg(4) + "-" + dg(4)])
    return ("+81 " + a) if i else ("0" + a)
def _in(i):
    a = ch(["9", "8", "7"]) + dg(4) + " " + dg(5)
    return ("+91 " + a) if i else ("0" + a)
def _ng(i):
    a = ch(["803", "806", "813", "705", "909"]) + " " + dg(3) + " " + dg(4)
    return ("+234 " + a) if i else ("0" + a)
def _au(i):
    a = ch(["4" + dg(2) + " " + dg(3) + " " + dg(3), "2 " + dg(4) + " " + dg(4)])
    return ("+61 " + a) if i else ("0" + a)
def _br(i):
    a = "(" + ch(["11","21","31"]) + ") 9" + dg(4) + "-" + dg(4)
    return ("+55 " + a.replace("(", "").replace(")", "")) if i else a
def _ie(i):
    a = ch(["87", "85", "1"]) + " " + dg(3) + " " + dg(4)
    return ("+353 " + a) if i else ("0" + a)
def _vn(i):
    a = ch(["90", "91", "98"]) + dg(1) + " " + dg(3) + " " + dg(3)
    return ("+84 " + a) if i else ("0" + a)
def _at(i):
    a = ch(["664 ", "1 "]) + dg(7)
    return ("+43 " + a) if i else ("0" + a)
def _ch(i):
    a = ch(["79", "44", "21"]) + " " + dg(3) + " " + dg(2) + " " + dg(2)
    return ("+41 " + a) if i else ("0" + a)
PHONES = {"GB":_uk,"US":_us,"DE":_de,"FR":_fr,"ES":_es,"IT":_it,"PT":_pt,"NL":_nl,"PL":_pl,"SE":_se,"DK":_dk,"NO":_no,"FI":_fi,"CZ":_cz,"HU":_hu,"RO":_ro,"TR":_tr,"ID":_id,"JP":_jp,"IN":_in,"NG":_ng,"AU":_au,"BR":_br,"IE":_ie,"VN":_vn,"AT":_at,"CH":_ch}

DIGW = ["oh","one","two","three","four","five","six","seven","eight","nine"]
def spoken_phone():
    d = "07" + dg(9)
    w = [DIGW[int(x)] if not (x == "0" and R.random() < .3) else "zero" for x in d]
    if R.random() < .5:
        return " ".join(w[:5]) + ", " + " ".join(w[5:8]) + ", " + " ".join(w[8:])
    return " ".join(w)

def ext_phone(c=None):
    return ph(c) + ch([" ext. ", " x", " ext ", " (ext. ", " Durchwahl "]).replace(" (ext. ", " ext. ") + str(R.randint(2, 4999))

# ---------------- addresses ----------------
CITY = {
 "GB": [("London","SE1 7PB"),("Manchester","M4 1HN"),("Leeds","LS6 2QF"),("Bristol","BS1 5TR"),("Glasgow","G12 8QQ")],
 "US": [("Austin","TX","78704"),("Portland","OR","97214"),("Columbus","OH","43215"),("Savannah","GA","31401"),("Boise","ID","83702")],
 "DE": [("Berlin","10245"),("München","80331"),("Hamburg","20095"),("Leipzig","04109"),("Köln","50667")],
 "FR": [("Paris","75011"),("Lyon","69002"),("Marseille","13001"),("Nantes","44000"),("Lille","59000")],
 "ES": [("Madrid","28004"),("Sevilla","41003"),("Valencia","46002"),("Bilbao","48005")],
 "IT": [("Milano","20121","MI"),("Roma","00185","RM"),("Torino","10123","TO"),("Napoli","80134","NA")],
 "PT": [("Lisboa","1200-195"),("Porto","4050-279"),("Braga","4700-308")],
 "NL": [("Amsterdam","1016 GV"),("Utrecht","3511 LX"),("Rotterdam","3011 AD"),("Groningen","9711 JV")],
 "PL": [("Kraków","31-052"),("Warszawa","00-950"),("Gdańsk","80-831"),("Wrocław","50-106")],
 "SE": [("Stockholm","114 35"),("Göteborg","411 03"),("Malmö","211 20")],
 "DK": [("København K","1150"),("Aarhus C","8000"),("Odense C","5000")],
 "NO": [("Oslo","0150"),("Bergen","5003"),("Tromsø","9008")],
 "FI": [("Helsinki","00100"),("Tampere","33100"),("Oulu","90100")],
 "CZ": [("Praha 2","120 00"),("Brno","602 00"),("Olomouc","779 00")],
 "HU": [("Budapest","1052"),("Debrecen","4024"),("Szeged","6720")],
 "RO": [("București","010071"),("Cluj-Napoca","400001"),("Iași","700028")],
 "TR": [("İstanbul","34710"),("Ankara","06680"),("İzmir","35220")],
 "ID": [("Jakarta Selatan","12190"),("Bandung","40115"),("Surabaya","60271")],
 "JP": [("Shibuya-ku, Tokyo","150-0002"),("Kita-ku, Osaka","530-0001"),("Naka-ku, Yokohama","231-0023")],
 "IN": [("Bengaluru","560038"),("Mumbai","400050"),("Chennai","600017")],
 "AU": [("Fitzroy VIC","3065"),("Surry Hills NSW","2010"),("New Farm QLD","4005")],
 "IE": [("Dublin 8","D08 X2A4"),("Cork","T12 R2NC"),("Galway","H91 E2K6")],
 "NG": [("Ikeja, Lagos",""),("Wuse II, Abuja",""),("Bodija, Ibadan","")],
 "VN": [("Quận 1, TP. Hồ Chí Minh",""),("Quận Hoàn Kiếm, Hà Nội","")],
 "CA": [("Toronto ON","M5V 2T6"),("Montréal QC","H2X 1Y4"),("Vancouver BC","V6B 1A1")],
}
STREETS = {
 "GB": ["Ashgrove Road","Kingsland High Street","Mill Lane","Elm Terrace","Church Walk"],
 "US": ["Maple Avenue","W 3rd Street","Oak Ridge Drive","Pine St","Riverside Blvd"],
 "DE": ["Schönhauser Allee","Lindenstraße","Karl-Marx-Str.","Am Markt","Goethestraße"],
 "FR": ["rue Oberkampf","avenue Jean Jaurès","boulevard Voltaire","rue de la République","place des Lices"],
 "ES": ["Calle de Fuencarral","Avenida de la Constitución","Calle Mayor","Paseo de Gracia"],
 "IT": ["Via Garibaldi","Corso Buenos Aires","Via dei Mille","Piazza Navona"],
 "PT": ["Rua Augusta","Avenida da Liberdade","Rua de Santa Catarina","Travessa do Carmo"],
 "NL": ["Prinsengracht","Oudegracht","Witte de Withstraat","Herestraat"],
 "PL": ["ul. Floriańska","ul. Marszałkowska","ul. Długa","al. Jerozolimskie"],
 "SE": ["Götgatan","Drottninggatan","Södra Förstadsgatan","Linnégatan"],
 "DK": ["Nørrebrogade","Vesterbrogade","Strøget","Jægersborggade"],
 "NO": ["Thorvald Meyers gate","Bygdøy allé","Storgata","Kong Oscars gate"],
 "FI": ["Mannerheimintie","Hämeenkatu","Kauppurienkatu","Fredrikinkatu"],
 "CZ": ["Vinohradská","Národní","Masarykova","Korunní"],
 "HU": ["Andrássy út","Király utca","Váci utca","Piac utca"],
 "RO": ["Strada Lipscani","Bulevardul Unirii","Strada Memorandumului","Calea Victoriei"],
 "TR": ["Bağdat Caddesi","İstiklal Caddesi","Atatürk Bulvarı","Moda Caddesi"],
 "ID": ["Jl. Sudirman","Jl. Braga","Jl. Kemang Raya","Jl. Diponegoro"],
 "JP": ["Jingumae","Umeda","Yamashitacho"],
 "IN": ["100 Feet Road, Indiranagar","Linking Road, Bandra West","Anna Salai"],
 "AU": ["Brunswick Street","Crown Street","Merthyr Road"],
 "IE": ["Thomas Street","Oliver Plunkett Street","Shop Street"],
 "NG": ["Allen Avenue","Aminu Kano Crescent","Awolowo Avenue"],
 "VN": ["Đường Lê Lợi","Phố Hàng Bạc","Đường Nguyễn Huệ"],
 "CA": ["King Street West","Rue Saint-Denis","Granville Street"],
}
COUNTRY_NAME = {"GB":"United Kingdom","US":"USA","DE":"Deutschland","FR":"France","ES":"España","IT":"Italia","PT":"Portugal","NL":"Nederland","PL":"Polska","SE":"Sverige","DK":"Danmark","NO":"Norge","FI":"Suomi","CZ":"Česká republika","HU":"Magyarország","RO":"România","TR":"Türkiye","ID":"Indonesia","JP":"Japan","IN":"India","AU":"Australia","IE":"Ireland","NG":"Nigeria","VN":"Việt Nam","CA":"Canada"}
BUILD = ["Riverside House","Kestrel Court","Block C, Harbour View","Edificio Mirador","Palazzo Verde","The Old Tannery"]

def addr(c=None, multi=None, country=None, unit=None):
    """Return address string; multi-line uses '\n'."""
    c = c or ch(list(CITY))
    if multi is None: multi = R.random() < .4
    if country is None: country = R.random() < .35
    if unit is None: unit = R.random() < .3
    city = ch(CITY[c]); st = ch(STREETS[c]); no = str(R.randint(1, 240))
    L = []
    if c == "GB":
        if unit: L.append(ch(["Flat ", "Apartment ", "Unit "]) + str(R.randint(1, 30)) + (", " + ch(BUILD) if R.random() < .4 else ""))
        L.append(no + " " + st); L.append(city[0]); L.append(city[1])
    elif c == "US":
        s = no + str(R.randint(0, 99)) + " " + st
        if unit: s += ch([", Apt ", " Suite ", " #", ", Unit "]) + str(R.randint(1, 40)) + ch(["", "B"])
        if R.random() < .1: s = "PO Box " + dg(4)
        if R.random() < .06: s = "RR 2 Box " + dg(3)
        L.append(s); L.append(city[0] + ", " + city[1] + " " + city[2])
    elif c in ("DE", "NL", "DK", "NO", "SE", "CZ", "FI", "PL", "HU", "TR", "RO", "ES", "IT", "PT"):
        s = st + " " + no + (ch(["a", "b", ""]) if c in ("DE", "NL") else "")
        if unit:
            s += {"DE": ", 3. OG", "NL": "-II", "DK": ", 2. tv.", "NO": ", H0302", "SE": ", lgh 1102", "CZ": "/12", "FI": " B 14", "PL": " m. 7", "HU": " 2. em. 5.", "TR": " D:4", "RO": ", bl. A2, ap. 11", "ES": ", 3º izq.", "IT": ", scala B, int. 6", "PT": ", 2º Esq."}[c]
        L.append(s)
        if c == "IT": L.append(city[1] + " " + city[0] + " (" + city[2] + ")")
        elif c == "HU" and R.random() < .5: L = [city[0], L[0], city[1]]
        elif c == "TR": L.append(city[1] + " " + ch(["Kadıköy/", "Çankaya/", "Konak/"]) + city[0])
        else: L.append(city[1] + " " + city[0])
    elif c == "FR":
        if unit: L.append(ch(["Bât. B, ", "Appt 12, ", "Résidence les Tilleuls, "]) + "esc. " + str(R.randint(1, 4)))
        L.append(no + ch(["", " bis", " ter"]) + " " + st); L.append(city[1] + " " + city[0])
    elif c == "JP":
        L.append(no[:1] + "-" + str(R.randint(1, 30)) + "-" + str(R.randint(1, 20)) + " " + st + (", " + ch(["Sunny Heights 302", "Maison Aoi 5F"]) if unit else ""))
        L.append(city[0] + " " + city[1])
    elif c == "IN":
        L.append(ch(["No. ", "#", "Flat "]) + no + ", " + ch(["2nd Cross, ", "Sai Residency, ", ""]) + st)
        L.append(city[0] + " - " + city[1])
    elif c == "AU":
        L.append((str(R.randint(1, 20)) + "/" if unit else "") + no + " " + st); L.append(city[0] + " " + city[1])
    elif c == "IE":
        L.append((ch(["Apt 4, ", "Unit 2, "]) if unit else "") + no + " " + st); L.append(city[0]); L.append(city[1])
    elif c == "NG":
        L.append(no + " " + st + (", " + ch(["Off Opebi Road", "Flat 3"]) if unit else "")); L.append(city[0])
    elif c == "ID":
        L.append(st + " No. " + no + (ch([", RT 03/RW 05", ", Blok C"]) if unit else "")); L.append(ch(["Kel. Senayan, Kec. Kebayoran Baru, ", "Kel. Braga, ", ""]) + city[0] + " " + city[1])
    elif c == "VN":
        L.append("Số " + no + " " + st); L.append(city[0])
    elif c == "CA":
        L.append((str(R.randint(100, 2400)) + "-" if unit else "") + no + " " + st); L.append(city[0] + " " + city[1])
    if country: L.append(COUNTRY_NAME[c])
    L = [x for x in L if x]
    assert L, c
    return ("\n" if multi else ", ").join(L)

CITIES_ALONE = ["Lyon","Manchester","Rotterdam","Kraków","Porto","Göteborg","Bergen","Tampere","Brno","Debrecen","Cluj","İzmir","Surabaya","Osaka","Pune","Lagos","Hanoi","Auckland","Galway","Texas","Bavaria","Catalonia","Scotland","Andalusia","Hokkaido","Kenya","Brazil","Vienna","Zurich","Toronto","Melbourne","Dubai","Singapore","Addis Ababa","Seoul","Tromsø","Rovaniemi","Sicily","Brittany","Flanders"]

# ---------------- ids ----------------
def luhn_ok(num):
    s = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

def cc():
    pre, ln = ch([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 16)])
    body = pre + dg(ln - len(pre) - 1)
    for x in range(10):
        if luhn_ok(body + str(x)): n = body + str(x); break
    style = ch(["sp", "sp", "none", "dash"])
    if ln == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return {"sp": " ".join(g), "none": n, "dash": "-".join(g)}[style]

IBAN_FMT = {"DE": (18, "n"), "FR": (23, "fr"), "ES": (20, "n"), "IT": (23, "it"), "NL": (14, "nl"), "GB": (18, "gb"), "PL": (24, "n"), "PT": (21, "n"), "BE": (12, "n"), "AT": (16, "n"), "CH": (17, "n"), "SE": (20, "n"), "DK": (14, "n"), "NO": (11, "n"), "FI": (14, "n"), "CZ": (20, "n"), "HU": (24, "n"), "RO": (20, "ro"), "TR": (22, "n"), "IE": (18, "gb")}
def iban(c=None):
    c = c or ch(list(IBAN_FMT))
    ln, k = IBAN_FMT[c]
    if k == "nl": bban = ch(["ABNA", "INGB", "RABO"]) + dg(10)
    elif k == "gb": bban = ch(["NWBK", "BARC", "AIBK", "BOFI"]) + dg(14)
    elif k == "ro": bban = ch(["BTRL", "RNCB"]) + dg(16)
    elif k == "it": bban = ch("ABCXZ") + dg(10) + dg(12)
    elif k == "fr": bban = dg(20) + dg(3)
    else: bban = dg(ln)
    if c == "TR": bban = dg(5) + "0" + dg(16)
    def num(s): return "".join(str(int(ch_, 36)) for ch_ in s)
    chk = 98 - int(num(bban + c + "00")) % 97
    ib = c + "%02d" % chk + bban
    if R.random() < .6: ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def ssn():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return s if R.random() < .8 else s.replace("-", ch([" ", ""]))

def ip():
    if R.random() < .65:
        return ".".join(str(x) for x in [ch([81, 92, 185, 203, 77, 151, 194, 46, 10, 172, 192]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)])
    g = ["2001", "db8" if R.random() < .3 else "%x" % R.randint(0x200, 0xffff)] + ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    if R.random() < .5:
        return ":".join(g[:3]) + "::" + ":".join(g[6:])
    return ":".join(g)

# ---------------- distractors ----------------
def order_no(): return ch(["ORD-", "#", "SO", "RMA-", "INV ", "Order "]) + dg(R.randint(6, 10))
def tracking(): return ch(["1Z" + dg(4) + "A" + dg(10), "JD0" + dg(15), "RR" + dg(9) + "GB", dg(12)])
def price():
    v = str(R.randint(3, 900)) + "." + dg(2)
    return ch(["£" + v, "€" + v, "$" + v, v + " EUR", v + " zł", v.replace(".", ",") + " €"])
def date_(): return ch(["%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026)), "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "%d %s" % (R.randint(1, 28), ch(["March", "June", "October", "Jan", "Dec"]))])
def time_(): return "%02d:%02d" % (R.randint(7, 21), ch([0, 15, 30, 45]))
def sku(): return ch(["SKU ", "EAN ", "Art.-Nr. ", "ref. "]) + ch([dg(13), dg(8), "WL-" + dg(3) + "-" + dg(4)])
def ticket(): return ch(["INC", "CS-", "TKT", "#"]) + dg(7)
def lookalike(): return ch([dg(3) + " " + dg(3) + " " + dg(4), "0" + dg(4) + " " + dg(6), "+" + dg(2) + " pts", dg(2) + "-" + dg(4) + "-" + dg(4)])
BRANDS = ["Calvin Klein", "Ted Baker", "Tommy Hilfiger", "Ralph Lauren", "Hugo Boss", "Marc Jacobs", "Jack Daniel's", "Ben & Jerry's", "Paul Smith", "Louis Vuitton", "Dr. Martens", "Stella McCartney", "Emporio Armani", "Kate Spade", "Victoria Beckham"]
PRODUCTS = ["Lyon Tote", "Berlin Sneaker", "Oslo Parka", "Vienna Roast", "Milano Espresso Set", "Savannah Candle", "Florence Lamp", "Chelsea Boot", "Kyoto Tea Bundle", "Brooklyn Backpack", "Denver Jacket", "Sydney Shorts", "Paris Blush Palette", "Georgia Peach Scrub", "Austin Hoodie", "Victoria Sponge Kit", "Jordan Runner", "Bruno Mug", "Harper Chair", "Morgan Sofa"]
STORES = ["Main Street Outlet", "High Street Deals", "Oxford Street flagship window", "Riverside Mall kiosk", "Bond Street collection", "Market Street Pantry"]
TITLES = ["Head of CX", "Regional Manager", "Brand Ambassador", "Store Lead", "Customer Success Manager", "Team Lead", "Supervisor", "Guest Relations"]
TEAMS = ["Team Phoenix", "Night Owls", "Tier 2", "Escalations", "Retention", "Loyalty Ops", "the Wednesday crew"]

# ================= kinds =================
PE, PH, AD, LO, EM, IP, IB, CC, SS = "PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "LOCATION", "EMAIL_ADDRESS", "IP_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "US_SSN"

def k_callcentre(b):
    g, f, _ = nm()
    b.t("WRAP-UP | " + ticket() + " | agent: ").p(PE, ch(NAMES["en"][0])).t(" (" + ch(TEAMS) + ")\n")
    b.t("Caller: ").p(PE, g + " " + f).t(". Called re " + order_no() + " (" + ch(PRODUCTS) + ", " + price() + "). ")
    b.t("Verified on DOB + postcode. Asked for callback on ").p(PH, ph()).t(" after " + time_() + " not the landline on file. ")
    b.t("Mentioned she's moving to ").p(LO, ch(CITIES_ALONE)).t(" next month. Refund " + price() + " issued, ref " + dg(10) + ".\n")
    b.t("Outcome: resolved FCR. Sentiment 4/5. Follow-up by ").p(PE, ch(NAMES["en"][0])).t(" on " + ch(["Monday", "Friday", "Tuesday"]) + ".")
    return "en"

def k_whatsapp(b):
    names = [nm()[0] for _ in range(3)]
    d = date_()
    for i in range(R.randint(4, 7)):
        who = ch(names)
        b.t("[" + d + ", " + time_() + "] ").p(PE, who).t(": ")
        r = R.random()
        if r < .2: b.t("ok so ").p(PE, ch(names).lower()).t(" has the ").p(LO, ch(CITIES_ALONE)).t(" pop-up sorted?")
        elif r < .35: b.t("new number btw ").p(PH, ph(intl=True)).t(" 👍")
        elif r < .5: b.t("courier says parcel " + tracking() + " is stuck lol")
        elif r < .6: b.t("send it to mine: ").p(AD, addr(ch(["GB", "IE", "AU"]), multi=False)).t(" xx")
        elif r < .7: b.t("anyone got ").p(PE, ch(NAMES[ch(ALL_CUL)][0]) ).t("'s email? nvm found it ").p(EM, email())
        elif r < .8: b.t("the " + ch(PRODUCTS) + " sold out again 😩 " + price())
        else: b.t("call me " + time_() + "? or ring the shop " + lookalike() + " jk that's the order id")
        b.t("\n")
    return "en"

def k_rma(b):
    g, f, _ = nm(ch(["us", "en", "in", "ng", "cn"]))
    c = ch(["US", "GB", "CA", "AU", "IE"])
    b.t("RETURN MERCHANDISE AUTHORISATION\nRMA No.: RMA-" + dg(8) + "\nOrder: " + order_no() + "   Date: " + date_() + "\n")
    b.t("Customer name: ").p(PE, ch([g + " " + f, f.upper() + ", " + g, f + ", " + g])).t("\nShip-from address:\n").p(AD, addr(c, multi=True)).t("\n")
    b.t("Daytime phone: ").p(PH, ph(c if c in PHONES else "US", intl=False)).t("   Alt: ").p(PH, ext_phone()).t("\n")
    b.t("Email: ").p(EM, email(g, f)).t("\nItem: " + ch(PRODUCTS) + " by " + ch(BRANDS) + " " + sku() + "\nReason: wrong size. Tracking for return label: " + tracking() + "\n")
    return "en"

def k_appt(b):
    lang = ch(["en", "de", "fr", "es", "nl"])
    g, f, _ = nm({"en": "en", "de": "de", "fr": "fr", "es": "es", "nl": "nl"}[lang])
    c = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[lang]
    T = {"en": ("Hi ", ", reminder: your colour consultation at our ", " studio is on ", " at ", ". Address: ", ". To move it call ", ". Reply STOP to opt out."),
         "de": ("Hallo ", ", Erinnerung: Ihr Beratungstermin in unserer Filiale ", " ist am ", " um ", " Uhr. Adresse: ", ". Zum Verschieben: ", ". Abmelden mit STOP."),
         "fr": ("Bonjour ", ", rappel : votre rendez-vous dans notre boutique de ", " est le ", " à ", ". Adresse : ", ". Pour décaler, appelez le ", ". STOP au 36180."),
         "es": ("Hola ", ", te recordamos tu cita en nuestra tienda de ", " el ", " a las ", ". Dirección: ", ". Para cambiarla llama al ", ". Baja: STOP."),
         "nl": ("Hoi ", ", herinnering: je afspraak in onze winkel in ", " is op ", " om ", ". Adres: ", ". Verzetten? Bel ", ". Afmelden: STOP.")}[lang]
    b.t(T[0]).p(PE, g).t(T[1]).p(LO, ch(CITY[c])[0]).t(T[2] + date_() + T[3] + time_() + T[4]).p(AD, addr(c, multi=False, country=False)).t(T[5]).p(PH, ph(c)).t(T[6])
    return lang

def k_driver(b):
    c = ch(["GB", "US", "DE", "NL", "IE", "AU"])
    g, f, _ = nm()
    b.t("DRIVER NOTE – drop " + str(R.randint(1, 40)) + "/" + str(R.randint(40, 90)) + " – " + tracking() + "\n")
    b.t(ch(["Leave with neighbour at ", "Parcel left at the flat above ", "Side gate, ", "No answer at "])).p(AD, addr(c, multi=False, country=False, unit=False)).t(". ")
    b.t(ch(["Signed by ", "Rec'd by ", "Neighbour "])).p(PE, ch([g, f.upper(), g + " " + f, g[0] + ". " + f])).t(". Customer rang from ").p(PH, ph(c, intl=False)).t(" — said dog is friendly. Van 7, route " + dg(3) + ", bay " + dg(2) + ".")
    return "en"

def k_rsvp_wedding(b):
    b.t("Guest\tParty\tRSVP\tMeal\tPhone\tNotes\n")
    for i in range(R.randint(4, 6)):
        g, f, _ = nm()
        if R.random() < .3: b.p(PE, g).t(" & ").p(PE, nm()[0]).t(" ").p(PE, f)
        else: b.p(PE, ch([g + " " + f, f + ", " + g, g]))
        b.t("\t" + str(R.randint(1, 4)) + "\t" + ch(["Yes", "No", "Maybe"]) + "\t" + ch(["Fish", "Veg", "Beef Wellington", "Kids"]) + "\t")
        b.p(PH, ph()).t("\t" + ch(["table " + str(R.randint(1, 20)), "plus-one TBC", "staying in " , "allergic to nuts", ""]))
        if b.s[-1].endswith("staying in "): b.p(LO, ch(CITIES_ALONE))
        b.t("\n")
    return "en"

def k_influencer(b):
    b.t("handle,real_name,platform,followers,email,rate,base\n")
    for _ in range(R.randint(4, 6)):
        g, f, c = nm()
        b.t("@" + ascii_(g).lower().replace(" ", "") + ch(["_eats", ".styles", "fit", "travels"]) + ",")
        b.p(PE, ch([g + " " + f, f.upper() + " " + g, g])).t("," + ch(["IG", "TikTok", "YouTube"]) + "," + str(R.randint(5, 900)) + "k,")
        b.p(EM, email(g, f)).t("," + price() + ",").p(LO, ch(CITIES_ALONE)).t("\n")
    return "en"

def k_yaml(b):
    g, f, _ = nm()
    b.t("# store contact config\nstore:\n  name: \"" + ch(STORES) + "\"\n  code: " + ch(["LDN", "MUC", "PAR"]) + dg(3) + "\n  manager: ").p(PE, g + " " + f).t("\n  phone: \"").p(PH, ph()).t("\"\n  fax: \"").p(PH, ph()).t("\"\n  support_email: ").p(EM, email(g, f)).t("\n  ip_allowlist:\n    - ").p(IP, ip()).t("\n    - ").p(IP, ip()).t("\n  opening: \"" + time_() + "-" + time_() + "\"\n  order_prefix: " + dg(6) + "\n")
    return "en"

def k_ini(b):
    g, f, _ = nm()
    b.t("[sender]\nfrom_name = ").p(PE, g + " " + f).t("\nreply_to = ").p(EM, email(g, f)).t("\n\n[smtp]\nhost = ").p(IP, ip()).t("\nport = 587\nretry = 3\n\n[escalation]\noncall = ").p(PH, ph(intl=True)).t("\nticket_prefix = CS-" + dg(4) + "\n")
    return "en"

def k_subtitle(b):
    g, f, _ = nm()
    t = 0
    lines = [lambda: b.t("Welcome back to the ").t(ch(PRODUCTS)).t(" launch."),
             lambda: b.t("I'm ").p(PE, g + " " + f).t(", and joining me from ").p(LO, ch(CITIES_ALONE)).t("..."),
             lambda: b.t("...is ").p(PE, nm()[0]).t("!"),
             lambda: b.t("For orders call ").p(PH, ph()).t("."),
             lambda: b.t("Use code " + ch(["SPRING", "VIP", "JUNE"]) + dg(2) + " at checkout."),
             lambda: b.t("Thanks, ").p(PE, g).t(".")]
    for i, fn in enumerate(lines):
        b.t(str(i + 1) + "\n00:00:%02d,%03d --> 00:00:%02d,%03d\n" % (t, R.randint(0, 999), t + 3, R.randint(0, 999)))
        fn(); b.t("\n\n"); t += 4
    return "en"

def k_bizcard(b):
    g, f, _ = nm(); c = ch(["GB", "DE", "FR", "NL", "US", "SE"])
    def brk(s): return "".join(x + (" " if R.random() < .15 and x != " " else "") for x in s).strip()
    nmv = brk(g + " " + f)
    b.t("[OCR scan card_" + dg(4) + ".jpg]\n").p(PE, nmv.upper() if R.random() < .5 else nmv).t("\n" + brk(ch(TITLES)) + "\n" + ch(["NORTHPEAK", "Brightwave Retail", "Lumen & Co"]) + "\n")
    b.p(AD, addr(c, multi=True, unit=False)).t("\nT ").p(PH, ph(c, True)).t("  M ").p(PH, ph(c, False)).t("\n").p(EM, email(g, f)).t("\nwww.brightwave-retail.com  VAT " + dg(9) + "\n")
    return ch(["en", "en"])

def k_voicemail(b):
    g, f, _ = nm(ch(["en", "ie", "ng", "in"]))
    b.t("Voicemail transcript (auto) " + date_() + " " + time_() + ", 0:" + str(R.randint(20, 59)) + "\n\"Hi, uh, this is ").p(PE, g).t(", ").p(PE, g + " " + f).t(", I ordered the " + ch(PRODUCTS) + " on, um, the " + str(R.randint(2, 28)) + "th, order number " + " ".join(dg(7)) + "... ")
    b.t("could someone call me back on ").p(PH, spoken_phone()).t("? That's my mobile. Or my work, ").p(PH, ph("GB", False)).t(". Thanks, bye.\"")
    return "en"

def k_birthday(b):
    b.t("Birthday Club – " + ch(["March", "April", "May"]) + " sends\n")
    for _ in range(R.randint(5, 8)):
        g, f, _ = nm()
        b.t("- ").p(PE, g).t(" ").p(PE, f) if R.random() < .0 else b.t("- ").p(PE, ch([g + " " + f, g, f + " " + g[0] + "."]) if False else ch([g + " " + f, g, g[0] + ". " + f]))
        b.t(" | " + str(R.randint(1, 28)) + " " + ch(["Mar", "Apr", "May"]) + " | tier " + ch(["Gold", "Silver", "Bronze"]) + " | ").p(EM, email(g, f)).t(" | fav: " + ch(PRODUCTS) + "\n")
    return "en"

def k_folio(b):
    g, f, cul = nm()
    c = ch(["GB", "FR", "IT", "ES", "DE", "PT", "AT"]) if False else ch(["GB", "FR", "IT", "ES", "DE", "PT"])
    b.t("HOTEL " + ch(["LE MARAIS", "VILLA ROSA", "HARBOUR VIEW", "DAS LINDEN"]) + " — GUEST FOLIO\nFolio No. " + dg(6) + "   Room " + dg(3) + "   Arr " + date_() + "  Dep " + date_() + "\n")
    b.t("Guest: ").p(PE, f.upper() + "/" + g.upper() + (" MR" if R.random() < .5 else "")) if False else b.t("Guest: ").p(PE, f.upper() + "/" + g.upper())
    b.t(ch([" MR", " MS", ""]) + "\nAddress: ").p(AD, addr(multi=False, country=True)).t("\nTel: ").p(PH, ph()).t("\nCard: ").p(CC, cc()).t("  exp " + "%02d/%d" % (R.randint(1, 12), R.randint(26, 30)) + "\nRate code BAR" + dg(2) + "  " + price() + "/night\n")
    return "en"

def k_pharmacy(b):
    g, f, _ = nm()
    b.t("Pickup note – " + ch(["Boots", "CVS", "Walgreens", "Apotheke am Markt"]) + " counter " + dg(1) + "\nFor: ").p(PE, ch([f + ", " + g, g + " " + f])).t(". Collected by ").p(PE, nm()[0]).t(" (daughter). Bag " + dg(4) + ", bin " + ch("ABC") + dg(2) + ". Text when ready: ").p(PH, ph()).t(". Ready after " + time_() + ", Rx no. " + dg(8) + ".")
    return "en"

def k_mailmerge(b):
    g, f, _ = nm()
    c = ch(["GB", "US", "IE", "AU", "CA"])
    b.t("PREVIEW record " + str(R.randint(1, 9000)) + " of 12,480\nTo: ").p(PE, g + " " + f).t(" <").p(EM, email(g, f)).t(">\nSubject: ").p(PE, g).t(", your " + ch(["Spring", "Summer"]) + " rewards are here\n\nDear ").p(PE, ch([g, "Mr " , "Ms "]) if False else g).t(",\nYou have " + str(R.randint(100, 9000)) + " points. Your nearest store is ").p(LO, ch(CITIES_ALONE)).t(" " + ch(STORES) + ".\nWe'll post your card to:\n").p(AD, addr(c, multi=True, country=False)).t("\n\nUnsubscribe | Privacy\n")
    return "en"

def k_slack(b):
    names = [nm() for _ in range(3)]
    for i in range(R.randint(4, 6)):
        g, f, _ = ch(names)
        b.p(PE, ch([g + " " + f, g])).t("  " + time_() + "\n")
        r = R.random()
        if r < .25: b.t("can someone check why ").p(IP, ip()).t(" keeps hitting the promo endpoint? ~" + str(R.randint(200, 5000)) + " req/min")
        elif r < .45: b.t("cc @" + ch(["loyalty-ops", "cx-leads", "here"]) + " — customer ").p(PE, full()).t(" escalated again, ticket " + ticket())
        elif r < .6: b.t("her number: ").p(PH, ph()).t(" (not " + lookalike() + ", that's the order)")
        elif r < .75: b.t("the " + ch(PRODUCTS) + " campaign in ").p(LO, ch(CITIES_ALONE)).t(" beat " + ch(BRANDS) + " by " + str(R.randint(2, 40)) + "%")
        else: b.t("👀 on it")
        b.t("\n")
    return "en"

def k_quoted(b):
    g, f, _ = nm(); g2, f2, _ = nm()
    b.t("Thanks, we've rebooked the fitting for " + date_() + ".\n\nBest,\n").p(PE, g2).t("\n" + ch(TITLES) + "\n\nOn " + ch(["Mon", "Tue", "Thu"]) + ", " + date_() + " at " + time_() + ", ").p(PE, g + " " + f).t(" <").p(EM, email(g, f)).t("> wrote:\n> Hi, can you ship to my office instead?\n> ").p(AD, addr(ch(["GB", "US", "DE"]), multi=False)).t("\n> Mobile ").p(PH, ph()).t("\n> Cheers, ").p(PE, g).t("\n")
    return "en"

def k_vcard(b):
    g, f, _ = nm(); c = ch(list(PHONES))
    c2 = c if c in CITY else "GB"
    b.t("---------- Forwarded contact ----------\nBEGIN:VCARD\nVERSION:3.0\nN:").p(PE, f).t(";").p(PE, g).t(";;;\nFN:").p(PE, g + " " + f).t("\nORG:" + ch(["Lumen & Co", "Harper Furniture"]) + "\nTEL;TYPE=CELL:").p(PH, ph(c, True)).t("\nEMAIL:").p(EM, email(g, f)).t("\nADR;TYPE=HOME:;;").p(AD, addr(c2, multi=False).replace(", ", ";")).t("\nNOTE:met at " + ch(PRODUCTS) + " launch\nEND:VCARD\n")
    return "en"

def k_envelope(b):
    g, f, cul = nm(); c = ch(list(CITY))
    b.t("PRIORITY  ·  " + dg(2) + "g  ·  " + dg(9) + "\n\n").p(PE, ch([g + " " + f, (g + " " + f).upper(), g[0] + " " + f.upper()])).t("\n")
    if R.random() < .3: b.t("c/o ").p(PE, full(form="gf")).t("\n")
    b.p(AD, addr(c, multi=True, country=True)).t("\n")
    return ch(["en"])

def k_survey(b):
    b.t("Q7: Anything else you'd like to tell us?\n")
    g, f, _ = nm()
    opts = [lambda: b.t("The girl at the till, ").p(PE, g).t(", was lovely. "),
            lambda: b.t("Tried to ring ").p(PH, ph()).t(" three times, nobody picked up. "),
            lambda: b.t("The ").p(LO, ch(CITIES_ALONE)).t(" branch never has my size in " + ch(BRANDS) + ". "),
            lambda: b.t("Delivery went to ").p(AD, addr(ch(["GB", "US", "IE"]), multi=False, country=False)).t(" instead of my house!! "),
            lambda: b.t("5 stars for " + ch(PRODUCTS) + ". "),
            lambda: b.t("my order " + order_no() + " still not here. "),
            lambda: b.t("ask for ").p(PE, g.lower()).t(" she knows. "),
            lambda: b.t("Main Street pricing is a joke compared to online. ")]
    for fn in R.sample(opts, R.randint(2, 4)): fn()
    if R.random() < .5: b.t("\n– ").p(PE, f)
    return "en"

def k_marketplace(b):
    g, f, _ = nm()
    b.t("Message from seller " + ch(["VintageVault", "retro_finds_uk", "ShopLumen"]) + ":\nHi ").p(PE, g).t("! Thanks for buying the " + ch(BRANDS) + " bag (" + price() + "). I can post it " + ch(["Monday", "tomorrow"]) + ". Can you confirm the address is still ").p(AD, addr(multi=False)).t("? If easier, pay the postage to ").p(IB, iban()).t(" ref " + order_no() + ". My number ").p(PH, ph()).t(" if the courier gets lost.\n")
    return "en"

def k_picklist(b):
    b.t("PICK LIST  wave " + dg(3) + "  printed " + date_() + " " + time_() + "\nLOC      SKU             QTY  SHIP-TO\n")
    for _ in range(R.randint(3, 5)):
        g, f, _ = nm()
        b.t(ch("ABC") + "-" + dg(2) + "-" + dg(2) + "  " + dg(13) + "  " + str(R.randint(1, 9)) + "    ").p(PE, (f + " " + g).upper() if R.random() < .5 else f.upper() + ", " + g.upper()).t(" / ").p(AD, addr(multi=False, country=True).upper()).t("\n")
    return "en"

def k_rota(b):
    b.t("St " + ch(["Anne's", "Michael's", "Brigid's"]) + " volunteer rota – " + ch(["Advent", "Lent", "Summer"]) + "\n")
    for d in ["Sun 3rd", "Sun 10th", "Sun 17th", "Sun 24th"]:
        b.t(d + ": flowers – ").p(PE, full(form=ch(["gf", "init", "g"]))).t("; teas – ").p(PE, full(form=ch(["gf", "g", "f"]))).t("\n")
    g, f, _ = nm()
    b.t("Swaps to ").p(PE, g).t(" on ").p(PH, ph("GB")).t(". Church Street car park closed " + date_() + ".\n")
    return "en"

def k_podcast(b):
    g, f, _ = nm(); g2, f2, _ = nm()
    b.t("Ep. " + str(R.randint(12, 240)) + " — \"" + ch(["Loyalty is dead?", "Retail after dark", "The returns problem"]) + "\"\nThis week ").p(PE, g2 + " " + f2).t(" sits down with ").p(PE, g + " " + f).t(", " + ch(TITLES) + " at " + ch(BRANDS) + ", recorded live in ").p(LO, ch(CITIES_ALONE)).t(".\n00:00 Intro\n" + "%02d:%02d" % (R.randint(2, 9), R.randint(0, 59)) + " Why ").p(PE, f).t(" left " + ch(["Ted Baker", "Paul Smith"]) + "\n" + "%02d:%02d" % (R.randint(10, 40), R.randint(0, 59)) + " Listener Q&A\nSponsor: " + ch(PRODUCTS) + ". Voicemail us on ").p(PH, ph("US")).t(".\n")
    return "en"

def k_auction(b):
    b.t("LOT " + dg(3) + " | Est. " + price() + "–" + price() + "\n" + ch(["Georgian silver teapot", "Signed " + ch(BRANDS) + " scarf", "Victorian writing slope"]) + "\nConsignor: ").p(PE, full(form=ch(["f_comma", "gf", "init"]))).t("\nWinning bidder: paddle " + dg(3) + " – ").p(PE, full()).t(", tel ").p(PH, ph()).t("\nHammer " + price() + " + " + str(R.randint(18, 28)) + "% BP. Ship to ").p(AD, addr(multi=False, country=True)).t("\n")
    return "en"

def k_consent(b):
    g, f, _ = nm(); pg, pf, _ = nm()
    b.t("YEAR 6 TRIP TO THE ").p(LO, ch(["York", "Bath", "Edinburgh", "Lake District"]).upper()).t(" – CONSENT SLIP\nChild's name: ").p(PE, g + " " + f).t("   Class: " + ch(["Oak", "Willow", "Rowan"]) + "\nParent/carer: ").p(PE, pg + " " + pf).t("\nEmergency contact no.: ").p(PH, ph("GB", R.random() < .3)).t("\nHome address: ").p(AD, addr("GB", multi=False, country=False)).t("\nDeposit " + price() + " paid  ☑  Packed lunch ☐\n")
    return "en"

def k_petgroom(b):
    g, f, _ = nm()
    b.t("🐾 " + ch(["Pawfect", "Suds & Snips"]) + " bookings " + date_() + "\n" + time_() + "  ").p(PE, ch([g + " " + f, f])).t(" – \"" + ch(["Biscuit", "Winston", "Luna", "Sir Barks"]) + "\" (cockapoo, full groom) – ").p(PH, ph()).t("\n" + time_() + "  ").p(PE, full()).t(" – \"Churchill\" (nails only) – collect from ").p(AD, addr(ch(["GB", "US", "AU"]), multi=False, country=False)).t("\n")
    return "en"

def k_gym(b):
    b.t(ch(["Spin", "HIIT", "Pilates Reformer"]) + " " + time_() + " waitlist (" + ch(["Monday", "Saturday"]) + ")\n")
    for i in range(R.randint(3, 6)):
        b.t(str(i + 1) + ". ").p(PE, full()).t(" – member " + dg(7) + (" – ").__add__("")).p(PH, ph()) if R.random() < .5 else b.t(str(i + 1) + ". ").p(PE, full()).t(" – member " + dg(7))
        b.t("\n")
    return "en"

def k_luggage(b):
    g, f, _ = nm(); c = ch(list(CITY))
    b.t("PROPERTY IRREGULARITY REPORT  File: " + ch(["LHR", "AMS", "FRA", "CDG"]) + ch(["BA", "KL", "LH"]) + dg(5) + "\nName: ").p(PE, f.upper() + "/" + g.upper()).t("\nBag tag: " + ch(["BA", "KL"]) + dg(6) + "  Flight " + ch(["BA", "KL"]) + dg(4) + " from ").p(LO, ch(CITIES_ALONE)).t("\nDelivery address: ").p(AD, addr(c, multi=False, country=True)).t("\nContact: ").p(PH, ph()).t(" / ").p(EM, email(g, f)).t("\nDescription: black " + ch(BRANDS) + " hardshell, red strap\n")
    return "en"

def k_tenancy(b):
    g, f, _ = nm()
    b.t("INVENTORY & SCHEDULE OF CONDITION\nProperty: ").p(AD, addr("GB", multi=False, unit=True, country=False)).t("\nTenant(s): ").p(PE, g + " " + f).t(" and ").p(PE, full(form="gf")).t("\nLandlord agent: ").p(PE, full(form="init")).t(", tel ").p(PH, ph("GB")).t("\nHallway: Farrow & Ball 'Elephant's Breath' walls, good. Kitchen: Smeg fridge, light marks.\nMeter reading " + dg(5) + ".\n")
    return "en"

def k_backer(b):
    b.t("Backer Number,Backer Name,Email,Pledge,Reward,Shipping Country,Card\n")
    for i in range(R.randint(3, 5)):
        g, f, _ = nm()
        b.t(dg(5) + ",").p(PE, ch([g + " " + f, g.lower(), f.upper()])).t(",").p(EM, email(g, f)).t("," + price() + "," + ch(["Early Bird", "Founder Pack"]) + ",").p(LO, ch(["Germany", "Canada", "Japan", "Brazil", "Poland"])).t(",")
        if R.random() < .3: b.p(CC, cc())
        else: b.t("**** " + dg(4))
        b.t("\n")
    return "en"

def k_translation(b):
    g, f, _ = nm(); g2, f2, c2 = nm()
    b.t("TRANSLATION JOB " + "TJ-" + dg(5) + "\nPair: EN>" + ch(["DE", "FR", "PL", "JA"]) + "  Words: " + str(R.randint(300, 9000)) + "  Due: " + date_() + "\nPM: ").p(PE, g + " " + f).t(" (").p(EM, email(g, f)).t(")\nLinguist: ").p(PE, g2 + " " + f2).t(", based in ").p(LO, ch(CITIES_ALONE)).t(", ").p(PH, ph()).t("\nInvoice to IBAN ").p(IB, iban()).t("\nNote: keep brand names (" + ch(BRANDS) + ", " + ch(PRODUCTS) + ") untranslated.\n")
    return "en"

def k_loyalty(b):
    b.t("member_id;first;last;email;phone;points;last_ip\n")
    for _ in range(R.randint(3, 5)):
        g, f, _ = nm()
        b.t(dg(9) + ";").p(PE, g).t(";").p(PE, f).t(";").p(EM, email(g, f)).t(";").p(PH, ph(intl=True).replace(" ", "")).t(";" + str(R.randint(0, 30000)) + ";").p(IP, ip()).t("\n")
    return "en"

def k_chargeback(b):
    g, f, _ = nm("us")
    b.t("CHARGEBACK DISPUTE — case " + dg(10) + "\nCardholder: ").p(PE, (g + " " + f).upper()).t("\nPAN: ").p(CC, cc()).t("   Auth " + dg(6) + "   Amount " + price() + "\nBilling: ").p(AD, addr("US", multi=False)).t("\nSSN (last-resort ID verification, collected by phone): ").p(SS, ssn()).t("\nIP at checkout: ").p(IP, ip()).t("\nReason code 10.4\n")
    return "en"

def k_creditapp(b):
    g, f, _ = nm("us")
    b.t("Store card pre-approval (" + ch(["Macy's", "Nordstrom", "Kohl's"]) + " style) – applicant ").p(PE, g + " " + f).t(", SSN ").p(SS, ssn()).t(", DOB " + date_() + ", home ").p(AD, addr("US", multi=False, country=False)).t(", cell ").p(PH, ph("US")).t(". Promo APR code " + dg(4) + ".")
    return "en"

def k_outreach_email(b):
    g, f, _ = nm(); me = nm()
    b.t("From: ").p(PE, me[0] + " " + me[1]).t(" <").p(EM, email(me[0], me[1])).t(">\nTo: \"").p(PE, f + ", " + g).t("\" <").p(EM, email(g, f)).t(">\nSubject: Collab for our " + ch(PRODUCTS) + "\n\nHey ").p(PE, g).t(",\nLoved your " + ch(["Lisbon", "Kyoto"]) + " reel. We'd send product to ").p(AD, addr(multi=True)).t(" if that's still right.\nWhatsApp me: ").p(PH, ph()).t("\n– ").p(PE, me[0]).t("\n")
    return "en"

def k_event_signin(b):
    b.t("Sign-in sheet – " + ch(BRANDS) + " trunk show\nName | Company | Phone\n")
    for _ in range(R.randint(4, 6)):
        g, f, _ = nm()
        b.p(PE, ch([g + " " + f, g + " " + f[0] + ".", f.upper()])).t(" | " + ch(["Harvey Nichols", "Selfridges", "self", "-", "Lumen & Co"]) + " | ")
        b.p(PH, ph()) if R.random() < .7 else b.t(ch(["—", "n/a", "badge " + dg(4), "(declined)"]))
        b.t("\n")
    return "en"

def k_names_only_end(b):
    b.t("Quick summary for the weekly CX sync: NPS up 4 pts in " + ch(["June", "July"]) + ", " + ch(PRODUCTS) + " returns down, " + ch(BRANDS) + " concession doing well. Hotline " + lookalike() + " reroute is live (that's the IVR menu code, not a number). Big thanks to\n")
    for _ in range(R.randint(1, 3)):
        b.p(PE, full(form=ch(["gf", "g"]))).t("\n")
    return "en"

# ---------------- other languages ----------------
LOC_PHONE = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR", "id": "ID", "vi": "VN", "ja": "JP"}
LNAME = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "sv", "da": "da", "no": "no", "fi": "fi", "cs": "cs", "hu": "hu", "ro": "ro", "tr": "tr", "id": "id", "vi": "vn", "ja": "ja"}
TPL_ORDER = {
 "de": ("Bestellbestätigung Nr. {o}\nHallo {N},\nvielen Dank! Lieferung an:\n{A}\nRückfragen: {P} (Mo–Fr {t}). Ihr Paket {tr} kommt aus unserem Lager in {L}.\nIhr Team von {brand}"),
 "fr": ("Confirmation de commande n° {o}\nBonjour {N},\nmerci ! Livraison à :\n{A}\nUne question ? {P} (lun.–ven. {t}). Colis {tr} expédié depuis notre entrepôt de {L}.\nL'équipe {brand}"),
 "es": ("Pedido n.º {o}\nHola {N}:\n¡gracias por tu compra! Enviaremos a:\n{A}\nDudas: {P} (L–V {t}). Envío {tr} desde nuestro almacén de {L}.\nEquipo {brand}"),
 "it": ("Ordine n. {o}\nCiao {N},\ngrazie! Spediremo a:\n{A}\nAssistenza: {P} (lun–ven {t}). Pacco {tr} in partenza dal magazzino di {L}.\nIl team {brand}"),
 "pt": ("Encomenda n.º {o}\nOlá {N},\nobrigado! Entrega em:\n{A}\nDúvidas: {P} (seg–sex {t}). Volume {tr} sai do armazém de {L}.\nEquipa {brand}"),
 "nl": ("Bestelling {o}\nHoi {N},\nbedankt! We leveren op:\n{A}\nVragen? {P} (ma–vr {t}). Pakket {tr} vertrekt uit ons magazijn in {L}.\nTeam {brand}"),
 "pl": ("Zamówienie nr {o}\nDzień dobry {N},\ndziękujemy! Adres dostawy:\n{A}\nPytania: {P} (pn–pt {t}). Paczka {tr} wyjedzie z magazynu w {L}.\nZespół {brand}"),
 "sv": ("Order {o}\nHej {N}!\nTack för ditt köp. Leveransadress:\n{A}\nFrågor: {P} (mån–fre {t}). Paket {tr} skickas från vårt lager i {L}.\nHälsningar {brand}"),
 "da": ("Ordre {o}\nHej {N}\nTak for din bestilling. Leveres til:\n{A}\nSpørgsmål: {P} (man–fre {t}). Pakke {tr} sendes fra vores lager i {L}.\nVenlig hilsen {brand}"),
 "no": ("Ordre {o}\nHei {N}!\nTakk for bestillingen. Leveringsadresse:\n{A}\nSpørsmål: {P} (man–fre {t}). Pakke {tr} sendes fra lageret i {L}.\nHilsen {brand}"),
 "fi": ("Tilaus {o}\nHei {N},\nkiitos tilauksesta! Toimitusosoite:\n{A}\nKysyttävää: {P} (ma–pe {t}). Paketti {tr} lähtee varastoltamme, {L}.\nTerveisin {brand}"),
 "cs": ("Objednávka č. {o}\nDobrý den, {N},\nděkujeme! Doručíme na:\n{A}\nDotazy: {P} (po–pá {t}). Balík {tr} odesíláme ze skladu v {L}.\nTým {brand}"),
 "hu": ("Rendelés: {o}\nKedves {N}!\nKöszönjük a rendelést. Szállítási cím:\n{A}\nKérdés esetén: {P} (h–p {t}). A(z) {tr} csomag a(z) {L} raktárból indul.\n{brand} csapat"),
 "ro": ("Comanda nr. {o}\nBună ziua, {N},\nvă mulțumim! Livrare la:\n{A}\nÎntrebări: {P} (L–V {t}). Coletul {tr} pleacă din depozitul din {L}.\nEchipa {brand}"),
 "tr": ("Sipariş no: {o}\nMerhaba {N},\nteşekkürler! Teslimat adresi:\n{A}\nSorularınız için: {P} (Pzt–Cum {t}). {tr} numaralı kargo {L} deposundan çıkacak.\n{brand} ekibi"),
 "id": ("Pesanan {o}\nHalo {N},\nterima kasih! Dikirim ke:\n{A}\nBantuan: {P} (Sen–Jum {t}). Paket {tr} dikirim dari gudang {L}.\nSalam, {brand}"),
 "vi": ("Đơn hàng {o}\nChào {N},\ncảm ơn bạn! Giao đến:\n{A}\nHỗ trợ: {P} (T2–T6 {t}). Kiện {tr} xuất từ kho {L}.\n{brand}"),
 "ja": ("Gochuumon bangou {o}\n{N} sama,\ngochuumon arigatou gozaimasu. Otodokesaki:\n{A}\nOtoiawase: {P} (heijitsu {t}). Nimotsu {tr} wa {L} no souko kara hassou shimasu.\n{brand}"),
}
LOC_CITY_OF = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR", "id": "ID", "vi": "VN", "ja": "JP"}

def fill(b, tpl, vals):
    """vals: key -> (type or None, value)"""
    import re
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        b.t(tpl[pos:m.start()])
        typ, v = vals[m.group(1)]
        if typ: b.p(typ, v)
        else: b.t(v)
        pos = m.end()
    b.t(tpl[pos:])

def k_order_local(b):
    lang = ch(list(TPL_ORDER)); c = LOC_CITY_OF[lang]
    g, f, _ = nm(LNAME[lang])
    Nv = ch([g, g + " " + f, f + " " + g if lang in ("hu", "ja", "vi") else g + " " + f])
    other = [x for x in CITY if x != c]
    fill(b, TPL_ORDER[lang], {"o": (None, order_no()), "N": (PE, Nv), "A": (AD, addr(c, multi=True, country=R.random() < .3)), "P": (PH, ph(LOC_PHONE[lang])),
                               "t": (None, time_() + "–" + time_()), "tr": (None, tracking()), "L": (LO, ch(CITY[ch(other)])[0].split(",")[0].split(" ")[0] if False else ch(CITIES_ALONE)), "brand": (None, ch(["Lumen & Co", "Brightwave", "Harper Home"]))})
    return lang

TPL_CHAT = {
 "de": ["Kundin {N} ruft an wegen Retoure {o}, Rückruf unter {P}.", "Neue Adresse: {A}.", "Frau {N} möchte die Filiale in {L} besuchen.", "Bitte IBAN prüfen: {I}.", "Sie heißt {N}, nicht {N2}."],
 "fr": ["La cliente {N} rappelle pour le retour {o}, joignable au {P}.", "Nouvelle adresse : {A}.", "M. {N} passera à la boutique de {L}.", "Merci de vérifier l'IBAN {I}.", "C'est {N}, pas {N2}."],
 "es": ["La clienta {N} llama por la devolución {o}, devolver llamada al {P}.", "Nueva dirección: {A}.", "El Sr. {N} irá a la tienda de {L}.", "Revisar IBAN {I}.", "Se llama {N}, no {N2}."],
 "it": ["La cliente {N} chiama per il reso {o}, richiamare al {P}.", "Nuovo indirizzo: {A}.", "Il sig. {N} passa dal negozio di {L}.", "Verificare IBAN {I}.", "Si chiama {N}, non {N2}."],
 "pt": ["A cliente {N} ligou sobre a devolução {o}, ligar de volta para {P}.", "Nova morada: {A}.", "O Sr. {N} vai à loja de {L}.", "Confirmar IBAN {I}.", "Chama-se {N}, não {N2}."],
 "nl": ["Klant {N} belt over retour {o}, terugbellen op {P}.", "Nieuw adres: {A}.", "Mevrouw {N} komt naar de winkel in {L}.", "Graag IBAN {I} controleren.", "Ze heet {N}, niet {N2}."],
 "pl": ["Klientka {N} dzwoni w sprawie zwrotu {o}, oddzwonić na {P}.", "Nowy adres: {A}.", "Pan {N} odwiedzi sklep w {L}.", "Proszę sprawdzić IBAN {I}.", "To {N}, a nie {N2}."],
 "sv": ["Kunden {N} ringer om retur {o}, ring tillbaka på {P}.", "Ny adress: {A}.", "{N} besöker butiken i {L}.", "Kolla IBAN {I}.", "Hon heter {N}, inte {N2}."],
 "da": ["Kunden {N} ringer om retur {o}, ring tilbage på {P}.", "Ny adresse: {A}.", "{N} kommer i butikken i {L}.", "Tjek IBAN {I}.", "Hun hedder {N}, ikke {N2}."],
 "no": ["Kunden {N} ringer om retur {o}, ring tilbake på {P}.", "Ny adresse: {A}.", "{N} stikker innom butikken i {L}.", "Sjekk IBAN {I}.", "Hun heter {N}, ikke {N2}."],
 "fi": ["Asiakas {N} soitti palautuksesta {o}, soita takaisin numeroon {P}.", "Uusi osoite: {A}.", "{N} käy myymälässä, {L}.", "Tarkista IBAN {I}.", "Hän on {N}, ei {N2}."],
 "cs": ["Zákaznice {N} volá kvůli vrácení {o}, zavolat zpět na {P}.", "Nová adresa: {A}.", "Pan {N} přijde do prodejny v {L}.", "Zkontrolujte IBAN {I}.", "Jmenuje se {N}, ne {N2}."],
 "hu": ["{N} ügyfél a(z) {o} visszaküldés miatt hívott, visszahívás: {P}.", "Új cím: {A}.", "{N} a(z) {L} üzletbe megy.", "IBAN ellenőrzése: {I}.", "{N} a neve, nem {N2}."],
 "ro": ["Clienta {N} sună pentru returul {o}, de sunat înapoi la {P}.", "Adresă nouă: {A}.", "Dl. {N} vine la magazinul din {L}.", "Verificați IBAN {I}.", "O cheamă {N}, nu {N2}."],
 "tr": ["Müşteri {N} {o} iadesi için aradı, geri arama: {P}.", "Yeni adres: {A}.", "{N} Bey {L} mağazasına gelecek.", "IBAN kontrol: {I}.", "Adı {N}, {N2} değil."],
 "id": ["Pelanggan {N} menelepon soal retur {o}, hubungi balik di {P}.", "Alamat baru: {A}.", "Bu {N} akan ke toko {L}.", "Cek rekening {I}.", "Namanya {N}, bukan {N2}."],
 "vi": ["Khách {N} gọi về đơn trả {o}, gọi lại số {P}.", "Địa chỉ mới: {A}.", "Chị {N} sẽ ghé cửa hàng ở {L}.", "Kiểm tra IBAN {I}.", "Tên là {N}, không phải {N2}."],
 "ja": ["Okyakusama {N} sama kara henpin {o} no ken de denwa, orikaeshi {P}.", "Shin juusho: {A}.", "{N} san wa {L} ten ni raiten yotei.", "IBAN kakunin: {I}.", "{N} san desu, {N2} san de wa arimasen."],
}
def k_agent_notes_local(b):
    lang = ch(list(TPL_CHAT)); c = LOC_CITY_OF[lang]
    lines = R.sample(TPL_CHAT[lang], R.randint(3, 5))
    ibc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR"}.get(lang)
    for i, ln in enumerate(lines):
        b.t(time_() + " ")
        g, f, _ = nm(LNAME[lang])
        fill(b, ln, {"N": (PE, ch([g + " " + f, f, g])), "N2": (PE, ch(NAMES[LNAME[lang]][0])), "o": (None, order_no()), "P": (PH, ph(LOC_PHONE[lang])),
                     "A": (AD, addr(c, multi=False, country=False)), "L": (LO, ch(CITY[c])[0].split(",")[0].split(" ")[0] if c not in ("JP", "VN", "ID") else ch(CITIES_ALONE)),
                     "I": (IB, iban(ibc)) if ibc else (None, "n/a – " + dg(10))})
        b.t("\n")
    return lang

def k_newsletter_footer_local(b):
    lang = ch(["de", "fr", "it", "es", "nl", "pl", "cs", "sv"]); c = LOC_CITY_OF[lang]
    g, f, _ = nm(LNAME[lang])
    head = {"de": "Impressum", "fr": "Mentions légales", "it": "Note legali", "es": "Aviso legal", "nl": "Colofon", "pl": "Stopka", "cs": "Tiráž", "sv": "Kontakt"}[lang]
    role = {"de": "Geschäftsführer", "fr": "Directeur de la publication", "it": "Amministratore", "es": "Administrador", "nl": "Directeur", "pl": "Prezes zarządu", "cs": "Jednatel", "sv": "VD"}[lang]
    b.t(head + "\n" + ch(["Lumen & Co GmbH", "Harper Home SAS", "Brightwave S.r.l."]) + "\n").p(AD, addr(c, multi=True, country=True, unit=False)).t("\nTel. ").p(PH, ph(LOC_PHONE[lang], True)).t("\n" + role + ": ").p(PE, g + " " + f).t("\nUSt-IdNr./VAT " + c + dg(9) + "\n")
    return lang

def k_review_local(b):
    lang = ch(["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "id", "ro", "hu", "fi", "da", "no"]); c = LOC_CITY_OF[lang]
    g, f, _ = nm(LNAME[lang])
    T = {"de": ("★★☆☆☆ von ", ": Die Verkäuferin ", " in ", " war nett, aber die Hotline ", " ist nie erreichbar."),
         "fr": ("★★☆☆☆ par ", " : la vendeuse ", " à ", " était sympa, mais le ", " ne répond jamais."),
         "es": ("★★☆☆☆ de ", ": la dependienta ", " en ", " fue amable, pero el ", " nunca contesta."),
         "it": ("★★☆☆☆ di ", ": la commessa ", " a ", " gentilissima, ma il numero ", " non risponde mai."),
         "pt": ("★★☆☆☆ por ", ": a funcionária ", " em ", " foi simpática, mas o ", " nunca atende."),
         "nl": ("★★☆☆☆ door ", ": verkoopster ", " in ", " was aardig, maar ", " neemt nooit op."),
         "pl": ("★★☆☆☆ od ", ": sprzedawczyni ", " w ", " miła, ale infolinia ", " nigdy nie odbiera."),
         "tr": ("★★☆☆☆ ", ": satış danışmanı ", " (", ") çok ilgiliydi ama ", " hattı hiç açılmıyor."),
         "id": ("★★☆☆☆ dari ", ": mbak ", " di ", " ramah, tapi nomor ", " tidak pernah diangkat."),
         "ro": ("★★☆☆☆ de la ", ": vânzătoarea ", " din ", " a fost drăguță, dar ", " nu răspunde niciodată."),
         "hu": ("★★☆☆☆ ", ": az eladó, ", " (", ") kedves volt, de a ", " számot sosem veszik fel."),
         "fi": ("★★☆☆☆ ", ": myyjä ", " (", ") oli mukava, mutta ", " ei koskaan vastaa."),
         "da": ("★★☆☆☆ fra ", ": ekspedienten ", " i ", " var sød, men ", " tager aldrig telefonen."),
         "no": ("★★☆☆☆ fra ", ": ekspeditøren ", " i ", " var hyggelig, men ", " svarer aldri.")}[lang]
    b.t(T[0]).p(PE, ch([g + " " + f[0] + ".", g, (g + f[:2]).lower()]) if False else ch([g, g + " " + f])).t(T[1]).p(PE, nm(LNAME[lang])[0]).t(T[2]).p(LO, ch(CITY[c])[0].split(",")[0].split(" ")[0] if c not in ("JP", "VN", "ID") else ch(CITIES_ALONE)).t(T[3]).p(PH, ph(LOC_PHONE[lang])).t(T[4] + " " + ch(PRODUCTS) + " " + price())
    return lang

def k_sepa_local(b):
    lang = ch(["de", "nl", "fr", "es", "it", "pl", "pt", "fi"]); c = LOC_CITY_OF[lang]
    g, f, _ = nm(LNAME[lang])
    lab = {"de": ("SEPA-Lastschriftmandat", "Kontoinhaber", "Anschrift", "Mandatsreferenz"), "nl": ("SEPA-machtiging", "Rekeninghouder", "Adres", "Kenmerk machtiging"), "fr": ("Mandat de prélèvement SEPA", "Titulaire du compte", "Adresse", "RUM"), "es": ("Orden de domiciliación SEPA", "Titular", "Dirección", "Referencia"), "it": ("Mandato SDD", "Intestatario", "Indirizzo", "Riferimento"), "pl": ("Polecenie zapłaty SEPA", "Posiadacz rachunku", "Adres", "Referencja"), "pt": ("Autorização de débito SEPA", "Titular", "Morada", "Referência"), "fi": ("SEPA-suoraveloitusvaltuutus", "Tilinhaltija", "Osoite", "Viite")}[lang]
    b.t(lab[0] + " – " + ch(["Lumen Club", "Harper Plus"]) + "\n" + lab[1] + ": ").p(PE, f + ", " + g if R.random() < .4 else g + " " + f).t("\n" + lab[2] + ": ").p(AD, addr(c, multi=False, country=False)).t("\nIBAN: ").p(IB, iban(c)).t("\nBIC: " + ch(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP"]) + "\n" + lab[3] + ": " + "MNDT-" + dg(8) + "\n")
    return lang

# ---- more English hard kinds ----
def k_ip_log(b):
    b.t("fraud-review export (loyalty signups, flagged)\n")
    for _ in range(R.randint(3, 5)):
        g, f, _ = nm()
        b.t("2025-" + "%02d-%02dT%s:%02dZ" % (R.randint(1, 12), R.randint(1, 28), time_(), R.randint(0, 59)) + " ip=").p(IP, ip()).t(" email=").p(EM, email(g, f)).t(" name=\"").p(PE, g + " " + f).t("\" version=" + ch(["4.2.1.7", "10.0.19045.3", "2.11.0"]) + " promo=" + ch(["WELCOME10", "BF2025"]) + "\n")
    return "en"

def k_brand_negatives(b):
    b.t("Campaign brief: feature " + ch(BRANDS) + " and " + ch(BRANDS) + " in the " + ch(["autumn", "holiday"]) + " edit. Hero products: " + ch(PRODUCTS) + ", " + ch(PRODUCTS) + ". Copy owner: ").p(PE, full(form="gf")).t(". Stores: " + ch(STORES) + ", plus the ").p(LO, ch(CITIES_ALONE)).t(" and ").p(LO, ch(CITIES_ALONE)).t(" shops. Hotline on posters: ").p(PH, ph()).t(" (NOT " + lookalike() + ", that's the SKU family). Launch " + date_() + ".")
    return "en"

def k_patronym(b):
    first, pat, last = ch(PATRONYMIC)
    nmv = first + " " + pat + (" " + last if last else "")
    b.t("VIP client card\nName: ").p(PE, nmv).t("\nPrefers to be addressed as ").p(PE, first + " " + pat if last else first).t(". Assistant: ").p(PE, ch(MONONYMS)).t(" (mononym, use as-is).\nConcierge line ").p(PH, ph()).t("; private suite at ").p(AD, addr(multi=False)).t(".\n")
    return "en"

def k_nickname(b):
    g, f, _ = nm("en")
    n1 = ch(NICK)
    b.t("Note from store: regular '").p(PE, n1).t("' (real name ").p(PE, g + " " + f).t(") wants the " + ch(PRODUCTS) + " held till Friday. ").p(PE, n1).t(" says text ").p(PH, ph("AU" if R.random() < .5 else "GB")).t(". Don't confuse with ").p(PE, ch(NICK)).t(" from " + ch(TEAMS) + ".")
    return "en"

def k_split_cells(b):
    b.t("| First | Last | Contact |\n|---|---|---|\n")
    for _ in range(R.randint(3, 5)):
        g, f, _ = nm()
        b.t("| ").p(PE, g).t(" | ").p(PE, f).t(" | ")
        if R.random() < .5: b.p(EM, email(g, f))
        else: b.p(PH, ph())
        b.t(" |\n")
    return "en"


def k_ics(b):
    g, f, _ = nm(); c = ch(["GB", "DE", "FR", "US", "NL", "ES"])
    b.t("BEGIN:VEVENT\nSUMMARY:Private shopping – ").p(PE, g + " " + f).t("\nDTSTART:2025" + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + "T" + time_().replace(":", "") + "00\nORGANIZER;CN=").p(PE, full(form="gf")).t(":mailto:").p(EM, email()).t("\nLOCATION:").p(AD, addr(c, multi=False, country=False, unit=False)).t("\nDESCRIPTION:Client prefers " + ch(BRANDS) + ". Dial-in ").p(PH, ph(c if c in PHONES else "GB")).t(" PIN " + dg(6) + "#\nEND:VEVENT\n")
    return "en"

def k_gift(b):
    g, f, _ = nm(); r_ = nm()
    b.t("GIFT MESSAGE CARD (print) — order " + order_no() + "\n\"Happy 40th ").p(PE, r_[0].lower() if R.random() < .3 else r_[0]).t("!! Love from ").p(PE, g).t(", ").p(PE, nm()[0]).t(" & the dog xx\"\nDeliver to:\n").p(PE, r_[0] + " " + r_[1]).t("\n").p(AD, addr(multi=True, country=R.random() < .5)).t("\nGift wrap: " + ch(["Kraft", "Navy"]) + "   Msg chars: " + dg(2) + "\n")
    return "en"

def k_receipt_ocr(b):
    c = ch(["GB", "US", "DE", "FR", "IE", "NL"]); g, f, _ = nm()
    b.t(ch(["LUMEN & CO", "HARPER HOME", "THE TEA ROOM"]) + "\n").p(AD, addr(c, multi=True, country=False, unit=False).upper()).t("\nTEL ").p(PH, ph(c)).t("\nVAT NO " + dg(9) + "\n" + ch(PRODUCTS).upper() + "   " + price() + "\nTOTAL   " + price() + "\nCARD ").p(CC, cc()) if R.random() < .25 else None
    if not b.spans:
        b.t(ch(["LUMEN & CO", "HARPER HOME"]) + "\n").p(AD, addr(c, multi=True, country=False, unit=False)).t("\nTel ").p(PH, ph(c)).t("\n" + ch(PRODUCTS) + "  " + price() + "\nVISA ************" + dg(4) + "  AUTH " + dg(6) + "\n")
    b.t("Served by: ").p(PE, g.upper() if R.random() < .5 else g).t("  Till " + dg(2) + "  " + date_() + " " + time_() + "\n")
    return "en"

def k_w9(b):
    g, f, _ = nm("us")
    b.t("Hi ").p(PE, g).t(",\nFor the ambassador payouts over $600 we need your W-9. From your form:\nLegal name: ").p(PE, (g + " " + f)).t("\nTIN/SSN: ").p(SS, ssn()).t("\nMailing: ").p(AD, addr("US", multi=True, country=False)).t("\nPlease don't reply with the SSN in plain text again — use the portal. Payout ref PO-" + dg(7) + ", routing " + dg(9) + ".\nThanks,\n").p(PE, full(form="g")).t("\n")
    return "en"

def k_bugticket(b):
    g, f, _ = nm()
    b.t("JIRA CX-" + dg(4) + ": Promo code not applying\nReporter: ").p(PE, full(form="gf")).t("\nCustomer: ").p(EM, email(g, f)).t(" from ").p(IP, ip()).t(" (UA Chrome 124.0.6367.91)\nRepro: basket " + order_no() + ", code " + ch(["SPRING", "VIP"]) + dg(2) + ", " + ch(PRODUCTS) + ". Works from office IP ").p(IP, ip()).t(". Build 3.14.159.26.\n")
    return "en"

def k_es_chat(b):
    g, f, _ = nm("es"); g2 = nm("es")[0]
    b.t("[WhatsApp Business] ").p(PE, g).t(": hola!! el pedido " + order_no() + " no ha llegado\nTienda: Hola ").p(PE, g).t(", ¿nos confirmas la dirección?\n").p(PE, g).t(": ").p(AD, addr("ES", multi=False, country=False)).t(", y si no estoy déjalo con ").p(PE, g2.lower()).t(" en el bajo\nTienda: Perfecto. Si hay problema te llama el repartidor al ").p(PH, ph("ES")).t(" 👍\n")
    return "es"

def k_ja_slip(b):
    g, f, _ = nm("ja")
    b.t("Takuhaibin okurijou  No. " + dg(4) + "-" + dg(4) + "-" + dg(4) + "\nOtodokesaki: ").p(AD, addr("JP", multi=False, country=False)).t("\nOnamae: ").p(PE, f + " " + g).t(" sama\nTEL ").p(PH, ph("JP", False)).t("\nOkurinushi: ").p(PE, full("ja", form="gf")).t(" / ").p(PH, ph("JP", True)).t("\nHinmei: " + ch(PRODUCTS) + "   Haitatsu kibou: " + date_() + " 14-16ji\n")
    return "ja"

def k_nordic_club(b):
    lang = ch(["sv", "da", "no", "fi"]); c = LOC_CITY_OF[lang]
    hd = {"sv": ("Medlemslista löparklubben", "Namn", "Telefon", "Adress"), "da": ("Medlemsliste løbeklubben", "Navn", "Telefon", "Adresse"), "no": ("Medlemsliste løpeklubben", "Navn", "Telefon", "Adresse"), "fi": ("Juoksuseuran jäsenlista", "Nimi", "Puhelin", "Osoite")}[lang]
    b.t(hd[0] + "\n" + hd[1] + ";" + hd[2] + ";" + hd[3] + "\n")
    for _ in range(R.randint(3, 4)):
        g, f, _ = nm(ch([LNAME[lang], LNAME[lang], "se"]))
        b.p(PE, f + ", " + g if R.random() < .5 else g + " " + f).t(";").p(PH, ph(c)).t(";").p(AD, addr(c, multi=False, country=False)).t("\n")
    return lang

def k_fr_sav(b):
    g, f, _ = nm("fr")
    b.t("FICHE SAV n° " + dg(6) + "\nClient : ").p(PE, f.upper() + " " + g).t("\nAdresse :\n").p(AD, addr("FR", multi=True, country=R.random() < .3)).t("\nPortable : ").p(PH, ph("FR", False)).t("   Fixe : ").p(PH, ph("FR", True)).t("\nProduit : " + ch(PRODUCTS) + " (" + sku() + "), acheté à ").p(LO, ch(["Nantes", "Lille", "Bordeaux", "Rennes"])).t(" le " + date_() + "\nDiagnostic : fermeture cassée. Technicien : ").p(PE, ch(NAMES["fr"][0])).t("\n")
    return "fr"

def k_de_export(b):
    b.t("Kundennr;Nachname, Vorname;Straße;PLZ Ort;Telefon;E-Mail\n")
    for _ in range(R.randint(3, 5)):
        g, f, _ = nm(ch(["de", "de", "tr", "pl", "it"]))
        cty = ch(CITY["DE"])
        b.t(dg(8) + ";").p(PE, f + ", " + g).t(";").p(AD, ch(STREETS["DE"]) + " " + str(R.randint(1, 120)) + ";" + cty[1] + " " + cty[0]).t(";").p(PH, ph("DE")).t(";").p(EM, email(g, f)).t("\n")
    return "de"

def k_pl_courier(b):
    g, f, _ = nm("pl")
    b.t("Notatka kuriera – przesyłka " + dg(20) + "\nOdbiorca: ").p(PE, g + " " + f).t(", ").p(AD, addr("PL", multi=False, country=False)).t(". Nikt nie otworzył, zostawiono awizo. Paczkomat KRA" + dg(2) + "M. Kontakt ").p(PH, ph("PL", R.random() < .5)).t(", kod odbioru " + dg(6) + ".\n")
    return "pl"

def k_tr_sms(b):
    g, f, _ = nm("tr")
    b.t("SMS önizleme (" + str(R.randint(1, 3)) + "/3): Sayın ").p(PE, g + " " + f).t(", " + ch(PRODUCTS) + " siparişiniz " + order_no() + " kargoya verildi. Teslimat: ").p(AD, addr("TR", multi=False, country=False)).t(". Bilgi: ").p(PH, ph("TR")).t(". Mersis " + dg(16) + " B" + dg(3) + "\n")
    return "tr"

def k_pt_br_ticket(b):
    g, f, _ = nm("pt")
    b.t("Chamado #" + dg(6) + " — cliente ").p(PE, g + " " + f).t(" pediu troca do " + ch(PRODUCTS) + ". Ligar no ").p(PH, ph("BR")).t(" ou no fixo de ").p(LO, "Lisboa").t(" ").p(PH, ph("PT", True)).t(". Reembolso via IBAN ").p(IB, iban("PT")).t(" (valor " + price() + ").\n")
    return "pt"

def k_cs_hu_ro_form(b):
    lang = ch(["cs", "hu", "ro"]); c = LOC_CITY_OF[lang]; g, f, _ = nm(LNAME[lang])
    lab = {"cs": ("Reklamační formulář", "Jméno", "Adresa", "Telefon"), "hu": ("Reklamációs lap", "Név", "Cím", "Telefon"), "ro": ("Formular de retur", "Nume", "Adresă", "Telefon")}[lang]
    nmv = (f + " " + g) if lang == "hu" else ch([g + " " + f, f.upper() + " " + g])
    b.t(lab[0] + " " + dg(6) + "\n" + lab[1] + ": ").p(PE, nmv).t("\n" + lab[2] + ":\n").p(AD, addr(c, multi=True, country=R.random() < .4)).t("\n" + lab[3] + ": ").p(PH, ph(c)).t("\nIBAN: ").p(IB, iban(c)).t("\n" + ch(PRODUCTS) + " – " + price() + "\n")
    return lang

def k_vi_shipper(b):
    g, f, _ = nm("vn"); g2, f2, _ = nm("vn")
    b.t("Phiếu giao hàng " + dg(10) + "\nNgười nhận: ").p(PE, f + " " + g).t("\nSĐT: ").p(PH, ph("VN", R.random() < .4)).t("\nĐịa chỉ: ").p(AD, addr("VN", multi=R.random() < .5, country=False)).t("\nThu hộ (COD): " + str(R.randint(100, 990)) + ".000đ\nGhi chú: gọi trước khi giao, nếu vắng gửi chị ").p(PE, g2.split(" ")[-1]).t(" bán nước đầu hẻm. Shipper: ").p(PE, f2 + " " + g2).t("\n")
    return "vi"

def k_id_reseller(b):
    g, f, _ = nm("id")
    b.t("Data reseller baru (form Google)\nNama lengkap: ").p(PE, ch([g + " " + f, g, g.upper()])).t("\nNo. WA: ").p(PH, ph("ID", R.random() < .5)).t("\nAlamat: ").p(AD, addr("ID", multi=False, country=R.random() < .3)).t("\nKota asal: ").p(LO, ch(["Medan", "Makassar", "Yogyakarta", "Semarang"])).t("\nEmail: ").p(EM, email(g, f)).t("\nProduk: " + ch(PRODUCTS) + " (kode " + dg(6) + "), target " + str(R.randint(10, 200)) + " pcs/bulan\n")
    return "id"

def giftno():
    while True:
        x = "6" + dg(18)
        if not luhn_ok(x): return x

def k_paylink_fail(b):
    b.t("payment-link failures (last 24h) — export for CX callback list\n")
    for _ in range(R.randint(2, 4)):
        g, f, _ = nm()
        b.t("- ").p(PE, g + " " + f).t(" | card ")
        if R.random() < .6: b.p(CC, cc())
        else: b.t("**** **** **** " + dg(4))
        b.t(" | decline " + ch(["05", "51", "54"]) + " | amt " + price() + " | cb ").p(PH, ph()).t(" | ip ").p(IP, ip()).t("\n")
    b.t("Gift card nos (not cards!): " + giftno() + ", " + giftno() + "\n")
    return "en"

def k_ssn_neg(b):
    g, f, _ = nm("us")
    b.t("Employee-discount verification for ").p(PE, g + " " + f).t(" (store #" + dg(4) + ", ").p(LO, ch(["Ohio", "Texas", "Georgia", "Oregon"])).t(")\nSSN on file: ***-**-" + dg(4) + " (masked)   Employee ID: " + dg(3) + "-" + dg(2) + "-" + dg(3) + "\nHR confirmed by phone, full SSN ").p(SS, ssn()).t(" matches payroll. Callback ").p(PH, ph("US")).t(". Discount tier 30%. Order " + dg(9) + ".\n")
    return "en"

def k_it_portineria(b):
    g, f, _ = nm("it")
    b.t("Nota per la portineria – " + date_() + "\nPacco per " + ch(["sig.ra ", "dott. ", ""])).p(PE, (g + " " + f) if R.random() < .5 else f.upper()).t(", ").p(AD, addr("IT", multi=False, unit=True, country=False)).t(". Se assente consegnare alla vicina ").p(PE, nm("it")[0]).t(" (int. " + dg(1) + "). Corriere: ").p(PH, ph("IT")).t(". Contrassegno " + price() + ", codice ritiro " + dg(6) + ".\n")
    return "it"

def k_nl_bezorg(b):
    g, f, _ = nm("nl")
    b.t("Bezorgnotitie rit " + dg(3) + ": ").p(PE, g + " " + f).t(" niet thuis. Pakket afgegeven bij de buren op ").p(AD, addr("NL", multi=False, country=False)).t(" (bovenwoning). Klant belde vanaf ").p(PH, ph("NL")).t(". Zending 3S" + ch(["QYZ", "ABC"]) + dg(9) + ", postcodecheck ok.\n")
    return "nl"

def k_scandi_flea(b):
    lang = ch(["da", "no", "sv"]); c = LOC_CITY_OF[lang]; g, f, _ = nm(LNAME[lang])
    T = {"da": ("Besked fra køber på loppemarkedet: Hej, jeg er ", " – kan jeg hente ", "-lampen i morgen? Min adresse er ", ", ring på ", ". MobilePay-nr. er ikke mit telefonnummer."),
         "no": ("Melding fra kjøper på FINN: Hei, jeg heter ", " – kan jeg hente ", "-lampen i morgen? Adressen min er ", ", ring ", ". Vipps-nummeret er et annet."),
         "sv": ("Meddelande från köpare på Blocket: Hej, jag heter ", " – kan jag hämta ", "-lampan i morgon? Min adress är ", ", ring ", ". Swish-numret är inte mitt.")}[lang]
    b.t(T[0]).p(PE, g + " " + f).t(T[1] + ch(["Florence", "Harper", "Oslo"]) + T[2]).p(AD, addr(c, multi=False, country=False)).t(T[3]).p(PH, ph(c)).t(T[4] + " " + ch(["Mvh", "Hilsen", "Mvh"]) + " ").p(PE, g).t("\n")
    return lang

def k_catering(b):
    g, f, _ = nm(); c = ch(["GB", "US", "IE", "AU"])
    b.t("CATERING ORDER — " + ch(["Launch drinks", "Staff breakfast"]) + " for " + str(R.randint(20, 150)) + " pax\nContact on the day: ").p(PE, g).t(" ").t("(").p(PH, ph(c)).t(")\nVenue: ").p(AD, addr(c, multi=False, country=False, unit=True)).t(" — loading bay at rear, ask for ").p(PE, full(form=ch(["g", "gf"]))).t(" at security\nOrder ref " + order_no() + ", PO " + dg(8) + ", total " + price() + "\nMenu: " + ch(["Victoria Sponge Kit", "Georgia Peach Scrub"]) + " (props only!), Earl Grey, Eggs Benedict\n")
    return "en"

def k_bike_tag(b):
    g, f, _ = nm()
    b.t("REPAIR TAG #" + dg(5) + "\n").p(PE, f.upper()).t("\n").p(PH, ph(ch(["GB", "NL", "DK", "DE"]))).t("\n" + ch(["Brompton", "Gazelle", "Trek"]) + " — gears, brakes\nFrame no. WTU" + dg(9) + "\nQuoted " + price() + " · ready " + ch(["Thu", "Fri", "Sat"]) + " " + time_() + "\n")
    return "en"

KINDS = [k_callcentre, k_whatsapp, k_rma, k_appt, k_driver, k_rsvp_wedding, k_influencer, k_yaml, k_ini, k_subtitle, k_bizcard, k_voicemail,
         k_birthday, k_folio, k_pharmacy, k_mailmerge, k_slack, k_quoted, k_vcard, k_envelope, k_survey, k_marketplace, k_picklist, k_rota,
         k_podcast, k_auction, k_consent, k_petgroom, k_gym, k_luggage, k_tenancy, k_backer, k_translation, k_loyalty, k_chargeback,
         k_creditapp, k_outreach_email, k_event_signin, k_names_only_end, k_ip_log, k_brand_negatives, k_patronym, k_nickname, k_split_cells, k_ics, k_gift, k_receipt_ocr, k_w9, k_bugticket, k_paylink_fail, k_ssn_neg, k_catering, k_bike_tag]
LOCAL = [k_order_local, k_agent_notes_local, k_newsletter_footer_local, k_review_local, k_sepa_local, k_es_chat, k_ja_slip, k_nordic_club, k_fr_sav, k_de_export, k_pl_courier, k_tr_sms, k_pt_br_ticket, k_cs_hu_ro_form, k_vi_shipper, k_id_reseller, k_it_portineria, k_nl_bezorg, k_scandi_flea]

def main(n=500):
    out = []
    for i in range(n):
        b = B()
        if i % 20 < 7:  # ~35% non-English
            fn = LOCAL[i % len(LOCAL)] if R.random() < .5 else ch(LOCAL)
        else:
            fn = KINDS[i % len(KINDS)] if R.random() < .6 else ch(KINDS)
        lang = fn(b)
        if lang == "en" and fn in (k_appt,): pass
        kind = fn.__name__[2:]
        if fn is k_appt: kind = "appointment_reminder"
        out.append({"id": "hard20-%d" % (i + 1), "kind": kind, "lang": lang, "text": b.text(), "spans": b.spans})
    cnt = Counter(); kinds = Counter(); langs = Counter()
    for o in out:
        T = o["text"]; prev = 0
        for s in sorted(o["spans"], key=lambda s: s["start"]):
            assert 0 <= s["start"] < s["end"] <= len(T), o
            assert s["start"] >= prev, ("overlap", o["id"])
            assert T[s["start"]:s["end"]].strip() == T[s["start"]:s["end"]], (o["id"], T[s["start"]:s["end"]])
            prev = s["end"]; cnt[s["type"]] += 1
            v = T[s["start"]:s["end"]]
            if s["type"] == CC:
                assert luhn_ok(v.replace(" ", "").replace("-", "")), v
            if s["type"] == IB:
                z = v.replace(" ", ""); z = z[4:] + z[:4]
                assert int("".join(str(int(c_, 36)) for c_ in z)) % 97 == 1, v
        kinds[o["kind"]] += 1; langs[o["lang"]] += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("samples", len(out)); print("types", dict(cnt)); print("kinds", len(kinds), dict(kinds)); print("langs", len(langs), dict(langs))

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
