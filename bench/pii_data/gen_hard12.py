#!/usr/bin/env python3
"""Blind PII evaluation set hard12 -- deterministic generator (stdlib only).
Offsets are computed while the text is assembled (builder pattern), never by searching."""
import json, random, re, sys, unicodedata, collections, os

R = random.Random(12)

# ---------------------------------------------------------------- builder
class B:
    def __init__(s):
        s.parts = []; s.spans = []; s.n = 0
    def t(s, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, tuple):
                s.e(x[0], x[1])
            elif isinstance(x, list):
                s.t(*x)
            else:
                s.parts.append(x); s.n += len(x)
        return s
    def e(s, typ, val):
        if typ is None:
            return s.t(val)
        s.spans.append({"type": typ, "start": s.n, "end": s.n + len(val)})
        s.parts.append(val); s.n += len(val)
        return s
    def fill(s, tpl, **kw):
        for tok in re.split(r"(\{\w+\})", tpl):
            if tok.startswith("{") and tok.endswith("}") and tok[1:-1] in kw:
                s.t(kw[tok[1:-1]])
            else:
                s.t(tok)
        return s
    def text(s):
        return "".join(s.parts)

def P(v): return ("PERSON", v)
def EM(v): return ("EMAIL_ADDRESS", v)
def PH(v): return ("PHONE_NUMBER", v)
def CC(v): return ("CREDIT_CARD", v)
def IB(v): return ("IBAN_CODE", v)
def SSN(v): return ("US_SSN", v)
def IP(v): return ("IP_ADDRESS", v)
def AD(v): return ("STREET_ADDRESS", v)
def LOC(v): return ("LOCATION", v)

# ---------------------------------------------------------------- names
NAMES = {
 'en': (["Oliver","Amelia","Jack","Hope","Will","Rose","Mark","Bill","Summer","Sky","Faith","Amber","Grace","Harry","Chloe","Megan","Dylan","Penny","Robin","Dawn"],
        ["Young","Price","Stone","Fox","Bird","Baker","White","Hughes","Thompson","Clarke","Fletcher","Marsh","Whitfield","Ashworth-Bell","Little","Hill","Wood","Brook"]),
 'ie': (["Siobhán","Ciarán","Aoife","Niamh","Declan","Orla","Pádraig","Saoirse","Cillian"],
        ["O'Sullivan","McCarthy","Ní Bhriain","Ó Briain","Fitzgerald","MacNamara","Kavanagh","O'Connell"]),
 'us': (["Tyler","Brianna","DeShawn","Madison","Kayla","Jaxon","Savannah","Destiny","Chase","Hunter"],
        ["Johnson","Rodriguez","McAllister","Washington","Kowalczyk","Nguyen","Hernandez","Bishop","Long"]),
 'ng': (["Chinedu","Ngozi","Oluwaseun","Adaeze","Babatunde","Funmilayo","Emeka","Yetunde","Blessing","Precious"],
        ["Okafor","Adeyemi","Eze","Balogun","Nwachukwu","Ogunleye","Abubakar","Okonkwo-Bello"]),
 'za': (["Thabo","Lerato","Sipho","Nomvula","Pieter","Anele","Zanele","Gift","Lindiwe"],
        ["Nkosi","Dlamini","van der Merwe","Botha","Mokoena","Naidoo","Khumalo","du Plessis"]),
 'in': (["Priya","Arjun","Lakshmi","Rahul","Ananya","Venkatesh","Sneha","Harpreet","Deepa","Sandeep"],
        ["Sharma","Iyer","Reddy","Chatterjee","Nair","Gupta","Singh","Krishnamurthy","Banerjee"]),
 'au': (["Lachlan","Matilda","Brodie","Isla","Cooper","Tahlia","Jarrah","Mackenzie"],
        ["Mitchell","Campbell","O'Brien","Kennedy","Papadopoulos","Tran","McKenzie"]),
 'ar': (["Mohammed","Fatima","Omar","Layla","Yousef","Noor","Khalid","Aisha","Huda"],
        ["Al-Rashid","bin Saleh","ibn Harith","Haddad","El-Amin","Al Mansouri","Khoury","Abdel-Fattah"]),
 'cn': (["Wei","Xiaoling","Jun","Mei","Haoran","Yuxin","Jia Hui"],
        ["Zhang","Li","Wang","Chen","Liu","Zhou","Huang"]),
 'jp': (["Haruto","Yui","Sota","Aoi","Kenji","Sakura","Ren"],
        ["Tanaka","Suzuki","Takahashi","Watanabe","Yamamoto","Kobayashi"]),
 'kr': (["Min-jun","Seo-yeon","Ji-ho","Ha-eun","Do-yun","Ji-woo"],
        ["Kim","Lee","Park","Choi","Jung","Kang"]),
 'vn': (["Thi Lan","Van Minh","Thu Trang","Quoc Bao","Ngoc Anh"],
        ["Nguyen","Tran","Le","Pham","Hoang"]),
 'latam': (["Alejandro","Valentina","Santiago","Camila","Mateo","Ximena","Guadalupe"],
        ["García Márquez","de la Cruz","Hernández","Pérez-Ortiz","Villalobos","de los Santos"]),
 'de': (["Lukas","Hannah","Jürgen","Sabine","Felix","Anneliese","Maximilian","Gerd","Ute"],
        ["Müller","Schneider","Weißmann","von Bülow","Hoffmann","Krüger","Schäfer-Lindner","Vogel","Fuchs"]),
 'fr': (["Camille","Théo","Léa","Mathieu","Élodie","Jean-Baptiste","Inès","Aurélien","Océane"],
        ["Dubois","Lefèvre","de la Fontaine","Moreau","Girard","Bonnet","Chevalier","Le Goff"]),
 'es': (["Lucía","Javier","Carmen","Pablo","Nuria","Íñigo","Rocío","Álvaro"],
        ["García López","Fernández","Martín","de la Vega","Ruiz","Sánchez-Mora","Iglesias"]),
 'it': (["Giulia","Marco","Chiara","Alessandro","Francesca","Lorenzo","Benedetta"],
        ["Rossi","Bianchi","Esposito","De Luca","Romano","Colombo","D'Angelo"]),
 'nl': (["Daan","Sanne","Joris","Femke","Bram","Lotte","Wouter"],
        ["de Vries","van den Berg","Jansen","van Dijk","Bakker","de Jong","Visser","van der Linden"]),
 'pt': (["João","Inês","Tiago","Beatriz","Rui","Mariana","Gonçalo"],
        ["Silva","Santos","Ferreira","Pereira","Costa","Rodrigues","Magalhães"]),
 'br': (["Thiago","Larissa","Gabriel","Júlia","Rafael","Fernanda","Luana"],
        ["Oliveira","Souza","Lima","Carvalho","Almeida","dos Santos","Nascimento"]),
 'pl': (["Tomasz","Agnieszka","Krzysztof","Małgorzata","Piotr","Zofia","Grzegorz"],
        ["Kowalski","Nowak","Wiśniewska","Wójcik","Lewandowski","Dąbrowska","Szczepański"]),
 'cs': (["Jiří","Tereza","Petr","Lucie","Tomáš","Kateřina","Vojtěch"],
        ["Novák","Svobodová","Dvořák","Černá","Procházka","Kučerová","Veselý"]),
 'sk': (["Marek","Zuzana","Ľubomír","Jana","Martin","Katarína","Ondrej"],
        ["Horváth","Kováčová","Varga","Tóthová","Baláž","Šimková","Hudec"]),
 'hr': (["Ivan","Ana","Luka","Petra","Marko","Ivana","Tena"],
        ["Horvat","Kovačević","Babić","Marić","Jurić","Knežević","Vuković"]),
 'sl': (["Matej","Nina","Jure","Maja","Rok","Špela","Urška"],
        ["Novak","Kranjc","Zupančič","Potočnik","Mlakar","Kovačič","Vidmar"]),
 'hu': (["Ádám","Eszter","Bence","Réka","Zoltán","Katalin","Gergő","Zsófia"],
        ["Nagy","Kovács","Szabó","Tóth","Horváth","Kiss","Molnár","Varga","Szűcs"]),
 'ro': (["Andrei","Ioana","Mihai","Elena","Alexandru","Cristina","Ștefan","Bianca"],
        ["Popescu","Ionescu","Dumitrescu","Stan","Gheorghiu","Constantinescu","Răducanu","Munteanu"]),
 'el': (["Giorgos","Maria","Dimitris","Eleni","Konstantinos","Katerina","Nikos"],
        ["Papadopoulos","Georgiou","Nikolaidis","Karagianni","Oikonomou","Vlachou"]),
 'elg': (["Γιώργος","Μαρία","Δημήτρης","Ελένη","Νίκος","Σοφία"],
        ["Παπαδόπουλος","Γεωργίου","Νικολαΐδης","Οικονόμου","Βλάχου","Καραγιάννη"]),
 'tr': (["Mehmet","Ayşe","Emre","Zeynep","Burak","Elif","Çağla","Oğuz"],
        ["Yılmaz","Kaya","Demir","Şahin","Çelik","Öztürk","Aydın","Kılıç"]),
 'sv': (["Erik","Linnea","Oskar","Ebba","Johan","Saga","Björn"],
        ["Andersson","Johansson","Lindqvist","Karlsson","Nyström","Bergström","Åberg"]),
 'da': (["Mads","Freja","Rasmus","Ida","Søren","Mette","Asger"],
        ["Nielsen","Jensen","Sørensen","Rasmussen","Møller","Kjærgaard","Østergaard"]),
 'nb': (["Henrik","Ingrid","Sindre","Kari","Magnus","Solveig","Øyvind"],
        ["Hansen","Johansen","Olsen","Berg","Haugen","Fjeldstad","Bråten"]),
 'fi': (["Juha","Aino","Mikko","Sanna","Eetu","Helmi","Tuula"],
        ["Korhonen","Virtanen","Mäkinen","Nieminen","Hämäläinen","Järvinen","Leppänen"]),
 'lt': (["Mantas","Rūta","Tomas","Eglė","Darius","Gintarė","Žygimantas"],
        ["Kazlauskas","Petrauskienė","Jankauskas","Vasiliauskaitė","Žukauskas","Balčiūnas"]),
 'lv': (["Jānis","Līga","Andris","Ilze","Kārlis","Dace","Artūrs"],
        ["Bērziņš","Kalniņa","Ozols","Liepa","Krūmiņš","Zariņa"]),
 'et': (["Kristjan","Liis","Märt","Kadri","Rasmus","Triin","Jaanika"],
        ["Tamm","Saar","Sepp","Mägi","Kask","Kukk","Rebane"]),
}
FOREIGN = ['ar','cn','jp','kr','vn','latam','ng','in','tr','pl']

def person(r, origin):
    if r.random() < 0.18:
        origin = r.choice(FOREIGN)
    if origin == 'el' and r.random() < 0.4:
        origin = 'elg'
    f, l = NAMES[origin]
    first = r.choice(f)
    lasts = l
    if origin in GENDERED:
        fem = first.endswith(("a", "e", "ė", "η", "i"))
        lasts = [x for x in l if x in NEUTRAL or is_fem_last(x) == fem]
    return {"first": first, "last": r.choice(lasts), "origin": origin}

GENDERED = {'cs', 'sk', 'pl', 'lt', 'lv', 'el', 'elg'}
NEUTRAL = {'Nowak', 'Liepa', 'Georgiou', 'Oikonomou', 'Γεωργίου', 'Οικονόμου'}
def is_fem_last(x):
    return x.endswith(("á", "ska", "ienė", "aitė", "ņa")) or x in ('Karagianni', 'Vlachou', 'Καραγιάννη', 'Βλάχου')

def up(s):
    """Upper-case; Greek capitals drop the tonos as in real Greek typesetting."""
    u = s.upper()
    if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in u):
        u = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", u) if c != "\u0301"))
    return u

def full(p):
    if p["origin"] == 'hu':
        return p["last"] + " " + p["first"]
    return p["first"] + " " + p["last"]

def nm(r, p, style=None):
    style = style or r.choice(['full','full','full','first','init','caps','rev'])
    if style == 'full': return full(p)
    if style == 'first': return p["first"]
    if style == 'last': return p["last"]
    if style == 'init':
        ini = ". ".join(x[0] for x in p["first"].replace("-", " ").split()) + "."
        return ini + " " + p["last"]
    if style == 'caps': return up(full(p))
    if style == 'lower': return full(p).lower()
    if style == 'rev': return up(p["last"]) + ", " + p["first"]
    return full(p)

TRANS = str.maketrans({"ß":"ss","ø":"o","Ø":"O","æ":"ae","Æ":"AE","ł":"l","Ł":"L","đ":"d","Đ":"D","ı":"i","'":"", "’":""})
def ascii_fold(s):
    s = s.translate(TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)

DOMAINS = {'GB':["gmail.com","btinternet.com","outlook.com","yahoo.co.uk"],'US':["gmail.com","yahoo.com","icloud.com","comcast.net"],
 'IE':["eircom.net","gmail.com"],'AU':["bigpond.com","gmail.com"],'IN':["gmail.com","rediffmail.com"],'ZA':["webmail.co.za","gmail.com"],
 'NG':["yahoo.com","gmail.com"],'CA':["rogers.com","gmail.com"],'DE':["gmx.de","web.de","t-online.de"],'AT':["gmx.at","aon.at"],
 'CH':["bluewin.ch","gmx.ch"],'FR':["orange.fr","free.fr","laposte.net"],'BE':["skynet.be","telenet.be"],'ES':["hotmail.es","gmail.com"],
 'IT':["libero.it","virgilio.it","tiscali.it"],'NL':["ziggo.nl","kpnmail.nl","hotmail.nl"],'PT':["sapo.pt","gmail.com"],'BR':["uol.com.br","bol.com.br","gmail.com"],
 'PL':["wp.pl","o2.pl","onet.pl","interia.pl"],'CZ':["seznam.cz","email.cz","centrum.cz"],'SK':["azet.sk","centrum.sk"],'HR':["net.hr","gmail.com"],
 'SI':["siol.net","gmail.com"],'HU':["freemail.hu","citromail.hu","gmail.com"],'RO':["yahoo.ro","gmail.com"],'GR':["otenet.gr","yahoo.gr"],
 'TR':["hotmail.com","gmail.com","yandex.com.tr"],'SE':["telia.com","gmail.com"],'DK':["mail.dk","gmail.com"],'NO':["online.no","gmail.com"],
 'FI':["luukku.com","gmail.com"],'LT':["inbox.lt","gmail.com"],'LV':["inbox.lv","gmail.com"],'EE':["hot.ee","mail.ee"],'JP':["docomo.ne.jp","yahoo.co.jp"],'KR':["naver.com","daum.net"]}
WORK_DOMAINS = ["northwind-retail.com","brightlane.co","kestrel-media.io","halcyonfoods.eu","meridian-events.com","oakandash.co.uk","vantage-b2b.de","solsticebeauty.com"]

def email(r, p, cc=None, work=False):
    f = ascii_fold(p["first"]).lower().replace(" ", "").replace("-", "")
    l = ascii_fold(p["last"]).lower().replace(" ", "").replace("-", "")
    if not f: f = r.choice(["g.pap","maria.k","dimi"])
    if not l: l = r.choice(["papa","geo","niko"]) + str(r.randint(1, 99))
    pat = r.choice(["{f}.{l}","{f}{l}","{fi}{l}","{f}_{l}{n}","{l}.{f}","{f}{n}","{fi}.{l}"])
    local = pat.format(f=f, l=l, fi=f[0], n=r.randint(1, 99))
    dom = r.choice(WORK_DOMAINS) if work else r.choice(DOMAINS.get(cc, ["gmail.com"]))
    return local + "@" + dom

# ---------------------------------------------------------------- phones
PHONES = {
 'GB':["07### ######","07### ### ###","+44 7### ######","+44 (0)20 7### ####","020 7### ####","0161 ### ####","+447#########"],
 'US':["(212) ###-####","312.###.####","+1 415-###-####","1-800-###-####","646 ### ####","+1 (713) ###-####"],
 'IE':["087 ### ####","+353 87 ### ####","(01) ### ####","+353 1 ### ####","086-#######"],
 'AU':["04## ### ###","+61 4## ### ###","(02) 9### ####","+61 2 9### ####","0412-###-###"],
 'IN':["+91 98### #####","98###-#####","+91-80-2###-####","080 2### ####","9#########"],
 'ZA':["082 ### ####","+27 82 ### ####","(011) ### ####","+27 (0)21 ### ####","072-###-####"],
 'NG':["0803 ### ####","+234 803 ### ####","+234 (0)809 ### ####","0706-###-####","08#########"],
 'CA':["(416) ###-####","+1 604 ### ####","514-###-####"],
 'DE':["+49 30 ########","030/#######","0171 #######","+49 (0)171 ### ####","0151-########","089 / ### ## ##"],
 'AT':["+43 664 #######","0664/### ## ##","+43 1 ### ## ##","01 ### ####"],
 'CH':["+41 79 ### ## ##","079 ### ## ##","044 ### ## ##","+41 (0)44 ### ## ##"],
 'FR':["06 ## ## ## ##","+33 6 ## ## ## ##","06.##.##.##.##","01 ## ## ## ##","+33 (0)1 ## ## ## ##","07-##-##-##-##"],
 'BE':["+32 470 ## ## ##","0470/##.##.##","02 ### ## ##","+32 2 ### ## ##"],
 'ES':["+34 6## ### ###","6## ## ## ##","91 ### ## ##","+34 93 ### ## ##","6########"],
 'IT':["+39 33# ### ####","33# #######","02 #### ####","+39 06 #### ####","348/#######"],
 'NL':["06-########","+31 6 ########","020 ### ####","+31 (0)20 ### ####","06 ## ## ## ##","010-#######"],
 'PT':["+351 91# ### ###","91# ### ###","21# ### ###","+351 21# ### ###"],
 'BR':["(11) 9####-####","+55 11 9####-####","+55 (21) 9####-####","11 9#### ####","(31) 3###-####"],
 'PL':["+48 60# ### ###","60#-###-###","(22) ### ## ##","+48 22 ### ## ##","5## ### ###"],
 'CZ':["+420 60# ### ###","60# ### ###","+420 2## ### ###","773 ### ###","+420602######"],
 'SK':["+421 90# ### ###","090# ### ###","02/### ### ##","+421 2 #### ####"],
 'HR':["+385 91 ### ####","091 ### ####","01/### ####","+385 (0)98 ### ###","099-###-####"],
 'SI':["+386 41 ### ###","041 ### ###","01 ### ## ##","+386 (0)40 ### ###","031/###-###"],
 'HU':["+36 30 ### ####","06 30 ### ####","06-20-###-####","+36 (1) ### ####","06 1 ### ####","+36-70-###-##-##","06/30/###-####"],
 'RO':["+40 72# ### ###","072# ### ###","07##.###.###","021 ### ####","+40 (21) ### ## ##","07########"],
 'GR':["+30 69# ### ####","69########","210 ### ####","+30 210 #######","69# ### ####","2310 ######"],
 'TR':["+90 53# ### ## ##","0 (53#) ### ## ##","053# ### ## ##","0212 ### ## ##","+90 (216) ### ## ##","53#-###-####"],
 'SE':["070-### ## ##","+46 70 ### ## ##","08-### ### ##","+46 8 ### ### ##","073 ### ## ##","031-## ## ##"],
 'DK':["+45 ## ## ## ##","## ## ## ##","+45 ########","(+45) ## ## ## ##"],
 'NO':["+47 9## ## ###","9## ## ###","+47 4## ## ###","22 ## ## ##","(+47) 9#######"],
 'FI':["040 ### ####","+358 40 #######","050-### ####","+358 (0)9 ### ####","09 ### ####","044 ### ## ##"],
 'LT':["+370 6## #####","8 6## #####","8 (5) ### ####","+370 5 ### ####","86#######"],
 'LV':["+371 2### ####","2# ### ###","+371 67## ####","(+371) 2#######"],
 'EE':["+372 5### ####","5### ####","+372 6## ####","5#######"],
 'JP':["03-####-####","090-####-####","+81 90-####-####","+81 3 #### ####","(03) ####-####"],
 'KR':["010-####-####","+82 10-####-####","02-###-####","+82 2 #### ####","010 #### ####"],
}
def phone(r, cc, fmt=None):
    f = fmt if fmt is not None else r.choice(PHONES[cc])
    out = []
    for i, ch in enumerate(f):
        out.append(str(r.randint(1 if i == 0 else 0, 9)) if ch == "#" else ch)
    return "".join(out)

# ---------------------------------------------------------------- addresses (lists of lines in local layout)
def d(r, a, b): return str(r.randint(a, b))
def L(r): return r.choice("ABCDEFGHJKLMNPRSTUWXY")

def a_gb(r):
    unit = r.choice(["", "Flat %s, " % d(r,1,24), "Flat %s%s, " % (d(r,1,6), r.choice("ABCD")), ""])
    bld = r.choice([[], [], ["%s House" % r.choice(["Kingsley","Alder","Hartley","Beacon"])]])
    street = "%s%s %s" % (unit, d(r,1,240), r.choice(["Wellington Road","Church Lane","Victoria Street","Ashgrove Avenue","Mill Close","Albion Terrace"]))
    city, pc1 = r.choice([("Leeds","LS6"),("Manchester","M20"),("Bristol","BS7"),("London","SE15"),("Glasgow","G12"),("Cardiff","CF24"),("Norwich","NR2")])
    pc = "%s %s%s%s" % (pc1, d(r,1,9), L(r), L(r))
    return bld + [street] + r.choice([[city, pc], [city + " " + pc], [r.choice(["Headingley","Didsbury","Bishopston","Peckham"]), city, pc]])
def a_us(r):
    st = "%s %s" % (d(r,10,9800), r.choice(["Maple Ave","N Oak St","Elm Street","W 34th St","Sunset Blvd","Pine Ridge Rd","Commonwealth Ave"]))
    unit = r.choice(["", " Apt %s%s" % (d(r,1,12), r.choice("ABCD")), ", Suite %s" % d(r,100,900), " #%s" % d(r,2,40)])
    city = r.choice([("Portland","OR","972"),("Austin","TX","787"),("Columbus","OH","432"),("Brooklyn","NY","112"),("Boston","MA","021"),("Denver","CO","802")])
    z = city[2] + d(r,10,99) + r.choice(["", "-" + d(r,1000,9999)])
    return [st + unit, "%s, %s %s" % (city[0], city[1], z)]
def a_ca(r):
    st = "%s-%s %s" % (d(r,101,2304), d(r,100,2999), r.choice(["Robson Street","Rue Saint-Denis","Bloor St W","Jasper Ave"]))
    c = r.choice([("Vancouver","BC","V6G"),("Montréal","QC","H2X"),("Toronto","ON","M5S"),("Edmonton","AB","T5J")])
    return [st, "%s %s  %s %s%s%s" % (c[0], c[1], c[2], d(r,1,9), L(r), d(r,1,9))]
def a_ie(r):
    return ["%s %s" % (d(r,1,88), r.choice(["Fitzwilliam Lane","Seaview Park","Main Street","Church Road"])),
            r.choice(["Rathmines","Ballincollig","Salthill","Clontarf"]),
            r.choice(["Dublin 6","Co. Cork","Galway","Dublin 3"]),
            "%s%s %s%s%s%s" % (r.choice(["D06","T12","H91","D03"]), "", L(r), d(r,1,9), L(r), d(r,1,9))]
def a_au(r):
    return ["%s%s %s" % (r.choice(["", "Unit %s/" % d(r,1,20), "%s/" % d(r,1,9)]), d(r,1,200), r.choice(["Banksia St","Sydney Rd","Ocean Pde","Hargreaves Cres"])),
            r.choice(["MARRICKVILLE NSW 2204","Brunswick VIC 3056","Fremantle WA 6160","New Farm QLD 4005"])]
def a_in(r):
    return [r.choice(["Flat %s, Sai Residency" % d(r,101,804), "H.No. %s-%s" % (d(r,1,12), d(r,1,300)), "%s, 2nd Floor" % d(r,1,99)]),
            r.choice(["5th Cross, Indiranagar", "Sector %s, Vashi" % d(r,1,30), "Anna Nagar West", "Banjara Hills Road No. %s" % d(r,1,12)]),
            r.choice(["Near Metro Station", "Opp. SBI Bank", "Behind Ganesh Temple", "Landmark: Apollo Pharmacy"]),
            r.choice(["Bengaluru, Karnataka 5600%s" % d(r,10,99), "Navi Mumbai, Maharashtra 4007%s" % d(r,10,99), "Chennai - 6000%s" % d(r,10,99), "Hyderabad, Telangana 5000%s" % d(r,10,99)])]
def a_za(r):
    return ["%s %s" % (d(r,1,120), r.choice(["Jacaranda Street","Voortrekker Road","Main Road","Long Street"])),
            r.choice(["Menlo Park","Bellville","Rondebosch","Melville"]),
            r.choice(["Pretoria","Cape Town","Johannesburg"]), d(r,1,9) + d(r,0,9) + d(r,0,9) + d(r,0,9)]
def a_ng(r):
    return ["%s %s" % (d(r,1,80), r.choice(["Adeola Odeku Street","Awolowo Road","Allen Avenue","Ogui Road"])),
            r.choice(["Victoria Island","Ikoyi","Ikeja","GRA"]), r.choice(["Lagos","Lagos State","Enugu"])]
def a_de(r):
    lines = [r.choice(["Lindenstraße","Hauptstr.","Am Mühlbach","Schillerplatz","Bergmannstraße"]) + " " + d(r,1,120) + r.choice(["","","a"," b"])]
    if r.random() < 0.25: lines.insert(0, r.choice(["c/o Schmidt","Hinterhaus, 3. OG","bei Weber"]))
    lines.append(r.choice(["10969 Berlin","80331 München","50667 Köln","20095 Hamburg","04109 Leipzig"]))
    return lines
def a_at(r):
    return ["%s %s/%s/%s" % (r.choice(["Hauptstraße","Mariahilfer Straße","Landstraßer Hauptstraße"]), d(r,1,90), d(r,1,4), d(r,1,20)),
            r.choice(["1040 Wien","8010 Graz","5020 Salzburg"])]
def a_ch(r):
    return [r.choice(["Bahnhofstrasse","Seefeldstrasse","Rue du Rhône"]) + " " + d(r,1,99), r.choice(["8001 Zürich","8008 Zürich","1204 Genève","3011 Bern"])]
def a_fr(r):
    lines = ["%s %s" % (d(r,1,150) + r.choice(["",""," bis"]), r.choice(["rue des Lilas","avenue Jean Jaurès","boulevard Voltaire","rue de la République","impasse du Moulin"]))]
    if r.random() < 0.4: lines.append(r.choice(["Bât. B, 3e étage","Résidence Les Tilleuls, apt 12","Escalier C"]))
    lines.append(r.choice(["69003 Lyon","75011 Paris","13006 Marseille","33000 Bordeaux","31000 Toulouse","44000 NANTES"]))
    return lines
def a_be(r):
    return [r.choice(["Rue de la Loi %s bte %s" % (d(r,1,200), d(r,1,9)), "Meir %s bus %s" % (d(r,1,90), d(r,1,5)), "Kerkstraat %s" % d(r,1,150)]),
            r.choice(["1000 Bruxelles","2000 Antwerpen","9000 Gent","4000 Liège"])]
def a_es(r):
    return ["%s %s, %s, %s" % (r.choice(["C/","Calle","Avda."]), r.choice(["Mayor","de Alcalá","Gran Vía","del Carmen"]), d(r,1,200), r.choice(["2º B","3º izq.","bajo","5º D"])),
            r.choice(["28013 Madrid","08002 Barcelona","46001 Valencia","41004 Sevilla"])]
def a_it(r):
    return ["%s %s%s" % (r.choice(["Via Garibaldi","Corso Buenos Aires","Via dei Mille","Piazza Cavour"]), d(r,1,120), r.choice(["",", scala B, int. %s" % d(r,1,20),"/A"])),
            r.choice(["20121 Milano MI","00185 Roma RM","80134 Napoli NA","10121 Torino TO"])]
def a_nl(r):
    return ["%s %s%s" % (r.choice(["Keizersgracht","Dorpsstraat","Van Woustraat","Oudegracht"]), d(r,1,400), r.choice(["","-II","-huis"," A","bis"])),
            "%s %s%s %s" % (d(r,1000,9999), L(r), L(r), r.choice(["Amsterdam","Utrecht","ROTTERDAM","Den Haag","Groningen"]))]
def a_pt(r):
    return ["%s, %s, %s" % (r.choice(["Rua Augusta","Av. da Liberdade","Rua de Santa Catarina"]), d(r,1,200), r.choice(["2.º Esq.","R/C Dto.","4.º B"])),
            r.choice(["1100-048 Lisboa","4000-442 Porto","3000-150 Coimbra"])]
def a_br(r):
    return ["%s, %s%s - %s" % (r.choice(["Rua das Palmeiras","Av. Paulista","Rua Oscar Freire"]), d(r,1,2000), r.choice(["",", apto %s" % d(r,11,154),", bloco B"]), r.choice(["Pinheiros","Bela Vista","Copacabana","Savassi"])),
            r.choice(["São Paulo - SP","Rio de Janeiro - RJ","Belo Horizonte - MG"]), "%s-%s" % (d(r,10000,99999), d(r,100,999))]
def a_pl(r):
    return ["ul. %s %s%s" % (r.choice(["Długa","Marszałkowska","Piotrkowska","Floriańska"]), d(r,1,150), r.choice(["","/%s" % d(r,1,60),"/%s m. %s" % (d(r,1,20), d(r,1,40))])),
            r.choice(["00-238 Warszawa","90-001 Łódź","31-019 Kraków","80-831 Gdańsk"])]
def a_cz(r):
    return ["%s %s/%s" % (r.choice(["Vinohradská","Národní","Masarykova","Palackého"]), d(r,100,2500), d(r,1,80)),
            r.choice(["120 00 Praha 2","602 00 Brno","110 00 Praha 1","301 00 Plzeň"])]
def a_sk(r):
    return ["%s %s" % (r.choice(["Obchodná","Hlavná","Štúrova","Mierová"]), d(r,1,99)), r.choice(["811 06 Bratislava","040 01 Košice","010 01 Žilina"])]
def a_hr(r):
    return ["%s %s" % (r.choice(["Ilica","Vukovarska ulica","Ulica kralja Zvonimira","Riva"]), d(r,1,200)), r.choice(["10000 Zagreb","21000 Split","51000 Rijeka"])]
def a_si(r):
    return ["%s %s" % (r.choice(["Slovenska cesta","Trubarjeva ulica","Celovška cesta"]), d(r,1,150)), r.choice(["1000 Ljubljana","2000 Maribor","6000 Koper"])]
def a_hu(r):
    city, pc = r.choice([("Budapest","1061"),("Budapest","1137"),("Debrecen","4025"),("Szeged","6720"),("Pécs","7621")])
    st = "%s %s.%s" % (r.choice(["Andrássy út","Kossuth Lajos u.","Petőfi Sándor utca","Váci út","Rákóczi út"]), d(r,1,140), r.choice([""," II. em. 5."," fsz. 2."," 3/12."]))
    return r.choice([[city, st, pc], [pc + " " + city + ", " + st]])
def a_ro(r):
    return ["Str. %s nr. %s%s" % (r.choice(["Victoriei","Mihai Eminescu","Republicii","Avram Iancu"]), d(r,1,150), r.choice(["", ", bl. A%s, sc. %s, et. %s, ap. %s" % (d(r,1,9), d(r,1,3), d(r,1,10), d(r,1,80))])),
            r.choice(["Sector 1, București 010061","Cluj-Napoca 400001, jud. Cluj","Iași 700259","Timișoara 300011, jud. Timiș"])]
def a_gr(r):
    if r.random() < 0.5:
        return ["%s %s" % (r.choice(["Οδός Ερμού","Λεωφ. Κηφισίας","Τσιμισκή"]), d(r,1,300)), r.choice(["105 63 Αθήνα","115 26 Αθήνα","546 22 Θεσσαλονίκη"])]
    return ["%s %s" % (r.choice(["Ermou","Leof. Kifisias","Tsimiski","Vas. Sofias"]), d(r,1,300)), r.choice(["105 63 Athina","546 22 Thessaloniki","262 21 Patra"])]
def a_tr(r):
    return r.choice([
        ["%s No: %s D: %s" % (r.choice(["Atatürk Cad.","Bağdat Caddesi","İstiklal Cad."]), d(r,1,200), d(r,1,20)), "%s Mah." % r.choice(["Caferağa","Moda","Suadiye"]), "%s Kadıköy/İstanbul" % r.choice(["34710","34728"])],
        ["%s Sok. No:%s/%s" % (r.choice(["Gül","Lale","Çınar"]), d(r,1,80), d(r,1,15)), "%s Çankaya/ANKARA" % r.choice(["06680","06690"])]])
def a_se(r):
    return ["%s %s%s" % (r.choice(["Storgatan","Drottninggatan","Kungsgatan","Sveavägen"]), d(r,1,99), r.choice([""," lgh %s" % d(r,1001,1405),"B"])),
            r.choice(["114 55 Stockholm","411 38 Göteborg","211 22 Malmö","753 20 Uppsala"])]
def a_dk(r):
    return ["%s %s%s" % (r.choice(["Nørrebrogade","Vesterbrogade","Østergade","Strandvejen"]), d(r,1,150), r.choice([", 2. th.",", st. tv.",", 4. mf.",""])),
            r.choice(["2200 København N","1620 København V","8000 Aarhus C","5000 Odense C"])]
def a_no(r):
    return ["%s %s%s" % (r.choice(["Storgata","Thorvald Meyers gate","Kongens gate","Bogstadveien"]), d(r,1,90), r.choice(["","B"," H0201"])),
            r.choice(["0155 Oslo","0555 OSLO","7011 Trondheim","5003 Bergen"])]
def a_fi(r):
    return ["%s %s%s" % (r.choice(["Mannerheimintie","Hämeenkatu","Aleksanterinkatu","Puistokatu"]), d(r,1,80), r.choice([""," B 34"," A 5"," as. 12"])),
            r.choice(["00100 Helsinki","33100 Tampere","20100 Turku","90100 OULU"])]
def a_lt(r):
    return ["%s %s-%s" % (r.choice(["Gedimino pr.","Laisvės al.","Savanorių pr."]), d(r,1,120), d(r,1,40)), r.choice(["LT-01103 Vilnius","LT-44250 Kaunas","LT-92114 Klaipėda"])]
def a_lv(r):
    return ["%s %s-%s" % (r.choice(["Brīvības iela","Elizabetes iela","Tērbatas iela"]), d(r,1,150), d(r,1,30)), r.choice(["Rīga, LV-1010","Rīga, LV-1050","Jelgava, LV-3001"])]
def a_ee(r):
    return ["%s %s-%s" % (r.choice(["Narva mnt","Pärnu mnt","Tartu mnt","Raekoja plats"]), d(r,1,90), d(r,1,40)), r.choice(["10117 Tallinn","51004 Tartu","80010 Pärnu"])]
def a_jp(r):
    return [r.choice(["Sakura Mansion %s" % d(r,101,905), "Room %s, Green Heights" % d(r,101,605), ""]) or "Maison Aoyama %s" % d(r,201,503),
            "%s-%s-%s %s" % (d(r,1,4), d(r,1,20), d(r,1,30), r.choice(["Ebisu","Jingumae","Nakameguro","Umeda"])),
            r.choice(["Shibuya-ku, Tokyo 150-00%s" % d(r,10,99), "Meguro-ku, Tokyo 153-00%s" % d(r,10,99), "Kita-ku, Osaka 530-00%s" % d(r,10,99)])]
def a_kr(r):
    return ["%s, %s %s" % (r.choice(["Apt %s-%s" % (d(r,101,115), d(r,101,2304)), "%sF" % d(r,2,20), "Unit %s" % d(r,101,999)]), d(r,1,200), r.choice(["Teheran-ro 10-gil","Olympic-ro","Sejong-daero","Haeundae-ro"])),
            r.choice(["Gangnam-gu, Seoul %s" % ("06" + d(r,100,999)), "Songpa-gu, Seoul 05%s" % d(r,500,999), "Haeundae-gu, Busan 48%s" % d(r,0,999).zfill(3)])]

ADDR = {'GB':a_gb,'US':a_us,'CA':a_ca,'IE':a_ie,'AU':a_au,'IN':a_in,'ZA':a_za,'NG':a_ng,'DE':a_de,'AT':a_at,'CH':a_ch,'FR':a_fr,'BE':a_be,
        'ES':a_es,'IT':a_it,'NL':a_nl,'PT':a_pt,'BR':a_br,'PL':a_pl,'CZ':a_cz,'SK':a_sk,'HR':a_hr,'SI':a_si,'HU':a_hu,'RO':a_ro,'GR':a_gr,
        'TR':a_tr,'SE':a_se,'DK':a_dk,'NO':a_no,'FI':a_fi,'LT':a_lt,'LV':a_lv,'EE':a_ee,'JP':a_jp,'KR':a_kr}
CNAME = {'GB':("United Kingdom","UK"),'US':("USA","United States"),'CA':("Canada","CANADA"),'IE':("Ireland","Éire"),'AU':("Australia","AUSTRALIA"),
 'IN':("India","INDIA"),'ZA':("South Africa","RSA"),'NG':("Nigeria","NIGERIA"),'DE':("Germany","Deutschland"),'AT':("Austria","Österreich"),
 'CH':("Switzerland","Schweiz"),'FR':("France","FRANCE"),'BE':("Belgium","Belgique"),'ES':("Spain","España"),'IT':("Italy","Italia"),
 'NL':("Netherlands","Nederland"),'PT':("Portugal","Portugal"),'BR':("Brazil","Brasil"),'PL':("Poland","Polska"),'CZ':("Czech Republic","Česko"),
 'SK':("Slovakia","Slovensko"),'HR':("Croatia","Hrvatska"),'SI':("Slovenia","Slovenija"),'HU':("Hungary","Magyarország"),'RO':("Romania","România"),
 'GR':("Greece","Ελλάδα"),'TR':("Turkey","Türkiye"),'SE':("Sweden","Sverige"),'DK':("Denmark","Danmark"),'NO':("Norway","Norge"),
 'FI':("Finland","Suomi"),'LT':("Lithuania","Lietuva"),'LV':("Latvia","Latvija"),'EE':("Estonia","Eesti"),'JP':("Japan","JAPAN"),'KR':("South Korea","Republic of Korea")}
CITIES = {'GB':["Leeds","Manchester","Bristol","Brighton","Edinburgh"],'US':["Chicago","Austin","Seattle","Miami","Denver"],'CA':["Toronto","Calgary","Vancouver"],
 'IE':["Galway","Cork","Limerick","Dublin"],'AU':["Melbourne","Brisbane","Perth","Adelaide"],'IN':["Pune","Chennai","Jaipur","Kochi"],'ZA':["Durban","Cape Town","Stellenbosch"],
 'NG':["Abuja","Port Harcourt","Ibadan","Lagos"],'DE':["Hamburg","Köln","Dresden","Freiburg"],'AT':["Wien","Linz","Innsbruck"],'CH':["Basel","Luzern","Lausanne"],
 'FR':["Lyon","Lille","Nantes","Montpellier"],'BE':["Gent","Namur","Brugge"],'ES':["Bilbao","Málaga","Zaragoza","Sevilla"],'IT':["Bologna","Verona","Bari","Firenze"],
 'NL':["Eindhoven","Haarlem","Utrecht","Zwolle"],'PT':["Porto","Braga","Faro"],'BR':["Curitiba","Recife","Porto Alegre"],'PL':["Wrocław","Poznań","Gdynia","Kraków"],
 'CZ':["Brno","Olomouc","Ostrava"],'SK':["Košice","Nitra","Trnava"],'HR':["Split","Osijek","Zadar"],'SI':["Maribor","Celje","Koper"],'HU':["Győr","Debrecen","Miskolc","Szeged"],
 'RO':["Cluj-Napoca","Brașov","Constanța","Sibiu"],'GR':["Θεσσαλονίκη","Patra","Heraklion","Λάρισα"],'TR':["İzmir","Bursa","Antalya","Eskişehir"],'SE':["Göteborg","Malmö","Umeå","Lund"],
 'DK':["Aarhus","Odense","Aalborg"],'NO':["Bergen","Stavanger","Tromsø"],'FI':["Tampere","Turku","Oulu","Jyväskylä"],'LT':["Kaunas","Klaipėda","Šiauliai"],
 'LV':["Rīga","Liepāja","Daugavpils"],'EE':["Tartu","Pärnu","Narva"],'JP':["Osaka","Kyoto","Sapporo"],'KR':["Busan","Incheon","Daegu"]}

def addr_lines(r, cc, country=None):
    lines = list(ADDR[cc](r))
    if country is None:
        country = r.random() < 0.25
    if country:
        lines.append(r.choice(CNAME[cc]))
    return lines
def addr1(r, cc, country=None):
    return ", ".join(addr_lines(r, cc, country))
def addrn(r, cc, country=None):
    return "\n".join(addr_lines(r, cc, country))

# ---------------------------------------------------------------- cards, IBAN, SSN, IP
def luhn_complete(prefix, length, r):
    digs = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digs)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return digs + str((10 - tot % 10) % 10)
def card(r):
    kind = r.choice(["visa","visa","mc","amex","mc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34","37"]), 15, r)
        return r.choice([n[:4]+" "+n[4:10]+" "+n[10:], n, n[:4]+"-"+n[4:10]+"-"+n[10:]])
    n = luhn_complete("4" if kind == "visa" else r.choice(["51","53","55","2221"]), 16, r)
    sep = r.choice([" ", " ", "-", "", "  "])
    return sep.join(n[i:i+4] for i in range(0, 16, 4))
IBAN_SPEC = {'DE':(22,"",18),'AT':(20,"",16),'CH':(21,"",17),'FR':(27,"",23),'BE':(16,"",12),'ES':(24,"",20),'IT':(27,"X",22),'NL':(18,"ABNA",10),
 'PT':(25,"",21),'PL':(28,"",24),'CZ':(24,"",20),'SK':(24,"",20),'HR':(21,"",17),'SI':(19,"",15),'HU':(28,"",24),'RO':(24,"BTRL",16),
 'GR':(27,"",23),'TR':(26,"",22),'SE':(24,"",20),'DK':(18,"",14),'NO':(15,"",11),'FI':(18,"",14),'LT':(20,"",16),'LV':(21,"HABA",13),
 'EE':(20,"",16),'GB':(22,"NWBK",14),'IE':(22,"AIBK",14),'BR':(29,"",23)}
def iban(r, cc):
    if cc not in IBAN_SPEC: cc = r.choice(["DE","GB","FR","NL"])
    ln, pre, nd = IBAN_SPEC[cc]
    bban = pre + "".join(str(r.randint(0, 9)) for _ in range(nd))
    if cc == 'BR': bban += "P1"
    def num(s): return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    s = cc + "%02d" % chk + bban
    assert len(s) == ln, (cc, s)
    return r.choice([s, " ".join(s[i:i+4] for i in range(0, len(s), 4)), " ".join(s[i:i+4] for i in range(0, len(s), 4))])
def ssn(r):
    a = r.randint(1, 665); b = r.randint(1, 99); c = r.randint(1, 9999)
    return r.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, b, c)
def ipv4(r):
    return "%d.%d.%d.%d" % (r.choice([31,46,77,81,89,94,102,105,151,176,185,188,212,217]), r.randint(0,255), r.randint(0,255), r.randint(1,254))
def ipv6(r):
    g = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
    g[0] = r.choice(["2a02","2001","2a01","2600","2c0f","2804"])
    if r.random() < 0.6:
        return ":".join(g[:3]) + "::" + ":".join(g[6:])
    return ":".join(g)
def ip(r): return ipv4(r) if r.random() < 0.7 else ipv6(r)

# ---------------------------------------------------------------- languages
LANG_CC = {'en':['GB','US','IE','AU','IN','ZA','NG','CA'],'de':['DE','DE','AT','CH'],'fr':['FR','FR','BE','CH'],'es':['ES'],'it':['IT'],
 'nl':['NL','NL','BE'],'pt':['PT','BR','BR'],'pl':['PL'],'cs':['CZ'],'sk':['SK'],'hr':['HR'],'sl':['SI'],'hu':['HU'],'ro':['RO'],'el':['GR'],
 'tr':['TR'],'sv':['SE'],'da':['DK'],'nb':['NO'],'fi':['FI'],'lt':['LT'],'lv':['LV'],'et':['EE']}
CC_ORIGIN = {'GB':'en','US':'us','IE':'ie','AU':'au','IN':'in','ZA':'za','NG':'ng','CA':'en','DE':'de','AT':'de','CH':'de','FR':'fr','BE':'nl',
 'ES':'es','IT':'it','NL':'nl','PT':'pt','BR':'br','PL':'pl','CZ':'cs','SK':'sk','HR':'hr','SI':'sl','HU':'hu','RO':'ro','GR':'el','TR':'tr',
 'SE':'sv','DK':'da','NO':'nb','FI':'fi','LT':'lt','LV':'lv','EE':'et','JP':'jp','KR':'kr'}
KEYS = ["name","phone","email","addr","city","note","order","hi","thanks","regards","customer","card","iban","mobile","shipto"]
LBL = {}
for lg, row in {
 'en':"Name|Phone|Email|Address|City|Note|Order|Hi|Thanks|Kind regards|Customer|Card|IBAN|Mobile|Ship to",
 'de':"Name|Telefon|E-Mail|Anschrift|Ort|Notiz|Bestellung|Hallo|Danke|Viele Grüße|Kunde|Karte|IBAN|Handy|Lieferadresse",
 'fr':"Nom|Téléphone|E-mail|Adresse|Ville|Remarque|Commande|Bonjour|Merci|Cordialement|Client|Carte|IBAN|Portable|Livrer à",
 'es':"Nombre|Teléfono|Correo|Dirección|Ciudad|Nota|Pedido|Hola|Gracias|Un saludo|Cliente|Tarjeta|IBAN|Móvil|Enviar a",
 'it':"Nome|Telefono|E-mail|Indirizzo|Città|Nota|Ordine|Ciao|Grazie|Cordiali saluti|Cliente|Carta|IBAN|Cellulare|Spedire a",
 'nl':"Naam|Telefoon|E-mail|Adres|Plaats|Opmerking|Bestelling|Hoi|Bedankt|Met vriendelijke groet|Klant|Kaart|IBAN|Mobiel|Bezorgadres",
 'pt':"Nome|Telefone|E-mail|Morada|Localidade|Obs.|Encomenda|Olá|Obrigado|Cumprimentos|Cliente|Cartão|IBAN|Telemóvel|Entregar em",
 'pl':"Imię i nazwisko|Telefon|E-mail|Adres|Miejscowość|Uwagi|Zamówienie|Cześć|Dzięki|Pozdrawiam|Klient|Karta|IBAN|Komórka|Adres dostawy",
 'cs':"Jméno|Telefon|E-mail|Adresa|Obec|Poznámka|Objednávka|Ahoj|Díky|S pozdravem|Zákazník|Karta|IBAN|Mobil|Doručit na",
 'sk':"Meno|Telefón|E-mail|Adresa|Obec|Poznámka|Objednávka|Ahoj|Vďaka|S pozdravom|Zákazník|Karta|IBAN|Mobil|Doručiť na",
 'hr':"Ime i prezime|Telefon|E-pošta|Adresa|Grad|Napomena|Narudžba|Bok|Hvala|Lijep pozdrav|Kupac|Kartica|IBAN|Mobitel|Dostava na",
 'sl':"Ime in priimek|Telefon|E-pošta|Naslov|Kraj|Opomba|Naročilo|Živjo|Hvala|Lep pozdrav|Stranka|Kartica|IBAN|GSM|Dostava na",
 'hu':"Név|Telefon|E-mail|Cím|Település|Megjegyzés|Rendelés|Szia|Köszi|Üdvözlettel|Ügyfél|Kártya|IBAN|Mobil|Szállítási cím",
 'ro':"Nume|Telefon|E-mail|Adresă|Localitate|Observații|Comandă|Salut|Mulțumesc|Cu stimă|Client|Card|IBAN|Mobil|Livrare la",
 'el':"Όνομα|Τηλέφωνο|Email|Διεύθυνση|Πόλη|Σημείωση|Παραγγελία|Γεια σας|Ευχαριστώ|Με εκτίμηση|Πελάτης|Κάρτα|IBAN|Κινητό|Αποστολή σε",
 'tr':"Ad Soyad|Telefon|E-posta|Adres|Şehir|Not|Sipariş|Merhaba|Teşekkürler|Saygılarımla|Müşteri|Kart|IBAN|Cep|Teslimat adresi",
 'sv':"Namn|Telefon|E-post|Adress|Ort|Anteckning|Order|Hej|Tack|Vänliga hälsningar|Kund|Kort|IBAN|Mobil|Leveransadress",
 'da':"Navn|Telefon|E-mail|Adresse|By|Note|Ordre|Hej|Tak|Venlig hilsen|Kunde|Kort|IBAN|Mobil|Leveringsadresse",
 'nb':"Navn|Telefon|E-post|Adresse|Poststed|Merknad|Ordre|Hei|Takk|Med vennlig hilsen|Kunde|Kort|IBAN|Mobil|Leveringsadresse",
 'fi':"Nimi|Puhelin|Sähköposti|Osoite|Paikkakunta|Huomautus|Tilaus|Moi|Kiitos|Ystävällisin terveisin|Asiakas|Kortti|IBAN|Matkapuhelin|Toimitusosoite",
 'lt':"Vardas, pavardė|Telefonas|El. paštas|Adresas|Miestas|Pastaba|Užsakymas|Labas|Ačiū|Pagarbiai|Klientas|Kortelė|IBAN|Mob.|Pristatymo adresas",
 'lv':"Vārds, uzvārds|Tālrunis|E-pasts|Adrese|Pilsēta|Piezīme|Pasūtījums|Sveiki|Paldies|Ar cieņu|Klients|Karte|IBAN|Mob.|Piegādes adrese",
 'et':"Nimi|Telefon|E-post|Aadress|Linn|Märkus|Tellimus|Tere|Aitäh|Lugupidamisega|Klient|Kaart|IBAN|Mobiil|Tarneaadress",
}.items():
    LBL[lg] = dict(zip(KEYS, row.split("|")))

# per-language sentence templates: cb=call-back, dl=delivery note, rev=review naming staff (first name),
# hurry=hurried note, survey=survey answer w/ location, macro=support macro opening, clean=no-PII copy (list)
S = {
 'en': dict(cb="{p} rang re: the faulty kettle, wants a call back on {ph} after 4pm",
            dl="If no answer leave with {p} at no. 14, side gate is unlocked",
            rev="{p} at the {loc} branch sorted my refund in five minutes, absolute star",
            hurry="cb {p} re refund - {ph} - said she'd already emailed twice!!",
            survey="Delivery to {loc} took 9 days, way too long for a 'next day' option.",
            macro="Hi {p}, thanks for getting in touch about your order. I've updated the phone number on file to {ph}.",
            clean=["Rose Gold is back! Our best-selling finish returns this Friday, online and in store.",
                   "Grace period extended: Gold members now have 30 days to use their points after expiry.",
                   "Will it fit? Use our size guide before you order - free returns on all footwear."]),
 'de': dict(cb="{p} bittet um Rückruf unter {ph}, am besten nach 16 Uhr.",
            dl="Falls niemand öffnet, bitte bei {p} (Nachbarin, EG links) abgeben.",
            rev="{p} aus der Filiale in {loc} hat sich super Zeit genommen – danke!",
            hurry="rückruf {p} wg reklamation, tel {ph}, sehr verärgert",
            survey="Versand nach {loc} hat über eine Woche gedauert.",
            macro="Hallo {p}, vielen Dank für Ihre Nachricht. Wir haben Ihre Telefonnummer auf {ph} aktualisiert.",
            clean=["Nur dieses Wochenende: 20 % auf alle Sneaker der Kollektion Morgenrot.",
                   "Unser Adventskalender ist zurück – 24 Türchen voller Pflegeprodukte."]),
 'fr': dict(cb="{p} souhaite être rappelé(e) au {ph} avant midi.",
            dl="Si absent, laisser le colis chez {p}, la gardienne, au rez-de-chaussée.",
            rev="Merci à {p} du magasin de {loc}, super conseils !",
            hurry="rappeler {p} pr le remboursement, tel {ph}, urgent",
            survey="La livraison à {loc} a pris presque deux semaines.",
            macro="Bonjour {p}, merci pour votre message. Nous avons bien mis à jour votre numéro : {ph}.",
            clean=["Les soldes d'hiver commencent mercredi : jusqu'à -50 % sur la collection Aurore.",
                   "Nouveau : la crème Douceur de Rose, désormais en format voyage."]),
 'es': dict(cb="{p} pide que le llamen al {ph} por la tarde.",
            dl="Si no hay nadie, dejar el paquete a {p}, el portero.",
            rev="{p} de la tienda de {loc} fue muy amable, ¡gracias!",
            hurry="llamar a {p} x devolución, tlf {ph}, ya es la 3a vez",
            survey="El envío a {loc} tardó más de diez días.",
            macro="Hola {p}, gracias por escribirnos. Hemos actualizado tu teléfono a {ph}.",
            clean=["Vuelve la colección Brisa: prendas ligeras para el verano, envío gratis desde 30 €.",
                   "Hazte socio del Club Sol y consigue un 10 % en tu primera compra."]),
 'it': dict(cb="{p} chiede di essere richiamato al {ph} dopo le 15.",
            dl="Se non c'è nessuno lasciare il pacco a {p} del piano di sopra.",
            rev="{p} del negozio di {loc} è stata gentilissima!",
            hurry="richiamare {p} x reso, cell {ph}",
            survey="La consegna a {loc} è arrivata con una settimana di ritardo.",
            macro="Ciao {p}, grazie per averci contattato. Abbiamo aggiornato il tuo numero: {ph}.",
            clean=["Arriva la linea Aurora: profumi leggeri per la primavera, in tutti i nostri negozi.",
                   "Solo online: spedizione gratuita sopra i 49 €."]),
 'nl': dict(cb="{p} wil teruggebeld worden op {ph}, liefst na 17.00 uur.",
            dl="Bij geen gehoor afgeven bij {p}, buurvrouw op nr. 12.",
            rev="{p} van de winkel in {loc} heeft me heel goed geholpen.",
            hurry="terugbellen {p} ivm retour, tel {ph}",
            survey="Bezorging naar {loc} duurde ruim een week.",
            macro="Hoi {p}, bedankt voor je bericht. We hebben je nummer bijgewerkt naar {ph}.",
            clean=["Nieuw in het assortiment: de Zomerlicht-collectie, nu met gratis verzending.",
                   "Word lid van Club Tulp en spaar punten bij elke aankoop."]),
 'pt': dict(cb="{p} pediu para ligar de volta para o {ph} depois das 14h.",
            dl="Se não houver ninguém, deixar a encomenda com {p}, porteiro do prédio.",
            rev="A {p} da loja de {loc} foi super atenciosa!",
            hurry="ligar p/ {p} sobre a troca, tel {ph}",
            survey="A entrega para {loc} demorou mais de 10 dias.",
            macro="Olá {p}, obrigado pelo contacto. Atualizámos o seu número para {ph}.",
            clean=["Chegou a coleção Maré: peças leves para o verão, com portes grátis.",
                   "Frete grátis para todo o país nas compras acima de R$ 199."]),
 'pl': dict(cb="{p} prosi o oddzwonienie pod numer {ph} po 16:00.",
            dl="Jeśli nikogo nie ma, zostawić paczkę u sąsiadki: {p}, mieszkanie 7.",
            rev="{p} ze sklepu w mieście {loc} bardzo mi pomogła, dziękuję!",
            hurry="oddzwonić {p} ws. reklamacji, tel {ph}",
            survey="Dostawa do miejscowości {loc} trwała ponad tydzień.",
            macro="Dzień dobry, {p}! Dziękujemy za wiadomość. Zaktualizowaliśmy numer telefonu na {ph}.",
            clean=["Wielka wyprzedaż zimowa: do -40% na kolekcję Szron.",
                   "Dołącz do programu Klub Bursztyn i zbieraj punkty."]),
 'cs': dict(cb="{p} žádá o zpětné zavolání na číslo {ph}, nejlépe odpoledne.",
            dl="Pokud nikdo neotevře, nechat balík u sousedky – {p}, 2. patro.",
            rev="{p} z prodejny v {loc} byla moc ochotná, děkuji!",
            hurry="zavolat zpět {p} kvůli reklamaci, tel {ph}",
            survey="Doručení do {loc} trvalo déle než týden.",
            macro="Dobrý den, {p}, děkujeme za zprávu. Vaše telefonní číslo jsme aktualizovali na {ph}.",
            clean=["Jarní výprodej: slevy až 30 % na kolekci Podzimní list.",
                   "Doprava zdarma při nákupu nad 1 500 Kč."]),
 'sk': dict(cb="{p} prosí o spätné zavolanie na {ph} po 15:00.",
            dl="Ak nikto neotvorí, nechať balík u suseda – {p}, byt 4.",
            rev="{p} z predajne v {loc} bola veľmi milá, ďakujem.",
            hurry="zavolať {p} kvôli vráteniu, tel {ph}",
            survey="Doručenie do {loc} trvalo viac ako týždeň.",
            macro="Dobrý deň, {p}, ďakujeme za správu. Telefónne číslo sme aktualizovali na {ph}.",
            clean=["Letná akcia: druhý kus za polovičnú cenu na celú kolekciu Tatra.",
                   "Doprava zadarmo pri nákupe nad 40 €."]),
 'hr': dict(cb="{p} moli povratni poziv na {ph}, poslije 16 h.",
            dl="Ako nikoga nema, paket ostaviti kod susjede {p}, prvi kat.",
            rev="{p} iz poslovnice u gradu {loc} bila je izuzetno ljubazna!",
            hurry="nazvati {p} zbog povrata, tel {ph}",
            survey="Dostava u {loc} trajala je više od tjedan dana.",
            macro="Poštovani/a {p}, hvala na poruci. Ažurirali smo vaš broj telefona: {ph}.",
            clean=["Ljetno sniženje: do -40 % na kolekciju Jadran.",
                   "Besplatna dostava za narudžbe iznad 50 €."]),
 'sl': dict(cb="{p} prosi za povratni klic na {ph}, po 15. uri.",
            dl="Če ni nikogar doma, paket pustite pri sosedi {p}, 2. nadstropje.",
            rev="{p} iz trgovine v kraju {loc} je bila zelo prijazna.",
            hurry="poklicati {p} glede vračila, tel {ph}",
            survey="Dostava v {loc} je trajala več kot teden dni.",
            macro="Pozdravljeni, {p}, hvala za sporočilo. Vašo številko smo posodobili na {ph}.",
            clean=["Poletna razprodaja: do -30 % na kolekcijo Triglav.",
                   "Brezplačna dostava za naročila nad 40 €."]),
 'hu': dict(cb="{p} visszahívást kér a {ph} számon, délután 4 után.",
            dl="Ha nincs otthon senki, a csomagot a szomszédnál ({p}, 3. ajtó) hagyja.",
            rev="{p} a {loc} üzletből nagyon segítőkész volt, köszönöm!",
            hurry="visszahívni: {p}, reklamáció, tel {ph}",
            survey="A szállítás {loc} városba több mint egy hétig tartott.",
            macro="Kedves {p}! Köszönjük megkeresését. Telefonszámát frissítettük: {ph}.",
            clean=["Nyári kiárusítás: akár 40% kedvezmény a Balaton kollekcióra.",
                   "Ingyenes szállítás 15 000 Ft feletti rendelés esetén."]),
 'ro': dict(cb="{p} solicită să fie sunat(ă) înapoi la {ph}, după ora 17.",
            dl="Dacă nu răspunde nimeni, lăsați coletul la vecina {p}, ap. 9.",
            rev="{p} de la magazinul din {loc} a fost foarte amabilă!",
            hurry="de sunat {p} pt retur, tel {ph}",
            survey="Livrarea în {loc} a durat peste o săptămână.",
            macro="Bună ziua, {p}, vă mulțumim pentru mesaj. Am actualizat numărul de telefon: {ph}.",
            clean=["Reduceri de vară: până la -40% la colecția Carpați.",
                   "Transport gratuit pentru comenzi de peste 200 lei."]),
 'el': dict(cb="Ο/Η {p} ζητά να τον/την καλέσουμε στο {ph} μετά τις 5.",
            dl="Αν δεν απαντά κανείς, αφήστε το δέμα στον/στην {p}, 1ος όροφος.",
            rev="Η {p} από το κατάστημα στη {loc} ήταν εξαιρετική!",
            hurry="na parei tilefono {p} gia epistrofi, til {ph}",
            survey="Η παράδοση στη {loc} καθυστέρησε πάνω από μία εβδομάδα.",
            macro="Γεια σας {p}, ευχαριστούμε για το μήνυμά σας. Ενημερώσαμε το τηλέφωνό σας σε {ph}.",
            clean=["Καλοκαιρινές εκπτώσεις έως -40% στη συλλογή Αιγαίο.",
                   "Δωρεάν αποστολή για αγορές άνω των 50 €."]),
 'tr': dict(cb="{p} {ph} numarasından geri aranmak istiyor, saat 17'den sonra.",
            dl="Evde kimse yoksa paketi komşu {p}'e bırakın, kat 2.",
            rev="{loc} mağazasından {p} çok yardımcı oldu, teşekkürler!",
            hurry="{p} aranacak, iade hk, tel {ph}",
            survey="{loc} teslimatı bir haftadan uzun sürdü.",
            macro="Merhaba {p}, mesajınız için teşekkürler. Telefon numaranızı {ph} olarak güncelledik.",
            clean=["Yaz indirimi başladı: Ege koleksiyonunda %40'a varan indirim.",
                   "250 TL ve üzeri alışverişlerde kargo bedava."]),
 'sv': dict(cb="{p} vill bli uppringd på {ph} efter kl. 16.",
            dl="Om ingen öppnar, lämna paketet hos grannen {p}, lgh 1102.",
            rev="{p} i butiken i {loc} var jättehjälpsam, tack!",
            hurry="ring {p} ang retur, tel {ph}",
            survey="Leveransen till {loc} tog över en vecka.",
            macro="Hej {p}, tack för ditt meddelande. Vi har uppdaterat ditt nummer till {ph}.",
            clean=["Sommarrea: upp till 40 % på kollektionen Midsommar.",
                   "Fri frakt på alla beställningar över 499 kr."]),
 'da': dict(cb="{p} ønsker at blive ringet op på {ph} efter kl. 15.",
            dl="Hvis ingen åbner, aflever pakken hos {p} på 1. sal.",
            rev="{p} fra butikken i {loc} var super hjælpsom!",
            hurry="ring {p} ang. returnering, tlf {ph}",
            survey="Leveringen til {loc} tog over en uge.",
            macro="Hej {p}, tak for din besked. Vi har opdateret dit nummer til {ph}.",
            clean=["Sommerudsalg: op til 40 % på kollektionen Hygge.",
                   "Gratis fragt ved køb over 399 kr."]),
 'nb': dict(cb="{p} ønsker å bli oppringt på {ph} etter kl. 16.",
            dl="Hvis ingen er hjemme, lever pakken hos {p} i 2. etasje.",
            rev="{p} i butikken i {loc} var kjempehjelpsom!",
            hurry="ring {p} ang. retur, tlf {ph}",
            survey="Leveringen til {loc} tok over en uke.",
            macro="Hei {p}, takk for meldingen. Vi har oppdatert nummeret ditt til {ph}.",
            clean=["Sommersalg: opptil 40 % på kolleksjonen Fjord.",
                   "Fri frakt på bestillinger over 499 kr."]),
 'fi': dict(cb="{p} pyytää soittoa numeroon {ph} klo 16 jälkeen.",
            dl="Jos kukaan ei avaa, jätä paketti naapurille: {p}, B 12.",
            rev="{p} myymälästä ({loc}) auttoi todella ystävällisesti!",
            hurry="soita {p} palautuksesta, puh {ph}",
            survey="Toimitus paikkakunnalle {loc} kesti yli viikon.",
            macro="Hei {p}, kiitos viestistäsi. Päivitimme puhelinnumerosi: {ph}.",
            clean=["Kesäale: jopa -40 % Revontuli-mallistosta.",
                   "Ilmainen toimitus yli 50 € tilauksiin."]),
 'lt': dict(cb="{p} prašo perskambinti numeriu {ph} po 16 val.",
            dl="Jei niekas neatidaro, palikite siuntą kaimynei: {p}, 5 butas.",
            rev="{p} iš parduotuvės mieste {loc} labai padėjo, ačiū!",
            hurry="perskambinti {p} dėl grąžinimo, tel {ph}",
            survey="Pristatymas į {loc} užtruko daugiau nei savaitę.",
            macro="Sveiki, {p}, ačiū už žinutę. Atnaujinome jūsų telefono numerį: {ph}.",
            clean=["Vasaros išpardavimas: iki -40 % kolekcijai Gintaras.",
                   "Nemokamas pristatymas užsakymams nuo 40 €."]),
 'lv': dict(cb="{p} lūdz atzvanīt uz {ph} pēc plkst. 16.",
            dl="Ja neviens neatver, atstājiet sūtījumu pie kaimiņienes: {p}, 3. dzīv.",
            rev="{p} no veikala pilsētā {loc} ļoti palīdzēja!",
            hurry="atzvanīt {p} par atgriešanu, tel {ph}",
            survey="Piegāde uz {loc} ilga vairāk nekā nedēļu.",
            macro="Sveiki, {p}, paldies par ziņu. Esam atjaunojuši jūsu tālruni: {ph}.",
            clean=["Vasaras izpārdošana: līdz -40 % kolekcijai Dzintars.",
                   "Bezmaksas piegāde pasūtījumiem no 40 €."]),
 'et': dict(cb="{p} palub tagasihelistamist numbril {ph} pärast kella 16.",
            dl="Kui keegi ei ava, jätke pakk naabrile: {p}, korter 8.",
            rev="{p} poest ({loc}) oli väga abivalmis, aitäh!",
            hurry="helistada {p} tagastuse pärast, tel {ph}",
            survey="Tarne linna {loc} võttis üle nädala.",
            macro="Tere, {p}, aitäh sõnumi eest. Uuendasime teie telefoninumbri: {ph}.",
            clean=["Suvine allahindlus: kuni -40 % kollektsioonile Läänemeri.",
                   "Tasuta tarne tellimustele alates 40 €."]),
}

# ---------------------------------------------------------------- kinds (multilingual)
def ctx(r, lang):
    cc = r.choice(LANG_CC[lang])
    return cc, person(r, CC_ORIGIN[cc]), LBL[lang]

TITLES = {'en': ["", "", "Mr ", "Mrs ", "Ms ", "Dr ", "Mx "], 'de': ["", "Frau ", "Herrn ", "Dr. "], 'fr': ["", "Mme ", "M. ", "Mlle "],
 'es': ["", "Sr. ", "Sra. ", "D.ª "], 'it': ["", "Sig.ra ", "Sig. ", "Dott. "], 'nl': ["", "Dhr. ", "Mevr. "], 'pt': ["", "Sr. ", "Sra. "],
 'pl': ["", "Pan ", "Pani "], 'cs': ["", "Ing. ", "Mgr. "], 'sk': ["", "Ing. ", "Mgr. "], 'hu': ["", "Dr. "], 'ro': ["", "Dl. ", "Dna. "],
 'el': ["", "Κ. "], 'tr': ["", "Sn. "]}

def k_address_label(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    if lang == 'en' and r.random() < 0.4: cc = r.choice(['JP','KR','IN','US','GB','CA'])
    sender = r.choice(["FROM: Kestrel Outdoor Ltd, Unit 7 Riverside Trading Est.", "Absender: Halcyon Foods GmbH", "RETURN TO: Northwind Returns Hub", ""])
    if sender:
        b.t(sender + "\n\n")
    b.t(r.choice(["SHIP TO:\n", up(lb['shipto']) + ":\n", "", "DELIVER TO\n"]))
    b.t(r.choice(TITLES.get(lang, [""])))
    b.t(P(nm(r, p, r.choice(['full','caps','caps','init']))), "\n")
    if r.random() < 0.3:
        p2 = person(r, CC_ORIGIN[cc]); b.t("c/o ", P(nm(r, p2, 'full')), "\n")
    lines = addr_lines(r, cc)
    if r.random() < 0.4: lines = [up(x) for x in lines]
    b.t(AD("\n".join(lines)))
    if r.random() < 0.6:
        b.t("\n", r.choice(["Tel: ", "☎ ", lb['phone'] + ": ", "T. "]), PH(phone(r, cc)))
    b.t("\n", r.choice(["PARCEL 1/1  2.4 kg", "Ref: RMA-%d" % r.randint(10000, 99999), "PRIORITY  |  DO NOT BEND", "Pkg 2 of 3"]))
    return b

def k_shipping_manifest(r, lang):
    b = B(); lb = LBL[lang]
    sep = r.choice(["\t", " | ", ";"])
    b.t(sep.join(["#", "AWB", lb['name'], lb['addr'], lb['phone'], "kg"]), "\n")
    for i in range(r.randint(3, 5)):
        cc = r.choice(LANG_CC[lang]) if r.random() < 0.7 else r.choice(list(ADDR))
        p = person(r, CC_ORIGIN[cc])
        b.t(str(i + 1), sep, "%s%d" % (r.choice(["JD","1Z","CZ","LP"]), r.randint(10**9, 10**10)), sep,
            P(nm(r, p, r.choice(['full','caps','rev']))), sep, AD(addr1(r, cc)), sep)
        if r.random() < 0.8: b.t(PH(phone(r, cc)))
        else: b.t("-")
        b.t(sep, "%.1f" % (r.random() * 20), "\n")
    b.t(r.choice(["TOTAL PIECES: 5", "Manifest closed 17:42 – driver route 14", "-- end of manifest --"]))
    return b

def k_callback_request(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t(r.choice(["CALLBACK REQUEST", "Callback #%d" % r.randint(1000, 9999), "[Web form] callback", "☎ Rückruf / callback"]), "\n")
    b.t(lb['name'], ": ", P(nm(r, p)), "\n")
    ph = phone(r, cc)
    if r.random() < 0.3:
        b.t("tel:", "\n", PH(ph), "\n")
    else:
        b.t(lb['phone'], ": ", PH(ph))
        if r.random() < 0.25: b.t(r.choice([" ext. ", " x", " wew. ", " kl. ", " mellék "]), str(r.randint(10, 450)))
        b.t("\n")
    b.t(lb['note'], ": ")
    b.fill(S[lang]['cb'], p=P(p["first"]), ph=PH(phone(r, cc)))
    b.t("\n", r.choice(["Preferred time: 16:00-18:00", "Slot: tomorrow AM", "Priority: normal", ""]))
    return b

def k_loyalty_signup(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t(r.choice(["LOYALTY SIGN-UP", "Club card application", "Member enrolment form"]), " — ", lb['customer'], " #", str(r.randint(100000, 999999)), "\n")
    if r.random() < 0.5:
        b.t(up(lb['name']), ":  ", P(up(p["first"])), "   ", P(up(p["last"])), "\n")
    else:
        b.t(lb['name'], ": ", P(nm(r, p, 'full')), "\n")
    b.t(lb['email'], ": ", EM(email(r, p, cc)), "\n")
    b.t(lb['mobile'], ": ", PH(phone(r, cc)), "\n")
    b.t(lb['addr'], ": ", AD(addr1(r, cc, False)), "\n")
    b.t("Marketing opt-in: ", r.choice(["YES", "NO", "☑", "☐"]), "   SMS: ", r.choice(["Y", "N"]), "\n")
    b.t(r.choice(["Store: ", "Filiale: ", "Shop: "]), LOC(r.choice(CITIES[cc])), " ", r.choice(["Centre", "Mall", "Outlet", ""]).strip() or "Central")
    return b

def k_event_badge(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    ev = r.choice(["RETAIL FUTURES 2025", "CX SUMMIT", "MarTech Days", "Brand Experience Forum"])
    b.t("=== ", ev, " ===\n\n")
    b.t(P(up(p["first"])), "\n", P(up(p["last"])), "\n")
    b.t(r.choice(["Head of CRM", "Marketing Manager", "Influencer", "Customer Insights Lead", "SPEAKER"]), "\n")
    b.t(r.choice(["Northwind Retail", "Solstice Beauty", "Oak & Ash", "Halcyon Foods"]), " · ", LOC(r.choice(CITIES[cc])), "\n")
    b.t("[QR] ", EM(email(r, p, work=True)))
    if r.random() < 0.4: b.t("  ", PH(phone(r, cc)))
    b.t("\nDiet: ", r.choice(["vegan", "none", "halal", "GF"]), " | Badge ", str(r.randint(1000, 9999)))
    return b

def k_support_macro(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t(r.choice(["[Macro: PHONE_UPDATE]\n", "Macro used: Update contact details v3\n", "-- filled macro --\n"]))
    b.fill(S[lang]['macro'], p=P(p["first"]), ph=PH(phone(r, cc)))
    b.t("\n", lb['shipto'], ": ", AD(addr1(r, cc)), "\n")
    b.t(lb['email'], ": ", EM(email(r, p, cc)), "\n")
    b.t(lb['regards'], ",\n", P(person(r, CC_ORIGIN[cc])["first"]), r.choice([" | Customer Care", " (Support)", " – Team Brightlane"]))
    return b

def k_merge_fields(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t("Preview for contact ", str(r.randint(10**6, 10**7)), ":\n")
    b.t("{{first_name}} = ", P(p["first"]), "\n{{last_name}} = ", P(p["last"]), "\n{{email}} = ", EM(email(r, p, cc)), "\n")
    b.t("{{store_city}} = ", LOC(r.choice(CITIES[cc])), "\n{{voucher}} = ", r.choice(["SUMMER15", "WILL10", "ROSE20", "GRACE5"]), "\n---\n")
    b.t(lb['hi'], " ", P(p["first"]), ", ")
    b.t(r.choice(S[lang]['clean']))
    return b

def k_email_forward(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    a = person(r, CC_ORIGIN[cc]); c = person(r, CC_ORIGIN[cc])
    b.t(lb['hi'], " ", P(a["first"]), ",\n", r.choice(["see below, can you handle?", "FYI – siehe unten", "pls check", "voir ci-dessous"]), "\n", P(c["first"]), "\n\n")
    b.t("---------- Forwarded message ---------\nFrom: ", P(full(p)), " <", EM(email(r, p, cc)), ">\nDate: ", "Mon, 3 Mar 2025 09:14\nSubject: Re: ", lb['order'], " ", str(r.randint(10000, 99999)), "\n\n")
    b.t("> ", lb['hi'], " ", P(p["first"]), ",\n> ", r.choice(["we need your address to resend the parcel.", "could you confirm the delivery address?", "please confirm."]), "\n>\n")
    b.t(">> ", r.choice(["the parcel never arrived. My address is ", "still waiting!! send to ", "address: "]), AD(addr1(r, cc, False)), "\n")
    b.t(">> ", lb['phone'], ": ", PH(phone(r, cc)), "\n>> ", P(p["first"]), "\n")
    if r.random() < 0.5:
        b.t(">>\n>> ", lb['regards'], "\n>> ", P(full(p)), "\n")
    return b

def k_hurried_note(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.fill(S[lang]['hurry'], p=P(nm(r, p, r.choice(['lower', 'first', 'lower'])).lower()), ph=PH(phone(r, cc)))
    b.t(r.choice(["\n", " / ", " -- "]))
    extra = r.choice(["addr", "email", "none", "loc"])
    if extra == "addr": b.t(AD(addr1(r, cc, False).lower()))
    elif extra == "email": b.t(EM(email(r, p, cc)))
    elif extra == "loc": b.t(r.choice(["store ", "shop ", "@ "]), LOC(r.choice(CITIES[cc]).lower()))
    else: b.t("tbc")
    return b

def k_review_staff(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t(r.choice(["★★★★★ ", "5/5 ", "★★★★☆ ", ""]))
    b.fill(S[lang]['rev'], p=P(p["first"]), loc=LOC(r.choice(CITIES[cc])))
    if r.random() < 0.4:
        b.t(" — ", P(person(r, CC_ORIGIN[cc])["first"] + " " + person(r, CC_ORIGIN[cc])["last"][0] + "."))
    return b

def k_delivery_note(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    p2 = person(r, CC_ORIGIN[cc])
    b.t(r.choice(["Driver note: ", "DELIVERY INSTRUCTIONS: ", lb['note'] + ": ", ""]))
    b.fill(S[lang]['dl'], p=P(nm(r, p2, r.choice(['full','first']))))
    b.t("\n", lb['shipto'], ": ", P(nm(r, p, 'full')), ", ", AD(addr1(r, cc, False)), "\n", lb['mobile'], " ", PH(phone(r, cc)))
    return b

def k_payment_failure(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t("PAYMENT FAILED – ", lb['order'], " ", str(r.randint(100000, 999999)), "\n")
    b.t(lb['customer'], ": ", P(nm(r, p, r.choice(['full','caps']))), " (", EM(email(r, p, cc)), ")\n")
    if r.random() < 0.6:
        b.t(lb['card'], ": ", CC(card(r)), "  exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(25, 30)), "  → ", r.choice(["declined (51 insufficient funds)", "3DS timeout", "do not honour"]), "\n")
    b.t(r.choice(["SEPA fallback ", "Refund to ", "Direct debit "]), lb['iban'], ": ", IB(iban(r, cc)), "\n")
    b.t(r.choice(["Retry scheduled 24h.", "Customer informed by phone.", "Escalate to finance if fails again."]))
    return b

def k_rma_form(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t("RMA ", str(r.randint(1000, 9999)), "-", str(r.randint(10, 99)), "\n")
    rows = [(lb['name'], P(nm(r, p, 'full'))), (lb['email'], EM(email(r, p, cc))), (lb['phone'], PH(phone(r, cc))),
            (lb['addr'], AD(addr1(r, cc))), ("Item", r.choice(["Rose Gold watch strap", "Grace trench coat (M)", "Hope candle set", "Summer linen shirt"])),
            ("Reason", r.choice(["wrong size", "damaged on arrival", "changed mind", "colour not as pictured"]))]
    for k, v in rows:
        b.t(k.ljust(16, "."), " ", v, "\n")
    b.t(r.choice(["Refund method: original card", "Exchange requested", "Label emailed"]))
    return b

def k_json_payload(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    q = lambda x: json.dumps(x, ensure_ascii=False)[1:-1]
    b.t('{"event":"profile.updated","ts":"2025-02-11T10:22:31Z","data":{')
    b.t('"first_name":"', P(q(p["first"])), '","last_name":"', P(q(p["last"])), '",')
    b.t('"email":"', EM(email(r, p, cc)), '","phone":"', PH(q(phone(r, cc))), '",')
    b.t('"address":"', AD(q(addr1(r, cc))), '",')
    b.t('"locale":"', lang, '","consent":{"email":true,"sms":', r.choice(["true", "false"]), '},')
    b.t('"last_ip":"', IP(ip(r)), '","tier":"', r.choice(["Gold", "Silver", "Rose"]), '"}}')
    return b

def k_yaml_payload(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t("# exported from CDP\ncontact:\n  id: ", str(r.randint(10**5, 10**6)), "\n  name: ", P(full(p)), "\n")
    b.t("  email: ", EM(email(r, p, cc)), "\n  phones:\n    - \"", PH(phone(r, cc)), "\"\n")
    if r.random() < 0.5: b.t("    - \"", PH(phone(r, cc)), "\"\n")
    b.t("  shipping_address: \"", AD(addr1(r, cc)), "\"\n  segment: ", r.choice(["lapsed_90d", "vip", "new"]), "\n  home_store: ", LOC(r.choice(CITIES[cc])), "\n")
    return b

def k_xml_payload(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<order id="', str(r.randint(10**6, 10**7)), '">\n  <customer>\n')
    b.t("    <givenName>", P(p["first"]), "</givenName>\n    <familyName>", P(p["last"]), "</familyName>\n")
    b.t("    <email>", EM(email(r, p, cc)), "</email>\n    <tel>", PH(phone(r, cc)), "</tel>\n  </customer>\n")
    b.t("  <shipTo>", AD(addr1(r, cc)), "</shipTo>\n  <giftMessage>", r.choice(["Happy birthday Mum!", "With love", "Congrats on the new job"]), "</giftMessage>\n</order>")
    return b

def k_ocr_form(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t(r.choice(["~~scan p.1~~", "[OCR 0.87]", "|||| FORM 7B ||||"]), "\n")
    b.t(" ".join(up(lb['name'])), " :  ", P(nm(r, p, 'caps')), "\n")
    b.t(up(lb['addr']), ":| ", AD(up(addr1(r, cc, False))), " |\n")
    b.t(up(lb['phone']).replace("O", "0", 1), " .. ", PH(phone(r, cc)), "\n")
    b.t("E MAIL: ", EM(email(r, p, cc).upper() if r.random() < 0.3 else email(r, p, cc)), "\n")
    b.t("SIGNATURE: ____", P(up(p["last"])), "____  DATE: 12/0l/2025")
    return b

def k_survey_freetext(r, lang):
    b = B(); cc, p, lb = ctx(r, lang)
    b.t("Q7 (open): ")
    b.fill(S[lang]['survey'], loc=LOC(r.choice(CITIES[cc])))
    if r.random() < 0.5:
        b.t(" ", r.choice(["Contact me: ", "→ ", "pls reach me at ", ""]), EM(email(r, p, cc)))
    if r.random() < 0.3:
        b.t(" (", P(p["first"]), ")")
    return b

EN_CLEAN = S['en']['clean'] + [
    "Meet Hope, our new plant-based moisturiser - 48h hydration, zero fragrance.",
    "The Jack & Jill lunchbox range is now 2 for 25.",
    "Summer Sky eyeshadow palette: twelve shades inspired by long evenings.",
    "Mark your calendars - the Autumn Edit drops on 14 September.",
    "Bill payment made easy: split your basket into three interest-free instalments.",
    "Amber Glow candles are back in stock, but not for long.",
    "Faith in every stitch: our denim is repaired free for life.",
    "Young at Heart gift sets start at just 19.99 - wrapped and ready to go.",
    "Price drop alert: selected Stone Island-style overshirts now 30% off.",
    "Our Fox & Bird kids' collection is made from 100% organic cotton.",
    "Grace and Frankie fans, this one's for you: cosy knits for long weekends.",
    "Free click & collect on orders over 20 pounds. Terms and conditions apply.",
    "We've updated our privacy policy. No action is needed from you.",
    "Reply STOP to opt out of texts. Msg & data rates may apply.",
    "Double points every Tuesday for Rewards members - just scan your app at the till.",
    "Dawn to dusk protection: SPF 50 that doesn't leave a white cast.",
    "Robin Hood Week: buy one, donate one to a local food bank.",
    "Your basket misses you! Items are reserved for the next 24 hours.",
]

def k_marketing_clean(r, lang):
    b = B()
    cl = list(EN_CLEAN) if lang == 'en' else list(S[lang]['clean'])
    r.shuffle(cl)
    if lang == 'en' and r.random() < 0.5:
        cl = [cl[0] + " " + cl[2], cl[1]]
    b.t(r.choice(["Subject: ", "HEADLINE: ", "Push copy v2: ", ""]), cl[0])
    if len(cl) > 1: b.t("\n", cl[1])
    b.t("\n", r.choice(["#NewIn #RoseGold", "T&Cs apply.", "Shop now →", "Unsubscribe | Privacy"]))
    return b

def k_marketing_geo(r, lang):
    b = B(); cc = r.choice(LANG_CC[lang])
    c1, c2 = r.sample(CITIES[cc], 2)
    tpl = {'en': "Now open in {a}! Our new flagship joins {b} and ships from {c} within 48h.",
           'de': "Jetzt neu in {a}! Nach {b} eröffnen wir unseren Store – Versand aus {c}.",
           'fr': "Ouverture à {a} ! Après {b}, notre boutique arrive – expédition depuis {c}.",
           'hu': "Megnyitottunk: {a}! {b} után új üzlet, szállítás {c} raktárból.",
           'ro': "Am deschis în {a}! După {b}, noul magazin – livrare din {c}.",
           'tr': "{a} mağazamız açıldı! {b} sonrası yeni adres, gönderim {c} çıkışlı.",
           'el': "Νέο κατάστημα: {a}! Μετά τη {b}, αποστολές από {c}.",
           'cs': "Nově otevřeno: {a}! Po {b} přichází nová prodejna, odesíláme z {c}."}.get(lang, "{a} · {b} · {c} —")
    b.fill(tpl, a=LOC(c1), b=LOC(c2), c=LOC(r.choice(CNAME[cc]) if r.random() < 0.5 else r.choice(CITIES[cc])))
    b.t(" ", r.choice(S[lang]['clean']))
    return b

# ---------------------------------------------------------------- kinds (English)
def ectx(r):
    cc = r.choice(LANG_CC['en'])
    return cc, person(r, CC_ORIGIN[cc])

W = "zero one two three four five six seven eight nine".split()
def spoken(r, digits):
    out = []; i = 0
    while i < len(digits):
        dg = digits[i]
        if dg == " ":
            i += 1; continue
        if i + 1 < len(digits) and digits[i + 1] == dg and r.random() < 0.5:
            out.append("double " + (r.choice(["oh", "zero"]) if dg == "0" else W[int(dg)])); i += 2; continue
        out.append(r.choice(["oh", "zero"]) if dg == "0" else W[int(dg)]); i += 1
    return " ".join(out)

def k_voicemail(r, lang):
    b = B(); cc, p = ectx(r)
    num = re.sub(r"\D", "", phone(r, cc, r.choice([f for f in PHONES[cc] if not f.startswith("+")] or PHONES[cc])))
    b.t("[Voicemail transcription – confidence 0.71]\n")
    b.t(r.choice(["hi um this is ", "hello yeah it's ", "hiya it's "]), P(nm(r, p, 'lower') if r.random() < 0.6 else full(p)),
        r.choice([" calling about the order that never turned up ", " about my loyalty points ", " "]),
        "could you call me back on ", PH(spoken(r, num)), r.choice([" thanks bye", " that's ", " cheers"]))
    if b.text().endswith("that's "):
        b.t(PH(spoken(r, num)), " again thanks")
    return b

def k_fraud_review(r, lang):
    b = B(); cc, p = ectx(r)
    b.t("FRAUD REVIEW – case FR-", str(r.randint(1000, 9999)), "\nAccount holder: ", P(full(p)), "\nSSN (last verified): ", SSN(ssn(r)), "\n")
    b.t("Card on file: ", CC(card(r)), "\nLogin IPs: ", IP(ipv4(r)), ", ", IP(ip(r)), " (geo: ", LOC(r.choice(["Lagos", "Kyiv", "São Paulo", "Manila", "Bucharest"])), ")\n")
    b.t("Billing: ", AD(addr1(r, 'US', False)), "\nShipping: ", AD(addr1(r, r.choice(['US','NG','GB']))), "\n")
    b.t("Analyst note: mismatch billing/shipping, 3 cards in 2h. Hold.  – ", P(r.choice(NAMES['en'][0])))
    return b

def k_access_log(r, lang):
    b = B()
    for i in range(r.randint(3, 6)):
        b.t(IP(ip(r)), " - ", r.choice(["-", "-", "api"]), " [11/Mar/2025:0", str(r.randint(0, 9)), ":", "%02d" % r.randint(0, 59), ":", "%02d" % r.randint(0, 59), " +0000] \"",
            r.choice(["GET /unsubscribe?c=8812", "POST /api/v2/leads", "GET /promo/rose-gold", "GET /account/login"]), " HTTP/1.1\" ", r.choice(["200", "302", "404", "429"]), " ", str(r.randint(100, 9000)), "\n")
    if r.random() < 0.5:
        p = person(r, 'en'); b.t("# flagged by ", P(p["first"]), ": burst from ", IP(ipv4(r)))
    return b

def k_slack_thread(r, lang):
    b = B(); cc, p = ectx(r); a, c = person(r, 'en'), person(r, 'in')
    ha = ascii_fold(a["first"]).lower()
    b.t(P(full(a)), "  10:42\n")
    b.t("anyone know why ", P(nm(r, p, r.choice(['full','first','lower']))), "'s order went to the old address? she says it should be ", AD(addr1(r, cc, False)), "\n")
    b.t(P(full(c)), "  10:44\n@", ha, " CRM still has ", AD(addr1(r, cc, False)), " – will fix. her mobile is ", PH(phone(r, cc)), " if you wanna call\n")
    b.t(P(full(a)), "  10:45\nty ", P(c["first"]), " 🙏 cc @", r.choice(["ops-team", "mark.h", "will-ops"]))
    return b

def k_meeting_notes(r, lang):
    b = B(); cc, p = ectx(r)
    ppl = [person(r, 'en'), person(r, r.choice(FOREIGN)), person(r, 'ie')]
    b.t("Weekly CX sync – attendees: ", P(full(ppl[0])), ", ", P(nm(r, ppl[1], 'init')), ", ", P(ppl[2]["first"]), "\n")
    b.t("- Complaint spike in ", LOC(r.choice(CITIES[cc])), " after courier switch\n")
    b.t("- VIP escalation: ", P(full(p)), " (", EM(email(r, p, cc)), ") – ", P(ppl[2]["first"]), " to call ", PH(phone(r, cc)), " by Fri\n")
    b.t("- Will to send Grace-period FAQ to legal\n- AOB: Summer campaign copy approved")
    return b

def k_b2b_lead(r, lang):
    b = B(); cc, p = ectx(r)
    b.t("Lead: ", r.choice(["Vantage Hospitality Group", "Ridgeway Clinics", "Bluefin Logistics"]), " (", LOC(r.choice(CITIES[cc])), ")\nContact: ",
        r.choice(["Dr. ", "Ms ", "Mr. ", ""]), P(nm(r, p, r.choice(['full','init']))), ", ", r.choice(["VP Marketing", "Procurement", "Ops Director"]), "\n")
    b.t("DD: ", PH(phone(r, cc)), "  |  M: ", PH(phone(r, cc)), "\n", EM(email(r, p, work=True)), "\n")
    b.t("HQ: ", AD(addr1(r, cc)), "\nNotes: met at trade show, wants pilot in Q3; gatekeeper is ", P(person(r, 'en')["first"]), " (EA).")
    return b

def k_influencer_contract(r, lang):
    b = B(); cc, p = ectx(r)
    b.t("INFLUENCER AGREEMENT\nThis agreement is made between Solstice Beauty Ltd (\"Brand\") and ", P(full(p)),
        r.choice([" (known professionally as \"@", " (handle @"]), r.choice(["glowwith", "sky.daily", "rosie_reviews", "amber.eats"]), "\") of ", AD(addr1(r, cc)), " (\"Creator\").\n")
    b.t("1. Deliverables: 2 Reels, 3 Stories featuring Rose Gold Highlighter.\n2. Fee: GBP 2,400 payable to ", IB(iban(r, r.choice(['GB','IE','DE','NL']))), ".\n")
    b.t("3. Notices: ", EM(email(r, p, cc)), " / ", PH(phone(r, cc)), "\nSigned: ______ ", P(nm(r, p, 'init')))
    return b

def k_webinar_tsv(r, lang):
    b = B()
    b.t("reg_id\tfirst\tlast\temail\tcountry\tphone\tjob_title\n")
    for i in range(r.randint(3, 5)):
        cc = r.choice(list(ADDR)); p = person(r, CC_ORIGIN[cc])
        f = p["first"].lower() if r.random() < 0.2 else p["first"]
        b.t(str(5000 + i), "\t", P(f), "\t", P(p["last"]), "\t", EM(email(r, p, cc)), "\t", LOC(CNAME[cc][0]), "\t")
        if r.random() < 0.7: b.t(PH(phone(r, cc)))
        b.t("\t", r.choice(["CMO", "student", "Brand Mgr", "n/a"]), "\n")
    return b

def k_markdown_table(r, lang):
    b = B()
    b.t("| Customer | Contact | Address | Issue |\n|---|---|---|---|\n")
    for i in range(r.randint(2, 4)):
        cc = r.choice(list(ADDR)); p = person(r, CC_ORIGIN[cc])
        b.t("| ", P(nm(r, p, r.choice(['full','rev','init']))), " | ")
        if r.random() < 0.5: b.t(EM(email(r, p, cc)))
        else: b.t(PH(phone(r, cc)))
        b.t(" | ", AD(addr1(r, cc)), " | ", r.choice(["late", "damaged", "wrong item", "refund"]), " |\n")
    return b

def k_bounce_report(r, lang):
    b = B()
    b.t("Campaign: Spring Refresh – hard bounces\n")
    for i in range(r.randint(3, 6)):
        cc = r.choice(list(ADDR)); p = person(r, CC_ORIGIN[cc])
        b.t(EM(email(r, p, cc)), "  550 5.1.1 ", r.choice(["user unknown", "mailbox full", "domain not found"]), "\n")
    b.t("Owner: ", P(person(r, 'en')["first"]), " – suppress list by Thursday")
    return b

def k_call_transcript(r, lang):
    b = B(); cc, p = ectx(r)
    ag = person(r, 'en')
    b.t("agent: thanks for calling northwind my name is ", P(ag["first"].lower()), " can i take your name\n")
    b.t("caller: yeah its ", P(full(p).lower()), "\nagent: and the postcode or address on the account\n")
    b.t("caller: ", AD(addr1(r, cc, False).lower().replace(",", "")), "\nagent: lovely and a contact number\n")
    b.t("caller: ", PH(phone(r, cc)), " its my mobile\nagent: ok ive raised that for you ", P(p["first"].lower()), " anything else\ncaller: no thats it ta")
    return b

def k_store_visit(r, lang):
    b = B(); cc = r.choice(LANG_CC['en']); m = person(r, CC_ORIGIN[cc]); s = person(r, CC_ORIGIN[cc])
    b.t("Store visit – ", LOC(r.choice(CITIES[cc])), " ", r.choice(["High St", "Westfield", "Retail Park"]), "\nManager: ", P(full(m)), "\n")
    b.t("Staff on shift: ", P(s["first"]), ", ", P(person(r, 'en')["first"]), " / ", P(person(r, r.choice(FOREIGN))["first"]), "\n")
    b.t("Observations: Rose Gold bay empty, Summer window still up. ", P(s["first"]), " great with customers.\nStore line: ", PH(phone(r, cc)))
    return b

def k_outreach_list(r, lang):
    b = B()
    b.t("Influencer shortlist (micro, beauty)\n")
    for i in range(r.randint(3, 5)):
        cc = r.choice(list(ADDR)); p = person(r, CC_ORIGIN[cc])
        b.t(str(i + 1), ". @", ascii_fold(p["first"]).lower().replace(" ", "").replace("-", "") + r.choice(["glows", ".makes", "_daily", "xo"]), " – ", P(nm(r, p, 'full')), " – ", LOC(r.choice(CITIES[cc])), " – ", r.choice(["41k", "12k", "88k"]), " – ")
        b.t(EM(email(r, p, cc)) if r.random() < 0.7 else "DM only", "\n")
    return b

def k_sms_optin(r, lang):
    b = B()
    b.t("timestamp,msisdn,keyword,ip,status\n")
    for i in range(r.randint(3, 5)):
        cc = r.choice(list(ADDR))
        b.t("2025-03-0", str(r.randint(1, 9)), "T1", str(r.randint(0, 9)), ":0", str(r.randint(0, 9)), ":11Z,", PH(phone(r, cc, r.choice([f for f in PHONES[cc] if f.startswith("+")] or PHONES[cc])).replace(" ", "")), ",",
            r.choice(["JOIN", "STOP", "ROSE", "WIN"]), ",", IP(ip(r)), ",", r.choice(["ok", "dup", "blocked"]), "\n")
    return b

def k_gdpr_request(r, lang):
    b = B(); cc, p = ectx(r)
    b.t("Subject: Subject Access Request\n\nDear Sir/Madam,\nUnder data protection law I request a copy of all personal data you hold about me.\n")
    b.t("Full name: ", P(full(p)), "\nPrevious name: ", P(p["first"] + " " + r.choice(NAMES['en'][1])), "\nEmail(s): ", EM(email(r, p, cc)), ", ", EM(email(r, p, cc)), "\n")
    b.t("Address:\n", AD(addrn(r, cc)), "\n\nYours faithfully,\n", P(full(p)))
    return b

def k_gift_message(r, lang):
    b = B(); cc, p = ectx(r); q = person(r, CC_ORIGIN[cc])
    b.t("Gift order – card message:\n\"Dear ", P(q["first"]), ", happy 40th! Love, ", P(p["first"]), " & ", P(person(r, 'en')["first"]), " xx\"\n")
    b.t("Recipient: ", P(full(q)), "\n", AD(addrn(r, cc)), "\nSender phone (for courier): ", PH(phone(r, cc)))
    return b

def k_social_comments(r, lang):
    b = B(); cc, p = ectx(r); q = person(r, 'en')
    b.t("@", ascii_fold(q["first"]).lower(), "_", str(r.randint(80, 99)), ": still no refund?? been 3 weeks\n")
    b.t("@BrandCare: So sorry ", P(q["first"]), "! Please DM us your order no. and email so we can look into it.\n")
    b.t("@", ascii_fold(p["first"]).lower(), "bakes: same here, ", P(q["first"].lower()), " lol. my email's ", EM(email(r, p, cc)), " if anyone from customer services reads this\n")
    b.t("@BrandCare: Thanks ", P(p["first"]), ", we've picked this up 💛")
    return b

# ---------------------------------------------------------------- schedule & main
ML = [k_address_label, k_shipping_manifest, k_callback_request, k_loyalty_signup, k_event_badge, k_support_macro, k_merge_fields,
      k_email_forward, k_hurried_note, k_review_staff, k_delivery_note, k_payment_failure, k_rma_form, k_json_payload, k_yaml_payload,
      k_xml_payload, k_ocr_form, k_survey_freetext, k_marketing_geo]
EN = [k_voicemail, k_fraud_review, k_access_log, k_slack_thread, k_meeting_notes, k_b2b_lead, k_influencer_contract, k_webinar_tsv,
      k_markdown_table, k_bounce_report, k_call_transcript, k_store_visit, k_outreach_list, k_sms_optin, k_gdpr_request, k_gift_message,
      k_social_comments]

def kname(f): return f.__name__[2:]

def plan():
    items = []
    other = [l for l in LANG_CC if l != 'en']
    for i in range(25): items.append((k_marketing_clean, 'en'))
    for i in range(25): items.append((k_marketing_clean, other[i % len(other)]))
    en_kinds = EN + ML
    for i in range(225): items.append((en_kinds[i % len(en_kinds)], 'en'))
    heavy = ['hu', 'ro', 'el', 'tr', 'cs', 'sk', 'hr', 'sl']
    quota = {l: (12 if l in heavy else 9) for l in other}
    tot = sum(quota.values())
    i = 0
    while tot < 225:
        quota[other[i % len(other)]] += 1; tot += 1; i += 1
    for li, l in enumerate(other):
        for j in range(quota[l]):
            items.append((ML[(li * 5 + j * 3) % len(ML)] if j < len(ML) else R.choice(ML), l))
    R.shuffle(items)
    return items

def check(text, spans):
    last = -1
    for s in sorted(spans, key=lambda x: x["start"]):
        assert 0 <= s["start"] < s["end"] <= len(text), s
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, (repr(v), text)
        assert s["start"] >= last, ("overlap", s, text)
        last = s["end"]

def main():
    out = []
    for i, (f, lang) in enumerate(plan()):
        b = f(R, lang)
        text = b.text()
        check(text, b.spans)
        if f is k_marketing_clean:
            assert not b.spans
        out.append({"id": "hard12-%d" % i, "kind": kname(f), "lang": lang, "text": text, "spans": b.spans})
    assert len(out) == 500
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard12.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    tc = collections.Counter(s["type"] for o in out for s in o["spans"])
    kc = collections.Counter(o["kind"] for o in out)
    lc = collections.Counter(o["lang"] for o in out)
    print("samples:", len(out), " spans:", sum(tc.values()), " samples with no spans:", sum(1 for o in out if not o["spans"]))
    print("per type:"); [print("  %-16s %d" % kv) for kv in tc.most_common()]
    print("per kind (%d kinds):" % len(kc)); [print("  %-20s %d" % kv) for kv in kc.most_common()]
    print("per language (%d):" % len(lc)); [print("  %-4s %d" % kv) for kv in lc.most_common()]

if __name__ == "__main__":
    main()
