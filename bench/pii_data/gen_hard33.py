#!/usr/bin/env python3
"""hard33 -- content production and personalisation (blind PII evaluation set).

Text that marketing / content teams push through an LLM gateway while building campaigns:
merge-tag templates next to their rendered previews, test-send and webhook logs, i18n files
(.po, .strings, .properties, ICU, JSON bundles) with translator comments, A/B subject lines,
push / SMS / in-app payloads, testimonials, case studies, award entries, review replies,
podcast notes, agendas, press kits, photo credits, alt text, scripts, briefs with personas,
approval chains, CMS exports, UTM sheets, influencer contracts, talent invoices, legal footers.

Run:  python3 gen_hard33.py   -> writes hard33.jsonl next to this file (deterministic).

All names, streets, towns, postcodes, phone numbers and brands are hand-written below; Faker is
not used. Offsets are recorded by the builder B while the text is assembled.

Labelling decisions beyond the common brief
-------------------------------------------
* Template variables in any syntax ({{ first_name }}, *|FNAME|*, %%FirstName%%, {name},
  [[Name]], %(name)s, {{1}}) are never labelled; the rendered values beside them are.
* Sample values a team types into a WhatsApp/ESP template form ("{{1}} = Aoife") are real
  rendered values and are labelled like any other name.
* Fictional personas ("Busy Ben", "Ania Ambitna", "Pratik Pınar"), script characters (MUM, LILY), brand
  mascots, products / collections / rooms / awards / streets named after people are not
  PERSON. Real public figures cited as references in mood boards ("a Wes Anderson palette")
  are real people and are labelled (only the name; "-style", "-esque" stay outside).
* Turkish case suffixes after an apostrophe (Ayşe'ye, Yılmaz'ın) are inflected forms and stay
  inside the PERSON span; Finnish, Hungarian, Polish, Czech, Ukrainian, Greek, Romanian
  (Ioanei) and Norwegian genitive -s forms likewise carry their ending inside the span.
  Hungarian names are written family name first and labelled as one span.
* Ukrainian name + patronymic ("Олено Петрівно") is one PERSON span.
* Honorifics and titles (Mr, Ms, Dr, Pani, Panie, pane, paní, κυρία, κύριε, Sayın, Hanım,
  Bey, domnule, doamna, пані, пане, dr.) stay outside the span; Romanian "lui" stays outside.
* Device names that embed a person ("iPhone της Μαρίας", "Aoife's Pixel") label only the
  name part.
* Shop hotlines, studio lines, fax numbers and SMS short codes: phone numbers written in full
  are labelled; 4-6 digit SMS short codes / keywords (e.g. "STOP la 1855", "RET 4587") are not.
* E-mail addresses in Last-Translator / Language-Team headers and in git-style "Name <mail>"
  strings are labelled, with the name as a separate PERSON span.
* In a full postal address the whole block (street to country) is one STREET_ADDRESS span,
  also when spread across lines; a city in a separate field/column is LOCATION; the
  country/city in a byline or dateline ("LONDON, 4 March --") is LOCATION.
* Not labelled: company registration / VAT / NIP / KRS / IČO / Y-tunnus / org.nr / adószám / CIF /
  AFM / T.C. Kimlik / ІПН numbers, domestic account numbers, sort codes, BIC/SWIFT, ACH routing.
* Names quoted as linguistic examples in localisation notes ("Anna → Anno", "Олена → Олено",
  "«Γιώργος» αντί για «Γιώργο»", "Jména jako Lucie nebo Jiří", "names with apostrophes like
  O'Connor", "'aoife' → 'Aoife'") refer to no person and are not PERSON.
* Initials-only sign-offs that identify a colleague ("— V.S.") are PERSON; "Maja K." / "C. Clarke"
  style short forms are PERSON.
* A sole trader's name inside a trading name ("POPA ALEXANDRU PFA", "ФОП Шевченко Олександр
  Іванович", "Kari Strand Foto", "Tóth László e.v.") is PERSON for the name part only.
* A name typed into a wrong field (full name in a first_name column, e-mail in a name field) is
  labelled by what it is (PERSON / EMAIL_ADDRESS); names truncated by a mail client ("Zanele Rober")
  are still PERSON.
* Finnish inflected town names in running text ("Turussa") are LOCATION with their ending.
* Masked values (****1234, +44 7*** ***123, j***@gmail.com) are not labelled.
"""
import json
import os
import random
import re
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard33.jsonl")


# --------------------------------------------------------------------------- builder
class B:
    def __init__(self, lang="en"):
        self.buf = []
        self.n = 0
        self.spans = []
        self.lang = lang

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def lab(self, typ, s):
        st = self.n
        self.t(s)
        self.spans.append({"type": typ, "start": st, "end": self.n})
        return self

    def v(self, val):
        if val is None:
            return self
        if isinstance(val, tuple):
            if val[0] is None:
                self.t(val[1])
            else:
                self.lab(val[0], val[1])
        elif isinstance(val, list):
            for x in val:
                self.v(x)
        else:
            self.t(str(val))
        return self

    def f(self, tpl, **kw):
        parts = re.split(r"«(\w+)»", tpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                self.t(part)
            else:
                self.v(kw[part])
        return self

    @property
    def text(self):
        return "".join(self.buf)


def P(s): return ("PERSON", s)
def A(s): return ("STREET_ADDRESS", s)
def L(s): return ("LOCATION", s)
def PH(s): return ("PHONE_NUMBER", s)
def E(s): return ("EMAIL_ADDRESS", s)
def CC(s): return ("CREDIT_CARD", s)
def IB(s): return ("IBAN_CODE", s)
def SSN(s): return ("US_SSN", s)
def IP(s): return ("IP_ADDRESS", s)


def ch(r, xs):
    return xs[r.randrange(len(xs))]


def dg(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def maybe(r, p=0.5):
    return r.random() < p


# --------------------------------------------------------------------------- ascii folding
_GR = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_UA = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
               ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""]))


def fold(s):
    s = s.lower()
    out = []
    for c in s:
        if c in _GR:
            out.append(_GR[c])
        elif c in _UA:
            out.append(_UA[c])
        elif c in "łø":
            out.append({"ł": "l", "ø": "o"}[c])
        elif c == "æ":
            out.append("ae")
        elif c == "ı":
            out.append("i")
        elif c == "ß":
            out.append("ss")
        else:
            d = unicodedata.normalize("NFKD", c)
            d = "".join(x for x in d if not unicodedata.combining(x))
            out.append(d)
    s = "".join(out)
    return re.sub(r"[^a-z0-9]", "", s)


# --------------------------------------------------------------------------- people
EN_GIVEN_F = ["Emily", "Sarah", "Chloe", "Aoife", "Siobhan", "Niamh", "Priya", "Amara", "Olivia", "Grace",
              "Hannah", "Zanele", "Thandi", "Lerato", "Mia", "Charlotte", "Isla", "Jessica", "Ngozi", "Mei",
              "Sofia", "Aisha", "Rebecca", "Fiona", "Tegan", "Kaitlyn", "Maeve", "Ruth", "Imogen", "Leilani",
              "Brooke", "Danielle", "Nomvula", "Harriet", "Roisin", "Jasmine", "Keisha", "Elodie", "Tamsin",
              "Yasmin"]
EN_GIVEN_M = ["James", "Liam", "Oisín", "Cian", "Daniel", "Marcus", "Tom", "Rohan", "Kwame", "Thabo",
              "Sipho", "Jack", "Ethan", "Noah", "Hamish", "Callum", "Declan", "Raj", "Mateo", "Wei", "Jamal",
              "Arjun", "Lachlan", "Bradley", "Finn", "Ruairí", "Kieran", "Andile", "Owen", "Gareth",
              "Dylan", "Tariq", "Connor", "Pieter", "Malcolm", "Tyrone", "Benedict", "Hugo", "Desmond",
              "Xavier"]
EN_FAMILY = ["Smith", "O'Connor", "McCarthy", "Patel", "Nguyen", "Okafor", "van der Merwe", "Naidoo",
             "Botha", "Dlamini", "Mokoena", "Walsh", "Fitzgerald", "Brennan", "Thompson", "Harris", "Chen",
             "Singh", "Campbell", "MacLeod", "Robertson", "Evans", "Hughes", "Jenkins", "Baker", "Price",
             "Taylor", "Wright", "Clarke", "Gallagher", "Byrne", "Tremblay", "Gagnon", "Leblanc", "Nakamura",
             "Kelly", "Doherty", "Sullivan", "Adeyemi", "Mensah", "Hossain", "Khan", "Rossi", "De Souza",
             "du Plessis", "Pillay", "le Roux", "al-Amin", "Whitfield", "Okonkwo", "Ferreira", "Moreau",
             "Lindqvist", "Abernethy", "Osei", "Kowalczyk", "Delaney", "Park", "Ramsay", "St. Clair"]
EN_NICK = {"Robert": "Bobby", "Elizabeth": "Libby", "Katherine": "Kit", "William": "Billy",
           "Margaret": "Peggy", "Alexander": "Sandy", "Theodore": "Teddy"}


class Per:
    """A person with case forms. g/f are lists of forms indexed by case number (0 = nominative)."""

    def __init__(self, lang, g, f, gender, order="gf", infl="both", extra=None):
        self.lang, self.g, self.f, self.gender, self.order, self.infl = lang, g, f, gender, order, infl
        self.extra = extra or {}

    def given(self, c=0):
        return self.g[min(c, len(self.g) - 1)]

    def fam(self, c=0):
        return self.f[min(c, len(self.f) - 1)]

    def full(self, c=0):
        if self.extra.get("nick") and c == 0:
            return f'{self.g[0]} "{self.extra["nick"]}" {self.f[0]}'
        if self.order == "fg":  # Hungarian: suffix goes on the last word (given name)
            return self.f[0] + " " + self.given(c)
        if self.infl == "last":
            return self.g[0] + " " + self.fam(c)
        return self.given(c) + " " + self.fam(c)

    def initial(self):
        if self.order == "fg":
            return self.f[0] + " " + self.g[0][0] + "."
        return self.g[0][0] + ". " + self.f[0]

    def short(self):  # "Maja K."
        return self.g[0] + " " + self.f[0][0].upper() + "."

    def lastfirst(self):
        return self.f[0] + ", " + self.g[0]

    def email(self, domain, style=0):
        g, f = fold(self.g[0]), fold(self.f[0])
        return [f"{g}.{f}", f"{g[0]}{f}", f"{g}", f"{g}{f}", f"{g}_{f}", f"{f}.{g}"][style % 6] + "@" + domain

    def title(self):
        return {"en": "Ms" if self.gender == "f" else "Mr"}.get(self.lang, "")


def en_person(r, gender=None):
    gender = gender or ch(r, "fm")
    if maybe(r, 0.04):
        full_g = ch(r, list(EN_NICK))
        g = full_g
        nick = EN_NICK[full_g] if maybe(r) else None
        gender = "f" if full_g in ("Elizabeth", "Katherine", "Margaret") else "m"
        f = ch(r, EN_FAMILY)
        return Per("en", [g], [f], gender, extra={"nick": nick} if nick else None)
    else:
        g = ch(r, EN_GIVEN_F if gender == "f" else EN_GIVEN_M)
    f = ch(r, EN_FAMILY)
    if f == "al-Amin" and maybe(r, 0.3):
        f = "bin Yusuf" if gender == "m" else "binti Yusuf"
    if gender == "m" and maybe(r, 0.05):
        f = f + ch(r, [" Jr.", " III", " Jr"])
    return Per("en", [g], [f], gender)


def forms(s):
    return s.split("|")


PL_GF = [forms(x) for x in ["Anna|Anny|Annie|Anno|Anną", "Katarzyna|Katarzyny|Katarzynie|Katarzyno|Katarzyną",
                            "Magdalena|Magdaleny|Magdalenie|Magdaleno|Magdaleną",
                            "Agnieszka|Agnieszki|Agnieszce|Agnieszko|Agnieszką", "Joanna|Joanny|Joannie|Joanno|Joanną",
                            "Małgorzata|Małgorzaty|Małgorzacie|Małgorzato|Małgorzatą", "Zofia|Zofii|Zofii|Zofio|Zofią",
                            "Marta|Marty|Marcie|Marto|Martą", "Maja|Mai|Mai|Maju|Mają"]]
PL_GM = [forms(x) for x in ["Tomasz|Tomasza|Tomaszowi|Tomaszu|Tomaszem", "Piotr|Piotra|Piotrowi|Piotrze|Piotrem",
                            "Krzysztof|Krzysztofa|Krzysztofowi|Krzysztofie|Krzysztofem",
                            "Marek|Marka|Markowi|Marku|Markiem", "Paweł|Pawła|Pawłowi|Pawle|Pawłem",
                            "Michał|Michała|Michałowi|Michale|Michałem", "Jakub|Jakuba|Jakubowi|Jakubie|Jakubem",
                            "Łukasz|Łukasza|Łukaszowi|Łukaszu|Łukaszem"]]
PL_SM = [forms(x) for x in ["Kowalski|Kowalskiego|Kowalskiemu|Kowalski|Kowalskim", "Nowak|Nowaka|Nowakowi|Nowaku|Nowakiem",
                            "Wiśniewski|Wiśniewskiego|Wiśniewskiemu|Wiśniewski|Wiśniewskim",
                            "Wójcik|Wójcika|Wójcikowi|Wójciku|Wójcikiem", "Mazur|Mazura|Mazurowi|Mazurze|Mazurem",
                            "Zieliński|Zielińskiego|Zielińskiemu|Zieliński|Zielińskim",
                            "Krawczyk|Krawczyka|Krawczykowi|Krawczyku|Krawczykiem",
                            "Dąbrowski|Dąbrowskiego|Dąbrowskiemu|Dąbrowski|Dąbrowskim"]]
PL_SF = [forms(x) for x in ["Kowalska|Kowalskiej|Kowalskiej|Kowalska|Kowalską", "Nowak", "Wójcik", "Mazur", "Krawczyk",
                            "Wiśniewska|Wiśniewskiej|Wiśniewskiej|Wiśniewska|Wiśniewską",
                            "Zielińska|Zielińskiej|Zielińskiej|Zielińska|Zielińską",
                            "Dąbrowska|Dąbrowskiej|Dąbrowskiej|Dąbrowska|Dąbrowską"]]

CS_GF = [forms(x) for x in ["Petra|Petry|Petře|Petro", "Jana|Jany|Janě|Jano", "Tereza|Terezy|Tereze|Terezo",
                            "Kateřina|Kateřiny|Kateřině|Kateřino", "Lucie|Lucie|Lucii|Lucie",
                            "Markéta|Markéty|Markétě|Markéto", "Veronika|Veroniky|Veronice|Veroniko",
                            "Eliška|Elišky|Elišce|Eliško"]]
CS_GM = [forms(x) for x in ["Jan|Jana|Janovi|Jane", "Tomáš|Tomáše|Tomášovi|Tomáši", "Petr|Petra|Petrovi|Petře",
                            "Martin|Martina|Martinovi|Martine", "Jakub|Jakuba|Jakubovi|Jakube",
                            "Lukáš|Lukáše|Lukášovi|Lukáši", "Ondřej|Ondřeje|Ondřejovi|Ondřeji",
                            "Vojtěch|Vojtěcha|Vojtěchovi|Vojtěchu"]]
CS_SM = [forms(x) for x in ["Novák|Nováka|Novákovi|Nováku", "Svoboda|Svobody|Svobodovi|Svobodo",
                            "Dvořák|Dvořáka|Dvořákovi|Dvořáku", "Černý|Černého|Černému|Černý",
                            "Procházka|Procházky|Procházkovi|Procházko", "Kučera|Kučery|Kučerovi|Kučero",
                            "Veselý|Veselého|Veselému|Veselý", "Horák|Horáka|Horákovi|Horáku"]]
CS_SF = [forms(x) for x in ["Nováková|Novákové|Novákové|Nováková", "Svobodová|Svobodové|Svobodové|Svobodová",
                            "Dvořáková|Dvořákové|Dvořákové|Dvořáková", "Černá|Černé|Černé|Černá",
                            "Procházková|Procházkové|Procházkové|Procházková", "Kučerová|Kučerové|Kučerové|Kučerová",
                            "Veselá|Veselé|Veselé|Veselá", "Horáková|Horákové|Horákové|Horáková"]]

UK_GF = [forms(x) for x in ["Олена|Олени|Олені|Олено", "Ірина|Ірини|Ірині|Ірино", "Оксана|Оксани|Оксані|Оксано",
                            "Катерина|Катерини|Катерині|Катерино", "Наталія|Наталії|Наталії|Наталіє",
                            "Юлія|Юлії|Юлії|Юліє", "Марія|Марії|Марії|Маріє", "Софія|Софії|Софії|Софіє"]]
UK_GM = [forms(x) for x in ["Андрій|Андрія|Андрію|Андрію", "Олександр|Олександра|Олександрові|Олександре",
                            "Тарас|Тараса|Тарасові|Тарасе", "Дмитро|Дмитра|Дмитрові|Дмитре",
                            "Микола|Миколи|Миколі|Миколо", "Богдан|Богдана|Богданові|Богдане",
                            "Сергій|Сергія|Сергієві|Сергію", "Василь|Василя|Василеві|Василю"]]
UK_SM = [forms(x) for x in ["Шевченко|Шевченка|Шевченкові|Шевченку", "Коваленко|Коваленка|Коваленкові|Коваленку",
                            "Бондаренко|Бондаренка|Бондаренкові|Бондаренку", "Ткачук|Ткачука|Ткачукові|Ткачуку",
                            "Мельник|Мельника|Мельникові|Мельнику", "Кравчук|Кравчука|Кравчукові|Кравчуку",
                            "Лисенко|Лисенка|Лисенкові|Лисенку", "Левицький|Левицького|Левицькому|Левицький"]]
UK_SF = [forms(x) for x in ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравчук", "Лисенко",
                            "Левицька|Левицької|Левицькій|Левицька"]]
UK_PF = [forms(x) for x in ["Петрівна|Петрівни|Петрівні|Петрівно", "Іванівна|Іванівни|Іванівні|Іванівно",
                            "Олександрівна|Олександрівни|Олександрівні|Олександрівно",
                            "Миколаївна|Миколаївни|Миколаївні|Миколаївно"]]
UK_PM = [forms(x) for x in ["Петрович|Петровича|Петровичу|Петровичу", "Іванович|Івановича|Івановичу|Івановичу",
                            "Миколайович|Миколайовича|Миколайовичу|Миколайовичу",
                            "Васильович|Васильовича|Васильовичу|Васильовичу"]]

EL_GM = [forms(x) for x in ["Γιώργος|Γιώργου|Γιώργο|Γιώργο", "Νίκος|Νίκου|Νίκο|Νίκο", "Δημήτρης|Δημήτρη|Δημήτρη|Δημήτρη",
                            "Κώστας|Κώστα|Κώστα|Κώστα", "Γιάννης|Γιάννη|Γιάννη|Γιάννη",
                            "Αλέξανδρος|Αλέξανδρου|Αλέξανδρο|Αλέξανδρε", "Παναγιώτης|Παναγιώτη|Παναγιώτη|Παναγιώτη",
                            "Στέφανος|Στέφανου|Στέφανο|Στέφανε"]]
EL_GF = [forms(x) for x in ["Μαρία|Μαρίας|Μαρία|Μαρία", "Ελένη|Ελένης|Ελένη|Ελένη", "Κατερίνα|Κατερίνας|Κατερίνα|Κατερίνα",
                            "Σοφία|Σοφίας|Σοφία|Σοφία", "Δέσποινα|Δέσποινας|Δέσποινα|Δέσποινα",
                            "Αναστασία|Αναστασίας|Αναστασία|Αναστασία", "Χριστίνα|Χριστίνας|Χριστίνα|Χριστίνα",
                            "Ειρήνη|Ειρήνης|Ειρήνη|Ειρήνη"]]
EL_SM = [forms(x) for x in ["Παπαδόπουλος|Παπαδόπουλου|Παπαδόπουλο|Παπαδόπουλε", "Οικονόμου", "Γεωργίου",
                            "Καραγιάννης|Καραγιάννη|Καραγιάννη|Καραγιάννη", "Βλαχάκης|Βλαχάκη|Βλαχάκη|Βλαχάκη",
                            "Μαυρίδης|Μαυρίδη|Μαυρίδη|Μαυρίδη", "Αντωνίου", "Ζαχαρίου"]]
EL_SF = [forms(x) for x in ["Παπαδοπούλου", "Καραγιάννη", "Βλαχάκη", "Μαυρίδου", "Οικονόμου", "Γεωργίου",
                            "Νικολάου", "Δημητρίου"]]

# Turkish: nom | gen | dat | acc | ins
TR_GF = [forms(x) for x in ["Ayşe|Ayşe'nin|Ayşe'ye|Ayşe'yi|Ayşe'yle", "Elif|Elif'in|Elif'e|Elif'i|Elif'le",
                            "Zeynep|Zeynep'in|Zeynep'e|Zeynep'i|Zeynep'le", "Selin|Selin'in|Selin'e|Selin'i|Selin'le",
                            "Gökçe|Gökçe'nin|Gökçe'ye|Gökçe'yi|Gökçe'yle", "Deniz|Deniz'in|Deniz'e|Deniz'i|Deniz'le",
                            "Merve|Merve'nin|Merve'ye|Merve'yi|Merve'yle", "Ebru|Ebru'nun|Ebru'ya|Ebru'yu|Ebru'yla"]]
TR_GM = [forms(x) for x in ["Mehmet|Mehmet'in|Mehmet'e|Mehmet'i|Mehmet'le", "Emre|Emre'nin|Emre'ye|Emre'yi|Emre'yle",
                            "Burak|Burak'ın|Burak'a|Burak'ı|Burak'la", "Can|Can'ın|Can'a|Can'ı|Can'la",
                            "Oğuz|Oğuz'un|Oğuz'a|Oğuz'u|Oğuz'la", "Tolga|Tolga'nın|Tolga'ya|Tolga'yı|Tolga'yla",
                            "Kerem|Kerem'in|Kerem'e|Kerem'i|Kerem'le", "Umut|Umut'un|Umut'a|Umut'u|Umut'la"]]
TR_S = [forms(x) for x in ["Yılmaz|Yılmaz'ın|Yılmaz'a|Yılmaz'ı|Yılmaz'la", "Kaya|Kaya'nın|Kaya'ya|Kaya'yı|Kaya'yla",
                           "Demir|Demir'in|Demir'e|Demir'i|Demir'le", "Şahin|Şahin'in|Şahin'e|Şahin'i|Şahin'le",
                           "Çelik|Çelik'in|Çelik'e|Çelik'i|Çelik'le", "Aydın|Aydın'ın|Aydın'a|Aydın'ı|Aydın'la",
                           "Öztürk|Öztürk'ün|Öztürk'e|Öztürk'ü|Öztürk'le", "Arslan|Arslan'ın|Arslan'a|Arslan'ı|Arslan'la",
                           "Doğan|Doğan'ın|Doğan'a|Doğan'ı|Doğan'la", "Koç|Koç'un|Koç'a|Koç'u|Koç'la"]]

# Finnish: nom | gen | all(-lle) | abl(-lta) | ade(-lla) | par
FI_GF = [forms(x) for x in ["Anna|Annan|Annalle|Annalta|Annalla|Annaa", "Laura|Lauran|Lauralle|Lauralta|Lauralla|Lauraa",
                            "Sanna|Sannan|Sannalle|Sannalta|Sannalla|Sannaa", "Elina|Elinan|Elinalle|Elinalta|Elinalla|Elinaa",
                            "Aino|Ainon|Ainolle|Ainolta|Ainolla|Ainoa", "Heli|Helin|Helille|Heliltä|Helillä|Heliä",
                            "Kaisa|Kaisan|Kaisalle|Kaisalta|Kaisalla|Kaisaa", "Noora|Nooran|Nooralle|Nooralta|Nooralla|Nooraa"]]
FI_GM = [forms(x) for x in ["Mikko|Mikon|Mikolle|Mikolta|Mikolla|Mikkoa", "Jukka|Jukan|Jukalle|Jukalta|Jukalla|Jukkaa",
                            "Antti|Antin|Antille|Antilta|Antilla|Anttia", "Ville|Villen|Villelle|Villeltä|Villellä|Villeä",
                            "Teemu|Teemun|Teemulle|Teemulta|Teemulla|Teemua", "Otto|Oton|Otolle|Otolta|Otolla|Ottoa",
                            "Janne|Jannen|Jannelle|Jannelta|Jannella|Jannea", "Lauri|Laurin|Laurille|Laurilta|Laurilla|Lauria"]]
FI_S = [forms(x) for x in ["Virtanen|Virtasen|Virtaselle|Virtaselta|Virtasella|Virtasta",
                           "Korhonen|Korhosen|Korhoselle|Korhoselta|Korhosella|Korhosta",
                           "Nieminen|Niemisen|Niemiselle|Niemiseltä|Niemisellä|Niemistä",
                           "Mäkinen|Mäkisen|Mäkiselle|Mäkiseltä|Mäkisellä|Mäkistä",
                           "Lahtinen|Lahtisen|Lahtiselle|Lahtiselta|Lahtisella|Lahtista",
                           "Heikkinen|Heikkisen|Heikkiselle|Heikkiseltä|Heikkisellä|Heikkistä",
                           "Koskinen|Koskisen|Koskiselle|Koskiselta|Koskisella|Koskista",
                           "Järvinen|Järvisen|Järviselle|Järviseltä|Järvisellä|Järvistä",
                           "Salo|Salon|Salolle|Salolta|Salolla|Saloa", "Laine|Laineen|Laineelle|Laineelta|Laineella|Lainetta",
                           "Hämäläinen|Hämäläisen|Hämäläiselle|Hämäläiseltä|Hämäläisellä|Hämäläistä"]]

# Hungarian given names: nom | dat | ins
HU_GF = [forms(x) for x in ["Anna|Annának|Annával", "Eszter|Eszternek|Eszterrel", "Zsófia|Zsófiának|Zsófiával",
                            "Réka|Rékának|Rékával", "Katalin|Katalinnak|Katalinnal", "Judit|Juditnak|Judittal",
                            "Dóra|Dórának|Dórával", "Noémi|Noéminek|Noémivel"]]
HU_GM = [forms(x) for x in ["Péter|Péternek|Péterrel", "Gábor|Gábornak|Gáborral", "László|Lászlónak|Lászlóval",
                            "Balázs|Balázsnak|Balázzsal", "Dániel|Dánielnek|Dániellel", "Bence|Bencének|Bencével",
                            "Tamás|Tamásnak|Tamással", "Ádám|Ádámnak|Ádámmal"]]
HU_S = ["Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"]

# Romanian given: nom | gen/dat (feminine -ei; masculine unchanged, used after "lui")
RO_GF = [forms(x) for x in ["Ioana|Ioanei", "Maria|Mariei", "Elena|Elenei", "Cristina|Cristinei", "Ana|Anei",
                            "Andreea|Andreei", "Alina|Alinei", "Raluca|Ralucăi"]]
RO_GM = [[x, x] for x in ["Andrei", "Mihai", "Alexandru", "Radu", "Vlad", "Bogdan", "Ștefan", "Cătălin"]]
RO_S = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Constantinescu", "Georgescu", "Munteanu", "Stoica",
        "Moldovan"]

NO_GF = ["Ingrid", "Sigrid", "Silje", "Thea", "Nora", "Ingvild", "Ragnhild", "Tuva", "Maren", "Kari"]
NO_GM = ["Lars", "Ola", "Marius", "Eirik", "Håkon", "Magnus", "Kristoffer", "Jonas", "Sindre", "Torbjørn"]
NO_S = ["Haugen", "Johansen", "Berg", "Hansen", "Pedersen", "Larsen", "Bakken", "Solberg", "Strand", "Lie", "Dahl",
        "Moe", "Nilsen", "Kristiansen", "Eide", "Aasen"]


def gen_s(x):  # Norwegian genitive
    return x + "'" if x.endswith(("s", "x", "z")) else x + "s"


def person(r, lang, gender=None):
    gender = gender or ch(r, "fm")
    if lang == "en":
        return en_person(r, gender)
    if lang == "pl":
        return Per(lang, ch(r, PL_GF if gender == "f" else PL_GM), ch(r, PL_SF if gender == "f" else PL_SM), gender)
    if lang == "cs":
        return Per(lang, ch(r, CS_GF if gender == "f" else CS_GM), ch(r, CS_SF if gender == "f" else CS_SM), gender)
    if lang == "uk":
        p = Per(lang, ch(r, UK_GF if gender == "f" else UK_GM), ch(r, UK_SF if gender == "f" else UK_SM), gender)
        p.extra["pat"] = ch(r, UK_PF if gender == "f" else UK_PM)
        return p
    if lang == "el":
        return Per(lang, ch(r, EL_GF if gender == "f" else EL_GM), ch(r, EL_SF if gender == "f" else EL_SM), gender)
    if lang == "tr":
        return Per(lang, ch(r, TR_GF if gender == "f" else TR_GM), ch(r, TR_S), gender, infl="last")
    if lang == "fi":
        return Per(lang, ch(r, FI_GF if gender == "f" else FI_GM), ch(r, FI_S), gender, infl="last")
    if lang == "hu":
        return Per(lang, ch(r, HU_GF if gender == "f" else HU_GM), [ch(r, HU_S)], gender, order="fg")
    if lang == "ro":
        return Per(lang, ch(r, RO_GF if gender == "f" else RO_GM), [ch(r, RO_S)], gender)
    if lang == "no":
        g = ch(r, NO_GF if gender == "f" else NO_GM)
        s = ch(r, NO_S)
        return Per(lang, [g, gen_s(g)], [s, gen_s(s)], gender, infl="last")
    raise ValueError(lang)


def people(r, lang, n):
    out, seen = [], set()
    while len(out) < n:
        p = person(r, lang)
        key = (p.g[0], p.f[0])
        if key in seen or p.g[0] in {q.g[0] for q in out}:
            continue
        seen.add(key)
        out.append(p)
    return out


# --------------------------------------------------------------------------- places
US_ADDR = [("1450 Larimer St", "Denver", "CO", "80202"), ("233 S Wacker Dr", "Chicago", "IL", "60606"),
           ("410 Congress Ave", "Austin", "TX", "78701"), ("75 Varick St", "New York", "NY", "10013"),
           ("1201 3rd Ave", "Seattle", "WA", "98101"), ("500 Boylston St", "Boston", "MA", "02116"),
           ("3400 Peachtree Rd NE", "Atlanta", "GA", "30326"), ("1322 Abbot Kinney Blvd", "Venice", "CA", "90291"),
           ("619 N Market St", "Wilmington", "DE", "19801"), ("88 Colin P Kelly Jr St", "San Francisco", "CA", "94107"),
           ("2207 E Carson St", "Pittsburgh", "PA", "15203"), ("915 Magazine St", "New Orleans", "LA", "70130")]
US_UNIT = ["Suite 300", "Ste 1200", "Floor 4", "#5B", "Unit 210", "Suite 1450"]
UK_ADDR = [("14 Marchmont Crescent", "Edinburgh", "EH9 1HL"), ("Unit 7, Baltic Triangle Works, 12 Jamaica Street", "Liverpool", "L1 0AH"),
           ("3rd Floor, 41 Great Sutton Street", "London", "EC1V 0DX"), ("22 Oldham Street", "Manchester", "M1 1JN"),
           ("5 Clifton Down Road", "Bristol", "BS8 4AH"), ("The Old Tannery, 9 Bridge Street", "Hebden Bridge", "HX7 8EX"),
           ("118 Lisburn Road", "Belfast", "BT9 6AH"), ("40 Mill Lane", "Cardiff", "CF10 1FL"),
           ("Flat 2, 61 Chatsworth Road", "London", "E5 0LH"), ("9 Kirkgate", "Leeds", "LS2 7DJ")]
IE_ADDR = [("Unit 4, Harbour Court, George's Quay", "Dublin 2", "D02 X285"), ("12 Eyre Square", "Galway", "H91 T2K8"),
           ("7 Oliver Plunkett Street", "Cork", "T12 E6W9"), ("The Granary, Michael Street", "Limerick", "V94 Y7D2"),
           ("31 Main Street", "Westport, Co. Mayo", "F28 X6N2")]
AU_ADDR = [("Level 3, 88 Chapel Street", "Windsor", "VIC", "3181"), ("Suite 12, 45 Crown Street", "Surry Hills", "NSW", "2010"),
           ("14 James Street", "Fortitude Valley", "QLD", "4006"), ("201 Murray Street", "Perth", "WA", "6000"),
           ("3/17 Gouger Street", "Adelaide", "SA", "5000")]
ZA_ADDR = [("12 Bree Street", "Cape Town", "8001"), ("The Bank, 24 Cradock Avenue, Rosebank", "Johannesburg", "2196"),
           ("33 Florida Road, Morningside", "Durban", "4001"), ("Unit 5, 140 Main Road, Muizenberg", "Cape Town", "7945"),
           ("18 Jan Smuts Avenue, Parktown", "Johannesburg", "2193")]
CA_ADDR = [("220 King Street West, Suite 1100", "Toronto", "ON", "M5H 1K4"), ("1075 West Georgia Street", "Vancouver", "BC", "V6E 3C9"),
           ("4200 boul. Saint-Laurent, bureau 610", "Montréal", "QC", "H2W 2R2"), ("10150 Jasper Avenue NW", "Edmonton", "AB", "T5J 1W4"),
           ("1657 Barrington Street", "Halifax", "NS", "B3J 2A1")]
PL_ADDR = [("ul. Długa 14/3", "80-827", "Gdańsk"), ("ul. Piotrkowska 112 lok. 5", "90-006", "Łódź"),
           ("al. Jerozolimskie 65/79", "00-697", "Warszawa"), ("ul. Święty Marcin 29/8", "61-806", "Poznań"),
           ("ul. Krupnicza 3", "31-123", "Kraków"), ("ul. Ruska 46a/2", "50-079", "Wrocław")]
CS_ADDR = [("Vinohradská 1511/230", "100 00", "Praha 10"), ("Masarykova 427/31", "602 00", "Brno"),
           ("Nádražní 32", "702 00", "Ostrava"), ("Americká 11", "301 00", "Plzeň"), ("Husova 14", "370 01", "České Budějovice"),
           ("Palackého 2", "779 00", "Olomouc")]
HU_ADDR = [("Váci utca 12.", "1052", "Budapest"), ("Kárász utca 5. II/4.", "6720", "Szeged"), ("Piac utca 28.", "4025", "Debrecen"),
           ("Király utca 46. 3. em. 12.", "1061", "Budapest"), ("Széchenyi tér 7.", "7621", "Pécs"), ("Bajcsy-Zsilinszky út 31.", "9021", "Győr")]
RO_ADDR = [("Str. Memorandumului nr. 28, ap. 4", "400114", "Cluj-Napoca", "jud. Cluj"),
           ("Bd. Unirii nr. 15, bl. 8A, sc. 2, ap. 45, sector 3", "030823", "București", ""),
           ("Str. Lăpușneanu nr. 9", "700057", "Iași", "jud. Iași"), ("Calea Șagului nr. 102", "300516", "Timișoara", "jud. Timiș"),
           ("Str. Republicii nr. 4", "500030", "Brașov", "jud. Brașov")]
EL_ADDR = [("Ερμού 45", "105 63", "Αθήνα"), ("Τσιμισκή 120", "546 21", "Θεσσαλονίκη"), ("Μαιζώνος 88", "262 22", "Πάτρα"),
           ("Λεωφ. Κηφισίας 210", "152 31", "Χαλάνδρι"), ("25ης Αυγούστου 17", "712 02", "Ηράκλειο")]
TR_ADDR = [("Caferağa Mah. Moda Cad. No: 18 D: 2", "34710", "Kadıköy", "İstanbul"),
           ("Atatürk Bulvarı No: 112 Kat: 3", "06420", "Çankaya", "Ankara"),
           ("Kıbrıs Şehitleri Cad. No: 56, Alsancak", "35220", "Konak", "İzmir"),
           ("Bağdat Cad. No: 214 D: 7", "34728", "Kadıköy", "İstanbul"), ("Lara Cad. No: 45", "07230", "Muratpaşa", "Antalya"),
           ("Nilüfer Cad. No: 9/3", "16140", "Nilüfer", "Bursa")]
UA_ADDR = [("вул. Хрещатик, 22, кв. 14", "01001", "Київ"), ("вул. Дерибасівська, 7", "65026", "Одеса"),
           ("просп. Свободи, 28", "79000", "Львів"), ("вул. Сумська, 40, офіс 12", "61002", "Харків"),
           ("вул. Соборна, 18", "21050", "Вінниця")]
FI_ADDR = [("Mannerheimintie 12 B 24", "00100", "Helsinki"), ("Hämeenkatu 9 A 3", "33100", "Tampere"),
           ("Aurakatu 6", "20100", "Turku"), ("Kauppakatu 31 C 12", "40100", "Jyväskylä"), ("Isokatu 20", "90100", "Oulu")]
NO_ADDR = [("Karl Johans gate 22", "0159", "Oslo"), ("Bryggen 15", "5003", "Bergen"), ("Munkegata 40", "7011", "Trondheim"),
           ("Storgata 8", "9008", "Tromsø"), ("Kirkegata 5", "4006", "Stavanger"), ("Postboks 1234 Sentrum", "0106", "Oslo")]


def addr(r, cc, multiline=False, country=False):
    """Full postal address string in the country's own format."""
    sep = "\n" if multiline else ", "
    if cc == "us":
        s, c, st, z = ch(r, US_ADDR)
        unit = (" " + ch(r, US_UNIT)) if maybe(r, 0.3) else ""
        a = f"{s}{unit}{sep}{c}, {st} {z}"
        if country:
            a += sep + ch(r, ["USA", "United States"])
    elif cc == "uk":
        s, c, z = ch(r, UK_ADDR)
        a = f"{s}{sep}{c}{sep if multiline else ' '}{z}"
        if country:
            a += sep + ch(r, ["United Kingdom", "UK"])
    elif cc == "ie":
        s, c, z = ch(r, IE_ADDR)
        a = f"{s}{sep}{c}{sep}{z}"
        if country:
            a += sep + "Ireland"
    elif cc == "au":
        s, c, st, z = ch(r, AU_ADDR)
        a = f"{s}{sep}{c} {st} {z}"
        if country:
            a += sep + "Australia"
    elif cc == "za":
        s, c, z = ch(r, ZA_ADDR)
        a = f"{s}{sep}{c}{sep}{z}" if multiline else f"{s}, {c}, {z}"
        if country:
            a += sep + "South Africa"
    elif cc == "ca":
        s, c, st, z = ch(r, CA_ADDR)
        a = f"{s}{sep}{c} {st}  {z}" if maybe(r, 0.3) else f"{s}{sep}{c}, {st} {z}"
        if country:
            a += sep + "Canada"
    elif cc == "pl":
        s, z, c = ch(r, PL_ADDR)
        a = f"{s}{sep}{z} {c}" + (sep + "Polska" if country else "")
    elif cc == "cs":
        s, z, c = ch(r, CS_ADDR)
        a = f"{s}{sep}{z} {c}" + (sep + "Česká republika" if country else "")
    elif cc == "hu":
        s, z, c = ch(r, HU_ADDR)
        a = (f"{z} {c}, {s}" if not multiline else f"{c}\n{s}\n{z}") + (sep + "Magyarország" if country else "")
    elif cc == "ro":
        s, z, c, j = ch(r, RO_ADDR)
        a = f"{s}{sep}{c} {z}" + (f", {j}" if j and maybe(r) else "") + (sep + "România" if country else "")
    elif cc == "el":
        s, z, c = ch(r, EL_ADDR)
        a = f"{s}{sep}{z} {c}" + (sep + "Ελλάδα" if country else "")
    elif cc == "tr":
        s, z, d, c = ch(r, TR_ADDR)
        a = f"{s}{sep}{z} {d}/{c}" if maybe(r) else f"{s}{sep}{d} / {c.upper() if c != 'İzmir' else 'İZMİR'} {z}"
        if country:
            a += sep + "Türkiye"
    elif cc == "uk_ua":
        s, z, c = ch(r, UA_ADDR)
        a = f"{s}{sep}м. {c}{sep if multiline else ', '}{z}" if maybe(r) else f"{z}, м. {c}{sep}{s}"
        if country:
            a += sep + "Україна"
    elif cc == "fi":
        s, z, c = ch(r, FI_ADDR)
        a = f"{s}{sep}{z} {c.upper() if maybe(r, 0.3) else c}" + (sep + "Suomi" if country else "")
    elif cc == "no":
        s, z, c = ch(r, NO_ADDR)
        a = f"{s}{sep}{z} {c.upper() if maybe(r, 0.3) else c}" + (sep + "Norge" if country else "")
    else:
        raise ValueError(cc)
    return a


EN_CITIES = {"us": ["Denver", "Chicago", "Austin", "Brooklyn", "Seattle", "Boston", "Atlanta", "Portland", "Nashville", "Minneapolis"],
             "uk": ["Leeds", "Glasgow", "Bristol", "Manchester", "Brighton", "Cardiff", "Belfast", "Edinburgh", "Norwich", "York"],
             "ie": ["Dublin", "Cork", "Galway", "Limerick", "Kilkenny", "Sligo"],
             "au": ["Melbourne", "Sydney", "Brisbane", "Perth", "Hobart", "Adelaide", "Geelong"],
             "za": ["Cape Town", "Johannesburg", "Durban", "Pretoria", "Stellenbosch", "Gqeberha"],
             "ca": ["Toronto", "Vancouver", "Montréal", "Calgary", "Halifax", "Winnipeg", "Ottawa"]}
CITIES = {"pl": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin", "Warszawa"],
          "cs": ["Brno", "Praha", "Ostrava", "Olomouc", "Plzeň", "Liberec"],
          "hu": ["Budapest", "Szeged", "Debrecen", "Pécs", "Győr", "Miskolc"],
          "ro": ["Cluj-Napoca", "București", "Iași", "Timișoara", "Brașov", "Sibiu"],
          "el": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Βόλος", "Λάρισα"],
          "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
          "uk": ["Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця"],
          "fi": ["Helsinki", "Tampere", "Turku", "Oulu", "Jyväskylä", "Kuopio"],
          "no": ["Oslo", "Bergen", "Trondheim", "Tromsø", "Stavanger", "Bodø"]}


# --------------------------------------------------------------------------- phones
def _pick(r, xs):
    return ch(r, xs)


def phone(r, cc, mobile=None):
    mobile = maybe(r) if mobile is None else mobile
    if cc in ("us", "ca"):
        area = ch(r, ["212", "303", "415", "512", "617", "720", "773", "206", "404", "646"] if cc == "us"
                  else ["416", "604", "514", "403", "613", "902", "204"])
        ex = str(r.randint(201, 989))
        if ex == "555":
            ex = "556"
        ln = dg(r, 4)
        s = _pick(r, [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                      f"+1 ({area}) {ex}-{ln}", f"1-{area}-{ex}-{ln}"])
        if maybe(r, 0.1):
            s += _pick(r, [f" ext. {dg(r, 3)}", f" x{dg(r, 2)}"])
        return s
    if cc == "uk":
        if mobile:
            n = "7" + ch(r, ["700", "712", "723", "801", "917", "956", "388"]) + dg(r, 6)
            return _pick(r, [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}"])
        a, rest = ch(r, [("20", 8), ("161", 7), ("131", 7), ("117", 7), ("28", 8), ("29", 8), ("113", 7)])
        num = dg(r, rest)
        loc = f"{num[:4]} {num[4:]}" if rest == 8 else f"{num[:3]} {num[3:]}"
        return _pick(r, [f"0{a} {loc}", f"+44 {a} {loc}", f"+44 (0){a} {loc}", f"(0{a}) {loc}"])
    if cc == "ie":
        if mobile:
            p, n = ch(r, ["83", "85", "86", "87", "89"]), dg(r, 7)
            return _pick(r, [f"0{p} {n[:3]} {n[3:]}", f"+353 {p} {n[:3]} {n[3:]}", f"0{p}-{n}"])
        a = ch(r, ["1", "21", "91", "61"])
        n = dg(r, 7 if a == "1" else 6)
        return _pick(r, [f"+353 {a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:]}", f"0{a} {n[:3]} {n[3:]}"])
    if cc == "au":
        if mobile:
            n = "4" + dg(r, 8)
            return _pick(r, [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}"])
        a, n = ch(r, ["2", "3", "7", "8"]), dg(r, 8)
        return _pick(r, [f"({'0' + a}) {n[:4]} {n[4:]}", f"+61 {a} {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}",
                         f"1300 {dg(r, 3)} {dg(r, 3)}"])
    if cc == "za":
        p = ch(r, ["82", "83", "72", "71", "84", "61"]) if mobile else ch(r, ["21", "11", "31", "12"])
        n = dg(r, 7)
        return _pick(r, [f"0{p} {n[:3]} {n[3:]}", f"+27 {p} {n[:3]} {n[3:]}", f"+27 (0){p} {n[:3]} {n[3:]}"])
    if cc == "pl":
        if mobile:
            n = ch(r, ["5", "6", "7", "8"]) + dg(r, 8)
            return _pick(r, [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+48{n}"])
        a, n = ch(r, ["22", "12", "58", "71", "61", "42"]), dg(r, 7)
        return _pick(r, [f"+48 {a} {n[:3]} {n[3:5]} {n[5:]}", f"({a}) {n[:3]} {n[3:5]} {n[5:]}", f"{a} {n[:3]} {n[3:]}"])
    if cc == "cs":
        n = (ch(r, ["60", "72", "73", "77", "60"]) if mobile else ch(r, ["22", "54", "59", "37"])) + dg(r, 7)
        return _pick(r, [f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+420 {n}", f"(+420) {n[:3]} {n[3:6]} {n[6:]}"])
    if cc == "hu":
        if mobile:
            p, n = ch(r, ["20", "30", "70"]), dg(r, 7)
            return _pick(r, [f"+36 {p} {n[:3]} {n[3:]}", f"06 {p} {n[:3]} {n[3:]}", f"+36-{p}-{n[:3]}-{n[3:]}", f"06-{p}/{n}"])
        n = dg(r, 7)
        return _pick(r, [f"+36 1 {n[:3]} {n[3:]}", f"06 1 {n[:3]} {n[3:]}", f"+36 (1) {n[:3]}-{n[3:]}"])
    if cc == "ro":
        if mobile:
            n = "7" + ch(r, ["21", "22", "23", "40", "45", "55", "88"]) + dg(r, 6)
            return _pick(r, [f"07{n[1:3]} {n[3:6]} {n[6:]}", f"+40 {n[:3]} {n[3:6]} {n[6:]}", f"07{n[1:3]}.{n[3:6]}.{n[6:]}", f"+40{n}"])
        a = ch(r, ["21", "264", "232", "256", "268"])
        n = dg(r, 9 - len(a))
        return _pick(r, [f"0{a} {n[:3]} {n[3:]}", f"+40 {a} {n[:3]} {n[3:]}", f"0{a}.{n}"])
    if cc == "el":
        if mobile:
            n = "69" + ch(r, "3479") + dg(r, 7)
            return _pick(r, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+30 {n[:3]} {n[3:6]} {n[6:]}", f"+30 {n}", f"{n}"])
        a = ch(r, ["210", "2310", "2610", "2810"])
        n = dg(r, 10 - len(a))
        return _pick(r, [f"{a} {n[:3]} {n[3:]}", f"+30 {a} {n}", f"{a}-{n}", f"(+30) {a} {n[:3]} {n[3:]}"])
    if cc == "tr":
        if mobile:
            p, n = ch(r, ["532", "533", "542", "505", "555", "544"]), dg(r, 7)
            return _pick(r, [f"+90 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}", f"0 ({p}) {n[:3]} {n[3:5]} {n[5:]}",
                             f"0{p}{n}"])
        a, n = ch(r, ["212", "216", "312", "232", "242"]), dg(r, 7)
        return _pick(r, [f"0 ({a}) {n[:3]} {n[3:5]} {n[5:]}", f"+90 {a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a} {n[:3]} {n[3:]}",
                         f"444 {dg(r, 2)} {dg(r, 2)}"])
    if cc == "uk_ua":
        if mobile:
            p, n = ch(r, ["67", "50", "63", "93", "97", "66"]), dg(r, 7)
            return _pick(r, [f"+380 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}", f"+38 (0{p}) {n[:3]}-{n[3:5]}-{n[5:]}",
                             f"+380{p}{n}"])
        a, n = ch(r, ["44", "32", "48", "57"]), dg(r, 7)
        return _pick(r, [f"+38 (0{a}) {n[:3]}-{n[3:5]}-{n[5:]}", f"(0{a}) {n[:3]} {n[3:5]} {n[5:]}", f"+380 {a} {n[:3]} {n[3:]}"])
    if cc == "fi":
        if mobile:
            p, n = ch(r, ["40", "44", "45", "50"]), dg(r, 7)
            return _pick(r, [f"+358 {p} {n[:3]} {n[3:]}", f"0{p} {n[:3]} {n[3:]}", f"0{p}-{n}", f"+358{p}{n}"])
        a, n = ch(r, ["9", "3", "2", "8", "14"]), dg(r, 7)
        return _pick(r, [f"0{a} {n[:4]} {n[4:]}", f"+358 {a} {n[:4]} {n[4:]}", f"(0{a}) {n[:3]} {n[3:]}"])
    if cc == "no":
        n = (ch(r, ["4", "9"]) if mobile else ch(r, ["2", "5", "7"])) + dg(r, 7)
        return _pick(r, [f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:]}",
                         f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"(+47) {n}"])
    raise ValueError(cc)


# --------------------------------------------------------------------------- finance / network
def iban(r, cc, grouped=None):
    spec = {"PL": "n24", "CZ": "n20", "HU": "n24", "RO": "a4c16", "GR": "n7c16", "TR": "n5z1c16", "UA": "n6c19",
            "FI": "n14", "NO": "n11", "GB": "a4n14", "IE": "a4n14", "DE": "n18"}[cc]
    banks = {"RO": ["BTRL", "RNCB", "INGB", "BRDE"], "GB": ["NWBK", "MIDL", "BARC", "LOYD", "MONZ"],
             "IE": ["AIBK", "BOFI", "IPBS", "REVO"]}
    bban = ""
    for kind, cnt in re.findall(r"([ancz])(\d+)", spec):
        cnt = int(cnt)
        if kind == "n":
            bban += dg(r, cnt)
        elif kind == "z":
            bban += "0" * cnt
        elif kind == "a":
            bban += ch(r, banks[cc])
        else:
            bban += "".join(ch(r, "0123456789") if (cc != "RO" or maybe(r, 0.9)) else ch(r, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(cnt))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    grouped = maybe(r, 0.6) if grouped is None else grouped
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


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


def card(r):
    kind = ch(r, ["visa", "visa", "mc", "amex"])
    if kind == "visa":
        body = "4" + dg(r, 14)
    elif kind == "mc":
        body = ch(r, ["51", "52", "53", "54", "55", "22"]) + dg(r, 13)
    else:
        body = ch(r, ["34", "37"]) + dg(r, 12)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if kind == "amex":
        return ch(r, [f"{num[:4]} {num[4:10]} {num[10:]}", num])
    sep = ch(r, [" ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if maybe(r, 0.85) else s.replace("-", " ")


def ipv4(r):
    first = ch(r, [24, 31, 46, 62, 77, 81, 86, 89, 92, 109, 141, 176, 185, 188, 193, 212, 217, 94, 5, 37])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = ch(r, ["2a02:8108", "2001:4ca0", "2a01:cb00", "2600:1700", "2a00:23c5", "2001:db8"])
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.randint(2, 4))]
    return pre + ":" + ":".join(groups[:2]) + "::" + f"{r.randint(1, 0xfff):x}"


def ip(r):
    return ipv6(r) if maybe(r, 0.2) else ipv4(r)


# --------------------------------------------------------------------------- brands (fictional, not labelled)
EN_BRANDS = [("Lumen & Lane", "lumenandlane.com"), ("Kestrel Coffee Roasters", "kestrelcoffee.co.uk"),
             ("Northbound Outfitters", "northbound.ca"), ("Fernhill Skincare", "fernhillskin.com"),
             ("Tidewater Swim", "tidewaterswim.com.au"), ("Oak & Ember", "oakandember.ie"),
             ("Bramble Kitchen", "bramblekitchen.co.uk"), ("Halden Cycles", "haldencycles.com"),
             ("Saltmarsh Candle Co.", "saltmarshcandles.com"), ("Veldt & Vine", "veldtandvine.co.za"),
             ("Pitch Black Pet Supply", "pitchblackpets.com"), ("Quill Stationers", "quillstationers.ie"),
             ("Marlowe Home", "marlowehome.com"), ("Greenway Grocer", "greenwaygrocer.com.au"),
             ("Ridgeback Running", "ridgebackrunning.co.za"), ("Copper Kettle Teas", "copperkettleteas.ca")]
BRAND_CC = {"co.uk": "uk", ".ie": "ie", ".ca": "ca", "com.au": "au", "co.za": "za"}


def brand_cc(domain):
    for k, v in BRAND_CC.items():
        if domain.endswith(k):
            return v
    return "us"


def en_brand(r):
    name, dom = ch(r, EN_BRANDS)
    return name, dom, brand_cc(dom)


PERSONAS = ["Busy Ben", "Weekend Warrior Wendy", "Budget-Savvy Bea", "Commuter Kai", "Eco Emma", "Gifting Gail",
            "Hobbyist Hank", "First-Home Freya", "Side-Hustle Sam", "Trail Runner Tess", "Night-Shift Nadia",
            "Grandparent Gordon", "Student Stevie", "Curious Carl"]
PRODUCT_PEOPLE = ["the Margot tote", "the Harvey armchair", "Ottilie midi dress", "the Frank desk lamp", "Edith pan set",
                  "Jules 2-seater", "the Winston weekender", "Ada bedside table", "Betty apron", "the Hugo chelsea boot",
                  "Clementine candle", "Arlo rain jacket", "the Nina mug", "Dorothy throw", "Percy dog bed"]
WEAR = ["the Arlo rain jacket", "the Ottilie midi dress", "the Betty apron", "the Hugo chelsea boots", "the Margot tote",
        "the Winston weekender"]
ROOMS = ["Lovelace Room", "Turing Suite", "Hopper Hall", "Curie Room", "Franklin Lounge", "Attenborough Theatre",
         "Goodall Room", "Mandela Hall", "Earhart Room", "Hepburn Studio"]
AWARDS = ["the Drum Roses", "the Clio Awards", "the DMA Awards", "Cannes Lions", "the Webby Awards", "the Loeries",
          "the Mumbrella Awards", "the ICAD Bells", "the Marketing Week Masters"]


# =========================================================================== English kinds
ROLES = ["CRM Manager", "Lifecycle Marketing Lead", "Head of Brand", "Content Designer", "Email Developer",
         "Senior Copywriter", "Marketing Coordinator", "Social Media Manager", "CMO", "Localisation PM",
         "Growth Marketer", "Creative Director", "Brand Partnerships Manager", "PR & Comms Lead"]


def en_sig(r, p, brand, dom, cc, role=None, ph=0.6, ad=0.15, name_style=None):
    role = role or ch(r, ROLES)
    nm = p.full() if name_style is None else name_style
    out = [P(nm), ch(r, [f"\n{role} | {brand}\n", f"\n{role}, {brand}\n", f" — {role}\n{brand}\n"])]
    if maybe(r, ph):
        out += [ch(r, ["T: ", "M: ", "Mob: ", "", "Direct: "]), PH(phone(r, cc)), "\n"]
    if maybe(r, 0.7):
        out += [E(p.email(dom, r.randrange(6))), "\n"]
    if maybe(r, ad):
        out += [A(addr(r, cc)), "\n"]
    return out


def k_handlebars_preview_render_pair(r):
    b = B()
    brand, dom, cc = en_brand(r)
    p, owner = en_person(r), en_person(r)
    syn = r.randrange(3)
    fn = ["{{first_name}}", "{{ first_name | default: 'there' }}", "{{ contact.first_name or 'friend' }}"][syn]
    ct = ["{{city}}", "{{ city }}", "{{ contact.city }}"][syn]
    sp = ["{{store.phone}}", "{{ store.phone }}", "{{ store['phone'] }}"][syn]
    prod = ch(r, PRODUCT_PEOPLE)
    city = ch(r, EN_CITIES[cc])
    b.t(ch(r, ["TEMPLATE (source)\n", "--- template.hbs ---\n", "Source:\n", "## Template\n"]))
    b.t(f"Subject: {fn}, your {ct} store just restocked\n\nHi {fn},\n\nGood news: {prod} is back at our {ct} shop. "
        f"Ring the team on {sp} and they'll put one aside for 48 hours.\n\n")
    b.t(ch(r, [f"--- rendered for test contact #{dg(r, 5)} ---\n", "PREVIEW (render as contact):\n", "Rendered:\n", "## Preview\n"]))
    if maybe(r, 0.7):
        b.f("To: «e»\n", e=E(p.email(ch(r, ["gmail.com", "outlook.com", "icloud.com", dom]), r.randrange(6))))
    b.f("Subject: «n», your «c» store just restocked\n\nHi «n2»,\n\nGood news: «prod» is back at our «c2» shop. "
        "Ring the team on «ph» and they'll put one aside for 48 hours.\n",
        n=P(p.given()), c=L(city), n2=P(p.given()), prod=prod, c2=L(city), ph=PH(phone(r, cc, mobile=False)))
    if maybe(r, 0.6):
        b.f("\n«tail» «o» at «ts»", tail=ch(r, ["Previewed by", "Checked by", "Last edited by"]), o=P(owner.full()),
            ts=f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)} {r.randint(8, 18)}:{dg(r, 1)}5")
    if maybe(r, 0.4):
        b.t("\nNote: fallback 'there' renders when first_name is blank — do NOT ship 'Hi ,'.")
    return b


def k_mailchimp_merge_test_send_log(r):
    b = B()
    brand, dom, cc = en_brand(r)
    sender = en_person(r)
    b.f("Campaign: «c»\nFrom name: «br»\nTest sends requested by «s» («se»)\n\n", c=ch(r, ["Spring Restock", "VIP Early Access",
        "Black Friday Teaser", "Welcome Series #2", "Abandoned Browse v3", "Loyalty Points Reminder"]), br=brand,
        s=P(sender.full()), se=E(sender.email(dom, r.randrange(6))))
    b.t("Merge tags in use: *|FNAME|*, *|LNAME|*, *|MMERGE5|* (store), *|UNSUB|*\n\n")
    n = r.randint(3, 7)
    hdr = ch(r, ["time | recipient | FNAME | result | client ip", "ts,recipient,fname,status,ip"])
    b.t(hdr + "\n")
    for i in range(n):
        q = en_person(r)
        em = q.email(ch(r, [dom, "gmail.com", "litmus-seed.com", "outlook.com"]), r.randrange(6))
        ts = f"{r.randint(9, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        status = ch(r, ["delivered", "delivered", "opened", "deferred", "delivered"])
        fname = (None, "") if maybe(r, 0.15) else P(q.given())
        if "|" in hdr:
            b.f("«t» | «e» | «f» | «s» | «ip»\n", t=ts, e=E(em), f=fname if fname[1] else "(blank)", s=status, ip=IP(ip(r)))
        else:
            b.f("«t»,«e»,«f»,«s»,«ip»\n", t=ts, e=E(em), f=fname, s=status, ip=IP(ip(r)))
    if maybe(r):
        b.t("\nOne seed rendered 'Hi *|FNAME|*' literally — the audience field was MMERGE1 not FNAME. Fixed in v2.")
    return b


def k_liquid_render_debug_trace(r):
    b = B()
    brand, dom, cc = en_brand(r)
    p = en_person(r)
    city = ch(r, EN_CITIES[cc])
    b.t("```liquid\n{% assign greeting = customer.first_name | default: \"friend\" %}\nHey {{ greeting }} 👋\n"
        "{% if customer.tags contains 'vip' %}Your stylist {{ customer.metafields.stylist.name }} picked these for you.{% endif %}\n```\n\n")
    b.t(ch(r, ["Render context (from preview tool):\n", "Context dump:\n", "debug → context:\n"]))
    stylist = en_person(r)
    b.f('{\n  "customer": {\n    "first_name": "«fn»",\n    "last_name": "«ln»",\n    "email": "«em»",\n',
        fn=P(p.given()), ln=P(p.fam()), em=E(p.email(ch(r, ["gmail.com", "hotmail.com", "yahoo.com"]), r.randrange(6))))
    if maybe(r):
        b.f('    "default_address": {"address1": "«a»"},\n', a=A(addr(r, cc)))
    b.f('    "tags": ["vip", "«t»"],\n    "metafields": {"stylist": {"name": "«s»"}}\n  },\n  "shop": {"name": "«br»", "city": "«c»"}\n}\n\n',
        t=ch(r, ["newsletter", "wholesale", "returning"]), s=P(stylist.full()), br=brand, c=L(city))
    b.f("Output:\nHey «g» 👋\nYour stylist «s» picked these for you.\n", g=P(p.given()), s=P(stylist.given() if maybe(r) else stylist.full()))
    return b


def k_ampscript_personalisation_block(r):
    b = B()
    brand, dom, cc = en_brand(r)
    p = en_person(r)
    b.t("%%[\nVAR @fn, @store\nSET @fn = AttributeValue(\"FirstName\")\nIF EMPTY(@fn) THEN SET @fn = \"there\" ENDIF\n"
        "SET @store = Lookup(\"Stores_DE\", \"StoreName\", \"StoreID\", AttributeValue(\"HomeStore\"))\n]%%\n"
        "Hi %%=ProperCase(@fn)=%%, your %%=v(@store)=%% team misses you.\n\n")
    b.t("-- Subscriber preview --\n")
    b.f("SubscriberKey: «k»\nEmailAddress: «e»\nFirstName: «f»\nHomeStore: «h»\n", k=dg(r, 9), e=E(p.email(ch(r, ["gmail.com", "icloud.com", "btinternet.com"]), r.randrange(6))),
        f=P(p.given().lower() if maybe(r, 0.4) else p.given()), h=str(r.randint(100, 400)))
    if maybe(r):
        b.f("MobileNumber: «m»\n", m=PH(phone(r, cc, mobile=True)))
    b.f("\nRendered: Hi «f», your «s» team misses you.\n", f=P(p.given()), s=ch(r, ["Soho", "Grafton Street", "Chapel Street", "V&A Waterfront", "Queen West", "Pike Place"]))
    if maybe(r, 0.5):
        dev = en_person(r)
        b.f("\n// reviewed «d» — ProperCase fixes 'aoife' → 'Aoife' but breaks 'McCarthy'. ticket MKT-{n}".replace("{n}", dg(r, 4)),
            d=P(dev.initial()))
    return b


def k_inbox_seed_list_csv(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t(ch(r, ["name,email,client,owner_team\n", "Seed name;Email;Client;Device\n", "seed\temail\tinbox provider\tnotes\n"]))
    sep = "," if b.text.count(",") else (";" if ";" in b.text else "\t")
    for i in range(r.randint(4, 9)):
        q = en_person(r)
        if maybe(r, 0.2):
            b.f("«n»«s»«e»«s»Gmail«s»shared seed\n", n="QA Seed " + str(i + 1), s=sep, e=E(f"qa.seed{i + 1}@{dom}"))
            continue
        prov = ch(r, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "hotmail.co.uk", "eircom.net"])
        b.f("«n»«s»«e»«s»«c»«s»«t»\n", n=P(q.full() if maybe(r, 0.7) else q.lastfirst().replace(",", "") if sep == "," else q.lastfirst()),
            s=sep, e=E(q.email(prov, r.randrange(6))), c=ch(r, ["Gmail web", "Outlook 365", "Apple Mail iOS", "Yahoo app", "Outlook desktop"]),
            t=ch(r, ["CRM", "Brand", "Exec", "Agency", "Legal", "Dark mode"]))
    return b


def k_subject_line_split_results(r):
    b = B()
    brand, dom, cc = en_brand(r)
    owner, approver = en_person(r), en_person(r)
    b.f("A/B test — «br» «c» send\nOwner: «o» · Sign-off: «a»\n\n", br=brand, c=ch(r, ["spring", "EOFY", "back-to-school", "Boxing Day", "summer"]),
        o=P(owner.full()), a=P(approver.initial() if maybe(r) else approver.full()))
    rows = [("A", "{{first_name}}, your cart's about to expire ⏳"), ("B", "Still thinking it over, {{ first_name }}?"),
            ("C", "%%FirstName%% — 15% off ends tonight"), ("D", "The Harvey is nearly gone")]
    r.shuffle(rows)
    for v, s in rows[:r.randint(2, 4)]:
        b.t(f"Variant {v}: \"{s}\"  open {r.randint(18, 48)}.{r.randint(0, 9)}% · CTR {r.randint(1, 6)}.{r.randint(0, 9)}%\n")
    p = en_person(r)
    b.f("\nSample inbox render (seed «e»): \"«n», your cart's about to expire ⏳\"\n", e=E(p.email("gmail.com", r.randrange(6))), n=P(p.given()))
    if maybe(r):
        b.f("Winner auto-sent to remaining 80% at 14:00. Questions → «o2».\n", o2=E(owner.email(dom, r.randrange(6))))
    return b


def k_push_payload_staging_qa(r):
    b = B()
    brand, dom, cc = en_brand(r)
    tester = en_person(r)
    dev_owner = en_person(r)
    b.f("Staging push QA — «br» app «v»\nTester: «t»\n\n", br=brand, v=f"{r.randint(3, 7)}.{r.randint(0, 20)}.{r.randint(0, 9)}", t=P(tester.full()))
    b.t('{\n  "to": "<device_token>",\n  "notification": {\n    "title": "{{first_name}}, your order is on its way",\n'
        '    "body": "Track it live. Courier: {{courier_name}}"\n  },\n  "data": {"deeplink": "app://orders/{{order_id}}"}\n}\n\n')
    b.t("Received on test devices:\n")
    for _ in range(r.randint(2, 4)):
        q = en_person(r)
        courier = en_person(r)
        devname = ch(r, ["iPhone", "Pixel 8", "Galaxy S23", "iPad"])
        b.f("- «o»'s «d»: \"«n», your order is on its way\" / \"Track it live. Courier: «c»\"\n", o=P(q.given()), d=devname,
            n=P(q.given()), c=P(courier.given() + " " + courier.fam()[0] + "."))
    if maybe(r):
        b.f("\nDevice owner list lives with «d» («de»). Token for «o»'s Pixel expired, re-register.\n", d=P(dev_owner.full()),
            de=E(dev_owner.email(dom, 0)), o=P(dev_owner.given()))
    return b


def k_sms_template_optout_storeline(r):
    b = B()
    brand, dom, cc = en_brand(r)
    shop_ph = phone(r, cc, mobile=False)
    tpl = ch(r, ["Hi {first_name}! {store_name} here: your {product} is ready to collect. Qs? Call {store_phone}. Reply STOP to opt out",
                 "{{FNAME}}, 20% off this wknd only at {{STORE}}. Call {{STORE_PHONE}}. Txt STOP to end",
                 "[[Name]], your fitting at [[Store]] is tmrw [[Time]]. Need to move it? Ring [[StorePhone]]. STOP=opt out"])
    b.t("Template:\n" + tpl + "\n\nChars: " + str(len(tpl)) + " (1 segment if ≤160)\n\n")
    b.t(ch(r, ["Test sends:\n", "Proof SMS log:\n", "Sent to internal list:\n"]))
    for _ in range(r.randint(2, 4)):
        q = en_person(r)
        b.f("«m» → «n»! «br» here: your order is ready to collect. Qs? Call «sp». Reply STOP to opt out\n",
            m=PH(phone(r, cc, mobile=True)), n=P(q.given()), br=brand, sp=PH(shop_ph))
    if maybe(r):
        b.f("\nFooter text for compliance: «br», «a». Msg&data rates may apply.\n", br=brand, a=A(addr(r, cc)))
    return b


def k_in_app_modal_json_config(r):
    b = B()
    brand, dom, cc = en_brand(r)
    author = en_person(r)
    amb = en_person(r)
    b.f('{\n  "id": "iam_{n}",\n  "author": "«a»",\n  "audience": "segment:lapsed_90d",\n'.replace("{n}", dg(r, 5)),
        a=E(author.email(dom, r.randrange(6))) if maybe(r) else P(author.full()))
    b.t('  "layout": "modal",\n  "copy": {\n    "headline": "Welcome back, {{user.firstName}}!",\n'
        '    "body": "Meet our new ambassador and see what {{user.city}} is wearing.",\n')
    b.f('    "image_alt": "«amb» with «prod» on a wet morning in «c»",\n', amb=P(amb.full()), prod=ch(r, WEAR),
        c=L(ch(r, EN_CITIES[cc])))
    b.t('    "cta": "Shop the look"\n  },\n')
    q = en_person(r)
    b.f('  "preview_user": {"firstName": "«f»", "city": "«c»", "email": "«e»"},\n', f=P(q.given()), c=L(ch(r, EN_CITIES[cc])),
        e=E(q.email(ch(r, ["gmail.com", "me.com", "live.com"]), r.randrange(6))))
    b.t('  "frequency_cap": 1\n}\n')
    return b


def k_testimonial_wall_approval_sheet(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t(ch(r, ["Testimonials for homepage carousel — approval status\n\n", "Quotes pulled from reviews (consent column must be YES)\n\n"]))
    for i in range(r.randint(3, 5)):
        q = en_person(r)
        qcc = ch(r, ["us", "uk", "ie", "au", "za", "ca"])
        quote = ch(r, ["Honestly the best coffee subscription I've tried — and I've tried six.",
                       "Customer service sorted my wrong size in a day. Ten out of ten.",
                       "The Margot tote survived a toddler and a festival. Buying another.",
                       "Ordered Tuesday, wore it Thursday. Fits like it was made for me.",
                       "I gifted the candle set to my mum and now she's hooked too.",
                       "Finally a running shoe that doesn't wreck my knees."])
        style = r.randrange(4)
        attr = [P(q.short()), P(q.full()), P(q.given()), P(q.full())][style]
        city = L(ch(r, EN_CITIES[qcc]))
        b.f("«i». “«q»”\n   — «a», «c»\n", i=str(i + 1), q=quote, a=attr, c=city)
        cons = ch(r, ["YES (email)", "YES", "pending", "NO – use initials only"])
        if maybe(r, 0.5):
            b.f("   consent: «c» · contact «e»\n", c=cons, e=E(q.email(ch(r, ["gmail.com", "yahoo.co.uk", "bigpond.com", "outlook.com"]), r.randrange(6))))
        else:
            b.f("   consent: «c»\n", c=cons)
    ap = en_person(r)
    b.f("\nLegal OK'd 1–3, «a» to chase the rest.\n", a=P(ap.given()))
    return b


def k_customer_case_study_interview_notes(r):
    b = B()
    brand, dom, cc = en_brand(r)
    client = ch(r, ["Harbourline Hotels", "Ashgrove Dental Group", "Pinecrest Credit Union", "Kilnworth Garden Centres",
                    "Mosaic Fitness", "Bluegum Property", "Cedar & Stone Realty"])
    c1, c2, writer = en_person(r), en_person(r), en_person(r)
    city = ch(r, EN_CITIES[cc])
    b.f("Case study draft — «cl» × «br»\nInterview: «d», video call, 45 min\nInterviewees: «a» («ar»), «b2» («br2»)\nWriter: «w»\n\n",
        cl=client, br=brand, d=ch(r, ["12 March", "3 June", "Tuesday 9th", "28/08"]), a=P(c1.full()),
        ar=ch(r, ["Head of Marketing", "Ops Director", "Founder"]), b2=P(c2.full()), br2=ch(r, ["CRM Analyst", "Guest Experience Manager", "Digital Lead"]),
        w=P(writer.full()))
    b.f("BACKGROUND\n«cl» runs «n» sites around «c» and had, in «a»'s words, \"a database nobody trusted\". Before the project, "
        "birthday emails went out with the wrong name about once a week; one guest got a voucher addressed to her late husband, which "
        "is the moment «a» says the board finally paid attention. The team had tried a spreadsheet clean-up twice.\n\n",
        cl=client, n=str(r.randint(4, 30)), c=L(city), a=P(c1.given()))
    b.f("WHAT THEY DID\nOver eight weeks the team merged duplicate profiles, rebuilt the preference centre and rewrote every "
        "personalised template so that a missing first name falls back to a neutral greeting rather than \"Dear Valued Guest\". "
        "«b2» built the segment logic; the «br» team supplied the templates and tested them against forty seed accounts, including "
        "the awkward ones — hyphenated surnames, names with apostrophes like O'Connor, and single-letter given names.\n\n",
        b2=P(c2.given()), br=brand)
    b.f("RESULTS (approved figures only)\n- Bounce rate down from {x}% to {y}%\n- Complaints about wrong names: zero since go-live\n"
        "- Revenue from triggered emails up {z}% year on year\n\n".replace("{x}", str(r.randint(4, 9))).replace("{y}", "1." + dg(r, 1))
        .replace("{z}", str(r.randint(12, 60))))
    b.f("PULL QUOTES (need sign-off)\n\"We stopped being embarrassed by our own emails.\" — «a», «ar»\n"
        "\"The fallback logic sounds boring. It's the reason I sleep.\" — «b2»\n\n", a=P(c1.full()), ar=client, b2=P(c2.given() + " " + c2.fam()))
    if maybe(r, 0.7):
        b.f("INTERVIEW EXCERPTS (lightly edited)\nQ: What surprised you most?\n«a»: How many of our guests had two profiles. "
            "One regular, a lovely man called «g», had four — one per hotel he'd stayed at — and got four birthday emails in a day.\n"
            "Q: Who else was involved?\n«b2»: Our front-desk lead, «fd», did most of the manual checks. She knew half the "
            "duplicates by sight. And «w» from «br» rewrote the templates twice after we pushed back on tone.\n"
            "Q: Anything you'd do differently?\n«a»: Start with the data, not the design. Everyone wants to talk about fonts.\n\n",
            a=P(c1.given()), g=P(en_person(r, "m").full()), b2=P(c2.given()), fd=P(en_person(r, "f").full()), w=P(writer.given()), br=brand)
    b.f("Send draft to «e» for approval; «a» prefers calls — «ph».\n", e=E(c1.email(fold(client)[:12] + ".com", r.randrange(6))),
        a=P(c1.given()), ph=PH(phone(r, cc)))
    return b


def k_marketing_award_submission_form(r):
    b = B()
    brand, dom, cc = en_brand(r)
    award = ch(r, AWARDS)
    lead, dirc, cw, agency_p = en_person(r), en_person(r), en_person(r), en_person(r)
    b.f("ENTRY FORM — «aw» «y»\nCategory: «cat»\nEntrant company: «br»\n\n", aw=award, y=str(r.randint(2023, 2025)),
        cat=ch(r, ["Best Use of Personalisation", "Best Email Campaign", "Best Localised Campaign", "Small Budget, Big Idea"]), br=brand)
    b.f("Primary contact: «l»\nJob title: «t»\nEmail: «e»\nPhone: «ph»\n", l=P(lead.full()), t=ch(r, ROLES),
        e=E(lead.email(dom, r.randrange(6))), ph=PH(phone(r, cc)))
    if maybe(r, 0.6):
        b.f("Postal address for trophy delivery: «a»\n", a=A(addr(r, cc)))
    b.f("\nCREDITS (as they should appear if shortlisted)\nCreative Director: «d»\nCopywriter: «c»\nAgency: «ag» (account lead «ap»)\n",
        d=P(dirc.full()), c=P(cw.full()), ag=ch(r, ["Fold & Fettle", "Studio Marram", "Kite Collective", "Big Room Ltd"]),
        ap=P(agency_p.full()))
    b.t("\nSUMMARY (250 words max)\nWe sent every lapsed customer a letter signed by the person who packed their last order. "
        "Not a persona — the actual packer, with their permission and their own sign-off line. Reactivation hit 14%.\n")
    if maybe(r):
        b.f("Note: the judges' chair this year is «j», so keep the jargon down.\n", j=P(en_person(r).full()))
    return b


def k_google_review_response_drafts(r):
    b = B()
    brand, dom, cc = en_brand(r)
    city = ch(r, EN_CITIES[cc])
    b.f("Review replies for «br» «c» — drafts for approval\n\n", br=brand, c=L(city))
    mgr = en_person(r)
    b = B()
    b.f("Review replies for «br» «c» — drafts for approval\n\n", br=brand, c=L(city))
    for _ in range(r.randint(2, 4)):
        rev, staff = en_person(r), en_person(r)
        stars = r.randint(1, 5)
        b.f("★«s» ", s=str(stars))
        b.f("«rn» wrote: “", rn=P(rev.full() if maybe(r) else rev.short()))
        t = r.randrange(4)
        if t == 0:
            b.f("«sn» on the till was so patient with my mum.”\n", sn=P(staff.given()))
        elif t == 1:
            b.t("Waited 20 min, nobody came.”\n")
        elif t == 2:
            b.t("Lovely shop, pricey though. The Frank lamp is gorgeous.”\n")
        else:
            b.f("Ask for «sn» — absolute legend on fit.”\n", sn=P(staff.given()))
        b.f("Draft reply: Hi «rg», thank you for taking the time", rg=P(rev.given()))
        if t in (0, 3):
            b.f(" — we've passed this on to «sn» and made their week.", sn=P(staff.given()))
        elif t == 1:
            b.f(". That's not good enough. Could you email «e» or call «ph» so we can put it right?", e=E("hello@" + dom),
                ph=PH(phone(r, cc, mobile=False)))
        else:
            b.t(". We hear you on price — members get 10% off every order.")
        b.f(" — «m», Store Manager\n\n", m=P(mgr.given()))
    return b


def k_podcast_episode_show_notes_guests(r):
    b = B()
    brand, dom, cc = en_brand(r)
    show = ch(r, ["The Open Rate", "Subject to Change", "Retention Radio", "Small Brand Energy", "The Unsubscribe"])
    h1, h2, g1, g2 = people(r, "en", 4)
    ep = r.randint(12, 180)
    b.f("«sh» — Ep. «n»: «title»\n\n", sh=show, n=str(ep), title=ch(r, ["Why 'Hi {first_name}' isn't personalisation",
                                                                      "Personas are dead, long live personas", "Localising humour",
                                                                      "Naming products after people (and getting sued)"]))
    b.f("Hosts «a» and «b» are joined by «g»", a=P(h1.full()), b=P(h2.given()), g=P(g1.full()))
    b.f(", «role» at «co»", role=ch(r, ["VP Lifecycle", "founder", "head of content", "brand strategist"]),
        co=ch(r, ["Fernhill", "a Dublin fintech", "Marlowe Home", "an Aussie surfwear label"]))
    if maybe(r, 0.6):
        b.f(", and returning guest «g2»", g2=P(g2.full()))
    b.t(". We get into why \"Dear Customer\" still beats a wrong name, the time a bot sent 40,000 people the greeting "
        "\"Hi FNAME\", and whether naming your best-selling sofa after your nan is a trademark risk.\n\n")
    if maybe(r, 0.6):
        b.f("\n«g» spent six years running retention at a subscription business before going out on her own, and she's blunt "
            "about what went wrong: \"We A/B tested forty subject lines and never once asked whether the person's name was "
            "even right.\" «h1» pushes back — isn't a first name in the subject line still the single best lever we have? — and "
            "the three of them end up agreeing on almost nothing except that personas should be retired the moment anyone starts "
            "talking about them as if they were real. Stay for the end, where «h2» reads out the worst merge-tag failure a "
            "listener has ever sent in.\n\n", g=P(g1.given()), h1=P(h1.given()), h2=P(h2.given()))
    b.t("Chapters\n00:00 Intro\n")
    b.f("03:12 «g» on the 'Busy Ben' persona and why they retired it\n", g=P(g1.given()))
    b.t("19:40 Listener question from Brisbane\n")
    b.f("31:05 «h»'s hot take on emoji in subject lines\n", h=P(h2.given()))
    b.t("\nLinks\n- The Margot tote saga (trade press)\n- Guest's newsletter\n\n")
    b.f("Produced by «p». Music: «m». Send questions to «e»", p=P(en_person(r).full()), m=P(en_person(r).full()),
        e=E(ch(r, ["mailbag@", "hello@", "pod@"]) + fold(show) + ".fm"))
    if maybe(r, 0.4):
        b.f(" or leave a voicemail on «ph»", ph=PH(phone(r, cc)))
    b.t(".\n")
    return b


def k_webinar_agenda_speakers_rooms(r):
    b = B()
    brand, dom, cc = en_brand(r)
    city = ch(r, EN_CITIES[cc])
    b.f("«ev» — «c», «d»\n\n", ev=ch(r, ["Lifecycle Live", "CX Summit", "Retail Content Day", "The Personalisation Forum"]),
        c=L(city), d=ch(r, ["14 May", "Thursday 9 October", "Nov 21", "2 September"]))
    rooms = list(ROOMS)
    r.shuffle(rooms)
    t = 9
    for i in range(r.randint(3, 5)):
        sp = en_person(r)
        title = ch(r, ["Keynote: The death of the batch-and-blast", "Panel: Who owns the customer's name?",
                       "Workshop: Writing fallbacks that don't sound like robots", "Fireside chat: Localising for nine markets",
                       "Case study: 1:1 video at scale"])
        b.f("{t}:{m} · «room» · «ti»\n".replace("{t}", f"{t:02d}").replace("{m}", ch(r, ["00", "30", "15"])), room=rooms[i], ti=title)
        if "Panel" in title:
            mods = people(r, "en", 3)
            b.f("   Moderator: «m»\n   Panellists: «a», «b2»\n", m=P(mods[0].full()), a=P(mods[1].full()), b2=P(mods[2].full()))
        else:
            b.f("   «s»«suf»\n", s=P(sp.full()), suf=ch(r, ["", f", {ch(r, ROLES)}", " (remote)", ""]))
        t += 1
    host = en_person(r)
    b.f("\nMC: «h». Speaker wrangling: «w» («ph»).\n", h=P(host.full()), w=P(en_person(r).given()), ph=PH(phone(r, cc, mobile=True)))
    return b


def k_press_kit_founder_bios(r):
    b = B()
    brand, dom, cc = en_brand(r)
    f1, f2 = en_person(r, "f"), en_person(r)
    home = ch(r, EN_CITIES[cc])
    born = ch(r, ["Durban", "Cork", "Hobart", "Winnipeg", "Sheffield", "Tucson", "Galway", "Pietermaritzburg"])
    b.f("PRESS KIT — «br»\nBIOGRAPHIES (approved for use)\n\n", br=brand)
    b.f("«a» — Co-founder & CEO\n«a2» grew up in «b», trained as a chef and spent a decade in product at two grocery start-ups before "
        "founding «br» from a shared kitchen in «h» in 2017. «p» is a mentor with a women-in-retail network and lives with her "
        "partner and two dogs, Biscuit and Mr Darcy.\n\n", a=P(f1.full()), a2=P(f1.given()), b=L(born), br=brand, h=L(home),
        p=P(f1.fam()))
    b.f("«c» — Co-founder & Creative Director\nBefore «br», «c2» art-directed campaigns for high-street fashion and shot the "
        "brand's first lookbook on an iPhone in «ci»'s back garden. The Ottilie dress is named after «c3»'s grandmother.\n\n",
        c=P(f2.full()), br=brand, c2=P(f2.given()), ci=P(f1.given()), c3=P(f2.given()))
    pr = en_person(r)
    b.f("Media enquiries\n«p»\n«e»\n«ph»\n", p=P(pr.full()), e=E(ch(r, ["press@", "media@", "pr@"]) + dom), ph=PH(phone(r, cc)))
    if maybe(r):
        b.f("Headshots: photography by «ph2», free to use with credit.\n", ph2=P(en_person(r).full()))
    return b


def k_photo_shoot_caption_credits(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.f("«br» — «s» lookbook, captions + credits\n\n", br=brand, s=ch(r, ["AW24", "SS25", "Resort", "Holiday gifting"]))
    loc_city = ch(r, EN_CITIES[cc])
    for i in range(r.randint(3, 5)):
        m = en_person(r)
        b.f("IMG_{n}.jpg\n".replace("{n}", dg(r, 4)))
        b.f("Caption: «m» with «prod» «where».\n", m=P(m.given() if maybe(r, 0.3) else m.full()), prod=ch(r, WEAR),
            where=ch(r, ["on the pier", "in the studio", "at golden hour", "outside the Lovelace Room"]))
        if maybe(r, 0.4):
            b.f("Location: «c»\n", c=L(ch(r, EN_CITIES[cc] + [loc_city])))
        b.t("\n")
    ph, sty, mua, model = people(r, "en", 4)
    b.f("CREDITS\nPhotography: «a»\nStyling: «b2»\nHair & make-up: «c»\n", a=P(ph.full()), b2=P(sty.full()), c=P(mua.full()))
    if maybe(r):
        b.f("Model agency booker: «m» («e»)\n", m=P(model.full()), e=E(model.email(ch(r, ["modelsone.com", "storm-mgmt.co.uk", "bossmodels.co.za"]), 0)))
    b.f("Shot at «loc»\n", loc=ch(r, [A(addr(r, cc)), "Studio 3, Hangar Works", "the Hepburn Studio"]))
    return b


def k_cms_alt_text_batch(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t(ch(r, ["asset_id | alt_text | credit\n", "Alt text batch (please keep under 125 chars)\n\n"]))
    tab = "|" in b.text
    for i in range(r.randint(4, 7)):
        aid = "AST-" + dg(r, 5)
        k = r.randrange(5)
        q = en_person(r, "f" if k == 2 else None)
        if k == 0:
            alt = ["Founder ", P(q.full()), " laughing behind the counter of the ", L(ch(r, EN_CITIES[cc])), " shop"]
        elif k == 1:
            alt = ["Close-up of ", ch(r, PRODUCT_PEOPLE), " on a linen background"]
        elif k == 2:
            alt = ["Customer ", P(q.given()), " and her dog Pickle on a trail run"]
        elif k == 3:
            alt = ["Flat lay of the Busy Ben starter kit with notebook and pens"]
        else:
            alt = ["Barista ", P(q.full()), " pouring latte art"]
        cr = en_person(r)
        credit = P(cr.full()) if maybe(r, 0.6) else "stock"
        if tab:
            b.v([aid, " | "] + alt + [" | "]).v(credit).t("\n")
        else:
            b.v([aid, ": "] + alt + [". (Photo: "]).v(credit).t(")\n")
    return b


def k_video_script_vo_cast(r):
    b = B()
    brand, dom, cc = en_brand(r)
    vo, director = people(r, "en", 2)
    mum, kid = en_person(r, "f"), en_person(r, "f")
    b.f("«br» — 30\" TVC «t»\nScript v«v» · Director: «d»\n\nCAST\nVO: «vo»\nMUM: «m»\nKID (LILY): «k»\n\n",
        br=brand, t=ch(r, ["'Mornings'", "'The Big Shop'", "'Rainy Saturday'"]), v=str(r.randint(2, 6)), d=P(director.full()),
        vo=P(vo.full()), m=P(mum.full()), k=P(kid.full()))
    b.t("SC 1. INT. KITCHEN – MORNING\nMUM juggles toast and a lunchbox. LILY (8) holds up a drawing.\n"
        "LILY: Mum, it's you. You're the Busy Ben.\nMUM: (laughs) Busy Mum, thanks.\n\n"
        "SC 2. EXT. SCHOOL GATE\nSuper: 'Breakfast sorted in five.'\n"
        "VO: Personalised meal boxes. Because you've got better things to do.\n\n"
        "END FRAME: logo + URL\n\n")
    b.f("Notes: «vo2»'s agent confirmed buyout for 12 months («ag»). Casting: «c»", vo2=P(vo.given()),
        ag=E(vo.email(ch(r, ["voicebank.co.uk", "talentworks.com.au", "castingnet.ie"]), 1)), c=P(en_person(r).full()))
    if maybe(r):
        b.f(" — call «ph» if the kid's chaperone changes.\n", ph=PH(phone(r, cc, mobile=True)))
    else:
        b.t(".\n")
    return b


def k_creative_brief_persona_approvers(r):
    b = B()
    brand, dom, cc = en_brand(r)
    persona = ch(r, PERSONAS)
    strat, cd, acct, cmo = people(r, "en", 4)
    b.f("CREATIVE BRIEF — «br» «camp»\nPrepared by «s» · «d»\n\n", br=brand, camp=ch(r, ["Autumn loyalty push", "New-parent range launch",
        "Win-back Q1", "Gift guide"]), s=P(strat.full()), d=ch(r, ["v3, 04/03", "draft 2", "FINAL-final"]))
    if maybe(r, 0.6):
        b.f("0. BACKGROUND\nLast year's version of this campaign went to everyone on the list with the same hero image and a "
            "generic greeting. It did fine on opens and badly on everything else. «s2» ran the post-mortem with the CRM team and "
            "the headline was simple: people could tell we didn't know them. This year we have cleaner data — first names for "
            "about 82% of the base, home store for 64%, last category purchased for nearly everyone — and a modular template "
            "that «dev» built over the summer, so we can actually use it. The ask is to make the personalisation feel like a "
            "shop assistant who remembers you, not a database that's been told to say your name.\n\n",
            s2=P(strat.given()), dev=P(en_person(r).full()))
    b.f("1. WHO ARE WE TALKING TO\nMeet «p». «p» is 34, works hybrid, shops on their phone between meetings and ignores anything "
        "that starts 'Dear Customer'. «p» is a composite built from 1,200 survey responses — not a real customer, so "
        "please don't write to them like one.\n\n", p=persona)
    b.t("2. WHAT DO WE WANT THEM TO DO\nReturn to the app within 30 days and redeem the points they already have.\n\n"
        "3. SINGLE-MINDED PROPOSITION\nYou've already earned it.\n\n"
        "4. MANDATORIES\n- Merge tag {{ first_name }} with fallback \"there\"\n- Legal line and postal address in footer\n"
        "- No product named after staff (the Harvey armchair is fine, it's named after a street)\n\n")
    b.f("5. VOICE\nThink less «x» and more friend-who-texts-back. Reference: the tone of «r» columns.\n\n",
        x=ch(r, ["corporate memo", "bank letter", "radio DJ"]), r=P(ch(r, ["Caitlin Moran", "Marian Keyes", "Nora Ephron", "Dolly Alderton"])))
    b.f("6. APPROVALS\nCreative: «cd»\nAccount: «ac»\nFinal: «cmo» (CMO)\n", cd=P(cd.full()), ac=P(acct.full()), cmo=P(cmo.full()))
    if maybe(r, 0.5):
        b.f("Questions to «e» or «ph».\n", e=E(strat.email(dom, r.randrange(6))), ph=PH(phone(r, cc)))
    return b


MOOD_REFS = ["Wes Anderson", "Annie Leibovitz", "Tyler Mitchell", "Sofia Coppola", "Martin Parr", "Vivian Maier",
             "David Hockney", "Slim Aarons", "William Eggleston", "Tim Walker", "Nadia Lee Cohen", "Petra Collins"]


def k_moodboard_reference_notes(r):
    b = B()
    brand, dom, cc = en_brand(r)
    refs = list(MOOD_REFS)
    r.shuffle(refs)
    b.f("Moodboard notes — «br» «s» shoot\n\n", br=brand, s=ch(r, ["summer", "holiday", "relaunch"]))
    b.f("• Colour: «a»-esque pastels, symmetrical framing. NOT the full «a2» twee though.\n", a=P(refs[0]), a2=P(refs[0].split()[-1]))
    b.f("• Light: harsh midday flash like «a» beach work — sunburn, ice creams, real people not models.\n", a=P(refs[1]))
    b.f("• Casting: street-cast, one older lead. «a» suggested her neighbour «n», 71, who apparently said yes.\n",
        a=P(en_person(r).given()), n=P(en_person(r).full()))
    b.f("• Props: the Clementine candle, Nina mug, vintage Polaroid. Persona to keep in mind: «p».\n", p=ch(r, PERSONAS))
    if maybe(r):
        b.f("• Location scouting: a lido or lake near «c». Photographer shortlist: «x», «y» (ask «z» for rates).\n",
            c=L(ch(r, EN_CITIES[cc])), x=P(en_person(r).full()), y=P(en_person(r).full()), z=P(en_person(r).given()))
    b.f("Pinterest board owner: «o»\n", o=P(en_person(r).full()))
    return b


def k_signoff_comment_chain_legal_brand(r):
    b = B()
    brand, dom, cc = en_brand(r)
    legal, brandp, cmo, writer = people(r, "en", 4)
    b.f("Asset: «a» — «br»\n\n", a=ch(r, ["Homepage hero v4", "Birthday email (all markets)", "Refer-a-friend landing page", "OOH 48-sheet"]), br=brand)
    day, clock = f"{r.randint(1, 28)}/{r.randint(1, 12)}", [r.randint(8 * 60, 10 * 60)]

    def stamp():
        clock[0] += r.randint(4, 90)
        return f"{day} {clock[0] // 60:02d}:{clock[0] % 60:02d}"
    b.f("[«t»] «w»: Uploaded v4. Headline now 'Happy birthday, {{first_name}} — this one's on us'.\n", t=stamp(), w=P(writer.full()))
    b.f("[«t»] «l» (Legal): Need T&Cs link and the registered address in the footer — «ad». Also 'on us' implies free, add 'up to £10'.\n",
        t=stamp(), l=P(legal.full()), ad=A(addr(r, cc)))
    b.f("[«t»] «bp» (Brand): Fine by me. Please don't use the Busy Ben illustration, he's retired.\n", t=stamp(), bp=P(brandp.full()))
    b.f("[«t»] «w»: @«lh» updated. @«bh» swapped for the Dorothy throw shot.\n", t=stamp(), w=P(writer.given()),
        lh=fold(legal.given()) + "." + fold(legal.fam())[:1], bh=fold(brandp.given()))
    status = ch(r, ["APPROVED", "APPROVED WITH CHANGES", "ON HOLD"])
    b.f("[«t»] «c» (CMO): «s». ", t=stamp(), c=P(cmo.full()), s=status)
    b.f("Loop in «x» before it goes to print.\n", x=P(en_person(r).given()))
    return b


def k_editorial_calendar_csv(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t("publish_date,channel,title,author,editor,status,notes\n")
    for _ in range(r.randint(4, 8)):
        a, e = en_person(r), en_person(r)
        title = ch(r, ["\"Meet the maker: our candle pourer\"", "Gift guide for the Busy Ben in your life",
                       "\"How we named the Winston weekender\"", "5 ways to style the Margot tote", "Behind the scenes at the warehouse",
                       "\"Customer spotlight\"", "Store opening recap"])
        note = ch(r, ["", "", "needs legal", "photo TBC", "interview done", "swap hero img"])
        if "spotlight" in title and maybe(r):
            c = en_person(r)
            b.f("2024-{m}-{d},blog,«ti»,«a»,«e»,draft,\"feat. «c» from «ci»\"\n".replace("{m}", f"{r.randint(1, 12):02d}").replace("{d}", f"{r.randint(1, 28):02d}"),
                ti=title, a=P(a.full()), e=P(e.full()), c=P(c.full()), ci=L(ch(r, EN_CITIES[cc])))
            continue
        b.f("2024-{m}-{d},«ch»,«ti»,«a»,«e»,«st»,«n»\n".replace("{m}", f"{r.randint(1, 12):02d}").replace("{d}", f"{r.randint(1, 28):02d}"),
            ch=ch(r, ["blog", "email", "instagram", "tiktok", "linkedin"]), ti=title,
            a=P(a.full()) if maybe(r, 0.8) else E(a.email(dom, r.randrange(6))), e=P(e.given()) if maybe(r, 0.5) else P(e.full()),
            st=ch(r, ["draft", "scheduled", "published", "in review"]), n=note)
    return b


def k_markdown_front_matter_posts(r):
    b = B()
    brand, dom, cc = en_brand(r)
    a, ed = en_person(r), en_person(r)
    slug = ch(r, ["meet-the-maker", "naming-the-harvey", "store-opening", "ask-the-stylist", "customer-stories"])
    b.f("---\ntitle: \"«t»\"\nslug: «s»\ndate: 2024-{m}-{d}\nauthor: «a»\n".replace("{m}", f"{r.randint(1, 12):02d}").replace("{d}", f"{r.randint(1, 28):02d}"),
        t=ch(r, ["Meet the maker", "Why the Harvey is called the Harvey", "We're opening in a new city", "Ask the stylist"]), s=slug,
        a=P(a.full()))
    if maybe(r):
        b.f("author_email: «e»\n", e=E(a.email(dom, r.randrange(6))))
    b.f("editor: «e»\ntags: [people, behind-the-scenes]\nhero_credit: \"Photo: «c»\"\n---\n\n", e=P(ed.full()), c=P(en_person(r).full()))
    maker = en_person(r, "f")
    b.f("When «m» started pouring candles in her garage in «c», she didn't expect the «br» team to call. ", m=P(maker.full()),
        c=L(ch(r, EN_CITIES[cc])), br=brand)
    b.f("Three years later, «m2» runs a team of six and still hand-labels every Clementine candle.\n\n", m2=P(maker.given()))
    b.t("> \"I name every batch after a neighbour,\" she laughs. \"The lavender one is called Sunday.\"\n\n")
    b.t("{{< newsletter-signup cta=\"Hi {{ .Params.reader }}, want more stories like this?\" >}}\n")
    return b


def k_headless_cms_entry_json(r):
    b = B()
    brand, dom, cc = en_brand(r)
    a = en_person(r)
    b.t('{\n  "sys": {"id": "' + dg(r, 6) + 'aB", "contentType": "customerStory", "locale": "en-' + ch(r, ["GB", "US", "AU", "IE", "ZA", "CA"]) + '"},\n')
    b.f('  "fields": {\n    "headline": "How «n» turned a market stall into a brand",\n', n=P(en_person(r).full()) if False else "one baker")
    q = en_person(r)
    b.f('    "customerName": "«n»",\n    "customerCity": "«c»",\n', n=P(q.full()), c=L(ch(r, EN_CITIES[cc])))
    b.f('    "quote": "«br» helped me stop saying ‘Hi valued customer’ to my regulars.",\n', br=brand)
    b.f('    "quoteAttribution": "«n»",\n', n=P(q.short() if maybe(r) else q.given()))
    b.f('    "body": "When «g» first emailed us, her list was 300 names on a clipboard...",\n', g=P(q.given()))
    b.t('    "relatedProducts": ["Edith pan set", "Betty apron"],\n')
    b.f('    "createdBy": {"name": "«a»", "email": "«e»"},\n', a=P(a.full()), e=E(a.email(dom, r.randrange(6))))
    b.f('    "legalFooter": "«br», «ad»"\n  }\n}\n', br=brand, ad=A(addr(r, cc)))
    return b


def k_utm_link_builder_rows(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t(ch(r, ["Link builder export\n", "UTM sheet (tab: June)\n"]))
    b.t("owner\tbase_url\tutm_source\tutm_medium\tutm_campaign\tutm_content\n")
    for _ in range(r.randint(3, 7)):
        o = en_person(r)
        inf = en_person(r)
        content = ch(r, ["hero_btn", "footer_link", fold(inf.given()) + "_story", "busy_ben_banner", "margot_carousel"])
        b.f("«o»\thttps://www.«d»/«p»\t«s»\t«m»\t«c»\t«ct»\n", o=P(o.full()) if maybe(r, 0.7) else E(o.email(dom, r.randrange(6))),
            d=dom, p=ch(r, ["sale", "new-in", "gift-guide", "stories/meet-the-maker"]), s=ch(r, ["newsletter", "instagram", "tiktok", "partner"]),
            m=ch(r, ["email", "social", "paid_social", "affiliate"]), c=ch(r, ["spring24", "vip_early", "bf_teaser", "winback_q1"]), ct=content)
    b.t("\nNB: utm_content values with creator names are internal shorthand only, don't expose in reports.\n")
    return b


def k_influencer_agreement_schedule_a(r):
    b = B()
    brand, dom, cc = en_brand(r)
    inf, mgr, sig = people(r, "en", 3)
    icc = ch(r, ["uk", "ie", "au", "za", "ca", "us"])
    b.f("SCHEDULE A — PARTIES AND DELIVERABLES\n\n1. Brand: «br», registered office «ad»\n", br=brand, ad=A(addr(r, cc)))
    b.f("   Signatory: «s», «ro»\n", s=P(sig.full()), ro=ch(r, ["Head of Partnerships", "Managing Director", "CMO"]))
    b.f("2. Creator: «i» (professionally known as @«h»)\n   Address: «ad»\n   Email: «e»   Mobile: «m»\n",
        i=P(inf.full()), h=fold(inf.given()) + ch(r, ["eats", "runs", "_styles", ".at.home", "makes"]), ad=A(addr(r, icc, multiline=maybe(r, 0.3))),
        e=E(inf.email(ch(r, ["gmail.com", "outlook.com", "icloud.com"]), r.randrange(6))), m=PH(phone(r, icc, mobile=True)))
    b.f("3. Agent: «m», «ag» («e»)\n\n", m=P(mgr.full()), ag=ch(r, ["Yellow Door Talent", "Kin Management", "Bright Side Creators"]),
        e=E(mgr.email(ch(r, ["kinmgmt.com", "yellowdoortalent.co.uk", "brightside.com.au"]), r.randrange(6))))
    b.t("DELIVERABLES\n- 1 × Reel (30–60s) featuring the Arlo rain jacket\n- 3 × Stories with link sticker\n"
        "- Usage: organic + paid whitelisting, 6 months, territory UK/IE\n\nFEES\nGBP 3,400 + VAT, 50% on signature, 50% on posting.\n")
    if maybe(r, 0.6):
        b.f("Payment to: «n», «ib»\n", n=P(inf.full()), ib=IB(iban(r, ch(r, ["GB", "IE"]))))
    b.t("\nThe creator must not reference the Busy Ben persona or imply they are a brand employee.\n")
    return b


def k_shoot_day_shot_list_talent(r):
    b = B()
    brand, dom, cc = en_brand(r)
    t1, t2, t3, prod = people(r, "en", 4)
    b.f("SHOT LIST — «br» «d»\nCall time 07:30 · Location: «loc»\nProducer: «p» «ph»\n\n", br=brand, d=ch(r, ["Day 1", "Day 2", "pick-ups"]),
        loc=A(addr(r, cc)), p=P(prod.full()), ph=PH(phone(r, cc, mobile=True)))
    shots = [["01 | Wide | ", P(t1.given()), " + ", P(t2.given()), " unpacking the Edith pan set | 08:00"],
             ["02 | MCU | ", P(t1.given()), " tasting, laughs to camera | 08:40"],
             ["03 | Detail | hands, Betty apron, no faces | 09:15"],
             ["04 | Wide | family table: ", P(t1.given()), ", ", P(t2.given()), ", ", P(t3.given()), " (child, chaperone on set) | 10:00"],
             ["05 | Pack shot | Harvey armchair, Dorothy throw | 11:30"]]
    for s in shots[:r.randint(3, 5)]:
        b.v(s).t("\n")
    b.f("\nTALENT\n«a» — lead (agency: «ag»)\n«b2» — partner\n«c» — child, 9\n", a=P(t1.full()), ag=ch(r, ["MOT Models", "Bookings", "Ugly Models"]),
        b2=P(t2.full()), c=P(t3.full()))
    if maybe(r):
        b.f("Chaperone: «c» «ph»\n", c=P(en_person(r).full()), ph=PH(phone(r, cc, mobile=True)))
    return b


def k_freelancer_invoice_bank_block(r):
    b = B()
    brand, dom, cc = en_brand(r)
    fcc = ch(r, ["uk", "ie"])
    fr = en_person(r)
    bill = en_person(r)
    b.f("INVOICE «n»\n\nFrom:\n«f»\n«ad»\n«e» · «ph»\n\n", n="#" + str(r.randint(100, 999)), f=P(fr.full()),
        ad=A(addr(r, fcc, multiline=True)), e=E(fr.email(ch(r, ["gmail.com", "studio" + fold(fr.fam()) + ".com"]), r.randrange(6))),
        ph=PH(phone(r, fcc, mobile=True)))
    b.f("Bill to:\n«br»\nFAO «b2», Accounts Payable\n«ad»\n\n", br=brand, b2=P(bill.full()), ad=A(addr(r, cc, multiline=True)))
    b.t(ch(r, ["Copywriting — birthday journey (6 emails, 2 rounds of amends)      £1,950.00\n",
               "Photography — AW lookbook, 1 day + edit (40 images)                  €2,400.00\n",
               "Localisation review — EN-IE/EN-AU variants, 3,200 words              €640.00\n"]))
    b.t("Total due within 30 days\n\nBank details\n")
    b.f("Account name: «n»\nIBAN: «ib»\nBIC: «bic»\n", n=P(fr.full()), ib=IB(iban(r, "GB" if fcc == "uk" else "IE")),
        bic=ch(r, ["NWBKGB2L", "AIBKIE2D", "BOFIIE2D", "MONZGB2L"]))
    if fcc == "uk" and maybe(r):
        b.t("Sort code 60-83-71 · Acc 31926819 (for UK transfers)\n")
    return b


def k_email_footer_postal_compliance(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t(ch(r, ["<!-- FOOTER PARTIAL v7 -->\n", "Footer (all markets) — check before send\n", ""]))
    b.t("You're receiving this because you signed up at {{ signup_source }} as {{ email }}.\n")
    b.t(ch(r, ["Unsubscribe: *|UNSUB|* · Preferences: *|UPDATE_PROFILE|*\n", "<a href=\"%%unsub_center_url%%\">Unsubscribe</a>\n"]))
    b.f("«br» · «ad»\n", br=brand, ad=A(addr(r, cc)))
    if maybe(r, 0.6):
        b.f("Customer care: «ph» (Mon–Fri 9–5) · «e»\n", ph=PH(phone(r, cc, mobile=False)), e=E(ch(r, ["care@", "help@", "hello@"]) + dom))
    if maybe(r, 0.4):
        ocs = ch(r, ["ie", "au", "za", "ca"])
        b.f("Returns: «ad»\n", ad=A(addr(r, ocs)))
    b.t("\n-- rendered test --\n")
    q = en_person(r)
    b.f("You're receiving this because you signed up at the Chapel St pop-up as «e».\n", e=E(q.email(ch(r, ["gmail.com", "yahoo.com", "bigpond.com"]), r.randrange(6))))
    return b


def k_esp_webhook_event_stream(r):
    b = B()
    brand, dom, cc = en_brand(r)
    b.t("[\n")
    n = r.randint(3, 6)
    ts0 = 1717000000 + r.randint(0, 999999)
    for i in range(n):
        q = en_person(r)
        ts0 += r.randint(1, 900)
        ev = ch(r, ["delivered", "open", "click", "bounce", "unsubscribe", "spamreport"])
        b.f('  {"email": "«e»", "event": "«ev»", "timestamp": «ts», "category": ["«c»"]', e=E(q.email(ch(r, ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "mweb.co.za", "shaw.ca"]), r.randrange(6))),
            ev=ev, ts=str(ts0), c=ch(r, ["birthday", "winback", "newsletter"]))
        if ev in ("open", "click", "unsubscribe"):
            b.f(', "ip": "«ip»", "useragent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"', ip=IP(ip(r)))
        if ev == "bounce":
            b.t(', "reason": "550 5.1.1 user unknown"')
        if maybe(r, 0.3):
            b.f(', "unique_args": {"first_name": "«f»", "store": "«s»"}', f=P(q.given()), s=ch(r, ["Soho", "Rosebank", "Chapel St"]))
        b.t("}" + ("," if i < n - 1 else "") + "\n")
    b.t("]\n")
    return b


def k_merge_fallback_blank_name_audit(r):
    b = B()
    brand, dom, cc = en_brand(r)
    an = en_person(r)
    b.f("Audit: first_name quality before «c» send (run by «a»)\n\n", c=ch(r, ["birthday", "VIP", "welcome"]), a=P(an.full()))
    b.t("contact_id | first_name (raw) | would render as | action\n")
    for _ in range(r.randint(4, 7)):
        q = en_person(r)
        k = r.randrange(5)
        cid = dg(r, 7)
        if k == 0:
            b.f("«i» | (blank) | Hi there, | ok\n", i=cid)
        elif k == 1:
            b.f("«i» | «raw» | Hi «ren», | ProperCase\n", i=cid, raw=P(q.given().upper()), ren=P(q.given()))
        elif k == 2:
            b.f("«i» | «raw» | Hi «raw2», | use first token only\n", i=cid, raw=P(q.full()), raw2=P(q.full()))
        elif k == 3:
            b.f("«i» | test | Hi test, | suppress (internal)\n", i=cid)
        else:
            em = q.email(ch(r, ["gmail.com", "hotmail.com", "icloud.com"]), r.randrange(6))
            b.f("«i» | «e» | Hi «e2», | email in name field → blank\n", i=cid, e=E(em), e2=E(em))
    return b


def k_direct_mail_postcard_proof(r):
    b = B()
    brand, dom, cc = en_brand(r)
    q = en_person(r)
    b.f("PRINT PROOF — personalised postcard, record «n» of «m»\n\n", n=str(r.randint(1, 9000)), m="12,480")
    b.t("FRONT: \"We saved you a seat, {{FirstName}}.\" → ")
    b.f("\"We saved you a seat, «f».\"\n\n", f=P(q.given()))
    b.f("BACK (address panel):\n«t»«n»\n«ad»\n\n", t=ch(r, ["Mr ", "Ms ", "Dr ", "", "Mx "]), n=P(q.full().upper() if maybe(r, 0.3) else q.full()),
        ad=A(addr(r, cc, multiline=True)))
    b.f("Return address: «br», «ad»\n", br=brand, ad=A(addr(r, cc)))
    b.f("Printer contact: «p», «ph»\n", p=P(en_person(r).full()), ph=PH(phone(r, cc, mobile=False)))
    return b


def k_event_invite_personalised_rsvp_render(r):
    b = B()
    brand, dom, cc = en_brand(r)
    q, host = en_person(r), en_person(r)
    venue = A(addr(r, cc))
    b.t("Template:\n\"Dear {{ guest.salutation }} {{ guest.last_name }}, {{ host.name }} would love you to join us at {{ venue }}...\"\n\n")
    b.f("Rendered:\nDear «t» «ln», «h» would love you to join us at «v» on «d» for the launch of the Winston weekender. ",
        t=ch(r, ["Ms", "Mr", "Dr", "Mrs"]), ln=P(q.fam()), h=P(host.full()), v=venue, d=ch(r, ["Thursday 6 June", "the 14th", "Friday evening"]))
    b.f("Please RSVP to «e» or text «ph».\n", e=E(ch(r, ["events@", "rsvp@"]) + dom), ph=PH(phone(r, cc, mobile=True)))
    if maybe(r, 0.6):
        pl = en_person(r)
        b.f("\nPlus-one: «p». Dietary: vegetarian.\n", p=P(pl.full()))
    return b


def k_referral_invite_copy_render(r):
    b = B()
    brand, dom, cc = en_brand(r)
    inv, rec = en_person(r), en_person(r)
    b.t("strings/referral.en.json\n{\n  \"invite.title\": \"{inviter} invited you to {brand}\",\n"
        "  \"invite.body\": \"{inviter, select, other {{inviter}}} thinks you'll love it. You both get {amount} off.\",\n"
        "  \"invite.count\": \"{count, plural, one {# friend has} other {# friends have}} joined\"\n}\n\n")
    b.f("Rendered example from staging (user «id»):\n«i» invited you to «br»\n«i2» thinks you'll love it. You both get £10 off.\n",
        id=dg(r, 6), i=P(inv.full() if maybe(r) else inv.given()), br=brand, i2=P(inv.given()))
    b.f("Sent to: «e»\n", e=E(rec.email(ch(r, ["gmail.com", "icloud.com", "hotmail.com"]), r.randrange(6))))
    if maybe(r):
        b.f("Also rendered for «n» on Android: \"«n2» invited you to «br»\" (truncation OK)\n", n=P(rec.full()), n2=P(rec.given()), br=brand)
    return b


def k_localisation_vendor_handoff_email(r):
    b = B()
    brand, dom, cc = en_brand(r)
    pm, vpm, t1, t2 = people(r, "en", 4)
    pl_t, cs_t = person(r, "pl"), person(r, "cs")
    b.f("From: «a» <«ae»>\nTo: «v» <«ve»>\nSubject: Handoff — spring campaign, 9 locales\n\nHi «vg»,\n\n", a=P(pm.full()),
        ae=E(pm.email(dom, r.randrange(6))), v=P(vpm.full()), ve=E(vpm.email("lingohouse.com", r.randrange(6))), vg=P(vpm.given()))
    b.t("Attached: spring_campaign_strings.xliff (412 segments), glossary.tbx, screenshots.zip.\n\n"
        "A few notes:\n- Keep {first_name} and *|FNAME|* untouched. In PL, CS and UK the greeting needs the vocative, so please "
        "use the {greeting_name} field instead, which our dev fills from the vocative column.\n"
        "- Product names (Margot, Harvey, Ottilie) are not translated.\n- 'Busy Ben' is our persona — adapt, don't translate literally.\n\n")
    b.f("Last time «a» did Polish and «b2» did Czech — could we have them again? ", a=P(pl_t.full()), b2=P(cs_t.full()))
    b.f("Reviewer on our side is «r» for EN-GB/EN-IE.\n\n", r=P(t1.full()))
    b.f("Deadline Friday 17:00 GMT. Call me on «ph» if anything's unclear.\n\nThanks,\n«a»\n", ph=PH(phone(r, cc)), a=P(pm.given()))
    return b


def k_voice_talent_booking_confirmation(r):
    b = B()
    brand, dom, cc = en_brand(r)
    vo, eng, agent = people(r, "en", 3)
    b.f("BOOKING CONFIRMATION\nArtist: «v»\nAgent: «a», «ag»\nClient: «br»\nJob: radio 30\" × 3 + in-store tannoy\n",
        v=P(vo.full()), a=P(agent.full()), ag=ch(r, ["Voicebank", "Calliope Voices", "The Sound Agency"]), br=brand)
    b.f("Session: «d», 10:00–11:00\nStudio: «s»\nEngineer: «e»\n", d=ch(r, ["Tue 11 June", "Wednesday", "Mon 3rd"]), s=A(addr(r, cc)), e=P(eng.full()))
    b.t("Script characters: NARRATOR, SHOPPER (\"Gifting Gail\")\n")
    b.f("Fee: BSF £450 + usage per agreement\nContact on the day: «p» «ph»\n", p=P(en_person(r).given()), ph=PH(phone(r, cc, mobile=True)))
    if cc == "us" or maybe(r, 0.2):
        b.f("Payroll (US union job): artist SSN on file «s» — do not forward this email.\n", s=SSN(ssn(r)))
    return b


def k_campaign_retro_slack_thread(r):
    b = B()
    brand, dom, cc = en_brand(r)
    ppl = people(r, "en", 4)
    b.t("#crm-spring-retro\n")
    lines = [
        [P(ppl[0].given()), ": ok retro time. 38% open, but we had the 'Hi ,' bug on ~200 sends 😬"],
        [P(ppl[1].given()), ": that's the import from the pop-up tablet. Names came in as 'ANNE-MARIE' etc. fixed w/ proper-case"],
        [P(ppl[2].full()), ": also Busy Ben got rendered as the first name for 3 seeds lol, someone mapped persona into FNAME"],
        [P(ppl[0].given()), ": who owns the seed list now? still ", P(ppl[3].full()), "?"],
        [P(ppl[3].given()), ": yep, I'll clean it. ", P(ppl[1].given()), " can you send me the Litmus shots"]]
    clock = r.randint(9 * 60, 14 * 60)
    for ln in lines[:r.randint(3, 5)]:
        clock += r.randint(1, 25)
        b.f("[«t»] ", t=f"{clock // 60}:{clock % 60:02d}")
        b.v(ln).t("\n")
    if maybe(r, 0.6):
        b.f("[16:02] «a»: fyi I boosted the TikTok post on my card, «c», exp 09/27, can someone expense it before the statement\n",
            a=P(ppl[2].given()), c=CC(card(r)))
        b.f("[16:03] «a»: pls don't paste card numbers in Slack 🙃 delete + use Ramp\n", a=P(ppl[0].given()))
    cu = en_person(r)
    if maybe(r, 0.4):
        b.f("[16:10] «a»: customer who complained is «n» («e»), I replied from the care inbox\n", a=P(ppl[1].given()),
            n=P(cu.full()), e=E(cu.email("gmail.com", r.randrange(6))))
    return b


def k_email_render_bug_tickets(r):
    b = B()
    brand, dom, cc = en_brand(r)
    for i in range(r.randint(2, 3)):
        rep, ass = en_person(r), en_person(r)
        q = en_person(r)
        k = r.randrange(4)
        b.f("EMAIL-«n» «t»\nReporter: «rp» · Assignee: «as»\n", n=str(r.randint(100, 999)),
            t=["[P1] Greeting shows raw merge tag", "[P2] Name truncated in Outlook", "[P3] Wrong store phone in footer",
               "[P1] Customer replied to no-reply with card details"][k],
            rp=P(rep.full()), as_=None, **{"as": P(ass.full())})
        if k == 0:
            b.f("Seen in inbox of «e»: 'Hi {{ first_name }},'. Expected 'Hi «f»,'. Affects contacts imported via Zapier.\n\n",
                e=E(q.email(ch(r, ["gmail.com", "outlook.com"]), r.randrange(6))), f=P(q.given()))
        elif k == 1:
            b.f("Preview for «n» shows 'Hi «tr»…'. Outlook 2019 clips at 12 chars in the preheader.\n\n", n=P(q.full()),
                tr=P(q.full()[:12].rstrip()))
        elif k == 3:
            b.f("The gift-card email reply-to is unmonitored. «n» replied to buy a voucher and pasted «cc» exp 11/27 into the "
                "body. Mail sits in the noreply mailbox. Purge + tell the customer to use the site; card on file ends ****«l4».\n\n",
                n=P(q.full()), cc=CC(card(r)), l4=dg(r, 4))
        else:
            b.f("Footer has «ph» but the «c» store moved; should be «ph2». Address block still old: «ad».\n\n",
                ph=PH(phone(r, cc, mobile=False)), c=L(ch(r, EN_CITIES[cc])), ph2=PH(phone(r, cc, mobile=False)), ad=A(addr(r, cc)))
    return b


def k_ugc_repost_permission_dms(r):
    b = B()
    brand, dom, cc = en_brand(r)
    q, cm = en_person(r), en_person(r)
    handle = fold(q.given()) + ch(r, ["_outdoors", ".bakes", "_inthewild", "runs", "_and_co"])
    b.f("DM thread @«h» ↔ @«bh»\n\n", h=handle, bh=fold(brand)[:14])
    b.f("«br»: Hi! We love your photo of «prod» on the «w» 😍 Could we repost it on our feed and use it in an email? "
        "We'd credit you as @«h». If you're happy, reply #YES«tag» and tell us the name you'd like on the credit.\n",
        br=brand, prod=ch(r, PRODUCT_PEOPLE), w=ch(r, ["beach", "summit", "kitchen table", "bike path"]), h=handle, tag=fold(brand)[:6].upper())
    b.f("@«h»: #YES«tag» of course!! Credit as «n» please. My partner «p» took it tbh 😂\n", h=handle, tag=fold(brand)[:6].upper(),
        n=P(q.full() if maybe(r) else q.short()), p=P(cm.given()))
    b.f("«br»: Amazing, thank you both! We'll tag «p2» too. For the gift card, what email should we send it to?\n", br=brand, p2=P(cm.given()))
    b.f("@«h»: «e»\n", h=handle, e=E(q.email(ch(r, ["gmail.com", "hotmail.com", "icloud.com"]), r.randrange(6))))
    if maybe(r):
        b.f("@«h»: and if it's a physical one: «ad»\n", h=handle, ad=A(addr(r, cc)))
    b.f("\n[internal note by «o»] rights logged in DAM, UGC-{n}\n".replace("{n}", dg(r, 4)), o=P(en_person(r).full()))
    return b


def k_giveaway_winners_post_and_shipping(r):
    b = B()
    brand, dom, cc = en_brand(r)
    ws = people(r, "en", r.randint(3, 5))
    b.t(ch(r, ["📣 GIVEAWAY WINNERS 📣\n", "And the winners are...\n"]))
    b.f("Congrats to ", )
    for i, w in enumerate(ws):
        b.f("«n»", n=P(w.short() if maybe(r) else w.full()))
        b.t(" (" + ch(r, ["@", "@"]) + fold(w.given()) + dg(r, 2) + ")")
        b.t(", " if i < len(ws) - 2 else (" and " if i == len(ws) - 2 else "!\n"))
    b.t("Check your DMs 💌 — you've each won a Clementine candle set.\n\n---- internal: shipping sheet ----\n")
    for w in ws:
        wcc = cc if maybe(r, 0.7) else ch(r, ["uk", "ie", "au", "za", "ca", "us"])
        b.f("«n»; «ad»; «ph»\n", n=P(w.full()), ad=A(addr(r, wcc)), ph=PH(phone(r, wcc, mobile=True)))
    return b


def k_newsletter_editors_letter_longform(r):
    b = B()
    brand, dom, cc = en_brand(r)
    ed, staff1, staff2, cust = en_person(r), en_person(r), en_person(r), en_person(r)
    city = ch(r, EN_CITIES[cc])
    b.t("Hi {{ subscriber.first_name | default: \"friend\" }},\n\n")
    b.f("It's been a strange, lovely month at «br». We finally opened the doors in «c» — a week late, because the sign-writer "
        "spelled our name wrong twice — and the queue on day one went round the corner. Thank you to everyone who came, and "
        "especially to «s1», who made three hundred flat whites on a machine that had only been plumbed in the night before.\n\n",
        br=brand, c=L(city), s1=P(staff1.full()))
    b.f("A few of you have asked why our new armchair is called the Harvey. The honest answer is that it's named after the street "
        "our first workshop was on, not a person, and definitely not «s2»'s cat, whatever «s2b» tells you. Naming things is the "
        "hardest part of this job. We spent an afternoon arguing about whether a bedside table could be called 'Ada' and "
        "whether customers would think it was a person. They did. We kept it anyway.\n\n", s2=P(staff2.given()), s2b=P(staff2.given()))
    b.f("Something else I want to share. Last month «cu» wrote to us from «c2». Her late mum bought one of our very first "
        "candles in 2016 and kept the empty jar on her windowsill for years; «cu2» asked if we still made the scent. We didn't. "
        "We do now — we've brought it back as a limited batch, and with her blessing it's called 'Windowsill'. Part of every "
        "sale goes to the hospice that cared for her mum.\n\n", cu=P(cust.full()), c2=L(ch(r, EN_CITIES[cc])), cu2=P(cust.given()))
    b.t("On the boring-but-important side: we've rebuilt how our emails greet you. If you've ever received one that said 'Hi ,' "
        "or 'Hi FNAME', I'm sorry. It was us, not you. You can update your name, birthday and favourite store in your "
        "preferences any time, and we will never sell your details to anyone.\n\n")
    b.t("Coming up: the autumn range lands on the 12th, our Busy Ben gift boxes return (still not a real person, still very busy), "
        "and the workshop is opening for tours on the first Saturday of each month. Bring questions. Bring snacks if you want to "
        "be our favourite.\n\n")
    b.f("Until next time,\n«e»\nFounder, «br»\n\n", e=P(ed.full()), br=brand)
    b.f("P.S. Write back any time — this lands in my own inbox: «em».\n", em=E(ed.email(dom, r.randrange(6))))
    b.f("\n«br» · «ad» · {{ unsubscribe_link }}\n", br=brand, ad=A(addr(r, cc)))
    return b


def k_talent_payee_setup_us(r):
    b = B()
    brand, dom, cc = "Halden Cycles", "haldencycles.com", "us"
    t, fin = en_person(r), en_person(r)
    b.f("Vendor setup — creator payments (US)\nRequested by: «f» («fe»)\n\n", f=P(fin.full()), fe=E(fin.email(dom, r.randrange(6))))
    b.f("Legal name: «n»\nDBA / handle: «h»\nMailing address: «ad»\nPhone: «ph»\nEmail: «e»\n", n=P(t.full()),
        h=ch(r, ["Trail Mix Media LLC", "@" + fold(t.given()) + "rides", "n/a"]), ad=A(addr(r, "us")), ph=PH(phone(r, "us")),
        e=E(t.email(ch(r, ["gmail.com", "yahoo.com", "protonmail.com"]), r.randrange(6))))
    b.f("TIN type: SSN\nTIN: «s»\nW-9 received: yes (signed «d»)\nPayment: ACH, routing 0210000{x}, acct ending {y}\n".replace("{x}", dg(r, 2)).replace("{y}", dg(r, 4)),
        s=SSN(ssn(r)), d=ch(r, ["03/14", "06/02", "last Friday"]))
    b.t("1099-NEC required if paid ≥ $600 this year.\n")
    return b


def k_whatsapp_template_sample_values(r):
    b = B()
    brand, dom, cc = en_brand(r)
    q = en_person(r)
    staff = en_person(r)
    b.f("WhatsApp Business template submission\nName: «tn»\nCategory: UTILITY · Language: en_«l»\n\n",
        tn=ch(r, ["fitting_reminder_v2", "order_ready_collect", "stylist_followup"]), l=ch(r, ["GB", "US", "AU", "IE", "ZA"]))
    b.t("Body:\nHi {{1}}, it's {{2}} from {{3}}. Your {{4}} is ready to collect. Reply here or call us on {{5}}.\n\n"
        "Sample values (required by Meta for review):\n")
    b.f("{{1}} = «a»\n{{2}} = «s»\n{{3}} = «br»\n{{4}} = «p»\n{{5}} = «ph»\n", a=P(q.given()), s=P(staff.given()), br=brand,
        p=ch(r, PRODUCT_PEOPLE), ph=PH(phone(r, cc, mobile=False)))
    b.f("\nStatus: «st»", st=ch(r, ["APPROVED", "REJECTED — variable at start of message", "PENDING"]))
    if maybe(r):
        b.f("\nTest delivered to «m» (internal phone of «o»)", m=PH(phone(r, cc, mobile=True)), o=P(en_person(r).full()))
    b.t("\n")
    return b


def k_yaml_campaign_config_owners(r):
    b = B()
    brand, dom, cc = en_brand(r)
    o1, o2, o3 = people(r, "en", 3)
    b.f("campaign: «c»\nbrand: \"«br»\"\nowners:\n  - name: «a»\n    email: «ae»\n    role: lifecycle\n  - name: «b2»\n    role: approver\n",
        c=ch(r, ["birthday_2024", "vip_preview", "loyalty_tiers"]), br=brand, a=P(o1.full()), ae=E(o1.email(dom, r.randrange(6))), b2=P(o2.full()))
    b.t("personalisation:\n  greeting: \"Hi {{ first_name | capitalize }}\"\n  fallback: \"Hi there\"\n  persona_test_profiles:\n"
        "    - Busy Ben\n    - Eco Emma\n")
    b.f("send:\n  from_name: \"«fn» at «br»\"\n  reply_to: «rt»\n  footer_address: \"«ad»\"\n", fn=P(o3.given()), br=brand,
        rt=E(ch(r, ["hello@", "care@", o3.email(dom, 0).split("@")[0] + "@"]) + dom), ad=A(addr(r, cc)))
    if maybe(r):
        b.f("  seed_list:\n    - «e1»\n    - «e2»\n", e1=E(o1.email("gmail.com", 3)), e2=E(o2.email(dom, 0)))
    return b


# --------------------------------------------------------------------------- English nopii
def k_audience_persona_deck_nopii(r):
    b = B()
    ps = list(PERSONAS)
    r.shuffle(ps)
    b.t(ch(r, ["Audience personas (FY25)\n\n", "PERSONA CARDS — do not use as real names in copy\n\n"]))
    for p in ps[:r.randint(2, 4)]:
        b.t(f"{p}\nAge {r.randint(22, 68)} · {ch(r, ['urban', 'suburban', 'regional'])} · {ch(r, ['two kids', 'no kids', 'empty nester', 'flatshare'])}\n")
        b.t(ch(r, ["Wants: speed, free returns, no fuss.\n", "Wants: sustainability proof, not slogans.\n",
                   "Wants: gift ideas at 10pm on a Sunday.\n", "Wants: to feel like a regular.\n"]))
        b.t(ch(r, ["Hates: 'Dear Valued Customer'.\n", "Hates: pop-ups.\n", "Hates: being called by the wrong name.\n"]))
        b.t(f"Message hook: \"{ch(r, ['You have better things to do.', 'Built to last.', 'Sorted in five.', 'We remembered.'])}\"\n\n")
    b.t("Merge-tag reminder: {{first_name}} only — never insert the persona name into live copy.\n")
    return b


def k_product_naming_shortlist_nopii(r):
    b = B()
    cands = ["Margot", "Harvey", "Ottilie", "Frank", "Edith", "Jules", "Winston", "Ada", "Betty", "Hugo", "Clementine", "Arlo",
             "Nina", "Dorothy", "Percy", "Wilfred", "Mabel", "Otis"]
    r.shuffle(cands)
    b.t(ch(r, ["Naming workshop — sofa range\n", "Product naming shortlist (collection: Heritage)\n", "Name ideas for the new candle line\n"]))
    b.t("Rule: old-fashioned first names, easy to say in all markets, not in use by a competitor.\n\n")
    for c in cands[:r.randint(4, 7)]:
        b.t(f"- {c}: {ch(r, ['warm, friendly', 'too close to a rival tote', 'trademark clear (UK, EU)', 'sounds like a dog', 'fav of the design team', 'reads as male in PL'])}"
            f" · votes {r.randint(0, 9)}\n")
    b.t(ch(r, ["\nDecision: top 3 go to legal for clearance.\n", "\nParked: anything that's also a current staff member's name.\n",
               "\nNext: mock up swing tags with the top two.\n"]))
    return b


def k_dynamic_content_rules_nopii(r):
    b = B()
    b.t("Dynamic content block: HERO\n")
    rules = [("segment = 'lapsed_90d'", "Hero: 'We saved your seat' + Arlo rain jacket"),
             ("loyalty_tier IN ('gold','platinum')", "Hero: early-access banner, no discount"),
             ("first_name IS NULL", "Greeting: 'Hi there'"),
             ("locale = 'en-IE'", "Currency EUR, legal footer IE"),
             ("locale = 'en-AU'", "Spelling AU, delivery cut-off 2pm AEST"),
             ("persona_tag = 'busy_ben'", "Short copy variant, 2 products max"),
             ("last_store_id = 114", "Store module: opening hours only"),
             ("birthday_month = current_month", "Birthday voucher BDAY-{code}")]
    r.shuffle(rules)
    for i, (c, a) in enumerate(rules[:r.randint(3, 6)]):
        b.t(f"Rule {i + 1}: IF {c} THEN {a}\n")
    b.t("ELSE: default hero (Margot tote)\n\nPriority: top to bottom, first match wins. Test with profiles TP-0" + dg(r, 2) + " to TP-0" + dg(r, 2) + ".\n")
    return b


def k_glossary_do_not_translate_nopii(r):
    b = B()
    b.t("termbase export — DO NOT TRANSLATE list\n\n")
    b.t(ch(r, ["term\tnote\n", "Term | Context | Status\n"]))
    terms = [("Busy Ben", "persona name, adapt tone not name"), ("Margot", "product name (tote)"), ("Harvey", "product name (armchair)"),
             ("Clementine", "candle scent"), ("Winston", "weekender bag"), ("{first_name}", "placeholder, never translate"),
             ("*|FNAME|*", "Mailchimp merge tag"), ("%%FirstName%%", "SFMC attribute"), ("Points+", "loyalty programme"),
             ("Lovelace Room", "venue room name"), ("Gifting Gail", "persona"), ("Ottilie", "dress; keep capitalised")]
    r.shuffle(terms)
    tab = "\t" in b.text
    for t, n in terms[:r.randint(5, 9)]:
        b.t(f"{t}\t{n}\n" if tab else f"{t} | {n} | approved\n")
    b.t("\nTranslators: ask in the query sheet before localising any name-like term.\n")
    return b


def k_ad_headline_matrix_nopii(r):
    b = B()
    b.t("Paid social headline matrix (max 40 chars)\n\n")
    heads = ["Meet the Harvey. Sit down, stay a while.", "Margot goes everywhere you do", "Your {{city}} store restocked",
             "Busy? Ben gets it.", "The Arlo: rain-proof, not fun-proof", "Edith cooks. You take the credit.",
             "Light the Clementine. Call it a night.", "Winston packs for two"]
    r.shuffle(heads)
    for i, h in enumerate(heads[:r.randint(3, 6)]):
        b.t(f"{chr(65 + i)}. {h} ({len(h)})\n")
    b.t(ch(r, ["\nCTA options: Shop now / Find your fit / See the range\n", "\nAvoid: urgency claims without an end date.\n"]))
    return b


def k_launch_countdown_push_copy_nopii(r):
    b = B()
    b.t("Launch countdown — push + in-app copy\n\n")
    steps = [("T-7", "7 days until the Winston drops. Set a reminder?"), ("T-3", "{{first_name}}, 3 days to go ⏳"),
             ("T-1", "Tomorrow, 9am. The Winston. You know the drill."), ("T-0", "It's live. The Winston is here."),
             ("T+1", "Still thinking? Sizes are going fast."), ("T+3", "Last call for launch-week free engraving")]
    for s, c in steps[:r.randint(3, 6)]:
        b.t(f"{s}: \"{c}\" ({len(c)} chars)\n")
    b.t("\nQuiet hours 21:00–08:00 local. Frequency cap 1/day. Deep link app://product/winston\n")
    return b


# =========================================================================== Polish
PL_BRANDS = [("Kawiarnia Ziarno", "ziarno.pl"), ("Pracownia Len i Wełna", "lenwelna.pl"), ("Sklep Rowerowy Szprycha", "szprycha.com.pl"),
             ("Zielnik Kosmetyki", "zielnik.pl"), ("Księgarnia Pod Globusem", "podglobusem.pl")]
PL_MAIL = ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"]


def k_pl_szablon_mailingu_wolacz(r):
    b = B("pl")
    brand, dom = ch(r, PL_BRANDS)
    b.t("SZABLON (PL) — kampania „Wracamy jesienią”\n")
    b.t("Temat: {{ imie_wolacz | default: \"Hej\" }}, mamy coś dla Ciebie 🍂\n"
        "Treść: Dzień dobry {{ zwrot }} {{ imie_wolacz }},\ndziękujemy, że jesteś z nami od {{ rok_dolaczenia }} roku…\n\n"
        "Uwaga dla CRM: pole imie_wolacz uzupełnia skrypt na podstawie kolumny imie (Anna → Anno, Tomasz → Tomaszu). "
        "Przy braku formy używamy „Dzień dobry,”.\n\n")
    b.t("PODGLĄDY TESTOWE\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "pl")
        zw = "Pani" if p.gender == "f" else "Panie"
        b.f("— kontakt «id»: «n» <«e»>\n  Temat: «v», mamy coś dla Ciebie 🍂\n  Dzień dobry «zw» «v2»,\n", id="#" + dg(r, 6),
            n=P(p.full()), e=E(p.email(ch(r, PL_MAIL), r.randrange(6))), v=P(p.given(3)), zw=zw, v2=P(p.given(3)))
    au = person(r, "pl")
    b.f("\nWysłane do akceptacji: «a» («ae»). ", a=P(au.full()), ae=E(au.email(dom, r.randrange(6))))
    b.f("Prośba od «g»: sprawdźcie formę dla imion typu Maja → Maju.\n", g=P(au.given(1)))
    return b


def k_pl_stopka_sklepu_dane_firmy(r):
    b = B("pl")
    brand, dom = ch(r, PL_BRANDS)
    ed = person(r, "pl")
    q = person(r, "pl")
    zw = "Pani" if q.gender == "f" else "Panie"
    b.f("«zw» «v»,\n\n", zw=ch(r, ["Droga " if q.gender == "f" else "Drogi ", "Szanown" + ("a " if q.gender == "f" else "y ")]) + zw, v=P(q.given(3)))
    b.t(ch(r, ["w tym tygodniu nowa kolekcja swetrów i zniżka dla stałych klientów.\n\n",
               "przypominamy o punktach lojalnościowych, które wygasają z końcem miesiąca.\n\n",
               "zapraszamy na spotkanie autorskie w naszej księgarni.\n\n"]))
    b.f("Pozdrawiam serdecznie,\n«e»\n«rola»\n\n", e=P(ed.full()), rola=ch(r, ["redaktorka newslettera" if ed.gender == "f" else "redaktor newslettera",
                                                                     "Dział Marketingu", "opiekun klienta"]))
    b.t("—\nOtrzymujesz tę wiadomość, ponieważ zapisał(a) się do newslettera. Wypisz się: {{ unsubscribe_url }}\n")
    b.f("«br» sp. z o.o., «ad», NIP «nip», KRS «krs», kapitał zakładowy 5 000 zł\n", br=brand, ad=A(addr(r, "pl")),
        nip=f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 2)}", krs="0000" + dg(r, 6))
    b.f("Biuro obsługi klienta: «ph» (pn.–pt. 9–17), «e»\n", ph=PH(phone(r, "pl")), e=E(ch(r, ["bok@", "sklep@", "kontakt@"]) + dom))
    if maybe(r, 0.4):
        b.f("Administratorem danych jest «br». Inspektor ochrony danych: «iod», «ie»\n", br=brand, iod=P(person(r, "pl").full()),
            ie=E("iod@" + dom))
    return b


def k_pl_rachunek_fotografa_sesja(r):
    b = B("pl")
    brand, dom = ch(r, PL_BRANDS)
    fot, mod, sty, kup = people(r, "pl", 4)
    b.f("FAKTURA nr «n»\nData wystawienia: «d»\n\nSprzedawca:\n«f» Fotografia\n«ad»\nNIP: «nip»\ntel. «ph»\n«e»\n\n",
        n=f"{r.randint(1, 40)}/{r.randint(1, 12):02d}/2024", d=f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f=P(fot.full()),
        ad=A(addr(r, "pl", multiline=True)), nip=dg(r, 10), ph=PH(phone(r, "pl", mobile=True)), e=E(fot.email(ch(r, PL_MAIL), r.randrange(6))))
    b.f("Nabywca:\n«br» sp. z o.o.\n«ad»\nOsoba kontaktowa: «k»\n\n", br=brand, ad=A(addr(r, "pl")), k=P(kup.full()))
    b.t(f"1. Sesja zdjęciowa kolekcji „Zosia” (1 dzień, 35 zdjęć po retuszu) — {r.randint(2, 6)} 500,00 zł netto\n")
    b.f("2. Przeniesienie praw do wizerunku modelki («m») — umowa w załączniku\n", m=P(mod.full()))
    b.f("\nStylizacja: «s» (rozliczana osobno)\n", s=P(sty.full()))
    b.f("Termin płatności: 14 dni\nNumer rachunku: «ib»\n", ib=IB(iban(r, "PL")))
    b.f("\nDziękuję za współpracę! Zdjęcia prześlę «k2» przez WeTransfer.\n", k2=P(kup.given(2) + " " + kup.fam(2)) if True else None)
    return b


def k_pl_nazwy_kolekcji_warsztat_nopii(r):
    b = B("pl")
    names = ["Zosia", "Franek", "Hela", "Staś", "Jadzia", "Tadek", "Basia", "Kazik", "Ula", "Wiktor"]
    r.shuffle(names)
    b.t(ch(r, ["Warsztat nazewniczy — kolekcja dziecięca\n\n", "Propozycje nazw produktów (linia „Retro”)\n\n"]))
    b.t("Zasada: staropolskie zdrobnienia, łatwe do wymówienia także po czesku i słowacku.\n")
    for n in names[:r.randint(4, 7)]:
        b.t(f"• {n} — {ch(r, ['ciepłe, rodzinne', 'za bardzo kojarzy się z konkurencją', 'OK prawnie', 'brzmi jak imię psa', 'faworyt zespołu'])}"
            f" (głosy: {r.randint(0, 8)})\n")
    b.t("\nPersona do testów tekstów: „Ania Ambitna” — nie jest prawdziwą klientką, nie wstawiamy jej imienia w {{ imie }}.\n")
    b.t(ch(r, ["Kolejny krok: zgłoszenie top 3 do rzecznika patentowego.\n", "Decyzja w piątek po spotkaniu z zarządem.\n"]))
    return b


# =========================================================================== Czech
CS_BRANDS = [("Pekárna Kvásek", "kvasek.cz"), ("Knihkupectví U Sovy", "usovy.cz"), ("Kolo a Spol.", "koloaspol.cz"),
             ("Mýdlárna Levandule", "levandule.cz")]
CS_MAIL = ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"]


def k_cs_po_soubor_prekladatel(r):
    b = B("cs")
    brand, dom = ch(r, CS_BRANDS)
    tr_, rv = person(r, "cs"), person(r, "cs")
    te = tr_.email(ch(r, CS_MAIL), r.randrange(6))
    b.f("# Czech translation for «br» app.\n# Copyright (C) 2024\n# «t» <«te»>, 2024.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Project-Id-Version: app 3.{v}\\n\"\n\"Last-Translator: «t2» <«te2»>\\n\"\n\"Language-Team: Czech <«lt»>\\n\"\n\"Language: cs\\n\"\n"
        "\"Plural-Forms: nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;\\n\"\n\n".replace("{v}", str(r.randint(0, 9))),
        br=brand, t=P(tr_.full()), te=E(te), t2=P(tr_.full()), te2=E(te), lt=E("cs@lingohouse.com"))
    b.t("#. Translators: %(name)s je křestní jméno zákazníka v 5. pádě (vokativ)!\n#: templates/email/welcome.html:4\n"
        "msgid \"Hi %(name)s, welcome aboard!\"\nmsgstr \"Ahoj %(name)s, vítej na palubě!\"\n\n")
    b.f("# «v», prosím zkontroluj tykání vs. vykání v celé sekci. — «i»\n", v=P(rv.given(3)), i=P(tr_.g[0][0] + "." + tr_.f[0][0] + "."))
    b.t("#: templates/push/cart.txt:2\nmsgid \"{count} items are waiting in your basket\"\nmsgstr[0] \"{count} položka čeká v košíku\"\n"
        "msgstr[1] \"{count} položky čekají v košíku\"\nmsgstr[2] \"{count} položek čeká v košíku\"\n\n")
    b.f("#. Název produktu — nepřekládat (Margot)\nmsgid \"Margot tote\"\nmsgstr \"Taška Margot\"\n\n# Revize: «r» («re»), «d»\n",
        r=P(rv.full()), re=E(rv.email(dom, r.randrange(6))), d=f"{r.randint(1, 28)}. {r.randint(1, 12)}. 2024")
    return b


def k_cs_tiskova_zprava_citace(r):
    b = B("cs")
    brand, dom = ch(r, CS_BRANDS)
    zak, pr, sp = people(r, "cs", 3)
    city = ch(r, CITIES["cs"])
    b.f("TISKOVÁ ZPRÁVA\n\n«c», «d» – «br» otevírá druhou provozovnu a spouští personalizovaný věrnostní program. ",
        c=L(city), d=f"{r.randint(1, 28)}. {ch(r, ['března', 'dubna', 'října', 'listopadu'])} 2024", br=brand)
    b.f("Zákazníci nově dostanou e-mail s oslovením v pátém pádě – místo „Dobrý den, Petra“ tedy „Dobrý den, Petro“.\n\n")
    b.f("„Chtěli jsme, aby naše zprávy zněly jako od sousedky, ne od robota,“ říká «z», zakladatel«s» «br». ", z=P(zak.full()),
        s="ka" if zak.gender == "f" else "", br=brand)
    b.f("Podle «sp» z agentury, která systém připravila, šlo o nejtěžší část projektu: „Skloňování jmen je v češtině "
        "oříšek. Jména jako Lucie nebo Jiří mají své výjimky.“\n\n", sp=P(sp.full(1)))
    b.f("Nová pobočka sídlí na adrese «ad».\n\n", ad=A(addr(r, "cs")))
    b.f("Kontakt pro média:\n«p»\ntel.: «ph»\ne-mail: «e»\n", p=P(pr.full()), ph=PH(phone(r, "cs")), e=E(ch(r, ["media@", pr.email(dom, 0).split("@")[0] + "@"]) + dom))
    return b


def k_cs_smlouva_influencer_strany(r):
    b = B("cs")
    brand, dom = ch(r, CS_BRANDS)
    jed, inf = person(r, "cs", "m"), person(r, "cs")
    b.f("SMLOUVA O SPOLUPRÁCI PŘI PROPAGACI\n\nSmluvní strany:\n\n1. «br» s.r.o.\nse sídlem «ad»\nIČO: «ico»\njejímž jménem jedná: «j», jednatel\n"
        "(dále jen „Objednatel“)\n\n", br=brand, ad=A(addr(r, "cs")), ico=dg(r, 8), j=P(jed.full()))
    b.f("2. «i»\nbytem «ad»\ntel.: «ph», e-mail: «e»\nbankovní spojení (IBAN): «ib»\n(dále jen „Influencer“)\n\n",
        i=P(inf.full()), ad=A(addr(r, "cs")), ph=PH(phone(r, "cs", mobile=True)), e=E(inf.email(ch(r, CS_MAIL), r.randrange(6))),
        ib=IB(iban(r, "CZ")))
    b.t("Článek II – Předmět smlouvy\nInfluencer vytvoří 2 příspěvky a 4 stories s produkty řady „Lucie“ (mýdla). "
        "Název řady není odkazem na žádnou konkrétní osobu.\n\n")
    b.f("Článek V – Odměna\nObjednatel uhradí «d» odměnu 18 000 Kč do 14 dnů od zveřejnění.\n", d=P(inf.full(2)))
    return b


def k_cs_sms_sablona_odhlaseni(r):
    b = B("cs")
    brand, dom = ch(r, CS_BRANDS)
    shop = phone(r, "cs", mobile=False)
    b.t("Šablona SMS (max 160 znaků, bez diakritiky? NE – posíláme s diakritikou, 70 znaků/segment)\n")
    b.t("{{osloveni}}, Vase objednavka ceka na prodejne {{prodejna}}. Info: {{tel}}. Odhlaseni: SMS STOP na 90210\n\n")
    b.t("Výstup testu:\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "cs")
        k = r.randrange(3)
        if k == 0:
            ol = [P(p.given(3))]
        elif k == 1:
            ol = ["Pane " if p.gender == "m" else "Pani ", P(p.fam(3))]
        else:
            ol = ["Dobry den, ", P(p.given(3))]
        b.f("«m» | ", m=PH(phone(r, "cs", mobile=True)))
        b.v(ol)
        b.f(", Vase objednavka ceka na prodejne «c». Info: «sp». Odhlaseni: SMS STOP na 90210\n", c=L(ch(r, CITIES["cs"])), sp=PH(shop))
    b.f("\nSchválil(a): «a»\n", a=P(person(r, "cs").full()))
    return b


# =========================================================================== Hungarian
HU_BRANDS = [("Fényhíd Könyvesbolt", "fenyhid.hu"), ("Kávémánia", "kavemania.hu"), ("Tisza Kerékpár", "tiszabike.hu"),
             ("Levendula Manufaktúra", "levendulamanu.hu")]
HU_MAIL = ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"]


def k_hu_hirlevel_megszolitas_teszt(r):
    b = B("hu")
    brand, dom = ch(r, HU_BRANDS)
    b.t("Sablon:\nKedves {{keresztnev}}!\n\nTisztelt {{vezeteknev}} {{keresztnev}}! (B2B változat)\n\n"
        "Megjegyzés: a magyar névsorrend vezetéknév + keresztnév, a mezőket NE cseréljük fel, mint az angol sablonban.\n\n")
    b.t("Tesztküldés napló\n")
    for _ in range(r.randint(2, 5)):
        p = person(r, "hu")
        b.f("«n» <«e»> — ", n=P(p.full()), e=E(p.email(ch(r, HU_MAIL + [dom]), r.randrange(6))))
        st = r.randrange(3)
        if st == 0:
            b.f("megnyitva «t», IP «ip» — megjelenés: „Kedves «g»!”\n", t=f"{r.randint(8, 20)}:{r.randint(10, 59)}", ip=IP(ip(r)), g=P(p.given()))
        elif st == 1:
            b.f("kézbesítve — megjelenés: „Tisztelt «n»!”\n", n=P(p.full()))
        else:
            b.f("HIBA: „Kedves «w»!” (felcserélt mezők)\n", w=P(p.given() + " " + p.fam()))
    o = person(r, "hu")
    b.f("\nA hibát «o» jelezte, a javítást «x» végzi.\n", o=P(o.full()), x=P(person(r, "hu").full()))
    return b


def k_hu_podcast_epizod_leiras(r):
    b = B("hu")
    brand, dom = ch(r, HU_BRANDS)
    h1, h2, g, v = people(r, "hu", 4)
    ep = r.randint(10, 120)
    b.f("«show» — «n». epizód\n\n", show=ch(r, ["Nyitott levél", "Márkaépítők", "Kis boltok nagy ötletei"]), n=str(ep))
    b.f("Ebben az adásban «g» beszélgettünk, aki a(z) «br» marketingjét vezeti. ", g=P(g.full(2)), br=brand)
    b.t("Szó esik arról, miért nem működik a „Kedves Vásárlónk” megszólítás, hogyan neveztek el egy termékcsaládot egy "
        "nagymamáról, és miért lett a belső personájuk, „Tudatos Tímea”, a csapat kabalája.\n\n")
    b.f("Házigazdák: «a» és «b2»\n", a=P(h1.full()), b2=P(h2.full()))
    b.f("Köszönet «v» a vágásért.\n", v=P(v.full(1)))
    b.f("Helyszín: «c»\n", c=L(ch(r, CITIES["hu"])))
    b.f("Írjatok nekünk: «e»\n", e=E(ch(r, ["podcast@", "hello@"]) + dom))
    if maybe(r):
        b.f("Vendégünk elérhetősége a jegyzetekben: «e»\n", e=E(g.email(dom, r.randrange(6))))
    return b


def k_hu_icu_uzenetek_forditas(r):
    b = B("hu")
    brand, dom = ch(r, HU_BRANDS)
    tr_, lk = people(r, "hu", 2)
    b.f('{\n  "_meta": {\n    "locale": "hu-HU",\n    "translator": "«t»",\n    "reviewer": "«l»",\n    "contact": "«e»"\n  },\n',
        t=P(tr_.full()), l=P(lk.full()), e=E(tr_.email(ch(r, HU_MAIL), r.randrange(6))))
    b.t('  "invite.title": "{name} meghívott a(z) {brand} közösségbe",\n'
        '  "invite.count": "{count, plural, one {# barátod csatlakozott} other {# barátod csatlakozott}}",\n'
        '  "greeting": "Szia, {firstName}!",\n'
        '  "_note_greeting": "A {firstName} után nem teszünk ragot (-nak/-nek), mert nem tudjuk előre a hangrendet."\n}\n\n')
    tp = person(r, "hu")
    b.f("Tesztelve «t» profiljával: „«n» meghívott a(z) «br» közösségbe” – rendben.\n", t=P(tp.full()), n=P(tp.full()), br=brand)
    return b


def k_hu_megbizasi_szamla_fotos(r):
    b = B("hu")
    brand, dom = ch(r, HU_BRANDS)
    fo, mo, ka = people(r, "hu", 3)
    b.f("SZÁMLA — «n»\n\nEladó:\n«f» e.v. (fotós)\n«ad»\nAdószám: «adsz»\nTel.: «ph»\nE-mail: «e»\n\n",
        n=f"E-{r.randint(2023, 2024)}-{dg(r, 3)}", f=P(fo.full()), ad=A(addr(r, "hu")), adsz=f"{dg(r, 8)}-1-{dg(r, 2)}",
        ph=PH(phone(r, "hu", mobile=True)), e=E(fo.email(ch(r, HU_MAIL), r.randrange(6))))
    b.f("Vevő:\n«br» Kft.\n«ad»\nKapcsolattartó: «k»\n\n", br=brand, ad=A(addr(r, "hu")), k=P(ka.full()))
    b.t(f"Tétel: kampányfotózás „Őszi olvasás”, 1 nap, {r.randint(20, 60)} retusált kép — {r.randint(180, 450)} 000 Ft\n")
    b.f("Modell: «m» (modellszerződés külön)\n", m=P(mo.full()))
    b.f("\nFizetés átutalással, 8 napon belül.\nBankszámlaszám: «bsz»\nIBAN: «ib»\n", bsz=f"{dg(r, 8)}-{dg(r, 8)}-{dg(r, 8)}", ib=IB(iban(r, "HU")))
    return b


# =========================================================================== Romanian
RO_BRANDS = [("Casa Tei", "casatei.ro"), ("Cafeneaua Verde", "cafeneauaverde.ro"), ("Librăria Cărturești-ul Mic", "librariamica.ro"),
             ("Atelier Ie", "atelier-ie.ro")]
RO_MAIL = ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"]


def k_ro_previzualizare_newsletter(r):
    b = B("ro")
    brand, dom = ch(r, RO_BRANDS)
    b.t("Șablon:\nSubiect: *|FNAME|*, ți-am păstrat un loc 🌿\nSalut *|FNAME|*,\nte așteptăm la lansarea colecției de toamnă…\n\n")
    b.t("Previzualizări trimise:\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "ro")
        b.f("• «e» — IP deschidere «ip» — „Salut «g»,”\n", e=E(p.email(ch(r, RO_MAIL), r.randrange(6))), ip=IP(ip(r)), g=P(p.given()))
    f = person(r, "ro", "f")
    b.f("\nObservație: «g» i-a ajuns testul de două ori. Fallback pentru *|FNAME|* gol = „Salut,”.\n", g=P(f.given(1)))
    o = person(r, "ro")
    b.f("Responsabil campanie: «o» («e»)\n", o=P(o.full()), e=E(o.email(dom, r.randrange(6))))
    return b


def k_ro_comunicat_presa_lansare(r):
    b = B("ro")
    brand, dom = ch(r, RO_BRANDS)
    fd, pr, ds = people(r, "ro", 3)
    b.f("COMUNICAT DE PRESĂ\n\n«c», «d» – «br» lansează campania „Maria Mămica”, construită în jurul unei persona fictive: "
        "mama care face cumpărăturile la 11 seara.\n\n", c=L(ch(r, CITIES["ro"])), d=f"{r.randint(1, 28)} {ch(r, ['martie', 'aprilie', 'octombrie'])} 2024", br=brand)
    b.f("„Nu vorbim cu «x» sau cu «y», vorbim cu oameni obosiți care vor să termine repede,” a declarat «f», «s» «br».\n\n",
        x="„stimate client”", y="„dragă utilizator”", f=P(fd.full()), s="fondatoarea" if fd.gender == "f" else "fondatorul", br=brand)
    b.f("Identitatea vizuală poartă semnătura «l» «d»", l="designerei" if ds.gender == "f" else "designerului", d=P(ds.full()))
    b.t(", iar fotografiile au fost realizate în atelierul brandului.\n\n")
    b.f("Contact presă:\n«p»\nTel.: «ph»\nE-mail: «e»\n«ad»\n", p=P(pr.full()), ph=PH(phone(r, "ro")), e=E(ch(r, ["presa@", "pr@"]) + dom), ad=A(addr(r, "ro")))
    return b


def k_ro_factura_pfa_colaborator(r):
    b = B("ro")
    brand, dom = ch(r, RO_BRANDS)
    pf, rep = people(r, "ro", 2)
    nume_pfa = pf.fam().upper() + " " + pf.given().upper()
    b.f("FACTURĂ seria «s» nr. «n»\n\nFurnizor: «p» PFA\nCIF: «cif» · Nr. Reg. Com.: F«rc»\nAdresa: «ad»\nIBAN: «ib» (Banca Transilvania)\n"
        "Tel.: «ph» · «e»\n\n", s=ch(r, ["ILS", "PFA", "AB"]), n=dg(r, 4), p=P(nume_pfa), cif=dg(r, 8), rc=f"{r.randint(1, 40)}/{dg(r, 4)}/2019",
        ad=A(addr(r, "ro")), ib=IB(iban(r, "RO")), ph=PH(phone(r, "ro", mobile=True)), e=E(pf.email(ch(r, RO_MAIL), r.randrange(6))))
    b.f("Cumpărător: «br» SRL, «ad»\nReprezentant: «rp»\n\n", br=brand, ad=A(addr(r, "ro")), rp=P(rep.full()))
    b.t(ch(r, ["1. Ilustrații campanie „Maria Mămica” (6 buc.) — 4.200,00 lei\n", "1. Copywriting newsletter (4 ediții) — 2.800,00 lei\n",
               "1. Traducere EN→RO, 5.400 cuvinte — 1.620,00 lei\n"]))
    b.t("Neplătitor de TVA.\n")
    return b


def k_ro_sms_campanie_stop(r):
    b = B("ro")
    brand, dom = ch(r, RO_BRANDS)
    shop = phone(r, "ro", mobile=False)
    b.t("Text SMS: Buna {prenume}! -20% la {magazin} pana duminica. Detalii {tel_magazin}. Dezabonare: STOP la 1855\n\nLot test:\n")
    for _ in range(r.randint(2, 5)):
        p = person(r, "ro")
        b.f("«m»;«n»;Buna «g»! -20% la «br» pana duminica. Detalii «sp». Dezabonare: STOP la 1855;«st»\n",
            m=PH(phone(r, "ro", mobile=True)), n=P(p.full()), g=P(p.given()), br=brand, sp=PH(shop), st=ch(r, ["LIVRAT", "LIVRAT", "ESUAT"]))
    b.f("\nAprobat de «a».\n", a=P(person(r, "ro").full()))
    return b


# =========================================================================== Greek
EL_BRANDS = [("Ελιά & Αλάτι", "eliakialati.gr"), ("Φούρνος Ζύμη", "zymi.gr"), ("Βιβλιοπωλείο Πλάτανος", "platanosbooks.gr"),
             ("Κηροπλαστείο Μέλισσα", "melissa-candles.gr")]
EL_MAIL = ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"]


def k_el_push_eidopoiiseis_json(r):
    b = B("el")
    brand, dom = ch(r, EL_BRANDS)
    t = person(r, "el")
    b.f("QA push — «br», δοκιμαστής: «t»\n\n", br=brand, t=P(t.full()))
    b.t('{\n  "title": "{{onoma}}, η παραγγελία σου ετοιμάστηκε",\n  "body": "Παράλαβέ τη από το κατάστημα {{katastima}} έως τις 21:00",\n'
        '  "locale": "el-GR"\n}\n\nΑποτελέσματα στις συσκευές:\n')
    for _ in range(r.randint(2, 4)):
        p = person(r, "el")
        b.f("- «dev» της «o»: \"«n», η παραγγελία σου ετοιμάστηκε\" ✔\n" if p.gender == "f" else "- «dev» του «o»: \"«n», η παραγγελία σου ετοιμάστηκε\" ✔\n",
            dev=ch(r, ["iPhone", "Galaxy", "Pixel", "Xiaomi"]), o=P(p.given(1)), n=P(p.given()))
    b.f("\nΣημείωση: το όνομα εμφανίζεται στην ονομαστική, όχι στην κλητική (π.χ. «x» αντί για «y»). Ενημερώθηκε ο «d».\n",
        x="«Γιώργος»", y="«Γιώργο»", d=P(person(r, "el", "m").full()))
    return b


def k_el_deltio_typou_syntelestes(r):
    b = B("el")
    brand, dom = ch(r, EL_BRANDS)
    fd, ph_, st, pr = people(r, "el", 4)
    b.f("ΔΕΛΤΙΟ ΤΥΠΟΥ\n\n«c», «d» — Η εταιρεία «br» παρουσιάζει τη νέα καμπάνια ««k»», ", c=L(ch(r, CITIES["el"])),
        d=f"{r.randint(1, 28)} {ch(r, ['Μαρτίου', 'Απριλίου', 'Οκτωβρίου'])} 2024", br="«" + brand + "»", k=ch(r, ["Η γειτονιά μας", "Καλημέρα με το όνομά σου"]))
    b.t("με προσωποποιημένα μηνύματα σε κάθε πελάτη.\n\n")
    art = "ο" if fd.gender == "m" else "η"
    b.f("«Θέλαμε κάθε μήνυμα να μοιάζει με χαιρετισμό από τον φούρνο της γειτονιάς», δήλωσε «a» «f», ιδρ«s» της εταιρείας.\n\n",
        a=art, f=P(fd.full()), s="υτής" if fd.gender == "m" else "ύτρια")
    g1 = "του" if ph_.gender == "m" else "της"
    b.f("Οι φωτογραφίες είναι «g» «p» και το styling ", g=g1, p=P(ph_.full(1)))
    b.f("«g» «s».\n\n", g="του" if st.gender == "m" else "της", s=P(st.full(1)))
    b.f("Επικοινωνία για δημοσιογράφους:\n«p»\nτηλ. «ph»\n«e»\n«ad»\n", p=P(pr.full()), ph=PH(phone(r, "el")), e=E(ch(r, ["press@", "info@"]) + dom),
        ad=A(addr(r, "el")))
    return b


def k_el_timologio_fotografou(r):
    b = B("el")
    brand, dom = ch(r, EL_BRANDS)
    fo, ka, mo = people(r, "el", 3)
    b.f("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο «n»\n\nΕκδότης: «f», Φωτογράφος\n«ad»\nΑΦΜ: «afm» · ΔΟΥ: «doy»\nΤηλ.: «ph» · Email: «e»\n\n",
        n=dg(r, 3), f=P(fo.full()), ad=A(addr(r, "el")), afm=dg(r, 9), doy=ch(r, ["Α' Αθηνών", "Δ' Θεσσαλονίκης", "Πατρών"]),
        ph=PH(phone(r, "el", mobile=True)), e=E(fo.email(ch(r, EL_MAIL), r.randrange(6))))
    b.f("Λήπτης: «br» Ι.Κ.Ε., «ad»\nΥπόψη: «k»\n\n", br=brand, ad=A(addr(r, "el")), k=P(ka.full()))
    b.f("Φωτογράφιση καμπάνιας (1 ημέρα, 40 επεξεργασμένες λήψεις) — {x},00 €\nΜοντέλο: «m»\n\n".replace("{x}", str(r.randint(600, 1800))),
        m=P(mo.full()))
    b.f("Τρόπος πληρωμής: κατάθεση\nIBAN: «ib»\nΔικαιούχος: «f»\n", ib=IB(iban(r, "GR")), f=P(fo.full()))
    return b


def k_el_apantiseis_kritikes(r):
    b = B("el")
    brand, dom = ch(r, EL_BRANDS)
    b.f("Απαντήσεις σε κριτικές — «br»\n\n", br=brand)
    for _ in range(r.randint(2, 3)):
        p, s = person(r, "el"), person(r, "el")
        b.f("Κριτική από «n» (★«k»)\n", n=P(p.full()), k=str(r.randint(1, 5)))
        if maybe(r):
            tit = "κυρία" if p.gender == "f" else "κύριε"
            b.f("Απάντηση: Αγαπητ«e» «t» «s»,\n", e="ή" if p.gender == "f" else "έ", t=tit, s=P(p.fam(3)))
        else:
            b.f("Απάντηση: Αγαπητ«e» «g»,\n", e="ή" if p.gender == "f" else "έ", g=P(p.given(3)))
        b.f("σας ευχαριστούμε θερμά! Θα μεταφέρουμε τα καλά σας λόγια ", )
        b.f("«a» «s», που σας εξυπηρέτησε.\n", a="στη" if s.gender == "f" else "στον", s=P(s.given(2)))
        if maybe(r, 0.4):
            b.f("Για οτιδήποτε, καλέστε μας στο «ph» ή γράψτε στο «e».\n", ph=PH(phone(r, "el", mobile=False)), e=E("info@" + dom))
        b.t("\n")
    return b


# =========================================================================== Turkish
TR_BRANDS = [("Kahve Durağı", "kahveduragi.com.tr"), ("Defne Sabun Atölyesi", "defnesabun.com"), ("Kitapçı Martı", "kitapcimarti.com"),
             ("Pedal Bisiklet", "pedalbisiklet.com.tr")]
TR_MAIL = ["gmail.com", "hotmail.com", "yandex.com", "outlook.com.tr"]


def k_tr_sablon_ek_uyumu(r):
    b = B("tr")
    brand, dom = ch(r, TR_BRANDS)
    b.t("Şablon: \"Merhaba {{ad}}, {{ad}}'e özel %15 indirim seni bekliyor!\"\n\n"
        "Sorun: ek sabit \"'e\" olduğu için ünlü uyumu bozuluyor. Test çıktıları:\n")
    for p in people(r, "tr", r.randint(3, 5)):
        good = p.given(2)
        wrong = p.given() + "'e"
        ok = good == wrong
        b.f("- «n»: \"Merhaba «g», «w» özel...\" → ", n=P(p.full()), g=P(p.given()), w=P(wrong))
        b.t("doğru ✔\n" if ok else "")
        if not ok:
            b.f("yanlış, olması gereken «d»\n", d=P(good))
    b.t("\nÇözüm: ek içermeyen metin — \"Merhaba {{ad}}, sana özel %15 indirim!\"\n")
    o = person(r, "tr")
    b.f("Sorumlu: «o» («e»). Onay: «a» Hanım\n", o=P(o.full()), e=E(o.email(dom, r.randrange(6))), a=P(person(r, "tr", "f").given()))
    return b


def k_tr_etkinlik_konusmaci_akisi(r):
    b = B("tr")
    brand, dom = ch(r, TR_BRANDS)
    salons = ["Aziz Sancar Salonu", "Cahit Arf Salonu", "Halide Edib Salonu", "Sabiha Gökçen Fuayesi"]
    b.f("«ev» — Program\n«c», «d»\n\n", ev=ch(r, ["Pazarlama Zirvesi", "İçerik Günleri", "Perakende ve Sadakat Buluşması"]),
        c=L(ch(r, CITIES["tr"])), d=ch(r, ["14 Mayıs", "3 Ekim", "21 Kasım"]))
    t = 9
    for _ in range(r.randint(3, 5)):
        sal = ch(r, salons)
        k = r.randrange(3)
        b.f("{h}:{m} | «s» | ".replace("{h}", f"{t:02d}").replace("{m}", ch(r, ["00", "30"])), s=sal)
        if k == 0:
            sp = person(r, "tr")
            b.f("Açılış konuşması: «n» («co»)\n", n=P(sp.full()), co=brand)
        elif k == 1:
            mo, a1, a2 = people(r, "tr", 3)
            b.f("Panel: Kişiselleştirme nereye kadar?\n      Moderatör: «m»\n      Konuşmacılar: «a», «b2»\n", m=P(mo.full()),
                a=P(a1.full()), b2=P(a2.full()))
        else:
            sp = person(r, "tr")
            b.f("Atölye: Şablonlarda Türkçe ekler — «n»\n", n=P(sp.full()))
        t += 1
    o = person(r, "tr")
    b.f("\nKonuşmacı koordinasyonu: «o» — «ph» — «e»\n", o=P(o.full()), ph=PH(phone(r, "tr", mobile=True)), e=E(ch(r, ["etkinlik@", "info@"]) + dom))
    b.f("«o2» teşekkürler, salon düzeni için.\n", o2=P(person(r, "tr").given(2)))
    return b


def k_tr_influencer_sozlesme_taraflar(r):
    b = B("tr")
    brand, dom = ch(r, TR_BRANDS)
    inf, yet = person(r, "tr"), person(r, "tr")
    b.f("İŞ BİRLİĞİ SÖZLEŞMESİ\n\nMADDE 1 – TARAFLAR\n1.1. «br» A.Ş. («ad») (bundan sonra \"Marka\")\nYetkili: «y»\n",
        br=brand, ad=A(addr(r, "tr")), y=P(yet.full()))
    b.f("1.2. «i» (T.C. Kimlik No: «tc»)\nAdres: «ad»\nGSM: «ph» · E-posta: «e»\n(bundan sonra \"İçerik Üretici\")\n\n",
        i=P(inf.full()), tc=dg(r, 11), ad=A(addr(r, "tr")), ph=PH(phone(r, "tr", mobile=True)), e=E(inf.email(ch(r, TR_MAIL), r.randrange(6))))
    b.t("MADDE 3 – YÜKÜMLÜLÜKLER\nİçerik Üretici, \"Defne\" serisi ürünler için 2 Reels ve 5 hikâye paylaşacaktır.\n\n")
    b.f("MADDE 5 – ÖDEME\nÜcret, «i» adına kayıtlı «ib» IBAN numaralı hesaba yayından sonra 10 gün içinde ödenir. "
        "Marka, «i2» ödeme dekontunu e-posta ile iletir.\n", i=P(inf.full(1)), ib=IB(iban(r, "TR")), i2=P(inf.full(2)))
    return b


def k_tr_kampanya_metinleri_nopii(r):
    b = B("tr")
    b.t(ch(r, ["Kampanya metinleri — Sonbahar\n\n", "Push + SMS metin taslakları\n\n"]))
    lines = ["Defne sabun serisi geri döndü 🌿", "{{ad}}, sepetin seni bekliyor", "Ela çanta stoklarda son 20 adet",
             "Pratik Pınar için 5 dakikada kahvaltı seti", "Hafta sonuna özel kargo bedava", "Cem termos: sıcak 12 saat"]
    r.shuffle(lines)
    for i, l in enumerate(lines[:r.randint(3, 5)]):
        b.t(f"{i + 1}) {l} ({len(l)} karakter)\n")
    b.t("\nSMS alt bilgisi: \"Ret için RET yazıp 4587'ye gönderin. Mersis: 0" + dg(r, 15) + "\"\n")
    b.t("Not: \"Pratik Pınar\" personamızdır, gerçek müşteri değildir.\n")
    return b


# =========================================================================== Ukrainian
UA_BRANDS = [("Кавовий Двір", "kavovyidvir.ua"), ("Книгарня Читанка", "chytanka.com.ua"), ("Майстерня Льон", "lon-studio.ua"),
             ("Пекарня Колосок", "kolosok.ua")]
UA_MAIL = ["ukr.net", "gmail.com", "i.ua", "meta.ua"]


def k_uk_rozsylka_zvertannia_klichnyi(r):
    b = B("uk")
    brand, dom = ch(r, UA_BRANDS)
    b.t("Шаблон:\n{{звертання}} {{імʼя_кличний}} {{по_батькові_кличний}},\nдякуємо, що ви з нами вже {{роки}} роки!\n\n"
        "Примітка: кличний відмінок заповнює скрипт (Олена → Олено, Андрій → Андрію). Без по батькові — неформальний варіант.\n\nПеревірка рендеру:\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "uk")
        zv = "Шановна" if p.gender == "f" else "Шановний"
        if maybe(r, 0.6):
            b.f("«n» <«e»>\n  → «z» «v»,\n", n=P(p.fam() + " " + p.given() + " " + p.extra["pat"][0]), e=E(p.email(ch(r, UA_MAIL), r.randrange(6))),
                z=zv, v=P(p.given(3) + " " + p.extra["pat"][3]))
        else:
            b.f("«n» <«e»>\n  → Привіт, «v»!\n", n=P(p.full()), e=E(p.email(ch(r, UA_MAIL), r.randrange(6))), v=P(p.given(3)))
    o = person(r, "uk")
    b.f("\nВідповідальна за розсилку: «o», «ph»\n" if o.gender == "f" else "\nВідповідальний за розсилку: «o», «ph»\n",
        o=P(o.full()), ph=PH(phone(r, "uk_ua", mobile=True)))
    return b


def k_uk_pres_reliz_tsytaty(r):
    b = B("uk")
    brand, dom = ch(r, UA_BRANDS)
    fd, pr, th = people(r, "uk", 3)
    b.f("ПРЕС-РЕЛІЗ\n\n«c», «d» — «br» запускає програму лояльності з персоналізованими листами українською. ",
        c=L(ch(r, CITIES["uk"])), d=f"{r.randint(1, 28)} {ch(r, ['березня', 'квітня', 'жовтня'])} 2024 року", br=brand)
    b.f("«Ми хотіли, щоб кожен лист звучав так, ніби його написав знайомий бариста», — розповідає «f», засновни«s» компанії «br».\n\n",
        f=P(fd.full()), s="ця" if fd.gender == "f" else "к", br="«" + brand + "»")
    b.f("Окрема подяка «t» за тексти та адаптацію звертань у кличному відмінку.\n\n", t=P(th.full(2)))
    b.f("Нова точка працює за адресою: «ad».\n\n", ad=A(addr(r, "uk_ua")))
    b.f("Контакти для медіа:\n«p»\nтел.: «ph»\nе-пошта: «e»\n", p=P(pr.full()), ph=PH(phone(r, "uk_ua")), e=E(ch(r, ["media@", "press@"]) + dom))
    return b


def k_uk_rakhunok_fop_dyzainer(r):
    b = B("uk")
    brand, dom = ch(r, UA_BRANDS)
    fop = person(r, "uk")
    ker = person(r, "uk")
    full_off = fop.fam() + " " + fop.given() + " " + fop.extra["pat"][0]
    b.f("РАХУНОК № «n» від «d»\n\nПостачальник: ФОП «f»\nІПН: «ipn»\nАдреса: «ad»\nIBAN: «ib»\nБанк: «bank»\nТел.: «ph», «e»\n\n",
        n=str(r.randint(1, 60)), d=f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f=P(full_off), ipn=dg(r, 10),
        bank="АТ КБ «ПриватБанк»", ad=A(addr(r, "uk_ua")), ib=IB(iban(r, "UA")), ph=PH(phone(r, "uk_ua", mobile=True)), e=E(fop.email(ch(r, UA_MAIL), r.randrange(6))))
    b.f("Платник: ТОВ «br»\nДиректор: «k»\n\n", br="«" + brand + "»", k=P(ker.full()))
    b.t(ch(r, ["1. Дизайн email-шаблонів (3 шт.) — 18 000,00 грн\n", "1. Ілюстрації для кампанії «Бабусині рецепти» — 12 500,00 грн\n",
               "1. Переклад та локалізація інтерфейсу, 4 200 слів — 8 400,00 грн\n"]))
    b.t("Без ПДВ (платник єдиного податку 3 групи).\n")
    return b


def k_uk_json_bundle_pereklad(r):
    b = B("uk")
    brand, dom = ch(r, UA_BRANDS)
    tr_, rv = person(r, "uk"), person(r, "uk")
    b.f('{\n  "@@locale": "uk",\n  "@@x-translator": "«t» <«te»>",\n', t=P(tr_.full()), te=E(tr_.email(ch(r, UA_MAIL), r.randrange(6))))
    b.t('  "welcome": "Вітаємо, {name}!",\n  "@welcome": {"description": "name = імʼя у кличному відмінку"},\n'
        '  "cartReminder": "{count, plural, one{# товар чекає} few{# товари чекають} many{# товарів чекають} other{# товару чекає}} у кошику",\n'
        '  "productMargot": "Сумка Margot",\n')
    b.f('  "@@x-review": "«rv»: «v», перевір, будь ласка, множину для few/many."\n}\n', rv=P(rv.full()), v=P(tr_.given(3)))
    if maybe(r):
        b.f("\nPR #«n» коментар від «a»: назви товарів (Margot, Harvey) не перекладаємо.\n", n=str(r.randint(100, 900)), a=P(person(r, "uk").full()))
    return b


# =========================================================================== Finnish
FI_BRANDS = [("Kahvila Sointu", "kahvilasointu.fi"), ("Kirjakauppa Lukunurkka", "lukunurkka.fi"), ("Pyöräpaja Vauhti", "vauhtipaja.fi"),
             ("Saippuakeittiö Kuura", "kuura.fi")]
FI_MAIL = ["gmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "hotmail.fi"]


def k_fi_uutiskirje_pohja_esikatselu(r):
    b = B("fi")
    brand, dom = ch(r, FI_BRANDS)
    b.t("Pohja:\nAihe: {{etunimi}}, syksyn uutuudet ovat täällä\nHei {{etunimi}}!\n\n"
        "Huom: älä taivuta muuttujaa (\"{{etunimi}}lle\" tuottaa \"Mikkolle\"). Käytä rakennetta \"Hei {{etunimi}}!\".\n\n"
        "Esikatselut:\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "fi")
        b.f("- «n» (<«e»>): \"Hei «g»!\"\n", n=P(p.full()), e=E(p.email(ch(r, FI_MAIL), r.randrange(6))), g=P(p.given()))
    ok = person(r, "fi")
    b.f("\nKiitos «o» oikoluvusta. ", o=P(ok.given(2)))
    b.f("Lähetyksen hyväksyy «h».\n", h=P(person(r, "fi").full()))
    return b


def k_fi_kuvatekstit_ja_kuvaajat(r):
    b = B("fi")
    brand, dom = ch(r, FI_BRANDS)
    b.f("«br» — kuvatekstit kevään kampanjaan\n\n", br=brand)
    for i in range(r.randint(3, 5)):
        m, k = person(r, "fi"), person(r, "fi")
        j = r.randrange(3)
        b.t(f"{i + 1}. ")
        if j == 0:
            b.f("Kuvassa «m» ja Kuura-saippua. Kuva: «k»\n", m=P(m.full()), k=P(k.full()))
        elif j == 1:
            b.f("«k» kuvaama sarja syntyi «c».\n", k=P(k.full(1)), c=L(ch(r, ["Helsingissä", "Tampereella", "Oulussa", "Turussa"])))
        else:
            b.f("Kahvila Soinnun barista «m» valmistaa kauramaitolattea. (Kuva: «k»)\n", m=P(m.full()), k=P(k.fam()))
    b.f("\nKuvaajien tiedot ja laskutus: «e»\n", e=E(ch(r, ["viestinta@", "markkinointi@"]) + dom))
    return b


def k_fi_ios_strings_kaannos(r):
    b = B("fi")
    brand, dom = ch(r, FI_BRANDS)
    tr_, rv = person(r, "fi"), person(r, "fi")
    b.f("/* Localizable.strings (Finnish)\n   Kääntäjä: «t» <«te»>\n   Tarkastaja: «r» */\n\n", t=P(tr_.full()),
        te=E(tr_.email(ch(r, FI_MAIL), r.randrange(6))), r=P(rv.full()))
    b.t('/* Home screen greeting. %@ = first name, do NOT add case endings */\n"home.greeting" = "Hei %@!";\n\n'
        '/* Referral banner. %1$@ = inviter name */\n"referral.banner" = "%1$@ kutsui sinut – saatte molemmat 5 €";\n\n')
    b.f("/* «r» huomio: \"kutsui sinut\" on parempi kuin \"kutsui teidät\" */\n", r=P(rv.given(1)))
    b.t('"product.margot" = "Margot-kassi";\n')
    return b


def k_fi_laskutustiedot_freelancer(r):
    b = B("fi")
    brand, dom = ch(r, FI_BRANDS)
    fr, vt = person(r, "fi"), person(r, "fi")
    b.f("LASKU «n»\n\nLaskuttaja: «f»\nY-tunnus «y»\n«ad»\n«ph» · «e»\n\n", n=dg(r, 4), f=P(fr.full()), y=f"{dg(r, 7)}-{dg(r, 1)}",
        ad=A(addr(r, "fi", multiline=True)), ph=PH(phone(r, "fi", mobile=True)), e=E(fr.email(ch(r, FI_MAIL), r.randrange(6))))
    b.f("Asiakas: «br» Oy\nViitteenne: «v»\n\n", br=brand, v=P(vt.full()))
    b.t(ch(r, ["Tekstisisällöt, uutiskirjeet 3 kpl — 1 350,00 €\n", "Kuvaus, kevätkampanja, 1 pv — 980,00 €\n",
               "Käännös EN→FI, 3 800 sanaa — 760,00 €\n"]))
    b.f("Maksuehto 14 pv netto\nIBAN: «ib»\nBIC: «bic»\nViitenumero: «vn»\n", ib=IB(iban(r, "FI")), bic=ch(r, ["NDEAFIHH", "OKOYFIHH", "HELSFIHH"]), vn=dg(r, 8))
    b.f("\nLasku lähetetty «v» sähköpostilla.\n", v=P(vt.full(2)))
    return b


# =========================================================================== Norwegian
NO_BRANDS = [("Fjellbrød Bakeri", "fjellbrod.no"), ("Bokhandel Lesehesten", "lesehesten.no"), ("Sykkelverkstedet Tråkk", "trakk.no"),
             ("Såpefabrikken Lyng", "lyng.no")]
NO_MAIL = ["gmail.com", "online.no", "hotmail.com", "outlook.com"]


def k_no_nyhetsbrev_flettefelt_test(r):
    b = B("no")
    brand, dom = ch(r, NO_BRANDS)
    b.t("Mal:\nEmne: {{fornavn}}, høstens nyheter er her 🍂\nHei {{fornavn}}!\n\nTestutsendelse:\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "no")
        b.f("«e» — «st» — \"Hei «g»!\"\n", e=E(p.email(ch(r, NO_MAIL + [dom]), r.randrange(6))), st=ch(r, ["levert", "åpnet", "levert"]), g=P(p.given()))
    p = person(r, "no")
    b.f("\n«g» test kom aldri fram (havnet i søppelpost). ", g=P(p.given(1)))
    b.f("Fallback når fornavn mangler: \"Hei!\". Ansvarlig: «o», «ph».\n", o=P(person(r, "no").full()), ph=PH(phone(r, "no", mobile=True)))
    return b


def k_no_pressemelding_sitater(r):
    b = B("no")
    brand, dom = ch(r, NO_BRANDS)
    dl, pk = people(r, "no", 2)
    b.f("PRESSEMELDING\n\n«c», «d» – «br» åpner ny butikk og lanserer kundeklubb med personlige nyhetsbrev.\n\n",
        c=L(ch(r, CITIES["no"])), d=f"{r.randint(1, 28)}. {ch(r, ['mars', 'april', 'oktober'])} 2024", br=brand)
    b.f("– Vi vil at hver e-post skal føles som en hilsen over disken, sier daglig leder «d».\n\n", d=P(dl.full()))
    shop = addr(r, "no")
    while shop.startswith("Postboks"):
        shop = addr(r, "no")
    b.f("Butikken ligger i «ad». ", ad=A(shop))
    b.f("«d» bakergjeng står klar fra klokka sju.\n\n", d=P(dl.full(1)))
    b.f("Pressekontakt:\n«p»\ntlf. «ph»\ne-post: «e»\n", p=P(pk.full()), ph=PH(phone(r, "no")), e=E(pk.email(dom, r.randrange(6))))
    return b


def k_no_faktura_frilans_fotograf(r):
    b = B("no")
    brand, dom = ch(r, NO_BRANDS)
    fo, mo, kp = people(r, "no", 3)
    b.f("FAKTURA nr. «n»\n\nFra: «f» Foto\nOrg.nr. «org» MVA\n«ad»\nTlf. «ph» · «e»\n\n", n=dg(r, 3), f=P(fo.full()),
        org=f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}", ad=A(addr(r, "no")), ph=PH(phone(r, "no", mobile=True)), e=E(fo.email(ch(r, NO_MAIL), r.randrange(6))))
    b.f("Til: «br» AS\nDeres ref.: «k»\n\n", br=brand, k=P(kp.full()))
    b.f("Fotografering høstkampanje, 1 dag — kr {x} 000,-\nModell: «m»\n\n".replace("{x}", str(r.randint(8, 22))), m=P(mo.full()))
    b.f("Betales til kontonr. «kn»\nIBAN: «ib» · BIC: DNBANOKKXXX\nForfall: 14 dager\n", kn=f"{dg(r, 4)}.{dg(r, 2)}.{dg(r, 5)}", ib=IB(iban(r, "NO")))
    return b


def k_no_kampanjegodkjenning_kommentarer(r):
    b = B("no")
    brand, dom = ch(r, NO_BRANDS)
    ju, me, dl, cw = people(r, "no", 4)
    b.f("Godkjenningsløp — «br» «k»\n\n", br=brand, k=ch(r, ["julekampanje", "høstkampanje", "kundeklubb-lansering"]))
    b.f("• «c» (tekst): Lastet opp v3. Overskrift: \"{{fornavn}}, vi har tatt vare på plassen din\".\n", c=P(cw.full()))
    b.f("• «j» (juridisk): Mangler vilkårslenke og foretaksadresse i bunnteksten: «ad».\n", j=P(ju.full()), ad=A(addr(r, "no")))
    b.f("• «m» (merkevare): Ikke bruk personaen \"Travle Trine\" som avsender.\n", m=P(me.full()))
    b.f("• «c»: Fikset etter «j» kommentar.\n", c=P(cw.given()), j=P(ju.given(1)))
    b.f("• «d» (daglig leder): GODKJENT.\n", d=P(dl.full()))
    return b


# =========================================================================== registry
EN5 = [k_handlebars_preview_render_pair, k_mailchimp_merge_test_send_log, k_liquid_render_debug_trace, k_inbox_seed_list_csv,
       k_subject_line_split_results, k_push_payload_staging_qa, k_sms_template_optout_storeline, k_testimonial_wall_approval_sheet,
       k_customer_case_study_interview_notes, k_google_review_response_drafts, k_podcast_episode_show_notes_guests,
       k_webinar_agenda_speakers_rooms, k_photo_shoot_caption_credits, k_cms_alt_text_batch, k_video_script_vo_cast,
       k_creative_brief_persona_approvers, k_moodboard_reference_notes, k_signoff_comment_chain_legal_brand,
       k_editorial_calendar_csv, k_influencer_agreement_schedule_a, k_freelancer_invoice_bank_block,
       k_email_footer_postal_compliance, k_esp_webhook_event_stream, k_campaign_retro_slack_thread,
       k_newsletter_editors_letter_longform, k_whatsapp_template_sample_values]
EN4 = [k_ampscript_personalisation_block, k_in_app_modal_json_config, k_marketing_award_submission_form,
       k_press_kit_founder_bios, k_markdown_front_matter_posts, k_headless_cms_entry_json, k_utm_link_builder_rows,
       k_shoot_day_shot_list_talent, k_merge_fallback_blank_name_audit, k_direct_mail_postcard_proof,
       k_event_invite_personalised_rsvp_render, k_referral_invite_copy_render, k_localisation_vendor_handoff_email,
       k_voice_talent_booking_confirmation, k_email_render_bug_tickets, k_ugc_repost_permission_dms,
       k_giveaway_winners_post_and_shipping, k_talent_payee_setup_us, k_yaml_campaign_config_owners]
EN_NOPII = [(k_audience_persona_deck_nopii, 6), (k_product_naming_shortlist_nopii, 6), (k_dynamic_content_rules_nopii, 5),
            (k_glossary_do_not_translate_nopii, 5), (k_ad_headline_matrix_nopii, 5), (k_launch_countdown_push_copy_nopii, 5)]
LOCAL = [
    [k_pl_szablon_mailingu_wolacz, k_pl_stopka_sklepu_dane_firmy, k_pl_rachunek_fotografa_sesja, k_pl_nazwy_kolekcji_warsztat_nopii],
    [k_cs_po_soubor_prekladatel, k_cs_tiskova_zprava_citace, k_cs_smlouva_influencer_strany, k_cs_sms_sablona_odhlaseni],
    [k_hu_hirlevel_megszolitas_teszt, k_hu_podcast_epizod_leiras, k_hu_icu_uzenetek_forditas, k_hu_megbizasi_szamla_fotos],
    [k_ro_previzualizare_newsletter, k_ro_comunicat_presa_lansare, k_ro_factura_pfa_colaborator, k_ro_sms_campanie_stop],
    [k_el_push_eidopoiiseis_json, k_el_deltio_typou_syntelestes, k_el_timologio_fotografou, k_el_apantiseis_kritikes],
    [k_tr_sablon_ek_uyumu, k_tr_etkinlik_konusmaci_akisi, k_tr_influencer_sozlesme_taraflar, k_tr_kampanya_metinleri_nopii],
    [k_uk_rozsylka_zvertannia_klichnyi, k_uk_pres_reliz_tsytaty, k_uk_rakhunok_fop_dyzainer, k_uk_json_bundle_pereklad],
    [k_fi_uutiskirje_pohja_esikatselu, k_fi_kuvatekstit_ja_kuvaajat, k_fi_ios_strings_kaannos, k_fi_laskutustiedot_freelancer],
    [k_no_nyhetsbrev_flettefelt_test, k_no_pressemelding_sitater, k_no_faktura_frilans_fotograf, k_no_kampanjegodkjenning_kommentarer],
]


def plan():
    out = [(f, 5) for f in EN5] + [(f, 4) for f in EN4] + EN_NOPII
    for group in LOCAL:
        out += list(zip(group, [5, 5, 4, 4]))
    return out


def kind_name(f):
    return f.__name__[2:]


# =========================================================================== checks
def check(rec):
    t = rec["text"]
    prev_end = -1
    for s in sorted(rec["spans"], key=lambda x: (x["start"], x["end"])):
        assert 0 <= s["start"] < s["end"] <= len(t), (rec["id"], s)
        assert s["start"] >= prev_end, ("overlap", rec["id"], s)
        prev_end = s["end"]
        v = t[s["start"]:s["end"]]
        assert v == v.strip() and v, ("whitespace", rec["id"], repr(v))
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok(v), (rec["id"], v)
        if s["type"] == "IBAN_CODE":
            assert iban_ok(v), (rec["id"], v)
        if s["type"] == "US_SSN":
            area = int(re.sub(r"\D", "", v)[:3])
            assert area not in (0, 666) and area < 900, (rec["id"], v)
        if s["type"] == "PERSON":
            assert "{" not in v and "|" not in v and "%" not in v, (rec["id"], v)
    if rec["kind"].endswith("_nopii"):
        assert not rec["spans"], (rec["id"], "nopii with spans")
    else:
        assert rec["spans"], (rec["id"], "no spans")


def main():
    recs = []
    for f, n in plan():
        for i in range(n):
            r = random.Random(f"hard33|{kind_name(f)}|{i}")
            b = f(r)
            recs.append({"kind": kind_name(f), "lang": b.lang, "text": b.text, "spans": b.spans})
    random.Random(3333).shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        o = {"id": f"hard33-{i + 1}", "kind": rec["kind"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        check(o)
        out.append(o)
    kinds = {o["kind"] for o in out}
    assert len(out) == 400, len(out)
    assert len(kinds) >= 70, len(kinds)
    used_path = "/work/briefs/used_kinds.txt"
    if os.path.exists(used_path):
        used = {x.strip() for x in open(used_path, encoding="utf-8") if x.strip()}
        clash = sorted(kinds & used)
        assert not clash, clash
    nopii = sum(o["kind"].endswith("_nopii") for o in out)
    assert 32 <= nopii <= 48, nopii
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} samples, {len(kinds)} kinds, {nopii} nopii -> {OUT}")


if __name__ == "__main__":
    main()
