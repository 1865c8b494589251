#!/usr/bin/env python3
"""Blind PII evaluation set generator (hard6).

Hand-written names, streets, templates. Deterministic (SEED). No external deps.
Output: hard6.jsonl next to this file.
"""
import json, random, re, sys, os, ipaddress, unicodedata
from collections import Counter

SEED = 606
N_SAMPLES = 800
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "IP_ADDRESS", "STREET_ADDRESS", "LOCATION"}

# ----------------------------------------------------------------------------
# Names (hand-written, grouped by culture)
# ----------------------------------------------------------------------------
FIRST = {
 "en": """James Oliver Harry George Jack Noah Charlie Thomas Oscar William Henry Leo Alfie Joshua Freddie
  Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Logan Theo Harrison Benjamin Mason
  Sebastian Finley Adam Dylan Zachary Riley Jacob Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella
  Lily Evie Isabella Sophie Ivy Freya Harper Willow Charlotte Jessica Rosie Daisy Chloe Phoebe Florence
  Alice Matilda Ruby Evelyn Sienna Megan Hannah Abigail Madison Brooke Tyler Brandon Kayla Destiny Jordan
  Courtney Dwayne Tamika Latoya Shanice Marcus Darnell Iain Hamish Morag Eilidh Rhys Gethin Cerys Angharad
  Dafydd Alun Bethany Kieran Nathan Gemma Stacey Wayne Shaun Leanne""",
 "ie": """Siobhan Aoife Niamh Ciara Saoirse Orla Sinead Caoimhe Roisin Padraig Cian Oisin Darragh Eoin Seamus
  Ciaran Declan Fionn Tadhg Grainne""",
 "de": """Lukas Jonas Felix Maximilian Leon Paul Finn Elias Moritz Jannik Tobias Florian Matthias Jürgen Uwe
  Dieter Klaus Wolfgang Heike Sabine Ursula Birgit Anja Katrin Jana Lena Leonie Marie Johanna Franziska
  Annika Greta Mareike Svenja Torsten Dörte Gisela Ralf""",
 "fr": """Jean Pierre Louis Hugo Mathis Théo Antoine Baptiste Clément Étienne Guillaume Jérôme Olivier Thierry
  Amélie Camille Manon Léa Inès Océane Margaux Élodie Sandrine Nathalie Brigitte Aurélie Solène Maëlle
  Jean-Luc Marie-Claire Anne-Sophie Gaëlle Yannick Loïc""",
 "es": """Alejandro Javier Diego Santiago Mateo Sergio Pablo Álvaro Rodrigo Iker Joaquín Emiliano Camila
  Valentina Lucía Martina Ximena Guadalupe Rocío Pilar Inmaculada Carmen Itziar Nerea Sofía Daniela
  Fernanda Mariana Renata Yolanda Maximiliano Florencia Agustín Graciela Aurelio""",
 "it": """Giuseppe Giovanni Francesco Alessandro Lorenzo Matteo Andrea Davide Riccardo Stefano Gianluca
  Salvatore Giulia Chiara Francesca Federica Alessia Beatrice Ilaria Sara Elisa Giorgia Benedetta Carmela""",
 "pt": """João Tiago Gonçalo Rui Duarte Afonso Luís Thiago Gustavo Caio Rafael Vinícius Leandro Beatriz
  Ana Larissa Thaís Gabriela Juliana Letícia Raquel Conceição Marta Adriana""",
 "nl": """Daan Sem Bram Thijs Jesse Ruben Joost Pieter Sander Wouter Maarten Femke Sanne Lotte Anouk Fleur Eva
  Saskia Marloes Ilse Lieke Noor Jeroen Koen""",
 "nordic": """Lars Erik Anders Magnus Henrik Nils Sven Björn Oskar Axel Mikael Jukka Mikko Ville Tuomas Aino
  Eeva Saara Kaisa Ingrid Astrid Sigrid Solveig Kari Linnea Elin Maja Frida Ebba Signe Freja Ida Mette
  Kirsten Søren Rasmus Mads Jens Torbjørn Øystein Håkon Ragnhild""",
 "slav": """Jakub Kacper Szymon Mateusz Wojciech Krzysztof Piotr Tomasz Grzegorz Bartosz Zofia Agnieszka
  Małgorzata Katarzyna Magdalena Joanna Aleksandra Weronika Zuzanna Ondřej Jiří Petr Tomáš Lukáš Veronika
  Tereza Kateřina Dmitri Sergei Alexei Nikolai Oleksandr Taras Yulia Olena Natalia Svetlana Irina Tatiana
  Milan Dragan Nikola Jelena Ivana Marko""",
 "ar": """Ahmed Omar Youssef Khalid Hassan Ibrahim Tariq Karim Samir Bilal Hamza Rami Faisal Nour Fatima Aisha
  Layla Mariam Yasmin Salma Rania Huda Amira Leila Zainab Reem Dalia Mehmet Emre Burak Elif Zeynep Ayşe
  Selin Kerem Arash Dariush Parisa Shirin Navid Farah""",
 "sa": """Aarav Arjun Vihaan Rohan Rahul Vikram Sanjay Rajesh Anil Suresh Kiran Pradeep Harpreet Gurpreet
  Manpreet Jaspreet Sunil Aditya Ishaan Karthik Venkatesh Priya Ananya Aditi Diya Kavya Lakshmi Deepika
  Pooja Sunita Meera Neha Shreya Nisha Divya Asha Rekha Farhan Imran Ayesha Saima Nadia Tahmina Rashed
  Anjali Sandeep""",
 "ea": """Wei Jing Xiaoming Meiling Jun Hao Yan Haruto Yuto Sota Hiroshi Takeshi Kenji Yuki Sakura Yui Aoi
  Hina Haruka Keiko Minji Jiwoo Seojun Jiho Hyejin Soyeon Eunji Taeyang Dongwoo Thanh Minh Linh Huong
  Quang Tuan Nguyet Somchai Nattaya Siriporn Maricel Jericho Rhea Ramil Bayani Dewi Putri Budi Agus Siti
  Wayan""",
 "af": """Chinedu Chiamaka Ngozi Obinna Emeka Adaeze Oluwaseun Olumide Folake Temitope Babajide Kwame Kofi
  Ama Akosua Yaw Abena Thabo Sipho Lerato Naledi Zanele Bongani Themba Nomvula Kagiso Wanjiru Njeri Kamau
  Achieng Amani Baraka Fatou Moussa Aminata Ousmane Abdoulaye Mariama Tendai Tatenda Chipo Yohannes
  Selam Tigist Abebe Hiwot""",
 "other": """Aroha Tane Mereana Wiremu Hemi Ngaio Leilani Kalani Noa Yael Tamar Avi Eitan Shira Yosef Moshe""",
}
LAST = {
 "en": """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
  Roberts Green Hall Wood Jackson Clarke Harrison Cooper Ward Morris Hughes Edwards Turner Parker Collins
  Bennett Fletcher Holloway Pemberton Ashworth Whitfield Blackwood Hargreaves Thornton Kingsley Sutherland
  Fairbanks Hastings Lockwood Merriweather Prescott Radcliffe Washington Carter Mitchell Brooks Sanders
  Jenkins Perry Reed Coleman Freeman Henderson Llewellyn Pritchard Bowen Vaughan Prosser MacLeod Campbell
  MacDonald Stewart Fraser Mackenzie Robertson Buchanan McIntyre""",
 "ie": """O'Connor O'Brien O'Sullivan Murphy Kelly Byrne Ryan Walsh McCarthy Doyle Kavanagh Gallagher
  Fitzgerald Quinlan Donnelly Brennan McGrath O'Mahony Ní_Bhriain Mac_Giolla_Phádraig""",
 "de": """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
  Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Schmitt Werner Krause Meier
  Lehmann Huber Gruber Steiner Moser Eggenberger Brunner von_Arnim Oberhuber Brandstätter""",
 "fr": """Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Fournier
  Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Mercier Chevalier Beaumont Delacroix Lemoine
  Gauthier Le_Gall Kerbrat""",
 "es": """García Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez
  Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina Castillo Ortega Rubio Delgado
  Castro Ortiz Marín Iglesias Echeverría Aguirre Etxeberria de_la_Cruz del_Río Villanueva Gutiérrez Rojas
  Contreras Salazar Mendoza Guzmán Vargas Cárdenas Quispe Mamani Flores Reyes Espinoza Cervantes Zapata
  Paredes Ochoa""",
 "it": """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini
  Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferraro Galli D'Angelo
  Di_Stefano""",
 "pt": """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes
  Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moura Cavalcanti Nascimento Araújo Barbosa Rocha
  Azevedo""",
 "nl": """de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder
  de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Vermeulen Willems Claes Peeters
  Maes Goossens Wouters""",
 "nordic": """Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist
  Lindberg Bergström Sundberg Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen
  Christensen Sørensen Rasmussen Haugen Bakken Solberg Virtanen Korhonen Mäkinen Nieminen Mäkelä
  Hämäläinen Laine Heikkinen Koskinen Järvinen Sigurðsson Jónsdóttir""",
 "slav": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
  Dąbrowski Kozłowski Jankowski Mazur Kwiatkowska Krawczyk Piotrowski Grabowski Nováková Novák Svoboda
  Dvořák Černý Procházka Kučera Veselý Horák Ivanov Petrov Smirnov Kuznetsova Volkov Sokolov Popov
  Lebedev Kozlov Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Horvat Kovačević Jovanović Petrović
  Nikolić Babić""",
 "ar": """Al-Farsi Haddad Khoury Nasser Mansour Saleh Hamdan Abdullah Rahman El-Amin Aziz Karimi Hussein
  Qureshi Siddiqui Chaudhry Malik Sheikh Farouk Zaki El_Idrissi Benali Bouazza Mahmoud Abboud Darwish
  Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Hosseini Ahmadi Rezaei Moradi Jafari""",
 "sa": """Patel Sharma Singh Kumar Gupta Mehta Shah Reddy Nair Iyer Menon Pillai Rao Desai Joshi Chatterjee
  Banerjee Mukherjee Bose Das Ghosh Agarwal Kapoor Malhotra Bhatt Verma Sandhu Gill Dhillon Grewal Kaur
  Khan Hossain Chowdhury Begum Ahmed Perera Fernando Jayasuriya Wickramasinghe Thapa Gurung Shrestha""",
 "ea": """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Lin Gao Luo Zheng Liang Tanaka Suzuki
  Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura
  Hayashi Shimizu Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Pham Hoang Phan Vu Dang Bui
  Ngo Duong Wong Chan Cheung Lau Leung Tan Ong Goh Teo Cruz Bautista Dela_Cruz Aquino Pangilinan Wijaya
  Susanto Hartono Chaiyaporn Srisuk Wongsakul""",
 "af": """Okafor Okonkwo Adeyemi Oyelaran Balogun Eze Nwosu Obi Chukwu Adebayo Ogunleye Mensah Boateng Asante
  Owusu Appiah Osei Darko Nkosi Dlamini Ndlovu Khumalo Mokoena Mthembu van_Wyk Botha Naidoo Kariuki
  Mwangi Otieno Ochieng Njoroge Diallo Traoré Ndiaye Sow Camara Keita Cissé Moyo Chikwanha Tesfaye
  Bekele Haile Girma""",
 "other": """Cohen Levi Mizrahi Peretz Friedman Goldberg Rosenberg Katz Shapiro Ngata Parata Tuhiwai Fonoti
  Tupou""",
}
FIRST = {k: sorted(set(v.split())) for k, v in FIRST.items()}
LAST = {k: sorted(set(x.replace("_", " ") for x in v.split())) for k, v in LAST.items()}
ALL_FIRST = sorted(set(x for v in FIRST.values() for x in v))
ALL_LAST = sorted(set(x for v in LAST.values() for x in v))
CULTS = list(FIRST.keys())

LANG_CULTS = {
    "en": CULTS, "de": ["de", "de", "de", "slav", "ar"], "fr": ["fr", "fr", "fr", "ar", "af"],
    "es": ["es", "es", "es"], "it": ["it", "it", "it"], "nl": ["nl", "nl", "nl", "ar"],
    "pt": ["pt", "pt", "pt"], "pl": ["slav"], "sv": ["nordic"], "da": ["nordic"], "fi": ["nordic"],
}

# ----------------------------------------------------------------------------
# Sample builder
# ----------------------------------------------------------------------------
PH = re.compile(r"\$\{(\w+)\}")


class B:
    def __init__(self, kind):
        self.kind = kind
        self.buf = []
        self.n = 0
        self.spans = []
        self.flags = set()

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, typ, val):
        assert typ in TYPES, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val})
        return self.t(val)

    def f(self, tmpl, **kw):
        """Template with ${key}; kw values: str (plain), (TYPE, value) (span), list of those, or None."""
        pos = 0
        for m in PH.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def put(self, v):
        if v is None:
            return
        if isinstance(v, str):
            self.t(v)
        elif isinstance(v, tuple):
            self.e(v[0], v[1])
        elif isinstance(v, list):
            for x in v:
                self.put(x)
        else:
            raise TypeError(v)

    def text(self):
        return "".join(self.buf)


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fill(pattern):
    """# -> digit, § -> 2-9 digit, ¤ -> uppercase letter, others literal."""
    out = []
    for c in pattern:
        if c == "#":
            out.append(str(R.randint(0, 9)))
        elif c == "§":
            out.append(str(R.randint(2, 9)))
        elif c == "¤":
            out.append(ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("æ", "ae").replace("đ", "d").replace("ð", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------
def first(lang="en"):
    return ch(FIRST[ch(LANG_CULTS.get(lang, CULTS))])


def last(lang="en"):
    c = ch(LANG_CULTS.get(lang, CULTS))
    s = ch(LAST[c])
    if lang == "en" and p(0.05):
        s = s + "-" + ch(LAST[ch(CULTS)])
    return s


def full(lang="en"):
    c = ch(LANG_CULTS.get(lang, CULTS))
    f, l = ch(FIRST[c]), ch(LAST[c])
    r = R.random()
    if r < 0.06:
        return f"{f[0]}. {l}"
    if r < 0.10:
        return f"{f} {ch('ABCDEFGHJKLMNPRSTW')}. {l}"
    if r < 0.14:
        return f"{f} {l}-{ch(LAST[ch(CULTS)])}"
    if r < 0.17 and c in ("es",):
        return f"{f} {l} {ch(LAST['es'])}"
    return f"{f} {l}"


def P(v):
    return ("PERSON", v)


def nm(lang="en", mode=None):
    """Random PERSON mention string."""
    mode = mode or ch(["full"] * 5 + ["first"] * 2 + ["last"])
    if mode == "full":
        return full(lang)
    if mode == "first":
        return first(lang)
    return last(lang)


TITLES_EN = ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Dr.", "Prof.", "Miss"]

# ----------------------------------------------------------------------------
# Emails
# ----------------------------------------------------------------------------
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "aol.com", "proton.me", "me.com", "live.ca", "bigpond.com.au", "xtra.co.nz", "eircom.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["hotmail.es", "telefonica.net", "yahoo.es", "gmail.com", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hetnet.nl", "skynet.be"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "seznam.cz"],
    "sv": ["telia.com", "bredband.net", "online.no", "live.dk", "kolumbus.fi", "outlook.com"],
}
CORP = ["rosieandjack.co.uk", "northwind-retail.com", "mabelfinch.com", "harperlowe.de", "lumen-travel.eu",
        "corvid-insurance.co.uk", "brightmart.com.au", "casa-nova.es", "velo-outlet.nl", "ocean-air.pt",
        "kaffehuset.se", "bellavita-shop.it", "atelier-lune.fr", "sklep-gwiazda.pl", "acme-telco.ca",
        "tuinhuis.be", "kiwi-gear.co.nz", "sakura-mart.jp", "chai-point.in", "ubuntu-foods.co.za"]


def email_for(name=None, lang="en"):
    if name is None:
        name = full(lang)
    parts = [ascii_fold(x).lower().replace("'", "").replace(".", "") for x in re.split(r"[ ]+", name) if x]
    parts = [x for x in parts if x]
    if len(parts) == 1:
        parts.append(ascii_fold(ch(ALL_LAST)).lower().replace("'", "").replace(" ", ""))
    f, l = parts[0], parts[-1].replace(" ", "")
    l = l.replace("-", "") if p(0.5) else l
    dom = ch(FREEMAIL.get(lang, FREEMAIL["en"])) if p(0.7) else ch(CORP)
    style = R.randint(0, 7)
    loc = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{f}{l}", f"{l}.{f}",
           f"{f}.{l}+promo", f"{f}{R.randint(70, 2005)}", f"{f[0]}.{l}"][style]
    e = f"{loc}@{dom}"
    if p(0.04):
        e = e.upper()
    return e


def generic_email():
    return ch(["info", "support", "orders", "hello", "returns", "press", "jobs", "team", "noreply",
               "kundenservice", "service.client", "atencion", "assistenza", "klantenservice"]) + "@" + ch(CORP)


def EM(v):
    return ("EMAIL_ADDRESS", v)


# ----------------------------------------------------------------------------
# Phones: patterns per country (# digit, N 2-9)
# ----------------------------------------------------------------------------
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "404", "713", "305", "646", "702", "919"]
CA_AREAS = ["604", "416", "514", "403", "613", "902"]
PHONES = {
    "UK": ["+44 20 7### ####", "020 7### ####", "07### ######", "+44 7### ######", "+44 (0)161 ### ####",
           "0113 ### ####", "+44 (0) 7### ### ###", "0131 ### ####", "+44 20 8### #### ext. ###"],
    "US": ["(AREA) §##-####", "AREA-§##-####", "AREA.§##.####", "+1 AREA §## ####", "1-800-§##-####",
           "+1 (AREA) §##-#### ext. ###", "AREA-§##-#### x##", "+1-AREA-§##-####"],
    "CA": ["(CAREA) §##-####", "CAREA-§##-####", "+1 CAREA §## ####", "1 (CAREA) §##-####"],
    "DE": ["+49 30 ########", "030 ########", "0151 ########", "+49 (0)89 #######", "+49 171 #######",
           "0221 / ### ## ##", "+49 40 ### ###-##", "0176-########"],
    "AT": ["+43 1 ### ####", "0664 #######", "+43 664 ### ####", "0316 ######", "+43 (0)512 ### ###"],
    "CH": ["+41 44 ### ## ##", "079 ### ## ##", "+41 79 ### ## ##", "044 ### ## ##", "+41 (0)22 ### ## ##"],
    "FR": ["01 ## ## ## ##", "+33 6 ## ## ## ##", "06.##.##.##.##", "+33 (0)1 ## ## ## ##", "07 ## ## ## ##",
           "04-##-##-##-##", "+33 4 ## ## ## ##"],
    "IT": ["+39 02 #### ####", "3## ### ####", "+39 347 #######", "06 ########", "+39 333 ### ####",
           "011 ### ####"],
    "ES": ["+34 6## ### ###", "91# ## ## ##", "+34 93 ### ## ##", "6## ## ## ##", "+34 654 ## ## ##"],
    "NL": ["+31 20 ### ####", "06-########", "06 ## ## ## ##", "+31 (0)6 ########", "010-#######",
           "+31 6 #### ####"],
    "BE": ["+32 2 ### ## ##", "04## ## ## ##", "+32 4## ## ## ##", "02/### ## ##", "0475/##.##.##"],
    "PL": ["+48 5## ### ###", "22 ### ## ##", "+48 (22) ### ## ##", "6## ### ###", "+48 601-###-###"],
    "CZ": ["+420 6## ### ###", "+420 2## ### ###", "7## ### ###"],
    "SE": ["08-### ### ##", "+46 70 ### ## ##", "070-### ## ##", "+46 (0)31 ## ## ##", "073-###  ## ##"],
    "NO": ["+47 4## ## ###", "22 ## ## ##", "+47 9## ## ###", "9## ## ###"],
    "DK": ["+45 ## ## ## ##", "20 ## ## ##", "+45 3### ####"],
    "FI": ["+358 40 ### ####", "040 ### ####", "09 ### ####", "+358 (0)50 ### ####"],
    "IE": ["+353 87 ### ####", "087 ### ####", "(01) ### ####", "+353 1 ### ####", "086-#######"],
    "PT": ["+351 9## ### ###", "21 ### ####", "91# ### ###", "+351 22 ### ####"],
    "BR": ["+55 11 9####-####", "(11) 9####-####", "(21) ####-####", "+55 (31) 9####-####", "11 9#### ####"],
    "MX": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) ####-####"],
    "JP": ["+81 3-####-####", "03-####-####", "090-####-####", "+81 90 #### ####", "06-####-####",
           "(03) ####-####"],
    "IN": ["+91 9#### #####", "09#### #####", "+91-98###-#####", "011-2###-####", "+91 80 #### ####",
           "+91 (22) #### ####"],
    "AU": ["+61 2 #### ####", "04## ### ###", "(02) #### ####", "+61 4## ### ###", "1300 ### ###",
           "(03) 9### ####"],
    "NZ": ["+64 21 ### ####", "09 ### ####", "021 ### ####", "+64 9 ### ####", "027-###-####"],
    "ZA": ["+27 82 ### ####", "011 ### ####", "082 ### ####", "+27 (0)21 ### ####", "072-###-####"],
}
LANG_PHONE = {"en": ["UK", "US", "CA", "IE", "AU", "NZ", "ZA", "IN", "JP", "US", "UK"],
              "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX"],
              "it": ["IT"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR", "BR"], "pl": ["PL", "PL", "CZ"],
              "sv": ["SE", "SE", "NO", "DK", "FI"]}


PHONE_COUNTRY_USED = Counter()


def phone(country=None, lang="en"):
    if country is None:
        country = ch(list(PHONES)) if (lang == "en" and p(0.3)) else ch(LANG_PHONE.get(lang, list(PHONES)))
    pat = ch(PHONES[country])
    PHONE_COUNTRY_USED[country] += 1
    pat = pat.replace("CAREA", ch(CA_AREAS)).replace("AREA", ch(US_AREAS))
    return fill(pat)


def any_phone():
    return phone(ch(list(PHONES)))


def PHN(v):
    return ("PHONE_NUMBER", v)


# ----------------------------------------------------------------------------
# Cards, IBAN, SSN, IP
# ----------------------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "visa13"][:6])
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif kind == "amex":
        n = luhn_complete(ch(["34", "37"]), 15)
    else:
        n = luhn_complete("6011", 16)
    st = R.random()
    if len(n) == 15:
        if st < 0.6:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        if st < 0.8:
            return f"{n[:4]}-{n[4:10]}-{n[10:]}"
        return n
    if st < 0.5:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if st < 0.75:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def CC(v):
    return ("CREDIT_CARD", v)


# country: (length, bban pattern) ; a=letter, n=digit, c=alnum
IBAN_FMT = {"DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
            "BE": "12n", "PL": "24n", "CH": "5n12c", "AT": "16n", "IE": "4a14n", "PT": "21n", "SE": "20n",
            "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "LU": "3n13c", "HR": "17n"}


def iban(cc=None):
    cc = cc or ch(list(IBAN_FMT))
    bban = ""
    for cnt, t in re.findall(r"(\d+)([anc])", IBAN_FMT[cc]):
        for _ in range(int(cnt)):
            if t == "n":
                bban += str(R.randint(0, 9))
            elif t == "a":
                bban += ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += str(R.randint(0, 9)) if p(0.8) else ch("ABCDEFGHJKLMNPRSTUVWXYZ")
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + bban[4:]
    if cc == "IE":
        bban = ch(["AIBK", "BOFI"]) + bban[4:]
    if cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + bban[4:]
    chk = 98 - iban_mod(bban + cc + "00")
    s = f"{cc}{chk:02d}{bban}"
    assert iban_valid(s)
    if p(0.65):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_mod(s):
    conv = "".join(str(int(c, 36)) for c in s)
    return int(conv) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    return iban_mod(s[4:] + s[:4]) == 1


def IB(v):
    return ("IBAN_CODE", v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = ch(["-", "-", "-", "-", " "])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def SSN(v):
    return ("US_SSN", v)


def ipv4():
    while True:
        a = R.choice([R.randint(1, 223), 10, 192, 172, 81, 213, 185])
        if a in (127,):
            continue
        if a == 192:
            return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if a == 172:
            return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    groups = [f"{R.randint(0, 65535):x}" for _ in range(8)]
    groups[0] = ch(["2001", "2a02", "2600", "2a01", "fe80", "2400"])
    st = R.random()
    if st < 0.4:
        return ":".join(groups)
    if st < 0.8:
        k = R.randint(2, 5)
        return ":".join(groups[:k]) + "::" + ":".join(groups[k + 2:]) if k + 2 < 8 else ":".join(groups[:k]) + "::1"
    return f"2001:db8::{R.randint(1, 0xffff):x}"


def ip():
    return ipv6() if p(0.2) else ipv4()


def IPA(v):
    return ("IP_ADDRESS", v)


def LOC(v):
    return ("LOCATION", v)


def ADR(v):
    return ("STREET_ADDRESS", v)

# ----------------------------------------------------------------------------
# Addresses (hand-written streets/cities; postcode shapes per country)
# ----------------------------------------------------------------------------
def _pc_uk(out):
    return f"{out} {R.randint(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"


UK_ST = ["Larkspur Road", "Albion Street", "Mill Lane", "Church Walk", "Victoria Road", "Queen's Crescent",
         "Nelson Street", "Station Approach", "Gladstone Terrace", "Orchard Close", "Wellington Place",
         "Cromwell Avenue", "Beech Grove", "Tanners Row", "Kingfisher Way", "St Mary's Lane"]
UK_CITY = [("London", ["E8", "N1", "SE15", "SW9", "NW3", "W12"]), ("Manchester", ["M14", "M20"]),
           ("Leeds", ["LS6"]), ("Bristol", ["BS8", "BS3"]), ("Oxford", ["OX4"]), ("Edinburgh", ["EH6"]),
           ("Glasgow", ["G12"]), ("Cardiff", ["CF24"]), ("Belfast", ["BT7"]), ("Brighton", ["BN2"]),
           ("York", ["YO10"]), ("Norwich", ["NR2"]), ("Sheffield", ["S11"]), ("Bath", ["BA1"])]
UK_LOCALITY = {"Oxford": "Headington", "Manchester": "Didsbury", "Bristol": "Clifton", "Leeds": "Headingley",
               "Edinburgh": "Leith", "Cardiff": "Roath", "London": "Hackney", "Sheffield": "Ecclesall"}


def addr_UK():
    c, outs = ch(UK_CITY)
    l1 = f"{R.randint(1, 220)} {ch(UK_ST)}"
    if p(0.3):
        l1 = ch([f"Flat {R.randint(1, 12)}, ", f"Flat {R.randint(1, 6)}{ch('ABC')}, "]) + l1
    lines = [l1]
    if p(0.4) and c in UK_LOCALITY:
        lines.append(UK_LOCALITY[c])
    if p(0.5):
        lines.append(f"{c} {_pc_uk(ch(outs))}")
    else:
        lines += [c.upper() if p(0.3) else c, _pc_uk(ch(outs))]
    if p(0.3):
        lines.append(ch(["United Kingdom", "UK"]))
    return lines, c


US_ST = ["Maple Ridge Dr", "Oak Street", "W 42nd St", "Sunset Blvd", "Martin Luther King Jr Blvd",
         "Peachtree Rd NE", "Elm Avenue", "N Lincoln Ave", "Cedar Ln", "Broadway", "Pine St", "Lakeshore Dr",
         "Magnolia Court", "Washington Ave", "S Congress Ave", "Old Mill Road"]
US_CITY = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"),
           ("Atlanta", "GA", "303"), ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"),
           ("Portland", "OR", "972"), ("Phoenix", "AZ", "850"), ("Nashville", "TN", "372"),
           ("Boston", "MA", "021"), ("San Diego", "CA", "921"), ("Minneapolis", "MN", "554")]


def addr_US():
    c, s, z = ch(US_CITY)
    l1 = f"{R.randint(10, 9899)} {ch(US_ST)}"
    unit = ch(["", "", f", Apt {R.randint(1, 40)}{ch('ABCD')}", f", Suite {R.randint(100, 950)}", f" #{R.randint(2, 30)}"])
    lines = [l1 + unit] if p(0.7) or not unit else [l1, unit.strip(", ")]
    zz = z + digits(2) + (("-" + digits(4)) if p(0.2) else "")
    lines.append(f"{c}, {s} {zz}")
    if p(0.2):
        lines.append(ch(["USA", "United States"]))
    return lines, c


DE_ST = ["Lindenstraße", "Hauptstraße", "Goethestraße", "Am Mühlbach", "Bahnhofstr.", "Schillerplatz",
         "Kastanienallee", "Friedrichstraße", "Bergstraße", "Rosenweg", "Kantstraße", "Sonnenallee"]
DE_CITY = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
           ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Dresden", "01"), ("Freiburg im Breisgau", "79"),
           ("Bremen", "28"), ("Nürnberg", "90")]


def addr_DE():
    c, z = ch(DE_CITY)
    l1 = f"{ch(DE_ST)} {R.randint(1, 180)}{ch(['', '', 'a', 'b'])}"
    lines = [l1]
    if p(0.2):
        lines.append(ch(["Hinterhaus, 3. OG", "c/o Werkstatt Nord", "2. Stock links"]))
    lines.append(f"{z}{digits(3)} {c}")
    if p(0.25):
        lines.append(ch(["Deutschland", "Germany", "DEUTSCHLAND"]))
    return lines, c


AT_ST = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse", "Annenstraße"]
AT_CITY = [("Wien", "1", True), ("Graz", "80", False), ("Salzburg", "50", False), ("Linz", "40", False),
           ("Innsbruck", "60", False)]


def addr_AT():
    c, z, vie = ch(AT_CITY)
    pc = f"1{R.randint(0, 2)}{R.randint(1, 9)}0" if vie else z + digits(2)
    l1 = f"{ch(AT_ST)} {R.randint(1, 120)}" + (f"/{R.randint(1, 20)}" if p(0.5) else "")
    lines = [l1, f"{pc} {c}"]
    if p(0.4):
        lines.append(ch(["Österreich", "Austria"]))
    return lines, c


CH_ST = ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Kramgasse", "Via Nassa", "Limmatquai"]
CH_CITY = [("Zürich", "80"), ("Bern", "30"), ("Genève", "12"), ("Basel", "40"), ("Lugano", "69"), ("Luzern", "60")]


def addr_CH():
    c, z = ch(CH_CITY)
    st = ch(CH_ST)
    l1 = f"{R.randint(1, 90)} {st}" if st.startswith("Rue") else f"{st} {R.randint(1, 90)}"
    lines = [l1, f"{z}{digits(2)} {c}"]
    if p(0.3):
        lines = ["Postfach " + digits(3)] + lines if p(0.2) else lines
        lines.append(ch(["Schweiz", "Switzerland", "Suisse"]))
    return lines, c


FR_ST = ["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour",
         "rue Victor Hugo", "chemin des Vignes", "allée des Tilleuls", "quai de la Fosse", "rue Saint-Ferréol"]
FR_CITY = [("Lyon", "6900"), ("Paris", "7501"), ("Marseille", "1300"), ("Nantes", "4400"), ("Bordeaux", "3300"),
           ("Lille", "5900"), ("Toulouse", "3100"), ("Strasbourg", "6700"), ("Rennes", "3500"), ("Nice", "0600")]


def addr_FR():
    c, z = ch(FR_CITY)
    num = f"{R.randint(1, 140)}{ch(['', '', '', ' bis', ' ter'])}"
    lines = [f"{num} {ch(FR_ST)}"]
    if p(0.3):
        lines.insert(0, ch([f"Bâtiment {ch('ABC')}, appt {R.randint(1, 60)}", f"Résidence Les Pins, escalier {R.randint(1, 4)}"]))
    lines.append(f"{z}{R.randint(1, 9)} {c.upper() if p(0.4) else c}")
    if p(0.3):
        lines.append("France")
    return lines, c


BE_ST = [("Rue de la Loi", False), ("Kerkstraat", True), ("Meir", True), ("Chaussée de Waterloo", False),
         ("Veldstraat", True), ("Avenue Louise", False)]
BE_CITY = [("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"), ("Liège", "4000"), ("Leuven", "3000"),
           ("Ixelles", "1050")]


def addr_BE():
    c, z = ch(BE_CITY)
    st, _ = ch(BE_ST)
    l1 = f"{st} {R.randint(1, 300)}" + (f" bus {R.randint(1, 12)}" if p(0.3) else "")
    lines = [l1, f"{z} {c}"]
    if p(0.3):
        lines.append(ch(["Belgique", "België", "Belgium"]))
    return lines, c


IT_ST = ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza della Repubblica", "Via Roma",
         "Viale Monza", "Via San Gregorio", "Borgo Pinti", "Via Toledo"]
IT_CITY = [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Napoli", "801", "NA"),
           ("Firenze", "501", "FI"), ("Bologna", "401", "BO"), ("Bari", "701", "BA")]


def addr_IT():
    c, z, pr = ch(IT_CITY)
    l1 = f"{ch(IT_ST)}, {R.randint(1, 200)}" if p(0.5) else f"{ch(IT_ST)} {R.randint(1, 200)}"
    if p(0.25):
        l1 += f", int. {R.randint(1, 20)}"
    lines = [l1, f"{z}{digits(2)} {c} ({pr})" if p(0.5) else f"{z}{digits(2)} {c} {pr}"]
    if p(0.25):
        lines.append("Italia")
    return lines, c


ES_ST = ["Calle de Alcalá", "Avenida Diagonal", "Calle Mayor", "Paseo de Gracia", "Calle Larios",
         "Avenida de la Constitución", "Calle Sierpes", "Rambla de Catalunya", "Calle San Vicente Mártir"]
ES_CITY = [("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"), ("Málaga", "290"),
           ("Bilbao", "480"), ("Zaragoza", "500")]


def addr_ES():
    c, z = ch(ES_CITY)
    l1 = f"{ch(ES_ST)}, {R.randint(1, 250)}" + ch(["", f", {R.randint(1, 8)}º {ch('ABCD')}", f", {R.randint(1, 6)}.º izq."])
    lines = [l1, f"{z}{digits(2)} {c}"]
    if p(0.3):
        lines.append(ch(["España", "Spain"]))
    return lines, c


PT_ST = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua das Flores"]
PT_CITY = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30")]


def addr_PT():
    c, z = ch(PT_CITY)
    l1 = f"{ch(PT_ST)}, {R.randint(1, 300)}" + ch(["", f", {R.randint(1, 6)}º Esq.", f", {R.randint(1, 6)}º Dto."])
    pc = (z + digits(4 - len(z))) + "-" + digits(3)
    lines = [l1, f"{pc} {c}"]
    if p(0.3):
        lines.append("Portugal")
    return lines, c


BR_ST = ["Rua Oscar Freire", "Avenida Paulista", "Rua Visconde de Pirajá", "Rua da Consolação", "Avenida Sete de Setembro"]
BR_CITY = [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
           ("Salvador", "BA", "40"), ("Curitiba", "PR", "80")]
BR_BAIRRO = {"São Paulo": ["Jardins", "Bela Vista", "Pinheiros"], "Rio de Janeiro": ["Ipanema", "Botafogo"],
             "Belo Horizonte": ["Savassi", "Funcionários"], "Salvador": ["Barra", "Rio Vermelho"], "Curitiba": ["Batel"]}


def addr_BR():
    c, uf, z = ch(BR_CITY)
    l1 = f"{ch(BR_ST)}, {R.randint(10, 2500)}" + ch(["", f" - apto {R.randint(11, 184)}", f", bloco B, apto {R.randint(11, 99)}"])
    lines = [l1, f"{ch(BR_BAIRRO[c])}, {c} - {uf}", f"{z}{digits(3)}-{digits(3)}"]
    if p(0.4):
        lines = [l1, f"{ch(BR_BAIRRO[c])} - {c}/{uf} - CEP {z}{digits(3)}-{digits(3)}"]
    return lines, c


MX_ST = ["Av. Insurgentes Sur", "Calle Durango", "Av. Juárez", "Calle Colima", "Av. Revolución"]
MX_COL = ["Col. Roma Norte", "Col. Condesa", "Col. Del Valle", "Col. Centro", "Col. Narvarte"]


def addr_MX():
    c = ch(["Ciudad de México, CDMX", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue."])
    l1 = f"{ch(MX_ST)} {R.randint(10, 2200)}" + ch(["", f", Int. {R.randint(1, 30)}", f" Depto. {R.randint(101, 804)}"])
    lines = [l1, ch(MX_COL), f"{R.randint(1, 9):02d}{digits(3)} {c}"]
    return lines, c.split(",")[0]


JP_AREA = [("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
           ("Umeda", "Kita-ku", "Osaka", "530-0001"), ("Gion-machi", "Higashiyama-ku", "Kyoto", "605-0073"),
           ("Sakae", "Naka-ku", "Nagoya", "460-0008"), ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001")]


def addr_JP():
    a, w, c, z = ch(JP_AREA)
    l1 = f"{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)} {a}, {w}"
    if p(0.4):
        l1 = ch(["Room 402, ", "Maison Aoyama 3F, ", f"Apt {R.randint(101, 909)}, "]) + l1
    lines = [l1, f"{c} {z}" if p(0.6) else f"{c}-{'to' if c == 'Tokyo' else 'shi'} {z}"]
    if p(0.4):
        lines.append("Japan")
    return lines, c


IN_AREA = [("Indiranagar", "Bengaluru", "5600", "Karnataka"), ("Bandra West", "Mumbai", "4000", "Maharashtra"),
           ("Koregaon Park", "Pune", "4110", "Maharashtra"), ("T. Nagar", "Chennai", "6000", "Tamil Nadu"),
           ("Salt Lake Sector V", "Kolkata", "7000", "West Bengal"), ("Hauz Khas", "New Delhi", "1100", "Delhi")]


def addr_IN():
    a, c, z, st = ch(IN_AREA)
    l1 = ch([f"Flat {R.randint(101, 1204)}, Sai Krupa Apartments", f"House No. {R.randint(1, 400)}",
             f"{R.randint(1, 90)}/{R.randint(1, 9)}, Shanti Niketan", f"B-{R.randint(1, 300)}, Green Park Extension"])
    lines = [l1, f"{R.randint(1, 18)}th Cross, {a}" if p(0.5) else a, f"{c} {z}{digits(2)}" if p(0.5) else f"{c} - {z}{digits(2)}"]
    if p(0.5):
        lines.append(st)
    return lines, c


AU_ST = ["Wattle Street", "George St", "Chapel Street", "Brunswick St", "Oxford Street", "Bourke St", "Banksia Cres"]
AU_CITY = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Surry Hills", "NSW", "2010"),
           ("South Brisbane", "QLD", "4101"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")]


def addr_AU():
    c, s, z = ch(AU_CITY)
    l1 = (f"Unit {R.randint(1, 30)}, " if p(0.3) else (f"{R.randint(1, 20)}/" if p(0.3) else "")) + f"{R.randint(1, 300)} {ch(AU_ST)}"
    lines = [l1, f"{c.upper() if p(0.4) else c} {s} {z}"]
    if p(0.25):
        lines.append("Australia")
    return lines, c


NZ_ST = ["Kowhai Lane", "Ponsonby Road", "Cuba Street", "Rimu Road", "Tui Crescent", "Colombo Street"]
NZ_CITY = [("Auckland", "10", "Ponsonby"), ("Wellington", "60", "Te Aro"), ("Christchurch", "80", "Sydenham"),
           ("Dunedin", "90", "Roslyn")]


def addr_NZ():
    c, z, sub = ch(NZ_CITY)
    lines = [f"{R.randint(1, 250)} {ch(NZ_ST)}", sub, f"{c} {z}{digits(2)}"]
    if p(0.3):
        lines.append("New Zealand")
    return lines, c


CA_ST = ["Rue Sainte-Catherine O", "Queen St W", "Robson Street", "Jasper Ave", "Spring Garden Rd", "Rue Saint-Denis"]
CA_CITY = [("Montréal", "QC", "H"), ("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Edmonton", "AB", "T"),
           ("Halifax", "NS", "B")]


def addr_CA():
    c, pr, z = ch(CA_CITY)
    pc = f"{z}{R.randint(1, 9)}{ch('ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{ch('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
    l1 = f"{R.randint(10, 2999)} {ch(CA_ST)}" + ch(["", f", Suite {R.randint(100, 900)}", f", Unit {R.randint(1, 30)}"])
    lines = [l1, f"{c} {pr} {pc}" if p(0.6) else f"{c}, {pr}  {pc}"]
    if p(0.3):
        lines.append("Canada")
    return lines, c


ZA_ST = ["Jacaranda Avenue", "Long Street", "Jan Smuts Avenue", "Florida Road", "Bree Street", "Oxford Road"]
ZA_CITY = [("Johannesburg", "Rosebank", "2196"), ("Cape Town", "Gardens", "8001"), ("Durban", "Morningside", "4001"),
           ("Pretoria", "Hatfield", "0083")]


def addr_ZA():
    c, sub, z = ch(ZA_CITY)
    lines = [f"{R.randint(1, 300)} {ch(ZA_ST)}", sub, f"{c} {z}" if p(0.6) else c, ] + ([] if p(0.6) else ["South Africa"])
    if lines[-1] == c or (len(lines) > 3 and lines[2] == c):
        lines.insert(3, z)
    return lines, c


IE_ST = ["Harcourt Street", "Main Street", "Grafton Street", "Oliver Plunkett Street", "Shop Street", "Quay Road"]
IE_CITY = [("Dublin 2", "D02"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Dublin 8", "D08")]


def addr_IE():
    c, z = ch(IE_CITY)
    l1 = (f"Apt {R.randint(1, 40)}, " if p(0.3) else "") + f"{R.randint(1, 150)} {ch(IE_ST)}"
    ec = f"{z} {ch('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}{ch('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}"
    lines = [l1, c, ec] if p(0.5) else [l1, f"{c}, {ec}"]
    if p(0.3):
        lines.insert(-1, ch(["Co. Dublin", "Co. Cork", "Co. Galway"])) if False else lines.append("Ireland")
    return lines, c.split()[0]


NL_ST = ["Prinsengracht", "Oudegracht", "Witte de Withstraat", "Javastraat", "Kerkstraat", "Laan van Meerdervoort"]
NL_CITY = [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Eindhoven", "56"),
           ("Groningen", "97")]


def addr_NL():
    c, z = ch(NL_CITY)
    l1 = f"{ch(NL_ST)} {R.randint(1, 400)}" + ch(["", "", "-II", " A", "-3hg"])
    pc = f"{z}{digits(2)} {ch('ABCDEGHJKLMNPRSTVWXZ')}{ch('ABCDEGHJKLMNPRSTVWXZ')}"
    lines = [l1, f"{pc} {c.upper() if p(0.3) else c}"]
    if p(0.25):
        lines.append(ch(["Nederland", "Netherlands"]))
    return lines, c


PL_ST = ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Długa", "ul. Świętojańska"]
PL_CITY = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6")]


def addr_PL():
    c, z = ch(PL_CITY)
    l1 = f"{ch(PL_ST)} {R.randint(1, 200)}" + ch(["", f"/{R.randint(1, 80)}", f" m. {R.randint(1, 60)}"])
    lines = [l1, f"{z}{digits(1)}-{digits(3)} {c}"]
    if p(0.25):
        lines.append("Polska")
    return lines, c


CZ_ST = ["Vinohradská", "Národní", "Masarykova", "Husova", "Údolní"]
CZ_CITY = [("Praha 2", "120"), ("Praha 10", "100"), ("Brno", "602"), ("Ostrava", "702"), ("Plzeň", "301")]


def addr_CZ():
    c, z = ch(CZ_CITY)
    lines = [f"{ch(CZ_ST)} {R.randint(100, 2500)}/{R.randint(1, 250)}", f"{z} {digits(2)} {c}"]
    if p(0.3):
        lines.append(ch(["Česká republika", "Czech Republic"]))
    return lines, c.split()[0]


SE_ST = ["Drottninggatan", "Götgatan", "Kungsgatan", "Storgatan", "Avenyn", "Linnégatan", "Sveavägen"]
SE_CITY = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90")]


def addr_SE():
    c, z = ch(SE_CITY)
    lines = [f"{ch(SE_ST)} {R.randint(1, 120)}" + ch(["", " lgh 1102", ", 3 tr"]), f"{z}{R.randint(1, 9)} {digits(2)} {c.upper() if p(0.5) else c}"]
    if p(0.3):
        lines.append(ch(["Sverige", "Sweden"]))
    return lines, c


NO_ST = ["Karl Johans gate", "Thorvald Meyers gate", "Bryggen", "Kongens gate", "Markveien"]
NO_CITY = [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40")]


def addr_NO():
    c, z = ch(NO_CITY)
    pc = (z + digits(4 - len(z)))
    lines = [f"{ch(NO_ST)} {R.randint(1, 90)}{ch(['', '', 'B'])}", f"{pc} {c.upper() if p(0.5) else c}"]
    if p(0.3):
        lines.append(ch(["Norge", "Norway"]))
    return lines, c


DK_ST = ["Nørrebrogade", "Vesterbrogade", "Strøget", "Jægersborggade", "Østerbrogade"]
DK_CITY = [("København N", "2200"), ("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000")]


def addr_DK():
    c, z = ch(DK_CITY)
    lines = [f"{ch(DK_ST)} {R.randint(1, 200)}" + ch(["", f", {R.randint(1, 5)}. th.", f", st. tv."]), f"{z} {c}"]
    if p(0.3):
        lines.append(ch(["Danmark", "Denmark"]))
    return lines, c.split()[0]


FI_ST = ["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Fredrikinkatu", "Kauppakatu"]
FI_CITY = [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Espoo", "02")]


def addr_FI():
    c, z = ch(FI_CITY)
    lines = [f"{ch(FI_ST)} {R.randint(1, 90)}" + ch(["", f" B {R.randint(1, 40)}", f" A {R.randint(1, 20)}"]),
             f"{z}{R.randint(1, 9)}{R.randint(0, 9)}0 {c.upper() if p(0.4) else c}"]
    if p(0.3):
        lines.append(ch(["Suomi", "Finland"]))
    return lines, c


ADDR = {"UK": addr_UK, "US": addr_US, "DE": addr_DE, "AT": addr_AT, "CH": addr_CH, "FR": addr_FR, "BE": addr_BE,
        "IT": addr_IT, "ES": addr_ES, "PT": addr_PT, "BR": addr_BR, "MX": addr_MX, "JP": addr_JP, "IN": addr_IN,
        "AU": addr_AU, "NZ": addr_NZ, "CA": addr_CA, "ZA": addr_ZA, "IE": addr_IE, "NL": addr_NL, "PL": addr_PL,
        "CZ": addr_CZ, "SE": addr_SE, "NO": addr_NO, "DK": addr_DK, "FI": addr_FI}
LANG_ADDR = {"en": ["UK", "US", "IE", "AU", "NZ", "CA", "ZA", "IN", "JP", "UK", "US", "MX", "BR", "FR", "DE", "NL",
                    "SE", "DK", "FI", "NO", "CZ", "PL", "IT", "ES", "CH", "AT", "BE", "PT"],
             "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX"], "it": ["IT"],
             "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR"], "pl": ["PL", "PL", "CZ"], "sv": ["SE", "NO", "DK", "FI"]}
ADDR_COUNTRY_USED = Counter()


def address(lang="en", inline=None, country=None):
    country = country or ch(LANG_ADDR[lang])
    ADDR_COUNTRY_USED[country] += 1
    lines, city = ADDR[country]()
    if inline is None:
        inline = p(0.5)
    return (", ".join(lines) if inline else "\n".join(lines)), city

# ----------------------------------------------------------------------------
# Distractors: name-like non-names, number-like non-phones
# ----------------------------------------------------------------------------
BRANDS = ["Rosie & Jack", "Mabel & Finch", "Harper & Lowe", "Ollie's Kitchen", "Beatrix Bakes", "Tom & Tilly Kids",
          "Lola Rae Swim", "Audrey Atelier", "Jasper Home", "Iris & Oak", "Milo Pet Co.", "Camille Lune",
          "Frida Living", "Hugo & Vera", "Stella Marina", "Saint Clément Soap", "Theo's Coffee Bar",
          "Eliza Grey Cosmetics", "Hugo Boss", "Tommy Hilfiger", "Calvin Klein", "Ted Baker", "Jo Malone",
          "Kate Spade", "Marks & Spencer", "Ben & Jerry's", "Dr. Martens", "Tom Ford", "Ralph Lauren",
          "Betty Crocker", "Uncle Ben's", "Sainsbury's", "Wendy's", "McDonald's", "Paul Smith", "Stella McCartney"]
PRODUCTS = ["the Harper sofa", "our Ada desk lamp", "the Sienna dress", "the Oscar armchair", "the Matilda duvet",
            "a Clara cushion", "the Hudson bookcase", "the Beckett boots", "the Margot tote", "the Luca mattress",
            "the Edith mug set", "the Jasper throw", "the Ingrid rug", "a Willow candle", "the Nora wrap dress",
            "the Florence lounger", "the Arthur bed frame", "the Wilma kettle", "the Mateo backpack"]
FOODS = ["Earl Grey", "Victoria sponge", "Caesar salad", "Margherita pizza", "Eggs Benedict", "Beef Wellington",
         "Granny Smith apples", "a Bloody Mary", "Peach Melba", "Pavlova", "Bellini", "Tarte Tatin"]
FICTION = ["the Harry Potter box set", "a Peter Rabbit plush", "the Paddington Bear mug", "Sherlock Holmes jigsaw",
           "the Gruffalo book", "Peppa Pig pyjamas", "a Mr Men sticker book", "the Moomin calendar",
           "Winnie the Pooh blanket", "Pippi Longstocking costume"]
JOBS = ["Head of CRM", "Customer Success Manager", "Chief Marketing Officer", "Loyalty Lead", "Team Leader",
        "Store Manager", "Social Media Executive", "Regional Director", "Data Protection Officer", "Brand Manager"]
GREETINGS = ["Hi team", "Hello all", "Dear Customer", "Dear Sir or Madam", "Hey all", "Good morning everyone",
             "Hi there", "Dear Valued Member", "Hello Support", "To whom it may concern"]
SIGNOFFS = ["Best,\nThe Customer Care Team", "Kind regards,\nLoyalty Desk", "Cheers,\nSocial Team",
            "Thanks,\nCX Operations", "Regards,\nBilling Department", "Warm wishes,\nThe Rosie & Jack Team",
            "Many thanks,\nMarketing Ops", "Best wishes,\nCustomer Experience"]
HEADINGS = ["URGENT: REFUND REQUEST", "ACTION REQUIRED", "CAMPAIGN BRIEF – SPRING LAUNCH", "DO NOT REPLY",
            "SUMMER SALE RECAP", "CUSTOMER COMPLAINT – ESCALATED", "WEEKLY NPS DIGEST", "BLACK FRIDAY PREP",
            "INTERNAL ONLY", "MEMO"]
CAPWORDS = ["Grace period", "Will do", "Summer", "Autumn", "April", "May", "June", "August", "Joy", "Hope",
            "Faith", "Sterling", "Amber alert", "Frank feedback", "Rich"]

DISTR_SENT = [
    "May will be busy, so please plan ahead.",
    "June promo codes expire at midnight.",
    "Grace period for returns is 30 days.",
    "Will do – I'll update the tracker.",
    "Frank feedback from the panel: the checkout is slow.",
    "Summer collection photos are in the shared drive.",
    "August figures look flat versus last year.",
    "Hope this helps!",
    "Joy of the season bundle sold out in two hours.",
    "Amber status on the loyalty migration.",
    "Rich text is not supported in SMS templates.",
    "Sterling prices stay the same after the update.",
    "Hunter green is the colour of the month.",
    "Bill me later is now available at checkout.",
    "Major update to the returns portal goes live Monday.",
    "Prime delivery slots are full until Friday.",
    "Read receipts are disabled for the Customer Care mailbox.",
]


def cap(x):
    return x[0].upper() + x[1:]


def brand(b):
    b.flags.add("distr")
    return ch(BRANDS)


def product(b):
    b.flags.add("distr")
    return ch(PRODUCTS + FOODS + FICTION)


def dsent(b):
    b.flags.add("distr")
    return ch(DISTR_SENT)


def job(b):
    b.flags.add("distr")
    return ch(JOBS)


def greet(b):
    b.flags.add("distr")
    return ch(GREETINGS)


def signoff(b):
    b.flags.add("distr")
    return ch(SIGNOFFS)


def heading(b):
    b.flags.add("distr")
    return ch(HEADINGS)


# number distractors
def order_no():
    return ch([fill("#¤-######"), fill("ORD-########"), fill("#########"), fill("NW-####-####"), fill("1###-####-###"),
               fill("¤¤¤########"), fill("##########")])


def sku():
    return ch([fill("SKU ##-####-BLK"), fill("ART.-Nr. ### ### ##"), fill("SKU-#####-A"), fill("REF ###.###.##"),
               fill("item ######")])


def date_s():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2026)
    return ch([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{m}/{d}/{y}",
               f"{d} {ch(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} {y}",
               f"{d:02d}-{m:02d}-{y}"])


def amount():
    v = R.randint(3, 2999)
    c = R.randint(0, 99)
    return ch([f"£{v}.{c:02d}", f"${v:,}.{c:02d}", f"€{v},{c:02d}", f"{v},{c:02d} €", f"EUR {v}.{c:02d}",
               f"R$ {v},{c:02d}", f"{v} kr", f"CHF {v}.–", f"{v:,}.{c:02d} USD", f"₹{v * 37:,}", f"zł {v},{c:02d}"])


def tracking():
    return ch([fill("1Z###¤##########"), fill("¤¤#########GB"), fill("JJD##############"), fill("##########"),
               fill("3S####¤¤#######"), fill("CP#########DE")])


def ticket():
    return ch([fill("INC-00#####"), fill("CASE ########"), fill("#######"), fill("TKT-####-##"), fill("SR-####-#####"),
               fill("ZD#######")])


def time_s():
    h, m = R.randint(0, 23), R.randint(0, 59)
    return ch([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}", f"{(h % 12) + 1}:{m:02d} {ch(['am', 'pm', 'AM', 'PM'])}", f"{h}h{m:02d}"])


def version():
    return ch([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}", f"build {R.randint(1000, 9999)}",
               f"app version {R.randint(3, 12)}.{R.randint(0, 9)}"])


def numdistr():
    return ch([order_no, sku, date_s, amount, tracking, ticket, time_s, version])()

# ----------------------------------------------------------------------------
# English templates
# ----------------------------------------------------------------------------
TEMPLATES = []  # (weight, lang, fn)


def tpl(weight, lang="en"):
    def deco(fn):
        TEMPLATES.append((weight, lang, fn))
        return fn
    return deco


@tpl(5)
def en_chat():
    b = B("chat")
    agent = first()
    cust = full() if p(0.5) else first()
    h, m = R.randint(8, 21), R.randint(0, 50)
    ts = lambda k: f"[{h:02d}:{m + k:02d}]"
    cust_lbl = cust.split()[0].lower() if p(0.4) and "." not in cust.split()[0] else "Customer"
    if cust_lbl == "Customer":
        b.t(f"{ts(0)} Customer: hi, i ordered {product(b)} and it hasn't arrived\n")
    else:
        b.f(f"{ts(0)} ${{c}}: hi, i ordered {product(b)} and it hasn't arrived\n", c=P(cust_lbl))
    b.f(f"{ts(1)} Agent ${{a}}: Hi! Thanks for reaching out. Could I get your order number and the name on the order?\n", a=P(agent))
    nm_lower = cust.lower() if p(0.4) else cust
    b.f(f"{ts(2)} {'Customer' if cust_lbl == 'Customer' else '${cl}'}: order {order_no()}, name is ${{c}}\n",
        cl=P(cust_lbl) if cust_lbl != "Customer" else None, c=P(nm_lower))
    r = R.random()
    if r < 0.4:
        b.f(f"{ts(3)} Agent ${{a}}: Thanks. Is ${{ph}} still the best number to reach you?\n", a=P(agent), ph=PHN(phone()))
    elif r < 0.7:
        b.f(f"{ts(3)} Agent ${{a}}: Thanks. I'll send the update to ${{e}} — is that right?\n", a=P(agent), e=EM(email_for(cust)))
    else:
        addr, _ = address(inline=True)
        b.f(f"{ts(3)} Agent ${{a}}: Thanks. The parcel shows delivered to ${{ad}} at {time_s()}.\n", a=P(agent), ad=ADR(addr))
    b.t(f"{ts(4)} {'Customer' if cust_lbl == 'Customer' else ''}")
    if cust_lbl != "Customer":
        b.e("PERSON", cust_lbl).t(": ")
    else:
        b.t(": ")
    b.t(ch(["ok thx", "yes that's me", "no, that's my old one!!", "great thanks", "cheers"]))
    return b


@tpl(4)
def en_crm_csv():
    b = B("crm_csv")
    b.t("customer_id,first_name,last_name,email,phone,city,segment,last_order\n")
    for _ in range(R.randint(2, 4)):
        f_, l_ = first(), last()
        cid = fill("C#######")
        b.f("${id},${f},${l},${e},${ph},${c},${s},${d}\n", id=cid, f=P(f_), l=P(l_), e=EM(email_for(f"{f_} {l_}")),
            ph=PHN(phone()) if p(0.8) else "", c=LOC(ch(CITIES_EN)), s=ch(["gold", "lapsed", "vip", "new", "churn-risk"]),
            d=date_s())
    return b


CITIES_EN = ["Denver", "Leeds", "Manchester", "Toronto", "Dublin", "Melbourne", "Auckland", "Cape Town", "Mumbai",
             "Austin", "Glasgow", "Bristol", "Vancouver", "Osaka", "Lagos", "Nairobi", "Singapore", "Boston",
             "Birmingham", "Perth", "Cork", "Calgary", "Seattle", "Brisbane", "Johannesburg", "Chennai"]
REGIONS_EN = ["Scotland", "Wales", "Bavaria", "Ontario", "Queensland", "California", "the Midlands", "Catalonia",
              "Texas", "Norway", "Portugal", "Japan", "Brazil", "Mexico", "Ireland", "New Zealand", "South Africa",
              "Poland", "Sweden", "Kenya", "Nigeria", "the Netherlands", "Belgium", "Finland", "Denmark"]


@tpl(5)
def en_email_thread():
    b = B("email_thread")
    a, c = full(), full()
    ae = email_for(a) if p(0.5) else generic_email()
    b.f("From: ${fa} <${ea}>\nTo: ${fc} <${ec}>\nSubject: Re: ${subj}\n\n",
        fa=P(a) if "@" not in a else a, ea=EM(ae), fc=P(c), ec=EM(email_for(c)),
        subj=ch(["your complaint " + ticket(), "Delivery to " + ch(CITIES_EN), "Refund for order " + order_no(),
                 heading(b).title(), "Loyalty points missing"]))
    cf = c.split()[0]
    if "." in cf:
        cf = c
    if p(0.5):
        b.f("Hi ${cf},\n\n", cf=P(cf))
    else:
        b.t(greet(b) + ",\n\n")
    b.t(ch(["Thanks for your patience. ", "Sorry for the delay. ", "Following up on our call. "]))
    r = R.random()
    if r < 0.35:
        b.f("We've refunded ${amt} to the card ending ${l4}. ", amt=amount(), l4=digits(4))
    elif r < 0.7:
        addr, _ = address()
        b.f("The replacement will go to:\n\n${ad}\n\n", ad=ADR(addr))
    else:
        b.f(f"{cap(product(b))} is back in stock at our ${{city}} store. ", city=LOC(ch(CITIES_EN)))
    b.t("Let me know if anything else comes up.\n\n")
    if p(0.5):
        b.f("Best,\n${a}\n${j} | ${br}\n${ph}", a=P(a), j=job(b), br=brand(b), ph=PHN(phone()))
    else:
        b.t(signoff(b))
    if p(0.4):
        b.f("\n\n> On ${d}, ${c} wrote:\n> where is my refund?? it's been 3 weeks", d=date_s(), c=P(c))
    return b


@tpl(5)
def en_sms():
    b = B("sms")
    r = R.random()
    if r < 0.3:
        b.f("${b}: Hi ${n}, your order ${o} is out for delivery today between ${t1}-${t2}. Track: ${tr}. Reply STOP to opt out",
            b=brand(b).upper() if p(0.3) else brand(b), n=P(first()), o=order_no(), t1=time_s(), t2=time_s(), tr=tracking())
    elif r < 0.55:
        b.f("hey its ${n}, new number - ${ph}. can u update my account pls", n=P(first().lower() if p(0.5) else first()), ph=PHN(phone()))
    elif r < 0.75:
        b.f("Your code is ${c}. Never share it. Questions? Call ${ph}", c=digits(6), ph=PHN(phone() if p(0.5) else fill("0800 ### ####")))
    else:
        b.f("Reminder: ${p} appointment at our ${c} branch on ${d} at ${t}. Ref ${ref}.", p=ch(["Your", "Styling", "Fitting"]),
            c=LOC(ch(CITIES_EN)), d=date_s(), t=time_s(), ref=ticket())
    return b


@tpl(5)
def en_call_note():
    b = B("call_note")
    agent = first()
    cust = full()
    b.f("CALL NOTES ${d} ${t} – agent ${a}\n", d=date_s(), t=time_s(), a=P(agent.upper() if p(0.2) else agent))
    title = ch(TITLES_EN) if p(0.5) else None
    if title:
        b.f("- Caller: ${ti} ${ln} (verified DOB + postcode)\n", ti=title, ln=P(cust.split()[-1]))
    else:
        b.f("- Caller: ${c}\n", c=P(cust))
    r = R.random()
    if r < 0.3:
        b.f("- Wants card updated, read out ${cc} exp ${ex} – told cust we can't take it by phone, sent secure link\n",
            cc=CC(card()), ex=f"{R.randint(1, 12):02d}/{R.randint(26, 31)}")
    elif r < 0.5:
        b.f("- US customer, gave SSN ${s} for credit check (should NOT be in notes – flag to DPO)\n", s=SSN(ssn()))
    elif r < 0.75:
        b.f("- Callback on ${ph} after ${t}\n", ph=PHN(phone()), t=time_s())
    else:
        addr, _ = address()
        b.f("- New delivery address:\n${ad}\n", ad=ADR(addr))
    b.f("- Ticket ${tk}, order ${o}, value ${amt}\n", tk=ticket(), o=order_no(), amt=amount())
    if p(0.5):
        b.t(f"- {dsent(b)}\n")
    b.t(ch(["- Resolved.", "- Escalated to Tier 2.", "- Pending warehouse.", "- cust v. unhappy, offered 10% voucher"]))
    return b


@tpl(5)
def en_review():
    b = B("review")
    r = R.random()
    stars = "★" * R.randint(1, 5)
    if r < 0.45:
        b.f(f"{stars} Bought {product(b)} from {brand(b)} last month. ${{n}} at the ${{c}} shop was brilliant, really patient. "
            f"Delivery took {R.randint(2, 14)} days though.", n=P(first()), c=LOC(ch(CITIES_EN)))
    elif r < 0.7:
        b.f(f"{stars} {dsent(b)} Honestly the {ch(['Harper', 'Oscar', 'Ingrid', 'Luca'])} range is overpriced. "
            "Reviewed by ${n}, ${c}", n=P(nm(mode=ch(["full", "first"]))), c=LOC(ch(CITIES_EN + REGIONS_EN)))
        b.flags.add("distr")
    else:
        b.t(f"{stars} {cap(product(b))} arrived damaged. Customer service (thanks ")
        b.e("PERSON", first() if p(0.6) else full())
        b.t(f"!) sorted a refund of {amount()} within {R.randint(2, 5)} days. Would buy from {brand(b)} again.")
    return b


@tpl(4)
def en_hr_note():
    b = B("hr_note")
    n = full()
    b.f("ONBOARDING – ${n}\nStart date: ${d}\nRole: ${j}, ${c} office\nManager: ${m}\n", n=P(n.upper() if p(0.2) else n),
        d=date_s(), j=job(b), c=LOC(ch(CITIES_EN)), m=P(full()))
    if p(0.5):
        b.f("Payroll IBAN: ${i}\n", i=IB(iban(ch(["GB", "IE", "DE", "NL", "FR"]))))
    if p(0.4):
        b.f("SSN: ${s}\n", s=SSN(ssn()))
    if p(0.5):
        addr, _ = address()
        b.f("Home address:\n${ad}\n", ad=ADR(addr))
    b.f("Personal mobile: ${ph}\nLaptop asset tag ${tag}, ${v}", ph=PHN(phone()), tag=fill("LT-#####"), v=version())
    return b


@tpl(4)
def en_invoice():
    b = B("invoice")
    br = brand(b)
    b.f("INVOICE ${no}\n${br} Ltd\nDate: ${d}\n\nBill to:\n${n}\n${ad}\n\n", no=fill("INV-####-####"), br=br, d=date_s(),
        n=P(full()), ad=ADR(address(inline=False)[0]))
    for _ in range(R.randint(1, 3)):
        b.t(f"{sku()}  {product(b)}  x{R.randint(1, 4)}  {amount()}\n")
    b.t(f"VAT {R.randint(5, 25)}%\nTotal {amount()}\n")
    if p(0.6):
        b.f("Pay to IBAN ${i} (ref ${o})", i=IB(iban()), o=order_no())
    else:
        b.f("Paid by card ${c}", c=CC(card()) if p(0.5) else "**** **** **** " + digits(4))
    return b


@tpl(3)
def en_json():
    b = B("json")
    n = full()
    b.f('{"event":"profile_update","ts":"${d}T${t}:00Z","user":{"name":"${n}","email":"${e}","phone":"${ph}"},'
        '"ip":"${ip}","ua":"Mozilla/5.0","ab_variant":"${v}","campaign":"${c}"}',
        d=f"{R.randint(2022, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", t=time_s() if False else f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        n=P(n), e=EM(email_for(n)), ph=PHN(phone()), ip=IPA(ip()), v=ch(["B", "control"]),
        c=ch(["spring_sale", "harper_launch", "win_back_q3", "rosie_jack_collab"]))
    b.flags.add("distr")
    return b


@tpl(3)
def en_json_addr():
    b = B("json")
    n = full()
    addr, city = address(inline=True)
    b.f('{\n  "order_id": "${o}",\n  "shipping": {\n    "recipient": "${n}",\n    "address": "${ad}",\n    "phone": "${ph}"\n  },\n'
        '  "items": [{"sku": "${s}", "qty": ${q}}],\n  "total": "${a}"\n}',
        o=order_no(), n=P(n), ad=ADR(addr), ph=PHN(phone()), s=sku(), q=str(R.randint(1, 5)), a=amount())
    return b


@tpl(4)
def en_distractor_nopii():
    b = B("internal_note")
    r = R.random()
    if r < 0.25:
        b.t(f"{heading(b)}\n{greet(b)},\n{dsent(b)} {cap(product(b))} and {product(b)} are the top sellers this week "
            f"({amount()} revenue, {R.randint(100, 900)} units). Next sync {date_s()} {time_s()}.\n{signoff(b)}")
    elif r < 0.5:
        b.t(f"{greet(b)} – quick one: the {brand(b)} x {brand(b)} collab copy needs sign-off from the {job(b)} by {date_s()}. "
            f"{dsent(b)}")
    elif r < 0.75:
        b.t(f"Q: Is {product(b)} compatible with {product(b)}?\nA: {dsent(b)} Check SKU {sku()} – {version()} of the "
            f"size guide covers it. Ticket {ticket()}.")
    else:
        b.t(f"{ch(['Dear Customer', 'Hello there'])}, your parcel {tracking()} is on its way. "
            f"Order {order_no()} placed {date_s()}. {dsent(b)} — {ch(BRANDS)}")
        b.flags.add("distr")
    return b


@tpl(4)
def en_distractor_mixed():
    b = B("marketing_brief")
    b.t(f"{heading(b)}\n")
    b.f(f"Owner: ${{o}} ({job(b)})\nLaunch: {ch(['May', 'June', 'August', 'April'])} {R.randint(1, 28)}\n"
        f"Hero product: {product(b)} by {brand(b)}\nMarkets: ${{l1}}, ${{l2}}\n",
        o=P(full() if p(0.6) else first()), l1=LOC(ch(REGIONS_EN)), l2=LOC(ch(CITIES_EN)))
    b.t(f"Notes: {dsent(b)} Budget {amount()}, codes like SPRING{R.randint(10, 40)} valid until {date_s()}.")
    return b


@tpl(5)
def en_address_block():
    b = B("address_block")
    n = full()
    addr, city = address(inline=False)
    title = ch(TITLES_EN) + " " if p(0.3) else ""
    if p(0.3):
        n = n.upper()
    b.f(ch(["Ship to:\n", "Deliver to:\n", "RETURN ADDRESS\n", "", "Recipient\n"]) + "${ti}${n}\n${ad}", ti=title, n=P(n), ad=ADR(addr))
    if p(0.5):
        b.f("\nTel: ${ph}", ph=PHN(phone()))
    if p(0.4):
        b.t(f"\nParcel {tracking()} · {R.randint(1, 25)}.{R.randint(0, 9)} kg")
    return b


@tpl(4)
def en_inline_address():
    b = B("inline_address")
    addr, city = address(inline=True)
    if p(0.25):
        addr = addr.lower()
    r = R.random()
    if r < 0.35:
        b.f("please change my delivery address to ${ad} – moved last week. thanks, ${n}", ad=ADR(addr), n=P(first().lower() if p(0.4) else first()))
    elif r < 0.65:
        b.f("Courier tried ${ad} twice (${t1} and ${t2}) and nobody answered. Customer says buzzer is broken.", ad=ADR(addr), t1=time_s(), t2=time_s())
    else:
        b.f(f"Our {ch(['pop-up', 'flagship', 'outlet'])} is now open at ${{ad}}. Come say hi — {brand(b)} samples all weekend!", ad=ADR(addr))
    return b


@tpl(3)
def en_payment():
    b = B("payment")
    r = R.random()
    n = full()
    if r < 0.5:
        b.f("Card on file for ${n}: ${c} exp ${e} CVV ***. Billing zip ${z}.", n=P(n), c=CC(card()),
            e=f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", z=digits(5))
    else:
        b.f("Refund to IBAN ${i}, account holder ${n}, amount ${a}, ref ${o}", i=IB(iban()), n=P(n.upper() if p(0.3) else n),
            a=amount(), o=order_no())
    return b


@tpl(3)
def en_security_log():
    b = B("log")
    for _ in range(R.randint(2, 4)):
        lt = f"{R.randint(2023, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        r = R.random()
        if r < 0.5:
            b.f("${t} WARN login failed user=${e} src=${ip} attempts=${a}\n", t=lt, e=EM(email_for()), ip=IPA(ip()), a=str(R.randint(2, 9)))
        elif r < 0.8:
            b.f("${t} INFO gateway ${v} req_id=${r} src=${ip} latency=${l}ms\n", t=lt, v=version(), r=fill("¤¤##¤##¤##"), ip=IPA(ip()), l=str(R.randint(20, 900)))
        else:
            b.f("${t} INFO healthcheck ok node=eu-west-${n} uptime=${u}h\n", t=lt, n=str(R.randint(1, 3)), u=str(R.randint(1, 900)))
    return b


@tpl(3)
def en_ssn_form():
    b = B("form")
    n = full()
    b.f("Applicant: ${n}\nSSN: ${s}\nDOB: ${d}\nEmployer ID: ${ein}\nPhone: ${ph}\nState: ${st}",
        n=P(n), s=SSN(ssn()), d=date_s(), ein=fill("##-#######"), ph=PHN(phone("US")), st=LOC(ch(["Ohio", "Texas", "Colorado", "Georgia", "Oregon"])))
    return b


@tpl(3)
def en_ocr():
    b = B("ocr_scan")
    n = f"{first()} {last()}"
    ln = n.split()[-1].upper()
    fn = n.split()[0].upper()
    addr, _ = address(inline=False)
    addr = addr.upper() if p(0.5) else addr
    b.f("~~ REG1STRATION F0RM ~~\nSURNAME: ${l}   F1RST NAME(S): ${f}\nADDRESS: ${ad}\nTEL ${ph}  |  DATE ${d}\nSIGNED ..........",
        l=P(ln), f=P(fn), ad=ADR(addr), ph=PHN(phone()), d=date_s())
    return b


@tpl(4)
def en_bullets():
    b = B("bullet_list")
    b.t(f"Escalations {date_s()}:\n")
    for _ in range(R.randint(2, 4)):
        r = R.random()
        if r < 0.3:
            b.f("• ${n} – double charged ${a}, card ending ${l}\n", n=P(full()), a=amount(), l=digits(4))
        elif r < 0.55:
            b.f("• ${n} (${e}) – wants GDPR export\n", n=P(nm()), e=EM(email_for()))
        elif r < 0.75:
            b.f(f"• {cap(product(b))} recall – {R.randint(3, 40)} tickets, see {ticket()}\n")
        else:
            b.f("• ${c} store – ${n} reported till outage at ${t}\n", c=LOC(ch(CITIES_EN)), n=P(first()), t=time_s())
    return b


@tpl(3)
def en_short():
    b = B("short")
    r = R.random()
    if r < 0.2:
        b.f("call ${n} back on ${ph}", n=P(first().lower()), ph=PHN(phone()))
    elif r < 0.4:
        b.f("email ${e} re voucher", e=EM(email_for()))
    elif r < 0.6:
        b.f("${n} moved to ${c}", n=P(full()), c=LOC(ch(CITIES_EN + REGIONS_EN)))
    elif r < 0.8:
        b.t(f"{ch(['Will', 'Grace', 'May', 'Rosie'])} {ch(['do', 'period ends Friday', 'campaign live', '& Jack order shipped'])}.")
        b.flags.add("distr")
    else:
        b.f("ip ${i} blocked", i=IPA(ip()))
    return b


@tpl(3)
def en_lower_chat():
    b = B("chat")
    n1, n2 = first().lower(), first().lower()
    b.f("${a}: did u reply to the ${c} lady\n${b2}: which one\n${a}: the one w the ${pr} complaint, ${cust}\n${b2}: ohh yes sent it ${t}",
        a=P(n1), b2=P(n2), c=LOC(ch(CITIES_EN).lower()) if p(0.5) else "angry", pr=ch(["harper sofa", "oscar chair", "rosie & jack", "late parcel"]),
        cust=P(full().lower()), t=time_s())
    b.flags.add("distr")
    return b


@tpl(4)
def en_whatsapp():
    b = B("chat_export")
    a, c = first(), first()
    d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2023, 2026)}"
    hh = R.randint(8, 20)
    lines = [
        (a, f"Hi, this is {'${x}'} from {brand(b)} customer care 👋", P(a)),
        (c, "hiya. the voucher code SAVE20 didnt work", None),
        (a, "Sorry about that! Can you confirm the email on your account?", None),
        (c, "${x}", EM(email_for(c))),
        (a, ch(["Thanks, I've re-issued it. Anything else?", "Got it – new code sent. " + dsent(b)]), None),
    ]
    for i, (spk, msg, val) in enumerate(lines):
        b.f(f"{d}, {hh:02d}:{i * 3 + 1:02d} - ${{s}}: ", s=P(spk))
        b.f(msg + "\n", x=val)
    if p(0.5):
        b.f(f"{d}, {hh:02d}:20 - ${{s}}: my new number is ${{ph}} btw", s=P(c), ph=PHN(phone()))
    return b


@tpl(4)
def en_call_transcript():
    b = B("call_transcript")
    agent, cust = first(), full()
    b.f("AGENT: Thank you for calling ${br}, my name is ${a}. Who am I speaking with?\n", br=brand(b), a=P(agent))
    ti = ch(TITLES_EN)
    sur = cust.split()[-1]
    b.f("CALLER: It's ${c}. ${ti} ${s} if you need it formal, ha.\n", c=P(cust), ti=ti, s=P(sur))
    b.t("AGENT: Lovely. And can I take the first line of the address?\n")
    addr, city = address(inline=True)
    b.f("CALLER: ${ad}.\n", ad=ADR(addr))
    b.t(f"AGENT: Perfect. I can see order {order_no()} for {amount()}. "
        f"{ch(['May I just put you on hold?', 'May we pop you on hold for a sec?', 'Will you bear with me a moment?'])}\n")
    b.flags.add("distr")
    b.t("CALLER: sure")
    return b


@tpl(4)
def en_signature_dept():
    b = B("email_signature")
    b.t(f"{greet(b)},\n\n{dsent(b)} Please route anything about {product(b)} to the {job(b)}.\n\n")
    if p(0.5):
        b.f("--\n${d}\n${br}\n${ad}\nT ${ph} | ${e}", d=ch(["Customer Experience", "Marketing Operations", "Loyalty Team", "Returns Desk"]),
            br=brand(b), ad=ADR(address(inline=ch([True, False]))[0]), ph=PHN(phone()), e=EM(generic_email()))
    else:
        b.t(signoff(b))
    return b


@tpl(4)
def en_name_edge():
    b = B("crm_note")
    r = R.random()
    particles = ["van der Berg", "de la Cruz", "O'Connor", "D'Angelo", "al-Hassan", "Mac Giolla Phádraig", "von Arnim",
                 "Smith-Jones", "Ní Bhriain", "van Dijk", "dos Santos", "El Idrissi", "McIntyre", "Le Gall"]
    s = ch(particles)
    f_ = first()
    if r < 0.3:
        b.f("Note from ${a}: spoke to ${ti} ${s} today, prefers e-mail (${e}). Spelling: ${full}.",
            a=P(first()), ti=ch(TITLES_EN), s=P(s), e=EM(email_for(f"{f_} {s}")), full=P(f"{f_} {s}".upper()))
    elif r < 0.6:
        b.f("${lf} — VIP since ${y}. Do not confuse with ${other} (different account).",
            lf=P(f"{s.upper()}, {f_.upper()}"), y=str(R.randint(2009, 2024)), other=P(f"{first()} {s}"))
    else:
        b.f("Customer ${n} (${i}) complained that ${br} charged twice. ${s} family have 3 accounts.",
            n=P(f"{f_[0]}. {s}"), i=fill("ID ######"), br=brand(b), s=P(s[0].upper() + s[1:]))
    return b


@tpl(3)
def en_location_only():
    b = B("ops_update")
    b.f(ch(["Stock transfer from ${a} to ${c} delayed; ", "Our ${c} store closes early, ${a} unaffected; ",
            "Heatwave in ${a} – push fans in ${c}; "]), a=LOC(ch(REGIONS_EN)), c=LOC(ch(CITIES_EN)))
    b.t(f"{R.randint(2, 40)} pallets, ETA {date_s()} {time_s()}. Tracking {tracking()}.")
    return b


@tpl(3)
def en_number_distractor():
    b = B("order_status")
    b.t(f"Order {order_no()} | {sku()} | placed {date_s()} {time_s()} | total {amount()} | "
        f"tracking {tracking()} | ticket {ticket()} | {version()}")
    if p(0.5):
        b.f(" | contact ${ph}", ph=PHN(phone()))
    if p(0.4):
        b.t(f" | {brand(b)}")
    return b


@tpl(3)
def en_ipv6_support():
    b = B("support_ticket")
    b.f("Ticket ${tk}: user ${n} cannot log in from ${ip1} (previous session ${ip2}). Browser ${v}. Please reset MFA and call ${ph}.",
        tk=ticket(), n=P(full()), ip1=IPA(ipv6()), ip2=IPA(ipv4()), v=version(), ph=PHN(phone()))
    return b


@tpl(3)
def en_social():
    b = B("social_dm")
    b.f("@${h} DM: hey its ${n} from ${c}!! my ${pr} still hasn't shipped 😤 order ${o}",
        h=ch(["rosieandjack", "mabelfinch_official", "harperlowehome", "theoscoffee"]), n=P(first().lower() if p(0.5) else first()),
        c=LOC(ch(CITIES_EN)), pr=re.sub(r"^(the|a|our) ", "", product(b)), o=order_no())
    return b

@tpl(3)
def en_card_chat():
    b = B("chat")
    cust = first()
    agent = first()
    b.f("${c}: can i just give you my card number? ${cc}\n", c=P(cust.lower() if p(0.5) else cust), cc=CC(card()))
    b.f("${a} (Billing): Please don't share full card details here – I've masked that message. Use the secure link I'll send to ${e}.\n",
        a=P(agent), e=EM(email_for(cust + " " + last())))
    b.f("${c}: oh sorry!! exp ${x} btw", c=P(cust.lower() if p(0.5) else cust), x=f"{R.randint(1, 12):02d}/{R.randint(26, 31)}")
    return b


@tpl(2)
def en_card_email():
    b = B("email")
    n = full()
    b.f(f"{greet(b)},\n\nplease charge the balance ({{amt}}) to my {ch(['Visa', 'Mastercard', 'Amex', 'card'])} ${{cc}}, "
        "security code is on the back lol. Name on card ${n}.\nThanks\n${f}".replace("{amt}", amount()),
        cc=CC(card()), n=P(n.upper()), f=P(n.split()[0] if "." not in n.split()[0] else n))
    return b


@tpl(3)
def en_survey_csv():
    b = B("survey_csv")
    b.t("respondent_id,nps,comment\n")
    for _ in range(R.randint(2, 4)):
        r = R.random()
        rid = fill("R-#####")
        if r < 0.4:
            b.f('${id},${s},"${n} at the ${c} store was lovely, ${pr} is gorgeous"\n', id=rid, s=str(R.randint(7, 10)),
                n=P(first()), c=LOC(ch(CITIES_EN)), pr=re.sub(r"^(the|a|our) ", "", product(b)))
        elif r < 0.7:
            b.t(f'{rid},{R.randint(0, 6)},"{dsent(b)} {brand(b)} used to be better"\n')
        else:
            b.f('${id},${s},"please stop emailing ${e}, I unsubscribed in ${m}!!"\n', id=rid, s=str(R.randint(0, 4)),
                e=EM(email_for()), m=ch(["May", "June", "March", "August"]))
            b.flags.add("distr")
    return b


@tpl(3)
def en_meeting_notes():
    b = B("meeting_notes")
    b.f("${h}\nAttendees: ${a1} (CRM), ${a2} (Legal), ${a3} (${j})\n", h=heading(b), a1=P(first()), a2=P(full()),
        a3=P(first()), j=job(b))
    b.t(f"1. {dsent(b)}\n2. {cap(product(b))} launch slips to {ch(['May', 'June', 'September'])} {R.randint(1, 28)}.\n")
    if p(0.6):
        b.f("3. ${a} to check why ${ip} keeps hitting the promo API (${k} req/min).\n", a=P(first()), ip=IPA(ip()), k=str(R.randint(200, 5000)))
    else:
        b.t(f"3. Agree wording for the {brand(b)} competition T&Cs.\n")
    b.t("Next meeting " + date_s())
    return b


@tpl(2)
def en_newsletter_nopii():
    b = B("newsletter")
    b.t(f"{heading(b)}\n\n{cap(product(b))} — now {amount()}\n{cap(product(b))} — back in stock\n\n"
        f"{dsent(b)}\nUse code {ch(['HARPER', 'ROSIE', 'JUNE', 'GRACE', 'OSCAR'])}{R.randint(10, 30)} before {date_s()}.\n"
        f"You're receiving this because you joined {brand(b)} Rewards. Unsubscribe · Privacy · {version()}")
    return b


@tpl(2)
def en_typo_note():
    b = B("typo_note")
    n = first().lower()
    b.f("${n} rang agian re her refnd, says she gave us the wrong nmber — corect one is ${ph} not the one on file. "
        "also lives in ${c} now not ${c2}", n=P(n), ph=PHN(phone()), c=LOC(ch(CITIES_EN).lower() if p(0.5) else ch(CITIES_EN)),
        c2=LOC(ch(CITIES_EN)))
    return b


# ----------------------------------------------------------------------------
# Non-English templates (hand-written per language; "!" prefix = contains name-like distractors)
# ----------------------------------------------------------------------------
L = {}
L["de"] = dict(
    titles=["Herr", "Frau", "Dr.", "Herrn"],
    cities=["Berlin", "Hamburg", "München", "Köln", "Wien", "Zürich", "Graz", "Leipzig", "Bayern", "Österreich", "Tirol", "Sachsen"],
    products=["das Sofa Harper", "den Sessel Oscar", "die Lampe Ada", "das Kleid Sienna", "die Bettdecke Matilda", "den Rucksack Mateo"],
    chat=["[${t}] Kunde: hallo, meine bestellung ${o} ist immer noch nicht da\n[${t}] ${ag} (Support): Guten Tag! Auf welchen Namen lief die Bestellung?\n[${t}] Kunde: ${n}, Lieferung an ${adi}\n[${t}] ${ag} (Support): Danke, ich prüfe das und melde mich unter ${ph}.",
          "!${ag}: Hallo zusammen, ${pr} von ${br} ist wieder da 🎉\n${f}: super, kannst du mir eins für ${c} reservieren?\n${ag}: klar, schick mir kurz deine Mail\n${f}: ${e}"],
    email=["Sehr geehrte${x_frau} ${ti} ${l},\n\nvielen Dank für Ihre Nachricht vom ${d}. Die Erstattung über ${amt} geht auf das Konto ${i}.\n\nMit freundlichen Grüßen\n${ag2}\nKundenservice ${br}\nTel. ${ph}",
           "!Hallo ${f},\n\nim Mai startet die Aktion „Sommer bei ${br}“. Deine Bestellung ${o} wird an folgende Adresse geschickt:\n\n${adm}\n\nViele Grüße\nDein Team vom Kundenservice",
           "Betreff: Adressänderung\n\nGuten Tag,\nich bin umgezogen. Neue Anschrift:\n${adm}\nBitte auch die Handynummer ${ph} hinterlegen.\n\nGruß, ${n}"],
    sms=["${br}: Hallo ${f}, Ihr Paket ${tr} kommt heute zwischen ${t} und ${t2}. Fragen? ${ph}",
         "Hi, hier ist ${f}. Neue Nummer: ${ph}. LG"],
    note=["Telefonnotiz ${d} ${t}: ${ti} ${l} ruft an wg. Rechnung ${o}. Rückruf unter ${ph}. Bankverbindung geändert: IBAN ${i}.",
          "Gesprächsnotiz – ${n} (Kundennr. ${cid}) beschwert sich über ${pr}. Lieferadresse: ${adi}. Ticket ${tk}.",
          "IT-Meldung: Login-Versuche für ${e} von IP ${ip}, gesperrt um ${t}."],
    review=["!${stars} ${pr} gekauft, Qualität top. Die Beratung von ${f} in der Filiale ${c} war super. Lieferung dauerte ${k} Tage.",
            "!${stars} Frau Holle wäre schneller gewesen 😂 Bestellung ${o} kam nach ${k} Wochen. ${br} – nie wieder."],
    nopii=["!WICHTIG: Hallo zusammen, ab ${d} gelten neue Rücksendebedingungen. ${pr} ist aus dem Sortiment. Sommer-Sale endet um ${t}. Viele Grüße, euer Marketing-Team",
           "!Liebe Kundin, lieber Kunde, Ihre Bestellung ${o} vom ${d} über ${amt} wurde versandt (Sendung ${tr}). Ihr ${br} Kundenservice"],
)
L["fr"] = dict(
    titles=["M.", "Mme", "Monsieur", "Madame", "Dr"],
    cities=["Lyon", "Paris", "Marseille", "Nantes", "Bordeaux", "Bruxelles", "Genève", "Lille", "Bretagne", "Normandie", "Québec", "Belgique"],
    products=["le canapé Harper", "le fauteuil Oscar", "la lampe Ada", "la robe Sienna", "la couette Matilda", "le sac Margot"],
    chat=["[${t}] Client : bonjour, ma commande ${o} n'est toujours pas arrivée\n[${t}] ${ag} (Service client) : Bonjour ! Pouvez-vous me donner le nom sur la commande ?\n[${t}] Client : ${n}, livraison au ${adi}\n[${t}] ${ag} (Service client) : Merci, je vous rappelle au ${ph}.",
          "!${ag} : Salut à tous, ${pr} de chez ${br} est de retour\n${f} : génial, tu peux m'en garder un à ${c} ?\n${ag} : oui, envoie-moi ton mail\n${f} : ${e}"],
    email=["Bonjour ${ti} ${l},\n\nSuite à votre appel du ${d}, le remboursement de ${amt} sera effectué sur l'IBAN ${i}.\n\nCordialement,\n${ag2}\nService client ${br}\nTél. : ${ph}",
           "!Bonjour ${f},\n\nEn juin, ${br} lance sa collection Été. Votre commande ${o} sera livrée à :\n\n${adm}\n\nÀ bientôt,\nL'équipe Relation Client",
           "Objet : changement d'adresse\n\nBonjour,\nJ'ai déménagé, voici ma nouvelle adresse :\n${adm}\nMon portable : ${ph}\n\nMerci, ${n}"],
    sms=["${br} : Bonjour ${f}, votre colis ${tr} sera livré aujourd'hui entre ${t} et ${t2}. Infos : ${ph}",
         "Coucou c'est ${f}, nouveau numéro ${ph} bisous"],
    note=["Note d'appel ${d} ${t} : ${ti} ${l} appelle pour la facture ${o}. Rappeler au ${ph}. Nouvelle carte : ${cc}.",
          "Compte rendu – ${n} (client n° ${cid}) se plaint de ${pr}. Adresse : ${adi}. Ticket ${tk}.",
          "Alerte sécurité : connexions suspectes sur ${e} depuis l'IP ${ip} à ${t}."],
    review=["!${stars} J'ai acheté ${pr}, très bonne qualité. ${f} du magasin de ${c} a été adorable. Livraison en ${k} jours.",
            "!${stars} Le Petit Prince en coffret, superbe. Mais la commande ${o} a mis ${k} semaines. ${br}, peut mieux faire."],
    nopii=["!IMPORTANT – Bonjour à tous, à partir du ${d}, nouvelle politique de retour. ${pr} n'est plus au catalogue. Fin des soldes à ${t}. L'équipe Marketing",
           "!Chère cliente, cher client, votre commande ${o} du ${d} (${amt}) a été expédiée, suivi ${tr}. Le service client ${br}"],
)
L["es"] = dict(
    titles=["Sr.", "Sra.", "Don", "Doña", "Dra."],
    cities=["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Ciudad de México", "Guadalajara", "Andalucía", "Cataluña", "Buenos Aires", "Bogotá", "México"],
    products=["el sofá Harper", "el sillón Oscar", "la lámpara Ada", "el vestido Sienna", "la mochila Mateo", "el colchón Luca"],
    chat=["[${t}] Cliente: hola, mi pedido ${o} todavía no ha llegado\n[${t}] ${ag} (Atención al cliente): ¡Hola! ¿A nombre de quién está el pedido?\n[${t}] Cliente: ${n}, enviado a ${adi}\n[${t}] ${ag} (Atención al cliente): Gracias, te llamo al ${ph}.",
          "!${ag}: Hola equipo, ${pr} de ${br} vuelve a estar disponible\n${f}: genial, ¿me guardas uno en ${c}?\n${ag}: claro, pásame tu correo\n${f}: ${e}"],
    email=["Estimado/a ${ti} ${l}:\n\nTras su llamada del ${d}, le confirmamos el reembolso de ${amt} a la cuenta ${i}.\n\nUn saludo,\n${ag2}\nAtención al Cliente ${br}\nTel.: ${ph}",
           "!Hola ${f}:\n\nEn mayo llega la colección Primavera de ${br}. Tu pedido ${o} se enviará a:\n\n${adm}\n\nSaludos,\nEl equipo de Atención al Cliente",
           "Asunto: cambio de dirección\n\nBuenas, me he mudado. Nueva dirección:\n${adm}\nMóvil: ${ph}\n\nGracias, ${n}"],
    sms=["${br}: Hola ${f}, tu paquete ${tr} llega hoy entre las ${t} y las ${t2}. Dudas: ${ph}",
         "hola soy ${f}, este es mi nuevo número ${ph} guárdalo"],
    note=["Nota de llamada ${d} ${t}: ${ti} ${l} llama por la factura ${o}. Devolver llamada al ${ph}. Tarjeta nueva ${cc}.",
          "Incidencia – ${n} (cliente ${cid}) se queja de ${pr}. Dirección: ${adi}. Ticket ${tk}.",
          "Seguridad: intentos de acceso a ${e} desde la IP ${ip} a las ${t}."],
    review=["!${stars} Compré ${pr}, muy buena calidad. ${f} de la tienda de ${c} nos atendió genial. Tardó ${k} días.",
            "!${stars} Don Quijote edición de lujo, precioso. Pero el pedido ${o} tardó ${k} semanas. ${br}, a mejorar."],
    nopii=["!URGENTE: Hola a todos, desde el ${d} cambia la política de devoluciones. ${pr} sale del catálogo. Las rebajas terminan a las ${t}. Equipo de Marketing",
           "!Estimado cliente: su pedido ${o} del ${d} por ${amt} ha sido enviado (seguimiento ${tr}). Atención al Cliente ${br}"],
)
L["it"] = dict(
    titles=["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
    cities=["Milano", "Roma", "Torino", "Napoli", "Firenze", "Bologna", "Toscana", "Sicilia", "Lombardia", "Puglia"],
    products=["il divano Harper", "la poltrona Oscar", "la lampada Ada", "l'abito Sienna", "il piumone Matilda", "la borsa Margot"],
    chat=["[${t}] Cliente: buongiorno, l'ordine ${o} non è ancora arrivato\n[${t}] ${ag} (Assistenza): Buongiorno! A che nome è l'ordine?\n[${t}] Cliente: ${n}, spedito a ${adi}\n[${t}] ${ag} (Assistenza): Grazie, la richiamo al ${ph}.",
          "!${ag}: Ciao a tutti, ${pr} di ${br} è tornato disponibile\n${f}: top, me ne tieni uno a ${c}?\n${ag}: certo, mandami la mail\n${f}: ${e}"],
    email=["Gentile ${ti} ${l},\n\nin seguito alla sua chiamata del ${d}, il rimborso di ${amt} verrà accreditato sull'IBAN ${i}.\n\nCordiali saluti,\n${ag2}\nServizio Clienti ${br}\nTel. ${ph}",
           "!Ciao ${f},\n\na giugno arriva la collezione Estate di ${br}. Il tuo ordine ${o} sarà spedito a:\n\n${adm}\n\nA presto,\nIl Team Assistenza",
           "Oggetto: cambio indirizzo\n\nSalve, mi sono trasferito. Nuovo indirizzo:\n${adm}\nCellulare: ${ph}\n\nGrazie, ${n}"],
    sms=["${br}: Ciao ${f}, il pacco ${tr} arriva oggi tra le ${t} e le ${t2}. Info: ${ph}",
         "ciao sono ${f}, nuovo numero ${ph}"],
    note=["Nota chiamata ${d} ${t}: ${ti} ${l} chiama per la fattura ${o}. Richiamare al ${ph}. Nuovo IBAN ${i}.",
          "Reclamo – ${n} (cod. cliente ${cid}) lamenta problemi con ${pr}. Indirizzo: ${adi}. Ticket ${tk}.",
          "Sicurezza: accessi sospetti all'account ${e} dall'IP ${ip} alle ${t}."],
    review=["!${stars} Ho comprato ${pr}, ottima qualità. ${f} del negozio di ${c} gentilissima. Consegna in ${k} giorni.",
            "!${stars} Pinocchio illustrato bellissimo, ma l'ordine ${o} ci ha messo ${k} settimane. ${br}, rivedete le spedizioni."],
    nopii=["!AVVISO: Ciao a tutti, dal ${d} cambiano le condizioni di reso. ${pr} esce dal catalogo. I saldi finiscono alle ${t}. Il Team Marketing",
           "!Gentile cliente, il suo ordine ${o} del ${d} (${amt}) è stato spedito, tracking ${tr}. Servizio Clienti ${br}"],
)
L["nl"] = dict(
    titles=["dhr.", "mevr.", "meneer", "mevrouw", "Dr."],
    cities=["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Gent", "Antwerpen", "Eindhoven", "Groningen", "Vlaanderen", "Limburg", "Friesland"],
    products=["de Harper bank", "de Oscar fauteuil", "de Ada lamp", "de Sienna jurk", "het Matilda dekbed", "de Mateo rugzak"],
    chat=["[${t}] Klant: hoi, mijn bestelling ${o} is nog steeds niet binnen\n[${t}] ${ag} (Klantenservice): Hallo! Op welke naam staat de bestelling?\n[${t}] Klant: ${n}, bezorgadres ${adi}\n[${t}] ${ag} (Klantenservice): Dank je, ik bel je terug op ${ph}.",
          "!${ag}: Hoi allemaal, ${pr} van ${br} is weer op voorraad\n${f}: top, kun je er een voor me apart houden in ${c}?\n${ag}: tuurlijk, stuur even je mail\n${f}: ${e}"],
    email=["Beste ${ti} ${l},\n\nNaar aanleiding van uw telefoontje op ${d} storten wij ${amt} terug op ${i}.\n\nMet vriendelijke groet,\n${ag2}\nKlantenservice ${br}\nTel. ${ph}",
           "!Hoi ${f},\n\nIn mei start de Zomeractie van ${br}. Je bestelling ${o} gaat naar:\n\n${adm}\n\nGroetjes,\nTeam Klantenservice",
           "Onderwerp: adreswijziging\n\nGoedemiddag, ik ben verhuisd. Nieuw adres:\n${adm}\nMobiel: ${ph}\n\nGroet, ${n}"],
    sms=["${br}: Hoi ${f}, je pakket ${tr} wordt vandaag tussen ${t} en ${t2} bezorgd. Vragen? ${ph}",
         "hoi met ${f}, dit is mijn nieuwe nummer ${ph}"],
    note=["Belnotitie ${d} ${t}: ${ti} ${l} belt over factuur ${o}. Terugbellen op ${ph}. Nieuw rekeningnummer ${i}.",
          "Klacht – ${n} (klantnr. ${cid}) over ${pr}. Adres: ${adi}. Ticket ${tk}.",
          "Beveiliging: inlogpogingen op ${e} vanaf IP ${ip} om ${t}."],
    review=["!${stars} ${pr} gekocht, prima kwaliteit. ${f} in de winkel in ${c} hielp ons super. Levering duurde ${k} dagen.",
            "!${stars} Nijntje knuffel is schattig, maar bestelling ${o} duurde ${k} weken. ${br}, dat kan beter."],
    nopii=["!LET OP: Hoi allemaal, vanaf ${d} gelden nieuwe retourvoorwaarden. ${pr} gaat uit het assortiment. Uitverkoop eindigt om ${t}. Team Marketing",
           "!Beste klant, je bestelling ${o} van ${d} (${amt}) is verzonden, track & trace ${tr}. Klantenservice ${br}"],
)
L["pt"] = dict(
    titles=["Sr.", "Sra.", "Dr.", "Dra.", "D."],
    cities=["Lisboa", "Porto", "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Braga", "Minas Gerais", "Algarve", "Bahia"],
    products=["o sofá Harper", "a poltrona Oscar", "o candeeiro Ada", "o vestido Sienna", "a mochila Mateo", "o colchão Luca"],
    chat=["[${t}] Cliente: olá, a minha encomenda ${o} ainda não chegou\n[${t}] ${ag} (Apoio ao Cliente): Olá! Em nome de quem está a encomenda?\n[${t}] Cliente: ${n}, entrega em ${adi}\n[${t}] ${ag} (Apoio ao Cliente): Obrigado, ligo-lhe para o ${ph}.",
          "!${ag}: Oi pessoal, ${pr} da ${br} voltou ao estoque\n${f}: massa, separa um pra mim em ${c}?\n${ag}: claro, me manda seu e-mail\n${f}: ${e}"],
    email=["Caro(a) ${ti} ${l},\n\nNa sequência do seu contacto de ${d}, o reembolso de ${amt} será feito para o IBAN ${i}.\n\nCom os melhores cumprimentos,\n${ag2}\nApoio ao Cliente ${br}\nTel.: ${ph}",
           "!Olá ${f},\n\nEm junho chega a coleção Verão da ${br}. Seu pedido ${o} será entregue em:\n\n${adm}\n\nAbraços,\nEquipe de Atendimento",
           "Assunto: mudança de endereço\n\nBoa tarde, mudei de casa. Novo endereço:\n${adm}\nTelemóvel: ${ph}\n\nObrigado, ${n}"],
    sms=["${br}: Olá ${f}, seu pacote ${tr} chega hoje entre ${t} e ${t2}. Dúvidas: ${ph}",
         "oi é a ${f}, meu número novo é ${ph}"],
    note=["Nota de chamada ${d} ${t}: ${ti} ${l} liga por causa da fatura ${o}. Ligar de volta para ${ph}. Cartão novo ${cc}.",
          "Reclamação – ${n} (cliente ${cid}) sobre ${pr}. Morada: ${adi}. Ticket ${tk}.",
          "Segurança: tentativas de login em ${e} a partir do IP ${ip} às ${t}."],
    review=["!${stars} Comprei ${pr}, ótima qualidade. A ${f} da loja de ${c} foi um amor. Entrega em ${k} dias.",
            "!${stars} O box do Sítio do Picapau Amarelo é lindo, mas o pedido ${o} levou ${k} semanas. ${br}, melhorem."],
    nopii=["!AVISO: Olá a todos, a partir de ${d} mudam as regras de devolução. ${pr} sai do catálogo. Promoção termina às ${t}. Equipa de Marketing",
           "!Caro cliente, a sua encomenda ${o} de ${d} (${amt}) foi expedida, tracking ${tr}. Apoio ao Cliente ${br}"],
)
L["pl"] = dict(
    titles=["Pan", "Pani", "dr", "Panią", "Panem"],
    cities=["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Praga", "Brno", "Mazowsze", "Śląsk", "Czechy"],
    products=["sofa Harper", "fotel Oscar", "lampa Ada", "sukienka Sienna", "kołdra Matilda", "plecak Mateo"],
    chat=["[${t}] Klient: dzień dobry, zamówienie ${o} nadal nie dotarło\n[${t}] ${ag} (Obsługa klienta): Dzień dobry! Na jakie nazwisko było zamówienie?\n[${t}] Klient: ${n}, adres dostawy ${adi}\n[${t}] ${ag} (Obsługa klienta): Dziękuję, oddzwonię pod numer ${ph}.",
          "!${ag}: Cześć wszystkim, ${pr} od ${br} znowu dostępna\n${f}: super, odłożysz mi jedną w ${c}?\n${ag}: jasne, podeślij maila\n${f}: ${e}"],
    email=["Szanowny Panie / Szanowna Pani ${l},\n\nw nawiązaniu do rozmowy z ${d} zwrot ${amt} zostanie przelany na rachunek ${i}.\n\nZ poważaniem\n${ag2}\nDział Obsługi Klienta ${br}\ntel. ${ph}",
           "!Cześć ${f},\n\nw maju rusza Letnia Wyprzedaż w ${br}. Twoje zamówienie ${o} zostanie wysłane na adres:\n\n${adm}\n\nPozdrawiamy,\nZespół Obsługi Klienta",
           "Temat: zmiana adresu\n\nDzień dobry, przeprowadziłem się. Nowy adres:\n${adm}\nKomórka: ${ph}\n\nPozdrawiam, ${n}"],
    sms=["${br}: Czesc ${f}, paczka ${tr} dotrze dzis miedzy ${t} a ${t2}. Pytania: ${ph}",
         "hej tu ${f}, mam nowy numer ${ph}"],
    note=["Notatka z rozmowy ${d} ${t}: ${ti} ${l} dzwoni w sprawie faktury ${o}. Oddzwonić: ${ph}. Nowy rachunek ${i}.",
          "Reklamacja – ${n} (nr klienta ${cid}) zgłasza problem z ${pr}. Adres: ${adi}. Zgłoszenie ${tk}.",
          "Bezpieczeństwo: próby logowania na ${e} z IP ${ip} o ${t}."],
    review=["!${stars} Kupiłam ${pr}, świetna jakość. ${f} ze sklepu w ${c} bardzo pomocna. Dostawa ${k} dni.",
            "!${stars} Pluszowy Reksio uroczy, ale zamówienie ${o} szło ${k} tygodnie. ${br}, popracujcie nad tym."],
    nopii=["!WAŻNE: Cześć wszystkim, od ${d} obowiązują nowe zasady zwrotów. ${pr} znika z oferty. Wyprzedaż kończy się o ${t}. Zespół Marketingu",
           "!Szanowny Kliencie, zamówienie ${o} z dnia ${d} (${amt}) zostało wysłane, numer przesyłki ${tr}. Obsługa Klienta ${br}"],
)
L["sv"] = dict(
    titles=["Dr.", "fru", "herr"],
    cities=["Stockholm", "Göteborg", "Malmö", "Uppsala", "Oslo", "Bergen", "Köpenhamn", "Helsingfors", "Skåne", "Norrland", "Norge"],
    products=["soffan Harper", "fåtöljen Oscar", "lampan Ada", "klänningen Sienna", "täcket Matilda", "ryggsäcken Mateo"],
    chat=["[${t}] Kund: hej, min beställning ${o} har fortfarande inte kommit\n[${t}] ${ag} (Kundtjänst): Hej! Vilket namn står beställningen på?\n[${t}] Kund: ${n}, leverans till ${adi}\n[${t}] ${ag} (Kundtjänst): Tack, jag ringer upp dig på ${ph}.",
          "!${ag}: Hej allihop, ${pr} från ${br} är tillbaka i lager\n${f}: toppen, kan du lägga undan en i ${c}?\n${ag}: absolut, skicka din mejl\n${f}: ${e}"],
    email=["Hej ${n},\n\nTack för ditt samtal den ${d}. Återbetalningen på ${amt} sätts in på kontot ${i}.\n\nVänliga hälsningar\n${ag2}\nKundtjänst ${br}\nTel. ${ph}",
           "!Hej ${f}!\n\nI juni drar ${br} igång Sommarrean. Din beställning ${o} skickas till:\n\n${adm}\n\nHälsningar,\nKundtjänstteamet",
           "Ämne: ny adress\n\nHej, jag har flyttat. Ny adress:\n${adm}\nMobil: ${ph}\n\nMvh ${n}"],
    sms=["${br}: Hej ${f}! Ditt paket ${tr} levereras idag mellan ${t} och ${t2}. Frågor: ${ph}",
         "hej det är ${f}, nytt nummer ${ph}"],
    note=["Samtalsanteckning ${d} ${t}: ${n} ringer om faktura ${o}. Ring tillbaka på ${ph}. Nytt konto ${i}.",
          "Klagomål – ${n} (kundnr ${cid}) om ${pr}. Adress: ${adi}. Ärende ${tk}.",
          "Säkerhet: inloggningsförsök på ${e} från IP ${ip} kl. ${t}."],
    review=["!${stars} Köpte ${pr}, bra kvalitet. ${f} i butiken i ${c} var jättetrevlig. Leveransen tog ${k} dagar.",
            "!${stars} Pippi Långstrump-dockan är söt, men order ${o} tog ${k} veckor. ${br}, skärp er."],
    nopii=["!VIKTIGT: Hej allihop, från ${d} gäller nya returvillkor. ${pr} utgår ur sortimentet. Rean slutar kl. ${t}. Marknadsteamet",
           "!Hej kund! Din beställning ${o} från ${d} (${amt}) har skickats, spårning ${tr}. Kundtjänst ${br}"],
)

LANG_IBAN = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"], "it": ["IT"], "nl": ["NL", "BE"],
             "pt": ["PT"], "pl": ["PL", "CZ"], "sv": ["SE", "NO", "DK", "FI"]}


def fill_lang(lang, style):
    spec = L[lang]
    tmpl = ch(spec[style])
    b = B(f"{style}_{lang}")
    if tmpl.startswith("!"):
        tmpl = tmpl[1:]
        b.flags.add("distr")
    fn, ln = first(lang), last(lang)
    n = f"{fn} {ln}" if p(0.7) else full(lang)
    if p(0.1):
        n = n.upper()
    ti = ch(spec["titles"])
    v = {}
    for key in dict.fromkeys(PH.findall(tmpl)):
        if key == "n": v[key] = P(n)
        elif key == "f": v[key] = P(fn.lower() if (style == "chat" and p(0.4)) else fn)
        elif key == "l": v[key] = P(ln)
        elif key == "ti": v[key] = ti if not ti.startswith("Herrn") else "Herr"
        elif key == "x_frau": v[key] = "r" if ti.startswith("Herr") else ""
        elif key == "ag": v[key] = P(first(lang))
        elif key == "ag2": v[key] = P(full(lang))
        elif key == "e": v[key] = EM(email_for(f"{fn} {ln}", lang))
        elif key == "ph": v[key] = PHN(phone(lang=lang))
        elif key == "adi": v[key] = ADR(address(lang, inline=True)[0])
        elif key == "adm": v[key] = ADR(address(lang, inline=False)[0])
        elif key == "c": v[key] = LOC(ch(spec["cities"]))
        elif key == "br": v[key] = brand(b)
        elif key == "pr":
            v[key] = ch(spec["products"])
            b.flags.add("distr")
        elif key in ("t", "t2"): v[key] = f"{R.randint(7, 21):02d}:{R.choice([0, 15, 30, 45, R.randint(0, 59)]):02d}"
        elif key == "o": v[key] = order_no()
        elif key == "d": v[key] = date_s()
        elif key == "amt": v[key] = amount()
        elif key == "i": v[key] = IB(iban(ch(LANG_IBAN[lang])))
        elif key == "cc": v[key] = CC(card())
        elif key == "ip": v[key] = IPA(ip())
        elif key == "tk": v[key] = ticket()
        elif key == "tr": v[key] = tracking()
        elif key == "cid": v[key] = fill("#######")
        elif key == "stars": v[key] = ch(["★★★★★", "★★★★☆", "★★☆☆☆", "5/5", "2/5", "⭐⭐⭐"])
        elif key == "k": v[key] = str(R.randint(2, 12))
        else:
            raise KeyError(key)
    if style == "chat":
        hh, mm = R.randint(8, 21), R.randint(0, 40)
        cnt = iter(range(10))
        tmpl = re.sub(r"\[\$\{t\}\]", lambda m_: f"[{hh:02d}:{mm + next(cnt) * R.randint(1, 3):02d}]", tmpl)
    if "pr" in v and re.search(r"(^|[.!?:]\s)\$\{pr\}", tmpl):
        v["pr"] = cap(v["pr"])
    if style == "chat" and "${adi}" in tmpl and p(0.3):
        v["adi"] = ADR(address(lang, inline=True)[0].lower())
    b.f(tmpl, **v)
    return b


for _lang in L:
    for _style, _w in [("chat", 1.0), ("email", 1.2), ("sms", 0.6), ("note", 1.0), ("review", 0.6), ("nopii", 0.6)]:
        TEMPLATES.append((_w, _lang, (lambda lg=_lang, st=_style: fill_lang(lg, st))))


# ----------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
TITLE_RE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Herrn|Mme|Sr|Sra|Sig|Dott|Pan|Pani|dhr|mevr)\.?\s", re.I)
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def validate(rec, values):
    text, spans = rec["text"], rec["spans"]
    assert "${" not in text, rec
    last_end = -1
    for s, val in zip(spans, values):
        st, en, ty = s["start"], s["end"], s["type"]
        assert ty in TYPES
        assert 0 <= st < en <= len(text), (rec["id"], s)
        sl = text[st:en]
        assert sl == val, (rec["id"], sl, val)
        assert sl == sl.strip() and sl.strip(",;:") == sl, (rec["id"], repr(sl))
        assert st >= last_end, ("overlap", rec["id"], s)
        last_end = en
        if ty == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", sl)
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), sl
        elif ty == "IBAN_CODE":
            assert iban_valid(sl), sl
        elif ty == "US_SSN":
            assert re.fullmatch(r"(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}", sl), sl
        elif ty == "IP_ADDRESS":
            ipaddress.ip_address(sl)
        elif ty == "EMAIL_ADDRESS":
            assert EMAIL_RE.fullmatch(sl), sl
        elif ty == "PHONE_NUMBER":
            core = re.split(r"\s*(?:ext\.?|x)\s*\d+$", sl)[0]
            nd = len(re.sub(r"\D", "", core))
            assert 7 <= nd <= 15, sl
            assert re.fullmatch(r"[+()\d][\d ()./\-]*\d(\s*(ext\.|x)\s*\d+)?", sl), sl
        elif ty == "PERSON":
            assert not TITLE_RE.match(sl), sl
            assert not re.search(r"\d", sl), sl
            assert sl not in BRANDS, sl
        elif ty == "LOCATION":
            assert not re.search(r"\d", sl), sl
        elif ty == "STREET_ADDRESS":
            assert re.search(r"\d", sl), sl
        # the span must not be glued to adjacent word characters
        if st > 0:
            assert not (text[st - 1].isalnum() and sl[0].isalnum()), (rec["id"], "glued-left", sl, text[st - 3:en])
        if en < len(text):
            assert not (text[en].isalnum() and sl[-1].isalnum()), (rec["id"], "glued-right", sl, text[st:en + 3])
    # every e-mail, IBAN-looking or Luhn-valid 15/16-digit string must be labelled
    covered = [(s["start"], s["end"]) for s in spans]
    inside = lambda a, z: any(a >= x and z <= y for x, y in covered)
    for m in EMAIL_RE.finditer(text):
        assert inside(m.start(), m.end()), ("unlabelled email", rec["id"], m.group())
    for m in IBAN_LIKE.finditer(text):
        g = m.group().replace(" ", "")
        if g[:2] in IBAN_FMT and len(g) >= 15 and iban_valid(g):
            assert inside(m.start(), m.end()), ("unlabelled iban", rec["id"], m.group())
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?!\d)", text):
        d = re.sub(r"\D", "", m.group())
        if len(d) in (15, 16) and luhn_ok(d) and not inside(m.start(), m.end()):
            print("WARN luhn-valid unlabelled number", rec["id"], m.group(), file=sys.stderr)
    for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", text):
        assert inside(m.start(), m.end()), ("unlabelled ssn-shape", rec["id"], m.group())


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
def main():
    langs = sorted({lg for _, lg, _ in TEMPLATES} - {"en"})
    schedule = [lg for lg in langs for _ in range(PER_LANG)]
    schedule += ["en"] * (N_SAMPLES - len(schedule))
    R.shuffle(schedule)
    out, seen = [], set()
    stats = Counter()
    while len(out) < N_SAMPLES:
        lang_now = schedule[len(out)]
        cands = [(w, lg, fn) for w, lg, fn in TEMPLATES if lg == lang_now]
        _, lang, fn = R.choices(cands, weights=[c[0] for c in cands])[0]
        b = fn()
        text = b.text()
        if text in seen:
            continue
        seen.add(text)
        rec = {"id": f"hard6-{len(out) + 1}", "kind": b.kind, "text": text,
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in b.spans]}
        validate(rec, [s["value"] for s in b.spans])
        out.append(rec)
        types = {s["type"] for s in rec["spans"]}
        stats["lang_" + lang] += 1
        stats["distr"] += "distr" in b.flags
        stats["nopii"] += not rec["spans"]
        stats["address"] += "STREET_ADDRESS" in types
        stats["multiline_addr"] += any("\n" in text[s["start"]:s["end"]] for s in rec["spans"] if s["type"] == "STREET_ADDRESS")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "hard6.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    tc = Counter(s["type"] for r in out for s in r["spans"])
    kc = Counter(r["kind"] for r in out)
    n = len(out)
    print("samples", n)
    print("distinct first names", len(ALL_FIRST), "surnames", len(ALL_LAST))
    print("span types", dict(tc.most_common()))
    print("kinds", dict(kc.most_common()))
    print("langs", {k: v for k, v in stats.items() if k.startswith("lang_")})
    for k in ("distr", "nopii", "address", "multiline_addr"):
        print(f"{k}: {stats[k]} ({100 * stats[k] / n:.1f}%)")
    print("non-English: %.1f%%" % (100 * (n - stats["lang_en"]) / n))
    print("address countries", len(ADDR_COUNTRY_USED), dict(ADDR_COUNTRY_USED.most_common()))
    print("phone countries (generated)", len(PHONE_COUNTRY_USED), dict(PHONE_COUNTRY_USED.most_common()))


PER_LANG = 26

if __name__ == "__main__":
    main()
